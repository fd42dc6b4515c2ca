"""Rule ``zintuigen``: one story-level finding when a story hardly appeals to the senses."""

from __future__ import annotations

from typing import Any

import pytest

from verhaal.checker import Bevinding, CheckConfig, RegelInstelling, check, lees_document
from verhaal.checker.rules import REGELS
from verhaal.checker.rules.zintuigen import meet

DROOG_MET_METAFOREN = """# Het nieuwe rooster

Er was eens een jongen uit de tweede klas die vaak zijn huiswerk vergat. Zijn mentor
besprak het met zijn ouders, en er kwam een warme overdracht naar de zorgcoördinator.

De directeur gaf groen licht voor een aangepast rooster. Daardoor kreeg hij elke dag een
vast uur om zijn taken af te maken.

Aan het einde van het jaar had hij alles ingeleverd. Zijn ouders waren blij.
"""

DROOG_ZONDER_TITEL = """Er was eens een meisje dat van school wisselde. De administratie regelde de
inschrijving en de mentor stuurde het dossier door.

Na de herfstvakantie begon ze in een nieuwe klas. Ze haalde voldoendes voor alle vakken en
koos aan het einde van het jaar voor een vervolgopleiding.
"""

ZINTUIGLIJK = [
    # smell only
    "# De gang\n\nEr was eens een jongen die altijd als laatste binnenkwam. In de gang hing "
    "de geur van natte jassen. Hij hing zijn tas op en ging zitten.\n",
    # sound and temperature, with a compound
    "# Winter\n\nDe verwarming tikte in het lokaal. Zijn vingers waren ijskoud toen hij "
    "binnenkwam, en hij wreef ze tegen elkaar.\n",
    # emotion shown in the body
    "# Het spreekbeurtje\n\nHaar kin trilde toen ze voor de klas stond. Ze beet op haar lip "
    "en begon toch te praten.\n",
    # colour, in a compound, and speech
    "# De regenjas\n\nHij droeg een felgele regenjas. „Die zie je van ver,” zei de juf.\n",
]


def zintuig_bevindingen(tekst: str, soort: str = "md", **opties: Any) -> list[Bevinding]:
    regels = {r: RegelInstelling(aan=False) for r in REGELS if r != "zintuigen"}
    regels["zintuigen"] = RegelInstelling(opties=opties)
    return check(tekst, CheckConfig(regels=regels), soort)  # type: ignore[arg-type]


def test_droog_verhaal_krijgt_een_bevinding_bij_de_titel() -> None:
    (bevinding,) = zintuig_bevindingen(DROOG_MET_METAFOREN)
    assert bevinding.regel == "zintuigen"
    assert bevinding.ernst == "waarschuwing"
    assert bevinding.tekst == "Het nieuwe rooster"
    assert DROOG_MET_METAFOREN[bevinding.start : bevinding.eind] == "Het nieuwe rooster"
    assert bevinding.suggestie is None
    # 'blij' is a feeling named in passing: the senses are missing, the feeling is not.
    assert "geuren" in bevinding.bericht and "smaken" in bevinding.bericht
    assert "geluiden" in bevinding.bericht
    assert "gevoelens" not in bevinding.bericht


def test_zonder_titel_aan_het_begin_met_lengte_nul() -> None:
    (bevinding,) = zintuig_bevindingen(DROOG_ZONDER_TITEL)
    assert (bevinding.start, bevinding.eind, bevinding.tekst) == (0, 0, "")
    assert "kleuren en licht" in bevinding.bericht
    assert "gevoelens die je kunt zien of voelen" in bevinding.bericht


@pytest.mark.parametrize("tekst", ZINTUIGLIJK)
def test_zintuiglijk_verhaal_blijft_stil(tekst: str) -> None:
    assert zintuig_bevindingen(tekst) == []


def test_metaforen_tellen_niet() -> None:
    doc = lees_document(DROOG_MET_METAFOREN)
    gemeten = meet(doc)
    assert gemeten["tast"] == {} and gemeten["zicht"] == {}
    assert gemeten["gevoel"] == {"blij": 0.5}


def test_meet_per_zintuig() -> None:
    doc = lees_document(ZINTUIGLIJK[1])
    gemeten = meet(doc)
    assert gemeten["geluid"] == {"tikte": 1.0}
    assert gemeten["tast"] == {"ijskoud": 1.0, "wreef": 1.0}
    assert gemeten["geur"] == {} and gemeten["smaak"] == {}


