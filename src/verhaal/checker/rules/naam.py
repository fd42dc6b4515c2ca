"""Rule ``naam``: no names of people, above all not the pupil's own name.

Two parts. The pupil's name(s) given with ``--naam`` or ``--namen`` are reported as
``fout`` wherever they occur, as :mod:`verhaal.leerlingnaam` finds them (any
capitalisation and accents, possessive, diminutive and plural forms, each part of a full
name, the start of a compound), in dialogue and in the title. Other person names are
found heuristically and reported as ``waarschuwing``:

1. a role or title word (juf, meester, mevrouw, docent, opa, ...) followed by a capitalised
   word, with surname particles (``mevrouw Van der Berg`` gives the span ``Van der Berg``);
2. a capitalised word mid-sentence that is a known first name, or that is no Dutch word,
   place or brand at all (Ayşe, Kofi);
3. a capitalised word at the start of a sentence that is a known first name and not a
   frequent Dutch word (Bilal, but not Dan or Om), or no word at all;
4. every other mention of a name found by 1-3, also at the start of a sentence.

Also a name in apposition after a person noun: ``een klasgenoot, Tesfay, ...``; a known
name after a noun of a trade, found by its ending or as an -er noun on a verb stem
(``instructeur Visser``, ``kapper Van Dam``); a surname after a first name, also one that
is a Dutch word (``Harm Stam``) and the one after the pupil's own first name; a surname that
opens with a capitalised particle mid-sentence (``belde met De Haas``); and the one word
addressed after a greeting (``Beste Harm,``); a person written as an initial whose full
stop does not end the sentence (``van N., zodat``, ``drs. M. Kuipers``, not ``groep B.``);
and a figure the lexicon knows without a genitive as the maker of a work or before a
relative 'die' (``een tekst van Homerus``, ``over Perseus, die``).

Not persons: places, shops and brands (the lexicon knows them: Arnhem, Albert Heijn,
Lego; the GeoNames gazetteer knows foreign cities: Gdańsk), languages and nationalities
(Koerdisch, Zweeds: the lexicon has their -e form), lexicon proper nouns for which the
lexicon gives no genitive (festivals, streets: Divali; people's names have one: Hannekes),
and unknown words in a context that people do not stand in (uit Xanthorpe, tijdens
Nowruz, vierden Holi, sprak Tigrinya, bij Zalando gekocht, bij Kenamju op judo, op
Smartschool, deden ze Uno, keken ze Shrek); the name of a thing right after its noun (de
wijk Overleie, de app Snapchat, het dorp Kfar Sjoeba); brands in camel case (ChatGPT,
YouTube); pets (a capitalised word right after ``hond``, ``konijn``, ...), school subjects
after a title (``juf Engels``), kinship and role words themselves.

A Dutch word that the lexicon also has as a person's name with a genitive (Jaap, Kees,
Marjolein) is a name where the sentence shows a person: 'Jaap knikte', 'Kees en Joop',
'Ton hielp', 'Toen zette Cor', 'keek naar Rinus'. Acts of the body and mind (zette, hielp,
droeg) show a person only for a word the lexicon does not know as a brand (not 'Google
hielp'); so does any past verb right after such a word at the start of a clause, where a
Dutch noun would need an article ('Cor vond', 'dat Kees sliep', 'Daarna stapte Cor'). An
unknown name after a short word of no known language is a person addressed by a kinship word
of the family's language ('tio Ruthsel'). Not persons either: language names of CLDR ('een
tolk Dari'), a word repeated in lower case ('„Poko poko”'), a word before an acronym (My AI),
after a measure noun ('een paar Nikes'), and 'Van' + surname after an article or as a shop
('een Van Gogh', 'bij Van Haren gekocht'). A game named after a person is the object after
subject and verb ('hij speelde Mario Kart'); a gazetteer city ending in -s is no genitive
(Lagos, not Lago's).

Not persons either, though named like one: institutions, funds and prizes ('het Prinses
Máxima Centrum', 'het Prins Bernhard Cultuurfonds', 'de Jan Ligthartschool'), also the
pupil's own name there with a determiner before it; a run of capitalised words after a
determiner ('een John Deere') or after a machine and 'van' ('de trekker van John Deere');
a product after 'een' and an adjective of age or colour ('een oude Mercedes'); goods bought
or saved for ('kocht hij Robux', 'wilde Robux kopen'); the name given to a thing or an
animal ('De zeilboot van opa heette Zeemeeuw', 'noemde hem Bram' after a puppy) and an
animal fed, walked or ridden ('liet Bello uit', 'reed op Bliksem'); a word before an
English dictionary word that is no Dutch word ('„Hope you like it”', 'Peppa Pig'); a
first name that is also a Dutch word, opening a sentence that says it is a thing ('Amber
was de kleur van haar ogen'); a lexicon name that is first of all a common noun as
the bare subject of a past verb ('Handel was verboden'); a name in a list of brands
('shirts van Adidas, Levi en Under Armour'); and a pet's name between commas after
'ANIMAL van de PERSON' when an act only animals do follows ('de kat van de buurman,
Tijger, miauwde'). A lone 'in', 'op' or 'bij' after a title word is a preposition, not a
surname particle ('zijn oma in Loon'). Two capitalised common words after a title word name
an institution ('belde de juf Veilig Thuis'); an unknown word opening a sentence of another
language, or a greeting before the title word addressed, is no name ('„Danki, juf.”').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document, Token
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.tijd.lexicon import GANGBAAR, STAM, VT_EV, werkwoordsvormen
from verhaal.checker.tijd.lexicon import lexicon as werkwoordlexicon
from verhaal.checker.tijd.woordsoorten import meervoud_kandidaten, woordsoorten
from verhaal.checker.woordenboek import (
    BEPALERS,
    VERKLEINING,
    WOORDMEMO,
    engelse_samenstelling,
    engelse_waarde,
    frequentie,
    is_achternaam,
    is_eigennaam,
    is_gewoon_woord,
    is_nederlands,
    is_plaats,
    is_plaatsdeeltje,
    is_plaatspaar,
    is_voornaam,
    is_vorm,
    is_woord,
    lees_woordtabel,
    meerwoordige_namen,
)
from verhaal.data import lees_regels, lees_woorden
from verhaal.leerlingnaam import TUSSENVOEGSELS, vouw, zoeker

# Role and title words that may precede a person's name (hand-written: kinship and role
# words have no free source; they are themselves never names).
TITELS = frozenset(
    """juf juffrouw meester meneer mevrouw mevr mw dhr mr dr drs ir ing heer dokter docent
    docente leraar lerares leerkracht mentor directeur directrice conciërge coach trainer
    trainster oom tante opa oma zuster broeder pastoor dominee imam rabbijn professor prof
    agent agente wijkagent buurman buurvrouw neef nicht broer zus broertje zusje vriend
    vriendin vriendje vriendinnetje klasgenoot klasgenote collega stagiair stagiaire
    begeleider begeleidster therapeut logopedist logopediste psycholoog orthopedagoog
    teamleider decaan coördinator tandarts huisarts verpleegkundige papa mama chef kapitein
    vader moeder zoon dochter kleinzoon kleindochter baby""".split()
)
# Person nouns that introduce a name in apposition: "een klasgenoot, Ilse, ..." (with the
# title words above).
PERSOONSWOORDEN = TITELS | frozenset(
    """jongen jongetje meisje meid leerling leerlinge kind man vrouw buurjongen buurmeisje
    teamgenoot teamgenote klasgenootje tweelingbroer tweelingzus stiefvader stiefmoeder
    pleegvader pleegmoeder nieuwkomer invaller invalkracht assistent assistente
    onderwijsassistent klassenassistent jeugdarts verpleegkundige schoolarts baas
    bazin dame jongeman knul kerel iemand""".split()
)
_PERSOONSKOPPEN = tuple(sorted({"man", *(w for w in PERSOONSWOORDEN if len(w) >= 4)}))
"""Person nouns that end compounds: four letters or more (not 'oma' in 'diploma'), and 'man'."""


@lru_cache(maxsize=WOORDMEMO)
def is_persoonswoord(woord: str) -> bool:
    """A person noun (lower case): one of :data:`PERSOONSWOORDEN` or a compound ending in
    one (geluidsman, invalkracht, schoolcoach, buurtvader)."""
    if woord in PERSOONSWOORDEN:
        return True
    return woord.endswith(_PERSOONSKOPPEN) and any(
        woord.endswith(kop) and len(woord) - len(kop) >= 3 for kop in _PERSOONSKOPPEN
    )


_ROLUITGANGEN = (
    "eur",
    "euse",
    "ist",
    "iste",
    "trice",
    "ster",
    "oloog",
    "arts",
    "chef",
    "coach",
    "leider",
    "meester",
)
"""Endings of nouns of a trade or role (monteur, masseuse, pianist, instructrice,
kokster, bioloog, dierenarts, souschef, hoofdleider, bakkersmeester)."""


@lru_cache(maxsize=WOORDMEMO)
def is_rolwoord(woord: str) -> bool:
    """A lower-case noun of a person's trade or role, as it stands before a name
    ('monteur De Vos', 'kapper Jansen'): a person noun (:func:`is_persoonswoord`), a noun
    with an ending of a trade (:data:`_ROLUITGANGEN`), or a noun on -er or -aar whose stem
    is a common verb (bakker from bakken, trainer from trainen, speler from spelen, winnaar
    from winnen) or, for -aar, an adjective (eigenaar)."""
    if is_persoonswoord(woord):
        return True
    if len(woord) < 4 or not woord.isalpha() or not woord.islower():
        return False
    if _is_dier(woord):
        return False  # 'hamster' ends like 'kokster', but names an animal
    if woordsoorten().klasse(woord)[0] not in ("n", "-"):
        return False  # 'waar', 'daar', 'maar': no noun
    if woord.endswith(_ROLUITGANGEN):
        # not 'kleur', 'geur', 'deur', 'scheur': short, or the stem of a verb (kleuren)
        return not (
            woord.endswith("eur") and (len(woord) < 6 or werkwoordlexicon().vlag(woord) & STAM)
        )
    if woord.endswith("aar") and len(woord) >= 7:
        # eigenaar (an adjective), winnaar, wandelaar, handelaar (a verb): not 'gevaar',
        # 'commentaar' or 'exemplaar'
        stam = woord[:-3]
        if "a" in woordsoorten().klasse(stam).partition("|")[2]:
            return True
    elif not woord.endswith("er") or len(woord) < 6:
        return False
    else:
        stam = woord[:-2]
    kandidaten = [stam]
    if len(stam) > 2 and stam[-1] == stam[-2]:
        kandidaten.append(stam[:-1])  # bakker -> bak, kapper -> kap
    elif len(stam) > 2 and stam[-2] in "aeou" and stam[-3] not in "aeiou":
        kandidaten.append(stam[:-1] + stam[-2] + stam[-1])  # speler -> speel
    lexicon = werkwoordlexicon()
    return any((vlag := lexicon.vlag(k)) & STAM and vlag & GANGBAAR for k in kandidaten)


_AFKORTING = re.compile(r"[A-Z]{2,5}")
_ROMEINS_GETAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
"""A Roman numeral up to XXXIX (Willem II, Karel V), which follows a name."""


def _na_afkorting(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` directly follows an acronym in its sentence, as the
    name of a club, team or firm goes ('VV Diana', 'KSC Lokeren'): an acronym of two to
    five capitals that is no word (not 'OK', 'TV') and no Roman numeral. People's names
    do not follow one."""
    if i == 0:
        return False
    vorige = tokens[i - 1]
    if vorige.zin != tokens[i].zin or not _AFKORTING.fullmatch(vorige.tekst):
        return False
    if _ROMEINS_GETAL.fullmatch(vorige.tekst) or is_woord(vorige.tekst):
        return False
    if engelse_waarde(vorige.tekst.lower()) in _ENGELSE_WOORDEN:
        return False
    return _hoofdletter(tokens[i].tekst) and _aaneengesloten(doc, vorige, tokens[i])


DIEREN = frozenset(lees_regels("namen/dieren.txt"))
"""Words after which a capitalised word names an animal or a toy, not a person (base forms:
:func:`_is_dier` also finds their plurals, diminutives and compounds)."""

# Nouns of things that bear a proper name but are never a person: a capitalised word right
# after one (also as the end of a compound) names the thing: 'de wijk Overleie', 'de app
# Snapchat', 'het spel Fortnite', 'de veerboot Amalia', 'de voetbalclub Kenamju'.
DINGEN = frozenset(
    """wijk buurt woonwijk stadsdeel dorp gemeente provincie regio eiland straat laan
    plein park school club vereniging app spel spelletje game serie programma show film
    boek boekje liedje lied nummer album band zender kanaal website platform merk winkel
    supermarkt boot schip veerboot diagnose methode project werkgroep festival feest
    cursus podcast account stripboek strip musical toneelstuk woord woordje bedrijf
    salon opvang manege camping garage praktijk restaurant hotel café cafetaria
    snackbar zaak studio""".split()
)
_BEDRIJFSUITGANG = "erij"
"""The ending of nouns of a trade's workplace (bakkerij, slagerij, boerderij, kwekerij),
which bear a proper name as a thing does ('Bakkerij Sanne')."""
_DINGKOPPEN = tuple(sorted(ding for ding in DINGEN if len(ding) >= 4))


@lru_cache(maxsize=WOORDMEMO)
def _is_ding(woord: str) -> bool:
    """A noun of :data:`DINGEN`, also plural, diminutive (bootje) or the head of a compound
    (voetbalclub, tv-serie)."""
    return any(
        klein in DINGEN
        or (klein.endswith(_BEDRIJFSUITGANG) and len(klein) >= len(_BEDRIJFSUITGANG) + 3)
        or (
            klein.endswith(_DINGKOPPEN)
            and any(klein.endswith(ding) and len(klein) > len(ding) + 2 for ding in _DINGKOPPEN)
        )
        for klein in _dier_grondvormen(woord.lower())
    )


