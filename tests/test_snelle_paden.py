"""The rules' shortcuts decide exactly what their full paths decide.

For speed the rules judge most tokens by their text alone, once per distinct word, and skip
tokens that cannot matter. These tests state what each shortcut relies on and compare it
with the straightforward path (every token through every step) on the rule examples, on
generated text and, where a shortcut is derived from a table, on the whole table.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verhaal.checker import lees_document
from verhaal.checker.document import (
    _INLINE_ADRESSEN,
    _INLINE_NADRUK,
    _INLINE_ORIGINEEL,
    _NIET_WIT,
    _ZINSEINDE,
    TOKEN_RE,
    Document,
    Token,
    _frontmatter,
    _laatste_woord,
    _tokens,
    _zinnen,
)
from verhaal.checker.rules import REGELS, engels, getal, naam, vaktaal, zintuigen
from verhaal.checker.woordenboek import (
    Termen,
    Woordtabel,
    lees_woordtabel,
    maak_woordtabel,
    verbogen_vormen,
)
from verhaal.data import lees_woorden

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


# --- naam -------------------------------------------------------------------------------


def _niets_vanaf(doc: Document, i: int) -> bool:
    """Whether vind_namen's loop finds nothing at token ``i`` (and so moves on by one)."""
    tokens = doc.tokens
    token = tokens[i]
    return (
        naam._meerwoordig(doc, tokens, i) == 0
        and not naam._hoofdletter(token.tekst)
        and token.tekst.lower() not in naam.TITELS
        and naam._appositie(doc, tokens, i) is None
        and naam._los(doc, tokens, i) is None
    )


def _overgeslagen_vinden_niets(tekst: str) -> None:
    doc = lees_document(tekst)
    for i, token in enumerate(doc.tokens):
        if not naam._mogelijk_begin(token.tekst):
            assert _niets_vanaf(doc, i), (tekst, token)


def test_naam_overgeslagen_tokens_op_de_voorbeelden() -> None:
    for tekst in _voorbeelden():
        _overgeslagen_vinden_niets(tekst)


@INSTELLINGEN
@given(teksten)
def test_naam_overgeslagen_tokens_op_gemaakte_tekst(tekst: str) -> None:
    _overgeslagen_vinden_niets(tekst)


def test_naam_meerwoordige_namen_hele_tabel() -> None:
    """The pair filter of _meerwoordig keeps every name of the table that the full
    comparison finds (names of 2-4 words, as tokens)."""
    namen = naam.meerwoordige_namen()
    for meerwoordig in sorted(namen):
        doc = lees_document(f"Ze ging naar {meerwoordig} toe.")
        tokens = doc.tokens
        for i in range(len(tokens)):
            verwacht = 0
            for lengte in (4, 3, 2):
                reeks = tokens[i : i + lengte]
                if (
                    len(reeks) == lengte
                    and all(naam._aaneengesloten(doc, x, y) for x, y in pairwise(reeks))
                    and " ".join(t.tekst for t in reeks) in namen
                ):
                    verwacht = lengte
                    break
            assert naam._meerwoordig(doc, tokens, i) == verwacht, (meerwoordig, i)


# --- engels and the term lists ----------------------------------------------------------


def _klasse_overal(doc: Document, token: Token, reeks: list[Token]) -> int:
    """The class of a token by the rule's steps, without the per-text cache."""
    tekst = token.tekst
    if any(c.isdigit() for c in tekst) or not tekst[0].isalpha():
        return 0
    if any(deel.isupper() and len(deel) > 1 for deel in tekst.split("-")):
        return engels.ENGELS if engels.engelse_afkorting(tekst) else 0
    if tekst[0].isupper():
        if not (token.zinsbegin or engels.in_kop(doc, token)):
            return 0
        if tekst in lees_woordtabel("namen/voornamen.bin"):
            return 0
    klein = engels._normaal(tekst)
    klasse = engels._klasse(klein)
    if klasse == engels.ENGELS_KLEIN:
        return engels.ENGELS if tekst.islower() else 0
    if klasse == engels.ENGELS_IN_CITAAT:
        return klasse  # settled with its neighbours, see _met_buren
    if klasse == engels.ENGELS_ALS_WERKWOORD:
        return engels.ENGELS_ALLEEN  # out of an infinitive's place vind_engels drops it
    if (
        klasse
        and not tekst.islower()
        and engels.engelse_vorm(klein)
        and engels._bekende_naam(tekst)
    ):
        return 0
    return klasse


