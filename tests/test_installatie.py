"""The three ways verhaal gets installed all find the built-in werkvormen.

- editable (``pip install -e .``, the development venv): the repository's ``werkvormen/``;
- ``pip install .`` into a fresh venv, used from another directory;
- a built wheel installed into a fresh venv.

The fresh venvs are made without pip and reach the runtime dependencies through a ``.pth``
line pointing at the development venv's site-packages; builds use ``--no-build-isolation``
(hatchling comes with the ``test`` extra). So the test needs no network and takes seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
VOORBEELD = REPO / "voorbeelden" / "antwoorden.yaml"
BIN = Path(sys.executable).parent

pytest.importorskip("hatchling", reason="hatchling (test extra) builds the package offline")


def _omgeving() -> dict[str, str]:
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    omgeving["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    omgeving["PIP_NO_INDEX"] = "1"
    return omgeving


def _draai(*args: str | Path, cwd: Path) -> str:
    resultaat = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_omgeving(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    return resultaat.stdout


def _verse_venv(map_: Path) -> Path:
    """A venv without pip whose dependencies come from the development venv."""
    _draai(sys.executable, "-m", "venv", "--without-pip", map_, cwd=map_.parent)
    python = map_ / "bin" / "python"
    eigen = _draai(
        python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=map_
    ).strip()
    (Path(eigen) / "_verhaal_test_afhankelijkheden.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return python


def _pip(*args: str | Path, cwd: Path) -> str:
    return _draai(sys.executable, "-m", "pip", "-q", *args, cwd=cwd)


def _controleer_installatie(verhaal: Path, python: Path, werkmap: Path, verwacht: Path) -> None:
    """From a directory outside the repository: the lookup, validation and a written story."""
    werkmap.mkdir()
    gevonden = _draai(
        python,
        "-c",
        "from verhaal.werkvorm import werkvormen_map; print(werkvormen_map())",
        cwd=werkmap,
    ).strip()
    assert Path(gevonden).resolve() == verwacht.resolve()
    uitvoer = _draai(verhaal, "werkvorm", "valideer", cwd=werkmap)
    assert "stapsgewijs.yaml: in orde (werkvorm 'stapsgewijs', 7 fasen" in uitvoer
    _draai(verhaal, "schrijf", "--antwoorden", VOORBEELD, "--uit", "v.md", cwd=werkmap)
    assert "# De rode rugzak" in (werkmap / "v.md").read_text(encoding="utf-8")


def test_bewerkbare_installatie(tmp_path: Path) -> None:
    _controleer_installatie(
        BIN / "verhaal", BIN / "python", tmp_path / "elders", REPO / "werkvormen"
    )


def test_pip_install_punt_in_een_verse_venv(tmp_path: Path) -> None:
    python = _verse_venv(tmp_path / "venv")
    _pip("--python", python, "install", "--no-deps", "--no-build-isolation", REPO, cwd=tmp_path)
    site = Path(
        _draai(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
        ).strip()
    )
    _controleer_installatie(
        tmp_path / "venv" / "bin" / "verhaal",
        python,
        tmp_path / "elders",
        site / "verhaal" / "werkvormen",
    )


def test_wiel_in_een_verse_venv(tmp_path: Path) -> None:
    wielen = tmp_path / "wielen"
    _pip("wheel", "--no-deps", "--no-build-isolation", "-w", wielen, REPO, cwd=tmp_path)
    (wiel,) = wielen.glob("verhaal-*.whl")
    with zipfile.ZipFile(wiel) as archief:
        namen = set(archief.namelist())
    assert "verhaal/werkvormen/stapsgewijs.yaml" in namen
    assert "verhaal/werkvormen/verhaalstructuur.yaml" in namen

    python = _verse_venv(tmp_path / "venv")
    _pip("--python", python, "install", "--no-deps", wiel, cwd=tmp_path)
    site = Path(
        _draai(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
        ).strip()
    )
    _controleer_installatie(
        tmp_path / "venv" / "bin" / "verhaal",
        python,
        tmp_path / "elders",
        site / "verhaal" / "werkvormen",
    )
