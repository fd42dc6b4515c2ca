"""Find and load werkvormen: the built-in folder, a team's own folders, single files.

The built-in YAML lives in the repository's top-level ``werkvormen/``. A wheel carries it
as ``verhaal/werkvormen`` (hatchling ``force-include``), an editable install does not, so
the lookup tries the package folder first and falls back to the repository. Both are plain
paths next to ``__file__``: ``importlib.resources`` would cost ~40 ms of start-up.
Only the top-level ``*.yaml`` files of a folder are werkvormen; subfolders (such as
``werkvormen/beslisbomen/``) hold other data.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from verhaal.errors import InvoerFout
from verhaal.werkvorm.model import Werkvorm

if TYPE_CHECKING:
    from verhaal.werkvorm.catalogus import Verzameling

_HIER = Path(__file__).resolve().parent
EIGEN_MAP = Path("werkvormen")
"""A team's own werkvormen: this folder in the working directory, when it exists."""


def werkvormen_map() -> Path:
    """The folder with the built-in werkvormen (installed package or repository)."""
    for kandidaat in (_HIER.parent / "werkvormen", _HIER.parents[2] / "werkvormen"):
        if kandidaat.is_dir():
            return kandidaat
    raise InvoerFout(
        "De ingebouwde werkvormen zijn niet gevonden; is verhaal goed geinstalleerd? "
        "Probeer opnieuw te installeren met pip install."
    )


def toon_pad(pad: Path) -> str:
    """A path as the user would like to read it: relative to the working directory if inside."""
    try:
        return str(pad.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(pad)


def lees_werkvorm(pad: Path) -> Werkvorm:
    """Load and validate one werkvorm file (errors name file, line and key path)."""
    from verhaal.werkvorm.schema import werkvorm_uit_yaml
    from verhaal.yamlbron import lees_yaml_bestand

    pad = Path(pad)
    bron = lees_yaml_bestand(pad, toon_pad(pad))
    return werkvorm_uit_yaml(bron, pad)


def werkvorm_bestanden(map_: Path) -> list[Path]:
    """The werkvorm files of a folder: its top-level ``*.yaml``, sorted by name."""
    try:
        namen = sorted(os.listdir(map_))
    except FileNotFoundError:
        raise InvoerFout(f"{map_}: deze map bestaat niet.") from None
    except OSError as fout:
        raise InvoerFout(f"{map_}: kan deze map niet lezen ({fout.strerror}).") from None
    return [
        map_ / naam
        for naam in namen
        if naam.endswith(".yaml") and not naam.startswith(".") and (map_ / naam).is_file()
    ]


def eigen_mappen(extra_mappen: Sequence[Path] | None) -> list[Path]:
    """The user folders to search, minus the built-in folder itself.

    Without an explicit list, ``werkvormen/`` in the working directory counts, unless it is
    the built-in folder (running from the repository checkout).
    """
    if extra_mappen is None:
        extra_mappen = [EIGEN_MAP] if EIGEN_MAP.is_dir() else []
    ingebouwd = werkvormen_map().resolve()
    return [Path(m) for m in extra_mappen if Path(m).resolve() != ingebouwd]


def verzamel_werkvormen(extra_mappen: Sequence[Path] | None = None) -> Verzameling:
    """Every werkvorm that loads, sorted by id, and every file or folder that does not.

    A user file with the same id as a built-in one replaces it; the result then has
    ``ingebouwd=False`` and ``vervangt`` set to the built-in file. With ``extra_mappen``
    None, ``werkvormen/`` in the working directory is used when it exists. A broken file
    is set apart (with its file:line: key: message) and the rest still loads.
    """
    from verhaal.werkvorm.catalogus import KapotBestand, Verzameling

    gevonden: dict[str, Werkvorm] = {}
    kapot: list[KapotBestand] = []
    for ingebouwd, map_ in (
        (True, werkvormen_map()),
        *((False, m) for m in eigen_mappen(extra_mappen)),
    ):
        try:
            bestanden = werkvorm_bestanden(map_)
        except InvoerFout as fout:
            kapot.append(KapotBestand(map_, fout))
            continue
        for pad in bestanden:
            try:
                werkvorm = lees_werkvorm(pad)
            except InvoerFout as fout:
                kapot.append(KapotBestand(pad, fout))
                continue
            eerder = gevonden.get(werkvorm.id)
            vervangt = None
            if eerder is not None and not ingebouwd:
                vervangt = eerder.pad if eerder.ingebouwd else eerder.vervangt
            gevonden[werkvorm.id] = replace(werkvorm, ingebouwd=ingebouwd, vervangt=vervangt)
    return Verzameling([gevonden[k] for k in sorted(gevonden)], kapot)


def alle_werkvormen(extra_mappen: Sequence[Path] | None = None) -> list[Werkvorm]:
    """Every werkvorm, as :func:`verzamel_werkvormen`, but the first broken file raises
    its :class:`~verhaal.errors.SchemaFout` (for callers that need all of them)."""
    verzameling = verzamel_werkvormen(extra_mappen)
    if verzameling.kapot:
        raise verzameling.kapot[0].fout
    return verzameling.werkvormen


def zoek_werkvorm(werkvorm_id: str, extra_mappen: Sequence[Path] | None = None) -> Werkvorm | None:
    """The werkvorm with this id (user folders first, then built-in), or None if unknown.

    A file that exists but is invalid raises :class:`~verhaal.errors.SchemaFout`.
    """
    ingebouwd_pad = werkvormen_map() / f"{werkvorm_id}.yaml"
    for map_ in reversed(eigen_mappen(extra_mappen)):
        pad = map_ / f"{werkvorm_id}.yaml"
        if pad.is_file():
            vervangt = ingebouwd_pad if ingebouwd_pad.is_file() else None
            return replace(lees_werkvorm(pad), ingebouwd=False, vervangt=vervangt)
    if ingebouwd_pad.is_file():
        return replace(lees_werkvorm(ingebouwd_pad), ingebouwd=True)
    return None


def laad_werkvorm(naam: str, extra_mappen: Sequence[Path] | None = None) -> Werkvorm:
    """Load a werkvorm by id (user folders first, then built-in) or by file path.

    ``naam`` counts as a path when it ends in ``.yaml`` or contains a slash. An unknown id
    is an :class:`~verhaal.errors.InvoerFout` that lists the known ones.
    """
    if naam.endswith((".yaml", ".yml")) or "/" in naam or os.sep in naam:
        return lees_werkvorm(Path(naam))
    werkvorm = zoek_werkvorm(naam, extra_mappen)
    if werkvorm is not None:
        return werkvorm
    from verhaal.gelijkend import bedoel_je

    bekend = sorted(_bekende_ids(extra_mappen))
    hint = bedoel_je(naam, bekend, aanhalen="'") or f"Beschikbaar: {', '.join(bekend)}."
    raise InvoerFout(
        f"Onbekende werkvorm '{naam}'. {hint} Bekijk ze allemaal met: verhaal werkvormen"
    )


def _bekende_ids(extra_mappen: Sequence[Path] | None) -> Iterable[str]:
    mappen = [werkvormen_map(), *eigen_mappen(extra_mappen)]
    return {pad.stem for map_ in mappen for pad in werkvorm_bestanden(map_)}
