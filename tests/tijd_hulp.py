"""One helper for the tense-class tests: the words the rule flags in a text, with default
options (the sentences of each round's classes are checked through it)."""

from __future__ import annotations

from verhaal.checker import CheckConfig, RegelInstelling, check


def tt(tekst: str) -> list[str]:
    """The texts of the ``tegenwoordige-tijd`` findings in ``tekst``, in order."""
    config = CheckConfig(regels={"tegenwoordige-tijd": RegelInstelling(opties={})})
    return [b.tekst for b in check(tekst, config) if b.regel == "tegenwoordige-tijd"]
