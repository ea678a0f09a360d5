# ruff: noqa: E501, RUF001, W291 (the notes are data, with the symbols people type, trailing spaces included)
"""Blind test set 22: 96 invented physician posts for clinnet, 52 with PHI and 44 without.

Written blind: the author read only the docstring, ``TAGS`` and ``_MARK`` of
``make_physician_cases.py`` and its parser and build helpers, and nothing else of the
project (no detector, no tests, no other set). Every patient, relative, clinician, place
of work, address and number is invented; real towns, counties, districts, regions and
countries appear only as places. US and Canadian phones use 555-01xx, UK mobiles
07700 900xxx, Australian mobiles the 0491 57x fictional numbers, Irish and New Zealand
numbers carry a 555 block, IPs the documentation ranges; email and web domains are made up.

The mix: physicians in the rural and urban United States (the Delta, Appalachia, the
Navajo, Crow and Cherokee Nations, the Mountain West, the border, big cities), Canada
(Quebec in French, Nunavut, the NWT, the north of Ontario, the Prairies, BC), England,
Scotland (Highlands, Islands, Glasgow), Wales, Northern Ireland, Ireland, Australia (NT,
WA, Queensland, Victoria, NSW) and New Zealand, with migrants, students, seasonal
workers and tourists seen there. Kinds: Reddit/Sermo/Figure 1-style posts, polls and
threads with replies, pasted WhatsApp/Teams chats, tumour boards and MDTs, M&M write-ups,
pasted discharge, clinic, referral and consult letters, handover and sign-out lists,
ED/ICU boards, phone-typed lower-case replies, dictated text with recognition errors,
ALL-CAPS pastes from old systems, journal-club posts. The PHI-free notes are built from
look-alikes: eponyms, place-named diseases and rules, scores written as fractions, UK
duration shorthand (2/7, 3/52, 6/12), doses and labs, trial names, citations with years,
DOIs and PMIDs, public guideline links, ICD/CPT codes, bed and unit numbers, countries,
states, provinces and regions, and colleagues of the network addressing each other.

Conventions followed beyond the tag table:
- Colleagues taking part in a thread (posters, repliers, chat speakers, MDT attendees
  who speak, the author of a letter they paste themselves) are network members, listed
  in ``MEMBERS`` and never tagged, even when their names are ordinary words or their
  handles contain a place; a patient or relative who shares a member's surname is tagged.
- Lay people named about the patient who are not relatives (neighbours, foremen,
  supervisors, teachers, friends, station cooks, priests, pastors, ministers) are REL.
- Clinicians named but not in the thread (GPs, consultants who signed a letter, nurses,
  CHRs, interpreters, peer workers, paramedics) are HCP; their bleeps are PAGER and their
  GMC/IMC registration numbers LIC.
- A name with a quoted nickname inside it is three spans (given name, nickname, surname);
  initials standing for a person are that person.
- Dates in chat timestamps are tagged (they date the encounter); clock times, weekdays,
  durations ("3/7", "x2 weeks") and relative words ("yesterday") are not.
- In dictated text, numbers and dates spoken as words are tagged like digits, and a name
  or place the recogniser garbled is tagged as what it stands for.
- A month alone, a day-of-month alone, a season with a year and a holiday that dates an
  event are DATE; a birth year of someone over 89 is DATE; other lone years are YEAR.
- NHS, CHI, H&C, NHI, Medicare, Medicaid, ADAP, Irish medical card, county indigent
  card, overseas-student cover, provincial health-card (RAMQ, OHIP, PHN, PHIN) and
  insurer/travel-insurance numbers are PLAN; national insurance, PPS, SIN, status-card,
  tribal enrolment, passport, visa, A-numbers, student, claim and police-report numbers
  are ID; hospital and clinic chart numbers are MRN; billing accounts are ACCT.
- Spans exclude the label before a number ("MRN", "NHS no", "ph", "bleep", "ext").
- Named care homes, shelters, mines, camps run as workplaces, marae, stomp grounds,
  churches, mosques, pubs, clubs, farms and stations are FAC with their generic word when
  it is part of the name; numbered units and bays are not tagged, named wards are FAC.
- Townlands, housing schemes, estates, halting sites, caravan parks, colonias, sheep and
  fishing camps, outstations, traditional areas (the Rosses) and neighbourhoods are PLACE;
  cities, villages and First Nations or Inuit communities are TOWN, including the city a
  patient is transferred to; parishes (Louisiana), boroughs and districts are COUNTY.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Reddit thread, Mississippi Delta
    """\
r/medicine • posted by u/deltadoc_ms • 5h
Weird hyperK from our 12-bed ED last night, want a sanity check. [[AGE:92]]F brought in by her neighbor [[REL:Earlene]] from out past [[TOWN:Itta Bena]], found on the kitchen floor, LKW "after Wheel of Fortune". Pt is Mrs [[PT:Rose Bishop]], taught 3rd grade at [[FAC:Davis Elementary]] for 40 yrs so half of [[COUNTY:Leflore County]] followed her in lol. K 7.1, Cr 4.2 (1.1 in [[DATE:March]]), peaked T's, HR 38 junctional. Urgent care had started Bactrim DS for a UTI on the [[DATE:9th]], on top of lisinopril 20 and spironolactone 25. Calcium gluconate x3, insulin/D50, albuterol neb, bicarb, pads on. Called [[FAC:UMMC]], no beds, so she flew to [[FAC:Methodist]] in [[TOWN:Memphis]]. Talking and fussing at the nurses this morning.
Lesson: TMP-SMX + ACEi + MRA in a [[AGE:ninety-two]] y/o is a setup. Tell your urgent cares.

