"""Pattern rules for how physicians write ratios, links, ids, phones and dates.

Every note here is synthetic, written for these tests; no corpus or patient text.
Each rule has positive cases and look-alikes that must stay unflagged.
"""

from __future__ import annotations

import pytest

from clinnet.deid import scan
from tests.deid.helpers import covered as _covered


def _untouched(text: str, needle: str) -> bool:
    s = text.index(needle)
    e = s + len(needle)
    return all(f.end <= s or f.start >= e for f in scan(text))


# ---------------------------------------------------------------- ratios are not dates
@pytest.mark.parametrize(
    ("note", "ratio"),
    [
        ("Sigmoid resection: pT3 pN1a, 4/19 nodes, margins clear.", "4/19"),
        ("Neck dissection showed 2/31 LN, ENE negative.", "2/31"),
        ("Level II: 1/12 positive nodes.", "1/12"),
        ("Radical hysterectomy, 3/27 pelvic nodes positive.", "3/27"),
        ("Core biopsy: ER 7/8, PR 3/8 by Allred, HER2 1+.", "7/8"),
        ("Core biopsy: ER 7/8, PR 3/8 by Allred, HER2 1+.", "3/8"),
        ("Allred score 5/8 on the recurrence.", "5/8"),
        ("Born at 39 weeks, Apgars 8/9 and 9/9.", "9/9"),
        ("Apgar 2/5 and 4/7 after PPV.", "4/7"),
        ("Correct Na by no more than 10/24 h in this patient.", "10/24"),
        ("Limit correction to <6/24 hrs if alcohol use.", "6/24"),
        ("Diagnosis needs a score \u22657/10 on the criteria.", "7/10"),
        ("Positive in up to 1/4 of patients.", "1/4"),
        ("Deltoid 4/5 and biceps 3/5 on the left.", "3/5"),
        ("Chest film read as ILO 1/0 profusion.", "1/0"),
    ],
)
def test_ratio_is_not_a_date(note: str, ratio: str) -> None:
    assert _untouched(note, ratio), scan(note)


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("Colonoscopy 5/14: tubular adenoma.", "5/14"),
        ("Seen on 7/8 and 6/9 in clinic.", "6/9"),
        ("Seen in ER 8/12 for chest pain.", "8/12"),
        ("CT 3/22 showed enlarged nodes.", "3/22"),
        ("Seen 3/22 h/o CAD, on aspirin.", "3/22"),
        ("Surgery 2/11, then chemo 3/4 and 4/1.", "4/1"),
    ],
)
def test_date_near_a_ratio_look_alike_is_still_a_date(note: str, date: str) -> None:
    assert _covered(note, date), scan(note)


# ---------------------------------------------------------------- literature links
@pytest.mark.parametrize(
    "note",
    [
        "Trial: https://www.nejm.org/doi/full/10.1056/NEJMoa0000001 (worth reading).",
        "Abstract at https://pubmed.ncbi.nlm.nih.gov/10000001/ and the PMC copy.",
        "Score: https://www.mdcalc.com/calc/100/some-score, then discuss.",
        "Guideline: www.nice.org.uk/guidance/ng1.",
        "Hypertension: nice.org.uk/guidance/ng136 - read it.",
        "Formulary at nzf.org.nz and the handbook at vaccines.health.gov.au for the ANZ crowd.",
        "State advice: www.health.govt.nz/our-work and sante.gouv.fr/dossiers are public.",
        "CDC page (https://www.cdc.gov/some-topic/index.html) is vague.",
        "Calculator at uptodate.com/contents/some-topic please.",
        "Registry: https://clinicaltrials.gov/study/NCT00000001",
        "Read doi:10.1001/jama.2020.00001 before rounds.",
        "Cite as DOI 10.1016/S0000-0000(20)00001-2 in the slides.",
        "Original data (PMID: 10000001) and PMC1000001.",
        "She was randomised in NCT01234567 last spring.",
    ],
)
def test_public_literature_reference_is_not_an_identifier(note: str) -> None:
    kinds = {f.category for f in scan(note)}
    assert not kinds & {"URL", "OTHER_ID", "NAME", "LOCATION", "DATE"}, scan(note)


