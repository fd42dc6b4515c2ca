"""Rule ``getal``: a story mentions no numbers, in digits or in words.

What counts (see the annotation guideline): every token that contains a digit, as a whole
(8:30, 10.30, 3,2, 3e, 25%, 2019, 1e-jaars); cardinal number words, including compounds
(vijfentwintig, tweehonderd, drieduizend, miljoen, honderden), ``één`` with its accent,
anderhalf, driekwart, and fractions such as ``een-achtste``. Not numbers: the article
``een`` (also in ``een voor een``), ordinals (eerste, veertiende), ``half``/``kwart``,
quantifiers (beide, enkele, een paar), words that merely contain a number word
(driehoek, honderduit, tweedehands, also with the end left out: ``twee- en driewielers``),
number words used as verbs (``ik vier``, ``acht geven``, ``zonder acht te slaan``, ``het zand
zeven``) and as nouns (``zich een echte nul voelen``, ``de elf lachte``, ``een tweetje`` in
football, ``een tientje`` of money; ``een zesje``, a mark, is a number).

Number words are not listed: a small grammar composes them from the building blocks in
``data/getallen/telwoorden.tsv`` (built from ICU's Dutch spell-out by
``scripts/tabellen/getallen.py``, which also checks the grammar against ICU).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document, Token
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.woordsoorten import woordsoorten
from verhaal.checker.woordenboek import WOORDMEMO, genummerde_woorden
from verhaal.data import lees_regels

# --- The grammar of Dutch cardinal number words -------------------------------------------


@dataclass(frozen=True)
class Grammatica:
    """Building blocks and the compounds below a hundred, ready for parsing."""

    onder_honderd: dict[str, int]
    """1..99 as one word, with both linking forms (tweeëntwintig, tweeentwintig) and één."""
    honderd: str
    duizend: str
    groot: tuple[tuple[str, int], ...]
    """miljoen, miljard ... with their values."""
    hoofd: dict[int, str]
    """Value of a block -> its word (for spelling ordinals)."""
    rang: dict[int, str]
    """Value of a block -> its ordinal (eerste, tweede, achtste, honderdste)."""
    rangwoorden: frozenset[str]
    """Ordinals of the blocks and of the compounds below a hundred."""
    stam: re.Pattern[str]
    """Quick filter: a word made only of number morphemes (and linking 'en')."""
    verkleinwoorden: dict[str, int]
    """Diminutives of three to ten (zesje, achtje, tientje, viertjes): grades. Not 'tweetje',
    which is the one-two pass of football ('een tweetje spelen') far more often than a mark.
    Those of the values of coins and notes (vijfje, tientje) are numbers only as a grade:
    see :func:`_geld_of_cijfer`."""


@cache
def grammatica() -> Grammatica:
    """Load the building blocks and compose the words below a hundred (cached)."""
    hoofd: dict[int, str] = {}
    rang: dict[int, str] = {}
    soorten: dict[str, list[int]] = {}
    for regel in lees_regels("getallen/telwoorden.tsv"):
        soort, woord, waarde_tekst = regel.split("\t")
        waarde = int(waarde_tekst)
        if soort == "rang":
            rang[waarde] = woord
        else:
            hoofd[waarde] = woord
            soorten.setdefault(soort, []).append(waarde)
    onder_honderd: dict[str, int] = {}
    for waarde in soorten["eenheid"] + soorten["tiener"] + soorten["tiental"]:
        onder_honderd[hoofd[waarde]] = waarde
    eenheden = [(hoofd[w], w) for w in soorten["eenheid"]]
    eenheden.append(("één", 1))  # the accented spelling of the numeral
    for eenheid, waarde in eenheden:
        for tiental in soorten["tiental"]:
            # Spelling puts a diaeresis after -e (tweeëntwintig); writers often omit it.
            for koppel in ("en", "ën"):
                onder_honderd[eenheid + koppel + hoofd[tiental]] = waarde + tiental
    onder_honderd["één"] = 1
    rangwoorden = set(rang.values())
    for woord, waarde in onder_honderd.items():
        if waarde > 20 and waarde % 10:
            laatste = hoofd[waarde - waarde % 10]
            rangwoorden.add(woord[: -len(laatste)] + rang[waarde - waarde % 10])
    morfemen = sorted({*(hoofd[w] for w in hoofd), "één", "en", "ën"}, key=len, reverse=True)
    stam = re.compile("(?:" + "|".join(map(re.escape, morfemen)) + ")+")
    verkleinwoorden: dict[str, int] = {}
    for waarde in range(3, 11):
        woord = hoofd[waarde]
        # Dutch diminutive: -je after f, s, t, k, p (zesje, achtje), otherwise -tje.
        klein = woord + ("je" if woord[-1] in "fstkp" else "tje")
        verkleinwoorden[klein] = verkleinwoorden[klein + "s"] = waarde
    return Grammatica(
        onder_honderd=onder_honderd,
        honderd=hoofd[100],
        duizend=hoofd[1000],
        groot=tuple((hoofd[w], w) for w in soorten["groot"]),
        hoofd=hoofd,
        rang=rang,
        rangwoorden=frozenset(rangwoorden),
        stam=stam,
        verkleinwoorden=verkleinwoorden,
    )


def _rest(rest: str, ontleed: _Ontleder) -> int | None:
    if not rest:
        return 0
    waarde = ontleed(rest)
    if waarde is None and rest.startswith("en"):
        # 'honderdeneen', 'duizend-en-een' written as one word
        waarde = ontleed(rest[2:])
    return waarde


class _Ontleder:
    """Callable parser for one magnitude (below 1000, below a million, any)."""

    def __init__(self, niveau: int) -> None:
        self.niveau = niveau

    def __call__(self, woord: str) -> int | None:
        g = grammatica()
        if not woord:
            return None
        if self.niveau == 0:
            return g.onder_honderd.get(woord)
        if self.niveau == 1:
            waarde = g.onder_honderd.get(woord)
            if waarde is not None:
                return waarde
            return _samengesteld(woord, g.honderd, 100, _ONDER_HONDERD, _ONDER_HONDERD)
        if self.niveau == 2:
            waarde = _ONDER_DUIZEND(woord)
            if waarde is not None:
                return waarde
            return _samengesteld(woord, g.duizend, 1000, _ONDER_DUIZEND, _ONDER_DUIZEND)
        waarde = _ONDER_MILJOEN(woord)
        if waarde is not None:
            return waarde
        for groot, factor in g.groot:
            gevonden = _samengesteld(woord, groot, factor, _ONDER_DUIZEND, _ONDER_MILJOEN)
            if gevonden is not None:
                return gevonden
        return None


def _samengesteld(woord: str, kern: str, factor: int, voor: _Ontleder, na: _Ontleder) -> int | None:
    """``[multiplier] kern [rest]``: tweehonderd, honderdvijf, drieduizendtwee."""
    index = woord.find(kern)
    if index < 0:
        return None
    voorste = woord[:index]
    veelvoud = 1 if not voorste else voor(voorste)
    if veelvoud is None or veelvoud == 0:
        return None
    rest = _rest(woord[index + len(kern) :], na)
    if rest is None:
        return None
    return veelvoud * factor + rest


_ONDER_HONDERD = _Ontleder(0)
_ONDER_DUIZEND = _Ontleder(1)
_ONDER_MILJOEN = _Ontleder(2)
_ALLES = _Ontleder(3)


@lru_cache(maxsize=16384)
def telwaarde(woord: str) -> int | None:
    """The value of a cardinal number word (any case), or None if it is not one.

    ``een`` parses as 1 here; the rule itself decides that the bare article is no number.
    """
    w = woord.lower().replace("\u00ad", "").replace("-", "")
    g = grammatica()
    if w == g.hoofd[0]:
        return 0
    if g.stam.fullmatch(w) is None:
        return None
    return _ALLES(w)


def spel(waarde: int) -> str:
    """Write ``waarde`` (1 <= waarde < 1,000,000) as one Dutch word."""
    g = grammatica()
    if waarde >= 1000:
        duizendtallen, rest = divmod(waarde, 1000)
        voor = spel(duizendtallen) if duizendtallen > 1 else ""
        return voor + g.duizend + (spel(rest) if rest else "")
    if waarde >= 100:
        honderdtallen, rest = divmod(waarde, 100)
        voor = spel(honderdtallen) if honderdtallen > 1 else ""
        return voor + g.honderd + (spel(rest) if rest else "")
    if waarde in g.hoofd:
        return g.hoofd[waarde]
    eenheid = g.hoofd[waarde % 10]
    return eenheid + ("ën" if eenheid.endswith("e") else "en") + g.hoofd[waarde - waarde % 10]


def rangwoord(waarde: int) -> str:
    """The ordinal word for 1 <= ``waarde`` < 1,000,000: 3 -> derde, 21 -> eenentwintigste."""
    g = grammatica()
    rest = waarde % 100
    if rest:
        laatste = rest if rest < 20 or rest % 10 == 0 else rest - rest % 10
    else:
        laatste = 1000 if waarde % 1000 == 0 else 100
    woord = spel(waarde)
    return woord[: -len(g.hoofd[laatste])] + g.rang[laatste]


@lru_cache(maxsize=4096)
def rangwaarde(woord: str) -> int | None:
    """The value of an ordinal word (any case), or None: zestiende -> 16,
    tweehonderdste -> 200, eenentwintigste -> 21, derde -> 3.

    An ordinal is a cardinal whose last block is replaced by that block's ordinal
    (zestien -> zestiende, tweehonderd -> tweehonderdste), so the ending is swapped back
    and the rest parsed as a cardinal. Fractions such as tweederde (twee + derde) do not
    parse back (tweedrie is no number) and stay fractions.
    """
    w = woord.lower().replace("\u00ad", "").replace("-", "")
    g = grammatica()
    for blok, rang in g.rang.items():
        if w.endswith(rang):
            kardinaal = w[: -len(rang)] + g.hoofd[blok]
            waarde = telwaarde(kardinaal)
            if waarde is not None:
                return waarde
    return None


# --- Which tokens are numbers -----------------------------------------------------------

_RANG_CIJFER = re.compile(r"(\d{1,3})(?:e|de|ste|ste)(?:-(\w+))?", re.IGNORECASE)
_TIJD_CIJFER = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")
_JAAR = re.compile(r"(?:1[5-9]|20)\d\d|['’]\d\d")
_JARIG = re.compile(r"\d+-?(?:jarige?n?|jaars|jarigen)", re.IGNORECASE)
_ACHTER = "%‰°"

_ACCENT_EEN = frozenset({"één", "eén", "éen"})
_ALTIJD_MEERVOUD = frozenset({"tweeën", "drieën"})
# 'met z'n vieren': plural number forms that are otherwise verbs or nouns (vieren, achten).
_MEERVOUD_NA_MET = frozenset(
    {"vieren", "vijven", "zessen", "zevenen", "achten", "negenen", "tienen", "elven", "twaalven"}
)
_CIJFER_MEERVOUD = frozenset({"vijven", "zessen", "zevens", "negens", "tienen"})
"""Plural numbers that are never a verb or another noun: grades ('alleen negens en tienen',
'twee zessen') as well as 'met z'n zessen'."""
_BEZIT_NA_MET = frozenset({"z'n", "z’n", "zijn", "ons", "hun", "jullie", "onze"})
_GROOT_MEERVOUD = ("honderden", "duizenden", "miljoenen", "miljarden", "biljoenen")
_FRACTIE = re.compile(r"(.+?)(?:kwart|kwartier)")
_HALF = re.compile(r"(.+?)(?:ën|en)(?:half|halve)")

