"""The story checker: a pure function from text (+ configuration) to findings.

It never imports typer, rich or questionary and never touches the terminal or the disk
(language tables are read lazily from the package on first use).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from verhaal.checker.bevinding import ERNSTEN, Bevinding, Ernst, ernst_rang
from verhaal.checker.config import CheckConfig, RegelInstelling
from verhaal.checker.document import BestandsSoort, Document, lees_document

if TYPE_CHECKING:
    from verhaal.checker.regel import Opties, Regel

    _Plan = tuple[list[tuple[Regel, Opties, Ernst | None]], list[str]]

__all__ = [
    "ERNSTEN",
    "Bevinding",
    "CheckConfig",
    "Document",
    "Ernst",
    "RegelInstelling",
    "check",
    "check_document",
    "ernst_rang",
    "lees_document",
]


def check(
    tekst: str, config: CheckConfig | None = None, soort: BestandsSoort = "md"
) -> list[Bevinding]:
    """Check a story and return its findings, sorted by offset.

    ``soort`` is ``"md"`` (Markdown, the default) or ``"txt"`` (plain text: no Markdown
    syntax, and a short first line followed by an empty line is the title).
    """
    return check_document(lees_document(tekst, soort), config)


def check_document(doc: Document, config: CheckConfig | None = None) -> list[Bevinding]:
    """Run every enabled rule on a parsed document."""
    regels, namen = _plan(config or CheckConfig())
    bevindingen: list[Bevinding] = []
    for regel, opties, ernst in regels:
        for bevinding in regel.check(doc, opties):
            if ernst is not None:
                bevinding = replace(bevinding, ernst=ernst)
            bevindingen.append(bevinding)
    if namen:
        bevindingen = _zonder_naamdelen(doc.tekst, namen, bevindingen)
    bevindingen.sort(key=lambda b: (b.start, b.eind, b.regel))
    return bevindingen


_laatste_plan: tuple[CheckConfig, _Plan] | None = None


def _plan(config: CheckConfig) -> _Plan:
    """The enabled rules with their options and severity, and the pupil's names.

    Worked out once per configuration object: a batch checks every story with the same
    one (a configuration is frozen, and rules only read their options)."""
    global _laatste_plan
    if _laatste_plan is not None and _laatste_plan[0] is config:
        return _laatste_plan[1]
    from verhaal.checker.rules import REGELS

    regels: list[tuple[Regel, Opties, Ernst | None]] = []
    namen: list[str] = list(config.namen)
    for regel in REGELS.values():
        instelling = config.instelling(regel.id)
        if not instelling.aan:
            continue
        opties = {**regel.standaard_opties(), **instelling.opties}
        if "namen" in opties:
            opties["namen"] = [*config.namen, *opties["namen"]]
            namen = [str(n) for n in opties["namen"]]
        regels.append((regel, opties, instelling.ernst))
    _laatste_plan = (config, (regels, namen))
    return regels, namen


_OP_VERHAALNIVEAU = frozenset({"titel", "zintuigen", "lengte"})
"""Rules whose findings point at the title or the start of the story, not at a word."""


def _zonder_naamdelen(
    tekst: str, namen: list[str], bevindingen: list[Bevinding]
) -> list[Bevinding]:
    """Drop word findings of other rules that overlap the pupil's name.

    Where the pupil's name stands, the only thing to say is that it is the name: another
    rule's finding there would show (and a review would write) a piece of the name, such as
    'DaAnT' from a name broken by an invisible character. This holds whether or not the
    ``naam`` rule itself is on.
    """
    from verhaal.leerlingnaam import zoeker

    plekken: list[tuple[int, int]] = []
    for start, eind in sorted(zoeker(tuple(namen)).vind(tekst)):
        if plekken and start <= plekken[-1][1]:
            plekken[-1] = (plekken[-1][0], max(plekken[-1][1], eind))
        else:
            plekken.append((start, eind))
    if not plekken:
        return bevindingen
    begins = [start for start, _ in plekken]

    def raakt_naam(b: Bevinding) -> bool:
        # The last name place that starts before the finding ends (places are disjoint).
        i = bisect_left(begins, b.eind) - 1
        return i >= 0 and plekken[i][1] > b.start

    return [
        b
        for b in bevindingen
        if b.regel == "naam" or b.regel in _OP_VERHAALNIVEAU or not raakt_naam(b)
    ]
