# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases.jsonl`` from the marked-up notes below.

Every note was written for clinnet: invented patients, clinicians, relatives, places
and numbers (phone numbers use the fictional 555-01xx range where a US number is
shown). Nothing is copied from any corpus.

PHI is marked inline as ``[[TAG:text]]``; the script strips the markup, computes the
offsets and asserts ``text[start:end] == span text``, so offsets cannot drift when a
note is edited. Run it after editing a note:

    python bench/data/make_physician_cases.py

TAG says what the span is (``TAGS``): the gold ``type`` written to the file uses the
public nursing corpus's names, and the Safe Harbor category lets the tests check that
every identifier kind is present at least once.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("physician_cases.jsonl")

# tag -> (gold type in the file, Safe Harbor identifier kind it stands for)
TAGS: dict[str, tuple[str, str]] = {
    "PT": ("PTName", "name"),
    "REL": ("RelativeProxyName", "name"),
    "HCP": ("HCPName", "name"),
    "STREET": ("Location", "street address"),
    "TOWN": ("Location", "city"),
    "COUNTY": ("Location", "county"),
    "PLACE": ("Location", "other geographic subdivision"),
    "ZIP": ("Location", "zip code"),
    "FAC": ("Location", "facility or employer"),
    "DATE": ("Date", "date"),
    "YEAR": ("DateYear", "year alone (not PHI; ignored by the scorer)"),
    "AGE": ("Age", "age over 89"),
    "PHONE": ("Phone", "telephone number"),
    "PAGER": ("Phone", "telephone number"),
    "FAX": ("Phone", "fax number"),
    "EMAIL": ("Other", "email address"),
    "SSN": ("Other", "social security number"),
    "MRN": ("Other", "medical record number"),
    "PLAN": ("Other", "health plan beneficiary number"),
    "ACCT": ("Other", "account number"),
    "LIC": ("Other", "certificate or licence number"),
    "PLATE": ("Other", "vehicle identifier"),
    "VIN": ("Other", "vehicle identifier"),
    "DEVICE": ("Other", "device identifier or serial number"),
    "URL": ("Other", "web URL"),
    "IP": ("Other", "IP address"),
    "HANDLE": ("Other", "other unique identifier (social handle)"),
    "ID": ("Other", "other unique identifying number"),
}

_MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)

