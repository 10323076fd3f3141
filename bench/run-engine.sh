#!/usr/bin/env bash
# The engine benchmark: this engine against WorkflowCore 3.22.0 and against the floor (a plain queue of step
# delegates). Builds Release once, then runs every (scenario, size, engine) in a process of its own, the engines
# interleaved (ours, workflowcore, floor, ours, ...), REPS times; prints the medians and the ratios.
# It is never part of the test suite. Results go to bench/results/ (git-ignored).
#
#   bench/run-engine.sh                 # the full run, about 5 minutes on 2 cores
#   REPS=1 SEQ_SIZES="2000" bench/run-engine.sh   # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

REPS=${REPS:-3}
SEQ_SIZES=${SEQ_SIZES:-"2000 10000 100000"}
OTHER_SIZE=${OTHER_SIZE:-2000}
# WorkflowCore's in-memory persistence looks instances up by scanning a list, so its time per instance grows
# with the instances it holds; at 100,000 one run would take far longer than the rest together.
WC_MAX=${WC_MAX:-10000}
ENGINES=(ours workflowcore floor)

project=bench/Engine.Bench/CaseSystem.Engine.Bench.csproj
dll=bench/Engine.Bench/bin/Release/net10.0/CaseSystem.Engine.Bench.dll
results_dir=bench/results
mkdir -p "$results_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$results_dir/engine-$stamp.jsonl"
summary="$results_dir/engine-$stamp.md"

build_release "$project"

cases=()
for size in $SEQ_SIZES; do
  cases+=("seq10 $size")
done
for scenario in decision-loop fork-join event-resume; do
  cases+=("$scenario $OTHER_SIZE")
done

smallest=$(tr ' ' '\n' <<<"$SEQ_SIZES" | sort -n | head -1)
largest=$(tr ' ' '\n' <<<"$SEQ_SIZES" | sort -n | tail -1)

measure() {
  local line
  echo "  $*" >&2
  if line=$(timeout 900 dotnet "$dll" "$@"); then
    echo "$line" >>"$results"
  else
    echo "  failed: $*" >&2
  fi
}

started=$SECONDS
for rep in $(seq 1 "$REPS"); do
  echo "repetition $rep of $REPS" >&2
  for case in "${cases[@]}"; do
    read -r scenario size <<<"$case"
    for engine in "${ENGINES[@]}"; do
      if [[ $engine == workflowcore && $size -gt $WC_MAX ]]; then
        continue
      fi
      measure "$scenario" "$size" "$engine"
    done
  done

  # Not a target: the same engine with finished instances dropped, to show what keeping them costs.
  for size in $(printf '%s\n' "$smallest" "$largest" | sort -un); do
    measure seq10 "$size" ours --drop
  done
done

{
  echo "Engine benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) processors, $REPS repetitions," \
    "$((SECONDS - started)) s."
  echo "WorkflowCore is not run above $WC_MAX instances."
  echo
  dotnet "$dll" summarize "$results" "$WC_MAX"
} | tee "$summary"
echo "results: $results" >&2
