#!/usr/bin/env bash
# compare_keepassxc.sh: Twofold's twofold-cli against Debian's keepassxc-cli (2.7.4) on the
# same data, open + search beyond the KDF and peak memory, side by side with ratios.
#
#   tests/bench/compare_keepassxc.sh [--sizes "10000 100000"] [--runs N] BUILD_DIR [OUT_DIR]
#
# BUILD_DIR: a configured and built tree (twofold-bench and twofold-cli in it).
# OUT_DIR:   where data, vaults and results go (default: a new temporary folder).
# Needs keepassxc-cli (Debian package keepassxc) and /usr/bin/time (package time).
#
# How it measures (see README.md in this folder):
# - twofold-bench generates the data set (seeded, deterministic) and writes it twice: a
#   Twofold vault (make-vault) and a KeePass 2 XML file (export-xml) with the same titles,
#   usernames, passwords, URLs, notes, tags, TOTP URIs, password history and groups.
# - The XML is turned into a .kdbx by `keepassxc-cli import`. keepassxc-cli cannot set KDF
#   parameters directly: db-create and import only take --decryption-time (-t) in ms, and
#   refuse anything under 100. Both make a KDBX 3.1 file with the AES-KDF, whose rounds they
#   benchmark for that time, so `import -p -t 100` gives the smallest KDF keepassxc-cli allows
#   (about 0.1 s, no Argon2 memory). The password is read from stdin: once, then "repeat".
#   Each import benchmarks its own round count, so every file's rounds are read back with
#   `db-info` and the KDF baseline below is corrected to them.
# - Twofold vaults use Argon2id with --kdf-memory/--kdf-iterations (default 8 MiB x 1).
# - One figure = one CLI process: `search TERM` with the password on stdin, for each of
#   twofold-bench's queries (a title word, a username fragment, a term with no hits); the
#   median of all runs is reported. Wall time is taken around the process in nanoseconds
#   (date +%s%N; /usr/bin/time's %e has only 10 ms steps), peak memory is /usr/bin/time's %M
#   (max RSS of the process).
# - "Beyond the KDF" subtracts, for each tool, the same command on an EMPTY vault with the
#   same KDF settings: that removes the KDF and the process start (loading Qt, libraries).
#   For KeePassXC the empty baseline is measured at two round counts (import -t 100 and
#   -t 1000 of an empty XML) and fitted as start + rounds x cost, then evaluated at the
#   rounds of the big file.
set -euo pipefail

die() { echo "compare_keepassxc.sh: $*" >&2; exit 1; }
usage() {
    sed -n '4,8p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 1
}

sizes="10000 100000"
runs=3
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        -h|--help) sed -n '4,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --*) echo "compare_keepassxc.sh: unknown option $1" >&2; usage ;;
        *) break ;;
    esac
