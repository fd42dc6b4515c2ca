"""Train the two models of the tense rule on the UD Dutch dev files.

Writes src/verhaal/data/werkwoorden/woordsoort.model (stage one: a part-of-speech tagger for
every word) and tijd.model (stage two: finite present / finite past / neither, for words the
verb lexicon knows as a finite form).

Data: the dev .conllu files of UD_Dutch-Alpino and UD_Dutch-LassySmall (CC BY-SA 4.0) in
../shared/eval/ud. The test files are never read here: they are for reporting only. Every
sentence goes through the checker's own document model (lees_document) and feature code, so
training sees what the checker sees. Each sentence is also used a second time with its finite
verbs put in the other tense (loopt <-> liep): treebank text is mostly present tense, stories
are past tense, and the copies teach the models that the form carries the tense.

Stage two learns from stage-one tags that stage one produced without having seen the sentence
(4-fold jackknife over sentences), so it learns how reliable those tags really are.

With --verhalen, stage two also learns from the project's own annotated stories (the dev set
../shared/eval/verhalen and benchmarks/eigen-verhalen*, gold in their gold.jsonl): their gold
marks every present finite verb in the narration, so a marked word is TT and any other word is
"not TT" (O or VT, whichever stage two prefers: a latent label), while quoted text, `twijfel`
spans and the title teach nothing. Stage one is trained on the treebanks only and tags the
stories as the checker will. On by default since round 14 (VERHAAL_SETS): see
werkwoorden/HERKOMST.md, rounds 13 and 14, for what it did.

    python scripts/tabellen/train_tijd.py [--ud DIR]
    python scripts/tabellen/train_tijd.py --vouwen 4   # cross-validation only, writes nothing
    python scripts/tabellen/train_tijd.py --verhalen dev,1,2 --meet 16,17   # held-out stories

Cross-validation uses the same four parts: stage two is trained on three and tested on the
fourth with the jackknifed tags (the taggers behind the training tags have seen the test part,
a small optimism). Deterministic: fixed shuffle seeds, so the same inputs give the same files.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import pickle
import random
import sys
import time
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from pathlib import Path

from verhaal.checker.document import lees_document
from verhaal.checker.tijd import TT_VOORKEUR, _regels
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.kenmerken import (
    MAX_ZIN,
    Zin,
    analyseer_zin,
    een_finiet_per_zinsdeel,
    tijd_kenmerken,
)
from verhaal.checker.tijd.model import TT, VT, O, beste, schrijf_model
from verhaal.checker.tijd.tagger import (
    MAX_KENMERKEN,
    T_TT,
    T_VT,
    TAGS,
    Tagger,
    dynamische_kenmerken,
    kenmerken,
    schrijf_tagger,
    tag_van,
    toestand,
)

ROOT = Path(__file__).resolve().parents[2]
UD = ROOT.parent / "shared" / "eval" / "ud"
DATA = ROOT / "src" / "verhaal" / "data" / "werkwoorden"
BOMEN = (
    "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu",
    "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu",
)
VERHALEN = ROOT.parent / "shared" / "eval" / "verhalen"
"""The dev set of annotated stories; set N is benchmarks/eigen-verhalen-N/verhalen (set 1:
benchmarks/eigen-verhalen/verhalen)."""
VERHAAL_SETS: tuple[str, ...] = ("dev", *map(str, range(1, 18)))
"""The story sets stage two learns from by default (the project's own annotated stories):
the dev set and sets 1-17 (round 14; round 13 tried it and kept the treebank-only models
because the rules after stage two lost present verbs with it, which round 14 mended:
werkwoorden/HERKOMST.md). ``--verhalen ''`` trains on the treebanks only."""
VERHAAL_NOOT = """
The tense tagger also learnt from the verhaal project's own annotated stories (the
present-tense verbs marked in their narration), written for this project."""
VERHAAL_GEWICHT = 0.5
"""Weight of a story example's update against a treebank example's (round 14: 0.5)."""
DEEL = -1
"""Label of a story word that is no present finite verb in the narration: O or VT, the
gold does not say which (only present verbs in the narration are marked). Stage two is
corrected only when it calls such a word present, towards its best other label."""
WEG = -2
"""Label of a story word that teaches nothing: quoted text (not judged by the rule, not
annotated), a `twijfel` span, the title or front matter."""
DELEN = 4
"""Jackknife parts (and cross-validation folds): sentence number modulo DELEN."""
TAG_BITS = 15
TAG_EPOCHS = 8
TIJD_BITS = 16
TIJD_EPOCHS = 10
TIJD_RONDES = 5
"""Stage two is trained this many times, each with its own order of the examples, and the
weights are averaged: one run's weights depend noticeably on the order (a few findings
more or less on a set of forty stories), the average much less."""

VERKLARING = """\
verhaal {wat} (averaged perceptron, hashed features).
Trained on the dev sets of UD_Dutch-Alpino and UD_Dutch-LassySmall (Universal Dependencies),
by Gosse Bouma, Gertjan van Noord and the UD Dutch contributors; see
https://universaldependencies.org/ for the treebanks and their citations.{verhalen}
This model file is a derivative of that data and is licensed under the Creative Commons
Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0):
https://creativecommons.org/licenses/by-sa/4.0/ . It contains no text from the treebanks,
only feature weights. Changes: words, part-of-speech tags and tense labels were turned into
hashed weights.
Rebuild: python scripts/tabellen/train_tijd.py
"""


def andere_tijd(vorm: str, feats: str, label: int) -> str | None:
    """The same finite verb in the other tense, person and number kept (loopt <-> liep)."""
    if label == TT:
        return lx.verleden_vorm(vorm)
    p = lx.paradigma(lx.lexicon().paradigma_nummer(vorm.lower(), verleden=True))
    if p is None:
        return None
    if "Number=Plur" in feats:
        nieuw = p.infinitief
    elif "Person=1" in feats:
        nieuw = p.eerste
    elif "Person=2" in feats:
        nieuw = p.tweede.split("/")[0]
    else:
        nieuw = p.derde
    return nieuw[:1].upper() + nieuw[1:] if vorm[:1].isupper() else nieuw


@dataclass
class ZinData:
    """A training sentence as the checker sees it, with gold tense labels and tags."""

    zin: Zin
    labels: list[int]
    tags: list[int]
    bron: int
    """Number of the treebank sentence (a sentence and its tense-swapped copy share it)."""
    wissel: bool
    verhaal: bool = False
    """A story sentence: labels TT, DEEL or WEG (see there), no gold tags."""


def lees_conllu(pad: Path, eerste: int, verwissel: bool) -> list[ZinData]:
    """Sentences of a .conllu file, each also tense-swapped when ``verwissel``."""
    uit: list[ZinData] = []
    lex = lx.lexicon()
    woorden: list[tuple[str, str, str, bool]] = []  # form, upos, feats, space after
    nummer = eerste
    bereik: tuple[int, str, list[str], list[str], bool] | None = None

    def sluit() -> None:
        nonlocal woorden, nummer
        if not woorden:
            return
        for wissel in (False, True) if verwissel else (False,):
            tekst = ""
            gold: dict[int, tuple[int, int]] = {}
            for vorm, upos, feats, spatie in woorden:
                label = O
                if "VerbForm=Fin" in feats and "Tense=Pres" in feats:
                    label = TT
                elif "VerbForm=Fin" in feats and "Tense=Past" in feats:
                    label = VT
                tag = TAGS.index(tag_van(upos, feats))
                if wissel and label != O:
                    ander = andere_tijd(vorm, feats, label)
                    if ander:
                        vorm, label = ander, VT if label == TT else TT
                        tag = T_TT if label == TT else T_VT
                gold[len(tekst)] = (label, tag)
                tekst += vorm + (" " if spatie else "")
            doc = lees_document(tekst.rstrip() + "\n", "txt")
            for z in range(len(doc.zinnen)):
                toks = [t for t in doc.tokens if t.zin == z]
                if not toks:
                    continue
                zin = analyseer_zin(toks, doc.proza, lex)
                paren = [gold.get(t.start, (O, TAGS.index("X"))) for t in toks]
                labels = [
                    lab if (lab == O or (zin.tt[i] if lab == TT else zin.vt[i])) else O
                    for i, (lab, _) in enumerate(paren)
                ]
                tags = [
                    tag
                    if (tag != T_TT or zin.tt[i]) and (tag != T_VT or zin.vt[i])
                    else TAGS.index("INF" if tag == T_TT else "PART")
                    for i, (_, tag) in enumerate(paren)
                ]
                uit.append(ZinData(zin, labels, tags, nummer, wissel))
        nummer += 1
        woorden = []

    for regel in pad.read_text(encoding="utf-8").splitlines():
        if not regel.strip():
            sluit()
            continue
        if regel.startswith("#"):
            continue
        v = regel.split("\t")
        spatie = "SpaceAfter=No" not in v[9]
        if "-" in v[0]:
            bereik = (int(v[0].split("-")[1]), v[1], [], [], spatie)
            continue
        if "." in v[0]:
            continue
        if bereik is not None and int(v[0]) <= bereik[0]:
            bereik[2].append(v[3])
            bereik[3].append(v[5])
            if int(v[0]) == bereik[0]:
                upos = next((u for u in bereik[2] if u in ("VERB", "AUX")), bereik[2][0])
                woorden.append((bereik[1], upos, "|".join(bereik[3]), bereik[4]))
                bereik = None
            continue
        woorden.append((v[1], v[3], v[5], spatie))
    sluit()
    return uit


def verhaal_map(naam: str) -> Path:
    """The folder of story set ``naam`` (``dev`` or a number)."""
    if naam == "dev":
        return VERHALEN
    map_ = "eigen-verhalen" if naam == "1" else f"eigen-verhalen-{naam}"
    return ROOT / "benchmarks" / map_ / "verhalen"


def lees_verhalen(map_: Path, eerste: int) -> list[ZinData]:
    """The sentences of a story set that can hold a present verb, as the checker analyses
    them (split into lines and windows as in ``finiete_werkwoorden``), with labels from its
    gold: TT for a marked present verb, WEG for quoted text, `twijfel` spans and the title,
    DEEL for every other word."""
    uit: list[ZinData] = []
    lex = lx.lexicon()
    nummer = eerste
    for regel in (map_ / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not regel.strip():
            continue
        gold = json.loads(regel)
        tekst = (map_ / gold["bestand"]).read_bytes().decode("utf-8-sig")
        doc = lees_document(tekst, "md")
        tt = {s["start"] for s in gold["spans"] if s["regel"] == "tegenwoordige-tijd"}
        twijfel = [(s["start"], s["eind"]) for s in gold["spans"] if s["regel"] == "twijfel"]
        verhaal = set(map(id, doc.verhaal_tokens()))
        for _, deel in groupby(doc.tokens, attrgetter("zin")):
            for tokens in _regels(list(deel), doc.proza):
                for begin in range(0, len(tokens), MAX_ZIN):
                    zin = analyseer_zin(tokens[begin : begin + MAX_ZIN], doc.proza, lex)
                    labels = [
                        WEG
                        if t.citaat
                        or id(t) not in verhaal
                        or any(a < t.eind and t.start < b for a, b in twijfel)
                        else TT
                        if t.start in tt
                        else DEEL
                        for t in zin.tokens
                    ]
                    if any(m and lab != WEG for m, lab in zip(zin.tt, labels, strict=True)):
                        uit.append(ZinData(zin, labels, [], nummer, False, verhaal=True))
                        nummer += 1
    return uit


class Perceptron:
    """Multiclass averaged perceptron over hashed feature buckets (sparse, lazy averaging)."""

    def __init__(self, labels: int) -> None:
        self.labels = labels
        self.w: dict[int, list[float]] = {}
        self.totaal: dict[int, list[float]] = {}
        self.stempel: dict[int, list[int]] = {}
        self.stap = 0

    def scores(self, idx: Sequence[int]) -> list[float]:
        w = self.w
        rijen = [r for i in idx if (r := w.get(i)) is not None]
        if not rijen:
            return [0.0] * self.labels
        return [sum(kolom) for kolom in zip(*rijen, strict=True)]

    def leer(self, idx: Sequence[int], goed: int, gok: int) -> None:
        self.stap += 1
        if goed == gok:
            return
        for i in idx:
            rij = self.w.get(i)
            if rij is None:
                rij = self.w[i] = [0.0] * self.labels
                self.totaal[i] = [0.0] * self.labels
                self.stempel[i] = [0] * self.labels
            totaal, stempel = self.totaal[i], self.stempel[i]
            for label, delta in ((goed, 1.0), (gok, -1.0)):
                totaal[label] += (self.stap - stempel[label]) * rij[label]
                stempel[label] = self.stap
                rij[label] += delta

    def gemiddeld(self, bits: int) -> list[list[float]]:
        """The averaged weights of every bucket (zeros for unused buckets)."""
        nul = [0.0] * self.labels
        uit = []
        for i in range(1 << bits):
            rij = self.w.get(i)
            if rij is None:
                uit.append(nul)
                continue
            totaal, stempel = self.totaal[i], self.stempel[i]
            uit.append(
                [
                    (totaal[k] + (self.stap - stempel[k]) * rij[k]) / self.stap
                    for k in range(self.labels)
                ]
            )
        return uit


def hash_idx(kenmerken: Sequence[str], bits: int) -> list[int]:
    masker = (1 << bits) - 1
    return [zlib.crc32(k.encode("utf-8")) & masker for k in kenmerken]


def kies(scores: Sequence[float], mag_tt: bool, mag_vt: bool) -> int:
    """The best tag (ties to the lower index) among the allowed ones."""
    beste_tag, hoogste = -1, 0.0
    for k, s in enumerate(scores):
        if (k == T_TT and not mag_tt) or (k == T_VT and not mag_vt):
            continue
        if beste_tag < 0 or s > hoogste:
            beste_tag, hoogste = k, s
    return beste_tag


_STATISCH: dict[int, tuple[list[list[str]], list[list[int]]]] = {}
"""Per training sentence (id of its Zin): its padded values and the buckets of the
features that do not depend on the tags, made once for all epochs and folds."""


def _statisch(zin: Zin) -> tuple[list[list[str]], list[list[int]]]:
    uit = _STATISCH.get(id(zin))
    if uit is None:
        opgevuld, statisch = kenmerken(zin)
        uit = _STATISCH[id(zin)] = (opgevuld, [hash_idx(k, TAG_BITS) for k in statisch])
    return uit


def train_tagger(data: Sequence[ZinData], seed: int = 3) -> list[list[float]]:
    """Stage one: greedy left-to-right, trained on its own predicted history."""
    model = Perceptron(len(TAGS))
    volgorde = list(range(len(data)))
    for epoch in range(TAG_EPOCHS):
        random.Random(seed + epoch).shuffle(volgorde)
        for n in volgorde:
            z = data[n]
            zin = z.zin
            opgevuld, statisch = _statisch(zin)
            t1 = t2 = "<s>"
            st = "0"
            for i in range(len(zin.woorden)):
                st = toestand(st, zin.gaten[i], t1)
                dynamisch = dynamische_kenmerken(opgevuld, i, t1, t2, st)
                idx = statisch[i] + hash_idx(dynamisch, TAG_BITS)
                if len(idx) > MAX_KENMERKEN:
                    raise SystemExit("te veel kenmerken voor het gepakte model")
                gok = kies(model.scores(idx), zin.tt[i], zin.vt[i])
                model.leer(idx, z.tags[i], gok)
                t2, t1 = t1, TAGS[gok]
    return model.gemiddeld(TAG_BITS)


def als_tagger(gewichten: list[list[float]]) -> Tagger:
    """The runtime tagger for trained weights (quantised exactly as when shipped)."""
    return Tagger(schrijf_tagger(gewichten, TAG_BITS, ""))


Voorbeeld = tuple[list[int], int, tuple[bool, bool, bool], float]
"""Feature buckets, gold label (or DEEL), allowed labels, weight of the update."""
Rij = list[tuple[int, list[int], int, tuple[bool, bool, bool]]]


def voorbeelden(
    data: Sequence[ZinData], tags: Sequence[tuple[list[int], list[float]]]
) -> list[Rij]:
    """Stage-two examples per sentence: (word index, feature buckets, gold, allowed); no
    example for a story word labelled WEG."""
    uit = []
    for z, (t, m) in zip(data, tags, strict=True):
        rij = []
        zin = z.zin
        for i, k in enumerate(tijd_kenmerken(zin, t, m)):
            if k is not None and z.labels[i] != WEG:
                rij.append((i, hash_idx(k, TIJD_BITS), z.labels[i], (True, zin.tt[i], zin.vt[i])))
        uit.append(rij)
    return uit


def als_voorbeelden(
    data: Sequence[ZinData],
    rijen: Sequence[Rij],
    gewicht: float,
    mee: Sequence[bool] | None = None,
    tt_gewicht: float = 1.0,
) -> list[Voorbeeld]:
    """The training examples of the sentences that ``mee`` selects (all without it), a
    story's with ``gewicht`` (times ``tt_gewicht`` for a marked present verb)."""
    return [
        (idx, gold, mag, (gewicht * (tt_gewicht if gold == TT else 1.0)) if z.verhaal else 1.0)
        for n, (z, rij) in enumerate(zip(data, rijen, strict=True))
        if mee is None or mee[n]
        for _, idx, gold, mag in rij
    ]


