#!/bin/sh
# smoke.sh PAPERSIFT XSHOT OUT.png — opens PaperSift in a real X server (Xvfb), waits until its
# window is mapped, and saves a screenshot. Fails when the window never shows or the app dies.
set -eu
app=$1 xshot=$2 out=$3
command -v Xvfb >/dev/null || { echo "smoke: Xvfb is missing (apt-get install xvfb)"; exit 1; }
command -v xdotool >/dev/null || { echo "smoke: xdotool is missing (apt-get install xdotool)"; exit 1; }

tmp=$(mktemp -d)
xvfb_pid= app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# Let Xvfb pick a free display number and tell us which.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
i=0
while [ ! -s "$tmp/display" ]; do
    i=$((i + 1)); [ $i -le 300 ] || { echo "smoke: Xvfb did not start"; cat "$tmp/xvfb.log"; exit 1; }
    kill -0 "$xvfb_pid" 2>/dev/null || { echo "smoke: Xvfb exited"; cat "$tmp/xvfb.log"; exit 1; }
    sleep 0.1
done
export DISPLAY=":$(cat "$tmp/display")"
export QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

"$app" --db "$tmp/smoke.sqlite" --config "$tmp/config" >"$tmp/app.log" 2>&1 &
app_pid=$!
if ! timeout 60 xdotool search --sync --onlyvisible --name '^PaperSift' >"$tmp/wid"; then
    echo "smoke: no PaperSift window appeared within 60 s"; cat "$tmp/app.log"; exit 1
fi
# The window is mapped; let it paint once before the shot.
timeout 10 xdotool windowactivate --sync "$(head -n1 "$tmp/wid")" >/dev/null 2>&1 || true
kill -0 "$app_pid" 2>/dev/null || { echo "smoke: papersift exited"; cat "$tmp/app.log"; exit 1; }
mkdir -p "$(dirname "$out")"
"$xshot" "$out"
kill -0 "$app_pid" 2>/dev/null || { echo "smoke: papersift died during the screenshot"; cat "$tmp/app.log"; exit 1; }
echo "smoke: window $(head -n1 "$tmp/wid") shown; screenshot at $out"
