"""The medium decision tree as typed, immutable data.

A tree has questions (``Vraagknoop``) and recommendations (``Advies``). Every answer
(``Keuze``) either leads to a next question or ends in one or more recommendations, so a
valid tree cannot stop halfway: see ``verhaal.medium.validatie``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Onderwerp = Literal["boodschap", "publiek", "doel", "middelen"]
ONDERWERPEN: tuple[Onderwerp, ...] = ("boodschap", "publiek", "doel", "middelen")
"""The four questions of the toolkit's 4.4.2 that every tree question belongs to."""


@dataclass(frozen=True)
class Keuze:
    """One answer to a question: go on to question ``naar`` or end in ``adviezen``."""

    id: str
    antwoord: str
    naar: str | None
    adviezen: tuple[str, ...]


@dataclass(frozen=True)
class Vraagknoop:
    """A question in the tree, with the 4.4.2 topic it belongs to."""

    id: str
    over: Onderwerp
    vraag: str
    uitleg: str
    keuzes: tuple[Keuze, ...]

    def keuze(self, sleutel: str) -> Keuze | None:
        """The answer matching ``sleutel``: its id, its text, or its 1-based number."""
        sleutel = sleutel.strip()
        for keuze in self.keuzes:
            if sleutel == keuze.id or sleutel.casefold() == keuze.antwoord.casefold():
                return keuze
        if sleutel.isdigit() and 1 <= int(sleutel) <= len(self.keuzes):
            return self.keuzes[int(sleutel) - 1]
        return None


@dataclass(frozen=True)
class Advies:
    """A recommended medium or platform with its reason and a concrete first step."""

    id: str
    titel: str
    waarom: str
    eerste_stap: str
    let_op: str = ""


@dataclass(frozen=True)
class Beslisboom:
    """A whole decision tree, as read from its YAML file."""

    id: str
    titel: str
    inleiding: str
    bron: str
    begin: str
    vragen: dict[str, Vraagknoop]
    adviezen: dict[str, Advies]
    pad: Path | None = None
    regels: Mapping[tuple[str | int, ...], int] = field(default_factory=dict)
    """Line of every key path in the YAML file, for error messages."""


@dataclass(frozen=True)
class Probleem:
    """One thing wrong in a tree file."""

    regel: int
    sleutelpad: str
    bericht: str

    def tekst(self, pad: str | Path | None) -> str:
        """``file:line: key.path: message`` (without the file when unknown)."""
        plaats = f"{pad}:{self.regel}" if pad else f"regel {self.regel}"
        voor = f"{self.sleutelpad}: " if self.sleutelpad else ""
        return f"{plaats}: {voor}{self.bericht}"
