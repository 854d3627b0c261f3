"""``presspad partners list|add|import|export``: the partner directory from the shell.

Every sub-command takes ``--db PATH`` or ``--db URL`` (a ``postgresql://`` URL or
a libpq string such as ``service=presspad``: a team's shared directory). The
default is the directory in the user's data folder, created with the starter
partners on first use. ``partners migrate --from A --to B`` copies a whole
directory between the two kinds, in one transaction, and verifies the counts.

``presspad partners list --json`` prints::

    {
      "database": "/home/me/.local/share/presspad/directory.sqlite",
      "count": 12,
      "partners": [
        {
          "id": 10,
          "kind": "person",                      // "org" or "person"
          "en": "Vladimir Khizhnyak",            // canonical names ("" if none)
          "ru": "Владимир Хижняк",
          "short": {"en": [], "ru": []},         // accepted short forms
          "variants": {"en": ["Vladimir Khizhniak"], "ru": []},   // known wrong forms
          "titles": [{"en": "Head of ...", "ru": "начальник ...",
                      "org_id": 1, "org": "Peter the Great St. Petersburg Polytechnic University"}],
          "gender": "m",                          // "m", "f" or ""
          "note": ""
        }
      ]
    }

``partners add --json`` prints the added partner in the same shape (one object).
``import`` and ``export`` print what they did; bad files exit 2 with one line.
``migrate --json`` prints ``{"from": …, "to": …, "partners": N, "names": N, "titles": N}``.
Since schema 3 every partner also has ``"version"``, its row version.
"""

from __future__ import annotations

import argparse
import logging

from presspad.cli.help import HelpWithExamples
from presspad.cli.output import print_json
from presspad.core.directory.model import ORG, PERSON, Entry, Title, entry_to_dict
from presspad.core.model.errors import PresspadError

logger = logging.getLogger(__name__)


