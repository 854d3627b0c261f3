"""XSS vectors through every export path: no script, no on* handler, no javascript: URL.

Each vector is put into every field a user controls (titles, body as raw HTML
and as Markdown links and images, credit, related-media text and URL), then
every path that produces HTML is parsed with html5lib (what a browser builds)
and inspected: the standalone page (both languages, English, Russian), the
CMS fragment and its clipboard twin, the app's preview, and the site and
Markdown exports read back in and exported as HTML again.
"""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path

import html5lib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.formats.exporting import render
from presspad.core.formats.html import cms_fragment, export_html, preview_html, stylesheet
from presspad.core.formats.importing import import_one
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LangVersion, MediaLink, Release
from tests.reliability.conftest import PROFILE
from tests.reliability.totals import TOTALS

logger = logging.getLogger(__name__)

VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></math>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<a href=\" JaVaScRiPt:alert(1)\">click</a>",
    "<a href=\"java\nscript:alert(1)\">click</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>",
    "<a href=\"vbscript:msgbox(1)\">v</a>",
    "[link](javascript:alert(1))",
    "[link](JAVASCRIPT:alert(1) \"title\")",
    "[link](<javascript:alert(1)>)",
    "![img](javascript:alert(1))",
    "![img](x\" onerror=\"alert(1))",
    "<javascript:alert(1)>",
    "[ref][x]\n\n[x]: javascript:alert(1)",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
    "<form action=\"javascript:alert(1)\"><button formaction=javascript:alert(1)>x</button></form>",
    "<body onload=alert(1)>",
    "<div style=\"background:url(javascript:alert(1))\">s</div>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
    "<link rel=stylesheet href=javascript:alert(1)>",
    "\"><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</textarea></style><script>alert(1)</script>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<template><script>alert(1)</script></template>",
    "<!--<script>alert(1)</script>-->",
    "<details open ontoggle=alert(1)>",
    "<a href=\"#\" onclick=\"alert(1)\" onmouseover=alert(2)>x</a>",
    "<p><a href=\"&#0000106&#0000097vascript:alert(1)\">e</a></p>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<video><source onerror=\"alert(1)\"></video>",
    "*<i onpointerenter=alert(1)>emphasis</i>*",
]

# Attributes whose value a browser follows as a URL.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "background", "poster",
                  "srcset", "cite", "data", "codebase", "longdesc", "lowsrc", "dynsrc"}
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "frame", "frameset", "base", "form",
                  "applet", "link", "svg", "math", "template", "noscript", "input", "button",
                  "textarea", "select", "isindex", "video", "audio", "source"}
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")


def unsafe_parts(document: str, allowed_styles: int = 0) -> list[str]:
    """Everything in ``document`` (HTML) a browser could run or follow into script."""
    tree = html5lib.parse(document, treebuilder="etree", namespaceHTMLElements=False)
    problems, styles = [], 0
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        tag = element.tag.split("}")[-1].lower()
        if tag in FORBIDDEN_TAGS:
            problems.append(f"<{tag}>")
        if tag == "style":
            styles += 1
        if tag == "meta" and element.get("http-equiv", "").lower() not in (
                "", "content-security-policy"):
            problems.append(f"<meta http-equiv={element.get('http-equiv')}>")
        for name, value in element.attrib.items():
            name = name.split("}")[-1].lower()
            if name.startswith("on"):
                problems.append(f"{tag} {name}=")
            if name == "style":
                problems.append(f"{tag} style=")
            if name in URL_ATTRIBUTES:
                # Browsers drop ASCII whitespace and control characters inside a scheme.
                squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
                match = _SCHEME.match(squeezed)
                if match and match.group(1) not in SAFE_SCHEMES:
                    problems.append(f"{tag} {name}={value!r}")
    if styles > allowed_styles:
        problems.append(f"{styles} <style> elements (the page has {allowed_styles} of its own)")
    return problems


def hostile_release(vector: str) -> Release:
    """``vector`` in every field a user controls, in both languages."""
    def version(title: str) -> LangVersion:
        return LangVersion(
            title=f"{title} {vector}",
            body=f"Intro {vector} text.\n\n{vector}\n\n> quote {vector}\n\n- item {vector}\n",
            credit=f"Prepared by {vector}",
            media=[MediaLink(text=f"media {vector}", url=vector),
                   MediaLink(text="plain", url="javascript:alert(1)")])
    return Release(en=version("Title"), ru=version("Заголовок"))


