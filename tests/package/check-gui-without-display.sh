#!/usr/bin/env bash
# "twofold --version" and "--help" answer without a display: no DISPLAY, WAYLAND_DISPLAY or
# QT_QPA_PLATFORM (a QApplication would abort there, rc 134). Checks the exit status and the
# text, in English and in German (the language of the system, as the window would use).
# Usage: bash tests/package/check-gui-without-display.sh TWOFOLD_BINARY VERSION
set -euo pipefail

gui="${1:?usage: check-gui-without-display.sh TWOFOLD_BINARY VERSION}"
version="${2:?usage: check-gui-without-display.sh TWOFOLD_BINARY VERSION}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
status=0

# Runs the GUI binary with no display and a settings folder of its own; sets out and rc.
run() {
    local lang=$1
    shift
    rc=0
    out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANGUAGE HOME="$home" \
        XDG_CONFIG_HOME="$home/config" LC_ALL="$lang" "$gui" "$@" 2>&1 </dev/null)" || rc=$?
}
expect() {
    local what=$1 text=$2
    if ((rc != 0)); then
        echo "check-gui-without-display: $what exits $rc: $out" >&2
        status=1
    elif ! grep -qF -- "$text" <<<"$out"; then
        echo "check-gui-without-display: $what does not say \"$text\": $out" >&2
        status=1
    fi
}

run C.UTF-8 --version
expect "twofold --version" "Twofold $version"
run C.UTF-8 -v
expect "twofold -v" "Twofold $version"
run C.UTF-8 --help
expect "twofold --help" "Password manager with two-factor sign-in."
expect "twofold --help" "--version"
if grep -q -- "--quit-when-shown" <<<"$out"; then
    echo "check-gui-without-display: twofold --help lists the hidden --quit-when-shown" >&2
    status=1
fi
run C.UTF-8 /no/such.twofold --help
expect "twofold VAULT --help" "[vault]"
run de_DE.UTF-8 --help
expect "twofold --help (German)" "Passwortmanager mit Zwei-Faktor-Anmeldung."
((status == 0)) && echo "check-gui-without-display: --version and --help answer without a display"
exit "$status"
