"""Real keystrokes: ``verhaal bespreek`` at a pseudo-terminal, to a saved review file."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

VERHAAL = shutil.which("verhaal", path=str(Path(sys.executable).parent))
ENTER = "\r"
KLAAR = "\x1b\r"  # Esc, Enter: finish a multi-line answer
OMLAAG = "\x1b[B"
SPATIE = " "

pytestmark = pytest.mark.skipif(
    VERHAAL is None or sys.platform == "win32", reason="needs the verhaal script and a pty"
)


def test_bespreken_met_toetsen(tmp_path: Path) -> None:
    (tmp_path / "jas.md").write_text(
        "# De rode jas\n\nEr was eens een jongen met een rode jas. Sem zat altijd achterin.\n\n"
        "De gang rook naar natte jassen.\n",
        encoding="utf-8",
    )
    kind = pexpect.spawn(
        str(VERHAAL),
        ["bespreek", "jas.md", "--naam", "Sem"],
        cwd=str(tmp_path),
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PROMPT_TOOLKIT_NO_CPR": "1",
        },
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 200),
    )

    def antwoord(vraag: str, *toetsen: str) -> None:
        kind.expect_exact(vraag)
        if toetsen:
            kind.expect_exact("›")  # the prompt itself is live: keys reach it in raw mode
        for toets in toetsen:
            kind.send(toets)

    antwoord("Wat de controle vond")
    antwoord("Hoe wil je verder?", ENTER)
    antwoord("Welke plotvraag past", "Zal hij op tijd komen?", KLAAR)
    antwoord("Krijgt de leerling hulp?", KLAAR)
    antwoord("Welke emoties", KLAAR)
    antwoord("Hoe wil je verder?", ENTER)
    antwoord("Beeld:", KLAAR)
    antwoord("Effect:", KLAAR)
    antwoord("Boodschap:", KLAAR)
    antwoord("Hoe wil je verder?", ENTER)
    # Tick the last sentence (the list starts at the first one).
    antwoord("Welke zinnen inspireren je?", OMLAAG * 2, SPATIE, ENTER)
    antwoord("Wat raakt je in deze zin?", "Die geur ken ik.", KLAAR)
    antwoord("Welke zinnen spreken je minder aan?", ENTER)
    antwoord("Wat doet het verhaal met jou?", "Het raakte me.", KLAAR)
    antwoord("Voor wie werkt dit verhaal?", SPATIE, ENTER)
    antwoord("Wat ontbreekt er nog?", KLAAR)
    antwoord("Hoe wil je verder?", ENTER)
    antwoord("De bespreking is bewaard in jas.bespreking.md")
    kind.expect(pexpect.EOF)
    kind.close()
    assert kind.exitstatus == 0
    tekst = (tmp_path / "jas.bespreking.md").read_text(encoding="utf-8")
    assert "> De gang rook naar natte jassen.\n\nDie geur ken ik." in tekst
    assert "- Voor mezelf" in tekst
    assert "Sem" not in tekst
    assert not (tmp_path / ".verhaal-concepten").exists()
