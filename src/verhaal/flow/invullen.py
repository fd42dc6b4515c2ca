"""Asking one question of a werkvorm and checking its answer.

Every phase kind asks through :func:`vraag_geldig`: ask, normalise, and on an
:class:`OngeldigAntwoord` tell the Vrager and ask again (a non-interactive Vrager raises
instead). Text answers pass the pupil-name check of the :class:`~verhaal.flow.verloop.Verloop`
(:meth:`~verhaal.flow.verloop.Verloop._geen_naam`), so a name never reaches the draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from verhaal import taal
from verhaal.flow.vrager import HalfAntwoord, Vraagstuk, VraagstukSoort
from verhaal.werkvorm.model import Keuze, Vraag, is_ingevuld

if TYPE_CHECKING:
    from verhaal.flow.verloop import Verloop

_WOORD = re.compile(r"\w+(?:['’-]\w+)*")
_TEKSTSOORTEN = ("kort", "lang", "alinea")


class OngeldigAntwoord(ValueError):
    """An answer that does not fit its question; the message tells the user why."""


def tel_woorden(tekst: str) -> int:
    """The number of words in ``tekst`` (as the word limits count them)."""
    return len(_WOORD.findall(tekst))


def stel_gewone_vraag(verloop: Verloop, vraag: Vraag) -> None:
    """Ask a question that is not part of the story (kort, lang, keuze, ...)."""
    vorig = verloop.staat.antwoorden.get(vraag.id)
    standaard = vorig if vorig is not None else vraag.standaard
    vraagstuk = Vraagstuk(
        sleutel=vraag.id,
        # The story kinds have their own modules; every other kind is a prompt kind.
        soort=cast(VraagstukSoort, vraag.soort),
        tekst=vraag.vraag,
        uitleg=vraag.uitleg,
        standaard=standaard,
        keuzes=vraag.keuzes,
        verplicht=vraag.verplicht,
        herinneringen=herinneringen(verloop, vraag.toon),
    )
    verloop.staat.antwoorden[vraag.id] = vraag_geldig(
        verloop, vraagstuk, lambda ruw: normaliseer(verloop, vraag, ruw)
    )


def vraag_geldig(verloop: Verloop, vraagstuk: Vraagstuk, normaliseer: Callable[[Any], Any]) -> Any:
    """Ask until the answer fits (a non-interactive Vrager raises instead).

    An answer left half-typed at Ctrl-C (in the draft) comes back as the text to start
    from; a new Ctrl-C while typing keeps the new half answer (see :class:`HalfAntwoord`).
    """
    half = verloop.staat.half
    if (
        half is not None
        and vraagstuk.soort in _TEKSTSOORTEN
        and (half.get("sleutel"), half.get("index")) == (vraagstuk.sleutel, vraagstuk.index)
    ):
        vraagstuk = replace(vraagstuk, standaard=half["tekst"])
        verloop.staat.half = None
    while True:
        try:
            ruw = verloop.vrager.vraag(vraagstuk)
        except HalfAntwoord as onderbroken:
            verloop._onthoud_half(vraagstuk, onderbroken.tekst)
            raise
        try:
            return normaliseer(ruw)
        except OngeldigAntwoord as fout:
            verloop.vrager.ongeldig(vraagstuk, str(fout))
            if isinstance(ruw, str):
                vraagstuk = replace(vraagstuk, standaard=ruw)


def herinneringen(verloop: Verloop, ids: Sequence[str]) -> tuple[str, ...]:
    """Earlier answers as reminder lines ('Held: een stille jongen'), skipping blanks."""
    regels: list[str] = []
    for vraag_id in dict.fromkeys(ids):
        vraag = verloop.werkvorm.vraag(vraag_id)
        antwoord = verloop.staat.antwoorden.get(vraag_id)
        if vraag is None or not is_ingevuld(antwoord):
            continue
        regels.append(f"{_label(vraag_id)}: {_als_tekst(vraag, antwoord)}")
    return tuple(regels)


def normaliseer(verloop: Verloop, vraag: Vraag, ruw: Any) -> Any:
    """Check and clean a raw answer for ``vraag``; raise :class:`OngeldigAntwoord`."""
    soort = vraag.soort
    if soort == "bevestig":
        waarde = _als_bool(ruw)
        if waarde is None and ruw is not None and ruw != "":
            raise OngeldigAntwoord("Antwoord met ja of nee.")
        if waarde is None and vraag.verplicht:
            raise OngeldigAntwoord("Deze vraag is verplicht: kies ja of nee.")
        return waarde
    if soort == "keuze":
        if ruw is None or ruw == "":
            if vraag.verplicht:
                raise OngeldigAntwoord("Deze vraag is verplicht: maak een keuze.")
            return None
        return _keuze_waarde(vraag.keuzes, ruw)
    if soort == "meerkeuze":
        if ruw is None:
            lijst: list[Any] = []
        elif isinstance(ruw, list):
            lijst = ruw
        else:
            lijst = [ruw]
        waarden = [_keuze_waarde(vraag.keuzes, item) for item in lijst]
        if vraag.verplicht and not waarden:
            raise OngeldigAntwoord("Deze vraag is verplicht: kies er minstens één.")
        return waarden
    schoon = tekst(verloop, ruw)
    if soort == "kort":
        schoon = " ".join(schoon.split())
    if not schoon:
        if vraag.verplicht:
            raise OngeldigAntwoord("Deze vraag is verplicht; vul iets in.")
        return None
    woordgrenzen(vraag, schoon)
    return schoon


def tekst(verloop: Verloop, ruw: Any) -> str:
    """A text answer: stripped, name-free."""
    if ruw is None:
        return ""
    if isinstance(ruw, bool) or not isinstance(ruw, str | int | float):
        raise OngeldigAntwoord("Hier hoort tekst als antwoord.")
    schoon = str(ruw).strip()
    verloop._geen_naam(schoon)
    return schoon


def woordgrenzen(vraag: Vraag, tekst: str) -> None:
    """Raise :class:`OngeldigAntwoord` when ``tekst`` breaks the question's word limits."""
    aantal = tel_woorden(tekst)
    if vraag.min_woorden is not None and aantal < vraag.min_woorden:
        raise OngeldigAntwoord(
            f"Schrijf minstens {taal.aantal(vraag.min_woorden, 'woord', 'woorden')} (nu {aantal})."
        )
    if vraag.max_woorden is not None and aantal > vraag.max_woorden:
        raise OngeldigAntwoord(
            f"Houd het bij hoogstens {taal.aantal(vraag.max_woorden, 'woord', 'woorden')} "
            f"(nu {aantal})."
        )


