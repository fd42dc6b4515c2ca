"""Inline suppression in Markdown stories, as HTML comments a reader never sees.

- ``<!-- verhaal: negeer getal -->``: the next paragraph (or the one the comment stands
  in) is not checked for ``getal``; without ids for no rule at all.
- ``<!-- verhaal: uit getal,naam -->`` … ``<!-- verhaal: aan -->``: a region; ``uit``
  without ids switches every rule off, ``aan`` without ids switches all back on, ``aan getal``
  only that one. A region left open runs to the end of the story.

Comments inside fenced code blocks are examples, not directives. Problems with the
directives themselves come back as :class:`Opmerking` notes: unknown rule ids always, and
with ``strikt`` also every suppression that suppressed nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document

SNELTEST = "<!--"
"""Substring every directive contains; most stories have no HTML comment at all."""

ALLE = "*"

_RICHTLIJN = re.compile(r"<!--[ \t]*verhaal[ \t]*:(.*?)-->", re.S | re.I)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.M)


@dataclass(frozen=True, slots=True)
class Opmerking:
    """A note of the linter itself about a file (not a finding of a writing rule).

    ``soort`` is ``onderdrukking-onbekend`` (a directive names an unknown rule or
    command) or ``onderdrukking-ongebruikt`` (``--strikt``: it suppressed nothing).
    """

    soort: str
    start: int
    eind: int
    bericht: str


@dataclass(slots=True)
class _Bereik:
    regel: str
    start: int
    eind: int
    richtlijn: tuple[int, int]
    opdracht: str
    gebruikt: bool = False


def _fences(tekst: str) -> list[tuple[int, int]]:
    """Spans of fenced code blocks (a fence left open runs to the end)."""
    spans: list[tuple[int, int]] = []
    open_: tuple[str, int] | None = None
    for m in _FENCE.finditer(tekst):
        teken = m.group(1)
        if open_ is None:
            open_ = (teken, m.start())
            continue
        regel_eind = tekst.find("\n", m.end())
        rest = tekst[m.end() : len(tekst) if regel_eind == -1 else regel_eind]
        if teken[0] == open_[0][0] and len(teken) >= len(open_[0]) and not rest.strip():
            spans.append((open_[1], m.end()))
            open_ = None
    if open_ is not None:
        spans.append((open_[1], len(tekst)))
    return spans


def pas_toe(
    doc: Document, bevindingen: list[Bevinding], strikt: bool = False
) -> tuple[list[Bevinding], list[Opmerking]]:
    """Drop the findings that directives in ``doc`` suppress; return them and the notes."""
    tekst = doc.tekst
    if SNELTEST not in tekst:
        return bevindingen, []
    from verhaal.checker.rules import REGELS
    from verhaal.gelijkend import bedoel_je

    fences = _fences(tekst) if "```" in tekst or "~~~" in tekst else []
    bereiken: list[_Bereik] = []
    open_: dict[str, _Bereik] = {}
    opmerkingen: list[Opmerking] = []
    for m in _RICHTLIJN.finditer(tekst):
        if any(start <= m.start() < eind for start, eind in fences):
            continue
        plek = (m.start(), m.end())
        woorden = [w for w in re.split(r"[\s,]+", m.group(1).strip()) if w]
        opdracht = woorden[0].lower() if woorden else ""
        if opdracht not in ("negeer", "uit", "aan"):
            opmerkingen.append(
                Opmerking(
                    "onderdrukking-onbekend",
                    *plek,
                    f"Onbekende opdracht '{opdracht}' in deze opmerking; gebruik "
                    "'negeer', 'uit' of 'aan' gevolgd door regel-id's.",
                )
            )
            continue
        ids: list[str] = []
        for woord in woorden[1:]:
            if woord in REGELS:
                ids.append(woord)
            else:
                opmerkingen.append(
                    Opmerking(
                        "onderdrukking-onbekend",
                        *plek,
                        f"Onbekende regel '{woord}' in '{opdracht}'. "
                        + (bedoel_je(woord, REGELS, aanhalen="'") or "")
                        + f" (Bekend: {', '.join(REGELS)}.)",
                    )
                )
        if woorden[1:] and not ids:
            continue  # only unknown ids: switching off everything would surprise
        doel = ids or [ALLE]
        if opdracht == "negeer":
            start, eind = _volgend_blok(doc, m.start(), m.end())
            bereiken.extend(_Bereik(r, start, eind, plek, opdracht) for r in doel)
        elif opdracht == "uit":
            for regel in doel:
                if regel not in open_:
                    open_[regel] = _Bereik(regel, m.start(), len(tekst), plek, opdracht)
                    bereiken.append(open_[regel])
        else:
            for regel in list(open_) if doel == [ALLE] else doel:
                bereik = open_.pop(regel, None)
                if bereik is not None:
                    bereik.eind = m.start()
    if not bereiken:
        return bevindingen, opmerkingen
    over: list[Bevinding] = []
    for bevinding in bevindingen:
        onderdrukt = False
        for bereik in bereiken:
            if (
                bereik.regel in (bevinding.regel, ALLE)
                and bereik.start <= bevinding.start < bereik.eind
            ):
                bereik.gebruikt = True
                onderdrukt = True
        if not onderdrukt:
            over.append(bevinding)
    if strikt:
        for bereik in bereiken:
            if not bereik.gebruikt:
                wat = (
                    "geen enkele regel vond hier iets"
                    if bereik.regel == ALLE
                    else f"regel '{bereik.regel}' vond hier niets"
                )
                opmerkingen.append(
                    Opmerking(
                        "onderdrukking-ongebruikt",
                        *bereik.richtlijn,
                        f"Deze '{bereik.opdracht}' onderdrukte niets ({wat}); haal hem weg.",
                    )
                )
    opmerkingen.sort(key=lambda o: (o.start, o.bericht))
    return over, opmerkingen


def _volgend_blok(doc: Document, begin: int, eind: int) -> tuple[int, int]:
    """The range a ``negeer`` covers: the block the directive stands in, or else the next
    block, from the directive on (so a story-level finding at the very start counts too)."""
    for blok in doc.blokken:
        if blok.eind > eind:
            return min(begin, blok.start), blok.eind
    return begin, eind
