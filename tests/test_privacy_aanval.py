"""Attacks on the privacy promise that the first suite did not cover.

Each case is a spelling a keyboard or a paste produces (a letter without a decomposition such
as ø or the dotless ı, a bidi mark from a paste, a word split at a line end, a digit against
the name, a name part written together), or a route to the disk (the booklet's file name, the
cache of ``controleer`` with names from the configuration). The scan is the one of
:mod:`test_privacy`, extended with the same folding the attack needs, so that it can fail.
"""

from __future__ import annotations

import html
import re
import signal
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml

from test_privacy import (
    VOORBEELD,
    cache_map,
    namenlijst,
    pexpect,
    ptymap,
    roep,
    scan,
    start,
    werkmap,
    zonder_pty,
)
from verhaal.leerlingnaam import NaamZoeker

__all__ = ["ptymap", "werkmap"]  # the fixtures, used by name

# --- the scan, with the extra folding these attacks need ---------------------------------

_ZONDER_ONTBINDING = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


def gevouwen(tekst: str) -> str:
    """Independent of the code under test: compatibility forms, no marks, no format
    characters, HTML character references read as what Markdown shows, the letters without
    a decomposition spelled out, case-folded; a word broken
    at a line end (or quoted on one line: 'Zwaan- tje') joined again."""
    kaal = "".join(
        c
        for c in unicodedata.normalize("NFKD", html.unescape(tekst))
        if unicodedata.category(c) not in ("Mn", "Me", "Cf")
    )
    kaal = kaal.casefold().translate(_ZONDER_ONTBINDING)
    return re.sub(r"-\s+", "", kaal)  # stricter than needed: also joins 'noord- en zuid'


def kernen(namen: Iterable[str]) -> set[str]:
    delen: set[str] = set()
    for naam in namen:
        woorden = "".join(c if c.isalpha() else " " for c in gevouwen(naam)).split()
        delen.update(w for w in woorden if len(w) > 1 and w not in {"van", "de", "der"})
    return delen


def sporen(map_: Path, namen: Iterable[str], invoer: Iterable[Path] = ()) -> list[str]:
    """Every path under ``map_`` and every file text (but ``invoer``) holding a name part."""
    gezocht = kernen(namen)
    overslaan = {p.resolve() for p in invoer}
    treffers: list[str] = []
    for pad in sorted(map_.rglob("*")):
        relatief = gevouwen(str(pad.relative_to(map_)))
        treffers.extend(f"naam van {pad}" for kern in gezocht if kern in relatief)
        if pad.is_file() and pad.resolve() not in overslaan:
            tekst = gevouwen(pad.read_bytes().decode("utf-8", errors="replace"))
            treffers.extend(f"tekst van {pad}: {kern}" for kern in gezocht if kern in tekst)
    return treffers


# --- spellings the matcher missed -------------------------------------------------------

