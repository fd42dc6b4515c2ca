"""The booklet as data: title, date, the stories grouped by theme, and the appendix.

The order is stable: themes by name with "Overige" last, within a theme by title, then by
path (which never reaches the booklet but breaks ties), so the same stories always give
the same booklet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from verhaal.bundel.besprekingen import Inspiratie
from verhaal.bundel.verhalen import Verhaal
from verhaal.taal import datum

__all__ = ["OVERIGE", "STANDAARD_TITEL", "Boekje", "Themagroep", "datum_tekst", "stel_samen"]

OVERIGE = "Overige"
STANDAARD_TITEL = "Verhalen voor het teamoverleg"


def datum_tekst(dag: date) -> str:
    """``7 december 2026``."""
    return datum(dag)


@dataclass(frozen=True)
class Themagroep:
    """One theme and its stories, in booklet order."""

    thema: str
    verhalen: tuple[Verhaal, ...]


@dataclass(frozen=True)
class Boekje:
    """Everything the booklet shows, in order."""

    titel: str
    datum: date
    groepen: tuple[Themagroep, ...]
    bijlage: tuple[tuple[Verhaal, tuple[Inspiratie, ...]], ...] = ()
    """Per story with reviews (booklet order): what inspired colleagues."""

    @property
    def verhalen(self) -> tuple[Verhaal, ...]:
        """All stories in booklet order."""
        return tuple(v for groep in self.groepen for v in groep.verhalen)


def _sorteer_sleutel(tekst: str) -> tuple[str, str]:
    return (tekst.casefold(), tekst)


def stel_samen(
    titel: str,
    datum: date,
    verhalen: Sequence[Verhaal],
    *,
    thema_label: Callable[[str], str] = str,
    inspiratie: Mapping[str, Sequence[Inspiratie]] | None = None,
) -> Boekje:
    """Group ``verhalen`` by theme (shown through ``thema_label``) and order everything.

    ``inspiratie`` maps a story's path to its passages for the appendix.
    """
    per_thema: dict[str, list[Verhaal]] = {}
    for verhaal in verhalen:
        label = thema_label(verhaal.thema) if verhaal.thema else OVERIGE
        per_thema.setdefault(label, []).append(verhaal)
    volgorde = sorted(per_thema, key=lambda t: (t == OVERIGE, *_sorteer_sleutel(t)))
    groepen = tuple(
        Themagroep(
            thema,
            tuple(sorted(per_thema[thema], key=lambda v: (*_sorteer_sleutel(v.titel), v.pad))),
        )
        for thema in volgorde
    )
    bijlage: list[tuple[Verhaal, tuple[Inspiratie, ...]]] = []
    if inspiratie:
        for groep in groepen:
            for verhaal in groep.verhalen:
                passages = tuple(inspiratie.get(verhaal.pad, ()))
                if passages:
                    bijlage.append((verhaal, passages))
    return Boekje(titel, datum, groepen, tuple(bijlage))
