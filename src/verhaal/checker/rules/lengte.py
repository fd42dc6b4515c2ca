"""Rule ``lengte``: a story is short, at most about half an A4."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document, tekst_van
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.woordenboek import WOORDMEMO

STANDAARD_MAX_WOORDEN = 300
"""Half an A4 of prose in a normal font holds roughly 250 to 300 words."""


@lru_cache(maxsize=WOORDMEMO)
def _is_woord(tekst: str) -> bool:
    """Whether a token counts as a word: it has a letter (8:30 does not). Cached per
    distinct text: a story repeats its words."""
    return any(c.isalpha() for c in tekst)


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report a story body that is longer than ``max_woorden`` words."""
    maximum = int(opties["max_woorden"])
    woorden = sum(map(_is_woord, map(tekst_van, doc.verhaal_tokens())))
    if maximum <= 0 or woorden <= maximum:
        return
    yield REGEL.verhaalbevinding(
        doc,
        (
            f"Het verhaal telt {woorden} woorden; houd het bij ongeveer een half A4 "
            f"(hoogstens {maximum} woorden). Kies de kern en laat bijzaken weg."
        ),
    )


REGEL = Regel(
    id="lengte",
    titel="Lengte",
    beschrijving="Een verhaal is kort: hoogstens ongeveer een half A4.",
    waarom=(
        "Een kort verhaal dwingt tot kiezen en is in een paar minuten voor te lezen, "
        "zodat er tijd overblijft voor het gesprek erover."
    ),
    ernst="waarschuwing",
    check=check,
    opties={
        "max_woorden": Optie(
            int,
            STANDAARD_MAX_WOORDEN,
            "Het hoogste aantal woorden van het verhaal (zonder titel); 0 zet de grens uit.",
            minimum=0,
        ),
    },
    voorbeelden=(
        Voorbeeld("# Kort\n\nEr was eens een jongen die graag las.\n", []),
        Voorbeeld("# Lang\n\n" + "Hij liep door de gang. " * 80 + "\n", ["Lang"]),
        Voorbeeld("Hij liep weer door de lange gang.\n", [""], {"max_woorden": 3}),
    ),
)
