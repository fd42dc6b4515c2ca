"""The document model: Markdown masking, quotes, sentences, tokens and titles."""

from __future__ import annotations

import pytest

from verhaal.checker.document import Document, lees_document


def woorden(doc: Document) -> list[str]:
    return [token.tekst for token in doc.tokens]


def citaat_woorden(doc: Document) -> list[str]:
    return [token.tekst for token in doc.tokens if token.citaat]


def zinnen(doc: Document) -> list[str]:
    return [doc.tekst[start:eind].strip() for start, eind in doc.zinnen]


def titel(doc: Document) -> str | None:
    return doc.tekst[doc.titel[0] : doc.titel[1]] if doc.titel else None


# --- Invariants -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tekst",
    [
        "---\ntitel: X\n---\n# Kop\n\nTekst met `code` en <!-- c -->.\n",
        "Regel\r\n\r\nTweede regel.\r\n",
        "„Open quote zonder einde\n\nNieuwe alinea.",
        "",
        "\n\n\n",
    ],
)
def test_proza_is_even_lang_en_houdt_regeleinden(tekst: str) -> None:
    doc = lees_document(tekst)
    assert len(doc.proza) == len(doc.tekst)
    for i, teken in enumerate(tekst):
        if teken in "\r\n":
            assert doc.proza[i] == teken
        else:
            assert doc.proza[i] in (teken, " ")


def test_tokens_wijzen_naar_hun_tekst() -> None:
    tekst = "---\ntitel: De jas\n---\n\n# De jas\n\nHij zei: „Kom ’s middags.” Ze ging.\n"
    doc = lees_document(tekst)
    for token in doc.tokens:
        assert tekst[token.start : token.eind] == token.tekst


# --- Markdown masking -------------------------------------------------------------------


def test_frontmatter_sleutels_weg_waarden_blijven() -> None:
    tekst = "---\ntitel: De regenjas\nwerkvorm: stapsgewijs\nnamen: [Daan, Eva]\n---\nTekst.\n"
    doc = lees_document(tekst)
    assert "titel" not in woorden(doc)
    assert "werkvorm" not in woorden(doc)
    assert {"De", "regenjas", "Daan", "Eva"} <= set(woorden(doc))
    assert "stapsgewijs" not in woorden(doc)  # metadata, see test_document_frontmatter.py
    assert doc.frontmatter["werkvorm"] == (tekst.index("stapsgewijs"), tekst.index("\nnamen"))
    assert titel(doc) == "De regenjas"


def test_frontmatter_lijst_en_aanhalingstekens() -> None:
    tekst = '---\ntitel: "Het gips"\nlabels:\n  - verhaal\n  - pols\nleeg: ~\n---\nTekst.\n'
    doc = lees_document(tekst)
    assert titel(doc) == "Het gips"
    assert woorden(doc)[:4] == ["Het", "gips", "verhaal", "pols"]
    assert '"' not in doc.proza
    assert "~" not in doc.proza


def test_code_blok_en_inline_code() -> None:
    tekst = "Voor.\n\n```python\nx = 8\n\nprint(x)\n```\n\nMet `code 3` erin.\n\n    ingesprongen\n"
    doc = lees_document(tekst)
    assert woorden(doc) == ["Voor", "Met", "erin"]


def test_losse_backtick_maskeert_geen_andere_alinea() -> None:
    doc = lees_document("Een `losse streep.\n\nHij liep naar huis.\n\nEn `code` hier.\n")
    assert woorden(doc) == ["Een", "losse", "streep", "Hij", "liep", "naar", "huis", "En", "hier"]


def test_html_commentaar_ook_over_regels() -> None:
    doc = lees_document(
        "Voor <!-- niet\nmeetellen --> na.\n\n<!-- verhaal: negeer getal -->\nTekst.\n"
    )
    assert woorden(doc) == ["Voor", "na", "Tekst"]


def test_urls_en_links() -> None:
    tekst = (
        "Zie https://school.nl/pad?a=1 en www.voorbeeld.nl, of <https://x.nl>, "
        'mail juf@school.nl, lees [het verslag](https://x.nl/v.pdf "titel") en ![foto](a.png).\n'
    )
    doc = lees_document(tekst)
    assert woorden(doc) == ["Zie", "en", "of", "mail", "lees", "het", "verslag", "en", "foto"]


def test_nadruk_maar_geen_woorden_met_underscore() -> None:
    doc = lees_document("Hij was *heel* **erg** _blij_ en ~~boos~~, zie snake_case en 5 * 3.\n")
    assert "*heel*" not in doc.proza and "~" not in doc.proza
    assert "snake_case" in woorden(doc)
    assert woorden(doc)[:6] == ["Hij", "was", "heel", "erg", "blij", "en"]


