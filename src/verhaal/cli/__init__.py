"""The command line: the only layer that imports typer, prints, and exits.

Each command group lives in its own small module with a ``register(app)`` function;
heavy imports (rich, questionary, yaml, the checker's tables) happen inside the command
bodies, so ``verhaal --help`` starts fast. Every ``VerhaalFout`` raised below is turned
into a Dutch message on stderr and its exit code by :mod:`verhaal.cli._fouten`, the one
place for that (the typer app's root group and ``controleer`` use it too); typer's own
help and usage errors are made Dutch in :mod:`verhaal.cli._nederlands`.

The typer app is built in :mod:`verhaal.cli._app` when first needed (``from verhaal.cli
import app`` still works), so this package itself imports no typer: ``verhaal controleer``
runs through :func:`main` without it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from verhaal.cli._fouten import meld, meld_onderbroken
from verhaal.errors import VerhaalFout

if TYPE_CHECKING:
    import typer

    app: typer.Typer


def __getattr__(naam: str) -> object:
    """``from verhaal.cli import app`` builds the typer app (in ``_app``) on first use."""
    if naam == "app":
        from verhaal.cli._app import app as typer_app

        return typer_app
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")


def main() -> None:
    """Console-script entry point: run the app and map errors to exit codes."""
    try:
        if sys.argv[1:2] == ["controleer"]:
            # Fast path: controleer parses its own options (see controleer.hoofd), so the
            # batch linter starts without typer (~60 ms of import) and without the pydantic
            # that typer 0.29 loads to convert parameters (~90 ms).
            from verhaal.cli.controleer import hoofd

            sys.exit(hoofd(sys.argv[2:]))
        from verhaal.cli._app import app as typer_app

        typer_app(standalone_mode=True)
    except VerhaalFout as fout:
        sys.exit(meld(fout))
    except KeyboardInterrupt:
        sys.exit(meld_onderbroken())
