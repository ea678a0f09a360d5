# ruff: noqa: E501, RUF001 (the notes are data, with the symbols people type)
"""Blind test set 20 for the physician-post de-identification benchmark.

Written blind: the author read only the docstring, ``TAGS``, ``_MARK`` and the parser and
build helpers of ``make_physician_cases.py``, and has never seen the detector, its tests or
any earlier set. Every patient, relative, clinician, number, handle and institution below
is invented; real towns, counties, districts and countries appear only as places. US phones
use 555-01xx, UK mobiles 07700 900xxx, IPs come from the documentation ranges or private
ranges, and email domains are made up.

The mix: case threads with replies, Reddit/Sermo/Figure 1 style posts and polls, pasted group
chats and secure-messaging threads, tumour boards, M&M write-ups, pasted discharge, clinic,
referral, consult and insurance letters, sign-outs and handover lists, ED and ICU boards,
phone-typed lower-case replies, dictated text and ALL-CAPS pastes, from the US, Canada, the
UK, Ireland, Australia and New Zealand.

Annotation conventions beyond the tag table:

* Spans leave out titles, honorifics and labels ("Dr.", "Mrs", "Nurse", "MRN", "NHS no.",
  "ext", "bleep", "the") and a trailing possessive "'s". Initials standing for a patient,
  relative or clinician are tagged as that person ("JM", "j.m.").
* Names written surname first ("HUSSAIN, Rukhsana") are one span; a nickname is its own span.
* AGE spans only the number (or the number words) of an age over 89, not "yo" or "years".
* DATE spans the date expression only: a weekday or a clock time next to it is left out
  ("Tues [[DATE:4/9]] 0300"). A day-of-month alone ("the 14th") and a named holiday used as
  the date of an event ("since Christmas") are DATE. A year alone about the patient is YEAR; a
  birth year that reveals an age over 89 is DATE. Guideline, trial and citation years are
  not tagged at all.
* Facilities include employers, shops, pubs, restaurants, gyms, farms, schools, churches,
  shelters, clubs and care homes, with their generic word; hospital abbreviations used as
  names ("SVUH") are FAC. Numbered units ("4 North", "Ward 7B") are not tagged; named wards
  ("Rowan Ward") are FAC.
* STREET covers the number, street, unit and rural route ("RR 3", "Lot 12 Kauri Rd"); a
  street intersection is one STREET span. Neighbourhoods, suburbs, reserves, townlands,
  boroughs and named subdivisions are PLACE; a US state, Canadian province or country alone
  is not tagged. Postcodes, Eircodes and postal codes are ZIP.
* Hospital record numbers, URNs and chart numbers are MRN; insurer, Medicare, Medicaid and
  provincial health-card numbers are PLAN; national patient numbers (NHS, CHI, NHI, IHI) and
  other case, claim, referral and incident numbers are ID; driver's licences, NPI, DEA, GMC,
  AHPRA, MCNZ and medical-council numbers are LIC; pager and bleep numbers are PAGER, ward
  extensions are PHONE.
* A vague age over 89 ("90 sumthing") is AGE. Lay people named about the patient who are
  not relatives (neighbours, coaches, priests, bishops) are REL, as proxies; nurses, social
  workers, pharmacists, health aides and navigators are HCP.
* Irish and UK counties ("County Limerick"), US counties and Louisiana parishes are COUNTY.
* National or state agencies, regulators and insurers named as addressees (DVLA, DHSMV, a
  health plan's appeals department, Pharmac) are not tagged; employers, however large, are FAC
  when they say where the patient works.
* Colleagues taking part in the network thread (listed in ``MEMBERS``) are never tagged; a
  clinician named as treating the patient who is not in the thread is HCP.
* PHI-free notes carry no tags at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 reddit-style case, rural Mississippi
    """Rural ED, need a sanity check. [[AGE:94]]F brought in by her grandson from a catfish operation outside [[TOWN:Belzoni]] ([[FAC:Pearl Bend Fish Farm]], she still does the books apparently). Found on the kitchen floor, unknown down time, CK 41k, K 6.3, Cr 3.1 from a baseline of 0.9 in our system last [[DATE:August]]. Grandson ([[REL:Deshawn]]) says she was fine at church Sunday the [[DATE:9th]] at [[FAC:Greater Mt. Olive M.B. Church]]. Nearest dialysis is an hour plus at [[FAC:Delta Regional Medical Center]]. Family wants "everything but not the tube". Would you transfer for possible HD or ride it out with fluids and bicarb here? Our only hospitalist tonight is [[HCP:Farris]] and she is covering 22 beds.

