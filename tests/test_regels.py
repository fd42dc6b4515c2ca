"""Every rule's declared examples are its specification: run them all."""

from __future__ import annotations

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.regel import Regel, Voorbeeld
from verhaal.checker.rules import REGELS

VOORBEELDEN = [
    pytest.param(regel, voorbeeld, id=f"{regel.id}-{index}")
    for regel in REGELS.values()
    for index, voorbeeld in enumerate(regel.voorbeelden)
]


@pytest.mark.parametrize(("regel", "voorbeeld"), VOORBEELDEN)
def test_voorbeeld(regel: Regel, voorbeeld: Voorbeeld) -> None:
    config = CheckConfig(regels={regel.id: RegelInstelling(opties=dict(voorbeeld.opties))})
    gevonden = [
        b.tekst
        for b in check(voorbeeld.tekst, config, voorbeeld.bestandssoort)  # type: ignore[arg-type]
        if b.regel == regel.id
    ]
    assert gevonden == voorbeeld.verwacht


@pytest.mark.parametrize("regel", list(REGELS.values()), ids=list(REGELS))
def test_regel_is_gedocumenteerd(regel: Regel) -> None:
    assert regel.beschrijving and regel.waarom and regel.titel
    assert any(v.verwacht for v in regel.voorbeelden), "een voorbeeld dat moet afgaan"
    assert any(not v.verwacht for v in regel.voorbeelden), "een voorbeeld dat stil moet blijven"