AANVALLEN: list[tuple[str, str, str]] = [
    # (naam gegeven, zo staat hij in de tekst, waarom)
    ("Søren", "Soren", "ø zonder streep getypt"),
    ("Soren", "Søren", "ø geplakt"),
    ("Łukasz", "Lukasz", "ł zonder streep"),
    ("Đorđe", "Dorde", "đ zonder streep"),
    ("Aylin", "Aylın", "Turkse ı zonder punt"),
    ("Işık", "Isik", "Turkse naam zonder ş en ı"),
    ("Ærin", "Aerin", "æ als ae"),
    ("Zwaantje", "Zwaan\u200etje", "links-naar-rechtsteken uit een plakactie"),
    ("Zwaantje", "Zwaan\u202ctje", "einde van een richtingsblok"),
    ("Zwaantje", "Zwaan\u034ftje", "grafeemverbinder"),
    ("Zwaantje", "Zwaan\ufe0ftje", "variantkiezer"),
    ("Zwaantje", "Zwaan\u2061tje", "onzichtbare operator"),
    ("Zwaantje", "Zwaan-\ntje", "afgebroken aan het eind van een regel"),
    ("Zwaantje", "Zwaan-\n  tje", "afgebroken, volgende regel ingesprongen"),
    ("Daan", "Daan2", "cijfer erachter"),
    ("Daan", "2Daan", "cijfer ervoor"),
    ("D'Angelo", "Dangelo", "zonder apostrof"),
    ("D'Angelo", "DAngelo", "zonder apostrof, hoofdletters"),
    ("Marie-Claire", "Marieclaire", "aan elkaar zonder streepje"),
    ("Sem de Vries", "Devries", "tussenvoegsel aan de achternaam vast"),
    ("Tom van Dijk", "VanDijk", "tussenvoegsel aan de achternaam vast, hoofdletters"),
    ("Zwaantje", "VerhaalZwaantje", "hoofdletter midden in een woord"),
    ("Daan", "D-a-a-n", "letter voor letter gespeld"),
    ("Daan", "D.A.A.N.", "gespeld met punten"),
    ("Daniël", "Dani&euml;l", "HTML-verwijzing voor ë (uit een webpagina)"),
    ("Zoë", "Zo&euml;", "naam die eindigt op een HTML-verwijzing"),
    ("Daan", "D&#97;an", "numerieke HTML-verwijzing"),
    # accents as a character of their own: a dead key followed by a space, or text copied
    # from a PDF, gives the accent next to its letter instead of on it
    ("Daniël", "Danie\u00a8l", "losse trema na de letter (dode toets en spatie)"),
    ("Daniël", "Dani\u00a8el", "losse trema voor de letter (uit een pdf)"),
    ("Zoë", "Zoe\u00a8", "losse trema aan het eind"),
    ("François", "Franc\u00b8ois", "losse cedille (uit een pdf)"),
    ("Noël", "Noe \u0308l", "spatie met een combinerende trema (uit een pdf)"),
    ("Renée", "Rene\u02dce", "losse tilde als accent"),
    ("René", "Ren\u00b4e", "losse accent aigu voor de letter (uit een pdf)"),
    # small capitals from a 'fancy text' generator, pasted from social media
    ("Daan", "\u1d05\u1d00\u1d00\u0274", "kleinkapitalen uit een lettertypegenerator"),
]
AANVAL_IDS = [waarom for _, _, waarom in AANVALLEN]


@pytest.mark.parametrize(("naam", "spelling", "waarom"), AANVALLEN, ids=AANVAL_IDS)
def test_matcher_vindt_de_spelling(naam: str, spelling: str, waarom: str) -> None:
    tekst = f"Op een dag kwam {spelling} binnen."
    zoeker = NaamZoeker([naam])
    assert zoeker.vind(tekst)
    gemaskeerd = gevouwen(zoeker.maskeer(tekst))
    assert [kern for kern in kernen([naam]) if kern in gemaskeerd] == []
    assert zoeker.bevat(f"verhaal-{spelling}.md", streng=True)


@pytest.mark.parametrize(
    ("naam", "tekst"),
    [
        ("Daan", "In 2024 liep hij 2 km."),
        ("Dijk", "Ze liepen over de dijk naar huis."),
        ("Sem de Vries", "De vriezer was leeg en de vrieskou kwam."),
        ("Søren", "Ze zat op de sofa."),
        ("Zwaantje", "Een noord-\nzuidlijn en een zwaan-\nachtige vogel."),
        ("Eva", "Op het bord stond a-b-c-d en e-v-e-n-a-l-s."),
        # a loose accent between two words does not join them into the name
        ("Daan", "Ze zei da \u00a8 an de rest niet."),
        ("Noël", "Het was noe \u0308 lekker, en noe\u00a8 l."),
    ],
)
def test_matcher_blijft_precies(naam: str, tekst: str) -> None:
    assert NaamZoeker([naam]).vind(tekst) == []


