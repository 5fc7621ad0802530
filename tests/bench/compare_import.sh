#!/usr/bin/env bash
# Side by side: importing one N-entry KeePass XML file (default 100,000) with
# `twofold-cli import keepass-xml` and with `keepassxc-cli import`, wall time and peak memory
# (GNU time's maximum resident set), and the ratios. Usage:
#   [RUNS=3] tests/bench/compare_import.sh BUILD_DIR [N]
set -euo pipefail
build=${1:?usage: compare_import.sh BUILD_DIR [N]}
n=${2:-100000}
cli="$build/app/cli/twofold-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$n" "$work/in.xml" <<'PY'
import sys, base64, uuid
n, out = int(sys.argv[1]), sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<KeePassFile><Meta><Generator>bench</Generator></Meta><Root><Group>'
            '<UUID>%s</UUID><Name>Root</Name>\n' % base64.b64encode(uuid.uuid4().bytes).decode())
    groups = 50
    for g in range(groups):
        f.write('<Group><UUID>%s</UUID><Name>Group %d</Name>\n' % (base64.b64encode(uuid.uuid4().bytes).decode(), g))
        for i in range(g, n, groups):
            f.write('<Entry><UUID>%s</UUID><Tags>t%d</Tags><Times><CreationTime>2024-01-01T00:00:00Z</CreationTime>'
                    '<LastModificationTime>2024-01-02T00:00:00Z</LastModificationTime></Times>'
                    '<String><Key>Title</Key><Value>Site %d</Value></String>'
                    '<String><Key>UserName</Key><Value>user%d@example.com</Value></String>'
                    '<String><Key>Password</Key><Value ProtectInMemory="True">pw-%d-Xy7!qz</Value></String>'
                    '<String><Key>URL</Key><Value>https://site%d.example.com/login</Value></String>'
                    '<String><Key>Notes</Key><Value>notes for entry %d</Value></String>'
                    '<String><Key>Custom</Key><Value>value %d</Value></String></Entry>\n'
                    % (base64.b64encode(uuid.uuid4().bytes).decode(), i % 97, i, i, i, i, i, i))
        f.write('</Group>\n')
    f.write('</Group></Root></KeePassFile>\n')
PY
printf 'bench master password\n' | "$cli" --vault "$work/v.twofold" init --password-stdin --kdf-memory 8 --kdf-iterations 1 >/dev/null
# The generated file on disk first: else the first import's fsync waits for its writeback.
sync
measure() { # label command...: prints "label seconds peakKiB"
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r secs kib < "$work/time"
    echo "$label $secs $kib"
}
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; } # of one number a line
# Each tool imports the same file RUNS times (default 3), alternating, each into a new vault;
# the medians of wall time and peak memory are reported.
runs=${RUNS:-3}
: >"$work/twofold.tsv"
: >"$work/keepassxc.tsv"
for ((r = 0; r < runs; r++)); do
    cp "$work/v.twofold" "$work/run.twofold"
    rm -f "$work/out.kdbx"
    measure twofold bash -c "printf 'bench master password\n' | '$cli' --vault '$work/run.twofold' --password-stdin import keepass-xml '$work/in.xml'" >>"$work/twofold.tsv"
    measure keepassxc bash -c "printf 'kx\nkx\n' | keepassxc-cli import -p '$work/in.xml' '$work/out.kdbx'" >>"$work/keepassxc.tsv"
    rm -f "$work/run.twofold" "$work/run.twofold.bak"
done
ts=$(cut -d' ' -f2 "$work/twofold.tsv" | median)
tk=$(cut -d' ' -f3 "$work/twofold.tsv" | median)
ks=$(cut -d' ' -f2 "$work/keepassxc.tsv" | median)
kk=$(cut -d' ' -f3 "$work/keepassxc.tsv" | median)
echo "twofold runs (s KiB): $(cut -d' ' -f2,3 "$work/twofold.tsv" | paste -sd, -)"
echo "keepassxc runs (s KiB): $(cut -d' ' -f2,3 "$work/keepassxc.tsv" | paste -sd, -)"
echo "entries: $n  ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "median of $runs run(s) each:"
printf 'twofold-cli import keepass-xml: %6.2f s  %6d MiB peak\n' "$ts" "$((tk / 1024))"
printf 'keepassxc-cli import:           %6.2f s  %6d MiB peak\n' "$ks" "$((kk / 1024))"
python3 -c "print('ratio (KeePassXC / Twofold): %.1fx faster, %.1fx less memory' % ($ks/max($ts,0.01), $kk/max($tk,1)))"
