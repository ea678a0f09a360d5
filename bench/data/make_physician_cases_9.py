# ruff: noqa: E501, RUF001, RUF002, RUF003, W291 (the notes are data, with the names, diacritics and spaces people type)
"""Build ``physician_cases_9.jsonl``: blind test set 9 of invented physician posts.

Written by an AI assistant (Claude) in one sitting, blind: without opening the detector,
its tests, the golden files or any other test set; only the markup parser and the helper
functions of ``make_physician_cases.py`` were read. Every patient, clinician, relative,
number and address is invented (US phones 555-01xx, UK mobiles 07700 900xxx, IPs in the
documentation ranges, made-up email domains); real towns and real hospital names appear
only as settings for invented people.

Set 9 leans towards pasted material and international practice: WhatsApp / Teams / Signal
threads with speaker labels and timestamps, handover lists, pasted referral letters and
discharge summaries under a comment from the poster, tumour boards and M&M write-ups, from
sub-Saharan Africa, South and Southeast Asia, Latin America, the Middle East, Eastern Europe,
the UK and Ireland; names from many traditions with diacritics and compound forms.

Conventions beyond the README:

* A date in a pasted chat timestamp (``[14/02/2024, 21:07]``) is a DATE every time it
  appears; the time of day alone is not tagged. Dates in other calendars (Ethiopian,
  Bengali, Hijri) are DATE; a Buddhist-era or Ethiopian year alone is YEAR.
* Speaker labels in a pasted care-team chat are HCP at every occurrence; role-only
  labels ("SHO:", "MO:", "Reg") are not tagged.
* Honorifics in any language are left out of name spans: Dr, Mrs, W/ro, Ato, Pak, Bu,
  Opanin, Hajiya, Malam, Sardar, Tita, Chị, 医生,
  Ibu, Khun, Nang, Dona, Seu, Doña, Don, Sra., Mst., Tmt.,
  Thiru, Nana, Maame, Auntie, Teyze, Hanım, Bey, pani, Apa, Bhai, -ji, Amma, Patti.
* Name particles and markers that belong to the name stay inside the span (Md., ap, br.,
  arap, da, dos, van der); relation markers (s/o, w/o, d/o) stay outside. A holiday with a
  year ("Baisakhi 2024") is one DATE.
* Civil national identifiers (Aadhaar, CNIC, NID, NIK, CPF, CURP, TC kimlik, Ghana Card,
  RNOKPP) are ID; national health insurance and health service numbers (NHS, CHI, IHI,
  NHIS, BPJS, Cartao SUS, IMSS NSS, SHA, PhilHealth) are PLAN; UK NI numbers and Irish
  PPSNs are SSN; hospital numbers, UHIDs, IP/OPD numbers, card numbers are MRN.
* Hospital acronyms and short forms ("KATH", "Baragwanath", "the Mater") are FAC without
  the article; kebeles, wards of a town, mohallas, upazilas, barangays, colonias and
  villages are PLACE; woredas, districts and counties are COUNTY; cities and towns TOWN.
* Public emergency numbers (112, 999, 1669, 108) and guideline or trial identifiers are
  not identifiers.

    python bench/data/make_physician_cases_9.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 Ghana ward WhatsApp pasted, postpartum DVT, NHIS lapsed
    """pasted from our unit whatsapp with the names still in, sorry. need advice on the anticoag question at the bottom

[[[DATE:14/02/2024]], 21:07] [[HCP:Kwadwo Frimpong]]: pt [[PT:Akosua Serwaa Boakye]] bed 12 ward C, 34F P2, day 5 post c/s, new L calf swelling
[[[DATE:14/02/2024]], 21:09] [[HCP:Efua Quaye]]: doppler tmrw am? husband [[REL:Yaw]] says she came from [[TOWN:Ejisu]] by trotro, 2h on the road
[[[DATE:14/02/2024]], 21:15] [[HCP:Kwadwo Frimpong]]: enox 1mg/kg bd started. NHIS no. [[PLAN:07123349-8]] has lapsed so family buying from the pharmacy outside
[[[DATE:15/02/2024]], 07:52] [[HCP:Efua Quaye]]: scan at [[FAC:KATH]] confirms popliteal DVT. she is breastfeeding

Q: warfarin with INR checks at a district lab vs keep her on LMWH at home for 3 months, given the cost? @kofi.mensah you did the cost audit on exactly this""",
    # 2 Ethiopian referral letter, EMF vs constriction
    """Referral letter as it arrived this morning (typed by the intern, format kept). Question after it.

TO: Department of Internal Medicine, [[FAC:Tikur Anbessa Specialized Hospital]]
FROM: [[FAC:Debre Berhan Comprehensive Specialized Hospital]]
DATE: [[DATE:Tir 3, 2016 E.C.]] ([[DATE:12/01/2024]] G.C.)
RE: W/ro [[PT:Tigist Alemayehu Worku]], 52 yrs, card no. [[MRN:DB-04471/15]]
ADDRESS: [[PLACE:Kebele 07]], [[TOWN:Debre Berhan]], [[COUNTY:Basona Werana]] woreda

Dear Colleague, the above patient presented with progressive bilateral leg swelling and massive ascites of 4 months. Echo here: biatrial enlargement, apical obliteration of the RV, EF preserved. Ascitic fluid SAAG 1.4, protein 3.6. Kindly receive and evaluate for EMF vs constrictive pericarditis.
With regards, Dr. [[HCP:Yonas Gebremedhin]], GP, tel [[PHONE:+251 911 402 763]]

Has anyone here seen EMF outside the Great Lakes belt? Her family are from [[TOWN:Bure]] originally, lowland rice farming.""",
    # 3 Bengali dengue shock, Dhaka, lower case phone typed
    """quick one from night duty. 19F dengue day 5, ns1 pos, plt 18k, hct 48 -> 52 over 4h, cold peripheries, pulse pressure 15. name [[PT:nusrat jahan mim]], from [[PLACE:jatrabari]], came via [[FAC:mugda medical college hospital]] after 2 days at a private clinic on [[STREET:shahid faruk road]]. father [[REL:abdul khaleque]] keeps asking for platelet transfusion, i keep saying no.
gave 10ml/kg crystalloid over 1h, hct now 46, urine 0.6ml/kg/h. do you go to colloid if she drops again or repeat crystalloid? our reg @farhana.chowdhury says colloid, consultant says crystalloid. ip no [[MRN:24-118093]] if anyone from [[FAC:DMCH]] medicine wants to look her up tomorrow""",
    # 4 Tamil elderly, Madurai, discharge summary paste
    """Sharing a discharge summary (our template, edited a bit) because the hyponatraemia course puzzled us.

PATIENT: Tmt. [[PT:Muthulakshmi Selvaraj]]    AGE/SEX: [[AGE:91]]/F    UHID: [[MRN:MDU2291034]]
ADMITTED: [[DATE:02-Sep-2023]]    DISCHARGED: [[DATE:11-Sep-2023]]
CONSULTANT: Dr. [[HCP:R. Kannan]]
ADDRESS: [[STREET:14/2 Vadakku Veli Street]], [[TOWN:Madurai]] [[ZIP:625001]]
DIAGNOSIS: SIADH secondary to? sertraline; Na 114 on admission
COURSE: fluid restriction 800 ml, sertraline stopped, Na rose 6 in first 24h, held there with D5W. Discharged on Na 131.
FOLLOW UP: Geriatric OPD, [[FAC:Meenakshi Mission]], with son [[REL:Senthil]] ([[PHONE:+91 98430 12755]])

What baffles me: Na fell again to 122 at home on no new drugs. Anyone seen SIADH persist 3 weeks after stopping an SSRI in someone in her [[AGE:90s]]?""",
    # 5 Thai ICU Line chat, melioidosis
    """Copied from our ICU LINE group (translated by me), [[TOWN:Khon Kaen]]. Melioidosis again, third this month.

[[HCP:Ploy]] (ICU R2) 06:12: [[PT:Somchai Wongsawat]] bed 4, 58M, rice farmer from [[PLACE:Ban Non Sung]], [[TOWN:Chonnabot]]. HbA1c 11. Gram neg bipolar rods in blood.
Dr. [[HCP:Anan]] 06:20: meropenem 1g q8, add cotrimox? Wife Nang [[REL:Boonmee]] says he cut his foot in the paddy 2 wks ago.
[[HCP:Ploy]] (ICU R2) 06:41: CT: splenic and prostatic abscesses. HN [[MRN:67-004512]].

([[HCP:Ploy]] is a nickname, I left her in because she asked me to share the case.) Treatment question: prostatic abscess drainage, yes or no, in melioidosis? @nattapong.srisuk you published on this""",
    # 6 Pakistani DHQ handover, snakebite
    """Handover list from last night at [[FAC:DHQ Hospital Sargodha]] surgical emergency (names as in our register, sorry for the format)

1. [[PT:Muhammad Arshad]] s/o [[REL:Ghulam Rasool]], 40M, village [[PLACE:Chak 46 SB]]. krait bite? no local swelling, ptosis started 04:00. ASV 10 vials given. on bag-valve now, ventilator requested from [[FAC:Allied Hospital Faisalabad]]
2. [[PT:Zainab Bibi]] w/o [[REL:Nazir Ahmed]], 63F, CNIC [[ID:38403-4471902-6]]. cellulitis L leg, for debridement list
3. 14M RTA, GCS 15, Fx radius, for POP. father wants discharge

Dr. [[HCP:Sana Tariq]], MO

