"""User configuration: finding, reading and validating ``.verhaal.yaml`` or ``[tool.verhaal]``.

Discovery follows ruff's habit: the nearest folder, starting at the current one and going
up, that holds a ``.verhaal.yaml`` or a ``pyproject.toml`` with a ``[tool.verhaal]`` table
wins (``.verhaal.yaml`` first within one folder). ``--config PAD`` skips the search.

Speed matters: ``verhaal controleer`` on one story must start fast, so the search only
stats a few paths, a ``pyproject.toml`` is parsed only when its text mentions
``[tool.verhaal``, and ``yaml`` (about 40 ms of import) is imported only when a YAML
configuration file actually exists.

Every mistake in a file raises :class:`~verhaal.errors.ConfigFout` naming the file and the
key path, e.g. ``.verhaal.yaml: regels.getal.ernst: onbekende ernst 'rood'``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.errors import ConfigFout

if TYPE_CHECKING:
    from verhaal.checker.bevinding import Ernst
    from verhaal.checker.config import CheckConfig, RegelInstelling

CONFIG_NAAM = ".verhaal.yaml"
"""The configuration file looked for in the current folder and its parents."""

PYPROJECT = "pyproject.toml"

CONCEPTEN_MAP = ".verhaal-concepten"
"""Folder where ``verhaal schrijf`` autosaves drafts; never linted as stories."""

EIGEN_WERKVORMEN = "werkvormen"
"""A team's own werkvorm folder in the working folder (found without configuration)."""

BEKENDE_SLEUTELS = ("regels", "namen", "werkvormen", "per_werkvorm", "uitsluiten", "faal_op")
"""Top-level keys of a configuration; anything else is a mistake worth reporting."""


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


def _heeft_tool_verhaal(pad: Path) -> bool:
    try:
        tekst = pad.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
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
    if pad.suffix == ".toml":
        try:
            tekst = pad.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as fout:
            raise ConfigFout(f"{pad}: kan het bestand niet lezen ({fout}).") from fout
        tool = _lees_toml(pad, tekst).get("tool", {})
        gegevens = tool.get("verhaal") if isinstance(tool, dict) else None
        if gegevens is None:
            raise ConfigFout(f"{pad}: er staat geen [tool.verhaal] in.")
        return valideer(
            gegevens,
            pad,
            f"{pad}: [tool.verhaal]",
            regelnummers=lambda sleutels: _toml_regel(tekst, ("tool", "verhaal", *sleutels)),
        )
    return valideer(
        _lees_yaml(pad), pad, str(pad), regelnummers=lambda sleutels: _yaml_regel(pad, sleutels)
    )


