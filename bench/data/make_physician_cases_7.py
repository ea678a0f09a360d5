# ruff: noqa: E501, W291 (the notes are data: one paragraph a line reads like a post, typed as it was)
"""Build ``physician_cases_7.jsonl``: a seventh, blind set of invented physician posts.

Written blind: the writer did not read the detector's code, tests or documentation and did
not run it; only the bench data README (format and annotation conventions) and the first
set's script (the TAGS dict and the ``[[TAG:text]]`` parser, imported below) were read.

Everything here is invented: patients, relatives, clinicians, colleagues, employers, towns,
facilities, dates and numbers. No text is copied from any corpus or website. US phone
numbers use the fictional 555-01xx range, UK mobiles the 07700 900xxx drama range, IP
addresses the documentation ranges, and e-mail domains are made up.

The set leans towards pasted documents (discharge summaries, consult, op, pathology and
radiology reports, referral and fax sheets), tumour boards and M&M write-ups, rural and
small-town US practice, occupational medicine (employers), surgery, oncology, cardiology,
nephrology, geriatrics and palliative care, with long dated timelines and many names that
are ordinary words. The PHI-free notes are dense with look-alikes (eponyms, place-named
criteria and scores, ratios, doses, years alone, ages under 90, public literature links,
colleagues thanked or @-mentioned on the network, who are not patient identifiers).

    python bench/data/make_physician_cases_7.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

# ------------------------------------------------------------------ notes with PHI
PHI_NOTES: list[str] = [
    # pasted discharge summary, rural cardiology
    """Pasting the d/c summary from our 25-bed critical access hospital because I want a sanity check on the SGLT2i timing.

DISCHARGE SUMMARY — [[FAC:Tri-County Memorial Hospital]], [[TOWN:Harlow Springs]], MT
Patient: [[PT:Dawn Carpenter]]   MRN: [[MRN:TCM-0048213]]   DOB: [[DATE:02/17/1941]]
Admit: [[DATE:11/02/2024]]   Discharge: [[DATE:11/09/2024]]
Attending: [[HCP:Holly Page]], DO   PCP: [[HCP:Arthur Lindgren]], MD
Dx: NSTEMI; HFmrEF (EF 40%); contrast AKI on CKD 3b
Course: 83F from [[FAC:Cedar Hollow Senior Apartments]] with 2 h of jaw pain. Trop I 0.04 -> 2.8. Flown to [[FAC:Billings Heart Institute]] for LHC on [[DATE:11/4]]: 90% mid-LAD, DES x1, back to us [[DATE:11/5]]. Cr 1.6 -> 2.4, 1.7 at d/c. Started sacubitril/valsartan 24/26, metoprolol succinate 25; dapagliflozin 10 HELD.
F/u: cardiology [[DATE:Nov 21]] 10:40; BMP on the [[DATE:14th]] at [[FAC:Harlow Springs Clinic]]. Daughter [[REL:Joy Carpenter-Nix]] [[PHONE:(406) 555-0131]].

Nearest nephrologist is 190 miles away. Would you restart the SGLT2i at the 2-week BMP or wait?""",
    # rural thoracic tumor board, foundry
    """Rural tumor board, [[DATE:Thursday 3/13]], case 2.
[[PT:Frank Street]], 67M, retired molder at [[FAC:Keller Bros. Foundry]] (38 yrs, silica and foundry fume, never a respirator). Ex-smoker, 45 pack-yrs. Seen by Dr. [[HCP:Sandy Okafor]] at [[FAC:Bluestem Family Medicine]] for hemoptysis in [[DATE:Jan]].
- CT [[DATE:1/22/25]]: 4.1 cm RUL mass, R hilar and paratracheal nodes
- PET [[DATE:2/3/25]]: SUVmax 14, no distant uptake
- EBUS [[DATE:2/6]] (Dr. [[HCP:Marek Wolański]]): 4R and 10R positive, 7 and 4L negative; adenocarcinoma, PD-L1 TPS 60%, EGFR/ALK/ROS1 negative, KRAS G12C
- cT2bN2M0, stage IIIA (AJCC 8th)
Options: neoadjuvant chemo-IO per CheckMate 816 then lobectomy, or concurrent chemoRT then durvalumab (PACIFIC). Problem is distance: he lives on a ranch 96 miles from radiation at [[FAC:St. Anselm Cancer Center]] in [[TOWN:Garnet Falls]], and his wife [[REL:Rosemary]] no longer drives.
Board consensus: surgical opinion from Dr. [[HCP:Idris Haddad]] first.""",
    # surgical M&M
    """Surgery M&M, [[DATE:April 2025]] — case 3 (patient consented to presentation)
Pt: [[PT:Leonard Hunter]], 74M, elective lap sigmoid colectomy at [[FAC:Prairie View Regional]] on [[DATE:3/3]] for recurrent diverticulitis (Hinchey Ib x2). Surgeon Dr. [[HCP:Bishop]].
Timeline:
POD 1-2: uneventful, clears.
POD 3: HR 112, T 38.1, WBC 14.2. Cross-cover attributed it to atelectasis; no CRP, no CT.
POD 4: discharged to [[FAC:Good Samaritan Village]] SNF in [[TOWN:Sedgwick Bend]].
POD 6 ([[DATE:03/09/2025]]): readmitted with fecal peritonitis; Hartmann procedure that night. ICU 11 days, Clavien-Dindo IVa.
Contributing factors: no structured POD 3 leak screen, SNF handoff lacked vitals trend, weekend cross-cover.
Actions: CRP on POD 3 for all colorectal resections (>150 mg/L triggers CT), SNF discharge checklist. Mr. [[PT:Hunter]] was reversed on [[DATE:9/15]] and is back fishing.""",
    # occupational medicine, meat packing
    """Occ med curbside. 29M, line worker on the boning line at [[FAC:Red River Beef Packers]] in [[TOWN:Cutler Ridge]], NE, 3 years. 6 weeks of bilateral hand numbness, worse R, drops knives. Tinel and Phalen positive R, thenar bulk OK, 2-pt discrimination 6 mm.