for #1: would you give more ASV for progression of neuro signs 6h after the first dose, or just ventilate and wait?""",
    # 7 Somali mother, UK, interpreter note, pasted GP letter
    """Pasted from a GP letter with the recipient's consent to discuss (identifiers are in there, mods please redact if needed):

"Dear Dr [[HCP:Whitlock]], I would be grateful if you would see Mrs [[PT:Faadumo Cabdi Xasan]], DOB [[DATE:03/07/1987]], NHS No [[PLAN:485 777 3456]], of [[STREET:Flat 6, 22 Ladypool Road]], [[TOWN:Birmingham]] [[ZIP:B12 8LF]]. She reports 3 months of bone pain and proximal weakness; calcium 2.01, ALP 410, vit D <10. Her sister [[REL:Hodan]] interprets, mobile [[PHONE:07700 900412]]. Yours sincerely, Dr [[HCP:Amara Osei-Bonsu]], [[FAC:Sparkbrook Health Centre]]."

Osteomalacia obviously. My question is about loading dose in someone who is fully covered and breastfeeding: 50,000 IU weekly vs daily 4,000?""",
    # 8 Indonesian Puskesmas, leptospirosis, voice dictation
    """voice note transcribed so excuse the grammar. patient is Pak [[PT:Wahyudi]] he is 45 years old works at the [[FAC:PT Sinar Tani]] rice mill in [[PLACE:Desa Karangrejo]] [[COUNTY:Kabupaten Klaten]] came to the [[FAC:Puskesmas Wedi]] on [[DATE:the eighteenth of January]] with fever myalgia and conjunctival suffusion creatinine 3.4 bilirubin 6 platelets 40 thousand we referred to [[FAC:RSUP Dr. Soeradji Tirtonegoro]] his BPJS card [[PLAN:0001234567891]] his wife Bu [[REL:Sri Lestari]] phone [[PHONE:0812-2745-3309]] question is do we start penicillin at the puskesmas before the transfer or wait because the ambulance takes 90 minutes full stop""",
    # 9 Turkish, earthquake crush, Teams chat
    """Teams chat from the [[DATE:7 Şubat 2023]] night shift, posted for the crush injury M&M next week. Translated, speaker labels kept.

[[HCP:Aylin Kaya]] 02:14: Hatay'dan gelen hasta, [[PT:Mehmet Yıldız]], 27E, 40 saat enkaz altında. K 7.8, CK 84,000
[[HCP:Emre Doğan]] 02:16: peaked T's, calcium gluconate verildi, insulin-dextrose
[[HCP:Aylin Kaya]] 02:31: HD catheter yerleştirildi, TC [[ID:28471903562]] ile kayıt açıldı
[[HCP:Emre Doğan]] 03:05: annesi [[REL:Fatma]] Hanım [[TOWN:Antakya]] [[PLACE:Odabaşı mahallesi]]'nden arıyor, numarası [[PHONE:0532 418 27 93]]

He survived, dialysis-free at day 40. @aylin.demirtas do you still have the fasciotomy numbers from [[FAC:Adana Şehir Hastanesi]]?""",
    # 10 Brazil, SUS, dona, Chagas cardiomyopathy
    """Caso do ambulatório, in English for the group. Dona [[PT:Maria das Graças Ferreira]], 64, from [[TOWN:Montes Claros]] MG, Cartão SUS [[PLAN:898 0012 3456 7890]], CPF [[ID:512.384.907-21]]. Chagas serology positive (2 methods), apical aneurysm with thrombus, NSVT on Holter. Lives with her daughter [[REL:Conceição]] on [[STREET:Rua Doutor Veloso 318]], [[PLACE:bairro Todos os Santos]].

Referred by Dr. [[HCP:Paulo Henrique Lacerda]] at the [[FAC:UBS Vila Antônio Narciso]]. Waiting list for ICD at [[FAC:Santa Casa]] is ~8 months.

Amiodarone plus warfarin for now. Would you anticoagulate with warfarin in a rural patient with INR checks only every 6 weeks, or accept a DOAC off-label? @rafael.moura""",
    # 11 Mexican IMSS, CURP, diabetic foot
    """Nota de evolución que pegué (traducida). Sra. [[PT:María Guadalupe Hernández Ruiz]], 58 años, NSS [[PLAN:4391-80-2271-5]], CURP [[ID:HERG650312MJCRZD08]]. Pie diabético Wagner 3, osteomielitis del 2o metatarsiano. Vive en [[PLACE:colonia Oblatos]], [[TOWN:Guadalajara]]. Trabaja en una tortillería, [[FAC:Tortillería La Güera]]. Su hijo [[REL:Chuy]] la trae los martes.

Comment: she refuses ray amputation, plan is 6 weeks of oral antibiotics guided by bone biopsy. Bone culture grew MSSA and Enterobacter cloacae. Any experience with levofloxacin plus rifampicin here vs IV? (Dr. [[HCP:Óscar Villaseñor]] at [[FAC:HGZ 46]] is the surgeon.)""",
    # 12 Ukrainian frontline evacuation, Signal
    """From our Signal group (translated from Ukrainian), posted with my colleague's consent. Names of our own team removed, except the surgeon who asked me to keep his.

[[DATE:23.03.2024]] 04:18 – [[HCP:Andrii Bondarenko]]: поранений [[PT:Oleksandr Tkachuk]], 31, mine blast R leg, tourniquet since 01:50, evac from [[TOWN:Kurakhove]] to [[FAC:Pavlohrad hospital]]
[[DATE:23.03.2024]] 04:25 – [[HCP:Andrii Bondarenko]]: military ID [[ID:АА 0471925]], blood group A(II) Rh+
[[DATE:23.03.2024]] 05:40 – [[HCP:Andrii Bondarenko]]: TXA 1g given, conversion of tourniquet failed

Question for the vascular people: tourniquet time 4h+ on arrival, would you still attempt shunting or go straight to amputation? His wife [[REL:Nadiia]] has been messaging me directly from [[TOWN:Bila Tserkva]].""",
    # 13 Irish ED, PPSN, nonagenarian farmer, haematoma
    """Farmer in his [[AGE:90s]], [[PT:Tadhg Ó Súilleabháin]], [[AGE:94]], from [[PLACE:Cill na Martra]] outside [[TOWN:Macroom]], brought in by his niece [[REL:Gráinne]] with a fall and a tense haematoma on the shin, on apixaban for AF. PPSN [[SSN:8234761TA]] on the referral from Dr. [[HCP:Cormac Lenihan]] in [[TOWN:Ballincollig]]. Skin edges dusky. [[FAC:CUH]] plastics happy to take him tomorrow.
Would you evacuate it in ED under local or leave it for theatre? he lives alone and wants home tonight to feed the dog""",
    # 14 Tumour board minutes, Nairobi, pasted
    """Tumour board minutes from Thursday (pasted; I've left the table as the coordinator sent it). Posting for the oesophageal case in row 2.

| # | Patient | IP no. | Age | Presenting | Decision |
|---|---|---|---|---|---|
| 1 | [[PT:Wanjiru Kamau]] | [[MRN:KNH/24/0381]] | 47 | Ca cervix IIIB | chemoRT, bookings at [[FAC:KNH]] |
| 2 | [[PT:Kiprono arap Sang]] | [[MRN:KNH/24/0412]] | 38 | SCC mid-oesophagus, 9 cm | stent vs definitive chemoRT, see below |
| 3 | [[PT:Halima Abdullahi]] | [[MRN:KNH/24/0417]] | 29 | Burkitt, abdominal | R-CODOX-M adapted |

Row 2 is from [[TOWN:Kapsabet]] and has been referred by [[FAC:MTRH]]; his brother [[REL:Kibet]] is the contact. Chair: Prof. [[HCP:Njoroge]]. At 38 with a 9 cm tumour and dysphagia grade 4, are people here still offering definitive chemoRT, or stent and palliate? SHA no. [[PLAN:CR4471902-5]] approved for RT only.""",
    # 15 M&M write-up, Irish maternity, PPH
    """M&M write-up, circulated internally, poster's comment below.

Case: [[PT:Aoife Brennan-Nwosu]], 31, G3P2, MRN [[MRN:0048812]], [[FAC:Rotunda]]. SVD [[DATE:9th of November 2023]] at 02:40. EBL 2.8 L. Atony, then retained cotyledon. Massive transfusion activated 03:10. Bakri balloon, then EUA. Husband [[REL:Chidi]] present throughout.
Timeline issue: the on-call registrar ([[HCP:Ruairí Mac Giolla]]) was in theatre 2 with a cat 1 section; the consultant ([[HCP:Deirdre Foley]]) arrived from home in [[TOWN:Malahide]] at 03:35.

My take: the delay was about staffing not judgement. @siobhan.keane you chaired our last PPH review, does this match what you see?""",
    # 16 Filipino OFW, PhilHealth, TB, Tagalog mixed
    """Hi all, kababayan patient. Si Tita [[PT:Rosario "Charing" Dimaculangan]], 66, OFW returnee from [[TOWN:Riyadh]], now back in [[PLACE:Barangay San Roque]], [[TOWN:Lipa City]]. PhilHealth PIN [[PLAN:12-050384771-2]]. Cough 3 months, Xpert MTB detected, RIF resistance detected. Her son [[REL:Jun-Jun]] ([[PHONE:0917 555 0143]]) brings her to the [[FAC:Lipa Medix]] PMDT clinic.
Started BPaLM on [[DATE:Feb 19]]. ECG QTcF 478 at week 2 on bedaquiline. Stop moxi, or continue with closer ECGs?""",
    # 17 Nigerian paediatric sickle cell, lower case thread reply
    """> @ngozi.okafor wrote: anyone using hydroxyurea in under-2s routinely?

yes we do at [[FAC:LUTH]] since 2021. example from last month: [[PT:Oluwaseun Adebayo-Bello]] 18 months, hb ss, dactylitis twice before his first birthday, mum [[REL:Folake]] sells provisions at [[PLACE:Oyingbo]] market, they live in [[PLACE:Ebute Metta]]. started 20mg/kg on [[DATE:3 march]], now hbf 19%, no crises since.
hospital no [[MRN:LUTH-P-227104]] in case anyone from our unit wants to pull the chart. mum's number [[PHONE:0803 555 0172]] is on the card for the adherence calls.
- [[HCP:Tunde]] (haem reg)""",
    # 18 NHS handover list, UK, SHO
    """Weekend handover list, as received (my annotations in brackets). I need help with bed 7.

WARD 8B – [[FAC:Northwick Park]]
Bed 3 – [[PT:Kowalczyk, Zofia]], 86F, hip #, day 2 post DHS. Hb 78, for 1 unit. Daughter [[REL:Ewa]] NOK.
Bed 5 – [[PT:Patel, Hasmukhbhai]], 77M, CAP, improving. NHS [[PLAN:623 194 0578]].
Bed 7 – [[PT:Greenwood, Hope]], [[AGE:92]]F, new AF, HR 140s. Lives [[STREET:Kenton Lane]], [[TOWN:Harrow]]. DNACPR in place. (No IV access since 14:00.)
Bed 9 – [[PT:Dlamini, Sipho]], 54M, DKA, off FRIII today.
SHO: any issues bleep me. Reg: [[HCP:Jas Sandhu]].

Bed 7: IO access for rate control in a DNACPR patient who is otherwise fine – reasonable or overkill?""",
    # 19 Peruvian high altitude, HAPE, Spanish-English
    """Caso de [[TOWN:Cerro de Pasco]] (4,330 m). [[PT:Edwin Quispe Mamani]], 23, miner at [[FAC:Minera Atacocha]], returned from 2 weeks in [[TOWN:Lima]] and developed dyspnoea 12h after arrival. SpO2 58% RA, crackles bilaterally, CXR patchy infiltrates. DNI [[ID:47219033]]. His brother [[REL:Wilber]] brought him to [[FAC:Hospital Daniel Alcides Carrión]].

This is re-entry HAPE. Nifedipine 30 mg SR plus O2; descent not possible (road blocked by snow). Would you add dexamethasone? Dr. [[HCP:Carmen Huamán]] at [[FAC:EsSalud Pasco]] thinks yes.""",
    # 20 Egypt/Middle East, HCV, WhatsApp voice
    """Forwarded from a colleague's WhatsApp (he agreed). [[TOWN:Cairo]]. Patient [[PT:Hoda Abdel-Rahman El-Sayed]], 57F, national ID [[ID:26703120101385]], from [[PLACE:Shubra]]. HCV G4 treated with sof/dac in [[YEAR:2016]] during the national campaign, SVR12 documented. Now new 3.2 cm arterially enhancing lesion seg VII with washout, AFP 890.
Her son [[REL:Karim]] is a pharmacist at [[FAC:El Ezaby Pharmacy]] in [[PLACE:Heliopolis]], very involved. Seen by Dr. [[HCP:Tarek Mansour]] at [[FAC:Ain Shams]].
Child A, no portal hypertension. Resection or TACE first? Our surgeons want TACE. @hamid.qureshi""",
    # 21 Signal chat, Scotland, CHI, OOH
    """Signal thread from our out-of-hours GP rota (shared with permission), names left as they were:

[[HCP:Morag]] 23:02: visit request, [[PT:Isla Mackintosh]], [[AGE:97]], [[STREET:Balnagown Road]], [[TOWN:Nairn]], CHI [[PLAN:1203271148]]. carer says "not herself"
[[HCP:Euan Grant]] 23:05: on my way from [[TOWN:Forres]], 25 min
[[HCP:Euan Grant]] 23:51: sats 86%, RR 30, crackles R base. she has ACP: no hospital. nephew [[REL:Callum]] agrees
[[HCP:Morag]] 23:53: JIC meds in the house? 
[[HCP:Euan Grant]] 23:55: yes. started amox + midazolam prn

Question: do you all still start antibiotics in a "no hospital" plan for pneumonia, or symptom control only?""",
    # 22 Pakistani obstetric, Lahore, eclampsia, all lower case
    """eclampsia case from [[FAC:lady willingdon]] last week, need input on the mag sulphate toxicity.
[[PT:shazia parveen]] 19y primi 34wk from [[PLACE:shahdara]], 2 fits at home, brought by her mother-in-law [[REL:razia begum]] in a rickshaw. cnic of husband [[ID:35202-6612870-3]] used for registration (hers not made yet). loading dose given at [[FAC:thq ferozwala]], then 5g im each buttock every 4h, then another 4g iv here because no one told us. reflexes absent, rr 9.
calcium gluconate gave, rr 16 in 10 min. baby 1.9kg apgar 6/8.
dr [[HCP:sadia]] pgr obs""",
    # 23 Vietnamese, HFMD outbreak, daycare
    """Cluster of EV71 HFMD with brainstem encephalitis, 3 children, all from the same nursery: [[FAC:Trường Mầm non Hoa Sen]] in [[PLACE:Phường 12]], [[PLACE:Quận Gò Vấp]], [[TOWN:Ho Chi Minh City]].
- [[PT:Nguyễn Minh Khoa]], 2y, myoclonic jerks, HR 170, IVIG given
- [[PT:Trần Bảo Ngọc]], 3y, grade 2b, milrinone
- [[PT:Lê Gia Huy]], 18m, grade 3, intubated at [[FAC:Bệnh viện Nhi Đồng 1]]
Mother of the first, Chị [[REL:Phương]], gave permission to share. Anyone used fluoxetine in EV71 brainstem encephalitis outside a trial? (Dr. [[HCP:Phạm Văn Tú]], PICU)""",
    # 24 SA township TB/HIV, ART
    """Case for the HIV/TB crowd. [[PT:Nomvula Zungu]], 36F, from [[PLACE:Zone 7]], [[PLACE:Meadowlands]], [[TOWN:Soweto]]; works as a cashier at [[FAC:Shoprite Maponya Mall]]. SA ID [[ID:8803150731086]]. CD4 41, CrAg positive, LP opening pressure 32. Not yet on ART.
Started on the AMBITION single high dose L-AmB plus flucytosine + fluconazole at [[FAC:Bara]] on [[DATE:4 June]]. Her partner [[REL:Thabo]] drives a taxi, phone [[PHONE:+27 82 555 0199]].
When do people here start ART after cryptococcal meningitis now, 4 weeks or 6? @thandiwe.moyo @bongani.dlamini""",
    # 25 Nepal trek, pasted HRA note
    """From the [[FAC:Himalayan Rescue Association clinic]] log at [[TOWN:Pheriche]], copied with permission.

Name: [[PT:Pemba Dorje Sherpa]]    Age: 34    Porter, agency: [[FAC:Summit Sherpa Treks]]
Arrived: [[DATE:17 Oct]] 16:30 from [[PLACE:Lobuche]]
Ataxia, confusion, SpO2 62%. Gamow bag 2h, dex 8 mg. Heli evacuation to [[FAC:CIWEC]] [[TOWN:Kathmandu]] next morning.
Citizenship no. [[ID:27-01-75-04418]]
MO: [[HCP:Rachel Whitcombe]]

Sherpa porter with HACE is unusual. Anyone know if there's data on HACE in highlanders who drop to Kathmandu for the off-season and come back up fast?""",
    # 26 Lebanese, refugee, thalassaemia
    """Need advice on iron chelation access. Patient: [[PT:Lina Haddad]], 14, beta-thal major, Syrian refugee living in an informal tented settlement near [[TOWN:Bar Elias]], Bekaa. UNHCR case no. [[ID:LB1-22C40718]]. Ferritin 6,800, T2* liver 2.1 ms. Transfused at [[FAC:Chtaura Hospital]] every 3 weeks; deferasirox supply has been broken since [[DATE:August 2023]]. Her father [[REL:Ahmad]] works seasonal in the fields.
Options realistically: deferiprone (cheaper via [[FAC:MSF Baalbek]] clinic), or subcut DFO via a pump someone has donated. Thoughts?""",
    # 27 Polish/UK, ICU referral email pasted
    """Pasting the referral email because the question is about the ceiling of care it proposes.

From: [[EMAIL:icu.outreach@wexham-trust.example.org]]
Sent: [[DATE:Sat 06/04/2024]] 03:12
Subject: Referral – [[PT:Grzegorz Wiśniewski]] – [[MRN:RX1 5518821]]

"58M, alcohol-related cirrhosis (Child C, MELD 31), admitted with variceal bleed, banded x4. Now GCS 9, grade 3-4 HE, creat 260. Lives with partner [[REL:Beata]] at [[STREET:17 Montem Lane]], [[TOWN:Slough]]. Partner states he has not drunk since [[DATE:New Year's Day 2024]]. For ICU?" – Dr [[HCP:L. Achterberg]], Gastro SpR

Is this a patient you'd admit for intubation and TIPS work-up, or is the ceiling ward-based? @tomasz.wisniewski (no relation!) I know you have views""",
    # 28 Ghanaian elder, diabetic, church, long
    """Long one, sorry. Opanin [[PT:Kwabena Owusu-Ansah]] is a retired headmaster, [[AGE:90]] years old, who is an elder at the [[FAC:Bethel Methodist Church]] in [[PLACE:Asafo]], [[TOWN:Kumasi]]. His granddaughter [[REL:Abena]] (a nurse at [[FAC:Manhyia District Hospital]]) brought him to my clinic on [[DATE:Monday 8th January]] because his sugars have been "all over". He's on glibenclamide 10 mg bd which he has taken since the 1990s, plus metformin 1 g bd. FBS ranges 2.8 to 17 in his book. eGFR 34.

Two hypos this month, one at church. He insists on fasting for the new-year prayer and fasting programme every year.

Plan so far: stop glibenclamide, reduce metformin to 500 bd, start gliclazide 40 mg mane only? Or go straight to basal insulin? [[REL:Abena]] can give injections but she works nights. Ghana Card [[ID:GHA-718204553-1]] is needed for the NHIS-covered insulin, which the family have.

— [[HCP:Kofi Agyemang-Duah]], physician""",
    # 29 Indian ICU, Aadhaar, snake, Marathi
    """Paediatric ICU, [[TOWN:Sangli]]. [[PT:Sai Ganesh Patil]] 9y M, viper bite (probably Russell's) while playing near the sugarcane at [[PLACE:Miraj Wadi]], 20WBCT >20 min, AKI with anuria day 3. 30 vials ASV given at [[FAC:RH Kavathe Mahankal]] before transfer.
Father [[REL:Dattatray]], mother [[REL:Sunita]]. Aadhaar on file [[ID:4821 7730 5519]], PM-JAY card [[PLAN:PMJAY-MH-39920114]].
PD catheter in, doing OK. Our nephrologist (Dr [[HCP:Kulkarni]]) asks if anyone has seen pituitary failure months later after Russell's viper envenomation in children, as in adults?""",
    # 30 Kazakh/Eastern Europe, brucellosis, Teams
    """Teams message I got from a colleague in [[TOWN:Shymkent]], shared with his ok:

"[[PT:Ерлан Сейткали]] ([[PT:Yerlan Seitkali]]), 44, shepherd near [[PLACE:Tulkibas]], 6 wk fever, sacroiliitis on MRI, Wright 1:640. IIN [[ID:800312301457]]. Wife [[REL:Gulnara]] also febrile. We started doxy + rifampicin at [[FAC:Oblast Infectious Diseases Hospital]]. Spondylodiscitis L4-5 too. – [[HCP:Asel Nurmagambetova]]"

The question is duration: 3 months doxy/rif vs add gentamicin up front for the spondylitis?""",
    # 31 Ethiopian kebele, Amharic month, trachoma? no, podoconiosis
    """Podoconiosis clinic case, [[FAC:Mossy Foot Treatment and Prevention Association]] outreach site, [[TOWN:Soddo]]. Ato [[PT:Desta Lemma Hailu]], 38, barefoot farmer from [[PLACE:Gununo]] kebele, [[COUNTY:Damot Gale]] woreda, stage 4 bilateral, recurrent ALA 3x this year. Seen [[DATE:Hamle 12]]. Wife W/ro [[REL:Almaz]] does the foot hygiene with him. Card [[MRN:MFTPA-2211]].
Question: any role for long-term penicillin prophylaxis in podo with recurrent ALA, the way we do in filarial lymphoedema? Asking @ifeoma.eze too since you did the lymphoedema work in Enugu.""",
    # 32 Mexican domestic violence, sensitive
    """Sensitive, so keeping it short. 27F, [[PT:Yesenia Carrillo Bautista]], came to urgencias at [[FAC:Hospital Civil Fray Antonio Alcalde]] on [[DATE:25/12/2023]] with a mandibular fracture, says she fell. Third visit this year. Partner [[REL:Brandon]] waits in the car. Lives in [[PLACE:Santa Cecilia]], [[TOWN:Guadalajara]]. Her mother Doña [[REL:Lupe]] called me privately on [[PHONE:33 5550 1187]].
Mexican colleagues: what is the actual reporting pathway (NOM-046) from ED when the patient refuses a formal complaint?""",
    # 33 Bangladeshi rural, Upazila, neonatal
    """Newborn referred from [[FAC:Upazila Health Complex, Raiganj]] to us at [[FAC:SZMCH]] [[TOWN:Bogura]]. Baby of [[PT:Nasrin Akter]] (mother's name, baby not named yet), born [[DATE:5 Magh]] ([[DATE:19 Jan]]) at home in [[PLACE:Brahmagacha]] village by a TBA. 1.6 kg, hypothermic 34.1 on arrival, KMC started. Father [[REL:Md. Jahangir Alam]] works in [[TOWN:Gazipur]] at [[FAC:Mahmud Denim]] and arrives tomorrow. Mother's NID [[ID:1990881924337]].
How long do you keep a 1.6 kg baby on KMC in hospital before discharge when the family live 3 hours away by CNG?""",
    # 34 Italian-Argentine, Buenos Aires, dengue, lower case chat paste
    """chat del grupo de guardia (traducido)
[[[DATE:02/03/24]] 22:10] [[HCP:Lucía Ferrero]]: paciente [[PT:Tomás Iribarren]] 16 años, dengue con signos de alarma, vive en [[PLACE:Villa 31]], [[PLACE:retiro]]
[[[DATE:02/03/24]] 22:14] [[HCP:Matías]]: dolor abdominal, vómitos x4, hto 49. pasamos a [[FAC:Hospital Fernández]]?
[[[DATE:02/03/24]] 22:30] [[HCP:Lucía Ferrero]]: ok. madre [[REL:Graciela]], cel [[PHONE:11 5555-0134]]. DNI [[ID:46.102.388]]
[[[DATE:03/03/24]] 06:05] [[HCP:Matías]]: plaquetas 12.000, sin sangrado, ya tolera vo

posting because two colleagues here disagree on whether DNI-level details should even be in the chat. also clinical q: would you discharge at plt 12k if no bleeding and tolerating PO? @lucia.ferreyra what does your unit do""",
    # 35 Korean? no; Sri Lankan leptospirosis, Sinhala
    """From [[FAC:Teaching Hospital Peradeniya]]: [[PT:W. M. Chaminda Bandara Wijesinghe]], 35, paddy farmer from [[PLACE:Hanguranketha]], admitted [[DATE:14.11.2023]] with Weil's: bilirubin 12, creat 410, pulmonary haemorrhage on day 2. BHT [[MRN:P/23/88140]]. Wife [[REL:Nilmini]] ([[PHONE:077 555 0126]]).
Got methylpred 1g x3 plus PLEX x2 and survived. Now the argument among us: was it the steroid, or just time? (The unit head is Prof. [[HCP:Senanayake]].)""",
    # 36 Scottish GP, teen, school named
    """Asking about confidentiality with a 15yo. [[PT:Kayleigh McAllister]] (DOB [[DATE:22/09/2008]]), S4 at [[FAC:Cathkin High School]] in [[TOWN:Cambuslang]], came in alone asking for the pill. Gillick/Fraser competent in my view. Boyfriend is 19 and works at the [[FAC:Tesco]] on [[STREET:Main Street]]. Mum ([[REL:Shona]]) is a patient at the practice too.
Is the age gap a child protection referral in itself here in Scotland? — [[HCP:Fiona Leckie]], GP""",
    # 37 Turkish grandmother, hanım, heart failure, mixed language
    """[[PT:Hatice]] Teyze, [[AGE:96]] yaşında, from [[PLACE:Kadıköy Moda]], admitted to [[FAC:Haydarpaşa Numune]] with decompensated HF. Her grandson [[REL:Burak Aydın]] (she calls him [[REL:Burak]]'ım) manages everything, email [[EMAIL:burak.aydin.1989@postakutusu.example.com.tr]]. Born [[DATE:1928]] per the kimlik, which would actually make her 96.
Ultrafiltration? Or keep diuresing with acetazolamide add-on like ADVOR? Creatinine 2.4 and she wants to go home to her cats.""",
    # 38 Brazilian trauma M&M, long write-up
    """M&M de trauma, summary in English for the group because I think the discussion is useful beyond our hospital. Long, sorry.

Case: [[PT:Wellington da Silva Santos]], 19, GSW thoraco-abdominal (entry left 8th intercostal space mid-axillary line, no exit), brought by SAMU from [[PLACE:Complexo da Maré]] to [[FAC:Hospital Estadual Getúlio Vargas]] on [[DATE:29 de fevereiro]] at 01:12. The crew reported a palpable radial pulse at the scene and lost it 6 minutes out. On arrival: no palpable pulse, organised electrical activity at 40, pupils reactive, agonal breathing.

What we did: intubation in the bay, left anterolateral thoracotomy at 01:15, no tamponade, small diaphragmatic hole, aortic cross-clamp at 01:19. Two units O-negative through the rapid infuser, then MTP activated. Return of a pulse with SBP 70 after clamping. Transferred to theatre at 01:23 – four minutes, which I think is our best ever. Laparotomy: through-and-through splenic hilum injury and a left renal vein injury, 3 L of blood in the abdomen. Splenectomy, packing, attempted renal vein ligation. Arrested again at 02:05 and did not recover. His mother, Dona [[REL:Rosângela]], arrived at 02:00 and was with the social worker when we told her.

Surgeon on call: Dr. [[HCP:Fernando Albuquerque]]; anaesthetist Dr. [[HCP:Camila Rezende]].

Discussion points we could not agree on:
1. Indications for ED thoracotomy in penetrating abdominal (not thoracic) wounds with loss of signs in the ambulance. The EAST guideline gives a conditional recommendation for penetrating extrathoracic injury with signs of life on arrival. Our own numbers over 5 years: 0/11 survivors in this group, versus 4/23 for penetrating thoracic.
2. REBOA instead of thoracotomy: we do not have it, and the literature in penetrating trauma is not encouraging.
3. Staff exposure: three residents had needle-stick or splash exposures in the last year during resuscitative thoracotomies.

Would people here have opened the chest? I'm genuinely divided. Our residents are keen, our nurses are exhausted, and the families in [[PLACE:Maré]] know our ED better than they should.""",
    # 39 Nigerian Hausa, meningitis belt, CSM outbreak
    """Outbreak update pasted from the LGA surveillance group (my redactions incomplete, I know):

Dr [[HCP:Aminu]]: 3 new suspected CSM cases [[PLACE:Unguwar Rimi]], [[COUNTY:Dawakin Tofa]] LGA
Dr [[HCP:Aminu]]: index child [[PT:Abubakar Sani]] 7y, Quranic school [[FAC:Makarantar Malam Isa]], LP turbid, Xpert? not available
Hajiya [[HCP:Binta]] (DSNO): samples sent to [[FAC:AKTH]] lab, result 48h
Dr [[HCP:Aminu]]: father Malam [[REL:Sani Abdullahi]] refusing admission, says the mallam will treat

Ceftriaxone single dose for the outbreak setting per WHO, fine. Q: reactive vaccination with MenFive at the school alone, or the whole ward?""",
    # 40 US FQHC, migrant worker, fax, pager, account
    """Paste of the fax cover I just received, then my question.

FAX TO: [[FAX:(559) 555-0161]]  FROM: [[FAC:Valle Verde Community Health Center]], [[TOWN:Parlier]], CA
RE: [[PT:Rigoberto Juárez Méndez]]  DOB [[DATE:11/30/1979]]  Acct# [[ACCT:VV-00318842]]
Farmworker at [[FAC:Sun Harvest Orchards]], presented with heat exhaustion then rhabdo (CK 41,000). Transferred to [[FAC:Community Regional]] [[TOWN:Fresno]]. Wife [[REL:Adelina]] speaks Mixteco only, interpreter via Dr. [[HCP:Ximena Ortega]], pager [[PAGER:559-555-0117]].

Question: anyone got a good heat-illness return-to-work protocol for agricultural workers? His employer wants him back Monday.""",
    # 41 ambulance crash, plate and VIN
    """Odd one for the EM folks. 23M restrained driver, [[PT:Declan Farrelly]], brought in after his van (reg [[PLATE:221-LH-4093]]) left the road on the [[STREET:N52]] near [[TOWN:Tullamore]]. Garda asked for the VIN from the hire company docs which were in his pocket: [[VIN:WF0XXXTTGXKY51234]]. Seatbelt sign, lap belt bruise, CT shows a Chance fracture L2 and a small jejunal perforation. His employer is [[FAC:Midland Catering Supplies]].
Is there any role for non-op management of the Chance if the posterior ligamentous complex is intact? He's booked for laparotomy first at [[FAC:Midland Regional Hospital]].""",
    # 42 pacemaker serial, remote monitoring, IP
    """Device clinic question. [[PT:Ruth Abernethy]], [[AGE:ninety-two]], PPM (serial [[DEVICE:PJN418903S]]) for CHB, remote monitoring transmitting from her home hub at [[IP:198.51.100.47]] flagged 14 episodes of AHRE >6 min last month. Her carer [[REL:Gwen]] calls the clinic line most days.
NOAH-AFNET and ARTESiA seem to point in opposite directions for someone like her. CHA2DS2-VASc 5, HAS-BLED 3. Anticoagulate? @claire.whitford""",
    # 43 Teledermatology URL leak
    """Heads-up and a clinical question. A patient's daughter sent me a link to her mum's photos on a public album: [[URL:https://photos.snapbox.example/album/ma-okonkwo-legs-2024]] – the mum is [[PT:Chinyere Okonkwo]], 71, under us at [[FAC:Hackney Integrated Care]] with bilateral pretibial plaques. Daughter [[REL:Adaeze]]'s Instagram is [[HANDLE:@adaeze.kitchen]], she's been posting the photos there too.
Clinically: necrobiosis lipoidica vs pretibial myxoedema (TSH normal, TRAb pending). I've asked her to take the album down.""",
    # 44 licence number, locum doctor error, M&M
    """M&M from our department, anonymised badly by the registrar so I'm fixing the worst bits but the case stays: [[PT:Harold Pennington]], who had turned [[AGE:90]] on [[DATE:2 August]], admitted with hip # to [[FAC:Royal Derby]]. Locum Dr [[HCP:Vikram Sethi]] (GMC [[LIC:7123456]]) prescribed enoxaparin 40 mg bd instead of od. Bleed into the thigh, Hb 62. Grandson [[REL:Liam]] complained via PALS.
Lessons: e-prescribing default doses for over-90s, locum induction. (Whitford made the same point about weight-based dosing in the anticoagulation thread.)""",
    # 45 Welsh GP, rural, postcode
    """Quick question about rural dispensing and DOACs. [[PT:Gwilym ap Rhys]] (you'll guess where this is), 84, farm at [[PLACE:Cwm Cynllwyd]] outside [[TOWN:Llanuwchllyn]], [[ZIP:LL23 7DD]]. Apixaban 5 bd, weighs 54 kg, creat 142. Wife [[REL:Eirlys]] collects the dosette from [[FAC:Meddygfa Penllyn]] every Friday.
Dose reduce to 2.5? He meets 2 of the 3 criteria (age ≥80, weight ≤60). Just making sure I'm not missing anything. – [[HCP:Catrin Parry-Jones]]""",
    # 46 prison health, Kenya? no, UK prison, NI number
    """Prison healthcare. [[PT:Marcus Adeyemi-Clarke]], 28, at [[FAC:HMP Wandsworth]], prison number [[ID:A4417CK]], NI [[SSN:QQ 12 34 56 C]], hep C Ab+, RNA 3.2 million, G3a. On methadone 60 mg. Release date [[DATE:14 May]]; his mum [[REL:Denise]] in [[TOWN:Croydon]] will house him.
Can we start 8 weeks of glecaprevir/pibrentasvir now and hand over the last 3 weeks to the community team? @marcus.lindqvist you ran the prison in-reach pilot""",
    # 47 Chinese, migrant worker, TB, pinyin, WeChat
    """From our WeChat referral group (translated, speaker labels kept):
[[HCP:王]]医生 (Dr [[HCP:Wang Lei]]): 患者 [[PT:Zhang Guifang]], 52F, 来自 [[TOWN:Xinyang]], works at [[FAC:Hongda Electronics]] factory in [[PLACE:Longhua]], [[TOWN:Shenzhen]]. Spinal TB T10-11 with cold abscess.
Dr [[HCP:Liu]]: surgery here or send home to Henan?
[[HCP:王]]医生 (Dr [[HCP:Wang Lei]]): her hukou is there, insurance [[PLAN:410102197203154427]] only covers local

Posting for the policy question as much as the clinical one: what do you do when the insurance scheme pulls the patient away from the team that knows her?""",
    # 48 Indian Punjab, farmer suicide attempt, paraquat
    """Paraquat ingestion, [[PT:Gurpreet Singh]], 24, from [[PLACE:Chak Kalan]] near [[TOWN:Bathinda]], brought to [[FAC:AIIMS Bathinda]] on [[DATE:Baisakhi 2024]], 4 h post ingestion, dithionite test strongly positive. His father Sardar [[REL:Jaswant Singh]] runs the [[FAC:Guru Nanak Agro Centre]] where the bottle came from.
Immunosuppression protocol (cyclophosphamide + methylpred) or just supportive? Colleagues in Sri Lanka seem to have stopped. @rohan.mehta""",
    # 49 pasted email chain, ophth, email, handles
    """Email chain (forwarded to me, personal addresses left in):

> From: [[EMAIL:kovalenko.iryna@ukrmail.example.ua]]
> To: [[EMAIL:clinic@oko-dnipro.example.ua]]
> My father [[PT:Petro Kovalenko]] ([[DATE:1934]] r.n.) has lost vision in his right eye since [[DATE:Friday 12 April]], sudden, no pain. He lives alone in [[TOWN:Novomoskovsk]]. – [[REL:Iryna]]

> Reply from Dr [[HCP:Serhii Melnyk]]: please bring him to [[FAC:Mechnikov hospital]], [[STREET:vul. Soborna 14]], urgently.

He's [[AGE:90]], CRAO on arrival 9 hours in. Question: any place for IV thrombolysis in CRAO within 4.5h (he was outside that anyway)? @oksana.kovalenko – no relation, I promise""",
    # 50 Somali, Mogadishu hospital, malnutrition, Somali names
    """Nutrition stabilisation centre, [[FAC:Banadir Hospital]], [[TOWN:Mogadishu]]. Child [[PT:Cabdiraxmaan Maxamed Xuseen]], 14 months, MUAC 10.2, bilateral pitting oedema ++, from [[PLACE:Kaxda]] IDP camp, [[PLACE:Ceelasha Biyaha]]. Mother [[REL:Ubax Faarax]], 19. Admitted [[DATE:3/3/24]]. F-75 started, hypothermic night 1, now day 4 and oedema not moving.
Worried about refeeding on transition to F-100/RUTF. Any experience with a slower transition in oedematous SAM with hypophosphataemia? @yusuf.warsame""",
    # 51 Indonesian Batak, NPC, tumour board mention, Medan
    """Tumour board [[FAC:RSUP H. Adam Malik]], [[TOWN:Medan]], [[DATE:Kamis 21/3]]:
[[PT:Hotman Pardede Situmorang]], 49, nasopharyngeal ca WHO type 3, T4N2M0, EBV DNA 18,000. Works at a palm oil estate, [[FAC:PTPN IV Kebun Dolok Ilir]]. Wife [[REL:Rosmawati br. Sinaga]].
Plan: induction GP x3 then chemoRT. Waiting time for IMRT at our centre 10 weeks. BPJS [[PLAN:0002214870334]].
Would you give more induction cycles to bridge the wait or refer him on to [[FAC:Dharmais]] in [[TOWN:Jakarta]]? – dr. [[HCP:Lestari]], Sp.Onk""",
    # 52 Guatemalan Maya, child pneumonia, K'iche', WhatsApp voice
    """voice message from the health post, transcribed:
"doctora buenas, le escribo de [[PLACE:aldea Chuicutama]], el niño [[PT:Baltazar Tzoc Ajpop]], de 11 meses, tiene respiración rápida 64 por minuto y tiraje, su mamá [[REL:Juana Ixcoy]] solo habla k'iche', ya le di la primera dosis de amoxicilina, la ambulancia de [[TOWN:Nahualá]] no tiene gasolina, número de la mamá [[PHONE:+502 5555 0148]]" – [[HCP:Andrés Tambriz]], auxiliar de enfermería at [[FAC:Puesto de Salud Chuicutama]]

IMCI says refer. Referral isn't happening tonight. What do you give to a chest-indrawing 11-month-old at a health post overnight? Gent IM + amox? @gabriela.ortiz""",
]
FREE_NOTES: list[str] = [
    # 1 place-named arboviruses teaching list
    """Teaching list for the new residents, place-named arboviruses and haemorrhagic fevers you will see on a travel history form:
- West Nile, St. Louis encephalitis, Murray Valley encephalitis, Japanese encephalitis
- Ross River, Barmah Forest, Semliki Forest, Sindbis, Mayaro, Oropouche, O'nyong-nyong
- Rift Valley fever, Crimean-Congo haemorrhagic fever, Kyasanur Forest disease, Omsk haemorrhagic fever
- Lassa, Marburg, Ebola (Zaire, Sudan, Bundibugyo, Taï Forest), Junín, Machupo
- Hantaan, Puumala, Dobrava, Seoul, Sin Nombre, Andes
Zika is a forest in Uganda; Chikungunya is a Makonde word. None of these on a form means the patient went there.""",
    # 2 haemoglobin variants named after places and people
    """Haemoglobinopathy quiz answer from last week, since several people asked. Variants named after the place (or family) where they were first described:
Hb Constant Spring, Hb Bart's, Hb Lepore, Hb Hope, Hb Köln, Hb Kansas, Hb Zurich, Hb Bristol, Hb Hammersmith, Hb Yakima, Hb Chesapeake, Hb M Boston, Hb M Iwate, Hb Malmö, Hb E, Hb D-Punjab, Hb O-Arab, Hb G-Philadelphia.
The trick answer was Hb Hope: unstable on HPLC, looks like HbS on some machines. And G6PD Mahidol, Viangchan, Canton, Union and Mediterranean are the deficient variants you meet most across Southeast Asia and the Middle East.""",
    # 3 influenza strains in vaccine composition
    """for those asking what's in this year's southern hemisphere quadrivalent: A/Victoria/4897/2022 (H1N1)pdm09-like, A/Thailand/8/2022 (H3N2)-like, B/Austria/1359417/2021-like (B/Victoria lineage), B/Phuket/3073/2013-like (B/Yamagata lineage). the egg-based and cell-based candidates differ slightly (A/Darwin/9/2021 was last year's H3N2). source: https://www.who.int/publications/m/item/recommended-composition-of-influenza-virus-vaccines""",
    # 4 vaccine strains with names
    """Vaccine strain trivia for the EPI nurses' refresher, all of these are strains not people:
Measles Edmonston-Zagreb, Schwarz, Moraten; mumps Jeryl Lynn, Urabe AM9, Leningrad-Zagreb, Rubini; rubella RA 27/3; varicella Oka; yellow fever 17D; JE SA 14-14-2; BCG Danish 1331, Tokyo 172, Russia BCG-I, Moreau Rio de Janeiro, Pasteur 1173 P2.
Jeryl Lynn was the daughter of Maurice Hilleman, and the Urabe strain is the one pulled for aseptic meningitis.""",
    # 5 resistance genes and clones, ICU IPC meeting
    """IPC meeting notes (no patient details). Carbapenemase mix on our unit this quarter:
| Mechanism | Isolates | Comment |
|---|---|---|
| NDM-1 | 14 | mostly K. pneumoniae ST147 |
| OXA-48-like (OXA-232, OXA-181) | 9 | E. coli ST131, ST410 |
| KPC-2 | 2 | imported, ST258 |
| VIM | 1 | P. aeruginosa ST235 |
| IMP | 0 | |
New Delhi and Verona are the genes' namesakes, not where our patients came from. Ceftazidime-avibactam plus aztreonam for the NDM ones, per the 2023 IDSA guidance.""",
    # 6 salmonella serovars
    """Microbiology teaching: Salmonella serovars named after places. S. Dublin, S. Newport, S. Kentucky, S. Heidelberg, S. Agona, S. Panama, S. Montevideo, S. Java, S. Poona, S. Saintpaul, S. Indiana, S. Bareilly, S. Weltevreden. And leptospiral serovars: Icterohaemorrhagiae, Copenhageni, Bratislava, Pomona, Canicola, Hardjo, Australis, Autumnalis, Grippotyphosa. Our lab reports S. Typhi H58 lineage (4.3.1) XDR – same as the 2016 outbreak strain. None of these names tell you where a patient lives.""",
    # 7 words that are names at sentence start
    """Reflection after a hard week on the paeds ward.
Hope is not a plan, my old boss used to say. Grace under pressure is overrated too. Patience with families matters more than I thought. Comfort care is still care. Mercy, in the old sense, is knowing when to stop. Faith in the protocol got us through the night, but Will (the willpower kind) ran out at 4 am.
Blessing of a quiet Sunday shift, finally.""",
    # 8 ortho eponymous fractures, all caps template
    """FRACTURE CLINIC TEACHING – EPONYMS YOU MUST KNOW
FOREARM: MONTEGGIA (ULNA + RADIAL HEAD DISLOCATION), GALEAZZI (RADIUS + DRUJ), ESSEX-LOPRESTI
WRIST: COLLES, SMITH, BARTON, CHAUFFEUR
HAND: BENNETT, ROLANDO, BOXER
FOOT/ANKLE: JONES, LISFRANC, CHOPART, MAISONNEUVE, TILLAUX, POTT
KNEE: SEGOND, PELLEGRINI-STIEDA, HOFFA
CLASSIFICATIONS: SALTER-HARRIS, GUSTILO-ANDERSON, GARDEN, WEBER, LAUGE-HANSEN, SCHATZKER, NEER, GARTLAND, AO/OTA
AGE CUT-OFFS: GARDEN III/IV IN A 78 YEAR OLD – ARTHROPLASTY.""",
    # 9 abdominal signs, Sister Mary Joseph
    """Exam signs of advanced gastric cancer that the students always forget:
Virchow's node (Troisier's sign), Sister Mary Joseph nodule, Blumer's shelf, Krukenberg tumour, Irish node (left axillary), Leser-Trélat sign, Trousseau syndrome.
And for the acute abdomen: Murphy, Rovsing, psoas, obturator, Grey Turner, Cullen, Kehr, Courvoisier, Carnett, Boas.
Sister Mary Joseph Dempsey was a surgical assistant to William Mayo, which is why the nodule has a "Sister" in it.""",
    # 10 heart sounds/murmurs eponyms, phone typed
    """lol ok for the AR signs thread: corrigan (water hammer), de musset (head bob), quincke (nail bed), duroziez (femoral bruit), traube (pistol shot), müller (uvula), hill (popliteal > brachial by 60), becker (retinal). plus austin flint murmur. graham steell is the PR one in pulm htn, carey coombs is rheumatic MS in acute carditis. none of them change management, echo does""",
    # 11 trial names that are names and places
    """Journal club list for next term (breast and thoracic onc), just the trial names:
CLEOPATRA, APHINITY, KATHERINE, NeoSphere, HERA, DESTINY-Breast03, MONALEESA-2, PALOMA-3, MONARCH E, NATALEE, TAILORx, MINDACT, RxPONDER, OlympiA, KEYNOTE-522.
Thoracic: PACIFIC, ADAURA, FLAURA, ALEX, CROWN, CheckMate 816, IMpower010, LIBRETTO-431, HIMALAYA (that one is HCC actually), EMERALD-1, MATTERHORN.
Volunteers in the thread please, 2 per session.""",
    # 12 cardio trials, journal club, member replies
    """> @priya.raman wrote: anyone presenting EMPEROR-Preserved vs DELIVER?

I'll take it, Priya. Planning to pair it with DAPA-HF, EMPEROR-Reduced, PARADIGM-HF and the older CHARM-Preserved and TOPCAT (the Russia/Georgia vs Americas split in TOPCAT is a good discussion point on regional enrolment). Will add STRONG-HF for the rapid up-titration angle. Slides by Thursday.""",
    # 13 global health triage, ETAT, role labels only, WhatsApp with times
    """Pasted from our paeds registrars' chat, no names, for the ETAT refresher:
[21:04] ED reg: 2y, RR 68, chest indrawing, SpO2 86%, AVPU = V
[21:05] Paeds SHO: O2 1 L nasal prongs, IV access?
[21:07] ED reg: no access, IO in, 10 ml/kg? or none because no shock?
[21:09] Consultant: no bolus. FEAST. maintenance only, 2/3 rate
[21:12] Paeds SHO: glucose 2.1 -> 5 ml/kg 10% dextrose given
Lessons: FEAST changed fluids in African paediatric wards; TRACT changed transfusion thresholds (Hb 4 vs 6).""",
    # 14 Kigali modification, ARDS
    """For those of you in low-resource ICUs: the Kigali modification of the Berlin definition of ARDS uses SpO2/FiO2 ≤ 315 instead of PaO2/FiO2 and accepts lung ultrasound instead of a CXR. No PEEP requirement. Sepsis-3 with qSOFA ≥ 2 also works without a lab. Riviello et al. 2016, https://doi.org/10.1164/rccm.201504-0781OC""",
    # 15 gastro classifications with place names
    """GI classification cheat sheet, place-named edition:
- Los Angeles (oesophagitis A-D)
- Prague C&M (Barrett length), Seattle protocol (quadrantic biopsies every 1-2 cm)
- Kyoto classification (H. pylori gastritis), Sydney system, OLGA/OLGIM
- Paris classification (superficial lesions 0-IIa etc.)
- Montreal (Crohn's A/L/B, UC E1-3), Vienna (the old one)
- Atlanta, revised 2012 (acute pancreatitis)
- Tokyo Guidelines TG18 (cholangitis grading)
- Baveno VII (portal hypertension), West Haven (encephalopathy), Milan criteria (HCC for transplant), Barcelona (BCLC)
- Boston bowel prep scale, Bristol stool chart
Sydney and Milan are not where your patient lives.""",
    # 16 cognition and frailty scales, dictation
    """dictated so apologies. for the geriatric assessment we use the Addenbrooke's cognitive examination three which is not the hospital just the test, the Montreal cognitive assessment, RUDAS for people with limited schooling or interpreter, the abbreviated mental test score, Rockwood clinical frailty scale, Barthel, Waterlow and the Morse fall scale. an 85 year old with a CFS of 6 and a MoCA of 19 out of 30 is not the same as an 88 year old with CFS 3 and MoCA 26 full stop new paragraph ages alone mean little""",
    # 17 ICD-10 and code numbers
    """Coding tips from our audit (no patients): sepsis due to E. coli is A41.51 (ICD-10-CM) but A41.5 in WHO ICD-10; dengue with warning signs is A97.1 (2019+ codes); Chagas with heart involvement B57.2; severe acute malnutrition E43; snakebite T63.0-. SNOMED for melioidosis is 75702008 and LOINC for HbA1c 4548-4. ATC for artemether-lumefantrine P01BF01. Trial registrations cited in the audit: NCT02735707, ISRCTN 12345678 (placeholder), CTRI/2020/05/025271.""",
    # 18 names as drugs/brands, pharmacy chat
    """Pharmacy corner: brand names that keep getting mistaken for patient names on handwritten charts.
Ella (ulipristal), Lyrica, Victoza, Brilinta, Jardiance, Mounjaro, Trulicity, Januvia, Entresto, Keppra, Zofran, Ativan, Xarelto, Eliquis, Clexane, Tazocin, Augmentin, Septrin, Coartem, Riamet, Malarone, Crocin, Dolo 650, Calpol, Disprin, Buscopan.
In Ghana "Lonart" and in India "Dolo" are household words. Write generic names please.""",
    # 19 anatomy eponyms
    """Anatomy eponyms list for the surgical bootcamp:
Calot's triangle, Hesselbach's triangle, Petit's and Grynfeltt's triangles, Scarpa's fascia, Camper's fascia, Colles' fascia, Denonvilliers' fascia, Waldeyer's ring, Gerota's fascia, organ of Zuckerkandl, ligament of Treitz, sphincter of Oddi, ampulla of Vater, ducts of Santorini and Wirsung, Glisson's capsule, Morison's pouch, pouch of Douglas, Alcock's canal, Hunter's canal, Guyon's canal, Kiesselbach's plexus, Woodruff's plexus, fossa of Rosenmüller, Stensen's and Wharton's ducts, Berry's ligament, Chassaignac's tubercle, Lister's tubercle, Gerdy's tubercle.""",
    # 20 neuro eponyms Non-native English
    """Hello all, I am neurologist and I want to share about the eponyms in GBS variants because students are confusing always. Guillain-Barré is AIDP mostly in Europe but in Bangladesh and China is AMAN more, after Campylobacter. Miller Fisher is ataxia, areflexia, ophthalmoplegia with anti-GQ1b. Bickerstaff is same but with drowsiness. Then do not confuse with Lambert-Eaton or with Charcot-Marie-Tooth. Erasmus GBS Outcome Score (EGOS) and mEGOS is helping to predict. Thank you.""",
    # 21 surgical procedure eponyms with members
    """Thanks Tomasz and Siobhán for the replies on the bile duct thread. To summarise what we agreed:
- Whipple (PPPD vs classic) – no difference in DGE
- Roux-en-Y hepaticojejunostomy for Strasberg E injuries, not Heineke-Mikulicz repair
- Kocher manoeuvre, Cattell-Braasch if you need more
- Pringle manoeuvre time limits: 15 on / 5 off
- Hartmann's vs primary anastomosis for Hinchey III – LADIES and DIVERTI trials
Happy to be corrected.""",
    # 22 tropical eponyms, non-place
    """Tropical signs quiz: Romaña sign (Chagas), Winterbottom sign (trypanosomiasis, posterior cervical nodes), Kerandel sign (deep hyperaesthesia), Calabar swelling (Loa loa), Katayama fever (acute schistosomiasis), Mazzotti reaction (DEC in onchocerciasis), Jarisch-Herxheimer, Lucio phenomenon (lepromatous leprosy), Weil disease, Oroya fever / Carrión disease (Bartonella bacilliformis). Madura foot, Delhi boil, Baghdad boil and Aleppo boil are all names for diseases, not addresses.""",
    # 23 genes and pharmacogenomics Thai/Han
    """Pharmacogenomics reminder before you start carbamazepine in patients of Thai, Han Chinese, Malay or Indian ancestry: HLA-B*15:02 screening (SJS/TEN). Allopurinol: HLA-B*58:01, especially Thai, Korean, Han Chinese. Abacavir: HLA-B*57:01. Clopidogrel: CYP2C19*2/*3 loss-of-function common in East Asians (~60% carry one). Statin myopathy: SLCO1B1 c.521T>C. Phenytoin: CYP2C9*3 plus HLA-B*15:02. CPIC guidelines at https://cpicpgx.org/guidelines/""",
    # 24 handover with no identifiers, ages < 90
    """Night handover template we're trialling (no names on this version, the real one is on the ward system):
| Bed | Age/sex | Problem | Overnight task |
|---|---|---|---|
| 2 | 84F | NOF #, day 1 | Hb check 06:00 |
| 4 | 67M | CAP, CURB-65 = 3 | review at 02:00 |
| 6 | 89M | delirium, PINCH ME | no sedation please |
| 11 | 45F | DKA | FRIII, VBG 2-hourly |
| 14 | 72M | GI bleed, GBS 12 | OGD in the morning |
Feedback welcome from anyone who has built one in Epic or Cerner.""",
    # 25 TNM, node counts, fractions
    """Path report language for the trainees (all invented numbers): pT3 pN1b (3/17) M0, LVI present, PNI absent, CRM 0.8 mm, Mandard TRG 3. Gleason 4+3=7 (Grade Group 3), 6/12 cores positive. Breslow 2.1 mm, Clark level IV, 3 mitoses/mm2. Nottingham grade 2 (3+2+2). Ki-67 24%. ER 8/8 (Allred), PR 6/8, HER2 2+ FISH ratio 1.6. Dukes C, Astler-Coller C2 if your surgeons still use that.""",
    # 26 obstetric scores with Apgars, member thanks
    """Replying to @ngozi.okafor's question about the neonatal scores we use in the district hospitals:
Apgar at 1 and 5 min (e.g. 4/7/9), Ballard for gestational age, Silverman-Andersen for respiratory distress (score 6 = CPAP), Downes score, Thompson HIE score (≥ 10 = severe), Bishop score on the maternal side (≥ 8 favourable), Robson ten-group classification for CS audit. WHO Safe Childbirth Checklist has them on a laminated card.""",
    # 27 cities in scores and rules
    """Decision rules named after cities: Ottawa ankle and knee rules, Ottawa SAH rule, Canadian C-spine (not a city, I know), San Francisco syncope rule, Edinburgh claudication questionnaire, Glasgow-Blatchford score, Glasgow Coma Scale, Glasgow prognostic score, Geneva score (revised), Wells, PERC, Manchester triage, Nottingham prognostic index, Rotterdam criteria (PCOS), Amsterdam II criteria (Lynch), Bethesda (thyroid cytology), Sapporo / Sydney (APS), Chapel Hill (vasculitis), Lugano (lymphoma response), St. Gallen (breast).""",
    # 28 neonatal formulas and drug dosing, ratios
    """Fluids for a 14 kg child with 10% dehydration: deficit 1,400 ml + maintenance (Holliday-Segar) 1,200 ml/24h. Replace over 24 h unless hypernatraemic (48 h). ORS 75 mmol/L sodium, ReSoMal for SAM. Zinc 20 mg x 10-14 days. Parkland for burns: 4 ml x kg x %TBSA (Lund and Browder chart for kids, not the rule of nines). P/F 180, A-a gradient 42, anion gap 24, osmolar gap 18.""",
    # 29 ALL CAPS discharge template without identifiers
    """SHARING OUR BLANK DISCHARGE TEMPLATE FOR COMMENTS:
NAME: ____________   HOSP NO: ____________   DOB: __/__/____
ADMITTED: __/__/____   DISCHARGED: __/__/____
CONSULTANT: ____________   WARD: ____________
DIAGNOSIS: ____________
MEDICATION CHANGES: STARTED / STOPPED / DOSE CHANGED (REASON)
FOLLOW-UP: GP / OPD / NONE
SIGNED: ____________ (FY1 / SHO / REG)
IS THERE ANYTHING WE SHOULD ADD FOR PATIENTS WHO DON'T READ ENGLISH?""",
    # 30 public helplines and emergency numbers
    """For the travel medicine handout, public emergency numbers (not anyone's phone): 112 across the EU, 999 UK, 911 US/Mexico, 1669 Thailand (EMS), 108 India (ambulance), 193 Ghana (ambulance), 192 SAMU Brazil, 119 Indonesia (ambulance), 10177 South Africa, 997 Pakistan? (check: Rescue 1122 in Punjab). NHS 111 for non-urgent. Poison centres vary; list at https://www.who.int/data/gho/data/themes/topics/indicator-groups/poison-control-and-unintentional-poisoning""",
    # 31 UK shorthand fractions that look like dates
    """UK shorthand for the international grads who keep asking: "3/7" = three days, "2/52" = two weeks, "6/12" = six months, "1/12 hx of cough" = one month. So "TTO: co-amox 5/7, review 6/52" is a course of five days and a review at six weeks, not dates. "G3P2+1" is three pregnancies, two births, one loss. "BD", "TDS", "QDS", "PRN", "1-0-1" (South Asian charts: morning-noon-night). "NBM", "TWOC", "MSU", "PU", "PR", "POP" (plaster, or the pill, depending on the ward).""",
    # 32 Ramadan diabetes, generic holiday mentions
    """Ramadan is coming and our diabetes clinic is getting the usual questions. Summary of what we do, no cases:
- IDF-DAR risk score; high-risk (score > 6) advised not to fast
- Sulfonylureas: switch glibenclamide to gliclazide, take the dose at iftar
- Basal insulin reduce 15-30% and take at iftar
- SGLT2i: fine if well hydrated, stop if unwell
- Break the fast if glucose < 3.9 or > 16.7
Same principles for Lent fasting in Ethiopian Orthodox patients (Hudade, 55 days) and for Navratri.""",
    # 33 Signal guideline debate, role labels, no names
    """From our registrar Signal group, stripped of names, because it turned into a good debate:
ICU reg 01:14: septic shock, MAP 58 on 0.3 norad. vaso now or steroids first?
Anaes SpR 01:16: VASST says vaso at 0.25 is fine. ADRENAL and APROCCHSS for hydrocortisone 200/d
ICU reg 01:18: fludro too?
Cons on call 01:25: APROCCHSS used it, ADRENAL didn't. I'd give hydrocortisone 50 q6 and start vaso 0.03
Anaes SpR 01:27: and check a lactate, Hartmann's not saline (SMART, BaSICS, PLUS)""",
    # 34 capitalised words that are names, lower-case post
    """Patient education leaflet wording, need opinions. "Rest, Ice, Compression, Elevation" – we've been asked to switch to PEACE & LOVE (Protection, Elevation, Avoid anti-inflammatories, Compression, Education & Load, Optimism, Vascularisation, Exercise). Optimism is doing a lot of work there. Does anyone have a version translated into Twi or Hausa?""",
    # 35 Eastern Europe, tick-borne, place names in diseases
    """Spring tick season starts soon. Reminder of the tick-borne infections across Ukraine, Belarus and the Baltics: TBE (European subtype, Far-Eastern and Siberian subtypes further east), Lyme borreliosis (B. afzelii, B. garinii), Crimean-Congo haemorrhagic fever in the south, Omsk haemorrhagic fever, tularaemia, human granulocytic anaplasmosis, and Mediterranean spotted fever on the Black Sea coast. FSME-Immun and Encepur are both licensed; schedule 0, 1-3 months, 5-12 months.""",
    # 36 lab values, lots of numbers
    """Night-shift puzzle, no identifiers: Na 121, K 6.2, Cl 88, HCO3 14, urea 18, creat 240, glucose 32, osmolality measured 298. Calculated osm = 2(121) + 18 + 32 = 292, gap 6. Corrected Na (Katz) = 121 + 1.6 x (32 - 5.5)/5.5 ≈ 129; Hillier gives ≈ 132. Anion gap 19, delta ratio 0.7. Ketones 4.8. So DKA with a mixed picture; Addisonian crisis worth ruling out with that K.""",
    # 37 trial acronyms global health, member asks
    """@kofi.mensah @thandiwe.moyo since you both asked for the malaria trial list:
AQUAMAT (artesunate vs quinine in African children), SEAQUAMAT (Asia), TRAC and TRACII (artemisinin resistance, kelch13 C580Y), PROMOTE, IMPROV (primaquine 7 vs 14 days), DETECTIVE/GATHER (tafenoquine), CHAMPS (mortality surveillance). RTS,S/AS01 and R21/Matrix-M for vaccines; R21 efficacy data from Nanoro, Bagamoyo, Dandé, Kilifi and Bougoula study sites (sites, not patients).""",
    # 38 Meckel, rule of 2s, short
    """Meckel's: rule of 2s – 2% of people, 2 feet from the ileocaecal valve, 2 inches long, 2 tissue types, presents before age 2. Technetium-99m pertechnetate scan. Littre hernia if it's in a hernia sac. Amyand if it's the appendix, de Garengeot if femoral.""",
    # 39 pasted M&M with role labels only, long
    """M&M summary as circulated (already anonymised by the department), then my thoughts. It's long, but I think emergency laparotomy care is where most of our avoidable deaths are.

"A 67-year-old man, ASA 3, with a background of COPD (FEV1 54%), type 2 diabetes on metformin and gliclazide, and hypertension, presented with 2 days of left iliac fossa pain and was found to have a perforated sigmoid diverticulum with faecal peritonitis (Hinchey IV). NELA predicted mortality 18%. Decision to operate was made at 14:00; knife to skin was at 01:10 the following morning because of two category 1 cases ahead of him and one emergency theatre. Hartmann's procedure was performed. Post-operative day 3: AF with RVR, lactate 4, CT showed a pelvic collection. Relook laparotomy day 4. Died day 9 of multi-organ failure. Contributory factors: delay to theatre 11 h, CEPOD category 2 not upgraded when the lactate rose to 3.8 at 19:00, no consultant surgeon present at the relook, critical care bed not available until post-op day 2 (recovered in PACU overnight)."

Learning points the registrar and the consultant presented:
- Escalate the CEPOD category when the physiology changes. Nobody re-triaged him.
- NELA audit data show mortality rises with every hour of delay in sepsis with peritonitis; NCEPOD's Knowing the Risk (2011) and the 2019 NELA report say the same.
- Consultant presence: NELA standard is consultant surgeon and anaesthetist present when predicted mortality > 5%. We met it for the first operation only.
- Post-op critical care for predicted mortality > 10%: not met.
- Sepsis six delivered within an hour: met. Antibiotics: piperacillin-tazobactam at 13:20, met.

My own thoughts: the real problem is one emergency theatre for a hospital our size, and no one wants to say that in an M&M because it sounds like politics. Does anyone have an emergency theatre "second list" trigger that actually works (e.g. open a second theatre when ≥ 2 category 2 cases are waiting > 4 h)? We are drafting one and I'd rather copy something that has been tested.""",
    # 40 SE Asia dengue classification, WHO links, lower case
    """dengue 2009 who classification vs the old 1997 one (DF/DHF grades I-IV / DSS): we use 2009 in malaysia and thailand now. warning signs: abdo pain, persistent vomiting, fluid accumulation, mucosal bleed, lethargy, liver > 2 cm, hct rise with rapid plt fall. 'tourniquet test' still in some forms. guideline: https://www.who.int/publications/i/item/9789241547871 . the philippines dengvaxia story is worth reading too""",
    # 41 Hindi/Urdu words looking like names
    """Common words in South Asian histories that get mistaken for names by our transcription software: "Amma" (mother), "Abba" (father), "Bhai" (brother), "Didi" (elder sister), "Nani" and "Dadi" (grandmothers), "Chacha" (uncle), "Beta" (child), "Sahib", "Ji". "Haldi" is turmeric, "Ghee" is ghee. "Kamla" on a chart is a condition (jaundice) in some Hindi dialects, not a person. Same issue with Swahili "Mama" and "Baba", and Yoruba "Iya" and "Baba".""",
    # 42 cell lines and labs
    """Lab session slides: cell lines used in virology and oncology labs, since someone asked why HeLa is capitalised like a name. HeLa, Vero (African green monkey kidney), MDCK (Madin-Darby canine kidney), Jurkat, K562, HEK293, A549, MCF-7, Caco-2, HepG2, THP-1, U937, LNCaP, PC-3, SH-SY5Y. The consent history of HeLa is a good ethics teaching point – Skloot's book is on the reading list.""",
    # 43 paeds surgical eponyms, thread reply with member name only
    """Agree with Lucía. For the paeds surgical list: Hirschsprung (rectal suction biopsy, Swenson / Soave / Duhamel pull-through), Kasai for biliary atresia before 60 days, Ladd's procedure for malrotation, Nissen for GORD in neuro kids, Ramstedt pyloromyotomy, Wilms (Children's Oncology Group vs SIOP protocols), Sistrunk for thyroglossal cyst, Ponseti for clubfoot (Jaipur foot is the prosthesis, not a procedure).""",
    # 44 psych scales, voice typed, Hamilton etc.
    """Screening tools in our refugee mental health clinic: PHQ-9, GAD-7, Harvard Trauma Questionnaire, Hopkins Symptom Checklist-25, Refugee Health Screener-15, Edinburgh Postnatal Depression Scale, Kessler K10, Hamilton (HAM-D) for trials only, Self-Reporting Questionnaire (SRQ-20, WHO). Validated Arabic, Dari, Tigrinya and Somali versions exist for most. Thanks Aylin for the Turkish versions.""",
]

