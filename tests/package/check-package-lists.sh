#!/usr/bin/env bash
# installer/debian/build.sh installs for "run" only what building and running need: the test
# and benchmark packages (keepassxc, lintian, appstream, python3-aiosmtpd) only for "test",
# and "deps" installs everything "test" does.
# Usage: bash tests/package/check-package-lists.sh SOURCE_DIR
set -euo pipefail

script="${1:?usage: check-package-lists.sh SOURCE_DIR}/installer/debian/build.sh"
status=0
fail() {
    echo "check-package-lists: $*" >&2
    status=1
}
list() { TWOFOLD_SKIP_DEPS=1 bash "$script" packages "$1" </dev/null; }

run="$(list run)" || fail "build.sh packages run failed"
test="$(list test)" || fail "build.sh packages test failed"
deps="$(list deps)" || fail "build.sh packages deps failed"
for pkg in cmake g++ qt6-base-dev libsodium-dev; do
    grep -qx "$pkg" <<<"$run" || fail "run lacks $pkg, which building needs"
done
for pkg in keepassxc lintian appstream python3-aiosmtpd; do
    grep -qx "$pkg" <<<"$run" && fail "run installs $pkg, which only the tests need"
    grep -qx "$pkg" <<<"$test" || fail "test lacks $pkg"
done
grep -q '\[' <<<"$test$run" && fail "a section marker is listed as a package"
extra="$(comm -23 <(sort <<<"$run") <(sort <<<"$test"))"
[[ -z "$extra" ]] || fail "run installs packages test does not:" $extra
[[ "$(sort <<<"$deps")" == "$(sort <<<"$test")" ]] || fail "deps does not install what test does"
((status == 0)) && echo "check-package-lists: run $(wc -l <<<"$run"), test $(wc -l <<<"$test") packages"
exit "$status"
