"""Rule ``zintuigen``: the story appeals to the senses and to feelings.

Phase 6 of the method asks whether the senses play a role: smells, colours, sounds, tastes,
touch and temperature, and emotions described concretely. The rule counts the words of the
story body that do so, using a lexicon per sense (``data/zintuigen/woorden.tsv``, built by
``scripts/tabellen/zintuigen.py`` from a reviewed seed list expanded with spaCy's Dutch
lemma table). Every distinct word counts once: a perception or a bodily emotion (rode,
rook, kletterde, huilde) counts 1, a word with a second meaning, an emotion that is only
named or a complaint a report names (hard, lucht, stil, blij, moe, buikpijn) counts half, a
generic perception verb (zag, hoorde, voelde) a quarter; a word with a capital mid-sentence
is part of a name (Wessel Rood, De Rode Loper) and does not count. Below the threshold, or
with weak words only that do not reach one and a half times the threshold, the story gets
one finding, at the title (or at the start when there is none), that names the absent
senses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document, tekst_van
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.woordenboek import WOORDMEMO
from verhaal.data import lees_regels, lees_woorden

ZINTUIGEN: dict[str, str] = {
    "zicht": "kleuren en licht (wat je ziet)",
    "geur": "geuren",
    "geluid": "geluiden",
    "smaak": "smaken",
    "tast": "aanraking en temperatuur",
    "gevoel": "gevoelens die je kunt zien of voelen",
}
"""Sense id -> how the message names it."""

_MIN_KOP = 4
"""Shortest compound head (koud in ijskoud); shorter words give false hits (rood in brood)."""
_MIN_VOORDEEL = 3
"""Shortest first part of a compound (ijs-koud, doods-bang)."""


@dataclass(frozen=True)
class Lexicon:
    """Word form -> (sense, weight), and the forms that may end a compound."""

    woorden: dict[str, tuple[str, float]]
    koppen: dict[str, tuple[str, float]]
    uitdrukkingen: frozenset[str]
    """Word pairs ('warme overdracht', 'groen licht') whose sense word is a metaphor."""
    langste_kop: int = 0
    """Length of the longest compound head: a longer ending can never be one."""


@cache
def lexicon() -> Lexicon:
    """Load the sense lexicon (cached)."""
    woorden: dict[str, tuple[str, float]] = {}
    koppen: dict[str, tuple[str, float]] = {}
    for regel in lees_regels("zintuigen/woorden.tsv"):
        vorm, zintuig, gewicht, kop = regel.split("\t")
        waarde = (zintuig, float(gewicht))
        woorden[vorm] = waarde
        if kop == "1" and len(vorm) >= _MIN_KOP:
            koppen[vorm] = waarde
    langste = max((len(kop) for kop in koppen), default=0)
    return Lexicon(woorden, koppen, lees_woorden("zintuigen/uitdrukkingen.txt"), langste)


def _zoek(woord: str, lex: Lexicon) -> tuple[str, float] | None:
    gevonden = lex.woorden.get(woord)
    if gevonden is not None:
        return gevonden
    # Compounds: ijskoud, doodsbang, koffiegeur, hemelsblauw. Only endings no longer than
    # the longest head are tried, so a very long token costs constant time, not quadratic.
    eerste = max(_MIN_VOORDEEL, len(woord) - lex.langste_kop)
    for begin in range(eerste, len(woord) - _MIN_KOP + 1):
        gevonden = lex.koppen.get(woord[begin:])
        if gevonden is not None:
            return gevonden
    return None


@lru_cache(maxsize=WOORDMEMO)
def _zintuig(woord: str) -> tuple[str, float] | None:
    """:func:`_zoek` in the shipped lexicon, cached per distinct word (a word that is not
    in it is tried as a compound at every split; that needs seven letters or more)."""
    return _zoek(woord, lexicon())


@lru_cache(maxsize=WOORDMEMO)
def _klein(tekst: str) -> str:
    """A token's text as the lexicon spells it: lower case, NFC, without soft hyphens.
    Cached per distinct text."""
    if tekst.isascii():
        return tekst.lower()
    return unicodedata.normalize("NFC", tekst.lower().replace("\u00ad", ""))


def meet(doc: Document, extra: frozenset[str] = frozenset()) -> dict[str, dict[str, float]]:
    """Per sense, the distinct words of the story body that appeal to it, with weights."""
    lex = lexicon()
    per_zintuig: dict[str, dict[str, float]] = {zintuig: {} for zintuig in ZINTUIGEN}
    verhaal = list(doc.verhaal_tokens())
    tokens = list(compress(verhaal, map(str.isalpha, map(tekst_van, verhaal))))
    woorden = list(map(_klein, map(tekst_van, tokens)))
    # Only the words in the lexicon, compounds ending in one (cached) and the user's own
    # words count; most words are none of these.
    if extra:
        treffers = [i for i, w in enumerate(woorden) if w in extra or _zintuig(w) is not None]
    else:
        treffers = list(compress(range(len(woorden)), map(_zintuig, woorden)))
    for index in treffers:
        woord = woorden[index]
        if woord in extra:
            # A user's own word counts fully, under its sense if the lexicon knows it.
            zintuig = lex.woorden[woord][0] if woord in lex.woorden else "gevoel"
            per_zintuig[zintuig][woord] = 1.0
            continue
        gevonden = _zintuig(woord)
        if gevonden is None:
            continue
        token = tokens[index]
        if not token.zinsbegin and token.tekst[:1].isupper() and not token.tekst.isupper():
            continue  # a capital mid-sentence makes a name: Wessel Rood, De Rode Loper
        zelfde_zin = token.zin
        voor = woorden[index - 1] if index and tokens[index - 1].zin == zelfde_zin else ""
        na = (
            woorden[index + 1]
            if index + 1 < len(woorden) and tokens[index + 1].zin == zelfde_zin
            else ""
        )
        if f"{voor} {woord}" in lex.uitdrukkingen or f"{woord} {na}" in lex.uitdrukkingen:
            continue  # 'warme overdracht', 'groen licht': no perception
        zintuig, gewicht = gevonden
        per_zintuig[zintuig][woord] = gewicht
    return per_zintuig


ALLEEN_ZWAK = 1.5
"""How many times the minimum a story needs when none of its words has full weight: weak words
(a feeling only named, a word with a second meaning, 'zag') are no concrete perception by
themselves, so one or two of them ('ze was boos en keek naar de klok', 'klanken oefenen') do
not make a scene one can see or feel, three or more of them usually do ('de lijm plakte, de
schaar klonk scherp')."""


def genoeg(per_zintuig: dict[str, dict[str, float]], minimum: float) -> bool:
    """Whether the measured words reach ``minimum`` (:data:`ALLEEN_ZWAK` times that without a
    single full-weight word)."""
    score = sum(sum(woorden.values()) for woorden in per_zintuig.values())
    if score < minimum:
        return False
    concreet = any(
        gewicht >= 1.0 for woorden in per_zintuig.values() for gewicht in woorden.values()
    )
    return concreet or score >= ALLEEN_ZWAK * minimum


def _opsomming(delen: list[str]) -> str:
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """One story-level finding when the story hardly appeals to the senses."""
    if not any(True for _ in doc.verhaal_tokens()):
        return
    extra = frozenset(str(w).lower() for w in opties["extra_woorden"])
    per_zintuig = meet(doc, extra)
    if genoeg(per_zintuig, float(opties["minimum"])):
        return
    afwezig = [ZINTUIGEN[z] for z, woorden in per_zintuig.items() if not woorden]
    uitleg = f"Er komt niets in voor over {_opsomming(afwezig)}. " if afwezig else ""
    yield REGEL.verhaalbevinding(
        doc,
        (
            "Het verhaal spreekt weinig tot de zintuigen. "
            + uitleg
            + "Beschrijf wat de leerling ziet, hoort, ruikt, proeft en voelt, "
            "en laat emoties zien (trillende handen, een brok in de keel)."
        ),
    )


REGEL = Regel(
    id="zintuigen",
    titel="Zintuigen en gevoel",
    beschrijving=(
        "Het verhaal spreekt tot de zintuigen: er zijn kleuren, geuren, geluiden, smaken, "
        "aanraking of temperatuur, en emoties worden concreet beschreven. Zo niet, dan meldt "
        "de regel één keer voor het hele verhaal welke zintuigen ontbreken."
    ),
    waarom=(
        "De methode vraagt minder in feiten en meer in zintuigen, ervaringen en gevoelens te "
        "denken; in fase 6 is de vraag of geuren, kleuren en emoties een rol spelen. Een "
        "zakelijk verslag raakt de lezer niet, een beeld wel."
    ),
    ernst="waarschuwing",
    check=check,
    opties={
        "minimum": Optie(
            float,
            1.0,
            "Hoeveel zintuiglijke woorden het verhaal minstens heeft. Elk woord telt één keer; "
            "een alleen genoemd gevoel of een woord met een tweede betekenis ('blij', 'lekker') "
            "telt half, 'zien', 'horen' en 'voelen' tellen een kwart. Zonder één echt "
            "zintuiglijk woord (een kleur, geur, geluid, smaak, aanraking of een gevoel dat je "
            "ziet) moet het verhaal anderhalf keer zoveel halen.",
            minimum=0,
        ),
        "extra_woorden": Optie(
            list,
            [],
            "Extra woorden die als zintuiglijk of gevoelsmatig meetellen.",
        ),
    },
    voorbeelden=(
        Voorbeeld(
            "# Regen\n\nDe regen kletterde op het dak en het lokaal rook naar natte jassen.\n",
            [],
        ),
        Voorbeeld(
            "# De klas\n\nZe huilde en trilde over haar hele lijf.\n",
            [],
        ),
        Voorbeeld(
            "# Het rooster\n\nDe mentor, meneer Rood, paste het rooster aan met mevrouw Zwart.\n",
            ["Het rooster"],
        ),
        Voorbeeld(
            "# Het rooster\n\nRode bladeren vielen op het rooster van meneer Bakker.\n",
            [],
        ),
        Voorbeeld("# Het rooster\n\nDe mentor riep dat het rooster ROOD werd.\n", []),
        Voorbeeld(
            "# Het werkstuk\n\nHij schreef een werkstuk over zwarte gaten en de koude oorlog.\n",
            ["Het werkstuk"],
        ),
        Voorbeeld(
            "# Het gesprek\n\nDe mentor voerde een gesprek met de ouders. Daarna werd het "
            "rooster aangepast.\n",
            ["Het gesprek"],
        ),
        Voorbeeld(
            "De mentor voerde een gesprek met de ouders. Daarna werd het rooster aangepast.\n",
            [""],
        ),
        Voorbeeld(
            "# Les op afstand\n\nHet robotje gaf beeld en geluid door, en ze kon een lampje "
            "laten branden als ze een vraag had.\n",
            ["Les op afstand"],
        ),
        Voorbeeld(
            "# Les op afstand\n\nHet robotje piepte en het lampje brandde fel rood.\n",
            [],
        ),
        Voorbeeld(
            "# De nieuwe\n\nHet was een stille jongen die na school meteen naar huis ging.\n",
            ["De nieuwe"],
        ),
        Voorbeeld(
            "# De nieuwe\n\nToen ze binnenkwam, werd het doodstil in de klas.\n",
            [],
        ),
        Voorbeeld(
            "# Verzuim\n\nVolgens de moeder had hij buikpijn op schooldagen. De "
            "leerplichtambtenaar werd ingeschakeld.\n",
            ["Verzuim"],
        ),
        Voorbeeld(
            "# Verzuim\n\nHij had buikpijn en zijn handen trilden toen hij het plein opliep.\n",
            [],
        ),
        Voorbeeld(
            "# Het plan\n\nDe mentor maakte een plan.\n",
            [],
            {"minimum": 0.0},
        ),
    ),
)
