# ruff: noqa: E501, RUF001, RUF002, W291 (the notes are data)
"""Blind test set 43: hospital medicine and critical care in the US, Canada, the UK, Ireland and Australia.

Writers: attendings, residents/registrars, hospitalists, intensivists and rural generalists
posting on a closed network for verified doctors. Settings include tertiary ICUs, district
and regional hospitals, and rural and Indigenous health services (IHS and tribal sites in
Arizona, New Mexico, South Dakota and Alaska; First Nations, Inuit, Cree and Tłı̨chǫ patients
in Ontario, Manitoba, Quebec, Nunavut, the NWT and BC; Aboriginal and Torres Strait Islander
patients and Aboriginal medical services in the NT, WA, NSW and Queensland; Gaelic-, Welsh-
and Irish-speaking patients in Scotland, Wales and Ireland). Formats: ICU consult posts,
handover and sign-out lists, rapid-response/MET/outreach debriefs, family-meeting and
goals-of-care notes, social-work and discharge-planning excerpts, transfer-centre logs,
ethics consults, coroner/medical-examiner/OMI referrals, death-certificate lines, lab
reports, faxed referral packets, pasted letters and emails, team group chats with speaker
labels and times, phone-typed lower-case one-liners, and long structured write-ups. Dates
appear in US, UK/AU, ISO, French, Spanish, Welsh, Scottish Gaelic, Irish and Polish forms.
The 44 PHI-free notes are teaching posts, trial and guideline summaries, eponymous signs,
place-named diseases, criteria and classifications, drug/dose tables, scores, codes,
public literature links, and rota/journal-club/conference chat among members.

Every person, institution and number is invented (US numbers use 555-01xx, UK numbers the
Ofcom drama ranges, Australian numbers the ACMA fictional ranges). Town and community names
are real-style; institutions are fictional.

Annotation conventions:
- PT: every mention of a patient's name (full, given name alone, surname alone, nickname,
  upper- or lower-case). Titles and honorifics (Mr, Mrs, Ms, Sra., Bà) are outside the span;
  a possessive 's is outside.
- REL: named relatives, partners, proxies/POAs, friends, flatmates, workmates who brought the
  patient, and named Elders/community members acting for the patient. Honorifics such as
  "Aunty" are outside the span.
- HCP: every named member of staff who is not a network member: doctors, nurses, HCAs,
  social workers, chaplains, interpreters, Aboriginal health practitioners and liaison
  officers, community health aides/representatives, university welfare staff, coroners,
  medical examiners and their officers/investigators. Titles (Dr, Mr for surgeons, Fr.,
  Rev.) and credentials (MD, DO, RN, LPN, SpR) are outside the span.
- Network members (the poster's colleagues on this network: repliers, speakers in pasted
  team/journal-club/rota chats, people thanked or addressed) are never tagged, nor are their
  @handles. They are listed in MEMBERS. The poster is never named.
- Authors of published work, trial names, eponyms (signs, scales, formulae, nomograms named
  after people or places) and place-named diseases are never tagged.
- STREET: street addresses and road names with or without a number, including flat/unit and
  building name (one span), lots, HC/PO boxes, rural "rang" roads, highways and farm-to-market
  roads (e.g. "FM 2812", "BIA Route 27").
- TOWN: cities, towns, villages, suburbs and townlands, and named Indigenous settlements used
  as place names (e.g. "Yuendumu", "Kwethluk", "Chisasibi", "Norway House" alone), including
  Irish/Welsh/Gaelic-language forms; lower-case forms too. Derry and Londonderry are two spans.
- COUNTY: counties, parishes and (Irish) county names in English or Irish, with the "County"/
  "Co."/"Parish" designator inside the span when written.
- PLACE: reserves/First Nations named as such ("... First Nation", "... Cree Nation", "...
  Reservation"), regions (Haida Gwaii, Eeyou Istchee) and city neighbourhoods (Alief,
  Côte-des-Neiges).
- Not tagged: states, provinces, territories, countries, Indigenous peoples and languages
  (Diné, Cree, Warlpiri, Tłı̨chǫ, Gooniyandi), and national/state/provincial agencies and
  programmes (IHS, NHS, HSE, NAS, UKHSA, VA as a system, Medicare/Medicaid/AHCCCS/TennCare as
  programmes, NIHB, RFDS, OPP, FBI, OMI, the coroner's office). Unit, ward, room and bed
  labels (MICU 14, Ward 21, AMU-3, 4B, rm 612) are not tagged.
- ZIP: US ZIP codes, Canadian postal codes, UK postcodes, Irish Eircodes, Australian postcodes.
- FAC: hospitals (full names, short forms and acronyms such as "LRHSC", "SVH", "TEH", "teh"),
  health centres, nursing stations, clinics, Aboriginal medical services, regional health
  authorities/boards, care homes, SNFs, hospices, pharmacies, patient hostels and lodges,
  schools, colleges and universities, employers, shops, restaurants, newspapers, airlines,
  lodges/clubs and funeral homes that are tied to a patient or the care episode.
- DATE: every calendar date or part of one more specific than a year, in any language or
  format (numeric, ISO, "14 Aug", "the 19th", "26ain", "le 3 novembre", month alone such as
  "January", month + year, dates of birth, night ranges such as "4/5 June"). Weekday names
  are outside the span and not tagged when alone; times of day are never tagged.
- YEAR: a year standing alone that belongs to a patient's or relative's history or documents
  (diagnosis year, a POST form year). Years in citations, guideline and trial names are not
  tagged.
- AGE: only ages of 90 and over, the number alone (not "yo"/"-year-old"); ages under 90 are
  never tagged. Ages in generic or hypothetical teaching statements are not tagged.
- PHONE: telephone and mobile numbers including international prefixes, and extensions as
  their own span. PAGER: pager and bleep numbers. FAX: fax numbers. Public helplines quoted in
  teaching posts (e.g. a national poisons line) are not tagged.
- EMAIL, URL, IP, HANDLE: patient-/family-/staff-specific addresses, fundraiser links, the
  social handles of patients and relatives, and device IP addresses. Public literature and
  guideline links (DOIs, PubMed, NICE, CDC, WHO) are never tagged.
- SSN: US Social Security numbers (full or masked last-4, tagged as written) and Irish PPSNs.
- MRN: hospital record/chart/UR/URN/HRN/hospital numbers, IHS and tribal-health chart numbers,
  NHS numbers, CHI numbers and Northern Ireland H&C numbers.
- PLAN: health-plan numbers: US Medicare MBI, AHCCCS/TennCare/Medicaid IDs, Australian
  Medicare numbers (with IRN), OHIP/PHIN/PHN/RAMQ/Nunavut/NWT health card numbers, Irish GMS
  (medical card) numbers.
- ACCT: FIN, encounter and billing account numbers.
- LIC: medical licence and registration numbers (NPI, state licence, AHPRA, Medicare provider
  number) and driver's licence numbers.
- PLATE: vehicle registration plates, aircraft registrations (tail numbers) and fishing-boat
  port numbers. VIN: vehicle identification numbers.
- DEVICE: serial numbers of patient devices and equipment (pumps, CGM transmitters, ICDs,
  ECMO consoles and oxygenators, Impella, PICC lines, telemetry packs, O2 concentrators).
- ID: other identifying numbers: transfer-centre, retrieval, ambulance, police, coroner, ME,
  OMI, DoLS, NIMS and EDRS case references, lab accession numbers, Indian status/treaty and
  tribal enrollment numbers, Centrelink CRNs, RHD register numbers, POLST registry IDs,
  military service numbers, passports, matrícula consular numbers, and an interpreter ID.
- Trial registry numbers (NCT...), PMIDs, DOIs, ICD-10/CPT codes, drug doses, scores and
  ratios are not identifiers and are never tagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 ICU consult post: severe DKA flown in from a rural IHS health centre (Arizona)
    """ICU consult — severe DKA + ?early sepsis, flown in from a rural IHS clinic. Long post, sorry.

Pt: [[PT:Shandiin Tsosie]], 34F, sending-site chart [[MRN:IHS-0448127]], our MRN [[MRN:70031958]]. T1DM dx [[YEAR:1999]]. Lives with her grandmother [[REL:Louise Tsosie]] and uncle [[REL:Harrison Yellowhair]] about 40 min of dirt road outside [[TOWN:Many Farms]] — no running water, insulin kept in a cooler with ice from the trading post.

Presented to [[FAC:Tsaile Wash Health Center]] evening of [[DATE:3/11]] with 3 days of vomiting. pH 6.98, HCO3 4, AG 31, glucose 612, K 5.9, lactate 4.4, WBC 21.3. Got 3 L NS, insulin gtt 0.1 u/kg/h, one dose ceftriaxone. Fixed-wing to [[FAC:Flagstaff Mesa Regional]], transfer ref [[ID:NAHC-TC-24-03117]]. Sending doc Dr [[HCP:Marisol Etsitty]] gave a textbook handover.

Arrival 0340 [[DATE:3/12]]: GCS 13, RR 32 and Kussmaul, BP 88/50 after the 3 L, CXR RLL consolidation. K 3.1 an hour later — held insulin, replaced K, restarted at 0.05 u/kg/h. Switched to LR. Pip-tazo after cultures.

Questions for the group:
1. Is anyone using 0.05 u/kg/h as the default now in severe DKA with K < 3.5 on arrival?
2. Grandmother can't come (no vehicle, ~240 mi). Our SW [[HCP:Bernadette Yazzie]] reached the chapter CHR, [[HCP:Leroy Begaye]], cell [[PHONE:(928) 555-0147]], who can drive out with a tablet. Anyone made video family updates work with one bar of coverage?
3. Discharge insulin storage without a fridge — pens at room temp for 28 days, but it was 104°F out there last summer.

AHCCCS ID [[PLAN:A71204458]], IHS eligible.""",
    # 002 Transfer-centre call log typed up for M&M (northern Ontario First Nation to regional centre)
    """Transfer call log I typed up for our M&M. Closed group only — mods, pull it if this is too much.

[[DATE:2024-01-22]] 02:14 — provincial ref [[ID:CC-5529184]]
Caller: [[HCP:Janice Mekanak]] RN, [[FAC:Sachigo Lake Nursing Station]]
Pt: [[PT:Elijah Kakegamic]], 58M, DOB [[DATE:14-Jun-1965]], OHIP [[PLAN:5527-403-918-KM]], status no. [[ID:1780442103]]
Home: [[PLACE:Sachigo Lake First Nation]], lives with daughter [[REL:Tammy Kakegamic]]
Hx: T2DM, CKD3b, on ramipril + spironolactone (yes, both)
Now: weakness x2d, HR 38, K 7.9 on i-STAT, peaked T, wide QRS
Nursing station gave: Ca gluconate x3, salbutamol neb, insulin/D50. No pacer pads on site.
02:31 — accepted by Dr [[HCP:Paul Rintoul]], IM, [[FAC:LRHSC]]; medevac requested
03:05 — weather hold, fog at [[TOWN:Sioux Lookout]]; repeat K 6.8
04:50 — fixed-wing wheels up, aircraft [[PLATE:C-GKBZ]]
07:12 — arrived [[FAC:Lakehead Regional]] ED, HD started 09:40

Callback line [[PHONE:807-555-0162]], fax [[FAX:807-555-0199]].

Learning points for us: (1) the nursing station had no Lokelma or kayexalate stocked; (2) nearly five hours of weather hold with a K of 7.9 and no pads. How are other northern sites handling this?""",
    # 003 UK acute medical take handover sheet, pasted
    """Handover from last night's take, pasted straight from the sheet. Curious how others triage their jobs lists — ours is a mess.

[[FAC:Kirkby Moor General]] — AMU / medical outliers — Sat [[DATE:09/03/24]] 20:00

AMU-3  [[PT:BARKER, Ronald]] 81M  NHS [[MRN:485 777 3456]]  CAP CURB-65 3, on co-amox + clari. Jobs: repeat lactate 22:00, chase legionella Ag.
AMU-7  [[PT:ADEYEMI, Folasade]] 46F  NHS [[MRN:943 476 5919]]  sickle crisis, PCA morphine. Jobs: Hb in AM, haem reg aware.
AMU-11  [[PT:WHITTAKER, Edna]] [[AGE:94]]F  NHS [[MRN:401 223 8870]]  fall, #NOF ruled out, Na 121. Jobs: serum/urine osm, fluid restrict 1 L. DNACPR in place — daughter [[REL:Carol]] ([[PHONE:07700 900417]]) wants a call if she deteriorates.
Ward 12 b4  [[PT:NOWAK, Tadeusz]] 67M  hosp no [[MRN:K2240918]]  UGIB, Blatchford 11, OGD booked AM. Jobs: G&S x2 valid, keep Hb > 70.

Night F1 [[HCP:Tom Haworth]] bleep [[PAGER:2231]], med reg bleep [[PAGER:2200]].

