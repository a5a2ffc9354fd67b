#!/usr/bin/env bash
# The multi-replica test: a throwaway PostgreSQL cluster, two server replicas and nginx (deploy/nginx.conf) on
# loopback, then the checks in test/replicas/replicas-test.ts. Installs nothing: it expects Debian's postgresql and
# nginx (npm run setup installs them) and root (PostgreSQL runs as the postgres user, nginx's master as root).
# Everything it starts is stopped and its temp directory removed on exit, also on failure or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "[replicas] needs root (runs PostgreSQL as the postgres user and nginx); try: sudo $0" >&2
  exit 2
fi

work="$(mktemp -d /tmp/wtsa-replicas.XXXXXX)"
chmod 755 "$work" # the postgres user and nginx's workers reach their directories inside

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # The test stops what it started; this is the backstop when it could not (killed, crashed).
  for pid_file in "$work"/nginx*/nginx.pid; do
    [ -f "$pid_file" ] && { kill -QUIT "$(cat "$pid_file")" 2>/dev/null || true; }
  done
  if [ -f "$work/pg/data/postmaster.pid" ]; then
    pg_ctl="$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)"
    runuser -u postgres -- "$pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -n "${test_pid:-}" ]; then
    pkill -KILL -P "$test_pid" 2>/dev/null || true # its replicas and nginx, by parent id
    kill -KILL "$test_pid" 2>/dev/null || true
  fi
  if [ "$status" != 0 ] && [ -d "$work" ]; then
    for log in "$work"/replica-*/*.log "$work"/nginx*/error.log "$work"/pg/postgres.log; do
      [ -s "$log" ] && { echo "== tail of $log"; tail -n 40 "$log"; }
    done
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

node --import tsx test/replicas/replicas-test.ts "$work" &
test_pid=$!
wait "$test_pid"
