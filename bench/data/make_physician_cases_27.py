# ruff: noqa: E501 (the notes are data)
"""Blind test set 27: English-speaking physicians outside North America.

Build ``physician_cases_27.jsonl`` (ids ``pc27-001`` .. ``pc27-096``): 52 notes with PHI
followed by 44 notes without any. Every person, number, business, address and handle is
invented (towns and regions may be real places); nothing is copied from any corpus.

The mix: UK NHS night handovers, registrar WhatsApp groups and bleeps, GP referral letters,
colorectal and head-and-neck tumour boards, an M&M presentation, discharge summaries from
Trinidad, Ireland and India; Irish hurling and GAA clubs, Scottish pubs, Welsh farms;
Australian retrievals (Pilbara mines, Kimberley stations, Broken Hill, Kalgoorlie, Anzac Day
at the RSL), remote Aboriginal communities, New Zealand / Aotearoa Maori whanau and marae;
South African townships, farms and TB clinics; Indian and Pakistani IMG-English posts;
Singapore HDB flats and migrant-worker dormitories, Malaysian kampung; Jamaica, Trinidad and
Barbados. Posts range from one phone-typed line to ~2,600 characters, with Sermo-style replies.
The 44 PHI-free notes are dense with look-alikes: eponyms and place-named diseases, scores,
criteria and trials (Ottawa, Glasgow-Blatchford, Denver-style rules, Darwin melioidosis study,
Baveno, Amsterdam II, Bethesda, Manchester, Stockholm3, NICE-SUGAR, Declaration of Malta),
ordinary-word eponyms (Still's, Sweet, Christmas disease), hurricane names, drug/device brands,
gene names, lab values and fractions, ICD codes, years alone, ward/bed numbers, emergency
numbers (999, 000, 2222, 10177), countries/states/regions, guideline and literature links, and
colleagues addressing each other (listed in MEMBERS).

Annotation conventions (``[[TAG:text]]``, tags from ``make_physician_cases.TAGS``):

* PT = patient (every mention: full name, first name, surname-first ``BISHOP, Rose``,
  initials ``A.K.``, nicknames, lower-case/phone-typed names, speaker labels). REL = relative,
  friend or anyone about the patient who is not a clinician (neighbours, supervisors, foremen,
  station managers, teachers, head teachers, solicitors). HCP = any clinician named about the
  patient's care (doctors, nurses, paramedics, physiologists, Aboriginal Health Practitioners,
  CNS/key workers, school nurses), including clinician speaker labels in a pasted chat.
* Spans leave out titles and honorifics (Dr, Mr, Mrs, Ms, Miss, Mdm, Smt., Sri/Shri, oom),
  kinship words (mam, nan, gogo, koro, Mum), labels ("MRN", "DOB", "NHS No.", "CNIC", "ID",
  "S" of a Singapore postcode), "the", possessive 's and the quote marks around a nickname;
  a quoted nickname inside a full name is its own span (Lachlan / Lachie / Brennan).
  Name particles that belong to the name stay inside (binti, bin, ap, Ó, Óg, Nic, van der);
  "s/o" and "W/o Late" are kinship labels, outside, and the father or husband named after
  them is REL.
* STREET is the whole street line as written, with house, flat, block, unit or lot/LP
  numbers ("Blk 114 Ang Mo Kio Ave 4 #07-1203", "Room 14, 2nd floor, Shivaji Niwas chawl");
  at an intersection each street is its own span. ZIP covers UK postcodes, Eircodes, Indian
  PIN codes and Singapore postal codes. TOWN = city, town, village, remote community,
  including short forms (Kal, Hedland, JB, KL) and relatives' towns. PLACE = suburb,
  neighbourhood, township, outstation or industrial area (Khayelitsha, Gorbals, Lalbaug,
  Mulga Bore, Tuas). COUNTY = county, district or parish: "Co. Mayo" keeps "Co." but
  "Thrissur district" / "parish of Manchester" tag only the name. States, provinces,
  countries, islands-as-countries and regions (Pilbara, Kimberley, Top End, Karoo, Te Tai
  Tokerau, the Gulf) are NOT tagged.
* FAC = hospitals, surgeries, clinics, care homes, schools, colleges, employers, farms and
  cattle stations, mines, pubs, clubs, marae, RSLs, hotels, dormitories, prisons, law firms,
  with their generic word ("Elmgrove Care Home") and in short forms or local acronyms (KPH,
  CUH, TTSH, RDH, QEUH, HRPZ II, Bara, St Vinnie's, Morriston); a town inside a facility
  name stays inside the FAC span.
* DATE = any date more specific than a year tied to the patient: numeric, spelled, partial
  ("14/2", "Feb '24", "the 9th" tags "9th"), ISO, month alone, month + year, and holidays or
  festivals that date a patient event (Boxing Day, Paddy's Day, St Stephen's Day, Good
  Friday, Anzac Day, Waitangi Day, Hari Raya, Deepavali, Diwali, Chinese New Year's Eve,
  Kadooment Day, Crop Over, New Year's Day/Eve). A weekday next to a date stays outside the
  span; weekdays and relative times alone are not dates. YEAR = a year alone tied to the
  patient (not PHI); years in citations, guidelines and policy are not tagged.
* AGE = ages over 89 only (the patient's or a relative's), the number or number-word only
  ("91" of "91F", "92" of "92Y/F", "ninety-six"); ages up to 89 are not tagged.
* PHONE (any format incl. +870 satellite, +92, +971, (868)), PAGER = bleep numbers of named
  clinicians, FAX. SSN = national identity numbers (SA ID, NRIC/FIN, MyKad, CNIC, Aadhaar,
  PPSN). PLAN = health-scheme / insurer numbers (NHS, CHI, Medicare, DVA Gold Card, PMJAY,
  medical aid, policy numbers). MRN = hospital numbers (hosp no, UHID, IP no, RN, Reg No).
  ACCT = billing accounts. LIC = professional or vocational licences (GMC, PDVL). PLATE and
  VIN for vehicles, DEVICE for pacemaker/pump/beacon serials. ID = other identifying
  numbers (employee, police and SAPS case refs, prison no, work permit, PALS ref, MCTS ID).
  EMAIL, URL (patient fundraisers, blogs), IP, HANDLE (social handle with its "@").
* Not PHI: eponyms, place-named diseases, scores, classifications, trials and consensus
  statements (Glasgow-Blatchford, Stanford A, Baveno VII, Denver criteria, RAPIDO, OPRA,
  Declaration of Malta), cited authors, public guideline and literature links, emergency
  and crash numbers (999, 2222), ward/bay/bed numbers, drug/device brands.
* Network colleagues taking part in the discussion (the poster when named, repliers,
  @mentions, "thanks Faisal") are NOT tagged; they are listed in MEMBERS under the note id.
  A patient who shares a member's first name (pc27-031) is still tagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 AMU night handover, surname-first ordinary-word names, hosp nos, age 91
    (
        "Posting last night's AMU handover for the K+ question at the bottom. Format is straight off the e-handover printout, sorry.\n\n"
        "Bay A bed 2: [[PT:BISHOP, Rose]] 84F, hosp no [[MRN:RX0447192]]. NSTEMI, peak trop 2,310. On fondaparinux, cardiology aware (Dr [[HCP:Adeyemi]] reviewed at 2100, wants an echo Monday). Lives alone in [[TOWN:Thornbury]]; daughter [[REL:Claire]] is NOK, [[PHONE:07700 900481]].\n"
        "Bay A bed 5: [[PT:WILL, Frank]] 77M (yes, [[PT:Will]] is the surname, and he will tell you so at length). Hosp no [[MRN:RX0391155]]. CAP, CURB-65 2, IV co-amox, admitted from [[FAC:Elmgrove Care Home]].\n"
        "Side room 3: [[PT:STREET, Joy]] [[AGE:91]]F, hosp no [[MRN:RX0188230]]. K+ 6.9 on the 22:40 gas, no ECG changes, calcium gluconate + insulin/dextrose, repeat 6.1. On spironolactone from her GP (Dr [[HCP:Mahmood]], [[FAC:Castle Lane Surgery]]) with an eGFR of 24.\n\n"
        "Q for the group: would you have given Lokelma overnight or waited for the lab K+? Our med reg said wait, and the lab K+ came back 5.8 at 0300."
    ),
    # 002 pasted registrar WhatsApp, speaker labels = HCP, lower-case patient surname, bleep
    (
        "Pasting from our reg WhatsApp (everyone in it agreed) because I think this is how handover fails now.\n\n"
        "[21:14] [[HCP:Tom Hale]]: anyone free to see a sick one on ward 22? mr [[PT:okonjo]], ?sepsis, lactate 4.1\n"
        "[21:15] [[HCP:Priya]] (Gastro SpR): which [[PT:okonjo]], we have two\n"
        "[21:15] [[HCP:Tom Hale]]: [[PT:Emeka]], the one from [[PLACE:Leyton]], DOB [[DATE:2/11/58]]\n"
        "[21:17] [[HCP:Priya]] (Gastro SpR): on my way. bleep me on [[PAGER:3316]] if he drops\n"
        "[21:40] [[HCP:Priya]] (Gastro SpR): septic from his PEG site. cultures sent, tazocin started. wife [[REL:Ngozi]] on her way in, she's on [[PHONE:07700 900 212]]\n"
        "[22:05] [[HCP:Tom Hale]]: ta. outreach ([[HCP:Marcus]]) aware\n\n"
        "Next morning the consultant ward round knew none of this because not one line of it went into the notes. How do your trusts handle clinical decisions made on WhatsApp?"
    ),
    # 003 GP referral letter: NHS no, UK address formats, postcode, email of son, county
    (
        "Is this enough for a 2WW? Letter from a locum, pasted below.\n\n"
        "Dear Colleague,\n"
        "Re: Mrs [[PT:Pearl Amelia Frost]], DOB [[DATE:14.09.1946]], NHS No. [[PLAN:943 476 5919]]\n"
        "Address: [[STREET:Flat 6, Coopers Court, 22 Mill Race Lane]], [[TOWN:Kendal]], [[ZIP:LA9 4QX]]\n"
        "Tel: [[PHONE:01539 960118]]\n\n"
        "I would be grateful if you could see this lady with a 6 week history of painless jaundice and 5 kg weight loss. CA19-9 412, bilirubin 164, ALP 610. She is a retired school secretary (formerly at [[FAC:Heron Bank Primary School]]). Her husband [[REL:Desmond]] has early dementia and she is his main carer, so please copy correspondence to her son, [[REL:Gareth Frost]] ([[EMAIL:gareth.frost@lakelandpost.example]]).\n\n"
        "Yours sincerely,\nDr [[HCP:Nkechi Bello]] (locum GP), [[FAC:Fellside Medical Practice]]\n\n"
        "My question: 2WW upper GI or straight to HPB? In [[COUNTY:Cumbria]] they bounce anything without a CT first."
    ),
    # 004 RFDS retrieval from a Pilbara mine: employee no, town short form referred back
    (
        "Retrieval debrief, posting for the crush syndrome discussion.\n\n"
        "34M FIFO fitter, pinned under a haul truck tyre at [[FAC:Koolbarra Ridge]] (iron ore, about 180 km out of [[TOWN:Newman]]) early on the [[DATE:14th]]. Site paramedic [[HCP:Jodie Marsh]] did brilliantly: tourniquet on at 0610, 2 L Hartmann's in before our wheels touched. Entrapment ~4 h. On the strip: K 7.2 on the i-STAT, peaked T waves. Calcium, salbutamol and insulin/dex in the back of the PC-24, and we diverted to [[FAC:Port Hedland Hospital]] because of the K rather than pushing on.\n\n"
        "The thing I want to discuss: his supervisor ([[REL:Gav]]) rang the ED at [[TOWN:Hedland]] three times asking for an update 'for the incident report' and quoted the man's employee number ([[ID:KRM-20877]]) as if that gave him a right to it. His wife [[REL:Kylie]] was on the charter up from [[TOWN:Mandurah]] and hadn't even been told yet.\n\n"
        "Clinically: would you have released the TQ before extrication in a 4 h crush, or kept it on until the K was sorted? The Pilbara sites all have different protocols."
    ),
    # 005 NZ: Maori whanau, macrons, rheumatic fever, school and club, month alone
    (
        "Kia ora koutou. GP in [[TOWN:Kaikohe]], after advice on bicillin adherence.\n\n"
        "[[PT:Tāne Hēnare]], 14, ARF with mild MR diagnosed [[DATE:March 2022]], on 4-weekly IM benzathine penicillin. He has missed the last three. Nan ([[REL:Aroha Hēnare]]) has him and four cousins at her place on [[STREET:Mātai Road]] and works nights at [[FAC:Tui Freshmarket]], so the 8am clinic slot is impossible for her. The school nurse at [[FAC:Te Kura o Rangiātea]] used to give them at school but she left in [[DATE:September]].\n\n"
        "Options I'm weighing: 1) our nurse doing home visits (we're already stretched across the whole of Te Tai Tokerau), 2) switching to 3-weekly, which feels like the wrong direction, 3) asking [[REL:Aroha]] whether [[PT:Tāne]]'s uncle [[REL:Rawiri]] can bring him on Saturdays.\n\n"
        "He's a lovely kid, plays league for the [[FAC:Kaikohe Rams]], wants to be a builder. I really don't want him in theatre at 30 for a valve. Ngā mihi."
    ),
    # 006 South Africa: MDR-TB, township, SA ID no, ordinary-word names Precious / Lucky
    (
        "Need input on QTc with BPaLM.\n\n"
        "29F, [[PT:Precious Ndlovu]], from [[PLACE:Khayelitsha]], RR-TB on Xpert Ultra, started BPaLM on [[DATE:6 Feb]] at [[FAC:Ikwezi Clinic]]. The ID no. on the referral is [[SSN:9203150823081]], which pharmacy keep asking me to re-confirm because the old folder has it wrong. Baseline QTcF 438, now 498 at week 6. K 3.3, Mg 0.61. No other QT drugs apart from the moxi she got for two days before the LPA came back.\n\n"
        "She's a cashier at [[FAC:Mzansi Cash & Carry]] and terrified of losing the job if she's admitted. Her partner [[REL:Lucky]] has also been diagnosed; he's meant to be collecting at [[FAC:Site B CHC]] but keeps defaulting. Patience is wearing thin all round, including mine.\n\n"
        "Would you hold the bedaquiline, or correct the lytes and repeat the ECG in 48 h? The provincial guideline says stop at >500."
    ),
    # 007 India IMG English: district, IP no, Aadhaar-free but PMJAY, relative abroad phone
    (
        "Respected seniors, kindly guide.\n\n"
        "Patient Smt [[PT:Lakshmi Narayanan]], 62 yrs female, native of [[TOWN:Irinjalakuda]], [[COUNTY:Thrissur]] district, admitted in our hospital ([[FAC:Sree Vidya Mission Hospital]]) on [[DATE:12-01-2024]] with complaints of non-healing ulcer right foot since 3 months. IP no. [[MRN:IP/24/118837]]. k/c/o T2DM 15 yrs, on irregular treatment, HbA1c 11.2. X-ray s/o osteomyelitis of 2nd and 3rd metatarsal. Pus c/s grew Pseudomonas sensitive to pip-taz only.\n\n"
        "Dr [[HCP:Ramachandran]] sir (surgery) is planning ray amputation but son [[REL:Vivek]] who is working in the Gulf is refusing on WhatsApp and asking us to send all reports to [[PHONE:+971 50 555 0134]]. Patient herself is willing. Her PMJAY card no. ([[PLAN:KL-PMJ-77310452]]) covers only the package rate.\n\n"
        "My doubt is: consent of patient is sufficient or we need son's consent also as he is the one paying? Please revert. Thanks in advance."
    ),
    # 008 Pakistan dengue: s/o label, CNIC, colony, date dd/m
    (
        "Assalam o alaikum colleagues. Dengue season in [[TOWN:Multan]] is bad this year, our ward has 40+ cases.\n\n"
        "Case: [[PT:Muhammad Bilal]] s/o [[REL:Abdul Ghaffar]], 19 yrs male, 1st year student at [[FAC:Al-Falah Science College]], resident of [[PLACE:Gulgasht Colony]]. CNIC [[SSN:36302-5518904-7]] (his own, he got it last year). Day 5 of fever, platelets 11,000, HCT rising 41 → 48, no bleeding except mild gum oozing. Warning signs: abdominal pain, ascites on USG.\n\n"
        "His brother [[REL:Usman]] donated SDP at our blood bank on [[DATE:28/8]] and the family is demanding another transfusion because platelets are not rising. Our HOD says no prophylactic transfusion unless bleeding, per WHO 2009. Family is very aggressive.\n\n"
        "What is practice in your setup? Do you transfuse at <10k without bleeding?"
    ),
    # 009 Singapore: HDB address, NRIC, age 92, neighbour Mdm, CNY eve, niece in JB
    (
        "Polyclinic doc, looking for ideas for an elderly man living alone.\n\n"
        "Mr [[PT:Tan Ah Kow]], [[AGE:92]], NRIC [[SSN:S2837415F]], stays alone in a 2-room rental flat at [[STREET:Blk 114 Ang Mo Kio Ave 4 #07-1203]], Singapore [[ZIP:560114]]. Fell on [[DATE:Chinese New Year's Eve]] and lay on the floor until his neighbour, Mdm [[REL:Lim]], heard him knocking. Rhabdo, CK 14k, admitted to [[FAC:TTSH]] for 9 days. Discharged home against advice because he refuses a nursing home. Hoarding, the flat is full of newspapers.\n\n"
        "Niece [[REL:Jasmine Tan]] visits monthly from [[TOWN:JB]]. He goes to the [[FAC:Kebun Baru Senior Activity Centre]] for lunch most days and the staff there are the ones who actually notice when something is wrong.\n\n"
        "Anyone had a PAB alarm plus AIC referral work for someone like this? He's frail (CFS 6) but capacitous."
    ),
    # 010 Malaysia: binti/bin names, MyKad, Hari Raya, kampung, local hospital acronym
    (
        "Salam all. MO at [[FAC:Klinik Kesihatan Bukit Jarum]], need opinion on postpartum follow-up.\n\n"
        "[[PT:Siti Aishah binti Ramli]], 24, G2P1, eclampsia at 34/52, delivered by EMLSCS at [[FAC:HRPZ II]] on [[DATE:Hari Raya]] morning. MyKad [[SSN:990412-03-5528]]. BP still 160/100 on nifedipine LA 30 BD + labetalol. Baby in NICU 2 weeks.\n\n"
        "She stays in [[TOWN:Kampung Gelong]], 45 min by motorbike from us, no car. Husband [[REL:Mohd Faizal bin Hassan]] is a fisherman so daytime appointments are hard; mother-in-law [[REL:Che Som]] is the one who brings her.\n\n"
        "Q: how long would you continue antihypertensives and when to screen for CKD or secondary causes? She's young. Also, the KKM postnatal checklist only goes to 6 weeks."
    ),
    # 011 Jamaica: sickle cell, parish of Manchester (COUNTY look-alike), KPH, Miss + first name
    (
        "Greetings from [[TOWN:Mandeville]], Jamaica.\n\n"
        "[[PT:Delroy Campbell]], 19, HbSS, 4th acute chest syndrome this year. The last one started after a football match for [[FAC:Bellefield Community College]] in [[DATE:August]] and he ended up intubated at [[FAC:KPH]] for 5 days. Baseline Hb 7.2, HbF 6%. Not on hydroxyurea because his mother, Miss [[REL:Marcia]], read on Facebook that it causes cancer. She works at [[FAC:Bamboo Grove Bakery]] on [[STREET:Caledonia Road]] and comes to every clinic, so she's engaged, just frightened.\n\n"
        "We're the only haem clinic for the whole parish of [[COUNTY:Manchester]] and I see him every 3 months. Has anyone had success with a particular way of explaining hydroxyurea to families? I've tried quoting BABY HUG and MSH, which meant nothing to her. Also, any views on crizanlizumab outside a trial here? Cost is prohibitive anyway."
    ),
    # 012 Ireland: hurling, Irish-language name with fadas, nickname, Eircode, PPSN, Paddy's Day
    (
        "Hurling eye injury, looking for ophthal-minded people.\n\n"
        "[[PT:Pádraig Ó Súilleabháin]] ('[[PT:Podge]]' to everyone), 23, full-back for [[FAC:Kilcrea Gaels]], took a sliotar to the left eye at training in [[TOWN:Ballincollig]] on [[DATE:Paddy's Day]]. No helmet, the faceguard was 'in the car'. Hyphaema grade 2, IOP 38 on arrival to us in [[FAC:CUH]] ED.\n\n"
        "His mam, [[REL:Bríd]], has rung the department four times and gave her number ([[PHONE:087 555 0191]]) to every nurse on the floor. Home is [[STREET:4 Cois Abhainn, Kilcrea Road]], [[TOWN:Ovens]], [[COUNTY:Co. Cork]], [[ZIP:P31 X2K7]]. I mention it because she wants a letter for the club's injury fund with his full address and PPSN ([[SSN:7412953TA]]) on it.\n\n"
        "Clinical Q: admit for bed rest at 30 degrees, or home with drops and daily review? He's a dairy farmer and won't rest."
    ),
    # 013 psychiatrist: doctor-patient by initials, GMC no (LIC), car reg, Dr Sunday vs Sunday
    (
        "Difficult one and I'd value the group's views. I'm a consultant psychiatrist.\n\n"
        "My patient, [[PT:A.K.]], is an FY2 at a neighbouring trust, GMC [[LIC:7654321]]. Admitted informally after an overdose, now settled. She drives in from [[TOWN:Lichfield]], and last week police stopped her car (blue Fiesta, [[PLATE:KX19 BHT]]) after she was seen sitting in it on a motorway hard shoulder for two hours. She is desperate that this doesn't reach her employer.\n\n"
        "Occupational health (Dr [[HCP:Sunday]]) has been lovely, but the trust's guardian wants to 'notify'. I saw her on Sunday and she's adamant she'll start ST1 in [[DATE:August]].\n\n"
        "Where do you all stand on GMC referral for a doctor-patient who is engaging, insightful and not currently a risk to patients? I'm inclined to say this is a health matter, not fitness to practise."
    ),
    # 014 colorectal MDT outcome form: surname-first, NHS no, DOB, weekday + date, farm, trials
    (
        "Colorectal MDT outcome, pasted because I want opinions on watch-and-wait.\n\n"
        "Patient: [[PT:HARDY, Miles Edward]]   Hosp No: [[MRN:M0930125]]   NHS: [[PLAN:485 777 3456]]   DOB: [[DATE:01/04/1951]]\n"
        "Consultant: Mr [[HCP:Okoro]]   Referrer: Dr [[HCP:Lennox]] ([[FAC:Abbey Mead Surgery]])\n"
        "Discussed: Thu [[DATE:23/05]]\n\n"
        "MRI pelvis: low rectal tumour 4 cm from AV, mrT3c N1, EMVI+, CRM threatened (1 mm to levator). CT CAP: no mets. CEA 8.\n"
        "Outcome: TNT as per RAPIDO (SCRT then CAPOX x6), restaging MRI at 18 weeks. Stoma nurse [[HCP:Sally Rigg]] to see before treatment.\n\n"
        "Social: farms at [[FAC:Holme Carr Farm]] outside [[TOWN:Driffield]]; wife [[REL:Margaret]] has MS. He said very plainly in clinic that he would rather die than have a bag.\n\n"
        "If he gets a cCR after TNT, would your unit offer watch-and-wait for a low tumour with a threatened CRM at baseline? OPRA suggests it's reasonable; our surgeons are split."
    ),
    # 015 Australian ED M&M: patient named Reg vs 'our reg', Boxing Day, mate drove him in
    (
        "M&M presentation from our ED, shared with the department's blessing. Long, sorry.\n\n"
        "67M, [[PT:Reg Pollard]], presented at 0140 on [[DATE:Boxing Day]] to [[FAC:Murrumbidgee Base]] with 'indigestion' after a big lunch. His mate [[REL:Col]] drove him in from [[TOWN:Junee]] because the ambulance was 90 min out. Triaged ATS 3. BP 182/96 R arm (nobody did the L). ECG: LVH, no STE. Trop 14 → 16. Our reg (not [[PT:Reg]] — yes, we had fun with that at the meeting) diagnosed GORD and he was on the short-stay list at handover.\n\n"
        "At 0710 he became hypotensive and vague. Bedside echo by the day consultant, Dr [[HCP:Anjali Verma]], showed a dilated root and a flap. CTA: Stanford A from the root to the iliacs. Flown to [[FAC:St Vinnie's]] in [[TOWN:Sydney]], made it to theatre, survived with a stroke.\n\n"
        "Learning points we came up with:\n1. ADD-RS was never calculated (it would have been 2).\n2. Four-limb BPs take 30 seconds.\n3. Fatigue: the reg was on the 4th of a run of nights.\n\n"
        "How do other rural EDs handle the 'it's probably GORD' gestalt overnight when there's no CT radiographer on site?"
    ),
    # 016 Trinidad discharge summary: hyphenated name, LP address, (868) 555-01xx
    (
        "DISCHARGE SUMMARY\n"
        "[[FAC:San Fernando General Hospital]], Medical Ward 3\n"
        "Name: [[PT:Marvette Joseph-Baptiste]]   Reg No: [[MRN:SFGH-884120]]\n"
        "DOA: [[DATE:03/02/2024]]   DOD: [[DATE:11/02/2024]]\n"
        "Address: [[STREET:LP 47 Cipero Road]], [[TOWN:Cocoyea]]\n"
        "NOK: sister, [[REL:Yvette Joseph]], [[PHONE:(868) 555-0127]]\n\n"
        "Diagnosis: DKA (pH 7.08, HCO3 6, ketones 5.8), new-onset diabetes, ?ketosis-prone T2DM vs T1DM. GAD antibodies sent.\n"
        "Course: FRIII, K replacement, resolved in 22 h. Transitioned to basal-bolus. Diabetes educator Ms [[HCP:Ramdial]] reviewed. Discussed with Dr [[HCP:Ramkissoon]] (endocrine) re C-peptide.\n"
        "Follow-up: [[FAC:Cocoyea Health Centre]] 1/52, endo clinic 6/52.\n\n"
        "Posting because I'd like views: 31F, BMI 36, GAD pending. Would you try to wean insulin if the C-peptide comes back preserved? Our endo likes to; our GPs hate it."
    ),
    # 017 phone-typed, lower case: patient surname with apostrophe, pacemaker serial, state not tagged
    "sry on phone. its mrs [[PT:d'souza]] in bed 12 w the medtronic, not the lady from goa in 14. pacer serial [[DEVICE:PJN418822S]]. [[HCP:ravi]] frm cardiac physiol interrogated it at 1430, fine, no AT/AF episodes. so the syncope is something else",
    # 018 South African Karoo farm: Afrikaans name + 'oom' honorific, foreman, bakkie plate, medical aid no
    (
        "Puff adder bite, small hospital in the Karoo, antivenom question.\n\n"
        "[[PT:Hendrik van der Merwe]], 58, oom [[PT:Hennie]] to everyone here, bitten on the L hand clearing a water trough on [[FAC:Rietfontein]], the farm he manages outside [[TOWN:Beaufort West]]. Foreman [[REL:Sakkie Jacobs]] drove him 140 km in the bakkie with the hand in a bucket of ice (!). Swelling past the elbow at 6 h and progressing, no bleeding, INR 1.1, plts 190.\n\n"
        "We gave SAIMR polyvalent, 10 vials at hour 7. His medical aid (member no. [[PLAN:KFH-0049-1882]]) wants a motivation before they'll cover a second dose. Meanwhile traffic has fined the bakkie ([[PLATE:CBL 14832]]) for doing 160 and [[REL:Sakkie]] wants me to write a letter. Separate issue, ha.\n\n"
        "Q: would you give more antivenom for progressive swelling alone, without coagulopathy? Our surgeons want to do a fasciotomy, which I think is almost never indicated."
    ),
    # 019 NZ hunter: PLB beacon hex ID, macron towns, brother's address mix-up
    (
        "Hypothermia + rhabdo in a hunter, after thoughts on rewarming.\n\n"
        "[[PT:Wiremu Tipene]] (goes by [[PT:Wiri]]), 52, went out after deer above [[TOWN:Ruatāhuna]], rolled his ankle and activated his PLB at dusk. Beacon hex ID [[DEVICE:2DD43A2B3F81FE0]]; RCCNZ read it out so we could match the registration, and it was registered to his brother [[REL:Hemi]]'s old address in [[TOWN:Murupara]], which cost an hour.\n\n"
        "Found at 0300 by the chopper crew: core 30.8, GCS 13, CK 22,000. Flown to [[FAC:Whakatāne Hospital]]. His wife [[REL:Hine]] says he'd had 'a few beers at the hut'.\n\n"
        "Active external rewarming went fine, but he had an afterdrop to 30.1 in ED. Would you have gone to ECLS at that point? Our nearest ECMO is hours away."
    ),
    # 020 NT remote community: outstation, AHP, RDH, 'the 9th', repeated first names
    (
        "DMO for [[TOWN:Yarrkuwanga]] and its outstations. APSGN cluster question.\n\n"
        "Four kids in the past fortnight with tea-coloured urine and periorbital oedema, all linked to one household at [[PLACE:Mulga Bore]] outstation. Index case [[PT:Shaniqua Martin]], 8, BP 140/95, C3 low, ASOT 800, creat 92. Her cousins [[PT:Tyrell]] and [[PT:Kiara]] similar but milder. Nanna [[REL:Dulcie]] is caring for all of them; there are 14 people in a 3-bedroom house and scabies is rampant.\n\n"
        "Our Aboriginal Health Practitioner, [[HCP:Rhonda Cooper]], has done an amazing job going house to house with benzathine for contacts. [[PT:Shaniqua]] went to [[FAC:RDH]] on the [[DATE:9th]] because of the BP; she's back now.\n\n"
        "Q for those in the Top End / Kimberley: are you giving benzathine to all household contacts or just the kids? The CDNA and NT guidelines seem to differ, and [[REL:Dulcie]] will only get one chance to round everyone up before Sorry Business takes the family to [[TOWN:Ngukurr]] for weeks."
    ),
    # 021 Irish GP deprescribing: 'ninety-six' in words, Good Friday, sister 99, Co. Mayo vs Mayo Clinic, son in Boston
    (
        "Deprescribing in the very old: how far do you go?\n\n"
        "Mrs [[PT:Nora Keane]], [[AGE:ninety-six]] on [[DATE:Good Friday]], still in her own cottage outside [[TOWN:Ballyhaunis]], [[COUNTY:Co. Mayo]] (not to be confused with the Mayo Clinic, though she'd tell you she's in better shape than their patients). 14 regular meds incl. atorvastatin, alendronate (9 years!), bisoprolol, amlodipine, ramipril, aspirin and oxybutynin. Her sister [[REL:Bridie]] is [[AGE:99]] and lives with her. Home help [[REL:Mairéad]] does the dosette. Husband [[REL:Tom]] died in [[DATE:March]] and she's been low since.\n\n"
        "My plan: stop the statin, alendronate, aspirin (primary prevention) and oxybutynin (ACB 3). Keep bisoprolol for AF. Her son [[REL:Declan]] in [[TOWN:Boston]] rings me weekly and is against stopping 'anything the consultant started'.\n\n"
        "Is STOPPFrail what people use in practice? Any tips for the conversation with [[REL:Declan]]?"
    ),
    # 022 UK safeguarding: teacher and police ref, school nurse HCP, TikTok handle of mum's partner
    (
        "Safeguarding: want to sense-check my threshold.\n\n"
        "[[PT:Jayden]], 7, brought in by school after his teacher, Mrs [[REL:Okafor]], noticed bruising on his upper arm in PE. He's in Year 2 at [[FAC:St Edmund's CE Primary]]. Four fingertip bruises L upper arm, one on the pinna, petechiae behind the ear. [[PT:Jayden]] says he 'fell off the trampoline'. There is no trampoline, according to the school nurse, Ms [[HCP:Patel]], who did a home visit in [[DATE:October]].\n\n"
        "Mum ([[REL:Chelsea]]) is supportive. Her new partner, [[REL:Kyle Dunn]], has a history with police (she showed me a screenshot of his TikTok, [[HANDLE:@dunny_kyle88]], where he's joking about 'discipline'). Police ref from a previous DV call: [[ID:14/118932/23]].\n\n"
        "Clotting screen and FBC normal. Skeletal survey booked, MASH referral made. Am I over-reacting with a skeletal survey in a 7-year-old? Our paeds SpR thought so."
    ),
    # 023 Singapore migrant worker: s/o, FIN, work permit, Deepavali, dormitory, home town short form
    (
        "Migrant worker with calcaneal fractures, question about WICA and return to work.\n\n"
        "[[PT:Murugan]] s/o [[REL:Selvam]], 31, from Tamil Nadu, FIN [[SSN:G5528341N]], work permit no. [[ID:088412755]]. Fell 3 m from scaffolding at a [[FAC:Sinar Marine Engineering]] worksite in [[PLACE:Tuas]], two days before [[DATE:Deepavali]]. Stays at [[FAC:Kranji Lodge 3]] dormitory. Bilateral calcaneal fractures and an L1 wedge; ORIF done at [[FAC:NTFGH]]. MC for 3 months.\n\n"
        "His supervisor, Mr [[REL:Goh]], keeps calling to ask when he can do 'light duties', and the employer is talking about repatriation.\n\n"
        "Who decides fitness for light duty under WICA? I'm worried he'll be sent home to [[TOWN:Trichy]] before his MC ends and lose his compensation."
    ),
    # 024 short Sermo poll: month alone, @mention of a member
    "Quick poll (@neuro_nat asked about this last week, so here's mine). Would you restart a DOAC 10 days after a small cerebellar ICH? 82M, AF, CHA2DS2-VASc 6, HAS-BLED 3, bled in [[DATE:June]] on apixaban. Neurosurg said 'whenever'. Thanks all.",
    # 025 Australia melanoma: quoted nickname inside name, employer, fundraiser URL, Medicare no
    (
        "Young bloke, metastatic melanoma, PBS and privacy question.\n\n"
        "[[PT:Lachlan]] '[[PT:Lachie]]' [[PT:Brennan]], 27, apprentice sparky with [[FAC:Coastline Electrical]] in [[TOWN:Gladstone]]. BRAF V600E, brain mets x3 (largest 14 mm), LDH 2x ULN. Ipi/nivo cycle 2 done, now grade 3 colitis, on IV methylpred, infliximab day 3.\n\n"
        "His partner [[REL:Tayla]] has set up a fundraiser ([[URL:givealong.example/help-lachie-brennan]]), which is lovely, but it lists his diagnosis and has a photo of him in the chemo chair at [[FAC:Rocky Base]]; his Medicare number ([[PLAN:2953 41872 1]]) is legible on the paperwork in one of the photos. I mentioned it gently.\n\n"
        "Clinical Q: once the colitis settles, would you rechallenge with nivo mono or switch to dabrafenib/trametinib for the brain disease? CheckMate 204 and COMBI-MB pull in different directions."
    ),
    # 026 Mumbai medico-legal: UHID, bill account no (ACCT), insurance policy, chawl address, PIN
    (
        "Need medico-legal advice, urgent. Private hospital in [[TOWN:Mumbai]] ([[FAC:Lifeline Multispeciality]], [[PLACE:Parel]]).\n\n"
        "Patient Mr [[PT:Sunil Gawde]], 71M, expired on [[DATE:19th Oct]] in our ICU after 11 days (septic shock, MODS, CRRT). UHID [[MRN:2403-318877]]. Family (mainly son-in-law [[REL:Prakash Kadam]]) refusing to take the body until the bill is waived. Bill is Rs 6.8 lakh against account no. [[ACCT:IPD/24/009412]]; the TPA rejected the claim because the policy ([[PLAN:NIA-11200034-5521]]) was within the 30-day waiting period.\n\n"
        "Address on file: [[STREET:Room 14, 2nd floor, Shivaji Niwas chawl]], [[PLACE:Lalbaug]], [[ZIP:400012]]. The local corporator from that area came to the hospital this morning with 30 people.\n\n"
        "I know withholding the body is illegal. Management is asking me (as ICU in-charge) to 'handle'. What is the correct procedure? Do we inform police?"
    ),
    # 027 Karachi, phone-typed IMG English: XDR typhoid child
    "sir plz advise urgent. 3 yr old [[PT:Hamza]] from [[PLACE:Korangi]], fever 9 days, blood c/s salmonella typhi resistant to cipro, ceftriax, chloramphenicol, cotrimox. XDR. on meropenem day 4 still spiking 103. mother [[REL:Sana]] says azithro syrup given by private GP before. shud we add azithro IV or switch? wt 13 kg. also widal was +ve 1:320 lol which everyone here still sends",
    # 028 Glasgow publican: pub, neighbourhood, CHI number, daughter nurse at QEUH, Glasgow-Blatchford
    (
        "Variceal bleed in a former publican, thoughts on TIPS timing.\n\n"
        "[[PT:Alasdair MacLeod]] ('[[PT:Ally]]'), 58, ran the [[FAC:Clachan Bar]] in the [[PLACE:Gorbals]] for 30 years and still drinks there. CHI [[PLAN:0704661337]]. Came in Friday night with haematemesis, Hb 62, Glasgow-Blatchford 15, Child-Pugh C10, MELD 21. Banded x4 at OGD, terlipressin and ceftriaxone. Rebled 36 h later.\n\n"
        "His daughter [[REL:Kirsty]] is a nurse at the [[FAC:QEUH]] and keeps asking about pre-emptive TIPS, which she's read about. Our hepatologist, Dr [[HCP:Fyfe]], is keen; IR want to wait.\n\n"
        "By Baveno VII he qualified for pre-emptive TIPS within 72 h of presentation (C10-13). Anyone doing this routinely outside the big transplant centres?"
    ),
    # 029 Broken Hill lead: long, several child patients, mine, landlord company, childcare, dates
    (
        "Long post, sorry. Blood lead levels in a family, and a bigger question about the town.\n\n"
        "I'm a GP in [[TOWN:Broken Hill]]. Mum, [[REL:Shannon Tully]], brought in all three kids after her neighbour's toddler was found to have a high lead. They rent at [[STREET:217 Chloride St]], an old miner's cottage: peeling paint, bare dirt yard. Dad, [[REL:Jarrod]], works underground at [[FAC:Silver Lode Mine]] and comes home in his work gear.\n\n"
        "Results from the [[DATE:14/2]] bloods:\n"
        "- [[PT:Kobe]], 6: 11 µg/dL\n"
        "- [[PT:Indi]], 3: 17 µg/dL, Hb 98, ferritin 6\n"
        "- [[PT:Harper]], 14 months: 24 µg/dL, pica (eats the window-sill paint, per [[REL:Shannon]])\n\n"
        "All above the NHMRC 5 µg/dL threshold. [[PT:Harper]]'s is the one I'm worried about. Her 12-month developmental check was fine per the CFHN nurse, [[HCP:Leanne Box]]. [[PT:Indi]] goes to [[FAC:Little Possums Early Learning]] on [[STREET:Oxide Street]] three days a week.\n\n"
        "What I've done: iron for [[PT:Indi]], notified the PHU, asked the lead program to do a home assessment, told [[REL:Jarrod]] to shower and change at work (the mine has facilities, he just doesn't use them).\n\n"
        "Questions:\n"
        "1. Chelation threshold in kids: is 45 µg/dL still the number? [[PT:Harper]] is well below but rising; she was 15 at her [[DATE:November]] check.\n"
        "2. Anyone had success getting a landlord to remediate? The agent is a local company, [[FAC:Barrier Rentals]], and they're stalling.\n"
        "3. Should I be testing [[REL:Shannon]]? She's 8 weeks pregnant.\n\n"
        "The wider issue is obvious to everyone who works out here. Advocacy tips welcome."
    ),
    # 030 NZ e-scooter, one line: lower-case nickname, Instagram handle
    "anyone else drowning in e-scooter #s? 3 last night incl one of our own orderlies, [[PT:bazza]] — distal radius, he's fine, already posting about it on insta ([[HANDLE:@baz.the.orderly]])",
    # 031 Sermo thread: patient shares the poster's first name (Kavya); replies by members
    (
        "[Kavya Menon · Nephrology · Kerala]\n"
        "Lupus nephritis class IV-G (A) + V on biopsy, 31F. My patient is also called [[PT:Kavya]] (full name [[PT:Kavya Suresh]], schoolteacher at [[FAC:St Teresa's Convent School]], [[TOWN:Aluva]]) and she finds the coincidence hilarious. uPCR 3.8 g/g, creat 1.4, C3 48, anti-dsDNA >300. Biopsy at [[FAC:Periyar Medical Centre]] on [[DATE:2 Sept]]: activity index 11, chronicity 3.\n\n"
        "[[PT:Kavya]] wants another baby in the next 2 years. MMF vs Euro-Lupus CYC? Add belimumab or voclosporin?\n\n"
        "— reply from @drfaisal_neph:\n"
        "Kavya, for someone planning pregnancy I'd avoid CYC. MMF + steroids, consider belimumab per BLISS-LN, and plan the switch to azathioprine 6 months before trying. Voclosporin (AURORA) is great if you can get it, but it's not cheap in India.\n\n"
        "— reply from Kavya Menon:\n"
        "Thanks Faisal, that's where I was leaning. Her husband [[REL:Arun]] works in the Gulf, so contraception is 'not an issue' for now, as she put it!"
    ),
    # 032 Barbados dialysis: Crop Over / Kadooment Day dates, parish Christ Church (COUNTY), hotel employer
    (
        "Missed dialysis after [[DATE:Crop Over]]: anyone else in the Caribbean seeing this pattern?\n\n"
        "[[PT:Cheryl-Ann Griffith]], 44, ESRD on HD MWF at [[FAC:Oistins Renal Centre]], lives in [[TOWN:Oistins]], parish of [[COUNTY:Christ Church]]. Missed 3 sessions around [[DATE:Kadooment Day]] and came in with K 7.8 and pulmonary oedema, needed emergency HD. Same thing last year. She plays mas with a band and says the whole week is sacred.\n\n"
        "Her sister [[REL:Andrea]] is her transport and works at the [[FAC:Coral Sands Hotel]], which is flat out that week too.\n\n"
        "Ideas so far: an extra pre-festival session, a K binder for the week, or fluid/K education through the band leaders. What's worked for you?"
    ),
    # 033 UK medico-legal: ex-partner accessing online record, IP, two emails, 'Hope' vs 'I hope'
    (
        "Medico-legal: ex-partner accessing a patient's online record. Advice please.\n\n"
        "Patient is [[PT:Hope Adebayo-Clarke]], 34, registered with us at [[FAC:Bramblefield Health Centre]] in [[TOWN:Luton]]. She separated from [[REL:Jermaine Clarke]] in [[DATE:January]]; there's a non-molestation order. She came in on the [[DATE:2nd of May]] convinced he knew about a termination she'd told no one about.\n\n"
        "Our practice manager checked the online services audit: logins to her account from IP [[IP:198.51.100.23]] between 0200 and 0300 on four nights, and a password reset that went to an old email ([[EMAIL:hope.clarke85@mailpost.example]]) she thinks he still controls. Her current email is [[EMAIL:h.adebayo@fernmail.example]].\n\n"
        "We've suspended online access and changed her contact details. I hope we've done enough, but is this a reportable breach to the ICO, or purely a police matter? And should we give the IP to the police directly?"
    ),
    # 034 Kalgoorlie rollover: VIN + rego on insurer form, town short form, person-named hospital, street-named business
    (
        "Insurance form headache after a rollover.\n\n"
        "41M, [[PT:Dale Hooper]], from [[TOWN:Kalgoorlie]], rolled his ute on the way back to [[TOWN:Kal]] after a night shift. T12 burst fracture, TLICS 4 (PLC indeterminate on MRI), neuro intact. The spinal team at [[FAC:Fiona Stanley]] say TLSO and mobilise.\n\n"
        "The insurer's medical certificate wants the VIN ([[VIN:6T1BF3EK5BX417823]]) and rego ([[PLATE:1GXY 482]]) filled in by the treating doctor, which is absurd; I have no idea what he drives. His wife [[REL:Renee]] brought the paperwork in and copied them off the registration papers for me.\n\n"
        "He's a mechanic at [[FAC:Hannan Street Tyres]] and wants to be back at work in 3 weeks. Brace or no brace for a neurologically intact burst? The AO Spine data say it makes little difference."
    ),
    # 035 H&N tumour board: Chinese surname-first names, Malaysian towns incl. KL, employer, cited trials
    (
        "H&N tumour board summary: NPC with a high EBV DNA, opinions welcome.\n\n"
        "[[PT:Wong Kah Wai]], 48M, Foochow, from [[TOWN:Sibu]], referred via [[FAC:Sibu Hospital]] ENT (Dr [[HCP:Lau Siew Ling]]) after epistaxis and a neck lump. RN [[MRN:H1029384]].\n\n"
        "MRI: T4 (intracranial extension, cavernous sinus), N2 (bilateral RP and level II). PET-CT: no distant mets. Plasma EBV DNA 12,400 copies/mL.\n"
        "Board decision: induction gem-cis x3 (per the Zhang NEJM 2019 trial), then IMRT 70 Gy/33# with concurrent cisplatin. Dental clearance first.\n\n"
        "Issues:\n"
        "- Hearing: baseline audiogram already shows mild SNHL on the left; cisplatin ototoxicity risk. Carboplatin?\n"
        "- Logistics: he supervises a timber yard at [[FAC:Rajang Timber Products]], his daughter [[REL:Jolene]] works in [[TOWN:KL]], and 7 weeks of daily RT in [[TOWN:Kuching]] means leaving work; the company's SOCSO paperwork is slow.\n"
        "- Post-RT EBV DNA monitoring: every 3 months? Who uses it to decide on adjuvant capecitabine (Chen, Lancet 2021)?\n\n"
        "Thanks all."
    ),
    # 036 SMS thread with patient's daughter: direct address, sign-off, poster is a member
    (
        "Pasting an SMS thread (with her OK) because I'd like advice on how to handle this.\n\n"
        "Me: Hi [[REL:Bev]], it's Dr Malik from the surgery. Just checking how your mum got on after the fall.\n"
        "[[REL:Bev]]: Thanks Dr Malik. [[PT:Sheila]]'s not great tbh. She went down again Sunday in the kitchen, didn't hit her head. We've got her at ours now, [[STREET:9 Larch Close]], not her flat.\n"
        "Me: Thanks for letting me know. Is she eating and drinking OK? Any new confusion?\n"
        "[[REL:Bev]]: Bit muddled at night. Keeps asking for Dad and he's been gone 6 years. Can you come out? I can't get her in the car.\n"
        "[[REL:Bev]]: Sorry to text you, I know it's your day off. [[REL:Bev]] x\n\n"
        "I gave her my work mobile during her dad's palliative phase and never took it back. I'm a GP in [[TOWN:Barnsley]]. I will do the visit, but how do others manage boundaries when a family has your number and you've become a sort of friend? [[PT:Sheila]] probably needs a frailty review and a 4AT, not me at 9pm on a Sunday."
    ),
    # 037 Irish psychiatry discharge letter: Irish-language names, Eircode, St Stephen's Day, employer hotel
    (
        "Discharge letter I wrote as a psych reg. GPs: what's actually useful to you?\n\n"
        "To: Dr [[HCP:Fionnuala Nic Giolla]], [[FAC:Main Street Medical]], [[TOWN:Castlebar]]\n"
        "Re: [[PT:Seán Óg Mac Amhlaoibh]], DOB [[DATE:22/12/1989]], MRN [[MRN:0448120]], [[STREET:7 Páirc na Coille]], [[TOWN:Westport]], [[ZIP:F28 K6P2]]\n\n"
        "Admitted on [[DATE:St Stephen's Day]] via ED after being brought in by Gardaí. Diagnosis: bipolar I disorder, current episode manic with psychotic features. Treated with olanzapine 15 mg and lithium (level 0.8 on the [[DATE:fourteenth of January]]). Discharged [[DATE:19 Jan]].\n"
        "Follow-up: CMHT in [[TOWN:Castlebar]], key worker [[HCP:Niamh Duggan]] (CNS). Mother [[REL:Úna]] aware and supportive. He works as a barman at the [[FAC:Mulranny Bay Hotel]] and plans a phased return.\n"
        "Please check lithium level, U&E, TFT and calcium at 3 months.\n\n"
        "Is two pages too long? My consultant says GPs read the first paragraph only."
    ),
    # 038 Soweto paediatric burns: township + suburb (Orlando East), New Year's Day, gogo kinship, person-named hospital
    (
        "Paeds burns transfer, triage question.\n\n"
        "2yo [[PT:Lwazi Mthembu]] from [[PLACE:Orlando East]] in [[PLACE:Soweto]] pulled a pot of boiling pap off a paraffin stove on [[DATE:New Year's Day]]. 18% TBSA (Lund and Browder), mixed partial thickness, chest and arm. Seen at [[FAC:Bara]] first, then transferred to the burns unit at [[FAC:Charlotte Maxeke]], 9 h after the burn.\n\n"
        "His gogo, [[REL:Thokozile]], is his main carer; mum [[REL:Nomsa]] is 17 and in Grade 11 at [[FAC:Orlando West High]].\n\n"
        "Parkland gave 4 mL/kg/%TBSA plus maintenance, but by the time he reached us he was behind on fluids and had had no analgesia for 5 h. Do other units still use full Parkland in under-5s, or the modified Galveston formula? And what do you think a reasonable transfer time is?"
    ),
    # 039 Anzac Day collapse: age 97 twice, nickname 'Bluey' between names, DVA Gold Card, RSL
    (
        "Collapse on [[DATE:Anzac Day]]: syncope workup in a [[AGE:97]]-year-old?\n\n"
        "[[PT:Kenneth]] '[[PT:Bluey]]' [[PT:Hargreaves]], Korea veteran, marched on [[DATE:Anzac Day]] with his grandson [[REL:Josh]] pushing the wheelchair for the last bit, then collapsed at the two-up table at the [[FAC:Cardwell RSL]]. Witnessed by about 60 people, most of whom have since rung the hospital. Down ~20 s, no jerks, pale and sweaty before. ECG: SB 48, 1st-degree AVB, RBBB + LAFB.\n\n"
        "DVA Gold Card [[PLAN:QX904417]], so cost isn't the issue. He lives in [[TOWN:Tully]] with his daughter [[REL:Lorraine]]. His GP, Dr [[HCP:Coutts]], wants a pacemaker. [[PT:Bluey]] says he 'only fainted because the beer was warm'.\n\n"
        "Trifascicular-ish block + syncope in a [[AGE:97]] y/o with good cognition: straight to PPM, or Holter/ILR first? I lean PPM."
    ),
    # 040 one-liner: surname-only patient, ordinary word
    "Mr [[PT:Knight]] in 6B has pulled his NG out for the third time tonight. Mittens or bridle? He has capacity-ish.",
    # 041 Indian discharge summary: 92Y/F, W/o Late Sri, H.No address, district, Diwali, bill account
    (
        "Posting our discharge summary format for feedback (consent taken for teaching).\n\n"
        "DISCHARGE SUMMARY, Dept. of Orthopaedics, [[FAC:Kakatiya Care Hospital]]\n"
        "Name: Smt. [[PT:Kamala Devi]]    Age/Sex: [[AGE:92]]Y/F    UHID: [[MRN:KCH/0091/2218]]\n"
        "W/o Late Sri [[REL:Ram Prasad]]\n"
        "Address: [[STREET:H.No. 4-12/3, Gandhi Nagar]], [[TOWN:Hanamkonda]], [[COUNTY:Warangal]] Dist.\n"
        "Mobile (attendant): [[PHONE:98490 55512]]\n"
        "DOA: [[DATE:01/11/2024]] ([[DATE:Diwali]] night)   DOS: [[DATE:03/11/2024]]   DOD: [[DATE:09/11/2024]]\n"
        "Bill A/c No.: [[ACCT:KCH-B-2024-118830]]\n"
        "Diagnosis: Intertrochanteric fracture L femur (AO 31-A2) following fall at home while lighting diyas.\n"
        "Procedure: PFNA under spinal anaesthesia.\n"
        "Comorbidities: HTN, hypothyroid, CKD 3a.\n"
        "Condition at discharge: mobilising with walker, 2 assist.\n"
        "Advice: Tab. Apixaban 2.5 mg BD x 35 days, calcium + vit D, review in OPD after 2 weeks with X-ray.\n"
        "Consultant: Dr [[HCP:K. Srinivas Rao]], MS (Ortho)\n\n"
        "Question to the group: is PFNA reasonable at [[AGE:92]] or would you have done a hemiarthroplasty? Family initially wanted 'no cutting'."
    ),
    # 042 NZ long QT: marae, Waitangi Day, ordinary-word name Te Ao, aunt, school, Hamilton (town vs eponym)
    (
        "Syncope at a hui, ?long QT. Paeds cardiology, feel free to jump in.\n\n"
        "[[PT:Mere Walker]], 15, collapsed while doing kapa haka at [[FAC:Ōrākau Marae]] on [[DATE:Waitangi Day]]. Her cousin [[REL:Te Ao]] ran for the AED, which is how we have a strip: polymorphic VT, self-terminated. Resting QTc 510, notched T waves. Her koro died suddenly at 40 and an aunty, [[REL:Ngaire]], at 28: 'we just thought it was the family heart'.\n\n"
        "She's in Year 11 at [[FAC:Te Wharekura o Rangitoto]] and a keen swimmer. Genetic testing sent (KCNQ1/KCNH2/SCN5A). Started nadolol.\n\n"
        "Q: cascade screening for a big whānau: how are others managing it rurally? The nearest inherited cardiac conditions clinic is in [[TOWN:Hamilton]], a 3-hour drive for most of them."
    ),
    # 043 Wales Q fever: 'ap' patronymic, farm, county, month, YEAR, hospital short form, Young Farmers club
    (
        "Q fever in a sheep farmer: chronic?\n\n"
        "[[PT:Rhys ap Gwyn]], 55, farms [[FAC:Cefn Mawr]] near [[TOWN:Llandovery]], [[COUNTY:Carmarthenshire]]. Lambing in [[DATE:March]], then 3 weeks of fever and headache, ALT 210, treated as 'viral'. Six months later: new 3/6 early diastolic murmur, phase I IgG 1:1600; he had a bioprosthetic AVR in [[YEAR:2015]] at [[FAC:Morriston]]. TOE shows a possible vegetation.\n\n"
        "His wife [[REL:Ceri]] does the books for the [[FAC:Towy Valley Young Farmers]], and half their members have apparently had a similar 'flu'.\n\n"
        "Plan is doxycycline + hydroxychloroquine for at least 18 months. Should I be telling PHW about a possible cluster? And for those who've treated Q fever endocarditis, did the valve need redoing?"
    ),
    # 044 Cape Town pedestrian: intersection (two STREET spans), Rose Street, SA ID, SAPS case no, Denver/Memphis
    (
        "Pedestrian vs minibus taxi, BCVI screening question.\n\n"
        "[[PT:Abdul-Karriem Davids]], 34, knocked down at the corner of [[STREET:Bree St]] and [[STREET:Strand St]] around 2am on Saturday [[DATE:9 March]]. GCS 12, C6 lateral mass fracture, pelvic binder on. Lives at [[STREET:12 Rose Street]], [[PLACE:Bo-Kaap]]. His brother [[REL:Faiez]] came in with his wallet, so at least we had his ID number ([[SSN:9001015800087]]) and the SAPS case no. ([[ID:CAS 214/03/2024]]) for the forms. Went up to [[FAC:Groote Schuur]] for neurosurgery.\n\n"
        "Denver criteria positive because of the C-spine fracture. Do your units use the expanded Denver criteria, or Memphis, or just CTA everyone with a high-energy mechanism? Our radiologists are pushing back on volume."
    ),
    # 045 haematology faxes: patient named Gene Fisher (gene / fisherman look-alikes), two fax numbers, Feb '24
    (
        "Is it just us, or does the haem lab still fax everything?\n\n"
        "Result came through for [[PT:Gene Fisher]], 66M: Hb 198, Hct 0.58, JAK2 V617F positive (allele burden 34%). It was faxed to our 'secure' fax ([[FAX:0113 496 0772]]), which sits in the corridor next to the waiting room. The referral from Dr [[HCP:Oyelaran]] at [[FAC:Meanwood Group Practice]] had gone to a dead fax number ([[FAX:0113 496 0119]]) first and sat there for a week.\n\n"
        "[[PT:Gene]] had a TIA in [[DATE:Feb '24]] and is a keen fisherman who doesn't like needles. Plan: venesect to Hct <0.45 (CYTO-PV), aspirin, and since he's over 60 with a thrombotic event, cytoreduction. Hydroxycarbamide or ropeginterferon first line? Testing for the gene in his kids isn't indicated, is it?"
    ),
    # 046 IMG in UK advising on a relative back home: person-named hospital, +92 phone
    (
        "Not a UK patient question, but I'm sure many IMGs here get this. My wife's aunt in [[TOWN:Sialkot]], [[PT:Nasreen Bibi]], 68, has AF with RVR ~140 on the ECG photos her son [[REL:Tariq]] keeps sending me on WhatsApp from [[PHONE:+92 300 5550147]]. She's on digoxin from a local GP, no anticoagulation, CHA2DS2-VASc 4. INR monitoring is impossible where she lives.\n\n"
        "Her cardiologist at [[FAC:Allama Iqbal Memorial Hospital]] has suggested warfarin. Is apixaban reliably available in Pakistan at a price a family can sustain, and do the generic versions there have any quality issues people know of? I don't want to undermine her own doctor from 6,000 km away."
    ),
    # 047 long: paeds diabetes, school residential, pump serial, complaint ref, parent email, head teacher
    (
        "Long one, sorry: a complaint, a school residential and an insulin pump. I'm a paediatric diabetes consultant.\n\n"
        "[[PT:Amelia-Rose Whitfield]], 13, T1DM since age 6, on a t:slim X2 with Control-IQ (pump serial [[DEVICE:1162843]]) and Dexcom G7. HbA1c 52. She went on the Year 8 residential with [[FAC:Castleton Academy]] to [[FAC:Hollowford Outdoor Centre]] from Monday [[DATE:10 June]]. On the second night the cannula kinked after gorge scrambling, Control-IQ kept trying to correct, and nobody heard the occlusion alarms because the pump was in her bag in another room. Glucose 28, ketones 4.2 at 0600. Staff rang 999; she went to [[FAC:Chesterfield Royal]] with mild DKA and was home after 24 h.\n\n"
        "Mum, [[REL:Gemma Whitfield]], has complained formally (PALS ref [[ID:PALS/24/0831]]) by email from [[EMAIL:gemma.whitfield@brightwire.example]], copying in the head, Mr [[REL:Osei]], and the trip lead, Miss [[REL:Harker]]. Part of her complaint is about us: our team wrote the school care plan and trained two staff in [[DATE:May]]. She says the plan didn't say the pump must stay with [[PT:Amelia-Rose]] overnight. She's right, it didn't.\n\n"
        "Mum had Dexcom Follow on her phone and got the alerts at home in [[TOWN:Dronfield]], but couldn't get through to anyone: the only number on the trip letter was the school office, [[PHONE:0114 496 0143]], which was shut.\n\n"
        "What we've changed: the care plan template now has an overnight section, a named adult who holds a phone with Follow, and a 'pump in the bedroom, not the bag' rule. We also give schools a one-page 'if the pump alarms' sheet.\n\n"
        "Questions for other paeds diabetes teams:\n"
        "1. Do you cover residentials explicitly in the IHP, or write a separate trip plan each time?\n"
        "2. Where do you think responsibility sits here: the school, the centre, or us? Our complaints team wants a joint response.\n"
        "3. Any good templates? The Breakthrough T1D school pack is fine but thin on closed-loop systems.\n\n"
        "[[PT:Amelia-Rose]] herself is fine and mostly annoyed she missed the zip wire."
    ),
    # 048 Kimberley station melioidosis: nickname Rusty, station, sat phone +870, New Year's Eve, town referred back
    (
        "Retrieval from a cattle station, melioidosis. Long.\n\n"
        "Head stockman at [[FAC:Bindaroo Downs]], known to everyone as [[PT:Rusty]] (real name [[PT:Russell Nagle]]), 46, T2DM (HbA1c 9.8), drinks. Wet season. The station manager, [[REL:Trish Cartwright]], called us on the sat phone ([[PHONE:+870 772 555 014]]) on [[DATE:New Year's Eve]]: fever, cough, 'not making sense'. The road to [[TOWN:Halls Creek]] was cut, so we flew, and the strip was marginal.\n\n"
        "On arrival: RR 34, SpO2 84%, BP 78/40, lactate 6. Bedside US: B-lines bilaterally and hypoechoic splenic lesions. Meropenem 2 g, 2 L fluid, noradrenaline through a peripheral. To [[FAC:Kununurra Hospital]] overnight, then RFDS on to [[FAC:RDH]]. Burkholderia pseudomallei grew on day 2.\n\n"
        "He survived 21 days of ICU. He's back at [[FAC:Bindaroo]] now and there's no way he'll come in to [[TOWN:Kununurra]] for fortnightly bloods during eradication. Questions: 3 vs 6 months of co-trimoxazole with a splenic focus? And can anyone share a remote monitoring plan that worked for a station worker?"
    ),
    # 049 Singapore seizure in a ride-hail driver: Chinese-western name order, employer, plate, vocational licence
    (
        "Fitness to drive after a first seizure in a ride-hail driver.\n\n"
        "[[PT:Raymond Koh Wee Liang]], 38, drives full-time for [[FAC:ZoomRide]]. Generalised seizure at the wheel while stopped at a red light in [[PLACE:Jurong West]]; nobody hurt. Car plate [[PLATE:SKL 4823 K]]. Traffic Police have asked for a medical report and his PDVL ([[LIC:0078214]]) is suspended pending it. MRI normal, EEG: generalised spike-wave, so probably JME missed in his teens.\n\n"
        "Wife [[REL:Cindy]] says he's the sole breadwinner and begged me to 'write something so he can drive'. I can't. What are people advising for vocational drivers here: 5 years seizure-free off medication like the UK Group 2 rules, or something shorter?"
    ),
    # 050 Indian obstetric M&M: village, husband, brother-in-law donor, numeric date dd.mm.yy, MCTS ID
    (
        "Morbidity meeting summary, Dept of OBG, [[FAC:District Women's Hospital]], [[TOWN:Barabanki]]. Sharing for learning.\n\n"
        "[[PT:Rekha]] w/o [[REL:Santosh Kumar]], 22 yrs, G3P2, from village [[TOWN:Bhitauli]]. Home delivery, PPH, brought by 108 ambulance, reached at 0230 on [[DATE:14.07.24]]. MCTS ID [[ID:0912003456781]]. On arrival: pulse 148, BP 70/40, shock index 2.1, Hb 4.1. Atonic uterus. Oxytocin, carboprost, tranexamic acid (WOMAN trial dose), bimanual compression, then B-Lynch suture, finally subtotal hysterectomy.\n\n"
        "Delays: blood bank had no O negative and only 2 units of O positive; her brother-in-law [[REL:Ramesh]] donated at 0400. No Bakri balloon in the labour room (it was in the OT store, locked).\n\n"
        "She survived, discharged day 9. Action points: balloon tamponade kits in every labour room, a PPH drill each month, and a register of voluntary donors. How do other district hospitals keep blood stock at night?"
    ),
    # 051 UK ortho on-call: bleep number of a named reg, nickname, surname-only patient
    "Our trust still runs on bleeps. Last night I bleeped the ortho reg ([[HCP:Jonno]]) on [[PAGER:6251]] four times about Mr [[PT:Gray]] in Ward 14 bed 3: tibial plateau #, pain out of proportion, compartment pressure 38 with a diastolic of 60, so delta-P 22. No answer for 50 min because he was scrubbed and the theatre phone was 'on silent'. Fasciotomy at 0340. Do your trusts have a rule that a scrubbed reg's bleep gets held by someone?",
    # 052 long thread: hunger strike on remand, prison no, ISO date, solicitor + firm, blog URL, fax, repliers are members
    (
        "Hunger strike in a remand prisoner: capacity, advance decisions and a very long weekend. Would really value input.\n\n"
        "Posted by @tolu_medreg\n"
        "Med reg at [[FAC:Kingsmead General]]. Patient is [[PT:Ruairí Dempsey]], 41, on remand at [[FAC:HMP Stonebridge]] (prison no. [[ID:A4821CK]]), transferred to us on day 38 of a hunger strike he began on [[DATE:3 March]] in protest at trial delays. Water and black tea only. Weight 61 kg from 79, BMI 17.8, HR 44, K 3.1, PO4 0.62, Mg 0.58. Refeeding risk through the roof.\n\n"
        "He has capacity: two of us assessed separately, formal MCA documentation. He has an advance decision refusing artificial nutrition and hydration 'even if my life is at risk', witnessed and dated [[DATE:2024-03-14]], drafted by his solicitor, [[REL:Helen Okonedo]] of [[FAC:Marsh & Ferris LLP]]. She faxed it over from the prison healthcare unit ([[FAX:01632 960441]]) at 2am, which is how we met. His sister [[REL:Aoife]] drove over from [[TOWN:Newry]] and wants us to 'do something'.\n\n"
        "He also writes a blog ([[URL:https://ruairi-speaks.example.org]]) that apparently has thousands of readers; there were journalists in the car park on Saturday. The prison GP, Dr [[HCP:Pryce]], says he's been completely consistent since day 1.\n\n"
        "We're giving thiamine (he accepts it) and oral electrolytes (accepts), nothing else. My consultant is supportive and the ethics committee meets Thursday. The Declaration of Malta is clear, the BMA guidance is clear. What I'm struggling with is the weekend: if he becomes confused from Wernicke's or hypophosphataemia, is the ADRT still valid, or does the fact it was made as part of a protest undermine it?\n\n"
        "Reply from @kwame_icu\n"
        "Been there, Tolu. Two points. First, an ADRT made with capacity stays valid when he loses capacity; that's the whole point of it. Duress in the legal sense means someone else pressuring him, not his own cause. Second, get your trust's legal team on it now, not at 3am. We had a similar case in 2019 and it went to the Court of Protection within 48 hours.\n\n"
        "Reply from @drsarahlaw\n"
        "Agree with Kwame. I'd add: document his understanding of refeeding risk specifically, because restarting nutrition if he ends the strike is its own emergency. NICE CG32 for the regimen: 10 kcal/kg/day max initially with his numbers. And look after yourselves, these cases stay with you.\n\n"
        "Reply from @tolu_medreg\n"
        "Thanks both. Legal are on it. Sarah, good point about documenting refeeding separately. Will update after Thursday."
    ),
]

FREE_NOTES: list[str] = [
    # 053 ANZ ICU fluid trials (NICE-SUGAR, SAFE, CHEST...), a state
    "Balanced crystalloid vs saline: has PLUS changed anyone's practice in ANZ ICUs? We've used Plasma-Lyte 148 by default since SMART, but PLUS (NEJM 2022) showed no mortality difference and pharmacy now asks why we pay more per bag than for 0.9% saline. BaSICS said much the same. The only signal I still believe is the TBI subgroup, where saline looked better, which fits with SAFE-TBI for albumin.\n\nHonest question: is anyone going back to saline as default, or Hartmann's for cost? We're a regional unit in NSW and the ANZICS CTG trials have basically been our bible (NICE-SUGAR, CHEST, ADRENAL, TARGET, SuDDICU). Happy to be told I'm overthinking a bag of fluid.",
    # 054 short: GCS fractions, scores
    "GCS 15/15 → 13/15 over an hour, HR 118, BP 92/58, RR 26, lactate 4.2, qSOFA 2, NEWS2 9. Sepsis Six done in 38 minutes and the FY1 had cultures off before I'd finished reading the obs. That's the post. Proud of them.",
    # 055 place-named arboviruses, states, public link
    "Arbo season question from the tropics. Ross River virus and Barmah Forest virus serology keeps coming back IgM positive, IgG negative in people with a week of arthralgia, and the lab won't run paired sera unless we ask specifically. Anyone else find the BFV IgM has a terrible PPV? The PHLN case definition basically requires seroconversion.\n\nAlso: Murray Valley encephalitis and Kunjin (the West Nile virus subtype) are back on the radar after the wet, and Japanese encephalitis has turned up in the Torres Strait and down the east coast. JE vaccine (Imojev) eligibility has widened in Queensland and the NT; are your clinics actually offering it to piggery workers? The Australian Immunisation Handbook is at immunisationhandbook.health.gov.au if anyone needs it.",
    # 056 HLA alleles, ethnic groups, countries, brand name
    "PSA for colleagues in Southeast Asia and anyone with Han Chinese, Thai or Malay patients: HLA-B*15:02 before carbamazepine or oxcarbazepine. Saw a case of SJS/TEN presented at a meeting this week that happened because the test was 'pending' and someone started it anyway. Same story for HLA-B*58:01 before allopurinol, strongly associated with SCAR in Han Chinese, Thai and Korean patients; the ACR recommends testing in those groups. In Singapore HLA-B*15:02 testing has been standard of care for over a decade; in Malaysia it depends on the hospital.\n\nPhenytoin isn't free of risk either (CYP2C9*3). If you're not sure, levetiracetam (Keppra) is the safe bridge.",
    # 057 decision rules with city names (Ottawa, Canadian, San Francisco), @mention of a member
    "@alex_ed_reg asked yesterday which decision rules we actually use in a UK ED, so here's mine:\n- Ottawa ankle and knee rules: religiously.\n- Canadian C-spine rule over NEXUS in adults.\n- NICE head injury guidance for CT head in adults; PECARN for kids rather than CHALICE, even though CHALICE is the UK one (APEC compared all three).\n- Wells + PERC for PE, Wells + D-dimer for DVT.\n- San Francisco syncope rule: no, its sensitivity fell apart in external validation; the Canadian Syncope Risk Score is better.\n- HEART score for chest pain, though with hs-troponin 0/1 h pathways it matters less.\nAlex, happy to share our department's one-page version.",
    # 058 vertigo thread between two members by first name
    "Vertigo thread, for the GPs who asked.\n\nSiobhan: acute vestibular syndrome (continuous vertigo, nystagmus, unsteady gait): HINTS+ in trained hands beats early MRI for posterior circulation stroke. Abnormal head impulse + direction-fixed nystagmus + no skew + no new hearing loss = peripheral (vestibular neuritis).\nRaj: episodic, positional, seconds: BPPV. Dix-Hallpike, then Epley for the posterior canal; supine roll test and Lempert (barbecue roll) for the horizontal canal. Brandt-Daroff exercises at home.\nSiobhan: episodic, hours, with fluctuating hearing loss, tinnitus and aural fullness: Ménière's. Betahistine evidence is weak (BEMED).\nRaj: episodic, variable, with migraine features: vestibular migraine, probably the commonest thing we miss. The Bárány Society criteria are worth a read.\nThanks Raj, good to do this together.",
    # 059 endocarditis eponyms, organisms, trials
    "Infective endocarditis update for journal club. The 2023 Duke-ISCVID criteria added PET-CT as a major imaging criterion, made Enterococcus faecalis and S. gallolyticus typical organisms regardless of setting, and made Bartonella and Coxiella burnetii serology (phase I IgG ≥1:800) major. Minor criteria still include Janeway lesions, Osler's nodes, Roth spots and a positive rheumatoid factor.\n\nS. gallolyticus (formerly bovis biotype I) still means colonoscopy. HACEK organisms are rarely a problem now that modern blood-culture systems grow them within 5 days. And POET supports partial oral step-down in stable left-sided IE once the patient has settled.",
    # 060 rheumatic heart disease: Jones criteria, regions/countries, guideline site
    "RHD is still everywhere in the Pacific, Northern Australia and Aotearoa, and the 2015 revision of the Jones criteria matters here: in a moderate-high risk population, monoarthralgia and polyarthralgia count, fever ≥38.0 and ESR ≥30. The Australian guideline on rhdaustralia.org.au goes further for Aboriginal and Torres Strait Islander children.\n\nSecondary prophylaxis: benzathine penicillin G 1.2 MU IM every 28 days, or every 21 days after breakthrough ARF or with severe disease. Lignocaine in the syringe and a vibration device make a big difference to adherence in kids. WHF echo criteria (2023 update) for screening. GOAL (Uganda) showed prophylaxis reduces progression of latent RHD.",
    # 061 melioidosis: Darwin-named study, regions
    "Wet season reminder for anyone new to the Top End, Cape York or the Kimberley: melioidosis, Burkholderia pseudomallei. Risk factors in the Darwin Prospective Melioidosis Study: diabetes, hazardous alcohol, CKD, chronic lung disease, immunosuppression. Pneumonia in about half, bacteraemia in ~55%, prostatic abscess in a fifth of men (image the prostate!). Mortality in that cohort fell to ~10% with early meropenem.\n\nIntensive phase: ceftazidime or meropenem for at least 14 days (longer for deep foci), then eradication with co-trimoxazole for 3 months; the DPMS group's data say 3 is enough for most. Tell the lab it's ?melioid, it's a risk group 3 organism.",
    # 062 one-liner: lab values and murmur grade
    "2/6 ESM at the LSE, BP 138/84, Na 131, K 5.4, eGFR 48, Hb 104, BNP 310. Pre-op referral says 'incidental murmur ?AS, please advise'. Echo wait is 14 weeks. Who else is drowning in these?",
    # 063 ICD codes, editions, years alone
    "Clinical coding question for the UK / ANZ people. Our coders keep querying 'type 2 MI'. ICD-10-CM has I21.A1 for it, but there's no equivalent in ICD-10-AM or the UK edition, so it falls back to I21.4 (NSTEMI) or I24.8 depending on wording. Meanwhile AKI (N17.9) plus sepsis (A41.9) changes the AR-DRG and HRG dramatically, and E11.65 in the US ('T2DM with hyperglycaemia') has no clean match here. When ICD-11 arrives, T2DM becomes 5A11 and none of our templates will match.\n\nDoes anyone have a one-page crib for juniors on what to write in discharge summaries so the coding reflects actual complexity?",
    # 064 XDR typhoid: province, country, vaccine brand, agencies
    "XDR typhoid update from Sindh for colleagues abroad who see returning travellers: S. Typhi H58 lineage resistant to chloramphenicol, ampicillin, co-trimoxazole, fluoroquinolones and third-generation cephalosporins. Options are azithromycin (oral, uncomplicated) and meropenem (complicated or septic). Azithromycin-resistant strains have been reported, so cultures matter. Typbar-TCV, rolled out in the 2019 campaign, has made a real difference in children. Widal is useless, please stop sending it. The CDC travel notice and the WHO position paper on typhoid conjugate vaccines are worth reading before any trip to Pakistan.",
    # 065 monsoon fevers: Kyasanur Forest, Weil's, Western Ghats, states
    "Monsoon fevers in coastal Karnataka and Goa, the differential I give our interns:\n1. Scrub typhus (Orientia tsutsugamushi): look for the eschar in the groin, axilla, under the bra line. Weil-Felix OX-K is insensitive; use IgM ELISA. Doxycycline.\n2. Leptospirosis (Weil's disease in its severe form): calf tenderness, conjunctival suffusion, AKI with hypokalaemia. Penicillin or doxy.\n3. Dengue: NS1 early, IgM after day 5. Platelets don't predict bleeding.\n4. Malaria: mostly P. vivax, some falciparum.\n5. Kyasanur Forest disease in the Western Ghats: monkey deaths are the clue, tick-borne, haemorrhagic.\n6. Typhoid, and don't forget melioidosis, underdiagnosed in India.\nAny additions from Kerala colleagues?",
    # 066 DR-TB regimens and trials, provinces
    "DR-TB regimen changes in South Africa, for those outside the public sector: BPaLM (bedaquiline, pretomanid, linezolid, moxifloxacin) for 6 months is now standard for RR-TB in most adults, based on TB-PRACTECAL; BPaL without moxi for FQ-resistant disease (Nix-TB, ZeNix). Linezolid 600 mg daily rather than 1200 reduced neuropathy and myelosuppression in ZeNix. ECG monitoring for QTc at baseline and weeks 2, 12 and 24. Xpert MTB/RIF Ultra for diagnosis, LPA for FQ and INH resistance, LF-LAM in advanced HIV. KZN and Gauteng carry the highest caseloads; the Western Cape runs its own decentralised model.",
    # 067 Jamaican vomiting sickness, ciguatera, countries
    "Jamaican vomiting sickness still turns up: unripe ackee, hypoglycin A, profound hypoglycaemia with vomiting and then seizures, classically in children. Treat the glucose, don't wait for the history. In the same season, ciguatera from reef fish (barracuda, grouper) across the Caribbean: temperature reversal is the giveaway, and the mannitol evidence is weak. Both are notifiable to CARPHA. If you see tourists back from Jamaica, Trinidad and Tobago or the Bahamas, add chikungunya and dengue to the list.",
    # 068 dengue: Wolbachia, vaccine brands, classification, countries
    "Dengue in Singapore and Malaysia: Project Wolbachia releases (Wolbachia-carrying male Aedes aegypti) have cut cases substantially in release areas. Vaccines: Dengvaxia only for seropositive 9-45-year-olds (the CYD-TDV safety signal in seronegatives); Qdenga (TAK-003) is approved in several countries but not on the national schedule here yet. The WHO 2009 classification (dengue ± warning signs, severe dengue) still drives admission. NS1 is best on days 1-5, IgM after day 5, and secondary infections may be NS1 negative. Watch for a haematocrit rise over 20%.",
    # 069 registrar chat: three members by first name, weekdays and a bank holiday, no patient
    "[Reg group chat, pasted for the rota discussion]\nHannah: can someone swap my Sat night for a Tues? wedding\nDev: I'll take Sat if you take my bank holiday Monday long day\nHannah: deal. Dev you're a star\nMarcus: reminder the rota coordinator wants swaps on the form, not WhatsApp, or they don't count for exception reporting\nDev: yes boss 🙃\n\nQuestion for the group: how do your departments handle swaps? We keep getting rota gaps because swaps agreed in the chat never make it into the system.",
    # 070 emergency and crash numbers, countries
    "Emergency numbers I've had to learn moving around the Commonwealth: 999 (UK), 112 (EU, and works on mobiles almost everywhere), 000 (Australia), 111 (NZ, which is confusingly the NHS non-urgent line in the UK), 10177 (South African ambulance), 108 (ambulance in most Indian states), 1122 (Rescue 1122 in Pakistan), 995 (Singapore), 999 again in Malaysia. In hospital it's 2222 for the crash team in the UK, but my last Australian hospital used 55 and my KZN job used an overhead call. The number of times a locum has dialled 999 from a ward phone...",
    # 071 literature and guideline links, DOI, PubMed id
    "Links people asked for after the hypertension talk:\n- NICE NG136 (hypertension in adults): nice.org.uk/guidance/ng136\n- SIGN guidelines: sign.ac.uk\n- PATHWAY-2 (spironolactone in resistant hypertension): doi.org/10.1016/S0140-6736(15)00257-3\n- SPRINT: pubmed.ncbi.nlm.nih.gov/26551272\n- Therapeutic Guidelines (tg.org.au) and bpac.org.nz for the ANZ crowd\n- CDC Million Hearts: cdc.gov/million-hearts\nFor home BP, the British and Irish Hypertension Society keeps a list of validated monitors on bihsoc.org.",
    # 072 neuro eponyms with diacritics, Erasmus score, tick species
    "Teaching case debrief (a composite, no real patient): ascending weakness after a diarrhoeal illness. Differential we walked through: Guillain-Barré (AIDP vs AMAN; AMAN after Campylobacter, anti-GM1), Miller Fisher (ophthalmoplegia, ataxia, areflexia, anti-GQ1b), Bickerstaff brainstem encephalitis, tick paralysis (Ixodes holocyclus on the east coast of Australia!), botulism, and transverse myelitis or Brown-Séquard if there's a level. Erasmus GBS Outcome Score and EGRIS for ventilation risk. IVIG 2 g/kg or PLEX; steroids don't help. And Wernicke's in anyone who's been vomiting: thiamine first, argue later.",
    # 073 GI bleed and liver scores: Glasgow, Rockall, Baveno, King's College criteria
    "Upper GI bleed scoring crib, since our new FY1s keep asking:\n- Glasgow-Blatchford: pre-endoscopy; a score of 0-1 can go home.\n- Pre- and post-endoscopy Rockall: mortality and rebleeding.\n- AIMS65: the US alternative.\nFor the liver: Child-Pugh A/B/C, MELD-Na (UK listing uses UKELD), Maddrey DF ≥32 and the Glasgow Alcoholic Hepatitis Score for steroids (STOPAH: prednisolone doesn't change 90-day survival), Lille at day 7 to stop them. Baveno VII: carvedilol to prevent decompensation, pre-emptive TIPS for Child C 10-13 or B >7 with active bleeding. King's College criteria for paracetamol ALF.",
    # 074 genes and place-named criteria (Amsterdam, Bethesda, Manchester)
    "Family history clinic question. For breast/ovarian we use CanRisk (BOADICEA) now rather than Manchester scoring or Tyrer-Cuzick, and test BRCA1, BRCA2 and PALB2, plus RAD51C/RAD51D/BRIP1 for ovarian. For bowel, the Amsterdam II criteria and revised Bethesda guidelines are basically obsolete since universal MMR IHC / MSI testing on every CRC (NICE DG27). Lynch: MLH1, MSH2, MSH6, PMS2, EPCAM; MLH1 promoter hypermethylation or BRAF V600E usually means sporadic. Li-Fraumeni is TP53, Cowden PTEN, Peutz-Jeghers STK11. Does anyone's service still use Amsterdam for anything?",
    # 075 diabetes device brands, NICE TA, trial names
    "Closed-loop roll-out under NICE TA943: what are people actually choosing? Our clinic: CamAPS FX on the mylife YpsoPump with Dexcom G6/G7 for younger kids and in pregnancy (AiDAPT), Medtronic 780G with Simplera for adults who want minimal input, Tandem t:slim X2 with Control-IQ for the tech-savvy, Omnipod 5 for the tubing-averse. FreeStyle Libre 3 integration is still patchy. The biggest practical issue is supply: consumables from three companies, and GPs can't prescribe half of them.",
    # 076 prostate MDT: PI-RADS, ISUP, trials incl. Stockholm3
    "Uro-oncology MDT practice question. For PI-RADS 3 lesions with PSA density <0.15, are you biopsying or surveilling? We've moved to transperineal biopsy under local anaesthetic, and for ISUP grade group 2 with low-volume Gleason 3+4 most of our men now choose active surveillance (ProtecT 15-year data). PSMA PET for high-risk staging per proPSMA. For metastatic hormone-sensitive disease, STAMPEDE, ARCHES, TITAN and ENZAMET made ADT alone almost indefensible. Stockholm3 is interesting but nobody's funding it here.",
    # 077 silicosis: state, ILO, Caplan syndrome, month + year not tied to a patient
    "Engineered stone silicosis, for those outside Australia: the national ban on engineered stone took effect in July 2024 after the Safe Work Australia report. We're still seeing young stonemasons in their 30s with accelerated silicosis and progressive massive fibrosis; several have been listed for lung transplant. ILO classification for the CXR, HRCT for anyone exposed. Queensland's screening found roughly 1 in 5 exposed workers affected, and coal workers' pneumoconiosis came back there too. If you see a tradie with scleroderma or RA nodules on the CXR (Caplan syndrome), ask about stone benchtops.",
    # 078 IBD scores: Mayo, Oxford, Montreal, Paris, Truelove and Witts
    "IBD scoring for the trainees: Truelove and Witts for acute severe UC (≥6 bloody stools plus one systemic feature), the Oxford criteria on day 3 (stool frequency >8, or 3-8 plus CRP >45, predicts ~85% colectomy), the Mayo score and UCEIS endoscopically, and the Montreal classification (E1-E3) for extent. For Crohn's: Montreal (A/L/B) and Paris (paediatric), Harvey-Bradshaw clinically, SES-CD endoscopically. Rescue therapy: infliximab or ciclosporin (CONSTRUCT found no difference). The Lichtiger index is mostly for trials.",
    # 079 phone-typed one-liner
    "anyone got the link for the RCEM sepsis toolkit? cant find it on the app and the wifi at work is useless",
    # 080 knowlesi malaria: states, island, countries, brand
    "Plasmodium knowlesi is now the commonest cause of malaria in Malaysia, especially Sabah and Sarawak. It's zoonotic from long-tailed and pig-tailed macaques, so 'malaria-free' certification doesn't cover it. It looks like P. malariae on the film but has a 24-hour cycle and can be severe: parasitaemia >20,000/µL or any severe criterion means IV artesunate. Uncomplicated: artemether-lumefantrine (Riamet) or another ACT. Thrombocytopenia is almost universal. Across Borneo, and in Indonesia, the Philippines and Thailand, ask about forest exposure.",
    # 081 Australian snakebite: Sutherland technique (person/place look-alike), snake names, antivenom brand
    "Snakebite in Australia, for IMGs starting in rural EDs: pressure immobilisation bandage (the Sutherland technique) on arrival, and don't take it off until you're ready to treat. Bloods at 0, 1, 6 and 12 h: INR, aPTT, fibrinogen, D-dimer, CK, FBC, film, creatinine. Eastern brown causes VICC usually without neurotoxicity; tiger, taipan and death adder give neurotoxicity; mulga (king brown) gives myotoxicity. One vial of the specific antivenom is enough; no more 'keep giving till the INR corrects'. Don't use the venom detection kit to decide whether to treat, only which antivenom. CSL polyvalent if you don't know.",
    # 082 M&M design: Swiss cheese, Francis and Kirkup reports (person-named), no patient
    "How do you run a good M&M? Ours had become a blame session, so we rebuilt it: Reason's Swiss cheese model on a slide at the start, SEIPS 2.0 for the systems analysis, a rule that the trainee involved doesn't present their own case, and every case ends with an action owner and a deadline. Actions are linked to the Datix and to LocSSIPs where relevant. If you're new to this, re-read the Francis Report and the Kirkup report on maternity; it's depressing how often the same failures show up. Learning from Excellence (positive reporting) has been our single most popular change.",
    # 083 Australian aged-care deprescribing: drug brands, Beers criteria
    "Deprescribing in residential aged care, an Aussie GP's starter list: Endone or Targin for 'back pain' from a hospital admission three years ago; Stilnox; Seroquel 25 mg at night for sleep (it's not a sleeping tablet); Lyrica with no neuropathic diagnosis; a Norspan patch plus Panadol Osteo plus PRN Endone. The Beers criteria and STOPP/START v3 are good frames. The PBS authority changes for opioids helped a bit. Residential Medication Management Reviews with a pharmacist are still the best tool we've got.",
    # 084 ordinary-word and surname eponyms: Still's, Sweet, Graves, Hunter, Christmas disease
    "Eponyms that trip up our international students because they sound like ordinary words or surnames: Still's disease (and yes, adult-onset Still's is still a diagnosis of exclusion), Sweet syndrome, Graves' disease, Hunter syndrome, Addison's, Conn's, Cushing's, Crohn's, Hodgkin lymphoma, Wilson's disease, Gilbert's syndrome, Paget's disease of bone (and of the nipple), Barrett's oesophagus, Bell's palsy, Whipple's disease and the Whipple procedure, Fanconi anaemia vs Fanconi syndrome. Best of all: Christmas disease, which is haemophilia B and nothing to do with December.",
    # 085 fractions and shorthand used in UK notes
    "Fractions and shorthand our IMG trainees say confused them in UK notes: 'GCS 14/15', '2/6 ESM', 'power 4/5 L hip flexion', 'AMTS 7/10', 'MoCA 22/30', '4AT 5', 'VA 6/9 R, 6/12 L' (Snellen in metres, vs 20/30 in the US), 'Apgars 7 and 9', 'Bishop score 8', 'Centor 3', 'FeverPAIN 4', 'CFS 6', 'NEWS2 5', '1/52', '3/12', 'TDS', 'BD', 'PRN', and '?#NOF' for a suspected hip fracture. Anyone have a good glossary for new starters?",
    # 086 saints in medicine: saint-named diseases and consensus, Saint's triad
    "Pub quiz round our registrars wrote for the Christmas do, 'Saints in medicine': 1) St Anthony's fire (ergotism; sometimes erysipelas), 2) St Vitus' dance (Sydenham chorea), 3) St John's wort (induces CYP3A4: watch the pill, warfarin, ciclosporin), 4) St Louis encephalitis (a flavivirus), 5) the St Gallen consensus (breast cancer), 6) St Apollonia, patron saint of toothache. Bonus: Saint's triad (gallstones, hiatus hernia, diverticulosis) isn't religious at all, it's named after a surgeon. The ED nurses won, as usual.",
    # 087 years alone, guideline versions
    "Since 2019 our trust has changed its sepsis pathway four times: Sepsis-3 definitions, NEWS2, the 2021 Surviving Sepsis Campaign guideline and now the 2024 NICE NG51 update, which finally drops 'antibiotics within the hour for everyone' for NEWS2 5-6. Meanwhile the 1990s-era SIRS criteria refuse to die on our ED proforma. Does anyone have a pathway that's been stable for more than two winters?",
    # 088 poll results thanking two members by handle and first name, trials, brands
    "Poll results (142 votes): 'Do you give IV iron to heart failure patients with ferritin <100 regardless of Hb?' Yes 61%, only if anaemic 22%, no 17%. Thanks @cardio_deepa for the idea and @hf_nurse_jo for the IRONMAN / AFFIRM-AHF / HEART-FID summary. Ferinject vs Monofer: most of you use ferric derisomaltose because of hypophosphataemia (PHOSPHARE). Deepa, next poll on SGLT2i in HFpEF?",
    # 089 site report: ward, bay and bed numbers, counts
    "Site report at 0800, for those who asked what OPEL 4 looks like: ED 62 patients, 19 waiting for a bed, longest 31 h. AMU 36/36. Ward 7B closed to admissions (norovirus in bays C and D). 6 medical outliers on surgical wards (Ward 22 beds 3, 5 and 11; Ward 24 beds 1, 2 and 7). ITU 14/14 with one level 3 in recovery. SDEC shut for beds, corridor care in majors 1-8. 2222 calls overnight: 4. Discharges before 10am yesterday: 11. How have others got pre-noon discharges up?",
    # 090 long teaching post on hyponatraemia: eponyms with diacritics, formulas, trials, values
    (
        "Long teaching post: hyponatraemia on the medical take, the way I teach it to new SHOs. Corrections welcome.\n\n"
        "1. Is it real? Check glucose (translocational), and lipids/paraproteins if the lab uses indirect ISE. Serum osmolality <275 = true hypotonic.\n"
        "2. How sick? Severe symptoms (seizures, GCS <9, vomiting with confusion): 150 mL 3% NaCl over 20 min, repeat up to twice, aiming for +5 mmol/L in the first hour (European 2014 guideline; SALSA supported rapid intermittent bolus over slow infusion). Limit correction to 10 mmol/L in 24 h, or 8 if high risk of ODS (alcohol, malnutrition, hypokalaemia, liver disease).\n"
        "3. Urine osmolality <100: beer potomania, tea and toast, primary polydipsia. >100: go on.\n"
        "4. Urine Na <30 suggests low effective circulating volume (hypovolaemia, heart failure, cirrhosis). >30 off diuretics: SIADH, adrenal insufficiency (Addison's: 9am cortisol or short Synacthen), hypothyroidism (rarely), renal or cerebral salt wasting.\n"
        "5. SIADH: Schwartz-Bartter criteria. Causes: drugs (SSRIs, carbamazepine, PPIs; thiazides are a special case), lung (pneumonia, SCLC), CNS, pain, nausea, post-op.\n"
        "6. Treatment of SIADH: fluid restriction 500-1000 mL, then urea (Ure-Na 15-30 g), then tolvaptan with endocrine input (SALT-1/2). Demeclocycline is largely abandoned.\n"
        "7. Overcorrection: if Na rises too fast, give 5% dextrose and consider desmopressin 2 mcg IV (the DDAVP clamp described by Sterns).\n"
        "8. Gitelman and Bartter syndromes are a different picture: young people with hypokalaemia and metabolic alkalosis, Na usually normal.\n\n"
        "Useful formulas: Adrogué-Madias for predicting the change per litre of infusate (overestimates in practice), and the free water deficit for hypernatraemia. Na 128 with urine osm 450 and urine Na 60 on sertraline is SIADH until proven otherwise.\n\n"
        "Common mistakes I see: giving 0.9% saline in SIADH (the Na falls), fluid-restricting a hypovolaemic patient, and ordering a 'random cortisol' at 4pm."
    ),
    # 091 IMG English: snakebite protocol, Russell's viper eponym, cited author, state
    "Respected seniors, kindly share your protocol for snake bite management. In our PHC in Tamil Nadu we are following the national snakebite protocol: 20WBCT at admission and every 6 hours, ASV 10 vials for haemotoxic bites (Russell's viper, saw-scaled viper) and neurotoxic (cobra, common krait). Neostigmine with atropine we are giving only if cobra is suspected, as per Warrell's book. Question: is repeat ASV needed if 20WBCT remains incoagulable at 6 hours? Some of our seniors give another 10 vials, some wait for 12 hours. Thanks in advance and please do the needful.",
    # 092 Pakistani HCV: province, programme, brand, genotype
    "Dear colleagues, sharing our experience with HCV treatment in Punjab. We are using sofosbuvir + daclatasvir for 12 weeks (24 if cirrhotic), SVR12 about 95% in genotype 3. Sofosbuvir/velpatasvir (Epclusa) is better for decompensated disease but costs more. The national elimination programme targets 2030. The big problem remains reinfection from unsafe injections by quacks with reused syringes. Does anyone have data on sof/vel vs sof/dac in genotype 3 with cirrhosis?",
    # 093 Irish health system for IMGs: schemes and institutions, no patient
    "For IMGs moving to Ireland: GMS (medical card) vs GP visit card vs private; the Drug Payment Scheme caps monthly costs; the Fair Deal scheme (Nursing Homes Support Scheme) for long-term care; Sláintecare is the reform plan nobody can explain. Register with the Medical Council, not the GMC. Training is through the RCPI, RCSI or ICGP. You'll hear 'the HSE' about everything. Night cover in smaller units is often a single NCHD for the whole medical take, so check the NCHD contract for hours; the EWTD is supposed to apply.",
    # 094 NZ Pharmac: Maori and Pacific peoples, bpac link, Whanau Ora
    "Pharmac funding update for NZ GPs: the empagliflozin and dulaglutide special authority criteria explicitly prioritise Māori and Pacific peoples with T2DM and cardiovascular or renal disease, and the eGFR thresholds have changed. bpac.org.nz has a good summary. Anyone finding the HealthPathways localisation helpful? Honestly, the Whānau Ora navigators in our practice have done more for HbA1c than any drug.",
    # 095 Caribbean hurricane planning: hurricane name Beryl, countries incl. a saint-named one, agencies
    "Hurricane season dialysis planning, Caribbean colleagues: after Hurricane Beryl flattened parts of Grenada and St Vincent and the Grenadines, our unit rewrote its plan. Every patient gets a 3-day emergency diet sheet (low K, low fluid), a printed copy of their dry weight and last labs, and an extra session in the 48 h before landfall. We coordinate with PAHO and CDEMA on evacuation flights for HD patients, and keep a Lokelma stockpile. Better ideas for PD patients who lose power?",
    # 096 holiday greetings not tied to any patient
    "Happy Diwali / Deepavali to everyone working tonight 🪔, Eid Mubarak to those who were on last week, and good luck to the ANZ crowd with your Christmas rosters.",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc27-024": [{"name": "Natalie Brooks", "handle": "@neuro_nat"}],
    "pc27-031": [{"name": "Kavya Menon"}, {"name": "Faisal Qureshi", "handle": "@drfaisal_neph"}],
    "pc27-036": [{"name": "Imran Malik"}],
    "pc27-052": [
        {"name": "Tolulope Bankole", "handle": "@tolu_medreg"},
        {"name": "Kwame Asante", "handle": "@kwame_icu"},
        {"name": "Sarah Lawson", "handle": "@drsarahlaw"},
    ],
    "pc27-057": [{"name": "Alex Fairweather", "handle": "@alex_ed_reg"}],
    "pc27-058": [{"name": "Siobhan Walsh"}, {"name": "Raj Pillai"}],
    "pc27-069": [{"name": "Hannah Cole"}, {"name": "Dev Shah"}, {"name": "Marcus Reid"}],
    "pc27-088": [
        {"name": "Deepa Raman", "handle": "@cardio_deepa"},
        {"name": "Jo Whitlock", "handle": "@hf_nurse_jo"},
    ],
}

build, render, main = first_set.blind_set(
    "pc27", Path(__file__).with_name("physician_cases_27.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