ENGELSE_STUKKEN = [
    *STUKKEN,
    "skills ",
    "Skills ",
    "growth mindset ",
    "mindset-training ",
    "self-esteem ",
    "overthinken ",
    "selfcare ",
    "Mindset ",
    "look ",
    "„Look!” ",
    "of course ",
    "fear of missing out ",
    "Will ",
    "Harm ",
    "feedback ",
    "LOB-traject ",
    "OMG ",
    "AFK ",
    "FBI ",
    "app ",
    "Egypte ",
    "screen time ",
    "brand deal ",
    "team training ",
    "deal ",
]


def _engels_kandidaat(doc: Document, token: Token) -> bool:
    """The test by which vind_engels picks the runs it judges."""
    kans = engels._kan_engels(token.tekst)
    return kans == 1 or (kans == 2 and engels._hoofdwoord_telt(doc, token))


def _met_buren(reeks: list[Token], klassen: list[int]) -> list[int]:
    """The classes after the neighbour step: a word that carries a phrase (class
    ENGELS_IN_CITAAT, or a shared word of table value STERK_GEDEELD in lower case) next to
    a shared English word in lower case (three letters or more; not both listed loans
    unless both are STERK_GEDEELD) is English; ENGELS_IN_CITAAT otherwise English alone in
    a quote, else a neighbour."""
    tabel = lees_woordtabel("engels/woorden.bin")
    leen = lees_woorden("engels/leenwoorden.txt")
    woorden = [engels._normaal(t.tekst) for t in reeks]
    uit = list(klassen)
    for k, token in enumerate(reeks):
        drager = klassen[k] == engels.ENGELS_IN_CITAAT or (
            klassen[k] == engels.AANSLUITEND
            and token.tekst.islower()
            and tabel.waarde(woorden[k]) == engels.STERK_GEDEELD
        )
        buur = drager and any(
            0 <= j < len(reeks)
            and klassen[j] in (engels.AANSLUITEND, engels.ENGELS_IN_CITAAT)
            and reeks[j].tekst.islower()
            and len(woorden[j]) >= 3
            and not (
                woorden[j] in leen
                and woorden[k] in leen
                and not tabel.waarde(woorden[j]) == tabel.waarde(woorden[k]) == engels.STERK_GEDEELD
            )
            for j in (k - 1, k + 1)
        )
        if buur:
            uit[k] = engels.ENGELS
        elif klassen[k] == engels.ENGELS_IN_CITAAT:
            uit[k] = engels.ENGELS if token.citaat and len(reeks) == 1 else engels.AANSLUITEND
    return uit


def _zelfde_klassen(tekst: str) -> None:
    doc = lees_document(tekst)
    for reeks in doc.woordreeksen():
        klassen, woorden = engels._klassen(doc, reeks, set(), set())
        verwacht = _met_buren(reeks, [_klasse_overal(doc, t, reeks) for t in reeks])
        assert klassen == verwacht, tekst
        assert woorden == [engels._normaal(t.tekst) for t in reeks]
        if not any(_engels_kandidaat(doc, t) for t in reeks):
            # vind_engels skips this run: it must report nothing.
            assert list(engels._engels_in_reeks(doc, reeks, set(), set())) == [], tekst


def test_engels_klassen_op_de_voorbeelden() -> None:
    for tekst in _voorbeelden():
        _zelfde_klassen(tekst)


@INSTELLINGEN
@given(st.lists(st.sampled_from(ENGELSE_STUKKEN), max_size=30).map("".join))
def test_engels_klassen_op_gemaakte_tekst(tekst: str) -> None:
    _zelfde_klassen(tekst)


def test_termen_zonder_losse_woorden_hele_tabel() -> None:
    """The English phrases have no single-word terms, so term_van_woord, skipped by zoek,
    is None for every word: every entry of the English table and every phrase word."""
    zinnen = engels._zinnen()
    assert not zinnen._enkelwoordig
    woorden = set(lees_woordtabel("engels/woorden.bin"))
    for term in zinnen.termen:
        for woord in term.split():
            woorden.update(verbogen_vormen(woord))
    woorden |= {w.upper() for w in list(woorden)[:5000]}
    assert all(zinnen._term_van_woord(w) is None for w in woorden)


