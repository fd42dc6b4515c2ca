"""The resume hint of each command: its own name and non-secret options, never the name."""

from __future__ import annotations

from pathlib import Path

from verhaal.cli import bespreek, schrijf, werkvorm


def test_schrijf() -> None:
    assert schrijf.hervat_opdracht("stapsgewijs") == "verhaal schrijf --hervat"
    assert schrijf.hervat_opdracht(
        "mijn werkvorm.yaml", config=Path("team.yaml"), editor=True, met_naam=True
    ) == (
        "verhaal schrijf --hervat --werkvorm 'mijn werkvorm.yaml' --config team.yaml --editor "
        "--namen BESTAND (of typ de naam als erom gevraagd wordt)"
    )


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
        "verhaal bespreek jas.md --hervat --werkvorm kort-gesprek "
        "--namen BESTAND (of typ de naam als erom gevraagd wordt)"
    )
