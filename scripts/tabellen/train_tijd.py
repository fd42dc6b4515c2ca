"""Train the tense tagger (src/verhaal/data/werkwoorden/tijd.model) on the UD Dutch dev files.

Data: the dev .conllu files of UD_Dutch-Alpino and UD_Dutch-LassySmall (CC BY-SA 4.0) in
../shared/eval/ud. The test files are never read here: they are for reporting only.
Labels: TT for VerbForm=Fin|Tense=Pres, VT for VerbForm=Fin|Tense=Past, O otherwise, for
every word the lexicon knows as a finite form. Each sentence goes through the checker's own
document model (lees_document) and feature code, so training sees what the checker sees.

    python scripts/tabellen/train_tijd.py [--ud DIR] [--epochs N] [--bits B]
    python scripts/tabellen/train_tijd.py --kruis      # train on one treebank, test the other
    python scripts/tabellen/train_tijd.py --vouwen 4   # 4-fold cross-validation, writes nothing

Deterministic: fixed shuffle seed, so the same inputs give the same model file.
"""

from __future__ import annotations

import argparse
import random
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path

from verhaal.checker.document import lees_document
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.kenmerken import (
    Zin,
    analyseer_zin,
    een_finiet_per_zinsdeel,
    toegestaan,
    tweede_kenmerken,
)
from verhaal.checker.tijd.model import TT, VT, O, beste, schrijf_model

ROOT = Path(__file__).resolve().parents[2]
UD = ROOT.parent / "shared" / "eval" / "ud"
DOEL = ROOT / "src" / "verhaal" / "data" / "werkwoorden" / "tijd.model"
BOMEN = (
    "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu",
    "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu",
)

VERKLARING = """\
verhaal tense tagger (averaged perceptron, hashed features).
Trained on the dev sets of UD_Dutch-Alpino and UD_Dutch-LassySmall (Universal Dependencies),
by Gosse Bouma, Gertjan van Noord and the UD Dutch contributors; see
https://universaldependencies.org/ for the treebanks and their citations.
This model file is a derivative of that data and is licensed under the Creative Commons
Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0):
https://creativecommons.org/licenses/by-sa/4.0/ . It contains no text from the treebanks,
only feature weights. Changes: words and tense labels were turned into hashed weights.
Rebuild: python scripts/tabellen/train_tijd.py
"""

Voorbeeld = tuple[list[int], int, tuple[bool, bool, bool]]


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


def lees_conllu(pad: Path, verwissel: bool = False) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """Sentences as (text, [(start, end, label)]) with labels per surface token.

    With ``verwissel`` every sentence also comes back with its finite verbs moved to the
    other tense (present <-> past). Treebank text is mostly in the present and stories are
    in the past; the copies teach the tagger that the word form, not the genre, carries
    the tense, and give it plural present forms in narrative contexts.
    """
    zinnen = []
    tokens: list[tuple[str, str, bool]] = []  # form, feats, space after
    bereik_eind = 0
    bereik: tuple[str, list[str], bool] | None = None

    def sluit() -> None:
        nonlocal tokens
        if not tokens:
            return
        for wissel in (False, True) if verwissel else (False,):
            tekst = ""
            spans = []
            for vorm, feats, spatie in tokens:
                label = O
                if "VerbForm=Fin" in feats and "Tense=Pres" in feats:
                    label = TT
                elif "VerbForm=Fin" in feats and "Tense=Past" in feats:
                    label = VT
                if wissel and label != O:
                    ander = andere_tijd(vorm, feats, label)
                    if ander:
                        vorm, label = ander, VT if label == TT else TT
                start = len(tekst)
                tekst += vorm
                spans.append((start, len(tekst), label))
                if spatie:
                    tekst += " "
            zinnen.append((tekst.rstrip(), spans))
        tokens = []

    for regel in pad.read_text(encoding="utf-8").splitlines():
        if not regel.strip():
            sluit()
            continue
        if regel.startswith("#"):
            continue
        v = regel.split("\t")
        spatie = "SpaceAfter=No" not in v[9]
        if "-" in v[0]:
            bereik_eind = int(v[0].split("-")[1])
            bereik = (v[1], [], spatie)
            continue
        if "." in v[0]:
            continue
        if bereik is not None and int(v[0]) <= bereik_eind:
            bereik[1].append(v[5])
            if int(v[0]) == bereik_eind:
                tokens.append((bereik[0], "|".join(bereik[1]), bereik[2]))
                bereik = None
            continue
        tokens.append((v[1], v[5], spatie))
    sluit()
    return zinnen


