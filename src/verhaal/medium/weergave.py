"""Rich rendering of the medium tree and of a walk's advice.

Imported only from inside the ``medium`` command, so rich never slows down start-up.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from verhaal.medium.model import Advies, Beslisboom, Onderwerp, Vraagknoop
from verhaal.medium.wandelen import Stap, Uitkomst

ONDERWERP_LABEL: dict[Onderwerp, str] = {
    "publiek": "Publiek",
    "doel": "Doel",
    "boodschap": "Boodschap",
    "middelen": "Middelen",
}


def toon_inleiding(console: Console, boom: Beslisboom) -> None:
    """The tree's title and introduction, before the first question."""
    console.print(Panel(boom.inleiding, title=boom.titel, title_align="left", expand=False))


def vraag_kop(vraag: Vraagknoop, stappen: tuple[Stap, ...]) -> Text:
    """The line above a question: its topic and how far the walk is."""
    kop = Text(f"{ONDERWERP_LABEL[vraag.over]} · vraag {len(stappen) + 1}", style="bold cyan")
    if vraag.uitleg:
        kop.append(f"\n{vraag.uitleg}", style="dim")
    return kop


def advies_paneel(advies: Advies) -> Panel:
    """One recommendation: why, the first step and an optional warning.

    Each part wraps under its own text, not under its label, at any width.
    """
    rijen = [("Waarom", "bold", advies.waarom), ("Eerste stap", "bold", advies.eerste_stap)]
    if advies.let_op:
        rijen.append(("Let op", "bold yellow", advies.let_op))
    inhoud = Table.grid(padding=(0, 2))
    inhoud.add_column(no_wrap=True)
    inhoud.add_column()
    for nummer, (label, stijl, tekst) in enumerate(rijen):
        if nummer:
            inhoud.add_row("", "")
        inhoud.add_row(Text(label, style=stijl), Text(tekst))
    return Panel(inhoud, title=advies.titel, title_align="left", border_style="green")


def toon_uitkomst(console: Console, uitkomst: Uitkomst) -> None:
    """The answers given and the advice they lead to."""
    overzicht = Table.grid(padding=(0, 1))
    overzicht.add_column(no_wrap=True)
    overzicht.add_column()
    for stap in uitkomst.stappen:
        overzicht.add_row(
            Text(f"{ONDERWERP_LABEL[stap.vraag.over]}:", style="bold"), Text(stap.keuze.antwoord)
        )
    console.print(Panel(overzicht, title="Jouw antwoorden", expand=False))
    kop = "Ons advies" if len(uitkomst.adviezen) == 1 else "Ons advies: combineer deze"
    console.print(Text(kop, style="bold"))
    for advies in uitkomst.adviezen:
        console.print(advies_paneel(advies))


def toon_boom(console: Console, boom: Beslisboom) -> None:
    """The whole tree: questions, answers and where each answer leads, then every advice."""
    console.print(Panel(boom.inleiding, title=boom.titel, title_align="left"))
    wortel = Tree(Text("Start", style="bold"))
    _voeg_vraag_toe(wortel, boom, boom.vragen[boom.begin])
    console.print(wortel)
    console.print(
        Text(
            "De grijze woorden zijn de ids voor een antwoordbestand (--antwoorden), "
            "bijvoorbeeld 'publiek: team'.",
            style="dim",
        )
    )
    console.print()
    console.print(Text("De adviezen", style="bold"))
    console.print(Group(*(advies_paneel(a) for a in boom.adviezen.values())))
    if boom.bron:
        console.print(Text(f"Bron: {boom.bron}", style="dim"))


def _voeg_vraag_toe(tak: Tree, boom: Beslisboom, vraag: Vraagknoop) -> None:
    label = Text()
    label.append(f"[{ONDERWERP_LABEL[vraag.over]}] ", style="cyan")
    label.append(vraag.vraag, style="bold")
    label.append(f"  {vraag.id}", style="dim")
    vraag_tak = tak.add(label)
    for keuze in vraag.keuzes:
        keuze_tak = vraag_tak.add(Text.assemble(keuze.antwoord, (f"  {keuze.id}", "dim")))
        if keuze.naar is not None:
            _voeg_vraag_toe(keuze_tak, boom, boom.vragen[keuze.naar])
        else:
            titels = " + ".join(boom.adviezen[a].titel for a in keuze.adviezen)
            keuze_tak.add(Text(f"Advies: {titels}", style="green"))
