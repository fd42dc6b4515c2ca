"""Review aid for the hand-written tables under src/verhaal/data/vaktaal/.

    python scripts/tabellen/vaktaal.py

The vaktaal tables are written by hand (there is no free source for education jargon), but
one of them follows from the frequency table: the rule counts an acronym as known from
Zipf 3.5 on, and ``alledaags.txt`` holds the household names below that line. This
script lists the band to review after a rebuild of ``lexicon/frequentie.bin``:

- every acronym of the lexicon with a Zipf frequency from 3.0 to 3.5, marked ``+`` when
  the everyday list holds it (known) and ``-`` when the rule reports it (jargon or
  unknown to parents: CPB, APV);
- entries of the everyday list that the frequency already vouches for (superfluous).

It writes nothing; it exits 1 when the everyday list has superfluous entries.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from verhaal.checker.rules.vaktaal import BEKEND_VANAF, _alledaags, _bekend
from verhaal.checker.woordenboek import frequentie, lees_woordtabel

_AFKORTING = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,4}")
ONDERGRENS = 3.0


def band() -> list[tuple[float, str]]:
    """The acronyms of the lexicon (in capitals, or short words it writes in lower case)
    whose frequency lies in the band under review."""
    gevonden: set[tuple[float, str]] = set()
    for woord in lees_woordtabel("lexicon/woorden.bin"):
        kandidaat = woord if _AFKORTING.fullmatch(woord) else ""
        if not kandidaat and woord.isalpha() and woord.islower() and len(woord) <= 3:
            kandidaat = woord.upper()
        if kandidaat and ONDERGRENS <= frequentie(woord) < BEKEND_VANAF:
            gevonden.add((frequentie(woord), kandidaat))
    return sorted(gevonden)


def main() -> int:
    alledaags = _alledaags()
    for zipf, afkorting in band():
        print(f"{'+' if afkorting in alledaags else '-'} {zipf:.1f} {afkorting}")
    overbodig = sorted(a for a in alledaags if _AFKORTING.fullmatch(a) and _bekend(a))
    if overbodig:
        print("overbodig in alledaags.txt:", " ".join(overbodig), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
