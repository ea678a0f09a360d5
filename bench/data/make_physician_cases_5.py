# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_5.jsonl``: a fifth, blind set of invented physician posts.

The set was written blind: without reading the detector's code, its tests or its
documentation, and without running it, until every note below was written, annotated
and the output file frozen (its sha256 is in the commit message that added it).
Everything is invented: patients, relatives, clinicians, places, employers and numbers
(US phone numbers use the fictional 555-01xx range, IP addresses the documentation
ranges, email domains are made up). Nothing is copied from any corpus or website.

Style mix: M&M write-ups and root-cause summaries; pasted excerpts of discharge
summaries, op notes, consult notes, referral letters, fax cover sheets and ED or L&D
triage notes (templated or ALL-CAPS) with the poster's comment; curbside questions and
long case presentations with timelines; journal-club posts with literature links and
guideline debates full of eponyms and place-named criteria. Specialties: OB/GYN,
neonatology, geriatrics and palliative care, critical care, neurology, orthopaedics,
ophthalmology, ENT, endocrinology, rheumatology, family medicine, occupational medicine,
toxicology, transplant, rural and tribal health and correctional health. Writers range
from terse attendings to verbose residents, with voice-dictation artefacts,
phone-typed lower case and non-native English.

Markup is the first script's (``[[TAG:text]]``, same ``TAGS``). Each note is kept as
``(marked_text, members)``: ``members`` lists the colleagues who take part in the
discussion on the network (replying, thanked, agreed with, @-mentioned). They are not
patient identifiers and are not tagged; the record gets a ``members`` key, a list of
``{"name": full name as registered, "handle": "@first.last"}`` (``handle`` only when the
note @-mentions them), and only notes with such colleagues get the key. A clinician who
treated the patient is tagged ``HCP`` wherever the sentence is about that care, even if
the same person is also a member.

    python bench/data/make_physician_cases_5.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "_make_physician_cases", _HERE / "make_physician_cases.py"
)
assert _SPEC is not None
assert _SPEC.loader is not None
_FIRST = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_FIRST)

OUT = _HERE / "physician_cases_5.jsonl"

Members = list[dict[str, str]]


def m(name: str, handle: str | None = None) -> dict[str, str]:
    """A colleague taking part in the discussion (a member, not a patient identifier)."""
    return {"name": name, "handle": handle} if handle else {"name": name}