(Names left in because this is the verified group, but a colleague says that's still a Caldicott problem — thoughts?)""",
    # 004 Irish ICU family meeting / goals-of-care note, Co. Mayo
    """Family meeting note, pasted (edited slightly). Would value input on how others handle the "we want everything" conversation with a big rural family.

FAMILY MEETING — ICU, [[FAC:St Attracta's University Hospital]], [[DATE:17/02/2024]], 15:00
Patient: [[PT:Bridget Ní Mhaoláin]], [[AGE:93]], of [[TOWN:Cloonfad]], [[COUNTY:Co. Mayo]]. MRN [[MRN:0612284]].
Present: son [[REL:Pádraig]] (NOK), daughters [[REL:Máire Uí Bhriain]] and [[REL:Nuala Costello]], Dr [[HCP:Eimear Fahy]] (ICU consultant), CNM2 and the chaplain.

Background: admitted [[DATE:11 February]] with urosepsis, now day 6 ventilated, two failed SBTs, new AF, creatinine rising. Pre-morbid: lives alone in the home place, daughter next door, Clinical Frailty Scale 6. GP Dr [[HCP:Ciarán Heneghan]], [[FAC:Abbey Street Medical Centre]].

Discussion: explained that tracheostomy and dialysis would not return her to the life she had. [[REL:Pádraig]] said she "never let a doctor beat her". [[REL:Máire]] recalled her saying after her husband died in [[YEAR:2016]] that she "wouldn't want the tubes".

Outcome: agreed no escalation to RRT, no CPR, continue current support for 48 h, review Monday [[DATE:19th]]. Family to use the relatives' room; [[REL:Nuala]]'s mobile [[PHONE:087 555 0193]].

Follow-up: she was extubated to comfort care on the [[DATE:19th]] and died peacefully with the rosary going. Still wonder whether the 48 h was for us or for them.""",
    # 005 MET-call (rapid response) debrief, Central Australia, dialysis patient from a remote community
    """MET call debrief from last night — posting because I think we nearly missed something.

Pt: [[PT:Noreen Pwerle Stuart]], 52F, UR [[MRN:A0411289]], Medicare [[PLAN:2953 71045 1/2]]. From [[TOWN:Yuendumu]], moved into town for HD three years ago, stays at the [[FAC:Mparntwe Renal Hostel]] on [[STREET:Schwarz Crescent]]. RHD with mitral stenosis, AF on warfarin, ESKD on HD MWF.

Thu [[DATE:4/7]]: came off HD early (cramping), MET called 21:40 on the ward for SBP 72, HR 118, sats 91% RA. RMO [[HCP:Dev Anand]] gave 250 mL, no response. I arrived — JVP to the ears, muffled heart sounds, pulsus on the art line. POCUS: circumferential effusion 2.4 cm with RV diastolic collapse. INR 3.4.

Pericardiocentesis in cath lab by Dr [[HCP:Lachlan Pryor]] — 600 mL haemoserous. Uraemic pericarditis + warfarin is our working dx; her urea had crept up because she'd been missing Friday sessions to go home to [[TOWN:Yuendumu]] for sorry business.

Things I want to change:
- She was seen by the [[FAC:Yuendumu Clinic]] nurse on [[DATE:1 July]] with "chest pain, likely musculoskeletal" — nobody linked that to missed dialysis.
- Warlpiri interpreter [[HCP:Bess Nungarrayi]] was only booked for the next morning. She explained the procedure to the family far better than I did.
- Daughter [[REL:Serena]] ([[PHONE:0491 570 156]]) asked us to ring her first, not the hostel.

How do other remote renal services manage return-to-community leave without people losing sessions?""",
    # 006 Lower-case one-liner asking for a transfer-centre fax, with a colleague's reply (Montana)
    """anyone got a working fax for [[FAC:st lukes]] transfer centre in [[TOWN:kalispell]]?? the one on their site ([[FAX:406-555-0119]]) just rings out. pt [[PT:dale running crane]] waiting since 6am for a vascular bed, his wife [[REL:marlene]] is at the nurses station every 20 min and honestly fair enough

↳ @mt_hospitalist_jk: try [[FAX:406-555-0124]], thats the one that works. or call [[HCP:Deb]] in bed flow [[PHONE:406-555-0180]] ext [[PHONE:2214]], she'll walk it through""",
    # 007 Quebec ethics consult summary, French/English mix
    """Consultation d'éthique — résumé (FR/EN mélangé, désolé, c'est comme ça chez nous). Looking for input from Quebec colleagues especially.

Patient : [[PT:Gilles Tremblay-Pelletier]], 71 ans, dossier [[MRN:CHR-884102]], RAMQ [[PLAN:TREG 5403 1218]]
Admis au [[FAC:Hôpital Notre-Dame-du-Fleuve]] le [[DATE:2 février 2024]], transféré aux soins intensifs le [[DATE:5 févr.]]
Dx : SLA bulbaire, insuffisance respiratoire hypercapnique, BiPAP 20 h/24.
Domicile : ferme laitière au [[STREET:4120, rang du Nord]], [[TOWN:Saint-Pacôme]].

The question: he signed directives médicales anticipées in [[DATE:mars 2021]] refusing "ventilation mécanique invasive". Now mostly unable to speak, communicates with an eye-gaze board. His wife [[REL:Lise Bérubé]] (mandataire) says he'd accept a trach "to see the grandchildren grow"; son [[REL:Mathieu Tremblay]] says the DMA is clear. Patient, on the board, spelled "PAS DE TROU" twice and "ATTENDRE" once.

Équipe : Dr [[HCP:Nadia Ouellet]] (interniste), travailleuse sociale [[HCP:Josée Gagnon]]. Family meeting planned jeudi le [[DATE:15]] avec l'inhalothérapeute.

Is ATTENDRE enough to treat the DMA as revisited? How would you document capacity with an eye-gaze board?""",
    # 008 New Mexico OMI report-of-death intake pasted by a night hospitalist
    """pasted from the OMI report-of-death intake we did tonight (night hospitalist, first time doing one, go easy)

Case # [[ID:OMI-24-01187]]
Decedent: [[PT:Marcus Anthony Benally]]  DOB [[DATE:08/22/1979]]  SSN [[SSN:585-44-1093]]
Residence: [[STREET:HC 61 Box 1180]], [[TOWN:Crownpoint]], NM [[ZIP:87313]]
Place of death: [[FAC:Red Rock Regional Medical Center]] ICU rm 4
Date/time of death: [[DATE:04/03/2024]] 23:47
Circumstances: found down by a cousin behind the [[FAC:Bisti Mart]] on [[STREET:Route 371]] ~0600 [[DATE:4/2]], temp 29.8 C, EtOH 312, scalp lac, CT head small SDH. Rewarmed, VF arrest during rewarming, ROSC, then refractory shock.
Vehicle at scene (per tribal PD): pickup [[PLATE:BXR-442]], VIN [[VIN:3GCPKSE31BG204417]], cousin has keys
NOK: sister [[REL:Delphine Benally]] [[PHONE:(505) 555-0126]]
Field investigator: [[HCP:R. Chee]]

Q for anyone who's been here before: family wants the body home for burial within 4 days for traditional reasons; OMI says autopsy likely because of the SDH. Who do you call to speed that up? Our SW is off until Monday.""",
    # 009 English Medical Examiner referral pasted for a ward-fall discussion
    """Medical Examiner referral — pasted. Ward fall on a DOAC, CT head delayed 7 h. We're doing a SWARM huddle and I'd like outside views on what "reasonable" looks like overnight.

Trust: [[FAC:Eastfield NHS Foundation Trust]]
Deceased: [[PT:Kevin John Marsh]]   DOB [[DATE:12.05.1958]]   NHS [[MRN:711 402 9963]]
Address: [[STREET:Flat 6, Cavell Court, 22 Beech Road]], [[TOWN:Middlesbrough]] [[ZIP:TS5 6QA]]
Date of death: [[DATE:23/11/2023]] 04:10
Admitted: [[DATE:21/11/2023]] — CAP, new confusion, apixaban for AF
Event: unwitnessed fall 22:30 on [[DATE:22/11]], GCS 14 → 9 by 03:00. CT head at 05:20 showed large acute SDH; neurosurgery ([[FAC:TVRNC]]) — not for intervention.
ME: Dr [[HCP:Harriet Lomax]]; MEO [[HCP:Gary Pike]], [[PHONE:01632 960514]]
Coroner's officer ref [[ID:TEE-23-4471]]

The falls protocol says CT within 1 h if anticoagulated. We had one radiographer for the whole site. How do your sites cope?""",
    # 010 NSW social-work discharge-planning note for a return-to-Country discharge
    """SW discharge planning note (pasted) — for discussion of how you all manage "return to Country" discharges when the house isn't ready.

Client: [[PT:Raymond Kennedy]], 64M. URN [[MRN:DBH0442918]]. Medicare [[PLAN:3407 11843 2/1]]. Centrelink CRN [[ID:208 441 937K]].
Admitted [[FAC:Macquarie Base Hospital]] [[DATE:02/05/24]] — COPD exacerbation, T2RF, now on home O2 2 L.
Usual address: [[STREET:14 Mitchell St]], [[TOWN:Walgett]] NSW [[ZIP:2832]] (sister's place, 9 people, wood heater).
NOK: Aunty [[REL:Pearl Kennedy]] (sister), [[PHONE:(02) 5550 4417]].
AMS: [[FAC:Barwon Aboriginal Health]], care coordinator [[HCP:Shayne Boney]].
Equipment: O2 concentrator loaned, serial [[DEVICE:EV-1188-40217]]; backup cylinders x2.

Issues: wood heater + home oxygen; sister's place had a fire in [[YEAR:2019]]. [[PT:Raymond]] says he'd "rather die at home than sit in [[TOWN:Dubbo]]". Plan: AMS to arrange fire safety visit, Housing NSW referral, discharge Friday [[DATE:10 May]] with community nurse review day 2.

[[HCP:Tahnee Ryder]], Social Worker""",
    # 011 US hospitalist group-chat thread pasted with speaker labels and times (Ohio)
    """pasted from our team chat this morning — wanted the group's take on the last bit.

[7:02 AM] @priya_hosp: morning all, census 18. heads up Mr. [[PT:Oyelaran]] in 612 — daughter [[REL:Funmi]] called the CEO's office overnight
[7:04 AM] @jtorres_md: the gentleman from [[FAC:Maple Grove Rehab]]?
[7:05 AM] @priya_hosp: yes. readmit #3 in 60 days. MBI [[PLAN:4TY8-KD2-NF51]], FIN [[ACCT:4400218837]]
[7:06 AM] @jtorres_md: what's she asking for
[7:09 AM] @priya_hosp: she wants him at [[FAC:Riverside Mercy]] not here, says we "lost his hearing aids" — they're in the belongings bag, I checked
[7:11 AM] Ben Walker: I had him in [[DATE:January]]. Aspiration every time, SLP recs dysphagia 2, rehab gives him thin liquids. call [[HCP:Angela]] the DON over there [[PHONE:(614) 555-0107]]
[7:14 AM] @priya_hosp: doing it. also his son [[REL:Tunde]] lives in [[TOWN:Gahanna]] and is POA, not the daughter
[7:15 AM] @jtorres_md: that changes things
[7:20 AM] Ben Walker: family mtg today? I can join at 2

So: POA son, angry daughter, rehab ignoring SLP. Anyone ever successfully escalated a SNF to the state over repeated aspiration readmits?""",
    # 012 Irish consultant-to-GP discharge letter excerpt (Galway)
    """Letter excerpt (our template) — posting because the GP rang me upset that we'd "sent a man home to die without telling her". Is this letter as bad as I think?

[[FAC:Corrib University Hospital]] — Department of Medicine for the Older Person
Dr [[HCP:Orla Keaveney]], [[FAC:Tuam Family Practice]], [[TOWN:Tuam]] [[ZIP:H54 YX92]]
Re: Mr [[PT:Seán Ó Flatharta]], DOB [[DATE:03/09/1939]], MRN [[MRN:2271906]], [[TOWN:Gortnahowna]], [[TOWN:Corr na Móna]], [[COUNTY:Co. na Gaillimhe]]
GMS card no. [[PLAN:4470219K]]

Dear Dr [[HCP:Keaveney]],
Mr [[PT:Ó Flatharta]] was admitted on [[DATE:28/01/2024]] with decompensated cirrhosis (alcohol, abstinent since [[YEAR:2021]]), SBP treated with cefotaxime. MELD-Na 29. He is not a transplant candidate. He has expressed a clear wish to be at home on the island side of the lough with his brother [[REL:Colm]]. Discharged [[DATE:06/02/2024]] on propranolol, spironolactone 100 mg, lactulose, rifaximin, ciprofloxacin prophylaxis.

Follow-up: OPD in 6 weeks. Community palliative care referral sent.

Yours sincerely, Dr [[HCP:Darragh Mac Aodha]], SpR

— Nowhere does it say "dying", "weeks", or what to do when he bleeds. I wrote it. Rewriting our template now.""",
    # 013 Manitoba discharge summary excerpt for a northern Cree patient
    """Discharge summary excerpt — posting the "disposition" bit because I'm trying to get our group to write these better for northern patients.

[[FAC:Red River Health Sciences Centre]] [[TOWN:Winnipeg]] — Internal Medicine CTU
Patient: [[PT:Clarence Apetagon]]   PHIN [[PLAN:118 402 337]]   chart [[MRN:H0029174]]
Treaty/registry no. [[ID:2650118902]]
Admitted [[DATE:Nov 30 2023]]   Discharged [[DATE:Dec 14 2023]]
Home community: [[PLACE:Norway House Cree Nation]] — nursing station phone [[PHONE:204-555-0151]]
Dx: S. aureus (MSSA) bacteremia from R knee septic arthritis, TEE negative. 6 weeks cefazolin.

Disposition: IV cefazolin via PICC to complete [[DATE:Jan 11]]. NIHB medical transportation approved; boarding at [[FAC:Kiwekapawetan Lodge]] on [[STREET:Selkirk Ave]] until the [[DATE:19th]], then home on the [[FAC:Boreal Wings]] flight with the PICC for the nursing station to run. Escort: his wife [[REL:Marlene Apetagon]].
PICC serial (for the nursing station's line log): [[DEVICE:PW-0528114]]
Follow-up: ID clinic by Telehealth, Dr [[HCP:Ruth Sinclair]] ([[EMAIL:rsinclair@rrhsc.mb.ca]]), week of [[DATE:Jan 8]].
Dictated by R2.

What I'd add: weekly CBC/Cr who-draws-it, where the results go, who stops the drug.""",
    # 014 US lab-report excerpt pasted with a TLS vs rhabdo question (Texas Panhandle)
    """Pasted from our lab system at 5am — tell me this isn't both TLS *and* rhabdo.

PATIENT: [[PT:HOLLOWAY, JEROME T]]   MRN: [[MRN:00-4471-928]]   DOB: [[DATE:1961-07-30]]   FIN: [[ACCT:V0091244713]]
LOC: MICU 14   ATTENDING: [[HCP:KESSLER, A]] MD
Collected: [[DATE:02/19/2024]] 04:12   Accession: [[ID:24-050-01988]]
Na 128 L | K 6.1 H | Cl 91 | HCO3 12 L | BUN 88 H | Cr 7.4 H | Ca 6.1 L | Phos 9.8 H | Uric acid 17.2 H | LDH 2240 H | CK 48,100 H
Comment: specimen hemolyzed 1+. Critical values called to and read back by [[HCP:J. Ruiz]] RN at 04:55.

Context: 62M, bulky abdominal mass found on CT [[DATE:2/16]], biopsy pending (?Burkitt vs DLBCL). Collapsed at work at the [[FAC:Caprock Beef]] plant in [[TOWN:Hereford]] on the [[DATE:17th]], on the floor ~6 h before a coworker found him. Started rasburicase + aggressive fluids; now oliguric. Nephrology wants CRRT today.

Q: anyone dosed rasburicase a second time at 24h with uric acid still > 15? And did you worry about G6PD in a guy whose family is from [[TOWN:Zacatecas]] — we sent it but the send-out takes 5 days.""",
    # 015 Short Welsh overcorrection question with a Welsh-language GP letter date
    """Overcorrection q. 79F, Welsh first language, [[PT:Eirlys Pritchard]] from [[TOWN:Llanberis]]. GP letter dated [[DATE:12 Chwefror 2024]] says "dryswch ers tridiau" (confused three days). Na 112 on indapamide + sertraline + tea and toast. 150 mL 3%, then the night team gave 2 L saline "for AKI" → Na 126 at 24 h. DDAVP clamp + D5W, back to 122. Daughter [[REL:Gwenllian]] keeps asking if "Mam will get the brain thing". How long do you watch for ODS before you relax?""",
    # 016 Australian snakebite ICU case with members' replies (western NSW)
    """Brown snake bite, VICC + TMA — would love thoughts on FFP and plasma exchange.

23M, [[PT:Jarrah Whyman]], station hand at [[FAC:Toorale Downs]] about 90 km out of [[TOWN:Bourke]]. Bitten on the hand Sat [[DATE:20 Jan]] moving poly pipe, his mate [[REL:Tyson]] drove him to [[FAC:Darling River MPS]]. Pressure bandage on at 40 min (mate did it properly, credit). INR > 12, fibrinogen < 0.3, d-dimer off the scale. 1 vial brown snake AV. RFDS to us, flight nurse [[HCP:Kate O'Rourke]] ran the handover.

Day 2 at [[FAC:Canobolas Regional Hospital]]: INR 1.6, fibrinogen 1.1 — coags recovering as expected. But platelets 41, schistocytes, LDH 1900, creatinine 380 and rising. Classic snakebite TMA. Nephro talking about PEX. URN [[MRN:OR0088143]], Medicare [[PLAN:5102 44781 3/1]].

Mum [[REL:Kerrie Whyman]] is driving from [[TOWN:Cobar]].

↳ @outback_gas_mo: we don't do PEX for snake TMA anymore — no benefit in the ASP data. Support kidneys, dialyse if needed. Most recover.
↳ @linh_icu: agree. FFP didn't change much either. Watch the BP.
↳ me: thanks both — Callum, did your last one need dialysis long term?
↳ @outback_gas_mo: 3 weeks, then off. Kid's fencing again.""",
    # 017 US rapid-response debrief: hypoglycaemia on a closed-loop pump (Kentucky)
    """RRT debrief — severe hypoglycemia in a closed-loop pump patient and nobody on the floor knew how to suspend it. Posting so your nurses don't learn this the way ours did.

Pt: [[PT:Kaitlyn Moreau]], 27F, T1D, pyelo, admitted [[DATE:Oct 2]] to [[FAC:Bluegrass Baptist]] 5 North. Pump + CGM on, order set said "patient to self-manage" — she was febrile to 39.8 and drowsy.
Pump: pod controller serial [[DEVICE:PDM-5A-2231-A8842]]; CGM transmitter [[DEVICE:8K4T2P]].
[[DATE:Oct 3]] 02:10 — RN [[HCP:Shawna Pruitt]] found her diaphoretic, POC glucose 38, then a 40-second seizure. RRT called. 1 amp D50, glucose 212.
Nobody could find where to suspend insulin. The pump kept giving auto-correction boluses because the CGM was lagging. Her boyfriend finally did it from her phone.
Her mom [[REL:Dana Moreau]] lives in [[TOWN:Paintsville]] and gets her CGM alerts, and she called the unit twice before we called the RRT.
Endo now wants every pump patient to have a "pump agreement" with a named responsible person.

Changes: (1) pump removal or manual mode if altered, (2) pump education on every med-surg unit, (3) CGM follower alerts — is it even OK for us to rely on a family member's phone?""",
    # 018 Inuit elder medevaced from Baffin Island to Ottawa: case post
    """Case post — would appreciate thoughts from anyone who works with Nunavut patients.

78F, [[PT:Leah Alookee]], from [[TOWN:Pangnirtung]], medevaced to [[TOWN:Iqaluit]] then down to us at the [[FAC:Rideau General]] on [[DATE:14 Aug]] with haemoptysis and a R upper lobe cavity. Nunavut health care no. [[PLAN:104 482 133]].

Sputum AFB x3 negative so far, GeneXpert negative. CT: thick-walled cavity + mediastinal nodes. Our differential is TB (still — paucibacillary?), squamous cell carcinoma, or necrotising pneumonia. She smoked from age 12, and her brother [[REL:Jaco]] died of TB in [[YEAR:1962]] at the sanatorium in [[TOWN:Hamilton]] — she told us this through the interpreter, [[HCP:Meeka Akpalialuk]], on day 3, and it changed the tone of the whole admission. She's terrified of "going south and not coming back".

She's staying at [[FAC:Tungasuvvik House]] between appointments with her son as escort; he has to go back to work at the [[FAC:Pangnirtung Co-op]] on the [[DATE:28th]].

Bronch with EBUS booked. Any experience getting country food to patients while they wait? Dietitian said no at first; our IPAC lead said yes if frozen.""",
    # 019 Texas goals-of-care note with Spanish-speaking family (Rio Grande Valley)
    """GOC note — interpreter-mediated, big family, and a [[YEAR:2019]] Spanish-language advance directive. Posting the relevant bit.

Pt: Sra. [[PT:Guadalupe Zamarripa]], [[AGE:97]], lives with her daughter in a colonia off [[STREET:FM 2812]] north of [[TOWN:Edinburg]]. MRN [[MRN:MPM-2190447]]. Admitted [[DATE:5/20]] to [[FAC:Mission Palms Medical Center]] with aspiration pneumonia, now 4 L NC, not eating, advanced dementia.
Present: daughter [[REL:María Elena Zamarripa]] (HCPOA), sons [[REL:Rogelio]] and [[REL:Jesús "Chuy" Zamarripa]], interpreter [[HCP:Yesenia Cantú]], me.
Directive: "Directiva a médicos", firmado el [[DATE:9 de mayo de 2019]] — no intubation, no feeding tube.
[[REL:Rogelio]] initially asked for "todo lo posible". Reviewed the directive aloud in Spanish (interpreter read it). [[REL:María Elena]] cried and said "es su letra" — it's her handwriting.
Plan: DNR/DNI, comfort-focused feeds, hospice eval. Family chose [[FAC:Hospicio del Valle]]. Billing acct [[ACCT:MPM-A-77031442]] flagged for charity review.

What helped: reading the actual document in her own words. What didn't: me saying "quality of life" — the interpreter said it doesn't land the same.""",
    # 020 Scottish island stroke with a ferry-transfer question, Gaelic date and boat registration
    """Islands problem again: 58M fisherman (creel boat [[PLATE:SY 412]]) from [[TOWN:Barabhas]], wife found him 0500 Di-Màirt [[DATE:5 Màrt]] with a dense L hemi, LKW 2300. R M1 on CTA at [[FAC:Ospadal Steòrnabhaigh]]. Helicopter stood down (60 kt gusts), runway lights out. Reached [[FAC:Ness Valley Hospital]] at 1420, no reperfusion. Now a malignant MCA picture, and [[REL:Catrìona]] wants him home on the ferry from [[TOWN:Ullapool]] to die in [[TOWN:Barabhas]]. Anyone organised a ferry transfer of a dying patient? Who pays?""",
    # 021 Irish inter-hospital transfer request (Donegal to Dublin), Irish-language details
    """Transfer request I logged last night — posting because it took 4 hours to find a bed and I want to know if this is just us.

From: [[FAC:Swilly Valley Hospital]] ([[FAC:SVH]]) ICU, [[TOWN:Letterkenny]]
To: neurosurgery, [[FAC:St Kevin's Neurosciences]], [[TOWN:Dublin]]
Date: [[DATE:18 Márta 2024]] (the form's in Irish, don't ask)
Pt: [[PT:Caitríona Ní Ghallchóir]], 44F, MRN [[MRN:SVH-0318274]], of [[TOWN:Gaoth Dobhair]], [[COUNTY:Tír Chonaill]], Eircode [[ZIP:F92 H6W2]]
Hx: thunderclap HA at work ([[FAC:Údarás Business Park]] call centre), GCS 15 → 11, CT: Fisher 4 SAH, early hydrocephalus.
Referring: Dr [[HCP:Oisín Mac Giolla Bhríde]], ICU reg
Accepting: Dr [[HCP:Gráinne Tobin]], neurosurg SpR — accepted 02:40 after 3 calls
Ambulance incident no. [[ID:NAS-240318-0442]]
Husband [[REL:Dónal]] followed by car.

EVD placed on arrival, coiled day 1. She's doing OK. But 240 km, 4 hours of phone calls, and a GCS drop during the wait. How long do your transfers take?""",
    # 022 Queensland reportable-death notification, Torres Strait
    """Reportable death — first one I've had to do up here and the form is confusing. Pasted what I submitted; is there anything I've missed?

Deceased: [[PT:Tanu Nona]]   DOB [[DATE:21/10/1962]]
Usual residence: [[TOWN:Badu]]
Place of death: retrieval aircraft, on approach to [[TOWN:Cairns]], [[DATE:11/01/2024]] ~16:20
Clinical summary: 61M, T2DM, presented [[FAC:Waiben Hospital]] [[DATE:10/01]] with fever, pneumonia + liver abscess; blood cultures flagged G-neg bacilli at 14 h — ?melioidosis. Meropenem started. Deteriorated into septic shock overnight, intubated 09:00, retrieval team arrived 13:30, arrested en route.
Reason reportable: death during retrieval / not reasonably expected.
Police ref: [[ID:QP2400118772]]
Senior next of kin: wife, Aunty [[REL:Jessie Nona]], [[PHONE:(07) 5550 3318]]
Doctor completing: Dr [[HCP:Fiona Baird]], SMO

Family want him home to [[TOWN:Badu]] quickly for tombstone-opening traditions later — our cultural liaison officer is helping. Is autopsy likely if melioidosis is confirmed?""",
    # 023 Alaska YK Delta necrotising fasciitis: village clinic, ice fog and an aircraft tail number
    """YK Delta case: 46M from [[TOWN:Kwethluk]], 3 days of fever and a red swollen leg. The CHA, [[HCP:Martha Andrew]], radioed the regional hospital at hour 1: "the leg's angry and he's too sick." IM ceftriaxone, one IV kit in the whole clinic. Medevac Cessna [[PLATE:N4417K]] grounded by ice fog till 14:00. In [[TOWN:Bethel]]: lactate 7, crepitus above the knee — nec fasc, then the jet to [[TOWN:Anchorage]]. Alive, AKA. She had it right 10 hours before we did. What are people doing to get IO access and pressors into village clinics?""",
    # 024 Reply thread warning about a patient's family posting publicly (social handle, fundraiser URL)
    """careful with this one folks — the family has gone public. Sister posted the whole thing on TikTok as [[HANDLE:@justice4jordy_]] and there's a fundraiser at [[URL:gofundme.com/f/bring-jordan-home-to-sask]] with his photo in our ICU bed. [[PT:Jordan Whitehawk]], 19, from [[TOWN:La Ronge]] — anyone who's been asked for comment by the paper, don't.

↳ @sk_icu_fahad: we got a call from the [[FAC:Prince Albert Herald]] too. PR said "no comment" only
↳ @drmeganolson: the mom [[REL:Darlene]] is lovely, she's just scared. I'd rather we meet her than fight the TikTok
↳ @sk_icu_fahad: agree. Megan can you do it tomorrow with the Elder?""",
    # 025 BC ethics consult write-up: capacity and dialysis refusal, Haida Gwaii
    """Ethics consult (paraphrased, identifiers left because closed network). Curious how others would land this.

Requestor: Dr [[HCP:Harpreet Dhaliwal]], hospitalist, [[FAC:Skeena Valley Hospital]], [[TOWN:Terrace]]
Patient: [[PT:William Yeltatzie]], 68M, PHN [[PLAN:9123 884 207]]
Home: [[TOWN:Old Massett]], [[PLACE:Haida Gwaii]]; lives with partner [[REL:Gloria Brown]]
Date of consult: [[DATE:June 4, 2024]]

Question: ESKD, started HD urgently [[DATE:May 22]] for uraemic encephalopathy. Now clear, he says he will not continue dialysis because it would mean moving to [[TOWN:Prince Rupert]] or [[TOWN:Terrace]] three days a week and "leaving the land". His niece [[REL:Candace Yeltatzie]] (rep agreement) wants us to keep going "until he changes his mind".

Assessment: capacity for this decision present (understands, appreciates prognosis of weeks, reasons consistently with values, expressed choice stable over 10 days). The niece's authority under a rep agreement doesn't override a capable adult.

Recommendations: honour refusal; offer PD as a home-based option (he'd thought dialysis = hospital only — this changed the conversation); involve [[FAC:Haida Health Centre]] home care and the Elder he named, [[REL:Roberta Davidson]]; repatriation with [[FAC:Northern Health]] palliative support if he still declines.

Update: he chose PD. He's home; [[REL:Gloria]] posts his garden on Facebook as [[HANDLE:@gloria.b.masset]]. Nobody had mentioned PD to him in three weeks.""",
    # 026 UK ICU admission note for VA-ECMO with circuit and device serials
    """VA-ECMO for fulminant myocarditis — pasted bits of the admission note, with a question about device tracking.

[[FAC:St Aidan's Cardiothoracic Centre]] — Critical Care
Pt: [[PT:Olamide Balogun-Smith]], 31F, NHS [[MRN:650 338 2217]]
Address: [[STREET:41 Tennyson Avenue]], [[TOWN:Kettering]] [[ZIP:NN16 9QE]]
Referred from [[FAC:Kettering District General]] [[DATE:07/06/2024]] 19:30 — cardiogenic shock, lactate 11, EF 10%, troponin 18,000.
Cannulated in cath lab (femoral VA, 25F/17F + distal perfusion), Impella CP added for LV venting.
Devices: ECMO console [[DEVICE:CARD-HLS-0097214]] (remote monitoring at [[IP:172.16.40.22]]), oxygenator lot/serial [[DEVICE:HLS7050-22817]], Impella serial [[DEVICE:IMP-CP-330184]].
Next of kin: husband [[REL:Damilola Smith]], [[PHONE:07700 900931]]; employer [[FAC:Wicksteed Primary School]] (teacher) rang for an update — we said nothing.
Biopsy: giant cell myocarditis. Pulsed methylpred + ATG per cardiology.

Question: our perfusionists log device serials on paper. When a patient bridges to transplant at another centre the serials go with the patient and we lose track if there's a field safety notice. Anyone have a better system?""",
    # 027 Phone-typed lower-case one-liner about melioidosis from a remote NT community
    """pt from [[TOWN:wadeye]] w/ melioid pneumonia + prostatic abscess, 3rd this wet season. [[FAC:teh]] ID happy w mero 2g q8 — how long IV before switching to cotrimox? she wants home to her mum [[REL:bernadette]] before the road goes under""",
    # 028 Faxed SNF-to-hospital referral packet with fax header, and the poster's complaint (Tennessee)
    """This arrived at 2am stapled to the patient. Pasting page 1 of 6.

FROM: [[FAC:Cedar Hollow Health & Rehab]]   FAX [[FAX:(423) 555-0161]]   [[DATE:01/08/2024]] 01:47   P. 1/6
TO: ED / Transfer — [[FAC:Clinch River Medical Center]]   FAX [[FAX:(423) 555-0198]]
RE: [[PT:CAUDILL, WANDA SUE]]   DOB [[DATE:04/17/1936]]   Rm 22-B
Medicare MBI [[PLAN:7QK2-WF8-RT47]]   TennCare ID [[PLAN:500428815]]
Reason for transfer: "decline, poor PO intake, ?UTI, family request"
Code status: FULL CODE (see POST)
Attending: [[HCP:R. Gilliam]], DO   Sent by: [[HCP:Tammy Honeycutt]], LPN

87F, bedbound 2 years, advanced dementia, stage 4 sacral wound, 4th "decline" transfer since [[DATE:October]]. The POST form is from [[YEAR:2019]], signed by her son [[REL:Darrell Caudill]] in [[TOWN:Rogersville]], before she lost the ability to eat. No one has revisited it. The facility "can't" change code status without family and [[REL:Darrell]] doesn't answer his phone.

UA negative. Sodium 151 (dry). She's comfortable on 1 L NC. We'll hydrate, call [[REL:Darrell]] in daylight, and ask palliative to see her before she goes back. Is there any version of this where the SNF's medical director gets looped in before the 5th transfer?""",
    # 029 Short Irish post about a 91-year-old who wants to self-discharge, with a colleague's reply
    """quick capacity q — [[AGE:91]]yo farmer from [[TOWN:baile an fheirtéaraigh]] out past [[TOWN:dingle]], lives alone w his dog, in w CAP on iv abx day 2, now wants to self discharge to "save the turf before the rain". sats 91% RA. understands the risk, repeats it back, says "i'd rather die on the bog than in [[TOWN:tralee]]". his neice [[REL:maura]] says let him at it. are we overthinking this?

↳ @kerry_gp_aoife: he has capacity by the sound of it. oral co-amox + doxy, PHN visit tomorrow, ring [[REL:maura]] daily. i'd let him go.""",
    # 030 Ontario hospitalist sign-out list with OHIP numbers and a pager
    """Weekend sign-out, [[FAC:Nipissing Lakes Health Centre]], 4B medicine — pasted for the "how do you structure sign-out" thread.

312  [[PT:LAPOINTE, Réjean]] 74M  OHIP [[PLAN:4412-887-309-RT]]  HFrEF, diuresing, Cr 168 ↑. If UO < 30 mL/h x2 → hold furosemide, page me. Full code.
315  [[PT:CHEN, Mei-Ling]] 58F  OHIP [[PLAN:9907-114-625-KX]]  new dx AML, transferring to [[FAC:Laurentian Regional Cancer Centre]] bed pending (ref [[ID:TR-24-11893]]). If T > 38.3 → cultures + pip-tazo.
318  [[PT:COMMANDA, Tyler]] 39M  OHIP [[PLAN:6620-338-104-LM]]  EtOH w/d, CIWA 18 overnight; from [[PLACE:Nipissing First Nation]], mom [[REL:Bev]] is the contact [[PHONE:705-555-0188]]. Phenobarb load if CIWA > 20 x2.
320  [[PT:VUKOVICH, Milan]] [[AGE:90]]M  OHIP [[PLAN:3318-205-771-PV]]  #NOF post-op day 2, hyperactive delirium. NO haloperidol (Lewy). Son at bedside most days. DNR.

Signing out: Dr [[HCP:L. Ferreira]], pager [[PAGER:705-555-0140]]""",
    # 031 South Dakota ICU post: pedestrian struck on a reservation road; police asking for records
    """Need advice — tribal police and the FBI both asking for records on my ICU patient, and I don't know who gets what.

[[PT:Wendell Iron Cloud]], 33M, pedestrian struck on [[STREET:BIA Route 27]] just north of [[TOWN:Kyle]] on [[PLACE:Pine Ridge Reservation]], ~2300 [[DATE:Nov 9]]. Flown to [[FAC:Black Hills Regional]] in [[TOWN:Rapid City]]. TBI (GCS 6), pelvic fracture, splenic lac — embolized. MRN [[MRN:BHR-3310447]]. Tribal enrollment no. [[ID:OST-042218]].

Driver left the scene. Tribal PD report (mom [[REL:Loretta Iron Cloud]] gave us a copy) lists a vehicle found in a ditch a few miles east: SD plate [[PLATE:65A 774]], VIN [[VIN:1GCHK29U27E148832]]. FBI agent wants [[PT:Wendell]]'s BAC and tox "to rule out that he was intoxicated in the road".

His mom is furious — says the FBI wants to blame him. His uncle [[REL:Gerald Red Willow]] is a tribal council rep and says IHS and the tribe need to be involved in any release.

Our compliance officer is off till Monday. Under HIPAA I know there's a law-enforcement exception but the minimum-necessary bit and a federal vs tribal jurisdiction mess is above my pay grade. What have others done?""",
    # 032 English discharge-planning excerpt: delayed care-home placement
    """Discharge planning excerpt — 40 days "medically fit" and counting. Pasting the SW update because I want to know if anyone has actually shortened this.

[[FAC:Royal Pennine Infirmary]], Ward C4
Pt: Mrs [[PT:Doreen Ashworth]], [[AGE:92]], NHS [[MRN:438 119 2075]]
Home: [[STREET:7 Pickup Bank Road]], [[TOWN:Darwen]], [[COUNTY:Lancashire]] [[ZIP:BB3 2AX]] (lived alone, 3 falls)
MFFD: [[DATE:14 March 2024]]
Update ([[DATE:23/04/24]], [[HCP:Nadia Patel]], SW): Best-interests meeting held. Son [[REL:Keith Ashworth]] (LPA health & welfare) in [[TOWN:Preston]] agrees to nursing home. DoLS application ref [[ID:DOLS-24-00917]]. Preferred home [[FAC:Hollins Grange]] — no bed until [[DATE:May]]; second choice has a bed but won't accept "challenging behaviour" (she shouts at night). CHC checklist positive, full assessment awaited.

Meanwhile she's had a hospital-acquired COVID, a fall, and deconditioned to a hoist. [[REL:Keith]] now says "you've made her worse". Hard to argue.

What actually works in your trust — trusted assessor? discharge to assess beds? Or do we just wait?""",
    # 033 NSW rural STEMI timeline posted in reply to a door-to-balloon complaint
    """Rural side of a "7 h door-to-balloon" complaint: 57M inferior STEMI walks into [[FAC:Mehi River Hospital]] 05:42 on [[DATE:15/08/2024]]. One doctor on. ECG to cardiology 05:58, TNK 06:20 (38 min!). No resolution → rescue PCI. Retrieval ref [[ID:PFP-240815-0391]] at 07:30, team arrives 09:15, wheels up 10:40, cath lab in [[TOWN:Newcastle]] 12:05. The delay is the map, not the doctor. I'd like our cardiologists to do a week in [[TOWN:Moree]].""",
    # 034 Houston ICU family meeting with a Vietnamese interpreter
    """Family meeting with a Vietnamese interpreter — the whole family of 11 on a Zoom link. Notes + a question about "telling" prognosis.

Pt: Mr. [[PT:Nguyễn Văn Thành]], 74M, from [[PLACE:Alief]]. Admitted to [[FAC:Gulf Coast Memorial]] MICU [[DATE:Mar 9]] — new HCC with portal vein thrombosis, now variceal bleed, intubated.
Present: daughter [[REL:Nguyễn Thị Hoa]] (spokesperson), son, wife Bà [[REL:Lan]] (elderly, hard of hearing), interpreter [[HCP:Trần Minh Châu]], palliative NP, me.
[[REL:Hoa]] asked us in English before the meeting not to tell her father or mother "it is cancer". The family runs [[FAC:Phở Thành]] and he was at the restaurant until the day he collapsed.
We agreed to ask the patient (while still awake earlier in the week he'd said "tell my daughter everything, I don't want to hear numbers").
Outcome: DNR, no TIPS, continue until family arrive from [[TOWN:San Jose]], then comfort care.

Question: how do you document a patient's delegation of disclosure? Our ethics folks say it's fine if he said it himself. I'd like to see how others write it.""",
    # 035 Short NWT post about an interpreter on a medevac flight
    """Short one: Elder from [[TOWN:Behchokǫ̀]], acute limb ischaemia, medevac'd south on [[PLATE:C-FNWT]], and for the first time our Tłı̨chǫ interpreter, [[HCP:Therese Mackenzie]], flew with her. At 3 am in [[TOWN:Edmonton]] the consent for embolectomy took 10 minutes instead of a confused hour. She kept her foot and was home on the [[DATE:12th]]. Fund interpreters on medevac flights.""",
    # 036 Email from a patient's son pasted for advice on replying (Scotland)
    """Got this email from a patient's son this morning (he got my address from the ward clerk, which is its own problem). How would you reply, and would you reply by email at all?

From: [[REL:Graham Petrie]] <[[EMAIL:g.petrie1961@btinternet.com]]>
Sent: [[DATE:16 April 2024]] 06:12
Subject: My mother [[PT:Isobel Petrie]] — bed 14, ward 6

"Dear Doctor, my mother has been on your ward since [[DATE:3 April]] and nobody has phoned me once. She is [[AGE:96]] and has always been independent in her flat at [[STREET:12 Glenalmond Terrace]]. I live in [[TOWN:Aberdeen]] and cannot get to [[TOWN:Perth]] before the weekend. My sister [[REL:Fiona]] visits but she says the doctors 'talk in riddles'. I want to know if my mother is dying. Please call me on [[PHONE:07700 900255]]. Her CHI is [[MRN:2811279016]] if you need it. — [[REL:Graham]]"

Context: [[FAC:Tay Valley Royal Infirmary]], [[PT:Isobel]] admitted with a fall + AKI, now delirious, eating little. Not dying today but frailty trajectory clear. He's not wrong that nobody phoned him.""",
    # 037 US telemetry-dropout thread with biomed details and members (Louisiana)
    """Telemetry question — patient's box kept dropping off central monitoring for 20+ min at a time, and he had a 14-beat VT run nobody saw live. Found it on the full disclosure the next morning.

mr. [[PT:delacroix]] (68M, [[COUNTY:Terrebonne Parish]], ischemic CMP, EF 20%, on our tele floor [[DATE:1/14]]-[[DATE:1/17]]). Tele pack [[DEVICE:TX4-4471-9022]], encounter [[ACCT:E40018822931]], his ICD [[DEVICE:PJN604522H]] interrogated after — it did nothing because the run was below the VT zone.
Biomed says the antenna hub for that hallway ([[IP:10.42.118.27]]) was rebooting overnight after an update.

↳ @nola_hosp_kb: same thing happened on 7 last year. Ask for the biomed incident log, ours had 40+ drops that week
↳ @rvasquez_md: and push for a hard-wired monitor for anyone with EF < 25 and known NSVT. Telemetry is not a safety net if it has holes.
↳ me: thanks Keisha. Filing with patient safety today.""",
    # 038 Irish ward post: Polish patient wanting repatriation for end-of-life care (Cork)
    """Repatriation question — anyone arranged end-of-life transfer to Poland from Ireland?

[[PT:Agnieszka Wróblewska]], 39F, MRN [[MRN:LV-4419026]], PPSN [[SSN:7814452KA]]. Works at [[FAC:Blackwater Dairies]] in [[TOWN:Mitchelstown]], lives with husband [[REL:Paweł]] and two kids in [[TOWN:Fermoy]], Eircode [[ZIP:P61 KD83]]. Metastatic cervical cancer, now bilateral hydronephrosis with nephrostomies, prognosis probably weeks. Admitted [[FAC:Lee Valley University Hospital]] [[DATE:2 April]].

She wants to die at her mother's house in [[TOWN:Gdańsk]]. Her Polish oncology summary (from [[FAC:Szpital Morski]], dated [[DATE:12 kwietnia 2023]]) is in Polish — our Polish-speaking HCA translated it informally, which I'm not comfortable with. Mother [[REL:Halina]] phone [[PHONE:+48 512 884 207]].

Issues: (1) fitness to fly with nephrostomies and a syringe driver — commercial with a nurse escort vs air ambulance (~€18k); (2) EHIC doesn't cover repatriation; (3) who prescribes the opioids for the journey.

Social work is on it. Any experience welcome.""",
    # 039 English rapid-response (outreach) debrief: missed deterioration, NEWS2
    """Outreach debrief — missed deterioration on a surgical ward. No blame culture, but I want to understand escalation better.

[[FAC:Northgate General]], Ward 21 (surgical), night of [[DATE:4/5 June]].
Pt: Mr [[PT:Alan Royle]], 71M, hosp no [[MRN:NG1144803]], day 3 post anterior resection.
20:00 NEWS2 3 (HR 104, RR 20). 
00:00 NEWS2 6 — HCA [[HCP:Jo]] escalated to nurse in charge [[HCP:Leanne Curtis]]; F1 [[HCP:Ben Achebe]] bleeped ([[PAGER:4417]]) but was in resus on another ward.
02:00 NEWS2 7; F1 reviewed at 02:40, fluids 500 mL.
04:30 NEWS2 11, SBP 78. Outreach called (me) at 04:35. Anastomotic leak, faecal peritonitis. To theatre 06:10, ICU after. He lived.
Surgical reg (Mr [[HCP:Oduya]]) was in theatre all night with a ruptured AAA.

The system failed, not the people: one F1 covering 180 surgical beds at night; NEWS2 ≥ 7 should go straight to outreach, but our policy says "inform F1 first". Wife [[REL:Janet Royle]] asked me why nobody came for 4 h and I didn't have a good answer.""",
    # 040 Aboriginal medical service referral letter to a regional hospital (Kimberley, WA)
    """Sharing a referral letter from an AMS (with the GP's blessing) — this is what a good referral looks like. Identifiers left, closed group.

[[FAC:Ngurra Health Aboriginal Corporation]]
[[STREET:Lot 218 Great Northern Hwy]], [[TOWN:Fitzroy Crossing]] WA [[ZIP:6765]]
Ph [[PHONE:(08) 5550 2231]]   [[EMAIL:reception@ngurrahealth.org.au]]
[[DATE:28 Feb 2024]]

To the Medical Registrar, [[FAC:Roebuck Regional Hospital]], [[TOWN:Broome]]

Re: [[PT:Dorothy Yungabun]], DOB [[DATE:09/03/1971]], HRN [[MRN:BR0228417]], Medicare [[PLAN:4471 20931 5/3]]

Dear Doctor,
Thank you for seeing [[PT:Dorothy]], a senior Gooniyandi woman, with worsening breathlessness (NYHA III → IV over 2 weeks), orthopnoea and ankle oedema. Background: RHD with mitral stenosis (MVA 1.1 cm² on echo [[DATE:Aug 2023]]), AF on warfarin, T2DM, CKD 3a. INR today 1.4 — she has been off warfarin for 10 days after her brother's funeral in [[TOWN:Wangkatjungka]]. BNP 2400. CXR: pulmonary oedema.

What matters to her: she is the main carer for two grandchildren; she does not want valve surgery in [[TOWN:Perth]] unless she can have family with her for the whole stay. She prefers Kriol for medical conversations. Her daughter [[REL:Kristal Yungabun]] ([[PHONE:0491 570 157]]) will escort.

Our Aboriginal Health Practitioner, [[HCP:Nathan Cox]], knows her well and is happy to be called.

Kind regards,
Dr [[HCP:Imogen Hartley]], GP   AHPRA [[LIC:MED0001829471]]   Provider no. [[LIC:4471822B]]

(Reader's note: the words "what matters to her" made our registrar ring the patient's daughter before the patient even landed. Simple.)""",
    # 041 VA hospital hospitalist post: 99-year-old veteran, partial SSN and service number
    """Goals-of-care with a [[AGE:99]]-year-old WWII vet who wants surgery for his hip. Am I wrong to support him?

[[PT:Harold Tillman]], [[FAC:Big Horn VAMC]], last-4 [[SSN:xxx-xx-4417]]. Army service no. on his DD-214 (he showed me, proudly) [[ID:39 441 872]]; WY driver's licence [[LIC:104-227-318]], still valid. Lives alone in [[TOWN:Lander]] on the edge of the [[PLACE:Wind River Reservation]] — his late wife was Eastern Shoshone and he stayed on after she died in [[YEAR:2015]]. Fell in his kitchen [[DATE:8/19]], intertrochanteric fracture.

He's sharp (MoCA 26), walks 1 mile/day, still drives his [[PLATE:WY 10-4421]] pickup to the [[FAC:Lander Elks Lodge]] on Fridays. EF 40%, AS moderate. Ortho is hesitant at [[AGE:99]]; anesthesia gave a 15-20% 30-day mortality estimate. He heard it and said "I've outlived everybody's estimates since the war."

His granddaughter [[REL:Kayla Tillman]] (DPOA, in [[TOWN:Casper]]) supports surgery. Our geriatrics consultant Dr [[HCP:Lois Brandvold]] thinks nonoperative = bedbound = dead in 3 months anyway.

My view: capable, informed, values clear, surgery is the choice consistent with his goals. Anyone disagree?

Update: fixed with IMN [[DATE:8/21]], walking with a frame POD2. He told the PT he's "booked for the [[FAC:Elks]] on Friday".""",
    # 042 Ontario coroner notification for a death while detained under the Mental Health Act
    """Mandatory coroner notification — patient on a Form 1 died on our medical ward. Posting because the process was confusing and I'd like others to learn from it (details shared with the family's permission).

Decedent: [[PT:Jeremiah Koostachin]], 27M, OHIP [[PLAN:6604-117-285-JK]], MRN [[MRN:PDH-0092847]]
Home community: [[TOWN:Attawapiskat]]; in [[TOWN:Timmins]] for school at [[FAC:Northern College of Trades]]
Hospital: [[FAC:Porcupine District Hospital]], 3 West
Admitted [[DATE:2024-05-11]] via ED on Form 1 (suicidal ideation after overdose of amitriptyline), cardiac monitoring for QRS widening.
Died [[DATE:2024-05-13]] 04:52 — found pulseless in bathroom, resuscitation 40 min unsuccessful.
Coroner notified 05:30; investigating coroner Dr [[HCP:Robert Lalonde]], case [[ID:2024-08817]]
Body to the forensic pathology unit for autopsy; police (OPP) informed per protocol.
NOK: mother [[REL:Mary Koostachin]] (in [[TOWN:Attawapiskat]], flight next day)

What I learned: (1) any death while on a Form 1 is a mandatory inquest in Ontario — the nurse manager knew, I didn't; (2) do not remove lines/tubes; (3) family wanted a smudge at the bedside and the Elder ([[REL:Norman Wesley]]) was allowed after the coroner cleared the room — ask the coroner early, they said yes immediately.

The inquest is pending. The family's grief was compounded by the distance. Thinking of them.""",
    # 043 One-line question about a centenarian from a small Minnesota town, with a reply
    """[[AGE:104]]F from [[TOWN:sleepy eye]] w new afib RVR 150s, BP fine, lives alone still (!), daughter [[REL:ingrid]] is 78 and lives next door. anticoagulate or not? CHA2DS2-VASc 5, HAS-BLED 3, walks w cane, 1 fall last yr

↳ @ole_h_hospitalist: apixaban 2.5 bid if Cr > 1.5 or wt < 60, otherwise 5. Rate control w low-dose metoprolol. At [[AGE:104]] I'd ask her, she's clearly the boss""",
    # 044 Northern Ireland cross-border dialysis patient: H&C number, Derry/Londonderry
    """Cross-border question — who's responsible when a patient lives in [[COUNTY:Donegal]], is registered with a GP in [[TOWN:Derry]], and ends up in our ICU?

[[PT:Declan McLaughlin]], 63M, H&C [[MRN:320 447 8812]], also has an Irish medical card [[PLAN:D2207418]] and PPSN [[SSN:6630941PA]]. Lives in [[TOWN:Lifford]], GP in [[TOWN:Derry]]/[[TOWN:Londonderry]], dialyses 3x/week at [[FAC:Foyleside Hospital]] renal unit.

Admitted [[DATE:24/10/2023]] with line sepsis (tunnelled line, MSSA), now ICU with endocarditis. The problem: he's due a fistula — NI waiting list is 18 months; HSE would do it in [[TOWN:Letterkenny]] or [[TOWN:Galway]] but won't accept him because his dialysis is in the UK. His wife [[REL:Bernie]] drives him across the border 6 times a week ([[PLATE:07-DL-21334]] — she showed me the parking fines).

ID happy with 6 weeks flucloxacillin; cardiac surgery ([[FAC:Lagan Valley Heart Centre]]) say no surgery if the vegetation shrinks.

Anyone navigated the NI–ROI dialysis arrangements? There used to be a cross-border agreement; nobody here knows whether it still works.""",
    # 045 ICU consult in the Northern Territory: RHD with mitral stenosis in pregnancy
    """ICU consult — 28/40 with severe MS and pulmonary oedema from a remote community. Posting for obstetric-medicine and cardiology views.

[[PT:Shanika Bush]], 24F, G2P1, from [[TOWN:Barunga]]. NT RHD register no. [[ID:NT-RHD-08812]]. Presented to [[FAC:Nitmiluk Regional Hospital]] [[DATE:6 March]] with 3 days of SOB, sats 84% RA, HR 140 (sinus), crackles to the apices. Echo: MVA 0.9 cm², mean gradient 18, PASP 65.

Background: RHD diagnosed aged 12; monthly benzathine penicillin "on and off" — the register shows 4 of the last 12 doses. She moved between [[TOWN:Barunga]] and her partner's family at [[TOWN:Beswick]] ([[TOWN:Wugularr]]), and the clinics didn't talk to each other.

Management: HFNO, IV furosemide, metoprolol to slow HR — good response. Retrieved to [[FAC:TEH]] for balloon valvotomy discussion. Obstetric physician Dr [[HCP:Maya Robinson]] and cardiology agree: PTMC at 29 weeks with shielding.

Her aunty [[REL:Rosemary Bush]] came with her; her partner stayed with their 3-year-old. The Aboriginal Liaison Officer [[HCP:Lorraine Lee]] sorted accommodation in 2 hours.

The bit that haunts me: RHD should not exist in a 24-year-old in Australia. Four missed injections = a valve.""",
    # 046 Fresno goals-of-care note with a Hmong family and a POLST registry number
    """GOC note (excerpt) — Hmong family, clan elders on speakerphone, and a POLST that contradicts the family. How would you proceed?

Pt: Mr. [[PT:Cher Vang]], 69M, MRN [[MRN:SJV-7729104]], [[FAC:San Joaquin Valley Medical Center]] ICU
Dx: massive ICH (pontine), GCS 4, no brainstem reflexes except cough, not a surgical candidate
POLST (registry ID [[ID:POLST-CA-440918]], signed [[DATE:11/02/2021]] with his PCP at [[FAC:Kings River Family Medicine]]): DNR, comfort measures.
Family present: wife [[REL:Pa Nhia Lee]], eldest son [[REL:Tou Vang]] (spokesperson), clan leader [[REL:Nhia Yer Vang]] by phone from [[TOWN:Saint Paul]], interpreter [[HCP:Mai Xiong]] (in person).
Family request: keep him on the ventilator until a ceremony can be held and relatives arrive from [[TOWN:Sacramento]] and North Carolina (3-4 days). They fear his soul will be lost if he dies in the hospital without it.
Tension: POLST says comfort measures. [[REL:Tou]] says his father signed it "for the doctor" and didn't understand it in English.
Plan: continue current support without escalation for 72 h, allow the ceremony at the bedside (chaplain Rev. [[HCP:Diane Holt]] coordinating with infection control), then compassionate extubation.

Was this right? The POLST is legally binding for EMS, but our ethics service said the 72-hour bridge is consistent with its spirit.""",
    # 047 Quebec post on a Cree patient transferred from Eeyou Istchee to Montreal (French date)
    """Patient cri transféré de [[PLACE:Eeyou Istchee]] — language question for [[TOWN:Montreal]] ICUs.

[[PT:Abel Bearskin]], 52M, from [[TOWN:Chisasibi]], RAMQ [[PLAN:BEAA 7108 2211]], transféré le [[DATE:3 novembre]] pour pancréatite nécrosante (TG 48 mmol/L). Abdominal compartment syndrome, laparostomy, still ventilated.

He speaks Cree (Iiyiyiuyimuwin) and English, no French. French-only consent forms went to his wife [[REL:Louisa]] twice before anyone noticed. She's staying at [[FAC:Maison Waapun]] in [[PLACE:Côte-des-Neiges]]; the patient services liaison, [[HCP:Sarah Mianscum]] ([[EMAIL:s.mianscum@waapun-lodge.ca]]), has been fabulous.

Can anyone share English/Cree ICU consent templates, or is everyone interpreting on the fly?""",
    # 048 Irish ICU incident debrief: tenfold insulin error, NIMS reference
    """Incident debrief — 10x insulin error. Sharing with the patient's permission; he actually asked us to "make sure it doesn't happen to someone else".

[[FAC:Shannon Regional Hospital]], ICU. Pt: [[PT:Tadhg O'Halloran]], 55M, MRN [[MRN:SRH-1190372]], from [[TOWN:Kilrush]], [[COUNTY:Co. Clare]].
Night of [[DATE:9-10 Nov 2023]]: DKA, fixed-rate insulin prescribed "6 u/h" handwritten on the paper chart; transcribed into the pump as 60 u/h. Glucose 14 → 1.6 in 90 min. Seizure. Recognised by [[HCP:Aoibheann Dunne]] (staff nurse) who stopped the pump.
Outcome: recovered fully, extubated day 2.
NIMS ref: [[ID:NIMS-1188204]]. Open disclosure meeting held [[DATE:14/11/2023]] with [[PT:Tadhg]] and his wife [[REL:Eileen]]; led by Dr [[HCP:Kieran Lyons]] with our ICU pharmacist.

Contributing factors: the "u" was read as a "0"; the smart pump drug library wasn't enabled on that pump (serial [[DEVICE:ALR-8015-447210]] — one of six never updated); only one nurse checked.

Changes: ban "u" (write "units"), enforce drug library, two-person independent check for insulin infusions. Anyone achieved 100% drug library compliance? How?""",
    # 049 North Dakota death-certificate rejection: certifier NPI and licence, funeral home
    """EDRS rejected my attending's death certificate AGAIN. Posting the relevant lines — what's wrong with this?

Decedent: [[PT:Harold Edward Sommers]]   DOB [[DATE:02/11/1938]]   SSN [[SSN:502-61-7784]]
Place of death: [[FAC:Red River Valley Medical Center]], [[TOWN:Fargo]], [[COUNTY:Cass County]]
Date of death: [[DATE:01/29/2024]]
Case no.: [[ID:EDRS-2024-005512]]
Certifier: [[HCP:Rebecca Lindqvist]], MD   NPI [[LIC:1548392016]]   ND license [[LIC:MD-41187]]
Funeral home: [[FAC:Hagen-Olstad Funeral Home]], [[PHONE:(701) 555-0104]]
Part I: (a) cardiopulmonary arrest (b) respiratory failure (c) pneumonia
Part II: dementia

Rejection reason: "mechanism of death listed as underlying cause".

I know — "cardiopulmonary arrest" shouldn't be there at all. Fixed it to: (a) aspiration pneumonia (b) oropharyngeal dysphagia (c) Alzheimer dementia. Posting because two of our new attendings didn't know, and the funeral home (the director is a saint) has been waiting 4 days. Family ([[REL:Linda Sommers]], daughter) wanted the burial in [[TOWN:Moorhead]] on Saturday.""",
    # 050 Long structured UK write-up: meningococcal sepsis in a university student
    """Long write-up, sorry — meningococcal sepsis in a first-year student, with a public health / family communication tangle I'd like views on.

SETTING: [[FAC:Calder Royal Infirmary]] ED → ICU, Sunday [[DATE:6 October 2024]]
PATIENT: [[PT:Chloé Dubois-Martin]], 19F, French national, first year at [[FAC:University of the West Riding]]. Hosp no [[MRN:CR2290114]]. Passport [[ID:19FV48221]].
ADDRESS: [[STREET:Flat 4C, Marsden Hall, Clough Lane]], [[TOWN:Huddersfield]] [[ZIP:HD1 3DH]]

PRESENTATION: found by flatmate [[REL:Priyanka Shah]] at 07:30, confused, non-blanching rash on legs. Freshers' week; "hangover" presumed by another flatmate the evening before. Ambulance 08:05. In ED: HR 142, BP 74/38, lactate 8.1, purpura fulminans developing on feet. CTX 2 g within 12 min of arrival.

ICU COURSE: intubated, noradrenaline up to 0.8, vasopressin, hydrocortisone. DIC. Blood PCR: N. meningitidis group B. Day 3 weaned vasopressors. Day 9 extubated. Purpuric lesions on both feet → plastics, likely toe amputations.

PUBLIC HEALTH: UKHSA notified Sunday 10:10. Ciprofloxacin prophylaxis for 6 flatmates + boyfriend [[REL:Joseph Adebayo]]. The university welfare officer co-ordinated the halls.

FAMILY: mother [[REL:Sandrine Dubois]] flew from [[TOWN:Lyon]] that night, father [[REL:Étienne Martin]] the next day. Mother speaks little English; we used a phone interpreter for the first 24 h and then a French-speaking ICU nurse ([[HCP:Amélie Roux]]) volunteered. Mother asked that no information go to the father (divorced, difficult). [[PT:Chloé]], once awake, wanted both told.

ISSUES I'D LIKE VIEWS ON:
1. An adult student, unconscious, two estranged parents, one asks us to exclude the other. We told both the same thing in separate meetings until she woke. Right?
2. Social media: a flatmate posted her photo on Instagram ([[HANDLE:@chloe.dm_]]'s account was tagged) asking for "prayers for our [[PT:Chloé]]" — within 6 h the local paper rang. Our comms team handled it.
3. MenB vaccine: she'd had MenACWY in France but not MenB. Should universities push MenB for international students?

She's now on the rehab ward, walking with a frame, planning to defer a year. Her mum sent the unit a box of calissons.""",
    # 051 Lower-case group chat between an Australian resident and registrar, with members
    """pasted from our ward group chat last night, sharing bc the reg's advice was gold

[22:41] @drmo_tash: reg r u free. mrs [[PT:tran]] bed 14 INR 9.2 no bleeding. warfarin for mech mitral. her daughter [[REL:vy]] says she doubled up bc she forgot if she took it
[22:43] @reg_aiden: any bleeding at all? gums, urine, stool, headache
[22:44] @drmo_tash: nil. hb 128 stable
[22:45] @reg_aiden: mechanical mitral = don't reverse fully. hold warfarin, 1-2 mg oral vit K, recheck INR in AM. NO prothrombinex unless bleeding
[22:46] @drmo_tash: ok. also her address in the system is still [[STREET:22 Hume Hwy]] [[TOWN:cabramatta]] but she lives w daughter in [[TOWN:bonnyrigg heights]] now, pharmacy at [[FAC:canley vale chemist]] does her webster pack
[22:47] @reg_aiden: fix the address + ring the chemist in the morning to stop the webster doubling. that's the real fix
[22:48] @drmo_tash: ty aiden 🙏""",
    # 052 Long US ethics consult: emergency-only dialysis for an undocumented K'iche'-speaking worker (Iowa)
    """Ethics consult write-up — emergency-only dialysis for an undocumented patient. Long; would value critique, especially from anyone in states that have changed their coverage rules.

REQUESTED BY: nephrology, [[FAC:Central Iowa Medical Center]], [[TOWN:Marshalltown]]
PATIENT: [[PT:Tomás Ixcoy Tzul]], 41M, MRN [[MRN:CIMC-8847120]]. Primary language K'iche', some Spanish. Matrícula consular [[ID:MC-04418822]].
EMPLOYMENT: line worker at [[FAC:Prairie Gold Pork]] for 9 years. Lives with wife [[REL:Rosa Tzul Ajpacajá]] and three children on [[STREET:South 3rd Avenue]].
DATE OF CONSULT: [[DATE:February 27, 2024]]

CLINICAL: ESKD (likely CKD of unknown aetiology), no insurance eligibility beyond Emergency Medicaid. Presenting every 5-7 days with K > 6.5 or pulmonary oedema for "emergency" HD — 14 admissions since [[DATE:October]]. Each admission: 2-3 days, ICU once for K 8.4 with bradycardia.

ETHICAL QUESTION: Is it ethically permissible to continue emergency-only dialysis when scheduled outpatient dialysis would be cheaper, safer, and is the standard of care? What are our obligations?

CONSIDERATIONS:
- Beneficence/non-maleficence: emergency-only HD carries ~14x higher mortality (published cohort data), more ICU days, and fear. He described each week as "waiting to drown".
- Justice: the same hospital pays more for emergency HD than scheduled HD would cost.
- Autonomy: patient wants to keep working to send money to his mother in [[TOWN:Totonicapán]]; he does not want to return to Guatemala, where his cousin [[REL:Diego Ixcoy]] died on dialysis last year.
- Law: Emergency Medicaid definitions vary by state; some states (e.g., Colorado) count scheduled HD as emergency care.

INTERPRETATION: K'iche' telephone interpreter (ID [[ID:40712]]) for all substantive conversations. Spanish was not adequate for informed consent — he nodded to Spanish, and then asked the K'iche' interpreter what "catheter" meant.

RECOMMENDATIONS:
1. Continuing emergency-only HD is ethically permissible only as a bridge; the hospital should advocate for scheduled HD via charity care at the [[FAC:Iowa River Dialysis]] unit (medical director open to it).
2. Offer PD training — home-based, compatible with his work; social work to confirm housing suits.
3. Refer to legal aid for immigration / coverage review.
4. Palliative care to support goals discussion without presupposing.

FOLLOW-UP: Charity-care HD approved [[DATE:March 12]]; admissions since: zero. His supervisor at [[FAC:Prairie Gold Pork]] moved him to day shift. Total cost to the hospital is now lower than before. Sometimes the ethical answer is also the cheaper one.""",
]

