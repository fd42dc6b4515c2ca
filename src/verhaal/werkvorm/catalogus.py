"""How every command finds werkvormen: the one place that knows the folders.

``verhaal schrijf``, ``werkvorm doe``, ``werkvorm toon``, ``werkvorm valideer``, ``bespreek``
and ``werkvormen`` all call :func:`vind_werkvormen`, so they agree on which werkvorm an id
means: a team's own file (``./werkvormen`` or a folder under ``werkvormen:`` in the
configuration, later folders winning) before the built-in one. The folders themselves come
from :meth:`verhaal.instellingen.Instellingen.werkvorm_mappen`, which the batch linter uses
too, so a story's ``werkvorm:`` front matter resolves the same way there.

A broken user file never hides the others: :meth:`Catalogus.alle` returns the valid
werkvormen with the errors beside them, and :meth:`Catalogus.waarschuwingen` gives the
errors of files other than the one in use, for a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from verhaal.errors import InvoerFout

if TYPE_CHECKING:
    from verhaal.instellingen import Instellingen
    from verhaal.werkvorm.model import Werkvorm


@dataclass(frozen=True)
class KapotBestand:
    """A werkvorm file that could not be loaded, and why (file:line: key: message)."""

    pad: Path
    fout: InvoerFout

    @property
    def id(self) -> str:
        """The id the file was meant to have: ids equal file names."""
        return self.pad.stem

    @property
    def bericht(self) -> str:
        """The error message, naming file, line and key path."""
        return self.fout.bericht


@dataclass(frozen=True)
class Verzameling:
    """Every werkvorm that loaded, sorted by id, and the files that did not."""

    werkvormen: list[Werkvorm]
    kapot: list[KapotBestand]


@dataclass(frozen=True)
class Catalogus:
    """The built-in werkvormen plus a team's folders (``mappen``; None: ``./werkvormen``)."""

    mappen: tuple[Path, ...] | None = None

    def eigen_mappen(self) -> list[Path]:
        """The user folders searched, in order (later ones win), without the built-in one."""
        from verhaal.werkvorm.laden import eigen_mappen

        return eigen_mappen(self.mappen)

    def laad(self, naam: str) -> Werkvorm:
        """The werkvorm with this id (a user file first), or from this path.

        A broken file for this id, or an unknown id, is an :class:`InvoerFout`.
        """
        from verhaal.werkvorm.laden import laad_werkvorm

        return laad_werkvorm(naam, self.mappen)

    def alle(self) -> Verzameling:
        """Every werkvorm, user files overriding built-in ones; broken files set apart."""
        from verhaal.werkvorm.laden import verzamel_werkvormen

        return verzamel_werkvormen(self.mappen)

    def waarschuwingen(self, behalve: Werkvorm | None = None) -> list[KapotBestand]:
        """Broken user files other than ``behalve``'s own: they are left out, with a warning.

        Only user folders are read: the built-in files are validated by the test suite.
        """
        from verhaal.werkvorm.laden import lees_werkvorm, werkvorm_bestanden

        eigen = behalve.pad.resolve() if behalve is not None and behalve.pad else None
        kapot: list[KapotBestand] = []
        for map_ in self.eigen_mappen():
            try:
                bestanden = werkvorm_bestanden(map_)
            except InvoerFout as fout:
                kapot.append(KapotBestand(map_, fout))
                continue
            for pad in bestanden:
                if eigen is not None and pad.resolve() == eigen:
                    continue
                try:
                    lees_werkvorm(pad)
                except InvoerFout as fout:
                    kapot.append(KapotBestand(pad, fout))
        return kapot


def vind_werkvormen(
    config: Path | None = None, *, instellingen: Instellingen | None = None
) -> Catalogus:
    """THE way a command finds werkvormen: from the configuration (``--config`` or found).

    Pass ``instellingen`` when the command has read the configuration already.
    """
    if instellingen is None:
        from verhaal.instellingen import laad_instellingen

        instellingen = laad_instellingen(config)
    return Catalogus(instellingen.werkvorm_mappen())


def waarschuwing(kapot: KapotBestand) -> str:
    """A one-paragraph warning about a broken user file that is left out."""
    from verhaal.werkvorm.laden import toon_pad

    if kapot.pad.suffix != ".yaml":
        return f"Let op: {kapot.bericht} Kijk bij 'werkvormen:' in je configuratie."
    return (
        f"Let op: {kapot.bericht}\n"
        "  Dit bestand doet niet mee tot het klopt; controleer het met: "
        f"verhaal werkvorm valideer {toon_pad(kapot.pad.parent)}"
    )