# ------------------------------------------------------------------ notes with PHI
PHI_NOTES: list[str] = [
    # case presentation
    """A [[AGE:93]]-year-old woman was brought to the ED at [[FAC:Lakeside Regional Medical Center]] by her daughter [[REL:Hope Merriweather]] on [[DATE:March 3, 2023]] with two days of confusion and dysuria. She lives alone at [[STREET:1442 Larkspur Lane]], [[TOWN:Bemidji]], MN [[ZIP:56601]] and was fully independent until [[YEAR:2021]]. On arrival BP 94/52, HR 118, T 38.9, lactate 3.1; UA >50 WBC, nitrite positive. Ceftriaxone started, and blood cultures from [[DATE:3/5/23]] grew pan-sensitive E. coli. She cleared by day 2 and is back to her baseline MoCA of 24/30.

Question for the group: would you treat this bacteremia for 7 days or 14 given her age?
— [[HCP:Anil Venkataraman]], MD""",
    # SOAP shorthand
    """S: 58M w/ HFrEF (EF 25%), CKD 3b, c/o 3 wks worsening DOE and 3-pillow orthopnea. Wife [[REL:Rose]] says he is up 8 lb since [[DATE:Jan 2nd]].
O: BP 138/86, HR 104 irreg, SpO2 91% 2L. JVP to angle of jaw, 2/6 holosystolic murmur at apex, 2+ pitting edema to knees. Cr 2.1 (bl 1.6), BNP 2,340, K 5.4.
A: ADHF, AF w/ RVR likely trigger.
P: Lasix 80 IV BID, strict I/O, daily wts, metoprolol for rate. Cards (Dr. [[HCP:Grant]]) to see re TEE/DCCV. PCP is Dr. [[HCP:Miriam Oyelaran-Fitch]] at [[FAC:Riverbend Family Health]], [[PHONE:(507) 555-0193]].""",
    # thread reply
    """Agree with Dr. [[HCP:Castellanos]]. We saw a nearly identical presentation at [[FAC:St. Brendan's Hospital]] in [[TOWN:Altoona]] right after [[DATE:Thanksgiving 2021]]: a [[AGE:91]] yo retired machinist from [[COUNTY:Blair County]] whose Ca of 14.2 turned out to be sarcoid, not malignancy. ACE level was normal, which threw us; 1,25-OH vitamin D was 118 and PTH suppressed. Happy to share the path if you message me, or email [[EMAIL:j.obrien.md@stbrendans.org]]. — [[HCP:Jack O'Brien]]""",
    # family meeting
    """Family meeting [[DATE:Tuesday, October 17, 2023]], 14:00, 6th floor conference room.
Present: wife [[REL:Marguerite van der Berg]], son [[REL:Will van der Berg]], daughter-in-law [[REL:Priya]], palliative NP [[HCP:Dana Kowalczyk]], and me ([[HCP:T. Adeyemi]], hospitalist).
Discussed that Mr. [[PT:van der Berg]] has had three aspiration events this admission and that GI does not recommend PEG given stage IV pancreatic adenocarcinoma with peritoneal spread. Family agreed to DNR/DNI and comfort-focused care. Will wants to take him home to [[TOWN:Holland]], MI; CM to arrange home hospice with [[FAC:Harborlight Hospice]]. Son's cell [[PHONE:616-555-0178]].""",
    # discharge summary extract
    """DISCHARGE SUMMARY
Patient: [[PT:Esperanza de la Cruz]]    MRN: [[MRN:00482917]]    DOB: [[DATE:04/11/1931]]
Admitted: [[DATE:2024-02-09]]    Discharged: [[DATE:2024-02-16]]
Attending: [[HCP:Robert Lindqvist]], MD
Age: [[AGE:92]]
Hospital course: Mechanical fall at home with L intertrochanteric fracture. IMN on HD 2, uneventful. Post-op delirium POD#1-3, managed without antipsychotics. Hgb nadir 7.4, no transfusion. Eliquis resumed POD 2.
Disposition: [[FAC:Maple Grove Nursing and Rehabilitation]], [[STREET:300 Orchard Hill Rd]], [[TOWN:Sandusky]], OH [[ZIP:44870]]. Please fax the summary to [[FAX:419-555-0126]].
Follow-up: ortho clinic in 2 wks; PCP Dr. [[HCP:Hana Whitcomb]].""",
    # all lower case
    """quick q for the hive. pt is a [[AGE:ninety-four]] yo f from [[TOWN:paradise]], ca, lives w/ her granddaughter [[REL:faith]] who found her on the floor this am. ct head neg, ck 14,000, cr 3.2 (bl 0.9). on eliquis for afib, chads-vasc 5. we're debating holding anticoag after a fall at this age. her cardiologist dr [[HCP:hollis]] at [[FAC:feather river heart clinic]] wants to continue. last seen there [[DATE:aug 14]]. thoughts?""",
    # ALL CAPS
    """PT [[PT:GRANT LEWANDOWSKI]], [[AGE:90]]YO M, ADMITTED [[DATE:12/24/2022]] FROM [[FAC:SUNNY ACRES ASSISTED LIVING]] W/ HYPOXIA. CXR RLL INFILTRATE. STARTED CTX/AZITHRO. SAT 89% RA -> 94% 3L NC. DAUGHTER [[REL:JOY]] AT BEDSIDE, CONTACT [[PHONE:330 555 0144]]. FULL CODE PER DAUGHTER PENDING MOLST REVIEW. D/W DR [[HCP:PATEL-HOOVER]].""",
    # health plan
    """Venting a little: 40 minutes on hold with the plan for Ms. [[PT:Lorraine Achebe]]'s prior auth for Repatha. Member ID [[PLAN:WPA448102937]]. They wanted the LDL from [[DATE:June 2023]] (212 on atorvastatin 80 + ezetimibe 10; she meets Dutch Lipid Clinic criteria for definite FH). Denied twice. Does anyone have a template appeal letter that worked? They want it faxed to [[FAX:(800) 555-0199]], of course.""",
    # SSN, account, licence
    """SW note: Pt [[PT:Dmitri Sokolov]], MRN [[MRN:7731-2290]]. Registration flagged that the SSN on file ([[SSN:512-48-7731]]) does not match SSA records, and account [[ACCT:40028-1173]] is on hold. Pt says his wallet, with his driver's license ([[LIC:S530-4417-8821]]), was stolen when he was assaulted near the bus depot on [[STREET:Front Street]]. Assisted with replacement ID; referred to [[FAC:Harbor Street Legal Aid]]. Will follow.""",
    # vehicle
    """Trauma M&M case: [[AGE:ninety-one]]-year-old driver, single-vehicle crash into a utility pole on [[STREET:Route 9W]] just south of [[TOWN:Kingston]] on [[DATE:Labor Day 2023]]. The police report lists plate [[PLATE:KDR-4471]] and VIN [[VIN:1FTFW1E88MKD41637]]; the event data recorder showed no braking before impact. Injuries: sternal fx, L 4-7 rib fx, grade II splenic lac (non-op). Syncope workup: telemetry caught 6 s pauses, PPM placed HD 3. Makes me wonder whether we screen our elderly drivers enough.""",
    # device serial, IP
    """EP question. 71 yo man with ischemic CM, EF 20%, Boston Sci CRT-D serial [[DEVICE:RNB302715H]] implanted [[DATE:5/2019]]. Had 2 shocks on [[DATE:Sunday 11/12]] during what the remote transmission called VF but looks like lead noise to me (RV lead impedance jumped from 480 to 2,000+). The remote monitoring portal logged the transmission from [[IP:73.162.44.19]] at 03:12. Anyone seen Riata-like failure in this lead model?""",
    # social handle, URL
    """Heads up for anyone covering 7 West this weekend: the family of our post-op spine patient ([[PT:Tessa Nguyen-Whitaker]], 17F, POD 5 after T4-L2 fusion) has been posting daily updates with photos of the unit on Instagram ([[HANDLE:@tessastrong_2024]]) and a fundraiser at [[URL:https://www.gofundme.com/f/tessa-spine-journey]]. Please make sure nobody else's patients are in the background. Mom is [[REL:Kim Whitaker]].""",
    # email, pager, accession
    """Pt's daughter ([[REL:Annelise Fairbanks]]) emailed me directly from [[EMAIL:annelise.fairbanks77@gmail.com]] asking for her dad's biopsy results before his oncology visit. His path (accession [[ID:S23-44817]]) came back on the [[DATE:9th]]: DLBCL, GCB type, Ki-67 90%. I'm not comfortable discussing this over personal email. How do others handle it? If anyone wants to talk it through, page me at [[PAGER:(612) 555-0187 x4402]].""",
    # timeline
    """Timeline of the neuroinvasive WNV case I mentioned:
- [[DATE:9/2/22]]: urgent care in [[TOWN:Yakima]] for fever, myalgia, maculopapular rash
- [[DATE:9/4/22]]: admitted to [[FAC:Cascadia Valley Hospital]] with L arm weakness
- [[DATE:Sept 6th]]: LP 180 WBC (60% PMN early), HSV PCR neg, WNV IgM positive in CSF
- [[DATE:9.12.2022]]: intubated for neuromuscular resp failure, trach on day 10
- [[DATE:October 1, 2022]]: to [[FAC:Summit Ridge LTACH]]
Wife [[REL:Carmen]] is asking whether anyone has seen meaningful recovery of flaccid paralysis after WNV. EMG showed an anterior horn cell pattern.""",
    # initials
    """[[PT:J.M.]], 34 yo G3P2 at 31+2 wks, transferred from [[FAC:Pecan Valley Women's Clinic]] with BP 172/110, plt 88K, AST 240, LDH 780: HELLP. Mag 4 g load then 2 g/h, labetalol 20 IV, BMZ #1 given. Dr. [[HCP:R.K. Sandoval]] did a primary LTCS at 02:40; baby to NICU, Apgars 6/8. Plt nadir 41K POD 1, recovering. Husband [[REL:Mateo]] asks about recurrence risk in a future pregnancy; I quoted ~20% for some form of HDP. Reasonable?""",
    # employer, daycare, county
    """Public health case: blood lead 48 mcg/dL in a 4 yo on routine screen. Dad works at [[FAC:Midwest Reclaim Metals]], a battery recycler, and comes home in his work clothes. The child attends [[FAC:Little Acorns Daycare]] on [[STREET:Elm Street]] in [[TOWN:Galesburg]]; two other kids there are now being tested. Succimer 10 mg/kg TID started. The house at [[STREET:218 N. Cedar Ave]] was built in [[YEAR:1924]] and the inspection is pending. Reported to the [[COUNTY:Knox County]] health department on [[DATE:Feb 20, 2024]].""",
    # nonagenarian
    """Thoughts on TAVR in a [[AGE:nonagenarian]]? Mrs. [[PT:Beatrice Hollander]] is sharp, walks a mile daily, STS-PROM 8.2%, AVA 0.6 cm2, mean gradient 52. Syncope x2 this fall. Her son [[REL:Frank]], a retired cardiologist in [[TOWN:Sarasota]], is pushing for it; she is ambivalent. Our heart team is split. Frailty: gait speed 0.9 m/s, albumin 3.8, KCCQ 41.""",
    # date forms
    """Tumor board follow-up on [[PT:Harold Ngata]], MRN [[MRN:3349120]]. EUS-FNA on [[DATE:14-Mar-2023]] showed PDAC, borderline resectable (SMV abutment <180°). mFOLFIRINOX x8 starting [[DATE:03.28.23]], CA 19-9 1,240 → 86. Restaging CT [[DATE:2023-08-02]] stable. Dr. [[HCP:Wilhelmina Achterberg]] took him for a Whipple with SMV resection on [[DATE:8/29]]; R0, ypT2N0. Recovery complicated by DGE. Great outcome so far.""",
    # neighbour, street, town
    """63M found down by his neighbor, Mrs. [[REL:Ottilie Delacroix]], with a generator running in the attached garage of his house at [[STREET:57 Quarry Road]], [[TOWN:Barre]], VT. COHb 38%, GCS 9 at scene. Flown to [[FAC:Green Mountain Hyperbaric Center]] for HBO x3. Now 3 weeks out and newly apathetic with memory complaints; delayed neuropsychiatric syndrome? Neuropsych testing is scheduled with Dr. [[HCP:Ingrid Solvang]].""",
    # school
    """Peds ID case: 9 yo with 10 days of fever, headache, and a new 6th nerve palsy. Lives on a farm outside [[TOWN:Ottumwa]] and attends [[FAC:Wapello Creek Elementary]]. Mom ([[REL:Dawn Ridley]]) says the family's well water has never been tested. LP: OP 38, WBC 280 lymphocytic, glucose 22, protein 190. TB? Neurobrucellosis (raw goat milk from a neighbor)? Quantiferon indeterminate. Brucella serology sent to the state lab.""",
    # holiday with a year
    """A 67-year-old man presented to [[FAC:Good Shepherd Medical Center]] in [[TOWN:Longview]] on [[DATE:July 4th, 2023]] with a hand injury from a firework; he had stopped his warfarin on his own two days earlier. INR 1.3. Complete amputation of the L thumb at the IP joint, partial index. Hand surgery (Dr. [[HCP:Beaumont]]) attempted a replant, which failed on POD 3. He then had an NSTEMI on POD 5, trop I 4.2. When would you restart anticoagulation for his mechanical mitral valve?""",
    # clinician names that are ordinary words
    """Thanks to everyone who weighed in. Update: Dr. [[HCP:Hope]] from neuro saw her today and agrees with MOGAD rather than MS; MOG-IgG 1:1000, AQP4 negative. Dr. [[HCP:Young]] (ophtho) documented bilateral disc edema, VA 20/200 OD and 20/80 OS. IVMP 1 g x5, then PLEX x5 through [[DATE:Dec 8]]. Will start a slow pred taper. Dr. [[HCP:Bishop]], thank you for the quick referral from [[FAC:Cedar Point Pediatrics]].""",
    # URL, town that is a phrase, relative named like a month
    """Telehealth consult. Pt [[PT:Walter Pennington]] joined from home in [[TOWN:Truth or Consequences]], NM via [[URL:https://meet.cedarpointclinic.org/room/pennington-0412]]. 76M, COPD GOLD 3 on 2L home O2. Exacerbation x4 days, green sputum, no fever. Pred 40 x5 + doxy. His wife [[REL:June]] will call [[PHONE:575-555-0108]] if he is worse. Next video visit [[DATE:Thursday, April 18]].""",
    # other identifying numbers, employer, IP
    """Risk management asked for input on case [[ID:RM-2023-0417]]. The patient, [[PT:Obadiah Kincaid]], developed a stage 4 sacral pressure injury during a 19-day stay on 5 North; Braden 13 on admission. It was a workers' comp admission through his employer, [[FAC:Pinewood Lumber Co.]] (claim [[ID:WC-556102]]), and the EHR audit shows his chart was opened from [[IP:10.14.22.187]] by someone outside the care team. Anyone have a good RCA framework for HAPI?""",
    # towns, employer, county, Medicaid
    """Migrant health case: 31F recently moved from [[TOWN:Laredo]] to [[TOWN:Dearborn]] for work at [[FAC:Great Lakes Poultry Processing]]. 3 months of cough, night sweats, 6 kg weight loss. CXR: RUL cavity. AFB smear 3+, Xpert MTB detected, rif resistance not detected. Four roommates share her apartment at [[STREET:8812 Warren Ave, Apt 3]]. Contact tracing through [[COUNTY:Wayne County]]; RIPE started with video DOT. Medicaid ID [[PLAN:11234987B]] was activated the day after admission.""",
    # corrections
    """Corrections health: 52M, inmate at [[FAC:Clearwater Ridge Correctional Facility]], inmate no. [[ID:A-448172]], with HCV 1a, F3 on elastography, RNA 2.1 million IU/mL. Sofosbuvir/velpatasvir approved after 5 months of appeals. He was paroled on [[DATE:May 30, 2024]] mid-course and is now followed at [[FAC:Eastside Community Health Center]], where pharmacist [[HCP:Bill Tranh]] arranged a bridge supply.""",
    # dialysis
    """Dialysis access case: 68F ESRD on HD MWF at [[FAC:Westside Dialysis of Fresno]] (chair 14). L brachiocephalic AVF thrombosed on [[DATE:Monday, January 8, 2024]]; thrombectomy by IR (Dr. [[HCP:Lane]]). Recurrent cephalic arch stenosis, 3rd intervention in 6 months. Surgery suggests a BVT; nephrology prefers a graft. Her husband [[REL:Rajesh Kapoor]] drives her 45 min each way from [[TOWN:Coalinga]].""",
    # phones with extension
    """Callback request: the ED at [[FAC:Mercy North]] has a patient of yours, [[PT:Corinne Abernathy]], DOB [[DATE:7/19/58]], with a new PE. Please call the ED attending back at [[PHONE:(907) 555-0163 ext. 2231]] or the charge RN line [[PHONE:907.555.0170]].""",
    # holidays
    """Mr. [[PT:Fitzgerald-Ruiz]], 55, was admitted on [[DATE:Christmas Eve 2022]] with acute pancreatitis (lipase 4,800, TG 2,900) and was back on [[DATE:New Year's Day 2023]] with a recurrence after restarting alcohol. Insulin drip for HTG, TG 2,900 → 480 in 48 h; plasmapheresis not needed. Ranson 3, BISAP 2. His sister [[REL:Colleen]] is his only support.""",
    # hyphen and apostrophe names
    """Consult: [[PT:Siobhan O'Rourke-Delgado]], 41F, renal transplant in [[YEAR:2018]] (living donor, her brother [[REL:Declan O'Rourke]]), now with BK viremia 48,000 copies/mL and Cr 1.9 from 1.3. Tac trough 9.1. MMF cut to 250 BID. Biopsy: BK nephropathy, SV40 positive, class B. Leflunomide or IVIG? Her nephrologist, Dr. [[HCP:Eamon McAllister]], leans towards IVIG.""",
    # sign-out with initials
    """Night float sign-out:
- Rm 12, [[PT:R.M.]], 80s F, NSTEMI, hep gtt, next PTT 0200
- Rm 14, Mr. [[PT:K.]], COPD exac, BiPAP prn; wife [[REL:Nadia]] calls overnight, ok to update
- Rm 17, [[PT:A. Oyelowo]], DKA, gap closed 2200, transition to glargine 22u
- Rm 20, Mrs. [[PT:Evelyn St. Clair]], [[AGE:97]]F, comfort care, family at bedside""",
    # ZIP, street with ordinal, neighbourhood
    """Epi question: our ED has seen 11 kids with Salmonella in 3 weeks, 9 of them from the [[ZIP:60623]] ZIP code, in [[PLACE:Little Village]]. All ate cut fruit from the same cart near [[STREET:W. 26th Street]]. Index case [[PT:Yesenia Ortega]], 6, was admitted [[DATE:6/21]] with bacteremia. The health department is on it, but has anyone seen S. Poona with this kind of clustering before?""",
    # ages over 89, several forms
    """Three of our four hip fractures this week were over 90: a [[AGE:96]]-year-old, a [[AGE:ninety-two]]-year-old, and a lady who turned [[AGE:101]] last month, all from [[FAC:Brookhaven Senior Living]]. The fourth was 89. Is anyone doing a formal falls review with their local ALFs? Our ortho-geri co-management lead, Dr. [[HCP:Summer Okafor]], wants to present it at grand rounds.""",
    # patient email
    """Portal message from [[PT:Walt Brennan]] ([[EMAIL:grandpa.walt1933@yahoo.com]]) asking whether he can stop his Eliquis before his grandson's wedding in [[TOWN:Savannah]] on [[DATE:June 8th]]. He's [[AGE:90]], CHA2DS2-VASc 5, prior TIA. Obviously no, but how do you all handle patient-initiated "drug holidays"?""",
    # licence number, employer hospital
    """A 38-year-old ICU nurse at [[FAC:Saint Ignatius Hospital]] (license RN [[LIC:884213]]) had a needlestick from a source patient who is HCV RNA+ with unknown HIV status. PEP started within 2 h; source consented to testing. Occupational health (Dr. [[HCP:Marco Ricci]]) will follow up at 6 wks, 3 mo and 6 mo. Her husband [[REL:Ethan]] asked about sexual transmission risk.""",
    # social handle, URL without scheme
    """Careful with social media: someone posted a "de-identified" photo of our patient's unusual rash, and the comments tagged her by her handle, [[HANDLE:@marisol_rides]]. The Facebook group [[URL:facebook.com/groups/valleyfeverwarriors]] shared it too. Disseminated coccidioidomycosis to skin and bone in a 29F from [[TOWN:Bakersfield]]; fluconazole 800 mg daily. Lesson learned.""",
    # weekday + date, international phone
    """Update from [[DATE:Fri 11/3]]: [[PT:Gideon Marsh]] extubated, now on 4L. Daughter [[REL:Maya Marsh]] asked for a call at [[PHONE:+1 404 555 0112]]. Plan step-down on [[DATE:Sat 11/4]] if stable.""",
    # day-month-year with dots, ISO
    """Visiting fellow sharing a case from my home hospital: Mrs. [[PT:Ingrid Bakker-Holt]], 61, admitted [[DATE:03.11.2023]] to [[FAC:Sint Jozef Ziekenhuis]] in [[TOWN:Leeuwarden]] with pulmonary-renal syndrome. Anti-GBM 180 U/mL, ANCA neg. PLEX daily x14, cyclophosphamide, pred 1 mg/kg. Still dialysis-dependent at discharge on [[DATE:2023-11-21]]. Do US centers still offer PLEX when Cr >5.7 at presentation?""",
    # month and year
    """Longitudinal puzzle: [[PT:Theodore Quayle]] first presented in [[DATE:Nov 2019]] with isolated thrombocytopenia (plt 62K), labeled ITP. By [[DATE:March of 2021]] he had a 17 cm spleen. Marrow in [[DATE:Aug 2022]]: MF-2 fibrosis, CALR type 1. On ruxolitinib since. DIPSS intermediate-2; transplant consult at [[FAC:Puget Sound Transplant Center]] next month.""",
    # ordinal dates
    """GBS after Campylobacter: [[PT:Luis Arriaga]], 44. Diarrhea on the [[DATE:3rd of November]], ascending weakness a week later, intubated on the [[DATE:10th]] when FVC fell to 14 mL/kg. EMG: AIDP. IVIG 2 g/kg over 5 days. Dysautonomia with BP swings 210/120 to 80/40. His wife [[REL:Marisela]] asks how long until he walks. I said months. Agree?""",
    # lower-case thread reply
    """agree w/ dr [[HCP:oyelaran]]. we had almost the same pt at [[FAC:st. agnes]] last year, a [[AGE:93]] yo w/ pseudogout of the knee masquerading as a septic joint. tap 40k wbc, cppd crystals, cx neg. colchicine + intra-articular steroid did it. his wife [[REL:mabel]] still sends the unit cookies.""",
    # ALL CAPS referral with address
    """HOME HEALTH REFERRAL: [[PT:CHARLES WINTERBOTTOM]] DOB [[DATE:02/29/1936]], [[STREET:4410 OLD FARM RD]], [[TOWN:HAGERSTOWN]], MD [[ZIP:21742-3315]]. DX: CHF, DM2, PVD. NEEDS PT/OT/RN. PCP DR [[HCP:GERALDINE FOX]]. MEDICARE MBI [[PLAN:4QW7-RT2-HN58]]. EMERGENCY CONTACT: NIECE [[REL:BONNIE MCCRAE]] [[PHONE:301-555-0136]].""",
    # town that is an ordinary word
    """19 yo M from [[TOWN:Hope]], AR, copperhead bite to the L hand while fishing; swelling past the wrist within 1 h. Flown to [[FAC:Red River Medical Center]]. CroFab 6 vials, 2 more for progression. Fibrinogen 110, plt 70K, no compartment syndrome (pressures 18). His mom, [[REL:Autumn Reyes]], asks when he can pitch again.""",
    # college, town that is an ordinary word
    """Splenic rupture 19 days after a mono dx: 20M, student at [[FAC:Mackinaw Valley College]] in [[TOWN:Normal]], IL, tackled at rugby practice. FAST positive, HR 130, BP 88/50. IR embolized the splenic artery; Hgb 13.1 → 8.2. His roommate [[REL:Tyler Gunderson]] brought him in. Return-to-contact-sport advice after EBV is 3 wks minimum; we used 8 here.""",
    # pedigree
    """Genetics question: proband [[PT:Naomi Feldstein-Reyes]], 36, BRCA2 c.5946delT. Her mother [[REL:Ruth Feldstein]] had ovarian ca at 52 and her maternal aunt [[REL:Estelle]] breast ca at 44. Her sister [[REL:Leah]] tested negative. We recommended RRSO by 40-45. She asked whether her daughter [[REL:Ava]] (8) should be tested now; we said not until adulthood. Any dissent?""",
    # veteran, other id
    """[[PT:Harlan Pruitt]] is a [[AGE:ninety]]-year-old Vietnam veteran followed at [[FAC:Blue Ridge VA Medical Center]] for CLL (Rai I) and ischemic heart disease, both presumptive Agent Orange conditions. His VA claim number is [[ID:C-28814407]]. He now has a new 2.2 cm spiculated RUL nodule, SUV 6.1. Biopsy or SBRT empirically at this age?""",
    # grand rounds, county, URL
    """Grand rounds recap: Dr. [[HCP:Pieter van den Heuvel]] presented Whipple's disease (T. whipplei, not the operation) in a 58M farmer from [[COUNTY:Hidalgo County]]. PAS+ macrophages on the duodenal biopsy from [[DATE:Oct 3]]. Ceftriaxone 2 g x14 d, then Bactrim for a year. Slides are at [[URL:https://gr.riograndemed.org/2023/whipple-case]].""",
    # PO box, apartment
    """Can't reach a pt about a K of 6.1 on outpatient labs. Listed address is [[STREET:PO Box 412]], [[TOWN:Marble]], CO [[ZIP:81623]], and the phone is disconnected. Emergency contact is his ex-wife [[REL:Penny Sorensen]] at [[STREET:77 W. Cypress Ave, Apt 12C]], [[TOWN:Glenwood Springs]]. Police welfare check requested. How far do you all go?""",
    # account number
    """Billing mess: [[PT:Ramona Yazzie]] got a $14,000 bill for a 99285 ED visit (account [[ACCT:7719-004418-22]]) that should have gone to IHS. She was seen first at [[FAC:Canyon Mesa Indian Health Center]] and transferred to us in [[TOWN:Gallup]]. Our billing office says the referral paperwork never arrived. Anyone navigated PRC denials successfully?""",
    # MRN, plate, VIN, intersection
    """ED course: [[PT:Hunter Kowalski]], 24M, MRN [[MRN:A00918273]], motorcycle vs SUV at [[STREET:Route 30 and Pine Hollow Rd]]. EMS recorded the SUV's plate ([[PLATE:7KJD291]]) and the trooper the VIN ([[VIN:5YJ3E1EA2LF782104]]). GCS 7, intubated. CT: 9 mm SDH, 4 mm MLS. Dr. [[HCP:Dev Malhotra]] took him to the OR. Mother [[REL:Crystal]] is en route from [[TOWN:Greensburg]].""",
]

