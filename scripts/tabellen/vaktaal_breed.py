"""Filter a round of hand-written candidates for ``data/vaktaal/termen-breed.txt``.

    python scripts/tabellen/vaktaal_breed.py KANDIDATEN.txt [--schrijf]

The broad term list is written from general knowledge of Dutch school, care, policy,
funding, exam and personnel language, never from an evaluation set. This script keeps it
that way: a candidate (one per line) is dropped when

- the term lists already hold it (``termen.tsv``, ``termen-breed.txt``, case-insensitive);
- it occurs in any evaluation text, case-insensitive and also as part of a longer word:
  the development set with its sources (``../shared/eval/verhalen*``) and every set under
  ``benchmarks/eigen-verhalen*`` (clean stories and sources); a single word of six letters
  or more also without a plural or inflection ending (-en, -s, -e), so that a term whose
  other form occurs in a set is dropped too;
- the rule already finds it by its form (an acronym, an administrative compound, a learned
  adjective before a head): then the list adds nothing.

It prints the counts and the survivors; with ``--schrijf`` it appends the survivors to
``termen-breed.txt``. What survives still has to be read by hand against the criterion in
``HERKOMST.md`` (a parent would not understand it) before it is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(WORTEL / "src"))

from verhaal.checker.document import lees_document  # noqa: E402
from verhaal.checker.rules.vaktaal import vind_vaktaal  # noqa: E402
from verhaal.data import lees_regels  # noqa: E402

DATA = WORTEL / "src" / "verhaal" / "data" / "vaktaal"
EVAL_MAPPEN = (
    *sorted((WORTEL.parent / "shared" / "eval").glob("verhalen*")),
    *sorted(Path("/work/shared/eval").glob("verhalen*")),
    *sorted((WORTEL / "benchmarks").glob("eigen-verhalen*")),
)
ZIN = "Op school ging het gesprek over {} en over niets anders."


def evaluatietekst() -> str:
    """All evaluation texts, lower case, one string."""
    delen: list[str] = []
    gezien: set[Path] = set()
    for map_ in EVAL_MAPPEN:
        for pad in sorted(map_.rglob("*")):
            echt = pad.resolve()
            if pad.suffix in (".md", ".txt", ".jsonl") and echt not in gezien:
                gezien.add(echt)
                delen.append(pad.read_text(encoding="utf-8").lower())
    return "\n".join(delen)


def _vormen(term: str) -> list[str]:
    klein = term.lower()
    vormen = [klein]
    if " " not in klein and len(klein) >= 6:
        for einde in ("en", "s", "e"):
            if klein.endswith(einde) and len(klein) - len(einde) >= 6:
                vormen.append(klein[: -len(einde)])
    return vormen


def naar_vorm(term: str) -> bool:
    """Whether the rule (without the broad list's new term) already finds the term."""
    tekst = ZIN.format(term)
    doc = lees_document(tekst)
    return any(tekst[s:e] == term for s, e, _, _ in vind_vaktaal(doc))


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    kandidaten = [r.strip() for r in Path(args[0]).read_text(encoding="utf-8").splitlines()]
    kandidaten = [k for k in dict.fromkeys(kandidaten) if k and not k.startswith("#")]
    bestaand = {r.split("\t")[0].strip().lower() for r in lees_regels("vaktaal/termen.tsv")}
    bestaand |= {t.lower() for t in lees_regels("vaktaal/termen-breed.txt")}
    tekst = evaluatietekst()
    dubbel = [k for k in kandidaten if k.lower() in bestaand]
    rest = [k for k in kandidaten if k.lower() not in bestaand]
    in_set = [k for k in rest if any(v in tekst for v in _vormen(k))]
    rest = [k for k in rest if k not in in_set]
    vorm = [k for k in rest if naar_vorm(k)]
    rest = [k for k in rest if k not in vorm]
    print(f"{len(kandidaten)} kandidaten: {len(dubbel)} al op een lijst, {len(in_set)} in een")
    print(f"evaluatieset, {len(vorm)} al naar de vorm gevonden; {len(rest)} over.")
    print("naar de vorm:", ", ".join(vorm))
    for term in rest:
        print(term)
    if "--schrijf" in sys.argv:
        with (DATA / "termen-breed.txt").open("a", encoding="utf-8") as uit:
            uit.writelines(f"{term}\n" for term in rest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
