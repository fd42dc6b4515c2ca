"""The typed werkvorm model: what a werkvorm YAML file means once it has been validated.

Plain frozen dataclasses, no I/O. The YAML schema is documented in ``docs/werkvormen.md``;
:mod:`verhaal.werkvorm.schema` turns a file into these objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from verhaal.checker.config import CheckConfig, RegelInstelling

Soort = Literal[
    "kort", "lang", "keuze", "meerkeuze", "bevestig", "zinsstarters", "controle", "herschrijf"
]
SOORTEN: tuple[Soort, ...] = (
    "kort",
    "lang",
    "keuze",
    "meerkeuze",
    "bevestig",
    "zinsstarters",
    "controle",
    "herschrijf",
)
"""Question kinds. The last three work on the story text (see :data:`VERHAALSOORTEN`)."""

VERHAALSOORTEN: tuple[Soort, ...] = ("zinsstarters", "controle", "herschrijf")
"""Kinds whose answer is (a new version of) the story itself."""

THEMAS: tuple[str, ...] = (
    "samenwerking",
    "verantwoording",
    "leren-en-innoveren",
    "communicatie",
    "verhalen-verzamelen",
)
"""The four themes of the toolkit, plus chapter 3's story gathering."""

Bewaar = Literal["notities", "voorkant", "titel", "nergens"]
BEWAAR: tuple[Bewaar, ...] = ("notities", "voorkant", "titel", "nergens")
"""Where an answer ends up in the saved files (see docs/werkvormen.md)."""

VoorwaardeSoort = Literal["is", "niet", "bevat", "ingevuld"]


@dataclass(frozen=True)
class Keuze:
    """One option of a ``keuze`` or ``meerkeuze`` question."""

    waarde: str
    label: str
    uitleg: str | None = None


@dataclass(frozen=True)
class Voorwaarde:
    """A condition on an earlier answer (``als:``); all conditions of a question must hold.

    ``is``: the answer equals one of ``waarden``; ``niet``: it equals none of them;
    ``bevat``: a multiple-choice answer contains one of them; ``ingevuld``: the question
    was (``waarden == (True,)``) or was not answered.
    """

    vraag: str
    soort: VoorwaardeSoort
    waarden: tuple[Any, ...]

    def geldt(self, antwoorden: Mapping[str, Any]) -> bool:
        """Whether the condition holds for the answers given so far."""
        antwoord = antwoorden.get(self.vraag)
        if self.soort == "ingevuld":
            return is_ingevuld(antwoord) == bool(self.waarden[0])
        if self.soort == "bevat":
            gekozen = antwoord if isinstance(antwoord, list) else []
            return any(w in gekozen for w in self.waarden)
        gelijk = antwoord in self.waarden
        return gelijk if self.soort == "is" else not gelijk


def is_ingevuld(antwoord: Any) -> bool:
    """Whether an answer counts as given (not skipped, not empty)."""
    if antwoord is None:
        return False
    if isinstance(antwoord, str):
        return bool(antwoord.strip())
    if isinstance(antwoord, list):
        return any(is_ingevuld(a) for a in antwoord)
    return True


@dataclass(frozen=True)
class Zinsstarter:
    """A fixed sentence opening of a writing phase, with help and reminders."""

    tekst: str
    hulp: str | None = None
    toon: tuple[str, ...] = ()

    @property
    def begin(self) -> str:
        """The opening as it is prefilled: without the trailing dots, with a space."""
        return self.tekst.rstrip(" .…") + " "


@dataclass(frozen=True)
class ZinsstarterSet:
    """A named series of sentence starters (one paragraph each)."""

    id: str
    titel: str
    starters: tuple[Zinsstarter, ...]
    uitleg: str | None = None