@pytest.mark.parametrize(("naam", "spelling", "waarom"), AANVALLEN, ids=AANVAL_IDS)
def test_schrijf_weigert_de_spelling(werkmap: Path, naam: str, spelling: str, waarom: str) -> None:
    data = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    data["voorval"] = f"{data['voorval']} Dat vond {spelling} ook."
    antwoorden = werkmap / "antwoorden.yaml"
    antwoorden.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, uitvoer = roep(
        "schrijf", "-a", str(antwoorden), "--namen", str(namenlijst(werkmap, naam))
    )
    assert code == 2, uitvoer
    assert sporen(werkmap, [naam], invoer=[antwoorden]) == []


@pytest.mark.parametrize(("naam", "spelling", "waarom"), AANVALLEN, ids=AANVAL_IDS)
def test_bespreking_maskeert_de_spelling(
    werkmap: Path, naam: str, spelling: str, waarom: str
) -> None:
    verhaal = werkmap / "jas.md"
    verhaal.write_text(
        f"# De rode jas\n\nEr was eens een jongen. Toen kwam {spelling} binnen.\n\n"
        "Hij keek naar de grond.\n",
        encoding="utf-8",
    )
    antwoorden = werkmap.parent / "b.yaml"
    antwoorden.write_text(
        "plotvraag: Durft hij?\nhulp: De juf.\nemoties: Schaamte.\nbeeld: De gang.\n"
        "effect: Goed.\nboodschap: Aandacht helpt.\neffect_op_mij: Mooi.\nvoor_wie: [team]\n"
        "ontbreekt: Het einde.\ninspireert: [1]\nspreekt_minder_aan: [2]\n",
        encoding="utf-8",
    )
    code, uitvoer = roep("bespreek", str(verhaal), "-a", str(antwoorden), "--naam", naam)
    assert code == 0, uitvoer
    assert sporen(werkmap, [naam], invoer=[verhaal]) == []


# --- file names with a digit or a non-decomposing letter ----------------------------------


@pytest.mark.parametrize(
    ("naam", "uit"),
    [("Daan", "verhaal-daan2.md"), ("Daan", "2daan.md"), ("Søren", "verhaal-soren.md")],
)
def test_schrijf_weigert_uit_met_de_naam(werkmap: Path, naam: str, uit: str) -> None:
    code, uitvoer = roep("schrijf", "-a", str(VOORBEELD), "--naam", naam, "--uit", uit)
    assert code == 2, uitvoer
    assert list(werkmap.iterdir()) == []


# --- the booklet ------------------------------------------------------------------------


def _verhaal(map_: Path) -> Path:
    pad = map_ / "jas.md"
    pad.write_text(
        "# De rode jas\n\nEr was eens een jongen met een rode jas. Hij zat achterin.\n",
        encoding="utf-8",
    )
    return pad


@pytest.mark.parametrize(
    ("naam", "uit"),
    [
        ("Roos", "roos.html"),  # a word too, but in a file name it is the name
        ("Daan", "daan2.html"),
        ("Daan", "daan/boekje.html"),  # a folder named after the pupil
        ("Søren", "boekje-soren.html"),
    ],
)
def test_bundel_weigert_uit_met_de_naam(werkmap: Path, naam: str, uit: str) -> None:
    _verhaal(werkmap)
    code, uitvoer = roep("bundel", "jas.md", "--naam", naam, "--uit", uit)
    assert code == 2, uitvoer
    assert "naam van een leerling" in uitvoer
    assert Path(uit).name not in uitvoer  # the refusal does not repeat the name
    assert sorted(p.name for p in werkmap.iterdir()) == ["jas.md"]


# --- the cache with names from the configuration -----------------------------------------


