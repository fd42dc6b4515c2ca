"""The flow engine: runs any werkvorm phase by phase through a :class:`Vrager`.

It asks the questions of each phase in order (skipping those whose ``als:`` does not hold),
validates every answer, autosaves the state after each one, offers a menu at the end of
each phase (go on, redo, go back, stop), and handles the story kinds:

- ``zinsstarters``: one paragraph per sentence starter, prefilled, with reminders;
- ``controle``: check the story, show each finding in context, fix paragraphs, re-check;
- ``herschrijf``: revise the whole story at once.

Before finishing, the check gates the result: with findings of severity ``fout`` left, an
interactive user chooses to fix them or to finish anyway. The engine does not write the
story file; :mod:`verhaal.flow.bewaren` does that with the :class:`Uitkomst`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from verhaal.errors import Onderbroken
from verhaal.flow.staat import STANDAARD_HERVAT, Concept, Staat
from verhaal.flow.vrager import BevindingInContext, Vraagstuk, Vrager
from verhaal.leerlingnaam import NaamZoeker
from verhaal.werkvorm.model import (
    VERHAALSOORTEN,
    Fase,
    Keuze,
    Vraag,
    Werkvorm,
    Zinsstarter,
    ZinsstarterSet,
    is_ingevuld,
)

if TYPE_CHECKING:
    from verhaal.checker import Bevinding, CheckConfig

CheckFunctie = Callable[[str, "CheckConfig"], "list[Bevinding]"]

_WOORD = re.compile(r"\w+(?:['’-]\w+)*")
_CONTEXT = 45

VERHAALREGELS = frozenset({"lengte", "zintuigen"})
"""Rules that judge the story as a whole; their findings point at the title by convention."""

_MENU_VERDER = "verder"
_MENU_OPNIEUW = "opnieuw"
_MENU_TERUG = "terug"
_MENU_STOP = "stop"


class OngeldigAntwoord(ValueError):
    """An answer that does not fit its question; the message tells the user why."""


def tel_woorden(tekst: str) -> int:
    """The number of words in ``tekst`` (as the word limits count them)."""
    return len(_WOORD.findall(tekst))


def _standaard_check(tekst: str, config: CheckConfig) -> list[Bevinding]:
    from verhaal.checker import check

    return check(tekst, config)


@dataclass
class Uitkomst:
    """The result of a run: the state, the final check, and whether the flow finished."""

    staat: Staat
    klaar: bool
    bevindingen: list[Bevinding] = field(default_factory=list)

    @property
    def open_fouten(self) -> list[Bevinding]:
        """Findings of severity ``fout`` still in the story."""
        return [b for b in self.bevindingen if b.ernst == "fout"]


class Verloop:
    """One run of a werkvorm.

    ``namen`` are the pupil's names (``--naam``): used to check the story and to refuse
    answers that contain them, so they never reach a file. ``concept`` receives the state
    after every answer (None: no autosave). ``hervat_opdracht`` is the command shown after
    Ctrl-C (default: the draft's own, see :attr:`Concept.hervat`). ``check`` is the
    checker seam: text + configuration to findings. ``config`` is the checker configuration
    of the command (see :func:`verhaal.linter.werkvormregels.verhaal_config`, which adds the
    team's ``.verhaal.yaml``); None checks with the werkvorm's own rules only.
    """

    def __init__(
        self,
        werkvorm: Werkvorm,
        vrager: Vrager,
        *,
        staat: Staat | None = None,
        namen: Sequence[str] = (),
        concept: Concept | None = None,
        hervat_opdracht: str | None = None,
        check: CheckFunctie = _standaard_check,
        config: CheckConfig | None = None,
    ) -> None:
        self.werkvorm = werkvorm
        self.vrager = vrager
        self.staat = staat or Staat(werkvorm=werkvorm.id)
        self.namen = tuple(n for n in (s.strip() for s in namen) if n)
        self.concept = concept
        if hervat_opdracht is None:
            hervat_opdracht = concept.hervat if concept is not None else STANDAARD_HERVAT
        self.hervat_opdracht = hervat_opdracht
        self._check = check
        self.config = config if config is not None else werkvorm.check_config()
        self._naamzoeker = NaamZoeker(self.namen)
        self._titel_vraag = next((v for _, v in werkvorm.vragen() if v.bewaar == "titel"), None)
        self._laatst_getoond: str | None = None

    # --- the main loop ---------------------------------------------------------------------

    def voer_uit(self) -> Uitkomst:
        """Run until every phase is done (or the user stops); Ctrl-C saves and raises
        :class:`~verhaal.errors.Onderbroken`."""
        if self.vrager.interactief and not self.staat.afgerond and not self.staat.fasen_klaar:
            # A fresh start: say what this werkvorm is about before its first phase.
            fasen = len(self.werkvorm.fasen)
            self.vrager.toon(
                f"{self.werkvorm.titel} · {_aantal(fasen, 'fase', 'fasen')}", "melding"
            )
            self.vrager.toon(" ".join(self.werkvorm.uitleg.split()), "uitleg")
        try:
            while True:
                index = self._open_fase()
                if index is None:
                    bevindingen = self._poort()
                    if bevindingen is None:
                        continue
                    return Uitkomst(self.staat, True, bevindingen)
                if not self._doe_fase(index):
                    self._bewaar()
                    return Uitkomst(self.staat, False)
        except (KeyboardInterrupt, EOFError):
            self._bewaar()
            waar = f" in {self.concept.pad}" if self.concept is not None else ""
            raise Onderbroken(
                f"Gestopt. Je antwoorden tot nu toe zijn bewaard{waar}.\n"
                f"Ga later verder met:\n    {self.hervat_opdracht}"
            ) from None

    def _open_fase(self) -> int | None:
        for index, fase in enumerate(self.werkvorm.fasen):
            if fase.id not in self.staat.fasen_klaar:
                return index
        return None

    def _doe_fase(self, index: int) -> bool:
        """Ask the open questions of a phase; False when the user chose to stop."""
        fase = self.werkvorm.fasen[index]
        totaal = len(self.werkvorm.fasen)
        self.vrager.kop(
            f"Fase {index + 1} van {totaal} · {fase.titel}", fase.titel, fase.uitleg, fase.duur
        )
        for vraag in fase.vragen:
            if vraag.id in self.staat.afgerond or not vraag.is_actief(self.staat.antwoorden):
                continue
            self._stel(vraag)
            self.staat.afgerond.append(vraag.id)
            self._bewaar()
        keuze = self._fase_menu(index)
        if keuze == _MENU_OPNIEUW:
            self._heropen(index)
            return True
        self.staat.fasen_klaar.append(fase.id)
        if keuze == _MENU_STOP:
            return False
        if keuze == _MENU_TERUG:
            doel = self._kies_fase(index)
            if doel is not None:
                self._heropen(doel)
                self.vrager.toon(
                    f"Je gaat terug naar fase {doel + 1}. Je antwoorden van toen staan al "
                    "ingevuld; pas aan wat je wilt. Daarna ga je verder waar je was.",
                    "melding",
                )
        self._bewaar()
        return True

    def _fase_menu(self, index: int) -> str:
        if not self.vrager.interactief:
            return _MENU_VERDER
        fasen = self.werkvorm.fasen
        # After going back to an earlier phase, 'on' is where the teacher was, not the
        # phase after this one: name the phase that will really open next.
        volgende = next(
            (i for i, f in enumerate(fasen) if i != index and f.id not in self.staat.fasen_klaar),
            None,
        )
        if volgende is not None:
            verder = f"Door naar fase {volgende + 1} · {fasen[volgende].titel}"
        else:
            verder = "Afronden"
        keuzes = [Keuze(_MENU_VERDER, verder), Keuze(_MENU_OPNIEUW, "Deze fase nog eens doen")]
        if index > 0:
            keuzes.append(Keuze(_MENU_TERUG, "Terug naar een eerdere fase"))
        keuzes.append(Keuze(_MENU_STOP, "Stoppen en later verdergaan (--hervat)"))
        antwoord = self.vrager.vraag(
            Vraagstuk(
                "_fase", "keuze", "Hoe wil je verder?", keuzes=tuple(keuzes), standaard=_MENU_VERDER
            )
        )
        return antwoord if antwoord in {k.waarde for k in keuzes} else _MENU_VERDER

    def _kies_fase(self, tot: int) -> int | None:
        keuzes = tuple(
            Keuze(str(i), f"Fase {i + 1} · {fase.titel}")
            for i, fase in enumerate(self.werkvorm.fasen[:tot])
        )
        antwoord = self.vrager.vraag(
            Vraagstuk(
                "_terug", "keuze", "Naar welke fase wil je terug?", keuzes=keuzes, standaard="0"
            )
        )
        try:
            return int(antwoord)
        except (TypeError, ValueError):
            return None

    def _heropen(self, index: int) -> None:
        """Make a phase open again; its earlier answers become the defaults."""
        fase = self.werkvorm.fasen[index]
        ids = {v.id for v in fase.vragen}
        self.staat.afgerond = [i for i in self.staat.afgerond if i not in ids]
        self.staat.fasen_klaar = [f for f in self.staat.fasen_klaar if f != fase.id]

    def _bewaar(self) -> None:
        if self.concept is not None:
            self.concept.bewaar(self.staat)

    # --- asking one question ---------------------------------------------------------------

    def _stel(self, vraag: Vraag) -> None:
        if vraag.soort == "zinsstarters":
            self._schrijf_alineas(vraag)
        elif vraag.soort == "controle":
            self._controle(vraag)
        elif vraag.soort == "herschrijf":
            self._herschrijf(vraag)
        else:
            vorig = self.staat.antwoorden.get(vraag.id)
            standaard = vorig if vorig is not None else vraag.standaard
            vraagstuk = Vraagstuk(
                sleutel=vraag.id,
                soort=vraag.soort,
                tekst=vraag.vraag,
                uitleg=vraag.uitleg,
                standaard=standaard,
                keuzes=vraag.keuzes,
                verplicht=vraag.verplicht,
                herinneringen=self._herinneringen(vraag.toon),
            )
            self.staat.antwoorden[vraag.id] = self._vraag_geldig(
                vraagstuk, lambda ruw: self._normaliseer(vraag, ruw)
            )

    def _vraag_geldig(self, vraagstuk: Vraagstuk, normaliseer: Callable[[Any], Any]) -> Any:
        """Ask until the answer fits (a non-interactive Vrager raises instead)."""
        while True:
            ruw = self.vrager.vraag(vraagstuk)
            try:
                return normaliseer(ruw)
            except OngeldigAntwoord as fout:
                self.vrager.ongeldig(vraagstuk, str(fout))
                if isinstance(ruw, str):
                    vraagstuk = replace(vraagstuk, standaard=ruw)

    def _herinneringen(self, ids: Sequence[str]) -> tuple[str, ...]:
        """Earlier answers as reminder lines ('Held: een stille jongen'), skipping blanks."""
        regels: list[str] = []
        for vraag_id in dict.fromkeys(ids):
            vraag = self.werkvorm.vraag(vraag_id)
            antwoord = self.staat.antwoorden.get(vraag_id)
            if vraag is None or not is_ingevuld(antwoord):
                continue
            regels.append(f"{_label(vraag_id)}: {_als_tekst(vraag, antwoord)}")
        return tuple(regels)

    def _normaliseer(self, vraag: Vraag, ruw: Any) -> Any:
        """Check and clean a raw answer for ``vraag``; raise :class:`OngeldigAntwoord`."""
        soort = vraag.soort
        if soort == "bevestig":
            waarde = _als_bool(ruw)
            if waarde is None and ruw is not None and ruw != "":
                raise OngeldigAntwoord("Antwoord met ja of nee.")
            if waarde is None and vraag.verplicht:
                raise OngeldigAntwoord("Deze vraag is verplicht: kies ja of nee.")
            return waarde
        if soort == "keuze":
            if ruw is None or ruw == "":
                if vraag.verplicht:
                    raise OngeldigAntwoord("Deze vraag is verplicht: maak een keuze.")
                return None
            return _keuze_waarde(vraag.keuzes, ruw)
        if soort == "meerkeuze":
            if ruw is None:
                lijst: list[Any] = []
            elif isinstance(ruw, list):
                lijst = ruw
            else:
                lijst = [ruw]
            waarden = [_keuze_waarde(vraag.keuzes, item) for item in lijst]
            if vraag.verplicht and not waarden:
                raise OngeldigAntwoord("Deze vraag is verplicht: kies er minstens een.")
            return waarden
        tekst = self._tekst(ruw)
        if soort == "kort":
            tekst = " ".join(tekst.split())
        if not tekst:
            if vraag.verplicht:
                raise OngeldigAntwoord("Deze vraag is verplicht; vul iets in.")
            return None
        self._woordgrenzen(vraag, tekst)
        return tekst

    def _tekst(self, ruw: Any) -> str:
        """A text answer: stripped, name-free."""
        if ruw is None:
            return ""
        if isinstance(ruw, bool) or not isinstance(ruw, str | int | float):
            raise OngeldigAntwoord("Hier hoort tekst als antwoord.")
        tekst = str(ruw).strip()
        self._geen_naam(tekst)
        return tekst

    def _geen_naam(self, tekst: str) -> None:
        if self._naamzoeker.bevat(tekst):
            raise OngeldigAntwoord(
                "Hier staat de naam van de leerling. Schrijf 'de leerling', 'hij' of 'zij', of "
                "een omschrijving; zo komt de naam in geen enkel bestand terecht."
            )

    @staticmethod
    def _woordgrenzen(vraag: Vraag, tekst: str) -> None:
        aantal = tel_woorden(tekst)
        if vraag.min_woorden is not None and aantal < vraag.min_woorden:
            raise OngeldigAntwoord(f"Schrijf minstens {vraag.min_woorden} woorden (nu {aantal}).")
        if vraag.max_woorden is not None and aantal > vraag.max_woorden:
            raise OngeldigAntwoord(
                f"Houd het bij hoogstens {vraag.max_woorden} woorden (nu {aantal})."
            )

    # --- the story kinds -------------------------------------------------------------------

    def _reeks(self, vraag: Vraag) -> ZinsstarterSet:
        if vraag.starters is not None:
            return self.werkvorm.zinsstarters[vraag.starters]
        bron = self.werkvorm.vraag(vraag.starters_van or "")
        gekozen = self.staat.antwoorden.get(vraag.starters_van or "")
        if gekozen not in self.werkvorm.zinsstarters and bron is not None:
            gekozen = bron.standaard if bron.standaard is not None else bron.keuzes[0].waarde
        return self.werkvorm.zinsstarters[str(gekozen)]

    def _schrijf_alineas(self, vraag: Vraag) -> None:
        reeks = self._reeks(vraag)
        starters = reeks.starters
        aantal = len(starters)
        eerder = self.staat.antwoorden.get(vraag.id)
        eerder = [str(a) for a in eerder] if isinstance(eerder, list) else []
        if len(eerder) == aantal and self.staat.alineas and len(self.staat.alineas) == aantal:
            # Coming back to this phase: start from the latest version of the story.
            eerder = list(self.staat.alineas)
        # A shorter list is a run that was interrupted halfway: carry on where it stopped.
        begin = len(eerder) if len(eerder) < aantal else 0
        alineas = eerder + [""] * (aantal - len(eerder))
        if reeks.uitleg and begin == 0:
            self.vrager.toon(f"{reeks.titel} · {reeks.uitleg}", "uitleg")
        while True:
            for index in range(begin, aantal):
                # The question's own reminders come with the first paragraph asked, the
                # starter's with its paragraph.
                toon = (
                    [*vraag.toon, *starters[index].toon] if index == begin else starters[index].toon
                )
                alineas[index] = self._vraag_alinea(
                    vraag, starters[index], index, aantal, alineas[index], toon
                )
                self.staat.antwoorden[vraag.id] = alineas[: index + 1]
                self._bewaar()
            verhaal = [a for a in alineas if a]
            try:
                if vraag.verplicht and not verhaal:
                    raise OngeldigAntwoord("Schrijf minstens een alinea.")
                self._woordgrenzen(vraag, "\n\n".join(verhaal))
            except OngeldigAntwoord as fout:
                self.vrager.ongeldig(
                    Vraagstuk(vraag.id, "alinea", vraag.vraag, index=0, aantal=aantal), str(fout)
                )
                begin = 0
                continue
            break
        self.staat.antwoorden[vraag.id] = alineas
        self.staat.alineas = verhaal

    def _vraag_alinea(
        self,
        vraag: Vraag,
        starter: Zinsstarter,
        index: int,
        aantal: int,
        eerder: str,
        toon: Sequence[str],
    ) -> str:
        vraagstuk = Vraagstuk(
            sleutel=vraag.id,
            soort="alinea",
            tekst=f"Alinea {index + 1} van {aantal} · {starter.tekst}",
            uitleg=starter.hulp,
            standaard=eerder or starter.begin,
            index=index,
            aantal=aantal,
            herinneringen=self._herinneringen(toon),
        )

        def normaliseer(ruw: Any) -> str:
            tekst = " ".join(self._tekst(ruw).split())
            # Only the prefilled opening left: the paragraph was skipped.
            return "" if tekst == starter.begin.strip() else tekst

        return str(self._vraag_geldig(vraagstuk, normaliseer))

    def _controle(self, vraag: Vraag) -> None:
        if not self.staat.alineas:
            self.vrager.toon("Er is nog geen verhaal om te controleren.", "melding")
            return
        if not self.vrager.interactief:
            vraagstuk = Vraagstuk(vraag.id, "lang", vraag.vraag, uitleg=vraag.uitleg)
            nieuw = self._vraag_geldig(vraagstuk, self._alineas_uit_antwoord)
            if nieuw:
                self.staat.alineas = nieuw
        while True:
            bevindingen = self.controleer()
            self.toon_bevindingen(bevindingen)
            if not self.vrager.interactief:
                break
            keuze = self._kies_verbetering(vraag, bevindingen)
            if keuze is None:
                break
            self._verbeter(keuze, bevindingen)
            self.staat.antwoorden[vraag.id] = list(self.staat.alineas)
            self._bewaar()
        self.staat.antwoorden[vraag.id] = list(self.staat.alineas)

    def _alineas_uit_antwoord(self, ruw: Any) -> list[str] | None:
        if ruw is None or ruw == "":
            return None
        if isinstance(ruw, list):
            alineas = [" ".join(self._tekst(a).split()) for a in ruw]
        else:
            alineas = _splits_alineas(self._tekst(ruw))
        alineas = [a for a in alineas if a]
        return alineas or None

    def _kies_verbetering(self, vraag: Vraag, bevindingen: list[Bevinding]) -> str | None:
        per_alinea: dict[int, int] = {}
        titel_bevindingen = 0
        for bevinding in bevindingen:
            plek = self._plek(bevinding)
            if plek is None:
                titel_bevindingen += 1
            elif plek >= 0:
                per_alinea[plek] = per_alinea.get(plek, 0) + 1
        keuzes = [Keuze("klaar", "Klaar met controleren")]
        if self._titel_vraag is not None:
            keuzes.append(Keuze("titel", f"De titel{_aantal_tekst(titel_bevindingen)}"))
        for index, alinea in enumerate(self.staat.alineas or []):
            kort = alinea if len(alinea) <= 50 else alinea[:49] + "…"
            keuzes.append(
                Keuze(
                    str(index),
                    f"Alinea {index + 1}{_aantal_tekst(per_alinea.get(index, 0))}: {kort}",
                )
            )
        antwoord = self.vrager.vraag(
            Vraagstuk(
                "_controle",
                "keuze",
                vraag.vraag,
                uitleg=vraag.uitleg,
                keuzes=tuple(keuzes),
                standaard="klaar",
                herinneringen=self._herinneringen(vraag.toon),
            )
        )
        if antwoord is None or antwoord == "klaar" or antwoord not in {k.waarde for k in keuzes}:
            return None
        return str(antwoord)

    def _verbeter(self, keuze: str, bevindingen: Sequence[Bevinding] = ()) -> None:
        """Let the user rewrite the title or one paragraph; its findings come along as a
        reminder (the list above may have scrolled out of view)."""
        plek = None if keuze == "titel" else int(keuze)
        hier = tuple(_herinnering(self.in_context(b)) for b in bevindingen if self._plek(b) == plek)
        if keuze == "titel" and self._titel_vraag is not None:
            titel_vraag = self._titel_vraag
            vraagstuk = Vraagstuk(
                "_controle_titel",
                "kort",
                "Nieuwe titel",
                standaard=self.staat.antwoorden.get(titel_vraag.id),
                verplicht=titel_vraag.verplicht,
                herinneringen=hier,
            )
            self.staat.antwoorden[titel_vraag.id] = self._vraag_geldig(
                vraagstuk, lambda ruw: self._normaliseer(titel_vraag, ruw)
            )
            return
        alineas = self.staat.alineas or []
        index = int(keuze)
        vraagstuk = Vraagstuk(
            "_controle_alinea",
            "alinea",
            f"Alinea {index + 1} (maak hem leeg om hem te schrappen)",
            standaard=alineas[index],
            index=index,
            aantal=len(alineas),
            herinneringen=hier,
        )
        nieuw = self._vraag_geldig(vraagstuk, lambda ruw: " ".join(self._tekst(ruw).split()))
        if nieuw:
            alineas[index] = nieuw
        else:
            del alineas[index]
        self.staat.alineas = alineas

    def _herschrijf(self, vraag: Vraag) -> None:
        huidig = "\n\n".join(self.staat.alineas or [])
        vraagstuk = Vraagstuk(
            sleutel=vraag.id,
            soort="lang",
            tekst=vraag.vraag,
            uitleg=vraag.uitleg or "Laat je niets veranderen, dan blijft het verhaal zoals het is.",
            standaard=huidig or vraag.standaard,
            verplicht=vraag.verplicht and not huidig,
            herinneringen=self._herinneringen(vraag.toon),
        )

        def normaliseer(ruw: Any) -> str | None:
            tekst = self._tekst(ruw)
            if not tekst:
                if vraag.verplicht and not huidig:
                    raise OngeldigAntwoord("Schrijf je verhaal; deze vraag is verplicht.")
                return None
            self._woordgrenzen(vraag, tekst)
            return tekst

        nieuw = self._vraag_geldig(vraagstuk, normaliseer)
        if nieuw is not None:
            self.staat.alineas = _splits_alineas(nieuw)
            self.staat.antwoorden[vraag.id] = nieuw
        else:
            self.staat.antwoorden.setdefault(vraag.id, None)
        if self.staat.alineas and not self._controle_volgt(vraag):
            self.toon_bevindingen(self.controleer())

    def _controle_volgt(self, vraag: Vraag) -> bool:
        """Whether the next story question after ``vraag`` is a check that will be asked.

        That check shows the findings itself; showing them here as well would print every
        finding twice in a row (herschrijf followed by controle, as in the logline).
        """
        gezien = False
        for _, volgende in self.werkvorm.vragen():
            if volgende is vraag:
                gezien = True
                continue
            if not gezien or volgende.soort not in VERHAALSOORTEN:
                continue
            return (
                volgende.soort == "controle"
                and volgende.id not in self.staat.afgerond
                and volgende.is_actief(self.staat.antwoorden)
            )
        return False

    # --- checking ----------------------------------------------------------------------------

    @property
    def titel(self) -> str | None:
        """The story's title (the answer of the question with ``bewaar: titel``)."""
        if self._titel_vraag is None:
            return None
        waarde = self.staat.antwoorden.get(self._titel_vraag.id)
        return waarde if isinstance(waarde, str) and waarde.strip() else None

    def verhaal_markdown(self) -> tuple[str, list[tuple[int, int]]]:
        """The story as Markdown (``# titel`` + paragraphs) and each paragraph's span."""
        delen: list[str] = []
        positie = 0
        if self.titel:
            kop = f"# {self.titel}\n\n"
            delen.append(kop)
            positie = len(kop)
        spans: list[tuple[int, int]] = []
        for index, alinea in enumerate(self.staat.alineas or []):
            if index:
                delen.append("\n\n")
                positie += 2
            delen.append(alinea)
            spans.append((positie, positie + len(alinea)))
            positie += len(alinea)
        delen.append("\n")
        return "".join(delen), spans

    def controleer(self) -> list[Bevinding]:
        """Check the current story with the configuration and the pupil's names."""
        tekst, _ = self.verhaal_markdown()
        return self._check(tekst, self.config.met_namen(self.namen))

    def _plek(self, bevinding: Bevinding) -> int | None:
        """Paragraph index of a finding; None for the title; -1 for the story as a whole."""
        if bevinding.regel in VERHAALREGELS or bevinding.start == bevinding.eind:
            return -1
        _, spans = self.verhaal_markdown()
        for index, (start, eind) in enumerate(spans):
            if start <= bevinding.start < eind:
                return index
        if self.titel and 2 <= bevinding.start < 2 + len(self.titel):
            return None
        return -1

    def in_context(self, bevinding: Bevinding) -> BevindingInContext:
        """Where a finding is and the words around it."""
        tekst, spans = self.verhaal_markdown()
        plek = self._plek(bevinding)
        if plek is None:
            waar, begin, eind = "titel", 2, 2 + len(self.titel or "")
        elif plek < 0:
            waar, begin, eind = "het hele verhaal", bevinding.start, bevinding.start
        else:
            waar = f"alinea {plek + 1}"
            begin, eind = spans[plek]
        voor = tekst[max(begin, bevinding.start - _CONTEXT) : bevinding.start]
        na = tekst[bevinding.eind : min(eind, bevinding.eind + _CONTEXT)]
        if bevinding.start - _CONTEXT > begin:
            voor = "…" + voor[voor.find(" ") + 1 :] if " " in voor else "…" + voor
        if bevinding.eind + _CONTEXT < eind:
            na = na[: na.rfind(" ")] + "…" if " " in na else na + "…"
        return BevindingInContext(
            plek=waar,
            regel=bevinding.regel,
            ernst=bevinding.ernst,
            bericht=bevinding.bericht,
            suggestie=bevinding.suggestie,
            voor=voor if bevinding.start != bevinding.eind else "",
            kern=bevinding.tekst,
            na=na if bevinding.start != bevinding.eind else "",
        )

    def toon_bevindingen(self, bevindingen: list[Bevinding]) -> None:
        """Show a summary and every finding in context.

        When the story has not changed since the findings were last shown, a one-line
        reminder replaces the list: the teacher has just read it.
        """
        tekst, _ = self.verhaal_markdown()
        ongewijzigd = tekst == self._laatst_getoond
        self._laatst_getoond = tekst
        if not bevindingen:
            self.vrager.toon("De controle vond niets: je verhaal volgt de schrijfregels.", "succes")
            return
        if ongewijzigd:
            self.vrager.toon(
                "Je verhaal is niet veranderd sinds de vorige controle: "
                + _samenvatting(bevindingen)[len("De controle vond ") :],
                "melding",
            )
            return
        self.vrager.toon(_samenvatting(bevindingen), "melding")
        for bevinding in bevindingen:
            self.vrager.bevinding(self.in_context(bevinding))

    def _poort(self) -> list[Bevinding] | None:
        """The final check. None: the user went back to fix findings; else the findings."""
        if not self.werkvorm.schrijft_verhaal() or not self.staat.alineas:
            return []
        bevindingen = self.controleer()
        fouten = [b for b in bevindingen if b.ernst == "fout"]
        if not fouten or not self.vrager.interactief:
            return bevindingen
        self.vrager.toon(
            f"Er staan nog {_aantal(len(fouten), 'fout', 'fouten')} in je verhaal.", "waarschuwing"
        )
        for bevinding in fouten:
            self.vrager.bevinding(self.in_context(bevinding))
        antwoord = self.vrager.vraag(
            Vraagstuk(
                "_open_fouten",
                "keuze",
                "Wat wil je doen?",
                keuzes=(
                    Keuze("aanpassen", "Terug om ze aan te passen"),
                    Keuze("bewaren", "Toch bewaren (de open punten komen bovenaan in het verhaal)"),
                ),
                standaard="aanpassen",
            )
        )
        if antwoord != "aanpassen":
            return bevindingen
        self._heropen_controle()
        return None

    def _heropen_controle(self) -> None:
        """Open the phase of the last controle question (or of the last story question)."""
        doel: Fase | None = None
        for fase, vraag in self.werkvorm.vragen():
            if vraag.soort == "controle":
                doel = fase
        if doel is None:
            for fase, vraag in self.werkvorm.vragen():
                if vraag.soort in ("zinsstarters", "herschrijf"):
                    doel = fase
        if doel is not None:
            index = self.werkvorm.fasen.index(doel)
            self._heropen(index)
            # Only the story questions need another round; the rest keep their answers.
            self.staat.afgerond.extend(
                v.id for v in doel.vragen if v.soort not in ("controle", "herschrijf")
            )


# --- helpers -------------------------------------------------------------------------------


def _splits_alineas(tekst: str) -> list[str]:
    return [" ".join(deel.split()) for deel in re.split(r"\n\s*\n", tekst) if deel.strip()]


def _als_bool(ruw: Any) -> bool | None:
    if isinstance(ruw, bool):
        return ruw
    if isinstance(ruw, str):
        woord = ruw.strip().lower()
        if woord in {"ja", "j", "yes", "y", "true", "waar"}:
            return True
        if woord in {"nee", "n", "no", "false", "onwaar"}:
            return False
    return None


def _keuze_waarde(keuzes: Sequence[Keuze], ruw: Any) -> str:
    tekst = str(ruw).strip()
    for keuze in keuzes:
        if tekst == keuze.waarde:
            return keuze.waarde
    for keuze in keuzes:
        if tekst.lower() in (keuze.waarde.lower(), keuze.label.lower()):
            return keuze.waarde
    opties = ", ".join(k.waarde for k in keuzes)
    raise OngeldigAntwoord(f"'{tekst}' is geen van de keuzes (kies uit: {opties}).")


def _label(vraag_id: str) -> str:
    return vraag_id.replace("_", " ").replace("-", " ").capitalize()


def _als_tekst(vraag: Vraag, antwoord: Any) -> str:
    """An answer as one readable line (for reminders)."""
    if isinstance(antwoord, bool):
        return "ja" if antwoord else "nee"
    if isinstance(antwoord, list):
        return "; ".join(vraag.keuze_label(a) for a in antwoord if a)
    if vraag.keuzes:
        return vraag.keuze_label(antwoord)
    return " ".join(str(antwoord).split())


def _herinnering(bevinding: BevindingInContext) -> str:
    """A finding on one line, for the prompt where the teacher fixes it."""
    voorstel = f" → {bevinding.suggestie}" if bevinding.suggestie else ""
    if not bevinding.kern:
        return f"{bevinding.regel}: {bevinding.bericht}"
    return f"{bevinding.regel}: '{bevinding.kern}'{voorstel}"


def _aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    woord = enkelvoud if n == 1 else meervoud
    return f"{'een' if n == 1 else n} {woord}"


def _aantal_tekst(n: int) -> str:
    return f" ({_aantal(n, 'bevinding', 'bevindingen')})" if n else ""


def _samenvatting(bevindingen: Sequence[Bevinding]) -> str:
    delen = []
    for ernst, enkelvoud, meervoud in (
        ("fout", "fout", "fouten"),
        ("waarschuwing", "waarschuwing", "waarschuwingen"),
        ("info", "tip", "tips"),
    ):
        n = sum(1 for b in bevindingen if b.ernst == ernst)
        if n:
            delen.append(_aantal(n, enkelvoud, meervoud))
    return "De controle vond " + " en ".join(", ".join(delen).rsplit(", ", 1)) + "."
