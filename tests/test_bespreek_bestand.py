"""The review file: dated sections that accumulate, no names, atomic Markdown."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from verhaal.bespreking import (
    Antwoord,
    Bespreking,
    Passage,
    Passagegroep,
    Sectie,
    bespreking_pad,
    bewaar_bespreking,
    is_bespreking,
    maskeer_namen,
    verhaalzinnen,
)


def _bespreking(moment: datetime, effect: str = "Het raakte me.") -> Bespreking:
    return Bespreking(
        moment=moment,
        verhaal_titel="De rode jas",
        werkvorm="bespreking",
        bevindingen=("getal: 1 keer (fout)",),
        secties=(
            Sectie(
                "Vragen bij het verhaal",
                (
                    Antwoord("Welke plotvraag past?", "Zou hij durven vragen om hulp?"),
                    Antwoord("Overgeslagen vraag", "  "),
                ),
            ),
            Sectie(
                "Feedback",
                (
                    Passagegroep(
                        "Wat mij inspireert",
                        (Passage("Hij zat altijd achterin de klas.", "Dat zie ik zo voor me."),),
                    ),
                    Passagegroep("Wat mij minder aanspreekt", ()),
                    Antwoord("Het effect op mij", effect),
                ),
            ),
            Sectie("Leeg", (Antwoord("Niets", ""),)),
        ),
    )


def test_pad_naast_het_verhaal() -> None:
    assert bespreking_pad(Path("map/verhaal.md")) == Path("map/verhaal.bespreking.md")
    assert bespreking_pad(Path("jas.txt")) == Path("jas.bespreking.md")
    assert is_bespreking("map/verhaal.bespreking.md")
    assert not is_bespreking("map/verhaal.md")


def test_eerste_bespreking_maakt_het_bestand(tmp_path: Path) -> None:
    verhaal = tmp_path / "jas.md"
    pad = bewaar_bespreking(verhaal, _bespreking(datetime(2026, 3, 5, 9, 7)))
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.startswith("<!-- verhaal: uit -->\n# Besprekingen van 'De rode jas'\n")
    assert "[jas.md](jas.md)" in tekst
    assert "## Bespreking van 5 maart 2026, 09:07\n" in tekst
    assert "- getal: 1 keer (fout)" in tekst
    assert "**Welke plotvraag past?**\n\nZou hij durven vragen om hulp?\n" in tekst
    assert "> Hij zat altijd achterin de klas.\n\nDat zie ik zo voor me.\n" in tekst
    # Skipped questions, empty passage groups and empty sections are left out.
    assert "Overgeslagen vraag" not in tekst
    assert "minder aanspreekt" not in tekst
    assert "### Leeg" not in tekst
    assert list(tmp_path.iterdir()) == [pad]  # no temporary files left behind


def test_besprekingen_stapelen_op(tmp_path: Path) -> None:
    verhaal = tmp_path / "jas.md"
    bewaar_bespreking(verhaal, _bespreking(datetime(2026, 3, 5, 9, 7), "Eerste indruk."))
    eerste = bespreking_pad(verhaal).read_text(encoding="utf-8")
    bewaar_bespreking(verhaal, _bespreking(datetime(2026, 4, 1, 15, 30), "Tweede indruk."))
    tweede = bespreking_pad(verhaal).read_text(encoding="utf-8")
    assert tweede.startswith(eerste)
    assert tweede.count("# Besprekingen van") == 1
    assert tweede.index("5 maart 2026") < tweede.index("1 april 2026, 15:30")
    assert "Eerste indruk." in tweede and "Tweede indruk." in tweede


def test_handmatig_aangepast_bestand_blijft_staan(tmp_path: Path) -> None:
    verhaal = tmp_path / "jas.md"
    pad = bespreking_pad(verhaal)
    pad.write_text("# Onze notities\n\nZelf geschreven, zonder regeleinde", encoding="utf-8")
    bewaar_bespreking(verhaal, _bespreking(datetime(2026, 3, 5, 9, 7)))
    tekst = pad.read_text(encoding="utf-8")
    eigen = "# Onze notities\n\nZelf geschreven, zonder regeleinde\n"
    assert tekst.startswith(eigen + "\n## Bespreking")


def test_namen_komen_nooit_in_het_bestand(tmp_path: Path) -> None:
    verhaal = tmp_path / "jas.md"
    bespreking = _bespreking(datetime(2026, 3, 5, 9, 7), effect="Ik dacht aan SEM en aan Semira.")
    bespreking = Bespreking(
        moment=bespreking.moment,
        verhaal_titel="Sem de Vries en de rode jas",
        werkvorm=bespreking.werkvorm,
        secties=bespreking.secties,
    )
    tekst = bewaar_bespreking(verhaal, bespreking, namen=["Sem", "Sem de Vries"]).read_text(
        encoding="utf-8"
    )
    assert "sem " not in tekst.lower().replace("semira", "")
    assert "de Vries" not in tekst
    assert "Ik dacht aan [naam] en aan Semira." in tekst
    assert "# Besprekingen van '[naam] en de rode jas'" in tekst


def test_maskeer_namen_heel_woord() -> None:
    assert maskeer_namen("Anna zag anna's tas; Annabel niet.", ["Anna"]) == (
        "[naam] zag [naam] tas; Annabel niet."
    )
    assert maskeer_namen("niets", ["", "  "]) == "niets"


def test_antwoord_dat_op_markdown_lijkt_blijft_tekst(tmp_path: Path) -> None:
    verhaal = tmp_path / "jas.md"
    bespreking = _bespreking(datetime(2026, 3, 5, 9, 7), effect="# Geen kop\n> geen citaat")
    tekst = bewaar_bespreking(verhaal, bespreking).read_text(encoding="utf-8")
    assert "\n\\# Geen kop\n\\> geen citaat\n" in tekst


def test_verhaalzinnen_zonder_voorkant_en_titel() -> None:
    tekst = (
        "---\ntitel: De rode jas\n---\n# De rode jas\n\n"
        "Er was eens een jongen met een **rode** jas. Hij zat achterin!\n\n"
        "- Een lijstregel.\n"
    )
    assert verhaalzinnen(tekst) == [
        "Er was eens een jongen met een rode jas.",
        "Hij zat achterin!",
        "Een lijstregel.",
    ]
    assert verhaalzinnen("De jas\n\nHij liep weg. Zij bleef.\n", "txt") == [
        "Hij liep weg.",
        "Zij bleef.",
    ]
