# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 44: district hospitals, mission and NGO clinics and community health in
low- and middle-income countries.

The writers are doctors (and the odd clinical officer) working in or visiting district and
regional hospitals, mission hospitals, NGO clinics, health centres and community programmes in
Nigeria, Ghana, Ethiopia, Uganda, Tanzania, Malawi, India, Nepal, Pakistan, the Philippines,
Indonesia, Brazil, Mexico, Guatemala, Peru and Haiti. Some are native English writers (visiting
mission doctors), most are not; several notes mix in Portuguese, Spanish, French and Haitian
Creole, Hausa, Swahili, Hindi, Urdu, Nepali, Amharic/Oromo words, Tagalog and Indonesian. The
formats are WhatsApp/Viber group exports with speaker labels and times, referral slips and
hand-held forms, maternal and perinatal death audits, drug-stock and outbreak messages,
mission-trip hand-overs, community health worker reports, pasted lab, imaging and discharge
documents, letters, phone-typed one-liners and long structured write-ups. The 44 PHI-free notes
are teaching posts, guideline and trial summaries, drug and dose lists, eponymous signs and
place-named diseases, scores and classifications, citations with DOIs, PubMed numbers and public
agency links, and rota, conference and journal-club chat among network colleagues.

Every person, facility and number is invented; towns, districts and regions are real-style.

Annotation conventions:

- PT: every name of a patient (in maternal and perinatal notes the mother is a patient): full
  names, given names or surnames alone, nicknames, initials standing for the patient, names in
  lower case, ordinary-word names (Happiness, Baraka, Asha, Esperanza, Mercy, Comfort, Blessings, Wellington). Titles and
  honorifics (Mr, Mrs, Mama, Baba, Malam, Alhaji, Hajiya, Ato, W/ro, Smt., Shri, Dona, Seu,
  Doña, Don, Lola, Aling, Ibu, Bapak, Pak, Bu, Mang, Maame, Bibi, Babu, Mzee, Hajurba, Thakur,
  Madame, Mme, Baby, B/O) are outside the span; a possessive 's is outside. In a teknonym such as "Mama Zawadi" the word Mama is outside and the name is
  tagged with the role of the person the teknonym refers to.
- REL: named relatives, guardians, spouses, escorts and other named non-clinical people linked
  to a patient (neighbours, employers, interpreters, village leaders, a pastor). In child and
  newborn notes the parents are REL. Titles outside, as for PT.
- HCP: every named health worker who is not a network member: doctors, clinical officers,
  nurses, midwives, pharmacists, lab staff, radiographers, ambulance drivers, health
  administrators, community health workers (ASHA, HEW, LHW, BHW, ACS, kader, CHW) and
  traditional birth attendants/parteras/comadronas; also the speakers of pasted external group
  chats and the signatories of pasted letters and forms. Titles, ranks and role words (Dr, Dra.,
  Prof, Sr., Sister, Matron, Nurse, CO, MO, HA, CHN, CHO, MPSS, ANM, ASHA, HEW, BHW, LHW,
  Pharm., Lic., Enf., Obstetra, bidan) and post-nominals are outside the span.
- Network members (colleagues replying, @mentioned, thanked or signing off on the discussion
  network itself, listed in MEMBERS) are never tagged, neither their names nor their handles.
- STREET: street addresses (house or plot number with street name, P.O. Box numbers) and
  GhanaPostGPS digital addresses, as one span.
- TOWN: cities, towns, municipalities and communes, including capitals and names written in
  lower case; a Nepali ward number attached with a hyphen (Manebhanjyang-6) is inside.
- COUNTY: named administrative units between the first-level state/region and the town:
  districts, LGAs, sub-counties, woredas, zones, tehsils, blocks, Traditional Authorities,
  kabupaten, Peruvian provincias and distritos, Haitian arrondissements. A capitalised label
  after the name (Mukono District, Ungogo LGA, West Arsi Zone) is inside; a label before the
  name (District, Tehsil, TA, Kabupaten, distrito de) or a lower-case label after it is outside.
- PLACE: villages, hamlets, neighbourhoods, wards, kebeles, kata, mohallas, bastis, barangays,
  sitios, desa, bairros, colonias, aldeas, centros poblados, sections communales and localités,
  refugee settlements, trading centres, boda stages, markets, motor parks, junctions and other
  named landmarks; the same label rule as COUNTY (Barangay, Sitio, Kebele, aldea, mtaa wa, bairro before the name are
  outside).
- Not tagged: countries, states, regions, provinces and departments (Kano State, Ashanti
  Region, Oromia, Bihar, Sindh, Bahia, Chiapas, Nueva Ecija, Artibonite), rivers, lakes and
  mountains, and any place name inside the name of a disease, organism, sign, operation, score,
  classification, trial, declaration, organisation or programme (Lassa fever, Buruli ulcer,
  Blantyre coma score, Bombay phenotype, Kigali modification, Abuja Declaration).
- ZIP: postal codes (PIN, CEP, C.P., ZIP), the code only.
- FAC: named hospitals, health centres, health posts, CHPS compounds, dispensaries, BHUs and RHCs,
  puskesmas, RHUs, UBS, postas, labs, pharmacies, schools, churches, mosques, businesses,
  shops, farms, factories, cooperatives and local NGOs, with their type words (Hospital, Health
  Centre IV, CHPS Compound, Puskesmas, RSUD, UBS, BHU) inside; short forms and acronyms of
  such facilities too. A town written after the facility name and a comma is a separate TOWN
  span. Not tagged: national and international agencies, ministries, insurers and programmes
  (WHO, MSF, UNICEF, CDC, MSPP, DOH, Dinkes, NAS, NADRA, UNHCR, OPM, NHIS, NHIF, PhilHealth,
  BPJS, SUS, IMSS, IGSS, SIS, SERUMS, PM-JAY, Chiranjeevi, PEPFAR, Rescue 1122, 108 ambulance)
  and generic unnamed units (labour ward, NICU, the district hospital).
- DATE: every calendar date more specific than a year, in any format, language or calendar
  (Ethiopian E.C., Bikram Sambat), including day and month without year, month and year, and
  the date part of chat timestamps; a month name alone standing for a specific month of
  the story is tagged too. Weekday names, times, relative dates, epi-week numbers and
  holidays named as such are not tagged.
- YEAR: a year standing alone that belongs to the story of a patient or of a clinician in a
  PHI note. Years of publications, guidelines, trials and conferences are never tagged.
- AGE: ages over 89 only, the number alone; younger ages are not tagged.
- PHONE: telephone, mobile and WhatsApp numbers (also as chat speaker labels); public
  emergency and helpline numbers are not tagged. PAGER: pagers, bleeps and short internal
  extensions, the number only. FAX: fax numbers.
- EMAIL: email addresses. URL: links to a page about a patient, relative or non-member
  clinician, fundraisers, private shared folders and forms, facility pages; public literature,
  guideline and agency links (doi.org, PubMed, who.int, cdc.gov, nice.org.uk) are not tagged.
  IP: IP addresses. HANDLE: social-media and messaging usernames of non-members.
- SSN: national identity numbers (NIN, Ghana Card, Fayda, NIDA, Aadhaar, CNIC, Nepali
  citizenship, PhilSys, NIK, CPF, CURP, DPI, DNI, Haitian NIF/CIN). MRN: hospital, OPD/IPD,
  ANC, ART, TB-register, RCH and lab-sample numbers. PLAN: health-insurance member numbers
  (NHIS, NHIF, CBHI, PM-JAY, PhilHealth, BPJS, Cartão SUS, IMSS NSS, SIS). ACCT: bank,
  mobile-money and hospital bill accounts. LIC: professional registration and driving licence
  numbers. PLATE: vehicle and boat registrations. VIN: chassis numbers. DEVICE: serial numbers
  and IMEIs of devices (drug batch and lot numbers are not tagged). ID: any other identifying
  number: passports, voter cards, birth and death certificates, referral-slip serials, audit
  and line-list case numbers, refugee registration, NGO beneficiary, student and staff numbers,
  mobile-money transaction references. For all these number kinds the label (NIN, CPF, MRN,
  CRM-BA, cédula) is outside and the number, with any letters that belong to it, is inside.
