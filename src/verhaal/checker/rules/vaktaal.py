"""Rule ``vaktaal``: education jargon and acronyms that outsiders do not understand."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.rules.engels import woordreeksen
from verhaal.checker.woordenboek import Termen
from verhaal.data import lees_regels


@cache
def _termen() -> dict[str, str]:
    paren = (regel.split("\t") for regel in lees_regels("vaktaal/termen.tsv"))
    return {deel[0].strip(): deel[1].strip() for deel in paren if len(deel) == 2}


@cache
def _standaard() -> Termen:
    return Termen(_termen())


def _lijst(extra: tuple[str, ...], toegestaan: tuple[str, ...]) -> Termen:
    if not extra and not toegestaan:
        return _standaard()
    termen: dict[str, str | None] = dict(_termen())
    for woord in extra:
        termen.setdefault(woord, None)
    weg = {w.lower() for w in toegestaan}
    return Termen({t: a for t, a in termen.items() if t.lower() not in weg})


def vind_vaktaal(
    doc: Document, extra: Iterable[str] = (), toegestaan: Iterable[str] = ()
) -> Iterator[tuple[int, int, str | None]]:
    """Yield (start, end, plain-Dutch alternative) for every jargon term in the document."""
    termen = _lijst(tuple(extra), tuple(toegestaan))
    weg = {w.lower() for w in toegestaan}
    for reeks in woordreeksen(doc):
        woorden = [t.tekst for t in reeks]
        for begin, eind, term in termen.zoek(woorden):
            start, stop = reeks[begin].start, reeks[eind - 1].eind
            if doc.tekst[start:stop].lower() in weg:
                continue
            yield start, stop, termen.termen.get(term)


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report jargon with a plain-Dutch alternative."""
    for start, eind, alternatief in vind_vaktaal(
        doc, opties.get("extra", []), opties.get("toegestaan", [])
    ):
        tekst = doc.tekst[start:eind]
        bericht = f"Vaktaal: ‘{tekst}’ zegt buitenstaanders weinig. Zeg het in gewone taal"
        bericht += f", bijvoorbeeld ‘{alternatief}’." if alternatief else "."
        yield Bevinding("vaktaal", "fout", start, eind, tekst, bericht, alternatief)


REGEL = Regel(
    id="vaktaal",
    titel="Geen vaktaal",
    beschrijving=(
        "Meldt onderwijsjargon en afkortingen die buiten school niemand begrijpt: OPP, "
        "IB'er, MDO, handelingsplan, groepsplan, leerlijn, passend onderwijs en dergelijke, "
        "ook in samenstellingen (LOB-traject, groepsplanbespreking). Schooltypen en gewone "
        "schoolwoorden (vmbo, havo, brugklas, mentor, stage) en bekende woorden als "
        "dyslexie blijven staan. Bij elke melding staat een omschrijving in gewone taal."
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
        Voorbeeld("Ze zat in de brugklas van het vmbo en liep stage.", []),
        Voorbeeld("De mentor belde haar ouders over de dyslexie.", []),
        Voorbeeld("Hij maakte een plan voor de klas.", []),
        Voorbeeld("Het MDO werd verzet.", [], opties={"toegestaan": ["MDO"]}),
        Voorbeeld("De plusklas begon.", ["plusklas"], opties={"extra": ["plusklas"]}),
    ),
)
