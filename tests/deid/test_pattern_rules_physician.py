"""Pattern rules for how physicians write ratios, links, ids, phones and dates.

Every note here is synthetic, written for these tests; no corpus or patient text.
Each rule has positive cases and look-alikes that must stay unflagged.
"""

from __future__ import annotations

import pytest

from clinnet.deid import scan


def _flagged(text: str) -> set[str]:
    return {f.text for f in scan(text)}


def _covered(text: str, needle: str) -> bool:
    s = text.index(needle)
    e = s + len(needle)
    hit: set[int] = set()
    for f in scan(text):
        hit.update(range(f.start, f.end))
    return all(i in hit for i in range(s, e) if text[i].isalnum())


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
    ],
)
def test_other_links_are_still_urls(note: str, link: str) -> None:
    assert any(f.category == "URL" and link in f.text for f in scan(note)), scan(note)


def test_public_domains_are_loaded_from_the_data_file() -> None:
    from clinnet.deid import lexicons

    domains = lexicons.public_domains()
    assert {"doi.org", "nejm.org", "who.int", "nih.gov"} <= domains
    assert not {"facebook.com", "bit.ly", "gofund.me", "instagram.com"} & domains