# Number words that are also verb forms ('ik vier mijn verjaardag', 'acht geven', 'het zand
# zeven'): see _is_werkwoord.
_VERZOEKPARTIKELS = frozenset("maar gewoon vooral lekker even eens toch rustig gerust fijn".split())
"""Particles of a request: after a clause-initial stem they make it an imperative when the
clause goes on ('Vier maar lekker feest', 'Vier gewoon je verjaardag'); alone they may close
an answer with a count ('„Vier toch,” zei hij')."""
_GEBIEDEND_NA = _VERZOEKPARTIKELS | frozenset(
    "het ik je jij we wij ze zij hij u de dat dit mijn zijn haar ons onze jullie hun "
    "feest kerst samen".split()
)
"""Words after a clause-initial stem that make it an imperative: 'Vier het feest!', and the
particles of a request (:data:`_VERZOEKPARTIKELS`)."""
_MEERVOUD_ONDERWERP = "we wij ze zij jullie".split()
_ONDERWERPEN = {
    lx.STAM: (frozenset({"ik"}), frozenset({"ik", "jij", "je"})),
    lx.T_VORM: (frozenset("hij zij ze men u".split()), frozenset("hij zij ze men u".split())),
    lx.MEERVOUD: (frozenset(_MEERVOUD_ONDERWERP), frozenset(_MEERVOUD_ONDERWERP)),
    lx.VT_MV: (frozenset(_MEERVOUD_ONDERWERP), frozenset(_MEERVOUD_ONDERWERP)),
}
"""Per verb form: the subject pronouns before it and after it (inversion) that agree. Before
a form other than the stem the next word must be one that follows no cardinal, as 'ze' is
also an object ('gaf ze zeven snoepjes')."""
_VOOR_VOORWERP = frozenset("dpb")
"""Classes of a word that may follow a finite verb but never a cardinal (an article, a
pronoun, an adverb): 'we zeven het zand', where 'wij zeven gingen' is a count."""
_ALLE = frozenset({"alle", "al", "alle-"})
_NEVENSCHIKKEND = frozenset("en of maar want dus".split())
_ACHT_IDIOOM_NA = frozenset(
    "geven gegeven geeft gaf gaven geef slaan geslagen slaat sloeg sloegen sla".split()
)
_ACHT_NEMEN = frozenset("nemen genomen neemt nam namen neem".split())
_VOEGWOORDEN = frozenset("en maar want omdat toen dat of terwijl zodat".split())
_SLAAN = frozenset("sla slaat sloeg sloegen".split())
_ACHT_IDIOOM_VOOR = _SLAAN | frozenset("geef geeft gaf gaven geen".split())

