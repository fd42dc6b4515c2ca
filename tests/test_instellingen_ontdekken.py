"""Configuration: discovery (cwd, parent, pyproject, --config), validation errors, fast path."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app
from verhaal.errors import ConfigFout
from verhaal.instellingen import (
    CONCEPTEN_MAP,
    Instellingen,
    laad_instellingen,
    lees_instellingen,
    vind_config,
)

runner = CliRunner()
VERHAAL = "# Tel\n\nZe had 5 ballonnen.\n"


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "v.md").write_text(VERHAAL, encoding="utf-8")
    return tmp_path


def ernsten(*args: str, cwd: Path | None = None) -> tuple[list[str], int, str]:
    """Severities of the getal findings in v.md, the exit code and stderr."""
    resultaat = runner.invoke(app, ["controleer", "-f", "json", "--alleen", "getal", *args, "v.md"])
    if resultaat.exit_code == 2 and not resultaat.stdout:
        return [], 2, resultaat.stderr
    rapport = json.loads(resultaat.stdout)
    return [f["severity"] for f in rapport["files"][0]["findings"]], resultaat.exit_code, ""


def test_no_configuration_gives_empty_settings(map_: Path) -> None:
    assert vind_config(map_) is None
    assert laad_instellingen() == Instellingen()
    assert ernsten() == (["fout"], 1, "")


def test_verhaal_yaml_in_the_current_folder(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: waarschuwing\n")
    assert vind_config() == map_ / ".verhaal.yaml"
    assert ernsten() == (["waarschuwing"], 0, "")


def test_verhaal_yaml_in_a_parent_folder(map_: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal:\n    aan: false\n")
    diep = map_ / "team" / "verhalen"
    diep.mkdir(parents=True)
    (diep / "v.md").write_text(VERHAAL, encoding="utf-8")
    monkeypatch.chdir(diep)
    assert vind_config() == map_ / ".verhaal.yaml"
    assert ernsten() == ([], 0, "")


def test_pyproject_tool_verhaal(map_: Path) -> None:
    (map_ / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.verhaal]\nfaal_op = "info"\n\n'
        '[tool.verhaal.regels.getal]\nernst = "info"\n'
    )
    assert vind_config() == map_ / "pyproject.toml"
    assert ernsten() == (["info"], 1, "")


def test_pyproject_without_tool_verhaal_does_not_hide_a_parent_yaml(
    map_: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: info\n")
    project = map_ / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (project / "v.md").write_text(VERHAAL, encoding="utf-8")
    monkeypatch.chdir(project)
    assert vind_config() == map_ / ".verhaal.yaml"
    assert ernsten() == (["info"], 0, "")


def test_verhaal_yaml_wins_over_pyproject_in_the_same_folder(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: info\n")
    (map_ / "pyproject.toml").write_text("[tool.verhaal.regels]\ngetal = false\n")
    assert ernsten() == (["info"], 0, "")


def test_config_option_skips_discovery(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: info\n")
    (map_ / "streng.yaml").write_text("regels:\n  getal: waarschuwing\nfaal_op: waarschuwing\n")
    assert ernsten("--config", "streng.yaml") == (["waarschuwing"], 1, "")
    (map_ / "team.toml").write_text('[tool.verhaal.regels]\ngetal = "info"\n')
    assert ernsten("--config", "team.toml") == (["info"], 0, "")


def test_all_keys_are_read(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text(
        textwrap.dedent(
            """\
            regels:
              getal: {ernst: waarschuwing}
              lengte: false
            namen: [Daan]
            werkvormen: [eigen]
            per_werkvorm:
              droom:
                regels:
                  tegenwoordige-tijd: info
            uitsluiten: ["concept-*"]
            faal_op: info
            """
        )
    )
    inst = laad_instellingen()
    assert inst.bron == map_ / ".verhaal.yaml"
    assert inst.regels["getal"].ernst == "waarschuwing"
    assert inst.regels["lengte"].aan is False
    assert inst.namen == ("Daan",)
    assert inst.werkvormen == ((map_ / "eigen").resolve(),)
    assert inst.per_werkvorm["droom"]["tegenwoordige-tijd"].ernst == "info"
    assert inst.uitsluiten == ("concept-*",)
    assert inst.faal_op == "info"
    assert inst.check_config(("Sam",)).namen == ("Daan", "Sam")


@pytest.mark.parametrize(
    ("inhoud", "verwacht"),
    [
        ("regelz:\n  getal: false\n", ".verhaal.yaml:1: onbekende sleutel 'regelz'"),
        ("regels:\n  getl: false\n", ".verhaal.yaml:2: regels.getl: onbekende regel 'getl'"),
        ("regels:\n  getal: rood\n", ".verhaal.yaml:2: regels.getal: onbekende ernst 'rood'"),
        (
            "regels:\n  getal:\n    kleur: 1\n",
            ".verhaal.yaml:3: regels.getal.kleur: onbekende instelling",
        ),
        (
            "regels:\n  getal:\n    aan: ja\n",
            ".verhaal.yaml:3: regels.getal.aan: verwacht true of false",
        ),
        ("namen: 3\n", ".verhaal.yaml:1: namen: verwacht een lijst van teksten"),
        ("uitsluiten: [1, 2]\n", ".verhaal.yaml:1: uitsluiten: verwacht een lijst"),
        ("faal_op: ramp\n", ".verhaal.yaml:1: faal_op: onbekende ernst 'ramp'"),
        ("per_werkvorm:\n  droom: 3\n", ".verhaal.yaml:2: per_werkvorm.droom: verwacht 'regels:'"),
        (
            "per_werkvorm:\n  droom:\n    regel: {}\n",
            ".verhaal.yaml:3: per_werkvorm.droom: onbekende sleutel 'regel'",
        ),
        (
            "per_werkvorm:\n  droom:\n    regels:\n      getl: true\n",
            ".verhaal.yaml:4: per_werkvorm.droom.regels.getl: onbekende regel",
        ),
        ("- een\n- lijst\n", ".verhaal.yaml:1: verwacht instellingen als sleutel: waarde"),
        ("regels:\n  getal: [\n", ".verhaal.yaml:3: dit is geen geldige YAML"),
    ],
)
def test_errors_name_the_file_and_the_key(map_: Path, inhoud: str, verwacht: str) -> None:
    (map_ / ".verhaal.yaml").write_text(inhoud)
    with pytest.raises(ConfigFout) as fout:
        lees_instellingen(Path(".verhaal.yaml"))
    assert verwacht in fout.value.bericht
    _, code, stderr = ernsten()
    assert code == 2
    assert verwacht in stderr


def test_pyproject_errors_name_the_table(map_: Path) -> None:
    (map_ / "pyproject.toml").write_text("[tool.verhaal]\nkleur = 1\n")
    _, code, stderr = ernsten()
    assert code == 2
    assert "pyproject.toml:2: [tool.verhaal]: onbekende sleutel 'kleur'" in stderr
    (map_ / "pyproject.toml").write_text("[tool.verhaal\n")
    _, code, stderr = ernsten("--config", "pyproject.toml")
    assert (code, "geen geldige TOML" in stderr) == (2, True)


def test_missing_config_file_is_an_error(map_: Path) -> None:
    _, code, stderr = ernsten("--config", "weg.yaml")
    assert code == 2
    assert "weg.yaml bestaat niet" in stderr


def test_uitsluiten_from_the_file_and_the_command_line_add_up(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text("uitsluiten: [archief]\n")
    for pad in ("archief/a.md", "oud/b.md", "c.md", f"{CONCEPTEN_MAP}/d.md"):
        (map_ / pad).parent.mkdir(exist_ok=True)
        (map_ / pad).write_text(VERHAAL)
    resultaat = runner.invoke(app, ["controleer", "-f", "json", "-x", "oud", "-x", "v.md", "."])
    assert [f["path"] for f in json.loads(resultaat.stdout)["files"]] == ["c.md"]


def test_per_werkvorm_applies_to_stories_that_name_the_werkvorm(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text(
        "per_werkvorm:\n  mijn-werkvorm:\n    regels:\n      getal: info\n"
    )
    (map_ / "w.md").write_text("---\nwerkvorm: mijn-werkvorm\n---\n# Tel\n\nZe had 5 ballonnen.\n")
    resultaat = runner.invoke(
        app, ["controleer", "-f", "json", "--alleen", "getal", "v.md", "w.md"]
    )
    bestanden = json.loads(resultaat.stdout)["files"]
    assert [f["severity"] for f in bestanden[0]["findings"]] == ["fout"]
    assert [f["severity"] for f in bestanden[1]["findings"]] == ["info"]


def test_command_line_rules_override_the_file(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: waarschuwing\n")
    assert ernsten("--zonder", "getal") == ([], 0, "")


def test_fast_path_imports_no_yaml_rich_questionary_typer_or_pydantic(map_: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from verhaal.cli import main
        sys.argv = ["verhaal", "controleer", "-f", sys.argv[1], "v.md"]
        try:
            main()
        except SystemExit:
            pass
        zwaar = {"yaml", "rich", "questionary", "pydantic", "typer"}
        zwaar = sorted({m.split(".")[0] for m in sys.modules} & zwaar)
        sys.stderr.write("ZWAAR=" + ",".join(zwaar) + "\\n")
        """
    )
    for formaat in ("json", "sarif", "github", "tekst"):
        uit = subprocess.run(
            [sys.executable, "-c", script, formaat], cwd=map_, capture_output=True, text=True
        )
        assert "ZWAAR=\n" in uit.stderr, (formaat, uit.stderr)
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: info\n")
    uit = subprocess.run(
        [sys.executable, "-c", script, "json"], cwd=map_, capture_output=True, text=True
    )
    assert "ZWAAR=yaml\n" in uit.stderr


def test_werkvorm_folders_for_the_loader(map_: Path) -> None:
    assert laad_instellingen().werkvorm_mappen() is None  # the loader's own default
    (map_ / ".verhaal.yaml").write_text("werkvormen: [team]\n")
    assert laad_instellingen().werkvorm_mappen() == ((map_ / "team").resolve(),)
    (map_ / "werkvormen").mkdir()
    assert laad_instellingen().werkvorm_mappen() == (
        Path("werkvormen"),
        (map_ / "team").resolve(),
    )
