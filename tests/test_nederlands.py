"""Every word a user sees is Dutch: every command's help and its usage errors.

The commands are discovered from the app itself (the click tree typer builds), so a new
command or option is covered without touching this file. The text is searched for
English scaffolding that typer, click and argparse write by themselves (``Usage:``,
``[default: …]``, ``Error: No such option``, ``<path>`` …), after taking out option
names such as ``--show-completion``, which are not prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.core import TyperArgument, TyperGroup, TyperOption

import cli_hulp
from verhaal.cli import app
from verhaal.cli.controleer import _parser

ENGELS = re.compile(
    r"\b(usage|options?|arguments?|commands?|args|default|required|show|shows|error|"
    r"invalid|missing|try|unexpected|such|got|requires|does|not|take|takes|value|values|"
    r"expected|unrecognized|following|choose|choice|possible|mean|help message|message|"
    r"exit|install|completion|current|aborted|dynamic|env var|text|path|integer|"
    r"boolean|float|str|int|list|file|name|one|the|for|and|or|are|this|from|to)\b",
    re.IGNORECASE,
)
"""English words typer, click and argparse use in help and errors, leaving out the ones
that are Dutch too (of, is, shell)."""

NIET_PROZA = re.compile(r"(?<![\w])--?[\w][\w-]*|\$\w+|\{[^}\s]*\}|\b\w+\.(?:md|yaml|toml)\b")
"""Option names, environment variables, choice lists and file names: not prose."""

METAVAR = re.compile(r"<[a-z][\w\[\], |]*>")


def engels_in(tekst: str) -> list[str]:
    """The English scaffolding words in ``tekst`` (empty when it is all Dutch)."""
    proza = NIET_PROZA.sub(" ", tekst)
    gevonden = [m.group(0) for m in ENGELS.finditer(proza)]
    gevonden += [m.group(0) for m in METAVAR.finditer(tekst)]
    return gevonden


def _opdrachten() -> Iterator[tuple[tuple[str, ...], object]]:
    """Every command and group of the app, with its path (``("werkvorm", "toon")``)."""

    def loop(pad: tuple[str, ...], commando: object) -> Iterator[tuple[tuple[str, ...], object]]:
        yield pad, commando
        if isinstance(commando, TyperGroup):
            for naam, sub in commando.commands.items():
                yield from loop((*pad, naam), sub)

    yield from loop((), typer.main.get_command(app))


OPDRACHTEN = dict(_opdrachten())


def _id(pad: tuple[str, ...]) -> str:
    return " ".join(("verhaal", *pad))


def test_de_ontdekking_vindt_alle_opdrachten() -> None:
    paden = {" ".join(pad) for pad in OPDRACHTEN}
    for verwacht in ("", "schrijf", "controleer", "regels", "werkvorm", "werkvorm toon"):
        assert verwacht in paden


def test_de_woordenlijst_vangt_wat_typer_en_argparse_in_het_engels_schrijven() -> None:
    # The detector itself: it must see the texts the issue found, and pass Dutch ones.
    for engels in (
        "Usage: verhaal [OPTIONS] COMMAND [ARGS]...",
        "Show this message and exit.",
        "[default: stapsgewijs]",
        "Error: No such option: --foo",
        "Option '--naam' requires an argument.",
        "-n, --naam <list[str]>",
        "usage: verhaal controleer [-h]",
        "error: the following arguments are required: PAD",
    ):
        assert engels_in(engels), engels
    assert not engels_in("Gebruik: verhaal [OPTIES] OPDRACHT [ARGUMENTEN]...")
    assert not engels_in("--show-completion  Toon het aanvulscript voor deze shell.")


@pytest.mark.parametrize("pad", list(OPDRACHTEN), ids=_id)
@pytest.mark.parametrize("hulp", ["--help", "-h"])
def test_hulp_is_nederlands(pad: tuple[str, ...], hulp: str) -> None:
    code, uitvoer = cli_hulp.roep(*pad, hulp, breedte=80)
    assert code == 0
    assert "Gebruik: " in uitvoer
    assert engels_in(uitvoer) == [], uitvoer


def _gebruiksfouten() -> Iterator[tuple[str, ...]]:
    """Wrong command lines for every command: unknown option, option without its value,
    flag with a value, missing argument, one argument too many, unknown subcommand."""
    for pad, commando in OPDRACHTEN.items():
        yield (*pad, "--bestaat-niet")
        if isinstance(commando, TyperGroup):
            yield (*pad, "bestaat-niet")
            continue
        params = getattr(commando, "params", [])
        argumenten = [p for p in params if isinstance(p, TyperArgument)]
        vulling = ["x" for p in argumenten if p.required]
        for optie in params:
            if not isinstance(optie, TyperOption) or optie.hidden:
                continue
            if optie.is_flag:
                yield (*pad, *vulling, f"{optie.opts[-1]}=ja")
            else:
                yield (*pad, *vulling, optie.opts[-1])
        if any(p.required for p in argumenten):
            yield pad
        if argumenten and all(p.nargs == 1 for p in argumenten):
            yield (*pad, *(["x"] * len(argumenten)), "nog-een")
    # controleer parses its own options (argparse): its options and errors.
    for actie in _parser()._actions:
        if actie.option_strings and actie.nargs != 0 and actie.help != "==SUPPRESS==":
            yield ("controleer", actie.option_strings[-1])
    yield ("controleer", "--formaat", "xml")
    yield ("controleer", "--faal-op", "alles")
    yield ("controleer", "--proces=2")


GEBRUIKSFOUTEN = list(dict.fromkeys(_gebruiksfouten()))


@pytest.mark.parametrize("args", GEBRUIKSFOUTEN, ids=lambda a: " ".join(a))
def test_gebruiksfouten_zijn_nederlands(args: tuple[str, ...]) -> None:
    code, uitvoer = cli_hulp.roep(*args)
    assert code == 2, uitvoer
    assert "Gebruik: " in uitvoer
    assert engels_in(uitvoer) == [], uitvoer


def test_een_gebruiksfout_zegt_wat_er_mis_is_en_waar_meer_uitleg_staat() -> None:
    code, uitvoer = cli_hulp.roep("schrijf", "--naam")
    assert code == 2
    assert uitvoer.splitlines() == [
        "verhaal schrijf: de optie --naam heeft een waarde nodig.",
        "Gebruik: verhaal schrijf [OPTIES]",
        "Meer uitleg: verhaal schrijf --help",
    ]
    # controleer (argparse) in the same layout.
    code, uitvoer = cli_hulp.roep("controleer", "--naam")
    regels = uitvoer.splitlines()
    assert code == 2
    assert regels[0] == "verhaal controleer: de optie -n / --naam heeft een waarde nodig."
    assert regels[1].startswith("Gebruik: verhaal controleer ")
    assert regels[-1] == "Meer uitleg: verhaal controleer --help"


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("schrijf", "--nam", "x"), "Bedoel je --naam of --namen?"),
        (("schrijv",), "Bedoel je 'schrijf'?"),
        (("werkvorm", "tonen", "x"), "Bedoel je 'toon'?"),
        (("controleer", "--formaa", "json"), "Bedoel je --formaat?"),
    ],
)
def test_een_tikfout_krijgt_een_suggestie(args: tuple[str, ...], hint: str) -> None:
    code, uitvoer = cli_hulp.roep(*args)
    assert code == 2
    assert hint in uitvoer


def test_zonder_opdracht_de_hulp() -> None:
    code, uitvoer = cli_hulp.roep()
    assert code == 2
    assert "Opdrachten:" in uitvoer and engels_in(uitvoer) == []


def test_standaardwaarden_en_verplichte_argumenten_in_het_nederlands() -> None:
    _, schrijf = cli_hulp.roep("schrijf", "--help")
    assert "[standaard: stapsgewijs]" in schrijf
    _, toon = cli_hulp.roep("werkvorm", "toon", "--help")
    assert "[verplicht]" in toon
    assert "Argumenten:" in toon and "Opties:" in toon


@pytest.mark.parametrize(
    ("args", "gebruik"),
    [
        (("bespreek", "--help"), "Gebruik: verhaal bespreek [OPTIES] VERHAAL"),
        (("bundel", "--help"), "Gebruik: verhaal bundel [OPTIES] MAP…"),
        (
            ("werkvorm", "valideer", "--help"),
            "Gebruik: verhaal werkvorm valideer [OPTIES] [PAD...]",
        ),
        (("werkvorm", "toon"), "Gebruik: verhaal werkvorm toon [OPTIES] ID"),
    ],
)
def test_argumenten_in_de_gebruiksregel_zoals_bij_controleer(
    args: tuple[str, ...], gebruik: str
) -> None:
    # Required bare, optional in brackets, more than one with dots: no {BRACES}, no MAP…...
    _, uitvoer = cli_hulp.roep(*args)
    assert gebruik in uitvoer.splitlines(), uitvoer


KAPOTTE_YAML = [
    "regels: {getal: [\n",
    "regels:\n  getal: [1, 2\n",
    "regels:\n\tgetal: false\n",
    "a: b: c\n",
    "- a\nb: c\n",
    "a: 'niet afgesloten\n",
    "a: *nergens\n",
    "a: b\n---\nc: d\n",
    'a: "\\q"\n',
    "a:\n  - b\n c: d\n",
]


@pytest.mark.parametrize("inhoud", KAPOTTE_YAML)
def test_yaml_fouten_zijn_nederlands(
    inhoud: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The configuration, a werkvorm file and an answers file: PyYAML's English never shows.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kapot.yaml").write_text(inhoud, encoding="utf-8")
    (tmp_path / "v.md").write_text("# Titel\n\nZe zag de zee.\n", encoding="utf-8")
    for args in (
        ("controleer", "--config", "kapot.yaml", "v.md"),
        ("werkvorm", "valideer", "kapot.yaml"),
        ("schrijf", "--antwoorden", "kapot.yaml"),
    ):
        code, uitvoer = cli_hulp.roep(*args)
        assert code in (1, 2), uitvoer
        assert "kapot.yaml" in uitvoer
        assert engels_in(uitvoer.replace("kapot.yaml", "")) == [], uitvoer


def test_aanvullen_installeren_meldt_in_het_nederlands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer import _completion_shared

    # Not in the user's real shell files: the installer itself is replaced.
    monkeypatch.setattr(_completion_shared, "_get_shell_name", lambda: "bash")
    monkeypatch.setattr(
        _completion_shared, "install", lambda shell=None: (shell, tmp_path / ".bashrc")
    )
    code, uitvoer = cli_hulp.roep("--install-completion")
    assert code == 0
    assert "Aanvullen met Tab is geïnstalleerd voor bash" in uitvoer
    assert engels_in(uitvoer.replace(str(tmp_path), "")) == [], uitvoer


@pytest.mark.parametrize("optie", ["--install-completion", "--show-completion"])
@pytest.mark.parametrize("shell", ["tcsh", None])
def test_aanvullen_voor_een_onbekende_shell_meldt_in_het_nederlands(
    optie: str, shell: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer import _completion_shared

    def niet_installeren(shell: str | None = None) -> None:
        raise AssertionError("er mag niets geïnstalleerd worden")

    monkeypatch.setattr(_completion_shared, "_get_shell_name", lambda: shell)
    monkeypatch.setattr(_completion_shared, "install", niet_installeren)
    code, uitvoer = cli_hulp.roep(optie)
    assert code == 2, uitvoer
    assert "Aanvullen met Tab kan niet voor" in uitvoer
    assert ("'tcsh'" in uitvoer) == (shell == "tcsh"), uitvoer
    assert "bash" in uitvoer and "zsh" in uitvoer, uitvoer
    assert engels_in(uitvoer) == [], uitvoer


def test_aanvulscript_tonen_werkt_nog(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer import _completion_shared

    monkeypatch.setattr(_completion_shared, "_get_shell_name", lambda: "bash")
    code, uitvoer = cli_hulp.roep("--show-completion")
    assert code == 0, uitvoer
    assert "_verhaal_completion()" in uitvoer and "_VERHAAL_COMPLETE" in uitvoer


def test_een_nieuwe_opdracht_met_getypte_opties_is_vanzelf_nederlands() -> None:
    # What a future command gets without doing anything: typer's default (rich) help
    # mode, an int, a float and a flag pair, a required argument.
    from typer.testing import CliRunner

    from verhaal.cli._nederlands import NlGroep

    proef = typer.Typer(cls=NlGroep)

    @proef.command()
    def tel(
        aantal: int = typer.Option(3, "--aantal"),
        maat: float = typer.Option(1.0, "--maat"),
        kort: bool = typer.Option(False, "--kort/--lang"),
        pad: int = typer.Argument(...),
    ) -> None:
        """Tel iets."""

    @proef.command()
    def niets() -> None:
        """Doe niets."""

    for args in (
        ["tel", "--help"],
        ["tel", "1", "--aantal", "veel"],
        ["tel", "1", "--maat", "groot"],
        ["tel", "een"],
        ["tel"],
        ["tel", "1", "--kort=ja"],
        ["telt"],
    ):
        resultaat = CliRunner().invoke(proef, args)
        assert "Gebruik: " in resultaat.output, args
        assert engels_in(resultaat.output) == [], resultaat.output


TECHNISCHE_NAMEN = {"json", "sarif", "github", "txt", "txt-bestand", "init", "docs"}
"""Names of formats, files and commands that a help text must use as they are."""


def _engels_volgens_de_regel(tekst: str) -> list[str]:
    """The words verhaal's own rule ``engels`` would flag in ``tekst`` (prose only)."""
    from verhaal.checker import CheckConfig, RegelInstelling, check
    from verhaal.checker.rules import REGELS

    alleen_engels = CheckConfig(regels={r: RegelInstelling(aan=r == "engels") for r in REGELS})
    proza = NIET_PROZA.sub(" ", tekst)
    return [b.tekst for b in check(proza, alleen_engels) if b.tekst.lower() not in TECHNISCHE_NAMEN]


