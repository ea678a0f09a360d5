# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_14.jsonl``: blind test set 14 of invented physician posts.

Written blind by a helper session that saw only the TAGS, the parser and the note-building
helpers of ``make_physician_cases.py`` (no detector code, no tests, no earlier sets). Every
patient, relative, clinician, colleague, place and number is invented; US phones use
555-01xx, UK mobiles 07700 900xxx, IPs the documentation ranges, email domains are made up.

It leans towards an even North American / UK mix of everyday network traffic: Sermo and
Reddit-style case posts with threaded replies, pasted WhatsApp/Teams chats with
timestamps, tumour boards, M&M write-ups, discharge and clinic-letter pastes, dictation,
phone-typed lower-case replies, ALL CAPS templates; family medicine, paediatrics, OB,
emergency, hospital medicine, psychiatry, surgery, geriatrics, sports and occupational
medicine; rural and urban. The PHI-free notes are dense with eponyms, place-named
diseases, scores, trials, genes, UK fraction shorthand (3/52, 2/7), codes, device models,
public links, role-only chat labels and colleagues of the network.

Conventions beyond the README:

- Lay people linked to the patient who are not relatives (neighbours, teachers, pastors,
  employers, supervisors, police officers, coaches) are tagged REL, like relatives and
  proxies; pharmacists, lay midwives, community health aides and social workers who looked
  after the patient are HCP.
- A weekday on its own is not tagged; a weekday written with a day number is part of the
  DATE ("Thursday 7 March 2024"). Month-and-year or a month with a day is DATE.
- Titles and honorifics stay outside spans (Dr, Mr, Mrs, Ms, Doña, Bà, Pan, Pani, Ate,
  Tita, Lola, Sister, Pastor, Coach, Chief, Smt., Officer).
- An NHS number, prescription number, badge number, inmate number, claim-free reference
  numbers (prior authorisation, UNOS) are ID; a hospital/unit number is MRN; a billing or
  workers' compensation claim number is ACCT; Medicare MBI and insurer member numbers are
  PLAN; driving licences, CDLs and airman certificates are LIC.
