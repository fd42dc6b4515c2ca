"""Where the shipped YAML folder is, in every install mode.

``verhaal.werkvorm`` owns the one lookup of the ``werkvormen/`` folder
(``werkvormen_map()``); this module defers to it and only falls back to the same rule
while that function is not there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def werkvormen_map() -> Path:
    """The folder with the shipped werkvormen (and ``beslisbomen/``)."""
    import verhaal.werkvorm

    gedeeld: Callable[[], Path] | None = getattr(verhaal.werkvorm, "werkvormen_map", None)
    if gedeeld is not None:
        return gedeeld()
    pakket = Path(__file__).resolve().parent.parent
    # A wheel carries the folder inside the package; an editable install reads the
    # repository's top-level folder.
    for kandidaat in (pakket / "werkvormen", pakket.parent.parent / "werkvormen"):
        if kandidaat.is_dir():
            return kandidaat
    return pakket / "werkvormen"
