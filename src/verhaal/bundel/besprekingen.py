"""The appendix: what inspired colleagues, from the review files next to the stories.

``verhaal bespreek`` writes ``x.bespreking.md`` next to ``x.md``; under the heading of the
"inspires" passages (see :data:`verhaal.bespreking.passages.SOORTEN`) each passage is a
quoted sentence (``> ...``) with the reviewer's remark below it. Only those go in the
booklet, never the rest of the review. The pupils' names are masked, and so is every other
name the checker's ``naam`` rule finds: a review file was written by people, and people
slip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from verhaal.bundel.verhalen import Naampoort

__all__ = ["Inspiratie", "lees_inspiratie"]

MAX_BYTES = 500_000
_VET_KOP = re.compile(r"^\*\*(.+?)\*\*\s*$")


@dataclass(frozen=True)
class Inspiratie:
    """One passage that inspired a colleague: the sentence and what they said about it."""

    zin: str
    opmerking: str


def _kop_inspireert() -> str:
    from verhaal.bespreking.passages import SOORTEN

    return SOORTEN[0].kop


def _zonder_namen(tekst: str, poort: Naampoort) -> str:
    """``tekst`` with the pupils' names and every other name found replaced by [naam]."""
    from verhaal.bespreking.markdown import NAAM_VERVANGING, maskeer_namen

    tekst = " ".join(maskeer_namen(tekst, poort.namen).split())
    for bevinding in sorted(poort.namen_in(tekst), key=lambda b: b.start, reverse=True):
        tekst = tekst[: bevinding.start] + NAAM_VERVANGING + tekst[bevinding.eind :]
    return tekst


def lees_inspiratie(verhaal_pad: str, poort: Naampoort) -> list[Inspiratie]:
    """The inspiring passages of every review of the story at ``verhaal_pad``, in order.

    A missing, unreadable or oversized review file gives none (the appendix is optional).
    """
    from verhaal.bespreking.markdown import bespreking_pad

    pad = bespreking_pad(Path(verhaal_pad))
    try:
        if not pad.is_file() or pad.stat().st_size > MAX_BYTES:
            return []
        tekst = pad.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []
    kop = _kop_inspireert()
    passages: list[tuple[str, list[str]]] = []
    binnen = False
    for regel in tekst.splitlines():
        schoon = regel.strip()
        vet = _VET_KOP.match(schoon)
        if vet or schoon.startswith("#"):
            binnen = vet is not None and vet.group(1).strip() == kop
            continue
        if not binnen or not schoon:
            continue
        if schoon.startswith(">"):
            passages.append((schoon.lstrip("> ").strip(), []))
        elif passages:
            passages[-1][1].append(schoon.lstrip("\\"))
    resultaat: list[Inspiratie] = []
    for zin, opmerking in passages:
        zin = _zonder_namen(zin, poort)
        if zin:
            resultaat.append(Inspiratie(zin, _zonder_namen(" ".join(opmerking), poort)))
    return resultaat
