"""Walking the tree: pure logic, the answers come from an injected chooser.

The chooser is the seam to the prompt layer: interactive (questionary via the Vrager),
scripted (an answers file) or a test double. It may answer ``TERUG`` to step back to the
previous question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from verhaal.errors import SchemaFout
from verhaal.medium.model import Advies, Beslisboom, Keuze, Vraagknoop


class _Terug:
    """Sentinel type: the user wants the previous question again."""

    def __repr__(self) -> str:
        return "TERUG"


TERUG: Final = _Terug()


@dataclass(frozen=True)
class Stap:
    """A question that was asked and the answer chosen."""

    vraag: Vraagknoop
    keuze: Keuze


@dataclass(frozen=True)
class Uitkomst:
    """The route through the tree and the advice it ends in."""

    stappen: tuple[Stap, ...]
    adviezen: tuple[Advies, ...]


Kiezer = Callable[[Vraagknoop, tuple[Stap, ...]], Keuze | _Terug]
"""Gets the question and the steps so far; returns a choice of that question or TERUG."""


def wandel(boom: Beslisboom, kies: Kiezer) -> Uitkomst:
    """Ask questions from ``boom.begin`` until an answer ends in advice."""
    stappen: list[Stap] = []
    vraag = boom.vragen[boom.begin]
    while True:
        keuze = kies(vraag, tuple(stappen))
        if isinstance(keuze, _Terug):
            if stappen:
                vraag = stappen.pop().vraag
            continue
        if keuze not in vraag.keuzes:
            raise ValueError(f"keuze {keuze.id!r} hoort niet bij vraag {vraag.id!r}")
        stappen.append(Stap(vraag, keuze))
        if keuze.naar is None:
            return Uitkomst(tuple(stappen), tuple(boom.adviezen[a] for a in keuze.adviezen))
        # A validated tree has no cycles, so a route never holds more steps than there
        # are questions; the bound keeps an unvalidated tree from looping forever.
        if len(stappen) >= len(boom.vragen):
            raise SchemaFout("de beslisboom komt niet tot een advies; controleer hem op kringen.")
        vraag = boom.vragen[keuze.naar]
