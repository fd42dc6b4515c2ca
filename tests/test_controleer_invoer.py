"""`verhaal controleer` inputs: folders, exclusions, stdin, bad files, order under parallelism.

Findings come from the `getal` rule only (`--alleen getal`): every digit is a finding, so
the expected spans follow from the test texts and not from the other rules' tuning.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app
from verhaal.instellingen import CONCEPTEN_MAP
from verhaal.linter import invoer

runner = CliRunner()


def controleer(*args: str, invoer_: bytes | None = None) -> tuple[int, dict, str]:
    """Run `controleer --formaat json --alleen getal`; return exit code, report, stderr."""
    resultaat = runner.invoke(
        app, ["controleer", "--formaat", "json", "--alleen", "getal", *args], input=invoer_
    )
    return resultaat.exit_code, json.loads(resultaat.stdout), resultaat.stderr


def verhaal(pad: Path, zinnen: str = "Hij had 3 appels.") -> Path:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(f"# Een titel\n\n{zinnen}\n", encoding="utf-8")
    return pad


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_folders_are_walked_sorted_with_hidden_drafts_and_other_files_skipped(map_: Path) -> None:
    verhaal(map_ / "verhalen" / "b.md")
    verhaal(map_ / "verhalen" / "a.markdown")
    verhaal(map_ / "verhalen" / "sub" / "c.txt")
    verhaal(map_ / "verhalen" / "Z.MD")
    verhaal(map_ / "verhalen" / ".verborgen" / "d.md")
    verhaal(map_ / "verhalen" / CONCEPTEN_MAP / "e.md")
    verhaal(map_ / "verhalen" / ".f.md")
    (map_ / "verhalen" / "notities.docx").write_bytes(b"PK\x03\x04")
    code, rapport, _ = controleer("verhalen")
    assert [f["path"] for f in rapport["files"]] == [
        "verhalen/Z.MD",
        "verhalen/a.markdown",
        "verhalen/b.md",
        "verhalen/sub/c.txt",
    ]
    assert code == 1


def test_command_line_order_is_kept_and_a_named_file_is_always_checked(map_: Path) -> None:
    verhaal(map_ / "m" / "x.md")
    verhaal(map_ / "los.tekst")
    verhaal(map_ / "eerst.md")
    code, rapport, _ = controleer("los.tekst", "m", "eerst.md")
    assert [f["path"] for f in rapport["files"]] == ["los.tekst", "m/x.md", "eerst.md"]
    assert code == 1


def test_current_folder_is_the_default_and_shown_without_dot_slash(map_: Path) -> None:
    verhaal(map_ / "a.md")
    code, rapport, _ = controleer()
    assert [f["path"] for f in rapport["files"]] == ["a.md"]
    assert code == 1


def test_uitsluiten_skips_names_folders_and_paths(map_: Path) -> None:
    for naam in ("a.md", "concept-b.md", "archief/c.md", "jaar/oud/d.md", "jaar/e.md"):
        verhaal(map_ / naam)
    code, rapport, _ = controleer(
        ".", "--uitsluiten", "concept-*.md", "-x", "archief", "--uitsluiten", "jaar/oud"
    )
    assert [f["path"] for f in rapport["files"]] == ["a.md", "jaar/e.md"]
    assert code == 1


def test_stdin_is_checked_as_markdown_under_the_name_dash(map_: Path) -> None:
    tekst = "# Titel\n\nZe had 12 knikkers.\n"
    code, rapport, _ = controleer("-", invoer_=tekst.encode())
    (bestand,) = rapport["files"]
    assert bestand["path"] == "-"
    (bevinding,) = bestand["findings"]
    assert bevinding["text"] == "12"
    assert bevinding["offset"] == tekst.index("12")
    assert (bevinding["line"], bevinding["column"]) == (3, tekst.index("12") - 9 + 1)
    assert code == 1


def test_names_given_with_naam_are_never_written(map_: Path) -> None:
    verhaal(map_ / "a.md", "Het was een mooie dag.")
    resultaat = runner.invoke(
        app, ["controleer", "--naam", "Zoltan", "-n", "Wiebke", "-f", "sarif", "a.md"]
    )
    assert "Zoltan" not in resultaat.stdout + resultaat.stderr
    assert "Wiebke" not in resultaat.stdout + resultaat.stderr
    assert sorted(p.name for p in map_.iterdir()) == ["a.md"]


def test_every_bad_input_in_one_batch(map_: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    goed = verhaal(map_ / "goed.md")
    (map_ / "binair.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (map_ / "latin1.md").write_bytes("# Titel\n\nHet café was dicht.\n".encode("latin-1"))
    bom_tekst = "# Titel\r\n\r\nZe zag 7 vogels.\r\n"
    (map_ / "bom.md").write_bytes(b"\xef\xbb\xbf" + bom_tekst.encode())
    crlf_tekst = "# Titel\r\n\r\nEen lange zin.\r\nHij at 2 peren.\r\n"
    (map_ / "crlf.txt").write_bytes(crlf_tekst.encode())
    (map_ / "leeg.md").write_bytes(b"")
    with open(map_ / "groot.md", "wb") as groot:
        groot.truncate(50_000_000)  # sparse: 50 MB without writing 50 MB
    geslotenpad = map_ / "gesloten.md"
    verhaal(geslotenpad)
    geslotenpad.chmod(0)
    if os.geteuid() == 0:
        # root reads any file; make this one file refuse, as it would for a teacher.
        echte_open = open

        def weiger(pad: object, *args: object, **kwargs: object) -> object:
            if str(pad) == "gesloten.md":
                raise PermissionError(13, "Permission denied", str(pad))
            return echte_open(pad, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(invoer, "open", weiger, raising=False)
    os.symlink("verdwenen.md", map_ / "kapot.md")
    os.symlink("lus-b.md", map_ / "lus-a.md")
    os.symlink("lus-a.md", map_ / "lus-b.md")
    os.mkfifo(map_ / "pijp.md")

    paden = [
        "binair.md",
        "latin1.md",
        "bom.md",
        "crlf.txt",
        "leeg.md",
        "groot.md",
        "gesloten.md",
        "kapot.md",
        "lus-a.md",
        "pijp.md",
        "bestaat-niet.md",
        goed.name,
    ]
    code, rapport, _ = controleer(*paden)
    bestanden = {f["path"]: f for f in rapport["files"]}
    assert [f["path"] for f in rapport["files"]] == paden
    assert code == 2
    assert rapport["summary"] == {"files": 12, "findings": 3, "errors": 9}

    verwacht = {
        "binair.md": "binaire gegevens",
        "latin1.md": "geen geldige UTF-8-tekst (onleesbaar teken op regel 3",
        "leeg.md": "leeg",
        "groot.md": "te groot (50,0 MB)",
        "gesloten.md": "Geen toestemming",
        "kapot.md": "naar iets dat niet (meer) bestaat",
        "lus-a.md": "in een kringetje",
        "pijp.md": "geen gewoon bestand",
        "bestaat-niet.md": "bestaat niet",
    }
    for pad, stuk in verwacht.items():
        assert stuk in (bestanden[pad]["error"] or ""), pad
        assert bestanden[pad]["findings"] == []

    (bom,) = bestanden["bom.md"]["findings"]
    assert bestanden["bom.md"]["error"] is None
    assert bom["offset"] == bom_tekst.index("7")  # the BOM is not part of the text
    assert (bom["line"], bom["column"]) == (3, 8)
    (crlf,) = bestanden["crlf.txt"]["findings"]
    assert crlf["offset"] == crlf_tekst.index("2")  # CR counts as a code point
    assert crlf_tekst[crlf["offset"] : crlf["offset"] + crlf["length"]] == crlf["text"] == "2"
    assert (crlf["line"], crlf["column"]) == (4, 8)
    assert len(bestanden["goed.md"]["findings"]) == 1


def test_a_folder_with_a_symlink_loop_is_walked_once(map_: Path) -> None:
    verhaal(map_ / "verhalen" / "a.md")
    os.symlink("..", map_ / "verhalen" / "terug")
    code, rapport, _ = controleer("verhalen")
    assert [f["path"] for f in rapport["files"]] == ["verhalen/a.md"]
    assert code == 1


def _batch(map_: Path) -> list[str]:
    """A batch big enough for the parallel path, with errors and clean files mixed in."""
    for i in range(60):
        deel = map_ / "verhalen" / f"deel_{i % 3}"
        if i % 7 == 0:
            (deel / f"v{i:03}.md").parent.mkdir(parents=True, exist_ok=True)
            (deel / f"v{i:03}.md").write_bytes(b"")
        elif i % 5 == 0:
            verhaal(deel / f"v{i:03}.md", "Het regende zacht.")
        else:
            verhaal(deel / f"v{i:03}.md", " ".join(f"Zin {j} met {i}." for j in range(i % 4)))
    verhaal(map_ / "los.md")
    return ["los.md", "verhalen", "ontbreekt.md"]


def test_output_order_is_the_same_with_and_without_parallelism(map_: Path) -> None:
    paden = _batch(map_)
    uitvoer = {}
    for processen in ("1", "2", "3"):  # (blocks of 3 and 2 files: see blokgrootte)
        for formaat in ("json", "tekst", "github", "sarif"):
            resultaat = runner.invoke(
                app,
                [
                    "controleer",
                    "-f",
                    formaat,
                    "--alleen",
                    "getal",
                    "--processen",
                    processen,
                    *paden,
                ],
            )
            assert resultaat.exit_code == 2
            uitvoer[(processen, formaat)] = resultaat.stdout
    for formaat in ("json", "tekst", "github", "sarif"):
        assert uitvoer[("1", formaat)] == uitvoer[("2", formaat)], formaat
        assert uitvoer[("1", formaat)] == uitvoer[("3", formaat)], formaat
    rapport = json.loads(uitvoer[("1", "json")])
    gevonden = [f["path"] for f in rapport["files"]]
    verwacht = [
        "los.md",
        *sorted(str(p.relative_to(map_)) for p in (map_ / "verhalen").rglob("*.md")),
        "ontbreekt.md",
    ]
    assert gevonden == verwacht


def test_exit_code_and_summary_are_the_same_with_and_without_parallelism(map_: Path) -> None:
    # No unreadable file, so the exit code and the summary follow from the findings alone:
    # a worker hands back each file's JSON as text with the rule and severity of each finding.
    for i in range(40):
        verhaal(map_ / f"v{i:02}.md", f"Er waren {i} kinderen." if i % 3 == 0 else "Het regende.")
    uitkomsten = [controleer("--processen", processen, ".") for processen in ("1", "2")]
    assert uitkomsten[0] == uitkomsten[1]
    code, rapport, _ = uitkomsten[0]
    assert code == 1
    assert rapport["summary"] == {"files": 40, "findings": 14, "errors": 0}


def test_environment_variable_forces_the_parallel_path(
    map_: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paden = _batch(map_)
    volgorde = runner.invoke(app, ["controleer", "-f", "json", "--processen", "1", *paden])
    monkeypatch.setenv("VERHAAL_PROCESSEN", "2")
    parallel = runner.invoke(app, ["controleer", "-f", "json", *paden])
    assert parallel.stdout == volgorde.stdout
    assert parallel.exit_code == volgorde.exit_code == 2


def test_the_automatic_switch_to_a_pool_mid_run_keeps_the_order(
    map_: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verhaal.linter import uitvoeren

    paden = _batch(map_)
    volgorde = runner.invoke(app, ["controleer", "-f", "json", "--processen", "1", *paden])
    # Any estimate is "worth a pool" now, so the run switches after the second file.
    monkeypatch.setattr(uitvoeren, "POOL_LOONT_VANAF_S", 0.0)
    monkeypatch.setattr(uitvoeren, "aantal_processen", lambda: 2)
    gestart: list[int] = []
    echt = uitvoeren.Uitvoering._parallel

    def parallel(self: uitvoeren.Uitvoering, bronnen: list, processen: int):  # type: ignore[no-untyped-def]
        gestart.append(len(bronnen))
        return echt(self, bronnen, processen)

    monkeypatch.setattr(uitvoeren.Uitvoering, "_parallel", parallel)
    automatisch = runner.invoke(app, ["controleer", "-f", "json", *paden])
    assert gestart == [len(json.loads(volgorde.stdout)["files"]) - 2]
    assert automatisch.stdout == volgorde.stdout


def test_blocks_cover_every_file_once_in_order_and_shrink_towards_the_end() -> None:
    from verhaal.linter.invoer import Bron
    from verhaal.linter.uitvoeren import blokken

    for aantal in (0, 1, 7, 100, 5000):
        bronnen = [Bron(f"v{i}.md") for i in range(aantal)]
        delen = blokken(bronnen, 2)
        assert [b for deel in delen for b in deel] == bronnen
        groottes = [len(deel) for deel in delen]
        assert groottes == sorted(groottes, reverse=True)
        assert all(1 <= g <= 32 for g in groottes)
        if aantal:
            assert groottes[-1] == 1  # the last block is a single file: no long wait


def test_the_size_limit_holds_for_files_and_for_stdin(map_: Path) -> None:
    with open(map_ / "net-te-groot.md", "wb") as bestand:
        bestand.truncate(invoer.MAX_BYTES + 1)
    code, rapport, _ = controleer("net-te-groot.md", "-", invoer_=b"a " * invoer.MAX_BYTES)
    fouten = [f["error"] for f in rapport["files"]]
    assert all("te groot" in (fout or "") for fout in fouten), fouten
    assert code == 2


def test_any_bytes_either_decode_or_give_a_dutch_reason() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)))
    def eigenschap(data: bytes) -> None:
        try:
            tekst = invoer.decodeer(data)
        except invoer.LeesFout as fout:
            assert str(fout)[:1].isupper() and str(fout).endswith(".")
            return
        assert tekst.strip()
        assert not tekst.startswith("\ufeff") or data.startswith(b"\xef\xbb\xbf" * 2)
        assert tekst.encode() == (data[3:] if data.startswith(b"\xef\xbb\xbf") else data)

    eigenschap()


_ouder: dict[str, object] = {}


def _sterft_in_werker(bron: invoer.Bron) -> object:
    """Module level, so the pool can pickle it: dies in a worker, as if killed."""
    if os.getpid() != _ouder["pid"]:
        os._exit(9)  # no exception, no result
    return _ouder["echt"](bron)  # type: ignore[operator]


def test_a_worker_that_dies_stops_the_run_instead_of_hanging(
    map_: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verhaal.linter import uitvoeren

    paden = _batch(map_)
    _ouder.update(pid=os.getpid(), echt=uitvoeren.controleer_bron)
    monkeypatch.setattr(uitvoeren, "controleer_bron", _sterft_in_werker)
    resultaat = runner.invoke(app, ["controleer", "-f", "json", "--processen", "2", *paden])
    assert resultaat.exit_code == 2
    assert "BrokenProcessPool" in resultaat.stderr
    assert "verhaal: interne fout" in resultaat.stderr


def test_a_batch_collects_garbage_less_often_and_gives_the_setting_back(
    map_: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from verhaal.linter import uitvoeren

    paden = [str(verhaal(map_ / f"v{i}.md")) for i in range(3)]
    voor = gc.get_threshold()
    tijdens: list[int] = []
    echt = uitvoeren.controleer_bron

    def controleer_bron(bron: invoer.Bron) -> uitvoeren.Uitslag:
        tijdens.append(gc.get_threshold()[0])
        return echt(bron)

    monkeypatch.setattr(uitvoeren, "controleer_bron", controleer_bron)
    code, rapport, _ = controleer("--processen", "1", *paden)
    assert code == 1 and len(rapport["files"]) == 3
    assert tijdens == [uitvoeren.GC_DREMPEL] * 3
    assert gc.get_threshold() == voor