# ------------------------------------------------------ notes with no PHI (look-alikes)
FREE_NOTES: list[str] = [
    """65M w/ Crohn's (ileocolonic, on Humira 40 q2wk), s/p ileocecal resection in [[YEAR:2016]], presents w/ RLQ pain x3 days. Afebrile, BP 138/86, HR 92. CRP 48, fecal calprotectin 1,200. CT: 12 cm TI thickening, no abscess. IV methylpred 20 q8h. GI wants to switch to Skyrizi. Rutgeerts i3 on the last scope. Anyone using upadacitinib for post-op recurrence?""",
    """Interesting exam today: 72F, R-sided weakness 3/5 RUE and 4/5 RLE, upgoing Babinski on the R, Hoffmann's positive bilaterally, GCS 14 (E4V4M6), NIHSS 7. CTA: no LVO. MRI: small L corona radiata infarct. Plavix + ASA x21 days per POINT/CHANCE. Lhermitte's sign was also positive, which makes me wonder about a concurrent cervical myelopathy. MRI C-spine ordered. Thoughts?""",
    """POD#2 s/p Whipple for pancreatic head adenoCA (T2N1). Drain amylase 2,400 on POD 3, so grade B fistula per ISGPF. Foley out this AM, voiding. No Swan-Ganz. NGT out POD1, on clears. Octreotide 100 mcg SQ q8h. Hgb 9.8 (from 11.2). Plan: stay on the ERAS pathway, repeat drain amylase POD5.""",
    """2/6 systolic ejection murmur at the RUSB radiating to the carotids, pulsus parvus et tardus. TTE: AVA 0.8 cm2, mean gradient 44, Vmax 4.3, EF 55%. STS-PROM 3.1%. Heart team favors TAVR over SAVR given frailty (5 m walk 8 s). CHA2DS2-VASc 4, HAS-BLED 2, on Eliquis 5 BID. No Austin Flint murmur; AR is trace.""",
    """Day 3 in the MICU. ABG 7.21/58/64 on PEEP 12, FiO2 0.6, P/F 107: severe ARDS by the Berlin definition. Proned 16 h/day. Lactate 4.2 → 2.1. Levophed 0.12 mcg/kg/min, vaso 0.03. Cr 2.8, UOP 15 mL/h, CRRT started. Vanc trough 18, Zosyn 4.5 g q8h extended infusion. SOFA 11, APACHE II 26. Family updated at the bedside.""",
    """Lyme question: 34F with erythema migrans x2 (R thigh, L flank) after camping in Wisconsin 3 weeks ago. Doxy 100 BID x14 d. Rocky Mountain spotted fever on the ddx because of petechiae? Nothing on palms or soles. Babesia smear neg, Anaplasma PCR pending. She had a Jarisch-Herxheimer reaction after the first dose.""",
    """Graves' vs Hashimoto's (hashitoxicosis)? TSH <0.01, FT4 3.2, TRAb neg, TPO 1,400, RAIU 4% at 24 h, ESR 12. Propranolol 20 TID. Will repeat TFTs in 6 wks. Cortisol 18 this morning, so Addison's is unlikely; Cushing's was never on the table.""",
    """KRAS G12C NSCLC, PD-L1 TPS 80%, EGFR/ALK/ROS1 neg, BRAF V600E neg. Stage IVA (T2bN2M1a). Pembro x6 cycles, then PD. Now sotorasib 960 mg daily, C2D1. ECOG 1, CEA 12.4, brain MRI neg. ICD-10 C34.12, CPT 96413 for the infusion. Anyone adding carbo/pem on progression?""",
    """3 yo with 6 days of fever, bilateral non-exudative conjunctivitis, strawberry tongue, 2 cm cervical node, periungual desquamation. Kawasaki. Echo: LAD z-score +3.1. IVIG 2 g/kg + ASA 80 mg/kg/d. Born at 36+4, Apgars 8/9. Wt 14.2 kg (50th %ile). Kobayashi score 5, high risk, so we added steroids.""",
    """Maisonneuve fracture missed at urgent care: the Ottawa ankle rules were applied but nobody palpated the proximal fibula. Weber C, syndesmotic screw placed, WBAT at 6 wks. Same weekend: a Hill-Sachs lesion with a Bankart tear, and a Salter-Harris II of the distal radius in a 12 yo.""",
    """Glasgow-Blatchford 12, Rockall 5. EGD: Forrest IIa ulcer on the posterior duodenal bulb, clipped + epi. Also LA grade C esophagitis (Los Angeles classification) and a Schatzki ring; no Mallory-Weiss tear. Hgb 6.8 → 8.9 after 2u PRBC. IV PPI 40 BID. H. pylori biopsy pending.""",
    """72 YO M W/ PARKINSON'S ON SINEMET 25/100 TID, ADMITTED W/ ASP PNA. SWALLOW EVAL: DYSPHAGIA, NECTAR THICK. FOLEY PLACED FOR RETENTION. BP 104/62 HR 88 RR 22 SAT 93% 2L NC. GCS 15. CAM-ICU NEG. PLAN: UNASYN 3G Q6H, PT/OT, SLP F/U. FAMILY AWARE.""",
    """quick one: 45 yo m, etoh use d/o, ciwa 18 overnight, got 4 mg ativan, now rass -2. mg 1.4, phos 1.8, k 3.1. thiamine 500 tid for wernicke's ppx. anyone using a phenobarb protocol on the floor vs icu only? our pharmacy says icu only. he's from georgia, up here visiting family.""",
    """HLA-B27+, 28M, inflammatory back pain >3 months, modified Schober 3 cm, sacroiliitis on MRI (ASAS criteria met), Achilles enthesitis, one episode of anterior uveitis in [[YEAR:2022]]. Reiter's/reactive arthritis considered given prior chlamydia. Behçet's unlikely, no oral ulcers. Starting adalimumab.""",
    """JAK2 V617F+ PV, Hct 54%, plt 612K, now with Budd-Chiari (hepatic vein thrombosis on MRI). Heparin gtt, then warfarin INR 2-3 or Xarelto? Phlebotomy to Hct <45, hydroxyurea 500 BID. Child-Pugh B8, MELD-Na 17. Anyone going to TIPS early?""",
    """K 6.8 with peaked T waves, QRS 142. Calcium gluconate 1 g x3, insulin 10 u + D50, Lokelma 10 g TID, albuterol 10 mg neb. R IJ HD catheter placed. Cr 9.4, BUN 112, HCO3 9 with Kussmaul breathing; a friction rub, so uremic pericarditis too. He lives in a rural county in Nevada with no dialysis unit for 200 miles.""",
    """Fleischner question: 7 mm solid RUL nodule in a high-risk 60 pk-yr smoker. CT in 6-12 mo, Lung-RADS 3. PFTs: FEV1/FVC 0.62, FEV1 48% pred, DLCO 41%; GOLD 3, group E, on Trelegy. Alpha-1 antitrypsin 88, MZ phenotype. Not apical, so no Pancoast concern.""",
    """PHQ-9 of 22, GAD-7 17, C-SSRS positive for passive SI. A Baker Act was initiated in the ED (she was on vacation in Florida). Sertraline 50 started. Lithium level 0.9, QTc 478. Collateral from her roommate confirms 3 weeks of not eating.""",
    """Octogenarian with recurrent falls: 87F, orthostatic (142/80 supine → 108/64 standing, SBP in the 90s by minute 3), on trazodone 100 qHS and oxybutynin. Beers criteria: stop oxybutynin. TUG 19 s. Vit D 14. DEXA T-score -3.1; Prolia vs zoledronic acid. Her 88 yo husband is her caregiver. Sats in the low 90s on RA.""",
    """G4P2 at 38+1, Bishop score 4, cervix 1/50/-2. Cytotec 25 mcg PV q4h x2, then Pitocin. Cat II tracing with late decels. Apgars 7/9 at 1/5 min. QBL 850 mL. Pre-E without severe features, BP 148/94. Rh neg, RhoGAM given. GBS+, PCN x2 doses >4 h before delivery.""",
    """Agree with the comment above. In our experience (community hospital, ~300 beds, rural Virginia), Swan-Ganz catheters are rarely placed outside the cath lab now. For PE we use Wells, PERC and the Geneva score, then PESI for disposition. We saw 3 similar cases last winter, all transferred to a tertiary center from an OSH ED. One patient had already consulted Dr. Google and self-started aspirin.""",
    """SJS/TEN overlap: 15% BSA detachment, Nikolsky positive, SCORTEN 3. Likely culprit lamotrigine started 3 weeks ago and titrated too fast (25 → 100 mg in 10 days). HLA-B*15:02 negative. Transferred to the burn unit. IVIG vs cyclosporine?""",
    """CD4 48, VL 210,000 copies/mL. Crypto Ag positive, titer 1:640. LP: OP 32 cm H2O. Ambisome + flucytosine, ART deferred 4-6 weeks (COAT). Kaposi's sarcoma on the palate. Toxo IgG neg. PJP ppx with Bactrim DS daily.""",
    """EKG: sinus 62, PR 220, QRS 98, QTc 452, Mobitz I (Wenckebach) 3:2 at night. No delta wave, so not WPW. Brugada type 1 pattern in V1-V2 during fever; ajmaline challenge offered. Takotsubo on the echo last admission. Father had SCD at 44.""",
    """Hunt-Hess 3, modified Fisher 4 SAH from a 7 mm ACOM aneurysm. EVD placed, ICP 22. Coiled day 0. Nimodipine 60 q4h. TCDs day 5: MCA velocities 180, Lindegaard ratio 4.1, vasospasm. Na 129, CSW vs SIADH. GCS 13 → 10 overnight.""",
    """6 months post-OLT for NASH cirrhosis, tac level 4.2 (goal 6-8), Cr 1.6. Biopsy: moderate ACR by Banff, rejection activity index 6/9. Solumedrol 500 x3. CMV D+/R- on valganciclovir ppx. Virchow's triad came up re: the portal vein; HAT excluded on Doppler.""",
    """Coding question: 99223 plus prolonged service 99356, dx I50.23, N18.32, E11.65, Z79.4. Our coders keep rejecting E87.1 with E22.2 (SIADH) on the same claim. Anyone know the rule?""",
    """17 yo pitcher, UCL tear: valgus stress test positive, moving valgus positive, MRI full-thickness. Tommy John reconstruction planned; return to play 12-18 months. His 13 yo brother has Osgood-Schlatter. Both boys say they pitch 24/7.""",
    """Rapid response at 0347: HR 148, BP 82/44, RR 30, T 39.4, SpO2 88% on 4L. Sepsis bundle: 30 mL/kg LR, cultures x2, cefepime + vanc within 1 h. Lactate 5.1, qSOFA 3. To the ICU at 0520. PICC placed, tip at the cavoatrial junction; Hickman discussed for TPN.""",
    """Things I learned this week: (1) a Sister Mary Joseph nodule means periumbilical mets; (2) Trousseau's sign of latent tetany and Trousseau syndrome are the same man; (3) Charcot has at least four eponyms; (4) Murphy's sign is often falsely negative in the elderly; (5) Courvoisier's law. Ca 6.9, iCa 0.88, Mg 1.1, Chvostek positive.""",
]


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the ``[[TAG:text]]`` markup; return the plain text and its gold spans."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        tag, inner = m.group(1), m.group(2)
        if tag not in TAGS:
            raise ValueError(f"unknown tag {tag!r} in: {m.group(0)}")
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        spans.append(
            {"start": length, "end": length + len(inner), "type": TAGS[tag][0], "text": inner, "tag": tag}
        )
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup in: {text[:60]!r}")
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], s
    return text, spans


