#!/usr/bin/env bash
# Every C++ and Objective-C++ source of the project is formatted as .clang-format says
# (clang-format --dry-run -Werror). Lists the files that are not, with the command that fixes
# them, and fails. The files are git's tracked ones when the tree is a git checkout, else every
# source under the project's folders.
#
#   check-format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1
root=$2
cd "$root"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h' '*.mm')
else
    mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h' -o -name '*.mm' | sort)
fi
if ((${#files[@]} == 0)); then
    echo "no source files found under $root" >&2
    exit 1
fi
bad=()
for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
echo "${#files[@]} files checked with $("$clang_format" --version | head -1)"
if ((${#bad[@]} > 0)); then
    echo "${#bad[@]} not formatted as .clang-format says:"
    printf '  %s\n' "${bad[@]}"
    echo "Fix with: clang-format -i FILE… (from $root)"
    exit 1
fi
