"""Split the naam score: the pupil's given name (fout) vs other names (waarschuwing).

    python score.py verhalen --cmd "verhaal controleer --formaat json" --regels naam \\
        --bewaar /tmp/ruw.json
    python benchmarks/naam_splits.py ../shared/eval/verhalen /tmp/ruw.json

A gold naam span counts as "gegeven" when it starts with one of the record's names, else
as "heuristiek". A finding must have the matching severity to count for that part.
Findings overlapping a twijfel span are ignored, as in score.py. Accepts a linter JSON
report or a score.py --bewaar file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DELEN = ("gegeven", "heuristiek")


def _bestanden(rapport: Any) -> list[dict[str, Any]]:
    if isinstance(rapport, list):  # score.py --bewaar: one entry per linter run
        return [f for run in rapport for f in json.loads(run["stdout"])["files"]]
    return list(rapport["files"])


def _overlap(finding: dict[str, Any], span: dict[str, Any]) -> bool:
    start = finding["offset"]
    eind = start + max(1, finding["length"])
    return bool(start < span["eind"] and span["start"] < eind)


def main() -> None:
    goudmap = Path(sys.argv[1])
    goud = {}
    for regel in (goudmap / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(regel)
        goud[record["bestand"]] = record
    rapport = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    tel = {deel: {"tp": 0, "fp": 0, "fn": 0, "gold": 0} for deel in DELEN}
    voorbeelden: list[str] = []
    for bestand in _bestanden(rapport):
        record = goud[Path(bestand["path"]).name]
        namen = [n.lower() for n in record["naam"]]

        def deel(span: dict[str, Any], namen: list[str] = namen) -> str:
            tekst = span["tekst"].lower()
            return "gegeven" if any(tekst.startswith(n) for n in namen) else "heuristiek"

        spans = [s for s in record["spans"] if s["regel"] == "naam"]
        twijfel = [s for s in record["spans"] if s["regel"] == "twijfel"]
        vondsten = [f for f in bestand["findings"] if f["rule"] == "naam"]
        for span in spans:
            soort = deel(span)
            ernst = "fout" if soort == "gegeven" else "waarschuwing"
            tel[soort]["gold"] += 1
            if not any(f["severity"] == ernst and _overlap(f, span) for f in vondsten):
                tel[soort]["fn"] += 1
                voorbeelden.append(f"FN {soort}: {record['bestand']} {span['tekst']!r}")
        for vondst in vondsten:
            soort = "gegeven" if vondst["severity"] == "fout" else "heuristiek"
            if any(deel(s) == soort and _overlap(vondst, s) for s in spans):
                tel[soort]["tp"] += 1
            elif not any(_overlap(vondst, s) for s in twijfel):
                tel[soort]["fp"] += 1
                voorbeelden.append(f"FP {soort}: {record['bestand']} {vondst['text']!r}")
    for soort, t in tel.items():
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else float("nan")
        r = (t["gold"] - t["fn"]) / t["gold"] if t["gold"] else float("nan")
        f1 = 2 * p * r / (p + r) if p + r else float("nan")
        print(
            f"naam {soort:10} gold {t['gold']:3} TP {t['tp']:3} FP {t['fp']:3} "
            f"FN {t['fn']:3}  P {p:.3f} R {r:.3f} F1 {f1:.3f}"
        )
    print("\n".join(voorbeelden))


if __name__ == "__main__":
    main()
