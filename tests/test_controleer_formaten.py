"""Every output format of `verhaal controleer`: tekst, json (the contract), sarif, github."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from verhaal.checker import check
from verhaal.checker.rules import REGELS
from verhaal.cli import app
from verhaal.linter.github import annotatie
from verhaal.linter.rapport import BestandsResultaat, Telling, als_json
from verhaal.linter.tekst import RichRapport
from verhaal.linter.uitvoeren import Gevonden, Uitslag

runner = CliRunner()
SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"

VERHAAL = "# De tuin\n\nZe plukte 3 appels en 2 peren.\n\nDaarna was het stil.\n"
ANDER = "---\ntitel: Regen\n---\n\nHet regende 40 dagen.\n"


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(VERHAAL, encoding="utf-8")
    (tmp_path / "b.md").write_text(ANDER, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    resultaat = runner.invoke(app, ["controleer", *args])
    return resultaat.exit_code, resultaat.stdout, resultaat.stderr


def test_json_is_exactly_the_contract(map_: Path) -> None:
    code, uit, _ = run("-f", "json", "a.md", "b.md", "weg.md")
    verwacht = als_json(
        [
            BestandsResultaat("a.md", VERHAAL, check(VERHAAL)),
            BestandsResultaat("b.md", ANDER, check(ANDER)),
            BestandsResultaat("weg.md", fout="Dit bestand of deze map bestaat niet."),
        ]
    )
    assert uit == verwacht + "\n"
    rapport = json.loads(uit)
    assert list(rapport) == ["version", "files", "summary"]
    assert rapport["version"] == 1
    for bestand in rapport["files"]:
        assert list(bestand) == ["path", "error", "findings"]
        tekst = {"a.md": VERHAAL, "b.md": ANDER}.get(bestand["path"], "")
        for f in bestand["findings"]:
            assert list(f) == [
                "rule",
                "severity",
                "line",
                "column",
                "end_line",
                "end_column",
                "offset",
                "length",
                "text",
                "message",
                "suggestion",
            ]
            assert f["rule"] in REGELS
            assert f["severity"] in ("fout", "waarschuwing", "info")
            assert tekst[f["offset"] : f["offset"] + f["length"]] == f["text"]
    getallen = [f["text"] for f in rapport["files"][0]["findings"] if f["rule"] == "getal"]
    assert getallen == ["3", "2"]
    assert rapport["summary"]["errors"] == 1
    assert code == 2


def test_tekst_shows_location_rule_message_excerpt_and_summary(map_: Path) -> None:
    code, uit, _ = run("--alleen", "getal", "a.md", "b.md")
    regels = uit.splitlines()
    kop = next(r for r in regels if r.startswith("a.md:3:11"))
    assert kop.startswith("a.md:3:11  fout  getal  ")
    index = regels.index(kop)
    assert regels[index + 1] == " 3 | Ze plukte 3 appels en 2 peren."
    assert regels[index + 2] == "   |           ^"
    assert regels[index + 3].startswith("   = suggestie: ")
    assert "b.md:5:13  fout  getal  " in uit
    assert any(r.split() == ["getal", "fout", "3"] for r in regels)
    assert (
        regels[-1]
        == "3 bevindingen in 2 van 2 bestanden (3 fouten, geen waarschuwingen, geen info)."
    )
    assert "\x1b[" not in uit  # not a terminal: plain text
    assert code == 1


def test_stil_prints_only_the_summary_and_unreadable_files(map_: Path) -> None:
    code, uit, _ = run("--alleen", "getal", "--stil", "a.md", "weg.md")
    assert "a.md:3" not in uit
    assert "weg.md: niet gecontroleerd: Dit bestand of deze map bestaat niet." in uit
    assert any(r.split() == ["getal", "fout", "2"] for r in uit.splitlines())
    assert uit.rstrip().endswith("Één bestand kon niet worden gecontroleerd.")
    assert code == 2


def test_een_bestand_dat_niet_gelezen_kon_worden_telt_niet_als_gecontroleerd(map_: Path) -> None:
    (map_ / "schoon.md").write_text("# Stil\n\nHet was stil.\n", encoding="utf-8")
    code, uit, _ = run("--alleen", "getal", "weg.md")
    assert uit.splitlines()[-1] == "Er is niets gecontroleerd: één bestand kon niet worden gelezen."
    assert code == 2
    code, uit, _ = run("--alleen", "getal", "schoon.md", "weg.md")
    assert uit.splitlines()[-1] == (
        "Geen bevindingen in 1 bestand. Één bestand kon niet worden gecontroleerd."
    )


def test_tekst_without_findings_says_so(map_: Path) -> None:
    (map_ / "schoon.md").write_text("# Stil\n\nHet was stil.\n", encoding="utf-8")
    code, uit, _ = run("--alleen", "getal", "schoon.md")
    assert uit == "Geen bevindingen in 1 bestand.\n"
    assert code == 0


def test_long_lines_are_cut_around_the_span(map_: Path) -> None:
    zin = "Het was stil. " * 20 + "Toen kwamen er 9 vogels. " + "Het was stil. " * 20
    (map_ / "lang.md").write_text(f"# Lang\n\n{zin}\n", encoding="utf-8")
    _, uit, _ = run("--alleen", "getal", "lang.md")
    regels = uit.splitlines()
    uittreksel, onder = regels[1], regels[2]
    assert uittreksel.startswith(" 3 | …") and uittreksel.endswith("…")
    assert len(uittreksel) < 130
    assert uittreksel[onder.index("^")] == "9"


def test_rich_renderer_colours_the_same_content() -> None:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=200, color_system="standard")
    rapport = RichRapport(console)
    bevinding = check(VERHAAL)[0]
    regel = VERHAAL[: bevinding.start].count("\n") + 1
    kolom = bevinding.start - VERHAAL.rfind("\n", 0, bevinding.start)
    g = Gevonden(bevinding, regel, kolom, regel, kolom + 1, VERHAAL.splitlines()[regel - 1])
    telling = Telling()
    uitslag = Uitslag("a.md", None, (g,))
    telling.tel(uitslag)
    rapport.bestand(uitslag)
    rapport.einde(telling, 1)
    uit = buffer.getvalue()
    assert "\x1b[" in uit
    assert f"a.md:{regel}:{kolom}" in uit
    assert "Bevindingen per regel" in uit


def test_sarif_is_valid_against_the_official_schema(map_: Path) -> None:
    (map_ / "stil.md").write_text(
        "# Stil\n\n<!-- verhaal: negeer getal -->\nHet was stil.\n", encoding="utf-8"
    )
    code, uit, _ = run("-f", "sarif", "--strikt", "a.md", "b.md", "weg.md", "stil.md")
    log = json.loads(uit)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)

    (run_,) = log["runs"]
    regels = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in regels] == list(REGELS)
    for r in regels:
        regel = REGELS[r["id"]]
        assert r["shortDescription"]["text"] == (regel.titel or regel.id)
        if regel.waarom:
            assert regel.waarom in r["help"]["text"]
    assert run_["columnKind"] == "unicodeCodePoints"
    getallen = [r for r in run_["results"] if r["ruleId"] == "getal"]
    assert [r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] for r in getallen][
        :2
    ] == ["3", "2"]
    eerste = getallen[0]
    assert regels[eerste["ruleIndex"]]["id"] == "getal"
    assert eerste["level"] == "error"
    plek = eerste["locations"][0]["physicalLocation"]
    assert plek["artifactLocation"] == {"uri": "a.md", "uriBaseId": "SRCROOT"}
    assert (plek["region"]["startLine"], plek["region"]["startColumn"]) == (3, 11)
    meldingen = run_["invocations"][0]["toolExecutionNotifications"]
    assert [m["descriptor"]["id"] for m in meldingen] == [
        "bestand-niet-gecontroleerd",
        "onderdrukking-ongebruikt",
    ]
    assert run_["invocations"][0]["exitCode"] == code == 2


def test_sarif_without_files_is_still_valid(map_: Path) -> None:
    (map_ / "leeg").mkdir()
    code, uit, fout = run("-f", "sarif", "leeg")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(uit))
    assert "geen verhalen gevonden" in fout
    assert code == 0


def test_github_annotations(map_: Path) -> None:
    (map_ / "a,b:c.md").write_text(VERHAAL, encoding="utf-8")
    code, uit, _ = run("-f", "github", "--alleen", "getal", "a,b:c.md", "weg.md")
    regels = uit.splitlines()
    assert regels[0].startswith(
        "::error file=a%2Cb%3Ac.md,line=3,col=11,endLine=3,endColumn=12,title=verhaal (getal)::"
    )
    assert "Suggestie: " in regels[0]
    assert regels[2].startswith(
        "::error file=weg.md,title=verhaal (bestand niet gecontroleerd)::Dit bestand"
    )
    # The file that could not be read is counted apart, not among the checked ones.
    assert regels[-1].startswith("2 bevindingen in 1 van 1 bestand (")
    assert regels[-1].endswith("Één bestand kon niet worden gecontroleerd.")
    assert code == 2


def test_github_severities_map_to_error_warning_notice(map_: Path) -> None:
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: waarschuwing\n", encoding="utf-8")
    _, uit, _ = run("-f", "github", "--alleen", "getal", "a.md")
    assert uit.startswith("::warning file=a.md,line=3")
    (map_ / ".verhaal.yaml").write_text("regels:\n  getal: info\n", encoding="utf-8")
    _, uit, _ = run("-f", "github", "--alleen", "getal", "a.md")
    assert uit.startswith("::notice file=a.md,line=3")


def test_github_escaping_cannot_forge_commands() -> None:
    regel = annotatie("error", {"file": "x,y:z.md", "title": "a%b"}, "regel 1\nregel 2\r::warning")
    assert regel == "::error file=x%2Cy%3Az.md,title=a%25b::regel 1%0Aregel 2%0D::warning\n"
    assert regel.count("\n") == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("no_color", "verwacht"), [(None, True), ("1", False)])
def test_colour_only_on_a_terminal_without_no_color(
    monkeypatch: pytest.MonkeyPatch, no_color: str | None, verwacht: bool
) -> None:
    from verhaal.cli import controleer

    monkeypatch.setattr("sys.stdout", _Terminal())
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert controleer._kleur() is verwacht
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert controleer._kleur() is False
