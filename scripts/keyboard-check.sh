#!/usr/bin/env bash
# Drives the real desktop app by keyboard alone, under Xvfb with xdotool, and checks the workspace afterwards with
# the command line: F2, a value, Enter, J, A must store the value, accept a figure, and leave no other trace.
# Builds nothing: run `mvn -B package -DskipTests` first. Needs xvfb-run and xdotool (apt-get install -y xdotool).
#   scripts/keyboard-check.sh            # exit 0 when every check holds, 1 with the failing check otherwise
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/zhibiao.jar
SEED=seeds/003_a6a8f6c27dc122fe.txt
VALUE=777.7
[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -B package -DskipTests)" >&2; exit 2; }
for tool in xvfb-run xdotool; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y ${tool/xvfb-run/xvfb})" >&2; exit 2; }
done

tmp=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "keeping $tmp" >&2 || trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
export HOME="$tmp/home"   # settings, logs and recent files of this run stay in the temporary folder
ws="$tmp/ws"
cli() { java -Dzhibiao.configDir="$tmp/config" -jar "$JAR" "$@"; }

cli import --workspace "$ws" --analyst keys "$SEED" 2>/dev/null
cli export --workspace "$ws" --csv "$tmp/before.csv" --lang en >/dev/null 2>&1

# the app, its window found by title, then the keys; each key waits a little for the workspace to answer
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
    java -Dzhibiao.configDir="$1/config" -jar "$2" --workspace "$3" --analyst keys >"$1/app.log" 2>&1 &
    app=$!
    xdotool search --sync --onlyvisible --name "Zhibiao" >/dev/null
    sleep 8
    win=$(xdotool search --onlyvisible --name "Zhibiao" | head -1)
    xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
    # key by key: "xdotool type" loses keys in a window without a window manager
    keys=$(echo "$4" | sed "s/\./ period /g; s/\([0-9]\)/ \1 /g")
    for k in F2 $keys Return j a; do xdotool key "$k"; sleep 1; done
    sleep 2
    [ -n "${KEEP:-}" ] && import -window root "$1/after-keys.png"
    kill "$app"; wait "$app" 2>/dev/null || true
' keys "$tmp" "$JAR" "$ws" "$VALUE"

cli export --workspace "$ws" --csv "$tmp/after.csv" --lang en >/dev/null 2>&1
python3 - "$tmp/before.csv" "$tmp/after.csv" "$VALUE" <<'PY'
import csv, sys
def rows(p):
    with open(p, encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))
before, after, value = rows(sys.argv[1]), rows(sys.argv[2]), sys.argv[3]
status = next(k for k in after[0] if k.lower().startswith("status"))
val = next(k for k in after[0] if k.lower() == "value")
def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    return ok
changed = [(b, a) for b, a in zip(before, after) if b != a]
good = all([
    check(len(before) == len(after), f"same number of figures ({len(before)} -> {len(after)})"),
    check(any(a[val] == value and a[status].lower().startswith("correct") for a in after),
          f"the typed value {value} is stored as a correction"),
    check(sum(a[status].lower().startswith("confirm") for a in after) == 1, "exactly one figure accepted"),
    check(len(changed) == 2, f"nothing else changed ({len(changed)} figures differ, 2 expected)"),
])
sys.exit(0 if good else 1)
PY
