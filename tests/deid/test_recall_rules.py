"""Recall rules for how physicians write about places, dates, phones and people.

Every note here is synthetic, written for these tests; no corpus or patient text.
Each rule has positive cases and the look-alikes that must stay unflagged.
"""

from __future__ import annotations

import pytest

from clinnet.deid import scan
from tests.deid.helpers import covered as _covered
from tests.deid.helpers import flagged as _flagged


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        # movement verbs, including the usual misspellings and shorthand
        ("HE WAS TRANSFERED TO KMH FOR CATH.", "KMH"),
        ("NSTEMI AT OSH, TX TO RVH.", "RVH"),
        ("Oozing since arrival to PMC, now dry.", "PMC"),
        ("MAY BE W/U BY NWMC FOR TRANSPLANT.", "NWMC"),
        ("pt presented to SJRH with chest pain", "SJRH"),
        ("Followed at UCSF for her lupus.", "UCSF"),
        # lower-case acronym or ward in a mixed-case note after a movement verb
        ("Pain led to him being transfered to kmh on Tuesday. Pmh: CAD.", "kmh"),
        ("Plan: Transfer to ellery 4 today with a sitter.", "ellery"),
        ("Called out to brandywine 3 this afternoon. Pt comfortable.", "brandywine"),
        # a ward number at the end of a sentence
        ("FOUND UNRESPONSIVE ON ELLERY 6. CODE CALLED.", "ELLERY"),
    ],
)
def test_facility_after_movement_verbs(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Transferred to the MICU; transfer to the floor when stable.",
        "Presented to the ED with chest pain; admitted to CCU.",
        "Followed by GI and ID; seen by PT and OT.",
        "Tx to PACU after the procedure; back to the OR on POD#2.",
        "Called out to the floor; transfer to 4 east tomorrow.",
        "Plan: transfer to levophed 2 if the map stays low.",
        "Transferred on 2 L NC; presented with BP 138/86.",
        "tx with abx for uti; c/o cp 5/10 at rest.",
    ],
)
def test_movement_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("Admitted 7/1-7/3 for CHF.", "7/1"),
        ("Admitted 7/1-7/3 for CHF.", "7/3"),
        ("Night shift 1->2 Nov, patient slept.", "1->2 Nov"),
        ("Away 3-4 Nov for a wedding.", "3-4 Nov"),
        ("Confused: said it was March 21, 1899 today.", "March 21, 1899"),
        ("Seen on 12th for follow-up.", "12th"),
        ("Fell on 3rd, no head strike.", "3rd"),
        # a window end must not cut a word into a vent setting ("ps|eudomonas")
        ("Cultures from 8/3 grew pseudomonas.", "8/3"),
    ],
)
def test_date_forms(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Crackles 1/3-1/2 up bilaterally.",
        "Placed on 1st step mattress; on 2nd trial of CPAP.",
        "On the 3rd day of abx; 2nd dose given; on 2nd floor.",
        "On 5-6 L NC for 2-3 days; pain 3-4/10.",
        "PSV 10/5 overnight; pressure support 8/5 with pseudomonas in sputum.",
        "Born in 1899 per family lore? No: history of MI in 1998.",
    ],
)
def test_date_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        # campuses and buildings named after a person or place
        ("Radiation planning on North Campus at 11.", "North"),
        ("Called out to a tele bed on kessington campus. Remains in MICU.", "kessington"),
        ("MRI done in the Ellery Building.", "Ellery"),
        ("PT TO GO TO HALVORSEN PAVILION.", "HALVORSEN"),
        # a room number between the movement verb and the ward
        ("pt transferred to 209 ellery. Pt calm.", "ellery"),
        ("PT TRANSFERRED TO 209 QUARTERMOOR.", "QUARTERMOOR"),
        # a VA medical centre is a facility
        ("Transferred from the VAMC for cath.", "VAMC"),
    ],
)
def test_buildings_rooms_and_vamc(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Lives in the main building; parking building closed.",
        "Transferred to 2 units of PRBC? No: transfused 2 units.",
        "The new wing opened; outpatient pavilion busy; medical campus quiet.",
        "Right wing of the sternal wire; left wing of the sphenoid.",
    ],
)
def test_building_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("The coordinator from Sacred Heart memorial called today.", "Sacred Heart memorial"),
        ("Transferred from Kessington-Adventist today for cath.", "Kessington-Adventist"),
        ("Seen at Halvorsen Memorial last week.", "Halvorsen Memorial"),
    ],
)
def test_facility_name_tail(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


def test_facility_tail_needs_a_place_before_it() -> None:
    note = "Memorial Day plans; general anesthesia; Methodist church on Sundays."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("Both Suzanna and Hank are his health care proxies.", "Hank"),
        ("Plan: Continue to monitor, per Oncology note.\ncarla whitcombe rn\n", "carla whitcombe"),
    ],
)
def test_coordinated_names_and_lower_case_signatures(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Plan: Continue. Call the rn\n",
        "Pt Stable. Notify the\nnight rn\n",
        "Family updated. Pt Stable.\nDiscussed with covering np\n",
        "Pain and Anxiety both better; Nausea and Hope for discharge.",
    ],
)
def test_name_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("Pager 4-1234 for questions.", "4-1234"),
        ("Call x4567 with results.", "4567"),
        ("Call the unit at ext. 4412 tonight.", "4412"),
        ("Reach her at x 2231 after 5.", "2231"),
        # a town that is also an eponym, capitalised after a preposition
        ("Initially presented to an OSH in Framingham.", "Framingham"),
    ],
)
def test_extensions_pagers_and_towns(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Given 2 x 1000 mL boluses; K 4.1 x2; moves x 4 extremities.",
        "HR 4-1234? No: HR 70-110; ext 2-3 days of abx.",
        "Framingham criteria met for CHF; Framingham risk score 12%.",
    ],
)
def test_phone_and_town_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("ORIENTED: KNOWS HE IS IN KMH, NOT THE DATE.", "KMH"),
        ('S: "I know I\'m at RVH." Reoriented.', "RVH"),
        ("WOULD NEED TO LEAVE KMH FOR SURGERY.", "KMH"),
    ],
)
def test_orientation_and_leaving(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "He is in AF; she was in DIC; they are in SR now.",
        "Left AMA last year; left IJ removed; leave PICC in place.",
        "I'm in pain; she is in the ICU; he is at risk.",
    ],
)
def test_orientation_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("SBP 80s. Dr. o rourke and Dr. Stronczek in the room.", "o rourke"),
        ("Arrived by ambulance from the VA in Kessington this am.", "Kessington"),
    ],
)
def test_lower_case_surname_after_title_and_town_after_in(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Dr. aware of labs. Dr. notified, o2 sat fine.",
        "Weakness in UE's; placed in Trendelenberg; crackles in Bases.",
    ],
)
def test_title_and_town_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("He returned to the OR on 7-8 for coiling.", "7-8"),
        ("BLOOD CULTURES FROM 3-5 GREW STAPH.", "3-5"),
        ("Last echo dated 11-14, EF 30%.", "11-14"),
    ],
)
def test_hyphen_month_day_after_date_words(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "On 2-3 L NC; increased from 3-5 mg; on 1-2 pressors; up from 1-2.",
        "PEEP decreased from 10-7.5 today; pain from 7-8 to 3.",
    ],
)
def test_hyphen_ranges_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("LIMIT PHONE CALLS TO ONE CONTACT PERSON (CHARLIE).", "CHARLIE"),
        ("Contact person: Marguerite Dubois", "Marguerite Dubois"),
        # a lower-case note that writes a place in title case
        ("was being rx for pna. sent to Warren Grant EW where ekg showed changes.", "Warren Grant"),
    ],
)
def test_contact_person_and_title_case_places(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


def test_contact_precautions_is_not_a_name() -> None:
    note = "CONTACT PRECAUTIONS FOR MRSA. CONTACT ID RE: ABX."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("HAD RADIATION TREATMENTS 10/03/10/04, NEXT TOMORROW.", "10/03/10/04"),
        ("Her proxy lives in DC.", "DC"),
        ("Moved to D.C. last year.", "D.C."),
    ],
)
def test_back_to_back_dates_and_dc(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "ABG 12/40/11/12; vent 10/10/10/10.",
        "Will DC foley; ready to d/c to home; DC'd heparin.",
    ],
)
def test_pair_and_dc_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("MARRIED. HUSBAND CEO OF ZYNTEC. NONSMOKER.", "ZYNTEC"),
        ("Worried about his business Vantrixa, sats fine.", "Vantrixa"),
        ("Son visited today (301 273 45166) and will call back.", "301 273 45166"),
    ],
)
def test_employers_and_mistyped_phones(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


def test_employer_look_alikes_stay_unflagged() -> None:
    note = "Works for the state; business is slow; retired from teaching; company at bedside."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


def test_services_after_by_are_not_places() -> None:
    note = "Pt followed by nephrology and seen by cardiology; evaluated by hepatology."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


def test_strength_grades_in_limbs_are_not_dates() -> None:
    note = "Strength 5/5 in BUE, 4/5 in LLE and 4/5 in RUE; moves 3/5 in LE."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]
    assert _flagged("Seen 4/5 in clinic.") == {"4/5"}


