"""``verhaal werkvorm``: commands about one werkvorm (a typer sub-app).

This module owns the sub-app and ``valideer``. Other command modules add their own
subcommands to :data:`werkvorm_app` (``toon`` and ``doe`` live in ``cli/werkvormen.py``);
typer builds the command group only when the app runs, so the order of registration
does not matter as long as it happens at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from verhaal.werkvorm import Catalogus, Werkvorm

werkvorm_app = typer.Typer(
    name="werkvorm",
    help="Werken met een werkvorm: controleren, bekijken en uitvoeren.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def kies_werkvorm(catalogus: Catalogus, naam: str) -> Werkvorm:
    """Load the werkvorm a command runs, the same way for every command.

    Says when a team's own file replaces the built-in one, and warns (on stderr) about
    broken files in the team's folders, which are left out while the chosen werkvorm
    still runs.
    """
    from verhaal.werkvorm.catalogus import waarschuwing

    werkvorm = catalogus.laad(naam)
    if werkvorm.vervangt is not None:
        typer.echo(
            f"Je gebruikt je eigen werkvorm {_toon(werkvorm.pad)} (in plaats van de "
            f"ingebouwde '{werkvorm.id}')."
        )
    for kapot in catalogus.waarschuwingen(behalve=werkvorm):
        typer.echo(waarschuwing(kapot), err=True)
    return werkvorm


def _toon(pad: Path | None) -> str:
    from verhaal.werkvorm.laden import toon_pad

    return toon_pad(pad) if pad is not None else "?"


@werkvorm_app.command("valideer")
def valideer(
    paden: list[Path] = typer.Argument(
        None,
        metavar="PAD",
        help=(
            "Werkvormbestanden (.yaml) of mappen met werkvormen. Zonder pad: de ingebouwde "
            "werkvormen, die in ./werkvormen en die in de mappen uit je configuratie."
        ),
        show_default=False,
    ),
    config: Path | None = typer.Option(
        None, "--config", help="Gebruik dit configuratiebestand in plaats van te zoeken."
    ),
) -> None:
    """Controleer of werkvormbestanden kloppen met het schema (docs/werkvormen.md).

    Elke fout noemt het bestand, de regel en de sleutel. Exitcode 0: alles in orde;
    1: een of meer bestanden kloppen niet; 2: een pad bestaat niet.
    """
    from verhaal.errors import InvoerFout
    from verhaal.taal import aantal
    from verhaal.werkvorm import vind_werkvormen
    from verhaal.werkvorm.laden import lees_werkvorm, toon_pad, werkvorm_bestanden, werkvormen_map

    if not paden:
        paden = [werkvormen_map(), *vind_werkvormen(config).eigen_mappen()]
    bestanden: list[Path] = []
    for pad in paden:
        if pad.is_dir():
            bestanden.extend(werkvorm_bestanden(pad))
        elif pad.exists():
            bestanden.append(pad)
        else:
            raise InvoerFout(f"{pad}: dit bestand of deze map bestaat niet.")
    if not bestanden:
        raise InvoerFout("Geen werkvormbestanden (.yaml) gevonden in de opgegeven mappen.")
    fout_gevonden = False
    for bestand in bestanden:
        try:
            werkvorm = lees_werkvorm(bestand)
        except InvoerFout as fout:
            fout_gevonden = True
            typer.echo(fout.bericht)
            continue
        vragen = sum(len(fase.vragen) for fase in werkvorm.fasen)
        typer.echo(
            f"{toon_pad(bestand)}: in orde (werkvorm '{werkvorm.id}', "
            f"{aantal(len(werkvorm.fasen), 'fase', 'fasen')}, {aantal(vragen, 'vraag', 'vragen')})"
        )
    if fout_gevonden:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the ``werkvorm`` command group to ``app``."""
    app.add_typer(werkvorm_app, name="werkvorm")
