"""``presspad partners ...`` run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys


def presspad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args],
                          capture_output=True, text=True, timeout=60)


def test_list_json_of_a_new_directory_has_the_starter(tmp_path):
    db = tmp_path / "team.sqlite"
    out = presspad("partners", "list", "--json", "--db", str(db))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["database"] == str(db) and data["count"] == len(data["partners"]) >= 12
    khizhnyak = next(p for p in data["partners"] if p["en"] == "Vladimir Khizhnyak")
    assert khizhnyak["kind"] == "person" and khizhnyak["ru"] == "Владимир Хижняк"
    assert khizhnyak["titles"][0]["ru"] == (
        "начальник Управления международного сотрудничества СПбПУ")
    assert set(khizhnyak) == {"id", "kind", "en", "ru", "short", "variants", "titles",
                              "gender", "note", "version"}
    assert khizhnyak["version"] == 1


def test_add_then_search(tmp_path):
    db = str(tmp_path / "d.sqlite")
    out = presspad("partners", "add", "org", "--en", "Acme Corp.", "--ru", "«Акме»",
                   "--short", "Acme", "--variant", "Akme", "--variant", "«Акми»", "--db", db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("added #") and "Acme Corp. / «Акме»" in out.stdout
    out = presspad("partners", "add", "person", "--en", "Ann Lee", "--ru", "Энн Ли",
                   "--title-en", "CEO", "--title-ru", "гендиректор", "--org", "Acme Corp.",
                   "--gender", "f", "--json", "--db", db)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["titles"][0] == {
        "en": "CEO", "ru": "гендиректор", "org_id": json.loads(out.stdout)["titles"][0]["org_id"],
        "org": "Acme Corp."}
    out = presspad("partners", "list", "--search", "акме", "--json", "--db", db)
    [acme] = json.loads(out.stdout)["partners"]
    assert acme["variants"] == {"en": ["Akme"], "ru": ["«Акми»"]}
    assert acme["short"] == {"en": ["Acme"], "ru": []}
    text = presspad("partners", "list", "--search", "Ann", "--db", db).stdout
    assert "Ann Lee / Энн Ли" in text and "CEO / гендиректор (Acme Corp.)" in text


def test_add_with_an_unknown_organisation_is_one_line(tmp_path):
    out = presspad("partners", "add", "person", "--en", "Ann", "--title-en", "CEO",
                   "--org", "Nowhere", "--db", str(tmp_path / "d.sqlite"))
    assert out.returncode == 2 and "unknown organisation 'Nowhere'" in out.stderr
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


def test_export_import_round_trip_csv_and_tbx(tmp_path):
    source = str(tmp_path / "a.sqlite")
    presspad("partners", "add", "org", "--en", "Acme", "--db", source)
    for suffix in ("csv", "tbx"):
        path = str(tmp_path / f"all.{suffix}")
        out = presspad("partners", "export", path, "--db", source)
        assert out.returncode == 0 and "13 partners exported" in out.stdout, out.stderr
        target = str(tmp_path / f"b-{suffix}.sqlite")
        out = presspad("partners", "import", path, "--db", target)
        # The new file was seeded with the 12 starter partners: they are updated.
        assert out.returncode == 0 and "1 added, 12 updated" in out.stdout, out.stderr
        a = json.loads(presspad("partners", "list", "--json", "--db", source).stdout)
        b = json.loads(presspad("partners", "list", "--json", "--db", target).stdout)
        assert [dict(p, id=0, version=0, titles=[dict(t, org_id=0) for t in p["titles"]])
                for p in a["partners"]] == \
               [dict(p, id=0, version=0, titles=[dict(t, org_id=0) for t in p["titles"]])
                for p in b["partners"]]


def test_broken_csv_imports_nothing(tmp_path):
    db = str(tmp_path / "d.sqlite")
    path = tmp_path / "bad.csv"
    path.write_text("kind,en,ru\norg,A,Б\n", encoding="utf-8")
    before = json.loads(presspad("partners", "list", "--json", "--db", db).stdout)["count"]
    out = presspad("partners", "import", str(path), "--db", db)
    assert out.returncode == 2 and "wrong CSV columns" in out.stderr
    assert out.stderr.count("\n") == 1
    assert json.loads(presspad("partners", "list", "--json", "--db", db).stdout)["count"] == before


def test_broken_tbx_is_one_line(tmp_path):
    path = tmp_path / "bad.tbx"
    path.write_text("<martif><text>", encoding="utf-8")
    out = presspad("partners", "import", str(path), "--db", str(tmp_path / "d.sqlite"))
    assert out.returncode == 2 and "not a valid TBX file" in out.stderr
    assert out.stderr.count("\n") == 1


def test_not_a_database_is_one_line(tmp_path):
    db = tmp_path / "d.sqlite"
    db.write_bytes(b"garbage" * 1000)
    out = presspad("partners", "list", "--db", str(db))
    assert out.returncode == 2 and "not a presspad partner directory" in out.stderr


def test_default_database_lives_in_the_data_folder(tmp_path):
    env_home = tmp_path / "xdg"
    out = subprocess.run([sys.executable, "-m", "presspad", "partners", "list", "--json"],
                         capture_output=True, text=True, timeout=60,
                         env={"XDG_DATA_HOME": str(env_home), "HOME": str(tmp_path),
                              "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["database"] == str(env_home / "presspad" / "directory.sqlite")


def test_migrate_sqlite_to_postgresql_and_back(tmp_path, postgres_url):
    source = str(tmp_path / "mine.sqlite")
    presspad("partners", "add", "org", "--en", "Acme Corp.", "--ru", "«Акме»", "--db", source)
    presspad("partners", "add", "person", "--en", "Ann Lee", "--title-en", "CEO",
             "--org", "Acme Corp.", "--db", source)
    before = json.loads(presspad("partners", "list", "--json", "--db", source).stdout)
    out = presspad("partners", "migrate", "--from", source, "--to", postgres_url, "--json")
    assert out.returncode == 0, out.stderr
    counts = json.loads(out.stdout)
    assert counts["partners"] == before["count"] and counts["names"] > counts["partners"]
    assert counts["titles"] >= 1 and counts["to"].startswith("user=")
    on_server = json.loads(presspad("partners", "list", "--json", "--db", postgres_url).stdout)
    assert [(p["id"], p["en"], p["titles"]) for p in on_server["partners"]] == [
        (p["id"], p["en"], p["titles"]) for p in before["partners"]]
    # New partners on the server get new ids after the copied ones.
    added = json.loads(presspad("partners", "add", "org", "--en", "New Org", "--json",
                                "--db", postgres_url).stdout)
    assert added["id"] > max(p["id"] for p in before["partners"])
    # A target with partners is refused, unless --replace; and back to a new file.
    out = presspad("partners", "migrate", "--from", source, "--to", postgres_url)
    assert out.returncode == 2 and "already has" in out.stderr and "--replace" in out.stderr
    back = str(tmp_path / "back.sqlite")
    out = presspad("partners", "migrate", "--from", postgres_url, "--to", back)
    assert out.returncode == 0 and "counts verified" in out.stdout, out.stderr
    assert json.loads(presspad("partners", "list", "--json", "--db", back).stdout)["count"] \
        == before["count"] + 1
    out = presspad("partners", "migrate", "--from", source, "--to", postgres_url, "--replace")
    assert out.returncode == 0, out.stderr
    assert json.loads(presspad("partners", "list", "--json", "--db", postgres_url)
                      .stdout)["count"] == before["count"]


def test_migrate_refuses_what_it_cannot_do(tmp_path):
    out = presspad("partners", "migrate", "--from", str(tmp_path / "none.sqlite"),
                   "--to", str(tmp_path / "b.sqlite"))
    assert out.returncode == 2 and "no directory file there" in out.stderr
    assert not (tmp_path / "b.sqlite").exists()
    same = str(tmp_path / "a.sqlite")
    presspad("partners", "add", "org", "--en", "Acme", "--db", same)
    out = presspad("partners", "migrate", "--from", same, "--to", same)
    assert out.returncode == 2 and "same directory" in out.stderr


def test_an_unreachable_server_is_one_line(tmp_path):
    url = f"postgresql://nobody@/partners?host={tmp_path}"   # no server listens there
    out = presspad("partners", "list", "--db", url)
    assert out.returncode == 2 and "cannot reach the server" in out.stderr
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


def test_a_directory_on_a_network_share_is_warned_about(tmp_path, monkeypatch, capsys):
    from presspad.cli import main
    from presspad.core.directory import location

    monkeypatch.setattr(location, "network_filesystem", lambda path: "nfs4")
    assert main.main(["partners", "list", "--db", str(tmp_path / "d.sqlite")]) == 0
    err = capsys.readouterr().err
    assert "network file system (nfs4)" in err and "PostgreSQL" in err
