"""Dutch for the texts typer writes itself: help scaffolding and usage errors.

typer (0.29, with its own copy of click) writes ``Usage:``, ``Options:``, ``[default: …]``,
``Show this message and exit.``, metavars such as ``<path>`` and usage errors such as
``Error: No such option``. Everything a teacher sees must be Dutch, so every typer app and
command of verhaal uses the classes below: the root app is built with ``cls=NlGroep``, and
that group gives every command and sub-group under it the Dutch class, so a new command
is covered without doing anything:

* the ``Commands`` title and the ``default``/``required`` notes go through typer's gettext
  hook (``typer.core._``), which :data:`VERTALING` answers;
* the usage line, the ``Argumenten``/``Opties`` sections, the help option, the completion
  options and default metavars are set by overriding the methods that produce them; help
  is always typer's plain layout (its rich panels have English titles of their own);
* usage errors are caught where typer would print them (:meth:`NlGroep.main`) and
  written by :func:`toon_gebruiksfout`, in the same layout as ``verhaal controleer`` (which
  parses with argparse, see :mod:`verhaal.cli.controleer`).

The root group's ``main`` also maps :class:`~verhaal.errors.VerhaalFout` to its message and
exit code (through :func:`verhaal.cli._fouten.meld`), so the console script and typer's
``CliRunner`` behave the same. ``tests/test_nederlands.py`` walks every command's help and a
set of usage errors and fails on English words.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import typer
from typer import _click as click
from typer._click import exceptions as click_fouten
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from verhaal.cli._fouten import meld, meld_onderbroken
from verhaal.errors import VerhaalFout
from verhaal.gelijkend import bedoel_je
from verhaal.taal import en

OPTIES_METAVAR = "[OPTIES]"
OPDRACHT_METAVAR = "OPDRACHT [ARGUMENTEN]..."
HULP_OPTIE = "Toon deze hulp en stop."
GEBRUIK = "Gebruik: "
MEER_HULP = "Meer uitleg: {opdracht} --help"

VERTALING: dict[str, str] = {
    "Commands": "Opdrachten",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "(dynamic)": "(wisselt)",
    "Aborted!": "Afgebroken.",
    "Missing command.": "geef een opdracht.",
    "No such command {name!r}.": "onbekende opdracht {name!r}.",
}
"""typer's gettext messages (``typer.core._``) in Dutch."""

_COMPLETION_HULP = {
    "install_completion": "Installeer aanvullen met Tab voor deze shell.",
    "show_completion": "Toon het aanvulscript voor deze shell (om te kopiëren of aan te passen).",
}

_METAVAR = {
    "str": "TEKST",
    "path": "PAD",
    "int": "GETAL",
    "float": "GETAL",
    "bool": "JA|NEE",
}
"""Dutch metavars for options that declare none (instead of ``<str>``, ``<list[path]>``)."""


def vertaal(tekst: str) -> str:
    """typer's gettext hook: the Dutch text, or the text itself when none is known."""
    return VERTALING.get(tekst, tekst)


typer.core._ = vertaal  # type: ignore[attr-defined,assignment]


def _standaard_metavar(param: click.Parameter, ctx: click.Context) -> None:
    """Give an option without a metavar a Dutch one, derived from its type."""
    if not isinstance(param, TyperOption) or param.metavar is not None:
        return
    if param.is_flag or param.count:
        return
    soort = param.display_type(ctx).strip("<>").lower()
    if soort.startswith("list["):
        soort = soort[5:].rstrip("]")
    if "|" in soort:
        param.metavar = "[" + soort + "]"
        return
    param.metavar = _METAVAR.get(soort, soort.upper())


# What a group and a command share (usage line, help option, metavars), as plain functions
# set on both classes: a mixin class would change the object layout, and the classes must
# stay assignable to a command typer built (see _maak_nederlands).


