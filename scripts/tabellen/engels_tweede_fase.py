"""Cross-validation of a learned second stage for the rules engels and vaktaal (round ten).

Question: does a small logistic regression that looks at every word the two rules leave
alone, with features of its form and frequency, find the English and jargon the rules miss
on stories it was not trained on? Candidates are all words of a story that no finding of
either rule overlaps and that are not common Dutch (wordfreq Zipf < 4.5 in Dutch, acronyms
always); their label is 1 when they overlap a gold ``engels`` or ``vaktaal`` span, 0
otherwise, none (not used) when they overlap a ``twijfel`` span. Features: Zipf in English
and in Dutch and their difference, the lexicon's Dutch frequency and its word and compound
tests (:mod:`verhaal.checker.woordenboek`), the English table's verdict, capitals and
acronym shape, hyphenation and the most English hyphen part, length, an article before it,
sentence start, a first name, the best "English stem + Dutch verb ending" reading (gegrind,
streamen) and the best "English part + Dutch or English part" split (hot-swapbord).

Judged only by leaving one tuning set out (the dev set and own sets 1..MAXSET): train on the
others, add the held-out set's candidates the model accepts to the rules' own findings, and
score engels+vaktaal as ``../shared/eval/score.py`` does (a finding of either rule counts
against a gold span of either rule when they overlap; findings on ``twijfel`` are ignored).

Outcome in round ten: no gain (see engels/HERKOMST.md, "Tweede fase"), so nothing is shipped
and this script writes nothing. It needs wordfreq (a build-time dependency; its data is
CC BY-SA 4.0, Robyn Speer, https://github.com/rspeer/wordfreq) and reads the gold of our own
stories (MIT, eigen werk) and of the dev set.

    python scripts/tabellen/engels_tweede_fase.py [--drempel 0.5,0.3] [--smal] [--maxset 19]

``--smal`` limits candidates to words that are not Dutch by the lexicon or that look English
or like an acronym by form (far fewer candidates, a higher share of positives).
Deterministic (a fixed shuffle seed).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wordfreq import zipf_frequency

from verhaal.checker import check
from verhaal.checker.config import CheckConfig
from verhaal.checker.woordenboek import (
    BEPALERS,
    engelse_waarde,
    frequentie,
    is_gewoon_woord,
    is_nederlands,
    is_samenstelling,
    is_voornaam,
)

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "verhalen"
WOORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'’]*(?:-[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'’]*)*")
REGELS = ("engels", "vaktaal")
GEWOON = 4.5
"""Dutch Zipf from which a lower-case word is no candidate (a word of every story)."""
STAARTEN = ("den", "ten", "de", "te", "en", "d", "t", "s", "e")
ZINSEINDE = frozenset(".!?:„\"“‘'")

Kenmerken = dict[str, float]
Span = tuple[int, int]


@cache
def en(woord: str) -> float:
    return zipf_frequency(woord, "en")


@cache
def nl(woord: str) -> float:
    return zipf_frequency(woord, "nl")


def _stam(klein: str) -> float:
    """Best reading as an English stem with a Dutch prefix or ending (gegrind, streamen)."""
    beste = -3.0
    for voor in ("ge", ""):
        if not klein.startswith(voor):
            continue
        rest = klein[len(voor) :]
        for staart in STAARTEN:
            if rest.endswith(staart) and len(rest) - len(staart) >= 3:
                s = rest[: -len(staart)]
                for stam in {s, s + "e", s[:-1] if s[-1] == s[-2] else s}:
                    beste = max(beste, en(stam) - nl(stam) - (0.0 if voor else 0.5))
    return beste


def _splitsing(klein: str) -> tuple[float, float]:
    """Best split into two known parts, one English and not Dutch (hot-swapbord)."""
    engels, nederlands = -3.0, 0.0
    if len(klein) < 7 or "-" in klein:
        return engels, nederlands
    for i in range(3, len(klein) - 2):
        a, b = klein[:i], klein[i:]
        ea, eb, na, nb = en(a), en(b), nl(a), nl(b)
        if min(max(ea, na), max(eb, nb)) >= 2.5:
            engels = max(engels, ea - na, eb - nb)
            nederlands = max(nederlands, min(na, nb))
    return engels, nederlands


def kenmerken(tekst: str, a: int, b: int) -> Kenmerken:
    woord = tekst[a:b]
    klein = woord.lower()
    delen = klein.split("-")
    ze, zn = en(klein), nl(klein)
    ervoor = tekst[max(0, a - 12) : a].split()
    zinsbegin = not tekst[:a].strip() or tekst[:a].rstrip()[-1] in ZINSEINDE
    split_e, split_n = _splitsing(klein)
    return {
        "ze": ze,
        "zn": zn,
        "d": ze - zn,
        "zn0": float(zn == 0),
        "lexfreq": frequentie(woord),
        "lex": float(is_gewoon_woord(woord)),
        "ned": float(is_nederlands(woord)),
        "samenst": float(is_samenstelling(woord)),
        "tabel": float(engelse_waarde(klein) > 0),
        "hoofd": float(woord[0].isupper()),
        "caps": float(len(woord) >= 2 and woord.replace("-", "").isupper()),
        "capsdeel": float(any(len(x) >= 2 and x.isupper() for x in woord.split("-"))),
        "zinsbegin": float(zinsbegin),
        "streep": float(len(delen) > 1),
        "deel_d": max(en(x) - nl(x) for x in delen) if len(delen) > 1 else 0.0,
        "lang": min(len(klein), 25) / 10,
        "lid": float(bool(ervoor) and ervoor[-1].lower() in BEPALERS),
        "stam": _stam(klein),
        "split_e": split_e,
        "split_n": split_n,
        "naam": float(is_voornaam(woord)),
    }


def _overlapt(a: int, b: int, spans: Sequence[Span]) -> bool:
    return any(a < e and c < b for c, e in spans)


@dataclass
class Verhaal:
    set: str
    gold: list[Span]
    twijfel: list[Span]
    regels: list[Span]
    kandidaten: list[tuple[Span, Kenmerken, int | None]]


def _smal(k: Kenmerken) -> bool:
    return not k["ned"] or k["stam"] > 1 or bool(k["capsdeel"] or k["streep"]) or k["d"] > 0.5


def lees_set(naam: str, map_: Path, smal: bool) -> list[Verhaal]:
    verhalen = []
    for regel in (map_ / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(regel)
        bestand = map_ / record["bestand"]
        tekst = bestand.read_text(encoding="utf-8").removeprefix("\ufeff")
        soort = "txt" if bestand.suffix == ".txt" else "md"
        config = CheckConfig(namen=tuple(record.get("naam") or ()))
        eigen = [(f.start, f.eind) for f in check(tekst, config, soort) if f.regel in REGELS]
        gold = [(s["start"], s["eind"]) for s in record["spans"] if s["regel"] in REGELS]
        twijfel = [(s["start"], s["eind"]) for s in record["spans"] if s["regel"] == "twijfel"]
        kandidaten: list[tuple[Span, Kenmerken, int | None]] = []
        for m in WOORD.finditer(tekst):
            a, b = m.span()
            w = m.group()
            if b - a < 2 or _overlapt(a, b, eigen) or (nl(w.lower()) >= GEWOON and not w.isupper()):
                continue
            k = kenmerken(tekst, a, b)
            if smal and not _smal(k):
                continue
            label = None if _overlapt(a, b, twijfel) else int(_overlapt(a, b, gold))
            kandidaten.append(((a, b), k, label))
        verhalen.append(Verhaal(naam, gold, twijfel, eigen, kandidaten))
    return verhalen


def f1(verhalen: Sequence[Verhaal], extra: Sequence[list[Span]]) -> float:
    tp = fp = fn = n = 0
    for v, erbij in zip(verhalen, extra, strict=True):
        bevindingen = v.regels + erbij
        for a, b in bevindingen:
            if _overlapt(a, b, v.gold):
                tp += 1
            elif not _overlapt(a, b, v.twijfel):
                fp += 1
        fn += sum(1 for c, e in v.gold if not _overlapt(c, e, bevindingen))
        n += len(v.gold)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = (n - fn) / n if n else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _kans(w: dict[str, float], x: Kenmerken) -> float:
    z = w["_bias"] + sum(w[n] * v for n, v in x.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def train(rijen: list[tuple[Kenmerken, int]], rondes: int = 40, stap: float = 0.05) -> dict:
    w = dict.fromkeys(rijen[0][0], 0.0) | {"_bias": 0.0}
    rijen = list(rijen)
    rnd = random.Random(1)
    l2 = 1.0 / len(rijen)
    for _ in range(rondes):
        rnd.shuffle(rijen)
        for x, y in rijen:
            g = _kans(w, x) - y
            w["_bias"] -= stap * g
            for n, v in x.items():
                w[n] -= stap * (g * v + l2 * w[n])
    return w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drempel", default="0.7,0.5,0.3")
    ap.add_argument("--smal", action="store_true")
    ap.add_argument("--maxset", type=int, default=19)
    args = ap.parse_args()
    drempels = [float(d) for d in args.drempel.split(",")]
    sets = [("dev", DEV)] + [
        (f"own{i}", REPO / "benchmarks" / f"eigen-verhalen{'' if i == 1 else f'-{i}'}" / "verhalen")
        for i in range(1, args.maxset + 1)
    ]
    per_set = {naam: lees_set(naam, map_, args.smal) for naam, map_ in sets}
    totaal = [k for vs in per_set.values() for v in vs for k in v.kandidaten]
    print(f"{len(totaal)} candidates, {sum(1 for k in totaal if k[2])} positive")
    uitslag: dict[str, list[float]] = {}
    for naam, verhalen in per_set.items():
        rijen = [
            (k, y)
            for ander, vs in per_set.items()
            if ander != naam
            for v in vs
            for _, k, y in v.kandidaten
            if y is not None
        ]
        w = train(rijen)
        oud = f1(verhalen, [[] for _ in verhalen])
        nieuw = [
            f1(verhalen, [[s for s, k, _ in v.kandidaten if _kans(w, k) >= d] for v in verhalen])
            for d in drempels
        ]
        uitslag[naam] = [oud, *nieuw]
        cellen = (f"p>={d}: {f:.3f}" for d, f in zip(drempels, nieuw, strict=True))
        print(f"{naam:6} rules {oud:.3f}  " + "  ".join(cellen), flush=True)
    kolommen = list(zip(*uitslag.values(), strict=True))
    print("mean   rules " + "  ".join(f"{sum(c) / len(c):.4f}" for c in kolommen))
    slechtst = (min(b - a for a, b in zip(kolommen[0], c, strict=True)) for c in kolommen[1:])
    print("worst  delta " + "  ".join(f"{d:+.3f}" for d in slechtst))


if __name__ == "__main__":
    main()
