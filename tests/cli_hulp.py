"""Run the CLI in tests exactly as a user meets it: one helper for every CLI test.

``CliRunner`` calls the app's root group, which maps a ``VerhaalFout`` to ``verhaal:
<message>`` on stderr and its exit code, and typer's usage errors to Dutch (see
``verhaal.cli._nederlands``), the same code the console script runs. So tests need no
mapping of their own: they get the exit code and everything that was shown.
"""

from __future__ import annotations

from collections.abc import Mapping

from typer.testing import CliRunner, Result

from verhaal.cli import app


def roep_resultaat(
    *args: str, breedte: int = 200, invoer: str | None = None, env: Mapping[str, str] | None = None
) -> Result:
    """Run ``verhaal ARGS``; a crash (not a user error) is raised, not hidden in the result."""
    resultaat = CliRunner().invoke(
        app, list(args), input=invoer, env={"COLUMNS": str(breedte), **(env or {})}
    )
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception
    return resultaat


def roep(*args: str, breedte: int = 200, invoer: str | None = None) -> tuple[int, str]:
    """Run ``verhaal ARGS``: the exit code and all output (stdout and stderr, as shown)."""
    resultaat = roep_resultaat(*args, breedte=breedte, invoer=invoer)
    return resultaat.exit_code, resultaat.output