def _format_usage(self: click.Command, ctx: click.Context, formatter: click.HelpFormatter) -> None:
    argumenten = {
        param._usage_display_name(): _argument_in_gebruik(param)
        for param in self.get_params(ctx)
        if isinstance(param, TyperArgument)
    }
    stukken = [argumenten.get(stuk, stuk) for stuk in self.collect_usage_pieces(ctx)]
    formatter.write_usage(ctx.command_path, " ".join(stukken), prefix=GEBRUIK)


def _argument_in_gebruik(param: TyperArgument) -> str:
    """An argument in the usage line as ``controleer`` writes it: ``VERHAAL``, ``[PAD...]``.

    typer puts a required argument in braces (``{VERHAAL}``), a sign nobody is taught, and
    adds ``...`` after a metavar that already ends in an ellipsis (``{MAP…}...``).
    """
    naam = param.display_name_raw
    if param.nargs != 1 and not naam.endswith(("…", "...")):
        naam += "..."
    return naam if param.required else f"[{naam}]"


def _get_help_option(self: click.Command, ctx: click.Context) -> TyperOption | None:
    optie = click.Command.get_help_option(self, ctx)
    if optie is not None:
        optie.help = HULP_OPTIE
    return optie


def _get_params(self: click.Command, ctx: click.Context) -> list[click.Parameter]:
    params = click.Command.get_params(self, ctx)
    for param in params:
        _standaard_metavar(param, ctx)
        if param.name in _COMPLETION_HULP and isinstance(param, TyperOption):
            param.help = _COMPLETION_HULP[param.name]
            if param.name == "install_completion":
                param.callback = _installeer_aanvullen
            elif param.name == "show_completion":
                param.callback = _toon_aanvullen
    return params


def _shell(waarde: Any) -> str:
    """The shell to complete for (named, or detected as typer does); a shell typer has no
    script for stops here with a Dutch message (typer says it in English, exit 1)."""
    from typer import _completion_shared

    shell = waarde if isinstance(waarde, str) else None
    if shell is None and not os.getenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION"):
        shell = _completion_shared._get_shell_name()
    bekend = sorted(set(_completion_shared._completion_scripts))
    if shell not in bekend:
        wat = f"de shell '{shell}'" if shell else "deze shell (niet herkend)"
        click.echo(
            f"Aanvullen met Tab kan niet voor {wat}; het kan wel in {en(bekend)}.",
            err=True,
        )
        sys.exit(2)
    return shell


def _toon_aanvullen(ctx: click.Context, param: click.Parameter, waarde: Any) -> Any:
    """``--show-completion`` as typer does it, with a Dutch message for an unknown shell."""
    if not waarde or ctx.resilient_parsing:
        return waarde
    from typer import _completion_shared

    naam = ctx.find_root().info_name or "verhaal"
    variabele = "_{}_COMPLETE".format(naam.replace("-", "_").upper())
    click.echo(
        _completion_shared.get_completion_script(
            prog_name=naam, complete_var=variabele, shell=_shell(waarde)
        )
    )
    sys.exit(0)


def _installeer_aanvullen(ctx: click.Context, param: click.Parameter, waarde: Any) -> Any:
    """``--install-completion`` as typer does it, reporting in Dutch."""
    if not waarde or ctx.resilient_parsing:
        return waarde
    from typer import _completion_shared

    shell, pad = _completion_shared.install(shell=_shell(waarde))
    click.echo(f"Aanvullen met Tab is geïnstalleerd voor {shell}, in {pad}.")
    click.echo("Het werkt zodra je een nieuwe terminal opent.")
    sys.exit(0)


def _format_options(
    self: click.Command, ctx: click.Context, formatter: click.HelpFormatter
) -> None:
    """Arguments and options under Dutch titles; an argument without typer's ``<str>``."""
    argumenten: list[tuple[str, str]] = []
    opties: list[tuple[str, str]] = []
    for param in self.get_params(ctx):
        regel = param.get_help_record(ctx)
        if regel is None:
            continue
        if isinstance(param, TyperArgument):
            argumenten.append((param._rich_display_name(), regel[1]))
        else:
            opties.append(regel)
    for titel, regels in (("Argumenten", argumenten), ("Opties", opties)):
        if regels:
            with formatter.section(titel):
                formatter.write_dl(regels)
    if isinstance(self, TyperGroup):
        self.format_commands(ctx, formatter)