@dataclass(frozen=True)
class Vraag:
    """A question of a phase. ``vraag`` is the prompt shown to the teacher."""

    id: str
    soort: Soort
    vraag: str
    uitleg: str | None = None
    verplicht: bool = False
    standaard: Any = None
    keuzes: tuple[Keuze, ...] = ()
    min_woorden: int | None = None
    max_woorden: int | None = None
    als: tuple[Voorwaarde, ...] = ()
    toon: tuple[str, ...] = ()
    bewaar: Bewaar = "notities"
    starters: str | None = None
    starters_van: str | None = None
    rol: str | None = None

    def is_actief(self, antwoorden: Mapping[str, Any]) -> bool:
        """Whether the question is asked, given the earlier answers (its ``als:``)."""
        return all(v.geldt(antwoorden) for v in self.als)

    def keuze_label(self, waarde: Any) -> str:
        """The label of a choice value (the value itself when unknown)."""
        for keuze in self.keuzes:
            if keuze.waarde == waarde:
                return keuze.label
        return str(waarde)


@dataclass(frozen=True)
class Fase:
    """A phase (or step) of a werkvorm: explanation, duration and questions."""

    id: str
    titel: str
    uitleg: str
    vragen: tuple[Vraag, ...]
    duur: str | None = None
    rol: str | None = None


@dataclass(frozen=True)
class Rol:
    """A role in a werkvorm done together (gespreksleider, inbrenger, ...)."""

    id: str
    titel: str
    uitleg: str | None = None


@dataclass(frozen=True)
class Product:
    """The werkvorm's own noun for what is written ("verhaal", "logline", "droom").

    Messages of the flow use it ("Er staat nog één fout in je logline."); ``lidwoord`` is
    "de" or "het" (for "het verhaal" / "de logline").
    """

    enkelvoud: str = "verhaal"
    meervoud: str = "verhalen"
    lidwoord: Literal["de", "het"] = "het"

    @property
    def met_lidwoord(self) -> str:
        """``het verhaal``, ``de logline``."""
        return f"{self.lidwoord} {self.enkelvoud}"

    @property
    def verwijzing(self) -> str:
        """The pronoun that refers back to it: ``het`` (verhaal) or ``hij`` (logline)."""
        return "het" if self.lidwoord == "het" else "hij"


@dataclass(frozen=True)
class Werkvorm:
    """A validated werkvorm.

    ``pad`` is the file it came from; ``ingebouwd`` says whether it ships with verhaal;
    ``vervangt`` is the built-in file a user's werkvorm with the same id overrides.
    """

    id: str
    titel: str
    uitleg: str
    fasen: tuple[Fase, ...]
    thema: str | None = None
    toepassing: str | None = None
    duur: str | None = None
    materiaal: tuple[str, ...] = ()
    bron: str | None = None
    regels: Mapping[str, RegelInstelling] = field(default_factory=dict)
    rollen: tuple[Rol, ...] = ()
    gebruikt_verhaal: bool = False
    zinsstarters: Mapping[str, ZinsstarterSet] = field(default_factory=dict)
    product: Product = field(default_factory=Product)
    pad: Path | None = None
    ingebouwd: bool = False
    vervangt: Path | None = None

    def vragen(self) -> Iterator[tuple[Fase, Vraag]]:
        """Every question with its phase, in flow order."""
        for fase in self.fasen:
            for vraag in fase.vragen:
                yield fase, vraag

    def vraag(self, vraag_id: str) -> Vraag | None:
        """The question with this id, if any."""
        for _, vraag in self.vragen():
            if vraag.id == vraag_id:
                return vraag
        return None

    def check_config(self, namen: tuple[str, ...] = ()) -> CheckConfig:
        """The checker configuration for texts written in this werkvorm."""
        from verhaal.checker.config import CheckConfig

        return CheckConfig(namen=tuple(namen), regels=dict(self.regels))

    def schrijft_verhaal(self) -> bool:
        """Whether the werkvorm produces a story (it has a story-writing question)."""
        return any(v.soort in VERHAALSOORTEN for _, v in self.vragen())