def _werkvorm_ids() -> list[str]:
    from verhaal.werkvorm.laden import werkvorm_bestanden, werkvormen_map

    return [pad.stem for pad in werkvorm_bestanden(werkvormen_map())]


@pytest.mark.parametrize("pad", list(OPDRACHTEN), ids=_id)
def test_de_hulp_gebruikt_geen_woord_dat_de_eigen_regel_engels_noemt(
    pad: tuple[str, ...],
) -> None:
    # verhaal asks teachers for 'terugkoppeling', not 'feedback': its own texts too.
    _, uitvoer = cli_hulp.roep(*pad, "--help", breedte=80)
    assert _engels_volgens_de_regel(uitvoer) == [], uitvoer


@pytest.mark.parametrize("werkvorm", _werkvorm_ids())
def test_een_ingebouwde_werkvorm_gebruikt_geen_woord_dat_de_eigen_regel_engels_noemt(
    werkvorm: str,
) -> None:
    code, uitvoer = cli_hulp.roep("werkvorm", "toon", werkvorm, breedte=100)
    assert code == 0
    assert _engels_volgens_de_regel(uitvoer) == [], uitvoer


def test_de_regels_leggen_zich_uit_zonder_engels_buiten_hun_voorbeelden() -> None:
    from verhaal.checker.rules import REGELS

    for regel in REGELS.values():
        uitleg = " ".join((regel.beschrijving, regel.waarom))
        uitleg += " " + " ".join(optie.uitleg for optie in regel.opties.values())
        if regel.id == "engels":
            continue  # it names English words to explain itself
        assert "front matter" not in uitleg  # the README's word: YAML-voorkant
        assert _engels_volgens_de_regel(uitleg) == [], regel.id


@pytest.mark.parametrize("pad", list(OPDRACHTEN), ids=_id)
def test_alleen_een_opdracht_met_vragen_zegt_dat_antwoorden_geweigerd_worden(
    pad: tuple[str, ...],
) -> None:
    # The shared --naam help talks about refused answers; a command that asks nothing
    # (bundel) must say what the name does there instead.
    _, uitvoer = cli_hulp.roep(*pad, "--help", breedte=200)
    uitvoer = " ".join(uitvoer.split())
    if "antwoorden met de naam worden geweigerd" in uitvoer:
        assert "--antwoorden" in uitvoer, uitvoer
