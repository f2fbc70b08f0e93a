#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite and the benchmark: `start DIR` creates it in
# DIR on a free port and prints its URL; `stop DIR` stops it. `standby DIR PRIMARY_DIR` makes DIR a
# streaming read replica of the cluster in PRIMARY_DIR (pg_basebackup) and prints its URL. It listens on loopback only and asks
# TCP clients for the password (postgres/postgres), so that a wrong password can be tested.
# PostgreSQL refuses to run as root, so as root it runs as `postgres`.
set -euo pipefail
usage="usage: postgres-cluster.sh start|stop DIR | standby DIR PRIMARY_DIR"
command="${1:?$usage}"
dir="${2:?$usage}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

prepare() {
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
}
serve() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" -w start >/dev/null
  echo "postgres://postgres:postgres@127.0.0.1:$port/postgres"
}

case "$command" in
  start)
    prepare
    echo postgres >"$dir/password"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/password"
    as_owner "$bin/initdb" -D "$dir/data" --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/password" -U postgres --locale=C.UTF-8 -E UTF8 >/dev/null
    serve
    ;;
  standby)
    primary="${3:?$usage}"
    prepare
    # A copy of the primary that keeps replaying its WAL (-R writes the connection to follow), over
    # the primary's Unix socket in PRIMARY_DIR, after an immediate checkpoint (the default spreads it over
    # minutes); it answers reads only.
    as_owner "$bin/pg_basebackup" -h "$primary" -p "$(head -4 "$primary/data/postmaster.pid" | tail -1)" -U postgres -D "$dir/data" -R -X stream -c fast >/dev/null
    serve
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "$usage" >&2
    exit 2
    ;;
esac
