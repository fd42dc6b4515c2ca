"""The privacy promise, tested end to end: the pupil's name reaches no file.

Every writer is driven with a table of spellings of a name (capitals, decomposed accents,
invisible characters, parts of a full name, compounds, possessives, diminutives, Daniël
for Daniel): ``schrijf --antwoorden``, ``schrijf --uit``, ``bespreek``, ``werkvorm doe``,
``medium``, ``controleer`` (its cache). The terminal flow, ``--hervat`` and the hidden
name prompt are driven through a pty (below). After each run every file
name and every file's text under the working folder (drafts included) and the cache
folder is folded with a normaliser of this module's own (not the one under test) and
searched for the name: a plain substring search, so a missed form shows up.

At a terminal (through a pty): the hidden name prompt, the refusal of spellings typed as
answers, the draft's permissions and name flag, resuming a draft with and without the
name, and the private ``--editor`` file, also when Ctrl-C is pressed in the editor.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from verhaal.cli import app
from verhaal.errors import VerhaalFout
from verhaal.flow import Concept, Staat

try:
    import pexpect
except ImportError:  # pragma: no cover - pexpect is a dev dependency
    pexpect = None

REPO = Path(__file__).resolve().parent.parent
VOORBEELD = REPO / "voorbeelden" / "antwoorden.yaml"

# --- the independent scan --------------------------------------------------------------

_ONZICHTBAAR = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_PARTIKELS = {"van", "de", "der", "den", "ter", "ten", "te", "het"}


def los_gevouwen(tekst: str) -> str:
    """Compatibility forms, accents and invisible characters gone, case-folded."""
    kaal = "".join(
        c
        for c in unicodedata.normalize("NFKD", tekst)
        if not unicodedata.combining(c) and c not in _ONZICHTBAAR
    )
    return kaal.casefold()


def kernen(namen: Iterable[str]) -> set[str]:
    """What must not occur anywhere: every part of every name, folded."""
    delen: set[str] = set()
    for naam in namen:
        woorden = "".join(c if c.isalpha() else " " for c in los_gevouwen(naam)).split()
        delen.update(w for w in woorden if len(w) > 1 and w not in _PARTIKELS)
    return delen


def gemengd_schrift(tekst: str) -> list[str]:
    """Words that mix Latin letters with Cyrillic or Greek ones: in these tests only a
    look-alike spelling of the name (Dаan with a Cyrillic а) makes one, so any such word in
    a written file is the name, however the product folds it."""
    woorden = "".join(c if c.isalpha() else " " for c in tekst).split()
    return [
        w
        for w in woorden
        if any(c.isascii() for c in w)
        and any(unicodedata.name(c, "").startswith(("CYRILLIC", "GREEK")) for c in w)
    ]


def scan(mappen: Iterable[Path], namen: Iterable[str], invoer: Iterable[Path] = ()) -> list[str]:
    """Every file or folder name, and every file's text, that holds one of ``namen`` (or a
    word in mixed scripts, see :func:`gemengd_schrift`).

    ``invoer`` are the test's own input files (an answers file that holds the name on
    purpose); their text is not scanned, their names are.
    """
    gezocht = kernen(namen)
    overslaan = {p.resolve() for p in invoer}
    treffers: list[str] = []
    for map_ in mappen:
        if not map_.exists():
            continue
        for pad in sorted(map_.rglob("*")):
            relatief = los_gevouwen(str(pad.relative_to(map_)))
            treffers.extend(f"naam van {pad}" for kern in gezocht if kern in relatief)
            treffers.extend(f"naam van {pad}: {w}" for w in gemengd_schrift(relatief))
            if not pad.is_file() or pad.resolve() in overslaan:
                continue
            tekst = los_gevouwen(pad.read_bytes().decode("utf-8", errors="replace"))
            treffers.extend(f"tekst van {pad}: {kern}" for kern in gezocht if kern in tekst)
            treffers.extend(f"tekst van {pad}: {w}" for w in gemengd_schrift(tekst))
    return treffers


def cache_map() -> Path:
    return Path(os.environ["VERHAAL_CACHE_MAP"])


# --- the spellings ---------------------------------------------------------------------

NFD_DANIEL = unicodedata.normalize("NFD", "Daniël")

SPELLINGEN: list[tuple[str, str, str]] = [
    # (naam gegeven, zo staat hij in de tekst, waarom)
    ("Daan", "DAAN", "hoofdletters"),
    ("Daan", "daan", "kleine letters"),
    ("Daniël", "Daniel", "zonder trema"),
    ("Daniel", "Daniël", "met trema"),
    ("Daniël", NFD_DANIEL, "trema als los teken (NFD)"),
    ("Zwaantje Klaassen", "Zwaantje, een stil meisje,", "voornaam van een volledige naam"),
    ("Zwaantje Klaassen", "de moeder van Klaassen", "achternaam van een volledige naam"),
    ("Zwaantje", "Zwaan\u00adtje", "zacht afbreekstreepje"),
    ("Daan", "Da\u200ban", "spatie zonder breedte"),
    ("Daan", "Da\u200dan", "verbinder zonder breedte"),
    ("Daan", "Da\u2060an", "woordverbinder"),
    ("Daan", "\ufeffDaan", "BOM"),
    ("Daan", "Ｄａａｎ", "brede letters (NFKC)"),
    ("Zwaantje", "het Zwaantjesplan", "begin van een samenstelling"),
    ("Daan", "Daans tas", "bezits-s"),
    ("Daan", "Daan's tas", "apostrof-s"),
    ("Daan", "Daan’s tas", "krullende apostrof"),
    ("Daan", "Daantje", "verkleinwoord"),
    ("Daan", "Daantjes", "meervoud van het verkleinwoord"),
    ("Daan", "Daanje", "verkleinwoord op -je"),
    ("Daan", "D\u0430an", "Cyrillische a die op een Latijnse lijkt"),
    ("Noor", "N\u03bf\u03bfr", "Griekse omikrons"),
    ("Sem", "\u0405\u0415\u041c", "Cyrillische hoofdletters"),
]
IDS = [waarom for _, _, waarom in SPELLINGEN]


def roep(*args: str) -> tuple[int, str]:
    """Run the CLI as ``main()`` would: a VerhaalFout becomes its message and exit code."""
    resultaat = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    if isinstance(resultaat.exception, VerhaalFout):
        return resultaat.exception.exit_code, resultaat.output + resultaat.exception.bericht
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception
    return resultaat.exit_code, resultaat.output


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    map_ = tmp_path / "werk"
    map_.mkdir()
    monkeypatch.chdir(map_)
    return map_


def namenlijst(map_: Path, *namen: str) -> Path:
    pad = map_.parent / "klas.txt"  # outside the working folder: it holds the names
    pad.write_text("# groep 6\n" + "".join(f"{n}\n" for n in namen), encoding="utf-8")
    return pad


def antwoorden_met(map_: Path, sleutel: str, tekst: str) -> Path:
    """The example answers with ``tekst`` worked into the answer to ``sleutel``."""
    data = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    if sleutel == "verhaal":
        data["verhaal"][1] = f"Op een dag stond {tekst} stil bij de deur."
    else:
        data[sleutel] = f"{data[sleutel]} Dat vond {tekst} ook."
    pad = map_ / "antwoorden.yaml"
    pad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return pad


# --- schrijf ---------------------------------------------------------------------------


@pytest.mark.parametrize(("naam", "spelling", "waarom"), SPELLINGEN, ids=IDS)
@pytest.mark.parametrize("sleutel", ["voorval", "titel", "verhaal"])
def test_schrijf_weigert_elke_spelling(
    werkmap: Path, naam: str, spelling: str, waarom: str, sleutel: str
) -> None:
    antwoorden = antwoorden_met(werkmap, sleutel, spelling)
    code, uitvoer = roep(
        "schrijf", "-a", str(antwoorden), "--namen", str(namenlijst(werkmap, naam))
    )
    assert code == 2, uitvoer
    assert "naam van de leerling" in uitvoer
    assert not list(werkmap.glob("*.md"))
    assert scan([werkmap, cache_map()], [naam], invoer=[antwoorden]) == []


def test_schrijf_met_naam_en_een_schoon_antwoord_bewaart_zonder_naam(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "-a", str(VOORBEELD), "--naam", "Zwaantje Klaassen")
    assert code == 0, uitvoer
    assert (werkmap / "de-rode-rugzak.md").is_file()
    assert scan([werkmap, cache_map()], ["Zwaantje Klaassen"]) == []


@pytest.mark.parametrize(
    ("naam", "uit"),
    [
        ("Zwaantje Klaassen", "verhaal-zwaantje.md"),
        ("Zwaantje", "zwaantjesverhaal.md"),
        ("Daniël", "Daniel.md"),
        ("Daniel", NFD_DANIEL + ".md"),
        ("Daan", "daan/verhaal.md"),
        ("Roos", "over-roos.md"),  # a word too, but in a file name it is the name
    ],
)
def test_schrijf_weigert_een_bestandsnaam_met_de_naam(werkmap: Path, naam: str, uit: str) -> None:
    code, uitvoer = roep("schrijf", "-a", str(VOORBEELD), "--naam", naam, "--uit", uit)
    assert code == 2, uitvoer
    assert "bevat de naam van de leerling" in uitvoer
    assert uit not in uitvoer  # the refusal does not repeat the name either
    assert list(werkmap.iterdir()) == []


def test_geen_bestandsnaam_uit_een_titel_met_de_naam(werkmap: Path) -> None:
    # 'zwaantje' in lower case is a word (a little swan), so the title may hold it; the
    # file name derived from it would hold the name: the story is called verhaal.md.
    data = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    data["titel"] = "Het zwaantje in de regen"
    antwoorden = werkmap.parent / "a.yaml"
    antwoorden.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, uitvoer = roep("schrijf", "-a", str(antwoorden), "--naam", "Zwaantje")
    assert code == 0, uitvoer
    assert sorted(p.name for p in werkmap.iterdir()) == [
        "verhaal.aantekeningen.md",
        "verhaal.md",
    ]


# --- bespreek --------------------------------------------------------------------------

VERHAAL = """\
# De rode jas van {b}