def train_tijd(data: list[Voorbeeld]) -> array[float]:
    """Stage two: the mean of :data:`TIJD_RONDES` runs of :func:`train_tijd_eens`."""
    totaal = train_tijd_eens(data, 7)
    for seed in range(8, 7 + TIJD_RONDES):
        for i, x in enumerate(train_tijd_eens(data, seed)):
            totaal[i] += x
    return array("d", (x / TIJD_RONDES for x in totaal))


def train_tijd_eens(data: list[Voorbeeld], seed: int) -> array[float]:
    """Stage two: averaged perceptron over three labels; the averaged weights."""
    n = 3 << TIJD_BITS
    w = array("d", bytes(8 * n))
    totaal = array("d", bytes(8 * n))
    stap = 1
    volgorde = list(range(len(data)))
    rnd = random.Random(seed)
    for _ in range(TIJD_EPOCHS):
        rnd.shuffle(volgorde)
        for k in volgorde:
            idx, gold, mag, g = data[k]
            s = [0.0, 0.0, 0.0]
            for i in idx:
                b = i * 3
                s[0] += w[b]
                s[1] += w[b + 1]
                s[2] += w[b + 2]
            gok = beste((s[0], s[1], s[2]), mag)
            if gold == DEEL:  # O or VT: the better of the two allowed (a latent label)
                gold = gok if gok != TT else beste((s[0], s[1], s[2]), (True, False, mag[2]))
            if gok != gold:
                for i in idx:
                    b = i * 3
                    w[b + gold] += g
                    w[b + gok] -= g
                    totaal[b + gold] += g * stap
                    totaal[b + gok] -= g * stap
            stap += 1
    return array("d", (w[i] - totaal[i] / stap for i in range(n)))