- Colleagues of the network are never tagged; they are listed in MEMBERS.

    python bench/data/make_physician_cases_14.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 Sermo-style rural FM curbside, farmer found down
    """Curbside for the rural FM crowd (@priya.raman you asked for cases like this last month).

[[AGE:91]]yo retired dairy farmer, still milks two Jerseys every morning on the home place off [[STREET:Quarry Ridge Rd]] outside [[TOWN:Castalia]]. Grand-daughter [[REL:Kaylee Brandt]] found him on the milk-house floor [[DATE:Sun 10/8]], down maybe 6 h. CK 4,800, Cr 1.9 (1.1 at his wellness visit [[DATE:Aug 14]]), K 5.6. Denies head strike but he's a stoic old Norwegian and says "fine" to everything. Admitted to our 12-bed CAH ([[FAC:Winneshiek Valley Community Hospital]]), fluids, CK trending down, already asking when he can get back for chores.

He refuses to move in with [[REL:Kaylee]] in [[TOWN:Decorah]] and won't wear a pendant. Anyone had luck with the farm-bureau fall-detection programs? Our social worker [[HCP:Deb Hovland]] is out of ideas and so am I.""",
    # 2 UK GP, teenage knee pain that is not Osgood-Schlatter
    """Bit of a niggle from Monday's surgery, would value thoughts. 15yo [[PT:Tyler Pritchard]], mum [[REL:Jodie]] brought him in with 3/52 of L knee pain since half-term rugby at [[FAC:Hollins Park Academy]]. Tender tibial tuberosity, I was ready to call it bog-standard Osgood-Schlatter, BUT night pain waking him, and his PE teacher Mr [[REL:Adeyinka]] emailed mum to say he'd pulled out of the cross-country on the [[DATE:14th Nov]].

Sent him for a plain film at [[FAC:Sutton Cross Community Hospital]]: "subtle periosteal reaction distal femoral metaphysis, ?Codman triangle". 2WW sarcoma referral done. Family live on [[STREET:Wyndley Close]], [[ZIP:B73 6PN]], so it goes to the [[FAC:Queen's Orthopaedic Hospital]] bone tumour service.

Am I overcalling on one film? @siobhan.kearney you did your ortho job there, how quick are they turning 2WWs round at the moment?""",
    # 3 pasted trauma group chat with plate and VIN
    """Pasted from our trauma WhatsApp (names left as is because I'm too tired to redact, mods feel free):

[02:14] [[HCP:Jess Albright]]: level 1 activation, MVC vs tree at [[PLACE:Route 9 and Pelham Hollow Rd]], ETA 12 min, driver only, passenger ran per [[COUNTY:Dutchess]] deputies
[02:31] [[HCP:Omar Haddad]]: GCS 13, seatbelt sign, FAST +ve LUQ, 84/50 after 1L
[02:33] [[HCP:Jess Albright]]: MTP activated. trooper says grey Civic, plate [[PLATE:KJW-4471]], registered to [[REL:Dolores Fenn]] (mom?)
[02:40] [[HCP:Omar Haddad]]: wallet ID says [[PT:Brandon Fenn]], DOB [[DATE:06/02/2005]], lives in [[TOWN:Millbrook]]
[02:58] [[HCP:Jess Albright]]: to OR with Dr [[HCP:Kessler]], spleen
[03:40] [[HCP:Omar Haddad]]: tow yard faxed the VIN [[VIN:1HGFC2F59KA013377]] for the chart?? why

Question for ED folks: does anyone actually document the plate/VIN when police ask? Our risk management says never.""",
    # 4 breast MDT table
    """**Breast MDT, [[FAC:Northgate University Hospital]], [[DATE:Thursday 7 March 2024]]**

| # | Patient | Hosp no. | Summary | Outcome |
|---|---|---|---|---|
| 1 | Mrs [[PT:Aileen Fairhurst]], 64 | [[MRN:NH4471902]] | L 22 mm IDC G2, ER 8/8, HER2 neg, 0/2 SLN | Oncotype DX requested; RT at [[FAC:Pendle Cancer Centre]] |
| 2 | [[PT:Rukhsana Begum]], 47 | [[MRN:NH4480117]] | R 41 mm, HER2 3+, N1 on USS core | Neoadjuvant TCHP, seen by Mr [[HCP:Lindsay]] |
| 3 | Ms [[PT:J. Kowalski]], [[AGE:91]] | [[MRN:NH3390028]] | ER+ 30 mm, CFS 6 | Primary endocrine (letrozole), GP Dr [[HCP:Amin]] to be informed |

Present: [[HCP:K. Lindsay]] (surgeon), [[HCP:P. Mensah]] (radiology), CNS [[HCP:Tracey Holt]], plus histopath and oncology.

Posting because row 3 generated a long argument about whether we under-treat the over-90s. Thoughts?""",
    # 5 M&M write-up, missed SAH
    """M&M summary, EM department, [[FAC:St. Columba Medical Center]].

47F presented [[DATE:10/2]] at 23:10 with a sudden "worst headache of my life" that began while lifting cases at work (night shift at the [[FAC:Harvest Moon Foods]] distribution center). Triaged ESI 3. Nonfocal exam, CT head at ~7 h from onset read negative by the overnight telerad group. Discharged 03:40 with a migraine cocktail.

Returned [[DATE:10/5]] with GCS 11. CTA: 7 mm AComm aneurysm, Hunt-Hess 3, modified Fisher 3. Transferred to [[FAC:Mercy Hill Neuroscience Institute]] and coiled.

Learning points:
- Ottawa SAH rule was positive (age >=40, onset with exertion).
- The 6-hour CT rule does not cover a scan at 7 h; LP or CTA should have been offered.
- "Better with a cocktail" does not rule anything out.
- Sentinel headache: she had told the triage nurse about a milder similar headache a week earlier. That history was in the nursing note but not in the physician note.
- Shared decision-making is not the same as offering nothing. The documented conversation was "CT negative, likely migraine, return if worse".

Timeline (all times from the chart):
| Time | Event |
|---|---|
| 23:10 | Arrival, BP 168/94, pain 9/10 |
| 23:45 | Physician evaluation |
| 00:20 | CT head ordered |
| 01:05 | CT done (about 7 h from onset) |
| 02:10 | Prelim read: no acute intracranial abnormality |
| 03:40 | Discharged, pain 3/10 |

System issues the committee identified: the teleradiology prelim template does not state time from onset; our EM headache pathway still says "CT within 6 h" without a fallback; night staffing was one attending for 38 patients. Action items: update the pathway with CTA as the default after 6 h, add time-of-onset as a required field in the CT order, and a refresher on the Ottawa SAH rule at the next faculty meeting.

Her husband [[REL:Dale Vukovich]] consented to the case being discussed. Presented by [[HCP:R. Nakashima]], PGY-3; attending of record [[HCP:L. Brandvold]]. Thanks to @sam.whitford for the Ottawa SAH slides.""",
    # 6 ALL CAPS discharge template
    """PASTING OUR DC TEMPLATE BECAUSE THE FORMAT IS DRIVING ME NUTS. WHY DOES IT PRINT THE SSN ON THE PATIENT COPY??

PATIENT: [[PT:OKONJO, BEATRICE A]]
MRN: [[MRN:00729314]]    ACCT: [[ACCT:H88210473]]
DOB: [[DATE:04/19/1931]]    AGE: [[AGE:92]]
SSN: [[SSN:519-44-0163]]
ADDRESS: [[STREET:2207 W PERSHING AVE APT 3]], [[TOWN:DULUTH]], MN [[ZIP:55806]]
HOME PHONE: [[PHONE:218-555-0146]]
MEDICARE MBI: [[PLAN:7EK4-TE2-MN81]]
ADMIT: [[DATE:01/08/2024]]    DISCHARGE: [[DATE:01/13/2024]]
PCP: [[FAC:ARROWHEAD FAMILY PRACTICE]], FAX [[FAX:218-555-0199]]
PRINCIPAL DX: ACUTE ON CHRONIC HFPEF. AF WITH RVR. CKD 3A.
DISPOSITION: TCU, SNF BED HOLD 3 DAYS

Anyone know if Epic lets you suppress a field on the AVS without an analyst ticket?""",
    # 7 phone-typed lower case psych
    """sorry typing on phone in the car. 34f bipolar I, off lithium since [[DATE:easter '23]], brought in by her pastor (pastor [[REL:dwayne]] from [[FAC:new hope fellowship]] on [[STREET:ridgeway ave]]) after 3 nights preaching in the parking lot of the [[FAC:kroger]] at [[PLACE:7th and main]]. her name is [[PT:tamsin]] and she specifically asked me to "tell all the doctors" lol. mom [[REL:carol lindqvist]] flying in from [[TOWN:tucson]] tonight, cell [[PHONE:520 555 0112]]

q is restart li vs valproate, she's on depo and wants more kids eventually. @ben.haddad you had a similar one in the spring?""",
    # 8 NICU twins
    """Looking for NICU/perinatal input on a family meeting.

Twins at 29+4, mom [[REL:Shaniqua Dorsey]] (G4P2 -> 4) transferred in from [[FAC:Calumet Memorial Hospital]] after PPROM, born [[DATE:2/11/24]] at 03:52 and 03:58. She named them [[PT:Kairo]] and [[PT:Khalil]].
- A (MRN [[MRN:61-22-0841]]): Apgars 3/6/8, intubated at 4 min, surfactant x2, now grade III IVH on the R with evolving PVHI.
- B (MRN [[MRN:61-22-0842]]): Apgars 7/9, CPAP only, doing well.

Dad [[REL:Terrence]] works nights at [[FAC:Ardent Steel]] in [[TOWN:Hammond]] and can only come in after 7 am. Dr [[HCP:Yvette Carrasco]] wants to hold the meeting at 08:00 so both parents can be there. How do you frame prognosis for A when B is doing so well right next to him?""",
    # 9 OB, HBAC with lay midwife
    """OB colleagues, need a sanity check. G3P2, 38, one prior LTCS for arrest of descent at [[FAC:Bluff Country Medical Center]] (op note dated [[DATE:9/17/2021]]), one SVD before that. EDD [[DATE:June 30]]. She wants a home birth after cesarean with lay midwife [[HCP:Sunny Marquette]]. They live 70 minutes from us on a goat farm outside [[TOWN:Elkader]] in [[COUNTY:Clayton County]], gravel road, no cell signal past the creek. Husband [[REL:Josiah]] has called the office twice asking us to "just sign off".

Quoted rupture risk 0.5-0.9%, explained the drive time. She's informed and firm. @adaeze.okonkwo, how do you document this? Do you offer a plan B (e.g., labouring at her sister's in [[TOWN:McGregor]] closer to us)?""",
    # 10 UK care home round
    """Care home ward round today, one I'd like views on. Mrs [[PT:Edna Whitcombe]], [[AGE:96]], at [[FAC:Beechlands Residential Home]] in [[TOWN:Ilkley]]. Born [[DATE:11/11/1927]] and very proud of it (Armistice Day baby). Moderate Alzheimer's, MMSE 14/30, two falls this month, now refusing her apixaban because "it makes her bleed".

Daughter [[REL:Gillian]] emails the surgery most days ([[EMAIL:gill.whitcombe62@fastpost.co.uk]]) and is insistent that we continue anticoagulation because her mother "had a stroke scare in [[YEAR:2019]]". LPA for health is with her brother [[REL:Roger]] in [[TOWN:Harrogate]], who says stop everything.

CHA2DS2-VASc 5, HAS-BLED 3, weight 41 kg. Best-interests meeting booked for [[DATE:Friday 19th]]. What would you do? Rebecca, I know you've written about this, would love your take.""",
    # 11 sports med college goalie with insta handle
    """Team doc for a D3 women's soccer program. Our starting keeper [[PT:Maddie Okafor]] (20) had her 2nd concussion in 14 months at the [[FAC:Linden College]] home opener [[DATE:Sept 9]], collision at the near post. She's fine with it being discussed, she literally posted her CT on her insta ([[HANDLE:@maddie.saves00]]). Symptoms resolved by day 6, SCAT6 back to baseline, ImPACT still below baseline on visual memory.

Her coach ([[REL:Trish Valente]]) keeps texting the ATC asking for a date. Mom [[REL:Ngozi]] wants her to retire from the sport. [[PT:Maddie]] wants to play the conference final.

Would you clear after graded RTP, or recommend a season off? @marcus.lindqvist you do neuro-sports, how do you weigh the 14-month interval?""",
    # 12 occupational medicine, pork plant
    """Occ med q. [[PT:Abdirahman]], line worker at the [[FAC:Prairie Gold Pork Plant]] in [[TOWN:Worthington]], badge [[ID:PG-20417]], 41M, knife hand, bilateral hand numbness x 4 months. NCS: moderate bilateral CTS, worse R. Supervisor [[REL:Hector Ybarra]] says there's "no light duty on kill floor" and plant HR keeps calling from [[PHONE:507-555-0131]] asking for the restrictions in writing by end of day.

He's worried about losing his job (visa tied to the plant). Do you write restrictions for rotation off the knife, or go straight to surgical referral? Has anyone had the plant honour a job-rotation restriction?""",
    # 13 psych hold, neighbour call
    """5150 documentation question (CA). Neighbour Mrs [[REL:Lum]] called 911 after 29M [[PT:Gideon Tsai]] was shouting on the landing at [[STREET:1180 Bancroft Way]], unit 4, for two nights. Officer [[REL:Ruiz]] (badge [[ID:4471]]) wrote "danger to others" on the application but the only statement quoted is "I'll deal with them". No weapons, no prior holds, works from home as a game tester for [[FAC:Blinkfield Studios]].

In the ED he's guarded, probably persecutory delusions re: the neighbours' wifi, sleeping 3 h a night. Tox neg. Sister [[REL:Mei]] on the phone from [[TOWN:Fremont]] says this started after a breakup in [[DATE:January]].

Would you uphold the hold on grave disability/danger grounds or release with outpatient follow-up?""",
    # 14 voice dictation progress note
    """pasting a dictation because the voice recognition did something hilarious, see line 2

This is Dr. [[HCP:Fatima Rahimi]] dictating a hospital medicine progress note on [[PT:Harold Quist]] spelled Q U I S T medical record number [[MRN:5 5 0 2 9 1 8]] date of service [[DATE:March fifth twenty twenty four]] period new paragraph patient is a [[AGE:ninety two]] year old man with aspiration pneumonia who was seen by speech therapy this morning comma and they recommend honey thick liquids period his daughter [[REL:Annette]] visiting from [[TOWN:Eau Claire]] is in agreement period plan to transition to oral amoxicillin clavulanate and discharge back to [[FAC:Pine Hollow Care Center]] tomorrow period end of dictation

It transcribed "honey thick" as "Honey Thicke" and made it sound like a person. We had a good laugh.""",
    # 15 non-native English, IMG SHO in the UK
    """Respected seniors, kindly guide me. I am working as SHO in [[FAC:Royal Wexbridge Infirmary]] medical ward. Patient is Mr [[PT:Gurdev Singh Sandhu]], 87 years, known case of T2DM, CKD stage 4, admitted on [[DATE:2nd instant]] with hyperkalaemia 7.1. His son Mr [[REL:Harjit]] is very much insisting for dialysis only, he is saying that in India his cousin doctor is telling that dialysis is must. Patient himself is telling in Punjabi he does not want, his grand-daughter [[REL:Simran]] is translating.

Consultant Dr [[HCP:Wheelwright]] is saying conservative kidney management. I am confused how to do the capacity assessment when family is translating. Dr Asante sir, as you suggested I am posting here. Kindly advise, also son has given his mobile [[PHONE:07700 900418]] to all nurses and is calling every hour.""",
    # 16 UK clinic letter with NHS number
    """A cardiology letter landed in my inbox with the employer cc'd (!). Pasting the header so you can see:

Dear Dr [[HCP:Patel]],
Re: Mr [[PT:Declan Moriarty]]  DOB [[DATE:23/08/1958]]  NHS No [[ID:485 777 3456]]  Hosp No [[MRN:K1190475]]
[[STREET:14 Sandpiper Way]], [[TOWN:Kettering]], [[ZIP:NN15 7QX]]
cc: Occupational Health, [[FAC:Nene Valley Logistics]]

Thank you for referring this 65-year-old HGV driver, seen in the Rapid Access Chest Pain Clinic. CTCA shows a CAD-RADS 4A lesion in the proximal LAD...
Yours sincerely,
Dr [[HCP:Anjali Rao]], Consultant Cardiologist

Has anyone else seen the cc to an employer's OH department without explicit consent? He drives for them, and DVLA Group 2 rules apply, but surely that's his duty to tell them, not ours.""",
    # 17 pharmacy methotrexate error
    """Vent + question. Mrs [[PT:Okeke]], 68, RA, was dispensed methotrexate 2.5 mg "take 4 tablets daily" instead of weekly by [[FAC:Halsey Drug]] on [[STREET:Fulton St]] (Rx [[ID:6620184]]). Took it for 9 days. Presented with mucositis, ANC 0.3, plt 22. Leucovorin, G-CSF, she's recovering.

The pharmacist ([[HCP:Linh]]) called me in tears, which I appreciated. Her son [[REL:Chidi Okeke]] wants to sue and asked me to write a statement. I haven't given anything yet. How have others handled being asked to testify against a pharmacy you refer to every day? Lucía, you went through something like this last year, right?""",
    # 18 EP, pacemaker serials
    """EP folks, quick one. [[AGE:90]]M, [[PT:Rubén Alcázar]], dual-chamber PPM (serial [[DEVICE:RNB604821S]]) for CHB since [[YEAR:2017]]. Remote transmissions stopped on [[DATE:Feb 2]]; his bedside monitor (SN [[DEVICE:MCL-24A-0098813]]) was unplugged by the cleaner at [[FAC:Casa Serena Assisted Living]]. When it came back online the download showed 41 h of AHRE burden, max 6 h continuous.

Already on aspirin only because of a GI bleed last year. Would you anticoagulate on device-detected AF alone at [[AGE:90]], post-NOAH and ARTESiA? Granddaughter [[REL:Valeria]] is his HCPOA and wants "whatever is least risky".""",
    # 19 telehealth, IP address and portal link
    """Weird telehealth situation, anyone dealt with this? Pt [[PT:Noor Haddadin]], 36, established with me for anxiety. Her portal messages come from [[EMAIL:noor.h.1987@quillmail.com]] but last week someone logged in and cancelled all her appointments. IT audit shows the session came from IP [[IP:198.51.100.63]], not her usual [[IP:203.0.113.47]]. She thinks it's her ex-husband [[REL:Sami]], who still lives in [[TOWN:Dearborn]].

She also says a share link to her visit summary ([[URL:https://portal.brightwatermed.org/share/8f3k2q]]) was posted in a family group chat. I've reported it to compliance. Is there anything clinically I should be doing, safety-planning wise, beyond the obvious?""",
    # 20 T1D teen with pump serial
    """Peds endo curbside. 16yo [[PT:Eli Brandstetter]], T1D x 8 yrs, pump serial [[DEVICE:TSX2-2291847]], CGM transmitter [[DEVICE:8G4KQX]]. Three DKA admissions since [[DATE:Labor Day 2023]], all at [[FAC:Saint Ansgar Children's Hospital]]. The pump logs show boluses being cancelled at lunch, every school day, at [[FAC:Westfield East High School]].

School nurse [[HCP:Carla Denholm]] thinks he's skipping on purpose (weight worries, wrestling team). Dad [[REL:Mark]] thinks the pump is faulty. Any experience getting teens to engage? We've tried closed-loop and he keeps switching it to manual mode.""",
    # 21 rural Alaska appendicitis with medevac
    """Rural surgery story (long, sorry). Community health aide [[HCP:Nellie Active]] in [[TOWN:Kuskovak]] called our on-call at 22:00: 11yo boy, [[PT:Joseph Beaver]], RLQ pain 30 h, T 39.1, rebound. Weather grounded the plane. She ran IV ceftriaxone and fluids on telemed with me for 14 hours. His grandmother [[REL:Maggie]] sat with him the whole night in the clinic.

Medevac finally got out on [[DATE:the 22nd]], and he reached [[FAC:Tundra Ridge Regional Hospital]] in [[TOWN:Bethel]] with a perforated appendix and a pelvic abscess. IR drain, 10 days IV abx, home by [[DATE:Christmas]].

I want to credit [[HCP:Nellie]] publicly: without her, this kid would not have made it. How do others support aides who are essentially running an ICU in a village with no road? cc @eitan.shapiro, you asked for Alaska stories.""",
    # 22 safeguarding, primary school
    """Safeguarding question for GPs. 6yo [[PT:Lily-Mae Carver]] brought by her nan [[REL:Sandra]] with a spiral #tibia, story is "fell off the trampoline" but there's no trampoline at the house on [[STREET:Linnet Grove]] (nan says it was at a neighbour's). Older brother [[REL:Kyle]] (9) has had two A&E attendances at [[FAC:Whitmoor General Hospital]] this year. Class teacher Miss [[REL:Honeybourne]] at [[FAC:St Aidan's C of E Primary]] rang me on [[DATE:Wed 5th]] worried about bruising on the upper arm.

I've made the MASH referral. My dilemma: nan asked me directly whether I'm "reporting her". Do you tell the family before or after the referral?""",
    # 23 centenarian birthday
    """Lighter one: my favourite patient, Mrs [[PT:Opal Jefferies]], turns [[AGE:102]] on [[DATE:Saturday the 4th]]. Born in [[DATE:1922]] in a sharecropper's cabin, still lives in her own house in [[PLACE:Sunnybank]] with her great-niece [[REL:Rochelle]]. Choir at [[FAC:Mount Zion AME Church]] every Sunday until her late [[AGE:90s]]. Meds: amlodipine 5 and vitamin D. That's it.

Her secret, she says: "Cornbread, Jesus, and never marrying twice."

The church is throwing her a party and invited me. Is it weird to go? I've been her doctor 19 years.""",
    # 24 threaded reply with quotes and members
    """> **Hana Kobayashi** wrote:
> 87M admitted with hyponatraemia 118, euvolaemic, urine osm 460. Workup negative so far. SIADH from what?

> **Tom Greaves** replied:
> Check for a small-cell primary, get a CT chest.

Hana, I think this is the same gentleman I saw in clinic: Mr [[PT:Walter Pennington]] from [[TOWN:Pocatello]]? If so, he told me in [[DATE:November]] he'd started sertraline from an urgent care at the [[FAC:Snake River Urgent Care]] for grief after his wife [[REL:June]] died. SSRI-induced SIADH is a good bet. His PCP is Dr [[HCP:Garza]], [[PHONE:208-555-0167]], if you want the med list.

Agree with Tom though, he's an ex-smoker, 50 pack-years, so CT anyway.""",
    # 25 Spanish-speaking family, Chicago
    """Doña [[PT:Remedios Ybáñez]], [[AGE:93]], came in today with her nieta [[REL:Yesenia]] and Tía [[REL:Chayo]] (who is 88 and also my patient, ha). She's been with our clinic, [[FAC:Clínica Guadalupe]] in [[PLACE:Pilsen]], since it opened. New weight loss 6 kg in 3 months, early satiety, ferritin 9.

[[REL:Yesenia]] asked me, in front of her, to "not tell abuelita if it's cancer". In our culture this comes up all the time. How do you all handle family requests for non-disclosure with older Latino patients? I asked Doña [[PT:Remedios]] herself what she wants to know and she said "todo, mija". So, EGD next week at [[FAC:Mount Carmel Endoscopy Center]].""",
    # 26 Vietnamese elder, Little Saigon
    """Geri question. Bà [[PT:Nguyễn Thị Lan]], [[AGE:94]], lives with her son anh [[REL:Tuấn]] above the family's phở shop ([[FAC:Phở Hạnh Phúc]]) in [[PLACE:Little Saigon]], [[TOWN:Westminster]]. New lower-leg ulcers, ABI 0.6. She's also taking three herbal products from the [[FAC:Asian Garden Mall]] pharmacy and a "blood-moving" tea.

Son wants amputation avoided at any cost. Vascular at [[FAC:Orange Coast Memorial]] offered angioplasty. Daughter-in-law chị [[REL:Hằng]] called me at home?? on [[PHONE:714-555-0154]] (I don't know how she got my number).

Any experience with interactions of dan shen with warfarin-naive elderly? And how do I set boundaries kindly?""",
    # 27 Polish patient in Peterborough, shop employer
    """GP here, slightly stuck with a language/culture thing. Pan [[PT:Zbigniew Wróblewski]], 58, works at the Polish deli [[FAC:Smak Domu]] on [[STREET:Lincoln Road]] in [[TOWN:Peterborough]]. Third visit for "heart pain", normal ECG x3, normal troponin in A&E at [[FAC:Fengate City Hospital]] on [[DATE:28.02.2024]]. His wife Pani [[REL:Halina]] comes in with him and answers every question for him.

On his own ([[REL:Halina]] went to the pharmacy) he told me his brother [[REL:Tadeusz]] died suddenly in [[TOWN:Rzeszów]] in [[DATE:styczeń 2024]] at 56. Now I'm wondering about a familial cardiomyopathy/arrhythmia vs grief. Lipids fine. Would you refer to inherited cardiac conditions on that history alone?""",
    # 28 Filipino lola, care-giving family
    """Hospice/geri question. Lola [[PT:Corazon Dimaculangan]], [[AGE:95]], end-stage dementia, PEG decision. Her grand-daughter Ate [[REL:Marites]] is an RN at our own hospital (awkward) and her aunt Tita [[REL:Baby]] flew in from [[TOWN:Batangas]] and wants "everything done". Lola was a nurse too, at [[FAC:Queens Borough Hospital]] for 30 years, and told her family in [[YEAR:2015]] she never wanted a tube.

Tita [[REL:Baby]] says that was "before she knew". Ate [[REL:Marites]] is crying in the break room. I have the family meeting on Thursday. Any tips on framing when the family is all healthcare workers?""",
    # 29 Nigerian family, London church
    """Mrs [[PT:Folasade Adebayo-Coker]], 52, newly diagnosed HFrEF (EF 30%), refusing sacubitril/valsartan because her husband Chief [[REL:Olumide]] and the pastor at [[FAC:Mountain of Grace Parish]] in [[PLACE:Peckham]] have told her healing will come through prayer and fasting. She's been fasting 3 days a week (Daniel fast).

She's lovely and not anti-medicine, she takes her amlodipine. Her daughter [[REL:Tolu]] (a pharmacist in [[TOWN:Croydon]]) is on my side and asked if I'd speak to the pastor. I'm a Nigerian GP myself, so I understand the dynamic. Has anyone ever met with a faith leader with the patient's consent? How did it go?""",
    # 30 Irish nun in a convent
    """Palliative question from the west of Ireland (posting here because you lot are quicker than the journals). Sister [[PT:Bernadette Keane]], [[AGE:97]], lives in the [[FAC:Convent of Mercy]] in [[TOWN:Ennistymon]] with four other sisters, all over 80. Metastatic colorectal, now a malignant bowel obstruction. She wants to die at the convent, not at [[FAC:Corrib University Hospital]].

Sister [[REL:Philomena]] (the prioress, and her proxy) has asked whether they can manage a syringe driver. The nearest palliative CNS, [[HCP:Orla Hynes]], covers 900 km2. Octreotide + hyoscine butylbromide + midazolam in one driver: any compatibility issues at those concentrations? Thanks Colm for suggesting I post here.""",
    # 31 Amish buggy accident
    """Trauma/rural FM. Buggy vs pickup on [[STREET:Zook Rd]] last night, [[COUNTY:Lancaster County]]. 14yo driver [[PT:Amos Stoltzfus]] thrown, open tib/fib, Gustilo IIIA. His father [[REL:Levi]] would not consent to blood initially, then consented after the bishop, [[REL:Eli King]], came to the ED. Family farm is off [[PLACE:Gap]] on [[STREET:Belmont Rd]] and they have no phone, so their English neighbour Mrs [[REL:Hershberger]] relays messages.

Questions: (1) anyone have a workflow for consent delays in Plain communities, (2) tips for follow-up when the family can't do telehealth and the clinic is 40 min by buggy?""",
    # 32 First Nations nursing station
    """Rural/remote medicine: nursing station at [[PLACE:Sandy Narrows First Nation]] called about a 3yo, [[PT:Tayden Moose]], with 3 days of fever, sore throat and now a new murmur + migratory arthritis. ASOT 800. Jones criteria met for ARF. The nurse in charge [[HCP:Rachelle Kakegamic]] says two cousins had "strep" in [[DATE:October]].

Flight to [[FAC:Lakehead Regional Hospital]] is 2 days out because of weather. Mom [[REL:Destiny]] is 19 and scared. Benzathine penicillin on site, aspirin dose? I haven't seen ARF in 15 years of practice, would value input.""",
    # 33 workers comp claim
    """Occ med paperwork question. Roofer, 44M, fell 12 ft from a ladder at a job for [[FAC:Summit Peak Roofing]] on [[DATE:4/3/24]] (DOI), L calcaneus fracture, ORIF. WC claim [[ACCT:WC-8803-1142-7]], adjuster [[REL:Kristen Baylor]] emailing me daily at [[EMAIL:kbaylor@granitemutual-claims.com]] asking for MMI.

He's 11 weeks out, still non-weight bearing per ortho (Dr [[HCP:Fenwick]]). I'm the treating occ doc. She keeps asking me to "overrule" the surgeon. What do you tell adjusters who push for an MMI date that makes no clinical sense?""",
    # 34 DUI ED with driving licence
    """ED q about legal blood draws. 23M brought in by [[TOWN:Maple Grove]] PD after a single-vehicle crash, officer wants a BAC for a DUI. Pt ([[PT:Connor Mayhew]], DL [[LIC:M220-583-971-044]]) is alert, refusing. He has a forehead lac, GCS 15.

Officer (Sgt. [[REL:Bakken]]) says he has a warrant, produced it, signed by a judge at 02:10. Our policy says we draw if warrant, but our nurses are uncomfortable. Also, mom ([[REL:Tina Mayhew]]) is on the phone from [[TOWN:Anoka]] demanding we don't. Does a warrant override the patient's refusal in your state?""",
    # 35 insurance denial
    """Prior auth rant. Tirzepatide for a 54F with T2DM, A1c 9.8 despite max metformin + empagliflozin, BMI 41. Denied for "step therapy not met". Member ID [[PLAN:XJH884420193]], PA ref [[ID:PA-7781320]]. I did the peer-to-peer with their medical director, who was a retired dermatologist.

Pt ([[PT:Rhonda Gillespie]]) works the register at [[FAC:Duffy's Hardware]] in [[TOWN:Chillicothe]] and can't afford cash price. Appeal letter drafted. Any magic words that work with this insurer? @will.hardy you won one of these last month, what did you say?""",
    # 36 billing and fax chaos
    """Anyone else's billing office sending statements for things that never happened? My patient [[PT:Gerald Ashby]], 79, got a $3,400 bill (hospital account [[ACCT:7700315592]]) for a CT he never had, at [[FAC:Westover Imaging]]. His wife [[REL:Peg]] faxed us the statement from the [[FAC:Riverside Public Library]] fax ([[FAX:740-555-0118]]) because they don't have a home computer.

I called billing twice, 40 min on hold each time. Do patients have a right to an itemised bill with CPT codes? What's the fastest route to get this reversed?""",
    # 37 old-school pager sign-out
    """Old-school paging is alive and well at our place. Here's tonight's handoff from the nocturnist (verbatim, names left because it's internal, I know, I know):

- [[PT:Juanita Reyes]], 5W-12, DKA, on drip, gap closed at 21:00, call endo fellow Dr. [[HCP:Sato]] pgr [[PAGER:4417]] if BG < 70 x2
- [[PT:Amir Qasim]], 5W-18, GI bleed, 2u PRBC, GI (Dr [[HCP:Lindholm]], pgr [[PAGER:6022]]) scoping at 07:00
- [[PT:Bill Fontaine]], 5W-03, [[AGE:94]], comfort care, daughter [[REL:Renée]] at bedside, call her if he passes [[PHONE:314-555-0188]]

Question: how many of you still rely on 4-digit pagers? Our admin wants to switch to Teams but reception on 5W is terrible.""",
    # 38 I-PASS bullet sign-out
    """I-PASS example for our residents (I teach handoffs). I blanked the room numbers but not the names, sorry, just noticed. Mods please hide if needed:

**Illness severity: watcher**
**Patient summary:** [[PT:Dorothea Lindgren]], 89, admitted from [[FAC:Cedar Brook Manor]] with urosepsis. DNR/DNI confirmed with son [[REL:Nils]] ([[PHONE:763-555-0125]]).
**Action list:** repeat lactate at 02:00, f/u blood cultures
**Situation awareness:** if hypotensive, 500 mL bolus, call me
**Synthesis by receiver:** repeats back

Residents keep skipping the "S" at the end. How do you enforce it?""",
    # 39 Markdown clinic list
    """Tomorrow's community paeds clinic at [[FAC:Brookhaven Child Development Centre]] (sharing the template, not the content... oops):

| Time | Name | Age | Reason |
|---|---|---|---|
| 09:00 | [[PT:Oscar Nwachukwu]] | 4 | ASD assessment, school [[FAC:Greenlands Nursery]] |
| 09:45 | [[PT:Ivy Stanhope]] | 7 | ADHD review, mum [[REL:Lauren]] wants to try guanfacine |
| 10:30 | [[PT:Reuben Joel]] | 11 | enuresis, desmopressin |
| 11:15 | [[PT:Aaliyah Mirza]] | 2 | speech delay, audiology [[DATE:12/04]] |

Does anyone run 45-min slots for ASD assessments? Our service wants 30.""",
    # 40 eating disorder, TikTok handle
    """Adolescent psych / peds. 15F, [[PT:Sophie Lindahl]], restrictive AN, BMI 14.2, HR 38 overnight. She has 40k followers on TikTok ([[HANDLE:@sophsfitjourney]]) and films "what I eat in a day" videos from the unit bathroom. Her dance teacher Mme [[REL:Arsenault]] keeps messaging her.

Parents ([[REL:Erik]] and [[REL:Jenna]]) want the phone taken away completely. [[PT:Sophie]] says it's her "only friend group". How are others handling social media on inpatient ED units? Dev and Maya, you both work on adolescent units.""",
    # 41 GoFundMe link
    """Ethics question. A family posted a GoFundMe for my patient's treatment ([[URL:https://gofund.example.org/f/help-dad-beat-als-ruiz]]) and used a photo taken in my clinic room with my name badge visible. The patient, [[PT:Hector Ruiz]], 61, ALS, is a retired bus driver from [[TOWN:San Bernardino]]; his daughter [[REL:Alma]] set it up.

They've raised $38k, which is wonderful, but they describe an "experimental cure in [[TOWN:Tijuana]]" and quote me as supportive. I'm not. Do I say something?""",
    # 42 pilot FAA medical
    """AME folks. Regional airline FO, 38M, [[PT:Derek Holloway]], airman cert [[LIC:3719045]], flying for [[FAC:Cascade Ridge Airlines]] out of [[TOWN:Spokane]]. Started sertraline 3 months ago for situational anxiety after his divorce, told nobody. Now he's come clean at his renewal (class 1, due [[DATE:June 18]]).

He's terrified of losing his medical. I know the SSRI pathway exists, but how long are people actually grounded these days? His chief pilot [[REL:Anne-Marie Kovač]] is supportive.""",
    # 43 trucker DOT physical
    """DOT physical dilemma. CDL driver [[PT:Luther Gaines]], 63, CDL [[LIC:G552-4180-7731]], hauls for [[FAC:Red Mesa Freight]]. His truck (AZ plate [[PLATE:8MX-221]]) was parked in our lot and I noticed a CPAP box on the dash, unopened. He reported "no sleep issues" on the form. Neck 19", BMI 42, Epworth he scored 2 (!).

His wife [[REL:Darlene]] told our MA he falls asleep at red lights. Do I certify for 3 months pending a sleep study or disqualify today?""",
    # 44 snowmobile accident northern Minnesota
    """Northwoods ED. Snowmobiler, 31M, [[PT:Travis Lundeen]], through the ice on [[PLACE:Lake Vermilion]] near [[PLACE:Pike Bay]] at 17:30, pulled out by his buddy [[REL:Cody]] after ~8 min. Core 28.4 on arrival to [[FAC:Boundary Waters Community Hospital]].

VF arrest x2, ECMO not available, 4 h from the nearest ECMO centre. We did active internal rewarming with bladder + thoracic lavage, ROSC at 01:10. Flown out, neurologically intact at day 5!

Would love to hear others' protocols for accidental hypothermia without ECMO. @farah.qureshi you're our hypothermia person.""",
    # 45 mushroom foraging, state park
    """Tox case. Couple in their 60s, [[PT:Gordon]] and [[PT:Ilse Marchetti]], ate mushrooms foraged on the [[PLACE:Cedar Hollow Trail]] in [[PLACE:Laurel Run State Park]] that a neighbour (Mr. [[REL:Orloff]]) "identified" from a phone app. Onset of vomiting/diarrhoea 10 h after ingestion, AST 1,800 by day 2 in [[PT:Gordon]]. Amatoxin suspected.

We started silibinin via the compassionate access program. Poison centre involved. [[PT:Ilse]] less sick. Anyone had a good outcome with silibinin + NAC without transplant? Thanks @ravi.subramanian for the silibinin contact. He's been listed at [[FAC:Allegheny Highlands Transplant Center]] just in case.""",
    # 46 measles contact tracing daycare
    """Public health/peds. Confirmed measles in a 13mo unvaccinated child, [[PT:Asher Kleinfeld]], attends [[FAC:Little Acorns Daycare]] on [[STREET:Oak Hollow Dr]]. Infectious period [[DATE:3/8]]-[[DATE:3/16]]. He was also at [[FAC:Beth Shalom Synagogue]] for a bris on [[DATE:3/10]] and at our waiting room on [[DATE:3/12]] at 14:00.

Mom [[REL:Rivka]] is cooperative. County health ([[COUNTY:Rockland County]]) is running contact tracing. How are other practices handling post-exposure MMR vs IG in infants under 6 months who were in the waiting room?""",
    # 47 homeless patient, intersection, shelter
    """Street medicine. 52M, [[PT:Raymond "Ray" Dukes]], lives in a tent at [[PLACE:Broadway and 19th]] under the overpass, sleeps at [[FAC:Haven House Shelter]] when it's below freezing. Wet gangrene of two toes, A1c 13. Refused admission twice. His case manager [[HCP:Keisha Holloway]] found him a bed for tonight, and his sister [[REL:Loretta]] drove up from [[TOWN:Gary]] to sit with him.

He'll accept amputation only if his dog can be looked after. Ha. Honestly, does anyone have a program that fosters pets during admission? Nkechi, was it you who mentioned one?""",
    # 48 prison health
    """Correctional medicine. Inmate [[PT:Darnell Whitaker]], #[[ID:A-556104]], at [[FAC:Hollister State Correctional Facility]] (transferred from [[FAC:Pike County Jail]] in [[DATE:May '23]]), 39M, HCV genotype 1a, F3 on FibroScan. Sentence ends [[DATE:12/1/2024]]. The state formulary wants him to complete treatment "after release" to save cost.

DAAs take 8-12 weeks. If we start now he finishes inside. Anyone won this argument with a state DOC medical director?""",
    # 49 dialysis transport
    """Dialysis unit problem. Mrs [[PT:Ethel Braddock]], 84, MWF 2nd shift at [[FAC:Greenbriar Dialysis]], misses ~1 session/week because the medical transport ([[FAC:Reliant Ride]], [[PHONE:606-555-0173]]) doesn't show. She lives up a hollow off [[STREET:KY-1428]] near [[TOWN:Hindman]], 45 min each way. Her grandson [[REL:Jaxon]] drives her when he's not working at the [[FAC:Dollar General]] in town.

K was 6.9 last Monday. Has anyone had success getting PD set up for someone this far out with no running water some months?""",
    # 50 transplant, kidney donor
    """Transplant referral question. Living donor workup: donor is the patient's best friend from church, not a relative, [[REL:Camille Thibodeaux]], 46. Recipient [[PT:Andre Broussard]], 49, FSGS, UNOS ID [[ID:BX44821]]. Both from [[TOWN:Opelousas]]. Crossmatch negative at [[FAC:Bayou Teche Transplant Center]].

The donor's husband [[REL:Paul]] called me privately saying she's being pressured by the church. How do you handle that with independent living donor advocates?""",
    # 51 peds hockey concussion
    """Peds sports med. 12yo goalie [[PT:Liam Tremblay]], 3rd concussion this season, team is the [[FAC:Kempenfelt Wolves]] U13 AA out of [[FAC:Allandale Arena]]. Coach [[REL:Pellerin]] benched him after the last one, good man. Parents split: dad [[REL:Marc]] wants him back, mum [[REL:Geneviève]] wants him to quit.

Symptoms resolved in 2 weeks each time. What's your threshold for recommending a kid stop contact sport entirely?""",
    # 52 OB PPH M&M
    """M&M draft, L&D. G2P2, 31, [[PT:Kelsey Okonkwo-Hart]], SVD [[DATE:11/19]] 04:12 at [[FAC:Fairmont Women's Pavilion]], EBL 2,400 mL. Atony, TXA given at 04:40 (late), Bakri, B-Lynch at 05:30 by Dr [[HCP:Halvorsen]]. 6u PRBC. ICU, extubated POD1, home POD5 with baby [[PT:Nora]].

Her partner [[REL:Devon]] filed a complaint about communication. Systems issues: blood bank delay 22 min, no QBL until 1,000 mL. Please critique the timeline before I present. @kari.halvorsen can you check the B-Lynch time against your op note?""",
]

