#!/usr/bin/env bash
# Twofold on Debian 12: installs the packages that are missing, builds, then starts the app
# or runs every test.
#
#   bash installer/debian/build.sh run [ARGS...]  build (preset "default") and start twofold
#   bash installer/debian/build.sh test           build (preset "ci": warnings are errors)
#                                                 and run all tests with ctest, then the unit
#                                                 and e2e tests under ASan + UBSan (preset "asan")
#   bash installer/debian/build.sh deps           only install the missing packages
#   bash installer/debian/build.sh packages MODE  print the packages MODE needs, one a line
#
# The packages are listed in installer/debian/packages.txt; "run" installs only those building
# and running need, "test" and "deps" also the test and benchmark ones. Works without a terminal (CI):
# apt-get runs non-interactively and sudo (used only when not root) never prompts there.
# Environment: TWOFOLD_SKIP_DEPS=1 skips the package step; TWOFOLD_JOBS=N sets the number
# of parallel build and test jobs (default: every core).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jobs="${TWOFOLD_JOBS:-$(nproc 2>/dev/null || echo 2)}"
timings=()
phase=""
phase_start=$SECONDS

say() { printf '[twofold] %s\n' "$*"; }
die() {
    printf '[twofold] %s\n' "$*" >&2
    exit 1
}

begin() {
    phase=$1
    phase_start=$SECONDS
    say "== $phase"
}

finish() {
    local seconds=$((SECONDS - phase_start))
    timings+=("$(printf '%-12s %5d s' "$phase" "$seconds")")
    say "== $phase: done in ${seconds} s"
    phase=""
}

summary() {
    local status=$?
    if [[ -n "$phase" ]]; then
        timings+=("$(printf '%-12s %5d s (failed)' "$phase" $((SECONDS - phase_start)))")
    fi
    if ((${#timings[@]} > 0)); then
        say "timings:"
        printf '[twofold]   %s\n' "${timings[@]}"
        say "  $(printf "%-12s %5d s" total "$SECONDS")"
    fi
    return "$status"
}
trap summary EXIT

# The packages MODE needs, one a line: "run" those above the "[test]" line of packages.txt,
# "test" and "deps" all of them.
required_packages() {
    local mode=$1
    sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$here/packages.txt" |
        if [[ "$mode" == run ]]; then sed '/^\[test\]$/,$d'; else sed '/^\[test\]$/d'; fi
}

install_missing() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        die "This script installs dependencies with apt-get (Debian 12). Install the packages" \
            "in installer/debian/packages.txt another way, then run it with TWOFOLD_SKIP_DEPS=1."
    fi
    local pkg missing=() count=0
    while read -r pkg; do
        count=$((count + 1))
        if [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null)" != ii* ]]; then
            missing+=("$pkg")
        fi
    done < <(required_packages "$mode")
    if ((${#missing[@]} == 0)); then
        say "all $count packages are installed"
        return
    fi
    say "installing ${#missing[@]} of $count packages: ${missing[*]}"
    local as_root=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "Installing packages needs root: run this as root or install sudo."
        if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local preset=$1
    begin configure
    cmake --preset "$preset"
    finish
    begin build
    cmake --build --preset "$preset" --parallel "$jobs"
    finish
}

# The unit and e2e tests again, built with AddressSanitizer + UBSan (preset "asan", its own
# tree build-asan/): only the test executables those labels run and the programs they start
# are built. TWOFOLD_SANITIZER_TESTS=0 skips this.
sanitizer_tests() {
    [[ "${TWOFOLD_SANITIZER_TESTS:-1}" == 0 ]] && return
    begin "asan build"
    cmake --preset asan >/dev/null
    local targets
    targets="$(ctest --preset asan --show-only=json-v1 |
        /usr/bin/python3 -c 'import json, sys; print(" ".join(t["name"] for t in json.load(sys.stdin)["tests"]))')"
    [[ -n "$targets" ]] || die "the asan tree lists no unit or e2e tests"
    # shellcheck disable=SC2086 # one target a word
    cmake --build --preset asan --parallel "$jobs" --target $targets twofold-cli twofold-server
    finish
    begin "asan tests"
    ctest --preset asan --parallel "$jobs"
    finish
}

mode="${1:-}"
[[ $# -gt 0 ]] && shift
# For tests/package/check-package-lists.sh: print the packages of a mode and stop.
if [[ "$mode" == packages ]]; then
    required_packages "${1:-}"
    exit 0
fi
case "$mode" in
run | test | deps) ;;
*)
    echo "usage: bash installer/debian/build.sh run [ARGS...] | test | deps" >&2
    exit 1
    ;;
esac

cd "$root"
system="$(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release 2>/dev/null || true)"
say "$mode on ${system:-$(uname -s)}, $jobs jobs"

if [[ "${TWOFOLD_SKIP_DEPS:-0}" != 1 ]]; then
    begin packages
    install_missing
    finish
fi

case "$mode" in
deps) ;;
test)
    configure_and_build ci
    # Fresh containers run in the "C" locale; the tests expect UTF-8 (C.UTF-8 is always there).
    if [[ "$(locale charmap 2>/dev/null)" != UTF-8 ]]; then export LC_ALL=C.UTF-8; fi
    begin tests
    ctest --preset ci --parallel "$jobs"
    finish
    sanitizer_tests
    ;;
run)
    configure_and_build default
    app="$root/build/app/gui/twofold"
    [[ -x "$app" ]] || die "The build has no $app yet."
    if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]]; then
        say "No display found (DISPLAY and WAYLAND_DISPLAY are empty): the window may not open."
    fi
    summary
    trap - EXIT
    say "starting $app"
    exec "$app" "$@"
    ;;
esac