@dataclass
class ZinData:
    """A training sentence: its analysis, gold labels and hashed first-pass features."""

    zin: Zin
    gold: list[int]
    idx: list[list[int] | None]
    mag: list[tuple[bool, bool, bool]]


def hash_idx(kenmerken: list[str], masker: int) -> list[int]:
    return [zlib.crc32(k.encode("utf-8")) & masker for k in kenmerken]


def analyseer(zinnen: list[tuple[str, list[tuple[int, int, int]]]], bits: int) -> list[ZinData]:
    """Run the checker's document model and first-pass features over the sentences."""
    lex = lx.lexicon()
    masker = (1 << bits) - 1
    uit: list[ZinData] = []
    for tekst, spans in zinnen:
        doc = lees_document(tekst + "\n", "txt")
        labels = {start: label for start, _, label in spans}
        for z in range(len(doc.zinnen)):
            toks = [t for t in doc.tokens if t.zin == z]
            zin = analyseer_zin(toks, doc.proza, lex)
            mag = [toegestaan(v) for v in zin.vlaggen]
            gold = []
            for tok, m in zip(toks, mag, strict=True):
                label = labels.get(tok.start, O)
                gold.append(label if m[label] else O)
            idx = [None if k is None else hash_idx(k, masker) for k in zin.kenmerken]
            uit.append(ZinData(zin, gold, idx, mag))
    return uit


def pas1(data: list[ZinData]) -> list[Voorbeeld]:
    return [
        (idx, z.gold[i], z.mag[i]) for z in data for i, idx in enumerate(z.idx) if idx is not None
    ]


def voorspel(z: ZinData, gewichten: array[float]) -> tuple[list[int], list[float]]:
    """First-pass labels and margins of one sentence."""
    labels = [0] * len(z.idx)
    marges = [0.0] * len(z.idx)
    for i, idx in enumerate(z.idx):
        if idx is None:
            continue
        s = (
            sum(gewichten[j * 3] for j in idx),
            sum(gewichten[j * 3 + 1] for j in idx),
            sum(gewichten[j * 3 + 2] for j in idx),
        )
        label = beste(s, z.mag[i])
        rest = [s[a] for a in range(3) if a != label and z.mag[i][a]]
        labels[i] = label
        marges[i] = s[label] - max(rest) if rest else s[label]
    return labels, marges


def pas2(
    data: list[ZinData], voorspellingen: list[tuple[list[int], list[float]]], bits: int
) -> list[Voorbeeld]:
    masker = (1 << bits) - 1
    uit: list[Voorbeeld] = []
    for z, (labels, marges) in zip(data, voorspellingen, strict=True):
        extra = tweede_kenmerken(z.zin, labels, marges)
        for i, idx in enumerate(z.idx):
            k2 = extra[i]
            if idx is not None and k2 is not None:
                uit.append((idx + hash_idx(k2, masker), z.gold[i], z.mag[i]))
    return uit


def train_twee(
    data: list[ZinData], bits: int, epochs: int, delen: int = 4
) -> tuple[array[float], array[float]]:
    """Both passes. Pass two learns from pass-one decisions made without seeing the
    sentence (jackknife over ``delen`` parts), so it learns how good pass one really is."""
    eerste = train(pas1(data), bits, epochs)
    buiten: list[tuple[list[int], list[float]]] = [([], [])] * len(data)
    for k in range(delen):
        model_k = train(pas1([z for i, z in enumerate(data) if i % delen != k]), bits, epochs)
        for i in range(k, len(data), delen):
            buiten[i] = voorspel(data[i], model_k)
    tweede = train(pas2(data, buiten, bits), bits, epochs)
    return eerste, tweede