@pytest.mark.parametrize(
    ("note", "link"),
    [
        ("Her page: https://www.facebook.com/some.person.77 has photos.", "facebook.com"),
        ("Donations at gofund.me/abc123de.", "gofund.me"),
        ("He posted bit.ly/3xYzAb in the group.", "bit.ly"),
        ("Blog: https://drsmithclinic.com/about-me", "drsmithclinic.com"),
        ("Look-alike: https://www.nejm.org.example.com/x", "example.com"),
        ("Trick: https://nejm.org@example.net/x", "example.net"),
        ("Instagram https://instagram.com/someone_123", "instagram.com"),
        ("Her diary: janedoe.org.uk/diary, updated daily.", "janedoe.org.uk"),
        ("Fundraiser at helpkylie.com.au/donate for the family.", "helpkylie.com.au"),
        ("Look-alike: https://nice.org.uk.example.com/x", "example.com"),
    ],
)
def test_other_links_are_still_urls(note: str, link: str) -> None:
    assert any(f.category == "URL" and link in f.text for f in scan(note)), scan(note)


def test_public_domains_are_loaded_from_the_data_file() -> None:
    from clinnet.deid import lexicons

    domains = lexicons.public_domains()
    assert {"doi.org", "nejm.org", "who.int", "nih.gov"} <= domains
    assert not {"facebook.com", "bit.ly", "gofund.me", "instagram.com"} & domains


# ---------------------------------------------------------------- identifiers
@pytest.mark.parametrize(
    ("note", "ident"),
    [
        # a letter prefix and digit groups, with or without a label
        ("Scheme no. is XHIS/ABJ/0551234/C for the pharmacy.", "XHIS/ABJ/0551234/C"),
        ("Histology report (nr P/2023/04417) attached.", "P/2023/04417"),
        ("The old lead (KRT-41177-09) stays capped.", "KRT-41177-09"),
        ("Her registration number is MW-2017-08832 with the board.", "MW-2017-08832"),
        ("Scheme card ABCDE-KA-1234-5678-9 on file.", "ABCDE-KA-1234-5678-9"),
        ("the policy number on her card is QAZ-77-1234-5678-01 and", "QAZ-77-1234-5678-01"),
        ("the licence on the report is K512-223-81-604 and", "K512-223-81-604"),
        ("Transfer packet ID TX-448812 is outdated.", "TX-448812"),
        # grouped national numbers
        ("Insurer no. 14-060512345-7 on the card.", "14-060512345-7"),
        ("Registration no. 880917-2345678 on her card.", "880917-2345678"),
        ("Identity 7312 5580 9264 needed for the committee.", "7312 5580 9264"),
        ("The number, faded but legible, K55102938, matched.", "K55102938"),
        ("Social insurance 8812345WA on the form.", "8812345WA"),
        # an id a few words after its label, or after a messenger's name
        ("She uses KakaoTalk, ID minji.park91, for follow-up.", "minji.park91"),
        ("He asked us to add him on WeChat (his ID is wang_lei_0412).", "wang_lei_0412"),
        ("Send it by Venmo @Anna-Marie-Lopez-3 please.", "@Anna-Marie-Lopez-3"),
        ("Trial participant 0312-0087 at the sponsor site.", "0312-0087"),
        ("EMS run # 23-447120 on the sheet.", "23-447120"),
        ("Insurance group 0042-KXT, member ID below.", "0042-KXT"),
        ("Medicaid ID NY 8812 3390 17. Call us.", "8812 3390 17"),
        # plates, Eircodes, ZIPs after a town
        ("The deputy ran the plate, 7KQT552, and it matched.", "7KQT552"),
        ("Eircode for the taxi is D02 X285 if needed.", "D02 X285"),
        ("Eircode A65 F4E2.", "A65 F4E2"),
        ("Lives at 12 Birch Ave, Maple Hollow, 50312, with her son.", "50312"),
        ("Address: Quarry Ridge, 61704-2210.", "61704-2210"),
    ],
)
def test_identifier_is_found(note: str, ident: str) -> None:
    assert _covered(note, ident), scan(note)


