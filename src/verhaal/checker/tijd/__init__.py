"""Finding finite verbs and their tense in a story: lexicon + a small trained tagger.

``finiete_werkwoorden(doc)`` returns, for every word that is a finite verb in the
present or the past, its token and the tense. The lexicon says which words *can* be a
finite verb (``loopt``, ``lopen``, ``loop``, ``liep``); the model decides from context
whether they are (``de kinderen lopen`` vs ``ze wilden lopen``, ``de loop``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from verhaal.checker.document import Document, Token
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.kenmerken import toegestaan, zin_kenmerken
from verhaal.checker.tijd.model import TT, VT, beste, model

Tijd = Literal["tegenwoordig", "verleden"]

__all__ = ["Tijd", "Werkwoord", "finiete_werkwoorden", "laad"]


@dataclass(frozen=True, slots=True)
class Werkwoord:
    """A finite verb found in the text."""

    token: Token
    tijd: Tijd
    zekerheid: float
    """Score margin of the chosen tense over the best other label (higher = surer)."""


def laad() -> None:
    """Load the lexicon and the model now (they load lazily on first use otherwise)."""
    lx.lexicon()
    model()


def finiete_werkwoorden(doc: Document, marge: float = 0.0) -> Iterator[Werkwoord]:
    """Every finite verb in ``doc`` (quoted text included), in text order.

    ``marge`` is the minimum score margin for a word to count as finite.
    """
    lexicon = lx.lexicon()
    weging = model()
    begin = 0
    tokens = doc.tokens
    while begin < len(tokens):
        eind = begin
        zin = tokens[begin].zin
        while eind < len(tokens) and tokens[eind].zin == zin:
            eind += 1
        zin_tokens = tokens[begin:eind]
        for token, kenmerken in zip(
            zin_tokens, zin_kenmerken(zin_tokens, doc.proza, lexicon), strict=True
        ):
            if kenmerken is None:
                continue
            scores = weging.scores(kenmerken)
            mag = toegestaan(lexicon.vlag(token.tekst.lower()))
            label = beste(scores, mag)
            if label not in (TT, VT):
                continue
            tweede = max(s for ander, s in enumerate(scores) if ander != label and mag[ander])
            verschil = scores[label] - tweede
            if verschil >= marge:
                yield Werkwoord(token, "tegenwoordig" if label == TT else "verleden", verschil)
        begin = eind
