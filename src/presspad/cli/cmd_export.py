"""``presspad export FILE --to site|html|md|docx|pdf [--lang en|ru|both] [-o OUT]``.

Without ``-o`` the export goes to standard output. ``html``, ``docx`` and
``pdf`` without ``--lang`` (or with ``--lang both``) put both languages side
by side: in columns, in a Word table whose rows pair the aligned paragraphs, on
A4 pages. ``pdf`` is laid out by Qt, imported only for it (offscreen when there
is no display), so every other command and format starts without Qt. ``site`` and ``md``
are one language per file: give ``--lang``, or ``-o FOLDER`` (an existing
folder, or a path ending in ``/``) to write every language as
``NAME.site.en.txt``/``NAME.site.ru.txt`` (``NAME.en.md``/``NAME.ru.md``); a
release with a single language needs neither. Everything is rendered before
anything is written, and every file is written atomically.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from presspad.cli.help import HelpWithExamples
from presspad.core.formats.exporting import FORMATS
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS

logger = logging.getLogger(__name__)

EXAMPLES = """examples:
  presspad export release.presspad --to site -o out/
  presspad export release.presspad --to html > release.html
  presspad export release.presspad --to docx -o release.docx
  presspad export release.presspad --to pdf --lang ru -o release.ru.pdf
"""

DOCUMENTS = ("docx", "pdf")
BOTH = "both"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", epilog=EXAMPLES,
        formatter_class=HelpWithExamples,
        help="write a release as a site page, HTML, Markdown, Word or PDF",
        description="Export a release: 'site' (the news site's text format, byte for byte), "
                    "'html' (a standalone page; both languages side by side without --lang) "
                    "'md' (Markdown), 'docx' (Word) or 'pdf' (A4; both languages side by "
                    "side in Word and PDF without --lang). Writes to standard output without "
                    "-o. 'site' and 'md' "
                    "are one language per file: give --lang, or -o FOLDER/ to write "
                    "NAME.site.en.txt and NAME.site.ru.txt (NAME.en.md, NAME.ru.md).")
    parser.add_argument("file", metavar="FILE", help="a .presspad release (or a page/.md)")
    parser.add_argument("--to", choices=FORMATS + DOCUMENTS, required=True,
                        help="the format to write")
    parser.add_argument("--lang", choices=(*LANGS, BOTH),
                        help="the language to export; 'both' (html, docx, pdf: the default) "
                             "side by side")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="file to write, or a folder to write every language into")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from presspad.core.formats.exporting import file_name, render
    from presspad.core.formats.loading import load_any
    from presspad.core.storage.textio import atomic_write_text

    source = Path(args.file)
    release = load_any(source, None)
    output = Path(args.output) if args.output else None
    to_folder = output is not None and (output.is_dir() or args.output.endswith(("/", "\\")))
    if args.lang == BOTH:
        if args.to not in ("html", *DOCUMENTS) and not to_folder:
            raise PresspadError(f"'{args.to}' is one language per file", path=source,
                                hint="give --lang en or --lang ru, or -o FOLDER to write both")
        args.lang = None
    if args.to in DOCUMENTS:
        return _write_document(args, release, source, output, to_folder)
    if args.to == "html" or args.lang:
        langs: list[str | None] = [args.lang]
    else:
        present = release.langs_present()
        if not present:
            raise PresspadError("the release has no text to export", path=source)
        if len(present) > 1 and not to_folder:
            raise PresspadError(
                f"'{args.to}' is one language per file and this release has two",
                path=source, hint="give --lang en or --lang ru, or -o FOLDER to write both")
        langs = list(present)
    stem = source.name.split(".")[0] or "release"
    rendered: list[tuple[Path | None, str]] = []
    for lang in langs:
        target = output
        if to_folder:
            target = output / file_name(stem, args.to, lang)
        try:
            rendered.append((target, render(release, args.to, lang)))
        except PresspadError as exc:
            if exc.path is not None:
                raise
            raise PresspadError(exc.message, path=source, hint=exc.hint) from None
    if to_folder:
        output.mkdir(parents=True, exist_ok=True)
    for target, text in rendered:
        if target is None:
            # Bytes, not text mode: the site format's exact line ends must survive.
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.buffer.flush()
        else:
            atomic_write_text(target, text)
            logger.info("wrote %s", target)
    return 0


def _write_document(args: argparse.Namespace, release, source: Path, output: Path | None,
                    to_folder: bool) -> int:
    """``--to docx|pdf``: one file (both languages side by side without ``--lang``)."""
    from presspad.core.storage.textio import atomic_write_bytes

    lang = args.lang
    try:
        data = _docx(release, lang, source) if args.to == "docx" else _pdf(release, lang)
    except PresspadError as exc:
        if exc.path is not None:
            raise
        raise PresspadError(exc.message, path=source, hint=exc.hint) from None
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    target = output
    if to_folder:
        stem = source.name.split(".")[0] or "release"
        target = output / (f"{stem}.{lang}.{args.to}" if lang else f"{stem}.{args.to}")
        output.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, data)
    logger.info("wrote %s", target)
    return 0


def _docx(release, lang: str | None, source: Path) -> bytes:
    from presspad.core.formats.docx_export import export_docx

    pairs = None
    if lang is None and len(release.langs_present()) > 1:
        # The side-by-side rows pair paragraphs as the checks align them.
        from presspad.core.checks.consistency import analyse_release

        pairs = [(bead.en, bead.ru) for bead in analyse_release(release).beads]
    return export_docx(release, [lang] if lang else None, pairs=pairs, base_dir=source.parent)


def _pdf(release, lang: str | None) -> bytes:
    # Qt is imported only here, exactly as `presspad gui` opens the app: PDF is laid
    # out by Qt's rich-text engine, every other export and command stays Qt-free.
    from presspad.gui.publish.pdf_export import ensure_gui_application, pdf_bytes

    ensure_gui_application()
    return pdf_bytes(release, lang)
