"""Build the Dutch lexicon tables under src/verhaal/data/lexicon/ from their sources.

    python scripts/tabellen/lexicon.py

- woorden.bin: single-word entries of the OpenTaal list (Debian wdutch; BSD / CC BY 3.0).
- meerwoordig.txt: its multi-word proper names (Albert Heijn, Kamer van Koophandel).
- frequentie.bin: one byte per woorden.bin entry (same order): Zipf frequency x10 in
  Dutch of the entry's letters, case ignored (0 = unknown or below 1.0), from
  the wordfreq package's data (CC BY-SA 4.0; attribution in HERKOMST.md).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from bronnen import DATA, opentaal, wordfreq_zipf

from verhaal.checker.woordenboek import Woordtabel, maak_woordtabel

_DEEL = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*|van|der|den|de|het|voor|en|op|aan|in|te|ter|ten|'t)$")


def main() -> None:
    doel = DATA / "lexicon"
    doel.mkdir(parents=True, exist_ok=True)
    woorden = opentaal()
    enkel = sorted({w for w in woorden if " " not in w})
    (doel / "woorden.bin").write_bytes(maak_woordtabel(enkel))
    meer = sorted(
        w
        for w in woorden
        if " " in w
        and w[0].isupper()
        and not any(c.isdigit() for c in w)
        and all(_DEEL.match(d) for d in w.split())
    )
    (doel / "meerwoordig.txt").write_text(
        "# Meerwoordige eigennamen uit de OpenTaal-woordenlijst (zie HERKOMST.md).\n"
        + "\n".join(meer)
        + "\n",
        encoding="utf-8",
    )
    # One byte per lexicon entry, in the table's order: a lookup finds the index once.
    zipf = wordfreq_zipf()
    tabel = Woordtabel(maak_woordtabel(enkel))
    waarden = bytearray()
    bekend = 0
    for woord in tabel:
        # Capitalised entries get the frequency of their letters too (wordfreq ignores
        # case): Rotterdam is frequent, Hanneke is not.
        waarde = zipf(woord.lower(), "nl", wordlist="large")
        waarden.append(min(255, round(waarde * 10)) if waarde >= 1.0 else 0)
        bekend += waarden[-1] > 0
    (doel / "frequentie.bin").write_bytes(bytes(waarden))
    for naam in ("woorden.bin", "meerwoordig.txt", "frequentie.bin"):
        print(f"{naam}: {(doel / naam).stat().st_size:,} bytes")
    print(f"{len(enkel):,} woorden, {len(meer):,} meerwoordig, {bekend:,} met een frequentie")


if __name__ == "__main__":
    main()
