#!/usr/bin/env bash
# Signal submissions per second through the HTTP API (Open311 POST requests.json: the case, its index and the
# workflow's first run to the review task) against the bare /health endpoint of the same host, in alternating
# phases of one process. Starts its own PostgreSQL (durability at its defaults) and the host in Release on it with
# Hangfire on PostgreSQL, as production runs; stops both at the end. Never part of the test suite.
# Results go to bench/results/ (git-ignored).
#
#   bench/run-signals.sh                          # 7 rounds of 10 s a phase, 8 clients
#   ROUNDS=3 SECONDS_PER_PHASE=5 bench/run-signals.sh   # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=${ROUNDS:-7}
SECONDS_PER_PHASE=${SECONDS_PER_PHASE:-10}
CONCURRENCY=${CONCURRENCY:-8}
WARMUP=${WARMUP:-20}

results_dir=bench/results
mkdir -p "$results_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$results_dir/signals-$stamp.md"
commit=$(git rev-parse --short HEAD)

build_release Engine.Host/Engine.Host.csproj bench/Signals.Bench/CaseSystem.Signals.Bench.csproj

work=$(mktemp -d /tmp/signals-bench.XXXXXX)
# The postgres user runs the cluster inside it.
chmod 755 "$work"
host_pid=""
cleanup() {
  [[ -n $host_pid ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null
  scripts/postgres stop "$work/postgres" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

pg_port=$(free_port)
server=$(POSTGRES_OPTIONS="-c fsync=on" scripts/postgres start "$work/postgres" "$pg_port" | tail -1)
psql "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" -qAt -c "CREATE DATABASE bench_signals"

http_port=$(free_port)
Database__Provider=Postgres \
ConnectionStrings__Workflows="$server;Database=bench_signals" \
Api__Key=bench-admin-key \
Open311__Clients__0__Name=bench \
Open311__Clients__0__Key=bench-open311-key \
Mail__PickupFolder="$work/mail" \
Logging__LogLevel__Default=Warning \
  dotnet Engine.Host/bin/Release/net10.0/CaseSystem.Host.dll --contentRoot "$PWD/Engine.Host" --data "$work/data" \
  --urls "http://127.0.0.1:$http_port" >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$http_port/health" >/dev/null 2>&1; then
    break
  fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$http_port/health" >/dev/null || { cat "$work/host.log" >&2; exit 1; }

{
  echo "Signal submissions, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) processors," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), host and PostgreSQL on this machine."
  echo
  dotnet bench/Signals.Bench/bin/Release/net10.0/CaseSystem.Signals.Bench.dll "http://127.0.0.1:$http_port" \
    bench-open311-key "$ROUNDS" "$SECONDS_PER_PHASE" "$CONCURRENCY" "$WARMUP"
  echo
  echo "Load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$report"
echo "report: $report" >&2