@pytest.mark.parametrize(
    ("tekst", "soort", "verwacht"),
    [
        ("- item een\n- item twee\n", "lijst", ["item een", "item twee"]),
        ("Tekst.\n\n1. een\n2. twee\n", "lijst", ["een", "twee"]),
        ("* ster\n+ plus\n- [x] klaar\n", "lijst", ["ster", "plus", "klaar"]),
        ("> Een citaat\n> over twee regels.\n", "citaat", ["Een citaat\n> over twee regels."]),
    ],
)
def test_lijsten_en_citaatblokken(tekst: str, soort: str, verwacht: list[str]) -> None:
    doc = lees_document(tekst)
    blokken = [b for b in doc.blokken if b.soort == soort]
    assert [tekst[b.start : b.eind] for b in blokken] == verwacht
    assert not any(teken in doc.proza for teken in "->*+[")


def test_citaatblok_met_lijst() -> None:
    doc = lees_document("> - eerste punt\n> - tweede punt\n")
    assert woorden(doc) == ["eerste", "punt", "tweede", "punt"]
    assert "-" not in doc.proza and ">" not in doc.proza


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("De regenjas\n===========\n\nTekst.\n", "De regenjas"),
        ("De regenjas\n-----------\n\nTekst.\n", "De regenjas"),
        ("# De regenjas #\n\nTekst.\n", "De regenjas"),
        ("## De regenjas\n\nTekst.\n", "De regenjas"),
    ],
)
def test_koppen_zijn_titel(tekst: str, verwacht: str) -> None:
    doc = lees_document(tekst)
    assert titel(doc) == verwacht
    assert doc.blokken[0].soort == "kop"
    assert "=" not in doc.proza and "#" not in doc.proza


def test_horizontale_lijn_en_tabel() -> None:
    tekst = "Tekst.\n\n---\n\n| kop | kolom |\n| --- | --- |\n| cel | waarde |\n"
    doc = lees_document(tekst)
    assert woorden(doc) == ["Tekst", "kop", "kolom", "cel", "waarde"]
    assert "|" not in doc.proza


# --- Quotes and apostrophes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("tekst", "in_citaat"),
    [
        ("Hij zei: „Ik kom morgen.” Daarna ging hij.", ["Ik", "kom", "morgen"]),
        ("“Kom je?” vroeg ze.", ["Kom", "je"]),
        ('"Ja," zei hij. "Nu."', ["Ja", "Nu"]),
        ("‘Ga je mee?’ vroeg ze.", ["Ga", "je", "mee"]),
        ("Ze riep 'kom hier' en liep.", ["kom", "hier"]),
        (",,Kom maar,'' zei ze.", ["Kom", "maar"]),
        ("„Hij zei ‘nee’ tegen mij,” vertelde ze.", ["Hij", "zei", "nee", "tegen", "mij"]),
        (
            "Ze riep: „Wacht op mij\nen de anderen.\n\nDaarna was het stil.",
            ["Wacht", "op", "mij", "en", "de", "anderen"],
        ),
    ],
)
def test_citaten(tekst: str, in_citaat: list[str]) -> None:
    assert citaat_woorden(lees_document(tekst)) == in_citaat


@pytest.mark.parametrize(
    "tekst",
    [
        "De auto's stonden klaar en zo'n feest was er nooit.",
        "Het was 's ochtends koud en ’s middags warm.",
        "De IB'er kwam in de jaren '30 van school.",
        "'t Is mooi, zei 'k toen.",
        "Kees' fiets stond bij Anouks' huis.",
        "De stad heet in het Arabisch al-'Iskandariyyah en ligt aan zee.",
    ],
)
def test_apostrofs_zijn_geen_aanhalingstekens(tekst: str) -> None:
    doc = lees_document(tekst)
    assert doc.citaten == []
    assert citaat_woorden(doc) == []


def test_apostrofs_binnen_enkele_aanhalingstekens() -> None:
    doc = lees_document("‘Kom je ’s middags met de auto's?’ vroeg ze. Hij bleef.")
    assert citaat_woorden(doc) == ["Kom", "je", "’s", "middags", "met", "de", "auto's"]
    doc = lees_document("'Zo'n dag,' zei ze 's avonds. Hij knikte.")
    assert citaat_woorden(doc) == ["Zo'n", "dag"]


def test_elisie_tokens_en_jaartallen() -> None:
    doc = lees_document("In de jaren '30 ging hij ’s nachts met zo'n auto.")
    assert woorden(doc) == [
        "In",
        "de",
        "jaren",
        "'30",
        "ging",
        "hij",
        "’s",
        "nachts",
        "met",
        "zo'n",
        "auto",
    ]


