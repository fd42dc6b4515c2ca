"""Real keystrokes: Ctrl-C in ``verhaal werkvorm doe`` and ``verhaal bespreek``.

The draft file and the message after Ctrl-C must name the command that made the draft,
with its options, so a teacher can continue where they stopped (never with the name).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
import yaml

from verhaal.flow.staat import HERVAT_NAAM_NOOT

pexpect = pytest.importorskip("pexpect")

VERHAAL = shutil.which("verhaal", path=str(Path(sys.executable).parent))
CTRL_C = "\x03"
NAAMVRAAG = "Naam van de leerling"

pytestmark = pytest.mark.skipif(
    VERHAAL is None or sys.platform == "win32", reason="needs the verhaal script and a pty"
)


def onderbreek(
    map_: Path,
    args: list[str],
    vraag: str,
    eerst: tuple[tuple[str, str], ...] = (),
    omgeving: dict[str, str] | None = None,
    typ: str = "",
) -> str:
    """Start verhaal, answer ``eerst`` ((wait for, keys) pairs), wait for ``vraag``, type
    ``typ`` and press Ctrl-C; return everything it printed after that."""
    kind = pexpect.spawn(
        str(VERHAAL),
        args,
        cwd=str(map_),
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(map_),
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PROMPT_TOOLKIT_NO_CPR": "1",
            **(omgeving or {}),
        },
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 250),
    )
    eerste = eerst[0][0] if eerst else vraag
    if kind.expect_exact([NAAMVRAAG, eerste]) == 0:
        kind.expect_exact("›")
        kind.send("\r")  # no name: the hidden question may be left empty
        kind.expect_exact(eerste)
    for nummer, (wacht, toetsen) in enumerate(eerst):
        if nummer:
            kind.expect_exact(wacht)
        kind.expect_exact("›")
        kind.send(toetsen)
    if eerst:
        kind.expect_exact(vraag)
    if typ:
        kind.expect_exact("›")
        kind.send(typ)
    kind.send(CTRL_C)
    kind.expect(pexpect.EOF)
    kind.close()
    assert kind.exitstatus == 130
    return " ".join((kind.before or "").split())


def concept(map_: Path) -> tuple[str, Path]:
    (pad,) = (map_ / ".verhaal-concepten").iterdir()
    tekst = pad.read_text(encoding="utf-8")
    assert yaml.safe_load(tekst)["versie"] == 1
    return tekst, pad


def test_doe_noemt_doe_in_het_concept_en_na_ctrl_c(tmp_path: Path) -> None:
    (tmp_path / "jas.md").write_text("# De jas\n\nEr was eens een jas.\n", encoding="utf-8")
    uitvoer = onderbreek(
        tmp_path,
        ["werkvorm", "doe", "logline", "--verhaal", "jas.md", "--naam", "Sem"],
        "Eén zin over de wereld",
        typ="Een school aan de rand",  # half typed: kept in the draft
    )
    opdracht = "verhaal werkvorm doe logline --hervat --verhaal jas.md" + HERVAT_NAAM_NOOT
    assert f"Ga later verder met: {' '.join(opdracht.split())}" in " ".join(uitvoer.split())
    tekst, pad = concept(tmp_path)
    assert f"# Ga verder met: {opdracht}" in tekst
    assert "schrijf" not in tekst and "Sem" not in tekst
    assert "tekst: Een school aan de rand" in tekst
    assert pad.name.startswith("logline-jas-")


def test_bespreek_noemt_bespreek_in_het_concept_en_na_ctrl_c(tmp_path: Path) -> None:
    (tmp_path / "jas.md").write_text(
        "# De jas\n\nEr was eens een jongen met een jas. Hij zat achterin.\n", encoding="utf-8"
    )
    # The first phase asks nothing; the second one's answers come from the 'editor' (a
    # command that writes an answer), so there is something to keep when Ctrl-C comes.
    uitvoer = onderbreek(
        tmp_path,
        ["bespreek", "jas.md", "--editor"],
        "Fase 3 van",
        eerst=(("Hoe wil je verder?", "\r"), ("Hoe wil je verder?", "\r")),
        omgeving={"EDITOR": 'sh -c \'printf "Een antwoord." > "$0"\''},
    )
    opdracht = "verhaal bespreek jas.md --hervat --editor"
    assert f"Ga later verder met: {opdracht}" in " ".join(uitvoer.split())
    tekst, _ = concept(tmp_path)
    assert f"# Ga verder met: {opdracht}\n" in tekst
    assert "schrijf" not in tekst