def test_termen_onthouden_wat_ze_vonden() -> None:
    termen = vaktaal._standaard()
    woorden = [
        "OPP",
        "IB'er",
        "LOB-traject",
        "handelingsplan",
        "groepsplanbespreking",
        "leerlijn",
        "fiets",
        "boomhut",
        "basistakenpakket",
    ]
    verwacht = [termen._term_van_woord(w) for w in woorden]
    assert [termen.term_van_woord(w) for w in woorden] == verwacht
    assert [termen.term_van_woord(w) for w in woorden] == verwacht  # from the memo
    assert verwacht[0] == "OPP" and verwacht[-2] is None


# --- vaktaal ----------------------------------------------------------------------------


def _matches_beginnen_bij_kan_beginnen(termen: Termen, woorden: list[str]) -> None:
    for begin, _, _ in termen.zoek(woorden):
        assert termen.kan_beginnen(woorden[begin]), (woorden, begin)


def test_vaktaal_kan_beginnen_hele_tabel() -> None:
    """Every term of the list, in every inflection of its first word, in capitals and in
    compounds, starts at a word for which kan_beginnen holds (vind_vaktaal skips runs
    without such a word)."""
    for termen in (vaktaal._standaard(), engels._zinnen()):
        for term in termen.termen:
            woorden = term.split()
            vormen = [term] if len(woorden) == 1 and term != term.lower() else []
            for eerste in verbogen_vormen(woorden[0].lower()):
                vormen.append(" ".join([eerste, *woorden[1:]]))
            vormen += [v.capitalize() for v in list(vormen)] + [term + "'er", "ABC-" + term]
            vormen += ["groeps" + term.lower(), term.lower() + "bespreking"]
            for vorm in vormen:
                _matches_beginnen_bij_kan_beginnen(termen, ["de", *vorm.split(), "ging"])


@INSTELLINGEN
@given(teksten)
def test_vaktaal_overgeslagen_reeksen_vinden_niets(tekst: str) -> None:
    doc = lees_document(tekst + " Het OPP en de IB'er, het groepsplan en een ADHD-verklaring.")
    termen = vaktaal._standaard()
    for reeks in doc.woordreeksen():
        _matches_beginnen_bij_kan_beginnen(termen, [t.tekst for t in reeks])


# --- the document -----------------------------------------------------------------------


def _verhaal_tokens_een_voor_een(doc: Document) -> list[Token]:
    """verhaal_tokens as it was first written: each token checked on its own."""
    uit = []
    for token in doc.tokens:
        blok = doc.blokken[token.blok]
        if blok.soort == "frontmatter" or token.blok == doc.titelblok:
            continue
        if doc.titel and doc.titel[0] <= token.start < doc.titel[1]:
            continue
        uit.append(token)
    return uit


DOCUMENTSTUKKEN = [
    *STUKKEN,
    "---\ntitel: De regen\nheld: Daan\n---\n",
    "---\ntitle: X\ntekst: |\n  Hij liep.\n---\n",
    "# Titel\n\n",
    "## Kop\n",
    "Titel\n===\n",
    "\n\n",
    "> citaat ",
    "- lijst ",
    "*",
    "**",
    "_",
    "~",
    "~~",
    "\\",
    "`",
    "<b>",
    "<!-- x -->",
    "<https://x.nl>",
    "[a](b) ",
    "https://x.nl ",
    "www.x.nl ",
    "a@b.nl ",
]


@INSTELLINGEN
@given(st.lists(st.sampled_from(DOCUMENTSTUKKEN), max_size=30).map("".join))
def test_verhaal_tokens_zoals_een_voor_een(tekst: str) -> None:
    for soort in ("md", "txt"):
        doc = lees_document(tekst, soort)  # type: ignore[arg-type]
        verwacht = _verhaal_tokens_een_voor_een(doc)
        assert list(doc.verhaal_tokens()) == verwacht
        assert list(doc.verhaal_tokens()) == verwacht  # the second time from memory
        assert all(a is b for a, b in zip(doc.verhaal_tokens(), verwacht, strict=True))


