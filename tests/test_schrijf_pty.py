"""Real keystrokes: drive ``verhaal schrijf`` through a pseudo-terminal to a saved story.

The first session answers two phases and is stopped with Ctrl-C; the second continues
with ``--hervat`` and writes the story. Every step waits for the prompt text before typing,
with generous timeouts, so a slow machine only makes the test slower, never flaky.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

VERHAAL = shutil.which("verhaal", path=str(Path(sys.executable).parent))
KLAAR = "\x1b\r"  # Esc, Enter: finish a multi-line answer
PROMPT = "›"  # where the answer is typed
ENTER = "\r"

pytestmark = pytest.mark.skipif(
    VERHAAL is None or sys.platform == "win32", reason="needs the verhaal script and a pty"
)


def start(map_: Path, *args: str, breedte: int = 220) -> pexpect.spawn:
    omgeving = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(map_),
        "TERM": "xterm",
        "LANG": "C.UTF-8",
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    kind = pexpect.spawn(
        str(VERHAAL),
        ["schrijf", *args],
        cwd=str(map_),
        env=omgeving,
        encoding="utf-8",
        timeout=60,
        dimensions=(50, breedte),
    )
    return kind


def antwoord(kind: pexpect.spawn, vraag: str, *toetsen: str) -> None:
    """Wait for ``vraag``, then for the prompt itself (its '›'), and type ``toetsen``.

    The question is printed just before the prompt starts; keys typed in between would
    reach the terminal before it is in raw mode (an Enter would arrive as a newline).
    """
    kind.expect_exact(vraag)
    if toetsen and any(toetsen):
        kind.expect_exact(PROMPT)
    for toets in toetsen:
        kind.send(toets)


ALINEAS = [
    "een meisje met een gele regenjas.",
    "stond ze stil bij de deur van de klas.",
    "dat ze bang was voor de drukte in de gang.",
    "liep de juf met haar mee naar binnen.",
    "dat ze rustig ging zitten en haar schrift pakte.",
    "zwaaide ze vrolijk naar de juf.",
]


def test_schrijven_onderbreken_en_hervatten_tot_een_bewaard_verhaal(tmp_path: Path) -> None:
    eerste = start(tmp_path, "--uit", "meisje.md", "--naam", "Fleur")
    antwoord(eerste, "Waarvoor wil je dit verhaal", "Voor een teamgesprek over drukte.", KLAAR)
    antwoord(eerste, "Bij welk thema", ENTER)
    antwoord(eerste, "Hoe wil je verder?", ENTER)
    antwoord(eerste, "Fase 2 van 7", "")
    antwoord(eerste, "Hoe kom je aan je voorval?", ENTER)
    # The name is refused; the teacher rephrases.
    antwoord(eerste, "Over welke leerling", "Fleur bij de deur.", KLAAR)
    antwoord(eerste, "naam van de leerling", "")
    antwoord(eerste, "Over welke leerling", "\x15" * 3, "Een meisje bij de deur.", KLAAR)
    antwoord(eerste, "Waarom koos je", "\x03")
    eerste.expect(pexpect.EOF)
    eerste.close()
    assert eerste.exitstatus == 130
    # The hint puts the command on a line of its own; compare with whitespace folded.
    assert "Ga later verder met: verhaal schrijf --hervat" in " ".join(
        (eerste.before or "").split()
    )
    assert (tmp_path / ".verhaal-concepten" / "stapsgewijs.yaml").is_file()

    # The draft was started with a name: continuing asks for it (hidden) first.
    tweede = start(tmp_path, "--hervat")
    antwoord(tweede, "geef hem opnieuw om verder te gaan", "Fleur", ENTER)
    antwoord(tweede, "Je gaat verder met je concept", "")
    antwoord(tweede, "Waarom koos je", KLAAR)
    antwoord(tweede, "Hoe wil je verder?", ENTER)
    antwoord(tweede, "Fase 3 van 7 · Informatie verzamelen", "")
    for vraag in ("Hoe ziet de leerling", "Hoe gedraagt", "Waar ontmoette", "Hoe ziet de plek"):
        antwoord(tweede, vraag, KLAAR)
    antwoord(tweede, "Wat voel je zelf", "Ongerust.", KLAAR)
    antwoord(tweede, "Wie waren er nog meer", KLAAR)
    antwoord(tweede, "Hoe wil je verder?", ENTER)
    antwoord(tweede, "De held:", "een meisje met een gele regenjas", ENTER)
    for vraag in ("De oproep:", "De draken:", "De hulp:", "De climax:", "Het einde:"):
        antwoord(tweede, vraag, KLAAR)
    antwoord(tweede, "De plotvraag:", "Zou het haar lukken om rustig binnen te komen?", ENTER)
    antwoord(tweede, "Welke sleutelmomenten", KLAAR)
    antwoord(tweede, "met een collega besproken?", ENTER)
    antwoord(tweede, "Hoe wil je verder?", ENTER)
    antwoord(tweede, "Met welke reeks zinsbeginnen", ENTER)
    for nummer, tekst in enumerate(ALINEAS, start=1):
        antwoord(tweede, f"Alinea {nummer} van 6", tekst, ENTER)
    antwoord(tweede, "Welke titel", "De gele regenjas", ENTER)
    antwoord(tweede, "Hoe wil je verder?", ENTER)
    antwoord(tweede, "Welke alinea wil je aanpassen?", ENTER)  # default: klaar
    for vraag in ("Beeld:", "Effect:", "Boodschap:"):
        antwoord(tweede, vraag, KLAAR)
    antwoord(tweede, "Hoe wil je verder?", ENTER)
    antwoord(tweede, "Herschrijf je verhaal", KLAAR)  # keep the story as it is
    tweede.expect_exact("Afronden")  # the default of the last phase's menu (a live prompt)
    tweede.send(ENTER)
    tweede.expect_exact("Je verhaal is bewaard in meisje.md")
    tweede.expect(pexpect.EOF)
    tweede.close()
    assert tweede.exitstatus in (0, 1)

    verhaal = (tmp_path / "meisje.md").read_text(encoding="utf-8")
    assert "# De gele regenjas" in verhaal
    assert "Er was eens een meisje met een gele regenjas." in verhaal
    assert "Aan het einde van de dag zwaaide ze vrolijk naar de juf." in verhaal
    assert "plotvraag: Zou het haar lukken om rustig binnen te komen?" in verhaal
    notities = (tmp_path / "meisje.aantekeningen.md").read_text(encoding="utf-8")
    assert "Een meisje bij de deur." in notities
    assert "Voor een teamgesprek over drukte." in notities
    assert not (tmp_path / ".verhaal-concepten").exists()
    for pad in tmp_path.rglob("*"):
        if pad.is_file():
            assert "fleur" not in pad.read_text(encoding="utf-8", errors="replace").lower()


def test_lange_vraag_in_een_gewone_terminal(tmp_path: Path) -> None:
    # The first question with its hint is wider than 80 columns: a multi-line prompt with
    # such a first line showed an empty screen. The question wraps and the answer works.
    kind = start(tmp_path, breedte=80)
    antwoord(kind, "Naam van de leerling", ENTER)
    antwoord(kind, "Waarvoor wil je dit verhaal gebruiken?", "Voor ons team.", KLAAR)
    antwoord(kind, "Bij welk thema", "\x03")
    kind.expect(pexpect.EOF)
    kind.close()
    assert kind.exitstatus == 130
    concept = (tmp_path / ".verhaal-concepten" / "stapsgewijs.yaml").read_text(encoding="utf-8")
    assert "doel: Voor ons team." in concept
