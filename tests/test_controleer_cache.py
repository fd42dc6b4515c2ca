"""The findings cache of `verhaal controleer`: same output as a fresh check, private, robust."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.checker.bevinding import Bevinding
from verhaal.cli import app
from verhaal.linter import cache as cache_mod
from verhaal.linter import uitvoeren
from verhaal.linter.onderdrukking import Opmerking

runner = CliRunner()

VERHAAL = (
    "# De ochtend\n\n"
    "Anouk kwam binnen met 3 tassen. Ze zei dat de skills van de klas goed zijn.\n\n"
    "<!-- verhaal: negeer tegenwoordige-tijd -->\n"
    "Toen liep ze weg.\n"
)


@pytest.fixture
def cache_map() -> Path:
    return Path(os.environ["VERHAAL_CACHE_MAP"])


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    verhalen = tmp_path / "verhalen"
    verhalen.mkdir()
    (verhalen / "a.md").write_text(VERHAAL, encoding="utf-8")
    (verhalen / "b.txt").write_text("Hij telt tot 10.\n", encoding="utf-8")
    (verhalen / "c.md").write_text("# Rust\n\nHet was stil.\n", encoding="utf-8")
    return verhalen


def _run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, ["controleer", *args])
    return r.exit_code, r.stdout, r.stderr


def _cachebestanden(cache_map: Path) -> list[Path]:
    return sorted((cache_map / "v1").glob("*.cache"))


def _geen_controle(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on checking a story fails loudly: only the cache can answer."""

    def kapot(*_: object, **__: object) -> list[Bevinding]:
        raise AssertionError("verhaal opnieuw gecontroleerd")

    monkeypatch.setattr(uitvoeren, "check_document", kapot)


@pytest.mark.parametrize("formaat", ["json", "tekst", "sarif", "github"])
def test_second_run_answers_from_the_cache_with_identical_output(
    map_: Path, cache_map: Path, monkeypatch: pytest.MonkeyPatch, formaat: str
) -> None:
    eerste = _run("-f", formaat, "--strikt", str(map_))
    assert eerste[0] == 1
    assert len(_cachebestanden(cache_map)) == 1
    _geen_controle(monkeypatch)
    assert _run("-f", formaat, "--strikt", str(map_)) == eerste