↳ u/bayoukid_md: trimethoprim is basically amiloride. seen it 3x this yr. glad she made it
↳ u/deltadoc_ms: @bayoukid_md yep. her son [[REL:Dwayne]] drove up from [[TOWN:Jackson]] and said she'd been "feelin puny" since the [[DATE:4th of July]] fish fry at [[FAC:Shady Grove Missionary Baptist]]
↳ u/pinebluff_er: ours did the same w/ a 70yo on entresto. pharmacy now flags it. [[PT:rose]] is a tough lady, hope she's back home soon
↳ u/cajun_hospitalist: also check a CK, she was on the floor who knows how long
↳ u/deltadoc_ms: CK 2400, fluids going. she told the flight nurse she'd been down "since the news came on"
↳ u/pinebluff_er: the real story is the nearest ICU bed being 2.5 hrs away. how long was the flight?
↳ u/deltadoc_ms: 55 min wheels up to wheels down, ~3h door to door. her granddaughter [[REL:Tameka]] is a nurse at [[FAC:Methodist]] so she met the helicopter on the pad lol
↳ u/bayoukid_md: small world. fwiw we now put a K+ check 3-5 days after any new TMP-SMX script in pts on ACEi/ARB/MRA. the Antoniou papers (BMJ 2011, CMAJ 2015) on sudden death w/ TMP-SMX + spironolactone convinced our P&T committee
↳ u/deltadoc_ms: stealing that. update: K 4.6 today, HR 70s, she's asking when she can get back to her garden club at [[FAC:First Presbyterian]] 😂""",
    # 002 pasted group chat, Navajo Nation
    """\
[06:52] Lena Tsinajinnie: anyone covering peds today? 4yo from [[TOWN:Rough Rock]], grandma [[REL:Mae Begay]] brought him in. 6 days fever, strawberry tongue, cracked lips, hands puffy, bilat conj injection no pus
[06:54] Marcus Holt: thats kawasaki till proven otherwise. echo?
[06:55] Lena Tsinajinnie: no echo here obviously lol. pt is [[PT:Kordell Yazzie]] DOB [[DATE:2/11/2021]], chart [[MRN:CH-0418827]]. CRP 14, plt 480, alb 2.9
[06:57] Marcus Holt: call [[FAC:PCH]] cards, they'll want him. IVIG 2g/kg + ASA
[07:03] Lena Tsinajinnie: grandma says family is at the summer sheep camp by [[PLACE:Blue Gap]], no service out there, mom is [[REL:Shawna]] cell [[PHONE:(928) 555-0147]] but she's working at the [[FAC:Chinle Trading Post]] till 4
[07:05] Marcus Holt: ok. fixed wing or ground to [[TOWN:Gallup]] then on?
[07:11] Lena Tsinajinnie: fixed wing, weather ok. CHR [[HCP:Delbert Nez]] will drive out to the camp and check on the 2 sibs
[07:12] Lena Tsinajinnie: also he had covid in [[DATE:January]] per grandma so MIS-C on the ddx, sending troponin + BNP + ferritin
[07:14] Marcus Holt: 👍 good call. send me the echo when they do it, I'll follow up w/ Dr. [[HCP:Wauneka]] for the coronaries at 6 wk""",
    # 003 handover list, Highlands
    """\
MED RECEIVING HANDOVER Sat night -> Sun (pls update before 0830 huddle)

Bed 4 - [[PT:MACKENZIE, Morag]], [[AGE:94]], CHI [[PLAN:1203309942]]. From [[FAC:Dunvegan House care home]], [[TOWN:Portree]]. Fall + ?#NOF, ortho aware, for theatre Mon if fit. DNACPR in notes. Niece [[REL:Catriona]] NOK, ph [[PHONE:07700 900311]]. NBM from midnight.
Bed 7 - [[PT:Dòmhnall]] "[[PT:Donnie]]" [[PT:MacLeòid]], 79, CAP CURB 3, on IV co-amox + clari. Gaelic first language, gets confused at night, dtr will come from [[TOWN:Broadford]] am. GP Dr [[HCP:Fraser]] at [[FAC:Kyleakin surgery]] faxed his meds list.
Bed 9 - [[PT:DK]] (Mr [[PT:Kowalczyk]]), 52, alcohol w/drawal, CIWA 14 at 2200, on reducing chlordiazepoxide. Works on the [[FAC:Uig ferry]]. Pabrinex done x2. Watch for Wernicke.
Bed 12 - [[PT:Isla Grant]], 23, DKA day 2, off FRIII at 1900, BMs ok. Discharge Sun if eating, DSN [[HCP:Shona]] to see.
Side room 2 - Mr [[PT:Rennie]], 88, C diff, isolate, on PO vanc. Wife [[REL:Agnes]] visits daily, v anxious.
Jobs: chase Bed 4 INR, bleep ortho SHO [[PAGER:4471]] if Hb < 90, rpt U&E Bed 7 at 0600.
Reg on tonight: [[HCP:Euan]] (bleep [[PAGER:4402]]). Bed 4 admitted Thurs [[DATE:14/11]], Bed 7 on the [[DATE:15th]].""",
    # 004 Quebec consult in French, replies in English
    """\
Collègues, avis svp (je traduis en bas pour les anglos).
Mme [[PT:Geneviève Bélanger]], [[AGE:91]] ans, RAMQ [[PLAN:BELG 3361 2811]], hébergée au [[FAC:CHSLD Saint-Joachim]] à [[TOWN:Alma]]. Transférée à notre urgence le [[DATE:3 février]] pour hyponatrémie à 114, confusion, chutes x2. Début de citalopram en [[DATE:décembre]] par le médecin traitant (Dre [[HCP:Tremblay]]). Osm urinaire 480, Na urinaire 52, TSH et cortisol N. SIADH probable. Restriction hydrique, arrêt du citalopram, Na 121 à 24 h — correction ok, pas > 8/24h.
Sa fille [[REL:Chantal Gagnon]] ([[PHONE:418-555-0139]]) demande si on peut reprendre un antidépresseur; elle est très déprimée depuis le décès de son mari à [[DATE:Noël]].
EN: [[AGE:91]]F from a long-term care home, citalopram-induced SIADH, Na 114 → 121. Daughter wants her back on something for depression. Mirtazapine? Nothing?

— Réponse de Dr Olivier Paquette: mirtazapine 7.5 hs, moins de SIADH que les ISRS mais ça arrive quand même. Na à J3, J7, J14.
— Reply from Ann-Marie Kowalski: agree, and consider the CHSLD's activity program before more pills. Also check her hearing aids, that helped one of mine more than any drug.
— Olivier Paquette: +1. Et Madame [[PT:Bélanger]] mérite une consultation en gériatrie, on a une bonne équipe à [[TOWN:Chicoutimi]].""",
    # 005 Appalachia, lower-case phone-typed thread
    """\
anyone else seeing more right sided endocarditis in teenagers?? had a 19yo this wk, [[PT:jessie ray combs]] from up [[PLACE:Caney Fork]] outside [[TOWN:hindman]]. IVDU (meth + bupe off the street), TV veg 1.8cm, septic emboli both lungs, MSSA. mamaw [[REL:Opal]] raised him, she brought him in in the back of her truck bc the ambulance was 50 min out. they want him to go to [[FAC:UK]] for surgery eval but he said he'd leave AMA before he went to [[TOWN:lexington]]

reply from kyruralfp: ugh. is he on bup? start him on real suboxone in house + cefazolin, get addiction med involved, and ask him what he wants. we had [[PT:bub]] (you know the one) do 6 wks of iv abx at [[FAC:ARH]] with a PICC and it actually worked bc we didnt kick him out

reply from appalachian_id_doc: cefazolin 2g q8 x 6 wk if no surgery. if you can get him to the [[FAC:Hazard ARH]] ID clinic on the [[DATE:22nd]] I'll see him myself. also test hep C, his girlfriend [[REL:Kaylee]] should get tested too

reply from OP: thx both. he works at the [[FAC:Elk Horn #4]] mine when hes clean and his foreman [[REL:Dale Slone]] called to see if he was ok which honestly made me tear up a lil. will update""",
    # 006 tumour board, Belfast
    """\
Upper GI MDM - [[FAC:RVH]] - Tue [[DATE:8 Oct 2024]]
Present: Mr C. Devlin (chair, surg), Dr S. Ní Chathail (onc), Dr R. Agarwal (rads), Dr P. McAuley (path), CNS [[HCP:Lorna]]

1. [[PT:McCARTAN, Seamus]] H&C [[PLAN:320 471 8856]], 71M, [[TOWN:Newry]]. OGD at [[FAC:Daisy Hill]] [[DATE:12/09]] - 4cm GOJ tumour Siewert II, bx adenoCa, HER2 neg. CT TAP: cT3N1, no mets. PET [[DATE:27/9]]: nil distant.
Outcome: FLOT x4 then re-stage, then Ivor Lewis. Refer to Dr [[HCP:Ferris]] for pre-hab. Wife [[REL:Bernadette]] to attend clinic.
Devlin: fit enough? - Agarwal: PS 1, walks his dog round [[PLACE:Ballybot]] daily per GP letter.

2. [[PT:J.D.]] (Mr [[PT:Doherty]]), 84M, [[TOWN:Strabane]], H&C [[PLAN:452 190 6613]]. Gastric body ulcer, bx LGD. Outcome: rpt OGD + bx 6/52 at [[FAC:Altnagelvin]], PPI high dose.

3. [[PT:Roisin Quigley]], 58F, [[TOWN:Lisburn]]. Pancreatic head mass 2.9cm, abutting SMV <180°. CA19-9 410. Outcome: borderline resectable, for neoadjuvant FOLFIRINOX. Ní Chathail: she's a teacher at [[FAC:Friends' School]] and wants to keep working - discuss at clinic.
McAuley: path on #2 back Friday [[DATE:11th]], will check.""",
    # 007 M&M write-up, Central Australia
    """\
M&M - Central Australia remote medicine - case 3 of 4 (deidentified-ish, pls don't forward)

Pt: [[PT:Nellie N.]], 34F, from [[TOWN:Yuendumu]], staying at [[PLACE:Jila Well outstation]] with her mother's sister [[REL:Daisy Napaljarri]] over the wet. Medicare [[PLAN:2953 61847 1]], [[FAC:ASH]] UR [[MRN:A0472913]].
Timeline:
- [[DATE:26/12/23]] ([[DATE:Boxing Day]]): seen by AHP [[HCP:Rosalie Jupurrurla]] at the [[FAC:Yuendumu clinic]] - fever, cough, pleuritic pain. Ceftriaxone IM given, plan review next day.
- [[DATE:27/12]]: did not attend; road to outstation cut by rain.
- [[DATE:29/12]]: brought in by [[FAC:Warlpiri Rangers]] vehicle, SpO2 84% RA, RR 36, lactate 5. Melioidosis suspected (diabetes, kava? no; grog yes).
- RFDS retrieval to [[FAC:ASH]] delayed 9 hrs (airstrip lights, weather). ICU, meropenem, B. pseudomallei grew in BC x2 on [[DATE:31/12]].
- Survived. Discharged [[DATE:2 Feb]] on TMP-SMX eradication.
Learning points:
1. Melioid in the wet season = meropenem early, not ceftriaxone.
2. Our recall system relies on phones; her mob [[PHONE:0491 570 313]] was out of credit. We now send a ranger or ask the store ([[FAC:Yuendumu Social Club]] shop) to pass msgs.
3. Cultural safety: the interpreter [[HCP:Bess Nungarrayi]] made the consent conversation possible. Book interpreters early.
Presented by: Tom Whitfield (GP registrar) & Dr Kirsty Anand (SMO)""",
    # 008 discharge letter, Cornwall
    """\
pasting the letter we got, because the anticoag plan in it seems wrong to me - thoughts?

---
[[FAC:Royal Cornwall Hospitals NHS Trust]] - Discharge Summary
Patient: Mr [[PT:Jory Trebilcock]]   DOB: [[DATE:19/07/1948]]   NHS No: [[PLAN:485 777 3456]]   Hosp No: [[MRN:T2047719]]
Address: [[STREET:4 Chapel Row]], [[TOWN:St Just]], [[TOWN:Penzance]] [[ZIP:TR19 7ZQ]]
GP: Dr [[HCP:M. Pascoe]], [[FAC:Cape Cornwall Surgery]]
Admitted: [[DATE:02/02/2025]]   Discharged: [[DATE:09/02/2025]]   Ward: [[FAC:Wheal Agar ward]]
Diagnosis: Acute PE (segmental, bilat), provoked? (long drive back from [[TOWN:Plymouth]] after brother's funeral), new AF.
Meds on d/c: Apixaban 10mg BD x 7/7 then 5mg BD - "review at 3/12"; bisoprolol 2.5mg OD; ramipril STOPPED (AKI, eGFR 38).
Follow-up: anticoag clinic, echo as OP, GP to repeat U&E in 1/52.
Signed: Dr [[HCP:Kerenza Hocking]], FY2, GMC [[LIC:7145992]]
---

He's 76, 58kg, Cr 168. So AF + PE, and the letter says "review at 3/12" like he'd stop. He has AF, surely lifelong? And dose reduce for 2 of 3 criteria? (age <80 so only weight + Cr.) His wife [[REL:Morwenna]] asked me at the [[FAC:St Just Co-op]] on Saturday and I didn't have a good answer.

Reply - Dr Hannah Cole: Apixaban AF dose reduction needs 2 of 3: age ≥80, wt ≤60, Cr ≥133. He has 2 (wt 58, Cr 168) so 2.5 BD for AF - BUT while treating acute VTE you use VTE dosing, no reduction. So 5 BD to 3-6/12, then AF dose lifelong. Letter is incomplete, not wrong. Ring the team.""",
    # 009 ICU board, Chicago
    """\
MICU BOARD 0700 (copy from the whiteboard pic since the pic has names)

1 [[PT:WASHINGTON, Dorothy]] 67F MRN [[MRN:0088214576]] - septic shock urosource, levo 0.12, vaso on, CRRT. Dtr [[REL:Keisha]] is HCPOA, [[PHONE:773-555-0121]]. Lives [[PLACE:Englewood]], goes to [[FAC:Greater Harvest MB Church]].
2 [[PT:Gómez-Ruiz, Alejandro]] 24M GSW abd x2 @ [[STREET:26th and Pulaski]] [[DATE:9/14]] ~0200, ex-lap x2, open abd, police want to talk - say no until SICU team ok.
3 [[PT:Tadeusz]] "[[PT:Teddy]]" [[PT:Nowicki]] 81M - pneumonia, trach/PEG discussion today, wife [[REL:Halina]] speaks polish only, interpreter line. Worked 40 yrs at [[FAC:Pullman Tool & Die]].
4 EMPTY (clean)
5 [[PT:Bashir, Amina]] 33F 22wk G3P2 - DKA, OB following, pager [[PAGER:7-3381]] for OB senior. Lives in [[PLACE:Albany Park]].
6 [[PT:J.W.]] 58M - EtOH hepatitis, MDF 64, pred? Hx of ICU stay [[DATE:Christmas 2022]] for same. Bro [[REL:Terrence]] visits.
Attending today: Dr [[HCP:Okonkwo-Reyes]]. Fellow: [[HCP:Priya]].
notes: bed 3 family mtg 2pm, their priest Fr [[REL:Mike Kowal]] from [[FAC:St. Hyacinth]] to attend""",
    # 010 Sermo-style poll, Wyoming
    """\
POLL 🐍 Prairie rattler, how much antivenom would you give?

Critical access hosp in [[COUNTY:Washakie County]], 2 docs + 1 PA for the whole county. Pt is a 71M rancher, goes by [[PT:Buck]] ([[PT:Lyle Ostrander]] on the chart), bitten on R hand moving hay bales at the [[FAC:Bar T Ranch]] out toward [[TOWN:Ten Sleep]] at ~1600 on the [[DATE:3rd of July]]. Hand + forearm swelling progressing past wrist in 1 hr, plt 88, fibrinogen 110, INR 1.6. No systemic sx. Wife [[REL:Marlene]] drove him 45 min in the pickup (WY plate [[PLATE:9-4417R]]) with the hand out the window "to cool it" 🙄. He wants to be home for the [[DATE:4th]] because he's the announcer at the [[FAC:Ten Sleep rodeo]].

A) CroFab 4-6 vials, reassess
B) Anavip 10 vials
C) watch and repeat labs q4h
D) transfer to [[FAC:Wyoming Medical Center]] in [[TOWN:Casper]] first

Results (n=212): A 58% · B 27% · C 6% · D 9%

Comments
Dr. Samantha Ruiz (EM, AZ): B. Anavip has less late coagulopathy recurrence. Either is fine if you actually give it early.
Dr. Jed Halvorsen (FM, MT): A, and keep him. Don't send him 2hrs down the road with plt 88. Also tell [[PT:buck]] no rodeo lol
Dr. Samantha Ruiz: @Jed Halvorsen 😂 agree, and recheck labs 2-4 days after d/c for recurrence.""",
    # 011 Figure 1-style post, Northland NZ
    """\
📷 [image: lower leg, annular lesion w/ central clearing + satellite pustules]
Caption: 9yo from [[TOWN:Kaitaia]], school sores not settling after 2 courses of fluclox. Koro ([[REL:Hōne]]) says the whole whānau has it, they live at the papakāinga behind [[FAC:Te Rarawa marae]] on [[STREET:Ōturu Road]]. Kid is [[PT:Aroha Wihongi]], NHI [[PLAN:ZAC4827]], first seen [[DATE:Waitangi Day]] at the [[FAC:Kaitaia Hospital]] ED, then GP at [[FAC:Te Hiku Hauora]] twice.
Thinking tinea incognito (steroid cream from the chemist) vs impetigo vs both. Also worried re ARF risk given strep skin in Northland.

Comments:
@drtui_nz: scrape it. tinea + secondary impetigo is super common here. Also throat swab and ASOT given rheumatic fever rates up north. Ka pai for thinking of it.
@kiwi_derm: agree w/ Tui. Terbinafine for kids weight-based + stop the steroid. Treat the household or it'll bounce back. If public health nurse [[HCP:Mere]] is still up there she'll sort the household
@drtui_nz: [[PT:Aroha]]'s mum [[REL:Kiri]] is lovely and will do it if someone explains it properly, in te reo if poss""",
    # 012 GP referral letter, West Cork
    """\
Referral letter from the practice, pasting for the surgical regs because nobody replied to the fax.

[[FAC:Bantry Medical Centre]], [[STREET:Main Street]], [[TOWN:Bantry]], Co. [[COUNTY:Cork]] [[ZIP:P75 XK29]]
Tel [[PHONE:027 555 0163]]  Fax [[FAX:027 555 0164]]
Date: [[DATE:28 December 2024]]
To: Surgical Registrar on call, [[FAC:CUH]]

Re: [[PT:Siobhán Ní Mhurchú]], DOB [[DATE:04/05/1961]], [[PLACE:Dromkeal]], [[TOWN:Coomhola]]. Medical card [[PLAN:8871 4420 H]]. PPSN [[ID:6754321WA]].

Dear Colleague,
Thank you for seeing this 63-year-old farmer with 10 days of intermittent RUQ pain, worse after the dinner on [[DATE:St Stephen's Day]], now jaundiced since yesterday. Bili 68, ALP 410, GGT 520, WCC 13.1. Temp 38.2 in surgery. US at [[FAC:Bantry General]] not available until [[DATE:January 6th]]. Query choledocholithiasis / cholangitis.
She lives alone on the farm with 40 sucklers; her neighbour [[REL:Donal O'Sullivan]] ([[PHONE:086 555 0172]]) will drive her in and mind the cattle. She's fretting about her son [[REL:Cian]] coming home from [[TOWN:Boston]] next week.
PMH: T2DM on metformin, HTN. NKDA.
Yours sincerely,
Dr [[HCP:Aoife Ó Dónaill]] MICGP, IMC reg [[LIC:412907]]

---
Reg on call (Kevin Brennan): saw her, MRCP shows 8mm CBD stone, ERCP tmrw. Thx for posting.""",
    # 013 overnight sign-out, NYC, Spanish + English
    """\
sign-out 7p, gen med team C

- [[PT:Peña Ríos, José Ángel]] 29M, rm 14B. Arrived from Venezuela via Darién ~[[DATE:Aug]], staying at [[FAC:Randall's Island HERRC]] shelter. Dx: cutaneous leish on shin (PCR sent to CDC [[DATE:10/3]]), + latent TB. Medicaid pending, emergency Medicaid # [[PLAN:TZ48213K]]. A-number [[ID:A-219-554-087]] (for the legal clinic, not for us). Speaks Spanish only; cousin [[REL:Yorgelis]] [[PHONE:646-555-0193]] translates but pls use the line. To do: f/u ID rec for miltefosine vs. local tx.
- Mrs. [[PT:Abernathy]] 88F rm 16, hip fx POD2, delirium better, sitter d/c'd. Dtr [[REL:Carol]] wants to talk SNF at [[FAC:Cabrini Rehab]], CM aware.
- [[PT:Kwame Boateng]] 61M rm 19, HFrEF EF 20, diuresing, -2.1L today, Cr stable 1.4. Drives for [[FAC:Blue Apple Livery]], worried about his TLC license [[LIC:5491203]] lapsing. PT eval.
- [[PT:Li Mei]] (ms. [[PT:Li]]) 47F rm 22, new AML? smear w/ blasts, heme aware. Daughter [[REL:Jenny]] at [[FAC:Stuyvesant High]], wants updates by text.
if anything: pgr [[PAGER:917-555-0108]] (me till 9p), then night float""",
    # 014 Wales, pasted own referral letter + replies
    """\
Q for the rheum folk / anyone in a bilingual practice. Pasting my own letter to the hosp because I'm second-guessing myself.

Annwyl Dr [[HCP:Gruffydd]],
Re: Mr [[PT:Dafydd ap Rhys]], [[FAC:Fferm Tŷ Gwyn]], [[TOWN:Llanuwchllyn]], [[TOWN:Bala]] [[ZIP:LL23 7UQ]]. DOB [[DATE:11.03.1957]]. NHS [[PLAN:687 219 4401]]. Ffôn [[PHONE:07700 900582]].
I saw this 67-year-old sheep farmer (Welsh first language) on Dydd Llun [[DATE:17 Mawrth]] with 3 weeks of bilateral shoulder and hip girdle pain, stiffness >1 hr in the mornings, can't lift the ramp onto the quad bike trailer. ESR 62, CRP 48, CK normal, RF/CCP neg. He also reports a new R temporal headache and jaw pain when chewing his dinner, no visual sx. I have started prednisolone 40mg today given the jaw claudication and would be grateful for the fast-track GCA pathway / TA ultrasound at [[FAC:Ysbyty Gwynedd]].
He has been lambing since [[DATE:St David's Day]] so the timing is awful for him; his nephew [[REL:Iolo]] is covering the farm.
Yn gywir,
Dr Elin Vaughan, [[FAC:Meddygfa'r Llan]]

Replies
Gareth Pritchard (rheum): Right call. 40mg without visual sx is fine; ring us and we'll see him same week. Don't drop to a PMR dose because the PMR bit is louder.
Rhiannon Beddoe: we had the same lambing-season issue last year. Steroid card, bone protection, sick day rules, and tell him to stop if he gets any visual blur and come straight in.
Elin Vaughan: diolch both, rang the FT line, he's booked.""",
    # 015 Teams chat, Nunavut
    """\
pasted from our Qikiqtani on-call chat (docs' names left in, closed group)
[02:14] Nadia Berthiaume: call from [[FAC:Pangnirtung health centre]], nurse [[HCP:Leah Kilabuk]]. 58F [[PT:Annie Qaunaq]], crushing CP x40 min, STE II III aVF on the faxed ECG. nearest cath lab is a 2000 km flight lol
[02:15] Nadia Berthiaume: HC# [[PLAN:111492388]], DOB [[DATE:1966-08-19]], our chart [[MRN:QG-20558]]
[02:16] Sam Okafor: TNK weight-based, she's ~70kg so 40mg. any contraindications? recent surgery, bleeding, stroke?
[02:18] Nadia Berthiaume: none. daughter [[REL:Oopah]] says she was fine at the [[DATE:Nunavut Day]] games, then tired since. husband [[REL:Jaco]] is out on the land near [[PLACE:Kingnait]], no reply on the sat phone
[02:21] Sam Okafor: give it. medevac to [[FAC:QGH]] then south to [[FAC:Ottawa Heart]] for angio. interpreter?
[02:22] Nadia Berthiaume: [[HCP:Jeannie]] is interpreting, pt is unilingual Inuktitut
[03:40] Sam Okafor: reperfused, ~60% STE resolution. medevac ETA 0630 weather permitting. pls doc TNK time 02:29
[03:41] Nadia Berthiaume: done. she asked us to call her sister [[REL:Martha Akpalialuk]] at the [[FAC:Iqaluit Elders Qammaq]] so someone meets the plane""",
    # 016 WhatsApp paste, Sydney
    """\
[[[DATE:14/3/25]], 2:17 am] Ravi Menon: resus 2, 22M from the dance festival at [[FAC:Sydney Olympic Park]], T 41.8, HR 170, GCS 9, jaw clenching. mate says 2 caps + "something in a fish"
[[[DATE:14/3/25]], 2:18 am] Ravi Menon: name on his wristband [[PT:Lachlan Pham]], no wallet, no phone
[[[DATE:14/3/25]], 2:19 am] Georgia Whitlock: ice bath, tube early, big benzos, avoid sux if K up. check Na
[[[DATE:14/3/25]], 2:25 am] Ravi Menon: Na 121, CK 8000, K 5.9. giving 3% saline 100ml
[[[DATE:14/3/25]], 2:31 am] Georgia Whitlock: good. cyprohep via NGT once tubed. ICU reg [[HCP:Tomasz]] on his way
[[[DATE:14/3/25]], 3:10 am] Ravi Menon: mate [[REL:Brody]] rang his mum, she's driving up from [[TOWN:Wollongong]], her mob [[PHONE:0491 570 159]]
[[[DATE:14/3/25]], 3:12 am] Ravi Menon: [[PT:lachie]] apparently an apprentice at [[FAC:Chullora Tyre & Auto]], lives in [[PLACE:Lakemba]] with his nan
[[[DATE:14/3/25]], 3:13 am] Georgia Whitlock: can you get police to stop the ppl at the gate handing out those fish? 3 more in triage from the same stall
[[[DATE:15/3/25]], 7:45 am] Ravi Menon: update: extubated, talking, CK peaked 41k, kidneys ok, Na 136. he says thanks to georgia for the ice bath lol""",
    # 017 fly-in First Nation, northwestern Ontario
    """\
NW Ontario fly-in, looking for peds ID input at 3am because the weather has us stuck.
11 mo boy, [[PT:Tristan Kakegamic]], from [[TOWN:Kitchenuhmaykoosib]], seen at the [[FAC:KI nursing station]] by nurse [[HCP:Renée Audet]] who called me. Fever 39.9 x 36h, irritable, bulging fontanelle per her, petechiae on trunk. CTX 100mg/kg IM given (no IV after 4 tries), IO in now. Missed his 6-month shots (family was at the fish camp at [[PLACE:Windigo Point]] all [[DATE:summer 2024]]).
Status card [[ID:2190048702]], OHIP [[PLAN:5584 203 917 MX]]. Mom [[REL:Delphine]] is with him, his auntie [[REL:Flora]] is watching the 3 other kids.
Medevac can't land till fog lifts, ~6h. Do I LP? Dex now or is it too late?

Replies:
Dr. Priya Sandhu (peds ID): don't LP an unstable kid. You've given the key drug. Add IO vanc if you can, dex is pointless now abx are in. Get blood cx before the next dose if possible. Prophylaxis for household contacts once we know the bug (cipro or rif).
Dr. Marc Lafrenière: agree. I'd also ask [[FAC:SLMHC]] to pre-alert [[FAC:HSC]] [[TOWN:Winnipeg]] PICU so the flight goes straight through. Great work getting the IO in.
OP: medevac landed 0915 on the [[DATE:2nd]]. Mom sent a pic from the plane, he's pinking up. Nurse [[HCP:Renée]] deserves a medal.""",
    # 018 ALL-CAPS paste, south Georgia
    """\
ANYONE SEEN THIS?? PASTING FROM THE OLD MEDITECH SCREEN (SORRY FOR CAPS, CANT TURN IT OFF)

PT: [[PT:HOLLOWAY, JOY ANN]]   DOB: [[DATE:04/17/1932]]   AGE: [[AGE:92]]   SEX: F
MRN: [[MRN:00482716]]   ACCT: [[ACCT:V00193348271]]
INS: MEDICARE [[PLAN:1EG4-TE5-MK73]]   SEC: GA MEDICAID [[PLAN:334019287]]
ADDR: [[STREET:RT 2 BOX 118]], [[TOWN:CAIRO]], GA [[ZIP:39828]]
PCP: DR. [[HCP:R. WHIDDON]]
ADMIT: [[DATE:11/02/2024]] 03:12  VIA EMS FROM [[FAC:PECAN GROVE NURSING CTR]]
CC: ALTERED MS, FEVER
NOTE: [[AGE:92]] YO F W/ ADVANCED DEMENTIA, PEG, STG 4 SACRAL. FOLEY BAG TURNED PURPLE PER NH STAFF. UA: PH 8.5, NITRITE +, LE 3+. UCX PROTEUS MIRABILIS >100K. BCX 1/2 GNR.
NOK: SON [[REL:LEROY HOLLOWAY]] [[PHONE:229-555-0134]]. ALSO LISTED: REV. [[REL:AMOS BELL]], [[FAC:MT ZION AME CHURCH]].

--- replies ---
Aaron Feld: purple urine bag syndrome! alkaline urine + bacteria w/ sulfatase/phosphatase (proteus, providencia, klebs) turn indoxyl sulfate into indigo + indirubin in the plastic. the bag isn't the problem, the bacteremia is
Tasha Greenlee: 👆 change the catheter, treat the urosepsis, and have a goals convo - [[AGE:92]] w/ stage 4 and PEG, ask mr [[REL:holloway]] what mama [[PT:joy]] would want
OP: thx y'all. son wants everything. chaplain meeting tomorrow""",
    # 019 journal club post then a case, Utah
    """\
Journal club post this week: the 2023 MMWR summary of hantavirus cardiopulmonary syndrome in the Four Corners + the old Koster/Hjelle paper on the 5-point smear (thrombocytopenia, left shift w/o toxic gran, immunoblasts >10%, hemoconcentration, myelocytes). Discussion q's at the bottom.

Why I picked it: our case from last [[DATE:May]]. 38M, [[PT:Bryce Tolman]], from [[TOWN:Monticello]] in [[COUNTY:San Juan County]], swept out a mouse-infested storage shed behind [[FAC:Four Corners Feed & Supply]] where he works, 2 wks later fever/myalgia → "flu" at urgent care → back 36 h later in shock, Hct 58, plt 41. We did the smear ourselves at 2am because our lab tech [[HCP:Verla]] remembered the paper. VA ECMO at [[FAC:U of U]] in [[TOWN:Salt Lake]] within 8 h. He went home on [[DATE:June 30]] and sent us a pic of him fishing at [[PLACE:Recapture]] with his wife [[REL:Kenzie]] (she emailed from [[EMAIL:kenz.tolman88@slickrockmail.net]], still on my phone lol).

Discussion:
1. Would you have caught it at the urgent care visit? Hct was 47 then.
2. When do you call ECMO: before or after intubation?
3. Should rural EDs in NM/AZ/UT/CO run the 5-point smear on every febrile "flu" w/ low plts from April to July?

- Leah Sorensen: q2 - before. once they crash with a CI <2 they don't come back. great pick.
- Diego Benally: we do the smear at our IHS clinic now in spring, 2 catches in 5 yrs.""",
    # 020 dictated consult, Acadiana, Louisiana
    """\
Posting my dictation raw to show why I now proofread everything (Dragon + my accent = chaos):

"This is Doctor Claire Fontenot dictating a consult on [[PT:Al seed Tibbadoe]] comma that's [[PT:Alcide Thibodeaux]] date of birth [[DATE:June second nineteen thirty one]] period medical record number [[MRN:four four seven one nine oh two]] period new paragraph patient is a [[AGE:ninety three]] year old gentleman from [[TOWN:Ville Platte]] in [[COUNTY:Evangeline Parish]] who fell at his fishing camp on [[PLACE:Bayou Chicot]] on [[DATE:Mardi Gras]] day and was found the next morning by his neighbor mister [[REL:Boudreaux]] period he is on a pick sub and for a fib period hemoglobin nine point two comma INR normal period x-ray at [[FAC:Mercy Regional]] showed a left hip fraction period new paragraph daughter Missus [[REL:Yvette Fontenot]] no relation comma phone [[PHONE:three three seven five five five zero one four eight]] comma wants everything done period end of dictation"

Translation: Eliquis, AF, left hip fracture. And the daughter really does share my last name, which made the transcriptionist think I was consulting on my own family.

- Beau Landry: "a pick sub and for a fib" is going on my wall. for real though - [[AGE:93]] on apixaban w/ hip fx, hold it, ortho within 24-48h, don't wait for a level
- Claire Fontenot: he's in the OR now. mr [[PT:Thibodeaux]] told the anesthesiologist he'll be back at his camp for crawfish season""",
    # 021 r/doctorsUK-style post, east London
    """\
r/doctorsUK · u/bleep_me_not · FY2 in A&E
Rant + question. 26M delivery rider, [[PT:João Vitor Almeida]], came off his e-bike on [[STREET:Commercial Road]] outside the [[FAC:Poplar Peri Grill]] he collects from. No GP, no NHS number, not sure he's "allowed" (he is, ED care is free at the point of use, I told him 3 times). Lives in a shared room in [[PLACE:Whitechapel]] with 5 others, [[COUNTY:Tower Hamlets]].
Open tib/fib, Gustilo II, abx within the hour, ortho took him. Fine. BUT: he refused admission at first because if he doesn't work he loses the account he rents from another guy, and his mate [[REL:Thiago]] showed me his TikTok ([[HANDLE:@jv.corre.london]]) where he'd posted the crash 20 min after it happened 🙃.
Q: anyone have a good signposting list for migrant workers in [[TOWN:London]]? Not asking for legal advice.

top comments
u/reg_on_nights: Doctors of the World clinic + their leaflets in Portuguese. Also refer to the hospital's migrant health/social work team. Well done for reassuring him about charging.
u/plasterofparis: ortho here, he'll be NWB 6-12 wks. Tell him the Gustilo II infection risk is real and he needs to come back for wound checks even if he's "fine".
u/bleep_me_not: cheers both. his sister [[REL:Larissa]] rang from [[TOWN:Goiânia]] crying at 3am, interpreter line was a lifesaver. SW [[HCP:Femi]] is seeing him Mon""",
    # 022 Sermo post, Rio Grande Valley
    """\
Sermo · Internal Medicine · South Texas
62F, [[PT:Guadalupe]] "[[PT:Lupita]]" [[PT:Saenz]], lives in [[PLACE:Las Milpas]] colonia in [[TOWN:Pharr]], [[COUNTY:Hidalgo County]]. Sells tamales at [[FAC:La Pulga del Valle]] weekends. A1c 13.4, new painless R foot wound x 3 wks, she's been treating with "sábila" (aloe) and a remedy from a curandera in [[TOWN:Reynosa]]. Probe-to-bone +, ESR 98, XR with early osteo changes in the 3rd MT head.
Uninsured; county indigent program card [[PLAN:HC-771204]]. Family wants to wait until after [[DATE:Día de los Muertos]] so she can be home for the altar for her late husband.
My q's: 1) outpt oral abx + offloading vs admit for bx/IV? 2) how hard to push?

Comments
Dr. Renata Villarreal: Admit for bone bx + cultures, then tailor - oral options are fine after (OVIVA). Involve her daughter, respect the altar, work out a plan for both: 2-3 days now, home for the weekend, f/u wound clinic Mon.
Dr. Hector Garza: +1. Also ask about the remedy - we had one with steroid-laced "natural" pills from across the river.
OP: her daughter [[REL:Marisol]] ([[PHONE:956-555-0162]]) agreed to 3 days. she's bringing pan de muerto for the nurses 😂""",
    # 023 tumour board, Toronto
    """\
Lung DSG rounds - list for Thurs (pls don't screenshot outside the group)

1. [[PT:ZHANG Wei]], 66M, OHIP [[PLAN:4412-883-109-KT]], MRN [[MRN:7730219]]. Never-smoker, 3.1cm RUL adenoCa, EGFR exon 19 del, cT2aN0M0. Lobectomy [[DATE:Nov 4]], pT2aN1 (1/14 LN). Adjuvant osimertinib per ADAURA - agree? Lives in [[PLACE:Agincourt]], wife [[REL:Liu Fang]] translates.
2. [[PT:Priyanka Raghunathan]], 52F, MRN [[MRN:7741882]]. ALK+ stage IV, brain mets x3, on alectinib since [[DATE:March 2023]], new 8mm LLL nodule. Biopsy vs SBRT? She works in finance at [[FAC:Sunnybrook]], knows everyone, pls be discreet.
3. [[PT:Gerald]] "[[PT:Gerry]]" [[PT:O'Hanlon]], 74M, MRN [[MRN:7698830]], 60 pk-yr, SCLC limited stage, PS 2. Concurrent chemoRT vs sequential? Lives alone in [[TOWN:Orangeville]]; his friend from the [[FAC:Legion Branch 233]] drives him to appts.
4. [[PT:Rosa Ferreira-Lima]], 59F, MRN [[MRN:7752014]]. 1.9cm spiculated RLL nodule on lung screening (PanCan 28%), PET SUV 6.1, no nodes, EBUS negative. Bx vs straight to surgery? Husband [[REL:Anselmo]] asks that we call his cell [[PHONE:416-555-0149]], she works nights cleaning at [[FAC:Yorkdale]].
5. [[PT:M.T.]], 45F, carcinoid (typical) 1.4cm endobronchial, for sleeve resection. Referred by Dr [[HCP:Bhattacharya]] at [[FAC:Credit Valley]].

Discussion notes (Dr Anika Brandt typing):
- #1 yes osimertinib x3 yrs. Check QTc. Raghav Iyer: agree.
- #2 SBRT if bx not safe; Dr Chen: get a bx, could be a new primary. Consensus bx.
- #3 concurrent if PS improves after 1 cycle; SW referral re transport.
- #4 wedge + frozen section, lobectomy if malignant. Raghav to book.
- #5 agree sleeve. Notify Dr [[HCP:Bhattacharya]].
Admin: synoptic path reporting is mandatory from next month, use the template. Dr Chen away next rounds, Raghav covering.
Next rounds [[DATE:Dec 12]].""",
    # 024 handover, Christchurch
    """\
Gen med handover Fri pm → weekend team (Wd 24 + outliers)
• [[PT:Sefo Tuiasosopo]] 48M, NHI [[PLAN:PKR3391]], rm 6. Cellulitis L leg, IV fluclox d3, much better, switch PO Sat if afebrile. Lives [[PLACE:Aranui]], works nights at the [[FAC:Woolston freezing works]]. Wants out for his son's game at [[FAC:Linwood Rugby Club]] Sat arvo - pls be nice about it.
• [[PT:'Ofa Fifita]] 71F, NHI [[PLAN:QTM5810]], rm 11. CCF, -4kg, furosemide IV→PO today. Granddaughter [[REL:Mele]] is main contact [[PHONE:021 555 0119]]. Her minister Rev. [[REL:Sione Havili]] visits daily from the [[FAC:Hornby Tongan Methodist Church]].
• Mr [[PT:R.H.]] (the [[PLACE:Sumner]] one) 84M, delirium, hyperactive overnight, haloperidol 0.5mg x1. Family meeting Mon 1100 with Dr [[HCP:Whaanga]] re rest home level care. Wife [[REL:Judith]] is EPOA.
• [[PT:Hēmi Paewai]] 33M, rm 14 (outlier on [[FAC:Ward Pōhutukawa]]). Alcoholic pancreatitis, lipase 3400, pain controlled, eating. ACC not relevant. Flatmate [[REL:Jase]] brings him smokes, security aware.
• [[PT:Kowhai]] (baby of [[PT:Tania Rangi]]) NOT ours, paeds, ignore the board.
Weekend jobs: Sat bloods rm 6 + 11, chase [[PT:Hēmi]]'s CT. Any probs: reg [[HCP:Anna]] pgr [[PAGER:8812]]. Admitted dates on board: rm 6 [[DATE:6/9]], rm 11 [[DATE:4/9]], rm 14 [[DATE:7/9]].""",
    # 025 Dublin ED board
    """\
ED board tidy-up for the night reg, 2300

Resus 1 - [[PT:Bridget]] "[[PT:Biddy]]" [[PT:Mongan]], 44F, from the halting site at [[PLACE:St Margaret's Park]], [[PLACE:Ballymun]]. Life-threatening asthma, Mg given, HDU bed pending. 14 family in the waiting room, her brother [[REL:Martin]] is spokesperson, v polite, talk to him not security. MRN [[MRN:00492281]].
Maj 3 - [[PT:Tomás Ó Briain]], 19M, hurler with [[FAC:Na Fianna]], clash at training, grade II splenic injury on CT, obs + surg review. Mam [[REL:Áine]] on the way from [[TOWN:Swords]].
Maj 5 - Ms [[PT:K. O'Dwyer]], [[AGE:91]]F from [[FAC:Beaumont Lodge nursing home]]. Fall, on apixaban, CT brain NAD, home in am if the NH holds the bed. Nephew Fr [[REL:Ciarán]] (a priest) is NOK.
Maj 7 - [[PT:Wiktoria Zielińska]], 31F, 8/40 PV bleed, haemodynamically fine, sent to [[FAC:Rotunda]] EPU, left dept.
Minors - lad from the [[FAC:Hairy Lemon]] with a hand lac from a pint glass, [[PT:Darragh]], 23, FDP/FDS intact, needs sutures when someone's free.
ICU SpR [[HCP:Dervla]] aware of Resus 1, bleep [[PAGER:771]].""",
    # 026 Montana referral letter, Crow Nation
    """\
Referral pasted for the cards folks, any [[TOWN:Billings]] people here? Letter from one of our NPs, I'm the doc who saw him after.

[[FAC:Crow/Northern Cheyenne Hospital]] (IHS), [[TOWN:Crow Agency]], MT
Date: [[DATE:10/21/2024]]
To: Heart Failure Clinic, [[FAC:Yellowstone Heart Associates]], [[TOWN:Billings]]
Re: [[PT:Darnell Old Coyote]]   DOB [[DATE:05/30/1979]]   Chart no. [[MRN:882041]]   Tribal enrollment [[ID:C-014472]]
Address: [[STREET:PO Box 311]], [[TOWN:Lodge Grass]], MT [[ZIP:59050]]
Phone: wife [[REL:Tashina]] [[PHONE:(406) 555-0183]], email [[EMAIL:tashina.oc@bigskyfastmail.com]]

45M, heavy equipment operator at the [[FAC:Sarpy Creek mine]], new HFrEF, EF 25% on echo [[DATE:10/15]], LV dilated. Flu-like illness in [[DATE:September]]. EtOH: quit [[YEAR:2019]]. Meth: denies, UDS neg. No FHx SCD. NYHA II-III. Started carvedilol 3.125 BID, sacubitril/valsartan 24/26, spironolactone 12.5, dapagliflozin 10. Needs CMR for myocarditis vs DCM and ICD discussion.
He drives himself (MT plate [[PLATE:22-6187A]]) and asked for a morning appointment so he can get back for his daughter's basketball at [[FAC:Lodge Grass High]].
[[HCP:Karen Three Irons]], FNP

- Mei Lin Zhou (HF cardiology): CMR first, and keep titrating GDMT for 3 months before the ICD decision unless he has NSVT. Send him, we'll see him in the early slot.
- Josh Redfield: thanks Mei Lin. I'll ask [[HCP:Karen]] to book the CMR and add a Holter. He's a good guy, walked out saying "see you, doc, gotta get to practice".""",
    # 027 M&M summary, southern West Virginia
    """\
M&M summary (southern WV critical access) - presented by Heather Cline, discussant Raj Patel

Case: [[PT:Roy Lee Blankenship]], 57M, retired underground miner ([[FAC:Pocahontas Fuel No. 9]]), black lung on 2L home O2, federal black lung claim [[ID:107-44-2219]]. Lives up [[PLACE:Hemphill Hollow]] outside [[TOWN:Welch]], [[COUNTY:McDowell County]].
Presented on the [[DATE:twenty-third of January]] with inferior STEMI, door 0612. Squad was [[FAC:Kimball VFD]], medic [[HCP:Travis Cline]] (no relation to me) did a 12-lead in the truck and called it in. Good.
What went wrong:
1. Transfer packet faxed to [[FAC:CAMC]] at 0631 went to the OLD cath lab fax [[FAX:304-555-0187]]; the new one is [[FAX:304-555-0188]]. 40 min lost waiting for a call back.
2. Helicopter grounded (fog on the mountain). Ground to [[TOWN:Charleston]] is 2.5 h.
3. We then gave TNK at 0746, door-to-needle 94 min. Should have been <30 once we knew PCI would be >120 min.
Outcome: reperfused, PCI of RCA next day, EF 45%. Home [[DATE:1/29]]. His wife [[REL:Wanda]] brought the ED a pound cake.
Actions: fax numbers verified monthly; lytic-first protocol when fly status is red; ask the medics for pre-alert ECG photo by text.
Discussion (Raj): we are not a PCI center, we're a lytics center with a helicopter some days. Own it.""",
    # 028 GP post, the Fens, Lincolnshire
    """\
Fenland GP here, public health Q. 37M [[PT:Ștefan Popescu]], from Romania, picking for [[FAC:Fenland Growers Ltd]] near [[TOWN:Spalding]] since [[DATE:April]]. Lives in a static caravan at [[PLACE:Willow Bank caravan park]] with 7 other workers in 2 vans. 3 wks cough, 6 kg wt loss, night sweats. CXR: RUL cavity. Sputum AAFB 2+, GeneXpert MTB detected, RIF resistance not detected.
NI no [[ID:QQ 12 34 56 C]], registered with us as a temp resident, mob [[PHONE:07700 900127]]. Supervisor [[REL:Ionuț Dumitru]] is cooperative but the whole crew moves to a farm near [[TOWN:Boston]] next month and most go home by the end of [[DATE:October]].
Questions: how do we get contact screening done before they scatter, and how do we make sure he completes 6 months when he's back in [[TOWN:Constanța]]?

Replies:
Fiona Hart (UKHSA): Notify today if not already. We'll do an incident meeting - screening on site at the farm is the usual way. TB nurse [[HCP:Karolina Nowak]] speaks Romanian. For continuation, we use the cross-border referral to the Romanian TB programme; give him a printed summary in Romanian and a supply to cover the journey.
Ben Ashworth: we did this with a packhouse crew in [[YEAR:2022]]. Key was the employer paying wages during isolation or they just won't isolate.
OP: thanks both, notified.""",
    # 029 Sermo poll, Alabama Black Belt
    """\
POLL: Severe AS at [[AGE:one hundred and one]]. What would you offer?

Mr [[PT:Odell Pettaway]], born [[DATE:1923]] in [[TOWN:Eutaw]], still a deacon at [[FAC:Shiloh Missionary Baptist Church]], drives his own tractor on the family land. Syncope x2 in church, AVA 0.6, mean gradient 52, EF 60%, Cr 1.3, frailty minimal (walks 6MWT 280 m!). Sharp as a tack. Daughter [[REL:Patience]] and grandson [[REL:Marcus]] want TAVR at [[FAC:UAB]] in [[TOWN:Birmingham]]; he says "let the Lord decide but I'd like to see [[AGE:102]]", which he'll turn on [[DATE:Juneteenth]].

A) TAVR
B) Balloon valvuloplasty as bridge
C) Medical therapy / palliative
D) Other (comment)
Results (n=344): A 61% · B 9% · C 24% · D 6%

Comments:
Dr. Nkechi Obi (cardiology): A. Chronological age isn't the question, functional status is. TAVR registry data in nonagenarians is fine and he's fitter than most of them.
Dr. Will Harmon (geri): A, with a real conversation about what "see [[AGE:102]]" means to him. Also check hearing and vision before the consent.
Dr. Nkechi Obi: @Will Harmon agree. Update us!""",
    # 030 Figure 1-style image post, Toronto (short)
    """\
[image: reticulated brownish hyperpigmentation, lower back]
27F ramp agent at [[FAC:Pearson]], sits on a heating pad every night for back pain, lives [[PLACE:Rexdale]]. [[PT:Hodan Warsame]] sent me the pics from her insta [[HANDLE:@hodanw.yyz]] (consented to posting). Erythema ab igne, right? Also Hb 98, ferritin 6, heavy periods since [[DATE:spring 2023]]. Anything beyond iron + gyn?""",
    # 031 group chat, Mount Isa, typos
    """\
Kate O'Brien: [[TOWN:mt isa]] ED, 2am, need tox advice pls 🙏 19M bitten on the ankle ?eastern brown while mustering at [[FAC:Lake Nash Station]], flown in by RFDS. [[PT:Jayden Kennedy]], jackaroo, from [[TOWN:Toowoomba]] orignally. 20WBCT not clotted, INR >10, fibrinigen undetectable, plt 160, Cr ok
Kate O'Brien: recieved 1 vial brown snake AV at 0125. no collapse, no neurotox
Ahmed Farouk: good. 1 vial is enough, don't give more for the coags - they won't correct till he makes new factors, 12-18h. FFP only if bleeding. repeat coags 6h and 12h, watch Cr and plts for TMA
Kate O'Brien: ok definately not giving more then. his boss [[REL:Shane Tilley]] wants to know if he can fly him back to the station thurs lol
Ahmed Farouk: no lol. 24h obs minimum after AV, and he can't be 300km from a lab for a week w/ his INR. also serum sickness counselling
Kate O'Brien: mum [[REL:Leanne]] rang from [[TOWN:Toowoomba]], [[PHONE:0491 571 266]], v upset, I'll call her back after the 6h bloods
Ahmed Farouk: 👍 pls log on the snakebite registry. and thx for calling early, the pressure bandage on the station was perfect
Kate O'Brien: station cook [[REL:Bev]] did the bandage apparently. legend
Kate O'Brien: update 1430: fibrinogen 1.1, INR 2.4, Cr 78, talking about the campdraft at [[TOWN:Camooweal]] already""",
    # 032 Glasgow, lower-case thread
    """\
thread from the paeds ED lot, lower case bc phone.

calum reid: 16F, [[PT:kayleigh mcgowan]], staggered paracetamol OD over [[DATE:hogmanay]] into [[DATE:ne'erday]], ~30 tabs over 24h. from [[PLACE:easterhouse]]. mum [[REL:tracey]] found the blister packs this am. wt 52kg. level at 4h meaningless obv
nicola baird: staggered = start NAC now regardless of level, full 21h/12h regime. LFTs INR now, repeat end of bag. don't wait
calum reid: ALT 180 INR 1.3. started. CHI [[PLAN:0208081274]] for the referral
nicola baird: CAMHS? she known to them?
calum reid: aye, worker is [[HCP:Gemma]] at [[FAC:Bridgeton CAMHS]], but it's a bank holiday so duty worker. school is [[FAC:St Andrew's Secondary]], guidance teacher Mr [[REL:Boyle]] has been worried since [[DATE:november]] apparently (mum says)
nicola baird: good. also ask about whoever she was with over [[DATE:new year]], and check safeguarding. and pregnancy test
calum reid: neg. she's quiet but talking. says she posted on snap before she did it, her mate [[REL:Chantelle]] screenshotted it and sent to mum. thank god for [[REL:chantelle]]
nicola baird: admit under us, 1:1, psych review in the morning when she's medically fit. good work calum""",
    # 033 r/endocrinology-style, Cherokee Nation
    """\
u/tahlequah_endo: pump + CGM disaster, looking for advice / commiseration
Pt is [[PT:Wynona Sixkiller]], 29F, T1D x 18 yrs, citizen ID [[ID:CN 0419927]] (need it for contract health), seen in our clinic at [[FAC:Hastings]]. New pump in [[DATE:August]], serial [[DEVICE:HX8840219K]], CGM sensor reader [[DEVICE:DX-7R5T2]]. Presented DKA x3 since then, all at 2-4am. Pump logs show occlusion alarms silenced. She dances at the [[FAC:Echota stomp ground]] most weekends and the set gets pulled during the dance, she thinks.
Lives out past [[TOWN:Park Hill]] on [[STREET:W 840 Rd]], no cell signal at her house so the CGM app doesn't upload.
What we did: switched to a tubeless patch pump, taped over, backup long-acting 20% basal as a "safety net". Diabetes educator [[HCP:Shelly Hummingbird]] is amazing, did a home visit.
Q: anyone else use the basal safety net in pumpers with recurrent DKA? ADA/EASD say nothing specific.

u/okc_peds_endo: yes, we do it in teens. 20-30% of basal as glargine works. Also look at the dance: cannula site choice matters, abdomen vs arm
u/tahlequah_endo: good call, she's been using the abdomen under the belt. will try back of arm
u/rez_doc_ok: also check insulin storage, her truck gets to 120 in the summer. saw it with [[PT:wynona]]'s cousin [[PT:Tay]] last year
u/tahlequah_endo: lol small world""",
    # 034 SICU sign-out, Houston
    """\
SICU night sign-out (Thurs → Fri), pod B

B2 [[PT:Nguyễn Thị Hoa]] ("Mrs. [[PT:Hoa]]") 68F, POD1 Whipple. Dual-chamber PPM, device [[DEVICE:PZN602118S]], rep says reprogram to DOO in OR done, back to DDD now. Son [[REL:Tuấn]] interprets (Vietnamese), [[PHONE:713-555-0171]]. Lives in [[PLACE:Alief]]. Watch drain amylase POD3.
B4 [[PT:DeShawn Merritt]] 24M, MVC rollover on [[STREET:I-45 at Airline Dr]] [[DATE:11/7]] ~2230, ex-lap, splenectomy, L femur ORIF tomorrow. Police need the VIN for the other car [[VIN:3FADP4BJ7FM112907]] off his belongings bag - NOT our job, told them to ask HPD property. HPD incident no. [[ID:1482203-24]]. Mom [[REL:Cheryl]] at bedside.
B5 [[PT:Rigoberto Sandoval]] 51M, burns 22% TBSA from grease fire at [[FAC:Tacos El Güero]] where he cooks, Parkland fluids, UOP 0.6 ml/kg/h. Wife [[REL:Maribel]]. 
B6 EMPTY
B7 [[PT:R.F.]] 79M, SBO, NGT, conservative, surgery will decide am.
Consultants tonight: trauma attending Dr. [[HCP:Abernethy]], burns fellow [[HCP:Kwon]] pager [[PAGER:281-555-0106]].
To do: B4 H/H q6, B5 fluids hourly, B2 amylase 0500.""",
    # 035 dictated clinic letter, NWT
    """\
Pasting a dictated letter (Dragon, NWT accent edition), see the question at the bottom.

[[FAC:Yellowknife Primary Care Clinic]]
Dictated [[DATE:April eleventh]]
RE: [[PT:Therese Zoe]], DOB [[DATE:1971-02-14]], NWT health care number [[PLAN:N2045877]], chart [[MRN:YK-339201]]
Home community: [[TOWN:Behchokǫ̀]] (dictation wrote "[[TOWN:Bay cho ko]]")
Dear Dr. [[HCP:Lafferty]],
Thank you for asking me to see this 53-year-old Tłı̨chǫ woman who works as a camp cook at the [[FAC:Snare Lake camp]] on a two-weeks-in, two-weeks-out rotation. She describes six months of progressive exertional dyspnea, dry cough, and weight loss of 7 kg. She has a heavy smoking history and her father [[REL:Joseph Zoe]] died of TB in [[YEAR:1988]]. HRCT shows upper lobe fibrocavitary change. Sputum x3 pending. IGRA positive.
Her daughter [[REL:Alice]] will bring her to appointments. She prefers interpreting in Tłı̨chǫ Yatıì; our interpreter [[HCP:Violet Mantla]] was excellent.
Sincerely,
Dr. [[HCP:J. Bergeron]]

Q from me (Monique Dubé, the locum doc who reads these): does the camp need to be notified before her sputum is back, if she flies back in on the [[DATE:18th]]?
- Reply Dr. Sarah Kowalchuk (TB prog): yes - hold her from flying back until 3 negative smears; we'll call the employer without giving clinical details.""",
    # 036 addiction consult paste, Philadelphia
    """\
Addiction med consult, pasted from Epic (I scrubbed what I could, mods nuke if needed). Q at end.

Pt: [[PT:Kristen Ahearn]], 34F, MRN [[MRN:E10482297]]
Reason: xylazine-associated wounds bilat forearms, opioid withdrawal, wants buprenorphine.
HPI: Fentanyl/xylazine ~20 bags/day IV + smoked. Mostly unhoused around [[STREET:Kensington & Allegheny]], sometimes stays with her aunt [[REL:Donna]] in [[PLACE:Port Richmond]]. Started a telehealth bupe visit last wk via [[URL:https://visit.bridgeline-tele.net/r/ka8812]] but it dropped; our IT said the session came from [[IP:203.0.113.58]], which is the public wifi at the [[FAC:McPherson Square library]]. Her sister set up [[URL:givesprout.org/kristen-heals]] for wound care supplies. Case manager [[HCP:Desiree Vann]] at [[FAC:Front Street Harm Reduction]] ([[PHONE:215-555-0177]]) knows her well.
Exam: COWS 14. Wounds: 6x4cm and 3x3cm, necrotic base, no exposed tendon.
Plan: low-dose bup initiation vs standard? Wounds: wound care, no empiric abx unless cellulitis.

- Tanisha Brooks (addiction med): with fentanyl on board, standard 2-4mg often precipitates. Do a macro-dose (16-24mg on day 1 once COWS >8) or the low-dose overlap. She's at 14 - go.
- Ilya Petrov (hospitalist): macro worked for ours. Also give ketamine or clonidine for the rough hours, and a methadone option if she prefers.
- Tanisha Brooks: and please let her keep her phone charged - her only lifeline to [[HCP:Desiree]].""",
    # 037 r/FamilyMedicine-style, Magic Valley, Idaho
    """\
u/magicvalleyFM · r/FamilyMedicine
Learned something this month. 58F [[PT:Faith Hunter]] from [[TOWN:Jerome]], runs the books at [[FAC:Hunter Family Dairy]]. 3 wks of fevers that come and go, drenching sweats, back pain, wt loss. Saw her twice as "viral". 3rd visit she mentioned everyone at the [[DATE:Labor Day]] picnic drank raw milk from a sick cow. Husband [[REL:Dale]] and their hand [[REL:Memo]] also sick.
Blood cx at [[FAC:Magic Valley Regional]] flagged on day 5: Brucella. Lab had already worked it on the open bench → exposure protocol for 3 techs. Oops (mine).
Tx: doxy + rifampin 6 wk (+ gent early given the sacroiliitis on MRI). Reported to the health district. Husband's titer positive too.
Lessons: ask about raw dairy every time in farm country; tell the lab when you suspect it.

Top comments
u/snake_river_doc: same thing in [[YEAR:2019]] with a goat milk family. Always call the lab
u/idaho_id: great catch on visit 3. Serology + cx, and treat all symptomatic household. Also [[PT:faith]]'s MRI finding is classic
u/magicvalleyFM: thanks. she's back at her desk, she sent the clinic a cheese basket (pasteurized, she promised)""",
    # 038 neuro clinic letter, Welsh border
    """\
Anyone know the DVLA rules for a single unprovoked seizure in a Group 1 + occasional Group 2 driver? Letter below (mine, to GP).

[[FAC:Nevill Hall Hospital]] · First Seizure Clinic
Date dictated: [[DATE:3rd March 2025]]   Date typed: [[DATE:06/03/25]]
Re: Mr [[PT:Glyn Street]], DOB [[DATE:15/03/1973]], NHS No [[PLAN:943 476 5919]], Hosp No [[MRN:N0556712]]
[[STREET:12 Chapel Lane]], [[TOWN:Llanfoist]], [[TOWN:Abergavenny]] [[ZIP:NP7 9NQ]]
Driving licence [[LIC:STREE703153GS9AB]]

Dear Dr [[HCP:Pryce]],
Mr [[PT:Street]] (51) had a witnessed generalised tonic-clonic seizure on [[DATE:14th Feb 2025]] at a restaurant in [[TOWN:Monmouth]]; his partner [[REL:Sian]] described 2 min of stiffening and jerking with tongue biting and 20 min of confusion. No provoking factors beyond one night of poor sleep. He drives a van for [[FAC:Skirrid Ales]] and occasionally a 7.5t lorry.
EEG: normal. MRI: small L frontal cavernoma.
I have advised him not to drive and to inform the DVLA.
Yours sincerely,
Dr Aled Morgan, Consultant Neurologist

- Reply Carys Lewis: Group 1 - 6 months off if single unprovoked with no structural cause, but a cavernoma counts as a structural lesion so it's usually 12 months. Group 2 much longer (5 yrs seizure-free off meds if high risk). Check the current DVLA guidance on gov.uk.
- Aled Morgan: diolch, that's what I feared for the lorry.""",
    # 039 ED referral, Pilbara WA
    """\
Referral as sent (ED → hand surgery on-call, [[TOWN:Perth]]). Posting because the [[TOWN:Perth]] reg asked why we didn't wash it out ourselves, and honestly, fair q?

From: ED, [[FAC:Hedland Health Campus]]
Pt: [[PT:Corey Matthews]], 31M, DOB [[DATE:22/06/1993]], Medicare [[PLAN:5102 77304 2]], UR [[MRN:HH118820]]
FIFO haul truck driver at [[FAC:Marandoo Ridge mine]] (2 on/1 off), home is [[PLACE:Joondalup]].
Hx: punched a mate's teeth during two-up at the [[FAC:Esplanade Hotel]] in [[TOWN:Port Hedland]] on [[DATE:Anzac Day]] around 1600. Presented 2 days later ([[DATE:27/4]]) with swollen R hand, 1cm lac over 5th MCP, pain on passive flexion.
XR: 5th metacarpal neck fx, 40° angulation, no FB.
Given: IV augmentin, ADT, splint.
Request: washout of MCPJ ± ORIF. Mine medic [[HCP:Jase Pickering]] ([[PHONE:0491 572 549]]) needs fitness-for-work; site safety wants his WA licence no. [[LIC:7719023]] for the incident report, told them to ask him.

Reg reply ([[TOWN:Perth]]) - Tom Nguyen: it's a fight bite into the joint; needs OT washout and proper exploration, not something to do under a digital block in ED. You did right. Send him on the morning flight.
Me (Lucy Barrett): thanks Tom, he's on the 0630. His partner [[REL:Jess]] is meeting him at the airport.""",
    # 040 journal club + case, Adirondacks
    """\
Journal club: Lyme carditis (Yeung & Baranchuk's SILC score paper, JACC 2019; and the 2020 IDSA/AAN/ACR Lyme guideline). Why: the kid we had in [[DATE:July]].

12M, [[PT:Eli Rosenbaum]], from [[PLACE:Borough Park]] in [[COUNTY:Brooklyn]], 4 weeks into sleepaway at [[FAC:Camp Tamarack Pines]] near [[TOWN:Keene]]. Camp nurse [[HCP:Rivka]] noticed he fainted at the flagpole. EM on the thigh (his bunkmate [[PT:Avi]] had one too). HR 38, ECG: 2:1 AV block progressing to 3rd degree at night. Lyme serology +.
Transferred to [[FAC:Adirondack Medical Center]] in [[TOWN:Saranac Lake]], then to [[FAC:Albany Med]] peds cardiology for temp pacing. IV ceftriaxone, block resolved by day 6, no permanent pacer. Parents drove up from the city; dad [[REL:Moshe]] wanted to know if it's safe to go back to camp for the last 2 weeks ([[DATE:Aug 10]] to [[DATE:Aug 24]]).
Points for discussion:
1. SILC score (sex, age, exposure, constitutional sx, tick bite, rash) - is it useful in kids?
2. Oral doxy after IV in a 12yo - fine per 2020 guideline.
3. Should camps screen for EM daily in the NE?

- Rachel Adler (peds ID): doxy is fine in kids now for short courses. Yes to tick checks, no to ECG screening.
- Noah Whitcomb: we saw 3 Lyme carditis in [[YEAR:2023]] in the North Country, all teens, all at camps.""",
    # 041 Winnipeg, ED chat
    """\
[21:04] Dr. Jonah Friesen: ID on call? 44F, [[PT:Maricel Dela Cruz]], meningitis pic, GCS 13, LP: WBC 2100 PMN, gram + cocci in chains. Works on the cut floor at [[FAC:Prairie Gold Pork]] in [[TOWN:Neepawa]], came in from there by ground
[21:06] Dr. Amrit Gill: pig worker + strep in chains = think Strep suis. ceftriaxone 2g q12 + vanc till sensis + dex (started before abx?)
[21:07] Dr. Jonah Friesen: dex given 10 min before CTX, yes. PHIN [[PLAN:118204667]], MRN [[MRN:W00318846]] for the ID consult order
[21:09] Dr. Amrit Gill: 👍 also baseline audiology asap, suis = deafness in like half. and tell public health / the plant
[21:15] Dr. Jonah Friesen: husband [[REL:Rodel]] says she cut her hand on a bone saw on the [[DATE:12th]] and kept working. family lives in the [[PLACE:North End]], she stays in a bunkhouse in [[TOWN:Neepawa]] on weekdays. 3 kids at [[FAC:Burrows Park School]]
[21:17] Dr. Amrit Gill: ok. reportable, I'll call the MOH. look at the hand, that's likely the portal. anyone else at the plant sick?
[21:20] Dr. Jonah Friesen: husband says her line lead [[REL:Bong]] was off with "flu" last week. her cousin [[REL:Joy Dela Cruz]] is an RN on 5 and is asking for updates, I said only with pt's ok
[23:50] Dr. Jonah Friesen: update: GCS 15, says her ears are ringing. audiology booked Mon [[DATE:14th]]. thanks Amrit""",
    # 042 Donegal, phone-typed
    """\
quick one from the phone, gp in the [[PLACE:rosses]]. old fella [[PT:mickey joe]] ([[PT:Micheál Seosamh Ó Gallchóir]] on the medical card, [[PLAN:2241907T]]) is [[AGE:90]] on the [[DATE:28th]]. warfarin for AF for yrs, INR 7.8 today after the out of hours gave him clarithro over [[DATE:easter]] for a chest. no bleeding at all, bit of a bruise on the shin. lives alone up at [[PLACE:Meenacladdy]] outside [[TOWN:gortahork]], neighbour [[REL:packie]] looks in on him every day.
so: oral vit K 1mg or 2mg, or just hold? and do i send him the hour and a half to [[FAC:LUH]] for an INR tmrw or can the nurse do a POC at the house?
niece [[REL:Bríd]] in [[TOWN:letterkenny]] is the contact [[PHONE:087 555 0142]]. he plays the fiddle in [[FAC:Teach Mhicí]] on friday nights and says he's not missing it for any doctor""",
    # 043 Ryan White clinic referral, Atlanta
    """\
ID folks - referral we got this week, pasted (our clinic's intake form). Q about ART timing below.

Intake - Ryan White Part A clinic
Name: [[PT:Andre Hutchins]] (goes by "[[PT:Dre]]")   DOB: [[DATE:08/14/2001]]
SSN: [[SSN:900-55-0147]]   GA ADAP #: [[PLAN:GA-558210]]
Address: [[STREET:1187 Hollywood Rd NW, Apt 4]], [[TOWN:Atlanta]], GA [[ZIP:30318]] (grandmother's home, [[PLACE:Bankhead]])
Email: [[EMAIL:dre.hutch404@peachtreemail.net]]   Cell: [[PHONE:404-555-0116]]
Employer: baggage handler, [[FAC:Hartsfield]]
Referred from: [[FAC:Grady]] inpatient, d/c [[DATE:3/2/25]]

Summary: 23M, new HIV dx on admission [[DATE:2/18]] with PJP (on TMP-SMX + pred), CD4 45, VL 480k. Serum CrAg positive, LP opening pressure 22, CSF CrAg negative. Started fluconazole 800 preemptive. Not started ART yet because "CrAg".
Q: when to start ART? PJP says within 2 wks, CrAg+ without meningitis says... also 2 wks?

Kelechi Nwosu (ID): isolated CrAg+ with negative CSF = fluconazole 800 then 400 and start ART at ~2 wks (not the 4-6 wk delay for crypto meningitis). Start him now-ish, he's already day 14 of PJP tx.
Sarah Feldman: agree. [[PT:Dre]] needs a case manager for the ADAP paperwork, Ms. [[HCP:Lattimore]] is great.
Kelechi Nwosu: and his grandma Mrs. [[REL:Hutchins]] is his ride, pls book afternoons""",
    # 044 maternity M&M, Leeds
    """\
Maternity M&M summary - presented by Sophie Lambert (ST6), discussant Kwame Asante. Circulated for learning; pls don't forward.

Mother: [[PT:Amber Rose Whitaker]], 24, G1P0, booked at [[FAC:LGI]], lives [[PLACE:Seacroft]]. BMI 38, GDM on metformin, EFW 4.3kg at 38/40 (scan [[DATE:18/12]]).
Timeline:
- Admitted to [[FAC:Wharfe Ward]] [[DATE:31/12]] for IOL (propess), partner [[REL:Connor]] present.
- Progressed to full dilatation 2340, active 2nd stage 2 hrs, epidural.
- Delivered [[DATE:New Year's Day]] 0212. Shoulder dystocia, head-to-body 4 min, McRoberts + suprapubic, then posterior arm by Dr [[HCP:Osei]] (reg). Midwife [[HCP:Gail Horsfall]] called the emergency at 0208.
- Baby girl [[PT:Lily-Mae]], Apgar 2/5/7 at 1/5/10, cord pH arterial 6.98, BE -15. Cooled, transferred to [[FAC:Jessop Wing]], [[TOWN:Sheffield]], as our cooling cot was in use.
- MRI day 5: mild basal ganglia signal. Follow-up with neonatal team.
Learning:
1. Macrosomia + GDM: was IOL at 38/40 discussed as an alternative to ELCS? Documentation thin.
2. 2 min to call for help from head delivery - target is immediate.
3. Only one cooling cot in the network that night.
Discussion (Kwame Asante):
- The drill record shows the right manoeuvres in the right order; the delay was recognition and calling, not skill.
- PROMPT training compliance on [[FAC:Wharfe Ward]] is 78% against a 90% target.
- The cot bureau found a cooling cot within 40 min but the transfer team took 3 h; passive cooling started at 0300 per BAPM guidance.
- The family's main complaint: nobody told [[PT:Amber]] where her baby was for the first hour.
Actions: named midwife for family communication in every obstetric emergency; PROMPT catch-up sessions; escalate regional cooling capacity to the ODN.
Sophie Lambert: family has consented to the case being discussed; [[PT:Amber]]'s mum [[REL:Denise]] asked that we say [[PT:Lily-Mae]] is feeding well.""",
    # 045 EMS run sheet, Texas Panhandle, ALL CAPS
    """\
posting the run sheet (caps from the ePCR export) bc our surgeons and I disagree about the TQ. q at bottom.

RUN NO: [[ID:24-11873]]   UNIT: MEDIC 4   AGENCY: [[FAC:HANSFORD CO EMS]]
DATE: [[DATE:10/08/2024]]   DISPATCH 1414   ON SCENE 1431   DEPART 1452
PT: [[PT:VASQUEZ, ARMANDO R]]   DOB: [[DATE:09/09/1958]]   SSN: [[SSN:900-41-0128]]
SCENE: [[STREET:FM 1062 & CR 7]], 6 MI NW OF [[TOWN:SPEARMAN]]
CC: CRUSH INJURY R LEG, TRACTOR ROLLOVER, [[FAC:DOUBLE V FARMS]]
PT'S PICKUP ON SCENE, LIC PLATE [[PLATE:DWK-4412]], KEYS GIVEN TO DEPUTY
VITALS 1434: BP 88/50 HR 124 RR 28 SPO2 89% RA GCS 14 (E4 V4 M6)
TX: TQ R THIGH 1429 BY BYSTANDER (FOREMAN [[REL:JESSE TREVIÑO]]), 2ND TQ 1436 BY CREW. TXA 1G IV. NS 500. FENTANYL 50 MCG X2.
DEST: [[FAC:NWTH]] [[TOWN:AMARILLO]] VIA AIR, HANDOFF 1515
CREW: [[HCP:J. OYERVIDES]] PARAMEDIC / [[HCP:T. HUFF]] EMT-B
NOK: WIFE [[REL:ROSA]] [[PHONE:806-555-0135]]

Q: TQ on at 1429, OR at 1740, so ~3h10m. Vascular wants prophylactic fasciotomies, ortho says shunt + ex-fix first and see. I'm just the ER guy but I'd like to know for next time.

- Luis Ortega (trauma surg): >2h of TQ = 4-compartment fasciotomy at the time of revascularization, and watch K and myoglobin when it comes off. Not a debate.
- Brenda Kimsey: agree. and hats off to the foreman, that TQ saved his life. mr [[PT:vasquez]] owes that man a steak""",
    # 046 Vancouver hospitalist post
    """\
[[TOWN:Vancouver]] hospitalist here, advice on a retention problem more than an ID problem.
39M [[PT:Darcy Whitecalf]], Cree, from [[TOWN:Onion Lake]] originally, lives at the [[FAC:Regent Arms]] SRO on [[STREET:E Hastings]] in the [[PLACE:DTES]]. PHN [[PLAN:9123 456 782]]. MSSA tricuspid endocarditis + septic pulmonary emboli, 2nd admission; left AMA last time on day 9 ([[DATE:Aug 3]]). This time he says he'll stay if he can get safer supply. Peer worker [[HCP:Skye]] from the [[FAC:Powell St OPS]] visits daily. He uses his insta [[HANDLE:@darcy_w_cree]] to message his daughter [[REL:Kaya]] in [[TOWN:Saskatoon]], so we got the ward wifi code for him.
Q: dalbavancin after 2 wks IV, or POET-style oral step-down?

- Hannah Leung (ID): POET-style PO step-down is reasonable for right-sided MSSA once stable and cleared (e.g. linezolid + rifampin, or dicloxacillin + fusidic acid). Dalba 2 doses a week apart if adherence is the worry. Either beats AMA on day 9.
- Marc Tessier: and get addiction med in re: iOAT/safer supply + proper withdrawal mgmt. That's the retention intervention, not the abx choice.
- OP (Ji-woo Park): thanks both. [[PT:Darcy]] said it was the first time nobody lectured him.""",
    # 047 Western Isles, stroke transfer timeline
    """\
Anyone else doing drip-and-ship from the islands? Posting our timeline for a thrombectomy transfer because it felt endless. Pt agreed to it being shared.

Pt: [[PT:Mòrag NicLeòid]] ([[PT:Morag MacLeod]] on the English side of her records), 67F, from [[TOWN:Back]], out the road from [[TOWN:Stornoway]]. CHI [[PLAN:0501579831]].
[[DATE:Latha na Bliadhna Ùire]] ([[DATE:New Year's Day]]): husband [[REL:Calum Iain]] found her at 0740 with R hemiplegia + aphasia. LKW just after midnight at her sister's in [[TOWN:Coll]].
- 0850 CT/CTA at [[FAC:Western Isles Hospital]]: L M1 occlusion, ASPECTS 8. Wake-up, no CTP, so no lysis.
- 0915 [[FAC:QEUH]] INR accepted.
- 1140 fixed wing from [[TOWN:Glasgow]] landed, 1225 wheels up, groin puncture 1430.
- TICI 2b. NIHSS 18 → 6 at 24h. Home to [[TOWN:Back]] on [[DATE:14 January]].
She speaks Gaelic first; her neighbour [[REL:Seonag]] flew with her to translate. GP Dr [[HCP:Mhairi Morrison]] at [[FAC:Back Medical Practice]] has been brilliant with the rehab plan.

Replies
Fiona Campbell: 5h40 CTA-to-groin from the Western Isles on a bank holiday is genuinely good. The wait for the plane is the bottleneck every time.
Iain Macdonald: thanks Fiona. We're asking for a CTP scanner here so we can at least lyse the wake-ups who qualify.
Fiona Campbell: worth it. and tell [[PT:Mòrag]] well done from the [[TOWN:Glasgow]] end, she charmed the whole INR suite.""",
    # 048 Teams chat, Dearborn
    """\
[13:02] Yusuf Haddad: 58M [[PT:Abdulrahman Al-Saadi]], T2DM on empagliflozin + metformin + glipizide, fasted all of [[DATE:Ramadan]], came in on [[DATE:Eid al-Fitr]] morning after the family breakfast with N/V and abd pain. glucose 186 (!), pH 7.12, HCO3 8, AG 24, BHB 6.8
[13:03] Yusuf Haddad: euglycemic DKA. insulin gtt + D10 started
[13:05] Leila Mansour: yep. hold the SGLT2i, and SU off. he Arabic only?
[13:06] Yusuf Haddad: interpreter [[HCP:Samira]] on her way. son [[REL:Hussein]] ([[PHONE:313-555-0152]]) says dad works the line at [[FAC:Ford Rouge]] and walked to [[FAC:Masjid Al-Noor]] on [[STREET:Warren Ave]] for the dawn prayer before the meal
[13:10] Leila Mansour: pre-Ramadan counselling next yr: stop SGLT2i 2-3 days before the fast, reduce SU, check ketones if unwell. I'll put it in the d/c. does he live in [[TOWN:Dearborn]]?
[13:11] Yusuf Haddad: east [[TOWN:Dearborn]], above the [[FAC:Al-Salam bakery]] his brother [[REL:Nasser]] runs
[13:12] Leila Mansour: ok. MRN for the endo e-consult: [[MRN:DH-6620147]]
[18:40] Yusuf Haddad: gap closed, eating, back on basal. eid mubarak all""",
    # 049 Sermo-style, east Tennessee
    """\
Sermo · Family Medicine · Anticoagulation
[[AGE:Ninety-six]]-year-old Mrs [[PT:Violet Mullins]] still works the register at her family's store ([[FAC:Mullins General Merchandise]]) two mornings a week in [[PLACE:Mulberry Gap]], [[COUNTY:Hancock County]]. New AF found at her wellness visit on the [[DATE:3rd]]. CHA2DS2-VASc 4, HAS-BLED 2, Cr 1.1, wt 49 kg. Two falls this yr (one off the porch steps at her church, [[FAC:Mulberry Gap Baptist]], no injury). Sharp, independent, lives with grandson [[REL:Cody]].
She says: "I've buried two husbands and a preacher, I ain't scared of a blood thinner." Her pastor Brother [[REL:Earl Seal]] thinks she should take it.
POLL: A) apixaban 2.5 BID  B) apixaban 5 BID  C) no anticoag, rate control only  D) LAAO referral
Results (n=198): A 52% · B 11% · C 29% · D 8%

Comments
Dr. Lou Ann Cantrell: B, actually. She meets only 1 of 3 (age ≥80; wt 49 is >60? no - ≤60, so 2 of 3 → A). Ha, I talked myself into A. Falls aren't a contraindication - you'd have to fall ~300x/yr for the bleed risk to outweigh.
Dr. Vikram Rao: A. And get a PT home safety eval for the porch. At [[AGE:96]] the shared decision is the whole thing; she sounds clear.
Dr. Lou Ann Cantrell: @Vikram Rao agree. tell miss [[PT:violet]] we said hey""",
    # 050 ED psych referral, Melbourne
    """\
Registrar Q for the consult-liaison people. ED referral I wrote last night, pasted:

To: [[FAC:Western Youth Early Psychosis Service]]
Re: Ms [[PT:Sushila Gurung]], 22F, DOB [[DATE:07/11/2002]]
Nursing student at [[FAC:Eastbridge Institute]] (student no. [[ID:s3871204]]), student visa, VEVO grant no. [[ID:0564112988301]], OSHC [[PLAN:44710928]]. Share house in [[PLACE:Footscray]], works casual at [[FAC:Sunshine Spice Mart]]. Email [[EMAIL:sushila.g22@ebi-students.net]], mob [[PHONE:0491 573 770]].
Presentation: 10 days of minimal sleep, believes housemates are filming her through the smoke alarm, stopped eating. Brought in by her friend [[REL:Pema Sherpa]] after she was found on [[STREET:Barkly St]] at 0300 talking to the traffic lights. Denies cannabis/meth; UDS negative.
Stressors: failed clinical placement, worried about her work-hour limit on the visa, couldn't go home to [[TOWN:Pokhara]] for [[DATE:Dashain]].
Organic screen: FBE, UEC, Ca, TSH, B12, HIV, syphilis all normal. MRI booked.
Nepali interpreter [[HCP:Bishnu]] via phone.
Impression: first-episode psychosis, ?brief psychotic disorder. Olanzapine 5mg given.

- Dr. Fran Delaney (CL psych): good referral. Please also note whether she consents to the uni being contacted - international students often fear it'll affect the visa. The early psychosis team won't contact the uni without consent.
- Dr. Tenzin Dorji: agree, and the student visa has a health-cover pathway for inpatient care, SW can check the OSHC. Nepali-speaking clinicians in the team if she'd prefer.
- OP: thanks both, she slept 9 hrs and asked for her mum.""",
    # 051 dictated discharge, Otago
    """\
Discharge summary, dictated + auto-transcribed, uncorrected (this is why our coders hate us). Posting for the RTP question.

Patient: [[PT:Wiremu Te Awa]]   NHI: [[PLAN:ZKL8820]]   DOB: [[DATE:2 Sept 1998]]
Admitted: [[DATE:21/6/24]]   Discharged: [[DATE:24/6/24]]   Ward 8A
ACC claim no. [[ID:10482277]]
"History colon twenty five year old male injured playing rugby for [[FAC:Taieri RFC]] at [[FAC:Peter Johnstone Park]] in [[TOWN:Mosgiel]] on the [[DATE:muddy key]] long weekend full stop tackled with neck flexion followed by transient bilateral arm pair of seizure and weakness lasting ten minutes full stop C T sea spine normal comma M R I no cord signal change full stop impression cervical cord new Rapraxia full stop follow up with physio [[HCP:Aroha Kingi]] at [[FAC:Mosgiel Physio Plus]] and sports med full stop no contact for at least six weeks full stop"
([[DATE:muddy key]] = [[DATE:Matariki]], pair of seizure = paraesthesia, new Rapraxia = neurapraxia.)
Dictated by Liam Fergusson, house officer, for Dr [[HCP:Coleman]].

- Anaru Walker (sports med): "[[DATE:muddy key]] long weekend" 😂. RTP after cord neurapraxia: if MRI clean, no stenosis (Torg ratio ok), full recovery, it's a shared decision; many return. Recurrence risk goes up with canal stenosis. Get flex/ext views.
- Liam Fergusson: cheers Anaru. His mum [[REL:Huia]] has already told him he's done with rugby, so.""",
    # 052 mountain ED, Colorado, UK tourist
    """\
Mountain ED in [[COUNTY:Summit County]], CO. Two problems in one tourist, want opinions.

28M [[PT:Olly Bennett]] ([[PT:Oliver James Bennett]] on his passport, no. [[ID:541890372]]), from [[TOWN:Leeds]], here skiing at [[FAC:Quandary Bowl]] resort, staying at the [[FAC:Alpenglow Lodge]] in [[TOWN:Frisco]]. Flew in [[DATE:Feb 11]] from sea level, skied hard days 1-2 at 11-12k ft, day 3 caught an edge → tibial plateau fx (Schatzker II). In ED SpO2 74% RA, R-sided crackles, pink frothy sputum - HAPE on top of it.
Tx so far: O2 to 90%, nifedipine ER 30, knee immobiliser, ortho consult.
His travel insurer (policy [[PLAN:TRV-GB-5581209]]) wants him on a commercial flight home [[DATE:Feb 19]]. UK mob [[PHONE:07700 900418]]. Mum [[REL:Helen]] has emailed us twice from [[EMAIL:helen.bennett61@moorsidemail.co.uk]], girlfriend [[REL:Priya]] is with him.
Q1: fly commercial 8 days after HAPE with a fresh plateau fx? Q2: ORIF here or at home?

- James Whitley (UK ortho, ex-pat): Schatzker II in a 28yo wants ORIF within ~2 wks; if he's flying home in 8 days, spanning ex-fix or just brace and let [[FAC:LGI]] do it. Don't do the ORIF and then fly him - DVT risk + swelling.
- Kat Moreno: HAPE resolves fast with descent; by day 8 he's usually fine for a pressurized cabin (~8000 ft equiv) if SpO2 normal on RA at [[TOWN:Denver]] altitude. Needs LMWH for the flight.
- OP: thanks. moved him down to [[TOWN:Denver]] today, sats 95% RA. [[PT:Olly]] says the insurer is "brilliant", which is a first.""",
]