Er was eens een jongen met een rode jas. {a} zat altijd achterin de klas.

Op een ochtend kwam hij te laat. De jas van {b} was nat. {c} keek naar de grond.
"""

BESPREKING = """\
plotvraag: Zal hij op tijd durven komen?
hulp: De mentor die bij de deur wachtte.
emoties: Schaamte, en later opluchting.
beeld: De natte jassen in de gang.
effect: De schaamte voel je goed.
boodschap: Kleine aandacht helpt.
effect_op_mij: {opmerking}
voor_wie: [team]
ontbreekt: Hoe het afliep.
inspireert: [1, 2]
spreekt_minder_aan: [3]
"""


@pytest.mark.parametrize(("naam", "spelling", "waarom"), SPELLINGEN, ids=IDS)
def test_bespreking_maskeert_elke_spelling_in_zinnen_en_bevindingen(
    werkmap: Path, naam: str, spelling: str, waarom: str
) -> None:
    verhaal = werkmap / "jas.md"
    verhaal.write_text(VERHAAL.format(a=spelling, b=spelling, c=spelling), encoding="utf-8")
    antwoorden = werkmap.parent / "antwoorden.yaml"
    antwoorden.write_text(BESPREKING.format(opmerking="Ik dacht aan mijn klas."), "utf-8")
    code, uitvoer = roep("bespreek", str(verhaal), "-a", str(antwoorden), "--naam", naam)
    assert code == 0, uitvoer
    besproken = werkmap / "jas.bespreking.md"
    assert "[naam]" in besproken.read_text(encoding="utf-8")
    assert scan([werkmap, cache_map()], [naam], invoer=[verhaal]) == []


@pytest.mark.parametrize(("naam", "spelling", "waarom"), SPELLINGEN, ids=IDS)
def test_bespreking_weigert_een_opmerking_met_de_naam(
    werkmap: Path, naam: str, spelling: str, waarom: str
) -> None:
    verhaal = werkmap / "jas.md"
    verhaal.write_text(VERHAAL.format(a="Hij", b="hem", c="Hij"), encoding="utf-8")
    antwoorden = werkmap.parent / "antwoorden.yaml"
    antwoorden.write_text(BESPREKING.format(opmerking=f"Ik dacht aan {spelling}."), "utf-8")
    code, uitvoer = roep(
        "bespreek", str(verhaal), "-a", str(antwoorden), "--namen", str(namenlijst(werkmap, naam))
    )
    assert code == 2, uitvoer
    assert not (werkmap / "jas.bespreking.md").exists()
    assert scan([werkmap, cache_map()], [naam]) == []


def test_bespreking_weigert_een_verhaal_met_de_naam_in_de_bestandsnaam(werkmap: Path) -> None:
    verhaal = werkmap / "verhaal-van-daantje.md"
    verhaal.write_text(VERHAAL.format(a="Hij", b="hem", c="Hij"), encoding="utf-8")
    antwoorden = werkmap.parent / "antwoorden.yaml"
    antwoorden.write_text(BESPREKING.format(opmerking="Mooi."), "utf-8")
    code, uitvoer = roep("bespreek", str(verhaal), "-a", str(antwoorden), "--naam", "Daan")
    assert code == 2, uitvoer
    assert sorted(p.name for p in werkmap.iterdir()) == ["verhaal-van-daantje.md"]


# --- werkvorm doe, medium, controleer --------------------------------------------------

DROOM = """\
id: droom
titel: De droom
uitleg: Schrijf over de school over twee jaar.
thema: leren-en-innoveren
controle:
  regels:
    titel: false
