"""Train the tense tagger (src/verhaal/data/werkwoorden/tijd.model) on the UD Dutch dev files.

Data: the dev .conllu files of UD_Dutch-Alpino and UD_Dutch-LassySmall (CC BY-SA 4.0) in
../shared/eval/ud. The test files are never read here: they are for reporting only.
Labels: TT for VerbForm=Fin|Tense=Pres, VT for VerbForm=Fin|Tense=Past, O otherwise, for
every word the lexicon knows as a finite form. Each sentence goes through the checker's own
document model (lees_document) and feature code, so training sees what the checker sees.

    python scripts/tabellen/train_tijd.py [--ud DIR] [--epochs N] [--bits B]
    python scripts/tabellen/train_tijd.py --kruis      # 2-fold check: train one treebank, test other

Deterministic: fixed shuffle seed, so the same inputs give the same model file.
"""

from __future__ import annotations

import argparse
import random
import zlib
from array import array
from pathlib import Path

from verhaal.checker.document import lees_document
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.kenmerken import toegestaan, zin_kenmerken
from verhaal.checker.tijd.model import O, TT, VT, beste, schrijf_model

ROOT = Path(__file__).resolve().parents[2]
UD = ROOT.parent / "shared" / "eval" / "ud"
DOEL = ROOT / "src" / "verhaal" / "data" / "werkwoorden" / "tijd.model"
BOMEN = ("UD_Dutch-Alpino/nl_alpino-ud-dev.conllu", "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu")

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


def lees_conllu(pad: Path) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """Sentences as (text, [(start, end, label)]) with labels per surface token."""
    zinnen = []
    tokens: list[tuple[str, str, bool]] = []  # form, feats, space after
    bereik_eind = 0
    bereik: tuple[str, list[str], bool] | None = None

    def sluit() -> None:
        nonlocal tokens
        if not tokens:
            return
        tekst = ""
        spans = []
        for vorm, feats, spatie in tokens:
            start = len(tekst)
            tekst += vorm
            label = O
            if "VerbForm=Fin" in feats and "Tense=Pres" in feats:
                label = TT
            elif "VerbForm=Fin" in feats and "Tense=Past" in feats:
                label = VT
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
            a, b = (int(x) for x in v[0].split("-"))
            bereik_eind = b
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


def voorbeelden(zinnen: list[tuple[str, list[tuple[int, int, int]]]], bits: int) -> list[Voorbeeld]:
    """Hashed feature indices and gold label of every candidate word."""
    lex = lx.lexicon()
    masker = (1 << bits) - 1
    uit: list[Voorbeeld] = []
    for tekst, spans in zinnen:
        doc = lees_document(tekst + "\n", "txt")
        labels = {start: label for start, _, label in spans}
        for z in range(len(doc.zinnen)):
            toks = [t for t in doc.tokens if t.zin == z]
            for tok, kenmerken in zip(toks, zin_kenmerken(toks, doc.proza, lex), strict=True):
                if kenmerken is None:
                    continue
                label = labels.get(tok.start, O)
                idx = [zlib.crc32(k.encode("utf-8")) & masker for k in kenmerken]
                mag = toegestaan(lex.vlag(tok.tekst.lower()))
                uit.append((idx, label if mag[label] else O, mag))
    return uit


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
    parser.add_argument("--bits", type=int, default=17)
    parser.add_argument("--kruis", action="store_true", help="train on one treebank, test other")
    parser.add_argument("--vouwen", type=int, default=0, help="k-fold cross-validation only")
    args = parser.parse_args()
    sets = [lees_conllu(args.ud / boom) for boom in BOMEN]
    if args.vouwen:
        alles = voorbeelden(sets[0] + sets[1], args.bits)
        totaal: dict[str, float] = {}
        for k in range(args.vouwen):
            test = alles[k :: args.vouwen]
            rest = [v for i, v in enumerate(alles) if i % args.vouwen != k]
            uitslag = meet(test, train(rest, args.bits, args.epochs))
            for sleutel, waarde in uitslag.items():
                totaal[sleutel] = totaal.get(sleutel, 0.0) + waarde / args.vouwen
        print({k: round(v, 4) for k, v in totaal.items()})
        return
    if args.kruis:
        for a, b in ((0, 1), (1, 0)):
            gewichten = train(voorbeelden(sets[a], args.bits), args.bits, args.epochs)
            print(BOMEN[a].split("/")[0], "->", BOMEN[b].split("/")[0],
                  meet(voorbeelden(sets[b], args.bits), gewichten))
        return
    data = voorbeelden(sets[0] + sets[1], args.bits)
    gewichten = train(data, args.bits, args.epochs)
    print(f"{len(data)} kandidaten; op de trainingsdata zelf:", meet(data, gewichten))
    DOEL.write_bytes(schrijf_model(gewichten, args.bits, VERKLARING))
    print(f"{DOEL.name}: {DOEL.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
