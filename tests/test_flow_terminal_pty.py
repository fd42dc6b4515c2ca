"""Keys at a real terminal (pty) in the terminal Vrager's menus.

Text answers end with Esc and then Enter, so a teacher types that in a menu too. Esc must
not end a menu: the menu stays, and Enter chooses what the cursor is on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

MENU = r"""
from verhaal.flow.terminal import TerminalVrager
from verhaal.flow.vrager import Vraagstuk
from verhaal.werkvorm.model import Keuze

keuzes = (Keuze("door", "Door naar de volgende fase"), Keuze("stop", "Stoppen"))
soort = sys.argv[1]
vraag = Vraagstuk("_fase", soort, "Hoe wil je verder?", keuzes=keuzes, standaard="door")
if soort == "bevestig":
    vraag = Vraagstuk("klaar", "bevestig", "Klaar?", standaard=False)
print("ANTWOORD", repr(TerminalVrager().vraag(vraag)))
"""


def _antwoord(soort: str, toetsen: list[str]) -> tuple[str, str]:
    kind = pexpect.spawn(
        sys.executable,
        ["-c", "import sys\n" + MENU, soort],
        encoding="utf-8",
        dimensions=(20, 60),
        timeout=20,
    )
    kind.expect_exact("pijltjes en Enter")
    for toets in toetsen:
        kind.send(toets)
        time.sleep(0.3)  # a person's pace: Esc on its own, not the start of an arrow key
    kind.expect(r"ANTWOORD (.*)\r?\n")
    antwoord = kind.match.group(1).strip()
    scherm = kind.before
    kind.expect(pexpect.EOF)
    return antwoord, scherm


@pytest.mark.parametrize(("soort", "verwacht"), [("keuze", "'door'"), ("bevestig", "False")])
def test_esc_en_enter_in_een_menu_kiest_wat_de_cursor_aanwijst(soort: str, verwacht: str) -> None:
    antwoord, scherm = _antwoord(soort, ["\x1b", "\r"])
    assert antwoord == verwacht
    assert "overgeslagen" not in scherm


def test_de_pijltjes_werken_nog() -> None:
    antwoord, _ = _antwoord("keuze", ["\x1b[B", "\r"])
    assert antwoord == "'stop'"


@pytest.mark.parametrize(
    "args",
    [["bespreek", "nergens.md"], ["werkvorm", "doe", "logline", "--verhaal", "nergens.md"]],
)
def test_een_ontbrekend_verhaal_stopt_voor_de_vraag_naar_de_naam(
    args: list[str], tmp_path: Path
) -> None:
    # Typing the pupil's name first and hearing only then that the file is not there
    # wastes the teacher's time and a secret.
    verhaal = shutil.which("verhaal", path=str(Path(sys.executable).parent))
    assert verhaal is not None
    kind = pexpect.spawn(
        verhaal,
        args,
        cwd=str(tmp_path),
        encoding="utf-8",
        dimensions=(20, 60),
        timeout=20,
        env={**os.environ, "VERHAAL_CACHE_MAP": str(tmp_path / "cache")},
    )
    kind.expect(pexpect.EOF)
    kind.close()
    assert "nergens.md: dit verhaal bestaat niet." in " ".join(kind.before.split())
    assert "Naam van de leerling" not in kind.before
    assert kind.exitstatus == 2


def test_een_foutmelding_breekt_af_tussen_woorden_op_de_breedte_van_de_terminal(
    tmp_path: Path,
) -> None:
    verhaal = shutil.which("verhaal", path=str(Path(sys.executable).parent))
    assert verhaal is not None
    kind = pexpect.spawn(
        verhaal,
        ["werkvorm", "toon", "xyzzy"],
        cwd=str(tmp_path),
        encoding="utf-8",
        dimensions=(20, 40),
        timeout=20,
    )
    kind.expect(pexpect.EOF)
    regels = [r for r in kind.before.replace("\r", "").split("\n") if r]
    assert len(regels) > 3  # the list of werkvormen is long: it really wraps
    assert all(len(r) <= 40 for r in regels), regels
    # No word is cut: the lines put together are the message of a terminal-less run.
    zonder_terminal = subprocess.run(
        [verhaal, "werkvorm", "toon", "xyzzy"], capture_output=True, text=True, cwd=tmp_path
    ).stderr
    assert " ".join(regels) == " ".join(zonder_terminal.split())
