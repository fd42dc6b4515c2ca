"""The checker rules a werkvorm sets for stories written in it (front matter ``werkvorm: ID``).

Imported only when a story names a werkvorm, so the common case never loads werkvorm YAML
(nor ``yaml`` itself). The werkvorm loader lives in :mod:`verhaal.werkvorm`; this module
is the one seam between it and the linter.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from verhaal.checker.config import RegelInstelling


def werkvorm_regels(
    werkvorm_id: str, mappen: tuple[Path, ...] | None = None
) -> tuple[Mapping[str, RegelInstelling], str | None]:
    """The werkvorm's own rule settings, and a note when the werkvorm is unknown.

    ``mappen`` are the user werkvorm folders (None: the loader's default, ``werkvormen/`` in
    the working folder); see :meth:`Instellingen.werkvorm_mappen`. A werkvorm file that
    exists but is broken raises its ``SchemaFout`` (the story is then reported as not
    checkable: its rules cannot be known).
    """
    try:
        from verhaal.werkvorm import zoek_werkvorm
    except ImportError:  # an install without the werkvorm package: plain rules
        return {}, None
    werkvorm = zoek_werkvorm(werkvorm_id, mappen)
    if werkvorm is None:
        return {}, (
            f"Onbekende werkvorm '{werkvorm_id}' in de voorkant; het verhaal is gecontroleerd "
            "met de gewone regels."
        )
    regels: Mapping[str, RegelInstelling] = werkvorm.regels
    return regels, None