@pytest.mark.parametrize(
    "note",
    [
        "72M TRANSFERRED FROM ST. VINCENT'S TO BWH ON 3/14 FOR LVAD EVAL.",
        "72m transferred from st. vincent's to bwh on 3/14 for lvad eval.",
    ],
)
def test_second_place_of_a_from_to_pair(note: str) -> None:
    assert _covered(note, "BWH" if "BWH" in note else "bwh"), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note", ["67 YO MAN FROM FRAMINGHAM, NSTEMI.", "67 yo man from framingham."]
)
def test_town_that_is_only_an_eponym(note: str) -> None:
    assert _covered(note, "FRAMINGHAM" if "F" in note else "framingham")


def test_from_to_and_eponym_look_alikes_stay_unflagged() -> None:
    for note in (
        "transferred from the floor to CCU. sent from OR to PACU.",
        "FRAMINGHAM CRITERIA MET. IN GLASGOW COMA SCALE 14.",
    ):
        assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


def test_first_name_that_is_a_stop_word_after_a_relation() -> None:
    note = "Spoke with her brother Will, who is the proxy; husband, Dale, agrees."
    assert _flagged(note) >= {"Will", "Dale"}
    for lookalike in ("son will call tomorrow.", "SON WILL CALL TOMORROW."):
        assert scan(lookalike) == [], [(f.text, f.rule) for f in scan(lookalike)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("Symptoms began Christmas Eve.", "Christmas Eve"),
        ("Seen again on New Year's Day.", "New Year's Day"),
        ("Surgery the day after Thanksgiving.", "Thanksgiving"),
    ],
)
def test_fixed_date_holidays_alone(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


def test_new_year_phrases_without_a_day_stay_unflagged() -> None:
    note = "Made a new years resolution to quit smoking; happy new year."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


def test_ordinary_word_name_repeats_mid_sentence() -> None:
    note = "Wife Rose at bedside. Discussed goals with Rose and the team."
    assert [f.text for f in scan(note)] == ["Rose", "Rose"]
    # sentence-initial or lower-case look-alikes of the same word stay unflagged
    note = "Daughter Hope is the HCP. Hope to extubate tomorrow; we hope so."
    assert [f.text for f in scan(note)] == ["Hope"]
    note = "Dr. Green saw her. Consulted Green again. green sputum."
    assert [f.text for f in scan(note)] == ["Green", "Green"]


@pytest.mark.parametrize(
    "note", ["SENT FROM HEBREW REHAB TO THE ED.", "sent from hebrew rehab to the ed."]
)
def test_facility_named_after_a_people(note: str) -> None:
    assert _covered(note, note[10:22]), [(f.text, f.rule) for f in scan(note)]


def test_language_before_a_new_sentence_is_not_a_facility() -> None:
    note = "SPEAKS HEBREW. HOSPITAL COURSE UNREMARKABLE."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        # an employer made of ordinary words, in any case
        ("lives with wife. he works for brightwater logistics. a: stable", "brightwater logistics"),
        ("Retired teacher, now works at Harlow Freight as a driver.", "Harlow Freight"),
        ("WORKS FOR CALDERON MILLS, SMOKES 1 PPD", "CALDERON MILLS"),
        # named landscape features: the words before or after say it is a place
        ("Was on vacation on the Western Shore when the pain began.", "Western Shore"),
        ("She spent the summer on Cape Corwin and came back yesterday.", "Cape Corwin"),
        # an ordinary-word place after from/at, capitalised inside a sentence
        ("Surgeon from Mariner came in this evening to talk to pt.", "Mariner"),
        # an acronym naming a hospital, and a title-case hospital in a lower-case note
        ("Pt admitted from KX Hospital at 1900, stable.", "KX"),
        ("pt oriented x3, knows she is in General Hospital today. ls clear.", "General"),
        # a saint's hospital shortened to its initial
        ("Had a bed @ St B. but will need to be rescreened.", "St B"),
    ],
)
def test_employers_landscapes_and_short_facility_names(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "He works at night as a guard; works for himself; works at a bank.",
        "Works with his hands. Social work for emotional support.",
        "Tick bite last month; Rocky Mountain spotted fever was considered.",
        "Valley fever serology sent; returned from Rhode Island on Sunday.",
        "Pt admitted from the ED to the VA Hospital floor.",
        "transferred from the general hospital floor to icu. ls clear.",
        "ST A-fib overnight, rate 110; St. John's wort stopped.",
    ],
)
def test_employer_landscape_and_facility_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        # a first name that is also a word, capitalised alone in a lower-case note
        (
            "social: son in all day, supportive to pt, Mark. daughter is flying in at 6am "
            "tomorrow and will stay with the family until the plan is clear.",
            "Mark",
        ),
        # an unknown word coordinated with a first name or a relation's name
        ("the health care proxies are suzette and oblensk", "oblensk"),
        # a first name and a word in no list, in a one-case note
        ("support given by chaplain & pat quindrel licsw, family updated", "pat quindrel"),
        # an eponym is a surname after a first name
        ("Vent settings checked.  Bernard Foley, RRT", "Bernard Foley"),
        # a clinician by name after "w/ MD" in an all-caps note
        ("DOSE DOUBLE CHECKED W/MD SPEARS AS MED WAS HELD", "SPEARS"),
    ],
)
def test_names_without_capitals_to_go_by(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "MRI Brain negative. Pain and Hope better; Major Depression stable.",
        "pt mae spont and to command. tf at goal with min resid.",
        "r-fem aline dced. foley patent for amber urine, no ectopy.",
        "FOLEY CATHETER IN PLACE. MD AWARE. EVAL BY MD DONE.",
        "Foley placed; Mary Foley catheter is not a name we write.",
    ],
)
def test_name_rule_look_alikes_stay_unflagged(note: str) -> None:
    found = [(f.text, f.rule) for f in scan(note)]
    assert not [t for t, _ in found if "Foley" in t and "Mary" not in t], found
    if "Mary" not in note:
        assert found == [], found


