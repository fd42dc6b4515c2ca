"""The one place where errors become a message on stderr and an exit code.

Used by the console script (:func:`verhaal.cli.main`), by the typer app's root group
(:class:`verhaal.cli._nederlands.NlGroep`, so ``CliRunner`` tests see exactly what a user
sees) and by ``verhaal controleer``'s own parser. Imports no typer: ``controleer`` starts
without it.
"""

from __future__ import annotations

import sys

from verhaal.errors import EXIT_ONDERBROKEN, VerhaalFout

EXIT_INTERNE_FOUT = 2
"""Exit code for a crash of verhaal itself: not 1, which means findings."""


def meld(fout: VerhaalFout) -> int:
    """Show a user error (``verhaal: <message>``) and return its exit code."""
    sys.stderr.write(_passend_voor_terminal(f"verhaal: {fout.bericht}") + "\n")
    return fout.exit_code


def _passend_voor_terminal(bericht: str) -> str:
    """At a terminal, ``bericht`` wrapped at word boundaries to its width.

    The terminal itself would break a long line in the middle of a word. Lines that start
    with spaces are commands to copy (``    verhaal schrijf --hervat``) and stay whole;
    outside a terminal (a log, a test) the text is left as it is.
    """
    if not sys.stderr.isatty():
        return bericht
    import os
    import textwrap

    try:
        breedte = os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        return bericht
    if breedte < 20:  # an unknown size (0) or a window too narrow to help
        return bericht
    regels: list[str] = []
    for regel in bericht.split("\n"):
        if regel.startswith(" ") or len(regel) <= breedte:
            regels.append(regel)
            continue
        regels.extend(textwrap.wrap(regel, breedte, break_long_words=False, break_on_hyphens=False))
    return "\n".join(regels)


def meld_onderbroken() -> int:
    """Show that the user pressed Ctrl-C and return exit code 130."""
    sys.stderr.write("\nverhaal: onderbroken.\n")
    return EXIT_ONDERBROKEN


def meld_interne_fout() -> int:
    """Show a crash of verhaal itself (with its traceback) and return exit code 2.

    A crash must never look like "findings" (exit 1) to CI or a scorer.
    """
    import traceback

    traceback.print_exc()
    sys.stderr.write(
        "verhaal: interne fout; dit is een fout in verhaal, niet in de verhalen. "
        "Meld het alstublieft, met de melding hierboven.\n"
    )
    return EXIT_INTERNE_FOUT
