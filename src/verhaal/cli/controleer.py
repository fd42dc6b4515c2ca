"""``verhaal controleer``: lint stories or whole folders of them, like ruff or Vale.

Only typer is imported at module level; the linter, the checker and (on a terminal) rich
are imported inside the command, so ``verhaal --help`` stays fast and the JSON path never
loads rich. The work itself lives in :mod:`verhaal.linter`.

Exit codes: 0 nothing at or above the fail level (``--faal-op``, default ``fout``: a run
with only warnings exits 0); 1 findings at that level, or with ``--strikt`` any note
about suppressions; 2 a usage or configuration error, or a file that could not be
checked (all other files are still checked and reported).
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.console import Console

    from verhaal.checker.bevinding import Ernst
    from verhaal.instellingen import Instellingen
    from verhaal.linter.rapport import Rapport, Telling
    from verhaal.linter.uitvoeren import Opdracht, Uitslag

VOORTGANG_VANAF = 200
"""Show a progress bar (on a terminal) for batches of at least this many files."""


class Formaat(StrEnum):
    """Output formats."""

    tekst = "tekst"
    json = "json"
    sarif = "sarif"
    github = "github"


class Ernstniveau(StrEnum):
    """Fail levels for ``--faal-op``."""

    fout = "fout"
    waarschuwing = "waarschuwing"
    info = "info"


def _lijst(waarden: list[str]) -> list[str]:
    """Comma-separated and repeated option values as one flat list."""
    return [deel.strip() for waarde in waarden for deel in waarde.split(",") if deel.strip()]


def register(app: typer.Typer) -> None:
    """Add ``controleer`` to ``app``."""

    @app.command(no_args_is_help=False)
    def controleer(
        paden: list[str] = typer.Argument(
            None,
            metavar="PAD...",
            help="Verhalen of mappen (standaard: de huidige map). Mappen worden doorzocht op "
            ".md, .markdown en .txt; '-' leest één verhaal van standaardinvoer.",
            show_default=False,
        ),
        naam: list[str] = typer.Option(
            [],
            "--naam",
            "-n",
            help="Naam van de leerling (mag vaker). Wordt nergens opgeslagen.",
        ),
        formaat: Formaat = typer.Option(
            Formaat.tekst, "--formaat", "-f", help="Uitvoer: tekst, json, sarif of github."
        ),
        faal_op: Ernstniveau | None = typer.Option(
            None,
            "--faal-op",
            help="Exitcode 1 bij bevindingen van deze ernst of erger (standaard: fout).",
            show_default=False,
        ),
        config: Path | None = typer.Option(
            None,
            "--config",
            "-c",
            help="Configuratiebestand (anders: .verhaal.yaml of [tool.verhaal] in "
            "pyproject.toml in deze map of erboven).",
            show_default=False,
        ),
        uitsluiten: list[str] = typer.Option(
            [],
            "--uitsluiten",
            "-x",
            help="Sla bestanden of mappen over die op dit patroon lijken (mag vaker), "
            "bijvoorbeeld 'archief' of 'concept-*.md'.",
        ),
        alleen: list[str] = typer.Option(
            [],
            "--alleen",
            help="Voer alleen deze regels uit (komma's of vaker).",
        ),
        zonder: list[str] = typer.Option(
            [], "--zonder", help="Sla deze regels over (komma's of vaker)."
        ),
        stil: bool = typer.Option(
            False, "--stil", "-q", help="Toon alleen de samenvatting (formaat tekst)."
        ),
        strikt: bool = typer.Option(
            False,
            "--strikt",
            help="Meld ook onderdrukkingen die niets onderdrukten; die geven exitcode 1.",
        ),
        processen: int | None = typer.Option(
            None,
            "--processen",
            envvar="VERHAAL_PROCESSEN",
            hidden=True,
            help="Aantal processen (1 = alles in dit proces).",
        ),
    ) -> None:
        """Controleer verhalen op de schrijfregels van de methode."""
        from verhaal.errors import VerhaalFout

        try:
            code = _controleer(
                paden or ["."],
                tuple(naam),
                formaat,
                faal_op.value if faal_op is not None else None,
                config,
                uitsluiten,
                _lijst(alleen),
                _lijst(zonder),
                stil,
                strikt,
                processen,
            )
        except VerhaalFout as fout:
            sys.stderr.write(f"verhaal: {fout.bericht}\n")
            raise typer.Exit(fout.exit_code) from None
        raise typer.Exit(code)


def _opdracht(
    instellingen: Instellingen,
    namen: tuple[str, ...],
    alleen: list[str],
    zonder: list[str],
    strikt: bool,
    met_regeltekst: bool,
) -> Opdracht:
    """The job for the workers: configuration file first, command line on top."""
    from verhaal.checker.config import CheckConfig, RegelInstelling
    from verhaal.checker.rules import REGELS
    from verhaal.errors import InvoerFout
    from verhaal.linter.uitvoeren import Opdracht

    for regel_id in (*alleen, *zonder):
        if regel_id not in REGELS:
            raise InvoerFout(f"Onbekende regel '{regel_id}' (bekend: {', '.join(REGELS)}).")
    opdracht_regels: dict[str, RegelInstelling] = {}
    for regel_id in REGELS:
        if (alleen and regel_id not in alleen) or regel_id in zonder:
            opdracht_regels[regel_id] = RegelInstelling(aan=False)
    gebruiker = instellingen.check_config(namen)
    basis = gebruiker.samengevoegd(CheckConfig(regels=opdracht_regels))
    return Opdracht(
        basis=basis,
        gebruiker=gebruiker,
        per_werkvorm=instellingen.per_werkvorm,
        opdracht_regels=opdracht_regels,
        werkvorm_mappen=instellingen.werkvorm_mappen(),
        strikt=strikt,
        met_regeltekst=met_regeltekst,
    )


def _kleur() -> bool:
    """Rich output only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _controleer(
    paden: list[str],
    namen: tuple[str, ...],
    formaat: Formaat,
    faal_op: Ernst | None,
    config: Path | None,
    uitsluiten: list[str],
    alleen: list[str],
    zonder: list[str],
    stil: bool,
    strikt: bool,
    processen: int | None,
) -> int:
    from verhaal.instellingen import laad_instellingen
    from verhaal.linter.invoer import MAX_BYTES, STANDAARDINVOER, verzamel
    from verhaal.linter.rapport import Telling
    from verhaal.linter.uitvoeren import Uitvoering

    instellingen = laad_instellingen(config)
    kleur = formaat is Formaat.tekst and _kleur()
    opdracht = _opdracht(
        instellingen, namen, alleen, zonder, strikt, formaat is Formaat.tekst and not stil
    )
    stdin = sys.stdin.buffer.read(MAX_BYTES + 1) if STANDAARDINVOER in paden else None
    bronnen = list(verzamel(paden, (*instellingen.uitsluiten, *uitsluiten), stdin))
    grens: Ernst = faal_op or instellingen.faal_op or "fout"

    console = None
    schrijf = sys.stdout.write
    rapport: Rapport
    if formaat is Formaat.json:
        from verhaal.linter.rapport import JsonRapport

        rapport = JsonRapport(schrijf, sys.stderr.write)
    elif formaat is Formaat.sarif:
        from verhaal.linter.sarif import SarifRapport

        rapport = SarifRapport(schrijf)
    elif formaat is Formaat.github:
        from verhaal.linter.github import GithubRapport

        rapport = GithubRapport(schrijf)
    elif kleur:
        from rich.console import Console

        from verhaal.linter.tekst import RichRapport

        console = Console(highlight=False)
        rapport = RichRapport(console, stil)
    else:
        from verhaal.linter.tekst import TekstRapport

        rapport = TekstRapport(schrijf, stil)

    if not bronnen:
        sys.stderr.write("verhaal: geen verhalen gevonden (.md, .markdown of .txt).\n")

    telling = Telling()
    try:
        rapport.begin()
        with Uitvoering(bronnen, opdracht, processen) as uitvoering:
            uitslagen = iter(uitvoering)
            terminal = console.is_terminal if console is not None else sys.stderr.isatty()
            if len(bronnen) >= VOORTGANG_VANAF and terminal:
                uitslagen = _met_voortgang(uitslagen, len(bronnen), console)
            for uitslag in uitslagen:
                telling.tel(uitslag)
                rapport.bestand(uitslag)
        code = _exitcode(telling, grens, strikt)
        rapport.einde(telling, code)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return code


def _exitcode(telling: Telling, grens: Ernst, strikt: bool) -> int:
    from verhaal.errors import EXIT_BEVINDINGEN, EXIT_GEBRUIK, EXIT_OK

    if telling.onleesbaar:
        return EXIT_GEBRUIK
    if telling.boven(grens) or (strikt and telling.notities):
        return EXIT_BEVINDINGEN
    return EXIT_OK


def _met_voortgang(
    uitslagen: Iterator[Uitslag], totaal: int, console: Console | None
) -> Iterator[Uitslag]:
    """Wrap the results in a rich progress bar (imported only for long runs)."""
    from rich.console import Console as RichConsole
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    voortgang = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console or RichConsole(stderr=True),
        transient=True,
    )
    with voortgang:
        taak = voortgang.add_task("controleren", total=totaal)
        for uitslag in uitslagen:
            yield uitslag
            voortgang.advance(taak)
