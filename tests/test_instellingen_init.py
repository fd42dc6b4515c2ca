"""`verhaal init`: a commented example configuration that loads as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from verhaal.checker.rules import REGELS
from verhaal.cli import app
from verhaal.instellingen import BEKENDE_SLEUTELS, Instellingen, laad_instellingen

runner = CliRunner()


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_writes_a_valid_example_that_changes_nothing(map_: Path) -> None:
    resultaat = runner.invoke(app, ["init"])
    assert resultaat.exit_code == 0
    assert ".verhaal.yaml" in resultaat.stdout
    inst = laad_instellingen()
    assert inst.bron == map_ / ".verhaal.yaml"
    assert inst == Instellingen(bron=map_ / ".verhaal.yaml")
    tekst = (map_ / ".verhaal.yaml").read_text(encoding="utf-8")
    for regel in REGELS.values():
        assert f"  # {regel.id}:\n" in tekst
        assert f"#   ernst: {regel.ernst}\n" in tekst


def test_every_commented_setting_is_valid_once_uncommented(map_: Path) -> None:
    runner.invoke(app, ["init"])
    tekst = (map_ / ".verhaal.yaml").read_text(encoding="utf-8")
    # Uncomment setting lines ("# key: value", "#   key: value", "#   - item"), not prose.
    instelling = re.compile(r"^(\s*)# (\s*(?:[\w-]+:(?: .*)?|- .*))$")
    regels = []
    for regel in tekst.splitlines():
        m = instelling.match(regel)
        regels.append(m.group(1) + m.group(2) if m else regel)
    # A trailing "  # uitleg" after an uncommented value stays a YAML comment.
    (map_ / ".verhaal.yaml").write_text("\n".join(regels) + "\n", encoding="utf-8")
    data = yaml.safe_load((map_ / ".verhaal.yaml").read_text(encoding="utf-8"))
    assert set(data) == set(BEKENDE_SLEUTELS)
    inst = laad_instellingen()
    assert list(inst.regels) == list(REGELS)
    for regel in REGELS.values():
        assert set(inst.regels[regel.id].opties) == set(regel.opties)
        assert inst.regels[regel.id].ernst == regel.ernst
        for naam, optie in regel.opties.items():
            if len(str(optie.standaard)) < 40:
                assert inst.regels[regel.id].opties[naam] == optie.standaard


def test_init_refuses_to_overwrite_without_overschrijf(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text("faal_op: info\n")
    resultaat = runner.invoke(app, ["init"])
    assert resultaat.exit_code == 2
    assert "--overschrijf" in resultaat.stderr
    assert (map_ / ".verhaal.yaml").read_text() == "faal_op: info\n"
    resultaat = runner.invoke(app, ["init", "--overschrijf"])
    assert resultaat.exit_code == 0
    assert "regels:" in (map_ / ".verhaal.yaml").read_text()


def test_init_writes_where_pad_says(map_: Path) -> None:
    resultaat = runner.invoke(app, ["init", "--pad", "team/verhaal.yaml"])
    assert resultaat.exit_code == 0
    pad = map_ / "team" / "verhaal.yaml"
    assert laad_instellingen(pad) == Instellingen(bron=pad)
    assert "regels:" in pad.read_text(encoding="utf-8")
