"""Close matches for a mistyped id or name: "Bedoel je waarderend-onderzoek-droom?".

One helper for every place that rejects an unknown name (werkvorm ids, rule ids on the
command line and in the configuration, suppression comments, options and commands), so
they all suggest in the same way. Besides :mod:`difflib`'s similarity it matches on
parts: ``droom`` finds ``waarderend-onderzoek-droom`` because it is one of its parts, and
``tijd`` finds ``tegenwoordige-tijd``. Time is linear in the number of candidates (each
comparison is bounded by the length of the two names).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

__all__ = ["bedoel_je", "gelijkend"]

_DELEN = re.compile(r"[-_./ ]+")
_MAX_LENGTE = 200
"""Longer input is no typo of a short id: it is not compared (keeps hostile input cheap)."""


def gelijkend(woord: str, kandidaten: Iterable[str], *, hoogstens: int = 3) -> list[str]:
    """The candidates that ``woord`` most likely meant, best first (possibly none).

    In this order: candidates with ``woord`` as one of their parts (``droom`` in
    ``waarderend-onderzoek-droom``), candidates that contain ``woord`` or are contained in it
    (at least three letters), then the most similar ones by :mod:`difflib` (as a whole,
    then by their parts).
    """
    gezocht = woord.strip().lower()
    if not gezocht or len(gezocht) > _MAX_LENGTE:
        return []
    lijst = list(dict.fromkeys(kandidaten))
    gevonden: list[str] = []

    def voeg_toe(kandidaat: str) -> None:
        if kandidaat not in gevonden and kandidaat.lower() != gezocht:
            gevonden.append(kandidaat)

    for kandidaat in lijst:
        if gezocht in _DELEN.split(kandidaat.lower()):
            voeg_toe(kandidaat)
    if len(gezocht) >= 3:
        for kandidaat in lijst:
            klein = kandidaat.lower()
            if gezocht in klein or (len(klein) >= 3 and klein in gezocht):
                voeg_toe(kandidaat)
    # Similar as a whole: only the best, and those nearly as good (not 'engels' for 'getl'
    # when 'getal' is much closer).
    scores = []
    for kandidaat in lijst:
        vergelijker = difflib.SequenceMatcher(None, gezocht, kandidaat.lower())
        if vergelijker.real_quick_ratio() >= 0.6 and vergelijker.quick_ratio() >= 0.6:
            score = vergelijker.ratio()
            if score >= 0.6:
                scores.append((score, kandidaat))
    scores.sort(key=lambda paar: -paar[0])
    for score, kandidaat in scores:
        if score >= scores[0][0] - 0.1:
            voeg_toe(kandidaat)
    gezochte_delen = [deel for deel in _DELEN.split(gezocht) if len(deel) >= 4]
    for kandidaat in lijst:
        delen = [deel for deel in _DELEN.split(kandidaat.lower()) if deel]
        if any(difflib.get_close_matches(deel, delen, n=1, cutoff=0.8) for deel in gezochte_delen):
            voeg_toe(kandidaat)
    return gevonden[:hoogstens]


def bedoel_je(woord: str, kandidaten: Iterable[str], *, aanhalen: str = "") -> str:
    """ "Bedoel je X?" / "Bedoel je X of Y?" for the closest candidates, or "" when none is.

    ``aanhalen`` is put around each candidate (for example ``'``).
    """
    treffers = [f"{aanhalen}{t}{aanhalen}" for t in gelijkend(woord, kandidaten)]
    if not treffers:
        return ""
    if len(treffers) == 1:
        return f"Bedoel je {treffers[0]}?"
    return f"Bedoel je {', '.join(treffers[:-1])} of {treffers[-1]}?"
