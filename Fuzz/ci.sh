#!/usr/bin/env bash
# CI's fuzzing: every target for FUZZ_SECONDS (default 60) on the committed corpus, under
# AddressSanitizer and LeakSanitizer. Inputs found go to a temporary folder that is removed, so
# the clone is left as it was; a crash, leak, timeout or out-of-memory input fails the run
# (status 1) and stays in Fuzz/Artifacts/<target>/ with the command that reproduces it.
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d "${TMPDIR:-/tmp}/caseql-fuzz-XXXXXX")"
trap 'rm -rf "$work"' EXIT
started=$SECONDS
status=0
# A fixed seed and number of runs (each target stops at whichever of runs or seconds comes first):
# CI's verdict must not depend on luck; long exploratory runs use run.sh without them.
FUZZ_SEED="${FUZZ_SEED:-1}" FUZZ_RUNS="${FUZZ_RUNS:-30000}" FUZZ_WORK="$work" ./run.sh "${FUZZ_SECONDS:-60}" || status=$?
echo "== fuzzing took $((SECONDS - started)) s (build included), status $status"
exit $status