NCS on [[DATE:5/28]]: R median distal motor latency 5.9 ms, sensory amplitude reduced; L mild. So moderate R CTS.
The plant nurse, [[HCP:Marisol Ybarra-Quintanilla]] RN, had him on ibuprofen and a wrist splint for 4 weeks without a rotation. WC claim [[ID:WC-25-118204]], employee badge [[ID:RRB-04471]].
His supervisor wants him back full duty Monday. I'm thinking restricted duty (no knife work, no repetitive grip >10 lb) x4 wks and a hand surgery referral to Dr. [[HCP:Kwabena Mensah-Boateng]] in [[TOWN:Grand Island]]. Would you inject first? He speaks mostly K'iche'; the interpreter line number the plant gave us is [[PHONE:(308) 555-0166]].""",
    # pathology report + comment, Vietnamese name
    """SURGICAL PATHOLOGY REPORT
Accession: [[ID:SP-25-004417]]   Patient: [[PT:NGUYỄN THỊ HỒNG]]   MRN [[MRN:88012734]]
Collected: [[DATE:07-MAY-2025]]   Received: [[DATE:08-MAY-2025]]
Submitting physician: [[HCP:Tomasz Grabowski]], MD ([[FAC:Lakeshore General]])
Specimen: L breast lumpectomy, SLNB
DIAGNOSIS: Invasive ductal carcinoma, Nottingham grade 2 (3+2+2 = 7/9), 2.3 cm. Margins negative (closest 3 mm, posterior). LVI not identified. SLN 1/3 positive (4 mm macromet, no ENE). ER 95%, PR 40%, HER2 1+. pT2 pN1a.
Electronically signed: [[HCP:Ifeoma Chukwuemeka]], MD, [[DATE:05/12/2025]] 16:02

For tumour board tomorrow. Bà [[PT:Hồng]] is 58, postmenopausal, works at [[FAC:Phở Sài Gòn Noodle House]] on [[STREET:Jefferson Ave]]. Z0011 criteria met, so no ALND. Oncotype RS 19. RxPONDER says no chemo benefit postmenopausal N1 with RS <=25. Any reason to push chemo here?""",
    # referral fax sheet, nephrology
    """This is what referrals from our clinic look like (names left in, we are in the closed group):

FAX COVER — [[FAC:Pinecrest Rural Health Clinic]]
To: [[FAC:Valley Kidney Associates]], Attn: Dr. [[HCP:Priyanka Raghunathan]]   Fax: [[FAX:(559) 555-0147]]
From: [[HCP:Wendell Young]], PA-C   Ph [[PHONE:(559) 555-0112]]   Fax [[FAX:(559) 555-0113]]
Date: [[DATE:6/19/25]]   Pages: 7
RE: [[PT:Sandy Bishop]]   DOB [[DATE:9/3/1962]]   Medi-Cal [[PLAN:91827364A]]
Reason: eGFR 24 (41 in [[DATE:Dec 2024]]), UACR 1,850 mg/g, T2DM x20 yrs, HTN, on losartan 100 and empagliflozin 10. Please eval for finerenone and AVF planning. Pt works nights at the [[FAC:Hilltop Truck Stop]] off [[STREET:Hwy 41]]; afternoon appts only.

Wait time is 7 weeks. Anyone doing e-consults for CKD 4 that actually get answered?""",
    # palliative consult note, Irish
    """PALLIATIVE CARE CONSULT — [[DATE:2025-02-11]]
Pt: [[PT:Éamon Ó Briain]], [[AGE:ninety-four]] y/o M. Requested by Dr. [[HCP:Rose Hunter]] (hospitalist).
Dx: metastatic castrate-resistant prostate ca (bone), CKD 4 (eGFR 22), HFpEF.
PPS 30%, bedbound since [[DATE:mid-January]], intake a few spoonfuls.
Social: widower; came over from [[TOWN:Ballykeeran]], [[COUNTY:Co. Westmeath]] in [[YEAR:1956]]; drove for [[FAC:Bay State Coach Lines]] for 31 years. Lives with daughter [[REL:Siobhán Ní Bhriain]] in [[TOWN:Dorchester]]. Son [[REL:Páidí]] flies in from [[TOWN:Galway]] on the [[DATE:14th]].
Symptoms: bone pain; morphine switched to hydromorphone 0.5 mg PO q3h prn given renal function. Constipation: senna-PEG.
Goals: home with hospice ([[FAC:Compass Hospice of the Neponset]]); DNR/DNI, MOLST signed.
Contacts: [[REL:Siobhán]] [[PHONE:617-555-0188]]; [[REL:Páidí]] [[PHONE:+353 86 019 4472]].""",
    # op note + bile leak question
    """OPERATIVE NOTE
Date of surgery: [[DATE:October 3, 2024]]
Patient: [[PT:Holly Wolfe]]   MRN [[MRN:4410927]]
Surgeon: [[HCP:Marcus Page]], MD   Assistant: [[HCP:Chidinma Eze-Okonkwo]], MD (PGY-4)
Preop dx: acute calculous cholecystitis, day 6 of symptoms
Procedure: laparoscopic subtotal fenestrating cholecystectomy (Strasberg), drain
Findings: dense inflammation of Calot's triangle, critical view of safety not achievable; stones extracted, cystic duct orifice oversewn from inside with 3-0 PDS. EBL 150 mL. 19 Fr Blake drain to RUQ.

Posting because the drain put out 400 mL bile on POD 2. ERCP by Dr. [[HCP:Young]] on [[DATE:10/5]]: cystic duct stump leak, no duct of Luschka seen, 10 Fr x 7 cm plastic stent. Drain dry by POD 6. Would you have gone fenestrating or reconstituting here? TG18 is not much help and the [[YEAR:2019]] Strasberg series favoured reconstituting.""",
    # pasted care-team chat, rural ED transfer
    """Pasting our transfer chat from last night (care team names kept, closed group). Lesson is in the last line.

[01:52] Dr. [[HCP:Jess Rowan]] (ED): [[AGE:92]]yo M from [[FAC:Harmony Grove Care Center]], BP 78/40, lactate 5.6, distended, CT = sigmoid volvulus with pneumatosis
[01:55] [[HCP:Nate Foley]] (gen surg): how far is he from OR capable? we have no anesthesia tonight
[01:58] Dr. [[HCP:Jess Rowan]] (ED): calling [[FAC:Mercy General]], also [[FAC:St. Luke's-Cloverdale]]
[02:21] transfer ctr: [[FAC:Mercy General]] accepts, fixed wing ETA 03:40
[02:30] [[HCP:Nate Foley]] (gen surg): daughter [[REL:Frances "Frankie" Oduya]] confirms DNR but wants surgery
[05:10] [[FAC:Mercy]]: died on arrival to OR

Patient [[PT:Harold Voss]]. 4 hours between CT and an operating room. How do your rural sites handle this?""",
    # oncology timeline, Korean
    """Long timeline, bear with me — metastatic gastric ca in a 47-year-old.
Pt [[PT:Park Ji-yeon]] (goes by "[[PT:Jenny]]"), MRN [[MRN:K-2209183]], seamstress at [[FAC:Sunrise Alterations & Tailoring]] in [[TOWN:Annandale]].
- [[DATE:08/2023]]: epigastric pain, H. pylori treated by her PCP Dr. [[HCP:Choi Min-ho]]
- [[DATE:2023-11-20]]: EGD, signet ring adenocarcinoma, CLDN18.2 positive (80%), HER2 0, MSS, PD-L1 CPS 8
- [[DATE:Dec 4]]: diagnostic lap, peritoneal implants, PCI 9
- [[DATE:1/2024]]-[[DATE:9/2024]]: FOLFOX + nivolumab x14, CEA 48 -> 6
- [[DATE:30 Oct 2024]]: ascites, progression
- [[DATE:Jan 2025]]: zolbetuximab + FOLFOX at [[FAC:Fairlington-Mason Oncology]], vomiting grade 3
Husband [[REL:Kim Dong-hyun]] asks about HIPEC trials. Any centers taking PCI >6 on second line?""",
    # nephrology: dialysis access, Yoruba
    """Nephro question. 61M ESRD (FSGS), on in-center HD TTS at [[FAC:Riverbend Dialysis Unit]], chair 9, since [[DATE:March 2022]].
Pt: Mr. [[PT:Adébáyọ̀ Ọláníyan]], Medicare MBI [[PLAN:4TE9-QF2-MK71]]. Works part time at [[FAC:Redeemed Glory Chapel]] as sexton.
L RC AVF created [[DATE:5/11/22]] by Dr. [[HCP:Clement Ashby]], never matured (flow 380 mL/min). Now has a tunneled R IJ cath, 2 CRBSIs (MSSA [[DATE:Jul]], Serratia [[DATE:10/02]]).
Vein mapping: cephalic 2.1 mm, basilic 3.4 mm. Surgery offers a 2-stage BVT; IR says endoAVF (Ellipsys/WavelinQ) not an option with these veins.
He is reluctant; his son [[REL:Tèmítọ́pẹ́]] phones me from [[TOWN:Lagos]], [[PHONE:+234 803 555 0192]]. Would you go BVT or AVG at 61 with a 2-year transplant wait?""",
    # geriatrics, age in words, farm
    """Geri curbside: a woman of [[AGE:ninety-seven]] on a dairy farm. Mrs. [[PT:Pearl Amsel]] still lives at the [[FAC:Amsel Family Dairy]], [[STREET:4412 County Road T]], outside [[TOWN:Lindqvist Corners]], WI, with her grandson [[REL:Wolf Amsel]] who runs the herd.
Seen [[DATE:Aug 12]] after her 3rd fall since [[DATE:June]]. Orthostatic 142/70 -> 104/58 standing. Meds: chlorthalidone 25, tamsulosin (for retention, yes in a woman), donepezil 10, oxybutynin 5 TID (!), zolpidem 5.
Beers list nightmare. Plan: stop oxybutynin and zolpidem, switch chlorthalidone to nothing (BP 142 sitting, she is [[AGE:97]]), PT/OT via [[FAC:Clark County Home Health]].
Grandson asks if she can keep doing the morning milking. Frankly it keeps her alive. How do you counsel on that?""",
    # radiology report pasted, trauma, plate
    """CT CHEST/ABD/PELVIS W CONTRAST — [[FAC:Sandhill County Hospital]]
Pt: [[PT:Rusty Holloway]]  MRN [[MRN:SCH771092]]  Exam date: [[DATE:2024-07-06]] 23:48
Clinical: MVC vs cattle guard, restrained driver, 58M
Findings: Grade III splenic laceration with small hemoperitoneum, no active extravasation. L 8-10 posterior rib fx. Chance-type fracture L1 without retropulsion. Small L pneumothorax.
Impression: as above; discussed with Dr. [[HCP:Georgina Kettleborough]] at 23:59.
Read by: [[HCP:Anand Subramaniam]], MD (teleradiology)

Story for the group: the deputy told our nurse the truck, plate [[PLATE:9-4471B]], had been "parked" at the [[PLACE:FM 1187 and Stockton Rd]] crossing since 9 pm before anyone called. Pt is a hired hand at the [[FAC:Lazy K Cattle Co.]] He went to [[FAC:Regional Medical Center of San Saba]] by air. Grade III spleen in a hemodynamically normal patient 90 minutes from IR: would you have flown him or observed?""",
    # nephrology consult note, Filipino
    """NEPHROLOGY CONSULT — [[DATE:03/18/2025]]
Requested by: Dr. [[HCP:Ma. Cristina Dela Peña]] (IM)
Pt: [[PT:Rodrigo "Digoy" Santiago]], 52M, OFW home on leave, seafarer with [[FAC:Blue Anchor Shipmanagement]]
Reason: AKI, Cr 4.8 (0.9 at his pre-embarkation medical in [[DATE:Nov]])
HPI: 10 days of leg myalgias after a fishing trip in flooded rice fields near [[TOWN:Barangay San Isidro]], [[TOWN:Nueva Ecija]]; returned [[DATE:3/9]]. Jaundice, conjunctival suffusion. Plt 42K, bili 9.8.
A/P: leptospirosis with Weil disease (AKI + jaundice). Already on ceftriaxone 1 g (day 3). Non-oliguric; K 5.1. No emergent HD; if oliguric or K >6, CRRT. MAT sent.
Wife [[REL:Lourdes]] in [[TOWN:Manila]]: [[PHONE:+63 917 555 0143]]. PhilHealth [[PLAN:12-345678901-2]].
— [[HCP:Teodoro Villanueva-Reyes]], MD (nephrology fellow)

Posting because our attendings rarely see lepto in Ohio. Anyone used doxy prophylaxis for returning travelers?""",
    # palliative timeline, ordinary names
    """Hospice timeline for teaching — my patient's family gave permission.
[[PT:Grant Fairweather]], 81, ALS (bulbar onset), ex-lineman for [[FAC:Ozark Rural Electric Cooperative]].
- [[DATE:Feb 2023]]: dysarthria noticed by his wife [[REL:Faith]] at church, [[FAC:Shiloh Free Will Baptist Church]]
- [[DATE:5/17/2023]]: EMG at [[FAC:Ozarks Neuromuscular Clinic]] (Dr. [[HCP:Hope Lindqvist]]): widespread active denervation, El Escorial definite
- [[DATE:Aug]]: riluzole; edaravone declined (cost)
- [[DATE:12/01/23]]: FVC 48%, BiPAP at night
- [[DATE:Feb 14, 2024]]: declined PEG; wrote his own advance directive
- [[DATE:3/30]]: enrolled with [[FAC:Whitewater Valley Hospice]]
- [[DATE:April 22]]: died at home in [[TOWN:Possum Trot]], AR, with the cows in view out the window
[[REL:Faith]] wrote the team a letter I keep on my desk.""",
    # cardiology heart team, age >89 digits
    """Heart team summary, [[DATE:Tue 9/9]].
Pt: [[PT:Mabel Wright]], [[AGE:91]] F, severe AS (AVA 0.6 cm2, MG 48, Vmax 4.6), EF 55%, STS-PROM 7.1%, CFS 4. Lives independently in [[TOWN:Pennyroyal]], KY; still teaches Sunday school at [[FAC:Mt. Gilead United Methodist]]. Referred by Dr. [[HCP:Rafael Ochoa-Brandt]].
CTA: annulus 21 mm, iliofemorals 5.8/6.1 mm, heavily calcified. Coronary heights adequate.
Surgeon (Dr. [[HCP:Winston Drake]]): SAVR not reasonable at [[AGE:91]].
Interventional (Dr. [[HCP:Anjali Kothandaraman]]): TF TAVR feasible with a 14 Fr sheath and IVL if needed.
Geriatrics: cognition intact (MoCA 26/30), gait 0.7 m/s.
Decision: TF TAVR, balloon-expandable 20 mm, booked [[DATE:10/2]]. Daughter-in-law [[REL:Candace Wright]] will stay with her for 2 weeks.""",
    # occupational: pesticide exposure, orchard
    """Occ/tox: 3 farmworkers from [[FAC:Wenatchee Ridge Orchards]] came into our ED at [[FAC:Confluence-Chelan Hospital]] on the [[DATE:22nd]] after re-entering a block sprayed with what the foreman says was "the worm spray." Salivation, miosis, bronchorrhea in the worst one.
1) [[PT:Eusebio Tzoc Ajú]], 34M: HR 48, RBC cholinesterase 38% of lab normal; atropine 6 mg total, pralidoxime 1 g load. Intubated x2 days.
2) [[PT:Maricela Tzoc]], 29F, his sister: nausea, miosis; observed 12 h.
3) 17M, mild; discharged.
State L&I notified (case [[ID:LI-2025-08831]]). Farm labor contractor is [[FAC:Valle Verde Labor Services]] in [[TOWN:Quincy]]. Poison center case number [[ID:WAPC 25-061347]].
Question: pralidoxime in suspected organophosphate when the product is unknown and might be a carbamate — still give it?""",
    # post-op discharge letter, UK phone, Polish
    """Pasting the letter I'm sending back to his GP in the UK (he was visiting his daughter):

Dear Dr. [[HCP:Aleksandra Wiśniewska]],
Re: Mr. [[PT:Zbigniew Kowalczyk-Lis]], DOB [[DATE:12.06.1949]], NHS no. [[ID:485 777 3456]]
Your patient presented to [[FAC:Bayfront-St. Jude Hospital]] on [[DATE:14-Jul-2025]] with a perforated duodenal ulcer (NSAIDs for gout). Laparoscopic Graham patch on [[DATE:15 July]] by Dr. [[HCP:Oliver Whitlock]]. H. pylori serology positive; triple therapy commenced. He is fit to fly from [[DATE:28/07/2025]].
Please repeat urea breath test 4 weeks after therapy, and please stop naproxen and avoid colchicine interaction with clarithromycin.
His daughter [[REL:Magdalena Lis]] can be reached on [[PHONE:07700 900412]].

Colleagues: UK date format and an American patch — anything you'd add for a UK GP?""",
    # rural ob? no: geriatrics delirium with employer - lumber mill
    """curbside from a small-town internist. 88M (not over 89, lucky me re: Beers) retired sawyer from [[FAC:Hinkley & Sons Lumber Mill]], lives alone on [[STREET:Ferry Landing Rd]] in [[TOWN:Sumner's Ferry]]. Brought in by neighbor [[REL:Sandy Page]] on [[DATE:Sun 3/9]] confused, Na 118.
Meds: HCTZ 25, sertraline 50, carbamazepine (trigeminal neuralgia). Urine osm 420, urine Na 58, TSH nl, AM cortisol 16. So SIADH from carbamazepine + SSRI with thiazide on top.
Corrected to 126 over 48 h (DDAVP clamp), no ODS. Neurologist Dr. [[HCP:Felicity Abara]] in [[TOWN:Monett]] switching carbamazepine to gabapentin.
His son [[REL:Robert "Bobby" Lyle]] wants him in assisted living at [[FAC:Rolling Hills Manor]]. He refuses. Capacity eval by me [[DATE:3/12]]: he has it. Anyone else find the hardest part of hyponatremia is the discharge?""",
    # tumor board, heme, Tamil name
    """Heme tumour board [[DATE:2024.11.07]] — case 4
[[PT:Murugesan Venkatachalam]], 64M, chemical plant operator at [[FAC:Gulf Coast Petrochem Plant No. 3]] (benzene, 28 yrs).
- CBC [[DATE:Sept 30]]: WBC 2.1, Hb 8.4, plt 61
- BM biopsy [[DATE:10/14/24]] (Dr. [[HCP:Lakshmi Narayanan]]): MDS with excess blasts (MDS-IB2, 14% blasts), complex karyotype, TP53 multi-hit, IPSS-M very high
- HCT-CI 3; performance ECOG 1
Plan: azacitidine-venetoclax bridge, HLA type for allo-HCT; sister [[REL:Kamala]] in [[TOWN:Chennai]] being typed (her mobile [[PHONE:+91 98401 55123]]).
Occupational: documented benzene exposure; referred to occ med clinic (Dr. [[HCP:Beatrix Crane]]) for the workers' comp application, claim [[ID:TX-DWC 24-5571093]].
Comment from me: how is everyone getting TP53 MDS patients into trials? The ones on clinicaltrials.gov are all 400 miles away.""",
    # M&M medicine, anticoagulation error
    """Medicine M&M summary (de-identified version goes to QI; this one stays in the group)
Patient: [[PT:Ruby Strand]], 79F, admitted [[DATE:01/06/2025]] to [[FAC:North Fork Community Hospital]] for cellulitis.
Error: apixaban 5 mg BID home med continued AND enoxaparin 40 mg daily VTE prophylaxis ordered by admitting resident. Pharmacist [[HCP:Dale Winter]], PharmD flagged it on day 3, after a drop in Hb 11.2 -> 7.9 and a rectus sheath hematoma on CT [[DATE:1/9]].
Outcome: 2 u PRBC, no IR; apixaban resumed [[DATE:Jan 16]]. Discharged home [[DATE:1/18]]; her husband [[REL:Harlan Strand]] does all her meds.
System factors: admission order set defaults VTE prophylaxis "on" even with active DOAC in the home med list; CPOE alert overridden ("patient on DOAC at home — acknowledged").
Fixes: hard stop on duplicate anticoagulation, pharmacist med rec within 12 h of admission.""",
    # surgical curbside with intersection and school
    """Peds surgery question from the sticks. 7 yo boy, hit by a pickup at [[PLACE:Main and 3rd]] in [[TOWN:Clearwater Bend]] walking home from [[FAC:Lincoln Prairie Elementary]] on [[DATE:Oct 17]]. GCS 15, seatbelt? no, pedestrian. Handlebar-type bruise LUQ, amylase 340, lipase 890.
CT at our place ([[FAC:Clearwater Bend Medical Center]]): pancreatic body contusion, question of duct disruption, no free air.
Transferred to [[FAC:Children's of the Plains]]; MRCP [[DATE:10/18]] showed partial duct transection at the neck. They managed non-op with octreotide and TPN, pseudocyst at 5 wks drained endoscopically.
Mom [[REL:Tiffany Vance]] asked me last week if we could have done anything faster. Honest question: would any of you have taken him to OR for distal pancreatectomy?""",
    # palliative, Arabic names
    """Family meeting note (pasted, palliative):
Date [[DATE:5/2/2025]], 15:00, [[FAC:Cedar Crest Medical Center]], 4 South conference room.
Present: patient Mr. [[PT:Yousef Al-Haddad]] (73M, HCC on NASH cirrhosis, Child-Pugh C, MELD 27); wife [[REL:Samira]]; sons [[REL:Khalid Al-Haddad]] and [[REL:Omar]]; imam [[REL:Abdelrahman Saeed]] (at family's request); Dr. [[HCP:Naomi Feld]] (hepatology); myself.
Discussed: not a transplant candidate (Milan exceeded, 3 lesions up to 6 cm, PVTT). Lenvatinib not tolerated. Goals: to be at home, to pray, to be in [[TOWN:Dearborn]] near his brother's family.
Decision: home hospice, DNR. Paracentesis q10d via [[FAC:Lakeview Home Infusion & Hospice]].
Contact: [[REL:Khalid]] [[PHONE:(313) 555-0171]], [[EMAIL:khalid.alhaddad@quaymail.net]].""",
    # cardiology: device, ICD serial, EP
    """EP question, pasting the remote transmission header:
Patient: [[PT:Dean Hollister]]   DOB [[DATE:1958-04-30]]   Device: dual-chamber ICD, serial [[DEVICE:PZK 708844 S]]
Transmission: [[DATE:2025-06-21]] 02:17 from bedside monitor IP [[IP:198.51.100.47]]
Events: 3 episodes VT 188 bpm, ATP x2 successful, 1 shock 35 J.

He is a welder at [[FAC:Tri-State Boiler & Steel]] in [[TOWN:Wheeling]] and insists the shocks happen at work. Arc welding EMI vs real VT? EGMs look like real monomorphic VT to me (stable CL, AV dissociation). His cardiologist Dr. [[HCP:Valentina Roskova]] is away until the [[DATE:30th]].
Also: do you let ICD patients weld at all? I've seen 2 ft distance, <160 A, no cable draped over the shoulder.""",
    # phone-typed lower case reply thread, colleague @-mentioned
    """replying from my phone sorry for typos. @nadia.koenig yes thats exactly the pt i meant. [[PT:art bishop]], [[AGE:93]]?? no wait hes [[AGE:95]], the retired pharmacist who ran [[FAC:bishop's corner drug]] on [[STREET:river st]] for like 50 yrs. came in [[DATE:tues 4/8]] w/ afib rvr 150s + new ef 30%. dig load, tiny dose metop. cr 2.3 so no dofetilide.
his niece [[REL:holly]] is poa, she drove in from [[TOWN:fond du lac]]. he told me "doc i filled more digoxin than you've ever prescribed, dont poison me". lol fair
anyway the echo from [[FAC:mercy-oshkosh]] last yr ([[YEAR:2024]]) showed ef 55% so tachycardia mediated cm? plan rate ctrl then repeat echo 6-8 wks. thx - [[HCP:Priya]]""",
    # voice dictation artefacts, oncology clinic note
    """Dictated note, pasted raw because the transcription is hilarious and I need a second opinion on the content:

"Patient is [[PT:Rose Wolfe]] comma date of birth [[DATE:June fourth nineteen fifty one]] period seen today the [[DATE:twenty second]] in the [[FAC:Hartwell Cancer Pavilion]] for follow up of her stage three A colon cancer comma status post right hemicolectomy [[DATE:last March]] period she completed CAPOX times four period new paragraph CEA today is 14 comma up from 2 point 1 period CT shows two new liver lesions segment 6 and 7 comma largest 2 point 2 centimeters period her husband [[REL:Lyle]] is here with her period plan PET and referral to Dr. [[HCP:Desmond Achebe-Ross]] for hepatectomy evaluation period callback number [[PHONE:five five five oh one four nine]] area code [[PHONE:eight one six]] period end dictation"

Question: KRAS G12V, MSS. Would you do perioperative FOLFOX per EPOC or go straight to resection?""",
    # non-native English, Nigerian doctor, motor park employer
    """Good evening colleagues, please I need your advice on this case. Patient is Mr. [[PT:Chukwuebuka Nwachukwu]], 56 years, he is a bus conductor at [[FAC:Upper Iweka Motor Park]] in [[TOWN:Onitsha]]. He presented to us at [[FAC:ISTH]] on [[DATE:12/03/2025]] with 3 months abdominal swelling and weight loss. Ultrasound show coarse liver with 9 cm mass right lobe, AFP 12,400 ng/mL. HBsAg positive. Child-Pugh B8.
We don't have TACE here. Nearest is [[FAC:Lagoon Teaching Hospital]] in [[TOWN:Lagos]], and family is trying to raise money. His wife Mrs. [[REL:Ngozi Nwachukwu]] can be reach on [[PHONE:0803 555 0178]]. NHIA number [[PLAN:NHIA/AN/0041778]].
Is sorafenib reasonable while they raise funds? Or atezo-bev which we cannot get. Thank you. — Dr. [[HCP:Ifeanyi Eze]]""",
    # rural ED fax referral, licence few words after label, plate
    """Rural ED, Saturday night. 44M, logging truck driver for [[FAC:Big Timber Haulers]], brought by a state trooper after he ran his rig into the ditch at mile marker [[PLACE:212]] on [[STREET:US-12]] east of [[TOWN:Loleta Fork]]. BG 34 in the field. On glipizide + a new sulfamethoxazole-TMP script from urgent care for a boil.
D50, then D10 at 100/h, octreotide 50 mcg SC q6h for recurrent lows x 22 h.
Paperwork: trooper needs the CDL reported. Commercial driver's licence, which he handed me from his wallet, number [[LIC:MT 0412-55-8803]]. Truck plate [[PLATE:4-87213A]]. DOT medical examiner who certified him was Dr. [[HCP:Kent Holloway-Marsh]] at [[FAC:Roundup Occupational Health]] on [[DATE:01/30/2025]].
Is he safe to drive commercially on a sulfonylurea at all? I'd switch to a GLP-1 but his plan ([[FAC:Mountain West Co-op Health]], member [[PLAN:MWC-118-330-47]]) won't pay.""",
    # lung transplant? no — cardiac surgery M&M, Hindi names
    """Cardiac surgery M&M — [[DATE:14-MAR-2024]]
Case: [[PT:Rajendra Prasad Tiwari]], 66M, CABG x4 (LIMA-LAD, SVG to OM1, PDA, D1) on [[DATE:2/26/24]] by Dr. [[HCP:Holden Marsh]].
POD 2: new AF, amiodarone. POD 4: sternal click, serous drainage. POD 9 ([[DATE:March 6]]): deep sternal wound infection, MRSA, mediastinitis.
Risk factors: BMI 36, HbA1c 9.4 on admission, bilateral... no, single IMA harvested skeletonized. Pre-op decolonisation not done because he was admitted via the ED as a transfer from [[FAC:Sarai Memorial Hospital]] in [[TOWN:Gainesville]] on [[DATE:2/20]].
Treatment: debridement, VAC, bilateral pec flaps by plastics (Dr. [[HCP:Sun-Hee Baek]]). Vanc 6 weeks. Discharged to [[FAC:Kindred-Lakewood LTACH]] day 38.
His son [[REL:Ankit Tiwari]] works for our IT department and asked to see this slide. We said yes.
Action items: universal mupirocin + CHG for all cardiac surgery, transfers included; glucose <180 protocol audit.""",
    # nephrology transplant referral with email, website, Korean + Spanish compound name
    """Transplant referral summary (living donor evaluation), pasted from our EHR:
Recipient: [[PT:Lucía Fernández Castillo]], 38F, IgA nephropathy, CKD 5, not yet on dialysis (eGFR 11).
Potential donor #1: husband [[REL:Jae-won Seo]], 41, BMI 27, BP 128/80, HbA1c 5.4, blood group O (recipient A) — compatible.
Potential donor #2: sister [[REL:Marisol Fernández]], 35, ABO-incompatible (B).
Referral from [[FAC:Desert Sage Nephrology]] (Dr. [[HCP:Ignacio Benavides-Ortiz]]) to [[FAC:University Transplant Institute of Tucson]].
Ms. [[PT:Fernández]] keeps a public blog about her kidney journey at [[URL:https://lucia-riñon-journey.blogspot.com]] and asked the coordinator, [[HCP:Tamsin Fairclough]] RN, to email her at [[EMAIL:luciafc.kidney@solmail.org]].
Question for the transplant folks: do you discourage patients from blogging about their donor search? Ours got 14 strangers offering a kidney.""",
    # geriatrics, over 89 written "F/96", "(92)", church bus station
    """Nursing home rounds list, [[DATE:Friday the 3rd]], [[FAC:St. Agnes Home for the Aged]] — pasted for the thread about deprescribing:
1. Mrs. [[PT:Page]], F/[[AGE:96]], statin still on, LDL 61. Stopping.
2. [[PT:Winifred "Winnie" Strauss]] ([[AGE:92]]), on 3 antihypertensives, SBP 96 seated. Stop amlodipine.
3. Sr. [[PT:Mary Bernadette Kowal]], [[AGE:ninety-nine]], former principal at [[FAC:Holy Rosary School]]. Alendronate x11 years. Drug holiday.
4. Mr. [[PT:Sol Garber]], 87, PPI since [[YEAR:2009]] without indication. Taper.
5. [[PT:Clarence Young]], [[AGE:101]], on donepezil, weight down 6 kg. Stop.
Families notified; Mr. [[PT:Young]]'s daughter [[REL:Dolores]] (she works the ticket counter at the [[FAC:Greyhound station]] on [[STREET:Fulton]]) is upset about stopping donepezil. Anyone have a good script for that conversation?""",
    # occupational: silicosis cluster, countertop shop, email
    """Occ med / pulm: cluster of accelerated silicosis in engineered-stone countertop fabricators.
Index pt: [[PT:Jesús Ayala Morán]], 36M, cutter for 9 years at [[FAC:StoneCraft Countertops LLC]], [[STREET:2280 Industrial Pkwy]], [[TOWN:Paloma Heights]]. Dry cutting, no LEV, no respirator fit test ever.
CT [[DATE:6/2/25]]: upper-lobe nodules with PMF; FVC 54%. TB screen negative. Referred for lung transplant evaluation to Dr. [[HCP:Evangeline Obi]].
Two co-workers ([[PT:Rigoberto Ayala]], his cousin, 31M; and [[PT:Saúl Méndez]], 40M) have ILO 2/2 profusion on their B-reads.
We reported to Cal/OSHA (inspection no. [[ID:1789042.015]]) and to the county health officer. Employer HR contact gave us [[EMAIL:hr@stonecraft-paloma.biz]].
[[PT:Ayala]] family wants their story told; their GoFundMe is [[URL:https://gofund.me/7a1c93be]]. I told them to check with their attorney first.""",
    # oncology: hospice + short link, Igbo
    """Palliative oncology. Mrs. [[PT:Adaeze Okonkwo-Bell]], 49, metastatic TNBC (liver, bone, brain), 4th line, PS 3. Lives with her mother Mrs. [[REL:Chiamaka Okonkwo]] and two teens in [[TOWN:Fairburn]].
Sacituzumab stopped [[DATE:Oct 2]] for neutropenic fever. Brain: SRS x3 at [[FAC:Piedmont Ridge Radiation Oncology]] in [[DATE:Aug]].
She wants to get to her daughter [[REL:Ifunanya]]'s graduation at [[FAC:Tri-Cities High School]] on [[DATE:May 23]]. We are at [[DATE:Nov 14]]. Prognosis: weeks to short months.
Church ([[FAC:Redemption Chapel International]]) started a meal train at [[URL:https://mealtrain.com/trains/okb4x2]].
What has worked for you to help a family plan around a milestone that probably won't be reached?""",
    # surgery: ortho hip fracture, age over 89 words "a hundred and one"
    """Ortho/geri comanagement: hip fracture in a woman who is a hundred and one — [[AGE:a hundred and one]], born on [[DATE:Christmas Day 1923]], in case anyone doubts it.
Mrs. [[PT:Ida Pennywhistle]] fell at [[FAC:Maple Leaf Assisted Living]] on [[DATE:Jan 19]] at 03:00 reaching for the commode. L displaced femoral neck fx.
Hemiarthroplasty within 22 h by Dr. [[HCP:Ridley Stone]] under spinal + FICB. POD 1 stood with PT. No delirium (4AT 0).
Her great-grandson [[REL:Tanner]] (at [[FAC:Fort Harlan Army Base]]) FaceTimed in from the recovery room.
Point for the thread: chronological age alone should not decide. Her Nottingham Hip Fracture Score was 6 mostly because of age >86.""",
    # rural nephrology: rhabdo after marathon / wildland firefighter employer
    """Wildland firefighter, 24M, hotshot crew with [[FAC:Bitterroot Interagency Hotshot Crew]], brought from the line at the [[PLACE:Sheepeater Creek]] fire on [[DATE:Aug 2]] after 14 h shift in 38 C heat. CK 148,000, Cr 3.9, K 6.3, myoglobinuria.
IV LR 400 mL/h, targeted UOP 200-300 mL/h; no bicarbonate. HD once on [[DATE:8/4]] for K 7.0. Recovered to Cr 1.1 by [[DATE:8/19]].
Pt: [[PT:Hunter Gray]]. His fiancée [[REL:Summer Wilder]] wants him home; the crew boss wants him back for the rest of the season.
Return-to-duty: I've been using CK <5x ULN and normal Cr, then a graded exertional test. Anyone test for RYR1 or CPT2 in exertional rhabdo with CK >100k?""",
    # cardiology consult note pasted with pager & email
    """CARDIOLOGY CONSULT NOTE (excerpt)
Date/time: [[DATE:2025-01-27]] 14:10
Requesting: Dr. [[HCP:Augustine Olawale]], hospitalist, pager [[PAGER:4412]]
Pt: [[PT:Candy Hunter-Reyes]], 52F, Latina, admitted with chest pain after her sister [[REL:Paloma]]'s funeral.
ECG: ST elevation V2-V5, TWI. Trop T 1,240. Echo: apical ballooning, EF 30%, no LVOT gradient. Cath: no obstructive CAD.
Impression: takotsubo syndrome (InterTAK 62). Mayo criteria met.
Rec: beta-blocker low dose, ACEi, repeat echo 4-6 wks. No anticoag unless LV thrombus.
Consultant: [[HCP:Solveig Lindahl]], MD, cardiology, pager [[PAGER:(402) 555-0119]], [[EMAIL:slindahl@heartlandcardiology.example.org]]

Asking because she drives a school bus for the [[FAC:Prairie Hills School District]] and the district wants a note. How long would you keep her off?""",
    # thread with colleagues (not tagged) + HCP surgeon tagged, tumor board-ish reply
    """Re: "ypT0 after TNT for rectal — watch and wait?"

Agree with Dr. Okonkwo-Adeyemi above, and thanks @lena.marchetti for the OPRA data. Our patient is similar: [[PT:Augustin Joly]], 58M, distal rectal adenoca 4 cm from the verge, cT3bN1, MRF clear, MMR proficient. TNT (FOLFOX then chemoRT) finished [[DATE:12/20/24]]. Flex sig + MRI on [[DATE:3/31/25]]: clinical complete response, flat white scar, no diffusion restriction.
He runs [[FAC:Joly's Bakery]] on [[STREET:Canal Street]] in [[TOWN:Thibodaux Landing]] and really wants to avoid a stoma. Our colorectal surgeon, Dr. [[HCP:Renée Broussard]], offered W&W with flex sig q3 months for 2 years.
His wife [[REL:Solange]] asked me whether regrowth means "it's too late." I quoted ~25-30% regrowth, mostly in year 1, and salvage TME rates similar to upfront surgery. Fair summary?""",
    # lower-case names, Irish pub employer, Irish phone
    """quick one from a GP friend in the west of Ireland who asked me to post (she's not on here): pt is [[PT:seán mac giolla rua]], 62, barman at [[FAC:Flanagan's Bar]] on [[STREET:Mill St]], [[TOWN:Ballinrobe]], [[COUNTY:Co. Mayo]], Eircode [[ZIP:F31 XY27]]. new jaundice, painless, bili 180 umol/L, CA 19-9 1,900. CT at [[FAC:UHG]] [[DATE:3 Feb]]: 3.2 cm pancreatic head mass abutting SMV <180.
his daughter [[REL:aoife]] lives in [[TOWN:boston]] and wants him flown over. the GP, Dr. [[HCP:Gráinne Ní Fhlaithearta]], asks if there's any advantage doing neoadjuvant in the US vs at [[FAC:St. Vincent's]] in [[TOWN:Dublin]]. [[REL:aoife]]'s number if anyone wants to help: [[PHONE:+353 87 555 0931]].
my answer was no, same regimen (mFOLFIRINOX), and the travel will cost him weeks. agree?""",
    # geriatrics, VIN, driving
    """Driving and dementia, rural edition. Mr. [[PT:Wayne Hollis]], 84, moderate AD (MoCA 14/30), still drives his [[YEAR:1998]] Ford F-150 (VIN [[VIN:1FTZX17W8WKB28461]]) to the [[FAC:Co-op Feed & Seed]] in [[TOWN:Little Dove]] every morning. Got lost twice since [[DATE:Labor Day]]; found once by a sheriff's deputy 40 miles away in [[TOWN:Caney Fork]].
His wife [[REL:Lorna]] hid the keys; he hot-wired it. The state DMV medical review form (Oklahoma) asks me to report; I did on [[DATE:10/14]].
Daughter [[REL:Misty Hollis-Crane]] asked the mechanic to put a kill switch in. It worked. Anyone else recommend disabling the vehicle? Feels paternalistic but it's the only thing that worked.""",
    # oncology: pasted radiology with ZIP + SSN in paperwork mess
    """Privacy near-miss I want to flag for everyone: a radiology report faxed to our oncology clinic had the wrong patient's cover sheet stapled to it. The cover sheet listed [[PT:Rosalind "Roz" Fenwick]] with her full SSN (not retyping it here), her address at [[STREET:19 Sparrow Hill Ct]], [[TOWN:Marlow Junction]], NH [[ZIP:03456]], and her DOB [[DATE:4/4/1956]].
The report itself was for our patient, Mr. [[PT:Pernell Jacobs]]: PET-CT [[DATE:06/03/2025]] Deauville 5 residual mediastinal mass after R-CHOP x6 for PMBCL.
We called the sender ([[FAC:Granite Peaks Imaging]], [[PHONE:(603) 555-0157]]) and shredded the cover sheet.
Clinical Q: Deauville 5 after R-CHOP in PMBCL — biopsy first or straight to salvage/CAR-T referral?""",
    # cardiology: pasted chat with speakers lower-case, Filipino
    """Pasted from our cath lab WhatsApp (care team), STEMI door-to-balloon debrief:

[06:41] [[HCP:ma. teresa]] (ED RN): 60M inferior STEMI, ECG sent. BP 88/50, CHB on monitor
[06:42] [[HCP:rommel]]: activating. pads on. atropine not gonna work if infranodal
[06:44] dr. [[HCP:santos]]: coming, 15 min
[06:59] [[HCP:rommel]]: temp wire in, pt [[PT:Bienvenido Macaraeg]] is vomiting, RV involvement V4R +
[07:12] dr. [[HCP:santos]]: wire across RCA, TIMI 0 -> 3
[07:20] [[HCP:ma. teresa]]: wife [[REL:Ate Baby]] at triage asking for update

DTB 31 min, which is good for a 1-lab hospital. Lesson: we lost 6 min because the temp wire kit was in the other room.""",
    # M&M oncology: chemo dosing error, employer pharmacy
    """Oncology M&M, [[DATE:June 12th]]:
Pt: [[PT:Lucille Ambrose]], 71F, stage III ovarian ca, carboplatin AUC 5 + paclitaxel cycle 3 on [[DATE:5/8/2025]].
Event: carboplatin dose calculated on a serum Cr from [[DATE:3/31]] (0.6, capped at 0.7) instead of [[DATE:May 6]] (1.3, post-diarrhea AKI). Calculated dose 560 mg, correct dose 350 mg. Grade 4 thrombocytopenia, plt 6K, 3 platelet transfusions.
Outside pharmacy that compounded: [[FAC:Ambrose & Tate Pharmacy]] — no relation, coincidence — in [[TOWN:Dunmore Hollow]]. Infusion RN [[HCP:Carla Dixon]] noticed the bag label at 0.5 h in and stopped it (so only ~60% of the wrong dose went in).
System issue: Cr lookback window set to 60 days. Now 7 days and a hard stop when Cr rises >30%.
Mrs. [[PT:Ambrose]] recovered. Her son [[REL:Evan]] asked for a formal disclosure meeting, which we held [[DATE:5/30]].""",
    # nephrology: pediatric HUS outbreak, county fair, state programme id
    """Peds nephro: 4 yo girl, bloody diarrhea x3 d after the petting zoo at the [[FAC:Haskell County Fair]] on [[DATE:July 19]]. Now Hb 7.2, plt 38K, schistocytes, Cr 2.4, oliguric. STEC O157 PCR positive. D+HUS.
PD catheter placed [[DATE:7/25]]. She is [[PT:Kinsley Ortega]], WIC id [[ID:KS-WIC 2207-448-13]], lives at [[STREET:601 Prairie Dog Ln]], [[TOWN:Sublette Crossing]]. Mom [[REL:Brandi]] works at the [[FAC:Dollar Stop]] on [[STREET:Hwy 83]].
Two other kids admitted at [[FAC:Wesley-Garden City Children's]], county health ([[COUNTY:Haskell County]]) is on it.
Eculizumab? No neuro sx, so we're holding. KDIGO and the [[YEAR:2016]] HUS consensus suggest supportive care. Thoughts?""",
    # rural surgery: appendicitis delay, Facebook profile URL
    """Rural surg question. 15M, 6 days of RLQ pain, seen twice at [[FAC:Quick Care of Sandpoint]] for "gastro". Mom found his symptoms on a friend's Facebook page ([[URL:https://www.facebook.com/colton.reyes.2009]]) where he'd posted that he couldn't walk.
Came to us [[DATE:Sat the 9th]] with a 6 cm RLQ abscess on CT. Pt: [[PT:Colton Reyes]], plays football for [[FAC:Sandpoint Valley High]].
IR drained it [[DATE:11/10]]; 2 wks of amox-clav; interval appendectomy planned [[DATE:Jan 2026]] per Dr. [[HCP:Lorelei Banks]].
Parents ([[REL:Marco]] and [[REL:Jolene Reyes]]) are asking if interval appy is even needed. The CHINA trial and the Peace trials... honestly I'd skip it in a 15-year-old without an appendicolith. Opinions?""",
    # palliative: "aged 92 years", hospice house, telephone +91
    """Pasted from the hospice admission note:
"[[PT:Kamalesh Bhattacharya]], aged [[AGE:92]] years, retired professor of chemistry at [[FAC:Westfield State College]], admitted to [[FAC:Cardinal Hill Hospice House]] on [[DATE:2025-03-02]] with end-stage HFrEF (EF 15%) and cardiorenal syndrome, Cr 3.8. Home milrinone stopped at patient request on [[DATE:Feb 28]]. LVAD declined [[YEAR:2023]]. ICD deactivated [[DATE:03/02/2025]] by device rep in presence of Dr. [[HCP:Yvonne Castellanos]]."
His son [[REL:Arindam]] in [[TOWN:Kolkata]] ([[PHONE:+91 98310 55 017]]) wants a video call at 7 am IST every day. Daughter-in-law [[REL:Ruma]] is the local POA.
Question from a new hospice doc: furosemide infusion for comfort in cardiorenal — reasonable or futile?""",
    # occupational: lead poisoning, firing range employer, badge and plate
    """Occ med: blood lead 62 mcg/dL in an indoor firing range instructor. [[PT:Ty Beckett]], 39M, works at [[FAC:Blue Line Tactical Range]] on [[PLACE:Cedar and Route 30]] in [[TOWN:Orchard Prairie]]. Abdominal pain, fatigue, Hb 10.8, basophilic stippling, ZPP 190.
OSHA lead standard: medical removal at >=60 (or avg of last 3 >=50). Removed from work [[DATE:9/2/25]]. Chelation? He's symptomatic, so DMSA 10 mg/kg TID x5d then BID x14d.
Home: his 2 kids tested ([[PT:Bryce]] 11 mcg/dL, [[PT:Addison]] 8). Take-home exposure via his truck (plate [[PLATE:ORC 7715]]) and boots.
Employer safety officer gave us the range's air sampling: 180 mcg/m3 at lane 4. Reported to state OSHA, case [[ID:SOSH-25-00912]].""",
    # oncology: nickname, Spanish compound, both halves referred
    """Tumor board follow-up on our sarcoma patient [[PT:José Luis Carrasco Villalobos]] ("[[PT:Pepe]]"), 27M, construction worker with [[FAC:Hermanos Villalobos Roofing]]. Myxoid liposarcoma, R thigh, 14 cm, FNCLCC grade 2.
- [[DATE:11-Sep-2024]]: core bx at [[FAC:Mid-Valley Sarcoma Center]]
- preop RT 50 Gy/25 fx finished [[DATE:10/30]]
- wide excision [[DATE:12/3/24]] by Dr. [[HCP:Olumide Fashola]]: R0, 90% treatment effect
- wound dehiscence, VAC x6 wks
Mr. [[PT:Carrasco]] wants to return to roofing. His uncle, Mr. [[REL:Villalobos]], owns the company and says he'll hold the job. [[PT:Pepe]] is scared of recurrence; myxoid LPS likes extrapulmonary sites, so we do whole-spine MRI at 1 year. Anyone else do WB-MRI instead?""",
    # cardiology: peripartum CM? no — rural heart failure clinic with telehealth URL
    """Our rural HF clinic runs on telehealth. Today's visit: [[PT:Merle Haggerty]], 76M, HFrEF (EF 20%), on GDMT quadruple therapy, ICD. Connected from the [[FAC:Twin Buttes Public Library]] because there's no broadband on his ranch, using [[URL:https://telehealth.mesa-verde-hf.net/visit/mhaggerty-0704]].
Weight up 2.1 kg since [[DATE:6/20]], JVP not assessable on camera. CardioMEMS (serial [[DEVICE:CM3-00817-AZ]]) PA diastolic 24 (target 8-15). Added metolazone 2.5 mg x2 doses.
His neighbor [[REL:June Tolliver]] drives him when needed; her number [[PHONE:(505) 555-0138]].
Anyone else using CardioMEMS in patients 2 h from the nearest clinic? Our readmissions halved after we started in [[YEAR:2022]].""",
    # surgery: hyphenated hospital, local acronym, ages over 89 "97 YOM"
    """General surgery curbside: [[AGE:97]] YOM with SBO from a Spigelian hernia, sent from [[FAC:Holy Cross-Bellmont Hospital]] to us at [[FAC:SVMC]] on [[DATE:Easter Sunday]]. Lives with daughter [[REL:Marian Oakes]] in [[TOWN:Windy Hollow]]; moved back from [[TOWN:Tucson]] to be near her.
Pt: Mr. [[PT:Arthur Oakes]], WWII? no, Korea vet; CFS 5; DNR but wants surgery if "it's a small one."
Open repair with mesh [[DATE:4/20]]: viable bowel, 3 cm defect. Extubated in the OR. POD 3 delirium, resolved. Home POD 6 with [[FAC:Windy Hollow Home Health]].
Our ethics debate: DNR + surgery — we did "required reconsideration" per ACS. What are others doing for perioperative DNR in nonagenarians?""",
    # ALL-CAPS workers' comp face sheet, SSN, account
    """WORKERS' COMP FACE SHEET (PASTED, OUR ORTHO CLINIC)
EMPLOYEE: [[PT:HOLLOWAY, DWAYNE T]]   SSN: [[SSN:666-41-0937]]   DOB: [[DATE:08/22/1979]]
EMPLOYER: [[FAC:MAGNOLIA POULTRY PROCESSING INC]], [[STREET:1100 HATCHERY RD]], [[TOWN:PINE BLUFF FLATS]], AR [[ZIP:71699]]
CARRIER CLAIM #: [[ID:MPP-WC-2025-004417]]   ACCOUNT: [[ACCT:880-1142-07]]
DATE OF INJURY: [[DATE:04/17/2025]]   ADJUSTER: [[REL:KAREN WHITLEY]] [[PHONE:(870) 555-0184]]

Posted for a return-to-work question. He caught his L hand in a conveyor; open 4th and 5th metacarpal fx, ORIF by Dr. [[HCP:Sung-min Yoo]] [[DATE:4/18]]. Now 10 wks, healed on XR, grip 18 kg vs 46 kg R, TAM 190 degrees. Employer offers "light duty" which is the deboning line with one hand. Does anyone write specific restrictions (e.g., no grip > 5 lb L, no cold room) or just "no use of L hand"?""",
    # echo report + TikTok handle, young HCM
    """TTE REPORT — [[FAC:Sacred Heart-Millbrook]] Echo Lab
Patient: [[PT:Kaydence Wolf]]   Age: 17   Study date: [[DATE:2025-05-05]]   Accession [[ID:ECH-25-18820]]
LV: asymmetric septal hypertrophy, IVS 24 mm, posterior wall 10 mm. SAM with LVOT gradient 18 mmHg rest, 86 mmHg Valsalva. EF 70%. LA 44 mm.
Interpreting: [[HCP:Philippa Armitage]], MD

She's a varsity point guard at [[FAC:Millbrook Regional High]] and has 60k followers on TikTok as [[HANDLE:@kaydence.hoops23]], where she posted "heart doctor says no more basketball??". Her dad [[REL:Travis Wolf]] is furious with us.
Per the [[YEAR:2024]] AHA/ACC HCM guideline, shared decision-making about competitive sports is now reasonable. Genotype pending (MYH7?). Would you let her play with an AED courtside and an ICD discussion, given the 24 mm wall?""",
    # nursing home radiology, born in year revealing >89
    """Portable CXR read from our nursing home, and a question about aspiration.
EXAM: CXR 1 view, [[DATE:3rd of March 2025]] 06:12
PATIENT: [[PT:Opal Greer]], born in [[DATE:1929]], [[FAC:Cumberland Gap Nursing & Rehab]], Rm 22B
FINDINGS: new RLL airspace opacity; NG tube absent; small R effusion.
READ BY: [[HCP:Vikram Sethuraman]], MD

Mrs. [[PT:Greer]] is [[AGE:95]], moderate dementia, on mechanical soft with thin liquids against SLP advice because she "hates the thickener." 3rd aspiration pneumonia since [[DATE:Sept]]. Her nephew [[REL:Dewey Greer]] (HCPOA) lives in [[TOWN:Middlesboro]] and agreed to comfort feeding only on the phone yesterday.
Antibiotics for a 4th episode, or treat symptoms only? She has no fever, RR 24, SpO2 90%.""",
    # GU tumour board, Polish + Korean, children's hospital
    """GU tumour board, [[DATE:Wed 2/19]], two cases.
1) [[PT:Stanisław Piątek]], 70M, retired steelworker ([[FAC:Bethlehem Forge Works]]), gross hematuria, TURBT [[DATE:1/28/25]]: MIBC, pT2 HG urothelial, variant histology (micropapillary 30%). Referred by Dr. [[HCP:Grace Kim-Oduya]]. Plan: neoadjuvant ddMVAC then radical cystectomy; if cisplatin-ineligible (CrCl 48), EV-pembro trials. His wife [[REL:Halina]] asked about bladder preservation — trimodality discussed but micropapillary favours cystectomy.
2) [[PT:Kang Do-yoon]], 15M, testicular mass, sent from [[FAC:Children's of Riverside Hills]], AFP 2,800, hCG 410; radical orchiectomy [[DATE:2/4]]: mixed NSGCT, LVI+, stage IS? No, markers falling appropriately, so IB. Options: surveillance vs BEP x1. Mom ([[REL:Lee Soo-jin]]) prefers BEP x1. Reasonable in a 15-year-old, fertility banking done at [[FAC:Riverside Hills Cryobank]]?""",
]