@pytest.mark.parametrize(
    ("note", "look_alike"),
    [
        ("Coded as ICD-10-CM E11.9 for billing.", "ICD-10-CM"),
        ("Enrolled in KEYNOTE-189 style therapy.", "KEYNOTE-189"),
        ("Device meets ISO-13485 requirements.", "ISO-13485"),
        ("Flow showed CD3/CD20/CD45 positive cells.", "CD3/CD20/CD45"),
        ("HLA-B*57:01 negative, abacavir started.", "HLA-B*57:01"),
        ("Vent AC/450/14/40 with PEEP 8.", "AC/450/14/40"),
        ("Hemodynamics HR-110-133 overnight.", "HR-110-133"),
        ("Gas ABG-139/33/7.44 on these settings.", "ABG-139/33/7.44"),
        ("Urine output 1200 1350 1100 over three days.", "1200 1350 1100"),
        ("Seasons 2019 2020 2021 were mild.", "2019 2020 2021"),
        ("Vitamin D 1000000IU is not a dose anyone gives.", "1000000IU"),
        ("NAC 21-h or the SNAP 12-h regimen.", "12-h"),
        ("How do you all handle the family meeting?", "the"),
        ("MRI: bucket-handle medial meniscus tear.", "medial"),
        ("PIP 32 with plateau 28cmH20 on these settings.", "28cmH20"),
        ("Platelet count 150000, WBC, 12000 cells.", "12000"),
        ("Troponin, 12000 ng/L at 3 h.", "12000"),
    ],
)
def test_identifier_look_alike_is_not_flagged(note: str, look_alike: str) -> None:
    assert _untouched(note, look_alike), scan(note)


# ---------------------------------------------------------------- phones outside North America
@pytest.mark.parametrize(
    ("note", "phone"),
    [
        ("Brother's number 0806 555 1234 for the CPN.", "0806 555 1234"),
        ("Her partner is still in the UK (+44 7700 900123).", "+44 7700 900123"),
        ("Practice line +44 1632 960111; mobile below.", "+44 1632 960111"),
        ("Son in Chennai, +91 98401 55123, speaks Tamil.", "+91 98401 55123"),
        ("Wife (+63 918 555 0199) will call back.", "+63 918 555 0199"),
        ("Dublin mobile +353 86 555 0142 or 086 555 0142.", "086 555 0142"),
        ("Mobile +82 10-5555-1234, KakaoTalk preferred.", "+82 10-5555-1234"),
        ("Korean mobile 010-5555-1234 on the form.", "010-5555-1234"),
        ("UK mobile 07700 900777 is the best number.", "07700 900777"),
    ],
)
def test_international_phone_is_found(note: str, phone: str) -> None:
    assert any(f.category == "PHONE" for f in scan(note)), scan(note)
    assert _covered(note, phone), scan(note)


@pytest.mark.parametrize(
    ("note", "look_alike"),
    [
        ("Meds given at 0700 900 1100 per the schedule.", "0700 900 1100"),
        ("Weaned PS +5 10 12 over the day.", "+5 10 12"),
        ("Drain output 0 120 150 over 3 shifts.", "0 120 150"),
    ],
)
def test_phone_look_alike_is_not_flagged(note: str, look_alike: str) -> None:
    assert _untouched(note, look_alike), scan(note)


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("Echo from 22-Mar showed an EF of 35%.", "22-Mar"),
        ("Loop recorder since 3-Dec, no events.", "3-Dec"),
        ("Declining since last Xmas 2022, now bedbound.", "Xmas 2022"),
        ("First episode during Chuseok 2022 at her sister's.", "Chuseok 2022"),
        ("Fasted through Eid al-Adha 2023 against advice.", "Eid al-Adha 2023"),
        ("Relapsed over Lunar New Year 2024.", "Lunar New Year 2024"),
        ("Mood low since Thanksgiving, worse this week.", "Thanksgiving"),
        ("Fell on Xmas Eve while hanging lights.", "Xmas Eve"),
        ("Transplanted at the big centre in Feb, stable since.", "Feb"),
        ("Started insulin in oct after the admission.", "oct"),
        ("Przyjęta 14 listopada z drgawkami.", "14 listopada"),
        ("Ricoverato il 5 marzo 2023 per dispnea.", "5 marzo 2023"),
        ("Ingresó el 9 de julio de 2022 por fiebre.", "9 de julio de 2022"),
        ("Admis le 21 janvier pour une chute.", "21 janvier"),
    ],
)
def test_date_is_found(note: str, date: str) -> None:
    assert _covered(note, date), scan(note)


