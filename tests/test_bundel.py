"""``verhaal bundel``: the booklet's structure, escaping, order, formats and output rules."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app
from verhaal.errors import VerhaalFout

VOORBEELDEN = Path(__file__).resolve().parent.parent / "voorbeelden" / "verhalen"


def verhaal(
    titel: str,
    tekst: str,
    *,
    thema: str | None = None,
    werkvorm: str | None = None,
    plotvraag: str | None = None,
) -> str:
    """A story file with front matter and a ``#`` title."""
    kop = [f"titel: {titel}"]
    if werkvorm:
        kop.append(f"werkvorm: {werkvorm}")
    if thema:
        kop.append(f"thema: {thema}")
    if plotvraag:
        kop.append(f"plotvraag: {plotvraag}")
    return "---\n" + "\n".join(kop) + f"\n---\n\n# {titel}\n\n{tekst}\n"


GEWOON = (
    "Er was eens een jongen die graag buiten speelde. Hij rende over het plein.\n\n"
    "Toen regende het de hele dag. Hij bleef binnen en las een boek."
)


class Boom(HTMLParser):
    """Every start tag with its attributes, the text per tag, and the raw structure."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stapel: list[tuple[str, dict[str, str | None]]] = []
        self.teksten: list[tuple[tuple[str, ...], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributen = dict(attrs)
        self.tags.append((tag, attributen))
        if tag not in ("meta", "br", "hr", "img", "link", "input"):
            self.stapel.append((tag, attributen))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stapel) - 1, -1, -1):
            if self.stapel[i][0] == tag:
                del self.stapel[i:]
                break

    def handle_data(self, data: str) -> None:
        if data.strip():
            klassen = tuple(
                f"{t}.{a.get('class') or ''}" + (f"#{a['id']}" if a.get("id") else "")
                for t, a in self.stapel
            )
            self.teksten.append((klassen, data))

    def met_klasse(self, tag: str, klasse: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and klasse in (a.get("class") or "").split()]

    def tekst_in(self, merk: str) -> list[str]:
        """The texts inside an element whose path entry contains ``merk``."""
        return [d for pad, d in self.teksten if any(merk in stap for stap in pad)]


def lees_html(pad: Path) -> Boom:
    boom = Boom()
    boom.feed(pad.read_text(encoding="utf-8"))
    boom.close()
    return boom


def voer_uit(*args: str) -> tuple[int, str, str]:
    """Run the CLI as ``main()`` would: exit code, stdout, stderr (VerhaalFout → message)."""
    resultaat = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    if isinstance(resultaat.exception, VerhaalFout):
        return resultaat.exception.exit_code, resultaat.stdout, resultaat.exception.bericht
    if resultaat.exception and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception
    return resultaat.exit_code, resultaat.stdout, resultaat.stderr


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    verhalen = tmp_path / "verhalen"
    verhalen.mkdir()
    (verhalen / "b.md").write_text(
        verhaal(
            "Het natte plein",
            GEWOON,
            thema="samenwerking",
            plotvraag="Zal het hem lukken om weer buiten te spelen?",
        ),
        encoding="utf-8",
    )
    (verhalen / "a.md").write_text(
        verhaal("De lange gang", GEWOON, werkvorm="sterker-van"), encoding="utf-8"
    )
    (verhalen / "c.txt").write_text("De stille ochtend\n\n" + GEWOON + "\n", encoding="utf-8")
    (verhalen / "d.md").write_text(
        verhaal("Avond op het veld", GEWOON, thema="samenwerking"), encoding="utf-8"
    )
    # Notes and reviews next to a story are not stories.
    (verhalen / "a.aantekeningen.md").write_text("# Aantekeningen\n\nNotities.\n", "utf-8")
    (verhalen / "a.bespreking.md").write_text("# Besprekingen\n\nNiets.\n", "utf-8")
    return tmp_path


def test_omslag_inhoud_en_een_sectie_per_verhaal(map_: Path) -> None:
    code, _, fout = voer_uit("bundel", "verhalen", "--datum", "2026-11-23", "--titel", "Teamdag")
    assert code == 0, fout
    boom = lees_html(map_ / "bundel.html")
    # Cover: title, date, number of stories.
    assert boom.tekst_in("section.omslag") == ["Teamdag", "23 november 2026", "4 verhalen"]
    # Contents: one entry per story, each pointing at its section; grouped by theme,
    # themes by name with Overige last, stories by title within a theme.
    inhoud = boom.met_klasse("li", "inhoud-verhaal")
    secties = boom.met_klasse("article", "verhaal")
    assert len(inhoud) == len(secties) == 4
    themas = [d for pad, d in boom.teksten if pad[-1] == "h3." and "nav.inhoud" in pad]
    assert themas == ["Leren en innoveren", "Samenwerking", "Overige"]
    titels = [d for pad, d in boom.teksten if pad[-1] == "a." and "nav.inhoud" in pad]
    assert titels == ["De lange gang", "Avond op het veld", "Het natte plein", "De stille ochtend"]
    verwijzingen = [a["href"] for t, a in boom.tags if t == "a"]
    assert verwijzingen == [f"#{s['id']}" for s in secties]
    assert "Zal het hem lukken om weer buiten te spelen?" in boom.tekst_in("span.plotvraag")
    # Each section: theme, title, plotvraag when given, the story.
    verhaaltitels = [
        d for pad, d in boom.teksten if pad[-1] == "h2." and any("article" in p for p in pad)
    ]
    assert verhaaltitels == titels
    assert boom.tekst_in("p.thema") == [
        "Leren en innoveren",
        "Samenwerking",
        "Samenwerking",
        "Overige",
    ]
    assert boom.tekst_in("p.plotvraag") == [
        "Plotvraag: Zal het hem lukken om weer buiten te spelen?"
    ]
    for sectie in secties:
        assert sectie["id"] and sectie["id"].startswith("verhaal-")
    assert sum("Er was eens een jongen" in d for d in boom.tekst_in("div.tekst")) == 4


def test_geen_script_geen_bronnen_van_buiten(map_: Path) -> None:
    voer_uit("bundel", "verhalen")
    html = (map_ / "bundel.html").read_text(encoding="utf-8")
    boom = lees_html(map_ / "bundel.html")
    assert not [t for t, _ in boom.tags if t in ("script", "img", "link", "iframe", "object")]
    assert all(not k.startswith("on") for _, a in boom.tags for k in a)
    assert all(not (a.get("href") or "#").partition("#")[0] for _, a in boom.tags)
    assert "http" not in html.lower().replace("http-equiv", "")
    assert "default-src 'none'" in html  # the browser is told too


INJECTIE = "<script>alert(1)</script> en <img src=x onerror=alert(2)>"


def test_injectie_blijft_tekst(map_: Path) -> None:
    verhalen = map_ / "verhalen"
    (verhalen / "e.md").write_text(
        "---\n"
        f"titel: 'De tas {INJECTIE}'\n"
        f"thema: '{INJECTIE}'\n"
        f"plotvraag: 'Zal het lukken {INJECTIE}?'\n"
        "---\n\n"
        f"Er was eens een jongen. Hij schreef {INJECTIE} op het bord.\n\n"
        "<script>alert(3)</script>\n\n"
        '<div onclick="alert(4)">Hij wachtte.</div>\n\n'
        "Hij keek ![plaatje <b>vet</b>](https://voorbeeld.invalid/x.png) naar "
        "[de site](https://voorbeeld.invalid/) en <https://voorbeeld.invalid/y>.\n",
        encoding="utf-8",
    )
    code, _, fout = voer_uit("bundel", "verhalen", "--datum", "2026-11-23")
    assert code == 0, fout
    html = (map_ / "bundel.html").read_text(encoding="utf-8")
    boom = lees_html(map_ / "bundel.html")
    assert "<script" not in html.lower()
    assert not [t for t, _ in boom.tags if t in ("script", "img")]
    assert all(not k.startswith("on") for _, a in boom.tags for k in a)
    # No link target, no image address: an address written out stays text.
    assert not [a for _, a in boom.tags if "voorbeeld.invalid" in str(a)]
    assert "x.png" not in html
    # Everywhere the injection shows as the text it is.
    assert f"De tas {INJECTIE}" in boom.tekst_in("article")
    assert INJECTIE in boom.tekst_in("p.thema")
    assert f"Plotvraag: Zal het lukken {INJECTIE}?" in boom.tekst_in("p.plotvraag")
    lichaam = " ".join(boom.tekst_in("div.tekst"))
    assert INJECTIE in lichaam
    assert "<script>alert(3)</script>" in lichaam
    assert '<div onclick="alert(4)">Hij wachtte.</div>' in lichaam
    assert "[plaatje <b>vet</b>]" in lichaam and "de site" in lichaam


def test_zelfde_invoer_zelfde_bytes(map_: Path) -> None:
    assert voer_uit("bundel", "verhalen", "--datum", "2026-11-23", "-o", "een.html")[0] == 0
    # Files written in another order and with other timestamps give the same booklet.
    for pad in sorted((map_ / "verhalen").iterdir(), reverse=True):
        pad.write_bytes(pad.read_bytes())
    assert voer_uit("bundel", "verhalen", "--datum", "2026-11-23", "-o", "twee.html")[0] == 0
    assert (map_ / "een.html").read_bytes() == (map_ / "twee.html").read_bytes()
    assert voer_uit("bundel", "verhalen", "--datum", "2026-11-24", "-o", "drie.html")[0] == 0
    assert (map_ / "een.html").read_bytes() != (map_ / "drie.html").read_bytes()


def test_weigert_overschrijven_zonder_optie(map_: Path) -> None:
    (map_ / "bundel.html").write_text("oud", encoding="utf-8")
    code, _, fout = voer_uit("bundel", "verhalen")
    assert code == 2 and "--overschrijf" in fout
    assert (map_ / "bundel.html").read_text(encoding="utf-8") == "oud"
    assert voer_uit("bundel", "verhalen", "--overschrijf")[0] == 0
    assert (map_ / "bundel.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not [p for p in map_.iterdir() if p.name.endswith(".tmp")]


def test_een_verhaal_wordt_nooit_overschreven(map_: Path) -> None:
    voor = (map_ / "verhalen" / "a.md").read_bytes()
    code, _, fout = voer_uit(
        "bundel", "verhalen", "--formaat", "md", "-o", "verhalen/a.md", "--overschrijf"
    )
    assert code == 2 and "een van de verhalen" in fout
    assert (map_ / "verhalen" / "a.md").read_bytes() == voor


def test_markdown_formaat(map_: Path) -> None:
    verhalen = map_ / "verhalen"
    (verhalen / "e.md").write_text(
        verhaal(
            "Het bord",
            f"Er was eens een jongen. Hij schreef {INJECTIE} op het bord.\n\n"
            "- hij lachte\n- hij zong\n\n"
            "![plaatje](https://voorbeeld.invalid/x.png) en [site](https://voorbeeld.invalid/)",
        ),
        encoding="utf-8",
    )
    code, _, fout = voer_uit("bundel", "verhalen", "--formaat", "md", "--datum", "2026-11-23")
    assert code == 0, fout
    tekst = (map_ / "bundel.md").read_text(encoding="utf-8")
    assert tekst.startswith(
        "<!-- verhaal: uit -->\n# Verhalen voor het teamoverleg\n\n23 november 2026 · 5 verhalen\n"
    )
    assert tekst.count("\n## ") == 1 + 5  # contents + one per story
    assert "voorbeeld.invalid" not in tekst
    # Read back by a Markdown renderer, the booklet holds no HTML and the injection is text.
    from markdown_it import MarkdownIt

    weergave = MarkdownIt("commonmark").render(tekst)
    assert "<script" not in weergave and "<img" not in weergave
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in weergave
    assert "<li>hij lachte</li>" in weergave
    # Run again on the same folder: the booklet (here or elsewhere) is not read as a story.
    (verhalen / "oud-boekje.md").write_text(tekst, encoding="utf-8")
    code, _, fout = voer_uit(
        "bundel", ".", "--formaat", "md", "--datum", "2026-11-23", "--overschrijf"
    )
    assert code == 0, fout
    assert "oud-boekje.md: overgeslagen" in fout
    assert (map_ / "bundel.md").read_text(encoding="utf-8") == tekst
    volgorde = [r[3:] for r in tekst.splitlines() if r.startswith("## ") and r != "## Inhoud"]
    assert volgorde == [
        "De lange gang",
        "Avond op het veld",
        "Het natte plein",
        "De stille ochtend",
        "Het bord",
    ]


def test_bestandsnaam_met_leerlingnaam_geweigerd(map_: Path) -> None:
    code, _, fout = voer_uit("bundel", "verhalen", "--naam", "Daan", "-o", "bundel-daan.html")
    assert code == 2 and "leerling" in fout and "Daan" not in fout.replace("bundel-daan", "")
    assert not (map_ / "bundel-daan.html").exists()


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        (("bestaat-niet",), "bestaat niet"),
        (("verhalen", "--formaat", "pdf"), "formaat"),
        (("verhalen", "--datum", "morgen"), "JJJJ-MM-DD"),
        (("verhalen", "--namen", "geen-lijst.txt"), "namenlijst"),
    ],
)
def test_verkeerd_gebruik_geeft_exit_2(map_: Path, args: tuple[str, ...], melding: str) -> None:
    code, _, fout = voer_uit("bundel", *args)
    assert code == 2 and melding in fout
    assert not (map_ / "bundel.html").exists()


def test_geen_bestandsnamen_in_het_boekje(map_: Path) -> None:
    (map_ / "verhalen" / "zonder-kop-xyz.txt").write_text(
        "Er was eens een jongen die graag buiten speelde. Hij rende over het plein.\n",
        encoding="utf-8",
    )
    assert voer_uit("bundel", "verhalen")[0] == 0
    html = (map_ / "bundel.html").read_text(encoding="utf-8")
    assert "Zonder titel" in lees_html(map_ / "bundel.html").tekst_in("article")
    for spoor in ("zonder-kop-xyz", "verhalen/", ".md", ".txt", str(map_)):
        assert spoor not in html


def test_lege_map(map_: Path) -> None:
    (map_ / "leeg").mkdir()
    code, _, fout = voer_uit("bundel", "leeg")
    assert code == 2 and "Geen verhalen" in fout


def test_bijlage_met_besprekingen(map_: Path) -> None:
    (map_ / "verhalen" / "b.bespreking.md").write_text(
        "<!-- verhaal: uit -->\n# Besprekingen van 'Het natte plein'\n\n"
        "## Bespreking van 23 november 2026, 14:05\n\nWerkvorm: bespreking\n\n"
        "### Wat de controle vond\n\n- fout · naam: ‘Daan’\n\n"
        "### Feedback\n\n**Wat mij inspireert**\n\n"
        "> Hij rende over het plein.\n\nDaan rende ook altijd, net als juf Bakker.\n\n"
        "**Wat mij minder aanspreekt**\n\n> Hij bleef binnen en las een boek.\n\n"
        "Te kort.\n\n**Effect op mij**\n\nIk werd er blij van.\n",
        encoding="utf-8",
    )
    code, _, fout = voer_uit(
        "bundel", "verhalen", "--met-besprekingen", "--naam", "Daan", "--datum", "2026-11-23"
    )
    assert code == 0, fout
    html = (map_ / "bundel.html").read_text(encoding="utf-8")
    boom = lees_html(map_ / "bundel.html")
    bijlage = boom.tekst_in("section.bijlage")
    assert "Hij rende over het plein." in bijlage
    assert "[naam] rende ook altijd, net als juf [naam]." in bijlage
    for weg in ("Daan", "Bakker", "Te kort", "las een boek", "Ik werd er blij van", "controle"):
        assert weg not in " ".join(bijlage)
    assert "Daan" not in html and "Bakker" not in html
    # Without the option: no appendix.
    assert voer_uit("bundel", "verhalen", "-o", "zonder.html")[0] == 0
    assert not lees_html(map_ / "zonder.html").met_klasse("section", "bijlage")


def test_voorbeeldverhalen_werken_zo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, fout = voer_uit("bundel", str(VOORBEELDEN), "--datum", "2026-11-23")
    assert code == 0, fout
    boom = lees_html(tmp_path / "bundel.html")
    assert len(boom.met_klasse("article", "verhaal")) == 3
    assert boom.tekst_in("p.thema") == ["Leren en innoveren", "Samenwerking", "Overige"]
    assert fout.strip() == "Het boekje staat in bundel.html: 3 verhalen."


def test_thema_uit_voorkant_of_werkvorm_anders_overige(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    verhalen = tmp_path / "verhalen"
    verhalen.mkdir()
    gevallen = {
        "a.md": verhaal("Een", GEWOON, thema="open", werkvorm="stapsgewijs"),  # "weet ik nog niet"
        "b.md": verhaal("Twee", GEWOON, werkvorm="bestaat-niet"),
        "c.md": verhaal("Drie", GEWOON, werkvorm="../../etc/passwd"),
        "d.md": verhaal("Vier", GEWOON, werkvorm="stapsgewijs"),  # the werkvorm's theme
        "e.md": verhaal("Vijf", GEWOON, thema="communicatie", werkvorm="stapsgewijs"),
        "f.md": verhaal("Zes", GEWOON, thema="Ouderavond"),  # a team's own theme
    }
    for naam, tekst in gevallen.items():
        (verhalen / naam).write_text(tekst, encoding="utf-8")
    code, _, fout = voer_uit("bundel", "verhalen")
    assert code == 0, fout
    boom = lees_html(tmp_path / "bundel.html")
    paren = list(
        zip(
            boom.tekst_in("p.thema"),
            [d for pad, d in boom.teksten if pad[-1] == "h2." and "article" in pad[-3]],
            strict=True,
        )
    )
    assert paren == [
        ("Communicatie", "Vijf"),
        ("Ouderavond", "Zes"),
        ("Verhalen verzamelen", "Vier"),
        ("Overige", "Drie"),
        ("Overige", "Een"),
        ("Overige", "Twee"),
    ]