def test_finding_never_splits_a_word() -> None:
    note = "TRANSFER TO QUARTERMAIN3 TODAY; pelvic fx on10/14/82."
    found = scan(note)
    assert [f.text for f in found] == ["QUARTERMAIN3", "on10/14/82"], found


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("We transferred him to Mercy General in Sacramento for ECMO.", "Mercy General"),
        ("Son brought her to Linwood Memorial by car.", "Linwood Memorial"),
        ("Grew up in Harlan County, Kentucky, and moved here.", "Harlan County"),
        ("LIVES IN HARLAN COUNTY WITH WIFE", "HARLAN COUNTY"),
    ],
)
def test_moved_person_and_counties(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


def test_county_and_moved_look_alikes_stay_unflagged() -> None:
    note = "Transferred pt to the floor; brought him to the ED; county jail; the County Hospital."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("admitted to St. Brendan's Hospital in Altoona", "St. Brendan's Hospital"),
        (
            "from Maple Grove Nursing and Rehabilitation yesterday",
            "Maple Grove Nursing and Rehabilitation",
        ),
        ("PCP at Riverbend Family Health, seen last week", "Riverbend Family Health"),
        ("The child attends Little Acorns Daycare three days a week.", "Little Acorns Daycare"),
        ("She attends Lincoln Elementary and plays soccer.", "Lincoln Elementary"),
        (
            "transplant consult at Puget Sound Transplant Center next month",
            "Puget Sound Transplant Center",
        ),
        ("his employer, Pinewood Lumber Co., filed the claim", "Pinewood Lumber Co"),
        (
            "inmate at Clearwater Ridge Correctional Facility since spring",
            "Clearwater Ridge Correctional Facility",
        ),
    ],
)
def test_whole_facility_and_organisation_names(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Seen in the Heart Failure Clinic; referred to the Movement Disorders Clinic.",
        "Followed at the Wound Care Center and the Cancer Center.",
        "The Department of Health was notified; Urgent Care Center visit yesterday.",
        "Transferred to Children's Hospital; admitted to University Hospital.",
        "Seen at Student Health, then Mental Health Clinic and the Sleep Medicine Center.",
        "Went home with family; HOME HEALTH AIDE daily; lives in a Group Home.",
        "HR 90, CO 5.5, CI 2.1 on the Swan.",
    ],
)
def test_kinds_of_facility_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("J.M., 34 yo G3P2 at 31 wks, transferred for preterm labour.", "J.M."),
        ("Sign-out:\n- Rm 12, R.M., 80s F, NSTEMI\n- Rm 17, A. Oyelowo, DKA", "R.M."),
        ("Sign-out:\n- Rm 12, R.M., 80s F, NSTEMI\n- Rm 17, A. Oyelowo, DKA", "A. Oyelowo"),
        ("Rm 20, Mrs. Evelyn St. Clair, 97F, comfort care", "Evelyn St. Clair"),
    ],
)
def test_initials_in_sign_outs_and_saint_surnames(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "The Ottawa ankle rules were applied; LA grade C (Los Angeles classification).",
        "She meets Dutch Lipid Clinic criteria for definite FH.",
        "EF 20%, Boston Sci CRT-D; St. Jude Medical leads.",
        "Upgoing Babinski, Hoffmann's positive, modified Schober 3 cm, Achilles enthesitis.",
        "Fleischner question: 7 mm nodule. EGD: Forrest IIa ulcer. Hill-Sachs lesion.",
        "Tommy John reconstruction planned; return to play in a year.",
        "Son's cell is on the chart. Class B. Leflunomide or IVIG? Hepatitis B. Started.",
        "WNV IgM positive in CSF; post-OLT for NASH cirrhosis.",
        "A. Fib noted overnight. P. Plan: continue. S. aureus and E. coli grew.",
    ],
)
def test_named_systems_devices_and_eponyms_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("pt is a 94 yo f from paradise, ca, lives w/ her granddaughter", "paradise"),
        ("joined from home in Truth or Consequences, NM via video", "Truth or Consequences"),
        ("Listed address is PO Box 412, Marble, CO 81623, phone disconnected.", "Marble"),
        ("She grew up in Quillby, WY and moved here for work.", "Quillby"),
    ],
)
def test_towns_written_before_their_state(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "PMH: CAD, MI, HTN. Dx lung, ca in 2019; Lyme disease, CT negative.",
        "WEAN NEO AS TOLERATED, MILRINONE TO CONTINUE, CT DRAINAGE, PP.",
        "Of note, CT cont without change; titrate to noon, co/ci 3.2/1.9.",
    ],
)
def test_state_code_look_alikes_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


