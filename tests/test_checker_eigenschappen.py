"""Property tests: the checker never crashes, and its findings always fit the text.

A fixed, derandomized hypothesis profile keeps CI deterministic and fast; set
``VERHAAL_HYPOTHESIS=grondig`` for a long local run with fresh random examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verhaal.checker import CheckConfig, check, lees_document

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=400,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("grondig", max_examples=5000, deadline=None)
PROFIEL = os.environ.get("VERHAAL_HYPOTHESIS", "ci")

# Pieces that exercise the parser: Markdown syntax, quotes, apostrophes, numbers, CRLF.
STUKKEN = [
    "# ",
    "## ",
    "---\n",
    "---\ntitel: X\n---\n",
    "titel: ",
    "```\n",
    "~~~",
    "`",
    "<!-- ",
    " -->",
    "<b>",
    "</b>",
    "[",
    "](http://x.nl)",
    "https://x.nl/a",
    "www.x.nl",
    "*",
    "**",
    "_",
    "~~",
    "> ",
    "- ",
    "1. ",
    "| a | b |\n|---|---|\n",
    "===\n",
    "    ",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "„",
    "”",
    "“",
    '"',
    "‘",
    "’",
    "'",
    ",,",
    "''",
    "«",
    "»",
    "'s ",
    "’s ",
    "auto's",
    "zo'n",
    "'30",
    "IB'er",
    ". ",
    "! ",
    "? ",
    "…",
    "bijv. ",
    "Dhr. ",
    "8:30",
    "10.30",
    "3,2",
    "25%",
    "1e-jaars",
    "één",
    "Eén",
    "een",
    "twee",
    "vijfentwintig",
    "honderden",
    "half negen",
    "ik vier",
    "acht geven",
    "in zijn eentje",
    "driekwart",
    "rood",
    "huilde",
    "Hij liep naar huis",
    "Ze zei",
    " ",
    "\\",
    "\u00ad",
    "e\u0308",
    "\ufeff",
]

markdownachtig = st.lists(
    st.one_of(st.sampled_from(STUKKEN), st.text(max_size=6)), max_size=40
).map("".join)


def controleer_bevindingen(tekst: str) -> None:
    for soort in ("md", "txt"):
        bevindingen = check(tekst, CheckConfig(namen=("Daan",)), soort)  # type: ignore[arg-type]
        for b in bevindingen:
            assert 0 <= b.start <= b.eind <= len(tekst), b
            assert tekst[b.start : b.eind] == b.tekst, b
            assert b.ernst in ("fout", "waarschuwing", "info")
            assert b.bericht
        sleutels = [(b.start, b.eind, b.regel) for b in bevindingen]
        assert sleutels == sorted(sleutels)


@settings.get_profile(PROFIEL)
@given(st.text(max_size=300))
def test_willekeurige_unicode(tekst: str) -> None:
    controleer_bevindingen(tekst)


@settings.get_profile(PROFIEL)
@given(markdownachtig)
def test_willekeurige_markdown(tekst: str) -> None:
    controleer_bevindingen(tekst)


@settings.get_profile(PROFIEL)
@given(markdownachtig)
def test_document_invarianten(tekst: str) -> None:
    for soort in ("md", "txt"):
        doc = lees_document(tekst, soort)  # type: ignore[arg-type]
        assert len(doc.proza) == len(tekst)
        for token in doc.tokens:
            assert tekst[token.start : token.eind] == token.tekst
            assert 0 <= token.zin < len(doc.zinnen)
            assert 0 <= token.blok < len(doc.blokken)
        for start, eind in [*doc.zinnen, *doc.citaten]:
            assert 0 <= start <= eind <= len(tekst)
        if doc.titel is not None:
            assert 0 <= doc.titel[0] <= doc.titel[1] <= len(tekst)
        posities = [t.start for t in doc.tokens]
        assert posities == sorted(posities)
