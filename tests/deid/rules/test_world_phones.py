from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "phone"), [
    ("pharmacy (02) 5550 9132 faxed the chart", "(02) 5550 9132"),
    ("rang her on 09 555 0199 tonight", "09 555 0199"),
    ("her son (06-5550-1234) drives her", "06-5550-1234"),
    ("tel 06 12 34 56 78 pour le rdv", "06 12 34 56 78"),
    ("kizi ariyor, numara 0543 210 98 76", "0543 210 98 76"),
    ("wife +91 98765-43210 says he fell", "+91 98765-43210"),
    ("mobile 98765 43210 for the ASHA", "98765 43210"),
    ("mamá, cel 55 5550 1234", "55 5550 1234"),
    ("call back at eight one two, five five five, zero one nine eight",
     "eight one two, five five five, zero one nine eight"),
    ("Dr Mensah is covering today. 0244 190 337 21:25 - then the reply", "0244 190 337"),
    ("Partner on 07700 900 181 asked to be called at 8", "07700 900 181"),
    ("whole family on the phone with me on 0300-5550131", "0300-5550131"),
    ("Contact (son): 0301-7724419, inferior STEMI", "0301-7724419"),
    ("sygehuslaege, tlf 7845 2211", "7845 2211"),
    ("tel (31) 99418-2037 for the daughter", "(31) 99418-2037"),
    ("sa tante, t\u00e9l 677 55 01 33.", "677 55 01 33"),
])
def test_national_phone_formats(text: str, phone: str) -> None:
    assert phone in spans("world_phone", text)


@pytest.mark.parametrize("text", [
    "seen 03-12-2024 in clinic",
    "counts 98765 43210 in the table",  # no phone word before
    "gave two then three then five tablets",
    "Hb 10.2, plt 03 124 5678.9",
    "doses 0800 1200 1600 2000 daily",
    "Meds given at 0700 900 1100 per the schedule.",
    "contact precautions for 7 days, 10 14 21 day checks",
])
def test_look_alikes_are_not_phones(text: str) -> None:
    assert spans("world_phone", text) == []


def test_a_trunk_zero_number_that_reads_as_odd_clock_times_is_still_found() -> None:
    assert spans("world_phone", "Card no. 0042 118 907 on file") == ["0042 118 907"]


@pytest.mark.parametrize(("text", "number"), [
    ("Me llamó desde el 612 845 330, está muy agobiada.", "612 845 330"),
    ("He's reachable on 9168 2274 through his cousin.", "9168 2274"),
    ("儿子 电话 139 1608 2237. Repeat PTA", "139 1608 2237"),
    ("Oğlu aradi, telefon 4412 8830 19", "4412 8830 19"),
])
def test_a_number_after_a_phone_word_of_another_language(text: str, number: str) -> None:
    assert number in spans("world_phone", text)
