"""Build src/verhaal/data/getallen/telwoorden.tsv from ICU's Dutch number spell-out.

The table holds only the building blocks of Dutch number words (nul, een ... negen, tien ...
negentien, the tens, honderd, duizend, miljoen ...) and their ordinals (eerste, tweede ...).
The rule ``getal`` composes every other number word from them with a small grammar
(vijfentwintig, tweehonderdeenendertig, drieduizend ...). This script then checks that grammar
against ICU for every number up to 100,000 and a sample of larger ones, both ways: ICU's
words parse to their value, and the grammar's ordinals equal ICU's.

Source: ICU's rule-based number format (CLDR data, Unicode License v3), called through ctypes
from the system library (Debian package libicu72 or any other ICU version). No network, no
Python package needed.

    .venv/bin/python scripts/tabellen/getallen.py          # rebuild the table and verify it
    .venv/bin/python scripts/tabellen/getallen.py --check  # verify only
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOEL = ROOT / "src" / "verhaal" / "data" / "getallen" / "telwoorden.tsv"

UNUM_SPELLOUT = 5
UNUM_DEFAULT_RULESET = 6
ZACHT_AFBREEKSTREEPJE = "\u00ad"

# The building blocks: value -> kind. Everything else is composed by the grammar.
BLOKKEN: list[tuple[str, int]] = (
    [("nul", 0)]
    + [("eenheid", n) for n in range(1, 10)]
    + [("tiener", n) for n in range(10, 20)]
    + [("tiental", n) for n in range(20, 100, 10)]
    + [("honderd", 100), ("duizend", 1000)]
    + [("groot", 10**6), ("groot", 10**9), ("groot", 10**12), ("groot", 10**15)]
)
# Ordinals of the blocks (eerste, tweede ... honderdste, miljoenste): the suggestion for
# "3e" is "derde", and fractions such as "een-achtste" need them.
RANG_BLOKKEN = [n for kind, n in BLOKKEN if kind != "nul"]


class Icu:
    """Dutch spell-out through the system's ICU library."""

    def __init__(self) -> None:
        naam = ctypes.util.find_library("icui18n")
        if naam is None:
            raise SystemExit("ICU (libicui18n) niet gevonden: apt-get install libicu72")
        self.lib = ctypes.CDLL(naam)
        self.suffix = self._versie_suffix()
        self._open = self._functie("unum_open", ctypes.c_void_p)
        self._open.argtypes = [
            ctypes.c_int,
            ctypes.c_void_p,
            ctypes.c_int32,
            ctypes.c_char_p,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
        ]
        self._format = self._functie("unum_formatInt64", ctypes.c_int32)
        self._format.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int64,
            ctypes.c_void_p,
            ctypes.c_int32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
        ]
        self._zet = self._functie("unum_setTextAttribute", None)
        self._zet.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_void_p,
            ctypes.c_int32,
            ctypes.POINTER(ctypes.c_int),
        ]
        self.hoofd = self._formatter(None)
        self.rang = self._formatter("%spellout-ordinal")

    def _versie_suffix(self) -> str:
        if hasattr(self.lib, "unum_open"):
            return ""
        for versie in range(99, 40, -1):
            if hasattr(self.lib, f"unum_open_{versie}"):
                return f"_{versie}"
        raise SystemExit("Onbekende ICU-versie: unum_open niet gevonden.")

    def _functie(self, naam: str, terug: object) -> ctypes._CFuncPtr:  # type: ignore[name-defined]
        functie = getattr(self.lib, naam + self.suffix)
        functie.restype = terug
        return functie

    def _formatter(self, regelset: str | None) -> int:
        fout = ctypes.c_int(0)
        formatter = self._open(UNUM_SPELLOUT, None, 0, b"nl", None, ctypes.byref(fout))
        if fout.value > 0 or not formatter:
            raise SystemExit(f"ICU: unum_open mislukt ({fout.value}).")
        if regelset:
            data = regelset.encode("utf-16-le")
            self._zet(formatter, UNUM_DEFAULT_RULESET, data, len(regelset), ctypes.byref(fout))
            if fout.value > 0:
                raise SystemExit(f"ICU: regelset {regelset} onbekend ({fout.value}).")
        return int(formatter)

    def spel(self, getal: int, rang: bool = False) -> str:
        """ICU's Dutch words for ``getal`` (soft hyphens removed)."""
        buffer = ctypes.create_string_buffer(1024)
        fout = ctypes.c_int(0)
        formatter = self.rang if rang else self.hoofd
        lengte = self._format(formatter, getal, buffer, 512, None, ctypes.byref(fout))
        if fout.value > 0:
            raise SystemExit(f"ICU: formatteren van {getal} mislukt ({fout.value}).")
        return buffer.raw[: lengte * 2].decode("utf-16-le").replace(ZACHT_AFBREEKSTREEPJE, "")