_TIJD_VOOR = frozenset("om rond tegen vanaf tot na voor sinds van".split())
_UUR_VOOR = _TIJD_VOOR - {"voor", "sinds", "van"}
"""Prepositions of a clock time before an hour in the plural form of the old clock
language: 'tegen vieren', 'om zevenen', 'na achten', 'tegen half vijven'."""
_ACHT_TIJD_VOOR = _UUR_VOOR | {"half", "over", "voor"}
"""Words before 'acht' that make it an hour, also before a verb of the idiom ('om half acht
gaf de juf les')."""
_KLAS_VOOR = frozenset(
    "groep klas leerjaar havo vwo vmbo mavo atheneum gymnasium jaar niveau mbo".split()
)
_CIJFER_NA = frozenset(
    "gehaald gekregen haalde kreeg haalden kregen voor op gescoord scoorde".split()
)


@dataclass(frozen=True, slots=True)
class _Getal:
    """A number found in the text: its span, what kind, and its value if known."""

    start: int
    eind: int
    soort: str
    """cijfer, woord, rang, tijd, jaar, procent, leeftijd, klas, schoolcijfer, decimaal."""
    waarde: int | None


_IS = frozenset("is was werd wordt ben bent zijn waren werden".split())
_JAAR_NA = frozenset(("geleden", "lang", "later", "eerder", "terug", "daarvoor", "daarna"))


_PERSOON = frozenset(
    "jongen jongetje meisje meid kind kindje knul peuter kleuter puber tiener leerling "
    "zoon dochter broer broertje zus zusje man vrouw".split()
)
"""People a story says the age of: 'een jongen van elf jaar' is an age, 'een pauze van
elf jaar' is not."""


def _leeftijd(tokens: list[Token], index: int, voor: str, na: str) -> bool:
    """'ze is elf jaar (oud)', 'een jongen van elf jaar': an age, so the advice is to
    describe, not to count (not 'een aantal jaar'). Not 'het is elf jaar geleden' (a span
    of time)."""
    if na not in ("jaar", "jaren"):
        return False
    if voor not in _IS:
        persoon = tokens[index - 2].tekst.lower() if index > 1 else ""
        if voor != "van" or persoon not in _PERSOON:
            return False
    verder = index + 2
    return verder >= len(tokens) or tokens[verder].tekst.lower() not in _JAAR_NA


def _buren(tokens: list[Token], index: int) -> tuple[str, str, str]:
    """Lower-case neighbours in the same sentence: (two back, one back, next)."""
    token = tokens[index]
    voor = tokens[index - 1].tekst.lower() if index and tokens[index - 1].zin == token.zin else ""
    voorvoor = (
        tokens[index - 2].tekst.lower() if index > 1 and tokens[index - 2].zin == token.zin else ""
    )
    na = (
        tokens[index + 1].tekst.lower()
        if index + 1 < len(tokens) and tokens[index + 1].zin == token.zin
        else ""
    )
    return voorvoor, voor, na


def _aaneen(doc: Document, links: Token, rechts: Token) -> bool:
    """Whether only spaces separate two tokens (no comma or full stop between them)."""
    return not doc.tussen(links, rechts).strip()


def _is_werkwoord(doc: Document, tokens: list[Token], index: int, woord: str) -> bool:
    """Whether a number word that is also a verb form (:func:`_werkwoordvormen`) is the
    verb here: 'ik vier', 'morgen vier ik', 'Vier het feest!', 'hij acht het nodig', 'we
    zeven het zand', 'om het zand te zeven', 'de bloem zeven', and the fixed expressions
    with 'acht' ('acht geven', 'in acht nemen').

    A cardinal stands before what it counts ('zeven kinderen', 'alle vier de kinderen') or
    alone after a word that asks for a number ('om zeven', 'groep zeven', 'ze was zeven').
    Right after a plain noun at the end of a phrase it has nothing to count or to name, so
    there it is the infinitive ('het zand zeven'); a subject pronoun next to it makes it
    finite ('ze zeven het', 'vier ik').
    """
    vormen = _werkwoordvormen().get(woord, 0)
    if not vormen:
        return False
    token = tokens[index]
    voorvoor, voor, na = _buren(tokens, index)
    vorige = tokens[index - 1] if voor else None
    volgende = tokens[index + 1] if na else None
    aaneen_voor = vorige is not None and _aaneen(doc, vorige, token)
    aaneen_na = volgende is not None and _aaneen(doc, token, volgende)
    if woord == "acht" and _acht_idioom(doc, tokens, index, voor, na, bool(aaneen_na)):
        return True
    if voor in _ALLE:
        return False  # 'alle vier de kinderen': a count
    for vorm, (ervoor, erna) in _ONDERWERPEN.items():
        if not vormen & vorm:
            continue
        if aaneen_na and na in erna:
            return True  # inversion: 'morgen vier ik', 'daarna zeven ze het zand'
        if (
            aaneen_voor
            and voor in ervoor
            and (vorm == lx.STAM or (aaneen_na and _klasse(na) in _VOOR_VOORWERP))
        ):
            return True  # 'ik vier', 'hij acht het', 'we zeven de aarde'
    if vormen & lx.STAM:
        # An imperative that opens a clause: 'Vier het feest!', 'Vier samen kerst'.
        begin = token.zinsbegin or (index > 0 and "," in doc.tussen(tokens[index - 1], token))
        if begin and aaneen_na and na in _GEBIEDEND_NA:
            if na not in _VERZOEKPARTIKELS:
                return True  # 'Vier het feest!'
            verder = tokens[index + 2] if index + 2 < len(tokens) else None
            if (
                volgende is not None
                and verder is not None
                and verder.zin == token.zin
                and _aaneen(doc, volgende, verder)
            ):
                return True  # 'Vier maar lekker feest'; not '„Vier toch,” zei hij'
    einde = not aaneen_na or na in _NEVENSCHIKKEND
    if vormen & lx.MEERVOUD:
        if voor == "te" or (voor == "het" and (voorvoor == "aan" or na == "van")):
            return True  # 'te zeven', 'aan het zeven', 'het zeven van de aarde'
        if einde and aaneen_voor and vorige is not None and _zelfstandig(voor):
            # 'de bloem zeven', 'Zand zeven': the infinitive after its object. A proper
            # name is left out ('Sanne zeven': an age in a list).
            eigennaam = vorige.tekst[:1].isupper() and not vorige.zinsbegin
            return not eigennaam and not _genummerd(voor)
    return False


