"""Shipped language tables. Provenance and licences: the HERKOMST.md next to each table."""

from __future__ import annotations

from functools import cache
from pathlib import Path

MAP = Path(__file__).resolve().parent


def pad(naam: str) -> Path:
    """Path of the table ``naam`` (relative to this folder)."""
    return MAP / naam


@cache
def lees_woorden(naam: str) -> frozenset[str]:
    """A word list: one entry per line, ``#`` starts a comment, blank lines ignored."""
    return frozenset(lees_regels(naam))


@cache
def lees_regels(naam: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a UTF-8 table, stripped."""
    tekst = pad(naam).read_text(encoding="utf-8")
    return tuple(
        regel.strip()
        for regel in tekst.splitlines()
        if regel.strip() and not regel.lstrip().startswith("#")
    )
