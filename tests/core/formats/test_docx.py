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
