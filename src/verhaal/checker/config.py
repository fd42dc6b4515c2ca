"""Checker configuration: which rules run, at which severity, with which options.

Pure data plus validation against each rule's declared options (as yamllint does), so a
typo in a user's configuration names the rule, the key, the line and what is allowed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from verhaal.checker.bevinding import ERNSTEN, Ernst
from verhaal.errors import ConfigFout
from verhaal.yamlbron import padtekst, toon_waarde


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


Plek = Callable[[tuple[str, ...]], str]
"""Where a key path of a ``regels:`` mapping is, as error messages name it: the file (and
line, when known) and the keys, e.g. ``.verhaal.yaml:4: regels.tegenwoordige-tijd.tijd``."""


def lees_regel_instellingen(
    gegevens: object, bron: str, plek: Plek | None = None
) -> dict[str, RegelInstelling]:
    """Validate a ``regels:`` mapping from a config or werkvorm file.

    Accepted per rule: ``true``/``false`` (on/off), a severity string, or a mapping with
    ``aan``, ``ernst`` and the rule's own options, each checked against the rule's
    declaration (:class:`~verhaal.checker.regel.Optie`: type and allowed values). ``bron``
    prefixes error messages (e.g. ``.verhaal.yaml: regels``); ``plek``, when given, names a
    key path instead (with the line it is on in the file).
    """
    from verhaal.checker.rules import REGELS

    def waar(*sleutels: object) -> str:
        tekst = tuple(str(s) for s in sleutels)
        return (
            plek(tekst) if plek is not None else bron + "".join(f".{padtekst((s,))}" for s in tekst)
        )

    if gegevens is None:
        return {}
    if not isinstance(gegevens, Mapping):
        raise ConfigFout(f"{waar()}: verwacht een lijst van regels met hun instellingen.")
    resultaat: dict[str, RegelInstelling] = {}
    for regel_id, waarde in gegevens.items():
        regel = REGELS.get(str(regel_id))
        if regel is None:
            from verhaal.gelijkend import bedoel_je

            hint = bedoel_je(str(regel_id), REGELS, aanhalen="'")
            uitleg = hint[:1].lower() + hint[1:] if hint else f"bekend: {', '.join(sorted(REGELS))}"
            raise ConfigFout(
                f"{waar(regel_id)}: onbekende regel {toon_waarde(regel_id)} ({uitleg})."
            )
        if isinstance(waarde, bool):
            resultaat[regel.id] = RegelInstelling(aan=waarde)
            continue
        if isinstance(waarde, str):
            resultaat[regel.id] = RegelInstelling(ernst=_lees_ernst(waarde, waar(regel_id)))
            continue
        if not isinstance(waarde, Mapping):
            raise ConfigFout(f"{waar(regel_id)}: verwacht true/false, een ernst of instellingen.")
        aan = waarde.get("aan", True)
        if not isinstance(aan, bool):
            raise ConfigFout(
                f"{waar(regel_id, 'aan')}: verwacht true of false, niet {toon_waarde(aan)}."
            )
        ernst = _lees_ernst(waarde["ernst"], waar(regel_id, "ernst")) if "ernst" in waarde else None
        opties: dict[str, Any] = {}
        for sleutel, optiewaarde in waarde.items():
            if sleutel in ("aan", "ernst"):
                continue
            optie = regel.opties.get(str(sleutel))
            if optie is None:
                bekend = ", ".join(["aan", "ernst", *sorted(regel.opties)])
                raise ConfigFout(
                    f"{waar(regel_id, sleutel)}: onbekende instelling (bekend: {bekend})."
                )
            gelezen, reden = optie.controleer(optiewaarde)
            if reden is not None:
                raise ConfigFout(f"{waar(regel_id, sleutel)}: {reden}.")
            opties[str(sleutel)] = gelezen
        resultaat[regel.id] = RegelInstelling(aan=aan, ernst=ernst, opties=opties)
    return resultaat


def _lees_ernst(waarde: object, pad: str) -> Ernst:
    for ernst in ERNSTEN:
        if waarde == ernst:
            return ernst
    raise ConfigFout(
        f"{pad}: onbekende ernst {toon_waarde(waarde)} (kies uit {', '.join(ERNSTEN)})."
    )
