"""Running a werkvorm: prompts, the flow engine, autosave/resume and the story file.

- :class:`Verloop` runs any werkvorm through a :class:`Vrager` and returns an
  :class:`Uitkomst`; ``verhaal schrijf`` and ``verhaal werkvorm doe`` both use it.
- Vragers: :class:`~verhaal.flow.terminal.TerminalVrager` (import it from its module: it
  pulls in questionary and rich), :class:`AntwoordenVrager` (``--antwoorden``) and
  :class:`GescripteVrager` (tests).
- :class:`Concept` is the autosave in ``.verhaal-concepten/`` (:data:`CONCEPTEN_MAP`).
- :mod:`verhaal.flow.verhaalbestand` writes and reads story files and notes.
"""

from __future__ import annotations

from verhaal.flow.antwoorden import AntwoordenVrager
from verhaal.flow.bewaren import Bewaard, bewaar_verhaal, kies_verhaalpad
from verhaal.flow.staat import CONCEPTEN_MAP, Concept, Staat, begin_staat, hervat_opdracht
from verhaal.flow.verhaalbestand import (
    Verhaalbestand,
    aantekeningen_markdown,
    aantekeningen_pad,
    lees_verhaal,
    lees_verhaalbestand,
    verhaal_markdown,
)
from verhaal.flow.verloop import Uitkomst, Verloop
from verhaal.flow.vrager import (
    ONDERBREEK,
    STANDAARD,
    BevindingInContext,
    GescripteVrager,
    HalfAntwoord,
    Onderbreek,
    ScriptOp,
    Vraagstuk,
    Vrager,
)

__all__ = [
    "CONCEPTEN_MAP",
    "ONDERBREEK",
    "STANDAARD",
    "AntwoordenVrager",
    "BevindingInContext",
    "Bewaard",
    "Concept",
    "GescripteVrager",
    "HalfAntwoord",
    "Onderbreek",
    "ScriptOp",
    "Staat",
    "Uitkomst",
    "Verhaalbestand",
    "Verloop",
    "Vraagstuk",
    "Vrager",
    "aantekeningen_markdown",
    "aantekeningen_pad",
    "begin_staat",
    "bewaar_verhaal",
    "hervat_opdracht",
    "kies_verhaalpad",
    "lees_verhaal",
    "lees_verhaalbestand",
    "verhaal_markdown",
]
