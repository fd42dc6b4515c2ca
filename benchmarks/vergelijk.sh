#!/usr/bin/env bash
# Reproduce the speed figures of `verhaal controleer` (see benchmarks/README.md).
#
#   bash benchmarks/vergelijk.sh [N=5000]
#
# 1. The shared harness (../shared/bench/vergelijk.sh), twice: as given (the cache answers
#    the 2nd and 3rd of its runs) and cold with --geen-cache. N stories, words/s against the
#    bare regex scan and against proselint (installed on demand in a cache venv; GEEN_PEER=1
#    skips it), and one story as a whole process.
# 2. benchmarks/profiel.py: the breakdown (start-up, loading, per-file cost per rule, the
#    parallel threshold) and memory / scaling on 1,000 and 10,000 stories.
# Environment: VERHAAL (default: .venv/bin/verhaal of this checkout), BENCH_MAP (default:
# ../shared/bench next to the repository), PROFIEL_ARGS (extra arguments for profiel.py).
set -u
HIER=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HIER/.." && pwd)
BENCH=${BENCH_MAP:-$REPO/../shared/bench}
VERHAAL=${VERHAAL:-$REPO/.venv/bin/verhaal}
N=${1:-5000}

# An editable install with PYTHONDONTWRITEBYTECODE=1 recompiles every module at each start.
unset PYTHONDONTWRITEBYTECODE
"$VERHAAL" --help >/dev/null  # write the bytecode once

# A cache folder of our own, empty at the start: the harness's first run over the corpus is
# cold, its second and third are answered from the cache (it reports the best of three).
VERHAAL_CACHE_MAP=$(mktemp -d -t verhaal-bench-cache.XXXXXX)
export VERHAAL_CACHE_MAP
trap 'rm -rf "$VERHAAL_CACHE_MAP"' EXIT

echo "== gedeelde meetlat ($N verhalen), met cache (beste van drie: warm)"
bash "$BENCH/vergelijk.sh" "$VERHAAL controleer --formaat json" "$N" || exit 2

echo "== gedeelde meetlat ($N verhalen), koud: --geen-cache (elk verhaal gecontroleerd)"
bash "$BENCH/vergelijk.sh" "$VERHAAL controleer --formaat json --geen-cache" "$N" || exit 2

echo "== uitsplitsing"
# shellcheck disable=SC2086
BENCH_MAP=$BENCH "$(dirname "$VERHAAL")/python" "$HIER/profiel.py" --verhalen 1000 --alles \
    ${PROFIEL_ARGS:-}
