"""``verhaal werkvorm …`` and ``verhaal werkvormen``: every command about werkvormen.

``werkvormen`` lists them, ``werkvorm valideer`` checks files against the schema,
``werkvorm toon`` shows one (rendered by :mod:`verhaal.cli.werkvorm_weergave`) and
``werkvorm doe`` runs one through the shared flow engine. Werkvormen are read through
:mod:`verhaal.werkvorm`: the built-in ones plus a team's own folders (``./werkvormen`` and
the folders named under ``werkvormen:`` in the configuration).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from verhaal.cli._opties import Antwoorden, Config, Editor, Hervat, Naam, Namen, WerkvormId
from verhaal.cli.werkvorm_weergave import herkomst, thema_label, werkvorm_weergave
from verhaal.taal import aantal, werkwoord

if TYPE_CHECKING:
    from verhaal.werkvorm import Catalogus, KapotBestand, Werkvorm

werkvorm_app = typer.Typer(
    name="werkvorm",
    help="Werken met een werkvorm: controleren, bekijken en uitvoeren.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def kies_werkvorm(catalogus: Catalogus, naam: str) -> Werkvorm:
    """Load the werkvorm a command runs, the same way for every command.

    Says when a team's own file replaces the built-in one, and warns (on stderr) about
    broken files in the team's folders, which are left out while the chosen werkvorm
    still runs.
    """
    from verhaal.werkvorm.catalogus import waarschuwing

    werkvorm = catalogus.laad(naam)
    if werkvorm.vervangt is not None:
        typer.echo(
            f"Je gebruikt je eigen werkvorm {_toon(werkvorm.pad)} (in plaats van de "
            f"ingebouwde '{werkvorm.id}')."
        )
    for kapot in catalogus.waarschuwingen(behalve=werkvorm):
        typer.echo(waarschuwing(kapot), err=True)
    return werkvorm


def _toon(pad: Path | None) -> str:
    from verhaal.werkvorm.laden import toon_pad

    return toon_pad(pad) if pad is not None else "?"


@werkvorm_app.command("valideer")
def valideer(
    paden: list[Path] = typer.Argument(
        None,
        metavar="PAD",
        help=(
            "Werkvormbestanden (.yaml) of mappen met werkvormen. Zonder pad: de ingebouwde "
            "werkvormen, die in ./werkvormen en die in de mappen uit je configuratie."
        ),
        show_default=False,
    ),
    config: Path | None = typer.Option(
        None, "--config", help="Gebruik dit configuratiebestand in plaats van te zoeken."
    ),
) -> None:
    """Controleer of werkvormbestanden kloppen met het schema (docs/werkvormen.md).

    Elke fout noemt het bestand, de regel en de sleutel. Exitcode 0: alles in orde;
    1: een of meer bestanden kloppen niet; 2: een pad bestaat niet.
    """
    from verhaal.errors import InvoerFout
    from verhaal.taal import aantal
    from verhaal.werkvorm import vind_werkvormen
    from verhaal.werkvorm.laden import lees_werkvorm, toon_pad, werkvorm_bestanden, werkvormen_map

    if not paden:
        paden = [werkvormen_map(), *vind_werkvormen(config).eigen_mappen()]
    bestanden: list[Path] = []
    for pad in paden:
        if pad.is_dir():
            bestanden.extend(werkvorm_bestanden(pad))
        elif pad.exists():
            bestanden.append(pad)
        else:
            raise InvoerFout(f"{pad}: dit bestand of deze map bestaat niet.")
    if not bestanden:
        raise InvoerFout("Geen werkvormbestanden (.yaml) gevonden in de opgegeven mappen.")
    fout_gevonden = False
    for bestand in bestanden:
        try:
            werkvorm = lees_werkvorm(bestand)
        except InvoerFout as fout:
            fout_gevonden = True
            typer.echo(fout.bericht)
            continue
        vragen = sum(len(fase.vragen) for fase in werkvorm.fasen)
        typer.echo(
            f"{toon_pad(bestand)}: in orde (werkvorm '{werkvorm.id}', "
            f"{aantal(len(werkvorm.fasen), 'fase', 'fasen')}, {aantal(vragen, 'vraag', 'vragen')})"
        )
    if fout_gevonden:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``werkvormen`` and the ``werkvorm`` group (``valideer``, ``toon``, ``doe``)."""

    @app.command("werkvormen")
    def werkvormen(
        thema: str | None = typer.Option(
            None,
            "--thema",
            "-t",
            help=(
                "Alleen werkvormen van dit thema: samenwerking, verantwoording, "
                "leren-en-innoveren, communicatie of verhalen-verzamelen."
            ),
        ),
        config: Config = None,
    ) -> None:
        """Toon alle werkvormen: id, titel, thema en duur.

        Eigen werkvormen van je team (YAML-bestanden in ./werkvormen of in de mappen
        onder 'werkvormen:' in .verhaal.yaml) staan ertussen; een eigen werkvorm met
        hetzelfde id als een ingebouwde vervangt die, en de lijst zegt dat erbij.
        """
        from rich.console import Console
        from rich.table import Table

        from verhaal.errors import InvoerFout
        from verhaal.werkvorm import THEMAS, vind_werkvormen

        gekozen = None
        if thema is not None:
            gekozen = thema.strip().lower()
            if gekozen not in THEMAS:
                raise InvoerFout(f"Onbekend thema '{thema}'. Kies uit: {', '.join(THEMAS)}.")
        verzameling = vind_werkvormen(config).alle()
        kapot_ids = {k.id for k in verzameling.kapot}
        lijst = [w for w in verzameling.werkvormen if gekozen in (None, w.thema)]
        console = Console()
        if not lijst:
            console.print(f"Geen werkvormen met thema '{gekozen}'.")
        else:
            tabel = Table(title="Werkvormen", title_justify="left", show_lines=False)
            tabel.add_column("id", style="bold", no_wrap=True)
            tabel.add_column("titel")
            tabel.add_column("thema")
            tabel.add_column("duur")
            eigen = any(not w.ingebouwd for w in lijst) or bool(kapot_ids)
            if eigen:
                tabel.add_column("herkomst")
            for w in lijst:
                rij = [w.id, w.titel, thema_label(w.thema), w.duur or "-"]
                if eigen:
                    rij.append(herkomst(w))
                    if w.id in kapot_ids:
                        # The team's own file for this id is broken: the command that
                        # runs the id stops on it, so the listing must not look fine.
                        rij[-1] += "; jullie eigen bestand klopt niet (zie hieronder)"
                tabel.add_row(*rij)
            console.print(tabel)
            console.print(
                "Bekijk een werkvorm met: verhaal werkvorm toon ID · "
                "doe hem met: verhaal werkvorm doe ID",
                style="dim",
            )
        if verzameling.kapot:
            _meld_kapotte(verzameling.kapot)

    @werkvorm_app.command("toon")
    def toon(
        werkvorm_id: WerkvormId,
        config: Config = None,
    ) -> None:
        """Laat een werkvorm helemaal zien: uitleg, stappen, vragen en zinsbeginnen."""
        from rich.console import Console

        from verhaal.werkvorm import vind_werkvormen

        werkvorm = kies_werkvorm(vind_werkvormen(config), werkvorm_id)
        console: Console = Console()
        for deel in werkvorm_weergave(werkvorm):
            console.print(deel)

    _registreer_doe(werkvorm_app)
    app.add_typer(werkvorm_app, name="werkvorm")