def test_getallen_blijven_een_token() -> None:
    doc = lees_document("Om 8:30 of 10.30 liep 3,2 km met 1e-jaars en 5-jarige kinderen.")
    assert {"8:30", "10.30", "3,2", "1e-jaars", "5-jarige"} <= set(woorden(doc))


# --- Sentences --------------------------------------------------------------------------


def test_zinnen_en_afkortingen() -> None:
    doc = lees_document(
        "Dhr. Jansen kwam bijv. om acht uur. Hij zag o.a. een hond. Mevr. De Vries lachte! "
        "Wat nu? J. de Boer wist het… Daarna ging het mis."
    )
    assert zinnen(doc) == [
        "Dhr. Jansen kwam bijv. om acht uur.",
        "Hij zag o.a. een hond.",
        "Mevr. De Vries lachte!",
        "Wat nu?",
        "J. de Boer wist het…",
        "Daarna ging het mis.",
    ]


def test_zinsbegin_ook_na_openend_aanhalingsteken() -> None:
    doc = lees_document("Ze zei: „Kom binnen.” Toen ging ze.")
    begin = [t.tekst for t in doc.tokens if t.zinsbegin]
    assert begin == ["Ze", "Kom", "Toen"]


def test_zin_eindigt_niet_bij_kleine_letter() -> None:
    doc = lees_document("Het was 3 p. ongeveer. en toen niet.")
    assert len(zinnen(doc)) == 1


# --- Line endings and titles ------------------------------------------------------------


def test_crlf_markdown() -> None:
    tekst = "---\r\ntitel: De jas\r\n---\r\n# Kop\r\n\r\nEr was eens een jongen. Hij liep.\r\n"
    doc = lees_document(tekst)
    assert titel(doc) == "De jas"
    assert zinnen(doc) == ["De jas", "Kop", "Er was eens een jongen.", "Hij liep."]
    assert all("\r" not in t.tekst for t in doc.tokens)


def test_crlf_koptitel() -> None:
    doc = lees_document("# De jas\r\n\r\nTekst.\r\n")
    assert titel(doc) == "De jas"


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Het gips\n\nEr was eens een jongen.\n", "Het gips"),
        ("Het gips\r\n\r\nEr was eens een jongen.\r\n", "Het gips"),
        ("Er was eens een jongen.\n\nHij liep.\n", None),
        ("Het gips\nEr was eens een jongen.\n", None),
        ("Alleen een regel\n", None),
        ("# Geen kop in txt\n\nTekst.\n", "# Geen kop in txt"),
    ],
)
def test_txt_titel(tekst: str, verwacht: str | None) -> None:
    assert titel(lees_document(tekst, "txt")) == verwacht


def test_txt_kent_geen_markdown() -> None:
    doc = lees_document("Zie `dit` en *dat*.\n", "txt")
    assert doc.proza == doc.tekst


def test_md_titel_uit_frontmatter_gaat_voor_kop() -> None:
    doc = lees_document("---\ntitle: Engels\n---\n# Kop\n\nTekst.\n")
    assert titel(doc) == "Engels"


def test_md_zonder_kop_heeft_geen_titel() -> None:
    assert lees_document("Het gips\n\nEr was eens een jongen.\n").titel is None


def test_verhaal_tokens_slaan_titel_en_frontmatter_over() -> None:
    doc = lees_document("---\ntitel: De jas\ndatum: mei\n---\n# De jas\n\nHij liep.\n")
    assert [t.tekst for t in doc.verhaal_tokens()] == ["Hij", "liep"]


def test_frontmatter_blokscalar_met_dubbele_punt() -> None:
    tekst = (
        "---\ntitel: Het gips\nsamenvatting: |-\n  Hij zei: kom maar.\n  En toen ging hij.\n"
        "ondertitel: >\n  een jongen\nwerkvorm: stapsgewijs\n---\nTekst.\n"
    )
    doc = lees_document(tekst)
    assert woorden(doc) == [
        "Het", "gips", "Hij", "zei", "kom", "maar", "En", "toen", "ging", "hij",
        "een", "jongen", "Tekst",
    ]  # fmt: skip
    assert "samenvatting" not in doc.proza and "|" not in doc.proza
    assert set(doc.frontmatter) == {"titel", "werkvorm"}


def test_ontlede_accenten_en_zachte_afbreekstreepjes_blijven_een_woord() -> None:
    tekst = "Hij las twee\u0308ntwintig boeken over ver\u00adhalen."
    assert woorden(lees_document(tekst)) == [
        "Hij", "las", "twee\u0308ntwintig", "boeken", "over", "ver\u00adhalen",
    ]  # fmt: skip


def test_zo_aan_het_eind_sluit_een_zin() -> None:
    doc = lees_document("Het was nu eenmaal zo. Daarna ging ze naar huis.")
    assert zinnen(doc) == ["Het was nu eenmaal zo.", "Daarna ging ze naar huis."]