def _lees_toml(pad: Path, tekst: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        raise ConfigFout(f"{pad}: geen geldige TOML ({fout}).") from fout


def _lees_yaml(pad: Path) -> object:
    import yaml

    try:
        tekst = pad.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as fout:
        raise ConfigFout(f"{pad}: kan het bestand niet lezen ({fout}).") from fout
    try:
        return yaml.safe_load(tekst)
    except yaml.YAMLError as fout:
        from verhaal.werkvorm.yamlbron import syntax_uitleg

        plek = getattr(fout, "problem_mark", None)
        regel = f":{plek.line + 1}" if plek is not None else ""
        raise ConfigFout(
            f"{pad}{regel}: dit is geen geldige YAML: {syntax_uitleg(fout)}."
        ) from fout


RegelVan = Callable[[tuple[str, ...]], "int | None"]
"""Finds the line of a key path in a configuration file (None when unknown)."""


def _plek(
    pad: Path, bron: str, boven: tuple[str, ...], regel_van: RegelVan
) -> Callable[[tuple[str, ...]], str]:
    """Names a key path under ``boven`` (e.g. ``regels``) with the line it is on:
    ``.verhaal.yaml:4: regels.tegenwoordige-tijd.tijd``. The line is looked up only when an
    error needs it, so a valid configuration costs nothing extra."""

    def plek(sleutels: tuple[str, ...]) -> str:
        volledig = (*boven, *sleutels)
        regel = regel_van(volledig)
        if regel is None:
            return f"{bron}: {'.'.join(volledig)}"
        return f"{pad}:{regel}: {'.'.join(volledig)}"

    return plek


def _toml_regel(tekst: str, sleutels: tuple[str, ...]) -> int | None:
    """The 1-based line of the deepest key of ``sleutels`` in TOML text: tables
    (``[tool.verhaal.regels.getal]``), dotted keys and one-line inline tables. tomllib
    keeps no positions, so the text is scanned (only when an error needs the line)."""
    import re

    beste, diepte = None, 0
    tabel: tuple[str, ...] = ()
    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        kaal = regel.strip()
        if kaal.startswith("[") and not kaal.startswith("[["):
            tabel = tuple(d.strip().strip("\"'") for d in kaal.strip("[]").split("."))
            paden = [tabel]
        elif "=" in kaal and not kaal.startswith("#"):
            sleutel, _, waarde = kaal.partition("=")
            pad = (*tabel, *(d.strip().strip("\"'") for d in sleutel.split(".")))
            paden = [pad]
            paden += [(*pad, k) for k in re.findall(r"[{,]\s*\"?([\w-]+)\"?\s*=", waarde)]
        else:
            continue
        for pad in paden:
            n = len(pad)
            if n > diepte and n <= len(sleutels) and tuple(sleutels[:n]) == pad:
                beste, diepte = nummer, n
    return beste


def _yaml_regel(pad: Path, sleutels: tuple[str, ...]) -> int | None:
    """The 1-based line of the deepest key of ``sleutels`` found in a YAML file (None when
    the file cannot be composed again)."""
    import yaml

    try:
        knoop = yaml.compose(pad.read_text(encoding="utf-8-sig"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    regel = None
    for sleutel in sleutels:
        if not isinstance(knoop, yaml.MappingNode):
            break
        for sleutelknoop, waardeknoop in knoop.value:
            if str(sleutelknoop.value) == sleutel:
                regel = sleutelknoop.start_mark.line + 1
                knoop = waardeknoop
                break
        else:
            break
    return regel


def valideer(
    gegevens: object, pad: Path, bron: str, *, regelnummers: RegelVan | None = None
) -> Instellingen:
    """Validate parsed configuration data; ``bron`` prefixes every error message. With
    ``regelnummers`` (finds a key path's line in the file) errors in rule settings also
    name their line."""
    from verhaal.checker.config import lees_regel_instellingen

    def regel_plek(*boven: str) -> Callable[[tuple[str, ...]], str] | None:
        return _plek(pad, bron, boven, regelnummers) if regelnummers else None

    if gegevens is None:
        return Instellingen(bron=pad)
    if not isinstance(gegevens, Mapping):
        raise ConfigFout(f"{bron}: verwacht instellingen als sleutel: waarde.")
    for sleutel in gegevens:
        if sleutel not in BEKENDE_SLEUTELS:
            from verhaal.gelijkend import bedoel_je

            hint = bedoel_je(str(sleutel), BEKENDE_SLEUTELS, aanhalen="'")
            uitleg = (
                hint[:1].lower() + hint[1:] if hint else f"bekend: {', '.join(BEKENDE_SLEUTELS)}"
            )
            raise ConfigFout(f"{bron}: onbekende sleutel '{sleutel}' ({uitleg}).")
    regels = lees_regel_instellingen(
        gegevens.get("regels"), f"{bron}: regels", regel_plek("regels")
    )
    namen = _woordenlijst(gegevens.get("namen"), f"{bron}: namen")
    werkvormen = tuple(
        (pad.parent / map_).resolve()
        for map_ in _woordenlijst(gegevens.get("werkvormen"), f"{bron}: werkvormen")
    )
    uitsluiten = _woordenlijst(gegevens.get("uitsluiten"), f"{bron}: uitsluiten")
    per_werkvorm: dict[str, Mapping[str, RegelInstelling]] = {}
    per_werkvorm_aan: dict[str, frozenset[str]] = {}
    ruw = gegevens.get("per_werkvorm")
    if ruw is not None:
        if not isinstance(ruw, Mapping):
            raise ConfigFout(f"{bron}: per_werkvorm: verwacht per werkvorm-id de regels.")
        for werkvorm_id, inhoud in ruw.items():
            plek = f"{bron}: per_werkvorm.{werkvorm_id}"
            if not isinstance(inhoud, Mapping):
                raise ConfigFout(f"{plek}: verwacht 'regels:' met de instellingen.")
            for sleutel in inhoud:
                if sleutel != "regels":
                    raise ConfigFout(f"{plek}: onbekende sleutel '{sleutel}' (bekend: regels).")
            per_werkvorm[str(werkvorm_id)] = lees_regel_instellingen(
                inhoud.get("regels"),
                f"{plek}.regels",
                regel_plek("per_werkvorm", str(werkvorm_id), "regels"),
            )
            per_werkvorm_aan[str(werkvorm_id)] = _aan_gezet(inhoud.get("regels"))
    faal_op = None
    if "faal_op" in gegevens:
        faal_op = lees_ernst(gegevens["faal_op"], f"{bron}: faal_op")
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
    )


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
    """A severity name (``fout``, ``waarschuwing``, ``info``) or ``ConfigFout``."""
    from verhaal.checker.bevinding import ERNSTEN

    for ernst in ERNSTEN:
        if waarde == ernst:
            return ernst
    raise ConfigFout(f"{plek}: onbekende ernst {waarde!r} (kies uit {', '.join(ERNSTEN)}).")


def _woordenlijst(waarde: object, plek: str) -> tuple[str, ...]:
    if waarde is None:
        return ()
    if isinstance(waarde, str):
        waarde = [waarde]
    if not isinstance(waarde, list) or not all(isinstance(w, str) for w in waarde):
        raise ConfigFout(f"{plek}: verwacht een lijst van teksten.")
    return tuple(waarde)


def verborgen(naam: str) -> bool:
    """Whether a folder is skipped when walking: hidden ones and the drafts folder."""
    return naam.startswith(".") or naam == CONCEPTEN_MAP


__all__ = [
    "BEKENDE_SLEUTELS",
    "CONCEPTEN_MAP",
    "CONFIG_NAAM",
    "Instellingen",
    "laad_instellingen",
    "lees_ernst",
    "lees_instellingen",
    "valideer",
    "verborgen",
    "vind_config",
]