# note id -> colleagues taking part in the discussion (not tagged in the text)
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc9-001": [{"name": "Kofi Mensah", "handle": "@kofi.mensah"}],
    "pc9-003": [{"name": "Farhana Chowdhury", "handle": "@farhana.chowdhury"}],
    "pc9-005": [{"name": "Nattapong Srisuk", "handle": "@nattapong.srisuk"}],
    "pc9-009": [{"name": "Aylin Demirtaş", "handle": "@aylin.demirtas"}],
    "pc9-010": [{"name": "Rafael Moura", "handle": "@rafael.moura"}],
    "pc9-015": [{"name": "Siobhán Keane", "handle": "@siobhan.keane"}],
    "pc9-017": [{"name": "Ngozi Okafor", "handle": "@ngozi.okafor"}],
    "pc9-020": [{"name": "Hamid Qureshi", "handle": "@hamid.qureshi"}],
    "pc9-024": [
        {"name": "Thandiwe Moyo", "handle": "@thandiwe.moyo"},
        {"name": "Bongani Dlamini", "handle": "@bongani.dlamini"},
    ],
    "pc9-027": [{"name": "Tomasz Wiśniewski", "handle": "@tomasz.wisniewski"}],
    "pc9-031": [{"name": "Ifeoma Eze", "handle": "@ifeoma.eze"}],
    "pc9-034": [{"name": "Lucía Ferreyra", "handle": "@lucia.ferreyra"}],
    "pc9-042": [{"name": "Claire Whitford", "handle": "@claire.whitford"}],
    "pc9-044": [{"name": "Claire Whitford"}],
    "pc9-046": [{"name": "Marcus Lindqvist", "handle": "@marcus.lindqvist"}],
    "pc9-048": [{"name": "Rohan Mehta", "handle": "@rohan.mehta"}],
    "pc9-049": [{"name": "Oksana Kovalenko", "handle": "@oksana.kovalenko"}],
    "pc9-050": [{"name": "Yusuf Abdi Warsame", "handle": "@yusuf.warsame"}],
    "pc9-052": [{"name": "Gabriela Ortiz", "handle": "@gabriela.ortiz"}],
    "pc9-064": [{"name": "Priya Raman", "handle": "@priya.raman"}],
    "pc9-073": [{"name": "Tomasz Wiśniewski"}, {"name": "Siobhán Keane"}],
    "pc9-078": [{"name": "Ngozi Okafor", "handle": "@ngozi.okafor"}],
    "pc9-089": [
        {"name": "Kofi Mensah", "handle": "@kofi.mensah"},
        {"name": "Thandiwe Moyo", "handle": "@thandiwe.moyo"},
    ],
    "pc9-095": [{"name": "Lucía Ferreyra"}],
    "pc9-096": [{"name": "Aylin Demirtaş"}],
}


build, render, main = first_set.blind_set(
    "pc9", Path(__file__).with_name("physician_cases_9.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
