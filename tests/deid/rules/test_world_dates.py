from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "date"), [
    ("nöbetten sonra, 9 Mart 2022 gecesi", "9 Mart 2022"),
    ("ingresó el 14 de mayo con fiebre", "14 de mayo"),
    ("vue le 3 avril aux urgences", "3 avril"),
    ("przyjęty 12 marca 2021", "12 marca 2021"),
    ("operiert am 5. Juni", "5. Juni"),
    ("datang 17 Agustus ke puskesmas", "17 Agustus"),
    ("z likarni 4 bereznia", "4 bereznia"),
    ("Parole date 21 March; mother will house him", "21 March"),
    ("rapat Selasa 14/5 di ruang", "Selasa 14/5"),
    ("saw her on the twenty-first of March", "the twenty-first of March"),
    ("admitted november ninth period", "november ninth"),
    ("flew home on the 3rd of this month", "3rd of this month"),
    ("her fits came back around Valentine's Day", "Valentine's Day"),
    ("every Fourth of July weekend he gets burned", "Fourth of July"),
    ("fell on New Year's Eve at the party", "New Year's Eve"),
    ("not herself since May, when her husband died", "May"),
])
def test_dates_in_other_words(text: str, date: str) -> None:
    assert date in spans("world_date", text)


@pytest.mark.parametrize("text", [
    "Christmas disease is haemophilia B",
    "the Christmas tree lights",
    "you May want to repeat it",
    "in May be a viral picture",  # a mis-typed verb
    "took 2 mayo packets",
    "ordered 3 Mac tablets",
    "the fifth metatarsal base",
    "Selasa rapat 45/5 ruang",
])
def test_look_alikes_are_not_dates(text: str) -> None:
    assert spans("world_date", text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Since duben 2024 worse on shifts", "duben 2024"),
    ("visit on Tikimt 7, 2015 E.C. (x)", "Tikimt 7, 2015 E.C."),
    ("photos taken 2079 Magh 11 with a phone", "2079 Magh 11"),
    ("wants to fast Shawwal 1446 and", "Shawwal 1446"),
    ("hypoglycaemic on 12 Ramadan at noon", "12 Ramadan"),
    ("the fit note is due 17. 4. Thanks", "17. 4."),
    ("games on 9.4. Kiitos", "9.4."),
    ("born 4. 6. 2021, starts school", "4. 6. 2021"),
    ("初診 令和5年11月2日 紹介", "令和5年11月2日"),
    ("wedding on 6月12日. With", "6月12日"),
    ("PSL started on H30.1.12 with", "H30.1.12"),
    ("his dob is fifth of march nineteen fifty four comma",
     "fifth of march nineteen fifty four"),
    ("seen on the twenty first comma wife", "the twenty first"),
    ("ma rdv le 1er mai", "1er mai"),
    ("sífilis na gestação (outubro/2023), tratada", "outubro/2023"),
])
def test_more_calendars_and_forms(text: str, date: str) -> None:
    assert date in spans("world_date", text)


@pytest.mark.parametrize("text", [
    "Hb 14.3. Then transfused",
    "K 2.9. She was given",
    "Cr 1.9 from 1.3. Tac",
    "hct this am 30.9. transfused",
    "wbc today 16.3. on levofloxacin",
    "after the first dose of penicillin",
    "by the Fourteenth Amendment",
    "Sene 2 units",
    "3か月後に再診",
])
def test_more_look_alikes(text: str) -> None:
    assert spans("world_date", text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("admitted 3 Farvardin 1403 with fever", "3 Farvardin 1403"),
    ("seen again 14 Aban 1401.", "14 Aban 1401"),
    ("the wedding was on 9 Adar I 5782, then", "9 Adar I 5782"),
    ("collapsed on 9 Dhul Hijjah 1445 near the tents", "9 Dhul Hijjah 1445"),
    ("she fell on Erev Pesach in the kitchen", "Erev Pesach"),
    ("seen on Purim 5783 in clinic", "Purim 5783"),
    ("nhap vien ngày 4/5, sot cao", "ngay 4/5"),
])
def test_persian_hebrew_islamic_and_vietnamese_dates(text: str, date: str) -> None:
    assert date in spans("world_date", text)


@pytest.mark.parametrize("text", [
    "the Yom Kippur fast is 25 hours",
    "insulin during Eid al-Adha needs planning",
    "ngay 5 units of insulin",
])
def test_a_recurring_holiday_alone_is_no_date(text: str) -> None:
    assert spans("world_date", text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Transféré à Shawinigan le 3 mars pour dialyse.", "3 mars"),
    ("Ingresó el 5 mayo con fiebre.", "5 mayo"),
])
def test_a_day_and_a_month_that_is_also_a_word_after_the_days_article(text: str,
                                                                       date: str) -> None:
    assert date in found(text, "DATE")


def test_a_number_and_a_word_without_the_article_stay_prose() -> None:
    assert found("He ate 2 mars bars before the hypo.", "DATE") == []


@pytest.mark.parametrize(("text", "month"), [
    ("Aspiration pneumonia, third time since juli. Her son lives in Kirkenes.", "juli"),
    ("La paciente tuvo una pancreatitis leve en enero.", "enero"),
])
def test_a_month_of_another_language_alone_in_a_post_about_a_person(text: str, month: str) -> None:
    assert month in spans("world_date", text)


@pytest.mark.parametrize("text", [
    "On la voit de juin à septembre, pic en août. Sérologie souvent négative.",
    "La paciente vino en mayo de cada año.",
])
def test_a_season_in_a_teaching_post_or_an_ambiguous_month_is_none(text: str) -> None:
    assert not any(m in spans("world_date", text) for m in ("août", "mayo"))