def _met_context(fout: click_fouten.UsageError, ctx: click.Context) -> None:
    """typer's option parser raises some usage errors without a context: add it, so the
    message names the command and shows its usage line."""
    if fout.ctx is None:
        fout.ctx = ctx
        fout.cmd = ctx.command


def _maak_nederlands(commando_: click.Command) -> None:
    """Give a command typer built with its own class the Dutch one.

    Every command and sub-group of the app is covered this way, also one that a new module
    registers with a plain ``@app.command()``: neither class adds state, only methods.
    """
    if isinstance(commando_, TyperGroup) and not isinstance(commando_, NlGroep):
        commando_.__class__ = NlGroep
        commando_.subcommand_metavar = OPDRACHT_METAVAR
        commando_.suggest_commands = False
        for sub in commando_.commands.values():
            _maak_nederlands(sub)
    elif isinstance(commando_, TyperCommand) and not isinstance(commando_, NlCommando):
        commando_.__class__ = NlCommando
    if commando_.options_metavar:
        commando_.options_metavar = OPTIES_METAVAR
    if isinstance(commando_, TyperCommand | TyperGroup):
        commando_.rich_markup_mode = None


class _Nederlands(click.Command):
    """What commands and groups share: Dutch help, usage, help option and usage errors."""

    format_usage = _format_usage
    format_options = _format_options
    get_help_option = _get_help_option
    get_params = _get_params

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click_fouten.UsageError as fout:
            _met_context(fout, ctx)
            raise


class NlCommando(_Nederlands, TyperCommand):
    """A typer command with Dutch help and usage."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["options_metavar"] = OPTIES_METAVAR
        super().__init__(*args, **kwargs)


class NlGroep(_Nederlands, TyperGroup):
    """A typer group with Dutch help, usage, usage errors and close-match suggestions.

    As the root of the app, :meth:`main` is where typer would print a usage error or let a
    :class:`VerhaalFout` escape: both are shown here, in Dutch, with their exit code.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["options_metavar"] = OPTIES_METAVAR
        kwargs["subcommand_metavar"] = OPDRACHT_METAVAR
        kwargs["suggest_commands"] = False
        # Plain click-style help, the one typer renders through the texts above (its rich
        # panels have their own English titles): the same for every command.
        kwargs["rich_markup_mode"] = None
        super().__init__(*args, **kwargs)
        for sub in self.commands.values():
            _maak_nederlands(sub)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click_fouten.UsageError as fout:
            if args and not args[0].startswith("-"):
                hint = bedoel_je(args[0], self.commands, aanhalen="'")
                if hint:
                    fout.message = f"{fout.message} {hint}"
            raise

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            uitkomst = super().main(
                args,
                prog_name,
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
        except click_fouten.ClickException as fout:
            if not standalone_mode:
                raise
            toon_gebruiksfout(fout)
            sys.exit(fout.exit_code)
        except typer.Abort:
            if not standalone_mode:
                raise
            sys.stderr.write("\nverhaal: afgebroken.\n")
            sys.exit(1)
        except VerhaalFout as fout:
            if not standalone_mode:
                raise
            sys.exit(meld(fout))
        except KeyboardInterrupt:
            if not standalone_mode:
                raise
            sys.exit(meld_onderbroken())
        if not standalone_mode:
            return uitkomst
        # Non-standalone typer returns the exit code of ``typer.Exit`` (or the command's
        # own return value, None for every verhaal command).
        sys.exit(uitkomst if isinstance(uitkomst, int) else 0)


# --- Usage errors ----------------------------------------------------------------------------

_BERICHTEN: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"Option '(?P<optie>[^']+)' requires an argument\."),
        lambda m: f"de optie {m['optie']} heeft een waarde nodig.",
    ),
    (
        re.compile(r"Option '(?P<optie>[^']+)' requires (?P<n>\d+) arguments\."),
        lambda m: f"de optie {m['optie']} heeft {m['n']} waarden nodig.",
    ),
    (
        re.compile(r"Option '(?P<optie>[^']+)' does not take a value\."),
        lambda m: f"de optie {m['optie']} krijgt geen waarde.",
    ),
    (
        re.compile(r"No such option: (?P<optie>\S+)"),
        lambda m: f"onbekende optie {m['optie']}.",
    ),
    (
        re.compile(r"Got unexpected extra arguments? ?\(?s?\)? \((?P<rest>.*)\)", re.S),
        lambda m: f"te veel argumenten: {m['rest']}.",
    ),
    (
        re.compile(r"Value (?P<waarde>.+) is not a valid (?P<soort>\S+?)\.?$", re.S),
        lambda m: f"{m['waarde']} is geen geldige waarde.",
    ),
    (
        re.compile(r"Input should be a valid integer.*", re.S),
        lambda m: "verwacht een geheel getal.",
    ),
    (
        re.compile(r"Input should be a valid (number|float|decimal).*", re.S),
        lambda m: "verwacht een getal.",
    ),
    (
        re.compile(r"Input should be a valid boolean.*", re.S),
        lambda m: "verwacht ja of nee.",
    ),
    (
        re.compile(r"Input should be .*", re.S),
        lambda m: "deze waarde past hier niet.",
    ),
)