done
[[ $# -ge 1 && $# -le 2 ]] || usage
[[ -d $1 ]] || die "there is no build folder at $1."
build=$(cd "$1" && pwd)

bench=$build/tests/bench/twofold-bench
cli=$build/app/cli/twofold-cli
kdf_memory=${TWOFOLD_KDF_MEMORY:-8}
kdf_iterations=${TWOFOLD_KDF_ITERATIONS:-1}

[[ -x $bench ]] || die "twofold-bench is missing at $bench: build it first (cmake --build $build --target twofold-bench)."
[[ -x $cli ]] || die "twofold-cli is missing at $cli: build it first (cmake --build $build --target twofold-cli)."
command -v keepassxc-cli >/dev/null || die "keepassxc-cli is missing: install Debian's keepassxc package."
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: install Debian's time package."
export QT_QPA_PLATFORM=offscreen
out=${2:-$(mktemp -d "${TMPDIR:-/tmp}/twofold-compare.XXXXXX")}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# One password for every file of this run, random, only ever on stdin.
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
runs_file=$out/runs.tsv
printf 'tool\tsize\tterm\tms\tmaxrss_kib\n' > "$runs_file"
log() { echo "compare_keepassxc.sh: $*" >&2; }

# measure TOOL SIZE TERM CMD...: runs CMD with the password as the one line of its stdin and
# appends "tool size term ms maxrss_kib" to runs.tsv.
measure() {
    local tool=$1 size=$2 term=$3; shift 3
    local timefile errfile start end status=0
    timefile=$(mktemp)
    errfile=$(mktemp)
    start=$(date +%s%N)
    printf '%s\n' "$password" | /usr/bin/time -f '%M' -o "$timefile" "$@" > /dev/null 2> "$errfile" || status=$?
    end=$(date +%s%N)
    # keepassxc-cli search exits 1 with "No results for that search term." when nothing matches.
    if [[ $status -ne 0 ]] && ! [[ $status -eq 1 && ( ! -s $errfile || $(cat "$errfile") == *"No results"* ) ]]; then
        cat "$errfile" >&2
        rm -f "$timefile" "$errfile"
        die "this command failed (exit $status): $*"
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$size" "$term" \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')" \
        "$(tail -n 1 "$timefile")" >> "$runs_file"
    rm -f "$timefile" "$errfile"
}

# median TOOL SIZE COLUMN: the median of a column (4 ms, 5 rss) of the matching runs.
median() {
    awk -F '\t' -v t="$1" -v s="$2" -v c="$3" '$1 == t && $2 == s { print $c }' "$runs_file" |
        sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

kdbx_rounds() {
    printf '%s\n' "$password" | keepassxc-cli db-info -q "$1" | sed -n 's/^KDF: AES (\([0-9]*\) rounds)$/\1/p'
}

# kdbx_import XML KDBX MS: a new .kdbx from XML, AES-KDF benchmarked to MS milliseconds.
kdbx_import() {
    rm -f "$2"
    printf '%s\n%s\n' "$password" "$password" | keepassxc-cli import -q -p -t "$3" "$1" "$2" > /dev/null 2>&1 ||
        die "keepassxc-cli import of $1 failed"
}

mapfile -t terms < <("$bench" queries | cut -f 2)
log "search terms: ${terms[*]}; results in $out"

# ---- baselines: the same search on empty vaults with the same KDF settings ----
log "making the empty baselines"
rm -f "$out/twofold-empty.twofold" "$out/twofold-empty.twofold.bak"
printf '%s\n' "$password" | "$cli" --vault "$out/twofold-empty.twofold" --password-stdin init \
    --kdf-memory "$kdf_memory" --kdf-iterations "$kdf_iterations" > /dev/null ||
    die "twofold-cli init failed"
"$bench" export-xml 0 "$out/empty.xml"
kdbx_import "$out/empty.xml" "$out/keepassxc-empty-lo.kdbx" 100
kdbx_import "$out/empty.xml" "$out/keepassxc-empty-hi.kdbx" 1000
rounds_lo=$(kdbx_rounds "$out/keepassxc-empty-lo.kdbx")
rounds_hi=$(kdbx_rounds "$out/keepassxc-empty-hi.kdbx")
for ((r = 0; r < runs; ++r)); do
    for term in "${terms[@]}"; do
        measure twofold 0 "$term" "$cli" --vault "$out/twofold-empty.twofold" --password-stdin search "$term"
        measure keepassxc-lo 0 "$term" keepassxc-cli search -q "$out/keepassxc-empty-lo.kdbx" "$term"
        measure keepassxc-hi 0 "$term" keepassxc-cli search -q "$out/keepassxc-empty-hi.kdbx" "$term"
    done
done
tf_base_ms=$(median twofold 0 4)
tf_base_rss=$(median twofold 0 5)
kp_lo_ms=$(median keepassxc-lo 0 4)
kp_hi_ms=$(median keepassxc-hi 0 4)
kp_base_rss=$(median keepassxc-lo 0 5)
# KeePassXC's start + KDF as a line over the AES-KDF rounds: ms = start + rounds * per_round.
per_round=$(awk -v a="$kp_lo_ms" -v b="$kp_hi_ms" -v ra="$rounds_lo" -v rb="$rounds_hi" \
    'BEGIN { printf "%.12f", (rb > ra) ? (b - a) / (rb - ra) : 0 }')

summary=$out/summary.txt
{
    echo "Twofold vs KeePassXC $(keepassxc-cli --version), same data, one CLI process per figure,"
    echo "median of $runs run(s) x ${#terms[@]} search terms (${terms[*]}); $(nproc) CPUs, load average $(cut -d ' ' -f 1-3 /proc/loadavg)."
    echo "KDF + process start, measured on an empty vault with the same KDF settings and subtracted:"
    printf '  Twofold   Argon2id %s MiB x %s: %s ms, peak %s MiB\n' "$kdf_memory" "$kdf_iterations" "$tf_base_ms" \
        "$(awk -v k="$tf_base_rss" 'BEGIN { printf "%.1f", k / 1024 }')"
    printf '  KeePassXC AES-KDF %s rounds (-t 100): %s ms, %s rounds (-t 1000): %s ms, peak %s MiB\n' \
        "$rounds_lo" "$kp_lo_ms" "$rounds_hi" "$kp_hi_ms" "$(awk -v k="$kp_base_rss" 'BEGIN { printf "%.1f", k / 1024 }')"
    echo
    printf '%-8s %-38s %12s %12s %8s\n' size figure Twofold KeePassXC ratio
} > "$summary"

for size in $sizes; do
    log "$size entries: generating the data, the Twofold vault and the KeePassXC database"
    xml=$out/data-$size.xml
    vault=$out/twofold-$size.twofold
    kdbx=$out/keepassxc-$size.kdbx
    "$bench" export-xml "$size" "$xml"
    rm -f "$vault" "$vault.bak"
    printf '%s\n' "$password" | "$bench" make-vault "$size" "$vault" \
        --kdf-memory "$kdf_memory" --kdf-iterations "$kdf_iterations"
    kdbx_import "$xml" "$kdbx" 100
    rounds=$(kdbx_rounds "$kdbx")

    log "$size entries: measuring"
    for ((r = 0; r < runs; ++r)); do
        for term in "${terms[@]}"; do
            measure twofold "$size" "$term" "$cli" --vault "$vault" --password-stdin search "$term"
            measure keepassxc "$size" "$term" keepassxc-cli search -q "$kdbx" "$term"
        done
    done
    tf_ms=$(median twofold "$size" 4)
    kp_ms=$(median keepassxc "$size" 4)
    tf_rss=$(median twofold "$size" 5)
    kp_rss=$(median keepassxc "$size" 5)
    awk -v size="$size" -v tf="$tf_ms" -v kp="$kp_ms" -v tfb="$tf_base_ms" -v kplo="$kp_lo_ms" \
        -v ra="$rounds_lo" -v r="$rounds" -v pr="$per_round" -v tfr="$tf_rss" -v kpr="$kp_rss" \
        -v tfs="$(stat -c %s "$vault")" -v kps="$(stat -c %s "$kdbx")" 'BEGIN {
        label = (size % 1000 == 0) ? (size / 1000) "k" : size
        tfn = tf - tfb; kpn = kp - (kplo + (r - ra) * pr)
        printf "%-8s %-38s %9.0f ms %9.0f ms %7.1fx\n", label, "open + search, beyond the KDF", tfn, kpn, (tfn > 0) ? kpn / tfn : 0
        printf "%-8s %-38s %9.0f ms %9.0f ms %7.1fx\n", label, "  (whole process, KDF included)", tf, kp, kp / tf
        printf "%-8s %-38s %8.1f MiB %8.1f MiB %7.1fx\n", label, "peak memory (CLI process max RSS)", tfr / 1024, kpr / 1024, kpr / tfr
        printf "%-8s %-38s %8.1f MiB %8.1f MiB %7.1fx\n", label, "file size", tfs / 1048576, kps / 1048576, kps / tfs
    }' >> "$summary"
done

log "running twofold-bench for its in-process figures"
bench_sizes=$(echo "$sizes" | tr ' ' ',')
"$bench" --sizes "$bench_sizes" --kdf-memory "$kdf_memory" --kdf-iterations "$kdf_iterations" \
    --json "$out/bench.json" > "$out/bench.txt"

echo
cat "$summary"
echo
echo "twofold-bench, in-process figures:"
cat "$out/bench.txt"
echo
echo "Raw runs: $runs_file; twofold-bench JSON: $out/bench.json"
