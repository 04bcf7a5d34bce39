#!/usr/bin/env bash
# A throw-away PostgreSQL server for the ledger tests and benchmark: a fresh cluster in a
# temporary directory, listening on 127.0.0.1 only, on a free port, with trust authentication
# (local test use only: never point it at a network).
#
#   bash tests/ledger/pg_test_server.sh start STATE_DIR   start it; writes STATE_DIR/url
#   bash tests/ledger/pg_test_server.sh stop STATE_DIR    stop it and remove the cluster
#
# As root the cluster belongs to the `postgres` system user (installed with the `postgresql`
# package): the server refuses to run as root. Without PostgreSQL installed, `start` prints
# "skipped: ..." and exits 0 without writing STATE_DIR/url, and the tests skip their
# PostgreSQL variants. `start` prints `export SANITIZE_TEST_POSTGRES_URL=...`.
set -euo pipefail

die() {
  echo "pg_test_server.sh: error: $*" >&2
  exit 1
}

[[ $# -eq 2 ]] || die "usage: pg_test_server.sh start|stop STATE_DIR"
action=$1
state_dir=$2

find_bindir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then
      printf '%s\n' "$dir"
      return 0
    fi
  done
  return 1
}

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_server() {
  local data
  [[ -f $state_dir/datadir ]] || return 0
  data=$(cat "$state_dir/datadir")
  if [[ -f $data/postmaster.pid ]]; then
    as_owner "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  case $data in
    /tmp/sanitize-pg-*) rm -rf -- "$data" ;;
  esac
  rm -f -- "$state_dir/datadir" "$state_dir/url"
}

start_server() {
  local data port attempt
  data=$(mktemp -d /tmp/sanitize-pg-XXXXXX)
  printf '%s\n' "$data" >"$state_dir/datadir"
  if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || die "no 'postgres' system user: install the postgresql package"
    chown postgres: "$data"
  fi
  as_owner "$bindir/initdb" -D "$data/cluster" -U postgres --auth=trust --encoding=UTF8 --locale=C \
    --no-sync >"$data/initdb.log" 2>&1 || die "initdb failed: $(tail -5 "$data/initdb.log")"
  for attempt in $(seq 1 30); do
    port=$((20000 + RANDOM % 30000))
    port_in_use "$port" && continue
    if as_owner "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$data -c max_connections=100" \
      start >/dev/null 2>&1; then
      printf 'postgresql://postgres@127.0.0.1:%s/postgres\n' "$port" >"$state_dir/url"
      echo "export SANITIZE_TEST_POSTGRES_URL=$(cat "$state_dir/url")"
      return 0
    fi
  done
  die "no free port found after $attempt tries: $(tail -5 "$data/server.log" 2>/dev/null)"
}

mkdir -p -- "$state_dir"
state_dir=$(cd -- "$state_dir" && pwd)
if ! bindir=$(find_bindir); then
  rm -f -- "$state_dir/url"
  echo "skipped: PostgreSQL is not installed (apt-get install postgresql)"
  exit 0
fi

case $action in
  start)
    stop_server  # a server left over from an interrupted run
    start_server
    ;;
  stop) stop_server ;;
  *) die "unknown action '$action' (start or stop)" ;;
esac
