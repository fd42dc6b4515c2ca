"""``verhaal regels [ID]``: the checker's rules, explained with their own examples.

Without an id: a table of all rules. With an id: the description, why the method has the
rule, its settings (type, allowed values and default, as they go in ``.verhaal.yaml``) and
its examples,
the same ones the tests run, so the help never drifts from the behaviour. On a terminal
the output is rendered with rich; otherwise (a pipe, a file, ``NO_COLOR``) it is plain text.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from verhaal.checker.document import BestandsSoort
    from verhaal.checker.regel import Optie, Regel, Voorbeeld

_TYPE_NAAM = {
    bool: "ja/nee",
    int: "geheel getal",
    float: "getal",
    str: "tekst",
    list: "lijst van woorden",
}


def korte_beschrijving(regel: Regel) -> str:
    """The first sentence of a rule's description (for the overview table)."""
    tekst = regel.beschrijving.strip()
    einden = [i for i in (tekst.find(". "), tekst.find(": ")) if i > 0]
    if not einden:
        return tekst
    return tekst[: min(einden)] + "."


def type_naam(optie: Optie) -> str:
    """The Dutch name of an option's type, with the values it allows when the rule limits
    them ('tekst: verleden of tegenwoordig', 'geheel getal, 0 of meer')."""
    naam = _TYPE_NAAM.get(optie.soort, optie.soort.__name__)
    if optie.keuzes:
        return f"{naam}: {optie.toegestane_waarden()}"
    if optie.minimum is not None:
        return f"{naam}, {yaml_waarde(optie.minimum)} of meer"
    return naam


def yaml_waarde(waarde: Any) -> str:
    """A default value as it is written in YAML (true, 300, [], [A4])."""
    return json.dumps(waarde, ensure_ascii=False)


def toon_waarde(waarde: Any) -> str:
    """A setting's value as a reader says it: ja/nee, 300, geen, 'A4' en 'A5'.

    Only for text; the YAML example in the help keeps :func:`yaml_waarde` (true/false),
    which is what the configuration file reads.
    """
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list | tuple):
        if not waarde:
            return "geen"
        from verhaal.taal import en

        return en([f"'{w}'" for w in waarde])
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, str):
        return f"'{waarde}'"
    return str(waarde).replace(".", ",") if isinstance(waarde, float) else str(waarde)


def voorbeeld_uitkomst(regel: Regel, voorbeeld: Voorbeeld) -> list[tuple[int, int, str]]:
    """Run the rule on its example: the spans it reports (start, end, text)."""
    from verhaal.checker import CheckConfig, RegelInstelling, check

    # Only this rule, with the example's options, as tests/test_regels.py runs it.
    instellingen = {andere: RegelInstelling(aan=False) for andere in _alle_regels()}
    instellingen[regel.id] = RegelInstelling(opties=dict(voorbeeld.opties))
    config = CheckConfig(regels=instellingen)
    soort: BestandsSoort = "txt" if voorbeeld.bestandssoort == "txt" else "md"
    return [(b.start, b.eind, b.tekst) for b in check(voorbeeld.tekst, config, soort)]


def _alle_regels() -> dict[str, Regel]:
    from verhaal.checker.rules import REGELS

    return REGELS


def zoek_regel(regel_id: str) -> Regel:
    """The rule with this id, or an InvoerFout that lists the known ids."""
    from verhaal.errors import InvoerFout
    from verhaal.gelijkend import bedoel_je

    regels = _alle_regels()
    regel = regels.get(regel_id.strip().lower())
    if regel is None:
        bekend = ", ".join(regels)
        hint = bedoel_je(regel_id, regels, aanhalen="'")
        raise InvoerFout(
            f"Onbekende regel '{regel_id}'. {hint + ' ' if hint else ''}Bekende regels: {bekend}."
        )
    return regel