def _acht_idioom(
    doc: Document, tokens: list[Token], index: int, voor: str, na: str, aaneen_na: bool
) -> bool:
    """'acht geven', 'acht slaan op', 'in acht nemen', 'geef acht', 'sloeg er geen acht op'."""
    token = tokens[index]
    if voor in _ACHT_TIJD_VOOR:
        return False  # a time: 'om half acht gaf de juf les', 'tegen acht gaf ze het op'
    if aaneen_na and na in _ACHT_IDIOOM_NA:
        return True
    if voor == "in":
        # 'in acht nemen', 'in acht te nemen', 'in acht genomen', and the split
        # 'nam ... in acht' at a clause end; 'in acht weken' stays a number.
        vervolg = [t.tekst.lower() for t in tokens[index + 1 : index + 3] if t.zin == token.zin]
        if vervolg[:1] == ["te"]:
            vervolg = vervolg[1:]
        if vervolg and vervolg[0] in _ACHT_NEMEN:
            return True
        eerder = {t.tekst.lower() for t in tokens[max(0, index - 12) : index] if t.zin == token.zin}
        return bool(eerder & _ACHT_NEMEN) and (not aaneen_na or na in _VOEGWOORDEN)
    if na == "te" and aaneen_na:
        # 'zonder acht te slaan op', 'vergat acht te geven op'
        werkwoord = tokens[index + 2] if index + 2 < len(tokens) else None
        if werkwoord is not None and werkwoord.zin == token.zin:
            return werkwoord.tekst.lower() in _ACHT_IDIOOM_NA
    if voor in _SLAAN:
        # 'sloeg acht op de regels'; without 'op' the clock strikes: 'de klok sloeg acht'
        return na == "op" and aaneen_na
    if voor in _ACHT_IDIOOM_VOOR:
        return not na or na == "op" or not aaneen_na
    if na != "op" or not aaneen_na:
        return False
    # 'sloeg er acht op', 'gaf er nooit acht op': the verb a few words before, 'op' after
    # (not 'gaf haar acht op tien', a grade: a number follows 'op').
    verder = tokens[index + 2].tekst.lower() if index + 2 < len(tokens) else ""
    if verder and _vaste_waarde(verder) is not None:
        return False
    return any(
        t.zin == token.zin and t.tekst.lower() in _ACHT_IDIOOM_VOOR
        for t in tokens[max(0, index - 4) : index]
    )


@cache
def _werkwoordvormen() -> dict[str, int]:
    """The number words that the verb lexicon also knows as a form of a common verb, with
    those forms (the finite and infinitive flags of :mod:`verhaal.checker.tijd.lexicon`):
    vier (ik vier), acht (ik acht, hij acht), zeven (zeven, wij zeven), negen (past plural
    of nijgen). Derived, so the verb lexicon stays the one list of Dutch verb forms."""
    lexicon = lx.lexicon()
    vormen: dict[str, int] = {}
    for woord in grammatica().hoofd.values():
        vlag = lexicon.vlag(woord)
        if vlag & lx.GANGBAAR and vlag & lx.FINIET:
            vormen[woord] = vlag & lx.FINIET
    return vormen


def _klasse(woord: str) -> str:
    """The most frequent part of speech of a lower-case word ('n', 'a', 'v', 'd', 'p', 'b',
    ...; see :data:`verhaal.checker.tijd.woordsoorten.KLASSEN`), 'N' for a word only the
    noun list knows, '-' for an unknown word."""
    eerste, rest = woordsoorten().klasse(woord).split("|", 1)
    if eerste == "-" and "N" in rest:
        return "N"
    return eerste


def _zelfstandig(woord: str) -> bool:
    """Whether a lower-case word is mostly a noun ('zand', 'bloem', 'kinderen')."""
    return _klasse(woord) in ("n", "N")


def _genummerd(woord: str) -> bool:
    """A noun a number follows as a name ('groep zeven', 'rugnummer acht'): the list in
    ``data/getallen/genummerd.txt``, also as the end of a compound."""
    namen = genummerde_woorden()
    if woord in namen:
        return True
    return any(woord[knip:] in namen for knip in range(3, len(woord) - 1))


_FEE_VOOR = frozenset("de die deze dat het elke iedere".split())
_ALS = frozenset(("als", "zoals"))
"""'als' of a role or a costume: after it 'elf' is the fairy unless a noun or an adjective
it counts follows ('verkleed als elf, met puntoren', 'speelde als elf mee'; not 'als elf
kinderen komen')."""
_GEEN_GETELDE_NA = frozenset(
    """met in op uit naar bij onder boven achter naast tussen zonder over door tegen langs
    en of maar want die dat wie zei riep was had is heeft kwam ging vloog stond zat lag""".split()
)
"""Words that never follow the numeral 'elf' in 'de elf ...' (it counts a noun after it)."""


def _is_fee(doc: Document, tokens: list[Token], index: int, voor: str) -> bool:
    """'elf' as the fairy: 'een elf', or after a determiner or 'als' with nothing to count
    behind it ('de elf met de gouden vleugels', 'daar stond de elf.', 'verkleed als elf');
    'de elf kinderen', 'als elf kinderen' and 'de elf of twaalf kinderen' are numbers."""
    if voor == "een":
        return True
    if voor not in _FEE_VOOR and voor not in _ALS:
        return False
    token = tokens[index]
    volgende = tokens[index + 1] if index + 1 < len(tokens) else None
    if volgende is None or volgende.zin != token.zin or not _aaneen(doc, token, volgende):
        return True
    na = _normaal(volgende.tekst)
    if (
        na in ("en", "of")
        and index + 2 < len(tokens)
        and tokens[index + 2].zin == token.zin
        and _vaste_waarde(_normaal(tokens[index + 2].tekst)) is not None
    ):
        return False  # 'de elf of twaalf kinderen': a range of numbers
    if voor in _ALS:
        return _klasse(na) not in ("n", "N", "a", "m", "-")
    return na in _GEEN_GETELDE_NA


