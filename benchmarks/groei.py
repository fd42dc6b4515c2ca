"""Time and peak memory of ``verhaal controleer`` against input size (issue 11; not a test).

    .venv/bin/python benchmarks/groei.py [--formaten tekst,json] [--max-s 120]

For each shape of input (many lines of prose, the same prose on one line, a pasted base64
blob on one line, one sentence without a full stop, one very long word) and each size
(10 kB, 100 kB, 1 MB) one cold run (``--geen-cache``) in a fresh process, measured from
outside: wall time and the peak RSS of that process (``os.wait4``). Linear cost shows as
10x the time and (beyond the ~30 MB of the interpreter and tables) 10x the memory per
step. The size limit is raised for the run with ``max_kb`` in a temporary configuration.

Every rule runs on every shape; a run that takes longer than ``--max-s`` seconds is
stopped ("> N s"). Prints a Markdown table (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

GROOTTES = (10_000, 100_000, 1_000_000)
WOORDEN = "de man liep naar huis en zag een hond die blafte tegen een grote boom".split()


def _proza(grootte: int, *, punten: bool, regels: bool) -> str:
    kies = random.Random(7)
    delen: list[str] = []
    lengte = 0
    regel = 0
    while lengte < grootte:
        woord = kies.choice(WOORDEN)
        if punten and len(delen) % 12 == 0:
            woord = woord.capitalize()  # a new sentence
        if punten and len(delen) % 12 == 11:
            woord += "."
        regel += len(woord) + 1
        if regels and regel > 80:
            woord += "\n"
            regel = 0
        delen.append(woord)
        lengte += len(woord) + 1
    return " ".join(delen)[:grootte] + "\n"


def _blob(grootte: int) -> str:
    return base64.b64encode(random.Random(3).randbytes(grootte * 3 // 4)).decode()[:grootte] + "\n"


VORMEN: dict[str, Callable[[int], str]] = {
    "veel regels": lambda n: _proza(n, punten=True, regels=True),
    "een regel": lambda n: _proza(n, punten=True, regels=False),
    "base64 op een regel": _blob,
    "zin zonder punt": lambda n: _proza(n, punten=False, regels=False),
    "een woord": lambda n: "a" * (n - 1) + "\n",
}
"""Shape -> the text of a given size."""


def meet(map_: Path, bestand: Path, formaat: str, max_s: float) -> str:
    """One cold run in a fresh process: 'seconds / peak MB' (or '> N s')."""
    opdracht = [
        str(Path(sys.executable).with_name("verhaal")),
        "controleer",
        "--geen-cache",
        "--formaat",
        formaat,
        str(bestand),
    ]
    omgeving = {**os.environ, "VERHAAL_CACHE_MAP": str(map_ / "cache"), "NO_COLOR": "1"}
    omgeving.pop("PYTHONDONTWRITEBYTECODE", None)
    begin = time.perf_counter()
    with open(os.devnull, "wb") as niets:
        p = subprocess.Popen(opdracht, cwd=map_, stdout=niets, stderr=niets, env=omgeving)
        while True:
            pid, status, gebruik = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - begin > max_s:
                p.kill()
                os.wait4(p.pid, 0)
                return f"> {max_s:.0f} s"
            time.sleep(0.01)
    p.returncode = os.waitstatus_to_exitcode(status)
    duur = time.perf_counter() - begin
    if p.returncode not in (0, 1):
        return f"exit {p.returncode}"
    return f"{duur:.2f} s / {gebruik.ru_maxrss / 1024:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--formaten", default="tekst,json")
    parser.add_argument("--max-s", type=float, default=120.0)
    args = parser.parse_args()
    formaten = args.formaten.split(",")
    subprocess.run([str(Path(sys.executable).with_name("verhaal")), "--help"], check=True,
                   capture_output=True)  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="verhaal-groei-") as tijdelijk:
        map_ = Path(tijdelijk)
        (map_ / ".verhaal.yaml").write_text("max_kb: 2000\n", encoding="utf-8")
        koppen = ["vorm", "grootte", *(f"{f} (tijd / piek-RSS)" for f in formaten)]
        print("| " + " | ".join(koppen) + " |")
        print("|" + "---|" * len(koppen))
        for vorm, maak in VORMEN.items():
            for grootte in GROOTTES:
                bestand = map_ / "verhaal.md"
                bestand.write_text(maak(grootte), encoding="utf-8")
                cellen = [meet(map_, bestand, f, args.max_s) for f in formaten]
                rij = [vorm, f"{grootte // 1000} kB", *cellen]
                print("| " + " | ".join(rij) + " |", flush=True)


if __name__ == "__main__":
    main()
