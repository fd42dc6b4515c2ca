"""Rule ``vaktaal``: education jargon and acronyms that outsiders do not understand.

Three sources of findings:

1. the hand-written term list ``data/vaktaal/termen.tsv`` (OPP, IB'er, handelingsplan,
   passend onderwijs ...), with inflections and compounds (severity ``fout``);
2. a diagnosis statement recognised by its form: ``<diagnosis>verklaring`` where the
   diagnosis starts with dys- or ends in -isme/-stoornis/-syndroom/-fobie, or is an
   acronym (ADHD-verklaring) (``fout``);
3. any other acronym that a reader outside school cannot be expected to know: 2-5
   capitals that the Dutch lexicon does not list (it lists NS, EHBO, GGD, tv, havo) and
   that are not in the everyday list ``data/vaktaal/alledaags.txt`` (BSO), with Dutch
   endings and hyphenated compounds as one span (``waarschuwing``: it may be a name the
   reader does know). An acronym that the text spells out, "Communistische Partij (CPN)",
   is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document, Token
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.woordenboek import (
    WOORDMEMO,
    Termen,
    is_gewoon_woord,
    is_voornaam,
    is_vorm,
    lees_woordtabel,
)
from verhaal.data import lees_regels, lees_woorden


@cache
def _termen() -> dict[str, str]:
    paren = (regel.split("\t") for regel in lees_regels("vaktaal/termen.tsv"))
    return {deel[0].strip(): deel[1].strip() for deel in paren if len(deel) == 2}


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


# An acronym token: 2-5 capitals, optionally with a Dutch ending (OKR's, PMT'er, PMT'ers,
# ABCs) and a hyphenated tail (ABC-leerlingen, ABC-gesprek): one span as a whole.
_AFKORTING = re.compile(
    r"(?P<kern>[A-Z]{2,5})(?:['’](?:ers?|s|je|tje|tjes)|s)?(?P<staart>-[^\W\d_][\w'’-]*)?"
)
_ROMEINS = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@cache
def _alledaags() -> frozenset[str]:
    """Everyday acronyms the lexicon lacks (BSO, KDV): reviewed, hand-written."""
    return frozenset(lees_woorden("vaktaal/alledaags.txt"))


@cache
def onbekende_afkorting(woord: str) -> bool:
    """Whether a token is an acronym that outsiders cannot be expected to know.

    The Dutch lexicon lists the acronyms everyone knows (NS, EHBO, GGD, HEMA, tv, wc, havo),
    English words in capitals (OMG, ASAP) belong to English, and a capitalised Dutch word
    (NEE, STOP) is shouting; whatever is left, in a story about a pupil, is jargon that needs
    spelling out. Roman numerals and first names (in capitals) are no acronyms.
    """
    m = _AFKORTING.fullmatch(woord)
    if m is None:
        return False
    kern = m.group("kern")
    if kern in _alledaags() or _ROMEINS.fullmatch(kern):
        return False
    if is_vorm(kern) or is_vorm(kern.lower()) or is_vorm(kern.capitalize()):
        return False
    engels = lees_woordtabel("engels/woorden.bin").waarde(kern.lower())
    if engels in (1, 3) and len(kern) > 2:
        return False  # OMG, ASAP: English, not school jargon
    return not is_voornaam(kern.capitalize())


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


@lru_cache(maxsize=WOORDMEMO)
def _kan_vaktaal(tekst: str, termen: Termen) -> bool:
    """Whether a token with this text can be (the start of) a finding: a term may start
    at it, it is a diagnosis statement or an acronym nobody knows. Cached per distinct
    text (and term list): most tokens are none of these."""
    return (
        termen.kan_beginnen(tekst)
        or diagnoseverklaring(tekst)
        or (tekst[:2].isupper() and onbekende_afkorting(tekst))
    )


# An acronym introduced with its meaning: "Communistische Partij (CPN)".
_UITGELEGD = re.compile(r"[^\W\d_]{3,}\s*\(([A-Z]{2,5})\)")


def _uitgelegd(doc: Document) -> frozenset[str]:
    """Acronyms the text itself spells out (in parentheses after their meaning)."""
    return frozenset(m.group(1) for m in _UITGELEGD.finditer(doc.proza))


def vind_vaktaal(
    doc: Document, extra: Iterable[str] = (), toegestaan: Iterable[str] = ()
) -> Iterator[tuple[int, int, str | None, bool]]:
    """Yield (start, end, plain-Dutch alternative, listed) for every jargon term in the
    document; ``listed`` is False for an unknown acronym found by its form alone."""
    termen = _lijst(tuple(extra), tuple(toegestaan))
    # Only runs with a token that can be (the start of) a finding are searched.
    kandidaten = [k for k, t in enumerate(doc.tokens) if _kan_vaktaal(t.tekst, termen)]
    if not kandidaten:
        return
    weg = {w.lower() for w in toegestaan}
    uitgelegd = _uitgelegd(doc) if "(" in doc.proza else frozenset()
    for reeks in doc.woordreeksen(kandidaten):
        woorden = [t.tekst for t in reeks]
        bezet: set[int] = set()
        for begin, eind, term in termen.zoek(woorden):
            bezet.update(range(begin, eind))
            start, stop = reeks[begin].start, reeks[eind - 1].eind
            if doc.tekst[start:stop].lower() in weg:
                continue
            yield start, stop, termen.termen.get(term), True
        for i, token in enumerate(reeks):
            if i in bezet or token.tekst.lower() in weg:
                continue
            if diagnoseverklaring(token.tekst):
                yield token.start, token.eind, _DIAGNOSEVERKLARING, True
                continue
            if (
                token.tekst[:2].isupper()
                and onbekende_afkorting(token.tekst)
                and not _geschreeuw(doc, reeks, i)
            ):
                kern = _AFKORTING.fullmatch(token.tekst)
                if kern is not None and (
                    kern.group("kern").lower() in weg or kern.group("kern") in uitgelegd
                ):
                    continue
                yield token.start, token.eind, None, False


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report jargon with a plain-Dutch alternative."""
    for start, eind, alternatief, bekend in vind_vaktaal(
        doc, opties.get("extra", []), opties.get("toegestaan", [])
    ):
        tekst = doc.tekst[start:eind]
        if not bekend:
            bericht = (
                f"Afkorting: ‘{tekst}’ kent niet iedereen. Schrijf in gewone woorden "
                "wat ermee bedoeld wordt."
            )
            yield Bevinding("vaktaal", "waarschuwing", start, eind, tekst, bericht, None)
            continue
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
        "een diagnose (ADHD-verklaring). Een andere afkorting die niet in de woordenlijst "
        "staat, wordt als waarschuwing gemeld: buitenstaanders kennen haar meestal niet. "
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
    ),
)