def test_titel_telt_niet_mee() -> None:
    assert zintuig_bevindingen("# Rood en geurig\n\nDe mentor belde de ouders.\n") != []


def test_drempel_instelbaar() -> None:
    assert zintuig_bevindingen(DROOG_ZONDER_TITEL, minimum=0.0) == []
    assert zintuig_bevindingen(ZINTUIGLIJK[0], minimum=5.0) != []


def test_extra_woorden_tellen_volledig() -> None:
    tekst = "# Pauze\n\nDe mentor gaf hem een zakje pepernoten mee.\n"
    assert zintuig_bevindingen(tekst) != []
    assert zintuig_bevindingen(tekst, extra_woorden=["Pepernoten"]) == []


def test_leeg_verhaal_zonder_bevinding() -> None:
    assert zintuig_bevindingen("") == []
    assert zintuig_bevindingen("# Alleen een titel\n") == []


def test_txt_titelregel() -> None:
    tekst = "Het dossier\n\n" + DROOG_ZONDER_TITEL
    (bevinding,) = zintuig_bevindingen(tekst, "txt")
    assert bevinding.tekst == "Het dossier"


def test_regel_declaratie() -> None:
    regel = REGELS["zintuigen"]
    assert regel.ernst == "waarschuwing"
    assert regel.opties["minimum"].standaard == 1.0
    assert regel.opties["minimum"].soort is float


def test_algemene_waarneemwerkwoorden_tellen_weinig() -> None:
    tekst = (
        "# Het gesprek\n\nZe voelde zich niet gehoord. De mentor zag dat en belde haar ouders.\n"
    )
    gemeten = meet(lees_document(tekst))
    assert gemeten["tast"] == {"voelde": 0.25}
    assert gemeten["geluid"] == {"gehoord": 0.25}
    assert len(zintuig_bevindingen(tekst)) == 1


DROOG_LEESHULP = """# Lezen met hulp

Er was eens een jongen die alle letters kende, maar ze niet aan elkaar kon plakken. Een
vrijwilliger oefende elke week klanken met hem. Het plan klonk eenvoudig, en aan het einde van
het jaar las hij zijn eerste boekje uit.
"""


def test_schoolwoorden_met_een_tweede_betekenis_wegen_licht() -> None:
    """'klanken' in a reading lesson, 'plakken' of letters, 'klonk' of a plan: no scene."""
    gemeten = meet(lees_document(DROOG_LEESHULP))
    assert gemeten["geluid"] == {"klanken": 0.25, "klonk": 0.5}
    assert gemeten["tast"] == {"plakken": 0.5}
    assert len(zintuig_bevindingen(DROOG_LEESHULP)) == 1


def test_alleen_genoemde_gevoelens_zijn_niet_genoeg() -> None:
    """Weak words alone need one and a half times the minimum; one concrete word is enough."""
    genoemd = "# Het rapport\n\nZe was boos en bang, en keek naar het rapport.\n"
    assert len(zintuig_bevindingen(genoemd)) == 1  # 0.5 + 0.5 + 0.25, nothing concrete
    concreet = "# Het rapport\n\nZe was boos en bang, en haar handen trilden.\n"
    assert zintuig_bevindingen(concreet) == []
    veel = (
        "# Buiten\n\nHet was lekker weer. De zon, de wind, een zachte regen; thee en koffie "
        "op het plein.\n"
    )
    assert zintuig_bevindingen(veel) == []  # only weak words, but many of them


def test_literaal_plakken_en_klinken_tellen_nog_mee() -> None:
    tekst = "# Knutselen\n\nDe lijm plakte aan haar vingers en de schaar klonk scherp.\n"
    gemeten = meet(lees_document(tekst))
    assert gemeten["tast"] == {"plakte": 0.5}
    assert gemeten["geluid"] == {"klonk": 0.5}
    assert zintuig_bevindingen(tekst) == []  # three weak words make a scene


def test_figuurlijke_woorden_uit_school_en_kantoor_tellen_niet() -> None:
    tekst = (
        "# De vergadering\n\nEr was een felle discussie over de nieuwe klassen. De directeur "
        "moest kleur bekennen, en dat was zuur voor de leraren.\n"
    )
    gemeten = meet(lees_document(tekst))
    assert all(not woorden for woorden in gemeten.values())
    assert len(zintuig_bevindingen(tekst)) == 1
    letterlijk = "# De zomer\n\nDe felle zon brandde op het plein.\n"
    assert meet(lees_document(letterlijk))["zicht"] == {"felle": 1.0}