def _meld_kapotte(kapot: list[KapotBestand]) -> None:
    """Report every broken werkvorm file on stderr, then stop with exit code 2."""
    from verhaal.werkvorm.laden import toon_pad

    for bestand in kapot:
        typer.echo(bestand.bericht, err=True)
    mappen = sorted({toon_pad(k.pad.parent) for k in kapot if k.pad.suffix == ".yaml"})
    n = len(kapot)
    if n == 1:
        samen = "Dit eigen werkvormbestand klopt niet en doet niet mee."
    else:
        samen = (
            f"Deze {aantal(n, 'eigen werkvormbestand', 'eigen werkvormbestanden')} "
            f"{werkwoord(n, 'klopt', 'kloppen')} niet en {werkwoord(n, 'doet', 'doen')} niet mee."
        )
    hint = f" Controleer ze met: verhaal werkvorm valideer {' '.join(mappen)}" if mappen else ""
    typer.echo(samen + hint, err=True)
    raise typer.Exit(2)


DOE_HULP = """Doe een werkvorm: stap voor stap, met de vragen van de werkvorm.

Werkt de werkvorm met een verhaal dat al af is, geef het dan mee met --verhaal: het staat
dan bij elke stap in beeld. Schrijf je in de werkvorm een tekst (een verhaal, een logline,
een vervolg), dan controleert verhaal die met de schrijfregels van de werkvorm zelf.

Je antwoorden worden bewaard als Markdown in een aantekeningenbestand (naast het verhaal,
of in de huidige map); een geschreven tekst komt in een eigen bestand ernaast. Na elk
antwoord wordt je werk bewaard in .verhaal-concepten/; stop wanneer je wilt en ga verder
met --hervat. Zonder terminal: --antwoorden BESTAND.yaml met per vraag-id het antwoord.

Exitcodes: 0 bewaard, 1 bewaard met open fouten in de tekst, 2 verkeerd gebruik of invoer,
130 onderbroken (je werk is bewaard)."""


