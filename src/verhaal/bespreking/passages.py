"""Passages: sentences of the story the reviewer picks, each with a remark.

The feedback form asks for at most three passages that inspire and at most three that
appeal least. They are chosen from the story's own sentences (``verhaalzinnen``), at the
terminal through the shared Vrager, or from an answers file::

    inspireert:
      - zin: 2                       # the number in the list of sentences,
        opmerking: Dit zie ik zo voor me.
      - zin: De gang rook naar natte jassen.   # the sentence, or a unique part of it
    spreekt_minder_aan:
      - achterin de klas             # short form: only the sentence, no remark
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from verhaal.bespreking.model import Passage, Passagegroep
from verhaal.taal import aantal

if TYPE_CHECKING:
    from verhaal.flow.vrager import Vraagstuk, Vrager
    from verhaal.yamlbron import Plek

MAX_PASSAGES = 3


@dataclass(frozen=True)
class Soort:
    """One kind of passage on the feedback form."""

    sleutel: str
    kop: str
    vraag: str
    opmerking: str


SOORTEN = (
    Soort(
        "inspireert",
        "Wat mij inspireert",
        "Welke zinnen inspireren je? Kies er hoogstens drie.",
        "Wat raakt je in deze zin?",
    ),
    Soort(
        "spreekt_minder_aan",
        "Wat mij minder aanspreekt",
        "Welke zinnen spreken je minder aan? Kies er hoogstens drie.",
        "Wat werkt voor jou minder in deze zin?",
    ),
)
SLEUTELS = tuple(s.sleutel for s in SOORTEN)


def als_groepen(gekozen: Mapping[str, Sequence[Passage]]) -> tuple[Passagegroep, ...]:
    """The chosen passages as form items, in the form's order."""
    return tuple(Passagegroep(s.kop, tuple(gekozen.get(s.sleutel, ()))) for s in SOORTEN)


def als_data(passages: Sequence[Passage]) -> list[dict[str, str]]:
    """Plain data for the autosave."""
    return [{"zin": p.zin, "opmerking": p.opmerking} for p in passages]


def uit_data(data: Any) -> list[Passage]:
    """Passages back from the autosave (anything unexpected is dropped)."""
    if not isinstance(data, list):
        return []
    return [
        Passage(str(d.get("zin", "")), str(d.get("opmerking") or ""))
        for d in data
        if isinstance(d, Mapping) and d.get("zin")
    ]


def _normaal(tekst: str) -> str:
    return " ".join(tekst.split()).casefold()


def zoek_zin(zinnen: Sequence[str], waarde: object) -> str:
    """The sentence meant by ``waarde``: a 1-based number, the sentence, or a unique part.

    Raises ``ValueError`` with a Dutch explanation when nothing (or more than one
    sentence) matches.
    """
    if isinstance(waarde, bool):
        raise ValueError(f"{waarde!r} is geen zin uit het verhaal.")
    if isinstance(waarde, int) or (isinstance(waarde, str) and waarde.strip().isdigit()):
        nummer = int(waarde)
        if 1 <= nummer <= len(zinnen):
            return zinnen[nummer - 1]
        raise ValueError(
            f"het verhaal heeft {aantal(len(zinnen), 'zin', 'zinnen')}; zin {nummer} bestaat niet."
        )
    if not isinstance(waarde, str) or not waarde.strip():
        raise ValueError("geef een zin uit het verhaal, een stukje ervan of het nummer.")
    gezocht = _normaal(waarde).rstrip(".!?…")
    for zin in zinnen:
        if _normaal(zin).rstrip(".!?…") == gezocht:
            return zin
    passend = [zin for zin in zinnen if gezocht in _normaal(zin)]
    if len(passend) == 1:
        return passend[0]
    if len(passend) > 1:
        raise ValueError(f"'{waarde}' staat in {len(passend)} zinnen; maak het stukje langer.")
    raise ValueError(f"'{waarde}' staat niet in het verhaal.")


def zinnenlijst(zinnen: Sequence[str]) -> str:
    """The numbered sentences, for error messages."""
    return "\n".join(f"  {i}. {zin}" for i, zin in enumerate(zinnen, start=1))


