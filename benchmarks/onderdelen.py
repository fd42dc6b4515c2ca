"""What each part of the checker costs per story, in instructions (not a test).

    python benchmarks/onderdelen.py KORPUS [DEEL ...]     (needs valgrind)

KORPUS is a folder of stories (``../shared/bench/maak_corpus.py KORPUS --verhalen 400``
makes one). Every measurement checks the first 20 stories (warm-up), then 100 more, under
callgrind (``PYTHONHASHSEED=0``, so the count is the same on every run however busy the
machine is). The cost of a part is found by doing that part twice on those 100 stories: the
extra instructions, per story, are what it costs. ``niets`` is the plain run (its figure
is the whole check per story); a rule id doubles that rule; the other parts are those of
:data:`DELEN`. Without DEEL: all of them (a few minutes each on a busy machine).

The modules are compiled to bytecode once before measuring (an earlier round got figures
that were off by half a million instructions per story where one run compiled them and the
other did not).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

DELEN = {
    "tagger-lus": "the per-word loop of stage one (tijd.tagger)",
    "tagger-ingangen": "stage one's cached group sums: key look-ups per word",
    "analyseer": "tijd.kenmerken.analyseer_zin: lexicon flags, gaps, clauses",
    "omgeving": "tijd.kenmerken.Omgeving: a sentence as stage two sees it",
    "waarden": "tijd.kenmerken.waarden: stage two's values per candidate",
    "tijd-sommen": "stage two's cached group sums and their totals",
    "naregels": "the rules after stage two (tijd.kenmerken, called in tijd)",
    "finiet": "tijd.finiete_werkwoorden as a whole",
    "document": "checker.document.lees_document",
}

BINNEN = """
import gc, sys
from pathlib import Path
sys.path.insert(0, {src!r})
gc.set_threshold(20_000, 10, 10)  # as the batch runner does
from verhaal.checker import check
from verhaal.checker.config import CheckConfig
import verhaal.checker as C
import verhaal.checker.tijd as T
import verhaal.checker.tijd.kenmerken as K
import verhaal.checker.tijd.tagger as TG
import verhaal.checker.tijd.verklaring as VK
from verhaal.checker.rules import REGELS

teksten = [p.read_text(encoding="utf-8") for p in sorted(Path({korpus!r}).rglob("*.md"))]
deel = {deel!r}
aan = [False]


def dubbel(houder, naam, filter=None):
    f = getattr(houder, naam)

    def twee(*a, **k):
        if aan[0] and (filter is None or filter(*a)):
            uit = f(*a, **k)
            if hasattr(uit, "__next__"):
                list(uit)
        return f(*a, **k)

    try:
        setattr(houder, naam, twee)
    except AttributeError:  # a rule is a frozen dataclass
        object.__setattr__(houder, naam, twee)


if deel == "tagger-lus":
    dubbel(TG, "_LUS")
elif deel in ("tagger-ingangen", "tijd-sommen"):
    if deel == "tagger-ingangen":
        dubbel(VK.Sommen, "ingangen", lambda s, k: s.verklaring is TG.VERKLARING)
    else:
        dubbel(VK.Sommen, "statisch", lambda s, k: s.verklaring is K.VERKLARING)
elif deel == "analyseer":
    dubbel(T, "analyseer_zin")
elif deel == "waarden":
    dubbel(K, "waarden")
elif deel == "omgeving":
    O = K.Omgeving

    class Twee(O):
        __slots__ = ()

        def __init__(self, *a):
            if aan[0]:
                O.__init__(self, *a)
            O.__init__(self, *a)

    K.Omgeving = Twee
elif deel == "naregels":
    for naam in dir(T):
        f = getattr(T, naam)
        if naam[0].islower() and getattr(f, "__module__", "") == K.__name__ and naam not in (
            "analyseer_zin",
            "zeker_verleden",
        ):
            dubbel(T, naam)
elif deel == "finiet":
    import verhaal.checker.rules.tegenwoordige_tijd as R

    dubbel(R, "finiete_werkwoorden")
elif deel == "document":
    dubbel(C, "lees_document")
elif deel in REGELS:
    dubbel(REGELS[deel], "check")
elif deel != "niets":
    raise SystemExit(f"onbekend deel: {{deel}}")
config = CheckConfig()
for t in teksten[:20]:
    check(t, config)
aan[0] = True
if {meten!r}:
    for t in teksten[100:200]:
        check(t, config)
"""


CALLGRIND = ("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null")


def instructies(korpus: str, deel: str, meten: bool) -> int:
    code = BINNEN.format(src=str(SRC), korpus=korpus, deel=deel, meten=meten)
    omgeving = {**os.environ, "PYTHONHASHSEED": "0"}
    omgeving.pop("PYTHONDONTWRITEBYTECODE", None)
    uit = subprocess.run(
        [*CALLGRIND, sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=omgeving,
        check=True,
    ).stderr
    gevonden = re.search(r"Collected : (\d+)", uit)
    if gevonden is None:
        raise SystemExit("geen telling van callgrind:\n" + uit[-2000:])
    return int(gevonden.group(1))


def main() -> None:
    if len(sys.argv) < 2 or shutil.which("valgrind") is None:
        raise SystemExit(__doc__)
    korpus = sys.argv[1]
    delen = sys.argv[2:] or ["niets", *DELEN]
    omgeving = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(SRC)], check=True, env=omgeving)
    # The warm-up run without the doubled part: the 100 stories of every run are compared
    # with this one.
    basis = instructies(korpus, "niets", True)
    opwarmen = instructies(korpus, "niets", False)
    print(f"niets: {(basis - opwarmen) / 100e6:.2f} M per story (the whole check)")
    for deel in delen:
        if deel == "niets":
            continue
        extra = instructies(korpus, deel, True) - basis
        uitleg = DELEN.get(deel, "the rule " + deel)
        print(f"{deel}: {extra / 100e6:.2f} M per story ({uitleg})", flush=True)


if __name__ == "__main__":
    main()
