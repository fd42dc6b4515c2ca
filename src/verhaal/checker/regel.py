"""What a rule module declares: identity, options with types and defaults, examples."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verhaal.checker.bevinding import Bevinding, Ernst
from verhaal.yamlbron import toon_waarde

if TYPE_CHECKING:
    from verhaal.checker.document import Document

Opties = Mapping[str, Any]
CheckFunctie = Callable[["Document", Opties], Iterator[Bevinding]]


_SOORT_NAAM = {
    bool: "ja of nee (true/false)",
    int: "een geheel getal",
    float: "een getal",
    str: "tekst",
    list: "een lijst van woorden",
}


def _als_yaml(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    return str(waarde)


def _of(delen: list[str]) -> str:
    """'a', 'a of b', 'a, b of c'."""
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " of " + delen[-1]


@dataclass(frozen=True)
class Optie:
    """A configurable option of a rule, with what values it accepts (as yamllint's CONF).

    ``soort`` is the Python type the value must have (``bool``, ``int``, ``float``, ``str``,
    ``list``; lists hold strings). ``keuzes`` limits the value to a fixed set (a ``str``
    option like ``tijd``: ``verleden`` or ``tegenwoordig``); ``minimum`` bounds a number from
    below. Configuration files are validated against this declaration
    (:meth:`controleer`), and ``verhaal regels ID`` shows it (:meth:`toegestane_waarden`).
    """

    soort: type
    standaard: Any
    uitleg: str
    keuzes: tuple[Any, ...] = ()
    minimum: float | None = None

    def toegestane_waarden(self) -> str:
        """The allowed values in Dutch: 'verleden of tegenwoordig', 'een geheel getal van 0
        of meer', 'een lijst van woorden'."""
        if self.keuzes:
            return _of([_als_yaml(k) for k in self.keuzes])
        tekst = _SOORT_NAAM.get(self.soort, self.soort.__name__)
        if self.minimum is not None:
            tekst += f" van {_als_yaml(self.minimum)} of meer"
        return tekst

    def controleer(self, waarde: object) -> tuple[Any, str | None]:
        """The value as the rule uses it and ``None``, or (``None``, a Dutch reason) when
        the declaration does not allow it. A single word counts as a list of one."""
        soort = self.soort
        if soort is list:
            if isinstance(waarde, str):
                waarde = [waarde]
            if not isinstance(waarde, list) or not all(isinstance(w, str) for w in waarde):
                return None, f"verwacht {self.toegestane_waarden()}, niet {toon_waarde(waarde)}"
            return list(waarde), None
        if soort is float and isinstance(waarde, int) and not isinstance(waarde, bool):
            waarde = float(waarde)
        if not isinstance(waarde, soort) or (soort is not bool and isinstance(waarde, bool)):
            return None, f"verwacht {self.toegestane_waarden()}, niet {toon_waarde(waarde)}"
        if self.keuzes and waarde not in self.keuzes:
            return (
                None,
                f"onbekende waarde {toon_waarde(waarde)} (kies uit: {self.toegestane_waarden()})",
            )
        if self.minimum is not None and isinstance(waarde, int | float) and waarde < self.minimum:
            return None, f"verwacht {self.toegestane_waarden()}, niet {toon_waarde(waarde)}"
        return waarde, None


@dataclass(frozen=True)
class Voorbeeld:
    """An example text and the exact span texts the rule must report on it.

    ``verwacht == []`` means the rule must stay silent. ``opties`` overrides the
    rule's defaults for this example (e.g. the pupil's name for ``naam``).
    """

    tekst: str
    verwacht: list[str]
    opties: Mapping[str, Any] = field(default_factory=dict)
    bestandssoort: str = "md"


@dataclass(frozen=True)
class Regel:
    """A checker rule: one module each, registered in ``verhaal.checker.rules``."""

    id: str
    titel: str
    beschrijving: str
    waarom: str
    ernst: Ernst
    check: CheckFunctie
    opties: Mapping[str, Optie] = field(default_factory=dict)
    voorbeelden: tuple[Voorbeeld, ...] = ()

    def verhaalbevinding(self, doc: Document, bericht: str) -> Bevinding:
        """A story-level finding of this rule: at the title, or empty at the start."""
        start, eind = doc.titel if doc.titel else (0, 0)
        return Bevinding(self.id, self.ernst, start, eind, doc.tekst[start:eind], bericht)

    def standaard_opties(self) -> dict[str, Any]:
        """The rule's options with their default values (lists copied)."""
        return {
            naam: list(optie.standaard) if isinstance(optie.standaard, list) else optie.standaard
            for naam, optie in self.opties.items()
        }