def _voor_bijvoeglijk(tokens: list[Token], index: int) -> int:
    """The index of the word before ``index``, or before one adjective in between ('de
    oude zeven', 'een grote nul'); -1 at the start of the text."""
    links = index - 1
    if (
        links >= 0
        and tokens[links].zin == tokens[index].zin
        and _klasse(_normaal(tokens[links].tekst)) == "a"
    ):
        links -= 1
    return links


def _zelfstandig_onderwerp(doc: Document, tokens: list[Token], index: int) -> bool:
    """A number word that is also a singular noun (elf the fairy) as the subject of a
    singular finite verb: 'de elf lachte', 'de oude elf sliep'. A cardinal as subject
    takes a plural verb ('de zeven liepen', 'die elf waren moe'), and
    a counted noun would stand between ('de elf kinderen lachten'). Not after a preposition
    ('van de zeven was er maar een ziek')."""
    token = tokens[index]
    volgende = tokens[index + 1] if index + 1 < len(tokens) else None
    if volgende is None or volgende.zin != token.zin or not _aaneen(doc, token, volgende):
        return False
    vlag = lx.lexicon().vlag(_normaal(volgende.tekst))
    if not vlag & (lx.T_VORM | lx.VT_EV) or vlag & (lx.MEERVOUD | lx.VT_MV):
        return False
    links = _voor_bijvoeglijk(tokens, index)
    if links < 0 or tokens[links].zin != token.zin:
        return False
    if _normaal(tokens[links].tekst) not in _ONDERWERP_LIDWOORD:
        return False
    ervoor = tokens[links - 1] if links > 0 else None
    return ervoor is None or ervoor.zin != token.zin or _klasse(_normaal(ervoor.tekst)) != "r"


_ONDERWERP_LIDWOORD = frozenset("de die deze elke iedere".split())
"""Determiners of the noun 'elf' as a subject (not 'dat': 'wist dat elf meer
is dan tien' speaks of the number)."""


_NUL_PERSOON = frozenset(
    "zich zichzelf mezelf jezelf hemzelf haarzelf onszelf hem haar mij me jou je ons".split()
)
"""Words right before 'een (bijvoeglijk) nul' that make it a person who counts for nothing
('voelde zich een echte nul', 'noemde hem een nul')."""


def _nul_als_ding(tokens: list[Token], index: int) -> bool:
    """'nul' as a noun: a person who counts for nothing, where a reflexive or object pronoun
    stands right before 'een (bijvoeglijk) nul' ('hij voelde zich een echte nul', 'ze
    noemde hem een nul'). Everywhere else, most often a mark ('het werd een nul', 'een dikke
    nul op zijn rapport', 'ze kreeg een nul'), it stays a number."""
    token = tokens[index]
    links = _voor_bijvoeglijk(tokens, index)
    if links < 1 or tokens[links].zin != token.zin or _normaal(tokens[links].tekst) != "een":
        return False
    ervoor = tokens[links - 1]
    return ervoor.zin == token.zin and ervoor.tekst.lower() in _NUL_PERSOON


# Number words whose reading depends on the words around them: 'met z'n vieren', 'een elf',
# 'een echte nul', and the verb forms of _werkwoordvormen ('ik vier', 'in acht nemen', 'het
# zand zeven'). Every other word is a number or not whatever its context.
_CONTEXTWOORDEN = _MEERVOUD_NA_MET | {"elf", "nul"}


def _woord_getal(doc: Document, tokens: list[Token], index: int) -> int | bool | None:
    """Value of a number word at ``index``; True for a number without a usable value;
    None when the token is not a number."""
    waarde = _woord_getal_hier(doc, tokens, index)
    if waarde is not None and _deel_van_samenstelling(doc, tokens, index):
        return None  # 'twee- en driewielers'
    return waarde


def _woord_getal_hier(doc: Document, tokens: list[Token], index: int) -> int | bool | None:
    """:func:`_woord_getal` before the check for a left-out compound part."""
    woord = _normaal(tokens[index].tekst)
    if woord in _GELDVERKLEINWOORDEN:
        return _geld_of_cijfer(tokens, index, woord)
    if woord not in _CONTEXTWOORDEN and woord not in _werkwoordvormen():
        return _vaste_waarde(woord)
    voorvoor, voor, _ = _buren(tokens, index)
    if woord in _MEERVOUD_NA_MET:
        token = tokens[index]
        if token.tekst[:1].isupper() and not token.zinsbegin:
            return None  # a name: the town of Tienen, not 'tienen' (grades)
        if voor in _BEZIT_NA_MET and voorvoor == "met":
            return telwaarde(woord[:-2]) or telwaarde(woord[:-1]) or True
        if _uur_meervoud(tokens, index, voorvoor, voor):
            return telwaarde(woord[:-2]) or telwaarde(woord[:-1]) or True
        return True if woord in _CIJFER_MEERVOUD else None
    if woord == "nul":
        return None if _nul_als_ding(tokens, index) else 0
    if _is_werkwoord(doc, tokens, index, woord):
        return None
    if woord == "elf" and _is_fee(doc, tokens, index, voor):
        return None  # the fairy-tale creature
    if woord in _ZELFSTANDIG_ENKELVOUD and _zelfstandig_onderwerp(doc, tokens, index):
        return None  # 'de elf lachte'
    return _vaste_waarde(woord)


_GELDWAARDEN = frozenset({5, 10})
"""Values of coins and notes whose diminutive names the money ('een tientje', 'een vijfje')."""
_GELDVERKLEINWOORDEN = frozenset(
    w for w, waarde in grammatica().verkleinwoorden.items() if waarde in _GELDWAARDEN
)
_CIJFERWOORDEN = lx.werkwoordsvormen("halen scoren")
"""Verbs that make a diminutive of a number a grade ('ze haalde een tientje')."""
_TOETSKOPPEN = (
    "rapport",
    "toets",
    "proefwerk",
    "cijfer",
    "examen",
    "repetitie",
    "dictee",
    "overhoring",
    "beoordeling",
    "tentamen",
    "mondeling",
    "spreekbeurt",
    "werkstuk",
    "boekverslag",
    "presentatie",
)
"""Nouns of tests and graded work (also as the end of a compound: rekentoets) that make it
a grade."""
_TOETSVORMEN = tuple(k + uitgang for k in _TOETSKOPPEN for uitgang in ("", "s", "en"))


_CIJFER_BEREIK = 15
"""How many tokens on either side :func:`_geld_of_cijfer` looks for a sign of a grade."""