def test_controleer_met_namen_in_de_configuratie_onthoudt_niets(werkmap: Path) -> None:
    # The cache file's name is a hash over the job, names included: something derived from
    # the name (a guessed name can be confirmed against it).
    (werkmap / ".verhaal.yaml").write_text("namen:\n  - Zwaantje\n", encoding="utf-8")
    (werkmap / "jas.md").write_text(
        "# De jas\n\nEr was eens een meisje. Zwaantje zat achterin.\n", encoding="utf-8"
    )
    code, uitvoer = roep("controleer", "jas.md")
    assert code == 1, uitvoer
    assert "naam van de leerling" in uitvoer
    assert not cache_map().exists() or list(cache_map().iterdir()) == []
    # Without names the cache is used (so the check above can fail).
    (werkmap / ".verhaal.yaml").write_text("regels: {}\n", encoding="utf-8")
    roep("controleer", "jas.md")
    assert list(cache_map().iterdir())


# --- a werkvorm or a configuration file named after the pupil ------------------------------

DROOM = """\
id: {id}
titel: De droom
uitleg: Schrijf over de school over twee jaar.
thema: leren-en-innoveren
fasen:
  - id: dromen
    titel: Dromen
    uitleg: Schrijf je droom.
    vragen:
      - {{id: wens, soort: kort, vraag: "Wat wens je?"}}
"""


def test_werkvorm_met_de_naam_wordt_geweigerd(werkmap: Path) -> None:
    # 'roos' is a word, but the werkvorm id names the draft file and the front matter.
    (werkmap / "werkvormen").mkdir()
    (werkmap / "werkvormen" / "roos-droom.yaml").write_text(
        DROOM.format(id="roos-droom"), encoding="utf-8"
    )
    antwoorden = werkmap.parent / "a.yaml"
    antwoorden.write_text("wens: rust\n", encoding="utf-8")
    code, uitvoer = roep("werkvorm", "doe", "roos-droom", "-a", str(antwoorden), "-n", "Roos")
    assert code == 2, uitvoer
    assert "naam van deze werkvorm" in uitvoer
    assert sorted(p.name for p in werkmap.iterdir()) == ["werkvormen"]
    # Without the name the same werkvorm runs (so the check above can fail).
    code, uitvoer = roep("werkvorm", "doe", "roos-droom", "-a", str(antwoorden))
    assert code == 0, uitvoer


def test_configuratie_met_de_naam_in_het_pad_wordt_geweigerd(werkmap: Path) -> None:
    # The resume command, with --config, is written at the top of the draft.
    config = werkmap.parent / "klas-van-daan.yaml"
    config.write_text("regels: {}\n", encoding="utf-8")
    code, uitvoer = roep("schrijf", "-a", str(VOORBEELD), "--config", str(config), "--naam", "Daan")
    assert code == 2, uitvoer
    assert "--config" in uitvoer
    assert list(werkmap.iterdir()) == []


# --- the editor file when the terminal is closed -------------------------------------------

BLIJFT_OPEN = """\
#!/bin/sh
# The teacher typed the name, saved, and closed the terminal with the editor still open.
printf 'Voor Daantje.' > "$1"
echo "$1" > "{log}"
exec sleep 20
"""


@zonder_pty
@pytest.mark.parametrize("signaal", [signal.SIGHUP, signal.SIGTERM])
def test_editor_bestand_verdwijnt_ook_als_de_terminal_sluit(ptymap: Path, signaal: int) -> None:
    tijdelijk = ptymap.parent / "tmp"
    tijdelijk.mkdir()
    log = ptymap.parent / "editor.log"
    script = ptymap.parent / "editor.sh"
    script.write_text(BLIJFT_OPEN.format(log=log), encoding="utf-8")
    script.chmod(0o700)
    kind = start(
        ptymap, "--editor", "--naam", "Daan", EDITOR=str(script), VISUAL="", TMPDIR=str(tijdelijk)
    )
    for _ in range(600):
        if log.exists() and log.read_text(encoding="utf-8").strip():
            break
        time.sleep(0.1)
    antwoord = Path(log.read_text(encoding="utf-8").strip())
    assert antwoord.read_text(encoding="utf-8") == "Voor Daantje."  # the route is real
    kind.kill(signaal)
    kind.expect(pexpect.EOF)
    kind.close()
    assert not antwoord.parent.exists()
    assert list(tijdelijk.iterdir()) == []
    assert scan([ptymap, ptymap.parent / "thuis", tijdelijk], ["Daan"]) == []


