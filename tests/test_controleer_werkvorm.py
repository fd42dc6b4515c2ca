"""A story's werkvorm (front matter `werkvorm: ID`) brings its own rule settings.

Order, weakest first: the werkvorm's `controle.regels`, the user's `regels:`, the user's
`per_werkvorm`, the command line. The built-in 'waarderend-onderzoek-droom' switches the
`getal` rule off, which is what these tests lean on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app
from verhaal.werkvorm import werkvormen_map

runner = CliRunner()
DROOM = "waarderend-onderzoek-droom"


def story(werkvorm: str) -> str:
    return f"---\ntitel: Later\nwerkvorm: {werkvorm}\n---\n\nWe hadden 3 ideeën.\n"


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def getallen(*args: str) -> tuple[list[list[str]], str]:
    resultaat = runner.invoke(app, ["controleer", "-f", "json", "--alleen", "getal", *args])
    bestanden = json.loads(resultaat.stdout)["files"]
    return [[f["text"] for f in b["findings"]] for b in bestanden], resultaat.stderr


def test_the_werkvorm_configuration_applies(map_: Path) -> None:
    (map_ / "droom.md").write_text(story(DROOM), encoding="utf-8")
    (map_ / "gewoon.md").write_text(story(DROOM).replace(f"werkvorm: {DROOM}\n", ""))
    assert getallen("droom.md", "gewoon.md")[0] == [[], ["3"]]


def test_the_users_per_werkvorm_settings_come_on_top(map_: Path) -> None:
    (map_ / "droom.md").write_text(story(DROOM), encoding="utf-8")
    (map_ / ".verhaal.yaml").write_text(
        f"per_werkvorm:\n  {DROOM}:\n    regels:\n      getal: {{aan: true, ernst: info}}\n"
    )
    resultaat = runner.invoke(app, ["controleer", "-f", "json", "--alleen", "getal", "droom.md"])
    (bevinding,) = json.loads(resultaat.stdout)["files"][0]["findings"]
    assert (bevinding["text"], bevinding["severity"]) == ("3", "info")
    assert resultaat.exit_code == 0


def test_werkvormen_from_the_configured_folder(map_: Path) -> None:
    eigen = map_ / "team"
    eigen.mkdir()
    tekst = (werkvormen_map() / f"{DROOM}.yaml").read_text(encoding="utf-8")
    (eigen / "mijn-droom.yaml").write_text(
        tekst.replace(f"id: {DROOM}", "id: mijn-droom"), encoding="utf-8"
    )
    (map_ / ".verhaal.yaml").write_text("werkvormen: [team]\n")
    (map_ / "v.md").write_text(story("mijn-droom"), encoding="utf-8")
    assert getallen("v.md")[0] == [[]]


def test_an_unknown_werkvorm_is_noted_and_the_story_checked_normally(map_: Path) -> None:
    (map_ / "v.md").write_text(story("bestaat-niet"), encoding="utf-8")
    resultaat = runner.invoke(app, ["controleer", "--alleen", "getal", "v.md"])
    assert (
        "v.md:3:11  opmerking  werkvorm-onbekend  Onbekende werkvorm 'bestaat-niet'"
        in resultaat.stdout
    )
    assert "v.md:6:11  fout  getal  " in resultaat.stdout
    assert resultaat.exit_code == 1


@pytest.mark.parametrize(
    ("regels", "verwacht"),
    [
        ("getal: {ernst: info}", []),  # a severity alone keeps the werkvorm's "off"
        ("getal: info", []),
        ("getal: true", ["3"]),  # an explicit on/off wins
        ("getal: {aan: true}", ["3"]),
    ],
)
def test_only_an_explicit_on_off_overrides_the_werkvorm(
    map_: Path, regels: str, verwacht: list[str]
) -> None:
    (map_ / "droom.md").write_text(story(DROOM), encoding="utf-8")
    (map_ / ".verhaal.yaml").write_text(f"regels:\n  {regels}\n", encoding="utf-8")
    assert getallen("droom.md")[0] == [verwacht]


def test_command_line_zonder_beats_the_werkvorm_and_the_file(map_: Path) -> None:
    (map_ / "v.md").write_text(story("verhaalstructuur"), encoding="utf-8")
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: true\n", encoding="utf-8")
    resultaat = runner.invoke(app, ["controleer", "-f", "json", "--zonder", "getal", "v.md"])
    rapport = json.loads(resultaat.stdout)
    assert [f for f in rapport["files"][0]["findings"] if f["rule"] == "getal"] == []
