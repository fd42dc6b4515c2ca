"""Where the time and memory of `verhaal controleer` go: a breakdown for finding bottlenecks.

Usage (from the repository root, with the project's venv):

    .venv/bin/python benchmarks/profiel.py [--verhalen 1000] [--groot 10000] [--alles]

Sections (each prints "sleutel: waarde" lines):
- start: `python -c pass`, `verhaal --help`, and `verhaal controleer --formaat json` on one
  story, as whole processes (best of 5);
- laden: in a fresh process, importing the CLI, importing the checker and linter, and the
  first check (which loads the rule tables);
- per_bestand: in-process per story: parsing (lees_document), each rule, and the linter's
  own work around them (reading, positions, suppression, JSON), in microseconds;
- drempel: whole-process time with 1 process, with a pool from the second file on, and
  with the automatic choice (``POOL_LOONT_VANAF_S``), for growing batch sizes;
- geheugen/schaal (--alles): peak RSS and PSS summed over the process tree, and wall time,
  on N and on --groot stories (10x N by default).

The corpus comes from the shared bench generator (../shared/bench/maak_corpus.py, or
$BENCH_MAP). Stdlib only. Set nothing like PYTHONDONTWRITEBYTECODE: this script unsets it
for its children so the CLI starts from bytecode, as an installed copy does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
REPO = HIER.parent
BENCH = Path(os.environ.get("BENCH_MAP", REPO.parent / "shared" / "bench"))
PY = sys.executable
VERHAAL = str(Path(PY).parent / "verhaal")
OMGEVING = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
OMGEVING["VERHAAL_CACHE_MAP"] = tempfile.mkdtemp(prefix="verhaal-profiel-cache-")
"""A cache folder of its own: never the user's, and empty at the start."""
EXTRA: list[str] = ["--geen-cache"]
"""Extra `controleer` arguments (--args), e.g. to leave out a rule under construction.
Measurements are cold (every story checked) unless --met-cache drops ``--geen-cache``;
the warm figures (``*_warm_*``) always use the cache."""


def beste(opdracht: list[str], keer: int = 5) -> float:
    """Best wall-clock seconds of a command (exit 0 or 1 counts as success)."""
    tijden = []
    for _ in range(keer):
        t0 = time.perf_counter()
        r = subprocess.run(opdracht, capture_output=True, env=OMGEVING)
        tijden.append(time.perf_counter() - t0)
        if r.returncode not in (0, 1):
            sys.exit(f"FOUT: {opdracht} gaf {r.returncode}: {r.stderr.decode()[-500:]}")
    return min(tijden)


def corpus(map_: Path, aantal: int) -> list[Path]:
    if not map_.exists():
        subprocess.run(
            [
                PY,
                str(BENCH / "maak_corpus.py"),
                str(map_),
                "--verhalen",
                str(aantal),
                "--seed",
                "1",
            ],
            check=True,
            capture_output=True,
        )
    return sorted(map_.rglob("*.md"))


def start(een: Path) -> None:
    print(f"start_python_pass_ms: {beste([PY, '-c', 'pass']) * 1000:.1f}")
    print(f"start_help_ms: {beste([VERHAAL, '--help']) * 1000:.1f}")
    een_ms = beste([VERHAAL, "controleer", "-f", "json", *EXTRA, str(een)]) * 1000
    print(f"start_een_verhaal_ms: {een_ms:.1f}")
    warm = [a for a in EXTRA if a != "--geen-cache"]
    warm_ms = beste([VERHAAL, "controleer", "-f", "json", *warm, str(een)]) * 1000
    print(f"start_een_verhaal_warm_ms: {warm_ms:.1f}   (answered from the cache)")


LADEN = """
import sys, time
tekst = open(sys.argv[1], encoding="utf-8").read()
t0 = time.perf_counter()
import verhaal.cli
t1 = time.perf_counter()
import verhaal.linter.uitvoeren, verhaal.linter.rapport, verhaal.instellingen
from verhaal.checker.rules import REGELS
from verhaal.checker import check
t2 = time.perf_counter()
check(tekst)
t3 = time.perf_counter()
check(tekst)
t4 = time.perf_counter()
print(f"laden_cli_import_ms: {(t1 - t0) * 1000:.1f}")
print(f"laden_checker_linter_import_ms: {(t2 - t1) * 1000:.1f}")
print(f"laden_eerste_check_ms: {(t3 - t2) * 1000:.1f}   (loads the rule tables)")
print(f"laden_tweede_check_ms: {(t4 - t3) * 1000:.1f}   (the same story again)")
"""