# --- class lists as Windows tools save them -------------------------------------------------


@pytest.mark.parametrize(
    ("inhoud", "codering"),
    [
        ("\ufeff# groep 6\r\n  sØREN  \r\nzwaantje\tklaassen\r\n", "utf-8"),  # BOM, CRLF, spaces
        ("Søren\r\n", "utf-16"),  # Notepad's 'Unicode': refused, never read as no names
        ("Søren\n", "cp1252"),  # an old code page: refused too
    ],
)
def test_namenlijst_van_windows(werkmap: Path, inhoud: str, codering: str) -> None:
    klas = werkmap.parent / "klas.txt"
    klas.write_bytes(inhoud.encode(codering))
    (werkmap / "jas.md").write_text(
        "# De jas\n\nEr was eens een jongen. Soren zat achterin naast Klaassen.\n",
        encoding="utf-8",
    )
    code, uitvoer = roep("controleer", "--namen", str(klas), "jas.md")
    if codering == "utf-8":
        assert code == 1, uitvoer
        assert uitvoer.count("naam van de leerling") == 2
    else:
        assert code == 2, uitvoer
        assert "UTF-8" in uitvoer
        assert "Søren" not in uitvoer  # the message names the line, never its text


@pytest.mark.parametrize(
    ("getypt", "namen"),
    [
        ("Daan", ("Daan",)),
        ("  Zwaantje Klaassen  ", ("Zwaantje Klaassen",)),
        ("Daan en Sem", ("Daan", "Sem")),
        ("Daan, Sem; Noor & Bo", ("Daan", "Sem", "Noor", "Bo")),
        ("Daan EN Sem", ("Daan", "Sem")),
        ("Bente", ("Bente",)),
        ("", ()),
    ],
)
def test_namen_aan_de_prompt_worden_gescheiden(getypt: str, namen: tuple[str, ...]) -> None:
    """'Daan en Sem' is two names: 'en' never becomes a part of the pupil's name."""
    from verhaal.flow.vrager import GescripteVrager, vraag_leerlingnaam

    assert vraag_leerlingnaam(GescripteVrager([("_naam", getypt)])) == namen


@pytest.mark.parametrize("naam_aan", [True, False])
def test_geen_andere_bevinding_toont_een_stuk_van_de_naam(naam_aan: bool) -> None:
    """A name broken by an invisible character is the name, never an 'acronym' 'DaAnT'.

    Other rules' findings that overlap the pupil's name are dropped, also when the naam rule
    is off, so no report or review can quote a piece of the name.
    """
    from verhaal.checker import CheckConfig, RegelInstelling, check

    tekst = "# Jas\n\nEr was eens een jongen. DaAnT\u200bje liep naar huis en VANDAAN was hij.\n"
    regels = {} if naam_aan else {"naam": RegelInstelling(aan=False)}
    gevonden = check(tekst, CheckConfig(namen=("Daan",), regels=regels))
    naam_plek = tekst.index("DaAnT")
    for b in gevonden:
        if b.regel in {"titel", "zintuigen", "lengte"}:
            continue
        if b.regel != "naam":
            assert not (b.start < naam_plek + 7 and naam_plek < b.eind), b
    assert any(b.regel == "naam" for b in gevonden) is naam_aan
    # Without the name, the same text does get the other rule's finding: the test can fail.
    zonder = check(tekst, CheckConfig())
    assert any(b.regel == "vaktaal" and b.tekst == "DaAnT" for b in zonder)
