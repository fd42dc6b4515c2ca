"""The story and its findings at a glance, for the start of a review (rich).

Imported only inside ``verhaal bespreek``. The story is shown as its paragraphs in a
panel with every finding's words marked in the colour of its severity, followed by one
short line per finding.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from verhaal.bespreking.sessie import Verhaal
from verhaal.flow.vrager import ERNST_NAAM
from verhaal.taal import aantal

_STIJL = {"fout": "bold red", "waarschuwing": "yellow", "info": "blue"}


def verhaal_paneel(verhaal: Verhaal) -> RenderableType:
    """The story body (no front matter, no title line) with findings underlined."""
    tekst = verhaal.tekst
    start = verhaal.bestand.lichaam_start
    lichaam = tekst[start:]
    # Skip the '# titel' line: the title is the panel's title.
    titelregel = lichaam.lstrip("\n")
    if titelregel.startswith("# "):
        overgeslagen = len(lichaam) - len(titelregel) + len(titelregel.split("\n", 1)[0])
        start += overgeslagen
        lichaam = tekst[start:]
    inhoud = Text(lichaam.strip("\n"))
    verschuiving = start + (len(lichaam) - len(lichaam.lstrip("\n")))
    for b in verhaal.bevindingen:
        begin, eind = b.start - verschuiving, b.eind - verschuiving
        if b.eind > b.start and 0 <= begin < eind <= len(inhoud.plain):
            inhoud.stylize(f"{_STIJL.get(b.ernst, '')} underline", begin, eind)
    woorden = len(" ".join(verhaal.bestand.alineas).split())
    return Panel(
        inhoud,
        title=escape(verhaal.titel),
        title_align="left",
        subtitle=f"{verhaal.pad.name} · ongeveer {aantal(woorden, 'woord', 'woorden')}",
        subtitle_align="right",
        padding=(1, 2),
    )


def bevindingen_overzicht(verhaal: Verhaal) -> RenderableType:
    """One line per finding: severity, rule, the words, the message and a suggestion."""
    if not verhaal.bevindingen:
        return Text("De controle vond niets: het verhaal volgt de schrijfregels.", style="green")
    tabel = Table.grid(padding=(0, 2))
    tabel.add_column(no_wrap=True)
    tabel.add_column(no_wrap=True, style="dim")
    tabel.add_column()
    for b in verhaal.bevindingen:
        uitleg = Text()
        if b.tekst.strip():
            uitleg.append(f"‘{' '.join(b.tekst.split())}’ ", style="bold")
        uitleg.append(b.bericht)
        if b.suggestie:
            uitleg.append(f" → {b.suggestie}", style="green")
        tabel.add_row(
            Text(ERNST_NAAM.get(b.ernst, b.ernst), style=_STIJL.get(b.ernst, "")), b.regel, uitleg
        )
    return Group(Text("Wat de controle vond", style="bold"), tabel)


def toon_verhaal(console: Console, verhaal: Verhaal) -> None:
    """The story panel, the findings and a note about the check, if any."""
    console.print(verhaal_paneel(verhaal))
    console.print(bevindingen_overzicht(verhaal))
    if verhaal.notitie:
        console.print(Text(verhaal.notitie, style="dim"))
