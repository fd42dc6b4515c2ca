"""Close matches for a mistyped id or name: "Bedoel je waarderend-onderzoek-droom?".

One helper for every place that rejects an unknown name (werkvorm ids, rule ids on the
command line and in the configuration, suppression comments, options and commands), so
they all suggest in the same way. Besides :mod:`difflib`'s similarity it matches on
parts: ``droom`` finds ``waarderend-onderzoek-droom`` because it is one of its parts, and
``tijd`` finds ``tegenwoordige-tijd``. Time is linear in the number of candidates (each
comparison is bounded: names longer than 200 characters are not compared).
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

    A candidate with ``woord`` as one of its parts (``droom`` in
    ``waarderend-onderzoek-droom``) comes first; then, by :mod:`difflib` similarity, the
    candidates that look alike, those that contain ``woord`` or are contained in it (at
    least three letters) and those with a part that looks alike, keeping only the best
    and those nearly as good (not 'engels' for 'getl' when 'getal' is much closer).
    """
    gezocht = woord.strip().lower()
    if not gezocht or len(gezocht) > _MAX_LENGTE:
        return []
    gezochte_delen = [deel for deel in _DELEN.split(gezocht) if len(deel) >= 4]
    scores: dict[str, float] = {}
    for kandidaat in dict.fromkeys(kandidaten):
        klein = kandidaat.lower()
        if klein == gezocht or len(klein) > _MAX_LENGTE:
            continue
        delen = [deel for deel in _DELEN.split(klein) if deel]
        gelijk = difflib.SequenceMatcher(None, gezocht, klein).ratio()
        if gezocht in delen:
            score = 2 + gelijk
        elif len(gezocht) >= 3 and (gezocht in klein or (len(klein) >= 3 and klein in gezocht)):
            score = max(gelijk, 0.75)
        elif gelijk >= 0.6:
            score = gelijk
        elif any(
            difflib.get_close_matches(deel, delen, n=1, cutoff=0.8) for deel in gezochte_delen
        ):
            score = 0.7
        else:
            continue
        scores[kandidaat] = score
    if not scores:
        return []
    beste = max(scores.values())
    grens = 2 if beste >= 2 else beste - 0.1
    gekozen = sorted((k for k, v in scores.items() if v >= grens), key=lambda k: -scores[k])
    return gekozen[:hoogstens]


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
