"""``verhaal werkvormen``, ``verhaal werkvorm toon`` and ``verhaal werkvorm doe``.

The list and the rendering read werkvormen through :mod:`verhaal.werkvorm` (built-in ones
plus a team's own folders: ``./werkvormen`` and the folders named under ``werkvormen:`` in
the configuration). ``doe`` runs a werkvorm through the shared flow engine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from verhaal.cli._opties import Antwoorden, Config, Editor, Hervat, Naam, WerkvormId
from verhaal.taal import aantal, en, werkwoord

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

    from verhaal.werkvorm import Fase, KapotBestand, Vraag, Werkvorm

_SOORT_LABEL = {
    "kort": "kort antwoord",
    "lang": "langere tekst",
    "keuze": "kies er een",
    "meerkeuze": "kies er een of meer",
    "bevestig": "ja of nee",
    "zinsstarters": "verhaal langs zinsbeginnen",
    "controle": "controle van de tekst",
    "herschrijf": "herschrijf de tekst",
}

_THEMA_LABEL = {
    "samenwerking": "Samenwerking",
    "verantwoording": "Verantwoording en onderbouwing",
    "leren-en-innoveren": "Leren en innoveren",
    "communicatie": "Communicatie",
    "verhalen-verzamelen": "Verhalen verzamelen",
}


def thema_label(thema: str | None) -> str:
    """A theme id as a reader sees it."""
    if thema is None:
        return "-"
    return _THEMA_LABEL.get(thema, thema)


def herkomst(werkvorm: Werkvorm) -> str:
    """Where a werkvorm comes from, for the listing."""
    from verhaal.werkvorm.laden import toon_pad

    if werkvorm.ingebouwd:
        return "ingebouwd"
    eigen = f"eigen ({toon_pad(werkvorm.pad)})" if werkvorm.pad else "eigen"
    if werkvorm.vervangt is not None:
        return f"{eigen}, vervangt de ingebouwde"
    return eigen


def werkvorm_weergave(werkvorm: Werkvorm) -> list[RenderableType]:
    """The whole werkvorm as rich renderables: metadata, phases, questions, starters."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    delen: list[RenderableType] = []
    kop = Table.grid(padding=(0, 2))
    kop.add_column(style="bold", no_wrap=True)
    kop.add_column()
    kop.add_row("Id", werkvorm.id)
    kop.add_row("Thema", thema_label(werkvorm.thema))
    if werkvorm.duur:
        kop.add_row("Duur", werkvorm.duur)
    if werkvorm.toepassing:
        kop.add_row("Wanneer", werkvorm.toepassing)
    if werkvorm.materiaal:
        kop.add_row("Materiaal", "\n".join(f"• {m}" for m in werkvorm.materiaal))
    if werkvorm.rollen:
        kop.add_row(
            "Rollen",
            "\n".join(
                f"• {r.titel}" + (f": {r.uitleg}" if r.uitleg else "") for r in werkvorm.rollen
            ),
        )
    if werkvorm.gebruikt_verhaal:
        kop.add_row("Verhaal", "Je werkt met een bestaand verhaal (geef het mee met --verhaal).")
    if werkvorm.regels:
        kop.add_row("Controle", _regels_tekst(werkvorm))
    if werkvorm.bron:
        kop.add_row("Bron", werkvorm.bron)
    herkomst_tekst = herkomst(werkvorm)
    if herkomst_tekst != "ingebouwd":
        kop.add_row("Bestand", herkomst_tekst)
    delen.append(
        Panel(
            _groep(Text(werkvorm.uitleg.strip()), Text(""), kop),
            title=escape(werkvorm.titel),
            title_align="left",
        )
    )
    for nummer, fase in enumerate(werkvorm.fasen, start=1):
        delen.append(_fase_weergave(werkvorm, fase, nummer))
    for starters in werkvorm.zinsstarters.values():
        reeks = Table.grid(padding=(0, 2))
        reeks.add_column(style="bold", no_wrap=True)
        reeks.add_column()
        for starter in starters.starters:
            reeks.add_row(starter.tekst, starter.hulp or "")
        inhoud = [Text(starters.uitleg, style="dim"), reeks] if starters.uitleg else [reeks]
        delen.append(
            Panel(
                _groep(*inhoud),
                title=f"Zinsbeginnen: {escape(starters.titel)}",
                title_align="left",
                border_style="magenta",
            )
        )
    return delen


def _groep(*delen: RenderableType) -> RenderableType:
    from rich.console import Group

    return Group(*delen)