def test_cached_output_equals_a_fresh_check(map_: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vers = _run("-f", "json", "--geen-cache", str(map_))
    _run("-f", "json", str(map_))
    _geen_controle(monkeypatch)
    assert _run("-f", "json", str(map_)) == vers
    gevonden = json.loads(vers[1])["files"][0]["findings"]
    assert {"Anouk", "3", "skills"} <= {f["text"] for f in gevonden}


def test_an_edited_story_is_checked_again(map_: Path) -> None:
    _run("-f", "json", str(map_))
    (map_ / "c.md").write_text("# Rust\n\nHet was stil. Er waren 7 stoelen.\n", encoding="utf-8")
    _, uit, _ = _run("-f", "json", str(map_))
    bestanden = {f["path"]: f for f in json.loads(uit)["files"]}
    assert [f["text"] for f in bestanden[str(map_ / "c.md")]["findings"]] == ["7"]


def test_other_settings_use_other_entries(map_: Path) -> None:
    alle = _run("-f", "json", str(map_))
    zonder = _run("-f", "json", "--zonder", "getal", str(map_))
    assert '"rule": "getal"' in alle[1]
    assert '"rule": "getal"' not in zonder[1]
    assert _run("-f", "json", str(map_)) == alle
    (map_ / ".verhaal.yaml").write_text("regels:\n  engels: false\n", encoding="utf-8")
    met_config = _run("-f", "json", "--config", str(map_ / ".verhaal.yaml"), str(map_))
    assert '"rule": "engels"' not in met_config[1]


def test_a_renamed_story_still_hits(map_: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run("-f", "json", str(map_))
    (map_ / "a.md").rename(map_ / "anders.md")
    _geen_controle(monkeypatch)
    code, uit, _ = _run("-f", "json", str(map_ / "anders.md"))
    assert code == 1 and "Anouk" in uit


def test_no_cache_with_names_from_the_command_line(map_: Path, cache_map: Path) -> None:
    code, uit, _ = _run("-f", "json", "--naam", "Anouk", str(map_))
    assert code == 1 and "Dit is de naam van de leerling" in uit
    assert not (cache_map / "v1").exists()


def test_geen_cache_writes_nothing(map_: Path, cache_map: Path) -> None:
    _run("-f", "json", "--geen-cache", str(map_))
    assert not (cache_map / "v1").exists()


def test_the_cache_holds_no_story_text_and_is_private(map_: Path, cache_map: Path) -> None:
    _run("-f", "json", str(map_))
    bestand = _cachebestanden(cache_map)[0]
    inhoud = b"".join(p.read_bytes() for p in cache_map.rglob("*") if p.is_file())
    for woord in ("Anouk", "skills", "tassen", "ochtend", "negeer"):
        assert woord.encode() not in inhoud
    assert stat.S_IMODE(bestand.stat().st_mode) == 0o600
    assert stat.S_IMODE((cache_map / "v1").stat().st_mode) == 0o700
    assert (
        (cache_map / "CACHEDIR.TAG")
        .read_bytes()
        .startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    )


def test_a_damaged_cache_file_is_ignored_and_replaced(map_: Path, cache_map: Path) -> None:
    eerste = _run("-f", "json", str(map_))
    bestand = _cachebestanden(cache_map)[0]
    bestand.write_bytes(b"VHC1 kapot")
    assert _run("-f", "json", str(map_)) == eerste
    bestand.write_bytes(cache_mod.MAGIC + __import__("marshal").dumps({b"x" * 16: b"onzin"}))
    assert _run("-f", "json", str(map_)) == eerste
    assert bestand.read_bytes().startswith(cache_mod.MAGIC)


def test_an_unwritable_cache_folder_only_costs_speed(map_: Path, cache_map: Path) -> None:
    (cache_map / "v1").write_text("geen map", encoding="utf-8")
    code, uit, _ = _run("-f", "json", str(map_))
    assert code == 1 and "Anouk" in uit


def test_parallel_workers_fill_the_cache(
    map_: Path, monkeypatch: pytest.MonkeyPatch, cache_map: Path
) -> None:
    for i in range(12):
        (map_ / f"extra{i:02}.md").write_text(f"# Stuk\n\nZe kocht {i + 2} appels.\n", "utf-8")
    parallel = _run("-f", "json", "--processen", "2", str(map_))
    _geen_controle(monkeypatch)
    assert _run("-f", "json", "--processen", "1", str(map_)) == parallel
    assert _run("-f", "json", "--processen", "2", str(map_)) == parallel


def test_item_round_trip_restores_spans_in_messages() -> None:
    tekst = "Ze had veel skills. En skills."
    b = Bevinding("engels", "fout", 12, 18, "skills", "Engels: ‘skills’.", "vaardigheden")
    o = Opmerking("onderdrukking-ongebruikt", 0, 2, "‘Ze’ onderdrukte niets.")
    item = cache_mod.naar_item(tekst, [b], [o])
    assert b"skills" not in item and b"Ze" not in item
    assert cache_mod.uit_item(item, tekst) == ([b], [o])
    assert cache_mod.uit_item(item, "kort") is None  # offsets outside the text
    assert cache_mod.uit_item(b"onzin", tekst) is None


def test_only_recent_entries_and_fingerprints_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_mod, "MAX_ITEMS", 3)
    oud = tmp_path / "v1" / "oud.cache"
    oud.parent.mkdir()
    oud.write_bytes(b"VHC1")
    os.utime(oud, (time.time() - cache_mod.OUD_NA_S - 10,) * 2)
    cache = cache_mod.Cache(tmp_path, "f")
    for i in range(5):
        cache.gebruik(bytes([i]) * 16, b"item")
    assert len(cache.nieuw) == len(cache.gebruikt) == 3  # memory stays bounded
    cache.bewaar()
    assert not oud.exists()
    volgende = cache_mod.Cache(tmp_path, "f")
    volgende.gebruik(bytes([9]) * 16, b"nieuw")
    volgende.bewaar()
    bewaard = cache_mod.Cache(tmp_path, "f").items
    assert len(bewaard) == 3 and bytes([9]) * 16 in bewaard
