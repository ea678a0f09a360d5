# ruff: noqa: E501 (the notes are data)
"""Blind test set 41: emergency departments and acute medicine in big cities.

Posts by emergency physicians, acute physicians, registrars, residents, bed managers and
on-call consultants in New York, Chicago, Los Angeles, Houston, Boston, Atlanta, Seattle,
London, Manchester, Birmingham, Leeds, Glasgow, Toronto, Montreal, Vancouver, Sydney,
Melbourne, Brisbane, Perth, Delhi, Mumbai, Bengaluru, Chennai, Sao Paulo, Rio de Janeiro,
Recife, Lagos, Abuja, Ibadan, Cairo, Alexandria, Manila, Quezon City, Cebu, Tokyo, Osaka,
Mexico City, Guadalajara, Monterrey, Paris, Lyon, Marseille, Berlin, Hamburg, Munich,
Warsaw, Krakow and Gdansk. They paste ED handovers (SBAR, ISBAR, signout lists), triage
notes (CTAS, ATS, Manchester, ESI), ambulance patient care reports, bed-state and transfer
messages, discharge letters and summaries, frequent-attender care plans, security and
police incident write-ups, interpreter and family problems, and on-call phone replies
typed in lower case. Native and non-native English, dictation artefacts and local
document formats (NHS and CHI numbers, OHIP, RAMQ and BC PHN, Medicare and UR numbers,
Aadhaar and UHID, CPF and CNS, NIN, Egyptian national ID, PhilHealth, Japanese insurance
numbers, CURP and NSS, NIR and IPP, KVNR and Fallnummer, PESEL). The PHI-free posts hold
teaching points, rota and guideline talk, decision rules, eponymous signs and fractures,
named trials, drug and device brands, doses, lab values, public phone lines and public
links, conference dates and ages under 90, with no patient identified.

Annotation conventions:
- Names: the whole name as written (given names, middle initials, surname, hyphenated or
  compound surnames, a surname alone, a given name alone) is one span; titles and ranks
  (Dr, Mr, Mrs, Sgt, PC, Officer, Sr, RN, PA-C after the name), "the" and a possessive 's
  stay outside. PT is the patient; REL is any non-clinician about the patient: relatives,
  partners, friends, workmates, carers, interpreters, police officers, security staff,
  landlords. HCP is any clinician named about the patient's care who is not a member of the
  network: doctors, nurses, paramedics, pharmacists, social workers, care managers.
- Colleagues on the network (the poster, repliers, @mentioned members, sign-offs) are never
  tagged; they are listed in MEMBERS. A patient or relative who shares a first name with a
  member is still tagged.
- Addresses: STREET is the street line with house number, unit, flat or building name
  when written together with it (a street name alone, or each street of an intersection,
  is also STREET); TOWN is the city or town; COUNTY a county, Local Government Area,
  Landkreis or powiat; PLACE a neighbourhood, borough, district, arrondissement, Bezirk,
  colonia, barangay, suburb, Tokyo or Osaka ward, or a named public spot (a station, a
  square, a park) where the patient was; ZIP any postal code (ZIP, postcode, CEP, PIN,
  PLZ, kod pocztowy, Japanese postal code without the mark). States, provinces,
  governorates, Lander, voivodeships and countries are not tagged.
- FAC: every named hospital, clinic, GP surgery, care home, shelter, police station,
  school, employer, shop, gym, church or other named site tied to the patient or the
  carers; a named hospital is FAC whether the patient came from or is going to it.
  Departments, wards, bays, beds, resus rooms, ambulance callsigns and services covering a
  whole city or country (NHS 111, LAS, SAMU, NSW Ambulance, Cruz Roja, CROSS, LAPD as a
  force) are not tagged.
- DATE: any date or part of a date finer than a year tied to the patient (date of birth,
  admission, incident, follow-up appointment), in any format and language, including a
  day and month without a year and a month alone; a weekday next to a date stays outside,
  and times of day, weekdays alone and relative dates (yesterday, last night) are not
  tagged. YEAR is a year standing alone tied to the patient. AGE is the number only, and
  only for ages over 89; younger ages are not tagged.
- PHONE, FAX and PAGER include country and area codes and the plus sign; a bleep,
  pager or hospital PHS number is PAGER; public lines (911, 999, 000, 112, 119, 15,
  192, NHS 111, poison centres) are not tagged.
- SSN covers every national identity number (US SSN, NHS number, CHI, Aadhaar, CPF,
  NIN, Egyptian national ID, CURP, NIR, PESEL). PLAN is a health insurance or
  health-coverage number (Medicaid, OHIP, RAMQ, BC PHN, Medicare, DVA, CNS, NHIS,
  PhilHealth, Japanese insurance number, IMSS NSS, KVNR). MRN is a hospital, UR, UHID,
  IPP or Patientennummer number; ACCT a visit, encounter, billing, CSN, Fallnummer or
  numero de sejour number, or a bank account. LIC a driving, professional or other
  licence number. ID covers any other identifying number: police crime, incident and
  report numbers, officer badge and collar numbers, ambulance incident numbers, MLC and
  FIR numbers, transfer reference numbers, interpreter booking numbers, property numbers.
  Labels (MRN:, NHS no., CPF, PESEL) stay outside every number span.
- PLATE, VIN and DEVICE (serial numbers of pacemakers, defibrillators, pumps, body-worn
  cameras) cover the code only. EMAIL, URL, IP and HANDLE (a patient's or relative's
  social media handle, with the @) cover the whole string.
- Not tagged: ages under 90, countries, states and provinces, eponyms and scores, drug and
  device brands, doses, lab values, guideline and trial names, public organisations and
  public websites, conference dates not tied to a patient.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 NYC overnight signout, phone-typed, renal question to a member
    ("signing out to days, flagging one for the group. bed 14 is [[PT:Dwayne Ellison]] 58M, mrn [[MRN:40021187]], biba after found down outside [[FAC:Lucky Star Deli]] on [[STREET:Amsterdam Ave]] ~0340. etoh 310, ct head neg, c-collar cleared clinically at 0700. sister [[REL:Lorraine Ellison]] called, cell [[PHONE:(917) 555-0143]], says he's been sleeping at [[FAC:Pinecrest Men's Shelter]] since [[DATE:2/11]] and missed dialysis at [[FAC:Riverside Renal Center]] on [[DATE:2/17]]. K 6.1 on istat, got calcium + insulin/d50 + lokelma. @mtorres.em can renal take him straight up or does he have to board with us again? 9th visit since [[DATE:January]]. \u2013 Janelle"),
    # 002 Chicago ambulance patient care report pasted for a trauma activation debrief
    ("Pasted from the ePCR since people asked what the trauma activation looked like:\n\nAMBULANCE 41 \u2014 PATIENT CARE REPORT\nIncident #: [[ID:24-0318-7752]]\nDate: [[DATE:03/18/2024]]\nPt: [[PT:ROSALES, Hector J.]]   DOB: [[DATE:07/02/1971]]   Sex: M\nAddress: [[STREET:4418 W Cermak Rd, Apt 2R]], [[TOWN:Chicago]] IL [[ZIP:60623]]\nIL DL: [[LIC:R242-5518-7123]]\nIncident location: NB [[STREET:I-55]] at [[STREET:Pulaski Rd]] \u2014 MVC, driver, restrained, ~45 mph frontal, airbag deployed\nVehicle: silver Toyota Camry, IL plate [[PLATE:DV 48812]], VIN [[VIN:4T1BF1FK5GU208813]]\nPMH: HTN, T2DM\nMeds: lisinopril 20 mg daily, metformin 1000 mg BID\nAllergies: PCN (hives)\nVitals 0212: HR 118, BP 96/60, RR 24, SpO2 94% RA, GCS 14 (E4V4M6)\nTx: 2 x 18g, 500 mL NS, TXA 1 g at 0219, c-collar, pelvic binder\nReceiving: [[FAC:Westlawn Medical Center]] Trauma Bay 2 \u2014 handed to Dr [[HCP:A. Kowalczyk]] 0231\nNOK: wife [[REL:Marisol Rosales]] [[PHONE:773-555-0187]]\n\nThe only thing missing was a description of the seat belt sign. Pelvis came back APC-II, went to IR."),
    # 003 Los Angeles security incident write-up for the ED safety huddle
    ("Incident write-up for the ED safety huddle (will be stripped before it goes to M&M, posting here for input on the process):\n\nOn [[DATE:June 4]] at approx 2215 patient [[PT:Tremaine Booker]] (MRN [[MRN:LAC-7730412]]) became combative in the hallway beds after learning his 5150 had been written. He struck security officer [[REL:D. Villanueva]] (badge [[ID:SO-2291]]) in the face. LAPD Sgt [[REL:Whitfield]] #[[ID:38817]] and Officer [[REL:Ana Ledesma]] #[[ID:41920]] from [[FAC:Hollenbeck Community Police Station]] responded; report no. [[ID:24-04-11873]]. Patient was placed in 4-point restraints 2221\u20132305 per Dr [[HCP:Farrokhzad]]; olanzapine 10 mg IM given by [[HCP:Christine Obi]], RN. Patient lives at [[STREET:1220 S Soto St]] in [[PLACE:Boyle Heights]]. Mother [[REL:Gloria Booker]] was notified at [[PHONE:323-555-0119]].\n\nLearning points: (1) no sitter for 40 min, (2) the BPA for the behavioural flag didn't fire because the flag sits on his old MRN [[MRN:LAC-5518207]] and the merge never happened. @rsingh_md is this something the Epic team can fix centrally?"),
    # 004 Houston one-line MICU acceptance
    ("ok accepting [[PT:Thanh Nguyen]] from [[FAC:Bayshore Medical Center]] ED to MICU, text me on [[PAGER:713-555-0162]] when he's on the truck"),
    # 005 Boston discharge letter for a 93-year-old, asking for edits
    ("Discharge letter I wrote for a 93 y/o \u2014 does this read OK for families? Edits welcome.\n\n[[FAC:Commonwealth General Hospital]] \u2013 Emergency Department\n[[STREET:410 Cambridge Street]], [[TOWN:Boston]], MA [[ZIP:02114]]\n\nPatient: [[PT:Eleanor M. Fitzgerald]]    DOB: [[DATE:09/23/1930]]    Age: [[AGE:93]]\nMRN: [[MRN:0058-331-72]]    Visit CSN: [[ACCT:8800412736]]\nDate of visit: [[DATE:11/02/2023]]\n\nDiagnosis: fall from standing; left distal radius fracture (Colles type). No head injury.\nYou were seen by Dr [[HCP:Sunita Raghavan]] and your splint was applied by [[HCP:Mark Devlin]], PA-C.\nFollow-up: hand clinic at [[FAC:Brookline Orthopedic Associates]] on [[DATE:Nov 9]] at 10:40 AM. Call [[PHONE:617-555-0128]] to confirm.\nYour daughter [[REL:Maureen]] asked for copies; they were sent to [[EMAIL:maureen.fitz58@gmail.com]] and are in the portal at [[URL:https://mychart.commonwealthgen.org/visit/8800412736]].\n[[FAC:Bay State Visiting Nurses]] will call you within 48 hours.\n\n(I know the age line is redundant with the DOB, our template forces it.)"),
    # 006 London SBAR for morning handover, NSTEMI
    ("SBAR for 8am handover, Majors 12:\nS \u2013 [[PT:Kwame Asante-Boateng]], 67, NHS no. [[SSN:943 476 5919]], hosp no. [[MRN:RF4 0913376]], in at 02:50 via LAS with central chest pain, trop 14 \u2192 212.\nB \u2013 lives alone, [[STREET:Flat 6, Marlowe House, Kingsland Road]], [[PLACE:Hackney]] [[ZIP:E8 4AA]]. GP Dr [[HCP:Hemmings]] at [[FAC:Dalston Lane Surgery]]. PCI to LAD in [[YEAR:2019]] at the [[FAC:London Chest Hospital]]. T2DM on gliclazide.\nA \u2013 NSTEMI, GRACE 148, ECG no dynamic change since arrival.\nR \u2013 cardiology reg (bleep [[PAGER:4471]]) to review for inpatient angio; son [[REL:Kofi]] wants a call on [[PHONE:07700 900418]] before any procedure."),
    # 007 Manchester s136 absconsion, police collar numbers
    ("Quick one for anyone who's dealt with GMP on this. Last night a pt brought in on a s136 \u2014 [[PT:Liam O'Rourke]], 24, DOB [[DATE:14/08/1999]] \u2014 walked out of the HBPoS at 03:10 and was found at [[PLACE:Piccadilly Gardens]]. PC [[REL:Sarah Bentley]] (collar [[ID:12874]]) and PC [[REL:Imran Qureshi]] (collar [[ID:09915]]) brought him back. Crime ref [[ID:CRI/06BB/0044123/24]]. His mum [[REL:Siobhan O'Rourke]] had already rung from [[TOWN:Stockport]] because he'd texted her a photo from the bus. Do we Datix this as an absconsion even though he was technically still in police custody? \u2014 Ruth"),
    # 008 Birmingham high-intensity user care plan pasted
    ("Sharing the HIU care plan format we use, as asked at the regional meeting. This one is live so please don't forward.\n\nHIGH INTENSITY USER \u2014 ED CARE PLAN\nName: [[PT:Donna Marie Keeling]]\nDOB: [[DATE:02.03.1978]]\nNHS: [[SSN:4010232137]]\nAddress: [[STREET:27 Albert Road]], [[PLACE:Aston]], [[TOWN:Birmingham]] [[ZIP:B6 5NH]]\nGP: [[FAC:Lozells Medical Practice]] \u2014 Dr [[HCP:P. Chaudhry]]\nKey worker: [[HCP:Jo Whitlock]] (HIU nurse), mob [[PHONE:07700 900273]]\nAttendances: 41 in last 12 months (most recent [[DATE:22/04/2024]])\nPattern: abdominal pain with requests for IV morphine; CT A/P x6 since [[YEAR:2021]], all normal apart from a simple renal cyst.\nAgreed plan: NO IV/IM opioids in ED. Oral analgesia per plan. Contact key worker 9\u20135 Mon\u2013Fri.\nCrisis: [[FAC:Oakfield Crisis House]] [[PHONE:0121 496 0732]]\nPlan discussed with patient and her sister [[REL:Tanya]] on [[DATE:3 May 2024]]."),
    # 009 Leeds bed state message
    ("Bed state 14:20 \u2014 9 DTAs in dept, longest 19h. Mr [[PT:Hussain]] (Majors 4, [[MRN:LTH2209183]]) can go to [[FAC:Wharfedale Hospital]] for rehab if transport booked by 4. Mrs [[PT:Pickering]] (Resus 2) needs ITU, outreach aware. Please don't move bay 3 \u2014 [[PT:Gerald Nkemelu]] is waiting for a bed at [[FAC:St James's]] renal. Site bleep [[PAGER:2233]]."),
    # 010 Glasgow interpreter problem, workmate translating
    ("Had a tricky one and would welcome views, esp. @dr.anna.kowal. 52-year-old Polish-speaking man, [[PT:Tomasz Wierzbicki]], CHI [[SSN:1203716543]], brought in from the building site at [[FAC:Clydeside Wharf]] (employer [[FAC:McAlpine & Reid Construction]]) with a crush injury to the right hand. Address given as [[STREET:14 Dalmarnock Road]], [[ZIP:G40 4LA]]. The telephone interpreter kept dropping (booking ref [[ID:LL-883201]]) so his workmate [[REL:Pawe\u0142]] translated \u2014 I know, not ideal. When the in-person interpreter [[REL:Agnieszka]] finally arrived he told her he didn't want his employer told anything and that the foreman, Mr [[REL:Dunlop]], had asked him to say he fell at home. Hand surgery at the [[FAC:Queen Elizabeth]] took him. Do I have a duty to report to HSE, or is that the employer's RIDDOR duty only?\n\nFraser"),
    # 011 Toronto CTAS 2 triage note
    ("Triage note (copied off the tracking board, CTAS 2):\n[[DATE:2024-01-27]] 04:12 \u2014 [[PT:Mei-Ling Chow]], 34F, OHIP [[PLAN:5584-201-773-KT]], MRN [[MRN:T0918842]]. BIB partner [[REL:Daniel Okoro]] from home, [[STREET:1904-88 Dundas St W]], [[TOWN:Toronto]] [[ZIP:M5G 1C2]]. Sudden worst headache of life while on the rowing machine at [[FAC:Iron North Fitness]], onset 03:30. GCS 15, BP 186/104, no focal deficit, neck stiff. No anticoagulants. Family doctor Dr [[HCP:Ravi Bhattacharya]], fax [[FAX:416-555-0177]].\n\nCT at 04:40 showed SAH, Fisher 3. The question for the group is whether triage should be allowed to order the CT head directly on the Ottawa SAH rule \u2014 we lost 25 minutes waiting for an MD."),
    # 012 Montreal transfer to a tertiary hospital, bilingual writer
    ("Transfer accepted after 3 h on the phone, sharing for the timeline discussion. Patiente: [[PT:Ginette Lapointe]], 71 ans, RAMQ [[PLAN:LAPG 4807 1214]], dossier [[MRN:00774512]]. Demeure au [[STREET:10450 boul. Pie-IX]], [[PLACE:Montr\u00e9al-Nord]], [[ZIP:H1H 3Z3]]. Hip fracture + NSTEMI, our ortho has no OR time before Monday. Accepting at [[FAC:H\u00f4pital du Sacr\u00e9-C\u0153ur]]: Dr [[HCP:Beno\u00eet Gagnon]] (ortho) and Dr [[HCP:Nadia Haddad]] (cardio). Transfer ref [[ID:QC-240611-0093]]. Daughter [[REL:Sophie Tremblay]] [[PHONE:514-555-0131]] will follow by car. Departure by Urgences-sant\u00e9 at 16h20 on [[DATE:11 juin]]."),
    # 013 Vancouver overdose frequent attender, reply to a member
    ("@kwong.er yes that's him, 3rd OD this week. [[PT:Jordan Littlechild]], PHN [[PLAN:9087 341 226]], staying at the [[FAC:Balmoral Arms]] SRO on [[STREET:E Hastings St]] in the [[PLACE:Downtown Eastside]]. Found this time on the platform at [[PLACE:Main Street\u2013Science World]] station, 3 naloxone by the BCEHS crew, GCS 15 by the time he hit the bay. Left AMA at 0610. His outreach worker [[REL:Shayla]] ([[PHONE:604-555-0158]]) asked to be called whenever he comes in, she's the only one he answers. She thinks the supply changed around [[DATE:Aug 22]] \u2014 lots of benzo-dope. I've put a safer supply referral in to [[FAC:Hope Street Clinic]]."),
    # 014 Sydney ISBAR ambulance handover, fall at work
    ("ISBAR as handed over by paramedics at 1402, for the teaching session on handover quality:\nI \u2013 [[PT:Kylie Anne Donovan]], 41, Medicare [[PLAN:4135 27188 2/1]], UR [[MRN:0773214]], case no. [[ID:E240917-6612]]\nS \u2013 fall ~3 m off a ladder at work, [[FAC:Harbourside Marine Services]] in [[PLACE:Rozelle]], LOC ~1 min\nB \u2013 apixaban for AF. GP Dr [[HCP:Helen Papadopoulos]] in [[PLACE:Leichhardt]]\nA \u2013 GCS 14, HR 104, BP 132/80, tender T10, moving all limbs\nR \u2013 trauma call, CT brain/C-spine/T-spine, hold apixaban, consider andexanet\nPartner [[REL:Shane]] on his way in, [[PHONE:0491 570 156]]\n\nWhat I liked: clear anticoagulant flag. What was missing: time of last dose."),
    # 015 Melbourne discharge summary for a 96-year-old from aged care
    ("Posting the discharge summary because the RACF asked whether we'd given enough detail about the delirium. Thoughts?\n\nDISCHARGE SUMMARY \u2014 [[FAC:Alfred Park Hospital]] Emergency & Short Stay Unit\nPatient: Mrs [[PT:Beatrice Ivy Hollingworth]]   DOB [[DATE:4/6/1928]] ([[AGE:96]] y)\nUR: [[MRN:2204183]]   DVA Gold: [[PLAN:VX 612045]]\nFrom: [[FAC:Elsternwick Gardens Aged Care]], [[STREET:12 Orrong Cres]], [[PLACE:Caulfield North]] VIC [[ZIP:3161]]\nAdmitted [[DATE:14/07/2024]], discharged [[DATE:17/07/2024]]\nDiagnoses: urosepsis (E. coli, gentamicin x1 then oral cefalexin), hyperactive delirium (4AT 8 on arrival, 2 at discharge)\nMedications changed: quetiapine 12.5 mg nocte ceased; cefalexin 500 mg QID to complete 7 days\nFollow-up: GP Dr [[HCP:Anh Vu]] within 1 week; geriatrician Prof. [[HCP:L. Sandoval]] review in [[DATE:August]]\nNOK: nephew [[REL:Graham Hollingworth]], [[PHONE:0491 570 006]], [[EMAIL:g.hollingworth@bigpond.com]]"),
    # 016 Brisbane on-call phone advice, short
    ("rang back Mrs [[PT:Tran]]'s husband [[REL:Minh]] on [[PHONE:(07) 5550 4418]], told him to bring her in rather than wait for the GP tomorrow. she's on methotrexate + fever 38.9, not worth the risk"),
    # 017 Perth Code Grey, body-worn camera and a car in the ambulance bay
    ("Code Grey debrief from Saturday, posting for the security working group. Patient [[PT:Brodie Kallis]] (UR [[MRN:P4409127]]) drove himself to ED and left his ute in the ambulance bay, WA plate [[PLATE:1HKT 447]], blocking two crews for 35 minutes. In triage he threatened the nurse and livestreamed it \u2014 his account is [[HANDLE:@brodie_k_wa]] and the clip was up within the hour. Security officer [[REL:Tomasz Rybak]] activated his body-worn camera, serial [[DEVICE:AXN-B3-00471926]]; WA Police attended from [[FAC:Northbridge Police Station]], incident [[ID:PF240817-0032114]]. He lives in [[PLACE:Mirrabooka]] and his father [[REL:Wayne Kallis]] eventually took him home. Footage request form went to the privacy officer on [[DATE:19 August]]."),
    # 018 Delhi medico-legal RTA case; daughter shares a member's first name
    ("Sir/Ma'am, need guidance on an MLC. Patient [[PT:Rajinder Kaur]], 62F, UHID [[MRN:SGH/2024/0331874]], Aadhaar [[SSN:4829 1176 3305]], brought by PCR van after a two-wheeler hit her near [[PLACE:Karol Bagh]] metro station. MLC no. [[ID:MLC-1189/24]] made by me, information given to [[FAC:PS Prasad Nagar]], ASI [[REL:Surender Yadav]] came and took statement. Daughter [[REL:Priya]] ([[PHONE:+91 98110 47263]]) says scooty driver ran away, scooty no. [[PLATE:DL 8S BX 4471]]. Patient has #shaft femur + small SDH, neurosurgery at [[FAC:AIIMS Trauma Centre]] not accepting, no bed. Residence [[STREET:H.No. 22, Gali No. 5, Beadonpura]], [[TOWN:New Delhi]] [[ZIP:110005]]. My medical council reg no. is needed on the transfer note \u2014 [[LIC:DMC/R/08812]] (the duty CMO Dr [[HCP:Mathur]] signed too). Should we refer to a private hospital if family agrees? Priya Menon ma'am had a similar case last month."),
    # 019 Mumbai bed shortage, WhatsApp style lower case
    ("no bed in icu since morning. pt [[PT:santosh gaikwad]] 45m copd exacerbation on bipap in casualty since 6 hrs, spo2 86. relatives [[REL:sunita]] and [[REL:ganesh]] shouting at staff. called [[FAC:kem]] and [[FAC:nair hospital]], both full. family asking for [[FAC:lilavati]] but cannot afford. his ration card/yellow card no [[ID:27-MH-0448120]] for MJPJAY scheme. anyone know a bed in [[PLACE:parel]] area?? call on [[PHONE:98200 31447]]"),
    # 020 Bengaluru discharge summary after snake bite
    ("Pasting the discharge summary format our casualty uses, for the snakebite protocol discussion.\n\n[[FAC:Sampangi Medical College Hospital]], [[TOWN:Bengaluru]]\nDEPARTMENT OF EMERGENCY MEDICINE \u2014 DISCHARGE SUMMARY\nName: Mr. [[PT:Venkatesh Gowda]]   Age/Sex: 38/M   IP No: [[MRN:EM24-118736]]\nAddress: [[STREET:#14, 3rd Cross, Kengeri Satellite Town]], [[TOWN:Bengaluru]] [[ZIP:560060]]\nDOA: [[DATE:12/09/2024]]   DOD: [[DATE:16/09/2024]]\nDiagnosis: Viperine snake bite (Russell's viper, per identification by relative) with VICC, 20WBCT positive\nTreatment: ASV 10 vials, repeat 6 vials at 6 h; FFP x4\nCondition at discharge: stable, 20WBCT negative x2\nAdvice: review in EM OPD on [[DATE:23/09/2024]]\nDoctor: Dr. [[HCP:Kavitha Ramaswamy]], Senior Resident\nContact (brother [[REL:Manjunath]]): [[PHONE:+91 94480 22761]]\n\nThe question is whether we should still write 'viperine' when no snake was brought."),
    # 021 Chennai short on-call message, 92-year-old
    ("sir pt [[PT:Murugesan]] [[AGE:92]]/M fall at home, #NOF left, on aspirin only. son [[REL:Senthil]] wants discharge against advice, says no money. can we do fascia iliaca block and send? cmo Dr [[HCP:Lakshmi]] said ask you"),
    # 022 Sao Paulo UPA transfer through the state regulation system
    ("Good night colleagues. I am writing from a UPA in south zone of S\u00e3o Paulo, we are waiting 14 hours the CROSS regulation for a patient with STEMI post-thrombolysis. Patient [[PT:Jos\u00e9 Carlos Ferreira da Silva]], 59 years, CPF [[SSN:318.552.047-90]], CNS [[PLAN:704 2081 6674 3391]], prontu\u00e1rio [[MRN:UPA-88412]]. Lives in [[STREET:Rua Ant\u00f4nio do Campo, 312]], [[PLACE:Cap\u00e3o Redondo]], CEP [[ZIP:05866-000]]. Tenecteplase at 21h10 on [[DATE:03/10]], criteria of reperfusion positive. The request number in the system is [[ID:2024-1003-77815]]. The daughter [[REL:Aline]] is trying the private insurance, his card is [[PLAN:0 882 441 000127 00 3]]. Our cardiologist is Dr. [[HCP:Marcelo Tavares]], CRM-SP [[LIC:118.442]]. Is there any way to speed this? Thank you, Let\u00edcia"),
    # 023 Rio gunshot wound, military police, BO number
    ("Plant\u00e3o pesado ontem. Sharing in English for the trauma group. Male 19y, [[PT:Wesley Gomes dos Santos]], GSW thoracoabdominal, brought by military police (PM) from [[PLACE:Complexo da Mar\u00e9]] at 23h40, no pre-hospital care. Cabo [[REL:Andrade]] stayed at the bedside and wanted the projectile \u2014 we gave it to the civil police instead, BO [[ID:041-05128/2024]], [[FAC:21\u00aa DP Bonsucesso]]. Mother [[REL:Rosilene]] arrived 01h and could not see him while in the OR. Thoracotomy by Dr. [[HCP:Fabr\u00edcio Lemos]], transferred to the ICU of [[FAC:Hospital Estadual Get\u00falio Vargas]] on [[DATE:15/08]]. CNS [[PLAN:898 0012 4477 6630]]. My doubt is about the chain of custody of the bullet \u2014 do you have a protocol?"),
    # 024 Recife family at the bedside, short
    ("the family of Sr. [[PT:Severino]] (bed 8) is asking to stay all night in the emerg\u00eancia, he is 87 with dementia. Wife Dona [[REL:Neide]] and granddaughter [[REL:Jaqueline]] from [[TOWN:Jaboat\u00e3o]]. We have no chairs. What do you do in your services?"),
    # 025 Lagos A&E, member shares a first name with the patient's brother
    ("Good evening house. Please I need advice. A 27-year-old male, [[PT:Emeka Obiora]], hospital no. [[MRN:LASUTH/AE/24/08713]], was brought in by bus conductors after a danfo crash at [[PLACE:Ojota]] under bridge. He has bilateral femur fractures, BP 80/50, we have only 2 pints O-negative. NHIA number [[PLAN:NHIA-LA-0774129]] but enrolled via his employer [[FAC:Ikeja Cables Ltd]] which says cover is expired. Brother [[REL:Chidi]] is at the blood bank donating ([[PHONE:0803 412 7755]]), the family lives at [[STREET:17 Adeniyi Jones Avenue]], [[PLACE:Ikeja]], [[COUNTY:Ikeja LGA]]. NIN [[SSN:40118829573]]. Ortho registrar Dr [[HCP:Oladipo]] says no theatre till morning. Should we do bedside Thomas splints and wait? Dr Okeke, you were in [[FAC:LASUTH]]'s A&E before, what did you do?"),
    # 026 Abuja road traffic crash ambulance handover
    ("FRSC handover sheet (RTC on [[STREET:Airport Road]]), copying for our EMS audit:\nDate: [[DATE:21-02-2024]]  Time: 17:35\nVictim: [[PT:Halima Musa Bello]], F, approx 30 yrs\nVehicle: Toyota Corolla, reg. [[PLATE:KUJ 418 AA]]; driver [[REL:Abdullahi Sani]], driver's licence [[LIC:ABJ54839KA72]]\nScene: near [[PLACE:Lugbe]] junction, [[COUNTY:AMAC]]\nFindings: GCS 12, open fracture R tibia, abrasions face\nCare given: c-spine immobilisation, splint, 1 L NS\nHanded to: Dr [[HCP:Ijeoma Nnaji]], [[FAC:National Hospital Abuja]]\nHusband [[REL:Yusuf Bello]]: [[PHONE:+234 809 221 4406]]\n\nNo vitals time-stamps again. Any templates you use?"),
    # 027 Ibadan short phone reply
    ("Call me on [[PHONE:0705 330 1928]] when Mama [[PT:Adebayo]]'s potassium comes back. If above 6.5 start the dextrose insulin, don't wait for me. \u2014 Tunde"),
    # 028 Cairo ED, national ID, district, transfer
    ("Dear colleagues, a case from our ED in Cairo, asking about the legal side. Patient [[PT:Mahmoud Abdel-Fattah Hassan]], 44 years, national ID [[SSN:27911230104538]], file no. [[MRN:KA-2024-551903]]. Came from [[PLACE:Imbaba]] after a fight, stab wound left flank, stable, FAST negative. The police officer (amin shorta) Mr [[REL:Saber]] from [[FAC:Imbaba police station]] insisted to take him before CT, report no. [[ID:4417/2024]] \u062c\u0646\u062d [[PLACE:\u0625\u0645\u0628\u0627\u0628\u0629]]. His brother [[REL:Ahmed Abdel-Fattah]] [[PHONE:010 2284 7719]] refused and there was shouting. Surgeon on call Dr [[HCP:Tarek El-Sherif]] did local exploration. Discharged on [[DATE:7/3]]. What is the law in your countries when police want the patient before imaging?"),
    # 029 Alexandria discharge letter for a 91-year-old
    ("Sharing a discharge letter from our emergency medicine department for feedback, I translated it from Arabic.\n\n[[FAC:Smouha University Emergency Hospital]] \u2014 [[TOWN:Alexandria]]\nName: [[PT:Fatma Ibrahim El-Sayed]]   Age: [[AGE:91]] years\nNational ID: [[SSN:23302140200325]]\nAddress: [[STREET:18 Abou Qir Street]], [[PLACE:Sidi Gaber]]\nDate of admission: [[DATE:2 November 2024]]   Date of discharge: [[DATE:5 November 2024]]\nDiagnosis: hypoglycaemia (glucose 38 mg/dL) due to glibenclamide, CKD stage 4\nPlan: stop glibenclamide, start linagliptin 5 mg, follow up at diabetes clinic with Dr [[HCP:Hoda Mansour]] on [[DATE:12/11]]\nAccompanied by her grandson [[REL:Omar Khaled]], phone [[PHONE:+20 122 470 3318]]"),
    # 030 Egypt short question
    ("Quick question: patient [[PT:Abdelrahman]] 16 years, organophosphate ingestion, our atropine stock finished. Nearest poison centre is Ain Shams. Is it acceptable to transfer on atropine drip in ordinary ambulance? His father [[REL:Hamdy]] will sign."),
    # 031 Manila ER, PhilHealth, barangay, jeepney driver
    ("Good morning po. Sharing a case from our ER for the trauma conference. 52 y/o male jeepney driver, [[PT:Rodolfo Dimaculangan Jr.]], PhilHealth no. [[PLAN:12-050318774-2]], hospital no. [[MRN:PGH-24-0093381]], brought by MMDA rescue after his jeep (plate [[PLATE:NYG 6217]]) was hit by a bus along [[STREET:EDSA]] near [[PLACE:Guadalupe]]. Home address [[STREET:Blk 7 Lot 12, Kalayaan St]], [[PLACE:Brgy. Pinagsama]], [[TOWN:Taguig]]. Wife [[REL:Marites]] [[PHONE:0917 448 2013]]. Flail chest R, intubated in the ER. The operator [[FAC:Golden Route Transport Cooperative]] promised to pay but nobody came. Admitted to the SICU [[DATE:Oct 3]]. Our Pulmo fellow Dr. [[HCP:Aquino]] did the chest tube. Thoughts on rib fixation in a public hospital with no plates available?"),
    # 032 Quezon City Viber transfer message
    ("[Viber, 11:42 PM] Doc may ire-refer po kami. [[PT:Lorna Bautista]] 29F G2P1 34 wks, BP 170/110, headache, from [[PLACE:Brgy. Commonwealth]]. Walang NICU bed dito. Can [[FAC:East Avenue Medical Center]] accept? Referring MD Dr. [[HCP:Jerome Castillo]] [[PHONE:0998 512 3307]]. Husband [[REL:Arnel]] will come with her. MgSO4 loading done 11:15 PM."),
    # 033 Cebu, family abroad by email
    ("Need advice on consent. Our patient [[PT:Teodora Alcantara]], 84, stroke, GCS 9. Only child [[REL:Gemma Alcantara-Reyes]] is an OFW nurse in Riyadh and is giving instructions by email ([[EMAIL:gemma.areyes@yahoo.com]]). The niece [[REL:Rowena]] who is at the bedside disagrees. Patient is from [[PLACE:Brgy. Lahug]], [[TOWN:Cebu City]]. Who decides?"),
    # 034 Tokyo ambulance handover, translated
    ("Translation of an ambulance handover (\u6551\u6025\u968a\u7533\u3057\u9001\u308a) for our international group:\n\n[[DATE:2024\u5e749\u67082\u65e5]] 02:18 arrival. Tokyo Fire Department ambulance.\nName: [[PT:\u677e\u672c \u6e05]] ([[PT:Matsumoto Kiyoshi]]), male, 78.\nAddress: [[PLACE:\u65b0\u5bbf\u533a]] [[STREET:\u767e\u4eba\u753a2-14-7]] (Shinjuku-ku), postal code [[ZIP:169-0073]].\nInsurance: \u5f8c\u671f\u9ad8\u9f62\u8005 No. [[PLAN:39131045 0024871]]\nFound collapsed at [[FAC:\u30d5\u30a1\u30df\u30ea\u30fc\u30de\u30fc\u30c8\u5927\u4e45\u4fdd\u5e97]] (convenience store). Initial rhythm VF, 2 shocks with store AED, ROSC at 8 min.\nWife [[REL:\u677e\u672c \u548c\u5b50]] contact [[PHONE:090-4471-2286]].\nFamily doctor: Dr. [[HCP:Ishikawa]] ([[FAC:\u77f3\u5ddd\u5185\u79d1\u30af\u30ea\u30cb\u30c3\u30af]]).\n\nWe accepted him as 3rd hospital; first two ([[FAC:Seibo Hospital]] and another) refused. The '\u305f\u3089\u3044\u56de\u3057' problem again."),
    # 035 Osaka heatstroke in a 94-year-old living alone
    ("Heat stroke season. [[AGE:94]]F, yes ninety-four, [[PT:Yoshida Hana]] found by her care manager Ms [[HCP:Okamoto]] at home in [[PLACE:Nishinari-ku]], [[TOWN:Osaka]], no air conditioner. Core temp 41.2, GCS E2V2M4. We used cold water immersion \u2014 is that safe in such elderly? Daughter [[REL:Yoshida Reiko]] lives in [[TOWN:Nagoya]], phone [[PHONE:052-481-3390]], arrives tomorrow. Care level \u8981\u4ecb\u8b772, care insurance number [[PLAN:0002815534]]. Admitted [[DATE:7/29]]."),
    # 036 Japan short PHS message
    ("Dr. Sato, CPA patient [[PT:Kimura]] ROSC now, family on the way. Please call PHS [[PAGER:7315]]."),
    # 037 Mexico City, CURP, IMSS, colonia
    ("Buenas noches colegas. Case from our urgencias in CDMX, please tell me what you think about the transfer. Paciente [[PT:Guadalupe Hern\u00e1ndez Ram\u00edrez]], 48 a\u00f1os, CURP [[SSN:HERG760512MDFRMD04]], NSS [[PLAN:12 94 76 5533 1]], expediente [[MRN:UMAA-24-08841]]. Domicilio [[STREET:Calle Oriente 172 No. 284]], [[PLACE:Col. Moctezuma 2a Secc.]], [[PLACE:Alc. Venustiano Carranza]], C.P. [[ZIP:15530]]. DKA with pH 6.98, brought by Cruz Roja from her work at [[FAC:Mercado Jamaica]] stall. Her IMSS clinic is [[FAC:UMF No. 21]]. Esposo [[REL:Rogelio Cruz]] [[PHONE:55 4182 7730]]. IMSS wanted to transfer her at 4 am to [[FAC:Hospital General de Zona 30]] while still on insulin drip and K 3.1 \u2014 I refused. Firm\u00e9 la nota, Dra. [[HCP:Itzel Mart\u00ednez]] the other attending agreed. Was I right?"),
    # 038 Guadalajara, Ministerio Publico, carpeta de investigacion
    ("Question about the 'aviso al Ministerio P\u00fablico'. Patient [[PT:Juan Pablo Orozco Villase\u00f1or]], 31, motorcycle vs car in [[PLACE:Col. Americana]], [[TOWN:Guadalajara]]. Motorcycle plate [[PLATE:JLX-93-41]]; he has no licencia, only his INE with CURP [[SSN:OOVJ930214HJCRLN08]]. Carpeta de investigaci\u00f3n [[ID:D-I/14587/2024]]. The agente Lic. [[REL:Ram\u00f3n Ibarra]] came at 5 am and wanted to interview him while he was still intubated. Mother [[REL:Esperanza Villase\u00f1or]] is very upset. Arrived [[DATE:18 de mayo]]. How do you handle this?"),
    # 039 Monterrey short
    ("Dr. Garza: se\u00f1ora [[PT:Rosa Elvia Trevi\u00f1o]] ya tiene cama en piso 4, hija [[REL:Claudia]] pregunta si puede quedarse. Tel [[PHONE:81 2233 4190]]."),
    # 040 Paris SMUR handover, NIR, IPP, arrondissement
    ("Transmission SMUR \u2192 SAU, translated for the group (our residents wanted an example):\n[[DATE:17/03/2024]] 05h40. Patient: M. [[PT:Karim Benali]], n\u00e9 le [[DATE:02/11/1986]]. NIR [[SSN:1 86 11 93 066 041 57]]. IPP [[MRN:8004127735]]. N\u00b0 de s\u00e9jour [[ACCT:240317-00482]].\nAppel au 15 par sa compagne [[REL:Camille Roux]] ([[PHONE:06 12 48 77 30]]) depuis leur domicile [[STREET:14 rue Myrha]], [[ZIP:75018]] [[TOWN:Paris]] ([[PLACE:Goutte d'Or]]).\nIntoxication volontaire: 40 cp de tramadol 50 mg + alcool. Convulsion x1. GCS 11. Intub\u00e9 sur place par Dr [[HCP:Laurent Picard]].\nSur place aussi: deux agents de police du commissariat du [[PLACE:18e]].\n\u2192 R\u00e9a m\u00e9dicale [[FAC:H\u00f4pital Lariboisi\u00e8re]].\nThe thing I wanted to discuss is seizure threshold with tramadol: do you give benzo prophylaxis?"),
    # 041 Lyon discharge letter
    ("Lettre de sortie des urgences, for the discussion on what GPs want from us (I translated):\n\n[[FAC:Centre Hospitalier Croix-Rousse Nord]] \u2014 Urgences\n[[STREET:103 grande rue de la Croix-Rousse]], [[ZIP:69004]] [[TOWN:Lyon]]\n\nCher confr\u00e8re, Dr [[HCP:Philippe Morel]],\nJ'ai vu votre patiente Mme [[PT:Odile Chabert]], n\u00e9e le [[DATE:12/05/1957]], le [[DATE:23 janvier 2024]] pour une dyspn\u00e9e aigu\u00eb. Embolie pulmonaire segmentaire droite au scanner, PESI classe II, troponine n\u00e9gative. Retour \u00e0 domicile sous apixaban 10 mg x2/j pendant 7 jours puis 5 mg x2/j. Consultation en m\u00e9decine vasculaire avec Dr [[HCP:Sarah Benhamou]] le [[DATE:6 f\u00e9vrier]]. Sa fille [[REL:Val\u00e9rie]] a \u00e9t\u00e9 inform\u00e9e.\nBien confraternellement,\nIPP [[MRN:0033871420]]"),
    # 042 Marseille frequent attender, short narrative
    ("We have a monsieur who comes every night to our urgences in Marseille: [[PT:Didier Agostini]], 61, lives in the street around [[PLACE:gare Saint-Charles]]. 212 passages since [[YEAR:2022]]. He is known by everybody, the security [[REL:Mourad]] brings him coffee. The SAMU social worker Mme [[HCP:Lefebvre]] proposed an EHPAD but he refuses. Anyone has a programme for this type of patient in France?"),
    # 043 Berlin Notaufnahme, police Vorgangsnummer, KVNR
    ("Fall aus der Rettungsstelle, in English for the group. Friday night, [[PT:Kevin Schulze]], 23, KVNR [[PLAN:S481925563]], Fallnummer [[ACCT:24017735]]. Brought by RTW from the [[FAC:Berghain]] queue in [[PLACE:Friedrichshain]] with GHB intoxication, GCS 6, no intubation needed, woke at 04:10 and tried to punch the Pfleger. Polizei [[FAC:Abschnitt 51]] came, Vorgangsnummer [[ID:240615-1145-026843]], PK [[REL:Lindner]] took his Personalausweis. Home address [[STREET:Kopernikusstra\u00dfe 19]], [[ZIP:10243]] [[TOWN:Berlin]]. His girlfriend [[REL:Jana M\u00fcller]] called at 06:00 ([[PHONE:0176 2284 1190]]). Question: do you keep GHB patients on monitor for 6 h after waking or discharge earlier? Our OA Dr [[HCP:Kr\u00fcger]] says 2 h is enough."),
    # 044 Hamburg transfer letter with pacemaker serial
    ("Verlegungsbrief exactly as we sent it \u2014 I want to know if the device details are complete enough for the receiving EP team.\n\n[[FAC:Asklepios Klinik Wandsbek-Ost]] \u2014 Zentrale Notaufnahme\nPatient: [[PT:Hannelore Brandt]], geb. [[DATE:03.08.1939]]\nPatientennummer: [[MRN:5517820]]   Fall: [[ACCT:2024118803]]\nAdresse: [[STREET:Tonndorfer Hauptstra\u00dfe 71]], [[ZIP:22045]] [[TOWN:Hamburg]]\nAufnahme: [[DATE:09.12.2024]]\nDiagnose: Schrittmacher-Dysfunktion mit Exit-Block, HF 28/min, Synkope\nSchrittmacher: Medtronic Azure XT DR, SN [[DEVICE:RNB418822S]], implantiert [[YEAR:2020]] im [[FAC:UKE]]\nVerlegung in die Kardiologie [[FAC:Albertinen-Krankenhaus]], \u00fcbernehmender Arzt Dr. [[HCP:Jens Petersen]]\nAngeh\u00f6rige: Sohn [[REL:Uwe Brandt]], Tel. [[PHONE:040 6688 2190]]"),
    # 045 Munich short
    ("@fhuber_notfall kannst du Frau [[PT:Ziegler]] von Box 3 \u00fcbernehmen? Ehemann [[REL:Herbert]] wartet drau\u00dfen, Hausarzt Dr. [[HCP:Schwaiger]] aus [[TOWN:Dachau]] hat angerufen."),
    # 046 Warsaw SOR handover, PESEL
    ("Przekazanie na SOR (ZRM P 04-12), translated for our EM residents:\nData: [[DATE:28.02.2024]], 19:05\nPacjent: [[PT:Zbigniew Kaczmarczyk]], PESEL [[SSN:56031204583]]\nAdres: [[STREET:ul. Grochowska 214 m. 17]], [[ZIP:04-357]] [[TOWN:Warszawa]] ([[PLACE:Praga-Po\u0142udnie]])\nWezwanie: \u017cona [[REL:Halina Kaczmarczyk]], tel. [[PHONE:+48 601 224 873]]\nRozpoznanie wst\u0119pne: udar niedokrwienny? Afazja, niedow\u0142ad prawostronny, LKW 18:20, NIHSS 14\nKierownik ZRM: ratownik [[HCP:Pawe\u0142 Zi\u0119ba]]\nNr zlecenia: [[ID:WA-24-0228-11932]]\nDestination: [[FAC:Szpital Grochowski]] stroke unit, thrombectomy at [[FAC:Szpital Bielański]]\n\nI'm posting because the door-to-CT was 41 min and I want to know where we lose time."),
    # 047 Krakow discharge card
    ("Karta informacyjna from our SOR in Krak\u00f3w \u2014 translated, asking about the follow-up wording.\n\n[[FAC:Szpital Specjalistyczny im. \u015aw. \u0141ukasza w Krakowie]]\nPacjentka: [[PT:Ewa Nowicka-Pawlak]], ur. [[DATE:14.07.1989]], PESEL [[SSN:89071412468]]\nNr ksi\u0119gi g\u0142\u00f3wnej: [[MRN:SOR/2024/22871]]\nAdres: [[STREET:os. Kolorowe 14/22]], [[ZIP:31-939]] [[TOWN:Krak\u00f3w]] ([[PLACE:Nowa Huta]])\nPrzyj\u0119ta: [[DATE:05.05.2024]] 22:40, wypisana [[DATE:06.05.2024]] 06:15\nRozpoznanie: z\u0142amanie dalszej nasady ko\u015bci promieniowej prawej (typu Collesa) po upadku z hulajnogi; repozycja zamkni\u0119ta, gips\nZalecenia: kontrola w poradni ortopedycznej [[FAC:Przychodnia Ortopedyczna Bie\u0144czyce]] za 7 dni; paracetamol 1 g max 4x/d\nLekarz: lek. [[HCP:Marcin W\u00f3jcik]], nr PWZ [[LIC:3318874]]"),
    # 048 Gdansk short phone message
    ("dzwoni\u0142 syn pana [[PT:Lewandowskiego]], [[REL:Krzysztof]], tel [[PHONE:502 118 346]] \u2014 he is asking if father can go home today. I said after CT only. pls update him if I'm in resus"),
    # 049 Atlanta insulin pump and ICD in a frequent attender with DKA
    ("Need ideas for this patient, 7th DKA admission this year. [[PT:Jasmine Whitaker]], 26F, MRN [[MRN:G-18830471]], Medicaid [[PLAN:GA-112845903]]. Uses a t:slim X2, serial [[DEVICE:1148803]], paired with a Dexcom G7 (transmitter [[DEVICE:8JX4D2]]). Site changes not happening; she told the social worker [[HCP:Renee Gaddis]] she's been couch-surfing since losing her apartment at [[STREET:310 Joseph E. Lowery Blvd]], [[TOWN:Atlanta]] [[ZIP:30314]]. Works nights at [[FAC:Peachline Logistics]] and insulin gets left in a hot car. Her endocrinologist Dr [[HCP:Obafemi]] at [[FAC:Grady]] wants to switch her to MDI. Her cousin [[REL:Keisha]] is her emergency contact, [[PHONE:404-555-0176]]. Last discharge [[DATE:5/28]]. What do you all do with pump users who can't maintain the pump?"),
    # 050 Seattle threats via social media, portal IP logs
    ("Security asked me to write up the threats against our night team, posting for advice on whether to involve SPD. Patient [[PT:Cody Raymond Hargrove]] (MRN [[MRN:HMC-5520881]]) was discharged on [[DATE:September 14]] after an alcohol withdrawal admission. Since then he has posted photos of our ED nurses on X as [[HANDLE:@c_hargrove206]] and on a blog at [[URL:https://hargrovetruth.blogspot.com]]. He also sent 14 portal messages; IT traced the logins to [[IP:73.221.48.190]]. He emailed the manager from [[EMAIL:codyrh1989@outlook.com]] naming RN [[HCP:Lisa Tran]] and Dr [[HCP:Ben Eriksen]]. Address on file: [[STREET:4520 Rainier Ave S, Apt 12]], [[TOWN:Seattle]] [[ZIP:98118]]. His mother [[REL:Deborah Hargrove]] ([[PHONE:206-555-0193]]) says he is not dangerous. Any of you used a trespass / behavioural contract in this situation?"),
    # 051 UK family complaint letter pasted with clinicians named
    ("Received this complaint today and we're drafting a reply. Pasting it (with the family's consent to share with clinicians) for advice on tone.\n\n'Dear Sir/Madam,\nI am writing about the care of my father, [[PT:Arthur Leonard Pemberton]] (DOB [[DATE:19/11/1932]], NHS number [[SSN:707 318 2246]]), who was brought into your Emergency Department at [[FAC:St Aldhelm's Hospital]] by ambulance on Tuesday [[DATE:8th October]] from his home at [[STREET:3 Chantry Close]], [[TOWN:Walthamstow]], [[ZIP:E17 5RH]].\nHe is [[AGE:91]] and has dementia. He waited on a trolley in the corridor for 22 hours. Nobody offered him water until my sister [[REL:Janet Clarke]] arrived at 9pm. The nurse, [[HCP:Kelly]], was kind but clearly alone. Dr [[HCP:Ahmed]] told us he would go to a ward 'within the hour'. He was discharged at 3am to [[FAC:Chingford Lodge Care Home]] without his hearing aids.\nI would like a meeting with the consultant, Dr [[HCP:R. Bellamy]]. I can be reached on [[PHONE:020 7946 0381]] or [[EMAIL:m.pemberton.home@btinternet.com]].\nYours faithfully,\n[[REL:Margaret Pemberton]]'\n\nI know every word of this is justified. How do you reply when the reason is the exit block?"),
    # 052 Ontario to New York cross-border patient, long narrative
    ("Long one, sorry. Cross-border question that I've never had to deal with in 15 years of emergency medicine in [[TOWN:Niagara Falls]]. A US tourist, [[PT:Gary Lee Mankowski]], 66, from [[TOWN:Cheektowaga]], [[COUNTY:Erie County]], NY, collapsed at the [[FAC:Table Rock Centre]] with a ruptured AAA. He was stabilised enough to go to [[FAC:Hamilton General]] for open repair. Now, 9 days later, he's ready for rehab and his insurer (Medicare Advantage, member ID [[PLAN:1EG4-TE5-MK72]]) won't pay for anything in Canada and won't authorise a US ambulance to pick him up at the bridge. His wife [[REL:Donna Mankowski]] has been calling our unit clerk daily from [[PHONE:716-555-0134]]. His SSN was asked by the billing office ([[SSN:109-44-8273]]) and I'm not sure they should have it on our system at all. His US PCP is Dr [[HCP:Sharon Vitale]], [[FAX:716-555-0169]]. The car they drove up in, NY plate [[PLATE:KGR 7715]], is still in a parking lot on [[STREET:Niagara Parkway]] and has been ticketed twice. Our hospital account number for him is [[ACCT:NH-0092281734]] and the bill is already at CAD 140,000. Anyone done a US repatriation like this? Our social worker [[HCP:Ming Zhao]] is out of ideas."),
]

FREE_NOTES: list[str] = [
    # 053 Ottawa rules and Canadian CT head rule debate
    ("Unpopular opinion: the Canadian CT Head Rule is better than NICE for our 65+ falls, but nobody applies the 'dangerous mechanism' bit consistently. Stiell's original cohort excluded patients on warfarin, so for DOAC patients we scan everyone anyway. Anyone have local data since the 2023 NICE NG232 update?"),
    # 054 HEART score and troponin pathway
    ("For the residents asking: HEART 0\u20133 plus a single hs-cTnT below 5 ng/L at arrival (symptoms >3 h) is our rule-out. Abbott Architect hs-cTnI users follow the 0/1 h ESC algorithm (2020 NSTE-ACS guideline). Do NOT use the 0/1 h pathway for anyone with chest pain onset under 3 hours unless you repeat at 2 h."),
    # 055 weekend rota talk, member involved
    ("@nkhumalo_em I can swap Saturday nights with you for the Sunday long day in March. Also reminder the RCEM Spring CPD conference is 14\u201315 May in Manchester, abstracts close on Friday. \u2014 Hamish"),
    # 056 Sgarbossa and de Winter teaching
    ("Teaching ECG of the week: LBBB with 5 mm concordant ST elevation in V5 = Sgarbossa positive. Smith-modified criteria use an ST/S ratio of \u22120.25. Don't confuse with de Winter T waves (upsloping ST depression, tall symmetric T in V2\u2013V4) or Wellens type A/B. Brugada type 1 is coved in V1\u2013V2. All four are on the LITFL page: https://litfl.com/ecg-library/"),
    # 057 sepsis bundles and trials
    ("Since ProCESS, ARISE and ProMISe (2014\u20132015) nobody does EGDT, yet our sepsis audit still asks for a ScvO2. Sepsis-3 from 2016 dropped SIRS, qSOFA is a prognostic tool not a screening tool, and the 2021 Surviving Sepsis Campaign suggests against qSOFA alone. Our trust still uses NEWS2 \u2265 5 as the trigger. Thoughts?"),
    # 058 Parkland formula question
    ("Burns question for Sydney colleagues: do you still use Parkland (4 mL/kg/%TBSA) or the modified Brooke at 2 mL? Our Lund and Browder chart keeps getting overestimated by the ambulance crew \u2014 a 70 kg man with 30% came in with 3 L already run. NSW Statewide Burn Injury Service guidance is on the ACI website."),
    # 059 ketamine for agitation
    ("Ketamine 4 mg/kg IM vs droperidol 10 mg IM for acute behavioural disturbance: DORM II and the 2022 Australasian data suggest droperidol is safer on QTc than people fear. We stopped midazolam-alone protocols in 2019. What's your first line in Canada? Haloperidol + lorazepam still?"),
    # 060 frequent-attender programme in general
    ("Our high intensity user service (modelled on the Blackpool HIU scheme) cut attendances by about 60% over 12 months in the first 40 patients. Key was one named caseworker, weekly MDT on Thursdays, and police + ambulance + mental health at the same table. Happy to share the SOP template if anyone wants it."),
    # 061 Ludwig's angina and airway
    ("Airway case conference on Wednesday: Ludwig's angina, awake fibreoptic vs awake tracheostomy. Bring your Difficult Airway Society 2015 guideline and the Vortex approach chart. Ketamine sedation plus glycopyrrolate 200 mcg is our usual; remifentanil TCI for the anaesthetists."),
    # 062 Boerhaave vs Mallory-Weiss
    ("Teaching pearl: Hamman's sign plus vomiting plus pleural effusion on the left = think Boerhaave, not Mallory\u2013Weiss. Mackler's triad (vomiting, chest pain, subcutaneous emphysema) is present in less than half. CT with oral water-soluble contrast."),
    # 063 interpreter services in general
    ("Thread on interpreters: in Ontario we use the provincial phone line (Language Line-type) 24/7, but for Cantonese, Tigrinya and Dari after midnight we wait 30+ minutes. Video interpreting on iPads improved things. Never use children to interpret \u2014 CMPA guidance is clear, and so is the 2023 College of Physicians and Surgeons of Ontario policy."),
    # 064 Manchester triage system discussion, India
    ("We are trying to implement the Manchester Triage System in our casualty in Pune instead of the old red/yellow/green tags. 52 flowcharts is too much for our nurses. Has any Indian centre adapted it? The ATS and ESI look simpler. We see 400 patients a day with 6 doctors."),
    # 065 dengue season in the Philippines
    ("Dengue season is here again. DOH Philippines warning signs: abdominal pain, persistent vomiting, mucosal bleed, lethargy, hepatomegaly >2 cm, rising Hct with falling platelets. Our ER had 38 dengue admissions last week, platelets as low as 9,000. Reminder: no routine platelet transfusion (WHO 2009 and 2012 guidance). Give PNSS 5\u20137 mL/kg/h for 1\u20132 h if warning signs."),
    # 066 heatstroke cooling in Japan
    ("In Japan we have the Japanese Association for Acute Medicine Heatstroke Guideline 2024. Cold water immersion is best for exertional heatstroke in young athletes. For elderly classic heatstroke we use evaporative cooling plus ice packs, target 38.5 \u00b0C within 30 minutes. Arctic Sun and CoolGard are also used in some ICUs."),
    # 067 naloxone dosing, Canada
    ("With fentanyl and carfentanil and now nitazenes, 0.4 mg IV naloxone is often not enough. BC Centre for Disease Control take-home kits are 0.4 mg/mL IM. Our protocol: 0.1\u20130.2 mg IV titrated, infusion at 2/3 of the waking dose per hour. Observe 4 h after last dose. Benzo-dope (bromazolam) won't respond \u2014 support airway."),
    # 068 trauma activation criteria, US
    ("Our level I trauma center revised activation criteria per the 2021 CDC/ACS field triage guidelines. Tier 1: SBP <90, GCS \u2264 8, penetrating to head/neck/torso, intubated, or transfusion in the field. Falls >20 ft adults, >10 ft kids. Anyone using shock index >1.0 as an automatic upgrade?"),
    # 069 Brazilian SAMU and regulation in general
    ("Explaining to international colleagues: in Brazil the SAMU is called on 192, and beds are distributed by the central de regula\u00e7\u00e3o (CROSS in S\u00e3o Paulo state, SER in Rio). UPAs are 24h units that should stabilise and transfer, but waits of 24\u201372 h for a bed are common. The 2011 Pol\u00edtica Nacional de Aten\u00e7\u00e3o \u00e0s Urg\u00eancias defines this."),
    # 070 Nigerian mass casualty preparedness
    ("After the Lagos tanker explosion drills last year: we have to accept that our A&E cannot handle more than 10 P1 patients at once. START triage for adults, JumpSTART for children. Burns >40% TBSA in our setting have >80% mortality. NEMA and LASEMA coordinate, call 112 or 767."),
    # 071 Egyptian poison control, organophosphate
    ("Organophosphate management reminder from Cairo: atropine 1\u20133 mg IV bolus, double every 5 min until chest clear, HR >80, SBP >80, pupils no longer pinpoint. Pralidoxime 30 mg/kg then 8 mg/kg/h (WHO). Cholinesterase levels take 2 days in our lab. Ain Shams Poison Control Center is open 24 hours."),
    # 072 tramadol and seizures
    ("Re tramadol: seizures occur in about 8% of overdoses, usually within 6 h, and are not dose-dependent above 500 mg. Naloxone does not prevent them and may even precipitate. Serotonin syndrome (Hunter criteria) is the other trap, especially with sertraline. Our toxicologists in Lyon advise no prophylactic benzodiazepine."),
    # 073 German triage with MTS and ESI
    ("In Germany most ZNAs use Manchester-Triage (MTS) or ESI. The G-BA Notfallstufen (basic, extended, comprehensive) since 2018 determine what we must provide. Our department triages about 180 patients/day, SOP for chest pain = ESI 2, ECG within 10 min. DIVI recommends a second triage after 30 min waiting."),
    # 074 Polish SOR staffing
    ("Polish SOR reality: one specialist in emergency medicine per 12-hour shift for 120 patients, the rest are residents and lekarze bez specjalizacji. NFZ pays per patient triaged. The 2019 amendment introduced the TOPSOR system with colour triage. Anyone else from Poland here using TOPSOR? Waiting times in Warsaw are 8\u201310 h for green."),
    # 075 French SAMU regulation explanation
    ("Explication pour les coll\u00e8gues anglophones: in France you call 15 (SAMU) or 112. A m\u00e9decin r\u00e9gulateur decides: advice, GP, ambulance, or SMUR (mobile ICU team with a doctor). The SAS (service d'acc\u00e8s aux soins) since 2022 adds a GP line. Lyon and Paris SAMU handle more than 1 million calls a year."),
    # 076 Mexican IMSS referral system
    ("For the Mexico thread: IMSS patients belong to a UMF (primary), then HGZ (second level), then UMAE (third level like La Raza or Siglo XXI). If the patient has ISSSTE or Seguro Popular (now IMSS-Bienestar) the rules change. NOM-027-SSA3-2013 regulates urgencias. Transfers must go with a hoja de referencia signed by the attending."),
    # 077 Philippine PhilHealth and Malasakit
    ("Tip for those working in Philippine government hospitals: Malasakit Centers can cover what PhilHealth doesn't (Z-benefits for some cancers, case rates for dengue ~PHP 16,000). Konsulta package since 2023. Refer to the social service with the patient's Indigency certificate from the barangay."),
    # 078 Japan ambulance refusals
    ("On '\u305f\u3089\u3044\u56de\u3057' (ambulance refusal): in Tokyo the Tokyo Rule (2009) designates a coordinating hospital when 5 hospitals or 20 minutes of calls fail. National data from the Fire and Disaster Management Agency showed about 8% of severe cases needed 4+ calls during COVID-19. 119 is free; #7119 is the advice line."),
    # 079 Nigerian anti-venom and blood
    ("Snakebite in northern Nigeria is mainly Echis ocellatus (carpet viper). EchiTAb-Plus-ICP or EchiTAb G: 3 vials then repeat 20WBCT at 6 h. Kaltungo General Hospital has good experience. No tourniquets! Cost is around \u20a6 150,000 per vial now."),
    # 080 bed-management dashboards
    ("Our bed management dashboard (built on Power BI) shows 4-hour breaches, DTAs >12 h, and ambulance handover delays >60 min, refreshed every 15 min. The NHS England UEC Recovery Plan target is 76% seen in 4 h by March 2025. Anyone got their 12-hour trolley waits under 2%?"),
    # 081 police custody fitness and s136
    ("Mental Health Act s136 changes (Policing and Crime Act 2017): max 24 h, police stations not a place of safety for under-18s. ED is not a designated HBPoS in most areas. If the patient needs medical clearance, the clock still runs. The RCEM/RCPsych joint guidance from 2020 is worth reading."),
    # 082 physical restraint and chemical sedation in the US
    ("CMS Conditions of Participation: restraint orders must be renewed every 4 h for adults, face-to-face evaluation within 1 h. Our ED uses 'B52' (Benadryl 50, haloperidol 5, lorazepam 2) less now that olanzapine 10 mg IM is stocked. Never give IM olanzapine with IM benzodiazepines (FDA warning). Joint Commission surveys look at this."),
    # 083 Australian ATS categories and NEAT
    ("Reminder for new registrars: ATS 1 immediate, ATS 2 within 10 min, ATS 3 30 min, ATS 4 60 min, ATS 5 120 min. The 4-hour NEAT target was dropped federally in 2015 but Victoria still reports it. ACEM's 2023 access block statement is a good read."),
    # 084 Canadian CTAS and paediatric
    ("PaedsCTAS differs in fever: infant <3 months with T \u2265 38.0 \u00b0C = CTAS 2. The Rochester criteria and Step-by-Step approach are still used; PECARN febrile infant rule (2019) needs procalcitonin which our lab only runs Monday to Friday. TREKK has good bottom-line summaries at https://trekk.ca."),
    # 085 Indian snakebite protocol
    ("National Snakebite Management Protocol (India, 2009, updated by the Ministry of Health in 2022): ASV 10 vials for neurotoxic and haemotoxic envenomation, max 25\u201330. Big four: cobra, krait, Russell's viper, saw-scaled viper. Neostigmine with atropine for cobra. 20WBCT every 6 h until normal."),
    # 086 Brazilian gunshot wound legal aspects
    ("On projectiles in Brazil: CFM Resolu\u00e7\u00e3o 2.217/2018 (C\u00f3digo de \u00c9tica) and the CPP both say preserve chain of custody: handle with plastic instruments, dry paper envelope, sign and date, hand only to the civil police (Pol\u00edcia Civil) or the IML. Military police are not the investigative authority. Document it in the prontu\u00e1rio."),
    # 087 Egyptian ED training
    ("The Egyptian Fellowship of Emergency Medicine started in 2009 and the MSc programmes at Cairo, Ain Shams and Suez Canal universities train most of us. Our ED sees 600 patients/day. Triage uses the Egyptian adaptation of ESI. The Ministry of Health emergency line is 123."),
    # 088 crowding and access block, member reply
    ("Agree with @dr.sipho.m \u2014 corridor care is a symptom of exit block, not ED inefficiency. Kelen et al. (NEJM Catalyst 2021) is the best review of the literature; the 2024 RCEM data show 1 in 3 patients waiting 12 h from arrival. Mortality excess per Jones et al. (EMJ 2022) is 1 extra death per 72 patients delayed 8\u201312 h."),
    # 089 pulmonary embolism rules
    ("PE rule-out: PERC for low gestalt (<15%), otherwise Wells + D-dimer, or YEARS (age-adjusted not needed) with D-dimer 1000 ng/mL cut-off if no YEARS items. PEGeD for pregnant patients. Hestia criteria for outpatient treatment, or sPESI 0. Apixaban 10 mg BD for 7 days then 5 mg BD."),
    # 090 Cushing's triad and Battle's sign teaching
    ("Head injury signs to teach the students: Battle's sign (mastoid bruising) and raccoon eyes take 24\u201348 h to appear, CSF rhinorrhoea with the halo sign. Cushing's triad is late. GCS 8 intubate, target PaCO2 4.5\u20135.0 kPa, Na 145\u2013155 with 3% saline. CRASH-3 showed TXA benefit in mild-moderate TBI within 3 h."),
    # 091 Polish Ratownictwo system
    ("In Poland ambulances are ZRM type S (with a doctor) or P (paramedics only); since 2023 most are P. Dispatch through the CPR (centrum powiadamiania ratunkowego) on 112 or 999. LPR (Lotnicze Pogotowie Ratunkowe) helicopter for >30 km. Stroke code 'kod udarowy' goes straight to CT."),
    # 092 Mexico City dengue and COVID numbers
    ("Mexico COVID-19 data (2020\u20132022) showed that 60% of deaths occurred outside ICU. For DKA we use the ADA 2024 consensus: regular insulin 0.1 U/kg/h, add dextrose 5% when glucose <250 mg/dL, keep K 4\u20135 mEq/L. Stop the infusion only 2 h after the first subcutaneous dose."),
    # 093 German GHB and ethics
    ("GHB/GBL in Berlin clubs: typical coma with sudden waking, bradycardia, and vomiting. Observe for 2\u20136 h after waking, depending on co-ingestants (MDMA, ketamine, alcohol). Physostigmine not recommended. The Giftnotruf Berlin is available 24/7 at 030 19240 for advice."),
    # 094 poisons info numbers and public services, US
    ("Pinning the numbers for new residents: Poison Control 1-800-222-1222, the 988 Suicide & Crisis Lifeline, and 211 for social services. Our on-site sexual assault nurse examiner (SANE) program is reached through the switchboard. OSHA and CDC guidance on needlestick: start PEP within 2 hours ideally, Biktarvy 1 tab daily for 28 days."),
    # 095 Kawasaki and Stevens-Johnson in the ED, member reply
    ("Thanks Amara \u2014 agree that incomplete Kawasaki is under-recognised in toddlers with 5 days of fever. AHA 2017 algorithm: CRP \u2265 3.0 mg/dL or ESR \u2265 40, plus 3 supplementary labs \u2192 IVIG 2 g/kg and aspirin. SJS/TEN: SCORTEN at admission, stop the culprit (allopurinol, lamotrigine, carbamazepine), burns unit if >30% BSA."),
    # 096 geriatric ED and delirium tools
    ("Geriatric ED accreditation (ACEP GEDA level 3) needs a delirium screen: we use the 4AT (score \u2265 4 = likely delirium) and the ISAR for frailty. Clinical Frailty Scale 5+ triggers a geriatrician call. Patients 85 and over had a 28% admission rate vs 11% for 65\u201374 in our 2023 audit."),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc41-001": [{"name": "Miguel Torres", "handle": "@mtorres.em"}, {"name": "Janelle Brooks"}],
    "pc41-003": [{"name": "Rahul Singh", "handle": "@rsingh_md"}],
    "pc41-007": [{"name": "Ruth Adeyemi"}],
    "pc41-010": [{"name": "Anna Kowal", "handle": "@dr.anna.kowal"}, {"name": "Fraser McLeod"}],
    "pc41-013": [{"name": "Kevin Wong", "handle": "@kwong.er"}],
    "pc41-018": [{"name": "Priya Menon"}],
    "pc41-022": [{"name": "Let\u00edcia Moraes"}],
    "pc41-025": [{"name": "Chidi Okeke"}],
    "pc41-027": [{"name": "Tunde Bakare"}],
    "pc41-036": [{"name": "Kenji Sato"}],
    "pc41-045": [{"name": "Franziska Huber", "handle": "@fhuber_notfall"}],
    "pc41-055": [{"name": "Nomvula Khumalo", "handle": "@nkhumalo_em"}, {"name": "Hamish Grant"}],
    "pc41-088": [{"name": "Sipho Mthembu", "handle": "@dr.sipho.m"}],
    "pc41-095": [{"name": "Amara Eze"}],
}

build, render, main = first_set.blind_set(
    "pc41", Path(__file__).with_name("physician_cases_41.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
