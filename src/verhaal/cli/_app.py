"""The typer app: every command group registered (see :mod:`verhaal.cli`).

Imported on first use of ``verhaal.cli.app`` and by :func:`verhaal.cli.main` for every
command except the batch linter's fast path.
"""

from __future__ import annotations

import typer

from verhaal import __version__
from verhaal.cli._nederlands import NlGroep

app = typer.Typer(
    name="verhaal",
    cls=NlGroep,
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
        bundel,
        controleer,
        init,
        medium,
        regels,
        schrijf,
        werkvorm,
    )

    for module in (schrijf, controleer, regels, bespreek, werkvorm, medium, init):
        module.register(app)
    bundel.register(app)


_registreer()
