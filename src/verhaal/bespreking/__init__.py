"""Pair review of a story (``verhaal bespreek``): the review model and its Markdown file."""

from __future__ import annotations

from verhaal.bespreking.markdown import (
    ACHTERVOEGSEL,
    bespreking_pad,
    bewaar_bespreking,
    is_bespreking,
    maskeer_namen,
    sectie_markdown,
)
from verhaal.bespreking.model import Antwoord, Bespreking, Passage, Passagegroep, Sectie
from verhaal.bespreking.zinnen import verhaalzinnen

__all__ = [
    "ACHTERVOEGSEL",
    "Antwoord",
    "Bespreking",
    "Passage",
    "Passagegroep",
    "Sectie",
    "bespreking_pad",
    "bewaar_bespreking",
    "is_bespreking",
    "maskeer_namen",
    "sectie_markdown",
    "verhaalzinnen",
]