def _regels_tekst(werkvorm: Werkvorm) -> str:
    """The werkvorm's own rule settings as Dutch sentences, not as configuration keys.

    ``lengte: {max_woorden: 120}`` reads "Lengte: hoogstens 120 woorden.", ``zintuigen:
    info`` "Zintuigen: meldt als info.", rules switched off are named together.
    """

    zinnen: list[str] = []
    uit: list[str] = []
    for regel_id, instelling in werkvorm.regels.items():
        naam = regel_id.replace("-", " ")
        if not instelling.aan:
            uit.append(naam)
            continue
        delen = [f"meldt als {instelling.ernst}"] if instelling.ernst else []
        delen += [_optie_tekst(optie, waarde) for optie, waarde in instelling.opties.items()]
        if delen:
            zinnen.append(f"{naam.capitalize()}: {en(delen)}.")
        else:
            zinnen.append(f"{naam.capitalize()}: staat aan.")
    if uit:
        zinnen.append(f"{werkwoord(len(uit), 'Staat', 'Staan')} uit: {en(uit)}.")
    return "\n".join(zinnen)


def _optie_tekst(optie: str, waarde: object) -> str:
    """One rule option of a werkvorm in words ("hoogstens 120 woorden")."""
    from verhaal.cli.regels import toon_waarde

    if optie == "max_woorden" and isinstance(waarde, int):
        if not waarde:
            return "geen grens aan het aantal woorden"
        return f"hoogstens {aantal(waarde, 'woord', 'woorden')}"
    if optie == "tijd":
        if waarde == "tegenwoordig":
            return "het verhaal staat in de tegenwoordige tijd (de regel meldt de verleden tijd)"
        return "het verhaal staat in de verleden tijd"
    if optie == "citaten" and isinstance(waarde, bool):
        return "ook tussen aanhalingstekens" if waarde else "niet tussen aanhalingstekens"
    if optie == "heuristiek" and isinstance(waarde, bool):
        return "ook andere namen" if waarde else "alleen de naam van de leerling"
    if optie == "minimum":
        return f"minstens {toon_waarde(waarde)} zintuiglijke woorden"
    if optie in ("toegestaan", "negeer"):
        return f"nooit gemeld: {toon_waarde(waarde)}"
    if optie in ("extra", "extra_woorden"):
        return f"ook: {toon_waarde(waarde)}"
    return f"{optie.replace('_', ' ')} {toon_waarde(waarde)}"


def _fase_weergave(werkvorm: Werkvorm, fase: Fase, nummer: int) -> RenderableType:
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    delen: list[RenderableType] = []
    info = [s for s in (fase.duur, _rol_titel(werkvorm, fase.rol)) if s]
    if info:
        delen.append(Text(" · ".join(info), style="dim"))
    delen.append(Text(fase.uitleg.strip() + "\n"))
    if fase.vragen:
        # A grid keeps wrapped question text aligned under the question, not the number.
        vragen = Table.grid(padding=(0, 2))
        vragen.add_column(style="bold cyan", no_wrap=True)
        vragen.add_column()
        for vraagnummer, vraag in enumerate(fase.vragen, start=1):
            if vraagnummer > 1:
                vragen.add_row("", "")
            vragen.add_row(f"{nummer}.{vraagnummer}", _vraag_tekst(werkvorm, vraag))
        delen.append(vragen)
    return Panel(
        _groep(*delen),
        title=f"Stap {nummer} · {escape(fase.titel)}",
        title_align="left",
        border_style="cyan",
    )


def _rol_titel(werkvorm: Werkvorm, rol_id: str | None) -> str | None:
    if rol_id is None:
        return None
    for rol in werkvorm.rollen:
        if rol.id == rol_id:
            return f"rol: {rol.titel}"
    return f"rol: {rol_id}"


def _vraag_tekst(werkvorm: Werkvorm, vraag: Vraag) -> Text:
    from rich.text import Text

    tekst = Text()
    tekst.append(vraag.vraag, style="bold")
    kenmerken = [_SOORT_LABEL.get(vraag.soort, vraag.soort)]
    if vraag.verplicht:
        kenmerken.append("verplicht")
    if vraag.min_woorden:
        kenmerken.append(f"minstens {aantal(vraag.min_woorden, 'woord', 'woorden')}")
    if vraag.max_woorden:
        kenmerken.append(f"hoogstens {aantal(vraag.max_woorden, 'woord', 'woorden')}")
    rol = _rol_titel(werkvorm, vraag.rol)
    if rol:
        kenmerken.append(rol)
    tekst.append(f"\n({', '.join(kenmerken)})", style="dim")
    if vraag.uitleg:
        tekst.append(f"\n{vraag.uitleg.strip()}")
    for keuze in vraag.keuzes:
        tekst.append(f"\n○ {keuze.label}")
        if keuze.uitleg:
            tekst.append(f" — {keuze.uitleg}", style="dim")
    if vraag.als:
        voorwaarden = []
        for v in vraag.als:
            eerder = werkvorm.vraag(v.vraag)
            waarden = ", ".join(eerder.keuze_label(w) if eerder else str(w) for w in v.waarden)
            voorwaarden.append(
                {
                    "is": f"'{v.vraag}' is {waarden}",
                    "niet": f"'{v.vraag}' is niet {waarden}",
                    "bevat": f"bij '{v.vraag}' is {waarden} gekozen",
                    "ingevuld": f"'{v.vraag}' is {'wel' if v.waarden[0] else 'niet'} ingevuld",
                }[v.soort]
            )
        tekst.append(f"\nalleen als {' en '.join(voorwaarden)}", style="italic dim")
    if vraag.starters and vraag.starters in werkvorm.zinsstarters:
        tekst.append(f"\nzinsbeginnen: {werkvorm.zinsstarters[vraag.starters].titel}", style="dim")
    return tekst


