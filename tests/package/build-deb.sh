#!/usr/bin/env bash
# Builds the .deb of a built tree into OUT_DIR with cpack, for the package tests that need it
# (the ctest fixture "twofold_deb"). Any older .deb in OUT_DIR is removed first, so the tests
# never check a stale package.
# Usage: bash tests/package/build-deb.sh BUILD_DIR OUT_DIR [CPACK]   (CPACK: default "cpack")
set -euo pipefail

build="$(cd "${1:?usage: build-deb.sh BUILD_DIR OUT_DIR [CPACK]}" && pwd)"
out="${2:?usage: build-deb.sh BUILD_DIR OUT_DIR [CPACK]}"
cpack="${3:-cpack}"
mkdir -p "$out"
rm -rf "$out"/*.deb "$out"/_CPack_Packages

start=$SECONDS
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    echo "build-deb: cpack could not build the .deb" >&2
    exit 1
fi
rm -rf "$out"/_CPack_Packages # the staged tree: the .deb holds it all
debs=("$out"/*.deb)
[[ -f "${debs[0]}" ]] || {
    echo "build-deb: cpack made no .deb" >&2
    exit 1
}
echo "build-deb: $(basename "${debs[0]}") ($(du -k "${debs[0]}" | cut -f1) KiB) in $((SECONDS - start)) s"
