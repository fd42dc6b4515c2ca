"""A story body as safe HTML, as safe Markdown, and as the plain text a reader will see.

Markdown is parsed by markdown-it-py (CommonMark, ``html=False``): raw HTML in a story is
shown as text, never passed through. Links keep only their text (no ``href``: the booklet
goes to paper and never points outside itself) and images only their description (no
``src``: the booklet never loads anything). Headings inside a story move down two levels,
below the booklet's own ``h1`` (cover) and ``h2`` (story title).

A ``.txt`` story is plain text: paragraphs separated by empty lines, nothing else.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from verhaal.checker.document import BestandsSoort

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict

__all__ = ["md_tekst", "naar_html", "naar_markdown", "verwijder_commentaar", "zichtbare_tekst"]

_COMMENTAAR = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_ALINEA_GRENS = re.compile(r"\n[ \t]*\n")


def verwijder_commentaar(tekst: str) -> str:
    """``tekst`` without HTML comments: they hold notes and inline switches, not story."""
    return _COMMENTAAR.sub("", tekst)


def _alineas(tekst: str) -> list[str]:
    """The paragraphs of a plain-text story, each on one line."""
    return [" ".join(deel.split()) for deel in _ALINEA_GRENS.split(tekst) if deel.strip()]


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})

    def geen(
        self: object, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return ""

    def afbeelding(
        self: object, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        beschrijving = " ".join(tokens[idx].content.split())
        if not beschrijving:
            return ""
        return f'<span class="afbeelding">[{html.escape(beschrijving)}]</span>'

    def kop_open(
        self: object, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return f"<h{_kopniveau(tokens[idx])}>"

    def kop_sluit(
        self: object, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return f"</h{_kopniveau(tokens[idx])}>\n"

    md.add_render_rule("link_open", geen)
    md.add_render_rule("link_close", geen)
    md.add_render_rule("image", afbeelding)
    md.add_render_rule("heading_open", kop_open)
    md.add_render_rule("heading_close", kop_sluit)
    return md


def _kopniveau(token: Token) -> int:
    return min(6, int(token.tag[1:]) + 2)


def naar_html(tekst: str, soort: BestandsSoort) -> str:
    """The story body as an HTML fragment; every character of the story is escaped."""
    if soort == "txt":
        return "".join(f"<p>{html.escape(alinea)}</p>\n" for alinea in _alineas(tekst))
    return str(_parser().render(verwijder_commentaar(tekst)))


# --- Markdown out ------------------------------------------------------------------------

_MD_TEKENS = re.compile(r"([\\`*_\[\]<>&|~!])")
_MD_REGELBEGIN = re.compile(r"^([ \t]*)([#+=>-]|\d+(?=[.)]))", re.M)


def md_tekst(tekst: str) -> str:
    """Plain text as Markdown that reads back as exactly this text (no syntax, no HTML)."""
    tekst = _MD_TEKENS.sub(r"\\\1", tekst)
    return _MD_REGELBEGIN.sub(_regelbegin, tekst)


def _regelbegin(m: re.Match[str]) -> str:
    """Escape what would start a heading, list, quote or rule at the start of a line."""
    inspringing, teken = m.group(1), m.group(2)
    if teken[0].isdigit():
        return inspringing + teken + "\\"  # "1\\. " is text, "1. " a list
    return inspringing + "\\" + teken


def _md_inline(kinderen: Sequence[Token]) -> str:
    delen: list[str] = []
    for token in kinderen:
        if token.type == "text":
            delen.append(md_tekst(token.content))
        elif token.type == "softbreak":
            delen.append("\n")
        elif token.type == "hardbreak":
            delen.append("\\\n")
        elif token.type in ("em_open", "em_close"):
            delen.append("*")
        elif token.type in ("strong_open", "strong_close"):
            delen.append("**")
        elif token.type == "code_inline":
            delen.append(md_tekst(token.content))
        elif token.type == "image":
            beschrijving = " ".join(token.content.split())
            if beschrijving:
                delen.append(f"\\[{md_tekst(beschrijving)}\\]")
        # link_open / link_close: only the link text stays (the text tokens between them)
    return "".join(delen)


def naar_markdown(tekst: str, soort: BestandsSoort) -> str:
    """The story body as Markdown with the same safety as :func:`naar_html`.

    Rebuilt from the parsed tokens rather than copied: raw HTML, link targets and image
    addresses in the story cannot reach the booklet, and text that looks like syntax is
    escaped. Ends with a newline (empty for an empty body).
    """
    if soort == "txt":
        alineas = _alineas(tekst)
        return "\n\n".join(md_tekst(alinea) for alinea in alineas) + ("\n" if alineas else "")
    schrijver = _MdSchrijver()
    for token in _parser().parse(verwijder_commentaar(tekst)):
        schrijver.token(token)
    return schrijver.tekst()


class _MdSchrijver:
    """Writes Markdown blocks from markdown-it's block tokens, nesting included.

    Every open container (quote or list item) is a ``[first line, next lines]`` prefix pair;
    a list item's marker is in its first-line prefix until the item's first block is out.
    """

    def __init__(self) -> None:
        self.delen: list[str] = []
        self.open: list[list[str]] = []
        self.lijsten: list[list[int]] = []  # per open list: [next number, ordered (0/1)]
        self.kop = ""  # "### " while inside a heading
        self.strak = False  # the current paragraph is in a tight list (no blank lines)
        self.vorige_in_lijst = False
        self.vorige: list[str] = []  # the next-line prefixes of the block before

    def token(self, token: Token) -> None:
        soort = token.type
        if soort == "blockquote_open":
            self.open.append(["> ", "> "])
        elif soort in ("blockquote_close", "list_item_close"):
            self.open.pop()
        elif soort in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            self.lijsten.append([int(start) if start is not None else 1, token.tag == "ol"])
        elif soort in ("bullet_list_close", "ordered_list_close"):
            self.lijsten.pop()
        elif soort == "list_item_open":
            lijst = self.lijsten[-1]
            marker = f"{lijst[0]}. " if lijst[1] else "- "
            lijst[0] += 1
            self.open.append([marker, " " * len(marker)])
        elif soort == "paragraph_open":
            self.strak = token.hidden
        elif soort == "heading_open":
            self.kop = "#" * _kopniveau(token) + " "
        elif soort == "heading_close":
            self.kop = ""
        elif soort == "inline":
            inhoud = _md_inline(token.children or [])
            if self.kop:
                inhoud = self.kop + " ".join(inhoud.split())
            if inhoud.strip():
                # Leading spaces mean nothing in a paragraph, but four would make code.
                self._blok([r.lstrip() for r in inhoud.split("\n")])
            self.strak = False
        elif soort in ("fence", "code_block"):
            # Code is shown as it is (escapes would show too) and cannot hold HTML.
            self._blok(["    " + r for r in token.content.rstrip("\n").split("\n")])
        elif soort == "hr":
            self._blok(["* * *"])

    def _blok(self, regels: list[str]) -> None:
        vervolg = [paar[1] for paar in self.open]
        if self.delen:
            if self.strak and self.vorige_in_lijst:
                self.delen.append("\n")
            else:
                gedeeld: list[str] = []
                for nu, toen in zip(vervolg, self.vorige, strict=False):
                    if nu != toen:
                        break
                    gedeeld.append(nu)
                self.delen.append("\n" + "".join(gedeeld).rstrip() + "\n")
        eerste = "".join(paar[0] for paar in self.open)
        verder = "".join(vervolg)
        self.delen.append(
            "\n".join((eerste if i == 0 else verder) + r for i, r in enumerate(regels))
        )
        for paar in self.open:
            paar[0] = paar[1]  # markers are written once
        self.vorige = vervolg
        self.vorige_in_lijst = bool(self.lijsten)

    def tekst(self) -> str:
        return "".join(self.delen) + ("\n" if self.delen else "")


# --- What a reader sees ------------------------------------------------------------------

_BLOKKEN = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "ul", "ol", "hr"}
)


class _Tekst(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.delen: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOKKEN:
            self.delen.append("\n\n")
        elif tag == "br":
            self.delen.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOKKEN:
            self.delen.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.delen.append(data)


def zichtbare_tekst(fragment: str) -> str:
    """The text of an HTML fragment as a reader sees it: blocks as paragraphs."""
    lezer = _Tekst()
    lezer.feed(fragment)
    lezer.close()
    return "\n\n".join(
        " ".join(d.split()) for d in _ALINEA_GRENS.split("".join(lezer.delen)) if d.strip()
    )
