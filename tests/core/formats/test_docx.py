"""Word import: a .docx built here with python-docx becomes Markdown."""

from __future__ import annotations

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from presspad.core.formats.docx import import_docx
from presspad.core.formats.loading import load_any
from presspad.core.model.errors import PresspadError


def add_link(paragraph, url: str, text: str, italic: bool = False) -> None:
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    if italic:
        props = OxmlElement("w:rPr")
        props.append(OxmlElement("w:i"))
        run.append(props)
    text_el = OxmlElement("w:t")
    text_el.text = text
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


@pytest.fixture
def english_docx(tmp_path):
    document = docx.Document()
    document.add_paragraph("Polytech Signs a Memorandum", style="Title")
    para = document.add_paragraph("“Korea is a priority,” said the head. ")
    para.add_run("“Korean companies have vast experience.”").italic = True
    document.add_paragraph("")
    para = document.add_paragraph("The deal is ")
    para.add_run("worth USD 5 million").bold = True
    para.add_run(" and ")
    para.add_run("very").bold = True
    para.runs[-1].italic = True
    para.add_run(" new; 2 * 3 = 6.")
    para = document.add_paragraph("Read more on ")
    add_link(para, "https://www.spbstu.ru/media/news/", "the university site", italic=True)
    para.add_run(".")
    document.add_paragraph("# 1 gas company")
    document.add_paragraph("Prepared by the SPbPU International Office")
    path = tmp_path / "draft.docx"
    document.save(path)
    return path


def test_docx_paragraphs_emphasis_links_quotes(english_docx):
    release = load_any(english_docx)
    version = release.en
    assert version.title == "Polytech Signs a Memorandum"
    paragraphs = version.body.rstrip("\n").split("\n\n")
    assert paragraphs == [
        "“Korea is a priority,” said the head. *“Korean companies have vast experience.”*",
        "The deal is **worth USD 5 million** and ***very*** new; 2 \\* 3 = 6.",
        "Read more on [*the university site*](https://www.spbstu.ru/media/news/).",
        "\\# 1 gas company",
    ]
    assert version.credit == "Prepared by the SPbPU International Office"
    assert release.ru.title == ""


def test_docx_russian_detected(tmp_path):
    document = docx.Document()
    document.add_paragraph("Политех подписал меморандум")
    document.add_paragraph("«Газпром» заключил соглашение — на 5 млн долларов.")
    path = tmp_path / "ru.docx"
    document.save(path)
    release = import_docx(path)
    assert release.ru.title == "Политех подписал меморандум"
    assert release.ru.body == "«Газпром» заключил соглашение — на 5 млн долларов.\n"


def test_truncated_docx_is_a_clear_error(english_docx, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(english_docx.read_bytes()[:2000])
    with pytest.raises(PresspadError, match="truncated or damaged") as info:
        load_any(broken)
    assert str(broken) in info.value.user_message()


def test_empty_docx_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.docx"
    docx.Document().save(path)
    with pytest.raises(PresspadError, match="no text"):
        import_docx(path)


def _table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def test_tables_become_pipe_tables_where_they_stood(tmp_path):
    from presspad.core.formats.html import export_html

    document = docx.Document()
    document.add_paragraph("Политех открывает набор на программы")
    document.add_paragraph("В этом году университет принимает студентов из двенадцати стран.")
    _table(document, [["Программа", "Мест"], ["Физика | химия", "40"], ["Право", "25"]])
    document.add_paragraph("Подать документы можно до конца июля.")
    second = _table(document, [["Город", "Дата"], ["Москва", "1 июля"]])
    second.cell(1, 1).paragraphs[0].add_run().add_break()   # a line break inside a cell
    second.cell(1, 1).add_paragraph("и 2 июля")
    path = tmp_path / "tables.docx"
    document.save(path)
    release = import_docx(path)
    assert release.ru.title == "Политех открывает набор на программы"
    assert release.ru.body.split("\n\n") == [
        "В этом году университет принимает студентов из двенадцати стран.",
        "| Программа | Мест |\n| --- | --- |\n| Физика \\| химия | 40 |\n| Право | 25 |",
        "Подать документы можно до конца июля.",
        "| Город | Дата |\n| --- | --- |\n| Москва | 1 июля<br>и 2 июля |\n",
    ]
    html = export_html(release, ["ru"])
    assert "<table>" in html and "<th>Программа</th>" in html
    assert "<td>Физика | химия</td>" in html and "<td>1 июля<br>и 2 июля</td>" in html


def test_merged_cells_keep_their_text_once_and_nested_tables_are_flattened(tmp_path):
    document = docx.Document()
    document.add_paragraph("Exchange programmes for the new year")
    table = _table(document, [["Partner", "Country", "Places"],
                              ["Seoul National University", "Korea", "10"],
                              ["KAIST", "", "5"]])
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Details"       # across
    table.cell(1, 1).merge(table.cell(2, 1)).text = "Korea"         # down
    inner = table.cell(2, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "spring", "autumn"
    document.add_paragraph("Applications close in March.")
    path = tmp_path / "merged.docx"
    document.save(path)
    body = import_docx(path).en.body
    assert body.split("\n\n")[0] == (
        "| Partner | Details |  |\n| --- | --- | --- |\n"
        "| Seoul National University | Korea | 10 |\n| KAIST |  | 5<br>spring autumn |")
    assert body.endswith("Applications close in March.\n")


def test_a_table_without_text_is_reported_with_where_it_was(tmp_path, caplog):
    from presspad.core.formats.docx import read_docx

    document = docx.Document()
    document.add_paragraph("Exchange programmes for the new year")
    document.add_paragraph("The university signed agreements with three partners.")
    _table(document, [["", ""], ["", ""]])
    document.add_paragraph("Applications close in March.")
    path = tmp_path / "empty-table.docx"
    document.save(path)
    release, warnings = read_docx(path)
    assert warnings == ['table 1 (after "The university signed agreements with…") was not '
                        "imported: it holds no text"]
    assert "|" not in release.en.body
    with caplog.at_level("WARNING"):
        import_docx(path)
    assert "was not imported" in caplog.text and str(path) in caplog.text


# The smallest PNG there is (1×1, transparent): a picture to put in a cell.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d4944415478da63fcffff3f0300050001ff5ccd2b860000000049454e44ae426082")


def test_pictures_in_tables_are_reported(tmp_path):
    import io

    from presspad.core.formats.docx import read_docx

    document = docx.Document()
    document.add_paragraph("Exchange programmes for the new year")
    only = _table(document, [["", ""]])
    only.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(PNG))
    document.add_paragraph("The partners' logos are above; their places are below.")
    mixed = _table(document, [["Partner", "Logo"], ["KAIST", ""]])
    mixed.cell(1, 1).paragraphs[0].add_run().add_picture(io.BytesIO(PNG))
    path = tmp_path / "pictures.docx"
    document.save(path)
    release, warnings = read_docx(path)
    assert warnings == [
        'table 1 (after "Exchange programmes for the new year") was not imported: it holds '
        "no text (only pictures)",
        'table 2 (after "The partners\' logos are above; their…"): its pictures were not '
        "imported"]
    assert release.en.body.split("\n\n") == [
        "The partners' logos are above; their places are below.",
        "| Partner | Logo |\n| --- | --- |\n| KAIST |  |\n"]
