"""``verhaal werkvormen``, ``verhaal werkvorm toon`` and ``verhaal werkvorm doe``.

The list and the rendering read werkvormen through :mod:`verhaal.werkvorm` (built-in ones
plus a team's own folders: ``./werkvormen`` and the folders named under ``werkvormen:`` in
the configuration). ``doe`` runs a werkvorm through the shared flow engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

    from verhaal.werkvorm import Fase, Vraag, Werkvorm

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


def eigen_mappen(config: Path | None = None) -> list[Path]:
    """A team's own werkvorm folders: ``./werkvormen`` and those in the configuration."""
    from verhaal.instellingen import laad_instellingen
    from verhaal.werkvorm.laden import EIGEN_MAP

    mappen = [EIGEN_MAP] if EIGEN_MAP.is_dir() else []
    for map_ in laad_instellingen(config).werkvormen:
        if all(map_.resolve() != m.resolve() for m in mappen):
            mappen.append(map_)
    return mappen


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
    stukken: list[str] = []
    for regel_id, instelling in werkvorm.regels.items():
        if not instelling.aan:
            stukken.append(f"{regel_id}: uit")
            continue
        details = [f"{k} {v}" for k, v in instelling.opties.items()]
        if instelling.ernst:
            details.insert(0, instelling.ernst)
        stukken.append(f"{regel_id}: {', '.join(details)}" if details else regel_id)
    return "; ".join(stukken)


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
        kenmerken.append(f"minstens {vraag.min_woorden} woorden")
    if vraag.max_woorden:
        kenmerken.append(f"hoogstens {vraag.max_woorden} woorden")
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
        config: Path | None = typer.Option(
            None, "--config", help="Gebruik dit configuratiebestand in plaats van te zoeken."
        ),
    ) -> None:
        """Toon alle werkvormen: id, titel, thema en duur.

        Eigen werkvormen van je team (YAML-bestanden in ./werkvormen of in de mappen
        onder 'werkvormen:' in .verhaal.yaml) staan ertussen; een eigen werkvorm met
        hetzelfde id als een ingebouwde vervangt die, en de lijst zegt dat erbij.
        """
        from rich.console import Console
        from rich.table import Table

        from verhaal.errors import InvoerFout
        from verhaal.werkvorm import THEMAS, alle_werkvormen

        gekozen = None
        if thema is not None:
            gekozen = thema.strip().lower()
            if gekozen not in THEMAS:
                raise InvoerFout(f"Onbekend thema '{thema}'. Kies uit: {', '.join(THEMAS)}.")
        lijst = [w for w in alle_werkvormen(eigen_mappen(config)) if gekozen in (None, w.thema)]
        console = Console()
        if not lijst:
            console.print(f"Geen werkvormen met thema '{gekozen}'.")
            return
        tabel = Table(title="Werkvormen", title_justify="left", show_lines=False)
        tabel.add_column("id", style="bold", no_wrap=True)
        tabel.add_column("titel")
        tabel.add_column("thema")
        tabel.add_column("duur")
        eigen = any(not w.ingebouwd for w in lijst)
        if eigen:
            tabel.add_column("herkomst")
        for w in lijst:
            rij = [w.id, w.titel, thema_label(w.thema), w.duur or "-"]
            if eigen:
                rij.append(herkomst(w))
            tabel.add_row(*rij)
        console.print(tabel)
        console.print(
            "Bekijk een werkvorm met: verhaal werkvorm toon ID · "
            "doe hem met: verhaal werkvorm doe ID",
            style="dim",
        )

    @werkvorm_app.command("toon")
    def toon(
        werkvorm_id: str = typer.Argument(..., metavar="ID", help="Id of pad van de werkvorm."),
        config: Path | None = typer.Option(
            None, "--config", help="Gebruik dit configuratiebestand in plaats van te zoeken."
        ),
    ) -> None:
        """Laat een werkvorm helemaal zien: uitleg, stappen, vragen en zinsbeginnen."""
        from rich.console import Console

        from verhaal.werkvorm import laad_werkvorm

        werkvorm = laad_werkvorm(werkvorm_id, eigen_mappen(config))
        console: Console = Console()
        for deel in werkvorm_weergave(werkvorm):
            console.print(deel)
