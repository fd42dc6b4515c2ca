"""Properties of the rules naam, engels and vaktaal on arbitrary text: never crash, and
every finding's offsets lie inside the text and match its text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.rules import REGELS

MIJN_REGELS = ("naam", "engels", "vaktaal")
CONFIG_REGELS = {r: RegelInstelling(aan=r in MIJN_REGELS) for r in REGELS}
# Letters, quotes, apostrophes and words that steer the rules into their special cases.
TEKENS = st.sampled_from(
    [
        *"abcDEFĳéëş'’-.,:;!?\n„“”\"#* ",
        "juf ",
        "Van der ",
        "IB'er",
        "OPP-",
        "Daan",
        "skills ",
        "growth ",
        "of ",
        "'s ",
        "Snuffel",
        "hond ",
        "de ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(TEKENS, max_size=40).map("".join) | st.text(max_size=60),
    st.lists(st.text(max_size=6), max_size=2),
)
def test_bevindingen_kloppen(tekst: str, namen: list[str]) -> None:
    config = CheckConfig(namen=tuple(namen), regels=CONFIG_REGELS)
    for bevinding in check(tekst, config):
        assert bevinding.regel in MIJN_REGELS
        assert 0 <= bevinding.start < bevinding.eind <= len(tekst)
        assert tekst[bevinding.start : bevinding.eind] == bevinding.tekst
