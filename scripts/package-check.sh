#!/usr/bin/env bash
# Packaging smoke test (not part of `mvn verify`): builds zhibiao.jar if needed, makes the app image with
# `jpackage @jpackage.cfg` into a temporary folder, starts the packaged launcher under Xvfb with a fresh HOME and
# XDG folders (so it is a first run: the default workspace is created and the samples imported), and checks that
# the main window appears. Exit 0 when it does; non-zero with a message otherwise.
# Needs: a JDK with jpackage, xvfb (xvfb-run) and xdotool; installs the last two with apt-get when missing and root.
set -euo pipefail
cd "$(dirname "$0")/.."
timeout_s=${PACKAGE_CHECK_TIMEOUT:-60}

fail() { echo "package-check: FAILED: $*" >&2; exit 1; }

need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  else
    fail "install ${need[*]} first (sudo apt-get install ${need[*]})"
  fi
fi
command -v jpackage >/dev/null 2>&1 || fail "jpackage not found: it comes with a full JDK 17 (not the headless one)"

jar=target/zhibiao.jar
if [ ! -f "$jar" ] || [ -n "$(find src seeds pom.xml -newer "$jar" -print -quit)" ] || [ ! -f target/jpackage-input/zhibiao.jar ]; then
  echo "package-check: building $jar"
  mvn -B -q package -DskipTests
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "package-check: jpackage @jpackage.cfg --dest $work/dist"
jpackage @jpackage.cfg --dest "$work/dist" || fail "jpackage did not make the app image"
launcher="$work/dist/Zhibiao/bin/Zhibiao"
[ -x "$launcher" ] || fail "no launcher at $launcher"

"$launcher" --help >/dev/null 2>&1 || fail "the packaged launcher does not run the command line (Zhibiao --help)"

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
       XDG_CACHE_HOME="$work/home/.cache" LANG=${LANG:-C.UTF-8}
mkdir -p "$XDG_CONFIG_HOME/zhibiao" "$XDG_DATA_HOME"
# a first run asks for the analyst's name once: answer it in the preferences, as an analyst would have
printf 'analyst=package-check\n' > "$XDG_CONFIG_HOME/zhibiao/settings.properties"

cat > "$work/check.sh" <<'INNER'
#!/usr/bin/env bash
launcher=$1; timeout_s=$2; log=$3
"$launcher" >"$log" 2>&1 &
pid=$!
found=""
for _ in $(seq 1 $((timeout_s * 2))); do
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  # the workbench's title names the workspace: "Zhibiao — workspace (…)"
  if xdotool search --name 'Zhibiao — ' >/dev/null 2>&1; then found=yes; break; fi
  sleep 0.5
done
if [ -n "$found" ]; then
  sleep 5 # let the first-run import of the samples finish
  xdotool search --name 'Zhibiao — ' getwindowname 2>/dev/null | head -1
fi
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -n "$found" ]
INNER
chmod +x "$work/check.sh"

echo "package-check: starting the packaged app under Xvfb (timeout ${timeout_s}s)"
if xvfb-run -a -s "-screen 0 1600x1000x24" "$work/check.sh" "$launcher" "$timeout_s" "$work/app.log"; then
  ws="$XDG_DATA_HOME/zhibiao/workspace.mv.db"
  [ -f "$ws" ] || fail "the main window appeared but no default workspace was created at $ws"
  logs=$(ls "$XDG_DATA_HOME/zhibiao/logs"/zhibiao-*.log 2>/dev/null | wc -l)
  [ "$logs" -ge 1 ] || fail "the main window appeared but no log file was written"
  reports=$("$launcher" list --workspace "$ws" 2>/dev/null | tail -n +2 | wc -l)
  [ "$reports" -ge 5 ] || fail "the first run imported $reports of the 5 sample reports"
  echo "package-check: OK — the main window appeared; first run created the default workspace with the $reports sample reports, and a log file"
else
  echo "--- app output ---" >&2
  cat "$work/app.log" >&2 || true
  fail "the main window of the packaged app did not appear within ${timeout_s}s"
fi