PHI_NOTES: list[tuple[str, Members]] = [
    # M&M, OB postpartum haemorrhage at a critical access site; ward nurse named like a flower
    (
        """**M&M summary - OB / anesthesia joint conference**

Case: [[PT:Dawn Carpenter]], 31, G4P3, SVD at 2214 on [[DATE:3/14]] at [[FAC:Sweetwater Valley Hospital]] (our 18-bed critical access site). Baby fine, Apgars 8/9. EBL was called at 600 mL; re-weighed pads at 0010 showed ~1,900 mL. Oxytocin running, methylergonovine x1, carboprost x2, TXA 1 g at 0025 - inside the 3 h WOMAN window but 90 min after the bleeding started. Bakri at 0040. Only 4 units of O-neg on the shelf.

Transfer: call to [[FAC:St. Agnes-Whitlow Medical Center]] 0048, fixed-wing grounded by fog, ground ALS left 0130, arrived 0342. Hysterectomy by Dr. [[HCP:Ines Albrecht]] at 0455. She survived, ICU x3 days, home on day 8.

Root causes:
1. No quantitative blood loss (QBL) - visual estimate only
2. MTP could not be activated by the charge nurse ([[HCP:Rose Tillery]], RN, who did everything else right)
3. Single OB on call, 40 miles out

Actions: QBL scales in every L&D room, MTP standing order, tele-OB link to the tertiary center, quarterly PPH drills. Comments welcome, esp. from other CAHs.""",
        [],
    ),
    # ALL-CAPS discharge summary pasted, geriatrics, comment
    (
        """Pasting the d/c summary we got with a SNF admission, because look at the med list:

DISCHARGE SUMMARY
PATIENT: [[PT:BISHOP, FAITH A]]    MRN: [[MRN:00482213]]    DOB: [[DATE:02/11/1931]]
AGE: [[AGE:93]] Y    SEX: F
ADMIT: [[DATE:14-MAR-2024]]    DISCHARGE: [[DATE:19-MAR-2024]]
ATTENDING: [[HCP:YOUNG, ARTHUR]] MD    PCP: [[HCP:PRICE, GRANT]] DO
DX: 1. HYPOACTIVE DELIRIUM 2. UTI (CX MIXED FLORA) 3. CKD 3B
DISPO: [[FAC:BRIAR HOLLOW NURSING AND REHAB]], [[STREET:4410 OLD MILL RD]], [[TOWN:LINTONVALE]]
MEDS: DONEPEZIL 10 MG QHS, OXYBUTYNIN 5 MG TID, DIPHENHYDRAMINE 25 MG QHS PRN SLEEP, CIPROFLOXACIN 500 MG BID X 7 D, ZOLPIDEM 5 MG QHS

Three Beers-list drugs, plus a cholinesterase inhibitor fighting an anticholinergic, plus a fluoroquinolone for 'mixed flora' in a [[AGE:93]]-year-old whose only symptom was delirium. I called the SNF medical director and we stopped four of them on day 1. STOPP/START would have caught every one.""",
        [],
    ),
    # neonatology curbside, Vietnamese parents, US phone, hospital with hyphenated name
    (
        """NICU curbside, would love input from the neo people.

Term male, born the [[DATE:22nd]] at an outside hospital ([[FAC:Bayview-Cho Memorial]]), Apgars 2/5/7, cord pH 6.94, BE -17. Passive cooling during transport, arrived to us at 4 h 40 min of life. Sarnat stage II on admission; aEEG discontinuous. Full 72 h of therapeutic hypothermia, rewarmed without seizures.

Mom is [[REL:Nguyễn Thị Hồng Nhung]], 24, first baby; dad [[REL:Trần Văn Khải]] works nights at [[FAC:Delmont Seafood]] and only gets here after 0700. The interpreter line kept dropping, so dad gave us his cousin's number ([[PHONE:(504) 555-0176]]) - the cousin is a nurse at [[FAC:Bayview-Cho]] and has been great.

MRI day 5: restricted diffusion in the PLIC bilaterally, basal ganglia spared. How do you counsel parents on PLIC involvement? Our Bayley follow-up clinic waitlist is 9 months, and the family asked whether [[REL:Hồng Nhung]] can still breastfeed while he's on phenobarb (he isn't, but they heard it from someone).""",
        [],
    ),
    # occupational medicine, foundry, lead; word-names Frank Street; town repeated
    (
        """Occ med question. Mr. [[PT:Frank Street]], 52, molder for 19 years at [[FAC:Haddick Gray Iron Foundry]] (badge [[ID:HGI-20417]]), sent by the company nurse for a blood lead of 61 µg/dL on routine surveillance (38 last year). Fatigue, constipation, 'my knees ache', and his wife says he's irritable. Hb 11.2, basophilic stippling, ZPP high. No Burton line that I could see.

He lives in [[TOWN:Pell Crossing]] with 4 kids; the youngest is 3. I'm worried about take-home lead - no lockers or showers at the plant, he drives home in his work clothes. The health department in [[TOWN:Pell Crossing]] only does childhood lead draws on Tuesdays, so I've sent the kids to their pediatrician instead.

Medical removal protection under the OSHA lead standard kicks in at a single ≥60 or an average of the last three ≥50, so he's out with pay. He asked about chelation because a guy he drinks with at the [[FAC:Rusty Anchor Tavern]] got 'IV chelation' at a wellness spa. I said no at 61 without encephalopathy. Agree? Frank anemia isn't there yet.""",
        [],
    ),
    # pasted ED triage, bus terminal at an intersection, nickname, EMS run number
    (
        """ED TRIAGE NOTE (pasted; tox follow-up below)
Arrival: 0213 via EMS, run # [[ID:24-118803]]
CC: "found down"
HPI per EMS: pt found unresponsive on a bench inside the [[FAC:Greyline Bus Terminal]] at [[STREET:Elm and 18th]] by the security guard. RR 4, pinpoint pupils, 4 mg IN naloxone x2 with response. Pt states her name is "[[PT:Sandy]]", no last name; later identified from ID card as [[PT:Alexandra Dobrowski]], DOB [[DATE:7/30/1998]].
Vitals: HR 58 BP 104/62 RR 10 SpO2 91% RA T 35.9
ESI 2

Tox comment: she re-sedated at 0440, about 2.5 h after the last dose, and needed a naloxone drip at 0.4 mg/h. UDS fentanyl +, xylazine test strip + too. Necrotic eschar on the L forearm. Does anyone have a protocol for xylazine wounds that isn't just 'wound care consult'? She asked for the buprenorphine program at [[FAC:Harbor Street Clinic]]; we gave her a bridge script and a naloxone kit.""",
        [],
    ),
    # correctional health, hunger strike, inmate number, pod nurse
    (
        """Correctional health folks: advice on a hunger strike.

44M at [[FAC:Coldwater Ridge Correctional Facility]], inmate # [[ID:A-4471-0098]], day 19 of food refusal (taking water and some juice). Wt 71 → 62 kg. K 3.1, Phos 2.2, Mg 1.6. He has capacity per psych (Dr. [[HCP:Ogechi Nwankwo]] saw him on [[DATE:6/2]] and again on [[DATE:6/9]]). Nursing ([[HCP:Joy Mercer]], RN, on B-pod) does vitals twice a day.

The warden is asking about a court order for involuntary feeding. The Malta declaration and the Tokyo declaration say we don't force-feed a competent person; the state AG's office reads it differently. I'm the only physician on site 3 days a week, the rest is telemedicine from the contract group that also covers [[FAC:Tolliver County Jail]].

Refeeding plan if he starts eating: 10 kcal/kg/day, thiamine before any glucose, daily lytes x 5 days. Anything I'm missing?""",
        [],
    ),
    # rural/tribal health, reservation, town, age over 89, CHR
    (
        """Rural/tribal health - long post, sorry.

I'm at [[FAC:Red Willow Health Center]] (IHS, 2 docs and a PA) on the [[PLACE:Wapiti Creek Reservation]]. 67F with T2DM, A1c 12.4, foot ulcer draining since [[DATE:Thanksgiving]]. She lives out past [[TOWN:Kettle Fork]], 74 miles of gravel from us, no running water, and looks after her mother, who is [[AGE:96]] and bedbound. Her grandson [[REL:Tyler Two Crows]] drives her when his truck runs.

Probe-to-bone +, ESR 88, X-ray with cortical erosion at the 1st MT head. ABI 0.62. The nearest vascular surgeon is at [[FAC:Bison Prairie Regional]], 3 h away, and Purchased/Referred Care denied the referral the first time because the paperwork came from the wrong service unit.

We started ertapenem through a PICC, and our CHR [[HCP:Delphine Running Horse]] checks the line on her route out to [[TOWN:Kettle Fork]] on Mondays and Thursdays. Wagner 3, SINBAD 4. Has anyone run OPAT in a home without running water? Ray amputation here or send her out?""",
        [],
    ),
    # transplant, living donor sister, waitlist id, coordinator phone, Banff year
    (
        """Kidney tx question for the transplant folks.

38F, FSGS, living donor was her sister [[REL:Grace Okonkwo-Bell]] (worked up at [[FAC:Hollis-Brandt Transplant Institute]] in [[DATE:Jan]]). Transplanted [[DATE:2023-08-17]], baseline Cr 1.1. Waitlist ID on the old referral packet [[ID:WL-339812]] still shows up in our EHR, which is its own problem.

9 months out: Cr 1.9, tac trough 4.2 (goal 6-8), new DSA against DQ7, MFI 8,400. Biopsy by Banff [[YEAR:2019]]: g2, ptc2, C4d 2, active AMR. She admits missing evening doses since she started nights at the [[FAC:Quik-Stop]] on [[STREET:County Road 9]].

Plan so far: PLEX x5, IVIG 2 g/kg, adherence pharmacist, switch to once-daily tac (Envarsus). Rituximab - yes or no? Her coordinator [[HCP:Beth Ann Lowery]] ([[PHONE:(317) 555-0148]]) says the center wants to add it. Thanks @miguel.arce for the Banff primer you posted last week.""",
        [m("Miguel Arce", "@miguel.arce")],
    ),
    # ophthalmology consult note pasted, pager, resident initial
    (
        """OPHTHALMOLOGY CONSULT
Pt: [[PT:Holly Vance]]   MRN [[MRN:7730-1184]]   Loc: 6W-14
Requesting: Dr. [[HCP:Luis Ferreira-Mendes]] (medicine)
Reason: sudden painless vision loss OS x 1 day
VA: OD 20/25, OS CF at 2 ft. IOP 15/16 (Tono-Pen). RAPD OS. DFE OS: cherry-red spot, attenuated arterioles with boxcarring, Hollenhorst plaque at the inferotemporal bifurcation.
A/P: CRAO OS, ~26 h from onset, outside any window. Stroke work-up per neuro: CTA head/neck, echo, telemetry. No ocular massage at this point.
[[HCP:K. Shimizu]], MD PGY-3, pager [[PAGER:2291]]

Posting because the ED saw her at 0300 with 'blurry vision' and sent her home with artificial tears; she came back the next day. A CRAO is a stroke. If your ED has no CRAO pathway, build one. Rose bengal and fluorescein won't help you here - the fundus will.""",
        [],
    ),
    # ENT referral letter from Ireland, Eircode, county, day-first date, member @-mention
    (
        """Referral letter that came with a patient who just moved here from Ireland:

[[FAC:Ballymoreen Medical Centre]]
[[STREET:Main Street]], [[TOWN:Ballymoreen]], Co. [[COUNTY:Westmeath]] [[ZIP:N91 X2K7]]
Tel [[PHONE:+353 44 935 0172]]

Re: [[PT:Seán Ó Briain]], DOB [[DATE:04/07/1958]]
Dear Colleague,
Many thanks for seeing this 66-year-old gentleman who is relocating to be near his daughter [[REL:Aoife]] in [[TOWN:Cedar Glen]]. He has a 4-month history of right-sided hoarseness and otalgia; ex-smoker, 40 pack-years. Nasendoscopy at [[FAC:St. Fintan's Regional Hospital]] showed a right vocal cord palsy; CT neck was booked but he leaves before it.
Is mise le meas,
Dr. [[HCP:Niamh Kavanagh]], MICGP

Referred otalgia plus a paralysed cord in a smoker. CT neck/chest here: 2.8 cm right apical mass with Horner's on re-examination - a Pancoast tumour until proven otherwise. Thanks @colm.dwyer for sorting out the records request with the GP surgery.""",
        [m("Colm Dwyer", "@colm.dwyer")],
    ),
    # endocrinology, phone-typed lower case, names in lower case, insulin pump serial
    (
        """quick q from the floor, on my phone so excuse typos

19f t1dm on a pump, pt is [[PT:joy]], admitted in dka ph 7.08 bicarb 6 ag 28. cannula was kinked, site on her thigh. mom ([[REL:rose]]) says shes been rationing insulin since she aged off her dads plan in [[DATE:feb]] and [[FAC:kessler drug]] wanted $380 for 2 vials. pump serial on the admit form is [[DEVICE:PMP-7731-0042-A]] if anyone from the company reads this lol

shes a sophomore at [[FAC:lindquist community college]] and works mornings at the [[FAC:mug & muffin]] so any regimen has to fit that.

q1: coming off the drip, do u give glargine 2h before stopping or start basal early (like 0.3 u/kg in the first 6h)? we've been doing early basal
q2: whats the best patient assistance contact now, arent all 3 manufacturers capped at $35/mo?
q3: she wants to go back on the pump tomorrow. fine if she shows me a working site + cgm?""",
        [],
    ),
    # rheumatology, timeline with month-year dates, Korean names (both halves), given name alone
    (
        """Rheum case with a long timeline, bear with me.

[[PT:Park Ji-yeon]], 34F, moved here from [[TOWN:Hwaseo-ri]] in [[YEAR:2019]].
- [[DATE:Jan 2023]]: Raynaud's, puffy fingers
- [[DATE:Apr 2023]]: ANA 1:1280 speckled, anti-Scl-70 +
- [[DATE:Sep 2023]]: mRSS 22, started MMF 1.5 g BID
- [[DATE:12/18/2023]]: new BP 178/104, Cr 0.8 → 2.6 in 5 days, schistocytes, plt 62k. Scleroderma renal crisis.
- captopril titrated up, HD for 4 weeks, off dialysis [[DATE:Feb 9]]

An urgent care had given her prednisone 30 mg for 'arthritis' in early [[DATE:December]], which probably tipped her over. Her husband [[REL:Kim Dong-hyun]] asked me last week whether [[PT:Ji-yeon]] can still get pregnant. The [[YEAR:2013]] ACR/EULAR classification criteria and the EULAR recommendations don't really answer that. Has anyone managed an SRC survivor through pregnancy? ACEi has to stop, and I'm not keen on nifedipine alone for a kidney that came off dialysis four months ago.""",
        [],
    ),
    # family medicine, raw voice dictation with artefacts, DOB and phone in words
    (
        """raw dictation below, Dragon did its thing

this is a follow up visit for [[PT:hope young]] comma date of birth [[DATE:march third nineteen fifty six]] period she is here with her husband [[REL:art]] period blood pressure today one forty eight over ninety two period she stopped the lisinopril because of a dry cough period she was seen for the cough at urgent care by doctor [[HCP:frank lee]] who gave her benzonatate period new paragraph she had a mechanical fall in the parking lot at [[FAC:mercy general]] last week comma no head strike period daughter [[REL:holly]] can be reached at [[PHONE:four one nine five five five zero one six three]] period plan comma start lost a tan fifty milligrams daily period

Yes, 'lost a tan' is losartan. Curbside: ACEi cough, switching to an ARB, and her eGFR is 52 (CKD 3a) with K 5.0. Would you start at 25 and recheck BMP in 1-2 weeks, or go straight to 50? She's also on spironolactone 25 from her cardiologist.""",
        [],
    ),
    # neurology stroke M&M / RCA, nickname in quotes, local hospital acronym after "at", day-month date
    (
        """Stroke M&M / RCA summary - the timeline matters, so here it is:

[[PT:Bernard "Bernie" Kowalczyk]], 71M, LKW 0615 per his wife [[REL:Halina]], found with L hemiplegia and neglect. Arrived at [[FAC:Dunmore Community Hospital]] 0702 on [[DATE:14-Mar]]. NIHSS 17. CT 0748 (ASPECTS 9); no CTA there overnight. TNK at 0831 (DTN 89 min). Transfer request to us at [[FAC:SMMC]] 0836, flight crew at bedside 0950, groin puncture 1131: R M2 occlusion, TICI 2b. mRS 4 at 90 days.

Root causes:
- tele-stroke video connected at 0759 but the neurologist's audio failed for 14 min
- no one-call transfer line
- single CT tech covering the ED and a trauma activation
- EMS did not do an LVO screen (RACE would have been 6)

Fixes: CTA protocol at the spoke, auto-launch transfer on a positive LVO screen, a backup phone line for tele-stroke. Dr. [[HCP:Aurelio Santangelo]], the tele-stroke neurologist that morning, presented with us and was gracious about it. Agree with Dr. Haddad's point in the thread that DTN at spokes should be reported to the hub monthly.""",
        [m("Samir Haddad")],
    ),
    # critical care, age over 89 in words at sentence start, Indian phone, two sons, ECMO
    (
        """Critical care folks, ethics-ish question.

[[AGE:Ninety-one]]-year-old woman, [[PT:Lakshmi Venkataraman]], visiting her son in [[TOWN:Edison]] from [[TOWN:Tiruchirappalli]], admitted with severe CAP → ARDS. P/F 68 on FiO2 1.0, PEEP 14, proned twice. Her son [[REL:Rahul Venkataraman]] asked about ECMO because a friend's father got it at [[FAC:Mount Carrow University Hospital]]. Her other son [[REL:Suresh]] calls from India every 4 hours ([[PHONE:+91 98401 55217]]) and wants everything done.

Age isn't an absolute contraindication in the ELSO guidance, but her RESP score is dismal and her baseline frailty (CFS 6, needs help bathing and dressing) makes VV-ECMO non-beneficial in my view. We did a family meeting on Zoom with both sons; palliative joined; we offered a time-limited trial of current support for 72 h with clear markers. [[REL:Rahul]] agreed; [[REL:Suresh]] wants a second opinion from a hospital in [[TOWN:Chennai]].

How do you handle a remote family member who wants a treatment your center won't offer? @yuki.tanabe, I think you wrote about this last year?""",
        [m("Yuki Tanabe", "@yuki.tanabe")],
    ),
    # palliative family meeting, direct address of relatives, speaker label of a relative, ages in digits and words
    (
        """Palliative family meeting - posting the opening I used, because residents keep asking how to start these.

Present: daughters [[REL:Bonnie Ashworth]] and [[REL:Merry Ashworth-Cole]], son [[REL:Art]] (on speaker from [[TOWN:Galloway Flats]]), chaplain, me, bedside RN [[HCP:Tomasz Zieliński]].

Me: "[[REL:Bonnie]], [[REL:Art]], [[REL:Merry]] - before I share what the scans show, can you tell me what you understand about your mom's illness?"
Mrs. [[PT:Ashworth]] is [[AGE:102]]. Metastatic breast cancer diagnosed at [[AGE:99]], now hypercalcemic (Ca 14.1, albumin 2.9) and somnolent.
[[REL:Art]]: "She made it to [[AGE:a hundred and two]], she'll beat this too."
[[REL:Merry]]: "[[REL:Art]], she told us at [[DATE:Easter]] she was done with hospitals."

We agreed on comfort-focused care, zoledronic acid for symptoms only if it helps her wake up to see the great-grandkids, and transfer to [[FAC:Lantern House Hospice]]. Her funeral wishes are already with her church, [[FAC:Shiloh Grove Baptist Church]].

What worked: asking before telling, naming the disagreement out loud, and quoting the patient back to the family.""",
        [],
    ),
    # ortho op note pasted, ALL-CAPS, implant lot and serial numbers, age in YO and yo
    (
        """OPERATIVE REPORT
PATIENT: [[PT:GRANT, WILLOW M]]      MRN: [[MRN:E44019377]]
DATE OF SURGERY: [[DATE:09/21/2024]]
SURGEON: [[HCP:REINHOLT, CASPER]], MD      ASSISTANT: [[HCP:ADEYEMI-LOPEZ, T]], PA-C
PROCEDURE: LEFT HIP HEMIARTHROPLASTY, CEMENTED
IMPLANTS: BIPOLAR HEAD 46 MM LOT [[DEVICE:BH46-22K-0917]]; STEM SIZE 3 SN [[DEVICE:ST3-8830419]]
INDICATION: [[AGE:94]] YO F, DISPLACED SUBCAPITAL FX (GARDEN IV) AFTER A FALL AT HOME
EBL: 300 ML

My comment: right after cement pressurisation her SBP went from 160 to 70 and SpO2 to 84% - BCIS grade 2 by the Donaldson classification. Responded to phenylephrine and FiO2 1.0. She's fine now, walking with a frame on POD 3.

For the ortho and anesthesia people: in a [[AGE:94]]-yo with osteoporotic bone, do you still cement? NICE says cemented, the registries say cemented, the BCIS literature makes me nervous. Do you change anything (lavage, venting, less pressurisation) in the frailest patients?""",
        [],
    ),
    # fax cover sheet, fax and phone numbers, street with suite, ZIP, Medicaid id, initials sign-off
    (
        """Yes, we still get faxes in [[YEAR:2024]]. This one came to the wrong clinic:

FAX COVER SHEET
TO: Dr. [[HCP:P. Okafor]]    FAX: [[FAX:(608) 555-0119]]
FROM: [[FAC:Tri-Lakes Family Practice]], [[STREET:220 W. Juniper Ave, Suite 4]], [[TOWN:Harlow Bay]], WI [[ZIP:54971]]
PHONE: [[PHONE:(608) 555-0164]]   FAX: [[FAX:(608) 555-0165]]
RE: [[PT:Lorraine Kuti]]   DOB [[DATE:11-02-1948]]
PAGES: 7 (incl. cover)
MESSAGE: Pls see attached rheum labs + MRI L-spine. Pt's Medicaid ID [[PLAN:MA 7120 4493 08]]. Call w/ questions. - [[HCP:MK]]
CONFIDENTIALITY NOTICE: the documents accompanying this transmission contain confidential health information...

What is your clinic's process when a misdirected fax lands? Ours: call the sender, shred, log it as a possible breach for the privacy officer, and it counts toward the annual HHS report if it's under 500 people. I called their office and they were mortified. Also, the MRI showed an L4-5 synovial cyst, which is what I'd have wanted to know if she were mine.""",
        [],
    ),
    # pasted secure-chat thread, timestamped speaker labels (lower-case and first name), sign-off
    (
        """Sharing a (trimmed) Secure Chat thread from last night - great example of closed-loop communication failing:

[22:04] [[HCP:dave k]]: bed 12 ([[PT:Lindqvist]]) sats 84 on 2L, RR 34
[22:06] [[HCP:Maria]]: on my way. what was the 1800 gas?
[22:07] [[HCP:dave k]]: didnt get one, order says q6
[22:19] [[HCP:Maria]]: upped to HFNC 40L/60%. CXR ordered, pls call RT
[22:51] Dr. [[HCP:Ferraro]]: just saw the CXR, white-out on the R. who's at bedside?
[22:58] [[HCP:dave k]]: RT never came, paged twice
[23:10] [[HCP:Maria]]: RRT called. thx - [[HCP:Maria]]

She was intubated at 23:40 and did well, but: 36 minutes between 'CXR ordered' and anyone looking at it, a q6 gas order nobody questioned, and 'pls call RT' that everyone assumed someone else did. Our fix is that any escalation in FiO2 triggers an automatic RT page. What do other ICUs do?""",
        [],
    ),
    # journal club with public literature links (not PHI) and a patient's fundraiser short link (PHI)
    (
        """Journal club this week: rhabdo and early renal replacement.

Papers:
- https://www.nejm.org/doi/full/10.1056/NEJMra0801327 (review, a bit dated)
- https://pubmed.ncbi.nlm.nih.gov/30281477/ (the bicarbonate/mannitol retrospective)
- McMahon score: https://www.mdcalc.com/calc/3973/mcmahon-score-rhabdomyolysis

Why I picked it: [[PT:Marcus Bell]], 29, lineman with [[FAC:Tri-County Electric Cooperative]], was found in a crawlspace after a 14-hour shift in a heat advisory. CK 148,000, K 6.9, Cr 3.8, McMahon score 9. CRRT day 2, off on day 11, Cr now 1.4. His crew set up a fundraiser ([[URL:gofund.me/4b7e21c9]]) and the local paper ran it, so half the hospital knew his name before we did.

Questions for discussion: does the McMahon score change management or just prognosis? Anyone still giving bicarbonate for rhabdo? And should we be telling the power co-ops about heat stress standards before OSHA does?""",
        [],
    ),
    # L&D triage, Hispanic double surname, EDD ISO, state programme id, partner's phone, employer (dairy)
    (
        """L&D TRIAGE NOTE
NAME: [[PT:Esperanza Ruiz Villalobos]]   AGE: 27   G3P2002 @ 36+4 by 8 wk US
EDD: [[DATE:2024-11-09]]
INS: Medi-Cal CIN [[PLAN:91833476A]]
CC: HA, "seeing sparkles", RUQ pain since 1600
BP 168/112, repeat 164/108. Urine prot 3+. Plt 88k, AST 212, ALT 180, LDH 690.
SUPPORT PERSON: partner [[REL:Joaquín Mendívil]], cell [[PHONE:(559) 555-0127]]
EMPLOYER: [[FAC:Vander Hoek Dairy]], milking parlor, 10-h shifts

Comment: HELLP - Mississippi class 2, Tennessee partial. Mag started, labetalol 20 → 40 mg IV, delivered by induction, Bishop score was 7 so we went with oxytocin. Baby 2,740 g, Apgars 8/9. Question for the OBs: postpartum mag for 12 h vs 24 h? Our protocol still says 24 and she asked to hold her baby without feeling 'drunk'. And does anybody give occupational advice after HELLP to women doing heavy physical work?""",
        [],
    ),
    # toxicology, Polish couple both patients, state forest, poison-centre case number, son
    (
        """Tox curbside. Mr. [[PT:Zbigniew Wójcik]] (61) and his wife [[PT:Bożena Wójcik]] (58) picked what they were sure were parasol mushrooms in [[PLACE:Hemlock Hollow State Forest]] and ate them fried on Sunday night. Vomiting and watery diarrhea started ~10 h later. Their son [[REL:Paweł]] brought a photo of the leftovers: white gills, a skirt-like ring, a volva at the base. Amanita until proven otherwise.

Day 2: AST 1,440 / ALT 1,710 in him, 620 / 700 in her; INR 2.1 and 1.3. Poison center case # [[ID:PC-118842-W]]. Started NAC, silibinin through an emergency IND, activated charcoal q4h. He is trending toward King's College criteria (INR, creatinine rising) and we have a call in to [[FAC:Lakeshore-Gerrity Liver Center]] for transfer.

Is anyone still using high-dose penicillin G for amatoxin? And does biliary drainage have any evidence? [[REL:Paweł]] says his aunt in Poland was 'cured' with it.""",
        [],
    ),
    # non-native English, Nigerian doctor, Yoruba names with diacritics, +234 phone, nickname of relative, town in US
    (
        """Good day colleagues. I am writing from [[FAC:Ayetoro General Hospital]] in Ogun State, Nigeria. Kindly advise on this case.

[[PT:Oluwaseun Adébáyọ̀]], 14 years male, HbSS, he is having 4 to 5 vaso-occlusive crisis per year, 2 episodes of acute chest last year, transfused 3 times. TCD velocity 183 cm/s in [[DATE:March]] (conditional). Hydroxyurea 20 mg/kg since 2 years, HbF only 9 percent. Mother is Mrs. [[REL:Chinyere Adébáyọ̀]], everybody is calling her '[[REL:Mama Seun]]', she is very dedicated.

The family is relocating to Texas to stay with the uncle [[REL:Tunde Bakare]] in [[TOWN:Pecan Hollow]], and they asked me to find a paediatric haematologist there. The mother can be reached on [[PHONE:+234 803 555 0142]] on WhatsApp.

My questions: 1) should we escalate HU to MTD before travel? 2) Is crizanlizumab still used there or it was withdrawn? 3) Any colleague in Texas who receives such referral? Thank you, I have learned a lot from this network.""",
        [],
    ),
    # geriatrics, Filipino compound names with "Ma." and nickname in quotes, age in words, title "Lola"
    (
        """Geri/palliative case, looking for how others handle this culturally.

Lola [[PT:Ma. Corazon Dela Cruz-Santos]] is [[AGE:ninety-three]], advanced Alzheimer's (FAST 7c), third aspiration pneumonia this year. SLP says she's unsafe for any oral intake. Her daughter [[REL:Maria Luisa "Malou" Santos-Reyes]] (a nurse herself, works at [[FAC:St. Dymphna Medical Center]]) and granddaughter [[REL:Kristine Joy Reyes]] want a PEG before discharge. They live together in [[TOWN:Serrano Park]], and the eldest, 'Ate [[REL:Baby]]', calls from [[TOWN:Tarlac]] every evening with 'what did the doctor say'.

I explained the AGS position and the evidence (no survival benefit in advanced dementia, no fewer aspirations, more restraints). [[REL:Malou]] said: 'Doc, in our family we do not let our elders starve.' That's the conversation I need help with.

What has worked for you? Careful hand feeding as a care plan, framing it as comfort feeding rather than 'stopping food', involving the parish priest? We offered a time-limited NG trial and she is thinking about it. The family also asked for a copy of the note for the relatives abroad, which is fine.""",
        [],
    ),
    # family medicine/ID, Arabic names with nasab, halal market employer, family email
    (
        """FM here, ID question. [[PT:Yusuf Al-Haddad]], 47, back 6 days ago from 3 weeks with family near [[TOWN:Buraydah]]. Fever 39.2, dry cough, myalgia, lymphopenia, CXR bilateral patchy opacities. He helped his cousins at the camel market there. Wife says he also handled raw camel milk.

So MERS is on the list. I called the state health dept; they want the NP/OP swab plus a lower-respiratory sample sent through the state lab, airborne + contact precautions, and a list of contacts. He works the counter at [[FAC:Al-Noor Halal Market]] on [[STREET:Dearfield Ave]] and saw customers for 2 days before he got sick. His brother [[REL:Omar bin Khalid Al-Haddad]] is coordinating the family's symptom checks and asked me to email updates to [[EMAIL:alhaddad.family77@qmailbox.net]], which I'm not doing - told him we'd call.

Influenza and COVID neg, BioFire neg. Questions: would you start oseltamivir empirically while waiting? And is anyone doing contact monitoring through the health dept's app or still by phone?""",
        [],
    ),
    # occupational heat illness, Hispanic double surnames, orchard employer, mother's name with "de"
    (
        """Occ med / heat illness M&M.

[[PT:José Luis Ramírez Ocampo]], 23, picker at [[FAC:Sunfield Orchards]], collapsed at 1520 on [[DATE:July 11]], heat index 108. Crew drove him 35 min to our ED in a pickup (no 911). Rectal temp 42.1, GCS 9. Cold-water immersion started 38 min after arrival because we had no tub and had to improvise with a body bag and ice. Temp <39 at 72 min. Complications: AKI, DIC, ALT 4,000 by day 2. Survived, discharged day 16.

His mother, Mrs. [[REL:Guadalupe Ocampo de Ramírez]], told us he had worked 6 days straight and was paid by the bin.

Root causes: no acclimatization plan for new workers, no shade or water breaks despite the state rule, no cold-water immersion set-up in a rural ED that sees heat stroke every summer. We bought two immersion tubs and now do 'cool first, transport second'. Anyone have a good template to send to growers? Our county ag commissioner is interested.""",
        [],
    ),
    # ophthalmology/occupational, Sikh name, CDL number a few words after its label, DOT exam
    (
        """Ophtho + occ med overlap, need opinions.

Mr. [[PT:Gurpreet Singh Dhillon]], 58, long-haul driver for [[FAC:Redline Freight]], came for his DOT exam. Diabetic for 15 years, never had an eye exam. VA 20/40 OD, 20/70 OS uncorrected, 20/30 and 20/50 with pinhole. Fundus: PDR OS with NVD, CSME OD. He handed me his CDL (Class A, and the number on the renewal form he brought is [[LIC:D553-0419-7728]]) and asked if he can keep working.

FMCSA requires 20/40 in each eye with or without correction, and field of 70 degrees. OS doesn't meet it even with pinhole. I gave him a 3-month card? No - I disqualified him pending ophthalmology, which felt awful; he has three kids and a mortgage in [[TOWN:Mapleford]].

He's been seen by Dr. [[HCP:Anjali Deshpande]] at [[FAC:Valley Eye Associates]]: PRP OS started, anti-VEGF OD. Question for the retina people: realistically how fast can OS get back to 20/40 after PRP + anti-VEGF? And is the vision exemption program worth applying for?""",
        [],
    ),
    # geriatrics/anticoagulation, Chinese pinyin names, age 90, WeChat id, herbal interaction
    (
        """Geri pharmacology pearl from this week.

[[PT:Zhang Xiuying]], [[AGE:90]], AF on warfarin for years, INR stable 2-3. Came in with hematuria and an INR of 7.8. No new Western meds. Her daughter [[REL:Liu Meiling]] eventually brought in a bag from a shop on [[STREET:Grant Ave]]: danshen, dong quai and a 'blood-moving' tea that also contains ginkgo. All three potentiate warfarin (danshen reduces clearance, dong quai has coumarins, ginkgo is antiplatelet).

Vit K 2.5 mg PO, held 2 doses, INR 2.4 on day 3. Hematuria settled. The daughter asked us to keep in touch through WeChat (her ID is [[HANDLE:liumeiling_0815]]), which we can't do, so we set her up on the portal instead.

Lessons: ask about herbs by name, not 'any supplements?'; bring the bag; and consider a DOAC - CHA2DS2-VASc 4, HAS-BLED 3, CrCl 38 by Cockcroft-Gault, so apixaban 2.5 BID (age ≥80 and wt 51 kg). Anyone have a good handout in simplified Chinese on herb-warfarin interactions?""",
        [],
    ),
    # trauma/ortho, plate after "ran the plate", licence number found later, VIN from the tow report, stepfather
    (
        """Ortho trauma case for teaching.

19M, unrestrained driver, rollover on [[STREET:Old Quarry Rd]] near the [[STREET:Hwy 34]] junction at about 0100. No ID on him. The trooper ran the plate, [[PLATE:8GKW217]], and it came back to his stepfather, [[REL:Dale Mertz]], who confirmed it was [[PT:Kyle Mertz-Haney]]. His license turned up later in the glovebox - the number on the trooper's report is [[LIC:M632-118-99-417]] - and the tow report lists the truck's VIN as [[VIN:1GCHK29U87E154331]].

Injuries: open tib/fib, Gustilo-Anderson IIIB; Lisfranc fracture-dislocation on the same side; APC II pelvis. Cefazolin at 55 min (BOAST 4 says within 1 h, good), gentamicin added for IIIB. Ex-fix, pelvic binder then SI screw, Lisfranc ORIF on day 5, free flap by plastics on day 6.

Teaching points: Gustilo is graded in the OR, not the ED; fix-and-flap within 72 h per the British standards; a pelvic binder sits over the greater trochanters, not the iliac crests. He's now in a rehab unit, walking with a frame.""",
        [],
    ),
    # tele-neurology, IP addresses from an IT log, town, portal email
    (
        """Tele-neuro privacy + driving question.

Follow-up video visit with [[PT:Dominic Achterberg]], 33, JME, breakthrough GTC 3 weeks ago after missing levetiracetam. Video froze twice. When he reconnected he was clearly in a moving car. IT's log shows the session coming from [[IP:203.0.113.57]] at the start and [[IP:198.51.100.212]] after the reconnect (a mobile carrier range), so he was probably driving from home in [[TOWN:Wolf Lake]] to work.

State law here: 3 months seizure-free to drive, and physicians are encouraged but not required to report. He's a delivery driver. I reminded him on the call and documented it. Then he emailed from [[EMAIL:dom.achterberg@fastpost-mail.net]] to say he 'wasn't driving, his cousin was'.

What do you do when you're fairly sure a patient is driving against advice? Report to the DMV? Tell him you'll report? Our ethics consult says the duty to warn is weaker in a voluntary-reporting state, and I'm worried that reporting will just make him stop taking our calls.""",
        [],
    ),
    # adolescent eating disorder, social handles with @, school, name with nickname
    (
        """Family med / adolescent: 16F with restrictive eating, admitted for medical stabilization. HR 38 asleep, orthostatic rise of 40, BMI 15.1 (78% mBMI), phos 2.9 on admission.

Her mom showed me her TikTok ([[HANDLE:@skinnyminnie.grace]]) and an Instagram ([[HANDLE:@gracie_runs_26.2]]) where she posts 'what I eat in a day' and mileage logs from the cross-country team at [[FAC:St. Brigid's Academy]]. She goes by [[PT:Gracie]]; full name [[PT:Grace Holloway]].

Refeeding: we started at 2,000 kcal/day per the SAHM [[YEAR:2022]] position paper (higher-calorie refeeding is safe in mild-moderate malnutrition with monitoring), phos daily. Lowest phos 2.6, supplemented.

Question: how do you handle the social media part? She has 14k followers, and her feed is basically pro-ana content with a sports filter. We asked her to give her phone to her parents during admission. Our psych colleague suggests making 'unfollow' part of the treatment contract. Thanks @amaka.eze for the FBT resources.""",
        [m("Amaka Eze", "@amaka.eze")],
    ),
    # ALS, personal blog URL and care-site URL, spouse, hospice
    (
        """Neuro-palliative. ALS, 54M, [[PT:Brad Kellerman]], bulbar onset [[DATE:June 2022]], now ALSFRS-R 19, FVC 38%, on BiPAP 20 h/day, PEG in. He writes a blog ([[URL:https://www.bradsalsroad.net]]) which is honestly the best thing I've read about living with ALS, and his wife [[REL:Annika]] posts updates on [[URL:caringbridge.org/visit/bradkellerman]].

He wants to stop NIV when he's ready, and has picked his brother's birthday, the [[DATE:19th]], after the family party. Hospice ([[FAC:Lantern House Hospice]]) agreed to support withdrawal at home.

Practical questions: premedication - we're planning morphine 5 mg IV + midazolam 2 mg 15 min before, then titrate; scopolamine patch the night before. Do you remove the mask in one go or wean pressures? How do you prepare the family for the first minutes? I've done this in the ICU but never in a living room.""",
        [],
    ),
    # transplant pathology, accession number, liver, alcohol-associated hepatitis, partner
    (
        """Transplant selection debate, real case (details trimmed).

42M, first presentation of severe alcohol-associated hepatitis, MDF 78, MELD 3.0 of 36, Lille 0.62 at day 7 = steroid non-responder. Liver biopsy (accession [[ID:SP24-018733]], block A3) showed steatohepatitis with bilirubinostasis, no cirrhosis. Last drink [[DATE:8/2]]. Good insight, engaged with addiction medicine, partner [[REL:Jonah Feld]] signed the support agreement, and his employer, [[FAC:Brightwater Credit Union]], is holding his job.

Our committee split 6-5 on early LT. Arguments against: <6 months abstinence, 'it's a first episode, he deserves a chance to recover'. Arguments for: Lille non-responders have a 6-month mortality of ~70%, the ACCELERATE-AH data, and the SALT score of 2 (low risk of sustained return to alcohol).

He was listed on [[DATE:8/26]] and transplanted [[DATE:9/4]] at [[FAC:Hollis-Brandt Transplant Institute]]. Six months out, PEth negative monthly. How are your centers handling this? Do you still use a hard 6-month rule anywhere?""",
        [],
    ),
    # hospice ICD deactivation, device serial, daughter, age in YOM form, last Xmas with a year
    (
        """Hospice/cardiology question. [[AGE:97]] YOM, end-stage HFrEF, EF 15%, enrolled in hospice at home. His ICD (single-chamber, SN [[DEVICE:PZK402881S]]) has fired 3 times this week, each time he screamed. He has been declining since last [[DATE:Xmas 2023]].

His daughter [[REL:Patrice Okoro]] is his HCPOA and wants the shocks turned off but is afraid it's 'killing him'. The device rep can't come out to [[TOWN:Sutter's Mill]] until Monday. We put a ring magnet over it with tape as a bridge - it suspends tachy therapy while in place, no pacing change for a single-chamber ICD.

Questions: 1) Does your hospice have a standing protocol for magnets at home? 2) How do you explain deactivation to families - I used the HRS [[YEAR:2010]] consensus language ('removing a treatment that no longer helps, not causing death') and it helped. 3) Anyone managed to get remote deactivation done by the manufacturer's clinic? Ours said no.

Update: deactivated on Monday by the rep, no further shocks. He died at home on the [[DATE:28th]] with [[REL:Patrice]] beside him.""",
        [],
    ),
    # occupational medicine, workers' comp face sheet: SSN, claim number, account number, employer, street address
    (
        """Workers' comp form I had to fill out today - the face sheet alone:

CLAIMANT: [[PT:Terrence Holt]]   SSN: [[SSN:512-38-7704]]
ADDRESS: [[STREET:1187 Sandpiper Ln]], [[TOWN:Orrville Heights]], OH [[ZIP:44691]]
EMPLOYER: [[FAC:Brannock Castings]] (grinding/finishing)
CLAIM #: [[ID:WC-2024-0318-7731]]   HOSP ACCT: [[ACCT:80044172913]]
DATE OF INJURY: [[DATE:01/09/2024]] (onset 'gradual')

Clinically: 49M, 22 years on pneumatic grinders, blanching of the index and middle fingers of both hands in the cold, numbness at night, grip weakness. Stockholm Workshop scale vascular stage 2, sensorineural 2SN. Cold provocation test abnormal. NCS shows superimposed bilateral CTS.

The claims adjuster wants a yes/no on 'work-relatedness'. I wrote that HAVS is caused by vibration exposure by definition, and that his A(8) exposure estimate from the tool specs is well above the EU action value. Anyone have a good template letter for HAVS? And would you release the carpal tunnels if he's going back to the same job?""",
        [],
    ),
    # rural health, ZIPs, counties, highway mile marker, ambulance distance
    (
        """Rural EMS/ED access: a case that shows the problem.

62F, inferior STEMI, called 911 from home at ZIP [[ZIP:59417]]. The nearest ambulance service in [[COUNTY:Garnet County]] was on another call, so mutual aid came from [[COUNTY:Teton Ridge County]], 52 miles. She met them at [[STREET:mile marker 114 on Hwy 89]] because her husband drove her toward town. First ECG 1h 48min after symptom onset; lytics (TNK) in the ambulance under our medical direction; transferred to the PCI center; RCA stented, EF 50%.

If she'd lived 20 miles east, in ZIP [[ZIP:59422]], she'd be in a county with no ambulance service at all on weekends.

For rural folks: do your EMS agencies give prehospital lytics? What's your state's rule for an EMS medical director supervising across county lines? Our QI nurse wants to map every ZIP code in the catchment by drive time to a PCI center - has anyone done this and shared it with the state?""",
        [],
    ),
    # family medicine outbreak, church and its school, plain-community names, potluck date
    (
        """Family med / public health: measles exposure, need a sanity check.

Index case: [[PT:Eli Bontrager]], 7, unvaccinated, rash onset [[DATE:4/14]], IgM + on [[DATE:4/17]]. Infectious period [[DATE:4/10]]-[[DATE:4/18]]. During that window he attended services at [[FAC:Holy Redeemer Lutheran Church]] (Sunday, ~140 people), a potluck in the church basement, and two school days at [[FAC:Holy Redeemer School]] (grades 1-8, 61 kids). His sisters [[PT:Miriam]] (4) and [[PT:Ada]] (11) are now febrile.

Our plan with the county: MMR within 72 h for susceptible exposed people (most of the potluck crowd was outside 72 h when we found out), IG within 6 days for infants, pregnant women and immunocompromised. Exclusion of susceptibles for 21 days after last exposure.

The family's father, [[REL:Amos Bontrager]], is a lay leader in the church and is open to talking. The school principal says 40% of parents have religious exemptions. What's worked for you in talking to close-knit communities without burning the relationship?""",
        [],
    ),
    # neonatology/OB, British tourist, UK mobile, GP surgery, village, partner; Chadwick as a surname
    (
        """NICU + OB, international patient.

[[PT:Poppy Chadwick]], 29, British, on holiday in the national park, presented at 31+2 in preterm labour with ruptured membranes. BMZ x1 before delivery, mag for neuroprotection. Baby girl 1,520 g, Apgars 6/8, CPAP then one dose of surfactant via LISA. Now on day 10, full feeds, off respiratory support.

Dad, [[REL:Hamish Chadwick]], is trying to sort repatriation with their travel insurer. Their GP is Dr. [[HCP:Eleanor Whitcombe]] at [[FAC:Brookvale Surgery]] in [[TOWN:Little Bramford]] ([[PHONE:+44 1632 960482]]); [[PT:Poppy]]'s mobile is [[PHONE:+44 7700 900481]].

Questions: 1) When is an ex-31-weeker fit to fly on a commercial flight (not air ambulance)? BAPM guidance says hypoxic challenge test - anyone do it in a term-corrected baby here? 2) The insurer wants a 'medical escort' - neonatal nurse or doctor? 3) Any tips for NICU-to-NICU handover to the NHS? Her local unit would be [[FAC:Fenwick Royal Infirmary]].""",
        [],
    ),
    # pasted sign-out list with hospital short forms, children's hospital "of X", pagers
    (
        """Night sign-out template we're piloting on our service - pasting last night's list so you can see the format:

1. [[PT:Gutiérrez]], 8W-2: CAP, improving. Transfer back to [[FAC:Mercy General]] once bed is available, accepting Dr. [[HCP:Lambert]] pgr [[PAGER:3318]].
2. [[PT:O'Halloran]], 8W-5: DKA, gap closed 1600. Sub-Q overlap done. AM BMP.
3. [[PT:Bhattacharya]], 8W-9: post-arrest, TTM 36. Family (wife [[REL:Sunita]]) wants call for any change, [[PHONE:(312) 555-0193]].
4. Baby [[PT:Whitfield]] transferred from [[FAC:Children's of Alder Bay]] for ECMO eval - on 8E, not ours, but they page us for lines. NICU fellow pgr [[PAGER:4472]].
5. [[PT:Kessler]], 8W-12: AMS, r/o NCSE. EEG hooked up, neuro (Dr. [[HCP:Oyelaran]]) will read at 0700.

If-then: if [[PT:Bhattacharya]] febrile >38, cool to 36, call ICU fellow.

I-PASS people: is the 'if-then' line enough or do you include a full contingency for each?""",
        [],
    ),
    # neonatology, NAS/NOWS, mother in methadone programme, Eat-Sleep-Console, Finnegan
    (
        """Neo question on NOWS. Term infant, mom [[REL:Destiny Pruitt]] on methadone 110 mg daily through [[FAC:New Leaf Recovery Center]] since the first trimester, also smokes 1 ppd. Baby born [[DATE:Oct 2]] at 39+1, 3,010 g, Apgars 8/9.

We switched from Finnegan to Eat, Sleep, Console last year. This baby: eating 15-20 mL q3h, sleeping <1 h after feeds, consolable within 10 min with swaddling and mom at bedside (rooming-in). ESC says no pharmacotherapy. Our older nurses are uneasy because his Finnegan would be 10-12.

Mom is doing everything right; she's been here 24/7 and breastfeeding (she's stable on methadone and HIV/HCV negative, so we support it). DCS got the automatic notification; the worker visited on the [[DATE:4th]] and was fine with discharge to mom and her grandmother at [[STREET:608 Locust St]].

How long do you observe methadone-exposed infants on ESC before discharge? We do 5 days. Anyone doing 96 h with a next-day clinic visit?""",
        [],
    ),
    # elder abuse, geriatrics, neighbour as proxy, bank, street address, age over 89 as F/94
    (
        """Geri / APS question. F/[[AGE:94]], lives alone at [[STREET:17 Sycamore Ct]], brought in by her neighbour [[REL:Lorraine Fitch]] after she found her on the floor. Stage 3 sacral pressure injury, dehydrated (Na 152), weight 38 kg, bruises of different ages on both upper arms.

Her grandson [[REL:Brandon Teague]] moved in 'to help' last year. The neighbour says he cashes her Social Security and pension at [[FAC:Cedar Valley Bank]], and that she hasn't seen a doctor since her PCP Dr. [[HCP:Howell]] retired. She has mild cognitive impairment (MoCA 20) but clearly says she wants to go home and 'doesn't want [[REL:Brandon]] in trouble'.

We reported to APS (mandated in our state) and documented the bruising with photos and a ruler. Capacity for the discharge decision: she understands and can weigh the risks, but I'm not sure about appreciation.

Questions: how do you handle a capacitated elder who wants to go back to a likely abusive situation? Does your hospital have an elder-abuse team (we don't)? Is a medical-legal partnership worth setting up?""",
        [],
    ),
    # paediatric ophthalmology, leukocoria seen in a relative's public post, profile URL, aunt
    (
        """Peds ophtho: a reminder to take the 'white eye in photos' story seriously.

18-month-old girl, [[PT:Nevaeh Reeves]], referred by her pediatrician Dr. [[HCP:Corbin Lasko]] after her aunt [[REL:Tamika Reeves]] noticed a white pupil in flash photos and posted them on Facebook ([[URL:facebook.com/tamika.reeves.5851]]) asking 'is this normal??'. A stranger who had a child with retinoblastoma commented, and the family came in the next day.

Exam under anesthesia: OS large endophytic tumor, vitreous seeds, Group D (ICRB), OD normal. RB1 germline testing sent. MRI orbits/brain: no optic nerve invasion, no pineal lesion.

Options discussed: intra-arterial chemo vs systemic chemo (vincristine, etoposide, carboplatin) vs primary enucleation. Family chose IAC at [[FAC:Children's of Alder Bay]], which offers it; 3 cycles so far, good regression.

Teaching points: red reflex at every well visit until 3 years (AAP); leukocoria plus strabismus is retinoblastoma until proven otherwise; parents' photos are a screening tool - ask for them. The CHECT and KIDS-EYE style awareness campaigns are worth sharing with your front desk.""",
        [],
    ),
    # ENT button battery, timeline with times and a date, hospital short form, mother
    (
        """ENT M&M: button battery, timeline.

[[DATE:Sat 5/11]]
1640 - 2-yr-old [[PT:Braxton Haile]] swallowed a coin cell from a key fob (mom [[REL:Kayleigh]] saw it)
1650 - mom calls the poison line, told to go to the ED and give honey 10 mL q10min on the way (she did, x4)
1745 - arrives at [[FAC:Marrowbone Community Hospital]]; CXR: 20 mm 'halo' disk in the proximal esophagus
1800 - transfer request; accepted by [[FAC:Children's of Alder Bay]] 1815
2010 - arrival; OR at 2105 (4 h 25 min after ingestion). Removed: mucosal burn, no perforation.
POD 4 - contrast study fine. 2-week follow-up CT: no aortoesophageal fistula.

What went right: mom recognised it, honey given, double-halo sign read right away. What went wrong: 2 h transfer time because of a bed fight. The NCPC guideline says removal within 2 h of ingestion is ideal; 4+ hours is when you start to see deep burns.

For other ENTs: do you still give sucralfate in the hospital before the scope? We did, 1 g in 10 mL x3.""",
        [],
    ),
    # endocrinology, thyroid storm, Igbo name with English-word given name, church
    (
        """Endo curbside: thyroid storm post-partum.

[[PT:Precious Ifeoma Nwosu]], 26, 6 weeks post-partum, brought in by her husband [[REL:Chukwuemeka]] from a revival service at [[FAC:Mount Zion Pentecostal Assembly]] after she became confused and agitated. HR 168 in AF, T 40.1, diarrhea, mild jaundice (bili 3.4). FT4 >7.7, TSH <0.01, TRAb strongly +. Burch-Wartofsky 70. Japan Thyroid Association criteria: TS1.

Treated: propranolol (careful, EF 35% on echo), PTU 200 q4h (she's breastfeeding, and we wanted the T4→T3 effect), SSKI 1 h after PTU, hydrocortisone 100 q8h, cooling. Better in 48 h.

Now: she wants to keep breastfeeding and wants 'no radiation ever'. Her pastor wrote a letter to the hospital asking us to 'allow prayer before any procedure', which is absolutely fine. Long-term: thyroidectomy vs methimazole (compatible with breastfeeding up to 20 mg/day)? With a storm and a cardiomyopathy, I lean to surgery. @olu.bankole, you had a similar case?""",
        [m("Olu Bankole", "@olu.bankole")],
    ),
    # rheumatology, GCA in the very old, F/91 and age as "(91)", vision loss timeline
    (
        """Rheum/ophtho overlap. [[PT:Hazel Pritchard]] ([[AGE:91]]) - sorry, should've said 'a woman in her [[AGE:90s]]', but the number matters for the decision.

Seen [[DATE:2/27]]: 3 weeks of temporal headache, jaw claudication, scalp tenderness, ESR 96, CRP 78, plt 512. Transient visual obscuration OD x2. Started prednisone 60 mg the same day. Temporal artery US: halo sign bilaterally, compression sign positive. TAB on [[DATE:3/4]]: granulomatous inflammation with giant cells. ACR/EULAR [[YEAR:2022]] criteria: 11 points.

Now: diabetic on steroids (A1c 6.4 → 8.9), one vertebral fracture already, lives in assisted living at [[FAC:Harmony Oaks]]. Tocilizumab 162 mg weekly per GiACTA to cut the steroid exposure? At [[AGE:91]], with recurrent UTIs, I'm worried about infections, and her daughter-in-law [[REL:Rosalind]] keeps asking whether the risk is 'worth it at her age'.

What do others do in the very old? Faster taper alone, or toci with a lower infection threshold?""",
        [],
    ),
    # occupational toxicology, ammonia leak at a meat-packing plant, several workers, town, supervisor phone
    (
        """Occ tox: anhydrous ammonia release, 6 workers.

[[DATE:Tuesday 4/23]], 0610: a valve failed in the engine room at [[FAC:Tyvold Meats]] in [[TOWN:Ardmore Junction]]. Six line workers on the kill floor were exposed for 2-10 min before evacuation. We got all six. The worst, [[PT:Rigoberto Salcido]], 38, had stridor, burns of the face and cornea (pH 11 on the conjunctival strip), and was intubated for airway edema. Two others had wheeze and were admitted; three went home after irrigation and observation.

Management: copious irrigation (skin 20 min, eyes until pH 7-7.5, took 2 L per eye), humidified O2, nebulized bronchodilators, early airway in anyone with voice change. No role for neutralization. Long-term: RADS / irritant-induced asthma in up to 1/3.

The plant's safety manager wants the names of everybody we treated 'for the OSHA log' and called the ED at [[PHONE:(402) 555-0118]]. We told him to get it from the workers. Language access was the big problem: five of six spoke K'iche' first, Spanish second. Anyone have a good K'iche' interpreter line?""",
        [],
    ),
    # correctional M&M, alcohol withdrawal death in jail, booking number, timeline dates
    (
        """Correctional health M&M - a death in custody.

[[PT:Wesley Durant]], 51, booked into [[FAC:Garnet County Jail]] at 2240 on [[DATE:Aug 3]] (booking # [[ID:BK-24-00917]]). Intake screen by an LPN: 'drinks socially'. Known to the jail from prior bookings with DTs in [[YEAR:2021]]. No CIWA ordered. On [[DATE:Aug 5]] at 0300 he was tremulous and hallucinating; officers documented 'acting strange'. Found unresponsive in his cell at 0715; CPR, pronounced at [[FAC:Garnet Regional Medical Center]] at 0802. Autopsy: no trauma, fatty liver, findings consistent with withdrawal with seizure.

Root causes:
- intake screen didn't pull prior medical records from the jail's own EHR
- no withdrawal protocol without a physician order, and the on-call physician was only called for 'emergencies'
- officers not trained to recognise withdrawal

Changes: nurse-initiated CIWA-Ar for anyone with a positive AUDIT-C or prior withdrawal, automatic lookup of prior bookings, phenobarbital option. The NCCHC standard is clear on this, and Estelle v. Gamble makes it a constitutional question too.""",
        [],
    ),
    # tox, CO poisoning at an ice rink, many kids, hockey club, rink address
    (
        """Tox/peds: CO exposure at a hockey tournament.

Saturday tournament at [[FAC:Frostline Ice Arena]], [[STREET:3900 Rink Rd]]. Within an hour, 14 players and 3 parents had headache, nausea, and two kids fainted on the bench. The resurfacer had a faulty propane engine and the ventilation was off. Fire dept measured 212 ppm at ice level.

We saw 11 at our ED. COHb range 8-24% (venous, co-oximetry). All got 100% O2 by NRB. The 24% one, a 13-year-old goalie, [[PT:Mason Okafor-Reid]], had a brief LOC and troponin 0.09. We called the hyperbaric center at [[FAC:St. Lucian's Medical Center]]; they took him for HBO (criteria: LOC, COHb >25 or >15 in pregnancy, cardiac ischemia, neuro signs). Everyone else went home on O2 until COHb <3%.

Lessons: pulse oximetry was useless (98-100% in all); ask about everyone in the same space; the rink and the youth league need CO monitors. Does anyone have a handout for families about delayed neurological sequelae?""",
        [],
    ),
    # ortho/sports, member who was also the treating surgeon: HCP when about the care, untagged when thanked as a colleague
    (
        """Follow-up on the ACL thread. For those who asked how the patient from my first post did: [[PT:Savannah Truong]], 17, soccer, ACL rupture plus a bucket-handle medial meniscus tear. Dr. [[HCP:Chidi Obi]] did the reconstruction (BTB autograft), repaired the meniscus and added a lateral extra-articular tenodesis because of her high-grade pivot shift and generalized laxity (Beighton 6/9), at [[FAC:Lakeview Orthopedic & Sports]] on [[DATE:June 3]]. Dr. [[HCP:Obi]]'s PA then handed her over to our PT team.

Now 9 months out: quad index 88%, hop tests 90%+, ACL-RSI 72. She wants to be cleared for the spring season.

Thanks Chidi for sending the op note and the photos so quickly, and @hannah.lindgren for the return-to-sport criteria summary. I'm inclined to wait until 12 months given her age (re-tear risk is highest in under-20s returning to pivoting sports), but her club coach is pushing. Agree with Dr. Lindgren that time-based and criteria-based should both be met.""",
        [m("Chidi Obi"), m("Hannah Lindgren", "@hannah.lindgren")],
    ),
    # RCA of a wrong-patient medication error, look-alike names, two MRNs, pharmacy, nurse named Mercy
    (
        """Root-cause summary: wrong-patient insulin.

Two patients on the same unit, rooms 14 and 16: [[PT:Mary Young]], 84, MRN [[MRN:3301942]], and [[PT:Marie Yung]], 79, MRN [[MRN:3310942]]. Both on sliding-scale insulin. At 1730, the nurse ([[HCP:Mercy Adjei]], RN, six weeks off orientation) scanned Ms. [[PT:Young]]'s wristband, which had been printed twice; the second copy had been left on the workstation and was the one she scanned next to Ms. [[PT:Yung]]. 8 units of lispro went to the wrong patient. BG 41 at 1910, D50 given, no lasting harm.

Contributing factors:
- near-identical names and MRNs that differ by one transposed digit
- wristband printer next to the med cart; spare bands left out
- 'name alert' flag existed in the EHR but only showed on the MAR, not on the scanner screen
- the outpatient pharmacy ([[FAC:Hollings Pharmacy]]) had also mixed up their home lists the month before, which nobody on the unit knew

Actions: name-alert banner on the scanner, wristband printing only at the bedside, room assignments that avoid sound-alike names on the same hallway. Just culture review: no discipline for the nurse, who reported it herself within 10 minutes.""",
        [],
    ),
    # non-native English (Polish), day-first dotted dates, Polish phone, hospital abroad, referral for accreta
    (
        """Dear all, I am OB/GYN from Poland, working now as observer in US. I need an advice for one patient of my former hospital who is moving to [[TOWN:Chicago]].

Patient [[PT:Katarzyna Wiśniewska-Dudek]], 36 years, G4P3 after 3 caesarean sections. USG in 20 week on [[DATE:09.03.2024]] in [[FAC:Szpital Powiatowy w Zielonkach]] shows placenta praevia totalis with lacunae, loss of clear zone, bridging vessels - suspicion of placenta accreta spectrum (FIGO grade 2-3). She will be 28 weeks when she arrives. Her husband [[REL:Tomasz Dudek]] has work in Illinois since [[DATE:January]].

Her doctor in Poland, dr [[HCP:Agnieszka Lewandowska]], asks me to find a centre of excellence for PAS. Phone of the patient is [[PHONE:+48 601 555 214]], she speaks English a little.

My questions: 1) Which is the way to refer to such centre without US insurance at start - via emergency Medicaid? 2) Do you plan delivery at 34+0-35+6 like in ACOG/SMFM consensus? 3) Is MRI mandatory or USG enough? Thank you very much for help.""",
        [],
    ),
    # endocrinology, religious title outside the span, convent, health-plan member id, proxy
    (
        """Endo question. Sister [[PT:Mary Immaculata Byrne]], 78, lives at the [[FAC:Convent of the Holy Cross]] in [[TOWN:St. Columba's Landing]]. Referred for Ca 11.8, PTH 142 (inappropriately normal-high), 24-h urine Ca 310 mg, 25-OH D 24. DXA: T-score -3.1 at the distal radius, -2.2 at the hip. One kidney stone in [[YEAR:2019]]. Sestamibi: right inferior adenoma, concordant with US.

She meets surgical criteria (age isn't one, but osteoporosis, nephrolithiasis and Ca >1 above ULN are). The superior of the community, Mother [[REL:Agnes Therese]], is her health-care proxy and is worried about anesthesia; the sisters' insurance card reads member ID [[PLAN:XJH882019447]], group [[PLAN:0071-CVN]].

Options: parathyroidectomy (curative, minimally invasive with intra-op PTH) vs cinacalcet + alendronate. Surgeon here would do it under local + sedation. I lean toward surgery - she's fit, walks 2 miles a day, and fractures at 78 are worse than a 40-minute operation. Anyone disagree?""",
        [],
    ),
]

