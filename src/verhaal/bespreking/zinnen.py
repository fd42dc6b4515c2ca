"""The sentences of a story that a reviewer can pick as passages."""

from __future__ import annotations

import re

from verhaal.checker import lees_document
from verhaal.checker.document import BestandsSoort

_GEEN_VERHAAL = ("frontmatter", "kop")
_LIJSTTEKEN = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+")


def verhaalzinnen(tekst: str, soort: BestandsSoort = "md") -> list[str]:
    """The story's own sentences, in order, without front matter, headings or title.

    Built on the checker's document model, so Markdown syntax is already masked and a
    sentence reads as plain text.
    """
    doc = lees_document(tekst, soort)
    zinnen: list[str] = []
    for start, eind in doc.zinnen:
        blok = next((b for b in doc.blokken if b.start <= start < b.eind), None)
        if blok is None or blok.soort in _GEEN_VERHAAL:
            continue
        if doc.titel is not None and doc.titel[0] <= start < doc.titel[1]:
            continue
        zin = _LIJSTTEKEN.sub("", " ".join(doc.proza[start:eind].split()))
        if any(teken.isalnum() for teken in zin) and zin not in zinnen:
            zinnen.append(zin)
    return zinnen
