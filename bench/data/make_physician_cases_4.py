# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_4.jsonl``, a fourth, blind set of invented physician posts.

Written without reading the detector's code or tests and without running it: the set was
annotated and frozen (its sha256 recorded in the commit message) before the detector was
scored on it, so the score says how the detector does on text nobody tuned it for.

Style mix: Sermo / Figure 1 / r/medicine-style case posts with a question to colleagues
and threaded replies to them (quoting, agreeing with and thanking members); group-chat
threads pasted into a post (WhatsApp, Teams, Epic Secure Chat: speaker labels,
timestamps, typos) and all-lower-case replies typed on a phone; tumour boards, Heart Team
and other multidisciplinary summaries. Emergency and hospital medicine, oncology,
surgery, radiology, pathology, cardiology, nephrology, infectious disease, dermatology,
paediatrics and psychiatry; about a third of the posts come from physicians in Nigeria,
India, the Philippines, Ireland, Poland, Vietnam and Korea.

Everything is invented. US phone numbers use the fictional 555-01xx range, IP addresses
the documentation ranges, email addresses invented domains.

Markup is the first script's (``[[TAG:text]]``). Each note is kept with the colleagues
who take part in the discussion on the network (replying, thanked, agreed with,
@-mentioned): they are not patient identifiers, so they are not tagged, and the record
gets a ``members`` list (``name`` as registered and, when @-mentioned, the ``handle``
used). A clinician who treated the patient is an ``HCP`` span even when listed as a
member elsewhere in the thread: the role in the sentence decides.

    python bench/data/make_physician_cases_4.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

OUT = Path(__file__).with_name("physician_cases_4.jsonl")


# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).parent))
_FIRST = importlib.import_module("make_physician_cases")
TAGS: dict[str, tuple[str, str]] = _FIRST.TAGS
parse = _FIRST.parse

Member = dict[str, str]
Note = tuple[str, list[Member]]


def note(marked: str, *members: str) -> Note:
    """A note and its members, each given as "First Last" or "First Last @first.last"."""
    out: list[Member] = []
    for m in members:
        name, _, handle = m.partition(" @")
        out.append({"name": name, "handle": "@" + handle} if handle else {"name": name})
    return marked, out


