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
    gevonden = bestanden[str(map_ / "c.md")]["findings"]
    assert [f["text"] for f in gevonden if f["rule"] == "getal"] == ["7"]


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
        (cache_map / "v1" / "CACHEDIR.TAG")
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
    achtergebleven = tmp_path / "v1" / ".f.cache.abc.tmp"  # from a run killed mid-write
    achtergebleven.write_bytes(b"half")
    os.utime(achtergebleven, (time.time() - 7200,) * 2)
    cache.bewaar()
    assert not oud.exists()
    assert not achtergebleven.exists()
    volgende = cache_mod.Cache(tmp_path, "f")
    volgende.gebruik(bytes([9]) * 16, b"nieuw")
    volgende.bewaar()
    bewaard = cache_mod.Cache(tmp_path, "f").items
    assert len(bewaard) == 3 and bytes([9]) * 16 in bewaard


def test_the_fingerprint_is_the_same_in_every_process(tmp_path: Path) -> None:
    """Settings hold frozensets (rules switched on or off explicitly), whose order follows
    the per-process string hash: the fingerprint must not, or a run never hits."""
    import subprocess
    import sys

    (tmp_path / ".verhaal.yaml").write_text(
        "regels:\n  getal: false\n  engels: false\n  vaktaal: false\n  titel: true\n"
        "per_werkvorm:\n  logline:\n    regels: {getal: true, lengte: false, naam: true}\n",
        encoding="utf-8",
    )
    code = (
        "from verhaal.cli.controleer import _opdracht\n"
        "from verhaal.instellingen import laad_instellingen\n"
        "from verhaal.linter.cache import vingerafdruk\n"
        "print(vingerafdruk(_opdracht(laad_instellingen(), (), [], [], False, False)))\n"
    )
    afdrukken = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=tmp_path,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(afdrukken) == 1


def test_unknown_words_in_a_directive_never_reach_the_cache(
    map_: Path, cache_map: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note about an unknown id quotes the directive's own words (a teacher may write a
    name there), which cutting out the note's span does not remove."""
    (map_ / "d.md").write_text(
        "# Uit\n\n<!-- verhaal: negeer naam Pieternel -->\nZe liep weg.\n\n"
        "<!-- verhaal: Gijsbrechtje -->\nHet was koud.\n",
        encoding="utf-8",
    )
    eerste = _run("-f", "tekst", str(map_))
    assert "Pieternel" in eerste[1] and "gijsbrechtje" in eerste[1]
    inhoud = b"".join(p.read_bytes() for p in cache_map.rglob("*") if p.is_file())
    assert b"Pieternel" not in inhoud and b"ijsbrechtje" not in inhoud
    assert _run("-f", "tekst", str(map_)) == eerste


def test_entries_used_most_recently_survive_when_the_file_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_mod, "MAX_ITEMS", 3)

    def ronde(*sleutels: bytes) -> None:
        cache = cache_mod.Cache(tmp_path, "f")
        for s in sleutels:
            cache.gebruik(s, None if s in cache.items else b"item")
        cache.bewaar()

    a, b, c, d, e = (bytes([i]) * 16 for i in range(5))
    ronde(a, b, c)
    ronde(d)  # keeps d and the two most recent of a, b, c
    ronde(e)  # d was used after all of them: it must stay
    assert d in cache_mod.Cache(tmp_path, "f").items


def test_a_missing_home_folder_only_costs_the_cache(
    map_: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without $HOME (a container run as an unknown user) pathlib cannot find the user's
    cache folder; the check itself must still run."""

    def geen_thuis() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("VERHAAL_CACHE_MAP")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(geen_thuis))
    code, uit, _ = _run("-f", "json", str(map_))
    assert code == 1 and "Anouk" in uit


def test_stories_inside_a_werkvorm_folder_do_not_change_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader reads only the top-level YAML files of a werkvorm folder; a team that
    keeps its werkvormen next to its stories (``werkvormen: [.]``) must not lose the whole
    cache whenever a story changes."""
    from verhaal.instellingen import Instellingen

    monkeypatch.chdir(tmp_path)
    (tmp_path / "klas").mkdir()
    opdracht = uitvoeren.Opdracht(instellingen=Instellingen(werkvormen=(tmp_path,)))
    voor = cache_mod.vingerafdruk(opdracht)
    (tmp_path / "verhaal.md").write_text("# Nieuw\n\nHet was stil.\n", encoding="utf-8")
    (tmp_path / "klas" / "ander.md").write_text("# Ander\n\nHet regende.\n", encoding="utf-8")
    assert cache_mod.vingerafdruk(opdracht) == voor
    (tmp_path / "eigen.yaml").write_text("id: eigen\n", encoding="utf-8")
    assert cache_mod.vingerafdruk(opdracht) != voor


def test_the_fingerprint_follows_the_python_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules lean on unicodedata and re, which change between Python versions; an
    editable install keeps the same code paths under another Python."""
    import sys

    opdracht = uitvoeren.Opdracht()
    voor = cache_mod.vingerafdruk(opdracht)
    monkeypatch.setattr(sys, "version", sys.version + " ander")
    assert cache_mod.vingerafdruk(opdracht) != voor


def test_a_file_that_only_answers_is_not_removed_as_old(map_: Path, cache_map: Path) -> None:
    """Removal after OUD_NA_S is for fingerprints nobody uses; a team whose stories did not
    change for a month still uses its file every run."""
    _run("-f", "json", str(map_))
    bestand = _cachebestanden(cache_map)[0]
    oud = time.time() - cache_mod.OUD_NA_S - 10
    os.utime(bestand, (oud, oud))
    _run("-f", "json", str(map_))  # only hits
    _run("-f", "json", "--zonder", "getal", str(map_))  # another fingerprint cleans up
    assert bestand.exists()


def test_a_flipped_byte_in_the_cache_file_is_ignored(map_: Path, cache_map: Path) -> None:
    """marshal has no checksum: a damaged byte in a severity or an offset still decodes, and
    would give wrong findings (or an internal error) on every later run."""
    eerste = _run("-f", "tekst", str(map_))
    bestand = _cachebestanden(cache_map)[0]
    ruw = bestand.read_bytes()
    plek = ruw.index(b"fout")
    bestand.write_bytes(ruw[:plek] + b"fouX" + ruw[plek + 4 :])
    assert _run("-f", "tekst", str(map_)) == eerste


def test_entries_of_the_wrong_type_are_ignored() -> None:
    for onzin in (3, None, "tekst", (1, 2)):
        assert cache_mod.uit_item(onzin, "tekst") is None  # type: ignore[arg-type]