def _tokens_een_voor_een(
    proza: str, zinnen: list[tuple[int, int, int]], citaten: list[tuple[int, int]]
) -> list[Token]:
    """_tokens without its shortcut for sentences without quotes."""
    tokens: list[Token] = []
    citaat_index = 0
    for zin_index, (start, eind, blok_index) in enumerate(zinnen):
        eerste = True
        vorige_eind = start
        for m in TOKEN_RE.finditer(proza, start, eind):
            positie, eind_token = m.span()
            while citaat_index < len(citaten) and citaten[citaat_index][1] <= positie:
                citaat_index += 1
            in_citaat = citaat_index < len(citaten) and citaten[citaat_index][0] <= positie
            woord = m.group()
            begint = eerste or (
                in_citaat
                and citaten[citaat_index][0] >= vorige_eind
                and woord[:1].isupper()
                and not any(ch.isalnum() for ch in proza[vorige_eind:positie])
            )
            tokens.append(
                Token(woord, positie, eind_token, zin_index, blok_index, in_citaat, begint)
            )
            eerste = False
            vorige_eind = eind_token
    return tokens


@INSTELLINGEN
@given(st.lists(st.sampled_from(DOCUMENTSTUKKEN), max_size=40).map("".join))
def test_tokens_zoals_een_voor_een(tekst: str) -> None:
    doc = lees_document(tekst)
    zinnen = _zinnen(doc.proza, doc.blokken)
    assert _tokens(doc.proza, zinnen, doc.citaten) == _tokens_een_voor_een(
        doc.proza, zinnen, doc.citaten
    )


def test_niet_wit_is_wat_strip_laat_staan() -> None:
    """\\S in a regex and str.strip() agree on every code point."""
    for code in range(sys.maxunicode + 1):
        teken = chr(code)
        assert (_NIET_WIT.match(teken) is None) == teken.isspace() == (not teken.strip()), code


ZINSTEKENS = st.text(alphabet="ab1_é.!?…\"')] \n\t\u00a0", max_size=30)


@INSTELLINGEN
@given(ZINSTEKENS, st.integers(0, 30), st.integers(0, 30))
def test_laatste_woord_zoals_re_search(tekst: str, start: int, eind: int) -> None:
    m = re.search(r"([\w.]+)$", tekst[start:eind])
    assert _laatste_woord(tekst, start, eind) == (m.group(1) if m else None)


@INSTELLINGEN
@given(ZINSTEKENS, st.integers(0, 30), st.integers(0, 30))
def test_zinseinde_zoals_twee_alternatieven(tekst: str, begin: int, eind: int) -> None:
    oud = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|[.!?…]+[\"'”’»)\]]*$")
    assert [m.span() for m in _ZINSEINDE.finditer(tekst, begin, eind)] == [
        m.span() for m in oud.finditer(tekst, begin, eind)
    ]


@INSTELLINGEN
@given(st.lists(st.sampled_from(DOCUMENTSTUKKEN), max_size=40).map("".join))
def test_inline_patronen_bevatten_hun_teken(tekst: str) -> None:
    """Every match of an inline pattern contains one of the strings it is skipped without."""
    for patroon, nodig in (*_INLINE_ORIGINEEL, *_INLINE_ADRESSEN, *_INLINE_NADRUK):
        for m in patroon.finditer(tekst):
            assert any(deel in m.group() for deel in nodig), (patroon.pattern, m.group())
    buf = list(tekst)
    if _frontmatter(tekst, buf, [], {}) == 0:
        assert "".join(buf) == tekst  # so lees_document may pass the text itself on


@INSTELLINGEN
@given(
    st.lists(st.sampled_from(DOCUMENTSTUKKEN), max_size=40).map("".join),
    st.lists(st.integers(0, 60), max_size=8),
)
def test_woordreeksen_rond_tokens(tekst: str, indices: list[int]) -> None:
    """The runs grown from some tokens are the runs of the whole text that hold them."""
    doc = lees_document(tekst)
    rond = sorted({i for i in indices if i < len(doc.tokens)})
    alle = doc.woordreeksen()
    assert [t for reeks in alle for t in reeks] == doc.tokens
    verwacht = [r for r in alle if any(doc.tokens.index(t) in rond for t in r)]
    assert doc.woordreeksen(rond) == verwacht


def test_engels_vaste_uitdrukkingen_hele_tabel() -> None:
    """Every fixed phrase of the alternatives table, also capitalised, lies in a run that
    vind_engels judges, and so is reported as it would be without skipping runs."""
    for term in engels._zinnen().termen:
        for vorm in (term, term.capitalize()):
            _zelfde_klassen(f"Ze zei {vorm} tegen hem. {vorm}.")


