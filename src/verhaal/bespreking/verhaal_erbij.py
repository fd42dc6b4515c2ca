"""A Vrager wrapper that keeps a finished story in view while a werkvorm runs.

Used by ``verhaal werkvorm doe --verhaal`` (story-based werkvormen) and ``verhaal
bespreek``. It only uses the public :class:`~verhaal.flow.vrager.Vrager` protocol, so the
flow engine needs no knowledge of it: after a phase header it shows the story again, and
a hook can run extra steps at the start of a chosen phase.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verhaal.flow.vrager import BevindingInContext, Vraagstuk, Vrager, WeergaveSoort


class VerhaalErbij:
    """Delegates everything to ``binnen``; adds the story after phase headers.

    ``toon_bij_fase`` decides per phase title whether the story is shown again (default:
    every phase). ``bij_fase`` maps a phase title to a callable run right after that
    phase's header (``verhaal bespreek`` asks for passages there).
    """

    def __init__(
        self,
        binnen: Vrager,
        titel: str | None,
        alineas: list[str],
        *,
        toon_bij_fase: Callable[[str], bool] | None = None,
        bij_fase: dict[str, Callable[[], None]] | None = None,
    ) -> None:
        self.binnen = binnen
        self.titel = titel
        self.alineas = alineas
        self.toon_bij_fase = toon_bij_fase or (lambda _titel: True)
        self.bij_fase = bij_fase or {}

    @property
    def interactief(self) -> bool:
        """As the wrapped Vrager."""
        return self.binnen.interactief

    def toon_verhaal(self) -> None:
        """Show the story through the wrapped Vrager."""
        if not self.alineas:
            return
        kop = f"Het verhaal: {self.titel}" if self.titel else "Het verhaal"
        self.binnen.toon(kop, "melding")
        self.binnen.toon("\n\n".join(self.alineas), "verhaal")

    def kop(self, voortgang: str, titel: str, uitleg: str, duur: str | None) -> None:
        """The phase header, then the story (when wanted) and the phase's extra step."""
        self.binnen.kop(voortgang, titel, uitleg, duur)
        if self.toon_bij_fase(titel):
            self.toon_verhaal()
        stap = self.bij_fase.get(titel)
        if stap is not None:
            stap()

    def toon(self, tekst: str, soort: WeergaveSoort = "uitleg") -> None:
        """As the wrapped Vrager."""
        self.binnen.toon(tekst, soort)

    def bevinding(self, bevinding: BevindingInContext) -> None:
        """As the wrapped Vrager."""
        self.binnen.bevinding(bevinding)

    def vraag(self, vraagstuk: Vraagstuk) -> Any:
        """As the wrapped Vrager."""
        return self.binnen.vraag(vraagstuk)

    def ongeldig(self, vraagstuk: Vraagstuk, bericht: str) -> None:
        """As the wrapped Vrager."""
        self.binnen.ongeldig(vraagstuk, bericht)
