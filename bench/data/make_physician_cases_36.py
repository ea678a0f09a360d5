# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 36: primary care and chronic disease in small places.

Posts by GPs, family physicians, rural generalists, remote-area and home-visit doctors,
community health nurses' and village health workers' reports relayed by doctors, and
pharmacy and care-home liaison, from the US (Appalachia, Navajo Nation, Lakota country,
Montana, Alaska), Canada (northern Manitoba, Nunavut, Newfoundland, the BC interior),
Scotland (Shetland, the Highlands), Wales, Norway, Greece, Turkey, Kenya, Uganda, South
Africa, Sri Lanka, Indonesia, Fiji, Australia and New Zealand. Formats: network posts and
replies, phone-typed lower-case messages, dictations, pasted practice-system summaries,
repeat-prescription lists, care plans, lab result messages, village health-team and
community health volunteer reports, referral letters and care-home handovers. Patients
are farmers, fishermen, miners, herders, estate workers and the very old at home. The
PHI-free posts hold guideline and protocol talk, eponyms and place-named diseases (Lyme,
Ross River, Q fever, Chagas, Kyasanur, Mal de Meleda), scores and criteria, trials, drug
and device brands, doses and lab values, public organisations and programmes, public
links to literature, conference and guideline dates, weekdays, countries and regions.

Annotation conventions:
- PT: the patient's name in any form (full, given name only, surname only, "SURNAME, Given",
  with a nickname in brackets, a nickname alone); Butonese "La Ode"/"Wa Ode" belong to the
  name. Titles and kin terms (Dr, Mr, Mrs, Kyria, Kyrios, Bapak, Ibu, Mzee, Bw., Nene, Ratu,
  Chief, Ds., Parch.) stay outside.
- REL: relatives, carers, neighbours, chiefs, farmers and employers, labour brokers,
  ministers, governesses and any other non-clinician named about the patient. HCP:
  clinicians named about the patient's care who are not network members (doctors, nurses,
  pharmacists, community health workers, CHVs, VHTs, CHRs, health aides, kader); "Dr",
  "Sister", "Nurse", "CHA", "RN" stay outside.
- Network colleagues (the poster, repliers, @mentions, sign-offs, the doctor a patient's
  email is addressed to) are not tagged and are listed in MEMBERS; a patient or relative
  who shares a first name with a member is still tagged.
- Geography is tagged only when tied to the patient or a relative (where they live, work,
  fish, herd, were seen, are sent, or where a relative lives); geography in general
  statements is untagged. Countries and the states, provinces and territories of the US,
  Canada, Australia and Indonesia are never tagged.
