"""Word export: python-docx reads back what presspad wrote."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib

import docx
import pytest

from presspad.core.formats.docx_export import export_docx
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Comment, ImageRef, LangVersion, MediaLink, Release

EN_BODY = """## Signing ceremony

SPbPU and **Powel Corporation** signed a *memorandum* with [KOSDAQ](https://kosdaq.example/list).

> “Korea is one of the priority regions,” said Vladimir Khizhnyak.

- first point
- second point

3. third
4. fourth
"""
RU_BODY = """## Церемония подписания

СПбПУ и **Powel Corporation** подписали *меморандум* со [списком](https://kosdaq.example/ru).

> «Корея — один из приоритетных регионов», — отметил Владимир Хижняк.
"""


def _release() -> Release:
    return Release(
        en=LangVersion(title="Polytech and Korea", body=EN_BODY,
                       credit="Prepared by the International Office",
                       media=[MediaLink("Korea Herald on *the deal*", "https://herald.example/a"),
                              MediaLink("Nowhere", "#")]),
        ru=LangVersion(title="Политех и Корея", body=RU_BODY,
                       credit="Материал подготовлен Международной службой"),
        date=dt.date(2020, 10, 29),
        comments=[Comment(id="c1", lang="en", quote="memorandum",
                          text="SECRET REVIEWER NOTE")])


def _read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _paragraphs(document) -> list:
    found = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend(cell.paragraphs)
    return found


def _all_text(document) -> str:
    return "\n".join(p.text for p in _paragraphs(document))


def test_both_languages_side_by_side_in_a_two_column_table():
    document = _read(export_docx(_release()))
    assert len(document.tables) == 1
    table = document.tables[0]
    assert len(table.columns) == 2
    first = [cell.text for cell in table.rows[0].cells]
    assert "Polytech and Korea" in first[0] and "Политех и Корея" in first[1]
    # The heading paragraphs pair up in one row: by order without pairs.
    assert [c.text for c in table.rows[1].cells] == ["Signing ceremony", "Церемония подписания"]
    text = _all_text(document)
    assert "Prepared by the International Office" in text
    assert "Материал подготовлен Международной службой" in text


def test_pairs_put_aligned_paragraphs_in_one_row():
    release = _release()
    release.en.body = "One.\n\nTwo, first half\n\nsecond half.\n\nThree."
    release.ru.body = "Один.\n\nДва, целиком.\n\nТри."
    pairs = [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
    rows = _read(export_docx(release, pairs=pairs)).tables[0].rows
    body = [[cell.text for cell in row.cells] for row in rows[1:4]]
    assert body == [["One.", "Один."], ["Two, first half\nsecond half.", "Два, целиком."],
                    ["Three.", "Три."]]
    # Without them, by order: the split paragraph shifts the rest.
    rows = _read(export_docx(release)).tables[0].rows
    assert [cell.text for cell in rows[2].cells] == ["Two, first half", "Два, целиком."]


def test_stale_pairs_fall_back_to_order():
    release = _release()
    release.en.body, release.ru.body = "One.\n\nTwo.", "Один.\n\nДва."
    rows = _read(export_docx(release, pairs=[((0,), (0,))])).tables[0].rows
    assert [cell.text for cell in rows[2].cells] == ["Two.", "Два."]


def test_headings_get_word_heading_styles_and_the_title_its_style():
    document = _read(export_docx(_release(), ["en"]))
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Polytech and Korea"] == "Title"
    assert styles["Signing ceremony"] == "Heading 2"
    assert styles["“Korea is one of the priority regions,” said Vladimir Khizhnyak."] == "Quote"
    assert styles["first point"] == "List Bullet"
    # A numbered list keeps its own start (Word's List Number would run on).
    assert styles["3. third"] == "List" and "4. fourth" in styles


def test_bold_and_italic_runs():
    document = _read(export_docx(_release(), ["en"]))
    runs = [run for p in document.paragraphs for run in p.runs]
    bold = [run.text for run in runs if run.bold]
    italic = [run.text for run in runs if run.italic]
    assert "Powel Corporation" in bold and "memorandum" in italic
    assert "Powel Corporation" not in italic and "memorandum" not in bold


def test_links_are_real_hyperlinks():
    document = _read(export_docx(_release(), ["en"]))
    links = {link.text: link.address for p in document.paragraphs for link in p.hyperlinks}
    assert links["KOSDAQ"] == "https://kosdaq.example/list"
    assert links["Korea Herald on the deal"] == "https://herald.example/a"
    # A relative link means nothing in a Word file: its text stays, as text.
    assert "Nowhere" not in links and "Nowhere" in _all_text(document)


def test_header_fields_date_in_the_site_format_credit_and_media():
    document = _read(export_docx(_release(), ["ru"]))
    text = _all_text(document)
    assert "2020.10.29" in text     # spbpu prints YYYY.MM.DD
    assert "Материал подготовлен Международной службой" in text
    assert "Polytech" not in text and "Signing" not in text
    assert document.core_properties.title == "Политех и Корея"
    assert abs(document.sections[0].page_width.mm - 210) < 0.1     # A4


def test_comments_are_never_exported():
    data = export_docx(_release())
    assert "SECRET REVIEWER NOTE" not in _all_text(_read(data))
    assert b"SECRET" not in _unzipped(data)


def _unzipped(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def test_russian_only_release_exports_russian_alone():
    release = Release(ru=LangVersion(title="Только по-русски", body="Текст *выпуска*."))
    document = _read(export_docx(release))
    assert not document.tables
    assert [p.text for p in document.paragraphs] == ["Только по-русски", "Текст выпуска."]
    with pytest.raises(PresspadError, match="no English text"):
        export_docx(release, ["en"])


def test_empty_release_is_a_clear_error():
    with pytest.raises(PresspadError, match="no text to export"):
        export_docx(Release())


def test_script_in_the_body_is_not_text_in_the_document():
    release = Release(en=LangVersion(title="T", body="Hi <script>alert('x')</script> there."))
    assert "alert" not in _all_text(_read(export_docx(release)))


def _png(path) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2,
                                                                      0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_local_picture_is_embedded_and_a_missing_one_leaves_its_alt_text(tmp_path):
    _png(tmp_path / "red.png")
    release = Release(en=LangVersion(
        title="Pictures", body="Inline ![inline dot](red.png) here.",
        images=[ImageRef("red.png", "A red square", "Our red square"),
                ImageRef("https://example.com/x.jpg", "Remote campus photo"),
                ImageRef("gone.png", "Missing picture")]))
    document = _read(export_docx(release, base_dir=tmp_path))
    assert len(document.inline_shapes) == 2
    text = _all_text(document)
    assert "[Remote campus photo]" in text and "[Missing picture]" in text
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == ["Our red square"]
    assert b'descr="A red square"' in _unzipped(export_docx(release, base_dir=tmp_path))


TABLE_BODY = """Results:

| Partner | Country | Note |
|---|---|---|
| Powel | Korea | *signed* |
| Политех | Россия | [site](https://spbstu.example/) |

After the table.
"""


def _cells(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_a_pipe_table_becomes_a_word_table_with_a_bold_header_row():
    document = _read(export_docx(Release(en=LangVersion(title="T", body=TABLE_BODY))))
    assert len(document.tables) == 1
    table = document.tables[0]
    assert _cells(table) == [["Partner", "Country", "Note"],
                             ["Powel", "Korea", "signed"],
                             ["Политех", "Россия", "site"]]
    assert table.style.name == "Table Grid"
    header = table.rows[0].cells[0].paragraphs[0].runs
    assert header and all(run.bold for run in header)
    emphasised = table.rows[1].cells[2].paragraphs[0].runs
    assert emphasised[0].italic and not emphasised[0].bold
    assert b"w:hyperlink" in _unzipped(export_docx(Release(en=LangVersion(title="T",
                                                                          body=TABLE_BODY))))
    texts = [p.text for p in document.paragraphs]
    assert "Results:" in texts and "After the table." in texts
    assert not any("Partner" in text for text in texts)


def test_a_table_in_the_side_by_side_export_is_nested_in_its_cell():
    release = Release(en=LangVersion(title="T", body=TABLE_BODY),
                      ru=LangVersion(title="Т", body="Итоги:\n\n| А | Б |\n|---|---|\n"
                                                     "| х | *у* |\n\nПосле таблицы.\n"))
    document = _read(export_docx(release))
    nested = [(column, inner) for row in document.tables[0].rows
              for column, cell in enumerate(row.cells) for inner in cell.tables]
    assert [(column, _cells(inner)) for column, inner in nested] == [
        (0, [["Partner", "Country", "Note"], ["Powel", "Korea", "signed"],
             ["Политех", "Россия", "site"]]),
        (1, [["А", "Б"], ["х", "у"]])]


def test_a_word_table_survives_import_and_export(tmp_path):
    from presspad.core.formats.docx import import_docx

    source = docx.Document()
    source.add_paragraph("Budget for 2024")
    table = source.add_table(rows=2, cols=2)
    for cell, text in zip((c for row in table.rows for c in row.cells),
                          ("Item", "Сумма", "Hall", "100 000"), strict=True):
        cell.text = text
    source.add_paragraph("Approved by the board.")
    path = tmp_path / "budget.docx"
    source.save(path)
    release = import_docx(path, "en")
    document = _read(export_docx(release))
    assert [_cells(table) for table in document.tables] == [[["Item", "Сумма"],
                                                             ["Hall", "100 000"]]]
