"""Options shared by the commands that ask questions (``schrijf``, ``werkvorm doe``,
``bespreek``) and by the ones that read werkvormen: declared once, so their names, short
forms and help stay the same everywhere.

Use them as the type of a parameter, with the default in the signature::

    def schrijf(hervat: Hervat = False, config: Config = None) -> None: ...
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Naam = Annotated[
    list[str] | None,
    typer.Option(
        "--naam",
        "-n",
        help=(
            "Naam van de leerling (mag vaker). Alleen om te controleren: de naam wordt "
            "nergens bewaard, en antwoorden met de naam worden geweigerd."
        ),
    ),
]
"""The pupil's names: only in memory (see :class:`verhaal.flow.Verloop`)."""

Namen = Annotated[
    Path | None,
    typer.Option(
        "--namen",
        metavar="BESTAND",
        help=(
            "Namenlijst: een bestand met een naam per regel (# voor commentaar). Beter dan "
            "--naam, want zo komen de namen niet in je shellgeschiedenis. Alleen gelezen."
        ),
    ),
]
"""A class list (see :mod:`verhaal.namenlijst`): read, never copied or cached."""

Antwoorden = Annotated[
    Path | None,
    typer.Option("--antwoorden", "-a", help="YAML-bestand met per vraag-id het antwoord."),
]

Hervat = Annotated[bool, typer.Option("--hervat", help="Ga verder waar je was gebleven.")]

Editor = Annotated[
    bool, typer.Option("--editor", help="Schrijf lange antwoorden in je eigen editor ($EDITOR).")
]

Config = Annotated[
    Path | None,
    typer.Option("--config", help="Gebruik dit configuratiebestand in plaats van te zoeken."),
]

WerkvormId = Annotated[str, typer.Argument(metavar="ID", help="Id of pad van de werkvorm.")]
