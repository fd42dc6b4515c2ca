"""The medium decision tree (toolkit 4.4.2): model, loader, validator and walker.

Pure logic without terminal I/O; ``verhaal.cli.medium`` prompts and prints.
"""

from __future__ import annotations

from verhaal.medium.laden import laad_beslisboom, lees_beslisboom, standaard_pad
from verhaal.medium.model import ONDERWERPEN, Advies, Beslisboom, Keuze, Probleem, Vraagknoop
from verhaal.medium.validatie import alle_paden, valideer
from verhaal.medium.wandelen import TERUG, Stap, Uitkomst, wandel

__all__ = [
    "ONDERWERPEN",
    "TERUG",
    "Advies",
    "Beslisboom",
    "Keuze",
    "Probleem",
    "Stap",
    "Uitkomst",
    "Vraagknoop",
    "alle_paden",
    "laad_beslisboom",
    "lees_beslisboom",
    "standaard_pad",
    "valideer",
    "wandel",
]
