"""The rules' shortcuts decide exactly what their full paths decide.

For speed the rules judge most tokens by their text alone, once per distinct word, and skip
tokens that cannot matter. These tests state what each shortcut relies on and compare it
with the straightforward path (every token through every step) on the rule examples, on
generated text and, where a shortcut is derived from a table, on the whole table.
"""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verhaal.checker import lees_document
from verhaal.checker.document import Document
from verhaal.checker.rules import REGELS, getal

INSTELLINGEN = settings(
    derandomize=True,
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Words and pieces that steer the rules into their special cases.
STUKKEN = [
    *"aBé'’-.,:;!?\n„“”\" ",
    "# ",
    "---\ntitel: Twee\ndatum: 2024-05-01\n---\n",
    "een ",
    "één ",
    "Eén ",
    "eentje ",
    "vier ",
    "Vier ",
    "acht ",
    "elf ",
    "vieren ",
    "met z'n ",
    "met ",
    "zijn ",
    "ik ",
    "in ",
    "geven ",
    "nemen ",
    "geef ",
    "te ",
    "het feest ",
    "half ",
    "om ",
    "uur ",
    "groep ",
    "twee ",
    "tweeën ",
    "vijfentwintig ",
    "tweeëntwintig ",
    "twee-en-twintig ",
    "een-achtste ",
    "een-op-een ",
    "drie-hoek ",
    "honderden ",
    "tienduizenden ",
    "anderhalf ",
    "driekwart ",
    "tweeënhalf ",
    "tweederde ",
    "zestiende ",
    "tweede ",
    "zesje ",
    "tientjes ",
    "driehoek ",
    "8 ",
    "8:30 ",
    "3e ",
    "25% ",
    "km² ",
    "1e-jaars ",
    "juf ",
    "meester ",
    "Juf ",
    "mevrouw Van der Berg ",
    "klasgenoot, ",
    "hond ",
    "konijn dat ",
    "Max ",
    "Daan ",
    "Bilal ",
    "Sanne Rijpstra ",
    "Albert Heijn ",
    "Kamer van Koophandel ",
    "Rode Kruis ",
    "Lelystad ",
    "Ayşe ",
    "Dan ",
    "De ",
    "Hij ",
    "NS-topman ",
    "naar ",
    "uit ",
    "sprak ",
    "Frans ",
    "Engels ",
]

teksten = st.lists(st.sampled_from(STUKKEN), max_size=30).map("".join)


def _voorbeelden() -> list[str]:
    return [v.tekst for regel in REGELS.values() for v in regel.voorbeelden]


# --- getal ------------------------------------------------------------------------------


def _getallen_overal(doc: Document, frontmatter: bool = False) -> Iterator[getal._Getal]:
    """vind_getallen without its shortcut: every token through the full path."""
    tokens = doc.tokens
    titel = doc.titel
    for index, token in enumerate(tokens):
        if (
            not frontmatter
            and doc.blokken[token.blok].soort == "frontmatter"
            and (titel is None or not titel[0] <= token.start < titel[1])
        ):
            continue
        tekst = token.tekst
        if not tekst.isalpha() and any(c.isdigit() for c in tekst):
            yield getal._cijfer_soort(doc, tokens, index)
            continue
        if not tekst[0].isalpha():
            continue
        waarde = getal._woord_getal(doc, tokens, index)
        if waarde is not None:
            yield getal._woord_soort(doc, tokens, index, waarde)


def _zelfde_getallen(tekst: str) -> None:
    doc = lees_document(tekst)
    for frontmatter in (False, True):
        assert list(getal.vind_getallen(doc, frontmatter)) == list(
            _getallen_overal(doc, frontmatter)
        ), tekst


def test_getal_tekstsoort_op_de_voorbeelden() -> None:
    for tekst in _voorbeelden():
        _zelfde_getallen(tekst)


@INSTELLINGEN
@given(teksten)
def test_getal_tekstsoort_op_gemaakte_tekst(tekst: str) -> None:
    _zelfde_getallen(tekst)
