"""The result type of the checker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from verhaal.snelpickle import pickle_als_argumenten

Ernst = Literal["fout", "waarschuwing", "info"]
ERNSTEN: tuple[Ernst, ...] = ("fout", "waarschuwing", "info")
"""Severities, most severe first."""


def ernst_rang(ernst: Ernst) -> int:
    """Rank a severity: 0 for ``fout`` (most severe), 2 for ``info``."""
    return ERNSTEN.index(ernst)


@pickle_als_argumenten
@dataclass(frozen=True, slots=True)
class Bevinding:
    """One finding: a rule that fired on a span of the text.

    ``start``/``eind`` are code-point offsets into the whole text (``eind`` exclusive),
    and ``tekst == text[start:eind]``. Story-level findings (title, senses, length)
    point at the title or the start of the text.
    """

    regel: str
    ernst: Ernst
    start: int
    eind: int
    tekst: str
    bericht: str
    suggestie: str | None = None
