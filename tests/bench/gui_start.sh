#!/usr/bin/env bash
# GUI start to sign-in window (DESIGN.md section 8, target ≤ 300 ms): starts the built
# `twofold` RUNS times on a small vault, each run quitting once its first window is drawn
# (--quit-when-shown), and prints each wall time and the median, process start and exit
# included. Offscreen by default; set QT_QPA_PLATFORM=xcb to measure on a real display.
#   bash tests/bench/gui_start.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: gui_start.sh BUILD_DIR [RUNS]}
runs=${2:-11}
gui="$build/app/gui/twofold"
cli="$build/app/cli/twofold-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
printf 'bench password for start-up\n' | "$cli" --vault "$work/start.twofold" init --password-stdin >/dev/null
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$gui" --quit-when-shown "$work/start.twofold" 2>/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
done
echo "runs (ms): ${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms (target 300 ms)"}'
