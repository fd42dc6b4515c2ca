"""The README works for a newcomer on a fresh clone.

A teacher's install (no test extras) comes first, then the developer's two commands, which
must stay exactly what ``.ci/run`` runs; every file the README links to exists in the
repository, none lives outside it; every command it shows is a real command.
"""

from __future__ import annotations

import re
from pathlib import Path

import typer
from typer.core import TyperGroup

from verhaal.cli import app

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")


def _ci_opdracht(nummer: int) -> str:
    """The command under ``# README, command N`` in .ci/run (pip's ``-q`` aside)."""
    regels = CI.splitlines()
    for i, regel in enumerate(regels):
        if regel.startswith(f"# README, command {nummer}"):
            opdracht = next(
                r for r in regels[i + 1 :] if r.strip() and not r.startswith(("#", "set"))
            )
            return opdracht.replace(" install -q ", " install ")
    raise AssertionError(f"command {nummer} not found in .ci/run")


def test_de_twee_opdrachten_zijn_die_van_ci() -> None:
    assert _ci_opdracht(1) in README
    assert "\n.venv/bin/python -m pytest\n" in README
    assert _ci_opdracht(2).startswith(".venv/bin/python -m pytest")


def test_eerst_de_installatie_voor_leraren_zonder_testextras() -> None:
    leraar = README.index("pipx install .")
    ontwikkelaar = README.index(_ci_opdracht(1))
    assert leraar < ontwikkelaar
    blok = README[leraar:ontwikkelaar]
    assert "[test]" not in blok and "[dev]" not in blok
    assert "python3 -m pip install ." in blok


def test_geen_verwijzingen_naar_bestanden_buiten_de_repository() -> None:
    assert "../shared" not in README
    assert "shared/" not in README


def test_elke_link_bestaat() -> None:
    for doel in re.findall(r"\]\(([^)#\s]+)\)", README):
        if "://" in doel:
            continue
        assert (REPO / doel).exists(), doel


def test_elk_genoemd_pad_bestaat() -> None:
    # A path in backticks (`werkvormen/stapsgewijs.yaml`) is one a newcomer goes looking for
    # from the root of the clone. Placeholders (<werkvorm>) and files that verhaal writes
    # itself (the drafts folder) are not paths in the repository.
    for pad in re.findall(r"`([\w.-]+(?:/[\w.-]+)+/?)`", README):
        if pad.startswith((".verhaal-concepten", "~")):
            continue
        assert (REPO / pad).exists(), pad


def test_de_engelse_ontwikkelaarsnotities_staan_niet_bij_de_leraar() -> None:
    leraar = README[: README.index("## Voor ontwikkelaars")]
    assert "linter/README.md" not in leraar


def test_elke_getoonde_opdracht_bestaat() -> None:
    groep = typer.main.get_command(app)
    assert isinstance(groep, TyperGroup)
    for woorden in re.findall(r"^verhaal ([a-z]+)(?: ([a-z]+))?", README, re.MULTILINE):
        opdracht = groep.commands.get(woorden[0])
        assert opdracht is not None, woorden
        if isinstance(opdracht, TyperGroup) and woorden[1]:
            assert woorden[1] in opdracht.commands, woorden


def test_beide_betekenissen_van_beb_staan_erin() -> None:
    assert "Beeld, Effect en Boodschap" in README
    assert "Beeld, Effect en Betekenis" in README
