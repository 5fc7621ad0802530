#!/usr/bin/env bash
# Reads the built ELF executables and checks the hardening flags of cmake/TwofoldHardening.cmake:
# PIE (ELF type DYN with a PIE flag), full RELRO (a GNU_RELRO segment and BIND_NOW), the stack
# protector (__stack_chk_fail imported: every binary has functions with arrays) and a
# non-executable stack. _FORTIFY_SOURCE leaves a mark only where a call could overflow a buffer
# of known size (a __*_chk import), which not every binary has: so every compile command of
# COMPILE_COMMANDS must carry -D_FORTIFY_SOURCE=2 and -fstack-protector-strong, and at least one
# binary must import a __*_chk function (the flag reached the code).
# Usage: bash tests/package/check-hardening.sh COMPILE_COMMANDS BINARY...
set -uo pipefail
status=0
fail() {
    echo "check-hardening: $1: $2" >&2
    status=1
    bad=1
}
(($# > 1)) || { echo "usage: check-hardening.sh COMPILE_COMMANDS BINARY..." >&2; exit 2; }
commands="$1"
shift
total="$(grep -c '"command":' "$commands")"
unhardened="$(grep '"command":' "$commands" | grep -c -v -- '-D_FORTIFY_SOURCE=2.*-fstack-protector-strong\|-fstack-protector-strong.*-D_FORTIFY_SOURCE=2')"
((total > 0)) || fail "$commands" "no compile commands"
((unhardened == 0)) || fail "$commands" "$unhardened of $total compile commands lack -D_FORTIFY_SOURCE=2 or -fstack-protector-strong"
fortified=0
for bin in "$@"; do
    bad=0
    [[ -f "$bin" ]] || { fail "$bin" "missing"; continue; }
    header="$(readelf -h -W "$bin" 2>/dev/null)" || { fail "$bin" "not an ELF file"; continue; }
    dynamic="$(readelf -d -W "$bin")"
    segments="$(readelf -l -W "$bin")"
    symbols="$(readelf --dyn-syms -W "$bin")"
    grep -q 'Type:.*DYN' <<<"$header" || fail "$bin" "not position-independent (ELF type is not DYN)"
    grep -q 'FLAGS_1.*PIE' <<<"$dynamic" || fail "$bin" "not linked as a PIE (no PIE in FLAGS_1)"
    grep -q 'GNU_RELRO' <<<"$segments" || fail "$bin" "no RELRO segment (-z relro)"
    grep -Eq 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" || fail "$bin" "lazy binding: not full RELRO (-z now)"
    grep -q 'GNU_STACK.*RW ' <<<"$segments" || fail "$bin" "executable stack"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$bin" "no stack protector (__stack_chk_fail not used)"
    grep -Eq '__[a-z_]+_chk(@|$| )' <<<"$symbols" && fortified=$((fortified + 1))
    ((bad == 0)) && echo "check-hardening: $(basename "$bin"): PIE, full RELRO, NX stack, stack protector"
done
((fortified > 0)) || fail "binaries" "none imports a __*_chk function: _FORTIFY_SOURCE did not reach the code"
((status == 0)) && echo "check-hardening: $total compile commands with _FORTIFY_SOURCE=2 and the stack protector; $fortified of $# binaries with fortified calls"
exit $status
