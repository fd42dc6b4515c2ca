"""``verhaal bundel``: a team's stories as one printable booklet for the meeting.

The work lives in :mod:`verhaal.bundel`; this module reads the options, reports on the
terminal (stderr: the booklet never holds a report) and writes the file atomically.
Nothing heavy is imported before the command runs, so ``verhaal --help`` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from verhaal.cli._opties import Config, Namen

if TYPE_CHECKING:
    from datetime import date

    from verhaal.bundel import Leesverslag, Naampoort
    from verhaal.checker.bevinding import Ernst
    from verhaal.checker.document import BestandsSoort

HULP = """Bundel de verhalen van een team in één boekje om af te drukken.

Het boekje is één HTML-bestand dat overal zonder internet opent: een voorblad (titel, datum,
aantal verhalen), een inhoud per thema met titel en plotvraag, en elk verhaal op een eigen
A4-pagina. Afdrukken of als pdf bewaren doe je vanuit de browser. Met --formaat md wordt het
hetzelfde boekje als één Markdown-bestand.

Het thema komt uit 'thema:' in de voorkant van het verhaal of uit de werkvorm; verhalen
zonder thema staan onder 'Overige'. Met --met-besprekingen komt er een bijlage bij met wat
collega's inspireerde (uit de .bespreking.md-bestanden naast de verhalen), zonder namen.

Er komt niets met een naam in het boekje. Elk verhaal wordt eerst gecontroleerd op de namen
van de leerlingen (--naam, --namen of 'namen:' in de configuratie) en op andere namen van
personen; een verhaal met een naam blijft erbuiten, en de terminal zegt waar de naam staat
(zonder de naam zelf). Andere bevindingen worden alleen op de terminal samengevat.

Dezelfde verhalen geven precies hetzelfde bestand; alleen de datum verschilt (zet die vast
met --datum).

