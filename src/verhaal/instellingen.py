"""User configuration: finding, reading and validating ``.verhaal.yaml`` or ``[tool.verhaal]``.

Discovery follows ruff's habit: the nearest folder, starting at the current one and going
up, that holds a ``.verhaal.yaml`` or a ``pyproject.toml`` with a ``[tool.verhaal]`` table
wins (``.verhaal.yaml`` first within one folder). ``--config PAD`` skips the search.

Speed matters: ``verhaal controleer`` on one story must start fast, so the search only
stats a few paths, a ``pyproject.toml`` is parsed only when its text mentions
``[tool.verhaal``, and ``yaml`` (about 40 ms of import) is imported only when a YAML
configuration file actually exists.

Every mistake in a file raises :class:`~verhaal.errors.ConfigFout` naming the file, the
line and the key path, e.g. ``.verhaal.yaml:3: regels.getal: onbekende ernst 'rood'``
(in a ``pyproject.toml`` the path starts with ``tool.verhaal``). YAML is read by the one
bounded reader, :mod:`verhaal.yamlbron`; a key given twice is an error there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.errors import ConfigFout

if TYPE_CHECKING:
    from verhaal.checker.bevinding import Ernst
    from verhaal.checker.config import CheckConfig, RegelInstelling
    from verhaal.yamlbron import Plek, SleutelPad

CONFIG_NAAM = ".verhaal.yaml"
"""The configuration file looked for in the current folder and its parents."""

PYPROJECT = "pyproject.toml"

CONCEPTEN_MAP = ".verhaal-concepten"
"""Folder where ``verhaal schrijf`` autosaves drafts; never linted as stories."""

EIGEN_WERKVORMEN = "werkvormen"
"""A team's own werkvorm folder in the working folder (found without configuration)."""

BEKENDE_SLEUTELS = (
    "regels",
    "namen",
    "werkvormen",
    "per_werkvorm",
    "uitsluiten",
    "faal_op",
    "max_kb",
)
"""Top-level keys of a configuration; anything else is a mistake worth reporting."""

STANDAARD_MAX_KB = 500
"""The size limit per story file for ``verhaal controleer``, in kB (``max_kb:``).

A story is half an A4 (a few kB); 500 kB is well over a hundred. Bigger files are refused
with a message instead of checked: checking costs time and memory in proportion to the
text (about 4 s and 90 MB per MB here), so a pasted dump of megabytes would take minutes."""
GROOTSTE_MAX_KB = 10_000
"""The highest ``max_kb`` a configuration may set."""


@dataclass(frozen=True)
class Instellingen:
    """The validated configuration (all fields empty when there is no file).

    ``werkvormen`` are extra folders with user werkvorm YAML files, already resolved
    against the folder of the configuration file. ``per_werkvorm`` holds rule settings
    applied to stories whose front matter says ``werkvorm: ID``.
    """

    bron: Path | None = None
    regels: Mapping[str, RegelInstelling] = field(default_factory=dict)
    namen: tuple[str, ...] = ()
    werkvormen: tuple[Path, ...] = ()
    per_werkvorm: Mapping[str, Mapping[str, RegelInstelling]] = field(default_factory=dict)
    uitsluiten: tuple[str, ...] = ()
    faal_op: Ernst | None = None
    aan_gezet: frozenset[str] = frozenset()
    """Rules in ``regels`` whose on/off was given explicitly (``getal: false``,
    ``{aan: true}``); only those override a werkvorm's own on/off (a severity alone does
    not switch back on a rule the werkvorm switched off)."""
    per_werkvorm_aan_gezet: Mapping[str, frozenset[str]] = field(default_factory=dict)
    max_kb: int = STANDAARD_MAX_KB
    """The size limit per story file (kB of 1000 bytes); see :data:`STANDAARD_MAX_KB`."""

    @property
    def max_bytes(self) -> int:
        """The size limit per story file in bytes."""
        return self.max_kb * 1000

    @property
    def map(self) -> Path:
        """The folder relative paths in the configuration are resolved against."""
        return self.bron.parent if self.bron is not None else Path.cwd()

    def werkvorm_mappen(self) -> tuple[Path, ...] | None:
        """User werkvorm folders for the werkvorm loader: ``werkvormen/`` in the working
        folder (when it exists) plus the configured ones, later ones winning; None (the
        loader's own default) when the configuration names none."""
        if not self.werkvormen:
            return None
        eigen = Path(EIGEN_WERKVORMEN)
        return (*((eigen,) if eigen.is_dir() else ()), *self.werkvormen)

    def check_config(self, namen: tuple[str, ...] = ()) -> CheckConfig:
        """The checker configuration of a story without a werkvorm, plus extra names."""
        from verhaal.checker.config import CheckConfig

        return CheckConfig(namen=self.namen, regels=dict(self.regels)).met_namen(namen)


