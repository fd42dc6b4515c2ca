"""``verhaal bundel``'s name gate: nothing with a name goes in, and no name is echoed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app
from verhaal.errors import VerhaalFout

SCHOON = """\
---
titel: Het natte plein
thema: samenwerking
---

# Het natte plein

Er was eens een jongen die graag buiten speelde. Hij rende over het plein.

Toen regende het de hele dag. Hij bleef binnen en las een boek.
"""

# The pupil's name (given with --naam / --namen) on line 9, column 27.
EIGEN_NAAM = """\
---
titel: De lange gang
---

# De lange gang

Er was eens een meisje dat graag tekende.

Op een ochtend zag ze dat Zwaantje al in de gang stond.
"""

# Another person's name (found by the heuristic) on line 7.
ANDERE_NAAM = """\
---
titel: Het bord
---

# Het bord

Toen kwam mevrouw Verbruggen de klas in en keek rond.
"""

# A name only in the plotvraag: front matter the checker treats as notes.
NAAM_IN_PLOTVRAAG = """\
---
titel: De fiets
plotvraag: Zal het Zwaantje lukken om weer te fietsen?
---

# De fiets

Er was eens een meisje met een fiets. Ze fietste elke dag naar school.
"""

# Open findings of other rules (a number, present tense) but no name.
MET_BEVINDINGEN = """\
---
titel: De drie tassen
---

# De drie tassen

Er was eens een jongen met drie tassen. Hij loopt naar school.
"""


def voer_uit(*args: str) -> tuple[int, str]:
    """Exit code and everything the terminal got (stdout and stderr)."""
    resultaat = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    if isinstance(resultaat.exception, VerhaalFout):
        return resultaat.exception.exit_code, resultaat.exception.bericht
    if resultaat.exception and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception
    return resultaat.exit_code, resultaat.stdout + resultaat.stderr


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    verhalen = tmp_path / "verhalen"
    verhalen.mkdir()
    for naam, tekst in (
        ("schoon.md", SCHOON),
        ("eigen.md", EIGEN_NAAM),
        ("ander.md", ANDERE_NAAM),
        ("plot.md", NAAM_IN_PLOTVRAAG),
        ("open.md", MET_BEVINDINGEN),
    ):
        (verhalen / naam).write_text(tekst, encoding="utf-8")
    return tmp_path


def _alles_geschreven(map_: Path) -> str:
    """Every file in ``map_`` except the stories and the class list: what verhaal wrote."""
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in map_.rglob("*")
        if p.is_file() and "verhalen" not in p.parts and p.name != "klas.txt"
    )


@pytest.mark.parametrize("bron", ["--naam", "--namen"])
def test_verhalen_met_een_naam_blijven_buiten(map_: Path, bron: str) -> None:
    if bron == "--naam":
        args = ["--naam", "Zwaantje"]
    else:
        (map_ / "klas.txt").write_text("# groep zes\nZwaantje\nTeun\n", encoding="utf-8")
        args = ["--namen", "klas.txt"]
    code, terminal = voer_uit("bundel", "verhalen", *args, "--datum", "2026-11-23")
    assert code == 1
    boekje = (map_ / "bundel.html").read_text(encoding="utf-8")
    # Only the stories without a name are in the booklet.
    assert "Het natte plein" in boekje and "De drie tassen" in boekje
    for titel in ("De lange gang", "Het bord", "De fiets"):
        assert titel not in boekje
    assert "Zwaantje" not in boekje and "Verbruggen" not in boekje
    # The terminal names the file and the place, never the name.
    assert re.search(r"verhalen/eigen\.md:9:27: .*naam", terminal)
    assert re.search(r"verhalen/ander\.md:7:\d+: .*naam", terminal)
    assert re.search(r"verhalen/plot\.md:3:\d+: .*naam.*plotvraag", terminal)
    assert not re.search(r"schoon\.md.*naam", terminal)
    assert "Zwaantje" not in terminal and "Verbruggen" not in terminal
    assert "Z·······" in terminal  # a masked hint
    assert "3 verhalen weggelaten" in terminal
    # Other findings are summed up on the terminal, not in the booklet.
    assert re.search(r"verhalen/open\.md: nog open: .*fout", terminal)
    assert "controleer" not in boekje and "fout" not in boekje
    # No name reached the disk, in any file verhaal wrote.
    assert "Zwaantje" not in _alles_geschreven(map_)


def test_zonder_leerlingnaam_houdt_de_heuristiek_de_andere_naam_tegen(map_: Path) -> None:
    code, terminal = voer_uit("bundel", "verhalen", "--datum", "2026-11-23")
    assert code == 1
    boekje = (map_ / "bundel.html").read_text(encoding="utf-8")
    assert "Verbruggen" not in boekje and "Het bord" not in boekje
    assert re.search(r"verhalen/ander\.md:7:\d+", terminal)


def test_de_heuristiek_gaat_voor_de_configuratie(map_: Path) -> None:
    """A team that turned the naam rule off or down still gets the gate."""
    (map_ / ".verhaal.yaml").write_text(
        "regels:\n  naam:\n    aan: false\n    heuristiek: false\n    ernst: info\n",
        encoding="utf-8",
    )
    code, terminal = voer_uit("bundel", "verhalen", "--naam", "Zwaantje")
    assert code == 1
    boekje = (map_ / "bundel.html").read_text(encoding="utf-8")
    assert "Verbruggen" not in boekje and "Zwaantje" not in boekje
    assert "ander.md:7:" in terminal and "eigen.md:9:27" in terminal


def test_niets_geschreven_als_alles_een_naam_heeft(map_: Path) -> None:
    for pad in (map_ / "verhalen").iterdir():
        if pad.name not in ("eigen.md", "ander.md"):
            pad.unlink()
    code, terminal = voer_uit("bundel", "verhalen", "--naam", "Zwaantje")
    assert code == 1
    assert not (map_ / "bundel.html").exists()
    assert "niets geschreven" in terminal


def test_alles_schoon_geeft_exit_0(map_: Path) -> None:
    code, terminal = voer_uit("bundel", "verhalen/schoon.md", "--naam", "Zwaantje")
    assert code == 0, terminal
    assert "Het natte plein" in (map_ / "bundel.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "regel",
    [
        "Op het bord stond `Zwaantje` in krijt.",  # code: the file check does not read it
        "```\nZwaantje\n```",
        "Ze keek naar ![Zwaantje op het plein](plein.png) en lachte.",
    ],
)
def test_ook_wat_de_controle_overslaat_wordt_gecontroleerd(map_: Path, regel: str) -> None:
    """What the booklet would show is checked as shown, also where the checker masks."""
    verhalen = map_ / "verhalen"
    for pad in verhalen.iterdir():
        if pad.name != "schoon.md":
            pad.unlink()
    (verhalen / "code.md").write_text(
        "---\ntitel: Het krijt\n---\n\n# Het krijt\n\nEr was eens een meisje.\n\n" + regel + "\n",
        encoding="utf-8",
    )
    code, terminal = voer_uit("bundel", "verhalen", "--naam", "Zwaantje")
    assert code == 1
    assert re.search(r"verhalen/code\.md:(9|10):\d+: hier staat een naam", terminal)
    assert "Zwaantje" not in terminal
    assert "Het krijt" not in (map_ / "bundel.html").read_text(encoding="utf-8")