def html_outputs(release: Release) -> dict[str, tuple[str, int]]:
    """Every HTML export of ``release``: name -> (html, <style> elements of our own)."""
    outputs = {
        "html both": (render(release, "html", None), 1),
        "html en": (render(release, "html", "en"), 1),
        "html ru": (render(release, "html", "ru"), 1),
        "export_html default": (export_html(release), 1),
        "preview both": (preview_html(release), 1),
        "preview en": (preview_html(release, "en"), 1),
        "preview ru": (preview_html(release, "ru"), 1),
    }
    for lang in ("en", "ru"):
        outputs[f"cms fragment {lang}"] = (cms_fragment(release, lang), 0)
        outputs[f"cms fragment with title {lang}"] = (
            cms_fragment(release, lang, include_title=True), 0)
    # Text exports a CMS or a colleague imports again: read back, export as HTML.
    with tempfile.TemporaryDirectory() as folder:
        for fmt, suffix in (("site", ".site.{}.txt"), ("md", ".{}.md")):
            again = Release()
            for lang in ("en", "ru"):
                path = Path(folder) / ("release" + suffix.format(lang))
                try:
                    text = render(release, fmt, lang)
                except PresspadError:
                    continue  # the site export refuses what would not read back: safe too
                path.write_text(text, encoding="utf-8")
                try:
                    # --lang given: a hostile text may not look Russian enough to detect.
                    setattr(again, lang, import_one(path, lang).version(lang))
                except PresspadError:
                    pass  # refusing the file is safe too
            if not again.langs_present():
                continue
            outputs[f"{fmt} export → import → html"] = (render(again, "html", None), 1)
    return outputs


def _assert_safe(release: Release) -> None:
    outputs = html_outputs(release)
    TOTALS["vectors"] += 1
    for name, (document, styles) in outputs.items():
        TOTALS["exports"] += 1
        problems = unsafe_parts(document, styles)
        if problems:
            TOTALS["unsafe"] += 1
        assert not problems, f"{name}: {problems}"


def test_checker_flags_what_it_must():
    """The inspection itself would catch each kind of attack."""
    assert unsafe_parts("<p>ok <a href='https://x.example'>x</a></p>") == []
    assert unsafe_parts("<script>alert(1)</script>")
    assert unsafe_parts("<img src=x onerror=alert(1)>")
    assert unsafe_parts("<a href=' java\tscript:alert(1)'>x</a>")
    assert unsafe_parts("<a href='data:text/html,x'>x</a>")
    assert unsafe_parts("<div style='x'>x</div>")
    assert unsafe_parts("<style>x</style>", allowed_styles=0)
    assert unsafe_parts(f"<style>{stylesheet()}</style>", allowed_styles=1) == []


def test_text_exports_are_read_back_not_skipped():
    release = hostile_release("<script>alert(1)</script> [x](javascript:y)")
    for version in (release.en, release.ru):
        # A site page's link address holds no spaces or parentheses (the export
        # refuses those); a hostile one it can hold stays.
        version.media = [MediaLink("media <script>x</script>", "javascript:alert%281%29")]
    outputs = html_outputs(release)
    assert "site export → import → html" in outputs
    assert "md export → import → html" in outputs


@pytest.mark.parametrize("vector", VECTORS)
def test_vector_through_every_export(vector):
    _assert_safe(hostile_release(vector))


def test_vectors_combined():
    _assert_safe(hostile_release("\n\n".join(VECTORS)))


def test_copy_as_html_clipboard_is_sanitized(qapp):
    from presspad.gui.publish.preview import release_mime_data

    for vector in VECTORS:
        mime = release_mime_data(hostile_release(vector), "en")
        TOTALS["exports"] += 1
        assert not unsafe_parts(mime.html()), (vector, mime.html())


fragments = st.sampled_from(VECTORS + ["<", ">", "\"", "'", "javascript:", "on", "=", "\n\n",
                                       "[", "](", ")", "<a href=", "<img src=", "&#", ";"])


@settings(settings.get_profile(PROFILE))
@given(pieces=st.lists(st.one_of(fragments, st.text(max_size=12)), min_size=1, max_size=12))
def test_random_mixes_of_vectors(pieces):
    _assert_safe(hostile_release("".join(pieces)))