FREE_NOTES: list[str] = [
    # 1 endocrine eponym soup
    """Endo teaching case for the juniors. 34F, fatigue, salt craving, hyperpigmented palmar creases, Na 129, K 5.8. Random cortisol 62 nmol/L, ACTH through the roof. Addison's, most likely autoimmune, and she already has Hashimoto's, so think APS-2 (Schmidt syndrome). Graves' in the past? No. Worth screening for coeliac and pernicious anaemia too.

Differentials people offered on the ward round: Sheehan's (no, nulliparous), Nelson syndrome (no adrenalectomy), Conn's (wrong direction on K). Someone said Cushing's, bless them.

Started hydrocortisone 10/5/5 and fludrocortisone 100 mcg. Sick-day rules, steroid card, emergency kit.""",
    # 2 place-named infections quiz
    """Friday quiz for the ID group, all place-named or place-adjacent:
1. Lyme disease: erythema migrans, doxycycline 100 mg bd x 10 days
2. Rocky Mountain spotted fever: don't wait for the rash
3. West Nile: flaccid paralysis, CSF IgM
4. Coxsackie: hand, foot and mouth; also Bornholm disease
5. Ebola and Marburg: the VHF triage sheet, ask about travel in the last 21 days
6. Lassa: ribavirin, maybe
7. Norwalk: the cruise ship classic
8. Valley fever (Coccidioides): Arizona and the US Southwest
9. Pontiac fever vs Legionnaires' disease: same bug, different severity
10. Ross River virus: polyarthritis after a trip to Queensland

Bonus: Q fever, where the Q stands for "query", not Queensland. Answers Monday.""",
    # 3 ED decision rules thread with colleagues
    """> @colm.brennan: Do people still use PERC in the over-50s?

No, PERC needs age <50 by definition. Below that, Wells <=4 plus PERC negative and you stop. Above 50 I use age-adjusted D-dimer (age x 10) and, honestly, the YEARS algorithm more and more.

While we're here, the rules I actually use every shift: Ottawa ankle and knee, Canadian CT Head, Canadian C-spine (better than NEXUS in my hands), PECARN for under-2s, San Francisco syncope rule (low specificity), HEART score for chest pain, and the Glasgow-Blatchford for upper GI bleeds (0 = home).

> @yuki.tanabe: Agree except HEART. We've moved to the EDACS pathway.

Yuki, fair, EDACS works well with a 0/2 h high-sensitivity troponin.""",
    # 4 neonatal numbers
    """Quick paeds numbers post for the students, since they keep mixing them up:
- Apgars are reported at 1, 5 (and 10) minutes, e.g. 4/7/9. An Apgar of 3 at 5 min is not "birth asphyxia" on its own.
- 34+2 = 34 weeks and 2 days. "2/40" is 2 weeks' gestation in some notes, "2/52" is 2 weeks, "2/7" is 2 days.
- Cord gas pH 7.08, BE -12: significant.
- Birth weight 2.1 kg on the 9th centile.
- Bilirubin 280 at 72 h: check the NICE chart, not your memory.
- Kernicterus, Kasai, Kawasaki: three Ks you must not miss.

Rule of thumb: if a number has a slash in it, say it out loud in full on the phone.""",
    # 5 cardiology trials
    """HFpEF journal club summary (thanks @hannah.feld for presenting):
- EMPEROR-Preserved and DELIVER: SGLT2i reduce HF hospitalisation, ~20%.
- PARAGON-HF: sacubitril/valsartan missed the primary endpoint, possible benefit at LVEF <57%.
- TOPCAT: spironolactone, the Americas vs Russia/Georgia story.
- STEP-HFpEF: semaglutide 2.4 mg, KCCQ +7.8 points.
- SUMMIT: tirzepatide, positive.

Hannah's take: SGLT2i for everyone, GLP-1 RA if BMI >30, MRA if you can watch the K. Lively debate about the I-PRESERVE and CHARM-Preserved era.""",
    # 6 oncology genes and staging
    """Tumour board debrief (no identifiers, just the biology, because the trainees asked):
Lung adeno, T2bN1M0, stage IIB. NGS: EGFR exon 19 deletion, TP53 co-mutation, no ALK/ROS1/RET/MET exon 14. PD-L1 TPS 60%, TMB 4 mut/Mb. Resected, 3/17 nodes positive. Plan: adjuvant osimertinib per ADAURA.

Pancreas: KRAS G12D, germline BRCA2 c.5946delT. Borderline resectable. FOLFIRINOX then re-stage.

Colorectal: MSI-H, BRAF V600E, Lynch screen pending (MLH1 promoter hypermethylation?).

Breast: HER2-low (IHC 1+), so T-DXd becomes an option later per DESTINY-Breast04.""",
    # 7 Markdown dosing table
    """Made a cheat sheet for our night team. Adults, normal renal function; check local guidance.

| Drug | Dose | Note |
|---|---|---|
| Ceftriaxone | 2 g IV q24h | meningitis: 2 g q12h |
| Vancomycin | 20-25 mg/kg load | AUC 400-600 |
| Piperacillin/tazobactam | 4.5 g IV q6h | extended infusion |
| Gentamicin | 5-7 mg/kg | Hartford nomogram |
| Metronidazole | 500 mg IV q8h | |
| Dexamethasone | 10 mg q6h x 4 days | pneumococcal meningitis |

The Hartford nomogram question comes up every single night.""",
    # 8 pasted UK on-call chat with role labels only
    """Pasted from our on-call group (roles only, obvs):

[23:02] ED reg: can medics take the 78M with AKI, K 6.4, had calcium gluconate and insulin/dex
[23:05] Med reg: ECG?
[23:05] ED reg: peaked Ts, PR 220, no broad QRS
[23:07] Med reg: ok accept, SHO to clerk. repeat K in 1 hr
[23:31] SHO: repeat K 5.9, BM 4.1, giving 10% dextrose
[23:33] Med reg: good. start Lokelma 10 g tds
[00:15] Night sister: bed on Ward 6 ready
[00:16] SHO: thanks!!

Best handover I've had in months. Short, clear, closed-loop.""",
    # 9 lowercase phone reply with word-like names
    """lol will do. grace period for the rota swap ends friday though so mark it in the shared calendar or Bill will moan again. also @dev.malhotra can you bring the ultrasound phantom for the registrars on wed, the old one has a hole in the IJ. cheers""",
    # 10 psych eponyms and scales
    """Psych teaching: the eponymous syndromes quiz our SHOs always fail.
- Capgras: a loved one replaced by an impostor.
- Fregoli: strangers are the same person in disguise.
- Cotard: "I am dead."
- De Clérambault: erotomania, usually someone of higher status.
- Ganser: approximate answers ("2 + 2 = 5").
- Ekbom: delusional parasitosis (also the name for RLS, confusingly: Willis-Ekbom).
- Munchausen and Munchausen by proxy (now factitious disorder imposed on another).
- Korsakoff: confabulation after Wernicke's.

Scores we use: PHQ-9 19/27, GAD-7 12/21, AUDIT-C 9, HoNOS, Columbia for suicide risk.""",
    # 10b surgery eponyms
    """Surgical signs refresher before the exams:
McBurney's point, Rovsing's sign, psoas and obturator signs, Murphy's sign, Courvoisier's law, Grey Turner's and Cullen's signs, Trousseau's sign of malignancy vs Trousseau's sign of hypocalcaemia (different Trousseau, same man).
Operations: Whipple, Nissen, Hartmann's, Roux-en-Y, Lichtenstein mesh repair, Shouldice, Bassini, Pfannenstiel incision, Kocher manoeuvre, Pringle manoeuvre.
Scores: Alvarado 8 (appendicitis likely), Tokyo 2018 grade II cholangitis, Clavien-Dindo IIIb complication, Atlanta classification for pancreatitis.""",
    # 11 geriatrics scales
    """Frailty tools I actually use on the acute geriatric unit: Clinical Frailty Scale (CFS 6 = moderately frail), 4AT for delirium (>=4 likely delirium), MoCA 21/30, Barthel 45/100, Timed Up and Go 18 s, Katz and Lawton for ADLs/IADLs.

For meds: STOPP/START v3 and the Beers criteria. Common catches: PPIs >8 weeks, anticholinergic burden score >3, sliding-scale insulin, zopiclone in a faller.

An 89-year-old with CFS 3 is a different patient from an 89-year-old with CFS 7, and age alone shouldn't drive the plan.""",
    # 12 public links and guidelines
    """Reading list for the new residents (all open access):
- Surviving Sepsis 2021: https://doi.org/10.1097/CCM.0000000000005337
- NICE NG51 sepsis: https://www.nice.org.uk/guidance/ng51
- CDC STI treatment guidelines: https://www.cdc.gov/std/treatment-guidelines/
- WHO essential medicines list: https://www.who.int/groups/expert-committee-on-selection-and-use-of-essential-medicines
- The PubMed search for HFpEF trials: https://pubmed.ncbi.nlm.nih.gov/?term=HFpEF+randomized

Thanks @isabel.ferreira for putting the list together.""",
    # 13 sports med eponyms
    """Knee and shoulder exam shorthand from our sports clinic:
Lachman (most sensitive for ACL), anterior drawer, pivot shift, McMurray, Thessaly at 20 degrees, Apley grind. Shoulder: Hawkins-Kennedy, Neer, Jobe's empty can, O'Brien's, Speed's, Yergason's. Fractures to know: Segond (ACL), Jones (5th metatarsal, poor healing), Lisfranc, Maisonneuve, Salter-Harris II, Bennett vs Rolando, boxer's fracture.

Tommy John surgery is UCL reconstruction, not something you do to Tommy John. Lou Gehrig's disease is ALS. Osgood-Schlatter and Sinding-Larsen-Johansson in the adolescent knee.""",
    # 14 occupational medicine eponyms
    """Occ med history taking, a reminder that the job is the diagnosis:
- Farmer's lung, bird fancier's lung, hot tub lung, mushroom worker's lung: hypersensitivity pneumonitis
- Silo filler's disease: NO2
- Monday fever: byssinosis, cotton
- Caisson disease: decompression
- Minamata disease: methylmercury
- Metal fume fever in welders
- Audiogram with a 4 kHz notch: noise-induced hearing loss; OSHA STS is 10 dB average shift at 2, 3 and 4 kHz

Document the OSHA 300 log entry and the NIOSH recommended exposure limits where relevant.""",
    # 15 OB eponyms
    """OB emergencies drill notes:
- Shoulder dystocia: HELPERR. McRoberts, suprapubic pressure, Rubin II, Woods screw, delivery of the posterior arm, Gaskin (all fours), Zavanelli as last resort.
- PPH: the 4 Ts. Oxytocin, carboprost, TXA within 3 h (WOMAN trial). Bakri balloon, B-Lynch suture.
- Couvelaire uterus in abruption.
- Bishop score 4: ripen first.
- Naegele's rule: LMP + 7 days - 3 months.
- Robson group 5 drives our CS rate.
Braxton Hicks are not labour, no matter what the 3 am phone call says.""",
    # 16 hepatology scores
    """Alcoholic hepatitis workup, for the med students:
Maddrey DF 41 (>=32 severe), MELD-Na 24, Glasgow alcoholic hepatitis score 9, Child-Pugh C (11). Prednisolone 40 mg per STOPAH, Lille at day 7: 0.45 is a responder (<0.45). Check the ascitic fluid: SAAG 1.4, PMN 310 = SBP.

Light's criteria if it's pleural. Don't forget the hepatic hydrothorax.
Also: spider naevi, Dupuytren's, palmar erythema, caput medusae, Terry's nails, and asterixis.""",
    # 17 haematology look-alikes
    """Haem morphology rounds: Auer rods (AML), Reed-Sternberg (Hodgkin), Howell-Jolly bodies (asplenia), Pelger-Huët, Döhle bodies, Heinz bodies (G6PD), Pappenheimer bodies, Cabot rings.

Bleeding disorders quiz: von Willebrand disease, Bernard-Soulier, Glanzmann thrombasthenia, and Christmas disease (haemophilia B, named after the first patient described, not the holiday).

MPN panel: JAK2 V617F, CALR, MPL. Philadelphia chromosome t(9;22), BCR-ABL1 p210.""",
    # 18 neurology eponyms
    """Neurology ward round, 58M with ascending weakness after a diarrhoeal illness, areflexic. Guillain-Barré until proven otherwise, Campylobacter serology sent. FVC 1.9 L (20 mL/kg rule). Miller Fisher variant if ophthalmoplegia + ataxia.

Other eponyms that came up: Bell's palsy vs Ramsay Hunt, Horner's, Holmes-Adie pupil, Argyll Robertson, Brown-Séquard, Wallenberg, Weber, Todd's paresis, Lhermitte's sign, Uhthoff's phenomenon. McDonald 2017 criteria for MS. EDSS 3.5.""",
    # 19 renal eponyms
    """Renal eponyms that are actually tubulopathies or glomerular diseases:
Alport (COL4A5), Fanconi syndrome, Bartter vs Gitelman (Gitelman has low urine calcium), Liddle (ENaC, responds to amiloride), Berger's disease (IgA nephropathy), Goodpasture (anti-GBM), Henoch-Schönlein purpura (IgA vasculitis), Kimmelstiel-Wilson nodules in diabetic nephropathy, Tamm-Horsfall protein in casts.

KDIGO stage 3 AKI = creatinine x3 or >=354 umol/L.""",
    # 20 dermatology with Sister Mary Joseph
    """Derm signs you'll be asked about:
Koebner phenomenon (psoriasis, lichen planus), Nikolsky sign (pemphigus, SSSS), Auspitz sign, Darier sign (mastocytosis), Wickham striae, Koplik spots, Hutchinson's sign (nasal tip zoster), Leser-Trélat (sudden seborrhoeic keratoses, GI malignancy), and the Sister Mary Joseph nodule (umbilical metastasis).

Melanoma: Breslow 1.2 mm, Clark level IV, ulceration absent, pT2a. Fitzpatrick skin type IV.""",
    # 21 GI classifications with cities
    """GI endoscopy report vocabulary, a lot of it is geography:
Los Angeles grade C oesophagitis, Prague C2M5 Barrett's, Paris 0-IIa polyp, Vienna classification, Montreal A2L3B2 Crohn's, Mayo endoscopic subscore 2, Boston bowel prep scale 8, Forrest Ib ulcer, Glasgow-Blatchford 12, Rockall 6, Rome IV for IBS, Sydney system for gastritis, Kyoto classification, Milan criteria for HCC transplant.

Bristol stool chart type 6. Mallory-Weiss vs Boerhaave. Zenker's diverticulum.""",
    # 22 respiratory
    """ICU: ARDS by the Berlin definition, P/F 140 on PEEP 10 (moderate). Murray score 2.75. Proned 16 h/day per PROSEVA. Driving pressure 13.

COPD clinic: GOLD group E, mMRC 3, CAT 24, FEV1/FVC 0.52. Also saw: Kartagener syndrome (situs inversus), Löfgren syndrome (erythema nodosum + BHL), Caplan syndrome, Pickwickian/OHS with a bicarbonate of 34.""",
    # 23 voice dictation without PHI
    """Dictation test for the new speech recognition (I deliberately used no patient details):

this is a test dictation period new paragraph the patient is a seventy eight year old woman with a history of atrial fibrillation on apixaban five milligrams twice daily comma who presents with a mechanical fall period no head strike period examination unremarkable period plan discharge with physiotherapy follow up period end of dictation

It got "apixaban" right but wrote "five milligram twice Daly". Who is Daly.""",
    # 24 non-native English question, no PHI
    """Respected seniors, one doubt. In PLAB 2 station the simulated patient was 75 years gentleman with new AF and CHA2DS2-VASc 4, HAS-BLED 2. Examiner asked about DOAC choice in CrCl 28 mL/min. I told apixaban 2.5 mg bd but examiner was looking unhappy. Kindly tell me the correct dose reduction criteria. Thanking you in advance.""",
    # 25 ALL CAPS template with redaction placeholders
    """OUR NEW REFERRAL TEMPLATE (BLANK), PLEASE CRITIQUE:

PATIENT NAME: ____________
DOB: __/__/____    NHS/MRN: __________
REFERRING CLINICIAN: ____________
REASON FOR REFERRAL: ____________
URGENCY: ROUTINE / URGENT / 2WW
PMH: ____________
MEDICATIONS: ____________
ALLERGIES: NKDA / ____________
CAPACITY ASSESSED: YES / NO
INTERPRETER NEEDED: YES / NO   LANGUAGE: ________

IS THERE ANYTHING MISSING? WE'RE THINKING OF ADDING A "WHAT MATTERS TO YOU" BOX.""",
    # 26 colleague thread about an article
    """@nkechi.eze @oliver.pryce have you seen the new meta-analysis on aspirin in primary prevention over 70? https://doi.org/10.1001/jama.2019.12345 (I think that's the older one; the newer one is in the Lancet).

Nkechi's point last week was that ASPREE already settled it. Oliver thinks the subgroup with high CAC scores still benefits. I'm somewhere in between. Thoughts from the rest of the group?""",
    # 27 GLP-1 drug talk
    """Shortage update for primary care: Ozempic 0.25/0.5 mg pens back in stock at most chains, Mounjaro 2.5 and 5 mg fine, Wegovy 1.7 and 2.4 still patchy. Saxenda discontinued in some markets. Compounded semaglutide: don't.

Hope this helps. Faith in the supply chain: low. Grace periods on the insurers' formulary changes: none.""",
    # 28 billing codes
    """Coding question for US docs: G2211 add-on with 99214 and modifier 25 for a same-day procedure. Our biller says no, the payer says yes. 99497 for ACP, first 30 minutes. ICD-10 E11.65 + Z79.4 for insulin-requiring T2DM with hyperglycaemia. RVU for 99214 is 1.92 work. LOINC 4548-4 is A1c.

Does G2211 survive in your payer mix?""",
    # 29 ECG ratios
    """ECG teaching, all the ratios and numbers that confuse people:
- 2:1 AV block: can't tell Mobitz I from II on one strip
- Wenckebach: progressive PR prolongation, then a dropped beat
- Flutter with 4:1 block, atrial rate 300
- Adrenaline 1:10,000 (1 mg in 10 mL) for arrest vs 1:1,000 IM for anaphylaxis
- QTc 512 ms: stop the ondansetron
- Brugada type 1, Osborn waves, Wellens' (type A and B), de Winter T waves, Sgarbossa criteria
Pain 10/10, BP 182/104.""",
    # 30 UK GP shorthand
    """UK GP shorthand for our US colleagues who keep asking:
- TATT x 3/12 = tired all the time for 3 months
- seen 2/7 ago = 2 days ago
- r/v 1/52 = review in 1 week
- F/U 6/12 = in 6 months
- 2WW = two-week wait cancer referral
- QOF, SNOMED, eRS, A&E, 111 and 999
- "Safety-netted" = told when to come back
- "?" = query, "#" = fracture, "O/E" = on examination
Also: "HCA took bloods" doesn't mean a hospital.""",
    # 31 paediatrics eponyms and growth
    """Community paeds pearls:
- Growth on the WHO charts to age 2, then UK90. Tanner stage 3 at 11 is fine.
- Perthes (4-8 y), SUFE (obese teen), Sever's (heel), Osgood-Schlatter (knee).
- Hirschsprung's if no meconium in 48 h. Meckel's rule of 2s.
- Still's disease: quotidian fever, salmon rash.
- Wilms tumour vs neuroblastoma: age and crossing the midline.
- Ages and Stages Questionnaire at 2 y; Denver II if you're old-school.""",
    # 32 rural without named places
    """Rural med rant. Our CAH is 3 hours from the nearest tertiary centre, the helicopter grounds itself whenever there's fog, and the ambulance service is volunteers. Last month we kept a STEMI for 9 hours on a heparin drip after lytics because no transfer was possible. Anyone in Montana or Wyoming got a good regional transfer agreement? What's your lytic of choice, TNK?""",
    # 33 travel medicine with countries
    """Travel clinic questions of the week:
- Back from Ghana 10 days ago with fever: falciparum malaria until 3 negative films.
- Peru trek: altitude, acetazolamide 125 mg bd.
- Chagas screening for women born in Bolivia planning pregnancy.
- Zika and pregnancy after Brazil: wait 3 months (male partner).
- Texas and Florida: local dengue cases reported.
- Leishmania braziliensis vs L. major (old world), Yersinia, Borrelia burgdorferi.
Typhoid vaccine (Vi) lasts 3 years.""",
    # 34 residents scheduling chat (relative time only)
    """Teams chat, residents' journal club (pasted with permission):

[08:14] @jonah.peltier: journal club moved to next Thursday, the room's booked tomorrow
[08:16] @maya.goldfarb: who's presenting?
[08:16] @jonah.peltier: Maya you are lol
[08:17] @maya.goldfarb: oh no. ok, doing DANISH then
[08:30] chief resident: pizza on me""",
    # 35 orthopaedic fracture eponyms
    """Fracture clinic list (no names, just diagnoses, for the FY1s to guess the management):
1. Colles (dorsal angulation) vs Smith (volar) vs Barton (intra-articular)
2. Monteggia (ulna + radial head) vs Galeazzi (radius + DRUJ)
3. Weber B ankle, stable on weight-bearing view
4. Garden IV neck of femur: hemiarthroplasty in a 78-year-old
5. Schatzker II tibial plateau
6. Gustilo IIIB open tib/fib
7. Hill-Sachs + Bankart after first dislocation at 19""",
    # 37 micro stewardship
    """Stewardship round: Klebsiella pneumoniae ESBL, MIC mero 0.5. Enterobacter cloacae AmpC: avoid ceftriaxone. Serratia marcescens (red pigment!), Stenotrophomonas maltophilia: co-trimoxazole. Morganella morganii and Providencia stuartii in a catheter urine: probably colonisation. Burkholderia cepacia in CF: call the CF team. Listeria: amoxicillin + gentamicin. Kirby-Bauer disc diffusion still used for the odd ones.""",
    # 38 M&M without PHI, ages under 90
    """M&M learning points (anonymised, approved for sharing):
An 88-year-old woman with a CFS of 4 was admitted with a fall. She was 89 by the time of the second admission 6 weeks later. The delirium in admission 1 was missed (no 4AT done). Learning: do the 4AT on every older adult, screen for postural BP, review anticholinergics. Patients in their 80s are not all frail; treat the frailty, not the age.

Discussion in the room went further than the slides. The night team said the 4AT is not in the admission order set, so it only happens when someone remembers. Pharmacy pointed out that she was on oxybutynin, amitriptyline 10 mg at night and promethazine as needed, an anticholinergic burden score of 7, and nobody had reviewed them since her GP started them years ago. Physio noted she was mobilised on day 3, not day 1, because of a weekend.

The second admission was a hip fracture. Surgery within 36 hours, as per the standard, but she developed hyperactive delirium on the ward, pulled out her cannula twice, and was given haloperidol 1 mg, which is fine, and then lorazepam overnight, which is not. She went home after 19 days, to a care home rather than her own flat.

Actions agreed:
- 4AT mandatory in the admission order set for everyone over 65.
- Ward pharmacist anticholinergic review within 24 h for fallers.
- Weekend physio cover for the acute frailty unit (business case to be written).
- Delirium teaching for the night FY1s and SHOs, with the "TIME" bundle.

Nobody did anything egregious. Everyone did the usual thing, and the usual thing is the problem.""",
    # 39 EMR gripes thread
    """Am I the only one whose EMR logs you out mid-note every 15 min?

> @fiona.macleod: Cerner does it to us too. Lost a whole discharge summary last week.

> @arjun.nair: Epic has a setting for it, ask your analyst. Meditech I can't help you with.

Fiona, I feel your pain. Arjun, thanks, will ask. Honestly, the IT people at my place think "secure" means "unusable".""",
    # 40 device models, no serials
    """Diabetes tech update for primary care: Dexcom G7 (10.5 days), FreeStyle Libre 3 (14 days), Omnipod 5 with G6 or Libre 2 Plus, Tandem t:slim X2 with Control-IQ, Medtronic 780G (SmartGuard), iLet bionic pancreas. Cardiology devices you'll see: Micra AV leadless pacemaker, Watchman FLX, Impella CP, HeartMate 3 LVAD. MRI-conditional? Check the model, not the patient's memory.""",
    # 41 lab values that look like IDs
    """Lab pattern quiz: HbA1c 58 mmol/mol (7.5%), eGFR 38, TSH 0.01 with fT4 38, INR 4.2, Hb 74 g/L with MCV 68, ferritin 12, B12 148 ng/L, 25-OH vit D 22 nmol/L, Lp(a) 180 nmol/L, CA 19-9 1,204, PLT 42 x10^9/L, CK 14,500, urine ACR 33 mg/mmol, PSA 4.8.

Which three are the "do something today" ones?""",
    # 42 reflection post with virtue names
    """End-of-life reflection, no patient details. Faith and hope are words families use a lot in the last days. Grace, too. I've learned not to argue with them. This week @grace.oduya taught me to ask "What are you hoping for?" rather than "What do you want us to do?". It changes the whole conversation.

Joy is rare in palliative care, but it's there. Thanks, Grace.""",
    # 43 obstetric ultrasound numbers
    """OB ultrasound numbers: CRL 62 mm = 12+4, NT 1.9 mm, BPD/HC/AC/FL all 50th centile at 20+3. AFI 6 (low normal). MCA PSV 1.6 MoM = fetal anaemia workup. Cervical length 18 mm at 22 weeks: vaginal progesterone. Doppler UA PI >95th centile, no AEDF. Nuchal cord x1.""",
    # 44 ED teaching: not dates, fractions
    """Teaching my students that "1/2" in a note is usually a fraction, not a date. Also: "3/4 of the way", "20/20 vision", "24/7 cover", "9/11" when someone means the day (we never mean the day in charts), "6/12" for months in UK notes, "50/50 odds", "7/10 pain". Context, always context.""",
]

