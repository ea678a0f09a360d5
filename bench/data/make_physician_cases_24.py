# ruff: noqa: E501 (the notes are data, with the symbols people type)
"""Blind test set 24: 96 clinnet notes (52 with PHI, 44 without), written blind.

The notes were written for this set without reading the detector, its tests, its word
lists or any other set: only the tag table and the parser of ``make_physician_cases.py``
were read. Every patient, relative, clinician, place of work, address and number is
invented (North American phones 555-01xx, UK mobiles 07700 900xxx, Australian
0491 570 xxx / (08) 5550 xxxx, other numbers made up in their national formats, IPs from
the documentation ranges, made-up email and web domains); real towns, counties, islands
and neighbourhoods appear only as places; facilities are made up (hospital acronyms may
match real ones, as acronyms do).

The mix: the United States (cities, suburbs, rural Midwest and South, the border, Alaska,
Hawaii, the Navajo Nation), Canada (Prairies, Atlantic provinces, First Nations, Nunavut),
the UK with Northern Ireland and the islands, Ireland (Travellers too), Australia (outback,
Torres Strait, Kimberley, Tasmania) and New Zealand; migrants, seasonal and FIFO workers,
farms, mines, oil fields, fishing, meat plants, warehouses. The kinds: case posts with
replies, Reddit/Sermo/Figure 1-style posts and polls, pasted group chats, tumour boards,
M&M write-ups, pasted discharge/clinic/referral/consult/occupational-health letters,
sign-outs and handover lists, ED/ICU boards, phone-typed lower-case replies, dictated text,
ALL-CAPS pastes and journal-club posts. The PHI-free notes are full of look-alikes:
eponyms, place-named diseases and rules, scores, trials, drugs, citations with years and
DOIs, public links, lab values and colleagues of the network talking to each other.

Conventions followed beyond the tag table:
- Titles, honorifics, kinship words and labels stay outside spans (Dr, Mrs, Fr, Doña,
  Aunty, nan, MRN, NHI, bleep, the) and so does a trailing possessive 's; initials that
  stand for a person are that person; "SURNAME, Given" is one span; a nickname is its own
  span, also when it stands next to the full name.
- AGE is the number (digits or words) of an age over 89 only; DATE is the date alone (no
  weekday, no clock time); day-of-month alone and holidays used as the day of an event are
  DATE, and so is a month alone when it dates an event of the patient ("in June", "in
  july"); "the" before a date stays outside ("the [[DATE:Twelfth]]"); a year alone is YEAR
  (also the current year said in passing), except a birth year that reveals an age over 89
  (DATE). Decades ("in the 90s"), "the holidays", guideline, trial and citation years are
  not tagged.
- FAC covers hospitals (also their acronyms and short names), clinics, employers, farms,
  mines, plants, shops, pubs, churches, clubs, schools, shelters, care homes and named
  wards, with the generic word that is part of the name ("Rosewood Manor", "Waiapu Rugby
  Club"); numbered units and bays are not tagged.
- STREET covers a number and street, unit, box or rural route, a road number used as the
  address of an event and an intersection (one span). Towns, villages and remote
  communities are TOWN; neighbourhoods, suburbs, colonias, reserves/First Nations,
  colonies, camps, halting sites, outstations and islands are PLACE; counties (with their
  word "County"/"Co.") are COUNTY; states, provinces, regions and countries are not
  tagged. Postcodes and ZIP codes are ZIP.
- Hospital numbers are MRN; insurance, Medicare/Medicaid, NHS, CHI, H&C, NHI and
  provincial health-card numbers are PLAN; national ids (PPS), immigration, work-permit,
  claim, case, police and protective-order numbers, employee numbers are ID; driving
  licences and professional registrations are LIC; pagers and bleeps are PAGER; a partial
  SSN (last four) is SSN; hospital billing accounts are ACCT; implant serials are DEVICE.
- Lay people named about the patient who are not relatives (neighbours, coaches, pastors,
  priests, line managers, liaison officers, friends) are REL; nurses, health workers,
  interpreters, pharmacists and clinicians who are not in the thread are HCP. Colleagues
  taking part in a thread are listed in MEMBERS and never tagged, also when a patient
  shares a surname with one of them.
- PHI-free notes carry no tags at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Sermo-style case post with replies, rural Iowa
    "grain bin entrapment - need thoughts before the flight crew lands\n\n"
    "61M corn/soy farmer, pulled out of a bin at [[FAC:Wendt Bros Grain]] ~1 mi south of [[TOWN:Titonka]] after ~40 min buried to the chest. vol FD did the cofferdam thing, took forever. got to our CAH 2140 on [[DATE:10/9]]. sats 84% RA, coarse crackles bilat, CK 3800, K 5.9, lactate 4.1. wife [[REL:Marlys]] says he was 'just winded'. CXR patchy bilat, worried about aspirated grain dust/kernels. flight crew from [[FAC:North Iowa Regional]] 20 min out. anybody seen late ARDS after these??\n\n"
    "@prairie_em_doc: yes. watch him 24-48h, we had one go bad at hr 30. bronch if you can get it, we pulled kernels out of a RML bronchus last yr. check compartments both legs too, the grain pressure is no joke\n\n"
    "@hkowalczyk_fm: +1 compartments. recheck K at 2h and treat it like crush. did [[PT:Leroy]] get tetanus? (assume thats him from ur post in the rural group)\n\n"
    "OP: Td given. and yes [[PT:Leroy]] = him, sorry, typing w one thumb. repeat CK pending, will update when hes landed",
    # 002 pasted GP referral letter, Isles of Scilly
    "anyone know if the 2ww skin pathway will do a same-day see and treat for off-islanders? this is the letter I sent, no reply in 6 days:\n\n"
    "Re: [[PT:PENHALIGON, Tamsin]]   DOB [[DATE:02/11/1957]]   NHS No [[PLAN:943 476 5919]]\n"
    "[[STREET:Flat 2, 17 Porthcressa Rd]], [[TOWN:Hugh Town]], [[PLACE:St Mary's]] [[ZIP:TR21 0JQ]]   Mob [[PHONE:07700 900318]]\n\n"
    "Dear Colleague,\nThank you for seeing this 66 year old retired flower farm worker (still helps out at [[FAC:Trenoweth Bulb Farm]] in the season) with a 9 mm pigmented lesion on the left calf which her partner [[REL:Gwen]] says has changed over 3 months. Asymmetric, irregular border, two colours; dermoscopy shows an atypical network and blue-white veil. No palpable nodes. PMH: AF on apixaban, BCC excised from the nose in [[YEAR:2016]]. She has to travel by boat or plane, so a single visit would be very much appreciated; she can't get off island before the [[DATE:14th]].\n\n"
    "Yours sincerely\nDr R. Hosking, GP partner\n\n"
    "(yes I know, ring the department. I have. twice.)",
    # 003 pasted ED board with replies, Phoenix
    "current board. tell me this isnt every tues night in [[DATE:july]]\n\n"
    "RM | PT | AGE | CC | MD | NOTE\n"
    "1 | [[PT:GARZA-LUJAN, M]] | 34F | abd pain | JT | hcg neg, US pend\n"
    "2 | [[PT:WHITEHORSE, D]] | 58M | cp | SK | trop 0.02->0.08, cards aware\n"
    "4 | [[PT:Estrada, Pilar]] | [[AGE:94]]F | fall | JT | from [[FAC:Sun Ridge Memory Care]], CTH neg, hip film pend\n"
    "5 | [[PT:Lindqvist, O]] | 27M | heat | SK | found at bus stop [[STREET:35th Ave & Indian School]], T 41.2, ice bath\n"
    "7 | [[PT:Ray]] | 41M | etoh | -- | sleeping, sitter\n"
    "H3 | [[PT:NGUYEN T]] | 71F | sob | JT | bipap, MRN [[MRN:00483921]]\n\n"
    "the [[AGE:94]] yo in 4 is sharper than me at 0300 fwiw. heat season is here, stock the ice\n\n"
    "@desertdoc_jt: lol that's my board. pls dont post the MRN next time even in the closed group\n\n"
    "@skhalsa_md: 5 is better, 38.9 now, CK 2100. admitting to obs",
    # 004 pasted group chat, Northland NZ
    "[14:02] Aroha T: anyone on? 7yo boy in clinic, flitting polyarthritis knees then ankles, T 38.6, CRP 88, new soft apical murmur. thinking ARF\n"
    "[14:03] Aroha T: mum [[REL:Hinemoa]] says sore throat about 3 wks ago, never seen\n"
    "[14:04] Aroha T: NHI [[PLAN:ZAC4412]] for whoever picks up at [[FAC:BOI Hosp]]\n"
    "[14:05] Mike (paeds): yep sounds like Jones to me. needs an echo. who is it\n"
    "[14:06] Aroha T: [[PT:Nikau Heke]], lives w his nan at [[PLACE:Ōtiria]] out past [[TOWN:Moerewa]]. no car, nan's on shift at [[FAC:Northern Freezing Works]] till 6\n"
    "[14:07] Mike (paeds): ok. send him down, I'll ring the ward. ASOT + anti-DNase, ECG for PR\n"
    "[14:09] Aroha T: nan's number [[PHONE:021 555 0193]], she doesnt do email\n"
    "[14:10] Mike (paeds): sweet. swab the sibs, and the cousins if theyre staying there. benzathine for any GAS+\n"
    "[14:31] Aroha T: ambo here. thx Mike 🙏\n"
    "[14:32] Mike (paeds): ka pai",
    # 005 pasted telemedicine note, Yukon-Kuskokwim Delta, Alaska
    "Telemed consult note (pasted from the VTC, village clinic)\n\n"
    "Pt: [[PT:ALEXIE, Evelyn A.]]  DOB [[DATE:4/2/1988]]  [[MRN:YK-2218703]]\n"
    "Loc: [[TOWN:Akiachak]] clinic, CHA [[HCP:Marie Kasayulie]] presenting\n"
    "CC: 36F G4P3 at 31+2 by dates, painless vaginal bleeding since 0600, ~2 pads/hr\n"
    "Vitals per CHA: BP 102/64, HR 108, FHT 140s by doppler\n"
    "A/P: APH, r/o previa (no US since her [[DATE:Jan 18]] visit in [[TOWN:Bethel]]). No SVE. 2 large bore IVs attempted by CHA, 1 obtained, LR 1L. Medevac requested - weather marginal, ceiling 600 ft per [[FAC:Kusko Air]] dispatch. Husband [[REL:Moses]] at fish camp, VPSO asked to find him ([[PHONE:(907) 555-0148]]). Betamethasone 12 mg IM from clinic stock.\n\n"
    "^ posting bc we waited 5 hrs for the plane and I'm still mad about it. how do the rest of you manage a bleeding previa in the bush when weather shuts everything down? @akbushdoc you've done this longer than anyone",
    # 006 tumour board outcomes, Northern Ireland
    "Upper GI MDM outcomes [[DATE:7 Mar]] - pasted for the registrar group, please delete once read\n\n"
    "1. [[PT:McELDOWNEY, Seamus]]  H&C [[PLAN:328 471 9920]]  72M  [[TOWN:Dungiven]]\nOGD: 4 cm ulcerated GOJ tumour, bx adenoCa. CT TAP T3N1, no mets. PET booked. Plan: neoadjuvant FLOT then restage. CNS [[HCP:Siobhan]] to phone him. Lives alone on the farm, neighbour [[REL:Packie Quigley]] drives him in.\n\n"
    "2. [[PT:Dónal Ó Catháin]]  58M  [[TOWN:Cushendall]]\nBarrett's with HGD, Prague C3M5. Plan: EMR at [[FAC:RVH]], then surveillance per BSG.\n\n"
    "3. [[PT:Rose Mulholland]]  [[AGE:91]]F  [[FAC:Dunluce Lodge Care Home]]\nDysphagia, CT 6 cm distal oesophageal mass. Rockwood 7. Best supportive care, stent if she obstructs. Son [[REL:Kieran]] to be told after the [[DATE:Twelfth]], he's away till then.\n\n"
    "Chair: Dr [[HCP:Ní Bhriain]]. Next MDM [[DATE:14/3]].",
    # 007 M&M draft, Arizona border
    "M&M draft for grand rounds - comments welcome, will strip names before it goes on the slide\n\n"
    "Case: 19M from Honduras, picked up by Border Patrol in the desert near [[TOWN:Sasabe]] around [[DATE:June 22]], ~3 days walking. Brought to us from the [[FAC:Casa Esperanza shelter]] on [[DATE:6/23]] with leg cramps and dark urine. CK 48,000, Cr 3.9, K 5.4. Band said [[PT:Kevin Josué Ramírez Alvarado]]; the transfer sheet had only his A-number ([[ID:A214-558-903]]).\n\n"
    "What happened: 4 L of fluid, CK down to 31,000, Cr 2.8, and he was discharged back to the shelter overnight 'to follow up with PCP' - he has no PCP. Back 20 h later in VF arrest, K 7.9. ROSC after 11 min, dialysed, now on the floor and neurologically intact (lucky).\n\n"
    "Learning points:\n- He speaks Garifuna first; Spanish interpreter Ms [[HCP:Yolanda Bustamante]] flagged that he didn't follow the discharge talk at all\n- Rhabdo + AKI should never go to a congregate shelter overnight\n- Shelter staff (Hna. [[REL:Lupe]] runs it) were never called\n- Discharge instructions printed in English only\n- Nobody repeated the K before discharge\n\n"
    "Timeline:\n[[DATE:6/23]] 0140 arrival, triage ESI 3\n0310 CK resulted, fluids started at 250/h (should have been more)\n0920 shift change handover: 'improving, likely dc'\n1630 discharge order, cab voucher to the shelter\n[[DATE:6/24]] 1250 EMS called to the shelter, pulseless, VF\n\n"
    "Proposed fixes: (1) rhabdo order set with a hard stop for CK >20k and a repeat BMP before any discharge; (2) a shelter liaison list in the ED with phone numbers for each shelter in the county; (3) access to Garifuna and Indigenous-language interpreters through the phone vendor - right now there is one Garifuna interpreter on the roster and she works days; (4) no discharges to congregate settings between 2200 and 0700 without attending sign-off.\n\n"
    "@cactus_em: great case. add the renal consult timing, we waited 9 h\n"
    "@dr_ortiz_peds: pls ask [[FAC:SAMC]] legal before using the shelter name\n"
    "@cactus_em: also - was he ever asked how old he is? half the 'adults' we get from the desert turn out to be 16-17 and that changes everything about discharge\n"
    "OP: good point. he told the interpreter he was born [[DATE:14 de febrero]] and 'eighteen I think'. Papers say 19. We never asked.",
    # 008 discharge summary, Central Australia
    "DISCHARGE SUMMARY - [[FAC:ASH]] Medical Ward\n\n"
    "Name: [[PT:JUPURRURLA, Desmond]]   HRN [[MRN:0412887]]   Medicare [[PLAN:2951 38461 2]]\n"
    "Community: [[TOWN:Yuendumu]] (spends wet season at [[PLACE:Ngarna outstation]])\n"
    "Admitted [[DATE:03/08/2024]]   Discharged [[DATE:19/08/2024]]\n\n"
    "Dx: crusted scabies with MSSA bacteraemia; known RHD (moderate MR) on monthly bicillin\n"
    "Course: flucloxacillin IV 14 days, ivermectin days 1, 2, 8, 9, 15, permethrin + keratolytic. TTE unchanged, no vegetation. Warlpiri interpreter used for consent and discharge.\n\n"
    "Plan for clinic:\n- Ivermectin days 22 and 29 (doses sent with pt)\n- Whole household to be treated - AHP [[HCP:Valerie Napaljarri]] aware, please coordinate\n- Bicillin due [[DATE:2/9]], overdue x1 this year\n- Clinic ph [[PHONE:(08) 5550 4412]]\n\n"
    "Posting bc we've had 3 of these in a month from the same area - anyone in the NT group seeing the same?",
    # 009 ICU sign-out, Saskatoon
    "MICU sign out [[DATE:Feb 3]] nights (pasting for @pfehr_icu who's on tomorrow)\n\n"
    "bed 3 - [[PT:Cardinal, Jolene]] 34F  PHN [[PLAN:412 883 017]]  DKA + AKI, insulin gtt, gap closed 0200, transition in am. from [[PLACE:Muskeg Lake Cree Nation]], ride home via band office. sister [[REL:Tanya]] is contact [[PHONE:(306) 555-0127]]\n"
    "bed 5 - Mr [[PT:Fehr]] 68M from [[TOWN:Osler]] (no relation @pfehr_icu lol) ARDS flu A, proned x2, P/F 110. wife mostly speaks Plautdietsch, daughter [[REL:Anna]] translates\n"
    "bed 6 - [[PT:Michel Delorme]] ('[[PT:Big Mike]]') 52M EtOH w/d, on phenobarb load, CIWA meaningless now. works underground at [[FAC:Blackstrap potash mine]]\n"
    "bed 8 - empty, ED has a GI bleed coming\n\n"
    "pager [[PAGER:4471]] if u need me, in the call room. - [[HCP:SJ]]\n\n"
    "@pfehr_icu: got it, thx. will call [[PT:Jolene]]'s sister re the ride before rounds",
    # 010 phone-typed lower-case reply, Co. Mayo
    "@niamh_ed ya had one v similar. mrs [[PT:gallagher]] out past [[TOWN:belmullet]], [[COUNTY:co mayo]], [[AGE:ninety two]], still cycling to mass at [[FAC:st brendans]]. 3 falls in a month - a locum had started tamsulosin AND the OOH doubled her bisoprolol. stopped the tamsulosin, shes grand. [[HCP:ciarán]] in [[FAC:mcgraths pharmacy]] caught it not me tbh. daughter [[REL:bridie]] says thanks lol. sorry typos, car park",
    # 011 consult letter, Newfoundland
    "Consult - Plastics/Hand (pasted for the hand surg group, question at the end)\n\n"
    "RE: [[PT:Warren Pardy]]   MCP [[PLAN:118 447 392 006]]   DOB [[DATE:1979-05-21]]\n"
    "Address: [[STREET:Box 112]], [[TOWN:Twillingate]] NL [[ZIP:A0G 4M0]]\n"
    "Referred by: Dr [[HCP:A. Oyelaran]], [[FAC:Arm Bay Health Centre]]\n"
    "WorkplaceNL claim [[ID:24-0098133]]\n\n"
    "45M inshore fisherman, R dominant hand caught in the pot hauler on [[DATE:Aug 14]] while crabbing. Degloving of the ring finger, open P1 fracture of the middle finger, FDP intact. Washed out and pinned, ring finger revised to PIP level. He wants to be back on the water for the fall season - 'the boat don't fish itself'.\n\n"
    "Q for the group: anyone have experience with early protected motion in guys who'll be hauling gear at 6 weeks no matter what we say? his brother [[REL:Gerald]] is fishing their licence in the meantime.",
    # 012 Reddit-style post with comments, Texas warehouse
    "[Serious] the heat stroke that still lives in my head\n\n"
    "Throwaway bc coworkers are on here. Worked the [[DATE:4th of July]] shift. 23M, picker at the [[FAC:Northgate Fulfillment Center]] off [[STREET:I-35 and Parmer]], collapsed at hour 9 of a 10. Rectal 42.8 on arrival, GCS 7, seizing. His buddy [[REL:Dre]] drove him in the back of a Civic because the site 'doesnt call 911 for heat'. Cold water immersion got him to 39 in 18 min. DIC next day, liver to ALT 6000, CRRT x5 days. Walked out week 3.\n\n"
    "The reason I'm posting: he's kind of TikTok famous ([[HANDLE:@jaylen.lifts]]) and his mom put up [[URL:www.helpcircle.com/f/jaylen-recovery]] which has the whole ICU story. [[PT:Jaylen]] if you ever read this, you're a legend.\n\n"
    "u/gasdoc44: cool first, transport second. every time\n"
    "u/rural_pa_tx: the 'we dont call 911' part makes me want to scream\n"
    "u/gasdoc44: also maybe don't name the fundraiser man",
    # 013 dictated clinic letter, Isle of Lewis
    "Dictated but not read. Voice recognition, apologies for errors.\n\n"
    "Re [[PT:Morag Ann MacIver]] comma date of birth the [[DATE:ninth of July nineteen fifty one]] comma CHI [[PLAN:0907516214]] comma [[STREET:4 North Tolsta]] comma [[TOWN:Stornoway]] [[ZIP:HS2 0NH]] full stop new paragraph\n\n"
    "Dear Dr [[HCP:Fionnlagh MacLeod]] comma\nI saw Mrs [[PT:McIver]] in the respiratory clinic on the [[DATE:third of March]] full stop She is a 72 year old retired crofter and weaver with COPD comma FEV1 41% predicted comma who still cuts and burns peat with her sister [[REL:Catriona]] full stop Gaelic is her first language and her hearing is poor so the ferry crossing and a day in clinic are a real burden full stop new paragraph\n"
    "Plan colon one comma switch to single inhaler triple therapy full stop two comma pulmonary rehab through the [[FAC:Tolsta Community Hall]] group if it restarts full stop three comma rescue pack at home full stop\n\n"
    "Kind regards\nDr E. Sutherland, respiratory registrar\n\n"
    "- posting in the dictation-fails thread. it spelt her name two different ways and I signed it.",
    # 014 ALL-CAPS line list paste, southern Alberta meat plant
    "PASTING FROM THE PH LINE LIST, SORRY FOR CAPS. ZONE WANTS US TO CALL THESE BACK FOR SEROLOGY, ANYONE IN THE CLINIC GROUP WHO SAW THEM PLS GRAB ONE\n\n"
    "Q FEVER CLUSTER - KILL FLOOR / HIDE ROOM, [[FAC:PRAIRIE GOLD BEEF]]\n"
    "1) [[PT:ABDI, HODAN]]  DOB [[DATE:12-JAN-1990]]  AHCIP [[PLAN:40218-3377]]  HIDE ROOM  SOMALI INTERP  [[PHONE:403-555-0162]]\n"
    "2) [[PT:NGUYEN VAN THANH]]  DOB [[DATE:03-MAR-1973]]  AHCIP [[PLAN:51120-9084]]  KILL FLOOR  VIETNAMESE  LIVES [[TOWN:DUCHESS]]\n"
    "3) [[PT:GEBREHIWOT, SELAM]]  DOB [[DATE:27-SEP-1995]]  KILL FLOOR  TIGRINYA  NO PHONE - VIA ROOMMATE [[REL:ROBEL]] [[PHONE:403-555-0189]]\n"
    "4) [[PT:MALDONADO, J.]]  DOB [[DATE:09-JUL-1968]]  SANITATION (NIGHTS)  SPANISH  [[STREET:411 2 AVE W]] [[TOWN:BROOKS]]\n"
    "5) [[PT:OSMAN, FARHIYA]]  DOB [[DATE:30-NOV-1987]]  HIDE ROOM  SOMALI  SISTER-IN-LAW OF #1, SAME ADDRESS [[STREET:208 3 ST E]]\n"
    "6) [[PT:TESFAYE, DAWIT]]  DOB [[DATE:14-FEB-1992]]  KILL FLOOR  AMHARIC  [[PHONE:403-555-0171]]\n"
    "7) [[PT:REYES, MARICEL]]  DOB [[DATE:01-AUG-1984]]  QA LAB  TAGALOG/ENG  ALREADY SEEN AT [[FAC:BROOKS HC]] ER, 24 WK PREGNANT\n\n"
    "ALL FEVER/HA/MYALGIA ONSET WEEK OF [[DATE:20-MAY]]. #2 HAS LFTS 3X ULN, #4 ECHO ORDERED (HX BICUSPID VALVE). DOXY 100 BID X14D STARTED FOR 1-3.\n\n"
    "@lethbridge_idoc: thanks, I have #4 in clinic thurs, will do the echo + phase I/II serology. can someone remind the plant nurse about PPE in the hide room\n\n"
    "@brooks_fm_tom: I HAVE #6 AND #7, WILL CALL TODAY. #7 IS PREGNANT - DOXY OUT, TMP-SMX?\n"
    "@lethbridge_idoc: yes, cotrimoxazole through the pregnancy, and MFM referral. serology again at 3 and 6 mo for everyone (chronic Q fever risk with the valve in #4). also sorry for the caps, it's how the PH spreadsheet exports",
    # 015 journal-club post with a patient named in passing
    "Journal club this week: the ARRIVE trial (Grobman et al, NEJM 2018) - elective induction at 39 wk vs expectant management in low-risk nullips. CS 18.6% vs 22.2%, RR 0.84; no sig difference in the composite perinatal outcome. The usual critiques: 1 in 4 eligible women agreed to enrol, highly selected centres, and 'low risk' looks different on a Friday night in a community unit.\n\n"
    "What I'd like us to chew on: most of the inductions in ARRIVE started with an unfavourable cervix (Bishop score < 5). Do we still counsel that a low Bishop score predicts a failed induction? And how do we translate an RR into something a woman can use at 38 wk?\n\n"
    "Personal aside: the first patient I ever induced as a resident was Mrs [[PT:Joy Bishop]], and yes, she had a Bishop score of 2, and yes, the whole unit made that joke. [[PT:Joy]] delivered vaginally after 31 hours and sent us a card with the baby's photo every [[DATE:Mother's Day]] for years. She taught me more about patience than any RCT.\n\n"
    "Reading: ARRIVE (NEJM 2018;379:513-523), the SWEPIS trial (BMJ 2019), and the NICE NG207 section on induction. Pizza in the 4th floor conference room, 12:15.",
    # 016 Figure 1-style poll, northern Minnesota
    "POLL - would you fix this hip?\n\n"
    "[[AGE:93]]F, lives at [[FAC:Rosewood Manor]] in [[TOWN:Bemidji]], walked to the dining room with a walker until the fall last night. Displaced subcap fx (Garden IV), Hb 10.8, Cr 1.4, moderate AS (AVA 0.9), mild dementia but knows her family. Her great-grandson [[REL:Carter]] is the one who found her. She turns [[AGE:94]] on [[DATE:Christmas Day]] and told me she 'has a party to get to'.\n\n"
    "A) hemiarthroplasty within 36h\nB) nonop, comfort + mobilise as tolerated\nC) fascia iliaca block and family meeting first\nD) other (comment)\n\n"
    "@ortho_north: A. with moderate AS it's still lower risk than leaving her in bed. spinal, fluid careful\n"
    "@geri_mary: C then A. and ask Mrs. [[PT:Olson]] herself, she sounds like she'll tell you\n"
    "OP: lol yes, she already said 'fix it'. Going A on Tues [[DATE:12/3]]",
    # 017 ED case post, Puna, Hawaii Island
    "ED case, [[TOWN:Hilo]] - eosinophilic meningitis, confirm my suspicion?\n\n"
    "48M, macadamia nut orchard worker at [[FAC:Kīlauea Mac Nut Co-op]], lives in [[PLACE:Hawaiian Paradise Park]] off [[STREET:Rd 15]]. 10 days of severe HA, neck stiffness, paresthesias both legs 'like needles on the skin'. Afebrile. LP: OP 32, WBC 640 with 38% eos, prot 110, glu normal. CT head neg.\n\n"
    "Aunty [[REL:Lehua]] (not his real aunt, his neighbour) says he eats lettuce straight from the garden, no washing, and they've had semi-slugs everywhere since the rain. Name's [[PT:Keoni Kahananui]] - goes by [[PT:Kona]]. Hx from [[PT:Keoni]] himself limited, he's pretty miserable.\n\n"
    "Rat lungworm right? Plan was steroids (pred 60 x2 wk), repeat LP for pressure, no albendazole for now. Ophtho to look for worms in the eye. Anything else? Contact for the family [[PHONE:(808) 555-0176]] if neuro wants to call them direct.\n\n"
    "@big_island_id: Angiostrongylus for sure. agree w steroids, the albendazole data is mixed - many of us add it. check for ocular involvement before pred",
    # 018 oil field case, western North Dakota
    "2 H2S exposures tonight off the same pad, want a sanity check on who needs to go to [[TOWN:Bismarck]]\n\n"
    "both roughnecks for [[FAC:Badlands Pressure Pumping]], pad is off [[STREET:County Rd 9 NW]] in [[COUNTY:McKenzie County]], they live at the [[PLACE:Stallion crew camp]] outside [[TOWN:Watford City]].\n\n"
    "#1 [[PT:Brantley Suggs]] 29M - knocked down, ~1 min LOC per crew, now GCS 15, sats 96%, mild conjunctivitis, CXR clear\n"
    "#2 [[PT:Raúl Ochoa]] 33M - pulled #1 out w/o SCBA, coughing, crackles R base, sats 89% RA, on 4L\n\n"
    "Company safety guy drove them in, didn't want an ambulance 'for the paperwork'. #2 only had his Oklahoma DL on him ([[LIC:X0448177]]) so registration is a mess, and the truck he came in (Texas plates, [[PLATE:GHR-4471]]) is parked across the ambulance bay.\n\n"
    "My plan: #2 to tertiary for delayed pulmonary edema watch, #1 obs here 12h. reasonable?\n\n"
    "@bakken_doc: yes. and the knockdown guy can still get delayed edema, dont send him back to camp alone",
    # 019 dialysis rant, Rio Grande Valley
    "emergency-only dialysis vent, sorry\n\n"
    "[[PT:PEÑA IBÁÑEZ, José Ángel]] 57M, lives in [[PLACE:Las Milpas]] in [[TOWN:Pharr]], ESRD, no status, so he gets dialysed only when he's 'emergent'. In this month: [[DATE:5/3]] K 7.4, [[DATE:5/11]] K 7.1 + pulm edema, [[DATE:5/19]] K 7.8 with peaked T and a wide QRS in triage. Each time 2 sessions and out. Emergency Medicaid case # [[ID:EM-2024-118842]].\n\n"
    "His wife Doña [[REL:Chayo]] sells tamales outside the [[FAC:Mercadito La Esperanza]] to pay for the trips in. Pt told me 'doctor, it's like drowning on a schedule'. I have nothing to say to that.\n\n"
    "[[FAC:Valle Renal]] says they can't take him. Anyone in TX found a way - compassionate slots, the Colorado model, anything?\n\n"
    "@nephro_rgv: we got 2 pts in under the state's new pilot, DM me. and document every K >6.5 and every admission, that's what moved admin for us\n"
    "@austin_hospitalist: +1. the Colorado data (Cervantes et al) is what convinced our CFO",
    # 020 night handover list, Manchester
    "Night handover AMU -> wards (pasted from the sheet, bleeps at the bottom)\n\n"
    "Bay 1 bed 3 - [[PT:Haleema Begum]] 79F, hosp no [[MRN:M4418276]], urosepsis, on gent, gent level due 0600. Son [[REL:Imran]] very keen to be rung overnight if she deteriorates.\n"
    "Bay 2 bed 5 - [[PT:Stanisław Kowalski]] 64M, AKI on CKD, K 6.1 at 2100, treated, recheck 0000. Polish interp booked for 0900.\n"
    "SR 2 - [[PT:O'NEILL, Bernadette]] 86F, NOF awaiting theatre, fasted from midnight, moving to [[FAC:Pankhurst Ward]] when a bed frees\n"
    "Bay 4 bed 1 - [[PT:Tyrone]] '[[PT:T]]' [[PT:Clarke]] 33M DKA, FRIII, ketones 2.1 -> 0.9. Keeps self-discharging to go to work at [[FAC:Trafford Park Cold Store]].\n"
    "Bay 5 bed 2 - Mrs [[PT:Dorothy Ashworth]] [[AGE:96]]F, hosp no [[MRN:M3390412]], fall + long lie, CK 4200, on fluids. DNACPR in notes. From [[FAC:Heaton Grange Care Home]], they want her back before the weekend.\n"
    "Bay 5 bed 4 - [[PT:Kofi Boateng]] 58M UGIB, GBS 9, scoped today, clip to DU, PPI infusion, Hb 84 -> 81. Wife [[REL:Abena]] brings food from home, fine for him to eat.\n"
    "SR 4 - [[PT:WRIGHT, Darren]] 45M ?meningitis, LP done, ceftriaxone + aciclovir, droplet isolation. His mum is a nurse on [[FAC:Bronte Ward]] so she'll be popping in.\n\n"
    "Jobs: bloods for bay 1, TTO for 7C, cannula SR 2 (F1 [[HCP:Ellie]] tried x2, no joy)\n"
    "Bleeps: med reg [[PAGER:2231]], SHO [[PAGER:2240]], outreach [[PAGER:5555]]\n\n"
    "@amu_reg_fola: thanks. I'll do the gent level. whoever's on 7C - the [[AGE:96]]yo in bay 5 is on the 'home for the weekend' list, don't let it slip\n"
    "@night_sho_rhys: I'll take the cannula in SR 2, with the ultrasound this time",
    # 021 Kimberley FIFO case post
    "melioidosis in a FIFO - worth sharing\n\n"
    "38M shutdown fitter at the [[FAC:Ord Ridge mine]] near [[TOWN:Kununurra]], 2 wk on/1 off, flies home to [[TOWN:Busselton]]. Worked through the wet doing drainage, lots of mud. Flew home [[DATE:Boxing Day]] with fevers, rigors, a cough; GP there thought flu. Presented to us in [[TOWN:Perth]] 6 days later: septic shock, bilateral pneumonia, liver and splenic abscesses, B. pseudomallei in blood x2.\n\n"
    "Meropenem + TMP-SMX, ICU x5 days, now on the ward, eradication phase planned x3 months. Partner [[REL:Kayla]] ([[PHONE:0491 570 158]]) has been amazing at chasing the site about who else worked that drainage job.\n\n"
    "Points: ask the travel + work hx, tell GPs in the south about wet-season exposure up north, and the diabetes was new (HbA1c 9.8).\n\n"
    "@kimberleygp: we see it every wet. good pick up. did you notify? the site nurse at [[FAC:Ord Ridge]] needs to know\n"
    "OP: notified WA Health, and yes rang the site. [[PT:Brody]] says hi to everyone in the crib room lol",
    # 022 NZ paeds post, pertussis after a church event
    "Pertussis cluster, [[PLACE:South Auckland]], for the paeds/PH group\n\n"
    "Index: [[PT:Losaline Tuiasosopo]], 7 wk, unvaccinated (too young), apnoeas and a WBC of 41. PICU now at [[FAC:Tāmaki Children's]]. Parents [[REL:Sione]] and [[REL:Mele]] live with 11 others in a 3-bed in [[PLACE:Ōtara]]. Older cousin in [[PLACE:Māngere East]] had a 'bad cough since [[DATE:White Sunday]]' and the whole extended family was at the [[FAC:EFKS Ōtara]] church service that day.\n\n"
    "Mum's number [[PHONE:022 555 0131]] - she'd prefer Samoan. Contacts need azithro, and the pregnant aunty (32 wk) needs Boostrix today.\n\n"
    "@tamarapaeds_nz: ok I'll loop in the PH nurse. any of the church youth group symptomatic?\n"
    "OP: yep 3 kids coughing. the minister has asked everyone to ring the clinic, bless him",
    # 023 sign-out with device serial and partial SSN, Mississippi
    "sign-out for @hburkett_im, 5W\n\n"
    "[[PT:Wendell Street]] (yes his last name is [[PT:Street]], he'll tell you the joke) 77M Vietnam vet, SSN last 4 [[SSN:4417]], lives [[STREET:1408 Magnolia St]], [[TOWN:Hattiesburg]]. ICM EF 20%, ICD shocked him 6x at his grandson's ballgame yesterday. Device: Medtronic ICD SN [[DEVICE:BWB213447S]]. Interrogation: VT storm, appropriate shocks. On amio load + lido gtt, K 4.5, Mg 2.3. EP to see in am re ablation.\n"
    "Wife [[REL:Lorraine]] at bedside, goes home at 9, cell [[PHONE:(601) 555-0114]].\n"
    "If he shocks again: page EP, do NOT put a magnet on and walk away.\n\n"
    "@hburkett_im: 👍 got it. he already told me the [[PT:Street]] joke twice",
    # 024 pasted device-vendor email
    "Anyone else getting these from the remote monitoring vendor? Pasted below. I'm not sure we should be receiving patient emails and home IPs in an alert.\n\n"
    "---\nSubject: Transmission alert - missed transmissions x3\n"
    "Patient: [[PT:Ingrid Solberg]]   Clinic acct [[ACCT:88-104772]]\n"
    "Device: CRT-D, serial [[DEVICE:RRD604882H]], implanted [[DATE:09/14/2021]]\n"
    "Last successful transmission: [[DATE:02/27]] 03:14 from [[IP:198.51.100.23]]\n"
    "Patient contact on file: [[EMAIL:ingrid.solberg47@fjordmail.net]]\n"
    "Bedside monitor location: [[STREET:220 Lakeview Dr]], [[TOWN:Thief River Falls]] MN [[ZIP:56701]]\n---\n\n"
    "Her daughter [[REL:Kari]] says the monitor got unplugged for a space heater lol. Still. The IP and email have no business in an alert.\n\n"
    "@ep_katz: agree, report it to your privacy office. the vendor portal has a setting to suppress contact fields",
    # 025 peds concussion thread, Saskatchewan
    "Return to play pressure - how do you handle coaches?\n\n"
    "14F, 3rd concussion in 14 months, plays U15 AA for the [[FAC:Swift Current Blizzard]]. Hit into the boards at the [[DATE:Nov 30]] game, HA + photophobia + slowed processing, SCAT6 symptom score 38. Grade 9 at [[FAC:Irwin Elementary]]? no, the high school, sorry, [[FAC:Centennial High]]. Mom pasted me this from the coach:\n\n"
    "'[[REL:Darcy Huebner]]: Hey, [[PT:Kenz]] is cleared to skate right? Playoffs are [[DATE:Dec 14]] and we need her on the PK. Her headaches were from the flu I think'\n\n"
    "She is not cleared. [[PT:Mackenzie]] is still symptomatic at rest. I wrote a school/sport letter with the graded RTL then RTS steps. Mom ([[REL:Brandi]]) is on side but the team culture is intense.\n\n"
    "@sk_sportsmed: you did the right thing. I send the coach the Concussion in Sport Group consensus (Br J Sports Med 2023) and copy the league's safety rep. 3 in 14 months - consider a break from contact this season\n"
    "@drkhoo_peds: +1, and flag for neuropsych testing before next season",
    # 026 psych consult, Albuquerque
    "C-L psych consult, posting for advice on the safety planning piece\n\n"
    "[[PT:Marisol Chávez-Yazzie]] 29F, admitted after intentional APAP OD (4-hr level 212). Precipitant: ex-partner [[REL:Cody Raintree]] has been posting her address and photos on Instagram ([[HANDLE:@codyr_505]]) and showing up outside [[FAC:Haven House]] where she's staying with her 2 kids. Her own account [[HANDLE:@lunabeee]] is private now. He drives a grey Silverado, plate [[PLATE:BFR-882]], and she's got a protective order in place (case [[ID:D-202-DV-2024-01187]]).\n\n"
    "She's no longer suicidal on interview, future oriented (kids, going back to work at [[FAC:Sandia Sunrise Diner]]), but the risk is clearly external. Plan: safety plan, DV advocate before d/c, hospital security has the plate.\n\n"
    "@abq_psych: good plan. add a ride straight to the shelter and make sure the unit doesn't confirm she's here if he calls\n"
    "@nmsocialwork_md: and check whether her phone location is shared with him, it usually is",
    # 027 obstetric question, Hutterite colony, Manitoba
    "L&D question re anti-D and a colony mum\n\n"
    "[[PT:Katharina Waldner]], 38, G9P8, from [[PLACE:Sprucewood Colony]] near [[TOWN:Brandon]]. Rh neg, anti-D titre 1:64 at 26 wk (was 1:8 at booking), husband Rh pos homozygous. No MCA dopplers done yet bc she'd have to come in to the city each time and the colony van goes in on Wednesdays only. Previous PPH x2 (1.8 L with #7).\n\n"
    "Dr [[HCP:Penner]] in [[TOWN:Neepawa]] has been doing her prenatal care and is great but wants us to take over. She wants to deliver at home like her sisters-in-law did - her sister-in-law [[REL:Rebecca]] delivered most of the colony's babies until last year.\n\n"
    "Plan so far: MCA PSV weekly from 28 wk, plan delivery 37-38 wk in hospital, active 3rd stage, group and cross. She's agreed to come in after [[DATE:Easter Sunday]] for the first scan.\n\n"
    "@winnipeg_mfm: agree. weekly MCA, and think about IUT capability - that's us, not [[TOWN:Brandon]]. get her a room near the hospital from 34 wk, colonies are usually very practical about that\n"
    "OP: will ask. she speaks Hutterisch at home but her English is perfect",
    # 028 burns handover after Bonfire Night, East Sussex
    "burns unit handover, the morning after [[DATE:Bonfire Night]]. never again.\n\n"
    "1. [[PT:Callum Reeve]] 19M - rocket into the face outside the [[FAC:Jolly Sailor]] in [[TOWN:Lewes]] ~2300. Partial thickness face + neck ~4%, eyes cleared by ophth, no inhalation. Dressings, review 48h.\n"
    "2. [[PT:Jess Okafor]] 24F - holding a sparkler for a kid, sleeve caught, 6% full thickness R forearm. Theatre list tomorrow for excision + graft. Works at [[FAC:Ouse Valley Brewery]] - needs a fit note.\n"
    "3. 8yo boy from [[TOWN:Ringmer]], firework in the pocket (!!!), 2% thigh, superficial. Safeguarding chat done, no concerns. Mum [[REL:Stacey]] very shaken.\n"
    "4. Mr [[PT:Harold Penfold]] 71M - fell into the bonfire at a garden party in [[PLACE:Cliffe]], 9% mixed depth legs. Resus'd per Parkland, UO fine. Diabetic.\n\n"
    "@burns_reg_sx: cheers. I'll do the theatre consent for [[PT:Jess]] at 8",
    # 029 rural family medicine, Mississippi Delta
    "rural FM question - what do y'all do when the nearest pharmacy is 40 miles\n\n"
    "Ms. [[PT:Hattie Mae Gaines]], DOB [[DATE:8-14-1941]], BP 196/104 today on 3 agents, and I honestly doubt she's taking any of them. Lives off [[STREET:Old Hwy 49 W]] outside [[TOWN:Belzoni]], [[COUNTY:Humphreys County]]. No car since her husband passed. Medicaid ID [[PLAN:MS0048812273]]. Worked 30 yrs on the line at [[FAC:Humphreys Catfish Processors]] and her hands are wrecked, can't open the bottles.\n\n"
    "Her pastor Rev. [[REL:Odell Sims]] at [[FAC:Greater New Hope MB Church]] offered to pick up her meds with the church van every other Thursday, which would honestly work better than anything the system has. Is that allowed? Do I need a HIPAA form from her?\n\n"
    "@deltadoc_md: yes, just have her sign a release naming him. and switch to once-daily combos in easy-open caps. amlodipine/olmesartan/HCTZ single pill if her plan covers it\n"
    "@rural_fm_kate: our pharmacy says most mail order will ship to a church if she asks. blister packs too",
    # 030 M&M write-up, Aberdeen care home
    "M&M summary - missed hip fracture (draft, NOT for circulation outside the group)\n\n"
    "Mr [[PT:Hamish Buchanan]], [[AGE:ninety-seven]], resident at [[FAC:Balgownie Lodge]] in [[PLACE:Bridge of Don]]. Found on the floor by night staff ([[HCP:Shona]], care assistant) on [[DATE:23/12]]. Seen by OOH GP by phone, 'bruised hip, paracetamol'. Unable to weight bear from then on but put down to 'holidays, short-staffed'. Seen in person on [[DATE:Hogmanay]] by Dr [[HCP:Lennox]], leg shortened and externally rotated, sent to ED: displaced intracapsular NOF, Hb 88, AKI (creat 186), pressure sore grade 3 sacrum.\n\n"
    "Hemiarthroplasty on [[DATE:2 Jan]]. Died on day 9 of HAP.\n\n"
    "Learning: (1) any fall + new inability to weight bear = x-ray, whatever the age; (2) 8 days of 'he's just sore'; (3) the care home had no way to escalate over the holidays. His niece [[REL:Morven]] has asked to meet us, that's booked for the [[DATE:20th]].\n\n"
    "@aberdeen_geri: thanks for writing this up honestly. worth adding the 4AT scores - he was delirious from day 3 and nobody scored it",
    # 031 pasted referral letter, Shetland
    "Pasted referral - to ENT in [[TOWN:Aberdeen]], anyone there able to expedite? fax is the only thing that gets through reliably from the islands, which says everything\n\n"
    "FROM: [[FAC:Nordvik Medical Practice]], fax [[FAX:01595 743 221]]\n"
    "TO: ENT, fax [[FAX:01224 559 008]]\n\n"
    "Re: [[PT:Magnus Jamieson]], [[STREET:Sjoborg]], [[TOWN:Symbister]], [[PLACE:Whalsay]], [[ZIP:ZE2 9AA]]   CHI [[PLAN:1703684471]]\n\n"
    "Dear Colleague,\nThis 56 year old man works at [[FAC:Vaila Voe Salmon]] on the fish farm barges. 2 months of painless L neck lump (3 cm, level II), unilateral serous otitis media and a 20 pack-year smoking history. Nasoendoscopy here not possible. I am concerned about a nasopharyngeal primary.\n\n"
    "He needs two ferries and a flight to reach you; please could appointments be combined (scope, FNA, imaging) on one day. His wife [[REL:Ingrid]] will travel with him.\n\n"
    "Dr T. Halcrow",
    # 032 ICU board, Winnipeg, CO poisoning
    "ICU board from last night - CO from an ice fishing shack, 3 from one family. HBO question at the end\n\n"
    "Bed 11 [[PT:Dizon, Ronaldo]] 44M COHb 32%, GCS 10 -> 14, trop 0.9, lactate 5. HBO x1 done\n"
    "Bed 12 [[PT:Dizon, Marites]] 41F COHb 24%, GCS 15, HA, nausea, 18 wk pregnant\n"
    "Bed 14 [[PT:Dizon, Jun-Jun]] 12M COHb 19%, syncope at scene, now well\n\n"
    "Shack on the ice off [[TOWN:Gimli]], propane heater, door shut. Friend [[REL:Arnel]] found them at ~0500 when they missed the early shift at [[FAC:Red River Poultry plant]]. They live in [[PLACE:Garden City]], moved from [[TOWN:Batangas]] 3 yrs ago. DOBs on the board: [[PT:Ronaldo]] [[DATE:10/11/1979]], [[PT:Marites]] [[DATE:05/02/1983]].\n\n"
    "Q: HBO for the pregnant mum at COHb 24% w/o LOC? our hyperbaric doc says yes for any pregnancy >15-20%. Thoughts?\n\n"
    "@mb_hyperbaric: yes - fetal Hb holds CO longer and her level underestimates the fetus. treat\n"
    "@peds_icu_wpg: I'll see [[PT:Jun-Jun]] - check an ECG and do a neuro-cognitive f/u at 6 wk",
    # 033 eConsult export, tele-dermatology, Montana
    "eConsult export - pasting to ask whether anyone else's tele-derm platform dumps this much metadata into the chart\n\n"
    "eConsult #[[ID:EC-2024-33817]]  Billing acct [[ACCT:4008721377]]\n"
    "Submitted from [[IP:203.0.113.57]] on [[DATE:2024-04-11]] 16:42 MT\n"
    "Referring: NP [[HCP:Joanne Whitebird]], [[FAC:Lame Deer IHS Clinic]]\n"
    "Patient: [[PT:Tyrell Old Elk]], 16M, DOB [[DATE:2007-08-30]]\n"
    "Images: [[URL:https://share.skinsnap.io/c/8841-ak2-lx]]\n"
    "Q: 3 months annular scaly plaques trunk + scalp, household dogs, 2 cousins with similar. KOH not available.\n"
    "Response (derm): tinea corporis + capitis likely; terbinafine 250 mg daily x 4-6 wk for capitis with baseline LFTs optional in a healthy teen, treat contacts, ketoconazole shampoo for household.\n\n"
    "The IP address and the image link are both in the permanent record now. That can't be right, can it?\n\n"
    "@mt_derm: it's a known issue with that vendor. ask IT to switch the export to 'clinical fields only'",
    # 034 seasonal agricultural worker, Ontario
    "SAWP worker, possible organophosphate exposure - advice please, I'm a locum and the local supports confuse me\n\n"
    "[[PT:Delroy Barrett]], 41M from [[TOWN:Mandeville]], Jamaica, 8th season at [[FAC:Lakeshore Greenhouses]] near [[TOWN:Leamington]]. Work permit [[ID:U1024 88172]], OHIP [[PLAN:5512-883-401-KH]]. Sprayed in a poly house without a respirator Tuesday, now: miosis, salivation, diarrhoea, HR 52, fasciculations in the calves. RBC cholinesterase sent. Atropine 2 mg x3, pralidoxime started.\n\n"
    "He's terrified he'll be sent home. The liaison officer Mr [[REL:Clarke]] from the consulate came in and was actually helpful. Wife [[REL:Sharon]] at home ([[PHONE:(876) 555-0104]]) doesn't know yet - he asked us not to tell her until he's out.\n\n"
    "What do I need to do re WSIB and the farm? I want the exposure documented without him losing the job.\n\n"
    "@windsor_occmed: document the spray, the PPE (none), the product name if you can get it, and file the Form 8. he can't be repatriated for making a claim. the migrant worker legal clinic in the area is good",
    # 035 seafood processor, Unalaska
    "fish handler's disease? pic in comments\n\n"
    "32F processor at [[FAC:Aleutian Star Seafoods]], first season, from [[TOWN:Iloilo]] - [[PT:Ma. Cristina Dela Peña]], goes by [[PT:Tina]]. [[TOWN:Unalaska]] clinic. Violaceous, sharply demarcated painful plaque spreading from a cut on the R index finger, 5 days, afebrile. Works the crab line with no gloves under the mesh ones. Erysipeloid? PCN VK x7d. Her sister [[REL:Jonalyn]] ([[EMAIL:jonalyn.dp88@bayanmail.ph]]) has the same cut.\n\n"
    "@dutch_harbor_doc: classic. we see 5-10 a season",
    # 036 Irish Traveller family, measles, Co. Galway
    "measles - Traveller family, want to get the vaccine piece right\n\n"
    "Index case [[PT:Martin McDonagh]] ('[[PT:Small Martin]]'), 4yo, rash started on [[DATE:St Stephen's Day]] after a family wedding in [[TOWN:Tuam]]. Lives at [[PLACE:Ballyloughane halting site]], [[COUNTY:Co. Galway]]. 9 kids on the site, only 3 with 2 doses of MMR. Mum [[PT:Bridget]] is pregnant (22 wk, immune status unknown) - she's also a patient, seen with the child. PPS on the GMS card [[ID:8127745FA]].\n\n"
    "PHN [[HCP:Áine]] has been brilliant, she has known the family for years. The grandmother Nan [[REL:Kathleen]] is the one who decides, and she lost a child to measles in the 70s, so she's pro-vaccine once she trusts you.\n\n"
    "Plan: IgG for [[PT:Bridget]] today, HNIG for the baby (5 mo), MMR for everyone eligible on the site this week via mobile clinic, Travellers health unit informed.\n\n"
    "@galwaygp_sinead: brilliant. bring the vaccines to the site, don't ask them to come to us. and sort out [[PT:Bridget]]'s bloods same visit",
    # 037 Torres Strait TB contact tracing
    "TB contact tracing across the Strait - anyone done this?\n\n"
    "Index: [[PT:Tomasi Nona]] 27M, smear+ pulmonary TB, MDR on GeneXpert (rif resistance), diagnosed at [[FAC:TI Hospital]] on [[DATE:16 July]]. Moves between [[PLACE:Saibai]] and [[PLACE:Boigu]] for fishing and family, and regularly crosses to the PNG coast villages under the Treaty. Medicare [[PLAN:3308 41752 1]].\n\n"
    "Contacts: his partner, 3 kids, the crew of his dinghy (5), and family on [[PLACE:Badu]]. The Health Worker on [[PLACE:Saibai]], Ms [[HCP:Elsie Gibuma]], knows everyone and is doing the lists in language.\n\n"
    "Q: for PNG-side contacts - how have others handled it with the PNG health authority? The village clinic over there has no Xpert.\n\n"
    "@fnq_tb_doc: we work through the cross-border health liaison. will DM you the contact. keep his name off any group emails pls\n"
    "@tsids_doc: echo that. MDR means 6-9 mo regimen - BPaLM if he's eligible, talk to the state TB service",
    # 038 pasted ED group chat, RTC, Herefordshire/Shropshire border
    "[02:14] Priya (reg): 2 coming from an RTC on the [[STREET:A49]] near [[TOWN:Leintwardine]], car into a tree. ETA 25\n"
    "[02:15] Dave (cons): coming in. who's in resus\n"
    "[02:15] Priya (reg): empty. ambo say driver [[PT:Kieran Moss]] 19M trapped 40 min, GCS 13, open tib. passenger [[PT:Tyler]] 17M, belted, seatbelt sign\n"
    "[02:41] Priya (reg): both here. [[PT:Tyler]]'s got a chance fracture on CT, ?bowel injury\n"
    "[02:52] Dave (cons): surg reg on way. police asking who was driving, they've got the reg [[PLATE:WR19 KXF]] and the VIN [[VIN:WVWZZZAUZKW118273]] from the wreck\n"
    "[02:53] Priya (reg): not our business, told them to speak to the pts when they're able\n"
    "[03:30] Dave (cons): [[PT:Kieran]] to theatre for ex-fix. [[PT:Tyler]] admitted under surgeons. Both mums here\n"
    "[03:31] Priya (reg): thx. that was grim. it's his birthday today, 17th on the [[DATE:9th]]\n\n"
    "(pasted w/ permission from our WhatsApp for the 'what do you say to police' thread)",
    # 039 occupational health report, Leicester
    "OH report I'm unsure about - insulin-treated diabetes and a forklift, would value views\n\n"
    "Occupational Health Report - CONFIDENTIAL\n"
    "Employee: [[PT:Rajesh Mistry]]   Employee no. [[ID:BL-228714]]\n"
    "Employer: [[FAC:Brightmoor Logistics]], [[STREET:Unit 4, Meridian Business Park]], [[TOWN:Braunstone Town]] [[ZIP:LE19 1WZ]]\n"
    "Line manager: [[REL:Gary Whitlock]]\n"
    "Date of assessment: [[DATE:12 September 2024]]\n"
    "DVLA licence no. [[LIC:MISTR711085RJ9AB]]\n\n"
    "Mr [[PT:Mistry]] (53) is a reach-truck operator in the cold store. He started basal-bolus insulin in [[DATE:June]] after an HbA1c of 96. He reports two hypoglycaemic episodes, one at work ([[DATE:29 August]]) recognised by a colleague. He has informed DVLA (Group 1 only). He is fit for work with adjustments: no FLT duties until 3 months without a disabling hypo and CGM data reviewed; day shifts only; glucose check before each shift.\n\n"
    "Q: am I being too cautious keeping him off the reach truck entirely? @oh_doc_leics",
    # 040 geriatrics, centenarian, North Otago NZ
    "hyponatraemia in a centenarian, how hard do we push?\n\n"
    "Mrs [[PT:Ethel Crawford]], [[AGE:102]], born [[DATE:1922]], still lives alone in a cottage in [[TOWN:Ōamaru]] with meals on wheels and a very bossy cat. Na 118 on bloods the GP took for 'a bit off her food'. On a thiazide since forever + citalopram started by the hospice... no sorry, by the memory clinic last year. Euvolaemic-ish, urine Na 48, osm 390.\n\n"
    "Daughter [[REL:Pat]] (78 herself) wants 'everything', Mrs [[PT:Crawford]] herself says 'I'd like to get to my birthday, dear' - she's turning [[AGE:103]] on [[DATE:Waitangi Day]] and the mayor is coming.\n\n"
    "Plan: stop thiazide + citalopram, fluid restrict 1 L, slow correction (aim <8/24h), recheck q6h. Home support reassessment before d/c.\n\n"
    "@otago_geri: sensible. I wouldn't push hard at all. tolvaptan no. get her to the birthday 🎂\n"
    "@nz_hospitalist_jo: agree. watch for overcorrection - the old and the small shoot up fast once the thiazide's off",
    # 041 trauma vent post, Chicago
    "trauma bay vent, skip if you're tired\n\n"
    "17M, GSW x3 (chest, abd, thigh), shot at [[STREET:63rd and Halsted]] in [[PLACE:Englewood]] around 2200 on [[DATE:Memorial Day]]. Arrived by private vehicle, dumped at the ambulance doors. Massive transfusion, thoracotomy in the bay, to OR. Alive, on the vent in the SICU.\n\n"
    "Everybody calls him '[[PT:Peanut]]'. Legal name [[PT:Tavion Harris]]. His mom Ms. [[REL:Tanisha]] got there an hour later on the bus. CPD RD# [[ID:JH-418822]] was the only identifier for 90 min because he came in as a trauma alias.\n\n"
    "He's the 4th kid from the same block this year. His basketball coach Mr. [[REL:Dwyane Ellis]] at [[FAC:Parkside Academy]] came in and sat with mom all night.\n\n"
    "@chi_trauma_surg: thank you for what you did in that bay. the violence interruption program at [[FAC:UCM]] takes referrals from any ED, pls refer\n"
    "@southside_em: same block as the 2 in [[DATE:April]]. we need to talk about this as a group",
    # 042 Navajo Nation, hantavirus
    "HPS? cardiopulmonary phase coming fast - need ECMO advice\n\n"
    "[[PT:Shaundiin Begay]], 15F, sheep camp with her grandmother [[REL:Ruth Yazzie]] at [[PLACE:Many Farms]] for 2 wk, cleaned out a storage hogan w/ mouse droppings. 4 days fever/myalgia, now: sats 82% on NRB, hemoconcentration (Hct 54), plt 62, immunoblasts on smear. BP 88/50.\n\n"
    "Seen at [[FAC:CCHCF]] in [[TOWN:Chinle]], flight to [[TOWN:ABQ]] requested. Family contact via the [[FAC:Many Farms Chapter House]], grandma has no phone; aunt's number [[PHONE:(928) 555-0183]]. Navajo interpreter used for grandma.\n\n"
    "Questions: early intubation vs HFNC while awaiting flight? fluids minimal? any role for ribavirin?\n\n"
    "@abq_ecmo: don't push fluids. intubate before transport if sats keep falling, call us now so ECMO is ready on arrival. no ribavirin in HPS\n"
    "@ihs_er_doc: and ask NMDOH about other family at the camp - cousins cleaned it too?",
    # 043 PEI farm injury
    "PTO entanglement - post-op question for the ortho/plastics folks\n\n"
    "[[PT:Blair MacPhee]], 57M, potato farmer, [[STREET:RR 4]], [[TOWN:Souris]] PE [[ZIP:C0A 2B0]]. Sleeve caught in a PTO shaft while harvesting on [[DATE:Oct 2]]. Degloving L forearm, open both-bone forearm fx, brachial artery intact. Wife [[REL:Heather]] shut off the tractor, used her belt as a tourniquet. Hero.\n\n"
    "I&D x3, ORIF, free ALT flap on [[DATE:10/9]]. Flap perfusing. Works part-time grading at [[FAC:Rollo Bay Potato Packers]] too, so off both jobs for months. PEI health card [[PLAN:1035-772-914]].\n\n"
    "Q: timing of hand therapy with a fresh free flap? and does anyone have a good farm safety handout for PTO shields that isn't 20 pages?\n\n"
    "@atl_plastics: gentle ROM of fingers from day 5 if the flap's happy, no wrist until 3 wk. CASA has a 1-page PTO sheet",
    # 044 meat plant hand injury, central Nebraska
    "partial finger amp at the plant, K'iche' speaker - interpreter issues again\n\n"
    "[[PT:Juan Tzoc Ajpop]], 34M from [[TOWN:Momostenango]], Guatemala, works the cut floor at [[FAC:Platte Valley Pork]] in [[TOWN:Lexington]]. L index + middle fingertip amputations (Allen 3) from a knife slip on [[DATE:12/26]], came in 6 h later because the supervisor wanted the shift finished. Spanish interpreter used at first - he nodded through all of it - then we got a K'iche' interpreter by phone ([[HCP:Rosa]]) and it turned out he thought we were going to take the whole hand.\n\n"
    "Revision amputation + local flaps. Lives with 7 other guys from the line at [[STREET:912 W 7th St]]; roommate [[REL:Eleuterio]] will do dressings.\n\n"
    "How are other rural EDs getting Mayan-language interpreters reliably? phone lines have maybe 2 per language and they're always busy\n\n"
    "@neb_hand_surg: same problem here. we built a list of community interpreters through the church in town - happy to share the process",
    # 045 NICU handoff, metro Atlanta
    "NICU handoff - twins, posting the social bit for the SW group\n\n"
    "Twin A [[PT:Adebayo Okonkwo-Reid]] and Twin B [[PT:Adeola Okonkwo-Reid]], born [[DATE:2024-09-02]] at 27+4, now DOL 19. MRN A [[MRN:71203388]], MRN B [[MRN:71203389]]. HAR for both under mom's [[ACCT:7001238841]].\n\n"
    "A: off CPAP, on HFNC 2 L, feeds at 120/kg, head US grade 1 IVH. B: NEC scare day 12, NPO x7 d, back on trophic feeds, PICC.\n\n"
    "Mom [[REL:Chidinma]] is 19, lives in [[TOWN:Decatur]] and works at the [[FAC:Big Peach Grocery]] on [[STREET:Memorial Dr]] 30 h/wk, no car, 2 buses to us. She's here every evening anyway. Dad not involved. Grandma [[REL:Ngozi]] helps with the 3yo at home.\n\n"
    "Asks: gas cards / MARTA pass, breast pump loaner, transport for the clinic visits after d/c.\n\n"
    "@nicu_hosp_atl: SW will get her a MARTA pass + a hospital-grade pump today. [[FAC:Peachtree Family Lodge]] has a room if she wants it near d/c",
    # 046 pre-op clinic, middle Tennessee
    "pre-op clinic, need records that only come by fax in [[YEAR:2024]] lol\n\n"
    "[[PT:Bo Whitfield]], 58M, for lap chole Thursday the [[DATE:17th]]. Says his cousin [[REL:Darla]] 'nearly died from the gas' in the 90s, possible MH. Records from [[FAC:Lakeview Cardiology]] in [[TOWN:Murfreesboro]] (stress test) - they only send by fax to [[FAX:(615) 555-0139]], which is our pre-op fax. Nothing from the cousin's hospital.\n\n"
    "Plan: treat as MH-susceptible unless proven otherwise - TIVA, vapor-free machine, dantrolene in the room. Referral to MHAUS hotline for family testing.\n\n"
    "If anyone on nights sees him pre-op, page me [[PAGER:615-555-0172]]. He's a hog farmer out past [[TOWN:Lascassas]] and it's 45 min on back roads so he won't want to come back twice.\n\n"
    "@gaswoman_tn: good plan. caffeine-halothane contracture testing is the gold std but only a handful of centres do it. RYR1 genetics first",
    # 047 dictated letter, north-west Tasmania
    "Dictated letter, posting because the leptospirosis one fooled three of us\n\n"
    "Dear Dr [[HCP:Faulkner]],\n\n"
    "Re: Mr [[PT:Lachlan Nicholls]], [[STREET:22 Mount Street]], [[TOWN:Burnie]] TAS [[ZIP:7320]]. DOB [[DATE:14 February 1981]]. Medicare [[PLAN:4417 20938 1]].\n\n"
    "Thank you for referring [[PT:Lachlan]], a 43 year old dairy farmer who milks at [[FAC:Yolla Creek Dairy]], with a fortnight of fevers, myalgia, conjunctival suffusion and, by the time he reached us, jaundice with an AKI (creatinine 312). He had been hosing out the dairy shed after the floods on the [[DATE:twenty-first of June]] without boots. Leptospira PCR was positive. He improved on IV benzylpenicillin and did not need dialysis.\n\n"
    "I would be grateful if you could recheck his renal function and LFTs in two weeks. His partner [[REL:Tegan]] milks the herd meanwhile. He has asked about vaccinating the cattle; his vet, Dr [[REL:Goss]], is across it.\n\n"
    "Yours sincerely,\nAssoc Prof M. Ahmadi, Infectious Diseases",
    # 048 rural Saskatchewan, email from family
    "how do you handle email from families? got this last night (pasted)\n\n"
    "From: [[EMAIL:gord.lindgren@prairielink.ca]]\n"
    "Subject: Mom\n"
    "'Hi Doc, its [[REL:Gord]], [[PT:Elsie Lindgren]]'s son. Mom turned [[AGE:90]] on the [[DATE:8th]] and shes been confused since the party, calling me at 3 am thinking its harvest. Shes at the farm [[STREET:Box 47, RR 2]], [[TOWN:Kindersley]] [[ZIP:S0L 1S0]], I'm in [[TOWN:Calgary]]. Can you call her? [[PHONE:(306) 555-0151]]. Dont tell her I emailed, she'll kill me. Thanks, [[REL:Gord]]'\n\n"
    "Obviously I'm calling her. But: (1) no consent from her for me to talk to him, (2) email isn't secure, (3) he's 800 km away and worried sick. What do you do?\n\n"
    "@sask_ruralfm: call her, examine her (UTI? meds? subdural after a fall at the party?), and ask her whether she wants [[REL:Gord]] updated. she'll probably say yes\n"
    "@cmpa_nerd: reply to him once, briefly, that you can't share details without her consent and to call the clinic. don't continue clinical stuff on email",
    # 049 Nunavut, snowmobile through the ice
    "nursing station call from [[TOWN:Pangnirtung]] last night - would love advice from anyone who's done more cold water than me\n\n"
    "[[PT:Jaypeetee Akulukjuk]] 26M went through sea ice on a snowmobile returning from seal hunting ~6 km from town, in the water ~10 min, his cousin [[REL:Paulusie]] pulled him out. Temp 29.8 on arrival, HR 38, GCS 11. Nurse [[HCP:Leesee]] and the CHR did everything right: horizontal, gentle handling, warm IV, forced-air blanket.\n\n"
    "Medevac to [[FAC:QGH]] delayed 8 h by blowing snow. NU health card [[PLAN:102947381]]. Rewarmed to 34 by the time the plane landed, VF arrest x1 during transfer to stretcher, one shock, ROSC.\n\n"
    "Questions: ECMO criteria for us (flight to [[TOWN:Ottawa]] is 3+ h)? and what should a station stock for the next one?\n\n"
    "@arctic_em_doc: honestly they did it textbook. for VF <30 C one shock then rewarm. stock a second forced-air unit, you'll need it\n"
    "@ottawa_ecls: for future: HOPE score helps decide on ECLS transfer, but in the North it's mostly about weather",
    # 050 rugby neck injury, East Coast NZ
    "C-spine and a stubborn prop - Canadian C-spine rule help\n\n"
    "[[PT:Tāmati Rangihuna]], 24M, front row for [[FAC:Waiapu Rugby Club]], collapsed scrum at the [[DATE:Anzac Day]] game in [[TOWN:Ruatoria]]. Walked off, played on (!), presented next day to us in [[TOWN:Gisborne]] with neck pain + paraesthesia R hand. Midline tenderness C6. CT: no fracture. MRI: C5/6 disc protrusion, cord signal normal.\n\n"
    "Coach [[REL:Wiremu]] rang to ask if he can play Saturday. [[PT:Tāmati]] also wants to play. Neither is happening. ACC claim [[ID:10084471223]] lodged.\n\n"
    "Q: anyone use the World Rugby return-to-play guidance for radiculopathy without fracture? timeline?\n\n"
    "@tairawhiti_gp: no contact until neuro symptoms gone + full ROM, then physio-led. and talk to [[REL:Wiremu]] kanohi ki te kanohi, he'll listen to you more than a letter",
    # 051 sexual health contact tracing, Sydney
    "contact tracing after [[DATE:Mardi Gras]] - syphilis + the apps, how are you all doing partner notification?\n\n"
    "Index [[PT:J.M.]], 26M, secondary syphilis (palmar rash, RPR 1:128), lives in [[PLACE:Darlinghurst]]. 9 partners in 6 weeks, most from apps: he gave me the handles '[[HANDLE:otter_ink22]]' and '[[HANDLE:hungry.koala]]' and a Discord [[HANDLE:ravenclaw#4471]], plus a link to a private party group [[URL:https://t.me/+pxq88Lnv2]].\n\n"
    "Treated with benzathine today. He's happy for us to use anonymous notification (the online tool). He's worried his housemate [[REL:Jack]] will see the letter.\n\n"
    "Q: is anyone reaching app contacts through the apps themselves? our service says we can't message from an official account.\n\n"
    "@syd_sexhealth: we use the anonymous SMS/email tool and ask the index to message in-app himself with a template. don't store the handles in the chart beyond the contact list",
    # 052 palliative care, Cape Breton
    "palliative question - sedation at home, rural NS, family split\n\n"
    "[[PT:Angus Dan MacNeil]], [[AGE:ninety-one]], metastatic prostate ca, home in [[TOWN:Iona]], [[PLACE:Cape Breton]]. Gaelic was his first language and he's gone back to it now, mostly. Terminal restlessness since the [[DATE:3rd of November]], failed haloperidol + midazolam sc at home. His daughter [[REL:Mary Catherine]] wants palliative sedation at home; son [[REL:Ronnie]] in Alberta wants him 'in the hospital where they can do something'.\n\n"
    "His priest Fr. [[REL:Tompkins]] from [[FAC:St Columba's]] comes daily and has been more help than any of us. Legion friends from [[FAC:Branch 124]] take turns sitting with him. MSI [[PLAN:0012 345 678]].\n\n"
    "Q: who here does continuous palliative sedation in the home without a hospice? VON can do the pump but our pall care consult is 2 h away.\n\n"
    "@ns_palliative: we do, with a protocol. call me. and a family meeting by video with the son - he needs to hear from you that this is care, not giving up\n\n"
    "OP: thanks. [[REL:Mary Catherine]] asked whether Fr. [[REL:Tompkins]] can be there when we start, and whether the pipes can be played (his grand-nephew [[REL:Seumas]] plays). I said yes to both.\n\n"
    "@ns_palliative: of course. document the goals of care conversation in detail, the capacity question (he can't participate now), and who was present. midazolam CSCI 10-20 mg/24 h titrated to RASS -2 to -3, PRN boluses, review q4h on day one.\n\n"
    "@rural_ns_gp: I did this at home in [[TOWN:Baddeck]] last winter with VON and the family doing mouth care. it's doable. make sure the pharmacy in [[TOWN:Sydney]] has the midazolam before the weekend, they ran out on me\n\n"
    "OP: called them, they're holding 10 vials. [[PT:Angus Dan]] settled last night with the family singing. thank you all",
]

FREE_NOTES: list[str] = [
    # 053 Ottawa ankle rules thread
    "Ottawa ankle rules in the elderly - do you still apply them?\n\n"
    "Quick poll for the ED folks. The original Stiell papers excluded under-18s and the validation in older adults is thinner than people think. In our dept the NPs apply them to everyone and I keep seeing 80-somethings with a bimalleolar fracture who 'passed' because they could take 4 steps with a limp.\n\n"
    "@ankle_rules_fan: the rules were validated for 18+ without an upper age limit, but osteoporotic patients with low-energy injuries weren't the target. I x-ray anyone over 75 with bony tenderness regardless\n\n"
    "@kemi_em: agree with Ana. also the Ottawa knee rule has 'age 55 or older' built in, the ankle one doesn't. sensitivity in the 2003 BMJ meta-analysis was ~98% but the CIs in older subgroups were wide\n\n"
    "@anapaula_em: our NPs apply them to everyone but we also teach gestalt - if the fifth metatarsal base is tender we image, Jones vs pseudo-Jones matters for management\n\n"
    "OP: fair. so maybe the answer is 'rules rule out, they don't rule in' and the over-75 carve-out. Thanks all",
    # 054 journal club, SGLT2 inhibitors in HFrEF
    "Journal club - SGLT2i in HFrEF, take 3\n\n"
    "Papers: DAPA-HF (McMurray et al, NEJM 2019;381:1995-2008, doi:10.1056/NEJMoa1911303) and EMPEROR-Reduced (Packer et al, NEJM 2020;383:1413-1424, doi:10.1056/NEJMoa2022190). Both ~3,700-4,700 patients, EF ≤40%, NYHA II-IV, on optimal GDMT. Primary composite CV death or worsening HF: HR 0.74 (DAPA) and 0.75 (EMPEROR). NNT ~21 over 18 months for DAPA-HF. Benefit with or without diabetes.\n\n"
    "Discussion points for Thursday:\n1. eGFR thresholds - DAPA-HF down to 30, EMPEROR down to 20. Our renal colleagues are still nervous about the initial eGFR dip (~3-5 mL/min).\n2. Euglycaemic DKA - sick day rules, hold 3 days before surgery (ESC 2021, ADA/KDIGO consensus).\n3. Sequencing - 'four pillars' at once vs the traditional ACEi→BB→MRA stepwise approach (STRONG-HF, Lancet 2022).\n4. Cost and access in rural pharmacies.\n\n"
    "PubMed: https://pubmed.ncbi.nlm.nih.gov/31535829/\nESC HF guideline 2021: https://academic.oup.com/eurheartj/article/42/36/3599/6358045\n\n"
    "@grace_cardiology will lead, @dr_lwazi brings the pizza\n\n"
    "@grace_cardiology: happy to. I'll add DELIVER (Solomon et al, NEJM 2022;387:1089) and EMPEROR-Preserved so we cover HFmrEF/HFpEF too - the HFpEF benefit was mostly fewer HF hospitalisations, not CV death. Worth discussing whether a composite driven by hospitalisation should change practice the same way.\n\n"
    "@dr_lwazi: pizza confirmed. one thing I'd like us to look at: the run-in periods. DAPA-HF had a 14-day screening period, EMPEROR-Reduced enriched for high NT-proBNP. The absolute risk in the trial populations is higher than in a lot of our clinic patients, so the NNT in real life is probably worse than 21.\n\n"
    "@grace_cardiology: fair, but the relative effect was consistent across NT-proBNP tertiles, so the absolute benefit scales with risk - which argues for starting early in the sickest, e.g. in hospital (EMPULSE, Nat Med 2022; SOLOIST-WHF with sotagliflozin, NEJM 2021).\n\n"
    "@dr_lwazi: agreed. and the safety signals were reassuring: volume depletion slightly higher, genital mycotic infections, no excess hypoglycaemia in non-diabetics, no signal for amputations (unlike CANVAS). Fournier's gangrene is in the label but it's vanishingly rare.\n\n"
    "@grace_cardiology: for the residents: read the supplementary appendix, the subgroup forest plots and the CONSORT diagram. And the editorial by Braunwald is a nice 2-page summary if you're short on time. Meta-analysis: Vaduganathan et al, Lancet 2022;400:757.",
    # 055 poll, induction and the Bishop score
    "POLL: nullip at 41+0, Bishop score 3, reactive CTG, AFI normal. What's your first step?\n\n"
    "A) prostaglandin (dinoprostone insert)\nB) Foley/balloon catheter\nC) membrane sweep and review in 48 h\nD) oral misoprostol 25 mcg q2h\n\n"
    "Context: our unit switched to outpatient balloon for low-risk women last year and the midwives love it, but the obstetric registrars keep reaching for prostin. NICE NG207 (2021) supports both; the PROBAAT trial (Lancet 2011) showed similar CS rates with fewer hyperstimulations for the balloon. WHO recommends low-dose oral miso.\n\n"
    "Reply from @obs_joy: B every time for outpatient. and please can we stop saying 'no joy' on the board when the ARM fails, the women read the board 😂\n\n"
    "@obs_reg_fin: C first if she's keen to avoid IOL, otherwise D. the Cochrane review (Alfirevic 2014) puts oral miso ahead of vaginal PGE2 for CS rates",
    # 056 sepsis screening, links to public guidance
    "Sepsis screening tools in ED - qSOFA vs NEWS2 vs SIRS, which do you use?\n\n"
    "Sharing our local summary since a few people asked:\n- qSOFA (RR ≥22, altered mentation, SBP ≤100): prognostic, NOT a screening tool per Sepsis-3 (Singer et al, JAMA 2016;315:801-810)\n- NEWS2 ≥5 or any single 3: the UK standard, see NICE NG51 (updated 2024) https://www.nice.org.uk/guidance/ng51\n- SIRS: sensitive, nonspecific, still in the CMS SEP-1 bundle\n- Surviving Sepsis Campaign 2021 (Evans et al, Crit Care Med 2021;49:e1063) recommends against qSOFA alone as a screen\n\n"
    "Lactate ≥2 with hypotension → 30 mL/kg crystalloid within 3 h (weak recommendation, low quality evidence), reassess, vasopressors for MAP <65. Antibiotics within 1 h if shock likely.\n\n"
    "@dr_okafor_em: we use NEWS2 at triage and it catches most. qSOFA misses the young and the fit\n"
    "@sanjay_icu: the CLOVERS trial (NEJM 2023) didn't show benefit for restrictive vs liberal fluids, so don't get too hung up on the 30 mL/kg",
    # 057 ECG teaching
    "ECG teaching set for the residents - patterns that kill if missed\n\n"
    "1. Wellens (type A biphasic, type B deep symmetric TWI in V2-V3) = critical proximal LAD stenosis, pain-free at the time of ECG. Do not stress test.\n"
    "2. de Winter T waves: upsloping ST depression at the J point + tall symmetric T in precordials = LAD occlusion, STEMI-equivalent.\n"
    "3. Sgarbossa (and Smith-modified): concordant STE ≥1 mm, concordant STD V1-V3, or discordant STE/S ratio ≤ -0.25 in LBBB or paced rhythm.\n"
    "4. Brugada type 1: coved STE ≥2 mm in V1-V2 + TWI. Fever can unmask it.\n"
    "5. Posterior MI: ST depression V1-V3, tall R - get V7-V9.\n"
    "6. aVR elevation with diffuse STD: left main/3VD or global ischaemia.\n"
    "7. Hyperkalaemia: peaked T → PR prolongation → QRS widening → sine wave. Calcium first.\n"
    "8. Osborn (J) waves in hypothermia.\n\n"
    "Refs: Smith SW, Am J Emerg Med 2012 (modified Sgarbossa); de Winter RJ, NEJM 2008;359:2071. LITFL has the best library: https://litfl.com/ecg-library/\n\n"
    "@tom_ecg_nerd: add Wolff-Parkinson-White with AF - irregular broad complex tachycardia, no AV nodal blockers\n"
    "@priya_ed_educator: and Long QT. great list\n"
    "@tom_ecg_nerd: also for the list: (9) Wolff-Parkinson-White delta wave in sinus rhythm - the short PR + slurred upstroke; (10) Brugada phenocopies (hyperK, TCA toxicity - look for the R in aVR >3 mm); (11) digoxin effect ('reverse tick') vs toxicity (bidirectional VT, atrial tach with block); (12) pericarditis vs early repol - Spodick sign, PR depression, ST/T ratio in V6 >0.25\n"
    "@priya_ed_educator: adding them. I'll do a quiz version for the next teaching morning with the answers hidden. residents: do the Dr Smith ECG blog cases too, they're free",
    # 058 Australian arboviruses and critters
    "Wet season refresher for the NT/QLD/WA rural docs - things that aren't dengue\n\n"
    "- Ross River virus: polyarthralgia, rash, fatigue for months. Serology IgM + IgG paired.\n- Barmah Forest virus: similar, more rash, less arthritis.\n- Murray Valley encephalitis: rare, deadly, children and visitors to endemic areas. Any febrile encephalopathy in the north in the wet = MVE until proven otherwise.\n- Kunjin (West Nile, Kunjin strain): milder.\n- Japanese encephalitis: now established in the southeast since 2022, vaccine for piggery workers.\n- Melioidosis: not a virus, but the big one. Diabetes, CKD, alcohol, rain.\n- Hendra: horse handlers, rare, notifiable.\n- Irukandji syndrome: severe back pain, hypertension, sweating after a sting; box jellyfish are a different beast - vinegar for both, CSL antivenom for Chironex.\n\n"
    "Good reference: Australian Therapeutic Guidelines (eTG), Antibiotic v17; and the NT CDC fact sheets online.\n\n"
    "@top_end_gp: add scrub typhus and leptospirosis. doxy covers both",
    # 059 anonymised ED board
    "Board at 0400, no names, just for the 'what would you do next' game:\n\n"
    "Bed 1 - 40s M, chest pain, HEART 3, hs-trop 4 → 5 ng/L. Home?\n"
    "Bed 2 - 20s F, RLQ pain, β-hCG negative, Alvarado 6, WBC 13. US or CT?\n"
    "Bed 3 - 70s M, melaena, Hb 78, Glasgow-Blatchford 12, BP 96/60. Scope when?\n"
    "Bed 4 - 60s F, sudden thunderclap HA at rest, CT head normal at 5 h. LP?\n"
    "Bed 6 - teenager, 3rd episode of DKA this year, pH 7.12, ketones 5.8\n"
    "Resus - 80s F, GCS 3/15 on arrival, pupils fixed, family on the way\n"
    "Corridor 2 - frequent attender, ETOH, wants sandwiches\n\n"
    "@neha_em: 1 home with GP f/u. 2 US first. 3 within 24 h, transfuse to 70-80. 4 if CT <6 h and normal the Ottawa SAH rule + Perry study says you can stop - I'd stop. 6 social work + diabetes educator before d/c\n"
    "@rob_emreg: agree except bed 3 - BP 96 + GBS 12, I'd call GI now not at 0800",
    # 060 handover list with numbered units only
    "Weekend medical handover (no identifiers, units only):\n\n"
    "4 North\n- Bay A2: CAP, day 3 co-amox, wean O2, likely home Sunday\n- Bay B4: new AF, CHA2DS2-VASc 4, HAS-BLED 2, started apixaban, echo booked\n- SR 3: C. diff, isolation, on oral vanc, stool chart\n\n"
    "Ward 7B\n- Bed 12: decompensated cirrhosis, Child-Pugh C, MELD 24, tapped 6 L, albumin given\n- Bed 14: post-op ileus after Hartmann's, NG on free drainage, surgeons aware\n- Bed 20: delirium, 4AT 6, no new meds, collateral from family pending\n\n"
    "ICU outreach\n- Watching 4 North A2 and 7B bed 12\n\n"
    "Jobs: bloods x6 (list on the board), 2 TTOs, warfarin doses for 7B.\n\n"
    "@ciaran_fy2 thanks for the tidy list - I'll take 4 North, @hannah_sho has 7B",
    # 061 ALL-CAPS pasted reference ranges
    "PASTED FROM THE LAB HANDBOOK BC EVERYONE KEEPS ASKING. OUR RANGES, NOT UNIVERSAL:\n\n"
    "NA 135-145 MMOL/L\nK 3.5-5.2 MMOL/L\nCREAT 59-104 UMOL/L (M) 45-84 (F)\nCRP <5 MG/L\nHS-TNT <14 NG/L (99TH CENTILE)\nHBA1C <42 MMOL/MOL (DIABETES ≥48)\n\n"
    "CRITICAL CALL LIMITS: K <2.5 OR >6.5, NA <120 OR >160, GLUCOSE <2.5, HB <70, PLT <20, INR >8.\n\n"
    "@lab_med_nadia: THANKS. TROP ASSAY IS NOW ROCHE GEN 5, OLD CUT-OFFS DON'T APPLY",
    # 062 colleagues-only rota chat
    "[09:12] Sam: anyone swap Saturday night? my kid's school concert moved\n"
    "[09:15] Grace: I can do Sat if someone does my Wednesday long day\n"
    "[09:15] Joy: I'll take the Wednesday, I owe Sam from the snow week\n"
    "[09:16] Sam: legends. Grace → Sat night, Joy → Wed long day. I'll tell the rota coordinator\n"
    "[09:20] Deepak: reminder: mandatory sim training Thursday 1300-1700 in the skills lab, it's the paeds sepsis and neonatal resus one\n"
    "[09:21] Grace: is it the one with the mannequin that cries\n"
    "[09:22] Deepak: yes. bring coffee\n"
    "[09:40] Joy: also, who keeps leaving the intraosseous drill in the resus bay without recharging it? it was dead on Monday\n"
    "[09:41] Sam: 🙈 sorry\n"
    "[09:45] Deepak: new rule: whoever uses it plugs it in. and the difficult airway trolley check is on the list for nights now",
    # 063 M&M, anonymised
    "M&M: anchoring bias in an ED 'frequent flyer'\n\n"
    "A man in his 70s, well known to the department for alcohol-related presentations, arrived by ambulance 'intoxicated, found on the floor'. Triage category 4. He was left in the corridor to 'sleep it off'. Four hours later a nurse noticed unequal pupils. CT: acute-on-chronic subdural haematoma with 9 mm midline shift. Burr holes; he survived with a significant deficit.\n\n"
    "What went wrong:\n- No GCS documented at triage, only 'drowsy'\n- Breath alcohol never measured (it was 0.02 when finally checked)\n- He was on warfarin (INR 3.4), visible in the GP record\n- Corridor care = no obs for 3 h\n\n"
    "What we've changed: mandatory GCS + glucose + breath alcohol for any 'intoxicated' patient at triage; anticoagulant flag on the board; corridor obs hourly. NICE head injury guideline (NG232, 2023) says CT within 1 h for anticoagulated patients with any head injury.\n\n"
    "@mm_lead_farah: thank you for presenting this so openly. the 'well known to the department' line is in every one of these write-ups\n\n"
    "OP: it is. we looked back: in the last 2 years, 5 of our 7 missed intracranial bleeds were in patients labelled as intoxicated at triage. That's the slide that landed at the department meeting.\n\n"
    "@mm_lead_farah: can you share the triage prompt you built? ours still just says 'ETOH y/n'\n\n"
    "OP: sure - 'Is this patient's reduced GCS fully explained by alcohol? Breath alcohol, glucose, pupils, anticoagulant status, and any sign of head injury documented? If not, treat as head injury.' It's a hard stop on the triage screen now. Nursing hated it for a week and now they're the ones enforcing it.",
    # 064 tumour board teaching, no patients
    "Tumour board for dummies - my cheat sheet for the new registrars\n\n"
    "Prostate: Gleason 3+4=7 (ISUP grade group 2) vs 4+3=7 (GG3) - NOT the same. PSA density >0.15 suspicious. PI-RADS 4-5 → biopsy.\n"
    "Lymphoma: Ann Arbor stage with Lugano modification; A/B symptoms (fever, night sweats, >10% weight loss/6 mo). Deauville 1-3 = complete metabolic response on PET.\n"
    "Melanoma: Breslow thickness drives T stage; Clark level no longer used in AJCC 8th. Ulceration upstages.\n"
    "Colorectal: TNM, MSI/MMR status (Lynch - Amsterdam II and revised Bethesda criteria), KRAS/NRAS/BRAF for anti-EGFR eligibility.\n"
    "Breast: ER/PR/HER2, Ki-67, Oncotype DX recurrence score (TAILORx cut-offs).\n"
    "Thyroid: Bethesda I-VI for FNA; Bethesda III/IV → molecular testing.\n"
    "Performance status: ECOG 0-4 (Karnofsky if you're old school).\n\n"
    "@oncology_mo_rachel: nice. add the Milan system for salivary cytology and Paris for urine and you'll impress the pathologists",
    # 065 eponyms named after patients
    "Fun thread for a slow night: diseases named after PATIENTS rather than doctors\n\n"
    "- Christmas disease (haemophilia B) - named after the first patient described, a boy, in the BMJ in 1952\n"
    "- Hartnup disease - the Hartnup family, described by Baron et al in the Lancet 1956\n"
    "- Lou Gehrig's disease (ALS) - the baseball player\n"
    "- Mortimer's malady (sarcoidosis variant) - one of Hutchinson's patients\n"
    "- Carrión's disease - named after a Peruvian medical student who inoculated himself\n"
    "- HeLa cells - the first two letters of the patient's names, and a whole ethics module\n\n"
    "And the ones people assume are patients but are doctors: Bishop (the score), Apgar (an anaesthetist), Sister Mary Joseph nodule (a nun who worked as a surgical assistant, not a patient).\n\n"
    "@hist_of_med_eoin: add Kawasaki (doctor), and the 'Lady Windermere syndrome' which is named after a fictional character\n"
    "@olu_haem: as the haematologist I'm obliged to say: Christmas factor = factor IX. and recombinant is fine",
    # 066 place-named infections
    "ID quiz: which of these are named after a place? (answers below, no peeking)\n\n"
    "Legionnaires' disease, Pontiac fever, Lyme disease, Coxsackievirus, Norwalk virus, Marburg virus, Ebola, Rocky Mountain spotted fever, Valley fever, Bornholm disease, Lassa fever, Hantaan virus, Zika, West Nile, Murray Valley encephalitis, Ross River fever, Oroya fever, Chagas.\n\n"
    "Answers: all place-names except Chagas (Carlos Chagas, doctor) and Legionnaires' (named after the American Legion convention attendees - people, not a place, though the outbreak was in a hotel in Pennsylvania). Pontiac fever after a city in Michigan; Lyme after a town in Connecticut; Coxsackie after a town in New York; Norwalk after a town in Ohio; Marburg after a German city; Ebola a river in DRC; Bornholm a Danish island; Valley fever = San Joaquin Valley; Zika a forest in Uganda.\n\n"
    "Bonus: 'Spanish flu' probably didn't start in Spain, and WHO now discourages place names (Best practices for naming new human infectious diseases, 2015).\n\n"
    "@zainab_id: fun. Oroya fever = Bartonella bacilliformis, and it's Carrión's disease again from the other thread",
    # 067 dermatology look-alikes
    "Derm pearls from clinic today (no pics, sorry):\n\n"
    "1. Pityriasis rosea - herald patch first, then the 'Christmas tree' distribution along skin cleavage lines on the back. Check for syphilis if palms/soles involved. Self-limiting 6-8 wk.\n"
    "2. Rose spots - faint salmon macules on the trunk in typhoid fever. Fleeting. If you see them in a returned traveller with fever and relative bradycardia, blood cultures x3.\n"
    "3. 'Street' drug skin: levamisole-adulterated cocaine → retiform purpura of the ears, neutropenia. ANCA often positive.\n"
    "4. Erythema nodosum - think strep, sarcoid (Löfgren), IBD, TB, drugs (OCP).\n"
    "5. Janeway lesions (painless, palms/soles) vs Osler nodes (painful, finger pads) - both endocarditis.\n"
    "6. Koebner phenomenon - psoriasis, lichen planus, vitiligo in areas of trauma.\n\n"
    "@derm_reg_maeve: for PR also ask about recent vaccines and drugs, a PR-like eruption can be drug-induced\n"
    "@gp_hope: saving this. I always forget Löfgren",
    # 068 trauma teaching
    "Head and neck trauma - the signs they ask about in exams, and which ones matter at 3 am\n\n"
    "Battle sign (mastoid bruising) and raccoon eyes (periorbital ecchymosis): basal skull fracture, but both take 24-48 h to appear. CSF rhinorrhoea/otorrhoea - halo sign unreliable, beta-2 transferrin is the test.\n\n"
    "GCS: report components (E2V2M4 = 8), not just the number. GCS 3/15 with fixed pupils is not automatically unsurvivable - check glucose, opioids, hypothermia.\n\n"
    "Imaging rules: Canadian CT Head Rule (GCS 13-15, LOC/amnesia/disorientation) and NEXUS or the Canadian C-spine Rule (age ≥65, dangerous mechanism, paraesthesias = image). For blunt cerebrovascular injury: Denver or Memphis criteria for CTA.\n\n"
    "Anticoagulated patients: NICE NG232 - CT within 8 h even without other risk factors.\n\n"
    "@trauma_kofi: and the Cushing triad is a late sign - if you're waiting for bradycardia + hypertension you're too late",
    # 069 dictated generic advice letter template
    "Dictated template for our chest pain discharges, edited. Feel free to steal.\n\n"
    "You were seen in the emergency department today with chest pain full stop We have checked your heart tracing comma blood tests including two troponin tests comma and a chest x-ray full stop These did not show a heart attack full stop new paragraph\n"
    "What this means colon your risk of a serious heart problem in the next month is low comma less than one in a hundred full stop It does not mean there is nothing wrong full stop new paragraph\n"
    "Please see your GP within one to two weeks full stop They may arrange further tests such as an exercise test or a CT scan of the heart arteries full stop new paragraph\n"
    "Call 999 or 911 or 000 depending on where you are if the pain returns and lasts more than fifteen minutes comma if you feel faint comma or if you are short of breath full stop new paragraph\n\n"
    "(the dictation software insists on typing the punctuation words, hence the mess. @ed_comms_ines will tidy it for the leaflet)",
    # 070 febrile infant rules
    "Febrile infant 8-60 days - which rule does your dept use now?\n\n"
    "Old school: Rochester, Philadelphia, Boston criteria. Newer: Step-by-Step (Europe, Gomez et al, Pediatrics 2016), PECARN rule (Kuppermann et al, JAMA Pediatr 2019: UA, ANC ≤4090, procalcitonin ≤1.71), and the AAP 2021 clinical practice guideline (Pantell et al, Pediatrics 2021;148:e2021052228) which splits 8-21, 22-28 and 29-60 days.\n\n"
    "Our unit's version: 8-21 d full septic screen incl LP, admit, antibiotics. 22-28 d LP if inflammatory markers abnormal. 29-60 d LP not routinely if UA/IMs normal.\n\n"
    "Other newborn numbers that confuse the students: Apgar 7/9 is fine; Apgar 3 at 5 min is not. Still's murmur is innocent; Still's disease is not.\n\n"
    "@peds_em_lara: we use AAP 2021. procalcitonin availability at night is the weak point\n"
    "@neonat_ravi: and remember HSV - acyclovir if vesicles, seizures, transaminitis or CSF pleocytosis",
    # 071 toxicology plants and interactions
    "Tox grab bag for the rural ED\n\n"
    "- Jimson weed (Datura): 'blind as a bat, mad as a hatter, red as a beet, hot as a hare, dry as a bone'. Teenagers making tea. Physostigmine if severe and no QRS widening.\n"
    "- Angel's trumpet (Brugmansia): same toxidrome, garden plant.\n"
    "- Mad honey (grayanotoxin): bradycardia, hypotension, from rhododendron honey - travellers from Turkey/Nepal. Atropine, fluids.\n"
    "- Foxglove: digoxin-like, hyperK, Digifab.\n"
    "- Water hemlock: seizures. Worst of the lot.\n"
    "- Paxlovid (nirmatrelvir/ritonavir): CYP3A4 inhibition - hold simvastatin, check tacrolimus, amiodarone, rivaroxaban, DOACs. Liverpool COVID drug interactions checker: https://www.covid19-druginteractions.org/\n\n"
    "Poison centre: 1-800-222-1222 in the US, 13 11 26 in Australia, 0800 POISON in NZ, NPIS/TOXBASE in the UK. (All public numbers.)\n\n"
    "@tox_wei: add Amanita phalloides - delayed GI symptoms at 6-12 h, then liver. silibinin + NAC",
    # 072 rural pearls, phone-typed
    "rural em pearls thread, add yours\n\n"
    "1. if the helicopter is 'maybe' - plan for it not coming\n"
    "2. the vet knows more about the farmer than you do. (not always a joke)\n"
    "3. keep a cheat sheet for peds drug doses taped inside the resus cupboard, by kg\n"
    "4. the CT tech lives 20 min away, call her before you need her\n"
    "5. always ask about the dogs, the guns and the grain bins when u do a home visit\n\n"
    "@bush_doc_kate: 6. your local paramedics are your best colleagues, buy them coffee\n"
    "@ruralgenerallist: 7. learn to do a FAST and a lung US properly, no radiologist at 3am\n"
    "@bush_doc_kate: 8. dont assume the family member is the interpreter theyre happy to be\n"
    "@ruralgenerallist: 9. tranexamic acid in the fridge. no wait its room temp. ok 9 is txa\n"
    "@prairie_fp: 10. keep the bishop score chart up in the ED bc yes we deliver babies here sometimes",
    # 073 ciguatera and scombroid
    "Pacific fish poisoning - ciguatera vs scombroid, because we had a run of both this month\n\n"
    "Ciguatera: reef fish (grouper, snapper, barracuda, moray). GI symptoms in 2-6 h, then neuro: paraesthesias, temperature reversal (cold feels hot), pruritus, bradycardia. Can last weeks. Alcohol, fish and nuts can retrigger. Mannitol - RCT evidence poor (Schnorf et al, Neurology 2002). Common in Hawaii, Fiji, the Cook Islands, Queensland and the Caribbean.\n\n"
    "Scombroid: histamine from poorly refrigerated tuna, mahi-mahi, mackerel. Peppery taste, flushing, urticaria, HA within 30 min. Antihistamines. Not an allergy - don't label the patient as fish-allergic.\n\n"
    "Tetrodotoxin (pufferfish): ascending paralysis - ventilate and wait.\n\n"
    "CDC yellow book chapter is good: https://www.cdc.gov/yellow-book/\n\n"
    "@pacific_gp_sefa: we see ciguatera every season from reef fish. the temperature reversal is the clincher",
    # 074 discharge template with placeholders
    "Our new discharge letter template - feedback welcome before it goes live. Placeholders in brackets are filled by the EHR.\n\n"
    "DISCHARGE SUMMARY\nPatient: [patient name]   DOB: [DD/MM/YYYY]   MRN: [MRN]\nAdmitted: [date]   Discharged: [date]   Consultant: [consultant]\nWard: [ward]\n\n"
    "Principal diagnosis: [free text]\nSecondary diagnoses: [coded list]\nProcedures: [coded list]\n\n"
    "Medication changes: NEW / STOPPED / CHANGED (reason required for every change)\n\n"
    "Actions for GP: [numbered list, each with a timeframe]\nResults awaited: [list, with who is responsible for chasing]\n\n"
    "Follow-up: [clinic, timeframe]   Patient given copy: Y/N\n\n"
    "@gp_liaison_tariq: PLEASE make 'actions for GP' mandatory and put it at the top. we read the first 5 lines and that's it\n"
    "@hospitalist_bea: agree. and 'results awaited' needs a named team, not 'the team'",
    # 075 upper GI bleed scores
    "Upper GI bleed - which score for what\n\n"
    "Glasgow-Blatchford (pre-endoscopy): 0-1 = safe for outpatient management (NICE/ESGE). Uses urea, Hb, SBP, HR, melaena, syncope, hepatic disease, cardiac failure.\n"
    "Pre-endoscopy Rockall: less useful. Full Rockall (post-endoscopy) predicts mortality and rebleeding.\n"
    "AIMS65: albumin <30, INR >1.5, altered mental status, SBP ≤90, age ≥65.\n"
    "Forrest classification at OGD: Ia spurting, Ib oozing, IIa visible vessel, IIb adherent clot, IIc flat spot, III clean base. Ia-IIa need endoscopic therapy.\n"
    "Los Angeles grade A-D for oesophagitis; Prague C&M for Barrett's.\n\n"
    "Transfusion threshold 70 g/L (80 if cardiovascular disease) - Villanueva et al, NEJM 2013. TXA not recommended - HALT-IT (Lancet 2020). PPI after endoscopy for high-risk stigmata.\n\n"
    "@gi_dr_weng: one more - variceal bleeds: terlipressin + antibiotics before the scope, don't wait",
    # 076 ARDS management
    "ARDS checklist I pinned in our unit:\n\n"
    "Berlin definition: onset within 1 week, bilateral opacities, not fully explained by cardiac failure, P/F ≤300 with PEEP ≥5. Mild 200-300, moderate 100-200, severe <100. (The 2023 global definition adds HFNC and SpO2/FiO2.)\n\n"
    "- Vt 6 mL/kg PBW (ARDSNet, NEJM 2000), plateau <30, driving pressure <15\n- PEEP/FiO2 table (higher PEEP for moderate-severe)\n- Prone ≥16 h/day if P/F <150 (PROSEVA, NEJM 2013)\n- Conservative fluids once out of shock (FACTT)\n- Neuromuscular blockade: not routinely (ROSE, NEJM 2019)\n- ECMO if refractory (EOLIA; Murray score ≥3 is the old referral trigger)\n- Steroids: dexamethasone in COVID (RECOVERY); DEXA-ARDS for non-COVID (Villar et al, Lancet Respir Med 2020)\n\n"
    "@icu_mo_tahir: can we add 'proning checklist' and pressure area care, the forehead sores are a problem\n"
    "@dr_achterberg: added. thanks Mo",
    # 077 mental health legislation across jurisdictions
    "Mental health holding powers - confusing for locums who move around. Cheat sheet (check local law!):\n\n"
    "England & Wales (MHA 1983): Section 2 (assessment, 28 days), Section 3 (treatment, 6 months), Section 4 (emergency, 72 h), Section 5(2) (doctor's holding power for inpatients, 72 h), Section 136 (police, place of safety). Section 12 approved doctor needed for 2 and 3.\n"
    "Scotland: Emergency detention certificate (72 h), Short-term (28 days), CTO.\n"
    "Northern Ireland: Mental Health (NI) Order 1986, moving to the Mental Capacity Act (NI) 2016.\n"
    "Ireland: Mental Health Act 2001, Form 1-6.\n"
    "Ontario: Form 1 (72 h assessment), Form 3/4 for involuntary admission, Form 42 to the patient.\n"
    "New Zealand: Mental Health (CAAT) Act 1992, sections 8A/8B, 11, 13.\n"
    "Australia: state-by-state (NSW Mental Health Act 2007, Victoria's Mental Health and Wellbeing Act 2022).\n"
    "US: state-by-state; 5150 in California, Baker Act in Florida, Pink Paper in Massachusetts.\n\n"
    "@psych_reg_kwame: brilliant. add that capacity law is separate from mental health law everywhere. and in England the Mental Capacity Act 2005 + DoLS (moving to LPS) is what you use for the delirious patient who wants to leave, not Section 5(2)\n"
    "OP: added. also the common law doctrine of necessity for the truly emergent situations - but document why you couldn't wait",
    # 078 stats for the journal club
    "stats question that came up at journal club and I fumbled:\n\n"
    "test with sens 90%, spec 80%, disease prevalence 5%. PPV? \n\n"
    "Worked: per 1000 people, 50 diseased → 45 TP, 5 FN; 950 healthy → 190 FP, 760 TN. PPV = 45/235 = 19%. NPV = 760/765 = 99.3%. LR+ = 0.9/0.2 = 4.5; LR- = 0.1/0.8 = 0.125.\n\n"
    "Pre-test odds 0.05/0.95 = 0.053, post-test odds 0.053 x 4.5 = 0.24 → probability 19%. Fagan nomogram gives the same.\n\n"
    "NNT from ARR: if control event rate 12% and treatment 9%, ARR 3%, NNT 33. RRR 25%.\n\n"
    "Reading: Sackett's Evidence-Based Medicine; Altman's 'Practical statistics for medical research' (1991); the JAMA Users' Guides.\n\n"
    "@biostat_ayesha: perfect. the thing residents miss: PPV depends on prevalence, LRs don't. so LRs travel between settings",
    # 079 occupational lung disease
    "Occupational lung quiz for the rural and industrial folks\n\n"
    "1. Farmer's lung: hypersensitivity pneumonitis from mouldy hay (Saccharopolyspora). Fever, cough 4-8 h after exposure.\n"
    "2. Silo filler's disease: NO2 in the first 2 weeks after filling - pulmonary oedema, bronchiolitis obliterans later. Never enter a fresh silo.\n"
    "3. Byssinosis ('Monday fever'): cotton dust, chest tightness on the first day back.\n"
    "4. Pigeon fancier's lung, hot tub lung (MAC), bird fancier's - ask about hobbies.\n"
    "5. Coal workers' pneumoconiosis, silicosis (engineered stone benchtops - a new epidemic), asbestosis, berylliosis.\n"
    "6. Metal fume fever: welding galvanised steel.\n"
    "7. Occupational asthma: bakers, isocyanate paint sprayers, snow crab processors.\n\n"
    "Reference: Occupational Disorders of the Lung (Hendrick et al) and the ATS/ERS occupational asthma statements.\n\n"
    "@occ_lung_sarah: engineered stone - Australia banned it from 2024. we're seeing silicosis in 30-year-olds",
    # 080 obstetric emergencies
    "Shoulder dystocia drill debrief, for the obs group\n\n"
    "HELPERR: call for Help, Evaluate for episiotomy, Legs (McRoberts), suprapubic Pressure (Rubin I), Enter (Rubin II, Woods screw, reverse Woods), Remove posterior arm, Roll (Gaskin all-fours). Zavanelli last resort.\n\n"
    "Points from today's sim: the team called for help at 60 s - good. McRoberts with 2 people, not 1. Suprapubic pressure from the fetal back side. Stop fundal pressure - nobody should push on the fundus.\n\n"
    "RCOG Green-top Guideline No. 42 (2012) and the PROMPT course materials. Head-to-body interval >5 min associated with HIE.\n\n"
    "Also: EPDS (Edinburgh Postnatal Depression Scale) at 6 weeks, cutoff ≥13, and Q10 (self-harm) any positive = same-day review.\n\n"
    "@obs_aroha_s: thanks for running it. next month - PPH with the 4 Ts and the Bakri",
    # 081 endocarditis and rheumatic fever criteria
    "Duke vs Jones - a teaching post\n\n"
    "Modified Duke (2023 ISCVID-Duke update, Fowler et al, Clin Infect Dis 2023): major = typical organism in 2 blood cultures, imaging evidence (echo, cardiac CT, PET-CT); minor = predisposition, fever >38, vascular (Janeway lesions, emboli), immunological (Osler nodes, Roth spots, glomerulonephritis, RF), micro. Definite: 2 major, or 1 major + 3 minor, or 5 minor.\n\n"
    "Revised Jones (AHA 2015, Gewitz et al): major = carditis (incl subclinical on echo), arthritis (polyarthritis low-risk; mono or polyarthralgia high-risk), chorea (Sydenham), erythema marginatum, subcutaneous nodules. Minor = fever, ESR/CRP, prolonged PR, arthralgia. Plus evidence of preceding GAS.\n\n"
    "In high-risk populations (Aboriginal and Torres Strait Islander, Māori, Pacific peoples) the thresholds are lower - see the Australian RHD guideline 3rd ed (2020).\n\n"
    "@rhd_doc_tessa: thank you. the subclinical carditis on echo is the piece many GPs don't know",
    # 082 altitude and travel
    "Travel med clinic Qs from this week, answered:\n\n"
    "1. Altitude trek to Everest base camp: acetazolamide 125 mg bd from the day before ascent. Lake Louise AMS score ≥3 with headache = AMS. HACE/HAPE = descend. Nifedipine for HAPE.\n"
    "2. Yellow fever vaccine: single dose lifelong per WHO (IHR 2016). Certificate valid 10 days after. Contraindicated in thymus disease, avoid >60 if possible.\n"
    "3. Malaria: atovaquone-proguanil for short trips, doxy for long; mefloquine only if no neuropsych hx. Check the CDC map and the WHO world malaria report.\n"
    "4. Rabies PrEP: 2-dose schedule (WHO 2018) for remote travel, long stays, cavers, vets.\n"
    "5. Typhoid: Vi polysaccharide or oral Ty21a; ~50-80% protective.\n"
    "6. Japanese encephalitis: Ixiaro, 2 doses 28 d apart (rapid 7 d schedule for 18-65).\n\n"
    "WHO international travel and health: https://www.who.int/health-topics/travel-and-health\n\n"
    "@travel_doc_nilufar: good summary. yellow fever certificate - many countries still ask for it on arrival from endemic countries",
    # 083 renal
    "CKD staging reminder - since the eGFR equation changed again in our lab\n\n"
    "KDIGO: G1 ≥90, G2 60-89, G3a 45-59, G3b 30-44, G4 15-29, G5 <15. Albuminuria A1 <3 mg/mmol, A2 3-30, A3 >30. Always stage by both.\n\n"
    "CKD-EPI 2021 (race-free, Inker et al, NEJM 2021;385:1737) replaced the 2009 equation. Expect some patients to move stage. Cystatin C helps in sarcopenia and amputees.\n\n"
    "Referral (NICE NG203): eGFR <30, ACR ≥70, sustained fall of 25% and a change in category, or 5-year risk of RRT >5% on the Kidney Failure Risk Equation (https://kidneyfailurerisk.com).\n\n"
    "SGLT2i for CKD with ACR ≥22.6 (EMPA-KIDNEY, DAPA-CKD). Finerenone for T2DM + albuminuria (FIDELIO/FIGARO).\n\n"
    "@nephro_kerry: great. and please don't stop ACEi at the first bump - a 25% rise in creatinine is acceptable",
    # 084 endocrine eponyms
    "Endocrine eponyms before the exam:\n\n"
    "Addison's disease - primary adrenal insufficiency; Addisonian crisis → hydrocortisone 100 mg IV, don't wait for the cortisol.\n"
    "Graves' disease - TRAb positive, eye disease, pretibial myxoedema.\n"
    "Hashimoto's thyroiditis - anti-TPO.\n"
    "de Quervain's - painful subacute thyroiditis, raised ESR, low uptake.\n"
    "Cushing's disease (pituitary) vs Cushing's syndrome (any cause).\n"
    "Sheehan syndrome - postpartum pituitary infarction after PPH; failure to lactate.\n"
    "Conn's syndrome - primary hyperaldosteronism; aldosterone/renin ratio.\n"
    "Wolff-Chaikoff effect (iodine shuts the thyroid down) vs Jod-Basedow (iodine causes hyperthyroidism in a nodular gland).\n"
    "Chvostek and Trousseau signs - hypocalcaemia.\n"
    "Kallmann syndrome - hypogonadotropic hypogonadism + anosmia.\n\n"
    "@endo_reg_fatima: also Nelson syndrome after bilateral adrenalectomy. very exam-y",
    # 085 phone-typed ward slang
    "lol this thread about ward slang. ours:\n\n"
    "- 'no joy' = failed cannula\n- 'bounce back' = readmit within 72h\n- 'turf' = transfer to another team\n- 'street value' = what the frequent flyers think the oxy is worth\n- 'bishop' on our labour ward = the reg doing the cervical check, bc of the score\n- 'the hope ward' = palliative, which honestly is kind of beautiful\n\n"
    "@fy1_noor: 'frequent flyer' we're meant to stop saying tho",
    # 086 Reddit-style admin rant, no patients
    "[Rant] 47 clicks to order a chest x-ray\n\n"
    "I counted. New EHR went live this month. To order a portable CXR I need: order set, indication (free text AND dropdown), 'reason for portable', pregnancy status on a 70-year-old man, isolation status, 'is this test clinically indicated' (yes??), then sign twice. Meanwhile the nurses can't see the order until the radiology department 'accepts' it.\n\n"
    "Vendor says our build team configured it. Build team says it's the vendor's standard content. Everyone says 'submit a ticket'.\n\n"
    "u/hospitalist_htx: we got ours down to 9 clicks by making a physician build group. took 6 months and a lot of donuts\n"
    "u/im_pgy2: pregnancy status on men is my favorite. ours asks if the 80 year old is breastfeeding\n"
    "u/cmio_throwaway: CMIO here. the honest answer is that every 'required' field was asked for by someone after an incident. push back via your clinical informatics committee with time-motion data",
    # 087 Figure 1-style image post
    "Image post (finger pads + palms, consent on file): guess the sign\n\n"
    "Tender purple nodules on the finger pulps, painless flat haemorrhagic macules on the palms, new murmur.\n\n"
    "Answer: Osler nodes (O for 'Ouch') + Janeway lesions (painless). Think endocarditis: 3 sets of cultures before antibiotics, TTE then TOE.\n\n"
    "@card_fellow_ji: Osler = Ouch, best mnemonic ever\n"
    "@id_consult_mina: and look for Roth spots",
    # 088 Indigenous health policy, no patients
    "Policy thread - culturally safe care across our countries, share what works\n\n"
    "Canada: Jordan's Principle (named after a First Nations child from Manitoba) means the first government contacted pays for care and sorts out jurisdiction later. Use it for equipment and travel. Also NIHB for drugs and medical travel.\n\n"
    "Australia: Close the Gap targets, Aboriginal Community Controlled Health Organisations, Medicare item 715 health checks, and Aboriginal Health Workers/Practitioners in every consult where you can.\n\n"
    "NZ: Te Tiriti o Waitangi principles, Whānau Ora, and the Māori Health Authority's work; kaupapa Māori services.\n\n"
    "US: IHS, tribal 638 clinics, and urban Indian health programs. Purchased/Referred Care rules are a maze.\n\n"
    "@fn_health_md: Jordan's Principle has been a game changer for kids' equipment\n"
    "@acchs_gp: and please book the interpreter. 'he speaks English' is not the same as 'he understands the consent'",
    # 089 PE workup
    "PE work-up in ED - our current pathway (critique welcome)\n\n"
    "1. Gestalt low + PERC negative (age <50, HR <100, SpO2 ≥95%, no haemoptysis, no oestrogen, no prior VTE, no unilateral leg swelling, no recent surgery/trauma) → stop.\n"
    "2. Otherwise Wells score or YEARS (Van der Hulle et al, Lancet 2017): no YEARS items → D-dimer <1000 excludes; ≥1 item → <500.\n"
    "3. Age-adjusted D-dimer (age x 10 µg/L over 50) - ADJUST-PE (JAMA 2014).\n"
    "4. Pregnancy: pregnancy-adapted YEARS (Artemis study, NEJM 2019). CTPA vs V/Q - discuss dose.\n"
    "5. Confirmed PE: sPESI 0 → outpatient DOAC (Hestia criteria also fine).\n"
    "6. Submassive: troponin + RV on echo/CT → watch in HDU; lysis only if deteriorates (PEITHO, NEJM 2014).\n\n"
    "@ed_consultant_gwen: add 'is it actually a PE' - we're diagnosing too many subsegmental ones\n"
    "@resp_reg_tomas: yes. and cancer screening after unprovoked PE - limited CT not recommended (SOME trial)",
    # 090 neuro eponyms teaching
    "Neuro bedside eponyms, teaching round notes\n\n"
    "- Guillain-Barré: ascending weakness, areflexia, albuminocytological dissociation. Brighton criteria for case definition. FVC <20 mL/kg = ICU.\n"
    "- Miller Fisher variant: ataxia, areflexia, ophthalmoplegia; anti-GQ1b.\n"
    "- Bell's palsy: LMN facial, forehead involved. Pred within 72 h. Ramsay Hunt if vesicles in the ear.\n"
    "- Todd's paresis: post-ictal weakness, resolves within 48 h. Still image to exclude stroke.\n"
    "- Brown-Séquard: ipsilateral weakness + proprioception loss, contralateral pain/temperature loss.\n"
    "- Horner: ptosis, miosis, anhidrosis - think carotid dissection or Pancoast.\n"
    "- Babinski, Hoffmann, Romberg, Kernig, Brudzinski - know what each actually tests.\n"
    "- Wernicke's: confusion, ataxia, ophthalmoplegia (only 10% have all three). Thiamine before glucose.\n\n"
    "@neuro_reg_ifeoma: also Lhermitte sign - electric shock down the spine with neck flexion, MS or B12",
    # 091 drug shortages
    "Shortages update - what are you doing about these?\n\n"
    "1. Benzathine penicillin G (Bicillin L-A) - US shortage again, see the FDA drug shortages list (https://www.accessdata.fda.gov/scripts/drugshortages/). Prioritise syphilis in pregnancy; doxycycline 100 mg bd x14 d for non-pregnant early syphilis.\n"
    "2. Semaglutide (Ozempic/Wegovy) - compounded versions, dosing errors reported to poison centres (units vs mL). Counsel.\n"
    "3. Amoxicillin suspension - paeds, use capsules opened into yoghurt, or tablets for older kids.\n"
    "4. Salbutamol MDIs intermittently.\n"
    "5. Lidocaine with adrenaline 1% cartridges for dental/ED.\n\n"
    "UK: SPS Medicines Supply Tool; Canada: Drug Shortages Canada; Australia: TGA Medicine Shortage Reports Database.\n\n"
    "@id_lucia: for Bicillin - the extended-release Lentocilin import (FDA-allowed temporary importation) is available, ask your pharmacy",
    # 092 vaccine catch-up
    "Catch-up MMR question, no specific kid:\n\n"
    "A child arriving from overseas with no records, aged 4. Do we restart? No - 'a dose is a dose'; if no documentation, assume unvaccinated and give 2 doses MMR at least 4 weeks apart (CDC Pink Book, chapter on MMR; Green Book chapter 21 in the UK; Australian Immunisation Handbook). Serology not routinely recommended for kids.\n\n"
    "Also: varicella 2 doses; HepB 3; DTaP/IPV per catch-up tables; MenACWY per age. Interpreter for consent.\n\n"
    "Outbreak settings: MMR from 6 months (doesn't count towards the schedule), IG for susceptible contacts within 6 days (post-exposure).\n\n"
    "CDC catch-up table: https://www.cdc.gov/vaccines/hcp/imz-schedules/child-adolescent-catch-up.html\n\n"
    "@gp_kiri: and do all the catch-up at the first visit if you can, you may not see them again",
    # 093 surgical signs and scores
    "Acute abdomen - signs and scores for the new interns\n\n"
    "Appendicitis: McBurney point tenderness, Rovsing sign, psoas and obturator signs. Alvarado score (MANTRELS) ≥7 likely; AIR score is better calibrated. Pregnancy: appendix moves up.\n"
    "Cholecystitis: Murphy sign (inspiratory arrest), Tokyo guidelines TG18 for severity. Charcot triad for cholangitis, Reynolds pentad if shock + confusion.\n"
    "Pancreatitis: revised Atlanta classification; Glasgow-Imrie or Ranson (needs 48 h); BISAP at 24 h.\n"
    "Bowel obstruction: Gastrografin challenge; CT for closed loop.\n"
    "Ischaemic bowel: pain out of proportion, lactate late.\n"
    "Operations you'll hear about: Hartmann's, Whipple, Nissen fundoplication, Roux-en-Y, Ivor Lewis, Lichtenstein mesh repair.\n\n"
    "@gen_surg_reg_amir: Cullen and Grey Turner signs too - late, but the examiners love them",
    # 094 ortho fracture eponyms
    "Fracture eponyms, the ED edition - because the ortho reg will ask\n\n"
    "Colles (dorsal angulation distal radius), Smith (volar), Barton (intra-articular rim), Chauffeur's (radial styloid).\n"
    "Monteggia (ulna fracture + radial head dislocation) vs Galeazzi (radius fracture + DRUJ disruption) - 'MUGR'.\n"
    "Bennett (intra-articular base of thumb MC, 2 fragments) vs Rolando (comminuted). Boxer's (5th MC neck).\n"
    "Lisfranc - flake at the base of 2nd MT, plantar bruising. Jones (5th MT metadiaphysis, poor healing) vs pseudo-Jones (avulsion).\n"
    "Maisonneuve - medial malleolus/deltoid + proximal fibula. Weber A/B/C by fibula level.\n"
    "Salter-Harris I-V (SALTR). Garden I-IV for NOF; Schatzker for tibial plateau; Gustilo-Anderson for open fractures (antibiotics within 1 h).\n"
    "Hill-Sachs and Bankart after shoulder dislocation.\n\n"
    "@ortho_reg_declan: yes I will ask. also Segond fracture = ACL tear until proven otherwise",
    # 095 resus teaching
    "ALS refresher (RC UK 2021 / AHA 2020):\n\n"
    "Shockable: shock, 2 min CPR, shock, CPR, shock then adrenaline 1 mg + amiodarone 300 mg, then adrenaline every 3-5 min, amiodarone 150 mg after the 5th.\n"
    "Non-shockable: adrenaline ASAP, then every 3-5 min.\n"
    "Reversible causes: 4 Hs (hypoxia, hypovolaemia, hypo/hyperkalaemia/metabolic, hypothermia) and 4 Ts (thrombosis, tension pneumothorax, tamponade, toxins).\n"
    "ETCO2 <1.33 kPa after 20 min is associated with poor outcome but don't use it alone.\n"
    "Lazarus phenomenon - ROSC after stopping CPR; observe for 5 min before confirming death.\n"
    "Breathing patterns you'll see after ROSC: Cheyne-Stokes, agonal, Kussmaul in DKA.\n"
    "Post-ROSC: TTM - avoid fever (TTM2, NEJM 2021), MAP >65, SpO2 94-98%, coronary angio if STEMI.\n\n"
    "@resus_lead_bronwyn: and please say your closed-loop comms out loud at the sim next Thursday, not just nodding",
    # 096 wellbeing post, colleagues only
    "Wellbeing Friday check-in 🌿\n\n"
    "It's been a brutal month for lots of us - winter pressures, the corridors, two colleagues off sick. A few things that have helped me and that people shared in the last check-in:\n\n"
    "- the 'three good things' exercise at the end of a shift (Sexton et al, BMJ Qual Saf 2019 - yes there's a paper)\n- Schwartz Rounds, if your trust/health service runs them\n- a peer support buddy from outside your own department\n- actually taking your leave\n\n"
    "Where to get help: your EAP, the Practitioner Health service (UK), Doctors' Health Advisory Service, the Physician Support Line (US), Doctors' Health Program (Canada), DRS4DRS (Australia). All confidential.\n\n"
    "@hope_adeyemi: thank you for starting these. Joy and I are running a walk-and-talk after handover on Thursday, all welcome\n"
    "@joy_mensah: bring trainers not shoes 😂\n"
    "@dr_faith_lee: I'll be there. and Hope - thanks for covering my night last week, I owe you",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc24-001": [{"name": "Tomasz Wierzbicki", "handle": "@prairie_em_doc"}, {"name": "Helena Kowalczyk", "handle": "@hkowalczyk_fm"}],
    "pc24-002": [{"name": "Rachel Hosking"}],
    "pc24-003": [{"name": "Jamal Turner", "handle": "@desertdoc_jt"}, {"name": "Simran Khalsa", "handle": "@skhalsa_md"}],
    "pc24-004": [{"name": "Aroha Tane"}, {"name": "Mike Donnelly"}],
    "pc24-005": [{"name": "Karen Nicolai", "handle": "@akbushdoc"}],
    "pc24-007": [{"name": "Luis Benavides", "handle": "@cactus_em"}, {"name": "Camila Ortiz", "handle": "@dr_ortiz_peds"}],
    "pc24-009": [{"name": "Peter Fehr", "handle": "@pfehr_icu"}],
    "pc24-010": [{"name": "Niamh Walsh", "handle": "@niamh_ed"}],
    "pc24-012": [{"name": "Greg Adler", "handle": "u/gasdoc44"}, {"name": "Lacey Moreno", "handle": "u/rural_pa_tx"}],
    "pc24-013": [{"name": "Eilidh Sutherland"}],
    "pc24-014": [{"name": "Harpreet Gill", "handle": "@lethbridge_idoc"}, {"name": "Tom Friesen", "handle": "@brooks_fm_tom"}],
    "pc24-016": [{"name": "Erik Lindahl", "handle": "@ortho_north"}, {"name": "Mary Sandvik", "handle": "@geri_mary"}],
    "pc24-017": [{"name": "Leilani Kim", "handle": "@big_island_id"}],
    "pc24-018": [{"name": "Travis Hoeven", "handle": "@bakken_doc"}],
    "pc24-019": [{"name": "Marisa Elizondo", "handle": "@nephro_rgv"}, {"name": "Ben Castillo", "handle": "@austin_hospitalist"}],
    "pc24-020": [{"name": "Folasade Ade", "handle": "@amu_reg_fola"}, {"name": "Rhys Morgan", "handle": "@night_sho_rhys"}],
    "pc24-021": [{"name": "Fiona Brennan", "handle": "@kimberleygp"}],
    "pc24-022": [{"name": "Tamara Fonoti", "handle": "@tamarapaeds_nz"}],
    "pc24-023": [{"name": "Hannah Burkett", "handle": "@hburkett_im"}],
    "pc24-024": [{"name": "Daniel Katz", "handle": "@ep_katz"}],
    "pc24-025": [{"name": "Kyle Ostrander", "handle": "@sk_sportsmed"}, {"name": "Wei Ling Khoo", "handle": "@drkhoo_peds"}],
    "pc24-026": [{"name": "Anjali Rao", "handle": "@abq_psych"}, {"name": "Ben Tso", "handle": "@nmsocialwork_md"}],
    "pc24-027": [{"name": "Oksana Hrynchuk", "handle": "@winnipeg_mfm"}],
    "pc24-028": [{"name": "Olu Adebowale", "handle": "@burns_reg_sx"}],
    "pc24-029": [{"name": "Marcus Pruitt", "handle": "@deltadoc_md"}, {"name": "Kate Dubois", "handle": "@rural_fm_kate"}],
    "pc24-030": [{"name": "Isla Gordon", "handle": "@aberdeen_geri"}],
    "pc24-031": [{"name": "Thomas Halcrow"}],
    "pc24-032": [{"name": "Guy Lemieux", "handle": "@mb_hyperbaric"}, {"name": "Amrit Dhillon", "handle": "@peds_icu_wpg"}],
    "pc24-033": [{"name": "Claire Sorensen", "handle": "@mt_derm"}],
    "pc24-034": [{"name": "Paul Ng", "handle": "@windsor_occmed"}],
    "pc24-035": [{"name": "Sven Aasen", "handle": "@dutch_harbor_doc"}],
    "pc24-036": [{"name": "Sinéad Conneely", "handle": "@galwaygp_sinead"}],
    "pc24-037": [{"name": "Bridie Carmody", "handle": "@fnq_tb_doc"}, {"name": "Joel Anau", "handle": "@tsids_doc"}],
    "pc24-038": [{"name": "Priya Raman"}, {"name": "Dave Whitcombe"}],
    "pc24-039": [{"name": "Sunil Varma", "handle": "@oh_doc_leics"}],
    "pc24-040": [{"name": "Margaret Boyce", "handle": "@otago_geri"}, {"name": "Jo Tuhiwai", "handle": "@nz_hospitalist_jo"}],
    "pc24-041": [{"name": "Marcus Bell", "handle": "@chi_trauma_surg"}, {"name": "Keisha Monroe", "handle": "@southside_em"}],
    "pc24-042": [{"name": "Daniel Sandoval", "handle": "@abq_ecmo"}, {"name": "Renee Tsosie", "handle": "@ihs_er_doc"}],
    "pc24-043": [{"name": "Ian MacKinnon", "handle": "@atl_plastics"}],
    "pc24-044": [{"name": "Grant Kessler", "handle": "@neb_hand_surg"}],
    "pc24-045": [{"name": "Tanya Brooks", "handle": "@nicu_hosp_atl"}],
    "pc24-046": [{"name": "Shelby Carver", "handle": "@gaswoman_tn"}],
    "pc24-047": [{"name": "Mehdi Ahmadi"}],
    "pc24-048": [{"name": "Lorne Kowalchuk", "handle": "@sask_ruralfm"}, {"name": "Hélène Roy", "handle": "@cmpa_nerd"}],
    "pc24-049": [{"name": "Julie Tremblay", "handle": "@arctic_em_doc"}, {"name": "Sanjeev Rao", "handle": "@ottawa_ecls"}],
    "pc24-050": [{"name": "Hemi Walker", "handle": "@tairawhiti_gp"}],
    "pc24-051": [{"name": "Nick Pappas", "handle": "@syd_sexhealth"}],
    "pc24-052": [{"name": "Colleen MacDonald", "handle": "@ns_palliative"}, {"name": "Alasdair Beaton", "handle": "@rural_ns_gp"}],
    "pc24-053": [{"name": "Malcolm Reid", "handle": "@ankle_rules_fan"}, {"name": "Kemi Adeyinka", "handle": "@kemi_em"}, {"name": "Ana Paula Ferreira", "handle": "@anapaula_em"}],
    "pc24-054": [{"name": "Grace Oyelowo", "handle": "@grace_cardiology"}, {"name": "Lwazi Dlamini", "handle": "@dr_lwazi"}],
    "pc24-055": [{"name": "Joy Whitaker", "handle": "@obs_joy"}, {"name": "Finlay Grant", "handle": "@obs_reg_fin"}],
    "pc24-056": [{"name": "Chinedu Okafor", "handle": "@dr_okafor_em"}, {"name": "Sanjay Mehta", "handle": "@sanjay_icu"}],
    "pc24-057": [{"name": "Tom Becker", "handle": "@tom_ecg_nerd"}, {"name": "Priya Nair", "handle": "@priya_ed_educator"}],
    "pc24-058": [{"name": "Jess Whitford", "handle": "@top_end_gp"}],
    "pc24-059": [{"name": "Neha Kapoor", "handle": "@neha_em"}, {"name": "Rob Fairweather", "handle": "@rob_emreg"}],
    "pc24-060": [{"name": "Ciarán Doyle", "handle": "@ciaran_fy2"}, {"name": "Hannah Price", "handle": "@hannah_sho"}],
    "pc24-061": [{"name": "Nadia Haddad", "handle": "@lab_med_nadia"}],
    "pc24-062": [{"name": "Sam Okoro"}, {"name": "Grace Liu"}, {"name": "Joy Ampofo"}, {"name": "Deepak Menon"}],
    "pc24-063": [{"name": "Farah Siddiqui", "handle": "@mm_lead_farah"}],
    "pc24-064": [{"name": "Rachel Stein", "handle": "@oncology_mo_rachel"}],
    "pc24-065": [{"name": "Eoin Kavanagh", "handle": "@hist_of_med_eoin"}, {"name": "Olu Bankole", "handle": "@olu_haem"}],
    "pc24-066": [{"name": "Zainab Musa", "handle": "@zainab_id"}],
    "pc24-067": [{"name": "Maeve Lynch", "handle": "@derm_reg_maeve"}, {"name": "Hope Carter", "handle": "@gp_hope"}],
    "pc24-068": [{"name": "Kofi Mensah", "handle": "@trauma_kofi"}],
    "pc24-069": [{"name": "Inês Carvalho", "handle": "@ed_comms_ines"}],
    "pc24-070": [{"name": "Lara Novak", "handle": "@peds_em_lara"}, {"name": "Ravi Subramaniam", "handle": "@neonat_ravi"}],
    "pc24-071": [{"name": "Wei Zhang", "handle": "@tox_wei"}],
    "pc24-072": [{"name": "Kate Munro", "handle": "@bush_doc_kate"}, {"name": "Andrew Tully", "handle": "@ruralgenerallist"}, {"name": "Dana Wiebe", "handle": "@prairie_fp"}],
    "pc24-073": [{"name": "Sefa Leiataua", "handle": "@pacific_gp_sefa"}],
    "pc24-074": [{"name": "Tariq Hussain", "handle": "@gp_liaison_tariq"}, {"name": "Beatriz Solano", "handle": "@hospitalist_bea"}],
    "pc24-075": [{"name": "Weng Lim", "handle": "@gi_dr_weng"}],
    "pc24-076": [{"name": "Mo Tahir", "handle": "@icu_mo_tahir"}, {"name": "Pieter Achterberg", "handle": "@dr_achterberg"}],
    "pc24-077": [{"name": "Kwame Asante", "handle": "@psych_reg_kwame"}],
    "pc24-078": [{"name": "Ayesha Qureshi", "handle": "@biostat_ayesha"}],
    "pc24-079": [{"name": "Sarah Whelan", "handle": "@occ_lung_sarah"}],
    "pc24-080": [{"name": "Aroha Smith", "handle": "@obs_aroha_s"}],
    "pc24-081": [{"name": "Tessa Kemp", "handle": "@rhd_doc_tessa"}],
    "pc24-082": [{"name": "Nilufar Rahman", "handle": "@travel_doc_nilufar"}],
    "pc24-083": [{"name": "Kerry Boyd", "handle": "@nephro_kerry"}],
    "pc24-084": [{"name": "Fatima Bello", "handle": "@endo_reg_fatima"}],
    "pc24-085": [{"name": "Noor Aziz", "handle": "@fy1_noor"}],
    "pc24-086": [{"name": "Marcus Lowe", "handle": "u/hospitalist_htx"}, {"name": "Jenna Park", "handle": "u/im_pgy2"}, {"name": "Alan Fogarty", "handle": "u/cmio_throwaway"}],
    "pc24-087": [{"name": "Ji-woo Park", "handle": "@card_fellow_ji"}, {"name": "Mina Haddadi", "handle": "@id_consult_mina"}],
    "pc24-088": [{"name": "Cheryl Bearspaw", "handle": "@fn_health_md"}, {"name": "Liam O'Brien", "handle": "@acchs_gp"}],
    "pc24-089": [{"name": "Gwen Pryce", "handle": "@ed_consultant_gwen"}, {"name": "Tomás Ruiz", "handle": "@resp_reg_tomas"}],
    "pc24-090": [{"name": "Ifeoma Eze", "handle": "@neuro_reg_ifeoma"}],
    "pc24-091": [{"name": "Lucia Romano", "handle": "@id_lucia"}],
    "pc24-092": [{"name": "Kiri Parata", "handle": "@gp_kiri"}],
    "pc24-093": [{"name": "Amir Haddad", "handle": "@gen_surg_reg_amir"}],
    "pc24-094": [{"name": "Declan Moore", "handle": "@ortho_reg_declan"}],
    "pc24-095": [{"name": "Bronwyn Jones", "handle": "@resus_lead_bronwyn"}],
    "pc24-096": [{"name": "Hope Adeyemi", "handle": "@hope_adeyemi"}, {"name": "Joy Mensah", "handle": "@joy_mensah"}, {"name": "Faith Lee", "handle": "@dr_faith_lee"}],
}

build, render, main = first_set.blind_set(
    "pc24", Path(__file__).with_name("physician_cases_24.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
