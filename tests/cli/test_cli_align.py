"""``presspad align`` run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from presspad.core.storage import release_file as storage


def presspad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args],
                          capture_output=True, text=True, timeout=60)


def test_align_json_on_sample(sample_path):
    out = presspad("align", str(sample_path), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    pairs = [(p["en"], p["ru"]) for p in data["pairs"]]
    # Every paragraph has its counterpart; the English splits one quote over
    # two paragraphs (3 and 4, 0-based 2 and 3) that the Russian keeps as one.
    assert pairs == [([0], [0]), ([1], [1]), ([2, 3], [2]), ([4], [3]), ([5], [4]),
                     ([6], [5])]
    assert all(isinstance(p["score"], float) and 0.9 <= p["score"] <= 1.0
               for p in data["pairs"])


def test_align_reports_one_sided_paragraph(sample_path, tmp_path):
    release = storage.load(sample_path)
    body = release.ru.body
    start = body.index("Политехнический университет стал первым")
    release.ru.body = body[:start] + body[body.index("«Корея"):]
    path = tmp_path / "dropped.presspad"
    storage.save(release, path)
    data = json.loads(presspad("align", str(path), "--json").stdout)
    assert {"en": [4], "ru": [], "score": 0.0} in data["pairs"]


def test_align_text_form(sample_path):
    out = presspad("align", str(sample_path))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 6
    assert lines[2].split()[:3] == ["¶3+4", "↔", "¶3"]
    assert "26 октября" in lines[0]


def test_align_missing_file_is_one_line(tmp_path):
    out = presspad("align", str(tmp_path / "none.presspad"))
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert "no such file" in out.stderr and "Traceback" not in out.stderr


def test_align_findings_grouped_by_pair(sample_path, tmp_path):
    release = storage.load(sample_path)
    release.ru.body = release.ru.body.replace("на 5 млн", "на 50 млн")
    path = tmp_path / "planted.presspad"
    storage.save(release, path)
    data = json.loads(presspad("align", str(path), "--json", "--findings").stdout)
    # Other checks (typography, spelling) report too; this is about the number.
    numbers = {"number-mismatch", "date-mismatch", "link-mismatch",
               "paragraph-missing-translation"}
    with_findings = [dict(p, findings=[f for f in p["findings"] if f["code"] in numbers])
                     for p in data["pairs"]]
    with_findings = [p for p in with_findings if p["findings"]]
    assert [(p["en"], p["ru"]) for p in with_findings] == [([6], [5])]
    (finding,) = with_findings[0]["findings"]
    assert finding["code"] == "number-mismatch" and finding["lang"] == "ru"
    assert release.ru.body[finding["start"]:finding["end"]] == "50 млн"
    assert finding["related"]["lang"] == "en"
    assert "50 млн" in finding["message"]
    text = presspad("align", str(path), "--findings").stdout
    assert "error: ru: The number 50 млн" in text
