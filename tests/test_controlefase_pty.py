"""Real keystrokes in a narrow terminal (60 columns): the check phase and Ctrl-C.

``verhaal werkvorm doe logline`` is stopped with Ctrl-C halfway through an answer, then
continued with ``--hervat``: the half-typed answer is there again. In the check phase the
cursor starts on the first finding, each finding shows its severity, and choosing to skip
every fix asks once. A long answer stays on screen wrapped at word boundaries with a
hanging indent. Every step waits for text before typing, so a slow machine only makes the
test slower.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

VERHAAL = shutil.which("verhaal", path=str(Path(sys.executable).parent))
KLAAR = "\x1b\r"  # Esc, Enter: finish a multi-line answer
ENTER = "\r"
OMHOOG = "\x1b[A"
CTRL_C = "\x03"
BREEDTE = 60
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

pytestmark = pytest.mark.skipif(
    VERHAAL is None or sys.platform == "win32", reason="needs the verhaal script and a pty"
)

WERELD = (
    "Onze leerlingen komen uit een wijk waar veel gezinnen het moeilijk hebben en waar "
    "weinig ruimte is om buiten te spelen."
)


def start(map_: Path, *args: str) -> pexpect.spawn:
    return pexpect.spawn(
        str(VERHAAL),
        # The name on the command line: no hidden question for it first.
        ["werkvorm", "doe", "logline", "--naam", "Noor", *args],
        cwd=str(map_),
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(map_),
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PROMPT_TOOLKIT_NO_CPR": "1",
        },
        encoding="utf-8",
        timeout=60,
        dimensions=(40, BREEDTE),
    )


def zin(tekst: str) -> str:
    """A pattern for ``tekst`` as the terminal shows it: between the words any run of
    spaces, line breaks (the text may wrap) and colour codes."""
    tussen = r"(?:\s|\x1b\[[0-9;?]*[A-Za-z])+"
    return tussen.join(re.escape(woord) for woord in tekst.split())


def wacht(kind: pexpect.spawn, tekst: str) -> None:
    kind.expect(zin(tekst))


def typ(kind: pexpect.spawn, vraag: str, *toetsen: str) -> None:
    """Wait for ``vraag`` and its prompt, then type: keys sent before the prompt is in
    raw mode would arrive as plain text."""
    wacht(kind, vraag)
    kind.expect_exact("›")
    for toets in toetsen:
        kind.send(toets)


def kies(kind: pexpect.spawn, vraag: str, *toetsen: str) -> None:
    """Wait for a menu (its hint) and press ``toetsen``."""
    wacht(kind, vraag)
    kind.expect_exact("(pijltjes en Enter)")
    for toets in toetsen:
        kind.send(toets)


def regels(uitvoer: str) -> list[str]:
    return [_ANSI.sub("", r).rstrip() for r in uitvoer.replace("\r", "").split("\n")]


def test_controle_begint_bij_de_eerste_bevinding_en_ctrl_c_bewaart_het_halve_antwoord(
    tmp_path: Path,
) -> None:
    eerste = start(tmp_path)
    typ(eerste, "Eén zin over de wereld", WERELD, KLAAR)
    wacht(eerste, "Hoe wil je verder?")
    # The given answer stays on screen wrapped at word boundaries, under its first word.
    # (While typing, the prompt wraps mid-word as the terminal does; its lines are then
    # replaced: the last '› Onze' on screen is the answer as it stays.)
    scherm = "\n".join(regels(eerste.before or ""))
    blok = scherm[scherm.rfind("  › Onze") :].split("\n")
    antwoord = [blok[0]]
    for regel in blok[1:]:
        if not regel.startswith("    ") or not regel.strip():
            break
        antwoord.append(regel)
    assert len(antwoord) > 1, blok
    assert all(len(r) <= BREEDTE for r in antwoord)
    assert all(r[4] != " " for r in antwoord[1:])
    assert " ".join(" ".join(antwoord).replace("›", "").split()) == WERELD
    kies(eerste, "", ENTER)

    typ(eerste, "Een of twee zinnen over wat jullie voor hen doen", "We lopen om 8 uur mee")
    eerste.send(CTRL_C)
    wacht(eerste, "Je antwoorden tot nu toe zijn bewaard")
    wacht(eerste, "Ook wat je net aan het typen was")
    eerste.expect(pexpect.EOF)
    eerste.close()
    assert eerste.exitstatus == 130

    tweede = start(tmp_path, "--hervat")
    # The half-typed answer is the text the prompt starts with; finish it.
    wacht(tweede, "Een of twee zinnen over wat jullie voor hen doen")
    tweede.expect_exact("›")
    tweede.expect_exact("We lopen om 8 uur mee")  # drawn by the prompt: it is listening
    tweede.send(" naar de meeting." + KLAAR)
    kies(tweede, "Hoe wil je verder?", ENTER)
    typ(tweede, "Eén zin over het effect", "Ze voelen zich hier thuis.", KLAAR)
    kies(tweede, "Hoe wil je verder?", ENTER)
    typ(
        tweede,
        "Schrijf jullie logline.",
        "Onze leerlingen komen om 8 uur naar de meeting. Ze voelen zich hier thuis.",
        KLAAR,
    )
    # Each finding with its severity.
    # (The logline counts a time on the clock as a warning.)
    wacht(tweede, "De controle vond één fout en één waarschuwing.")
    tweede.expect(zin("waarschuwing getal · alinea 1"))
    tweede.expect(zin("fout engels · alinea 1"))
    # The cursor starts on the paragraph with the findings, not on 'Klaar'.
    wacht(tweede, "Welk stuk wil je aanpassen?")
    tweede.expect_exact("(pijltjes en Enter)")
    tweede.expect(r"»(?:\s|\x1b\[[0-9;?]*[A-Za-z])*Alinea 1 \(één fout")
    # Up to 'Klaar met controleren' and Enter: skipping every fix is confirmed once.
    tweede.send(OMHOOG + ENTER)
    kies(tweede, "Wil je verder zonder iets aan te passen?", ENTER)  # no: back to the list
    daarna = io.StringIO()  # everything shown from here on
    tweede.logfile_read = daarna
    kies(tweede, "Welk stuk wil je aanpassen?", ENTER)  # on the paragraph again
    typ(tweede, "maak hem leeg om hem te schrappen", "\x15")  # Ctrl-U: clear the line
    tweede.send("Onze leerlingen komen 's ochtends graag naar school. Ze voelen zich thuis.")
    tweede.send(ENTER)
    kies(tweede, "Welk stuk wil je aanpassen?", ENTER)  # nothing left: on 'Klaar'
    kies(tweede, "Hoe wil je verder?", ENTER)
    tweede.expect(pexpect.EOF)
    tweede.close()
    assert "zonder iets aan te passen" not in daarna.getvalue()  # asked only once
    assert "De controle vond niets: je logline volgt de schrijfregels." in daarna.getvalue()
    assert tweede.exitstatus == 0
    (logline,) = [p for p in tmp_path.glob("*.md") if not p.name.endswith(".aantekeningen.md")]
    tekst = logline.read_text(encoding="utf-8")
    assert "'s ochtends graag naar school" in tekst
    assert "meeting" not in tekst
