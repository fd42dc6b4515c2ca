"""Rule ``titel``: a story has a title."""

from __future__ import annotations

from collections.abc import Iterator

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document
from verhaal.checker.regel import Opties, Regel, Voorbeeld


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report a story without a title, at the start of the text."""
    del opties
    if doc.titel is not None or not doc.tekst.strip():
        return
    yield Bevinding(
        regel=REGEL.id,
        ernst=REGEL.ernst,
        start=0,
        eind=0,
        tekst="",
        bericht=(
            "Het verhaal heeft geen titel. Zet een korte titel op de eerste regel, "
            "gevolgd door een lege regel."
            if doc.soort == "txt"
            else "Het verhaal heeft geen titel. Zet een titel bovenaan als kop: '# Titel'."
        ),
        suggestie=None,
    )


REGEL = Regel(
    id="titel",
    titel="Titel",
    beschrijving=(
        "Een verhaal heeft een titel: een kop met # bovenaan, een 'titel' in de "
        "YAML-voorkant, of in een .txt-bestand een korte eerste regel zonder punt, "
        "gevolgd door een lege regel."
    ),
    waarom=(
        "Een titel geeft de lezer een eerste beeld en maakt het verhaal makkelijk "
        "terug te vinden en te bespreken. De methode vraagt er in fase 6 om."
    ),
    ernst="waarschuwing",
    check=check,
    voorbeelden=(
        Voorbeeld("# De regenjas\n\nEr was eens een jongen.\n", []),
        Voorbeeld("---\ntitel: De regenjas\n---\nEr was eens een jongen.\n", []),
        Voorbeeld("Er was eens een jongen.\n\nHij had het koud.\n", [""]),
        Voorbeeld("De regenjas\n\nEr was eens een jongen.\n", [], bestandssoort="txt"),
        Voorbeeld("Er was eens een jongen.\n\nHij had het koud.\n", [""], bestandssoort="txt"),
    ),
)
