"""Inline suppression: `negeer` for a paragraph, `uit` … `aan` for a region, and --strikt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app

runner = CliRunner()


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def getallen(map_: Path, tekst: str, *args: str, regels: str = "getal") -> tuple[list[str], int]:
    """The digits reported in ``tekst`` (as a Markdown story) and the exit code."""
    (map_ / "v.md").write_text(tekst, encoding="utf-8")
    resultaat = runner.invoke(app, ["controleer", "-f", "json", "--alleen", regels, *args, "v.md"])
    rapport = json.loads(resultaat.stdout)
    return [f["text"] for f in rapport["files"][0]["findings"]], resultaat.exit_code


def test_negeer_covers_the_next_paragraph_only(map_: Path) -> None:
    tekst = (
        "# Titel\n\n<!-- verhaal: negeer getal -->\nZe had 1 appel.\nEn nog 2.\n\n"
        "Hij had 3 peren.\n"
    )
    assert getallen(map_, tekst) == (["3"], 1)


def test_negeer_inside_a_paragraph_covers_that_paragraph(map_: Path) -> None:
    tekst = "# Titel\n\nZe had 1 appel. <!-- verhaal: negeer getal --> En 2 peren.\n\nDan 3.\n"
    assert getallen(map_, tekst) == (["3"], 1)


def test_negeer_of_another_rule_does_not_hide_getal(map_: Path) -> None:
    tekst = "# Titel\n\n<!-- verhaal: negeer naam -->\nZe had 1 appel.\n"
    assert getallen(map_, tekst) == (["1"], 1)


def test_uit_and_aan_make_a_region(map_: Path) -> None:
    tekst = (
        "# Titel\n\nEerst 1.\n\n<!-- verhaal: uit getal,naam -->\nDan 2.\n\nOok 3.\n"
        "<!-- verhaal: aan -->\n\nTot slot 4.\n"
    )
    assert getallen(map_, tekst) == (["1", "4"], 1)


def test_uit_without_ids_switches_every_rule_off_until_the_end(map_: Path) -> None:
    tekst = "# Titel\n\nEerst 1 keer.\n\n<!-- verhaal: uit -->\n\nDan 2 keer.\n"
    assert getallen(map_, tekst) == (["1"], 1)


def test_aan_with_an_id_ends_only_that_rule(map_: Path) -> None:
    tekst = (
        "# Titel\n\n<!-- verhaal: uit getal naam -->\nEerst 1.\n<!-- verhaal: aan getal -->\n\n"
        "Dan 2.\n"
    )
    assert getallen(map_, tekst) == (["2"], 1)


def test_comments_in_code_blocks_are_not_directives(map_: Path) -> None:
    tekst = "# Titel\n\n```\n<!-- verhaal: uit -->\n```\n\nDan 2.\n"
    assert getallen(map_, tekst) == (["2"], 1)


def test_suppression_is_for_markdown_only(map_: Path) -> None:
    (map_ / "v.txt").write_text("Titel\n\n<!-- verhaal: uit -->\nZe had 1 appel.\n")
    resultaat = runner.invoke(app, ["controleer", "-f", "json", "--alleen", "getal", "v.txt"])
    assert [f["text"] for f in json.loads(resultaat.stdout)["files"][0]["findings"]] == ["1"]


def test_strikt_reports_suppressions_that_suppressed_nothing(map_: Path) -> None:
    tekst = (
        "# Titel\n\n<!-- verhaal: negeer getal -->\nZe had 1 appel.\n\n"
        "<!-- verhaal: negeer getal -->\nHet was stil.\n"
    )
    assert getallen(map_, tekst) == ([], 0)
    (map_ / "v.md").write_text(tekst, encoding="utf-8")
    strikt = runner.invoke(app, ["controleer", "--strikt", "--alleen", "getal", "v.md"])
    assert strikt.exit_code == 1
    (notitie,) = [r for r in strikt.stdout.splitlines() if "onderdrukking-ongebruikt" in r]
    assert notitie.startswith("v.md:6:1  opmerking  onderdrukking-ongebruikt  ")
    assert "Één opmerking" in strikt.stdout

    # JSON keeps the contract: the note goes to stderr, the report has no extra keys.
    als_json = runner.invoke(
        app, ["controleer", "-f", "json", "--strikt", "--alleen", "getal", "v.md"]
    )
    assert als_json.exit_code == 1
    assert json.loads(als_json.stdout)["files"] == [{"path": "v.md", "error": None, "findings": []}]
    assert als_json.stderr.startswith("v.md:6:1: onderdrukking-ongebruikt: ")


def test_unknown_ids_are_reported_without_strikt_but_do_not_fail(map_: Path) -> None:
    tekst = "# Titel\n\n<!-- verhaal: negeer getl -->\nZe had 1 appel.\n"
    (map_ / "v.md").write_text(tekst, encoding="utf-8")
    resultaat = runner.invoke(app, ["controleer", "--zonder", "getal", "v.md"])
    assert "v.md:3:1  opmerking  onderdrukking-onbekend  Onbekende regel 'getl'" in resultaat.stdout
    assert resultaat.exit_code in (0, 1)  # other rules may find things; the note never fails
    assert getallen(map_, tekst) == (["1"], 1)  # an unknown id suppresses nothing


def test_directives_never_crash_and_only_remove_findings() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from verhaal.checker import check, lees_document
    from verhaal.linter.onderdrukking import pas_toe

    stukken = st.sampled_from(
        [
            "<!-- verhaal: negeer getal -->",
            "<!-- verhaal: uit -->",
            "<!-- verhaal: aan -->",
            "<!-- verhaal: uit getal,naam -->",
            "<!-- verhaal: aan getal -->",
            "<!-- verhaal: negeer -->",
            "<!-- verhaal: onzin x -->",
            "<!-- verhaal:",
            "```\n",
            "Ze had 3 appels.",
            "# Titel",
            "\n",
            "\n\n",
            "\r\n",
            " ",
        ]
    )

    @settings(max_examples=150, deadline=None)
    @given(st.lists(stukken, max_size=25), st.booleans())
    def eigenschap(delen: list[str], strikt: bool) -> None:
        tekst = "".join(delen)
        doc = lees_document(tekst)
        bevindingen = check(tekst)
        over, notities = pas_toe(doc, bevindingen, strikt)
        assert set(over) <= set(bevindingen)
        assert [b for b in bevindingen if b in over] == over  # order kept
        for notitie in notities:
            assert 0 <= notitie.start < notitie.eind <= len(tekst)
            assert tekst[notitie.start : notitie.eind].startswith("<!--")
        if "<!--" not in tekst:
            assert over == bevindingen and notities == []

    eigenschap()