def standaard_uit(werkvorm_id: str, verhaal: Path | None) -> Path:
    """Where ``doe`` writes by default: next to the story, or in the working folder.

    ``verhalen/jas.md`` + ``logline`` -> ``verhalen/jas.logline.md``; without a story
    ``logline.md``. The answers go to the matching ``.aantekeningen.md`` file.
    """
    if verhaal is not None:
        return verhaal.with_name(f"{verhaal.stem}.{werkvorm_id}.md")
    return Path(f"{werkvorm_id}.md")


def _vrije_naam(pad: Path, bezet: Callable[[Path], bool]) -> Path:
    """``pad``, or ``pad-2``, ``pad-3``, ... when that is taken."""
    if not bezet(pad):
        return pad
    for volgnummer in range(2, 10_000):
        kandidaat = pad.with_name(f"{pad.stem}-{volgnummer}{pad.suffix}")
        if not bezet(kandidaat):
            return kandidaat
    return pad


def _relatief(pad: Path, map_: Path) -> str:
    """``pad`` as seen from ``map_`` (a link in a file in ``map_`` must work from there)."""
    import os

    return Path(os.path.relpath(pad.absolute(), map_.absolute())).as_posix()


def hervat_opdracht(
    werkvorm_id: str,
    *,
    verhaal: Path | None = None,
    uit: Path | None = None,
    config: Path | None = None,
    editor: bool = False,
    met_naam: bool = False,
) -> str:
    """The command that continues a ``doe`` draft: its non-secret options, never the name."""
    from verhaal.cli._flow import hervat_opdracht as opdracht

    return opdracht(
        ["verhaal", "werkvorm", "doe", werkvorm_id, "--hervat"],
        opties=(("--verhaal", verhaal), ("--uit", uit), ("--config", config)),
        editor=editor,
        met_naam=met_naam,
    )