def _param_naam(param: click.Parameter | None, hint: Any) -> str:
    """How a parameter is named in a message: ``--naam`` or ``ID``."""
    if hint is not None:
        delen = [hint] if isinstance(hint, str) else list(hint)
        return " / ".join(str(d) for d in delen)
    if isinstance(param, TyperOption) and param.opts:
        return " / ".join(param.opts)
    if isinstance(param, TyperArgument):
        return param.display_name_raw.strip("[]{}.")
    return param.name if param is not None and param.name else "?"


def gebruiksfout_bericht(fout: click_fouten.ClickException) -> str:
    """The Dutch message for a usage error typer raised (without the usage line)."""
    if isinstance(fout, click_fouten.MissingParameter):
        naam = _param_naam(fout.param, fout.param_hint)
        if isinstance(fout.param, TyperOption):
            return f"de optie {naam} is verplicht."
        return f"{naam} ontbreekt."
    if isinstance(fout, click_fouten.NoSuchOption):
        bericht = f"onbekende optie {fout.option_name}."
        if fout.possibilities:
            hint = bedoel_je(fout.option_name, fout.possibilities)
            bericht += f" {hint or 'Bedoel je ' + ' of '.join(sorted(fout.possibilities)) + '?'}"
        return bericht
    if isinstance(fout, click_fouten.BadParameter):
        naam = _param_naam(fout.param, fout.param_hint)
        return f"ongeldige waarde voor {naam}: {_vertaal_bericht(fout.message)}"
    return _vertaal_bericht(fout.message)


def _vertaal_bericht(bericht: str) -> str:
    for patroon, maak in _BERICHTEN:
        gevonden = patroon.search(bericht)
        if gevonden:
            rest = bericht[gevonden.end() :].strip()
            return maak(gevonden) + (f" {rest}" if rest else "")
    return bericht


def toon_gebruiksfout(fout: click_fouten.ClickException) -> None:
    """Write a usage error as every verhaal command does (``controleer`` too).

    ``verhaal schrijf: de optie --naam heeft een waarde nodig.``, then the usage line and
    where to find more help; for ``verhaal`` without a command: the help itself.
    """
    schrijf = sys.stderr.write
    if isinstance(fout, click_fouten.NoArgsIsHelpError):
        schrijf(fout.format_message() + "\n")
        return
    ctx = fout.ctx if isinstance(fout, click_fouten.UsageError) else None
    opdracht = ctx.command_path if ctx is not None else "verhaal"
    schrijf(f"{opdracht}: {gebruiksfout_bericht(fout)}\n")
    if ctx is not None:
        schrijf(ctx.get_usage() + "\n")
        if ctx.command.get_help_option(ctx) is not None:
            schrijf(MEER_HULP.format(opdracht=opdracht) + "\n")
