"""Reading imports in legacy encodings."""

from __future__ import annotations

import pytest

from presspad.core.model.errors import DecodeError
from presspad.core.storage.textio import decode_bytes

RUSSIAN = ("Политех запускает исследовательские проекты с корейской промышленностью. "
           "«Корея — один из приоритетных регионов», — отметил Владимир Хижняк.\n")


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("cp1251", "cp1251"),
])
def test_legacy_encodings_are_detected(encoding, expected):
    text, found = decode_bytes(RUSSIAN.encode(encoding))
    assert text == RUSSIAN
    assert found == expected


def test_koi8_is_read_correctly():
    plain = "Политех запускает исследовательские проекты с корейской промышленностью.\n" * 3
    text, _ = decode_bytes(plain.encode("koi8_r"))
    assert text == plain


def test_binary_data_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(bytes(range(256)) * 4, "x.bin")