def vind_config(start: Path | None = None) -> Path | None:
    """The nearest configuration file from ``start`` (default: cwd) upwards, or None.

    A ``pyproject.toml`` counts only when it has a ``[tool.verhaal]`` table; otherwise the
    search goes on upwards, so a project's pyproject does not hide a team's ``.verhaal.yaml``.
    """
    map_ = (start or Path.cwd()).absolute()
    for kandidaat in (map_, *map_.parents):
        yaml_pad = kandidaat / CONFIG_NAAM
        if yaml_pad.is_file():
            return yaml_pad
        pyproject = kandidaat / PYPROJECT
        if pyproject.is_file() and _heeft_tool_verhaal(pyproject):
            return pyproject
    return None


MAX_PYPROJECT = 4_000_000
"""A ``pyproject.toml`` bigger than this (bytes) is passed over while searching: no
project file is that big, and every run would read it."""


def _heeft_tool_verhaal(pad: Path) -> bool:
    try:
        with open(pad, "rb") as bestand:
            data = bestand.read(MAX_PYPROJECT + 1)
    except OSError:
        return False
    if len(data) > MAX_PYPROJECT:
        return False
    tekst = data.decode("utf-8", errors="replace")
    # Cheap text test first: most pyproject files never mention verhaal, and tomllib costs.
    if "tool.verhaal" not in tekst:
        return False
    return "verhaal" in _lees_toml(pad, tekst).get("tool", {})


def laad_instellingen(config: Path | None = None, start: Path | None = None) -> Instellingen:
    """Find (unless ``config`` is given) and read the configuration.

    Returns empty settings when no file is found. Raises ``ConfigFout`` for a missing
    ``--config`` file, unreadable or invalid YAML/TOML, unknown keys and wrong types.
    """
    if config is not None:
        if not config.is_file():
            raise ConfigFout(f"Configuratiebestand {config} bestaat niet.")
        return lees_instellingen(config)
    gevonden = vind_config(start)
    return lees_instellingen(gevonden) if gevonden is not None else Instellingen()


def lees_instellingen(pad: Path) -> Instellingen:
    """Read and validate one configuration file (YAML, or TOML when it ends in ``.toml``)."""
    from verhaal.errors import InvoerFout
    from verhaal.yamlbron import Plek, lees_tekstbestand, lees_yaml_tekst

    try:
        tekst = lees_tekstbestand(pad, str(pad), "configuratiebestand")
    except InvoerFout as fout:
        raise ConfigFout(fout.bericht) from None
    if pad.suffix == ".toml":
        tool = _lees_toml(pad, tekst).get("tool", {})
        gegevens = tool.get("verhaal") if isinstance(tool, dict) else None
        if gegevens is None:
            raise ConfigFout(f"{pad}: er staat geen [tool.verhaal] in.")
        plek = Plek(str(pad), (), _toml_regels(tekst, ("tool", "verhaal")))
        return valideer(gegevens, pad, plek, wortel="[tool.verhaal]")
    try:
        bron = lees_yaml_tekst(tekst, str(pad))
    except InvoerFout as fout:
        raise ConfigFout(fout.bericht) from None
    return valideer(bron.data, pad, bron.plek)