def _geld_of_cijfer(tokens: list[Token], index: int, woord: str) -> int | None:
    """'een tientje', 'een vijfje': the guideline counts cardinal number words, and a
    diminutive that names a coin, a note or an amount of money ('hij vroeg een tientje per
    knipbeurt') is a noun, no cardinal. The same word as a grade in a sentence about
    marks ('ze haalde een tientje voor de toets', 'drietjes en een vijfje') stays a number,
    like 'een zesje'."""
    verkleinwoorden = grammatica().verkleinwoorden
    zin = tokens[index].zin
    # A window of the sentence, not all of it: a sentence of a thousand 'tientjes' stays
    # linear.
    for token in tokens[max(0, index - _CIJFER_BEREIK) : index + _CIJFER_BEREIK + 1]:
        if token.zin != zin:
            continue
        klein = token.tekst.lower()
        if (
            klein in _CIJFERWOORDEN
            or klein.endswith(_TOETSVORMEN)
            or (klein in verkleinwoorden and klein not in _GELDVERKLEINWOORDEN)
        ):
            return verkleinwoorden[woord]  # 'viertjes en een vijfje': more marks
    return None


_ZELFSTANDIG_ENKELVOUD = frozenset({"elf"})
"""Number words that are also a common singular noun: the fairy. Not 'zeven' (the sieve):
a mark is a singular subject too ('die zeven had ze verdiend'), and no mark is eleven."""


def _uur_meervoud(tokens: list[Token], index: int, voorvoor: str, voor: str) -> bool:
    """Whether a plural number form that is also a verb or a noun (vieren, achten) names an
    hour: right after a preposition of time, after 'half' that follows one ('om half
    zevenen'), or after minutes ('kwart voor zevenen', 'tien over achten'); not 'om feest
    te vieren' (after 'te'), not 'na het vieren', not 'voor vieren' alone."""
    if voor in _UUR_VOOR:
        return index + 1 >= len(tokens) or tokens[index + 1].tekst.lower() != "te"
    if voor in ("voor", "over"):
        # 'kwart voor zevenen', 'tien over achten': minutes before or past the hour
        return voorvoor == "kwart" or _vaste_waarde(voorvoor) not in (None, True)
    return voor == "half" and voorvoor in _UUR_VOOR


@lru_cache(maxsize=WOORDMEMO)
def _vaste_waarde(woord: str) -> int | bool | None:
    """What :func:`_woord_getal` says of a normalised word outside :data:`_CONTEXTWOORDEN`,
    where the neighbours play no part (cached: a story repeats its words)."""
    if woord in _ACCENT_EEN:
        return 1
    if woord == "een" or woord == "eentje":
        # The article, and 'in zijn eentje' (alone), are no numbers.
        return None
    if woord in ("anderhalf", "anderhalve") or woord in _CIJFER_MEERVOUD:
        return True
    if woord in _ALTIJD_MEERVOUD:
        return 2 if woord.startswith("twee") else 3
    if "-" in woord:
        return _koppelteken_getal(woord)
    waarde = telwaarde(woord)
    if waarde is not None:
        return waarde
    klein = grammatica().verkleinwoorden.get(woord)
    if klein is not None:
        return klein  # 'een zesje', 'een tientje'
    if woord.endswith("en") and woord.endswith(_GROOT_MEERVOUD):
        # honderden, duizenden, tienduizenden, miljoenen
        return telwaarde(woord[:-2]) and True
    for patroon in (_FRACTIE, _HALF):
        m = patroon.fullmatch(woord)
        if m:
            basis = telwaarde(m.group(1))
            if basis is not None and m.group(1) != "een":
                return True  # driekwart, driekwartier, tweeënhalf
    # Fractions written as one word: tweederde, drievierde. An ordinal is never a number,
    # even where its letters could be read as a fraction (zes + tiende, twee + honderdste).
    g = grammatica()
    if g.stam.match(woord) is not None and rangwaarde(woord) is None:
        for knip in range(3, len(woord) - 3):
            rang = woord[knip:]
            if rang in g.rangwoorden and rang not in ("eerste", "tweede"):
                basis = telwaarde(woord[:knip])
                if basis is not None and basis > 1:
                    return True
    return None


def _normaal(tekst: str) -> str:
    """Lower case, composed accents (NFD 'één' as NFC), no soft hyphens."""
    woord = tekst.lower()
    if not woord.isascii():
        woord = unicodedata.normalize("NFC", woord.replace("\u00ad", ""))
    return woord


def _koppelteken_getal(woord: str) -> int | bool | None:
    """Hyphenated tokens: 'twee-en-twintig' is a number, 'een-achtste' a fraction,
    'twee-drie' a range, 'een-op-een', 'een-tweetje' and 'drie-hoek' are not."""
    delen = woord.split("-")
    waarde = telwaarde("".join(delen))
    if waarde is not None and delen[0] != "een":
        return waarde
    if (
        len(delen) == 2
        and telwaarde(delen[0]) is not None
        and delen[1] in grammatica().rangwoorden
        and delen[1] not in ("eerste", "tweede")
    ):
        return True
    if all(deel and telwaarde(deel) is not None for deel in delen) and any(
        deel != "een" for deel in delen
    ):
        return True  # a range or a score: 'twee-drie keer', 'vijf-zes', 'twee-nul'
    return None


def _cijfer_soort(doc: Document, tokens: list[Token], index: int) -> _Getal:
    """Classify a token with a digit, for the message and the suggestion."""
    token = tokens[index]
    tekst = token.tekst
    eind = token.eind
    while eind < len(doc.proza) and doc.proza[eind] in _ACHTER:
        eind += 1
    voorvoor, voor, na = _buren(tokens, index)
    del voorvoor
    if eind > token.eind and "%" in doc.proza[token.eind : eind]:
        return _Getal(token.start, eind, "procent", _geheel(tekst))
    if _JARIG.fullmatch(tekst):
        return _Getal(token.start, eind, "leeftijd", None)
    m = _RANG_CIJFER.fullmatch(tekst)
    if m:
        return _Getal(token.start, eind, "rang", int(m.group(1)))
    m = _TIJD_CIJFER.fullmatch(tekst)
    if m and (voor in _TIJD_VOOR or na == "uur" or ":" in tekst):
        return _Getal(token.start, eind, "tijd", int(m.group(1)))
    if _JAAR.fullmatch(tekst):
        return _Getal(token.start, eind, "jaar", None)
    if tekst.isdecimal() and tekst.isascii():
        waarde = int(tekst) if len(tekst) < 10 else None
        if voor in _KLAS_VOOR:
            return _Getal(token.start, eind, "klas", waarde)
        if _leeftijd(tokens, index, voor, na):
            return _Getal(token.start, eind, "leeftijd", waarde)
        if waarde is not None and voor in _TIJD_VOOR and na == "uur":
            return _Getal(token.start, eind, "tijd", waarde)
        if (
            waarde is not None
            and 1 <= waarde <= 10
            and voor == "een"
            and (not na or na in _CIJFER_NA)
        ):
            return _Getal(token.start, eind, "schoolcijfer", waarde)
        return _Getal(token.start, eind, "cijfer", waarde)
    if re.fullmatch(r"\d+[.,]\d+", tekst):
        return _Getal(token.start, eind, "decimaal", None)
    return _Getal(token.start, eind, "cijfer", None)