Exitcodes: 0 alle verhalen staan in het boekje; 1 een of meer verhalen zijn weggelaten
(naam gevonden of onleesbaar); 2 verkeerd gebruik of onbruikbare invoer."""

_ERNST_WOORDEN: tuple[tuple[Ernst, str, str], ...] = (
    ("fout", "fout", "fouten"),
    ("waarschuwing", "waarschuwing", "waarschuwingen"),
    ("info", "tip", "tips"),
)

VOORTGANG_VANAF = 50
"""Show a progress bar (on a terminal) from this many story files."""


def register(app: typer.Typer) -> None:
    """Add ``bundel`` to ``app``."""

    @app.command(help=HULP)
    def bundel(
        mappen: list[Path] = typer.Argument(
            ..., metavar="MAP…", help="Mappen (of losse verhalen) om te bundelen."
        ),
        uit: Path | None = typer.Option(
            None,
            "--uit",
            "-o",
            help="Het boekje (standaard bundel.html, of bundel.md met --formaat md).",
        ),
        titel: str | None = typer.Option(
            None,
            "--titel",
            help="Titel op het voorblad (standaard: Verhalen voor het teamoverleg).",
        ),
        naam: list[str] | None = typer.Option(
            None,
            "--naam",
            "-n",
            help=(
                "Naam van een leerling (mag vaker). Een verhaal waarin die naam staat, blijft "
                "buiten het boekje; de naam wordt nergens bewaard."
            ),
        ),
        namen: Namen = None,
        formaat: str = typer.Option("html", "--formaat", "-f", help="html of md."),
        datum: str | None = typer.Option(
            None, "--datum", metavar="JJJJ-MM-DD", help="Datum op het voorblad (standaard vandaag)."
        ),
        met_besprekingen: bool = typer.Option(
            False,
            "--met-besprekingen",
            help="Voeg een bijlage toe met wat collega's inspireerde (uit .bespreking.md).",
        ),
        overschrijf: bool = typer.Option(
            False, "--overschrijf", help="Overschrijf een bestaand boekje."
        ),
        config: Config = None,
    ) -> None:
        code = voer_uit(
            mappen,
            uit=uit,
            titel=titel,
            naam=tuple(naam or ()),
            namenlijst=namen,
            formaat=formaat,
            datum=datum,
            met_besprekingen=met_besprekingen,
            overschrijf=overschrijf,
            config=config,
        )
        if code:
            raise typer.Exit(code)


def _lees_datum(datum: str | None) -> date:
    from datetime import date

    from verhaal.errors import InvoerFout

    if datum is None:
        return date.today()
    try:
        return date.fromisoformat(datum.strip())
    except ValueError:
        raise InvoerFout(
            f"--datum '{datum}' is geen datum; schrijf hem als JJJJ-MM-DD (bijvoorbeeld "
            f"{date(2026, 11, 23).isoformat()})."
        ) from None


def voer_uit(
    mappen: list[Path],
    *,
    uit: Path | None,
    titel: str | None,
    naam: tuple[str, ...],
    namenlijst: Path | None,
    formaat: str,
    datum: str | None,
    met_besprekingen: bool,
    overschrijf: bool,
    config: Path | None,
) -> int:
    """Build and write the booklet; returns the exit code (0 or 1), raises InvoerFout."""
    from verhaal.bundel import (
        STANDAARD_TITEL,
        Naampoort,
        als_html,
        als_markdown,
        lees_inspiratie,
        stel_samen,
        verhaalbestanden,
    )
    from verhaal.cli.werkvorm_weergave import thema_label
    from verhaal.errors import InvoerFout
    from verhaal.instellingen import laad_instellingen
    from verhaal.namenlijst import lees_namenlijst
    from verhaal.opslag import schrijf_atomisch
    from verhaal.taal import aantal

    formaat = formaat.strip().lower()
    if formaat not in ("html", "md"):
        raise InvoerFout(f"Onbekend formaat '{formaat}'; kies html of md.")
    dag = _lees_datum(datum)
    doel = uit if uit is not None else Path(f"bundel.{formaat}")
    instellingen = laad_instellingen(config)
    lijst = lees_namenlijst(namenlijst) if namenlijst is not None else ()
    alle_namen = tuple(dict.fromkeys((*instellingen.namen, *naam, *lijst)))
    poort = Naampoort(instellingen, alle_namen)
    _weiger_naam(poort, doel, titel)  # first: the messages below repeat the path
    if doel.exists() and doel.is_dir():
        raise InvoerFout(f"{doel} is een map; geef bij --uit een bestandsnaam.")
    if doel.exists() and not overschrijf:
        raise InvoerFout(f"{doel} bestaat al; kies een andere naam of gebruik --overschrijf.")

    bestanden = verhaalbestanden([str(m) for m in mappen])
    if any(Path(p).resolve() == doel.resolve() for p, _ in bestanden):
        if not _is_boekje(doel):
            raise InvoerFout(f"{doel} is een van de verhalen; kies bij --uit een andere naam.")
        # An earlier Markdown booklet in the same folder is no story.
        bestanden = [(p, s) for p, s in bestanden if Path(p).resolve() != doel.resolve()]
    if not bestanden:
        raise InvoerFout(
            "Geen verhalen gevonden (.md, .markdown of .txt) in "
            + ", ".join(str(m) for m in mappen)
            + "."
        )
    verslag = _lees_met_voortgang(bestanden, poort)
    _meld(verslag)
    if not verslag.verhalen:
        sys.stderr.write("verhaal: geen enkel verhaal kan in het boekje; er is niets geschreven.\n")
        return 1
    inspiratie = (
        {v.pad: lees_inspiratie(v.pad, poort) for v in verslag.verhalen}
        if met_besprekingen
        else None
    )
    boekje = stel_samen(
        titel.strip() if titel and titel.strip() else STANDAARD_TITEL,
        dag,
        verslag.verhalen,
        thema_label=thema_label,
        inspiratie=inspiratie,
    )
    tekst = als_html(boekje) if formaat == "html" else als_markdown(boekje)
    schrijf_atomisch(doel, tekst, overschrijf=overschrijf)
    weg = len(verslag.weggelaten)
    bericht = f"Het boekje staat in {doel}: {aantal(len(boekje.verhalen), 'verhaal', 'verhalen')}"
    if weg:
        bericht += f", {aantal(weg, 'verhaal', 'verhalen')} weggelaten"
    sys.stderr.write(bericht + ".\n")
    return 1 if weg else 0


def _is_boekje(pad: Path) -> bool:
    """Whether ``pad`` is a booklet written earlier (its first line says it is no story)."""
    from verhaal.bundel.verhalen import GEEN_VERHAAL

    try:
        with pad.open("rb") as bestand:
            begin = bestand.read(len(GEEN_VERHAAL.encode()))
    except OSError:
        return False
    return begin == GEEN_VERHAAL.encode()


def _weiger_naam(poort: Naampoort, doel: Path, titel: str | None) -> None:
    """Refuse a file path or cover title that holds a pupil's name.

    Only the pupils' own names: a file name or a short title has no sentences for the
    heuristic to read (it would take a title such as 'Teamdag' for a name). The path is
    checked whole (a folder is created too) and strictly, as every file name is (roos.html
    is the name Roos); the message does not repeat it."""
    from verhaal.errors import InvoerFout
    from verhaal.leerlingnaam import NaamZoeker

    if NaamZoeker(poort.namen).bevat(str(doel), streng=True):
        raise InvoerFout(
            "De bestandsnaam bij --uit bevat de naam van een leerling; kies een andere naam."
        )
    if titel and _is_eigen(poort, titel):
        raise InvoerFout(
            "De titel bij --titel bevat de naam van een leerling; er komen geen namen in het "
            "boekje."
        )


def _is_eigen(poort: Naampoort, woord: str) -> bool:
    from verhaal.checker import CheckConfig, RegelInstelling, check
    from verhaal.checker.rules import REGELS

    regels = {regel_id: RegelInstelling(aan=False) for regel_id in REGELS}
    regels["naam"] = RegelInstelling(aan=True, ernst="fout", opties={"heuristiek": False})
    return bool(check(woord, CheckConfig(namen=poort.namen, regels=regels), "txt"))


def _lees_met_voortgang(
    bestanden: list[tuple[str, BestandsSoort]], poort: Naampoort
) -> Leesverslag:
    from verhaal.bundel import lees_verhalen

    if len(bestanden) < VOORTGANG_VANAF or not sys.stderr.isatty():
        return lees_verhalen(bestanden, poort)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as voortgang:
        taak = voortgang.add_task("Verhalen lezen", total=len(bestanden))
        return lees_verhalen(
            bestanden,
            poort,
            lambda: voortgang.advance(taak),
        )


def _meld(verslag: Leesverslag) -> None:
    """The terminal report: names (by position, masked), unreadable files, open findings."""
    from verhaal.taal import aantal

    uit = sys.stderr
    for vondst in verslag.namen:
        plek = vondst.pad
        if vondst.regel is not None:
            plek += f":{vondst.regel}:{vondst.kolom}"
        waar = "" if vondst.waar == "verhaal" else f" in de {vondst.waar}"
        uit.write(
            f"{plek}: hier staat een naam{waar} ({vondst.hint}); "
            "dit verhaal blijft buiten het boekje.\n"
        )
    for pad in verslag.overgeslagen:
        uit.write(f"{pad}: overgeslagen; volgens de eerste regel is dit geen verhaal.\n")
    for pad, reden in verslag.onleesbaar:
        uit.write(f"{pad}: {reden} Dit verhaal blijft buiten het boekje.\n")
    for pad, telling in sorted(verslag.open_bevindingen.items()):
        delen = [aantal(telling[e], enkel, meer) for e, enkel, meer in _ERNST_WOORDEN if telling[e]]
        uit.write(
            f"{pad}: nog open: {', '.join(delen)} (zie verhaal controleer {pad}); "
            "het verhaal staat wel in het boekje.\n"
        )
