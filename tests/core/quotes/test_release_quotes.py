"""Quotes of a whole release: the headline's too, paired with its body repetition."""

from __future__ import annotations

import json
import subprocess
import sys

from presspad.core.formats.markdown import release_from_markdown
from presspad.core.quotes.finder import quote_to_dict, release_quotes

EN = ("Rector: “A campus is not a hostel” – NTU opens its House\n"
      "“We built this house because a campus is not a hostel,” said Rector Konstantin Lavrov. "
      "“It is a place where you learn.”\n")
RU = ("Ректор ППУ: «Мы ждём не туристов, а соавторов»\n"
      "Ректор ППУ Аркадий Теплов открыл школу. «Мы ждём не туристов, а соавторов», — сказал он.\n")


def test_headline_quote_takes_the_speaker_of_its_body_repetition():
    quotes = release_quotes(release_from_markdown(EN, "en"), "en")
    head = quotes[0]
    assert head.part == "title" and head.text == "A campus is not a hostel"
    assert head.speaker == "Konstantin Lavrov"
    assert [q.part for q in quotes[1:]] == ["body", "body"]


def test_russian_headline_quote():
    quotes = release_quotes(release_from_markdown(RU, "ru"), "ru")
    assert quotes[0].part == "title" and quotes[0].speaker == "Аркадий Теплов"
    assert quote_to_dict(quotes[0])["part"] == "title"
    assert quote_to_dict(quotes[1])["marked"] is True


def test_one_paragraph_text_is_read_not_refused(tmp_path):
    # Once a title with an empty body: `presspad quotes` exited 2.
    path = tmp_path / "one.txt"
    path.write_text("«Мы рады гостям», — сказал ректор Аркадий Теплов на встрече с делегацией",
                    encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "presspad", "quotes", str(path), "--json"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    [quote] = json.loads(out.stdout)["quotes"]
    assert quote["speaker"] == "Аркадий Теплов" and quote["part"] == "body"


def test_a_headline_phrase_the_body_quotes_someone_saying_is_a_quote():
    text = ("“A bridge between two seas”: BPU and a Turkish university open a centre\n"
            "The centre opened on 6 March.\n"
            "“We want the centre to be a bridge between two seas, the Baltic and the Aegean,” "
            "said Sergei Gromov, Vice-Rector for Research.\n")
    quotes = release_quotes(release_from_markdown(text, "en"), "en")
    assert [(q.part, q.speaker) for q in quotes] == [("title", "Sergei Gromov"),
                                                     ("body", "Sergei Gromov")]
    assert quotes[0].text == "A bridge between two seas"