def build_notes(
    phi_notes: list[str], free_notes: list[str], prefix: str
) -> list[tuple[dict[str, object], list[str]]]:
    """Every note as (record written to the file, tags of its spans), PHI notes first."""
    built = []
    for k, marked in enumerate(phi_notes + free_notes, 1):
        text, spans = parse(marked)
        spans.sort(key=lambda s: (s["start"], s["end"]))
        tags = [str(s.pop("tag")) for s in spans]
        record = {"id": f"{prefix}-{k:03d}", "text": text, "phi": spans}
        built.append((record, tags))
    return built


def attach_members(
    built: list[tuple[dict[str, object], list[str]]], members: dict[str, list[dict[str, str]]]
) -> list[tuple[dict[str, object], list[str]]]:
    """Give the records named in ``members`` (note id -> colleagues) their ``members`` key,
    after checking each colleague against the note: a handle must stand in the text outside
    every PHI span; a member without one must be named there by some word of their name."""
    by_id = {str(r["id"]): r for r, _ in built}
    unknown = set(members) - set(by_id)
    if unknown:
        raise ValueError(f"members for unknown note ids: {sorted(unknown)}")
    for note_id, colleagues in members.items():
        record = by_id[note_id]
        for colleague in colleagues:
            needles = [colleague["handle"]] if colleague.get("handle") else colleague["name"].split()
            if not any(_outside_phi(record, needle) for needle in needles):
                raise ValueError(f"{note_id}: {colleague} is not in the text outside PHI spans")
        record["members"] = [dict(c) for c in colleagues]
    return built


