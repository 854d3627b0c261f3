"""Import and export of the partner directory: CSV (here) and TBX (directory_tbx).

CSV format (UTF-8 with a BOM so spreadsheets open it right; comma or semicolon
separated; on import any encoding :func:`presspad.core.storage.textio.decode_bytes`
recognises). The header is fixed, columns in any order, none missing or extra::

    kind,en,ru,short_en,short_ru,variants_en,variants_ru,title_en,title_ru,title_org,gender,note

* ``kind``: ``org`` or ``person``; ``en``/``ru``: canonical names (one needed);
* ``short_*``/``variants_*``: lists, items separated by ``|``;
* ``title_en``/``title_ru``/``title_org``: a person's titles as parallel
  ``|``-separated lists; ``title_org`` names the organisation by its canonical
  name (it must be in the file or already in the directory);
* ``gender``: ``m``, ``f`` or empty; ``note``: free text.

An import is all or nothing: the whole file is read and checked first, then
written in one transaction; an entry whose kind and canonical name are already
in the directory is updated, others are added.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from pathlib import Path

from presspad.core.directory.model import GENDERS, KINDS, ORG, Entry, Title
from presspad.core.directory.store import Directory
from presspad.core.model.errors import DecodeError, PresspadError
from presspad.core.storage.textio import atomic_write_bytes, decode_bytes, read_bytes

logger = logging.getLogger(__name__)

CSV_COLUMNS = ("kind", "en", "ru", "short_en", "short_ru", "variants_en", "variants_ru",
               "title_en", "title_ru", "title_org", "gender", "note")
SEPARATOR = "|"
FORMATS = (".csv", ".tbx")


# A cell a spreadsheet would run as a formula (=HYPERLINK(…), +, -, @, and the
# tab/CR variants): OWASP's advice is a leading ' on export. Import takes one
# ' off such a cell again, so the round trip keeps every name; a cell that
# already starts with ' before one of these gets another, for the same reason.
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")


def neutralise_cell(cell: str) -> str:
    """The cell as written to CSV: no spreadsheet formula can start it."""
    return "'" + cell if _FORMULA.match(cell) else cell


def restore_cell(cell: str) -> str:
    """The cell as it was before :func:`neutralise_cell`."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell) else cell


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(SEPARATOR)] if cell.strip() else []


def _join(items: list[str]) -> str:
    return f" {SEPARATOR} ".join(items)


