"""Golden tests: complete stories and exactly the findings the checker gives on them.

Each story ``tests/golden/NAME.md`` or ``NAME.txt`` has ``NAME.json``:
``{"namen": [...], "bevindingen": [{"regel", "offset", "tekst"}, ...]}`` (``namen`` is the
input: the pupil's names as given with ``--naam``). When a rule changes on purpose, review
the difference and regenerate with ``VERHAAL_GOLDEN=schrijf pytest tests/test_golden.py``;
the test still compares after writing, so a regeneration never hides a crash.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from verhaal.checker import CheckConfig, check

MAP = Path(__file__).parent / "golden"
VERHALEN = sorted(p for p in MAP.iterdir() if p.suffix in (".md", ".txt"))


def lees(pad: Path) -> str:
    """The file as `verhaal controleer` reads it: UTF-8, a BOM dropped, CRLF kept."""
    return pad.read_bytes().decode("utf-8-sig")


def bevindingen(pad: Path, namen: list[str]) -> list[dict[str, object]]:
    soort = "txt" if pad.suffix == ".txt" else "md"
    tekst = lees(pad)
    return [
        {"regel": b.regel, "offset": b.start, "tekst": b.tekst}
        for b in check(tekst, CheckConfig(namen=tuple(namen)), soort)
    ]


def test_er_zijn_gouden_verhalen() -> None:
    assert len(VERHALEN) >= 4
    assert {p.suffix for p in VERHALEN} == {".md", ".txt"}
    assert any(b"\r\n" in p.read_bytes() for p in VERHALEN), "one story with CRLF line ends"


@pytest.mark.parametrize("pad", VERHALEN, ids=[p.name for p in VERHALEN])
def test_gouden_verhaal(pad: Path) -> None:
    verwacht_pad = pad.with_suffix(".json")
    verwacht = json.loads(verwacht_pad.read_text(encoding="utf-8"))
    gekregen = bevindingen(pad, verwacht["namen"])
    if os.environ.get("VERHAAL_GOLDEN") == "schrijf":
        verwacht["bevindingen"] = gekregen
        regels = ",\n".join("    " + json.dumps(b, ensure_ascii=False) for b in gekregen)
        verwacht_pad.write_text(
            '{"namen": ' + json.dumps(verwacht["namen"], ensure_ascii=False) + ",\n"
            ' "bevindingen": [\n' + regels + ("\n" if regels else "") + " ]}\n",
            encoding="utf-8",
        )
    tekst = lees(pad)
    for bevinding in verwacht["bevindingen"]:
        start = bevinding["offset"]
        assert tekst[start : start + len(bevinding["tekst"])] == bevinding["tekst"]
    assert gekregen == verwacht["bevindingen"], (
        f"{pad.name}: other findings than recorded. If the change is intended, review it and "
        "run VERHAAL_GOLDEN=schrijf pytest tests/test_golden.py"
    )
