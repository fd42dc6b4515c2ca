"""Dutch counts and agreement, one helper for every message that counts something.

``aantal(1, "fout", "fouten")`` is "één fout", ``aantal(3, ...)`` "3 fouten" and
``aantal(0, ...)`` "geen fouten". ``er_staat(n, ...)`` builds "Er staat nog één fout" /
"Er staan nog 2 fouten" with the verb agreeing with the count. Numbers are shown as digits
(except one, which is written "één" so it is not read as the article "een").
``afgekort`` shortens a preview at a word boundary.
"""

from __future__ import annotations

__all__ = ["aantal", "afgekort", "en", "er_staat", "meervoud", "werkwoord"]


def meervoud(n: int, enkelvoud: str, meervoud_: str) -> str:
    """The noun form that agrees with ``n``."""
    return enkelvoud if n == 1 else meervoud_


def aantal(n: int, enkelvoud: str, meervoud_: str, *, nul: str = "geen") -> str:
    """``n`` with its noun: "geen fouten", "één fout", "3 fouten"."""
    if n == 0:
        return f"{nul} {meervoud_}"
    if n == 1:
        return f"één {enkelvoud}"
    return f"{n} {meervoud_}"


def werkwoord(n: int, enkelvoud: str, meervoud_: str) -> str:
    """The verb form that agrees with a subject of ``n`` things ("staat"/"staan")."""
    return enkelvoud if n == 1 else meervoud_


def er_staat(n: int, enkelvoud: str, meervoud_: str, *, nog: bool = True) -> str:
    """ "Er staat nog één fout" / "Er staan nog 2 fouten" / "Er staan geen fouten"."""
    bijwoord = " nog" if nog and n else ""
    return f"Er {werkwoord(n, 'staat', 'staan')}{bijwoord} {aantal(n, enkelvoud, meervoud_)}"


def en(delen: list[str]) -> str:
    """A Dutch enumeration: "a", "a en b", "a, b en c" ("" for none)."""
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + f" en {delen[-1]}"


def afgekort(tekst: str, ruimte: int) -> str:
    """``tekst`` cut at a word boundary to fit ``ruimte`` characters, with an ellipsis.

    For a preview of a paragraph or a menu option: "Toen bleek dat hij…", never "Toen
    ble…". Only a single word longer than half the room is cut inside the word.
    """
    if len(tekst) <= ruimte:
        return tekst
    kort = tekst[: ruimte - 1]
    if " " in kort[ruimte // 2 :]:
        kort = kort[: kort.rindex(" ")]
    return kort.rstrip(" ,:;") + "…"
