"""The ``herschrijf`` story kind: revise the whole story at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verhaal.flow.invullen import (
    OngeldigAntwoord,
    herinneringen,
    splits_alineas,
    tekst,
    vraag_geldig,
    woordgrenzen,
)
from verhaal.flow.vrager import Vraagstuk
from verhaal.werkvorm.model import VERHAALSOORTEN, Vraag

if TYPE_CHECKING:
    from verhaal.flow.verloop import Verloop


def herschrijf(verloop: Verloop, vraag: Vraag) -> None:
    """Ask for the whole story, prefilled; check it unless a check question follows."""
    staat = verloop.staat
    product = verloop.werkvorm.product
    huidig = "\n\n".join(staat.alineas or [])
    vraagstuk = Vraagstuk(
        sleutel=vraag.id,
        soort="lang",
        tekst=vraag.vraag,
        uitleg=vraag.uitleg
        or (
            f"Laat je niets veranderen, dan blijft {product.met_lidwoord} zoals "
            f"{product.verwijzing} is."
        ),
        standaard=huidig or vraag.standaard,
        verplicht=vraag.verplicht and not huidig,
        herinneringen=herinneringen(verloop, vraag.toon),
    )

    def normaliseer(ruw: Any) -> str | None:
        schoon = tekst(verloop, ruw)
        if not schoon:
            if vraag.verplicht and not huidig:
                raise OngeldigAntwoord(f"Schrijf je {product.enkelvoud}; deze vraag is verplicht.")
            return None
        woordgrenzen(vraag, schoon)
        return schoon

    nieuw = vraag_geldig(verloop, vraagstuk, normaliseer)
    if nieuw is not None:
        staat.alineas = splits_alineas(nieuw)
        staat.antwoorden[vraag.id] = nieuw
    else:
        staat.antwoorden.setdefault(vraag.id, None)
    if staat.alineas and not controle_volgt(verloop, vraag):
        verloop.toon_bevindingen(verloop.controleer())


def controle_volgt(verloop: Verloop, vraag: Vraag) -> bool:
    """Whether the next story question after ``vraag`` is a check that will be asked.

    That check shows the findings itself; showing them here as well would print every
    finding twice in a row (herschrijf followed by controle, as in the logline).
    """
    gezien = False
    for _, volgende in verloop.werkvorm.vragen():
        if volgende is vraag:
            gezien = True
            continue
        if not gezien or volgende.soort not in VERHAALSOORTEN:
            continue
        return (
            volgende.soort == "controle"
            and volgende.id not in verloop.staat.afgerond
            and volgende.is_actief(verloop.staat.antwoorden)
        )
    return False