def _na_ding(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` directly follows a noun of :data:`DINGEN` in its
    sentence: then it (with the capitalised words after it) is the thing's name."""
    if i == 0:
        return False
    vorige = tokens[i - 1]
    if vorige.zin != tokens[i].zin or not _is_ding(vorige.tekst):
        return False
    if not vorige.tekst.islower() and not (
        _hoofdletter(vorige.tekst)
        and vorige.tekst[1:].islower()
        and not _zinsbegin(doc, tokens, i - 1)
        and not is_voornaam(vorige.tekst)
    ):
        return False  # 'de wijk Overleie'; mid-sentence also 'bij Kapsalon Yasmin'

    return _hoofdletter(tokens[i].tekst) and _aaneengesloten(doc, vorige, tokens[i])


# After a title these are school subjects or languages, not names (juf Engels).
VAKKEN = frozenset(
    """nederlands engels frans duits spaans latijn grieks arabisch turks chinees italiaans
    pools russisch wiskunde rekenen biologie geschiedenis aardrijkskunde economie
    natuurkunde scheikunde muziek gym tekenen drama techniek informatica
    maatschappijleer godsdienst levensbeschouwing filosofie handvaardigheid verzorging
    bewegingsonderwijs lo ckv nask""".split()
)
# Teacher titles: after these a school subject is a subject (juf Engels, docent Frans).
LERAREN = frozenset("juf juffrouw meester docent docente leraar lerares leerkracht".split())
# Words around a language name that show it is the language (sprak Frans, een beetje Frans).
_TAALWOORDEN = frozenset(
    """spreken sprak spraken spreekt praten praatte praatten leren leerde leerden kennen
    kende kent verstaan verstond het beetje in vloeiend goed geen les lessen woord woorden
    woordje vak cijfer voor""".split()
)
# Tokens between an animal word and its name: "een konijn dat Snuffel heette".
_DIER_TUSSEN = frozenset("dat die genaamd heette heet noemde noemden met de naam".split())
_BEZIT = re.compile(r"(?:['’]s|['’])$")
_LETTERS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_FUNCTIEWOORD_FREQUENTIE = 5.0
"""A first name that is also a Dutch word this frequent (Dan, Om, Ben, Elke) is no name
at the start of a sentence unless the story uses it as a name elsewhere."""


@lru_cache(maxsize=WOORDMEMO)
def _stam(woord: str) -> str:
    """The name without a possessive ending: Daan's -> Daan, Anouks -> Anouk."""
    kaal = _BEZIT.sub("", woord)
    if kaal != woord:
        return kaal
    if (
        woord.endswith("s")
        and len(woord) > 3
        and not is_voornaam(woord)
        and not is_gewoon_woord(woord)  # Engels, Anders: words of their own
    ):
        kandidaat = woord[:-1]
        if is_voornaam(kandidaat) or is_achternaam(kandidaat):
            return kandidaat
        if is_vorm(kandidaat) and not is_gewoon_woord(kandidaat) and not _plaatsachtig(kandidaat):
            return kandidaat  # Hannekes: the genitive of a lexicon name (not Nederlands)
    return woord


# Before a proper noun these make it a place, shop or thing rather than a person.
LIDWOORDEN = BEPALERS
_OOK_VOEGWOORD = frozenset(("dat", "die"))
"""Determiners that more often join a clause before a first name: "zag dat Joris"."""
PLAATSVOORZETSELS = frozenset(
    "in naar uit te richting via nabij langs rond vanuit tussen boven onder".split()
)
_PLAATSUITGANGEN = (
    "ië",
    "ije",
    "land",
    "rijk",
    "stad",
    "dam",
    "burg",
    "dorp",
    "veen",
    "wijk",
    "huizen",
    "horst",
    "hout",
    "voort",
    "drecht",
    "recht",
    "heim",
    "kerk",
    "zee",
    "meer",
    "haven",
    "broek",
    "berg",
    "bergen",
    "bosch",
    "loo",
    "lo",
    "sel",
    "straat",
    "plein",
    "weg",
)
_EIGENNAAM_FREQUENTIE = 3.5
"""A proper noun of the lexicon this frequent (Rotterdam, Efteling, Jezus) is a place,
brand or institution; people's names that are not in the name tables are rarer."""


_PLAATS_AFLEIDINGEN = ("se", "er", "ers", "enaar", "ees", "aan")


_KORT = 2
"""Words this short (Mo, Bo, Li) end like no place: :func:`_plaatsachtig` would find a
place in a derivation of almost any of them (Mo + ers)."""


@cache
def _plaatsachtig(stam: str) -> bool:
    """Whether a capitalised word is a place, region or language rather than a person:
    it ends like a place (Syrië, Lelystad), the lexicon has its adjective or inhabitant
    (Arnhemse, Utrechter, Koerdische from Koerdisch, Zweedse from Zweeds), or it is a
    city of the gazetteer (Gdańsk, Tilburg) and no known first name."""
    if len(stam) <= _KORT:
        # Any ending makes some word of a stem this short (Mo + ers, Bo + se, Li + se): only
        # the gazetteer knows a place of two letters.
        return is_plaats(stam) and not is_voornaam(stam) and not is_achternaam(stam)
    if stam.lower().endswith(_PLAATSUITGANGEN):
        return True
    if any(is_vorm(stam + uitgang) for uitgang in _PLAATS_AFLEIDINGEN):
        return True
    if stam.endswith("s") and is_vorm(stam + "e"):
        return True  # Zweeds/Zweedse, Koerdisch/Koerdische: a language or nationality
    if is_plaats(stam) and not is_voornaam(stam) and not is_achternaam(stam):
        return True
    return _inwoner(stam)


_INWONER_UITGANGEN = (
    ("enaars", ("e", "en")),
    ("enaar", ("e", "en")),
    ("naars", ("",)),
    ("naar", ("",)),
    ("aars", ("",)),
    ("aar", ("",)),
    ("mers", ("",)),
    ("mer", ("",)),
    ("ers", ("",)),
    ("er", ("",)),
    ("anen", ("o", "a", "")),
    ("aan", ("o", "a", "")),
    ("eërs", ("a",)),
    ("eër", ("a",)),
    ("iërs", ("ië", "")),
    ("iër", ("ië", "")),
    ("ërs", ("ë",)),
    ("ër", ("ë",)),
    ("ezen", ("",)),
    ("ees", ("",)),
)
"""Endings of inhabitants and nationals, with what turns the rest back into the place:
Egyptenaar (Egypte), Rotterdammer (Rotterdam), Nederlander, Marokkaan (Marokko), Eritreeër
(Eritrea), Syriër (Syrië), Iraniër (Iran), Somaliër (Somalië), Irakees, also in the plural."""


def _inwoner(stam: str) -> bool:
    """Whether a capitalised word names an inhabitant or a national of a place, as the
    lexicon or the gazetteer knows it: the place with an ending of :data:`_INWONER_UITGANGEN`
    (De blonde Egyptenaar, een echte Rotterdammer, half Syriër). The place must be a city
    of the gazetteer or a frequent proper noun of the lexicon that no name table has."""
    for uitgang, aanvullingen in _INWONER_UITGANGEN:
        if not stam.endswith(uitgang) or len(stam) - len(uitgang) < 3:
            continue
        basis = stam[: -len(uitgang)]
        for aanvulling in aanvullingen:
            plaats = basis + aanvulling
            if is_plaats(plaats) or (
                is_vorm(plaats)
                and frequentie(plaats) >= _EIGENNAAM_FREQUENTIE
                and not is_voornaam(plaats)
                and not is_achternaam(plaats)
            ):
                return True
    return False


@cache
def is_taal(woord: str) -> bool:
    """Whether a capitalised word is the name of a language (Dari, Tigrinya, Papiaments,
    Pashto): the CLDR names in Dutch and English, ``data/namen/talen.bin``."""
    return woord in lees_woordtabel("namen/talen.bin")


@cache
def _lexicon_persoon(stam: str) -> bool:
    """Whether a lexicon proper noun reads as a person's name: the lexicon gives its
    genitive (Hannekes, Marloes'), as it does for people and rarely for festivals, shops
    or streets (Divali, Kruidvat), or it is a known surname."""
    if is_achternaam(stam):
        return True
    return any(is_vorm(stam + uitgang) for uitgang in ("s", "'s", "'", "’s", "’"))


def _persoon_uit_lexicon(doc: Document, tokens: list[Token], i: int, stam: str) -> bool:
    """Whether a capitalised lexicon proper noun (no known first name) names a person.

    The lexicon lists places, brands and people's names alike (Arnhem, Kruidvat, Hanneke).
    It is a place or thing after an article or a place preposition (naar Zwolle, de
    Jumbo), when the lexicon has a place adjective or inhabitant form (Arnhemse,
    Utrechter), when it ends like a place (Syrië, Lelystad), or when it is frequent.
    """
    if i > 0 and tokens[i - 1].zin == tokens[i].zin:
        vorige = tokens[i - 1].tekst.lower()
        if (vorige in LIDWOORDEN or vorige in PLAATSVOORZETSELS) and not (
            vorige == "naar" and i > 1 and tokens[i - 2].tekst.lower() in _NAAR_PERSOON
        ):
            return False  # 'naar Zwolle', not 'keek naar Rinus'
    if _plaatsachtig(stam) or not _lexicon_persoon(stam):
        return False
    return frequentie(stam) < _EIGENNAAM_FREQUENTIE


def _hoofdletter(tekst: str) -> bool:
    return tekst[:1].isupper() and not (len(tekst) > 1 and tekst.isupper())


@lru_cache(maxsize=WOORDMEMO)
def _mogelijk_begin(tekst: str) -> bool:
    """Whether a token with this text can start anything :func:`vind_namen` looks for: a
    multi-word name, a capitalised word (a name, an animal's name) or a title word before
    a name. Most tokens cannot; they are skipped at the cost of one cached lookup."""
    return _hoofdletter(tekst) or tekst.lower() in TITELS or tekst in _meerwoordig_begin()


# --- The pupil's own name -----------------------------------------------------------------


@cache
def _vouw(tekst: str) -> str:
    """Folded as the pupil-name matcher compares (Daniël = Daniel, Daan’s = daan's)."""
    return vouw(tekst)


def _vind_eigen_naam(doc: Document, namen: Iterable[str]) -> list[tuple[int, int]]:
    """The pupil's own names: :mod:`verhaal.leerlingnaam` decides, on the prose (the
    offsets of ``doc.proza`` are those of the text)."""
    return zoeker(tuple(namen)).vind(doc.proza)


# --- Other people's names -----------------------------------------------------------------


@dataclass
class _Kandidaat:
    begin: int  # token index
    eind: int  # token index, exclusive
    sleutel: str  # lower-case stem of the head name, for later mentions


def _aaneengesloten(doc: Document, a: Token, b: Token) -> bool:
    """Only spaces between two tokens of one sentence (a line break ends a name too)."""
    tussen = doc.tussen(a, b)
    return a.zin == b.zin and not tussen.strip() and "\n" not in tussen


@cache
def _meerwoordig_begin() -> frozenset[str]:
    return frozenset(naam.split(" ", 1)[0] for naam in meerwoordige_namen())


@cache
def _meerwoordig_paren() -> frozenset[tuple[str, str]]:
    """The first two words of every multi-word name: a token pair that is none of these
    starts no name (tokens hold no spaces, so a name's words are its tokens)."""
    return frozenset(
        (delen[0], delen[1]) for delen in (naam.split(" ", 2) for naam in meerwoordige_namen())
    )


def _meerwoordig(doc: Document, tokens: list[Token], i: int) -> int:
    """Length of a multi-word lexicon name (Albert Heijn) starting at token ``i``, or 0."""
    if tokens[i].tekst not in _meerwoordig_begin():
        return 0
    if i + 1 >= len(tokens) or (tokens[i].tekst, tokens[i + 1].tekst) not in _meerwoordig_paren():
        return 0
    namen = meerwoordige_namen()
    for lengte in (4, 3, 2):
        if i + lengte > len(tokens):
            continue
        reeks = tokens[i : i + lengte]
        if all(_aaneengesloten(doc, x, y) for x, y in pairwise(reeks)) and (
            " ".join(t.tekst for t in reeks) in namen
        ):
            if lengte == 2 and _achternaam_bij_persoon(tokens, i):
                return 0  # 'sprak met De Groot': left to :func:`_voegsel_naam`
            return lengte
    return 0


_PLAATS_KOPPELWOORDEN = frozenset("de do da dos das del di du la le les el".split())
"""Lower-case words inside a place name: Rio de Janeiro, Vila do Conde, Bandar-e Abbas."""


def _plaats_meerwoordig(doc: Document, tokens: list[Token], i: int) -> int:
    """Length of a foreign place name of more words starting at token ``i``, or 0: a place
    particle (:func:`is_plaatsdeeltje`) or the first two words of a GeoNames place (Buenos
    Aires, Costa Rica), with the capitalised words (and joining words such as 'de') after
    it. 'uit São Paulo', 'in Santa Cruz', 'naar Rio de Janeiro': Paulo or Cruz is no
    person there."""
    if i + 1 >= len(tokens):
        return 0
    tekst, volgende = tokens[i].tekst, tokens[i + 1].tekst
    deeltje = is_plaatsdeeltje(tekst)
    if not deeltje and not _hoofdletter(volgende):
        return 0  # most capitalised words: 'De', 'Het', 'Ze' before a lower-case word
    if not _aaneengesloten(doc, tokens[i], tokens[i + 1]):
        return 0
    if not deeltje and (tekst in _HOOFDLETTERVOEGSELS or not is_plaatspaar(tekst, volgende)):
        return 0  # 'Van Buren', 'Van Nuys' mid-sentence: the shape of a Dutch surname
    j = i + 1
    while j < len(tokens) and _aaneengesloten(doc, tokens[j - 1], tokens[j]):
        if _hoofdletter(tokens[j].tekst):
            j += 1
        elif (
            tokens[j].tekst in _PLAATS_KOPPELWOORDEN
            and j + 1 < len(tokens)
            and _hoofdletter(tokens[j + 1].tekst)
            and _aaneengesloten(doc, tokens[j], tokens[j + 1])
        ):
            j += 2
        else:
            break
    # A particle needs at least one capitalised word (or a joining word and one) after it;
    # a GeoNames pair always has its second word.
    return j - i if j > i + 1 else 0


_BIJ_PERSOON = frozenset("met aan tegen voor door".split())
"""Prepositions before which a 'De' + surname of the lexicon's multi-word names (De Groot,
De Mulder) is the person rather than a place or a shop of that name."""


def _achternaam_bij_persoon(tokens: list[Token], i: int) -> bool:
    """Whether the two-word lexicon name at ``i`` is a capitalised particle and a known
    surname right after a preposition that goes with people ('belde met De Groot')."""
    if i == 0 or tokens[i - 1].zin != tokens[i].zin:
        return False
    if tokens[i].tekst not in _HOOFDLETTERVOEGSELS or tokens[i - 1].tekst not in _BIJ_PERSOON:
        return False
    kop = tokens[i + 1].tekst
    return is_achternaam(kop) and not is_plaats(kop)


_DIERKOPPEN = tuple(sorted(dier for dier in DIEREN if len(dier) >= 4))
"""The animal words that may end a compound (hond in voorleeshond)."""


def _dier_grondvormen(klein: str) -> Iterator[str]:
    """``klein`` and the base forms it can be a plural or diminutive of (kalfjes -> kalf,
    lammetje -> lam, kalveren -> kalf, merries -> merrie, pony's -> pony, koeien -> koe)."""
    yield klein
    enkel = klein[:-1] if klein.endswith("jes") else klein  # kalfjes -> kalfje
    for uitgang in VERKLEINING:
        if enkel.endswith(uitgang) and len(enkel) > len(uitgang) + 1:
            yield from _ontdubbeld(enkel[: -len(uitgang)])  # lammetje -> lamm, lam
    for kandidaat in meervoud_kandidaten(klein):
        yield from _ontdubbeld(kandidaat)  # lammeren -> lamm(er), lam
        if kandidaat.endswith("v"):
            yield kandidaat[:-1] + "f"  # kalveren -> kalv(er) -> kalf
    if klein.endswith("eien"):
        yield klein[:-3]  # koeien -> koe


def _ontdubbeld(stam: str) -> Iterator[str]:
    """``stam`` and, when it ends in a doubled letter, ``stam`` without it (lamm -> lam)."""
    yield stam
    if len(stam) > 2 and stam[-1] == stam[-2]:
        yield stam[:-1]


@lru_cache(maxsize=WOORDMEMO)
def _is_dier(woord: str) -> bool:
    """An animal or toy word, also inflected (kalfjes, merries) and as the head of a
    compound (voorleeshond, klassenkonijntje)."""
    for klein in _dier_grondvormen(woord.lower()):
        if klein in DIEREN or (
            klein.endswith(_DIERKOPPEN)  # one test for all of them; most words end in none
            and any(klein.endswith(dier) and len(klein) > len(dier) + 2 for dier in _DIERKOPPEN)
        ):
            return True
    return False


_DIER_VOOR = 6
"""How many tokens before a name :func:`_is_dier_naam` looks for an animal word."""
_DIER_NA = 5
"""How many tokens after a name :func:`_is_dier_naam` looks for an animal word."""


def _dier_dichtbij(dierwoorden: list[int], i: int) -> bool:
    """Whether one of ``dierwoorden`` (token indices, ascending) lies within the reach of
    :func:`_is_dier_naam` from token ``i``: without one it cannot find an animal."""
    k = bisect_left(dierwoorden, i - _DIER_VOOR)
    return k < len(dierwoorden) and dierwoorden[k] <= i + _DIER_NA


def _is_dier_naam(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` names an animal or toy: hond Max, een konijn dat Snuffel heette,
    een hond in de klas: Bobbie, and Bobbie, de voorleeshond."""
    if _na_persoonswoord(doc, tokens, i):
        # "een klasgenoot, Ilse, zijn knuffel ...": a person; but 'de kat van de
        # buurman, Tijger, miauwde' names the animal that does what animals do.
        return _dier_van_persoon(doc, tokens, i)
    j = i - 1
    stappen = 0
    while j >= 0 and stappen < _DIER_VOOR and tokens[j].zin == tokens[i].zin:
        woord = tokens[j].tekst.lower()
        if _is_dier(woord):
            tussen = doc.tussen_in_tekst(tokens[j], tokens[i])
            if (
                stappen < 3
                and all(t.tekst.lower() in _DIER_TUSSEN for t in tokens[j + 1 : i])
                and (j + 1 < i or "," not in tussen)  # not 'schoothondjes, Hingis kickt'
            ):
                return True
            if _namenreeks(doc, tokens[j + 1 : i]):
                return True  # 'de kalfjes Bonnie en Clyde', 'de honden Bo, Sep en Guus'
            if ":" in tussen:
                return True
            # "de kat van de buren, Minoes, sprong": a name between commas after it
            na = doc.tekst[tokens[i].eind : tokens[i].eind + 2].strip()
            return tussen.rstrip().endswith(",") and na.startswith(",")
        j -= 1
        stappen += 1
    # An apposition after the name: "Bobbie, de voorleeshond"; "Max, zo heette het beest".
    volgende = tokens[i + 1 : i + 4]
    if [t.tekst.lower() for t in volgende[:2]] in (["zo", "heette"], ["zo", "heet"]):
        volgende = tokens[i + 1 : i + 1 + _DIER_NA]
    if volgende and doc.tussen_in_tekst(tokens[i], volgende[0]).strip() == ",":
        vorige = volgende[0]
        for token in volgende:
            if token.zin != tokens[i].zin or doc.tussen_in_tekst(vorige, token).strip():
                break  # the apposition ends at the next punctuation
            if _is_dier(token.tekst):
                return True
            vorige = token
    return False


_DIERGEDRAG = (
    "snuffel",
    "kwispel",
    "blaf",
    "blaff",
    "grom",
    "jank",
    "miauw",
    "spinde",
    "spinnend",
    "hinnik",
    "knor",
    "mekker",
    "kakel",
    "apporteer",
    "apporteerd",
    "kwaak",
    "knabbel",
    "poot",
    "poten",
    "pootje",
    "staart",
    "snavel",
    "vacht",
    "klauw",
)
"""Openings of the forms of verbs that only animals do (snuffelde, kwispelend, blafte,
gromde, miauwde, hinnikte, knabbelde) and of the body parts only animals have (poot,
staart, snavel, vacht), written by hand, a closed class: the one that does or has them is
an animal. Only the past and present-participle forms of 'spinnen' (to purr; 'spin' is
also a spider)."""
_DIERGEDRAG_BEREIK = 6
"""How many tokens after a name :func:`_dier_van_persoon` looks for an animal's act."""


def _diergedrag(woord: str) -> bool:
    """Whether a lower-case word is a form of a verb only animals do or a body part only
    animals have (:data:`_DIERGEDRAG`), also as a past participle (gesnuffeld)."""
    return woord.removeprefix("ge").startswith(_DIERGEDRAG)


def _dier_van_persoon(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether the name at ``i``, between commas after a person noun, names an animal
    that person has: an animal word opens the phrase ('de hond van de bakker, Moos,')
    and after the name the animal does what only animals do ('kwam kwispelend binnen',
    'blafte') or has what only animals have ('legde zijn poot'). Without that the name is
    the person's ('de hond van de buurman, Henk, zwaaide')."""
    zin = tokens[i].zin
    if not any(_is_dier(t.tekst) for t in tokens[max(0, i - _DIER_VOOR) : i - 1] if t.zin == zin):
        return False
    return any(
        _diergedrag(t.tekst.lower())
        for t in tokens[i + 1 : i + 1 + _DIERGEDRAG_BEREIK]
        if t.zin == zin
    )


_DIERENZORG = werkwoordsvormen("voeren zadelen")
"""Feeding and saddling: the capitalised object of these, in a story that names an animal,
is the animal ('voerde Pluis', 'zadelde Storm')."""
_UITLATEN = werkwoordsvormen("laten")
"""'X uitlaten': walking the dog."""
_RIJDEN = werkwoordsvormen("rijden")
"""'rijden op X': riding a horse (or a pony)."""


def _verzorgd_dier(tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` is an animal cared for or ridden, in a story that
    names an animal (the caller checks): the object of feeding or saddling ('voerde ze
    Pluis'; not 'voerde Daan een hapje'), walked ('liet Bello uit') or ridden ('reed op
    Bliksem'; not 'reed op Daan af')."""
    zin = tokens[i].zin
    if i < 2 or tokens[i - 1].zin != zin or tokens[i - 2].zin != zin:
        return False
    een, twee = tokens[i - 1].tekst.lower(), tokens[i - 2].tekst.lower()
    na = [t.tekst.lower() for t in tokens[i + 1 : i + 5] if t.zin == zin]
    if een == "op" and twee in _RIJDEN:
        return not na or na[0] not in ("af", "toe")
    werkwoord = twee if een in _ONDERWERPEN else een
    if werkwoord in _UITLATEN:
        return "uit" in na
    return werkwoord in _DIERENZORG and (not na or na[0] not in LIDWOORDEN)


_DIER_BIJZIN = 15
"""How many tokens before a relative pronoun :func:`_dier_in_bijzin` looks for its noun."""
_BIJZIN_ONDERWERPEN = frozenset("ze zij hij ik we wij jullie men iedereen".split())


def _dier_in_bijzin(doc: Document, tokens: list[Token], i: int, dierwoorden: list[int]) -> bool:
    """Whether token ``i`` is the name given in a relative clause to an animal further back:
    'een bruin paard met een witte bles, dat Hunter heette', 'een pony met lange manen, die
    ze Storm noemden'. The clause is 'die/dat NAME heette/heet' or 'die/dat ze NAME
    noemden'; its noun is taken to be the nearest animal or person word before 'die/dat'
    in the sentence: a name is an animal's when that word is an animal ('de hond van de
    buurjongen, die Sem heette' names the boy; so does a noun of a trade or role, 'bij de
    koeien werkte een boer die Gerrit heette', 'de eigenaar die Henk heette')."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    zin = tokens[i].zin
    na = tokens[i + 1].tekst.lower()
    voor = tokens[i - 1].tekst.lower()
    if voor in _OOK_VOEGWOORD and na in _HETEN:
        betrekkelijk = i - 1  # 'dat Hunter heette'
    elif (
        voor in _BIJZIN_ONDERWERPEN
        and tokens[i - 2].tekst.lower() in _OOK_VOEGWOORD
        and (na in _NOEMEN or na in _HETEN)
    ):
        betrekkelijk = i - 2  # 'die ze Storm noemden'
    else:
        return False
    if tokens[betrekkelijk].zin != zin or tokens[i + 1].zin != zin:
        return False
    k = bisect_left(dierwoorden, betrekkelijk) - 1
    if k < 0 or dierwoorden[k] < betrekkelijk - _DIER_BIJZIN or tokens[dierwoorden[k]].zin != zin:
        return False
    return not any(
        _persoonswoord(t.tekst) or is_rolwoord(t.tekst.lower())
        for t in tokens[dierwoorden[k] + 1 : betrekkelijk]
    )


def _namenreeks(doc: Document, tussen: list[Token]) -> bool:
    """Whether ``tussen`` (the tokens between an animal word and a name) is a list of names
    that the name ends: capitalised words joined by 'en', 'of' or a comma ('Bonnie en',
    'Bo, Sep en'), with no other punctuation."""
    if not tussen or not _hoofdletter(tussen[0].tekst):
        return False
    for vorige, token in pairwise(tussen):
        gat = doc.tussen_in_tekst(vorige, token).strip()
        if gat not in ("", ","):
            return False
        if not (_hoofdletter(token.tekst) or token.tekst in ("en", "of")):
            return False
    return tussen[-1].tekst in ("en", "of") or (
        doc.tekst[tussen[-1].eind : tussen[-1].eind + 1] == ","
    )


# Endings of adjectives and nouns derived from places and languages (Oostendse,
# Franstalig, Libanese, Keltische): not names.
_AFGELEIDE_UITGANGEN = ("se", "sche", "isch", "talig", "taligen", "ees", "aans", "iaans")


@lru_cache(maxsize=WOORDMEMO)
def _onbekend(woord: str) -> bool:
    """A capitalised word that is no Dutch word, lexicon name or English word at all
    (cached per word: a text may repeat one capitalised word thousands of times)."""
    if not _LETTERS.fullmatch(woord) or len(woord) < 2:
        return False
    if is_vorm(woord) or is_vorm(woord.upper()) or is_nederlands(woord):
        return False
    if "-" in woord or "'" in woord or "’" in woord:
        delen = re.split(r"[-'’]", woord)
        if any(d.isupper() and len(d) > 1 for d in delen):
            return False  # NS-topman, PC'ers: acronyms, not names
        return all(_onbekend(d) or is_voornaam(d) for d in delen if len(d) > 1)
    klein = woord.lower()
    if klein.endswith(_AFGELEIDE_UITGANGEN) or _plaatsachtig(woord):
        return False
    if _samenstelling_met_naam(woord) or engelse_samenstelling(klein):
        return False
    return not engelse_waarde(klein)


def _samenstelling_met_naam(woord: str) -> bool:
    """A compound of a proper noun and a common word: Montessorilyceum, Ewingtest."""
    for i in range(3, len(woord) - 3):
        if is_gewoon_woord(woord[i:]) and (is_vorm(woord[:i]) or is_vorm(woord[:i].upper())):
            return True
    return False


def _gewone_woordenreeks(doc: Document, tokens: list[Token], j: int) -> bool:
    """Whether capitalised token ``j`` and the one after it are both common Dutch words and
    neither a known name: the name of an institution or a thing ('Veilig Thuis', 'Samen
    Sterk'), not a person's."""
    if j + 1 >= len(tokens) or not _aaneengesloten(doc, tokens[j], tokens[j + 1]):
        return False
    return all(
        _hoofdletter(t.tekst)
        and is_gewoon_woord(t.tekst)
        and not is_voornaam(t.tekst)
        and not is_achternaam(t.tekst)
        for t in tokens[j : j + 2]
    )


def _na_titel(doc: Document, tokens: list[Token], i: int) -> _Kandidaat | None:
    """A name after a title word at token ``i - 1``: particles + capitalised words."""
    j = i
    while j < len(tokens) and tokens[j].tekst.lower() in TUSSENVOEGSELS:
        if not _aaneengesloten(doc, tokens[j - 1], tokens[j]):
            return None
        j += 1
    if j >= len(tokens) or not _aaneengesloten(doc, tokens[j - 1], tokens[j]):
        return None
    kop = tokens[j]
    if not _hoofdletter(kop.tekst) or not _LETTERS.fullmatch(kop.tekst):
        return None
    stam = _stam(kop.tekst)
    titel = tokens[i - 1].tekst.lower()
    if (
        i >= 2
        and tokens[i - 1].tekst[:1].isupper()
        and tokens[i - 2].tekst.lower() in _REEKS_LIDWOORDEN
        and _aaneengesloten(doc, tokens[i - 2], tokens[i - 1])
    ):
        return None  # 'een Baby Born': a capitalised title word after a determiner, a product
    if stam.lower() in TITELS or (stam.lower() in VAKKEN and titel in LERAREN):
        return None  # "juf Engels" is the English teacher; "oom Frans" is a person
    if (
        j == i
        and stam.endswith(("se", "sche"))
        and is_vorm(stam[:-1])
        and not (is_voornaam(stam) or is_achternaam(stam))
    ):
        return None  # 'zijn moeder Turkse' (the lexicon has Turks): a nationality
    if j == i and _gewone_woordenreeks(doc, tokens, j):
        return None  # 'belde de juf Veilig Thuis': an institution named in Dutch words
    if (
        j > i
        and tokens[i].tekst[0].islower()
        and (
            not is_achternaam(stam)
            or _plaats_meerwoordig(doc, tokens, j)
            or (j == i + 1 and tokens[i].tekst not in _TUSSENVOEGSELS_NA_VOORNAAM)
        )
    ):
        # "juf van de klas": lower-case particles are prose unless a surname follows,
        # "tante in Buenos Aires" is a place, and a lone 'in', 'op', 'bij' or 'te' is the
        # preposition ('haar oma in Loon'; as a particle it takes an article: 'juf
        # in 't Veld').
        return None
    eind = _keten_eind(doc, tokens, j + 1, {})
    if eind == j + 1 and is_voornaam(stam):
        eind = _achternaam_na_voornaam(doc, tokens, eind)  # 'mentor Ilona Zwart'
    return _Kandidaat(i, eind, stam.lower())


def _hoofdletterkop(doc: Document, tokens: list[Token], j: int) -> str | None:
    """The text of token ``j`` when it follows token ``j - 1`` directly and is a capitalised
    word of letters only (the head of a name after its particles or a role word), else None."""
    if j >= len(tokens) or not _aaneengesloten(doc, tokens[j - 1], tokens[j]):
        return None
    kop = tokens[j].tekst
    if not _hoofdletter(kop) or not _LETTERS.fullmatch(kop):
        return None
    return kop


def _na_rolwoord(doc: Document, tokens: list[Token], i: int) -> _Kandidaat | None:
    """A name after a noun of a trade or role at ``i - 1`` that is no title word
    (:func:`is_rolwoord`): 'monteur De Vos', 'kapper Bakker', 'de chauffeur Jansen'. Unlike
    after a title, only a name of the name tables counts (a known surname or first name,
    also after capitalised particles), so 'de trainer Ajax' or 'de verkoper Albert Heijn'
    is left to the other rules."""
    vorige = tokens[i - 1]
    if not is_rolwoord(vorige.tekst) or not _aaneengesloten(doc, vorige, tokens[i]):
        return None
    j = i
    while j < len(tokens) and j - i < 3 and tokens[j].tekst in _HOOFDLETTERVOEGSELS_ALLE:
        j += 1
    kop = _hoofdletterkop(doc, tokens, j)
    if kop is None:
        return None
    stam = _stam(kop)
    if stam.lower() in PERSOONSWOORDEN or is_plaats(stam):
        return None
    if not (is_achternaam(stam) or is_voornaam(stam)):
        return None
    eind = _keten_eind(doc, tokens, j + 1, {})
    if eind == j + 1 and is_voornaam(stam):
        eind = _achternaam_na_voornaam(doc, tokens, eind)  # 'kapper Ilona Zwart'
    if _instelling_na(doc, tokens, eind):
        return None
    return _Kandidaat(i, eind, stam.lower())


def _na_persoonswoord(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows a person noun (also one of a trade or role) and a comma:
    "een klasgenoot, Ilse", "de eigenaar, Mo"."""
    if i == 0:
        return False
    vorige = tokens[i - 1]
    return (
        vorige.zin == tokens[i].zin
        and doc.tussen(vorige, tokens[i]).strip() == ","  # rare: first
        and is_rolwoord(vorige.tekst.lower())
    )


def _appositie(doc: Document, tokens: list[Token], i: int) -> _Kandidaat | None:
    """A name in apposition after a person noun at ``i - 1``: "een klasgenoot, Ilse, gaf",
    "haar buurjongen, Kofi." The name is closed by a comma or the end of the sentence."""
    if not _na_persoonswoord(doc, tokens, i):
        return None
    tekst = tokens[i].tekst
    if not _hoofdletter(tekst) or not _LETTERS.fullmatch(tekst):
        return None
    stam = _stam(tekst)
    if stam.lower() in PERSOONSWOORDEN or stam.lower() in TUSSENVOEGSELS:
        return None
    if not is_voornaam(stam) and (
        _plaatsachtig(stam)
        or (is_gewoon_woord(stam) and frequentie(stam) >= _FUNCTIEWOORD_FREQUENTIE)
    ):
        return None  # a capitalised Dutch word between commas is a name ('de chef, Kees,')
    eind = _keten_eind(doc, tokens, i + 1, {})
    if eind == i + 1 and is_voornaam(stam):
        eind = _achternaam_na_voornaam(doc, tokens, eind)  # 'een klasgenoot, Jurre Beek,'
    if eind < len(tokens) and tokens[eind].zin == tokens[i].zin:
        na = doc.tussen(tokens[eind - 1], tokens[eind]).strip()
        if not na or na[0] not in ",;:)–—":
            return None  # "een vriendin, Utrechtse van geboorte": no closed apposition
    return _Kandidaat(i, eind, stam.lower())


_OPENERS = frozenset(":;()[]—–\"„“”'‘’«»\n")


def _zinsbegin(doc: Document, tokens: list[Token], i: int) -> bool:
    """Sentence start, or a spot where a capital is expected anyway (after a colon, an
    opening bracket or quote, at the start of a line)."""
    if tokens[i].zinsbegin or i == 0:
        return True
    tussen = doc.tussen_in_tekst(tokens[i - 1], tokens[i])
    return any(c in _OPENERS for c in tussen)


_TOETSWOORDEN = (
    "toets",
    "toetsen",
    "examen",
    "examens",
    "proefwerk",
    "tentamen",
    "mondeling",
    "opdracht",
    "huiswerk",
    "boek",
    "methode",
    "cijfer",
    "les",
    "lessen",
    "uur",
)
"""Work and tests of a school subject: after these (also as the end of a compound, 'PTA-toets
Frans', 'eindexamen Duits') a subject name is the subject."""


def _taal_context(tokens: list[Token], i: int) -> bool:
    """Whether a subject or language name at ``i`` is used as the language or subject."""
    vorige = tokens[i - 1].tekst.lower() if i > 0 and tokens[i - 1].zin == tokens[i].zin else ""
    if vorige in _TAALWOORDEN or vorige.endswith(_TOETSWOORDEN):
        return True
    for j, k in ((i + 1, i + 2), (i - 1, i - 2)):
        if (
            0 <= k < len(tokens)
            and tokens[j].tekst.lower() in ("en", "of")
            and tokens[k].tekst.lower() in VAKKEN
            and tokens[k].zin == tokens[i].zin
        ):
            return True
    return False


def _als_onderwerp(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is followed, in its sentence, by a comma or a lower-case word.

    "Roos pakte ..." and "Jasmijn en Eva ..." read as a name; a capitalised common word
    at the start of a sentence rarely stands alone like that.
    """
    volgende = tokens[i + 1] if i + 1 < len(tokens) else None
    if volgende is None or volgende.zin != tokens[i].zin:
        return False
    tussen = doc.tussen(tokens[i], volgende).strip()
    if tussen == "," and is_voornaam(_stam(volgende.tekst)):
        return True  # "Sem, Daan en Lucas ..."
    return tussen in ("", ",") and volgende.tekst[:1].islower()


# Before a capitalised word no name list knows, these make it a place or an event:
# people are rarely "in", "uit" or "tijdens" anything (uit Gdańsk, tijdens Nowruz).
_PLAATS_OF_TIJD_VOOR = frozenset("in uit te vanuit richting nabij tijdens".split())
_PLAATSVOORZETSELS_STRIKT = _PLAATS_OF_TIJD_VOOR - {"tijdens"}
"""Prepositions that put a city there even when it is also a first name ("woonde in Breda");
not "naar" or "bij", which go with people as easily ("liep naar Anna")."""
# "naar X" is a place (verhuisde naar X), unless X is looked or gestured at or "toe" follows.
_NAAR_PERSOON = frozenset(
    """keek keken kijkt kijken gekeken staarde staarden zwaaide zwaaiden knikte knikten
    lachte lachten glimlachte glimlachten wees wezen luisterde luisterden riep riepen
    knipoogde schreeuwde schreeuwden gebaarde vroeg vroegen""".split()
)
# "naar X" with travelling or moving in the sentence is a place (verhuisde naar X); without,
# X may as well be a person the word no list knows (stuurde een kaart naar X).
_REIZEN = frozenset(
    """verhuisde verhuisden verhuizen verhuisd verhuist vloog vlogen gevlogen vliegen
    reisde reisden gereisd reizen vertrok vertrokken vertrekken emigreerde emigreerden
    geëmigreerd vluchtte vluchtten gevlucht vakantie terugkeren keerde keerden reed reden
    gereden trein vliegtuig boot ging gingen gegaan""".split()
)
# "op X" is a platform, a day or a place (op Smartschool, op Ketikoti, op Sporza) unless
# one of these words takes a person with "op": wachtte op, verliefd op, trots op, lijkt op.
_OP_PERSOON = frozenset(
    """wacht wachten wachtte wachtten gewacht verliefd boos kwaad trots jaloers dol gek
    zuinig lijk lijkt lijken leek leken geleken let letten lette letten gelet pas past
    passen paste pasten gepast reken rekent rekenen rekende rekenden gerekend reageer
    reageert reageren reageerde reageerden gereageerd indruk invloed aanval kritiek
    gericht""".split()
)
# A festival is celebrated: "vierden Holi", "Nowruz gevierd".
_VIEREN = werkwoordsvormen("vieren")
# "bij X" with buying or working in the sentence is a shop or company (bij Decathlon gekocht).
_WINKEL_WOORDEN = frozenset(
    """kopen koopt kocht kochten gekocht halen haalde haalden gehaald bestellen bestelde
    bestelden besteld werken werkte werkten gewerkt werkt stage bijbaan bijbaantje baan
    boodschappen winkel winkelen kassa korting uitverkoop zakgeld""".split()
) | frozenset(
    # a club: 'zat op judo bij Kenamju', 'was lid bij Zwaluwen'
    """club vereniging lid training trainde trainden voetbal judo hockey tennis korfbal
    handbal basketbal volleybal turnen atletiek karate taekwondo zwemclub""".split()
)


# Speaking verbs: the capitalised word after them is a language (sprak Tigrinya).
_SPREKEN = werkwoordsvormen("spreken praten verstaan vertalen")
_ONDERWERPEN = frozenset("ik je jij hij zij ze we wij u men jullie".split())
_TAAL_TUSSEN = frozenset("en of een beetje vloeiend goed alleen ook nog liever".split())


def _als_taal(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` names a language: after a speaking verb (sprak Tigrinya, sprak
    ze Tigrinya), or joined by 'en'/'of' to a language (Amhaars en Tigrinya)."""
    zin = tokens[i].zin
    if i + 1 < len(tokens) and tokens[i + 1].zin == zin and tokens[i + 1].tekst in ("aan", "toe"):
        return False  # "sprak Tesfay aan": addressed a person
    j = i - 1
    stappen = 0
    while j >= 0 and tokens[j].zin == zin and stappen < 6:
        woord = tokens[j].tekst.lower()
        if woord in _SPREKEN:
            return True
        vorige_hoofdletter = _hoofdletter(tokens[j].tekst)
        if not (
            woord in ("en", "of", "een", "beetje", "vloeiend", "goed")
            or woord in _ONDERWERPEN
            or (vorige_hoofdletter and not is_voornaam(_stam(tokens[j].tekst)))
        ):
            return False
        j -= 1
        stappen += 1
    return False


_SPELEN = frozenset(
    """speel speelt spelen speelde speelden gespeeld deed deden keek keken gekeken""".split()
)
"""Verbs whose object, after their subject, is a game, a film or a show: 'deden ze Uno',
'keken ze Shrek', 'speelden we Rummikub'."""


def _als_spel(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is the object of a verb of :data:`_SPELEN` with its subject
    pronoun in between ('speelden ze Uno en Rummikub'); not 'keek Anna naar buiten', where
    the name is the subject, nor 'keken ze Anna aan'."""
    zin = tokens[i].zin
    if i < 2 or tokens[i - 1].zin != zin:
        return False
    voor = tokens[i - 1].tekst
    na_onderwerp = voor.lower() in _SPELEN and tokens[i - 2].tekst.lower() in _ONDERWERPEN
    if not (
        voor.lower() in _ONDERWERPEN or voor in ("en", "of") or _hoofdletter(voor) or na_onderwerp
    ):
        return False  # the common case, checked first: no subject or list before the word
    k = i + 1  # past the list the word stands in: 'keken ze Anna en Tesfay aan'
    while k < len(tokens) and k - i <= 6 and tokens[k].zin == zin:
        if not (tokens[k].tekst in ("en", "of") or _hoofdletter(tokens[k].tekst)):
            break
        k += 1
    for m in range(k, min(k + 5, len(tokens))):
        if tokens[m].zin != zin:
            break
        if (
            tokens[m].tekst in ("aan", "na", "toe") or (m == k and tokens[m].tekst in _PARTIKELS)
        ) and not (
            m + 1 < len(tokens)
            and tokens[m + 1].zin == zin
            and tokens[m + 1].tekst.lower() in LIDWOORDEN
        ):
            return False  # 'keek ze Anna (lang) aan', not 'speelden ze Uno aan de tafel'
    if na_onderwerp:
        return True  # 'hij speelde Mario Kart': the object after subject and verb
    j = i - 1
    onderwerp = False
    while j >= 0 and tokens[j].zin == zin and i - j <= 6:
        tekst = tokens[j].tekst
        woord = tekst.lower()
        if woord in _SPELEN:
            return onderwerp
        if woord in _ONDERWERPEN:
            onderwerp = True
        elif not (woord in ("en", "of") or (_hoofdletter(tekst) and not onderwerp)):
            return False
        j -= 1
    return False


_PARTIKELS = frozenset("aan toe na op mee".split())

_KOPEN = werkwoordsvormen("kopen verkopen bestellen verdienen")
"""Verbs of buying, selling and earning, whose object is goods or money (Robux, coins),
not a person."""
_KOPEN_ACHTERAAN = frozenset("kopen gekocht verkopen bestellen besteld verdienen verdiend".split())
"""Infinitives and participles of :data:`_KOPEN` that close a clause after their object
('wilde Robux kopen'); not the finite forms, which follow a subject ('Daan kocht')."""
_SPAREN = werkwoordsvormen("sparen")
"""Saving 'voor' something: 'spaarde voor Robux'."""


def _als_koopwaar(tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` is what is bought, sold, earned or saved for: right
    before a verb of :data:`_KOPEN` at the end of the clause ('wilde Robux kopen', 'om Robux
    te kopen'), after one and its subject pronoun ('hij kocht Robux', 'kocht hij Robux'; not
    'Toen kocht Tesfay', where the word is the subject), or after 'sparen voor' ('spaarde
    voor Robux'). Not when a determiner follows: then the word is the person something is
    bought for ('kocht ze Tesfay een ijsje')."""
    zin = tokens[i].zin
    verder = [t.tekst.lower() for t in tokens[i + 1 : i + 3] if t.zin == zin]
    if (
        verder
        and (
            verder[0] in _KOPEN_ACHTERAAN
            or (verder[0] == "te" and len(verder) > 1 and verder[1] in _KOPEN)
        )
        and not (i > 0 and tokens[i - 1].tekst in ("en", "of"))  # 'Ayşe en Tesfay kopen'
    ):
        return True  # 'wilde Robux kopen', 'had Robux gekocht', 'om Robux te kopen'
    if i < 2 or tokens[i - 1].zin != zin or tokens[i - 2].zin != zin:
        return False
    een, twee = tokens[i - 1].tekst.lower(), tokens[i - 2].tekst.lower()
    if not (
        (een in _KOPEN and twee in _ONDERWERPEN)  # not 'Toen verkocht Tesfay limonade'
        or (een in _ONDERWERPEN and twee in _KOPEN)
        or (een == "voor" and twee in _SPAREN)
    ):
        return False  # the usual case
    if i + 1 < len(tokens) and tokens[i + 1].zin == zin:
        na = tokens[i + 1].tekst.lower()
        if na in LIDWOORDEN or na in _ONDERWERPEN or na in ("iets", "wat", "niets"):
            return False
    return True


def _geen_persoon_context(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether the words around a capitalised word that no first-name list knows make it a
    place, an event or a shop rather than a person."""
    zin = tokens[i].zin
    vorige = tokens[i - 1].tekst.lower() if i > 0 and tokens[i - 1].zin == zin else ""
    voorvorige = tokens[i - 2].tekst.lower() if i > 1 and tokens[i - 2].zin == zin else ""
    volgende = (
        tokens[i + 1].tekst.lower() if i + 1 < len(tokens) and tokens[i + 1].zin == zin else ""
    )
    if vorige in _PLAATS_OF_TIJD_VOOR or volgende in _VIEREN:
        return True
    if vorige in _VIEREN or (voorvorige in _VIEREN and vorige in _ONDERWERPEN):
        return True  # "vierden Holi", "vierden ze Holi"
    if _als_taal(doc, tokens, i):
        return True  # "sprak Amhaars en Tigrinya"
    if _als_spel(tokens, i):
        return True  # "deden ze Uno", "keken ze Shrek"
    if _als_koopwaar(tokens, i):
        return True  # "kocht hij Robux", "spaarde voor Robux"
    if vorige == "naar":
        if volgende == "toe" or voorvorige in _NAAR_PERSOON:
            return False
        return any(t.tekst.lower() in _REIZEN for t in doc.zin_tokens(zin))
    if vorige == "bij":
        return any(t.tekst.lower() in _WINKEL_WOORDEN for t in doc.zin_tokens(zin))
    if vorige == "op":
        if volgende in ("af", "toe"):
            return False  # 'stapte op Tesfay af'
        return not any(t.tekst.lower() in _OP_PERSOON for t in doc.zin_tokens(zin))
    return False


_HETEN = werkwoordsvormen("heten")
_NOEMEN = werkwoordsvormen("noemen")
_PERSOONLIJK = frozenset("hij zij ze ik jij je".split())
"""Subject pronouns of a person (and 'ze', which may be one)."""
_SPREEKWERKWOORDEN = frozenset(
    """zei zeiden vroeg vroegen riep riepen antwoordde antwoordden fluisterde fluisterden
    mompelde mompelden schreeuwde schreeuwden gilde gilden""".split()
)
"""Speech verbs, which put their subject after them after a quotation: '„Kom,” zei River'."""
_MENSENWERKWOORDEN = _SPREEKWERKWOORDEN | frozenset(
    """lachte lachten glimlachte
    glimlachten grinnikte grinnikten giechelde giechelden grijnsde grijnsden huilde huilden
    snikte snikten knikte knikten zuchtte zuchtten knipoogde bloosde bloosden keek keken
    staarde staarden dacht dachten schrok schrokken aarzelde aarzelden twijfelde twijfelden
    beloofde beloofden vertelde vertelden""".split()
)
"""Verbs whose subject is a person: 'Sunny lachte', '„Kom,” zei River'."""
_HANDELINGEN = frozenset(
    """zette zetten hielp hielpen pakte pakten gooide gooiden schreef schreven rende
    renden tekende tekenden at aten dronk dronken sliep sliepen zong zongen danste dansten
    wachtte wachtten fietste fietsten droeg droegen legde legden sprong sprongen kuste
    kusten knuffelde knuffelden zwaaide zwaaiden voelde voelden snapte snapten begreep
    begrepen""".split()
)
"""Acts of the body and the mind ('Jaap zette', 'Ton hielp') that a place or feast does
not do. A brand may (Google hielp), so they count only for a word the lexicon does not
know as a brand: one it lacks, or one it gives a genitive (Frits', Hennies). Verbs a club
or shop does as often (won, kocht, kreeg, werkte, bracht, wist: the commonest after a first
name in UD Dutch dev) are left out."""


@lru_cache(maxsize=4096)
def _geen_merk(tekst: str) -> bool:
    """Whether a capitalised word is no brand of the lexicon: the lexicon lacks it or gives
    it a genitive (Frits', Hennies), so :data:`_HANDELINGEN` may show it is a person."""
    stam = _stam(tekst)
    return not is_vorm(stam) or _lexicon_persoon(stam)


@cache
def _ud_mensenwerkwoorden() -> frozenset[str]:
    """Past forms of verbs that UD Dutch shows with a person as subject (schilderde,
    trouwde, beweerde): ``data/namen/mensenwerkwoorden.txt``, derived by
    ``scripts/tabellen/mensenwerkwoorden.py``. They count like :data:`_HANDELINGEN`."""
    return lees_woorden("namen/mensenwerkwoorden.txt")


def _mensenwerkwoord(werkwoord: str, tekst: str) -> bool:
    """Whether ``werkwoord`` next to the capitalised ``tekst`` shows a person."""
    return werkwoord in _MENSENWERKWOORDEN or (
        (werkwoord in _HANDELINGEN or werkwoord in _ud_mensenwerkwoorden()) and _geen_merk(tekst)
    )


_MENSEN_ALS_VOORWERP = frozenset("hielp hielpen kuste kusten knuffelde knuffelden".split())
"""Verbs whose object is a person too: 'ze hielp Frits', 'hij knuffelde Hennie'."""
_VOORAF_BIJWOORDEN = frozenset(
    """toen daarna later dan nu opeens plotseling ineens eerst meteen soms vaak altijd
    nooit gisteren vandaag daarop intussen ondertussen""".split()
)
"""Adverbs that open a sentence and put the subject after the verb: 'Toen hielp Frits'."""


_BENOEM_VOOR = _HETEN | _PERSOONLIJK | {"hem", "haar", "genaamd", "die", "dat"}
_BENOEM_NA = _HETEN | {"zo"}
"""A word :func:`_benoemd` may accept has one of these before or after it."""


_FAMILIE = frozenset(
    """moeder vader mama papa broer broertje zus zusje oma opa tante oom neef nicht zoon
    dochter vriend vriendin vriendje vriendinnetje stiefvader stiefmoeder pleegmoeder
    pleegvader""".split()
)
"""Kin and friends: 'de moeder van X' has a person X (not 'de directeur van X', which may
be a school)."""


def _persoonswoord(tekst: str) -> bool:
    return is_persoonswoord(tekst.lower()) or tekst.lower() in _PERSOONLIJK


def _benoemd(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether the capitalised word at ``i`` is given as a person's name: 'zijn opa heette
    Vos', 'heette hij Storm', 'ze noemden hem Beer', 'een jongen genaamd River', 'Vos
    heette hij', 'Vos. Zo heette zijn opa'. Such a word is a name even when it is also a
    Dutch word. (An animal's name is found before this: 'de hond heette Beer'.)"""
    zin = tokens[i].zin

    def woord(j: int) -> str:
        return tokens[j].tekst.lower() if 0 <= j < len(tokens) and tokens[j].zin == zin else ""

    een, twee = woord(i - 1), woord(i - 2)
    if een in _HETEN and is_persoonswoord(twee):
        return True  # 'zijn opa heette Vos', 'het meisje heette Lente'
    if een in ("die", "dat") and woord(i + 1) in _HETEN and is_persoonswoord(twee):
        return True  # 'een collega die Ferry heette'
    # With a pronoun, the person may be an animal named before ('het konijn ... Hij heet
    # Wortel'): then it is no person's name.
    if een in _HETEN and twee in _PERSOONLIJK:
        return not _dier_ervoor(tokens, i)  # 'ze heette Lente'
    if een in _PERSOONLIJK and twee in _HETEN:
        return not _dier_ervoor(tokens, i)  # 'daarom heette hij Storm'
    if een in ("hem", "haar") and twee in _NOEMEN:
        return not _dier_ervoor(tokens, i)  # 'ze noemden hem Beer'
    if een == "genaamd":
        return is_persoonswoord(twee) or is_persoonswoord(woord(i - 3))  # 'een meisje genaamd Sky'
    if (
        woord(i + 1) in _HETEN
        and _persoonswoord(woord(i + 2))
        and (
            not woord(i + 3)
            or woord(i + 3) == "en"
            or doc.tussen(tokens[i + 2], tokens[i + 3]).strip()
        )
    ):
        # 'Vos heette hij.', at the end of its clause ('Toen heette hij ...' goes on) and
        # no frequent word ('Zo heette hij.').
        if frequentie(tokens[i].tekst) >= _FUNCTIEWOORD_FREQUENTIE:
            return False
        return is_persoonswoord(woord(i + 2)) or not _dier_ervoor(tokens, i)
    # 'Vos. Zo heette zijn opa.' / 'Vos, zo heette zijn opa': the next sentence names it.
    volgende = tokens[i + 1 : i + 6]
    if len(volgende) >= 3 and [t.tekst.lower() for t in volgende[:2]] in (
        ["zo", "heette"],
        ["zo", "heet"],
    ):
        tussen = doc.tussen(tokens[i], volgende[0]).strip()
        if tussen[:1] not in (".", ",", ":", ";"):
            return False
        wie = [t.tekst.lower() for t in volgende[2:]]
        if any(is_persoonswoord(w) for w in wie):
            return True
        return any(w in _PERSOONLIJK for w in wie) and not _dier_ervoor(tokens, i)
    return False


_BENOEMERS = _HETEN | frozenset(("hem", "haar")) | _PERSOONLIJK
"""Words right before a name given in 'heette X', 'noemde hem X' or 'heette hij X'."""
_ONDERWERP_BEGIN = 5
"""How many tokens may open a sentence before the noun that :func:`_ding_heette` takes as
its subject (a determiner and adjectives: 'Het oude houten bootje')."""
_ONDERWERP_VAN = 6
"""How many tokens a 'van' phrase between that noun and 'heette' may have."""


def _ding_heette(doc: Document, tokens: list[Token], k: int) -> bool:
    """Whether the subject of 'heette' at token ``k`` is a thing or an animal: the sentence
    opens with a determiner, adjectives and a noun of :data:`DINGEN` or an animal word,
    with nothing or a 'van' phrase after it ('De zeilboot van opa heette Zeemeeuw', 'Het
    liedje heette Summer Nights', 'De hond van Max heette Bobby'). A person noun as the
    subject ('Het meisje met de boot heette Johanna') makes the name a person's."""
    zin = tokens[k].zin
    begin = k
    while begin > 0 and tokens[begin - 1].zin == zin and k - begin <= _ONDERWERP_BEGIN + 7:
        begin -= 1
    for n in range(begin, min(k, begin + _ONDERWERP_BEGIN)):
        tekst = tokens[n].tekst
        klein = tekst.lower()
        if is_persoonswoord(klein) or (n > begin and not tekst.islower()):
            return False
        if n > begin and (_is_ding(klein) or _is_dier(klein)):
            rest = tokens[n + 1 : k]
            return not rest or (rest[0].tekst == "van" and len(rest) <= _ONDERWERP_VAN)
        if n > begin and klein in LIDWOORDEN and n > begin + 1:
            return False  # a second determiner: no longer the opening noun phrase
    return False


def _ding_of_dier_benoemd(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` is the name given to a thing or an animal: after
    'heette' whose subject is one (:func:`_ding_heette`), or after 'noemde hem', 'heette
    hij' when the last noun of an animal or a person before it is an animal ('Hij kreeg een
    puppy en noemde hem Bram'; not 'Ze kregen een baby en noemden hem Bram')."""
    zin = tokens[i].zin
    if tokens[i - 1].zin != zin or tokens[i - 2].zin != zin:
        return False
    een, twee = tokens[i - 1].tekst.lower(), tokens[i - 2].tekst.lower()
    if een in _HETEN and twee not in _PERSOONLIJK:
        return _ding_heette(doc, tokens, i - 1)
    if not (
        (een in ("hem", "haar") and twee in _NOEMEN)
        or (een in _HETEN and twee in _PERSOONLIJK)
        or (een in _PERSOONLIJK and twee in _HETEN)
    ):
        return False
    for token in reversed(tokens[max(0, i - _DIER_BEREIK) : i - 2]):
        klein = token.tekst.lower()
        if _is_dier(klein):
            return True
        if is_persoonswoord(klein):
            return False
    return False


_DIER_BEREIK = 40
"""How many tokens back an animal word makes 'hij'/'zij' an animal (about two sentences)."""


def _dier_ervoor(tokens: list[Token], i: int) -> bool:
    """Whether an animal or toy word occurs in the tokens shortly before ``i``."""
    return any(_is_dier(t.tekst) for t in tokens[max(0, i - _DIER_BEREIK) : i])


_PLAATS_VOOR_DIE = PLAATSVOORZETSELS | {"bij", "op", "aan"}
"""Prepositions of place: after one, a relative 'die' belongs to an earlier noun."""
_WERKEN = frozenset(
    """tekst stuk gedicht roman lied liedje schilderij tekening beeld symfonie sonate
    concert opera toneelstuk citaat brief dagboek biografie mythe sage fabel""".split()
)
"""Nouns of a work someone made: a word after 'WORK van' that is not a Dutch word is its
maker ('een tekst van Homerus', 'een stuk van Chopin'), also in the plural."""


@lru_cache(maxsize=WOORDMEMO)
def _is_werk(woord: str) -> bool:
    """One of :data:`_WERKEN` or its plural (teksten, gedichten, liedjes)."""
    return woord in _WERKEN or any(k in _WERKEN for k in meervoud_kandidaten(woord))


def _als_persoon(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether the words around a capitalised word that is no Dutch word show it is a person:
    it is given as a name (:func:`_benoemd`), a person verb is next to it ('Sunny lachte',
    'zei River'), someone does something together with it or says something to it ('samen
    met Ruud', 'zei tegen Ruud'), it is joined by 'en' to a known first name ('Noor en
    River'), or a person noun follows it in apposition ('River, haar buurmeisje,')."""
    if _benoemd(doc, tokens, i):
        return True
    token = tokens[i]
    links = tokens[i - 1] if i > 0 and tokens[i - 1].zin == token.zin else None
    if links is not None and _aanhef(doc, tokens, i):
        return True  # 'Beste Harm,', '„Hoi Gijs!”'
    if links is not None and _vreemde_aanspreekvorm(doc, links, token):
        return True  # 'tio Ruthsel', 'teyze Gülay': a kinship word of another language
    rechts = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].zin == token.zin else None
    if (
        rechts is not None
        and _mensenwerkwoord(rechts.tekst.lower(), token.tekst)
        and _aaneengesloten(doc, token, rechts)
        and not (i + 2 < len(tokens) and tokens[i + 2].tekst.lower() in _ONDERWERPEN)
    ):
        return True  # 'Sunny lachte', 'River zei niets' (not 'Op YouTube keek hij')
    if (
        links is not None
        and links.tekst.lower() in _SPREEKWERKWOORDEN
        and _aaneengesloten(doc, links, token)
    ):
        return True  # '„Kom,” zei River' (not 'keek Netflix': an object)
    if (
        links is not None
        and _aaneengesloten(doc, links, token)
        and (
            (links.tekst.lower() in _MENSEN_ALS_VOORWERP and _geen_merk(token.tekst))
            or (
                i >= 2
                and tokens[i - 2].tekst.lower() in _VOORAF_BIJWOORDEN
                and _mensenwerkwoord(links.tekst.lower(), token.tekst)
                and _zinsbegin(doc, tokens, i - 2)
                and _aaneengesloten(doc, tokens[i - 2], links)
            )
        )
    ):
        return True  # 'Toen hielp Frits', 'Daarna lachte Cor', 'ze knuffelde Hennie'
    if links is not None and _aaneengesloten(doc, links, token):
        voor = links.tekst.lower()
        if voor == "met" and i > 1 and tokens[i - 2].tekst.lower() == "samen":
            return True  # 'samen met Ruud'
        if voor in ("tegen", "aan") and any(
            t.tekst.lower() in _SPREEKWERKWOORDEN for t in tokens[max(0, i - 5) : i - 1]
        ):
            return True  # 'zei tegen Ruud', 'vroeg het aan Ruud'
        if voor == "van" and i > 1 and tokens[i - 2].tekst.lower() in _FAMILIE:
            return True  # 'de moeder van River'
        if voor == "van" and i > 1 and _is_werk(tokens[i - 2].tekst.lower()):
            return True  # 'een tekst van Homerus', 'een stuk van Chopin': the maker
    if (
        rechts is not None
        and rechts.tekst == "die"
        and doc.tussen(token, rechts) == ", "
        and i + 2 < len(tokens)
        and tokens[i + 2].zin == token.zin
        and not (links is not None and links.tekst.lower() in _PLAATS_VOOR_DIE)
    ):
        # 'Perseus, die Medusa versloeg': a relative clause on a person (not 'een dorp
        # bij Winsum, die ...', where 'die' goes back to someone before the place)
        return True
    for a, b in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= a < len(tokens) and tokens[a].zin == token.zin and tokens[b].tekst == "en":
            naast = tokens[a].tekst
            if (
                _hoofdletter(naast) and is_voornaam(_stam(naast)) and not is_gewoon_woord(naast)
            ) or _naamwoord(naast):
                return True  # 'Noor en River', 'River en Bilal', 'Kees en Joop'
    if rechts is not None and doc.tussen(token, rechts).strip() == ",":
        na = tokens[i + 1 : i + 4]
        if na and all(t.zin == token.zin for t in na):
            woorden = [t.tekst.lower() for t in na]
            # With a determiner: a bare 'man' or 'jongen' after a comma addresses someone
            # ('„Gains, man,” zei hij', 'Kom op, jongen'), it describes no one.
            if woorden[0] in LIDWOORDEN and len(woorden) > 1 and is_persoonswoord(woorden[1]):
                return True  # 'River, haar buurmeisje, ...'
    return False


def _vreemde_aanspreekvorm(doc: Document, links: Token, token: Token) -> bool:
    """Whether ``links`` is a short lower-case word of no language the tables know, right
    before the capitalised ``token`` that no list knows either: a kinship word or title of
    the family's language before a name (tio Ruthsel, teyze Gülay, abla Sevda)."""
    woord = links.tekst
    if not (2 <= len(woord) <= 6 and woord.isalpha() and woord.islower()):
        return False
    if not _aaneengesloten(doc, links, token) or is_vorm(_stam(token.tekst)):
        return False
    return not (is_vorm(woord) or is_nederlands(woord) or engelse_waarde(woord))


_ONDERWERP_OPENERS = frozenset("en maar want dus toen dat omdat terwijl of als zodat".split())
"""Words after which a clause starts with its subject ('en Cor vond', 'toen Frits kwam')."""


def _verleden_werkwoord(woord: str) -> bool:
    """A past singular of a common verb (vond, kwam, liep, wist)."""
    vlag = werkwoordlexicon().vlag(woord)
    return bool(vlag & VT_EV and vlag & GANGBAAR)


def _onderwerp_van_verleden(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` stands bare, without an article, as the subject of a
    past verb: at the start of a clause right before the verb ('Cor vond het mooi', 'en
    Frits kwam binnen'), or right after it in inversion ('Toen stond Cor op'). A Dutch
    noun there needs an article ('De storm kwam'); a bare word that the lexicon also knows
    as a person's name (:func:`_naamwoord`) is that person. Only for such words: a club or
    a brand does as much ('Ajax won')."""
    token = tokens[i]
    zin = token.zin
    volgende = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].zin == zin else None
    vorige = tokens[i - 1] if i > 0 and tokens[i - 1].zin == zin else None
    if (
        volgende is not None
        and _aaneengesloten(doc, token, volgende)
        and _verleden_werkwoord(volgende.tekst)
        and (
            _zinsbegin(doc, tokens, i)
            or (vorige is not None and vorige.tekst in _ONDERWERP_OPENERS)
        )
    ):
        verder = tokens[i + 2].tekst.lower() if i + 2 < len(tokens) else ""
        return verder not in _ONDERWERPEN  # not 'Storm zag hij': a fronted object
    return (
        vorige is not None
        and i >= 2
        and _aaneengesloten(doc, vorige, token)
        and _verleden_werkwoord(vorige.tekst.lower())
        and tokens[i - 2].tekst.lower() in _VOORAF_BIJWOORDEN
        and _zinsbegin(doc, tokens, i - 2)
        and _aaneengesloten(doc, tokens[i - 2], vorige)
    )


def _kaal_woord_als_mens(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether a capitalised Dutch noun stands bare, without an article, as the subject of
    a verb of speech or feeling in the singular past at the start of a clause ('Zomer
    huilde', 'Lente lachte naar haar'): a singular noun needs an article there, so the word
    is a name. Not person nouns ('Papa zuchtte', 'Monteur zei'), not adjectives ('Stil
    keek ze'), not plurals ('Kinderen lachten': a plural verb)."""
    if i + 1 >= len(tokens):
        return False
    werkwoord = tokens[i + 1].tekst
    if werkwoord not in _MENSENWERKWOORDEN or not _verleden_werkwoord(werkwoord):
        return False  # the usual case, one set lookup
    tekst = tokens[i].tekst
    if len(tekst) < 3 or not _hoofdletter(tekst) or not _LETTERS.fullmatch(tekst):
        return False
    klein = tekst.lower()
    if klein in TITELS or klein in TUSSENVOEGSELS or is_rolwoord(klein) or _is_dier(klein):
        return False  # 'Papa zuchtte', 'Poes keek': a role or an animal
    klasse = woordsoorten().klasse(klein)
    if not (klasse[0] == "n" or (klasse[0] == "-" and "N" in klasse)):
        return False  # a noun (of the tagger's lexicon or only of the noun list: herfst)
    if i + 2 < len(tokens) and tokens[i + 2].zin == tokens[i].zin:
        verder = tokens[i + 2].tekst
        if verder.lower() in _NA_INVERSIE or _hoofdletter(verder):
            return False  # 'Zondag vertelde de juf', 'Maandag lachte Sanne': a fronted time
    return _onderwerp_van_verleden(doc, tokens, i)


_NA_INVERSIE = LIDWOORDEN | frozenset("iedereen niemand iemand men alles niets".split())
"""Words that start the subject after the verb ('Zondag vertelde de juf', 'Toen lachte
iedereen'): after one of these, the bare word before the verb is no subject."""


_AANHEFWOORDEN = frozenset("beste lieve hoi hallo hai hey hé hee dag geachte".split())
"""Greetings that open a letter, a message or a line of speech before a name."""


def _aanhef(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is the one word addressed after a greeting that opens its
    sentence, closed by a comma or an exclamation mark: 'Beste Harm,' at the top of a
    letter, '„Hoi Gijs!”'. (Not 'Beste Ouders,': a Dutch word never gets here; not a
    heading such as 'Dag Vlaanderen' without the mark.)"""
    vorige = tokens[i - 1]
    if vorige.tekst.lower() not in _AANHEFWOORDEN or not _zinsbegin(doc, tokens, i - 1):
        return False
    if not _aaneengesloten(doc, vorige, tokens[i]):
        return False
    return doc.tekst[tokens[i].eind : tokens[i].eind + 3].lstrip(" \t")[:1] in (",", "!")


_BINNENHOOFDLETTER = re.compile(r"(?<=[^\W\d_])(?<![A-Z])[A-Z]")
_BINNENAFKORTING = re.compile(r"(?<=[^\W\d_])[A-Z]{2,}")
_NAAMVOORVOEGSELS = frozenset("Mc Mac De Di Da Du La Le Van Von Del".split())
"""Prefixes before a capital inside a person's name: McDonald, DeShawn, LaToya, DiCaprio."""


def _merknaam(stam: str) -> bool:
    """A word with a capital inside, as brands, apps and games are written (ChatGPT,
    StukTV, YouTube, TikTok, PlayStation), unless the part before it is a name prefix
    (McDonald, DeShawn, LaToya)."""
    if _BINNENAFKORTING.search(stam, 1):
        return True
    binnen = _BINNENHOOFDLETTER.search(stam, 1)
    return binnen is not None and stam[: binnen.start()] not in _NAAMVOORVOEGSELS


@lru_cache(maxsize=WOORDMEMO)
def _naamwoord(tekst: str) -> bool:
    """A Dutch word that the lexicon also has as a person's name, with a capital and a
    genitive (Jaap, Kees, Marjolein: no first-name table knows them), and no place or
    frequent word. Such a word is a name only where the sentence shows a person
    (:func:`_als_persoon`)."""
    if not _hoofdletter(tekst) or not _LETTERS.fullmatch(tekst) or len(tekst) < 3:
        return False
    klein = tekst.lower()
    if klein in TITELS or klein in TUSSENVOEGSELS or klein in _PERSOONLIJK:
        return False
    if not (is_vorm(tekst) and is_gewoon_woord(tekst)):
        return False
    if not any(is_vorm(tekst + uitgang) for uitgang in ("s", "'s", "’s", "'", "’")):
        return False
    if frequentie(tekst) >= _FUNCTIEWOORD_FREQUENTIE or is_plaats(tekst):
        return False
    return not _plaatsachtig(tekst)


def _eerst_zelfstandig(klein: str) -> bool:
    """Whether a word is in running Dutch text most often a common noun (the tagger
    lexicon's first class: handel, winter, lente, vlinder; not kees or jaap). Such a noun
    stands bare as a subject as a mass noun, a season or in a story's loose style ('Handel
    was verboden', 'Winter kwam vroeg'), so a past verb after it shows no person; a verb of
    a person (:func:`_als_persoon`) still does."""
    return woordsoorten().klasse(klein)[0] == "n"


@lru_cache(maxsize=WOORDMEMO)
def _los_vorm(tekst: str) -> tuple[str, str, bool] | None:
    """The part of :func:`_los` that needs only the token's text: None when the word is
    never a name on its own evidence (no capital, a title, an acronym, a Dutch word that
    is no first name), else its stem, the stem in lower case and whether it is a known
    first name. Cached: most capitalised tokens are the same few sentence openers."""
    if not _hoofdletter(tekst) or not _LETTERS.fullmatch(tekst):
        return None
    stam = _stam(tekst)
    klein = stam.lower()
    if klein in TITELS or klein in TUSSENVOEGSELS:
        return None
    if any(len(deel) > 1 and deel.isupper() for deel in re.split(r"[-'’]", stam)):
        return None  # BSE-onderzoek, NS-topman: an acronym makes it a thing
    if _merknaam(stam):
        return None  # ChatGPT, YouTube, TikTok: a brand written in camel case
    voornaam = is_voornaam(stam) or (
        "-" in stam and all(is_voornaam(deel) for deel in stam.split("-"))
    )
    if not voornaam and (is_gewoon_woord(stam) or klein.endswith(_AFGELEIDE_UITGANGEN)):
        return None
    if not voornaam and _is_instelling(stam):
        return None  # 'de Jan Ligthartschool', 'de Schmidtprijs': named after a person
    if stam != tekst and is_plaats(tekst) and not is_voornaam(tekst):
        return None  # Lagos, Texas: a city of the gazetteer, not the genitive of Lago
    return stam, klein, voornaam


_MAATWOORDEN = frozenset("paar doos doosje pak pakje zak zakje fles flesje blik blikje pot".split())
"""Nouns of a measure or a package: a capitalised word right after one is a product
('een paar Nikes', 'zijn eigen paar Jordans', 'een blik Heinz'), not a person."""


_MAAT_VOOR = 24
"""How far before a name :func:`_product_na_maatwoord` looks for the measure noun."""


def _na_maatwoord(vorige: str, voorvorige: str, naam: str) -> bool:
    """Whether the capitalised ``naam`` right after ``vorige`` (and ``voorvorige`` before
    that) names a product: after a noun of a measure or a package (een blik Heinz, een paar
    Nikes), where ``paar`` needs a brand plural ('het paar Bram en Lotte' is a couple) and
    no subject pronoun stands before the noun ('ik pak Sanne': the verb)."""
    if vorige not in _MAATWOORDEN or voorvorige.lower() in _ONDERWERPEN:
        return False
    return vorige != "paar" or naam.endswith("s")


def _product_na_maatwoord(doc: Document, start: int, eind: int) -> bool:
    """Whether the pupil's name found at ``start:eind`` is a product right after a measure
    or package noun: a capitalised brand plural (``zijn eigen paar Jordans``), never the bare
    name and not after a pronoun (``ik pak Tims tas``: the verb). ``paar`` counts only as a
    noun, after a word other than ``een`` (``een nieuw paar``, ``dat paar``): ``een paar
    Daans`` is 'a few', people."""
    if not doc.proza[start : start + 1].isupper() or doc.proza[eind - 1 : eind] != "s":
        return False  # only a brand plural ('Jordans'), never the bare name
    voor = doc.proza[max(0, start - _MAAT_VOOR) : start].rsplit("\n", 1)[-1]
    if not voor.endswith(" "):
        return False
    woorden = voor.split()
    voorvorige = woorden[-2] if len(woorden) >= 2 else ""
    if not woorden or not _na_maatwoord(woorden[-1], voorvorige, doc.proza[start:eind]):
        return False
    if woorden[-1] == "paar":
        return len(woorden) >= 2 and woorden[-2].isalpha() and woorden[-2].lower() != "een"
    return True


_VREEMDE_FUNCTIEWOORDEN = _PLAATS_KOPPELWOORDEN | frozenset(
    "della dello degli los las lo des au aux con y e et".split()
)
"""Articles, prepositions and 'and' of the Romance languages (Dutch 'de' among them): the
joining words of place names and more."""


def _vreemde_woordgroep(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` opens a phrase of another language: a function word of
    :data:`_VREEMDE_FUNCTIEWOORDEN` follows, then a lower-case word that is no Dutch word
    ('Pão de queijo', 'Pain au chocolat'). The word is no known first name: a name is
    followed by Dutch words ('gaf Kofi de bal'), also by a word the lexicon lacks ('had
    David de filistijn verslagen'). Before 'de', which is also the Dutch article, the phrase
    must open a sentence or a quote: a name the table lacks is followed by an object in the
    middle of a sentence ('Toen at Tesfay de churros op')."""
    if i + 2 >= len(tokens) or is_voornaam(_stam(tokens[i].tekst)):
        return False
    woord, derde = tokens[i + 1], tokens[i + 2]
    if woord.tekst == "de" and not _zinsbegin(doc, tokens, i):
        return False
    if not (
        derde.tekst.isalpha()
        and derde.tekst.islower()
        and _aaneengesloten(doc, tokens[i], woord)
        and _aaneengesloten(doc, woord, derde)
    ):
        return False
    return not (is_nederlands(derde.tekst) or is_vorm(derde.tekst))


_ENGELSE_WOORDEN = frozenset((1, 4))
"""Values of the English word table for English words of a dictionary (SCOWL: you, under,
pig), not the rarer words that only wordfreq's list has, among them many names (Cheney)."""


@lru_cache(maxsize=WOORDMEMO)
def _engels_vervolg(woord: str) -> bool:
    """Whether a lower-case word is English and no Dutch word at all (you, my, under, never):
    a capitalised word right before it opens an English phrase ('„Hope you like it,”',
    'Grace under pressure'), as a name followed by Dutch words does not."""
    return (
        woord.isalpha()
        and engelse_waarde(woord) in _ENGELSE_WOORDEN
        and not is_vorm(woord)
        and not is_nederlands(woord)
    )


def _ding_vorm_ernaast(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether the words right next to capitalised token ``i`` make it a thing or a sound
    rather than a name: a measure or package noun before it (:func:`_na_maatwoord`), the same
    word repeated in lower case after it ('„Poko poko,” zei hij': a word said twice), or
    an acronym after it (My AI, Windows XP: a product)."""
    token = tokens[i]
    if i > 0 and tokens[i - 1].zin == token.zin:
        voorvorige = tokens[i - 2].tekst if i > 1 and tokens[i - 2].zin == token.zin else ""
        if _na_maatwoord(tokens[i - 1].tekst, voorvorige, token.tekst):
            return True
    if i + 1 >= len(tokens):
        return False
    volgende = tokens[i + 1].tekst
    if volgende in _VREEMDE_FUNCTIEWOORDEN and _vreemde_woordgroep(doc, tokens, i):
        return True  # '„Pão de queijo,” zei ze', 'Coq au vin': a phrase of another language
    if volgende[:1].islower():
        if _engels_vervolg(volgende):
            return _aaneengesloten(doc, token, tokens[i + 1])  # '„Hope you like it”'
        if len(volgende) != len(token.tekst) or volgende != token.tekst.lower():
            return False  # the usual case: another word follows the name
    elif (
        _hoofdletter(volgende)
        and _engels_vervolg(volgende.lower())
        and not (is_achternaam(volgende) or is_voornaam(volgende))
    ):
        return _aaneengesloten(doc, token, tokens[i + 1])  # 'Peppa Pig', 'Lucky Girl'
    elif not (
        len(volgende) > 1
        and volgende.isupper()
        and volgende.isalpha()
        and _ROMEINS.fullmatch(volgende) is None
    ):
        return False
    return _aaneengesloten(doc, token, tokens[i + 1])


MACHINES = frozenset(
    """trekker tractor maaidorser combine graafmachine shovel heftruck vrachtwagen
    vrachtauto auto wagen camper caravan bus touringcar motor motorfiets scooter brommer
    quad grasmaaier maaimachine naaimachine stofzuiger horloge telefoon smartphone laptop
    computer tablet spelcomputer console camera koptelefoon printer""".split()
)
"""Machines, vehicles and devices, which are known by their maker: after 'een trekker van'
a first name with a surname (John Deere) or a word no surname table has (Fendt) is the
brand. Not clothes, books or songs: 'een shirt van Virgil van Dijk', 'een liedje van
Billie Eilish' name the person."""
_MACHINEKOPPEN = tuple(sorted(m for m in MACHINES if len(m) >= 4))


@lru_cache(maxsize=WOORDMEMO)
def _is_machine(woord: str) -> bool:
    """A noun of :data:`MACHINES`, also plural, diminutive or the head of a compound
    (trekkers, speelgoedautootje, smartwatch is not: only the listed heads)."""
    for klein in (woord, *meervoud_kandidaten(woord)):
        if klein in MACHINES or (
            klein.endswith(_MACHINEKOPPEN)
            and any(klein.endswith(m) and len(klein) > len(m) + 2 for m in _MACHINEKOPPEN)
        ):
            return True
    return False


def _na_machine_van(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows 'van' right after a noun of :data:`MACHINES` in its
    sentence ('de groene trekker van John Deere')."""
    if i < 2 or tokens[i - 2].zin != tokens[i].zin:
        return False
    machine = tokens[i - 2]
    return (
        machine.tekst.islower()
        and _is_machine(machine.tekst)
        and _aaneengesloten(doc, machine, tokens[i - 1])
        and _aaneengesloten(doc, tokens[i - 1], tokens[i])
    )


_DINGBIJVOEGLIJK = frozenset(
    """oude nieuwe tweedehands gloednieuwe echte elektrische snelle dure goedkope rode
    blauwe groene gele zwarte witte grijze zilveren gouden roze paarse oranje bruine""".split()
)
"""Adjectives of age, price, make and colour, which describe a product ('een oude
Mercedes', 'een rode Ferrari'); not of mood or looks, which describe a person as well
('een boze Sanne stond in de deur')."""


def _een_met_dingbijvoeglijk(tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` follows 'een' or 'geen' and one or two adjectives of
    :data:`_DINGBIJVOEGLIJK`: a product of a brand, not a person."""
    zin = tokens[i].zin
    j = i - 1
    while j >= 0 and i - j <= 2 and tokens[j].zin == zin:
        woord = tokens[j].tekst.lower()
        if woord in ("een", "geen"):
            return j < i - 1
        if woord not in _DINGBIJVOEGLIJK:
            return False
        j -= 1
    return j >= 0 and tokens[j].zin == zin and tokens[j].tekst.lower() in ("een", "geen")


_LIDWOORD_REEKS = 3
"""How many capitalised words before a name :func:`_reeks_na_lidwoord` walks back."""
_REEKS_LIDWOORDEN = LIDWOORDEN - _OOK_VOEGWOORD - {"haar"}
"""Determiners that open the name of a thing: not 'dat' and 'die', which join a clause, nor
'haar', which is also a pronoun ('zag haar Sanne Bakker roepen')."""


@lru_cache(maxsize=WOORDMEMO)
def _herkomstwoord(stam: str) -> bool:
    """A capitalised word of origin: an inhabitant or national (Argentijn, Duitser), an
    adjective of a place or language (Thaise, Oostendse, Koerdische) or a place itself.
    After a determiner it describes the person whose name follows."""
    return stam.lower().endswith(_AFGELEIDE_UITGANGEN) or _plaatsachtig(stam)


def _in_instellingsnaam(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` stands inside the name of an institution: capitalised
    words that end in an institution word follow it (:func:`_instelling_na`) and a
    determiner opens the name, right before it or before at most two capitalised words
    ('het Sophia Kinderziekenhuis', 'het Prinses Máxima Centrum'). Both together: a
    person's name takes no determiner, and a person is not followed by 'Kinderziekenhuis'."""
    if not _instelling_na(doc, tokens, i + 1):
        return False
    j = i - 1
    while j >= 0 and i - j <= _LIDWOORD_REEKS and tokens[j].zin == tokens[i].zin:
        if not _aaneengesloten(doc, tokens[j], tokens[j + 1]):
            return False
        tekst = tokens[j].tekst
        if tekst.lower() in _REEKS_LIDWOORDEN:
            return True  # also 'Het' opening the sentence
        if not _hoofdletter(tekst) or _zinsbegin(doc, tokens, j):
            return False
        j -= 1
    return False


def _reeks_na_lidwoord(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether capitalised token ``i`` continues a run of capitalised words that opens right
    after a determiner ('een John Deere', 'een Baby Born', 'het Prins Bernhard
    Cultuurfonds') or after a machine and 'van' ('de trekker van John Deere'). A person's
    name takes no article, so the run names a thing (a product, an institution), as the
    first word of it already does for :func:`_los`."""
    j = i - 1
    while j > 0 and i - j <= _LIDWOORD_REEKS and tokens[j].zin == tokens[i].zin:
        if not _aaneengesloten(doc, tokens[j], tokens[j + 1]):
            return False
        tekst = tokens[j].tekst
        if not _hoofdletter(tekst) or tekst.lower() in _REEKS_LIDWOORDEN:
            if j == i - 1:
                return False
            return tekst.lower() in _REEKS_LIDWOORDEN or (
                tekst == "van" and _na_machine_van(doc, tokens, j + 1)
            )
        if _zinsbegin(doc, tokens, j) or _herkomstwoord(_stam(tekst)):
            return False  # 'de Argentijn Guillermo Canas', 'de Poolse Kasia': a person
        j -= 1
    return False


_INITIAAL_VOLGT = frozenset(",;:)")
"""Marks that may follow an initial's full stop inside a sentence ('van N., zodat',
'(A.)'); after a space, a lower-case word or an opening bracket may ('leerling T. (groep
6)')."""


def _label_woord(woord: str) -> bool:
    """Whether a lower-case word before a lone capital makes it a label, not an initial: a
    noun that names no person ('groep B.', 'vitamine C.', 'plan B.'), or a determiner."""
    if woord in LIDWOORDEN:
        return True
    klasse = woordsoorten().klasse(woord)
    if klasse[0] not in "n-" or not ({"n", "N"} & set(klasse.partition("|")[2])):
        return False
    return not is_rolwoord(woord)


def _initiaal(doc: Document, tokens: list[Token], i: int) -> _Kandidaat | None:
    """A person written as an initial: one capital letter with a full stop that does not
    end the sentence ('de mentor van N., zodat', 'Als R. zijn taken af had', 'F.
    fotografeerde het bordje', '(A.)'), or with a surname after it ('drs. M. Kuipers',
    one span). Not a label after a noun or article ('groep B.', 'vitamine C. Daarna')."""
    token = tokens[i]
    tekst = doc.proza
    eind = token.eind
    if (
        len(token.tekst) != 1
        or not ("A" <= token.tekst <= "Z")
        or tekst[eind : eind + 1] != "."
        or (token.start and not tekst[token.start - 1].isspace() and tekst[token.start - 1] != "(")
    ):
        return None
    if i and tokens[i - 1].zin == token.zin:
        vorige = tokens[i - 1].tekst
        if vorige.islower() and _label_woord(vorige):
            return None
    na = tekst[eind + 1 : eind + 3]
    if na[:1] in _INITIAAL_VOLGT or (na[:1] == " " and (na[1:2].islower() or na[1:2] == "(")):
        return _Kandidaat(i, i + 1, token.tekst.lower() + ".")
    if (
        i + 1 < len(tokens)
        and tokens[i + 1].zin == token.zin
        and doc.tussen(token, tokens[i + 1]) == ". "
        and _hoofdletter(achter := tokens[i + 1].tekst)
        and achter.isalpha()
        and (
            len(achter) == 1
            or is_achternaam(achter)
            or not is_woord(achter)
            or frequentie(achter) < _EIGENNAAM_FREQUENTIE
        )
    ):
        if len(achter) == 1:
            return _Kandidaat(i, i + 1, token.tekst.lower() + ".")  # 'J. K. Rowling'
        return _Kandidaat(i, i + 2, _stam(achter).lower())  # 'M. Kuipers'
    return None


_VREEMDE_ZIN_WOORDEN = 4
"""How many lower-case words a sentence needs before :func:`_vreemde_zinsopening` judges
its language."""


def _vreemde_zinsopening(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether an unknown capitalised word opening a sentence is a word of another
    language: it stands alone before a title word that ends the sentence, addressing
    someone ('„Danki, juf.”', 'Merci, meneer!': the person addressed is the title, the word
    before it a greeting or thanks), or the lower-case words after it hold no frequent
    Dutch word at all and at least two that are no Dutch word ('Mañan mi ta trese piská
    pa bo': a Dutch sentence of four words or more has an article, pronoun or verb of
    :data:`_FUNCTIEWOORD_FREQUENTIE`)."""
    zin = tokens[i].zin
    if (
        i + 1 < len(tokens)
        and tokens[i + 1].zin == zin
        and tokens[i + 1].tekst.lower() in TITELS
        and doc.tussen(tokens[i], tokens[i + 1]) == ", "
        and (i + 2 >= len(tokens) or tokens[i + 2].zin != zin)
    ):
        return True
    woorden = []
    for token in tokens[i + 1 :]:
        if token.zin != zin:
            break
        if token.tekst.isalpha() and token.tekst.islower():
            woorden.append(token.tekst)
    if len(woorden) < _VREEMDE_ZIN_WOORDEN:
        return False
    if any(frequentie(w) >= _FUNCTIEWOORD_FREQUENTIE for w in woorden):
        return False
    return sum(not (is_nederlands(w) or is_vorm(w)) for w in woorden) >= 2


def _los(
    doc: Document, tokens: list[Token], i: int, ketens: dict[int, int] | None = None
) -> _Kandidaat | None:
    """A capitalised word that is a name on its own evidence (rules 2 and 3). The words
    right next to it may still make it a thing (:func:`_ding_vorm_ernaast`, tested by the
    caller on the few candidates only)."""
    token = tokens[i]
    vorm = _los_vorm(token.tekst)
    if vorm is None and token.tekst in _HOOFDLETTERVOEGSELS and not token.zinsbegin:
        return _voegsel_naam(doc, tokens, i, ketens)
    if vorm is None:
        # Most capitalised words end here (De, Het, Hij): the words around them first.
        if (i and tokens[i - 1].tekst.lower() in _BENOEM_VOOR) or (
            i + 1 < len(tokens) and tokens[i + 1].tekst.lower() in _BENOEM_NA
        ):
            benoemd = _benoemde_naam(doc, tokens, i, ketens)
            if benoemd is not None:
                return benoemd
        if _naamwoord(token.tekst) and (
            _als_persoon(doc, tokens, i)
            or (
                not _eerst_zelfstandig(token.tekst.lower())
                and _onderwerp_van_verleden(doc, tokens, i)
            )
        ):
            return _Kandidaat(i, i + 1, token.tekst.lower())  # 'Jaap knikte', 'Kees vond'
        if (
            i + 1 < len(tokens)
            and tokens[i + 1].tekst in _MENSENWERKWOORDEN  # rare: tested inline first
            and _kaal_woord_als_mens(doc, tokens, i)
        ):
            return _Kandidaat(i, i + 1, token.tekst.lower())  # 'Zomer huilde'
        return None
    stam, klein, voornaam = vorm
    if klein in VAKKEN and _taal_context(tokens, i):
        return None  # "een beetje Frans", "Frans en Engels"
    vorige = tokens[i - 1].tekst.lower() if i > 0 and tokens[i - 1].zin == token.zin else ""
    if (
        vorige in LIDWOORDEN
        and not (voornaam and vorige in _OOK_VOEGWOORD)
        and not (vorige == "haar" and _benoemd(doc, tokens, i))  # 'noemden haar Mientje'
    ):
        return None  # "de Ramadan", "het Montessorilyceum": people's names take no article
    if vorige and tokens[i - 1].tekst[:1].isupper() and _reeks_na_lidwoord(doc, tokens, i):
        return None  # 'een John Deere', 'een Baby Born', 'het Prins Bernhard Cultuurfonds'
    if vorige in _DINGBIJVOEGLIJK and _een_met_dingbijvoeglijk(tokens, i):
        return None  # 'een oude Mercedes', 'een rode Ferrari': a car, not a person
    if vorige == "tijdens":
        return None  # "tijdens Ramadan": a period, even where the word is also a first name
    if stam != token.tekst and vorige in _ZAAK_VOOR and _bezit_zonder_bezit(doc, tokens, i):
        return None  # "at bij McDonald's", "naar Domino's": a shop, no one's belongings
    if voornaam and _als_spel(tokens, i):
        return None  # 'deden ze Uno': a game that is also a first name
    if voornaam and _als_koopwaar(tokens, i):
        return None  # 'wilde Diamonds kopen': goods named like a person
    eigenaar = stam != token.tekst and not _bezit_zonder_bezit(doc, tokens, i)
    if voornaam and vorige in _PLAATSVOORZETSELS_STRIKT and is_plaats(stam) and not eigenaar:
        return None  # "in Breda", "uit Florence": a city of the gazetteer that is also a name
    if (
        voornaam
        and vorige == "naar"
        and is_plaats(stam)
        and not eigenaar  # "ging naar Anna's moeder": the person whose mother it is
        and not (i + 1 < len(tokens) and tokens[i + 1].tekst == "toe")
        and any(t.tekst.lower() in _REIZEN for t in doc.zin_tokens(token.zin))
    ):
        return None  # "ze reden naar Breda": a city travelled to (not "liep naar Anna")
    if voornaam and is_gewoon_woord(stam):
        begin = _zinsbegin(doc, tokens, i)
        if begin and frequentie(stam) >= _FUNCTIEWOORD_FREQUENTIE:
            return None
        if begin and _gebiedende_wijs(doc, tokens, i):
            return None  # '„Adem in,” zei ze', 'Wacht even': a command, not a name
        if begin and not _als_onderwerp(doc, tokens, i):
            return None
        if begin and _ding_als_naamwoordelijk_deel(tokens, i):
            return None  # 'Amber was de kleur van haar ogen', 'Jade was een groene steen'
    elif not voornaam:
        if _geen_persoon_context(doc, tokens, i):
            return None  # uit Gdańsk, tijdens Nowruz, bij Decathlon gekocht
        if token.zinsbegin and _vreemde_zinsopening(doc, tokens, i):
            return None  # '„Danki, juf.”', 'Mañan mi ta trese piská pa bo': another language
        if is_taal(stam) and not _als_persoon(doc, tokens, i):
            return None  # 'een tolk Dari', 'les in het Tigrinya': a language
        if is_vorm(stam) or is_vorm(stam.upper()):
            if not _persoon_uit_lexicon(doc, tokens, i, stam) and not (
                not _plaatsachtig(stam)
                and (
                    _als_persoon(doc, tokens, i)
                    or (
                        _lexicon_persoon(stam)  # with a genitive: Cors, Frits' (not IKEA)
                        and frequentie(stam) < _FUNCTIEWOORD_FREQUENTIE  # not Afrika, Europa
                        and _onderwerp_van_verleden(doc, tokens, i)
                    )
                )
            ):
                return None  # a place or brand, unless used as a person ('Sunny lachte')
        elif not _onbekend(stam) and not _als_persoon(doc, tokens, i):
            return None
    eind = _keten_eind(doc, tokens, i + 1, {} if ketens is None else ketens)
    if voornaam and eind == i + 1:
        eind = _achternaam_na_voornaam(doc, tokens, eind, ketens)
    if _instelling_na(doc, tokens, eind):
        return None  # 'het Koning Willem I College': named after a person, not one
    if voornaam and is_plaats(stam) and not eigenaar and _naast_plaats(doc, tokens, i):
        return None  # 'in Florence en Paris'
    if _in_merkenreeks(doc, tokens, i, eind):
        return None  # 'shirts van Adidas, Levi en Under Armour': a brand named after someone
    if (
        vorige == "van"
        and (eind > i + 1 or not (voornaam or is_achternaam(stam)))
        and _na_machine_van(doc, tokens, i)
    ):
        return None  # 'een trekker van John Deere', 'een trekker van Fendt': the maker
    return _Kandidaat(i, eind, klein)


_ZAAK_VOOR = frozenset("bij naar in uit".split())
"""Prepositions before a shop's name in the genitive ('bij McDonald's', 'naar Domino's')."""
_BEZIT_KLASSEN = frozenset("na-")
"""Word classes (:mod:`verhaal.checker.tijd.woordsoorten`) of what a possessive names: a
noun, an adjective before one, or a word the tagger does not know ('Anna's scooter')."""


def _bezit_zonder_bezit(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether the possessive form at token ``i`` ('McDonald's') owns nothing: no noun or
    adjective follows it in its sentence, only punctuation, the end or another kind of word
    ('bij McDonald's gegeten', 'naar Domino's om pizza'). A person's possessive goes with
    what is theirs ('bij Anna's moeder')."""
    if i + 1 >= len(tokens) or not _aaneengesloten(doc, tokens[i], tokens[i + 1]):
        return True
    return woordsoorten().klasse(tokens[i + 1].tekst.lower())[0] not in _BEZIT_KLASSEN


_HOOFDLETTERVOEGSELS = frozenset("De Den Van Ter Ten".split())
"""Surname particles written with a capital, as a surname without a first name starts
('belde De Haas', 'jeugdarts Van Dam'): mid-sentence nothing else starts with them but a
place (Den Haag) or a title (De Telegraaf), which the lexicon's multi-word names hold."""


_HOOFDLETTERVOEGSELS_ALLE = _HOOFDLETTERVOEGSELS | frozenset(("Der", "'t"))
"""Capitalised particles and the ones that may follow them (Van Der Berg, Van 't Hof)."""


_VOEGSELS_VAN = frozenset(("Van", "Ter", "Ten"))
"""Capitalised particles that mid-sentence open only a surname, also one that is a Dutch
word ('met Van Wijngaarden'); after 'De' that may be a title or a shop ('De Bijenkorf')."""
_STRAATKOPPEN = ("straat", "laan", "plein", "weg", "dreef", "kade", "singel", "gracht", "park")
"""Ends of street names, which are often named after a person (Van Iseghemlaan)."""


_INSTELLING_VOOR = _HETEN | PLAATSVOORZETSELS | frozenset("op bij van".split())
"""Words before 'De' + a Dutch word that make it the name of a school, shop or building
('op De Linde', 'de school heette De Linde', 'de directeur van De Linde')."""


def _instelling_voor(tokens: list[Token], i: int) -> bool:
    """Whether the word before token ``i`` puts an institution there: one of
    :data:`_INSTELLING_VOOR`, or an institution word, also as the end of a compound
    (basisschool, kindcentrum)."""
    if i == 0 or tokens[i - 1].zin != tokens[i].zin:
        return False
    vorige = tokens[i - 1].tekst.lower()
    return vorige in _INSTELLING_VOOR or vorige.endswith(_INSTELLINGSKOPPEN)


def _voegsel_naam(
    doc: Document, tokens: list[Token], i: int, ketens: dict[int, int] | None
) -> _Kandidaat | None:
    """A surname that opens with a capitalised particle mid-sentence: 'met De Haas',
    'jeugdarts Van der Berg'. The word after the particles must be a known surname or no
    word at all, or after 'Van' a Dutch noun (Van Wijngaarden); not 'De Rode Loper', not
    'Van Haarlem' (a place)."""
    if _zinsbegin(doc, tokens, i):
        return None  # 'De Haas' at the start of a sentence may be the animal
    if tokens[i - 1].zin == tokens[i].zin:
        vorige = tokens[i - 1].tekst.lower()
        if vorige in LIDWOORDEN and vorige not in _OOK_VOEGWOORD and vorige not in _PERSOONLIJK:
            return None  # 'een Van Gogh', 'de Van Haren': a painting, a shop
        if vorige == "bij" and any(
            t.tekst.lower() in _WINKEL_WOORDEN for t in doc.zin_tokens(tokens[i].zin)
        ):
            return None  # 'schoenen gekocht bij Van Haren': a shop named after a family
    j = i + 1
    while (
        j < len(tokens)
        and j - i <= 3
        and tokens[j].tekst in _TUSSENVOEGSELS_NA_VOORNAAM
        and _aaneengesloten(doc, tokens[j - 1], tokens[j])
    ):
        j += 1
    kop = _hoofdletterkop(doc, tokens, j)
    if kop is None:
        return None
    stam = _stam(kop)
    if is_plaats(stam):
        return None
    if not (is_achternaam(stam) or _onbekend(kop)) and not (
        tokens[i].tekst in _VOEGSELS_VAN and _woord_als_achternaam(kop)
    ):
        return None  # 'De Bijenkorf', 'De Kleine Prins': a shop or a title
    if stam.lower().endswith(_STRAATKOPPEN):
        return None  # 'de Van Iseghemlaan': a street named after a person
    if (
        tokens[i].tekst not in _VOEGSELS_VAN
        and is_gewoon_woord(stam)
        and _instelling_voor(tokens, i)
    ):
        return None  # 'op De Linde', 'basisschool De Linde': a school named with a word
    eind = _keten_eind(doc, tokens, j + 1, {} if ketens is None else ketens)
    if _instelling_na(doc, tokens, eind):
        return None  # 'het Van Gogh Museum'
    return _Kandidaat(i, eind, stam.lower())


_INSTELLINGSKOPPEN_SAMEN = frozenset(
    """college lyceum school scholengemeenschap academie gymnasium atheneum ziekenhuis
    gasthuis kliniek centrum center stichting foundation museum instituut universiteit
    hogeschool stadion theater bibliotheek fonds kazerne kampus campus prijs award trofee
    concours penning leerstoel""".split()
)
"""Heads of an institution, a fund or a prize that also end a compound named after a person
(Kinderziekenhuis, Cultuurfonds, Ligthartschool, Thijssenprijs): no Dutch surname ends in
one."""
INSTELLINGEN = _INSTELLINGSKOPPEN_SAMEN | frozenset(
    """huis huize park kerk moskee synagoge brug straat laan plein weg dreef kade singel
    gracht zaal hal""".split()
)
"""Words that end the name of an institution, building, prize or street after a person's
name ('Erasmus College', 'Prins Claus School', 'Anne Frank Huis', 'Koning Willem I Prijs')."""
_INSTELLINGSKOPPEN = tuple(sorted(INSTELLINGEN))
_SAMENGESTELDE_KOPPEN = tuple(sorted(_INSTELLINGSKOPPEN_SAMEN))


@lru_cache(maxsize=WOORDMEMO)
def _is_instelling(tekst: str) -> bool:
    """An institution word (:data:`INSTELLINGEN`), also as the head of a compound that is no
    known name (Kinderziekenhuis, Cultuurfonds, Ligthartschool, Schmidtprijs). Heads that end
    Dutch surnames (Kamphuis, Verkerk, Verlaan) count only on their own."""
    klein = tekst.lower()
    if klein in INSTELLINGEN:
        return True
    if not klein.endswith(_SAMENGESTELDE_KOPPEN):
        return False  # the usual case
    if is_voornaam(tekst) or is_achternaam(tekst):
        return False
    return any(klein.endswith(kop) and len(klein) - len(kop) >= 3 for kop in _SAMENGESTELDE_KOPPEN)


_ROMEINS = re.compile(r"[IVX]{1,4}")


def _instelling_na(doc: Document, tokens: list[Token], eind: int) -> bool:
    """Whether the capitalised words right after a name (from token ``eind``) end in an
    institution word: then the name is part of the institution's name."""
    for j in range(eind, min(eind + 3, len(tokens))):
        tekst = tokens[j].tekst
        if not tekst[:1].isupper():
            return False  # the usual case: a lower-case word follows the name
        if not _aaneengesloten(doc, tokens[j - 1], tokens[j]):
            return False
        if _is_instelling(tekst):
            return True
        if not (_hoofdletter(tekst) or _ROMEINS.fullmatch(tekst)):
            return False
    return False


def _naast_plaats(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether a first name that is also a city is listed with a place: 'in Florence en
    Paris', 'naar Lyon, Paris of Nice'."""
    zin = tokens[i].zin
    j = i - 1
    while j >= 0 and tokens[j].zin == zin and i - j <= 6:
        woord = tokens[j].tekst
        if woord.lower() in _PLAATSVOORZETSELS_STRIKT:
            return True
        if not (woord in ("en", "of") or (_hoofdletter(woord) and is_plaats(_stam(woord)))):
            return False
        j -= 1
    return False


_REEKSWOORDEN = frozenset(("en", "of"))
"""Words that join the members of a list ('Samsung, Adidas en Puma')."""
_REEKS_LEDEN = 6
"""How many other members of a list :func:`_reeksleden` reads on each side of a name."""
_LID_WOORDEN = 4
"""How many capitalised words a list member has at most ('The North Face'): a longer run
is no member, and the walks stop there (a line of a thousand capitalised words costs a
few steps per word, not a thousand)."""


def _lid_grens(doc: Document, tokens: list[Token], a: int, b: int) -> int | None:
    """How many tokens separate two members of one list whose tokens ``a`` and ``b`` meet:
    0 after a comma (``a`` ends one member, ``b`` starts the next), 1 across 'en' or 'of'
    (``a + 1``), or None when the list ends there."""
    if b >= len(tokens) or tokens[a].zin != tokens[b].zin:
        return None
    tussen = doc.tussen_in_tekst(tokens[a], tokens[b])
    if "\n" in tussen or tussen.strip() not in ("", ","):
        return None
    if tokens[b].tekst in _REEKSWOORDEN:  # 'Puma en', 'Puma, en'
        return 1 if b + 1 < len(tokens) and _aaneengesloten(doc, tokens[b], tokens[b + 1]) else None
    return 0 if tussen.strip() == "," else None


def _lid_eind(doc: Document, tokens: list[Token], begin: int) -> int:
    """The end of a list member (a run of capitalised words) that starts at ``begin``."""
    eind = begin + 1
    while (
        eind < len(tokens)
        and eind - begin < _LID_WOORDEN
        and _hoofdletter(tokens[eind].tekst)
        and _aaneengesloten(doc, tokens[eind - 1], tokens[eind])
    ):
        eind += 1
    return eind


def _lid_begin(doc: Document, tokens: list[Token], laatste: int) -> int:
    """The start of a list member (a run of capitalised words) whose last word is at
    ``laatste``: the mirror of :func:`_lid_eind`."""
    begin = laatste
    while (
        begin > 0
        and laatste - begin < _LID_WOORDEN - 1
        and _hoofdletter(tokens[begin - 1].tekst)
        and _aaneengesloten(doc, tokens[begin - 1], tokens[begin])
    ):
        begin -= 1
    return begin


def _reeksleden(doc: Document, tokens: list[Token], begin: int, eind: int) -> list[list[Token]]:
    """The other members of the list the capitalised words ``begin:eind`` stand in
    ('Adidas, Levi en Under Armour' gives Adidas and Under Armour for Levi): runs of
    capitalised words joined by commas, 'en' or 'of'; an empty list for a word in none."""
    leden: list[list[Token]] = []
    rechts = eind
    while len(leden) < _REEKS_LEDEN:
        stap = _lid_grens(doc, tokens, rechts - 1, rechts)
        if stap is None or not _hoofdletter(tokens[rechts + stap].tekst):
            break
        volgend_eind = _lid_eind(doc, tokens, rechts + stap)
        leden.append(tokens[rechts + stap : volgend_eind])
        rechts = volgend_eind
    links = begin
    while links > 0 and len(leden) < 2 * _REEKS_LEDEN:
        lid_eind = links - 2 if tokens[links - 1].tekst in _REEKSWOORDEN else links - 1
        if lid_eind < 0 or _lid_grens(doc, tokens, lid_eind, lid_eind + 1) is None:
            break
        if not _hoofdletter(tokens[lid_eind].tekst):
            break
        lid_begin = _lid_begin(doc, tokens, lid_eind)
        leden.append(tokens[lid_begin : lid_eind + 1])
        links = lid_begin
    return leden


def _persoonsachtig(tekst: str) -> bool:
    """Whether a capitalised word may be (part of) a person's name: a known first name or
    surname, or a word that no word list knows (Tesfay)."""
    stam = _stam(tekst)
    return is_voornaam(stam) or is_achternaam(stam) or _onbekend(tekst)


def _merkachtig(tekst: str) -> bool:
    """Whether a capitalised word that is no person's name (:func:`_persoonsachtig`) names a
    brand, product or place: a lexicon proper noun (Adidas, Samsung), a camel-case word or
    acronym (PlayStation, HEMA), or an English dictionary word (Under Armour)."""
    stam = _stam(tekst)
    return (
        is_eigennaam(stam)
        or is_plaats(stam)
        or _merknaam(stam)
        or (len(stam) > 1 and stam.isupper())
        or engelse_waarde(stam.lower()) in _ENGELSE_WOORDEN
    )


def _in_merkenreeks(doc: Document, tokens: list[Token], begin: int, eind: int) -> bool:
    """Whether the capitalised words ``begin:eind`` stand in a list of brands or products:
    of its members (the run of capitalised words around ``begin`` among them), at least two
    are a brand, product or place and no person's name, and they outnumber the members
    that may be a person ('shirts van Adidas, Levi en Under Armour', 'Samsung, Adidas en
    Ralph', 'Puma, Adidas of Tommy Hilfiger'). A list of people stays one ('Sem, Levi en
    Noor', 'Fatima, Ralph en Lego')."""
    begin = _lid_begin(doc, tokens, begin)  # 'Tommy Hilfiger': the member is the whole run
    eind = _lid_eind(doc, tokens, eind - 1)
    leden = _reeksleden(doc, tokens, begin, eind)
    if len(leden) < 2:
        return False  # the usual case: no list
    merken = personen = 0
    for lid in (*leden, tokens[begin:eind]):
        if any(_persoonsachtig(t.tekst) for t in lid):
            personen += 1
        elif any(_merkachtig(t.tekst) for t in lid):
            merken += 1
    return merken >= 2 and merken > personen


def _benoemde_naam(
    doc: Document, tokens: list[Token], i: int, ketens: dict[int, int] | None
) -> _Kandidaat | None:
    """A capitalised Dutch word (Vos, Storm, Lente) that :func:`_benoemd` shows is a
    person's name; None for every other word :func:`_los_vorm` turned down (called only
    where a word of :data:`_BENOEM_VOOR` or :data:`_BENOEM_NA` stands next to it)."""
    tekst = tokens[i].tekst
    if len(tekst) < 2 or not _hoofdletter(tekst) or not _LETTERS.fullmatch(tekst):
        return None  # 'een verzameling genaamd M': a letter is no name
    stam = _stam(tekst)
    klein = stam.lower()
    if klein in PERSOONSWOORDEN or klein in TUSSENVOEGSELS or klein in _PERSOONLIJK:
        return None
    if any(len(deel) > 1 and deel.isupper() for deel in re.split(r"[-'’]", stam)):
        return None
    if not _benoemd(doc, tokens, i):
        return None
    eind = _keten_eind(doc, tokens, i + 1, {} if ketens is None else ketens)
    return _Kandidaat(i, eind, klein)


_KOPPELWERKWOORDEN = frozenset("was waren werd werden bleef bleven leek leken is".split())
"""Copulas: 'X was een steen' says what X is."""
_NAAMWOORD_OPENERS = LIDWOORDEN - frozenset("deze die dat dit".split())
"""Articles and possessives that open the noun phrase after a copula ('was een', 'was haar');
not the demonstratives ('was dat' points back)."""
_NAAMWOORDELIJK_BEREIK = 4
"""How many adjectives :func:`_ding_als_naamwoordelijk_deel` passes before the noun."""


def _ding_als_naamwoordelijk_deel(tokens: list[Token], i: int) -> bool:
    """Whether the sentence that capitalised token ``i`` opens says it is a thing: a copula,
    a determiner, adjectives and a common noun that is no person, role or animal word
    ('Amber was de kleur van haar ogen', 'Roos was haar lievelingsbloem', 'Jade was een
    groene steen'). A name is said to be a person ('Roos was een stil meisje', 'Fleur was
    de beste van de klas': no noun). For a first name that is also a Dutch word only; a
    story that uses it as a name elsewhere still has it found there, and then here."""
    zin = tokens[i].zin
    if i + 3 >= len(tokens) or tokens[i + 1].tekst not in _KOPPELWERKWOORDEN:
        return False
    if tokens[i + 2].tekst not in _NAAMWOORD_OPENERS:
        return False
    ws = woordsoorten()
    for token in tokens[i + 3 : i + 3 + _NAAMWOORDELIJK_BEREIK]:
        woord = token.tekst
        if token.zin != zin or not woord.isalpha() or not woord.islower():
            return False
        klasse = ws.klasse(woord)
        if klasse[0] == "a" or (klasse[0] == "-" and ("A" in klasse or "Q" in klasse)):
            continue  # an adjective before the noun
        kop = woord if _zelfstandig(klasse) else _samenstellingskop(woord)
        return kop is not None and not (is_rolwoord(kop) or _is_dier(kop))
    return False


def _zelfstandig(klasse: str) -> bool:
    """Whether a word class string (woordsoorten) allows a common noun."""
    return klasse[0] == "n" or (klasse[0] == "-" and ("N" in klasse or "P" in klasse))


def _samenstellingskop(woord: str) -> str | None:
    """The longest noun of three letters or more that ends a compound the tables lack
    (lievelingsbloem -> bloem), or None."""
    ws = woordsoorten()
    for k in range(3, len(woord) - 2):
        kop = woord[k:]
        if _zelfstandig(ws.klasse(kop)):
            return kop
    return None


_NA_GEBIEDEND = frozenset(
    """in uit op af aan mee door weg terug toe na om over neer eens even maar nou dan rustig
    zelf""".split()
)
"""Particles and softeners after a command: 'Adem in', 'Kijk eens', 'Wacht even'."""


def _gebiedende_wijs(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether a sentence-initial word that is both a first name and a Dutch word is a verb
    stem giving a command: a stem of a common verb (the tense rule's verb lexicon) followed
    by a particle or a softener ('Adem in', 'Storm maar naar binnen')."""
    if i + 1 >= len(tokens) or tokens[i + 1].zin != tokens[i].zin:
        return False
    if tokens[i + 1].tekst.lower() not in _NA_GEBIEDEND:
        return False
    if not _aaneengesloten(doc, tokens[i], tokens[i + 1]):
        return False
    vlag = werkwoordlexicon().vlag(tokens[i].tekst.lower())
    return bool(vlag & GANGBAAR and vlag & STAM)


def _keten_eind(doc: Document, tokens: list[Token], eind: int, ketens: dict[int, int]) -> int:
    """Where the surname parts after a name end: from token ``eind`` on, while each token
    joins the one before it (:func:`_aaneengesloten`), has a capital and may be part of a
    surname (:func:`_achternaamdeel`).

    Whether the run goes on at a token depends on that token and the one before only, so
    the end reached from a token is the same for every name whose run passes it; ``ketens``
    remembers it (token index -> end), so a text of a thousand capitalised words in a row
    costs a thousand steps, not a million."""
    pad: list[int] = []
    while (
        eind < len(tokens)
        and _aaneengesloten(doc, tokens[eind - 1], tokens[eind])
        and _hoofdletter(tokens[eind].tekst)
        and _achternaamdeel(tokens[eind].tekst)
    ):
        bekend = ketens.get(eind)
        if bekend is not None:
            eind = bekend
            break
        pad.append(eind)
        eind += 1
    for index in pad:
        ketens[index] = eind
    return eind


_TUSSENVOEGSELS_NA_VOORNAAM = frozenset("van de der den ter ten 't".split())
"""Particles that open a surname after a first name (not 'in', 'op', 'bij', 'te': those
are far more often a preposition there)."""


def _met_tussenvoegsel(doc: Document, tokens: list[Token], eind: int) -> int:
    """After a first name, a surname that starts with lower-case particles (``Dennis de
    Graaf``, ``Sanne van der Berg``) belongs to the name: the particles and one capitalised
    surname part. Otherwise ``eind`` stays."""
    j = eind
    while (
        j < len(tokens)
        and j - eind < 3
        and tokens[j].tekst in _TUSSENVOEGSELS_NA_VOORNAAM
        and _aaneengesloten(doc, tokens[j - 1], tokens[j])
    ):
        j += 1
    if (
        j > eind
        and j < len(tokens)
        and _aaneengesloten(doc, tokens[j - 1], tokens[j])
        and _hoofdletter(tokens[j].tekst)
        and (_achternaamdeel(tokens[j].tekst) or is_gewoon_woord(_stam(tokens[j].tekst)))
    ):
        return j + 1
    return eind


_ACHTERNAAM_KLASSEN = frozenset("nea-")
"""Word classes (:mod:`verhaal.checker.tijd.woordsoorten`) of Dutch words that are also
surnames: nouns (Bakker, Stam), proper nouns (Vos) and adjectives (Zwart, De Haas); not
articles, pronouns, prepositions or conjunctions ('Sanne En Daan' in a title-case heading)."""


@lru_cache(maxsize=WOORDMEMO)
def _woord_als_achternaam(tekst: str) -> bool:
    """Whether a capitalised word of the lexicon may be a surname after a first name,
    where :func:`_achternaamdeel` turns it down: a Dutch noun or adjective with a capital
    mid-sentence (Harm Stam, Ilona Zwart, Wessel Vink; mid-sentence a Dutch noun or
    adjective has no capital of its own, so after a first name the capital marks a
    surname), or a lexicon proper noun that is no city or country, also where it looks
    like a place by its derived forms (Fenna Mooij: the lexicon has Mooijer)."""
    if not _LETTERS.fullmatch(tekst) or len(tekst) < 2 or not _hoofdletter(tekst):
        return False
    stam = _stam(tekst)
    klein = stam.lower()
    if klein in TITELS or klein in TUSSENVOEGSELS or klein in VAKKEN:
        return False  # 'zus Anna Engels' is unclear; a title or particle is no surname
    if _is_instelling(stam) or is_plaats(stam) or klein.endswith(_LANDUITGANGEN):
        return False  # 'Anne Frank Huis', 'Sanne Zwolle', 'Anna Frankrijk'
    if is_gewoon_woord(stam):
        return woordsoorten().klasse(klein)[0] in _ACHTERNAAM_KLASSEN
    return is_vorm(stam)


_LANDUITGANGEN = ("ië", "ije", "land", "rijk")
"""Endings of countries and regions (Syrië, Frankrijk, Zeeland)."""


def _achternaam_na_voornaam(
    doc: Document, tokens: list[Token], eind: int, ketens: dict[int, int] | None = None
) -> int:
    """Where a surname after a first name (the token before ``eind``) ends: particles and a
    surname (:func:`_met_tussenvoegsel`: Dennis de Graaf), or a capitalised Dutch word
    (:func:`_woord_als_achternaam`: Harm Stam) and the surname parts after it (Harm Stam
    Verhoef). ``eind`` when no surname follows."""
    if eind >= len(tokens):
        return eind
    volgende = tokens[eind].tekst
    if volgende in _TUSSENVOEGSELS_NA_VOORNAAM:
        return _met_tussenvoegsel(doc, tokens, eind)
    if _woord_als_achternaam(volgende) and _aaneengesloten(doc, tokens[eind - 1], tokens[eind]):
        return _keten_eind(doc, tokens, eind + 1, {} if ketens is None else ketens)
    return eind  # the usual case: a lower-case word follows the name


@lru_cache(maxsize=WOORDMEMO)
def _achternaamdeel(tekst: str) -> bool:
    """Whether a capitalised word after a name continues it as a surname: a known surname,
    an unknown word, or a lexicon proper noun that is no place (Sanne Rijpstra)."""
    stam = _stam(tekst)
    if _is_instelling(stam):
        return False  # 'Prins Bernhard Cultuurfonds': the institution after the name
    if is_achternaam(stam) or _onbekend(tekst):
        return True
    return (
        _LETTERS.fullmatch(tekst) is not None
        and is_vorm(stam)
        and not is_gewoon_woord(stam)
        and not _plaatsachtig(stam)
    )


def vind_namen(
    doc: Document, overslaan: Iterable[tuple[int, int]] = (), toegestaan: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """Spans of probable person names (other than ``overslaan``), sorted by offset."""
    tokens = doc.tokens
    # Spans to leave alone, by start, with the running maximum of their ends: a span
    # [start, eind) overlaps one of them iff among those starting before eind the
    # furthest end lies past start (a binary search instead of a pass per candidate).
    bezet = sorted((s, e) for s, e in overslaan)
    bezet_starts = [s for s, _ in bezet]
    verste_eind: list[int] = []
    for _, e in bezet:
        verste_eind.append(max(e, verste_eind[-1]) if verste_eind else e)
    weg = {w.lower() for w in toegestaan}
    ketens: dict[int, int] = {}

    def vrij(kandidaat: _Kandidaat) -> bool:
        start, eind = tokens[kandidaat.begin].start, tokens[kandidaat.eind - 1].eind
        voor = bisect_left(bezet_starts, eind)
        return not (voor and verste_eind[voor - 1] > start)

    kandidaten: list[_Kandidaat] = []
    dieren: set[str] = set()
    plaatsen: set[int] = set()  # tokens inside a foreign place name of more words
    i = 0
    # Tokens that cannot start a name are passed over: at those the loop below finds no
    # multi-word name, no animal, no title and (without a capital) no candidate either.
    begin_indices = doc.indices(_mogelijk_begin)
    meerwoordig_begin = _meerwoordig_begin()
    dierwoorden = doc.indices(_is_dier)
    for volgende in begin_indices:
        if volgende < i:
            continue  # inside a name or multi-word name found before
        i = volgende
        vorige = tokens[i - 1] if i > 0 else None
        if (
            vorige is not None
            and vorige.zin == tokens[i].zin
            and vorige.tekst not in TITELS
            and is_rolwoord(vorige.tekst)  # cached; false for most words
        ):
            rol = _na_rolwoord(doc, tokens, i)  # 'monteur De Vos' before the lexicon's De Vos
            if rol is not None and rol.sleutel not in weg and vrij(rol):
                kandidaten.append(rol)
                i = rol.eind
                continue
        token = tokens[i]
        lengte = _meerwoordig(doc, tokens, i) if token.tekst in meerwoordig_begin else 0
        if lengte:
            i += lengte
            continue
        if _hoofdletter(token.tekst):
            lengte = _plaats_meerwoordig(doc, tokens, i)
            if lengte:
                plaatsen.update(range(i, i + lengte))
                i += lengte
                continue
        if (
            dierwoorden  # most stories name no animal: no search then
            and _hoofdletter(token.tekst)
            and (
                (_dier_dichtbij(dierwoorden, i) and _is_dier_naam(doc, tokens, i))
                or _dier_in_bijzin(doc, tokens, i, dierwoorden)
                or _verzorgd_dier(tokens, i)
            )
        ):
            dieren.add(_stam(token.tekst).lower())
            i += 1
            continue
        if _na_ding(doc, tokens, i) or _na_afkorting(doc, tokens, i):
            i = _keten_eind(doc, tokens, i + 1, ketens)
            continue  # 'de wijk Overleie', 'het dorp Kfar Sjoeba', 'VV Diana': a thing's name
        if (
            i >= 2
            and tokens[i - 1].tekst.lower() in _BENOEMERS  # rare: tested inline first
            and _hoofdletter(token.tekst)
            and _ding_of_dier_benoemd(doc, tokens, i)
        ):
            dieren.add(_stam(token.tekst).lower())
            i = _keten_eind(doc, tokens, i + 1, ketens)
            continue  # 'De zeilboot van opa heette Zeemeeuw', 'noemde hem Bram' (a puppy)
        kandidaat: _Kandidaat | None = None
        if token.tekst.lower() in TITELS and i + 1 < len(tokens):
            kandidaat = _na_titel(doc, tokens, i + 1)
        if kandidaat is None:
            kandidaat = _appositie(doc, tokens, i)
        if (
            kandidaat is None
            and i > 0
            and tokens[i - 1].tekst.lower() in TITELS
            and _aaneengesloten(doc, tokens[i - 1], token)
        ):
            kandidaat = None  # handled (or rejected) as the title's name
        elif kandidaat is None:
            if len(token.tekst) == 1:
                kandidaat = _initiaal(doc, tokens, i)  # 'van N., zodat', 'drs. M. Kuipers'
            if kandidaat is None:
                kandidaat = _los(doc, tokens, i, ketens)
            if kandidaat is not None and _ding_vorm_ernaast(doc, tokens, i):
                kandidaat = None  # 'een paar Jordans', '„Poko poko”', 'My AI'
        if kandidaat is not None and kandidaat.sleutel not in weg and vrij(kandidaat):
            kandidaten.append(kandidaat)
            i = kandidaat.eind
        else:
            i += 1
    kandidaten.extend(
        k for k in _achternamen_na(doc, tokens, bezet, kandidaten, ketens) if k.sleutel not in weg
    )
    if not kandidaten:
        return []
    # Rule 4: every mention of a name found once.
    bekend = {k.sleutel for k in kandidaten}
    for k in kandidaten:  # the surname of a full name: "Sanne Rijpstra ... Rijpstra zei"
        for token in tokens[k.begin + 1 : k.eind]:
            if token.tekst.lower() not in TUSSENVOEGSELS:
                bekend.add(_stam(token.tekst).lower())
    # A word that stands right after 'in', 'uit' or 'te' somewhere is a place, in every
    # mention ('tussen Xanthorpe en Malden ... in Xanthorpe'), like an animal's name.
    dieren |= _plaatsnamen(doc, tokens, begin_indices, bekend)
    bekend -= dieren
    genomen = {k.begin for k in kandidaten}
    # The candidates so far do not overlap (the scan moved past each), so the tokens they
    # cover are a set; the ones added below cover only tokens already passed.
    bedekt = {index for k in kandidaten for index in range(k.begin, k.eind)}
    for index in begin_indices:  # every capitalised token is among them
        token = tokens[index]
        if index in genomen or index in plaatsen or not _hoofdletter(token.tekst):
            continue
        sleutel = _stam(token.tekst).lower()
        if (
            sleutel in bekend
            and not _ding_vorm_ernaast(doc, tokens, index)
            and not _functiewoord_aan_zinsbegin(doc, tokens, index)
            and not _instelling_na(doc, tokens, index + 1)  # 'de Jan Ligthartschool'
            and not _na_afkorting(doc, tokens, index)  # 'bij VV Emma'
        ):
            kandidaat = _Kandidaat(index, index + 1, sleutel)
            if vrij(kandidaat) and index not in bedekt:
                kandidaten.append(kandidaat)
    citaat_einden = {e for _, e in doc.citaten}
    spans = [
        (tokens[k.begin].start, _met_apostrof(doc, tokens[k.eind - 1].eind, citaat_einden))
        for k in kandidaten
        if k.sleutel not in dieren
    ]
    return sorted(set(spans))


_BEZITTERS_NA = frozenset("zijn z'n haar d'r hun".split())
"""Possessives after a name that make it the owner ('een gat in Xander zijn werk')."""


def _plaatsnamen(
    doc: Document, tokens: list[Token], indices: list[int], sleutels: set[str]
) -> set[str]:
    """The ones of ``sleutels`` (lower-case stems of names found) that somewhere stand as a
    place: right after 'in', 'uit', 'te', 'vanuit', 'richting' or 'nabij' in the same
    sentence, in their bare form (not 'in Anna's kamer'), and no known first name or
    surname ('vertrouwen in Jansen'), nor the owner in 'in Xander zijn werk'. No
    person stands there ('woonde in Xanthorpe', 'het museum te Xanthorpe'), so the other
    mentions of the word name the place too."""
    plaatsen: set[str] = set()
    for i in indices:
        if i == 0:
            continue
        vorige, token = tokens[i - 1], tokens[i]
        if (
            vorige.tekst.lower() in _PLAATSVOORZETSELS_STRIKT  # rare: tested first
            and _hoofdletter(token.tekst)
            and _aaneengesloten(doc, vorige, token)
            and _stam(token.tekst) == token.tekst
            and token.tekst.lower() in sleutels
            and not (is_voornaam(token.tekst) or is_achternaam(token.tekst))
            and not (
                i + 1 < len(tokens)
                and tokens[i + 1].tekst.lower() in _BEZITTERS_NA
                and _aaneengesloten(doc, token, tokens[i + 1])
            )
        ):
            plaatsen.add(token.tekst.lower())
    return plaatsen


def _achternamen_na(
    doc: Document,
    tokens: list[Token],
    spans: list[tuple[int, int]],
    kandidaten: list[_Kandidaat],
    ketens: dict[int, int],
) -> Iterator[_Kandidaat]:
    """The surname after each of ``spans`` (the pupil's own names): the matcher finds the
    first name ('Mirthe' of 'Mirthe Kok'); the surname after it is a name as well, and no
    other rule sees it (the scan skips a name that starts inside the pupil's)."""
    if not spans:
        return
    genomen = {index for k in kandidaten for index in range(k.begin, k.eind)}
    for nummer, (_, eind) in enumerate(spans):
        k = bisect_left(tokens, eind, key=tekst_eind)
        if k >= len(tokens) - 1 or tokens[k].eind != eind or k + 1 in genomen:
            continue  # the name ends inside a word (het Daanplan) or is last
        if _stam(tokens[k].tekst) != tokens[k].tekst:
            continue  # a possessive (Mirthes) is followed by what is hers, not a surname
        einde = _keten_eind(doc, tokens, k + 1, ketens)
        if einde == k + 1:
            einde = _achternaam_na_voornaam(doc, tokens, k + 1, ketens)
        if nummer + 1 < len(spans):
            # The surname ends before the pupil's next name ('Jan Xyzq Jan Xyzq'): so the
            # runs of all spans together cover each token once (time linear in the text).
            einde = min(einde, bisect_left(tokens, spans[nummer + 1][0], key=tekst_start))
        if einde <= k + 1 or any(index in genomen for index in range(k + 1, einde)):
            continue
        kop = next(
            (t for t in tokens[k + 1 : einde] if t.tekst.lower() not in TUSSENVOEGSELS),
            tokens[einde - 1],
        )
        genomen.update(range(k + 1, einde))
        yield _Kandidaat(k + 1, einde, _stam(kop.tekst).lower())


tekst_start = itemgetter(1)
tekst_eind = itemgetter(2)
"""A token's ``start`` and ``eind`` (its second and third fields), keys to search the
tokens by offset."""


def _met_apostrof(doc: Document, eind: int, citaat_einden: set[int] | None = None) -> int:
    """The end of a name with its possessive apostrophe (``Joris' spreekbeurt``: a name on
    -s, -x or -z takes a bare apostrophe), unless that mark closes a quotation."""
    tekst = doc.tekst
    if (
        eind < len(tekst)
        and tekst[eind] in "'’"
        and tekst[eind - 1] in "sxz"
        and not tekst[eind + 1 : eind + 2].isalnum()
        and eind + 1
        not in (citaat_einden if citaat_einden is not None else {e for _, e in doc.citaten})
    ):
        return eind + 1
    return eind


def _suggestie(doc: Document, tekst: str, start: int, namen: list[str]) -> str | None:
    """'de leerling', or 'zijn of haar' for a possessive (Daans fiets), capitalised at the
    start of a sentence."""
    gevouwen = {deel for n in namen for deel in re.split(r"[\W_]+", _vouw(n)) if deel}
    kaal = _vouw(_BEZIT.sub("", tekst))
    bezit = kaal != _vouw(tekst) or (kaal.endswith("s") and kaal not in gevouwen)
    if bezit and kaal.endswith("s") and kaal not in gevouwen:
        kaal = kaal[:-1]
    verkleind = kaal not in gevouwen
    suggestie = "zijn of haar" if bezit and not verkleind else "de leerling"
    if doc.tekst[start + len(tekst) : start + len(tekst) + 1].isalpha():
        return None  # the name starts a compound (het Daanplan): no plain replacement
    # The character before the name, spaces and tabs skipped (no copy of the text before).
    volledig = doc.tekst
    voor_index = start - 1
    while voor_index >= 0 and volledig[voor_index] in " \t":
        voor_index -= 1
    if voor_index < 0 or volledig[voor_index] in ".!?\n„“\"'‘#":
        suggestie = suggestie[0].upper() + suggestie[1:]
    return suggestie


_FUNCTIEKLASSEN = frozenset("rko")
"""Most frequent classes (woordsoorten: preposition, conjunctions) of a word that, opening a
sentence before a determiner, is that function word and not the name it may also be."""
_BEPALERS = LIDWOORDEN | frozenset("deze dit elke ieder iedere alle veel weinig".split())


def _functiewoord_aan_zinsbegin(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a capitalised function word that opens its sentence, as in
    'Door de bezuinigingen was er weinig geld' or 'Tot de zomer bleef het stil' (Door, Tot
    are first names too): the word is mostly a preposition or a conjunction, it opens the
    sentence, and a determiner follows with a lower-case word after it. A name there would
    be the subject, followed by its verb ('Door zag de hond')."""
    if i + 2 >= len(tokens) or not _zinsbegin(doc, tokens, i):
        return False
    token, bepaler, kern = tokens[i], tokens[i + 1], tokens[i + 2]
    if bepaler.tekst not in _BEPALERS or not kern.tekst[:1].islower():
        return False
    if not (_aaneengesloten(doc, token, bepaler) and _aaneengesloten(doc, bepaler, kern)):
        return False
    return woordsoorten().klasse(token.tekst.lower())[0] in _FUNCTIEKLASSEN


def _token_op(doc: Document, start: int) -> int | None:
    """The index of the token that starts at offset ``start``, or None."""
    tokens = doc.tokens
    k = bisect_left(tokens, start, key=lambda t: t.start)
    return k if k < len(tokens) and tokens[k].start == start else None


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report the pupil's name (fout) and other probable person names (waarschuwing)."""
    toegestaan = [str(w) for w in opties.get("toegestaan", [])]
    eigen = _vind_eigen_naam(doc, [str(n) for n in opties.get("namen", [])])
    for start, eind in eigen:
        tekst = doc.tekst[start:eind]
        if _product_na_maatwoord(doc, start, eind):
            continue  # 'zijn eigen paar Jordans': shoes named after someone else
        index = _token_op(doc, start) if tekst[:1].isupper() else None
        if (
            index is not None
            and doc.tokens[index].eind == eind
            and _functiewoord_aan_zinsbegin(doc, doc.tokens, index)
        ):
            continue  # 'Door de bezuinigingen': the preposition, not the pupil Door
        if (
            index is not None
            and doc.tokens[index].eind == eind
            and _in_instellingsnaam(doc, doc.tokens, index)
        ):
            continue  # 'het Sophia Kinderziekenhuis': a hospital, not the pupil Sophia
        yield Bevinding(
            "naam",
            "fout",
            start,
            eind,
            tekst,
            "Dit is de naam van de leerling. Noem geen namen: schrijf ‘de leerling’, "
            "‘hij’ of ‘zij’, of beschrijf wie het is (‘het meisje met de rode jas’).",
            _suggestie(doc, tekst, start, [str(n) for n in opties.get("namen", [])]),
        )
    if not opties.get("heuristiek", True):
        return
    for start, eind in vind_namen(doc, eigen, toegestaan):
        yield Bevinding(
            "naam",
            "waarschuwing",
            start,
            eind,
            doc.tekst[start:eind],
            "Dit lijkt de naam van een persoon. Noem geen namen: beschrijf wie het is "
            "(‘een klasgenoot’, ‘de juf’, ‘haar vader’).",
            None,
        )


REGEL = Regel(
    id="naam",
    titel="Geen namen van personen",
    beschrijving=(
        "Meldt de naam van de leerling (opgegeven met --naam of --namen) als fout, in elke "
        "schrijfwijze: met of zonder hoofdletter of accent, met bezits-s (Daans, Daan's), "
        "als verkleinwoord (Daantje), elk deel van een volledige naam en aan het begin "
        "van een samengesteld woord (het Daanplan), ook in dialogen en in de titel. "
        "Andere namen van personen worden als waarschuwing gemeld: een naam na juf, "
        "meester, mevrouw of een ander rolwoord, een bekende voornaam met de achternaam "
        "erachter, een achternaam die midden in de zin met De of Van begint, een naam na "
        "een aanhef (Beste ...,), een woord met "
        "hoofdletter midden in de zin dat geen Nederlands woord, plaats of merk is, en "
        "elke volgende keer dat zo'n naam terugkomt. Plaatsen, winkels, merken, "
        "huisdieren en woorden als papa of de juf tellen niet als naam."
    ),
    waarom=(
        "De verhalen gaan over echte leerlingen en worden gedeeld met collega's en soms "
        "daarbuiten. Zonder namen blijft de leerling beschermd en kan het verhaal veilig "
        "rondgaan. Het helpt ook de lezer: ‘een meisje uit groep drie’ laat meer zien dan "
        "een naam die de lezer niet kent."
    ),
    ernst="fout",
    check=check,
    opties={
        "namen": Optie(
            list, [], "De naam (of namen) van de leerling; wordt gevuld met --naam of --namen."
        ),
        "heuristiek": Optie(bool, True, "Ook andere namen van personen zoeken (waarschuwing)."),
        "toegestaan": Optie(
            list, [], "Woorden met een hoofdletter die nooit als naam gemeld worden."
        ),
    },
    voorbeelden=(
        Voorbeeld("Daan liep naar huis.", ["Daan"], opties={"namen": ["Daan"]}),
        Voorbeeld(
            "Het was Daans fiets, niet die van daan's broer.",
            ["Daans", "daan's"],
            opties={"namen": ["Daan"]},
        ),
        Voorbeeld("„Kom, Daantje!” riep ze.", ["Daantje"], opties={"namen": ["Daan"]}),
        Voorbeeld("# De bril van Sterre\n\nZe las.", ["Sterre"], opties={"namen": ["Sterre"]}),
        Voorbeeld("Er lag een roos op tafel.", [], opties={"namen": ["Roos"]}),
        Voorbeeld(
            "Jordans eigen paar Jordans stond thuis.", ["Jordans"], opties={"namen": ["Jordan"]}
        ),
        Voorbeeld(
            "Er zaten een paar Jordans in de klas.", ["Jordans"], opties={"namen": ["Jordan"]}
        ),
        Voorbeeld(
            "Zwaantje, een stil meisje, had het Zwaantjesplan bedacht.",
            ["Zwaantje", "Zwaantjes"],
            opties={"namen": ["Zwaantje Klaassen"]},
        ),
        Voorbeeld("Daniel en Daniëls zus.", ["Daniel", "Daniëls"], opties={"namen": ["Daniël"]}),
        Voorbeeld("Juf Anouk rende naar de bus.", ["Anouk"]),
        Voorbeeld("„Dat ben ik,” zei mevrouw Van der Berg.", ["Van der Berg"]),
        Voorbeeld("Hij leerde het van docent Van Dijk.", ["Van Dijk"]),
        Voorbeeld(
            "Bilal, haar klasgenoot, gaf haar appelsap. Later hielp Bilal weer.", ["Bilal", "Bilal"]
        ),
        Voorbeeld("Jasmijn en Eva hadden de groep gemaakt.", ["Jasmijn", "Eva"]),
        Voorbeeld("Toen kwam Ayşe binnen.", ["Ayşe"]),
        Voorbeeld("Ze kocht brood bij Albert Heijn in Lelystad.", []),
        Voorbeeld("Een klasgenoot, Tesfay, had zijn knuffel vergeten.", ["Tesfay"]),
        Voorbeeld("Haar oma kwam uit Wrocław en sprak Pools en Koerdisch.", []),
        Voorbeeld("Thuis vierden ze Nowruz; haar docent Nederlands was er ook.", []),
        Voorbeeld("Hij had zijn zakken vol Lego.", []),
        Voorbeeld("Het konijn heette Snuffel. Snuffel at een wortel.", []),
        Voorbeeld("Haar hond Max blafte. Max rende weg.", []),
        Voorbeeld("De kalfjes Bonnie en Clyde dronken melk.", []),
        Voorbeeld("Ze aaide de merrie, die Bella heette.", []),
        Voorbeeld("De honden Bo, Sep en Guus renden rond.", []),
        Voorbeeld("De kinderen Eva en Lotte speelden buiten.", ["Eva", "Lotte"]),
        Voorbeeld("De juf Engels las voor. Papa en opa zwaaiden.", []),
        Voorbeeld("Dan ging ze naar huis. Om acht uur begon de les.", []),
        Voorbeeld("Ze ging naar de Kamer van Koophandel in Arnhem.", []),
        Voorbeeld("Hij woonde in Breda en kwam uit Florence.", []),
        Voorbeeld("Ze zag dat Joris weg was, en de jongen die Sem pestte.", ["Joris", "Sem"]),
        Voorbeeld("Max, zo heette het beest, was bijna blind. Later liep Max mee.", []),
        Voorbeeld("De chef, Dennis de Graaf, wees naar de uien.", ["Dennis de Graaf"]),
        Voorbeeld("Ze zat naast Fenna Hoek en Wessel Vink.", ["Fenna Hoek", "Wessel Vink"]),
        Voorbeeld("Mirthe Kok kwam binnen.", ["Mirthe", "Kok"], opties={"namen": ["Mirthe"]}),
        Voorbeeld("Hij belde met De Haas en Van Wijngaarden.", ["De Haas", "Van Wijngaarden"]),
        Voorbeeld("Beste Harm,\n\nHier is het verslag.", ["Harm"]),
        Voorbeeld("Ze zat op basisschool De Leeuw, niet ver van Den Haag.", []),
        Voorbeeld("Ze hoorde Joris' spreekbeurt. ‘Kom, Joris’ riep ze.", ["Joris'", "Joris"]),
        Voorbeeld("Ze liep naar Anna.", ["Anna"]),
        Voorbeeld("Hij kwam 's ochtends binnen en ging ’s middags weg.", []),
        Voorbeeld("Toen kwam Marloes binnen.", [], opties={"toegestaan": ["Marloes"]}),
        Voorbeeld("Meester Kees floot.", [], opties={"heuristiek": False}),
        Voorbeeld("Ze leerde het van instructeur Visser en kapper Van Dam.", ["Visser", "Van Dam"]),
        Voorbeeld("Cor vond het mooi. Daarna stapte Frits op.", ["Cor", "Frits"]),
        Voorbeeld("Als R. klaar was, mocht hij kiezen. Hij nam vitamine D. Toen sliep hij.", ["R"]),
        Voorbeeld("„Hopla hopla,” zei ze tegen Bing AI, met een tolk Dari.", []),
        Voorbeeld("Hij kocht een paar Vans bij Van Haren en zag een Van Gogh.", []),
    ),
)
