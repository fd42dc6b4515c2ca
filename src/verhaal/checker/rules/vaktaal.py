"""Rule ``vaktaal``: education jargon and acronyms that outsiders do not understand.

Sources of findings, from a list and by form:

1. the hand-written term list ``data/vaktaal/termen.tsv`` (OPP, IB'er, handelingsplan,
   passend onderwijs, zachte landing ...) and the broad list without alternatives
   ``data/vaktaal/termen-breed.txt`` (stamgroepleider, gezagsbeëindigende maatregel),
   with inflections and compounds (``fout``);
2. a diagnosis statement recognised by its form: ``<diagnosis>verklaring`` where the
   diagnosis starts with dys- or ends in -isme/-stoornis/-syndroom/-fobie, or is an
   acronym (ADHD-verklaring) (``fout``);
3. an administrative compound judged by its parts (``data/vaktaal/delen.tsv``): a head
   that makes any rare compound jargon (zorgindicatie, begeleidingstraject) or one that
   does so after a modifier from school, care or policy language (zorgoverleg,
   gedragsaanpak, leerlingdossier; the modifiers by hand and derived from the lexicon,
   ``bepalingen.txt``: nazorgoverleg), after a learned abstract noun (integratieaanpak)
   or after an acronym (Wmo-indicatie; before money also an everyday one: NPO-gelden)
   or the unknown name of a method (Lidcombe-aanpak); heads of records and weighings
   (visiedocument, belangenweging; not after an acronym or a name: PDF-document),
   measures only after a learned abstract noun (participatiescore; not toetscijfer) and
   heads that everyday Dutch also combines freely (fase, rooster, melding, onderwijs) and
   measures only after a modifier that is itself rare in general Dutch
   (observatiefase, nazorgrooster; not examenrooster) or an unknown acronym
   (LWOO-onderwijs; a school type in capitals is none: HAVO-advies); a
   compound that ends in a longer common word than the head (guerrillabeweging) is
   judged by that word (``fout``, a generic message);
4. a two-word term: a rare learned adjective before a noun of school or care (formatieve
   toetsing, residentiële plaatsing) or a head of administrative compounds
   (opbrengstgericht kader, driejaarlijkse rapportage; no adjective in -isch there), by
   the adjective's form and frequency (``fout``);
5. a school type abbreviated in lower case (het sbo, vso-leerling; 'so' and 'pro' only in
   a school context), unlisted letters spoken one by one and unknown to general Dutch
   before a word of teaching (tto-klas), and a listed acronym in lower case where that
   spelling is no word (het opp, de ib'er) (``fout``); the person a career verb makes
   (instromer, zij-instromer) (``fout``); a term of care made of a learned combining form
   in -o and a head of care (``zorgstaart`` in delen.tsv), rare in general Dutch
   (grafomotoriek, haptotherapie; not psychotherapie) (``fout``);
6. any other acronym that a reader outside school cannot be expected to know: 2-5
   capitals (also PvA, R&D, PMTer) that are rare in general Dutch (Zipf < 3.5 by the
   wordfreq frequency of the lexicon, not by being listed: NS and EHBO are known, WSNS
   and CPB are not; Roman numerals only as prose uses them: XIV, MCMXC, not CVI) and not
   in the reviewed everyday list ``data/vaktaal/alledaags.txt``
   (BSO, KNMI), with Dutch endings and hyphenated compounds as one span
   (``waarschuwing``: it may be a name the reader does know); acronyms that English
   text uses far more than Dutch (NFL, FBI: ``data/vaktaal/internationaal.txt``, from
   wordfreq) are names from the news or sport, no jargon. An acronym that the text
   spells out, "Communistische Partij (CPN)", is not reported;
7. a Dutch word of three to five capitals used as a name in running text (``in ZIEN``,
   ``de SLA``): a verb form or a rarer word, not a stress word (NIET, MIJ, een HUIS),
   after an article or a preposition, outside quotation marks and titles; letters that
   no common Dutch word begins or ends with (APK, from the lexicon's consonant clusters)
   are no word but an acronym, judged by 6; and a function word in capitals right after
   an article (het OM), which cannot be the word itself (``waarschuwing``, like 6).

Tokens longer than :data:`MAX_WOORD` code points are passed over (linear time).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import accumulate, compress, repeat

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document, Token
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.rules.getal import telwaarde
from verhaal.checker.tijd.woordsoorten import KLINKERS, woordsoorten
from verhaal.checker.woordenboek import (
    WOORDMEMO,
    Termen,
    engelse_waarde,
    frequentie,
    is_gewoon_woord,
    is_nederlands,
    is_voornaam,
    is_vorm,
    verbogen_vormen,
)
from verhaal.data import lees_regels, lees_woorden


@cache
def _termen() -> dict[str, str | None]:
    """The term list: ``termen.tsv`` (with a plain-Dutch alternative) and the broad list
    ``termen-breed.txt`` of domain terms without one (a listed alternative wins)."""
    paren = (regel.split("\t") for regel in lees_regels("vaktaal/termen.tsv"))
    termen: dict[str, str | None] = {
        deel[0].strip(): deel[1].strip() for deel in paren if len(deel) == 2
    }
    for term in lees_regels("vaktaal/termen-breed.txt"):
        termen.setdefault(term, None)
    # the forms with an open syllable that the inflection of Termen leaves out
    # (keuzedeel -> keuzedelen, intramuraal -> intramurale): as terms of their own
    for term, alternatief in list(termen.items()):
        if " " not in term and term.islower():
            for vorm in open_lettergreep(term):
                termen.setdefault(vorm, alternatief)
    return termen


@cache
def _standaard() -> Termen:
    return Termen(_termen())


@lru_cache(maxsize=8)
def _lijst(extra: tuple[str, ...], toegestaan: tuple[str, ...]) -> Termen:
    if not extra and not toegestaan:
        return _standaard()
    termen: dict[str, str | None] = dict(_termen())
    for woord in extra:
        termen.setdefault(woord, None)
    weg = {w.lower() for w in toegestaan}
    return Termen({t: a for t, a in termen.items() if t.lower() not in weg})


MAX_WOORD = 60
"""Tokens longer than this (in code points) are no Dutch word and no term: the lexical
rules pass them over, so a pasted blob costs linear time."""

# An acronym token: 2-5 capitals, possibly with single lower-case letters between them
# (PvA, CvB), optionally with a Dutch ending (OKR's, PMT'er, PMT'ers, ABCs, PMTer) and a
# hyphenated tail (ABC-leerlingen, ABC-gesprek): one span as a whole.
_AFKORTING = re.compile(
    r"(?P<kern>[A-Z](?:[a-z]?[A-Z]){1,4})(?:['’](?:ers?|s|je|tje|tjes)|s|ers?)?"
    r"(?P<staart>-[^\W\d_][\w'’-]*)?"
)
# An acronym with an ampersand (R&D, P&O): the tokenizer splits it, so it is found in the
# text itself, with a hyphenated tail (R&D-afdeling) as one span.
_EN_AFKORTING = re.compile(r"(?<![\w&])[A-Z]{1,3}&[A-Z]{1,3}(?:-[^\W\d_][\w'’-]*)?(?![\w&])")
_ROMEINS = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")

BEKEND_VANAF = 3.5
"""Zipf frequency in general Dutch (wordfreq, via the lexicon) from which an acronym counts
as known to outsiders (NS 4.3, GGD 3.7, EHBO 3.6); below it, being listed in a word list
(WSNS, NT2, VSO) does not make an abbreviation understandable. Between 3.0 and 3.5 general
text has as many acronyms of ministries, funds and trades (CPB, APV, AOV) as household
names (KNMI, CBR, BSN): those household names are in the reviewed everyday list."""

WOORD_VANAF = 3.0
"""Zipf frequency from which a lower-case abbreviation is also an ordinary word (so, pro)
and is only jargon in a school context."""


@cache
def _alledaags() -> frozenset[str]:
    """Everyday acronyms the frequency does not vouch for (BSO, KNMI): reviewed,
    hand-written."""
    return frozenset(lees_woorden("vaktaal/alledaags.txt"))


@cache
def _internationaal() -> frozenset[str]:
    """Acronyms that English text uses far more than Dutch text (NFL, NBA, FBI): names of
    leagues, agencies and channels known from the news or from sport (built from wordfreq
    by scripts/tabellen/vaktaal.py --internationaal)."""
    return frozenset(lees_woorden("vaktaal/internationaal.txt"))


def _bekend(kern: str) -> bool:
    """Whether an acronym is general Dutch: frequent enough in general text (in any of its
    spellings the lexicon lists), or an ordinary word or name of four letters or more in
    capitals (shouting: NEE, KAPOT, HELP; a brand: LIDL). Where the lexicon also has the
    letters as an abbreviation with a full stop (mr., ds.), the frequency (wordfreq
    ignores case and stops) is that abbreviation's, not the acronym's."""
    vormen = [v for v in {kern, kern.lower(), kern.capitalize()} if is_vorm(v)]
    if kern.isupper() and len(kern) >= 4 and any(v != kern for v in vormen):
        return True  # a word or a name of the lexicon in capitals: NEE, LIDL
    if is_vorm(kern.lower() + ".") or is_vorm(kern.capitalize() + "."):
        return False
    return any(frequentie(v) >= BEKEND_VANAF for v in vormen)


def _engels_in_hoofdletters(kern: str, gewoon: bool = True) -> bool:
    """Whether capitals spell a word of the English table: a common English word (NICE;
    ``gewoon``), or any word the table holds (HEY, YAY)."""
    if not kern.isupper():
        return False
    waarde = engelse_waarde(kern.lower())
    return waarde == 1 if gewoon else waarde != 0


def _romeins_getal(kern: str) -> bool:
    """Whether capitals are a Roman numeral as prose uses them: one of I, V, X and L (a
    king, a century, a chapter: XIV) or a year (MCMXC). Hundreds without thousands (CVI,
    DCL) are rare in prose and more often an acronym."""
    if _ROMEINS.fullmatch(kern) is None:
        return False
    return kern.startswith("M") or not ("C" in kern or "D" in kern)


# Before a hyphenated tail: letters written like a name but no word or name of the
# lexicon: a capital with one or two small letters (Wmo-loket, Wlz-indicatie) or syllables
# each starting with a capital (SoVa-training). A capitalised tail makes a name (Yat-Sen).
_NAAMVORM = re.compile(r"(?P<kern>[A-Z][a-z]{1,2}|(?:[A-Z][a-z]{1,2}){2,3})-[a-zà-ÿ][\w'’-]*")


def _naam_voor_koppelteken(woord: str) -> bool:
    """Whether a hyphenated token starts with an abbreviation in mixed case (Wmo-loket,
    SoVa-training): letters that are no word, name or place of the lexicon in any case."""
    m = _NAAMVORM.fullmatch(woord)
    if m is None:
        return False
    kern = m.group("kern")
    vormen = (kern, kern.lower(), kern.upper(), kern.capitalize())
    if kern.upper() in _alledaags() or any(is_vorm(v) for v in vormen):
        return False  # Bso-groep, Tv-programma, Ggd-arts: known letters
    return not is_voornaam(kern.capitalize())


def _woord_als_afkorting(kern: str) -> bool:
    """Whether capitals spell a Dutch word that the lexicon has neither in capitals nor
    as a name (KIES, ZIEN; not EHBO, HEMA, LIDL)."""
    return (
        len(kern) >= 4
        and kern.isupper()
        and is_vorm(kern.lower())
        and not is_vorm(kern)
        and not is_vorm(kern.capitalize())
    )


@cache
def onbekende_afkorting(woord: str) -> bool:
    """Whether a token is an acronym that outsiders cannot be expected to know.

    An acronym is known when it is frequent in general Dutch (NS, EHBO, GGD, HEMA, tv,
    havo), not merely when some word list has it; English words in capitals (OMG, ASAP)
    belong to English, and a capitalised Dutch word (NEE, STOP) is shouting; whatever is
    left, in a story about a pupil, is jargon that needs spelling out. Roman numerals and
    first names (in capitals) are no acronyms.
    """
    if len(woord) > MAX_WOORD:
        return False
    m = _AFKORTING.fullmatch(woord)
    if m is None:
        return _naam_voor_koppelteken(woord)
    kern = m.group("kern")
    if kern in _alledaags() or _romeins_getal(kern) or _schooltype_in_hoofdletters(kern):
        return False
    if kern in _internationaal():
        return False  # NFL, NBA-speler: an English name from the news or from sport
    if _bekend(kern):
        # A Dutch word in capitals before a hyphenated tail names a programme or a
        # checklist (KIES-groep); shouting takes no tail.
        # (HELP-knop and STOP-teken spell English words too: a sign, not a programme).
        return (
            m.group("staart") is not None
            and _woord_als_afkorting(kern)
            and not _engels_in_hoofdletters(kern, gewoon=False)
        )
    if kern in lees_woorden("engels/afkortingen.txt"):
        return False  # OMG, AFK: English chat (the engels rule), not school jargon
    # A common English word of four letters or more in capitals (ASAP, NICE) is English;
    # a rare one of the table (value 3: thousands of short strings), one of three letters
    # (SOT, PIE: as often an acronym; in direct speech see vind_vaktaal) or one with a
    # Dutch tail (PIE-lokaal) is an acronym.
    if m.group("staart") is None and len(kern) > 3 and _engels_in_hoofdletters(kern):
        return False
    # A first name in capitals (a signature, a shout) is no acronym; with a hyphenated
    # tail (EDI-model, TIM-gesprek) it is.
    return m.group("staart") is not None or not is_voornaam(kern.capitalize())


# Parts of speech (pattern's most frequent class) that a word in capitals keeps when it is
# stressed rather than an acronym: adjectives, adverbs, numerals, pronouns, prepositions,
# articles, conjunctions, nouns (ECHT, NIET, ZELF, MIJ, een HUIS). A verb form (ZIEN, SLA,
# KIES) or a rarer word the lexicon gives no class (BRON) after an article or a preposition
# names something: a programme, a monitor, an agreement.
_NADRUK_KLASSEN = frozenset("abmprdkonez")
# Words after which a word in capitals is used as a noun: articles and prepositions.
_VOOR_NAAM = frozenset(
    {
        "de",
        "het",
        "'t",
        "een",
        "in",
        "bij",
        "via",
        "met",
        "van",
        "op",
        "uit",
        "naar",
        "door",
        "voor",
        "over",
        "volgens",
        "vanuit",
        "aan",
        "tot",
        "zonder",
        "na",
        "onder",
        "tijdens",
    }
)


KLINKER_LETTERS = frozenset(KLINKERS + "àâêîôû")
"""The vowels of the lexicon's words (:data:`~verhaal.checker.tijd.woordsoorten.KLINKERS`)
and those of French loans (crème, gâteau)."""


@cache
def _klankgroepen() -> tuple[frozenset[str], frozenset[str]]:
    """The consonant clusters that begin and end common Dutch words (klankgroepen.txt,
    derived from the lexicon by scripts/tabellen/vaktaal.py --klanken)."""
    begin: set[str] = set()
    eind: set[str] = set()
    for regel in lees_regels("vaktaal/klankgroepen.txt"):
        soort, _, groep = regel.partition("\t")
        (begin if soort.strip() == "begin" else eind).add(groep.strip())
    return frozenset(begin), frozenset(eind)


def uitspreekbaar(klein: str) -> bool:
    """Whether lower-case letters can be read as one Dutch word: they have a vowel and
    begin and end with a consonant cluster that common Dutch words begin and end with
    (zien, bron, havo; not apk, mbo, vve, which are spoken letter by letter)."""
    klinkers = [i for i, c in enumerate(klein) if c in KLINKER_LETTERS]
    if not klinkers:
        return False
    begin, eind = _klankgroepen()
    return klein[: klinkers[0]] in begin and klein[klinkers[-1] + 1 :] in eind


@cache
def woord_in_hoofdletters(tekst: str) -> bool:
    """Whether a token of three to five capitals spells a Dutch word that is no stress word
    (ZIEN, SLA, BRON; not NIET, ECHT, MIJ): the letters are a Dutch word, not an
    acronym, name or place the lexicon knows in capitals (HEMA, DRIES), no English word
    (WOW, TOP), no Roman numeral and no everyday acronym. Whether it is an acronym
    depends on the context (:func:`_als_naam_gebruikt`)."""
    if not (3 <= len(tekst) <= 5 and tekst.isalpha() and tekst.isupper()):
        return False
    klein = tekst.lower()
    if not is_vorm(klein) or is_vorm(tekst) or is_vorm(tekst.capitalize()):
        return False
    if tekst in _alledaags() or _romeins_getal(tekst) or engelse_waarde(klein) != 0:
        return False
    if not uitspreekbaar(klein):
        return False  # letters (apk): an acronym, judged by its frequency
    return woordsoorten().pattern(klein)[0] not in _NADRUK_KLASSEN


# Classes of function words that never head a noun phrase: prepositions, articles and
# conjunctions (om, op, en, als). In capitals right after an article they are letters.
_FUNCTIE_KLASSEN = frozenset("rdko")
_LIDWOORDEN = frozenset({"de", "het", "'t", "een"})


@cache
def functiewoord_in_hoofdletters(tekst: str) -> bool:
    """Whether a token of two or three capitals spells a Dutch function word (OM, OP, ALS):
    a preposition, an article or a conjunction in the lexicon, which the lexicon does not
    list in capitals. After an article (:func:`_na_lidwoord`) such letters cannot be the
    word itself: they are an acronym (het OM), whatever the word's frequency. Longer ones
    are stress on a word used as a noun (het VOOR en het TEGEN)."""
    if not (2 <= len(tekst) <= 3 and tekst.isalpha() and tekst.isupper()):
        return False
    klein = tekst.lower()
    if is_vorm(tekst) or not is_vorm(klein) or tekst in _alledaags():
        return False
    return woordsoorten().pattern(klein)[0] in _FUNCTIE_KLASSEN


def _na_lidwoord(doc: Document, reeks: list[Token], i: int) -> bool:
    """Whether token ``i`` follows an article in the same run, outside quotation marks,
    not among other words in capitals (a title or a shout) and not as one of the options
    of a switch (de AAN/UIT-knop)."""
    token = reeks[i]
    if i == 0 or token.citaat or reeks[i - 1].tekst.lower() not in _LIDWOORDEN:
        return False
    if doc.proza[token.eind : token.eind + 1] == "/":
        return False
    if _geschreeuw(doc, reeks, i):
        return False
    return not (i + 1 < len(reeks) and reeks[i + 1].tekst.isupper())


def _als_naam_gebruikt(doc: Document, reeks: list[Token], i: int) -> bool:
    """Whether a Dutch word in capitals stands in running text as the name of something:
    after an article or a preposition ('in ZIEN', 'de SLA'), outside quotation marks
    (shouting), not among other words in capitals (a title) and not before an
    exclamation mark, unless a hyphen joins that mark to a head ('de DOE!-map': a
    product's name)."""
    token = reeks[i]
    if i == 0 or token.citaat or reeks[i - 1].tekst.lower() not in _VOOR_NAAM:
        return False
    na = doc.proza[token.eind : token.eind + 2]
    if _geschreeuw(doc, reeks, i) or (na[:1] == "!" and na != "!-"):
        return False  # a shout; but a name with "!" before a hyphenated head (DOE!-map)
    return not (i + 1 < len(reeks) and reeks[i + 1].tekst.isupper())


def _in_productnaam(reeks: list[Token], i: int) -> bool:
    """Whether an acronym opens the name of a product or a brand: it is followed, with
    only a space between, by an English word with a capital (EA Sports, XYZ Games) or by
    known capitals (EA FC): a game, a label, a team, not a term of the school."""
    if i + 1 >= len(reeks):
        return False
    volgend = reeks[i + 1].tekst
    if not volgend[:1].isupper() or len(volgend) > MAX_WOORD:
        return False
    if volgend.isupper():
        return 2 <= len(volgend) <= 5 and volgend.isalpha() and not onbekende_afkorting(volgend)
    klein = volgend.lower()
    return volgend[1:].islower() and engelse_waarde(klein) != 0 and not is_vorm(klein)


# --- Jargon by its parts ------------------------------------------------------------------


@cache
def _delen() -> dict[str, frozenset[str]]:
    """The building blocks of data/vaktaal/delen.tsv by kind (kop, deel, bepaling,
    afkorting, schooltype)."""
    soorten: dict[str, set[str]] = {}
    for regel in lees_regels("vaktaal/delen.tsv"):
        soort, _, woord = regel.partition("\t")
        soorten.setdefault(soort.strip(), set()).add(woord.strip())
    return {soort: frozenset(woorden) for soort, woorden in soorten.items()}


@cache
def _koppen() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Every inflected form of a compound head -> its kind (``kop``: jargon after any Dutch
    word; ``deel``: after a modifier from school, care or policy language; ``beleidskop``:
    like ``deel``, heads derived from the lexicon (uitvoeringsinstantie, sanctieregime)
    that seed no modifiers; ``geld``: like
    ``deel``, and after any acronym, also an everyday one: NPO-gelden); and the forms by
    their last three letters (longest first), so that a word is looked at only when it
    ends like a head (one dictionary test for most words)."""
    delen = _delen()
    vormen: dict[str, str] = {}
    for soort in ("deel", "beleidskop", "geld", "kop", "woordkop", "maat", "zwakkop"):
        for kop in delen.get(soort, ()):
            for vorm in (*verbogen_vormen(kop), *_stemhebbend_meervoud(kop)):
                vormen[vorm] = soort
    per_eind: dict[str, list[str]] = {}
    for vorm in sorted(vormen, key=len, reverse=True):
        per_eind.setdefault(vorm[-3:], []).append(vorm)
    return vormen, {eind: tuple(lijst) for eind, lijst in per_eind.items()}


@cache
def _kop_van() -> dict[str, str]:
    """Every inflected form of a compound head (:func:`_koppen`) -> the head itself
    (organen -> orgaan), for the frequency of the compound's base form."""
    delen = _delen()
    kop_van: dict[str, str] = {}
    # a form of two heads (doelen: doel, and the listed doelen) belongs to the shortest
    koppen = sorted(
        {
            kop
            for soort in ("deel", "beleidskop", "geld", "kop", "woordkop", "maat", "zwakkop")
            for kop in delen.get(soort, ())
        },
        key=lambda kop: (-len(kop), kop),
    )
    for kop in koppen:
        for vorm in (*verbogen_vormen(kop), *_stemhebbend_meervoud(kop)):
            kop_van[vorm] = kop
    return kop_van


def _gangbare_grondvorm(voor: str, vorm: str) -> bool:
    """Whether the compound's base form (the first part with the head uninflected) is
    common Dutch (actieplan 3.5, keukentafel): then its plural is too, however rare on
    its own (actieplannen 1.6). Only for the compounds that company makes jargon
    (:func:`samenstelling_in_jargonzin`); after a modifier of policy the plural keeps
    its own frequency (referentiekaders)."""
    kop = _kop_van().get(vorm, vorm)
    return kop != vorm and frequentie(voor + kop) >= GANGBAAR_VANAF


_LANGE_KLINKERS = ("ie", "ee", "oo", "aa", "ei", "ij", "ui", "eu", "ou")


def _stemhebbend_meervoud(kop: str) -> tuple[str, ...]:
    """The plural with a voiced consonant that :func:`verbogen_vormen` leaves out:
    advies -> adviezen, perspectief -> perspectieven; and the forms with an open
    syllable (:func:`open_lettergreep`: orgaan -> organen), unless the plural is also a
    verb."""
    if kop.endswith(("s", "f")) and kop[:-1].endswith(_LANGE_KLINKERS):
        return (kop[:-1] + ("zen" if kop[-1] == "s" else "ven"),)
    vormen = open_lettergreep(kop)
    if vormen and _werkwoordstaart(vormen[0]):
        return ()  # vragen, delen: also a verb (doorvragen, opdelen)
    return vormen


def _werkwoordstaart(vorm: str) -> bool:
    """Whether a plural ends in a word of five letters or more that is also a verb
    (aanvragen ends in vragen): compounds with it are as often a verb with a particle."""
    return any("i" in woordsoorten().pattern(vorm[i:])[1] for i in range(len(vorm) - 4))


# A long vowel written double before one final consonant (deel, orgaan, uur): before an
# ending that starts with a vowel the syllable opens and one letter is written (delen,
# organen, uren, intramurale).
_DUBBELE_KLINKER = re.compile(r"(?:^|[^aeiou])([aeou])\1([b-df-hk-np-tv-xz])$")


def open_lettergreep(woord: str) -> tuple[str, ...]:
    """The plural and the inflected adjective of a word that ends in a doubled vowel and
    one consonant, with one vowel written in the open syllable (keuzedeel -> keuzedelen,
    startbekwaam -> startbekwame); a voiceless s or f voices (kaas -> kazen)."""
    m = _DUBBELE_KLINKER.search(woord)
    if m is None:
        return ()
    medeklinker = {"s": "z", "f": "v"}.get(m.group(2), m.group(2))
    stam = woord[: m.start(1)] + m.group(1) + medeklinker
    return (stam + "en", stam + "e")


GANGBAAR_VANAF = 2.5
"""Zipf frequency from which a compound is common Dutch (stappenplan 3.2, actieplan 3.5),
whatever its parts."""


@cache
def _bepalingen() -> frozenset[str]:
    """The modifiers of administrative compounds: the hand-written ones of delen.tsv and
    those the lexicon shows to combine like them (bepalingen.txt, built by
    scripts/tabellen/vaktaal.py: nazorg, inburgering, handhaving, terugkeer), and the
    heads that always make jargon (``kop``: bekostigingsregeling, protocoleisen)."""
    delen = _delen()
    return (
        delen.get("bepaling", frozenset())
        | delen.get("kop", frozenset())
        | delen.get("woordkop", frozenset())
        | lees_woorden("vaktaal/bepalingen.txt")
    )


def _eindigt_op_bepaling(kaal: str, bepalingen: frozenset[str]) -> bool:
    """Whether ``kaal`` ends in a modifier (jeugdzorg: zorg), by one set test per suffix
    of three letters or more."""
    return any(kaal[i:] in bepalingen for i in range(len(kaal) - 2))


def _kale_vormen(voor: str) -> tuple[str, ...]:
    """The first part of a compound without a linking sound: itself, without -s, without
    the plural -en, and without a doubled consonant before it (casussen -> casus)."""
    voor = voor.rstrip("-")
    meervoud = voor[:-2] if voor.endswith("en") else ""
    return (
        voor,
        voor[:-1] if voor.endswith("s") else "",
        meervoud,
        meervoud[:-1] if len(meervoud) > 3 and meervoud[-1] == meervoud[-2] else "",
    )


def _bepaling(voor: str) -> bool:
    """Whether the first part of a compound is a modifier from administrative, care or
    school language (zorg, begeleidings, jeugdzorg, leerlingbegeleidings)."""
    bepalingen = _bepalingen()
    return any(
        len(kaal) >= 3 and _eindigt_op_bepaling(kaal, bepalingen) for kaal in _kale_vormen(voor)
    )


ZELDZAME_BEPALING = 4.05
"""Zipf frequency below which (Zipf 4.0 and lower, in the table's steps of 0.1) a
modifier of the lists is itself a word of policy rather than of everyday Dutch (maatwerk
3.5, verzuim 3.3, interventie 3.8, achterstand 4.0; not groep 5.5, examen 4.3, selectie
4.7, bonus 4.1)."""


def _zeldzame_bepaling(voor: str) -> bool:
    """Whether the first part of a compound is a modifier of the lists that general Dutch
    rarely uses (maatwerk, verzuim, interventie, schoolverzuim; not groeps,
    examen): before a head that everyday language also combines freely (fase, rooster,
    melding) only such a modifier makes a term of policy."""
    bepalingen = _bepalingen()
    return any(
        kaal[i:] in bepalingen
        and frequentie(kaal[i:]) < ZELDZAME_BEPALING
        # the modifier starts the part or follows a word of its own (schoolverzuim;
        # not informatie, behandeling: no compounds of formatie, handeling)
        and (i == 0 or (i >= 3 and is_nederlands(kaal[:i].removesuffix("s"))))
        for kaal in _kale_vormen(voor)
        for i in range(len(kaal) - 2)
    )


# A learned abstract noun as first part (integratie-, evaluatie-, mobiliteits-): before a
# head of policy language it makes a term of policy (a ``deel``, not a ``kop``), whatever
# the noun is (referentiekader); not -antie or -itie (vakantie, garantie, competitie,
# conditie), which everyday compounds use (competitieprogramma, conditieschema).
_GELEERDE_BEPALING = re.compile(r"[a-z-]*[a-z]{3}(?:[au]tie|ctie|ssie|entie|iteit|isme)s?-?")
_OOK_ALLEDAAGS = ("programma", "pakket", "aanbod", "uren", "tafel", "vraag")
"""Heads of ``deel`` that everyday compounds also take after a learned noun
(informatieprogramma, animatieaanbod): only jargon after a modifier of the lists."""


def _geleerde_bepaling(voor: str, vorm: str) -> bool:
    """Whether a learned abstract noun before head form ``vorm`` makes a term of policy
    (integratieaanpak, mobiliteitsbeleid; not informatieprogramma)."""
    return _GELEERDE_BEPALING.fullmatch(voor) is not None and not vorm.startswith(_OOK_ALLEDAAGS)


_AFKORTING_VOOR = re.compile(r"(?:[A-Z](?:[a-z]?[A-Z]){1,4}|[A-Z][a-z]{1,2})-")
_KLEINE_LETTERS = "[a-z]{2,5}"
"""Lower-case letters that may be an acronym before a hyphen (tto-, zmlk-, mbo-)."""
_KLEINE_AFKORTING_VOOR = re.compile(_KLEINE_LETTERS + "-")


def _afkorting_als_bepaling(voor: str, geld: bool = False) -> bool:
    """Whether the first part of a hyphenated compound is an acronym (Wmo-, PGB-, GGD-):
    before an administrative head it names a scheme or an act, also where general Dutch
    knows the letters (GGD-plan); in lower case only letters general Dutch does not know
    (tto-traject; not btw-regeling). A capitalised word or first name (Dag-, Jan-) is no
    acronym, and an acronym of the everyday list (BSO-, the method's BEB-) no jargon,
    except before money (``geld``: NPO-gelden names a funding scheme, whatever else the
    letters stand for)."""
    if _AFKORTING_VOOR.fullmatch(voor) is None:
        if _KLEINE_AFKORTING_VOOR.fullmatch(voor) is not None:
            return kleine_onbekende_letters(voor[:-1])  # tto-traject, wsns-verband
        return _methodenaam(voor)
    kern = voor[:-1]
    if (kern in _alledaags() and not geld) or _schooltype_in_hoofdletters(kern):
        return False
    return kern.isupper() or not (is_nederlands(kern.lower()) or is_voornaam(kern))


def _schooltype_in_hoofdletters(kern: str) -> bool:
    """Whether capitals spell an everyday school type (HAVO, VMBO): no jargon, also with
    a hyphenated tail (HAVO-examen, VMBO-onderwijs)."""
    return kern.isupper() and kern.lower() in _delen().get("schooltype", frozenset())


def _onbekende_afkorting_voor(voor: str) -> bool:
    """Whether the first part of a hyphenated compound is an acronym (LWOO-)
    that general Dutch does not know: not frequent, not everyday, no school type (a
    VMBO-klas is a class of the vmbo)."""
    if _AFKORTING_VOOR.fullmatch(voor) is None:
        return False
    kern = voor[:-1]
    if kern in _alledaags() or _schooltype_in_hoofdletters(kern):
        return False
    return kern.isupper() and not _bekend(kern)


_METHODENAAM = re.compile(r"[A-Z][a-zà-ÿ]{3,}-")


def _methodenaam(voor: str) -> bool:
    """Whether the first part of a hyphenated compound is the name of a method or a
    programme: a capitalised word that is no word, name or place of the lexicon in any
    spelling and no first name (Lidcombe-aanpak, Zippy-programma; not Montessori-methode,
    which the lexicon knows, nor Jan-overleg, Google-document)."""
    if _METHODENAAM.fullmatch(voor) is None:
        return False
    kern = voor[:-1]
    if any(is_vorm(v) for v in (kern, kern.lower(), kern.upper())):
        return False
    return not is_voornaam(kern)


def _langere_kop(klein: str, vorm: str) -> bool:
    """Whether the compound ends in a common word that is longer than the head form and
    contains it (guerrillabeweging ends in beweging, not in the head weging): then that
    longer word is the real head."""
    for i in range(len(klein) - len(vorm) - 1, max(0, len(klein) - len(vorm) - 5), -1):
        if frequentie(klein[i:]) >= LANGERE_KOP_VANAF:
            return True
    return False


LANGERE_KOP_VANAF = 3.0
"""Zipf frequency from which a word that ends a compound and contains the head (beweging
around weging) is taken as the compound's head."""


def _woord_voor_koppelteken(woord: str, voor: str) -> bool:
    """Whether the part before the hyphen that precedes a ``kop`` (``voor`` in lower
    case, ``woord`` as written) can be its Dutch modifier: written in lower case (a
    capitalised name of a file format or a brand is no modifier) and no word of the
    English table (a word-document is a file)."""
    kaal = voor.rstrip("-").rsplit("-", 1)[-1]
    return woord[: len(voor)].islower() and engelse_waarde(kaal) == 0


def _schoolwoord_voor(voor: str) -> bool:
    """Whether the first part of a compound is an everyday school word (``schoolwoord`` in
    delen.tsv: toets, herkansing, huiswerk): a parent reads such a compound from its parts
    (toetsanalyse, herkansingsregeling), whatever head follows."""
    kaal = voor.rstrip("-")
    woorden = _delen().get("schoolwoord", frozenset())
    return kaal in woorden or (kaal.endswith("s") and kaal[:-1] in woorden)


@lru_cache(maxsize=WOORDMEMO)
def bestuurlijke_samenstelling(woord: str) -> bool:
    """Whether a word is an administrative compound, judged by its parts: a head that is
    jargon after any Dutch word but an everyday school word (zorgindicatie,
    begeleidingstraject, pestprotocol; not toetsprotocol, herkansingsregeling), or
    a head that is jargon after a modifier from school, care or policy language
    (zorgoverleg, gedragsaanpak, ondersteuningsgelden) or after an acronym (Wmo-gelden,
    Wmo-indicatie). Compounds that are common Dutch
    (stappenplan, voetbalteam, werkoverleg) and the parts alone are not."""
    klein = woord.lower()
    if not 8 <= len(klein) <= MAX_WOORD or not klein.replace("-", "").isalpha():
        return False
    vormen, per_eind = _koppen()
    kandidaten = per_eind.get(klein[-3:])
    if kandidaten is None or not klein.endswith(kandidaten):
        return False  # most words end like no head
    # wordfreq splits a hyphenated word and gives the frequency of its parts, which says
    # nothing about the compound (kwalificatie-eisen 4.0).
    if "-" not in klein and frequentie(klein) >= GANGBAAR_VANAF:
        return False
    for vorm in kandidaten:
        if not klein.endswith(vorm) or len(klein) - len(vorm) < 3:
            continue
        soort = vormen[vorm]
        voor = klein[: -len(vorm)]
        if _langere_kop(klein, vorm) or _schoolwoord_voor(voor):
            continue
        if soort == "woordkop" and (
            _AFKORTING_VOOR.fullmatch(woord[: len(voor)])
            or _METHODENAAM.fullmatch(woord[: len(voor)])
        ):
            continue  # WK-kwalificatie, PDF-document, Excel-document: sport, a file
        if soort == "zwakkop":
            # a stage, a schedule or a report (fase, rooster, melding) is jargon only
            # after a rare modifier of the lists or an unknown acronym
            if _zeldzame_bepaling(voor) or _onbekende_afkorting_voor(woord[: len(voor)]):
                return True
            continue
        if soort == "maat":
            # a measure (score, cijfer) is school talk after a school word (toetscijfer)
            # and jargon only after a learned abstract noun (combinatiecijfer) or a rare
            # modifier of the lists (signaleringsscore; not examencijfer)
            if _geleerde_bepaling(voor, vorm) or _zeldzame_bepaling(voor):
                return True
            continue
        if (
            _bepaling(voor)
            or _afkorting_als_bepaling(woord[: len(voor)], soort == "geld")
            or _geleerde_bepaling(voor, vorm)
        ):
            return True
        if soort in ("kop", "woordkop"):
            if voor.endswith("-") and not _woord_voor_koppelteken(woord, voor):
                continue
            kaal = voor.rstrip("-").rsplit("-", 1)[-1]  # fusie-effectrapportage: effect
            if _nederlandse_bepaling(kaal):
                return True
    return False


# --- Rare compounds of the field: a rare compound modifier of the lists' vocabulary -------

ZELDZAME_VELDSAMENSTELLING = 2.0
"""Zipf frequency below which a compound and its modifier are rare in general Dutch
(a kleuterobservatielijst, a trajectbegeleidingsgesprek: 0)."""
GANGBARE_VELDKOP = 3.0
"""Zipf frequency from which the last part of a compound is taken as its head: the
longest common word it ends in (voorstelling in eindvoorstelling, not stelling)."""
_TUSSENKLANKEN = ("", "s", "en", "e")


@cache
def _veld() -> tuple[frozenset[str], frozenset[str]]:
    """The field vocabulary of the term lists (``veld.txt``, built by
    scripts/tabellen/vaktaal.py --veld): the modifiers and the heads (every inflected
    form) of their compounds."""
    soorten: dict[str, set[str]] = {"bepaling": set(), "kop": set()}
    for regel in lees_regels("vaktaal/veld.txt"):
        soort, _, woord = regel.partition("\t")
        soorten[soort.strip()].add(woord.strip())
    koppen = {vorm for kop in soorten["kop"] for vorm in verbogen_vormen(kop)}
    return frozenset(soorten["bepaling"]), frozenset(koppen)


def _zonder_tussenklank(voor: str) -> Iterator[str]:
    """The first part of a compound without each possible linking sound (s, en, e)."""
    for klank in _TUSSENKLANKEN:
        if voor.endswith(klank) and len(voor) - len(klank) >= 3:
            yield voor[: len(voor) - len(klank)]


def _veldbepaling(bepaling: str) -> bool:
    """Whether a modifier is itself a compound of two lexicon words (three letters or
    more) of which one belongs to the field's modifiers, the first no number word
    (kleuter-volg, studie-loopbaan; not tien-minuten)."""
    bepalingen, _ = _veld()
    for i in range(3, len(bepaling) - 2):
        tweede = bepaling[i:]
        if not is_vorm(tweede):
            continue
        for eerste in _zonder_tussenklank(bepaling[:i]):
            if is_vorm(eerste) and (eerste in bepalingen or tweede in bepalingen):
                return telwaarde(eerste) is None
    return False


@lru_cache(maxsize=WOORDMEMO)
def veldsamenstelling(woord: str) -> bool:
    """Whether a word is a rare compound of the field (kleuterobservatielijst,
    trajectbegeleidingsgesprek): rare in general Dutch, its head (the longest common
    word it ends in) a head of the lists' compounds (gesprek, lijst, centrum), and its
    modifier rare too and itself a compound with a part of the lists' modifiers. A rare
    modifier of two everyday words (een videobel-, provinciehoofd-) has none."""
    if not 10 <= len(woord) <= MAX_WOORD or not woord.isalpha() or not woord.islower():
        return False
    if frequentie(woord) >= ZELDZAME_VELDSAMENSTELLING:
        return False
    _, koppen = _veld()
    for i in range(3, len(woord) - 4):
        kop = woord[i:]
        if not (is_vorm(kop) and frequentie(kop) >= GANGBARE_VELDKOP):
            continue
        if kop not in koppen:
            return False
        bepalingen = list(_zonder_tussenklank(woord[:i]))
        if any(frequentie(bepaling) >= ZELDZAME_VELDSAMENSTELLING for bepaling in bepalingen):
            return False  # onderwijs-school: a common modifier, whatever its linking sound
        return any(len(b) >= 6 and _veldbepaling(b) for b in bepalingen)
    return False


def _nederlandse_bepaling(voor: str) -> bool:
    """Whether the first part of a compound is a Dutch word of three letters or more, with
    or without its linking -s (begeleidings-, zorg-): the 'any Dutch word' that a head of
    jargon needs before it."""
    return any(
        len(deel) >= 3 and is_nederlands(deel)
        for deel in (voor, voor[:-1] if voor.endswith("s") else "")
    )


_KLEINE_AFKORTING = re.compile(r"([a-z]{2,5}\d?)(['’](?:ers?|s))?(?:-[^\W\d_][\w'’-]*)?")


@cache
def _afkortingstermen() -> dict[str, str]:
    """The acronyms of the term list by their lower-case spelling (opp -> OPP)."""
    return {t.lower(): t for t in _termen() if t.isupper() and " " not in t}


@lru_cache(maxsize=WOORDMEMO)
def kleine_afkorting(tekst: str) -> str | None:
    """The listed acronym a lower-case token spells (het opp, de ib'er, een tlv-aanvraag),
    or None. Only where the lower-case spelling is no word of the Dutch lexicon or the
    English table (not 'sop', 'bol', 'zat'): then the word is meant. Letters without a
    vowel are no word, also where the lexicon lists them as an abbreviation (het pgb)."""
    m = _KLEINE_AFKORTING.fullmatch(tekst)
    if m is None or (len(m.group(1)) < 3 and not (m.group(2) or "").startswith(("'e", "’e"))):
        return None  # two letters only as a person: ib'er, rt'ers
    letters = m.group(1)
    term = _afkortingstermen().get(letters)
    if term is None:
        return None
    if _KLINKER.search(letters) is not None and (is_vorm(letters) or _gewoon_woord(letters)):
        return None
    return term


_KLINKER = re.compile(r"[aeiouy]")


_LIDWOORD_HET = frozenset({"het", "'t"})
_SCHOOLWOORDEN = ("school", "leerling", "klas", "afdeling", "student", "opleiding")
_OPSOMMING = frozenset({"en", "of", "naar", "dan", "tot"})


def _basis(tekst: str) -> str:
    return tekst.lower().split("-", 1)[0]


def _schoolwoord(tekst: str) -> bool:
    delen = _delen()
    basis = _basis(tekst)
    return basis in delen.get("afkorting", ()) or basis in delen.get("schooltype", ())


@cache
def _gewoon_woord(basis: str) -> bool:
    """Whether an abbreviation is also an ordinary (Dutch or English) word (so, pro, po)."""
    if is_vorm(basis) and frequentie(basis) >= WOORD_VANAF:
        return True
    return engelse_waarde(basis) in (1, 3, 4)


_ONDERWIJSWOORDEN = ("school", "klas", "leerling", "student", "opleiding", "docent", "onderwijs")
"""The words of teaching (tto-klas, tto-docent) after which lower-case letters name a
kind of school or stream; not 'afdeling' or 'groep', which every trade has (hr-afdeling)."""
_KLEINE_LETTERS_VOOR = re.compile(f"({_KLEINE_LETTERS})-([a-zà-ÿ][a-zà-ÿ-]*)")


@lru_cache(maxsize=WOORDMEMO)
def klein_afkorting_voor_schoolwoord(tekst: str) -> bool:
    """Whether a hyphenated token opens with letters in lower case that name a kind of
    school, class or stream before a word of teaching (tto-klas, zmlk-school): letters
    general Dutch does not know (:func:`kleine_onbekende_letters`; not pop-klas,
    ict-klas, havo-klas, bso-groep)."""
    m = _KLEINE_LETTERS_VOOR.fullmatch(tekst)
    if m is None:
        return False
    letters, staart = m.groups()
    if not staart.startswith(_ONDERWIJSWOORDEN) and not staart.endswith(_ONDERWIJSWOORDEN):
        return False
    return kleine_onbekende_letters(letters)


@cache
def kleine_onbekende_letters(letters: str) -> bool:
    """Whether lower-case letters are an acronym that general Dutch does not know: letters
    spoken one by one (:func:`uitspreekbaar`: not pop, gym, or zonne- in zonne-uren; an
    acronym read as a word, vavo, is left to the lists), also where the lexicon lists
    them, not frequent in any spelling (Zipf < 3.5: not ict, ehbo, btw), no everyday
    school type and not on the everyday list (bso)."""
    if letters in _delen().get("schooltype", ()) or letters.upper() in _alledaags():
        return False
    if uitspreekbaar(letters):
        return False  # a word or a part of one: pop-klas, zonne-uren (the lists hold vavo)
    return max(frequentie(letters), frequentie(letters.upper())) < BEKEND_VANAF


def schooltype_afkorting(doc: Document, i: int) -> bool:
    """Whether token ``i`` is a school type abbreviated in lower case (het sbo,
    vso-leerling), or an everyday school type with the two-letter code of a learning
    route (vmbo-gt, vmbo-kb; not vmbo-t, which reads as the theoretical route). One that
    is also an ordinary word (so, pro, bol) only in a school context: after 'het', in a
    list with another school type ('vmbo of pro'), before a school word (bol-student) or
    before a hyphen in a sentence that names a course or a level (de bol-route, niveau 2)."""
    tokens = doc.tokens
    token = tokens[i]
    tekst = token.tekst
    if not tekst.islower() or len(tekst) > MAX_WOORD:
        return False
    delen = _delen()
    basis, _, staart = tekst.partition("-")
    if basis not in delen.get("afkorting", ()):
        if klein_afkorting_voor_schoolwoord(tekst):
            return True
        return (
            basis in delen.get("schooltype", ())
            and len(staart) == 2
            and staart.isalpha()
            and staart not in delen.get("schooltype", ())
        )
    if not _gewoon_woord(basis):
        return True
    if staart:
        # bol-student; bol-variant in a sentence that names a course or a level
        if any(deel in staart for deel in _SCHOOLWOORDEN):
            return True
        return _zelfstandige_staart(staart) and _in_opleidingszin(doc, i)
    if doc.proza[max(0, token.start - 3) : token.start].lower() == "(v)":
        return True  # (v)so: special and secondary special education at once
    zin = token.zin
    vorige = tokens[i - 1] if i > 0 and tokens[i - 1].zin == zin else None
    if vorige is not None and vorige.tekst.lower() in _LIDWOORD_HET:
        return True
    for stap in (-1, 1):
        j, k = i + stap, i + 2 * stap
        if not (0 <= k < len(tokens)) or tokens[k].zin != zin:
            continue
        tussen_links, tussen_rechts = (tokens[j], tokens[i]) if stap < 0 else (tokens[i], tokens[j])
        tussen = doc.tussen(tussen_links, tussen_rechts).strip()
        if tussen in (",", "/") and _schoolwoord(tokens[j].tekst):
            return True
        if tokens[j].tekst.lower() in _OPSOMMING and _schoolwoord(tokens[k].tekst):
            return True
    return False


def _zelfstandige_staart(staart: str) -> bool:
    """Whether the tail after a hyphen can be a noun (bol-route, so-variant), not an
    adjective (bol-vormige, pro-Europese)."""
    return not staart.endswith(("ig", "ige", "isch", "ische", "se")) and (
        woordsoorten().pattern(staart)[0] not in ("a", "v")
    )


_OPLEIDINGSWOORDEN = ("niveau", "leerjaar", "leerweg", "diploma", "opleiding")
"""Endings of the words that make a sentence about a course of study (niveau 2,
mbo-opleiding); a class or a school alone does not (een bol-lamp in de klas)."""


def _in_opleidingszin(doc: Document, i: int) -> bool:
    """Whether another token of token ``i``'s sentence names a school type, a level or a
    course (niveau 3, de opleiding, het mbo; not another homograph such as bol)."""
    token = doc.tokens[i]
    return any(
        ander is not token
        and (
            (klein := ander.tekst.lower()).endswith(_OPLEIDINGSWOORDEN)
            or (_schoolwoord(klein) and not _gewoon_woord(_basis(klein)))
        )
        for ander in doc.zin_tokens(token.zin)
    )


# --- School-career verbs: a pupil 'streams' to another level -------------------------

# The verbs of a school career are built from 'stromen' with a particle of direction
# (uitstromen, instromen, terugstromen; opstromen and afstromen are on the list): every
# finite form, participle and infinitive by their morphology. Outside school they are
# about water, traffic or people in general, so they count only in a sentence that names a
# school type, a level, a class or a course (uitstromen naar het mbo, instromen in
# leerjaar twee). 'overstromen' is a flood, never a school career; 'doorstromen' (naar de
# derde klas) says plainly that a pupil goes on, and annotators leave it unmarked.
_STROOMVORM = re.compile(r"(?:uit|in|op|af|terug)(?:ge)?stro(?:omt?|omden?|omd|men|mende?)")
_LOOPBAANWOORDEN = ("niveau", "leerjaar", "leerweg", "diploma", *_SCHOOLWOORDEN)
"""Endings of the words that make a sentence about a school career (basisschool,
mbo-opleiding, brugklas, eindniveau)."""


# The person a career verb makes (instromer, doorstromers, zij-instromer: a teacher who
# comes from another trade): an agent noun that only school and labour policy use, so it
# is jargon in any sentence.
_STROMER = re.compile(f"(?:{_KLEINE_LETTERS}-)?(?:zij-?)?(?:uit|in|op|af|door|terug)stromers?")


def loopbaanpersoon(tekst: str) -> bool:
    """Whether ``tekst`` names a person by a career verb (instromer, zij-instromer)."""
    if len(tekst) > MAX_WOORD or "stromer" not in tekst:
        return False  # one substring test for most words
    return _STROMER.fullmatch(tekst.lower()) is not None


def loopbaanwerkwoord(tekst: str) -> bool:
    """Whether ``tekst`` is a form of a career verb (doorstromen, uitgestroomd); whether
    it is jargon depends on its sentence (:func:`_schoolzinnen`)."""
    return len(tekst) <= MAX_WOORD and _STROOMVORM.fullmatch(tekst) is not None


def _schoolzinnen(doc: Document, zinnen: Iterable[int]) -> set[int]:
    """Those of ``zinnen`` (sentence numbers) that name a school type, level, class or
    course; each sentence is read once (:meth:`Document.zin_tokens`). A career verb never
    names one itself, so the verb's own token needs no exception."""
    return {
        zin
        for zin in set(zinnen)
        if any(
            (klein := token.tekst.lower()).endswith(_LOOPBAANWOORDEN) or _schoolwoord(klein)
            for token in doc.zin_tokens(zin)
        )
    }


# --- Two-word terms: a rare learned adjective before a noun of school or care ----------

# The adjectives of policy and care language by their form: Latinate -ief/-eel/-aal/-air/
# -isch/-ant, present participles (-end), -gericht, -matig, -kundig and participles in -eerd
# (formatieve, residentiële, multidisciplinaire, orthopedagogische, dispenserende,
# beroepsvoorbereidende, arbeidsmarktgerichte, planmatige, onderwijskundig,
# gedifferentieerde), and adjectives of
# a period and of a school level (driejaarlijkse, bovenschools; jaarlijks is common).
_GELEERD_BIJVOEGLIJK = re.compile(
    r"[a-zà-ÿ][a-zà-ÿ-]{3,}(?:ie[fv]e?|[eë]e?le|eel|ale?|aire?|ische?|ante?|ende?|gerichte?"
    r"|matige?|eerde?|kundige?|jaarlijkse?|schoolse?)"
)
ZELDZAAM_BIJVOEGLIJK = 3.0
"""Zipf frequency below which such an adjective is no everyday word (formatieve 1.8,
residentiële 2.8; muzikale 4.4, preventieve 3.6, speciale 5.0 stay)."""


@cache
def _tweewoordkoppen() -> frozenset[str]:
    """Every inflected form of the nouns (and verbs) that make a two-word term after a
    rare learned adjective (``zelfstandig`` in data/vaktaal/delen.tsv), and the verbs of a
    way of working after a rare adverb in -gericht or -matig (``werkwijze``: planmatig
    werken, vraaggericht handelen)."""
    delen = _delen()
    return frozenset(
        (
            *(
                vorm
                for soort in ("zelfstandig", "aanpak", "kop", "woordkop", "deel")
                for kop in delen.get(soort, ())
                for vorm in verbogen_vormen(kop)
            ),
            *delen.get("werkwijze", ()),
        )
    )


@cache
def _aanpakken() -> frozenset[str]:
    """Every inflected form of the ``aanpak`` nouns (benadering, setting)."""
    return frozenset(vorm for kop in _delen().get("aanpak", ()) for vorm in verbogen_vormen(kop))


@cache
def _zelfstandige_koppen() -> tuple[str, ...]:
    """The inflected forms of the ``zelfstandig`` nouns, longest first: the ends of the
    compounds that close a two-word term."""
    vormen = {vorm for kop in _delen().get("zelfstandig", ()) for vorm in verbogen_vormen(kop)}
    return tuple(sorted(vormen, key=len, reverse=True))


@lru_cache(maxsize=WOORDMEMO)
def _tweewoordkop(tekst: str) -> bool:
    """Whether a word can close a two-word term: one of :func:`_tweewoordkoppen`, or a
    Dutch compound that ends in such a noun (residentiële jeugdzorg, formatieve
    eindtoetsing)."""
    if tekst in _tweewoordkoppen():
        return True
    if len(tekst) > MAX_WOORD or not tekst.islower():
        return False
    if tekst.startswith(_lijstkoppen()) and _na_lijstkop(tekst):
        return True
    staarten = _zelfstandige_koppen()
    if not tekst.endswith(staarten):
        return False
    for staart in staarten:
        if tekst.endswith(staart):
            voor = tekst[: -len(staart)]
            return len(voor) >= 3 and is_nederlands(voor.rstrip("s-") or voor)
    return False


ZELDZAME_LIJSTKOP = 4.0
"""Zipf frequency below which a noun that closes a two-word term of the lists is no
everyday word (verwerking 3.8, synthese 3.0; not gesprek, examen, onderwijs)."""


@cache
def _lijstkoppen() -> tuple[str, ...]:
    """The nouns that close a two-word term of the lists after a learned adjective
    (fonologische verwerking, auditieve synthese), six letters or more and rare in general
    Dutch: derived from the lists. A compound that starts with one (een auditief
    verwerkingstekort) names the same thing of care or school after such an adjective."""
    koppen = set()
    for term in _termen():
        woorden = term.split()
        if len(woorden) != 2 or not term.islower() or not woorden[1].isalpha():
            continue
        bijvoeglijk, kop = woorden
        if (
            _GELEERD_BIJVOEGLIJK.fullmatch(bijvoeglijk) is not None
            and len(kop) >= 6
            and is_vorm(kop)
            and frequentie(kop) < ZELDZAME_LIJSTKOP
        ):
            koppen.add(kop)
    return tuple(sorted(koppen, key=len, reverse=True))


def _na_lijstkop(tekst: str) -> bool:
    """Whether a compound is a noun of :func:`_lijstkoppen` (with its linking -s) before a
    Dutch word of three letters or more (verwerkingstekort; not verwerkingen)."""
    for kop in _lijstkoppen():
        if tekst.startswith(kop):
            rest = tekst[len(kop) :]
            rest = rest[1:] if rest.startswith("s") and len(rest) > 4 else rest
            return len(rest) >= 3 and is_nederlands(rest)
    return False


_WERKWIJZE_BIJWOORD = ("gericht", "matig")


def _geleerde_woordgroep(bijvoeglijk: str, kop: str) -> bool:
    """Whether a rare learned adjective and a head make a two-word term: a noun of school
    or care after any such adjective, an approach or a setting after one that is no
    participle, a verb of working only after -gericht or -matig; or a participle of the
    term lists before a rare noun of school or care (:func:`_deelwoordgroep`)."""
    if not geleerd_bijvoeglijk(bijvoeglijk):
        return _deelwoordgroep(bijvoeglijk, kop)
    if kop in _delen().get("werkwijze", ()):
        return bijvoeglijk.lower().endswith(_WERKWIJZE_BIJWOORD)
    if kop in _aanpakken():
        return not bijvoeglijk.lower().endswith(("end", "ende"))  # a verhalende aanpak
    if kop in _bestuurskoppen():
        # before a head of administrative compounds (beleid, structuur, documenten) only
        # an adjective of policy language: not a capitalised one of a country or a people
        # (Belgische structuur), nor one in -isch, the general learned adjective of news
        # and science (mathematische methode, isolationistisch beleid)
        klein = bijvoeglijk.lower()
        if klein != bijvoeglijk and not is_vorm(klein):
            return False  # Belgische: only the lexicon's capitalised form
        return not klein.endswith(("isch", "ische"))
    return True


@cache
def _bestuurskoppen() -> frozenset[str]:
    """Every inflected form of the heads of administrative compounds (``kop``,
    ``woordkop``, ``deel``) that is no ``zelfstandig`` or ``aanpak`` noun: after a rare
    learned adjective they make a term too (veranderingsgericht kader, vierjaarlijks
    onderzoek)."""
    delen = _delen()
    return frozenset(
        vorm
        for soort in ("kop", "woordkop", "deel")
        for kop in delen.get(soort, ())
        for vorm in verbogen_vormen(kop)
    ) - frozenset(
        vorm
        for soort in ("zelfstandig", "aanpak")
        for kop in delen.get(soort, ())
        for vorm in verbogen_vormen(kop)
    )


# A participle (aangepast, begeleide, verkorte, gesloten): a prefix of the verb (ge-, ver-,
# be-, ont-, her-, er-) and the ending of a participle, inflected or not.
_DEELWOORD = re.compile(r"[a-z]*(?:ge|ver|be|ont|her|er)[a-z]{2,}(?:d|t|de|te|en)")
GEWOON_DEELWOORD = 4.0
"""Zipf frequency from which a participle is too common to mark a term on its own
(gesloten 4.4, verlengd 3.1 stays a candidate)."""
ZELDZAAM_ZELFSTANDIG = 3.5
"""Zipf frequency below which a noun of school or care is rare enough to make a term
after a participle of the lists (examinering 2.1; not zorg, niveau, onderwijs)."""


@cache
def _lijstdeelwoorden() -> frozenset[str]:
    """The participles that open a two-word term of the lists (aangepast toezicht,
    verkorte leerweg, begeleide plaatsing), in both forms (aangepast, aangepaste), when
    general Dutch uses them less than :data:`GEWOON_DEELWOORD`: derived from the lists,
    so that the same participle before another rare noun of school or care is a term
    too."""
    vormen: set[str] = set()
    for term in _termen():
        woorden = term.split()
        if len(woorden) != 2 or not term.islower():
            continue
        deelwoord = woorden[0]
        if _DEELWOORD.fullmatch(deelwoord) is None:
            continue
        kaal = deelwoord[:-1] if deelwoord.endswith(("de", "te")) else deelwoord
        for vorm in {kaal, kaal if kaal.endswith("en") else kaal + "e"}:
            if is_vorm(vorm) and frequentie(vorm) < GEWOON_DEELWOORD:
                vormen.add(vorm)
    return frozenset(vormen)


@cache
def _zelfstandige_vormen() -> frozenset[str]:
    """Every inflected form of the ``zelfstandig`` nouns of delen.tsv."""
    return frozenset(
        vorm for kop in _delen().get("zelfstandig", ()) for vorm in verbogen_vormen(kop)
    )


def _deelwoordgroep(deelwoord: str, kop: str) -> bool:
    """Whether a participle of the lists and a noun make a two-word term: the noun is one
    of school or care (``zelfstandig``) that general Dutch rarely uses (aangepaste
    examinering, verkorte plaatsing; not aangepaste zorg or een aangepast niveau)."""
    return (
        deelwoord in _lijstdeelwoorden()
        and kop in _zelfstandige_vormen()
        and frequentie(kop) < ZELDZAAM_ZELFSTANDIG
    )


@lru_cache(maxsize=WOORDMEMO)
def geleerd_bijvoeglijk(woord: str) -> bool:
    """Whether ``woord`` is a learned adjective that general Dutch rarely uses (formatieve,
    residentiële, dispenserende, kaderberoepsgerichte; not muzikale, speciale)."""
    if len(woord) > MAX_WOORD or not woord[1:].islower():
        return False
    klein = woord.lower()
    if _GELEERD_BIJVOEGLIJK.fullmatch(klein) is None:
        return False
    return frequentie(klein) < ZELDZAAM_BIJVOEGLIJK


# --- Terms of care and treatment: a learned combining form in -o and a head of care --------

ZELDZAME_ZORGTERM = 1.5
"""Zipf frequency below which a word of a learned combining form and a head of care is a
term of the trade (haptotherapie, sensomotorisch, psychomotoriek 1.1: unknown outside
care; psychotherapie 3.0, podotherapeut 1.6, immunotherapie 1.8: heard of in the news or
at the doctor's)."""


@cache
def _zorgstaarten() -> tuple[tuple[str, ...], dict[str, str]]:
    """Every inflected form of the ``zorgstaart`` heads of delen.tsv (motoriek, therapie,
    therapeut), longest first, and the head each form inflects."""
    kop_van = {v: kop for kop in _delen().get("zorgstaart", ()) for v in verbogen_vormen(kop)}
    return tuple(sorted(kop_van, key=len, reverse=True)), kop_van


@lru_cache(maxsize=WOORDMEMO)
def zorgterm(woord: str) -> bool:
    """Whether ``woord`` is a term of care or treatment by its form: a learned combining
    form in -o that is no Dutch word and holds none in front (grafo-, senso-, hapto-;
    not kinderfysio-), then a head of care, and the whole rare in general Dutch
    (grafomotoriek, sensomotorische, haptotherapie; not psychotherapie, fysiotherapeut)."""
    if len(woord) > MAX_WOORD or not woord[1:].islower() or not woord.isalpha():
        return False
    klein = woord.lower()
    staarten, kop_van = _zorgstaarten()
    if not klein.endswith(staarten):
        return False  # most words end like no head of care
    staart = next(s for s in staarten if klein.endswith(s))
    voor = klein[: -len(staart)]
    if len(voor) < 4 or not voor.endswith("o") or is_vorm(voor):
        return False
    if any(is_vorm(voor[:i]) for i in range(3, len(voor) - 3)):
        return False  # a word in front (kinderfysio-): judged by its last part
    # the most frequent of its inflections decides (hypnotherapeuten as hypnotherapeut)
    vormen = verbogen_vormen(kop_van[staart])
    return max(frequentie(voor + vorm) for vorm in vormen) < ZELDZAME_ZORGTERM


# A statement that a diagnosis has been made (the school's paperwork, not the pupil):
# <diagnosis>verklaring, with the diagnosis recognised by its form (dys-, -isme,
# -stoornis, -syndroom, -fobie) or as an acronym (ADHD-verklaring).
_VERKLARING = re.compile(r"(?P<kop>[^\W\d_]{2,}?)-?verklaring(?:en)?", re.IGNORECASE)
_DIAGNOSE = re.compile(r"dys[a-z]{4,}|[a-z]{3,}(?:isme|stoornis|stoornissen|syndroom|fobie)")
_DIAGNOSEVERKLARING = "de verklaring van een deskundige"


@cache
def diagnoseverklaring(woord: str) -> bool:
    """Whether ``woord`` is a diagnosis statement: dyspraxieverklaring, ADHD-verklaring."""
    m = _VERKLARING.fullmatch(woord)
    if m is None:
        return False
    kop = m.group("kop")
    if kop.isupper():
        return 2 <= len(kop) <= 5
    kop = kop.lower()
    return _DIAGNOSE.fullmatch(kop) is not None


def _geschreeuw(doc: Document, reeks: list[Token], i: int) -> bool:
    """Whether a capitalised token stands among other capitalised Dutch words (a shouted
    or all-caps title: 'DE GROTE REIS')."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(reeks):
            buur = reeks[j].tekst
            if len(buur) > 1 and buur.isupper() and is_gewoon_woord(buur):
                return True
    return False


@cache
def _korte_basissen() -> frozenset[str]:
    """Every lower-case abbreviation either analysis starts from (so, sbo, havo, opp)."""
    delen = _delen()
    return frozenset(
        (*delen.get("afkorting", ()), *delen.get("schooltype", ()), *_afkortingstermen())
    )


@lru_cache(maxsize=WOORDMEMO)
def _kan_vaktaal(tekst: str, termen: Termen) -> bool:
    """Whether a token with this text can be (the start of) a finding: a term may start
    at it, it is a diagnosis statement, an acronym nobody knows, an administrative
    compound or (in context) a school type in lower case. Cached per distinct text (and
    term list): most tokens are none of these. Tokens longer than any Dutch word are
    passed over."""
    lengte = len(tekst)
    if lengte > MAX_WOORD:
        return False
    if termen.kan_beginnen(tekst) or diagnoseverklaring(tekst):
        return True
    if lengte >= 8 and (bestuurlijke_samenstelling(tekst) or veldsamenstelling(tekst)):
        return True
    if geleerd_bijvoeglijk(tekst) or zorgterm(tekst) or tekst in _lijstdeelwoorden():
        return True  # rarer than the heads it goes with (werken, zorg, niveau)
    if loopbaanwerkwoord(tekst) or loopbaanpersoon(tekst):
        return True
    if tekst[:1].isupper():
        return (
            onbekende_afkorting(tekst)
            or woord_in_hoofdletters(tekst)
            or functiewoord_in_hoofdletters(tekst)
        )
    # Lower-case abbreviations: one set test on the part before a hyphen or apostrophe
    # (most tokens are ordinary words and stop here).
    basis = tekst.split("-", 1)[0].split("'", 1)[0].split("’", 1)[0]
    if basis not in _korte_basissen():
        return len(basis) < 6 and klein_afkorting_voor_schoolwoord(tekst)
    return _schoolwoord(tekst) or kleine_afkorting(tekst) is not None


# An acronym introduced with its meaning: "Communistische Partij (CPN)".
_UITGELEGD = re.compile(r"[^\W\d_]{3,}\s*\(([A-Z]{2,5})\)")


def _uitgelegd(doc: Document) -> frozenset[str]:
    """Acronyms the text itself spells out (in parentheses after their meaning)."""
    return frozenset(m.group(1) for m in _UITGELEGD.finditer(doc.proza))


def vind_vaktaal(
    doc: Document, extra: Iterable[str] = (), toegestaan: Iterable[str] = ()
) -> Iterator[tuple[int, int, str | None, str]]:
    """Yield (start, end, plain-Dutch alternative, kind) for every jargon term in the
    document. The kind says how it was found: ``lijst`` (the term list or a diagnosis
    statement), ``afkorting`` (an acronym by its form and rarity), ``samenstelling`` (an
    administrative compound by its parts, also one that only its company of other jargon
    gives away: :func:`_in_jargonzin`), ``woordgroep`` (a rare learned adjective and a
    noun), ``loopbaan`` (a career verb in a school sentence), ``loopbaanpersoon`` (a person
    named by a career verb: zij-instromer), ``zorgterm`` (a learned term of care:
    grafomotoriek) or ``schooltype`` (a school
    type abbreviated in lower case)."""
    toegestaan = tuple(toegestaan)
    weg = {w.lower() for w in toegestaan}
    gevonden = list(_los_gevonden(doc, tuple(extra), toegestaan, weg))
    yield from gevonden
    if gevonden:
        yield from _in_jargonzin(doc, gevonden, weg)


def _los_gevonden(
    doc: Document, extra: tuple[str, ...], toegestaan: tuple[str, ...], weg: set[str]
) -> Iterator[tuple[int, int, str | None, str]]:
    """The findings of :func:`vind_vaktaal` that each word or phrase gives away on its
    own (``weg``: the allowed words in lower case)."""
    termen = _lijst(extra, toegestaan)
    if "&" in doc.proza:
        yield from _en_afkortingen(doc, weg)
    # Only runs with a token that can be (the start of) a finding are searched.
    woorden = doc.woorden
    kandidaten = list(
        compress(range(len(woorden)), map(_kan_vaktaal, woorden, repeat(termen, len(woorden))))
    )
    if not kandidaten:
        return
    schooltypen = {
        doc.tokens[k].start
        for k in kandidaten
        if doc.tokens[k].tekst.islower() and schooltype_afkorting(doc, k)
    }
    werkwoorden = [doc.tokens[k] for k in kandidaten if loopbaanwerkwoord(doc.tokens[k].tekst)]
    schoolzinnen = _schoolzinnen(doc, (token.zin for token in werkwoorden))
    loopbaan = {token.start for token in werkwoorden if token.zin in schoolzinnen}
    uitgelegd = _uitgelegd(doc) if "(" in doc.proza else frozenset()
    for reeks in doc.woordreeksen(kandidaten):
        woorden = [t.tekst for t in reeks]
        bezet: set[int] = set()
        for begin, eind, term in termen.zoek(woorden):
            bezet.update(range(begin, eind))
            start, stop = reeks[begin].start, reeks[eind - 1].eind
            if doc.tekst[start:stop].lower() in weg:
                continue
            yield start, stop, termen.termen.get(term), "lijst"
        for i, token in enumerate(reeks):
            tekst = token.tekst
            if i in bezet or tekst.lower() in weg or len(tekst) > MAX_WOORD:
                continue
            kop = reeks[i + 1] if i + 1 < len(reeks) else None
            if (
                kop is not None
                and i + 1 not in bezet
                and _tweewoordkop(kop.tekst)
                and _geleerde_woordgroep(tekst, kop.tekst)
                and doc.tekst[token.start : kop.eind].lower() not in weg
            ):
                bezet.add(i + 1)
                yield token.start, kop.eind, None, "woordgroep"
            elif diagnoseverklaring(tekst):
                yield token.start, token.eind, _DIAGNOSEVERKLARING, "lijst"
            elif token.start in loopbaan:
                yield token.start, token.eind, None, "loopbaan"
            elif loopbaanpersoon(tekst):
                yield token.start, token.eind, None, "loopbaanpersoon"
            elif token.start in schooltypen:
                yield token.start, token.eind, None, "schooltype"
            elif tekst.islower() and (afkorting := kleine_afkorting(tekst)) is not None:
                if afkorting.lower() not in weg:
                    yield token.start, token.eind, _termen().get(afkorting), "lijst"
            elif tekst[:1].isupper() and onbekende_afkorting(tekst):
                kern = _AFKORTING.fullmatch(tekst)
                if (
                    _geschreeuw(doc, reeks, i)
                    or _in_productnaam(reeks, i)
                    or (
                        kern is not None
                        and (
                            kern.group("kern").lower() in weg
                            or kern.group("kern") in uitgelegd
                            # a short English word shouted in direct speech: „HEY!”
                            or (
                                token.citaat
                                and tekst == kern.group("kern")
                                and _engels_in_hoofdletters(tekst, gewoon=False)
                            )
                        )
                    )
                ):
                    continue
                yield token.start, token.eind, None, "afkorting"
            elif (
                tekst.lower() not in weg
                and tekst not in uitgelegd
                and (
                    (woord_in_hoofdletters(tekst) and _als_naam_gebruikt(doc, reeks, i))
                    or (functiewoord_in_hoofdletters(tekst) and _na_lidwoord(doc, reeks, i))
                )
            ):
                yield token.start, token.eind, None, "afkorting"
            elif bestuurlijke_samenstelling(tekst) or veldsamenstelling(tekst):
                yield token.start, token.eind, None, "samenstelling"
            elif zorgterm(tekst):
                yield token.start, token.eind, None, "zorgterm"


# Heads of measures and amounts (uren, punten, niveau, and the ``maat`` and ``zwakkop``
# heads of delen.tsv: score, rooster, kaart): compounds with them are everyday wherever
# they stand (praktijkuren, leesniveau, formulekaart).
_MATEN = ("punten", "niveau", *_OOK_ALLEDAAGS)  # uren is one of _OOK_ALLEDAAGS


@lru_cache(maxsize=WOORDMEMO)
def samenstelling_in_jargonzin(woord: str) -> bool:
    """Whether ``woord`` is a compound that reads as jargon when other jargon stands in
    its sentence: a head of an administrative compound (plan, dossier, overleg,
    protocol; no measure or weak head) after any Dutch word of three letters or more, and
    the compound itself rare in general Dutch (transitieplan, overstapdossier). On its own
    such a head needs a modifier from the tables (:func:`bestuurlijke_samenstelling`)."""
    klein = woord.lower()
    if not 8 <= len(klein) <= MAX_WOORD or not klein.isalpha() or not woord[1:].islower():
        return False
    vormen, per_eind = _koppen()
    kandidaten = per_eind.get(klein[-3:])
    if kandidaten is None or not klein.endswith(kandidaten):
        return False
    if frequentie(klein) >= GANGBAAR_VANAF or engelse_waarde(klein) != 0:
        return False  # common Dutch, or an English word that ends like a head (airplane)
    for vorm in kandidaten:
        if not klein.endswith(vorm) or len(klein) - len(vorm) < 3:
            continue
        if vormen[vorm] in ("maat", "zwakkop") or vorm.endswith(_MATEN):
            continue
        voor = klein[: -len(vorm)]
        if _langere_kop(klein, vorm) or _schoolwoord_voor(voor) or _schoolwoord(voor):
            continue  # toetsplan, havodiploma: a school word or type keeps it readable
        if _gangbare_grondvorm(voor, vorm):
            continue  # actieplannen: actieplan is common Dutch
        if _nederlandse_bepaling(voor):
            return True
    return False


def _in_jargonzin(
    doc: Document, gevonden: list[tuple[int, int, str | None, str]], weg: set[str]
) -> Iterator[tuple[int, int, str | None, str]]:
    """Jargon clusters: in a sentence that holds a finding, a compound of
    :func:`samenstelling_in_jargonzin` is jargon too (the IOP and the transitieplan).
    Only the sentences with a finding are looked at."""
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    zinnen = set()
    for start, _, _, _ in gevonden:
        i = bisect_right(starts, start) - 1
        if i >= 0:
            zinnen.add(tokens[i].zin)
    # A token overlaps a finding when a finding starts before the token ends and reaches
    # past its start: with the findings sorted by start, the furthest end among those that
    # start before the token ends decides (one bisect, not a scan of all findings).
    bezet = sorted((start, eind) for start, eind, _, _ in gevonden)
    begins = [start for start, _ in bezet]
    verste = list(accumulate((eind for _, eind in bezet), max))
    for token in tokens:
        if token.zin not in zinnen or token.tekst.lower() in weg:
            continue
        if not samenstelling_in_jargonzin(token.tekst):
            continue
        k = bisect_left(begins, token.eind) - 1
        if k >= 0 and verste[k] > token.start:
            continue
        yield token.start, token.eind, None, "samenstelling"


def _en_afkortingen(doc: Document, weg: set[str]) -> Iterator[tuple[int, int, str | None, str]]:
    """Acronyms with an ampersand (R&D, P&O-afdeling) that general Dutch does not know."""
    for m in _EN_AFKORTING.finditer(doc.proza):
        kern = m.group().split("-", 1)[0]
        if kern in _alledaags() or kern.lower() in weg or _bekend(kern):
            continue
        yield m.start(), m.end(), None, "afkorting"


_BERICHTEN = {
    "afkorting": "Afkorting: ‘{tekst}’ kent niet iedereen. Schrijf in gewone woorden wat "
    "ermee bedoeld wordt.",
    "samenstelling": "Vaktaal: ‘{tekst}’ is een woord uit dossiers en beleid. Vertel in "
    "gewone woorden wat er geregeld of afgesproken werd.",
    "woordgroep": "Vaktaal: ‘{tekst}’ klinkt als een term uit dossiers en beleid. Vertel "
    "in gewone woorden wat er gebeurde of geregeld werd.",
    "loopbaan": "Vaktaal: ‘{tekst}’ is schooltaal voor de stap naar een andere school of "
    "een ander niveau. Vertel gewoon waar de leerling heen ging of bleef.",
    "zorgterm": "Vaktaal: ‘{tekst}’ is een woord uit de zorg of de behandeling. Vertel "
    "in gewone woorden wat er aan de hand was of wat er gebeurde.",
    "loopbaanpersoon": "Vaktaal: ‘{tekst}’ is een woord uit het beleid voor iemand die "
    "ergens binnenkomt of vertrekt. Vertel gewoon wie het is en waar die vandaan komt.",
    "schooltype": "Vaktaal: ‘{tekst}’ is een afkorting voor een schoolsoort die ouders "
    "vaak niet kennen. Schrijf voluit wat voor school het is.",
}


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report jargon with a plain-Dutch alternative where one is known."""
    for start, eind, alternatief, soort in vind_vaktaal(
        doc, opties.get("extra", []), opties.get("toegestaan", [])
    ):
        tekst = doc.tekst[start:eind]
        if soort == "afkorting":
            bericht = _BERICHTEN[soort].format(tekst=tekst)
            yield Bevinding("vaktaal", "waarschuwing", start, eind, tekst, bericht, None)
            continue
        if soort in _BERICHTEN:
            bericht = _BERICHTEN[soort].format(tekst=tekst)
        else:
            bericht = f"Vaktaal: ‘{tekst}’ zegt buitenstaanders weinig. Zeg het in gewone taal"
            bericht += f", bijvoorbeeld ‘{alternatief}’." if alternatief else "."
        yield Bevinding("vaktaal", "fout", start, eind, tekst, bericht, alternatief)


REGEL = Regel(
    id="vaktaal",
    titel="Geen vaktaal",
    beschrijving=(
        "Meldt onderwijsjargon en afkortingen die buiten school niemand begrijpt: OPP, "
        "IB'er, MDO, handelingsplan, groepsplan, leerlijn, passend onderwijs en dergelijke, "
        "ook in samenstellingen (LOB-traject, groepsplanbespreking), en verklaringen over "
        "een diagnose (ADHD-verklaring). Ook zonder lijst: lange beleidswoorden naar hun "
        "delen (zorgindicatie, begeleidingstraject, zorgoverleg), woordgroepen met een "
        "zeldzaam geleerd bijvoeglijk naamwoord (formatieve toetsing), schooltypen als "
        "afkorting in kleine letters (het sbo, het vso) en afkortingen die in gewoon Nederlands "
        "zelden voorkomen, ook in gemengde letters (Wmo-loket) (als waarschuwing: "
        "buitenstaanders kennen ze meestal niet). "
        "Schooltypen en gewone schoolwoorden (vmbo, havo, brugklas, mentor, stage), bekende "
        "afkortingen (NS, EHBO, tv) en voluit geschreven diagnoses (dyslexie, autisme) "
        "blijven staan. Bij een bekende term staat een omschrijving in gewone taal."
    ),
    waarom=(
        "Het verhaal gaat over een leerling, niet over het dossier. Vaktaal maakt van het "
        "verhaal een verslag en sluit lezers buiten die de afkortingen niet kennen, zoals "
        "ouders en de leerling zelf. Vertel wat er gebeurde in woorden die iedereen kent."
    ),
    ernst="fout",
    check=check,
    opties={
        "extra": Optie(list, [], "Extra termen of afkortingen die je wilt laten melden."),
        "toegestaan": Optie(
            list, [], "Termen die op jouw school gewoon zijn en nooit gemeld worden."
        ),
    },
    voorbeelden=(
        Voorbeeld("In zijn OPP stond niets over eten.", ["OPP"]),
        Voorbeeld("De IB'er stelde iets anders voor.", ["IB'er"]),
        Voorbeeld("Het LOB-traject liep goed.", ["LOB-traject"]),
        Voorbeeld(
            "De ambulant begeleider schreef het in het handelingsplan.",
            ["ambulant begeleider", "handelingsplan"],
        ),
        Voorbeeld("Ze werkte aan haar executieve functies.", ["executieve functies"]),
        Voorbeeld("Volgens de leerlijn technisch lezen liep ze achter.", ["leerlijn"]),
        Voorbeeld("In de groepsplanbespreking kwam hij ter sprake.", ["groepsplanbespreking"]),
        Voorbeeld("Passend onderwijs was voor hem een uitkomst.", ["Passend onderwijs"]),
        Voorbeeld("Via het CJG en de DCD-poli kwam er hulp.", ["CJG", "DCD-poli"]),
        Voorbeeld("Hij kreeg een dyspraxieverklaring.", ["dyspraxieverklaring"]),
        Voorbeeld("Ze had een taalontwikkelingsstoornis en keek graag tv.", []),
        Voorbeeld("Ze nam de trein van de NS; de EHBO-doos ging mee.", []),
        Voorbeeld("Ze zat in de brugklas van het vmbo en liep stage.", []),
        Voorbeeld("De mentor belde haar ouders over de dyslexie.", []),
        Voorbeeld("Hij maakte een plan voor de klas.", []),
        Voorbeeld("Het MDO werd verzet.", [], opties={"toegestaan": ["MDO"]}),
        Voorbeeld("De plusklas begon.", ["plusklas"], opties={"extra": ["plusklas"]}),
        Voorbeeld("Het PvA en de P&O-afdeling.", ["PvA", "P&O-afdeling"]),
        Voorbeeld("Het WSNS-verband kwam ter sprake.", ["WSNS-verband"]),
        Voorbeeld("Na de zomer ging hij naar het vso; zijn zus koos vmbo of pro.", ["vso", "pro"]),
        Voorbeeld("Hij was een pro in voetbal en zei: „So what?”", []),
        Voorbeeld(
            "Het zorgoverleg besprak de gedragsaanpak en de herindicatie.",
            ["zorgoverleg", "gedragsaanpak", "herindicatie"],
        ),
        Voorbeeld("Ze maakten een stappenplan voor het vakantiebudget.", []),
        Voorbeeld("In het opp stond wat de ib'er had gezegd.", ["opp", "ib'er"]),
        Voorbeeld("Ze kocht een trui bij H&M en reisde met de KLM.", []),
        Voorbeeld("De Wmo-gelden waren op.", ["Wmo-gelden"]),
        Voorbeeld("Het Jan-overleg ging over het BSO-plan.", []),
        Voorbeeld("De NPO-gelden betaalden de bijles.", ["NPO-gelden"]),
        Voorbeeld(
            "Ze kreeg formatieve toetsing en orthopedagogische begeleiding.",
            ["formatieve toetsing", "orthopedagogische begeleiding"],
        ),
        Voorbeeld("De muzikale begeleiding en de speciale aandacht hielpen.", []),
        Voorbeeld(
            "Het toelatingsbesluit noemde een examenvrijstelling en een nazorgoverleg.",
            ["toelatingsbesluit", "examenvrijstelling", "nazorgoverleg"],
        ),
        Voorbeeld("Ze maakten een vakantieplan en keken een televisieprogramma.", []),
        Voorbeeld(
            "Het visiedocument noemde een belangenweging en de Pomodino-aanpak.",
            ["visiedocument", "belangenweging", "Pomodino-aanpak"],
        ),
        Voorbeeld("Ze opende het PDF-document en zag haar toetscijfer.", []),
        Voorbeeld(
            "Er kwam een driejaarlijkse rapportage binnen een opbrengstgericht kader.",
            ["driejaarlijkse rapportage", "opbrengstgericht kader"],
        ),
        Voorbeeld("Het cryptografisch protocol en de guerrillabeweging.", []),
        Voorbeeld("De herkansingsregeling volgde op de toetsanalyse.", []),
        Voorbeeld("Na de toetsanalyse kwam het toelatingsbesluit.", ["toelatingsbesluit"]),
        Voorbeeld("Hij speelde EA Sports FC en daarna EA FC.", []),
        Voorbeeld(
            "De uitvoeringsinstantie wees op de inburgeringsverplichting.",
            ["uitvoeringsinstantie", "inburgeringsverplichting"],
        ),
        Voorbeeld("De muziekinstantie en het hoofdorgaan.", []),
        Voorbeeld("Het OPP en de TLV van het SWV Zuid.", ["OPP", "TLV", "SWV"]),
    ),
)
