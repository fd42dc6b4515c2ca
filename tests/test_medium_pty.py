"""Real keystrokes: ``verhaal medium`` at a pseudo-terminal, arrow keys to an advice."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

VERHAAL = shutil.which("verhaal", path=str(Path(sys.executable).parent))
ENTER = "\r"
OMLAAG = "\x1b[B"

pytestmark = pytest.mark.skipif(
    VERHAAL is None or sys.platform == "win32", reason="needs the verhaal script and a pty"
)


def test_medium_met_pijltjes_en_terug(tmp_path: Path) -> None:
    omgeving = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "TERM": "xterm",
        "LANG": "C.UTF-8",
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    kind = pexpect.spawn(
        str(VERHAAL),
        ["medium"],
        cwd=str(tmp_path),
        env=omgeving,
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 200),
    )
    kind.expect_exact("Voor wie wil je het verhaal")
    kind.send(ENTER)  # team
    kind.expect_exact("Wat wil je bij je collega's bereiken?")
    # Go back (the last option) and choose the parents instead.
    kind.send(OMLAAG * 3 + ENTER)
    kind.expect_exact("Voor wie wil je het verhaal")
    kind.send(OMLAAG + ENTER)  # ouders
    kind.expect_exact("Wat wil je bij ouders en verzorgers bereiken?")
    kind.send(OMLAAG + ENTER)  # gesprek
    kind.expect_exact("Vertellen op een ouderavond")
    kind.expect_exact("Eerste stap")
    kind.expect(pexpect.EOF)
    kind.close()
    assert kind.exitstatus == 0
