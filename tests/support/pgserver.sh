#!/bin/sh
# A throwaway PostgreSQL server for the test suites (a ctest fixture runs it):
#
#   pgserver.sh start INFO_DIR   initdb in a new folder under /tmp, start on a Unix socket there and
#                                on a loopback port, and write INFO_DIR/url (the admin's URL),
#                                INFO_DIR/dir, INFO_DIR/port
#   pgserver.sh stop INFO_DIR    stop it and remove its folder
#
# initdb and postgres refuse to run as root (the build root runs as root): then the server runs as
# the unprivileged user papersift-test, made here when missing. No system service, no root login,
# nothing outside /tmp. Durability is off (fsync, synchronous_commit): a test server loses nothing
# worth keeping, and it starts in about a second.
set -eu
action=$1
info=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb)")
[ -x "$bin/initdb" ] || { echo "pgserver: PostgreSQL is not installed (Debian: postgresql-17)" >&2; exit 1; }

as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u papersift-test -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    if [ -f "$info/dir" ]; then
        dir=$(cat "$info/dir")
        if [ -d "$dir/data" ]; then
            as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        case $dir in /tmp/papersift-pg.*) rm -rf "$dir" ;; esac
    fi
    rm -rf "$info"
}

case $action in
start)
    stop_server # what a killed earlier run left
    mkdir -p "$info"
    if [ "$(id -u)" = 0 ] && ! id papersift-test >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin papersift-test
    fi
    dir=$(mktemp -d /tmp/papersift-pg.XXXXXX)
    chmod 755 "$dir"
    echo "$dir" >"$info/dir"
    [ "$(id -u)" = 0 ] && chown papersift-test "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U papersift -E UTF8 --locale=C.UTF-8 --auth-local=trust \
        --auth-host=scram-sha-256 --no-sync --no-instructions >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # A free loopback port: try a few from one chosen by the process id.
    port=$((20000 + $$ % 20000))
    for attempt in 1 2 3 4 5 6 7 8; do
        if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o \
            "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off \
             -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB \
             -c work_mem=32MB" start >/dev/null 2>&1; then
            echo "$port" >"$info/port"
            echo "postgresql://papersift@/postgres?host=$dir&port=$port" >"$info/url"
            exit 0
        fi
        port=$((port + 7))
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
stop)
    stop_server
    ;;
*)
    echo "usage: pgserver.sh start|stop INFO_DIR" >&2
    exit 2
    ;;
esac