def parse_csv(text: str, path: str | Path | None = None) -> list[Entry]:
    """Entries from CSV text in the documented format; raise PresspadError on bad input."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(rows)]
    except StopIteration:
        raise PresspadError("the CSV file is empty", path=path,
                            hint=f"the first line must be: {','.join(CSV_COLUMNS)}") from None
    except csv.Error as exc:
        raise PresspadError(f"not a readable CSV file: {exc}", path=path, line=1) from None
    missing = [c for c in CSV_COLUMNS if c not in header]
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if missing or unknown or len(set(header)) != len(header):
        problem = "; ".join(filter(None, [
            f"missing {', '.join(missing)}" if missing else "",
            f"unknown {', '.join(repr(u[:30]) for u in unknown[:5])}" if unknown else "",
            "a column appears twice" if len(set(header)) != len(header) else ""]))
        raise PresspadError(f"wrong CSV columns ({problem})", path=path, line=1,
                            hint=f"the first line must be: {','.join(CSV_COLUMNS)}")
    entries: list[Entry] = []
    try:
        for row in rows:
            line = rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise PresspadError(f"{len(row)} fields where the header has {len(header)}",
                                    path=path, line=line)
            cells = [restore_cell(cell) for cell in row]
            entries.append(_entry_from_row(dict(zip(header, cells, strict=True)), path, line))
    except csv.Error as exc:
        raise PresspadError(f"not a readable CSV file: {exc}", path=path,
                            line=rows.line_num) from None
    # Organisations first, so people's titles can refer to them.
    return sorted(entries, key=lambda e: e.kind != ORG)


def _entry_from_row(cells: dict[str, str], path: str | Path | None, line: int) -> Entry:
    kind = cells["kind"].strip().lower()
    if kind not in KINDS:
        raise PresspadError(f"unknown kind {cells['kind']!r}", path=path, line=line,
                            hint="use org or person")
    gender = cells["gender"].strip().lower()
    if gender not in GENDERS:
        raise PresspadError(f"unknown gender {cells['gender']!r}", path=path, line=line,
                            hint="use m, f or leave it empty")
    titles_en, titles_ru = _split(cells["title_en"]), _split(cells["title_ru"])
    title_orgs = _split(cells["title_org"])
    count = max(len(titles_en), len(titles_ru))
    if titles_en and len(titles_en) != count or titles_ru and len(titles_ru) != count \
            or title_orgs and len(title_orgs) != count:
        raise PresspadError("title_en, title_ru and title_org list different numbers of titles",
                            path=path, line=line, hint="separate titles with |")
    titles = [Title(titles_en[i] if titles_en else "", titles_ru[i] if titles_ru else "",
                    None, title_orgs[i] if title_orgs else "") for i in range(count)]
    entry = Entry(kind=kind, en=cells["en"].strip(), ru=cells["ru"].strip(),
                  short_en=_split(cells["short_en"]), short_ru=_split(cells["short_ru"]),
                  variants_en=_split(cells["variants_en"]),
                  variants_ru=_split(cells["variants_ru"]),
                  titles=titles, gender=gender, note=cells["note"].strip())
    if not (entry.en or entry.ru):
        raise PresspadError("a partner needs an English or a Russian name", path=path, line=line)
    return entry


def entries_to_csv(entries: list[Entry]) -> str:
    """CSV text of ``entries`` in the documented format."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in sorted(entries, key=lambda e: (e.kind != ORG, e.id or 0)):
        writer.writerow([neutralise_cell(cell) for cell in (
            e.kind, e.en, e.ru, _join(e.short_en), _join(e.short_ru), _join(e.variants_en),
            _join(e.variants_ru), _join([t.en for t in e.titles]),
            _join([t.ru for t in e.titles]), _join([t.org_name for t in e.titles]),
            e.gender, e.note)])
    return out.getvalue()


def read_entries(path: str | Path) -> list[Entry]:
    """The entries of a .csv or .tbx file, checked, without touching any directory."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise PresspadError(f"unknown file type {suffix or '(none)'}", path=path,
                            hint="import a .csv or .tbx file")
    data = read_bytes(path, "tbx" if suffix == ".tbx" else "csv")
    if suffix == ".tbx":
        from presspad.core.directory.tbx import parse_tbx

        return parse_tbx(data, path)
    text, _encoding = decode_bytes(data, path)
    if "\x00" in text[:8192]:
        raise DecodeError("this is a binary file, not CSV text", path=path,
                          hint="export the table as CSV (UTF-8) and try again")
    return parse_csv(text, path)


def import_file(directory: Directory, path: str | Path) -> tuple[int, int]:
    """Import a .csv or .tbx file in one transaction; return ``(added, updated)``."""
    entries = read_entries(path)
    if not entries:
        raise PresspadError("the file holds no partners", path=path)
    try:
        return directory.upsert_many(entries)
    except PresspadError as exc:
        # Name the imported file, not only the directory, in what the user reads.
        raise PresspadError(f"nothing imported: {exc.message}", path=path,
                            hint=exc.hint) from None


def export_file(directory: Directory, path: str | Path) -> int:
    """Write every entry to a .csv or .tbx file (atomically); return how many."""
    path = Path(path)
    suffix = path.suffix.lower()
    entries = directory.entries()
    if suffix == ".csv":
        atomic_write_bytes(path, entries_to_csv(entries).encode("utf-8-sig"))
    elif suffix == ".tbx":
        from presspad.core.directory.tbx import entries_to_tbx

        atomic_write_bytes(path, entries_to_tbx(entries))
    else:
        raise PresspadError(f"unknown file type {suffix or '(none)'}", path=path,
                            hint="export to a .csv or .tbx file")
    return len(entries)
