"""Benchmark of the lexicon tables and the rules naam, engels and vaktaal.

    python benchmarks/bench_lexicon.py [STORY_FOLDER]

Reports (not a test; speed goals live here, not in timed assertions):

- load: time to read every table these rules use, in a fresh process (median of 5);
- check: time per 250 words for the three rules on the stories of STORY_FOLDER (default
  ../shared/eval/verhalen, else a built-in story), after loading;
- the size of the shipped tables.

Goals (issue 4, share of these rules): load <= 10 ms, check <= 6 ms per 250 words,
data <= 4 MB.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from verhaal.checker.document import lees_document  # noqa: E402
from verhaal.checker.rules import engels, naam, vaktaal  # noqa: E402

TABELLEN = ("lexicon", "namen", "engels", "vaktaal")
LAAD = """
import time
from verhaal.checker import woordenboek as wb
from verhaal.checker.rules import engels, naam, vaktaal
t = time.perf_counter()
wb.is_woord("fiets"); wb.frequentie("fiets"); wb.meerwoordige_namen()
naam.is_voornaam("Daan"); naam.is_achternaam("Smit"); wb.is_plaats("Gdańsk")
engels._klasse("skills"); engels._alternatieven(); engels._zinnen(); vaktaal._standaard()
vaktaal.onbekende_afkorting("XYZ")
print((time.perf_counter() - t) * 1000)
"""
IMPORT = """
import time
t = time.perf_counter()
from verhaal.checker.rules import engels, naam, vaktaal
print((time.perf_counter() - t) * 1000)
"""
VOORBEELD = (
    "# De groepsapp\n\nEr was eens een meisje in havo drie dat ineens niet meer naar "
    "school wilde. Juf Anouk en meneer Van der Berg maakten zich zorgen. In haar OPP "
    "stond niets over pesten, maar de IB'er wist meer. Bilal vertelde dat er een groeps"
    "app was waarin ze werd uitgescholden. De school organiseerde een les over online "
    "safety en werkte aan haar self-esteem. Daarna ging het beter.\n"
)


def _mediaan_ms(code: str, n: int = 5) -> float:
    tijden = []
    for _ in range(n):
        uit = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        tijden.append(float(uit.stdout.strip()))
    return statistics.median(tijden)


def main() -> None:
    import_ms = _mediaan_ms(IMPORT)
    laad_ms = _mediaan_ms(LAAD)
    print(f"import of the rules package:        {import_ms:6.1f} ms (all eight rules)")
    print(f"loading every table of these rules: {laad_ms:6.1f} ms (goal <= 10)")

    map_ = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/eval/verhalen"
    teksten = [
        p.read_text(encoding="utf-8")
        for p in sorted(map_.glob("*.*"))
        if p.suffix in (".md", ".txt")
    ] or [VOORBEELD]
    documenten = [lees_document(t) for t in teksten]
    woorden = sum(len(d.tokens) for d in documenten)
    regels = [(r.REGEL, r.REGEL.standaard_opties()) for r in (naam, engels, vaktaal)]
    for regel, opties in regels:  # warm up: first lookups, caches
        for doc in documenten:
            list(regel.check(doc, {**opties, "namen": ["Daan"]}))
    rondes = 20
    per_regel = {}
    for regel, opties in regels:
        opties = {**opties, "namen": ["Daan"]}
        begin = time.perf_counter()
        for _ in range(rondes):
            for doc in documenten:
                list(regel.check(doc, opties))
        per_regel[regel.id] = (time.perf_counter() - begin) / rondes / woorden * 250 * 1000
    for regel_id, ms in per_regel.items():
        print(f"check {regel_id:8} per 250 words:       {ms:6.2f} ms")
    print(
        f"check all three per 250 words:      {sum(per_regel.values()):6.2f} ms (goal <= 6)"
        f"  [{len(documenten)} stories, {woorden} words, warm caches]"
    )

    from verhaal.checker import woordenboek as wb

    # Every per-word cache of these modules (not the loaded tables: loading is measured above).
    woordcaches = [
        functie
        for module in (wb, naam, engels, vaktaal)
        for naam_, functie in vars(module).items()
        if hasattr(functie, "cache_clear")
        and naam_ not in ("lees_woordtabel", "_frequenties", "meerwoordige_namen")
        and not naam_.startswith(("_alternatieven", "_zinnen", "_standaard", "_termen"))
        and not naam_.startswith(("_alledaags", "_meerwoordig_begin"))
    ]
    koud = []
    for doc in documenten:
        for functie in woordcaches:
            functie.cache_clear()
        begin = time.perf_counter()
        for regel, opties in regels:
            list(regel.check(doc, {**opties, "namen": ["Daan"]}))
        koud.append((time.perf_counter() - begin) * 1000 / len(doc.tokens) * 250)
    print(
        f"check all three per 250 words, word caches cleared: "
        f"{statistics.mean(koud):6.2f} ms (mean), {max(koud):6.2f} ms (max)"
    )

    grootte = sum(
        p.stat().st_size for t in TABELLEN for p in (ROOT / "src/verhaal/data" / t).iterdir()
    )
    print(f"data of these tables:               {grootte / 1e6:6.2f} MB (goal <= 4)")


if __name__ == "__main__":
    main()
