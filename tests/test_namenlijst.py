"""The class-list reader: names only, errors by file:line without the line's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from verhaal.errors import InvoerFout
from verhaal.namenlijst import MAX_BYTES, lees_namenlijst


def test_reads_names_skips_comments_blanks_and_duplicates(tmp_path: Path) -> None:
    pad = tmp_path / "klas.txt"
    pad.write_text(
        "\ufeff# groep zeven\nDaan\n\n  Zwaantje Klaassen  # nieuw\nDAAN\nDaniël\n",
        encoding="utf-8",
    )
    assert lees_namenlijst(pad) == ("Daan", "Zwaantje Klaassen", "Daniël")


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InvoerFout, match="bestaat niet"):
        lees_namenlijst(tmp_path / "weg.txt")


def test_folder_is_not_a_class_list(tmp_path: Path) -> None:
    with pytest.raises(InvoerFout, match="geen gewoon bestand"):
        lees_namenlijst(tmp_path)


def test_invalid_utf8_names_the_line_not_the_text(tmp_path: Path) -> None:
    pad = tmp_path / "klas.txt"
    pad.write_bytes(b"Daan\nSem\nZo\xe9\n")
    with pytest.raises(InvoerFout) as fout:
        lees_namenlijst(pad)
    assert f"{pad}:3:" in str(fout.value)
    assert "Sem" not in str(fout.value)


def test_too_long_line_is_refused_without_echo(tmp_path: Path) -> None:
    pad = tmp_path / "klas.txt"
    pad.write_text("Daan\n" + "Zwaantje" * 40 + "\n", encoding="utf-8")
    with pytest.raises(InvoerFout) as fout:
        lees_namenlijst(pad)
    assert f"{pad}:2:" in str(fout.value)
    assert "Zwaantje" not in str(fout.value)


def test_line_without_letters_is_refused(tmp_path: Path) -> None:
    pad = tmp_path / "klas.txt"
    pad.write_text("Daan\n---\n", encoding="utf-8")
    with pytest.raises(InvoerFout, match=":2: op deze regel staat geen naam"):
        lees_namenlijst(pad)


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    pad = tmp_path / "klas.txt"
    pad.write_bytes(b"Daan\n" * (MAX_BYTES // 5 + 10))
    with pytest.raises(InvoerFout, match="groter dan"):
        lees_namenlijst(pad)
