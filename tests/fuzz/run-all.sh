#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each and prints, per target, the executions, the
# executions per second, the corpus size and whether it found anything (crash, leak, timeout).
# Builds the targets first in build-fuzz/ (clang, -DTWOFOLD_FUZZ=ON: ASan + UBSan + libFuzzer).
# Each target starts from its checked-in corpus (tests/fuzz/corpus/NAME), copied, so the
# checked-in seeds are not changed; findings are kept in build-fuzz/findings/NAME.
# Usage: bash tests/fuzz/run-all.sh SECONDS [NAME...]      (default: every target)
set -uo pipefail
seconds="${1:?usage: run-all.sh SECONDS [NAME...]}"
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build="${TWOFOLD_FUZZ_BUILD:-$source_dir/build-fuzz}"
command -v clang++ >/dev/null || { echo "run-all.sh needs clang (apt install clang)" >&2; exit 2; }

if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DTWOFOLD_FUZZ=ON >/dev/null || exit 1
fi
mapfile -t all < <(ninja -C "$build" -t targets all | sed -n 's/^\(fuzz_[a-z0-9_]*\): .*/\1/p' | grep -v '_autogen' | sort -u)
targets=()
if (($# > 0)); then
    for name in "$@"; do targets+=("fuzz_${name#fuzz_}"); done
else
    targets=("${all[@]}")
fi
((${#targets[@]} > 0)) || { echo "no fuzz targets found in $build" >&2; exit 1; }
cmake --build "$build" --target "${targets[@]}" >/dev/null || exit 1

status=0
printf '%-34s %14s %10s %8s  %s\n' target execs execs/s corpus result
for target in "${targets[@]}"; do
    name="${target#fuzz_}"
    work="$build/corpus-run/$name"
    findings="$build/findings/$name"
    rm -rf "$work" && mkdir -p "$work" "$findings"
    [[ -d "$here/corpus/$name" ]] && cp -r "$here/corpus/$name/." "$work/"
    log="$build/findings/$name.log"
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$findings/" "$work" >"$log" 2>&1
    rc=$?
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    size="$(find "$work" -type f | wc -l)"
    result="no finding"
    if ((rc != 0)) || compgen -G "$findings/*" >/dev/null; then
        result="FINDING (see $log)"
        status=1
    fi
    printf '%-34s %14s %10s %8s  %s\n' "$name" "${execs:-?}" "${rate:-?}" "$size" "$result"
done
exit $status
