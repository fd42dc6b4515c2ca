"""Explicit registry of the checker rules, in reporting order.

One module per rule; each exports ``REGEL`` (see :class:`verhaal.checker.regel.Regel`).
Rule ids are a public contract (the JSON output), so they never change.
"""

from __future__ import annotations

from verhaal.checker.regel import Regel
from verhaal.checker.rules import (
    engels,
    getal,
    lengte,
    naam,
    tegenwoordige_tijd,
    titel,
    vaktaal,
    zintuigen,
)

REGELS: dict[str, Regel] = {
    module.REGEL.id: module.REGEL
    for module in (naam, getal, tegenwoordige_tijd, engels, vaktaal, titel, zintuigen, lengte)
}