- Never tagged: drug names, doses, scores, lab values, bed numbers, ward names, gestational
  ages, eponyms, authors of cited publications, historical figures, public identifiers of
  publications and trials (DOI, PMID, ISBN, NCT/ISRCTN/PACTR numbers), drug batch and lot
  numbers, error codes, and words that could be names but are not used as names here (the
  weekday Sunday, mercy, hope, grace).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Nigeria: pasted department WhatsApp export, eclampsia and oliguria on MgSO4
    """Pasted from our O&G department WhatsApp group (Android export) because I want outside opinions on the MgSO4 bit. @chiamaka.obi you did your fellowship on this, abeg look.

[[DATE:14/03/2024]], 22:41 - Dr [[HCP:Aminu Shehu]]: Pls be aware, 19yo primigravida from [[PLACE:Gwammaja]] came in fitting x3 at home, BP 180/120, ~34wks by LMP. Husband Malam [[REL:Sani Garba]] says the TBA at [[PLACE:Kofar Mata]] gave her rubutu water first.
[[DATE:14/03/2024]], 22:44 - [[PHONE:+234 803 555 0147]]: Which bed? Loading dose in?
[[DATE:14/03/2024]], 22:45 - Dr [[HCP:Aminu Shehu]]: Labour ward bed 6. Pritchard loading given, 4g IV + 10g IM. Name [[PT:Hadiza Lawan]], hosp no [[MRN:DGH/24/031877]]
[[DATE:14/03/2024]], 22:52 - Sr [[HCP:Rakiya Umar]]: Urine output 15mls/hr since catheter. Dan Allah someone should review, SR on call not picking
[[DATE:14/03/2024]], 23:05 - Dr [[HCP:Ifeoma Chukwu]]: Coming. Hold next IM dose, check patellar reflex and RR, get calcium gluconate to bedside
[[DATE:15/03/2024]], 01:17 - Dr [[HCP:Ifeoma Chukwu]]: CS done 00:58, live female 1.9kg to SCBU. Mum on maintenance, UO now 22mls/hr. If no improvement we transfer to [[FAC:Murtala Specialist Hospital]] ICU
[[DATE:15/03/2024]], 06:30 - [[PHONE:+234 706 555 8821]]: Well done all. Who is going to write the incident form for the delay in [[FAC:DGH]] theatre?

My question: with UO <30 ml/h would you stop maintenance entirely or halve it? Our protocol says stop, the consultants at [[FAC:Dala General Hospital]] say continue with hourly reflexes. Patient did well in the end.""",
    # 002 Ghana: CHPS referral form pasted with a question about timing
    """Referral form that arrived with a patient today. Pasting because of the timing issue, please comment.

GHANA HEALTH SERVICE - REFERRAL FORM
Serial no: [[ID:AS/BKW/0004417]]
From: [[FAC:Asuofua CHPS Compound]]     To: [[FAC:St. Brigid's Catholic Hospital]], [[TOWN:Bekwai]]
Date: [[DATE:03-Feb-2025]]     Time: 14:20
Client name: [[PT:Akosua Serwaa Mensah]]     Age: 27     Sex: F
NHIS No.: [[PLAN:04938217]]     Ghana Card: [[SSN:GHA-718204553-7]]
Address: [[STREET:AK-039-4471]] ([[PLACE:Asuofua]], behind [[FAC:Ebenezer Presby Church]])
Contact (husband, [[REL:Kofi Boakye]]): [[PHONE:024 555 8193]]
Reason for referral: G2P1 at 36/40, painless bleeding since morning, about 2 pads soaked
Treatment given: IV access 18G, N/S 500 ml, no VE done
Referred by: CHN [[HCP:Gifty Appiah]]
Means of transport: NAS ambulance [[PLATE:GV 2231-21]]

She reached our labour ward at 17:40, more than 3 hours after the form time, and the distance is 22 km. The ambulance was at [[TOWN:Kuntanase]] on another call. Scan showed major praevia. Question for the group: should CHPS nurses be calling the district directly instead of waiting for NAS? Our DDHS Dr [[HCP:Osei-Tutu]] is asking for evidence.""",
    # 003 Ethiopia: maternal death review abstract with Ethiopian calendar dates
    """Maternal death review abstract (our woreda MDSR committee), posting for the discussion on oxytocin storage at health-post level.

MDSR case no: [[ID:OR/WA/2016/014]]
Facility of death: [[FAC:Arsi Negele Primary Hospital]]
Deceased: W/ro [[PT:Almaz Tadesse Gemechu]], 32 years, G5P4
Residence: [[PLACE:Sirba]] kebele, [[COUNTY:Arsi Negele Woreda]], [[COUNTY:West Arsi Zone]], Oromia
Date of delivery: [[DATE:Tir 11, 2016 E.C.]]
Date of death: [[DATE:Tir 12, 2016 E.C.]] ([[DATE:21 January 2024]] G.C.)

Summary: delivered at home with a neighbour, [[REL:Chaltu Abdi]], at 02:00. HEW [[HCP:Birtukan Alemu]] from [[FAC:Sirba Health Post]] was called at 05:30, found heavy bleeding, gave misoprostol 600 mcg and called the ambulance. The ambulance (driver [[HCP:Tolosa Dinka]], plate [[PLATE:3-OR A14592]]) was in [[TOWN:Shashemene]] and arrived 09:40. At [[FAC:Kersa Health Center]] the oxytocin in the fridge had been without power for 6 days. Reached the hospital 12:15 in shock, Hb 3.1, died 14:05 before the second unit.

Delay 1: husband Ato [[REL:Gemechu Bekele]] waited for his mother's permission. Delay 2: transport. Delay 3: no blood in the bank.

Signed: Dr [[HCP:Yonas Getachew]], committee chair, [[DATE:Yekatit 3, 2016]]

Has anyone trialled heat-stable carbetocin at health-post level in the highlands?""",
    # 004 Uganda: phone one-liner about a boda-boda crash
    """boda guy from [[PLACE:kireka]] stage, open tib/fib + GCS 13, plate [[PLATE:UFB 392K]] police want it in the notes lol. any ortho at [[FAC:kireka mercy]] tonight?? call me [[PHONE:0772 555031]]""",
    # 005 Tanzania: Swahili/English discharge summary pasted, readmission with anaemia
    """Posting because this lady came back 3 days after discharge with Hb 5.9. Our summary below, tell me what we missed.

HOSPITALI YA WILAYA - MUHTASARI WA KURUHUSIWA / DISCHARGE SUMMARY
[[FAC:Hospitali ya Wilaya Kilosa]]
Jina: [[PT:Rehema Juma Mwakalinga]]     Umri: 41     Jinsia: Ke
Namba ya faili: [[MRN:KDH-2024-08812]]     NHIF: [[PLAN:1022-3884-6519]]
Anuani: Mtaa wa [[PLACE:Magomeni]], Kata ya [[PLACE:Mabwerebwere]], Wilaya ya [[COUNTY:Kilosa]], Mkoa wa Morogoro
Alilazwa: [[DATE:02/07/2024]]     Aliruhusiwa: [[DATE:11/07/2024]]
Dx: severe malaria (mRDT +, BS 3+) with severe anaemia Hb 4.8
Rx: IV artesunate x3 doses then ALu, transfused 2 units whole blood, ferrous + folate
Ndugu: mume [[REL:Salum Mwakalinga]], simu [[PHONE:+255 754 555 219]]
Daktari: Dr [[HCP:Neema Kisanga]] (MO), reg. MCT [[LIC:4471]]

She was brought back tarehe [[DATE:14 Julai 2024]] by her neighbour Mama [[REL:Zawadi]] because she was too weak to walk. Repeat smear negative. Stool: hookworm ova ++. I think we treated the malaria and forgot the worms and the menorrhagia she mentioned on the ward round.""",
    # 006 Malawi: perinatal death audit extract with a member tagged
    """Perinatal death audit from last month, shared with permission of our audit team lead. @chisomo_b I think this is the case you asked about at the zonal meeting.

Facility: [[FAC:Namitambo Mission Hospital]]
Audit no.: [[ID:PDA-CZ-23-0117]]
Mother: [[PT:Chikondi Phiri]], 24, P0+0, from [[PLACE:Mpunga]] village, TA [[COUNTY:Mpama]], [[COUNTY:Chiradzulu District]]
Guardian: [[REL:Mercy Phiri]] (sister)
Admitted: [[DATE:9 Aug 2023]] 03:10, 4 cm, FHR 100-110, meconium grade 2
Midwife on duty: [[HCP:Tiyamike Mbewe]]     Clinician: CO [[HCP:Blessings Kachingwe]]
Outcome: fresh stillbirth 2.6 kg at 07:55

Findings: partograph not started until 05:00. Doppler was broken, the spare one is at [[FAC:Mbulumbuzi Health Centre]]. Decision for CS at 05:40, but the only theatre team was doing a laparotomy and the ambulance to [[TOWN:Blantyre]] had gone to [[TOWN:Zomba]]. Action points: second Doppler, CO to call the DHO when the theatre is occupied.

The mother herself had a postpartum fever and was treated for endometritis, BCS not relevant, she was alert throughout.""",
    # 007 India: ASHA home-visit report typed in Hinglish
    """ASHA didi [[HCP:Sunita Devi]] ne apna HBNC register ka photo bheja, typing it here for the group because I want advice on the LBW baby.

Village: [[PLACE:Bhagwanpur]], Block [[COUNTY:Mahua]], District [[COUNTY:Vaishali]], Bihar, PIN [[ZIP:844122]]
Baby of [[REL:Pooja Kumari]], DOB [[DATE:12.10.2024]], home delivery, wt on day 3 = 1.85 kg
RCH ID: [[MRN:110047236518]]
Mother ka Aadhaar: [[SSN:4521 8876 3310]]     PM-JAY: [[PLAN:BR7Z8841209]]
Papa [[REL:Ramesh Paswan]] ka mobile: [[PHONE:+91 94315 55827]]
Day 3 visit: baccha thik se doodh nahi pee raha, temp thanda, KMC samjhaya
Day 7 visit ([[DATE:19 Oct]]): wt 1.79 kg, jaundice upto chest. ANM [[HCP:Kiran Kumari]] ([[FAC:Bhagwanpur HSC]]) ne [[FAC:SDH Mahua]] refer kiya, family nahi gaye kyunki Diwali ka time tha.

Same visit she also found [[PT:Asha]] (5 yr, MUAC 11.2 cm, oedema +) next door and sent her to the NRC. So two referrals from one ASHA on one day, neither went. What works in your blocks to get families to actually go?""",
    # 008 Nepal: surgical camp hand-over with BS dates
    """Hand-over from the outgoing surgical camp team, [[FAC:Rumjatar Mission Hospital]], for the team arriving Sunday.

1. [[PT:Dil Bahadur Tamang]], 67M, from [[TOWN:Manebhanjyang-6]], [[COUNTY:Okhaldhunga]]. Mesh repair of R inguinal hernia on [[DATE:2081/08/14]] B.S. Wound fine. Citizenship no. [[SSN:12-01-74-03321]], hospital no. [[MRN:RMH-081-2290]]. Needs removal of skin clips on day 10.
2. [[PT:Sita Kumari Rai]], 34F, [[PLACE:Harkapur]]. Total abdominal hysterectomy for fibroids, POD 3, Hb 8.9. Husband [[REL:Bhim Rai]] is a porter and will need to leave for work on the trek route, so she will have only her daughter.
3. Hajurba [[PT:Man Bahadur Magar]], [[AGE:91]], cataract R eye done, IOP ok. Lives alone above [[PLACE:Patale]], his grandson [[REL:Suman]] brings him.
4. [[PT:Kanchhi Sherpa]], 22F, burns contracture release L hand [[DATE:17 Mangsir]], graft take ~90%.

Local coordinator: HA [[HCP:Pemba Lama]], [[PHONE:+977 984-5550132]] (he has the only reliable phone signal). Photos and op notes: [[URL:https://drive.google.com/drive/folders/1kXq8RmtCampRjtr2081]]. Camp email [[EMAIL:rumjatar.surgcamp@gmail.com]].

Helicopter evac number is on the wall in the duty room.""",
    # 009 Pakistan: LHW voice note transcribed, neonatal sepsis
    """LHW [[HCP:Nasreen Akhtar]] sent a voice note (Sindhi/Urdu), transcribing for the group:

"Doctor sahib, Basti [[PLACE:Ghulam Shah]] mein 9 din ka bacha hai, doodh nahi pee raha, bukhar hai, naaf laal hai. Walid ka naam [[REL:Ghulam Mustafa]], unka CNIC [[SSN:41203-5518824-7]]. Maa [[REL:Shahida]] keh rahi hai dai ne naaf pe ghee lagaya tha."

Tehsil [[COUNTY:Khairpur Nathan Shah]], District [[COUNTY:Dadu]]. Nearest is [[FAC:BHU Goth Ghulam Shah]], no doctor posted there for eight months, so she called me at the RHC. We gave first dose amoxicillin + gentamicin per the PSBI simplified regimen and arranged Rescue 1122 to [[FAC:Civil Hospital Dadu]]. Dr [[HCP:Zubair Soomro]] there says there is no free cot in the nursery.

Baby name is [[PT:Muhammad Ali]] on the register (no birth registration yet). Family is asking if they can continue injections at the BHU instead. Thoughts on outpatient gent in this setting?""",
    # 010 Philippines: Taglish Viber group chat from an RHU
    """From our RHU Viber GC last night, pasting for the discussion on transfer criteria:

[[DATE:Sept 3]] 8:14 PM - Nurse [[HCP:Jhoanna]]: doc may pt dito from Sitio [[PLACE:Bagong Silang]], Lola [[PT:Remedios Dalisay]], [[AGE:92]] y/o, nahulog sa banyo, di makatayo, R leg shortened and externally rotated
[[DATE:Sept 3]] 8:16 PM - Dr [[HCP:Ramon Villanueva]]: vitals?
[[DATE:Sept 3]] 8:17 PM - Nurse [[HCP:Jhoanna]]: BP 150/90 PR 98 RR 22, medyo confused daw sabi ng apo si [[REL:Jun-Jun]]
[[DATE:Sept 3]] 8:20 PM - Dr [[HCP:Ramon Villanueva]]: ok ship to [[FAC:San Jose District Hospital]], call the ER muna. PhilHealth?
[[DATE:Sept 3]] 8:22 PM - BHW [[HCP:Marites Cruz]]: meron po, PIN [[PLAN:01-025538841-7]], senior citizen ID nasa anak na si [[REL:Evelyn Dalisay]]
[[DATE:Sept 3]] 8:40 PM - Nurse [[HCP:Jhoanna]]: LGU ambulance [[PLATE:SAB 4127]] nasa [[TOWN:Rizal]] pa daw, 1 hr pa
[[DATE:Sept 4]] 12:05 AM - Nurse [[HCP:Jhoanna]]: naka-admit na sa [[FAC:SJDH]], for ORIF daw pero walang ortho until Monday

Our municipality ([[TOWN:Pantabangan]]) has one ambulance for 27 barangays. How do your RHUs triage hip fractures in the very old when the hospital has no ortho on weekends?""",
    # 011 Indonesia: postpartum haemorrhage from a puskesmas, Indonesian/English
    """Kasus PPH dari puskesmas kami, mohon masukan (English below).

Ibu [[PT:Yuliana Jehaut]], 33 th, G4P3A0, melahirkan di rumah di desa [[PLACE:Wae Sano]] tanggal [[DATE:17 Agustus 2024]] jam 23.00 ditolong dukun. Bidan desa [[HCP:Maria Goreti Nggarang]] datang jam 01.30, perdarahan banyak, plasenta belum lahir.

English: our village midwife found a retained placenta with heavy bleeding 2.5 h after a home birth. She gave oxytocin 10 IU IM, started a line and called us at [[FAC:Puskesmas Lembor]], Kabupaten [[COUNTY:Manggarai Barat]]. Manual removal done at 03:40 by dr. [[HCP:Agustinus Ndahur]], estimated loss 1.5 L. Referred to [[FAC:RSUD Marombok]] in [[TOWN:Labuan Bajo]], 2.5 h on the road; transfused 3 units.

Husband Bapak [[REL:Fransiskus Jemadu]], HP [[PHONE:0812-3855-0914]]. BPJS [[PLAN:0001827734912]], NIK [[SSN:5315046208910003]].

Discussion points: (1) village midwives carrying misoprostol for self-administration at home births, (2) whether we should keep a walking blood donor list per desa.""",
    # 012 Brazil: ACS report and dengue with warning signs, Portuguese/English
    """Caso de dengue com sinais de alarme em idosa, pelo relato da nossa ACS. Opinions on home vs hospital welcome.

Relato da ACS [[HCP:Rosilene]] - [[FAC:UBS Vila Esperança]]
Paciente: Dona [[PT:Maria das Dores Silva]], [[AGE:94]] anos
Endereço: [[STREET:Rua Sete de Setembro, 412]], bairro [[PLACE:Vila Esperança]], [[TOWN:Cruz das Almas]] - BA, CEP [[ZIP:44380-000]]
CPF: [[SSN:081.554.327-19]]     Cartão SUS: [[PLAN:708 4093 5521 6617]]
Filha: [[REL:Josiane]], tel [[PHONE:(75) 99155-0432]]
Visita em [[DATE:12/04/2024]]: febre há 4 dias, dor abdominal, vômitos 3x, sonolenta. Prova do laço positiva.

Examined by Dra. [[HCP:Luana Figueiredo]] (CRM-BA [[LIC:28817]]) at home the same afternoon: Ht 48%, plaquetas 62 mil, PA 100/60, capillary refill 3 s. Group C by the Ministry flowchart, so she should be admitted, but the family refused because the last time at the [[FAC:Hospital Regional de Cruz das Almas]] she waited 11 hours in a chair. We did oral + IV hydration at the UBS and the ACS went back at night.

She is fine now. But I am worried we are normalising home management for group C in the very old.""",
    # 013 Mexico: hoja de referencia pasted, severe preeclampsia in an adolescent
    """Hoja de referencia que mandamos anoche, para el caso que comenté en el grupo.

HOJA DE REFERENCIA Y CONTRARREFERENCIA
Unidad que refiere: [[FAC:Centro de Salud Rural Majosik']]
Unidad receptora: [[FAC:Hospital Comunitario de Tenejapa]]
Fecha: [[DATE:23 de mayo de 2024]]     Hora: 21:45
Paciente: [[PT:Juana Gómez Pérez]]     Edad: 17 años     CURP: [[SSN:GOPJ070312MCSMRNA4]]
Localidad: [[PLACE:Majosik']], Municipio de [[TOWN:Tenejapa]], Chiapas, C.P. [[ZIP:29440]]
Diagnóstico: G1, embarazo de 35.2 SDG, preeclampsia con datos de severidad (TA 170/110, cefalea, fosfenos)
Tratamiento: sulfato de magnesio 4 g IV impregnación + 1 g/h, nifedipino 10 mg VO
Acompañante: madre, [[REL:María Pérez Santiz]]; traductora tseltal [[REL:Rosa López]]
Partera que acompañó: doña [[HCP:Petrona Santiz]]
Médico que refiere: MPSS [[HCP:Diego Arriaga]], cédula prof. [[LIC:12845521]]
Ambulancia: [[PLATE:DK-4821-C]]

She arrived 1 h 40 min later with BP 150/100. They did a cesarean at 02:00, baby 2.1 kg. My question is about the loading dose by a pasante with no lab: do you give the 4 g and go, or wait?""",
    # 014 Guatemala: mission-trip hand-over note, cleft and malnutrition follow-up
    """Hand-over for the next brigade (we leave [[TOWN:Santo Tomás La Unión]] on Saturday). Please read before clinic day 1.

Clinic: [[FAC:Clínica Maxeña]], aldea [[PLACE:Xejuyup]] side clinic runs Tuesdays.

- [[PT:Ixchel Tzoc Ajú]], 7 months, unilateral cleft lip + palate, weight 5.9 kg (WHZ -2.4). Mother [[REL:Juana Tzoc]] speaks K'iche' only, husband [[REL:Baltazar]] works on the [[FAC:Finca El Carmen]] coffee farm and comes Sundays. Surgery slot with the visiting cleft team in [[TOWN:Quetzaltenango]] on [[DATE:15-Jun-2024]] IF she gains weight. Family fundraiser: [[URL:https://www.gofundme.com/f/labio-para-ixchel-xejuyup]]
- Don [[PT:Sebastián Choc]], 58, diabetic foot, R hallux amputation here [[DATE:2/4]], dressings daily by comadrona [[HCP:Cristina Ajú]] who we trained. DPI [[SSN:2544 81327 1008]] (needed for the IGSS paperwork his son is doing).
- [[PT:Esperanza Ixcot]], 12, rheumatic heart disease, on monthly benzathine, next dose due [[DATE:May 9]]. Echo images on the laptop in the blue bag.

Local contacts: promotor de salud [[HCP:Edgar Quiej]] [[PHONE:+502 5531 0247]]; clinic coordinator [[EMAIL:coordinacion@clinicamaxena.org]].

Spanish interpreter is Don [[REL:Chepe]]'s daughter — pay her from the petty cash.""",
    # 015 Peru: posta de salud referral, high-altitude obstetric haemorrhage
    """Caso de la posta, les pido opinión sobre el traslado.

Puesto de Salud [[FAC:P.S. Ccollana]], centro poblado [[PLACE:Ccollana]], distrito de [[COUNTY:Huarocondo]], provincia de [[COUNTY:Anta]], Cusco (3,650 m).

Paciente [[PT:Florencia Quispe Mamani]], 29 años, DNI [[SSN:47820316]], SIS [[PLAN:7-21033-0448812]]. Parto domiciliario el [[DATE:05/09/2024]] a las 4 am, atendido por su suegra. Llegó a la posta a las 8 am con sangrado y atonía. Obstetra [[HCP:Karina Huallpa]] (COP [[LIC:28341]]) dio oxitocina 20 UI en 1 L, masaje, misoprostol 800 mcg SL.

Translation for non-Spanish readers: the road to [[FAC:Hospital Regional del Cusco]] was closed by a landslide near [[PLACE:Izcuchaca]] so the ambulance took 4 h 20 min via [[TOWN:Anta]]. Husband [[REL:Teófilo Quispe]] and two comuneros carried her on a stretcher to the road for the first 40 minutes. She received 4 units on arrival and survived.

Médico SERUMS: [[HCP:Renzo Valdivia]]. Can anyone share experience with non-pneumatic anti-shock garments at altitude?""",
    # 016 Haiti: cholera alert in French and Creole from a commune-level group
    """Alerte choléra — message du groupe de la commune, je traduis en bas.

"Bonjour à tous. [[DATE:18 oct. 2022]]. 7 nouveaux cas de diarrhée aqueuse aiguë à la section communale de [[PLACE:Délugé]], commune de [[TOWN:Saint-Marc]], surtout localité [[PLACE:Bois-Neuf]]. 2 décès communautaires (Mme [[PT:Anite Désir]], 61 ans, et [[PT:Ti Jak]], enfant de 4 ans). Les cas sont transférés au CTC de [[FAC:Centre de Santé Pierre Payen]]. Pa gen klorin ankò nan dispansè a, ni Sewòm Oral. Dr [[HCP:Jean-Baptiste Cadet]], [[PHONE:+509 3755 0218]]."

Line list IDs so far: [[ID:CHOL-ART-0412]] to [[ID:CHOL-ART-0418]]. One of them, [[PT:Wilner Joseph]], 27, is a truck driver who came from [[TOWN:Gonaïves]] on the [[DATE:15th]].

Translation: 7 new acute watery diarrhoea cases, two community deaths, no chlorine and no ORS at the dispensary. We are sending ORS with the moto team tomorrow. If anyone has contacts with WASH partners covering Artibonite please DM me.""",
    # 017 Nigeria: drug-stock message looking for magnesium sulfate
    """pls anyone in [[TOWN:onitsha]] or [[TOWN:nnewi]] with MgSO4 50% ampoules? our supplier [[FAC:Ebuka Pharmaceuticals Ltd]] say out of stock till next week and we have 2 eclamptics on the ward. we can pay transfer, acct [[ACCT:2041558873]] name [[FAC:Holy Rosary Specialist Hospital]]. call our pharmacist Pharm. [[HCP:Obinna Eze]] [[PHONE:0806 555 2290]] or me. even 20 amps will do""",
    # 018 Ghana: meningitis outbreak situation message from a district
    """CSM situation update, [[COUNTY:Bawku West District]], shared by our DDHS for the northern network (cases anonymised by them? no, so please treat as confidential):

- Cumulative suspected cases this season: 46, deaths 5 (CFR 10.9%). Above the epidemic threshold in [[PLACE:Tilli]] and [[PLACE:Sapelliga]] communities, alert threshold in [[TOWN:Zebilla]] township.
- New deaths since last update: [[PT:Atia Abugri]], 9, from [[PLACE:Tilli]] ([[ID:UE/BWW/25/031]]), died on arrival at [[FAC:Zebilla Hospital]] on [[DATE:27/02]]; [[PT:Azure]], 16, pupil at [[FAC:Tilli D/A JHS]] ([[ID:UE/BWW/25/034]]).
- CSF: 11 samples sent to [[FAC:Bolgatanga Regional Lab]], 6 NmC on PCR. Ceftriaxone stock at the hospital: 240 vials.
- Reactive vaccination request sent to the region on [[DATE:1 March]]. School closed by the DCE.

Focal person: Mr [[HCP:Ayamga Atule]] ([[PHONE:0208 555 641]]). Clinicians in the Upper East please report suspected cases same day.""",
    # 019 Uganda: long structured HIV / cryptococcal meningitis case write-up with replies
    """Long one, sorry. Advice on cryptococcal meningitis management when flucytosine runs out mid-induction.

PATIENT: [[PT:Nakato Proscovia]], 34F, shopkeeper at [[FAC:Mama Nalongo General Merchandise]], lives [[PLACE:Kabalagala]], [[TOWN:Kampala]], originally from [[PLACE:Kiwenda]] in [[COUNTY:Wakiso]]. NIN [[SSN:CF88041103PXKL]]. ART no. [[MRN:KRH-ART-11872]] at [[FAC:Kabalagala Health Centre IV]].

HISTORY: HIV dx [[YEAR:2016]], on TLD, defaulted [[DATE:Dec]]–[[DATE:Feb]] per her sister [[REL:Sarah Nakato]] because of money. Admitted [[DATE:03/11/2024]] with 2 weeks headache, vomiting, then confusion. GCS 13, no focal signs, neck stiffness mild.

INVESTIGATIONS:
- Serum CrAg LFA positive, CSF CrAg positive titre 1:2560
- LP opening pressure 38 cmH2O, CSF India ink positive, WBC 12, protein 0.9, glucose 1.6
- CD4 24 (sample [[MRN:LAB-24-119007]]), VL 186,000
- Xpert MTB/RIF Ultra on urine LAM-negative

MANAGEMENT: single high-dose liposomal AmB 10 mg/kg on day 1 + flucytosine 100 mg/kg/day + fluconazole 1200 mg (AMBITION regimen). Therapeutic LPs days 1, 3, 5. Flucytosine ran out on day 6 (stock at [[FAC:Joint Medical Store]] delayed). Switched to fluconazole 1200 alone until day 14. ART restart planned at week 5.

COURSE: Day 1-3 still confused, GCS 12-13, OP on second LP 31 cmH2O, drained 25 ml to a closing pressure of 18. Day 4 hypokalaemia 2.9 despite pre-emptive KCl 1200 mg bd and magnesium, corrected IV. Day 5 creatinine rose from 78 to 141 (liposomal, so less nephrotoxic than deoxycholate, but she was dry from vomiting); gave 1 L N/S pre-hydration before the LPs and it settled to 96 by day 9. Day 7 oral candidiasis, nystatin. Day 8 GCS 15, headache much better, walking to the toilet. Day 10 new left CN VI palsy, repeat LP pressure 29, drained again; the palsy improved over a week. Day 12 counselled with her sister on adherence and disclosure; she had not told her employer, who pays her in cash weekly and deducts for sick days. Social worker linked her to the community ART group that meets at the church in [[PLACE:Kiwenda]] so she does not have to travel to town every month.

WHO SAW HER: Dr [[HCP:Kenneth Ssemwogerere]] (ID physician, visiting from [[FAC:Mulago Hill Infectious Diseases Clinic]]) and our MOs. Discharged [[DATE:22/11/2024]] to her sister's at [[PLACE:Kiwenda]]; phone [[PHONE:+256 701 555 384]].

QUESTION: does the 6-of-14-day flucytosine course change your consolidation dose or the ART timing?

---
Reply from @jmwakyusa: We had the same stock-out in our zone. We kept consolidation at 800 mg and delayed ART to 6 weeks given the incomplete induction. Headache recurrence is the thing to watch.
Reply from Kwame Asante-Boateng: Agree. And get her a repeat LP if any new headache, opening pressures rebound.""",
    # 020 Tanzania: mission hospital ward hand-over list with very old patients
    """Ward hand-over, medical ward, [[FAC:Ndolage Lutheran Hospital]], from the visiting team to Dr [[HCP:Emmanuel Rweyemamu]] who takes over on [[DATE:1 Oct]].

Bed 2 - Bibi [[PT:Tumaini Kokushubila]], [[AGE:93]], CCF, on furosemide 40 bd, weight down 3 kg. Lives in [[PLACE:Kabirizi]] with great-granddaughter [[REL:Neema]]. Wants to go home before the rains.
Bed 4 - [[PT:Rwegasira]], 56M, stroke day 9, NGT, aspiration risk. Wife [[REL:Joyce Rwegasira]] feeds him; teach her again.
Bed 7 - Babu [[PT:Kokubanza Mutalemwa]], [[AGE:96]], fall with # NOF, conservative, bedsore sacrum grade 2. Family from [[TOWN:Bukoba]] asked about surgery at [[FAC:Bugando]]; we said no, too frail. Son [[REL:Deogratias]] [[PHONE:0767 555 402]].
Bed 9 - [[PT:Happiness Kamugisha]], 19F, severe malaria, day 3 artesunate, now on ALu. NHIF none, iCHF card [[PLAN:KGR-21-009418]].
Bed 11 - [[PT:Baraka]], 14M, sickle cell crisis, from [[FAC:Kamachumu Secondary School]] (boarder). Headmaster Mr [[REL:Projestus Lwakatare]] wants to know when he can return.""",
    # 021 Malawi: one-liner about antivenom
    """anyone has SAIMR polyvalent? 14yo from [[PLACE:Mponela]] trading centre, puff adder bite, massive swelling, [[FAC:Dowa DH]] has 0 vials. pls call CO [[HCP:Yamikani Chirwa]] on [[PHONE:0888 555 713]]""",
    # 022 India: discharge summary pasted, organophosphate poisoning
    """Discharge summary of an OP poisoning case from our district hospital — the atropine part is what I want to discuss.

[[FAC:DISTRICT HOSPITAL BARAN]] - DISCHARGE SUMMARY
Name: [[PT:Ramprasad Meena]]     Age/Sex: 38/M     IPD No.: [[MRN:2024/IPD/18834]]
Address: Village [[PLACE:Kunjer]], Tehsil [[COUNTY:Atru]], Distt. [[COUNTY:Baran]] (Raj.) [[ZIP:325218]]
Aadhaar: [[SSN:7731 0082 4419]]     Chiranjeevi/PM-JAY: [[PLAN:RJ-CHN-4471902]]
DOA: [[DATE:07-11-2024]]     DOD: [[DATE:16-11-2024]]
Dx: Organophosphate (chlorpyrifos) poisoning, intentional, intermediate syndrome
Course: atropine total 412 mg over 72 h, pralidoxime 1 g 6-hourly x 3 days, intubated day 3-7 in ICU. Psychiatry review done, counselling given.
Treating: Dr [[HCP:Sanjay Verma]], MD Medicine (RMC Reg. [[LIC:31884]])
Informant: brother [[REL:Kailash Meena]], [[PHONE:98290 55147]]

Background: he farms soya on leased land from Thakur [[REL:Bhanwar Singh]] and lost the crop. Second OP case from the same village this month. Is anyone running a pesticide-storage-box project with farmers in their block?""",
    # 023 Nepal: short Nepali/English post
    """dai haru, [[PT:ram kumari thapa]] lai aaja [[FAC:Sunkoshi Mission Hospital]] bata discharge gariyo, ~~eclampsia~~ sorry PPH case from yesterday, now Hb 8. thank you for the quick advice""",
    # 024 Pakistan: XDR typhoid write-up with member replies
    """XDR typhoid in a child who has been to three GPs — teaching case + question about oral options. Reply from @ayesha.q welcome as you run the peds ID clinic.

Patient: [[PT:Hamza Qureshi]], 6 years, M, from [[PLACE:Latifabad Unit 7]], [[TOWN:Hyderabad]]. Father Mr [[REL:Imran Qureshi]], shopkeeper at [[PLACE:Resham Bazar]], CNIC [[SSN:41304-2215689-3]], mob [[PHONE:0300-5552719]].
MR No.: [[MRN:LH-24-557103]]     Sehat card: beneficiary under father's CNIC

History: fever 12 days. Seen at two clinics near [[FAC:Qasimabad Medical Complex]] and given cefixime then ceftriaxone 3 days. Presented [[DATE:11 June 2024]] with fever 39.8, hepatomegaly, Hb 9.1, plt 98.
Blood culture ([[MRN:BC-24-22018]]): Salmonella Typhi, resistant to ampicillin, chloramphenicol, co-trimoxazole, ciprofloxacin, ceftriaxone; sensitive to azithromycin, meropenem.
Treatment: meropenem 20 mg/kg 8-hourly + azithromycin 10 mg/kg for 7 days, afebrile on day 5. Discharged on azithromycin.

Question: anybody doing oral azithro monotherapy for uncomplicated XDR in outpatients? Our unit head Dr [[HCP:Farah Memon]] wants a protocol. His school ([[FAC:The City School Latifabad]]) had two more cases in the same class.

---
@ayesha.q replied: Yes, azithro 20 mg/kg/day for 7 days for uncomplicated XDR in OPD, admit anyone toxic. Please notify the district surveillance officer, the water supply in that block was the problem last time.""",
    # 025 Philippines: leptospirosis after flooding, Taglish post
    """Lepto season na naman. Case share from our district hospital:

[[PT:Rodel Macaraeg]], 42M, tricycle driver (TODA [[ID:SJ-0417]]), from Barangay [[PLACE:Malinta]], [[TOWN:Valenzuela]]. Waded through flood on [[DATE:July 24]] after the typhoon, no prophylaxis. Came in [[DATE:Aug 2]] with fever, calf pain, jaundice, oliguria 200 ml/day, creatinine 5.8. PhilHealth PIN [[PLAN:19-050447183-2]].

Started penicillin G, transferred for dialysis to [[FAC:Valenzuela Medical Center]] kasi wala kaming HD machine. Wife [[REL:Lorna Macaraeg]], [[PHONE:0917 555 0382]], is a teacher at [[FAC:Malinta Elementary School]] and says 3 other drivers from their terminal at [[PLACE:Malinta Exit]] are sick.

Doxycycline 200 mg weekly during flood exposure is in the DOH guideline. Who actually gets it in your LGU? Our CHO [[HCP:Rowena Bautista]] says they ran out after the first week.""",
    # 026 Indonesia: TB contact-tracing report by a community kader
    """Laporan kader TB (investigasi kontak) dari desa binaan kami, I translated the key bits.

Kader: [[HCP:Siti Rohmah]]     Puskesmas: [[FAC:Puskesmas Sukamulya]]
Indeks kasus: Bapak [[PT:Dedi Supriadi]], 47, TB paru BTA+, rifampicin sensitive, mulai OAT [[DATE:3 Mei 2024]]. Reg TB no. [[MRN:32.04.0711/2024/0093]]
Alamat: Kampung [[PLACE:Cibeureum]], Desa [[PLACE:Sukamulya]], Kecamatan [[COUNTY:Cikalong Wetan]], Kabupaten [[COUNTY:Bandung Barat]]
Kontak serumah:
1. Ibu [[REL:Euis Kurniasih]] (istri), 44, batuk 3 minggu -> rujuk TCM
2. [[REL:Rizky]], 16, siswa [[FAC:SMK Bina Karya]], tidak ada gejala -> TPT
3. [[REL:Nayla]], 3, BB turun -> dirujuk ke dr. [[HCP:Hendra Gunawan]], Sp.A
Tempat kerja: pabrik tekstil [[FAC:PT Sinar Kahuripan Textile]], 600 pekerja.

The wife turned out Xpert positive, rif sensitive. The question is whether the factory will allow screening of his line of 40 workers; the HR manager Pak [[REL:Asep]] says only with a letter from the Dinkes.""",
    # 027 Brazil: municipal infant-death committee summary, Portuguese
    """Resumo do Comitê Municipal de Prevenção do Óbito Infantil, caso discutido ontem. Sharing because of the prenatal syphilis failure.

Óbito: RN de [[PT:Jéssica Aparecida dos Santos]], 19 anos
DNV nº [[ID:32-81774590-4]]     DO nº [[ID:3-1205548-7]]
Residência: bairro [[PLACE:Jardim Primavera]], [[TOWN:Teófilo Otoni]] - MG
Pré-natal: [[FAC:ESF Jardim Primavera]], 4 consultas, VDRL 1:64 na 1ª consulta ([[DATE:março/2024]]), tratada com penicilina benzatina 3 doses, parceiro [[REL:Wellington]] não tratado.
Parto: [[FAC:Hospital Santa Rosália]], [[DATE:02/09/2024]], 34 semanas, 1.980 g, hepatoesplenomegalia, VDRL RN 1:128.
Óbito: [[DATE:05/09/2024]], UTI neonatal, choque séptico.
Enfermeira da ESF: [[HCP:Cleide Moreira]]. Pediatra: Dr. [[HCP:Rafael Nogueira]] (CRM-MG [[LIC:61742]]).

Committee conclusion: avoidable. The partner works at the [[FAC:Cerâmica Vale do Mucuri]] tile factory and never came to the UBS because of shift hours. The mother was reinfected.

What has worked for partner treatment in your municipalities? We are thinking of delivering benzathine at the workplace with the company nurse.""",
    # 028 Mexico: one-line request for antivenom
    """alguien tiene faboterápico antialacrán? niño de 3 años ([[PT:J.A.M.]]) de la colonia [[PLACE:El Ranchito]] en [[TOWN:Apatzingán]], llegó con sialorrea y nistagmo, en el [[FAC:Hospital Rural IMSS-Bienestar Apatzingán]] no hay. urge, [[PHONE:453 555 0198]]""",
    # 029 Guatemala: community health worker malnutrition report, Spanish
    """Reporte de la promotora de la aldea, semana pasada. I am the only doctor reviewing these for 14 aldeas so any triage tips welcome.

Promotora: [[HCP:Lucía Xitumul]]     Aldea: [[PLACE:Chuicutama]], [[TOWN:Santa Cruz del Quiché]]
Niños con desnutrición aguda:
1. [[PT:Josué Tum]], 18 meses, P/T -3.2 DE, edema ++ (kwashiorkor). Madre [[REL:Micaela Tum]]. Referido al CRN.
2. [[PT:Dulce María Lux]], 2 años, P/T -2.4, sin edema, apetito ok -> ATLC (RUTF) en casa.
3. [[PT:Nehemías]], 11 meses, P/T -2.1, diarrea 5 días. Padre [[REL:Tomás Ajanel]] trabaja en la costa en la [[FAC:Finca San Gregorio Piedra Parada]].
Fecha de visita: martes [[DATE:12 de marzo]]

The mother of no. 1 said she cannot go to the CRN in [[TOWN:Santa Cruz]] because she has 4 other children and the husband is away in [[TOWN:Mazatenango]]. We started F-75 at the puesto instead with twice-daily visits by the promotora. Is that defensible?""",
    # 030 Peru: Amazon riverine malaria and river transport, Spanish/English
    """Amazon case: severe vivax in a riverine community, and the transport problem.

[[PT:Wilder Tapullima Sangama]], 24M, from the comunidad [[PLACE:Santa Rita de Tapiche]], distrito de [[COUNTY:Requena]]. Fisherman. Came by peque-peque boat (matrícula [[PLATE:IQ-21844-BM]]) 9 hours to the [[FAC:C.S. Requena]] on [[DATE:14/02/2025]].
Gota gruesa: P. vivax 48,000/µL. Hb 6.4, platelets 22,000, jaundice, SpO2 89% -> severe vivax by WHO criteria.
IV artesunate x3, then chloroquine + primaquine 0.5 mg/kg/day 7 days (G6PD not available). Transferred to [[FAC:Hospital Regional de Loreto]] in [[TOWN:Iquitos]] by the river ambulance on [[DATE:15/02]].
DNI [[SSN:72914401]]; hermano [[REL:Jhonny Tapullima]] [[PHONE:+51 965 550 284]].

Question: anyone using single-dose tafenoquine in Peru outside trials? And how do you do G6PD testing upriver? Our jefe de micro red Dr [[HCP:César Pinedo]] wants to know if a handheld quantitative test is worth buying.""",
    # 031 Haiti: visiting doctor hand-over at a mission hospital, postpartum eclampsia
    """Hand-over for whoever covers OB next week at [[FAC:Hôpital Bon Samaritain de Limbé]]. Pager/extension list at the bottom.

1. Madame [[PT:Roseline Pierre-Louis]], 31, P4, postpartum eclampsia day 2 (seizure 6 h after SVD at home in [[PLACE:Camp-Coq]]). Mag 24 h done, now on nifedipine 20 mg bid + labetalol. BP 150/95. Dossier [[MRN:HBS-22-4417]]. Her husband [[REL:Jean-Claude]] sells charcoal at the [[PLACE:Marché de Limbé]] and comes after 5 pm.
2. [[PT:Fabiola Jean]], 17, G1 at 30 wks, BP 146/92, no proteinuria. Watching. Lives with aunt [[REL:Mirlande Jean]] in [[TOWN:Cap-Haïtien]], phone [[PHONE:+509 4811 5502]].
3. [[PT:Nadège Célestin]], 38, P6, requested tubal ligation with this section, consent signed in Creole, witness Sr. [[HCP:Guerline Alexis]].

Extensions: labour ward [[PAGER:214]], OR [[PAGER:230]], lab [[PAGER:251]], Dr [[HCP:Wesner Étienne]] (OB attending) pager [[PAGER:0447]].
Generator goes off 11 pm to 5 am, use the headlamps.""",
    # 032 Nigeria: VVF repair camp hand-over with Hausa names
    """Fistula camp hand-over, [[FAC:Kwalli Fistula Centre]], [[TOWN:Kano]] - day 6 of 10.

Repaired this week (all catheters 14 days):
- [[PT:Hauwa Musa]], 17, from [[PLACE:Gwarmai]] in [[COUNTY:Bunkure LGA]], circumferential VVF, labour 4 days in [[YEAR:2022]], stillbirth. Dry on day 5.
- [[PT:Larai Abdullahi]], 23, [[COUNTY:Ringim]] area (Jigawa), juxtacervical, second attempt. Husband Malam [[REL:Isa Abdullahi]] divorced her, she came with her mother Hajiya [[REL:Binta]].
- [[PT:Kulu Yakubu]], 32, RVF + VVF, colostomy first by Dr [[HCP:Halima Sadiq]] on [[DATE:4/11/24]].
- Mama [[PT:Talatu]], 60s probably (she doesn't know her age), prolapse, for Manchester repair if fit.

Rehab: the women's skills programme at [[FAC:Tarauni Women Development Centre]] takes them after discharge; coordinator [[REL:Aisha Dambatta]] [[PHONE:0809 555 3318]].
Theatre list tomorrow: 3 cases, Dr [[HCP:Musa Ibrahim Gwarzo]] operating.""",
    # 033 Ghana: pasted referral letter reply with thanks to a member
    """Thanks to Kwame Asante-Boateng for the contact — the cardiothoracic team replied within a day. Pasting their letter to our head of paediatrics (with the family's permission) for the others who asked how the referral pathway works.

[[FAC:Korle-Gonno Cardiothoracic Centre]]
[[STREET:P.O. Box KB 4417]], [[TOWN:Accra]]
Tel: [[PHONE:0302 555 118]]     Fax: [[FAX:0302 555 119]]
Email: [[EMAIL:ctc.referrals@korlegonno-ctc.org]]

[[DATE:17th April 2025]]

Dear Dr [[HCP:Agyeman]],
RE: [[PT:YAW OFORI-ATTA]] (DOB [[DATE:02/08/2013]], your ref [[MRN:TDH/PAED/25/0311]])
Thank you for referring this 11-year-old boy from [[TOWN:Tamale]] with severe mitral regurgitation secondary to rheumatic heart disease. We have reviewed the echo images you sent. He is listed for mitral valve repair; the family should report to our OPD on Monday [[DATE:12th May 2025]] with his NHIS card ([[PLAN:08814402]]) and the birth certificate (no. [[ID:NR/TAM/2013/55610]]). The surgery cost not covered by NHIS can be discussed with our social welfare officer, Mrs [[HCP:Comfort Darko]].
Yours faithfully,
Dr [[HCP:E. K. Amponsah]], Consultant Cardiothoracic Surgeon

His father [[REL:Kwabena Ofori-Atta]] is a teacher at [[FAC:Tamale Islamic Senior High]] and is trying to raise the balance.""",
    # 034 Ethiopia: Amharic/English child TB case
    """Pediatric TB case from our health centre, selam to all.

Child: [[PT:Dawit Mekonnen]], 4 yrs, from [[PLACE:Gende Tesfa]], [[TOWN:Dire Dawa]]. Mother W/ro [[REL:Tsehay Worku]] has smear-positive TB on treatment at [[FAC:Legehar Health Center]] since [[DATE:Hamle 2016]].
Fayda (mother): [[SSN:4719 2286 0053 1174]]     CBHI: [[PLAN:DD-07-114588]]
Wt 11.2 kg (WAZ -2.6), cough 5 weeks, night sweats, hepatosplenomegaly no. CXR: right hilar LN. Gastric aspirate Xpert: MTB detected, rif resistance not detected.
Started RHZ paediatric FDC 3 tablets + ethambutol, pyridoxine. Registered as [[MRN:TB-DD-2017-0228]].

The father, Ato [[REL:Mekonnen Alemayehu]], works on the railway at the [[FAC:Dire Dawa dry port]] and is away 2 weeks at a time, so DOT is the mother herself. Anyone have experience with video-observed therapy on basic phones?""",
    # 035 Uganda: pasted lab report, GeneXpert and CD4 with device serials
    """Lab report for the TB/HIV case I mentioned. Look at the Xpert error history — our module keeps failing.

[[FAC:Kagadi Hospital]] LABORATORY — TB/HIV RESULTS
Patient: [[PT:Byaruhanga Godfrey]]     Sex: M     Age: 44
Lab no.: [[MRN:KGH-LAB-25-03318]]     Clinic no.: [[MRN:KGD/ART/4471]]
Sample received: [[DATE:07/03/2025]] 10:12     Reported: [[DATE:07/03/2025]] 15:40
Xpert MTB/RIF Ultra: MTB DETECTED MEDIUM, RIF resistance NOT DETECTED
Instrument: GeneXpert IV, S/N [[DEVICE:805172]], module A2 S/N [[DEVICE:691044]] (error 5007 x3 this week)
CD4 (PIMA): 187 cells/µL, analyzer S/N [[DEVICE:PIMA-0113487]]
TB-LAM: positive grade 2
Performed by: [[HCP:Tumusiime Doreen]], Lab Technologist     Checked: [[HCP:Kasaija Robert]]

Ordered a new module through the hub rider system; the hub at [[FAC:Kyenjojo Hospital]] still uses our machine for backup samples. Patient from [[PLACE:Muhorro]] trading centre, started on RHZE and CTX.""",
    # 036 Tanzania: CHW report in Swahili with mobile-money reference
    """Ripoti ya mhudumu wa afya ngazi ya jamii (CHW), imetumwa kwa SMS. English summary after.

"Habari dokta. Leo tarehe [[DATE:4 Julai 2024]] nimemtembelea mama [[PT:Upendo Mollel]] (22) kijiji cha [[PLACE:Mkonoo]], kata ya [[PLACE:Olorieni]]. Mimba wiki 32, kichwa kinauma sana, miguu imevimba. Nimempeleka [[FAC:Zahanati ya Olorieni]] kwa bodaboda ya [[REL:Lekishon]], nimelipa Tsh 8,000 kwa M-Pesa, muamala [[ID:SGH4K7LQ2P]]. - [[HCP:Paulina Laizer]], CHW [[PHONE:0713 555 462]]"

English: CHW found a primigravida at 32 weeks with headache and oedema, sent her to the dispensary by motorbike and paid the rider herself. BP there 164/108, protein 2+. Referred on to [[FAC:Mount Meru Regional Hospital]] in [[TOWN:Arusha]].

Our NGO refunds CHW transport via M-Pesa: paybill [[ACCT:400221]], account [[ACCT:CHW-ARU-0097]]. The district is asking whether this "pay first, refund later" model is fair on the CHWs. It clearly saved a life here.""",
    # 037 Malawi: pasted obstetric ultrasound report with the machine serial
    """Point-of-care ultrasound report from a health centre, shared for the POCUS training discussion. The CO who scanned is 2 months into training.

[[FAC:Chileka Health Centre]] - OBSTETRIC ULTRASOUND
Name: [[PT:Grace Mwale]]     Age: 26     Hosp. no: [[MRN:CHC-0488/23]]
Date: [[DATE:23/05/2023]]     Machine: Butterfly iQ+, S/N [[DEVICE:BF2201-448716]]
Findings: single intrauterine fetus, cephalic, FHR 142, BPD 8.6 cm (~34w4d), placenta fundal-posterior, AFI 4.2 cm (oligohydramnios). No obvious anomaly.
Impression: oligohydramnios at ~34 wks, to refer.
Scanned by: CO [[HCP:Chimwemwe Gondwe]]     Reviewed remotely: Dr [[HCP:Anna Lindqvist]] (tele-review)

Patient is from [[PLACE:Kachere]] village near the [[PLACE:Chileka]] airport road, husband [[REL:Mphatso Mwale]] is a guard at the [[FAC:Lunzu Tobacco Depot]]. Referred to [[FAC:Limbe Adventist Hospital]].""",
    # 038 India: WhatsApp group export about a snakebite at a PHC
    """From our district MO WhatsApp group this evening (pasting, names as exported):

[[DATE:22/07/24]], 19:02 - Dr [[HCP:Prashant Kale]]: Snake bite case at [[FAC:PHC Wadgaon]], 32F, [[PT:Savita Jadhav]] from [[PLACE:Nimbodi]], neurotoxic, ptosis +, no local swelling. Krait likely, bitten sleeping on floor.
[[DATE:22/07/24]], 19:05 - Dr [[HCP:Rupali Shinde]]: ASV how many vials you have?
[[DATE:22/07/24]], 19:06 - Dr [[HCP:Prashant Kale]]: 10 vials given, neostigmine trial no response. 108 called.
[[DATE:22/07/24]], 19:20 - [[PHONE:+91 98220 55413]]: Ambu bag + suction with you? 108 ambulance at [[TOWN:Shrigonda]] only
[[DATE:22/07/24]], 19:48 - Dr [[HCP:Prashant Kale]]: RR 8 now, bagging. Husband [[REL:Sunil Jadhav]] bagging in turns with ward boy
[[DATE:22/07/24]], 21:10 - Dr [[HCP:Rupali Shinde]]: Reached [[FAC:Civil Hospital Ahmednagar]], intubated, on ventilator

Question: at PHC level with no ventilator, is more ASV worth it for krait bites, or only bagging and transfer?""",
    # 039 Nepal: maternal death review with BS and AD dates
    """Maternal death review summary, our municipality. Sharing the key failure points.

Deceased: [[PT:Laxmi Bishwakarma]], 26, G3P2
Address: [[TOWN:Chaurjahari-3]], [[COUNTY:Rukum West]], Karnali
Date of death: [[DATE:2080 Poush 19]] ([[DATE:4 January 2024]])
Place of death: on the way to [[FAC:Chaurjahari Hospital]], in a jeep ([[PLATE:Ka 1 Ja 4417]])
Sequence: delivered at [[FAC:Bhalakcha Health Post]] at 14:00 by ANM [[HCP:Sarita Oli]]; retained placenta; MRP attempted; referral at 17:30; jeep found at 19:10; died 20:20.
Husband [[REL:Dhan Bahadur Bishwakarma]] is in Malaysia as a labour migrant; mother-in-law [[REL:Kali Devi]] consented to referral.

Reviewer: Dr [[HCP:Rabindra Pun]], [[DATE:Magh 7]]
Actions: stretcher fund per ward, blood donor list, ANM refresher on MRP. The health post had no misoprostol since [[DATE:Mangsir]].""",
    # 040 Pakistan: referral letter pasted, child with suspected rheumatic carditis
    """Referral letter I wrote today, pasted for feedback on the format (our trust wants a standard template for the district).

[[FAC:Tehsil Headquarters Hospital Kahuta]]
Department of Paediatrics
Ph: [[PHONE:051-5550431]]     Fax: [[FAX:051-5550432]]     Email: [[EMAIL:paeds.thqkahuta@gmail.com]]

Date: [[DATE:09-01-2025]]
To: The Paediatric Cardiologist, [[FAC:Benazir Bhutto Hospital]], [[TOWN:Rawalpindi]]

Re: [[PT:Areeba Naz]] d/o [[REL:Muhammad Naveed]], 10 y, MR# [[MRN:THQK-25-00184]]
Address: [[STREET:House 27, Street 4, Mohallah Eidgah]], [[TOWN:Kahuta]]
B-Form (NADRA) no.: [[SSN:37401-7782210-4]]

Dear colleague, this girl presented with 3 weeks of migratory polyarthritis, fever and a new pansystolic murmur at the apex. ASO 800, ESR 92, CRP 48, ECG PR 220 ms. Echo by our visiting sonologist suggests moderate MR. Fulfils revised Jones criteria (2 major: carditis, polyarthritis). Started aspirin and benzathine penicillin. Kindly evaluate for echo confirmation and advise on steroids.

Regards,
Dr [[HCP:Sadia Mirza]], FCPS (Paeds), PMDC [[LIC:48812-P]]""",
    # 041 Philippines: tele-consult for an elderly man whose daughter works overseas
    """Tele-consult this morning, sharing because the family logistics were harder than the medicine.

Patient: Mang [[PT:Ernesto Lagman]], 78, from Barangay [[PLACE:Sto. Niño]], [[TOWN:Guagua]], Pampanga. Known HTN/DM, now with a non-healing R foot ulcer x 6 weeks, probe-to-bone positive.
The daughter, [[REL:Maricel Lagman-Ocampo]], is an OFW nurse in [[TOWN:Riyadh]] working at [[FAC:Al Noor Specialist Clinic]] and arranges everything via Messenger ([[HANDLE:maricel.ocampo.rn]]). She sent his passport ([[ID:P4471882B]]) because she wants him flown out for treatment, which is not realistic.
Local caregiver: his nephew [[REL:Bong]] drives a jeepney (plate [[PLATE:CVU 418]]) and can bring him Tuesdays.

Plan: x-ray foot (osteomyelitis likely), admit to [[FAC:Guagua Doctors Hospital]] for IV antibiotics and debridement, vascular assessment. Senior citizen + PhilHealth ([[PLAN:02-051184772-9]]) should cover most.

Anyone with experience managing diabetic foot with the family abroad deciding everything? The daughter overruled the local family twice.""",
    # 042 Indonesia: one-liner about a relative's Instagram post
    """keluarga pasien Bu [[PT:Sri Wahyuni]] upload video IGD ke IG ([[HANDLE:@dedi_kurnia88]]) dan viral, direktur RS marah. how do you handle families filming in the ER?""",
    # 043 Brazil: riverine Amazon snakebite, Portuguese/English
    """Acidente botrópico em ribeirinho — case and the logistics.

Paciente: Seu [[PT:Raimundo Nonato Pereira]], 54, pescador, comunidade [[PLACE:Boa Esperança do Caiambé]], zona rural de [[TOWN:Tefé]] - AM. Picada no pé direito às 6h de [[DATE:11/03]], chegou ao [[FAC:Hospital Regional de Tefé]] às 19h, 13 horas depois, de rabeta (casco nº [[PLATE:AM-0412-RB]]).
Tempo de coagulação > 30 min, edema até joelho, bolhas, sangramento gengival. Soro antibotrópico 12 ampolas (acidente grave). No AKI.
Cartão SUS [[PLAN:898 0041 7722 1153]]. Filho [[REL:Francinaldo]] contato via rádio da comunidade, ou [[PHONE:(97) 98111-5520]].

What I want to discuss: our agente comunitária [[HCP:Dalva Castro]] wants antivenom stored at the community level with a trained técnico. Anyone seen that work (cold chain, training, adverse reactions)?""",
    # 044 Mexico: telemedicine incident note with IP addresses and portal link
    """Incidente de telemedicina: the video consult platform logged a session from an unknown address and IT wants clinicians to document it. Pasting the note I wrote.

Paciente: [[PT:Guadalupe Hernández Cruz]], 45, DM2, CURP [[SSN:HECG790214MOCRRD05]], NSS IMSS [[PLAN:4297 79 1144 3]]
Unidad: [[FAC:UMF No. 38]], [[TOWN:Tlaxiaco]], Oaxaca
Fecha: [[DATE:2024-10-08]], 11:20
Expected device (clinic tablet) IP [[IP:10.24.8.113]]; session also joined from [[IP:187.190.55.204]] for 6 minutes.
Portal link sent to the patient: [[URL:https://telesalud-mixteca.mx/consulta/HECG-2210-8831]]
The patient says her son-in-law [[REL:Rigoberto Salinas]] logged in from [[TOWN:Puebla]] to listen. She consented verbally.
Médico: Dr. [[HCP:Iván Sosa Matías]], cédula [[LIC:9921458]]

Question for those doing telemedicine: do you document third-party participants, and how do you verify identity?""",
    # 045 Guatemala: one-liner about a measles suspect
    """sarampión? niño de 2 años de aldea [[PLACE:Pasac Segundo]] ([[TOWN:Cantel]]), fiebre, exantema, conjuntivitis, sin vacunas, la mamá [[REL:Ana Coyoy]] viajó a [[TOWN:Tapachula]] hace 2 semanas. ya notifiqué al epidemiólogo""",
    # 046 Peru: ambulance crash incident report
    """Incident report from our micro red, the ambulance crash last week. Posting because of the question on driver working hours.

Vehículo: ambulancia tipo II, placa [[PLATE:EGK-847]], VIN [[VIN:9BWZZZ377VT004251]]
Conductor: Sr. [[HCP:Alfredo Cáceres Ríos]], licencia [[LIC:Q43881209]]
Fecha/hora: [[DATE:28 de octubre de 2024]], 03:40 am, km 112 carretera [[TOWN:Abancay]]-[[TOWN:Andahuaylas]]
Paciente trasladada: [[PT:Nilda Huamaní Ccoillo]], 33, hemorragia postparto, desde el [[FAC:C.S. Chincheros]]
Personal a bordo: Lic. Enf. [[HCP:Gladys Palomino]] (fractura de clavícula)
Patient transferred in a second vehicle and survived; the driver had been on duty 26 hours.

Our red has 3 drivers for 2 ambulances. Does anybody's region have a rule on maximum driving hours for ambulance drivers?""",
    # 047 Haiti: oxygen concentrator allocation log at a mission hospital
    """Oxygen concentrator log from our paeds ward, [[FAC:Hôpital Sainte-Thérèse de Hinche]]. We have 4 working units for 9 children needing O2. How do you ration?

Unit 1 (S/N [[DEVICE:DV5B-18-220417]]): [[PT:Kervens Louis]], 8 mo, pneumonia, SpO2 84% on RA -> 92% on 2 L
Unit 2 (S/N [[DEVICE:DV5B-18-220431]]): [[PT:Sabine Dorvil]], 3 y, severe malnutrition + pneumonia
Unit 3 (S/N [[DEVICE:7F-331-0082]]): split with flow-splitter between the twins [[PT:Jameson]] and [[PT:Jamesley Augustin]], 4 mo
Unit 4 (S/N [[DEVICE:7F-331-0097]]): [[PT:Widlène Noël]], 5 y, sickle cell acute chest

Unit 5 broken since [[DATE:3 février]], technician [[HCP:Frantz Baptiste]] says the sieve beds are gone, parts from [[TOWN:Port-au-Prince]] not possible with the roads blocked.
Mother of [[PT:Sabine]], [[REL:Islande Dorvil]], asked to take her home to [[TOWN:Lascahobas]]. We said no.""",
    # 048 Nigeria: Lassa fever case with replies from members
    """Confirmed Lassa fever in a health worker — thread for the isolation team. @fbello and Emeka Nwachukwu, thanks for the late-night calls.

Index: [[PT:Oluwaseun Adeyemo]], 29M, nurse at [[FAC:Owo Central Clinic]], from [[PLACE:Isuada]] quarters, [[TOWN:Owo]]. Fever 6 days, sore throat, retrosternal pain, then haematemesis. Lassa RT-PCR positive ([[MRN:LV-OND-25-0147]]) on [[DATE:19 January 2025]].
IV ribavirin per McCormick regimen started day 6; creatinine 280, no dialysis at [[FAC:FMC Owo]], so transferred to the isolation centre at [[FAC:Irrua Specialist Teaching Hospital]] ([[TOWN:Irrua]]).
Contacts: 34 listed, 9 high-risk (including his wife [[REL:Temitope Adeyemo]], [[PHONE:0813 555 9021]], and the patent medicine vendor at [[FAC:Olorunsogo Chemist]] who gave him antimalarials).
Notified the LGA DSNO, Mrs [[HCP:Folake Ogunleye]].

---
@fbello: Please make sure all 9 high-risk contacts get daily temperature for 21 days, and start ribavirin PEP only for needle-stick or mucosal exposure.
Emeka Nwachukwu: Also check the vendor's other customers; two of our last cluster were from the same chemist.""",
    # 049 Ghana: Buruli ulcer case from a district clinic
    """Buruli ulcer in a schoolgirl, treatment question.

[[PT:Abena Pokuaa]], 12F, class 6 at [[FAC:Kumpese Methodist Primary]], from [[PLACE:Kumpese]] near [[TOWN:Obuasi]]. Painless nodule L forearm since [[DATE:November]], now a 5 cm ulcer with undermined edges. PCR IS2404 positive (sample [[MRN:AMS-BU-24-0082]], sent via the [[FAC:Bekwai Municipal Hospital]] lab). NHIS [[PLAN:11029476]].
Started rifampicin 10 mg/kg + clarithromycin 7.5 mg/kg bd for 8 weeks (WHO regimen). Dressing by the nurse [[HCP:Esi Donkor]] at the [[FAC:Kumpese CHPS]] every other day.

Her grandmother Maame [[REL:Adwoa Fosuaa]] wants to use a herbal preparation from the fetish priest as well. Should we worry about interactions or only about secondary infection? Also, at what size do you refer for grafting?""",
    # 050 Uganda: refugee settlement clinic hand-over
    """Hand-over from the [[FAC:Rubondo Health Centre III]] team in [[PLACE:Nakivale]] settlement, [[COUNTY:Isingiro District]], for the incoming locum.

- [[PT:Amani Bahati]], 23F, from DRC, refugee no. [[ID:359-00487193]], 28 wks, HIV+ on TLD, VL suppressed. Lives zone [[PLACE:Base Camp]], husband [[REL:Jean-Paul Mushimiyimana]]. ANC no. [[MRN:RBD-ANC-24-611]].
- [[PT:Nshimirimana Claude]], 9M, Burundian, MUAC 11.8, OTP, next visit [[DATE:14/8]].
- [[PT:Fatuma Abdi Hassan]], 67F, Somali, HTN + DM, needs insulin from the [[FAC:Mbarara RRH]] pharmacy; interpreter [[REL:Hodan]] ([[PHONE:+256 782 555 914]]).
UNHCR/OPM verification exercise happens next week: bring the refugee IDs to every visit.""",
    # 051 Tanzania: short reply mentioning a member
    """@jmwakyusa that's exactly what happened with our case [[PT:Halima Said]] at [[FAC:Mnazi Mmoja]] in [[DATE:March 2024]], MgSO4 ran out after 2 doses""",
    # 052 India: Bombay phenotype blood request with member thanks
    """Rare blood request — Bombay phenotype (Oh) mother needing transfusion. Many thanks @drravi_menon for connecting us to the registry so fast.

Patient: Smt. [[PT:Kavita Gaikwad]], 28, G2P1, placenta praevia at 32 weeks, Hb 7.2, admitted at [[FAC:Sahyadri Women's Hospital]], [[TOWN:Satara]]. IP No. [[MRN:SWH/24/6612]].
Anti-H in plasma, forward grouping O, reverse shows agglutination with O cells; confirmed Oh at [[FAC:Satara Blood Centre]] by Dr [[HCP:Meenal Patankar]].
Two compatible Oh donors found: one in [[TOWN:Mumbai]] and one in [[TOWN:Kolhapur]], both via the rare donor registry. Family contact: husband [[REL:Santosh Gaikwad]] [[PHONE:+91 98509 55321]].
Plan: autologous donation not possible at this Hb, so elective LSCS at 34-35 weeks with 2 Oh units cross-matched.

For those who have not seen one: Bombay phenotype shows up as group O on forward typing, so always do reverse grouping.""",
]

