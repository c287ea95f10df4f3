#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the integration suite and prints its
# admin URL. Usage: .ci/postgres.sh start <dir> <port> | stop <dir>
# Runs the server as the 'postgres' system user (PostgreSQL refuses root).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data directory}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
  start)
    port=${3:-55432}
    mkdir -p "$dir"; [[ $(id -u) == 0 ]] && chown postgres "$dir"
    if [[ ! -f $dir/PG_VERSION ]]; then
      as_pg "$bin/initdb" -D "$dir" -U postgres -A trust --no-sync >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on" start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null || true
    ;;
esac
