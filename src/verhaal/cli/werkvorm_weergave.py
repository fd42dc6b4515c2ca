"""How a werkvorm looks on screen: the listing's labels and ``verhaal werkvorm toon``.

Rich renderables and plain labels only; the commands that use them are in
:mod:`verhaal.cli.werkvorm`. rich is imported inside the functions, so importing this
module (``verhaal --help`` does) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verhaal.flow.vrager import ERNST_NAAM
from verhaal.taal import aantal, en, werkwoord

if TYPE_CHECKING:
    from rich.console import RenderableType
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
    info`` "Zintuigen: als tip.", rules switched off are named together; the tense setting
    names the werkvorm's own product ("de logline staat in de tegenwoordige tijd").
    """

    zinnen: list[str] = []
    uit: list[str] = []
    for regel_id, instelling in werkvorm.regels.items():
        naam = regel_id.replace("-", " ")
        if not instelling.aan:
            uit.append(naam)
            continue
        ernst = instelling.ernst
        delen = [f"als {ERNST_NAAM.get(ernst, ernst)}"] if ernst else []
        delen += [
            _optie_tekst(optie, waarde, werkvorm.product.met_lidwoord)
            for optie, waarde in instelling.opties.items()
        ]
        if delen:
            zinnen.append(f"{naam.capitalize()}: {'; '.join(delen)}.")
        else:
            zinnen.append(f"{naam.capitalize()}: staat aan.")
    if uit:
        zinnen.append(f"{werkwoord(len(uit), 'Staat', 'Staan')} uit: {en(uit)}.")
    return "\n".join(zinnen)


def _optie_tekst(optie: str, waarde: object, product: str = "het verhaal") -> str:
    """One rule option of a werkvorm in words ("hoogstens 120 woorden")."""
    from verhaal.cli.regels import toon_waarde

    if optie == "max_woorden" and isinstance(waarde, int):
        if not waarde:
            return "geen grens aan het aantal woorden"
        return f"hoogstens {aantal(waarde, 'woord', 'woorden')}"
    if optie == "tijd":
        if waarde == "tegenwoordig":
            return f"{product} staat in de tegenwoordige tijd, dus de regel meldt de verleden tijd"
        return f"{product} staat in de verleden tijd"
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