def laden(een: Path) -> None:
    beste_regels: dict[str, float] = {}
    for _ in range(3):
        opdracht = [PY, "-c", LADEN, str(een)]
        uit = subprocess.run(opdracht, capture_output=True, text=True, env=OMGEVING)
        for regel in uit.stdout.splitlines():
            sleutel, _, rest = regel.partition(": ")
            waarde = float(rest.split()[0])
            beste_regels[sleutel] = min(waarde, beste_regels.get(sleutel, waarde))
    for sleutel, waarde in beste_regels.items():
        print(f"{sleutel}: {waarde:.1f}")


def per_bestand(bestanden: list[Path]) -> None:
    """Each step of checking one file, timed in the same pass (so load spikes hit all)."""
    from collections import Counter

    from verhaal.checker import CheckConfig, lees_document
    from verhaal.checker.rules import REGELS
    from verhaal.linter.invoer import Bron, lees
    from verhaal.linter.onderdrukking import pas_toe
    from verhaal.linter.rapport import gevonden_json
    from verhaal.linter.uitvoeren import _uitslag

    config = CheckConfig()
    opties = {
        r.id: {**r.standaard_opties(), **config.instelling(r.id).opties} for r in REGELS.values()
    }
    kapot: set[str] = set()
    tijden: Counter[str] = Counter()
    woorden = 0

    def meet(stap: str, t0: float) -> float:
        nu = time.perf_counter()
        tijden[stap] += nu - t0
        return nu

    for ronde, pad in enumerate(bestanden):
        if ronde == 1:
            tijden.clear()  # the first file loads the tables: reported under laden
            woorden = 0
        t = time.perf_counter()
        tekst = lees(Bron(str(pad)))
        t = meet("lezen", t)
        doc = lees_document(tekst)
        t = meet("lees_document", t)
        woorden += len(tekst.split())
        bevindingen = []
        for regel in REGELS.values():
            if regel.id in kapot:
                continue
            try:
                bevindingen.extend(regel.check(doc, opties[regel.id]))
            except Exception as fout:
                kapot.add(regel.id)
                print(f"per_bestand_regel_{regel.id}: KAPOT ({type(fout).__name__}: {fout})")
            t = meet(f"regel_{regel.id}", t)
        bevindingen.sort(key=lambda b: (b.start, b.eind, b.regel))
        over, opmerkingen = pas_toe(doc, bevindingen)
        uitslag = _uitslag(str(pad), tekst, over, opmerkingen, False)
        t = meet("linter_posities_onderdrukking", t)
        json.dumps([gevonden_json(g) for g in uitslag.gevonden], ensure_ascii=False)
        meet("linter_json", t)
    n = len(bestanden) - 1
    totaal = sum(tijden.values())
    print(f"per_bestand_verhalen: {n} ({woorden} words, first file not counted)")
    for stap, duur in tijden.items():
        print(f"per_bestand_{stap}_us: {duur / n * 1e6:.0f}   ({100 * duur / totaal:.0f} %)")
    print(f"per_bestand_totaal_us: {totaal / n * 1e6:.0f}")
    print(f"per_bestand_woorden_per_s_1proc: {woorden / totaal:.0f}")


def drempel(bestanden: list[Path]) -> None:
    for n in (8, 16, 32, 48, 64, 128, 256):
        if n > len(bestanden):
            break
        with tempfile.TemporaryDirectory() as tmp:
            for i, p in enumerate(bestanden[:n]):
                (Path(tmp) / f"{i:05}.md").write_bytes(p.read_bytes())
            opdracht = [VERHAAL, "controleer", "-f", "json", *EXTRA, tmp]
            een = beste([*opdracht, "--processen", "1"], 3)
            pool = beste([*opdracht, "--processen", str(os.cpu_count() or 2)], 3)
            auto = beste(opdracht, 3)
            print(
                f"drempel_{n}_bestanden_ms: 1proc {een * 1000:.0f}  pool {pool * 1000:.0f}  "
                f"automatisch {auto * 1000:.0f}"
            )


