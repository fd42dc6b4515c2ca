"""Finding finite verbs and their tense in a story: lexicons + two small trained models.

``finiete_werkwoorden(doc)`` returns, for every word that is a finite verb in the
present or the past, its token and the tense. Per sentence:

1. the verb lexicon (``lexicon``) says which words *can* be a finite verb (``loopt``,
   ``lopen``, ``loop``, ``liep``), the word-class lexicon (``woordsoorten``) what else they
   can be (``krijt``: a noun; ``zoet``: an adjective);
2. stage one (``tagger``) gives every word a part of speech, left to right;
3. stage two (``model``, features in ``kenmerken``) decides for each possible finite verb
   from its context and the tags around it whether it is one (``de kinderen/N spelen`` vs
   ``ze wilden/VT spelen``, ``zijn/PRON tanden``);
4. a clause keeps one finite verb (``een_finiet_per_zinsdeel``).
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
    tijd_kenmerken,
    tijd_woord_kenmerken,
)
from verhaal.checker.tijd.model import TT, VT, beste, laad_model
from verhaal.checker.tijd.tagger import laad_tagger
from verhaal.checker.tijd.woordsoorten import woordsoorten as _woordsoorten

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
"""Added to the present-tense score of stage two: it misses more present forms than it
invents (chosen by 4-fold cross-validation on the UD dev files)."""


def laad() -> None:
    """Load the lexicons and both models now (they load lazily on first use otherwise)."""
    lx.lexicon()
    _woordsoorten()
    laad_tagger()
    laad_model()


def finiete_werkwoorden(doc: Document, marge: float = 0.0) -> Iterator[Werkwoord]:
    """Every finite verb in ``doc`` (quoted text included), in text order.

    ``marge`` is the minimum score margin for a word to count as finite.
    """
    lexicon = lx.lexicon()
    weging = laad_model()
    tagger = laad_tagger()
    woordsommen: dict[str, int] = {}
    begin = 0
    tokens = doc.tokens
    while begin < len(tokens):
        eind = begin
        zin_nr = tokens[begin].zin
        while eind < len(tokens) and tokens[eind].zin == zin_nr:
            eind += 1
        deel = tokens[begin:eind]
        begin = eind
        if not any(lexicon.vlag(t.tekst.lower()) & lx.FINIET for t in deel):
            continue  # no word that can be a finite verb: nothing to tag
        zin = analyseer_zin(deel, doc.proza, lexicon)
        tags, tagmarges = tagger.tag(zin)
        kenmerken = tijd_kenmerken(zin, tags, tagmarges)
        labels = [0] * len(kenmerken)
        marges = [0.0] * len(kenmerken)
        for i, k in enumerate(kenmerken):
            if k is not None:
                w = zin.woorden[i]
                eigen = woordsommen.get(w)
                if eigen is None:
                    eigen = woordsommen[w] = weging.som(
                        tijd_woord_kenmerken(w, zin.vlaggen[i], zin.namen[i])
                    )
                o, tt, vt = weging.scores_van(k, eigen)
                labels[i], marges[i] = _beslis(
                    (o, tt + TT_VOORKEUR, vt), (True, zin.tt[i], zin.vt[i])
                )
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
