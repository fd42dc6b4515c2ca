"""The console script and the typer command run the same `controleer` (see controleer.hoofd)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app

runner = CliRunner()


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "v.md").write_text("# Tel\n\nZe had 5 ballonnen.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("formaat", ["tekst", "json", "github"])
def test_console_script_and_typer_command_agree(map_: Path, formaat: str) -> None:
    args = ["controleer", "-f", formaat, "--alleen", "getal", "v.md", "weg.md"]
    via_typer = runner.invoke(app, args)
    via_script = subprocess.run(
        [sys.executable, "-m", "verhaal", *args], cwd=map_, capture_output=True, text=True
    )
    assert via_script.stdout == via_typer.stdout
    assert via_script.returncode == via_typer.exit_code == 2


def test_help_is_dutch_and_lists_every_option(map_: Path) -> None:
    resultaat = runner.invoke(app, ["controleer", "--help"])
    assert resultaat.exit_code == 0
    assert resultaat.stdout.startswith("Gebruik: verhaal controleer")
    opties = ("--naam", "--formaat", "--faal-op", "--config", "--uitsluiten", "--stil")
    for optie in (*opties, "--geen-cache"):
        assert optie in resultaat.stdout
    assert "--strikt" in resultaat.stdout
    assert "--processen" not in resultaat.stdout  # hidden: for tests and benchmarks
    assert "Exitcodes" in resultaat.stdout


def test_usage_errors_are_dutch(map_: Path) -> None:
    resultaat = runner.invoke(app, ["controleer", "--formaat", "xml", "v.md"])
    assert resultaat.exit_code == 2
    assert "ongeldige waarde 'xml' voor -f / --formaat" in resultaat.stderr
    resultaat = runner.invoke(app, ["controleer", "--kleur", "v.md"])
    assert "verhaal controleer: onbekend: --kleur." in resultaat.stderr


def test_controleer_is_listed_in_the_main_help(map_: Path) -> None:
    resultaat = runner.invoke(app, ["--help"])
    assert "controleer" in resultaat.stdout
    assert "init" in resultaat.stdout


def test_pre_commit_hook_runs_controleer_on_markdown_and_plain_text() -> None:
    import yaml

    pad = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"
    (hook,) = yaml.safe_load(pad.read_text(encoding="utf-8"))
    assert hook["id"] == "verhaal-controleer"
    assert hook["entry"] == "verhaal controleer"
    assert hook["language"] == "python"
    assert set(hook["types_or"]) == {"markdown", "plain-text"}
    assert "text" not in hook.get("types", [])  # would match code files too
