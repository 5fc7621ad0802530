#!/usr/bin/env bash
# signin_cost.sh: what two-factor sign-in adds to `twofold-cli ls` (issue 11: one Argon2id per
# sign-in). Two empty vaults with the same KDF, the authenticator turned on in one; `ls` on each,
# the median of RUNS fresh processes, and the ratio (the goal: <= 1.3 with a 0.3 s KDF).
#
#   tests/bench/signin_cost.sh [--kdf-memory MIB] [--kdf-iterations N] [--runs N] BUILD_DIR
#
# BUILD_DIR: a built tree (app/cli/twofold-cli in it). Defaults: 128 MiB x 2 (about 0.3 s
# here; the KDF alone is printed), 5 runs (at most 9: each 2FA run uses a recovery code).
# The 2FA runs sign in with a recovery code (a keyed BLAKE2b check, no KDF), so they measure
# the sign-in path, not the clock.
set -euo pipefail

memory=128 iterations=2 runs=5
while [[ $# -gt 1 ]]; do
    case "$1" in
        --kdf-memory) memory="$2"; shift 2 ;;
        --kdf-iterations) iterations="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        *) break ;;
    esac
done
[[ $# -eq 1 ]] || { sed -n '5,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 1; }
cli="$(cd "$1" && pwd)/app/cli/twofold-cli"
[[ -x "$cli" ]] || { echo "signin_cost.sh: no $cli" >&2; exit 1; }
(( runs >= 1 && runs <= 9 )) || { echo "signin_cost.sh: --runs takes 1 to 9" >&2; exit 1; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HOME="$dir" XDG_DATA_HOME="$dir/data" LC_ALL=C.UTF-8 TWOFOLD_POLICY_FILE="$dir/no-policy.json"
unset TWOFOLD_VAULT
password="correct horse battery staple"

for v in plain guarded; do
    printf '%s\n' "$password" | "$cli" --vault "$dir/$v.twofold" --password-stdin init \
        --kdf-memory "$memory" --kdf-iterations "$iterations" >/dev/null 2>&1
done

# Turn the authenticator on as a script does: read the URI, answer with its current code.
mkfifo "$dir/in" "$dir/out"
"$cli" --vault "$dir/guarded.twofold" --password-stdin 2fa enable authenticator <"$dir/in" >"$dir/out" 2>/dev/null &
enable_pid=$!
exec 3>"$dir/in" 4<"$dir/out"
printf '%s\n' "$password" >&3
read -r uri <&4
read -r _key <&4
"$cli" otp code "$uri" >&3
exec 3>&-
mapfile -t codes <&4
exec 4<&-
wait "$enable_pid"
(( ${#codes[@]} == 10 )) || { echo "signin_cost.sh: turning the authenticator on failed" >&2; exit 1; }

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ls() { # vault, code-or-empty
    local start end
    start=$(now_ns)
    if [[ -z "$2" ]]; then
        printf '%s\n' "$password" | "$cli" --vault "$1" --password-stdin ls >/dev/null
    else
        printf '%s\n%s\n' "$password" "$2" | "$cli" --vault "$1" --password-stdin ls --recovery-code >/dev/null 2>&1
    fi
    end=$(now_ns)
    echo $(( (end - start) / 1000000 ))
}

plain=$(for ((i = 0; i < runs; ++i)); do time_ls "$dir/plain.twofold" ""; done | median)
guarded=$(for ((i = 0; i < runs; ++i)); do time_ls "$dir/guarded.twofold" "${codes[$i]}"; done | median)
start=$(now_ns)
printf 'x\n' | "$cli" --vault "$dir/plain.twofold" --password-stdin ls >/dev/null 2>&1 || true
wrong=$(( ($(now_ns) - start) / 1000000 ))

echo "KDF: Argon2id ${memory} MiB x ${iterations} (a wrong password, one KDF + start-up: ${wrong} ms)"
echo "ls without 2FA: ${plain} ms (median of ${runs})"
echo "ls with 2FA:    ${guarded} ms (median of ${runs}, authenticator on, recovery code)"
awk -v a="$guarded" -v b="$plain" 'BEGIN { printf "ratio 2FA / no 2FA: %.2f (goal <= 1.30)\n", a / b }'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