- STREET: street addresses, house names, rural routes, highway contract and box numbers,
  RD numbers, site/box lines, lots, stands, line rooms, RT/RW blocks; the town after a
  comma is tagged separately. TOWN: cities, towns, villages, hamlets, outports, settlements,
  kommuner, köys, desas and dusuns, Fijian villages and Aboriginal, Inuit and First Nations
  communities. COUNTY: every other regional unit below the country (counties, districts,
  sub-counties in Kenya, provinces of Fiji and Turkey, kabupaten, fylker, Greek and NZ
  regions, Welsh counties, South African municipalities). PLACE: other named locations:
  reservations, parishes, Ugandan sub-counties, sub-locations, wards, kecamatan, tikina,
  mahalle, estate divisions, named farms, crofts, ranches, stations and outstations,
  camps, islands, pastures, landing sites, landmarks, and a mile marker with its road.
  Descriptors ("County", "Kabupaten", "Pulau", "station", "outstation", "village",
  "sector", "mahallesi", "pasture", "sub-county", "district", "ward") stay outside unless
  part of the proper name ("Plaas Rietfontein", "Pavilion Lake", "Mageta Island", "Usenge
  beach", "Lasithi plateau"). ZIP: ZIP codes, postcodes and postal codes.
- FAC: named hospitals, clinics, health centres, Puskesmas, nursing stations, care homes,
  labs, pharmacies, mines and companies, boats' owning firms, co-ops, schools, churches,
  marae, band offices, cafes, casinos, stores and trading posts tied to the patient.
  Health authorities, insurers, national programmes and transport or interpreter services
  (IHS as an agency, Interior Health, RFDS, AIS, AMREF, Lifeflight, WAST) are untagged; drug
  and device brands are never FAC.
- DATE: any date more specific than a year, in any format, including a month alone when it
  dates a patient event ("in May", "januar 2024"), a day alone ("the 4th"), spelled-out
  dictated dates and a date with its time. A weekday stays outside the span; weekdays
  alone, relative phrases ("last year", "kemarin sore"), recurring seasons and months
  ("from May to October"), and dates of guidelines, campaigns or meetings are untagged.
  YEAR: a year alone tied to the patient (each year of a range separately).
- AGE: only ages over 89, the number only (in "94 år" only "94").
- PHONE, PAGER, FAX: the number only, with country code and spacing as written; public
  helplines are untagged. EMAIL, URL, IP, HANDLE (patients' and relatives' usernames on
  social, video and device platforms): the identifier only.
- SSN: national identity numbers of every country (SSN, CHI, NHS number, NHI, AMKA,
  fødselsnummer, TC kimlik, Kenyan and South African IDs, Ugandan NIN, Sri Lankan NIC,
  Indonesian NIK, Fiji TIN), including a mistyped one. PLAN: insurance and health-plan
  numbers (Medicare and Medicaid IDs, Part D member IDs, provincial and territorial health
  numbers, DVA cards, medical aid, SHA, BPJS, Medicare Australia with its IRN). MRN:
  hospital, clinic, chart, folder, inpatient and practice record numbers. ACCT: pharmacy,
  farm-supply, till and payment accounts. LIC: driver's, firearms, skipper and other
  licence or ticket numbers. PLATE: vehicle, quad and boat registrations. VIN: vehicle
  identification numbers. DEVICE: serial numbers and transmitter IDs of implanted and
  home devices. ID: every other identifying number (tribal enrolment, status and census
  numbers, Inuit disc numbers, household and register numbers, ART and TB numbers, lab
  numbers, prescription and e-prescription numbers, claim and transfer numbers, employee
  and farm numbers).
- Labels ("MRN", "NHI", "fnr", "TC", "Medshield"), possessive 's, "the", brackets and
  trailing punctuation stay outside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Kentucky family physician, retired coal miner with PMF, pasted chart header, colleague reply
    ("Anyone else seeing the PMF wave in retired underground miners? Latest one in our clinic in [[TOWN:Hazard]]: [[PT:Roy Dean Caudill]], 61, ran a continuous miner for [[FAC:Rockhouse Fork Mining]] at the [[FAC:Leatherwood No. 4]] portal until [[YEAR:2016]]. Lives way out [[STREET:HC 81 Box 3120]], [[TOWN:Cornettsville]] in [[COUNTY:Perry]] County, no cell signal so call the house line.\n"
     "Header from the chart:\n"
     "[[PT:CAUDILL, ROY D]]   DOB [[DATE:09/22/1962]]   MRN [[MRN:00481736]]\n"
     "Medicare MBI [[PLAN:4TQ8-PW2-MK61]]   Black lung claim [[ID:BL-2023-118847]]\n"
     "Home [[PHONE:(606) 555-0148]]   Dtr cell [[PHONE:606-555-0193]] ([[REL:Tammy Sexton]])\n"
     "FEV1 38% predicted, DLCO 41%, CXR large opacities category B. He quit Skoal in [[YEAR:2019]] but still smokes 1/2 ppd. Pulm at [[FAC:ARH Regional Medical Center]] (Dr. [[HCP:Nizam]]) wants him on the transplant list but he says he won't go to [[TOWN:Lexington]]. Ideas on getting him to even consider it? - Wes\n"
     "Reply @jhollo: we send ours to the black lung clinic at [[FAC:Mountain Comprehensive Health]] in [[TOWN:Whitesburg]] first, their benefits counsellor gets the DOL paperwork rolling and that buys trust."),
    # 002 Navajo Nation IHS clinic, diabetic foot, chapter and landmark directions
    ("IHS clinic update, [[FAC:Kayenta Health Center]]. [[PT:Harrison Begay]] (chart [[MRN:112847]], census # [[ID:N-0418872]]) 58M, T2DM x20 yrs, A1c 11.2, now with a plantar ulcer L 1st MTP, probe-to-bone positive. He hauls water for his mom [[REL:Lorraine Begay]], who is [[AGE:91]] and lives with him near [[PLACE:Rough Rock]] chapter: no address, directions in the chart say 'north of the [[PLACE:Many Farms]] junction 6.4 mi, turn west at the blue water tank, third hogan past the sheep corral.' CHR [[HCP:Elsie Yazzie]] does weekly visits and can reach him on his sister's phone [[PHONE:928-555-0126]]. Navajo Nation ID on file, AHCCCS [[PLAN:A81472059]]. We're trying to get him to [[FAC:Tuba City Regional]] for MRI, he refuses to stay overnight because of the sheep. Last seen [[DATE:3/11]], next [[DATE:3/25]]."),
    # 003 Northern Manitoba nursing station, medevac, status number and PHIN
    ("Nursing station in [[TOWN:Shamattawa]] called this morning re: [[PT:Alvina Redhead]], DOB [[DATE:1988-06-02]], status no. [[ID:2870041203]], MB PHIN [[PLAN:118 402 667]]. G4P3 at 31 weeks, BP 168/104, protein 3+, headache since yesterday. Winter road closed, weather holding the Lifeflight so she's staying put on MgSO4 with nurse [[HCP:Janet Okemow]] until the plane can land. Husband [[REL:Roderick Redhead]] wants to come with her; kids going to his mother [[REL:Flora Miles]]. Receiving at [[FAC:Thompson General]], OB on call Dr [[HCP:Ikechukwu]], transfer # [[ID:MTCC-24-00917]]. Station phone [[PHONE:204-555-0113]], fax [[FAX:204-555-0114]]. Anyone with northern OB experience want to weigh in on labetalol vs nifedipine while we wait?"),
    # 004 Shetland GP, fisherman with crush injury history and AF, CHI and boat registration
    ("Bit of a remote-anticoag puzzle from the isles. [[PT:Magnus Isbister]], 67, still goes out on the [[PLATE:LK 241]] ([[FAC:Isbister & Sons]], crab and lobster) out of [[TOWN:Cullivoe]] on [[PLACE:Yell]]. New AF found at the surgery [[DATE:14th March]], CHA2DS2-VASc 2. He's adamant he won't take a DOAC on the boat because of the hand injury he had in [[YEAR:2011]] (rope, degloving, repaired at [[FAC:Gilbert Bain]] by Mr [[HCP:Rennie]]). CHI [[SSN:1704571283]]. Wife [[REL:Ina]] says he'll take it if I put it in the dosette she does on a Sunday.\n"
     "Contact for the pharmacy in [[TOWN:Brae]]: [[PHONE:01806 522 418]]; home [[PHONE:01957 744 306]]; [[PT:Magnus]]'s mobile (never on) [[PHONE:07700 900 461]].\n"
     "Thoughts @morag.f? You had a creel man with the same worry last year.\n"
     "Reply from Morag: apixaban, a lifejacket and a talk about bleeding risk. He'll be fine. Happy to see him at [[FAC:Mid Yell Health Centre]] if that's easier for the ferry."),
    # 005 Welsh farmer with farmer's lung, dictated referral letter, Welsh farm name
    ("Dictated, please type:\n"
     "Dear Dr [[HCP:Prydderch]], re: Mr [[PT:Gwilym Tudur Jenkins]], [[STREET:Tŷ Gwyn]], [[TOWN:Llanddewi Brefi]], [[TOWN:Tregaron]], [[COUNTY:Ceredigion]] [[ZIP:SY25 6RS]]. DOB [[DATE:04.11.1958]]. NHS no. [[SSN:639 482 1175]]. Hospital no. [[MRN:G0287341]].\n"
     "Thank you for seeing this 65-year-old dairy and sheep farmer who farms [[PLACE:Pantyfedwen]] with his son [[REL:Rhodri]]. He gives a two-year history of fevers and breathlessness four to eight hours after forking out the round bales in the lambing shed, worse since the wet summer of [[YEAR:2023]]. Precipitins to Saccharopolyspora rectivirgula positive. HRCT at [[FAC:Bronglais]] on [[DATE:2 February]] shows centrilobular nodules and mosaic attenuation. He is Welsh-speaking and prefers his appointments in Welsh; his wife [[REL:Eirlys]] will drive him, home number [[PHONE:01974 298 337]].\n"
     "Yours sincerely, Dr Siân Morgan, [[FAC:Meddygfa Tregaron]]"),
    # 006 Norwegian GP in Lofoten, fisherman, non-native English
    ("Hello from [[PLACE:Lofoten]]. I am fastlege in [[TOWN:Flakstad]] kommune and I have a question about a patient who is fisherman, [[PT:Arnfinn Hansen]] (fnr [[SSN:140357 43822]]), 66 years, lives [[STREET:Fredvangveien 118]], [[ZIP:8380]] [[TOWN:Ramberg]]. He has COPD GOLD 3 and still go out in winter season for skrei on his own boat [[PLATE:N-47-FL]]. In [[DATE:januar 2024]] he had exacerbation on the sea and the redningsskøyte had to take him to [[FAC:Gravdal sykehus]]. Now lungelege Dr. [[HCP:Eliassen]] says he must have oxygen at home, concentrator is installed (serial [[DEVICE:EV2-0418-77213]]) but he want to take portable oxygen on the boat. Is this safe with the diesel engine? His daughter [[REL:Kari Hansen Moe]] is worried and has called me 4 times, her number [[PHONE:+47 915 38 204]]. Thank you for answers."),
    # 007 Greek island doctor, very old woman, son in Athens
    ("Island GP, [[PLACE:Kythera]]. Kyria [[PT:Eleni Kasimati]], [[AGE:93]], lives alone in [[TOWN:Mylopotamos]] above the [[FAC:Kafeneio O Platanos]] (everyone knows the house with the blue door). AMKA [[SSN:03083100417]]. HFpEF, AF on apixaban 2.5 bd, eGFR 28. Fell on [[DATE:12/4]] on the church steps of [[FAC:Agia Sofia]] coming from the liturgy, no fracture on X-ray at the health centre. Her son [[REL:Panagiotis]] in [[TOWN:Athens]] wants her moved to him, she refuses, says she will die in the village like her mother. Neighbour [[REL:Maria Fatsea]] brings food daily, [[PHONE:27360 31482]]. Son's mobile [[PHONE:694 518 2207]], email [[EMAIL:p.kasimatis@otenet.gr]]. I visit every Tuesday. Is it time for a formal capacity assessment or am I overstepping? The ferry to the mainland is twice a week, so transfer is not simple either."),
    # 008 Turkish aile hekimi, eastern Anatolia village, hypertension and mobile number
    ("Aile hekimiyim, [[COUNTY:Muş]] [[COUNTY:Varto]] ilçesi. Writing in English for the group. Patient [[PT:Fadime Aydın]], 72, from [[TOWN:Kayalıdere]] köyü, TC [[SSN:38451207764]]. Resistant hypertension 190/110 on amlodipine 10, ramipril 10, HCTZ 25. She lives with her son [[REL:Mehmet Ali]] who is shepherd and is up at the yayla from May to September, so nobody gives her the pills. The village imam's wife [[REL:Hatice]] reads her the box. Village has no pharmacy; nearest [[FAC:Şifa Eczanesi]] in [[TOWN:Varto]] center, 45 km in winter road. Son's number [[PHONE:0 (536) 418 27 95]]. I think primary aldosteronism screening, but [[FAC:Muş Devlet Hastanesi]] cannot do renin until next month. Any ideas for simple regimen for illiterate patient?"),
    # 009 Kenyan CHV monthly report pasted by sub-county MO, with colleague reply
    ("Sharing a CHV referral from last week, typed as received (names of household kept because we need help tracing):\n"
     "COMMUNITY HEALTH UNIT: [[FAC:Nyamninia CHU]]   LINK FACILITY: [[FAC:Ramula Health Centre]]\n"
     "CHV: [[HCP:Pamela Akinyi Odhiambo]]   Household No: [[ID:HH-0314-027]]\n"
     "Client: [[PT:Jared Otieno Ouma]]  Sex: M  Age: 46  ID No: [[SSN:23847719]]\n"
     "Village: [[TOWN:Kagwa]]  Sub-location: [[PLACE:Nyamninia]]  [[COUNTY:Siaya]] County\n"
     "Reason: cough >2 wks, night sweats, weight loss, fisherman at [[PLACE:Usenge beach]], wife [[REL:Roseline Achieng]] also coughing. Sputum not collected, client went back to the lake [[DATE:12/06/2024]].\n"
     "Contact: [[PHONE:0722 418 906]] (self), [[PHONE:0713 552 048]] (beach BMU chairman Mzee [[REL:Okoth]])\n"
     "SHA no: [[PLAN:SHA-4471-8820-31]]\n"
     "-- He moves between [[PLACE:Mageta Island]] and [[PLACE:Usenge]] with the omena catch. How are others managing mobile fishermen with presumptive TB? GeneXpert is at [[FAC:Siaya County Referral Hospital]], 2 hrs by boda. - Brian\n"
     "Reply (Dr Wairimu Kamau): Talk to the BMU, they know which camp. We give the CHV falcon tubes and a cool box and she goes to the landing at 6am when the boats come in."),
    # 010 Ugandan VHT report, village and parish structure, ART number
    ("VHT report forwarded by the in-charge, [[FAC:Kasensero HC II]], [[COUNTY:Rakai]] district.\n"
     "Name: [[PT:Nakato Sylvia]]  Age 34  NIN [[SSN:CF90044102MKLA]]\n"
     "Village: [[TOWN:Kigaya]] LC1, Parish [[PLACE:Kasensero]], Sub-county [[PLACE:Kyebe]]\n"
     "ART No: [[ID:KAS/ART/0917]]  Clinic card [[MRN:0417/23]]\n"
     "Problem: missed refill [[DATE:3rd April]], VL [[DATE:Jan 2024]] 12,400 copies. Works at the fish landing drying mukene, lives with mother [[REL:Namubiru Margaret]]. Husband [[REL:Ssekandi]] not disclosed to.\n"
     "VHT: [[HCP:Kato Fred]] tel [[PHONE:0772 314 558]]\n"
     "Client tel [[PHONE:0701 448 920]] (borrowed)\n"
     "We are planning a home visit with the expert client. Anyone using community ART refill groups at landing sites successfully? Our CDDP model fails when the fish moves."),
    # 011 South African rural clinic, farm worker, hypertension and TB, 13-digit ID
    ("Doctor at [[FAC:Glen Grey Hospital]], [[TOWN:Lady Frere]], supporting the clinics. One from [[FAC:Cacadu Clinic]] for advice:\n"
     "Mr [[PT:Themba Mqhayi]], ID [[SSN:6805125839087]], folder no. [[MRN:CAC-11872]], 56, seasonal worker on [[PLACE:Plaas Rietfontein]] (farmer Mr [[REL:Koos van Wyk]], [[PHONE:045 943 1176]]). Lives at [[STREET:Stand 2145]], [[TOWN:Zola]] village when not on the farm. Drug-sensitive TB diagnosed [[DATE:2024-02-19]], now month 3, also BP 178/112. His wife [[REL:Nosipho]] collects his meds on his behalf because he sleeps on the farm during the week. Cell [[PHONE:082 447 1093]].\n"
     "Sister [[HCP:Ntombizodwa Ngcukana]] asks if he can get a 2-month supply of TB meds while working, and whether amlodipine + HCTZ is OK with rifampicin (I know the answer for amlodipine). Medical aid: none. SASSA grant number on file."),
    # 012 Sri Lankan tea estate medical officer, line room address, NIC
    ("Estate medical officer here, [[FAC:Galaboda Estate]] ([[PLACE:Upper Division]]), [[COUNTY:Nuwara Eliya]] district. Tea plucker Mrs [[PT:Selvaraj Pushpam]], 49, NIC [[SSN:751234567V]], [[STREET:Line room 14, No. 3 Line]], presenting with Hb 6.8, hookworm ova on stool, BP 150/95. Husband [[REL:Selvaraj]] is a factory worker on night shift; daughter [[REL:Kalaivani]] is her English contact, [[PHONE:077 458 2291]]. Estate dispensary register no. [[MRN:GB/ED/2024/0318]]. Referred to [[FAC:Base Hospital Dickoya]] on [[DATE:18.03.2024]] but she returned after one day because of pay loss on the estate. The kangany says she can come Sunday only. How to plan iron infusion in this setting?"),
    # 013 Indonesian Puskesmas doctor, NTT, stroke follow-up, NIK and BPJS
    ("Selamat siang dokter-dokter. I am doctor PTT at [[FAC:Puskesmas Waipukang]], Kabupaten [[COUNTY:Lembata]], NTT. Patient Bapak [[PT:Yohanes Bala Tupen]], 63, fisherman (tuna hand line), address [[STREET:RT 003/RW 002]], Desa [[TOWN:Lamalera A]], Kecamatan [[PLACE:Wulandoni]]. NIK [[SSN:5313041207610003]], BPJS [[PLAN:0001837265514]]. Stroke [[DATE:20 Februari]], left hemiparesis, BP still 180/100. Rujukan to [[FAC:RSUD Lewoleba]] but family refuse because the boat and the ceremony of whale hunting season. Wife Ibu [[REL:Maria Ema]] gives medicines. Kader posyandu lansia Ibu [[HCP:Theresia]] checks BP every week, WA [[PHONE:0812-3847-1162]]. We only have amlodipine and captopril in stock. Advice please, terima kasih."),
    # 014 Fijian nursing station, RHD secondary prophylaxis schedule
    ("RHD register query from [[FAC:Nabouwalu Health Centre]], [[COUNTY:Bua]] province.\n"
     "[[PT:Litia Tuivanua]], F, DOB [[DATE:07/09/2009]], RHD register no. [[ID:RHD-BU-0223]], village [[TOWN:Navakasobu]], tikina [[PLACE:Lekutu]]. Benzathine penicillin 4-weekly, doses given [[DATE:05/01]], [[DATE:02/02]], missed [[DATE:01/03]] (family at a funeral in [[TOWN:Labasa]]), given late [[DATE:19/03]]. Echo last year: moderate MR, mild AR.\n"
     "Mother [[REL:Salote]] says she cries with the injection and the school ([[FAC:Lekutu Secondary]]) teacher sends her home after. Father [[REL:Jone]], [[PHONE:927 3381]]. Turaga ni koro Ratu [[REL:Isikeli]] has the village phone [[PHONE:880 4127]].\n"
     "Nurse [[HCP:Vasemaca]] wants to try lignocaine-buffered BPG. Anyone in Fiji doing this already?"),
    # 015 NT remote Aboriginal community clinic, kidney disease, colleague mention
    ("Remote clinic, [[TOWN:Ngukurr]]. [[PT:Jimmy Wurramara]] (HRN [[MRN:0048127]], Medicare [[PLAN:2947 18365 1]]), 52, eGFR 14 and falling, has said clearly he won't go to [[TOWN:Darwin]] for dialysis, wants to stay on country at [[PLACE:Costello]] outstation. His wife [[REL:Dulcie]] and his brother-in-law [[REL:Roger Thompson]] (the ranger) are both behind him. He's happy to do a renal supportive care plan with us and [[FAC:Purple House]] are talking about the remote truck. Kidney nurse [[HCP:Mel O'Shea]] visits every 4th week from [[TOWN:Katherine]].\n"
     "@nadia.c can you help with the paperwork for the [[FAC:Miwatj]] palliative team? His mob also want an interpreter present (Kriol) at family meeting, booked for Thursday [[DATE:16 May]] with AIS. Clinic number [[PHONE:(08) 8975 4470]].\n"
     "Thanks, Tom"),
    # 016 Northland NZ rural GP, NHI, marae; patient shares first name with member
    ("Kia ora koutou. Rural GP up north, [[FAC:Te Hiku Hauora]]. @aroha.k I think you'll know the whānau, so tagging you.\n"
     "[[PT:Aroha Tipene]], 44, NHI [[SSN:ZHT62KX]], lives [[STREET:1182 State Highway 10, RD 2]], [[TOWN:Kaeo]] [[ZIP:0478]], near the [[FAC:Mangaiti marae]]. T2DM, HbA1c 94, eGFR 52, UACR 88. She's the main carer for her koro [[REL:Hemi Tipene]] who is [[AGE:92]] and her mokopuna. Kai is from the [[FAC:Four Square]] in [[TOWN:Whangaroa]] or the garden. Missed two appts at [[FAC:Kaitaia Hospital]] diabetes clinic because the car needs a WOF ([[PLATE:KTR482]]).\n"
     "Cell [[PHONE:021 447 308]], partner [[REL:Wiremu]] [[PHONE:027 558 1190]].\n"
     "Thinking empagliflozin + Ozempic if we can get the Special Authority through. Any tips for getting the DNS to do a home visit this far north? Ngā mihi, Hine"),
    # 017 US pharmacy liaison, repeat-prescription list pasted with Rx numbers
    ("From the pharmacy in town, faxed over with a question about duplicates:\n"
     "[[FAC:Kettle Falls Drug]]  -  [[STREET:590 Meyers St]], [[TOWN:Kettle Falls]] WA [[ZIP:99141]]  Ph [[PHONE:(509) 555-0171]]  Fax [[FAX:(509) 555-0172]]\n"
     "Patient: [[PT:HOLLAND, VERNA J]]   DOB [[DATE:02/14/1941]]   Acct [[ACCT:11-40873]]\n"
     "Addr: [[STREET:2214 Northport Flat Creek Rd]], [[TOWN:Northport]] WA [[ZIP:99157]]\n"
     "Ins: Medicare Part D, member ID [[PLAN:YXH40981127]]\n"
     "Rx# [[ID:6120449]] lisinopril 20mg 1 daily  last fill [[DATE:05/02]]\n"
     "Rx# [[ID:6131907]] lisinopril/HCTZ 20/12.5 1 daily  last fill [[DATE:05/09]] (VA clinic)\n"
     "Rx# [[ID:6098832]] warfarin 5mg as directed  last fill [[DATE:04/28]]\n"
     "Rx# [[ID:6141120]] Bactrim DS 1 bid x 7d  filled [[DATE:05/10]] (urgent care)\n"
     "Pharmacist [[HCP:Gary Tanaka]]: 'Pt says VA mails some too, she may be doubling ACE, and Bactrim + warfarin, INR?'\n"
     "She's 83, lives alone up the flat creek road, grandson [[REL:Cody]] checks on her Fridays. Called her [[PHONE:509-555-0138]], no answer. Going to drive out at lunch."),
    # 018 Scottish care home liaison, 96-year-old resident, DNACPR and next of kin
    ("Care home liaison email, for the practice team.\n"
     "Resident: Mrs [[PT:Jessie Mackintosh]], [[AGE:96]], Room 11, [[FAC:Cairngorm View Care Home]], [[STREET:Station Square]], [[TOWN:Grantown-on-Spey]] [[ZIP:PH26 3HH]]. CHI [[SSN:2207281146]].\n"
     "Senior carer [[HCP:Lorna Grant]] reports reduced intake x5 days, new confusion, 4AT 6, urine dip nitrites +. DNACPR and anticipatory care plan in place since [[DATE:10/11/2023]]. Power of attorney: nephew Mr [[REL:Donald Mackintosh]], [[STREET:Balnafettack]], [[TOWN:Nethy Bridge]], tel [[PHONE:01479 821 554]], mobile [[PHONE:07700 900 218]]. He wants her kept in the home, no admission to [[FAC:Raigmore]] unless comfort cannot be achieved there.\n"
     "Please could a GP visit today; [[FAC:Spey Valley Medical Practice]] duty line is busy, bleep [[PAGER:4417]] via switchboard if needed."),
    # 019 Australian residential aged care, DVA gold card, 91-year-old veteran
    ("RACF round notes, [[FAC:Uniting Mirrabooka]], [[TOWN:Cowra]] NSW.\n"
     "[[PT:Leslie Arthur Pratt]], [[AGE:91]], DVA Gold [[PLAN:NX284417]], Medicare [[PLAN:4281 53906 2/1]]. Korea vet, ex-shearer from [[PLACE:Merriwa Downs]] station. Wound R shin from wheelchair footplate [[DATE:22/7]], now cellulitic. Also on warfarin for mech AVR (INR target 2.5-3.5), last INR 4.1 on [[DATE:29/7]]. RN [[HCP:Bec Doolan]] asking re: cephalexin vs dicloxacillin with warfarin. Daughter [[REL:Sharon Pratt]] (EPOA) [[PHONE:0408 551 237]] wants to be rung before any hospital transfer to [[FAC:Cowra Health Service]]. Pharmacy ([[FAC:Cowra Amcal]]) does Webster packs, acct [[ACCT:PRA-0091]]."),
    # 020 Newfoundland outport, fisherman, MCP number, road directions
    ("Outport family doc here. [[PT:Clarence Pardy]], 70, retired inshore fisherman, [[STREET:14 Main Road]], [[TOWN:Ramea]], NL, only reachable by the ferry from [[TOWN:Burgeo]]. MCP [[PLAN:227 480 193 005]]. Known IHD, now angina on exertion hauling his punt. Stress test in [[TOWN:Corner Brook]] ([[FAC:Western Memorial]]) booked [[DATE:June 19]] but the ferry schedule means he'd be gone 3 nights. Wife [[REL:Gertie]] is on oxygen herself and he's her carer. Home [[PHONE:709-555-0154]]. Nurse [[HCP:Marilyn Durnford]] at the [[FAC:Ramea Community Health Centre]] can do an ECG and troponin POCT. Would a CT coronary angiogram be reasonable instead so it's one trip? Anyone worked with Eastern Health/Western Health to bundle appointments for island patients?"),
    # 021 Montana critical access hospital, rancher ATV rollover, VIN and plate for the report
    ("Critical access doc in [[TOWN:Jordan]], MT. Rancher [[PT:Dale Fenstermacher]], 74, rolled his side-by-side checking heifers on the [[PLACE:Big Dry Creek]] place, found by his neighbor [[REL:Lyle Engebretson]] about 3 hrs later near [[PLACE:mile marker 212 on MT-200]]. Flail segment R 4-7, Hgb 9.8, on Eliquis for AF. Flown to [[FAC:Billings Clinic]]. Sheriff needs the vehicle info for the report, so for the record: Polaris Ranger, VIN [[VIN:4XARRE997K8219374]], ranch truck that [[REL:Lyle]] drove him in on, plate [[PLATE:29-4471A]]. Wife [[REL:Arlene]] [[PHONE:406-555-0131]]. DOB [[DATE:8/30/1949]], MRN [[MRN:GCM-30417]].\n"
     "Not asking anything clinical really, just sharing that the Eliquis made the whole night harder and I'm rethinking how we counsel older ranchers on anticoag + ATVs. He told me in [[DATE:January]] he'd quit riding."),
    # 022 Alaska village clinic, community health aide report, colleague reply
    ("CHAP report from [[TOWN:Kipnuk]] clinic, read to me over the phone by CHA [[HCP:Evelyn Amik]] and typed by me:\n"
     "Pt [[PT:Nicholai Paniyak]], 68M, DOB [[DATE:11-02-1955]], [[FAC:ANMC]] chart [[MRN:1-448-207]], Medicaid [[PLAN:7720418833]]. Wheeze and productive cough x10d, SpO2 86% RA, RR 28, crackles R base. Steam bath every night. Grandson [[REL:Alvin]] hunting seal so wife [[REL:Martina]] is with him.\n"
     "Weather 300 ft ceiling, no plane to [[FAC:YKHC]] in [[TOWN:Bethel]] until tomorrow earliest. Started ceftriaxone IM 1g and azithro per CHAM, O2 concentrator from the clinic (SN [[DEVICE:CZ-1R47R-06613]]). Village phone [[PHONE:907-555-0118]].\n"
     "@akdoc.lisa any reason not to add prednisone if he's got a COPD history we just don't have documented?\n"
     "Reply from Lisa: Add pred 40, give nebs q4h, and call back at 0600 with vitals. Good plan."),
    # 023 NZ community lab result message pasted from the inbox
    ("Got this in the inbox Friday night, the lab phoned it too. Pasting as is:\n"
     "LABTESTS AUCKLAND - CRITICAL RESULT NOTIFICATION\n"
     "Patient: [[PT:FALEOLO, Sione Tavita]]   NHI: [[SSN:PQR4821]]   DOB: [[DATE:18-Jan-1967]]\n"
     "Address: [[STREET:32B Kelly Street]], [[TOWN:Mercer]] [[ZIP:2474]]\n"
     "Requester: Dr [[HCP:K Ranginui]], [[FAC:Te Kauwhata Medical Centre]]\n"
     "Lab No: [[ID:23-RH0418827]]  Collected: [[DATE:22/03/2024 09:41]]\n"
     "Potassium 6.9 mmol/L (H*)  Creatinine 312 umol/L  eGFR 17\n"
     "Comment: not haemolysed. Phoned to after-hours on-call 18:22.\n"
     "He's on spironolactone + lisinopril from the cardiology clinic, wasn't told to stop either when he got the gout flare and NSAIDs. Lives on the dairy farm at the end of the road, no cellphone, got hold of his son [[REL:Tavita Jnr]] on [[PHONE:022 615 7781]] who drove him in to [[FAC:Waikato Hospital]]. Lesson for me about sick day rules in our Pasifika farm workers."),
    # 024 Tasmanian GP, pathology report and fisherman patient
    ("Pathology back on my crayfisherman from [[PLACE:Flinders Island]]:\n"
     "[[FAC:Launceston Pathology]]   Episode [[ID:24-L-7718204]]\n"
     "[[PT:McCARTHY, Brendan Paul]]  DOB [[DATE:05/12/1973]]  M\n"
     "[[STREET:7 Palana Rd]], [[TOWN:Whitemark]] TAS [[ZIP:7255]]\n"
     "Medicare [[PLAN:5193 27704 8 1]]\n"
     "Ordering Dr: [[HCP:J. Hatton]], [[FAC:Flinders Island Multipurpose Centre]]\n"
     "Ross River virus IgM POSITIVE, IgG POSITIVE. CRP 14. Comment: consistent with recent infection.\n"
     "Fine, that explains the joints. Question is about the boat: he's skipper on the [[PLATE:FN 882]] and can't hold the pot hauler. Fisheries needs a medical for his coxswain ticket (MAST [[LIC:0041187]]) by [[DATE:30 June]]. What are people writing for return to work in RRV polyarthritis? His wife [[REL:Deb]] [[PHONE:0427 318 640]] will be the one who reads anything I send."),
    # 025 Highland GP dictation, crofter with heart failure, croft address and quad bike
    ("Dictation, Dr Fraser, home visit.\n"
     "Seen at home, [[PLACE:3 Lower Camustiel]] croft, [[TOWN:Applecross]], [[ZIP:IV54 8ND]]. Mr [[PT:Alasdair Ruadh MacRae]], date of birth [[DATE:nineteenth of August nineteen forty-eight]], CHI [[SSN:1908482213]]. Known HFrEF, EF 30 percent on echo at [[FAC:Raigmore]] in [[DATE:May]]. Weight up four kilos since his sister [[REL:Peigi]] last weighed him on the [[DATE:3rd]]. Still out on the quad to the sheep every morning, registration [[PLATE:SV17 KHF]], over the [[PLACE:Bealach na Bà]] when the road is open. Increased furosemide to 80 milligrams. District nurse [[HCP:Catriona Beaton]] to check U and Es on Thursday. Phone at the croft [[PHONE:01520 744 296]]. Please copy to the heart failure nurse at [[FAC:Broadford]]. End of dictation."),
    # 026 Welsh practice, housebound 98-year-old, long pasted system summary
    ("Pasted from our system summary, because the OOH doctor last weekend sent her to [[FAC:Ysbyty Gwynedd]] despite all of this:\n"
     "----- PATIENT SUMMARY ----- [[FAC:Canolfan Iechyd Bro Ddyfi]]\n"
     "Mrs [[PT:Morfudd Evans]]   Born [[DATE:03-Feb-1926]]   Age [[AGE:98]]   NHS No [[SSN:485 777 3456]]\n"
     "Usual GP: Dr [[HCP:Eleri Pugh]]\n"
     "Address: [[STREET:2 Tai Glan yr Afon]], [[TOWN:Aberangell]], [[TOWN:Machynlleth]], [[COUNTY:Powys]] [[ZIP:SY20 9QG]]\n"
     "Home tel: [[PHONE:01650 511 476]]   NOK: daughter [[REL:Gwenda Rowlands]] (next door, key holder) [[PHONE:01650 511 290]] / [[PHONE:07700 900 552]]\n"
     "Preferred language: Welsh\n"
     "\n"
     "ALERTS\n"
     "* DNACPR - all-Wales form signed [[DATE:14/11/2023]]\n"
     "* Anticipatory medicines in house since [[DATE:9/1/24]] (just-in-case box in the dresser)\n"
     "* Lifeline pendant ID [[DEVICE:TL-55031964]], first responder [[REL:Gwenda]]\n"
     "* Palliative care register\n"
     "\n"
     "ACTIVE PROBLEMS\n"
     "[[YEAR:2016]]  Age-related macular degeneration, registered sight impaired\n"
     "[[YEAR:2019]]  CKD stage 4\n"
     "[[YEAR:2021]]  Heart failure with preserved EF\n"
     "[[DATE:Aug 2023]]  Fractured neck of femur R, DHS at [[FAC:Bronglais]]\n"
     "\n"
     "RECENT CONSULTATIONS\n"
     "[[DATE:12 Mar 2024]]  Home visit, Dr [[HCP:Eleri Pugh]]: weaker, eating little, clear she wants to die at home. Minister from [[FAC:Capel Bethel]] (Parch. [[REL:Hefin Lloyd]]) visits Sundays and is to be called.\n"
     "[[DATE:18 Mar 2024]]  DN visit, [[HCP:Nia Huws]]: sacral skin intact, syringe driver not needed yet.\n"
     "\n"
     "The 'special patient note' to OOH clearly didn't reach them. How are other rural practices making the plan visible to OOH and WAST?"),
    # 027 Norwegian sykehjem liaison, 94-year-old, pårørende
    ("Tilsynslege at [[FAC:Vardø sykehjem]], [[COUNTY:Finnmark]]. I ask about antibiotics in end of life. Resident [[PT:Ragnhild Nilsen]], [[AGE:94]] år, fnr [[SSN:0709291 8834]]... sorry, fnr [[SSN:07092918834]]. Advanced dementia, recurrent aspiration pneumonia, third time since [[DATE:juli]]. Son [[REL:Odd Arne Nilsen]] lives in [[TOWN:Kirkenes]] and wants everything done, daughter [[REL:Bjørg]] in [[TOWN:Tromsø]] says no more. Primærkontakt nurse [[HCP:Sunniva Pettersen]]. Son's number [[PHONE:+47 478 22 610]]. Next family meeting onsdag [[DATE:4. september]]. How do you structure this when family disagree and there is no advance directive?"),
    # 028 Greek mountain GP, shepherd keeping insulin without a fridge
    ("The pharmacist in [[TOWN:Metsovo]] asks me about my shepherd Kyrios [[PT:Vasilis Gkoutsos]], 78, on glargine. He keeps the pens in the stone hut at [[PLACE:Anilio]] pasture without fridge from May to October; his nephew [[REL:Thanasis]] brings supplies on the mule on Saturdays. E-prescription [[ID:2404112839210473]] is waiting. Does anybody have experience with Frio bags or clay pot coolers for insulin with shepherds?"),
    # 029 Turkish family physician, phone-typed, pregnant seasonal hazelnut worker
    ("hocam acil değil ama: mevsimlik işçi [[PT:Zeynep Demir]] 15y, ~28 hf gebe, Hb 8.1, no ANC, hazelnut tent camp at [[TOWN:Ünye]]. tomorrow they all move to [[COUNTY:Sakarya]]. TC [[SSN:43027561180]]. broker [[REL:Hasan Aslan]] [[PHONE:0 (542) 716 09 33]]. who follows her there?? e-Nabız empty"),
    # 030 Kenyan mobile clinic, pastoralist, chief's phone, colleague reply
    ("Mobile outreach day, [[COUNTY:Samburu North]]. Mzee [[PT:Lenaiyara Lekupe]], 70s, brought by his son [[REL:Samuel Lekupe]] from the manyatta near [[PLACE:Ndoto hills]], [[PLACE:Baragoi]] ward. Hydatid cyst on ultrasound, 9cm liver, done at [[FAC:Baragoi Sub-County Hospital]] [[DATE:14th May]]. They move with the cattle; reachable through the area chief, Chief [[REL:Lesuuda]], on [[PHONE:+254 726 408 115]]. ID [[SSN:9104572]]. SHA [[PLAN:SHA-2207-4418-09]].\n"
     "Albendazole started 400mg bd. Surgery only possible at [[FAC:Maralal County Referral]] or [[TOWN:Nakuru]]. @jmuriuki what did you do with the Turkana cases, PAIR or straight to surgery?\n"
     "Reply @jmuriuki: we did PAIR at [[FAC:Lodwar County Referral]] with the AMREF team for CE1-2. Keep him on albendazole, and check LFTs at 4 weeks if you can catch him."),
    # 031 Ugandan island clinic, short message
    ("quick one from [[PLACE:Bufumira island]]: [[PT:Mukasa Robert]] 29M fisherman, BP 210/130, headache, cr 380 at [[FAC:Kalangala HC IV]], no dialysis on the islands. family says take him to [[FAC:Masaka RRH]] but no boat till tomorrow. brother [[REL:Ssentongo]] [[PHONE:0783 227 614]]. IV labetalol not available. nifedipine SR ok to start?"),
    # 032 South African mine doctor, ex-miner with silicosis and TB, compensation claim
    ("Occ health at a clinic in [[TOWN:Mthatha]]. Many ex-mineworkers from the gold mines back home with silicosis + TB. Today Mr [[PT:Siphiwo Ndzimande]], 62, ID [[SSN:6112035421085]], worked underground at [[FAC:Driefontein]] shaft 5 and later [[FAC:Kloof Gold Mine]] [[YEAR:1982]]-[[YEAR:2009]], employee no. [[ID:D-441872]] (TEBA card). Lives [[PLACE:Qokolweni]] location, [[TOWN:Mqanduli]]. CXR: silicosis ILO 2/2 with upper zone consolidation, GeneXpert MTB detected RIF not detected.\n"
     "Tshiamiso Trust claim [[ID:TT-0182447]], MBOD ref [[ID:MBOD/2023/118804]]. Medical aid: none. Daughter [[REL:Lindiwe]] [[PHONE:073 518 2246]] helps with forms.\n"
     "Anyone had success fast-tracking Tshiamiso claims when the man is very sick? Last one took 14 months and he died waiting."),
    # 033 Sri Lankan CKDu clinic, short question about a rice farmer
    ("Quick one from the CKDu clinic: Mr [[PT:Wijerathna Banda]] ([[MRN:PAD/CKD/0742]]) from [[TOWN:Parakramapura]], paddy farmer, 54, eGFR 34 to 19 in five months, BP normal, ACR low. Worth referring to [[FAC:Teaching Hospital Anuradhapura]] for biopsy now, or straight to RRT counselling? Son in [[TOWN:Colombo]] ([[PHONE:071 882 4413]]) wants a private opinion."),
    # 034 Indonesian island doctor, WhatsApp-style short, fisherman decompression sickness
    ("dok mohon saran. pasien nelayan kompresor, [[PT:La Ode Rahim]] 38th, dari Pulau [[PLACE:Kapota]], [[COUNTY:Wakatobi]]. after diving 30m for teripang, joint pain and paraplegia since kemarin sore. no chamber here, nearest [[FAC:RSUD Bau-Bau]]? or [[TOWN:Makassar]]? family (istri [[REL:Wa Ode Nurma]] [[PHONE:0853-3921-0048]]) cannot pay boat. BPJS [[PLAN:0002218833017]]. we give O2 15L NRB and IV NaCl. thanks"),
    # 035 Fiji cane farmer, diabetic foot, lot and sector address
    ("[[PT:Ramesh Chand]] s/o [[REL:Ram Prasad]], 61, cane farmer, [[STREET:Lot 23]], [[PLACE:Drasa]] sector, [[TOWN:Lautoka]]. Farm no. [[ID:FSC-1147-DR]] (for the sugar corp). TIN [[SSN:108-442-915]]. Presented to [[FAC:Ba Mission Hospital]] outpatients Wednesday [[DATE:8/5]] with wet gangrene R 4th toe, HbA1c 12.4. He is harvesting now and the gang (sirdar [[REL:Vijay Kumar]]) needs him. Wife [[REL:Shanti]] [[PHONE:992 4518]]. Previous amputation L hallux at [[FAC:Lautoka Hospital]] [[YEAR:2020]], hospital no [[MRN:LTK 22-04419]]. We will admit for debridement, my question is about the post-op: how do people handle offloading in cane cutters who walk in mud all day?"),
    # 036 US phone-typed refill request, lower case, rural route
    ("pt [[PT:john ray pelfrey]] [[STREET:rr 3 box 41]] [[TOWN:sandy hook]] needs his metformin + lisinopril called in to [[FAC:family drug]] before sat, out since tues the [[DATE:4th]]... dob [[DATE:4/9/58]]. wife [[REL:brenda]] says call [[PHONE:555-0177]] not the cell"),
    # 037 Vermont home-visit physician, insulin pump and CGM serials, oxygen
    ("Home visit notes, for the endo group.\n"
     "[[PT:Ethel Brassard]], 81, [[STREET:1420 Darling Hill Rd]], [[TOWN:Lyndonville]] VT [[ZIP:05851]]. Dairy farm, son [[REL:Normand]] runs it now, she still does the books. T1DM since [[YEAR:1961]], on Tandem t:slim X2 (SN [[DEVICE:1184720]]) with Dexcom G6 (transmitter ID [[DEVICE:8GM2KL]]). Frequent night lows since she started the home O2 from [[FAC:Northeast Home Medical]] (concentrator SN [[DEVICE:AS098114207]]), I suspect she's turning the pump basal up when the sensor compression-lows wake her. Daughter-in-law [[REL:Claudette]] is the one who downloads the pump, t:connect user [[HANDLE:cbrassard_farm]].\n"
     "Medicare [[PLAN:9KD1-TE5-WA73]]. Next visit [[DATE:6/21]]. Any tricks to stop the compression lows in side-sleepers other than moving the sensor to the arm?"),
    # 038 Nunavut community, interpreter relative, health card, colleague
    ("From [[TOWN:Pangnirtung]] health centre. Elder [[PT:Leetia Akpalialuk]], E-number on old papers [[ID:E5-1127]], NU health card [[PLAN:602184733]], DOB [[DATE:1939-03-17]] (disc list says [[YEAR:1939]], family says older). Advanced COPD + new hemoptysis, CT shows RUL mass. She wants to stay home and go out to the [[PLACE:Kingnait]] camp in July one more time. Granddaughter [[REL:Mary Akpalialuk]] interprets (Inuktitut) [[PHONE:867-555-0107]]. Medevac to [[FAC:Qikiqtani General]] in [[TOWN:Iqaluit]] declined on [[DATE:April 2]].\n"
     "@susie.n @dr.ben.w can we set up a telehealth with palliative at [[FAC:Ottawa Hospital]] so she hears it from them too? Nurse in charge [[HCP:Annie Kilabuk]] will set up the room.\n"
     "Reply (Ben): Yes, send the referral, ask for Thursday mornings, they have the Inuktitut interpreter then."),
    # 039 WA mining GP, FIFO worker, employee number, licences and plate
    ("GP in [[TOWN:Newman]] WA. FIFO haul truck operator [[PT:Kane Whitford]], 34, employee no. [[ID:BHP-00718426]] at [[FAC:Mining Area C]], T2DM newly dx HbA1c 9.8, BMI 38, OSA (AHI 44) on CPAP (ResMed AirSense 11, SN [[DEVICE:23201847551]]). Site medical want him stood down from the 793F until sleep study compliance shown, his HR licence no. [[LIC:6384417]] and the site's fitness standard. He drives home to [[TOWN:Geraldton]] on his break in his ute [[PLATE:1GXR 447]], 9 hrs, which worries me more. Medicare [[PLAN:3382 91740 5 1]]. Partner [[REL:Jayde]] [[PHONE:0432 771 805]]. Lives [[STREET:22 Hosken St]], [[TOWN:Rangeway]]. Compliance data from the AirView portal: [[URL:https://airview.resmed.com/patients/7H2KQ9]] shows 3.1 hrs/night. What's the evidence on GLP1 vs going straight to bariatric for FIFO with OSA?"),
    # 040 NZ dairy farmer quad bike injury, ACC claim, rural delivery address
    ("Rural GP, [[TOWN:Eltham]], [[COUNTY:Taranaki]]. Dairy farmer [[PT:Greg Verhoeven]], 57, [[STREET:844 Rawhitiroa Road, RD 21]], [[TOWN:Eltham]] [[ZIP:4398]]. Quad rollover on a wet race [[DATE:6 June]], ACC claim [[ID:10047-78213-ZK]], # T12 wedge, now back on farm against advice. His sharemilker [[REL:Nikhil Sharma]] is doing milking. Farm supply account at [[FAC:Farmlands]] [[ACCT:48-221-0973]] is in my notes because he asked me to sign off the ROPS bar receipt for the ACC rebate (VIN [[VIN:JSAAK41A2F0100427]]). NHI [[SSN:KLD9361]]. Wife [[REL:Anna]] [[PHONE:(06) 764 8830]]. Anyone else getting asked to certify crush protection devices? Feels outside my lane."),
    # 041 Scottish GP, very short reply about a patient
    ("yes Mrs [[PT:Flett]] from [[TOWN:Stromness]] is ours - DOB [[DATE:21/6/39]], seen Mon... will ring her daughter on [[PHONE:07700 900 884]]"),
    # 042 US rural telehealth, patient email forwarded, portal URL and IP
    ("Rural telehealth weirdness, posting for the IT-minded. Forwarded from a patient (permission given):\n"
     "From: [[EMAIL:wandahoffpauir57@gmail.com]]\n"
     "Subject: cant get on the video\n"
     "Dr Guidry I tried the link [[URL:https://portal.acadianruralhealth.org/visit?id=AR-8816204]] three times and it says your connection is blocked. I am at my sister [[REL:Lorena]]'s in [[TOWN:Ville Platte]] because my internet in [[TOWN:Mamou]] is out since the storm. Her number is [[PHONE:337-555-0124]]. My sugar was 312 this morning. [[PT:Wanda Hoffpauir]]\n"
     "Our IT says the platform blocked the login from [[IP:198.51.100.73]] as out-of-region. She's a Medicaid managed care member (ID [[PLAN:LHC40021876]]) and her A1c visit is overdue since [[DATE:February]]. I called the house and did it by phone. Anyone else hitting geo-blocking on platforms where the patient just crossed parish lines?"),
    # 043 Kenyan chemist liaison in market town, M-Pesa and account
    ("Asking on behalf of a chemist in [[TOWN:Kapsabet]] market, [[FAC:Nandi Hills Pharmacy]], owner [[HCP:Daniel Kiprono]]. Client Bw. [[PT:Kipchumba Rotich]], tea farmer from [[TOWN:Kaptumo]], 68, comes every month for glibenclamide + nifedipine on credit, pays by M-Pesa to till [[ACCT:884217]] (account [[ACCT:ROTICH-K]]). Last 3 visits BP 190s, glucose 22 on their glucometer (SN [[DEVICE:GM551-0049213]]). He says [[FAC:Kapsabet County Referral Hospital]] gave him a clinic card [[MRN:KCRH/NCD/3381]] but he never goes because of the queue on market day. Chemist phone [[PHONE:0733 190 447]], son [[REL:Collins]] [[PHONE:0720 861 392]]. How do we get chemists into the NCD pathway formally?"),
    # 044 South African Karoo rural GP, depression with firearm licence
    ("Rural GP, [[TOWN:Graaff-Reinet]]. Farmer [[PT:Pieter Jacobus Swanepoel]], 59, [[PLACE:Plaas Kruidfontein]], [[COUNTY:Camdeboo]] district, 40 km on gravel. Drought fourth year, sheep sold off, PHQ-9 21, thinking of 'ending it'. He holds a firearm licence [[LIC:FL 0418826/2019]] for three rifles. Wife [[REL:Annatjie]] rang me, [[PHONE:049 891 0234]], she has the safe key. Medical aid Medshield [[PLAN:90817736]] so he could go to [[FAC:Life St Mark's Clinic]] in [[TOWN:Gqeberha]]. ID [[SSN:6409155083081]]. Ds. [[REL:Louw]] visits. Do others ask the police to hold firearms voluntarily in this situation, or do you go through SAPS section 102?"),
    # 045 Lakota elder, grandson shares first name with a member, IHS
    ("[[FAC:Pine Ridge IHS]], home visit. [[PT:Winona Two Bulls]], [[AGE:92]], lives with grandson [[REL:Marcus]] in a trailer off [[STREET:BIA Route 41]] just past the [[FAC:Lakota Trading Post]] turnoff, [[PLACE:Pine Ridge Reservation]], [[TOWN:Manderson]] SD [[ZIP:57756]]. Chart [[MRN:PR-0037219]], enrollment # [[ID:OST-48172]]. CHF, EF 25, propane heat went out [[DATE:Jan 14]] and she was 88 on RA when CHR [[HCP:Rosalie Iron Cloud]] found her. [[REL:Marcus]] works at the [[FAC:Prairie Wind Casino]] nights, cell [[PHONE:605-555-0162]].\n"
     "Thanks to Marcus Little Bear from the behavioral health side for linking us with LIHEAP. @mlittlebear is there a way to flag elders for emergency propane refills before the cold snaps?"),
    # 046 BC interior rancher, long pasted complex care plan
    ("Pasting our shared care plan (from the EMR) for the team, minus the med list. Long, sorry.\n"
     "COMPLEX CARE PLAN - [[FAC:Lillooet Hospital & Health Centre]] Primary Care\n"
     "Patient: [[PT:Reginald (Reg) Hewitt]]   PHN [[PLAN:9873 412 558]]   DOB [[DATE:1942-10-08]]   Chart [[MRN:LHC-0071442]]\n"
     "Address: [[STREET:Box 218, Site 4, RR 1]], [[TOWN:Pavilion]], BC [[ZIP:V0K 2H0]]. Directions for BCEHS: Hwy 99 north, left at the [[PLACE:Pavilion Lake]] boat launch, third gate on the right with the green tractor tire.\n"
     "Phone: [[PHONE:250-555-0183]] (landline only)\n"
     "\n"
     "CARE TEAM\n"
     "MRP: Dr [[HCP:Amrit Sandhu]], clinic fax [[FAX:250-555-0186]]\n"
     "HF nurse: [[HCP:Corinne Dubois]] RN, pager [[PAGER:250-555-0190]]\n"
     "Pharmacy: [[FAC:Lillooet Pharmasave]], weekly blister packs, acct [[ACCT:HEW-22417]]\n"
     "Home support: Interior Health community nursing, twice weekly\n"
     "\n"
     "PROBLEMS\n"
     "1. HFrEF, EF 25% (echo [[DATE:March 2024]], [[FAC:Royal Inland Hospital]])\n"
     "2. CRT-D Medtronic, SN [[DEVICE:PZC604218S]], remote monitoring via CareLink\n"
     "3. CKD 3b, T2DM diet-controlled, gout\n"
     "\n"
     "GOALS (in [[PT:Reg]]'s words)\n"
     "'Stay on the ranch till the cows are sold. Keep driving to town on Thursdays. No more [[TOWN:Kamloops]] unless I'm dying.'\n"
     "\n"
     "ADVANCE CARE PLAN\n"
     "MOST M2 signed [[DATE:May 22, 2024]]. Substitute decision maker: daughter [[REL:Tracey Hewitt-Lang]], [[TOWN:Kamloops]], [[PHONE:250-555-0147]], [[EMAIL:tracey.hewittlang@shaw.ca]]\n"
     "\n"
     "SUPPORTS\n"
     "Neighbour [[REL:Dolores Chilton]] ([[FAC:Xaxli'p band office]]) checks daily; son-in-law [[REL:Doug]] hauls the hay.\n"
     "\n"
     "NEXT REVIEW: [[DATE:Sept 12]], MRP + HF nurse\n"
     "\n"
     "Question: anyone using the remote monitoring alerts for fluid index in rural patients without cell coverage? His monitor only uploads when he drives into [[TOWN:Lillooet]]."),
    # 047 Greek Crete GP, 90-year-old with hip fracture, daughter abroad with Skype handle
    ("Κέντρο Υγείας [[FAC:Tzermiadon]], [[PLACE:Lasithi plateau]], [[COUNTY:Crete]]. Mr [[PT:Manolis Papadakis]], [[AGE:90]], olive grower, fell from the ladder on [[DATE:3 Nov]] during the harvest. Hip fracture, operated at [[FAC:Venizeleio]], now home in [[TOWN:Marmaketo]] with his wife [[REL:Katina]] who is 86 and blind. Daughter [[REL:Eleftheria]] lives in [[TOWN:Stuttgart]], we do the family call on Skype, her handle [[HANDLE:elef.papadaki.stgt]]. AMKA [[SSN:14093401873]]. Physio comes only once a week from the town. Enoxaparin until [[DATE:1/12]]. He refuses to use the walker because 'the village will see'. Suggestions for rehab with almost no services?"),
    # 048 Turkish Black Sea home visit, phone-typed, 91-year-old
    ("home visit today to Nene [[PT:Hanife Kalyoncu]] ([[AGE:91]]) up the tea slopes above [[TOWN:Çayeli]], grade 3 sacral sore, only access is the tea monorail. daughter-in-law [[REL:Şükran]] [[PHONE:0 (505) 377 41 06]] does everything. how do you get an air mattress up a monorail? the last one fell. serious question"),
    # 049 Ugandan district hospital discharge note, mountain farmer with epilepsy
    ("Discharge summary (typed from the ward book), [[FAC:Kisoro District Hospital]]\n"
     "IP No: [[MRN:KDH/IP/24/1187]]   Name: [[PT:Tumwesigye Innocent]]   Age: 23   Sex: M\n"
     "Address: [[TOWN:Nyakabande]] village, [[PLACE:Chahi]] sub-county, [[COUNTY:Kisoro]]\n"
     "Admitted: [[DATE:02/05/2024]]   Discharged: [[DATE:09/05/2024]]\n"
     "Dx: status epilepticus, burns L forearm (fell into cooking fire), epilepsy since childhood, irregular phenobarbitone.\n"
     "Plan: carbamazepine 200mg bd, review OPD [[DATE:23/05/2024]], dressing at [[FAC:Rubuguri HC IV]].\n"
     "Attendant: brother [[REL:Habimana Emmanuel]] tel [[PHONE:0781 552 907]]\n"
     "Clinician: Dr [[HCP:Niyonzima]]\n"
     "Posting because he lives 3 hrs walk up the mountain and there's no carbamazepine at the HC III. Can VHTs hold anti-epileptics?"),
    # 050 Indonesian Puskesmas TB register, colleague and shared first name
    ("Laporan TB dari [[FAC:Puskesmas Sikakap]], [[COUNTY:Mentawai]]. Ibu [[PT:Rina Saleleubaja]], 31, TB paru BTA+, no reg TB [[ID:13.09.05/2024/017]], NIK [[SSN:1309046502930001]]. Dusun [[TOWN:Matobe]], Desa [[TOWN:Sikakap]]. She stopped OAT after month 2 when the family went to the ladang in [[PLACE:Pagai Utara]]. PMO is her husband [[REL:Markus]], [[PHONE:0823-8812-4406]]. Boat 4 hrs. Kader TB [[HCP:Yosefina]] can go next week.\n"
     "Mbak Rina, you did FDC + video DOT in Siberut last year, how was it with no signal? - dr. Andi\n"
     "Reply (Rina Hutapea): Works if the kader has the phone and sends video when they come to the dusun. We also used the church bell time as the reminder."),
    # 051 Queensland cattle station, T1DM child on School of the Air, pump and CGM, parent email
    ("Outback Qld RFDS GP. [[PT:Matilda (Tilly) Crossley]], 9, T1DM, [[PLACE:Cuddapan Downs]] station, via [[TOWN:Windorah]] QLD [[ZIP:4481]]. Learns through [[FAC:Charleville School of the Air]]. Omnipod 5 PDM serial [[DEVICE:PDM-0F8842117]], Dexcom G7 sensor. DKA x2 this year, both during mustering when mum [[REL:Jess Crossley]] is on the bike and governess [[REL:Sophie]] does the injections. Station phone [[PHONE:(07) 4656 3318]], sat phone [[PHONE:+8816 2144 7702]]. Mum emails glucose downloads from [[EMAIL:cuddapandowns@bigpond.com]]. Medicare [[PLAN:6610 44381 2 3]]. Clinic at [[FAC:Windorah Primary Health Centre]] on [[DATE:18/9]] with the paeds endo by video. Any ideas on simplifying management for mustering weeks?"),
    # 052 Sámi reindeer herder, Finnmark, tele-dermatology, non-native English
    ("Hello. I am GP in [[TOWN:Kautokeino]] ([[COUNTY:Finnmark]]). Patient [[PT:Nils Ánte Sara]], reindeer herder, 48, fnr [[SSN:220376 51140]], lives [[STREET:Bredbuktnesveien 7]], [[ZIP:9520]] [[TOWN:Guovdageaidnu]], in summer at [[PLACE:Stallogargo]] siida by the coast. He has psoriasis with arthritis, methotrexate 15 mg weekly, but he is out with the herd from april and not taking blood tests. His sister [[REL:Inga Marja]] (Sámi interpreter when needed) [[PHONE:+47 984 11 026]]. Dermatologist Dr [[HCP:Tveit]] at [[FAC:UNN Tromsø]] suggests biologic injection, but the syringes must be in cold and he lives in lavvu some weeks. Is monthly methotrexate blood test really necessary after 2 years stable? Last ALAT normal [[DATE:02.02.2024]]."),
]