EXAMPLES = """examples:
  presspad partners list
  presspad partners add --en "Hanyang University" --ru "Университет Ханьян"
  presspad partners import partners.csv
  presspad partners list --db postgresql://db.example.org/partners
  presspad partners migrate --from ~/.local/share/presspad/directory.sqlite \
      --to postgresql://db.example.org/partners
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "partners", epilog=EXAMPLES,
        formatter_class=HelpWithExamples, help="list, add, import or export partner names",
        description="The partner directory: canonical English and Russian names of "
                    "organisations and people, used by completion and the name checks.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL",
                        help="directory to use: a file, or a postgresql:// URL or libpq "
                             "string for a team's server (default: the file in your data "
                             "folder)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="list partners",
                                 description="List the partners of the directory.")
    listing.add_argument("--search", metavar="TEXT",
                         help="only partners with TEXT in a name, title or note")
    listing.add_argument("--kind", choices=(ORG, PERSON), help="only organisations or people")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run=run_list)

    add = actions.add_parser(
        "add", parents=[common], help="add an organisation or a person",
        description="Add an organisation or a person. Lists (--short, --variant) take the "
                    "option once per item; their language is told by the script.")
    add.add_argument("kind", choices=(ORG, PERSON), help="org or person")
    add.add_argument("--en", default="", help="canonical English name")
    add.add_argument("--ru", default="", help="canonical Russian name")
    add.add_argument("--short", action="append", default=[], metavar="NAME",
                     help="an accepted short form (SPbPU, СПбПУ)")
    add.add_argument("--variant", action="append", default=[], metavar="NAME",
                     help="a known wrong form the checks should flag")
    add.add_argument("--title-en", default="", help="a person's title in English")
    add.add_argument("--title-ru", default="", help="a person's title in Russian")
    add.add_argument("--org", default="", metavar="NAME",
                     help="the organisation of that title (its canonical name)")
    add.add_argument("--gender", choices=("m", "f"), default="",
                     help="a person's gender, for Russian case forms")
    add.add_argument("--note", default="", help="a note for editors")
    add.add_argument("--json", action="store_true", help="print the added partner as JSON")
    add.set_defaults(run=run_add)

    imp = actions.add_parser("import", parents=[common], help="import a .csv or .tbx file",
                             description="Import partners from CSV or TBX, all or nothing.")
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(run=run_import)

    exp = actions.add_parser("export", parents=[common], help="export to a .csv or .tbx file",
                             description="Export every partner to CSV or TBX.")
    exp.add_argument("file", metavar="FILE")
    exp.set_defaults(run=run_export)

    mig = actions.add_parser(
        "migrate", help="copy a whole directory between SQLite and PostgreSQL",
        description="Copy every partner from one directory to another (an SQLite file to "
                    "a PostgreSQL database, or back) in one transaction, keeping ids, "
                    "and verify the counts.")
    mig.add_argument("--from", dest="source", required=True, metavar="PATH|URL",
                     help="the directory to copy")
    mig.add_argument("--to", dest="target", required=True, metavar="PATH|URL",
                     help="where to copy it (new, empty, or see --replace)")
    mig.add_argument("--replace", action="store_true",
                     help="overwrite the partners the target already has")
    mig.add_argument("--json", action="store_true", help="print the counts as JSON")
    mig.set_defaults(run=run_migrate)


def _open(args: argparse.Namespace):
    from presspad.core.directory.snapshot import open_default_directory

    directory = open_default_directory(args.db)
    warn_about(directory)
    return directory


def warn_about(directory) -> None:
    """One line on stderr for an offline copy or a file on a network share."""
    import sys

    from presspad.core.directory.location import network_filesystem

    if getattr(directory, "offline", False):
        print(f"presspad: warning: {directory.reason}; using the last copy, read-only",
              file=sys.stderr)
    elif directory.path is not None:
        fstype = network_filesystem(directory.path)
        if fstype:
            print(f"presspad: warning: {directory.path} is on a network file system "
                  f"({fstype}), where SQLite can corrupt the directory; a team should "
                  "share a PostgreSQL directory (see README)", file=sys.stderr)


def run_list(args: argparse.Namespace) -> int:
    with _open(args) as directory:
        entries = (directory.search(args.search, args.kind) if args.search
                   else directory.entries(args.kind))
        if args.json:
            print_json({"database": directory.location, "count": len(entries),
                        "partners": [entry_to_dict(e) for e in entries]})
            return 0
        for entry in entries:
            print(f"#{entry.id:<5} {entry.kind:<6} {entry.label()}")
            for title in entry.titles:
                text = " / ".join(t for t in (title.en, title.ru) if t)
                where = f" ({title.org_name})" if title.org_name else ""
                print(f"{'':13}{text}{where}")
        if not entries:
            print("no partners found")
    return 0


def _by_script(names: list[str]) -> tuple[list[str], list[str]]:
    from presspad.core.text.language import detect_lang

    en, ru = [], []
    for name in names:
        (ru if detect_lang(name) == "ru" else en).append(name)
    return en, ru


def run_add(args: argparse.Namespace) -> int:
    short_en, short_ru = _by_script(args.short)
    variants_en, variants_ru = _by_script(args.variant)
    titles = []
    if args.title_en or args.title_ru:
        if args.kind != PERSON:
            raise PresspadError("only a person has a title", hint="use: partners add person")
        titles.append(Title(args.title_en, args.title_ru, None, args.org))
    elif args.org:
        raise PresspadError("--org names the organisation of a title",
                            hint="give --title-en or --title-ru too")
    entry = Entry(kind=args.kind, en=args.en, ru=args.ru, short_en=short_en,
                  short_ru=short_ru, variants_en=variants_en, variants_ru=variants_ru,
                  titles=titles, gender=args.gender, note=args.note)
    if not (entry.en.strip() or entry.ru.strip()):
        raise PresspadError("a partner needs a name", hint="give --en, --ru or both")
    with _open(args) as directory:
        entry_id = directory.add(entry)
        stored = directory.get(entry_id)
    assert stored is not None
    if args.json:
        print_json(entry_to_dict(stored))
    else:
        print(f"added #{entry_id} {stored.kind} {stored.label()}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from presspad.core.directory.exchange import import_file

    with _open(args) as directory:
        added, updated = import_file(directory, args.file)
        print(f"{args.file}: {added} added, {updated} updated; "
              f"{directory.count()} partners in {directory.location}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from presspad.core.directory.exchange import export_file

    with _open(args) as directory:
        count = export_file(directory, args.file)
    print(f"{args.file}: {count} partners exported")
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from presspad.core.directory.location import display, is_server
    from presspad.core.directory.store import Directory

    if not is_server(args.source) and not Path(args.source).expanduser().is_file():
        raise PresspadError("no directory file there", path=args.source,
                            hint="give the .sqlite file to copy, or a postgresql:// URL")
    if display(args.source) == display(args.target) or (
            not is_server(args.source) and not is_server(args.target)
            and Path(args.source).expanduser().resolve()
            == Path(args.target).expanduser().resolve()):
        raise PresspadError("--from and --to are the same directory")

    def location(value: str):
        return value if is_server(value) else Path(value).expanduser()

    from presspad.core.directory.probe import probe

    # The source is only read: a mistyped database must not get presspad's tables.
    found = probe(args.source)
    if not found.exists:
        raise PresspadError(f"{found.location}: there is no presspad directory there",
                            hint="check --from")
    with Directory(location(args.source), readonly=True) as source:
        rows = source.rows()
        source_name = source.location
    with Directory(location(args.target)) as target:
        target.load_rows(rows, replace=args.replace)
        target_name = target.location
    # Counted again after the commit, from a fresh connection to each side.
    with Directory(location(args.source), readonly=True) as source, \
            Directory(location(args.target), readonly=True) as target:
        copied, original = target.table_counts(), source.table_counts()
    if copied != original:
        raise PresspadError(f"the copy in {target_name} does not match {source_name}: "
                            f"{copied} against {original}")
    counts = {"partners": copied["entries"], "names": copied["names"],
              "titles": copied["titles"]}
    if args.json:
        print_json({"from": source_name, "to": target_name, **counts})
    else:
        print(f"copied {counts['partners']} partners ({counts['names']} names, "
              f"{counts['titles']} titles) from {source_name} to {target_name}; "
              "counts verified")
    return 0