def _geheel(tekst: str) -> int | None:
    m = re.match(r"\d+", tekst)
    return int(m.group()) if m else None


def _woord_soort(doc: Document, tokens: list[Token], index: int, waarde: int | bool) -> _Getal:
    token = tokens[index]
    _, voor, na = _buren(tokens, index)
    getal = None if isinstance(waarde, bool) else waarde
    if getal is not None and 1 <= getal <= 12:
        if voor in ("half", "over") or (voor in _TIJD_VOOR and na == "uur"):
            uur = getal - 1 if voor == "half" else getal
            return _Getal(token.start, token.eind, "tijd", uur)
        if voor == "een" and 1 <= getal <= 10 and (not na or na in _CIJFER_NA):
            return _Getal(token.start, token.eind, "schoolcijfer", getal)
    if voor in _KLAS_VOOR:
        return _Getal(token.start, token.eind, "klas", getal)
    if _leeftijd(tokens, index, voor, na):
        return _Getal(token.start, token.eind, "leeftijd", getal)
    return _Getal(token.start, token.eind, "woord", getal)


_GEEN, _MET_CIJFER, _TELWOORD, _CONTEXT = range(4)


@lru_cache(maxsize=WOORDMEMO)
def _tekstsoort(tekst: str) -> int:
    """What a token's text alone says: never a number (``_GEEN``, most words), a token
    with a digit, a number word whatever its neighbours, or a word its neighbours decide
    on (vier, acht, elf, vieren). Cached, so most tokens cost one lookup."""
    if not tekst.isalpha() and any(c.isdigit() for c in tekst):
        # isdigit, not \d: superscripts such as km² count as digits too
        return _MET_CIJFER
    if not tekst[0].isalpha():
        return _GEEN
    woord = _normaal(tekst)
    if woord in _CONTEXTWOORDEN:
        return _CONTEXT
    return _GEEN if _vaste_waarde(woord) is None else _TELWOORD


_WEGLATING_VOEG = frozenset(("en", "of", "tot", "à", "a", "á"))


def _deel_van_samenstelling(doc: Document, tokens: list[Token], index: int) -> bool:
    """A number word that begins a compound with its end left out ('twee- en driewielers',
    'vier- en vijfjarigen') is read like the compound it stands for: no number, since the
    full word that completes it ('driewielers') merely contains one. 'twee- of
    drieduizend' stays a number."""
    token = tokens[index]
    if not doc.los_streepje(token):
        return False
    for volgende in tokens[index + 1 : index + 8]:
        if volgende.zin != token.zin:
            return False
        if doc.los_streepje(volgende) or volgende.tekst.lower() in _WEGLATING_VOEG:
            continue
        if any(c.isdigit() for c in volgende.tekst):
            return False
        return _vaste_waarde(_normaal(volgende.tekst)) is None
    return False


def vind_getallen(doc: Document, frontmatter: bool = False) -> Iterator[_Getal]:
    """Every number in the prose of ``doc``, in text order."""
    tokens = doc.tokens
    verhaal = [doc.titel, *doc.voorkant_verhaal] if doc.titel else doc.voorkant_verhaal
    metadata = (
        set()
        if frontmatter
        else {i for i, blok in enumerate(doc.blokken) if blok.soort == "frontmatter"}
    )
    # _GEEN is 0: only the tokens that may be numbers, found in one pass.
    for index in doc.indices(_tekstsoort):
        token = tokens[index]
        soort = _tekstsoort(token.tekst)
        if token.blok in metadata and not any(b <= token.start < e for b, e in verhaal):
            continue  # metadata such as 'datum: 2024-05-01', not the title or plotvraag
        if soort == _MET_CIJFER:
            yield _cijfer_soort(doc, tokens, index)
            continue
        waarde = _woord_getal(doc, tokens, index)
        if waarde is None:
            continue
        yield _woord_soort(doc, tokens, index, waarde)


# --- Messages and suggestions -----------------------------------------------------------


def _dagdeel(uur: int) -> str:
    if 5 <= uur <= 8:
        return "vroeg in de ochtend"
    if 9 <= uur <= 11:
        return "in de loop van de ochtend"
    if uur == 12:
        return "rond het middaguur"
    if 13 <= uur <= 17 or 1 <= uur <= 4:
        # Written as words, 'om drie uur' in a school story is the afternoon.
        return "in de middag"
    if 18 <= uur <= 22:
        return "in de avond"
    return "midden in de nacht"


def _hoeveelheid(waarde: int | None) -> str | None:
    if waarde is None or waarde < 1:
        return None
    if waarde == 1:
        return "een"
    if waarde <= 4:
        return "een paar"
    if waarde <= 12:
        return "een handvol" if waarde <= 6 else "een aantal"
    if waarde <= 99:
        return "veel"
    return "heel veel"


def _procent(waarde: int | None) -> str | None:
    if waarde is None:
        return None
    if waarde >= 100:
        return "helemaal"
    if waarde >= 90:
        return "bijna alle"
    if waarde >= 60:
        return "de meeste"
    if waarde >= 40:
        return "ongeveer de helft"
    if waarde >= 15:
        return "een deel"
    return "een klein deel"


