"""The resume hint of each command: its own name and non-secret options, never the name."""

from __future__ import annotations

import shlex
from pathlib import Path

from verhaal.cli import bespreek, schrijf, werkvorm
from verhaal.flow.staat import HERVAT_NAAM_NOOT


def test_schrijf() -> None:
    assert schrijf.hervat_opdracht("stapsgewijs") == "verhaal schrijf --hervat"
    assert schrijf.hervat_opdracht(
        "mijn werkvorm.yaml", config=Path("team.yaml"), editor=True, met_naam=True
    ) == (
        "verhaal schrijf --hervat --werkvorm 'mijn werkvorm.yaml' --config team.yaml --editor"
        + HERVAT_NAAM_NOOT
    )


def test_de_regel_met_naam_werkt_ook_gekopieerd_in_de_shell() -> None:
    # The note about the name is a shell comment: copying the whole line runs the command,
    # with no placeholder such as BESTAND that would have to be filled in first.
    regel = schrijf.hervat_opdracht("stapsgewijs", met_naam=True)
    assert shlex.split(regel, comments=True) == ["verhaal", "schrijf", "--hervat"]
    assert "naam" in regel


def test_werkvorm_doe() -> None:
    assert werkvorm.hervat_opdracht("logline") == "verhaal werkvorm doe logline --hervat"
    assert werkvorm.hervat_opdracht(
        "plotvraag-en-sleutelmoment",
        verhaal=Path("verhalen/jas.md"),
        uit=Path("uit.md"),
        config=Path("c.yaml"),
    ) == (
        "verhaal werkvorm doe plotvraag-en-sleutelmoment --hervat --verhaal verhalen/jas.md "
        "--uit uit.md --config c.yaml"
    )


def test_bespreek() -> None:
    assert bespreek.hervat_opdracht(Path("jas.md")) == "verhaal bespreek jas.md --hervat"
    assert bespreek.hervat_opdracht(Path("jas.md"), werkvorm="kort-gesprek", met_naam=True) == (
        "verhaal bespreek jas.md --hervat --werkvorm kort-gesprek" + HERVAT_NAAM_NOOT
    )
