#!/usr/bin/env bash
# The speed figures of docs/benchmarks.md that are timed from outside, each the median of RUNS runs (default 5):
#   1. the engine on one core: `bench --docs 1000 seeds` (in process; its own best of 3 passes per run);
#   2. `extract --format tsv` over 1,000 seed-built files, whole process, through scripts/run (with the class-data
#      archive and the serial collector) and as plain `java -jar`;
#   3. `extract --format tsv` of one seed report, whole process, the same two ways;
#   4. the desktop app's cold start (scripts/startup-bench.sh), when xvfb-run is there.
# Run on a quiet machine (the load average is printed); nothing else of the project should be running.
# Usage: scripts/speed-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/zhibiao.jar
[ -f "$jar" ] && [ -z "$(find src pom.xml -newer "$jar" -print -quit)" ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -n 1; }

echo "speed-bench: $(date -Iseconds), $(java -version 2>&1 | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "1. engine, one core: bench --docs 1000 seeds"
for i in $(seq 1 "$runs"); do
  java -jar "$jar" bench --docs 1000 seeds > "$work/bench.$i"
  sed -n 's/.*, \([0-9.]*\) MB\/s on one core.*/\1/p' "$work/bench.$i"
done > "$work/bench.mbs"
echo "   runs (MB/s): $(tr '\n' ' ' < "$work/bench.mbs")  median: $(median < "$work/bench.mbs") MB/s"
sed -n '/time per step/,$p' "$work/bench.$runs" | sed 's/^/   /'

java -jar "$jar" bench --docs 1000 --write "$work/corpus" seeds > /dev/null
mb=$(du -sb "$work/corpus" | awk '{printf "%.2f", $1 / 1e6}')
one=$(ls seeds/*.txt | head -n 1)
for how in run jar; do
  if [ "$how" = run ]; then cmd=(scripts/run); else cmd=(java -jar "$jar"); fi
  echo "2. extract --format tsv over 1,000 files ($mb MB), whole process, ${cmd[*]}"
  for i in $(seq 1 "$runs"); do seconds "${cmd[@]}" extract --format tsv "$work/corpus"; done > "$work/many.$how"
  m=$(median < "$work/many.$how")
  echo "   runs (s): $(tr '\n' ' ' < "$work/many.$how")  median: $m s = $(awk -v mb="$mb" -v s="$m" 'BEGIN {printf "%.1f", mb / s}') MB/s"
  echo "3. extract --format tsv $one, whole process, ${cmd[*]}"
  for i in $(seq 1 "$runs"); do seconds "${cmd[@]}" extract --format tsv "$one"; done > "$work/one.$how"
  echo "   runs (s): $(tr '\n' ' ' < "$work/one.$how")  median: $(median < "$work/one.$how") s"
done

if command -v xvfb-run >/dev/null 2>&1; then
  echo "4. desktop cold start: scripts/startup-bench.sh $runs"
  scripts/startup-bench.sh "$runs" | sed 's/^/   /'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
