"""Build the first-name and surname tables under src/verhaal/data/namen/ from Faker.

    python scripts/tabellen/namen.py

Faker (MIT licence) ships person names per locale. We take the locales whose names a
Dutch classroom meets (Dutch, Flemish, English, Turkish, Moroccan/Algerian, Polish,
Surinamese/Hindustani and Indonesian, West African, Southern and Eastern European, ...),
keep names in Latin script, and write them as lexicon tables (see
verhaal.checker.woordenboek.Woordtabel):

- voornamen.bin: first names;
- achternamen.bin: surnames, parts of multi-word surnames included (Berg, Dijk);
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from bronnen import DATA, wheel

from verhaal.checker.woordenboek import maak_woordtabel

LOCALES = (
    # Dutch and Flemish first.
    "nl_NL",
    "nl_BE",
    # English-speaking (also many Surinamese/Antillean and international names).
    "en_GB",
    "en_US",
    "en_IE",
    "en_NZ",
    # Turkish, Azerbaijani; Maghreb names in French transliteration (Moroccan-Dutch
    # names are spelled that way: Mohamed, Nadia, Karim).
    "tr_TR",
    "az_AZ",
    "fr_DZ",
    "fr_FR",
    "fr_BE",
    # South Asian (Hindustani-Surinamese), Pakistani, Indonesian/Moluccan.
    "en_IN",
    "en_PK",
    "id_ID",
    # West and East African (Ghanaian, Nigerian, Kenyan, Swahili).
    "tw_GH",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "en_NG",
    "en_KE",
    "sw",
    # Polish and other European labour-migration and neighbour countries.
    "pl_PL",
    "ro_RO",
    "bg_BG",
    "hr_HR",
    "sk_SK",
    "cs_CZ",
    "hu_HU",
    "lt_LT",
    "lv_LV",
    "sl_SI",
    "de_DE",
    "de_AT",
    "es_ES",
    "pt_PT",
    "pt_BR",
    "it_IT",
    "da_DK",
    "sv_SE",
    "no_NO",
    "fi_FI",
)
_LATIJN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*[a-zß-öø-ɏ]$")
_TUSSENVOEGSEL = {
    "van",
    "de",
    "der",
    "den",
    "ter",
    "ten",
    "te",
    "het",
    "in",
    "op",
    "'t",
    "la",
    "le",
    "da",
    "di",
    "del",
    "von",
    "zu",
    "el",
    "al",
    "bin",
    "ben",
    "ibn",
}


def _waarden(provider: type, *attributen: str) -> set[str]:
    namen: set[str] = set()
    for attribuut in attributen:
        waarde = provider.__dict__.get(attribuut, ())
        if isinstance(waarde, dict):
            waarde = waarde.keys()
        if isinstance(waarde, (tuple, list, set, frozenset, type({}.keys()))):
            namen |= {n.strip() for n in waarde if isinstance(n, str)}
    return namen


def main() -> None:
    sys.path.insert(0, str(wheel("faker")))
    voornamen: set[str] = set()
    achternamen: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for naam in _waarden(
            provider,
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_names_nonbinary",
        ):
            for deel in naam.split("-") if "-" in naam else [naam]:
                if _LATIJN.match(deel):
                    voornamen.add(deel)
            if _LATIJN.match(naam):
                voornamen.add(naam)
        for naam in _waarden(provider, "last_names", "last_names_male", "last_names_female"):
            for deel in re.split(r"[\s-]+", naam):
                if _LATIJN.match(deel) and deel.lower() not in _TUSSENVOEGSEL:
                    achternamen.add(deel)
    doel = DATA / "namen"
    doel.mkdir(parents=True, exist_ok=True)
    (doel / "voornamen.bin").write_bytes(maak_woordtabel(voornamen))
    (doel / "achternamen.bin").write_bytes(maak_woordtabel(achternamen))
    for naam in ("voornamen.bin", "achternamen.bin"):
        print(f"{naam}: {(doel / naam).stat().st_size:,} bytes")
    print(f"{len(voornamen):,} voornamen, {len(achternamen):,} achternamen")


if __name__ == "__main__":
    main()
