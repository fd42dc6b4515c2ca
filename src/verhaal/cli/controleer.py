"""``verhaal controleer``: lint stories or whole folders of them, like ruff or Vale.

Nothing heavy is imported at module level, not even typer (only :func:`register` needs
it): the console script runs :func:`hoofd` directly. The linter, the checker and (on a
terminal) rich are imported inside, so the JSON path never loads rich. The work itself
lives in :mod:`verhaal.linter`.

Exit codes: 0 nothing at or above the fail level (``--faal-op``, default ``fout``: a run
with only warnings exits 0); 1 findings at that level, or with ``--strikt`` any note
about suppressions; 2 a usage or configuration error, or a file that could not be
checked (all other files are still checked and reported).
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    import typer
    from rich.console import Console

    from verhaal.checker.bevinding import Ernst
    from verhaal.instellingen import Instellingen
    from verhaal.linter.cache import Cache
    from verhaal.linter.rapport import Rapport, Telling
    from verhaal.linter.uitvoeren import Opdracht, Uitslag

VOORTGANG_VANAF = 200
"""Show a progress bar (on a terminal) for batches of at least this many files."""


FORMATEN = ("tekst", "json", "sarif", "github")
ERNSTEN = ("fout", "waarschuwing", "info")

BESCHRIJVING = """\
Controleer verhalen op de schrijfregels van de methode.

Mappen worden doorzocht op .md, .markdown en .txt (verborgen mappen en de conceptenmap
niet); '-' leest één verhaal van standaardinvoer. Instellingen komen uit .verhaal.yaml of
[tool.verhaal] in pyproject.toml (in deze map of erboven), of uit --config; opties op de
opdrachtregel gaan voor.

Bevindingen van ongewijzigde verhalen worden onthouden (in ~/.cache/verhaal of
$VERHAAL_CACHE_MAP, zonder tekst uit de verhalen), zodat een volgende ronde alleen nieuwe en
gewijzigde verhalen controleert. Met --naam, --namen, namen in de configuratie of
--geen-cache wordt niets onthouden.

