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

It writes nothing; it exits 1 when the everyday list has superfluous entries or when
``bepalingen.txt`` no longer matches ``delen.tsv`` and the lexicon (build it again).

    python scripts/tabellen/vaktaal.py --bouw

builds ``bepalingen.txt`` (again after every change to ``delen.tsv``): modifiers of
administrative compounds found in the Dutch lexicon (OpenTaal) rather than written by
hand. Every compound of the lexicon is split into a modifier and a head (both lexicon
words, a linking s/e/en allowed); a modifier whose compounds take the administrative
heads of ``delen.tsv`` (kop, deel, geld) in at least :data:`MIN_TREFFERS` cases and in a
share of at least :data:`MIN_AANDEEL` (smoothed by :data:`DEMPING` extra compounds) forms
compounds like the seed modifiers do (nazorg, inburgering, handhaving, terugkeer).
:data:`NIET` holds the everyday words the review of that output removed (keuze, totaal,
leer: keuzepakket, totaalplan and leermethode are no jargon).

    python scripts/tabellen/vaktaal.py --koppen

lists the reverse: heads of the lexicon that often follow those modifiers (instantie,
regime, verplichting), as candidates for ``beleidskop`` in ``delen.tsv`` (reviewed by hand;
a ``beleidskop`` seeds no modifiers, so adding one leaves ``bepalingen.txt`` as it is).

    python scripts/tabellen/vaktaal.py --veld

builds ``veld.txt``: the field vocabulary of the term lists. Every single word of
``termen.tsv`` and ``termen-breed.txt`` is split at every point into two lexicon words (a
linking s/e/en allowed); the first parts are field modifiers (loopbaan-, kleuter-), the
last parts and the last words of multiword terms field heads (-gesprek, -lijst), and the
modifiers and heads of ``delen.tsv`` and ``bepalingen.txt`` join them. The rule judges a
rare compound by them (see HERKOMST.md).

    python scripts/tabellen/vaktaal.py --internationaal

builds ``internationaal.txt`` (needs the wordfreq package): acronyms that English text
uses far more than Dutch text (NFL, NBA, FBI, ESPN): the names of American and British
leagues, agencies and channels that a reader knows from the news or from sport, never
school jargon. Taken from wordfreq's English list: three to five letters that are spoken
one by one (no Dutch word; two letters are too ambiguous: MR, RT), no Dutch abbreviation
with a full stop (mr.), English Zipf >= :data:`ENGELS_BEKEND` and at least
:data:`ENGELS_VOORSPRONG` above their Dutch Zipf, no common English word (those are
English already) and on no term list.

    python scripts/tabellen/vaktaal.py --klanken

builds ``klankgroepen.txt``: the consonant clusters that begin and end the common words of
the lexicon (Zipf >= :data:`KLANK_VANAF`, a cluster in at least :data:`MIN_KLANKWOORDEN`
words). Letters in capitals whose lower-case spelling starts or ends with another cluster
(apk, mbo, vve) are spoken letter by letter: an acronym, not a word in capitals.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from verhaal.checker.rules.vaktaal import (
    BEKEND_VANAF,
    _alledaags,
    _bekend,
    _delen,
    _zonder_tussenklank,
)
from verhaal.checker.woordenboek import frequentie, lees_woordtabel
from verhaal.data import lees_woorden

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


MIN_TREFFERS = 3
MIN_AANDEEL = 0.1
DEMPING = 10
NIET = frozenset(
    "keuze totaal lessen merken huiskamer kunsten gebied leeftijd genen zender prijzen "
    "gebouw banen dader delta master matrix database collectie alinea materieel aanleg "
    "beweeg bossen isotopen liften namen lagen lijnen aanrecht molecuul pollen dating "
    "producten stappen namiddag liederen humor verwen eigendom claim ministers "
    "persoonlijkheid impuls bomen buren bezoek leer diepte match concept mavo gymnasium "
    "garantie boekhoud monumenten kenteken levering catering controle kwartaal factor "
    "invoer streef".split()
)
DOEL = Path(__file__).resolve().parents[2] / "src/verhaal/data/vaktaal/bepalingen.txt"


def _splits(woord: str, lexicon: set[str]) -> tuple[str, str] | None:
    """The first split of a compound into a modifier and the longest head that are both
    lexicon words of three letters or more (a linking sound after the modifier allowed)."""
    return next(_splitsingen(woord, lexicon), None)


def _klein_lexicon() -> set[str]:
    """The lower-case alphabetic words of the shipped lexicon."""
    return {w for w in lees_woordtabel("lexicon/woorden.bin") if w.isalpha() and w.islower()}


def _families(lexicon: set[str], kant: int) -> dict[str, set[str]]:
    """The lexicon's two-part compounds grouped by one part (``kant`` 0: by the modifier,
    the heads it takes; 1: by the head, the modifiers before it)."""
    families: dict[str, set[str]] = {}
    for woord in lexicon:
        if len(woord) >= 7 and (paar := _splits(woord, lexicon)) is not None:
            families.setdefault(paar[kant], set()).add(paar[1 - kant])
    return families