def _voorbeeld_opties(voorbeeld: Voorbeeld) -> str:
    delen = [f"{naam} = {toon_waarde(waarde)}" for naam, waarde in voorbeeld.opties.items()]
    if voorbeeld.bestandssoort == "txt":
        delen.append("als .txt-bestand")
    return f" (met {', '.join(delen)})" if delen else ""


def _wat_gemeld(verwacht: list[str]) -> str:
    delen = [
        f"'{tekst}'" if tekst else "het verhaal als geheel" for tekst in verhaal_uniek(verwacht)
    ]
    return ", ".join(delen)


def verhaal_uniek(teksten: list[str]) -> list[str]:
    """The texts in order, without repeats."""
    gezien: list[str] = []
    for tekst in teksten:
        if tekst not in gezien:
            gezien.append(tekst)
    return gezien


# --- Plain text ---------------------------------------------------------------------------


def overzicht_tekst(regels: list[Regel]) -> str:
    """All rules as a plain table."""
    rijen = [("regel", "ernst", "titel", "beschrijving")]
    rijen += [(r.id, r.ernst, r.titel, korte_beschrijving(r)) for r in regels]
    breedtes = [max(len(rij[k]) for rij in rijen) for k in range(3)]
    regels_tekst = [
        "  ".join(rij[k].ljust(breedtes[k]) for k in range(3)) + "  " + rij[3] for rij in rijen
    ]
    regels_tekst.insert(1, "  ".join("-" * b for b in breedtes) + "  " + "-" * 12)
    regels_tekst.append("")
    regels_tekst.append(
        "Meer over een regel: verhaal regels ID (bijvoorbeeld: verhaal regels getal)."
    )
    return "\n".join(regel.rstrip() for regel in regels_tekst) + "\n"


def _ingesprongen(tekst: str, inspringing: str = "    ") -> str:
    return "\n".join((inspringing + regel).rstrip() for regel in tekst.strip("\n").split("\n"))


def regel_tekst(regel: Regel) -> str:
    """One rule in full, as plain text."""
    delen = [
        f"{regel.id}: {regel.titel} (ernst: {regel.ernst})",
        "",
        regel.beschrijving,
        "",
        "Waarom",
        _ingesprongen(regel.waarom, "  "),
        "",
        "Instellingen",
    ]
    if regel.opties:
        for naam, optie in regel.opties.items():
            delen.append(
                f"  {naam} ({type_naam(optie)}, standaard: {toon_waarde(optie.standaard)})"
            )
            delen.append(_ingesprongen(optie.uitleg))
    delen.append(
        "  aan (ja/nee, standaard: ja), "
        f"ernst (fout, waarschuwing of info; standaard: {regel.ernst})"
    )
    delen.append("")
    delen.append("  In .verhaal.yaml:")
    delen.append("    regels:")
    delen.append(f"      {regel.id}:")
    delen.append(f"        ernst: {regel.ernst}")
    for naam, optie in regel.opties.items():
        delen.append(f"        {naam}: {yaml_waarde(optie.standaard)}")
    afgaan = [v for v in regel.voorbeelden if v.verwacht]
    stil = [v for v in regel.voorbeelden if not v.verwacht]
    if afgaan:
        delen += ["", "Voorbeelden die de regel meldt"]
        for voorbeeld in afgaan:
            delen.append(_ingesprongen(voorbeeld.tekst, "  | "))
            delen.append(
                f"    meldt: {_wat_gemeld(voorbeeld.verwacht)}{_voorbeeld_opties(voorbeeld)}"
            )
    if stil:
        delen += ["", "Voorbeelden waarbij de regel stil blijft"]
        for voorbeeld in stil:
            delen.append(_ingesprongen(voorbeeld.tekst, "  | "))
            opties = _voorbeeld_opties(voorbeeld)
            if opties:
                delen.append(f"    {opties.strip()}")
    return "\n".join(delen) + "\n"


# --- Rich ---------------------------------------------------------------------------------


