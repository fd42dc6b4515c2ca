"""What a rule module declares: identity, options with types and defaults, examples."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verhaal.checker.bevinding import Bevinding, Ernst

if TYPE_CHECKING:
    from verhaal.checker.document import Document

Opties = Mapping[str, Any]
CheckFunctie = Callable[["Document", Opties], Iterator[Bevinding]]


@dataclass(frozen=True)
class Optie:
    """A configurable option of a rule.

    ``soort`` is the Python type the value must have (``bool``, ``int``, ``str``, ``list``);
    lists hold strings.
    """

    soort: type
    standaard: Any
    uitleg: str


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
