"""The story checker: a pure function from text (+ configuration) to findings.

It never imports typer, rich or questionary and never touches the terminal or the disk
(language tables are read lazily from the package on first use).
"""

from __future__ import annotations

from dataclasses import replace

from verhaal.checker.bevinding import ERNSTEN, Bevinding, Ernst, ernst_rang
from verhaal.checker.config import CheckConfig, RegelInstelling
from verhaal.checker.document import BestandsSoort, Document, lees_document

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
    from verhaal.checker.rules import REGELS

    config = config or CheckConfig()
    bevindingen: list[Bevinding] = []
    for regel in REGELS.values():
        instelling = config.instelling(regel.id)
        if not instelling.aan:
            continue
        opties = {**regel.standaard_opties(), **instelling.opties}
        if "namen" in opties:
            opties["namen"] = [*config.namen, *opties["namen"]]
        for bevinding in regel.check(doc, opties):
            if instelling.ernst is not None:
                bevinding = replace(bevinding, ernst=instelling.ernst)
            bevindingen.append(bevinding)
    bevindingen.sort(key=lambda b: (b.start, b.eind, b.regel))
    return bevindingen