def toon_overzicht(console: Console, regels: list[Regel]) -> None:
    """All rules as a rich table."""
    from rich.table import Table

    tabel = Table(title="Regels van de verhaalcontrole", title_justify="left")
    tabel.add_column("regel", style="bold cyan", no_wrap=True)
    tabel.add_column("ernst", no_wrap=True)
    tabel.add_column("titel")
    tabel.add_column("beschrijving")
    for regel in regels:
        tabel.add_row(
            regel.id,
            f"[{_ERNST_STIJL[regel.ernst]}]{regel.ernst}[/]",
            regel.titel,
            korte_beschrijving(regel),
        )
    console.print(tabel)
    console.print(
        "Meer over een regel: [bold]verhaal regels ID[/] (bijvoorbeeld: verhaal regels getal)."
    )


_ERNST_STIJL = {"fout": "bold red", "waarschuwing": "yellow", "info": "blue"}


def toon_regel(console: Console, regel: Regel) -> None:
    """One rule in full, with rich: examples with the reported spans highlighted."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    console.print(
        Panel(
            Text(regel.beschrijving),
            title=f"[bold]{escape(regel.id)}[/]: {escape(regel.titel)}",
            subtitle=f"ernst: [{_ERNST_STIJL[regel.ernst]}]{regel.ernst}[/]",
            title_align="left",
        )
    )
    console.print("[bold]Waarom[/]")
    console.print(Text(regel.waarom), style="italic")
    console.print()
    tabel = Table(title="Instellingen in .verhaal.yaml", title_justify="left")
    tabel.add_column("instelling", style="bold")
    tabel.add_column("type")
    tabel.add_column("standaard")
    tabel.add_column("uitleg")
    tabel.add_row("aan", "ja/nee", "ja", "De regel aan of uit zetten.")
    tabel.add_row("ernst", "tekst", regel.ernst, "fout, waarschuwing of info.")
    for naam, optie in regel.opties.items():
        tabel.add_row(
            naam, type_naam(optie), escape(toon_waarde(optie.standaard)), escape(optie.uitleg)
        )
    console.print(tabel)
    for kop, groep in (
        ("Voorbeelden die de regel meldt", [v for v in regel.voorbeelden if v.verwacht]),
        (
            "Voorbeelden waarbij de regel stil blijft",
            [v for v in regel.voorbeelden if not v.verwacht],
        ),
    ):
        if not groep:
            continue
        console.print()
        console.print(f"[bold]{kop}[/]")
        for voorbeeld in groep:
            tekst = Text(voorbeeld.tekst.strip("\n"))
            for start, eind, _ in voorbeeld_uitkomst(regel, voorbeeld):
                tekst.stylize("bold reverse red", start, max(eind, start + 1))
            console.print(Panel(tekst, expand=False))
            opties = escape(_voorbeeld_opties(voorbeeld).strip())
            if voorbeeld.verwacht:
                console.print(f"  meldt: {escape(_wat_gemeld(voorbeeld.verwacht))} {opties}")
            elif opties:
                console.print(f"  {opties}")


def op_terminal() -> bool:
    """Rich output only on a real terminal and when NO_COLOR is not set."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def register(app: typer.Typer) -> None:
    """Add ``regels`` to ``app``."""

    @app.command()
    def regels(
        regel_id: str | None = typer.Argument(
            None, metavar="ID", help="Id van een regel, bijvoorbeeld getal of naam."
        ),
    ) -> None:
        """Toon de regels van de verhaalcontrole, of één regel met uitleg en voorbeelden."""
        alle = list(_alle_regels().values())
        regel = zoek_regel(regel_id) if regel_id is not None else None
        if op_terminal():
            from rich.console import Console

            console = Console()
            if regel is None:
                toon_overzicht(console, alle)
            else:
                toon_regel(console, regel)
            return
        typer.echo(overzicht_tekst(alle) if regel is None else regel_tekst(regel), nl=False)
