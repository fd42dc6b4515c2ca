"""Hostile and pathological input (issue 11): every run ends quickly, in bounded memory.

Each case runs the real CLI in a subprocess under ``resource`` limits (address space and
CPU time) and a wall-clock timeout, far below the hangs and gigabytes these inputs caused
before, and asserts the exit code and a Dutch message. The bounds guard against hangs;
the speed itself is measured in ``benchmarks/groei.py``.
"""

from __future__ import annotations

import base64
import marshal
import os
import pty
import random
import resource
import select
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import blake2b
from pathlib import Path

import pytest

GEHEUGEN = 1_500 * 1024 * 1024
"""Address space a run may take (bytes)."""
CPU_S = 20
"""CPU seconds a run may use."""
WACHT_S = 40
"""Wall-clock seconds before a run counts as hanging (the machine may be busy)."""

REPO = Path(__file__).resolve().parents[1]
ANTWOORDEN = REPO / "voorbeelden" / "antwoorden.yaml"
ENGELS = ("Traceback", "Error", "mapping values", "expected", "found character")


@dataclass(frozen=True)
class Uitkomst:
    code: int
    stdout: str
    stderr: str


def _grenzen(cpu_s: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GEHEUGEN, GEHEUGEN))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s))


def _omgeving(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERHAAL")}
    env.update(VERHAAL_CACHE_MAP=str(cache), NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1")
    return env


def draai(
    map_: Path,
    *args: str,
    invoer: bytes | None = None,
    cache: Path | None = None,
    cpu_s: int = CPU_S,
) -> Uitkomst:
    """``verhaal *args`` in ``map_`` under the limits; a hang fails the test."""
    try:
        p = subprocess.run(
            [sys.executable, "-m", "verhaal", *args],
            cwd=map_,
            input=invoer if invoer is not None else b"",
            capture_output=True,
            env=_omgeving(cache or map_ / ".cache-test"),
            preexec_fn=lambda: _grenzen(cpu_s),
            timeout=WACHT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"verhaal {' '.join(args)} hing langer dan {WACHT_S} s")
    return Uitkomst(
        p.returncode,
        p.stdout.decode("utf-8", "replace"),
        p.stderr.decode("utf-8", "replace"),
    )


def draai_in_terminal(map_: Path, *args: str) -> Uitkomst:
    """``verhaal *args`` with a terminal (a pty) as stdin and stdout, under the limits."""
    hoofd, kind = pty.openpty()
    p = subprocess.Popen(
        [sys.executable, "-m", "verhaal", *args],
        cwd=map_,
        stdin=kind,
        stdout=kind,
        stderr=subprocess.PIPE,
        env={**_omgeving(map_ / ".cache-test"), "TERM": "dumb"},
        preexec_fn=lambda: _grenzen(CPU_S),
    )
    os.close(kind)
    uit = b""
    einde = time.monotonic() + WACHT_S
    try:
        while p.poll() is None and time.monotonic() < einde:
            klaar, _, _ = select.select([hoofd], [], [], 0.2)
            if klaar:
                try:
                    uit += os.read(hoofd, 65536)
                except OSError:
                    break
        try:
            p.wait(timeout=max(1.0, einde - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            pytest.fail(f"verhaal {' '.join(args)} hing in de terminal")
        fout = p.stderr.read() if p.stderr is not None else b""
    finally:
        os.close(hoofd)
        if p.stderr is not None:
            p.stderr.close()
    return Uitkomst(p.wait(), uit.decode("utf-8", "replace"), fout.decode("utf-8", "replace"))


def nederlands(tekst: str) -> None:
    """A message meant for people: no traceback, none of PyYAML's English."""
    for woord in ENGELS:
        assert woord not in tekst, tekst[:500]


def bom(voorvoegsel: str = "a") -> str:
    """A 'billion laughs' document body: nine anchors of nine aliases each."""
    regels = [f'{voorvoegsel}0: &{voorvoegsel}0 "lol"']
    for i in range(1, 10):
        verwijzingen = ", ".join([f"*{voorvoegsel}{i - 1}"] * 9)
        regels.append(f"{voorvoegsel}{i}: &{voorvoegsel}{i} [{verwijzingen}]")
    return "\n".join(regels) + "\n"


def verhaal(pad: Path, voorkant: str = "") -> Path:
    kop = f"---\n{voorkant}---\n\n" if voorkant else ""
    pad.write_text(
        f"{kop}# De regen\n\nDe regen kletterde op het dak. Ze rook de natte jassen.\n",
        encoding="utf-8",
    )
    return pad


# --- YAML: one bounded reader for every file ----------------------------------------------


def test_alias_bomb_in_a_team_werkvorm(tmp_path: Path) -> None:
    (tmp_path / "werkvormen").mkdir()
    (tmp_path / "werkvormen" / "bom.yaml").write_text(
        "id: bom\ntitel: Bom\nuitleg: x\n" + bom() + "fasen: []\n", encoding="utf-8"
    )
    verhaal(tmp_path / "v.md", "werkvorm: bom\n")
    lijst = draai(tmp_path, "werkvormen")
    assert "bom.yaml:" in lijst.stderr and "te groot" in lijst.stderr
    nederlands(lijst.stderr)
    valideer = draai(tmp_path, "werkvorm", "valideer", "werkvormen")
    assert valideer.code != 0
    assert "werkvormen/bom.yaml:" in valideer.stdout + valideer.stderr
    controle = draai(tmp_path, "controleer", "--geen-cache", "v.md")
    assert controle.code == 2
    assert "niet gecontroleerd" in controle.stdout and "verwijzingen" in controle.stdout


def test_alias_bomb_in_an_answers_file(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(bom() + "held: *a9\n", encoding="utf-8")
    uit = draai(tmp_path, "schrijf", "--antwoorden", "a.yaml", "--uit", "v.md")
    assert uit.code == 2
    assert "a.yaml:" in uit.stderr and "te groot" in uit.stderr
    nederlands(uit.stderr)
    assert not (tmp_path / "v.md").exists()


def test_alias_bomb_in_a_draft(tmp_path: Path) -> None:
    concepten = tmp_path / ".verhaal-concepten"
    concepten.mkdir()
    (concepten / "stapsgewijs.yaml").write_text(
        "versie: 1\nwerkvorm: stapsgewijs\n" + bom() + "antwoorden: {held: *a9}\n",
        encoding="utf-8",
    )
    uit = draai_in_terminal(tmp_path, "schrijf", "--hervat", "--naam", "Sam")
    assert uit.code == 2
    assert "stapsgewijs.yaml:" in uit.stderr and "te groot" in uit.stderr
    nederlands(uit.stderr)


def test_alias_bomb_and_huge_value_in_the_configuration(tmp_path: Path) -> None:
    verhaal(tmp_path / "v.md")
    (tmp_path / ".verhaal.yaml").write_text(bom() + "faal_op: *a9\n", encoding="utf-8")
    uit = draai(tmp_path, "controleer", "v.md")
    assert uit.code == 2
    assert ".verhaal.yaml:" in uit.stderr and "te groot" in uit.stderr
    assert len(uit.stderr) < 1_000
    # A long value is named by key and line, never printed.
    (tmp_path / ".verhaal.yaml").write_text(
        "regels:\n  getal: false\nfaal_op: '" + "lol " * 100_000 + "'\n", encoding="utf-8"
    )
    uit = draai(tmp_path, "controleer", "v.md")
    assert uit.code == 2
    assert ".verhaal.yaml:3: faal_op: onbekende ernst een tekst van 400000 tekens" in uit.stderr
    assert "lol lol" not in uit.stderr


@pytest.mark.parametrize(
    ("inhoud", "stuk"),
    [
        ("a: " + "[" * 100_000 + "\n", "te diep genest"),
        ("a: '" + "x" * 1_200_000 + "'\n", "te groot om als YAML te lezen"),
        ("".join(f"k{i}: &k{i} x\n" for i in range(300)), "te veel verwijzingen"),
        ("a: &a [*a]\n", "verwijst naar de waarde waar ze zelf in staat"),
        ("regels:\n  getal: b\x01c\n", ":2: dit is geen geldige YAML: er staat een teken"),
    ],
    ids=["diep", "groot", "ankers", "kring", "stuurteken"],
)
def test_deep_big_and_self_referring_yaml_is_refused(
    tmp_path: Path, inhoud: str, stuk: str
) -> None:
    verhaal(tmp_path / "v.md")
    if stuk == "te veel verwijzingen":
        inhoud += "".join(f"v{i}: *k{i}\n" for i in range(300))
    (tmp_path / ".verhaal.yaml").write_text(inhoud, encoding="utf-8")
    uit = draai(tmp_path, "controleer", "v.md")
    assert uit.code == 2
    assert stuk in uit.stderr and ".verhaal.yaml" in uit.stderr
    nederlands(uit.stderr)


def test_duplicate_keys_syntax_errors_and_key_errors_name_the_line(tmp_path: Path) -> None:
    verhaal(tmp_path / "v.md")
    (tmp_path / ".verhaal.yaml").write_text(
        "regels:\n  getal: false\nnamen: [Daan]\nregels:\n  lengte: false\n", encoding="utf-8"
    )
    uit = draai(tmp_path, "controleer", "v.md")
    assert uit.code == 2
    assert ".verhaal.yaml:4: regels: deze sleutel staat er twee keer (ook op regel 1)" in (
        uit.stderr
    )
    (tmp_path / ".verhaal.yaml").write_text(
        "regels:\n  getal: false\nnamen: Daan: Sam\n", encoding="utf-8"
    )
    uit = draai(tmp_path, "controleer", "v.md")
    assert uit.code == 2
    assert ".verhaal.yaml:3: dit is geen geldige YAML (kolom 12): hier mag geen dubbele" in (
        uit.stderr
    )
    nederlands(uit.stderr)
    (tmp_path / ".verhaal.yaml").unlink()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.verhaal.regels]\ngetal = "rood"\n', encoding="utf-8"
    )
    uit = draai(tmp_path, "controleer", "v.md")
    assert uit.code == 2
    assert "pyproject.toml:5: regels.getal: onbekende ernst 'rood'" in uit.stderr


# --- front matter names a werkvorm by id only ----------------------------------------------


@pytest.mark.parametrize("waarde", ["/elders/x.yaml", "../gedeeld/x", "werkvormen\\\\x", "x.yml"])
def test_front_matter_may_not_name_a_werkvorm_file(tmp_path: Path, waarde: str) -> None:
    elders = tmp_path / "elders"
    elders.mkdir()
    (elders / "x.yaml").write_text(bom(), encoding="utf-8")
    waarde = waarde.replace("/elders", str(elders))
    verhaal(tmp_path / "v.md", f'werkvorm: "{waarde}"\n')
    verhaal(tmp_path / "goed.md", "werkvorm: stapsgewijs\n")
    uit = draai(tmp_path, "controleer", "--geen-cache", "v.md", "goed.md")
    assert uit.code == 2
    assert "v.md: niet gecontroleerd: In de voorkant staat werkvorm:" in uit.stdout
    assert "alleen bij zijn id" in uit.stdout
    assert "goed.md: niet gecontroleerd" not in uit.stdout


# --- linear cost in input size -------------------------------------------------------------


def _blob(grootte: int) -> str:
    return base64.b64encode(random.Random(11).randbytes(grootte * 3 // 4)).decode() + "\n"


def _proza(grootte: int, punt: bool = True) -> str:
    woorden = "de man liep naar huis en zag twee honden die blaften tegen een boom".split()
    kies = random.Random(5)
    uit: list[str] = []
    lengte = 0
    while lengte < grootte:
        woord = kies.choice(woorden)
        if punt and len(uit) % 12 == 0:
            woord = woord.capitalize()
        uit.append(woord)
        lengte += len(woord) + 1
        if punt and len(uit) % 12 == 0:
            uit[-1] += "."
    return " ".join(uit) + "\n"


@pytest.mark.parametrize("formaat", ["tekst", "json", "sarif", "github"])
def test_a_pasted_blob_on_one_line(tmp_path: Path, formaat: str) -> None:
    (tmp_path / "blob.md").write_text(_blob(493_000), encoding="utf-8")
    uit = draai(tmp_path, "controleer", "--geen-cache", "--formaat", formaat, "blob.md")
    assert uit.code == 1, uit.stderr[-500:]
    nederlands(uit.stderr)
    if formaat == "tekst":
        # Every shown line is cut around its span.
        assert max(len(regel) for regel in uit.stdout.splitlines()) < 600


def test_a_long_line_of_prose_in_the_text_report(tmp_path: Path) -> None:
    (tmp_path / "lang.md").write_text(_proza(490_000), encoding="utf-8")
    # Without the tense rule (its cost on long text is measured in benchmarks/groei.py):
    # this case is about the report, which copied the whole line for every finding.
    uit = draai(tmp_path, "controleer", "--geen-cache", "--zonder", "tegenwoordige-tijd", "lang.md")
    assert uit.code in (0, 1), uit.stderr[-500:]
    assert uit.stdout.count("\n 1 | ") > 100
    assert max(len(regel) for regel in uit.stdout.splitlines()) < 600


def test_one_capitalised_name_repeated_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "namen.md").write_text(" ".join(["Jan Xyzq"] * 40_000) + "\n", encoding="utf-8")
    uit = draai(
        tmp_path, "controleer", "--geen-cache", "-f", "json", "--alleen", "naam", "--naam",
        "Jan", "namen.md",
    )  # fmt: skip
    assert uit.code == 1
    assert uit.stdout.count('"rule": "naam"') == 80_000


def test_one_very_long_word(tmp_path: Path) -> None:
    (tmp_path / "woord.md").write_text("a" * 400_000 + "\n", encoding="utf-8")
    (tmp_path / "é.md").write_text("é" * 200_000 + "\n", encoding="utf-8")
    uit = draai(tmp_path, "controleer", "--geen-cache", "woord.md", "é.md")
    assert uit.code in (0, 1), uit.stderr[-500:]


def test_one_very_long_sentence(tmp_path: Path) -> None:
    (tmp_path / "zin.md").write_text(_proza(400_000, punt=False), encoding="utf-8")
    uit = draai(tmp_path, "controleer", "--geen-cache", "zin.md")
    assert uit.code in (0, 1), uit.stderr[-500:]


def test_the_size_limit_is_one_setting_and_stdin_reports_its_size(tmp_path: Path) -> None:
    (tmp_path / "v.md").write_text(_proza(20_500), encoding="utf-8")
    (tmp_path / ".verhaal.yaml").write_text("max_kb: 10\n", encoding="utf-8")
    uit = draai(tmp_path, "controleer", "-f", "json", "v.md")
    assert uit.code == 2
    assert "te groot (21 kB)" in uit.stdout and "tot 10 kB" in uit.stdout
    (tmp_path / ".verhaal.yaml").unlink()
    uit = draai(tmp_path, "controleer", "-f", "json", "-", invoer=b"a " * 300_000)
    assert uit.code == 2
    assert "te groot (meer dan 500 kB)" in uit.stdout


# --- no lost stories -----------------------------------------------------------------------


def _schrijf(map_: Path, uit: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "verhaal", "schrijf", "--antwoorden", str(ANTWOORDEN), "--uit", uit],
        cwd=map_,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_omgeving(map_ / ".cache-test"),
        preexec_fn=lambda: _grenzen(CPU_S),
    )


def test_two_writers_one_story(tmp_path: Path) -> None:
    for ronde in range(3):
        naam = f"zelfde-{ronde}.md"
        schrijvers = [_schrijf(tmp_path, naam) for _ in range(2)]
        uitkomsten: list[tuple[int, bytes]] = []
        for p in schrijvers:
            _, fout = p.communicate(timeout=WACHT_S)
            uitkomsten.append((p.returncode, fout))
        codes = sorted(code for code, _ in uitkomsten)
        assert codes == [0, 2], uitkomsten
        verliezer = next(fout for code, fout in uitkomsten if code == 2).decode()
        assert "bestaat al" in verliezer or "zojuist door iets anders gemaakt" in verliezer
        assert (tmp_path / naam).is_file()
        assert (tmp_path / naam.replace(".md", ".aantekeningen.md")).is_file()
    assert not list(tmp_path.glob(".*.tmp"))


def test_uit_a_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    (tmp_path / "map").mkdir()
    uit = draai(tmp_path, "schrijf", "--antwoorden", str(ANTWOORDEN), "--uit", "map")
    assert uit.code == 2
    assert "is een map" in uit.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".cache-test") == ["map"]
    assert list((tmp_path / "map").iterdir()) == []


def test_an_unwritable_target_is_refused_before_the_first_question(tmp_path: Path) -> None:
    (tmp_path / "bestand").write_text("", encoding="utf-8")
    uit = draai_in_terminal(tmp_path, "schrijf", "--uit", "bestand/verhaal.md")
    assert uit.code == 2
    assert "Kan niet schrijven in bestand" in uit.stderr
    assert "Fase 1" not in uit.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_read_only_folder_is_refused_before_the_first_question(tmp_path: Path) -> None:
    alleen_lezen = tmp_path / "alleen-lezen"
    alleen_lezen.mkdir()
    alleen_lezen.chmod(0o555)
    try:
        uit = draai_in_terminal(alleen_lezen, "schrijf")
    finally:
        alleen_lezen.chmod(0o755)
    assert uit.code == 2
    assert "Kan niet schrijven in" in uit.stderr
    assert "Fase 1" not in uit.stdout


# --- the findings cache --------------------------------------------------------------------


def _met_cache(tmp_path: Path) -> tuple[Path, Path, Uitkomst]:
    cache = tmp_path / "cache"
    verhaal(tmp_path / "v.md").write_text(
        "# Uit\n\nZe zag 3 vogels en had skills.\n", encoding="utf-8"
    )
    eerst = draai(tmp_path, "controleer", "-f", "json", "v.md", cache=cache)
    assert eerst.code == 1
    (bestand,) = (cache / "v1").glob("*.cache")
    return cache, bestand, eerst


def test_a_cache_entry_replaced_by_a_pipe_or_a_device(tmp_path: Path) -> None:
    cache, bestand, eerst = _met_cache(tmp_path)
    bestand.unlink()
    os.mkfifo(bestand)
    assert draai(tmp_path, "controleer", "-f", "json", "v.md", cache=cache) == eerst
    bestand.unlink()
    bestand.symlink_to("/dev/zero")
    assert draai(tmp_path, "controleer", "-f", "json", "v.md", cache=cache) == eerst


@pytest.mark.parametrize(
    "vorm",
    [
        ("x",),
        ((("getal", "rood", 0, 1, "m", None),), ()),
        ((("getal", "fout", 5, 2, "m", None),), ()),
        ((("getal", "fout", 0, 1, 3, None),), ()),
        (((1, "fout", True, 1, "m", None),), ()),
        ((), (("s", 0, 10**9, "b"),)),
    ],
)
def test_a_forged_cache_entry_with_a_valid_checksum_is_a_miss(tmp_path: Path, vorm: object) -> None:
    cache, bestand, eerst = _met_cache(tmp_path)
    items = marshal.loads(bestand.read_bytes()[4:])
    data = marshal.dumps(vorm)
    vals = blake2b(data, digest_size=8).digest() + data
    bestand.write_bytes(b"VHC2" + marshal.dumps(dict.fromkeys(items, vals)))
    assert draai(tmp_path, "controleer", "-f", "json", "v.md", cache=cache) == eerst


def test_cachedir_tag_only_in_the_folder_the_tool_owns(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "foto.jpg").write_bytes(b"x")
    verhaal(tmp_path / "v.md")
    draai(tmp_path, "controleer", "v.md", cache=cache)
    assert not (cache / "CACHEDIR.TAG").exists()
    assert (cache / "v1" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f59")


def test_every_case_in_one_batch_ends(tmp_path: Path) -> None:
    """Many bad files together: each gets its message, the batch still ends."""
    bestanden: Sequence[tuple[str, str]] = [
        ("blob.md", _blob(200_000)),
        ("regels.md", "Hij liep naar huis.\n" * 20_000),
        ("leeg.md", ""),
        ("sterren.md", "*a " * 100_000),
        ("haakjes.md", "(" * 300_000),
    ]
    for naam, inhoud in bestanden:
        (tmp_path / naam).write_text(inhoud, encoding="utf-8")
    uit = draai(
        tmp_path, "controleer", "--geen-cache", "-f", "json", "--zonder",
        "tegenwoordige-tijd,engels,vaktaal", *(naam for naam, _ in bestanden),
    )  # fmt: skip
    assert uit.code == 2
    assert '"error": "Het bestand is leeg' in uit.stdout


# --- a save that fails keeps the answers (in process: the terminal dialogue) -------------


def _proef_verloop(vrager: object) -> tuple[object, object]:
    from verhaal.flow import Staat, Uitkomst, Verloop
    from verhaal.werkvorm import lees_werkvorm

    proef = lees_werkvorm(REPO / "tests" / "data" / "werkvormen_proef" / "proef.yaml")
    staat = Staat(werkvorm="proef", antwoorden={"titel": "Stil"}, alineas=["Er was eens."])
    return Verloop(proef, vrager, staat=staat), Uitkomst(staat, klaar=True)  # type: ignore[arg-type]


def test_a_failed_save_asks_for_another_place(tmp_path: Path) -> None:
    from verhaal.flow import GescripteVrager
    from verhaal.flow.bewaren import bewaar_nieuw

    (tmp_path / "bestand").write_text("", encoding="utf-8")
    vrager = GescripteVrager([("_uit", str(tmp_path / "elders" / "stil"))])
    verloop, uitkomst = _proef_verloop(vrager)
    bewaard = bewaar_nieuw(
        verloop,  # type: ignore[arg-type]
        uitkomst,  # type: ignore[arg-type]
        tmp_path / "bestand" / "stil.md",
        overschrijf=False,
    )
    assert bewaard.verhaal == tmp_path / "elders" / "stil.md"
    assert bewaard.verhaal.is_file() and bewaard.aantekeningen.is_file()
    assert any("Bewaren lukte niet" in regel for regel in vrager.uitvoer)


def test_a_story_made_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    from verhaal.errors import InvoerFout
    from verhaal.flow import GescripteVrager
    from verhaal.flow.bewaren import bewaar_verhaal

    vrager = GescripteVrager([], interactief=False)
    verloop, uitkomst = _proef_verloop(vrager)
    doel = tmp_path / "stil.md"
    doel.write_text("van een ander", encoding="utf-8")
    with pytest.raises(InvoerFout, match="bestaat al"):
        bewaar_verhaal(verloop, uitkomst, doel, overschrijf=False)  # type: ignore[arg-type]
    # Both or neither: the notes written first are gone again, the other story is intact.
    assert doel.read_text(encoding="utf-8") == "van een ander"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stil.md"]
