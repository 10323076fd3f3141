#!/usr/bin/env bash
# The durable runtime on PostgreSQL against the floor of a durable run: a bare Npgsql transaction that upserts a
# 2 KB JSON document and inserts one journal row. Starts its own PostgreSQL 15 with default durability (fsync and
# synchronous commit on) on a free port, builds Release once, then runs every measurement in a process of its own,
# ours and the baseline interleaved, REPS times; prints the medians and the ratios. Never part of the test suite.
# Results go to bench/results/ (git-ignored).
#
#   bench/run-runtime.sh                      # the full run, about 11 minutes on 2 cores
#   REPS=1 WARMUP=500 FILL_ROWS=100000 RESUME_SIZE=2000 bench/run-runtime.sh   # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

REPS=${REPS:-3}
WORKERS=${WORKERS:-8}
START_SIZE=${START_SIZE:-3000}
RESUME_SIZE=${RESUME_SIZE:-10000}
BASELINE_SIZE=${BASELINE_SIZE:-4000}
# Units each process runs before the clock starts; ours needs thousands before the JIT has settled.
WARMUP=${WARMUP:-4000}
FILL_ROWS=${FILL_ROWS:-1000000}
# Ten journal rows per finished instance, as the ten-step run writes; 0 leaves the journal table empty.
FILL_JOURNAL=${FILL_JOURNAL:-1}

project=bench/Runtime.Bench/CaseSystem.Runtime.Bench.csproj
dll=bench/Runtime.Bench/bin/Release/net10.0/CaseSystem.Runtime.Bench.dll
results_dir=bench/results
mkdir -p "$results_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$results_dir/runtime-$stamp.jsonl"
summary="$results_dir/runtime-$stamp.md"
started=$SECONDS
commit=$(git rev-parse --short HEAD)

build_release "$project"

port=$(free_port)

# Durability stays at PostgreSQL's defaults; only the statement counter is loaded. Stopped whatever happens.
cluster=$(mktemp -d /tmp/runtime-bench-pg.XXXXXX)
trap 'scripts/postgres stop "$cluster"; rm -rf "$cluster"' EXIT
server=$(POSTGRES_OPTIONS="-c shared_preload_libraries=pg_stat_statements" scripts/postgres start "$cluster" "$port" \
  | tail -1)
psql "host=127.0.0.1 port=$port user=postgres dbname=postgres" -qAt \
  -c "CREATE DATABASE bench_empty" -c "CREATE DATABASE bench_full" \
  -c "SELECT 'fsync=' || current_setting('fsync') || ' synchronous_commit=' || current_setting('synchronous_commit')
        || ' full_page_writes=' || current_setting('full_page_writes')" >&2
empty="$server;Database=bench_empty"
full="$server;Database=bench_full"

echo "preparing; $FILL_ROWS finished instances into bench_full" >&2
dotnet "$dll" prepare "$empty"
dotnet "$dll" prepare "$full"
journal_flag=()
[[ $FILL_JOURNAL == 1 ]] && journal_flag=(--journal)
fill_started=$SECONDS
dotnet "$dll" fill "$full" "$FILL_ROWS" "${journal_flag[@]}"
fill_seconds=$((SECONDS - fill_started))

measure() {
  local line
  echo "  $1 $3 $5" >&2
  if line=$(timeout 900 dotnet "$dll" "$@" "$WARMUP"); then
    echo "$line" >>"$results"
  else
    echo "  failed: $1 $3 $5" >&2
    if [[ -n $line ]]; then
      echo "$line" >>"$results"
    fi
  fi
}

for rep in $(seq 1 "$REPS"); do
  echo "repetition $rep of $REPS" >&2
  measure baseline "$empty" "$BASELINE_SIZE" "$WORKERS" empty
  measure baseline-default "$empty" "$BASELINE_SIZE" "$WORKERS" empty
  measure start "$empty" "$START_SIZE" "$WORKERS" empty
  measure start "$full" "$START_SIZE" "$WORKERS" full
  measure resume "$empty" "$RESUME_SIZE" "$WORKERS" empty
done

{
  echo "Runtime benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit," \
    "$(nproc) processors, $REPS repetitions, $WORKERS loops each, $((SECONDS - started)) s" \
    "(filling $FILL_ROWS finished instances: $fill_seconds s)."
  echo
  dotnet "$dll" summarize "$results"
} | tee "$summary"
echo "results: $results" >&2
