"""Validate werkvorm YAML data and build the typed model from it.

Every error is a :class:`~verhaal.errors.SchemaFout` whose message names the file, the
line and the key path, e.g. ``werkvormen/x.yaml:14: fasen[2].vragen[0].soort: onbekende
soort 'tekts' (kies uit: kort, lang, ...)``. The schema itself is documented for authors
in ``docs/werkvormen.md``; keep the two in step.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from verhaal.errors import ConfigFout, SchemaFout
from verhaal.werkvorm.model import (
    BEWAAR,
    SOORTEN,
    THEMAS,
    VERHAALSOORTEN,
    Bewaar,
    Fase,
    Keuze,
    Product,
    Rol,
    Soort,
    Voorwaarde,
    VoorwaardeSoort,
    Vraag,
    Werkvorm,
    Zinsstarter,
    ZinsstarterSet,
)
from verhaal.yamlbron import MAX_TOON, Plek, YamlBron

WERKVORM_SLEUTELS = (
    "id",
    "titel",
    "uitleg",
    "thema",
    "toepassing",
    "duur",
    "materiaal",
    "bron",
    "controle",
    "rollen",
    "gebruikt_verhaal",
    "product",
    "zinsstarters",
    "fasen",
)
PRODUCT_SLEUTELS = ("enkelvoud", "meervoud", "lidwoord")
FASE_SLEUTELS = ("id", "titel", "uitleg", "duur", "rol", "vragen")
VRAAG_SLEUTELS = (
    "id",
    "soort",
    "vraag",
    "uitleg",
    "verplicht",
    "standaard",
    "keuzes",
    "min_woorden",
    "max_woorden",
    "als",
    "toon",
    "bewaar",
    "starters",
    "starters_van",
    "rol",
)
VOORWAARDE_SOORTEN: tuple[VoorwaardeSoort, ...] = ("is", "niet", "bevat", "ingevuld")

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_TEKSTSOORTEN: tuple[Soort, ...] = ("kort", "lang")
_WOORDSOORTEN: tuple[Soort, ...] = ("kort", "lang", "zinsstarters", "herschrijf")


def werkvorm_uit_yaml(bron: YamlBron, pad: Path | None = None) -> Werkvorm:
    """Validate parsed YAML and return the :class:`Werkvorm` it describes."""
    return _Lezer(bron, pad).werkvorm()


class _Lezer:
    """Validation state: question ids seen so far, in flow order, for references."""

    def __init__(self, bron: YamlBron, pad: Path | None) -> None:
        self.bron = bron
        self.pad = pad
        self.eerdere: dict[str, Vraag] = {}
        self.rollen: dict[str, Rol] = {}
        self.sets: dict[str, ZinsstarterSet] = {}
        self.set_plekken: dict[str, Plek] = {}
        self.alle_ids: set[str] = set()

    def _geen_eerdere(self, vraag_id: str) -> str:
        """The message for a reference to a question that is not (yet) known."""
        if vraag_id in self.alle_ids:
            return (
                f"de vraag '{vraag_id}' komt pas later; je kunt alleen verwijzen naar "
                "een vraag die eerder in de werkvorm staat."
            )
        return _onbekend("onbekende vraag", vraag_id, self.eerdere)

    def werkvorm(self) -> Werkvorm:
        plek = self.bron.plek
        data = _mapping(plek, self.bron.data, WERKVORM_SLEUTELS, ("id", "titel", "uitleg", "fasen"))
        werkvorm_id = _id(plek / "id", data["id"])
        if self.pad is not None and self.pad.stem != werkvorm_id:
            raise (plek / "id").fout(
                f"de id '{werkvorm_id}' moet gelijk zijn aan de bestandsnaam "
                f"('{self.pad.stem}'), zodat iedereen de werkvorm onder dezelfde naam vindt."
            )
        thema = None
        if data.get("thema") is not None:
            thema = _tekst(plek / "thema", data["thema"])
            if thema not in THEMAS:
                raise (plek / "thema").fout(_onbekend("onbekend thema", thema, THEMAS))
        self.alle_ids = _alle_vraag_ids(data.get("fasen"))
        self.rollen = self._rollen(plek / "rollen", data.get("rollen"))
        self.sets = self._zinsstarter_sets(plek / "zinsstarters", data.get("zinsstarters"))
        fasen = self._fasen(plek / "fasen", data["fasen"])
        self._controleer_sets_toon()
        return Werkvorm(
            id=werkvorm_id,
            titel=_tekst(plek / "titel", data["titel"]),
            uitleg=_tekst(plek / "uitleg", data["uitleg"]),
            fasen=fasen,
            thema=thema,
            toepassing=_optionele_tekst(plek / "toepassing", data.get("toepassing")),
            duur=_optionele_tekst(plek / "duur", data.get("duur")),
            materiaal=_teksten(plek / "materiaal", data.get("materiaal")),
            bron=_optionele_tekst(plek / "bron", data.get("bron")),
            regels=_controle(plek / "controle", data.get("controle")),
            rollen=tuple(self.rollen.values()),
            gebruikt_verhaal=_bool(plek / "gebruikt_verhaal", data.get("gebruikt_verhaal", False)),
            zinsstarters=self.sets,
            product=_product(plek / "product", data.get("product")),
            pad=self.pad,
        )

    # --- roles and sentence starters -----------------------------------------------------

    def _rollen(self, plek: Plek, data: Any) -> dict[str, Rol]:
        rollen: dict[str, Rol] = {}
        for index, item in enumerate(_lijst(plek, data)):
            p = plek / index
            m = _mapping(p, item, ("id", "titel", "uitleg"), ("id", "titel"))
            rol_id = _id(p / "id", m["id"])
            if rol_id in rollen:
                raise (p / "id").fout(f"de rol '{rol_id}' staat er al.")
            rollen[rol_id] = Rol(
                rol_id,
                _tekst(p / "titel", m["titel"]),
                _optionele_tekst(p / "uitleg", m.get("uitleg")),
            )
        return rollen

    def _zinsstarter_sets(self, plek: Plek, data: Any) -> dict[str, ZinsstarterSet]:
        if data is None:
            return {}
        if not isinstance(data, Mapping):
            raise plek.fout("verwacht reeksen zinsstarters, elk onder een eigen id.")
        sets: dict[str, ZinsstarterSet] = {}
        for set_id, item in data.items():
            p = plek / set_id
            _id(p, set_id)
            m = _mapping(p, item, ("titel", "uitleg", "starters"), ("titel", "starters"))
            starters = []
            lijst = _lijst(p / "starters", m["starters"])
            if not lijst:
                raise (p / "starters").fout("een reeks heeft minstens een zinsstarter nodig.")
            for index, starter in enumerate(lijst):
                sp = p / "starters" / index
                if isinstance(starter, str):
                    starter = {"tekst": starter}
                sm = _mapping(sp, starter, ("tekst", "hulp", "toon"), ("tekst",))
                starters.append(
                    Zinsstarter(
                        tekst=_tekst(sp / "tekst", sm["tekst"]),
                        hulp=_optionele_tekst(sp / "hulp", sm.get("hulp")),
                        toon=_ids(sp / "toon", sm.get("toon")),
                    )
                )
            sets[str(set_id)] = ZinsstarterSet(
                id=str(set_id),
                titel=_tekst(p / "titel", m["titel"]),
                starters=tuple(starters),
                uitleg=_optionele_tekst(p / "uitleg", m.get("uitleg")),
            )
            self.set_plekken[str(set_id)] = p
        return sets

    def _controleer_sets_toon(self) -> None:
        for set_id, reeks in self.sets.items():
            for index, starter in enumerate(reeks.starters):
                for t_index, vraag_id in enumerate(starter.toon):
                    if vraag_id not in self.eerdere:
                        p = self.set_plekken[set_id] / "starters" / index / "toon" / t_index
                        raise p.fout(self._geen_eerdere(vraag_id))

    # --- phases and questions ------------------------------------------------------------

    def _fasen(self, plek: Plek, data: Any) -> tuple[Fase, ...]:
        lijst = _lijst(plek, data)
        if not lijst:
            raise plek.fout("een werkvorm heeft minstens een fase nodig.")
        fasen: list[Fase] = []
        ids: set[str] = set()
        for index, item in enumerate(lijst):
            p = plek / index
            m = _mapping(p, item, FASE_SLEUTELS, ("id", "titel", "uitleg"))
            fase_id = _id(p / "id", m["id"])
            if fase_id in ids:
                raise (p / "id").fout(f"de fase-id '{fase_id}' staat er al.")
            ids.add(fase_id)
            vragen = tuple(
                self._vraag(p / "vragen" / i, v)
                for i, v in enumerate(_lijst(p / "vragen", m.get("vragen")))
            )
            fasen.append(
                Fase(
                    id=fase_id,
                    titel=_tekst(p / "titel", m["titel"]),
                    uitleg=_tekst(p / "uitleg", m["uitleg"]),
                    vragen=vragen,
                    duur=_optionele_tekst(p / "duur", m.get("duur")),
                    rol=self._rol(p / "rol", m.get("rol")),
                )
            )
        return tuple(fasen)

    def _rol(self, plek: Plek, waarde: Any) -> str | None:
        if waarde is None:
            return None
        rol = _tekst(plek, waarde)
        if rol not in self.rollen:
            if not self.rollen:
                raise plek.fout(
                    f"onbekende rol '{rol}': zet eerst de rollen bovenaan onder 'rollen'."
                )
            raise plek.fout(_onbekend("onbekende rol", rol, self.rollen))
        return rol

    def _vraag(self, plek: Plek, data: Any) -> Vraag:
        m = _mapping(plek, data, VRAAG_SLEUTELS, ("id", "soort", "vraag"))
        vraag_id = _id(plek / "id", m["id"])
        if vraag_id in self.eerdere:
            raise (plek / "id").fout(
                f"de vraag-id '{vraag_id}' staat er al; elke vraag krijgt een eigen id."
            )
        soort_tekst = _tekst(plek / "soort", m["soort"])
        if soort_tekst not in SOORTEN:
            raise (plek / "soort").fout(_onbekend("onbekende soort", soort_tekst, SOORTEN))
        soort: Soort = soort_tekst

        keuzes = self._keuzes(plek, m, soort)
        minimum = _optioneel_getal(plek / "min_woorden", m.get("min_woorden"))
        maximum = _optioneel_getal(plek / "max_woorden", m.get("max_woorden"))
        for sleutel, waarde in (("min_woorden", minimum), ("max_woorden", maximum)):
            if waarde is not None and soort not in _WOORDSOORTEN:
                raise (plek / sleutel).fout(
                    f"een woordgrens past alleen bij {_opsomming(_WOORDSOORTEN)}, "
                    f"niet bij '{soort}'."
                )
        if minimum is not None and maximum is not None and minimum > maximum:
            raise (plek / "min_woorden").fout(
                f"min_woorden ({minimum}) is groter dan max_woorden ({maximum})."
            )

        bewaar = self._bewaar(plek, m, soort)
        starters, starters_van = self._starters(plek, m, soort)
        if soort == "controle" and not any(
            v.soort in VERHAALSOORTEN for v in self.eerdere.values()
        ):
            raise (plek / "soort").fout(
                "een controle werkt op het verhaal: zet eerst een vraag van soort "
                "'zinsstarters' of 'herschrijf'."
            )
        vraag = Vraag(
            id=vraag_id,
            soort=soort,
            vraag=_tekst(plek / "vraag", m["vraag"]),
            uitleg=_optionele_tekst(plek / "uitleg", m.get("uitleg")),
            verplicht=_bool(plek / "verplicht", m.get("verplicht", False)),
            standaard=self._standaard(plek / "standaard", m.get("standaard"), soort, keuzes),
            keuzes=keuzes,
            min_woorden=minimum,
            max_woorden=maximum,
            als=self._als(plek / "als", m.get("als")),
            toon=self._toon(plek / "toon", m.get("toon")),
            bewaar=bewaar,
            starters=starters,
            starters_van=starters_van,
            rol=self._rol(plek / "rol", m.get("rol")),
        )
        self.eerdere[vraag_id] = vraag
        return vraag

    def _keuzes(self, plek: Plek, m: Mapping[str, Any], soort: Soort) -> tuple[Keuze, ...]:
        if soort not in ("keuze", "meerkeuze"):
            if "keuzes" in m:
                raise (plek / "keuzes").fout(
                    f"keuzes horen alleen bij de soorten keuze en meerkeuze, niet bij '{soort}'."
                )
            return ()
        if "keuzes" not in m:
            raise plek.fout(f"een vraag van soort '{soort}' heeft 'keuzes' nodig.")
        lijst = _lijst(plek / "keuzes", m["keuzes"])
        if not lijst:
            raise (plek / "keuzes").fout("geef minstens een keuze.")
        keuzes: list[Keuze] = []
        for index, item in enumerate(lijst):
            p = plek / "keuzes" / index
            if isinstance(item, str):
                keuze = Keuze(_tekst(p, item), item.strip())
            else:
                km = _mapping(p, item, ("waarde", "label", "uitleg"), ("waarde",))
                waarde = _tekst(p / "waarde", km["waarde"])
                label = _tekst(p / "label", km["label"]) if "label" in km else waarde
                keuze = Keuze(waarde, label, _optionele_tekst(p / "uitleg", km.get("uitleg")))
            if any(k.waarde == keuze.waarde for k in keuzes):
                raise p.fout(f"de keuze '{keuze.waarde}' staat er al.")
            keuzes.append(keuze)
        return tuple(keuzes)

    def _standaard(self, plek: Plek, waarde: Any, soort: Soort, keuzes: tuple[Keuze, ...]) -> Any:
        if waarde is None:
            return None
        waarden = [k.waarde for k in keuzes]
        if soort == "bevestig":
            return _bool(plek, waarde)
        if soort == "keuze":
            tekst = _tekst(plek, waarde)
            if tekst not in waarden:
                raise plek.fout(_onbekend("onbekende keuze", tekst, waarden))
            return tekst
        if soort == "meerkeuze":
            lijst = [waarde] if isinstance(waarde, str) else _lijst(plek, waarde)
            for index, item in enumerate(lijst):
                if not isinstance(item, str) or item not in waarden:
                    raise (plek / index).fout(_onbekend("onbekende keuze", str(item), waarden))
            return list(lijst)
        if soort in ("zinsstarters", "controle"):
            raise plek.fout(f"een vraag van soort '{soort}' heeft geen standaardantwoord.")
        return _tekst(plek, waarde, leeg_mag=True)

    def _bewaar(self, plek: Plek, m: Mapping[str, Any], soort: Soort) -> Bewaar:
        if "bewaar" not in m:
            return "notities"
        p = plek / "bewaar"
        if soort in VERHAALSOORTEN:
            raise p.fout(
                f"een vraag van soort '{soort}' schrijft het verhaal zelf; laat 'bewaar' weg."
            )
        waarde = _tekst(p, m["bewaar"])
        if waarde not in BEWAAR:
            raise p.fout(_onbekend("onbekende plek", waarde, BEWAAR))
        if waarde == "titel":
            if soort != "kort":
                raise p.fout("alleen een vraag van soort 'kort' kan de titel zijn.")
            if any(v.bewaar == "titel" for v in self.eerdere.values()):
                raise p.fout("er is al een vraag die de titel bewaart.")
        return waarde

    def _starters(
        self, plek: Plek, m: Mapping[str, Any], soort: Soort
    ) -> tuple[str | None, str | None]:
        if soort != "zinsstarters":
            for sleutel in ("starters", "starters_van"):
                if sleutel in m:
                    raise (plek / sleutel).fout(
                        f"'{sleutel}' hoort alleen bij de soort zinsstarters, niet bij '{soort}'."
                    )
            return None, None
        if ("starters" in m) == ("starters_van" in m):
            raise plek.fout(
                "een vraag van soort 'zinsstarters' heeft precies een van 'starters' "
                "(een reeks) of 'starters_van' (een eerdere keuzevraag)."
            )
        if "starters" in m:
            set_id = _tekst(plek / "starters", m["starters"])
            if set_id not in self.sets:
                raise (plek / "starters").fout(
                    _onbekend("onbekende reeks zinsstarters", set_id, self.sets)
                )
            self._toon_eerder(plek / "starters", [self.sets[set_id]])
            return set_id, None
        p = plek / "starters_van"
        bron_id = _tekst(p, m["starters_van"])
        bron = self.eerdere.get(bron_id)
        if bron is None:
            raise p.fout(self._geen_eerdere(bron_id))
        if bron.soort != "keuze":
            raise p.fout(f"'{bron_id}' moet een vraag van soort keuze zijn (nu: {bron.soort}).")
        for keuze in bron.keuzes:
            if keuze.waarde not in self.sets:
                raise p.fout(
                    f"de keuze '{keuze.waarde}' van vraag '{bron_id}' is geen reeks "
                    f"zinsstarters (bekend: {_opsomming(self.sets)})."
                )
        self._toon_eerder(p, [self.sets[k.waarde] for k in bron.keuzes])
        return None, bron_id

    def _toon_eerder(self, plek: Plek, sets: list[ZinsstarterSet]) -> None:
        for reeks in sets:
            for starter in reeks.starters:
                for vraag_id in starter.toon:
                    if vraag_id not in self.eerdere:
                        raise plek.fout(
                            f"de zinsstarter '{starter.tekst}' toont '{vraag_id}', maar die "
                            "vraag komt pas later (of bestaat niet)."
                        )

    def _toon(self, plek: Plek, data: Any) -> tuple[str, ...]:
        ids = _ids(plek, data)
        for index, vraag_id in enumerate(ids):
            if vraag_id not in self.eerdere:
                raise (plek / index if isinstance(data, list) else plek).fout(
                    self._geen_eerdere(vraag_id)
                )
        return ids

    def _als(self, plek: Plek, data: Any) -> tuple[Voorwaarde, ...]:
        if data is None:
            return ()
        items = (
            [(plek, data)]
            if isinstance(data, Mapping)
            else [(plek / i, item) for i, item in enumerate(_lijst(plek, data))]
        )
        voorwaarden: list[Voorwaarde] = []
        for p, item in items:
            m = _mapping(p, item, ("vraag", *VOORWAARDE_SOORTEN), ("vraag",))
            vraag_id = _tekst(p / "vraag", m["vraag"])
            doel = self.eerdere.get(vraag_id)
            if doel is None:
                raise (p / "vraag").fout(self._geen_eerdere(vraag_id))
            soorten = [s for s in VOORWAARDE_SOORTEN if s in m]
            if len(soorten) != 1:
                raise p.fout(
                    "geef precies een van is, niet, bevat of ingevuld (bijvoorbeeld 'is: ja')."
                )
            soort = soorten[0]
            waarde = m[soort]
            sp = p / soort
            if soort == "ingevuld":
                waarden: tuple[Any, ...] = (_bool(sp, waarde),)
            else:
                if soort == "bevat" and doel.soort != "meerkeuze":
                    raise sp.fout(
                        f"'bevat' past bij een meerkeuzevraag; '{vraag_id}' is {doel.soort}."
                    )
                lijst = waarde if isinstance(waarde, list) else [waarde]
                if doel.keuzes:
                    bekend = [k.waarde for k in doel.keuzes]
                    for w in lijst:
                        if w not in bekend:
                            raise sp.fout(
                                _onbekend(f"'{vraag_id}' heeft geen keuze", str(w), bekend)
                            )
                waarden = tuple(lijst)
            voorwaarden.append(Voorwaarde(vraag_id, soort, waarden))
        return tuple(voorwaarden)


# --- small typed readers --------------------------------------------------------------------


def _mapping(
    plek: Plek, data: Any, toegestaan: tuple[str, ...], verplicht: tuple[str, ...]
) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise plek.fout(
            f"verwacht sleutels met waarden ({_opsomming(verplicht)}), niet {_soort(data)}."
        )
    for sleutel in data:
        if sleutel not in toegestaan:
            raise (plek / sleutel).fout(_onbekend("onbekende sleutel", str(sleutel), toegestaan))
    for sleutel in verplicht:
        if sleutel not in data or data[sleutel] is None:
            raise plek.fout(f"de sleutel '{sleutel}' ontbreekt.")
    return cast(Mapping[str, Any], data)


def _lijst(plek: Plek, data: Any) -> list[Any]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise plek.fout(f"verwacht een lijst (regels die met '- ' beginnen), niet {_soort(data)}.")
    return data


def _tekst(plek: Plek, waarde: Any, *, leeg_mag: bool = False) -> str:
    if not isinstance(waarde, str):
        raise plek.fout(
            f"verwacht tekst, niet {_soort(waarde)}; zet de waarde tussen aanhalingstekens."
        )
    if not leeg_mag and not waarde.strip():
        raise plek.fout("deze tekst is leeg.")
    return waarde.strip()


def _optionele_tekst(plek: Plek, waarde: Any) -> str | None:
    return None if waarde is None else _tekst(plek, waarde)


def _teksten(plek: Plek, waarde: Any) -> tuple[str, ...]:
    if waarde is None:
        return ()
    if isinstance(waarde, str):
        return (_tekst(plek, waarde),)
    return tuple(_tekst(plek / i, w) for i, w in enumerate(_lijst(plek, waarde)))


def _id(plek: Plek, waarde: Any) -> str:
    tekst = _tekst(plek, waarde) if not isinstance(waarde, int) else str(waarde)
    if not _ID.match(tekst):
        raise plek.fout(
            f"'{tekst}' is geen geldige id: gebruik kleine letters, cijfers, '-' en '_' "
            "(bijvoorbeeld 'plotvraag' of 'fase-2')."
        )
    return tekst


def _ids(plek: Plek, waarde: Any) -> tuple[str, ...]:
    if waarde is None:
        return ()
    if isinstance(waarde, str):
        return (_tekst(plek, waarde),)
    return tuple(_tekst(plek / i, w) for i, w in enumerate(_lijst(plek, waarde)))


def _bool(plek: Plek, waarde: Any) -> bool:
    if not isinstance(waarde, bool):
        raise plek.fout(f"verwacht true of false, niet {_soort(waarde)}.")
    return waarde


def _optioneel_getal(plek: Plek, waarde: Any) -> int | None:
    if waarde is None:
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 0:
        raise plek.fout(f"verwacht een geheel getal van nul of meer, niet {_soort(waarde)}.")
    return waarde


def _product(plek: Plek, data: Any) -> Product:
    """The noun for what the werkvorm writes; without it, "verhaal"."""
    if data is None:
        return Product()
    m = _mapping(plek, data, PRODUCT_SLEUTELS, PRODUCT_SLEUTELS)
    lidwoord = _tekst(plek / "lidwoord", m["lidwoord"])
    if lidwoord not in ("de", "het"):
        raise (plek / "lidwoord").fout(f"het lidwoord is 'de' of 'het', niet '{lidwoord}'.")
    return Product(
        enkelvoud=_tekst(plek / "enkelvoud", m["enkelvoud"]),
        meervoud=_tekst(plek / "meervoud", m["meervoud"]),
        lidwoord="de" if lidwoord == "de" else "het",
    )


def _controle(plek: Plek, data: Any) -> dict[str, Any]:
    from verhaal.checker.config import lees_regel_instellingen

    if data is None:
        return {}
    m = _mapping(plek, data, ("regels",), ())
    regels = m.get("regels")
    if regels is None:
        return {}
    if not isinstance(regels, Mapping):
        raise (plek / "regels").fout("verwacht regels met hun instellingen.")
    resultaat: dict[str, Any] = {}
    for regel_id, waarde in regels.items():
        p = plek / "regels" / regel_id
        try:
            resultaat.update(
                lees_regel_instellingen(
                    {regel_id: waarde}, f"{p.bron}:{p.regel}: {plek.padtekst}.regels"
                )
            )
        except ConfigFout as fout:
            raise SchemaFout(fout.bericht) from None
    return resultaat


def _alle_vraag_ids(fasen: Any) -> set[str]:
    """Every question id in raw phase data (best effort, before validation)."""
    ids: set[str] = set()
    for fase in fasen if isinstance(fasen, list) else []:
        vragen = fase.get("vragen") if isinstance(fase, Mapping) else None
        for vraag in vragen if isinstance(vragen, list) else []:
            if isinstance(vraag, Mapping) and isinstance(vraag.get("id"), str):
                ids.add(vraag["id"])
    return ids


def _soort(waarde: Any) -> str:
    if waarde is None:
        return "een lege waarde"
    if isinstance(waarde, bool):
        return f"ja/nee ({str(waarde).lower()})"
    if isinstance(waarde, int | float):
        return f"het getal {waarde}"
    if isinstance(waarde, str):
        if len(waarde) > MAX_TOON or "\n" in waarde:
            return f"een tekst van {len(waarde)} tekens"
        return f"de tekst '{waarde}'"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, Mapping):
        return "sleutels met waarden"
    return f"'{waarde}'"


def _opsomming(waarden: Any) -> str:
    return ", ".join(str(w) for w in waarden)


def _onbekend(wat: str, waarde: str, bekend: Any) -> str:
    bekend_lijst = [str(b) for b in bekend]
    if len(waarde) > MAX_TOON:
        return f"{wat}: {_soort(waarde)}."
    bericht = f"{wat} '{waarde}'"
    gelijkend = difflib.get_close_matches(waarde, bekend_lijst, n=1, cutoff=0.6)
    if gelijkend:
        return f"{bericht} (bedoel je '{gelijkend[0]}'?)."
    if bekend_lijst:
        return f"{bericht} (kies uit: {_opsomming(bekend_lijst)})."
    return f"{bericht}."
