"""The command line: the only layer that imports typer, prints, and exits.

Each command group lives in its own small module with a ``register(app)`` function;
heavy imports (rich, questionary, yaml, the checker's tables) happen inside the command
bodies, so ``verhaal --help`` starts fast. Every ``VerhaalFout`` raised below is turned
into a Dutch message on stderr and its exit code here, in one place.
"""

from __future__ import annotations

import sys

import typer

from verhaal import __version__
from verhaal.errors import EXIT_ONDERBROKEN, VerhaalFout

app = typer.Typer(
    name="verhaal",
    help=(
        "Schrijfcoach voor 'held in eigen verhaal': schrijf stap voor stap een kort verhaal "
        "over een leerling, controleer verhalen op de schrijfregels en werk met de "
        "werkvormen van de methode."
    ),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _toon_versie(waarde: bool) -> None:
    if waarde:
        typer.echo(f"verhaal {__version__}")
        raise typer.Exit()


@app.callback()
def _hoofd(
    versie: bool = typer.Option(
        False,
        "--version",
        "--versie",
        callback=_toon_versie,
        is_eager=True,
        help="Toon de versie en stop.",
    ),
) -> None:
    """Schrijfcoach en verhaalcontrole voor 'held in eigen verhaal'."""


def _registreer() -> None:
    from verhaal.cli import (
        bespreek,
        controleer,
        init,
        medium,
        regels,
        schrijf,
        werkvorm,
        werkvormen,
    )

    for module in (schrijf, controleer, regels, bespreek, werkvorm, werkvormen, medium, init):
        module.register(app)


_registreer()


def main() -> None:
    """Console-script entry point: run the app and map errors to exit codes."""
    try:
        if sys.argv[1:2] == ["controleer"]:
            # Fast path: typer 0.29 coerces even the app's own flags through pydantic
            # (~90 ms of import); controleer parses its own options (see controleer.hoofd).
            from verhaal.cli.controleer import hoofd

            sys.exit(hoofd(sys.argv[2:]))
        app(standalone_mode=True)
    except VerhaalFout as fout:
        sys.stderr.write(f"verhaal: {fout.bericht}\n")
        sys.exit(fout.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("\nverhaal: onderbroken.\n")
        sys.exit(EXIT_ONDERBROKEN)
