"""Build the table of language names src/verhaal/data/namen/talen.bin from Babel's CLDR data.

    python scripts/tabellen/talen.py

Source: the PyPI package Babel (code BSD-3-Clause), which ships the Unicode CLDR locale data
(Unicode License v3). We take the names of languages as Dutch (``nl``) and English (``en``)
write them (Tigrinya, Dari, Papiaments, Pasjtoe, Pashto), keep single words in Latin script
and their spelling without diacritics (Guarani for Guaraní). The rule ``naam`` uses the table
to know that a capitalised word no Dutch list knows is a language ('een tolk Dari'), not a
person; names that are also known first names (Mari) stay names there.
"""

from __future__ import annotations

import sys
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from bronnen import CACHE, DATA, wheel

from verhaal.checker.woordenboek import maak_woordtabel


def _latijns(woord: str) -> bool:
    """Letters of the Latin script only (with - and '), starting with a capital."""
    if not woord[:1].isupper() or len(woord) < 3:
        return False
    return all(
        teken in "-'’" or (teken.isalpha() and "LATIN" in unicodedata.name(teken, ""))
        for teken in woord
    )


def _zonder_accenten(woord: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", woord) if unicodedata.category(c) != "Mn"
    )


def main() -> None:
    bestand = wheel("babel")
    doel_map = CACHE / bestand.stem
    if not doel_map.is_dir():
        with zipfile.ZipFile(bestand) as archief:  # Babel reads its data files from disk
            archief.extractall(doel_map)
    sys.path.insert(0, str(doel_map))
    from babel import Locale

    talen: set[str] = set()
    for taal in ("nl", "en"):
        for naam in Locale(taal).languages.values():
            if " " in naam or not _latijns(naam):
                continue
            talen.add(naam)
            talen.add(_zonder_accenten(naam))
    doel = DATA / "namen" / "talen.bin"
    doel.write_bytes(maak_woordtabel(talen))
    print(f"talen.bin: {doel.stat().st_size:,} bytes, {len(talen):,} namen van talen")


if __name__ == "__main__":
    main()
