#!/usr/bin/env bash
# Installs the .deb in DEB_DIR into a temporary root with dpkg (a dpkg database of its own:
# the machine's /usr and its package list are never touched), checks what it installed
# (executables, desktop file, icons at every size, man pages), runs the installed programs
# with a clean environment (no LD_LIBRARY_PATH: the system's libraries must be enough):
#   twofold-cli --version, init + add + ls on a vault in the default place of a home folder
#   inside the root, twofold --version, and twofold itself offscreen until its first window
#   has been drawn;
# then purges the package and checks that every installed file is gone while the vault and
# everything else in the home folder are byte-identical.
# Runs as root (CI) or as any user (through fakeroot). Usage: install-deb.sh DEB_DIR
set -euo pipefail
export PATH="/usr/sbin:/usr/bin:/sbin:/bin:$PATH" # dpkg wants ldconfig and start-stop-daemon

die() {
    echo "install-deb: $*" >&2
    exit 1
}
step() { echo "== $*"; }

debs=("${1:?usage: install-deb.sh DEB_DIR}"/*.deb)
deb="${debs[0]}"
[[ -f "$deb" ]] || die "no .deb in $1 (the fixture package_deb_build makes it)"
package="$(dpkg-deb --field "$deb" Package)"
version="$(dpkg-deb --field "$deb" Version)"

root="$(mktemp -d)"
gui_pid=""
cleanup() {
    if [[ -n "$gui_pid" ]] && kill -0 "$gui_pid" 2>/dev/null; then
        kill "$gui_pid" 2>/dev/null || true
        wait "$gui_pid" 2>/dev/null || true
    fi
    rm -rf "$root"
}
trap cleanup EXIT

as_root=()
((EUID == 0)) || as_root=(fakeroot)
run_dpkg() { "${as_root[@]}" dpkg --root="$root" "$@"; }

step "no maintainer scripts"
# Installing and removing Twofold runs nothing of ours, so nothing can touch a vault. (Should
# the package ever need a script, this test must run it in a chroot of the root.)
scripts="$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | sed 's|^\./||' | grep -Ex 'preinst|postinst|prerm|postrm|config' || true)"
[[ -z "$scripts" ]] || die "the package has maintainer scripts: $scripts"
echo "none"

step "Depends of $(basename "$deb") are installed on this system"
# What this system has: every installed package, and every virtual package one provides
# (libphonenumber8 provides libphonenumber8-protobuf32, for example).
available="$(dpkg-query -W -f='${db:Status-Abbrev}|${Package},${Provides}\n' |
    awk -F'|' '/^ii/ { print $2 }' | tr ',' '\n' | awk 'NF { print $1 }' | sort -u)"
missing=()
IFS=',' read -ra groups <<<"$(dpkg-deb --field "$deb" Depends)"
for group in "${groups[@]}"; do
    satisfied=0
    IFS='|' read -ra alternatives <<<"$group"
    for alternative in "${alternatives[@]}"; do
        name="$(awk '{print $1}' <<<"$alternative")"
        if grep -qxF -- "$name" <<<"$available"; then
            satisfied=1
            break
        fi
    done
    ((satisfied)) || missing+=("$(xargs <<<"$group")")
done
((${#missing[@]} == 0)) || die "these Depends are not installed here: ${missing[*]}"
echo "all ${#groups[@]} are"

step "dpkg --install into $root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
# The root's database holds no other package, so the Depends checked above cannot be seen.
# The path-include options undo a slim container's path-exclude of man pages and documents.
run_dpkg --force-depends --path-include='/usr/share/man/*' --path-include='/usr/share/doc/*' \
    --install "$deb" >"$root/dpkg.log" 2>&1 || {
    cat "$root/dpkg.log" >&2
    die "dpkg could not install $(basename "$deb")"
}
status_text="$(run_dpkg --status "$package")"
grep -qx "Status: install ok installed" <<<"$status_text" || die "dpkg does not list $package as installed"
installed="$(run_dpkg --listfiles "$package")"

step "installed files"
usr="$root/usr"
for exe in twofold twofold-cli; do
    [[ -x "$usr/bin/$exe" ]] || die "usr/bin/$exe is missing or not executable"
done
desktop="$usr/share/applications/org.twofold.Twofold.desktop"
[[ -f "$desktop" ]] || die "the .desktop file is missing"
[[ -f "$usr/share/metainfo/org.twofold.Twofold.metainfo.xml" ]] || die "the AppStream metainfo is missing"
grep -qx "Exec=twofold" "$desktop" || die "the .desktop file does not start twofold"
icon="$(sed -n 's/^Icon=//p' "$desktop")"
[[ -f "$usr/share/icons/hicolor/scalable/apps/$icon.svg" ]] || die "no scalable icon $icon.svg"
for size in 16 24 32 48 64 128 256 512; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
    [[ -f "$png" ]] || die "no ${size}x${size} icon $icon.png"
    kind="$(file -b "$png")"
    [[ "$kind" == "PNG image data, $size x $size,"* ]] || die "$png is not a ${size}x${size} PNG: $kind"
done
for page in twofold twofold-cli; do
    man="$usr/share/man/man1/$page.1.gz"
    [[ -f "$man" ]] || die "no man page $page.1.gz"
    text="$(MANWIDTH=80 man -l "$man" 2>/dev/null)" || die "man cannot read $page.1.gz"
    grep -q "^NAME" <<<"$text" || die "$page.1.gz has no NAME section"
done
echo "binaries, .desktop, metainfo, icon $icon at 8 sizes + scalable, 2 man pages"

# The programs run as a user whose home folder is inside the root, with nothing from this
# environment but PATH: no LD_LIBRARY_PATH, no Qt variables, no policy file.
home="$root/home/tester"
mkdir -p "$home" "$root/run/user/tester"
chmod 700 "$root/run/user/tester"
user_env=(env -i "PATH=/usr/bin:/bin" "HOME=$home" "XDG_DATA_HOME=$home/.local/share"
    "XDG_CONFIG_HOME=$home/.config" "XDG_CACHE_HOME=$home/.cache" "XDG_RUNTIME_DIR=$root/run/user/tester"
    "LANG=C.UTF-8" "TWOFOLD_POLICY_FILE=$root/etc/twofold/no-policy.json")
cli() { "${user_env[@]}" "$usr/bin/twofold-cli" "$@"; }
password='package-test Vault 7f3c9a1e-Lz'
vault="$home/.local/share/Twofold/vault.twofold"

step "twofold-cli"
out="$(cli --version)"
[[ "$out" == "twofold-cli ${version%%-*}" ]] || die "twofold-cli --version printed \"$out\", not \"twofold-cli ${version%%-*}\""
printf '%s\n' "$password" | cli init --password-stdin --kdf-memory 8 --kdf-iterations 1 >/dev/null ||
    die "twofold-cli init failed"
[[ -f "$vault" ]] || die "init made no vault at the default place $vault"
printf '%s\n' "$password" | cli add "Package test" --username tester --generate --password-stdin >/dev/null ||
    die "twofold-cli add failed"
out="$(printf '%s\n' "$password" | cli ls --password-stdin)" || die "twofold-cli ls failed"
[[ "$out" == "Package test" ]] || die "twofold-cli ls printed \"$out\", not the entry added"
status=0
printf '%s\n' "wrong password" | cli ls --password-stdin >/dev/null 2>&1 || status=$?
((status == 2)) || die "twofold-cli ls with a wrong password exited with $status, not 2"
echo "--version, init, add, ls and a wrong password (exit 2) on $vault"

step "twofold"
gui_env=("${user_env[@]}" "QT_QPA_PLATFORM=offscreen")
out="$("${gui_env[@]}" "$usr/bin/twofold" --version)"
[[ "$out" == "Twofold ${version%%-*}" ]] || die "twofold --version printed \"$out\""
# Started with the vault of the steps above: the window asks for its password. With
# --quit-when-shown (when the build has it) twofold quits by itself once its first window has
# been drawn; otherwise Qt's painting log says when the window was drawn, and twofold, still
# running, is told to quit.
log="$root/twofold.log"
status=0
"${gui_env[@]}" timeout 60 "$usr/bin/twofold" --quit-when-shown "$vault" >"$log" 2>&1 || status=$?
if ((status == 0)); then
    echo "twofold drew its first window and quit by itself"
elif grep -q "quit-when-shown" "$log"; then
    coproc GUI { exec "${gui_env[@]}" "QT_LOGGING_RULES=qt.widgets.painting=true" "$usr/bin/twofold" "$vault" 2>&1; }
    # shellcheck disable=SC2153 # GUI_PID is set by coproc GUI
    gui_pid=$GUI_PID
    shown="Flushing QRegion.* of twofold::"
    drawn=0
    deadline=$((SECONDS + 60))
    while ((SECONDS < deadline)) && IFS= read -r -t $((deadline - SECONDS)) line <&"${GUI[0]}"; do
        echo "$line" >>"$log"
        if [[ "$line" =~ $shown ]]; then
            drawn=1
            break
        fi
    done
    ((drawn)) || {
        cat "$log" >&2
        die "twofold drew no window within 60 s"
    }
    kill -0 "$gui_pid" 2>/dev/null || die "twofold stopped after drawing its window"
    kill -TERM "$gui_pid"
    wait "$gui_pid" || true
    gui_pid=""
    echo "twofold drew its first window ($(grep -m1 -o "of twofold::[A-Za-z]*" "$log" | cut -c4-))"
else
    cat "$log" >&2
    die "twofold --quit-when-shown exited with $status"
fi

step "dpkg --purge"
before="$(cd "$home" && find . -type f -print0 | sort -z | xargs -0 sha256sum)"
run_dpkg --purge "$package" >"$root/dpkg.log" 2>&1 || {
    cat "$root/dpkg.log" >&2
    die "dpkg could not remove $package"
}
left=()
while IFS= read -r path; do
    [[ -n "$path" && ! -d "$root$path" && -e "$root$path" ]] && left+=("$path")
done <<<"$installed"
((${#left[@]} == 0)) || die "files left after dpkg --purge: ${left[*]}"
[[ -z "$(find "$usr" -type f 2>/dev/null)" ]] || die "files left in usr/: $(find "$usr" -type f)"
after="$(cd "$home" && find . -type f -print0 | sort -z | xargs -0 sha256sum)"
[[ "$before" == "$after" ]] || die "the home folder changed on removal: $(diff <(echo "$before") <(echo "$after"))"
echo "every installed file is gone; the vault and the rest of the home folder are byte-identical:"
echo "$after"
