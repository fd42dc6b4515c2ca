"""Choosers for the tree walk: from an answers file, or asked at the terminal."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from verhaal.errors import GeenTerminal, InvoerFout, Onderbroken
from verhaal.medium.model import Beslisboom, Keuze, Vraagknoop
from verhaal.medium.wandelen import TERUG, Kiezer, Stap, _Terug

if TYPE_CHECKING:
    from rich.console import Console


def keuzes_tekst(vraag: Vraagknoop) -> str:
    """The options of ``vraag`` as a user can write them in an answers file."""
    return "; ".join(f"{k.id} ({k.antwoord})" for k in vraag.keuzes)


def lees_antwoorden(boom: Beslisboom, pad: Path) -> dict[str, Keuze]:
    """Read ``vraag-id: keuze`` pairs; a keuze is its id, its text or its number.

    Unknown question ids and answers that match no option are errors that name the
    options, so a typo is easy to fix.
    """
    from verhaal.werkvorm.yamlbron import Plek, lees_yaml_bestand

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
            raise plek.fout(f"onbekend antwoord {waarde!r}; kies uit: {keuzes_tekst(vraag)}.")
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


_TERUG_LABEL = "« terug naar de vorige vraag"


def interactieve_kiezer(console: Console) -> Kiezer:
    """A chooser that asks at the terminal (arrow keys), with a way back."""
    import sys

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise GeenTerminal(
            "verhaal medium stelt vragen en heeft daarvoor een terminal nodig. "
            "Geef de antwoorden mee met --antwoorden BESTAND.yaml, "
            "of bekijk de hele boom met --toon."
        )

    def kies(vraag: Vraagknoop, stappen: tuple[Stap, ...]) -> Keuze | _Terug:
        import questionary

        from verhaal.medium.weergave import vraag_kop

        console.print()
        console.print(vraag_kop(vraag, stappen))
        opties = [questionary.Choice(k.antwoord, value=k.id) for k in vraag.keuzes]
        if stappen:
            opties.append(questionary.Choice(_TERUG_LABEL, value=""))
        antwoord = questionary.select(vraag.vraag, choices=opties).ask()
        if antwoord is None:
            raise Onderbroken("gestopt; er is niets bewaard.")
        if antwoord == "":
            return TERUG
        keuze = vraag.keuze(antwoord)
        assert keuze is not None
        return keuze

    return kies