edit: @tdavis_hosp you asked in the other thread how we handle these, this is it. edit 2: she's MRN [[MRN:HC-0447182]] if anyone from [[FAC:Delta Regional]] is on here and wants to look before I call, thx""",
    # 002 group chat paste, Toronto
    """pasting from our resident group chat bc this turned into a good teaching thread (names of residents removed, pt details changed a bit)

[07:42] R2: anyone know what happened w/ bed 14 overnight
[07:43] R1: thats mr [[PT:Balasubramaniam]], the SBO from [[PLACE:Scarborough Village]]. NG put out 2L brown stuff
[07:43] R1: family is asking for Dr [[HCP:Kowalczyk]] specifically, she did his hernia at [[FAC:Scarborough General]] in [[YEAR:2019]]
[07:45] R2: his daughter [[REL:Thanuja]] called 3x, her cell is [[PHONE:416-555-0148]]
[07:46] R3: OHIP [[PLAN:4821-337-906-KT]] isnt pulling up in the portal fyi, front desk says card expired [[DATE:Feb 28]]
[07:51] R2: ok will call her after rounds. he told me he works nights at [[FAC:Kennedy Commons Metro]] stocking shelves
[07:52] R1: yeah he's scared about the time off

Question for the group: in an adhesive SBO with a previous mesh repair, how long do you give the gastrografin challenge before you push for OR?""",
    # 003 Sermo-style poll, Ohio
    """POLL: Would you restart apixaban in this patient?

[[AGE:91]] yo retired machinist (worked 40 yrs at [[FAC:Lorain Tube & Forge]]), AF, CHA2DS2-VASc 5, had a subdural after a fall at [[FAC:Sheffield Village Senior Commons]] on [[DATE:10/02/2024]]. Evacuated by Dr. [[HCP:Amadi-Ross]], repeat CT [[DATE:10/16]] stable. Daughter [[REL:Karen Szymanski]] is POA and leans no; son [[REL:Mike]] (lives in [[TOWN:Avon Lake]]) says dad would "rather have the bleed than the stroke".

A) restart now
B) restart at 4 weeks
C) LAA occlusion referral
D) never

Voted C myself but our structural guy at [[FAC:Mercy Lorain]] won't take anyone over 90. Comments welcome.""",
    # 004 discharge letter, Auckland
    """Pasted discharge summary (identifiers should be gone, mods feel free to kill if not):

DISCHARGE SUMMARY — [[FAC:Middlemore Hospital]], General Medicine
Patient: [[PT:Tuilagi, Sefo]]  NHI: [[ID:ZKT4821]]  DOB: [[DATE:04/11/1958]]
Address: [[STREET:17 Tennessee Ave]], [[PLACE:Mangere East]], [[TOWN:Auckland]] [[ZIP:2024]]
Admitted: [[DATE:2 March 2025]]  Discharged: [[DATE:9 March 2025]]
GP: Dr [[HCP:Mere Paewai]], [[FAC:Ōtara Family & Christian Health Centre]]

Dx: Community-acquired pneumonia, RLL, complicated by new AF. Background T2DM (HbA1c 86), gout.
Plan: amoxicillin to complete 7 days. Dabigatran started. Please review at 2 weeks and check renal function. Pt works as a forklift driver at a dairy factory and asked for a medical certificate for 2 weeks, given.

Q for the thread: anyone else seeing AF unmasked by pneumonia and then just... staying? Would you have anticoagulated with CHA2DS2-VA of 1?""",
    # 005 lower case phone reply
    """sorry typing on phone btwn pts. we had almost the same thing last wk, [[AGE:90 sumthing]] man, hes a mr [[PT:oyelaran]] from [[PLACE:peckham]], son [[REL:tunde]] kept ringing the ward on [[PHONE:07700 900416]] and honestly he was right, the sodium was 112 not 121 lab had swapped the samples. datix [[ID:W-88130]] if anyone at [[FAC:kings]] wants to look it up. consultant dr. [[HCP:hallworth]] was fuming. correct slowly ppl, 8 in 24h max, we gave dddavp clamp""",
    # 006 tumour board, Boston
    """Thoracic tumor board summary — pasted for the network, would love input from anyone doing a lot of neoadjuvant chemoIO.

Case 3: [[PT:W.M.]], 67M, retired [[FAC:MBTA]] bus driver from [[PLACE:Dorchester]]. RUL 4.1 cm adenocarcinoma, station 4R positive on EBUS [[DATE:1/17/25]]. PD-L1 60%, EGFR/ALK negative by NGS, KRAS G12C. PET [[DATE:1/22]]: no distant disease.
Discussion: Surgery (Dr. [[HCP:Fitzgerald]]) happy to resect after 3 cycles of nivo/platinum doublet per CheckMate 816. Rad onc raised definitive CRT + durvalumab given N2 single station.
Plan: neoadjuvant chemoIO x3 cycles, restage, present again ~[[DATE:April 14]].
Patient lives with his partner [[REL:Jimmy Doherty]], cell [[PHONE:617-555-0177]], who wants the appointments on Tuesdays because he works Mondays at [[FAC:Fields Corner Liquors]].

How many of you would operate on single-station N2 after a good response? @ruth.adeyemi.onc you had a series on this I think.""",
    # 007 M&M writeup, Queensland
    """M&M summary (de-identified as per our policy... mostly)

Pt: [[AGE:92]]yo woman from [[FAC:Bluecare Rockhampton Aged Care]], URN [[MRN:RK1109823]], transferred Fri [[DATE:13/9]] with vomiting and ?UTI. Triage Cat 3. Seen by night RMO Dr [[HCP:J. Tran]] at 0340. Abdominal X-ray read as "non-specific". CT not done until 1400 next day, showed closed-loop obstruction from an obturator hernia. Died on table.
Issues identified:
1. Anchoring on UTI in an elderly woman from a nursing home.
2. Howship-Romberg sign not looked for (she had medial thigh pain documented by the nurse [[HCP:Kylie]]!).
3. Delay in radiology access out of hours, rural site — reg covering [[TOWN:Yeppoon]] as well.
Her daughter [[REL:Lorraine Hinchcliffe]] has lodged a complaint, ref [[ID:CQHHS-2024-06651]].

Kieran, you asked me about this one at the conference. Does anyone's regional hospital actually have 24/7 CT reporting? Ours is teleradiology from [[TOWN:Brisbane]] and the lag overnight is 2–3h.""",
    # 008 secure messaging thread, Seattle
    """This is how our secure chat went last night. I am posting because I want to know whether I'm the unreasonable one.

[[HCP:Hoang, Minh]] (Hospitalist) 23:14: Hi, pt in 512 [[PT:Gerald Whitcomb]] K 2.8 after lasix, ok to give 40 PO?
Me 23:20: sure, and recheck mag
[[HCP:Hoang, Minh]] 23:58: mag 1.4, also he's now asking to leave AMA, says his dog is alone at his place on [[STREET:NE 65th St and Roosevelt Way]]
Me 00:03: can his sister get the dog?
[[HCP:Hoang, Minh]] 00:05: sister [[REL:Darlene]] is in [[TOWN:Yakima]], neighbour is a guy named [[REL:Rusty]] who runs [[FAC:Roosevelt Reptile & Aquarium]] lol
Me 00:09: I'll come talk to him.

He left anyway at 01:30. Came back 3 days later to [[FAC:UW Medical Center – Northwest]] with VT storm. Should I have called security/psych to assess capacity? He was lucid.""",
    # 009 referral letter, Dublin
    """Referral letter I received last week, posting with the GP's permission (identifiers changed). I've seen this pattern a lot lately.

Dear Colleague,
Re: [[PT:Bridget Ward]], DOB [[DATE:12/06/1971]], [[STREET:Apt 4, 31 Cabra Road]], [[PLACE:Phibsborough]], [[PLACE:Dublin 7]], [[ZIP:D07 X2P4]]
I would be grateful if you could see this 53 year old lady, a member of the Travelling community, who has had 3 episodes of haemoptysis since [[DATE:Christmas]]. She lives in a halting site at [[PLACE:St Margaret's Park]] and her husband [[REL:Martin]] works in scrap metal. CXR at the [[FAC:Mater]] on [[DATE:14/01/25]] shows a RUL cavity. She has a medical card, number [[PLAN:0817743Q]].
Mobile: [[PHONE:087 555 0162]]. Yours sincerely, Dr [[HCP:Aoife Ní Bhriain]], [[FAC:Cabra Medical Practice]]

TB until proven otherwise obviously; sputa sent. My question is about getting contact tracing to actually happen on a halting site. Anyone in Dublin got a good route through public health?""",
    # 010 ED board paste, Phoenix
    """ED tracking board at 0200 (PHI scrubbed by me, tell me if I missed anything). Wanted to show what a "quiet" night looks like:

RM 1  [[PT:YAZZIE, L]]   58M  CP / trop 0.08 → 0.21  cards paged [[PAGER:4417]]
RM 3  [[PT:DELGADO-RUIZ, M]]  23F  pyelo, vomiting, from [[FAC:Maryvale High School]] (teacher)
RM 4  [[PT:KHOURY, S]]   [[AGE:97]]F  hip fx, from [[FAC:Sunrise of Arcadia]]
RM 7  [[PT:ABERNATHY, J]]  34M  heat stroke, core 41.9, found at bus stop [[STREET:Indian School Rd & 35th Ave]]
HALL 2  "JOHN DOE 14"  MVC, plate [[PLATE:AZ CHG4417]] per PD
TRIAGE  [[PT:NGUYEN, T]]  6mo  fever

The heat stroke is why I'm posting. We ice-bathed him in a body bag in the hall, core to 39 in 20 min. Anyone have a dedicated cold-water immersion setup they'd recommend? Saw Dr. Castellanos post about tarps last summer. Our nurse manager [[HCP:Trish Valdez]] wants data before she buys.""",
    # 011 dictated consult note, Atlanta
    """Dictation came back like this, posting because the transcription is funny and the case is interesting.

"This is Dr. [[HCP:Adebayo Okonkwo]] dictating a consult on [[PT:Lakeisha Pruitt]] comma date of birth [[DATE:March 3rd 1989]] comma medical record number [[MRN:7731-0922]] period. Requested by Dr. [[HCP:Halvorsen]] for new onset rash and fevers period. New paragraph. Miss [[PT:Pruitt]] is a 35 year old woman who works as a nail technician at [[FAC:Glamour Nails on Candler]] in [[TOWN:Decatur]] period. She started lamotrigine about three weeks ago comma prescribed at [[FAC:Grady]] period. Eosinophils 2.1 comma ALT 340 period. Facial edema comma lymphadenopathy period. RegiSCAR score 6 period."

DRESS, definitely. Question: steroids vs cyclosporine first line? I've seen both at our place and the derm folks split.""",
    # 012 insurance appeal letter, Texas
    """Sharing a prior auth appeal that finally worked — copy it if useful, change the details.

[[DATE:November 4, 2024]]
Lone Star Health Plan, Appeals Dept., Fax [[FAX:(512) 555-0139]]
RE: [[PT:Esperanza Villarreal]]  Member ID [[PLAN:LSH88201743]]  Claim # [[ID:CLM-24-771902]]
To whom it may concern,
I am writing to appeal the denial of dupilumab for my patient, who has severe eosinophilic asthma (blood eos 780, FeNO 64 ppb) with 4 oral steroid bursts in 12 months despite high-dose ICS/LABA/LAMA. She is a 44 y/o school cafeteria manager at [[FAC:Harlingen CISD]] and has missed 19 days of work this year. Two of her exacerbations led to admissions at [[FAC:Valley Baptist Medical Center]] ([[DATE:2/11/24]] and [[DATE:7/30/24]]).
Sincerely,
[[HCP:Rosa Ibarra-Quintanilla]], MD, NPI [[LIC:1487736520]]

They approved in 9 days after I added the admission dates. Before that, three denials.""",
    # 013 handover list, NHS Manchester
    """Weekend handover from our FY1 list. Posting because I think our format is terrible and want to see yours.

WARD 62 — [[FAC:Salford Royal]]
Bed 3 — [[PT:HUSSAIN, Rukhsana]] 71F — NHS [[ID:485 777 3210]] — LRTI, on IV co-amox, CURB-65 2. ?swallow. Daughter [[REL:Nasreen]] wants call before any DNACPR chat.
Bed 5 — [[PT:Tomasz Wójcik]] 49M — alcohol withdrawal, CIWA 18, chlordiazepoxide reducing. Works at [[FAC:Kellogg's Trafford Park]]. Seizure Sat night?? no, that was last week.
Bed 9 — Mrs [[PT:Edna Pilkington]] [[AGE:96]] — fractured NOF, ortho geri review, Na 129.
Bed 11 — [[PT:Okafor, C]] 33M — sickle crisis, PCA, Hb 62. Haem reg Dr [[HCP:Mensah]] bleep [[PAGER:2291]].
On call reg: Priyanka (she's on here, hi) ext [[PHONE:64812]]

Yes I know "Sat night ?? no" is in there. That's the point.""",
    # 014 Figure 1 style image post, Alberta
    """[image: annular plaques on the dorsal hands and forearms]

Posting with consent. 12yo boy from [[PLACE:Maskwacis]], seen at our outreach clinic in the band office at [[FAC:Samson Cree Nation Health Centre]] on [[DATE:Oct 3]]. Plaques for 6 weeks, not itchy, mom ([[REL:Charlene Buffalo]]) says his cousin [[REL:Jace]] has the same thing and they both play hockey at the [[FAC:Ponoka Culture & Rec Complex]]. KOH negative at the clinic. Tried clotrimazole x2 weeks, no change. No joint pain.

Granuloma annulare vs tinea that wasn't treated long enough vs something I'm not thinking of? I'm covering for Dr. [[HCP:Redcrow]] this month so I'll only see him again in 4 weeks. Follow-up booked [[DATE:31 Oct]] with the NP.""",
    # 015 ICU board, Sydney
    """ICU board at handover this morning — the reason I'm posting is bed 8, scroll down.

BED 1  [[PT:NGATA, Hemi]]  52M  URN [[MRN:0098114]]  Septic shock 2° strep pyogenes, NA 0.4, clinda + benpen, IVIG day 2
BED 3  [[PT:PAPADOPOULOS, Eleni]]  [[AGE:90]]F  Post-op AAA, extubated, delirium
BED 5  "[[PT:Big Rob]]" [[PT:ROBERTSON]]  61M  trach wean, from [[FAC:Walgett MPS]] via retrieval
BED 8  [[PT:LE, Van Thanh]]  38F  URN [[MRN:0311907]]  Fulminant myocarditis, VA-ECMO day 3, device [[DEVICE:CARDIOHELP SN 90417-HLS]]
BED 9  empty

Bed 8 is a nurse at another hospital, lives in [[PLACE:Cabramatta]], husband [[REL:Quang]] on [[PHONE:0491 570 156]]. Biopsy shows giant cell myocarditis. Our cardiologist Dr [[HCP:Subramaniam]] wants to start ATG; transplant unit at [[FAC:St Vincent's]] wants to list. Has anyone bridged GCM to recovery on immunosuppression alone? Thanks Annika for pointing me to the registry data already.""",
    # 016 I-PASS sign-out, Chicago
    """our intern I-PASS template, pasted as-is from a night last month because the family situation was wild and I want advice.

I: Watcher
P: [[PT:Demetrius Hollins]] 27M w/ SCD (HbSS), VOC, now w/ new O2 req 4L, ?ACS. Pain regimen hydromorphone PCA. Lives in [[PLACE:Englewood]] w/ grandmother.
A: If sat <92 on 6L → CXR, call Dr. [[HCP:Abernethy-Sloan]] (heme fellow, pager [[PAGER:312-555-0123]]) re: exchange.
S: Mother [[REL:Tanya Hollins]] and girlfriend [[REL:Keisha]] both claim to be decision maker, neither has paperwork. Grandmother Ms. [[REL:Lottie Hollins]] is listed in chart from his peds days. Pt works at [[FAC:Harold's Chicken #62]] and is worried about losing the job.
S: Nurse knows. Security aware after mother and girlfriend argued in the hall at 2300.

Who's the default surrogate in Illinois if the patient is capacitated but intermittently sedated? (I know the answer is "the patient when awake" but practically...)""",
    # 017 clinic letter, Glasgow
    """Clinic letter I wrote — colleagues asked me to share how I document TIA clinic decisions when the ABCD2 is low but the story is good.

[[FAC:Queen Elizabeth University Hospital]], Stroke/TIA Clinic
Date of clinic: [[DATE:19/02/2025]]
Patient: Mr [[PT:Iain MacLeod]]  CHI: [[ID:1203567891]]
Address: [[STREET:0/2, 44 Paisley Road West]], [[PLACE:Kinning Park]], [[TOWN:Glasgow]] [[ZIP:G51 1LF]]
Dear Dr [[HCP:Rennie]],
Thank you for referring this 64 year old bus driver with a 10 minute episode of dysarthria and left facial droop on Monday [[DATE:17th]]. ABCD2 is 3. However, carotid duplex shows a 72% right ICA stenosis and I have discussed him with vascular (Mr [[HCP:Ferguson]]) today for CEA within 14 days. He must not drive a bus; I have told him to inform the DVLA and his employer.
Yours sincerely,
Dr [[HCP:S. Chaudhry]], Consultant Stroke Physician""",
    # 018 all-caps transfer paste, Kentucky
    """THIS IS THE TRANSFER SHEET WE GOT FROM THE CRITICAL ACCESS HOSPITAL. ALL CAPS AS RECEIVED. THOUGHTS ON WHETHER WE SHOULD HAVE GOTTEN HIM SOONER?

PT: [[PT:CORNETT, DALLAS R]]   DOB: [[DATE:07-14-1966]]   ACCT: [[ACCT:400219876]]
FROM: [[FAC:PINE MOUNTAIN REGIONAL HOSP]]   TO: [[FAC:UK CHANDLER]]
SENDING MD: DR. [[HCP:HOLBROOK]]   CALLBACK: [[PHONE:606-555-0192]]
HX: 58 YO M COAL MINER RETIRED FROM [[FAC:BLACKHAWK ENERGY]], FOUND DOWN AT HOME [[STREET:4471 KY-15]] [[TOWN:WHITESBURG]] [[ZIP:41858]] BY WIFE [[REL:NORMA]]. GCS 9. CT HEAD NEG. CO-HB 31%. WOOD STOVE.
NOTE: NO HBO AT SENDING FACILITY. NEAREST CHAMBER 3.5 HRS BY ROAD.
TRANSPORT: [[FAC:AIR EVAC 56]]

He sat there on 100% NRB for 5 hours waiting for a helicopter because of weather. Walked out of our place after 3 HBO sessions but his memory is shot.""",
    # 019 case thread with replies, Minnesota
    """**Original post:** Hmong elder, 78, from [[PLACE:Frogtown]] in [[TOWN:St. Paul]], brought by son [[REL:Pheng Xiong]] after a shaman ceremony at home; family declined LP for suspected meningitis until the txiv neeb had finished. Patient [[PT:Nou Vang]] is now on ceftriaxone/vanc/amp/dex after a 9h delay. CSF WBC 2400, Gram + diplococci.

**Reply (me, 2 days later):** Update: she's improving. What helped was the [[FAC:Hmong American Partnership]] cultural liaison, [[HCP:Mai Lor]], who came in at 1am. I didn't know you could call them. Their line is [[PHONE:651-555-0115]].

**Reply (Dr. Gabriel Oyelowo):** Good outcome. The ceremony-first approach is common; the fix is to negotiate the LP timing, not fight it.

**Reply (@jen_whitford_id):** Was the dex given before or with the first abx dose? That's the only thing that matters for the pneumococcal mortality benefit.""",
    # 020 WhatsApp GP coop chat, Cork
    """Screenshot transcribed from our out-of-hours co-op WhatsApp. Posting cos I'm still annoyed (Ger and Ciarán are on here too, they said go ahead).

[[DATE:21/12/2024]], 22:41 - Ciarán: Lads anyone free, house call in [[PLACE:Ballinlough]], 88yo man, SOB, wife says he's "grey"
22:43 - [[HCP:Siobhán Ó Murchú]]: I'm in [[TOWN:Carrigaline]] with a paeds one, 40 mins
22:44 - Ciarán: 999 is 2 hours. Address is [[STREET:12 Beaumont Drive]], eircode [[ZIP:T12 KX73]], wife is [[REL:Nora O'Callaghan]] [[PHONE:086 555 0143]]
22:51 - Ger: I'll go. Bring the sats probe, ours in the car is banjaxed
23:40 - Ger: Rapid AF 170, wet to the ears. Gave IV furosemide, waiting on ambo to [[FAC:CUH]]
[[DATE:22/12/2024]], 01:12 - Ger: Handed over. Wife says he was at the [[FAC:Briar Rose]] for a pint Friday so he was grand then apparently

That's a GP doing a prehospital job at 11pm because there's no ambulance. The week before was worse.""",
    # 021 reddit poll, Alaska
    """Poll for the bush docs: would you fly this kid out?

4yo from [[TOWN:Kwethluk]], brought by his aunt [[REL:Martha Andrew]] on the 4-wheeler to the village clinic, then the health aide [[HCP:Elsie]] called us at [[FAC:YKHC]] in [[TOWN:Bethel]]. Fever 39.8 x 2d, RR 52, sats 88% on room air per her pulse ox. Weather ceiling 600 ft. Medevac says maybe in 4 hours. Mom is at fish camp upriver and unreachable on her cell [[PHONE:907-555-0164]].

- Medevac as soon as ceiling lifts
- Treat in village w/ IM ceftriaxone + O2 concentrator, reassess
- Boat him to [[TOWN:Bethel]] (1h)

I'm posting from [[IP:10.44.7.212]] on the hospital wifi so if this shows twice, sorry.""",
    # 022 discharge with social handle, Vancouver
    """Pasted from a discharge summary (changed), then my question.

[[FAC:St. Paul's Hospital]] — Addictions Medicine Consult Service
Name: [[PT:Kayden Thunderchild-Moore]]   PHN: [[PLAN:9098 475 321]]   MRN [[MRN:S0884213]]
Address: no fixed address, sleeps at [[FAC:Union Gospel Mission]] on [[STREET:E Hastings St]]
Admit [[DATE:2024-11-28]] → left AMA [[DATE:2024-12-01]]
Summary: 31M, IV fentanyl + methamphetamine, MSSA tricuspid valve endocarditis with septic pulmonary emboli. Started on OAT (slow-release oral morphine 600 mg), cefazolin via PICC. Left AMA with PICC in situ after 3 days of 6 weeks.
Sister [[REL:Raven]] messaged us on Instagram as [[HANDLE:@raven.thunderchild]] saying he's posting from [[HANDLE:@kaydenTM_604]] that he's fine.

PICC in a person who uses drugs leaving AMA — do you pull it before they leave, or leave it and hope for outpatient OPAT? We left it and I'm second-guessing. @nkaur.addictions, what does your team do?""",
    # 023 phone typed, Hawaii
    """ugh ok so we had the exact leptospirosis case last month. 34 y/o guy, works on a taro farm in [[PLACE:waipio valley]] ([[FAC:kahiko taro co]]) , swam in the stream after heavy rain. jaundice + AKI + conjunctival suffusion, weil's basically. our ID doc dr [[HCP:kealoha]] started pcn before serology. he went to [[FAC:hilo medical center]] ICU for pulm hemorrhage, survived. his wife [[REL:leilani]] said his coworker [[REL:keoni]] was sick too but wouldnt go in. so yeah test the coworkers. farm phone was [[PHONE:808-555-0107]] if the DOH person wants it""",
    # 024 consult w/ VIN, Nashville
    """Odd forensic-ish question from a trauma consult.

Pt [[PT:Brantley Cole Harmon]], 19M, MVC rollover on [[STREET:I-40 near exit 196]] in [[COUNTY:Wilson County]], unrestrained, ejected. Arrived [[FAC:Vanderbilt]] with TBI, grade IV splenic lac, open femur. Metro PD called the unit asking whether he was the driver. They read me the VIN [[VIN:1GCHK29U87E148803]] and plate [[PLATE:TN 7J4-K81]] of the truck, registered to his dad [[REL:Wade Harmon]].

BAL was 0.19. Police want the blood result without a warrant. Our risk manager [[HCP:Sheila Pendergrass]] said "only with a subpoena." Is that what everyone else does in Tennessee?""",
    # 025 ICD recall, Perth
    """Anyone else chasing the ICD lead advisory? We found one in clinic today.

Mrs [[PT:D. Kowalski]], [[AGE:93]]yo, lives at [[FAC:Amana Living Ocean Gardens]] in [[PLACE:Wembley Downs]], ICD implanted [[DATE:03/2016]] at [[FAC:Fiona Stanley]]. Lead serial [[DEVICE:LFJ204871V]], generator serial [[DEVICE:RZL603118S]]. Lead impedance drifting up from 520 to 1480 Ω over 6 months. She's had no therapies ever.

Her son [[REL:Andrzej]] (he rings from [[TOWN:Bunbury]] every time) wants it "fixed". My view: at [[AGE:93]] with no shocks in 8 years and EF now 45%, programme tachy therapies off and leave it. Thoughts? Her GP Dr [[HCP:Lim]] agrees.""",
    # 026 patient portal IP dispute, Montreal
    """Weird privacy thing at our clinic and I don't know who to ask.

A patient, [[PT:Geneviève Thibodeau-Arsenault]] (RAMQ [[PLAN:THIG 8852 1419]]), says her ex-partner [[REL:Marc-André Lussier]] has been logging into her patient portal. IT pulled the logs: logins from [[IP:198.51.100.47]] and [[IP:203.0.113.9]] at 0300 on [[DATE:12 janvier]] and [[DATE:14 janvier]], neither from her home in [[PLACE:Rosemont]]. The portal account email was changed to [[EMAIL:gene.thibo@mailcourrier.ca]] without her knowledge. She works at [[FAC:Caisse Desjardins du Plateau]] and thinks he got her password from a sticky note at work.

She's scared, there's a history of IPV. We locked the account. Do we have a duty to report to the CAI? Our privacy officer [[HCP:Luc Bérubé]] is on leave until [[DATE:mars]].""",
    # 027 Sermo-style, Oregon psych hold
    """Question for psych + EM folks. 17yo girl from [[TOWN:Sweet Home]] brought in by her mom [[REL:Crystal Dunaway]] after posting goodbye videos on TikTok ([[HANDLE:@kenz.n.the.void]]). Patient is [[PT:Mackenzie Dunaway]], junior at [[FAC:Sweet Home High School]], works weekends at [[FAC:Dairy Queen on Long St]]. Denies SI now, says "it was a joke", PHQ-A 21. Mom wants her home. The school counsellor (Mr. [[HCP:Pruett]]) had already filed a report, case no. [[ID:ODHS-24-551093]].

We have no adolescent psych bed within 150 miles; nearest is [[FAC:Unity Center for Behavioral Health]] in [[TOWN:Portland]] and it's full. Would you hold her in the ED on a director's custody? For how long? She's been boarding 3 days already.""",
    # 028 tumour board, Christchurch
    """Upper GI MDM notes, pasted for discussion (our surgeons disagree).

Patient: [[PT:Hōhepa Tipene]], 58M, NHI [[ID:PQR7713]]. Lives in [[TOWN:Tuahiwi]] near the marae, works for [[FAC:Ngāi Tahu Farming]] on the dairy units. Referred by GP Dr [[HCP:Anahera Whaanga]].
Histology ([[DATE:6/8/24]]): gastric adenocarcinoma, diffuse type, signet ring cells. CDH1 germline pending — his brother [[REL:Wiremu]] died of stomach cancer at 41 and a cousin at 37.
CT: T3N1, no mets. Laparoscopy [[DATE:12/8]] negative washings.
Plan: FLOT x4 → total gastrectomy (Mr [[HCP:Stevenson]]) → FLOT x4. Genetic service referral for whānau — the family hui is on the [[DATE:24th]] at [[FAC:Tuahiwi Marae]].

Tama, this is the case I mentioned. If CDH1 is positive, do you offer prophylactic gastrectomy to relatives in their 20s?""",
    # 029 sign-out list, Bronx
    """how we sign out on nights at our place, pasted from my phone notes (fake-ish names). honest question at bottom

1. [[PT:Rivera, Yesenia]] 44F DKA, gap closed 0200, sub-q insulin started, eat bkfst then d/c drip
2. Mr. [[PT:Acheampong]] 66M CHF, net -2L, Cr bumping 1.4→1.7, hold AM lasix
3. "[[PT:Papo]]" [[PT:Santiago]] 58M cirrhosis, HE, lactulose titrate to 3 BM. wife [[REL:Migdalia]] [[PHONE:718-555-0131]] wants update
4. [[PT:Goldfarb, Miriam]] [[AGE:99]]F — yes [[AGE:99]] — NSTEMI, DNR/DNI, comfort-focused, son [[REL:Howard]] flying in from [[TOWN:Boca Raton]]
5. [[PT:Diallo, Mamadou]] 31M, TB r/o, airborne, works at [[FAC:La Esquina Deli]]. DOH worker Ms. [[HCP:Ferreira]] coming tmrw

q: who else has 20+ pts overnight alone? that was 24 on Sat [[DATE:8/17]]""",
    # 030 referral letter, NW Ontario
    """Referral I sent to [[FAC:Thunder Bay Regional]] — reposting because they bounced it twice for "incomplete info" and I want to know what I'm missing.

To: Dr [[HCP:Kaminski]], Gastroenterology   Fax: [[FAX:807-555-0188]]
From: Dr. [[HCP:Jessa Linklater]], [[FAC:Sioux Lookout Meno Ya Win Health Centre]]
Re: [[PT:Ethan Meekis]], DOB [[DATE:2011-04-19]], Status #[[ID:1840027715]], OHIP [[PLAN:5531 892 046 XR]]
Home community: [[PLACE:Sandy Lake First Nation]] (fly-in)
13M with 6 mo bloody diarrhea, weight loss 7 kg, CRP 78, fecal calprotectin 1840. Suspect IBD. Needs scope. Family cannot travel until ice road opens or a medical travel flight is approved (NIHB ref [[ID:NIHB-ON-88412]]). Grandmother [[REL:Agnes Meekis]] is caregiver, phone via nursing station [[PHONE:807-555-0136]].

Is there really a form field for "ice road"? Feels like there should be.""",
    # 031 lowercase chat, Tower Hamlets
    """copy pasted from our practice chat, Farzana said ok to share, sorry for the format

[09:12] me: anyone seen mrs [[PT:begum]] from [[PLACE:Ocean estate]]? her son [[REL:rahim]] rang, she stopped her insulin for ramadan
[09:14] Farzana: yes saw her last wk, hba1c 92 mmol/mol, told her about the IDF-DAR risk calc
[09:15] Farzana: she goes to [[FAC:East London Mosque]] and the imam there has been great with the diabetes talks
[09:16] me: ok will ring. her number on the system is [[PHONE:07700 900738]]
[09:20] Dr [[HCP:O'Neill]]: hypo last ramadan landed her in the [[FAC:Royal London]], pls document the plan

so: how are you all managing basal insulin dose reductions in Ramadan fasters on twice-daily premix? I usually swap to basal-bolus and drop the basal by 20%.""",
    # 032 dictated discharge, New Orleans
    """Dictated discharge — transcription left in — then my question.

"Discharge summary for [[PT:Antoine Boudreaux]] spelled [[PT:B-O-U-D-R-E-A-U-X]] medical record number [[MRN:UMC 5530178]]. Admission date [[DATE:August 28th]]. Discharge date [[DATE:September 2nd]]. Attending Dr. [[HCP:Marchand]]. Mister [[PT:Boudreaux]] is a 71 year old retired shrimper from [[TOWN:Lafitte]] in [[COUNTY:Jefferson Parish]] who presented with Vibrio vulnificus necrotizing fasciitis of the left leg after wading in brackish water. He underwent emergent debridement times three. He will follow up with wound care at [[FAC:Ochsner West Bank]]. His niece [[REL:Claudette Guidry]] at [[PHONE:504-555-0158]] will be providing transportation. End of dictation."

Note he has cirrhosis from the drinking at [[FAC:Boutte's Bayou Bar]] (his words). Doxy + ceftazidime; we went 14 days. Anyone go shorter for vulnificus after full debridement?""",
    # 033 private insurer letter, UK
    """This is what AXA Health sent back about my patient's biologic. Thoughts on how to word the response?

Dear Dr [[HCP:Rahman]],
Re: Mr [[PT:Oliver Fane-Huxley]], membership number [[PLAN:AXA/PH/00741882]], authorisation request [[ID:PA-3351907]]
We have reviewed the request for risankizumab for Crohn's disease. Our medical adviser (Dr [[HCP:G. Whitlock]]) notes that the patient has not yet failed an anti-TNF and therefore does not meet our policy criteria.
Please contact our clinical team on [[PHONE:0161 496 0174]] quoting the reference above.

Context: 28yo, ileal Crohn's, SES-CD 14, works as a trader at [[FAC:Hargreave & Coutts]], had TB exposure (IGRA positive, treated) and his dad [[REL:Rupert]] had MS. I didn't want an anti-TNF because of the MS family history. NICE doesn't require anti-TNF failure first. Am I being unreasonable? Agree with Dr. Lindqvist's point in the last thread about documenting the family history.""",
    # 034 Utah rural route
    """Case and question from a family med doc in rural Utah.

42F, 7th pregnancy, 34 weeks, lives on [[STREET:RR 1 Box 88]] outside [[TOWN:Loa]] in [[COUNTY:Wayne County]]. BP 168/112, plt 88, AST 210 at her prenatal visit at our clinic ([[FAC:Wayne Community Health Center]]). Nearest L&D with a NICU is 2.5 hrs ([[FAC:Utah Valley Hospital]]). Her husband [[REL:Brigham Torgersen]] is the bishop of the [[FAC:Loa 2nd Ward]] and wanted to give her a blessing before transfer, which was fine, took 5 min.

Mag started, labetalol IV, betamethasone #1. Flight crew ([[HCP:Jolene]], flight RN) arrived in 50 min. Patient is [[PT:Eliza Torgersen]], DOB [[DATE:5/30/82]].

Question: for HELLP at 34w in a remote setting, would you deliver locally by C-section if you had the OR, or always ship?""",
    # 035 ED board, Melbourne
    """Our ED "waiting room board" at 4pm Sunday, pasted with names changed. Access block is killing us.

CUBE 2 — [[PT:ABDI, Hodan]] 29F — 14/40, hyperemesis, ketones 3+ — interpreter (Somali) booked
CUBE 4 — [[PT:McKENZIE, Jack]] 19M — footy knee, from [[FAC:Sunbury Lions FC]] — ortho [[PAGER:3318]]
CUBE 6 — [[PT:GRECO, Carmela]] 84F — fall, [[FAC:Arcare Keilor]] — ?pelvic #
CORR 1 — Uncle [[PT:Lenny]] [[PT:CLARKE]] 66M — chest pain — Aboriginal Liaison Aunty [[HCP:Rose]] on [[PHONE:03 5550 4417]]
CORR 3 — [[PT:TRAN, Duc]] 45M — 10 hrs since arrival, AKI, waiting on gen med bed
RESUS — [[PT:SINGH, Harjit]] 71M — STEMI, cath lab activated

8 patients over 24h in ED. We called a Code Yellow. Anyone found a way to get the inpatient teams to pull?""",
    # 036 email thread paste, Denver
    """Pasted an email chain (with permission) — about when to let a patient with HCM back to competitive sport.

From: [[EMAIL:jmartinez.cards@frontrangeheart.org]]
To: [[EMAIL:coach.b@lakewoodlynx.net]]
Sent: Thu, [[DATE:Sep 12, 2024]] 4:47 PM
Subject: [[PT:Jaylen]] — return to play

Coach [[REL:Bauer]], as discussed, [[PT:Jaylen Wright]] (16) has hypertrophic cardiomyopathy, septal thickness 21 mm, no LVOT gradient, no LGE on MRI, normal Holter. We've done shared decision making with his parents [[REL:Tamika]] and [[REL:Darnell Wright]]. He can return to practice at [[FAC:Lakewood High School]] with an AED courtside.
— Dr. [[HCP:Julia Martinez]], [[FAC:Front Range Heart Associates]]

Under 2024 AHA/ACC HCM guidance shared decision making is explicitly okay. Still nervous. Would you? (Thanks Marcus for the SDM worksheet.)""",
    # 037 peds clinic Halifax/Eskasoni
    """Peds outreach question. 6yo from [[PLACE:Eskasoni]] with recurrent otitis media, 9 episodes in a year, speech delay. Mom [[REL:Shelley Googoo]] and grandmother [[REL:Mary Rose]] both come to appointments. Tympanometry flat bilaterally. ENT wait at [[FAC:IWK]] is 14 months. He goes to [[FAC:Eskasoni Elementary]] and the teacher noticed he can't hear in class.

Patient is [[PT:Nashoba Googoo]], MSI [[PLAN:0042 118 907]]. Saw him at the [[FAC:Eskasoni Health Centre]] on [[DATE:Nov 6]] with the visiting ENT nurse [[HCP:Colleen]].

How are other remote clinics getting tubes done faster? Do you ever do them under sedation locally?""",
    # 038 M&M Belfast
    """M&M summary from our unit (we share these regionally):

Case: 54M presented to ED [[FAC:Royal Victoria Hospital]] on [[DATE:02.03.2024]] at 21:10 with 'worst headache of life' after lifting at work ([[FAC:Harland & Wolff]]). CT head at 23:40 normal (>6h from onset, hence not sufficient). LP not done; discharged with migraine diagnosis by Dr [[HCP:K. Moffett]]. Re-presented [[DATE:05.03.2024]] GCS 8, SAH Fisher 4, PCOM aneurysm.
Patient: [[PT:Seamus Doherty]], H&C no. [[ID:3214 556 789]]. Lives in [[PLACE:Andersonstown]] with wife [[REL:Bernadette]].
Learning: Apply Ottawa SAH rule; CT >6h requires LP or CTA. Our ED has since made CTA the default after 6 hours.

Anyone else shifted to CTA over LP after 6h? Breen, you were the ED reg that night, feel free to add.""",
    # 039 secure message thread, Baltimore
    """secure chat with our social worker, pasted. looking for advice on the disability form bit.

SW [[HCP:Brianna]] 10:02: pt in 8 [[PT:Raymond Tillman]] wants SSDI forms done today before dc
me 10:05: which forms
SW 10:06: SSA-3368 and the medical source statement. he gave his SSN [[SSN:219-55-0473]] for the form, im scanning it into media
me 10:10: ok. he's a roofer, still works cash jobs with [[FAC:Tillman & Sons Roofing]] (his uncle [[REL:Clarence]]), with EF 20% he can't climb a ladder
SW 10:12: he lives at [[STREET:2218 W. Lafayette Ave]] [[ZIP:21217]], 3rd floor walk up, no elevator
me 10:14: ok ill do it this afternoon

is it on me as the inpatient doc to fill out SSDI forms? our clinic at [[FAC:Druid Health Center]] says no PCP till [[DATE:January]].""",
    # 040 GoFundMe URL, El Paso
    """Ethics-ish question. The mother of a patient I treated sent me a link to a fundraiser and asked if I'd share it: [[URL:https://www.gofundme.com/f/help-baby-itzel-fight]]. The baby, [[PT:Itzel Carrasco-Duran]], 8 mo, was transferred from [[FAC:Del Sol Medical Center]] to us at [[FAC:El Paso Children's]] on [[DATE:6/3]] with an ALTE-like event, turned out to be infantile botulism (honey from a market stall at [[FAC:Ascarate Flea Market]]). BabyBIG given, she's off the vent.

Mom ([[REL:Yaritza]]) also posts updates on Facebook at [[URL:facebook.com/yaritza.duran.5591]] and tagged our unit. The page uses a photo of the baby in our NICU with my face in the background.

Do you share? @vgarza_picu I know you've dealt with this. Do you ask them to take the photo down? Our comms office says no sharing, no comment.""",
    # 041 SBAR handover, Cardiff
    """SBAR from our night med reg to day team. Posting because I think the 'R' is the weak point in everyone's SBAR.

S: [[PT:Rhys ap Gwilym]], 47M, [[FAC:UHW]] ward A6, hospital no. [[MRN:K8841073]], new confusion 0300 and temp 38.9.
B: Admitted Tues with cellulitis. Alcohol ~80 u/wk (works behind the bar at [[FAC:The Cottage]] in [[PLACE:Canton]]). Chlordiazepoxide started.
A: Could be DTs, could be encephalitis, could be sepsis from the leg. GCS 13. No neck stiffness. CIWA 22.
R: Think about LP. Partner [[REL:Gethin]] on [[PHONE:07700 900 181]] asked to be called at 8. Consultant Dr [[HCP:Eleri Pryce]] aware.

Our rotas mean the day reg often doesn't read the R until noon. How do your teams escalate the 'think about LP' type recommendations?""",
    # 042 case thread, Dearborn
    """**OP:** 39F, Yemeni-American, came to our clinic on [[STREET:Warren Ave]] in [[TOWN:Dearborn]] with 4 months of fatigue, Hb 7.9, MCV 62, ferritin 3. She's had 7 kids, last one [[DATE:March of last year]]. Works at her husband's bakery ([[FAC:Al-Noor Bakery & Sweets]]). Oral iron failed (GI upset). Husband ([[REL:Abdulrahman Al-Mansoori]]) asked if she can get IV iron without "the needle in the arm" because of a bad experience at [[FAC:Beaumont Dearborn]]. Patient [[PT:Fatima Al-Mansoori]].

**Reply 1:** Ferric carboxymaltose 750 x2, check phosphate. Rule out coeliac and H. pylori.

**Reply 2:** Check for menorrhagia too — often not volunteered. Ask when husband's not in the room.

**OP:** Good call. She told the female MA, [[HCP:Noor]], that her periods are 10 days. Referring to gyn.""",
    # 043 ICU family meeting, Adelaide
    """Family meeting note — I'd value any feedback on how we approached this. Written by me, pasted from the record with changes.

ICU Family Meeting [[DATE:17/07/2024]], [[FAC:Royal Adelaide Hospital]]
Present: Dr (me), SW [[HCP:Kate Moloney]], Bed 12 nurse [[HCP:Yianni]], patient's wife [[REL:Despina Karagiannis]], son [[REL:Nick]], daughter [[REL:Voula]], family priest Fr. [[REL:Athanasios]] from [[FAC:St Nicholas Greek Orthodox Church]] in [[PLACE:Thebarton]].
Patient: [[PT:Stavros Karagiannis]], 79, UR [[MRN:3091284]]. Day 11 of ventilation after a massive MCA stroke. Prognosis discussed: severe disability, unlikely to regain speech.
Family view: Orthodox faith does not allow withdrawal. Son wants us to "wait for a miracle". Agreed to continue current care without escalation, no CPR, review in 7 days.

Question: anyone with experience of Greek Orthodox families? Eleni mentioned in another thread she'd done a few of these. The priest was more flexible than the son.""",
    # 044 occ med consult, Amish
    """Occ health consult question from central PA.

31M Amish farmer, [[PT:Amos Stoltzfus]], from near [[TOWN:Gap]], [[COUNTY:Lancaster County]], no phone, we contact via English neighbour [[REL:Dale Hershey]] at [[PHONE:717-555-0125]]. Farm is [[FAC:Stoltzfus Meadow Dairy]] on [[STREET:Old Philadelphia Pike]]. Silo filler's disease: went into a freshly filled silo on [[DATE:Aug 22]], cough, dyspnoea, then better, now 3 weeks later worsening with bronchiolitis obliterans pattern on HRCT.

Self-pay via church aid, bill sent to [[ACCT:GH-2024-0988712]]. His bishop ([[REL:Jonas King]]) wants to know total costs before any admission.

Steroids? For how long? Any role for a lung biopsy?""",
    # 045 lowercase typos, Logan QLD
    """lol i literally had this yesterday. 52 yo samoan man from [[PLACE:kingston]] ([[TOWN:logan]]) , [[PT:faamau]], hba1c 13.2, foot ulcer w osteo on mri, hes a bus driver for [[FAC:transdev]] and a deacon at [[FAC:EFKS logan]]. wife [[REL:seini]] said he wont do amputation till after their church white sunday. podiatrist [[HCP:bec]] at [[FAC:logan hospital]] high risk foot clinic is amazing btw. we did iv abx + offload and he kept the foot so far. medicare [[PLAN:2953 17021 6]] had the wrong dob on it so billing was a nightmare fyi""",
    # 046 breast MDM, Wellington
    """Breast MDM summary, question below.

Patient: [[PT:Mele Vaipulu]], 46F, NHI [[ID:JHK5520]], [[FAC:Wellington Regional Hospital]]. Tongan, lives in [[PLACE:Porirua East]], works at a supermarket. Self-detected lump [[DATE:Jan]]; delayed presentation until [[DATE:May]] because of caring for her mother.
Core biopsy [[DATE:21/5]]: IDC grade 3, ER−/PR−/HER2−, Ki67 70%. MRI 3.8 cm, 2 axillary nodes. BRCA1 pathogenic variant — tested at the request of her sister [[REL:Losaline]], who had ovarian ca.
Plan: KEYNOTE-522 regimen, then surgery (Ms [[HCP:Carter]]). Pacific Health navigator [[HCP:Sione]] from [[FAC:Pasifika Medical Association]] to support.

Pembrolizumab is not funded by Pharmac for this indication. Family church ([[FAC:Free Wesleyan Church of Tonga, Porirua]]) is fundraising. Has anyone had luck with a special authority exception? @losa.f.onc?""",
    # 047 fitness to drive letter, Florida
    """Letter I sent to DHSMV. Not sure I'm obligated in Florida but I did it anyway. Your take?

[[DATE:May 3, 2024]]
Florida Department of Highway Safety and Motor Vehicles, Medical Review Section
Re: [[PT:Harold J. Pennington]], DOB [[DATE:01/22/1931]], FL DL [[LIC:P552-418-31-022-0]]
Dear Medical Review,
Mr. [[PT:Pennington]] ([[AGE:93]]) has moderate Alzheimer's dementia (MoCA 14/30) and had two minor collisions this year, one in a supermarket parking lot. His daughter [[REL:Linda Mayfield]] confirms he got lost driving to [[FAC:Grace Community Church]] in [[TOWN:Palm Coast]]. He continues to drive a 2011 Buick, plate [[PLATE:FL 8KX-R02]].
Sincerely, [[HCP:Wendell Tate]], MD, [[FAC:Flagler Geriatric Associates]]

He's furious with me. Daughter thanked me. That's about the ratio I expect.""",
    # 048 palliative chat, Newfoundland
    """Posting from a tiny island clinic in NL. Palliative case, need advice on doing this at home.

Uncle [[PT:Walt]] — [[PT:Walter Pardy]], 86 — metastatic prostate ca, in the house on [[STREET:Harbour Rd]] in [[TOWN:Fogo]], wants to die at home. Daughter [[REL:Sherry]] is a nurse at [[FAC:Notre Dame Bay Memorial]] in [[TOWN:Twillingate]]; son [[REL:Trevor]] fishes out of [[TOWN:Joe Batt's Arm]]. Ferry was cancelled Tues and Wed, pharmacy ([[FAC:Fogo Island Pharmacy]]) had 2 ampoules of hydromorphone left.

What do you keep in a home "just in case" kit for the last 48 hrs when resupply depends on weather? I'm thinking subcut hydromorphone, midaz, glyco, haloperidol. His MCP [[PLAN:881 447 290 115]].""",
    # 049 telehealth w/ IP and URL, Navajo Nation
    """Telehealth glitch question + case.

Video visit with [[PT:Roberta Begay]], 63F, from her daughter's house in [[PLACE:Chinle Chapter]]. Connection kept dropping; IT told me the session came from [[IP:192.0.2.118]] then switched to a cell hotspot at [[IP:198.51.100.203]], so the visit logged as two encounters. She has T2DM + CKD3b and a new foot ulcer. Her daughter [[REL:Shawna]] held the phone to the foot. Portal link we sent: [[URL:https://myhealth.chinlecomhealth.org/visit/7f3k-22q9]].

She lives 30 miles on dirt road from [[FAC:Chinle Comprehensive Health Care Facility]] and the road washed out [[DATE:July 19]]. Can I reasonably manage a Wagner grade 2 ulcer by video with a CHR visit ([[HCP:Lorenzo Tsosie]]) twice a week?""",
    # 050 dictated, Limerick
    """Dictated letter, left the voice-rec errors in because they're great.

"Dear doctor [[HCP:Hayes]] comma re [[PT:Pádraig O'Dwyer]] comma date of birth the [[DATE:ninth of June nineteen eighty two]] comma address [[STREET:14 St Munchin's Terrace]] comma [[TOWN:Caherconlish]] comma [[COUNTY:County Limerick]] full stop. Thank you for referring this 42 year old hurler who sustained a right ACL rupture playing for [[FAC:Caherconlish GAA]] on the [[DATE:3rd of August]] full stop. MRI at [[FAC:UHL]] confirms a complete tear with a bucket handle medial meniscal tear full stop. I have listed him for reconstruction with hamstring graft full stop. Yours sincerely [[HCP:John Keane]] FRCS."

Note: "[[COUNTY:County Limerick]]" is fine to leave in I reckon, but hurler at 42 wanting to return — would you do it?""",
    # 051 all caps NH transfer, New Jersey
    """NURSING HOME TRANSFER FORM WE GOT AT 0300. SHARING BECAUSE OF THE MED LIST.

RESIDENT: [[PT:FERRANTE, CONCETTA]]   DOB: [[DATE:1921]]   AGE: [[AGE:103]]
FACILITY: [[FAC:OCEAN VIEW CARE CENTER]], [[STREET:1200 RT 9]], [[TOWN:CAPE MAY COURT HOUSE]] NJ [[ZIP:08210]]
MEDICAID #: [[PLAN:NJ 770214891]]
CONTACT: NIECE [[REL:ROSEMARIE DIGIACOMO]] [[PHONE:609-555-0169]]
PCP: DR. [[HCP:V. PATEL]]
REASON: "LETHARGIC"
MEDS: DONEPEZIL 10, MEMANTINE 10 BID, OXYBUTYNIN 5 TID, QUETIAPINE 50 QHS, TRAMADOL 50 Q6H PRN, ZOLPIDEM 5 QHS, METOPROLOL 50 BID, DIGOXIN 0.25.

Digoxin 2.9, HR 38. Donepezil + oxybutynin, tramadol + ... it's a Beers list greatest hits. She was fine in 24h off everything.""",
    # 052 forged script, Georgia
    """Pharmacist called me about a forged script and I want to know how others handle this.

[[FAC:Kroger Pharmacy #391]] in [[TOWN:Macon]] got a paper script for oxycodone 30 mg #120 with my name, my old DEA number [[LIC:BT4417826]] and my old practice address ([[STREET:3412 Vineville Ave]]). The patient name on it was [[PT:Travis Lee Boykin]], DOB [[DATE:9/9/91]]. Never seen him. Pharmacist ([[HCP:Cheryl]], PharmD) kept it and called [[COUNTY:Bibb County]] sheriff, case [[ID:24-BCSO-018833]].

The script had my cell [[PHONE:478-555-0110]] as the callback, which means somebody has my old letterhead from [[FAC:Vineville Family Practice]].

Do I need to report to the DEA via form 106? Notify the GA medical board? My current license number [[LIC:GA 071194]] was not on it.""",
]

