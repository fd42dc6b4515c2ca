"""Benchmark of the document model and the rules getal, zintuigen, titel, lengte (not a test).

    .venv/bin/python benchmarks/bench_regels.py [MAP]   (default: ../shared/eval/verhalen)

Load times are measured in fresh interpreters (best of 5): the data of getal and zintuigen,
and the first check of all rules together. Per-story times are the best of several rounds
over all stories, for ``lees_document``, each of these rules and all rules together
(``check_document``), and are also scaled to a 300-word story.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

LAAD = {
    "getal": "from verhaal.checker.rules import getal as m; f = m.grammatica",
    "zintuigen": "from verhaal.checker.rules import zintuigen as m; f = m.lexicon",
    "alle regels (eerste check)": (
        "from verhaal.checker import check; import verhaal.checker.rules; "
        "f = lambda: check('# T\\n\\nHij liep om acht uur naar huis.\\n')"
    ),
}
METING = """
import time
{voorbereiding}
t = time.perf_counter()
f()
print(time.perf_counter() - t)
"""


def laadtijd(voorbereiding: str) -> float:
    """Best of five fresh interpreters, in milliseconds."""
    tijden = []
    for _ in range(5):
        uit = subprocess.run(
            [sys.executable, "-c", METING.format(voorbereiding=voorbereiding)],
            capture_output=True,
            text=True,
            check=True,
        )
        tijden.append(float(uit.stdout) * 1000)
    return min(tijden)


def main() -> None:
    from verhaal.checker import check_document, lees_document
    from verhaal.checker.rules import REGELS

    standaard = Path(__file__).resolve().parents[2] / "shared" / "eval" / "verhalen"
    map_ = Path(sys.argv[1]) if len(sys.argv) > 1 else standaard
    bestanden = sorted(p for p in map_.iterdir() if p.suffix in (".md", ".txt"))
    teksten = [
        (p.read_text(encoding="utf-8"), "txt" if p.suffix == ".txt" else "md") for p in bestanden
    ]
    woorden = sum(len(t.split()) for t, _ in teksten) / len(teksten)
    print(f"verhalen: {len(teksten)} uit {map_} (gemiddeld {woorden:.0f} woorden)")

    for naam, voorbereiding in LAAD.items():
        print(f"laden {naam}: {laadtijd(voorbereiding):.2f} ms")

    documenten = [lees_document(t, s) for t, s in teksten]  # type: ignore[arg-type]
    check_document(documenten[0])  # warm caches and tables

    def beste(functie: object, rondes: int = 15) -> float:
        tijden = []
        for _ in range(rondes):
            begin = time.perf_counter()
            functie()  # type: ignore[operator]
            tijden.append(time.perf_counter() - begin)
        return min(tijden) / len(teksten) * 1000

    def rapport(naam: str, ms: float) -> None:
        print(f"{naam}: {ms:.3f} ms per verhaal ({ms * 300 / woorden:.3f} ms per 300 woorden)")

    rapport("lees_document", beste(lambda: [lees_document(t, s) for t, s in teksten]))  # type: ignore[arg-type]
    for regel_id in ("getal", "zintuigen", "titel", "lengte"):
        regel = REGELS[regel_id]
        opties = regel.standaard_opties()
        rapport(
            f"regel {regel_id}",
            beste(lambda r=regel, o=opties: [list(r.check(d, o)) for d in documenten]),
        )
    rapport("alle regels (check_document)", beste(lambda: [check_document(d) for d in documenten]))
    rapport(
        "lezen + alle regels",
        beste(lambda: [check_document(lees_document(t, s)) for t, s in teksten]),  # type: ignore[arg-type]
    )


if __name__ == "__main__":
    main()
