"""Checker configuration: which rules run, at which severity, with which options.

Pure data plus validation against each rule's declared options (as yamllint does), so a
typo in a user's configuration names the rule and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from verhaal.checker.bevinding import ERNSTEN, Ernst
from verhaal.errors import ConfigFout


@dataclass(frozen=True)
class RegelInstelling:
    """Settings of one rule: on/off, an overriding severity, option values."""

    aan: bool = True
    ernst: Ernst | None = None
    opties: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckConfig:
    """Everything ``check`` needs besides the text.

    ``namen`` are the pupil's names (``--naam``): they are only held in memory.
    """

    namen: tuple[str, ...] = ()
    regels: Mapping[str, RegelInstelling] = field(default_factory=dict)

    def instelling(self, regel_id: str) -> RegelInstelling:
        """The settings of ``regel_id`` (defaults when not configured)."""
        return self.regels.get(regel_id, RegelInstelling())

    def met_namen(self, namen: tuple[str, ...]) -> CheckConfig:
        """A copy with extra pupil names."""
        return CheckConfig(
            namen=self.namen + tuple(n for n in namen if n not in self.namen), regels=self.regels
        )


def _type_naam(soort: type) -> str:
    return {
        bool: "ja/nee (true/false)",
        int: "een geheel getal",
        str: "tekst",
        list: "een lijst",
        float: "een getal",
    }.get(soort, soort.__name__)


def lees_regel_instellingen(gegevens: object, bron: str) -> dict[str, RegelInstelling]:
    """Validate a ``regels:`` mapping from a config or werkvorm file.

    Accepted per rule: ``true``/``false`` (on/off), a severity string, or a mapping with
    ``aan``, ``ernst`` and the rule's own options. ``bron`` prefixes error messages
    (e.g. ``.verhaal.yaml: regels``).
    """
    from verhaal.checker.rules import REGELS

    if gegevens is None:
        return {}
    if not isinstance(gegevens, Mapping):
        raise ConfigFout(f"{bron}: verwacht een lijst van regels met hun instellingen.")
    resultaat: dict[str, RegelInstelling] = {}
    for regel_id, waarde in gegevens.items():
        pad = f"{bron}.{regel_id}"
        regel = REGELS.get(str(regel_id))
        if regel is None:
            from verhaal.gelijkend import bedoel_je

            hint = bedoel_je(str(regel_id), REGELS, aanhalen="'")
            uitleg = hint[:1].lower() + hint[1:] if hint else f"bekend: {', '.join(sorted(REGELS))}"
            raise ConfigFout(f"{pad}: onbekende regel '{regel_id}' ({uitleg}).")
        if isinstance(waarde, bool):
            resultaat[regel.id] = RegelInstelling(aan=waarde)
            continue
        if isinstance(waarde, str):
            resultaat[regel.id] = RegelInstelling(ernst=_lees_ernst(waarde, pad))
            continue
        if not isinstance(waarde, Mapping):
            raise ConfigFout(f"{pad}: verwacht true/false, een ernst of instellingen.")
        aan = waarde.get("aan", True)
        if not isinstance(aan, bool):
            raise ConfigFout(f"{pad}.aan: verwacht true of false, niet {aan!r}.")
        ernst = _lees_ernst(waarde["ernst"], f"{pad}.ernst") if "ernst" in waarde else None
        opties: dict[str, Any] = {}
        for sleutel, optiewaarde in waarde.items():
            if sleutel in ("aan", "ernst"):
                continue
            optie = regel.opties.get(str(sleutel))
            if optie is None:
                bekend = ", ".join(["aan", "ernst", *sorted(regel.opties)])
                raise ConfigFout(f"{pad}.{sleutel}: onbekende instelling (bekend: {bekend}).")
            opties[str(sleutel)] = _controleer_type(optiewaarde, optie.soort, f"{pad}.{sleutel}")
        resultaat[regel.id] = RegelInstelling(aan=aan, ernst=ernst, opties=opties)
    return resultaat


def _lees_ernst(waarde: object, pad: str) -> Ernst:
    for ernst in ERNSTEN:
        if waarde == ernst:
            return ernst
    raise ConfigFout(f"{pad}: onbekende ernst {waarde!r} (kies uit {', '.join(ERNSTEN)}).")


def _controleer_type(waarde: object, soort: type, pad: str) -> Any:
    if soort is list:
        if isinstance(waarde, str):
            waarde = [waarde]
        if not isinstance(waarde, list) or not all(isinstance(w, str) for w in waarde):
            raise ConfigFout(f"{pad}: verwacht een lijst van woorden.")
        return list(waarde)
    if soort is int and isinstance(waarde, bool):
        raise ConfigFout(f"{pad}: verwacht {_type_naam(soort)}, niet {waarde!r}.")
    if soort is float and isinstance(waarde, int) and not isinstance(waarde, bool):
        return float(waarde)
    if not isinstance(waarde, soort):
        raise ConfigFout(f"{pad}: verwacht {_type_naam(soort)}, niet {waarde!r}.")
    return waarde
