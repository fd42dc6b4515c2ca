"""The compact pickling of the objects a pool worker sends back."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

import pytest

from verhaal.linter.invoer import Bron
from verhaal.linter.uitvoeren import Opdracht, Uitvoering
from verhaal.snelpickle import pickle_als_argumenten


def test_uitslag_met_bevindingen_komt_gelijk_terug(tmp_path: Path) -> None:
    pad = tmp_path / "verhaal.md"
    pad.write_text(
        "# De uitstap\n\nOp 3 mei is Kees met de klas naar het museum. Het was een "
        "awesome dag; de IB'er had een groeidocument mee.\n",
        encoding="utf-8",
    )
    with Uitvoering([Bron(str(pad))], Opdracht(met_regeltekst=True), processen=1) as run:
        (uitslag,) = list(run)
    assert uitslag.gevonden  # findings, with their Bevinding inside
    terug = pickle.loads(pickle.dumps(uitslag))
    assert terug == uitslag
    assert type(terug.gevonden[0].bevinding) is type(uitslag.gevonden[0].bevinding)


def test_weigert_een_klasse_met_een_veld() -> None:
    @dataclass(frozen=True, slots=True)
    class Een:
        waarde: int

    with pytest.raises(TypeError):
        pickle_als_argumenten(Een)
