"""``verhaal bundel``'s progress bar: only at a terminal, and only for a large folder."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app
from verhaal.cli.bundel import VOORTGANG_VANAF

pexpect = pytest.importorskip("pexpect")

VERHAAL = shutil.which("verhaal", path=str(Path(sys.executable).parent))

TEKST = "---\ntitel: Het plein\n---\n\n# Het plein\n\nEr was eens een jongen. Hij rende weg.\n"


def _map(tmp_path: Path, aantal: int) -> Path:
    verhalen = tmp_path / "verhalen"
    verhalen.mkdir()
    for i in range(aantal):
        (verhalen / f"v{i:03d}.md").write_text(TEKST, encoding="utf-8")
    return verhalen


@pytest.mark.skipif(
    VERHAAL is None or sys.platform == "win32", reason="needs the verhaal script and a pty"
)
def test_voortgang_aan_een_terminal(tmp_path: Path) -> None:
    _map(tmp_path, VOORTGANG_VANAF)
    omgeving = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "TERM": "xterm",
        "LANG": "C.UTF-8",
        "VERHAAL_CACHE_MAP": str(tmp_path / "cache"),
    }
    kind = pexpect.spawn(
        str(VERHAAL),
        ["bundel", "verhalen"],
        cwd=str(tmp_path),
        env=omgeving,
        encoding="utf-8",
        timeout=120,
        dimensions=(40, 120),
    )
    kind.expect_exact("Verhalen lezen")
    kind.expect_exact(f"Het boekje staat in bundel.html: {VOORTGANG_VANAF} verhalen.")
    kind.expect(pexpect.EOF)
    kind.close()
    assert kind.exitstatus == 0


def test_geen_voortgang_zonder_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _map(tmp_path, VOORTGANG_VANAF)
    resultaat = CliRunner().invoke(app, ["bundel", "verhalen"])
    assert resultaat.exit_code == 0, resultaat.output
    regels = resultaat.stderr.splitlines()
    assert regels[-1] == f"Het boekje staat in bundel.html: {VOORTGANG_VANAF} verhalen."
    assert "Verhalen lezen" not in resultaat.stderr and "\x1b" not in resultaat.stderr