def _outside_phi(record: dict[str, object], needle: str) -> bool:
    """``needle`` occurs in the note text, and no occurrence overlaps a PHI span."""
    text = str(record["text"])
    starts = [m.start() for m in re.finditer(re.escape(needle) + r"(?![\w.]*\w)", text)]
    spans = record["phi"]
    return bool(starts) and not any(
        i < s["end"] and s["start"] < i + len(needle) for i in starts for s in spans  # type: ignore[index]
    )


def render_notes(built: list[tuple[dict[str, object], list[str]]]) -> str:
    """The JSONL file's exact content."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in built)


def write_notes(out: Path, built: list[tuple[dict[str, object], list[str]]], n_phi: int) -> int:
    out.write_text(render_notes(built), encoding="utf-8")
    spans = sum(len(r["phi"]) for r, _ in built)
    print(f"wrote {out.name}: {n_phi} notes with PHI, {len(built) - n_phi} without, {spans} spans")
    return 0


def build() -> list[tuple[dict[str, object], list[str]]]:
    return build_notes(PHI_NOTES, FREE_NOTES, "pc")


def render() -> str:
    return render_notes(build())


def blind_set(prefix: str, out: Path, phi_notes: list[str], free_notes: list[str],
              members: dict[str, list[dict[str, str]]]):
    """``build``, ``render`` and ``main`` of a blind set whose colleagues are given by note id
    (sets 6 on): the scripts hold only their notes."""

    def build() -> list[tuple[dict[str, object], list[str]]]:
        """Every note as (record, tags), PHI notes first, with ``members`` where it has any."""
        return attach_members(build_notes(phi_notes, free_notes, prefix), members)

    def render() -> str:
        return render_notes(build())

    def main() -> int:
        return write_notes(out, build(), len(phi_notes))

    return build, render, main


def main() -> int:
    return write_notes(OUT, build(), len(PHI_NOTES))


if __name__ == "__main__":
    sys.exit(main())