def lees_passages(
    data: Mapping[str, Any], plek: Plek, zinnen: Sequence[str], naam_in: Callable[[str], bool]
) -> dict[str, list[Passage]]:
    """The passages in an answers file (``data`` is the whole file, ``plek`` its root).

    Errors name the file, line and key; a remark containing the pupil's name is refused.
    """
    resultaat: dict[str, list[Passage]] = {}
    al_gekozen: dict[str, str] = {}
    for soort in SOORTEN:
        lijst = data.get(soort.sleutel)
        if lijst is None:
            continue
        p = plek / soort.sleutel
        if not isinstance(lijst, list):
            lijst = [lijst]
        if len(lijst) > MAX_PASSAGES:
            raise p.fout(f"kies hoogstens {MAX_PASSAGES} zinnen (nu {len(lijst)}).")
        passages: list[Passage] = []
        for index, item in enumerate(lijst):
            ip = p / index
            opmerking: object = ""
            waarde: object = item
            if isinstance(item, Mapping):
                onbekend = [k for k in item if k not in ("zin", "opmerking")]
                if onbekend:
                    raise (ip / onbekend[0]).fout("onbekende sleutel (bekend: zin, opmerking).")
                if "zin" not in item:
                    raise ip.fout("'zin' ontbreekt: welke zin uit het verhaal bedoel je?")
                waarde, opmerking = item["zin"], item.get("opmerking") or ""
            try:
                zin = zoek_zin(zinnen, waarde)
            except ValueError as fout:
                raise (ip / "zin" if isinstance(item, Mapping) else ip).fout(
                    f"{fout} De zinnen van het verhaal:\n{zinnenlijst(zinnen)}"
                ) from None
            if zin in al_gekozen:
                raise ip.fout(f"deze zin staat al bij '{al_gekozen[zin]}'.")
            al_gekozen[zin] = soort.sleutel
            if not isinstance(opmerking, str):
                raise (ip / "opmerking").fout("verwacht een tekst.")
            if naam_in(opmerking):
                raise (ip / "opmerking").fout(NAAM_BERICHT)
            passages.append(Passage(zin, opmerking.strip()))
        resultaat[soort.sleutel] = passages
    return resultaat


NAAM_BERICHT = (
    "Hier staat de naam van de leerling. Schrijf 'de leerling', 'hij' of 'zij'; zo komt de "
    "naam in geen enkel bestand terecht."
)


def vraag_passages(
    vrager: Vrager,
    zinnen: Sequence[str],
    eerder: Mapping[str, Sequence[Passage]],
    naam_in: Callable[[str], bool],
) -> dict[str, list[Passage]]:
    """Ask for the passages through the Vrager; earlier choices are the defaults."""
    from verhaal.flow.vrager import Vraagstuk
    from verhaal.werkvorm.model import Keuze

    resultaat: dict[str, list[Passage]] = {}
    bezet: set[str] = set()
    if not zinnen:
        vrager.toon("Het verhaal heeft geen zinnen om uit te kiezen.", "melding")
        return resultaat
    for soort in SOORTEN:
        vorige = {p.zin: p.opmerking for p in eerder.get(soort.sleutel, ())}
        beschikbaar = [(i, z) for i, z in enumerate(zinnen, start=1) if z not in bezet]
        keuzes = tuple(Keuze(str(i), z) for i, z in beschikbaar)
        vraagstuk = Vraagstuk(
            sleutel=soort.sleutel,
            soort="meerkeuze",
            tekst=soort.vraag,
            uitleg="Je mag er ook geen kiezen.",
            keuzes=keuzes,
            standaard=[str(i) for i, z in beschikbaar if z in vorige],
        )
        gekozen = _kies_zinnen(vrager, vraagstuk, {str(i): z for i, z in beschikbaar})
        passages = []
        for nummer, zin in enumerate(gekozen, start=1):
            opmerking = _vraag_opmerking(
                vrager,
                Vraagstuk(
                    sleutel=f"{soort.sleutel}_opmerking",
                    soort="lang",
                    tekst=soort.opmerking,
                    uitleg="Een paar woorden is genoeg.",
                    herinneringen=(f"«{zin}»",),
                    standaard=vorige.get(zin),
                    index=nummer - 1,
                    aantal=len(gekozen),
                ),
                naam_in,
            )
            passages.append(Passage(zin, opmerking))
        bezet.update(gekozen)
        resultaat[soort.sleutel] = passages
    return resultaat


def _kies_zinnen(vrager: Vrager, vraagstuk: Vraagstuk, per_waarde: Mapping[str, str]) -> list[str]:
    from dataclasses import replace

    while True:
        ruw = vrager.vraag(vraagstuk)
        waarden = ruw if isinstance(ruw, list) else ([] if ruw in (None, "") else [ruw])
        onbekend = [w for w in waarden if str(w) not in per_waarde]
        if onbekend:
            vrager.ongeldig(vraagstuk, f"'{onbekend[0]}' is geen van de zinnen.")
            continue
        if len(waarden) > MAX_PASSAGES:
            vrager.ongeldig(
                vraagstuk, f"Kies hoogstens {MAX_PASSAGES} zinnen (je koos er {len(waarden)})."
            )
            vraagstuk = replace(vraagstuk, standaard=[str(w) for w in waarden])
            continue
        return [per_waarde[str(w)] for w in waarden]


def _vraag_opmerking(vrager: Vrager, vraagstuk: Vraagstuk, naam_in: Callable[[str], bool]) -> str:
    from dataclasses import replace

    while True:
        ruw = vrager.vraag(vraagstuk)
        tekst = "" if ruw is None else str(ruw).strip()
        if naam_in(tekst):
            vrager.ongeldig(vraagstuk, NAAM_BERICHT)
            vraagstuk = replace(vraagstuk, standaard=tekst)
            continue
        return tekst


def naam_zoeker(namen: Sequence[str]) -> Callable[[str], bool]:
    """Whether a text contains one of ``namen`` (as :mod:`verhaal.leerlingnaam` finds it)."""
    from verhaal.leerlingnaam import NaamZoeker

    return NaamZoeker(namen).bevat