# ------------------------------------------------------------------ notes with PHI
PHI_NOTES: list[Note] = [
    # Sermo-style EM case post, meat-packing plant, intersection, word names
    note("""EM folks, sanity check please. 44M, [[PT:Frank Bishop]], line worker on the kill floor at [[FAC:Hollins Valley Pork]] (the packing plant out at [[STREET:Route 9 and Quarry Rd]]). Nicked his R index finger with a boning knife ~5 days ago, came in [[DATE:3/14]] with a violaceous, sharply marginated plaque spreading onto the dorsum of the hand, low-grade fever, no central clearing. Wife [[REL:Joy]] says he's been "stiff in the knuckles" since the weekend. Lactate 1.4, WBC 11.8, CRP 64. He lives out in [[TOWN:Calder Fork]] and drove himself 40 min to us at [[FAC:St. Anselm's]].

Erysipeloid is top of my list (pork handler, spares the terminal phalanx, looks nothing like the usual strep cellulitis). Plant nurse [[HCP:Dawn Carpenter]] told us two other guys from the same line had "the pig rash" in [[DATE:Feb]].
1. BCx + TTE in everyone, or only if systemic? Erysipelothrix endocarditis is rare but nasty.
2. PCN VK 500 qid x 7d, or cipro?
ID fellow points out vanc has no activity, so glad we didn't reflex to it. MRN [[MRN:40-118-2273]] for our own ID team reading this.
— [[HCP:Ray Okafor-Lindqvist]], DO"""),
    # threaded replies, members quoted and thanked, OP update with PHI
    note(
        """**Re: Pork plant hand rash — erysipeloid?**

**Miriam Haldane** (ID) replied:
> Would get BCx in anyone febrile. Erysipelothrix is intrinsically vanc-resistant, so the empiric MRSA reflex is exactly the wrong move.

+1 to Dr. Haldane. Also ask about the fish counter, we had a fishmonger with the same thing.

**OP update, day 3:** Thanks Miriam and @tomasz.zielinski. BCx from [[DATE:3/14]] no growth at 48 h, TTE clean, EF 60%. Switched to PCN VK. Occupational health ([[HCP:Dawn Carpenter]] again) is pulling the plant's injury log from [[DATE:January]] on, and the county health dept contact is [[HCP:Glen Auerbach]], [[PHONE:(319) 555-0148]]. Mr. [[PT:Bishop]]'s daughter [[REL:Holly]] asked if her dad can go back [[DATE:Monday the 24th]]. I said light duty, gloves, no knives for 2 wk.

**Tomasz Zieliński** replied:
> Nice catch. E. rhusiopathiae is a Gram-positive rod that gets binned as a diphtheroid contaminant. Tell the lab so they don't toss it.""",
        "Miriam Haldane",
        "Tomasz Zieliński @tomasz.zielinski",
    ),
    # Nigerian ward WhatsApp pasted, day-first timestamps, speaker labels
    note("""Colleagues, pasting our ward WhatsApp from this morning because I want views on the K replacement. Identifiers are in there, I know, it is a closed group.

[[[DATE:08/05/24]], 07:12] Dr [[HCP:Chinedu]]: Bed 14 Mrs [[PT:Adaeze Okonkwo-Bello]] 67F, DKA resolved, off insulin infusion, K 3.1 this am
[[[DATE:08/05/24]], 07:15] [[HCP:Funmi]] HO: who will call her son? the number on folder is [[PHONE:+234 803 555 7719]]
[[[DATE:08/05/24]], 07:16] Dr [[HCP:Chinedu]]: call [[REL:Emeka]], he is the one paying. he works at [[FAC:Ojo Aluminium Foundry]] so call after 6pm
[[[DATE:08/05/24]], 07:31] [[HCP:Funmi]] HO: ok sir. NHIA no is [[PLAN:NHIA/LAG/0448213/B]], pharmacy needs it for the KCl
[[[DATE:08/05/24]], 07:40] [[HCP:Tobi]]: ABG pH 7.36, HCO3 19, AG 11. started oral KCl 40 mmol bd

Question: with no IV KCl in stock (again), is oral enough at K 3.1 while she is eating? She is from [[TOWN:Obioha-Nkwo]] and insists on going home before the weekend. Also [[HCP:NNEKA]] pls ignore the glucose of 31 at 06:00, the meter was faulty.

Thanks, [[HCP:Ifeoma]]"""),
    # phone-typed lower-case reply, hospital medicine, member agreed with
    note(
        """sorry on my phone btw rounds. re the hyponatremia q from yesterday - our pt is mrs [[PT:hope vandermeer]], [[AGE:91]], na 118 on admit now 124. came from [[FAC:brookhaven snf]] on the [[DATE:3rd]], eating basically tea + toast + 2 ensures. urine osm 88, una <20, so low solute intake not siadh imo, fluid restriction would be wrong. liberalizing diet, adding protein, no ns. goal <8 in 24h. agree w dr haldane abt the ddavp clamp if she overcorrects. daughter [[REL:sandy]] is hcpoa, cell [[PHONE:417 555 0163]], she wants her back at [[FAC:brookhaven]] by fri. anyone else seeing more of this since the snf switched to the cheaper supplement?""",
        "Miriam Haldane",
    ),
    # GI tumour board, US
    note("""**GI Tumor Board — [[DATE:2024-06-12]]**
Presenter: Dr. [[HCP:Oyelaran]] (surg onc)

Pt: [[PT:Walter Cho-Nakamura]], 71M, MRN [[MRN:00739184]]. Referred by PCP Dr. [[HCP:Anita D'Souza]] at [[FAC:Lindell Family Practice]] after IDA + positive FIT.
- Colonoscopy [[DATE:4/29]]: fungating sigmoid mass at 30 cm. Path (acc [[ID:S24-11873]], Dr. [[HCP:Mbeki-Hart]]): moderately differentiated adenocarcinoma, MMR proficient (MLH1/PMS2/MSH2/MSH6 retained), KRAS G12D.
- CT CAP [[DATE:5/6]] (Dr. [[HCP:Feld]]): no liver or lung mets, 2 subcentimetre pericolic nodes.
- CEA 6.8.
- Lap sigmoid colectomy [[DATE:5/28]]: pT3 pN1b, 3/22 nodes, LVI present, margins clear. Clavien-Dindo I.

Discussion: adjuvant CAPOX x 3 mo per IDEA (low-risk stage III). Med onc (Dr. [[HCP:Sato]]) ok with that; oxaliplatin neuropathy counselled. Wife [[REL:Eun-ji]] asked about genetic testing: not indicated (MMRp, age 71, no family history).
Recommendation: CAPOX 3 mo, CEA q3mo, CT q6mo x 2 y. Re-present [[DATE:6/26]]."""),
    # radiology curbside, device serials, relative email, age 95
    note("""Radiology curbside, MRI safety. [[AGE:95]]F, [[PT:Ruby Fairweather]], needs brain MRI for ?posterior circulation stroke. Dual-chamber pacer placed at [[FAC:Kessler Heart Institute]] in [[YEAR:2016]]. Device card lists the generator as MR-conditional, serial [[DEVICE:PJN448201S]], but the RA lead ([[DEVICE:LRB-20931-77]]) is an older non-conditional model and there's an abandoned RV lead. Our MRI safety officer [[HCP:Lionel Abernathy]] says no. Neuro wants it anyway (NIHSS 3, HINTS equivocal).
CTA head/neck + CTP done [[DATE:9/19]]: no LVO, no large core.
Has anyone scanned abandoned leads at 1.5T under a legacy-device protocol with EP standing by? What SAR limit? Her son [[REL:Bartholomew]] (goes by [[REL:Bart]]) is a retired EE and keeps emailing me from [[EMAIL:bart.fairweather@ironkettle.net]] about RF heating at the lead tip, so I'd love a good answer."""),
    # Polish pathology, diacritics, PESEL, day-first dotted date
    note(
        """Frozen section question from Poland (sorry for my English). Patient Pan [[PT:Zbigniew Wróblewski]], 63 y, from [[TOWN:Zaborów Mały]]. Thyroid nodule Bethesda IV on FNA, hemithyroidectomy [[DATE:12.02.2024]] in our [[FAC:Szpital Powiatowy w Zaborowie]]. Frozen: follicular lesion, no capsular invasion in 2 blocks. Final report (nr [[ID:H/2024/01877]]): minimally invasive follicular carcinoma, 2 foci of capsular invasion, no angioinvasion, 2.7 cm. TSH 1.9.

Question: completion thyroidectomy + RAI, or lobectomy is enough? ATA [[YEAR:2015]] says lobectomy acceptable for <4 cm minimally invasive without vascular invasion. He works at [[FAC:Huta Szkła Krosnowice]] (glassworks) and is afraid of the iodine isolation. PESEL [[ID:61030412345]] is needed because endocrinologist dr [[HCP:Agnieszka Kłos]] asks to send the slides for second opinion to her at [[EMAIL:a.klos@zaborowmed.pl]]. Thank you Dr. Zieliński for connecting us.""",
        "Tomasz Zieliński",
    ),
    # Irish cardiology, county, Eircode, pub, GP phone
    note("""Cardiology Q from the west of Ireland. Mr [[PT:Seán Ó Briain]], [[AGE:92]], lives alone on a farm outside [[TOWN:Ballyclogher]], [[COUNTY:Co. Leitrim]]. Brought in by his niece [[REL:Siobhán Ní Dhuibhir]] after a syncope in [[FAC:Curley's Bar]] where he has his pint every Friday. ECG: 2:1 AV block, RBBB + LAFB. Holter from [[DATE:14-Mar]] showed intermittent CHB with a 4.2 s pause. He refuses a pacemaker "at my age". His GP Dr [[HCP:Fionnuala Keane]] (ph [[PHONE:071 555 2187]]) says he has capacity and she's known him 30 years.

Is a leadless pacer an easier ask? Anyone had luck framing it as "a wee battery, no wires"? We're at [[FAC:St. Colmcille's Regional]] and the EP list is 3 weeks out. Eircode for the ambulance is [[ZIP:F45 KX29]] if he's going home in the meantime, which I don't love."""),
    # Indian nephrology, CKDu, state scheme card, Aadhaar
    note("""Seeking advice. 58 yr male, Mr. [[PT:Venkatesh Subramaniam]], farmer from [[TOWN:Pudhupalayam]] village near [[TOWN:Erode]]. CKD of unknown aetiology: creatinine 3.4, eGFR 19 (CKD-EPI [[YEAR:2021]]), bland sediment, small echogenic kidneys, no DM, no HTN. In the sugarcane fields since age 14. Biopsy showed chronic tubulointerstitial nephritis. Mesoamerican nephropathy pattern?

He is covered under the state scheme, card no [[PLAN:CMCHIS-TN-0042219870]], so dialysis is free at [[FAC:Sri Ranga Nursing Home]], but the AV fistula list is 3 months. His son [[REL:Karthik]] ([[PHONE:+91 98450 55123]]) asks about transplant with his wife [[REL:Meenakshi]] as donor; HLA typing sent [[DATE:22/07/2024]]. Aadhaar [[ID:9821 4476 3305]] is needed for the authorisation committee.

1) Any role for a steroid trial in CKDu with active TIN? 2) Is heat stress avoidance realistic advice for a farmer?"""),
    # Philippines ID, leptospirosis, barangay, PhilHealth, nickname
    note("""Good day doctors! Case from our district hospital, need your inputs. 34/M, [[PT:Rodelio]] "[[PT:Jun-Jun]]" [[PT:Manalastas]], barker at the [[FAC:Northstar Liner terminal]] in [[PLACE:Cubao]]. Waded in floodwater in barangay [[PLACE:San Isidro Labrador]] after the typhoon, then fever x 5 days, calf pain, conjunctival suffusion, jaundice. Cr 3.8, bili 8.2, plt 42. Weil disease, started Pen G 1.5 MU q6h, 1 session HD so far.

Question is about prophylaxis for his 4 co-workers who waded with him: doxy 200 mg single dose, or weekly? They are asking us daily.

Admin: PhilHealth no. [[PLAN:12-050418877-3]]. Wife [[REL:Ma. Theresa]] ([[PHONE:+63 917 555 0148]]). He was referred from [[FAC:RHU San Mateo]] to us at [[FAC:Bagong Silang District Hospital]]. Salamat po!"""),
    # Vietnamese derm, SJS, titles Bà/ông outside spans, members
    note(
        """Derm case from Vietnam. Bà [[PT:Nguyễn Thị Thu Hằng]], 46F, started carbamazepine for trigeminal neuralgia on [[DATE:03/02/2024]] at a private clinic in [[TOWN:Phú Lộc]]. Day 14: fever, atypical targets, oral and genital erosions, Nikolsky positive, ~8% BSA detachment: SJS, SCORTEN 2. HLA-B*15:02 positive (sent after the fact, of course). Now with us at [[FAC:Bệnh viện Đa khoa Hòa Khánh]].

Cyclosporine 3 mg/kg/d vs IVIG? We have no etanercept. Her husband ông [[REL:Lê Văn Tâm]] ([[PHONE:+84 912 555 204]]) asks if their daughter [[REL:Lê Thị Minh Anh]] should be typed before she ever gets an antiepileptic. I said yes.

Thank you @hana.kwon and Dr. Bùi for the earlier thread on HLA screening before carbamazepine in Southeast Asian patients.""",
        "Hana Kwon @hana.kwon",
        "Bùi Quang Huy",
    ),
    # Korean psychiatry, RRN, Instagram handle, holiday with year
    note("""Psych question from Korea (I work in [[TOWN:Geoje]]). Mr. [[PT:Kim Min-jun]], 29, welder at [[FAC:Daeyang Heavy Industries]] shipyard, admitted after an overdose of zolpidem with soju. Second attempt, first during [[DATE:Chuseok 2023]]. His mother Ms. [[REL:Choi Young-hee]] found him. C-SSRS: high risk. Major depression, shift work, lives in the company dormitory. He posts every night on Instagram as [[HANDLE:@minjun_weldlife]] and his supervisor saw the last post and called us.

Would you start lithium for the anti-suicidal effect in unipolar depression, given 12-h rotating shifts and soju? Or ketamine/esketamine first? Our unit has esketamine only since [[YEAR:2023]].

(Admin note to our own team: resident reg. no. [[ID:950312-1548221]], mobile [[PHONE:+82 10-5555-2817]].)"""),
    # paediatrics, school, nickname, Medicaid, DOB ISO, street address
    note("""Peds hospitalist here. 6 y/o [[PT:Bryson Tate Holloway]] (goes by "[[PT:Bear]]"), 1st grade at [[FAC:Pine Hollow Elementary]]. Ex-34 weeker, Apgars 6/8, NICU 3 wks at [[FAC:Children's of Wexford Valley]]. Now his 3rd periorbital cellulitis since [[DATE:Oct]]. CT orbits: preseptal only, ethmoid sinusitis. IgG/IgA/IgM normal, vaccine titres pending.

Mom [[REL:Faith Holloway]] is an RN at [[FAC:Ridgeline Urgent Care]] and very on top of it. Medicaid ID [[PLAN:MCD-774029118]], DOB [[DATE:2018-02-09]], home [[STREET:88 Sycamore Bend Rd]], [[TOWN:Ashby Hollow]] [[ZIP:40972]] (pasting because I'm also asking the home-IV folks).

Would you send him to ENT for FESS after 3 episodes, or immunology first? Pediatric sinus surgery before age 7 feels aggressive."""),
    # forensic psychiatry, prison, inmate number, nickname
    note("""Forensic psych colleagues, need a reality check. 41M, [[PT:Dwayne]] "[[PT:Deacon]]" [[PT:Mercer]], inmate at [[FAC:Tolliver Creek Correctional Facility]], DOC # [[ID:A-448-2291]], sent to our ED at [[FAC:Harlan Mercy]] on [[DATE:11/2]] after swallowing 3 AA batteries and half a spork. Third ingestion this year, each time right before a transfer hearing. Facility psychiatrist Dr. [[HCP:Lorraine Pettibone]] says he's on clozapine 300 mg, ANC fine, and has been "organized but guarded". To us he says the voices want him out of C-block.

GI got the batteries out endoscopically; no esophageal burn. Is this secondary gain, genuine command hallucinations, or both? And what do you tell custody about sitter level when you honestly can't tell? We've been burned both ways. Sister [[REL:Loretta Mercer-Gaines]] calls every shift asking if he's "faking again", which doesn't help."""),
    # TB contact investigation, church, bus depot, county, ZIP+4, Hispanic double surname
    note("""TB contact investigation, need advice on scope. Index case [[PT:Enrique Salvador Ibarra Quintero]], 52, smear 3+, cavitary RUL, Xpert MTB detected, RIF resistance not detected. Works nights as a janitor at the [[FAC:Harlow Street bus depot]] and attends [[FAC:Iglesia Pentecostal Monte de Sión]] at [[STREET:Delancey and 5th]] three evenings a week. Lives with 7 others at [[STREET:2210 Orchard Row Apt 3B]], [[TOWN:Millbrook Falls]], [[ZIP:62718-3318]], [[COUNTY:Tallis County]].

County TB nurse [[HCP:Graciela Ortega]] is running contacts; 4 kids in the household, youngest 19 months, on window prophylaxis with INH. His daughter [[REL:Esperanza]] is a senior at [[FAC:Millbrook Falls High School]].
Would you count the church as a congregate setting for the concentric-circle approach? The CDC contact investigation guideline (https://www.cdc.gov/tb/php/contact-investigation/index.html) is not specific about 3x/week, 2-hour services in a small room."""),
    # surgery Teams chat pasted, ordinary-word names, lower-case patient name
    note("""Pasted from our surgery team chat last night, for M&M prep.

[21:04] [[HCP:Kelsey Price]] (PGY4): bed 9 mr [[PT:young]] POD2 lap appy, HR 128, T 38.6, belly rigid
[21:06] [[HCP:Marcus Street]]: ?stump leak. CT w IV contrast
[21:30] [[HCP:Kelsey Price]]: free air + fluid around cecal base. lactate 3.9
[21:31] [[HCP:Marcus Street]]: book him. i'll call Dr [[HCP:Bishop]]
[21:33] [[HCP:Kelsey Price]]: wife [[REL:Hope]] at bedside, consented. she teaches at [[FAC:St. Brendan's Academy]] and has to leave by 6
[23:58] [[HCP:Marcus Street]]: stump blowout. ileocecectomy, primary anastomosis. Clavien-Dindo IIIb

Patient is Mr. [[PT:Grant Young]], 38, gangrenous appendix at the base on the index op. Question for M&M: endoloop x2 on a necrotic base vs stapling across healthy cecum — what's your threshold? Our attending says "if the base is soft, the staple line goes on the cecum, period"."""),
    # device clinic, serial, IP of home transmitter, relative, address
    note("""Device clinic question. 77M, [[PT:Harold Penrose]], ICD for ischemic CM (EF 25%), serial [[DEVICE:RVX-204917-H]]. His remote monitor hasn't transmitted since [[DATE:8/30]]; the vendor log shows the bedside transmitter last checked in from [[IP:203.0.113.47]] and then nothing. Turns out he moved from [[TOWN:Quillan Ferry]] to live with his daughter [[REL:Priscilla Vance]] at [[STREET:4471 Kestrel Ridge Ct]], [[TOWN:Lower Tannersville]] and the transmitter is still in a moving box.

In-person interrogation [[DATE:9/12]] at [[FAC:Oakmere Heart & Vascular]]: 3 VT episodes, ATP x2 successful, 1 appropriate shock he never told anyone about.
Does your clinic call the family directly when a remote goes dark, or is that the vendor rep's job? I don't want to be the guy calling the daughter at [[PHONE:(603) 555-0119]] every week, but 21 days dark with an unreported shock is not ok."""),
    # Figure 1-style derm post, TikTok handle, member thanked
    note(
        """Figure 1-style post (consent on file for the photos). 33F, [[PT:Mercy Adeyemi-Cole]], CNA at [[FAC:Brightwater Senior Living]], 3 months of annular plaques on the trunk with a trailing scale inside the advancing edge. KOH negative x2. Punch: superficial perivascular lymphocytic infiltrate, "coat-sleeve" pattern: erythema annulare centrifugum.

She posted photos on TikTok as [[HANDLE:@mercy.glows.skin]] asking strangers what it is; the comments said ringworm, so she used clotrimazole for 6 weeks before coming in. Found tinea pedis, treated. Would you search further for an underlying malignancy in a 33-year-old with no B symptoms? I'm inclined to stop at CBC, LFTs and age-appropriate screening.

Thx @kwame.asante for the dermoscopy tips last week. She's back [[DATE:Aug 19]].""",
        "Kwame Asante @kwame.asante",
    ),
    # EM trauma, plate, licence a few words after label, VIN
    note("""Strange night in the ED. 2 a.m. rollover on [[STREET:County Road 14]] near the [[FAC:Dollar Depot]] in [[TOWN:Fenwick Station]]. Driver, male, 30s, GCS 7, intubated in the field, no ID on him. Trooper ran the plate, [[PLATE:8DKR417]], and it came back to a [[PT:Travis Quade]] of [[TOWN:Sutter Gap]]. Then the wallet turned up in the ditch: Nebraska driver's license, and the number, smudged but readable, [[LIC:H41882107]], matched. VIN on the tow report [[VIN:1FTFW1E54KFA33719]].

FAST positive LUQ, grade IV splenic lac on CT, went for splenectomy. Question: emergent consent when identity is still "probable", do you document two-physician emergency consent under the probable name or under the trauma alias our system had already registered him with? Sister [[REL:Darla Quade]] arrived 05:10 and confirmed with a tattoo."""),
    # oncology, fundraiser short link, payment handle, relative
    note("""Oncology ethics question. My patient, [[PT:Deborah Mahaffey-Ruiz]], 38, triple-negative breast cancer, BRCA1 carrier, stage IIIA, on the KEYNOTE-522 regimen. Her sister [[REL:Colleen Mahaffey]] set up a fundraiser ([[URL:gofund.me/7f3a9c12]]) that says "[[PT:Debbie]] starts chemo at [[FAC:Alder Creek Cancer Center]] on [[DATE:June 3rd]]!" with photos from the infusion bay, our nurses in the background, and a Venmo [[HANDLE:@Colleen-Mahaffey-7]] for gas money.

Patient is fine with it. Our compliance office is not (staff faces). Do you engage, ask the family to crop, or leave it? I'd rather not make the patient feel policed while she's getting pembro + carbo/paclitaxel. FWIW, the pCR rate in that trial is the thing keeping her going, she's read the NEJM paper twice."""),
    # Epic Secure Chat pasted, speaker labels with lower-case names
    note("""Epic Secure Chat from cross-cover last night, posting for the teaching point. Patient is a [[AGE:90]]-year-old from [[FAC:Pinecrest Manor]] on glipizide at home.

[22:10] [[HCP:dave k]]: hey 14B pt [[PT:Gladys Ferreira]] BG 41, gave D50, now 212. no insulin since am
[22:14] [[HCP:Maria]]: sulfonylurea + CKD4, she'll drop again. octreotide 50 mcg sc q6h + D10
[22:15] [[HCP:dave k]]: octreotide?? never used it for this
[22:17] [[HCP:Maria]]: blocks insulin release. BG q1h. call the daughter [[REL:Rosalind]] [[PHONE:508-555-0137]], she fills the pillbox
[22:40] [[HCP:dave k]]: 58 again lol. octreotide in
[06:55] [[HCP:Tiff R]]: am update BG 110-160 overnight

Teaching point: dextrose alone in SU overdose causes rebound insulin release. Glipizide half-life is longer in CKD 4. Octreotide 50 mcg q6-12h; watch for 24 h after the last dose."""),
    # nephrology, dialysis unit, UNOS-style id, Medicaid, APOL1
    note("""Transplant referral stuck, nephrology input welcome. 49F, [[PT:Latoya Bright-Ransome]], ESRD from FSGS (APOL1 high-risk, G1/G2), in-center HD MWF at [[FAC:Riverbend Dialysis Unit 2]] since [[DATE:Nov 2021]]. Waitlisted at [[FAC:Carrollton Transplant Institute]], waitlist ID [[ID:XKB4471]], Medicaid [[PLAN:ZH884120917]], SSN [[SSN:412-55-0937]] (the center's referral fax insists on it). Her cousin [[REL:Shante Bright]], 31, wants to donate.

1. Would you accept an APOL1 G1/G2 living donor? The APOLLO study should help but isn't out yet.
2. Her HD nurse manager [[HCP:Colette Durand]] says she missed 3 sessions in [[DATE:July]] because the bus from [[TOWN:Oakvale]] stopped running: Kt/V 1.1. Transportation is the real barrier. Anyone had success with the state's non-emergency medical transport for a 3x/week schedule?"""),
    # radiology, age in words at sentence start, accession, fax and pager
    note("""Rads case for discussion. [[AGE:Ninety-seven]]-year-old woman, [[PT:Adelaide Marchetti]] (the requisition said 79; she is [[AGE:97]], which matters for how hard anyone will push). CT A/P [[DATE:2024-01-18]], accession [[ID:CT24-0118-4471]], ordered by Dr. [[HCP:Prakash Venugopal]] (fax [[FAX:(208) 555-0177]]).
Findings: pneumatosis intestinalis of the ascending colon with portal venous gas, no free air. Lactate 1.1, belly soft per ED.

She's DNR/DNI, from [[FAC:Elmhurst Gardens Assisted Living]]. Critical result call is mandatory here, but the ordering doc didn't answer pager [[PAGER:208-555-0191]] for 40 min and I ended up calling the ED attending. How do you word the impression when pneumatosis is probably benign but PVG isn't? I wrote "correlate clinically for mesenteric ischemia; benign pneumatosis is a diagnosis of exclusion"."""),
    # pathology outside consult, hyphenated hospital, two accession numbers, initials sign-off
    note("""Outside consult, interesting one. Slides from [[FAC:Hartwell-Kane Memorial]], their case [[ID:HK-S23-004417]], our consult [[ID:C24-0392]]. 61M, [[PT:Leopold Ashcombe]], punch from the L shin. Referring derm Dr. [[HCP:Yvette Santangelo]] wrote "Kaposi sarcoma vs acroangiodermatitis (Mali type)".

Lobular proliferation of small thick-walled vessels in the upper dermis, hemosiderin, extravasated RBCs, fibrosis, no promontory sign, no slit-like spaces in the deep dermis. HHV-8 LANA negative, CD34 highlights vessels only, no spindle-cell fascicles. Our read: acroangiodermatitis over chronic venous stasis. He has a non-healing ulcer and a history of a Cimino fistula on that side? No wait, that's Stewart-Bluefarb territory, and the fistula is in the arm, not the leg.

Dermpath colleagues: do you send HHV-8 PCR when LANA is negative and the H&E is this reassuring? Thx
- [[HCP:MK]]"""),
    # Irish ED, age 94, town mentioned twice, PPSN, medical card, Eircode
    note("""Irish ED, 2 a.m., looking for views. [[AGE:94]] yo lady, Mrs [[PT:Bríd Ní Mhurchú]], from [[TOWN:Kilbrannagh]]. Fall at home, long lie ~18 h, CK 12,400, creat 188 (baseline 90). Her nephew [[REL:Pádraig]] farms next door and found her. She wants to go home to [[TOWN:Kilbrannagh]] tonight and refuses admission: "I'll die in my own bed, not on your trolley."

GP Dr [[HCP:Ciarán Mac Giolla Bhríde]] thinks she has capacity; I think she does too, she can weigh it up and tell it back. Home help comes from [[FAC:Kilbrannagh Community Care]] twice a day.
Would you let her go with oral fluids and a bloods check in the morning via the GP? Nephew's mobile [[PHONE:086 555 2741]]. Admin bits for the ambulance: PPSN [[ID:7734512TA]], medical card no. [[PLAN:MC-0448812]], Eircode [[ZIP:H91 R2K4]]."""),
    # Indian tumour board, age 90, cities, honorifics outside spans, state scheme
    note("""Multidisciplinary tumour board, [[FAC:Kaveri Cancer Institute]], [[DATE:16-08-2024]].

Case 1: Smt. [[PT:Lakshmi Narayanan]], [[AGE:90]] y/F, from [[TOWN:Thiruvaiyaru]]. Ca oesophagus lower third, SCC, cT3N1M0. ECOG 2, albumin 2.9. Ivor Lewis not advisable. Options: definitive CRT (50.4 Gy + weekly carboplatin/paclitaxel) vs RT alone vs stent. Son Shri [[REL:R. Gopalakrishnan]] ([[PHONE:+91 94431 55012]]) prefers stent only. Decision: palliative RT 30 Gy/10 + SEMS if dysphagia grade 3.

Case 2: Mr. [[PT:Irfan Qureshi]], 44 M, [[TOWN:Kumbakonam]], carcinoma left buccal mucosa pT4a pN2b, gutka user. Adjuvant CRT with weekly cisplatin. Ayushman card [[PLAN:PMJAY-TN-7710-0298-4]].

Present: Dr. [[HCP:Sangeetha Iyer]] (surg onc), Dr. [[HCP:Vivek Rao]] (rad onc), Dr. [[HCP:Farah Siddiqui]] (path), Dr. [[HCP:Joseph Mathew]] (med onc)."""),
    # Polish cardiology Teams chat, speaker labels with time after name
    note("""Translated from our Teams chat, cardiology at [[FAC:Szpital Wojewódzki w Lesznowoli]]. Question at the end.

[[HCP:Kasia Nowicka]] 14:02: p. [[PT:Henryk Jabłoński]] sala 5, 81 l., AF 150/min, on dabigatran 150 bd, hip fracture, ortho wants to operate
[[HCP:Łukasz W.]] 14:05: last dose?
[[HCP:Kasia Nowicka]] 14:06: wife [[REL:Halina]] says yesterday 20:00. CrCl 38 (Cockcroft-Gault), aPTT 52
[[HCP:Łukasz W.]] 14:09: so ~18 h, with CrCl 38 still on board. idarucizumab 5 g and they go tomorrow morning
[[HCP:Ola]] 14:20: ortho (dr [[HCP:Wiśniewski]]) wants today, theatre free at 17:00
[[HCP:Łukasz W.]] 14:22: then reversal now, Praxbind is in the pharmacy fridge

To colleagues: do you reverse dabigatran for a hip fracture that is urgent but not emergent, or wait 48 h with CrCl 38? Our pharmacy says one vial set costs like 2 weeks of my salary."""),
    # Vietnamese paediatrics, dengue shock, district, father, members thanked
    note(
        """Paediatric dengue shock, Mekong Delta. Bé [[PT:Trần Gia Hân]], 7 y girl, from a hamlet in [[PLACE:Cái Bè]]. Day 5 of fever, cold extremities, CRT 4 s, pulse pressure 15, Hct 52% (baseline 38%), plt 18,000. Her father anh [[REL:Trần Văn Lộc]] carried her 2 hours by boat to us at [[FAC:Bệnh viện Nhi Đồng Tây Nam]].

Ringer lactate 20 ml/kg over 1 h, then 10, then 7.5; Hct down to 41, BP recovered. Day 7 now: reabsorption phase, bilateral effusions, SpO2 92% on air, mild ascites. Furosemide 0.5 mg/kg or just wait? WHO [[YEAR:2009]] and the [[YEAR:2011]] SEARO guides say little about diuretics in the recovery phase.

Thank you Dr. Vũ and @rhea.santos for the fluid charts you shared last month, we printed them for the ward.""",
        "Vũ Thị Lan",
        "Rhea Santos @rhea.santos",
    ),
    # Korean surgery, dotted ISO date, restaurant business, husband, daughter's wedding
    note("""Gastric cancer question from [[TOWN:Busan]]. Ms. [[PT:Park Seo-yeon]], 52F, early gastric cancer, antrum, ESD done [[DATE:2024.03.11]] by Dr. [[HCP:Lee Jae-hoon]] at [[FAC:Dongrae Sarang Hospital]]. Path: 2.4 cm, moderately differentiated, SM2 (800 µm), LVI positive. eCura C-2, so additional surgery recommended (laparoscopic distal gastrectomy, D1+).

She runs a small gukbap restaurant, [[FAC:Halmeoni Sonmat Gukbap]], in [[TOWN:Gimhae]] and her husband Mr. [[REL:Jung Dae-sung]] cannot run it alone. She wants to wait until after her daughter's wedding on [[DATE:May 25]]. That is 11 weeks after ESD.

Would you accept a 10-12 week delay for eCura C-2? Nodal metastasis risk by eCura score is 2.5-9% in her category. Korean and Japanese colleagues, what do you tell patients like this?"""),
    # Nigerian psychiatry, motor park, prayer camp, neighbourhood, local phone format, diacritics
    note("""Psychiatry, [[TOWN:Lagos]]. 27M, [[PT:Olúwaseun Adébáyọ̀]], conductor at [[FAC:Oshodi Motor Park]], brought by his elder sister [[REL:Bísí]] after 2 weeks of no sleep, grandiosity, giving away money for "oil contracts". Daily cannabis (igbo), occasional tramadol. Lives in [[PLACE:Ajegunle]]. Family first took him to [[FAC:Redeeming Light Prayer Camp]] in [[TOWN:Ibafo]], where he was chained for 4 days: wrist abrasions, no fractures.

YMRS 34. UDS positive THC. Mania vs cannabis-induced psychosis with manic features? I'm leaning bipolar I (prior depressive episode at 22, uncle with "madness"). Lithium monitoring is hard for them: levels cost more than the drug. Valproate is out if his girlfriend is pregnant (she might be). Would you use olanzapine monotherapy and revisit?

Sister's number [[PHONE:0803 555 6621]] for our CPN.
— [[HCP:Ọláolúwa]]"""),
    # derm thread, member also treating clinician (tagged where treating), @-mention untagged
    note(
        """**Re: Pink papules in a kidney transplant patient — your call?**

Update from OP, thank you all. Dr. [[HCP:Raman]] biopsied the largest lesion in clinic on the [[DATE:9th]]: poorly differentiated SCC with perineural invasion (nerve 0.4 mm). Pt is [[PT:Lorne Baptiste]], 64, kidney transplant [[YEAR:2015]] at [[FAC:Greenvale University Hospital]], on tac/MMF/pred. His transplant nephrologist Dr. [[HCP:Abimbola Ferreira]] agreed to switch MMF to sirolimus.

@priya.raman thanks for the path photos and for the reminder about acitretin chemoprevention. Agree with Kwame that Mohs + adjuvant RT is the move given PNI.

His wife [[REL:Marguerite]] asked whether his years as a lifeguard at [[FAC:Sandpiper Beach Club]] are to blame. Honest answer: partly, and the azathioprine he was on until [[YEAR:2019]] didn't help.""",
        "Priya Raman @priya.raman",
        "Kwame Asante",
    ),
    # r/medicine-style post, intersection, direct address of wife, holiday with year
    note("""Throwaway because this will be recognizable. Night shift, 71M collapsed at the bus stop at [[STREET:Elm and 18th]]. Bystander CPR, VF, ROSC after 2 shocks in our ED. Post-ROSC ECG: anterior STE with reciprocal depression in III and aVF. Wife arrives while we're activating the cath lab and grabs my arm. I said, "Mrs. [[REL:Pruitt]], his heart stopped, we got it going again, and now they'll open the artery."

Patient: [[PT:Delbert Pruitt]], 40 years a machinist at [[FAC:Kessler Tool & Die]], same house in [[TOWN:Granger Flats]] since he got married. 100% proximal LAD, DES x1. Extubated day 3; first words were about the Bengals.

Update for those who asked: he went home [[DATE:Thanksgiving Day 2023]] and sent us pie. Question: do you let family stay in the room during codes? Our ED does, and I think it helped her."""),
    # hospital medicine, age in words, nickname, pharmacy business, Main St, holiday
    note("""Hospitalist Q, anticoagulation in the very old. [[AGE:ninety-six]] year old man, [[PT:Cornelius]] "[[PT:Neil]]" [[PT:Vantongeren]], new AF, CHA2DS2-VASc 5, HAS-BLED 3, fell twice since [[DATE:Easter]]. Lives with his grandson [[REL:Tobias]] above the family pharmacy, [[FAC:Vantongeren Drugs]], on [[STREET:Main St]] in [[TOWN:Holt's Landing]] and still does the crossword in pen.

Apixaban 2.5 bid would fit (age ≥80, wt 58 kg, Cr 1.3). Falls alone aren't a contraindication (you'd have to fall ~295 times a year per the old Markov analysis). But he's had one SDH-negative head CT already. LAAO? He'd need 45 days of OAC anyway.
Grandson wants a second opinion from Dr. [[HCP:Helena Marsh]] at [[FAC:St. Vitus Cardiology]]. Fine by me. What would you do?"""),
    # ID, HIV on ART, name 'Art', Castleman, email, pub
    note("""ID curbside. [[PT:Art Kowalski]], 52M, on ART since [[YEAR:2011]] (BIC/FTC/TAF now), VL undetectable, CD4 612. New fevers, night sweats, 8 kg weight loss, diffuse adenopathy, splenomegaly, CRP 140, albumin 2.6. Excisional node from the L axilla at [[FAC:Northfield General]] on [[DATE:10/3]]: HHV-8 positive multicentric Castleman disease, plasmablastic variant, no lymphoma. KSHV VL 4.3 log. No KS lesions.

Rituximab alone vs rituximab + liposomal doxorubicin? Anyone use valganciclovir/zidovudine adjunctively? His husband [[REL:Lenny Okoro]] is worried about him missing work at the [[FAC:Copper Kettle]] (he tends bar there 4 nights).
He wants to join the trial at our center; his email for the coordinator is [[EMAIL:artkow52@mailbarn.com]]."""),
    # Heart Team MDT, age 93, ages under 90, weekday+date, surnames list
    note("""**Heart Team — structural cases, [[DATE:Tues 5 Nov]]**

1. [[PT:Violet Ashdown]], [[AGE:93]]F, severe AS (AVA 0.6 cm², MG 48), STS PROM 8.9%, CFS 5, 5MWT 9 s. Lives with daughter [[REL:June Ashdown]] in [[TOWN:Pelham Wick]]. Consensus: TF-TAVR, balloon-expandable 23 mm. Daughter asked about sedation vs GA: MAC.
2. [[PT:Florencio Dimaculangan]], 84M, severe primary MR (P2 flail), EF 55%, STS 7.2%. TEER with 1 clip, ok.
3. 68F, bicuspid AV with aortopathy 4.9 cm: SAVR + ascending replacement, not a TAVR case.

Present: Drs. [[HCP:Nakashima]], [[HCP:Ogunleye]], [[HCP:Brennan-Roche]] (CT surgery), [[HCP:Tran]] (imaging), [[HCP:Holt]] (anesthesia).
Next meeting: [[DATE:19 Nov]]."""),
    # surgery, foundry worker, workers' comp claim, nickname
    note("""Workers' comp question. 56M, [[PT:Stanisław]] "[[PT:Stan]]" [[PT:Grabowski]], molder at [[FAC:Gresham Iron & Brass Foundry]], lifting injury [[DATE:June 6, 2024]], R indirect inguinal hernia, lap TEP with 15x15 cm mesh [[DATE:7/15]]. Claim # [[ACCT:WC-2024-118837]], and the insurer wants his social on every form ([[SSN:387 40 2216]]).

He wants full duty back: lifting and tipping 80 lb ladles. Employer nurse [[HCP:Bev Lindqvist]] is pushing for 2 weeks. Our group's practice is unrestricted activity as tolerated after TEP, and the evidence doesn't support prolonged lifting restrictions (recurrence is about technique and mesh, not early activity). But I don't want to be the one who signs him back to 80 lb at 2 weeks if he recurs. What do you write on the RTW form: "as tolerated" or a number?"""),
    # outpatient psychiatry, email, social handle, personal URL, IP, intersection
    note("""Outpatient psych, boundaries question. 35F, [[PT:Dawn Whitlock]], BPD, in DBT with us for a year, doing well until her therapist went on leave. Since the [[DATE:2nd]] she has sent 60+ messages to the clinic inbox from [[EMAIL:dawn.e.whitlock@quailmail.net]], posts about me on TikTok as [[HANDLE:@dawnbreaks_again]], and put my full name on her poetry site, [[URL:https://dawnwhitlockpoetry.blog/letters]]. IT traced the two threatening messages to [[IP:198.51.100.84]], the public library at [[STREET:Fremont and Vine]]. Her mom [[REL:Rhonda]] called to apologize.

No threats of self-harm, one vague threat to "show up". Security has her photo. I want to keep treating her: DBT is literally built for this, and a discharge would be the abandonment she's terrified of. Would you transfer care anyway? Set a written contract? Our risk manager says discharge; my gut says structure, not exit."""),
    # oncology trial, public trial id (not PHI), subject id, Hispanic compound surname
    note("""Trial toxicity question. 67F, [[PT:Marisol Quintanilla de la Rosa]], EGFR exon 19 del NSCLC, progressed on osimertinib, enrolled on NCT05123987 (amivantamab + lazertinib + chemo) as subject [[ID:0417-0031]] at [[FAC:Bayview Oncology Associates]], consent signed [[DATE:2/20/2024]]. Cycle 3: grade 3 paronychia on 6 fingers, acneiform rash grade 2, and a DVT despite prophylactic apixaban.

Study coordinator [[HCP:Tamsin Oakes]] says the protocol allows dose reduction to level -1 and that the VTE prophylaxis arm was added after the first MARIPOSA data. Her husband [[REL:Jorge]] does her dressings and is worn out.
Do you hold until paronychia is grade 1, or reduce and continue? And anyone using topical timolol or povidone-iodine soaks for EGFR paronychia?"""),
    # NICU, baby girl surname, DOB day-first with month, pager, MRN, Apgars
    note("""NICU question, would value opinions. Baby Girl [[PT:Price]], MRN [[MRN:NB-24-00871]], born [[DATE:14-Mar-2024]] 02:17 at [[FAC:Tillman Women's Pavilion]], 36+2 wks, BW 2.41 kg, Apgars 4/7/8. Mom [[REL:Holly Price]], 19, GBS unknown, ROM 22 h, intrapartum temp 38.3, got one dose of ampicillin 2 h before delivery. Dad [[REL:Jaxon Reid]].

Baby well-appearing at birth; EOS calculator gave 3.1/1000 → blood culture + empiric abx. BCx flagged at 14 h: GBS. CSF: WBC 8, protein 110, glucose 45, culture pending. LP was traumatic-ish (RBC 900).
Treat as bacteremia (10 days) or meningitis (14 days) with those CSF numbers? Our ID says 14 to be safe. I'm on tonight, pgr [[PAGER:608-555-0192]] if anyone local wants to weigh in."""),
    # Irish ED, pub employer including town, plate, mobile with country code
    note("""Late Saturday in an Irish ED. 23M, [[PT:Cathal Mulrooney]], barman at [[FAC:Molloy's]] in [[TOWN:Carrigmore]], glassed on the forehead at closing. 6 cm laceration through frontalis, no bony step, small glass fragment on X-ray. Gardaí took the plate of the car that dropped him off and drove away ([[PLATE:231-KY-4471]]), not our problem but they asked for our notes.

Repaired in layers under LA after exploring; removed a 4 mm shard. Tetanus: he had a booster at school, so >10 years ago → Td given. Question for the plastics people: do you routinely recommend silicone gel for forehead lacs in young men, or only if hypertrophic at 6 weeks? Also his mum [[REL:Nuala]] rang ([[PHONE:+353 87 555 1904]]) wanting to know if he'll "have a scar for the wedding", which is in [[DATE:June]]."""),
    # Indian nephrology thread, members replying, snakebite AKI
    note(
        """**Thread: Snakebite AKI, dialysis timing**

Original post: 38M, Mr. [[PT:Bhanwar Lal Meghwal]], farmer from [[TOWN:Bhinmal]], Russell's viper bite on the foot while cutting fodder on [[DATE:19 Sept]]. 20WBCT >20 min, got 10 vials ASV at [[FAC:CHC Sayla]] then referred to us. Day 3: anuric, Cr 6.8, K 6.4, LDH 1400, schistocytes: TMA picture. His brother [[REL:Mangilal]] is with him.

**Anjali Menon** replied:
> Start HD now, don't wait for the creatinine to "declare itself". Russell's viper AKI with TMA often needs 2-3 weeks of dialysis. Plasma exchange has no proven benefit.

**Rohan Kulkarni** replied:
> Agree with Anjali. Also repeat 20WBCT 6-hourly; if still incoagulable, 10 more vials. And check for hypopituitarism later, it's classically described after Russell's viper in South Asia.

OP: Thank you both. HD started, 2 sessions done.""",
        "Anjali Menon",
        "Rohan Kulkarni",
    ),
    # Philippine pathology, Ma. compound name, nickname, school employer, cousin
    note("""Path consult from [[TOWN:Cebu]], second opinion please. [[PT:Ma. Lourdes]] "[[PT:Malou]]" [[PT:Santos-Bautista]], 41F, public school teacher at [[FAC:Talisay Central Elementary School]]. Breast core biopsy, accession [[ID:SP-24-08812]], done at [[FAC:Mabolo Doctors Hospital]].

IDC, grade 2, ER 8/8 (Allred), PR 6/8, HER2 IHC 2+. ISH not available here; we send out and it takes 3 weeks and ₱9,000, which the family is raising. Ki-67 about 25%. Can a 2+ with heterogeneous staining (30% of cells complete moderate) be interpreted as HER2-low for T-DXd eligibility without ISH, if she cannot pay for it? Her cousin [[REL:Joyce Villaflor]] hand-carried the blocks, she is a nurse in the US and asked us to post here. Salamat!"""),
    # hospital medicine, holiday with year, day of month, DOB, relatives, town
    note("""Goals of care, need perspective. 88F, [[PT:Winifred]] "[[PT:Winnie]]" [[PT:Okonjo-Harris]], advanced Alzheimer's (FAST 7c), bedbound, declining since [[DATE:Xmas 2023]]. Readmitted on the [[DATE:22nd]] with aspiration pneumonia, 4th time this year. DOB [[DATE:1935-11-30]], she'll be 89 soon, and her son says she "made it this far for a reason".

Son [[REL:Desmond]] (POA) lives in [[TOWN:Port Ellery]] and is requesting a PEG. His wife [[REL:Gemma]] quietly told the nurse she disagrees. AGS and the Choosing Wisely statements are clear that PEG doesn't prevent aspiration or prolong life in advanced dementia. I've done two family meetings.
How do you approach a third meeting without it feeling like I'm wearing him down? Ethics consult, palliative, or just time?"""),
    # Nigerian breast MDT, weekday+date, age 91, acronym facility after 'at', church
    note("""Breast MDT at our teaching hospital in [[TOWN:Enugu]], [[DATE:Thursday 7th March 2024]]. Sharing for input on case 2.

Case 1: Mrs [[PT:Chiamaka Nwosu-Eze]], 39, referred from [[FAC:FMC-Nkwelle]], T3N1 IDC, ER/PR negative, HER2 3+. Neoadjuvant AC-TH planned. Trastuzumab not covered by NHIA; family contributing through their church, [[FAC:St. Mulumba's Catholic Church]].

Case 2: Mrs [[PT:Halimat Bello]], [[AGE:91]], from [[TOWN:Nsukka]], 6 cm fungating L breast mass, ER 8/8, axillary nodes matted, no distant mets on CXR/US. Daughter [[REL:Hauwa]] is her carer. Plan: letrozole + toilet mastectomy? Or endocrine therapy alone and review at 3 months?

Present: Dr. [[HCP:Obiora]] (surgery), Dr. [[HCP:Nnamdi Okafor]] (rad onc), Dr. [[HCP:Adaku]] (path), Sr. [[HCP:Chinyere]] (breast nurse)."""),
    # cardio-oncology, Vietnamese-American patient, restaurant, street, nickname, daughter phone
    note("""Cardio-onc consult. Mr. [[PT:Phạm Quốc Bảo]] (goes by "[[PT:Bobby]]"), 61, owns [[FAC:Phở Sài Gòn Star]] on [[STREET:Bellaire Blvd]], finished R-CHOP x6 for DLBCL at [[FAC:Gulfbrook Cancer Center]]. Cumulative doxorubicin 300 mg/m². Now EF 44% (from 62%), GLS -14%, NT-proBNP 890. NYHA II.

Started sacubitril/valsartan low dose + carvedilol 3.125; SGLT2i next. He's in CR on PET (Deauville 2). Question: would you do CMR to exclude other causes, or is the timeline convincing enough for anthracycline cardiotoxicity? His daughter [[REL:Vivian Phạm]] interprets for him and wants everything sent to her, [[PHONE:(832) 555-0106]]. He keeps saying he can't take time off the restaurant for cardiac rehab."""),
    # phone-typed lower case surgery reply
    note(
        """lol same thing happened to us last wk. pt [[PT:sunny oh]], 58f, pod1 lap chole at [[FAC:westgate asc]], went home, came back fri night, bili 4.1, ruq pain, alk phos 380. mrcp: retained cbd stone 8mm. ercp by dr [[HCP:amundsen]] next am, sphincterotomy + balloon sweep, fine. her husband [[REL:jae]] was furious bc nobody did an ioc. honestly we dont do routine ioc either. selective ioc crowd vs routine crowd, where r u all? asking for our m&m on the [[DATE:30th]]. thx - [[HCP:jen]]"""
    ),
    # lower-case derm reply, ordinary-word name
    note(
        """sorry typing fast btw pts. derm q for the group: [[PT:rose mcallister]], 84f, tense bullae on thighs + flexures x 3 wks, intense itch, started linagliptin in [[DATE:april]]. dif: linear igg + c3 at bmz, salt split roof pattern. bp180 elisa pos. so dpp4 inhibitor assoc bullous pemphigoid. stopped it. clobetasol 0.05% 30 g/d whole body per the french regimen. shes at [[FAC:heatherfield care home]] and the nurses there r amazing but 30 g/d is a lot of cream. doxy 200 as steroid sparing? her son [[REL:art]] asked if she can go back to her knitting group at [[FAC:st. barnabas]] lol yes if the blisters are covered"""
    ),
    # Polish psychiatry, double surname with diacritics, school employer, husband
    note("""Psychiatria, [[TOWN:Wrocław]]. Consulting colleagues about Wernicke. Pani [[PT:Małgorzata Dąbrowska-Kędzior]], 54, teacher at [[FAC:Szkoła Podstawowa nr 12 w Oleśnicy]], admitted [[DATE:3 października]] in alcohol withdrawal (CIWA-Ar 22) after her husband [[REL:Zdzisław]] poured away her vodka. Ataxia, nystagmus, confusion, no ophthalmoplegia. BMI 17 after bariatric sleeve in [[YEAR:2019]].

We gave thiamine 100 mg iv x3, which I now think was too low. The Royal College of Physicians regimen is 500 mg tds for 3-5 days; the EFNS guidance says 200 mg tds. After the sleeve I would go high. Question: do you continue high-dose iv thiamine if there is clear improvement by day 2, or full 5 days regardless? And is Korsakoff prevention realistic at this point? Her daughter [[REL:Ola]] asks daily; I want to give her an honest answer."""),
    # US EM sign-out, UK mobile of relative abroad, state programme id, letter-prefixed id
    note("""ED sign-out that turned into a social work puzzle. 26F, [[PT:Keeley-Ann Forsythe]], 34 wks pregnant, visiting from England, presented with headache + BP 168/104, protein 3+, plt 96k. Preeclampsia with severe features → Mg, labetalol, OB took her to L&D for delivery.

She has no US insurance; the travel policy number on her card is [[ACCT:TRV-88-4410-2291-07]] and the insurer's 24-h line keeps disconnecting. Her partner [[REL:Callum Wragg]] is still in the UK ([[PHONE:+44 7700 900461]]). She's staying with her aunt [[REL:Bernadette Forsythe]] at [[STREET:17 Pinfold Ct]], [[TOWN:Dunmore Heights]], who's on WIC herself (WIC ID [[PLAN:WIC-0093-381-22]]) and offered to add her, which isn't how WIC works.
Who here has dealt with emergency Medicaid for a pregnant tourist? SW says she likely doesn't qualify. Baby is fine so far, NST reactive."""),
    # Filipino-trained hospitalist, nursing facility, Filipino names, Ate title
    note("""Hospitalist here (trained in the Philippines, now in the US). Case from our long-term care unit. Lola [[PT:Remedios Dimaculangan Lacson]], [[AGE:93]], Filipino, speaks Kapampangan, admitted from [[FAC:Sunrise Terrace Care Center]] with hypernatremia 162 and AKI. Her granddaughter Ate [[REL:Jhoanna Lacson-Reyes]] is a CNA at the same facility and says Lola has been refusing water because she's "waiting to die before her birthday on the [[DATE:16th]]".

Free water deficit ~4 L; D5W at 80 ml/h, goal Na drop ≤10/24 h. Interpreter by phone took 45 min. Question for the group: in older Filipino patients, how do you handle the family's wish to not discuss prognosis directly with the patient ("huwag nang sabihin kay Lola")? In my training in the Philippines it was normal; here the ethics team says we must disclose."""),
    # county health department, measles exposure at a school, county, ZIP, school nurse
    note("""Measles exposure, peds ID advice please. Index: 4-year-old unvaccinated boy, [[PT:Ezekiel Brandt]], rash onset [[DATE:4/7]] after a family trip abroad, IgM positive. Attends [[FAC:Little Sprouts Daycare]] at [[STREET:301 Harmon Ave]], [[TOWN:Cedar Bluff]], [[ZIP:52241]], and his older sister [[REL:Magdalena]] is in 2nd grade at [[FAC:Hillcrest Christian School]], where the vaccination rate is ~71%.

[[COUNTY:Winnebago Falls County]] health dept (nurse [[HCP:Annika Solberg]], [[PHONE:(563) 555-0172]]) is doing the exposure list: 38 children, 11 unvaccinated, 3 infants under 6 months.
MMR within 72 h vs IG within 6 days for the infants: IGIM 0.5 ml/kg for under 12 months, IGIV 400 mg/kg for pregnant contacts without evidence of immunity. Are people here excluding unvaccinated contacts for the full 21 days after last exposure? Parents are furious."""),
    # Korean-American radiology/oncology, KakaoTalk id, licence number a few words after label
    note("""Rads-onc question, thyroid. [[PT:Yoon Ha-eun]], 34F, visiting nurse from Korea on an exchange program (her Korean nursing license, which she showed our credentialing office, is number [[LIC:RN-2019-04471]]). Incidental 1.4 cm nodule on a neck CT for a minor car accident: US [[DATE:2024-09-30]] shows a solid hypoechoic nodule, taller-than-wide, microcalcifications: TI-RADS 5. FNA: Bethesda VI, BRAF V600E.

She wants active surveillance, which she says is "normal in Korea" — true, low-risk PTMC surveillance is common there, but this is 1.4 cm, not a microcarcinoma. She prefers KakaoTalk, ID [[HANDLE:haeun.yoon88]], for follow-up once she's back in [[TOWN:Daejeon]].
Would anyone offer surveillance at 1.4 cm with no extrathyroidal extension or nodes? The [[YEAR:2015]] ATA guideline allows lobectomy for 1-4 cm."""),
    # Nigerian paediatrics, mother referred to by child's name, OLMC-style acronym, +234
    note(
        """Paediatric question from [[TOWN:Kano]]. 3-year-old boy, [[PT:Abdulrahman Sani]], severe acute malnutrition with oedema (kwashiorkor), Hb 5.1, sepsis. Mother Mama [[REL:Zainab]] (everyone on the ward calls her by her first daughter's name) says he was weaned early when the twins came. Father Malam [[REL:Sani Garba]] works at the [[FAC:Kurmi Leather Tannery]] and sends money from [[TOWN:Kaduna]]. Referred from a PHC clinic to us at [[FAC:GHKM]].

WHO protocol: F-75, antibiotics, no iv fluids unless shock. Transfusion: Hb 5.1 with no respiratory distress, do you still transfuse 10 ml/kg packed cells over 3 h? Our consultant says yes, the registrar says no. Also the father asks on WhatsApp ([[PHONE:+234 706 555 3318]]) if RUTF can be given at home so they can leave.

Thanks @chidi.obi for the SAM chart.""",
        "Chidi Obi @chidi.obi",
    ),
]

