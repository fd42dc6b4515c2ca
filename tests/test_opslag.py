"""The one atomic-write helper: content, permissions, no leftovers, no overwrite."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from verhaal.errors import InvoerFout
from verhaal.opslag import schrijf_atomisch


def test_schrijft_inhoud_en_laat_geen_tijdelijke_bestanden(tmp_path: Path) -> None:
    doel = tmp_path / "map" / "verhaal.md"
    schrijf_atomisch(doel, "Er was eens\r\neen meisje.\n")
    assert doel.read_bytes() == b"Er was eens\r\neen meisje.\n"
    assert sorted(p.name for p in doel.parent.iterdir()) == ["verhaal.md"]


def test_nieuw_bestand_volgt_umask(tmp_path: Path) -> None:
    oud = os.umask(0o022)
    try:
        schrijf_atomisch(tmp_path / "a.md", "x")
    finally:
        os.umask(oud)
    assert stat.S_IMODE((tmp_path / "a.md").stat().st_mode) == 0o644


def test_bestaand_bestand_houdt_zijn_rechten(tmp_path: Path) -> None:
    doel = tmp_path / "a.md"
    doel.write_text("oud")
    doel.chmod(0o640)
    schrijf_atomisch(doel, "nieuw")
    assert doel.read_text() == "nieuw"
    assert stat.S_IMODE(doel.stat().st_mode) == 0o640


def test_weigert_overschrijven_als_dat_niet_mag(tmp_path: Path) -> None:
    doel = tmp_path / "a.md"
    doel.write_text("oud")
    with pytest.raises(InvoerFout, match="bestaat al"):
        schrijf_atomisch(doel, "nieuw", overschrijf=False)
    assert doel.read_text() == "oud"


def test_onschrijfbare_map_geeft_nette_fout(tmp_path: Path) -> None:
    bestand = tmp_path / "geen-map"
    bestand.write_text("")
    with pytest.raises(InvoerFout, match="Kan niet schrijven"):
        schrijf_atomisch(bestand / "a.md", "x")