FREE_NOTES: list[str] = [
    # 053 US New England family medicine, Lyme prophylaxis question
    ("Tick season starting early up here in northern New England. Quick poll: who is still giving single-dose doxycycline 200 mg prophylaxis after an Ixodes bite per the IDSA/AAN/ACR 2020 guideline (attached >=36 h, within 72 h of removal, local infection rate >20%)? Our nurses keep asking about kids under 8; the 2020 guideline and the AAP Red Book both say short courses of doxy are fine at any age. Also seeing more anaplasmosis and Powassan questions since the CDC update. Link for those who want it: https://www.idsociety.org/practice-guideline/lyme-disease/"),
    # 054 Scottish Highland GP on Lyme serology and NICE NG95
    ("Erythema migrans season again in the Highlands. Reminder from NICE NG95 (2018, still current): EM is a clinical diagnosis, treat without serology. Doxycycline 100 mg bd or 200 mg od for 21 days; amoxicillin 1 g tds if doxy contraindicated. For suspected Lyme without EM, ELISA then immunoblot, and repeat at 4-6 weeks if negative and still suspected. The Raigmore-based Scottish Lyme Disease and Tick-borne Infections Reference Laboratory takes samples from all of Scotland. Don't forget the Health Protection Scotland tick leaflet for walkers and stalkers."),
    # 055 Canadian FN health, NIHB and Jordan's Principle, no patients
    ("For those new to on-reserve practice in Manitoba and Saskatchewan: Non-Insured Health Benefits (NIHB) covers most chronic disease meds for registered First Nations and recognized Inuit, but things like Ozempic and Jardiance need prior approval through the Drug Exception Centre (1-800 number on the ISC site). For kids, Jordan's Principle requests are usually decided within 48 hours for urgent cases, 12 hours if life-threatening. Rule of thumb from my 11 years up north: write the clinical reason in plain language, cite the Diabetes Canada 2018 CPG chapter 13 and the CREDENCE/EMPA-KIDNEY data, and phone the morning after you fax."),
    # 056 Australian RHD guideline summary
    ("RHD secondary prophylaxis refresher for the new registrars in the Top End and Kimberley: 2020 Australian guideline (3rd ed, RHDAustralia) uses the 2015 revised Jones criteria with the high-risk group thresholds: monoarthralgia or polyarthritis, fever >=38.0 C, ESR >=30, and any echo carditis. Benzathine benzylpenicillin 1,200,000 units (Bicillin L-A) every 28 days, or every 21 days for those with breakthrough ARF or severe RHD. Duration: minimum 10 years after the most recent episode or until age 21, whichever is longer; for severe disease, until age 40. Ongoing Bicillin L-A shortages: check the TGA shortages database weekly."),
    # 057 NZ PHARMAC Special Authority for empagliflozin and dulaglutide
    ("Special Authority criteria reminder (PHARMAC, funded since 1 February 2021): empagliflozin and dulaglutide are funded for T2DM with HbA1c >53 mmol/mol despite at least 3 months of metformin, AND one of: Māori or Pacific ethnicity, pre-existing CVD or risk >15% on the NZ Primary Prevention Equations, diabetic kidney disease (eGFR <60 or ACR >3), or onset before 30. Check the current Pharmaceutical Schedule online for the renewal rules. Took me a week to find this out so sharing."),
    # 058 Kenyan WHO HEARTS protocol, colleague exchange
    ("Sharing our county's simplified hypertension protocol (adapted from WHO HEARTS 2018): Step 1 amlodipine 5 mg, Step 2 amlodipine 10 mg, Step 3 add losartan 50 mg, Step 4 losartan 100 mg, Step 5 add HCTZ 25 mg, refer if not controlled at 140/90 after Step 5. CHVs screen at household level with the Omron HEM-7121 and refer >=140/90 twice. Since we started in July 2022, control in enrolled patients went from 31% to 58% (n=2,418). @wanjiku.md how did you get amlodipine/losartan supplies through KEMSA without stockouts? - Otieno\n"
     "Reply: We pooled orders with two neighbouring sub-counties and used the MEDS pooled procurement. Stockouts fell from 9 weeks a year to 2."),
    # 059 Ugandan physician on Sudan ebolavirus lessons, no patients
    ("Lessons from the 2022 Sudan ebolavirus outbreak for village health teams: there was no licensed vaccine for SUDV (Ervebo is for Zaire ebolavirus only), so the ring-vaccination trial candidates arrived late. VHTs were central to contact tracing across the central region. For Marburg, Rift Valley fever and CCHF the same VHT alert pathway applies: fever + bleeding or unexplained death -> call the district surveillance focal person, don't touch the body. The Ministry of Health toll-free line is 0800 100 066. Uganda Virus Research Institute in Entebbe runs the confirmatory PCR."),
    # 060 South African CCMDD and NHI, policy and figures
    ("CCMDD (Central Chronic Medicine Dispensing and Distribution) numbers from our sub-district for Q3 2023: 14,620 registered, 82% collecting at external pick-up points (Pick n Pay, Clicks, spaza-linked lockers), the rest at clinic adherence clubs. Criteria: stable on ART with VL <50 copies/ml, or controlled HTN/DM for 6 months (BP <140/90, HbA1c <8%). Biggest issue is scripts expiring every 6 months and patients not knowing. NHI Act signed May 2024, no idea what it'll mean for rural clinics yet. Anyone have a good SOP for re-scripting in bulk on a Friday?"),
    # 061 Sri Lankan CKDu review, literature links
    ("Reading list for CKDu / CINAC (chronic interstitial nephritis in agricultural communities): WHO Sri Lanka study 2013, the Mesoamerican nephropathy literature from Nicaragua and El Salvador (heat stress hypothesis), and the glyphosate-metal complex hypothesis (controversial). Common features: male paddy farmers aged 30-60, eGFR decline without hypertension, ACR <30 mg/mmol, tubular proteinuria. Sri Lanka banned glyphosate in 2015 and partially lifted it in 2018. PubMed search that covers most of it: https://pubmed.ncbi.nlm.nih.gov/?term=CKDu+Sri+Lanka. Kyasanur Forest disease is sometimes raised in the differential for fever in forest workers, but it has not been reported here."),
    # 062 Indonesian PROLANIS and Posbindu, programme talk
    ("Untuk teman-teman di Puskesmas: PROLANIS (Program Pengelolaan Penyakit Kronis) BPJS Kesehatan covers monthly club for DM tipe 2 and hipertensi, with HbA1c every 6 months and GDP monthly. Posbindu PTM is for screening age >=15. Target Prolanis controlled: GDP 80-130 mg/dL, TD <140/90. Since Permenkes No. 71 Tahun 2015 the Puskesmas can give metformin 500 mg, glimepiride 1-4 mg, captopril 25 mg, amlodipine 5-10 mg. Insulin still needs referral to RS type C or above. Kapan ada pelatihan USG for dokter umum in NTT? Heard Kemenkes will start in 2025."),
    # 063 Fiji NCD and amputation statistics, public programmes
    ("Fiji diabetes numbers that should scare us: roughly one amputation every 12 hours at the peak, most in iTaukei and Fijian of Indian descent men aged 45-65. Wellness Fiji and the MOHMS package of essential NCD services push annual foot checks with the 10 g monofilament and the Ipswich Touch Test. Cyclone season (November to April) also brings leptospirosis, typhoid and dengue; after TC Winston in 2016 lepto admissions tripled. For wound care in villages keep it simple: saline + gauze, keep dry gangrene dry, and get the foot off the ground."),
    # 064 Norwegian GP on NORRISK 2 and pasientreiser, no patients
    ("Spørsmål til gruppen (in English for the international members): do you use NORRISK 2 or SCORE2 for primary prevention now? Helsedirektoratet's guideline from 2017 still says NORRISK 2, but ESC 2021 uses SCORE2 and SCORE2-OP for over 70. Differences for men 60-69 are large. Also, the Pasientreiser egenandel went up again this year, which matters a lot for patients in Finnmark and Nordland who travel 300 km for echo."),
    # 065 Greek GP on Mediterranean diet, PREDIMED, brucellosis
    ("On the islands the Mediterranean diet is disappearing with the young people. The PREDIMED trial (NEJM 2013, retracted and republished 2018) still supports extra-virgin olive oil 4 tbsp/day and nuts 30 g/day for CVD prevention. The Ikaria Study described many people over 80 with low rates of dementia. Meanwhile Malta fever (brucellosis) from unpasteurised mizithra and feta from home goats is still common in Thessaly and Crete: doxycycline 100 mg bd x 6 weeks + streptomycin 1 g x 14-21 days or gentamicin 5 mg/kg x 7 days."),
    # 066 Turkish family physician on CCHF season
    ("Kırım-Kongo kanamalı ateşi (CCHF) season started in Tokat, Sivas and Çorum. For colleagues: tick bite + fever + thrombocytopenia <150,000 + ALT/AST high -> refer to the reference hospital. Ribavirin evidence is weak (Cochrane 2018). Bakanlık SMS system is used for tick removal advice; do not squeeze the tick, remove with forceps close to the skin. Health workers infected usually through needlestick. Also reminder: Familial Mediterranean fever can look like CCHF in a child with fever + abdominal pain, check the CRP and history."),
    # 067 Welsh rural GP on zoonoses at lambing time
    ("Lambing time reminders for rural Wales: Chlamydia abortus (enzootic abortion of ewes) and Toxoplasma - pregnant women should not help with lambing. Q fever (Coxiella burnetii) still underdiagnosed; the 2007 Dutch outbreak (2007-2010, over 4,000 cases) showed how far it spreads on the wind. Orf is self-limiting. Leptospirosis (Weil's disease) in farmers, fishermen and anyone in rivers, ask about rats. Public Health Wales has a farming zoonoses leaflet in Welsh and English. The DPJ Foundation and Tir Dewi for farmers' mental health."),
    # 068 US black lung surveillance, NIOSH program, numbers not identifiers
    ("For Appalachian docs: the NIOSH Coal Workers' Health Surveillance Program offers free chest x-rays every 5 years to working miners, read by certified B Readers with ILO classification. NIOSH data from 2018 put black lung in about 1 in 5 long-tenure miners in central Appalachia, with PMF at its highest since the 1970s. Silica from cutting through sandstone is the main driver. Federal Black Lung Benefits Act claims go through DOL; the Part C rebuttable presumption applies after 15 years underground with totally disabling respiratory impairment (FEV1 <60% predicted, roughly)."),
    # 069 Australian zoonoses and vaccines, Q fever and JE
    ("Q-VAX still needs pre-vaccination serology and a skin test because of the reaction risk in those already immune (read at day 7; any induration >=5 mm = positive). Recommended for abattoir workers, shearers, farmers, vets and students. Japanese encephalitis vaccine (Imojev or JEspect) is funded in QLD, NSW, VIC and SA for people living or working in the 2022 outbreak LGAs along the Murray. Murray Valley encephalitis alerts usually come out of the Kimberley and NT in March/April. Hendra remains horse-to-human only, vaccinate the horses."),
    # 070 Canadian rural ED, decision rules, no patients
    ("Cheat sheet I give new locums at our 8-bed rural hospital: Ottawa ankle rules (tenderness posterior edge/tip of lateral or medial malleolus, base of 5th MT, navicular, or inability to bear weight 4 steps); Canadian C-Spine Rule (age >=65, dangerous mechanism, paresthesias = image); Canadian CT Head Rule (GCS <15 at 2 h, suspected open fracture, >=2 episodes of vomiting, age >=65). Wells and PERC for PE, HEART score >=4 goes to the regional centre. Air ambulance (ORNGE in Ontario, STARS in the prairies) dispatch is a separate call from CritiCall."),
    # 071 Alaska Community Health Aide Program, training levels
    ("For new providers coming to the Y-K Delta or the North Slope: the Community Health Aide Program (CHAP) trains CHA/Ps in 4 sessions over 2-4 years, working from the Community Health Aide Manual (CHAM, 2006 edition, updates ongoing). They call the referral physician for anything beyond the manual. Standing orders cover ceftriaxone, azithromycin and nebulisers. The Alaska Native Tribal Health Consortium runs the training centres; Tdap, hep B and PCV20 schedules follow the ACIP 2023 updates. Respect the aides: they know the families and the weather better than any of us."),
    # 072 Scottish polypharmacy guidance, no patients
    ("Care home polypharmacy reviews: the Scottish Government Polypharmacy Guidance (3rd edition, 2018, the '7 steps') plus STOPP/START v3 (2023) are the backbone. Useful tools: Anticholinergic Burden (ACB) score >=3 associated with falls and confusion; the Sick Day Rules cards (SADMANS: sulfonylureas, ACEi, diuretics, metformin, ARBs, NSAIDs, SGLT2i). Hospital at Home teams in NHS Highland and NHS Grampian accept direct GP referral. Can anyone recommend a realistic review frequency for a 40-bed home with 1 GP session a week?"),
    # 073 Phone-typed lower-case short scheduling message
    ("anyone know if the diabetes foot clinic is still running on tues after the bank hol? and is it still 9-12? sorry, on my phone between house calls"),
    # 074 Kenyan snakebite antivenom post
    ("Snakebite season with the long rains. What we stock: EchiTAb-PLUS-ICP (Costa Rica, 10 vials for saw-scaled viper, puff adder) and SAIMR polyvalent (SAVP, South Africa) for mamba and cobra. 20-minute whole blood clotting test (20WBCT) before and 6 hours after antivenom. WHO Afro guidelines 2010. Neurotoxic bites: neostigmine 50-100 mcg/kg with atropine. Puff adder swelling: elevate, no tourniquet, no incision, no black stone. The Kenya Snakebite Research and Intervention Centre (KSRIC) has good teaching videos."),
    # 075 South African silicosis compensation process, public info
    ("For those helping ex-mineworkers: Tshiamiso Trust pays silicosis and TB claims for gold miners who worked between 12 March 1965 and 10 December 2019 (settlement of the class action). Required: ID, proof of employment (TEBA or service record), and a benefit medical examination at one of the One Stop Centres (Carletonville, Mthatha, Kuruman, Burgersfort) or mobile units. ILO classification of 1/0 or more = silicosis class 1. ODMWA certification still runs through MBOD separately. Payouts R10,000 to R500,000 depending on class."),
    # 076 NZ rheumatic fever prevention in schools
    ("Rheumatic fever numbers in Aotearoa are still worst for Pacific and Māori kids in Auckland, Waikato and Northland (incidence roughly 10x NZ European). The 2019 Heart Foundation guideline: sore throat in high-risk kids aged 3-35, swab and treat empirically with amoxicillin 50 mg/kg once daily (max 1000 mg) for 10 days or IM benzathine. School sore throat clinics have been cut back in some regions. Ideas for keeping swabbing going in rural kura without a nurse?"),
    # 077 Australian Aboriginal health check, MBS items and CARPA
    ("Item 715 (Aboriginal and Torres Strait Islander health assessment) is claimable once every 9 months, follow-up items 81300-81360 for allied health after. CARPA STM 8th ed (2022) recommends ACR + eGFR yearly from age 15 in remote communities and every 2 years for others, and an ECG from 30. Kidney Health Australia's CKD-Go app is handy. Will post the new MBS July 2024 changes when I've read them."),
    # 078 Norwegian TBE vaccine question
    ("Tick-borne encephalitis (TBE, skogflåttencefalitt) now north of Helgeland along the coast. FHI recommends vaccine (Encepur or TicoVac) for people living in or visiting coastal areas of Agder, Vestfold, Telemark and now parts of Trøndelag. Schedule 0, 1-3 months, 5-12 months, booster at 3 years then every 5 (every 3 over 60). Not covered by the public programme, cost about NOK 500 per dose. Does anyone vaccinate fishermen routinely? Ticks on sheep islands are a real issue."),
    # 079 Greek GP on West Nile and leishmaniasis, public health
    ("Late summer again: West Nile virus in Central Macedonia and Thessaly (first big outbreak 2010, 262 cases). EODY sends weekly bulletins. Encephalitis in people over 70 with fever and confusion: send CSF and serum IgM. Visceral leishmaniasis in dogs and sometimes people in Attica and the islands; Mediterranean spotted fever (Rickettsia conorii) with the tache noire after dog tick bites, doxycycline 100 mg bd for 7 days. Useful EODY page: https://eody.gov.gr/en/"),
    # 080 Turkish dermatology and FMF question, genetics
    ("Question from eastern Anatolia where consanguinity is high: we see Familial Mediterranean fever (MEFV M694V homozygous) often, colchicine 1-2 mg/day, and sometimes Mal de Meleda (SLURP1) keratoderma in the same families. Also Behçet's disease with the pathergy test. Is there any guideline from the Türk Dermatoloji Derneği on acitretin in children for palmoplantar keratoderma? In FMF the Tel Hashomer criteria and the Eurofever/PRINTO 2019 criteria differ, which do you use?"),
    # 081 Ugandan paediatric oncology in rural hospitals, eponyms
    ("Burkitt lymphoma (endemic, jaw) still presents late in the north and the West Nile sub-region. Cyclophosphamide 40 mg/kg monotherapy at district level cures about 50% with early stage. Kaposi sarcoma in HIV adults: start ART first, then bleomycin + vincristine. The Uganda Cancer Institute in Kampala is the only radiotherapy centre. Also seeing nodding syndrome reduced since the 2013 onchocerciasis elimination programme. Uganda Clinical Guidelines 2023 have a nice chapter on childhood cancers."),
    # 082 Indonesian dengue and Wolbachia, literature link
    ("Dengue update for dokter Puskesmas: NS1 rapid test day 1-5, IgM/IgG after day 5. WHO 2009 warning signs: abdominal pain, persistent vomiting, mucosal bleed, lethargy, liver >2 cm, rising Hct with falling platelets. The AWED trial in Yogyakarta (NEJM 2021, https://doi.org/10.1056/NEJMoa2030243) showed 77% fewer dengue cases with Wolbachia-infected Aedes aegypti. Qdenga (TAK-003) licensed by BPOM in 2022 for age 6-45."),
    # 083 Sri Lankan snakebite and Kyasanur question
    ("Snakebite in paddy farmers: Russell's viper (tic polonga) gives coagulopathy, AKI and sometimes ptosis; hump-nosed viper (kunakatuwa) is now recognised as a cause of AKI and there is no specific antivenom. Indian polyvalent antivenom (Bharat, VINS) 10 vials initially, 20WBCT at 20 minutes. See the Sri Lanka Medical Association snakebite guidelines. Leptospirosis (rat fever) in the Maha season: doxycycline 200 mg weekly chemoprophylaxis for paddy workers is offered by the MOH offices."),
    # 084 Fiji typhoid and leptospirosis campaign
    ("Typhoid conjugate vaccine (Typbar-TCV) campaign in the Northern Division in 2023 reached most children aged 1-15. Typhoid in Fiji is mostly iTaukei communities with untreated water and septic tank overflow after cyclones. Leptospirosis: the LTDD campaign (Leptospirosis, Typhoid, Dengue, Diarrhoea) by MHMS. Empirical doxycycline for fever + myalgia + calf tenderness in cane and dalo farmers during the wet season. Azithromycin for suspected typhoid in kids."),
    # 085 US RMSF on tribal lands
    ("Rocky Mountain spotted fever is a big problem on some tribal lands in Arizona, carried by the brown dog tick (Rhipicephalus sanguineus) around homes with free-roaming dogs. CDC says start doxycycline on clinical suspicion, at any age, don't wait for the rash or serology; mortality jumps after day 5. The RMSF Rodeo project (dog collars + environmental spraying) cut cases in a pilot community. Chagas is also worth remembering in Latino farmworkers from Mexico and Central America: benznidazole is now FDA-approved for children aged 2-12."),
    # 086 Nunavut TB programme
    ("TB in Inuit Nunangat is still about 300 times the rate in Canadian-born non-Indigenous people. ITK's TB elimination framework targets 2030. Taima TB (Iqaluit, 2011) door-to-door screening worked; 3HP (isoniazid + rifapentine weekly x 12) is now used for latent TB in most communities, with directly observed weekly doses at the health centre. BCG is given at birth in Nunavut. For contact tracing in small communities, confidentiality is hard: everyone knows who the nurse is visiting."),
    # 087 Welsh farmers' mental health resources
    ("Farmers' mental health resources, Wales and UK: DPJ Foundation (Share the Load, 0800 587 4262), Tir Dewi, Farming Community Network (03000 111 999), YANA (You Are Not Alone) in Norfolk, RABI. Suicide rate in agricultural workers is about 1.5x the national average (ONS 2017). PHQ-9 and GAD-7 work in Welsh translation. Ask about firearms, debt, the TB testing results, and the weather. Samaritans 116 123 in Welsh: 0808 164 0123."),
    # 088 Australian snakebite first aid teaching
    ("Teaching session notes for station staff and ringers: pressure immobilisation bandage (PIB) for all Australian snakebites, crepe bandage from fingers/toes up the whole limb, splint, keep still. Do not wash the bite (venom detection kit, though VDK use is declining). Brown snake bites cause VICC (venom-induced consumption coagulopathy); one vial of CSL brown snake antivenom is enough. 20WBCT is not reliable for VICC; INR and fibrinogen if you have an i-STAT. RFDS Medical Chest items 1-45 include the bandages. Call the Poisons Information Centre 13 11 26."),
    # 089 dictation style teaching on CKD-EPI and KDIGO
    ("Dictated for the practice newsletter. Kidney update. The CKD-EPI 2021 race-free equation is now the lab default in most of our regions, so eGFR for Black patients will read lower than before by about 5 to 10. KDIGO 2024 guideline: SGLT2 inhibitor for anyone with eGFR 20 or above and ACR 20 milligrams per millimole or more, or with heart failure, irrespective of diabetes, based on DAPA-CKD and EMPA-KIDNEY. Finerenone from FIDELIO-DKD and FIGARO-DKD for type 2 diabetes with albuminuria despite ACE inhibitor. Recheck potassium at 4 weeks. End of dictation."),
    # 090 Scottish rural fellowship post, colleague
    ("Hi all, Eilidh here, ST3 on the NES Rural Fellowship. Looking for advice on the rural placement rota for next year: islands vs mainland? I've been told Orkney and Shetland practices get 2 fellows each, Skye and Lochalsh 1, and the Western Isles 1. Also, has anyone done the BASICS Scotland PHEC course before starting? I'm sitting the MRCGP RCA in April. @gp.tormod you did the Uist placement in 2022, worth it?\n"
     "Reply from Tormod: Worth every minute. Do BASICS first, you'll be first on scene with the coastguard more than you think."),
    # 091 US farmworker heat illness and OSHA
    ("Heat season for H-2A workers in the Central Valley and the Southeast. OSHA's proposed heat rule (2024) would require water, shade and rest breaks at a heat index of 80 F and more at 90 F. Cal/OSHA already requires shade at 80 F. CKD from recurrent dehydration (the Mesoamerican nephropathy pattern) now documented in Florida and Georgia nursery workers. Migrant Clinicians Network runs Health Network for patients who move between states. Screen for Chagas with a trypomastigote IgG when a worker is from an endemic area and has a conduction abnormality."),
    # 092 Norway/rural 4-day week discussion, weekdays
    ("Our practice (3 fastleger, 2 nurses, 4,200 patients on the lists) is discussing a 4-day week for doctors: Monday, Tuesday, Thursday, Friday with Wednesday as the admin and home-visit day. Legevakt on Wednesdays is shared with the neighbouring kommune. Has anyone done this in a rural practice without losing continuity? The Handlingsplan for allmennlegetjenesten (2020-2024) encourages flexible models but the basic funding (basistilskudd) is per patient per year."),
    # 093 Australian MBS chronic disease items, numbers that are not IDs
    ("MBS chronic disease management from 1 July 2023: GP management plan item 721 and team care arrangement item 723, being replaced by the new GP chronic condition management plan items in 2025 - check before you bill. Review item 732. Allied health 10950-10970, 5 services a year. Diabetes cycle of care SIP 2517 for practices on PIP QI. For rural workforce incentives see the Workforce Incentive Program, MMM 5-7 gets the higher loading. HbA1c every 6 months, ACR and lipids yearly per the RACGP Red Book 10th ed."),
    # 094 NZ Green Prescription, ACC forms, kaupapa Māori
    ("Rural general practice tips, Aotearoa: Green Prescription (Sport NZ funded, via your regional sports trust) for T2DM and HTN, 3-month support. ACC45 for injuries, ACC18 for medical certificates; ACC32 for treatment requests after 8 weeks. Whānau Ora navigators and kaupapa Māori providers are often the best people to get someone back into care. Healthline 0800 611 116 is free for patients after hours; Plunketline 0800 933 922 for under-5s."),
    # 095 South African HIV/NCD lab thresholds and audit fractions
    ("Integrated chronic care audit at our 6 rural clinics, 2023: BP controlled (<140/90) 412/701 = 59%; HbA1c <7% 96/318 = 30%; VL suppressed <50 copies/ml 3,104/3,377 = 92%; CD4 <200 at ART start 28%. Gaps: annual ACR done in only 1 in 5 diabetics. NDoH 2023 ART guidelines: TLD (tenofovir/lamivudine/dolutegravir) first line, switch to TLD from NNRTI regimens. Adherence clubs of 25-30 patients meet every 2 months. Next district meeting is Wednesday the 21st in the boardroom."),
    # 096 Kenyan/Ugandan maternal and NCD cross-border collaboration, conference
    ("Conference reminder: our regional NCD task-sharing symposium is in Arusha 12-14 November 2024, abstracts close 30 August. Themes: task-sharing hypertension care to CHVs and VHTs, insulin access (Life for a Child, WHO 2021 prequalification of human insulin), and rheumatic heart disease registers (Uganda's national RHD registry at Mulago). The Kenya Ministry of Health Community Health Strategy 2020-2025 and Uganda's VHT programme both push digital tools (eCHIS). https://www.eac.int/health"),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc36-001": [{"name": "Wes Brandenburg"}, {"name": "Jen Hollowell", "handle": "@jhollo"}],
    "pc36-004": [{"name": "Morag Flett", "handle": "@morag.f"}],
    "pc36-005": [{"name": "Siân Morgan"}],
    "pc36-009": [{"name": "Brian Ochieng"}, {"name": "Wairimu Kamau"}],
    "pc36-015": [{"name": "Tom Kearney"}, {"name": "Nadia Costa", "handle": "@nadia.c"}],
    "pc36-016": [{"name": "Aroha Kereama", "handle": "@aroha.k"}, {"name": "Hine Walker"}],
    "pc36-022": [{"name": "Lisa Chythlook", "handle": "@akdoc.lisa"}],
    "pc36-025": [{"name": "Callum Fraser"}],
    "pc36-030": [{"name": "James Muriuki", "handle": "@jmuriuki"}],
    "pc36-038": [{"name": "Susie Nowdluk", "handle": "@susie.n"}, {"name": "Ben Whitaker", "handle": "@dr.ben.w"}],
    "pc36-042": [{"name": "Paul Guidry"}],
    "pc36-045": [{"name": "Marcus Little Bear", "handle": "@mlittlebear"}],
    "pc36-050": [{"name": "Andi Pratama"}, {"name": "Rina Hutapea"}],
    "pc36-058": [{"name": "Wanjiku Njoroge", "handle": "@wanjiku.md"}, {"name": "Otieno Were"}],
    "pc36-090": [{"name": "Eilidh Ross"}, {"name": "Tormod MacLeod", "handle": "@gp.tormod"}],
}

build, render, main = first_set.blind_set(
    "pc36", Path(__file__).with_name("physician_cases_36.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
