#!/usr/bin/env bash
# The clerks' inbox over a million human tasks: "my tasks", "my groups" and both through TaskService.ListAsync, one
# query at a time, against two baselines in the same process (a SELECT 1 round trip, one task read by primary key).
# Starts its own PostgreSQL on a free port, seeds it through the municipal migrations, builds Release once, measures.
# Never part of the test suite.
# Results go to bench/results/ (git-ignored).
#
#   bench/run-tasks.sh                                         # the full run
#   TASKS=100000 ROUNDS=300 WARMUP=50 bench/run-tasks.sh       # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

TASKS=${TASKS:-1000000}
USERS=${USERS:-10000}
DEPARTMENTS=${DEPARTMENTS:-50}
ROUNDS=${ROUNDS:-2000}
WARMUP=${WARMUP:-200}

project=bench/Tasks.Bench/CaseSystem.Tasks.Bench.csproj
dll=bench/Tasks.Bench/bin/Release/net10.0/CaseSystem.Tasks.Bench.dll
results_dir=bench/results
mkdir -p "$results_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$results_dir/tasks-$stamp.md"
samples="$results_dir/tasks-$stamp.csv"
started=$SECONDS
commit=$(git rev-parse --short HEAD)

build_release "$project"

port=$(free_port)

# PostgreSQL's defaults (shared_buffers 128 MB, durability on): the queries measured only read.
cluster=$(mktemp -d /tmp/tasks-bench-pg.XXXXXX)
trap 'scripts/postgres stop "$cluster"; rm -rf "$cluster"' EXIT
server=$(POSTGRES_OPTIONS="-c fsync=on" scripts/postgres start "$cluster" "$port" | tail -1)
psql "host=127.0.0.1 port=$port user=postgres dbname=postgres" -qAt -c "CREATE DATABASE bench_tasks"
version=$(psql "host=127.0.0.1 port=$port user=postgres dbname=postgres" -qAt -c "SHOW server_version")
database="$server;Database=bench_tasks"

{
  echo "Inbox benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) processors," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $version."
  echo
  echo "seeding $TASKS tasks" >&2
  dotnet "$dll" seed "$database" "$TASKS" "$USERS" "$DEPARTMENTS"
  echo "measuring" >&2
  dotnet "$dll" measure "$database" "$TASKS" "$USERS" "$DEPARTMENTS" "$ROUNDS" "$WARMUP" "$samples"
  echo "Whole run: $((SECONDS - started)) s; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$report"
echo "report: $report; samples: $samples" >&2