def jackknife(data: Sequence[ZinData]) -> list[tuple[list[int], list[float]]]:
    """Stage-one tags of every sentence by a tagger trained without its part."""
    uit: list[tuple[list[int], list[float]]] = [([], [])] * len(data)
    for deel in range(DELEN):
        begin = time.perf_counter()
        tagger = als_tagger(train_tagger([z for z in data if z.bron % DELEN != deel]))
        for n, z in enumerate(data):
            if z.bron % DELEN == deel:
                uit[n] = tagger.tag(z.zin)
        print(f"  deel {deel}: {time.perf_counter() - begin:.0f} s", file=sys.stderr)
    return uit


def meet(
    data: Sequence[ZinData],
    rijen: Sequence[Rij],
    gewichten: array[float],
) -> tuple[int, int, int]:
    """TP, FP, FN of finite present verbs, decided as the checker decides."""
    tp = fp = fn = 0
    for z, rij in zip(data, rijen, strict=True):
        labels = [O] * len(z.labels)
        marges = [0.0] * len(z.labels)
        for i, idx, _, mag in rij:
            s = [sum(gewichten[j * 3 + lab] for j in idx) for lab in range(3)]
            scores = (s[0], s[1] + TT_VOORKEUR, s[2])
            label = beste(scores, mag)
            rest = [scores[a] for a in range(3) if a != label and mag[a]]
            labels[i] = label
            marges[i] = scores[label] - max(rest) if rest else scores[label]
        een_finiet_per_zinsdeel(z.zin, labels, marges)
        for gok, goed in zip(labels, z.labels, strict=True):
            if goed == WEG:
                continue
            tp += gok == TT and goed == TT
            fp += gok == TT and goed != TT
            fn += gok != TT and goed == TT
    return tp, fp, fn