def bepalingen() -> list[str]:
    """The modifiers the lexicon shows to combine like the seeds (see the module text)."""
    delen = _delen()
    koppen = delen["kop"] | delen["deel"] | delen["geld"] | delen["woordkop"]
    families = _families(_klein_lexicon(), 0)
    gekozen = []
    for voor, hunne in families.items():
        treffers = len(hunne & koppen)
        if (
            len(voor) >= 4
            and treffers >= MIN_TREFFERS
            and treffers / (len(hunne) + DEMPING) >= MIN_AANDEEL
            and voor not in delen["bepaling"]
            and voor not in delen.get("schoolwoord", set())
            and voor not in NIET
        ):
            gekozen.append(voor)
    return sorted(gekozen)


def koppen(aantal: int = 80) -> list[tuple[float, int, int, str]]:
    """Candidate heads for ``beleidskop`` (the reverse of :func:`bepalingen`): lexicon heads
    not in ``delen.tsv`` whose compounds take a modifier of ``bepaling`` or
    ``bepalingen.txt`` in at least :data:`MIN_KOPTREFFERS` cases, ranked by that share
    (smoothed by :data:`DEMPING`). A review aid: the output holds everyday heads too
    (gesprek, kosten, formulier), so the chosen ones are written into delen.tsv by hand."""
    delen = _delen()
    bekend = {w for soort, woorden in delen.items() if soort != "bepaling" for w in woorden}
    modifiers = delen["bepaling"] | set(lees_woorden("vaktaal/bepalingen.txt"))
    families = _families(_klein_lexicon(), 1)
    rijen = []
    for kop, voor in families.items():
        treffers = len(voor & modifiers)
        if len(kop) >= 4 and kop not in bekend and treffers >= MIN_KOPTREFFERS:
            rijen.append((treffers / (len(voor) + DEMPING), treffers, len(voor), kop))
    return sorted(rijen, reverse=True)[:aantal]


MIN_KOPTREFFERS = 5


VELD = DOEL.with_name("veld.txt")
VELD_MIN = 4
_KOPSOORTEN = (
    "kop",
    "deel",
    "woordkop",
    "beleidskop",
    "zwakkop",
    "geld",
    "maat",
    "zelfstandig",
    "aanpak",
)


def _splitsingen(woord: str, lexicon: set[str]) -> Iterator[tuple[str, str]]:
    """Every split of a word into a modifier and a head that are both lexicon words of
    three letters or more (a linking sound after the modifier allowed), longest head first."""
    for i in range(3, len(woord) - 2):
        voor, kop = woord[:i], woord[i:]
        if kop not in lexicon:
            continue
        for kaal in _zonder_tussenklank(voor):
            if kaal in lexicon:
                yield kaal, kop
                break


def veld() -> tuple[list[str], list[str]]:
    """The field modifiers and heads of the term lists (see the module text), words of
    :data:`VELD_MIN` letters or more."""
    from verhaal.checker.rules.vaktaal import _termen

    lexicon = _klein_lexicon()
    voor: set[str] = set(lees_woorden("vaktaal/bepalingen.txt"))
    koppen: set[str] = set()
    delen = _delen()
    voor |= delen.get("bepaling", set())
    for soort in _KOPSOORTEN:
        koppen |= delen.get(soort, set())
    for term in _termen():
        woorden = re.findall(r"[a-zà-ÿ]+", term)
        if not term.islower() or not woorden:
            continue
        for woord in woorden:
            for bepaling, kop in _splitsingen(woord, lexicon):
                voor.add(bepaling)
                koppen.add(kop)
        if len(woorden) > 1:
            koppen.add(woorden[-1])
    return (
        sorted(w for w in voor if len(w) >= VELD_MIN),
        sorted(w for w in koppen if len(w) >= VELD_MIN),
    )


def veldtabel() -> str:
    voor, koppen = veld()
    kop = (
        "# Veldwoorden van de termenlijsten: eerste delen (bepaling) en laatste delen (kop) van\n"
        "# hun samenstellingen, aangevuld met delen.tsv en bepalingen.txt; gebouwd door\n"
        "# scripts/tabellen/vaktaal.py --veld (niet met de hand bewerken); zie HERKOMST.md.\n"
    )
    return kop + "".join(f"bepaling\t{w}\n" for w in voor) + "".join(f"kop\t{w}\n" for w in koppen)


ENGELS_BEKEND = 3.5
ENGELS_VOORSPRONG = 0.5
INTERNATIONAAL = DOEL.with_name("internationaal.txt")


def internationaal() -> list[str]:
    """The acronyms English text uses far more than Dutch (see the module text)."""
    from wordfreq import iter_wordlist, zipf_frequency

    from verhaal.checker.rules.vaktaal import _termen, uitspreekbaar
    from verhaal.checker.woordenboek import engelse_waarde, is_vorm

    gelijst = {term.lower() for term in _termen()}
    gekozen = []
    for woord in iter_wordlist("en"):
        engels = zipf_frequency(woord, "en")
        if engels < ENGELS_BEKEND:
            break  # the list is sorted by frequency
        if (
            3 <= len(woord) <= 5
            and woord.isascii()
            and woord.isalpha()
            and engels - zipf_frequency(woord, "nl") >= ENGELS_VOORSPRONG
            and not uitspreekbaar(woord)
            and engelse_waarde(woord) != 1
            and woord not in gelijst
            and not (is_vorm(woord + ".") or is_vorm(woord.capitalize() + "."))
        ):
            gekozen.append(woord.upper())
    return sorted(gekozen)


