#!/usr/bin/env bash
# Checks the man pages.
#   check-man-pages.sh lint PAGE...       each page formats without a single warning
#                                         (man --warnings, as lintian runs it, and groff -ww),
#                                         and its NAME line is a valid whatis entry
#   check-man-pages.sh help PAGE CLI      every command and every option that "CLI --help" and
#                                         "CLI help COMMAND" list appears in PAGE
set -euo pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
export TWOFOLD_NO_HUGE_PAGES=1 # help needs no big heap: skip the re-run for huge pages
unset MANOPT MANPAGER PAGER

die() {
    echo "check-man-pages: $*" >&2
    exit 1
}

# The page as plain text on lines long enough never to wrap, with any Unicode minus or
# hyphen turned back into "-".
render() {
    MANWIDTH=2000 man -E UTF-8 -l "$1" 2>/dev/null | col -bx |
        sed -e 's/\xe2\x88\x92/-/g' -e 's/\xe2\x80\x90/-/g'
}

lint() {
    local page messages status=0
    (($# > 0)) || die "no page given"
    for page in "$@"; do
        [[ -f "$page" ]] || die "$page does not exist"
        messages="$(MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)"
        messages+="${messages:+$'\n'}$(groff -man -ww -z "$page" 2>&1)"
        messages="${messages%$'\n'}"
        if [[ -n "$messages" ]]; then
            echo "check-man-pages: $page has warnings:" >&2
            echo "$messages" >&2
            status=1
        fi
        if ! lexgrog "$page" >/dev/null 2>&1; then
            echo "check-man-pages: $page has no valid NAME line (lexgrog: $(lexgrog "$page" 2>&1))" >&2
            status=1
        fi
        [[ -n "$(render "$page")" ]] || {
            echo "check-man-pages: $page renders to nothing" >&2
            status=1
        }
    done
    ((status == 0)) && echo "check-man-pages: no warnings in $*"
    return "$status"
}

# The command names in the overview of "CLI --help": the leading lower-case words of each
# synopsis ("2fa enable authenticator|email|sms" gives "2fa enable").
command_names() {
    "$1" --help | awk '
        /^Commands:/ { inside = 1; next }
        inside && /^$/ { inside = 0 } # read on to the end: no SIGPIPE for the CLI
        inside {
            name = ""
            for (i = 1; i <= NF; i++) {
                if ($i !~ /^[a-z0-9][a-z0-9-]*$/) break
                name = name (name == "" ? "" : " ") $i
            }
            print name
        }'
}

help_matches() {
    local page=$1 cli=$2 text names name option missing=() count=0
    [[ -f "$page" ]] || die "$page does not exist"
    [[ -x "$cli" ]] || die "$cli is not an executable"
    text="$(render "$page")"
    names="$(command_names "$cli")"
    [[ -n "$names" ]] || die "\"$cli --help\" lists no commands"
    local options
    options="$("$cli" --help | grep -oE -- '--[a-z][a-z-]*' || true)"
    while IFS= read -r name; do
        count=$((count + 1))
        grep -qF -- "$name" <<<"$text" || missing+=("command \"$name\"")
        # shellcheck disable=SC2086 # the name is words on purpose: "help 2fa enable"
        options+=$'\n'"$("$cli" help $name | grep -oE -- '--[a-z][a-z-]*' || true)"
    done <<<"$names"
    while IFS= read -r option; do
        [[ -n "$option" ]] || continue
        grep -qE -- "(^|[^a-z-])${option}([^a-z-]|$)" <<<"$text" || missing+=("option $option")
    done < <(sort -u <<<"$options")
    if ((${#missing[@]} > 0)); then
        echo "check-man-pages: $page lacks what \"$(basename "$cli") --help\" lists:" >&2
        printf '  %s\n' "${missing[@]}" | sort -u >&2
        return 1
    fi
    echo "check-man-pages: $page covers all $count commands and $(sort -u <<<"$options" | grep -c .) options"
}

mode="${1:-}"
shift || true
case "$mode" in
lint) lint "$@" ;;
help) help_matches "${1:?usage: check-man-pages.sh help PAGE CLI}" "${2:?usage: check-man-pages.sh help PAGE CLI}" ;;
*) die "usage: check-man-pages.sh lint PAGE... | help PAGE CLI" ;;
esac
