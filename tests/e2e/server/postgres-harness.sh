#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for tests: initdb into a fresh temporary folder, postgres on a unix
# socket in that folder and on a loopback port, trust authentication for the user "twofold".
# Used by the C++ tests (PostgresHarness.h) and from the shell:
#
#   postgres-harness.sh start            start one; prints PGHARNESS_DIR=…, PGHARNESS_PORT=…,
#                                        PGHARNESS_URL=postgresql://twofold@127.0.0.1:PORT/twofold
#   postgres-harness.sh createdb DIR NAME   another empty database in the running one
#   postgres-harness.sh stop DIR         stop it and remove DIR
#   postgres-harness.sh run CMD [ARGS…]  start, run CMD with PGHARNESS_* exported, stop (always)
#
# PostgreSQL refuses to run as root, and CI runs as root from a 0700 clone: then the server
# runs as "nobody" (or a system user twofold-pg made with useradd when nobody is missing), in a
# folder under /tmp that user owns. Binaries: TWOFOLD_PG_BIN, else /usr/lib/postgresql/15/bin
# (Debian), else pg_config --bindir. Every wait polls pg_isready against a deadline.
set -euo pipefail

readonly kUser=twofold
readonly kStartSeconds=${TWOFOLD_PG_START_SECONDS:-60}

die() {
    printf 'postgres-harness: %s\n' "$*" >&2
    exit 1
}

pg_bin() {
    local dir=${TWOFOLD_PG_BIN:-/usr/lib/postgresql/15/bin}
    if [[ ! -x "$dir/initdb" ]] && command -v pg_config >/dev/null; then
        dir=$(pg_config --bindir)
    fi
    [[ -x "$dir/initdb" ]] || die "no PostgreSQL found (install Debian's postgresql package, or set TWOFOLD_PG_BIN)"
    printf '%s' "$dir"
}

run_user() {
    if ((EUID != 0)); then
        id -un
    elif getent passwd nobody >/dev/null; then
        printf nobody
    else
        getent passwd twofold-pg >/dev/null ||
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin twofold-pg
        printf twofold-pg
    fi
}

# as_user CMD…: CMD as the user PostgreSQL runs as.
as_user() {
    if ((EUID == 0)); then
        runuser -u "$(run_user)" -- env LC_ALL=C.UTF-8 "$@"
    else
        env LC_ALL=C.UTF-8 "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_ready() { # DIR PORT: 0 once pg_isready answers, 1 if postgres died or the deadline passed
    local dir=$1 port=$2 bin deadline=$((SECONDS + kStartSeconds))
    bin=$(pg_bin)
    while ((SECONDS < deadline)); do
        if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$kUser" -d postgres -t 2; then
            return 0
        fi
        as_user "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 || return 1
        sleep 0.1 # poll interval, not a wait for something to happen
    done
    return 1
}

start() {
    local bin dir port attempt
    bin=$(pg_bin)
    dir=$(mktemp -d "${TWOFOLD_PG_TMP:-/tmp}/twofold-pg.XXXXXX")
    if ((EUID == 0)); then
        chown "$(run_user)": "$dir"
    fi
    chmod 0700 "$dir"
    as_user "$bin/initdb" -D "$dir/data" -U "$kUser" --auth=trust -E UTF8 --locale=C --no-sync \
        --no-instructions >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        die "initdb failed"
    }
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -s \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1 || true
        if wait_ready "$dir" "$port"; then
            "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$kUser" "$kUser"
            printf '%s\n' "$port" >"$dir/port"
            printf 'PGHARNESS_DIR=%s\nPGHARNESS_PORT=%s\nPGHARNESS_URL=postgresql://%s@127.0.0.1:%s/%s\n' \
                "$dir" "$port" "$kUser" "$port" "$kUser"
            return 0
        fi
        as_user "$bin/pg_ctl" -D "$dir/data" stop -m immediate -s >/dev/null 2>&1 || true
        printf 'postgres-harness: attempt %s on port %s failed\n' "$attempt" "$port" >&2
    done
    cat "$dir/postgres.log" >&2 || true
    rm -rf "$dir"
    die "postgres did not start"
}

port_of() { # DIR
    cat "$1/port"
}

stop() {
    local dir=$1 bin
    bin=$(pg_bin)
    [[ "$dir" == */twofold-pg.* && -d "$dir" ]] || die "$dir is not a harness folder"
    as_user "$bin/pg_ctl" -D "$dir/data" stop -m fast -w -t 30 -s >/dev/null 2>&1 ||
        as_user "$bin/pg_ctl" -D "$dir/data" stop -m immediate -w -t 30 -s >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
createdb)
    [[ $# -eq 3 ]] || die "usage: createdb DIR NAME"
    "$(pg_bin)/createdb" -h 127.0.0.1 -p "$(port_of "$2")" -U "$kUser" "$3"
    ;;
stop)
    [[ $# -eq 2 ]] || die "usage: stop DIR"
    stop "$2"
    ;;
run)
    shift
    [[ $# -gt 0 ]] || die "usage: run CMD [ARGS...]"
    eval "$(start | sed 's/^/export /')"
    trap 'stop "$PGHARNESS_DIR"' EXIT
    "$@"
    ;;
*) die "usage: postgres-harness.sh start | createdb DIR NAME | stop DIR | run CMD [ARGS...]" ;;
esac
