"""The human format: each finding with its line and the span marked, then a table per rule.

``pad:regel:kolom  ernst  regel-id  bericht`` (ernst: fout, waarschuwing or info), the
line of the story with ``^^^`` under the span, and the suggestion. On a terminal the same
content is coloured with rich; when stdout is a pipe or file, or ``NO_COLOR`` is set, it
is plain text and rich is never imported. ``--stil`` keeps only the summary (and files
that could not be checked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verhaal.checker.bevinding import ERNSTEN, Ernst
from verhaal.linter.rapport import Schrijver, Telling
from verhaal.linter.uitvoeren import Gevonden, Notitie, Uitslag, venster
from verhaal.taal import aantal, meervoud, werkwoord

if TYPE_CHECKING:
    from rich.console import Console

Segment = tuple[str, str]
"""A piece of text and its rich style ("" for none)."""

STIJL: dict[Ernst, str] = {"fout": "bold red", "waarschuwing": "yellow", "info": "cyan"}


def _hoofdletter(zin: str) -> str:
    return zin[:1].upper() + zin[1:]


def samenvatting_zin(telling: Telling) -> str:
    """One Dutch sentence with the totals of the batch."""
    t = telling
    # Files that could not be checked are counted apart, not among the checked ones.
    gecontroleerd = t.bestanden - t.onleesbaar
    bestanden = f"{gecontroleerd} {meervoud(gecontroleerd, 'bestand', 'bestanden')}"
    if gecontroleerd == 0 and t.onleesbaar:
        kon = werkwoord(t.onleesbaar, "kon", "konden")
        onleesbaar = aantal(t.onleesbaar, "bestand", "bestanden")
        return f"Er is niets gecontroleerd: {onleesbaar} {kon} niet worden gelezen."
    if t.bevindingen == 0:
        zin = f"Geen bevindingen in {bestanden}."
    else:
        ernsten = t.per_ernst()
        delen = [
            aantal(ernsten["fout"], "fout", "fouten"),
            aantal(ernsten["waarschuwing"], "waarschuwing", "waarschuwingen"),
            aantal(ernsten["info"], "info", "info"),
        ]
        zin = (
            f"{_hoofdletter(aantal(t.bevindingen, 'bevinding', 'bevindingen'))} in "
            f"{t.met_bevindingen} van {bestanden} ({', '.join(delen)})."
        )
    if t.onleesbaar:
        kon = werkwoord(t.onleesbaar, "kon", "konden")
        zin += (
            f" {_hoofdletter(aantal(t.onleesbaar, 'bestand', 'bestanden'))} {kon} niet worden "
            "gecontroleerd."
        )
    if t.notities:
        zin += (
            f" {_hoofdletter(aantal(t.notities, 'opmerking', 'opmerkingen'))} over "
            "onderdrukkingen of werkvormen."
        )
    return zin


def _uittreksel(g: Gevonden) -> tuple[str, int, int]:
    """The finding's line (long lines cut around the span), caret start and width.

    The worker already cut the line with :func:`venster`; ``…`` marks what is left out."""
    deel = (g.regeltekst or "").replace("\t", " ")
    lengte = g.regel_lengte if g.regel_lengte is not None else len(deel)
    begin = g.kolom - 1
    eind = g.eind_kolom - 1 if g.eind_regel == g.regel else lengte
    breedte = max(1, eind - begin)
    van, tot = venster(lengte, begin, eind)
    stuk = deel[van - g.regeltekst_van : tot - g.regeltekst_van]
    if van == 0 and tot == lengte:
        return stuk, begin, breedte
    voor = "…" if van > 0 else ""
    na = "…" if tot < lengte else ""
    return voor + stuk + na, begin - van + len(voor), min(breedte, tot - begin)


def bevinding_regels(pad: str, g: Gevonden) -> list[list[Segment]]:
    """The lines that show one finding, as styled segments."""
    b = g.bevinding
    regels: list[list[Segment]] = [
        [
            (f"{pad}:{g.regel}:{g.kolom}", "bold"),
            ("  ", ""),
            (b.ernst, STIJL[b.ernst]),
            ("  ", ""),
            (b.regel, "bold"),
            ("  ", ""),
            (b.bericht, ""),
        ]
    ]
    if g.regeltekst is not None:
        tekst, begin, breedte = _uittreksel(g)
        nummer = str(g.regel)
        marge = " " * len(nummer)
        regels.append([(f" {nummer} | ", "blue"), (tekst, "")])
        regels.append([(f" {marge} | ", "blue"), (" " * begin + "^" * breedte, STIJL[b.ernst])])
        if b.suggestie is not None:
            regels.append(
                [(f" {marge} = ", "blue"), ("suggestie: ", "bold"), (b.suggestie, "green")]
            )
    return regels


def notitie_regels(pad: str, n: Notitie) -> list[list[Segment]]:
    """The line that shows a linter note."""
    return [
        [
            (f"{pad}:{n.regel}:{n.kolom}", "bold"),
            ("  ", ""),
            ("opmerking", "magenta"),
            ("  ", ""),
            (n.soort, "bold"),
            ("  ", ""),
            (n.bericht, ""),
        ]
    ]


def fout_regels(pad: str, fout: str) -> list[list[Segment]]:
    """The line that says a file could not be checked."""
    return [[(pad, "bold"), (": ", ""), ("niet gecontroleerd", "bold red"), (": " + fout, "")]]


def tabel_rijen(telling: Telling) -> list[tuple[str, Ernst, int]]:
    """Summary rows (rule, severity, count) in registry order, most severe first."""
    from verhaal.checker.rules import REGELS

    volgorde = {regel_id: i for i, regel_id in enumerate(REGELS)}
    return sorted(
        ((regel, ernst, n) for (regel, ernst), n in telling.per_regel.items()),
        key=lambda r: (volgorde.get(r[0], len(volgorde)), r[0], ERNSTEN.index(r[1])),
    )


class TekstRapport:
    """Plain text (pipes, files, NO_COLOR)."""

    def __init__(self, schrijf: Schrijver, stil: bool = False) -> None:
        self.schrijf = schrijf
        self.stil = stil

    def _regels(self, regels: list[list[Segment]]) -> None:
        self.schrijf("".join("".join(t for t, _ in regel) + "\n" for regel in regels))

    def begin(self) -> None:
        """Nothing to open."""

    def bestand(self, uitslag: Uitslag) -> None:
        """Findings and notes of one file (only its error with ``--stil``)."""
        if uitslag.fout is not None:
            self._regels([*fout_regels(uitslag.pad, uitslag.fout), []])
            return
        if self.stil:
            return
        for n in uitslag.notities:
            self._regels(notitie_regels(uitslag.pad, n))
        for g in uitslag.gevonden:
            self._regels([*bevinding_regels(uitslag.pad, g), []])

    def einde(self, telling: Telling, exitcode: int) -> None:
        """The table per rule and the totals."""
        rijen = tabel_rijen(telling)
        if rijen:
            breedte = max(len("regel"), *(len(r[0]) for r in rijen))
            uit = [f"{'regel'.ljust(breedte)}  {'ernst'.ljust(12)}  aantal"]
            uit += [f"{r.ljust(breedte)}  {e.ljust(12)}  {a:>6}" for r, e, a in rijen]
            self.schrijf("\n".join(uit) + "\n\n")
        self.schrijf(samenvatting_zin(telling) + "\n")


class RichRapport(TekstRapport):
    """The same content, coloured, on a terminal."""

    def __init__(self, console: Console, stil: bool = False) -> None:
        super().__init__(lambda tekst: console.out(tekst, end=""), stil)
        self.console = console

    def _regels(self, regels: list[list[Segment]]) -> None:
        from rich.text import Text

        for regel in regels:
            self.console.print(Text.assemble(*regel), soft_wrap=True, highlight=False)

    def einde(self, telling: Telling, exitcode: int) -> None:
        """A rich table per rule and the totals."""
        from rich.table import Table

        rijen = tabel_rijen(telling)
        if rijen:
            tabel = Table(title="Bevindingen per regel", title_justify="left")
            tabel.add_column("regel")
            tabel.add_column("ernst")
            tabel.add_column("aantal", justify="right")
            for regel, ernst, n in rijen:
                tabel.add_row(regel, f"[{STIJL[ernst]}]{ernst}[/]", str(n))
            self.console.print(tabel)
        stijl = "bold red" if exitcode else "bold green"
        self.console.print(samenvatting_zin(telling), style=stijl, highlight=False)