def _boom(pid: int) -> list[int]:
    pids = [pid]
    for p in list(pids):
        try:
            for taak in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{taak}/children") as f:
                    pids.extend(int(x) for x in f.read().split())
        except OSError:
            pass
    return pids


def _geheugen(pid: int) -> tuple[int, int, int]:
    rss = pss = grootste = 0
    for p in _boom(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for regel in f:
                    if regel.startswith("Rss:"):
                        rss += int(regel.split()[1])
                        grootste = max(grootste, int(regel.split()[1]))
                    elif regel.startswith("Pss:"):
                        pss += int(regel.split()[1])
        except OSError:
            pass
    return rss, pss, grootste


def meet_run(map_: Path, extra: list[str] | None = None) -> tuple[float, int, int, int]:
    """Wall seconds, peak RSS / PSS (KB) summed over the process tree, largest process RSS."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [VERHAAL, "controleer", "-f", "json", *(EXTRA if extra is None else extra), str(map_)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=OMGEVING,
    )
    piek_rss = piek_pss = piek_een = 0
    while proc.poll() is None:
        rss, pss, een = _geheugen(proc.pid)
        piek_rss, piek_pss, piek_een = max(piek_rss, rss), max(piek_pss, pss), max(piek_een, een)
        time.sleep(0.02)
    return time.perf_counter() - t0, piek_rss, piek_pss, piek_een


def geheugen_schaal(klein: Path, groot: Path, n_klein: int, n_groot: int) -> None:
    corpus(klein, n_klein)
    corpus(groot, n_groot)
    resultaten = {}
    for naam, map_ in (("klein", klein), ("groot", groot)):
        tijd, rss, pss, een = min(meet_run(map_) for _ in range(2))
        resultaten[naam] = tijd
        n = n_klein if naam == "klein" else n_groot
        print(f"geheugen_{n}_piek_rss_mb: {rss / 1024:.0f}   (sum over parent + workers)")
        print(f"geheugen_{n}_piek_pss_mb: {pss / 1024:.0f}   (shared pages counted once)")
        print(f"geheugen_{n}_grootste_proces_rss_mb: {een / 1024:.0f}")
        print(f"schaal_{n}_s: {tijd:.2f}")
        warm = [a for a in EXTRA if a != "--geen-cache"]
        meet_run(map_, warm)  # fills the cache
        tijd, rss, pss, een = min(meet_run(map_, warm) for _ in range(2))
        print(f"geheugen_{n}_warm_piek_rss_mb: {rss / 1024:.0f}   (every story from the cache)")
        print(f"geheugen_{n}_warm_grootste_proces_rss_mb: {een / 1024:.0f}")
        print(f"schaal_{n}_warm_s: {tijd:.2f}")
    print(
        f"schaal_factor: {resultaten['groot'] / resultaten['klein']:.2f}   "
        f"(time x{n_groot // n_klein} stories; goal <= {1.1 * n_groot / n_klein:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verhalen", type=int, default=1000)
    parser.add_argument("--groot", type=int, default=None)
    parser.add_argument("--alles", action="store_true", help="also memory and scaling")
    parser.add_argument("--werkmap", type=Path, default=None)
    parser.add_argument("--args", default="", help="extra arguments for verhaal controleer")
    parser.add_argument("--met-cache", action="store_true", help="measure with the cache")
    args = parser.parse_args()
    if args.met_cache:
        EXTRA.clear()
    EXTRA.extend(args.args.split())
    werk = args.werkmap or Path(tempfile.gettempdir()) / "verhaal-profiel"
    bestanden = corpus(werk / f"c{args.verhalen}", args.verhalen)
    print(json.dumps({"python": sys.version.split()[0], "cpus": os.cpu_count()}))
    start(bestanden[0])
    laden(bestanden[0])
    per_bestand(bestanden)
    drempel(bestanden)
    if args.alles:
        groot = args.groot or 10 * args.verhalen
        geheugen_schaal(werk / f"c{args.verhalen}", werk / f"c{groot}", args.verhalen, groot)


if __name__ == "__main__":
    main()
