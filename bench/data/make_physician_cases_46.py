# ruff: noqa: E501 (the notes are data)
"""Blind test set 46: rural US emergency medicine, urgent care, EMS and family practice.

Posts by emergency physicians, PAs, family doctors and paramedics working in critical-access
hospitals, IHS and tribal facilities, border clinics, small-town EDs, air-ambulance bases and
regional trauma centres: the Mississippi Delta and the Deep South, eastern Kentucky and West
Virginia, the Midwest farm belt and the Dakotas, the Permian Basin and the Texas-Mexico border,
the Navajo Nation and Four Corners, Oklahoma, and rural Alaska. Patients are farm, meat-plant,
oil-field and trucking workers, Spanish-speaking families, Native American and Alaska Native
patients, prisoners and very old farm people. Forms: phone-typed one-liners in lower case,
pasted group-chat and text threads, EMS run reports, poison-centre and transfer-centre logs,
sign-out lists and tables, letters, discharge summaries and instructions, pathology, imaging
and lab reports, M&M write-ups, dictations, e-mails, state report forms; and, without PHI,
teaching posts, score and criteria summaries, drug lists, journal club and rota chat.

Annotation conventions:
- PT, REL, HCP: the name as written (full, given name, surname, nickname, initials, lower case,
  spelled out letter by letter in a dictation); titles (Dr, Mr, Mrs, Ms, Rev., Deacon), roles and
  credentials (RN, MD, NRP, PA-C) and the possessive 's stay outside. A nickname written inside a
  full name stays inside the one span. Every occurrence is its own span.
- REL covers relatives and lay people who speak or act for the patient: friends, neighbours,
  employers and supervisors, crew bosses, church members. HCP covers clinicians and clinical or
  hospital staff who are not on the network: physicians, nurses, medics, community health aides,
  pharmacists, lab techs (also by initials), social workers, interpreters, device reps.
- Colleagues on the network (chat speakers, @mentioned or thanked colleagues, presenters) are
  never tagged; they are listed in MEMBERS. "me" in a pasted thread is not tagged.
- STREET: house number and street, county road, rural route and box, PO box, Navajo route,
  highway or interstate where the patient lives or the event happened; a lot or apartment number
  written with the street is inside the span, a lot number written apart is its own STREET span;
  a mile marker written with the road is inside the span.
- TOWN: cities, towns, villages and census places, lower case too, Alaska villages and Mexican
  towns; the state after it stays outside. COUNTY: the county, parish or borough with the word
  County/Parish/Co when written. PLACE: smaller named places: chapters, hollows and creeks,
  colonias, trailer parks, ranches, oil leases, sloughs, landings, mountains where the patient
  was. States, countries, tribes and nations (Navajo Nation, Muscogee Nation) and broad regions
  (the Delta, Permian Basin, Four Corners, Navajo Area) are not tagged.
- FAC: hospitals, clinics, IHS and tribal facilities, nursing homes, EMS agencies and air-medical
  services, jails and prison units, sheriff's offices, poison centres, labs, churches, schools,
  farms and businesses that employ or serve the patient; the whole name, even when it holds a
  town or county name. Unit call signs (Medic 3), room and bed numbers are not tagged. Agencies
  of a state, tribe or the federal government (Oklahoma DHS, TDCJ, MDOC, IHS, CDC, the state
  driver-licensing office) are not tagged; a county sheriff's office or jail is FAC.
- DATE: every date element finer than a year in any format (6/22/2024, 2/11, Jan 21, March,
  August 2024, 9 de junio) and named holidays that stand for a patient's date (Easter Sunday,
  Christmas); a weekday next to a date and the clock time stay outside. Weekday names alone and
  relative words (yesterday, last night) are not tagged. YEAR: a year standing alone that belongs
  to the patient. Years of publications, guidelines and vehicles are not tagged.
- AGE: ages over 89 only, the number alone (units yo, y/o, Y outside); ages up to 89 untagged.
- PHONE, PAGER, FAX: the number as written (area code included, short in-house pagers too);
  labels (ph, cb, pgr, fax, Tel) outside.
- EMAIL, URL, IP, HANDLE (a patient's or relative's social handle, @ inside): as written.
- SSN (also a last four), MRN, PLAN (Medicaid, AHCCCS, Medicare ids), ACCT (hospital account,
  sliding-fee account, insurance policy), LIC (driver and CDL licences, clinician licence and NPI
  numbers), PLATE, VIN, DEVICE (pacemaker, lead, LVAD controller and monitor serials), ID (incident,
  case, accession, intake, inmate, tribal citizen, Rx, referral and portal codes, employer FEIN):
  the number alone, labels and # outside, letters that are part of the number inside. Research
  study codes made for de-identification (RS-031) are not tagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 phone-typed ask: burn transfer out of the Delta
    """anyone have a direct line for the burn unit at [[FAC:mid-south regional]]? 34M from [[TOWN:tunica]], flash burn off a grain dryer at [[FAC:delta ag supply]], ~18% TBSA partial thickness face/hands/forearms. their transfer center has had me on hold 40 min. trying [[FAC:st. anne's]] in [[TOWN:jackson]] next""",
    # 002 EMS patient care report, rollover on a county road
    """[[FAC:Quitman County EMS]] -- PATIENT CARE REPORT
Incident # [[ID:24-008817]]     Unit: Medic 3     Priority: 1
DOS: [[DATE:06/22/2024]]   Call rec'd 0214  Enroute 0216  On scene 0237  Depart 0301  At dest 0342

PATIENT: [[PT:WILEY, DONTRELL]]   DOB [[DATE:03/02/2005]]   Age 19   Sex M
Home address: [[STREET:418 Church St]], [[TOWN:Marks]] MS [[ZIP:38646]]
Scene: [[STREET:County Road 212]] approx 1.5 mi S of [[STREET:Hwy 3]], by the [[FAC:Harmon gin]]

CC: MVC rollover w/ ejection
NARRATIVE: Dispatched to single vehicle rollover. On arrival found 2003 Chevy Silverado on its roof in bean field E side of roadway. Pt found approx 30 ft from vehicle, prone, GCS 11 (E3 V3 M5). Brother [[REL:Marcus Wiley]] on scene states pt was driving home from a party at [[PLACE:Lambert Landing]] and "had a few." Unknown LOC duration.
ASSESSMENT: Deformity L femur, abrasions L flank, abd tender LUQ. Pupils 4 mm PERRL. BGL 142. BP 96/58, HR 128, RR 24, SpO2 93% RA.
TX: C-collar, LSB, 2 x 18g AC, NS 500 mL, TXA 1 g, fentanyl 50 mcg x2, traction splint L leg, O2 NRB.
Med control: Dr [[HCP:Pruitt]], [[FAC:Tri-County Medical Center]] ED, ordered bypass to trauma center. Requested air; [[FAC:AirCare]] 5 grounded for weather.
Transported emergent to [[FAC:Delta Regional Trauma Center]], [[TOWN:Clarksdale]]. Report to RN [[HCP:Lakeisha Barnes]] at bedside.
Mother [[REL:Yolanda Wiley]] notified by brother, en route POV; contact [[PHONE:662-555-0129]].
Crew: [[HCP:K. Shelby]], NRP #[[LIC:NRP-118742]]; [[HCP:T. Roach]], EMT""",
    # 003 pasted group text: inferior STEMI at a critical-access hospital, fog, lytics
    """copying our thread from the night of [[DATE:3/3]] bc I think we need a regional STEMI plan for the hollers

Ruth Caudill 11:42 PM: 58F at [[FAC:Leslie Valley Hospital]] w/ inferior STEMI + RV involvement, BP 82/50. [[FAC:Cumberland Heart Institute]] cath lab says they're on diversion
Dev Malhotra 11:44 PM: is that [[PT:Wanda Sizemore]]? she was in my ED at [[FAC:Mountain Crest]] last month w/ chest pain, trop neg x2
Ruth Caudill 11:45 PM: yep. lives way up [[PLACE:Cutshin Creek]], husband drove her 50 min down [[STREET:KY-699]]
Josh Fugate 11:47 PM: [[FAC:Lexington Baptist]] will take her, just talked to Dr [[HCP:Abernathy]] there. call their STEMI line [[PHONE:859-555-0176]]
Ruth Caudill 11:49 PM: fog on the ridges, [[FAC:MedFlight East]] won't fly. lytics?
Josh Fugate 11:50 PM: TNK. you're already at 40 min door to needle
Ruth Caudill 12:31 AM: TNK at 2358, reperfused, ST down >50%. going ground to [[TOWN:Lexington]] w/ [[FAC:Leslie County Ambulance]]. her son [[REL:Dwayne]] following in the truck
Dev Malhotra 7:02 AM: update - cath'd at 0500, RCA 95% stented. [[HCP:Abernathy]] says good call""",
    # 004 poison centre case record: paraquat on an Iowa farm
    """[[FAC:Heartland Regional Poison Center]]   Case [[ID:IA24-031776]]
Call date/time: [[DATE:5/8/24]] 1917
Caller: [[HCP:Becky Thoms]] RN, [[FAC:Van Buren Community Hospital]] ED, callback [[PHONE:(319) 555-0162]]
Attending: Dr. [[HCP:Anil Rao]], pgr [[PAGER:319-555-0170]]
Pt: [[PT:Lyle Amundsen]], 61 y/o M, ~94 kg
Exposure: ingestion of paraquat 43.2% concentrate, est. 1-2 swallows from an unlabeled Mountain Dew bottle in the machine shed at his place on [[STREET:Fir Ave]] north of [[TOWN:Keosauqua]]. Wife [[REL:Darlene]] found him vomiting ~1800. Pt states he "thought it was pop." Intent: unintentional per pt.
Sx: oropharyngeal burning, vomiting x4, no SOB. SpO2 97% RA.
Recs: NO supplemental O2 unless SpO2 <90%. Activated charcoal 1 g/kg even though >1 h. Aggressive IVF, BMP, lactate, LFTs, urine dithionite spot test. Plasma paraquat level to reference lab. Serial Cr q6h.
Recommend transfer to tertiary center for possible hemoperfusion (weak evidence). [[FAC:Iowa River Medical Center]] MICU accepted, Dr [[HCP:Nguyen-Hartley]].
F/u call [[DATE:5/9]] 0800 per SPI [[HCP:M. Kessler]]: Cr 1.9 (from 0.9), urine dithionite blue-black. Prognosis poor; palliative care involved. Pt's daughter [[REL:Kristin Amundsen-Voss]] asked for a direct call, [[PHONE:515-555-0104]].""",
    # 005 transfer centre log: DKA from the Navajo Nation
    """TRANSFER CENTER — [[FAC:Northern Plateau Medical Center]], [[TOWN:Flagstaff]] AZ
Call rec'd [[DATE:2024-01-17]] 22:51   Ref # [[ID:TC-240117-0093]]
Referring: [[HCP:Naomi Tsinajinnie]] DO, [[FAC:Canyon Mesa Indian Hospital]] ([[TOWN:Chinle]])   cb [[PHONE:928-555-0117]]
Pt: [[PT:YAZZIE, HARRISON]]   DOB [[DATE:11/30/1979]]   IHS chart # [[MRN:0048213]]
Payer: IHS / AHCCCS [[PLAN:A71028394]]
Dx: DKA, pH 6.98, HCO3 <5, K 2.9 before insulin, AKI (Cr 3.4). Found down at home near the [[PLACE:Many Farms Chapter]] house, ~8 mi of dirt road off [[STREET:N-59]], by his uncle [[REL:Leonard Begay]]. Insulin held until K repleted; 4 L NS so far.
Accepting: Dr. [[HCP:Feldstein]], MICU.
Transport: [[FAC:Red Rock Air Medical]] rotor from the [[TOWN:Kayenta]] base, ETA 0040.
Family: sister [[REL:Loretta Yazzie]] (Navajo/English) [[PHONE:928-555-0153]]; no phone at pt's home, hauls water.""",
    # 006 night-to-day sign-out list, eastern Kentucky
    """signout 0700 [[DATE:2/11]] nights -> days, [[FAC:Knott Regional]] ED

rm 1 [[PT:Estill Combs]] 72M COPD exac on bipap since 0300, gas better, admit to Dr [[HCP:Ritchie]] when she rounds (pgr [[PAGER:4471]]). dtr [[REL:Tammy]] wants a call [[PHONE:606-555-0138]]
rm 2 [[PT:Kaylee Slone]] 17F RLQ pain, US neg for appy, hcg neg, UA pending. mom [[REL:Brandy]] at bedside, they live out [[PLACE:Lotts Creek]] and have no car, needs ride if d/c
rm 4 [[PT:Orville "Pappy" Napier]] [[AGE:93]]M from [[FAC:Riverview Manor]], unwitnessed fall, CT head/c-spine neg, hip films neg but can't bear wt -> CT pelvis pending. on eliquis. POA nephew [[REL:Delmer Napier]]
rm 5 [[PT:Jessie Gayheart]] 38M from [[FAC:Knott County Detention Center]], ?swallowed a baggie of meth, asx, obs til 1300. jail nurse [[HCP:Crystal]] [[PHONE:606-555-0185]]
rm 7 [[PT:Bobbi Jo Sturgill]] 45F cellulitis R leg failed keflex, 1st dose vanc in, home if afebrile. PCP Dr [[HCP:Amburgey]] at [[FAC:Hindman Family Clinic]]
hall B [[PT:Tyler Hall]] 24M chainsaw lac R hand at [[FAC:Brashear Lumber]], 8 cm, tendons ok, needs repair. work comp, employer contact [[PHONE:606-555-0122]]""",
    # 007 referral letter from a coalfield family practice to cardiology
    """[[FAC:Tug Fork Family Medicine]]
[[STREET:212 Railroad Ave]] · [[TOWN:Welch]], WV [[ZIP:24801]]
Tel [[PHONE:(304) 555-0141]] · Fax [[FAX:(304) 555-0142]]

[[DATE:April 3, 2024]]

[[HCP:Priya Venkataraman]], MD
Cardiology, [[FAC:Appalachian Heart & Vascular]]
[[STREET:1400 Bland St, Suite 310]]
[[TOWN:Bluefield]], WV [[ZIP:24701]]

RE: [[PT:Harold Dean Lester]]   DOB [[DATE:09/14/1951]]   Our MRN [[MRN:TF-20931]]
Medicare MBI [[PLAN:5XK2-TN8-MR41]]

Dear Dr. [[HCP:Venkataraman]],

Thank you for seeing Mr. [[PT:Lester]], a 72-year-old retired underground miner (34 years, mostly at the [[FAC:Pocahontas No. 9]] mine for [[FAC:Consolidated Tug Fork Coal]]) with coal workers' pneumoconiosis whom I have followed since [[YEAR:2011]]. Over the last two months he has developed exertional chest tightness and dyspnea climbing the steps from his house on [[STREET:Coalwood Rd]] up to the road, now at about fifty feet. He had one episode of near-syncope during the service at [[FAC:Riverside Missionary Baptist Church]] on [[DATE:Easter Sunday]].

ECG in the office today: sinus rhythm 58, LBBB, new since his tracing of [[DATE:10/2022]]. Echo at [[FAC:McDowell Community Hospital]] on [[DATE:3/28]] showed EF 35-40% with inferior hypokinesis and moderate MR. BNP 612. He is on lisinopril 10 mg, atorvastatin 40 mg, aspirin 81 mg, and tiotropium. He has never had a stress test or catheterization.

I would be grateful for your assessment regarding ischemic evaluation and whether he is a candidate for GDMT titration or CRT. He does not drive at night; his wife [[REL:Norma Jean]] will bring him. Her cell, [[PHONE:304-555-0187]], is the best contact, as the house phone is unreliable.

Sincerely,

[[HCP:Samuel T. Runyon]], DO
NPI [[LIC:1487602953]]
cc: [[FAC:Big Creek Black Lung Program]]""",
    # 008 discharge summary: exertional heat stroke in a meat-plant worker
    """[[FAC:Platte Valley Regional Medical Center]] — DISCHARGE SUMMARY

Patient: [[PT:Bernardo Ajanel Cux]]   MRN [[MRN:2210458]]   Acct [[ACCT:900114736]]   Medicaid [[PLAN:NE4471903]]
Admitted: [[DATE:07/15/2024]]   Discharged: [[DATE:07/19/2024]]
Attending: [[HCP:Karen Oberle]], MD   PCP: none (referred, see below)
Language: K'iche' (primary), Spanish. In-person Spanish interpreter [[HCP:Rosa Medina]]; K'iche' by phone line.

Diagnoses: 1. Exertional heat stroke with rhabdomyolysis (peak CK 48,200). 2. AKI, resolved (Cr 3.1 -> 1.0). 3. Hypokalemia. 4. Latent TB (QuantiFERON positive), CXR clear.

History: 27M who works second shift on the kill floor at [[FAC:Great Plains Beef]] in [[TOWN:Lexington]], NE, collapsed on the line around 2200 during a heat advisory. Plant nurse [[HCP:Jolene Frye]] called 911; [[FAC:Dawson County Rescue]] found him confused with temp 41.2 C rectal, cooled with ice packs en route.

Course: ice-water immersion in the ED to 38.9 C in 22 min. Aggressive IVF, urine output goal 200 mL/h. CK peaked day 2 and trended down. No dialysis. Seen by ID for LTBI, started rifampin x4 months.

Social: lives with his cousin [[REL:Esteban Cux]] and four others at [[STREET:1107 N Harrison St Apt 3]]. No phone of his own; cousin's number [[PHONE:308-555-0119]].

Follow-up: [[FAC:Clínica Comunitaria del Valle]], [[STREET:602 W 6th St]], on [[DATE:7/23]] at 1400 for BMP, CK, and LTBI visit. No work until cleared; work note faxed to plant HR at [[FAX:308-555-0160]].""",
    # 009 short reply about an inmate from a state prison
    """@ldurand we get [[FAC:Big Sunflower Correctional]] inmates all the time. for the guy you mentioned ([[PT:Cortez Hollins]], MDOC #[[ID:R4471]]) the infirmary there can't do IV abx, so either admit or he goes to [[FAC:Central Mississippi Medical Center]] in [[TOWN:Jackson]] under guard. their med director Dr. [[HCP:Sumrall]] is reasonable, infirmary line is [[PHONE:662-555-0171]]. don't send him back with a PICC, they'll pull it""",
    # 010 surgical pathology report, skin SCC in a very old woman
    """[[FAC:Ozark Pathology Associates]], [[STREET:3100 N Old Missouri Rd]], [[TOWN:Springdale]], AR [[ZIP:72764]]

SURGICAL PATHOLOGY REPORT          Accession: [[ID:SP24-11873]]
Patient: [[PT:PENNINGTON, CLARA MAE]]     DOB: [[DATE:1/6/1933]]     Age: [[AGE:91]]     Sex: F
MRN: [[MRN:OPA-778120]]
Collected: [[DATE:10/02/2024]]     Received: [[DATE:10/03/2024]]     Reported: [[DATE:10/07/2024]]
Submitting physician: [[HCP:Wade Hutcheson]], MD, [[FAC:Boston Mountain Rural Health]] ([[TOWN:Deer]], AR)

CLINICAL HISTORY: 3.1 cm ulcerated lesion R cheek x1 yr, bleeds. R/O SCC vs BCC.
GROSS: Received in formalin labeled with the patient's name, a tan-pink shave of skin 2.2 x 1.9 x 0.4 cm. Inked, serially sectioned, entirely submitted in 3 cassettes.
DIAGNOSIS: Skin, right cheek, shave biopsy: INVASIVE SQUAMOUS CELL CARCINOMA, moderately differentiated, at least 3.8 mm thick, with perineural invasion (nerve 0.12 mm). Deep margin involved.
COMMENT: High-risk features (BWH T2b). Findings discussed with Dr. [[HCP:Hutcheson]] by phone on [[DATE:10/7]] at 1130.

Electronically signed: [[HCP:Meredith Onwuachi]], MD""",
    # 011 M&M write-up: missed aortic dissection in a trucker
    """M&M — Dept of Emergency Medicine
Presenter: Gabe Whitfield (PGY-3). Faculty discussant: Anjali Ramaswamy.

Case: 52M long-haul driver for [[FAC:Lone Star Freightways]] presents to [[FAC:Piney Woods Critical Access Hospital]] with "back spasm."

Timeline ([[DATE:Sept 9]]):
0312 walks in after pulling the fifth-wheel pin at the [[FAC:Big Thicket Travel Center]] on [[STREET:US-96]]; sudden tearing pain between shoulder blades
0320 BP 188/104 R arm; L arm not checked
0355 ketorolac + cyclobenzaprine; ECG NSR with LVH; no imaging
0520 discharged by locum Dr. [[HCP:P. Garrison]]
1140 returns by [[FAC:Jasper County EMS]] with pulseless cold L leg, arm BP differential 40
1210 CTA: Stanford A dissection, intimal flap into L common iliac
1235 transfer calls: [[FAC:Gulf Coast Heart]] in [[TOWN:Beaumont]] has no CT surgeon tonight; accepted at [[FAC:Bayou City Medical Center]] in [[TOWN:Houston]]
1410 [[FAC:Gulfstar Air]] departs
1530 PEA arrest on arrival to the OR, not resuscitated

Mr. [[PT:Broussard]]'s wife [[REL:Connie]] drove 4 h from [[TOWN:Lake Charles]] and arrived after he died.

Discussion: ADD-RS was 2 at first visit (pain quality, BP differential if checked). Anchoring on a "trucker's back." Bilateral arm BPs are cheap. D-dimer <500 with ADD-RS <=1 is the only rule-out pathway we teach. System issue: locum had no access to the outside CT reading platform.""",
    # 012 dictation: rattlesnake bite in a ranch hand on the border
    """This is Doctor [[HCP:Ximena Garza]] dictating an emergency department note on [[PT:Rogelio Peña Treviño]], last name spelled [[PT:P-E-N-A]] with a tilde, second last name [[PT:T-R-E-V-I-N-O]], medical record number [[MRN:4402197]], date of service [[DATE:August 4th, 2024]]. New paragraph.

History of present illness colon. The patient is a 46-year-old Spanish-speaking ranch hand who works at [[PLACE:Rancho Las Norias]] east of [[TOWN:Rio Grande City]] in [[COUNTY:Starr County]] comma who was bitten on the right hand by what he describes as a víbora de cascabel comma about four feet comma while moving feed sacks at approximately 1530 period. His employer comma Mister [[REL:Abelardo Saenz]] comma drove him to [[FAC:Starr County Memorial]] where he received four vials of CroFab and was transferred to us at [[FAC:Valley Regional]] in [[TOWN:McAllen]] by [[FAC:South Texas EMS]] period. New paragraph.

Exam colon. Swelling to the mid forearm comma progressing about 4 centimeters per hour on arrival comma hemorrhagic bullae on the dorsal hand period. Fibrinogen 88 comma platelets 61 period. New paragraph.

Course colon. Additional CroFab 6 vials then maintenance 2 vials every 6 hours times 3 period. Swelling halted period. Compartment checks by ortho unremarkable period. No FFP given period. New paragraph.

Disposition colon admitted to ICU under Doctor [[HCP:Leal]] period. Wife [[REL:Maricela]] at bedside comma telephone [[PHONE:956-555-0134]] period. End of dictation.""",
    # 013 e-mail: medevac of a hypothermic man from an Alaska village
    """From: [[HCP:Erin Kowalczyk]] <[[EMAIL:ekowalczyk@kdrh-bethel.org]]>
To: [[EMAIL:transfers@cinmc.org]]
Sent: Sat [[DATE:1/11/2025]] 6:14 AM
Subject: medevac — [[PT:Nanalook, Peter]] from [[TOWN:Akiachak]]

Hi all,

Heads up for the 0900 jet. [[PT:Peter Nanalook]], 67M, DOB [[DATE:4/2/1957]], our chart [[MRN:KD-113409]] at [[FAC:Kuskokwim Delta Regional Hospital]] in [[TOWN:Bethel]].

The health aide in [[TOWN:Akiachak]], [[HCP:Agnes Charlie]], called him in last night: went through river ice on his snowmachine checking his net near [[PLACE:Tuluksak Slough]], pulled himself out, walked back about a mile. Core temp 30.8 on the low-reading thermometer at the village clinic. Weather held him there overnight with warm IV fluids and blankets; [[FAC:Tundra Air Ambulance]] got him to us at 0430.

Here: 33.9 C, Osborn waves, AF with RVR now rate-controlled, lactate 4.1, CK 2,900, lipase normal. Frostbite to R toes, blisters clear. Needs ICU and podiatry/burn input we don't have.

His daughter [[REL:Martha Nanalook-Evan]] is flying in on the afternoon flight; her cell is [[PHONE:907-555-0193]]. He speaks Yup'ik primarily and [[REL:Martha]] interprets.

Thanks,
[[HCP:Erin]]

[[HCP:Erin Kowalczyk]], PA-C
Emergency Dept, [[FAC:Kuskokwim Delta Regional Hospital]]
[[PHONE:907-555-0102]]""",
    # 014 workers' compensation first report of injury, oil field
    """EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS — copy scanned to ED chart

Employee: [[PT:Travis Wayne Kimbrough]]     SSN: xxx-xx-[[SSN:6217]]     DOB: [[DATE:02/19/1988]]
Home address: [[STREET:9821 W County Rd 125]], [[TOWN:Odessa]] TX [[ZIP:79763]]     Phone: [[PHONE:432-555-0147]]
Employer: [[FAC:Caprock Well Services LLC]]     FEIN: [[ID:75-3318402]]
Employer address: [[STREET:4400 E I-20 Service Rd]], [[TOWN:Midland]] TX [[ZIP:79706]]
Carrier: [[FAC:Lone Star Casualty]]     Policy #: [[ACCT:WC-2290417-05]]
Date of injury: [[DATE:11/04/2024]]     Time: 0545
Place of injury: [[PLACE:Pecos State 22-14 #2H]] lease pad, [[COUNTY:Reeves County]]
Description: L hand caught between tongs and pipe while tripping out on workover rig. Crush/degloving L index and long fingers.
Supervisor: [[REL:Cody Raines]]
Treating facility: [[FAC:Trans-Pecos Medical Center]], [[TOWN:Pecos]] TX; transferred to [[FAC:Llano Estacado Hand Center]], [[TOWN:Lubbock]]
Treating physician: [[HCP:Farah Haddad]], MD     TX license [[LIC:Q4471]]""",
    # 015 phone-typed question: fever and rash in a colonia child
    """quick q - 8yo [[PT:jayden]] from [[PLACE:colonia las milpas]] w/ 3d fever, rash now on palms/soles, family says ticks on the dog. rmsf vs murine typhus? already started doxy. mom [[REL:yesenia]] says a cousin in [[TOWN:reynosa]] had the same thing. anyone seeing more of this in [[COUNTY:hidalgo co]] this summer""",
    # 016 teleradiology CT head report
    """[[FAC:Sandhills Imaging Associates]] — teleradiology read for [[FAC:Cherry County Hospital]]

EXAM: CT HEAD WITHOUT CONTRAST     ACCESSION: [[ID:CT-0992741]]
PATIENT: [[PT:HOLLENBECK, ARLENE]]     AGE: [[AGE:94]] Y     MRN: [[MRN:551903]]
DATE OF EXAM: [[DATE:12/21/2024]] 22:16
ORDERING: [[HCP:Doug Sorensen]], PA-C

HISTORY: Fall at home, on warfarin, INR 3.4, L frontal hematoma.
TECHNIQUE: Axial noncontrast images with coronal and sagittal reformats.
FINDINGS: 8 mm acute left holohemispheric subdural hematoma. 3 mm rightward midline shift. No intraventricular extension. Basal cisterns patent. Chronic small vessel ischemic changes. Left frontal scalp hematoma without calvarial fracture.
IMPRESSION: Acute left SDH, 8 mm, with mild mass effect.

Critical result called to [[HCP:Sorensen]], PA, at 22:41 (pgr [[PAGER:308-555-0197]]), read back confirmed.
[[HCP:Alan Whitcomb-Reyes]], MD""",
    # 017 sign-out table in a south Georgia ED
    """sign out [[FAC:Tattnall Community Hospital]] ED [[DATE:9/13]] 1900

| Rm | Pt | Age | Issue | To do |
|---|---|---|---|---|
| 3 | [[PT:Mattie Lou Fountain]] | [[AGE:90]] | CAP/sepsis, from [[FAC:Magnolia Gardens]] | admit hospitalist; son Rev. [[REL:Willie Fountain]] is HCPOA, [[PHONE:912-555-0126]] |
| 5 | [[PT:Demarcus Tillman]] | 31 | GSW L thigh at [[PLACE:Pecan Grove Apartments]] | CTA neg, sheriff wants the bullet, d/c after PT eval |
| 6 | Ms. [[PT:Ruby Kight]] | 67 | syncope, 2:1 block | pads on, [[FAC:Coastal Georgia Heart]] accepted, waiting on [[FAC:Meridian Air]] |
| 8 | [[PT:José Luis Arreola]] | 22 | heat cramps, picks for [[FAC:Collins Sweet Onion Farms]] | 2 L NS, recheck K; crew boss [[REL:Hector]] driving him back to the camp on [[STREET:Old Reidsville Rd]] |
| hall | [[PT:Braxton Sapp]] | 4 | got into grandma's clonidine | PCC case [[ID:GA-24-55310]], obs til [[DATE:9/14]] 0600; grandmother [[REL:Faye Sapp]] staying |""",
    # 018 case post: generator carbon monoxide, family in a trailer park
    """Case from our shop last week, teaching points at the end.

Family of five brought in by [[FAC:Clarke County EMS]] from [[STREET:lot 22]] at [[PLACE:Whispering Pines Mobile Home Park]] on [[STREET:Hwy 84 W]] outside [[TOWN:Grove Hill]] after the power went out in the ice storm on [[DATE:Jan 21]] and dad ran the generator in the utility room. The grandmother [[REL:Edna Pugh]] called 911 when she couldn't wake them.

Mom [[PT:Crystal Pugh]] 29, COHb 28%, confused. Dad [[PT:Ricky Pugh]] COHb 19%, headache only. Kids 6 and 4 with COHb 16-18%, and the 11-month-old [[PT:Kaysen]] was the sickest: lethargic, vomiting, COHb 24%, lactate 5.

Nearest chamber with 24h coverage was [[FAC:Springhill Hyperbaric]] in [[TOWN:Mobile]]; mom and baby went by ground, one treatment each.

Teaching points:
1. Pediatric COHb underestimates exposure; treat the clinical picture.
2. Pulse ox reads normal. Use co-oximetry.
3. Ask about generators at every winter storm headache.
4. Weaver criteria for HBO are a guide, not a rule.""",
    # 019 group chat with @mentions: accidental hypothermia arrest, NW Alaska
    """@jpetrov @s.oyelaran @ahopson need eyes on one NOW

38F found outside at -30F behind [[FAC:Noatak Friends Church]] after a party, sled'd by snowmachine to the [[TOWN:Noatak]] clinic, health aide [[HCP:Minnie Wesley]] started CPR. Arrived our ED in [[TOWN:Kotzebue]] by [[FAC:Arctic Lifeguard]] 0210, core 26.4 esophageal, VF. No ECMO within 500 mi. Doing CPR + thoracic lavage through bilat chest tubes w/ warm saline.

Jana Petrov: K?
me: 3.8. lactate 9
Seun Oyelaran: HOPE ~40% with ECMO. keep going, get her to a pump
Alma Hopson: I'll call [[FAC:Chugach Regional]] ECMO team. name/DOB?
me: [[PT:Lena Ashby]] [[DATE:3/17/1986]] MRN [[MRN:MK0093310]]. husband [[REL:Isaac]] here, cell [[PHONE:907-555-0121]]
Alma Hopson: accepted, Dr [[HCP:Tran-Oakes]]. their jet out of [[TOWN:Anchorage]] is 1h45 away""",
    # 020 letter from a tribal health centre to a school nurse
    """[[FAC:Tuba Butte Health Center]] — Pediatrics
[[STREET:PO Box 600]], [[TOWN:Tuba City]], AZ [[ZIP:86045]]

[[DATE:February 6, 2025]]

To: School Nurse, [[FAC:Moenkopi Day School]]
Re: [[PT:Kaiden Begay]], DOB [[DATE:08/22/2014]], grade 4

[[PT:Kaiden]] was seen in our clinic on [[DATE:2/5/25]] for an asthma exacerbation and may return to school on [[DATE:2/7]]. Please allow albuterol (ProAir HFA) 2 puffs with spacer every 4 hours as needed, including before recess and PE. A second inhaler and spacer are kept at his grandmother [[REL:Elsie Tsosie]]'s home in [[TOWN:Cameron]], where he stays on weekends.

Wood and coal stove smoke at home is a trigger; we have discussed this with the family. Please call if he needs his inhaler more than twice in a school day.

[[HCP:Lorraine Etsitty]], MD
ph [[PHONE:928-555-0165]]   fax [[FAX:928-555-0166]]""",
    # 021 case post: anhydrous ammonia, central Illinois
    """Anhydrous ammonia injuries: we had two this spring. Posting the second because it went well.

23M working for [[FAC:Prairie Gold Co-op]] out of [[TOWN:Arcola]]. Hose coupling on a nurse tank let go while he was hooking up to the toolbar on the [[PLACE:Hettinger section]] off [[STREET:County Rd 1800 N]], [[COUNTY:Douglas County]]. Co-worker hosed him down with the tank's water jug; [[FAC:Arcola-Tuscola Fire]] did decon on scene, then to us at [[FAC:Embarras River Hospital]].

Eyes: pH 11 both, irrigated 8 L until 7.5, corneal haze. Skin: 12% TBSA partial thickness, face/neck/chest. Airway: hoarse at 40 min, stridor at 2 h, intubated with a 7.0 over a bougie on the first pass. [[FAC:Heartland Burn Center]] in [[TOWN:Springfield]] accepted.

Ironic part: his dad [[REL:Dale Meyerhoff]] lost an eye to NH3 in the 80s on the same farm.

Extubated day 4 ([[DATE:4/22]]), home [[DATE:4/29]] with ophtho follow-up.""",
    # 022 phone-typed post: heat stroke in a roofer, Louisiana
    """heat stroke in a roofer this aft, 41.9 rectal. crew from [[FAC:Bayou Teche Roofing]] was doing the roof on [[FAC:St. Martin de Porres church]] in [[TOWN:Breaux Bridge]]. cold water immersion in a body bag on the ambulance ramp, down to 39 in 15 min. [[FAC:Atchafalaya EMS]] did great. he's from [[TOWN:Catemaco]], Veracruz, cousin [[REL:Ismael]] translating. that's the 4th heat stroke in [[COUNTY:St. Martin Parish]] since [[DATE:june 1]]""",
    # 023 transfer note: state-prison inmate with variceal bleed
    """TRANSFER NOTE
Offender: [[PT:Reynaldo Ochoa]]     TDCJ # [[ID:02391847]]     DOB [[DATE:5/30/1969]]
Sending facility: [[FAC:Mesquite Flats Unit]], [[TOWN:Beeville]] TX — unit infirmary [[PHONE:361-555-0109]]
Arrived our ED [[DATE:10/18/2024]] 0230 in full restraints with 2 COs.

CC: hematemesis x3. Known cirrhosis (HCV, untreated), Child-Pugh B.
Hgb 6.1, plt 54, INR 1.9. BP 84/50 on arrival, 88/52 after 2 u PRBC.
Plan: octreotide, ceftriaxone, pantoprazole, 2 more u PRBC, GI (Dr. [[HCP:Mahfouz]]) scoped at 0610: banding x4 of large esophageal varices.
Needs transfer to [[FAC:Gulf Correctional Medical Center]] in [[TOWN:Galveston]] per TDCJ policy once stable. UR nurse [[HCP:Darla Fenske]] [[PHONE:409-555-0188]], fax [[FAX:409-555-0189]].
Next of kin on file: mother [[REL:Herminia Ochoa]], [[TOWN:Alice]] TX. Per policy, family is NOT to be told his location or transfer date.""",
    # 024 child-welfare hotline intake pasted into the chart
    """OKLAHOMA DHS — CHILD ABUSE/NEGLECT HOTLINE INTAKE (summary pasted to chart)
Intake #: [[ID:OK-CW-2025-0418833]]     Reported: [[DATE:03/09/2025]] 1612
Reporter: [[HCP:Naveen Choudhury]], MD, [[FAC:Okfuskee Valley Hospital]] ED, [[PHONE:580-555-0110]], [[EMAIL:nchoudhury@okfuskeevalley.org]]
Child: [[PT:Aubree Lynn Harjo]]     DOB: [[DATE:07/01/2023]] (20 mo)
Mother: [[REL:Shayla Harjo]]     Mother's boyfriend: [[REL:Cody Dean Wheeler]]
Address: [[STREET:Rt 1 Box 214]], [[TOWN:Okemah]], OK [[ZIP:74859]]
Tribal affiliation: Muscogee (Creek) Nation, citizen # [[ID:MCN-0871442]] — ICWA notice required.
Findings: spiral fx R femur; 3 posterior rib fx in different stages of healing; bruising to both ears and L cheek. Skeletal survey and ophtho at [[FAC:Red River Children's Hospital]], [[TOWN:Oklahoma City]] (transferred).
History given: fell off couch on [[DATE:3/8]]; mother states boyfriend was watching the child.
Law enforcement: [[FAC:Okfuskee County Sheriff's Office]] notified.""",
    # 025 overdose-cluster warning post, southern West Virginia
    """PSA for anyone covering [[COUNTY:Mingo]]/[[COUNTY:Logan]]: 6 ODs in 36 h, 2 dead, all blue "M30s". Prelim tox fentanyl + xylazine. Naloxone 4-8 mg needed and they still stay bradypneic; the sedation outlasts the reversal.

Clusters: [[TOWN:Red Jacket]] (3, same house on [[STREET:Mate Creek Rd]]), [[TOWN:Gilbert]] (2), and one in the [[FAC:Dollar General]] lot in [[TOWN:Delbarton]]. One of the dead is the 19yo [[PT:Caleb Hatfield]]; his mom [[REL:Jolynn]] works in our lab, so be kind if she calls.

Dr. [[HCP:Varney]] at [[FAC:Pond Creek Medical Center]] has seen 2 more with wounds already. Health dept contact is [[HCP:Sherry Blankenship]], RN, [[PHONE:304-555-0177]]; she wants every case reported with DOB. Thanks @tcline for the xylazine wound care handout.""",
    # 026 family fundraiser and TikTok filmed in the trauma bay
    """Weird situation. Teen from the [[TOWN:Kayenta]] area, MVC, we flew him out to [[FAC:Desert Sky Trauma Center]] last week. Family made a fundraiser with photos of him intubated in our trauma bay ([[URL:https://www.gofundme.com/f/help-tyrese-nez-come-home]]) and his sister [[REL:Shawnee]]'s TikTok [[HANDLE:@nezgirl_928]] has 40k views of a video filmed in our hallway, staff faces visible including our charge nurse.

Does anyone have a template for a polite take-down request? The family wants donations, not privacy, and I don't want to be the bad guy. [[PT:Tyrese]] is doing well, for what it's worth.""",
    # 027 bedside pacemaker check: lead fracture in a pacer-dependent man
    """Device check at bedside (rep on phone + programmer) — [[FAC:Harlan Ridge Hospital]] ED

Pt [[PT:Virgil Caudle]], 88M, pacer-dependent, brought in for presyncope x3 today.
Device: Medtronic Azure XT DR MRI SureScan, SN [[DEVICE:RNB604417H]], implanted [[DATE:06/2019]] at [[FAC:Big Sandy Heart Center]] by Dr. [[HCP:Oduya]]
Leads: RA 5076 SN [[DEVICE:PJN7710293]]; RV 5076 SN [[DEVICE:PJN7710418]]
Rep: [[HCP:Brent Lykins]] [[PHONE:606-555-0195]]

Findings: battery 6.2 y. RV lead impedance 520 ohms at [[DATE:11/14]] remote check, now >3000 ohms with intermittent loss of capture on the strip. Lead fracture.
Plan: transcutaneous pads on and tested (captures at 70 mA), isoproterenol ready. Transfer to [[FAC:Big Sandy Heart Center]] for lead revision; Dr. [[HCP:Oduya]] accepting.
Note: home monitor serial [[DEVICE:MCL-8834102]] is still registered to his daughter's old address in [[TOWN:Pikeville]]; that's why no alert reached anyone.""",
    # 028 LVAD patient at a critical-access ED, NW Minnesota
    """LVAD pt at our CAH tonight, my first. Sharing in case useful to the other small shops.

[[PT:Gary Lindqvist]] 66M, HeartMate 3 implanted [[DATE:Feb 2023]] at [[FAC:North Star Heart Institute]] in [[TOWN:Fargo]]. Controller SN [[DEVICE:HM3-C-220871]]. Wife [[REL:Judy]] drove him in from their farm near [[TOWN:Hallock]], 3 hrs from [[TOWN:Fargo]], after low-flow alarms x2 h. Flow 2.8, PI 1.9, doppler MAP 62. We're the only ED in [[COUNTY:Kittson County]].

Called the VAD coordinator line [[PHONE:701-555-0150]], got [[HCP:Kelsey Brandvold]] RN, who walked us through it: no CPR unless truly no flow, check the driveline, treat the MAP. Hgb 7.2 from 11, guaiac pos. GI bleed (AVMs, the usual). 2 u PRBC, held warfarin, no reversal per the VAD team.

[[FAC:Red River AirMed]] fixed wing out of [[TOWN:Thief River Falls]] took him. Lesson: find the VAD card in the bag, everything is on it.""",
    # 029 toddler drowned in a stock pond, western Oklahoma
    """Rough one. 3yo [[PT:Wyatt]] wandered off during a branding at his grandparents' place, the [[PLACE:Lazy K Ranch]] off [[STREET:E 1020 Rd]] south of [[TOWN:Cheyenne]], OK, found face-down in the stock pond, est 10 min. Uncle [[REL:Clint Harlan]] started CPR. [[FAC:Roger Mills County EMS]] got ROSC after 2 epi. We intubated at [[FAC:Roger Mills Memorial]] and [[FAC:High Plains LifeNet]] out of [[TOWN:Elk City]] took him to [[FAC:Red River Children's]] in [[TOWN:OKC]]. Mom [[REL:Brittany]] rode along.

Update [[DATE:5/21]]: extubated, following commands, talking. Fence your stock ponds, people.""",
    # 030 phone-typed: tractor rollover in a very old dairy farmer
    """[[AGE:91]]yo farmer rolled his 1965 Farmall on the hill behind the barn off [[STREET:County Hwy KK]] near [[TOWN:Westby]] [[DATE:10/3]]. no ROPS obv. pinned ~2h till the milk hauler found him. flail L chest, ptx, CK 11k. [[AGE:91]]!! still milks 40 head. refusing intubation, DNR per wife [[REL:Ingrid]] and the POLST from [[FAC:Kickapoo Valley Clinic]]. [[FAC:Coulee Region Medical Center]] in [[TOWN:La Crosse]] offered to take him, family said no. son [[REL:Arne Haugen]]: "he'd rather die on the farm anyway". chest tube, nerve block, home hospice tomorrow for mr [[PT:Haugen]]""",
    # 031 laboratory critical-value call log
    """CRITICAL VALUE NOTIFICATION LOG — [[FAC:Hardeman County Community Hospital]] Laboratory
Date: [[DATE:08/03/24]]   Shift: nights

0214 | [[PT:BOYKIN, LATRICE]] | MRN [[MRN:H0034187]] | K 7.1 (not hemolyzed) | called to Dr [[HCP:J. Oyelowo]], pgr [[PAGER:2231]] | read back Y | tech [[HCP:TMC]]
0352 | [[PT:STOVALL, E]] | MRN [[MRN:H0029902]] | Glucose 28 | called to [[HCP:Annette Pruitt]] RN, ED | read back Y | tech [[HCP:TMC]]
0515 | [[PT:ROBLES, JUAN M]] | MRN [[MRN:H0041556]] | Troponin I 4.82 ng/mL | called to Dr [[HCP:Oyelowo]] | read back Y | tech [[HCP:DKH]]""",
    # 032 death pronouncement and medical examiner note
    """ED DEATH NOTE
Pronounced [[DATE:11/27/2024]] at 0412. [[PT:Lonnie Ray Bilbrey]], 57M, brought by [[FAC:Fentress County EMS]] from his residence at [[STREET:1838 Pine Haven Rd]], [[TOWN:Jamestown]] TN, in asystole after ~45 min of CPR in the field; 20 more min here, no ROSC.
Hx per wife [[REL:Debra Bilbrey]]: CAD with stents in [[YEAR:2019]], "indigestion" after supper, collapsed in the recliner at 0250.
County ME Dr. [[HCP:Rhea Stonecipher]] notified 0430, accepts jurisdiction, no autopsy, release to [[FAC:Crest Lawn Funeral Home]].
OPO referral # [[ID:TDS-24-11093]]; eyes/tissue only per OPO.
Family at bedside: wife, daughter [[REL:Amber Bilbrey Cope]]. Chaplain present.""",
    # 033 phone-typed one-liner: EMS incoming
    """ems bringing 40s M from [[STREET:2231 old state rd 9]] in [[TOWN:gravel switch]], chainsaw to the thigh, tourniquet on, ETA 15""",
    # 034 patient texting the physician's personal cell
    """@kbrassard how do you all handle this? Got this text on my personal cell at 11 pm from a patient I gave my number to once (mistake, I know). Pasted:

"Dr [[HCP:Thibodeaux]] its [[PT:Marcy Guidry]] from [[TOWN:Ville Platte]] the one with the kidney stone. I still cant pee good and the urologist at [[FAC:Prairie Ronde Medical]] cant see me til [[DATE:Dec 12]]. my new number is [[PHONE:337-555-0131]] call me. My husband [[REL:Jody]] says go back to the ER but I aint paying another $1200"

She also sent a friend request from [[HANDLE:@marcy.guidry.337]]. I called her back from the clinic line and told her to come in.""",
    # 035 trauma H&P excerpt: jackknifed tractor-trailer
    """Trauma H&P (excerpt) — [[FAC:Grand Prairie Regional]] ED, [[DATE:1/29/2025]]

Pt: [[PT:Dmitri Volkov]], 49M, company driver for [[FAC:Sunbelt Reefer Lines]] out of [[TOWN:Laredo]].
Mechanism: tractor-trailer jackknife on black ice, [[STREET:I-40 EB mm 193]], restrained, airbag deployed, extricated 25 min.
For the trooper's report: CDL TX [[LIC:41877206]], tractor plate TX [[PLATE:R829-4KL]], VIN [[VIN:1XKYD49X0LJ417293]], trailer plate [[PLATE:1PZ-7734]].
DOT post-accident drug/alcohol test requested by employer safety dept ([[PHONE:956-555-0114]]); CCF # [[ID:4471093]].
Injuries: sternal fx, L 5-7 rib fx, small L PTX (no tube), grade II splenic lac, L ankle bimalleolar fx.
Plan: admit trauma, serial Hgb, ortho in AM.
Wife [[REL:Oksana]] in [[TOWN:Laredo]], [[PHONE:956-555-0167]], speaks Russian and English.""",
    # 036 rabies PEP question: dog bite at a chapter house
    """Rabies PEP question. 11yo bitten on the calf [[DATE:4/12]] by a loose dog at the [[FAC:Lukachukai Chapter House]] during a community meeting. Dog ran off toward [[TOWN:Round Rock]]; animal control has case [[ID:NNAC-25-0331]] open but no dog yet. Last seen along [[STREET:N-13]].

Kid is [[PT:Darius Benally]], our chart [[MRN:RM-207714]], grandma [[REL:Ella Benally]] brought him. Last tetanus [[DATE:9/2019]]. We gave vaccine day 0 but our HRIG is out; nearest is [[FAC:San Juan Basin Indian Hospital]] in [[TOWN:Shiprock]], 90 min. Is HRIG still useful up to day 7? (Yes per ACIP, I know, just want company.)""",
    # 037 telehealth visit note with the patient's connection details
    """TELEHEALTH VISIT NOTE — [[FAC:Prairie Telehealth Network]]
Patient: [[PT:Merle Ostrander]]     DOB [[DATE:12/02/1958]]     MRN [[MRN:PTN-448102]]
Visit date: [[DATE:2024-09-12]]     Start 14:02 CT     Session link [[URL:https://meet.prairietele.org/r/ostrander-m-0912]]
Patient location: home, [[STREET:31477 482nd Ave]], [[TOWN:Wessington Springs]] SD (verified verbally)
Provider location: [[FAC:Prairie Telehealth hub]], [[TOWN:Sioux Falls]]
Connection: patient device IP [[IP:174.236.88.19]]; audio dropped x2, finished by phone [[PHONE:605-555-0125]].
Presenter: daughter-in-law [[REL:Tonya Ostrander]], CNA.

HPI: COPD f/u after [[DATE:8/27]] admission. Using tiotropium daily, albuterol 2-3x/day. Still feeding cattle. No fever. Ankle swelling stable.
Exam (video): speaking full sentences, RR 18 counted by presenter, SpO2 92% on home oximeter, trace ankle edema.
Plan: add ICS/LABA, pulmonary rehab referral (he declines, 70 mi), flu/RSV vaccines at local pharmacy. Telehealth f/u [[DATE:10/10]].
[[HCP:Nadia Halvorsen]], CNP""",
    # 038 research registry abstraction sheet with MRNs left in
    """For the rural sepsis registry: my abstraction for the [[DATE:March]] cases, pls check before I upload to REDCap.

study ID | MRN | arrival | age | transferred from
RS-031 | [[MRN:772014]] | [[DATE:3/3]] | 58 | [[FAC:Clay County Medical]]
RS-032 | [[MRN:781190]] | [[DATE:3/5]] | [[AGE:97]] | [[FAC:Pleasant View Nursing]]
RS-033 | [[MRN:769934]] | [[DATE:3/9]] | 41 | walk-in
RS-034 | [[MRN:790001]] | [[DATE:3/14]] | 73 | [[FAC:Clay County Medical]]
RS-035 | [[MRN:701583]] | [[DATE:3/22]] | 35 | [[FAC:Hickman Rural Health Clinic]]

Left the MRNs in so Bethany can cross-check against the ED log, will strip them before upload. RS-032 is Mrs. [[PT:Goforth]], the one who was [[AGE:97]] and still living alone.""",
    # 039 suspected hantavirus in a young sheepherder, Four Corners
    """Sin Nombre question. 24M, helped his grandmother clean out a storage shed full of mouse droppings near [[TOWN:Teec Nos Pos]] about 2 wks ago, sheep camp up on [[PLACE:Beautiful Mountain]] since. Onset fever/myalgias [[DATE:6/9]]. Presented to [[FAC:Red Mesa Health Center]] today: plt 88, Hct 52, bandemia, immunoblasts on smear per our lab tech. CXR early interstitial edema.

Pt [[PT:Jerome Tsosie]]; mother [[REL:Gloria Tsosie]] at bedside. Serology sent to [[FAC:Four Corners Reference Lab]]. Transferring to [[FAC:Rio Grande University Hospital]] in [[TOWN:Albuquerque]] for ECMO standby. State epi Dr. [[HCP:Castañeda-Frost]] ([[PHONE:505-555-0148]]) wants a call on every suspected case.

Teaching points for the group: the 5-point smear screen, avoid fluids, early ECMO. Mortality still ~35%.""",
    # 040 bilingual border clinic note
    """Nota de clínica / Clinic note — [[FAC:Clínica de Salud Familiar del Río]], [[TOWN:Eagle Pass]], TX
Fecha / Date: [[DATE:3/15/25]]

Paciente: [[PT:María Guadalupe Sifuentes de León]], 62F, FN/DOB [[DATE:10/12/1962]]
Domicilio: [[PLACE:Colonia Loma Bonita]]. Sin seguro; sliding fee acct [[ACCT:SF-30917]].
Interpreter: declined staff interpreter; daughter [[REL:Araceli]] interpreting at pt's request.

S: DM2 x12 años. Buys insulin NPH across the bridge in [[TOWN:Piedras Negras]] at [[FAC:Farmacia San Judas]] when she can, ran out 3 wks ago. Polyuria, polydipsia, 10 lb weight loss. Vision blurry.
O: BP 152/88. Glucose 412 mg/dL. A1c 13.2%. UA 3+ glucose, neg ketones. Monofilament absent bilateral feet.
A/P: DM2 uncontrolled, no DKA. Start glargine 10 U qhs + metformin, teach-back done in Spanish. Glucometer given. Refer to [[FAC:Maverick County Diabetes Program]] [[PHONE:830-555-0124]] for CHW visits and insulin assistance. Ophtho screen. Next visit [[DATE:4/12/25]].

Dra. [[HCP:Leticia Zamarripa]]""",
    # 041 phone-typed: off-duty naloxone at a funeral dinner
    """narcan'd a guy in the fellowship hall at [[FAC:Mount Zion Free Will Baptist]] during a funeral dinner saturday [[DATE:3/2]], my first off-duty save. [[TOWN:hyden]]. he was the deceased's nephew. 2 of the 4mg nasal, came around swinging. [[FAC:leslie co ems]] took him to [[FAC:middle fork hospital]]. everybody there knew him, his mamaw [[REL:opal]] was mortified""",
    # 042 obstetric emergency at a hospital with no OB coverage
    """Shoulder dystocia + PPH at a CAH with no OB on call: how we managed, for discussion.

[[DATE:July 9]], 0140: G4P3 at ~39 wk, no prenatal care, walked into [[FAC:Choctaw General Hospital]] in [[TOWN:Butler]], AL, fully dilated. Nearest L&D is [[FAC:Queen City Women's Hospital]] in [[TOWN:Meridian]], 70 miles. Our family physician Dr. [[HCP:LaShonda Pettaway]] came in from home and we delivered together.

Turtle sign, McRoberts + suprapubic pressure failed, Rubin then Woods screw worked, ~3 min head-to-body. Baby 4.3 kg, APGAR 2/6/8, bagged 90 s.

Mom [[PT:Keisha Rembert]] then had a PPH ~1.8 L: fundal massage, oxytocin, TXA, misoprostol, Bakri, 4 u O-neg from our 6-unit fridge. [[FAC:Magnolia Air]] took mom to [[FAC:Queen City Women's Hospital]]; baby went by ground to the NICU at [[FAC:Black Warrior Children's]] in [[TOWN:Tuscaloosa]]. Baby's dad [[REL:Marquis Rembert]] followed. Both home by [[DATE:7/16]].

Lessons: mock codes for OB twice a year, Bakri in the ED not just L&D, and a massive transfusion plan that fits a 6-unit fridge.""",
    # 043 lightning strike on a golf course
    """Lightning strike [[DATE:6/30]]: 2 brothers under a pine on the 14th at [[FAC:Pinecrest Golf Club]] outside [[TOWN:Harrison]] AR. One arrested, bystander CPR, course AED shocked once, ROSC. That's [[PT:Kyle Lowery]], 41M: Lichtenberg figures on the chest, keraunoparalysis of both legs that resolved in 3 h, troponin 0.9, EF fine. Brother [[REL:Jared Lowery]] has a ruptured TM and that's it. [[PT:Kyle]] to [[FAC:Buffalo River Medical Center]] for tele. Reverse triage works, folks: treat the dead-looking ones first.""",
    # 044 faxed outpatient pharmacy fill history for med rec
    """Med rec: fill history faxed from outpatient pharmacy
[[FAC:Cawthon's Pharmacy]], [[STREET:108 Main St]], [[TOWN:Columbia]], LA   ph [[PHONE:318-555-0135]]   fax [[FAX:318-555-0136]]

Pt: [[PT:Eunice Tullos]]   DOB [[DATE:4/19/1931]]   ([[AGE:93]])

Rx# [[ID:6024471]]  apixaban 2.5 mg BID          filled [[DATE:10/28]]  #60  Dr. [[HCP:Brister]]
Rx# [[ID:6024472]]  metoprolol succ 25 mg daily  filled [[DATE:10/28]]  #30  Dr. [[HCP:Brister]]
Rx# [[ID:5998310]]  furosemide 40 mg daily       filled [[DATE:9/30]]   #30  Dr. [[HCP:Brister]]
Rx# [[ID:6031987]]  oxycodone-APAP 5/325 q6h prn filled [[DATE:11/4]]   #20  Dr. [[HCP:Mayeaux]] ([[FAC:Caldwell Parish Urgent Care]])

Comment: granddaughter [[REL:Kayla]] picks up. No fill of donepezil since summer.""",
    # 045 physician letter to the state licensing office after a seizure at the wheel
    """[[DATE:January 14, 2025]]

Medical Review Unit
Division of Driver Licensing

RE: [[PT:Brandon Keith Mullins]]
DOB: [[DATE:06/08/1996]]
Operator's License No.: [[LIC:M07-431-882]]

To the Medical Review Unit:

Mr. [[PT:Mullins]], a patient of [[FAC:Rockcastle Family Practice]], was evaluated in our emergency department on [[DATE:12/29/2024]] after a generalized tonic-clonic seizure while driving on [[STREET:US-25]] near [[TOWN:Livingston]]; his pickup left the road and came to rest in [[PLACE:Roundstone Creek]]. He had a prior seizure in [[DATE:August 2024]] and had stopped levetiracetam on his own. No other person was injured.

Under state regulations I recommend that his driving privilege be suspended until he has been seizure-free for 90 days on treatment, as documented by his treating neurologist. He has been counseled and verbalized understanding.

Sincerely,

[[HCP:Cara Whitt]], MD
Emergency Department, [[FAC:Mount Vernon Community Hospital]]
[[STREET:145 Richmond St]], [[TOWN:Mount Vernon]], KY [[ZIP:40456]]
[[PHONE:606-555-0158]]   [[EMAIL:cwhitt@mvch-ky.org]]""",
    # 046 phone-typed: frostbite from an oil-field man camp
    """3rd frostbite from the same man camp this week, [[FAC:Cottonwood Crew Lodge]] south of [[TOWN:Watford City]], all hands for [[FAC:Badlands Frac Services]]. latest [[DATE:jan 9]]: [[PT:Tavaris Oatis]] 33M from [[TOWN:Hattiesburg]] MS, 2 wks on the job, walked 3 mi when his pickup died on [[STREET:Hwy 85]] at -41 windchill. grade 3 fingers + toes, no bone scan here. tPA per protocol after call w/ Dr [[HCP:Lindgren]] at [[FAC:Souris Valley Medical Center]] burn. no iloprost in the state that night. employer HR [[PHONE:701-555-0163]] keeps calling to ask when he's back on shift""",
    # 047 pasted text thread with the night nurse while on home call
    """texts from our night RN (Shauna Reddick) on [[DATE:1/26]] while I was home call at [[FAC:Overton Plateau Hospital]], for the "do we need in-house coverage" debate:

Shauna 0112: mr [[PT:hickey]] in rm 3 bp 78/40 after his 2nd liter
me 0114: lactate?
Shauna 0115: 5.2. wife [[REL:darla]] wants to know if she should call their son in [[TOWN:knoxville]]
me 0116: start levo peripheral, coming in
Shauna 0140: new one. 16yo [[PT:Makenzie Dyer]] took her mom's amitriptyline, QRS 128. mom [[REL:Renee]] found the empty bottle. PCC case [[ID:TN2025-004417]]
me 0141: 2 amps bicarb now, 10 min out
Shauna 0355: [[FAC:Cumberland Plateau Air]] here for [[PT:Makenzie]]""",
    # 048 short request for outside records
    """Anyone at [[FAC:Wind River Family Health]] today? Looking for records on [[PT:Marvin Spoonhunter]], DOB [[DATE:2/14/1971]], seen there for a dog bite around [[DATE:Christmas]]. He's in our ED in [[TOWN:Lander]] with an infected hand and doesn't remember what he got. Fax [[FAX:307-555-0180]] attn ED.""",
    # 049 adult protective services referral, Mississippi Delta
    """APS referral (text of my report)
Vulnerable adult: [[PT:Essie Mae Gaddis]], [[AGE:96]] y/o F, DOB [[DATE:08/30/1928]]
Address: [[STREET:3077 Old Highway 49 E]], [[TOWN:Tutwiler]], MS [[ZIP:38963]], [[COUNTY:Tallahatchie County]]
Medicaid # [[PLAN:MS81730045]]     SSN ***-**-[[SSN:4408]]
Alleged perpetrator: grandson [[REL:Terrance Gaddis]], lives in the home and controls her SSI.
Reporter: [[HCP:Morgan Ellzey]], LCSW, [[FAC:Tallahatchie General Hospital]], [[PHONE:662-555-0116]]

Concerns: stage 4 sacral ulcer with exposed bone, weight 71 lb, dried stool to the waist, no food in the home per EMS. Last seen by Dr. [[HCP:Kimbrell]] at [[FAC:Tutwiler Clinic]] in [[DATE:May]]. Deacon [[REL:Otis Pernell]] of [[FAC:Greater New Hope M.B. Church]] brought her in after she missed three Sundays and nobody answered the door.""",
    # 050 bilingual discharge instructions
    """INSTRUCCIONES DE ALTA / DISCHARGE INSTRUCTIONS
[[FAC:Mesilla Valley Community Hospital]] — Emergencias / Emergency

Paciente / Patient: [[PT:Luz Elena Carrasco]]     Fecha / Date: [[DATE:06/03/2025]]
Dirección / Address: [[STREET:412 Calle Tortuga]], [[TOWN:Chaparral]], NM [[ZIP:88081]]

Diagnóstico / Diagnosis: Pielonefritis (infección del riñón) / Pyelonephritis (kidney infection)
Medicamento / Medicine: cefalexina 500 mg cada 6 horas por 10 días / cephalexin 500 mg every 6 hours for 10 days
Cita / Follow-up: [[FAC:Centro de Salud La Unión]] con Dr. [[HCP:Aldaco]], [[DATE:9 de junio]] a las 10:00. Tel [[PHONE:575-555-0172]].
Regrese si / Return if: fiebre más de 39 °C, vómito que no para, dolor fuerte, confusión / fever over 39 °C, vomiting that won't stop, severe pain, confusion.
Portal del paciente, código de activación / Patient portal activation code: [[ID:7KQ2X-M4RT9-PL0W3]]

Firma / Signature: [[REL:Daniela Carrasco]] (hija / daughter, intérprete)""",
    # 051 agitation thread reply: ketamine for a jail transfer
    """@drmbarker re your agitation question, here's ours from last night. 29M from [[FAC:Val Verde County Jail]] in [[TOWN:Del Rio]], brought by [[FAC:Del Rio EMS]]: meth, 4 deputies holding him, bit a jailer. Ketamine 400 mg IM (5 mg/kg by eyeball), dissociated in 4 min, no laryngospasm. Droperidol 5 mg later for emergence, QTc 452. CK 9,800, fluids, obs overnight.

He's [[PT:Adrián Castillo]] if anyone at [[FAC:Val Verde Regional]] sees him bounce back; 3rd visit since [[DATE:Aug 30]]. Jail nurse [[HCP:Yolanda Ibarra]], fax [[FAX:830-555-0146]] for the transfer paperwork, inmate # [[ID:VV-24-1187]].""",
    # 052 follow-up post: organophosphate drift exposure in a child
    """Update on the kid from [[TOWN:ruleville]] I posted about in [[DATE:october]] (organophosphate exposure from crop-duster drift over [[PLACE:Sunflower Landing]]): [[PT:Jamarion]] went home from [[FAC:Mid-South Children's]] on [[DATE:11/2]], walking, mild weakness L hand, neuro f/u in a month. @cmcgee thanks again for the atropine doubling advice at 2 am, we ended up at 48 mg total.

Family wants to thank the [[FAC:Sunflower County EMS]] crew, [[HCP:Tasha]] and "[[HCP:Big Mike]]", who recognized it from the smell. Grandmother [[REL:Bernice Tolliver]] made them pies.""",
]

FREE_NOTES: list[str] = [
    # 053 teaching post: Rocky Mountain spotted fever and ehrlichiosis
    """Tick season reminder for the farm-belt and Ozark folks: Rocky Mountain spotted fever kills kids because we wait for the rash.

- Rash is absent at presentation in up to half. Palms/soles is LATE.
- Doxycycline is the drug at any age: 2.2 mg/kg BID (max 100 mg) for kids under 45 kg. The dental staining data were from tetracycline, not doxy.
- Ehrlichia (Lone Star tick) looks the same: leukopenia, thrombocytopenia, transaminitis, hyponatremia. Same treatment.
- Don't wait for serology; acute titers are negative in week 1.
- Murine typhus along the border: same drug, same dose.
CDC clinician page: https://www.cdc.gov/rocky-mountain-spotted-fever/hcp/""",
    # 054 summary: Ottawa rules, Canadian C-spine rule and NEXUS
    """Decision rules cheat sheet (for the new PAs, print it)

Ottawa ankle rules: x-ray if malleolar pain AND bone tenderness at posterior edge/tip of either malleolus OR unable to bear weight 4 steps both immediately and in the ED. Foot series if tender at base of 5th MT or navicular.
Ottawa knee rule: age >=55, isolated patellar tenderness, fibular head tenderness, can't flex to 90, can't bear weight 4 steps.
NEXUS: no midline tenderness, no intoxication, normal alertness, no focal deficit, no painful distracting injury. Hoffman et al., NEJM 2000.
Canadian C-spine rule: high-risk factor (age >=65, dangerous mechanism, paresthesias) -> image. Low-risk factor present and able to rotate 45 degrees L and R -> no imaging. Stiell et al., JAMA 2001.
Dangerous mechanism includes the ATV rollover and the fall off the hay wagon, which is half of what we see.""",
    # 055 antivenom dosing for North American pit vipers
    """Pit viper antivenom, quick version (copperhead, cottonmouth, rattlesnakes)

| | CroFab (FabAV) | Anavip (F(ab')2) |
|---|---|---|
| Initial | 4-6 vials, up to 12 if shock | 10 vials |
| Repeat for control | 4-6 vials | 10 vials |
| Maintenance | 2 vials q6h x3 | none; PRN for late coagulopathy |
| Late recurrence | more common | less common |

Copperheads: most need nothing but elevation, analgesia and observation; the Unified Treatment Algorithm (Lavonas et al., BMC Emerg Med 2011) still holds up. No tourniquets, no ice, no cutting, no suction, no electric shock (yes, someone asked). Poison center for every bite.""",
    # 056 journal club thread: tenecteplase for stroke
    """Journal club thread, TNK for stroke

Hollis Grant: for Thursday, AcT (Menon et al., Lancet 2022, doi:10.1016/S0140-6736(22)01054-6) and the ORIGINAL trial. TNK 0.25 mg/kg noninferior to alteplase.
Marisol Ybarra: the bolus is the whole point for us. one push, load them on the helicopter, no pump to babysit at 2000 ft
Kwame Asante: pharmacy wants us to stock only one agent. ok with that if the dosing card has the weight bands
Hollis Grant: 0.25 mg/kg max 25 mg for stroke; 0.5 mg/kg max 50 mg for STEMI. two different boxes, please, or someone will give the MI dose to a stroke
Marisol Ybarra: agree. color-coded. also telestroke still has to sign off before we push""",
    # 057 rota chat: swapping shifts
    """Deb Stroud: anyone want my Sat overnight? kid's tournament is 4 hrs away
Luis Carranza: I'll take it if you take one of my Tuesday days in the next block
Deb Stroud: deal. @nate.oyler can you update the schedule in the app, I don't have edit rights
Nate Oyler: done. reminder the next block opens for requests Monday, max 2 weekends each, holidays rotate per last year's list
Luis Carranza: and whoever took the ultrasound probe cover home, bring it back""",
    # 058 teaching post: accidental hypothermia staging
    """Accidental hypothermia, since we're heading into it:

Swiss staging (clinical, for when you have no low-reading thermometer):
HT I: conscious, shivering (~35-32 C)
HT II: impaired consciousness, not shivering (~32-28 C)
HT III: unconscious, vital signs present (~28-24 C)
HT IV: no vital signs (<24 C)

Arrest + core <30: do CPR, max 3 shocks, hold epi until >30, then double the interval until 35.
HOPE score (age, sex, mechanism, CPR duration, K, temp) predicts survival with ECMO; K >12 = futile.
Rewarming: passive for I, active external for II, active internal/ECMO for III-IV. Handle gently, VF threshold is low.
"Not dead until warm and dead" still applies, with the caveat of asphyxia or K.""",
    # 059 alpha-gal syndrome and Lyme in the upper Midwest
    """Seeing more alpha-gal syndrome than ever. Delayed (3-6 h) urticaria/anaphylaxis after red meat, sometimes GI-only. Lone Star tick bites, now well north of where textbooks put it. Check alpha-gal IgE; counsel about gelatin, some cetuximab reactions, and heparin (porcine) in the rare very sensitive patient.

Related: Lyme disease is now endemic through most of the Upper Midwest. Erythema migrans is a clinical diagnosis, don't send serology in the first weeks. Single-dose doxy 200 mg prophylaxis only if Ixodes attached >=36 h, removed within 72 h, and local infection rate >20%.""",
    # 060 heat illness protocol
    """Heat illness protocol, summer edition

Exertional heat stroke = CNS dysfunction + core temp usually >40 C. Rectal temp, not oral, not tympanic, not temporal.
Cool first, transport second. Cold-water immersion cools ~0.15-0.35 C/min; ice-water towels and body-bag immersion are acceptable substitutes.
Stop at 38.9 C.
Check glucose, Na (EAH can mimic), CK, K, LFTs (peak 24-72 h), coags.
No antipyretics. No dantrolene.
WBGT >32 C: flag for outdoor workers; OSHA's heat guidance and NIOSH criteria are linked on the shared drive.""",
    # 061 organophosphate toxidrome teaching
    """Organophosphate and carbamate poisoning, for the ag-county crowd

Muscarinic: DUMBELS / SLUDGE plus the killer Bs (bronchorrhea, bronchospasm, bradycardia).
Nicotinic: fasciculations, weakness, paralysis, tachycardia, mydriasis (can confuse you).
CNS: seizures, coma.

Atropine 1-2 mg IV (peds 0.02 mg/kg), DOUBLE every 5 min until secretions dry. Endpoint is dry lungs, not heart rate or pupils. Totals of 20-100+ mg are not rare.
Pralidoxime 30 mg/kg load then 8-10 mg/kg/h for organophosphates.
Benzos for seizures. Avoid succinylcholine.
Decon: remove clothes, wash skin; staff PPE. Intermediate syndrome at 24-96 h: watch neck flexion and respiratory muscles.""",
    # 062 teaching post: hantavirus cardiopulmonary syndrome
    """Hantavirus cardiopulmonary syndrome refresher (credit to Wendell Tso's grand rounds, slides on the drive)

Sin Nombre virus, deer mouse reservoir, first recognized in the Four Corners outbreak in 1993. Exposure: cleaning closed-up sheds, cabins, barns.
Prodrome 3-7 days looks like flu. Then rapid cardiopulmonary phase.
5-point peripheral smear screen: thrombocytopenia, left shift without toxic granulation, immunoblasts >10% of lymphs, hemoconcentration, and falling platelets. 4 of 5 = high suspicion.
Management: supportive, cautious fluids, early transfer to an ECMO center. Ribavirin doesn't help HCPS.""",
    # 063 coccidioidomycosis (valley fever)
    """Valley fever (coccidioidomycosis) in travelers and farm workers from the Southwest

- Think of it in the CAP that doesn't respond to azithromycin, especially with erythema nodosum, arthralgias ("desert rheumatism"), or eosinophilia.
- Serology: EIA IgM/IgG screen, confirm with immunodiffusion and complement fixation.
- Most don't need treatment. Treat pregnant, immunocompromised, diabetics with severe disease, Filipino and Black patients with dissemination risk, CF titer >=1:16.
- Fluconazole 400 mg daily.
Also called San Joaquin Valley fever. IDSA 2016 guideline is still the reference.""",
    # 064 plague and tularemia in the Southwest
    """Reminder that plague and tularemia are still endemic in the rural Southwest and High Plains.

Plague: bubo (exquisitely tender, no lymphangitis), fever, exposure to prairie dogs, rock squirrels, cats. Gentamicin or streptomycin; doxy or cipro are alternatives. Pneumonic plague = droplet precautions, call the state lab before you send cultures.
Tularemia: ulceroglandular after skinning rabbits, pneumonic after mowing over a carcass ("lawnmower tularemia"). Gentamicin or cipro. Warn the lab: Francisella is a lab hazard.
Both are reportable immediately.""",
    # 065 rural crash-cart drug list with brand names
    """Updated crash cart / resus box list for the CAH, after our last code:

- Epinephrine 1 mg/10 mL x6, plus 1 mg/mL vials for push-dose
- Amiodarone 150 mg x4; lidocaine 100 mg x2
- Adenosine 6 mg x2, 12 mg x2
- Calcium chloride 1 g x2, sodium bicarbonate 50 mEq x4
- Naloxone (Narcan nasal 4 mg + 0.4 mg vials)
- Kcentra 1000 units x2 (check weight and INR dosing card)
- Andexxa: not stocked, cost; call pharmacy for Xa reversal
- Praxbind 2.5 g x2
- Succinylcholine, rocuronium, ketamine, etomidate; sugammadex on the anesthesia cart
- Tenecteplase (TNKase) 50 mg, stroke and STEMI dosing cards taped to the box
Checked daily by night RN.""",
    # 066 DKA protocol lab table
    """DKA protocol lab flow, updated

| Time | Labs | Notes |
|---|---|---|
| 0 h | BMP, VBG, BHB, CBC, Mg, Phos, UA, hCG | K <3.5: replete before insulin |
| 1 h | POC glucose | insulin 0.1 U/kg/h, no bolus |
| 2 h | BMP, VBG, BHB | add D5 when glucose <250 |
| q2h | BMP, VBG | |
| q1h | POC glucose | |

Resolution: glucose <200 plus two of HCO3 >=15, pH >7.3, AG <=12 (or BHB <0.6). Overlap basal insulin 2 h before stopping drip.""",
    # 067 conference chat among colleagues
    """Colleen Marchetti: who's going to the rural EM conference this spring? abstract deadline is end of the month
Omar Siddiqui: submitted our TNK-by-helicopter time data. 38 cases, small, but door-to-needle dropped a lot
Colleen Marchetti: nice. I'm doing the ultrasound workshop, need 2 more instructors for the FAST/eFAST station
Omar Siddiqui: I can do one session. is CME covered this year or is it the "budget freeze" again
Colleen Marchetti: covered up to the usual amount, keep receipts. also AAEM and ACEP both have rural sections now, worth joining""",
    # 068 pediatric head CT rules and syncope rules
    """Head CT and syncope rules: what's validated where

PECARN (Kuppermann et al., Lancet 2009): <2 y: GCS <15, palpable skull fx, AMS; then occipital/parietal/temporal hematoma, LOC >=5 s, severe mechanism, not acting normally. >=2 y: GCS <15, basilar skull fx signs, AMS; then LOC, vomiting, severe mechanism, severe headache.
Canadian CT Head Rule: adults with minor head injury and GCS 13-15; high risk = GCS <15 at 2 h, suspected open/depressed fx, basal skull fx signs, vomiting >=2, age >=65.
San Francisco Syncope Rule (CHESS): CHF history, Hct <30, ECG abnormal, SOB, SBP <90. Performed worse in external validation.
Canadian Syncope Risk Score is the better one now.""",
    # 069 air-medical activation criteria
    """When to call the helicopter from the scene (our regional protocol, abbreviated):

- GCS <=13 with mechanism, or any penetrating injury to head/neck/torso
- Amputation proximal to wrist/ankle, flail chest, 2+ long bone fx
- Burns >20% TBSA or airway involvement
- STEMI or LVO stroke with ground transport >45 min to a capable center
- Entrapment >20 min with ground time >30 min
- Pediatric arrest is NOT an indication (scoop and go to the nearest ED)
Weather and crew duty limits are the pilot's call, never argue. Request early, cancel freely, no penalty.""",
    # 070 poison line and common farm exposures
    """Poison Help line is 1-800-222-1222 (routes to your regional center, 24/7, free). Use it for every exposure, including the ones you know, because they track trends.

Common farm and ranch calls in our region:
- Anhydrous ammonia: decon, airway, eyes (irrigate to pH 7-7.5)
- Organophosphates: atropine to dry secretions
- Paraquat: no O2 unless hypoxic, early transfer
- Ivermectin (horse paste): ataxia, coma
- Ethylene glycol in antifreeze left in pop bottles
- Rodenticides: superwarfarins (long vitamin K course), bromethalin, zinc phosphide (phosphine gas, evacuate the room)
988 for the mental health crisis line.""",
    # 071 rabies post-exposure prophylaxis schedule
    """Rabies PEP, ACIP schedule (unvaccinated, immunocompetent):
Day 0: HRIG 20 IU/kg, infiltrate as much as possible into and around the wound, rest IM distant from vaccine site. Vaccine 1 mL IM deltoid.
Days 3, 7, 14: vaccine.
Immunocompromised: add day 28 and check titers.
Previously vaccinated: vaccine days 0 and 3, no HRIG.
HRIG can be given up to day 7 after the first vaccine dose.
Bats: any direct contact, or a bat in the room with a sleeping person, child, or intoxicated adult = PEP.
Dogs/cats/ferrets that can be observed for 10 days: can defer.
Skunks, raccoons, foxes, coyotes = rabid until proven otherwise.""",
    # 072 frostbite management
    """Frostbite management, updated

Rewarm in 37-39 C circulating water for 15-30 min, until tissue is soft and red/purple. Don't rewarm if refreezing is possible.
Debride clear blisters (or aspirate), leave hemorrhagic blisters intact. Aloe vera topically, ibuprofen 12 mg/kg/day.
Grade 3-4 (Cauchy classification) within 24 h of rewarming: consider tPA (IV or IA) if no contraindications, or iloprost IV (FDA approved for severe frostbite in 2024; limited supply, call pharmacy early).
Tetanus. Bone scan day 2-4 predicts amputation level. Amputation decisions wait weeks: "frostbite in January, amputate in July".""",
    # 073 score and criteria list
    """Scores I actually use on shift (and the ones I don't)

Use: HEART (chest pain), Wells + PERC (PE), CURB-65 and PSI (CAP), Glasgow-Blatchford (UGIB, score 0-1 = outpatient), Canadian CT Head, PECARN, NEXUS, Ottawa ankle/knee, CHA2DS2-VASc, HAS-BLED, Centor/McIsaac, qSOFA (as a trigger, not a rule-out), NEWS2.
Don't use much: full Rockall (needs endoscopy), SIRS alone, TIMI in the ED, Geneva (fine but Wells is what the consultants speak).
MDCalc has them all, but know the inputs before you trust the output.""",
    # 074 blunt cerebrovascular injury screening criteria
    """BCVI screening: expanded Denver criteria vs Memphis criteria

Denver signs/symptoms: arterial hemorrhage, cervical bruit <50 y, expanding hematoma, focal deficit, infarct on CT, neuro exam inconsistent with head CT.
Denver risk factors (expanded): high-energy mechanism with LeFort II/III, mandible fx, basilar skull fx through carotid canal, C-spine fx (esp. C1-C3, transverse foramen), near-hanging with anoxia, clothesline/seat-belt abrasion with swelling, TBI with thoracic injury, scalp degloving, thoracic vascular injury, upper rib fx.
Memphis: C-spine fx, neuro exam not explained by imaging, Horner syndrome, LeFort II/III, skull base fx involving foramen lacerum, neck soft-tissue injury.
Biffl grading I-V. Bottom line: we CTA the neck liberally; aspirin if positive and no contraindication.""",
    # 075 prehospital stroke scales
    """Prehospital LVO scales, because the EMS agencies keep asking which one:

Cincinnati Prehospital Stroke Scale: face, arm, speech. Detects stroke, not LVO.
LAMS (Los Angeles Motor Scale): facial droop 0-1, arm drift 0-2, grip 0-2; >=4 suggests LVO.
RACE: face, arm, leg, gaze, aphasia/agnosia; >=5 suggests LVO.
FAST-ED: face, arm, speech, eye deviation, denial/neglect; >=4.
VAN: vision, aphasia, neglect, with arm weakness.
MEND (Miami Emergency Neurologic Deficit) is more detailed, used by some air crews.
Pick one for the whole region and train to it. For us, 90 min to thrombectomy, the choice matters less than the phone call.""",
    # 076 anticholinergic toxidrome: jimson weed
    """Jimson weed season. The name comes from Jamestown weed (the soldiers' episode is the famous one). Datura stramonium: teens steep the seeds as tea or eat them.

Anticholinergic toxidrome: hot as a hare, dry as a bone, red as a beet, blind as a bat, mad as a hatter, full as a flask. Picking at the air, mumbling, urinary retention, tachycardia, ileus.
Physostigmine 0.5-2 mg IV slowly (peds 0.02 mg/kg) if no QRS widening; diagnostic and therapeutic, and often avoids the LP and CT. Have atropine ready. Benzos for agitation.
Bladder scan every one of them.""",
    # 077 guideline summary: hyperglycemic crises consensus
    """ADA/EASD/JBDS/AACE/DTS consensus on hyperglycemic crises in adults (Diabetes Care 2024, doi:10.2337/dci24-0032), the changes that matter in the ED:

- DKA definition: glucose >=200 OR known diabetes (euglycemic DKA now explicitly included), ketones (BHB >=3.0 mmol/L), and acidosis (pH <7.3 or HCO3 <18).
- BHB preferred over urine ketones.
- Isotonic crystalloid; balanced solutions OK.
- Fixed-rate insulin 0.1 U/kg/h; subcutaneous rapid-acting protocols acceptable for mild-moderate DKA.
- Start basal insulin early.
- SGLT2 inhibitors: stop, and think euDKA.""",
    # 078 pediatric resuscitation tools
    """Peds resus tools for the small ED

Pediatric Assessment Triangle (appearance, work of breathing, circulation to skin) from the doorway in 30 s.
Broselow tape: length-based color zones for weight, doses, and equipment. Underestimates weight in heavier kids.
Handtevy: age-based, precalculated volumes, the local EMS agencies switched to it, so our carts now have both.
Weight-based essentials: epi 0.01 mg/kg (0.1 mL/kg of 0.1 mg/mL), fluids 20 mL/kg, D10 5 mL/kg, defib 2 J/kg then 4 J/kg.
Pediatric Readiness Project checklist takes an hour. Do it.""",
    # 079 de-identified case post, heavy on abbreviations
    """45M s/p MVC vs deer, restrained, +AB deployment, GCS 15, ambulatory at scene. FAST neg, CXR neg, CTA C/A/P neg, CT C-spine neg. Sternal TTP, trop neg x2, ECG NSR. d/c w/ APAP/ibuprofen, IS, RTC/RTER precautions. Q: anyone still getting a 2nd trop for isolated sternal tenderness w/ nl ECG? EAST says no but our hospitalists want it.""",
    # 080 mushroom poisoning
    """Mushroom season on the morel hunters' forums, so:

Onset <6 h with GI symptoms alone: usually benign (but co-ingestion happens).
Onset >6 h with GI symptoms then a lull: Amanita phalloides/bisporigera (death cap/destroying angel) until proven otherwise. Check LFTs q12h, INR, renal function. Silibinin (IV) is available through the CDC/manufacturer IND; call poison center early. NAC, aggressive fluids, transplant center early.
Gyromitra (false morel): seizures, treat with pyridoxine 70 mg/kg.
Cortinarius: renal failure days to weeks later.
Photos of the mushroom help; mycologists volunteer through the poison center.""",
    # 081 carbon monoxide and hyperbaric oxygen
    """CO poisoning and HBO: what the evidence says

Weaver et al. (NEJM 2002, doi:10.1056/NEJMoa013121): 3 HBO sessions within 24 h reduced cognitive sequelae at 6 weeks and 12 months vs normobaric O2.
Commonly used HBO criteria (UHMS-ish): LOC, neuro deficits, COHb >25% (>15% pregnancy), cardiac ischemia, severe acidosis.
Reality in the rural South: the nearest 24h chamber is often 2-3 h away. 100% NRB while you decide; the half-life drops from ~5 h to ~80 min.
Pulse ox is unreliable. Order co-oximetry. Check troponin and ECG in every moderate/severe case. Ask about generators, grills, and space heaters.""",
    # 082 EMTALA teaching for transfers
    """EMTALA refresher for the transfer debates:

- The sending hospital must provide an MSE and stabilizing treatment within its capability.
- A transfer of an unstable patient requires a physician certification that benefits outweigh risks, consent (or documented refusal), records sent, and an accepting physician at a facility with capacity.
- Hospitals with specialized capabilities (burn, trauma, STEMI, NICU) MUST accept if they have capacity. "No beds" needs to be true.
- Document the times of every call and who you spoke to.
- Lateral transfers for insurance reasons are not EMTALA-protected.
CMS Interpretive Guidelines, Appendix V, is the reference. It's long; read sections 489.24(e) and (f).""",
    # 083 the Community Health Aide Program in Alaska
    """For the new docs on the Alaska list: how the Community Health Aide Program works.

CHAs/CHPs are village-based, trained in four sessions plus preceptorship, and work from the Community Health Aide Manual (CHAM). They call the referral physician for anything beyond standing orders. You are that physician, often at 3 am, often by phone with a bad connection and no vitals monitor.

Tips: ask them to read you the numbers twice; ask what they have on the shelf before you order something; weather decides disposition, so give a plan for "can't fly for 24 h". They know the patient, the family, and the village; trust that.""",
    # 084 Spanish phrases for the ED
    """Frases útiles en urgencias (from Rafael's handout, thanks @rmontemayor):

¿Dónde le duele? - Where does it hurt?
¿Desde cuándo? - Since when?
¿Es alérgico a algún medicamento? - Are you allergic to any medicine?
¿Está embarazada? - Are you pregnant?
Voy a llamar a un intérprete. - I'm going to call an interpreter.
No coma ni beba nada. - Don't eat or drink anything.
Respire profundo. - Take a deep breath.

Use the interpreter line for consent, bad news, and discharge instructions. Family members, and especially kids, are not interpreters for anything that matters.""",
    # 085 cultural humility in IHS and tribal EDs
    """A few things I wish someone told me before my first year in an IHS ED in the Navajo Area:

- Yá'át'ééh is hello; learn it and use it.
- Don't talk about bad outcomes as if they will happen ("if you don't take this you'll lose your foot") without asking how the patient wants to hear risk; many elders find it harmful. Speak in the third person or hypothetically.
- Many patients have no running water or electricity. Insulin storage, nebulizers, and "follow up in 2 days" are not simple.
- Traditional healing is part of care. Ask, don't assume.
- Interpreters are clinical staff; bring them into the plan.
Recommended: the IHS cultural orientation modules and the tribal health board's community sessions.""",
    # 086 xylazine wound care and naloxone leave-behind
    """Xylazine ("tranq") wounds: what's working for us

- Moist wound care, non-adherent dressing, petrolatum gauze, change daily. Not dry gauze.
- Antibiotics only for true cellulitis/abscess.
- Necrotic eschar: don't aggressively debride in the ED.
- Xylazine is not reversed by naloxone; give naloxone for ventilation, not for sedation. Titrate to breathing.
- Withdrawal: anxiety, restlessness, hypertension; clonidine or dexmedetomidine.
- Leave-behind naloxone kits + test strips (fentanyl and xylazine) for every OD discharge. Standing order is on the intranet.""",
    # 087 hydrogen sulfide in the oil field
    """Hydrogen sulfide ("sour gas") exposures, oil-field edition

Rotten-egg smell at low ppm; olfactory paralysis at ~100 ppm, so "it stopped smelling" is BAD. "Knockdown" at >500 ppm: sudden collapse, apnea.
Most deaths are rescuers going in without SCBA.
Treatment: remove, O2, supportive. Most who arrive alive recover. Hydroxocobalamin (Cyanokit) has theoretical benefit; nitrites are out of favor.
Look for eye irritation ("gas eye"), pulmonary edema delayed 24-72 h.
NIOSH and OSHA fact sheets are decent patient handouts for the crews.""",
    # 088 journal club: prehospital whole blood
    """Beau Thibault: for journal club, whole blood on rural ground EMS. Braverman et al. and the Prehospital Emergency Care review (doi:10.1080/10903127.2021.1995089). our blood bank says they'll rotate 2 units of LTOWB to the air base and take back at day 14
Hannah Ekberg: the real question for us is the 90 min ground transport. any data for that?
Beau Thibault: not much. the PAMPer trial was plasma, air, and showed a mortality benefit (Sperry et al., NEJM 2018)
Hannah Ekberg: ok. I'll bring the cost numbers and the waste rate from other programs""",
    # 089 ECG quiz chat
    """Meg Sorrell: ECG quiz, 48M, chest pain resolved, now pain-free. deeply inverted symmetric T V2-V3. what is it
Aaron Redhouse: Wellens type B... no, biphasic is A, deep symmetric is B. either way LAD, cath, no stress test
Meg Sorrell: correct. bonus: upsloping ST depression with tall peaked T in V1-V6
Aaron Redhouse: de Winter. STEMI-equivalent. and coved ST elevation in V1-V2 is Brugada type 1, and Sgarbossa for LBBB. I read the book too
Meg Sorrell: lol. next week: hyperkalemia masquerades""",
    # 090 board review question: coral snakes and rattlesnakes
    """Board review Q: A 9yo is bitten on the finger by a snake with red, yellow, and black bands, red touching yellow, while the family is camping in south Texas. He has minimal pain, no swelling. Best next step?
A) Discharge, no envenomation
B) Observe 2 h
C) Admit for 24 h observation and have coral snake antivenom available
D) Give CroFab
E) Apply a tourniquet

Answer: C. "Red on yellow, kills a fellow." Eastern and Texas coral snake venom is neurotoxic, onset can be delayed up to 12 h, and local findings are minimal. CroFab doesn't cover coral snakes. Mojave rattlesnake (Mojave toxin) can also cause neurotoxicity with little local swelling.""",
    # 091 rural ED staffing survey results
    """Results from the rural ED staffing survey (n=84 critical-access hospitals, 7 states, response rate 61%):

- 52% staffed by a single physician overnight; 31% by an APP alone with physician backup by phone.
- Median time for backup to arrive: 25 min (IQR 15-40).
- 68% have no in-house OB coverage.
- 44% transfer >20% of ED admissions.
- Top 3 reported threats: locum turnover, transfer delays (mean 3.2 h for bed acceptance), and boarding psych patients >24 h.
Full slides on the shared drive. Comments welcome before we submit.""",
    # 092 teaching post: anhydrous ammonia and industrial disasters
    """Anhydrous ammonia (NH3), the farm version of a chemical weapon:
- Liquefied under pressure, expands 850x, hygroscopic: seeks moisture in eyes, airway, sweaty skin.
- Liquefaction necrosis = deeper than it looks.
- Decon with water, lots of it. Eyes: irrigate to pH 7.0-7.5, recheck 30 min after stopping.
- Early airway if voice change, stridor, or burns to the oropharynx.
- Thieves stealing it for meth labs are a common presentation.
Historical context: the Bhopal disaster was methyl isocyanate, not ammonia, but the lesson on community evacuation distances is the same.""",
    # 093 infections to screen for in immigrant patients
    """Infections to remember in patients from Mexico and Central America (not an exhaustive list):

- Chagas disease (Trypanosoma cruzi): cardiomyopathy, conduction disease (RBBB + LAFB), megacolon. Romaña sign in acute disease. Screen before attributing a new cardiomyopathy to alcohol.
- Strongyloides: screen (or empirically treat with ivermectin) before high-dose steroids; hyperinfection kills.
- Neurocysticercosis: new-onset seizure in an adult from an endemic area = CT.
- TB: QuantiFERON for LTBI, CXR for active disease.
- Brucellosis from unpasteurized cheese (queso fresco).""",
    # 094 pediatric vasculitis and inflammatory syndromes
    """Kawasaki vs MIS-C vs the rest, quick peds table

Kawasaki disease: fever >=5 days + 4/5 (conjunctivitis, oral changes, rash, extremity changes, cervical LAD >1.5 cm). IVIG + aspirin. Incomplete KD: use the AHA algorithm.
MIS-C: fever, multisystem involvement, recent SARS-CoV-2 exposure, high inflammatory markers, often shock and GI symptoms.
Henoch-Schönlein purpura (IgA vasculitis): palpable purpura on legs/buttocks, arthritis, abdominal pain, intussusception risk, check UA.
Still's disease (systemic JIA): quotidian fever, evanescent salmon rash, arthritis; beware macrophage activation syndrome.""",
    # 095 arboviruses named for places
    """Arbovirus refresher for summer encephalitis season:

- West Nile virus: most common, older adults, flaccid paralysis.
- St. Louis encephalitis virus: similar, urban outbreaks.
- La Crosse encephalitis: kids, Midwest and Appalachia, seizures.
- Jamestown Canyon virus: Upper Midwest, adults.
- Powassan virus: tick-borne, high mortality, Upper Midwest and Northeast.
- Eastern equine encephalitis: rare, deadly, Gulf and Atlantic coasts.
- Heartland virus and Bourbon virus: tick-borne, leukopenia, thrombocytopenia, Missouri/Kansas region.
CSF IgM is the test; send through the state lab. Reportable.""",
    # 096 group chat: the coffee machine and shift trade
    """Ify Nwosu: who broke the coffee machine in the doc box. be honest
Luis Carranza: it was like that when I got here. respiratory has a Keurig
Ify Nwosu: they guard it like the Pyxis. also can someone trade me a Friday evening for a Sunday day next block
Luis Carranza: I'll take the Friday. and I'll buy a new machine if the group chips in
Ify Nwosu: deal. venmo me, not the department, they'll lose it""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc46-003": [{"name": "Ruth Caudill"}, {"name": "Dev Malhotra"}, {"name": "Josh Fugate"}],
    "pc46-009": [{"name": "Lena Durand", "handle": "@ldurand"}],
    "pc46-011": [{"name": "Gabe Whitfield"}, {"name": "Anjali Ramaswamy"}],
    "pc46-019": [
        {"name": "Jana Petrov", "handle": "@jpetrov"},
        {"name": "Seun Oyelaran", "handle": "@s.oyelaran"},
        {"name": "Alma Hopson", "handle": "@ahopson"},
    ],
    "pc46-025": [{"name": "Tara Cline", "handle": "@tcline"}],
    "pc46-034": [{"name": "Kim Brassard", "handle": "@kbrassard"}],
    "pc46-038": [{"name": "Bethany Soto"}],
    "pc46-047": [{"name": "Shauna Reddick"}],
    "pc46-051": [{"name": "Marcus Barker", "handle": "@drmbarker"}],
    "pc46-052": [{"name": "Carla McGee", "handle": "@cmcgee"}],
    "pc46-056": [{"name": "Hollis Grant"}, {"name": "Marisol Ybarra"}, {"name": "Kwame Asante"}],
    "pc46-057": [{"name": "Deb Stroud"}, {"name": "Luis Carranza"}, {"name": "Nate Oyler", "handle": "@nate.oyler"}],
    "pc46-062": [{"name": "Wendell Tso"}],
    "pc46-067": [{"name": "Colleen Marchetti"}, {"name": "Omar Siddiqui"}],
    "pc46-084": [{"name": "Rafael Montemayor", "handle": "@rmontemayor"}],
    "pc46-088": [{"name": "Beau Thibault"}, {"name": "Hannah Ekberg"}],
    "pc46-089": [{"name": "Meg Sorrell"}, {"name": "Aaron Redhouse"}],
    "pc46-096": [{"name": "Ify Nwosu"}, {"name": "Luis Carranza"}],
}

build, render, main = first_set.blind_set(
    "pc46", Path(__file__).with_name("physician_cases_46.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
