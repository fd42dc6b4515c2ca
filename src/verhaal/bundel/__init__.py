"""``verhaal bundel``: a team's stories as one printable booklet for the meeting.

Pure building logic, no typer and no terminal: :mod:`.verhalen` finds, reads and gates the
stories (nothing with a name goes in), :mod:`.besprekingen` reads the appendix,
:mod:`.boekje` orders everything, :mod:`.markdown` renders story bodies safely and
:mod:`.opmaak` writes the booklet as HTML or Markdown. The command is
:mod:`verhaal.cli.bundel`.
"""

from __future__ import annotations

from verhaal.bundel.besprekingen import Inspiratie, lees_inspiratie
from verhaal.bundel.boekje import OVERIGE, STANDAARD_TITEL, Boekje, Themagroep, stel_samen
from verhaal.bundel.opmaak import als_html, als_markdown
from verhaal.bundel.verhalen import (
    Leesverslag,
    Naampoort,
    Naamvondst,
    Verhaal,
    lees_verhalen,
    maskeer,
    verhaalbestanden,
)

__all__ = [
    "OVERIGE",
    "STANDAARD_TITEL",
    "Boekje",
    "Inspiratie",
    "Leesverslag",
    "Naampoort",
    "Naamvondst",
    "Themagroep",
    "Verhaal",
    "als_html",
    "als_markdown",
    "lees_inspiratie",
    "lees_verhalen",
    "maskeer",
    "stel_samen",
    "verhaalbestanden",
]
