"""A pair review of a story, as plain data: what the review file will hold.

No names: the model has no field for the pupil's or the reviewers' names, and the
writer masks any ``--naam`` that slipped into an answer or a quoted passage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Passage:
    """A sentence from the story, chosen by the reviewer, with a remark about it."""

    zin: str
    opmerking: str = ""


@dataclass(frozen=True)
class Passagegroep:
    """The passages for one form item (what inspires, what appeals least)."""

    kop: str
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class Antwoord:
    """One answered question, as the reader of the review file sees it."""

    vraag: str
    antwoord: str


Blok = Antwoord | Passagegroep


@dataclass(frozen=True)
class Sectie:
    """A part of the review (a phase of the review werkvorm) with its answers."""

    titel: str
    blokken: tuple[Blok, ...]


@dataclass(frozen=True)
class Bespreking:
    """One review session of one story."""

    moment: datetime
    verhaal_titel: str
    werkvorm: str
    secties: tuple[Sectie, ...]
    bevindingen: tuple[str, ...] = field(default_factory=tuple)
    """One line per kind of finding the checker reported (already summarised)."""
