"""The one seam between the flow and the person answering: the :class:`Vrager` protocol.

The flow engine never prints or reads the terminal itself. It describes each prompt as a
:class:`Vraagstuk` and hands it to a Vrager, which may be the terminal (questionary + rich,
:mod:`verhaal.flow.terminal`), an answers file (``--antwoorden``,
:mod:`verhaal.flow.antwoorden`) or a script (:class:`GescripteVrager`, for tests).

Answers come back raw; the engine validates them and calls :meth:`Vrager.ongeldig` when
an answer does not fit, then asks again (an interactive Vrager) or stops (a file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from verhaal.werkvorm.model import Keuze

VraagstukSoort = Literal["kort", "lang", "alinea", "keuze", "meerkeuze", "bevestig", "geheim"]
"""``alinea`` is one paragraph of a story: a single (long) line, prefilled. ``geheim`` is a
short answer typed without being shown (the pupil's name)."""

ERNST_NAAM = {"fout": "fout", "waarschuwing": "waarschuwing", "info": "tip"}
"""A finding's severity as the teacher reads it."""

WeergaveSoort = Literal["uitleg", "herinnering", "melding", "waarschuwing", "succes", "verhaal"]


@dataclass(frozen=True)
class Vraagstuk:
    """One prompt.

    ``sleutel`` is the question id (the key in an answers file) or, for the flow's own
    questions such as the phase menu, a name starting with ``_``. ``standaard`` is the
    default choice or the text the input starts with. ``index``/``aantal`` locate one part
    of a multi-part answer (paragraph ``index`` of ``aantal`` in a zinsstarters question).
    ``herinneringen`` are lines shown with the question as a reminder (earlier answers, or
    the findings in a paragraph being fixed).
    """

    sleutel: str
    soort: VraagstukSoort
    tekst: str
    uitleg: str | None = None
    standaard: Any = None
    keuzes: tuple[Keuze, ...] = ()
    verplicht: bool = False
    index: int | None = None
    aantal: int | None = None
    herinneringen: tuple[str, ...] = ()

    @property
    def intern(self) -> bool:
        """A question of the flow itself (menu, confirmation), not of the werkvorm."""
        return self.sleutel.startswith("_")


@dataclass(frozen=True)
class BevindingInContext:
    """A checker finding as the teacher sees it: where, the words around it, what to do."""

    plek: str
    regel: str
    ernst: str
    bericht: str
    suggestie: str | None
    voor: str
    kern: str
    na: str


class Vrager(Protocol):
    """Everything the flow needs from whoever answers."""

    @property
    def interactief(self) -> bool:
        """True when a person answers live (menus and fix-up loops are offered)."""
        ...

    def kop(self, voortgang: str, titel: str, uitleg: str, duur: str | None) -> None:
        """Show the start of a phase: progress line, title, explanation, duration."""

    def toon(self, tekst: str, soort: WeergaveSoort = "uitleg") -> None:
        """Show a piece of text (an explanation, a reminder of an earlier answer, ...)."""

    def bevinding(self, bevinding: BevindingInContext) -> None:
        """Show one checker finding in its context."""

    def vraag(self, vraagstuk: Vraagstuk) -> Any:
        """Ask and return the raw answer (None or an empty text: skipped)."""

    def ongeldig(self, vraagstuk: Vraagstuk, bericht: str) -> None:
        """The last answer did not fit. Interactive: tell and let the engine ask again;
        non-interactive: raise an :class:`~verhaal.errors.InvoerFout`."""


class HalfAntwoord(KeyboardInterrupt):
    """Ctrl-C while an answer was being typed: ``tekst`` is what had been typed so far.

    A KeyboardInterrupt, so everything that stops on Ctrl-C still does; the engine also
    keeps the text in the draft and offers it again on ``--hervat``.
    """

    def __init__(self, tekst: str) -> None:
        super().__init__()
        self.tekst = tekst


@dataclass(frozen=True)
class Onderbreek:
    """In a script: press Ctrl-C at this prompt after typing ``tekst``."""

    tekst: str


NAAM_UITLEG = (
    "Met de naam van de leerling houdt verhaal die uit je antwoorden en bestanden; "
    "de naam wordt nergens bewaard. Leeg laten mag; meer namen scheid je met komma's."
)

_NAAM_SCHEIDING = re.compile(r"\s*(?:[,;&]|\ben\b)\s*", re.IGNORECASE)
"""Between names typed at the prompt: a comma, semicolon, '&' or the word 'en'."""


def vraag_leerlingnaam(vrager: Vrager, *, nodig: bool = False) -> tuple[str, ...]:
    """Ask for the pupil's name with hidden input; () when left empty.

    Several names may be given, separated by commas, semicolons, '&' or 'en' ("Daan en
    Sem" is two names, never a name with the part "en"). ``nodig``: a draft was started with
    the name, so the question says it is needed to continue.
    """
    uitleg = (
        "Je concept is begonnen met de naam van de leerling; geef hem opnieuw om verder te "
        "gaan. De naam wordt nergens bewaard."
        if nodig
        else NAAM_UITLEG
    )
    antwoord = vrager.vraag(
        Vraagstuk("_naam", "geheim", "Naam van de leerling (je typt onzichtbaar)", uitleg=uitleg)
    )
    if not isinstance(antwoord, str):
        return ()
    return tuple(n for n in _NAAM_SCHEIDING.split(antwoord.strip()) if n)


class ScriptOp(AssertionError):
    """A scripted Vrager was asked more than its script holds (a test bug or a loop)."""


STANDAARD = object()
"""In a script: accept the default, as pressing Enter does."""

ONDERBREEK = object()
"""In a script: press Ctrl-C at this prompt."""


class GescripteVrager:
    """A Vrager that answers from a list, in order, and records everything it is shown.

    Items are raw answers, :data:`STANDAARD`, :data:`ONDERBREEK`, :class:`Onderbreek`
    (Ctrl-C halfway through typing), or ``(sleutel, antwoord)`` pairs that also check which
    prompt is being answered. Interactive by default, so menus and fix-up loops run exactly
    as at the terminal.
    """

    def __init__(self, antwoorden: Iterable[Any], *, interactief: bool = True) -> None:
        self._antwoorden = list(antwoorden)
        self._interactief = interactief
        self.gevraagd: list[Vraagstuk] = []
        self.uitvoer: list[str] = []
        self.meldingen: list[str] = []
        self.bevindingen: list[BevindingInContext] = []

    @property
    def interactief(self) -> bool:
        """Whether menus and loops are offered."""
        return self._interactief

    @property
    def over(self) -> int:
        """How many scripted answers are still unused."""
        return len(self._antwoorden)

    def kop(self, voortgang: str, titel: str, uitleg: str, duur: str | None) -> None:
        """Record the phase header."""
        self.uitvoer.append(voortgang)

    def toon(self, tekst: str, soort: WeergaveSoort = "uitleg") -> None:
        """Record shown text."""
        self.uitvoer.append(tekst)

    def bevinding(self, bevinding: BevindingInContext) -> None:
        """Record a finding."""
        self.bevindingen.append(bevinding)
        ernst = ERNST_NAAM.get(bevinding.ernst, bevinding.ernst)
        self.uitvoer.append(f"{ernst} · {bevinding.regel}: {bevinding.kern}")

    def vraag(self, vraagstuk: Vraagstuk) -> Any:
        """Return the next scripted answer (the reminders go to ``uitvoer``)."""
        self.gevraagd.append(vraagstuk)
        self.uitvoer.extend(vraagstuk.herinneringen)
        if not self._antwoorden:
            raise ScriptOp(f"geen antwoord meer in het script voor '{vraagstuk.sleutel}'")
        antwoord = self._antwoorden.pop(0)
        if isinstance(antwoord, tuple) and len(antwoord) == 2 and isinstance(antwoord[0], str):
            sleutel, antwoord = antwoord
            if sleutel != vraagstuk.sleutel:
                raise ScriptOp(
                    f"script verwachtte vraag '{sleutel}', maar de vraag is '{vraagstuk.sleutel}'"
                )
        if antwoord is ONDERBREEK:
            raise KeyboardInterrupt
        if isinstance(antwoord, Onderbreek):
            raise HalfAntwoord(antwoord.tekst)
        if antwoord is STANDAARD:
            return vraagstuk.standaard
        return antwoord

    def ongeldig(self, vraagstuk: Vraagstuk, bericht: str) -> None:
        """Record the complaint; the engine asks again."""
        self.meldingen.append(bericht)