def test_month_word_chosen_by_a_name_context_is_a_name() -> None:
    found = scan("His wife June was at the bedside; seen in June by the team.")
    assert [(f.text, f.category) for f in found] == [("June", "NAME"), ("June", "DATE")]


def test_first_name_that_is_a_word_before_a_signed_surname() -> None:
    assert _covered("Thoughts? — Anil Venkataraman, MD", "Anil Venkataraman")
    found = [f.text for f in scan("Plan discussed. Thanks Okafor, MD; Consulted Smith, MD")]
    assert found == ["Okafor", "Smith"], found


def test_time_word_after_a_place_is_not_part_of_it() -> None:
    found = [f.text for f in scan("we had the same pt at st. agnes last year, 93 yo w/ gout")]
    assert found == ["st. agnes", "93"], found


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("assaulted near the bus depot on Front Street. Assisted with ID.", "Front Street"),
        ("cart near W. 26th Street, all ate cut fruit", "W. 26th Street"),
        ("crash into a utility pole on Route 9W just south of town", "Route 9W"),
        ("motorcycle vs SUV at Route 30 and Pine Hollow Rd. EMS on scene", "Pine Hollow Rd"),
        ("9 of them from the 60623 ZIP code", "60623"),
        ("his driver's license (S530-4417-8821) was stolen", "S530-4417-8821"),
        ("the SUV's plate (7KJD291) was recorded", "7KJD291"),
        ("inmate no. A-448172, with HCV 1a", "A-448172"),
        ("insurance card group no. 88123X on file", "88123X"),
        ("Had 2 shocks on Sunday 11/12 during the night.", "Sunday 11/12"),
        ("Update from Fri 11/3: extubated.", "Fri 11/3"),
        ("By March of 2021 he had a 17 cm spleen.", "March of 2021"),
        ("He's 90, CHA2DS2-VASc 5, prior TIA.", "90"),
    ],
)
def test_streets_routes_ids_weekdays_and_bare_ages(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "R-sided weakness 3/5 RUE and 4/5 RLE; Apgars 7/9 at 1/5 min; activity index 6/9.",
        "He is 95% occluded; she was 98 kg; PE on CT.",
        "ABG on these settings: 80/48/7.45.34.7 and improving.",
    ],
)
def test_grades_weights_and_gases_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