def train(data: list[Voorbeeld], bits: int, epochs: int, seed: int = 7) -> array[float]:
    """Averaged perceptron; returns the averaged weights (3 per bucket)."""
    n = 3 << bits
    w = array("d", bytes(8 * n))
    totaal = array("d", bytes(8 * n))
    stap = 1
    volgorde = list(range(len(data)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(volgorde)
        for k in volgorde:
            idx, gold, mag = data[k]
            s = [0.0, 0.0, 0.0]
            for i in idx:
                b = i * 3
                s[0] += w[b]
                s[1] += w[b + 1]
                s[2] += w[b + 2]
            gok = beste((s[0], s[1], s[2]), mag)
            if gok != gold:
                for i in idx:
                    b = i * 3
                    w[b + gold] += 1
                    w[b + gok] -= 1
                    totaal[b + gold] += stap
                    totaal[b + gok] -= stap
            stap += 1
    return array("d", (w[i] - totaal[i] / stap for i in range(n)))


def meet_twee(
    data: list[ZinData], eerste: array[float], tweede: array[float] | None, bits: int
) -> dict[str, float]:
    """Scores of the one- or two-pass tagger on sentences."""
    if tweede is None:
        tp = fp = fn = 0
        for z in data:
            labels, marges = voorspel(z, eerste)
            een_finiet_per_zinsdeel(z.zin, labels, marges)
            for i, idx in enumerate(z.idx):
                if idx is None:
                    continue
                tp += labels[i] == TT and z.gold[i] == TT
                fp += labels[i] == TT and z.gold[i] != TT
                fn += labels[i] != TT and z.gold[i] == TT
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"TT": round(2 * p * r / (p + r), 4) if p + r else 0.0, "TT_p": p, "TT_r": r}
    return meet(pas2(data, [voorspel(z, eerste) for z in data], bits), tweede)


def meet(data: list[Voorbeeld], gewichten: array[float]) -> dict[str, float]:
    """Precision/recall/F1 for TT and VT on candidate words."""
    uit = {}
    for label, naam in ((TT, "TT"), (VT, "VT")):
        tp = fp = fn = 0
        for idx, gold, mag in data:
            s = [sum(gewichten[i * 3 + lab] for i in idx) for lab in range(3)]
            gok = beste((s[0], s[1], s[2]), mag)
            tp += gok == label and gold == label
            fp += gok == label and gold != label
            fn += gok != label and gold == label
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        uit[naam] = round(2 * p * r / (p + r) if p + r else 0.0, 4)
        uit[naam + "_p"] = round(p, 4)
        uit[naam + "_r"] = round(r, 4)
    return uit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=UD)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--bits", type=int, default=16)
    parser.add_argument(
        "--twee-passen", action="store_true", help="add a second pass (did not help on dev)"
    )
    parser.add_argument("--kruis", action="store_true", help="train on one treebank, test other")
    parser.add_argument("--vouwen", type=int, default=0, help="k-fold cross-validation only")
    parser.add_argument("--zonder-wissel", action="store_true", help="no tense-swapped copies")
    args = parser.parse_args()
    sets = [lees_conllu(args.ud / boom, not args.zonder_wissel) for boom in BOMEN]

    def leer(
        zinnen: list[tuple[str, list[tuple[int, int, int]]]],
    ) -> tuple[array[float], array[float] | None]:
        data = analyseer(zinnen, args.bits)
        if not args.twee_passen:
            return train(pas1(data), args.bits, args.epochs), None
        return train_twee(data, args.bits, args.epochs)

    if args.vouwen:
        # Folds over original sentences; a sentence's tense-swapped copy stays in its fold.
        paren = 2 if not args.zonder_wissel else 1
        zinnen = sets[0] + sets[1]
        totaal: dict[str, float] = {}
        for k in range(args.vouwen):
            rest = [z for i, z in enumerate(zinnen) if (i // paren) % args.vouwen != k]
            test = [
                z
                for i, z in enumerate(zinnen)
                if (i // paren) % args.vouwen == k and i % paren == 0
            ]
            eerste, tweede = leer(rest)
            uitslag = meet_twee(analyseer(test, args.bits), eerste, tweede, args.bits)
            for sleutel, waarde in uitslag.items():
                totaal[sleutel] = totaal.get(sleutel, 0.0) + waarde / args.vouwen
        print({k: round(v, 4) for k, v in totaal.items()})
        return
    if args.kruis:
        for a, b in ((0, 1), (1, 0)):
            eerste, tweede = leer(sets[a])
            test = analyseer(lees_conllu(args.ud / BOMEN[b]), args.bits)
            print(
                BOMEN[a].split("/")[0],
                "->",
                BOMEN[b].split("/")[0],
                meet_twee(test, eerste, tweede, args.bits),
            )
        return
    eerste, tweede = leer(sets[0] + sets[1])
    passen = [eerste] if tweede is None else [eerste, tweede]
    DOEL.write_bytes(schrijf_model(passen, args.bits, VERKLARING))
    print(f"{DOEL.name}: {DOEL.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