fasen:
  - id: dromen
    titel: Dromen
    uitleg: Schrijf je droom.
    vragen:
      - {id: wens, soort: kort, vraag: "Wat wens je?"}
      - {id: tekst, soort: herschrijf, vraag: "Schrijf je droom."}
      - {id: nakijken, soort: controle, vraag: "Kijk je tekst na."}
"""


@pytest.mark.parametrize(("naam", "spelling", "waarom"), SPELLINGEN, ids=IDS)
def test_werkvorm_doe_schrijft_een_verhaal_met_de_naam_gemaskeerd(
    werkmap: Path, naam: str, spelling: str, waarom: str
) -> None:
    (werkmap / "werkvormen").mkdir()
    (werkmap / "werkvormen" / "droom.yaml").write_text(DROOM, encoding="utf-8")
    verhaal = werkmap / "jas.md"
    verhaal.write_text(VERHAAL.format(a=spelling, b=spelling, c=spelling), encoding="utf-8")
    antwoorden = werkmap.parent / "a.yaml"
    antwoorden.write_text("wens: rust\n", encoding="utf-8")
    code, uitvoer = roep(
        "werkvorm", "doe", "droom", "--verhaal", "jas.md", "-a", str(antwoorden), "-n", naam
    )
    assert code == 1, uitvoer  # written, with the name as an open finding
    assert "[naam]" in (werkmap / "jas.droom.md").read_text(encoding="utf-8")
    assert (werkmap / "jas.droom.aantekeningen.md").is_file()
    assert scan([werkmap, cache_map()], [naam], invoer=[verhaal]) == []


@pytest.mark.parametrize(("naam", "spelling", "waarom"), SPELLINGEN, ids=IDS)
def test_werkvorm_doe_weigert_een_antwoord_met_de_naam(
    werkmap: Path, naam: str, spelling: str, waarom: str
) -> None:
    (werkmap / "werkvormen").mkdir()
    (werkmap / "werkvormen" / "droom.yaml").write_text(DROOM, encoding="utf-8")
    antwoorden = werkmap.parent / "a.yaml"
    antwoorden.write_text(
        yaml.safe_dump({"wens": f"Dat {spelling} blij is."}),
        encoding="utf-8",
    )
    code, uitvoer = roep("werkvorm", "doe", "droom", "-a", str(antwoorden), "--naam", naam)
    assert code == 2, uitvoer
    assert scan([werkmap, cache_map()], [naam]) == []


def test_werkvorm_doe_weigert_uit_en_verhaal_met_de_naam(werkmap: Path) -> None:
    (werkmap / "werkvormen").mkdir()
    (werkmap / "werkvormen" / "droom.yaml").write_text(DROOM, encoding="utf-8")
    antwoorden = werkmap.parent / "a.yaml"
    antwoorden.write_text("wens: rust\n", encoding="utf-8")
    code, uitvoer = roep(
        "werkvorm", "doe", "droom", "-a", str(antwoorden), "-n", "Daan", "--uit", "daans.md"
    )
    assert code == 2, uitvoer
    (werkmap / "daan.md").write_text("# Jas\n\nHij liep.\n", encoding="utf-8")
    code, uitvoer = roep(
        "werkvorm", "doe", "droom", "-a", str(antwoorden), "-n", "Daan", "--verhaal", "daan.md"
    )
    assert code == 2, uitvoer
    assert sorted(p.name for p in werkmap.iterdir()) == ["daan.md", "werkvormen"]


def test_medium_schrijft_niets(werkmap: Path) -> None:
    antwoorden = werkmap.parent / "a.yaml"
    antwoorden.write_text(
        "publiek: ouders\ndoel: informeren\nboodschap: kort\nmiddelen: weinig\n", "utf-8"
    )
    roep("medium", "-a", str(antwoorden))
    assert list(werkmap.iterdir()) == []


@pytest.mark.parametrize("optie", ["--naam", "--namen"])
def test_controleer_met_namen_onthoudt_niets(werkmap: Path, optie: str) -> None:
    (werkmap / "jas.md").write_text(
        VERHAAL.format(a="Zwaantje", b="Daniël", c="Zwaan\u00adtje"), encoding="utf-8"
    )
    waarde = "Zwaantje" if optie == "--naam" else str(namenlijst(werkmap, "Zwaantje"))
    code, uitvoer = roep("controleer", optie, waarde, "jas.md")
    assert code == 1, uitvoer
    assert uitvoer.count("naam van de leerling") == 2
    assert list(cache_map().iterdir()) == []
    # Without names the cache is used (so the check above can fail).
    assert roep("controleer", "jas.md")[0] in (0, 1)
    assert list(cache_map().iterdir())


# --- generated spellings ---------------------------------------------------------------


@st.composite
def spelling(draw: st.DrawFn) -> tuple[str, str]:
    naam = draw(st.sampled_from(("Daan", "Daniël", "Zwaantje", "Kofi")))
    tekens = []
    for index, teken in enumerate(naam + draw(st.sampled_from(("", "s", "’s", "tje", "tjes")))):
        tekens.append(teken.upper() if index == 0 or draw(st.booleans()) else teken)
        if draw(st.integers(0, 3)) == 0:
            tekens.append(draw(st.sampled_from(_ONZICHTBAAR)))
    vorm = draw(st.sampled_from(("NFC", "NFD", "NFKC")))
    return naam, unicodedata.normalize(vorm, "".join(tekens))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(spelling())
def test_gegenereerde_spellingen_komen_in_geen_bestand(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    naam_spelling: tuple[str, str],
) -> None:
    naam, geschreven = naam_spelling
    map_ = tmp_path_factory.mktemp("werk")
    monkeypatch.chdir(map_)
    verhaal = map_ / "jas.md"
    verhaal.write_text(VERHAAL.format(a=geschreven, b="hem", c=geschreven), encoding="utf-8")
    antwoorden = map_.parent / f"{map_.name}.yaml"
    antwoorden.write_text(BESPREKING.format(opmerking="Mooi."), "utf-8")
    code, uitvoer = roep("bespreek", str(verhaal), "-a", str(antwoorden), "--naam", naam)
    assert code == 0, uitvoer
    assert scan([map_, cache_map()], [naam], invoer=[verhaal]) == []
    schrijf = antwoorden_met(map_, "voorval", geschreven)
    code, uitvoer = roep("schrijf", "-a", str(schrijf), "--naam", naam)
    assert code == 2, uitvoer
    assert scan([map_, cache_map()], [naam], invoer=[verhaal, schrijf]) == []


# --- at a terminal ---------------------------------------------------------------------

SCRIPT = shutil.which("verhaal", path=str(Path(sys.executable).parent))
KLAAR = "\x1b\r"  # Esc, Enter: finish a multi-line answer
LEEG = "\x15" * 3  # Ctrl-U: clear the prefilled (refused) text
ENTER = "\r"
CTRL_C = "\x03"
NAAM = "Zwaantje Klaassen"
EERSTE_VRAAG = "Waarvoor wil je dit verhaal"

zonder_pty = pytest.mark.skipif(
    pexpect is None or SCRIPT is None or sys.platform == "win32",
    reason="needs pexpect, the verhaal script and a pty",
)


def start(map_: Path, *args: str, **omgeving: str) -> Any:
    return pexpect.spawn(
        str(SCRIPT),
        ["schrijf", *args],
        cwd=str(map_),
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(map_.parent / "thuis"),
            "VERHAAL_CACHE_MAP": str(map_.parent / "cache"),
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PROMPT_TOOLKIT_NO_CPR": "1",
            **omgeving,
        },
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 220),
    )


def antwoord(kind: Any, vraag: str, *toetsen: str) -> None:
    kind.expect_exact(vraag)
    if toetsen and any(toetsen):
        kind.expect_exact("›")
    for toets in toetsen:
        kind.send(toets)


def stop(kind: Any, vraag: str) -> None:
    antwoord(kind, vraag, CTRL_C)
    kind.expect(pexpect.EOF)
    kind.close()
    assert kind.exitstatus == 130


@pytest.fixture
def ptymap(tmp_path: Path) -> Path:
    for naam in ("werk", "thuis", "cache"):
        (tmp_path / naam).mkdir()
    return tmp_path / "werk"


def alles(werkmap: Path) -> list[Path]:
    return [werkmap, werkmap.parent / "thuis", werkmap.parent / "cache"]


def modus(pad: Path) -> int:
    return stat.S_IMODE(pad.stat().st_mode)


@zonder_pty
def test_naam_verborgen_gevraagd_geweigerd_en_nergens_bewaard(ptymap: Path) -> None:
    werkmap = ptymap
    kind = start(werkmap)
    kind.expect_exact("Naam van de leerling")
    kind.expect_exact("nergens bewaard")
    kind.expect_exact("›")
    kind.send(NAAM + ENTER)
    kind.expect_exact(EERSTE_VRAAG)
    assert "Zwaantje" not in (kind.before or "")  # typed without being shown
    # Every spelling is refused; after each the prefilled text is cleared.
    for spelling in (
        "Voor Zwaan\u00adtje.",
        "Voor KLAASSEN.",
        "Het Zwaantjesplan.",
        "Voor Zwaantjes",
    ):
        kind.expect_exact("›")
        kind.send(LEEG + spelling + KLAAR)
        kind.expect_exact("naam van de leerling")
    kind.send(LEEG + "Voor een teamgesprek." + KLAAR)
    stop(kind, "Bij welk thema")

    map_ = werkmap / ".verhaal-concepten"
    (concept,) = map_.iterdir()
    assert modus(map_) == 0o700
    assert modus(concept) == 0o600
    data = yaml.safe_load(concept.read_text(encoding="utf-8"))
    assert data["naam_gebruikt"] is True
    assert data["antwoorden"] == {"doel": "Voor een teamgesprek."}
    assert scan(alles(werkmap), [NAAM]) == []


@zonder_pty
def test_hervatten_zonder_naam_vraagt_hem_en_weigert_zonder(ptymap: Path) -> None:
    werkmap = ptymap
    concept = Concept.voor("stapsgewijs", werkmap / ".verhaal-concepten")
    concept.bewaar(Staat(werkvorm="stapsgewijs", antwoorden={"doel": "Voor ons team."}))
    data = yaml.safe_load(concept.pad.read_text(encoding="utf-8"))
    data["naam_gebruikt"] = True
    concept.pad.write_text(yaml.safe_dump(data), encoding="utf-8")
    voor = concept.pad.read_bytes()

    kind = start(werkmap, "--hervat")
    antwoord(kind, "geef hem opnieuw om verder te gaan", ENTER)
    kind.expect_exact("Dit concept is begonnen met de naam van de leerling")
    kind.expect(pexpect.EOF)
    kind.close()
    assert kind.exitstatus == 2
    assert concept.pad.read_bytes() == voor


@zonder_pty
def test_hervatten_met_naam_controleert_elk_bewaard_antwoord(ptymap: Path) -> None:
    werkmap = ptymap
    # A draft from a run without the name holds it; resuming with the class list finds it.
    concept = Concept.voor("stapsgewijs", werkmap / ".verhaal-concepten")
    concept.bewaar(
        Staat(
            werkvorm="stapsgewijs",
            antwoorden={"doel": "Voor Zwaantje.", "thema": "samenwerking"},
            afgerond=["doel", "thema"],
            fasen_klaar=["kaderen"],
            uit="zwaantje.md",
        )
    )
    klas = werkmap.parent / "klas.txt"
    klas.write_text(f"# groep 6\n{NAAM}\n", encoding="utf-8")
    kind = start(werkmap, "--hervat", "--namen", str(klas))
    antwoord(kind, "Je gaat verder met je concept")
    kind.expect_exact("stond één antwoord met de naam van de leerling")
    # The answer with the name is asked again (its phase opened again).
    stop(kind, EERSTE_VRAAG)

    data = yaml.safe_load(concept.pad.read_text(encoding="utf-8"))
    assert "doel" not in data["antwoorden"]
    assert data["antwoorden"]["thema"] == "samenwerking"
    assert data["uit"] is None
    assert data["naam_gebruikt"] is True
    assert modus(concept.pad) == 0o600
    assert scan(alles(werkmap), [NAAM], invoer=[klas]) == []


EDITOR = """\
#!/bin/sh
# Records where it was asked to edit, and how private that folder is.
dir=$(dirname "$1")
echo "$dir" >> "{log}"
stat -c %a "$dir" >> "{log}"
stat -c %a "$1" >> "{log}"
if [ -e "{teller}" ]; then
  sleep 30
