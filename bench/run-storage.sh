#!/usr/bin/env bash
# Whole-object S3 upload and download through S3ObjectStore against bare Minio SDK 7.0.0 calls, on one s3rver on
# 127.0.0.1 (scripts/s3rver, installed on first use), in one process, interleaved; stopped at the end whatever
# happens. Prints the medians and the ratios (ours / raw). Never part of the test suite. Results go to bench/results/
# (git-ignored). See bench/README-storage.md.
#
#   bench/run-storage.sh                          # the full run, about three minutes on 2 cores
#   REPS=1 SIZES=64,1024 bench/run-storage.sh     # a quick look
#   PUT_MODE=CheckFirst bench/run-storage.sh      # ours asks whether an object exists before each PUT
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

REPS=${REPS:-11}
# Object sizes in KiB: 64 KiB, 1 MiB, 16 MiB, 100 MiB.
SIZES=${SIZES:-64,1024,16384,102400}
# A sample moves at least this many MiB, so small objects are timed over many requests.
BATCH_MIB=${BATCH_MIB:-4}
# How ours puts: IfNoneMatch (one conditional PUT, as against MinIO) or CheckFirst (existence check, then PUT).
PUT_MODE=${PUT_MODE:-IfNoneMatch}

project=bench/Storage.Bench/CaseSystem.Storage.Bench.csproj
dll=bench/Storage.Bench/bin/Release/net10.0/CaseSystem.Storage.Bench.dll
results_dir=bench/results
mkdir -p "$results_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$results_dir/storage-$stamp.jsonl"
summary="$results_dir/storage-$stamp.md"
started=$SECONDS
commit=$(git rev-parse --short HEAD)

build_release "$project"

port=$(free_port)

server_dir=$(mktemp -d /tmp/storage-bench-s3.XXXXXX)
trap 'scripts/s3rver stop "$server_dir"; rm -rf "$server_dir"' EXIT
endpoint=$(scripts/s3rver start "$server_dir" "$port" | tail -1)
echo "s3rver $(node -p "require('./tools/s3rver/node_modules/s3rver/package.json').version") on $endpoint," \
  "node $(node --version)" >&2

table=$(dotnet "$dll" "$endpoint" "$results" "$REPS" "$SIZES" "$BATCH_MIB" "$PUT_MODE")
{
  echo "Storage benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) processors," \
    "$((SECONDS - started)) s with the build."
  echo
  echo "$table"
} | tee "$summary"
echo "results: $results" >&2
