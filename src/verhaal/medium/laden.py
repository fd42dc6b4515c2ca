"""Read a decision tree from YAML into ``Beslisboom``, with file:line errors.

Two layers of checks: the schema (keys, types) here, then the tree's structure
(references, reachability, cycles) in ``validatie``. Both report every problem at once,
each as ``file:line: key.path: message``, so an author fixes a file in one go.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from verhaal.errors import SchemaFout
from verhaal.medium.model import ONDERWERPEN, Advies, Beslisboom, Keuze, Probleem, Vraagknoop
from verhaal.yamlbron import Plek, SleutelPad, YamlBron, lees_yaml_bestand, toon_waarde

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

_BOOM_SLEUTELS = {"id", "titel", "inleiding", "bron", "begin", "vragen", "adviezen"}
_VRAAG_SLEUTELS = {"over", "vraag", "uitleg", "keuzes"}
_KEUZE_SLEUTELS = {"id", "antwoord", "naar", "advies"}
_ADVIES_SLEUTELS = {"titel", "waarom", "eerste_stap", "let_op"}


def fout_voor(problemen: list[Probleem], pad: str | Path | None) -> SchemaFout:
    """One ``SchemaFout`` listing every problem, one per line, in file order."""
    regels = [p.tekst(pad) for p in sorted(problemen, key=lambda p: p.regel)]
    kop = "de beslisboom klopt niet:" if len(regels) > 1 else ""
    return SchemaFout("\n".join([kop, *regels]) if kop else regels[0])


def standaard_pad() -> Path:
    """Where the shipped medium tree lives (``werkvormen/beslisbomen/medium.yaml``)."""
    from verhaal.werkvorm import werkvormen_map

    return werkvormen_map() / "beslisbomen" / "medium.yaml"


def laad_beslisboom(pad: Path | None = None) -> Beslisboom:
    """Read, schema-check and structurally validate the tree at ``pad``.

    Raises ``SchemaFout`` naming every problem; a tree returned from here has no dead
    ends, no unreachable parts and no cycles.
    """
    from verhaal.medium.validatie import valideer

    pad = pad or standaard_pad()
    boom = lees_beslisboom(lees_yaml_bestand(pad))
    problemen = valideer(boom)
    if problemen:
        raise fout_voor(problemen, pad)
    return boom


def lees_beslisboom(bron: YamlBron) -> Beslisboom:
    """Turn parsed YAML into a ``Beslisboom``; schema errors raise ``SchemaFout``."""
    lezer = _Lezer(bron)
    boom = lezer.boom()
    if lezer.problemen:
        raise fout_voor(lezer.problemen, bron.bron)
    assert boom is not None
    return boom


class _Lezer:
    """Collects schema problems while building the model, so all are reported together."""

    def __init__(self, bron: YamlBron) -> None:
        self.bron = bron
        self.problemen: list[Probleem] = []

    def meld(self, sleutelpad: SleutelPad, bericht: str) -> None:
        plek = Plek(self.bron.bron, sleutelpad, self.bron.regels)
        self.problemen.append(Probleem(plek.regel, plek.padtekst, bericht))

    def mapping(self, waarde: Any, sleutelpad: SleutelPad, toegestaan: set[str]) -> bool:
        if not isinstance(waarde, Mapping):
            self.meld(sleutelpad, "verwacht sleutels met waarden.")
            return False
        for sleutel in waarde:
            if sleutel not in toegestaan:
                bekend = ", ".join(sorted(toegestaan))
                self.meld((*sleutelpad, sleutel), f"onbekende sleutel (bekend: {bekend}).")
        return True

    def tekst(
        self, waarde: Mapping[str, Any], sleutel: str, sleutelpad: SleutelPad, *, nodig: bool
    ) -> str:
        if sleutel not in waarde or waarde[sleutel] is None:
            if nodig:
                self.meld(sleutelpad, f"'{sleutel}' ontbreekt.")
            return ""
        inhoud = waarde[sleutel]
        if not isinstance(inhoud, str) or (nodig and not inhoud.strip()):
            self.meld((*sleutelpad, sleutel), "verwacht een (niet-lege) tekst.")
            return ""
        return inhoud.strip()

    def id_(self, waarde: object, sleutelpad: SleutelPad) -> str:
        if not isinstance(waarde, str) or not _ID.match(waarde):
            self.meld(
                sleutelpad,
                f"ongeldige id {toon_waarde(waarde)}: gebruik kleine letters, cijfers, - en _.",
            )
            return str(waarde)
        return waarde

    def boom(self) -> Beslisboom | None:
        gegevens = self.bron.data
        if not self.mapping(gegevens, (), _BOOM_SLEUTELS):
            return None
        boom_id = self.id_(gegevens.get("id"), ("id",)) if "id" in gegevens else ""
        if not boom_id:
            self.meld((), "'id' ontbreekt.")
        titel = self.tekst(gegevens, "titel", (), nodig=True)
        inleiding = self.tekst(gegevens, "inleiding", (), nodig=False)
        bron = self.tekst(gegevens, "bron", (), nodig=False)
        begin = self.tekst(gegevens, "begin", (), nodig=True)
        vragen = self.vragen(gegevens.get("vragen"))
        adviezen = self.adviezen(gegevens.get("adviezen"))
        return Beslisboom(
            id=boom_id,
            titel=titel,
            inleiding=inleiding,
            bron=bron,
            begin=begin,
            vragen=vragen,
            adviezen=adviezen,
            pad=Path(self.bron.bron),
            regels=self.bron.regels,
        )

    def vragen(self, waarde: Any) -> dict[str, Vraagknoop]:
        if waarde is None:
            self.meld((), "'vragen' ontbreekt.")
            return {}
        if not isinstance(waarde, Mapping):
            self.meld(("vragen",), "verwacht sleutels met waarden.")
            return {}
        resultaat: dict[str, Vraagknoop] = {}
        for vraag_id, vraag in waarde.items():
            sleutelpad: SleutelPad = ("vragen", vraag_id)
            self.id_(vraag_id, sleutelpad)
            if not self.mapping(vraag, sleutelpad, _VRAAG_SLEUTELS):
                continue
            over = vraag.get("over")
            if over not in ONDERWERPEN:
                self.meld(
                    (*sleutelpad, "over") if "over" in vraag else sleutelpad,
                    f"'over' moet een van {', '.join(ONDERWERPEN)} zijn, niet {over!r}.",
                )
                over = "doel"
            resultaat[vraag_id] = Vraagknoop(
                id=vraag_id,
                over=over,
                vraag=self.tekst(vraag, "vraag", sleutelpad, nodig=True),
                uitleg=self.tekst(vraag, "uitleg", sleutelpad, nodig=False),
                keuzes=self.keuzes(vraag.get("keuzes"), (*sleutelpad, "keuzes")),
            )
        return resultaat

    def keuzes(self, waarde: Any, sleutelpad: SleutelPad) -> tuple[Keuze, ...]:
        if waarde is None:
            return ()
        if not isinstance(waarde, list):
            self.meld(sleutelpad, "verwacht een lijst van keuzes.")
            return ()
        resultaat: list[Keuze] = []
        for index, keuze in enumerate(waarde):
            pad: SleutelPad = (*sleutelpad, index)
            if not self.mapping(keuze, pad, _KEUZE_SLEUTELS):
                continue
            keuze_id = self.id_(keuze.get("id"), (*pad, "id")) if "id" in keuze else ""
            if not keuze_id:
                self.meld(pad, "'id' ontbreekt.")
            naar = keuze.get("naar")
            adviezen = keuze.get("advies")
            if (naar is None) == (adviezen is None):
                self.meld(
                    pad,
                    "geef precies een van 'naar' (de volgende vraag) of 'advies' "
                    "(een of meer adviezen).",
                )
            if naar is not None and not isinstance(naar, str):
                self.meld((*pad, "naar"), "verwacht de id van een vraag.")
                naar = None
            if isinstance(adviezen, str):
                adviezen = [adviezen]
            if adviezen is not None and (
                not isinstance(adviezen, list)
                or not adviezen
                or not all(isinstance(a, str) for a in adviezen)
            ):
                self.meld((*pad, "advies"), "verwacht de id van een advies of een lijst van ids.")
                adviezen = None
            resultaat.append(
                Keuze(
                    id=keuze_id,
                    antwoord=self.tekst(keuze, "antwoord", pad, nodig=True),
                    naar=naar,
                    adviezen=tuple(adviezen or ()),
                )
            )
        return tuple(resultaat)

    def adviezen(self, waarde: Any) -> dict[str, Advies]:
        if waarde is None:
            self.meld((), "'adviezen' ontbreekt.")
            return {}
        if not isinstance(waarde, Mapping):
            self.meld(("adviezen",), "verwacht sleutels met waarden.")
            return {}
        resultaat: dict[str, Advies] = {}
        for advies_id, advies in waarde.items():
            sleutelpad: SleutelPad = ("adviezen", advies_id)
            self.id_(advies_id, sleutelpad)
            if not self.mapping(advies, sleutelpad, _ADVIES_SLEUTELS):
                continue
            resultaat[advies_id] = Advies(
                id=advies_id,
                titel=self.tekst(advies, "titel", sleutelpad, nodig=True),
                waarom=self.tekst(advies, "waarom", sleutelpad, nodig=True),
                eerste_stap=self.tekst(advies, "eerste_stap", sleutelpad, nodig=True),
                let_op=self.tekst(advies, "let_op", sleutelpad, nodig=False),
            )
        return resultaat
