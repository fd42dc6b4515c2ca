"""Benchmark of the tense rule: load time and time per story (not a test).

    python benchmarks/bench_tijd.py [MAP]   (default: ../shared/eval/verhalen)

Load time is measured in a fresh interpreter (cold caches of this process); check time
is the median over several rounds of all stories, scaled to a 250-word story.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
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

    tijd.laad()
    docs = [
        lees_document(p.read_text(encoding="utf-8"), "txt" if p.suffix == ".txt" else "md")
        for p in sorted(map_.iterdir())
        if p.suffix in (".md", ".txt")
    ]
    woorden = sum(len(d.tokens) for d in docs)
    opties = REGEL.standaard_opties()
    rondes = []
    for _ in range(7):
        t = time.perf_counter()
        for d in docs:
            list(REGEL.check(d, opties))
        rondes.append(time.perf_counter() - t)
    per_woord = statistics.median(rondes) / woorden
    print(f"laden (mediaan van 5, nieuw proces): {statistics.median(laadtijden) * 1000:.1f} ms")
    print(f"{len(docs)} verhalen, {woorden} woorden")
    print(
        f"controle: {per_woord * 250 * 1000:.2f} ms per verhaal van 250 woorden "
        f"({1 / per_woord:,.0f} woorden/s)"
    )


if __name__ == "__main__":
    main()