FREE_NOTES: list[str] = [
    # 053 reddit-style, eponyms
    """Quick one for the hive mind: 58M, Virchow's triad all there (long-haul flight, recent knee arthroscopy, factor V Leiden heterozygote), Wells score 6, D-dimer not needed. CTPA shows saddle PE, RV/LV 1.3, troponin up, normotensive. PESI class III. Sent to ICU for monitoring. Would you do catheter-directed lysis (the HI-PEITHO trial is still recruiting) or just heparin and watch? Our IR guys are keen, our ICU guys not. Hamman's sign was not present, before anyone asks, this isn't a pneumo-mediastinum.""",
    # 054 Figure 1 quiz
    """[image: hands with swan-neck deformities and ulnar deviation]

Guess the dx. 62F, 20 yrs of symptoms, anti-CCP >300, RF positive. Bouchard's and Heberden's nodes absent. DAS28-CRP 5.4 on methotrexate 25 mg weekly + hydroxychloroquine 200 mg bd. Next step per EULAR 2022? Most would add a bDMARD or JAK inhibitor; after ORAL Surveillance I'm cautious with tofacitinib in a smoker over 50. Leaning toward adalimumab biosimilar. Thoughts from the rheum folks?""",
    # 055 guideline debate, UK
    """Is anyone else finding NICE NG136 thresholds hard to explain to patients? ABPM average 138/86, QRISK3 11.4%, age 47, South Asian background. I started amlodipine 5 mg because she's of African-Caribbean heritage on her mum's side... no wait, that logic only applies to black African or African-Caribbean family origin, and she is Punjabi. So ACEi first line (ramipril 2.5 mg). Check U&Es in 1–2 weeks. Target clinic BP <140/90. Happy to be corrected by the GPwSIs on here.""",
    # 056 peds eponyms + place-named disease
    """Peds ID puzzle. 3yo, 6 days of fever, bilateral non-purulent conjunctivitis, strawberry tongue, cracked lips, cervical node 2 cm, BCG scar red (we see that a lot in kids born overseas). Kawasaki, right? Echo: LAD z-score +2.8. IVIG 2 g/kg + aspirin. My registrar asked about Rocky Mountain spotted fever and Lyme — no tick exposure, rash isn't on palms. Also asked about Still's. Would you add steroids up front per the RAISE study for a z-score this high? Kobayashi score 5.""",
    # 057 cardiology thread with members
    """Agree with Dr. Okonjo above. In HFrEF with EF 28% and K 5.4 on spironolactone, I'd start patiromer 8.4 g daily rather than stop the MRA. DIAMOND showed you can keep RAASi going. Then add SGLT2i (dapagliflozin 10 mg, per DAPA-HF) and uptitrate sacubitril/valsartan to 97/103 bd. @lwheatley.cards what's your threshold to stop the MRA — 6.0?""",
    # 058 ICU checklists, relative times
    """ICU thread: our sedation holiday compliance went from 40% to 85% after we moved the SAT/SBT to 0600 and made the bedside nurse own it. RASS target 0 to −1, CAM-ICU twice a shift. We also stopped routine midazolam infusions; propofol + fentanyl, dexmedetomidine if agitated. Ventilator days down about 1.2 on average over the last quarter. ABCDEF bundle is dull but it works. Anyone measuring this weekly? We review it every Friday at the morning huddle.""",
    # 059 onc codes
    """Coding question for the oncologists. New NSCLC, adenocarcinoma, EGFR exon 19 deletion (c.2235_2249del, p.E746_A750del). ICD-10 C34.11 for RUL. For the NGS we bill CPT 81445, and for the PD-L1 IHC 88360. Osimertinib 80 mg daily per FLAURA; some are adding chemo per FLAURA2. Our pharmacy keeps rejecting the prior auth because it's coded C34.90 — unspecified. Worth being specific?""",
    # 060 EM - decision rules
    """The Canadian CT Head Rule and the Canadian C-Spine Rule are still the ones I teach first. NEXUS is fine but less specific. PECARN for the under-18s. For the over-65 fall-on-blood-thinner crowd, most of us just scan. Quick poll for the ED folks: who still uses the San Francisco Syncope Rule vs the Canadian Syncope Risk Score? SFSR has been disappointing in validation; CSRS seems better. Thanks Marguerite for the teaching slides last week, they were great.""",
    # 061 GI eponyms
    """Barrett's oesophagus with low-grade dysplasia confirmed by two GI pathologists. Prague C2M4. Options: surveillance every 6 months vs RFA. BSG guideline says offer endoscopic ablation. The patient is 55, fit, wants the ablation. Any tips for the first RFA — 360 balloon or focal? Also, anyone using Seattle protocol biopsies religiously, or are you doing targeted with NBI only?""",
    # 062 neuro
    """Guillain-Barré vs CIDP question. 44M, ascending weakness 5 weeks now, areflexia, CSF protein 2.1 g/L, cells 2. Nerve conduction: demyelinating. Had IVIG 2 g/kg at week 1 and improved, then worsened at week 6. That's treatment-related fluctuation or A-CIDP. EFNS/PNS 2021 criteria say think CIDP if deterioration after 8 weeks or ≥3 TRFs. Anti-neurofascin 155 sent. Would you start steroids now?""",
    # 063 lower-case reply
    """lol yes this is the classic. we call it the "monday morning troponin". hs-trop 14 → 16 in 3h, delta under 5, ESC 0/1h algorithm rules out. HEART score 3. home with OP stress echo. honestly we overadmit these. ty @b.ferreira.em for the algorithm poster in the resus bay""",
    # 064 dermatology brand names
    """Derm question: pt on isotretinoin (Absorica 40 mg), iPLEDGE sorted, now with a new Stevens–Johnson–like reaction? No — turned out to be erythema multiforme after HSV, Nikolsky negative. Stopped nothing. Gave valaciclovir. Cheilitis managed with Aquaphor. For the ones on Claravis who flare on start: prednisolone 0.5 mg/kg for 2 weeks? Or drop to 10 mg/day isotretinoin and build slowly?""",
    # 065 nephro labs
    """Renal: eGFR 38 (CKD-EPI 2021, race-free), ACR 140 mg/mmol, T2DM, BP 146/88. On ramipril 10, empagliflozin 10, now adding finerenone 10 mg per FIDELIO-DKD. K 4.6. Recheck K in 4 weeks. Would you add semaglutide (FLOW trial) at the same time or stagger? I usually stagger so I know what caused the GI upset.""",
    # 066 group chat, colleagues only
    """Our journal club chat, pasted. No patients here.

[19:02] Nadia: did anyone read the NEJM paper on tenecteplase up to 24 h? (TIMELESS)
[19:05] Kwame: yes, negative primary endpoint, didn't change practice for us
[19:06] Nadia: and TRACE-III was positive but in China without thrombectomy access
[19:09] Kwame: right, so applicability in a rural hospital with no EVT is the question
[19:10] me: Thursday 7pm then, I'll book the room""",
    # 067 Ross River / Murray Valley
    """Aussie ID question. Fever + rash + polyarthralgia after a camping trip on the Murray — Ross River virus vs Barmah Forest virus vs early dengue (he'd been to Bali 3 weeks earlier). RRV IgM positive, IgG negative. Murray Valley encephalitis is the one that scares me but he has no neuro signs. Japanese encephalitis has shown up in piggeries in NSW too. Supportive care, NSAIDs. Anyone seen chronic arthralgia from RRV last more than a year?""",
    # 068 Lyme, Powassan
    """New England tick season thread. EM at 5 cm, 2 days after a tick bite on a hiking trip — doxy 100 bd x 10 days per IDSA 2020. Also remember Powassan virus and babesiosis (Babesia microti) and anaplasmosis. Lyme carditis: check an ECG if any dizziness, PR >300 ms needs admission. And if someone mentions Rocky Mountain spotted fever in Massachusetts, it's rare but not zero. Thanks Joanna for the reminder about doxy being fine in kids <8 for short courses.""",
    # 069 psych scales
    """Psych: PHQ-9 of 19, GAD-7 14, C-SSRS negative for current intent. Tried sertraline to 200 mg, then switched to venlafaxine 225 mg XR, partial response. STAR*D level 3 options: augment with aripiprazole 2–5 mg or lithium, or switch to mirtazapine. The patient hates weight gain. What would you all pick? ECT is on the table if it comes to that, per the NICE CG90 steps.""",
    # 070 obstetrics
    """Obs: G2P1, 36+2 weeks, BP 150/100 x2, PCR 45, plt 140. Pre-eclampsia without severe features. Per ACOG 2020 deliver at 37+0. She wants to wait for spontaneous labour. Bishop score 4. sFlt-1/PlGF ratio 85 — PROGNOSIS study says ratio >38 suggests development within 4 weeks. Admit and induce at 37 or outpatient twice-weekly until then?""",
    # 071 chest - place named
    """Anyone seen a rise in coccidioidomycosis outside the Southwest? Valley fever used to be an Arizona/California thing; now cases in Washington. Also histoplasmosis in the Ohio and Mississippi River valleys, blastomycosis around the Great Lakes. Our 35F with hilar adenopathy and erythema nodosum — Löfgren's vs cocci? ACE 70, cocci serology pending. Travel: the desert Southwest on holiday last winter.""",
    # 072 haematology with members
    """+1 to what Siddharth said. HIT: 4T score 6, PF4 ELISA OD 2.1, SRA pending — stop all heparin, start argatroban (or fondaparinux if renal OK). Don't give platelets. Don't start warfarin until plt >150. @hemedoc_aisling do you still send SRA or just go on the ELISA optical density now? Our lab takes a week.""",
    # 073 vaccines
    """Travel clinic: backpacker off to Nepal and India, 7 weeks. Hep A, typhoid (Vivotif oral or Typhim Vi), rabies pre-exposure 2 doses (day 0 and 7), JE vaccine (Ixiaro) if rural monsoon. Cholera (Dukoral) generally no. Malaria: atovaquone-proguanil for Terai. Measles status checked — MMR x2. Anyone still giving Yellow fever certificates for India transit from Africa?""",
    # 074 endo
    """Endo: Cushing's syndrome workup. 24h UFC x2 elevated (3x ULN), late-night salivary cortisol high, 1 mg DST cortisol 280 nmol/L. ACTH 45 ng/L — ACTH-dependent. MRI pituitary: 4 mm lesion. IPSS per the Endocrine Society 2021? Nelson's syndrome risk if bilateral adrenalectomy later. Pasireotide vs osilodrostat if surgery fails? I'm leaning toward IPSS before sending to neurosurgery.""",
    # 075 ortho scores
    """Ortho: Weber B ankle fracture, isolated lateral malleolus, medial clear space 4 mm on gravity stress view. Stable — boot and weight-bear as tolerated (CROSSBAT). Ottawa ankle rules applied, good. Also a Salter-Harris II of the distal radius in a 12yo — closed reduction, cast. Maisonneuve fracture remembered, checked proximal fibula. Thanks Liam for the reminder to always palpate it.""",
    # 076 infectious, COVID
    """COVID is back in the wards again. Paxlovid (nirmatrelvir/ritonavir) interactions: stop simvastatin, tacrolimus needs huge reduction, rivaroxaban avoid. Remdesivir 3 days if hypoxia risk and can't take Paxlovid (PINETREE). RECOVERY showed dexamethasone 6 mg only helps if on oxygen. Variants now mostly JN.1 descendants. Is anyone still swabbing every admission?""",
    # 077 poll, MSK
    """POLL: First-line for plantar fasciitis in a 40yo runner?
A) Stretching + night splint
B) Steroid injection
C) ESWT
D) PRP
I'd go A for 6–12 weeks. Windlass test positive. Exclude Baxter's nerve entrapment and a calcaneal stress fracture if it's atypical.""",
    # 078 GI bleed scores
    """Upper GI bleed: Glasgow-Blatchford score 0 → can discharge (AIMS65 is more for mortality). Rockall score post-endoscopy. Forrest Ia ulcer — dual therapy with adrenaline + clips. High-dose PPI (80 mg bolus then 8 mg/h per older guidance; intermittent bd is non-inferior). Check H. pylori, treat with bismuth quadruple. Anyone using Hemospray first-line for tumour bleeds?""",
    # 079 anaesthesia
    """Anaesthesia: Mallampati 4, thyromental distance 5 cm, BMI 48. Plan awake fibreoptic. Rapid sequence with rocuronium 1.2 mg/kg and sugammadex 16 mg/kg on standby. ASA 3. STOP-BANG 7 — CPAP post-op. Difficult Airway Society 2015 guideline for unanticipated difficulty, plan A–D. Sellick's manoeuvre — who still does cricoid?""",
    # 080 urology
    """Urology: PSA 7.2, PSA density 0.16, PI-RADS 4 lesion on mpMRI. Transperineal biopsy: Gleason 3+4=7 (ISUP grade group 2), <10% pattern 4. Active surveillance per the ProtecT long-term data is reasonable; Decipher score intermediate. The patient is 63 and anxious. @urol.mcnamara how often do you re-image on AS?""",
    # 081 toxicology
    """Tox: paracetamol staggered OD, level at 4h not useful. Rumack-Matthew nomogram doesn't apply. Start acetylcysteine — SNAP regimen (12-hour) if available. ALT 1100. King's College criteria for transplant: pH <7.3 after resus, or INR >6.5 + Cr >300 + grade III/IV encephalopathy. Our lactate 4.1. Called the liver unit. Anyone using fomepizole as an adjunct?""",
    # 082 rheum
    """Giant cell arteritis fast-track: 72F, jaw claudication, ESR 88, CRP 64. Temporal artery US shows halo sign bilaterally. Prednisolone 60 mg started before biopsy. GiACTA: tocilizumab 162 mg weekly as steroid-sparing. Polymyalgia rheumatica overlap. Thanks to Hemi for the US images he shared at the regional teaching — made me more confident reading the halo.""",
    # 083 peds neonatal
    """NICU: 29 weeker, surfactant via LISA, CPAP 6. Apgar 6 and 8. Caffeine citrate loading 20 mg/kg. Bell's stage II NEC concern on day 10 — pneumatosis on X-ray. NPO, TPN, antibiotics. Cranial US: grade II IVH. ROP screening from week 31. Anyone doing probiotics routinely (Infloran)?""",
    # 084 geriatrics scores
    """Geri: Clinical Frailty Scale 6, Charlson 7, MMSE 21, 4AT positive. Beers Criteria 2023 flagged her zopiclone, oxybutynin, and amitriptyline. STOPP/START v3 says also stop the PPI she's been on for 8 years without indication. Deprescribing is harder than prescribing. Anyone have patient handouts they like?""",
    # 085 member colleague reply
    """Good question, Rangi. In remote areas we use the Wells criteria plus a POCUS 2-point compression and skip the D-dimer if the lab's 3 hours away. If the scan's negative and Wells is low, home with review in a week. If equivocal, a single dose of enoxaparin 1.5 mg/kg and rescan. The ACEP policy supports EP-performed compression ultrasound. Our town isn't remote — but our West Coast colleagues are.""",
    # 086 nursing home / Alzheimer
    """Alzheimer's: the lecanemab and donanemab discussion. ARIA risk highest in APOE ε4 homozygotes (~40% ARIA-E in CLARITY-AD sub-analysis). MRI at baseline, before doses 5, 7, 14. Amyloid PET or CSF Aβ42/40 ratio required. Cost, infusion capacity — most regional services can't. Are you all referring or saying no?""",
    # 087 transplant
    """Tx: tacrolimus trough 14 on day 10, Cr rising 110 → 160. Biopsy: Banff 2022 grade IA TCMR. Pulse methylpred 500 mg x3. BK viraemia 4 log — reduce MMF. CMV D+/R− on valganciclovir 900 mg daily. Anyone using belatacept conversion early?""",
    # 088 chest eponyms
    """Pancoast tumour — Horner's syndrome on the right (ptosis, miosis, anhidrosis), ulnar pain. CT: superior sulcus mass. Trimodality per SWOG 9416. Also Bernard-Horner, for the francophones. Thanks @dr.kiri.morgan for the case at grand rounds, I learned a lot.""",
    # 089 ENT
    """ENT: sudden sensorineural hearing loss, 40 dB drop across 3 frequencies, 48 hours. Prednisolone 1 mg/kg (max 60) for 7 days, intratympanic dexamethasone if no recovery at 2 weeks. Weber lateralises to the good ear, Rinne positive both sides. MRI IAMs to exclude vestibular schwannoma. AAO-HNS 2019 guideline. HBOT if available within 2 weeks.""",
    # 090 lower case quick
    """tbh i'd just give the ondansetron 4mg odt and push fluids. gastro, 4 days, normal lytes, no red flags. the "rule of 3s" for kids dehydration is outdated but still useful. @moana.tk.gp agree?""",
    # 091 sepsis
    """Sepsis-3: qSOFA 2, SOFA rise 3. Lactate 4.2 → 30 mL/kg crystalloid (Plasma-Lyte over saline per SMART). Noradrenaline early, vasopressin at 0.25 mcg/kg/min noradrenaline-equivalent. Hydrocortisone 200 mg/day per ADRENAL/APROCCHSS. CLOVERS: restrictive vs liberal fluids no different. Surviving Sepsis Campaign 2021 guidelines say within 1 hour for antibiotics.""",
    # 092 DOIs / URLs
    """For anyone who asked about the evidence behind permissive hypotension: the core refs are doi:10.1056/NEJM199410273311701 and the PROPPR trial (JAMA 2015;313(5):471-482). Guideline: https://www.nice.org.uk/guidance/ng39. Also the ATLS 10th edition chapter on shock. Target SBP 80–90 until haemorrhage control, except TBI.""",
    # 093 genetics
    """Genetics: MYH7 c.1208G>A (p.Arg403Gln) — classic HCM variant, pathogenic per ClinVar. Cascade test first-degree relatives. Also found an incidental BRCA2 VUS c.7007G>A — not actionable. TTN truncating variant in a DCM pt too. ACMG SF v3.2 list. Who reports VUS back to patients?""",
    # 094 handover template w/o patients
    """Our ED handover template, no patients in it, steal it if you want:

- Bed / name (initials only on the board)
- One-liner (age/sex, complaint)
- Working dx + differentials
- Pending: labs, imaging, consults
- Dispo + who's waiting on what
- "If X then Y" contingencies
- Family/social flags
- Code status

Weekends we add a line for bed status in the medical wards. Credit to Fionnuala for the structure.""",
    # 095 Chagas, Hantavirus
    """ID: Chagas disease in a 41M from rural Bolivia, now in the US 10 years — Trypanosoma cruzi serology positive x2. ECG: RBBB + LAFB. Benznidazole vs nifurtimox — BENEFIT trial didn't show benefit in established cardiomyopathy. Also Hantavirus pulmonary syndrome (Sin Nombre) seen in Four Corners — mouse droppings exposure. And Marburg scare on the news last week, nothing locally.""",
    # 096 burnout/collegial
    """This thread is a good reminder. After a bad run of nights, I went to the Employee Assistance Program. Took 4 weeks to get an appointment. Thanks Oluwaseun and @ckeenan_gp for the messages — it helped to know I'm not alone. If you're in NZ, the Doctors' Health Advisory Service is free and confidential. In the UK, NHS Practitioner Health. In Australia, DRS4DRS. In Ireland, the ICGP/Practitioner Health Matters Programme.""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc20-001": [{"name": "Tyler Davis", "handle": "@tdavis_hosp"}],
    "pc20-006": [{"name": "Ruth Adeyemi", "handle": "@ruth.adeyemi.onc"}],
    "pc20-007": [{"name": "Kieran Walsh"}],
    "pc20-010": [{"name": "Lucia Castellanos"}],
    "pc20-013": [{"name": "Priyanka Sethi"}],
    "pc20-015": [{"name": "Annika Holm"}],
    "pc20-019": [{"name": "Gabriel Oyelowo"}, {"name": "Jennifer Whitford", "handle": "@jen_whitford_id"}],
    "pc20-020": [{"name": "Ger Brosnan"}, {"name": "Ciarán Ó Sé"}],
    "pc20-022": [{"name": "Navdeep Kaur", "handle": "@nkaur.addictions"}],
    "pc20-028": [{"name": "Tama Rāwiri"}],
    "pc20-031": [{"name": "Farzana Chowdhury"}],
    "pc20-033": [{"name": "Erik Lindqvist"}],
    "pc20-036": [{"name": "Marcus Bell"}],
    "pc20-038": [{"name": "Declan Breen"}],
    "pc20-040": [{"name": "Valeria Garza", "handle": "@vgarza_picu"}],
    "pc20-043": [{"name": "Eleni Stavrou"}],
    "pc20-046": [{"name": "Losa Fifita", "handle": "@losa.f.onc"}],
    "pc20-057": [{"name": "Chiamaka Okonjo"}, {"name": "Laura Wheatley", "handle": "@lwheatley.cards"}],
    "pc20-060": [{"name": "Marguerite Tremblay"}],
    "pc20-063": [{"name": "Bruno Ferreira", "handle": "@b.ferreira.em"}],
    "pc20-066": [{"name": "Nadia Rahimi"}, {"name": "Kwame Asante"}],
    "pc20-068": [{"name": "Joanna Pike"}],
    "pc20-072": [{"name": "Siddharth Menon"}, {"name": "Aisling Moran", "handle": "@hemedoc_aisling"}],
    "pc20-075": [{"name": "Liam Hughes"}],
    "pc20-080": [{"name": "Sean McNamara", "handle": "@urol.mcnamara"}],
    "pc20-082": [{"name": "Hemi Walker"}],
    "pc20-085": [{"name": "Rangi Parata"}],
    "pc20-088": [{"name": "Kiri Morgan", "handle": "@dr.kiri.morgan"}],
    "pc20-090": [{"name": "Moana Tukino", "handle": "@moana.tk.gp"}],
    "pc20-094": [{"name": "Fionnuala Daly"}],
    "pc20-096": [{"name": "Oluwaseun Bakare"}, {"name": "Ciara Keenan", "handle": "@ckeenan_gp"}],
}

build, render, main = first_set.blind_set(
    "pc20", Path(__file__).with_name("physician_cases_20.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
