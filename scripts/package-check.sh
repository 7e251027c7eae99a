#!/usr/bin/env bash
# Packaging check (not part of `mvn verify`; docs/packaging.md has the last result): builds zhibiao.jar if needed,
# makes the .deb with `jpackage @jpackage.cfg --type deb` (the options of docs/packaging.md) in a temporary folder,
# installs it with `dpkg -i`, then with the installed app:
#   1. starts the desktop app under Xvfb with a fresh HOME and XDG folders (a first run: the default workspace is
#      created and the five sample reports are imported) and checks that the main window appears, without the
#      JavaFX class-path warning or a stack trace in its output;
#   2. imports an invented report with the installed command line and exports a workbook from that workspace,
#      with DISPLAY naming a display that does not answer (the commands must not need one);
# and finally uninstalls the package (`dpkg --purge`) and checks that /opt/zhibiao is gone. Exit 0 when all of it works.
# Needs root (dpkg), a JDK with jpackage, fakeroot and dpkg-dev (to build the .deb), xvfb and xdotool; installs the
# missing ones with apt-get. The .deb's dependencies (GTK 3, a CJK font) must be installed for dpkg -i.
set -euo pipefail
cd "$(dirname "$0")/.."
timeout_s=${PACKAGE_CHECK_TIMEOUT:-90}

fail() { echo "package-check: FAILED: $*" >&2; exit 1; }
say() { echo "package-check: $*"; }

[ "$(id -u)" = 0 ] || fail "run as root: the check installs the .deb with dpkg -i"
need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v jpackage >/dev/null 2>&1 || fail "jpackage not found: it comes with a full JDK 17 (not the headless one)"
if dpkg-query -W -f='${Status}' zhibiao 2>/dev/null | grep -q "installed"; then
  fail "a zhibiao package is installed already; remove it first (dpkg --purge zhibiao)"
fi

jar=target/zhibiao.jar
if [ ! -f "$jar" ] || [ -n "$(find src seeds pom.xml -newer "$jar" -print -quit)" ] || [ ! -f target/jpackage-input/zhibiao.jar ]; then
  say "building $jar"
  mvn -B -q package -DskipTests
fi

work=$(mktemp -d)
installed=""
cleanup() {
  if [ -n "$installed" ]; then dpkg --purge zhibiao >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

say "jpackage @jpackage.cfg --type deb --dest $work/dist (a few minutes: compression)"
started=$(date +%s)
jpackage @jpackage.cfg --type deb --dest "$work/dist" \
  --linux-package-name zhibiao --linux-deb-maintainer "zhibiao@example.org" \
  --linux-package-deps "fonts-noto-cjk, libgtk-3-0" \
  --linux-shortcut --linux-menu-group Office --linux-app-category office --resource-dir assets/deb >"$work/jpackage.log" 2>&1 \
  || { cat "$work/jpackage.log" >&2; fail "jpackage did not make the .deb"; }
deb=$(ls "$work"/dist/zhibiao_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb in $work/dist"
say "built $(basename "$deb") ($(du -m "$deb" | cut -f1) MB) in $(( $(date +%s) - started )) s"

say "dpkg -i $(basename "$deb")"
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed (missing dependencies? apt-get install fonts-noto-cjk libgtk-3-0)"; }
installed=yes
launcher=/opt/zhibiao/bin/Zhibiao
[ -x "$launcher" ] || fail "the package installed no launcher at $launcher"
"$launcher" --help >/dev/null 2>&1 || fail "the installed launcher does not run the command line (Zhibiao --help)"
# the class-data archive postinst made, and the launcher using it: -Xshare:on fails the start if it cannot be used
[ -f /opt/zhibiao/lib/app/zhibiao.jsa ] || fail "postinst made no class-data archive (/opt/zhibiao/lib/app/zhibiao.jsa)"
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >"$work/cds.log" 2>&1 \
  || { cat "$work/cds.log" >&2; fail "the installed launcher cannot use its class-data archive"; }
say "postinst made the class-data archive ($(du -m /opt/zhibiao/lib/app/zhibiao.jsa | cut -f1) MB); the launcher uses it"

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
  sleep 8 # let the first-run import of the samples finish
  xdotool search --name 'Zhibiao — ' getwindowname 2>/dev/null | head -1
fi
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -n "$found" ]
INNER
chmod +x "$work/check.sh"

say "starting the installed app under Xvfb (timeout ${timeout_s}s)"
if ! xvfb-run -a -s "-screen 0 1600x1000x24" "$work/check.sh" "$launcher" "$timeout_s" "$work/app.log"; then
  echo "--- app output ---" >&2; cat "$work/app.log" >&2 || true
  fail "the main window of the installed app did not appear within ${timeout_s}s"
fi
if grep -q "Unsupported JavaFX configuration\|Exception\|^\s*at " "$work/app.log"; then
  echo "--- app output ---" >&2; cat "$work/app.log" >&2
  fail "the installed app printed a warning or a stack trace on start"
fi
ws="$XDG_DATA_HOME/zhibiao/workspace.mv.db"
[ -f "$ws" ] || fail "the main window appeared but no default workspace was created at $ws"
[ "$(ls "$XDG_DATA_HOME/zhibiao/logs"/zhibiao-*.log 2>/dev/null | wc -l)" -ge 1 ] || fail "no log file was written"
reports=$("$launcher" list --workspace "$ws" 2>/dev/null | tail -n +2 | wc -l)
[ "$reports" -ge 5 ] || fail "the first run imported $reports of the 5 sample reports"
say "the main window appeared; the first run created the default workspace and imported the $reports sample reports"

# an invented report, imported and exported with the installed command line and an X display that does not answer
report="$work/县政府工作报告_2024.txt"
printf '%s\n' "2023年工作回顾" "全县地区生产总值完成88.6亿元，同比增长5.2%。" \
  "2024年主要预期目标：地区生产总值增长6%左右，固定资产投资增长8%以上。" > "$report"
DISPLAY=:97 "$launcher" import --workspace "$ws" "$report" >"$work/import.log" 2>&1 \
  || { cat "$work/import.log" >&2; fail "the installed command line did not import $report"; }
DISPLAY=:97 "$launcher" export --workspace "$ws" --xlsx "$work/briefing.xlsx" >"$work/export.log" 2>&1 \
  || { cat "$work/export.log" >&2; fail "the installed command line did not export a workbook"; }
[ -s "$work/briefing.xlsx" ] || fail "no workbook was written"
unzip -l "$work/briefing.xlsx" 2>/dev/null | grep -q "xl/charts/chart1.xml" || fail "the workbook has no chart"
say "imported $(basename "$report") and $(grep -o 'wrote [^:]*: .*' "$work/export.log" | sed "s|$work/||")"

dpkg --purge zhibiao >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "dpkg --purge zhibiao failed"; }
installed=""
[ ! -e "$launcher" ] || fail "dpkg --purge left $launcher behind"
[ ! -e /opt/zhibiao/lib/app/zhibiao.jsa ] || fail "dpkg --purge left the class-data archive behind"
! dpkg-query -W zhibiao >/dev/null 2>&1 || fail "dpkg still lists the zhibiao package after --purge"
say "OK — built, installed with dpkg -i, opened under Xvfb, imported and exported with the installed app, removed"
