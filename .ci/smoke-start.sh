#!/usr/bin/env bash
# Runs `npm start` as a newcomer would, on a fresh PAR_DATA_DIR: health, docs, docs JSON and the SPA must
# answer; Ctrl-C (SIGINT to the process group) must leave no PostgreSQL behind.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/par-smoke-XXXXXX)
chmod 755 "$data"
port=${SMOKE_PORT:-3917}
log="$data/start.log"
export PAR_DATA_DIR="$data/data" PORT="$port" PAR_ADMIN_PASSWORD='khoi-dong-thu-1'

setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -INT -- "-$pid" 2>/dev/null || true; }
trap cleanup EXIT

ok=""
for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; then ok=1; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 1
done
if [ -z "$ok" ]; then echo "API did not become healthy:"; cat "$log"; exit 1; fi

check() { # path, expected text
  local body
  body=$(curl -fsS "http://127.0.0.1:$port$1") || { echo "GET $1 failed"; exit 1; }
  grep -q -- "$2" <<<"$body" || { echo "GET $1 lacks '$2'"; exit 1; }
  echo "ok: GET $1"
}
check /api/v1/health '"db":"up"'
check /api/docs-json '"openapi"'
check /api/docs 'swagger-ui'
check / '<div id="root">'
check /periods/1/deep/link '<div id="root">'

pg_pid=$(grep -oE 'embedded PostgreSQL: .* \(pid [0-9]+\)' "$log" | grep -oE '[0-9]+\)$' | tr -d ')')
trap - EXIT
kill -INT -- "-$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$pid" 2>/dev/null; then echo "npm start did not stop on SIGINT"; exit 1; fi
if [ -n "$pg_pid" ] && kill -0 "$pg_pid" 2>/dev/null; then echo "PostgreSQL (pid $pg_pid) left running"; exit 1; fi
echo "ok: Ctrl-C stopped the API and its PostgreSQL (pid $pg_pid)"
rm -rf "$data"