@pytest.mark.parametrize(
    ("note", "look_alike"),
    [
        ("Christmas disease is haemophilia B (factor IX).", "Christmas"),
        ("O2 dec to 2L overnight.", "dec"),
        ("Sat 20 may be low with a cold probe.", "20 may"),
        ("Ate 2 mars bars before the glucose check.", "2 mars"),
        ("Holiday plans include a trip to see family.", "Holiday"),
        ("Tet spasm of the hand with low Ca.", "Tet"),
    ],
)
def test_date_look_alike_is_not_flagged(note: str, look_alike: str) -> None:
    assert _untouched(note, look_alike), scan(note)


# ---------------------------------------------------------------- more recall: ages, days, plates
@pytest.mark.parametrize(
    ("note", "phi"),
    [
        ("She cares for her father, who is 97 and blind.", "97"),
        ("Colon cancer diagnosed at 93, never treated.", "93"),
        ("Any thoughts? At 94, with CKD 4, I would not anticoagulate.", "94"),
        ("Term female, born the 14th at a birth centre.", "14th"),
        ("He chose his wife's birthday, the 23rd, for the procedure.", "23rd"),
        ("Her car reg LM21 XKT was on the CCTV.", "LM21 XKT"),
        ("his truck's plate is QZ 55193. The", "QZ 55193"),
        ("Medicaid ID NJ 5512 0839 44. Call back.", "5512 0839 44"),
        ("Sur eculizumab depuis juin 2020, stable.", "juin 2020"),
        ("Her son (0412 555 219) will drive her.", "0412 555 219"),
    ],
)
def test_more_phi_is_found(note: str, phi: str) -> None:
    assert _covered(note, phi), scan(note)


@pytest.mark.parametrize(
    ("note", "look_alike"),
    [
        ("SBP at 92, HR 110 on arrival.", "92"),
        ("Sats at 94, on 2 L.", "94"),
        ("Fractures of ribs, the 5th, 6th and 7th on the left.", "5th"),
        ("REG INSULIN 4 units given per scale.", "4 units"),
        ("Growth plate 2 mm wider on the left.", "2 mm"),
    ],
)
def test_more_look_alikes_are_not_flagged(note: str, look_alike: str) -> None:
    assert _untouched(note, look_alike), scan(note)


@pytest.mark.parametrize(
    ("note", "look_alike"),
    [
        ("Twins: Apgars 8/9 and the other with 5/8 after PPV.", "5/8"),
        ("Chest film, ILO classification 1/2 p/q, small opacities.", "1/2"),
        ("PCOS by Rotterdam criteria 2/3, AMH high.", "2/3"),
    ],
)
def test_score_in_context_is_not_a_date(note: str, look_alike: str) -> None:
    assert _untouched(note, look_alike), scan(note)


@pytest.mark.parametrize(
    ("note", "phi"),
    [
        ("Apgars 8/9. Seen again 3/4 in clinic.", "3/4"),
        ("Mr. K, a gentleman of ninety-three, lives alone.", "ninety-three"),
    ],
)
def test_date_or_age_after_a_score_context_is_found(note: str, phi: str) -> None:
    assert _covered(note, phi), scan(note)



def test_a_query_on_a_public_site_is_still_scanned() -> None:
    note = "I searched https://pubmed.ncbi.nlm.nih.gov/?term=MRN+48213377 for her."
    assert not any(f.category == "URL" for f in scan(note)), scan(note)
    assert _covered(note, "48213377"), scan(note)


@pytest.mark.parametrize(("note", "street"), [
    ("She works at the diner on Memorial Dr most nights.", "Memorial Dr"),
    ("Lives on Sunset Dr, Apt 4, with her son.", "Sunset Dr"),
])
def test_a_drive_written_dr_with_no_name_after_it(note: str, street: str) -> None:
    assert _covered(note, street), scan(note)


@pytest.mark.parametrize("note", [
    "Handed over to the Night Dr at 2100 with the ECG.",
    "Letter from Memorial Dr. Smith's rooms.",
])
def test_a_doctor_written_dr_is_no_drive(note: str) -> None:
    assert not any(f.rule == "street_name" for f in scan(note)), scan(note)