FREE_NOTES: list[str] = [
    # 053 teaching post: Blantyre coma score versus GCS in cerebral malaria
    """Teaching post for the new interns: use the Blantyre coma score, not the GCS, in preverbal children with suspected cerebral malaria.

Blantyre coma score (max 5):
- Eye movement: 1 = watches or follows, 0 = fails to watch or follow
- Best motor response: 2 = localises painful stimulus, 1 = withdraws limb, 0 = no response or inappropriate
- Best verbal response: 2 = cries appropriately, 1 = moan or abnormal cry, 0 = none

A score of 2 or less is the usual research definition of cerebral malaria when other causes are excluded. Check glucose first (hypoglycaemia mimics everything), do an LP when safe, and look at the retina: malarial retinopathy (whitening, vessel changes, haemorrhages) makes the diagnosis far more specific.

Reference: Molyneux ME, Taylor TE, Wirima JJ, Borgstein A. Clinical features and prognostic indicators in paediatric cerebral malaria. Q J Med 1989;71:441-59. PMID 2690177.""",
    # 054 trial summary: FEAST and fluid boluses in febrile children
    """Journal club summary: FEAST (Fluid Expansion As Supportive Therapy).

- 3,141 children with severe febrile illness and impaired perfusion, 6 sites in East Africa
- Randomised to 20-40 ml/kg albumin bolus, 20-40 ml/kg saline bolus, or no bolus (maintenance only)
- 48-h mortality: 10.6% albumin, 10.5% saline, 7.3% control (RR bolus vs none 1.45)
- Excess deaths were cardiovascular collapse, not fluid overload as we had assumed
- No subgroup benefited, including those with severe malaria or gastroenteritis (gastroenteritis was excluded, remember)

Practical take-home: in children with shock from febrile illness and no dehydration, give maintenance fluids and transfuse if Hb < 5, do not bolus. Diarrhoeal dehydration still follows Plan C.

Maitland K, et al. Mortality after fluid bolus in African children with severe infection. N Engl J Med 2011;364:2483-95. doi:10.1056/NEJMoa1101549""",
    # 055 teaching: viral haemorrhagic fevers named after places
    """Quick VHF revision before the outbreak drill, since the interns mixed them up again.

- Lassa fever: arenavirus, Mastomys rodent reservoir, incubation 6-21 days, sore throat + retrosternal pain + proteinuria, deafness in survivors. Ribavirin early.
- Ebola disease: Zaire ebolavirus (Orthoebolavirus zairense) has two licensed monoclonal treatments (Inmazeb, Ebanga) and a vaccine (rVSV-ZEBOV). Sudan virus has neither.
- Marburg virus disease: bats (Rousettus), mines and caves, no licensed therapy.
- Crimean-Congo haemorrhagic fever: ticks (Hyalomma), slaughterhouse workers, nosocomial spread.
- Rift Valley fever: mosquitoes and livestock abortions, retinitis, mostly mild in humans.

None of these place names tell you where your patient has been. Always take a travel and exposure history. CDC summary: https://www.cdc.gov/vhf/index.html""",
    # 056 teaching: Kigali modification of the Berlin ARDS definition
    """For those of us without blood gas machines: the Kigali modification of the Berlin definition of ARDS.

Berlin: acute onset within 1 week, bilateral opacities, not fully explained by cardiac failure, PaO2/FiO2 ≤ 300 with PEEP ≥ 5.
Kigali: same timing and origin, but
- SpO2/FiO2 ≤ 315 (with SpO2 ≤ 97%) replaces PaO2/FiO2
- No PEEP requirement
- Bilateral opacities on chest X-ray OR lung ultrasound

In the original validation cohort, about 4% of adults screened met the modified criteria and hospital mortality was around 50%. The 2023 global definition has since adopted SpO2/FiO2 and ultrasound too.

Riviello ED, et al. Hospital incidence and outcomes of ARDS using the Kigali modification of the Berlin definition. Am J Respir Crit Care Med 2016;193:52-9. doi:10.1164/rccm.201503-0584OC""",
    # 057 teaching: magnesium sulfate regimens including the Dhaka low-dose regimen
    """MgSO4 regimens, since the question keeps coming up in the group:

1. Pritchard (IM): 4 g IV over 5-10 min + 10 g IM (5 g each buttock), then 5 g IM every 4 h in alternate buttocks for 24 h.
2. Zuspan (IV): 4 g IV loading, then 1 g/h infusion for 24 h.
3. Sibai: 6 g loading, 2 g/h (rarely used in our settings).
4. Dhaka low-dose regimen: 10 g loading (4 g IV + 3 g IM each buttock), then 2.5 g IM every 4 h. Used for smaller women.

Before each maintenance dose: patellar reflexes present, RR > 16/min, urine output > 30 ml/h (or > 100 ml in 4 h). Antidote: calcium gluconate 10% 10 ml IV over 10 min.

Serum magnesium monitoring is a luxury; clinical monitoring is what the Magpie trial effectively validated.""",
    # 058 drug and dose list: severe malaria
    """Severe malaria dosing card (adults and children), laminated version on the ward wall:

Artesunate IV/IM:
- ≥ 20 kg: 2.4 mg/kg at 0, 12, 24 h, then daily
- < 20 kg: 3 mg/kg per dose
- Minimum 3 doses (24 h), then switch to a full course of oral ACT when tolerating

Pre-referral (community or health post): rectal artesunate 10 mg/kg single dose for children 6 months to 6 years, then refer.

Artemether-lumefantrine 20/120: 5-14 kg 1 tab, 15-24 kg 2 tabs, 25-34 kg 3 tabs, ≥ 35 kg 4 tabs; twice daily for 3 days with fatty food.
Quinine (if no artesunate): 20 mg salt/kg loading over 4 h, then 10 mg/kg 8-hourly. Watch glucose.

Check glucose 4-hourly, transfuse if Hb < 5 g/dl (< 7 in adults), treat seizures with diazepam 0.3 mg/kg IV or 0.5 mg/kg PR.""",
    # 059 journal-club chat among members about E-MOTIVE
    """Journal club thread (this week's paper: E-MOTIVE):

@mcventura 20:02: The bundle is early detection with a calibrated drape + MOTIVE (massage, oxytocin, tranexamic acid, IV fluids, examination and escalation). Primary outcome severe PPH, laparotomy or death: 1.6% vs 4.3%.
@chisomo_b 20:05: Impressive relative reduction. But the drape is the real intervention. Without objective measurement we underestimate everything.
@mcventura 20:07: Agree. Our midwives estimate by pads and everyone says "normal".
@jparedes_md 20:11: Question on cost: the drapes are single use. Any data on reusable alternatives?
@chisomo_b 20:14: Not that I know. The trial gave them free. Country-level scale-up will depend on procurement.
@jparedes_md 20:16: Ok. I will present the cost side next time.

Gallos I, et al. Randomized trial of early detection and treatment of postpartum hemorrhage. N Engl J Med 2023;389:11-21. doi:10.1056/NEJMoa2303966""",
    # 060 rota chat among members, no dates
    """Rota chat for the weekend outreach clinics:

@sabina_g: Who can cover Saturday mobile clinic? I'm on call Friday night.
@tigist.h: I can do Saturday if someone takes my Sunday immunisation session.
Hannah Whitfield: I'll take Sunday, but I need a translator for the afternoon.
@sabina_g: Thank you both! Remember the cold boxes need ice packs frozen 24 h before.
@tigist.h: And bring the spare MUAC tapes, last time we ran out after 40 children.""",
    # 061 guideline summary: WHO recommendations on PPH with public link
    """WHO 2023 consolidated recommendations on postpartum haemorrhage, the main changes:

- Objective blood loss measurement (calibrated drape) for all vaginal births
- A first-response treatment bundle triggered by ≥ 500 ml loss or abnormal vital signs: uterine massage, oxytocic drugs, tranexamic acid 1 g IV (within 3 h of birth), IV crystalloids, examination and escalation
- Heat-stable carbetocin 100 µg IM/IV is an option for prevention where oxytocin quality cannot be assured
- Non-pneumatic anti-shock garment as a temporising measure
- Uterine balloon tamponade for refractory atony when surgery is not immediately available

Link: https://www.who.int/publications/i/item/9789240085398 (ISBN 978-92-4-008539-8).""",
    # 062 teaching: place-named and people-named tropical skin diseases
    """Tropical dermatology quiz answers (from Thursday's teaching):

1. Buruli ulcer - Mycobacterium ulcerans, painless undermined ulcer, IS2404 PCR. Rifampicin + clarithromycin 8 weeks.
2. Madura foot (eumycetoma vs actinomycetoma) - grains! Black grains = fungal, needs itraconazole and often surgery; actinomycetoma responds to co-trimoxazole + amikacin (Welsh regimen).
3. Oriental sore / Delhi boil - cutaneous leishmaniasis (L. tropica, L. major). Intralesional antimony or cryotherapy.
4. Post-kala-azar dermal leishmaniasis - after visceral disease, macules on the face, common after treatment in East Africa and South Asia.
5. Kaposi sarcoma - HHV-8, violaceous plaques, ART first, then chemo.
6. Podoconiosis - non-filarial elephantiasis from barefoot exposure to irritant clay soils. Shoes, foot hygiene.

How to tell them apart at the bedside, roughly:
- Painless ulcer with undermined edges in a child who lives near slow-moving water: think Buruli first, but do not forget tropical phagedenic ulcer (painful, smelly, fast) and cutaneous TB.
- Swollen foot with sinuses discharging grains: mycetoma. Look at the grains on a slide with KOH; colour and size help, culture confirms. Chronic osteomyelitis from bacteria has no grains.
- Crusted, painless nodule or ulcer on the face or hands of someone who travelled to a dry endemic area: cutaneous leishmaniasis. Slit-skin smear from the active edge, Giemsa stain, look for amastigotes.
- Hypopigmented macules on the face after treated visceral disease: PKDL; distinguish from leprosy (sensation is preserved in PKDL) and vitiligo (depigmented, not hypopigmented).
- Purple plaques on the legs, palate or conjunctiva in an HIV-positive adult: Kaposi until proven otherwise; biopsy if you can, but start ART either way.
- Bilateral lower-leg swelling starting at the forefoot, with mossy skin, in a barefoot farmer with no filarial exposure: podoconiosis. Filarial lymphoedema tends to be unilateral and to start higher.

Differentials are the point, not the eponyms.""",
    # 063 falsified medicine alert with batch numbers (not patient identifiers)
    """Medical product alert to share with your pharmacies: falsified oxytocin circulating in the region.

- Product: oxytocin injection 10 IU/ml, 1 ml ampoule
- Batch/lot numbers on the falsified packs: OXY2207B and OX-88143, expiry printed in a different font (does not match the genuine manufacturer's records)
- Lab analysis: 0-12% of stated active ingredient
- The genuine product has a hologram on the outer carton; the falsified one has a flat sticker

Do not use any stock with these batch numbers; quarantine and report to your national regulatory authority. WHO alerts page: https://www.who.int/teams/regulation-prequalification/incidents-and-SF/full-list-of-who-medical-product-alerts

Also a reminder that oxytocin is not heat-stable: store at 2-8 °C. Heat-stable carbetocin is the alternative where the cold chain is unreliable.""",
    # 064 teaching: Chagas and Carrion's disease
    """Two Latin American diseases named after physicians, for the visiting residents:

Chagas disease (Trypanosoma cruzi): triatomine bugs ("vinchuca", "chinche besucona"), Romaña sign (unilateral painless periorbital oedema) in the acute phase, then decades later dilated cardiomyopathy, RBBB + LAFB, megaesophagus and megacolon. Benznidazole 5-7 mg/kg/day for 60 days, or nifurtimox.

Carrion's disease (Bartonella bacilliformis): sandfly-borne in Andean valleys. Acute phase "Oroya fever" with severe haemolytic anaemia and secondary salmonellosis; eruptive phase "verruga peruana". Named after Daniel Alcides Carrión, the medical student who inoculated himself in 1885.

Treatment of Oroya fever: ciprofloxacin or chloramphenicol (covers Salmonella); verruga: azithromycin or rifampicin.""",
    # 065 audit teaching: Robson ten-group classification
    """If your hospital wants to audit caesarean rates, use the Robson ten-group classification (WHO recommended):

1 Nulliparous, single cephalic, ≥ 37 w, spontaneous labour
2 Nulliparous, single cephalic, ≥ 37 w, induced or CS before labour
3 Multiparous without previous CS, single cephalic, ≥ 37 w, spontaneous labour
4 Multiparous without previous CS, single cephalic, ≥ 37 w, induced or CS before labour
5 Previous CS, single cephalic, ≥ 37 w
6 All nulliparous breeches
7 All multiparous breeches (including previous CS)
8 All multiple pregnancies
9 All transverse or oblique lies
10 All single cephalic < 37 w

Groups 1, 2 and 5 usually drive the overall rate. In our last audit group 5 alone was 34% of all sections.""",
    # 066 phone one-liner about artesunate dose
    """quick q: artesunate for a 14 kg child is 3 mg/kg so 42 mg per dose right? not 2.4""",
    # 067 teaching: IMCI general danger signs
    """IMCI general danger signs, for the new CHW cohort (translated versions in the folder):

Any child 2 months to 5 years with ANY of these needs urgent referral after pre-referral treatment:
- Not able to drink or breastfeed
- Vomits everything
- Has had convulsions (in this illness)
- Lethargic or unconscious
- Convulsing now

Young infant (0-2 months) signs of possible serious bacterial infection: not feeding well, convulsions, fast breathing ≥ 60/min, severe chest indrawing, temperature ≥ 37.5 or < 35.5 °C, movement only when stimulated.

Pre-referral: first dose antibiotic (amoxicillin or IM gentamicin + ampicillin), rectal artesunate if malaria area, treat hypoglycaemia with breast milk or sugar water.""",
    # 068 post about national emergency numbers (public, not PHI)
    """For the mission teams who ask every year: public emergency numbers in the countries our network covers (verify locally, they change):

- India: 108 (ambulance, free, most states), 102 (maternal and infant transport), 112 (all emergencies)
- Pakistan: 1122 (Rescue), 115 (Edhi ambulance in many areas)
- Philippines: 911
- Brazil: 192 (SAMU), 193 (fire)
- Mexico: 911
- Nepal: 102 (ambulance), 100 (police)
- Ghana: 112 or 193 (National Ambulance Service)
- Nigeria: 112

None of these works well in remote areas. Always have the local health centre's number and a transport plan before the trek.""",
    # 069 citation list for maternal and perinatal death surveillance
    """Reading list for the MPDSR course, as promised:

1. WHO. Maternal and perinatal death surveillance and response: materials to support implementation. WHO; 2021. ISBN 978-92-4-003604-3.
2. Thaddeus S, Maine D. Too far to walk: maternal mortality in context. Soc Sci Med 1994;38:1091-110. doi:10.1016/0277-9536(94)90226-7
3. Lawn JE, et al. Every Newborn: progress, priorities, and potential beyond survival. Lancet 2014;384:189-205.
4. Say L, et al. Global causes of maternal death: a WHO systematic analysis. Lancet Glob Health 2014;2:e323-33. doi:10.1016/S2214-109X(14)70227-X
5. Lawn JE, et al. Stillbirths: rates, risk factors, and acceleration towards 2030. Lancet 2016;387:587-603.

The three delays model (reference 2) is still the best frame for the narrative part of a review.""",
    # 070 scores for obstetric and neonatal assessment
    """Scores we use on the maternity and neonatal wards, cheat sheet:

- Bishop score (dilatation, effacement, station, consistency, position): ≥ 8 favourable for induction
- MEOWS: yellow/red triggers for RR, SpO2, temp, HR, BP, consciousness; 1 red or 2 yellow = call the doctor
- Silverman-Andersen retraction score (0-10): ≥ 7 impending respiratory failure
- Downes score (RR, cyanosis, grunting, air entry, retractions): > 6 needs ventilatory support
- New Ballard score: neuromuscular + physical maturity, estimates GA ± 2 weeks
- APGAR at 1 and 5 min; 5-min score < 7 repeat at 10 min
- qSOFA for adults (RR ≥ 22, altered mentation, SBP ≤ 100), not validated for pregnancy; use omqSOFA

Scores support judgement, they do not replace it.""",
    # 071 burns teaching with place-named formula
    """Burns teaching for the district surgical course:

- Estimate TBSA with the Lund and Browder chart in children (head is 19% at birth, falls with age); Wallace rule of nines in adults; palm of the patient's hand ≈ 1%.
- Parkland formula: 4 ml × kg × %TBSA of Ringer's lactate over 24 h, half in the first 8 h from the time of burn. Modified Brooke (2 ml) is increasingly used to avoid fluid creep.
- Children also need maintenance fluid with glucose.
- Titrate to urine output 0.5 ml/kg/h adults, 1 ml/kg/h children.
- Escharotomy for circumferential full-thickness burns of limbs or chest.

Kerosene stove and open-fire burns are still our commonest admissions in the cold season.""",
    # 072 teaching: place-named classifications in gastroenterology
    """Some classifications named after cities, since one of the interns asked if Atlanta was the patient's hometown:

- Revised Atlanta classification (acute pancreatitis): mild, moderately severe (transient organ failure < 48 h or local complications), severe (persistent organ failure > 48 h).
- Tokyo guidelines TG18 (acute cholangitis and cholecystitis): grade I-III; grade III = organ dysfunction, urgent biliary drainage.
- Los Angeles classification (reflux oesophagitis): grades A-D by mucosal break length and circumference.
- Sydney system (gastritis): topography, morphology, aetiology.
- Montreal classification (IBD): age at diagnosis, location, behaviour.
- Baveno VII (portal hypertension): liver stiffness < 15 kPa + platelets > 150 rules out CSPH.

None of these are places in the chart, and none of them should be redacted.""",
    # 073 trauma scoring and global surgery indicators
    """For the trauma registry project: Kampala Trauma Score II vs RTS.

KTS II components: age (5-55 vs other), SBP (> 89, 50-89, < 50, or 1-49), RR (10-29, ≥ 30, ≤ 9), neurological status (alert, verbal, pain, unresponsive), number of serious injuries (0, 1, ≥ 2). Score 10 = best; ≤ 6 severe.

It needs no GCS and no lab, which is why it works in our emergency rooms. Validation studies show AUROC for mortality comparable to ISS.

Lancet Commission on Global Surgery indicators for context: access within 2 h to a facility that can do CS, laparotomy and open fracture care; ≥ 20 surgeons, anaesthetists and obstetricians per 100,000; 5,000 procedures per 100,000; perioperative mortality rate tracked; protection against catastrophic expenditure.

Meara JG, et al. Global Surgery 2030. Lancet 2015;386:569-624.""",
    # 074 health-policy post on declarations named after cities
    """Health financing rant, sorry. The Abuja Declaration (2001) committed African Union governments to 15% of the national budget for health. Two decades on, only a handful of countries have reached it in any year. Before that, the Alma-Ata Declaration (1978) set primary health care as the route to "health for all", and the Astana Declaration (2018) renewed it.

What we see on the ground: user fees for drugs when the free medicines run out, CHWs paid in "incentives", and district hospitals running on the goodwill of mission donors. The Lusaka Agenda on global health initiatives is supposed to align donors with national plans.

If anyone has a good reading on how to argue for a district budget line for blood transport, please share.""",
    # 075 snakebite teaching: 20WBCT and ASV
    """Snakebite management refresher (South Asian protocol):

- 20-minute whole blood clotting test (20WBCT): 2 ml of venous blood in a new, clean, dry glass tube, leave undisturbed 20 min, tip once. Not clotted = coagulopathy = give ASV.
- Polyvalent ASV covers the "Big Four" (Russell's viper, saw-scaled viper, spectacled cobra, common krait).
- Initial dose: 10 vials for neurotoxic or haemotoxic envenoming (8-10 in most protocols), same dose for children.
- Repeat 20WBCT 6-hourly; repeat ASV if still incoherent blood.
- Neurotoxic: neostigmine 0.5 mg + atropine 0.6 mg (adult) trial, watch for improvement in ptosis in 30-60 min. Krait bites often do not respond; bag-and-tube is what saves them.
- No tourniquets, no incisions, immobilise the limb.

Anaphylaxis to ASV: adrenaline 0.5 mg IM (0.01 mg/kg in children), stop infusion, restart slower.""",
    # 076 TB regimen summary with doses
    """Updated DR-TB options, summary for the district TB focal persons:

- BPaLM (bedaquiline, pretomanid, linezolid, moxifloxacin) for 6 months: MDR/RR-TB in patients ≥ 14 years, regardless of HIV status. Drop moxifloxacin if fluoroquinolone resistance (BPaL).
- Bedaquiline 400 mg daily × 2 weeks then 200 mg three times weekly (or 200 mg daily × 8 weeks then 100 mg daily).
- Pretomanid 200 mg daily.
- Linezolid 600 mg daily; monitor for neuropathy, optic neuritis and myelosuppression (Hb, platelets monthly).
- Moxifloxacin 400 mg daily; baseline and follow-up ECG (QTcF > 500 ms = stop).

DS-TB children: 4-month HRZ(E) for non-severe disease (SHINE trial). Adults: 4-month HPMZ (rifapentine-moxifloxacin) is an option per WHO.""",
    # 077 HIV advanced disease package summary
    """Advanced HIV disease package, the bits that get forgotten:

Definition: CD4 < 200, or WHO stage 3/4, or any child < 5 years.
- Screening: CD4, serum/plasma CrAg (if CD4 < 200), urine TB-LAM (if CD4 ≤ 200 or seriously ill), symptom screen + Xpert.
- Prophylaxis: co-trimoxazole; TPT (3HP or 6H) once active TB excluded; fluconazole pre-emptive therapy if CrAg positive and no meningitis (LP first!).
- Rapid ART: same day or within 7 days, except cryptococcal meningitis (defer 4-6 weeks) and TB meningitis (defer 4-8 weeks).
- Cryptococcal meningitis induction: single-dose liposomal amphotericin B 10 mg/kg + 14 days flucytosine 100 mg/kg/day + fluconazole 1200 mg/day (AMBITION-cm).

First line: TLD (tenofovir, lamivudine, dolutegravir). Children ≥ 20 kg: adult TLD; < 20 kg: pDTG 10 mg dispersible.""",
    # 078 thanks post for a member's teaching session
    """Huge thanks to @tigist.h for last night's session on podoconiosis and lymphoedema. Key points for those who missed it:

- Podoconiosis is not filarial: non-infectious, caused by long-term barefoot exposure to red clay soils of volcanic origin, with a genetic susceptibility (HLA class II).
- Staging 1-5 (Tekola), from reversible swelling to joint fixation.
- Management: daily foot washing with soap and water, emollient, bandaging, elevation, socks and shoes. Simple, cheap, works.
- Stigma is the biggest barrier: affected families are excluded from marriage and school.

@tigist.h also shared the WHO manual on morbidity management and disability prevention; I uploaded it to the group files.""",
    # 079 conference chat among members about abstracts
    """Abstract deadline chat:

@dewi.lestari: Submitted our dengue fluid study! 280 words, barely.
@paolo_reyes_md: Congrats. I'm still fighting with the structured abstract, they want "Implications for practice" as a separate heading.
@jrpierre: Same. Also the word count includes the title, be careful.
@dewi.lestari: Ah. Mine was 280 with title, ok.
@paolo_reyes_md: Anyone applying for the travel bursary? The form asks for a letter from the head of department.
@jrpierre: Yes, I got mine signed this morning. Good luck all!""",
    # 080 hypothetical teaching case with no identifiers
    """Teaching vignette (invented, for the exam prep group):

An 89-year-old grandmother is brought by her family to a district hospital with 2 days of confusion. She is on no medication. Temperature 38.4 °C, RR 28, SpO2 88% on room air, BP 94/58, HR 118. Crackles at the right base. Glucose 6.1 mmol/l.

Questions:
1. Calculate CURB-65. (Answer: confusion 1, RR ≥ 30 no, BP ≤ 90 systolic or ≤ 60 diastolic 1, age ≥ 65 1 = 3; urea not available so CRB-65 = 3.)
2. Which antibiotics, given no culture facility? (Ceftriaxone 1-2 g daily + oral azithromycin or doxycycline.)
3. What else would you check? (Malaria test in endemic areas, HIV test with consent, TB symptom screen, pulse oximetry trend.)
4. What is the role of oxygen concentrators vs cylinders when the power supply is unreliable?""",
    # 081 eponymous signs list
    """Eponymous signs that still earn their keep at the bedside (no imaging needed):

- Kernig and Brudzinski: meningeal irritation, low sensitivity but useful when positive.
- Chvostek and Trousseau: hypocalcaemia, e.g. after thyroid surgery or in severe malnutrition refeeding.
- Cullen and Grey Turner: retroperitoneal bleeding (pancreatitis, ruptured ectopic).
- Murphy sign: acute cholecystitis; McBurney point tenderness and Rovsing sign: appendicitis.
- Kehr sign: left shoulder tip pain in splenic rupture.
- Battle sign and raccoon eyes: base of skull fracture.
- Beck triad: tamponade (hypotension, raised JVP, muffled heart sounds).
- Romberg: proprioceptive loss (think B12, tabes, konzo).
- Gower sign: proximal weakness in boys, Duchenne.

Teach the sign with the pathophysiology, not as trivia.""",
    # 082 language teaching: Hausa and Swahili history-taking phrases
    """For the visiting residents: history-taking phrases that get you further than an interpreter sometimes.

Hausa:
- Ina jin ciwo? = Where does it hurt?
- Tun yaushe? = Since when?
- Kina da ciki? = Are you pregnant?
- Zazzabi = fever; tari = cough; gudawa = diarrhoea; amai = vomiting
- Ka sha magani? = Have you taken medicine?

Swahili:
- Unaumwa wapi? = Where are you ill?
- Tangu lini? = Since when?
- Homa = fever; kikohozi = cough; kuharisha = diarrhoea; kutapika = vomiting
- Una mimba? = Are you pregnant?
- Pole sana = I'm very sorry (use it a lot)

Greetings first, always. A rushed history without greetings is rude in both languages.""",
    # 083 ratios and indices cheat sheet
    """Ratios and indices worth knowing by heart:

- Shock index = HR / SBP. > 0.9 in PPH predicts need for transfusion; > 1.4 = critical.
- Obstetric shock index > 1.1 should trigger the PPH bundle escalation.
- Urine protein:creatinine ratio ≥ 30 mg/mmol (0.3 mg/mg) = significant proteinuria.
- AST:ALT > 2 suggests alcohol; De Ritis ratio > 1 in cirrhosis of any cause.
- Neutrophil-to-lymphocyte ratio: non-specific, don't build decisions on it.
- Anion gap = Na - (Cl + HCO3), normal 8-12.
- Weight-for-height z-score < -3 or MUAC < 115 mm = severe acute malnutrition (6-59 months).
- Hb drop of 2 g/dl ≈ 2 units lost.
- CD4:CD8 ratio < 1 in untreated HIV.""",
    # 084 guideline change: Labour Care Guide replaces the partograph
    """WHO Labour Care Guide (LCG) vs the old partograph, for the midwives' CPD session:

- Active first stage now starts at 5 cm, not 4 cm
- The alert and action lines are gone; instead, time thresholds at each centimetre (e.g. ≥ 6 h at 5 cm, ≥ 5 h at 6 cm) trigger a review
- Sections for supportive care: companion, pain relief, oral fluids, posture
- Second stage: alert if ≥ 3 h (nullipara) or ≥ 2 h (multipara)
- Each observation with a threshold is marked in a shaded "alert" box and requires a documented response

In our pilot the midwives found it longer to fill but more useful for handover. The guide and user's manual: https://www.who.int/publications/i/item/9789240017566""",
    # 085 dengue classification teaching
    """Dengue case management by WHO 2009 groups (still used in most national guidelines):

Group A (send home): no warning signs, tolerating oral fluids, passing urine every 6 h. Daily review, paracetamol only.
Group B (refer/admit): warning signs (abdominal pain, persistent vomiting, fluid accumulation, mucosal bleeding, lethargy, liver > 2 cm, rising Ht with rapidly falling platelets) OR co-existing conditions (pregnancy, infancy, old age, obesity, diabetes, renal failure) OR social circumstances.
Group C (emergency): severe plasma leakage with shock, severe bleeding, severe organ impairment.

Crystalloid for warning signs: 5-7 ml/kg/h for 1-2 h, then 3-5, then 2-3 ml/kg/h, titrated by Ht and clinical state. No NSAIDs, no IM injections.

Platelet transfusion does not prevent bleeding in dengue; don't give it for a number.""",
    # 086 leprosy classification teaching
    """Leprosy refresher (because we saw three new cases at the skin camp):

Ridley-Jopling spectrum: TT, BT, BB, BL, LL (+ indeterminate). WHO operational classification for treatment:
- Paucibacillary (PB): 1-5 skin lesions, no nerve involvement, smear negative
- Multibacillary (MB): > 5 lesions, or nerve involvement, or smear positive

WHO MDT (since 2018 the same 3 drugs for both): rifampicin 600 mg monthly, clofazimine 300 mg monthly + 50 mg daily, dapsone 100 mg daily. PB 6 months, MB 12 months.

Reactions: type 1 (reversal) = steroids 40 mg tapering over 20 weeks; type 2 (ENL) = steroids, thalidomide where available, clofazimine high dose.

Single-dose rifampicin post-exposure prophylaxis for household contacts. Check for nerve function impairment at every visit: voluntary muscle test and sensory test with monofilament.""",
    # 087 teaching: place-named viral encephalitides in South Asia
    """AES (acute encephalitis syndrome) differentials in South Asia, with the place-named ones:

- Japanese encephalitis: Culex mosquitoes, pigs and water birds, rice paddies. Parkinsonian features, thalamic lesions. Vaccine (SA 14-14-2) in routine schedules.
- Kyasanur Forest disease: tick-borne flavivirus, monkey deaths precede human cases, haemorrhagic then neurological phase.
- Nipah virus: fruit bats, raw date palm sap, person-to-person spread in hospitals. CFR 40-75%.
- Chandipura virus: sandflies, children, rapidly fatal encephalitis.
- Scrub typhus: eschar! Doxycycline or azithromycin, causes a large share of AES in some surveys.

Always check glucose, do malaria test, and give doxycycline empirically when scrub typhus is possible.""",
    # 088 cholera rehydration in French and Creole
    """Choléra - rappel du plan de réhydratation pour les nouveaux (Plan A/B/C OMS):

- Plan A (pas de déshydratation): SRO après chaque selle, 100-200 ml (< 2 ans 50-100 ml). Zinc 20 mg/j x 10 j chez l'enfant.
- Plan B (déshydratation modérée): SRO 75 ml/kg en 4 h, réévaluer.
- Plan C (sévère): Ringer lactate 100 ml/kg: < 1 an 30 ml/kg en 1 h puis 70 ml/kg en 5 h; ≥ 1 an 30 ml/kg en 30 min puis 70 ml/kg en 2 h 30.
- Antibiotique (doxycycline 300 mg dose unique adulte) pour les cas sévères.

Kreyòl pou fanmi yo: "Bay sewòm oral chak fwa li fè twalèt. Lave men ak savon. Bwè dlo trete sèlman."

Lien OMS: https://www.who.int/news-room/fact-sheets/detail/cholera""",
    # 089 one-liner with a public WHO link
    """found it — WHO labour care guide user manual: https://www.who.int/publications/i/item/9789240017566, chapter 3 has the thresholds""",
    # 090 Tagalog/English teaching on dengue tests
    """Reminder lang sa mga bagong residents: NS1 antigen is best sa day 1-5 ng lagnat, IgM positive na from day 5 onwards. Kapag negative ang NS1 sa day 6, hindi ibig sabihin walang dengue. Mag-request ng IgM/IgG.

Critical phase ay usually day 3-7, kapag bumababa ang lagnat. Doon nagkakashock. Huwag pauwiin ang patient kasi lang "wala nang lagnat".

Hematocrit rising + platelet falling = warning. Monitor urine output at vitals every 1-2 h sa Group B.""",
    # 091 Portuguese teaching: congenital syphilis treatment
    """Sífilis congênita, esquema do Ministério da Saúde (resumo para os residentes):

- RN de mãe não tratada ou inadequadamente tratada: colher VDRL do RN (sangue periférico), hemograma, LCR, raio-X de ossos longos.
- Neurossífilis (LCR alterado): penicilina cristalina 50.000 UI/kg/dose IV, 12/12 h na 1ª semana, 8/8 h após, por 10 dias.
- Sem alteração liquórica: penicilina cristalina ou penicilina procaína 50.000 UI/kg IM 1x/dia por 10 dias.
- Mãe adequadamente tratada e RN assintomático com VDRL ≤ materno: penicilina benzatina 50.000 UI/kg IM dose única, seguimento.

Seguimento: VDRL com 1, 3, 6, 12 e 18 meses. Se o VDRL não cair ou subir, reinvestigar e retratar.

Tratar a parceria sexual é metade do sucesso.""",
    # 092 Spanish teaching: obstetric haemorrhage code and preeclampsia
    """Resumen del Código Rojo obstétrico para los internos (versión que usamos):

- Minuto 0: activación por quien detecta el choque (índice de choque ≥ 1). Pide ayuda, 2 vías 14-16G, muestras.
- Minuto 1-20: cristaloides 500 ml en bolo y reevaluar, oxitocina 40 UI en 500 ml, ácido tranexámico 1 g IV, masaje bimanual, sonda vesical.
- Minuto 20-60: si persiste, misoprostol 800 µg, ergometrina (si no hay hipertensión), balón hidrostático, traje antichoque no neumático.
- Minuto 60: cirugía (B-Lynch, ligadura de arterias, histerectomía).

Preeclampsia con datos de severidad: sulfato de magnesio (Zuspan) y labetalol o nifedipino para TA ≥ 160/110. Nunca dejes sola a la paciente.""",
    # 093 Hindi/English teaching: ORS and zinc
    """Diarrhoea mein ORS aur zinc — simple rule for our CHW training (Hindi + English):

- ORS ka ek packet 1 litre saaf paani mein ghol lo. 24 ghante ke baad phek do, naya banao.
- Har dast ke baad: < 2 yr = 50-100 ml (quarter to half cup), 2-10 yr = 100-200 ml.
- Zinc: 2-6 months = 10 mg roz, > 6 months = 20 mg roz, 14 din tak, even if the diarrhoea stops early.
- Khana band mat karo. Breastfeeding continue.
- Danger signs: khoon wala dast, bahut susti, peena band, aankhen dhansi hui -> turant refer.

Antibiotics only for bloody diarrhoea (ciprofloxacin or azithromycin) or suspected cholera.""",
    # 094 rota-swap chat among members
    """Quick rota swap thread:

@jparedes_md: Can anyone swap my Wednesday night? Family thing.
@mcventura: I can, if you take my Saturday day shift.
@jparedes_md: Deal, thank you!
@paolo_reyes_md: Reminder the theatre is closed Thursday morning for fumigation, elective list moves to the afternoon.
@mcventura: Noted. Also the new interns start Monday, who is doing orientation?
@paolo_reyes_md: Me. 08:00 in the seminar room, 2 h, then ward walk.""",
    # 095 journal-club chat among members about AQUAMAT
    """Journal club notes, AQUAMAT (artesunate vs quinine for severe malaria in African children):

@jrpierre 19:30: 5,425 children, 11 centres in 9 African countries. Mortality 8.5% artesunate vs 10.9% quinine, relative reduction 22.5%.
@dewi.lestari 19:33: And fewer convulsions, coma deterioration and hypoglycaemia with artesunate. SEAQUAMAT had already shown 35% reduction in Asian adults.
@jrpierre 19:35: The practical issue in our setting is the post-artesunate delayed haemolysis. We check Hb at day 7, 14 and 28.
Hannah Whitfield 19:38: We do day 14 only, because follow-up is poor. Is that enough?
@dewi.lestari 19:40: Most cases present between days 7 and 21, so day 14 catches the majority, but tell families to come back for pallor or dark urine.

Dondorp AM, et al. Lancet 2010;376:1647-57. doi:10.1016/S0140-6736(10)61924-1""",
    # 096 short reply thanking a member for a summary
    """Thanks Emeka Nwachukwu, great summary. One addition: in pregnancy the ribavirin risk-benefit favours treatment for Lassa, the maternal CFR without it is over 30%, and evacuation of the uterus improves maternal survival.""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc44-001": [{"name": "Chiamaka Obi", "handle": "@chiamaka.obi"}],
    "pc44-006": [{"name": "Chisomo Banda", "handle": "@chisomo_b"}],
    "pc44-019": [
        {"name": "Joseph Mwakyusa", "handle": "@jmwakyusa"},
        {"name": "Kwame Asante-Boateng"},
    ],
    "pc44-024": [{"name": "Ayesha Qadri", "handle": "@ayesha.q"}],
    "pc44-033": [{"name": "Kwame Asante-Boateng"}],
    "pc44-048": [
        {"name": "Fatima Bello", "handle": "@fbello"},
        {"name": "Emeka Nwachukwu"},
    ],
    "pc44-051": [{"name": "Joseph Mwakyusa", "handle": "@jmwakyusa"}],
    "pc44-052": [{"name": "Ravi Menon", "handle": "@drravi_menon"}],
    "pc44-059": [
        {"name": "Maria Clara Ventura", "handle": "@mcventura"},
        {"name": "Chisomo Banda", "handle": "@chisomo_b"},
        {"name": "Javier Paredes", "handle": "@jparedes_md"},
    ],
    "pc44-060": [
        {"name": "Sabina Gurung", "handle": "@sabina_g"},
        {"name": "Tigist Haile", "handle": "@tigist.h"},
        {"name": "Hannah Whitfield"},
    ],
    "pc44-078": [{"name": "Tigist Haile", "handle": "@tigist.h"}],
    "pc44-079": [
        {"name": "Dewi Lestari", "handle": "@dewi.lestari"},
        {"name": "Paolo Reyes", "handle": "@paolo_reyes_md"},
        {"name": "Jean-Robert Pierre", "handle": "@jrpierre"},
    ],
    "pc44-094": [
        {"name": "Javier Paredes", "handle": "@jparedes_md"},
        {"name": "Maria Clara Ventura", "handle": "@mcventura"},
        {"name": "Paolo Reyes", "handle": "@paolo_reyes_md"},
    ],
    "pc44-095": [
        {"name": "Jean-Robert Pierre", "handle": "@jrpierre"},
        {"name": "Dewi Lestari", "handle": "@dewi.lestari"},
        {"name": "Hannah Whitfield"},
    ],
    "pc44-096": [{"name": "Emeka Nwachukwu"}],
}

build, render, main = first_set.blind_set(
    "pc44", Path(__file__).with_name("physician_cases_44.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
