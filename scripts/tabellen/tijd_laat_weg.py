"""Leave story sets out: judge a stage-two training setting end to end on unseen stories.

For every group of story sets, stage two is trained as ``train_tijd.py`` trains it (the
treebanks plus the story sets of ``--verhalen`` minus that group, with ``--gewicht`` and
``--tt-gewicht``), the weights go into a copy of ``src`` in ``--uit``, and the whole checker
(the rules after stage two included) is scored on each set of the group with the
evaluation's ``score.py``. Stage one comes from a ``train_tijd.py --fase-een`` file, so
it is trained on the treebanks only, as shipped. Writes ``SET.json`` per set into
``--uit/NAAM`` and prints the tense TP/FP/FN per set; nothing in ``src`` changes.

    python scripts/tabellen/train_tijd.py --fase-een /tmp/fase1.pkl   # once
    python scripts/tabellen/tijd_laat_weg.py --fase-een /tmp/fase1.pkl --naam B \\
        --groepen 'dev+1+2+3;4+5+6+7;8+9+10+11;12+13+14+15;16+17+18+19'

Round 15 chose nothing with it (see werkwoorden/HERKOMST.md): a training of stage two
takes about a minute of CPU, so a group per run, not a set, is the practical unit.
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import train_tijd as tt

from verhaal.checker.tijd.model import schrijf_model

SCORE = tt.ROOT.parent / "shared" / "eval" / "score.py"
REGEL = "tegenwoordige-tijd"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fase-een", type=Path, required=True)
    parser.add_argument("--naam", required=True, help="name of this setting (a folder)")
    parser.add_argument("--uit", type=Path, default=Path("/tmp/tijd-laat-weg"))
    parser.add_argument("--groepen", required=True, help="groups of sets: 'dev+1;2+3;...'")
    parser.add_argument("--verhalen", default=",".join(tt.VERHAAL_SETS))
    parser.add_argument("--gewicht", type=float, default=tt.VERHAAL_GEWICHT)
    parser.add_argument("--tt-gewicht", type=float, default=1.0)
    args = parser.parse_args()
    groepen = [g.split("+") for g in args.groepen.split(";")]
    inhoud = pickle.loads(args.fase_een.read_bytes())
    if inhoud[0] != tt._fase_een_afdruk(tt.UD):
        raise SystemExit("stage one has changed: rebuild --fase-een with train_tijd.py")
    tags, tagger = inhoud[1:]
    data: list[tt.ZinData] = []
    for boom in tt.BOMEN:
        data += tt.lees_conllu(tt.UD / boom, len(data), verwissel=True)
    treebank = tt.als_voorbeelden(data, tt.voorbeelden(data, tags), 1.0)
    getraind = list(filter(None, args.verhalen.split(",")))
    # in the order of --verhalen (then the other sets of the groups): a group's training
    # examples come in the order train_tijd.py reads them, so its model is the one
    # train_tijd.py --verhalen (the others) would train (the order moves a set by a finding)
    namen = list(dict.fromkeys([*getraind, *(s for g in groepen for s in g)]))
    verhalen: list[tt.ZinData] = []
    van: list[str] = []
    for naam in namen:
        zinnen = tt.lees_verhalen(tt.verhaal_map(naam), len(data) + len(verhalen))
        verhalen += zinnen
        van += [naam] * len(zinnen)
    verhaal_tagger = tt.als_tagger(tagger)
    rijen = tt.voorbeelden(verhalen, [verhaal_tagger.tag(z.zin) for z in verhalen])
    map_ = args.uit / args.naam
    map_.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    for k, groep in enumerate(groepen):
        mee = [s in getraind and s not in groep for s in van]
        extra = tt.als_voorbeelden(verhalen, rijen, args.gewicht, mee, args.tt_gewicht)
        gewichten = tt.train_tijd(treebank + extra)
        src = map_ / f"src{k}"
        if src.exists():
            shutil.rmtree(src)
        shutil.copytree(
            tt.ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
        )
        model = src / "verhaal" / "data" / "werkwoorden" / "tijd.model"
        model.write_bytes(schrijf_model([gewichten], tt.TIJD_BITS, "laat weg"))
        cmd = f"env PYTHONPATH={src} {python} -m verhaal controleer --formaat json --geen-cache"
        for naam in groep:
            uit = subprocess.run(
                [
                    *(python, str(SCORE), str(tt.verhaal_map(naam)), "--cmd", cmd, "--json"),
                    *("--regels", REGEL, "--bewaar", str(map_ / f"{naam}.raw.json")),
                ],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            (map_ / f"{naam}.json").write_text(uit, encoding="utf-8")
            r = json.loads(uit)["regels"][REGEL]
            print(
                f"{args.naam} set {naam}: TP {r['tp']} FP {r['fp']} FN {r['fn']} F1 {r['f1']:.3f}"
            )


if __name__ == "__main__":
    main()
