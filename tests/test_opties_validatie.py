"""Rule options are validated against their declaration (type, allowed values, minimum).

A typo in a value must never silently change what a rule does: ``tijd: verledn`` used to
switch the tense rule round. The error names the file, the line, the key and what is allowed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.checker.config import lees_regel_instellingen
from verhaal.checker.regel import Optie
from verhaal.checker.rules import REGELS
from verhaal.cli import app
from verhaal.errors import ConfigFout
from verhaal.instellingen import lees_instellingen

runner = CliRunner()

OPTIES = [
    pytest.param(optie, id=f"{regel.id}.{naam}")
    for regel in REGELS.values()
    for naam, optie in regel.opties.items()
]


@pytest.mark.parametrize("optie", OPTIES)
def test_standaard_voldoet_aan_de_eigen_declaratie(optie: Optie) -> None:
    waarde, reden = optie.controleer(optie.standaard)
    assert reden is None
    assert waarde == optie.standaard


def test_tijd_met_tikfout_noemt_sleutel_regel_en_keuzes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".verhaal.yaml").write_text(
        "namen: []\nregels:\n  getal: fout\n  tegenwoordige-tijd:\n    tijd: verledn\n"
    )
    with pytest.raises(ConfigFout) as fout:
        lees_instellingen(Path(".verhaal.yaml"))
    bericht = fout.value.bericht
    assert bericht.startswith(".verhaal.yaml:5: regels.tegenwoordige-tijd.tijd: ")
    assert "'verledn'" in bericht
    assert "verleden of tegenwoordig" in bericht
    # Through the CLI: a usage error (exit 2), never a check with the rule turned round.
    (tmp_path / "v.md").write_text("# Weg\n\nHij loopt naar huis.\n")
    resultaat = runner.invoke(app, ["controleer", "v.md"])
    assert resultaat.exit_code == 2
    assert "regels.tegenwoordige-tijd.tijd" in resultaat.stderr
    assert ":5:" in resultaat.stderr


def test_per_werkvorm_noemt_de_regel_van_de_sleutel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".verhaal.yaml").write_text(
        "per_werkvorm:\n  droom:\n    regels:\n      lengte:\n        max_woorden: -5\n"
    )
    with pytest.raises(ConfigFout) as fout:
        lees_instellingen(Path(".verhaal.yaml"))
    assert fout.value.bericht.startswith(
        ".verhaal.yaml:5: per_werkvorm.droom.regels.lengte.max_woorden: "
    )
    assert "0 of meer" in fout.value.bericht


@pytest.mark.parametrize(
    ("regels", "verwacht"),
    [
        ({"tegenwoordige-tijd": {"tijd": "tegenwoordig"}}, {"tijd": "tegenwoordig"}),
        ({"tegenwoordige-tijd": {"citaten": True}}, {"citaten": True}),
        ({"engels": {"toegestaan": "feedback"}}, {"toegestaan": ["feedback"]}),
        ({"zintuigen": {"minimum": 2}}, {"minimum": 2.0}),
        ({"lengte": {"max_woorden": 0}}, {"max_woorden": 0}),
    ],
)
def test_geldige_waarden(regels: dict[str, dict[str, object]], verwacht: dict[str, object]) -> None:
    ((_, instelling),) = lees_regel_instellingen(regels, "test: regels").items()
    assert dict(instelling.opties) == verwacht


@pytest.mark.parametrize(
    ("regels", "verwacht"),
    [
        ({"tegenwoordige-tijd": {"tijd": "Verleden"}}, "kies uit: verleden of tegenwoordig"),
        ({"tegenwoordige-tijd": {"tijd": 1}}, "verwacht verleden of tegenwoordig, niet 1"),
        ({"tegenwoordige-tijd": {"citaten": "ja"}}, "verwacht ja of nee"),
        ({"lengte": {"max_woorden": True}}, "verwacht een geheel getal van 0 of meer"),
        ({"lengte": {"max_woorden": 2.5}}, "verwacht een geheel getal"),
        ({"zintuigen": {"minimum": -1}}, "verwacht een getal van 0 of meer, niet -1"),
        ({"engels": {"extra": [1, 2]}}, "verwacht een lijst van woorden"),
    ],
)
def test_ongeldige_waarden(regels: dict[str, dict[str, object]], verwacht: str) -> None:
    with pytest.raises(ConfigFout) as fout:
        lees_regel_instellingen(regels, "test: regels")
    regel_id, instellingen = next(iter(regels.items()))
    sleutel = next(iter(instellingen))
    assert fout.value.bericht.startswith(f"test: regels.{regel_id}.{sleutel}: ")
    assert verwacht in fout.value.bericht


def test_regels_toont_de_toegestane_waarden() -> None:
    uitvoer = runner.invoke(app, ["regels", "tegenwoordige-tijd"]).stdout
    assert "tijd (tekst: verleden of tegenwoordig, standaard: " in uitvoer
    uitvoer = runner.invoke(app, ["regels", "lengte"]).stdout
    assert "max_woorden (geheel getal, 0 of meer, standaard: " in uitvoer


@pytest.mark.parametrize(
    ("inhoud", "regel"),
    [
        (
            '[tool.verhaal]\nnamen = []\n\n[tool.verhaal.regels]\ngetal = "fout"\n'
            'tegenwoordige-tijd = { ernst = "fout", tijd = "verledn" }\n',
            6,
        ),
        ('[tool.verhaal.regels.tegenwoordige-tijd]\nernst = "fout"\ntijd = "verledn"\n', 3),
        ('[tool.verhaal]\nregels.tegenwoordige-tijd.tijd = "verledn"\n', 2),
    ],
    ids=["inline", "tabel", "gestippeld"],
)
def test_pyproject_noemt_ook_de_regel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inhoud: str, regel: int
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(inhoud)
    with pytest.raises(ConfigFout) as fout:
        lees_instellingen(Path("pyproject.toml"))
    assert fout.value.bericht.startswith(f"pyproject.toml:{regel}: regels.tegenwoordige-tijd.tijd")
    assert "verleden of tegenwoordig" in fout.value.bericht