FREE_NOTES: list[tuple[str, Members]] = [
    # OB guideline debate, place-named HELLP classifications, Bishop score, member agreed with
    (
        """Induction debate, since the thread got heated:

**For elective IOL at 39+0 in low-risk nulliparas** (ARRIVE, [[YEAR:2018]]): lower CS rate (18.6 vs 22.2%), less hypertensive disease, no worse neonatal composite. The number of L&D hours goes up, which is the real objection.

**Against**: ARRIVE's generalisability to small units; an unfavourable Bishop score (<6) means long inductions; some units can't staff it.

Practical points from our unit:
- Bishop score ≤6 → cervical ripening first (Foley + misoprostol 25 mcg, or Foley alone if prior uterine surgery)
- oxytocin high- vs low-dose: no real difference in CS rate
- Robson group 2a is where the CS rate moves, so audit that, not the overall rate
- HELLP: Mississippi class 1 and Tennessee 'complete' HELLP are not the same thing; know which one your unit uses

Agree with Dr. Raman that the 'failed induction' label should need 12-18 h of oxytocin after ROM before anyone calls it. Shoulder dystocia drills (McRoberts, Rubin, Woods screw, posterior arm, and Zavanelli as the last resort) are unrelated but should happen in the same quarterly sim.""",
        [m("Priya Raman")],
    ),
    # neonatology teaching post, Apgars, growth charts, named scores and reflexes
    (
        """NICU teaching list for the new interns (please add):

- Apgars are not for resuscitation decisions. A baby with Apgars 7/8 and one with 6/9 both get the same NRP algorithm: breathing? HR >100?
- Gestational age: Ballard (new Ballard to 20 weeks); weight on Fenton for preterms, WHO after 2 years in the US (CDC 2-20 y)
- Jaundice: Bhutani nomogram for risk zone, but the AAP [[YEAR:2022]] phototherapy thresholds replaced the old curves; Kramer zones are for a quick look only
- HIE: Sarnat (or modified Sarnat) within 6 h to decide on cooling; Thompson score if you like numbers
- NEC: modified Bell staging; IVH: Papile grades I-IV
- Respiratory: Silverman-Andersen or Downes score
- Reflexes: Moro, rooting, Galant, palmar grasp. Asymmetric Moro → think Erb's palsy (C5-6) or a clavicle fracture; Klumpke (C8-T1) is much rarer
- Hips: Ortolani (reduces) and Barlow (dislocates), then US at 6 weeks for breech babies; Pavlik harness if unstable
- Vermont Oxford Network definitions for all our quality data

Kangaroo care from day 1 if stable. Questions to me or to the fellow on call.""",
        [],
    ),
    # geriatrics deprescribing, Beers/STOPP-START, frailty scales, capitalised word-names at sentence start
    (
        """Deprescribing round from our geri clinic this week, no identifiers, just the numbers.

88F, 14 meds. Frank discussion with her and her son about goals: 'stay at home, no more falls'.
- Beers [[YEAR:2023]]: stopped glyburide (hypoglycemia) and amitriptyline (anticholinergic burden, ACB score 3)
- STOPP/START v3: stopped aspirin for primary prevention; START flagged vitamin D and a bisphosphonate after her wrist fracture
- Clinical Frailty Scale (Rockwood) 5; Katz 5/6, Lawton 4/8; TUG 19 s; Tinetti 18/28; Mini-Cog 3/5

84M, 9 meds, PD (Hoehn and Yahr 3): orthostatic hypotension was from tamsulosin + the carbidopa-levodopa dose timing. Fludrocortisone avoided, midodrine tried.

Art of it is doing one change at a time. Hope this helps the residents who asked for 'real examples'. Grant money from the state aging office pays for our pharmacist 2 days a week. Will anyone from a rural practice want our templates? Price of a pharmacist visit is trivial next to one hip fracture.""",
        [],
    ),
    # palliative care, performance scales, Edmonton, methadone conversion, Liverpool pathway year
    (
        """Palliative pearls thread - my contribution:

1. **PPS vs Karnofsky**: PPS 30% or lower with reduced intake predicts median survival in days to weeks. Use ECOG for oncologists, PPS for hospice eligibility.
2. **ESAS-r** (Edmonton Symptom Assessment System): have patients fill it themselves; the tiredness and wellbeing items predict admissions better than pain.
3. **Methadone rotation**: no fixed ratio. For oral morphine equivalents 60-200 mg/day, many use 10:1; above that, 20:1; stop-and-go vs 3-day switch. Check QTc at baseline and day 7 (Bazett over-corrects at high HR, use Fridericia).
4. The Liverpool Care Pathway was withdrawn in the UK in [[YEAR:2014]] - not because end-of-life care plans are bad, but because it became a tick-box. The Gold Standards Framework is about primary care registers, not a pathway.
5. Faith and spiritual needs: the FICA tool takes 3 minutes.
6. Hope is not a plan, but taking away all hope is not honesty either. 'Hope for the best, prepare for the rest.'

Great presentation on this at our regional meeting, Amaka - would you share the slides?""",
        [m("Amaka Eze")],
    ),
    # critical care, ARDS definitions, Berlin/Kigali, acid-base, tubes named after people and a state
    (
        """ICU journal-club digest (no cases):

- ARDS: Berlin definition needs PEEP ≥5 on invasive ventilation; the Kigali modification allows SpO2/FiO2 ≤315 and ultrasound when you don't have ABGs or CXR. The [[YEAR:2023]] global definition now includes HFNC ≥30 L/min.
- Murray lung injury score >3 is still how most ECMO centres triage.
- Acid-base: Winter's formula (expected pCO2 = 1.5 x HCO3 + 8 ± 2), the Stewart approach if the anion gap and albumin don't add up.
- Cardiac output by Fick vs thermodilution: the Swan-Ganz is back in cardiogenic shock papers.
- Variceal bleed: Sengstaken-Blakemore, Minnesota and Linton-Nachlas tubes are different beasts - the Minnesota has an oesophageal aspiration port. Inflate the gastric balloon first, always.
- Lines: Seldinger technique, US guidance, tip at the cavo-atrial junction; Trendelenburg for IJ and subclavian.
- NIV vs HFNC after extubation, LMWH vs UFH in AKI, GTN for SCAPE.

APACHE II and SOFA are for cohorts, not for a single patient's prognosis. Thanks @luca.moretti for the Kigali slides.""",
        [m("Luca Moretti", "@luca.moretti")],
    ),
    # neurology, criteria with years, person-named syndromes, vertigo manoeuvres
    (
        """Neuro residents asked for a one-pager, so:

**MS**: McDonald [[YEAR:2017]] criteria - DIS + DIT, and CSF-specific OCBs can substitute for DIT. Uhthoff phenomenon and Lhermitte sign are clues, not criteria.
**GBS**: Brighton criteria levels 1-3; EGOS and mEGOS predict walking at 6 months; Miller Fisher variant (ophthalmoplegia, ataxia, areflexia, anti-GQ1b) overlaps with Bickerstaff brainstem encephalitis.
**NMJ**: Lambert-Eaton has post-exercise facilitation, myasthenia has fatigability; ice pack test in ptosis.
**Seizure mimics**: Todd's paresis after a seizure can last up to 48 h; don't thrombolyse it.
**Vertigo**: HINTS in continuous vertigo with nystagmus; Dix-Hallpike for positional; Epley for posterior canal BPPV, Semont as an alternative, BBQ roll (Lempert) for horizontal canal. Tullio phenomenon → think superior canal dehiscence.
**Stroke scales**: NIHSS, ABCD2 for TIA (largely superseded), RACE and LAMS for LVO.

Agree with @nadia.farouk that ABCD2 shouldn't decide who gets imaging.""",
        [m("Nadia Farouk", "@nadia.farouk")],
    ),
    # orthopaedics classification post, person-named fractures, a Greek region as a test
    (
        """Ortho classification cheat sheet for the ED rotators:

- **Physis**: Salter-Harris I-V (SALTR); type II is the commonest
- **Open fractures**: Gustilo-Anderson I, II, IIIA/B/C - graded after debridement
- **Neck of femur**: Garden I-IV (undisplaced vs displaced is what matters), Pauwels for the fracture angle in the young
- **Tibial plateau**: Schatzker I-VI
- **Ankle**: Danis-Weber A/B/C, Lauge-Hansen if you're into mechanisms; the Maisonneuve is a Weber C with a proximal fibular fracture - squeeze the whole leg
- **Forearm**: Monteggia (ulna + radial head), Galeazzi (radius + DRUJ), Essex-Lopresti (radial head + interosseous membrane)
- **Foot**: Lisfranc (fleck sign), Chopart, true Jones vs pseudo-Jones (zone 1 avulsion)
- **Knee exam**: Lachman > anterior drawer, McMurray and Thessaly for menisci, dial test for PLC
- **Septic hip in kids**: Kocher criteria (fever, NWB, ESR >40, WBC >12); CRP >2 added by Caird

Ottawa ankle and knee rules before any X-ray. Pittsburgh knee rules if you see a lot of older adults.""",
        [],
    ),
    # ophthalmology: named signs, grading systems and a place-named oedema, rose bengal
    (
        """Ophtho pearls for generalists - a few eponyms that actually help:

- **Marcus Gunn pupil** (RAPD): swinging flashlight; present in optic neuritis and big retinal lesions, absent in cataract
- **Argyll Robertson**: accommodates but doesn't react (neurosyphilis, diabetes); **Adie** tonic pupil: slow, sectoral palsy, pilocarpine 0.125% constricts it
- **Horner**: ptosis, miosis, anhidrosis; apraclonidine reversal test
- **Van Herick** grading of the angle at the slit lamp, Shaffer on gonioscopy
- **Seidel test** with fluorescein for a wound leak; rose bengal stains devitalised epithelium in dry eye
- **Berlin's edema** (commotio retinae) after blunt trauma; a **Vossius ring** on the lens
- **Kayser-Fleischer** ring needs a slit lamp; **Roth spots** are not specific for endocarditis
- **Coats disease** vs retinoblastoma in a child with leukocoria; Stargardt and Best are the juvenile macular dystrophies
- Snellen at 6 m (20 ft), Amsler grid for AMD, Ishihara plates for colour, Humphrey 24-2 for glaucoma fields, Goldmann applanation for IOP

Fuchs endothelial dystrophy: morning blur that clears by noon.""",
        [],
    ),
    # ENT: tuning forks, sore-throat scores, a Paradise-criteria debate, airway grades
    (
        """ENT from a family doc who spent 2 years in an ENT clinic:

Tuning forks: 512 Hz. Rinne negative (BC > AC) + Weber lateralising to the same ear = conductive loss on that side. Rinne positive both sides with Weber to the good ear = sensorineural loss in the bad ear → same-day audiogram and steroids if sudden.

Sore throat: Centor / McIsaac, or FeverPAIN in the UK. Lemierre's (Fusobacterium necrophorum, IJ thrombophlebitis) in a young adult who gets worse after a sore throat. Ludwig's angina: airway first.

Tonsillectomy: the Paradise criteria (7 episodes in 1 year, 5/year for 2 years, 3/year for 3 years) are still in the AAO-HNS guideline. Brodsky grade for tonsil size.

Facial palsy: House-Brackmann I-VI; Ramsay Hunt = vesicles in the ear + palsy, worse prognosis than Bell's. Ménière: episodic vertigo, fluctuating low-frequency SNHL, tinnitus, fullness.

Epistaxis: Little's area / Kiesselbach's plexus anteriorly; Woodruff's plexus posteriorly. Zenker's diverticulum through Killian's dehiscence. Mallampati and Cormack-Lehane for the airway; STOP-BANG and Epworth before sleep studies; Friedman staging before OSA surgery.""",
        [],
    ),
    # endocrinology journal club, DOIs, named phenomena, Bethesda and TI-RADS, Dawn and Somogyi
    (
        """Endo journal club - diabetes technology + thyroid nodules.

1. SGLT2i and euglycemic DKA: doi:10.2337/dc15-1643 is the classic warning. Stop 3 days before surgery (4 for ertugliflozin).
2. Closed-loop systems in T1D in pregnancy: the AiDAPT trial, https://www.nejm.org/doi/full/10.1056/NEJMoa2303911
3. Somogyi effect vs dawn phenomenon: CGM has mostly killed the Somogyi effect; dawn phenomenon is real (GH and cortisol surge) and responds to a basal rate increase at 0300 on a pump.
4. Thyroid nodules: ACR TI-RADS decides who gets FNA; Bethesda categories I-VI for cytology; molecular testing (ThyroSeq, Afirma) for Bethesda III/IV.
5. Iodine: Wolff-Chaikoff (transient block) vs Jod-Basedow (hyperthyroidism after an iodine load, e.g. amiodarone or contrast in a multinodular goitre).
6. Whipple's triad before any insulinoma workup. MODY: HNF1A responds to low-dose sulfonylurea; GCK needs nothing.

Sheehan, Nelson and Kallmann syndromes next week. @tomas.herrera is presenting.""",
        [m("Tomás Herrera", "@tomas.herrera")],
    ),
    # rheumatology classification criteria with years, named signs, place-named criteria
    (
        """Rheum classification vs diagnosis - a rant with a list.

Classification criteria are for trials. Diagnosis is clinical. With that said:
- RA: ACR/EULAR [[YEAR:2010]], ≥6/10
- PsA: CASPAR (≥3 points); dactylitis and nail pitting count
- axSpA: ASAS; Schober <5 cm, FABER (Patrick's test) for the SI joints; Leeds Enthesitis Index for follow-up
- Gout: ACR/EULAR [[YEAR:2015]] with the crystal as the entry shortcut
- Still's: Yamaguchi criteria (exclude infection, malignancy, other rheumatic disease first) - ferritin >3,000 is suggestive, glycosylated fraction <20% more so
- Behçet's: the International Criteria (ICBD) give oral ulcers 2 points, pathergy 1
- APS: revised Sapporo, also called the Sydney criteria; the new [[YEAR:2023]] ACR/EULAR ones are stricter

Signs: Heberden's (DIP) and Bouchard's (PIP) nodes in OA; Gottron's papules and the heliotrope rash in DM; Jaccoud's arthropathy in SLE (reducible deformities); Libman-Sacks endocarditis; Caplan syndrome (RA + pneumoconiosis); Felty's (RA, splenomegaly, neutropenia).

Takayasu vs GCA: age 40 and 50 are the cut-offs, respectively. Kawasaki is a vasculitis too, just a paediatric one.""",
        [],
    ),
    # family medicine prevention debate, risk calculators named after places, USPSTF, literature links
    (
        """Statin thread, prevention edition. Which risk calculator do you actually use?

- Pooled Cohort Equations ([[YEAR:2013]]) overestimate risk in many modern cohorts
- PREVENT equations (AHA, [[YEAR:2023]]) add eGFR and drop race; they give lower 10-year risks, so fewer people cross 7.5%
- Framingham is still in a lot of EHRs, and QRISK3 in the UK; SCORE2 and SCORE2-OP in Europe
- CAC score of 0 lets you defer a statin in many 40-75 year olds; >100 tips toward treatment

USPSTF (Grade B) for statins in 40-75 with ≥1 risk factor and 10-year risk ≥10%; Grade C for 7.5-10%. https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/statin-use-in-adults-preventive-medication
MDCalc has the PREVENT calculator: https://www.mdcalc.com/calc/10491/prevent-risk-calculator
And the JAMA paper comparing the two: doi:10.1001/jama.2023.25115

Choosing Wisely says no routine lipid panels more than every 5 years in low-risk adults. In my clinic in rural Kansas, the bigger problem is access: a CAC scan is a 90-mile drive. Young adults with familial hypercholesterolemia (LDL >190) don't need a calculator at all.""",
        [],
    ),
    # occupational medicine, ILO profusion fractions, NIOSH lifting equation, vibration scales, provocation tests
    (
        """Occ med teaching thread: the numbers that look like something else.

- ILO classification of chest radiographs for pneumoconiosis: profusion 0/0 to 3/+. A reading of 1/0 means 'category 1, considered 0' and is the usual threshold for positive. So "1/0" on a B reader report isn't a date and isn't a ratio.
- NIOSH lifting equation: load constant 23 kg (51 lb); lifting index >1 = increased risk; >3 = most workers at risk.
- Borg RPE 6-20 vs CR10.
- Noise: OSHA PEL 90 dBA TWA, action level 85; NIOSH REL 85 with a 3 dB exchange rate. Standard threshold shift = average 10 dB change at 2, 3 and 4 kHz.
- HAVS: Stockholm Workshop scale (vascular 0-4, sensorineural 0SN-3SN), the older Taylor-Pelmear scale; A(8) action value 2.5 m/s², limit value 5.
- Hand exam: Phalen, Tinel, Durkan compression; Finkelstein for de Quervain's; Spurling for cervical radiculopathy.
- Silica: OSHA PEL 50 µg/m³; silicosis + RA nodules = Caplan.
- Lead: OSHA medical removal at 60 (or avg 50); CDC now calls 3.5 µg/dL elevated in children.

OSHA 300 log, not 'the 300 form'.""",
        [],
    ),
    # toxicology: nomograms, criteria, QT formulas named after people and a town, street drugs
    (
        """Tox pearls, part 3:

**Acetaminophen**: Rumack-Matthew nomogram only for a single acute ingestion with a known time; 150 line in the US (100 in the UK since [[YEAR:2012]]). NAC 21-h or the SNAP 12-h regimen. King's College criteria for transplant referral (pH <7.30 after resuscitation, or INR >6.5 + Cr >3.4 + grade III/IV encephalopathy).
**Serotonin toxicity**: Hunter criteria beat Sternbach; inducible clonus is the key sign.
**Causality**: the Naranjo scale for ADRs.
**QTc**: Bazett over-corrects at high HR; Fridericia or Framingham are better; >500 ms or a rise >60 ms is the worry.
**Toxic alcohols**: fomepizole 15 mg/kg load; osmolal gap is a screen, not a rule-out.
**Arsenic/thallium**: Mees lines (Aldrich-Mees) on the nails weeks later.
**Hypothermia**: Osborn (J) waves; don't confuse with a Brugada pattern from sodium channel blockers.
**Street drugs**: 'pressed' oxy is fentanyl until proven otherwise; xylazine and medetomidine are the new adulterants; nitazenes may need more naloxone.

DEA schedule II for fentanyl, schedule I for the analogues.""",
        [],
    ),
    # transplant: place-named criteria (Milan, San Francisco, Lille, Glasgow), scores, Banff
    (
        """Transplant fellows asked for the 'criteria with city names' list, so here goes:

Liver
- HCC: Milan criteria (1 lesion ≤5 cm or up to 3 ≤3 cm), UCSF (San Francisco) expanded criteria, Up-to-7, the Metroticket calculator, and downstaging protocols
- Alcohol-associated hepatitis: Maddrey DF ≥32 for steroids; Lille score at day 7 (>0.45 = non-responder); Glasgow alcoholic hepatitis score; ABIC
- MELD 3.0 replaced MELD-Na for allocation in the US; Child-Pugh is still in every med student's head
- Hepatorenal: International Club of Ascites definitions

Kidney
- Banff classification for rejection (updated every 2 years; Banff [[YEAR:2019]] and [[YEAR:2022]] changed the AMR categories)
- KDPI for deceased donors, EPTS for candidates
- Cockcroft-Gault vs CKD-EPI for drug dosing after transplant

Heart/lung
- ISHLT grading for cellular rejection (0R-3R); LAS was replaced by the composite allocation score in [[YEAR:2023]]

Everything else is 'per protocol'. Ask the coordinators - they know the rules better than any of us.""",
        [],
    ),
    # rural and tribal health, generic places, states, IHS programmes, no identifiers
    (
        """For the rural/tribal health group - things I wish I'd known before starting at an IHS service unit:

- Purchased/Referred Care (formerly Contract Health) pays for outside care only if the patient meets residency, IHS-eligibility and medical priority rules, and only if notified within 72 h (30 days for elders and the disabled). Document the notification time.
- Tribally run (638) clinics and IHS-run clinics have different hiring, credentialing and pharmacy rules.
- Our 'regional' hospital is 140 miles away in another state; EMTALA still applies, but transfer agreements across state lines take forever.
- Community health representatives (CHRs) and public health nurses do home visits that no hospital system would fund. Treat them as part of the team.
- Telehealth works for psych and endo; it fails for anything that needs a hands-on exam when the broadband is 3 Mbps.
- Diabetes: SDPI money funds most of our diabetes programme. A1c 12 is common; so is 'I ran out of strips'.

We're in a frontier county in Montana, 1 doc per ~3,000 people. If you're a resident thinking about this work: it's the best medicine I've practised.""",
        [],
    ),
    # correctional health, legal case names with persons' names (not PHI), standards, MOUD, DEA
    (
        """Correctional medicine 101, for people moonlighting in jails:

- Estelle v. Gamble ([[YEAR:1976]]): deliberate indifference to serious medical needs violates the Eighth Amendment. That case is why jails must provide care at all.
- Pretrial detainees are covered by the Fourteenth Amendment (Kingsley v. Hendrickson, [[YEAR:2015]]) - a lower bar.
- NCCHC and ACA accreditation standards: intake screening by qualified staff, health assessment within 14 days, access to care 24/7.
- Withdrawal: CIWA-Ar for alcohol, COWS for opioids. Most deaths in the first week of custody are withdrawal or suicide.
- MOUD: since the X-waiver ended in [[YEAR:2023]], any DEA-registered prescriber with schedule III authority can prescribe buprenorphine. Methadone still needs an OTP.
- Hunger strikes: WMA Malta declaration; capacity assessment; no force-feeding a competent person.
- Medical parole and compassionate release exist in most states but are rarely used.

Thanks to everyone on last week's webinar, especially Dr. Whitaker for the withdrawal protocol and @rosa.delgado for the MOUD data.""",
        [m("Ellen Whitaker"), m("Rosa Delgado", "@rosa.delgado")],
    ),
    # journal club: literature links only (NEJM, JAMA, BMJ, Lancet, PubMed, WHO, CDC, NICE, UpToDate)
    (
        """Journal club reading list (this month: obstetric hemorrhage + neonatal resus):

1. WOMAN trial (TXA in PPH), Lancet [[YEAR:2017]]: https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(17)30638-4/fulltext
2. E-MOTIVE bundle, NEJM [[YEAR:2023]]: https://www.nejm.org/doi/full/10.1056/NEJMoa2303966
3. Umbilical cord milking vs delayed clamping, JAMA [[YEAR:2019]]: doi:10.1001/jama.2019.18004
4. BMJ review of QBL: https://www.bmj.com/content/380/bmj-2022-072013
5. WHO PPH recommendations: https://www.who.int/publications/i/item/9789240085398
6. CDC Pregnancy Mortality Surveillance: https://www.cdc.gov/maternal-mortality/php/pregnancy-mortality-surveillance/
7. NICE intrapartum care NG235: https://www.nice.org.uk/guidance/ng235
8. UpToDate: https://www.uptodate.com/contents/postpartum-hemorrhage-management-approaches-requiring-laparotomy
9. PubMed search saved: https://pubmed.ncbi.nlm.nih.gov/?term=postpartum+hemorrhage+bundle

Discussion leader this month is @kwame.asante. Bring one case from your own unit (no identifiers!).""",
        [m("Kwame Asante", "@kwame.asante")],
    ),
    # M&M without identifiers: generic places, relative times, ages under 90, weekday
    (
        """M&M summary (de-identified properly, I hope - tell me if not):

An 82-year-old man with AF on apixaban fell at his assisted-living facility last Tuesday evening. No head imaging at the facility; he was sent to a nearby urgent care, which sent him to the ED of a community hospital 3 hours later. CT at hour 5: 9 mm acute SDH with 4 mm midline shift. Andexanet was not on formulary; 4F-PCC 50 units/kg given at hour 6. Transferred to a neurosurgical centre; craniotomy the next morning. He survived with a GOS-E of 5.

Root causes:
- facility protocol said 'call family, then call PCP' before any transfer
- the urgent care had no CT and no anticoagulation reversal pathway
- PCC dose ordered by weight estimate (70 kg) - he was 58 kg

Fixes: facility protocol changed to direct ED transfer for any head strike on an anticoagulant; our ED now keeps a reversal card at every workstation; weight-based doses need a measured weight or a bed scale.

Canadian CT Head Rule doesn't apply to anticoagulated patients, and neither does the New Orleans criteria. Scan them.""",
        [],
    ),
    # voice dictation, ages under 90 in words, numbers in words, no identifiers
    (
        """pasting a dictation from our geriatric clinic template as an example for the dictation-software thread (no patient)

the patient is an eighty eight year old female comma here for follow up of heart failure with preserved ejection fraction period weight today sixty one kilograms comma down one point five kilograms from last visit period blood pressure one twenty eight over seventy period heart rate sixty four comma regular period new paragraph medications colon furosemide twenty milligrams daily comma empagliflozin ten milligrams daily comma amlodipine five milligrams daily period new paragraph assessment and plan colon HFpEF comma NYHA class two comma euvolemic period continue current regimen period follow up in three months period end of dictation

It took me 3 minutes to fix: 'empagliflozin' became 'and paglia flows in', 'NYHA' became 'nya', and 'HFpEF' was 'H F pep F'. Does anyone have a custom vocabulary list for Dragon they'd share? Thanks @ines.carvalho for the Fluency tips last month.""",
        [m("Inês Carvalho", "@ines.carvalho")],
    ),
    # febrile infant rules named after cities, Markdown headings, AAP year
    (
        """## Febrile infant ≤60 days - which rule?

### Old rules (named after the places they came from)
- **Rochester** criteria: low risk if well-appearing, term, WBC 5-15k, bands <1.5k, normal UA
- **Philadelphia** criteria: 29-60 days, LP for everyone, CSF <8 cells
- **Boston** criteria: 28-89 days, LP + ceftriaxone for everyone, then home
- **Milwaukee** protocol: rarely quoted now

### Newer
- **Step-by-Step** (European): ill-appearing → age <21 days → leukocyturia → PCT ≥0.5 → CRP >20 / ANC >10k
- **PECARN** rule: UA, ANC >4,090, PCT >1.71
- **AAP [[YEAR:2021]]** clinical practice guideline: 8-21, 22-28, 29-60 days, with inflammatory markers deciding LP in the older groups

### Practical
- Rectal temp ≥38.0 °C at home counts
- HSV: consider acyclovir if <21 days, vesicles, seizures, high ALT or CSF pleocytosis
- RSV-positive doesn't exclude UTI (about 5% still have one)

Thoughts? Our ED still quotes Rochester, our peds hospitalists quote AAP [[YEAR:2021]], and the poor residents get both.""",
        [],
    ),
    # genetics clinic: person-named syndromes that look like names, capitalised word-names
    (
        """Genetics clinic vocabulary that trips up the EHR's spell-checker (and probably the PHI filter):

Carpenter syndrome (RAB23; acrocephalopolysyndactyly type II). Young syndrome (bronchiectasis + obstructive azoospermia) - not the same as Kartagener's. Joubert (molar tooth sign). Bloom, Cockayne and Werner syndromes (DNA repair). Noonan (PTPN11) vs Turner. Williams (elastin; 'cocktail party' personality, supravalvular AS). Angelman vs Prader-Willi (same region on 15q11-13, different parent of origin). Marfan (FBN1) vs Loeys-Dietz (TGFBR1/2). Ehlers-Danlos, hypermobile type, still has no gene. Alport (COL4A5). Fabry (GLA) - think of it in young strokes and LVH. Gaucher (GBA1), also a Parkinson risk gene. Huntington (HTT CAG >40). Fragile X (FMR1 >200 repeats).

Frank hypospadias with undescended testes → karyotype before anything. Art and science of dysmorphology: photograph everything (with consent). Hope the residents enjoy the list; Will add syndromes by request.""",
        [],
    ),
    # gyn-onc: node ratios, FIGO stage with year, fractions, doses
    (
        """Tumour board summary (gyn onc), no identifiers:

Case 1: 46F, cervical SCC, FIGO [[YEAR:2018]] IB2 on MRI. Radical hysterectomy planned as open (post-LACC), sentinel nodes bilateral. Final path: 2/22 pelvic nodes positive, margins clear, LVSI +. Upstaged to IIIC1p. → chemoradiation (cisplatin 40 mg/m² weekly x5, EBRT 45 Gy/25 + brachy).

Case 2: 61F, endometrioid endometrial ca, grade 1, MMRd (MLH1 promoter hypermethylation), POLE wild-type, p53 wt. 0/14 nodes, myometrial invasion <50%. FIGO [[YEAR:2023]] IA2. No adjuvant. Lynch testing not needed given methylation.

Case 3: 55F, HGSOC, BRCA1 germline +, stage IIIC, CA-125 1,840. NACT x3 (carbo AUC 5 / paclitaxel 175 mg/m²), interval debulking to R0, then olaparib maintenance per SOLO-1.

Case 4: 33F, vulvar HSIL, 8/22 nodes would be irrelevant here - just a reminder that HSIL is not cancer; imiquimod 5% 3x/week or excision.

Next board Thursday at 0730. Please put cases on the list by Tuesday noon.""",
        [],
    ),
    # neurogenetics/endocrine genetics: gene names that look like words or codes
    (
        """Gene panel results I had to explain this month (no patients, just genes):

- LRRK2 G2019S and GBA1 variants in Parkinson's; SNCA triplications
- C9orf72 repeat expansion in ALS/FTD, SOD1 (tofersen now exists), FUS, TARDBP
- SCN1A in Dravet, KCNQ2 in neonatal epilepsy, CDKL5, STXBP1
- PMP22 duplication in CMT1A, MFN2 in CMT2A
- DMPK (myotonic dystrophy 1, CTG repeats) vs CNBP (DM2)
- MEN1, RET (MEN2A/2B; codon 634 → prophylactic thyroidectomy before 5), VHL, SDHB (malignant paraganglioma risk)
- HNF1A, HNF4A, GCK, KCNJ11 and ABCC8 in monogenic diabetes
- APOE e4/e4 on a direct-to-consumer report - we now talk about it before anti-amyloid therapy because of ARIA risk

VUS means VUS. Reclassification happens - about 10% per decade, mostly to benign. Send the family to genetic counselling before and after. The ClinGen pages are great: https://clinicalgenome.org/""",
        [],
    ),
    # OB/GYN person-named signs and syndromes
    (
        """Quiz for the MS3s on our OB/GYN rotation - name the eponym:

1. Bluish discolouration of the cervix and vagina in early pregnancy → Chadwick sign
2. Softening of the cervix → Goodell sign; of the isthmus → Hegar sign
3. Blood infiltrating the myometrium in abruption → Couvelaire uterus
4. Intrauterine adhesions after D&C → Asherman syndrome
5. Postpartum pituitary necrosis → Sheehan syndrome
6. Ovarian fibroma + ascites + hydrothorax → Meigs syndrome
7. Signet-ring metastasis to the ovary → Krukenberg tumour
8. Perihepatitis with PID → Fitz-Hugh-Curtis
9. Müllerian agenesis → Mayer-Rokitansky-Küster-Hauser
10. Estimated due date by LMP + 7 days - 3 months → Naegele's rule
11. Abdominal palpation for fetal lie → Leopold maneuvers
12. Shoulder dystocia → McRoberts, then suprapubic pressure (Rubin I)
13. Uterine activity sum of peaks over 10 min → Montevideo units

Bonus: Brenner tumour, Sertoli-Leydig, Bartholin's, Skene's, Nabothian cyst, Pfannenstiel incision, Kleihauer-Betke. Answers in the comments by Friday.""",
        [],
    ),
    # paediatric orthopaedics DDH: Graf angles, Pavlik, signs named after people
    (
        """Peds ortho: DDH screening, since our NICU asked.

Clinical exam at birth and at every well visit to 12 months:
- Ortolani: reduces a dislocated hip (clunk)
- Barlow: dislocates a reducible hip
- Galeazzi sign: unequal knee heights (not the forearm fracture!)
- Klisic test, asymmetric thigh folds (poor specificity), limited abduction after 3 months

Ultrasound (Graf method) at 6 weeks for risk factors (breech after 34 weeks, family history, abnormal exam):
- Graf type I: alpha angle ≥60°
- IIa: 50-59° under 12 weeks (physiologic immaturity), IIb after 12 weeks
- IIc, D, III, IV: treat
X-ray after 4-6 months (ossific nucleus): Hilgenreiner's and Perkin's lines, acetabular index, Shenton's line.

Pavlik harness for up to 6 months; check femoral nerve function weekly; stop if not reduced by 3-4 weeks (Pavlik disease). Closed reduction + spica after that, open reduction after 18 months. The AAOS [[YEAR:2014]] guideline and the AAP [[YEAR:2016]] statement are close enough.""",
        [],
    ),
    # paediatric ENT: grading, procedures named after people, doses
    (
        """Peds ENT thread reply - our tonsillectomy and neck-mass protocol:

Tonsillectomy:
- Indications: recurrent throat infection meeting Paradise criteria, or OSA (AHI ≥1 in kids; ≥5 moderate, ≥10 severe)
- Brodsky grade 3-4 + snoring + enuresis = don't wait for a sleep study unless under 2, obese, Down syndrome, craniofacial or neuromuscular
- No codeine or tramadol under 12 (FDA [[YEAR:2017]]); ibuprofen 10 mg/kg q6h + paracetamol 15 mg/kg q6h alternating
- Dexamethasone 0.15 mg/kg intra-op
- Secondary bleed risk ~3%, peaks day 5-8

Neck masses:
- Thyroglossal duct cyst → Sistrunk procedure (take the middle third of the hyoid), or it recurs
- Branchial cleft (2nd most common), cystic hygroma/lymphatic malformation (sclerotherapy with OK-432 or doxycycline)
- Cat-scratch (Bartonella henselae), atypical mycobacteria (violaceous skin) → excision, not I&D

And please stop sending every shotty node under 1 cm. Agree with Dr. Mensah: reassure and review in 6 weeks.""",
        [m("Kofi Mensah")],
    ),
    # ophthalmology ROP: zones, stages, trials named like words
    (
        """ROP screening question from a level III NICU without an on-site ophthalmologist.

Screening criteria in the US: BW ≤1,500 g or GA ≤30 weeks, plus selected infants up to 2,000 g with an unstable course. First exam at 31 weeks PMA or 4 weeks chronological age, whichever is later.

ICROP3 ([[YEAR:2021]]) changes: 'posterior zone II', notch, A-ROP replaces AP-ROP, and regression/reactivation terms.
Treatment: ETROP type 1 (zone I any stage with plus, zone I stage 3, zone II stage 2-3 with plus) within 72 h.
Laser vs anti-VEGF: BEAT-ROP (bevacizumab, zone I benefit), RAINBOW (ranibizumab 0.2 mg), and FIREFLEYE/BUTTERFLEYE (aflibercept). Late reactivation after anti-VEGF means follow-up to 65 weeks PMA.

Our tele-ROP program uses RetCam images read within 24 h. It works, but we've had two 'ungradable' sets this month. Does anyone's tele-ROP protocol require an in-person exam after one ungradable set, or two?

Thanks @sun.park for the ICROP3 slides and Dr. Lindqvist for reading our images on weekends.""",
        [m("Sun Park", "@sun.park"), m("Karin Lindqvist")],
    ),
    # family medicine travel clinic: countries, vaccines, websites of public agencies
    (
        """Travel clinic Q&A from this week (no patients):

- Yellow fever: required for entry to Ghana and several other African countries; recommended for much of Brazil, Colombia and Peru. Stamaril is back in the US; one dose is lifelong for most travellers.
- Typhoid: oral Ty21a (4 caps every other day, keep cold) or Typhim Vi injection. Pakistan XDR typhoid → azithromycin as standby.
- Japanese encephalitis: Ixiaro, 2 doses 28 days apart; for rural Vietnam, Cambodia, rural India in monsoon season.
- Malaria: atovaquone-proguanil for short trips, doxycycline if cost matters, tafenoquine after G6PD testing. Mefloquine still has a role in pregnancy.
- Rabies pre-exposure: 2 doses (day 0 and 7) since ACIP [[YEAR:2022]].
- Dengue: Qdenga isn't licensed in the US; Dengvaxia only for seropositive kids in endemic US territories.
- Measles: 2 MMR doses for every adult traveller born after [[YEAR:1957]]; infants 6-11 months get an early dose.

Resources: CDC Yellow Book https://www.cdc.gov/yellow-book/ and the WHO country list https://www.who.int/travel-advice. Most of our patients are VFR travellers, who take the most risk and get the least advice.""",
        [],
    ),
    # toxicology: snakes and spiders, US states and a desert as species names
    (
        """Envenomation thread - summary of what people posted:

Pit vipers (rattlesnakes, copperheads, cottonmouths): CroFab (FabAV) vs Anavip (F(ab')2). Anavip's longer half-life means less late coagulopathy, which matters for rattlesnakes in Arizona, California and Texas. Mojave rattlesnake (type A venom has Mojave toxin) → neurotoxicity with little local swelling, so don't be falsely reassured. Copperhead bites in Virginia and North Carolina: most get antivenom only for progressive swelling (the COPPER trial looked at function).

Coral snake: 'red touches yellow' is unreliable; North American coral snake antivenom is in short supply, so extended expiration lots are used.

Spiders: Latrodectus (black widow) → pain and muscle cramps, antivenom rarely; Loxosceles (brown recluse) → most 'spider bites' in non-endemic states are MRSA.

Scorpions: Centruroides in Arizona → Anascorp for neuro findings in kids.

Call the poison center (1-800-222-1222) for every envenomation, they track antivenom supplies regionally.""",
        [],
    ),
    # geriatrics falls: scales named after people and places (Otago, Morse), generic places
    (
        """Falls QI project on our geri unit - sharing the bundle, no patient data:

Screening on admission: Morse Fall Scale (≥45 high risk) or Hendrich II; Braden for pressure injury (≤18 at risk), with Norton or Waterlow if you trained in the UK.
Mobility: TUG (>12 s = risk), 30-second chair stand, 4-stage balance test from CDC STEADI.
Meds: STEADI-Rx, Beers list, orthostatic vitals lying and standing at 1 and 3 min.
Exercise after discharge: the Otago exercise programme (strength + balance, 3x/week, home-based) cut falls by ~35% in over-80s; Tai Chi is equivalent for the fitter ones.
Vision: first-eye cataract surgery reduces falls; multifocal glasses increase them on stairs.
Vitamin D: only if deficient; the big RCTs showed no fall benefit from routine supplementation.
Environment: bed alarms didn't work in our unit and the literature agrees. Low beds and hourly rounding did.

Result after 12 months: falls per 1,000 patient-days 5.8 → 3.9; injurious falls 1.1 → 0.6. The nursing home next door wants to copy it. Happy to share the order set with anyone.""",
        [],
    ),
    # ICU sedation and nutrition: scales and equations named after people and a university
    (
        """ICU sedation/nutrition cheat sheet for the night residents:

Sedation
- RASS target -1 to 0 for most; -4/-5 only for severe ARDS on NMB or raised ICP
- Ramsay sedation scale is older - only our cardiac ICU still uses it
- CAM-ICU for delirium every shift; ICDSC if the nurse prefers a score
- ABCDEF bundle: Assess pain (CPOT/BPS), Both SAT and SBT, Choice of sedation (propofol/dex over benzos), Delirium, Early mobility, Family
- FOUR score > GCS when intubated (it has a brainstem component)

Nutrition
- Start EN within 24-48 h; trophic feeds are fine for the first week (EDEN)
- Energy: indirect calorimetry if you have it; otherwise 20-25 kcal/kg; Penn State equation for ventilated patients, Mifflin-St Jeor for the rest; Harris-Benedict overestimates
- Protein 1.2-2.0 g/kg/day; EFFORT Protein said higher isn't better in AKI
- Refeeding: phosphate <0.65 mmol/L → cut calories to 50% (NICE, ASPEN)

Glucose 140-180 mg/dL (NICE-SUGAR). Thanks Dr. Hoang for proofreading.""",
        [m("Linh Hoang")],
    ),
    # endocrinology: Graves orbitopathy signs named after people, scores, doses
    (
        """Thyroid eye disease: the signs, and what I actually use.

Named signs (historical, but they show up on exams):
- Dalrymple: lid retraction in primary gaze
- von Graefe: lid lag on downgaze
- Stellwag: infrequent blinking
- Möbius: poor convergence
- Kocher: a 'staring' look on fixation
- Pemberton sign is a different thing (retrosternal goitre → facial plethora with arms raised)

What matters clinically:
- Clinical Activity Score (CAS, 7 points; ≥3 = active)
- EUGOGO severity: mild, moderate-to-severe, sight-threatening (DON or corneal breakdown)
- NOSPECS is mostly for history lessons
- Selenium 100 mcg BID for mild active disease (from the EUGOGO trial in selenium-deficient regions)
- IV methylprednisolone 4.5 g over 12 weeks for moderate-severe active; teprotumumab if available, watch hearing and glucose
- Stop smoking. RAI can worsen TED; give prednisone cover if you must.

TSI/TRAb levels track activity loosely. Thanks @dmitri.volkov for the EUGOGO [[YEAR:2021]] summary.""",
        [m("Dmitri Volkov", "@dmitri.volkov")],
    ),
    # neurology: headache rules named after a city, SAH grades, Japanese staging, numbers
    (
        """Thunderclap headache in the ED - where the rules came from and when they fail:

- **Ottawa SAH rule**: age ≥40, neck pain/stiffness, witnessed LOC, onset with exertion, thunderclap (peak at onset), limited neck flexion. Sensitivity ~100% in the derivation; only for alert patients with peak <1 h.
- CT within 6 h of onset on a modern scanner, read by a neuroradiologist: sensitivity ~99% for SAH. After 6 h → LP (xanthochromia) or CTA.
- **SNNOOP10** red flags for secondary headache.
- SAH grading: Hunt and Hess (clinical), WFNS (GCS-based), modified Fisher (CT blood → vasospasm risk).
- Vasospasm: TCD with Lindegaard ratio >3; nimodipine 60 mg q4h for 21 days.
- RCVS: recurrent thunderclap over days, SSRIs/cannabis/post-partum, 'string of beads' that resolves in 12 weeks.
- Moyamoya: Suzuki stages I-VI on angiography; RNF213 in East Asian families.
- AVMs: Spetzler-Martin grade (size, eloquence, venous drainage).

Agree with the comment above from Dr. Kaur: don't let the Ottawa rule talk you out of imaging a 35-year-old whose headache peaked in one second.""",
        [m("Harpreet Kaur")],
    ),
    # OB alloimmunisation: blood-group antigens named after patients, techniques named after people
    (
        """Fetal medicine teaching: red cell alloimmunisation.

Antibodies that matter: anti-D, anti-c, anti-K (Kell). Kell suppresses erythropoiesis, so titres underestimate anaemia - go by MCA Doppler from the start. Duffy (Fya) and Kidd (Jka) can cause HDFN, usually mild. Lewis and anti-I/i don't (IgM, and fetal red cells barely express Lewis antigens). Critical titre 1:16 to 1:32 for anti-D depending on your lab; any anti-K titre counts.

Monitoring: MCA-PSV >1.5 MoM = moderate-severe anaemia (Mari); the Liley curve and the Queenan curve (amniotic ΔOD450) are mostly historical.

IUT via the umbilical vein at the placental cord insertion, target Hct 40-50%. Delivery 37-38 weeks if no transfusion, 34-35 after the last IUT.

Twins: TTTS by Quintero stage I-V → laser, Solomon technique (equatorial dichorionisation) reduces recurrent TTTS and TAPS.

Kleihauer-Betke after any sensitising event to size the anti-D dose (300 mcg covers 30 mL of fetal whole blood). Coombs (DAT) on cord blood at delivery.""",
        [],
    ),
    # rural emergency medicine: knee rules named after cities, ages under 90, states, generic places
    (
        """Rural ED imaging, or how to avoid a 2-hour wait for a tech on call:

Knee: Ottawa knee rule (age ≥55, isolated patellar tenderness, fibular head tenderness, can't flex to 90°, can't bear weight 4 steps) vs Pittsburgh (age <12 or >50, or can't bear weight, after blunt trauma or a fall). Pittsburgh is more specific and works in the 89-year-olds as well as the 12-year-olds.

Ankle/foot: Ottawa ankle rules. Neck: Canadian C-spine rule (not for age ≥65, which is half our patients) or NEXUS. Head: Canadian CT Head, PECARN for kids under 18.

Chest pain: HEART score ≤3 + a single high-sensitivity troponin below the limit of detection → home with follow-up. EDACS if you trained in New Zealand.

PE: Wells ≤4 + D-dimer (age-adjusted above 50: age x 10) or PERC if pretest is low; YEARS if you like fewer CTs.

We serve 3 counties in Wyoming and part of Nebraska with one CT scanner. Every avoided scan is a tech who stays in bed.""",
        [],
    ),
    # thread reply consisting of colleagues only: agreement, thanks, @-mentions, a first-name compliment
    (
        """Late to this thread, but a few replies:

Agree with Dr. Raman that the post-arrest temperature target matters less than avoiding fever - TTM2 settled that for most of us. Thx @priya.raman for the summary table.

@ade.oyelaran: yes, we use the same neuroprognostication bundle as you (NSE at 48 and 72 h, SSEP after 72 h, MRI day 3-5, EEG patterns). We don't call it before 72 h off sedation, and we wait longer if there's renal failure and midazolam on board.

Great presentation, Amaka. The slide on self-fulfilling prophecies should be shown to every ICU.

To Dr. Bergström's question about ECPR: our program criteria are age <70, witnessed arrest, bystander CPR, initial shockable rhythm, arrival <60 min with ETCO2 >10, no known end-stage disease. We've run 23 cases in 3 years, 7 survivors with CPC 1-2.

And thanks @joseph.mwangi for the ECPR checklist you posted last month - we laminated it.""",
        [
            m("Priya Raman", "@priya.raman"),
            m("Ade Oyelaran", "@ade.oyelaran"),
            m("Amaka Eze"),
            m("Lars Bergström"),
            m("Joseph Mwangi", "@joseph.mwangi"),
        ],
    ),
    # non-native English (Vietnamese physician), countries, programmes, doses, no identifiers
    (
        """Hello everyone, I am pulmonologist in Vietnam, now doing fellowship in US. I want to ask about difference of TB practice.

In my country we have high burden, TB incidence around 170 per 100,000. We use Xpert MTB/RIF Ultra for almost every presumptive case, and if rifampicin resistant we start BPaLM (bedaquiline, pretomanid, linezolid, moxifloxacin) 6 months following WHO [[YEAR:2022]] guideline. Here in US, my attending order AFB smear x3 and culture and wait, and patient stay in negative pressure room for many days. Also LTBI: here they use 3HP or 4R, in Vietnam mostly 6H still, now changing to 3HP.

My questions:
1. Why US still need 3 negative smears for de-isolation when Xpert is more sensitive? CDC and ATS/IDSA/ERS say 2 negative Xpert can be enough?
2. Directly observed therapy in US is done by health department, in Vietnam by commune health station. Video DOT is common here?
3. For patient from high-burden country like Philippines, India, Vietnam, do you screen with IGRA or TST?

Sorry for my English, thank you for teaching me.""",
        [],
    ),
    # transplant pharmacology: doses, levels, dates as relative times only
    (
        """Transplant ID/pharm: our CMV and PJP prophylaxis table after the last protocol update.

| Organ | CMV D+/R- | CMV R+ | PJP |
|---|---|---|---|
| Kidney | valganciclovir 900 mg daily x 6 mo (or letermovir 480 mg) | VGC x 3 mo or pre-emptive | TMP-SMX SS daily x 6-12 mo |
| Liver | VGC x 3-6 mo (or pre-emptive per CAPSIL) | pre-emptive | TMP-SMX x 6-12 mo |
| Lung | VGC x 12 mo | VGC x 6-12 mo | TMP-SMX lifelong |
| Heart | VGC x 3-6 mo | VGC x 3 mo | TMP-SMX x 12 mo |

Dose VGC for CrCl: 60+ → 900 daily; 40-59 → 450 daily; 25-39 → 450 q48h; 10-24 → 450 twice weekly.
Letermovir with cyclosporine: 240 mg, and it raises tac levels - check a trough in 3-5 days.
Breakthrough: CMV PCR >1,000 IU/mL x2 → treatment dose; think UL97 mutations if rising after 2 weeks.
Tac goals: 8-10 months 0-3, 5-8 after, lower with belatacept. Target ranges differ by center: AST/ASTS and KDIGO [[YEAR:2009]] say 'individualize'.""",
        [],
    ),
    # correctional health: programme statistics, years, generic places
    (
        """Hep C elimination in a state prison system - our numbers, for anyone building a program:

[[YEAR:2019]]: opt-out HCV Ab testing at intake began. Seroprevalence 17%. Treatment only for F3-F4 because of cost.
[[YEAR:2021]]: state negotiated a subscription ('Netflix') model with a manufacturer. Treatment restrictions dropped.
[[YEAR:2023]]: 4,112 people treated since start, SVR12 96% among those with an SVR12 test (about 60% of those treated - the rest were released before 12 weeks).

Lessons:
- Simplified treatment (MINMON approach): sofosbuvir/velpatasvir x 12 weeks, no genotype, no on-treatment labs
- Start on day 1 of diagnosis if sentence length ≥ 8 weeks; if release is sooner, start anyway and hand off to community care with the remaining pills in hand
- Reinfection rate 3.4 per 100 person-years, mostly after release - pair with MOUD and syringe services
- Jails are harder than prisons: median stay in a county jail is under 30 days

The CDC and the Bureau of Prisons guidance both support universal screening. If your state hasn't done it, ask the department of corrections' medical director.""",
        [],
    ),
    # occupational/aviation medicine: medical certificate classes, programmes, drug names
    (
        """Aviation medicine question from a family doc who just became an AME:

Airline pilot, 40s, on sertraline 50 mg for 2 years for depression in remission. The FAA SSRI pathway: only fluoxetine, sertraline, citalopram or escitalopram, stable dose ≥6 months, no side effects, HIMS AME + psychiatric evaluation + neurocognitive testing (CogScreen-AE). First-class medical takes months.

Other things I've learned in my first month:
- Class 1 medicals are valid 12 months under age 40, 6 months over 40 for ATP privileges
- BasicMed exists for private pilots (no AME needed, a state-licensed physician does the CMEC)
- OSA: BMI ≥40 triggers a sleep study; CPAP compliance reports needed
- Diabetes on insulin: the CGM-based protocol now allows first-class certification
- ADHD meds are disqualifying while taking them; 90 days off + testing
- Kidney stones: need imaging showing stone-free, or a waiver

The FAA Guide for Aviation Medical Examiners is online: https://www.faa.gov/ame_guide - does anyone know a quicker way than calling Oklahoma City for every deferral?""",
        [],
    ),
    # antidote table, Markdown, doses, person-named and place-named items
    (
        """## Antidote cheat card (ED + ICU)

| Poison | Antidote | Dose |
|---|---|---|
| Opioids | naloxone | 0.04-0.4 mg IV, titrate; 2 mg IN |
| Benzodiazepines | flumazenil | 0.2 mg IV - rarely, never in chronic users |
| Acetaminophen | NAC | 150 mg/kg over 1 h, then 12.5 mg/kg/h x 4 h, then 6.25 mg/kg/h x 16 h (two-bag) |
| Digoxin | DigiFab | 80 mg (2 vials) empirically in arrest; 10-20 vials for acute OD |
| Beta-blockers/CCB | high-dose insulin | 1 U/kg bolus, 1-10 U/kg/h |
| Methanol/ethylene glycol | fomepizole | 15 mg/kg, then 10 mg/kg q12h |
| Cyanide | hydroxocobalamin (Cyanokit) | 5 g IV over 15 min |
| Iron | deferoxamine | 15 mg/kg/h |
| Organophosphates | atropine + pralidoxime | double atropine every 5 min until dry chest |
| TCA | sodium bicarbonate | 1-2 mEq/kg when QRS >100 ms |
| Local anaesthetic (LAST) | lipid emulsion 20% | 1.5 mL/kg |
| Methemoglobinemia | methylene blue | 1-2 mg/kg; not in G6PD deficiency |

Prussian blue for thallium, BAL (dimercaprol) for arsenic, DMSA for lead in kids ≥45 µg/dL. Print it, tape it to the Pyxis.""",
        [],
    ),
]


def build() -> list[tuple[dict[str, object], list[str]]]:
    """Every note as (record, tags), PHI notes first; ``members`` added where a note has any."""
    notes = PHI_NOTES + FREE_NOTES
    built = _FIRST.build_notes([t for t, _ in PHI_NOTES], [t for t, _ in FREE_NOTES], "pc5")
    for (record, _tags), (_marked, members) in zip(built, notes, strict=True):
        if not members:
            continue
        text = str(record["text"])
        spans = [(int(s["start"]), int(s["end"])) for s in record["phi"]]  # type: ignore[union-attr]
        for member in members:
            handle = member.get("handle")
            if handle is None:
                continue
            at = text.find(handle)
            if at < 0:
                raise ValueError(f"{record['id']}: handle {handle} not in the text")
            if any(a < at + len(handle) and at < b for a, b in spans):
                raise ValueError(f"{record['id']}: handle {handle} overlaps a PHI span")
        record["members"] = [dict(member) for member in members]
    return built


def render() -> str:
    return _FIRST.render_notes(build())


def main() -> int:
    return _FIRST.write_notes(OUT, build(), len(PHI_NOTES))


if __name__ == "__main__":
    sys.exit(main())
