"""The booklet as one self-contained HTML file (print-ready) or as one Markdown file.

HTML: inline CSS only, no scripts, nothing loaded from anywhere (a Content-Security-Policy
says so to the browser as well). Printed on A4: a cover page, a contents page grouped by
theme, then every story on a page of its own, then the optional appendix. Every piece of
story text is escaped; story bodies come pre-rendered and escaped from
:mod:`verhaal.bundel.markdown`.

Both outputs depend only on the :class:`~verhaal.bundel.boekje.Boekje`: no clock, no paths,
no randomness, so the same input gives the same bytes.
"""

from __future__ import annotations

from html import escape

from verhaal.bundel.boekje import Boekje, datum_tekst
from verhaal.bundel.markdown import md_tekst, naar_markdown
from verhaal.bundel.verhalen import GEEN_VERHAAL
from verhaal.taal import aantal

__all__ = ["als_html", "als_markdown"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'"

_CSS = """\
@page { size: A4; margin: 22mm 20mm 24mm 20mm; }
html { font-size: 12pt; }
body {
  margin: 0 auto; max-width: 44em; padding: 1em;
  font-family: Georgia, "DejaVu Serif", "Liberation Serif", serif;
  line-height: 1.5; color: #1d1d1d; background: #fff;
}
h1, h2, h3, h4, h5, h6 {
  font-family: "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif;
  line-height: 1.2; break-after: avoid; page-break-after: avoid;
}
p, li, blockquote { orphans: 3; widows: 3; }
.omslag { text-align: center; padding-top: 30vh; min-height: 60vh; }
.omslag h1 { font-size: 2.4em; margin: 0 0 0.6em 0; }
.omslag p { font-size: 1.2em; margin: 0.3em 0; color: #444; }
.inhoud { break-before: page; page-break-before: always; }
.inhoud h2 { font-size: 1.6em; margin-top: 0; }
.inhoud h3 { font-size: 1.05em; margin: 1.1em 0 0.3em 0; color: #444; }
.inhoud ol { margin: 0; padding-left: 2.6em; }
.inhoud li { margin: 0.25em 0; break-inside: avoid; page-break-inside: avoid; }
.inhoud a { color: inherit; text-decoration: none; }
.inhoud .plotvraag { display: block; font-style: italic; color: #555; font-size: 0.92em; }
.verhaal, .bijlage { break-before: page; page-break-before: always; }
.verhaal header { break-inside: avoid; page-break-inside: avoid; margin-bottom: 1.2em; }
.verhaal .thema {
  font-family: Arial, "DejaVu Sans", sans-serif; text-transform: uppercase;
  letter-spacing: 0.08em; font-size: 0.8em; color: #666; margin: 0;
}
.verhaal h2 { font-size: 1.7em; margin: 0.2em 0 0.4em 0; }
.verhaal .plotvraag {
  font-style: italic; color: #444; margin: 0; padding-left: 0.8em;
  border-left: 3px solid #bbb;
}
.tekst { text-align: left; hyphens: auto; }
.tekst h3, .tekst h4, .tekst h5, .tekst h6 { font-size: 1.1em; }
.tekst blockquote { margin: 0.8em 1.5em; font-style: italic; }
.tekst pre { white-space: pre-wrap; font-family: inherit; }
.tekst code { font-family: inherit; }
.afbeelding { color: #666; font-style: italic; }
.bijlage h2 { font-size: 1.6em; margin-top: 0; }
.bijlage h3 { font-size: 1.15em; margin: 1.2em 0 0.4em 0; }
.bijlage blockquote { margin: 0.6em 0 0.2em 1.2em; font-style: italic; }
.bijlage .opmerking { margin: 0 0 0.8em 1.2em; color: #444; }
@media print {
  body { max-width: none; padding: 0; }
  .omslag { padding-top: 35%; min-height: 0; }
}
"""


def _aantal_verhalen(n: int) -> str:
    return aantal(n, "verhaal", "verhalen")


def als_html(boekje: Boekje) -> str:
    """The booklet as one HTML document."""
    verhalen = boekje.verhalen
    delen: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(boekje.titel)}</title>",
        f"<style>\n{_CSS}</style>",
        "</head>",
        "<body>",
        '<section class="omslag">',
        f"<h1>{escape(boekje.titel)}</h1>",
        f'<p class="datum">{escape(datum_tekst(boekje.datum))}</p>',
        f'<p class="aantal">{escape(_aantal_verhalen(len(verhalen)))}</p>',
        "</section>",
        '<nav class="inhoud">',
        "<h2>Inhoud</h2>",
    ]
    nummers = {id(v): i for i, v in enumerate(verhalen, start=1)}
    for groep in boekje.groepen:
        delen.append('<section class="inhoud-thema">')
        delen.append(f"<h3>{escape(groep.thema)}</h3>")
        eerste = nummers[id(groep.verhalen[0])]
        delen.append(f'<ol start="{eerste}">')
        for verhaal in groep.verhalen:
            nummer = nummers[id(verhaal)]
            plot = ""
            if verhaal.plotvraag:
                plot = f' <span class="plotvraag">{escape(verhaal.plotvraag)}</span>'
            delen.append(
                f'<li class="inhoud-verhaal"><a href="#verhaal-{nummer}">'
                f"{escape(verhaal.titel)}</a>{plot}</li>"
            )
        delen.append("</ol>")
        delen.append("</section>")
    if boekje.bijlage:
        delen.append(
            '<h3>Bijlage</h3>\n<p><a href="#bijlage">Wat collega&#x27;s inspireerde</a></p>'
        )
    delen.append("</nav>")
    for groep in boekje.groepen:
        for verhaal in groep.verhalen:
            nummer = nummers[id(verhaal)]
            delen.append(f'<article class="verhaal" id="verhaal-{nummer}">')
            delen.append("<header>")
            delen.append(f'<p class="thema">{escape(groep.thema)}</p>')
            delen.append(f"<h2>{escape(verhaal.titel)}</h2>")
            if verhaal.plotvraag:
                delen.append(
                    f'<p class="plotvraag">{escape(verhaal.plotvraag_label)}: '
                    f"{escape(verhaal.plotvraag)}</p>"
                )
            delen.append("</header>")
            delen.append(f'<div class="tekst">\n{verhaal.html.rstrip()}\n</div>')
            delen.append("</article>")
    if boekje.bijlage:
        delen.append('<section class="bijlage" id="bijlage">')
        delen.append("<h2>Bijlage: wat collega&#x27;s inspireerde</h2>")
        for verhaal, passages in boekje.bijlage:
            delen.append('<section class="bijlage-verhaal">')
            delen.append(f"<h3>{escape(verhaal.titel)}</h3>")
            for passage in passages:
                delen.append(f"<blockquote>{escape(passage.zin)}</blockquote>")
                if passage.opmerking:
                    delen.append(f'<p class="opmerking">{escape(passage.opmerking)}</p>')
            delen.append("</section>")
        delen.append("</section>")
    delen += ["</body>", "</html>", ""]
    return "\n".join(delen)