def register(app: typer.Typer) -> None:
    """Add ``werkvormen`` to ``app`` and ``toon`` and ``doe`` to the ``werkvorm`` group."""
    from verhaal.cli.werkvorm import werkvorm_app

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

        from verhaal.cli.werkvorm import kies_werkvorm
        from verhaal.werkvorm import vind_werkvormen

        werkvorm = kies_werkvorm(vind_werkvormen(config), werkvorm_id)
        console: Console = Console()
        for deel in werkvorm_weergave(werkvorm):
            console.print(deel)

    _registreer_doe(werkvorm_app)


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
        overschrijf: bool = typer.Option(
            False, "--overschrijf", help="Vervang bestaande bestanden zonder te vragen."
        ),
        editor: Editor = False,
        config: Config = None,
    ) -> None:
        from verhaal.bespreking.verhaal_erbij import VerhaalErbij
        from verhaal.cli._flow import doorloop, flow_config, laad_werkvorm, loop_verloop
        from verhaal.errors import InvoerFout
        from verhaal.flow import (
            AntwoordenVrager,
            Concept,
            Staat,
            Uitkomst,
            Verloop,
            Vrager,
            aantekeningen_pad,
            bewaar_verhaal,
            kies_verhaalpad,
            lees_verhaalbestand,
        )
        from verhaal.flow.staat import CONCEPTEN_MAP, verhaal_sleutel
        from verhaal.flow.verhaalbestand import aantekeningen_markdown
        from verhaal.opslag import schrijf_atomisch
        from verhaal.werkvorm import VERHAALSOORTEN, is_ingevuld

        instellingen, werkvorm = laad_werkvorm(config, werkvorm_id)
        opdracht = hervat_opdracht(
            werkvorm_id, verhaal=verhaal, uit=uit, config=config, editor=editor, met_naam=bool(naam)
        )
        check_config = flow_config(instellingen, werkvorm, naam)
        bestand = lees_verhaalbestand(verhaal) if verhaal is not None else None
        # One draft per werkvorm and story: the answers about one story never turn up
        # when the same werkvorm is done for another.
        naam_concept = werkvorm.id
        if verhaal is not None:
            naam_concept += f"-{verhaal_sleutel(verhaal)}"

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
                pad = kies_verhaalpad(verloop, doel, overschrijf=overschrijf)
                bewaard = bewaar_verhaal(verloop, uitkomst, pad)
                typer.echo(f"Je tekst is bewaard in {bewaard.verhaal}")
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
                    aantekeningen_markdown(
                        werkvorm,
                        antw,
                        titel=bestand.titel if bestand is not None else None,
                        verhaal=(
                            _relatief(verhaal, notities.parent) if verhaal is not None else None
                        ),
                    ),
                )
                typer.echo(f"Je antwoorden zijn bewaard in {notities}")
            if geschreven and uitkomst.open_fouten:
                from verhaal.flow.bewaren import open_fouten_melding

                typer.echo(open_fouten_melding(len(uitkomst.open_fouten), "het bestand"))
                return 1
            return 0

        doorloop(
            antwoorden=antwoorden,
            hervat=hervat,
            editor=editor,
            opdracht=opdracht,
            geen_terminal=(
                f"verhaal werkvorm doe stelt vragen en heeft daarvoor een terminal nodig. "
                f"Zonder terminal zet je de antwoorden in een bestand: verhaal werkvorm doe "
                f"{werkvorm.id} --antwoorden ANTWOORDEN.yaml (de vraag-ids staan in: "
                f"verhaal werkvorm toon {werkvorm.id})."
            ),
            werkvorm_id=werkvorm.id,
            concept_pad=CONCEPTEN_MAP / f"{naam_concept}.yaml",
            lees_antwoorden=lambda pad: AntwoordenVrager.uit_bestand(pad, werkvorm, typer.echo),
            voer_uit=voer_uit,
            bewaar=bewaar,
        )
