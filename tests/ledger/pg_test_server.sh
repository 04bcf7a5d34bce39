#!/usr/bin/env bash
# A throw-away PostgreSQL server for the ledger tests and benchmark: a fresh cluster in a
# temporary directory, listening on 127.0.0.1 only, on a free port, with trust authentication
# (local test use only: never point it at a network).
#
#   bash tests/ledger/pg_test_server.sh start STATE_DIR [MODULE_DIR]
#                                                          start it; writes STATE_DIR/url
#   bash tests/ledger/pg_test_server.sh stop STATE_DIR    stop it and remove the cluster
#   bash tests/ledger/pg_test_server.sh start-replica STATE_DIR PRIMARY_STATE_DIR
#                                                          a streaming replica of the server that
#                                                          PRIMARY_STATE_DIR describes, on a port of
#                                                          its own (pg_basebackup -R); stop it as any
#
# MODULE_DIR holds the sanitize_pg extension module built by CMake (libsanitize/pg), which the
# shared ledger's append function calls: the server loads a copy of it kept beside the cluster
# before its own library directory, so that nothing is installed on the machine.
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

[[ $# -eq 2 || $# -eq 3 ]] || die "usage: pg_test_server.sh start|stop STATE_DIR [MODULE_DIR], or start-replica STATE_DIR PRIMARY_STATE_DIR"
action=$1
state_dir=$2
module_dir=""
primary_state=""
if [[ $action == start-replica ]]; then
  primary_state=${3:?pg_test_server.sh: start-replica needs the STATE_DIR of the primary}
else
  module_dir=${3:-}
fi

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
  # The cluster is in $data/cluster: stopped there, before its directory is removed (a server
  # whose directory is gone only notices within a minute).
  if [[ -f $data/cluster/postmaster.pid ]]; then
    as_owner "$bindir/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null 2>&1 || true
  fi
  case $data in
    /tmp/sanitize-pg-*) rm -rf -- "$data" ;;
  esac
  rm -f -- "$state_dir/datadir" "$state_dir/url" "$state_dir/module_dir"
}

# A fresh directory for a cluster, owned by the postgres user when we are root.
new_data_dir() {
  local data
  data=$(mktemp -d /tmp/sanitize-pg-XXXXXX)
  printf '%s\n' "$data" >"$state_dir/datadir"
  if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || die "no 'postgres' system user: install the postgresql package"
    chown postgres: "$data"
  fi
  printf '%s\n' "$data"
}

start_server() {
  local data
  data=$(new_data_dir)
  as_owner "$bindir/initdb" -D "$data/cluster" -U postgres --auth=trust --encoding=UTF8 --locale=C \
    --no-sync >"$data/initdb.log" 2>&1 || die "initdb failed: $(tail -5 "$data/initdb.log")"
  launch "$data"
}

# A replica: a base backup of the running primary that streams its WAL from then on.
start_replica() {
  local data primary_url primary_port
  primary_url=$(cat "$primary_state/url") || die "no primary running in $primary_state"
  primary_port=${primary_url##*:}
  primary_port=${primary_port%%/*}
  data=$(new_data_dir)
  module_dir=$(cat "$primary_state/module_dir" 2>/dev/null || true)
  as_owner "$bindir/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$data/cluster" -R -X stream \
    --no-sync >"$data/basebackup.log" 2>&1 || die "pg_basebackup failed: $(tail -5 "$data/basebackup.log")"
  launch "$data"
}

# Starts the cluster in $1 on a free loopback port and writes its URL.
launch() {
  local data=$1 port attempt module_option=""
  if [[ -n $module_dir ]]; then
    [[ -f $module_dir/sanitize_pg.so ]] || die "no sanitize_pg.so in $module_dir: build the sanitize_pg target"
    # A copy beside the cluster, which the postgres user can read wherever the build tree is.
    mkdir -p "$data/lib"
    cp -- "$module_dir/sanitize_pg.so" "$data/lib/"
    ((EUID == 0)) && chown -R postgres: "$data/lib"
    # pg_ctl starts the server through a shell: the quotes keep $libdir for PostgreSQL.
    module_option="-c dynamic_library_path='$data/lib:\$libdir'"
    printf '%s\n' "$module_dir" >"$state_dir/module_dir"
  fi
  for attempt in $(seq 1 30); do
    port=$((20000 + RANDOM % 30000))
    port_in_use "$port" && continue
    if as_owner "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$data -c max_connections=100 $module_option" \
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
  start-replica)
    stop_server
    start_replica
    ;;
  stop) stop_server ;;
  *) die "unknown action '$action' (start, start-replica or stop)" ;;
esac