def _md_regel(tekst: str) -> str:
    """One line of story text as Markdown (white space collapsed, syntax escaped)."""
    return md_tekst(" ".join(tekst.split()))


def als_markdown(boekje: Boekje) -> str:
    """The same booklet as one Markdown file (a rule ``---`` between the parts)."""
    verhalen = boekje.verhalen
    delen: list[str] = [
        GEEN_VERHAAL,  # not a story itself: verhaal controleer and bundel pass it by
        f"# {_md_regel(boekje.titel)}",
        "",
        f"{datum_tekst(boekje.datum)} · {_aantal_verhalen(len(verhalen))}",
        "",
        "---",
        "",
        "## Inhoud",
        "",
    ]
    nummer = 0
    for groep in boekje.groepen:
        delen += [f"### {_md_regel(groep.thema)}", ""]
        for verhaal in groep.verhalen:
            nummer += 1
            regel = f"{nummer}. {_md_regel(verhaal.titel)}"
            if verhaal.plotvraag:
                regel += f" — *{_md_regel(verhaal.plotvraag)}*"
            delen.append(regel)
        delen.append("")
    for groep in boekje.groepen:
        for verhaal in groep.verhalen:
            delen += ["---", "", f"## {_md_regel(verhaal.titel)}", ""]
            delen += [f"*Thema: {_md_regel(groep.thema)}*", ""]
            if verhaal.plotvraag:
                delen += [
                    f"*{_md_regel(verhaal.plotvraag_label)}: {_md_regel(verhaal.plotvraag)}*",
                    "",
                ]
            lichaam = naar_markdown(verhaal.lichaam, verhaal.soort)
            if lichaam:
                delen += [lichaam.rstrip("\n"), ""]
    if boekje.bijlage:
        delen += ["---", "", "## Bijlage: wat collega's inspireerde", ""]
        for verhaal, passages in boekje.bijlage:
            delen += [f"### {_md_regel(verhaal.titel)}", ""]
            for passage in passages:
                delen += [f"> {_md_regel(passage.zin)}", ""]
                if passage.opmerking:
                    delen += [_md_regel(passage.opmerking), ""]
    return "\n".join(delen).rstrip("\n") + "\n"