def _lees_toml(pad: Path, tekst: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        # tomllib's message ends in "(at line L, column C)": keep only the position.
        positie = re.search(r"line (\d+), column (\d+)", str(fout))
        plaats = f":{positie.group(1)}" if positie else ""
        kolom = f" (kolom {positie.group(2)})" if positie else ""
        raise ConfigFout(f"{pad}{plaats}: geen geldige TOML{kolom}.") from None


def _toml_regels(tekst: str, onder: SleutelPad) -> dict[SleutelPad, int]:
    """The line of every table header and ``key =`` under the table ``onder`` in a TOML
    text, by key path relative to that table (the root: the line of its header).

    tomllib keeps no positions; this line scan is only for error messages, so a key it
    misses (inside a multi-line value) falls back to the line of its table, and the keys
    of a one-line inline table to the line of that table.
    """
    regels: dict[SleutelPad, int] = {(): 1}
    tabel: SleutelPad = ()
    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        kop = _TOML_KOP.match(regel)
        if kop:
            tabel = _toml_pad(kop.group(1))
            for lengte in range(1, len(tabel) + 1):
                regels.setdefault(tabel[:lengte], nummer)
            continue
        sleutel = _TOML_SLEUTEL.match(regel)
        if sleutel:
            pad = (*tabel, *_toml_pad(sleutel.group(1)))
            for lengte in range(len(tabel) + 1, len(pad) + 1):
                regels.setdefault(pad[:lengte], nummer)
    n = len(onder)
    return {pad[n:]: regel for pad, regel in regels.items() if pad[:n] == onder} or {(): 1}


_TOML_KOP = re.compile(r"\s*\[\[?\s*([^\]\n]+?)\s*\]")
_TOML_SLEUTEL = re.compile(
    r"\s*((?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*'))*)\s*="
)


def _toml_pad(tekst: str) -> SleutelPad:
    return tuple(
        deel.strip().strip("\"'") for deel in re.findall(r"\"[^\"]*\"|'[^']*'|[^.]+", tekst)
    )


def _fout(plek: Plek, bericht: str, wortel: str = "") -> ConfigFout:
    if wortel and not plek.pad:
        return ConfigFout(f"{plek.kop}: {wortel}: {bericht}")
    return ConfigFout(plek.bericht(bericht))


def _onbekende_sleutel(
    plek: Plek, sleutel: object, bekend: tuple[str, ...], wortel: str = ""
) -> ConfigFout:
    """An unknown key, at its own line but under the path of the mapping it is in."""
    from verhaal.gelijkend import bedoel_je
    from verhaal.yamlbron import Plek, toon_waarde

    regel = (plek / str(sleutel)).regel
    hier = Plek(plek.bron, plek.pad, {plek.pad: regel})
    hint = bedoel_je(str(sleutel), bekend, aanhalen="'")
    uitleg = hint[:1].lower() + hint[1:] if hint else f"bekend: {', '.join(bekend)}"
    return _fout(hier, f"onbekende sleutel {toon_waarde(sleutel)} ({uitleg}).", wortel)


def valideer(gegevens: object, pad: Path, plek: Plek, *, wortel: str = "") -> Instellingen:
    """Validate parsed configuration data; errors name file, line and key path (``plek``
    is the position of the configuration's root, with the line of every key; ``wortel``
    names that root in messages about it, e.g. ``[tool.verhaal]``)."""

    if gegevens is None:
        return Instellingen(bron=pad)
    if not isinstance(gegevens, Mapping):
        raise _fout(plek, "verwacht instellingen als sleutel: waarde.", wortel)
    for sleutel in gegevens:
        if sleutel not in BEKENDE_SLEUTELS:
            raise _onbekende_sleutel(plek, sleutel, BEKENDE_SLEUTELS, wortel)
    regels = _regels(gegevens.get("regels"), plek / "regels")
    namen = _woordenlijst(gegevens.get("namen"), plek / "namen")
    werkvormen = tuple(
        (pad.parent / map_).resolve()
        for map_ in _woordenlijst(gegevens.get("werkvormen"), plek / "werkvormen")
    )
    uitsluiten = _woordenlijst(gegevens.get("uitsluiten"), plek / "uitsluiten")
    per_werkvorm: dict[str, Mapping[str, RegelInstelling]] = {}
    per_werkvorm_aan: dict[str, frozenset[str]] = {}
    ruw = gegevens.get("per_werkvorm")
    if ruw is not None:
        if not isinstance(ruw, Mapping):
            raise _fout(plek / "per_werkvorm", "verwacht per werkvorm-id de regels.")
        for werkvorm_id, inhoud in ruw.items():
            hier = plek / "per_werkvorm" / werkvorm_id
            if not isinstance(inhoud, Mapping):
                raise _fout(hier, "verwacht 'regels:' met de instellingen.")
            for sleutel in inhoud:
                if sleutel != "regels":
                    raise _onbekende_sleutel(hier, sleutel, ("regels",))
            per_werkvorm[str(werkvorm_id)] = _regels(inhoud.get("regels"), hier / "regels")
            per_werkvorm_aan[str(werkvorm_id)] = _aan_gezet(inhoud.get("regels"))
    faal_op = None
    if "faal_op" in gegevens:
        faal_op = lees_ernst(gegevens["faal_op"], (plek / "faal_op").kop)
    max_kb = STANDAARD_MAX_KB
    if "max_kb" in gegevens:
        max_kb = _max_kb(gegevens["max_kb"], plek / "max_kb")
    return Instellingen(
        bron=pad,
        regels=regels,
        namen=namen,
        werkvormen=werkvormen,
        per_werkvorm=per_werkvorm,
        uitsluiten=uitsluiten,
        faal_op=faal_op,
        aan_gezet=_aan_gezet(gegevens.get("regels")),
        per_werkvorm_aan_gezet=per_werkvorm_aan,
        max_kb=max_kb,
    )


def _regels(gegevens: object, plek: Plek) -> dict[str, RegelInstelling]:
    """``regels:`` validated against each rule's declaration; an error names the line of
    the key it is about (``.verhaal.yaml:4: regels.lengte.max_woorden: ...``)."""
    from verhaal.checker.config import lees_regel_instellingen

    def waar(sleutels: tuple[str, ...]) -> str:
        hier = plek
        for sleutel in sleutels:
            hier = hier / sleutel
        return hier.kop

    return lees_regel_instellingen(gegevens, plek.kop, waar)


def _max_kb(waarde: object, plek: Plek) -> int:
    from verhaal.yamlbron import toon_waarde

    if isinstance(waarde, bool) or not isinstance(waarde, int):
        raise _fout(plek, f"verwacht een geheel getal (kB), niet {toon_waarde(waarde)}.")
    if not 1 <= waarde <= GROOTSTE_MAX_KB:
        raise _fout(plek, f"kies een grootte van 1 tot en met {GROOTSTE_MAX_KB} kB.")
    return waarde


def _aan_gezet(regels: object) -> frozenset[str]:
    """Ids of rules whose on/off is explicit in a (validated) ``regels:`` mapping."""
    if not isinstance(regels, Mapping):
        return frozenset()
    return frozenset(
        str(regel_id)
        for regel_id, waarde in regels.items()
        if isinstance(waarde, bool) or (isinstance(waarde, Mapping) and "aan" in waarde)
    )


def lees_ernst(waarde: object, plek: str) -> Ernst:
    """A severity name (``fout``, ``waarschuwing``, ``info``) or ``ConfigFout``; ``plek``
    prefixes the message (``bestand:regel: sleutel`` or an option name)."""
    from verhaal.checker.bevinding import ERNSTEN
    from verhaal.yamlbron import toon_waarde

    for ernst in ERNSTEN:
        if waarde == ernst:
            return ernst
    raise ConfigFout(
        f"{plek}: onbekende ernst {toon_waarde(waarde)} (kies uit {', '.join(ERNSTEN)})."
    )


def _woordenlijst(waarde: object, plek: Plek) -> tuple[str, ...]:
    if waarde is None:
        return ()
    if isinstance(waarde, str):
        waarde = [waarde]
    if not isinstance(waarde, list) or not all(isinstance(w, str) for w in waarde):
        raise _fout(plek, "verwacht een lijst van teksten.")
    return tuple(waarde)


def verborgen(naam: str) -> bool:
    """Whether a folder is skipped when walking: hidden ones and the drafts folder."""
    return naam.startswith(".") or naam == CONCEPTEN_MAP


__all__ = [
    "BEKENDE_SLEUTELS",
    "CONCEPTEN_MAP",
    "CONFIG_NAAM",
    "STANDAARD_MAX_KB",
    "Instellingen",
    "laad_instellingen",
    "lees_ernst",
    "lees_instellingen",
    "valideer",
    "verborgen",
    "vind_config",
]