# ------------------------------------------------------------------ notes without PHI
FREE_NOTES: list[Note] = [
    # EM ECG question: eponymous patterns, leads, drugs
    note("""EM question for the cardiology folks. 60s M, 40 min of crushing chest pain, LBBB of unknown age. Original Sgarbossa 0 points, but Smith-modified Sgarbossa positive in V3 (ST/S ratio -0.31). Cath lab said "LBBB isn't a STEMI equivalent anymore", which is true for LBBB alone, not for positive modified criteria. Gave aspirin, GTN x2 sublingual, heparin bolus (not LMWH since he may go to the lab). Went: 100% proximal LAD.

Related teaching points from the shift:
- de Winter T waves: upsloping STD + tall symmetric T in V1-V6, STE in aVR. Treat as anterior STEMI.
- Wellens type A vs B, both mean critical proximal LAD; don't stress them.
- Subtle STE in aVL with reciprocal STD in III can be the first sign of a high lateral (D1) occlusion.
HEART 7, GRACE 168, TIMI 5 before the cath. How are your cath labs handling the OMI vs STEMI debate?"""),
    # hospital medicine: euglycemic DKA on SGLT2i, NIV
    note("""Hospital medicine PSA after two cases this month. Euglycemic DKA on SGLT2 inhibitors is easy to miss: glucose 180-220, pH 7.12, bicarb 9, AG 24, beta-hydroxybutyrate 6.1. Both patients were on empagliflozin, both were NPO for a procedure, both had Kussmaul breathing that got labeled "anxiety" at triage.

Key points:
1. Hold SGLT2i 3 days before elective surgery (4 for ertugliflozin).
2. Treat with insulin AND dextrose from the start (D10 + insulin 0.05-0.1 U/kg/h).
3. Check ketones, not just glucose, if AG is up.
4. One of ours went on NIV for a mixed picture (COPD, GOLD E); NIV doesn't fix the acidosis, it buys time.

Anyone restarting SGLT2i before discharge or leaving it to the PCP?"""),
    # lymphoma tumour board without names: staging systems named after places and people
    note("""**Lymphoma tumour board, 3 cases**

1. 24F, classic Hodgkin lymphoma, nodular sclerosis, Reed-Sternberg cells CD15+/CD30+. Ann Arbor (Lugano modification) stage IIB bulky mediastinal. Interim PET after 2 cycles Deauville 4. Plan: escalate per RATHL-style approach, discuss BV-AVD.
2. 58M, DLBCL, GCB type by Hans algorithm, IPI 3, double-expressor. MYC rearranged by FISH, BCL2 not: not double-hit. Pola-R-CHP x6.
3. 71F, Burkitt-like lymphoma with 11q aberration, Ki-67 >95%, starry-sky pattern. CNS prophylaxis discussion (CNS-IPI 4).

Lugano [[YEAR:2014]] response criteria; Deauville 1-3 = CMR. Waldenström and Castleman disease cases deferred to next week."""),
    # radiology teaching: person-named fractures (Chance, Jefferson, Jones...)
    note("""Rads resident teaching file, eponymous fractures from this week's overnight reads:
- Chance fracture at L1 (lap-belt), horizontal through the posterior elements: look for the hollow-viscus injury.
- Jefferson fracture (C1 burst), lateral masses overhang C2 by 7 mm total: transverse ligament likely torn.
- Hangman's fracture (Levine-Edwards type II).
- Segond fracture: small avulsion off the lateral tibial plateau = ACL tear until proven otherwise.
- Maisonneuve: proximal fibular fracture + medial ankle injury. X-ray the whole fibula.
- Lisfranc: fleck sign, widening between 1st and 2nd metatarsal bases on weight-bearing views.
- Hill-Sachs + bony Bankart after anterior dislocation.
- Jones fracture (zone 2, 5th MT) vs pseudo-Jones avulsion (zone 1).
- Monteggia vs Galeazzi: "MUGR" mnemonic. Essex-Lopresti is the one everybody misses."""),
    # pathology teaching: inclusion bodies and rosettes named after people
    note("""Path residents asked for a list of "named things you'll be pimped on" after sign-out today:
- Russell bodies (plasma cells, Ig-filled ER) vs Dutcher bodies (intranuclear, think lymphoplasmacytic lymphoma).
- Homer Wright rosettes (neuroblastoma, medulloblastoma) vs Flexner-Wintersteiner (retinoblastoma).
- Call-Exner bodies: adult granulosa cell tumour. Schiller-Duval bodies: yolk sac tumour.
- Michaelis-Gutmann bodies in malakoplakia, Councilman bodies in viral hepatitis, Mallory-Denk in steatohepatitis.
- Orphan Annie eye nuclei and psammoma bodies: papillary thyroid carcinoma.
- Verocay bodies (schwannoma, Antoni A areas).
- Civatte bodies in lichen planus; Kamino bodies in Spitz nevus.
Prostate bx today: Gleason 4+3=7 (Grade Group 3) in 5/12 cores, 40% pattern 4, no cribriform. Nottingham grade for the breast case: 3+2+2 = 7, grade 2."""),
    # cardiology: eponymous murmurs and signs, endocarditis criteria, member thanked
    note(
        """Bedside cardiology for the students, from rounds with Dr. Ogundipe's team. Severe chronic AR: wide pulse pressure (160/40), Corrigan pulse, de Musset sign (head bobbing), Quincke pulse in the nail beds, Traube pistol-shot femorals, Duroziez double murmur with femoral compression, Müller sign (uvula). And an Austin Flint murmur at the apex: a mid-diastolic rumble from the regurgitant jet hitting the anterior mitral leaflet, not mitral stenosis.

The other two "first-name" murmurs: Graham Steell (pulmonary regurgitation in pulmonary hypertension) and Carey Coombs (acute rheumatic carditis).

For IE: Janeway lesions are painless, Osler nodes are painful ("Osler = Ouch"), Roth spots on fundoscopy. The Duke-ISCVID [[YEAR:2023]] criteria now add PET-CT and cardiac surgery findings. Thanks Segun for letting us crash your rounds.""",
        "Segun Ogundipe",
    ),
    # nephrology tubulopathies and classifications
    note("""Nephrology fellows' quiz answers (no patients, all textbook):
1. Hypokalaemic metabolic alkalosis, normotension, low urine calcium, low Mg: Gitelman (SLC12A3). High urine calcium, young age: Bartter.
2. Hypertension + hypokalaemia + low renin + low aldosterone: Liddle syndrome (ENaC gain-of-function), amiloride not spironolactone.
3. Glycosuria with normal glucose, phosphaturia, aminoaciduria, type 2 RTA: Fanconi. In adults think tenofovir, myeloma light chains.
4. Hematuria, sensorineural hearing loss, anterior lenticonus: Alport (COL4A5). Dent disease (CLCN5) in boys with LMW proteinuria and nephrocalcinosis.
5. Tamm-Horsfall protein = uromodulin; UMOD mutations cause ADTKD.
Classifications: Oxford MEST-C for IgAN, Columbia for FSGS (collapsing variant worst), ISN/RPS class IV lupus nephritis. eGFR by CKD-EPI [[YEAR:2021]] race-free equation; Cockcroft-Gault still for drug dosing."""),
    # ID thread: place-named infections, members replying and @-mentioned
    note(
        """**Thread: Place-named infections for the ID boards**

Started by Dr. Haldane: list the ones you've actually seen.

**Femi Adeyemi:** Lassa fever (named for a town in Nigeria, we see it every dry season), plus Ebola and Marburg on the differential for every returning traveller with haemorrhagic features. Ribavirin early for Lassa.
**Tomasz Zieliński:** Lyme disease (Borrelia), tick-borne encephalitis. And Bornholm disease (Coxsackie B pleurodynia): both named after places.
**Rhea Santos:** Japanese encephalitis, and Katayama fever in a returning traveler who swam in freshwater in East Africa.
**Miriam Haldane:** Pontiac fever vs Legionnaires' disease, Rocky Mountain spotted fever, West Nile, Norwalk virus, Oroya fever (Bartonella bacilliformis), Q fever (Query, not Queensland!).

@femi.adeyemi great list. Nobody has mentioned Hendra and Nipah yet.""",
        "Miriam Haldane",
        "Femi Adeyemi @femi.adeyemi",
        "Tomasz Zieliński",
        "Rhea Santos",
    ),
    # dermatology signs and scores, HLA alleles, SJS/TEN
    note("""Derm consult teaching, signs we used this week:
- Nikolsky positive and Asboe-Hansen (bulla spread) in pemphigus vulgaris; Nikolsky also positive in SJS/TEN and SSSS.
- Auspitz sign (pinpoint bleeding) and Koebner phenomenon in psoriasis.
- Darier sign (urticate on rubbing) in a child with mastocytosis.
- Sudden eruption of seborrhoeic keratoses = Leser-Trélat, screen for GI malignancy.
- Sweet syndrome after G-CSF, Grover disease in an ICU patient, Hailey-Hailey in the groin.
- Wickham striae (lichen planus), Gottron papules (dermatomyositis), Blaschko lines, Wood's lamp coral-red in erythrasma.
Scores: SCORTEN for SJS/TEN (max 7), RegiSCAR for DRESS. Screen HLA-B*58:01 before allopurinol in Han Chinese, Korean and Thai patients; HLA-B*15:02 before carbamazepine. Fitzpatrick IV-VI skin shows erythema poorly, so purpura and dusky centres are easy to miss."""),
    # paediatrics: febrile infant rules named after places, Apgars, croup score
    note("""Peds EM: quick summary for our new residents on febrile infants.
Old rules: Rochester (low-risk criteria, no LP), Philadelphia (28-56 days, LP included), Boston (28-89 days, ceftriaxone after LP). Newer: PECARN febrile infant rule (ANC ≤4090, procalcitonin ≤0.5, normal UA) and the AAP [[YEAR:2021]] guideline (8-21, 22-28, 29-60 days). Step-by-Step from Europe uses PCT ≥0.5 too.

Newborn notes that confuse people: Apgars 7/8 and 6/9 are scores at 1 and 5 minutes, not fractions. Ballard 36 weeks. Westley croup score 5 = moderate, dexamethasone 0.6 mg/kg. Kawasaki: fever ≥5 days + 4/5 criteria; incomplete Kawasaki if 2-3 criteria, then CRP ≥3.0 and the supplementary labs. Never forget to check the BCG scar in kids vaccinated in Japan or Korea: redness at the site is a clue."""),
    # psychiatry: named delusional syndromes, member agreed with
    note(
        """Psych teaching thread, reply to Dr. Nwachukwu's question about "named delusions" we've seen on consults:
- Capgras: a familiar person replaced by an impostor. Fregoli: strangers are a familiar person in disguise.
- Cotard: "I am dead", seen in psychotic depression in older adults, responds to ECT.
- Othello syndrome (delusional jealousy), often alcohol-related. De Clérambault (erotomania).
- Ekbom syndrome (delusional parasitosis): the "matchbox sign".
- Diogenes syndrome: squalor, hoarding, self-neglect, usually frontal dysfunction.
- Charles Bonnet syndrome: complex visual hallucinations with vision loss, insight preserved, not psychosis.
- Alice in Wonderland syndrome (micropsia/macropsia) with migraine or EBV.
- Ganser syndrome (approximate answers) and Munchausen.
Agree with Obinna that Capgras after a right frontal stroke is the classic consult.""",
        "Obinna Nwachukwu",
    ),
    # surgery: eponymous operations, signs, triads, classifications
    note("""General surgery journal club prep, eponyms in one paragraph so the interns stop guessing:
Whipple (pancreaticoduodenectomy), Hartmann procedure, Nissen fundoplication, Roux-en-Y, Ivor Lewis vs McKeown oesophagectomy, Kocher incision / Kocher maneuver, Pfannenstiel and Lanz incisions.
Appendicitis: Alvarado 8, Rovsing, psoas and obturator signs, McBurney point tenderness.
Biliary: Murphy sign, Charcot triad (fever, jaundice, RUQ pain) → Reynolds pentad with shock and confusion; Courvoisier law (painless jaundice + palpable GB = not stones); Tokyo Guidelines [[YEAR:2018]] grade II cholangitis → early ERCP.
Diverticulitis: Hinchey III. Oesophagus: Boerhaave (full thickness) vs Mallory-Weiss (mucosal). Complications graded by Clavien-Dindo. Would love a volunteer to present the Tokyo bile duct injury classification next time."""),
    # Nigerian physician, Lassa fever protocol, members
    note(
        """From a teaching hospital in south-east Nigeria: our Lassa fever season protocol, since a few people asked after @amaka.eze's talk.
- Suspect: fever >38 not responding to antimalarials + antibiotics after 72 h, with bleeding, facial oedema, sore throat with exudate, or miscarriage.
- Lassa RT-PCR at the regional lab; don't wait for it to isolate.
- IV ribavirin per the modified McCormick regimen: loading 33 mg/kg, then 16 mg/kg q6h x 4 days, then 8 mg/kg q8h x 6 days. Haemolytic anaemia is expected; check Hb daily.
- AST >150 and creatinine rising are bad signs. Sensorineural deafness in ~25% of survivors, so audiometry at discharge.
- PPE: full kit for all contacts with body fluids; our two nurse infections last season were both during night cannulation.
NCDC case definitions and the WHO clinical management guide are what we follow. Thanks also to Dr. Okeke for the ribavirin supply chain tips.""",
        "Amaka Eze @amaka.eze",
        "Chukwuemeka Okeke",
    ),
    # Indian physician: place-named conditions (Bombay phenotype, Madras MND, Kyasanur)
    note("""Fun teaching post from India, "diseases named after our places":
1. Bombay blood group (hh phenotype): looks like O on forward grouping but anti-H in plasma, so an O unit causes an acute haemolytic reaction. Only Bombay-phenotype blood is compatible; our state registry keeps a donor list.
2. Madras motor neuron disease: young onset, asymmetric limb wasting, bulbar palsy, sensorineural deafness. Rare now.
3. Kyasanur Forest disease (monkey fever) in Karnataka: tick-borne flavivirus, biphasic with meningoencephalitis.
4. Chandipura virus encephalitis in children, sandfly-borne, outbreaks in Gujarat and Maharashtra.
5. Russell's viper (named after Patrick Russell, not a place) with AKI, and 20WBCT as bedside coagulation test.
Bonus: Tropical pulmonary eosinophilia (Weingarten syndrome), DEC for 3 weeks. Any others from colleagues in South Asia?"""),
    # Philippine physician: typhoid, leptospirosis, signs, PhilHealth generically
    note("""Quick clinical pearls from a provincial hospital in the Philippines, rainy season edition:
- Typhoid: rose spots (faint salmon macules on the trunk, only in ~30%), relative bradycardia (Faget sign), step-ladder fever. Widal is nearly useless here; blood culture in week 1, bone marrow culture if on antibiotics already. Azithromycin for uncomplicated cases, ceftriaxone if severe.
- Leptospirosis after floods: doxycycline 200 mg once weekly for high-risk exposure, 200 mg single dose within 24-72 h for one-time wading per the DOH guideline. Weil disease = jaundice + AKI + bleeding.
- Dengue: tourniquet test ≥10 petechiae/inch², warning signs per WHO [[YEAR:2009]].
The PhilHealth Z benefit package and the leptospirosis case rate help, but most of our patients still pay out of pocket. Ingat, mga doktor!"""),
    # Irish ED: PE rules named after places/people
    note("""Irish ED registrar here, PE workup in pregnancy keeps coming up on our WhatsApp so here's our department's summary:
- Wells score and PERC outside pregnancy; PERC is not validated in pregnancy.
- Revised Geneva is the other option if you don't like the gestalt item in Wells.
- YEARS algorithm (clinical signs of DVT, haemoptysis, PE most likely) with D-dimer thresholds 1000 vs 500; pregnancy-adapted YEARS (Artemis study) safely avoided CTPA in ~40%.
- CTPA vs V/Q: V/Q gives lower breast dose, CTPA lower fetal dose, both well below thresholds.
- LMWH weight-based (tinzaparin 175 units/kg od here).
We also use the Manchester Triage System, and the Ottawa SAH rule for headache. The NICE NG158 guideline is what our consultants quote. Bleep the reg early if the woman is unwell."""),
    # Polish cardiologist: eponymous ECG syndromes, QT corrections
    note(
        """Polish cardiologist here, ECG club for younger colleagues (EKG in Polish!).
1. Brugada type 1: coved STE ≥2 mm in V1-V2 with negative T. Fever unmasks it, so paracetamol early. Type 2 "saddleback" needs high-lead V1-V2 in the 2nd and 3rd ICS.
2. Wolff-Parkinson-White: short PR, delta wave. AF with pre-excitation: avoid AV nodal blockers, procainamide or DCCV.
3. Lown-Ganong-Levine: short PR without delta, more historical.
4. Long QT: Romano-Ward (autosomal dominant) vs Jervell and Lange-Nielsen (recessive, with deafness). Bazett over-corrects at high HR; Fridericia or Framingham better above 90 bpm.
5. Osborn (J) waves in hypothermia, epsilon waves in ARVC.
Homework: which of these get an ICD? Answers next week.""",
    ),
    # Vietnamese physician: melioidosis, JE
    note("""Teaching from a provincial hospital in southern Vietnam: melioidosis is under-diagnosed.
Burkholderia pseudomallei lives in wet soil and rice paddies. Americans called it the "Vietnam time bomb" because soldiers presented years after exposure. Also Whitmore disease, after the pathologist who described it in Burma.
Risk factors: diabetes (>50% of our cases), alcohol, CKD, thalassaemia. Presentations: pneumonia, liver and splenic abscesses ("Swiss cheese" on CT), prostatic abscess, septic arthritis, parotid abscess in children.
The lab often calls it "Pseudomonas" or a contaminant: tell them you suspect it. Treatment: ceftazidime or meropenem ≥10-14 days, then cotrimoxazole eradication 3-6 months.
Also in our area: Japanese encephalitis (vaccine in EPI since [[YEAR:1997]]) and Streptococcus suis meningitis after eating raw pig blood pudding (tiết canh). Deafness is common after S. suis."""),
    # Korean physician: culture-bound syndrome, gastric cancer classifications
    note("""From a Korean colleague, two topics for the psych and GI people:

**Hwa-byung** ("anger illness"): culture-bound syndrome in middle-aged Korean women, heat sensation, chest tightness, a "mass" in the epigastrium, suppressed anger. Overlaps with MDD and somatic symptom disorder; the Hwa-byung scale helps. SSRIs work, but the framing matters.

**Gastric cancer** (we screen by endoscopy every 2 years from age 40): Borrmann type III ulcerative, Lauren intestinal vs diffuse type, Kyoto classification of gastritis for H. pylori risk, Japanese Gastric Cancer Association treatment guidelines and the Korean Practice Guideline [[YEAR:2022]]. ESD curability by eCura score. Diffuse-type with CDH1 mutation: think hereditary diffuse gastric cancer, prophylactic gastrectomy discussion.
Happy to answer questions from colleagues elsewhere."""),
    # threaded reply: hyponatremia physiology, members agreed with and thanked
    note(
        """**Re: Beer potomania vs SIADH — how do you tell?**

> **Miriam Haldane** wrote: urine osm is the key. <100 means the kidney is diluting maximally.

Agree with Miriam, and I'd add: urine Na <20 in low-solute states, >40 in SIADH on a normal diet. The problem is everyone gets a litre of NS in the ED before the urine is sent.

> **Priya Raman** wrote: and watch for overcorrection once they eat, the aquaresis is brisk.

Yes. Our protocol: if UOP >100 ml/h for 2 h, check Na q2h; DDAVP 2 mcg IV + D5W if correcting >8/24 h. The "tea and toast" older adult behaves the same way. Fun fact: Schwartz and Bartter's original SIADH criteria are from [[YEAR:1957]], and still mostly hold. Thanks @priya.raman for the flowchart.""",
        "Miriam Haldane",
        "Priya Raman @priya.raman",
    ),
    # lower-case phone reply: anticoagulation dosing, member @-mentioned
    note(
        """agree w @amaka.eze re the lmwh dosing. enox 1 mg/kg bid up to ~150 kg then anti-xa levels, we dont cap. for crcl <30 its 1 mg/kg daily. for the obese pts on apixaban the isth [[YEAR:2021]] guidance said doacs ok for bmi >40 for vte, less data for af. also pls dont forget the ddi w rifampin, it tanks apixaban levels. will post the table when im off the floor. fyi mdcalc has a cockcroft-gault with adjusted body wt option""",
        "Amaka Eze @amaka.eze",
    ),
    # pasted group chat with role labels only
    note("""Pasted from our unit group chat (roles only) because the sepsis escalation went well and I wanted to share the flow:

[02:14] ED reg: 60s F from the ward transfer list, BP 82/40, lactate 4.8, temp 39.1, source likely urine
[02:15] med SHO: 30 ml/kg started, cultures x2 sent, pip-taz given 02:20
[02:31] charge RN: MAP 58 after 2 L, cap refill 4 s
[02:33] ICU reg: coming down. start noradrenaline peripherally, we'll do the line upstairs
[02:50] ED reg: NA 0.1 mcg/kg/min, MAP 68, lactate 3.1
[03:40] ICU reg: accepted, bed 4

Total time from triage to vasopressor: 36 min. Surviving Sepsis [[YEAR:2021]] says peripheral pressors are fine short term; our extravasation rate with a good 18G above the antecubital fossa is basically zero."""),
    # literature links post: public URLs and DOIs are not PHI
    note("""Journal-club reading list for next week (all open to members):
1. Albumin in sepsis: doi:10.1056/NEJMoa1305727, full text at https://www.nejm.org/doi/full/10.1056/NEJMoa1305727
2. Restrictive vs liberal fluids: https://pubmed.ncbi.nlm.nih.gov/36688507/
3. Steroids in severe CAP: https://jamanetwork.com/journals/jama/fullarticle/2801223
4. BMJ rapid recommendation on corticosteroids: https://www.bmj.com/content/379/bmj-2022-072563
5. Lancet meta-analysis on balanced crystalloids: https://www.thelancet.com/journals/lanres/article/PIIS2213-2600(22)00123-4/fulltext
Calculators: https://www.mdcalc.com/calc/2023/sofa-score and https://www.uptodate.com/contents/evaluation-and-management-of-suspected-sepsis-and-septic-shock-in-adults
Guidelines: https://www.nice.org.uk/guidance/ng51, https://www.who.int/publications/i/item/9789240010789 and https://www.cdc.gov/sepsis/hcp/core-elements/index.html
Please read 1 and 2 at least. Pizza provided."""),
    # Markdown-formatted journal-club summary
    note("""## Journal club summary: DOACs in cancer-associated VTE

**Question:** LMWH vs DOAC for cancer-associated VTE?

**Trials**
- *Hokusai VTE Cancer* (edoxaban): non-inferior for the composite, **more major GI bleeding**.
- *SELECT-D* (rivaroxaban): fewer recurrences, more clinically relevant non-major bleeding.
- *Caravaggio* (apixaban): non-inferior, **no excess major bleeding**, including GI cancers.

**Take-home**
1. Apixaban is reasonable first line unless luminal GI/GU cancer with intact tumour.
2. LMWH (dalteparin 200 IU/kg x 1 month, then 150 IU/kg) still preferred with thrombocytopenia <50k, drug interactions, or vomiting.
3. Khorana score ≥2 → consider primary prophylaxis (AVERT, CASSINI).

ASCO [[YEAR:2023]] and ISTH guidance agree. Next month: *Caravaggio* subgroup analyses."""),
    # haematology: Christmas disease and other people-named disorders, 'May' lookalikes
    note("""Heme consult teaching, platelet and factor disorders with names that confuse students:
- Christmas disease = haemophilia B (factor IX), named after the first patient described. Nothing to do with the holiday, although our factor IX orders do spike before the holidays because everyone travels.
- Bernard-Soulier (GPIb-IX-V, giant platelets, no agglutination with ristocetin) vs Glanzmann thrombasthenia (GPIIb/IIIa, normal count, no aggregation except ristocetin).
- von Willebrand type 2B: thrombocytopenia with DDAVP, avoid it.
- May-Hegglin anomaly: giant platelets + Döhle-like inclusions (MYH9). May also present with hearing loss and nephritis.
- Howell-Jolly bodies after splenectomy; Pappenheimer bodies in sideroblastic anaemia; Pelger-Huët in MDS (pseudo-Pelger).
- Bence Jones proteinuria in myeloma; Waldenström macroglobulinaemia (MYD88 L265P) with hyperviscosity.
Factor IX 50 IU/kg for a major bleed, recombinant extended half-life q7-14d for prophylaxis."""),
    # EM neurology: eponymous syndromes and bedside tests
    note("""EM neuro pearls from tonight:
- Dizzy patient: HINTS (head impulse, nystagmus, test of skew) beats early MRI for posterior stroke, if you're trained. Dix-Hallpike for posterior canal BPPV, then Epley. Semont if the Epley fails.
- Facial droop sparing the forehead = central. Bell palsy involves the forehead; vesicles in the ear canal = Ramsay Hunt (VZV), add valacyclovir.
- Post-ictal weakness that resolves within 48 h: Todd paralysis, still image them.
- Ophthalmoplegia + ataxia + areflexia: Miller Fisher variant of Guillain-Barré, anti-GQ1b.
- Lhermitte sign in a young woman with paresthesias: think MS, MRI with contrast.
- Romberg positive = proprioceptive, not cerebellar.
TIA: ABCD2 isn't great for disposition; image everyone. NIHSS 4 with a disabling deficit still gets lysis (tenecteplase 0.25 mg/kg)."""),
    # OB in the ED: Bishop score, manoeuvres named after people
    note(
        """Precipitous delivery in the ED last week (mother and baby fine) reminded me to share our refresher.
- Bishop score 11 on arrival, fully dilated, vertex +2.
- Shoulder dystocia sequence: call for help, McRoberts + suprapubic pressure, then Rubin II, Woods screw, deliver the posterior arm. Zavanelli is for the OB, not us.
- Ritgen maneuver for controlled delivery of the head.
- Apgars 8 and 9. Delayed cord clamping 60 s.
- PPH: uterine massage, oxytocin 10 units IM, TXA 1 g within 3 h.
- Abruption with a woody uterus: think Couvelaire uterus and DIC.
- Massive PPH can cause Sheehan syndrome weeks later: failure to lactate is the first clue.
Naegele rule (LMP + 280 days) is how they'll still talk about dates on L&D. Leopold maneuvers for lie. Grateful to Dr. Yeboah (OB) who ran our sim day.""",
        "Akosua Yeboah",
    ),
    # hepatology: scores named after places and people
    note("""Hepatology board prep (scores and criteria, no patients):
- Child-Pugh (bilirubin, albumin, INR, ascites, encephalopathy), MELD 3.0 adds sex and albumin.
- Alcohol-associated hepatitis: Maddrey DF ≥32 → prednisolone; Lille score at day 7 >0.45 = non-responder, stop steroids. Glasgow alcoholic hepatitis score is the UK alternative.
- Encephalopathy graded by West Haven; lactulose + rifaximin.
- Acute liver failure: King's College criteria (paracetamol vs non-paracetamol), Clichy criteria (factor V) in France.
- HCC transplant: Milan criteria (1 lesion ≤5 cm or 3 ≤3 cm), UCSF expanded.
- Portal hypertension: Baveno VII, non-selective beta-blockers for CSPH (carvedilol).
- Functional GI: Rome IV; Bristol stool scale type 6-7.
- UC: Mayo score, Truelove and Witts for acute severe colitis; Montreal classification for extent."""),
    # rheumatology: eponyms and place-named criteria
    note("""Rheum fellow teaching list:
1. Vasculitis: Chapel Hill [[YEAR:2012]] nomenclature, Birmingham Vasculitis Activity Score, ACR/EULAR [[YEAR:2022]] classification for GPA/MPA/EGPA.
2. APS: revised Sapporo (Sydney) criteria, now the [[YEAR:2023]] ACR/EULAR criteria with weighted domains.
3. RA: ACR/EULAR [[YEAR:2010]] ≥6/10. Felty syndrome (RA + splenomegaly + neutropenia). Jaccoud arthropathy in SLE (reducible deformities).
4. OA: Heberden (DIP) and Bouchard (PIP) nodes.
5. Axial SpA: modified Schober <5 cm, FABER (Patrick) test, Gaenslen test for SI joint.
6. Adult-onset Still disease: quotidian fever, salmon rash, ferritin >3000; Yamaguchi criteria.
7. Sjögren: Schirmer test <5 mm in 5 min; Behçet: pathergy test; Kikuchi-Fujimoto in young Asian women with tender cervical nodes."""),
    # paediatric rashes and a plant ingestion (holly), word-name lookalikes
    note("""Peds urgent care: rash week.
- Gianotti-Crosti (papular acrodermatitis) after EBV or hep B vaccine.
- Slapped cheek then lacy reticular rash: fifth disease (parvovirus B19).
- Roseola: 3 days high fever, then rash as the fever breaks (HHV-6).
- Koplik spots before the measles rash; Forchheimer spots on the soft palate in rubella.
- Pastia lines, sandpaper rash, strawberry tongue: scarlet fever.
- HSP (IgA vasculitis): palpable purpura on buttocks and legs, check UA and BP.
Also two holly berry ingestions (holiday decorations): a few berries cause vomiting and diarrhoea, supportive only, call poison control. Mistletoe similar. Grant us patience for the parents who bring the whole plant in a bag."""),
    # addiction psychiatry thread: DEA schedules, street drugs, 'frank' lookalike
    note(
        """**Addiction thread: buprenorphine starts in the ED**

Since the MAT Act ([[YEAR:2023]]), no X-waiver needed; any clinician with a DEA registration that includes Schedule III can prescribe buprenorphine. Schedule II for methadone still means OTP only, except the 72-hour rule.
With street fentanyl, precipitated withdrawal is the fear. Options: wait for COWS ≥13, or low-dose "micro-induction" (Bernese method), or high-dose induction (16-32 mg) in the ED, which has worked well for us.
Frank psychosis with methamphetamine is the other half of our census: the PDMP won't show it.
CIWA for alcohol, COWS for opioids. Naloxone kit for everyone at discharge.
Agree with Dr. Lindqvist that the bridge clinic appointment within 72 h matters more than the exact dose.""",
        "Henrik Lindqvist",
    ),
    # endocrine eponyms, 'Dawn' lookalike
    note("""Endo pearls from clinic, the eponym edition:
- Dawn phenomenon (early-morning rise from GH/cortisol) vs Somogyi effect (rebound after nocturnal hypo; largely debunked). CGM settles it.
- Whipple triad for hypoglycaemia: symptoms, low glucose, relief with glucose.
- Chvostek and Trousseau signs in hypocalcaemia after thyroidectomy.
- Wolff-Chaikoff effect (iodine shuts off synthesis) vs Jod-Basedow (iodine-induced hyperthyroidism, e.g. after contrast in a multinodular goitre).
- Pemberton sign (facial plethora with arms raised) in retrosternal goitre.
- Graves (TRAb), Hashimoto (TPO), de Quervain (painful, high ESR, low uptake), Riedel (IgG4, woody).
- Addison, Conn (ARR), Cushing (1 mg DST), Nelson after bilateral adrenalectomy, Kallmann with anosmia.
Hope this helps the residents."""),
    # radiology incidentalomas: ages under 90 and reporting systems
    note("""Rads incidentaloma cheat sheet, updated:
- Lung nodule: Fleischner [[YEAR:2017]] for incidental, Lung-RADS [[YEAR:2022]] for screening. An 89-year-old with a 6 mm solid nodule: no follow-up is reasonable, discuss with the team.
- Renal cyst: Bosniak [[YEAR:2019]], IIF now includes many thin septa.
- Liver: LI-RADS only in at-risk patients.
- Adrenal: <10 HU = adenoma; washout if indeterminate.
- Thyroid: ACR TI-RADS; no US for incidental nodules <1.5 cm in patients over 35 on CT.
- Ovary: O-RADS US; pancreas cysts per ACR white paper.
- Breast: BI-RADS 3 = short-interval follow-up at 6 months.
Age cut-offs matter: a woman in her late 80s with a BI-RADS 4 lesion may still want a biopsy, ask her."""),
    # surgical tumour board without names
    note("""**HPB tumour board, 3 cases, no identifiers**

1. 58F, pancreatic head adenocarcinoma, 2.8 cm, abutting SMV <180°, CA 19-9 412. NCCN borderline resectable. Plan: neoadjuvant mFOLFIRINOX x 4 months then Whipple if no progression.
2. 67M, s/p Whipple last year: R0, ypT2N1 (3/22 nodes), now a 1.1 cm liver lesion. MRI with hepatobiliary contrast + biopsy before calling it recurrence.
3. 72F, cholangiocarcinoma, perihilar, Bismuth-Corlette IIIa. Liver volumetry: FLR 28% → PVE first.
Also a brief discussion of the Clavien-Dindo IIIa POPF after case 2's Whipple and whether a Blumgart anastomosis lowers the leak rate. Surgical volume criteria per the "Leapfrog" standards were mentioned."""),
    # dialysis access, place-named fistula
    note(
        """Vascular access question for nephrology and vascular colleagues. What's your first-line access in older adults starting HD, fistula-first or catheter-last? Our unit data: radiocephalic (Brescia-Cimino) fistulas in patients over 75 have a 45% primary failure rate, so many of our surgeons now go straight to brachiocephalic. KDOQI [[YEAR:2019]] moved to the "ESKD Life-Plan" framing, which I like.
- Mature by the rule of 6s: 6 mm diameter, <6 mm deep, 600 ml/min flow, at 6 weeks.
- Steal syndrome: DRIL vs banding.
- Kt/V ≥1.2 (URR ≥65%) as the floor.
Historical note for trivia night: the Scribner shunt (Teflon, [[YEAR:1960]]) made chronic HD possible. Thanks to Dr. Mensah and @rohan.kulkarni for sending the access audit template.""",
        "Kofi Mensah",
        "Rohan Kulkarni @rohan.kulkarni",
    ),
    # antimicrobial stewardship: scores and eponymous syndromes
    note("""Stewardship round-up from this week (no patient details):
- Duke-ISCVID [[YEAR:2023]] criteria for endocarditis: PET/CT and intraop findings now count.
- Pitt bacteremia score ≥4 = high risk, don't do early oral step-down.
- Sore throat: Centor/McIsaac; test if ≥2, don't treat without a positive test. Unilateral neck swelling + septic emboli in a teenager: Lemierre syndrome (Fusobacterium).
- Kocher criteria for septic hip in children (non-weight-bearing, fever, ESR >40, WBC >12k).
- Fitz-Hugh-Curtis (perihepatitis with PID).
- Jarisch-Herxheimer reaction after the first penicillin dose for syphilis: warn patients.
- Ziehl-Neelsen for AFB, Gram stain for everything else, Lancefield grouping for streps.
Oral step-down for uncomplicated GN bacteremia after source control: yes (7 days total). POET and OVIVA still apply for IE and bone/joint infections."""),
    # lower-case phone reply, paediatrics
    note(
        """on my phone so sorry for typos. re the bronchiolitis q: we stopped routine salbutamol + cxr yrs ago per the aap guideline. hfnc only if failing low flow, 2 l/kg/min max. ng feeds over iv fluids if not feeding, the carfdeed trial nope i mean the ng vs iv trial showed no diff. sats target 90 not 92, the british trial settled that. rsv monoclonal (nirsevimab) for all infants <8 mo entering their first season this yr, we saw way fewer admits. agree with dr santos on discharging once sats ok + feeding >50-75%, dont wait for the cough to go""",
        "Rhea Santos",
    ),
    # Korean cardiologist: eponymous and Japanese/Korean-named conditions
    note(
        """Cardiology from Korea, some conditions our US colleagues see less often:
- Kawasaki disease: highest incidence is in Japan and Korea. Coronary aneurysm Z-score ≥10 = giant, needs warfarin + aspirin. IVIG 2 g/kg + aspirin; infliximab or a second IVIG if resistant (Kobayashi score predicts resistance in Japanese children, less so in ours).
- Takotsubo (named after the Japanese octopus pot): apical ballooning, post-menopausal women, emotional or physical trigger. InterTAK score.
- Moyamoya ("puff of smoke"): RNF213 p.R4810K variant, common in East Asia. Revascularization for recurrent TIAs.
- Takayasu arteritis in young women: pulseless, bruits, BP difference >10 mmHg between arms.
- Brugada is more common in Southeast Asian men ("sudden unexplained nocturnal death").
Thanks @hana.kwon for inviting me to post this.""",
        "Hana Kwon @hana.kwon",
    ),
    # Nigerian pasted WhatsApp with role labels
    note(
        """Sharing (with roles only) a teaching exchange from our department WhatsApp about malaria in pregnancy:

[07:02] HO1: 2nd trimester, febrile, RDT positive, vomiting, can't keep oral meds
[07:04] SR: that's severe malaria until proven otherwise. IV artesunate 2.4 mg/kg at 0, 12, 24 h
[07:05] HO1: even in pregnancy?
[07:06] SR: yes, artesunate in all trimesters now per WHO, including first trimester since the [[YEAR:2022]] update
[07:10] Consultant: check glucose q4h, quinine-era hypoglycaemia is less common but still happens. Hb? transfuse if <7
[07:12] HO1: Hb 8.4, glucose 3.9
[07:15] Consultant: good. then ACT x 3 days once she tolerates oral. IPTp-SP from 13 weeks for the rest of pregnancy

The short version: artesunate beats quinine for severe malaria in every group (AQUAMAT and SEAQUAMAT). Thanks to @ngozi.umeh for the poster we put on the labour ward.""",
        "Ngozi Umeh @ngozi.umeh",
    ),
    # grand rounds feedback thread, member names only
    note(
        """**Re: Grand rounds recording — "Hyperkalaemia: what's new?"**

Great presentation, Amaka. The slide comparing sodium zirconium cyclosilicate with patiromer was the clearest I've seen.

**Kofi Mensah:** Agree. One question on the insulin-dextrose dosing: 5 units vs 10 units regular insulin for hypoglycaemia risk in CKD. We moved to 5 units + 50 g dextrose after two hypos.

**Amaka Eze:** Thanks Kofi! Yes, 5 units is our default now for eGFR <30 or weight <60 kg. Salbutamol 10-20 mg nebulised as adjunct. Calcium gluconate 30 ml 10% only for ECG changes.

**Miriam Haldane:** Also, please stop using Kayexalate/SPS, the colonic necrosis reports are not rare.

Thanks all, and thanks Dr. Eze for sharing the slides on the members' library.""",
        "Amaka Eze",
        "Kofi Mensah",
        "Miriam Haldane",
    ),
    # Irish oncology MDT without names
    note("""Colorectal MDT summary (Irish hospital, identifiers removed before posting):

1. 72M, rectal adenocarcinoma 8 cm from AV, MRI mrT3c N1, EMVI positive, CRM threatened. TNT (short-course RT then CAPOX), reassess for watch-and-wait if cCR.
2. 64F, right colon cancer, dMMR (MLH1 promoter hypermethylation, so sporadic, not Lynch). pT4a N0 after right hemicolectomy, 0/31 nodes. Adjuvant: discussed, not for fluoropyrimidine alone in dMMR.
3. 55M, synchronous liver mets x3, RAS wild-type, left-sided: FOLFOX + panitumumab then re-image for resection.
4. 81F, T1 sigmoid polyp cancer, Haggitt level 2, no LVI, margin >1 mm: surveillance.
Amsterdam II and revised Bethesda criteria reviewed for case 2's family. Next MDT after the bank holiday."""),
    # EM toxicology with word-name lookalikes
    note("""Tox pearls from a busy weekend, with our usual gallows humour removed:
- Hope is not a plan for a paracetamol level drawn at 2 h: repeat at 4 h and use the Rumack-Matthew nomogram.
- Young adults with sympathomimetic toxicity from street "molly" that was actually a cathinone: benzos first, cooling, no haloperidol early.
- Frank hematuria after a snakebite: check 20WBCT or fibrinogen.
- Joy-riding teens with carbon monoxide from a car idling in a closed garage: COHb 28%, hyperbaric discussion.
- ART (antiretroviral) interactions with ritonavir-boosted regimens and fentanyl.
- Faith in activated charcoal should be limited to <1 h post-ingestion of a binding toxin.
- Price of antivenom and Digifab: check your stock before you need it.
Grant applications for our regional poison centre are due, so please send case numbers (just counts, no details) to the ED lead."""),
    # Indian haematology: CML scores named after people and a city
    note("""CML follow-up question from a haematologist in India. With generic imatinib at about ₹1,500/month, most of our chronic-phase patients stay on it even with suboptimal response, because dasatinib and nilotinib generics are still costlier.
Risk at diagnosis: Sokal, Hasford (Euro), and now ELTS, which predicts CML death better. ELN [[YEAR:2020]] milestones: BCR::ABL1 IS ≤10% at 3 months, ≤1% at 6, ≤0.1% (MMR) at 12.
Philadelphia chromosome t(9;22), so-called after the city where it was discovered. Additional chromosomal abnormalities in Ph+ cells ("major route") are high risk.
Question: for a patient with MR2 at 12 months on imatinib 400 and good adherence (checked by pill count), would you switch to a 2G-TKI or increase imatinib to 600 given cost? Kinase domain mutation testing shows no mutation."""),
]


def _find_all(text: str, word: str) -> list[int]:
    return [k for k in range(len(text)) if text.startswith(word, k)]


def build() -> list[tuple[dict[str, object], list[str]]]:
    """The first script's records, then each note's ``members`` added when it has any."""
    built = _FIRST.build_notes([t for t, _ in PHI_NOTES], [t for t, _ in FREE_NOTES], "pc4")
    for (record, _), (_marked, members) in zip(built, PHI_NOTES + FREE_NOTES, strict=True):
        text = str(record["text"]).lower()
        tagged = {i for s in record["phi"] for i in range(s["start"], s["end"])}  # type: ignore[union-attr]
        for m in members:
            # a member is named or @-mentioned in the note, untagged at least once
            words = [*m["name"].lower().split(), m.get("handle", "@").lower()]
            hits = [k for w in words if len(w) > 1 for k in _find_all(text, w)]
            assert any(k not in tagged for k in hits), (record["id"], m)
            assert m.get("handle", "").lower() in text, (record["id"], m)
        if members:
            record["members"] = members
    return built


def render() -> str:
    return _FIRST.render_notes(build())


def main() -> int:
    return _FIRST.write_notes(OUT, build(), len(PHI_NOTES))


if __name__ == "__main__":
    sys.exit(main())
