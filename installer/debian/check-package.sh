#!/usr/bin/env bash
# Builds the .deb of a configured and built tree with cpack (or takes the one already in
# DEB_DIR), prints what it holds and checks it with lintian. Fails when lintian reports an
# error, when an executable the build made or a man page is missing from the package, when
# Depends names a package twice or lacks libqt6gui6 (the xcb plugin) or libqt6svg6 (the SVG
# icon engine), or when Recommends lacks qt6-wayland. Warnings are printed only.
# Usage: bash installer/debian/check-package.sh BUILD_DIR [DEB_DIR]
set -euo pipefail

build="$(cd "${1:?usage: check-package.sh BUILD_DIR [DEB_DIR]}" && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

start=$SECONDS
if [[ -n "${2:-}" ]]; then
    debs=("$2"/*.deb) # built by tests/package/build-deb.sh (the ctest fixture)
else
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
        cat "$out/cpack.log" >&2
        echo "check-package: cpack could not build the .deb" >&2
        exit 1
    }
    debs=("$out"/*.deb)
fi
deb="${debs[0]}"
[[ -f "$deb" ]] || {
    echo "check-package: cpack made no .deb" >&2
    exit 1
}
echo "== $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB, built in $((SECONDS - start)) s)"
dpkg-deb --field "$deb"
contents="$(dpkg-deb --contents "$deb" | awk '{print $1, $NF}')"
echo "== files"
echo "$contents"

status=0
depends="$(dpkg-deb --field "$deb" Depends)"
# The package names of a Depends or Recommends field, one a line (versions and "|" dropped).
package_names() { tr ',|' '\n\n' <<<"$1" | sed -e 's/(.*)//' -e 's/[[:space:]]//g' -e '/^$/d'; }
twice="$(package_names "$depends" | sort | uniq -d)"
if [[ -n "$twice" ]]; then
    echo "check-package: Depends names these packages twice:" $twice >&2
    status=1
fi
for pkg in libqt6gui6 libqt6svg6; do
    if ! package_names "$depends" | grep -qx "$pkg"; then
        echo "check-package: Depends lacks $pkg: $depends" >&2
        status=1
    fi
done
recommends="$(dpkg-deb --field "$deb" Recommends)"
if ! package_names "$recommends" | grep -qx qt6-wayland; then
    echo "check-package: Recommends lacks qt6-wayland (the Wayland platform plugin): $recommends" >&2
    status=1
fi
for exe in app/cli/twofold-cli app/gui/twofold; do
    if [[ -x "$build/$exe" ]] && ! grep -qx -- "-rwxr-xr-x \./usr/bin/${exe##*/}" <<<"$contents"; then
        echo "check-package: the build made $exe but the package has no executable usr/bin/${exe##*/}" >&2
        status=1
    fi
done
for page in twofold twofold-cli; do
    if ! grep -qx -- "-rw-r--r-- \./usr/share/man/man1/$page\.1\.gz" <<<"$contents"; then
        echo "check-package: the package has no man page usr/share/man/man1/$page.1.gz" >&2
        status=1
    fi
done

echo "== lintian"
start=$SECONDS
if lintian --display-info --fail-on error "$deb" >"$out/lintian.log" 2>&1; then
    lintian_status=0
else
    lintian_status=$?
fi
grep -v "running with root privileges" "$out/lintian.log" || true
echo "== lintian: $(grep -c '^E:' "$out/lintian.log" || true) errors," \
    "$(grep -c '^W:' "$out/lintian.log" || true) warnings in $((SECONDS - start)) s"
if ((lintian_status != 0)); then
    echo "check-package: lintian reports errors" >&2
    status=1
fi
exit "$status"
