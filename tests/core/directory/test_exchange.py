"""CSV and TBX import/export of the partner directory: round-trips and bad files."""

from __future__ import annotations

import pytest

from presspad.core.directory.exchange import CSV_COLUMNS, export_file, import_file, read_entries
from presspad.core.directory.model import ORG, PERSON, Entry, Title
from presspad.core.directory.snapshot import open_default_directory
from presspad.core.directory.store import Directory
from presspad.core.model.errors import PresspadError

HEADER = ",".join(CSV_COLUMNS)


def comparable(directory: Directory) -> list[tuple]:
    return sorted((e.kind, e.en, e.ru, e.short_en, e.short_ru, e.variants_en, e.variants_ru,
                   [(t.en, t.ru, t.org_name) for t in e.titles], e.gender, e.note)
                  for e in directory.entries())


@pytest.fixture
def starter(directory_location):
    with open_default_directory(directory_location) as d:
        # Something awkward for both formats: quotes, commas, newlines, a woman.
        org = d.add(Entry(kind=ORG, en='The "Quoted", Inc.', ru="ООО «Кавычки»",
                          note="line one\nline two"))
        d.add(Entry(kind=PERSON, en="Anna Petrova", ru="Анна Петрова", gender="f",
                    titles=[Title("CEO", "гендиректор", org), Title("", "член совета", None)]))
        yield d


@pytest.mark.parametrize("suffix", [".csv", ".tbx"])
def test_round_trip(starter, tmp_path, suffix):
    path = tmp_path / f"export{suffix}"
    assert export_file(starter, path) == starter.count()
    with Directory(tmp_path / f"copy{suffix}.sqlite") as copy:
        assert import_file(copy, path) == (starter.count(), 0)
        assert comparable(copy) == comparable(starter)
        # Importing again updates, it does not duplicate.
        assert import_file(copy, path) == (0, starter.count())
        assert copy.count() == starter.count()


def test_csv_header_is_the_documented_one(starter, tmp_path):
    path = tmp_path / "x.csv"
    export_file(starter, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode())


def test_csv_in_cp1251_with_semicolons_imports(directory_location, tmp_path):
    path = tmp_path / "excel.csv"
    text = (HEADER.replace(",", ";") + "\r\n"
            + "org;Hanyang University;Университет Ханьян;;;;;;;;;Сеул\r\n"
            + "person;Ann Lee;Энн Ли;;;;;Dean;декан;Hanyang University;f;\r\n")
    path.write_bytes(text.encode("cp1251"))
    with Directory(directory_location) as d:
        assert import_file(d, path) == (2, 0)
        person = d.find("Энн Ли")
        assert person.titles == [Title("Dean", "декан", d.find("Hanyang University").id,
                                       "Hanyang University")]
        assert d.find("Hanyang University").note == "Сеул"


@pytest.mark.parametrize("content, message", [
    ("kind,en,ru\norg,A,Б\n", "wrong CSV columns (missing short_en"),
    (HEADER + ",extra\n", "unknown 'extra'"),
    ("", "the CSV file is empty"),
    (HEADER + "\nplanet,Mars,Марс,,,,,,,,,\n", "unknown kind 'planet'"),
    (HEADER + "\norg,Mars,Марс\n", "3 fields where the header has 12"),
    (HEADER + "\norg,,,,,,,,,,,\n", "needs an English or a Russian name"),
    (HEADER + "\nperson,Ann,,,,,,A | B,a,,,\n", "different numbers of titles"),
])
def test_bad_csv_is_one_line_and_imports_nothing(directory_location, tmp_path, content,
                                                  message):
    path = tmp_path / "bad.csv"
    good = "org,Good,Хороший,,,,,,,,,\n"
    # A good row first: it must not be imported either.
    path.write_text(content.replace("\n", "\n" + good, 1) if "\n" in content else content,
                    encoding="utf-8")
    with Directory(directory_location) as d:
        with pytest.raises(PresspadError) as info:
            import_file(d, path)
        assert d.count() == 0
    text = info.value.user_message()
    assert message in text and "\n" not in text and str(path) in text


def test_csv_line_number_is_given(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "\norg,A,,,,,,,,,,\norg,B,,,,,,,,,x,\n", encoding="utf-8")
    with pytest.raises(PresspadError) as info:
        read_entries(path)
    assert f"{path}:3:" in info.value.user_message() and "unknown gender 'x'" in str(info.value)


def test_undecodable_csv(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\x00\x01\x02\x03binary" * 50)
    with pytest.raises(PresspadError, match="binary file"):
        read_entries(path)


def test_unknown_title_org_rolls_back_everything(directory_location, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text(HEADER + "\norg,Acme,,,,,,,,,,\nperson,Ann,,,,,,CEO,,Nowhere,,\n",
                    encoding="utf-8")
    with Directory(directory_location) as d:
        with pytest.raises(PresspadError, match="nothing imported: .*unknown organisation"):
            import_file(d, path)
        assert d.count() == 0


@pytest.mark.parametrize("content, message", [
    (b"<martif><text><body><termEntry>", "not a valid TBX file"),
    (b"\xff\xfe\x00garbage", "not a valid TBX file"),
    (b'<?xml version="1.0"?><html><body/></html>', "not a TBX file"),
    (b'<?xml version="1.0"?><martif type="TBX"><text><body/></text></martif>',
     "holds no terms"),
    (b'<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2"><text/></tbx>',
     "presspad reads TBX 2"),
    (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     b'<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig>'
     b'</langSet></termEntry></body></text></martif>', "holds no terms"),   # XXE: not resolved
])
def test_broken_tbx_is_one_line_and_imports_nothing(directory_location, tmp_path, content,
                                                    message):
    path = tmp_path / "bad.tbx"
    path.write_bytes(content)
    with Directory(directory_location) as d:
        with pytest.raises(PresspadError) as info:
            import_file(d, path)
        assert d.count() == 0
    assert message in info.value.user_message() and "\n" not in info.value.user_message()


def test_foreign_glossary_imports_as_organisations(tmp_path):
    path = tmp_path / "cat.tbx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en-US"><text><body>
<termEntry id="c1">
  <langSet xml:lang="en-US"><tig><term>Hanyang University</term></tig>
    <tig><term>Hanyan Univ.</term>
      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
  <langSet xml:lang="ru-RU"><tig><term>Университет Ханьян</term></tig></langSet>
</termEntry>
</body></text></martif>""", encoding="utf-8")
    [entry] = read_entries(path)
    assert (entry.kind, entry.en, entry.ru, entry.variants_en) == (
        ORG, "Hanyang University", "Университет Ханьян", ["Hanyan Univ."])


def test_unknown_suffix(tmp_path):
    with pytest.raises(PresspadError, match="unknown file type .xlsx"):
        read_entries(tmp_path / "x.xlsx")


def test_csv_export_neutralises_formulas_and_import_restores_them(directory_location,
                                                                  tmp_path):
    import csv

    names = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+7 812 000", "-minus", "@handle",
             "'=already quoted", "'plain apostrophe", "\tTabbed"]
    with Directory(directory_location) as directory:
        for n, name in enumerate(names):
            directory.add(Entry(kind=ORG, en=name, ru=f"Имя {n}", note=name))
        path = tmp_path / "partners.csv"
        export_file(directory, path)
        with open(path, encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
        with Directory(tmp_path / "copy.sqlite") as copy:
            import_file(copy, path)
            assert sorted(e.en for e in copy.entries()) == sorted(
                e.en for e in directory.entries())
            assert sorted(e.note for e in copy.entries()) == sorted(
                e.note for e in directory.entries())