# --- the word tables --------------------------------------------------------------------


def _zelfde_als_herbouwd(tabel: Woordtabel, stap: int = 1) -> None:
    """Every word of the table is found at its place, and words next to them (one letter
    more or less, other case) are found exactly when the table has them."""
    plaats = {woord: i for i, woord in enumerate(tabel)}  # rebuilt word by word
    assert len(plaats) == len(tabel)
    for woord, i in plaats.items():
        assert tabel.index(woord) == i, woord
    for woord in list(plaats)[::stap]:
        for buur in (woord + "a", woord[:-1], woord + "\u00e9", woord.upper(), woord + "zzz"):
            assert tabel.index(buur) == plaats.get(buur, -1), buur


def test_woordtabel_zoeken_hele_tabellen() -> None:
    for tabel in (
        "lexicon/woorden.bin",
        "engels/woorden.bin",
        "namen/voornamen.bin",
        "namen/achternamen.bin",
        "namen/plaatsen.bin",
        "namen/talen.bin",
    ):
        _zelfde_als_herbouwd(lees_woordtabel(tabel), stap=11)


def test_woordtabel_zoeken_randgevallen() -> None:
    """Shared prefixes of exactly ten bytes (the newline byte) and of more than 255 bytes
    (stored as 255), and blocks of one word."""
    lang = "x" * 300
    woorden = [
        "abcdefghij",
        "abcdefghijk",
        "abcdefghijkl",
        "abcdefghijz",
        lang,
        lang + "a",
        lang + "b",
        lang[:256] + "y",
        "é" * 140 + "a",
        "é" * 140 + "b",
        "z",
    ]
    for blok in (1, 2, 3, 32):
        _zelfde_als_herbouwd(Woordtabel(maak_woordtabel(woorden, blok=blok)))
    _zelfde_als_herbouwd(Woordtabel(maak_woordtabel([], blok=4)))


# --- zintuigen --------------------------------------------------------------------------


def _meet_elk_woord(doc: Document, extra: frozenset[str]) -> dict[str, dict[str, float]]:
    """zintuigen.meet with every word looked up (no filter, no cache)."""
    lex = zintuigen.lexicon()
    per_zintuig: dict[str, dict[str, float]] = {z: {} for z in zintuigen.ZINTUIGEN}
    tokens = [t for t in doc.verhaal_tokens() if t.tekst.isalpha()]
    woorden = [unicodedata.normalize("NFC", t.tekst.lower().replace("\u00ad", "")) for t in tokens]
    for index, woord in enumerate(woorden):
        if woord in extra:
            zintuig = lex.woorden[woord][0] if woord in lex.woorden else "gevoel"
            per_zintuig[zintuig][woord] = 1.0
            continue
        gevonden = zintuigen._zoek(woord, lex)
        if gevonden is None:
            continue
        tekst = tokens[index].tekst
        if not tokens[index].zinsbegin and tekst[0].isupper() and not tekst.isupper():
            continue  # part of a name (Wessel Rood)
        zin = tokens[index].zin
        voor = woorden[index - 1] if index and tokens[index - 1].zin == zin else ""
        na = woorden[index + 1] if index + 1 < len(woorden) and tokens[index + 1].zin == zin else ""
        if f"{voor} {woord}" in lex.uitdrukkingen or f"{woord} {na}" in lex.uitdrukkingen:
            continue
        per_zintuig[gevonden[0]][woord] = gevonden[1]
    return per_zintuig


ZINTUIGSTUKKEN = [
    *STUKKEN,
    "rood ",
    "ijskoud ",
    "pikrood ",
    "boskoude ",
    "doodsbang ",
    "koffiegeur ",
    "hemelsblauw ",
    "kletterde ",
    "huilde ",
    "warme overdracht ",
    "groen licht ",
    "zag ",
    "Rook ",
    "brood ",
    "plofje ",
]


@INSTELLINGEN
@given(
    st.lists(st.sampled_from(ZINTUIGSTUKKEN), max_size=40).map("".join),
    st.sets(st.sampled_from(["rood", "plofje", "brood", "stil"]), max_size=2),
)
def test_zintuigen_zoals_elk_woord(tekst: str, extra: set[str]) -> None:
    doc = lees_document(tekst)
    assert zintuigen.meet(doc, frozenset(extra)) == _meet_elk_woord(doc, frozenset(extra))