# ------------------------------------------------------------------ notes without PHI
FREE_NOTES: list[str] = [
    # pasted discharge summary, no identifiers
    """Template I use for the discharge summary of a heart failure admission, with the patient details stripped — feel free to steal:

DISCHARGE SUMMARY
Principal dx: ADHF, HFrEF (EF 25%), NYHA III -> II
Course: diuresed 6.2 L net with furosemide 80 mg IV BID then torsemide 40 PO daily; Cr 1.4 -> 1.6 (accepted). GDMT: sacubitril/valsartan 49/51 BID, metoprolol succinate 50, spironolactone 25, empagliflozin 10. K 4.6 at d/c.
Dry weight: 81.4 kg. Call if +1 kg/day or +2 kg/week.
Follow-up: HF clinic in 7 days (per the [[YEAR:2022]] AHA/ACC/HFSA guideline, early visit within 7-14 days), BMP in 1 week, echo in 3 months for ICD decision (MADIT-CRT / SCD-HeFT criteria).
Pending: TSH, iron studies (ferritin 68, TSAT 14% -> IV ferric carboxymaltose per AFFIRM-AHF / IRONMAN).

Happy to hear what others add, thanks @dana.whitford for the idea of printing the dry weight in bold.""",
    # tumour board teaching, staging look-alikes
    """Teaching post for the residents about staging vocabulary we throw around at tumour board:
- Ann Arbor (with Lugano modification) for Hodgkin and most NHL; bulky = >10 cm.
- Durie-Salmon vs R-ISS for myeloma; R2-ISS since [[YEAR:2022]].
- Rai and Binet for CLL.
- FIGO [[YEAR:2023]] for endometrial now uses molecular class (POLEmut, MMRd, NSMP, p53abn).
- Masaoka-Koga for thymoma, Clark and Breslow for melanoma, Gleason/ISUP grade groups for prostate.
- Dukes is dead, use TNM; "8/22 nodes" is N2b in colon.
- Enneking and MSTS for bone sarcoma.
And the scores: ECOG 0-4, Karnofsky 100-0, PPS, Khorana for VTE risk, MASCC for febrile neutropenia, CISNE.
Anything I'm missing? @ravi.anand said I should add Chang staging for medulloblastoma.""",
    # M&M without identifiers: delayed sepsis recognition
    """M&M summary (de-identified for the network): a 67-year-old man, day 2 after TURP, developed rigors at 2 a.m.; qSOFA 2 at 02:30 but the sepsis BPA fired into an unmonitored in-basket. Lactate drawn at 06:10 was 6.4. Blood cultures grew E. coli, ESBL. Septic shock, 3 days of norepinephrine, full recovery.
Contributing factors: night staffing (1 RN : 7), BPA routed to the day team, urology cross-cover unfamiliar with the Sepsis-3 definitions.
Actions: BPA to charge RN pager, hour-1 bundle (SSC [[YEAR:2021]]), ertapenem added to the post-urology sepsis order set when prior ESBL.
Thanks to Dr. Fontaine and the nursing QI group for the RCA. Our CMS SEP-1 compliance was 61% this quarter.""",
    # cardiology look-alikes: eponyms, ECG leads
    """ECG quiz from this morning's cath conference. 58-year-old, chest pain x40 min.
ST elevation in aVR with diffuse ST depression in I, II, aVL, V4-V6. Is this left main? De Winter T waves in V2-V4? Wellens type A in the pain-free interval?
Our answer: diffuse subendocardial ischemia pattern; not automatically LMCA. Sgarbossa criteria don't apply (no LBBB). Smith-modified Sgarbossa only for LBBB/paced.
Also reviewed: Brugada type 1 vs type 2, Osborn waves in hypothermia, Epsilon waves in ARVC, Lambda wave, Spodick sign in pericarditis, and Aslanger pattern.
Cath: 95% proximal LAD with collaterals from RCA (Rentrop 2). TIMI 2 flow. DES x1.
Credit to @marco.ferri who runs the quiz and won't let us look at the answer key.""",
    # nephrology look-alikes: Gitelman vs Bartter
    """Nephro pearl. Hypokalemic metabolic alkalosis, normotensive, 24-year-old: Gitelman vs Bartter vs surreptitious diuretics vs vomiting.
- Urine Cl <20: vomiting (or remote diuretic).
- Urine Cl >40 + hypocalciuria + hypomagnesemia: Gitelman (SLC12A3).
- Urine Cl >40 + hypercalciuria: Bartter (SLC12A1, KCNJ1, CLCNKB, BSND) or loop diuretic.
- Always send a urine diuretic screen.
Treatment for Gitelman: KCl + Mg (often 20+ mmol/day), amiloride or spironolactone, avoid PPIs.
Separately, don't confuse it with Liddle (ENaC, hypertensive) or Gordon (PHA2, hyperkalemic, hypertensive), or the Fanconi syndrome of tenofovir.
Link: https://doi.org/10.1016/j.kint.2016.11.033 (KDIGO controversies conference). Thanks @yuki.tanabe for the mnemonic.""",
    # occupational look-alikes, employer-like generic words
    """Occ med question, general not a case. How do people document fitness-for-duty for CDL drivers with OSA? FMCSA says there's no formal rule, but most examiners use AHI >=20 or ESS >10 as the trigger for a sleep study, BMI >=40, or a crash attributed to sleepiness.
We certify up to 2 years, 1 year if HTN stage 1, 3 months for stage 3 (>=180/110), and 1 year with CPAP compliance (>=4 h/night on 70% of nights).
For DOT, insulin-treated diabetes now needs the ITDM form (MCSA-5870) from the treating clinician within 45 days. A1c isn't a criterion; severe hypoglycemia in the last 12 months is.
NIOSH and ACOEM both have position papers. The Berlin questionnaire and STOP-BANG are screening, not diagnostic. Thanks in advance — and thanks @ines.carvalho for the MCSA form tip last time.""",
    # geriatrics look-alikes, ages under 90
    """Deprescribing thread, general principles. For an 86-year-old on 14 meds in a SNF, I start with:
1. Beers Criteria (AGS [[YEAR:2023]]) and STOPP/START v3.
2. Anticholinergic burden (ACB score >=3 is a red flag): oxybutynin, diphenhydramine, paroxetine, amitriptyline.
3. Statins for primary prevention past 85 (no RCT support, though PREVENTABLE may change that).
4. Sulfonylureas (hypoglycemia) — A1c target 8.0-8.5% per ADA older adult section.
5. PPIs without an indication (Beers 8 weeks).
6. Aspirin for primary prevention (ASPREE showed more bleeding).
Tools: the Medstopper site (https://medstopper.com) and the deprescribing.org algorithms (Bruyère).
Frank conversations with families work better than handing them a list. Joy, in my experience, is a better outcome measure than LDL at 88.""",
    # palliative look-alikes
    """Palliative question (no specific patient): opioid rotation in renal failure. eGFR <30: avoid morphine and codeine (M3G/M6G accumulate), be careful with oxycodone, prefer hydromorphone at reduced dose, fentanyl patch if stable, methadone if you know methadone (QTc, CYP3A4).
Equianalgesic: morphine PO 30 = hydromorphone PO 6-7.5 = oxycodone PO 20; reduce 25-50% for incomplete cross-tolerance.
Terminal secretions: glycopyrrolate 0.2 mg SC q4h, not atropine drops if delirious.
Prognostic tools: PPS, PaP score, PPI, Surprise Question.
For dialysis withdrawal, median survival 7-10 days. The Renal Physicians Association guideline ([[YEAR:2010]]) is old but still the best framework. Agree with Dr. Halvorsen's point above that the conversation should start at dialysis initiation.""",
    # surgery look-alikes: Strasberg, Tokyo, Parkland
    """Surgical grading soup for the juniors:
- Tokyo Guidelines [[YEAR:2018]] (TG18) for cholecystitis grade I-III.
- Parkland grading scale for gallbladder difficulty (1-5).
- Strasberg classification of bile duct injury (A-E), Bismuth for strictures.
- Hinchey 0-IV for diverticulitis, modified by Wasvary.
- Clavien-Dindo for complications; Comprehensive Complication Index.
- Alvarado and AIR scores for appendicitis.
- Boey score for perforated peptic ulcer.
- Balthazar and the revised Atlanta classification for pancreatitis; Marshall score for organ failure.
Bonus: Rovsing, Psoas, Obturator, Dunphy, Murphy, Cullen, Grey Turner and Kehr signs. And Charcot's triad / Reynolds' pentad.
Thanks @owen.brady for the Parkland scale slides.""",
    # oncology literature links
    """Journal club list for next Thursday's onc fellows session (all public literature):
1. KEYNOTE-522 (neoadjuvant pembrolizumab in TNBC): https://www.nejm.org/doi/full/10.1056/NEJMoa1910549
2. CheckMate 816: https://pubmed.ncbi.nlm.nih.gov/35403841/
3. DESTINY-Breast04 (T-DXd in HER2-low).
4. ADAURA (osimertinib adjuvant), OS update.
5. PROSPECT (neoadjuvant FOLFOX vs chemoRT in rectal).
6. NICE NG101 for early breast cancer: https://www.nice.org.uk/guidance/ng101
Discussion question: how do we pick between TNT regimens when RAPIDO showed higher locoregional failure? @hannah.osei will present PROSPECT, I'll take KEYNOTE-522. Bring coffee.""",
    # ALL CAPS free: OR board
    """PASTED OR BOARD, FRIDAY (ROOM ASSIGNMENTS ONLY, NO PT INFO):
OR 1 — LAP CHOLE X2, THEN ROBOTIC VENTRAL HERNIA (ETEP), 07:30 START
OR 2 — TKA R, TKA L (SEPARATE PTS), SPINAL + ADDUCTOR CANAL BLOCK
OR 3 — WHIPPLE, EST 6 H, TYPE & CROSS 2 U
OR 4 — CABG X3 (OFF PUMP), TEE
OR 5 — ENDO: EGD/COLON X6, ERCP X2 (FLUORO 10:00-12:00)
OR 6 — BREAST: LUMPECTOMY + SLNB (TC-99 INJECTED IN NUC MED AT 06:45), MASTECTOMY WITH TE
CALL: GEN SURG TEAM B, ORTHO JR 2, ANES CA-3 ON FOR TRAUMA.
QUESTION FOR OTHER PERIOP DIRECTORS: DO YOU BLOCK A ROOM FOR ADD-ONS AFTER 15:00 OR RUN IT AS ELECTIVE? OUR TURNOVER IS 38 MIN AVERAGE.""",
    # rural practice, generic places
    """Rural medicine rant. Our critical access hospital has 25 beds, one hospitalist per 7 days, no in-house CT reader at night (teleradiology in 40 min), and the nearest PCI center is 2 h by ground. We lean on:
- TNK for STEMI when FMC-to-device >120 min (STREAM protocol, 0.5 dose if >=75 years).
- Tele-stroke for alteplase/TNK decisions; thrombectomy transfer if LVO on CTA.
- ECHO-style telementoring for HCV and buprenorphine.
- Swing beds for SNF-level rehab.
The hardest part isn't the medicine, it's the weather and the ambulance crew being volunteers. Hope isn't a plan, but Grant money for a second ambulance might be. Anyone gotten HRSA Flex funding for that?""",
    # thread reply with colleagues, nephrology
    """Re: "SGLT2i after contrast AKI?"

+1 to what Dr. Baptiste wrote. We restart dapagliflozin once Cr is back within 0.3 of baseline, usually at the 1-2 week BMP. The initial eGFR dip of 3-5 mL/min is hemodynamic and expected (DAPA-CKD, EMPA-KIDNEY). Hold on sick days (SADMANS: sulfonylureas, ACEi, diuretics, metformin, ARBs, NSAIDs, SGLT2i).
@kofi.mensah asked about euglycemic DKA: rare in non-diabetics; check ketones if vomiting or NPO. Stop 3 days before elective surgery (ertugliflozin 4 days), per the FDA label update.
For contrast, the ACR-NKF consensus says the risk of CI-AKI is negligible with eGFR >=30 and IV contrast; intra-arterial first-pass is different.
Link: https://www.kidney.org/professionals/guidelines — and thanks @sara.lindqvist for the SADMANS card.""",
    # geriatrics: falls, Ottawa, Canadian rules
    """Falls clinic decision rules cheat sheet:
- Ottawa ankle and Ottawa knee rules; Pittsburgh knee rule.
- Canadian CT Head Rule (excludes age >=65 from low risk!), NEXUS and Canadian C-spine (age >=65 = high risk).
- San Francisco Syncope Rule, Canadian Syncope Risk Score, ROSE, OESIL, EGSYS.
- Timed Up and Go >12 s, 30-second chair stand, 4-stage balance test (STEADI from CDC: https://www.cdc.gov/steadi/).
- Morse Fall Scale inpatient.
- FRAX and Garvan for fracture risk; Singh index on the old films.
Vitamin D alone doesn't prevent falls (VITAL, D-Health). Exercise (Otago program) does.
Ages in the RCTs mostly 70-85, with very few in their late 80s.""",
    # oncology: person-named syndromes look-alikes
    """Paraneoplastic teaching list (please add):
- Leser-Trélat sign (eruptive seborrheic keratoses) — gastric adenoca.
- Trousseau syndrome — migratory thrombophlebitis, pancreas.
- Lambert-Eaton (VGCC) — SCLC; Eaton-Lambert if you're old school.
- Cushing from ectopic ACTH — SCLC, carcinoid.
- SIADH — SCLC, Schwartz-Bartter.
- Stauffer syndrome — RCC, cholestasis without liver mets.
- Sweet syndrome — AML, MDS.
- Bazex syndrome — acrokeratosis, upper aerodigestive SCC.
- Sister Mary Joseph nodule, Virchow node, Blumer shelf, Krukenberg tumour, Irish node.
- Anti-Hu, anti-Yo, anti-Ri, anti-Ma2, anti-NMDAR (ovarian teratoma).
Credit to Dr. Rosenthal's old handout from residency; she'd hate that I put it on the internet.""",
    # cardiology: valve, TAVR look-alikes, ages under 90
    """TAVR vs SAVR in the 75-85 band, general discussion. PARTNER 3 and Evolut Low Risk randomized patients around 73-74 on average; NOTION follow-up to 10 years; durability data are still thin for under 65.
Our heart team uses STS-PROM, EuroSCORE II, the Katz ADL, the Essential Frailty Toolset, 5-m gait speed, and the KCCQ-12. CFS >=7 we usually refer to palliative.
Anatomy: bicuspid (Sievers type 0 vs 1), annulus perimeter, LVOT calcium, coronary heights <10 mm, sinus of Valsalva width, iliofemoral minimum lumen diameter.
Device choice: balloon-expandable (SAPIEN 3) vs self-expanding (Evolut FX, Navitor, ACURATE). Pacemaker rates 6-20%.
Thanks @priya.venkatesh and @tom.harwood for the heart team template — we adapted it last month.""",
    # occupational: silica, ILO look-alikes
    """B-reader question. ILO classification profusion "1/0" vs "0/1" confusion among our residents. Small opacities: p, q, r (rounded), s, t, u (irregular). Profusion 12-point scale 0/- to 3/+. Large opacities A, B, C. Pleural: plaques, calcification, diffuse thickening.
Engineered stone silicosis is a new epidemic in fabricators; Australia banned engineered stone from [[YEAR:2024]]. OSHA's respirable crystalline silica standard (PEL 50 ug/m3, action level 25) dates from [[YEAR:2016]].
Differential of nodules + adenopathy: sarcoid (Löfgren, Heerfordt), CWP, berylliosis (BeLPT), hypersensitivity pneumonitis (farmer's lung, bird fancier's), Caplan syndrome in RA.
Good review: https://doi.org/10.1164/rccm.201911-2193OC. Thanks @amir.sadeghi.""",
    # surgery: trauma grading look-alikes
    """AAST organ injury scales are on my mind after a grade IV spleen last night (no patient details here, sorry). Quick list:
- Spleen/liver I-V ([[YEAR:2018]] revision added vascular injury).
- Kidney I-V, with the [[YEAR:2018]] revision.
- Pancreas per ductal involvement.
- Pelvic fracture: Young-Burgess (APC, LC, VS, CMI) and Tile A-C.
- Denis three-column and TLICS for thoracolumbar spine; Chance fracture = flexion-distraction.
- Le Fort I-III; Gustilo-Anderson for open fractures; Salter-Harris in kids; Weber A-C ankle; Garden and Pauwels for femoral neck.
ATLS 10th edition; REBOA zones I and III. Shock index >1 still my favourite bedside number. Agree with Dr. Kowalski's comment that CT is not where unstable patients go.""",
    # nephrology: dialysis access, look-alikes
    """Access planning teaching:
Fistula First / Catheter Last was replaced by the ESKD Life-Plan in the KDOQI [[YEAR:2019]] vascular access guideline. Rule of 6s for maturation: flow >600 mL/min, diameter >6 mm, depth <6 mm, by 6 weeks.
Options in order often: radiocephalic (Brescia-Cimino), brachiocephalic, transposed brachiobasilic (BVT), graft (PTFE), then HeRO, then exotic (thigh, chest wall).
Steal syndrome: DRIL, RUDI, PAI. Cephalic arch stenosis is the Achilles heel of BCF.
Endovascular AVF (WavelinQ, Ellipsys) needs a perforating vein.
Peritoneal dialysis: ISPD peritonitis guideline [[YEAR:2022]], Tenckhoff catheter, PET test (high, high-average, low-average, low transporter).
Links: https://www.kidney.org/kdoqi — and thanks @grace.achterberg for the diagram.""",
    # palliative look-alikes: words that are names
    """Hope is a strategy nobody wants to give up, and I don't think we should ask them to. "Hoping for the best, preparing for the worst" is still the best frame I know.
Useful tools in the family meeting: SPIKES (Baile/Buckman), NURSE statements, the Serious Illness Conversation Guide (Ariadne Labs), REMAP, and VitalTalk's "I wish" statements.
Frank discussion of prognosis doesn't take away hope; the literature (e.g. Mack et al.) is pretty consistent on that.
Grant funding for our palliative fellowship was renewed, and Faith-based chaplaincy partners joined the team this year.
Will everyone in this thread share one phrase that works? Mine: "What is most important to you if time is short?" Thanks @mercy.adjei for starting this.""",
    # tumour board without identifiers
    """Tumour board pearls from this week, all cases de-identified so I'll just list the principles:
1. 8/22 nodes in a colon resection after neoadjuvant therapy — ypN2b — adjuvant still debated (IDEA 3 vs 6 months for low risk).
2. Ki-67 90% with "double-hit" MYC and BCL2 rearrangement: DA-EPOCH-R vs R-CHOP, and CAR-T at first relapse (ZUMA-7).
3. Papillary thyroid microcarcinoma: active surveillance (Kuma Hospital and Memorial data).
4. GIST, KIT exon 11, high risk by Miettinen/AFIP: 3 years imatinib (SSG XVIII).
5. Hepatoblastoma PRETEXT staging; Wilms with COG risk groups.
6. Oligometastatic NSCLC: SABR-COMET.
Thanks to Drs. Imani and Castellano for running a tight board.""",
    # cardiology: murmur look-alikes
    """Auscultation teaching list for the students who think echo replaced stethoscopes:
- Austin Flint (AR), Graham Steell (PR in pulmonary HTN), Carey Coombs (acute rheumatic fever).
- Gallavardin phenomenon in AS.
- Still's murmur in kids, venous hum, Means-Lerman scratch in thyrotoxicosis.
- Hamman's crunch in pneumomediastinum.
- Kussmaul sign, Beck triad, pulsus paradoxus >10 mmHg in tamponade, Ewart sign.
- Duroziez, de Musset, Quincke, Traube, Müller, Corrigan, Hill sign (AR).
- Grading: 2/6, 3/6 with a thrill = 4/6.
Levine and Freeman grading ([[YEAR:1933]]) is still what we use. Austin is a great town, Flint a great city, neither is a murmur location.""",
    # ID/occupational: place-named infections
    """Place-named infections quiz for the ID rotation:
Lyme disease, Rocky Mountain spotted fever, Lassa fever, Marburg virus, Ebola (river), Norwalk virus, Coxsackie (NY town), Hantaan and Sin Nombre hantavirus, Pontiac fever vs Legionnaires', Bornholm disease, Oroya fever, Valley fever (San Joaquin), Murray Valley encephalitis, Ross River, West Nile, Zika forest, Powassan, Heartland and Bourbon viruses, Japanese encephalitis, Kyasanur Forest disease, Crimean-Congo hemorrhagic fever, Omsk, Machupo (Bolivian) and Junín (Argentine) fevers, Madura foot.
Bonus: Bombay blood group, Madras motor neuron disease, Philadelphia chromosome, Christmas disease (factor IX).
Thanks @leila.haddad for "Sin Nombre". Answers on the next slide.""",
    # surgery: curbside no PHI
    """Curbside, no identifiers: 62-year-old with a 4 cm incidental adrenal mass, 28 HU unenhanced, washout 45% absolute. Metanephrines normal, 1 mg DST cortisol 2.4 ug/dL (autonomous cortisol secretion borderline), aldosterone/renin ratio normal.
ESE [[YEAR:2023]] guideline: >4 cm and indeterminate -> consider adrenalectomy; ACS with comorbidities (HTN, T2DM) -> individualised.
I'd go laparoscopic transabdominal lateral (or posterior retroperitoneoscopic). Pre-op stress-dose steroids? Only if ACS. Post-op check AM cortisol.
What are people doing with 2-4 cm, HU 15-20? Repeat CT at 12 months? The [[YEAR:2016]] ESE guidance said no further imaging if <10 HU. Thanks @ahmed.saleh for the question in the journal club chat.""",
    # pasted path report template, no identifiers
    """Synoptic template our pathologists switched to (CAP protocol, identifiers removed by me before posting):
PROCEDURE: low anterior resection
TUMOR SITE: rectum, 6 cm from AV
HISTOLOGIC TYPE: adenocarcinoma, NOS; grade: low (G2)
TUMOR SIZE: 3.4 cm
TUMOR REGRESSION (modified Ryan): score 2 (partial response)
DEPTH: pT3 (into perirectal fat); CRM 4 mm (negative); distal margin 2.1 cm
LVI: present; PNI: absent; tumor deposits: 1
NODES: 3/17 positive (ypN1b)
MMR IHC: MLH1, PMS2, MSH2, MSH6 retained (pMMR)
MESORECTUM (Quirke): complete
Staging: ypT3 N1b (AJCC 8th)
Question from surgery: does anyone still report the Dworak grade alongside the CAP/Ryan score? Agree with Dr. Nakamura that one system is enough.""",
    # radiology report template, look-alikes
    """Pasting a normal-variant CT report from teaching file (no patient info) because the residents keep calling these abnormal:
FINDINGS: Riedel lobe of the liver. Retroaortic left renal vein. Phrygian cap gallbladder. Bochdalek fat herniation, small, left. Pectus excavatum, Haller index 2.9. Os acromiale. Bipartite patella. Kommerell diverticulum is NOT present (aberrant right subclavian absent). Azygos fissure. Schmorl nodes L1-L3.
IMPRESSION: no acute findings. Incidental 6 mm pulmonary nodule: Fleischner [[YEAR:2017]] -> optional CT at 12 months if high risk. Bosniak IIF cyst (Bosniak [[YEAR:2019]]) in the R kidney: follow-up at 6 months. LI-RADS not applicable (no cirrhosis).
Thanks @claire.oduya for assembling the teaching file.""",
    # op note template, no identifiers
    """Op note template for lap appy that our residents use (ACS NSQIP-friendly):
Preop dx: acute appendicitis (Alvarado 8, AIR 9). Postop dx: same, non-perforated (AAST grade 1).
Procedure: laparoscopic appendectomy. Anesthesia: GETA, Cormack-Lehane 1, RSI with succinylcholine.
Findings: inflamed, non-perforated appendix, no abscess, no Meckel diverticulum at 60 cm from the ileocecal valve.
Technique: 3 ports (12 mm umbilical Hasson, 5 mm suprapubic, 5 mm LLQ), mesoappendix with LigaSure, base with 2 Endoloops, specimen in bag.
EBL <10 mL. Drains: none. Counts correct x2.
Disposition: PACU then home same day if tolerating PO.
Any reason to keep routine post-op antibiotics for uncomplicated appy? SIS/IDSA and WSES [[YEAR:2020]] say no.""",
    # ED chat with role-only labels
    """Pasting our ED group chat from a very long night (roles only, no names, no patient info) to show why we need a second CT tech:
[23:10] charge RN: 4 in triage, 2 chest pains, 1 stroke alert, 1 GI bleed
[23:12] ED reg: stroke alert NIHSS 14, LKW 22:30, CTA now pls
[23:13] CT tech: scanner has the GI bleed, 8 min
[23:21] ED reg: CTA = M1 occlusion, TNK given, calling the comprehensive stroke center
[23:40] HO1: GI bleed, Glasgow-Blatchford 12, Rockall 5, 2 u PRBC, PPI infusion
[00:05] charge RN: transfer for the stroke ETA 00:45 by air
Thanks @sean.whelan who stayed 2 h past his shift. Door-to-needle was 32 min despite the scanner.""",
    # phone-typed lower-case free
    """sorry typing on phone between cases. re the hyperK question above: 
shifting = calcium gluconate 30 ml 10% (cardiac membrane), insulin 10u + d50, salbutamol 10-20 mg neb. removing = lokelma 10g tid or patiromer, loop if making urine, HD if all else fails.
ecg: peaked t in v2-v4, wide qrs, sine wave. dont trust the ecg to be abnormal though, like 50% are normal at k 6.5.
pseudohyperK: hemolysis, thrombocytosis, fist clenching, tourniquet, eddta contamination lol.
agree w @ben.okafor re not giving kayexalate anymore (colonic necrosis).
ok back to the or, whipple day""",
    # voice dictation artefacts, free
    """Voice dictation gone wrong, from my own note this morning (no patient info in this part, I promise):
"Assessment colon new line one period atrial fibrillation with rapid ventricular response comma chads to vasc score of four comma has bled two period plan start apixaban five milligrams twice daily comma rate control with diltiazem drip comma transition to metoprolol succinate fifty period two period a k i on c k d stage three b comma creatinine one point nine from baseline one point four comma hold lisinopril period three period fall precautions comma p t slash o t comma dispo to s n f likely period"
The software typed "apple band" for apixaban twice and "Dill T as M" for diltiazem. Anyone using a better dictation engine than ours?""",
    # non-native English free, from India
    """Dear seniors, one doubt regarding snake bite management in our rural PHC. Patient was 34-year-old male, farmer, bitten by Russell's viper (identified, they brought the snake dead in a bag). 20-minute whole blood clotting test was positive (blood not clotted). We gave ASV 10 vials as per national protocol [[YEAR:2017]], repeated 6-hourly WBCT. After 3 doses still not clotting. How many vials maximum you are giving? Some are saying 30 vials, some saying FFP is better. Also AKI coming, urine output 300 ml in 24 hours. Nearest dialysis is 60 km.
Thank you Dr. Subramanian sir for the earlier advice on Krait bite and neostigmine. Kindly guide.""",
    # obstetric look-alikes + Apgars (generic)
    """OB emergency drills debrief (simulated, no patient):
Shoulder dystocia: HELPERR — call for Help, Evaluate episiotomy, Legs (McRoberts), suprapubic Pressure (Rubin I), Enter (Rubin II, Woods screw, reverse Woods), Remove posterior arm, Roll (Gaskin all-fours). Zavanelli as last resort. Head-to-body interval 4 min in the drill.
Neonate Apgars 3/7 in the scenario, NRP with PPV. Cord gas pH 7.08, BE -11.
PPH: the 4 Ts, oxytocin 40 units infusion, carboprost 250 mcg IM (not in asthma), methylergonovine 0.2 mg IM (not in HTN), TXA 1 g (WOMAN trial), Bakri balloon, B-Lynch suture.
Bishop score before induction, Friedman curve is out (Zhang/LCC), ACOG [[YEAR:2014]] labor guideline.""",
    # geriatrics/palliative: age 89 and under, ordinary words
    """A general reflection after a hard week: an 89-year-old can run a farm and an 89-year-old can be bedbound, and our scores (CFS, Katz, Lawton IADL, Barthel, MMSE, Mini-Cog, MoCA, CAM, 4AT) capture some of that but not much.
Things I now ask routinely: "What does a good day look like?", "Who is your person?", "What would you be willing to go through for more time?"
Rose, our new palliative nurse (she's on here as @rose.mbeki), pointed out that the word "frail" is often heard as an insult. We've started saying "living with frailty."
Still my favourite article: Tinetti on patient priorities care. https://pubmed.ncbi.nlm.nih.gov/ — search "Patient Priorities Care" for the [[YEAR:2019]] JAMA IM paper.""",
    # oncology: genes and drugs look-alikes
    """Molecular tumour board acronym jungle (for the new fellows):
EGFR (exon 19 del, L858R, T790M, C797S, exon 20 ins), ALK, ROS1, RET, MET exon 14 skipping, KRAS G12C, BRAF V600E, NTRK, HER2 (ERBB2) mutation vs amplification, NRG1 fusion.
Breast: PIK3CA (alpelisib, inavolisib), ESR1 (elacestrant), AKT1 (capivasertib), BRCA1/2 (olaparib per OlympiA), PALB2.
GI: MSI-H/dMMR (pembrolizumab per KEYNOTE-177), HER2 (trastuzumab deruxtecan), CLDN18.2 (zolbetuximab), FGFR2 (pemigatinib), IDH1 (ivosidenib).
Heme: FLT3-ITD, NPM1, IDH1/2, TP53, JAK2 V617F, CALR, MPL, BCR-ABL (Philadelphia), del(17p).
ESCAT tiers and OncoKB levels help. Thanks @mei.lin and @jonah.abrams for the spreadsheet.""",
    # cardiology: anticoag scores
    """AF anticoagulation question, general. CHA2DS2-VASc, HAS-BLED, ORBIT, ATRIA, and now CHA2DS2-VA (ESC [[YEAR:2024]] dropped sex). DOAC dosing by the label:
- apixaban 2.5 BID if 2 of 3: age >=80, weight <=60 kg, Cr >=1.5
- rivaroxaban 15 daily if CrCl 15-50
- dabigatran 110 BID (EU) in >=80
- edoxaban 30 if CrCl 15-50, weight <=60 or P-gp inhibitors
LAAO (Watchman FLX, Amulet) if bleeding contraindication: PROTECT AF, PRAGUE-17, CHAMPION-AF.
In ESRD on HD: RENAL-AF and AXADIA were underpowered. I still use apixaban 2.5 or 5 BID.
Does anyone use the Cockcroft-Gault with actual body weight or IBW? Thanks @lucas.moreau for the DOAC card.""",
    # nephrology: glomerular look-alikes
    """GN differentials cheat sheet for the renal fellows' board review:
Nephritic low complement: post-infectious (ASO, anti-DNase B), lupus (ISN/RPS class III/IV), MPGN / C3G, cryo (HCV), shunt nephritis, endocarditis.
Nephritic normal complement: IgA (Oxford MEST-C, Berger disease), Henoch-Schönlein (IgA vasculitis), ANCA (Birmingham score, Berden class), anti-GBM (Goodpasture).
Nephrotic: minimal change, FSGS (Columbia classification: tip, collapsing — APOL1!), membranous (PLA2R, THSD7A), diabetic (Kimmelstiel-Wilson), amyloid (Congo red, apple-green).
Also: Alport (COL4A3-5), thin basement membrane, Fabry (zebra bodies), Fanconi.
KDIGO [[YEAR:2021]] GN guideline: https://kdigo.org/guidelines/gd/ — thanks @nora.elsayed.""",
    # surgery: hernia/ventral look-alikes
    """Ventral hernia debate thread summary (thanks everyone who replied, esp. @pablo.ibanez and Dr. Whitcombe):
- EHS classification (M1-M5, L1-L4, W1-W3).
- Ventral Hernia Working Group grades 1-4.
- Mesh positions: onlay, inlay, sublay (retromuscular, Rives-Stoppa), preperitoneal, intraperitoneal (IPOM).
- Component separation: anterior (Ramirez) vs TAR (Novitsky).
- Smoking cessation 4 weeks, HbA1c <8, BMI <40 (ideally <35).
- Botox to the lateral wall 2-4 weeks before for large defects; PPP (progressive preoperative pneumoperitoneum, Goñi Moreno).
Consensus of this thread: robotic eTEP for W2 in a non-smoker with good skin; open TAR for W3 or loss of domain >20%.""",
    # occupational: heat illness, employer-like generic
    """Occ med/heat illness: new OSHA heat NEP and state rules (CA, WA, OR) — what thresholds do people use for work/rest cycles? ACGIH TLV for heat stress uses WBGT; NIOSH REL too.
Acclimatization: 20% on day 1, +20% per day for new workers; most heat deaths happen in the first week on the job.
Clinical: exertional heat stroke = CNS dysfunction + core temp >40 C. Cool first, transport second (cold-water immersion to 38.9 C). Rhabdo: CK >5x ULN, check K and Cr.
Return to work: 7 days minimum rest then graded, heat tolerance test (Israeli Defense Forces protocol) if recurrent.
Gatorade does not replace shade. Thanks @aisha.bello for the wet-bulb calculator link: https://www.weather.gov/ (search WBGT).""",
    # referral fax template no PHI
    """Here's the blank fax referral template our rural clinic built for nephrology, in case it helps anyone (fields blank on purpose):
REFERRAL TO NEPHROLOGY
Patient name: ______   DOB: ______   MRN: ______
Reason: [ ] eGFR <30  [ ] UACR >300 mg/g  [ ] eGFR decline >5/yr  [ ] resistant HTN (>=4 drugs)  [ ] K >5.5 on RAASi  [ ] hematuria + proteinuria
Attach: last 3 BMPs, UACR, UA with micro, renal US, med list (note NSAIDs, PPIs, lithium).
KFRE 2-yr and 5-yr risk: ____% / ____% (https://kidneyfailurerisk.com)
Already on: [ ] ACEi/ARB max dose  [ ] SGLT2i  [ ] finerenone  [ ] GLP-1 RA
Urgency: [ ] routine  [ ] 2 weeks  [ ] call on-call nephrologist
Most useful box, per our nephrologists: the KFRE. Thanks @ana.rocha for pushing for it.""",
    # Vietnamese doctor non-native English, tumor board principles
    """Hello everyone, I am oncologist from Vietnam, we have question for the board. Patient is male 52 years old with nasopharyngeal carcinoma stage IVA (AJCC 8th, T4N2M0), EBV DNA 12,000 copies/mL. In our center we do induction gemcitabine-cisplatin x3 then concurrent chemoradiation with cisplatin 100 mg/m2 q3w (per the [[YEAR:2019]] NEJM trial of Zhang). After this EBV DNA is undetectable. Is adjuvant capecitabine metronomic worth it? We read the Lancet [[YEAR:2021]] paper (Chen). Also we don't have nivolumab or toripalimab. Cost is very big problem for patient family.
Thank you very much anh Minh and Dr. Lê for connecting me to this group.""",
    # M&M without identifiers: wrong-site block
    """M&M, anesthesia (de-identified): wrong-side adductor canal block in a TKA. The surgical site was marked (right), the block was placed on the left in the block room because the time-out was done before the patient was turned and the nerve block "stop before you block" step was skipped.
No harm beyond a numb left thigh; correct block placed, surgery proceeded.
Swiss cheese: 3 patients in the block room, a float nurse, the consent says "right knee" but the whiteboard said "L TKA" (typo from the OR scheduler).
Fixes: Stop Before You Block (RCoA/ASRA) mandatory, the block needle can't be opened until the site mark is visible, and the whiteboard pulls laterality from the consent.
Agree with Dr. Abernathy's line at the meeting: "Hope is not a patient safety strategy." """,
    # cardiology/cardio-onc look-alikes
    """Cardio-oncology quick hits (ESC [[YEAR:2022]] guideline):
- Anthracycline cardiotoxicity: baseline echo with GLS, troponin and NT-proBNP; relative GLS drop >15% = subclinical. Dexrazoxane if cumulative doxorubicin >250 mg/m2.
- Trastuzumab: LVEF check q3 months; hold if drop >=10 points to <50%.
- ICI myocarditis: troponin, ECG, CMR (Lake Louise criteria), methylpred 1 g x3; abatacept or ruxolitinib if refractory.
- 5-FU vasospasm: nitrates, CCB, switch to raltitrexed.
- Ibrutinib: AF and HTN; switch to acalabrutinib/zanubrutinib.
- RT: heart dose (mean heart dose, LAD V15).
HFA-ICOS risk score for baseline. Thanks @camille.durand and @yaw.boateng for the clinic protocol.""",
    # rural surgery generic
    """General rural surgery question (no case): how many of you still do your own EGD/colonoscopy and C-sections? Our critical access hospital's general surgeon covers endoscopy, hernias, lap choles, appendectomies, breast, skin, and some trauma stabilization. OB coverage is by family medicine with C-section privileges.
ACS Rural Surgery Verification standards and the ACGME rural track might help recruitment.
Things we send out: Whipple, esophagectomy, anything vascular beyond a fem-pop exposure, burns >20% TBSA (ABA criteria), peds under 5.
Will the next generation be trained for this? Our last 3 recruits wanted MIS fellowships. Art of the possible, I guess. Frank answers welcome.""",
]