else
  touch "{teller}"
  printf 'Voor Daantje.' > "$1"
fi
"""


@zonder_pty
def test_editor_bestand_is_prive_en_verdwijnt_ook_bij_ctrl_c(ptymap: Path) -> None:
    werkmap = ptymap
    log = werkmap.parent / "editor.log"
    script = werkmap.parent / "editor.sh"
    script.write_text(EDITOR.format(log=log, teller=werkmap.parent / "teller"), encoding="utf-8")
    script.chmod(0o700)
    kind = start(werkmap, "--editor", "--naam", "Daan", EDITOR=str(script), VISUAL="")
    kind.expect_exact("naam van de leerling")  # the first edit held the name: refused
    # The second edit hangs in the editor: Ctrl-C there.
    for _ in range(600):
        if log.exists() and len(log.read_text(encoding="utf-8").split()) >= 6:
            break
        time.sleep(0.1)
    kind.send(CTRL_C)
    kind.expect(pexpect.EOF)
    kind.close()
    assert kind.exitstatus == 130
    regels = log.read_text(encoding="utf-8").split()
    eerste, tweede = Path(regels[0]), Path(regels[3])
    assert regels[1] == regels[4] == "700"
    assert regels[2] == regels[5] == "600"
    assert not eerste.exists() and not tweede.exists()
    assert scan(alles(werkmap), ["Daan"]) == []


# --- the parts behind the writers ------------------------------------------------------


def _stapsgewijs() -> Any:
    from verhaal.werkvorm import lees_werkvorm

    return lees_werkvorm(REPO / "werkvormen" / "stapsgewijs.yaml")


def test_gekozen_bestandsnaam_met_de_naam_wordt_geweigerd(tmp_path: Path) -> None:
    from verhaal.flow import GescripteVrager, Verloop, kies_verhaalpad

    (tmp_path / "bestaat.md").write_text("eerder\n", encoding="utf-8")
    vrager = GescripteVrager(
        [
            ("_overschrijven", "andere-naam"),
            ("_uit", str(tmp_path / "Zwaantjes-verhaal.md")),
            ("_overschrijven", "andere-naam"),
            ("_uit", str(tmp_path / "nieuw.md")),
        ]
    )
    verloop = Verloop(_stapsgewijs(), vrager, namen=[NAAM])
    pad = kies_verhaalpad(verloop, tmp_path / "bestaat.md", overschrijf=False, map_=tmp_path)
    assert pad == tmp_path / "nieuw.md"
    assert any("naam van de leerling" in m for m in vrager.meldingen)
    assert vrager.over == 0


def test_hervatten_van_een_concept_met_naam_zonder_naam_stopt(tmp_path: Path) -> None:
    from verhaal.errors import InvoerFout
    from verhaal.flow import GescripteVrager, begin_staat

    concept = Concept.voor("stapsgewijs", tmp_path)
    staat = begin_staat(concept, GescripteVrager([]), "stapsgewijs", hervat=False, namen=[NAAM])
    assert staat.naam_gebruikt
    concept.bewaar(staat)
    tekst = concept.pad.read_text(encoding="utf-8")
    assert "naam_gebruikt: true" in tekst
    assert scan([tmp_path], [NAAM]) == []
    with pytest.raises(InvoerFout, match="begonnen met de naam") as fout:
        begin_staat(concept, GescripteVrager([], interactief=False), "stapsgewijs", hervat=True)
    assert fout.value.exit_code == 2
    assert begin_staat(
        concept, GescripteVrager([]), "stapsgewijs", hervat=True, namen=["Iemand"]
    ).naam_gebruikt


def test_wis_naam_houdt_de_alineas_voor_de_naam(tmp_path: Path) -> None:
    from verhaal.flow.staat import wis_naam
    from verhaal.leerlingnaam import NaamZoeker

    werkvorm = _stapsgewijs()
    staat = Staat(
        werkvorm="stapsgewijs",
        antwoorden={
            "doel": "Voor het team.",
            "held": "een stil meisje",
            "verhaal": ["Er was eens een meisje.", "Zwaantje liep.", "Ze lachte."],
            "titel": "De jas van Klaassen",
        },
        afgerond=["doel", "held", "verhaal", "titel"],
        fasen_klaar=["kaderen", "narratieve-structuur", "vastleggen"],
        alineas=["Er was eens een meisje.", "Zwaantje liep.", "Ze lachte."],
    )
    weg = wis_naam(staat, werkvorm, NaamZoeker([NAAM]))
    assert sorted(weg) == ["alineas", "titel", "verhaal"]
    assert staat.antwoorden["verhaal"] == ["Er was eens een meisje."]
    assert "titel" not in staat.antwoorden
    assert staat.alineas is None
    assert staat.afgerond == ["doel", "held"]
    assert staat.fasen_klaar == ["kaderen", "narratieve-structuur"]
    assert wis_naam(staat, werkvorm, NaamZoeker([NAAM])) == []