# note id -> colleagues taking part in the discussion (not tagged in the text)
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc14-001": [{"name": "Priya Raman", "handle": "@priya.raman"}],
    "pc14-002": [{"name": "Siobhan Kearney", "handle": "@siobhan.kearney"}],
    "pc14-005": [{"name": "Sam Whitford", "handle": "@sam.whitford"}],
    "pc14-007": [{"name": "Ben Haddad", "handle": "@ben.haddad"}],
    "pc14-009": [{"name": "Adaeze Okonkwo", "handle": "@adaeze.okonkwo"}],
    "pc14-010": [{"name": "Rebecca Stone"}],
    "pc14-011": [{"name": "Marcus Lindqvist", "handle": "@marcus.lindqvist"}],
    "pc14-015": [{"name": "Kwame Asante"}],
    "pc14-017": [{"name": "Lucía Herrera"}],
    "pc14-021": [{"name": "Eitan Shapiro", "handle": "@eitan.shapiro"}],
    "pc14-024": [{"name": "Hana Kobayashi"}, {"name": "Tom Greaves"}],
    "pc14-030": [{"name": "Colm Brennan"}],
    "pc14-035": [{"name": "Will Hardy", "handle": "@will.hardy"}],
    "pc14-040": [{"name": "Dev Malhotra"}, {"name": "Maya Goldfarb"}],
    "pc14-044": [{"name": "Farah Qureshi", "handle": "@farah.qureshi"}],
    "pc14-045": [{"name": "Ravi Subramanian", "handle": "@ravi.subramanian"}],
    "pc14-047": [{"name": "Nkechi Eze"}],
    "pc14-052": [{"name": "Kari Halvorsen", "handle": "@kari.halvorsen"}],
    "pc14-055": [{"name": "Colm Brennan", "handle": "@colm.brennan"}, {"name": "Yuki Tanabe", "handle": "@yuki.tanabe"}],
    "pc14-057": [{"name": "Hannah Feld", "handle": "@hannah.feld"}],
    "pc14-061": [{"name": "Dev Malhotra", "handle": "@dev.malhotra"}, {"name": "Bill Sutherland"}],
    "pc14-065": [{"name": "Isabel Ferreira", "handle": "@isabel.ferreira"}],
    "pc14-079": [{"name": "Nkechi Eze", "handle": "@nkechi.eze"}, {"name": "Oliver Pryce", "handle": "@oliver.pryce"}],
    "pc14-087": [{"name": "Jonah Peltier", "handle": "@jonah.peltier"}, {"name": "Maya Goldfarb", "handle": "@maya.goldfarb"}],
    "pc14-091": [{"name": "Fiona MacLeod", "handle": "@fiona.macleod"}, {"name": "Arjun Nair", "handle": "@arjun.nair"}],
    "pc14-094": [{"name": "Grace Oduya", "handle": "@grace.oduya"}],
}


build, render, main = first_set.blind_set(
    "pc14", Path(__file__).with_name("physician_cases_14.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
