"""``verhaal schrijf``: write a story step by step, at the terminal or from an answers file."""

from __future__ import annotations

from pathlib import Path

import typer

from verhaal.cli._opties import Antwoorden, Config, Editor, Hervat, Naam, Namen

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
        naam: Naam = None,
        namen: Namen = None,
        uit: Path | None = typer.Option(
            None, "--uit", "-o", help="Verhaalbestand (.md). Standaard: een naam uit de titel."
        ),
        antwoorden: Antwoorden = None,
        hervat: Hervat = False,
        overschrijf: bool = typer.Option(
            False, "--overschrijf", help="Vervang een bestaand verhaalbestand zonder te vragen."
        ),
        editor: Editor = False,
        config: Config = None,
    ) -> None:
        from verhaal.cli._flow import (
            doorloop,
            flow_config,
            geen_naam_in_pad,
            geen_terminal_melding,
            laad_werkvorm,
            leerlingnamen,
            loop_verloop,
        )
        from verhaal.errors import InvoerFout
        from verhaal.flow import (
            CONCEPTEN_MAP,
            AntwoordenVrager,
            Concept,
            Staat,
            Uitkomst,
            Verloop,
            Vrager,
        )
        from verhaal.flow.bewaren import bewaar_nieuw, controleer_doel, open_fouten_melding
        from verhaal.leerlingnaam import NaamZoeker

        instellingen, gekozen = laad_werkvorm(config, werkvorm)
        if not gekozen.schrijft_verhaal():
            raise InvoerFout(
                f"De werkvorm '{gekozen.id}' schrijft geen verhaal. Gebruik daarvoor: "
                f"verhaal werkvorm doe {gekozen.id}"
            )
        concept_pad = CONCEPTEN_MAP / f"{gekozen.id}.yaml"
        # Before the first question (the pupil's name included): can the files be written?
        controleer_doel(uit, concepten=CONCEPTEN_MAP if antwoorden is None else None)
        leerling = leerlingnamen(naam, namen, antwoorden=antwoorden, concept_pad=concept_pad)
        check_config = flow_config(instellingen, gekozen, leerling)
        geen_naam_in_pad(uit, NaamZoeker(check_config.namen), "het verhaalbestand (--uit)")
        opdracht = hervat_opdracht(werkvorm, config=config, editor=editor, met_naam=bool(leerling))

        def lees_antwoorden(pad: Path) -> Vrager:
            vrager = AntwoordenVrager.uit_bestand(pad, gekozen, typer.echo)
            if uit is not None and not overschrijf and uit.exists():
                raise InvoerFout(
                    f"{uit} bestaat al en wordt niet zomaar overschreven. Kies een ander "
                    "bestand met --uit, of gebruik --overschrijf."
                )
            return vrager

        def voer_uit(
            vrager: Vrager, staat: Staat | None, concept: Concept | None
        ) -> tuple[Verloop, Uitkomst] | None:
            if staat is not None and uit is not None:
                staat.uit = str(uit)
            return loop_verloop(
                gekozen, vrager, staat, concept, opdracht=opdracht, config=check_config
            )

        def bewaar(klaar: tuple[Verloop, Uitkomst]) -> int:
            verloop, uitkomst = klaar
            bewaard = bewaar_nieuw(verloop, uitkomst, uit, overschrijf=overschrijf)
            typer.echo(f"Je {gekozen.product.enkelvoud} is bewaard in {bewaard.verhaal}")
            typer.echo(f"Je aantekeningen staan in {bewaard.aantekeningen}")
            if not uitkomst.open_fouten:
                return 0
            typer.echo(
                open_fouten_melding(len(uitkomst.open_fouten), gekozen.product.met_lidwoord)
                + f" Controleer opnieuw met: verhaal controleer {bewaard.verhaal}"
            )
            return 1

        doorloop(
            antwoorden=antwoorden,
            hervat=hervat,
            editor=editor,
            opdracht=opdracht,
            geen_terminal=geen_terminal_melding(
                "verhaal schrijf", "", "zie voorbeelden/antwoorden.yaml"
            ),
            werkvorm_id=gekozen.id,
            concept_pad=concept_pad,
            lees_antwoorden=lees_antwoorden,
            voer_uit=voer_uit,
            bewaar=bewaar,
            namen=leerling,
            werkvorm=gekozen,
            alle_namen=check_config.namen,
        )


def hervat_opdracht(
    werkvorm: str, *, config: Path | None = None, editor: bool = False, met_naam: bool = False
) -> str:
    """The command that continues a ``schrijf`` draft: its non-secret options, no name.

    ``--uit`` is left out: the draft remembers it.
    """
    from verhaal.cli._flow import hervat_opdracht as opdracht

    return opdracht(
        ["verhaal", "schrijf", "--hervat"],
        opties=(
            ("--werkvorm", None if werkvorm == "stapsgewijs" else werkvorm),
            ("--config", config),
        ),
        editor=editor,
        met_naam=met_naam,
    )
