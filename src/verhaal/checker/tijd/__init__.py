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
from verhaal.checker.tijd.kenmerken import (
    analyseer_zin,
    een_finiet_per_zinsdeel,
    toegestaan,
    tweede_kenmerken,
)
from verhaal.checker.tijd.model import TT, VT, beste, laad_model

Tijd = Literal["tegenwoordig", "verleden"]

__all__ = ["Tijd", "Werkwoord", "finiete_werkwoorden", "laad"]


@dataclass(frozen=True, slots=True)
class Werkwoord:
    """A finite verb found in the text."""

    token: Token
    tijd: Tijd
    zekerheid: float
    """Score margin of the chosen tense over the best other label (higher = surer)."""


TT_VOORKEUR = 2.0
"""Added to the present-tense score: the tagger misses more present forms than it invents
(4-fold cross-validation on the UD dev files: F1 0.929 at 0, 0.932 at 2, 0.934 at 3)."""


def laad() -> None:
    """Load the lexicon and the model now (they load lazily on first use otherwise)."""
    lx.lexicon()
    laad_model()


def finiete_werkwoorden(doc: Document, marge: float = 0.0) -> Iterator[Werkwoord]:
    """Every finite verb in ``doc`` (quoted text included), in text order.

    ``marge`` is the minimum score margin for a word to count as finite.
    """
    lexicon = lx.lexicon()
    weging = laad_model()
    twee = len(weging.tabellen) > 1
    begin = 0
    tokens = doc.tokens
    while begin < len(tokens):
        eind = begin
        zin_nr = tokens[begin].zin
        while eind < len(tokens) and tokens[eind].zin == zin_nr:
            eind += 1
        zin = analyseer_zin(tokens[begin:eind], doc.proza, lexicon)
        begin = eind
        indices = [None if k is None else weging.indices(k) for k in zin.kenmerken]
        mag = [toegestaan(v) for v in zin.vlaggen]
        labels = [0] * len(indices)
        marges = [0.0] * len(indices)
        for i, idx in enumerate(indices):
            if idx is not None:
                o, tt, vt = weging.scores(idx)
                labels[i], marges[i] = _beslis((o, tt + TT_VOORKEUR, vt), mag[i])
        if twee:
            extra = tweede_kenmerken(zin, labels, marges)
            for i, idx in enumerate(indices):
                k2 = extra[i]
                if idx is not None and k2 is not None:
                    scores = weging.scores(idx + weging.indices(k2), 1)
                    labels[i], marges[i] = _beslis(scores, mag[i])
        een_finiet_per_zinsdeel(zin, labels, marges)
        for i, label in enumerate(labels):
            if label in (TT, VT) and marges[i] >= marge:
                tijd: Tijd = "tegenwoordig" if label == TT else "verleden"
                yield Werkwoord(zin.tokens[i], tijd, marges[i])


def _beslis(scores: tuple[float, float, float], mag: tuple[bool, bool, bool]) -> tuple[int, float]:
    """The best allowed label and its margin over the next best allowed one."""
    label = beste(scores, mag)
    tweede = max(
        (s for ander, s in enumerate(scores) if ander != label and mag[ander]),
        default=scores[label],
    )
    return label, scores[label] - tweede