def _bericht_en_suggestie(getal: _Getal, tekst: str) -> tuple[str, str | None]:
    """A warm Dutch message and, where one fits, a replacement for the span."""
    soort, waarde = getal.soort, getal.waarde
    if soort == "rang":
        m = _RANG_CIJFER.fullmatch(tekst)
        if m and waarde is not None and 1 <= waarde < 1000:
            rest = m.group(2) or ""
            return (
                "Schrijf een rangtelwoord voluit, zonder cijfer.",
                rangwoord(waarde) + rest,
            )
        return "Schrijf een rangtelwoord voluit, zonder cijfer.", None
    if soort == "tijd" and waarde is not None:
        return (
            "Getal in een tijdstip: vertel liever wanneer het gebeurde dan hoe laat het "
            "precies was.",
            _dagdeel(waarde),
        )
    if soort == "jaar":
        return (
            "Jaartal: vertel liever hoe lang geleden het was of wat er toen speelde "
            "(‘lang geleden’, ‘toen ze nog klein was’).",
            None,
        )
    if soort == "procent":
        return (
            "Percentage: laat zien hoeveel het voelt in plaats van het te meten.",
            _procent(waarde),
        )
    if soort == "leeftijd":
        return (
            "Leeftijd: beschrijf liever hoe oud iemand lijkt of doet, zonder getal "
            "(een kleuter, een meisje van die leeftijd, een tiener, een jonge vrouw).",
            None,
        )
    if soort == "klas":
        return (
            "Groeps- of klasnummer: beschrijf de groep liever in woorden "
            "(‘de kleutergroep’, ‘de hoogste groep’, ‘de bovenbouw’).",
            None,
        )
    if soort == "schoolcijfer" and waarde is not None:
        woord = "heel goed cijfer" if waarde >= 8 else "voldoende" if waarde >= 6 else "onvoldoende"
        return "Cijfer: vertel wat het resultaat betekende in plaats van het cijfer.", woord
    if soort == "decimaal":
        return "Getal: vertel het verhaal zonder cijfers; beschrijf wat je zag.", None
    return (
        "Getal: vertel het verhaal zonder getallen; laat zien en voelen in plaats van tellen.",
        _hoeveelheid(waarde),
    )


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report every number in the story (digits and number words)."""
    negeer = {str(w).lower() for w in opties["negeer"]}
    for getal in vind_getallen(doc, bool(opties["frontmatter"])):
        tekst = doc.tekst[getal.start : getal.eind]
        if tekst.lower() in negeer:
            continue
        bericht, suggestie = _bericht_en_suggestie(getal, tekst)
        if suggestie is not None and tekst[:1].isupper():
            suggestie = suggestie[:1].upper() + suggestie[1:]
        yield Bevinding(
            regel=REGEL.id,
            ernst=REGEL.ernst,
            start=getal.start,
            eind=getal.eind,
            tekst=tekst,
            bericht=bericht,
            suggestie=suggestie,
        )


REGEL = Regel(
    id="getal",
    titel="Geen getallen",
    beschrijving=(
        "Het verhaal noemt geen getallen: geen cijfers (8:30, 3e, 25%, 2019, groep 8) en geen "
        "telwoorden (twee, vijfentwintig, honderd, één, anderhalf). Het lidwoord 'een', "
        "rangtelwoorden (eerste, derde) en woorden als 'half', 'beide' en 'een paar' mogen wel."
    ),
    waarom=(
        "De methode vraagt minder te denken in feiten en cijfers en meer in zintuigen, "
        "ervaringen en gevoelens. Een getal maakt een verhaal zakelijk; een beeld blijft hangen."
    ),
    ernst="fout",
    check=check,
    opties={
        "negeer": Optie(
            list,
            [],
            "Woorden of cijfers die de regel nooit meldt (bijvoorbeeld 'A4').",
        ),
        "frontmatter": Optie(
            bool,
            False,
            "Controleer ook de andere velden van de YAML-voorkant (zoals de datum), "
            "niet alleen de titel en de plotvraag.",
        ),
    },
    voorbeelden=(
        Voorbeeld("Om 8:30 ging de bel.", ["8:30"]),
        Voorbeeld("Ze zat in groep 8 en haalde een 9 voor taal.", ["8", "9"]),
        Voorbeeld(
            "Hij las vijfentwintig boeken in tweehonderd dagen.", ["vijfentwintig", "tweehonderd"]
        ),
        Voorbeeld("Om half negen begon de les.", ["negen"]),
        Voorbeeld("Eén kind bleef zitten; 25% ging naar buiten.", ["Eén", "25%"]),
        Voorbeeld("In de 3e klas was hij een 1e-jaars mentor.", ["3e", "1e-jaars"]),
        Voorbeeld("„Ik wil er drie,” zei ze.", ["drie"]),
        Voorbeeld("# Twee vrienden\n\nZe liepen samen naar huis.\n", ["Twee"]),
        Voorbeeld(
            "Er waren honderden kinderen en anderhalf uur later duizenden.",
            ["honderden", "anderhalf", "duizenden"],
        ),
        Voorbeeld("Een voor een kwamen ze binnen; nog een keer zwaaide ze.", []),
        Voorbeeld("De eerste dag was de tweede keer dat ze de laatste bus nam.", []),
        Voorbeeld("Op zijn zestiende kwam hij, voor de honderdste keer, als achttiende.", []),
        Voorbeeld("Driekwart van de klas at tweederde van de taart.", ["Driekwart", "tweederde"]),
        Voorbeeld("Beide kinderen bleven een half uur, allebei met een paar vrienden.", []),
        Voorbeeld("Ze tekende driehoeken en kletste honderduit.", []),
        Voorbeeld("Ik vier mijn verjaardag; hij moest goed acht geven op de weg.", []),
        Voorbeeld("Ze deed het in haar eentje.", []),
        Voorbeeld(
            "Ze had alleen negens en tienen, en twee zessen.",
            ["negens", "tienen", "twee", "zessen"],
        ),
        Voorbeeld("Ze vieren feest en achten elkaar.", []),
        Voorbeeld("„Vier maar lekker feest,” zei ze. „Vier is genoeg.”", ["Vier"]),
        Voorbeeld("De elf met de gouden vleugels vloog weg. Daar stond de elf.", []),
        Voorbeeld("Ze telde de elf kinderen; er waren er elf.", ["elf", "elf"]),
        Voorbeeld("Op het feest was hij verkleed als elf, met een groene muts.", []),
        Voorbeeld("Als elf kinderen meedoen, is het genoeg.", ["elf"]),
        Voorbeeld("Ze liep met z'n vieren naar huis.", ["vieren"]),
        Voorbeeld("Hij kwam tegen vieren thuis en ging om half achten weg.", ["vieren", "achten"]),
        Voorbeeld("Ze gingen om feest te vieren; na het vieren sliepen ze.", []),
        Voorbeeld("Niemand sloeg er acht op; de juf gaf haar acht op tien.", ["acht", "tien"]),
        Voorbeeld("Hij fietste door zonder acht te slaan op de bus.", []),
        Voorbeeld("De klok sloeg acht; om half acht gaf ze les.", ["acht", "acht"]),
        Voorbeeld("Hij voelde zich een echte nul; ze kreeg een nul.", ["nul"]),
        Voorbeeld("De elf lachte en de oude elf sliep.", []),
        Voorbeeld("Die zeven had ze verdiend; het werd een nul.", ["zeven", "nul"]),
        Voorbeeld("De zeven liepen naar huis.", ["zeven"]),
        Voorbeeld("Er waren twee- en driewielers voor de vier- en vijfjarigen.", []),
        Voorbeeld("Het waren twee- of drieduizend mensen.", ["twee", "drieduizend"]),
        Voorbeeld("Na een snel tweetje scoorde ze; ze haalde een viertje.", ["viertje"]),
        Voorbeeld("Het A4'tje lag er.", [], {"negeer": ["A4'tje"]}),
    ),
)