def test_handles_and_ips_leave_the_full_stop() -> None:
    found = [f.text for f in scan("Follow @marisol_rides. His IP was 192.168.10.24.")]
    assert found == ["@marisol_rides", "192.168.10.24"], found


@pytest.mark.parametrize(
    "note",
    [
        "On the Rumack-Matthew nomogram; the Bush-Francis takes five minutes.",
        "Katz 5/6, Maddocks 2/5, Beighton 6/9, Mini-Cog 2/5; Fitzpatrick VI skin.",
        "Roth spots on fundoscopy; Lemierre was on the ddx.",
        "Ortolani/Barlow negative, Moro present.",
        "OCBs positive: McDonald 2017 criteria met. Robson group 5. Modified Rankin 1.",
        "Swiss cheese model; the WMA Declaration of Malta; West Nile and La Crosse cases.",
        "NYHA class III (New York Heart Association); Boston Bowel Prep Scale 2; Seattle protocol.",
        "Silicosis is exploding in Australia and Spain; a field hospital in South Sudan.",
        "He was in CHB; malaria in VFR travellers; PCV on ICGA; CardioMEMS or ICD.",
        "Seattle Heart Failure Model 1-yr survival 84%. Police aware. Geri clinic Tuesday.",
        "Apgars 3/6/8 at 1/5/10 min.",
    ],
)
def test_scales_signs_classifications_and_countries_stay_unflagged(note: str) -> None:
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("Cath 3/15 revealed EF 50%.", "3/15"),
        ("To restart Coumadin 6/18 per cards.", "6/18"),
        ("Moved to Boston 2 years ago with her son.", "Boston"),
    ],
)
def test_dates_and_towns_before_numbers_still_caught(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("wife reached at efua.ba@outlook.com. Malaria next", "efua.ba@outlook.com"),
        ("Regards, Dr. Menon (Gen Med) Ph: +91 94470 55512", "+91 94470 55512"),
        ("ortho reg on call, bleep 4471. Now on the ward.", "4471"),
        ("Policy on file, pre-auth PA-24-118830. Questions to the coordinator.", "PA-24-118830"),
        ("CT ABDOMEN ACC#: RAD2024-0077813    MRN on file", "RAD2024-0077813"),
        ("29M, DOC #88-417-X, day 19 of a hunger strike", "88-417-X"),
        ("his employee badge reads VVG-04471 and the commissioner was notified", "VVG-04471"),
        ("Medicare no. 2953 41017 1 for the transfer paperwork.", "2953 41017 1"),
        ("Transcribed DD: 07/22/2024  Job: 441872", "441872"),
        ("ED. F/93, sudden painless vision loss OD.", "93"),
        ("Home postcode M21 9PQ. GCS 13 on arrival.", "M21 9PQ"),
        ("a widow of Rural Route 2, Box 88, Keokuk, IA", "Rural Route 2, Box 88"),
        ("he had stopped his lithium around the 3rd because of tremor", "3rd"),
        ("patch test booked for the 9th.", "9th"),
        ("date of service November the 4th 2023, seen in clinic", "November the 4th 2023"),
    ],
)
def test_more_number_date_and_address_layouts(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


def test_number_layout_look_alikes_stay_unflagged() -> None:
    note = "BP 95/60 for the 2nd time; job: construction; doc 3 today; MRN 4482913 2 days ago."
    assert [f.text for f in scan(note)] == ["4482913"], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("He's a line cook at Mabel's Diner on Harbour Road.", "Mabel's Diner"),
        ("Donor: his co-worker at Tri-County Waste Authority, 39.", "Tri-County Waste Authority"),
        ("Concussion at the St. Cyprian Prep game.", "St. Cyprian Prep"),
        ("44M welder at Barrow & Sons Fabrication in Gary.", "Barrow & Sons Fabrication"),
        ("Outside study from Keystone Imaging Partners. Findings:", "Keystone Imaging Partners"),
        ("29M at Hollister Bay State Prison, day 19.", "Hollister Bay State Prison"),
        ("works at Sunnyfield Nursery and Garden Center", "Sunnyfield Nursery and Garden Center"),
        ("tattoo artist at Ink & Iron Tattoo Parlor since 2019", "Ink & Iron Tattoo Parlor"),
        ("Now on Nightingale Ward, stable.", "Nightingale Ward"),
        ("Dear Peter, I refer to you this young man.", "Peter"),
    ],
)
def test_organisations_wards_and_letters(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


def test_kinds_of_unit_and_prep_stay_unflagged() -> None:
    note = "Admitted to the Burn Unit; Bowel Prep today; salt & pepper; Dear colleagues, thanks."
    assert scan(note) == [], [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("She lives in Nyalenda, Kisumu, and attends school.", "Kisumu"),
        ("Seen at Briar Ridge Medical Center (BRMC to locals) in March.", "BRMC"),
    ],
)
def test_places_next_to_places(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


def test_unit_in_brackets_after_a_hospital_is_not_an_alias() -> None:
    assert [f.text for f in scan("Seen at Mercy Hospital (ICU) today.")] == ["Mercy Hospital"]


@pytest.mark.parametrize(
    ("note", "ident"),
    [
        ("She fell Sunday the 17th and was found by a neighbour.", "Sunday the 17th"),
        ("Worse over Mother's Day 2024 weekend.", "Mother's Day 2024"),
        ("A woman of 93 from the valley, living alone.", "93"),
        ("His CDL K44211890 is on file.", "K44211890"),
        ("Witness saw OH plate HZT 4418 leave the scene.", "HZT 4418"),
        ("She posts as (username kinz.nana.mo) online.", "kinz.nana.mo"),
        ("Meals at Open Door Mission, East 9th St, daily.", "East 9th St"),
        ("Referral to Coastal Bend Rheumatology was sent.", "Coastal Bend Rheumatology"),
        ("Pastor Clarence Whitmire visited.", "Clarence Whitmire"),
    ],
)
def test_third_set_shapes(note: str, ident: str) -> None:
    assert _covered(note, ident), [(f.text, f.rule) for f in scan(note)]


@pytest.mark.parametrize(
    "note",
    [
        "ICE 10/10 on day 3; TIMI 2/7; 6/12 cores positive; her instagram is great.",
        "Bennett's and Rolando fractures; Brooke formula; Partin tables; duct of Luschka.",
        "Grey Turner's sign; Philadelphia chromosome; fragile X. Newborn screen normal.",
        "BILAT LEG STAPLE LINES WEEPY; needs new lines; collateral supply present.",
        "ORAL MAXILLOFACIAL SURGERY DOES NOT HAVE PRIVILEGES. CI WNL. Cardiology in to see.",
        "Given drug dantrolene; last dialysis 8/18 per renal; Rabbi sees pt later.",
        "STS given for calciphylaxis; MCP swelling; ESC guidance; SLE flare; HFrEF; HCM clinic.",
    ],
)
def test_third_set_look_alikes_stay_unflagged(note: str) -> None:
    found = [(f.text, f.rule) for f in scan(note)]
    assert [t for t, _ in found if t != "8/18"] == [], found
