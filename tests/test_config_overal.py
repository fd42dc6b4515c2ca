"""One checker configuration everywhere: a team's ``.verhaal.yaml`` counts the same in
``verhaal controleer``, ``verhaal bespreek`` and the flow's check (``schrijf``, ``werkvorm
doe``), so the flow never hides what ``controleer`` reports later.

The stories are written by the flow from an answers file with a team werkvorm that switches
the ``getal`` rule off; the story holds one number word ('drie').
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import cli_hulp

WORTEL = Path(__file__).resolve().parents[1]

Bevindingen = set[tuple[str, str, str]]
"""(rule, severity, text found) per finding."""

BESPREEK_ANTWOORDEN = """\
plotvraag: Zal hij weer met een gerust hart naar binnen gaan?
hulp: Zijn juf, bij het hek.
emoties: Schaamte, later opluchting.
beeld: Het natte schoolplein.
effect: Je voelt zijn onrust.
boodschap: Kleine aandacht helpt.
effect_op_mij: Ik dacht aan mijn eigen klas.
voor_wie: [team]
ontbreekt: Niets.
inspireert: [1]
spreekt_minder_aan: []
"""


def roep(*args: str) -> tuple[int, str]:
    return cli_hulp.roep(*args)


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A team folder: its own werkvorm 'team-verhaal' (stapsgewijs with ``getal: false``)
    and answers whose story says 'drie bekers' and has a sentence in the present tense."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "werkvormen").mkdir()
    werkvorm = (WORTEL / "werkvormen" / "stapsgewijs.yaml").read_text(encoding="utf-8")
    werkvorm = werkvorm.replace("id: stapsgewijs", "id: team-verhaal", 1)
    werkvorm = werkvorm.replace("  regels:\n", "  regels:\n    getal: false\n", 1)
    assert "getal: false" in werkvorm and "id: team-verhaal" in werkvorm
    (tmp_path / "werkvormen" / "team-verhaal.yaml").write_text(werkvorm, encoding="utf-8")
    antwoorden = (WORTEL / "voorbeelden" / "antwoorden.yaml").read_text(encoding="utf-8")
    antwoorden = antwoorden.replace("met een beker warme", "met drie bekers warme", 1)
    # One sentence in the present tense, so the tense rule has something to report.
    antwoorden = antwoorden.replace("de bel ging, liep hij", "de bel gaat, loopt hij", 1)
    assert "drie bekers" in antwoorden and "loopt hij" in antwoorden
    (tmp_path / "a.yaml").write_text(antwoorden, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(BESPREEK_ANTWOORDEN, encoding="utf-8")
    return tmp_path


def _flow(uitvoer: str) -> Bevindingen:
    """The findings the flow showed (answers mode prints one line per finding)."""
    return {
        (m[2], m[1], m[3])
        for m in re.finditer(
            r"^\s+(fout|waarschuwing|info) \[([\w-]+)\] [^«\n]*«([^»]*)»", uitvoer, re.M
        )
    }


def _controleer(pad: str) -> Bevindingen:
    code, uitvoer = roep("controleer", "--formaat", "json", pad)
    assert code in (0, 1), uitvoer
    rapport = json.loads(uitvoer.splitlines()[0])
    (bestand,) = rapport["files"]
    assert bestand["error"] is None
    return {(b["rule"], b["severity"], b["text"]) for b in bestand["findings"]}


def _bespreek(werkmap: Path, pad: str) -> Bevindingen:
    code, uitvoer = roep("bespreek", pad, "-a", "b.yaml")
    assert code == 0, uitvoer
    tekst = (werkmap / pad).with_suffix(".bespreking.md").read_text(encoding="utf-8")
    tekst = tekst.rsplit("## Bespreking van", 1)[-1]  # each review is appended: the last
    return {
        (m[2], m[1], m[3])
        for m in re.finditer(r"(fout|waarschuwing|info) · ([\w-]+): ‘([^’\n]*)’", tekst)
    }


def _alle_drie(werkmap: Path, config: str, *extra: str) -> tuple[Bevindingen, ...]:
    """Write the story with the flow, then check it with controleer and bespreek."""
    (werkmap / ".verhaal.yaml").write_text(config, encoding="utf-8")
    code, uitvoer = roep("schrijf", "-w", "team-verhaal", "-a", "a.yaml", "--uit", "v.md", *extra)
    assert code in (0, 1), uitvoer
    assert "werkvorm: team-verhaal" in (werkmap / "v.md").read_text(encoding="utf-8")
    return _flow(uitvoer), _controleer("v.md"), _bespreek(werkmap, "v.md")


def _regels(bevindingen: Bevindingen) -> dict[str, str]:
    return {regel: ernst for regel, ernst, _ in bevindingen}


def test_werkvorm_zet_een_regel_uit_en_een_ernst_zet_hem_niet_aan(werkmap: Path) -> None:
    # A severity alone does not switch back on what the werkvorm switched off (bespreek
    # used to switch it on); the team's change of the tense rule counts everywhere.
    flow, controleer, bespreek = _alle_drie(
        werkmap, "regels:\n  getal: waarschuwing\n  tegenwoordige-tijd: info\n"
    )
    assert flow == controleer == bespreek
    assert "getal" not in _regels(flow)
    assert _regels(flow).get("tegenwoordige-tijd") == "info"


def test_per_werkvorm_aan_true_zet_de_regel_weer_aan(werkmap: Path) -> None:
    config = (
        "regels:\n  getal: waarschuwing\n"
        "per_werkvorm:\n  team-verhaal:\n    regels:\n      getal: {aan: true}\n"
    )
    flow, controleer, bespreek = _alle_drie(werkmap, config)
    assert flow == controleer == bespreek
    assert ("getal", "waarschuwing", "drie") in flow


def test_team_zet_een_regel_uit_en_verandert_een_optie(werkmap: Path) -> None:
    # Without the team's settings the tense rule and the length rule (max 300 words in the
    # werkvorm) both report; the team switches the first off and allows 10 words.
    zonder, *_ = _alle_drie(werkmap, "")
    assert "tegenwoordige-tijd" in _regels(zonder) and "lengte" not in _regels(zonder)
    config = (
        "regels:\n  tegenwoordige-tijd: false\n"
        "per_werkvorm:\n  team-verhaal:\n    regels:\n      lengte: {max_woorden: 10}\n"
    )
    flow, controleer, bespreek = _alle_drie(werkmap, config, "--overschrijf")
    assert flow == controleer == bespreek
    assert "tegenwoordige-tijd" not in _regels(flow)
    assert "lengte" in _regels(flow)


def test_werkvorm_doe_gebruikt_de_instellingen_van_het_team(werkmap: Path) -> None:
    (werkmap / ".verhaal.yaml").write_text(
        "per_werkvorm:\n  team-verhaal:\n    regels:\n      getal: {aan: true, ernst: info}\n",
        encoding="utf-8",
    )
    code, uitvoer = roep("werkvorm", "doe", "team-verhaal", "-a", "a.yaml", "--uit", "d.md")
    assert code in (0, 1), uitvoer
    assert ("getal", "info", "drie") in _flow(uitvoer)
    assert _flow(uitvoer) == _controleer("d.md")


def test_namen_uit_de_configuratie_worden_geweigerd_en_nooit_bewaard(werkmap: Path) -> None:
    (werkmap / ".verhaal.yaml").write_text("namen: [Jorien]\n", encoding="utf-8")
    antwoorden = (werkmap / "a.yaml").read_text(encoding="utf-8")
    (werkmap / "n.yaml").write_text(
        antwoorden.replace("held: een stille jongen", "held: Jorien, een stille jongen", 1),
        encoding="utf-8",
    )
    code, uitvoer = roep("schrijf", "-w", "team-verhaal", "-a", "n.yaml", "--uit", "v.md")
    assert code == 2
    assert "held: Hier staat de naam van de leerling." in uitvoer
    assert not (werkmap / "v.md").exists()
    assert not (werkmap / ".verhaal-concepten").exists()