KLANK_VANAF = 3.0
MIN_KLANKWOORDEN = 3
KLANKDOEL = DOEL.with_name("klankgroepen.txt")


def klankgroepen() -> tuple[list[str], list[str]]:
    """The onsets and codas (consonant clusters before the first and after the last
    vowel, the empty one included) of the common lower-case words of the lexicon."""
    from collections import Counter

    from verhaal.checker.rules.vaktaal import KLINKER_LETTERS

    begin: Counter[str] = Counter()
    eind: Counter[str] = Counter()
    for woord in lees_woordtabel("lexicon/woorden.bin"):
        if not (woord.isalpha() and woord.islower() and len(woord) >= 3):
            continue
        if frequentie(woord) < KLANK_VANAF:
            continue
        klinkers = [i for i, c in enumerate(woord) if c in KLINKER_LETTERS]
        if klinkers:
            begin[woord[: klinkers[0]]] += 1
            eind[woord[klinkers[-1] + 1 :]] += 1

    def gekozen(teller: Counter[str]) -> list[str]:
        return sorted(k for k, n in teller.items() if n >= MIN_KLANKWOORDEN)

    return gekozen(begin), gekozen(eind)


def klanktabel() -> str:
    begin, eind = klankgroepen()
    kop = (
        "# Medeklinkergroepen aan het begin en eind van gewone Nederlandse woorden (Zipf >= 3,0,\n"
        "# minstens 3 woorden), afgeleid uit de OpenTaal-woordenlijst door\n"
        "# scripts/tabellen/vaktaal.py --klanken (niet met de hand bewerken); zie HERKOMST.md.\n"
        "# Kolommen: begin|eind <TAB> groep (leeg: het woord begint of eindigt met een klinker).\n"
    )
    return kop + "".join(f"begin\t{g}\n" for g in begin) + "".join(f"eind\t{g}\n" for g in eind)


def bouw() -> int:
    kop = (
        "# Bepalingen van bestuurlijke samenstellingen, afgeleid uit de OpenTaal-woordenlijst\n"
        "# door scripts/tabellen/vaktaal.py --bouw (niet met de hand bewerken); zie HERKOMST.md.\n"
    )
    woorden = bepalingen()
    DOEL.write_text(kop + "".join(w + "\n" for w in woorden), encoding="utf-8")
    print(f"{len(woorden)} bepalingen naar {DOEL}")
    return 0


def main() -> int:
    if "--bouw" in sys.argv[1:]:
        return bouw()
    if "--klanken" in sys.argv[1:]:
        KLANKDOEL.write_text(klanktabel(), encoding="utf-8")
        print(f"klankgroepen naar {KLANKDOEL}")
        return 0
    if "--veld" in sys.argv[1:]:
        VELD.write_text(veldtabel(), encoding="utf-8")
        print(f"veldwoorden naar {VELD}")
        return 0
    if "--internationaal" in sys.argv[1:]:
        woorden = internationaal()
        kop = (
            "# Afkortingen die het Engels veel vaker gebruikt dan het Nederlands (NFL, FBI),\n"
            "# afgeleid uit wordfreq (CC BY-SA 4.0) door scripts/tabellen/vaktaal.py\n"
            "# --internationaal (niet met de hand bewerken); zie HERKOMST.md.\n"
        )
        INTERNATIONAAL.write_text(kop + "".join(w + "\n" for w in woorden), encoding="utf-8")
        print(f"{len(woorden)} afkortingen naar {INTERNATIONAAL}")
        return 0
    if "--koppen" in sys.argv[1:]:
        for aandeel, treffers, totaal, kop in koppen():
            print(f"{aandeel:.2f} {treffers:3d}/{totaal:<4d} {kop}")
        return 0
    alledaags = _alledaags()
    for zipf, afkorting in band():
        print(f"{'+' if afkorting in alledaags else '-'} {zipf:.1f} {afkorting}")
    overbodig = sorted(a for a in alledaags if _AFKORTING.fullmatch(a) and _bekend(a))
    if overbodig:
        print("overbodig in alledaags.txt:", " ".join(overbodig), file=sys.stderr)
        return 1
    if lees_woorden("vaktaal/bepalingen.txt") != frozenset(bepalingen()):
        print("bepalingen.txt is verouderd: draai dit script met --bouw", file=sys.stderr)
        return 1
    if VELD.read_text(encoding="utf-8") != veldtabel():
        print("veld.txt is verouderd: draai dit script met --veld", file=sys.stderr)
        return 1
    if KLANKDOEL.read_text(encoding="utf-8") != klanktabel():
        print("klankgroepen.txt is verouderd: draai dit script met --klanken", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
