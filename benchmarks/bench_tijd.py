"""Benchmark of the tense rule: load time and time per story (not a test).

    python benchmarks/bench_tijd.py [MAP]   (default: ../shared/eval/verhalen)

Load time is measured in a fresh interpreter (cold caches of this process). Check time is
scaled to a 250-word story, the median over several rounds, in three situations, because
both models cache the weights of every feature string they have seen:

- ``warm``: all stories again and again (a long batch of similar stories);
- ``batch``: one pass over all stories, starting with empty caches (a batch of new stories);
- ``koud``: caches emptied before every story (the worst case: one new story, e.g. in an
  editor; a single CLI run also pays the imports and loading).

The lexicons' own per-word caches stay warm in all three (they hold a few thousand words).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Modules are imported first (import cost is the package's, shared by all rules); the
# figure is the time to read this rule's data.
LAAD = """
import time
from verhaal.checker import tijd
t = time.perf_counter()
tijd.laad()
print(time.perf_counter() - t)
"""


def main() -> None:
    map_ = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parents[2] / "shared/eval/verhalen"
    )
    laadtijden = [
        float(
            subprocess.run(
                [sys.executable, "-c", LAAD], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    from verhaal.checker import lees_document, tijd
    from verhaal.checker.rules.tegenwoordige_tijd import REGEL
    from verhaal.checker.tijd.model import laad_model
    from verhaal.checker.tijd.tagger import laad_tagger

    tijd.laad()
    docs = [
        lees_document(p.read_text(encoding="utf-8"), "txt" if p.suffix == ".txt" else "md")
        for p in sorted(map_.iterdir())
        if p.suffix in (".md", ".txt")
    ]
    woorden = sum(len(d.tokens) for d in docs)
    opties = REGEL.standaard_opties()

    def leeg() -> None:
        laad_tagger().leeg()
        laad_model().leeg()

    def ronde(voor_elk: Callable[[], None] | None) -> float:
        t = time.perf_counter()
        for d in docs:
            if voor_elk is not None:
                voor_elk()
            list(REGEL.check(d, opties))
        return time.perf_counter() - t

    def batch() -> float:
        leeg()
        return ronde(None)

    ronde(None)
    uitslagen = {
        "warm": statistics.median(ronde(None) for _ in range(7)),
        "batch": statistics.median(batch() for _ in range(7)),
        "koud": statistics.median(ronde(leeg) for _ in range(7)),
    }
    print(f"laden (mediaan van 5, nieuw proces): {statistics.median(laadtijden) * 1000:.1f} ms")
    print(f"{len(docs)} verhalen, {woorden} woorden")
    for naam, duur in uitslagen.items():
        per_woord = duur / woorden
        print(
            f"controle {naam:5}: {per_woord * 250 * 1000:.2f} ms per verhaal van 250 woorden "
            f"({1 / per_woord:,.0f} woorden/s)"
        )


if __name__ == "__main__":
    main()
