"""``verhaal werkvorm``: commands about one werkvorm (a typer sub-app).

This module owns the sub-app and ``valideer``. Other command modules add their own
subcommands to :data:`werkvorm_app` (``toon`` and ``doe`` live in ``cli/werkvormen.py``);
typer builds the command group only when the app runs, so the order of registration
does not matter as long as it happens at import time.
"""

from __future__ import annotations

from pathlib import Path

import typer

werkvorm_app = typer.Typer(
    name="werkvorm",
    help="Werken met een werkvorm: controleren, bekijken en uitvoeren.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@werkvorm_app.command("valideer")
def valideer(
    paden: list[Path] = typer.Argument(
        None,
        help=(
            "Werkvormbestanden (.yaml) of mappen met werkvormen. Zonder pad: de ingebouwde "
            "werkvormen en die in ./werkvormen."
        ),
        show_default=False,
    ),
) -> None:
    """Controleer of werkvormbestanden kloppen met het schema (docs/werkvormen.md).

    Elke fout noemt het bestand, de regel en de sleutel. Exitcode 0: alles in orde;
    1: een of meer bestanden kloppen niet; 2: een pad bestaat niet.
    """
    from verhaal.errors import InvoerFout
    from verhaal.werkvorm.laden import (
        EIGEN_MAP,
        lees_werkvorm,
        toon_pad,
        werkvorm_bestanden,
        werkvormen_map,
    )

    if not paden:
        paden = [werkvormen_map()]
        if EIGEN_MAP.is_dir() and EIGEN_MAP.resolve() != paden[0].resolve():
            paden.append(EIGEN_MAP)
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
            f"{len(werkvorm.fasen)} fasen, {vragen} vragen)"
        )
    if fout_gevonden:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the ``werkvorm`` command group to ``app``."""
    app.add_typer(werkvorm_app, name="werkvorm")
