"""``verhaal schrijf``: write a story step by step, at the terminal or from an answers file."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

HULP = """Schrijf stap voor stap een kort verhaal over een leerling.

Je loopt de fasen van een werkvorm door (standaard 'Stapsgewijs een verhaal', zeven fasen).
Na elk antwoord wordt je werk bewaard in .verhaal-concepten/; stop wanneer je wilt (ook met
Ctrl-C) en ga later verder met --hervat. Aan het eind controleert verhaal je tekst op de
schrijfregels en bewaart het verhaal als Markdown, met je aantekeningen in een
bestand ernaast.

Zonder terminal (of om een voorbeeld te maken): geef de antwoorden in een YAML-bestand met
--antwoorden (zie voorbeelden/antwoorden.yaml).

Exitcodes: 0 bewaard, 1 bewaard met open fouten, 2 verkeerd gebruik of invoer,
130 onderbroken (je werk is bewaard)."""


def register(app: typer.Typer) -> None:
    """Add ``schrijf`` to ``app``."""

    @app.command(help=HULP)
    def schrijf(
        werkvorm: str = typer.Option(
            "stapsgewijs", "--werkvorm", "-w", help="Id of pad van de werkvorm."
        ),
        naam: list[str] = typer.Option(
            [],
            "--naam",
            "-n",
            help=(
                "Naam van de leerling (mag vaker). Alleen om te controleren: de naam wordt "
                "nergens bewaard, en antwoorden met de naam worden geweigerd."
            ),
        ),
        uit: Path | None = typer.Option(
            None, "--uit", "-o", help="Verhaalbestand (.md). Standaard: een naam uit de titel."
        ),
        antwoorden: Path | None = typer.Option(
            None, "--antwoorden", "-a", help="YAML-bestand met per vraag-id het antwoord."
        ),
        hervat: bool = typer.Option(False, "--hervat", help="Ga verder waar je was gebleven."),
        overschrijf: bool = typer.Option(
            False, "--overschrijf", help="Vervang een bestaand verhaalbestand zonder te vragen."
        ),
        editor: bool = typer.Option(
            False, "--editor", help="Schrijf lange antwoorden in je eigen editor ($EDITOR)."
        ),
        config: Path | None = typer.Option(
            None, "--config", help="Gebruik dit configuratiebestand in plaats van te zoeken."
        ),
    ) -> None:
        from verhaal.cli.werkvorm import kies_werkvorm
        from verhaal.errors import GeenTerminal, InvoerFout
        from verhaal.flow import (
            AntwoordenVrager,
            Concept,
            Staat,
            Verloop,
            Vrager,
            begin_staat,
            bewaar_verhaal,
            kies_verhaalpad,
        )
        from verhaal.flow.bewaren import open_fouten_melding
        from verhaal.werkvorm import vind_werkvormen

        gekozen = kies_werkvorm(vind_werkvormen(config), werkvorm)
        if not gekozen.schrijft_verhaal():
            raise InvoerFout(
                f"De werkvorm '{gekozen.id}' schrijft geen verhaal. Gebruik daarvoor: "
                f"verhaal werkvorm doe {gekozen.id}"
            )
        opdracht = hervat_opdracht(werkvorm, config=config, editor=editor, met_naam=bool(naam))
        concept: Concept | None = None
        staat: Staat | None = None
        vrager: Vrager
        if antwoorden is not None:
            if hervat:
                raise InvoerFout("--hervat en --antwoorden gaan niet samen.")
            vrager = AntwoordenVrager.uit_bestand(antwoorden, gekozen, typer.echo)
            if uit is not None and not overschrijf and uit.exists():
                raise InvoerFout(
                    f"{uit} bestaat al en wordt niet zomaar overschreven. Kies een ander "
                    "bestand met --uit, of gebruik --overschrijf."
                )
        else:
            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                raise GeenTerminal(
                    "verhaal schrijf stelt vragen en heeft daarvoor een terminal nodig. Zonder "
                    "terminal kun je de antwoorden in een bestand zetten: verhaal schrijf "
                    "--antwoorden ANTWOORDEN.yaml (zie voorbeelden/antwoorden.yaml)."
                )
            from verhaal.flow.terminal import TerminalVrager

            vrager = TerminalVrager(editor=editor)
            concept = Concept.voor(gekozen.id, hervat=opdracht)
            staat = begin_staat(concept, vrager, gekozen.id, hervat=hervat)
            if uit is not None:
                staat.uit = str(uit)
        verloop = Verloop(
            gekozen,
            vrager,
            staat=staat,
            namen=naam,
            concept=concept,
            hervat_opdracht=opdracht,
        )
        uitkomst = verloop.voer_uit()
        if not uitkomst.klaar:
            waar = f" in {concept.pad}" if concept is not None else ""
            typer.echo(f"Je antwoorden zijn bewaard{waar}. Ga verder met: {opdracht}")
            return
        pad = kies_verhaalpad(verloop, uit, overschrijf=overschrijf)
        bewaard = bewaar_verhaal(verloop, uitkomst, pad)
        if concept is not None:
            concept.verwijder()
        typer.echo(f"Je verhaal is bewaard in {bewaard.verhaal}")
        typer.echo(f"Je aantekeningen staan in {bewaard.aantekeningen}")
        if uitkomst.open_fouten:
            typer.echo(
                open_fouten_melding(len(uitkomst.open_fouten), "het verhaal")
                + f" Controleer opnieuw met: verhaal controleer {bewaard.verhaal}"
            )
            raise typer.Exit(1)


def hervat_opdracht(
    werkvorm: str, *, config: Path | None = None, editor: bool = False, met_naam: bool = False
) -> str:
    """The command that continues a ``schrijf`` draft: its non-secret options, no name.

    ``--uit`` is left out: the draft remembers it.
    """
    from verhaal.flow import hervat_opdracht as opdracht

    woorden = ["verhaal", "schrijf", "--hervat"]
    if werkvorm != "stapsgewijs":
        woorden += ["--werkvorm", werkvorm]
    if config is not None:
        woorden += ["--config", str(config)]
    if editor:
        woorden.append("--editor")
    return opdracht(woorden, met_naam=met_naam)
