"""Rule ``zintuigen`` (placeholder until its real module lands; must be replaced)."""

from __future__ import annotations

from collections.abc import Iterator

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document
from verhaal.checker.regel import Opties, Regel


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Not implemented yet."""
    return iter(())


REGEL = Regel(
    id="zintuigen", titel="zintuigen", beschrijving="", waarom="", ernst="fout", check=check
)