FREE_NOTES: list[str] = [
    # 053 Teaching post: eponymous bedside signs on an ICU ward round
    """Teaching round list — eponymous signs our interns should be able to name and explain (no, you don't need to know who Grey Turner was, but you do need to know what the bruise means):

- Kussmaul breathing — deep, sighing respirations of metabolic acidosis (DKA, uraemia, toxic alcohols).
- Cheyne-Stokes respiration — crescendo-decrescendo with apnoeas; HF, brainstem lesions, opioids at altitude.
- Cushing triad — hypertension, bradycardia, irregular breathing = raised ICP, late.
- Beck triad — hypotension, raised JVP, muffled heart sounds = tamponade (all three in < 40% of real cases).
- Grey Turner and Cullen signs — flank and periumbilical ecchymosis; haemorrhagic pancreatitis, ruptured ectopic, retroperitoneal bleed.
- Kehr sign — left shoulder tip pain from diaphragmatic irritation (splenic injury).
- Trousseau and Chvostek signs — hypocalcaemia; Trousseau is the more specific.
- Battle sign and raccoon eyes — basal skull fracture, often delayed 24-48 h.
- Quincke pulse, de Musset sign, Corrigan pulse — chronic AR; mostly for exams now.

Add yours below. Bonus points for one that changed management.""",
    # 054 Trial summary: NICE-SUGAR with DOI and registry number
    """Journal-club summary: NICE-SUGAR (intensive vs conventional glucose control in ICU).

Citation: The NICE-SUGAR Study Investigators. N Engl J Med 2009;360:1283-97. doi:10.1056/NEJMoa0810625. ClinicalTrials.gov NCT00220987.
Design: 6104 adults in 42 centres (ANZ, Canada, US), expected ICU stay ≥ 3 days; target 4.5-6.0 mmol/L (81-108 mg/dL) vs ≤ 10.0 mmol/L (≤ 180 mg/dL).
Primary outcome: 90-day mortality 27.5% vs 24.9% (OR 1.14, 95% CI 1.02-1.28, p = 0.02) — harm with intensive control.
Severe hypoglycaemia (≤ 2.2 mmol/L): 6.8% vs 0.5%.
Why it matters: overturned Leuven I (van den Berghe 2001) which was single-centre, surgical, with high-dose IV glucose.
Bottom line for our unit: target 8-10 mmol/L, don't chase 6.

NB the "NICE" in NICE-SUGAR is Normoglycaemia in Intensive Care Evaluation — nothing to do with the English guideline body.""",
    # 055 Guideline summary: NICE NG51 sepsis with public links
    """Quick summary of the updated NICE sepsis guideline (NG51) for the new F1s — I keep getting asked whether NEWS2 ≥ 5 means "give antibiotics in 1 hour". It doesn't, exactly.

- NEWS2 ≥ 7 (or a single high-risk criterion): senior review + antibiotics within 1 hour.
- NEWS2 5-6: review within 30 min; antibiotics within 3 hours if infection is the likely cause.
- NEWS2 1-4: consider, review within 1 hour, antibiotics within 6 hours if indicated.
- Lactate ≥ 2 or AKI: escalate.
- Under-16s and pregnant people have separate tables.

Links: https://www.nice.org.uk/guidance/ng51 and the RCP NEWS2 chart at https://www.rcp.ac.uk/improving-care/resources/national-early-warning-score-news-2/

The Surviving Sepsis Campaign 2021 (Evans et al., Crit Care Med 2021;49:e1063-e1143) takes a similar "possible vs probable" line for adults without shock.""",
    # 056 Teaching post: Australian arboviruses and other place-named infections
    """Wet-season teaching: the place-named viruses you'll actually see in northern and inland Australia.

- Ross River virus — polyarthritis, rash, fatigue for months. Serology (IgM, then paired IgG). No specific treatment.
- Barmah Forest virus — similar, milder, rash more prominent.
- Murray Valley encephalitis virus — rare, severe; ~1 in 150-1000 infections symptomatic; mortality 15-30% of encephalitic cases; survivors often left with deficits.
- Kunjin (a West Nile lineage) — mostly mild, occasionally encephalitis.
- Japanese encephalitis — re-emerged in the south-east in the 2022 outbreak; vaccine for high-risk groups.
- Hendra virus — horse-to-human; consider in vets/handlers with encephalitis or severe respiratory illness.

Not viruses but same "place" trap: melioidosis (Burkholderia pseudomallei) — think of it in anyone with diabetes, CKD, hazardous alcohol use, or occupational soil exposure after heavy rain. Blood cultures + throat/urine/sputum; meropenem for severe disease.

If the lab rings with "Gram-negative bacillus, safety pin appearance", think melioid.""",
    # 057 Teaching post: hantavirus cardiopulmonary syndrome with CDC link
    """Hantavirus cardiopulmonary syndrome — since a few of you in the south-west asked after last week's case discussion (no details here, just the teaching).

Agent: Sin Nombre virus (deer mouse, Peromyscus maniculatus), first described in the 1993 Four Corners outbreak.
Prodrome 3-5 days: fever, myalgia (thighs, back), GI symptoms. No coryza — useful negative.
Then rapid non-cardiogenic pulmonary oedema and cardiogenic shock.
Clues on the CBC ("the tetrad"): thrombocytopenia (first and most sensitive), left shift, haemoconcentration, > 10% immunoblasts.
Management: supportive, early transfer to an ECMO-capable centre — the window between "needs 2 L O2" and "arrests" can be hours. Avoid over-resuscitation with fluid.
Mortality ~35%; VA-ECMO centres report better.

CDC clinician page: https://www.cdc.gov/hantavirus/hcp/clinical-overview/ — includes the case definition and lab submission info.""",
    # 058 Drug list: vasopressor and inotrope dosing table
    """Vasopressor / inotrope cheat-sheet we laminate for the unit. Corrections welcome (our pharmacist already found one typo).

Noradrenaline (norepinephrine): 4 mg in 50 mL (80 mcg/mL); 0.05-0.5 mcg/kg/min; > 1.0 = refractory.
Adrenaline (epinephrine): 4 mg in 50 mL; 0.02-0.5 mcg/kg/min. Raises lactate — don't chase it.
Vasopressin: 20 units in 20 mL; fixed 0.03-0.04 units/min (VANISH, VASST).
Phenylephrine: 10 mg in 100 mL (100 mcg/mL); 0.5-5 mcg/kg/min; push-dose 50-200 mcg.
Dobutamine: 250 mg in 50 mL; 2.5-20 mcg/kg/min.
Milrinone: 10 mg in 50 mL; 0.125-0.75 mcg/kg/min, no bolus in shock, reduce in AKI.
Angiotensin II: 2.5 mg in 250 mL; 20 ng/kg/min start (ATHOS-3).
Methylene blue: 1-2 mg/kg over 20 min for vasoplegia; watch SpO2 artefact, serotonin syndrome with SSRIs.

Peripheral noradrenaline: OK via a good 18G above the antecubital fossa for < 24 h with 2-hourly site checks.""",
    # 059 Scores: PE decision rules (Wells, PERC, Geneva, YEARS) with worked numbers
    """Which PE rule do you actually use on the ward? A quick summary for the residents, then tell me your practice.

Wells (PE): clinical signs DVT 3, PE most likely 3, HR > 100 1.5, immobilisation/surgery 1.5, previous VTE 1.5, haemoptysis 1, malignancy 1. ≤ 4 = "PE unlikely".
PERC: all 8 negative (age < 50, HR < 100, SpO2 ≥ 95%, no haemoptysis, no oestrogen, no prior VTE, no unilateral leg swelling, no recent surgery/trauma) → no D-dimer. Only for low pretest (< 15%).
Revised Geneva: more objective, no "PE most likely" item.
YEARS: three items (DVT signs, haemoptysis, PE most likely); 0 items → D-dimer cut-off 1000 ng/mL; ≥ 1 → 500.
Age-adjusted D-dimer: age × 10 ng/mL over 50 (ADJUST-PE).

Inpatients are the hard bit — none of these were derived in hospitalised patients, and D-dimer is positive in ~90% of them. I mostly go straight to CTPA or V/Q if the pretest is moderate.""",
    # 060 Journal-club group chat among colleagues (members), with speaker labels and times
    """Journal club chat from tonight — pasting so the people who couldn't make it can catch up.

[19:02] @hamish_icu: paper this month is the BLING III trial (continuous vs intermittent beta-lactam infusion). JAMA 2024. 7000 pts, 104 ICUs
[19:04] @drnkechi_o: primary outcome 90-day mortality 24.9% vs 26.8%, not significant. But the Bayesian meta-analysis published alongside it says 86% probability of benefit
[19:05] @hamish_icu: which is the classic "negative trial, positive vibes" situation
[19:07] @sofia.r.hosp: what did they use, pip-tazo and meropenem?
[19:08] @drnkechi_o: yep, and cefepime. Loading dose then continuous
[19:10] @tomasz_k_icu: our pharmacy already does extended infusion for pip-tazo. does anyone actually do 24h continuous outside of a trial?
[19:12] @hamish_icu: we do for meropenem in CF and for anything with MIC near the breakpoint. Stability is the issue for meropenem — needs 8-hourly bag changes
[19:15] @sofia.r.hosp: vote: change practice? 👍 / 👎
[19:16] @tomasz_k_icu: 👍 for pip-tazo
[19:16] @drnkechi_o: 👍
[19:17] @hamish_icu: 👍 with a pharmacokinetic asterisk

Next month: Sofia's pick, the REMAP-CAP steroid domain.""",
    # 061 Rota chat among colleagues (members): swaps and nights, weekday names only
    """Rota chat, pasted for the new starters so you see how swaps work here (please don't post swaps on the main thread, use this group).

@ciara_reg: anyone able to take my Tues night? will give you a weekend day back
@jono_mcd: I can do Tues if someone covers my Friday twilight 16:00-midnight
@ciara_reg: deal, I'll do your Friday twilight
@rota_meena: approved — remember the 48 h average and no more than 4 nights in a row. You're both fine
@jono_mcd: also is the bank holiday Monday covered? The rota says "TBC" in the ICU column
@rota_meena: locum agency says maybe. If not, I'll do it, don't panic
@ciara_reg: you're a legend Meena
@rota_meena: I know 😌 — exception reports go to the guardian, not me. Rest periods are not optional.""",
    # 062 Teaching post: Canadian and Ottawa decision rules
    """Canadian decision rules cheat-sheet — useful on the medical take too, not just in the ED (our falls on the ward often need them).

Canadian CT Head Rule (GCS 13-15 after witnessed LOC/amnesia/disorientation): high risk = GCS < 15 at 2 h, suspected open/depressed skull #, signs of basal skull #, ≥ 2 vomits, age ≥ 65. Medium risk = amnesia > 30 min before impact, dangerous mechanism. NB: it excludes anticoagulated patients — which is most of our ward falls.
Canadian C-Spine Rule: high-risk factors (age ≥ 65, dangerous mechanism, paraesthesia) → image.
Ottawa SAH Rule: for alert patients ≥ 15 with new severe non-traumatic headache peaking within 1 h. Sensitivity ~100%, specificity low.
Ottawa Ankle and Knee Rules: you know these.
Canadian Syncope Risk Score: 9 items, −3 to +11; very low risk ≤ −2.

Reference: Stiell IG et al. Lancet 2001;357:1391-6 (CT head). The same group derived most of these.""",
    # 063 Teaching post: Tokyo guidelines, Atlanta classification and pancreatitis scores
    """Hepatobiliary ICU admissions — the classification alphabet soup, simplified.

Acute cholangitis — Tokyo Guidelines 2018 (TG18):
- Grade III (severe): any organ dysfunction (e.g., noradrenaline, P/F < 300, INR > 1.5, plt < 100, Cr > 2.0 mg/dL, altered consciousness) → urgent biliary drainage.
- Grade II: two of WCC > 12 or < 4, fever ≥ 39, age ≥ 75, bilirubin ≥ 5 mg/dL, albumin < 0.7 × ULN → early drainage.

Acute pancreatitis — Revised Atlanta Classification (2012):
- Mild: no organ failure, no local complications.
- Moderately severe: transient organ failure (< 48 h) or local complications.
- Severe: persistent organ failure > 48 h (modified Marshall score ≥ 2).
Scores: Ranson (needs 48 h), BISAP (BUN > 25, impaired mental status, SIRS, age > 60, pleural effusion), APACHE II ≥ 8.

Fluids: WATERFALL trial (NEJM 2022) — aggressive fluids caused more overload without benefit. Moderate LR, reassess.""",
    # 064 Teaching post: ARDS definitions (Berlin, Kigali, 2023 global), ratios and numbers
    """ARDS definitions, because the new registrars keep asking which one to use in notes:

Berlin (2012): acute (< 1 week), bilateral opacities, not fully explained by HF/fluid, P/F on PEEP ≥ 5: mild 200-300, moderate 100-200, severe < 100. JAMA 2012;307:2526-33.
Kigali modification (2016): for resource-limited settings — SpO2/FiO2 ≤ 315 with SpO2 ≤ 97%, no PEEP requirement, ultrasound allowed instead of CXR.
New global definition (2023, published AJRCCM 2024): includes HFNO ≥ 30 L/min, SpO2/FiO2 ≤ 315, ultrasound — and a category for non-intubated ARDS.

Numbers to remember:
- Vt 6 mL/kg PBW (PBW male = 50 + 0.91 × (height cm − 152.4)).
- Plateau ≤ 30 cmH2O, driving pressure ≤ 15.
- Prone ≥ 16 h/day if P/F < 150 on FiO2 ≥ 0.6 (PROSEVA, NEJM 2013;368:2159-68).
- Consider ECMO referral when P/F < 80 for > 6 h or pH < 7.25 with PaCO2 ≥ 60 for > 6 h (EOLIA criteria).""",
    # 065 Toxicology teaching: paracetamol thresholds, King's College criteria, SNAP regimen
    """Paracetamol overdose — ward version. Three guidelines, three nomograms, one drug.

UK: single treatment line at 100 mg/L at 4 h (since 2012). Acetylcysteine via the 2-bag regimen or the SNAP regimen (Scottish and Newcastle Anti-emetic Pre-treatment, Lancet 2014;383:697-704) — 12 h, fewer reactions.
Australia/NZ (Chiew et al., Med J Aust 2020;212:175-83): 150 mg/L at 4 h nomogram; 2-bag regimen (200 mg/kg over 4 h, then 100 mg/kg over 16 h); double the second bag for massive ingestions (≥ 40 g or 4-h level over 300).
US: Rumack-Matthew line at 150 mcg/mL; 21-h IV or 72-h oral.

Referral to a liver unit — King's College criteria (paracetamol): arterial pH < 7.30 after resuscitation, OR all three of INR > 6.5, creatinine > 300 µmol/L, grade III/IV encephalopathy. Lactate > 3.0 after fluids adds sensitivity.

And please: a "4-hour level" means 4 hours after ingestion, not 4 hours after arrival.""",
    # 066 Teaching post: cognitive screening tools (ACE-III, MoCA, 4AT, CAM-ICU)
    """Cognitive screening on the medical ward — which tool when? (Asked by one of our FY2s; answer got long.)

- 4AT: delirium screen, < 2 min, no training, works in drowsy patients. Score ≥ 4 = possible delirium. Our default on admission for anyone ≥ 65.
- CAM / CAM-ICU: feature 1 (acute onset/fluctuation) + 2 (inattention) + either 3 (disorganised thinking) or 4 (altered LOC). CAM-ICU works in ventilated patients.
- AMTS (10-point) and AMT4: quick, crude; ≤ 7/10 abnormal.
- MoCA: 30 points, < 26 abnormal, add 1 point if ≤ 12 years of education. Sensitive for MCI, but not a delirium tool.
- ACE-III (Addenbrooke's Cognitive Examination): 100 points, 5 domains, for memory clinic — not on the acute take.
- Mini-Cog: 3-word recall + clock draw; 3 minutes.

Don't do a MoCA on day 1 of a UTI in a 90-year-old and diagnose dementia. Delirium first, cognition at 6-12 weeks.""",
    # 067 Burns teaching: Parkland and Brooke formulae, Lund and Browder, Baux score
    """Burns resus refresher for the ICU (we get the overflow from the burns unit every winter).

TBSA: Lund and Browder chart > rule of nines (adults) > palm method (patient's palm incl. fingers ≈ 1%).
Fluids:
- Parkland: 4 mL/kg/%TBSA of Hartmann's in 24 h, half in the first 8 h from time of burn (not arrival).
- Modified Brooke: 2 mL/kg/%TBSA — many units now start here and titrate.
- Titrate to urine output 0.5 mL/kg/h (1 mL/kg/h in electrical injury with myoglobinuria).
Fluid creep is real: many patients get > 6 mL/kg/%TBSA → abdominal compartment syndrome. Consider albumin rescue at 12 h if running high.
Mortality: revised Baux = age + %TBSA + 17 (if inhalation injury). Baux > 140 — discuss ceiling of care.
Inhalation injury: hoarse voice, carbonaceous sputum, singed nasal hair — early airway; carboxyhaemoglobin and cyanide (lactate > 8 → hydroxocobalamin 5 g).""",
    # 068 Trial summary: ADRENAL and APROCCHSS steroids in septic shock, with DOIs
    """Steroids in septic shock — the two 2018 trials side by side, because our unit is rewriting the guideline.

ADRENAL (ANZICS CTG): 3800 ventilated pts with septic shock; hydrocortisone 200 mg/day infusion × 7 days vs placebo. 90-day mortality 27.9% vs 28.8% (OR 0.95, 95% CI 0.82-1.10). Faster shock resolution (3 vs 4 days), shorter ventilation, fewer transfusions. N Engl J Med 2018;378:797-808. doi:10.1056/NEJMoa1705835
APROCCHSS: 1241 pts; hydrocortisone 50 mg q6h + fludrocortisone 50 mcg daily × 7 days (+/− drotrecogin initially). 90-day mortality 43.0% vs 49.1% (RR 0.88, 95% CI 0.78-0.99). N Engl J Med 2018;378:809-18. doi:10.1056/NEJMoa1705716

Why different? Sicker patients in APROCCHSS (higher baseline mortality), fludrocortisone, bolus dosing.
Our draft: hydrocortisone 50 mg q6h if noradrenaline ≥ 0.25 mcg/kg/min for ≥ 4 h; consider fludro 50 mcg. Stop without taper when off pressors.""",
    # 069 GI bleed teaching: Glasgow-Blatchford, Rockall, Oakland and balloon tamponade devices
    """Upper and lower GI bleeding scores — and the tubes nobody remembers how to place.

Upper:
- Glasgow-Blatchford (GBS): 0-1 → safe for outpatient management (BSG, NICE CG141). Uses urea, Hb, SBP, HR, melaena, syncope, hepatic disease, cardiac failure.
- Pre-endoscopy Rockall: age, shock, comorbidity. Full Rockall needs endoscopic findings.
- AIMS65: albumin < 30, INR > 1.5, altered mental status, SBP ≤ 90, age ≥ 65.
Lower:
- Oakland score: ≤ 8 → safe discharge (BSG 2019 guideline). Variables: age, sex, previous LGIB admission, DRE findings, HR, SBP, Hb.

Balloon tamponade (variceal bleeding, bridge to TIPS):
- Sengstaken-Blakemore: 3 lumens (gastric balloon, oesophageal balloon, gastric aspiration).
- Minnesota tube: 4 lumens (adds oesophageal aspiration).
- Linton-Nachlas: single large gastric balloon, for gastric varices.
Intubate first. Inflate gastric balloon with 250-300 mL air, confirm position on X-ray BEFORE full inflation, traction ~1 kg. Max 24 h.""",
    # 070 Dosing post: aminoglycoside nomograms and vancomycin AUC targets
    """Gentamicin and vancomycin dosing — where the hospital protocol came from (Hartford is a nomogram, not a place you need to visit).

Gentamicin:
- Extended-interval 7 mg/kg (Hartford nomogram): level 6-14 h post-dose, plot on the nomogram → q24/q36/q48.
- Alternative: Sawchuk-Zaske (two levels, calculate ke and Vd) — more accurate in ICU where Vd is huge.
- Australian Therapeutic Guidelines: 5-7 mg/kg, AUC target 70-100 mg·h/L with Bayesian software.

Vancomycin:
- 2020 ASHP/IDSA consensus: AUC/MIC 400-600 (assuming MIC 1) instead of trough 15-20. Fewer AKIs.
- Loading dose 25-30 mg/kg (actual body weight, max 3 g) in critically ill.
- CRRT: 1 g q24h then levels; intermittent HD: dose post-dialysis.

Don't forget obesity: gentamicin on adjusted body weight (IBW + 0.4 × (TBW − IBW)).""",
    # 071 Teaching post: acute rheumatic fever / RHD (2015 Jones criteria, secondary prophylaxis)
    """ARF/RHD teaching for new staff in the north — the numbers that matter.

Jones criteria (2015 AHA revision) — moderate/high-risk populations (which includes Aboriginal and Torres Strait Islander, Māori and Pacific peoples):
- Major: carditis (incl. subclinical on echo), polyarthritis OR polyarthralgia OR aseptic monoarthritis, Sydenham chorea, erythema marginatum, subcutaneous nodules.
- Minor: monoarthralgia, fever ≥ 38.0, ESR ≥ 30 or CRP ≥ 30, prolonged PR.
Initial ARF = 2 major, or 1 major + 2 minor, plus evidence of preceding strep infection.

Secondary prophylaxis: benzathine benzylpenicillin G 1 200 000 units IM every 28 days (every 21 days for high-risk/recurrent). Lignocaine-mixed BPG reduces pain; so does the ice-and-pressure technique.
Duration: minimum 10 years after last ARF or until age 21 (whichever longer); longer for moderate-severe RHD.

Adherence is the whole game: ≥ 80% of scheduled doses. Aboriginal Health Practitioners and community-based delivery outperform clinic-based recall every time.

Guideline: RHDAustralia, 3rd edition (2020, updated 2022) — https://www.rhdaustralia.org.au/arf-rhd-guideline""",
    # 072 Short question: Guillain-Barré intubation thresholds (20/30/40 rule, EGRIS)
    """GBS on the ward — what's your threshold for ICU? We use the 20/30/40 rule (VC < 20 mL/kg, MIP weaker than −30 cmH2O, MEP < 40 cmH2O) plus EGRIS ≥ 5 for early transfer. Single-breath count < 20 is a decent bedside proxy. Anyone using the Erasmus GBS Outcome Score for prognosis conversations?""",
    # 073 Phone-typed one-liner about a propofol shortage
    """anyone elses icu out of propofol 1% 50ml vials?? supplier says 6 wks. we're on 2% + midaz + dex. thoughts on ketamine infusions for sedation 0.5-1 mg/kg/h — delirium worse or better in ur experience""",
    # 074 Conference chat among colleagues (members), no places or dates
    """Conference group chat, pasted — for those stuck on service.

@drnkechi_o: the ECMO debate session is standing room only, someone livestream it
@marcus_picu: the "fluids are drugs" talk was excellent. CLOVERS and CLASSIC in 15 minutes, no slides, just a whiteboard
@drnkechi_o: poster hall: our sedation audit got a commendation!! well done Isla
@isla_mcrae_icu: 😳 thank you. 300 posters and they picked a spreadsheet of RASS scores
@marcus_picu: dinner at 7? I booked for 8 of us
@drnkechi_o: yes. also the wellbeing workshop tomorrow at 9 is compulsory for everyone who said "I'm fine" at the last M&M
@isla_mcrae_icu: that's all of us""",
    # 075 Trial statistics: TTM2 with hazard ratios, CIs and registry number
    """TTM2 — numbers for journal club, because someone asked whether "normothermia" means we can stop the cooling pads entirely.

Dankiewicz J et al. N Engl J Med 2021;384:2283-94. doi:10.1056/NEJMoa2100591. NCT02908308.
1900 adults, OHCA of presumed cardiac or unknown cause, unconscious.
Hypothermia 33 °C for 28 h then rewarming vs normothermia with early treatment of fever (≥ 37.8 °C → device).
Death at 6 months: 50% vs 48% (RR 1.04, 95% CI 0.94-1.14, p = 0.37).
Poor functional outcome (mRS 4-6): 55% vs 55% (RR 1.00, 95% CI 0.92-1.09).
Arrhythmias with haemodynamic compromise: 24% vs 17% (p < 0.001).
About 46% of the normothermia group needed a device anyway.

Take-home: active fever prevention (≤ 37.7 °C) for at least 72 h; no benefit of 33 °C. The ERC-ESICM 2021 guideline followed this.""",
    # 076 Electrolyte replacement protocol (numbers, doses, no identifiers)
    """Our nurse-initiated electrolyte replacement protocol (ICU), shared as asked. Adapt for your renal function rules.

Potassium (target 4.0-5.0 in cardiac patients):
- K 3.5-3.9: 20 mmol KCl IV over 2 h (central) or oral 24 mmol
- K 3.0-3.4: 40 mmol IV over 4 h, recheck
- K < 3.0: 40 mmol IV + call doctor; check Mg
Magnesium (target ≥ 1.0 mmol/L; ≥ 1.2 post-cardiac surgery):
- Mg 0.7-0.9: 10 mmol MgSO4 over 1 h
- Mg < 0.7: 20 mmol over 2 h
Phosphate:
- PO4 0.4-0.6: 15 mmol over 4 h; < 0.4: 30 mmol over 6 h (refeeding risk — call dietitian)
Calcium (ionised):
- iCa < 1.0: 10 mL 10% calcium gluconate over 10 min

EXCLUSIONS: Cr > 200 µmol/L or UO < 0.5 mL/kg/h for 6 h, on CRRT (separate protocol), digoxin toxicity.""",
    # 077 Infection-control post: measles airborne precautions with WHO and CDC links
    """Measles cases are up again — reminder for the wards on airborne precautions (asked by infection control to share):

- Negative-pressure room if available; door closed. If not, single room, door closed, no shared air.
- N95/P2 for all staff regardless of immunity status.
- Infectious period: 4 days before to 4 days after rash onset.
- Exposed non-immune staff: excluded from day 5 to day 21 after exposure.
- Post-exposure prophylaxis: MMR within 72 h, or normal human immunoglobulin within 6 days (0.6 mL/kg IM; IV for pregnant/immunocompromised).
- Vitamin A for admitted children (200 000 IU if ≥ 12 months).
- Notify public health on clinical suspicion — don't wait for PCR.

Links: WHO fact sheet https://www.who.int/news-room/fact-sheets/detail/measles ; CDC for clinicians https://www.cdc.gov/measles/hcp/index.html ; UKHSA national measles guidelines (2024).""",
    # 078 Definitions post: Sepsis-3, qSOFA and SOFA with PMIDs
    """Sepsis definitions, for the "is this sepsis or SIRS?" argument that happens every take.

Sepsis-3 (Singer M et al. JAMA 2016;315:801-10; PMID 26903338):
- Sepsis = life-threatening organ dysfunction caused by a dysregulated host response to infection; operationalised as acute SOFA increase ≥ 2.
- Septic shock = vasopressors to keep MAP ≥ 65 AND lactate > 2 mmol/L despite adequate fluid. Hospital mortality > 40%.
- qSOFA (RR ≥ 22, altered mentation, SBP ≤ 100): prognostic, not diagnostic. Don't use it to rule sepsis out (Seymour CW et al., JAMA 2016;315:762-74; PMID 26903335).

SOFA components: PaO2/FiO2, platelets, bilirubin, MAP/vasopressors, GCS, creatinine/UO. Each 0-4, max 24.
SIRS (1992): 2 of T > 38 or < 36, HR > 90, RR > 20 or PaCO2 < 32 mmHg, WBC > 12 or < 4 or > 10% bands. Sensitive, not specific.

SOFA 2.0 is coming — watch this space.""",
    # 079 Ventilation teaching: ARDSNet PEEP/FiO2 tables and driving pressure
    """Ventilator settings thread — I'll start. Lower PEEP/FiO2 table from ARDSNet (ARMA, NEJM 2000;342:1301-8):

FiO2  0.3 | 0.4 | 0.4 | 0.5 | 0.5 | 0.6 | 0.7 | 0.7 | 0.7 | 0.8 | 0.9 | 0.9 | 0.9 | 1.0
PEEP   5  |  5  |  8  |  8  | 10  | 10  | 10  | 12  | 14  | 14  | 14  | 16  | 18  | 18-24

Targets: PaO2 55-80 mmHg or SpO2 88-95%; pH 7.30-7.45; Pplat ≤ 30.
Driving pressure (Pplat − PEEP) ≤ 15 cmH2O correlated best with survival (Amato 2015).
Higher-PEEP table for moderate-severe; recruitment manoeuvres — ART trial (2017) showed harm with staircase RMs, so we've stopped them.
Mechanical power > 17 J/min — interesting, not yet a target.

What do you use in obese patients? We titrate by oesophageal pressure in BMI > 45 if the balloon behaves.""",
    # 080 ECG teaching: eponymous ECG patterns (Brugada, Wellens, de Winter, Sgarbossa, Osborn)
    """ECG patterns every hospitalist should recognise — teaching slide text:

- Brugada type 1: coved ST elevation ≥ 2 mm in V1-V2 with negative T. Fever unmasks it — check the ECG again when febrile.
- Wellens syndrome: deep symmetric (type B) or biphasic (type A) T waves in V2-V3, pain-free. Critical proximal LAD — don't stress test.
- de Winter T waves: upsloping ST depression at the J point with tall symmetric T in precordial leads. STEMI equivalent.
- Sgarbossa criteria (Smith-modified): LBBB/paced rhythm; concordant STE ≥ 1 mm, concordant STD V1-V3 ≥ 1 mm, or discordant STE/S ratio ≤ −0.25.
- Osborn (J) waves: hypothermia, hypercalcaemia, SAH.
- Aslanger pattern: inferior STE in III only, ST depression V4-V6 with positive T in V1 — inferior MI with multivessel disease.
- Spodick sign: PR depression with downsloping TP segment — pericarditis.
- Bazett vs Fridericia: use Fridericia (QTcF) when HR > 90.""",
    # 081 Accidental hypothermia teaching: Swiss staging, HOPE score, ECLS criteria
    """Accidental hypothermia — winter refresher (we're the ECLS referral centre for a big rural catchment):

Swiss staging (clinical, when you have no thermometer):
- I: conscious, shivering (~32-35 °C)
- II: impaired consciousness, not shivering (~28-32 °C)
- III: unconscious (~24-28 °C)
- IV: no vital signs (< 24 °C) — revised to risk-of-cardiac-arrest descriptors in 2023.
HOPE score (Hypothermia Outcome Prediction after ECLS): age, sex, mechanism (asphyxia or not), CPR duration, K, temperature. HOPE ≥ 10% survival → ECLS.
Older rule: K > 12 mmol/L → no ECLS (still used when HOPE can't be calculated).
In hypothermic cardiac arrest: defibrillate up to 3 times < 30 °C; withhold adrenaline < 30 °C, double the interval 30-35 °C.
"Nobody is dead until warm and dead" — within reason (avalanche burial > 60 min with airway packed with snow, K > 8: discuss).

Pasquier M et al. Resuscitation 2018;126:58-64 (HOPE).""",
    # 082 Drug list: opioid conversion table for ward and palliative use
    """Opioid conversion table we use on the ward (approximate, reduce by 25-50% for cross-tolerance when switching):

Oral morphine 30 mg ≈
- SC/IV morphine 10-15 mg
- Oral oxycodone 15-20 mg
- SC oxycodone 7.5-10 mg
- SC hydromorphone 2 mg / oral hydromorphone 6 mg
- Transdermal fentanyl 12 mcg/h (per 24 h, at steady state; roughly oral morphine 30-45 mg/day)
- Transdermal buprenorphine 10 mcg/h (7-day patch) ≈ oral morphine ~20-24 mg/day
- Oral tapentadol 75-100 mg
- Methadone: don't use a table — palliative/pain team only.

Renal impairment (eGFR < 30): avoid morphine and codeine; prefer low-dose hydromorphone or fentanyl; alfentanil SC in end-stage.
Breakthrough: 1/6 to 1/10 of 24-h dose, q1-2h PRN.
Constipation: prescribe the laxative at the same time as the opioid. Every time.""",
    # 083 Classification post: NYHA, Killip, Forrester, Stanford and DeBakey
    """Cardiology classifications for the ward round — which one is which:

NYHA (symptoms): I none; II ordinary activity; III less than ordinary; IV at rest.
ACC/AHA stages: A risk factors; B structural disease, no symptoms; C symptoms; D refractory.
Killip (post-MI, exam): I no HF; II crackles/S3/raised JVP; III frank pulmonary oedema; IV cardiogenic shock. 30-day mortality roughly 6 / 17 / 38 / 81% in the original 1967 series.
Forrester (haemodynamic): warm/cold × dry/wet; CI 2.2 L/min/m² and PCWP 18 mmHg cut-offs.
SCAI shock stages: A at risk, B beginning, C classic, D deteriorating, E extremis.
Aortic dissection:
- Stanford A: involves ascending aorta → surgery. Stanford B: doesn't → medical/TEVAR.
- DeBakey I: ascending + beyond; II: ascending only; III: descending only (IIIa/IIIb).
- TEM classification (2020) adds entry tear and malperfusion.""",
    # 084 Teaching post: death by neurological criteria (apnoea test, Lazarus sign, guidelines)
    """Death by neurological criteria — a few points after a long discussion at our teaching session:

Preconditions: established cause, no confounders (sedatives — wait ≥ 4-5 half-lives or check levels; T ≥ 36 °C in most guidelines; Na 115-160 in some; no severe endocrine/metabolic derangement; SBP ≥ 100).
Exam: coma, absent brainstem reflexes (pupils, corneals, oculocephalic, vestibulo-ocular with 50 mL ice water each ear, gag, cough), apnoea test.
Apnoea test: preoxygenate FiO2 1.0; PaCO2 ≥ 60 mmHg AND rise ≥ 20 mmHg from baseline (UK: PaCO2 > 6.5 kPa with pH < 7.40).
Spinal reflexes can persist: Lazarus sign (arm flexion/adduction), triple flexion, finger jerks — warn the family.
Ancillary tests only when the exam can't be completed: CTA, nuclear perfusion, 4-vessel angiography.

Guidelines: the 2023 AAN/AAP/CNS/SCCM adult-paediatric guideline (Neurology 2023;101:1112-32); the 2023 Canadian clinical practice guideline (Can J Anaesth 2023;70:483-557); the UK Academy of Medical Royal Colleges Code of Practice (2008); the ANZICS Statement on Death and Organ Donation (v4.1).""",
    # 085 Nutrition teaching: energy equations and NUTRIC score
    """ICU nutrition — energy equations, and why our dietitians roll their eyes at them.

- Harris-Benedict (1918!): men 66.5 + 13.75W + 5.003H − 6.75A; women 655.1 + 9.563W + 1.850H − 4.676A. Over-estimates in obesity.
- Mifflin-St Jeor: men 10W + 6.25H − 5A + 5; women −161.
- Penn State 2003b (ventilated): Mifflin(0.96) + VE(31) + Tmax(167) − 6212. Validated in ventilated adults; the 2010 version for obese > 60 years.
- Simple: 25 kcal/kg/day; protein 1.2-2.0 g/kg/day (EFFORT Protein trial 2023 — no benefit of high protein, harm in AKI).
- Indirect calorimetry is the gold standard, if your unit has a working one.

NUTRIC score (APACHE II, SOFA, age, comorbidities, days in hospital pre-ICU, ± IL-6) ≥ 5-6 = high risk, benefit most from adequate nutrition.
Start EN within 24-48 h; trophic in shock; don't chase calories in week 1 (EDEN, TARGET, NUTRIREA-3).""",
    # 086 Delirium and sedation post: RASS, CAM-ICU, ICDSC, PADIS guideline
    """Sedation and delirium bundle — what we changed and the references.

Scales: RASS (−5 to +4; target −2 to 0 unless proning/ICP/paralysis), CAM-ICU or ICDSC (≥ 4 = delirium), CPOT or BPS for pain in non-communicative patients.
Bundle: ABCDEF (Assess pain, Both SAT and SBT, Choice of sedation, Delirium, Early mobility, Family engagement).
Drugs:
- Analgesia-first; propofol or dexmedetomidine over benzodiazepines (SPICE III, MENDS2).
- Haloperidol doesn't prevent or treat ICU delirium mortality-wise (AID-ICU 2022) — may reduce agitation days.
- Melatonin: no benefit in Pro-MEDIC (2022).
- Quetiapine: small studies only.
Environment: lights off 22:00-06:00, ear plugs, eye masks, glasses and hearing aids on in the morning, clocks visible.

Guideline: Devlin JW et al. Clinical Practice Guidelines for the Prevention and Management of Pain, Agitation/Sedation, Delirium, Immobility, and Sleep Disruption in Adult Patients in the ICU. Crit Care Med 2018;46:e825-73.""",
    # 087 Short reflective post on rural generalist practice (no identifiers)
    """Five years into rural generalist work. Things no one taught me in training: how to intubate alone with a nurse who has never seen it done; how to say "I don't know, but I'll find out" to a family at 3 am while the retrieval service is still 4 h away; how to run a code and then go to the same family's barbecue a month later. ACRRM, SRPC and RACGP-RG curricula are getting better at the procedural bit. Nobody's cracked the "you are the hospital" bit.""",
    # 088 Toxinology teaching: Australian envenomations (Irukandji, box jellyfish, funnel-web, redback)
    """Toxinology summer list — Australian edition:

- Box jellyfish (Chironex fleckeri): vinegar to the tentacles, then remove; CPR if arrest; antivenom availability varies and evidence is weak.
- Irukandji syndrome (Carukia barnesi and others): minimal sting, then 30 min later severe back/abdominal pain, sweating, hypertension, catecholamine surge; some get cardiomyopathy and pulmonary oedema. Opioids ++, magnesium unproven.
- Sydney funnel-web spider (Atrax robustus) and other Atracids: pressure-immobilisation bandage; antivenom for any systemic envenoming (2 vials, more if severe). Males are the dangerous ones.
- Redback (Latrodectus hasselti): local pain, regional pain, diaphoresis; antivenom probably no better than placebo (RAVE-II), so analgesia. No pressure bandage.
- Blue-ringed octopus: tetrodotoxin → paralysis; ventilate until it wears off (hours), fully conscious throughout — sedate them.
- Stonefish: hot water immersion (45 °C, test with your own hand), regional block.

Poisons Information Centre: 13 11 26 (Australia-wide, 24 h).""",
    # 089 Colleagues' reply thread (members) about LP needles and technique
    """Thread from the procedures group, tidied up:

Q (@dr_osei_hm): are people using atraumatic (pencil-point) LP needles on the wards now? Our stores only stock 22G Quincke.
↳ @lou_fitzgerald: yes — Sprotte/Whitacre 22G with an introducer. Post-dural puncture headache drops from ~10% to ~3%. Cochrane 2017 (Nath et al.) agreed.
↳ @dr_osei_hm: do you still get opening pressure?
↳ @lou_fitzgerald: yes, it's just slower. Lateral decubitus, legs relaxed, manometer. Normal 10-25 cmH2O.
↳ @raj_gupta_md: tip: ultrasound to mark the interspace in anyone with BMI > 35. L3-4 or L4-5, Tuffier's line is unreliable.
↳ @dr_osei_hm: thanks all, putting in a stores request
↳ @lou_fitzgerald: reference for the business case: Nath S et al. Lancet 2018;391:1197-1204.""",
    # 090 Pneumonia scores and empirical antibiotic table (CURB-65, PSI, SMART-COP)
    """CAP severity scores — which one for which decision:

CURB-65 (BTS/NICE): Confusion, Urea > 7 mmol/L, RR ≥ 30, BP < 90 systolic or ≤ 60 diastolic, age ≥ 65. 0-1 home, 2 admit, 3-5 severe.
PSI/PORT: 20 variables, classes I-V; best for identifying low-risk patients safe for discharge (IDSA/ATS 2019 prefer PSI).
SMART-COP (Australian, Charles PG et al. Clin Infect Dis 2008;47:375-84): Systolic BP < 90, Multilobar, Albumin < 35, RR (age-adjusted), Tachycardia ≥ 125, Confusion, Oxygen low, pH < 7.35. ≥ 3 → intensive respiratory/vasopressor support likely. Better at predicting ICU need than CURB-65.
IDSA/ATS major/minor criteria: 1 major (vasopressors, MV) or ≥ 3 minor → ICU.

Empirical (check your local guide):
- Low severity: amoxicillin 1 g tds (+ doxycycline if atypical risk).
- Moderate: benzylpenicillin 1.2 g IV q6h + doxy, or ceftriaxone 1 g + azithro.
- Severe: ceftriaxone 2 g + azithromycin 500 mg IV; add cover for MRSA/Pseudomonas only with risk factors.
- In the tropical north: add meropenem if melioid risk.""",
    # 091 Hyponatraemia worked example with the Adrogué-Madias formula (hypothetical numbers)
    """Worked example for the residents — hypothetical patient, numbers only:

Woman, 60 kg, Na 118, symptomatic (vomiting, confused). TBW = 0.5 × 60 = 30 L.
Adrogué-Madias: ΔNa per 1 L infusate = (infusate Na − serum Na) / (TBW + 1).
- 3% saline (Na 513): (513 − 118) / 31 = +12.7 mmol/L per litre → 100 mL ≈ +1.3.
- 0.9% saline (Na 154): (154 − 118) / 31 = +1.2 per litre.
Plan: 150 mL 3% over 20 min (SALSA trial-style bolus), repeat once if still symptomatic; aim +4-6 in first 6 h; limit +8-10 in 24 h (+8 if high ODS risk: alcohol, malnutrition, hypokalaemia, liver disease).

The formula ignores ongoing losses and the aquaresis when ADH switches off — check Na every 2-4 h and urine output hourly. If UO > 100 mL/h, you're about to overcorrect: consider DDAVP 1-2 mcg IV ± 5% dextrose (the "clamp").""",
    # 092 Eponyms teaching: GI and oncology signs (Boerhaave, Virchow, Sister Mary Joseph)
    """Eponym corner, GI/oncology edition — with the "so what":

- Hamman sign (mediastinal crunch) + Mackler triad (vomiting, chest pain, subcutaneous emphysema) → Boerhaave syndrome. CT with oral contrast, surgery/stent, broad-spectrum + antifungal.
- Mallory-Weiss tear: usually self-limiting; PPI, endoscopic therapy if ongoing.
- Virchow node (Troisier sign): left supraclavicular — gastric/abdominal malignancy.
- Sister Mary Joseph nodule: periumbilical metastasis — advanced intra-abdominal cancer. Named after the surgical assistant who noticed it, not the surgeon.
- Courvoisier law: painless jaundice + palpable gallbladder → unlikely to be stones.
- Trousseau sign of malignancy: migratory thrombophlebitis (pancreatic cancer classically).
- Blumer shelf: rectal shelf on DRE — peritoneal mets.
- Krukenberg tumour: ovarian mets, classically from stomach.
- Leser-Trélat sign: sudden eruption of seborrhoeic keratoses — internal malignancy (controversial).""",
    # 093 Organ donation teaching: Maastricht classification, DCD vs DBD
    """Organ donation pathway — for the "can this patient be a donor?" calls we get on the wards:

Maastricht classification (DCD, modified 2013):
- I: dead on arrival (uncontrolled)
- II: unsuccessful resuscitation (uncontrolled)
- III: awaiting cardiac arrest after withdrawal of life-sustaining treatment (controlled) — almost all of our DCD
- IV: cardiac arrest in a brain-dead donor
- V (some countries): euthanasia/MAID-associated
Warm ischaemic time limits (functional WIT from SBP < 50 or SpO2 < 70%): liver 30 min, pancreas 30 min, kidney 60-120 min, lungs 90 min.
5-minute no-touch observation period after circulatory arrest (UK/ANZ/Canada).
Normothermic regional perfusion is expanding in some jurisdictions — ethics debate about restoring circulation ongoing.

Triggers for referral: GCS ≤ 4 (or drop ≥ 2 with no sedation) with plan to withdraw; any discussion of brainstem death testing. Refer BEFORE you talk to the family about donation — the specialist nurse joins the conversation.""",
    # 094 Colleagues' thread (members) sharing public literature links
    """Reading list thread for the new fellows — links only, no patients:

@hamish_icu: start with the classics
- ARMA (low tidal volume): https://doi.org/10.1056/NEJM200005043421801
- PROSEVA (prone): https://doi.org/10.1056/NEJMoa1214103
- NICE-SUGAR: https://pubmed.ncbi.nlm.nih.gov/19318384/
@drnkechi_o: sepsis
- Sepsis-3: https://doi.org/10.1001/jama.2016.0287
- ADRENAL: https://doi.org/10.1056/NEJMoa1705835
- CLOVERS (restrictive vs liberal fluids, 2023): https://doi.org/10.1056/NEJMoa2212663
@sofia.r.hosp: for the hospitalists — the Choosing Wisely lists (https://www.choosingwisely.org/ and https://choosingwiselycanada.org/) and the ACP's high-value care modules
@hamish_icu: and read the methods sections, not just the abstracts. The fellows who can explain fragility indices get the best jobs 😉""",
    # 095 Coding/billing post: ICD-10 and CPT codes for critical care (numbers, no identifiers)
    """Coding question from a new hospitalist — these numbers look like they'd be identifiers but they're just codes, so here's a cheat-sheet:

ICD-10-CM:
- A41.9 sepsis, unspecified organism; R65.20 severe sepsis without shock; R65.21 with septic shock
- J96.01 acute respiratory failure with hypoxia; J96.02 with hypercapnia
- N17.9 AKI, unspecified
- E87.1 hypo-osmolality/hyponatraemia
- J69.0 aspiration pneumonitis
- F10.231 alcohol dependence with withdrawal delirium
CPT:
- 99291 critical care, first 30-74 min; 99292 each additional 30 min
- 99223 initial hospital care, high complexity (2023 changes: MDM or time)
- 99497 advance care planning, first 30 min; 99498 each additional 30 min
- 31500 emergency intubation; 36556 CVC ≥ 5 yrs; 36620 arterial line
Document time for critical care, excluding separately billed procedures. And "sepsis" without organ dysfunction won't code as R65.20 — write the organ dysfunction explicitly.""",
    # 096 M&M reminder from a colleague (members), de-identification request
    """Reminder from @lou_fitzgerald: Thursday M&M at 07:30 in the education centre, coffee from 07:15. Three cases — the missed hyperkalaemia, the delayed transfer, and the pump hypoglycaemia. PLEASE de-identify slides: no names, no dates of birth, no record numbers, no photos with wristbands, no ward whiteboards in the background. @raj_gupta_md is chairing. If you were involved and don't want to present, message me privately — no judgement.""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc43-006": [{"name": "Jenna Kowalczyk", "handle": "@mt_hospitalist_jk"}],
    "pc43-011": [
        {"name": "Priya Raman", "handle": "@priya_hosp"},
        {"name": "Javier Torres", "handle": "@jtorres_md"},
        {"name": "Ben Walker"},
    ],
    "pc43-016": [
        {"name": "Callum Fraser", "handle": "@outback_gas_mo"},
        {"name": "Linh Nguyen", "handle": "@linh_icu"},
    ],
    "pc43-024": [
        {"name": "Fahad Qureshi", "handle": "@sk_icu_fahad"},
        {"name": "Megan Olson", "handle": "@drmeganolson"},
    ],
    "pc43-029": [{"name": "Aoife Moriarty", "handle": "@kerry_gp_aoife"}],
    "pc43-037": [
        {"name": "Keisha Broussard", "handle": "@nola_hosp_kb"},
        {"name": "Rafael Vasquez", "handle": "@rvasquez_md"},
    ],
    "pc43-043": [{"name": "Ole Halvorsen", "handle": "@ole_h_hospitalist"}],
    "pc43-051": [
        {"name": "Natasha Kovac", "handle": "@drmo_tash"},
        {"name": "Aiden Walsh", "handle": "@reg_aiden"},
    ],
    "pc43-060": [
        {"name": "Hamish Lindsay", "handle": "@hamish_icu"},
        {"name": "Nkechi Okafor", "handle": "@drnkechi_o"},
        {"name": "Sofia Rinaldi", "handle": "@sofia.r.hosp"},
        {"name": "Tomasz Kowalski", "handle": "@tomasz_k_icu"},
    ],
    "pc43-061": [
        {"name": "Ciara Doyle", "handle": "@ciara_reg"},
        {"name": "Jonathan McDonald", "handle": "@jono_mcd"},
        {"name": "Meena Pillai", "handle": "@rota_meena"},
    ],
    "pc43-074": [
        {"name": "Nkechi Okafor", "handle": "@drnkechi_o"},
        {"name": "Marcus Bell", "handle": "@marcus_picu"},
        {"name": "Isla McRae", "handle": "@isla_mcrae_icu"},
    ],
    "pc43-089": [
        {"name": "Kwame Osei", "handle": "@dr_osei_hm"},
        {"name": "Louise Fitzgerald", "handle": "@lou_fitzgerald"},
        {"name": "Raj Gupta", "handle": "@raj_gupta_md"},
    ],
    "pc43-094": [
        {"name": "Hamish Lindsay", "handle": "@hamish_icu"},
        {"name": "Nkechi Okafor", "handle": "@drnkechi_o"},
        {"name": "Sofia Rinaldi", "handle": "@sofia.r.hosp"},
    ],
    "pc43-096": [
        {"name": "Louise Fitzgerald", "handle": "@lou_fitzgerald"},
        {"name": "Raj Gupta", "handle": "@raj_gupta_md"},
    ],
}

build, render, main = first_set.blind_set(
    "pc43", Path(__file__).with_name("physician_cases_43.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