FREE_NOTES: list[str] = [
    # 053 poll: decision rules
    """\
POLL: Do you actually use the Ottawa ankle rules, or is everyone just getting an X-ray?

Context: in our department the X-ray rate for ankle injuries is ~80%, the rules (Stiell et al., 1992; validated again and again since) would cut that to ~60% with sensitivity near 100%. Same story for the Canadian C-spine rule vs NEXUS and the Canadian CT Head Rule vs "CT everyone over 65 on a DOAC".
A) Use Ottawa every time
B) Use it but image anyway if the patient insists
C) Don't use it, imaging is cheap and defensive
D) We have nurse-initiated imaging with Ottawa built in

Results (n=611): A 34% · B 41% · C 9% · D 16%

Comments
Dr. Harriet Mbeki: B, honestly. The rule is fine, the patient satisfaction survey is not.
Dr. Colin Baxter: D here (Scotland). Triage nurses apply it, we audit quarterly, miss rate zero in 3 yrs.
Dr. Harriet Mbeki: @Colin Baxter envious. We tried D and the radiographers pushed back because the requests didn't meet IR(ME)R justification.
Dr. Tomás Acevedo: A, but I add the Ottawa knee rule and the Pittsburgh rule for knees in kids >12. Still miss the occasional Maisonneuve - always palpate the proximal fibula.""",
    # 054 journal club, SGLT2i in HF
    """\
Journal club - SGLT2 inhibitors across the EF spectrum. Reading list:
1. DAPA-HF (McMurray et al., N Engl J Med 2019;381:1995-2008, doi:10.1056/NEJMoa1911303)
2. EMPEROR-Reduced (Packer et al., NEJM 2020)
3. EMPEROR-Preserved (Anker et al., NEJM 2021) and DELIVER (Solomon et al., NEJM 2022)
4. The 2022 AHA/ACC/HFSA guideline, section 7.3, and the 2023 ESC focused update
Summary: ~25% relative reduction in CV death or worsening HF in HFrEF, regardless of diabetes; ~20% in HFmrEF/HFpEF, driven by HF hospitalisation. NNT ~21 over 18 months in DAPA-HF. Initial eGFR dip of 3-5 mL/min/1.73m² is expected; don't stop it.
Questions for the group:
- Do you start it in hospital (EMPULSE) or wait for clinic?
- Euglycaemic DKA: sick-day rules in every discharge letter?
- eGFR floor: DAPA-CKD went down to 25.

Replies:
Natasha Orlova: we start in hospital once stable, after EMPULSE and STRONG-HF our HF nurses titrate within 2 weeks. Sick-day rules printed in 6 languages.
Ben Achebe: careful in the frail elderly with poor intake - we had two ketoacidoses on the geriatric ward this year. Not a reason to withhold, a reason to counsel.
Natasha Orlova: agree Ben. Also genital mycotic infections ~5%, tell people before they google it.""",
    # 055 ED board without names
    """\
ED board, 0300, for the handover pic I'm not allowed to post (no names, I typed it):

Resus 1: 78M inferior STEMI, lysed 0212 (PCI centre 3h away), reperfusion criteria met, on heparin, awaiting transfer.
Resus 2: 24F paracetamol OD 60 tabs staggered, NAC bag 2, ALT 44, INR 1.1.
Resus 3: empty, cleaned.
Majors 4: 66F ?PE, Wells 4.5, D-dimer 2800, CTPA booked.
Majors 5: 81M fall, GCS 14/15 (E4V4M6), on apixaban, CT head NAD, C-spine cleared by Canadian rule.
Majors 6: 35M renal colic, 6mm VUJ stone, analgesia + tamsulosin, for urology clinic 2/52.
Majors 8: 52F DKA, pH 7.09, FRIII 0.1 u/kg/h, K 3.8.
Minors: 3 waiting, longest 3h10.
Peds: 18mo febrile convulsion, 1st, 4 min, now playing, Apgar was 9/10 per red book.
Boarding: 4 in corridor for 4 North, 2 for the ICU, 1 for Ward 7B.
Staffing: 1 consultant, 2 regs, 1 SHO sick. Ambulances: 5 waiting, longest 2h.
Good luck, day team.""",
    # 056 ICU group chat, glucose targets
    """\
[07:40] Joy Street: morning all. argument on ward round re glucose targets in our septic lot, someone wants 4.4-6.1 "like van den Berghe"
[07:42] Grace Bishop: NICE-SUGAR (NEJM 2009) killed that. 6-10 mmol/L (108-180 mg/dL), avoid <4. the Leuven trials were surgical ICU + lots of parenteral nutrition
[07:44] Joy Street: that's what I said. also they quoted TGC-fast (2023) as supporting tight control?
[07:45] Grace Bishop: TGC-fast showed no benefit of tight control without early PN, so no. send them the SCCM 2024 glycaemic guideline
[07:51] Hunter Cole: peds ICU checking in: CHiP and HALF-PINT both no benefit of tighter control in kids either. 
[07:53] Joy Street: thanks both. Grace can you do the 5-min teaching at 0830? your slides from the spring are perfect
[07:54] Grace Bishop: will do. and reminder that the insulin infusion chart on the ICU still says 4-7, needs updating by pharmacy
[07:55] Hunter Cole: 👍 also the glucometers in bay 3 read high on the cap samples with noradrenaline, use art line gases""",
    # 057 Figure 1-style ECG
    """\
[image: 12-lead ECG, sinus rhythm 72, deeply inverted symmetric T waves V2-V4, no Q waves, preserved R wave progression]
Caption: 50s, chest pain yesterday resolved, pain-free now, troponin mildly up. Name the pattern.

Comments
@ecg_nerd_uk: Wellens type B (actually type A - biphasic is A, deep symmetric is B, people mix them up). Critical proximal LAD stenosis. Do NOT stress test. Cath.
@cardsfellowTO: agree. Ddx: pseudo-Wellens from cocaine, Takotsubo, CNS event (cerebral T waves), LVH with strain. Context makes it Wellens.
@ecg_nerd_uk: and the other LAD equivalents to know: de Winter T waves (upsloping ST depression + tall T's), Sgarbossa / Smith-modified Sgarbossa in LBBB, aVR elevation with diffuse depression. Brugada type 1 is the coved one in V1-V2 - don't confuse with Wellens.
@emresident_nz: saving this. we had a de Winter last month that the computer read as "nonspecific".
@cardsfellowTO: the machine reads about 1 in 3 OMIs correctly. The OMI manifesto by Meyers, Smith & Weingart is worth the read.""",
    # 058 M&M, generic
    """\
M&M - missed aortic dissection (details generalised, shared with the family's agreement)

A man in his 60s presented at night with sudden tearing interscapular pain that had "mostly gone" by triage. BP 168/94 R arm, not measured on the L. ECG: LVH, no STE. Troponin 18 → 22. Diagnosed as ACS, given aspirin, ticagrelor and enoxaparin, admitted to cardiology. Collapsed 6 hours later; bedside echo showed a pericardial effusion with tamponade. CT: Stanford type A dissection. Died in theatre.
Discussion points:
1. ADD-RS (aortic dissection detection risk score) was 2 (sudden onset + tearing quality; pulse deficit not examined). ADD-RS ≥2 → CT aorta, not D-dimer.
2. Bilateral arm BPs are a 30-second exam and weren't done.
3. Dual antiplatelet + LMWH before imaging: cognitive bias (anchoring on troponin).
4. Night shift, one reg covering ED and the CCU, 14 patients waiting.
Actions: ADD-RS added to the chest pain pathway; the electronic triage form now forces bilateral BP for chest pain radiating to the back; "IRAD says..." teaching at the next regional meeting.
Learning refs: IRAD (Hagan et al., JAMA 2000); ADvISED (Nazerian et al., Circulation 2018); ESC 2014 aortic guideline.

From the floor:
Ines Carvalho (EM consultant): the D-dimer debate is a red herring here; with ADD-RS 2 you go straight to CT aorta. The bigger failure is letting a mildly raised troponin close the question. Type A dissection into the RCA ostium causes an inferior STEMI picture in a few percent - think of it before lysis or heparin.
Mark Oyelaran (cardiology): agree, and from our side the handover accepted "NSTEMI" without anyone re-examining. Our receiving SHO now repeats bilateral BPs and looks at the mediastinum on the CXR on arrival.
Ines Carvalho: the nursing staff also escalated new pallor and a BP drop at 0300; the call went to a bleep holder who was in resus. We need a second escalation route when the reg is tied up.
Mark Oyelaran: +1. And we should stop giving ticagrelor in ED before the diagnosis is secure - clopidogrel or nothing until the cath lab decides.
Chair: thank you. The family asked that the learning is shared widely, which is why this summary is going to the network.""",
    # 059 anonymised tumour board
    """\
Breast MDT outcomes (anonymised for the teaching group, no identifiers)

Pt A - 40s, screen-detected, BI-RADS 5, core: IDC grade 2, ER 8/8, PR 6/8, HER2 1+, Ki-67 15%. cT1cN0. Outcome: WLE + SLNB; Oncotype if node neg; RT.
Pt B - 50s, symptomatic lump 4cm, IDC grade 3, triple negative, cT2N1. Outcome: neoadjuvant KEYNOTE-522 regimen (pembro + carbo/paclitaxel then AC/EC), germline BRCA testing.
Pt C - 70s, ECOG 2, ILC 2.5cm, ER 8/8 HER2 0. Outcome: primary endocrine therapy with letrozole, reassess 3/12 with USS.
Pt D - 30s, pregnant 22/40, IDC grade 3 HER2 3+. Outcome: surgery now, anthracycline-based chemo after 14/40 is OK, trastuzumab deferred until after delivery (oligohydramnios risk). Refer to fertility + perinatal psych.
Pt E - 60s, DCIS high grade 6cm, BI-RADS 4c calcs. Outcome: mastectomy + SLNB, discuss reconstruction.
Notes: NPI for Pt A estimated 3.3 (Nottingham Prognostic Index). PREDICT v2.1 for Pt B to be run in clinic. Next MDT in 7/7.""",
    # 060 ALL-CAPS lab paste
    """\
PASTING THE LAB PRINTOUT, NO IDENTIFIERS, WHAT'S YOUR READ?

SPECIMEN: SERUM/PLASMA    COLLECTED 0612    RECEIVED 0640
NA        126   L   (135-145 MMOL/L)
K         6.4   H   (3.5-5.3)
CL        92    L
HCO3      14    L
UREA      18.2  H
CREAT     162   H   (45-90 UMOL/L)
GLUC      3.1   L
CA (ADJ)  2.71  H
CORTISOL (RANDOM, 0600)  48 NMOL/L  L
ACTH      PENDING
TSH       4.9
FBC: HB 112, WCC 11.8, EOS 1.4 H, PLT 412
VBG: PH 7.29, LACTATE 2.1

REPLIES
Ahmad Qureshi: that's an Addisonian crisis until proven otherwise. Hyponatraemia + hyperkalaemia + hypoglycaemia + eosinophilia + hypercalcaemia. Hydrocortisone 100mg IV now, don't wait for the ACTH or a synacthen. Code it E27.2, not E87.1.
Beth Ogunleye: agree. And 1L saline fast, then look for the precipitant. Sick day rules + emergency card on d/c. Ask about recent steroid withdrawal, TB, autoimmune hx, and check 21-hydroxylase Ab.""",
    # 061 dictated teaching, raw
    """\
Dictated this on the drive home for the med students (Dragon, lightly fixed):

"Teaching note period new paragraph Kussmaul breathing is deep comma laboured breathing seen in metabolic acidosis period it is not the same as Cheyne Stokes breathing comma which is cyclical with apnoeas comma or Biot's breathing comma which is irregular clusters period new paragraph remember the mud piles mnemonic is outdated comma use GOLDMARK for anion gap acidosis colon glycols comma oxoproline comma L lactate comma D lactate comma methanol comma aspirin comma renal failure comma ketones period new paragraph Winter's formula colon expected P C O 2 equals one point five times bicarbonate plus eight plus or minus two period end of dictation"
(it wrote "cuss mall" for Kussmaul, fixed.)""",
    # 062 place-named tick diseases, US states
    """\
Tick season PSA from an ID doc who's moved around:
- Lyme disease: New England, the mid-Atlantic, Wisconsin, Minnesota. Named for Lyme, Connecticut, where the 1975 arthritis cluster was described. Single-dose doxy 200mg as PEP if Ixodes attached ≥36h, within 72h, in an endemic area.
- Rocky Mountain spotted fever: most cases are in North Carolina, Tennessee, Oklahoma, Arkansas, Missouri - not the Rockies. And the Brown dog tick outbreaks in Arizona. Doxy for everyone including kids <8; mortality rises daily without it.
- Colorado tick fever: actually in the Rockies. Supportive.
- Powassan: New York, Minnesota, Wisconsin, Maine. Encephalitis, no treatment.
- Heartland and Bourbon viruses: Missouri, Kansas. Leukopenia, thrombocytopenia.
- STARI (southern tick-associated rash illness): Lone Star tick, EM-like rash in Texas to Maine.
- Alpha-gal syndrome: Lone Star tick again. Delayed anaphylaxis 3-6 h after red meat.
Good refs: CDC's "Tickborne Diseases of the United States" reference manual, 6th ed; IDSA/AAN/ACR 2020 Lyme guideline.
Reply from Daniel Yoon: add tularemia and ehrlichiosis, and "babesia in anyone with fever and hemolysis after a trip to Nantucket" - that's the classic board question.
Reply from Sofia Marchetti: Daniel, careful, Nantucket is a place, the mods will flag it 😄""",
    # 063 Australian arboviruses and more
    """\
For the new registrars rotating up north - the place-named stuff that'll be on your differential:
• Ross River virus & Barmah Forest virus: polyarthritis, rash, fatigue for months. Serology (IgM, then paired IgG). Notifiable in every state and territory.
• Murray Valley encephalitis & Kunjin (West Nile lineage): rare, nasty, kids and visitors to the Kimberley and the Top End after a big wet. MRI thalamic changes.
• Japanese encephalitis: turned up in Victoria, NSW, SA and Queensland in the 2022 piggery outbreak. Vaccine for at-risk workers.
• Hendra: horses → vets, Queensland and northern NSW. Call the public health unit.
• Australian bat lyssavirus: any bat bite/scratch = wound care + RIG + vaccine, no exceptions.
• Melioidosis: the wet season, diabetics, "the great mimicker". Meropenem for severe, then TMP-SMX eradication 3/12.
• Irukandji syndrome: Carukia barnesi and friends, tropical waters Oct-May. Catecholamine storm; fentanyl, GTN, magnesium is controversial.
• Q fever: abattoir and farm workers, any state. Vaccine needs skin test + serology first.
References: the Therapeutic Guidelines (eTG), the CDNA Series of National Guidelines (SoNGs), and the NT Health melioidosis guideline.
Reply - Sunny Patel: the Top End registrars should add strongyloides screening to every immigrant/Indigenous pre-steroid work-up. Ivermectin is cheap.
Reply - Bree O'Connell: thanks Sunny. putting this on the tearoom wall.""",
    # 064 NICE sepsis guidance
    """\
NICE updated the sepsis guideline (NG51) - link for those who haven't seen it: https://www.nice.org.uk/guidance/ng51
Main changes as I read them:
- NEWS2 is now the risk stratification tool for adults in acute hospitals (age ≥16, not pregnant).
- NEWS2 ≥7: antibiotics within 1 hour. 5-6: within 3 hours, after senior review. 1-4: within 6 hours if infection suspected and clinician concerned.
- "Sepsis Six" language is gone from NICE but most trusts still teach it (UK Sepsis Trust).
- Lactate ≥2 mmol/L remains a flag; ≥4 is high risk.
Discussion:
Abigail Fenwick: the 1-hour target for NEWS2 7+ is still going to flood the resus bays on a Monday. Did they model the antibiotic stewardship impact?
Rhodri Evans: in Wales we've been on NEWS since 2012 and the sky didn't fall. Main issue is the paeds tools (POPS, PEWS) not being aligned.
Abigail Fenwick: fair. Any good teaching slides? The RCP has a NEWS2 e-learning module, free.
Rhodri Evans: the HEE e-learning one, and the Surviving Sepsis Campaign 2021 adult guidelines for the ICU end (doi:10.1097/CCM.0000000000005337).""",
    # 065 Quebec French teaching post
    """\
Petit rappel pour les résidents de l'urgence (et pour moi-même):
- Règles d'Ottawa pour la cheville et le genou: radiographie seulement si douleur à la palpation malléolaire postérieure ou incapacité de faire 4 pas. Sensibilité ~99 %.
- Règle canadienne pour le TDM de la tête (TCC léger): GCS 13-15, âge ≥65, vomissements ≥2, fracture ouverte suspectée... Ne pas oublier l'anticoagulation.
- Score de Centor modifié (McIsaac): -1 point après 45 ans, +1 point avant 15 ans. Culture ou test rapide si ≥2.
- Score de Wells pour l'EP: >4 = probable. PERC si faible probabilité.
- Échelle de Glasgow: 15/15 n'exclut rien, surtout chez la personne âgée sous anticoagulant.
Lectures: les guides de l'INESSS sur l'usage optimal des antibiotiques, et le guide de l'ACMU/CAEP sur la TCC (2021).

Réponse de Marie-Ève Lapointe: merci! J'ajouterais le score de San Francisco pour la syncope, mais attention: moins bonne sensibilité en validation externe que l'Ottawa Syncope Risk Score (Thiruganasambandamoorthy, CMAJ 2017).
Réponse de Nicolas Gauthier: +1, et les critères de Rochester pour les fièvres chez le nourrisson... ou plutôt l'algorithme PECARN de 2019 maintenant.""",
    # 066 handover with bed numbers only
    """\
Night handover, med reg → day team, no names (rewritten for the group):
4 North
- bed 2: 71F CAP, CURB-65 3, day 2 amox/clari, O2 weaned to 2L. Fine.
- bed 9: 84M AKI on CKD3b, Cr 310 from 160, on fluids, K 5.8 → 5.1 after insulin/dex. Renal r/v today.
- bed 14: 58M alcohol withdrawal, CIWA-Ar 18 at 0400, chlordiazepoxide regime increased. Pabrinex 2 pairs tds.
Ward 7B
- bed 3: 45F new AF 140s, rate-controlled with bisoprolol 2.5, TSH pending, CHA2DS2-VASc 1 (female only), no anticoag.
- bed 11: 67M hypoNa 119, fluid restricted, slow correction (<8 in 24h). Na 121 at 0600. SIADH work-up sent.
CCU
- bed 1: post-PPCI LAD, Killip I, fine.
HDU
- bed 4: DKA, off FRIII at 0500, basal-bolus started.
Outliers: 2 on the surgical floor (bed 21, 22), both for discharge if bloods ok.
Jobs: 7B bed 11 Na at 1200, 4N bed 9 renal r/v, chase echo for 7B bed 3.
Bleep the night reg if anything before 0900, then the day reg.""",
    # 067 measles public health post
    """\
Measles is back. Sharing the WHO fact sheet (https://www.who.int/news-room/fact-sheets/detail/measles) and our provincial update for those of us who've never seen a case.

Numbers: large outbreaks in 2024-25 across Ontario, Alberta and Quebec, plus Texas and New Mexico in the US and several European countries. Most cases unvaccinated or unknown status.
Clinical: prodrome of the 3 Cs (cough, coryza, conjunctivitis) + high fever, then Koplik spots, then a maculopapular rash spreading cephalocaudally day 3-4. Infectious 4 days before to 4 days after rash onset.
Testing: NP swab + urine for PCR, serum IgM. Call public health BEFORE the patient arrives so they don't sit in the waiting room.
PEP: MMR within 72h or immunoglobulin within 6 days for infants <6 months, pregnant non-immune, immunocompromised. Vitamin A for kids with measles (WHO dose by age).
Airborne isolation, N95, negative-pressure room.

Comments:
Dr. Amara Osei: thank you. Reminder that healthcare workers born before 1970 are not automatically immune in every jurisdiction, check your occ health policy.
Dr. Luke Brennan: and the rash in darker skin can look very different, less erythema. The CDC image library is limited on this.""",
    # 068 Sermo thread, GBS
    """\
Sermo · Neurology · Case discussion
Young adult, 2 weeks after a bout of bloody diarrhoea (Campylobacter jejuni on stool PCR), now ascending weakness, areflexia, can't walk unaided (GBS disability score 4). FVC 2.1L. No ophthalmoplegia, so not Miller Fisher. LP: protein 1.2, cells 2 (albuminocytological dissociation). Nerve conduction: AMAN pattern.
IVIG 0.4 g/kg/day x5 started. Question: the Erasmus GBS Outcome Score (EGOS) and modified EGOS put him at moderate risk of not walking at 6 months. Second IVIG course (SID-GBS trial said no)? PLEX?

Comments
Dr. Helena Kowalczyk: SID-GBS (Walgaard et al., Lancet Neurol 2021) showed no benefit and more thrombosis with a second dose. Don't. Supportive, watch the 20/30/40 rule (FVC <20 ml/kg, MIP weaker than -30, MEP <40) for intubation.
Dr. Samuel Adeyemi: agree. Also Brighton criteria level 1 met. Check for autonomic instability - the arrhythmias kill more than the weakness in some series. Telemetry.
Dr. Helena Kowalczyk: and pain: gabapentinoids or carbamazepine per the IGOS consensus. People forget GBS hurts.
OP: thank you both, staying with supportive + telemetry. The EGOS calculator on the IGOS website is handy.""",
    # 069 phone-typed DKA reply
    """\
replying from the bus sry for typos. for ur dka q:
- fixed rate insulin 0.1 u/kg/hr, dont stop the long acting if theyre on it (JBDS 2023 says continue basal)
- 0.9% saline 1L over 1h then 1L over 2h, 2h, 4h, 4h, 6h, adjust for age/HF
- add 10% glucose at 125ml/hr when cbg <14
- potassium: none if K >5.5, 40mmol/L if 3.5-5.5, senior r/v if <3.5 (and dont start insulin till K >3.5 in the US protocol)
- bicarb: no. not unless pH <6.9 and even then meh
- resolution = ketones <0.6, pH >7.3, hco3 >15
- look for the cause: infection, missed insulin, MI, sglt2i (euglycaemic!!), new dx
- in kids its the BSPED protocol, different fluids bc cerebral oedema, dont use the adult one
the ADA/EASD/JBDS consensus from 2024 harmonised a lot of this. dm me if u want the pdf, its on diabetes.org.uk too
-- sent from my phone, pls excuse the spelling, im off the nite shift and my brain is mush""",
    # 070 journal club, RECOVERY
    """\
Journal club recap: RECOVERY (dexamethasone arm) and what it taught us about platform trials.
Citation: The RECOVERY Collaborative Group. Dexamethasone in Hospitalized Patients with Covid-19. N Engl J Med 2021;384:693-704. doi:10.1056/NEJMoa2021436. PubMed: https://pubmed.ncbi.nlm.nih.gov/32678530/. ISRCTN50189673.
Key numbers: 28-day mortality 22.9% vs 25.7%; benefit on IMV (29.3% vs 41.4%, NNT ~8) and O2 (23.3% vs 26.2%), no benefit / possible harm without O2.
Design points: open-label, pragmatic, one-page CRF, recruited in 176 NHS hospitals across England, Scotland, Wales and Northern Ireland within weeks.
Critiques raised: open-label (but mortality is hard to bias), no data on viral load, dose 6mg chosen pragmatically; later trials (COVID STEROID 2, 12 vs 6 mg) and RECOVERY's own high-dose arm (harm in those on O2 only).
Discussion:
- Dr Olu Bankole: the real lesson is infrastructure. REMAP-CAP and RECOVERY both existed because someone had built the machinery before the pandemic.
- Dr Ellen Fairweather: and the negative arms (hydroxychloroquine, lopinavir, azithro, convalescent plasma) probably saved more lives than dex by stopping harm.
- Dr Olu Bankole: well put Ellen.""",
    # 071 wrong-site block M&M, generic
    """\
M&M summary - wrong-side regional block (near miss → actual event). Circulated under the usual learning-not-blame terms.

What happened: an elective day-case patient listed for a right knee arthroscopy had a left-sided adductor canal block performed in the anaesthetic room. The site had been marked (arrow on the right thigh), the WHO sign-in was done, but the "Stop Before You Block" moment was skipped because the patient was turned and the drapes covered the mark. The error was recognised at the time out in theatre. No nerve injury; the right-sided block was not repeated; general anaesthetic given. Patient informed under Duty of Candour, apology given.
Contributing factors: list changed order that morning; the ODP was covering two rooms; a trainee was performing under indirect supervision; ultrasound machine positioned on the wrong side as the previous case was left-sided.
Actions:
1. "Stop Before You Block" card laminated onto every ultrasound machine.
2. Block performer and assistant both confirm the mark immediately before needle insertion, out loud.
3. Regional anaesthesia teaching added to induction.
Refs: Safe Anaesthesia Liaison Group / RA-UK "Stop Before You Block" (2011, updated 2022); NHS England Never Events framework.""",
    # 072 NZ rheumatic fever
    """\
Acute rheumatic fever remains a thing here. For anyone new to Aotearoa:
- Incidence in Māori and Pacific children is among the highest in the world; Pākehā rates are near zero. It's poverty, crowding and access, not genetics.
- Diagnosis: Jones criteria (AHA 2015 revision) with moderate/high-risk population criteria - monoarthralgia counts as a major, and subclinical carditis on echo counts.
- Sore throat management: the NZ guidelines (Heart Foundation 2019) say treat at-risk kids' strep throats with 10 days of amoxicillin, no culture wait.
- Secondary prophylaxis: benzathine penicillin G 1.2 MU IM every 28 days (900 mg, or 600,000 U under 30kg). Lidocaine-mixed injections hurt less. Duration to age 21 or 10 yrs after the last episode, longer for moderate/severe RHD.
- Register: each region keeps a rheumatic fever register for the 4-weekly injections, usually run by public health nurses.
Link: https://www.heartfoundation.org.nz (the ARF/RHD guideline).
Replies:
Ana Tupou: thank you for the "not genetics" line. Also school-based throat swabbing programmes worked where they were funded.
Rangi Parata: and kaupapa Māori providers get much better injection adherence. Resource them.""",
    # 073 Appalachian black lung discussion
    """\
Anyone else in coal country seeing the PMF resurgence? Sharing what we've pieced together.
- NIOSH Coal Workers' Health Surveillance Program data: progressive massive fibrosis in central Appalachia (Kentucky, West Virginia, Virginia) at levels not seen since the 1970s, in miners in their 40s and 50s.
- Driver is thought to be respirable crystalline silica from cutting thinner seams through sandstone, not just coal dust. MSHA finally lowered the silica PEL in 2024.
- Radiology: ILO classification, large opacities category A/B/C. A B-reader is required for federal black lung benefit claims.
- There's no treatment except transplant; nintedanib data in pneumoconiosis are thin.
- Think about TB, rheumatoid pneumoconiosis (Caplan syndrome), and lung cancer on serial imaging.
Practical: the federal Black Lung Benefits Act clinics and the black lung clinics funded by HRSA do the DOL exams for free. Patients often don't know.

Reply - Dr. Wes Caudill: we refer everyone to the Black Lung clinic network. The lawyers come later. Also COPD from dust without PMF still qualifies if it's total disability.
Reply - Dr. Anjali Menon: thank you. I'm an IMG in my first year here and didn't know any of this. The spirometry technique for the DOL exams is very specific - are there CME modules?
Reply - Dr. Wes Caudill: @Anjali Menon yes, NIOSH spirometry certification, it's free online.""",
    # 074 tribal health policy discussion
    """\
IHS / tribal health folks - question about Purchased/Referred Care (PRC) and how you handle it.
Situation in general terms: a patient needs a specialist the IHS facility doesn't have, and PRC funds run out by the third quarter most years. Priority 1 (life or limb) still gets paid; elective orthopaedics, dental prosthetics and most imaging get deferred.
What's worked for us:
1. Enrolling everyone eligible into Medicaid (expansion states) - that brings third-party revenue and PRC is the payer of last resort.
2. Telehealth specialty clinics (endo, derm, psych) through the Navajo Nation and the Great Plains area partnerships, billed as 99214 with modifier 95 where a third party pays.
3. CHRs (community health representatives) doing home visits for diabetes and BP.
4. Tribal self-governance (638 compacts) sites have more flexibility on budgets than direct-service IHS.
What hasn't: asking patients to travel 4 hours for a 15-minute visit.

Replies:
Dr. Carla Benally: same experience in the Southwest. The Indian Health Care Improvement Act permanent reauthorisation in 2010 helped, but the appropriations are still ~half of what's needed per capita.
Dr. Ryan Littlefeather: on the Plains, winter weather is our biggest access barrier. We use community paramedicine now.
Dr. Carla Benally: Ryan, would love to see your protocol.""",
    # 075 poll: Kawasaki vs MIS-C
    """\
POLL for peds folk: 4-year-old, 5 days of fever, bilateral non-purulent conjunctivitis, cracked red lips, strawberry tongue, polymorphous rash, unilateral cervical node 1.8 cm. CRP 140, albumin 28, ALT 80, plt 520 on day 7. Echo: LAD z-score +2.3. SARS-CoV-2 serology negative.
A) Complete Kawasaki disease - IVIG 2 g/kg + aspirin
B) Incomplete KD
C) MIS-C
D) Something else (adenovirus, scarlet fever, DRESS, SJS)

Results (n=287): A 71% · B 12% · C 9% · D 8%

Comments
Dr. Mei Tanaka: A - 4 of 5 principal criteria + fever ≥5 days per AHA 2017. Z-score 2.3 = dilation. Add steroids? The Japanese RAISE trial supports prednisolone in high-risk (Kobayashi score ≥5), but that score doesn't validate well in non-Japanese populations.
Dr. Oliver Grant: A. MIS-C more likely with GI sx, shock, myocardial dysfunction, lymphopenia, and recent COVID. Negative serology helps.
Dr. Mei Tanaka: @Oliver Grant agree, and don't forget the second echo at 2 weeks and 6 weeks.""",
    # 076 eponymous signs in GI malignancy
    """\
Teaching post: "named" signs of intra-abdominal malignancy - the ones that come up in finals and once a decade on the wards.
- Virchow's node (left supraclavicular, Troisier's sign when palpable): gastric, pancreatic, anything draining via the thoracic duct.
- Sister Mary Joseph nodule: periumbilical metastasis. Named after the surgical assistant to William Mayo who noticed it while prepping patients.
- Krukenberg tumour: ovarian mets, signet ring, usually gastric.
- Blumer's shelf: rectal shelf from drop mets in the pouch of Douglas.
- Courvoisier's law: painless jaundice + palpable gallbladder = unlikely to be stones.
- Trousseau's sign of malignancy: migratory thrombophlebitis (pancreas). Not to be confused with Trousseau's sign of hypocalcaemia (carpopedal spasm with the cuff).
- Leser-Trélat sign: sudden eruption of seborrhoeic keratoses.
- Irish node: left axillary node in gastric cancer.
- Sister Mary Joseph, Virchow, Trousseau, Krukenberg: all real people; none of them are your patients.

Replies:
Dr. Patrick Irish: I've been waiting my whole career for someone to mention the Irish node.
Dr. Nadia Haddad: lol Patrick. also add Murphy's sign vs Courvoisier as a classic trap.""",
    # 077 Scottish scores
    """\
Scottish scoring systems, ranked by how often I use them as a Glasgow-trained reg:
1. Glasgow Coma Scale - daily. Report the components, not the total: E3V4M6 tells you more than "13/15".
2. Glasgow-Blatchford score - daily in upper GI bleeds. GBS 0-1 can go home for OP endoscopy (NICE and the international consensus).
3. Glasgow Imrie (modified Glasgow) score for pancreatitis - 3+ within 48h = severe. PANCREAS mnemonic.
4. Edinburgh Postnatal Depression Scale - in every postnatal check.
5. The Glasgow Outcome Scale (extended, GOS-E) for TBI research.
6. Dundee ready education environment measure (DREEM) - only if you do med ed.
7. The "Aberdeen" varicose vein questionnaire - once, in FY1.
Also honourable mentions from south of the border: the Oxford knee score, the Nottingham hip fracture score, the Manchester triage system, the Leeds assessment of neuropathic symptoms (LANSS).
Replies:
Kirsty MacAulay: the Glasgow-Blatchford ≤1 discharge has saved us so many admissions. 
Duncan Reid: Kirsty, you forgot the Scottish Intercollegiate Guidelines Network (SIGN) - not a score but my favourite PDFs.""",
    # 078 TB in the North, population level
    """\
For locums heading to Nunavut or Nunavik this winter - TB primer from someone who's done 6 rotations up there.
- Inuit TB incidence in Canada is many times higher than in the Canadian-born non-Indigenous population. The federal/ITK goal is elimination by 2030.
- Active case-finding: every cough >2-3 weeks gets sputum x3 (AFB smear, culture, GeneXpert). Don't wait for fever or weight loss.
- Latent TB: 3HP (weekly rifapentine + isoniazid x12 doses, DOT) is now the standard in most communities, 4R as alternative.
- Kids: contacts <5 get window prophylaxis even with a negative TST.
- CXR reading is remote; send images with a clinical question.
- Be aware of the history: the TB sanatorium era and evacuations south in the 1950s-60s. Trust is earned. Use interpreters for Inuktitut / Inuinnaqtun every time.
Resources: the Canadian Tuberculosis Standards, 8th edition (2022), the Nunavut TB manual, and the Inuit Tapiriit Kanatami TB elimination framework.

Replies:
Dr. Siobhan Keating: great list. I'd add: check vitamin D and nutrition, and ask about housing - 12 people in a 3-bedroom is common and that's the whole transmission story.
Dr. Paul Aupilaarjuk-Graves: and the community health reps are the ones who actually make DOT work. Bring them coffee.""",
    # 079 dosing question with nomograms
    """\
Pharm/ID question for the group - once-daily gentamicin in a young adult with pyelo, CrCl by Cockcroft-Gault 95 mL/min, weight 72 kg.
Our hospital uses the Hartford nomogram (7 mg/kg, level at 6-14h, read off the chart for interval). The hospital down the road uses the Urban-Craig nomogram (5 mg/kg). And the Australian eTG uses 5-7 mg/kg with AUC monitoring via a Bayesian program.
Which one do you use, and do you do a level at all for a single dose?
Also vanc: we moved to AUC/MIC 400-600 (ASHP/IDSA 2020 consensus) from troughs 15-20. Loading 25-30 mg/kg, max 3g.

Replies
Zara Hussain (ID pharm): for a single empiric dose in normal renal function, no level. If continuing >48h, Hartford is fine at 7 mg/kg q24h with one random level. Bayesian dosing (DoseMeRx, InsightRx etc.) is the future.
Jack Oduya: we use 5 mg/kg + Urban-Craig in the elderly. Old habits.
Zara Hussain: Jack, the nomograms were derived in different populations, so honestly pick one and audit nephrotoxicity. Ours was 4% with Hartford.
Jack Oduya: fair. And thanks for the vanc AUC reminder, our lab still reports troughs.""",
    # 080 ED triage categories across systems
    """\
Fun comparison from an EM reg who's worked in four systems:
- UK: Manchester Triage System - red (immediate), orange (10 min), yellow (60), green (120), blue (240). The 4-hour target from arrival.
- Australia/NZ: Australasian Triage Scale - ATS 1 immediate, 2 within 10 min, 3 within 30, 4 within 60, 5 within 120. NEAT (4h) in some states.
- Canada: CTAS 1-5 (resuscitation, emergent, urgent, less urgent, non-urgent), with the pediatric version (PaedsCTAS).
- US: ESI 1-5 (resource-based for 3-5). No national time target; door-to-provider metrics vary.
- Ireland: Manchester, like the UK, plus the 6/9-hour targets.
Observations: ATS 2 and CTAS 2 are comparable; ESI 2 is broader. All of them struggle with the elderly and the "looks well, is dying" patient (e.g. an AAA with a BP of 130/80).

Comments
Zanele Mokoena: in SA we used SATS with the TEWS score - colour-coded too. The TEWS is surprisingly good.
Finn Larsen: great summary. Would add that Manchester was derived by consensus, not data, and still performs OK.
Zanele Mokoena: @Finn Larsen yes, and CTAS undertriages the over-75s in the validation studies.""",
    # 081 Irish GP out-of-hours chat
    """\
[19:02] Sinéad Brophy: anyone else on the co-op tonight? the system's down again, writing paper notes like it's the 90s
[19:04] Declan Moriarty: same. triage line has 40 waiting. HSE says "intermittent outage"
[19:06] Sinéad Brophy: grand. reminder for the new lads: medical card and GP visit card patients are free OOH, private are the co-op fee. don't argue at the door, take the details on paper
[19:09] Declan Moriarty: also the ICGP sepsis guide has the paper qSOFA + NEWS2 chart if the tablets are dead
[19:21] Aoife Kinsella: system back on this end. 3 chest pains in the car park, sending all 3 to ED, not taking chances with a paper ECG
[19:23] Sinéad Brophy: good woman. and a reminder to stock the car with benzylpenicillin 1.2g for suspected meningococcal, it's the one thing that matters on a house call
[19:40] Declan Moriarty: done. grand night for it. anyone want coffee from the garage, I'm passing
[19:41] Aoife Kinsella: flat white pls Declan, you're a saint""",
    # 082 ALL-CAPS protocol paste
    """\
PASTING OUR HYPERKALAEMIA PROTOCOL FROM THE LAMINATED CARD BECAUSE SOMEONE ASKED (NO IDENTIFIERS, CAPS AS PRINTED):

HYPERKALAEMIA - ADULTS (UK KIDNEY ASSOCIATION 2023)
MILD K 5.5-5.9 / MODERATE 6.0-6.4 / SEVERE ≥6.5
1. ECG CHANGES OR K ≥6.5: CALCIUM GLUCONATE 10% 30ML IV OVER 10 MIN (OR CALCIUM CHLORIDE 10% 10ML VIA CENTRAL LINE). REPEAT UP TO 3 TIMES IF ECG NOT IMPROVED.
2. INSULIN-GLUCOSE: 10 UNITS SOLUBLE INSULIN IN 25G GLUCOSE (50ML 50% OR 125ML 20%) OVER 15 MIN. CBG AT 0, 15, 30, 60, 90, 120, 180, 240, 300, 360 MIN. IF PRE-TREATMENT CBG <7: ADD 10% GLUCOSE 50ML/H FOR 5H.
3. SALBUTAMOL 10-20MG NEB (CAUTION IHD, TACHYARRHYTHMIA).
4. SODIUM ZIRCONIUM CYCLOSILICATE 10G TDS UP TO 72H (SEVERE) OR PATIROMER 8.4G OD (MODERATE, NOT FIRST LINE IN EMERGENCY).
5. REFER RENAL IF K ≥6.5 REFRACTORY OR AKI 3.
6. RECHECK K AT 1, 2, 4, 6 AND 24H.
STOP: ACEI/ARB, MRA, NSAIDS, TRIMETHOPRIM, K SUPPLEMENTS.
Comment from me: the CBG schedule matters, the 2-4h hypoglycaemia is what hurts people.""",
    # 083 fracture classification poll
    """\
Sermo POLL (ortho/EM): which classification do you actually write in the notes?
A) Just describe it (location, displacement, angulation, open/closed)
B) The eponym + classification (Salter-Harris II, Weber B, Garden IV, Gustilo IIIA, Schatzker VI)
C) AO/OTA codes
D) Whatever the radiologist wrote
Results (n=403): A 22% · B 58% · C 7% · D 13%

Comments
Dr. Adaeze Nnamdi: B, but always with a description. "Weber B" tells the ortho reg nothing about the medial clear space.
Dr. Peter Lindqvist: A + B. And please stop calling every distal radius fracture a Colles'. Smith's and Barton's exist, and the management is different.
Dr. Adaeze Nnamdi: lol Peter. My favourites: Monteggia vs Galeazzi (MUGR - Monteggia ulna, Galeazzi radius), Bennett vs Rolando, Jones vs pseudo-Jones, Lisfranc, Chopart, Maisonneuve, Hill-Sachs and the bony Bankart.
Dr. Peter Lindqvist: and the Segond fracture = ACL until proven otherwise.
Dr. Grace Okafor: C in trauma research only. For the ward, B with description, and a Choosing Wisely reminder: no X-ray for most uncomplicated ankle sprains in adults who pass Ottawa.""",
    # 084 group chat with ordinary-word colleague names
    """\
[08:01] Hope Fields: morning! who's got the journal club slides for thursday?
[08:03] Bill Page: me. it's the CLOVERS trial (restrictive vs liberal fluids in sepsis, NEJM 2023). short version: no difference in 90-day mortality
[08:04] Hope Fields: and CLASSIC (Scandinavian, restrictive in ICU) - same answer
[08:05] Sandy Marsh: so... give what they need? revolutionary lol
[08:06] Bill Page: basically. 30 mL/kg is a starting point, not a rule. SSC 2021 downgraded it to a weak rec
[08:10] Hope Fields: can someone also cover the 4 North teaching at 1? the med students want ABGs
[08:11] Sandy Marsh: I'll do it. ABG cases: DKA, salicylate, COPD on O2, and a vomiting one for the metabolic alkalosis
[08:12] Bill Page: don't forget the delta ratio. they always forget the delta ratio
[08:13] Hope Fields: thanks both. Ward 7B is asking for a quick refresher on NEWS2 too, I'll do that one
[08:20] Sandy Marsh: coffee in the doctors' mess at 10? Bill's buying
[08:21] Bill Page: apparently I am""",
    # 085 travel medicine
    """\
Pre-elective travel clinic for our med students going to Sierra Leone, Uganda and Peru - checklist I use, feel free to steal:
Vaccines: yellow fever (certificate, 10 days before), typhoid, hep A/B, rabies pre-exposure (2 doses), meningococcal ACWY for the meningitis belt, cholera if doing outbreak work. Check MMR.
Malaria: atovaquone-proguanil or doxycycline; mefloquine only if neither. Bite avoidance, permethrin nets.
Viral haemorrhagic fevers to know about by geography:
- Lassa fever (West Africa, rodent-borne; ribavirin)
- Ebola and Marburg (Central/East/West Africa; bats, bodily fluids)
- Crimean-Congo haemorrhagic fever (ticks, livestock; Turkey, Balkans, Middle East, Afghanistan)
- Rift Valley fever (East Africa, livestock)
- Kyasanur Forest disease (India), Omsk haemorrhagic fever (Siberia)
- Yellow fever and dengue in South America; Oropouche is the new one in Peru and Brazil
Also: schistosomiasis from freshwater (Lake Victoria, Lake Malawi), strongyloides, and HIV PEP starter pack for needlestick.
Returning traveller with fever = malaria until proven otherwise. Use the UKHSA VHF risk assessment algorithm. Link: https://www.gov.uk/government/publications/viral-haemorrhagic-fever-algorithm-and-guidance-on-management-of-patients
Replies:
Mariam Diallo: as someone from Guinea - please tell them Lassa is very treatable if caught early, and the hospitals there do amazing work with little.
Chris Delaney: good add Mariam. And the students should register with their embassy.
Oluwaseun Bello: for the Peru group: altitude in the Andes (3,400 m+) - acetazolamide 125 mg bd from the day before ascent, and teach them the Lake Louise score to self-monitor. Bartonellosis (Carrion's disease) in the Andean valleys is rare but a fun quiz question.
Mariam Diallo: and for Uganda: East African trypanosomiasis (rhodesiense) near the game parks - tsetse flies ignore most repellents, so long sleeves in neutral colours. Plague is still reported in the West Nile region.
Chris Delaney: brilliant, compiling all of this into a one-pager for the elective office.""",
    # 086 surgical eponyms, post-op thread
    """\
Surgical teaching thread: name the operation, then what goes wrong on POD3.
1. Whipple (pancreaticoduodenectomy) - pancreatic fistula (ISGPF grade B/C), delayed gastric emptying.
2. Roux-en-Y gastric bypass - internal hernia (Petersen's space), anastomotic leak; tachycardia >120 is a leak until proven otherwise.
3. Hartmann's procedure - stoma ischaemia, pelvic abscess.
4. Ivor Lewis oesophagectomy - anastomotic leak, chyle leak, AF (a harbinger of leak).
5. Nissen fundoplication - dysphagia, gas bloat.
6. Billroth II - afferent loop syndrome, dumping.
7. Kasai portoenterostomy - cholangitis.
8. Ladd's procedure - recurrent volvulus (rare), adhesional SBO.
9. McKeown three-stage oesophagectomy - recurrent laryngeal nerve palsy.
Grading: Clavien-Dindo. IIIb = needs intervention under GA.
Replies:
Ahmed Siddiqui: add the Frey and Beger procedures for chronic pancreatitis and Puestow if you're old-school.
Lauren Whitfield: and the Pringle manoeuvre, the Kocher manoeuvre, the Cattell-Braasch... half of surgery is men's names.
Ahmed Siddiqui: Lauren, that's the most accurate thing ever posted here.""",
    # 087 decision rules across countries
    """\
Imaging decision rules compared - for our new residents from abroad.
Head: Canadian CT Head Rule vs NEXUS II vs New Orleans criteria. CCHR more specific; New Orleans very sensitive, poor specificity. Kids: PECARN (<2 and ≥2 versions) vs CATCH (Canada) vs CHALICE (UK).
C-spine: Canadian C-spine rule vs NEXUS. CCR better sensitivity in head-to-head (Stiell, NEJM 2003). Not validated >65 in NEXUS... actually both have age issues.
PE: Wells, revised Geneva, PERC, YEARS, PEGeD (age-adjusted / clinical-probability-adjusted D-dimer).
Syncope: San Francisco Syncope Rule (poor external validation), Canadian Syncope Risk Score, OESIL (Italian), EGSYS.
SAH: Ottawa SAH rule + the 6-hour CT rule (Perry et al., BMJ 2011).
Chest pain: HEART, EDACS (NZ/Australia), the 0/1h ESC algorithm with hs-troponin.
Ankle/knee/foot: Ottawa; knee also Pittsburgh.
Appendicitis: Alvarado, AIR, the Pediatric Appendicitis Score.
Reply from Thandiwe Nkosi: brilliant. Maybe add the Canadian TIA score and ABCD2 for the stroke people.
Reply from Hamish Fraser: Thandiwe - and the ROSIER scale from the UK for stroke recognition in ED.""",
    # 088 ARDS and proning
    """\
ICU folks: proning logistics question.
Berlin definition ARDS, P/F 95 on FiO2 0.8 and PEEP 14, plateau 28, driving pressure 14. ARDSNet low tidal volume (6 mL/kg PBW) already. PROSEVA (Guérin et al., NEJM 2013; doi:10.1056/NEJMoa1214103) says prone ≥16h/day for P/F <150.
How many staff do you need to prone safely, and do you prone on VV-ECMO?
Our unit: 5 people + 1 airway, checklist, eye care, pressure-area padding, ECG leads to back.

Replies
Dr. Magnus Eriksson: 5 + airway is standard. Yes we prone on ECMO, data from the PRONECMO trial is mixed but observational benefit. Watch cannula sites.
Dr. Ifeoma Chukwu: remember the contraindications: open abdomen, unstable spine, raised ICP, massive haemoptysis, late pregnancy (relative - we've proned at 28 weeks with a bump cut-out).
Dr. Magnus Eriksson: @Ifeoma Chukwu good point. Also ultrasound-guided recruitment isn't better than the ARDSNet PEEP/FiO2 table per ART trial (JAMA 2017) - don't do staircase recruitment.""",
    # 089 obstetrics teaching, eponyms and scores
    """\
Labour ward teaching for the new SHOs - the numbers and names you'll hear on day one:
- Bishop score: cervical dilatation, effacement, station, consistency, position. ≤6 unfavourable → prostaglandin/balloon; ≥8 favourable → ARM + oxytocin.
- Apgar at 1, 5 and 10 min: "Apgar 7/9" = 7 at 1 min, 9 at 5. Virginia Apgar was an anaesthetist.
- Gestation notation: 38+2 = 38 weeks 2 days. "G3P2" = 3 pregnancies, 2 births ≥24 weeks (UK definition).
- Robson groups (1-10) for caesarean audit; group 5 (previous CS, single cephalic ≥37/40) is usually the biggest.
- Naegele's rule for EDD (LMP + 9 months + 7 days), mostly replaced by dating scan CRL.
- Shoulder dystocia: McRoberts, suprapubic pressure, then internal manoeuvres (Rubin II, Woods' screw), posterior arm, all-fours (Gaskin). Zavanelli as last resort.
- Montevideo units for contraction strength (IUPC), rarely used in the UK.
- Kleihauer test after sensitising events in RhD-negative women to size the anti-D dose.
- Ferguson reflex, Braxton Hicks, Chadwick's sign, Hegar's sign - finals trivia.
Replies:
Rose Adeyemi: "Apgar 7/9" looks like a date every time someone writes it on the board lol.
Morgan Price: ha, and "2/7" on the postnatal ward means 2 days, not February. Teach that too, Rose.""",
    # 090 paeds fever criteria named for cities
    """\
Febrile infant ≤60 days - the alphabet soup, for the new interns:
- Rochester criteria (1985): low-risk if well-appearing, term, no focal infection, WBC 5-15, bands <1.5, UA ≤10 WBC/hpf. Infants ≤60 days.
- Philadelphia criteria: 29-56 days, includes LP; very high NPV.
- Boston criteria: 28-89 days, LP, ceftriaxone and discharge if low-risk.
- Step-by-Step (European): procalcitonin, CRP, ANC; well validated.
- PECARN febrile infant rule (2019): UA, ANC >4090, PCT >1.71.
- AAP 2021 clinical practice guideline for well-appearing febrile infants 8-60 days: the one to use in the US now.
- NICE NG143 (fever in under 5s) traffic light system in the UK.
Not to be confused with: Kawasaki disease (Japan), Still's disease, Henoch-Schönlein purpura (IgA vasculitis), Osgood-Schlatter, Sever's, Legg-Calvé-Perthes - all eponyms, none of them fever rules.
Replies:
Dr. Kofi Mensah: good summary. Note that "Boston" and "Philadelphia" were designed before HSV and GBS-era changes and before PCT. Use the AAP 2021 pathway.
Dr. Ingrid Solberg: and please LP the under-21-day infants regardless - they're high risk in every one of these rules.""",
    # 091 GI classifications
    """\
GI reg's cheat sheet of classifications that sound like a travel itinerary:
- Los Angeles classification of oesophagitis (grade A-D). LA grade C/D = 8 weeks PPI then re-scope.
- Montreal classification for IBD: Crohn's A2 L3 B2 p = age 17-40, ileocolonic, stricturing, perianal.
- Paris classification of superficial neoplastic lesions: 0-Is, 0-IIa, 0-IIb, 0-IIc. Vienna for dysplasia grading.
- Atlanta classification (revised 2012) for acute pancreatitis: interstitial vs necrotising; APFC, pseudocyst, ANC, WON.
- Tokyo Guidelines (TG18) for cholangitis and cholecystitis grading.
- Rome IV for functional GI disorders.
- Milan criteria (one tumour ≤5 cm or up to 3 ≤3 cm) for HCC transplant; UCSF criteria expanded.
- Baveno VII consensus for portal hypertension (non-invasive CSPH with elastography).
- Bristol stool chart (types 1-7), Boston Bowel Preparation Scale (0-9), Mayo endoscopic subscore (0-3), Forrest classification for ulcers (Ia, Ib, IIa...), Rockall and Glasgow-Blatchford scores, Child-Pugh and MELD-Na.
So yes: you can go from LA to Montreal to Paris to Vienna to Atlanta to Tokyo to Rome to Milan without leaving the endoscopy unit.
Reply - Jonas Weber: Baveno is a town on Lake Maggiore, so add Italy twice.
Reply - Priyanka Desai: Jonas you win the internet today.""",
    # 092 rheum / haem criteria
    """\
Rheum-heme cross-cover cheat sheet:
- Antiphospholipid syndrome: revised Sapporo (Sydney) criteria 2006, now the 2023 ACR/EULAR criteria with weighted domains.
- Vasculitis: Chapel Hill 2012 nomenclature; BVAS (Birmingham Vasculitis Activity Score) v3; FFS (Five-Factor Score, French Vasculitis Study Group).
- RA: 2010 ACR/EULAR ≥6/10.
- SLE: 2019 EULAR/ACR, ANA ≥1:80 entry.
- Lymphoma staging: Ann Arbor with Cotswolds modifications, now Lugano 2014 with PET-CT.
- Myeloma: Durie-Salmon (historic), ISS and R-ISS now. SLiM-CRAB for treatment.
- CML: the Philadelphia chromosome, t(9;22), BCR::ABL1. Sokal and ELTS scores.
- Hodgkin: Reed-Sternberg cells, IPS (Hasenclever).
- TTP: PLASMIC score ≥6, ADAMTS13 <10%.
- HLH: HLH-2004 criteria, HScore.
Replies:
Dr. Ravi Chandrasekhar: for the CML folks, the "Philadelphia" chromosome was found in, yes, Philadelphia, 1960. Nowell and Hungerford.
Dr. Beatriz Lozano: and Sapporo → Sydney → the 2023 criteria in 17 years. Progress.""",
    # 093 phone-typed lower-case replies
    """\
ok lower case bc one thumb, holding a baby (mine, not a pt 😂)
re ur q abt the fever rota: yes still short for the weekend. dawn says she can do sat day if someone swaps her sun night
rich mooney: i'll take sun night, dawn owes me a curry
dawn kearney: deal. also pls nobody book annual leave the week of the deanery exams, we're at minimum staffing
rich mooney: noted. and the sepsis audit is due end of month, 6 cases each
dawn kearney: ugh fine
me: thx both, sorry for the typos, baby is teething and i am not sleeping""",
    # 094 nail eponyms
    """\
Derm/IM teaching: the nail signs with people's names, because someone on the ward said "Terry's" and the med student looked for a patient called Terry.
- Terry's nails: white proximal, pink distal band - cirrhosis, CHF, diabetes.
- Lindsay's nails (half-and-half): CKD.
- Muehrcke's lines: paired white transverse bands that don't move with growth - hypoalbuminaemia.
- Mees' lines: single white transverse band that grows out - arsenic, thallium, chemo.
- Beau's lines: transverse depressions - any severe illness; date the illness by distance from cuticle (1 mm ≈ 10 days).
- Koilonychia: iron deficiency. Clubbing with Schamroth's window test.
- Splinter haemorrhages; Osler nodes (painful) vs Janeway lesions (painless) in endocarditis.
- Hutchinson's sign: pigment on the proximal nail fold in subungual melanoma (and a different Hutchinson's sign in herpes zoster ophthalmicus).
- Auspitz, Koebner, Nikolsky, Darier, Wickham's striae, Gottron's papules, Dennie-Morgan folds for the rest of the skin.
Replies:
Terry Okoye: as an actual Terry, I've been waiting for this post.
Lindsay Moore: same. Lindsay's nails has followed me since med school.""",
    # 095 journal club with DOIs and links
    """\
Journal club: stable CAD - do we still cath everyone with a positive stress test?
Papers:
1. ISCHEMIA (Maron et al., N Engl J Med 2020;382:1395-1407; doi:10.1056/NEJMoa1915922). 5,179 patients with moderate-severe ischaemia: invasive vs conservative, no difference in the primary endpoint at 3.2 yrs. More procedural MIs early, fewer spontaneous MIs late. Angina better with invasive.
2. ISCHEMIA-CKD (Bangalore et al., NEJM 2020) - same, no benefit in advanced CKD.
3. REVIVED-BCIS2 (Perera et al., NEJM 2022; doi:10.1056/NEJMoa2206606) - PCI for ischaemic LV dysfunction did not reduce death/HF hospitalisation.
4. ORBITA (Al-Lamee et al., Lancet 2018) and ORBITA-2 (Rajkumar et al., NEJM 2023) - placebo-controlled PCI for angina.
Links: https://pubmed.ncbi.nlm.nih.gov/32227755/ (ISCHEMIA) and the 2023 ESC chronic coronary syndromes guideline at https://www.escardio.org.
Take-homes: optimise medical therapy first; invasive for refractory angina, left main (excluded from ISCHEMIA - CCTA first), or reduced EF with viability... and even that's now questioned.

Replies:
Dr. Yasmin Sultana: our cath lab volume dropped ~15% after ISCHEMIA. Interesting to see whether patients feel better with the conservative arm when we explain the numbers.
Dr. Robert Kaminski: the SAQ angina data are the part to show patients - the benefit of PCI is symptomatic, not prognostic, in this group.
Dr. Yasmin Sultana: agree Robert. Next month: the FAME-3 paper.""",
    # 096 meta post: how to de-identify a case post
    """\
Mod post: how to write a case here without getting it removed. Please read before posting.
Do NOT include: names (including nicknames and initials), exact dates of admission/birth/death (use "day 3", "last winter" is too specific if combined with other details), ages over 89 (aggregate anyone that old into a single "ninety or older" category), street addresses, towns smaller than a region, postcodes/ZIP codes, phone or fax numbers, email addresses, any record, insurance, licence or device serial numbers, vehicle plates, social media handles, URLs of patients' fundraisers, photographs with faces or tattoos, and the name of your hospital, clinic or the patient's employer, school or church.
Do include: age bracket and sex, the clinical story, labs with units, imaging findings, your question.
Fine to mention: countries, states/provinces, broad regions ("rural Appalachia", "the Highlands", "the Top End"), scores and criteria (Wells, GCS 3/15, Apgar 7/9), duration shorthand (2/7, 3/52, 6/12), trial names, published case reports with citations, public guidelines.
Colleagues: you can @ each other. Don't name a colleague who isn't here.
If in doubt, report your own post and we'll help.

Comments
Dr. Naledi Khumalo: thanks. can we pin this?
Dr. Callum Forsyth (mod): pinned. And a reminder: "a 34-year-old with X in a small town" is fine; "the 34-year-old teacher from the primary school in [town]" is not.
Dr. Priscilla Ampofo: what about rare diseases? One case of something exotic in a small country is identifying even without a name.
Dr. Callum Forsyth (mod): exactly - generalise further ("a European country"), and drop anything that would make it findable in the local news. Same for unusual occupations and very unusual family structures.
Dr. Elijah Nakamura: and photos: crop jewellery, tattoos, wristbands, bedside whiteboards and monitors with names on. Check the metadata too.
Dr. Callum Forsyth (mod): we strip EXIF on upload, but not text burned into the image, so look before you post.
Dr. Naledi Khumalo: 👍""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc22-001": [{"name": "Travis Lott", "handle": "u/deltadoc_ms"}, {"name": "Andre Boudreaux", "handle": "u/bayoukid_md"}, {"name": "Kim Hollis", "handle": "u/pinebluff_er"}, {"name": "Josie Guidry", "handle": "u/cajun_hospitalist"}],
    "pc22-002": [{"name": "Lena Tsinajinnie"}, {"name": "Marcus Holt"}],
    "pc22-004": [{"name": "Olivier Paquette"}, {"name": "Ann-Marie Kowalski"}],
    "pc22-005": [{"name": "Wade Sturgill", "handle": "kyruralfp"}, {"name": "Mira Castle", "handle": "appalachian_id_doc"}],
    "pc22-006": [{"name": "Conor Devlin"}, {"name": "Sinéad Ní Chathail"}, {"name": "Rohan Agarwal"}, {"name": "Patricia McAuley"}],
    "pc22-007": [{"name": "Tom Whitfield"}, {"name": "Kirsty Anand"}],
    "pc22-008": [{"name": "Hannah Cole"}],
    "pc22-010": [{"name": "Samantha Ruiz"}, {"name": "Jed Halvorsen"}],
    "pc22-011": [{"name": "Tui Ngata", "handle": "@drtui_nz"}, {"name": "Helen Marsh", "handle": "@kiwi_derm"}],
    "pc22-012": [{"name": "Kevin Brennan"}],
    "pc22-014": [{"name": "Elin Vaughan"}, {"name": "Gareth Pritchard"}, {"name": "Rhiannon Beddoe"}],
    "pc22-015": [{"name": "Nadia Berthiaume"}, {"name": "Sam Okafor"}],
    "pc22-016": [{"name": "Ravi Menon"}, {"name": "Georgia Whitlock"}],
    "pc22-017": [{"name": "Priya Sandhu"}, {"name": "Marc Lafrenière"}],
    "pc22-018": [{"name": "Aaron Feld"}, {"name": "Tasha Greenlee"}],
    "pc22-019": [{"name": "Leah Sorensen"}, {"name": "Diego Benally"}],
    "pc22-020": [{"name": "Claire Fontenot"}, {"name": "Beau Landry"}],
    "pc22-021": [{"name": "Oyin Adebayo", "handle": "u/bleep_me_not"}, {"name": "Stuart Kemp", "handle": "u/reg_on_nights"}, {"name": "Arjun Shah", "handle": "u/plasterofparis"}],
    "pc22-022": [{"name": "Renata Villarreal"}, {"name": "Hector Garza"}],
    "pc22-023": [{"name": "Anika Brandt"}, {"name": "Raghav Iyer"}, {"name": "Wen Chen"}],
    "pc22-026": [{"name": "Josh Redfield"}, {"name": "Mei Lin Zhou"}],
    "pc22-027": [{"name": "Heather Cline"}, {"name": "Raj Patel"}],
    "pc22-028": [{"name": "Fiona Hart"}, {"name": "Ben Ashworth"}],
    "pc22-029": [{"name": "Nkechi Obi"}, {"name": "Will Harmon"}],
    "pc22-031": [{"name": "Kate O'Brien"}, {"name": "Ahmed Farouk"}],
    "pc22-032": [{"name": "calum reid"}, {"name": "nicola baird"}],
    "pc22-033": [{"name": "Lisa Crittenden", "handle": "u/tahlequah_endo"}, {"name": "Mark Chen", "handle": "u/okc_peds_endo"}, {"name": "Ray Fields", "handle": "u/rez_doc_ok"}],
    "pc22-035": [{"name": "Monique Dubé"}, {"name": "Sarah Kowalchuk"}],
    "pc22-036": [{"name": "Tanisha Brooks"}, {"name": "Ilya Petrov"}],
    "pc22-037": [{"name": "Megan Price", "handle": "u/magicvalleyFM"}, {"name": "Caleb Jensen", "handle": "u/snake_river_doc"}, {"name": "Ana Ruiz", "handle": "u/idaho_id"}],
    "pc22-038": [{"name": "Aled Morgan"}, {"name": "Carys Lewis"}],
    "pc22-039": [{"name": "Tom Nguyen"}, {"name": "Lucy Barrett"}],
    "pc22-040": [{"name": "Rachel Adler"}, {"name": "Noah Whitcomb"}],
    "pc22-041": [{"name": "Jonah Friesen"}, {"name": "Amrit Gill"}],
    "pc22-043": [{"name": "Kelechi Nwosu"}, {"name": "Sarah Feldman"}],
    "pc22-044": [{"name": "Sophie Lambert"}, {"name": "Kwame Asante"}],
    "pc22-045": [{"name": "Luis Ortega"}, {"name": "Brenda Kimsey"}],
    "pc22-046": [{"name": "Hannah Leung"}, {"name": "Marc Tessier"}, {"name": "Ji-woo Park"}],
    "pc22-047": [{"name": "Iain Macdonald"}, {"name": "Fiona Campbell"}],
    "pc22-048": [{"name": "Yusuf Haddad"}, {"name": "Leila Mansour"}],
    "pc22-049": [{"name": "Lou Ann Cantrell"}, {"name": "Vikram Rao"}],
    "pc22-050": [{"name": "Fran Delaney"}, {"name": "Tenzin Dorji"}],
    "pc22-051": [{"name": "Liam Fergusson"}, {"name": "Anaru Walker"}],
    "pc22-052": [{"name": "James Whitley"}, {"name": "Kat Moreno"}],
    "pc22-053": [{"name": "Harriet Mbeki"}, {"name": "Colin Baxter"}, {"name": "Tomás Acevedo"}],
    "pc22-054": [{"name": "Natasha Orlova"}, {"name": "Ben Achebe"}],
    "pc22-056": [{"name": "Joy Street"}, {"name": "Grace Bishop"}, {"name": "Hunter Cole"}],
    "pc22-057": [{"name": "Alan Pritchett", "handle": "@ecg_nerd_uk"}, {"name": "Sara Goldberg", "handle": "@cardsfellowTO"}, {"name": "Mikaere Dunn", "handle": "@emresident_nz"}],
    "pc22-058": [{"name": "Ines Carvalho"}, {"name": "Mark Oyelaran"}],
    "pc22-060": [{"name": "Ahmad Qureshi"}, {"name": "Beth Ogunleye"}],
    "pc22-062": [{"name": "Daniel Yoon"}, {"name": "Sofia Marchetti"}],
    "pc22-063": [{"name": "Sunny Patel"}, {"name": "Bree O'Connell"}],
    "pc22-064": [{"name": "Abigail Fenwick"}, {"name": "Rhodri Evans"}],
    "pc22-065": [{"name": "Marie-Ève Lapointe"}, {"name": "Nicolas Gauthier"}],
    "pc22-067": [{"name": "Amara Osei"}, {"name": "Luke Brennan"}],
    "pc22-068": [{"name": "Helena Kowalczyk"}, {"name": "Samuel Adeyemi"}],
    "pc22-070": [{"name": "Olu Bankole"}, {"name": "Ellen Fairweather"}],
    "pc22-072": [{"name": "Ana Tupou"}, {"name": "Rangi Parata"}],
    "pc22-073": [{"name": "Wes Caudill"}, {"name": "Anjali Menon"}],
    "pc22-074": [{"name": "Carla Benally"}, {"name": "Ryan Littlefeather"}],
    "pc22-075": [{"name": "Mei Tanaka"}, {"name": "Oliver Grant"}],
    "pc22-076": [{"name": "Patrick Irish"}, {"name": "Nadia Haddad"}],
    "pc22-077": [{"name": "Kirsty MacAulay"}, {"name": "Duncan Reid"}],
    "pc22-078": [{"name": "Siobhan Keating"}, {"name": "Paul Aupilaarjuk-Graves"}],
    "pc22-079": [{"name": "Zara Hussain"}, {"name": "Jack Oduya"}],
    "pc22-080": [{"name": "Zanele Mokoena"}, {"name": "Finn Larsen"}],
    "pc22-081": [{"name": "Sinéad Brophy"}, {"name": "Declan Moriarty"}, {"name": "Aoife Kinsella"}],
    "pc22-083": [{"name": "Adaeze Nnamdi"}, {"name": "Peter Lindqvist"}, {"name": "Grace Okafor"}],
    "pc22-084": [{"name": "Hope Fields"}, {"name": "Bill Page"}, {"name": "Sandy Marsh"}],
    "pc22-085": [{"name": "Mariam Diallo"}, {"name": "Chris Delaney"}, {"name": "Oluwaseun Bello"}],
    "pc22-086": [{"name": "Ahmed Siddiqui"}, {"name": "Lauren Whitfield"}],
    "pc22-087": [{"name": "Thandiwe Nkosi"}, {"name": "Hamish Fraser"}],
    "pc22-088": [{"name": "Magnus Eriksson"}, {"name": "Ifeoma Chukwu"}],
    "pc22-089": [{"name": "Rose Adeyemi"}, {"name": "Morgan Price"}],
    "pc22-090": [{"name": "Kofi Mensah"}, {"name": "Ingrid Solberg"}],
    "pc22-091": [{"name": "Jonas Weber"}, {"name": "Priyanka Desai"}],
    "pc22-092": [{"name": "Ravi Chandrasekhar"}, {"name": "Beatriz Lozano"}],
    "pc22-093": [{"name": "dawn kearney"}, {"name": "rich mooney"}],
    "pc22-094": [{"name": "Terry Okoye"}, {"name": "Lindsay Moore"}],
    "pc22-095": [{"name": "Yasmin Sultana"}, {"name": "Robert Kaminski"}],
    "pc22-096": [{"name": "Naledi Khumalo"}, {"name": "Callum Forsyth"}, {"name": "Priscilla Ampofo"}, {"name": "Elijah Nakamura"}],
}

build, render, main = first_set.blind_set(
    "pc22", Path(__file__).with_name("physician_cases_22.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