def _registreer_doe(werkvorm_app: typer.Typer) -> None:
    @werkvorm_app.command("doe", help=DOE_HULP)
    def doe(
        werkvorm_id: WerkvormId,
        verhaal: Path | None = typer.Option(
            None, "--verhaal", "-v", help="Het verhaal (.md of .txt) waarmee je werkt."
        ),
        antwoorden: Antwoorden = None,
        hervat: Hervat = False,
        uit: Path | None = typer.Option(
            None,
            "--uit",
            "-o",
            help=(
                "Bestand voor de geschreven tekst (.md); de antwoorden komen in "
                "NAAM.aantekeningen.md ernaast. Standaard naast het verhaal of in deze map."
            ),
        ),
        naam: Naam = None,
        namen: Namen = None,
        overschrijf: bool = typer.Option(
            False, "--overschrijf", help="Vervang bestaande bestanden zonder te vragen."
        ),
        editor: Editor = False,
        config: Config = None,
    ) -> None:
        from verhaal.bespreking.verhaal_erbij import VerhaalErbij
        from verhaal.cli._flow import (
            doorloop,
            flow_config,
            geen_naam_in_pad,
            geen_terminal_melding,
            laad_werkvorm,
            leerlingnamen,
            loop_verloop,
            verhaal_bestaat,
        )
        from verhaal.errors import InvoerFout
        from verhaal.flow import (
            AntwoordenVrager,
            Concept,
            Staat,
            Uitkomst,
            Verloop,
            Vrager,
            aantekeningen_pad,
            lees_verhaalbestand,
        )
        from verhaal.flow.bewaren import bewaar_nieuw, controleer_doel, maskeer
        from verhaal.flow.staat import CONCEPTEN_MAP, verhaal_sleutel
        from verhaal.flow.verhaalbestand import aantekeningen_markdown
        from verhaal.leerlingnaam import NaamZoeker
        from verhaal.opslag import schrijf_atomisch
        from verhaal.werkvorm import VERHAALSOORTEN, is_ingevuld

        verhaal_bestaat(verhaal)
        instellingen, werkvorm = laad_werkvorm(config, werkvorm_id)
        # One draft per werkvorm and story: the answers about one story never turn up
        # when the same werkvorm is done for another.
        naam_concept = werkvorm.id
        if verhaal is not None:
            naam_concept += f"-{verhaal_sleutel(verhaal)}"
        concept_pad = CONCEPTEN_MAP / f"{naam_concept}.yaml"
        # Before the first question (the pupil's name included): can the files be written?
        controleer_doel(
            uit or standaard_uit(werkvorm.id, verhaal),
            concepten=CONCEPTEN_MAP if antwoorden is None else None,
        )
        leerling = leerlingnamen(naam, namen, antwoorden=antwoorden, concept_pad=concept_pad)
        check_config = flow_config(instellingen, werkvorm, leerling)
        zoeker = NaamZoeker(check_config.namen)
        geen_naam_in_pad(uit, zoeker, "het uitvoerbestand (--uit)")
        # The output and the draft are named after the story by default.
        geen_naam_in_pad(verhaal, zoeker, "het verhaalbestand (--verhaal)")
        opdracht = hervat_opdracht(
            werkvorm_id,
            verhaal=verhaal,
            uit=uit,
            config=config,
            editor=editor,
            met_naam=bool(leerling),
        )
        bestand = lees_verhaalbestand(verhaal) if verhaal is not None else None

        def voer_uit(
            vrager: Vrager, staat: Staat | None, concept: Concept | None
        ) -> tuple[Verloop, Uitkomst] | None:
            if staat is None:
                staat = Staat(werkvorm=werkvorm.id)
            if bestand is not None and staat.alineas is None and werkvorm.schrijft_verhaal():
                # Writing in a werkvorm about an existing story starts from that story.
                staat.alineas = list(bestand.alineas)
            if bestand is not None:
                # A story-based werkvorm keeps the story in view at every phase (at a
                # terminal); any other werkvorm shows it once, at the start.
                bij_elke_fase = werkvorm.gebruikt_verhaal and vrager.interactief
                erbij = VerhaalErbij(
                    vrager, bestand.titel, bestand.alineas, toon_bij_fase=lambda _t: bij_elke_fase
                )
                if not bij_elke_fase:
                    erbij.toon_verhaal()
                vrager = erbij
            elif werkvorm.gebruikt_verhaal:
                vrager.toon(
                    "Deze werkvorm werkt met een verhaal dat al af is. Geef het mee met "
                    "--verhaal PAD om het bij elke stap in beeld te hebben.",
                    "waarschuwing",
                )
            if werkvorm.id == "bespreking" and werkvorm.ingebouwd:
                vrager.toon(
                    "Tip: met 'verhaal bespreek VERHAAL.md' kies je ook zinnen uit het verhaal "
                    "en komt de bespreking met datum naast het verhaal te staan.",
                    "melding",
                )
            return loop_verloop(
                werkvorm, vrager, staat, concept, opdracht=opdracht, config=check_config
            )

        def bewaar(klaar: tuple[Verloop, Uitkomst]) -> int:
            verloop, uitkomst = klaar
            antw = uitkomst.staat.antwoorden
            geschreven = any(
                is_ingevuld(antw.get(v.id))
                for _, v in werkvorm.vragen()
                if v.soort in VERHAALSOORTEN
            ) and bool(uitkomst.staat.alineas)
            if geschreven:
                doel = uit or standaard_uit(werkvorm.id, verhaal)
                if uit is None and verloop.titel is None:
                    doel = _vrije_naam(doel, lambda p: p.exists() or aantekeningen_pad(p).exists())
                bewaard = bewaar_nieuw(verloop, uitkomst, doel, overschrijf=overschrijf)
                typer.echo(f"Je {werkvorm.product.enkelvoud} is bewaard in {bewaard.verhaal}")
                typer.echo(f"Je antwoorden staan in {bewaard.aantekeningen}")
            else:
                basis = uit or standaard_uit(werkvorm.id, verhaal)
                notities = aantekeningen_pad(basis)
                if notities.exists() and not overschrijf:
                    if uit is not None:
                        raise InvoerFout(
                            f"{notities} bestaat al en wordt niet zomaar overschreven. Kies "
                            "een ander bestand met --uit, of gebruik --overschrijf."
                        )
                    notities = aantekeningen_pad(
                        _vrije_naam(basis, lambda p: aantekeningen_pad(p).exists())
                    )
                schrijf_atomisch(
                    notities,
                    maskeer(
                        aantekeningen_markdown(
                            werkvorm,
                            antw,
                            titel=bestand.titel if bestand is not None else None,
                            verhaal=(
                                _relatief(verhaal, notities.parent) if verhaal is not None else None
                            ),
                        ),
                        check_config.namen,
                    ),
                    overschrijf=overschrijf,
                )
                typer.echo(f"Je antwoorden zijn bewaard in {notities}")
            if geschreven and uitkomst.open_fouten:
                from verhaal.flow.bewaren import open_fouten_melding

                typer.echo(
                    open_fouten_melding(len(uitkomst.open_fouten), werkvorm.product.met_lidwoord)
                )
                return 1
            return 0

        doorloop(
            antwoorden=antwoorden,
            hervat=hervat,
            editor=editor,
            opdracht=opdracht,
            geen_terminal=geen_terminal_melding(
                "verhaal werkvorm doe",
                werkvorm.id,
                f"de vraag-ids staan in: verhaal werkvorm toon {werkvorm.id}",
            ),
            werkvorm_id=werkvorm.id,
            concept_pad=concept_pad,
            lees_antwoorden=lambda pad: AntwoordenVrager.uit_bestand(pad, werkvorm, typer.echo),
            voer_uit=voer_uit,
            bewaar=bewaar,
            namen=leerling,
            werkvorm=werkvorm,
            alle_namen=check_config.namen,
        )
