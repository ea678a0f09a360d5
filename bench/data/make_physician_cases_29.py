# ruff: noqa: E501 (the notes are data)
"""Blind test set 29: physicians pasting documents into a case discussion and asking about them.

Every post is a physician's question or comment wrapped around a pasted, retyped, OCR'd or
photographed-and-transcribed document: discharge summaries, referral and transfer letters,
operation notes, pathology, radiology and lab printouts, ED triage sheets, ambulance and
retrieval run sheets, medication reconciliation tables (pipes and tabs), death certificates,
coroner and medical-examiner forms, prior-authorisation denials and fax covers, workers'
compensation, disability, school-sports and court forms, vaccination cards, travel letters,
service records, ship's and expedition logs, NGO field reports, prison transfers, telehealth
intakes, portal messages, WhatsApp referrals and video-consult transcripts. Writers work in the
US, Canada, the UK and Ireland, Australia and NZ, South Africa, Nigeria, Kenya, Ghana, Uganda,
South Sudan, India, Pakistan, Bangladesh, Sri Lanka, the Philippines, Malaysia, Singapore, Hong
Kong, the UAE, Qatar, Saudi Arabia, Israel, the Netherlands/Germany, Norway, Jamaica, Peru, Fiji
and at sea. The 44 notes without PHI are templates with empty fields, guideline, protocol and
formulary extracts, code and form lists, eponym, trial and place-named-score tables, emergency
numbers, public links and colleagues talking to each other. Everything is invented (US phone
numbers are 555-01xx); towns, regions and a few real hospitals are real.

Annotation conventions:
- Names: every mention of a patient (PT), a non-clinician about the patient (REL: relatives,
  friends, workmates, supervisors, expedition staff, police officers, medicolegal investigators,
  judges and lawyers) and a clinician in the patient's care (HCP: doctors, nurses, midwives,
  paramedics, pharmacists, lab scientists, athletic trainers, clinical officers), including
  signatures, cc lines, table cells and transcript speaker labels. Titles and honorifics (Dr,
  DR, dr., Mr, Mrs, MRS, mrs, Ms, Prof, Sen Const, W/O, HM2, Justice, Obst., Encik, Tita, Aunty,
  garu, sahib), credentials and the quote marks around a nickname stay outside; the possessive 's
  stays outside.
- A name written as one unit is one span, including surname-first forms with a comma
  ("HARGREAVES, Colin", "Nowak, P"), initials, "bin"/"binti", "Al-", "Ben-", "Md.", "Ch",
  "de Dios" and "Mac Giolla". "s/o", "d/o" and "née" stay outside and the father's name (REL)
  or maiden name (PT) is its own span; a nickname or a name in another script is its own span.
  Patient initials would be PT; lower-case names are tagged like any other.
- FAC: the full name with its generic word (Hospital, Clinic, Polyclinic, Health Centre, SAPS,
  Police Station, Court, Jail), plus every short form or acronym (LUTH, KBTH, UNN, CWMH, CHEO,
  KK Batu 9 Cheras, unth, Korle Bu, Mulago, Lacor). Employers, schools, ships, military
  units, police stations, courts, the airport where a patient was vaccinated, retrieval bases and
  a named landmark used as an address are FAC. A town or person's name inside a facility name
  is not tagged again. Departments, wards, beds, cabins and generic references ('the sadar
  hospital', 'the kibbutz clinic', 'the shore hospital') are not tagged. Payers, insurers and
  schemes (NHIF, Daman, ACC, Medicare as a scheme), regulators and institutions in general
  (WHO, DHA, NPRA, CMPA, VFW, NICE) are not tagged.
- STREET is the whole street line as written, with house/flat/unit/villa/plot/stand/erf/
  shelter/holding numbers, P.O. Box and Postboks, and any landmark phrase on that line ("opposite
  Madina Masjid"); each street of an intersection is its own span.
- TOWN: cities, towns and stand-alone villages or communities (a kibbutz with its word
  "Kibbutz"). PLACE: suburbs, neighbourhoods, estates, townships, townlands, barangays and puroks
  (with "Brgy."/"Purok"), camps and camp blocks, GN divisions, Kowloon. COUNTY: counties,
  sub-counties, districts, upazilas, Jamaican parishes and Orkney; the generic word (County,
  Sub-County, Co., Upazila, district) is INSIDE the span when written next to the name, but a
  form label ("District:", "Parish:") is outside. States, provinces, regions, countries and
  city-states named as countries (Singapore, St Maarten) are not tagged.
- ZIP: postcodes, PIN codes, Eircodes, Jamaican postal districts ("Kingston 8") and Ghana
  digital addresses.
- DATE: any date more specific than a year tied to a patient, as written (ordinals, month
  names, OCR-garbled digits, Hijri with its "H"), including month-only, day-month and month-year
  dates, dates of birth, and a holy day that dates the patient's event (Yom Kippur, Vesak Poya,
  3rd Ramadan). Weekday names and clock times stay outside; relative times are not dates.
  YEAR: a year alone tied to the patient; citation, guideline, law and vehicle-model years are
  not tagged.
- AGE: only ages over 89, the number or number-word only ("93" of "93-year-old", "94" of
  "94/F"), also a relative's.
- Identifiers: national identity and tax-registration numbers, including partial ones (Kenyan,
  Saudi and SA ID numbers, NIN, Emirates ID, QID, NRIC, HKID, CNIC, NIC, Aadhaar last four,
  Ghana Card, BSN, Norwegian birth number, TRN, SIN, PPSN, Teudat Zehut, DNI, NID, US SSN and
  its last four) are SSN; national health numbers and insurance member, policy and card numbers
  (NHS, CHI, NHI, IHI, Medicare, Nunavut health card, PhilHealth, NHIF, NHIS, ABHA) are PLAN;
  hospital, chart, UR/HRN, BHT, UHID, IP, RN, HCL, folder, ART- and VL-register and clinic
  registration numbers are MRN; passport, claim, case, court-file, police CAS, DOC, DoD, badge,
  employee, lab accession, session, retrieval, prescription (Rx#), FCN and PA reference numbers
  are ID; a billing folio or pharmacy account is ACCT; clinicians' registration numbers (GMC,
  MDCN, HPCSA, NPI, MCR, state council) are LIC; generator and lead serial numbers are DEVICE,
  while model numbers and vaccine batch/lot numbers are not tagged.
- Every phone, fax and pager number in a document is tagged, whoever it belongs to (a payer's
  appeal line too), with its country code and punctuation; emergency numbers and public
  helplines are not. URL: links specific to the patient; public guideline and literature links are not.
  HANDLE: a patient's social handle with its "@".
- Not PHI: eponyms, place-named diseases, scores, criteria, guidelines and trials ("Lake Louise
  score", "Darwin guideline", "Hb Korle-Bu"), cited authors and cases, form numbers, codes,
  brands, model numbers, ward/bed/cabin numbers, ages under 90, clock times and fractions.
- Colleagues on the network (the poster when named, repliers, @mentioned colleagues) are not
  tagged; they are listed in MEMBERS.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Kenyan discharge summary: P.O. Box-postcode, IP number, national ID, NHIF, sub-county and county, NOK phone
    ("Colleagues in western Kenya: pasting the discharge summary that came with a patient to my clinic this week (typed from the original, layout kept). Question at the bottom.\n\n"
     "[[FAC:JARAMOGI OGINGA ODINGA TEACHING & REFERRAL HOSPITAL]]\n"
     "[[STREET:P.O. Box 849]]-[[ZIP:40100]], [[TOWN:Kisumu]]\n"
     "DISCHARGE SUMMARY\n"
     "Name: [[PT:Achieng Atieno Otieno]]    IP No: [[MRN:JOOTRH/IP/2024/08812]]\n"
     "Age: 58 yrs    Sex: F    ID No: [[SSN:23981457]]    NHIF No: [[PLAN:R4471093]]\n"
     "Residence: [[PLACE:Manyatta B]], [[COUNTY:Kisumu East Sub-County]]\n"
     "Next of kin: [[REL:Otieno Ouma]] (husband)    Tel [[PHONE:0722 481 306]]\n"
     "Date of admission: [[DATE:02/09/2024]]    Date of discharge: [[DATE:11/09/2024]]\n"
     "Diagnosis: 1. Left femoral DVT (Wells 3)  2. RVD on TLD, VL <50 copies\n"
     "Management: Enoxaparin 60 mg SC BD x 5/7, warfarin 5 mg nocte from D2. INR on discharge 1.6. Reviewed by the physician on ward round.\n"
     "Follow-up: MOPC in 1 week for INR and dose adjustment.\n"
     "Signed: Dr [[HCP:Brenda Chepkoech]], Medical Officer Intern\n\n"
     "My problem: she lives 40 km out and cannot come weekly for INR (the fare alone is KES 600). [[PT:Achieng]] has had two INRs since, 1.4 and 3.9. Dolutegravir and warfarin barely interact on paper, so the swings are probably adherence and diet. Would you switch her to rivaroxaban if she can afford it, and for how long after a first provoked DVT? The provoking factor was a 14-hour bus trip. Has anyone got DOACs covered under the NHIF outpatient scheme?"),
    # 002 UK 2WW referral letter: practice address, postcodes, NHS number, fax, GMC number, cc line
    ("Is this a reasonable 2WW referral, or should I have asked for an OGD as well? Letter as it went out yesterday:\n\n"
     "[[FAC:Harbourside Medical Practice]]\n"
     "Tel [[PHONE:01326 318442]]    Fax [[FAX:01326 318449]]\n\n"
     "Dear Colorectal Team,\n\n"
     "Re: Mr [[PT:Dennis John Trewin]]    DOB [[DATE:04/07/1956]]    NHS No. [[PLAN:485 777 3456]]\n"
     "[[STREET:Flat 2, 9 Killigrew Street]], [[TOWN:Falmouth]] [[ZIP:TR11 3PN]]\n\n"
     "I would be grateful if you would see this 68-year-old retired fisherman urgently under the suspected lower GI cancer pathway. Since [[DATE:March]] he has had looser stools most days with some dark blood mixed in. Hb 112 g/L, MCV 76 fL, ferritin 9 ug/L. FIT 84 ug Hb/g faeces ([[DATE:12/06/2024]]). Abdominal and rectal examination unremarkable. His wife [[REL:Morwenna]] thinks he has lost about a stone. He takes aspirin 75 mg and ramipril 5 mg.\n\n"
     "Yours sincerely,\n\n"
     "Dr [[HCP:Kerenza Pascoe]]\n"
     "GMC [[LIC:7043519]]\n"
     "cc: Dr [[HCP:Ashok Varadarajan]], Consultant Gastroenterologist, [[FAC:Royal Cornwall Hospital]]\n\n"
     "NICE NG12 puts him on the pathway on the FIT alone. Our local pathway sends over-70s straight to CT colonography, which he isn't. With iron deficiency, would you have asked for an OGD on the same form, or left that to the triaging consultant?"),
    # 003 Philippine lab printout through phone OCR: garbled facility, 'Narne:', purok and barangay, PhilHealth, OCR date
    ("Rural health unit in [[TOWN:Argao]], Cebu. A patient brought a lab result from the city; I ran the photo through my phone's OCR, garble and all:\n\n"
     "[[FAC:V1CENTE SOTT0 MEM0RIAL MEDlCAL CENTER]]\n"
     "[[STREET:B. Rodriguez St.]], [[TOWN:Cebu City]] [[ZIP:6OOO]]\n"
     "DEPARTMENT 0F PATH0LOGY AND LAB0RATORIES\n"
     "Narne: [[PT:DELA CRUZ, MA. LUISA B.]]     Age/Sex: 47 / F\n"
     "Address: [[PLACE:Purok 3]], [[PLACE:Brgy. Bulasa]], [[TOWN:Argao]]\n"
     "PhilHealth #: [[PLAN:12-025561843-7]]\n"
     "Date: [[DATE:0ct 14, 2024]]\n"
     "Req. Physician: DR. [[HCP:R. ABELLANA]]\n"
     "TEST            RESULT      UNIT      REF. RANGE\n"
     "FBS             7.9   H     mmol/L    3.9 - 6.1\n"
     "HbA1c           8.6   H     %         4.0 - 5.6\n"
     "Creatinine      142   H     umol/L    53 - 97\n"
     "eGFR (CKD-EPI)  38          mL/min/1.73m2\n"
     "Potassium       5.3         mmol/L    3.5 - 5.1\n"
     "Med Tech: [[HCP:J0VELYN P. TAN0]], RMT\n\n"
     "She is on metformin 1 g BD and glibenclamide 5 mg from the barangay health station. With an eGFR of 38 I want to drop metformin to 500 mg BD and stop the glibenclamide, but the RHU only stocks gliclazide and metformin, and Tita [[PT:Luisa]] (what she asks everyone to call her) can't afford a DPP-4 inhibitor. Is gliclazide MR 30 mg reasonable at this eGFR, or is the hypo risk too high for someone who walks 2 km to the fields?"),
    # 004 US prior-auth denial on a fax cover: clinic and payer faxes, member and group numbers, NPI, PA reference; member @mention
    ("Got this denial today for a GLP-1 in a patient with T2DM and a BMI of 41. Pasting the fax. Has anyone appealed this plan successfully, and what wording worked?\n\n"
     "FAX COVER SHEET\n"
     "To: [[FAC:Lakeshore Family Medicine]]    Fax: [[FAX:(312) 555-0148]]\n"
     "From: Pharmacy Prior Authorization Unit\n"
     "Date: [[DATE:10/21/2024]]    Pages: 3 (including cover)\n"
     "CONFIDENTIALITY NOTICE: This facsimile contains protected health information...\n\n"
     "RE: Coverage Determination - DENIED\n"
     "Member: [[PT:Tamika R. Holloway]]    Member ID: [[PLAN:BRH448201937]]\n"
     "DOB: [[DATE:03/14/1979]]\n"
     "Prescriber: [[HCP:Joel Ostrowski]], MD    NPI: [[LIC:1538297406]]\n"
     "Drug requested: semaglutide 2.4 mg SC weekly (Wegovy)\n"
     "Reference #: [[ID:PA-24-7719302]]\n"
     "Rationale: Agents for chronic weight management are excluded under the member's pharmacy benefit (Exclusion 4.2(b)). A request for semaglutide (Ozempic) for type 2 diabetes mellitus may be considered with documentation of HbA1c >= 7.0% after at least 90 days of metformin at the maximally tolerated dose.\n"
     "To appeal, call [[PHONE:1-800-555-0134]] or submit Form PA-APL-12 within 180 days.\n\n"
     "[[PT:Tamika]] has been on metformin 1 g BD for over a year, A1c 8.1 last month, and she has OSA on CPAP. My partner Dr [[HCP:Ostrowski]] wrote for Wegovy because of the weight, but resubmitting as Ozempic 1 mg feels like gaming the formulary. Is the SELECT cardiovascular data enough for a medical-necessity appeal? @dr.ifeoma_endo you deal with this plan more than we do."),
    # 005 Australian ambulance ePCR: age 93 twice, case number, Medicare, unit address, rego plate, intersection, crew, NOK
    ("ED reg in western NSW. Ambulance handover sheet below (typed from the ePCR printout). A [[AGE:93]]-year-old driver, low-speed crash, on apixaban. The Canadian CT Head Rule excludes her on age and I don't trust NEXUS this old. Would you scan head and whole C-spine regardless?\n\n"
     "Pt: [[PT:HUTCHINGS, Beryl Joan]]    DOB: [[DATE:19/02/1931]]    Age: [[AGE:93]]\n"
     "Medicare: [[PLAN:2951 48372 1]] (IRN 2)\n"
     "Address: [[STREET:4/27 Macquarie Street]], [[TOWN:Dubbo]] [[ZIP:2830]]\n"
     "Incident: MVA low speed, pt driver, restrained, vehicle rego [[PLATE:CXF 21K]] vs power pole at [[STREET:Cobra Street]] / [[STREET:Darling Street]]\n"
     "Times: Call 09:42  At scene 09:51  Depart 10:18  At hospital 10:29\n"
     "Obs 09:55: GCS 15, HR 88 irreg, BP 162/94, RR 18, SpO2 96% RA, BGL 7.2, pain 3/10 neck\n"
     "Meds: apixaban 2.5 mg BD, metoprolol 25 mg BD, Panadol Osteo\n"
     "Hx: AF, OA, R TKR\n"
     "Mx: collar applied (Canadian C-spine rule not applicable), IV access, fentanyl 25 mcg IN\n"
     "Crew: P2 + [[HCP:Sam O'Loughlin]] (ICP)\n"
     "NOK: daughter [[REL:Gail Hutchings]] [[PHONE:0412 556 093]]\n\n"
     "Mrs [[PT:Hutchings]] is sharp as a tack and says she only drove because her daughter was at work. No midline tenderness now, full range of movement, but she's on apixaban and osteoporotic. CT head plus C-spine, or head only and clinically clear the neck?"),
    # 006 Nigerian handwritten referral retyped: plot address, Lekki, email, NIN, MDCN number, acronym and full facility names, nickname
    ("Consultant cardiologist at [[FAC:LUTH]] here. A private clinic referred this woman; the letter was handwritten, retyped by me.\n\n"
     "[[FAC:GRACE COURT SPECIALIST CLINIC]]\n"
     "[[STREET:Plot 12, Admiralty Way]], [[PLACE:Lekki Phase 1]], [[TOWN:Lagos]]\n"
     "Tel: [[PHONE:+234 803 412 7756]]    email: [[EMAIL:gracecourtclinic@yahoo.com]]\n\n"
     "[[DATE:14th August, 2024]]\n\n"
     "The Consultant Cardiologist,\n"
     "[[FAC:Lagos University Teaching Hospital]].\n\n"
     "Dear Sir/Ma,\n"
     "RE: MRS [[PT:OLUWASEUN ADEBAYO-OKONKWO]] (F/32)    Hosp No: [[MRN:GCSC/0419]]    NIN: [[SSN:48120377915]]\n"
     "Kindly see the above named, a 32 yr old P2+0 who is 5/52 postpartum (SVD at a primary health centre) and presented with orthopnoea, PND and bilateral leg swelling. ECG: sinus tachycardia 118/min. CXR: cardiomegaly, CTR 0.62, upper lobe diversion. Started on furosemide 40 mg daily.\n"
     "Her husband, Mr [[REL:Chinedu Okonkwo]], works offshore and she is at home with the newborn and a 3-year-old.\n"
     "Thank you.\n"
     "Dr [[HCP:Femi Ogunleye]]\n"
     "MDCN Reg. No. [[LIC:43187]]\n\n"
     "Echo here: LVEF 28%, LVIDd 6.1 cm, no thrombus. Started HFrEF therapy with enalapril rather than sacubitril/valsartan because she's breastfeeding. Is anyone in Nigeria using bromocriptine routinely for PPCM after the Sliwa trial? [[PT:Seun]] is determined to keep breastfeeding and bromocriptine would end that. Also, would you anticoagulate at an EF of 28% without a thrombus?"),
    # 007 Indian histopathology report: lab header with plot/road number and PIN, UHID, lab ref, referring and reporting doctors, state council reg
    ("Surgical oncology. HER2 came back 2+ and the lab didn't reflex to ISH. Report:\n\n"
     "[[FAC:SRI VENKATESWARA HISTOPATHOLOGY & DIAGNOSTICS]]\n"
     "[[STREET:Plot No. 8-2-293/82, Road No. 12]], [[PLACE:Banjara Hills]], [[TOWN:Hyderabad]] - [[ZIP:500034]]\n"
     "Patient: Mrs. [[PT:K. Lakshmi Prasanna]]    Age/Sex: 44 Y / F\n"
     "UHID: [[MRN:SVD2400931]]\n"
     "Ref. by: Dr. [[HCP:P. Srinivas Reddy]], MS\n"
     "Specimen: Core biopsy x 4, left breast, 2 o'clock, 4 cm FN\n"
     "Received: [[DATE:05-11-2024]]\n"
     "Microscopy: Invasive breast carcinoma of no special type, Nottingham grade 2 (tubules 3, pleomorphism 2, mitoses 1 = 6/9). No LVI in cores. DCIS, intermediate grade, cribriform.\n"
     "IHC: ER positive (Allred 8/8, 90% strong)  PR positive (Allred 6/8)  HER2/neu 2+ (equivocal, ASCO/CAP 2023)  Ki-67 22%\n"
     "Advice: ISH for HER2 recommended.\n"
     "Dr. [[HCP:Meenakshi Sundaram]], MD (Pathology)    Reg. No. [[LIC:TSMC/FMR/07743]]\n\n"
     "The FISH send-out costs about Rs 9,000 and takes 10 days. [[PT:Lakshmi]] garu wants surgery first, and her son [[REL:Karthik]], who flew in from abroad, is pushing for neoadjuvant chemo because a friend had it. Clinically T2N0. With HER2 unknown, would you operate first and do ISH on the excision specimen, or wait?"),
    # 008 South African J88 and subpoena: SAPS station, CAS number, 13-digit ID, stand address, township, HPCSA number, court
    ("District surgeon question (Gauteng). I completed a J88 last month and have now been subpoenaed. Header and findings, retyped:\n\n"
     "SAPS Station: [[FAC:Tembisa SAPS]]    CAS No: [[ID:CAS 214/09/2024]]\n"
     "Investigating officer: W/O [[REL:T. Mokoena]]\n"
     "Full names of person examined: [[PT:Nomvula Patience Dlamini]]\n"
     "ID No: [[SSN:9103120845089]]    Age: 33\n"
     "Address: [[STREET:Stand 4417, Extension 10]], [[PLACE:Ivory Park]], [[TOWN:Midrand]]\n"
     "Date and time of examination: [[DATE:21/09/2024]] at 14h20\n"
     "History as given: assaulted by a known person (boyfriend, [[REL:Sipho Nkosi]]) at approx. 01h00 with fists and a belt buckle.\n"
     "Findings: 1. 3 cm laceration L parietal scalp, sutured. 2. Patterned bruising R upper arm, two parallel linear bruises 1.5 cm apart. 3. Fingertip bruises L neck x 3. 4. Subconjunctival haemorrhage L eye.\n"
     "Conclusion: Injuries consistent with the history given. Neck findings suggest manual strangulation.\n"
     "Signed: Dr [[HCP:R. Naidoo]]    HPCSA No: [[LIC:MP 0712345]]\n\n"
     "The trial is set for next month at [[FAC:Tembisa Magistrate's Court]]. [[PT:Nomvula]] has since told the clinic she wants to withdraw the charge. Do I still have to attend? And should I bring the original J88, or does the prosecutor already have it? First time for me."),
    # 009 UAE telehealth intake: Emirates ID, villa address, insurance card, session ID, login IP, geolocated town, Hijri-month date; member @mention
    ("Telehealth GP. Our intake form flagged a location mismatch and I'm not sure what I'm allowed to do. Form as it appears:\n\n"
     "Patient name: [[PT:Rashid Saeed Al Mansoori]]\n"
     "Emirates ID: [[SSN:784-1988-4417265-3]]\n"
     "Mobile: [[PHONE:+971 50 447 2816]]\n"
     "Email: [[EMAIL:r.almansoori88@outlook.com]]\n"
     "Address: [[STREET:Villa 22, Street 14B]], [[PLACE:Al Barsha 2]], [[TOWN:Dubai]]\n"
     "Insurance: Daman Enhanced, card no. [[PLAN:1040-88213-7719-01]]\n"
     "Session ID: [[ID:TH-7781120]]    Login IP: [[IP:94.200.117.46]]    Geolocation: [[TOWN:Muscat]], Oman\n"
     "Date/time: [[DATE:2024-10-30]] 23:14 GST\n"
     "Reason for visit: repeat prescription, zolpidem 10 mg; 'can't sleep since the project started around [[DATE:3rd Ramadan]]'\n"
     "\n"
     "Controlled medicines can't be prescribed by telehealth under DHA rules anyway, so the zolpidem is a no. But Mr [[PT:Al Mansoori]] is apparently physically in Oman, which means I arguably shouldn't be consulting at all. Do you end the call, or give general sleep advice and tell him to see someone locally? @hamdan.rashed_fm you wrote our platform's policy, where's the line?"),
    # 010 Nunavut medevac transfer summary: community names, health card, chart number, escort relatives, pager, medevac number, acronym
    ("Northern family doc. The transfer summary we sent south with a child last week; [[FAC:CHEO]] queried our antibiotic dosing, so I'm checking myself:\n\n"
     "[[FAC:Qikiqtani General Hospital]] - Medevac Transfer Summary\n"
     "Patient: [[PT:Ooleepeeka Kilabuk]]    DOB: [[DATE:2019-06-11]] (5 y)\n"
     "Nunavut Health Care #: [[PLAN:112873409]]    Chart #: [[MRN:QGH-055812]]\n"
     "Home community: [[TOWN:Pangnirtung]]\n"
     "Escort: mother [[REL:Leetia Kilabuk]]\n"
     "Referring physician: Dr [[HCP:Hannah Brightwell]], pager [[PAGER:(867) 555-0163]]\n"
     "Admitted: [[DATE:Nov 2, 2024]]    Transferred: [[DATE:Nov 4, 2024]]\n"
     "Dx: R lower lobe pneumonia with moderate effusion, ?empyema. SpO2 86% RA on arrival, 94% on 2 L NP.\n"
     "Tx: ceftriaxone 100 mg/kg IV q24h (1.8 g); vancomycin 15 mg/kg IV q6h started day 2\n"
     "Accepting: PICU, [[FAC:Children's Hospital of Eastern Ontario]]\n\n"
     "They said 100 mg/kg q24h is fine for pneumonia but they'd use 50 mg/kg q12h once empyema is in the picture, and our vanc trough was never drawn. Fair criticism? We have no on-site vanc levels on weekends. [[PT:Ooleepeeka]]'s mum asked whether she can go home before the drain is out, and I didn't know what to tell her."),
    # 011 Irish draft death certificate: maiden name, townland, Co. Mayo with Eircode, age 94, PPSN, Irish-language GP name, ninety-six for a relative
    ("GP in the west of Ireland. Out-of-hours death at home last night and I'm not her usual GP. Draft of what I'd write on the certificate, then my question:\n\n"
     "Deceased: [[PT:Bridget Mary Gallagher]] (née [[PT:Walsh]])\n"
     "Date of death: [[DATE:17/10/2024]]    Place of death: home\n"
     "Address: [[PLACE:Carrowmore]], [[TOWN:Knock]], [[COUNTY:Co. Mayo]] [[ZIP:F12 X2V8]]\n"
     "Age: [[AGE:94]]    PPSN: [[SSN:4518832K]]\n"
     "Usual GP: Dr [[HCP:Ciarán Mac Giolla Phádraig]]\n"
     "Cause of death:\n"
     "Ia  Congestive cardiac failure\n"
     "Ib  Ischaemic heart disease\n"
     "II  Chronic kidney disease stage 3b; type 2 diabetes mellitus\n"
     "Last seen alive by a doctor: [[DATE:2 October 2024]]\n\n"
     "The wrinkle: three weeks ago she fell and broke her wrist (a Colles', plastered at [[FAC:Mayo University Hospital]]) and she's been more or less bed-bound since. Her son [[REL:Declan]] says she 'went downhill after the fall', the same way his father did before he died at [[AGE:ninety-six]]. Does a fall-related fracture within a month make this reportable to the coroner even if I think the heart did it? The coroner's office doesn't open until Monday."),
    # 012 Pakistani discharge card through a free OCR app: garbled hospital, s/o, spaced-out DOB, CNIC with l for 1, house/street/mohalla, abbreviated town
    ("Physician here. I scanned an old discharge card with a free OCR app for our records and it came out like this. Can anyone make sense of the drug list?\n\n"
     "[[FAC:MAY0 H0SPITAL LAH0RE]]\n"
     "DEPTT 0F MEDlClNE, EAST MED lll\n"
     "Narne: [[PT:Muhammad Arshad]]  s/o  [[REL:Ghulam Rasool]]\n"
     "D0B: [[DATE:1 2/0 3/1 961]]    Age: 63y   Sex: M\n"
     "CNlC: [[SSN:35202-448l203-5]]\n"
     "Addr: [[STREET:H# 44, St 7]], [[PLACE:Mohalla lslampura]], [[TOWN:Lhr]]\n"
     "Adm: [[DATE:0 4-0 9-2024]]    Reg#: [[MRN:2024/EM3/8817]]\n"
     "Dx: CLD 2° HCV, Chlld-Pugh B, gr ll ascites, SBP (tx)\n"
     "Rx 0n discharge:\n"
     "1. T. Spir0nolact0ne 1OO mg 0D\n"
     "2. T. Fur0semide 4O mg 0D\n"
     "3. T. lnderal 1O mg BD\n"
     "4. Syp. Duphalac 3O ml TDS\n"
     "5. T. Cipr0 5OO mg 0D (SBP pr0phylaxis)\n"
     "F/U: Med 0PD Thursday\n"
     "Cons: Prof. Dr. [[HCP:Naveed Akhtar Ch]]\n\n"
     "So: spironolactone 100, furosemide 40, Inderal (propranolol) 10 BD, lactulose 30 ml TDS, cipro 500 daily. [[PT:Arshad]] sahib is back with tense ascites and a sodium of 124. Does anyone still use cipro for secondary SBP prophylaxis, or have you all moved to norfloxacin or rifaximin?"),
    # 013 cruise ship medical log: ship as FAC, folio account, passport, surname-first guest, cabin number untagged, port town, shore hospital
    ("Ship's doctor, currently between islands in the eastern Caribbean. Log entry from a few hours ago; I'd like opinions before we reach port.\n\n"
     "[[FAC:MV Coral Empress]] - Medical Centre Log\n"
     "Date: [[DATE:08-Nov-2024]]    Time: 02:40 ship's time\n"
     "Patient: [[PT:HARGREAVES, Colin]] (guest)    Cabin: 7142    Folio: [[ACCT:5530021874]]\n"
     "Nationality: British    Passport: [[ID:533871204]]    Age: 71\n"
     "Travelling with: wife [[REL:Pauline Hargreaves]] (same cabin)\n"
     "HPI: central chest pain from 01:55, radiating to jaw, diaphoretic. Ex-smoker, T2DM on metformin.\n"
     "ECG 02:44: ST elevation II, III, aVF 2-3 mm, reciprocal depression I, aVL.\n"
     "i-STAT cTnI 0.38 ng/mL.\n"
     "Tx: aspirin 300 mg PO, ticagrelor 180 mg PO, GTN SL x2, morphine 2.5 mg IV, heparin 5000 units IV.\n"
     "Telemedicine consult with shore-side cardiology 03:10; advised lysis if PCI > 120 min away.\n"
     "Next port: [[TOWN:Philipsburg]], St Maarten, ETA 11:00. Ambulance and shore hospital notified via the Captain's office.\n"
     "Medical staff: Dr [[HCP:Anneke Visser]] (SMO), RN [[HCP:Jomar Villanueva]]\n\n"
     "We carry tenecteplase. PCI was at least 8-9 hours away even with a fast disembarkation, so TNK went in at 03:25 (weight-based, 40 mg) and he reperfused nicely: pain free and ST resolving by 04:30. My question is for after. Mr [[PT:Hargreaves]] wants to stay aboard to the end of the cruise (6 more days) with [[REL:Pauline]]. I want him off at the next port for angiography. The cruise line wants my written reasoning. Is there any guidance for post-lysis patients at sea?\n\n"
     "My reasoning so far, for anyone who has been in the same spot: (1) failed or incomplete reperfusion after lysis happens in roughly a third of STEMIs, and we would not know until he re-occluded somewhere mid-ocean with 2 days to the next port; (2) guidelines expect angiography within 2-24 h after successful lysis, and a week of sea days puts him well outside that; (3) our onboard options end there, because TNK can't be repeated; (4) the next two ports have no cath lab either. Against that: he and his wife are elderly travellers who will be stranded in a strange port with travel insurance that may or may not pay for a repatriation flight, and he feels completely well. I've documented capacity and he understands the risk. Do any of you write the disembarkation as a medical order rather than a recommendation, and has a cruise line ever overruled you?"),
    # 014 Himalayan expedition medical log: operator, passport and permit, insurance policy, day-month dates, villages, heli operator, sat phone, sirdar
    ("Expedition doc, post-trip review. Log on a client we evacuated from the Khumbu; I'd like feedback on whether I should have started nifedipine earlier.\n\n"
     "[[FAC:Summit Ridge Adventures]] - Autumn Everest Region Trek - Medical Log\n"
     "Client: [[PT:Lars Øyvind Henriksen]] (NOR), 52    Passport: [[ID:FN7741263]]\n"
     "[[DATE:13 Oct]]: [[TOWN:Dingboche]] (4,410 m). Mild headache, SpO2 82%. LLS 2.\n"
     "[[DATE:14 Oct]]: [[TOWN:Lobuche]] (4,940 m). Dry cough, dyspnoea on minimal exertion, SpO2 68%, crackles R base. Lake Louise score 4 (headache 1, GI 1, fatigue 2). His tent partner reports he was confused overnight.\n"
     "[[DATE:15 Oct]] 04:30: ataxic (heel-toe fail), SpO2 61%. Dexamethasone 8 mg IM then 4 mg PO q6h, nifedipine MR 30 mg, Gamow bag 2 h at +2 psi. Sirdar [[REL:Pemba Dorje Sherpa]] arranged descent.\n"
     "09:10: heli evac to [[FAC:CIWEC Hospital]], [[TOWN:Kathmandu]].\n"
     "Sat phone: [[PHONE:+881 6314 58827]]\n"
     "Client blog for family updates: [[URL:https://larshenriksen-climbs.no/everest-2024]]\n\n"
     "He did well and was discharged after 3 days. In hindsight [[PT:Lars]] had HAPE signs a day earlier, and I held nifedipine because his BP was 104/68. Would you have started it at an SpO2 of 82% with a cough, or does that over-treat?"),
    # 015 NGO field report, South Sudan: facility and town, VL register number, caretaker, month-year and full dates, clinical officer, medical coordinator
    ("Posting a section of this week's field report for advice on a visceral leishmaniasis relapse. Jonglei State, South Sudan.\n\n"
     "Project: [[FAC:Lankien Hospital]], [[TOWN:Lankien]]\n"
     "Case: [[PT:Nyaluak Gatluak Puok]], F, 9 y, from [[TOWN:Waat]] (3 days' walk)\n"
     "VL register no: [[MRN:LNK-VL-2024-0311]]\n"
     "Caretaker: mother [[REL:Nyakuoth Chuol]]\n"
     "History: primary VL [[DATE:March 2024]], rK39 positive, treated SSG/PM 17 days, initial cure at discharge.\n"
     "Now: re-admitted [[DATE:28/10/2024]] with fever for 3 weeks, spleen 6 cm below costal margin, Hb 6.1 g/dL, WBC 2.1, weight-for-height -2 SD. rK39 positive (expected), splenic aspirate grade 3+. HIV negative.\n"
     "Seen by: [[HCP:Gatwech Riek]], clinical officer\n"
     "Plan (pending advice): liposomal amphotericin B 3 mg/kg days 1-5, 14 and 21, vs. AmBisome + miltefosine combination\n"
     "\n"
     "We have AmBisome in stock but not much. WHO East Africa guidance for relapse is AmBisome, but miltefosine dosing under 12 is allometric and our pharmacy only has 50 mg capsules. For a 22 kg child, what have people actually used? [[PT:Nyaluak]]'s mother needs to get back to the cattle camp in a fortnight, so a shorter regimen would matter."),
    # 016 US prison transfer form: two facilities, street address, surname-first inmate, DOC number, partial SSN, year alone, short US dates, LPN phone
    ("Correctional medicine. A new intake came with this transfer form. His buprenorphine was stopped at the county jail three weeks ago. Pasting:\n\n"
     "INTER-FACILITY HEALTH TRANSFER SUMMARY\n"
     "Sending: [[FAC:Pike County Detention Center]], [[STREET:1200 Courthouse Rd]], [[TOWN:Pikeville]], KY [[ZIP:41501]]\n"
     "Inmate: [[PT:CARRINGTON, DeShawn M.]]    DOC #: [[ID:A-778214]]    DOB: [[DATE:09/22/1991]]\n"
     "SSN (last 4): [[SSN:4471]]\n"
     "Problems: OUD (on MOUD since [[YEAR:2021]]), HCV Ab+ (RNA pending), asthma\n"
     "Meds on transfer:\n"
     "  albuterol HFA 2 puffs q4h PRN\n"
     "  buprenorphine/naloxone 8/2 mg SL BID - DISCONTINUED [[DATE:10/3/24]] per facility policy\n"
     "Allergies: NKDA\n"
     "Transferring nurse: [[HCP:Crystal Sizemore]], LPN\n"
     "\n"
     "Mr [[PT:Carrington]] has been off bup for 16 days, is not in withdrawal now, and says he wants to restart before he's paroled in about 4 months 'because that's when people die'. He's right. Our facility has a MOUD program. Would you restart at 8/2 BID straight away, micro-induce, or go for the monthly injectable (Sublocade) so it follows him out?"),
    # 017 US Marine service treatment record and VA claim: surname-first hyphenated name, SSN, unit as FAC, DoD ID, military dates, squad leader, VA claim number, VA hospital named after a person
    ("VA C&P examiner here. Transcribed from his service treatment records (DD Form 2807-1 and an SF-600 from theatre). Question on nexus for migraine.\n\n"
     "Name: [[PT:RAMIREZ-OCHOA, Hector L.]]    SSN: [[SSN:412-68-0937]]\n"
     "Branch: USMC    Unit: [[FAC:2nd Battalion, 7th Marines]]\n"
     "DoD ID: [[ID:1298834471]]\n"
     "SF-600 entry [[DATE:14 JUN 2011]], FOB near [[TOWN:Sangin]], Helmand:\n"
     "S: Pt was 15 m from IED detonation. +LOC approx. 2 min per squad leader. HA, tinnitus, nausea.\n"
     "O: GCS 15 at 20 min, MACE 24/30, no focal deficits, TMs intact bilat.\n"
     "A: Concussion / mTBI, blast.\n"
     "P: 24 h rest, acetaminophen, re-eval. Return to duty in 7 days.\n"
     "Signed: HM2 [[HCP:K. Albright]]; reviewed [[HCP:N. Pruitt]], LT MC USN, Battalion Surgeon\n"
     "VA claim no.: [[ID:C-29 884 130]]\n"
     "Current care: [[FAC:James A. Haley Veterans' Hospital]] headache clinic\n\n"
     "He now has chronic migraine, 15+ days a month, with an onset he dates to 'a few months after I got home'. There's no imaging from [[YEAR:2011]]. Is a documented blast mTBI with LOC enough for 'at least as likely as not' on secondary service connection, or do I need a post-deployment neuro note bridging the gap? Mr [[PT:Ramirez-Ochoa]] has a VFW service officer helping him and they're asking me to 'just write it strong'."),
    # 018 NZ ACC45 claim: claim number, NHI, macron names, suburb, postcode, employer, workplace suburb, workmate and supervisor, year alone
    ("GP in the Waikato. An employer is disputing an ACC claim for a shoulder and the case manager wants my notes. What I lodged:\n\n"
     "ACC45 Injury Claim\n"
     "Claim number: [[ID:10048871234]]    NHI: [[PLAN:ZKT4821]]\n"
     "Name: [[PT:Tama Rāwiri Ngata]]    DOB: [[DATE:30/04/1987]]\n"
     "Address: [[STREET:18 Kahikatea Drive]], [[PLACE:Frankton]], [[TOWN:Hamilton]] [[ZIP:3204]]\n"
     "Employer: [[FAC:Waikato Precast Concrete Ltd]]\n"
     "Date of accident: [[DATE:7/10/2024]]    Scene: at work, precast yard\n"
     "How did it happen: lifting a formwork panel with a workmate when the panel slipped; felt a pop in the L shoulder.\n"
     "Diagnosis: L rotator cuff tear (supraspinatus), confirmed on ultrasound\n"
     "Provider: Dr [[HCP:Mereana Tūhoe-Wilson]], [[FAC:Rototuna Medical Centre]]\n\n"
     "Now the site supervisor, [[REL:Grant Fowler]], has emailed ACC saying [[PT:Tama]] 'has had a bad shoulder for years from touch rugby'. There is one consult in [[YEAR:2019]] for shoulder pain after a game, fully resolved. Does a prior strain make this a gradual-process claim instead of an accident? And do I have to release the whole file or just the relevant consults?"),
    # 019 US preparticipation sports form: student, school, address, parent phone, father named in family history, athletic trainer, first-name mentions
    ("Peds. Preparticipation physical form (PPE 5th ed.) for a sophomore; I'm stuck on the family history. Relevant parts:\n\n"
     "Student: [[PT:Jaylen Ortiz-Whitaker]]    Grade: 10    Age: 15    Sex: M\n"
     "DOB: [[DATE:01/26/2009]]\n"
     "School: [[FAC:Westbrook Hollow High School]]    Sports: football, wrestling\n"
     "Address: [[STREET:3318 Larkspur Ct]], [[TOWN:Naperville]], IL [[ZIP:60564]]\n"
     "Parent/guardian: [[REL:Monique Ortiz]]    Phone: [[PHONE:(630) 555-0119]]\n"
     "Q13. Has anyone in your family had hypertrophic cardiomyopathy? YES - father ([[REL:Derrick Whitaker]]), diagnosed age 38, has an ICD\n"
     "Q7. Chest pain during exercise? No    Q9. Fainted? No\n"
     "Exam: HR 58, BP 118/70, no murmur with Valsalva or squat-to-stand.\n"
     "ECG: sinus bradycardia, early repolarisation; normal by the international (Seattle) criteria.\n"
     "Echo: septum 13 mm, posterior wall 10 mm, no SAM, no LVOT gradient.\n"
     "Examiner: [[HCP:Laura Chen-Ferris]], MD\n"
     "\n"
     "A 13 mm septum in a trained 15-year-old is grey zone, and the father's genotype is unknown ([[REL:Derrick]] never had testing). Would you clear [[PT:Jaylen]] for football pending CMR and genetics, or hold? The first game is Friday and his mother is understandably pushing."),
    # 020 Ontario assessment order: court file number, accused, jail and hospital, judge and counsel as REL, long-form date, First Nation community; member @mention
    ("Forensic psych in northwestern Ontario. Is a 30-day inpatient assessment realistic here? The order (abridged):\n\n"
     "ONTARIO COURT OF JUSTICE - ASSESSMENT ORDER (Form 48, Criminal Code s. 672.13)\n"
     "Court file no.: [[ID:CR-24-1187-00]]\n"
     "Accused: [[PT:Wesley James Keeshig]]    DOB: [[DATE:1996-02-18]]\n"
     "Held at: [[FAC:Thunder Bay District Jail]]\n"
     "The Court orders an assessment of the accused's fitness to stand trial and criminal responsibility (s. 16), to be conducted at [[FAC:Lakehead Regional Mental Health Centre]] within 30 days.\n"
     "Ordered by: Justice [[REL:M. Okonjo-Dubé]]    Date: [[DATE:November 12, 2024]]\n"
     "Crown: [[REL:Priya Sandhu]]\n\n"
     "Our forensic unit has 6 beds and a waitlist, so realistically [[PT:Wesley]] would sit in the jail for 2-3 weeks of the 30 days. He's from [[TOWN:Neskantaga]] and speaks Oji-Cree at home, and there is no interpreter booked. Has anyone asked the court for an extension at the outset, or done the fitness part in the jail first? @rkhalil_forensic I think you've been through this."),
    # 021 Ghanaian yellow card transcribed as a pipe table: Ghana Card number, vaccination dates, stamping facilities, batch numbers untagged, school, neighbourhood
    ("Travel clinic, [[TOWN:Accra]]. A client brought his yellow card for a visa application and the YF date looks altered. Transcribed from the photo:\n\n"
     "INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\n"
     "This is to certify that [[PT:Kwabena Osei-Bonsu]], date of birth [[DATE:22.05.1990]], sex M, nationality Ghanaian, national identification document, if applicable, [[SSN:GHA-718204435-2]], whose signature follows ...\n"
     "Vaccine | Date | Signature of clinician | Manufacturer and batch no. | Valid from/until | Official stamp\n"
     "Yellow fever | [[DATE:14 Feb 2014]] | Dr [[HCP:E. Ampofo]] | Stamaril, batch N1F341 | life of person | [[FAC:Kotoka International Airport]] Port Health\n"
     "Meningococcal ACWY | [[DATE:03/08/2023]] | (nurse, initials illegible) | Menactra, lot U7025AA | 3 yrs | [[FAC:Nyaho Medical Centre]]\n\n"
     "The '14' on the yellow fever line is overwritten in a different ink. [[PT:Kwabena]] says it was done when he was in secondary school and the ink smudged. YF is valid for life now, so it only matters if it's fake. Would you just revaccinate (he's 34, no contraindication) and issue a new card, or is there a problem with issuing a second ICVP? He lives in [[PLACE:Dansoman]] and can come back any day."),
    # 022 Singapore travel letter for controlled medicine: unit-number address, 6-digit postcode, NRIC, passport, surname-first name with English name, destination city, MCR number
    ("Travel medicine, Singapore. Our letter for a patient carrying methylphenidate to Japan was bounced; they wanted a Yakkan Shoumei import certificate as well. Letter for reference; does anyone have the current MHLW process?\n\n"
     "[[FAC:Tanjong Pagar Travel & Family Clinic]]\n"
     "[[STREET:#05-12, 7 Wallich Street]], Singapore [[ZIP:078884]]\n"
     "\n"
     "[[DATE:28 October 2024]]\n\n"
     "TO WHOM IT MAY CONCERN\n\n"
     "Re: Ms [[PT:TAN Hui Min, Rachel]]    NRIC: [[SSN:S8823417H]]    Passport: [[ID:K4471208C]]\n"
     "The above-named patient is under my care for ADHD and will be travelling to [[TOWN:Osaka]] from [[DATE:15 November 2024]] for two weeks. She will carry methylphenidate extended-release (Concerta) 54 mg, one tablet daily, 15 tablets in the original packaging, for personal use only.\n\n"
     "Dr [[HCP:Goh Wei Jie]]\n"
     "MBBS (S'pore), MMed (Psych)\n"
     "MCR No. [[LIC:M61204J]]\n\n"
     "Methylphenidate needs the import permit in Japan, not just a letter. [[PT:Rachel]] leaves in 2 weeks. Has anyone done this recently, and how long did the approval take?"),
    # 023 US patient-portal message: sender name, weekday outside date, month-day date, sister, employer hospital, phone, email, patient handle
    ("How would you answer this portal message? Pasted with her words as they came in:\n\n"
     "From: [[PT:Kayleigh Brennan]]\n"
     "Sent: Tue [[DATE:11/5/2024]] 9:47 PM\n"
     "To: Dr. [[HCP:Abernathy]] / OB-GYN pool\n"
     "Subject: my biopsy results??\n\n"
     "Hi Dr. [[HCP:Abernathy]], I saw on the app that my colposcopy biopsy says 'CIN 3' and I'm freaking out. My sister [[REL:Shannon]] had that and ended up needing a hysterectomy?? Can I still do the LEEP thing before my wedding on [[DATE:December 14]]? I work 7p-7a at [[FAC:Rush Oak Park Hospital]] so mornings are best. You can call me at [[PHONE:708-555-0183]] or email [[EMAIL:kbrennan.rn@gmail.com]], or DM me on insta [[HANDLE:@kayleigh.b.bride]] lol.\n"
     "Thanks,\n"
     "[[PT:Kayleigh]]\n\n"
     "She's 27, G0, HPV 16 positive. A LEEP in the next 2-3 weeks leaves about 4 weeks to heal before the wedding. I'd also like to reassure her about future pregnancy (the preterm risk is small after a single shallow excision). Anything you'd add, or avoid putting in writing through the portal?"),
    # 024 US fax cover for a SNF admission: age 96 in three places, hospital address, fax, phone, pager, MRN, POLST date, daughter POA, a relative's age 101
    ("Received this at 2 a.m. with a new admission to our SNF; it's all I have on a [[AGE:96]]-year-old. Fax cover:\n\n"
     "[[FAC:ST. AGNES MEDICAL CENTER]] - CASE MANAGEMENT\n"
     "TO: Admissions    ATTN: DON\n"
     "FAX: [[FAX:559-555-0126]]\n"
     "FROM: [[HCP:Marisol Gutierrez]], RN CM    PHONE: [[PHONE:559-555-0140]]    PAGER: [[PAGER:559-555-0188]]\n"
     "RE: [[PT:Eleanor Voskuijlen]]    DOB: [[DATE:2/9/1928]]    ([[AGE:96]] y/o)    MRN: [[MRN:SAMC-000993185]]\n"
     "PAGES: 14 (including cover)\n"
     "NOTE: Pt is DNR/DNI per POLST. Daughter [[REL:Ingrid Voskuijlen-Park]] is POA.\n"
     "The information contained in this facsimile is confidential...\n\n"
     "Pages 2-14 never arrived and the hospital CM line goes to voicemail overnight. From the med bottles: apixaban 2.5 mg BD, donepezil, memantine, sertraline. Advanced dementia, bed-bound, eating a few spoonfuls. In someone this old and this frail would you just stop the apixaban tonight? Her daughter is flying in tomorrow and has already told the night nurse that 'Mom will outlive us all, her mother made it to [[AGE:101]]'."),
    # 025 Malaysian pharmacist med rec as a pipe table: bin/binti names, MyKad IC, RN, acronym facility repeated in table cells, wife in a cell, pharmacist
    ("Physician at [[FAC:Hospital Kuala Lumpur]]. Pharmacist's med rec from this morning; I'm worried about the herbal. Table pasted from the system:\n\n"
     "Patient: [[PT:Mohd Faizal bin Abdul Rahman]]    IC: [[SSN:680412-10-5531]]    RN: [[MRN:HKL 2451187]]\n"
     "Ward 8, Bed 14    Admitted [[DATE:3/11/2024]] under Dr [[HCP:Nur Aisyah binti Kamarudin]]\n"
     "Reason: AKI (Cr 310, baseline 110), K 6.2\n\n"
     "| Drug | Dose | Freq | Source | Action |\n"
     "|---|---|---|---|---|\n"
     "| Metformin | 1 g | BD | [[FAC:KK Batu 9 Cheras]] | Withhold (AKI) |\n"
     "| Gliclazide MR | 60 mg | OD | [[FAC:KK Batu 9 Cheras]] | Reduce to 30 mg |\n"
     "| Perindopril | 8 mg | OD | same KK | Withhold |\n"
     "| Amlodipine | 10 mg | OD | same KK | Continue |\n"
     "| Atorvastatin | 40 mg | ON | private GP | Continue |\n"
     "| Diclofenac | 50 mg | TDS PRN | pharmacy, OTC | Stop |\n"
     "| Jamu (herbal, unlabelled) | 1 sachet | OD | wife ([[REL:Rosnah]]) | Advise stop; sample sent |\n\n"
     "Verified by: [[HCP:Lim Swee Ling]] (Pharmacist)    [[DATE:4/11/2024]]\n\n"
     "Encik [[PT:Faizal]] is 56 and swears the jamu is 'just tongkat ali'. We've found dexamethasone and NSAIDs in unregistered jamu before. Is the NPRA still testing samples sent from the wards, and how long is the turnaround?"),
    # 026 Hong Kong CT adrenal report: surname-first name with Chinese characters, HKID with check digit, hospital number, ISO date, radiologists, son and his employer
    ("Endocrine, Hong Kong. Incidental left adrenal nodule on a CT done for renal colic. Is this washout convincing enough to discharge him from follow-up? Report:\n\n"
     "[[FAC:QUEEN ELIZABETH HOSPITAL]] - Department of Radiology\n"
     "[[STREET:30 Gascoigne Road]], [[PLACE:Kowloon]]\n"
     "Name: [[PT:CHAN Wing Kei]] ([[PT:陳永基]])    HKID: [[SSN:Y487021(3)]]\n"
     "Hosp No: [[MRN:HN24018837]]    Sex/Age: M/58\n"
     "Exam: CT adrenal protocol (unenhanced, 60 s portal venous, 15 min delayed)    Exam date: [[DATE:2024-09-18]]\n"
     "Findings: Well-defined 2.2 cm left adrenal nodule. Unenhanced attenuation 18 HU; portal venous 82 HU; delayed 40 HU. Absolute washout 65%, relative washout 51%. Right adrenal normal. 4 mm non-obstructing lower pole calculus, right kidney.\n"
     "Impression: Features favour a lipid-poor adrenal adenoma.\n"
     "Reported by: Dr [[HCP:WONG Ka Yan, Kathy]]\n\n"
     "Washout check: (82-40)/(82-18) = 65.6%, relative (82-40)/82 = 51%. Both over threshold. His 1 mg DST was 38 nmol/L and he is normotensive. Mr [[PT:Chan]]'s son, [[REL:Chan Ho Yin]], is a nurse and wants a follow-up CT 'just in case'. The ESE 2023 guidance says no further imaging for a homogeneous adenoma under 4 cm. Anyone still repeating at 12 months?"),
    # 027 Saudi operative report: Hijri date with H and Gregorian date, MRN, national ID, surgeon/assistant/anaesthetist, brother; 'angle of His' untagged
    ("General surgery. Op note from last week, then a question on VTE prophylaxis after a bleed.\n\n"
     "[[FAC:King Fahad Medical City]] - OPERATIVE REPORT\n"
     "Patient: [[PT:Abdulrahman Saleh Al-Qahtani]]    MRN: [[MRN:01-558219]]    National ID: [[SSN:1048820913]]\n"
     "Date: [[DATE:12/04/1446 H]] ([[DATE:15/10/2024]])\n"
     "Surgeon: Dr [[HCP:Faisal Al-Otaibi]]    Anaesthetist: Dr [[HCP:Rajesh Pillai]]\n"
     "Pre-op diagnosis: Class III obesity (BMI 48), OSA, T2DM\n"
     "Procedure: Laparoscopic sleeve gastrectomy; conversion to open splenectomy\n"
     "Findings: Dense adhesions at the angle of His. During division of the short gastric vessels, capsular tear of the upper pole of the spleen; bleeding not controlled with haemostatic agents. Converted via left subcostal (Kocher) incision. Splenectomy. EBL 1,100 mL; 2 units PRBC.\n"
     "Staple line: 36 Fr bougie, reinforced; leak test negative.\n"
     "Drain: 1 x 24 Fr, left subphrenic.\n"
     "Post-op: ICU overnight.\n\n"
     "He's 34, now day 7, Hb stable at 10.2, drain 40 mL serous. Splenectomy adds portal vein thrombosis risk on top of the bariatric VTE risk. Would you go to enoxaparin 40 mg BD now and continue for 4 weeks after discharge? His brother [[REL:Nasser]] asks every day whether 'the blood thinner will make him bleed again'. Vaccines (pneumococcal, MenACWY, MenB, Hib) planned for day 14."),
    # 028 Qatar ED triage record: QID, HC number, employer, arrival date, triage nurse, employer contact with phone; CTAS untagged
    ("ED in the Gulf. Triage sheet from yesterday. Was this under-triaged?\n\n"
     "[[FAC:Hamad General Hospital]] - Emergency Department Triage Record\n"
     "Name: [[PT:Joseph Anthony Fernandes]]    QID: [[SSN:28935601447]]    HC No: [[MRN:HMC4408812]]\n"
     "Age: 35    Nationality: Indian    Occupation: site engineer, [[FAC:Al Wakra Marine Contracting]]\n"
     "Arrival: [[DATE:27/10/2024]] 13:22, private car (brought by employer)\n"
     "Triage: 13:31    CTAS: 3\n"
     "Chief complaint: heat exposure on site, vomiting x3, headache\n"
     "Vitals: T 39.8 °C (tympanic), HR 126, BP 98/60, RR 24, SpO2 97%, GCS 14 (E4 V4 M6), BGL 6.8\n"
     "Triage RN: [[HCP:Sherin Mathew]]\n"
     "Employer contact: Mr [[REL:Ashraf Qureshi]] [[PHONE:+974 5518 2207]]\n\n"
     "Rectal temperature at 14:05 was 41.1 and he became agitated. He was cooled by ice-water immersion and did well. Our protocol calls heat stroke CTAS 2 at minimum (altered mental status plus hyperthermia), yet [[PT:Joseph]] sat in the waiting room for 34 minutes. Tympanic temperatures under-read in sweating patients; would you mandate a core temperature at triage in summer?"),
    # 029 Ugandan lab printout: Mulago short and long forms, lab number, surname-first ALL-CAPS name, ART number, district value without its label, LC1 village; patient shares first name with a member
    ("Medical officer at an urban HC IV. Lab printout from [[FAC:Mulago]] (header as it comes). What would you do?\n\n"
     "[[FAC:MULAGO NATIONAL REFERRAL HOSPITAL]] - CLINICAL LABORATORY\n"
     "Lab No: [[ID:MNRH-24-CD4-88173]]\n"
     "Patient: [[PT:NAKATO Sarah]]    Age: 29Y    Sex: F\n"
     "ART No: [[MRN:KSN-ART-0771]]\n"
     "Facility: [[FAC:Kisenyi Health Centre IV]]    District: [[COUNTY:Kampala]]\n"
     "Village/LC1: [[PLACE:Kisenyi II]]\n"
     "Collected: [[DATE:07-Oct-2024]]    Printed: [[DATE:10-Oct-2024]]\n"
     "CD4 absolute: 62 cells/uL\n"
     "Serum CrAg (LFA): POSITIVE, titre 1:160\n"
     "Verified by: [[HCP:Okello J.]], BLT\n\n"
     "[[PT:Sarah]] re-started ART 3 weeks ago after defaulting. No headache, no neck stiffness, GCS 15. We can do an LP here but have no manometer. WHO says LP for every CrAg-positive patient, then single high-dose AmBisome + flucytosine + fluconazole if the CSF is positive; if CSF is negative, fluconazole 1200 mg for 2 weeks. Would you hold ART meanwhile? @swhitcombe_id you worked in this setting, what did you do without a manometer?"),
    # 030 Israeli discharge letter translated: Teudat Zehut, kibbutz as town, nickname in quotes, Yom Kippur dating the admission, Bedouin resident's name, daughter
    ("Internal medicine in the Negev. Discharge letter (my translation) for an 81-year-old with hyponatraemia after fasting; I'm the GP receiving him. Fluid questions below.\n\n"
     "[[FAC:Soroka University Medical Center]] - Internal Medicine D\n"
     "Patient: [[PT:Avraham Ben-Shoshan]] ('[[PT:Avi]]')    ID: [[SSN:034781126]]    Age: 81\n"
     "Address: [[TOWN:Kibbutz Revivim]]\n"
     "Admitted: [[DATE:13/10/2024]], the evening after [[DATE:Yom Kippur]]\n"
     "Discharged after 4 days\n"
     "Diagnoses: 1. Hyponatraemia (Na 118), mixed: thiazide + low solute intake + fast. 2. Hypertension. 3. Mild cognitive impairment.\n"
     "Treatment: hydrochlorothiazide stopped. 3% saline 100 mL bolus x1, then fluid restriction 1 L/day. Na 131 on discharge; correction < 8 mmol/L per 24 h achieved.\n"
     "Recommendations: Na in 48 h at the kibbutz clinic; avoid thiazides; amlodipine 5 mg instead.\n"
     "Dr [[HCP:Yael Mizrahi-Katz]], senior physician; Dr [[HCP:Omer Abu Rabia]], resident\n"
     "Family contact: daughter [[REL:Michal]] [[PHONE:052-718-4406]]\n\n"
     "[[PT:Avi]] lives alone and eats 'tea and toast'. Na 128 today. Fluid restriction in a man who already drinks little seems backwards to me; I'd rather add protein and salt. Urea sachets in primary care, anyone?"),
    # 031 German hospital letter for a Dutch-resident American: dotted dates, Dutch street-number address with postcode, BSN, insurance number, nearby town, employer
    ("GP at an international practice in the Netherlands. One of our American patients came back from a hospital stay in Germany with this letter (their English); I'd like advice on the follow-up they want.\n\n"
     "[[FAC:St. Antonius-Hospital Kleve]] - Clinic for Trauma Surgery\n"
     "Patient: [[PT:Brandon Keith Aldridge]], born [[DATE:11.03.1984]]\n"
     "Address: [[STREET:Laan van Meerdervoort 412]], [[ZIP:2563 BN]] [[TOWN:Den Haag]], Netherlands\n"
     "BSN: [[SSN:204418873]]\n"
     "Admission: [[DATE:02.11.2024]] - [[DATE:06.11.2024]]\n"
     "Diagnoses: 1. Distal radius fracture right (AO 23-C1) after a bicycle fall. 2. Mild TBI, CT head without pathology.\n"
     "Therapy: day 2, open reduction and volar plate osteosynthesis.\n"
     "Procedure: Wound check and suture removal day 12-14. X-ray control 6 weeks post-op. Physiotherapy. No weight bearing 6 weeks.\n"
     "Sincerely, [[HCP:Leonie Brandstätter]] (resident), for the senior physician\n\n"
     "[[PT:Brandon]] works rotations on a North Sea platform for [[FAC:Noordzee Offshore Services]] and his next helicopter transfer is in 3 weeks. The company doctor wants a fitness-to-work statement from me. Offshore with a plated wrist at 4 weeks plus the HUET (helicopter underwater escape training) requirement: has anyone signed this off, or is it always 6 weeks minimum?"),
    # 032 Norwegian lab report with a locum's question: hospital and acronym, 11-digit birth number, Postboks address, surname that is an ordinary first name, GP office
    ("English-speaking locum in northern Norway. Lab report, and a lithium timing question:\n\n"
     "[[FAC:Universitetssykehuset Nord-Norge]] ([[FAC:UNN]]), [[TOWN:Tromsø]] - Laboratory Medicine\n"
     "Patient: [[PT:Ánde Mikkel Sara]]    Birth no.: [[SSN:12057448213]]\n"
     "Address: [[STREET:Postboks 44]], [[ZIP:9146]] [[TOWN:Olderdalen]]\n"
     "Requested by: [[HCP:Eirik Lyngstad]], GP office\n"
     "Sampled: [[DATE:05.11.2024]] at 08:15\n"
     "S-Lithium 1.3 mmol/L (ref. 0.5-1.0 for prophylaxis)  H\n"
     "S-Creatinine 112 umol/L (60-105)  H\n"
     "eGFR 64 mL/min/1.73m2\n"
     "S-TSH 6.8 mIU/L (0.5-4.1)  H\n"
     "Signed: [[HCP:Sigrid Haugland]], consultant\n\n"
     "[[PT:Ánde]] herds reindeer and was out on the plateau for a week before this; he says he took his 800 mg at 22:00 the night before, so it's a 10-hour level, close enough to 12 h. Dehydration plus ibuprofen for a knee? No tremor, no confusion. Would you cut to 600 mg and repeat in 5 days, or hold 24 h first? And would you start levothyroxine at a TSH of 6.8?"),
    # 033 Jamaican discharge summary: UHWI long and short, neighbourhood that names a haemoglobin variant, postal district, parish as county, TRN, NANP phone
    ("Family medicine. Discharge summary for a young woman with sickle cell, and a question about hydroxyurea and pregnancy plans.\n\n"
     "[[FAC:University Hospital of the West Indies]] - Discharge Summary\n"
     "Name: [[PT:Tishanna Marie Campbell-Grant]]    Hosp #: [[MRN:UH 884712]]\n"
     "Address: [[STREET:12 Dunrobin Avenue]], [[PLACE:Constant Spring]], [[ZIP:Kingston 8]]\n"
     "Parish: [[COUNTY:St. Andrew]]    TRN: [[SSN:118-442-907]]\n"
     "Admitted: [[DATE:19/10/2024]]    Discharged: [[DATE:28/10/2024]]\n"
     "Diagnosis: Acute chest syndrome, HbSS. Required exchange transfusion (6 units) in MICU.\n"
     "Discharge meds: folic acid 5 mg daily, penicillin V 250 mg BD, hydroxyurea 1 g daily (restart), morphine IR 10 mg q6h PRN x 5 days.\n"
     "Consultant: Dr [[HCP:Desmond Ebanks]], Haematology\n"
     "NOK: mother [[REL:Paulette Campbell]]\n\n"
     "Third ACS in two years. [[PT:Tishanna]] is 26 and she and her partner want to try for a baby next year. Hydroxyurea has to stop for conception, but she's clearly high-risk off it. How have others managed this in your sickle cell clinics: monthly top-up transfusions through pregnancy, or keep HU until conception and stop then?"),
    # 034 Peruvian referral sheet translated: health post and regional hospital, four-part Spanish name, DNI, HCL, SIS number, campesino community, multi-part husband's name, obstetra
    ("English-speaking doc in the southern Andes. Referral sheet from a health post in the highlands (my translation). HAPE, pneumonia, or both?\n\n"
     "HOJA DE REFERENCIA\n"
     "Origin: [[FAC:Puesto de Salud Ccorca]]    Destination: [[FAC:Hospital Regional del Cusco]]\n"
     "Patient: [[PT:María José Quispe Mamani]]    DNI: [[SSN:45120883]]    HCL: [[MRN:018832]]\n"
     "Age: 23\n"
     "Address: [[PLACE:Comunidad Campesina Huayllay]], [[TOWN:Ccorca]]\n"
     "Date: [[DATE:03/11/2024]]    Time: 06:40\n"
     "Companion: husband [[REL:Juan de Dios Huamán Ccoa]]\n"
     "Clinical summary: dyspnoea and cough 2 days, returned from [[TOWN:Lima]] 3 days ago. T 38.4, RR 32, SpO2 71% (normal at this altitude ~88%), crackles R > L.\n"
     "Treatment given: O2 by cannula 3 L, ceftriaxone 1 g IM, nifedipine 10 mg.\n"
     "Responsible: Obst. [[HCP:Rosa Luz Ccahuana]]\n\n"
     "CXR here: patchy bilateral infiltrates, denser on the right lower zone. CRP 96, WBC 14.8. Re-entry HAPE after a trip to the coast is classic, but the fever and CRP... I've got [[PT:María José]] on oxygen, nifedipine and ceftriaxone. Is anyone using procalcitonin to separate these at altitude?"),
    # 035 Fijian echo report: hospital and acronym, village, province untagged, hospital number, reporting doctor, grandmother with phone
    ("Paediatrics, Fiji. Echo report on a girl with RHD; I'd like advice on BPG adherence.\n\n"
     "[[FAC:Colonial War Memorial Hospital]] ([[FAC:CWMH]]) - Paediatric Cardiology\n"
     "Patient: [[PT:Mereoni Tuilevuka]]    Age: 12    Hosp No: [[MRN:CW 220-0451]]\n"
     "Village: [[TOWN:Nakorovou]], Naitasiri Province\n"
     "Echo date: [[DATE:20/9/2024]]\n"
     "Findings: Moderate MR, thickened anterior mitral leaflet with restricted posterior leaflet; mild AR. LV mildly dilated. Meets WHF 2023 criteria for definite RHD.\n"
     "ASOT 800 IU/mL.\n"
     "Reporting: Dr [[HCP:Ilisapeci Rokotuiwai]]\n"
     "Guardian: grandmother [[REL:Salote Tuilevuka]], [[PHONE:+679 928 4410]]\n\n"
     "She's missed 4 of her last 8 monthly BPG injections; the nurse reaches the village only when the road is passable, and [[PT:Mereoni]] cries for an hour after each injection. Lignocaine-diluted BPG? Oral penicillin instead? Has anyone trained community health workers to give BPG in the village?"),
    # 036 Rohingya camp transfer form: field and district hospitals, FCN and UNHCR numbers, shelter/block street line, camp, upazila with its word, midwife
    ("Camp field hospital. Transfer form for eclampsia; did we get the magnesium right?\n\n"
     "REFERRAL / TRANSFER FORM\n"
     "From: [[FAC:Balukhali Field Hospital]]    To: [[FAC:Cox's Bazar Sadar Hospital]]\n"
     "Name: [[PT:Noor Begum]]    Age: 24\n"
     "FCN: [[ID:FCN-114-2287]]\n"
     "Husband: [[REL:Sayed Hossain]]\n"
     "Address: [[STREET:Shelter 0447, Block C-12]], [[PLACE:Camp 8W]], [[COUNTY:Ukhiya Upazila]]\n"
     "Date: [[DATE:09/11/2024]]    Time of fit: 10:15    Time of transfer: 11:40\n"
     "Obstetric: G3P2, 34+5 weeks by LMP, no ANC scan. BP 168/112, urine protein 3+, one generalised fit lasting ~1 min.\n"
     "Treatment: MgSO4 4 g IV over 20 min + 5 g IM each buttock (Pritchard regimen); nifedipine 10 mg PO; catheterised.\n"
     "Doctor: [[HCP:Farzana Akter]]\n\n"
     "The sadar hospital said they prefer the Zuspan (IV infusion) regimen and that our IM doses hurt [[PT:Noor]] a lot. In a camp without infusion pumps, Pritchard seems safer to me. Do people still split the IM dose or give 10 g in one buttock? And who here gives the 4-hourly 5 g IM maintenance during a 90-minute ambulance wait?"),
    # 037 Sri Lankan clinic-book entry: long Sinhala name, 12-digit NIC, BHT number, Mahaweli tract address, GN division, Vesak Poya dating the bite, Russell's viper untagged
    ("Medical registrar at [[FAC:Teaching Hospital Anuradhapura]]. Retyped from her clinic book: snakebite, now back with fever and joint pains.\n\n"
     "Name: [[PT:Wijesinghe Mudiyanselage Chandrika Kumari]]    Age: 42\n"
     "NIC: [[SSN:198257301142]]    BHT No: [[MRN:24/118/5521]]\n"
     "Address: [[STREET:No. 47, Yaya 4]], [[TOWN:Thambuttegama]]\n"
     "GN division: [[PLACE:Eriyawa]]\n"
     "Bitten on the night of [[DATE:Vesak Poya]] while walking to a dansala; snake killed and brought: Russell's viper.\n"
     "20WBCT: > 20 min (unclotted) at 1 h. Bilateral ptosis. Cr 168.\n"
     "AVS: 20 vials Indian polyvalent over 1 h; repeat 10 vials at 6 h (WBCT still unclotted).\n"
     "Discharged: [[DATE:29.05.2024]]. Cr 110.\n"
     "Consultant: Dr [[HCP:Nimal Gunawardena]]\n\n"
     "Ten days after discharge [[PT:Chandrika]] came back with fever, urticaria, arthralgia of knees and wrists, and proteinuria 1+. Classic serum sickness after 30 vials, I think. Prednisolone 1 mg/kg for 5 days? And the proteinuria: serum sickness, or the viper's AKI settling?"),
    # 038 Ghanaian polyclinic referral: Korle Bu short and acronym, P.O. Box with letters, ordinal date, compound address, NHIS number, Ghana Card, digital address
    ("Physician at [[FAC:Korle Bu]]. Referral from a polyclinic; she is HbSC and 12 weeks pregnant. Do we manage like SS?\n\n"
     "[[FAC:MAMPROBI POLYCLINIC]]\n"
     "[[STREET:P.O. Box MB 318]], [[TOWN:Accra]]\n"
     "[[DATE:4th November, 2024]]\n\n"
     "The Physician Specialist,\n"
     "Sickle Cell Clinic,\n"
     "[[FAC:KBTH]].\n\n"
     "Dear Doctor,\n"
     "RE: [[PT:ABENA SERWAA MENSAH]] (26 YRS)\n"
     "Address: [[STREET:H/No. B 118/9, Nii Tackie Compound]]\n"
     "NHIS No: [[PLAN:03418892]]    Ghana Card: [[SSN:GHA-720114882-6]]\n"
     "Digital address: [[ZIP:GA-183-8164]]\n"
     "I write to refer the above-named, G1P0 at 12 weeks, newly diagnosed HbSC on electrophoresis (HbS 48%, HbC 46%, HbF 3%). Two previous admissions for 'malaria' with bone pains. Hb 10.8 g/dL. Her mother, [[REL:Akua Mensah]], reports a brother who died in childhood of a 'blood problem'.\n"
     "Kindly see and manage.\n"
     "Yours faithfully,\n"
     "Dr [[HCP:Kofi Boateng-Asare]]\n"
     "Medical Officer\n"
     "[[PHONE:024 455 8812]]\n\n"
     "[[PT:Abena]] already has retinopathy on fundoscopy (salmon patches). Low-dose aspirin from 12 weeks, folic acid, prophylactic LMWH from 28 weeks? Is anyone routinely transfusing SC pregnancies in Ghana?"),
    # 039 US medical-examiner investigator report: age 97 twice, ME case number, residence, intersection of two streets, plate, VIN, date vs time look-alike, pronouncing ED doctor, investigator, granddaughter
    ("PCP question. A [[AGE:97]]-year-old patient of mine died after a low-speed crash, and the family asks me whether the heart attack or the crash came first. Medical examiner investigator report, relevant parts:\n\n"
     "[[FAC:Maricopa County Office of the Medical Examiner]]\n"
     "Case No.: [[ID:ME24-08817]]\n"
     "Decedent: [[PT:Harold Eugene Lindqvist]]    Age: [[AGE:97]]    DOB: [[DATE:03/30/1927]]\n"
     "Residence: [[STREET:10422 W Palmeras Dr]], [[TOWN:Sun City]], AZ [[ZIP:85373]]\n"
     "Incident location: [[STREET:N 99th Ave]] & [[STREET:W Bell Rd]]\n"
     "Vehicle: 2014 Buick LaCrosse, AZ plate [[PLATE:CKR4417]], VIN [[VIN:1G4GB5G34EF118273]]\n"
     "Date/time of incident: [[DATE:11/02/2024]] approx. 10:15\n"
     "Narrative: Decedent's vehicle left the roadway at low speed (est. < 15 mph) and struck a curb and light pole. Airbags deployed. Witness states decedent was 'slumped over' before impact. Pronounced at 11:02 by the receiving ED physician.\n"
     "Investigator: [[REL:Teresa Valdivia]], MLI\n\n"
     "Autopsy showed an acute posterior MI (about 6-12 h old by histology) and no injury sufficient to cause death. [[PT:Harold]]'s granddaughter asked if he 'had the heart attack because of the crash'. Is the ME's 'natural' manner consistent with that? I saw him 2 weeks before: no angina, BP fine, still driving with my blessing, which I'm now second-guessing."),
    # 040 Scottish OOH consultation: centre and town, CHI number, street/neighbourhood/postcode, registered practice, weekday outside date, OOH doctor
    ("GP in the Highlands. OOH consultation note from Saturday, pasted into our system. Was nitrofurantoin right with loin pain?\n\n"
     "Out of Hours Consultation - [[FAC:Raigmore Hospital]] PCEC, [[TOWN:Inverness]]\n"
     "Patient: [[PT:Catriona Mhairi MacLeod]]    CHI: [[PLAN:1207628841]]\n"
     "Address: [[STREET:3 Lochalsh Road]], [[PLACE:Merkinch]], [[TOWN:Inverness]] [[ZIP:IV3 8HW]]\n"
     "Seen: Sat [[DATE:02/11/24]] 21:40 by Dr [[HCP:Euan Strachan]]\n"
     "History: dysuria and frequency 2/7, R loin ache since this morning, felt shivery. No vaginal discharge.\n"
     "Exam: T 38.1, HR 104, BP 128/76, R renal angle tender. Urine dip: leu +++, nit +, blood ++.\n"
     "Plan: nitrofurantoin 100 mg MR BD 3/7. MSU sent. Safety-netting advice given. GP follow-up if not better.\n\n"
     "Nitrofurantoin doesn't reach renal tissue, so with loin pain and a temperature this looks like pyelonephritis treated as cystitis. [[PT:Catriona]] phoned us on Monday still febrile; switched to cefalexin pending the MSU, as NICE NG111 suggests first line. Am I being unfair to the OOH doc?"),
    # 041 RFDS retrieval record, Central Australia: retrieval base, retrieval number, IHI, HRN, remote community and clinic, crew, aunt escort; 'Darwin guideline' untagged
    ("Registrar in Central Australia. Retrieval sheet from the weekend; suspected melioidosis, and a question about meropenem dosing.\n\n"
     "[[FAC:RFDS Central Operations]] - Retrieval Record\n"
     "Retrieval no: [[ID:RFDS-C-24-04418]]\n"
     "Patient: [[PT:Jarrah Tjampitjinpa]]    Age: 31\n"
     "IHI: [[PLAN:8003 6081 4417 2290]]    HRN: [[MRN:ASH558104]]\n"
     "Community: [[TOWN:Yuendumu]]\n"
     "Hx: 3/7 fever, productive cough, R chest pain. T2DM (HbA1c 11.2%), heavy alcohol. Wet season.\n"
     "O/E: T 39.6, HR 128, BP 84/50 after 2 L, RR 34, SpO2 88% on 15 L NRB. R upper lobe consolidation on POCUS.\n"
     "Tx: meropenem 1 g IV, noradrenaline via peripheral line, intubated for flight.\n"
     "Crew: flight nurse, MO Dr [[HCP:Tom Nguyen]]\n"
     "Destination: [[FAC:Alice Springs Hospital]] ICU\n"
     "Escort: Aunty [[REL:Dulcie Napangardi]]\n\n"
     "Blood cultures grew Burkholderia pseudomallei on day 2. [[PT:Jarrah]] is on meropenem 1 g q8h; the Darwin guideline uses 2 g q8h for neurological or ICU patients. He has no neuro signs but is on pressors. Go to 2 g q8h? And how long before eradication co-trimoxazole?"),
    # 042 Karachi referral chit: d/o with father's name, MR number, house/sector line with a mosque landmark, neighbourhood, father's CNIC and mobile, culture dates
    ("Paeds ID. Referral chit from a private clinic; XDR typhoid not settling. Should I be adding meropenem?\n\n"
     "[[FAC:Gulberg Child Care Clinic]]\n"
     "Pt: [[PT:Ayesha]] d/o [[REL:Imran Siddiqui]]    Age: 7 yrs    MR#: [[MRN:GCC-554-18]]\n"
     "Address: [[STREET:House R-118, Sector 11-A, opposite Madina Masjid]], [[PLACE:North Karachi]]\n"
     "Father CNIC: [[SSN:42101-8812047-3]]    Mobile: [[PHONE:0321-2284417]]\n"
     "Blood C/S ([[DATE:22-10-2024]]): Salmonella Typhi. R: ampicillin, chloramphenicol, co-trimoxazole, ciprofloxacin, ceftriaxone. S: azithromycin, meropenem.\n"
     "Rx: azithromycin 20 mg/kg OD since the next day.\n"
     "Ref by: Dr [[HCP:Sana Farooq]]\n\n"
     "Day 6 of azithro and [[PT:Ayesha]] is still spiking to 39.5 twice a day, but she looks better and is eating. Fever clearance on azithro is slow (median 4-6 days), so I'm tempted to wait, but her mother is frantic. Would you send her home on oral azithro once afebrile for 48 h, 10-14 days in total?"),
    # 043 Canadian LTD attending physician statement: hyphenated accented name, ISO DOB, SIN, street and postcode, policy/certificate/claim numbers, employer, psychiatrist and building named after a person
    ("Family doc. An insurer's Attending Physician Statement for long-term disability; how much do I owe them? What I've filled in so far:\n\n"
     "Claimant: [[PT:Geneviève Thériault-MacPhee]]    DOB: [[DATE:1979-08-03]]\n"
     "SIN: [[SSN:527 118 904]]\n"
     "Address: [[STREET:58 Purcell's Cove Road]], [[TOWN:Halifax]] NS [[ZIP:B3P 1B9]]\n"
     "Policy #: [[PLAN:GP-118472]]    Claim #: [[ID:LTD-2024-0884571]]\n"
     "Employer: [[FAC:Bedford Basin Credit Union]]    Occupation: branch manager\n"
     "Date symptoms first appeared: [[DATE:January 2024]]    Last day worked: [[DATE:April 12, 2024]]\n"
     "Diagnosis: Major depressive disorder, recurrent, severe without psychotic features (F33.2). PHQ-9 22/27 at last visit.\n"
     "Other treating physicians: Dr [[HCP:Aaron Sealy]], psychiatrist, [[FAC:Abbie J. Lane Memorial Building]]\n"
     "Restrictions/limitations: ...\n\n"
     "Section 9 asks for 'complete clinical notes from the onset of symptoms'. [[PT:Geneviève]]'s notes include her marriage breakdown and other things that have nothing to do with capacity to work. Do you send a summary and decline the raw notes, or will that delay her benefits? CMPA advice welcome."),
    # 044 Indian teleconsult intake: WhatsApp number, email, ABHA, Aadhaar last four, locality/city/PIN, college, consent IP, photo URL, Instagram handle
    ("Dermatologist on a teleconsult platform. Auto-filled intake for a young man wanting isotretinoin; can this be done remotely?\n\n"
     "Name: [[PT:Aarav Deshpande]]    Age: 19    Gender: M\n"
     "Mobile/WhatsApp: [[PHONE:+91 98220 41177]]\n"
     "Email: [[EMAIL:aarav.d2005@gmail.com]]\n"
     "ABHA number: [[PLAN:91-4418-2207-1183]]    Aadhaar (last 4): [[SSN:7731]]\n"
     "Locality: [[PLACE:Kothrud]]    City: [[TOWN:Pune]]    PIN: [[ZIP:411038]]\n"
     "Referred via: Instagram DM from [[HANDLE:@aarav.lifts]]\n"
     "Consent: accepted [[DATE:2024-11-08]] 18:42:17 IST from IP [[IP:49.36.112.208]], Android 14, app v3.8.2\n"
     "Photos: [[URL:https://files.skinconnect.in/u/ad20551/face_0811.jpg]]\n"
     "Complaint: acne since age 14, nodules on jaw and back; failed doxycycline 3 months + adapalene/BPO.\n\n"
     "The photos show nodulocystic acne with early scarring. Isotretinoin needs baseline LFTs and lipids and a mood screen, and I like to see them at least once. [[PT:Aarav]] is in a hostel and says his parents don't know he's consulting. Would you prescribe after labs through a partner lab, or insist on an in-person visit first?"),
    # 045 WhatsApp referral pasted verbatim in lower case: mother with possessive, child, acronym hospital, two mobiles, layout, landmark cathedral, school, referring GP
    ("Copying a WhatsApp referral from a GP colleague exactly as it came (all lower case). Advice on the DKA fluids, please.\n\n"
     "'good evening sir. pls i want to refer mrs [[REL:adaeze okonkwo-eze]]'s son [[PT:chidubem]], 9yrs, to you at [[FAC:unth]]. he has been on insulin since last yr, mixtard 70/30, mother says they ran out 3 days ago bc of cost. rbs HI on glucometer, urine ketones +++, kussmaul breathing. i gave 10ml/kg n/s and 2 units actrapid im (i know). pls call me [[PHONE:08034417265]] or his mum [[PHONE:07066214489]]. they live in [[PLACE:independence layout]] near [[FAC:holy ghost cathedral]]. his school ([[FAC:st patrick's primary]]) said he collapsed in class. thank you sir. dr. [[HCP:obinna nwachukwu]]'\n\n"
     "[[PT:Chidubem]] arrived at 2 a.m.: pH 7.02, HCO3 5, GCS 13, weight 26 kg. We have no infusion pumps on the children's emergency ward tonight. Using the BSPED 2021 approach, the 10 ml/kg bolus already counts, deficit 10% over 48 h, insulin 0.05 units/kg/h. Anyone running paediatric DKA on gravity drips with a burette?"),
    # 046 NZ CRT-D remote transmission: NHI, generator, lead and transmitter serials vs model numbers, episode date, clinic, physiologist, year alone; 'Merlin@home' untagged
    ("Cardiology. Remote monitoring alert from last night: lead noise or real VF? Pasting the transmission summary.\n\n"
     "Remote Transmission Summary - [[FAC:Dunedin Hospital]] Pacing & Device Clinic\n"
     "Patient: [[PT:Whetu Paora Rangihuna]]    DOB: [[DATE:14/06/1949]]    NHI: [[PLAN:PHK3318]]\n"
     "Device: Abbott Gallant HF CRT-D, model CDHFA500Q, serial [[DEVICE:81127744]]\n"
     "RA lead: Tendril STS 2088TC, SN [[DEVICE:CAW114528]]    RV lead: Durata 7122Q, SN [[DEVICE:BBE229914]]\n"
     "Transmitter: Merlin@home\n"
     "Episode [[DATE:09-Nov-2024]] 03:14:22: VF detected, ATP during charge x1, 40 J shock delivered, episode terminated.\n"
     "RV pace impedance 1,820 ohms (previous 480). RV sensing 3.2 mV (previous 11.5). HV impedance 64 ohms (stable).\n"
     "EGM: intermittent high-frequency non-physiological signals on the RV channel only; far-field channel shows sinus rhythm 72 bpm.\n"
     "Physician: Dr [[HCP:Hamish Erskine]]\n\n"
     "This looks like an RV lead conductor fracture with noise oversensing and an inappropriate shock. [[PT:Whetu]] was asleep; his wife [[REL:Hine]] heard him yell. We can't switch off tachy therapy remotely with this system, so he's coming in with a magnet taped over the can. Would you extract the Durata or cap it and add a new lead, given it's a [[YEAR:2016]] implant?"),
    # 047 Victorian police Form 83 for a death: age as a word, unit address, suburb and postcode, weekday outside date, neighbour, constable and badge number, police station, usual GP and clinic
    ("Suburban GP. Police left me a copy of the Form 83 (police report of death) and asked whether I'll sign the death certificate. Relevant bits:\n\n"
     "Deceased: [[PT:Doris Evelyn Pettigrew]]    Age: [[AGE:ninety-one]]\n"
     "Address: [[STREET:Unit 6, 41 Rosella Street]], [[PLACE:Murrumbeena]] VIC [[ZIP:3163]]\n"
     "Found: Sunday [[DATE:3 November 2024]], approx. 08:30, by a neighbour, on the lounge-room floor.\n"
     "Circumstances: Last seen alive Friday evening. No signs of forced entry. Webster-pak found with Friday night's and Saturday's doses not taken.\n"
     "Reporting member: Sen Const [[REL:Ashleigh Morton]], #[[ID:41187]], [[FAC:Oakleigh Police Station]]\n"
     "Usual medical practitioner: Dr [[HCP:Parisa Karimi]], [[FAC:Poath Road Medical Clinic]]\n\n"
     "I'm covering for Dr [[HCP:Karimi]], who is on leave. Mrs [[PT:Pettigrew]] had CCF, AF on apixaban and CKD 4, and was last seen 6 weeks ago. Found on the floor, so it could have been a fall, though police saw no obvious injuries. If a fall might have contributed it's reportable. Her son wants to avoid an autopsy. Would you sign, or refer to the coroner?"),
    # 048 Cape Town hospice referral: 13-digit ID, folder number, erf and street line, two township subdivisions, postcode, month-year date, referring doctor and hospital, daughter with mobile
    ("Palliative care. Hospice referral letter and a syringe-driver conversion question.\n\n"
     "[[FAC:Mitchells Plain Community Hospice]]\n"
     "REFERRAL FOR HOME-BASED CARE\n"
     "Patient: [[PT:Fatima Abrahams]]    ID: [[SSN:5807140211082]]    Folder no: [[MRN:GSH 1194872]]\n"
     "Address: [[STREET:Erf 11873, 22 Kingfisher Crescent]], [[PLACE:Mitchells Plain]], [[ZIP:7785]]\n"
     "Diagnosis: Adenocarcinoma head of pancreas with liver metastases; biliary stent [[DATE:August 2024]].\n"
     "Current meds: morphine sulphate SR (MST) 60 mg BD; morphine IR 10 mg 4-hourly PRN (using 4-5/day); metoclopramide 10 mg TDS; haloperidol 1.5 mg nocte; lactulose.\n"
     "Problem: now vomiting, can't keep tablets down.\n"
     "Referred by: Dr [[HCP:Tariq Hendricks]], Palliative Care Team, [[FAC:Groote Schuur Hospital]]\n"
     "Carer: daughter [[REL:Shireen Abrahams]] [[PHONE:082 448 1173]]\n\n"
     "Total oral morphine is ~160-170 mg/24 h. SC = oral/2, so ~80 mg/24 h by syringe driver, plus haloperidol 2.5 mg and metoclopramide 30 mg in the same driver? The usual compatibility tables list that combination as fine. Mrs [[PT:Abrahams]] and her family want her at home for as long as possible, and our hospice nurse visits twice a week. Anything you'd change?"),
    # 049 US pharmacy printout, tab-separated: age 91 twice, pharmacy address and phone, account, Rx numbers, surname-first prescribers in cells, last-fill dates, DEA numbers, son
    ("Geriatrics. New patient, [[AGE:91]], brought his pharmacy printout (tab-separated when I pasted it). Where would you start?\n\n"
     "[[FAC:Hollis Drug & Compounding]]  [[TOWN:Marietta]], OH  Ph [[PHONE:740-555-0131]]\n"
     "Patient: [[PT:Walter Ambrose Kettering]]    DOB: [[DATE:07/19/1933]]    Acct: [[ACCT:HD-00418827]]\n"
     "Rx#\tDrug\tSig\tPrescriber\n"
     "[[ID:6021184]]\tdonepezil 10 mg\t1 qhs\t[[HCP:Nowak, P]]\n"
     "[[ID:6021185]]\toxybutynin 5 mg\t1 tid\t[[HCP:Nowak, P]]\n"
     "[[ID:6034410]]\tglyburide 5 mg\t1 bid\t[[HCP:Ferrante, D]]\n"
     "[[ID:6034411]]\tamitriptyline 25 mg\t1 qhs\t[[HCP:Ferrante, D]]\n"
     "[[ID:6040772]]\tmeloxicam 15 mg\t1 daily\t[[HCP:Ferrante, D]]\n"
     "OTC\tdiphenhydramine 25 mg\t1-2 qhs prn\t-\n"
     "\n"
     "So: donepezil and oxybutynin fighting each other, amitriptyline and Benadryl on top, glyburide at his age, and meloxicam with an eGFR of 41. Mr [[PT:Kettering]] lives with his son, who fills the pill box. I'd stop the glyburide and meloxicam first and taper the amitriptyline. Oxybutynin or donepezil next?"),
    # 050 Bangladeshi factory medical report: employer, employee ID, NID, years alone, home district with lower-case 'district', holding/ward street line, suburb, town, supervisor
    ("Occupational health. Factory medical centre report for a young worker from a sandblasting line. Silicosis at 28?\n\n"
     "[[FAC:Ashulia Denim Works Ltd]] - Factory Medical Centre\n"
     "Worker: [[PT:Md. Rubel Mia]]    Employee ID: [[ID:ADW-22871]]    NID: [[SSN:4617338902]]\n"
     "Section: finishing (sandblasting line) [[YEAR:2016]]-[[YEAR:2019]]; now washing section\n"
     "Permanent address: [[COUNTY:Kurigram district]]\n"
     "Present address: [[STREET:House 44, Ward 3]], [[PLACE:Baipail]], [[TOWN:Savar]]\n"
     "CXR ([[DATE:12-08-2024]]): bilateral upper-zone nodular opacities, eggshell calcification of hilar nodes.\n"
     "Spirometry: FEV1 62% pred, FVC 70% pred, FEV1/FVC 0.74 (restrictive pattern)\n"
     "GeneXpert MTB/RIF sputum x2: not detected\n"
     "Examined by: Dr [[HCP:Shamima Nasrin]], factory medical officer\n"
     "\n"
     "Three years of sandblasting denim without respiratory protection, and accelerated silicosis a few years later. [[PT:Rubel]] wants to keep working. Can he stay at the factory in a dust-free section, and has anyone got compensation under the Labour Act for silicosis in a garment worker? Also, annual TB screening: CXR or IGRA?"),
    # 051 one-line referral from northern Uganda: short facility name, clinician, surname-first child with an ordinary-word name, town, father with phone
    ("Anyone at [[FAC:Lacor]] know if Dr [[HCP:Okello Ojara]] still runs the Burkitt clinic on Tuesdays? Referring [[PT:Akello Grace]] (6 y) from [[TOWN:Kitgum]] with a jaw mass; father [[REL:Ocen Patrick]] on [[PHONE:0772 418 305]]."),
    # 052 Orkney video-consult auto-transcript: speaker labels with titles outside, partner GP and paediatric registrar, mother label, CHI, two hospitals, towns, Orkney as county; member @mention
    ("Rural GP on [[COUNTY:Orkney]]. Auto-transcript of a video consult my practice partner had with the on-call paediatric registrar last night, tidied only for line breaks. I think the advice was wrong; @iona_paeds, would you have sent him?\n\n"
     "Video consult - [[FAC:Balfour Hospital]], [[TOWN:Kirkwall]] / [[FAC:Royal Aberdeen Children's Hospital]]\n"
     "[[DATE:05/11/2024]] 19:02\n"
     "Patient: [[PT:Magnus Rendall]], 4 y\n"
     "[19:02:14] DR [[HCP:ROSS]]: Hi, it's [[HCP:Fiona Ross]], GP here. I've got a four-year-old with fever and a rash.\n"
     "[19:02:31] DR [[HCP:ADEYEMI]]: Hi, [[HCP:Tobi Adeyemi]], paeds reg. Go ahead.\n"
     "[19:02:40] DR [[HCP:ROSS]]: [[PT:Magnus]], temperature 39.4 since this morning, now a few non-blanching spots on his shins, maybe six. Heart rate 150, cap refill 3 seconds.\n"
     "[19:03:22] MUM ([[REL:Kirsty Rendall]]): He was at nursery till lunchtime, they phoned me.\n"
     "[19:04:10] DR [[HCP:ADEYEMI]]: Sounds viral, petechiae below the nipple line, could even be early Henoch-Schönlein. Give ibuprofen, observe four hours there, call back if it spreads.\n"
     "[19:04:35] DR [[HCP:ROSS]]: We don't have paediatric beds, it's the general ward.\n\n"
     "My partner gave IM ceftriaxone after the call anyway and [[PT:Magnus]] went out on the evening flight; the blood culture grew Neisseria meningitidis. Fever, tachycardia, prolonged cap refill and a non-blanching rash: NICE NG240 says treat and transfer. Was she wrong to override a specialist's advice, even though it turned out right?"),
]

FREE_NOTES: list[str] = [
    # 053 blank discharge-summary template: empty name/DOB/MRN fields, form number and version, ward/bed, bleep and registration blanks
    ("Our hospital is revising its discharge summary template and I've been asked which fields are mandatory. Current draft below; what would you cut?\n\n"
     "DISCHARGE SUMMARY (Form MR-07, v3.2)\n"
     "Name: ____________________    DOB: __/__/____    Sex: M / F / X\n"
     "MRN: __________    NHS/Insurance No.: __________\n"
     "Ward: ____    Bed: ____    Consultant: Dr ____________\n"
     "Date of admission: __/__/____    Date of discharge: __/__/____\n"
     "Presenting complaint: ______________________________\n"
     "Diagnoses (ICD-10): 1. ___.___   2. ___.___\n"
     "Procedures (OPCS-4 / CPT): ______\n"
     "Allergies: [ ] NKDA  [ ] Yes: __________\n"
     "Medications on discharge (drug | dose | route | frequency | changed? why?)\n"
     "Follow-up: [ ] GP  [ ] OPD in __ weeks  [ ] Nil\n"
     "Pending results: ______\n"
     "VTE risk assessment completed: Y / N    Falls risk: Y / N\n"
     "Signed: ____________    Bleep: ____    GMC/Reg No: ________\n\n"
     "The junior doctors want 'pending results' at the top because that's what gets missed. Our GPs say the medication changes with reasons are the only part they read. Anyone have an audit showing which fields actually get filled in?"),
    # 054 sepsis screening page from an ED protocol: thresholds, percentages, versions, the 2222 arrest number
    ("Pasting the sepsis screening page from our ED protocol (adapted from NICE NG51 and the Surviving Sepsis Campaign 2021). Is the lactate threshold sensible?\n\n"
     "SEPSIS SCREENING - ADULTS (v4.1, review due in 24 months)\n"
     "1. Could this be an infection? Y / N\n"
     "2. Any ONE high-risk criterion?\n"
     "   - Objective altered mental state (new confusion, GCS < 15 or AVPU other than A)\n"
     "   - RR >= 25/min, or new need for 40% O2 to keep SpO2 >= 92% (88% in COPD)\n"
     "   - HR > 130/min\n"
     "   - Systolic BP <= 90 mmHg or > 40 mmHg below baseline\n"
     "   - No urine for 18 h, or < 0.5 mL/kg/h if catheterised\n"
     "   - Mottled or ashen skin; non-blanching rash\n"
     "3. If YES: senior review within 1 h; blood cultures x2, lactate, FBC, U&E, CRP, clotting; broad-spectrum antibiotics within 1 h.\n"
     "4. Lactate > 2 mmol/L: 500 mL crystalloid over 15 min; repeat lactate at 2 h.\n"
     "5. Lactate >= 4 mmol/L or SBP < 90 after fluids: critical care outreach now; peri-arrest, call 2222.\n"
     "NEWS2 >= 7 triggers the same response.\n\n"
     "Our biochemists say a cut-off of 2 means a fluid bolus for every post-ictal patient and every metformin user. Has anyone moved to 'lactate >= 2 plus a high-risk criterion'?"),
    # 055 formulary monograph: brand names, ATC code, weight bands, percentages, study named after a country's surveillance programme
    ("Monograph as it appears in our formulary app, for the dolutegravir-metformin question that keeps coming up in clinic:\n\n"
     "DOLUTEGRAVIR (Tivicay; in TLD with tenofovir DF + lamivudine; with lamivudine as Dovato; with rilpivirine as Juluca)\n"
     "ATC: J05AJ03    Class: integrase strand transfer inhibitor (INSTI)\n"
     "Adult dose: 50 mg once daily; 50 mg twice daily with rifampicin, efavirenz, nevirapine, carbamazepine or phenytoin, or with INSTI resistance.\n"
     "Children: >= 20 kg, 50 mg daily (film-coated); dispersible 10 mg tablets by weight band from 3 kg.\n"
     "Interactions: metformin - DTG inhibits OCT2 and MATE1, raising metformin AUC ~79% (50 mg daily) and ~145% (50 mg BD). Limit metformin to 1 g/day when starting DTG; monitor renal function. Polyvalent cations (Al, Mg, Ca, Fe, Zn): give DTG 2 h before or 6 h after, or take together with food for Ca/Fe.\n"
     "Pregnancy: preferred in all trimesters; the Tsepamo neural tube defect signal from Botswana has narrowed to near background.\n"
     "Adverse effects: insomnia, headache, weight gain (more with TAF), creatinine rise of 10-15 umol/L in the first 4 weeks (tubular secretion blocked, not a true GFR fall).\n\n"
     "So the 'creatinine went up on TLD, stop metformin' letters we get are mostly wrong. Agree that a 10-15 rise by week 4 is expected, and only a bigger rise warrants a cystatin C?"),
    # 056 haemoglobinopathy reference sheet: variants named after places and people (Korle-Bu, Constant Spring, G-Philadelphia, Lepore, Bart's), blood-group systems named after people
    ("Our haemoglobinopathy lab has a new reference sheet. Pasted; the variant list confused our interns, so a quick sanity check is welcome.\n\n"
     "HAEMOGLOBIN ANALYSIS - REFERENCE & INTERPRETATION (HPLC, Bio-Rad Variant II; CE confirmation)\n"
     "HbA2 (adult): 2.2-3.2%    HbF (adult): < 1.0%\n"
     "HbA2 > 3.5% with MCH < 27 pg: beta-thalassaemia trait\n"
     "Variants that co-elute or cause diagnostic trouble:\n"
     "| Variant | Typical HPLC window | Note |\n"
     "| Hb S | S window | with HbA in trait; no HbA in SS or S/beta0 |\n"
     "| Hb C | C window | SC disease: retinopathy, avascular necrosis |\n"
     "| Hb E | A2 window (HbA2 reads ~25%) | common in South-East Asia |\n"
     "| Hb D-Punjab (D-Los Angeles) | D window | silent heterozygote |\n"
     "| Hb G-Philadelphia | S window | alpha-chain variant, benign |\n"
     "| Hb Lepore | A2 window, ~10% | delta-beta fusion; thalassaemia-like |\n"
     "| Hb Korle-Bu | A window, variable | benign; can mask HbC on some columns |\n"
     "| Hb Constant Spring | tiny peak, often missed | alpha-thalassaemia phenotype; CE better |\n"
     "| Hb Bart's | neonatal screen only | alpha-thalassaemia marker |\n"
     "| Hb O-Arab | C window | with HbS gives a sickling disorder |\n"
     "Red cell antigens are reported separately: Kell, Kidd (Jk a/b), Duffy (Fy a/b), Lewis, Lutheran, MNS.\n"
     "G6PD: quantitative, U/g Hb; Mediterranean and A- variants are not distinguished without genotyping.\n\n"
     "Questions: do we really need to report Hb Korle-Bu on an otherwise normal result, and should an HbA2 of 3.4% with low ferritin be repeated after iron?"),
    # 057 paediatric DKA order set: order-set ID and version, blanks, bed/bay numbers, trial and guideline names
    ("Our paediatric DKA order set, updated for the BSPED guideline. Pasting the first page because the fluid line keeps being misread:\n\n"
     "PAEDIATRIC DKA ORDERS (age < 18 y)    Order set ID: PED-DKA-03, v2.0\n"
     "Weight (kg): ____ (use actual; cap at 75 kg)\n"
     "Severity: [ ] mild pH 7.2-7.29  [ ] moderate 7.1-7.19  [ ] severe < 7.1\n"
     "Assumed deficit: mild 5%, moderate 5%, severe 10%\n"
     "Bolus: 10 mL/kg 0.9% NaCl over 30 min only if shocked (no more than 20 mL/kg without senior review)\n"
     "Rate (mL/h) = (deficit % x weight x 10) / 48 + maintenance (Holliday-Segar, reduced)\n"
     "Insulin: 0.05-0.1 units/kg/h, started 1-2 h after fluids; do NOT bolus\n"
     "Add glucose 5% when BG < 14 mmol/L; 10% if BG < 6 with ketones > 1\n"
     "Potassium 40 mmol/L in all fluids unless anuric or K > 5.5\n"
     "Monitoring: hourly BG and neuro obs; VBG + ketones at 2 h, then 4-hourly; ECG if K abnormal\n"
     "Cerebral oedema: hypertonic saline 2.7% 2.5-5 mL/kg over 10-15 min, or mannitol 20% 0.5-1 g/kg\n"
     "Location: PICU beds 1-6 or HDU bay 3; NOT ward 11\n"
     "Prescriber: ____________    Bleep: ____    Time: __:__\n\n"
     "ISPAD 2022 is a bit more liberal with fluids after the PECARN FLUID trial. Has anyone changed their order set to match?"),
    # 058 knee examination template: eponymous tests and signs, rules named after cities, a test named after a Greek region
    ("A registrar sent me the knee examination template from his last rotation; it's a nice teaching list. Tidied up:\n\n"
     "KNEE - ACUTE INJURY\n"
     "Imaging decision: Ottawa knee rules (age >= 55, fibular head tenderness, isolated patellar tenderness, can't flex to 90 degrees, can't bear weight for 4 steps) or the Pittsburgh rules (blunt trauma or fall with age < 12 or > 50, or unable to bear weight).\n"
     "Effusion: bulge (wipe) test, patellar tap.\n"
     "ACL: Lachman (most sensitive), anterior drawer, pivot shift; a Segond fracture on X-ray is an ACL tear until proven otherwise.\n"
     "PCL: posterior drawer, sag sign (Godfrey).\n"
     "Menisci: McMurray, Apley grind, Thessaly at 20 degrees, joint-line tenderness.\n"
     "Collaterals: valgus/varus stress at 0 and 30 degrees.\n"
     "Patellofemoral: apprehension (Fairbank), Clarke's test (unreliable).\n"
     "Neurovascular: popliteal and dorsalis pedis pulses, common peroneal nerve (foot drop).\n"
     "Also: Baker's cyst (Foucher's sign), Osgood-Schlatter, Sinding-Larsen-Johansson, Hoffa's fat pad.\n"
     "Classification: Outerbridge for cartilage, Kellgren-Lawrence for OA (grades 0-4), Schatzker for tibial plateau fractures.\n\n"
     "Thessaly, Pittsburgh and Ottawa in one template could pass for a travel itinerary. Does anyone still do the Apley grind in ED?"),
    # 059 travel-clinic handout of place-named diseases: rivers, towns, forests, islands and countries with no patient attached
    ("Travel clinic handout on 'diseases named after places', which we use to teach nurses the geography of arboviruses. Pasted; corrections welcome:\n\n"
     "| Name | Named after | Vector/source | Where you'll meet it now |\n"
     "| Lassa fever | a town in north-east Nigeria | Mastomys rats | West Africa |\n"
     "| Marburg virus disease | a German city (1967 laboratory outbreak) | fruit bats | East and Central Africa |\n"
     "| Ebola virus disease | a river in the DRC | bats, bushmeat | Central and West Africa |\n"
     "| Rift Valley fever | the Kenyan Rift Valley | mosquitoes, livestock | Africa, Arabian Peninsula |\n"
     "| Kyasanur Forest disease | a forest in Karnataka | ticks | south-west India |\n"
     "| Crimean-Congo haemorrhagic fever | Crimea and the Congo basin | Hyalomma ticks | Africa, Balkans, Middle East, Asia |\n"
     "| Ross River / Barmah Forest / Murray Valley encephalitis | an Australian river, a forest, a valley | mosquitoes | Australia, PNG, Pacific |\n"
     "| Japanese encephalitis | Japan | Culex | Asia, now mainland Australia |\n"
     "| West Nile | a district of Uganda | Culex, birds | worldwide |\n"
     "| St. Louis / La Crosse encephalitis | two US cities | mosquitoes | the Americas |\n"
     "| Powassan | a town in Ontario | Ixodes ticks | North America |\n"
     "| Oropouche / Mayaro | a river and a county in Trinidad | midges / mosquitoes | Amazon, Caribbean |\n"
     "| Lyme disease | a town in Connecticut | Ixodes ticks | temperate northern hemisphere |\n"
     "| Katayama syndrome | a district in Hiroshima | freshwater snails (schistosomes) | Africa, Asia |\n"
     "| Buruli ulcer | a county in Uganda | environmental M. ulcerans | West Africa, Victoria (Australia) |\n"
     "| Bornholm disease | a Danish island | Coxsackie B (itself a town in New York) | worldwide |\n\n"
     "The nurses love it. A colleague objected that place names stigmatise and that WHO's 2015 naming guidance avoids them for new diseases. Keep the handout, or rename the column?"),
    # 060 billing office coding question: CPT with modifier, ICD-10-CM, SNOMED CT, LOINC and HCPCS codes that look like phone and ID numbers
    ("Coding question from our billing office, pasted with their notes. US outpatient.\n\n"
     "Visit type: established patient, moderate MDM\n"
     "CPT: 99214-25 + 93000 (ECG with interpretation) + 36415 (venipuncture) + 83036 (HbA1c)\n"
     "ICD-10-CM: E11.65 (T2DM with hyperglycaemia), I10, E78.5, Z79.84 (long-term oral hypoglycaemics), Z68.35 (BMI 35.0-35.9)\n"
     "SNOMED CT (problem list): 44054006 | Diabetes mellitus type 2 |; 38341003 | Hypertensive disorder |\n"
     "LOINC: 4548-4 (HbA1c), 2160-0 (creatinine), 33914-3 (eGFR MDRD, retired; use 62238-1 or 98979-8)\n"
     "HCPCS: G2211 (visit complexity add-on)\n"
     "Modifier 25 rationale: significant, separately identifiable E/M on the same day as a procedure.\n\n"
     "Billing says G2211 can't go with modifier 25 on the same claim. CMS relaxed that for 2025 when the -25 visit is with preventive services, vaccines or an annual wellness visit. Does anyone know the position for a 99214-25 plus an ECG?"),
    # 061 medicolegal forms list, Kenya and South Africa: form numbers (P3, PRC, MOH 363, J88, BI-1663, W.Cl.4, MHCA 04), acts and years
    ("A new district medical officer asked which medicolegal forms to keep stocked. Here's the list our senior left on the wall (Kenya side, with the South African equivalents for those of us who trained there):\n\n"
     "KENYA\n"
     "- P3 form: police medical examination form, issued by police, completed by a medical practitioner; assault, sexual offences, road traffic injuries.\n"
     "- PRC form (post-rape care, MOH 363): completed at first contact; copy to the survivor; chain of custody for samples.\n"
     "- MOH 711 and MOH 705A: monthly summary and OPD registers (not medicolegal, but auditors ask).\n"
     "- Mental Health Act forms for involuntary admission.\n"
     "- Death notification for the civil registrar (check your county's current form).\n"
     "SOUTH AFRICA\n"
     "- J88: medico-legal report for assault and sexual offences (SAPS form; keep a copy).\n"
     "- BI-1663 / DHA-1663: notification of death.\n"
     "- W.Cl.2 (employer's report) and W.Cl.4 (first medical report) under COIDA.\n"
     "- MHCA 04, 05 and 07: Mental Health Care Act forms.\n\n"
     "Question for the Kenyans: is the PRC form still MOH 363 after the last revision? And does anyone store P3 copies electronically without falling foul of the Data Protection Act 2019?"),
    # 062 MCCD teaching slide: certificate parts, ages under 90, day counts, cremation form numbers, statute years
    ("Teaching slide for our F1s on completing the MCCD now that the medical examiner system is statutory in England and Wales. Pasted; happy to hear corrections:\n\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH - KEY POINTS\n"
     "Part I (a): the disease or condition directly leading to death (e.g. 'bronchopneumonia'); (b) what caused (a); (c) what caused (b); (d) if needed.\n"
     "Part II: other significant conditions contributing to death but not part of the sequence.\n"
     "Avoid modes of dying on their own: 'cardiac arrest', 'respiratory failure', 'multi-organ failure', 'asystole'.\n"
     "'Old age' or 'frailty of old age' is acceptable in Ia only if the person was 80 or over, you cared for them over a long period and saw a gradual decline with no identifiable disease.\n"
     "Refer to the coroner (the ME will help) if: unnatural or unknown cause; violence, neglect or self-harm; related to employment (mesothelioma, pneumoconiosis); during or soon after a procedure or anaesthetic; in custody or state detention; or no attending practitioner saw the person in the 28 days before death or after death.\n"
     "Abbreviations: none. Write 'chronic obstructive pulmonary disease', not 'COPD'.\n"
     "Cremation: Form Cremation 4 is still completed by the attending practitioner; Cremation 5 is no longer required.\n\n"
     "Anything out of date? Especially the 28-day rule, which used to be 14 days before the pandemic changes."),
    # 063 prior-authorisation appeal template with angle-bracket merge fields and trial names
    ("Sharing our prior-authorisation appeal template for GLP-1 denials, since the question comes up weekly. Fill in the angle-bracket fields:\n\n"
     "<Practice letterhead>\n"
     "<Date>\n\n"
     "To: <Plan name> Pharmacy Appeals\n"
     "Fax: <appeals fax>\n\n"
     "RE: Expedited appeal of coverage denial\n"
     "Member: <Full name>    Member ID: <ID>    DOB: <MM/DD/YYYY>\n"
     "Reference #: <PA reference>\n"
     "Medication: semaglutide <dose> SC weekly\n\n"
     "I am writing to request reconsideration of the above denial. <Patient first name> has type 2 diabetes (ICD-10 E11.9 or E11.65) with an HbA1c of <value>% despite metformin <dose> for <n> months. Additional indications: established ASCVD (SUSTAIN-6, SELECT), CKD (FLOW), heart failure with preserved EF (STEP-HFpEF). Alternatives tried or contraindicated: <list>.\n"
     "The ADA Standards of Care (Section 9) and KDIGO recommend a GLP-1 RA with proven cardiovascular benefit in this population independent of HbA1c.\n\n"
     "Sincerely,\n"
     "<Prescriber>, MD    NPI: <NPI>\n\n"
     "Tips: quote the plan's own criteria back to them, with page and section. Add the last three A1c values with their dates. Name the real indication: if it's weight management, appeal on the plan's obesity criteria instead of dressing it up as diabetes."),
    # 064 ACC45/ACC18 workshop notes: form names and field formats with blank dates, no patient
    ("For NZ GPs new to ACC: the fields on the ACC45 and ACC18 that the claims team actually bounces. From a provider workshop, my notes:\n\n"
     "ACC45 (injury claim)\n"
     "- Claim number: pre-printed on the pad, or generated by the PMS\n"
     "- NHI: required, three letters and four characters\n"
     "- Date of accident: DD/MM/YYYY (not the date of the first consult)\n"
     "- Scene: home / work / road / sport / other\n"
     "- Accident description: mechanism first, in the patient's words ('twisted knee stepping off a ladder'), not 'sore knee'\n"
     "- Diagnosis: pick the Read code from the PMS list (free text gets bounced); side and site\n"
     "- Work-related? Y / N; employer name and address if Y\n"
     "- Patient declaration and signature (or the verbal-consent box for telehealth)\n"
     "ACC18 (medical certificate)\n"
     "- Fully unfit / fit for selected duties, from __/__/____ to __/__/____\n"
     "- Capacity: hours per day, lifting limit in kg, restrictions\n\n"
     "Most rejections are gradual-process stories written on an accident form. Anyone have a good script for explaining to patients why a wear-and-tear shoulder isn't covered?"),
    # 065 athlete ECG criteria teaching summary: thresholds, city-named recommendations, eponymous syndromes
    ("Teaching summary for sports physicians on the International Criteria for ECG interpretation in athletes (the Seattle criteria, refined in 2017). From my slides:\n\n"
     "NORMAL in athletes (no work-up): increased QRS voltage, incomplete RBBB, early repolarisation, ST elevation followed by T inversion V1-V4 in Black athletes, T inversion V1-V3 under 16, sinus bradycardia >= 30 bpm, first-degree AV block, Mobitz I, junctional rhythm.\n"
     "BORDERLINE (work-up only if 2 or more): left or right axis deviation, LA or RA enlargement, complete RBBB.\n"
     "ABNORMAL (always investigate): T inversion beyond the above, ST depression, pathological Q waves, complete LBBB, QRS >= 140 ms, epsilon wave, pre-excitation (Wolff-Parkinson-White), QTc >= 470 ms (men) / >= 480 ms (women), Brugada type 1 pattern, sinus bradycardia < 30 bpm, Mobitz II or complete heart block, >= 2 PVCs per 10 s tracing, atrial tachyarrhythmias.\n"
     "Follow-up: echo +/- CMR for T inversion; genetics if HCM suspected; grey-zone septum 13-15 mm.\n\n"
     "Conditions to keep in mind: HCM, ARVC, anomalous coronary origin, long QT, Brugada, Marfan (Ghent criteria), commotio cordis (not screenable). The Lausanne recommendations and the AHA 14-point history are still used in some schools.\n\n"
     "Is anyone in a US high-school program doing ECG screening, or is it still history and exam only?"),
    # 066 Kenyan EPI schedule table: ages under 90 in weeks/months/years, fractions, counties as a generic word
    ("Kenya EPI schedule as printed in the back of the Mother & Child Health handbook, for the paeds interns:\n\n"
     "Age | Vaccine | Route | Site\n"
     "Birth | BCG | ID | left upper arm\n"
     "Birth (within 2/52) | bOPV 0 | oral | -\n"
     "6 weeks | Penta 1 (DPT-HepB-Hib), PCV10 1, bOPV 1, Rota 1 | IM, IM, oral, oral | left thigh, right thigh\n"
     "10 weeks | Penta 2, PCV10 2, bOPV 2, Rota 2 | as above | as above\n"
     "14 weeks | Penta 3, PCV10 3, bOPV 3, IPV | as above, IPV IM | IPV right thigh\n"
     "6 months | Vitamin A 100,000 IU; malaria vaccine (RTS,S) dose 1 in selected counties | oral / IM | -\n"
     "9 months | Measles-Rubella 1; yellow fever in selected counties | SC | right upper arm\n"
     "18 months | Measles-Rubella 2 | SC | right upper arm\n"
     "10 years (girls) | HPV | IM | deltoid\n\n"
     "Catch-up rule we use: never restart a series; give the missing doses at minimum 4-week intervals. Malaria vaccine is 4 doses (6, 7, 8 and 24 months) in the Lake Region counties.\n\n"
     "Corrections welcome; the new printing may differ. In particular, is the single-dose HPV schedule official for this year's cohort?"),
    # 067 travel malaria letter paragraph: drug brands, countries and regions, public guideline link
    ("The standard paragraph we paste into travel letters for malaria; checking it's still current:\n\n"
     "MALARIA PREVENTION (sub-Saharan Africa, South Asia, Papua New Guinea, the Solomon Islands, parts of the Amazon)\n"
     "- Atovaquone-proguanil (Malarone) 250/100 mg daily: start 1-2 days before, continue 7 days after.\n"
     "- Doxycycline 100 mg daily: 1-2 days before, 4 weeks after. Photosensitivity; take upright with water.\n"
     "- Mefloquine (Lariam) 250 mg weekly: 2-3 weeks before, 4 weeks after. Not with depression or epilepsy.\n"
     "- Tafenoquine (Krintafel/Arakoda): G6PD test first.\n"
     "- Chloroquine: only where still sensitive (Central America west of the Panama Canal, Haiti, the Dominican Republic).\n"
     "Bite avoidance: DEET 30-50%, permethrin-treated nets.\n"
     "Standby emergency treatment: artemether-lumefantrine (Riamet/Coartem).\n"
     "References: CDC Yellow Book (https://wwwnc.cdc.gov/travel/page/yellowbook-home); UKHSA ACMP guidelines; WHO International Travel and Health.\n\n"
     "Two questions: is anyone still prescribing chloroquine for Hispaniola given the resistance reports, and do you give standby treatment to backpackers heading to rural Laos?"),
    # 068 ship's medical stores audit list: merchant-shipping notice number, form number, drug and device brands, ratios written like dates
    ("For fellow ship's doctors: the 'Category A' medical stores list we audit monthly (UK MSN 1768 (M+F) with a few cruise-line additions). The controlled drug and emergency sections:\n\n"
     "CONTROLLED DRUGS (double-locked; register in Form CD-1, witness required)\n"
     "Morphine sulphate 10 mg/mL inj x 10 | Diazepam 5 mg rectal tube x 4 | Buccal midazolam 10 mg (Buccolam) x 4 | Fentanyl 100 mcg/2 mL x 5\n"
     "EMERGENCY\n"
     "Adrenaline 1 mg/mL (1:1000) x 10 | Adrenaline 1 mg/10 mL (1:10,000) prefilled x 6 | Amiodarone 300 mg | Atropine 600 mcg | Tenecteplase (Metalyse) 50 mg x 2 | Ticagrelor 90 mg | Enoxaparin 100 mg/mL | Glucagon (GlucaGen HypoKit) | Naloxone 400 mcg\n"
     "EQUIPMENT\n"
     "AED (ZOLL AED Plus) | i-gel sizes 3, 4, 5 | Guedel airways 0-4 | Yankauer suckers | Thomas splint | SAM splint | pelvic binder | Stifneck collars | oxygen concentrator\n"
     "Checks: monthly; replenish at the next port through the ship's agent.\n\n"
     "Do other lines carry tenecteplase? Our fleet medical director wants to drop it because of the expiry cost."),
    # 069 altitude protocol card: a score named after a Canadian lake, doses, altitudes, societies
    ("Expedition medicine folks: the altitude protocol card we give trek leaders. Please check the doses:\n\n"
     "ALTITUDE ILLNESS - LEADER CARD (laminate)\n"
     "Lake Louise AMS score (2018 revision): headache 0-3 + GI 0-3 + fatigue 0-3 + dizziness 0-3. AMS = headache plus a total >= 3. The sleep question was dropped in 2018.\n"
     "Prevention: sleeping altitude up by < 500 m/day above 3,000 m, a rest day every 3-4 days. Acetazolamide 125 mg BD (children 1.25 mg/kg BD) from the day before ascent.\n"
     "Mild AMS: stop ascending, paracetamol or ibuprofen. Moderate-severe: descend; acetazolamide 250 mg BD.\n"
     "HACE: ataxia or confusion - DESCEND; dexamethasone 8 mg then 4 mg q6h; oxygen; portable hyperbaric bag (Gamow or Certec) if descent is impossible.\n"
     "HAPE: breathless at rest, cough, crackles - DESCEND; oxygen to SpO2 > 90%; nifedipine MR 30 mg BD; tadalafil 10 mg BD if no nifedipine.\n"
     "Evacuation: the operator's emergency line is on the itinerary card; helicopter insurance details are on the client sheet.\n"
     "References: Wilderness Medical Society guidelines; UIAA MedCom recommendations; Himalayan Rescue Association teaching material.\n\n"
     "One leader asked whether the 'Lake Louise' on the card is where the scoring clinic is. A good reminder that laminated cards should explain themselves."),
    # 070 cholera treatment protocol: Dhaka solution, Ringer's/Hartmann's, rehydration plans, chlorine percentages
    ("Cholera treatment centre protocol summary from our NGO's field guideline. For the newer team members, and to ask about the fluid line:\n\n"
     "CTC TRIAGE AND REHYDRATION\n"
     "No dehydration - Plan A: ORS at home, 10 mL/kg per loose stool; zinc 20 mg daily for 10 days (10 mg under 6 months).\n"
     "Some dehydration - Plan B: ORS 75 mL/kg over 4 h in the ORS corner.\n"
     "Severe - Plan C: Ringer's lactate (Hartmann's) 100 mL/kg: under 12 months, 30 mL/kg in 1 h then 70 mL/kg in 5 h; 12 months and over, 30 mL/kg in 30 min then 70 mL/kg in 2.5 h. If RL is unavailable, Dhaka solution or 0.9% saline.\n"
     "Severe acute malnutrition: ReSoMal, not standard ORS; IV only if shocked (15 mL/kg over 1 h).\n"
     "Antibiotics: single-dose doxycycline 300 mg for adults with severe disease; azithromycin for pregnant women and children.\n"
     "Chlorine: 0.05% for hands, 0.5% for floors and beds, 2% for bodies.\n"
     "Cholera beds: a hole under the buttocks and a bucket with 0.5% chlorine underneath; record volumes on the chart hourly.\n\n"
     "The 'Dhaka solution' line confuses people who've never seen it. Is anyone still making it locally, or has Ringer's been reliable enough everywhere?"),
    # 071 prison health policy skeleton: Nelson Mandela Rules, Bangkok Rules, Istanbul Protocol, withdrawal scales
    ("Prison medicine colleagues: I've been asked to write our facility's policy on documenting injuries in new arrivals. The skeleton so far, built on the international standards:\n\n"
     "1. Framework: the Nelson Mandela Rules (UN Standard Minimum Rules for the Treatment of Prisoners), rules 24-35 on health care and rule 34 on documenting signs of torture; the Bangkok Rules for women prisoners (gender-specific screening); the Istanbul Protocol (2022 edition) for medico-legal documentation.\n"
     "2. Every new arrival: health screen within 24 h by a clinician, including an injury body map, mental state, withdrawal risk (CIWA-Ar, COWS) and suicide risk.\n"
     "3. Injuries: describe site, size in cm, shape, colour and pattern; photograph with a scale; record the person's own account in quotation marks; give an opinion on consistency using the Istanbul Protocol terms ('not consistent', 'consistent with', 'highly consistent', 'typical of', 'diagnostic of').\n"
     "4. Confidentiality: examination out of hearing and, unless the clinician asks otherwise, out of sight of custody staff.\n"
     "5. Reporting: allegations go to the independent monitoring body with the person's informed consent; where consent is refused, the dual-loyalty guidance applies.\n"
     "6. Solitary confinement: Mandela rule 44 defines it as 22 hours or more a day without meaningful human contact, and 'prolonged' as more than 15 consecutive days. Health staff visit daily, record the visit, and report adverse effects in writing to the governor; they do not certify anyone fit for segregation.\n"
     "7. Hunger strike: the WMA Declaration of Malta (capacity assessed early and repeatedly, no force-feeding of a competent person, advance instructions respected) and the Declaration of Tokyo on participation in torture. Weigh daily, check thiamine, and watch for refeeding when the strike ends.\n"
     "8. Use of force and restraints: every use of force triggers a clinical examination within 2 h, documented on the same body map; clinicians never take part in applying restraints.\n"
     "9. Transfers and release: a written health summary and at least 7 days of current medicines travel with the person, with opioid-agonist treatment arranged in advance and naloxone offered on release.\n"
     "10. Deaths in custody: notify the coroner or medical examiner and the monitoring body; preserve the clinical record unchanged and add late entries only as dated addenda.\n\n"
     "Does anyone have a body-map form that survives photocopying? Ours loses the back view. And has anyone's health service actually refused to take part in segregation reviews after adopting rule 46?"),
    # 072 telehealth consent template: blanks, form number and version, placeholder IP, schedules, emergency numbers
    ("Our telehealth consent form went through legal again. Current text (v2.1); comments welcome before it goes live:\n\n"
     "TELEHEALTH CONSENT (Form TH-01)\n"
     "I, ______________________ (patient or guardian), date of birth __/__/____, consent to a consultation by video or telephone.\n"
     "I understand that:\n"
     "- the clinician cannot examine me physically and may ask me to attend in person;\n"
     "- the session is encrypted; the platform logs my device type, app version and IP address (xxx.xxx.xxx.xxx) for security audit only, kept for 12 months;\n"
     "- no recording is made without my separate written consent;\n"
     "- controlled drugs (Schedule 2-4) will not be prescribed at a first telehealth consultation;\n"
     "- if I am outside the country of the clinician's licence at the time of the call, the consultation may be ended;\n"
     "- in an emergency I should call 999, 112, 911 or 000 as appropriate, not the clinic.\n"
     "Signature: __________    Date: __/__/____    Relationship to patient: ______\n"
     "Interpreter (if used): __________    Language: ______\n\n"
     "Legal wants the IP-logging line, but the wording feels clumsy. How have others phrased it?"),
    # 073 portal auto-message templates: merge fields in braces, template IDs, a law, 911 and 988
    ("Our portal's automated result messages: we're rewriting them because patients panic when they see results before we do. Current templates with merge fields:\n\n"
     "TEMPLATE R-01 (normal)\n"
     "'Hello {PatientFirstName}, your {TestName} result from {CollectionDate} is now available. Your clinician has reviewed it and no action is needed. - {ClinicName}'\n"
     "TEMPLATE R-02 (abnormal, not urgent)\n"
     "'Hello {PatientFirstName}, a result from {CollectionDate} needs a follow-up conversation. Please book a phone appointment in the next 2 weeks using the link below. This is not an emergency.'\n"
     "TEMPLATE R-03 (released before review, 21st Century Cures Act)\n"
     "'Your results are available now because the law requires prompt release. Your clinician may not have reviewed them yet. Some results, for example pathology, can be hard to interpret. If you are worried, message us; we aim to reply within 2 business days.'\n"
     "Footer: 'If this is an emergency, call 911. For crisis support, call or text 988.'\n\n"
     "Do you delay pathology release for 72 h, and how do you word R-03 without sounding like we're hiding behind the law?"),
    # 074 short: fax cover template with blank number masks
    ("Does anyone still bother with the 'if received in error' notice on fax covers? Ours is just 'To: ______  Fax: (___) ___-____  Pages: __  Re: ______' plus two lines of HIPAA boilerplate. Compliance says keep it; I say it has never stopped a misdial."),
    # 075 OCR garble of a blank registration form: 'Narne', 'D0B', 'Sumame', revision date that looks like a patient date
    ("Our scanning vendor's OCR turns blank registration forms into this. Before I report it, is there an OCR setting that handles form boxes better?\n\n"
     "PATlENT REGlSTRATl0N F0RM (Rev. O3/2O22)\n"
     "Narne: ____________ Sumame: ____________\n"
     "D0B: _ _/_ _/_ _ _ _   Sex: M / F   Marita1 status: ______\n"
     "Addr ess: ________________________________\n"
     "P0stcode: ________   Te1: ______________\n"
     "Next 0f kin: __________  Re1ationship: ______\n"
     "GP narne & practice: ___________________\n"
     "A1lergies: [ ] N0ne kn0wn  [ ] Yes: ________\n"
     "Signature: ____________   Date: _ _/_ _/_ _ _ _\n"
     "F0r office use: Hosp. N0: __________  Ward: ___  Bed: ___\n\n"
     "It reads 'l' for 'I', '0' for 'O', '1' for 'l' and 'rn' for 'm', so any downstream search for 'Name:' misses every form. Tesseract with a custom dictionary, or just re-key the blanks?"),
    # 076 radiology macro library: society and city-named guidelines (Fleischner, Bosniak, Fukuoka, Kyoto), version numbers and years
    ("Sharing our radiology report macros for incidental findings; the residents keep asking which version to quote.\n\n"
     "INCIDENTAL PULMONARY NODULE (Fleischner Society 2017; not for < 35 y, immunocompromised, or known cancer)\n"
     "Solid, single, < 6 mm: low risk - no routine follow-up; high risk - optional CT at 12 months.\n"
     "Solid, single, 6-8 mm: CT at 6-12 months, then consider 18-24 months.\n"
     "Lung cancer screening: use Lung-RADS v2022 instead (categories 1-4X).\n"
     "ADRENAL INCIDENTALOMA (ACR 2017 white paper; ESE/ENSAT 2023)\n"
     "< 10 HU unenhanced: adenoma. Washout: absolute >= 60% or relative >= 40%.\n"
     "RENAL CYST: Bosniak v2019 (I, II, IIF, III, IV).\n"
     "THYROID NODULE: ACR TI-RADS (TR1-TR5), FNA thresholds 1.0 / 1.5 / 2.5 cm.\n"
     "LIVER (at risk): LI-RADS v2018, LR-1 to LR-5, LR-M, LR-TIV.\n"
     "BREAST: BI-RADS 5th ed., 0-6.\n"
     "PANCREATIC CYST: ACR 2017; Fukuoka (2017) and Kyoto (2024) international consensus for IPMN worrisome features.\n\n"
     "The Kyoto guideline has replaced Fukuoka for IPMN. Has anyone updated their macro yet?"),
    # 077 pathology grading crib: Nottingham, Gleason, Breslow, Clark, Dukes, Vienna, Sydney, Lugano, Ann Arbor, Cotswolds, Banff, Bethesda
    ("Pathology trainees: the grading and staging systems in our synoptic templates, by organ, so you don't mix them up at the microscope:\n\n"
     "Breast: Nottingham grade (Elston-Ellis modification of Bloom-Richardson), score 3-9 -> G1-G3; Nottingham Prognostic Index = 0.2 x size (cm) + grade + node stage.\n"
     "Prostate: Gleason score (e.g. 3+4=7) with ISUP grade group 1-5; report % pattern 4.\n"
     "Melanoma: Breslow thickness to the nearest 0.1 mm; Clark level only for historical comparison.\n"
     "Colorectal: TNM 8; Dukes A-D still requested by some surgeons; tumour budding (ITBCC, Bd1-3); Haggitt and Kikuchi levels for malignant polyps.\n"
     "Stomach: Laurén (intestinal/diffuse), Vienna classification for dysplasia, the updated Sydney system for gastritis, OLGA/OLGIM staging.\n"
     "Kidney: WHO/ISUP nucleolar grade 1-4 (Fuhrman retired).\n"
     "Lymphoma: Lugano (Ann Arbor with the Cotswolds modifications) is clinical staging, not pathology.\n"
     "Transplant kidney: Banff classification.\n"
     "Thyroid cytology: Bethesda system, categories I-VI.\n"
     "Cervix: LAST/WHO terminology, LSIL/HSIL (CIN 2/3).\n\n"
     "Which of these does your lab still get asked for in the old form? Ours: Dukes and Fuhrman, every week."),
    # 078 operation-note template library: procedures and incisions named after surgeons (Ivor Lewis, Rutherford Morison, Lord, Whipple)
    ("Template op notes for our upper GI/colorectal unit. A registrar asked which procedure names need an eponym and which don't; this is the list heading our template library:\n\n"
     "- Ivor Lewis oesophagectomy (laparotomy + right thoracotomy); McKeown (three-stage, cervical anastomosis)\n"
     "- Whipple's pancreaticoduodenectomy; pylorus-preserving (Traverso-Longmire)\n"
     "- Hartmann's procedure; reversal of Hartmann's\n"
     "- Nissen fundoplication (360 degrees), Toupet (270 degrees posterior), Dor (anterior)\n"
     "- Roux-en-Y gastric bypass; Billroth I and II\n"
     "- Heller myotomy (+ Dor)\n"
     "- Lichtenstein mesh repair; Shouldice repair; Bassini (historical)\n"
     "- Lord's procedure (anal dilatation, abandoned); Milligan-Morgan haemorrhoidectomy; Ferguson (closed)\n"
     "- Pringle manoeuvre; Kocher manoeuvre; Cattell-Braasch manoeuvre\n"
     "- Incisions: Pfannenstiel, Lanz, Kocher (subcostal), Rutherford Morison, rooftop (chevron)\n"
     "Template headings: Date | Surgeon | Assistant | Anaesthetist | Procedure | Indication | Findings | Details | EBL | Closure | Post-op instructions | VTE prophylaxis | Signature\n\n"
     "'Rutherford Morison' and 'Ivor Lewis' always end up looking like the surgeon's name in the header. We now put eponyms in italics in the template. Overkill?"),
    # 079 triage systems comparison table: systems, countries, colleagues talking (members with handles and a first-name address)
    ("@thandeka_em asked on the other thread how the triage systems compare. Pasting the table from our ED education pack (no patient data):\n\n"
     "| System | Levels | Where | Key feature |\n"
     "| Manchester Triage System | 5 (red, orange, yellow, green, blue) | UK, Europe, Brazil | 50+ presentation flowcharts with discriminators |\n"
     "| Australasian Triage Scale | 5 (ATS 1-5, seen within 0-120 min) | Australia, NZ | single descriptor list |\n"
     "| Canadian Triage and Acuity Scale | 5 (CTAS 1-5) | Canada, Qatar, others | complaint plus first- and second-order modifiers |\n"
     "| Emergency Severity Index v5 | 5 | USA | resource prediction for levels 3-5 |\n"
     "| South African Triage Scale | 4 colours + blue | South Africa, wider Africa | TEWS plus discriminators |\n"
     "| WHO ETAT | emergency / priority / queue | paediatrics, LMICs | ABCD plus priority signs |\n\n"
     "Heat stroke example: altered mental state with T > 40 is CTAS 2, MTS orange, ATS 2, SATS orange.\n\n"
     "Thandeka, the paper you mentioned was the Cape Triage Score work that became SATS, I think? @marco.pellegrini_ed says ESI handles heat poorly because it's resource-based. Any data?"),
    # 080 emergency numbers and run-sheet shorthand across countries: public numbers, vital signs, times written like dates
    ("For international graduates joining our retrieval service: the numbers and shorthand you'll see on run sheets from different systems. Compiled by the team:\n\n"
     "Emergency numbers: 000 (Australia), 111 (NZ), 999 (UK, Kenya, Bangladesh, Malaysia), 112 (EU, and most mobiles), 911 (US, Canada, Philippines), 10177 (SA ambulance), 108 (India), 1122 (Pakistan rescue), 995 (Singapore), 998 (UAE ambulance), 997 (Saudi Red Crescent), 101 (Israel, Magen David Adom).\n"
     "Poisons: 13 11 26 (Australia), 0800 POISON (NZ), 1-800-222-1222 (US Poison Help).\n"
     "Priority codes: Code 1 (lights and sirens, AU), P1/P2/P3, Cat 1-4 (UK ARP), Echo (MPDS cardiac arrest).\n"
     "Shorthand: GCS 14/15, AVPU, BGL 5.6, SpO2 94% RA, RR 22, ETCO2 38 mmHg, HR 112 SR, BP 96/58, T 38.9 tymp, pain 8/10, ETA 12 min, MVA/RTC, MOI, LOC?, NOK aware, NFR sighted, ePCR, IO (EZ-IO 25 mm), TXA 1 g, KED, CAT tourniquet 14:32.\n"
     "Times: T0 call, T1 mobile, T2 at scene, T3 at patient, T4 depart, T5 at hospital.\n\n"
     "Tip: '14:32' on a tourniquet is the time it went on, not a date. Anything regional we're missing?"),
    # 081 journal-club trial table: trial acronyms that look like names and titles (MR CLEAN, DAWN, ARISTOTLE, AVERROES, CHANCE, ASCOT), citation years; members
    ("Journal club slides for Thursday, stroke and AF trials. Pasting the summary table so @ngozi.eze_neuro and Rahul can check it before I print:\n\n"
     "| Trial | Year | Question | Result |\n"
     "| MR CLEAN | 2015 | thrombectomy within 6 h, anterior LVO | mRS shift favouring EVT |\n"
     "| ESCAPE / SWIFT PRIME / EXTEND-IA / REVASCAT | 2015 | EVT with imaging selection | all positive; HERMES meta-analysis |\n"
     "| DAWN / DEFUSE 3 | 2018 | EVT 6-24 h with mismatch | positive |\n"
     "| SELECT2 / ANGEL-ASPECT | 2023 | large-core EVT | positive |\n"
     "| CHANCE / POINT | 2013 / 2018 | DAPT after minor stroke or TIA | fewer strokes, more bleeds in POINT |\n"
     "| ARISTOTLE | 2011 | apixaban vs warfarin in AF | less stroke, less bleeding, lower mortality |\n"
     "| AVERROES | 2011 | apixaban vs aspirin | stopped early for benefit |\n"
     "| ELAN | 2023 | early vs late DOAC after AF-related stroke | early start safe |\n"
     "| ARCADIA | 2024 | apixaban vs aspirin in atrial cardiopathy | no benefit |\n\n"
     "Rahul, you wanted ASCOT in there for the blood pressure session? That's a different week, I think. And yes, I know 'MR CLEAN' gets a laugh every year."),
    # 082 scores and criteria that sound like towns and streets: Wells, Geneva, Padua, Richmond, Norton, Oswestry, Edinburgh, Montreal, Mayo, West Haven, Baveno, Milan, Barcelona, Oakland, Lille, Clichy, King's College, San Francisco
    ("Cheat sheet of named scores that my interns keep mistaking for hospitals or towns ('did the patient come from Richmond?'). For the wall:\n\n"
     "- Wells (DVT, PE) and revised Geneva: pretest probability for VTE\n"
     "- Padua, Caprini: VTE risk in medical and surgical inpatients; Khorana for patients with cancer\n"
     "- Richmond Agitation-Sedation Scale (RASS): +4 to -5\n"
     "- Waterlow, Braden, Norton: pressure injury risk\n"
     "- Oswestry Disability Index: low back pain, 0-100%\n"
     "- Edinburgh Postnatal Depression Scale: >= 13 probable depression\n"
     "- Montreal Cognitive Assessment (MoCA): < 26 abnormal; add 1 point for <= 12 years of education\n"
     "- Mayo score (ulcerative colitis), not to be confused with the Mayo classification of olecranon fractures\n"
     "- West Haven criteria: hepatic encephalopathy grades 0-4\n"
     "- Baveno VII: portal hypertension, the 'rule of 5' for liver stiffness (10-15-20-25 kPa)\n"
     "- Milan criteria: HCC transplant (1 lesion <= 5 cm, or up to 3 lesions each <= 3 cm)\n"
     "- Barcelona Clinic Liver Cancer (BCLC) staging 0 and A-D\n"
     "- Oakland score: lower GI bleed, <= 8 safe for discharge\n"
     "- Glasgow-Blatchford: upper GI bleed, 0 = outpatient management\n"
     "- Lille model: steroid response in alcohol-related hepatitis at day 7 (> 0.45 = non-response)\n"
     "- Clichy criteria and King's College criteria: transplant listing in acute liver failure\n"
     "- San Francisco Syncope Rule; Canadian Syncope Risk Score\n\n"
     "Add any I've missed; bonus points for ones that sound like a street."),
    # 083 fracture classification table, tab-separated: Garden, Weber, Vancouver, Mayo, Essex-Lopresti, Colles/Smith/Barton, Jefferson, Chance, Holstein-Lewis
    ("Fracture classification table from our ortho teaching pack (printed on A3 for the plaster room). Posting in case it's useful; corrections welcome:\n\n"
     "Region\tClassification\tNote\n"
     "Femoral neck\tGarden I-IV\tI-II undisplaced: fix; III-IV: arthroplasty in older patients\n"
     "Ankle\tDanis-Weber A/B/C; Lauge-Hansen\tWeber B with medial tenderness: stress views\n"
     "Tibial plateau\tSchatzker I-VI\tVI = metaphyseal-diaphyseal dissociation\n"
     "Periprosthetic femur\tVancouver A/B1/B2/B3/C\tB2 loose stem: revise\n"
     "Olecranon\tMayo I-III\t-\n"
     "Radial head\tMason I-IV\t-\n"
     "Forearm\tMonteggia, Galeazzi, Essex-Lopresti\tcheck the DRUJ and radiocapitellar line\n"
     "Distal radius\tColles, Smith, Barton\teponyms; use AO 23 in notes\n"
     "C1\tJefferson (burst)\tCT; check the transverse ligament\n"
     "C2\thangman's; odontoid Anderson-D'Alonzo I-III\t-\n"
     "Thoracolumbar\tChance (flexion-distraction), TLICS\tassociated bowel injury\n"
     "Paediatric physis\tSalter-Harris I-V\t'SALTR'\n"
     "Supracondylar humerus\tGartland I-III (IV)\t-\n"
     "Foot\tLisfranc, Jones (5th MT zone 2), Maisonneuve (proximal fibula)\t-\n"
     "Humeral shaft\tHolstein-Lewis\tradial nerve palsy\n\n"
     "Our plaster technicians keep asking who Barton and Smith were. Worth adding a one-line history column?"),
    # 084 pharmacogenomic/thrombophilia report template: gene names, HGVS strings, dbSNP rs numbers, HLA alleles that look like clock times, Factor V Leiden
    ("Genetics: our lab's template for a pharmacogenomic and thrombophilia report (example variants, no patient). The HGVS strings scare the GPs; suggestions for a plain-language column?\n\n"
     "Gene | Variant (HGVS) | dbSNP | Interpretation\n"
     "F5 | c.1601G>A (p.Arg534Gln), 'Factor V Leiden' | rs6025 | heterozygous: ~5x VTE risk\n"
     "F2 | c.*97G>A ('prothrombin G20210A') | rs1799963 | heterozygous: ~3x VTE risk\n"
     "MTHFR | c.665C>T ('C677T') | rs1801133 | not clinically actionable; don't test\n"
     "HLA-B | *57:01 | - | abacavir hypersensitivity: avoid\n"
     "HLA-B | *58:01 | - | allopurinol SCAR risk (Han Chinese, Thai, Korean ancestry)\n"
     "HLA-B | *15:02 | - | carbamazepine SJS/TEN (South-East Asian ancestry)\n"
     "CYP2C19 | *2 (c.681G>A) | rs4244285 | clopidogrel poor metaboliser if *2/*2\n"
     "DPYD | c.1905+1G>A (*2A) | rs3918290 | fluoropyrimidine toxicity: reduce the dose by 50%\n"
     "TPMT / NUDT15 | *3A / *3 | - | thiopurine dosing per CPIC\n"
     "BRCA1 | c.68_69del (185delAG) | rs80357914 | pathogenic founder variant\n\n"
     "Our old lab system reads the HLA alleles as times ('57:01'), which is almost funny. Anyone have a template that translates these for primary care?"),
    # 085 ICVP how-to: certificate fields, example date format, IHR amendment year, US immigration form numbers
    ("Travel clinic staff keep asking how to fill in the yellow card (ICVP). Our SOP summary:\n\n"
     "INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS - HOW TO COMPLETE\n"
     "- Name exactly as in the passport, date of birth, sex, nationality, and the passport or ID number if the traveller wants it.\n"
     "- One line per vaccine: vaccine name; date written day, month in letters, year; signature and printed name of the supervising clinician; manufacturer and batch number; validity; the official centre stamp.\n"
     "- Yellow fever: valid for life from 10 days after vaccination (IHR amendment in force since July 2016). Boosters only for specific groups (vaccinated under 2, in pregnancy, with HIV, after HSCT).\n"
     "- Exemption: the medical contraindication section plus a letter on headed paper; many countries still refuse entry or vaccinate at the border.\n"
     "- Polio: under the PHEIC temporary recommendations, residents and long-term visitors (> 4 weeks) of affected countries need a dose between 4 weeks and 12 months before departure, recorded on the ICVP.\n"
     "- Meningococcal ACWY: required for Hajj and Umrah; conjugate vaccine within 5 years and at least 10 days before arrival.\n"
     "- US immigration medicals use Form I-693 (civil surgeons) and DS-3025 (panel physicians abroad); these are separate from the ICVP.\n\n"
     "Is anyone accepting digital yellow fever certificates yet, or is it still paper only?"),
    # 086 veterans' claims vocabulary: DD/SF/VA form numbers, nexus phrase, presumptive exposures including a named base, CFR part
    ("For civilian doctors doing VA C&P or veterans' claims work: the forms and terms you'll see, as I explain them to new examiners:\n\n"
     "- DD Form 214: discharge papers (character of service, dates of service, MOS).\n"
     "- DD Form 2807-1 and DD Form 2808: medical history and examination at entry and separation.\n"
     "- SF-600: chronological record of medical care (sick call notes).\n"
     "- VA Form 21-526EZ: application for disability compensation; 21-0781: PTSD stressor statement.\n"
     "- DBQ: Disability Benefits Questionnaire, condition-specific.\n"
     "- Nexus language: 'at least as likely as not (50% or greater probability)'.\n"
     "- Presumptives: Agent Orange (Vietnam, Thai bases, the Korean DMZ), Gulf War illness (Southwest Asia theater), burn pits under the PACT Act, contaminated water at Camp Lejeune (1953-1987), ionising radiation.\n"
     "- TBI: VA uses the DoD/VA severity criteria (LOC, AOC, PTA, GCS); mild = LOC 0-30 min and PTA < 1 day.\n"
     "- Rating: 38 CFR Part 4 (VASRD); combined ratings use the 'whole person' method, not addition.\n\n"
     "What do you find hardest to write? For me it's aggravation opinions for pre-existing conditions."),
    # 087 civil commitment and court assessment law crib: statutes and section numbers, case names (Tarasoff, Dusky, Presser, Pritchard), acts named after people (Baker, Marchman, Kendra)
    ("Forensic psychiatry trainees: a cross-jurisdiction crib sheet of commitment and court-ordered assessment law, since our team now covers patients in three countries via telepsychiatry.\n\n"
     "CANADA: Criminal Code Part XX.1; s. 672.11 assessment orders (Form 48), usually 30 days, for fitness (s. 2) and NCRMD (s. 16). Ontario Mental Health Act Form 1 (72 h), Forms 3 and 4.\n"
     "ENGLAND & WALES: Mental Health Act 1983 ss. 2, 3, 4, 5(2), 135, 136; ss. 35, 36, 37 and 41 (Part III, courts). Fitness to plead: the Pritchard criteria (1836).\n"
     "USA: varies by state. Florida's Baker Act (involuntary examination, 72 h) and Marchman Act (substance use); New York's Kendra's Law (assisted outpatient treatment); duty to warn or protect after Tarasoff v. Regents of the University of California (1976); competency to stand trial under Dusky v. United States (1960).\n"
     "AUSTRALIA: state Mental Health Acts (e.g. Victoria's Mental Health and Wellbeing Act 2022); fitness: the R v Presser (1958) criteria.\n"
     "KENYA: Mental Health Act Cap 248 (amended 2022); Criminal Procedure Code ss. 162-167 on unsoundness of mind.\n\n"
     "Did I get Pritchard and Presser right? People always confuse Pritchard (fitness to plead) with Pritchard (the magnesium regimen)."),
    # 088 US prior-auth criteria table: CPT and HCPCS codes, NDC format, device and drug brands, score thresholds
    ("US colleagues: a summary of the prior-authorisation criteria our practice meets most, pulled from five plans' current formularies. No patient data, just criteria; maybe useful for templates.\n\n"
     "| Drug/service | Code | Typical criteria |\n"
     "| Semaglutide (Ozempic) for T2DM | pharmacy benefit (NDC 5-4-2 format) | A1c >= 7% after 90 days of metformin, or contraindication |\n"
     "| Adalimumab biosimilars (Hadlima, Hyrimoz, Yuflyma) | pharmacy benefit | failure of 2 csDMARDs (RA) or 1 conventional agent (psoriasis) |\n"
     "| Dupilumab (Dupixent) | pharmacy benefit | atopic dermatitis, EASI >= 16, failed topical steroid + calcineurin inhibitor |\n"
     "| Polysomnography | CPT 95810 (in-lab) / G0399 (home test) | STOP-BANG >= 3 or Epworth > 10; home test first unless comorbid |\n"
     "| MRI lumbar spine | CPT 72148 | 6 weeks of conservative therapy unless red flags (cauda equina, cancer, infection) |\n"
     "| Denosumab (Prolia) | J0897 | T-score <= -2.5, or FRAX 10-year hip >= 3% / major >= 20% |\n"
     "| CGM (Dexcom G7, FreeStyle Libre 3) | A9276-A9278 / E2103 | insulin-treated, or documented problematic hypoglycaemia |\n\n"
     "Many states now require step-therapy exceptions (for example, for stable patients changing plans). Is anyone using the state exception forms successfully?"),
    # 089 return-to-work certificates across systems: form names and numbers (MED3, SC2, SU415, ACC18, WSIB Form 8, W.Cl.4, DWC-73, WH-380-E); members
    ("Thread for return-to-work certificates across systems, since @liam.oconnor_gp and I were comparing notes. What we have so far:\n\n"
     "UK: MED3 'fit note' (since July 2022 also nurses, pharmacists, OTs and physiotherapists can sign); 'may be fit for work' with phased return, amended duties, altered hours or workplace adaptations; the first 7 days are self-certified (SC2).\n"
     "Ireland: Department of Social Protection medical certificates, now mostly the online eCert.\n"
     "Australia: state certificates of capacity (SIRA in NSW, WorkSafe Victoria); Centrelink SU415 for income support.\n"
     "NZ: ACC18 medical certificate; ACC45 for the claim itself.\n"
     "Canada: WSIB Form 8 (Ontario); WorkSafeBC Form 8/11 physician's report.\n"
     "South Africa: COIDA W.Cl.4 first medical report and W.Cl.5 progress/final report; sick notes must meet the BCEA requirements.\n"
     "USA: state workers' comp forms (DWC-73 in Texas, C-4 in New York); FMLA WH-380-E/F for job-protected leave.\n\n"
     "Liam, you said the eCert rollout changed what Irish GPs must include? And @ama.owusu_occmed has the details of the Ghana Workmen's Compensation forms."),
    # 090 Paxlovid interaction table: drug brands, public interaction-checker link named after a city; members
    ("Paxlovid interaction table from our hospital formulary, checked against the Liverpool COVID-19 interactions site (https://www.covid19-druginteractions.org). @kenji.watanabe_pharm asked for the antithrombotic rows to be double-checked:\n\n"
     "| Co-medication | Interaction with nirmatrelvir/ritonavir | Action |\n"
     "| Apixaban | exposure up (CYP3A4/P-gp) | reduce dose or hold; specialist advice if high VTE risk |\n"
     "| Rivaroxaban | large increase | do not co-administer; use another COVID treatment |\n"
     "| Dabigatran | P-gp: increase | caution; check renal function |\n"
     "| Warfarin | variable, INR may fall | INR 3-5 days after the course |\n"
     "| Ticagrelor | increase | avoid; consider prasugrel |\n"
     "| Clopidogrel | less active metabolite | avoid if recent stent |\n"
     "| Atorvastatin / simvastatin | increase / contraindicated | hold the statin during the course and 3 days after |\n"
     "| Tacrolimus | very large increase | avoid unless the transplant team manages it |\n"
     "| Amiodarone | contraindicated | - |\n"
     "| Salmeterol (Seretide) | increase, QT | switch to formoterol (Symbicort) temporarily |\n\n"
     "Kenji, on the rivaroxaban row: Liverpool says do not co-administer, and our old table said 'reduce dose'; I've corrected it. @fatima.zahra_id, do we still need Paxlovid at all for vaccinated under-65s?"),
    # 091 antenatal booking template: G/P notation, gestations written like dates (28/40, 36+4), fractions (2/52, 3/12, 5/7), Apgars, ratios
    ("Antenatal booking template from our midwifery-led unit; the doctors rotating in say the shorthand is impenetrable. Legend below the template:\n\n"
     "Booking: G__ P__+__    LMP __/__/____    EDD __/__/____    Gestation at booking __+__/40\n"
     "BP ___/___    Urine: prot / glu / ket    BMI ___\n"
     "Bloods: FBC, group and save, antibodies, HIV, HBsAg, syphilis, Hb electrophoresis (SCT screen), VZV if no history\n"
     "Scans: dating 11+2 to 14+1; anomaly 18+0 to 20+6; growth from 28/40 if indicated\n"
     "Risks: VTE (RCOG Green-top 37a score), pre-eclampsia (aspirin 150 mg from 12/40 if 1 high or 2 moderate risks), GDM (OGTT 24-28/40)\n\n"
     "LEGEND: G3P1+1 = third pregnancy, one birth >= 24/40, one loss < 24/40. 28/40 = 28 weeks. 36+4 = 36 weeks 4 days. 2/52 = two weeks, 3/12 = three months, 5/7 = five days. 'Apgars 9/10' = 9 at 1 min, 10 at 5 min. 1:1000 = 1 mg/mL. VE 4/10 cm. Bishop 7. FH 140 bpm, CTG normal. NND = neonatal death.\n\n"
     "The junior doctors read '12/40' as a date every single rotation. Would a printed legend on the form help, or just add clutter?"),
    # 092 geriatrics teaching vignette (invented composite): an 89-year-old (not PHI), weekdays and relative times, eponymous frailty models
    ("Geriatric medicine: a teaching vignette I use (invented composite, no real patient) and a question about ages in frailty scoring:\n\n"
     "'An 89-year-old woman lives alone, was independent until last winter, and since Tuesday has been more confused. Her daughter visits on Sundays. She takes seven medications. Clinical Frailty Scale 6 two weeks ago, 7 now. She was in hospital for a few days last year.'\n\n"
     "Points I make with it:\n"
     "- The CFS is scored on the baseline two weeks before the acute illness, not today.\n"
     "- The CFS is validated for people aged 65 and over, and not for stable single-system disability.\n"
     "- Rockwood's deficit-accumulation index and Fried's phenotype measure different things.\n"
     "- Life tables: an 85-year-old woman in the UK has a median of roughly 6-7 years left, so 'she's old' is not a reason to skip secondary prevention.\n"
     "- Relative times ('since Tuesday', 'last winter', 'a few days last year') are what families give you; turn them into a timeline in the notes.\n\n"
     "Students ask whether to write the exact age in the notes for the over-80s; I say yes. Any geriatricians disagree?"),
    # 093 biochemistry report header: blank patient fields, LOINC codes, analyser models, reference intervals including '> 90'
    ("Our lab's report header after the LIS upgrade. The clinicians want the reference-interval source and the analyser on every report; is that normal elsewhere?\n\n"
     "CLINICAL BIOCHEMISTRY - CUMULATIVE REPORT\n"
     "Patient: ______________  ID: __________  Location: Ward __ / Bed __  Requesting clinician: ______\n"
     "Collected: __/__/____ __:__   Received: __/__/____ __:__   Authorised: __/__/____ __:__\n"
     "Test (LOINC)                      Result  Units          Reference interval\n"
     "Sodium (2951-2)                   ___     mmol/L         135-145\n"
     "Potassium (2823-3)                ___     mmol/L         3.5-5.2\n"
     "Creatinine (2160-0)               ___     umol/L         45-90 (F), 60-110 (M)\n"
     "eGFR CKD-EPI 2021 (98979-8)       ___     mL/min/1.73m2  > 90\n"
     "HbA1c IFCC (59261-8)              ___     mmol/mol       20-41\n"
     "hs-Troponin T (67151-1)           ___     ng/L           < 14 (99th percentile)\n"
     "Analyser: Roche cobas c 503 / e 801; creatinine traceable to IDMS, HbA1c to IFCC\n"
     "Reference intervals: RCPA/AACB harmonised; paediatric intervals from CALIPER.\n"
     "Footnote: critical values are phoned to the requesting team per policy LAB-POL-014.\n\n"
     "The eGFR line says '> 90' and the juniors read that as 'anything over 90 is abnormal'. Report it as '>= 90 mL/min/1.73m2 (no upper limit)' instead?"),
    # 094 departmental list of public guideline links: NICE/WHO/CDC URLs, a DOI, a Cochrane review number, guideline numbers
    ("Our department's one-page 'where to find the guideline' list, updated. All public links; add yours:\n\n"
     "- Sepsis: NICE NG51 https://www.nice.org.uk/guidance/ng51; Surviving Sepsis Campaign 2021 (doi:10.1097/CCM.0000000000005337)\n"
     "- Pyelonephritis: NICE NG111 https://www.nice.org.uk/guidance/ng111\n"
     "- Meningitis: NICE NG240\n"
     "- Malaria: WHO guidelines for malaria https://www.who.int/publications/i/item/guidelines-for-malaria\n"
     "- Snakebite: WHO SEARO guidelines (2nd edition); Sri Lanka Medical Association national guidelines\n"
     "- DKA in children: BSPED https://www.bsped.org.uk; ISPAD 2022\n"
     "- Sickle cell in pregnancy: RCOG Green-top 61\n"
     "- Travel: CDC Yellow Book https://wwwnc.cdc.gov/travel/page/yellowbook-home; TravelHealthPro https://travelhealthpro.org.uk\n"
     "- Drug interactions: Liverpool HIV and COVID-19 interaction checkers; BNF; Stockley's\n"
     "- Fluids: Cochrane review CD000567 (colloids versus crystalloids)\n\n"
     "Anything broken? The WHO malaria link moves every time they update."),
    # 095 Ramadan and diabetes handout: Hijri months and festivals with no patient, IDF-DAR score bands, brands, other religious fasts
    ("Ramadan and diabetes: our clinic handout, written for the Gulf but used more widely. No patients in it; comments welcome before next Ramadan.\n\n"
     "IDF-DAR risk score: low (0-3), moderate (3.5-6), high (> 6). Very high-risk features: severe hypoglycaemia in the 3 months before Ramadan, DKA or HHS, pregnancy on insulin, CKD 4-5, advanced macrovascular disease, frail older people living alone.\n"
     "Medication adjustments (pre-Ramadan review 6-8 weeks before):\n"
     "- Metformin: split the total dose, 2/3 at Iftar and 1/3 at Suhoor.\n"
     "- Sulfonylureas: prefer gliclazide, taken at Iftar; halve the Suhoor dose if twice daily.\n"
     "- SGLT2 inhibitors: continue if well hydrated; avoid in older people or those on diuretics.\n"
     "- Basal insulin: reduce by 15-30%, give at Iftar.\n"
     "- Premixed (e.g. Mixtard 30): usual morning dose at Iftar, halve the evening dose and give it at Suhoor.\n"
     "Break the fast if BG < 3.9 or > 16.7 mmol/L, or with symptoms.\n"
     "Eid al-Fitr: warn about the feast-day glucose spike; check BG the morning after.\n"
     "Other fasts: the same principles apply to Yom Kippur (25 h), Lent, Navratri and Ekadashi; the Hijri calendar moves Ramadan about 11 days earlier each year.\n\n"
     "Should we add a Diwali and Christmas sweets paragraph, or is that a separate handout?"),
    # 096 MR-conditional cardiac devices table: manufacturer, model and lead names (Azure, Micra, Assurity, Accolade, Edora, Gallant), monitoring brands; members
    ("@sina.tavakoli_ep asked which of our common pacemakers and ICDs are MR-conditional and under what settings. From the manufacturers' MRI manuals (check the current versions, they change):\n\n"
     "| System | MR conditional | Scan conditions (summary) |\n"
     "| Medtronic Azure XT DR MRI SureScan + 5076 leads | 1.5 T and 3 T, full body | SureScan mode on; no abandoned leads |\n"
     "| Medtronic Micra AV2 (leadless) | 1.5 T / 3 T | no isocentre restriction |\n"
     "| Abbott Assurity MRI + Tendril MRI leads | 1.5 T / 3 T | MRI Settings on; >= 6 weeks after implant |\n"
     "| Boston Scientific Accolade MRI + Ingevity+ leads | 1.5 T / 3 T | ImageReady system; MRI Protection Mode |\n"
     "| Biotronik Edora 8 DR-T + Solia S leads | 1.5 T / 3 T (ProMRI) | MRI AutoDetect available |\n"
     "| Abbott Gallant HF CRT-D | 1.5 T / 3 T with approved leads only | tachy therapy off during the scan |\n"
     "Non-conditional or mixed systems: the 'legacy device' pathway (MagnaSafe registry data; ESC pacing guideline).\n"
     "Remote monitoring: Merlin.net (Abbott), CareLink (Medtronic), LATITUDE (Boston Scientific), Home Monitoring (Biotronik).\n\n"
     "Sina, the Durata lead isn't on Abbott's MR list with every generator, so the Gallant row needs a caveat. @hannah.okafor_rad, is radiology happy for us to scan legacy systems at 1.5 T out of hours?"),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc29-004": [{"name": "Ifeoma Chukwu", "handle": "@dr.ifeoma_endo"}],
    "pc29-009": [{"name": "Hamdan Rashed", "handle": "@hamdan.rashed_fm"}],
    "pc29-020": [{"name": "Rana Khalil", "handle": "@rkhalil_forensic"}],
    "pc29-029": [{"name": "Sarah Whitcombe", "handle": "@swhitcombe_id"}],
    "pc29-052": [{"name": "Iona Matheson", "handle": "@iona_paeds"}],
    "pc29-079": [
        {"name": "Thandeka Mthembu", "handle": "@thandeka_em"},
        {"name": "Marco Pellegrini", "handle": "@marco.pellegrini_ed"},
    ],
    "pc29-081": [
        {"name": "Ngozi Eze", "handle": "@ngozi.eze_neuro"},
        {"name": "Rahul Menon"},
    ],
    "pc29-089": [
        {"name": "Liam O'Connor", "handle": "@liam.oconnor_gp"},
        {"name": "Ama Owusu", "handle": "@ama.owusu_occmed"},
    ],
    "pc29-090": [
        {"name": "Kenji Watanabe", "handle": "@kenji.watanabe_pharm"},
        {"name": "Fatima Zahra", "handle": "@fatima.zahra_id"},
    ],
    "pc29-096": [
        {"name": "Sina Tavakoli", "handle": "@sina.tavakoli_ep"},
        {"name": "Hannah Okafor", "handle": "@hannah.okafor_rad"},
    ],
}

build, render, main = first_set.blind_set(
    "pc29", Path(__file__).with_name("physician_cases_29.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
