"""Choosers for the tree walk: from an answers file, or asked through a Vrager."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from verhaal.errors import InvoerFout
from verhaal.medium.model import Beslisboom, Keuze, Vraagknoop
from verhaal.medium.wandelen import TERUG, Kiezer, Stap, _Terug

if TYPE_CHECKING:
    from verhaal.flow.vrager import Vrager


def keuzes_tekst(vraag: Vraagknoop) -> str:
    """The options of ``vraag`` as a user can write them in an answers file."""
    return "; ".join(f"{k.id} ({k.antwoord})" for k in vraag.keuzes)


def lees_antwoorden(boom: Beslisboom, pad: Path) -> dict[str, Keuze]:
    """Read ``vraag-id: keuze`` pairs; a keuze is its id, its text or its number.

    Unknown question ids and answers that match no option are errors that name the
    options, so a typo is easy to fix.
    """
    from verhaal.yamlbron import Plek, lees_yaml_bestand, toon_waarde

    bron = lees_yaml_bestand(pad)
    gegevens = bron.data
    if gegevens is None:
        gegevens = {}
    if not isinstance(gegevens, Mapping):
        raise bron.plek.fout("verwacht per vraag-id een antwoord, zoals 'publiek: team'.")
    gekozen: dict[str, Keuze] = {}
    for vraag_id, waarde in gegevens.items():
        plek = Plek(bron.bron, (vraag_id,), bron.regels)
        vraag = boom.vragen.get(str(vraag_id))
        if vraag is None:
            bekend = ", ".join(boom.vragen)
            raise plek.fout(f"onbekende vraag (de vragen zijn: {bekend}).")
        keuze = vraag.keuze(str(waarde)) if isinstance(waarde, str | int) else None
        if keuze is None:
            raise plek.fout(
                f"onbekend antwoord {toon_waarde(waarde)}; kies uit: {keuzes_tekst(vraag)}."
            )
        gekozen[vraag.id] = keuze
    return gekozen


def kiezer_uit_bestand(boom: Beslisboom, pad: Path) -> Kiezer:
    """A chooser that takes every answer from the answers file at ``pad``."""
    gekozen = lees_antwoorden(boom, pad)

    def kies(vraag: Vraagknoop, stappen: tuple[Stap, ...]) -> Keuze | _Terug:
        del stappen
        if vraag.id not in gekozen:
            raise InvoerFout(
                f"{pad}: geen antwoord op vraag '{vraag.id}' ({vraag.vraag}). "
                f"Kies uit: {keuzes_tekst(vraag)}."
            )
        return gekozen[vraag.id]

    return kies


_TERUG = "_terug"


def vrager_kiezer(vrager: Vrager) -> Kiezer:
    """A chooser that asks through the shared prompt seam (terminal, script).

    Each tree question becomes a required ``keuze`` prompt keyed by its question id; from
    the second question on, an extra option goes back one step, and a question asked again
    starts on the answer chosen before.
    """
    from verhaal.flow.vrager import Vraagstuk
    from verhaal.medium.weergave import ONDERWERP_LABEL
    from verhaal.werkvorm.model import Keuze as Optie

    # The last choice per question: after '« terug' the earlier answer is highlighted.
    eerder: dict[str, str] = {}

    def kies(vraag: Vraagknoop, stappen: tuple[Stap, ...]) -> Keuze | _Terug:
        opties = [Optie(k.id, k.antwoord) for k in vraag.keuzes]
        if stappen:
            opties.append(Optie(_TERUG, "« terug naar de vorige vraag"))
        vrager.toon(f"{ONDERWERP_LABEL[vraag.over]} · vraag {len(stappen) + 1}", "melding")
        vraagstuk = Vraagstuk(
            sleutel=vraag.id,
            soort="keuze",
            tekst=vraag.vraag,
            uitleg=vraag.uitleg or None,
            keuzes=tuple(opties),
            standaard=eerder.get(vraag.id),
            verplicht=True,
        )
        while True:
            antwoord = vrager.vraag(vraagstuk)
            if antwoord == _TERUG and stappen:
                return TERUG
            keuze = vraag.keuze(str(antwoord)) if antwoord is not None else None
            if keuze is not None:
                eerder[vraag.id] = keuze.id
                return keuze
            vrager.ongeldig(vraagstuk, f"Kies een van de antwoorden: {keuzes_tekst(vraag)}.")

    return kies