Exitcodes: 0 niets op of boven het faalniveau (--faal-op, standaard fout: alleen
waarschuwingen geeft dus 0); 1 bevindingen op dat niveau (of met --strikt een
onderdrukking die niets onderdrukte); 2 verkeerd gebruik, een fout in de configuratie, of
een bestand dat niet gecontroleerd kon worden (de andere bestanden worden wel gecontroleerd).
"""


def _lijst(waarden: list[str]) -> list[str]:
    """Comma-separated and repeated option values as one flat list."""
    return [deel.strip() for waarde in waarden for deel in waarde.split(",") if deel.strip()]


def _parser() -> argparse.ArgumentParser:
    """The option parser of ``controleer`` (argparse, with Dutch texts).

    Parsing here instead of through typer parameters is a measured choice: typer 0.29
    coerces every non-flag parameter through a pydantic ``TypeAdapter``, which imports
    pydantic (~90 ms) on every run: more than half of the budget for checking one story.
    """
    import argparse

    class Opmaak(argparse.RawDescriptionHelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
            super().add_usage(usage, actions, groups, prefix or "Gebruik: ")

    class Parser(argparse.ArgumentParser):
        def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
            if message:
                sys.stderr.write(message)
            raise _Stop(status)

        def error(self, message: str) -> NoReturn:
            # The same layout as the typer commands (see verhaal.cli._nederlands).
            sys.stderr.write(f"{self.prog}: {argparse_bericht(message, self)}\n")
            self.print_usage(sys.stderr)
            self.exit(2, f"Meer uitleg: {self.prog} --help\n")

    parser = Parser(
        prog="verhaal controleer",
        description=BESCHRIJVING,
        formatter_class=Opmaak,
        add_help=False,
        allow_abbrev=False,  # like the typer commands: an option is written in full
    )
    argumenten = parser.add_argument_group("Argumenten")
    argumenten.add_argument(
        "paden",
        nargs="*",
        metavar="PAD",
        help="Verhalen of mappen.  [standaard: de huidige map]",
    )
    opties = parser.add_argument_group("Opties")
    opties.add_argument(
        "-n",
        "--naam",
        action="append",
        default=[],
        metavar="NAAM",
        help="Naam van de leerling (mag vaker). Wordt nergens bewaard.",
    )
    opties.add_argument(
        "--namen",
        default=None,
        metavar="BESTAND",
        help=(
            "Namenlijst: een naam per regel, # voor commentaar (beter dan --naam: niet in je "
            "shellgeschiedenis). Alleen gelezen, nooit onthouden."
        ),
    )
    opties.add_argument(
        "-f",
        "--formaat",
        choices=FORMATEN,
        default="tekst",
        help="Uitvoer: tekst, json, sarif of github.  [standaard: tekst]",
    )
    opties.add_argument(
        "--faal-op",
        choices=ERNSTEN,
        default=None,
        help="Exitcode 1 bij bevindingen van deze ernst of erger.  [standaard: fout]",
    )
    opties.add_argument(
        "-c",
        "--config",
        type=Path,
        metavar="PAD",
        help="Gebruik dit configuratiebestand in plaats van te zoeken.",
    )
    opties.add_argument(
        "-x",
        "--uitsluiten",
        action="append",
        default=[],
        metavar="PATROON",
        help="Sla bestanden of mappen over die hierop lijken (mag vaker), "
        "bijvoorbeeld archief of 'concept-*.md'.",
    )
    opties.add_argument(
        "--alleen",
        action="append",
        default=[],
        metavar="REGELS",
        help="Voer alleen deze regels uit (met komma's, of de optie vaker).",
    )
    opties.add_argument(
        "--zonder",
        action="append",
        default=[],
        metavar="REGELS",
        help="Sla deze regels over (met komma's, of de optie vaker).",
    )
    opties.add_argument(
        "-q", "--stil", action="store_true", help="Toon alleen de samenvatting (bij tekst)."
    )
    opties.add_argument(
        "--strikt",
        action="store_true",
        help="Meld ook onderdrukkingen die niets onderdrukten (exitcode 1).",
    )
    opties.add_argument(
        "--geen-cache",
        action="store_true",
        help="Controleer alles opnieuw en onthoud niets (anders worden bevindingen van "
        "ongewijzigde verhalen onthouden, maar nooit met --naam).",
    )
    opties.add_argument(
        "--processen",
        type=int,
        default=None,
        help=argparse.SUPPRESS,  # tests and benchmarks: 1 = this process only
    )
    opties.add_argument("-h", "--help", action="help", help="Toon deze hulp en stop.")
    return parser


_ARGPARSE: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (?P<w>.*)", "{w} ontbreekt."),
    (r"unrecognized arguments: (?P<w>.*)", "onbekend: {w}."),
    (
        r"argument (?P<optie>\S+): invalid choice: (?P<w>.*) \(choose from (?P<keuzes>.*)\)",
        "ongeldige waarde {w} voor {optie}; kies uit {keuzes}.",
    ),
    (r"argument (?P<optie>\S+): expected one argument", "de optie {optie} heeft een waarde nodig."),
    (
        r"argument (?P<optie>\S+): expected at least one argument",
        "de optie {optie} heeft minstens één waarde nodig.",
    ),
    (
        r"argument (?P<optie>\S+): invalid \S+ value: (?P<w>.*)",
        "ongeldige waarde {w} voor {optie}.",
    ),
    (
        r"ambiguous option: (?P<optie>\S+) could match (?P<w>.*)",
        "de optie {optie} is niet eenduidig: bedoel je {w}?",
    ),
    (
        r"argument (?P<optie>\S+): ignored explicit argument (?P<w>.*)",
        "de optie {optie} krijgt geen waarde ({w}).",
    ),
    (r"argument (?P<optie>\S+): (?P<w>.*)", "{optie}: {w}"),
)
"""argparse's English error messages and their Dutch (``{name}`` from the named groups)."""


def argparse_bericht(bericht: str, parser: argparse.ArgumentParser) -> str:
    """argparse's English error message in Dutch, with a close match for an unknown option."""
    import re

    from verhaal.gelijkend import bedoel_je

    for patroon, nederlands in _ARGPARSE:
        gevonden = re.fullmatch(patroon, bericht, re.S)
        if gevonden is None:
            continue
        tekst = nederlands.format(
            **{k: v.replace("/", " / ") for k, v in gevonden.groupdict().items()}
        )
        if patroon.startswith("unrecognized"):
            opties = [
                optie
                for actie in parser._actions
                if actie.help != "==SUPPRESS=="
                for optie in actie.option_strings
                if optie.startswith("--")
            ]
            hints = [
                bedoel_je(woord, opties) for woord in gevonden["w"].split() if woord.startswith("-")
            ]
            tekst = " ".join([tekst, *[hint for hint in hints if hint]])
        return tekst
    return bericht


