"""The class list: a file with pupils' names, one per line (``--namen BESTAND``).

The file is only read, never copied, cached or echoed: an error names the file and the line
number, never the line's text (it may hold a name). ``#`` starts a comment; blank lines are
skipped; surrounding white space is ignored. A line holds one pupil's name, which may have several
parts ("Zwaantje Klaassen"); the name matcher decides how parts are matched.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from verhaal.errors import InvoerFout

__all__ = ["MAX_BYTES", "MAX_NAAM_TEKENS", "lees_namenlijst", "namen_uit"]

MAX_BYTES = 1_000_000
"""A class list is small; anything larger is not a class list."""

MAX_NAAM_TEKENS = 200
"""A longer line is not one pupil's name."""


def namen_uit(regels: Iterable[str], bron: str) -> tuple[str, ...]:
    """The names in ``regels`` (the lines of a class list called ``bron`` in messages)."""
    namen: list[str] = []
    gezien: set[str] = set()
    for nummer, regel in enumerate(regels, start=1):
        tekst = regel.split("#", 1)[0].strip()
        if not tekst:
            continue
        if len(tekst) > MAX_NAAM_TEKENS:
            raise InvoerFout(
                f"{bron}:{nummer}: deze regel is te lang voor een naam "
                f"(hoogstens {MAX_NAAM_TEKENS} tekens)."
            )
        if not any(teken.isalpha() for teken in tekst):
            raise InvoerFout(f"{bron}:{nummer}: op deze regel staat geen naam.")
        sleutel = tekst.casefold()
        if sleutel not in gezien:
            gezien.add(sleutel)
            namen.append(tekst)
    return tuple(namen)


def lees_namenlijst(pad: Path) -> tuple[str, ...]:
    """Read the class list at ``pad``; a Dutch :class:`InvoerFout` if it is not usable."""
    try:
        if not pad.is_file():
            raise InvoerFout(f"{pad}: de namenlijst bestaat niet of is geen gewoon bestand.")
        with pad.open("rb") as bestand:
            ruw = bestand.read(MAX_BYTES + 1)
    except OSError as fout:
        raise InvoerFout(
            f"{pad}: de namenlijst kon niet worden gelezen ({fout.strerror})."
        ) from None
    if len(ruw) > MAX_BYTES:
        raise InvoerFout(
            f"{pad}: de namenlijst is groter dan {MAX_BYTES // 1000} kB; is dit wel een namenlijst?"
        )
    try:
        tekst = ruw.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = ruw[: fout.start].count(b"\n") + 1
        raise InvoerFout(
            f"{pad}:{regel}: de namenlijst is geen UTF-8-tekst; bewaar hem als UTF-8."
        ) from None
    return namen_uit(tekst.splitlines(), str(pad))
