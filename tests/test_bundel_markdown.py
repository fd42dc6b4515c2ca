"""Story bodies as HTML and Markdown: only safe tags, and text that stays text."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from verhaal.bundel.markdown import md_tekst, naar_html, naar_markdown, zichtbare_tekst

TOEGESTAAN = {
    "p", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "br",
    "h3", "h4", "h5", "h6", "span",
}  # fmt: skip

# Markdown and HTML syntax mixed with words: what a hostile or careless story holds.
STUKJES = st.sampled_from(
    [
        "<", ">", "&", "<script>", "</script>", "<img src=x onerror=alert(1)>", "onerror=",
        "![", "](", ")", "[", "]", "(https://x.invalid/a.png)", "<https://x.invalid>", "*",
        "_", "`", "```", "#", "- ", "1. ", "> ", "\n", "\n\n", "    ", "<!--", "-->", "&amp;",
        "\\", "|", "~", "=", "javascript:", '"', "'", "de jongen", "liep", " ", "é",
    ]
)  # fmt: skip
VERHAAL = st.lists(STUKJES, max_size=40).map("".join)


def _tags(fragment: str) -> set[str]:
    return {m.lower() for m in re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", fragment)}


@settings(max_examples=300, deadline=None)
@given(VERHAAL)
def test_html_heeft_alleen_veilige_tags(tekst: str) -> None:
    fragment = naar_html(tekst, "md")
    assert _tags(fragment) <= TOEGESTAAN
    assert not re.search(r"<[^>]*\s(on\w+|href|src)\s*=", fragment, re.I)
    assert _tags(naar_html(tekst, "txt")) <= {"p"}


@settings(max_examples=300, deadline=None)
@given(VERHAAL)
def test_markdown_uit_is_veilig_en_leest_hetzelfde(tekst: str) -> None:
    uit = naar_markdown(tekst, "md")
    weergave = MarkdownIt("commonmark").render(uit)  # html allowed: it must not matter
    assert _tags(weergave) <= TOEGESTAAN
    assert not re.search(r"<[^>]*\s(on\w+|href|src)\s*=", weergave, re.I)
    # The same words reach the reader as through the HTML path. (Emphasis is written back
    # as '*'; against punctuation CommonMark may show such a '*' as a character: a visible
    # asterisk, never lost or extra words.)
    gelezen = zichtbare_tekst(weergave).replace("*", "").split()
    assert gelezen == zichtbare_tekst(naar_html(tekst, "md")).replace("*", "").split()


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_md_tekst_leest_terug_als_dezelfde_tekst(tekst: str) -> None:
    regel = " ".join(tekst.split())
    weergave = MarkdownIt("commonmark").render(md_tekst(regel))
    if not regel:
        assert weergave == ""
        return
    assert weergave.startswith("<p>") and weergave.endswith("</p>\n")
    assert html.unescape(weergave[3:-5]) == regel


def test_koppen_schuiven_onder_de_titel_van_het_boekje() -> None:
    assert naar_html("# Kop\n\n###### Diep\n", "md") == "<h3>Kop</h3>\n<h6>Diep</h6>\n"


def test_commentaar_en_afbeeldingen() -> None:
    fragment = naar_html("Hij liep. <!-- notitie -->\n\n![een rode jas](jas.png)\n", "md")
    assert "notitie" not in fragment and "jas.png" not in fragment
    assert '<span class="afbeelding">[een rode jas]</span>' in fragment