class _Stop(Exception):
    """The parser is done (help shown or a usage error): exit with ``code``."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def hoofd(args: list[str]) -> int:
    """Run ``verhaal controleer ARGS`` and return the exit code (never raises for users).

    The console script calls this directly for ``verhaal controleer`` (see
    :func:`verhaal.cli.main`), skipping typer's parameter processing; the typer command
    below calls it too, so ``CliRunner`` tests and the console script run the same code.
    """
    from verhaal.cli._fouten import meld, meld_interne_fout
    from verhaal.errors import VerhaalFout

    try:
        opties = _parser().parse_args(args)
    except _Stop as stop:
        return stop.code
    processen = opties.processen
    if processen is None and os.environ.get("VERHAAL_PROCESSEN", "").isdigit():
        processen = int(os.environ["VERHAAL_PROCESSEN"])
    try:
        namen = tuple(opties.naam)
        if opties.namen is not None:
            from verhaal.namenlijst import lees_namenlijst

            namen = (*namen, *lees_namenlijst(Path(opties.namen)))
        return _controleer(
            opties.paden or ["."],
            namen,
            opties.formaat,
            opties.faal_op,
            opties.config,
            opties.uitsluiten,
            _lijst(opties.alleen),
            _lijst(opties.zonder),
            opties.stil,
            opties.strikt,
            processen,
            not opties.geen_cache,
        )
    except VerhaalFout as fout:
        return meld(fout)
    except Exception:
        return meld_interne_fout()


def register(app: typer.Typer) -> None:
    """Add ``controleer`` to ``app`` (its options are parsed by :func:`hoofd`).

    typer is imported here, not at module level: the console script's fast path imports
    this module without typer.
    """
    import typer

    def controleer(ctx: typer.Context) -> None:
        """Controleer verhalen op de schrijfregels van de methode."""
        raise typer.Exit(hoofd(list(ctx.args)))

    # With PEP 563 the annotation is the string "typer.Context", which typer would resolve
    # in this module's globals, where typer is deliberately absent: give it the class.
    controleer.__annotations__["ctx"] = typer.Context
    app.command(
        add_help_option=False,
        context_settings={
            "ignore_unknown_options": True,
            "allow_extra_args": True,
            "help_option_names": [],
        },
    )(controleer)


def _opdracht(
    instellingen: Instellingen,
    namen: tuple[str, ...],
    alleen: list[str],
    zonder: list[str],
    strikt: bool,
    met_regeltekst: bool,
) -> Opdracht:
    """The job for the workers: configuration file first, command line on top."""
    from verhaal.checker.config import RegelInstelling
    from verhaal.checker.rules import REGELS
    from verhaal.errors import InvoerFout
    from verhaal.gelijkend import bedoel_je
    from verhaal.linter.uitvoeren import Opdracht
    from verhaal.linter.werkvormregels import verhaal_config

    for regel_id in (*alleen, *zonder):
        if regel_id not in REGELS:
            hint = bedoel_je(regel_id, REGELS, aanhalen="'")
            raise InvoerFout(
                f"Onbekende regel '{regel_id}'. {hint + ' ' if hint else ''}"
                f"Bekende regels: {', '.join(REGELS)}."
            )
    opdracht_regels: dict[str, RegelInstelling] = {}
    for regel_id in REGELS:
        if (alleen and regel_id not in alleen) or regel_id in zonder:
            opdracht_regels[regel_id] = RegelInstelling(aan=False)
    basis, _ = verhaal_config(instellingen, namen=namen, opdracht_regels=opdracht_regels)
    return Opdracht(
        basis=basis,
        instellingen=instellingen,
        namen=namen,
        opdracht_regels=opdracht_regels,
        strikt=strikt,
        met_regeltekst=met_regeltekst,
    )


def _kleur() -> bool:
    """Rich output only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _controleer(
    paden: list[str],
    namen: tuple[str, ...],
    formaat: str,
    faal_op: Ernst | None,
    config: Path | None,
    uitsluiten: list[str],
    alleen: list[str],
    zonder: list[str],
    stil: bool,
    strikt: bool,
    processen: int | None,
    met_cache: bool = True,
) -> int:
    from verhaal.instellingen import laad_instellingen
    from verhaal.linter.invoer import STANDAARDINVOER, lees_stdin, verzamel
    from verhaal.linter.rapport import Telling
    from verhaal.linter.uitvoeren import Uitvoering

    instellingen = laad_instellingen(config)
    _meld_ontbrekende_werkvormmappen(instellingen)
    kleur = formaat == "tekst" and _kleur()
    opdracht = _opdracht(
        instellingen, namen, alleen, zonder, strikt, formaat == "tekst" and not stil
    )
    if formaat == "json":  # workers hand back each file's JSON (see Opdracht.json_tekst)
        opdracht = replace(opdracht, json_tekst=True)
    stdin = (
        lees_stdin(sys.stdin.buffer, instellingen.max_bytes) if STANDAARDINVOER in paden else None
    )
    bronnen = list(verzamel(paden, (*instellingen.uitsluiten, *uitsluiten), stdin))
    grens: Ernst = faal_op or instellingen.faal_op or "fout"

    console = None
    schrijf = sys.stdout.write
    rapport: Rapport
    if formaat == "json":
        from verhaal.linter.rapport import JsonRapport

        rapport = JsonRapport(schrijf, sys.stderr.write)
    elif formaat == "sarif":
        from verhaal.linter.sarif import SarifRapport

        rapport = SarifRapport(schrijf)
    elif formaat == "github":
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
    # No cache with any pupil's name, also one from the configuration: the cache's file
    # name is a hash over the job, names included, so a guessed name could be confirmed.
    cache = _cache(opdracht) if met_cache and bronnen and not opdracht.basis.namen else None

    telling = Telling()
    try:
        rapport.begin()
        with Uitvoering(bronnen, opdracht, processen, cache) as uitvoering:
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


