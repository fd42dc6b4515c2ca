"""``verhaal bespreek``: review a story together at one terminal, saved next to the story."""

from __future__ import annotations

from pathlib import Path

import typer

from verhaal.cli._opties import Config, Editor, Hervat, Naam, Namen

HULP = """Bespreek een verhaal met z'n tweeën, aan één scherm.

Je ziet het verhaal en wat de controle vond. Daarna stelt verhaal de vragen van de methode:
welke plotvraag past bij de leerling, krijgt de leerling hulp en van wie, welke emoties
spelen mee, en Beeld, Effect en Boodschap. Tot slot het reactieformulier: hoogstens drie
zinnen uit het verhaal die je inspireren en drie die je minder aanspreken (elk met een
opmerking), het effect op jou, voor wie het verhaal werkt en wat er nog ontbreekt.

De bespreking wordt bewaard in VERHAAL.bespreking.md naast het verhaal, met datum en
zonder namen; elke nieuwe bespreking komt eronder, eerdere blijven staan. De vragen staan
in de werkvorm 'bespreking' (verhaal werkvorm toon bespreking); een team kan die vervangen
door een eigen werkvormen/bespreking.yaml.

Zonder terminal: --antwoorden BESTAND.yaml met per vraag-id het antwoord, en onder
'inspireert' en 'spreekt_minder_aan' de gekozen zinnen (nummer, zin of een uniek stukje,
eventueel met 'opmerking').

Exitcodes: 0 bewaard (of gestopt om later verder te gaan), 2 verkeerd gebruik of invoer,
130 onderbroken (je antwoorden zijn bewaard)."""


def register(app: typer.Typer) -> None:
    """Add ``bespreek`` to ``app``."""

    @app.command(help=HULP)
    def bespreek(
        verhaal: Path = typer.Argument(..., metavar="VERHAAL", help="Het verhaal (.md of .txt)."),
        antwoorden: Path | None = typer.Option(
            None, "--antwoorden", "-a", help="YAML-bestand met de antwoorden en de gekozen zinnen."
        ),
        naam: Naam = None,
        namen: Namen = None,
        werkvorm: str = typer.Option(
            "bespreking", "--werkvorm", "-w", help="Id of pad van de werkvorm met de vragen."
        ),
        hervat: Hervat = False,
        editor: Editor = False,
        config: Config = None,
    ) -> None:
        from rich.console import Console

        from verhaal.bespreking import Bespreking, bewaar_bespreking
        from verhaal.bespreking.passages import SLEUTELS, lees_passages, naam_zoeker
        from verhaal.bespreking.sessie import Sessie, Verhaal, lees_en_controleer
        from verhaal.bespreking.weergave import toon_verhaal
        from verhaal.cli._flow import (
            doorloop,
            geen_naam_in_pad,
            geen_terminal_melding,
            laad_werkvorm,
            leerlingnamen,
            verhaal_bestaat,
        )
        from verhaal.flow import AntwoordenVrager, Concept, Staat, Vrager
        from verhaal.flow.staat import CONCEPTEN_MAP, verhaal_sleutel
        from verhaal.leerlingnaam import NaamZoeker
        from verhaal.yamlbron import YamlBron, lees_yaml_bestand

        verhaal_bestaat(verhaal)
        instellingen, gekozen = laad_werkvorm(config, werkvorm)
        concept_pad = CONCEPTEN_MAP / f"bespreking-{verhaal_sleutel(verhaal)}.yaml"
        leerling = leerlingnamen(naam, namen, antwoorden=antwoorden, concept_pad=concept_pad)
        alle_namen = (*instellingen.namen, *leerling)
        # The review file and the draft are named after the story: not when that holds
        # the pupil's name.
        geen_naam_in_pad(verhaal, NaamZoeker(alle_namen), "het verhaalbestand")
        opdracht = hervat_opdracht(
            verhaal, werkvorm=werkvorm, config=config, editor=editor, met_naam=bool(leerling)
        )
        gelezen: list[Verhaal] = []
        passages = None

        def toon() -> None:
            stuk = lees_en_controleer(verhaal, instellingen, alle_namen)
            toon_verhaal(Console(), stuk)
            gelezen.append(stuk)

        def lees_antwoorden(pad: Path) -> Vrager:
            nonlocal passages
            bron = lees_yaml_bestand(pad)
            data = bron.data if isinstance(bron.data, dict) else None
            if data is not None:
                passages = lees_passages(
                    data, bron.plek, gelezen[0].zinnen, naam_zoeker(alle_namen)
                )
                # The flow's answers reader knows only the werkvorm's questions.
                bron = YamlBron(
                    bron.bron, {k: v for k, v in data.items() if k not in SLEUTELS}, bron.regels
                )
            return AntwoordenVrager(bron, gekozen, typer.echo)

        def voer_uit(
            vrager: Vrager, staat: Staat | None, concept: Concept | None
        ) -> Bespreking | None:
            sessie = Sessie(
                gelezen[0],
                gekozen,
                vrager,
                namen=alle_namen,
                staat=staat,
                concept=concept,
                hervat_opdracht=opdracht,
                passages=passages,
            )
            return sessie.voer_uit()

        def bewaar(resultaat: Bespreking) -> int:
            pad = bewaar_bespreking(verhaal, resultaat, alle_namen)
            typer.echo(f"De bespreking is bewaard in {pad}")
            return 0

        doorloop(
            antwoorden=antwoorden,
            hervat=hervat,
            editor=editor,
            opdracht=opdracht,
            geen_terminal=geen_terminal_melding(
                "verhaal bespreek",
                "VERHAAL.md",
                f"de vraag-ids staan in: verhaal werkvorm toon {gekozen.id}",
            ),
            werkvorm_id=gekozen.id,
            concept_pad=concept_pad,
            lees_antwoorden=lees_antwoorden,
            voer_uit=voer_uit,
            bewaar=bewaar,
            voor_vragen=toon,
            namen=leerling,
            werkvorm=gekozen,
            alle_namen=alle_namen,
        )


def hervat_opdracht(
    verhaal: Path,
    *,
    werkvorm: str = "bespreking",
    config: Path | None = None,
    editor: bool = False,
    met_naam: bool = False,
) -> str:
    """The command that continues a review draft: its non-secret options, never the name.

    The draft is per story (see ``verhaal_sleutel``), so the story is always part of it.
    """
    from verhaal.cli._flow import hervat_opdracht as opdracht

    return opdracht(
        ["verhaal", "bespreek", str(verhaal), "--hervat"],
        opties=(
            ("--werkvorm", None if werkvorm == "bespreking" else werkvorm),
            ("--config", config),
        ),
        editor=editor,
        met_naam=met_naam,
    )