def splits_alineas(tekst: str) -> list[str]:
    """A text split at blank lines into paragraphs, each on one line."""
    return [" ".join(deel.split()) for deel in re.split(r"\n\s*\n", tekst) if deel.strip()]


def _als_bool(ruw: Any) -> bool | None:
    if isinstance(ruw, bool):
        return ruw
    if isinstance(ruw, str):
        woord = ruw.strip().lower()
        if woord in {"ja", "j", "yes", "y", "true", "waar"}:
            return True
        if woord in {"nee", "n", "no", "false", "onwaar"}:
            return False
    return None


def _keuze_waarde(keuzes: Sequence[Keuze], ruw: Any) -> str:
    tekst = str(ruw).strip()
    for keuze in keuzes:
        if tekst == keuze.waarde:
            return keuze.waarde
    for keuze in keuzes:
        if tekst.lower() in (keuze.waarde.lower(), keuze.label.lower()):
            return keuze.waarde
    opties = ", ".join(k.waarde for k in keuzes)
    raise OngeldigAntwoord(f"'{tekst}' is geen van de keuzes (kies uit: {opties}).")


def _label(vraag_id: str) -> str:
    return vraag_id.replace("_", " ").replace("-", " ").capitalize()


def _als_tekst(vraag: Vraag, antwoord: Any) -> str:
    """An answer as one readable line (for reminders)."""
    if isinstance(antwoord, bool):
        return "ja" if antwoord else "nee"
    if isinstance(antwoord, list):
        return "; ".join(vraag.keuze_label(a) for a in antwoord if a)
    if vraag.keuzes:
        return vraag.keuze_label(antwoord)
    # Lines the teacher typed one under the other (key moments) stay apart: ' · '.
    regels = (" ".join(regel.split()) for regel in str(antwoord).splitlines())
    return " · ".join(regel for regel in regels if regel)
