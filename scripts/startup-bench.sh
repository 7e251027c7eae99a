#!/usr/bin/env bash
# Cold start of the desktop app: the time from the command scripts/run executes for `--workspace X --analyst Y`
# (java with the class-data archive of the package step, target/zhibiao.jsa, when it is there) to the workbench
# first shown with its report list, under Xvfb; and to the whole workbench (text and figure panes, the first report
# in them). Started with -Dzhibiao.startupProbe=exit the app prints "zhibiao.startupProbe shown=EPOCH_MS" after the
# first pulse that laid out the report list, and "zhibiao.startupSteps … whole=MS_SINCE_JVM_START" once the whole
# workbench is laid out, then quits. Usage: scripts/startup-bench.sh [RUNS] (default 7); prints each run and the
# medians. The workspace is a fresh copy holding the five sample reports, in a fresh HOME; with
# ZHIBIAO_BENCH_WORKSPACE=FILE.mv.db a copy of that workspace instead (the UI benchmark keeps its own with
# -Dzhibiao.benchKeep=FILE.mv.db).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=target/zhibiao.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
[ -f target/zhibiao.jsa ] || echo "startup-bench: no target/zhibiao.jsa (class-data archive): measuring without it" >&2
command -v xvfb-run >/dev/null 2>&1 || { echo "startup-bench: needs xvfb-run (apt-get install xvfb)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
if [ -n "${ZHIBIAO_BENCH_WORKSPACE:-}" ]; then
  cp "$ZHIBIAO_BENCH_WORKSPACE" "$work/bench.mv.db" # e.g. the UI benchmark's 28,000 reports (-Dzhibiao.benchKeep)
else
  java -jar "$jar" import --workspace "$work/bench" --analyst bench seeds >/dev/null 2>&1
fi

cat > "$work/one.sh" <<'INNER'
#!/usr/bin/env bash
jar=$1; ws=$2
opts=(-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:TieredStopAtLevel=1 -XX:NewSize=80m) # as scripts/run starts it
[ -f target/zhibiao.jsa ] && opts+=(-XX:SharedArchiveFile=target/zhibiao.jsa)
grep -qs '\[madvise\]\|\[always\]' /sys/kernel/mm/transparent_hugepage/enabled && opts+=(-XX:+UseTransparentHugePages)
t0=$(date +%s%3N)
out=$(java "${opts[@]}" -Dzhibiao.startupProbe=exit -jar "$jar" --workspace "$ws" --analyst bench 2>/dev/null)
probe=$(grep 'zhibiao.startupProbe' <<<"$out")
shown=$(sed -n 's/.*shown=\([0-9]*\).*/\1/p' <<<"$probe")
jvm=$(sed -n 's/.*jvmStart=\([0-9]*\).*/\1/p' <<<"$probe")
whole=$(grep 'zhibiao.startupSteps' <<<"$out" | sed -n 's/.* whole=\([0-9]*\).*/\1/p')
echo "$((shown - t0)) $((shown - jvm)) $(( ${whole:-0} > 0 ? jvm + whole - t0 : 0 ))"
INNER
chmod +x "$work/one.sh"

results=() wholes=()
for i in $(seq 1 "$runs"); do
  read -r shown fromjvm whole < <(xvfb-run -a -s "-screen 0 1600x1000x24" "$work/one.sh" "$jar" "$work/bench")
  echo "run $i: ${shown} ms from the command to the window shown (${fromjvm} ms from JVM start); whole workbench ${whole} ms"
  results+=("$shown") wholes+=("$whole")
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median: $(med "${results[@]}") ms over ${runs} runs, whole workbench $(med "${wholes[@]}") ms" \
  "($(date -I), $(java -version 2>&1 | head -1), $(nproc) cores)"