def _meld_ontbrekende_werkvormmappen(instellingen: Instellingen) -> None:
    """Say on stderr when a werkvorm folder named in the configuration does not exist.

    The stories are still checked (a story with a werkvorm from that folder with the plain
    rules, and a note says so), so this does not change the exit code; ``verhaal
    werkvormen`` reports the same folder as an error.
    """
    bron = instellingen.bron.name if instellingen.bron is not None else "de configuratie"
    for map_ in instellingen.werkvormen:
        if not map_.is_dir():
            # Imported here: the werkvorm model costs ~7 ms to import, a run without a
            # missing folder (nearly every run) should not pay it.
            from verhaal.werkvorm.laden import toon_pad

            sys.stderr.write(
                f"verhaal: de map met werkvormen {toon_pad(map_)} (uit {bron}) bestaat niet; "
                "werkvormen daaruit doen niet mee.\n"
            )


def _cache(opdracht: Opdracht) -> Cache | None:
    """The cache for this job. Never used with a pupil's name (``--naam``, ``--namen`` or
    ``namen:`` in the configuration): nothing derived from a name may reach the disk (see
    :mod:`verhaal.linter.cache`). None when it cannot be set up (no home folder, no built-in
    werkvormen): a cache never fails a run."""
    from verhaal.errors import VerhaalFout
    from verhaal.linter.cache import Cache, cache_map, vingerafdruk

    try:
        return Cache(cache_map(), vingerafdruk(opdracht))
    except (OSError, RuntimeError, VerhaalFout):
        return None


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
    """Wrap the results in a rich progress bar (imported only for long runs).

    Refreshed by hand (``auto_refresh=False``): rich's refresh thread would be alive when
    the runner forks its worker pool, and forking a process with threads risks deadlocks.
    """
    import time

    from rich.console import Console as RichConsole
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    voortgang = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console or RichConsole(stderr=True),
        transient=True,
        auto_refresh=False,
    )
    with voortgang:
        taak = voortgang.add_task("controleren", total=totaal)
        laatst = 0.0
        for klaar, uitslag in enumerate(uitslagen, 1):
            yield uitslag
            voortgang.update(taak, completed=klaar)
            if time.monotonic() - laatst >= 0.1:
                voortgang.refresh()
                laatst = time.monotonic()