def blokwoord(icu: Icu, waarde: int, rang: bool = False) -> str:
    """The single word for a building block ('een miljoen' -> 'miljoen')."""
    woord = icu.spel(waarde, rang).split()[-1]
    if rang and waarde >= 10**6 and woord.startswith("een"):
        woord = woord[3:]  # ICU writes 'eenmiljoenste'; the block is 'miljoenste'
    return woord


def maak_tabel(icu: Icu) -> str:
    regels = [
        "# Building blocks of Dutch number words, generated by scripts/tabellen/getallen.py",
        "# from ICU's Dutch spell-out rules (CLDR, Unicode License v3). Do not edit by hand.",
        "# kind<TAB>word<TAB>value; kind 'rang' holds the ordinals of the blocks.",
    ]
    for soort, waarde in BLOKKEN:
        regels.append(f"{soort}\t{blokwoord(icu, waarde)}\t{waarde}")
    for waarde in RANG_BLOKKEN:
        regels.append(f"rang\t{blokwoord(icu, waarde, rang=True)}\t{waarde}")
    return "\n".join(regels) + "\n"


def controleer(icu: Icu) -> int:
    """Compare the rule's grammar with ICU; return the number of disagreements."""
    sys.path.insert(0, str(ROOT / "src"))
    from verhaal.checker.rules import getal
    from verhaal.data import lees_regels

    lees_regels.cache_clear()
    getal.grammatica.cache_clear()
    fouten = 0
    proeven = [*range(0, 100_001), *range(100_000, 10**7, 7_919), 10**9, 3 * 10**9 + 17]
    for waarde in proeven:
        woorden = icu.spel(waarde).split()
        # ICU writes 'een miljoen vijfhonderd': every word on its own must be a number word.
        delen = [getal.telwaarde(w) for w in woorden]
        if any(d is None for d in delen) or (len(woorden) == 1 and delen[0] != waarde):
            fouten += 1
            if fouten <= 20:
                print(f"grammatica herkent {' '.join(woorden)!r} ({waarde}) niet: {delen}")
    for waarde in range(1, 1000):
        verwacht = icu.spel(waarde, rang=True)
        gekregen = getal.rangwoord(waarde)
        if gekregen != verwacht:
            fouten += 1
            if fouten <= 40:
                print(f"rangtelwoord {waarde}: grammatica {gekregen!r}, ICU {verwacht!r}")
    print(f"{len(proeven)} hoofdtelwoorden en 999 rangtelwoorden vergeleken: {fouten} verschillen.")
    return fouten


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="alleen vergelijken, niet schrijven")
    args = parser.parse_args()
    icu = Icu()
    if not args.check:
        DOEL.parent.mkdir(parents=True, exist_ok=True)
        DOEL.write_text(maak_tabel(icu), encoding="utf-8")
        print(f"geschreven: {DOEL.relative_to(ROOT)}")
    return 1 if controleer(icu) else 0


if __name__ == "__main__":
    raise SystemExit(main())