# ------------------------------------------------------------------ network members
# Colleagues on the network whom a note thanks, agrees with, quotes, replies to or
# @-mentions. They are NOT PHI (never tagged); the bench lists them per note under
# "members". Each name is the member's full registered name (a first name or surname is
# invented where the note gives only one; it contains every name word the note uses);
# "handle" is given exactly as written when the note @-mentions the member.
# Not members: the author signing a post (pc7-025 "Priya", pc7-027), clinicians in pasted
# documents or chats who are not addressed on the network, the GP who "is not on here"
# (pc7-038), and capitalised words (Hope, Faith, Grant, Frank, Joy, ...).
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc7-025": [{"name": "Nadia Koenig", "handle": "@nadia.koenig"}],
    "pc7-037": [{"name": "Chinedu Okonkwo-Adeyemi"}, {"name": "Lena Marchetti", "handle": "@lena.marchetti"}],
    "pc7-054": [{"name": "Dana Whitford", "handle": "@dana.whitford"}],
    "pc7-055": [{"name": "Ravi Anand", "handle": "@ravi.anand"}],
    "pc7-056": [{"name": "Isabelle Fontaine"}],
    "pc7-057": [{"name": "Marco Ferri", "handle": "@marco.ferri"}],
    "pc7-058": [{"name": "Yuki Tanabe", "handle": "@yuki.tanabe"}],
    "pc7-059": [{"name": "Ines Carvalho", "handle": "@ines.carvalho"}],
    "pc7-061": [{"name": "Erik Halvorsen"}],
    "pc7-062": [{"name": "Owen Brady", "handle": "@owen.brady"}],
    "pc7-063": [{"name": "Hannah Osei", "handle": "@hannah.osei"}],
    "pc7-066": [
        {"name": "Jean-Marc Baptiste"},
        {"name": "Kofi Mensah", "handle": "@kofi.mensah"},
        {"name": "Sara Lindqvist", "handle": "@sara.lindqvist"},
    ],
    "pc7-068": [{"name": "Miriam Rosenthal"}],
    "pc7-069": [{"name": "Priya Venkatesh", "handle": "@priya.venkatesh"}, {"name": "Tom Harwood", "handle": "@tom.harwood"}],
    "pc7-070": [{"name": "Amir Sadeghi", "handle": "@amir.sadeghi"}],
    "pc7-071": [{"name": "Adam Kowalski"}],
    "pc7-072": [{"name": "Grace Achterberg", "handle": "@grace.achterberg"}],
    "pc7-073": [{"name": "Mercy Adjei", "handle": "@mercy.adjei"}],
    "pc7-074": [{"name": "Farah Imani"}, {"name": "Luca Castellano"}],
    "pc7-076": [{"name": "Leila Haddad", "handle": "@leila.haddad"}],
    "pc7-077": [{"name": "Ahmed Saleh", "handle": "@ahmed.saleh"}],
    "pc7-078": [{"name": "Kenji Nakamura"}],
    "pc7-079": [{"name": "Claire Oduya", "handle": "@claire.oduya"}],
    "pc7-081": [{"name": "Sean Whelan", "handle": "@sean.whelan"}],
    "pc7-082": [{"name": "Ben Okafor", "handle": "@ben.okafor"}],
    "pc7-084": [{"name": "Karthik Subramanian"}],
    "pc7-086": [{"name": "Rose Mbeki", "handle": "@rose.mbeki"}],
    "pc7-087": [{"name": "Mei Lin", "handle": "@mei.lin"}, {"name": "Jonah Abrams", "handle": "@jonah.abrams"}],
    "pc7-088": [{"name": "Lucas Moreau", "handle": "@lucas.moreau"}],
    "pc7-089": [{"name": "Nora Elsayed", "handle": "@nora.elsayed"}],
    "pc7-090": [{"name": "Pablo Ibanez", "handle": "@pablo.ibanez"}, {"name": "Harriet Whitcombe"}],
    "pc7-091": [{"name": "Aisha Bello", "handle": "@aisha.bello"}],
    "pc7-092": [{"name": "Ana Rocha", "handle": "@ana.rocha"}],
    "pc7-093": [{"name": "Trần Quang Minh"}, {"name": "Lê Thị Thu Hà"}],
    "pc7-094": [{"name": "Colin Abernathy"}],
    "pc7-095": [{"name": "Camille Durand", "handle": "@camille.durand"}, {"name": "Yaw Boateng", "handle": "@yaw.boateng"}],
}


build, render, main = first_set.blind_set(
    "pc7", Path(__file__).with_name("physician_cases_7.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