def _fase_een_afdruk(ud: Path) -> str:
    """What stage one depends on: its code, the lexicons and the treebanks."""
    tijd = ROOT / "src" / "verhaal" / "checker" / "tijd"
    h = hashlib.sha256()
    for pad in (
        tijd / "tagger.py",
        tijd / "verklaring.py",
        tijd / "lexicon.py",
        tijd / "woordsoorten.py",
        DATA / "vormen.bin",
        DATA / "woordsoorten.bin",
        DATA / "paradigmas.bin",
        Path(__file__),
        *(ud / boom for boom in BOMEN),
    ):
        h.update(pad.read_bytes())
    h.update(inspect.getsource(analyseer_zin).encode())
    h.update(repr((TAG_BITS, TAG_EPOCHS, DELEN)).encode())
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=UD)
    parser.add_argument("--vouwen", action="store_true", help="cross-validation only")
    parser.add_argument(
        "--fase-een",
        type=Path,
        default=None,
        help="keep stage one (jackknifed tags, tagger weights) in this file between runs "
        "that change only stage two; reused only while stage one's code and data are the same",
    )
    parser.add_argument(
        "--verhalen",
        default=",".join(VERHAAL_SETS),
        help="story sets for stage two, comma-separated (dev, 1, 2, ...; empty: none)",
    )
    parser.add_argument("--gewicht", type=float, default=VERHAAL_GEWICHT)
    parser.add_argument("--tt-gewicht", type=float, default=1.0)
    parser.add_argument(
        "--meet",
        default="",
        help="story sets (not trained on) to measure stage two on (before the rules after it)",
    )
    args = parser.parse_args()
    data: list[ZinData] = []
    for boom in BOMEN:
        data += lees_conllu(args.ud / boom, len(data), verwissel=True)
    print(f"{len(data)} zinnen", file=sys.stderr)
    verhalen: list[ZinData] = []
    for naam in filter(None, args.verhalen.split(",")):
        verhalen += lees_verhalen(verhaal_map(naam), len(data) + len(verhalen))
    print(f"{len(verhalen)} zinnen uit verhalen", file=sys.stderr)
    vingerafdruk = _fase_een_afdruk(args.ud)
    bewaard = None
    if args.fase_een is not None and args.fase_een.exists():
        inhoud = pickle.loads(args.fase_een.read_bytes())
        if inhoud[0] == vingerafdruk:
            bewaard = inhoud[1:]
    if bewaard is not None:
        tags, tagger = bewaard
    else:
        tags = jackknife(data)
        tagger = None if args.vouwen else train_tagger(data)
        if args.fase_een is not None and tagger is not None:
            args.fase_een.write_bytes(pickle.dumps((vingerafdruk, tags, tagger)))
    rijen = voorbeelden(data, tags)
    verhaal_rijen: list[Rij] = []
    if verhalen:
        # the stories are not in stage one's training: the final tagger tags them as the
        # checker will
        verhaal_tagger = als_tagger(tagger if tagger is not None else train_tagger(data))
        verhaal_rijen = voorbeelden(verhalen, [verhaal_tagger.tag(z.zin) for z in verhalen])
    extra = als_voorbeelden(verhalen, verhaal_rijen, args.gewicht, tt_gewicht=args.tt_gewicht)
    print(f"{len(extra)} voorbeelden uit verhalen", file=sys.stderr)
    if args.vouwen:
        goed = totaal = 0
        tp = fp = fn = 0
        for deel in range(DELEN):
            train = (
                als_voorbeelden(data, rijen, 1.0, [z.bron % DELEN != deel for z in data]) + extra
            )
            gewichten = train_tijd(train)
            test = [n for n, z in enumerate(data) if z.bron % DELEN == deel and not z.wissel]
            a, b, c = meet([data[n] for n in test], [rijen[n] for n in test], gewichten)
            tp, fp, fn = tp + a, fp + b, fn + c
            for n in test:
                goed += sum(g == t for g, t in zip(data[n].tags, tags[n][0], strict=True))
                totaal += len(data[n].tags)
        p = tp / (tp + fp)
        r = tp / (tp + fn)
        print(
            f"woordsoort: {goed / totaal:.4f}  TT: P {p:.4f} R {r:.4f} F1 {2 * p * r / (p + r):.4f}"
            f"  (fp {fp}, fn {fn})"
        )
        return
    if tagger is None:
        tagger = train_tagger(data)
    gewichten = train_tijd(als_voorbeelden(data, rijen, 1.0) + extra)
    for naam in filter(None, args.meet.split(",")):
        gemeten = lees_verhalen(verhaal_map(naam), 0)
        meet_tagger = als_tagger(tagger)
        a, b, c = meet(
            gemeten, voorbeelden(gemeten, [meet_tagger.tag(z.zin) for z in gemeten]), gewichten
        )
        print(f"set {naam}: TP {a} FP {b} FN {c} F1 {2 * a / (2 * a + b + c):.4f}", file=sys.stderr)
    tagger_model = DATA / "woordsoort.model"
    tijd_model = DATA / "tijd.model"
    tagger_model.write_bytes(
        schrijf_tagger(
            tagger, TAG_BITS, VERKLARING.format(wat="part-of-speech tagger", verhalen="")
        )
    )
    tijd_model.write_bytes(
        schrijf_model(
            [gewichten],
            TIJD_BITS,
            VERKLARING.format(wat="tense tagger", verhalen=VERHAAL_NOOT if verhalen else ""),
        )
    )
    for pad in (tagger_model, tijd_model):
        print(f"{pad.name}: {pad.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
