# ruff: noqa: E501, RUF001 (the notes are data, with the symbols people type)
"""Blind test set 17 of invented physician posts (``physician_cases_17.jsonl``).

Written blind: the author read only the tag table, ``_MARK`` and the parser/build helpers of
``make_physician_cases.py``, never the detector, its tests or the other sets' notes. Every
person, number and facility is invented; real towns, districts and countries appear only as
places. The mix: case threads with replies, pasted messaging-group chats with timestamps and
speaker labels, tumour boards, M&M write-ups, pasted discharge/clinic/referral letters, lab
requests, phone-typed replies and English mixed with local words, from members worldwide.

Annotation conventions beyond the tag table:
- Spans leave out titles, honorifics and kinship titles ("Dr.", "Mrs.", "Mama", "Bibi",
  "Ustaz", "Hajia", "chị", "-san", "Tita"): only the name itself is tagged. In a teknonym
  ("Mama Baraka") the child's name is tagged ``REL``.
- Full names keep their particles and patronymics in one span ("bin", "binti", "de", "ogly",
  "-dóttir", "Serikovna").
- Chat timestamps: the date part is ``DATE``; a clock time alone is not PHI.
- Dates in local calendars (Hijri, Buddhist Era, Ethiopian, Solar Hijri, Bikram Sambat) are
  ``DATE`` when they have a day or month; a bare year is ``YEAR``.
- ``AGE`` covers only the number word(s) of an age over 89 ("93" in "93-year-old", "90s").
- National identity numbers (NIN, CNIC, Aadhaar, MyKad, PESEL, RUT, CPF, personnummer, IIN...)
  are ``SSN``; national or private health insurance numbers are ``PLAN``; hospital, clinic and
  registry numbers are ``MRN``; billing/bank/mobile-money accounts are ``ACCT``; medical
  council registrations and driving licences are ``LIC``; passports, refugee cards, lab
  accession and court/police case numbers are ``ID``.
- Bleeps/pagers are ``PAGER``; a number with an extension keeps the extension in the span.
- Named wards ("Nightingale Ward") are ``FAC``; numbered units ("Ward 6", "7 West") are not.
- Landmark directions ("behind the Total petrol station") are ``PLACE`` when they point to a
  home; villages, wards, barangays, mahallas, kebeles and estates are ``PLACE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_physician_cases as first_set

_PHI = [
    # 001 Kenya case thread
    r"""Need thoughts before ward round tmrw. 34F, [[PT:Achieng Otieno]], referred from [[FAC:Ugunja Sub-County Hospital]] on [[DATE:12/03/2024]] with 3/52 fever, drenching sweats, matted cervical nodes. HIV+ on TLD since [[YEAR:2019]], VL LDL in Jan. From [[PLACE:Sidindi]] location, [[COUNTY:Siaya County]], sells fish at the market. CXR clear, Xpert Ultra on the FNA negative x2. Excision bx sent, accession [[ID:HP-24-0877]]. IP no. [[MRN:UGH/IP/2024/1184]]. Husband [[REL:Okoth Ouma]] says she has dropped 8 kg. Do we start empirical TB tx while waiting for histo or sit on our hands?

Reply from @wkamau: Don't start blind if she's stable. At her CD4 KS and lymphoma are both live options. Chase the histo, the path registrar is Dr [[HCP:Kiprono]]. If it's >2 weeks then fine, empirical + review.

Reply: Thanks Wanjiru, will call him 8am.""",

    # 002 WhatsApp group Nigeria
    r"""Pasted from our unit group last night, scrub before it goes anywhere pls:

[[DATE:04/06/2024]], 22:14 - Dr [[HCP:Eze]]: Admitted 67M Alhaji [[PT:Musa Garba Danjuma]], hosp no [[MRN:ABUTH/CM/338-291]], DKA, pH 7.08, K 5.9
[[DATE:04/06/2024]], 22:16 - Dr [[HCP:Eze]]: Emergency side bay 3. Son [[REL:Abdulrahman]] is the one to call, [[PHONE:0803 555 0172]]. They came from [[TOWN:Zaria]], [[PLACE:Sabon Gari]] area near the [[PLACE:old Kano road motor park]]
[[DATE:04/06/2024]], 22:20 - [[HCP:Tunde]]: Fluids running? Is he NHIA
[[DATE:04/06/2024]], 22:21 - Dr [[HCP:Eze]]: Yes NHIA no [[PLAN:NHIA/KD/0021187/03]], HMO is [[FAC:Sunbeam Health Partners]]
[[DATE:05/06/2024]], 06:02 - [[HCP:Tunde]]: pH 7.29 this morning, AG closing. Well done team""",

    # 003 Tumour board Vietnam/Ho Chi Minh
    r"""Tumour board summary – hepatobiliary MDT, [[FAC:Bệnh viện Đa khoa Tâm An]], Thứ Năm [[DATE:18/7/2024]]

Pt: [[PT:Trần Văn Hùng]], nam, 58t. Mã BN [[MRN:24.015.3371]]. BHYT [[PLAN:DN4797924551208]].
Address: [[STREET:42/7 Lê Văn Sỹ]], [[PLACE:Phường 13]], [[PLACE:Quận 3]], [[TOWN:TP. Hồ Chí Minh]].
HBV carrier, not on treatment. AFP 1,840. CT: 6.2 cm seg VII lesion, arterial enhancement + washout, LI-RADS 5, no PVTT. Child-Pugh A5, ALBI grade 1, ECOG 0.
Discussion: resection vs TACE. Surgery (BS. [[HCP:Phạm Minh Tuấn]]) happy to resect, FLR estimated 48%.
Decision: right posterior sectionectomy, start TAF now. Wife [[REL:Nguyễn Thị Lan]] informed.""",

    # 004 M&M Pakistan
    r"""M&M write-up (draft, anonymise before circulating – I haven't yet, sorry)

Case: [[PT:Shazia Bibi]] w/o [[REL:Muhammad Rafiq]], 27y G3P2, CNIC [[SSN:35202-5551847-2]], booked at [[FAC:Mian Jan Memorial Trust Hospital]], reg no [[MRN:MJM-OB-24-06613]]. Presented [[DATE:22 Ramadan 1445]] at 02:30 with APH, 34/40. Home in [[PLACE:Mohalla Islampura]], [[TOWN:Kasur]].
Timeline: triaged 02:40, FHR 90s, consultant (Dr [[HCP:Nasreen]]) informed 03:10, theatre 03:55. Baby APGARs 3 and 6, to NICU. Mother PPH 2.1 L, 4 units.
Learning points: (1) the 45-min delay was the theatre lift, (2) no group-and-hold at booking despite previa on the 20w scan, (3) the rickshaw ride from [[TOWN:Kasur]] took 70 min.
Discussant: @farhanq. Farhan please add the anaesthesia notes.""",

    # 005 UK-style referral letter to Nordic? Let's do Norway discharge letter
    r"""Pasted discharge letter (translated quickly from Norwegian, forgive the style):

Epikrise – [[FAC:Valdres Lokalsykehus]], ortopedisk avd.
Pasient: [[PT:Ingrid Marie Haugen]], f. [[DATE:03.11.1933]], fødselsnr [[SSN:03113355218]]
Adresse: [[STREET:Bygdinvegen 214]], [[ZIP:2900]] [[TOWN:Fagernes]]
Innlagt [[DATE:09.02.2024]], utskrevet [[DATE:16.02.2024]].
[[AGE:90]] år gammel kvinne med kjent AF, innlagt med hoftebrudd etter fall i snøen. Operert [[DATE:10.02]] med hemiprotese (Dr. [[HCP:Eirik Solberg]]). Postop delir, behandlet uten medikamenter.
Fastlege informert.
Datter [[REL:Solveig]] er pårørende.
Q for the group: would you restart apixaban day 2 or day 5 after hemiarthroplasty in a 90-yo with CHA2DS2-VASc 5? Ortho here says day 5, haematology says day 2.""",

    # 006 Ghana phone-typed reply
    r"""sorry typing on phone at OPD. the boy [[PT:Kwame Asante Boakye]] 9yrs from [[PLACE:Ahenema Kokoben]] nr [[TOWN:Kumasi]] sickle SS, came with priapism 6hrs. aspirated + phenylephrine, detumesced. mum [[REL:Akosua]] no. [[PHONE:024 555 0193]] says 3rd episode. NHIS [[PLAN:0145 5521 87]], folder [[MRN:KATH/PED/11802]]. do we start him on hydroxyurea now or wait for the haem clinic? he's on folic acid and penicillin only""",

    # 007 Philippines chat with Taglish
    r"""From the IM residents' Viber, [[DATE:Aug 3]]:

[9:41 PM] Dra. [[HCP:Santos]]: Guys si Lola [[PT:Remedios Dizon Villanueva]], [[AGE:94]] y/o, bed 12 sa [[FAC:Ward Bethany]], for intubation ba? DNR daw sabi ng apo
[9:42 PM] [[HCP:Kim R.]]: May signed DNR form na ba? Sino ang legal guardian
[9:44 PM] Dra. [[HCP:Santos]]: anak na si [[REL:Teresita Villanueva-Ocampo]], nasa [[TOWN:Malolos]] pa, tatawag daw.
[9:45 PM] [[HCP:Kim R.]]: Pls document na verbal lang muna. PhilHealth # niya?
[9:47 PM] Dra. [[HCP:Santos]]: [[PLAN:02-055512345-7]]. Address [[PLACE:Purok 4]], [[PLACE:Brgy. Longos]], [[TOWN:Malolos]], [[COUNTY:Bulacan]]
[9:52 PM] [[HCP:Kim R.]]: ok comfort care, paki-inform si Dr. [[HCP:Manalo]] (attending)""",

    # 008 Brazil case thread Portuguese-English
    r"""Caso clínico – pedindo opinião. Paciente [[PT:Josefa Aparecida dos Santos]], 71a, hipertensa, DM2, de [[TOWN:Feira de Santana]], chegou na [[FAC:UPA Queimadinha]] em [[DATE:28/05]] com dor torácica atípica e troponina ultrassensível 48 → 61 ng/L. ECG: BRE de idade indeterminada. CPF [[SSN:555.218.907-14]], cartão SUS [[PLAN:702 5550 1843 1299]]. Filho [[REL:Cleiton]] ([[PHONE:(75) 99155-0178]]) pediu transferência para o [[FAC:Hospital Regional Sertão do Jacuípe]] but no bed there till Monday.
Q: Sgarbossa negativo, Smith-modified negativo. Do you treat as NSTEMI with this delta or chase a CTCA? Rafael, o que você faria?
Resposta (@rtavares.md): delta of 13 on hs-cTnT is borderline. I'd treat as NSTEMI, heparin, and get echo; CTCA with that LBBB + DM won't change much.""",

    # 009 Morocco/French clinic letter
    r"""Lettre de consultation (copié tel quel, pardon pour le français):

[[TOWN:Fès]], le [[DATE:14 mars 2024]]
Cher confrère,
Je vous adresse Mme [[PT:Fatima Zahra Bennani]], 46 ans, CIN [[SSN:C 555 812]], AMO n° CNSS [[PLAN:155 502 284]], demeurant [[STREET:12 Derb Sidi Moussa]], [[PLACE:Fès el-Bali]], pour bilan d'une thyroïdite probable. TSH 0.01, FT4 38, scintigraphie blanche. VS 88. Elle travaille à la [[FAC:Coopérative Tissage Al Amal]].
Bien confraternellement, Dr [[HCP:Youssef Alaoui]], INPE [[LIC:155084221]]

Youssef El Amrani asked me to post this – subacute de Quervain's vs painless thyroiditis, steroids or NSAID?""",

    # 010 India, Hindi-English, WhatsApp style
    r"""Sir urgent opinion needed. Pt [[PT:Ramesh Chandra Yadav]] 52M, UHID [[MRN:2024/KGH/40712]], brought by bhaiya [[REL:Suresh]] from [[PLACE:Chinhat]], [[TOWN:Lucknow]], paraquat ingestion approx 6 hrs back, tongue ulcers started. Ayushman card [[PLAN:PMJAY-UP-5529 8871 0043]]. Aadhaar [[SSN:5550 4471 2208]]. ABG ok, creat 1.9.
Admitted under medicine at [[FAC:Gomti Nagar Zila Chikitsalaya]], bed 31.
Hum log Fuller's earth de chuke hain, no charcoal available. Any role of cyclophosphamide + methylpred pulses? Someone mentioned the Lin protocol once, anyone used it?
Call back: [[PHONE:+91 98555 01362]]""",

    # 011 Kazakhstan, Russian-style name, clinic letter
    r"""Referral (my translation from Russian):

To: Pulmonology, [[FAC:City Clinical Hospital No. 7]], [[TOWN:Almaty]]
Patient: [[PT:Nurlanov Yerlan Serikovich]], DOB [[DATE:07.09.1961]], IIN [[SSN:610907355014]]
Address: [[PLACE:mkr. Orbita-2]], [[STREET:d. 18, kv. 44]], [[TOWN:Almaty]] [[ZIP:050043]]
Works: miner, copper smelter, 22 years.
Dx: Silicosis? progressive massive fibrosis on CT, FEV1 54%. Quantiferon pending.
Polyclinic card [[MRN:AMB-7-30988]]. Referring: [[HCP:Zhanar Abenova]], GP

Does anyone know if the occupational board in [[TOWN:Almaty]] still takes cases, or does it go to [[TOWN:Karaganda]] now?""",

    # 012 Sri Lanka ICU handover SMS-ish
    r"""ICU night handover, pasted from notes app

Bed 4 – [[PT:W.M. Sunil Wijesinghe]], 63, BHT [[MRN:1124/24]], [[FAC:Teaching Hospital Karapitiya]], leptospirosis w/ pulmonary haemorrhage, on PCV FiO2 0.7, PEEP 12. Penicillin D3. Platelets 32. Wife [[REL:Kamala]] stays in the waiting area. Farmer from [[PLACE:Elpitiya]], [[COUNTY:Galle District]].
Bed 6 – [[PT:Fathima Rizna]], 29, post-LSCS eclampsia, extubated 6pm, MgSO4 stopped. Husband [[REL:Mohamed Niyas]].
Bed 7 – empty, stepped down to Ward 16
Consultant on call: Dr. [[HCP:Gunawardena]], bleep [[PAGER:224]]""",

    # 013 Tonga/Pacific case thread
    r"""Posting from [[FAC:Vaiola Hospital]] for advice. 14yo girl, [[PT:Mele Fifita]], from [[PLACE:Kolofo'ou]], presented with polyarthritis + new murmur, ASOT 800, CRP 110, echo moderate MR with thickened AML – definite ARF by 2015 Jones (high-risk population). Her older brother [[REL:Sione]] had RHD surgery in NZ a few years ago.
Q: benzathine 3-weekly or 4-weekly? Our supply comes by boat and she lives on [[PLACE:'Eua]], clinic there is small. Mum's mobile [[PHONE:+676 55 01 23]], hospital no. [[MRN:VH 0228719]].
Reply (Sione Taufa): 3-weekly if you can guarantee the supply, Mere and I did 4-weekly in [[PLACE:Ha'apai]] when the boat was unreliable. Enrol her in the RHD register [[URL:https://rhd-register.gov.to.example/patient/0228719]].""",
]
_PHI += [
    # 014 Lab request form Ethiopia
    r"""Lab request – pasted because the courier lost the paper copy again

Requesting facility: [[FAC:Gindo Primary Hospital]], [[PLACE:Ameya woreda]]
Patient name: [[PT:Tigist Alemu Bekele]]   Sex: F   Age: 31
Card No.: [[MRN:GPH-0045512]]   Kebele: [[PLACE:Kebele 03]]
Date of request: [[DATE:Megabit 5, 2016 E.C.]]
Specimen: CSF ×3 tubes, serum CrAg
Tests: India ink, CrAg LFA, Gram, protein/glucose, cell count, GeneXpert MTB/RIF Ultra
Clinical info: HIV on TLD, headache 2 wks, neck stiffness, OP not measured (no manometer)
Requested by: Dr [[HCP:Dawit Haile]], mobile [[PHONE:+251 911 55 01 82]]
Send results to [[EMAIL:gindo.lab.results@ethiomailx.et]]

(can the reference lab in [[TOWN:Addis]] run a quantitative CrAg titre if we send serum on ice?)""",

    # 015 Tumour board Poland
    r"""Konsylium onkologiczne / tumour board, wtorek [[DATE:9 IV 2024]]

1. [[PT:Halina Wiśniewska]], 64 l., PESEL [[SSN:59120855314]], nr hist. chor. [[MRN:2024/04/1187]], [[FAC:Szpital Powiatowy w Busku]]. Ca ovarii, HGSC, FIGO IIIC, BRCA1 c.5266dupC (germline). Post PDS with R0. Plan: carbo/pacli ×6 then olaparib maintenance.
2. [[PT:Zbigniew Kaczmarek]], 71 l., rak płuca NSCLC adeno, EGFR ex19del, stage IVA (single adrenal met). Osimertinib. Daughter [[REL:Agnieszka]] asks about SBRT to the adrenal – radiotherapy (Dr [[HCP:Nowicka]]) will see him.
Q: do you consolidate oligometastatic EGFR with SBRT after 3 months of osimertinib or only at progression?""",

    # 016 Caribbean M&M
    r"""M&M, paediatrics, [[FAC:South-West Regional Children's Hospital]], month of [[DATE:February 2024]].

Index case: [[PT:Jaden Ramkissoon]], 3y, from [[TOWN:Penal]]. Presented to the health centre at [[PLACE:Siparia]] [[DATE:Feb 11]] with fever and rash, sent home on paracetamol. Returned two days later in compensated shock, Hct 48%, plt 22k, dengue NS1 +. Fluid overload after 3 boluses, HFNC, recovered. Mother [[REL:Shivani Ramkissoon]] reports the first visit lasted 4 min.
Issues: warning signs not checked (no Hct at the HC), no written "return if" advice, bolus given without reassessment.
Action: dengue chart for all HCs in [[COUNTY:Siparia Regional Corporation]].""",

    # 017 Central Asia/Uzbekistan chat in Russian-English mix
    r"""Переслано из Telegram (our unit group), names to be removed before sharing further:

[[[DATE:21.05.2024]] 08:03] [[HCP:Rustam Karimov]]: Коллеги, bolnoy [[PT:Abdullaev Jasur Bakhtiyorovich]], 45, cirrhosis HCV, varices bleed overnight, banded x4
[08:05] [[HCP:Malika]]: Hb?
[08:05] [[HCP:Rustam Karimov]]: 68 → 84 after 2 units. Ceftriaxone started. Карта № [[MRN:4471/С]]
[08:09] [[HCP:Malika]]: TIPS is not available at ours, send to [[FAC:Respublika ixtisoslashtirilgan xirurgiya markazi]] in [[TOWN:Tashkent]]? Brother [[REL:Dilshod]] is in [[TOWN:Namangan]] and can drive him
[08:12] [[HCP:Rustam Karimov]]: Child C11, MELD 19. Pre-emptive TIPS criteria met. Will call them, их номер [[PHONE:+998 71 555 01 48]]

Dilnoza, is the pre-emptive TIPS slot there realistic within 72 h?""",

    # 018 South Africa discharge summary
    r"""Discharge summary (as it went to the clinic):

[[FAC:Soweto Ridge Regional Hospital]], Medical Ward 21
Name: [[PT:Sipho Nkosinathi Dlamini]]   ID no: [[SSN:7805125551087]]   Hosp no: [[MRN:SRR 3308816]]
Address: [[STREET:1147 Mokoena Street]], [[PLACE:Diepkloof]], [[ZIP:1864]]
Admitted [[DATE:2024-03-02]]  Discharged [[DATE:2024-03-19]]
Dx: TB meningitis grade II, HIV (CD4 88), hyponatraemia (SIADH vs CSW)
Rx: RHZE + high-dose rif, dexamethasone taper, ART to start wk 4–6 at [[FAC:Chiawelo Community Practice]]
Next of kin: [[REL:Nomvula Dlamini]] (sister), [[PHONE:072 555 0164]]
Medical aid: none. Employer: [[FAC:Orlando Bus Depot]] (driver). Sick note 6 weeks.
Discharging Dr: [[HCP:T. Mahlangu]], MP [[LIC:0755521]]

CSW vs SIADH was never settled. He went home on salt tabs, which in hindsight...""",

    # 019 Japan case thread
    r"""Question from a GIM clinic, rural [[COUNTY:Aso District]]. 82F, [[PT:Matsumoto Sachiko]]-san, lives alone in [[PLACE:Ubuyama]], hx of Sjögren's, presents with 3 months of symmetric muscle weakness, CK 4,200, anti-HMGCR positive. On atorvastatin since [[YEAR:2016]]. Her son [[REL:Matsumoto Kenji]] drives up from [[TOWN:Kumamoto]] on weekends.
Stopped the statin, started prednisolone 0.75 mg/kg. Insurance no. [[PLAN:39435551]], patient ID [[MRN:0047-2231]].
Q: IVIG early or wait for steroid response? Morimoto-sensei, your unit published on IMNM in elderly I think.
Reply (Takeshi M.): we'd add IVIG up front in statin-associated HMGCR if weakness is moderate+. Also screen for malignancy, CT CAP.""",

    # 020 Korea clinic letter
    r"""Referral letter to neurology (pasted, Korean name order kept)

환자: [[PT:Kim Young-sook]] ([[PT:김영숙]]), F/76, 등록번호 [[MRN:10055219]], 주민번호 [[SSN:480312-2555104]]
주소: [[STREET:Seongsan-ro 22-gil 15]], [[PLACE:Mapo-gu]], [[TOWN:Seoul]] [[ZIP:03955]]
Presented to our clinic [[FAC:Hanbit Family Medicine Clinic]] on [[DATE:2024.05.07]] with 6-month history of rest tremor R hand, micrographia, hypomimia. DaT not done. Started nothing.
Husband has dementia; daughter [[REL:Lee Ji-eun]] is the carer ([[PHONE:010-5550-1937]]).
Thank you, Dr [[HCP:Choi Min-jae]]

Is levodopa still first-line at 76 for you, or MAO-B inhibitor first?""",

    # 021 Chile phone reply Spanish
    r"""perdón respondo del celular. el caballero [[PT:Juan Carlos Muñoz Soto]], RUT [[SSN:8.555.412-6]], 67a, de [[PLACE:Población La Bandera]], [[TOWN:San Ramón]], ingresó ayer al [[FAC:Hospital Comunitario Lo Ovalle]] con FA rápida 160 y Killip II. Fonasa tramo B [[PLAN:FNS-B-55501823]]. Está con amiodarona y furosemida. la señora [[REL:Marta]] pregunta si puede irse a la casa el viernes jaja. le damos anticoagulación con CHA2DS2-VASc 3 y HAS-BLED 2? ficha [[MRN:HEP-77120]]""",

    # 022 Iceland ICU note
    r"""Pasted from our ICU list at [[FAC:Sjúkrahúsið á Akureyri]], gjörgæsla.

[[PT:Guðrún Björk Sigurðardóttir]], kt. [[SSN:150955-5219]], 68, COPD GOLD 4, type 2 RF, pH 7.21 on arrival [[DATE:3. janúar]]. NIV failed, intubated. Flown in from [[TOWN:Húsavík]]; lives at [[STREET:Garðarsbraut 57]], [[ZIP:640]] [[TOWN:Húsavík]]. Husband [[REL:Jón Þór Einarsson]].
Question for Sigrún and the group: how long do you persist with SBTs before trach in COPD when she was on home O2 beforehand?""",
]
_PHI += [
    # 023 Saudi/Gulf case thread with Hijri
    r"""Case from our ED, would value input. 38M expat driver, [[PT:Mohammed Anwar Hossain]], iqama [[ID:2455501872]], brought from a labour camp in [[PLACE:Al Sulay]] district, [[TOWN:Riyadh]], on [[DATE:15/11/1445]] H ([[DATE:24 May 2024]]) with heat stroke, core 41.8, GCS 7. Employer [[FAC:Al-Rimal Contracting Est.]]. File no [[MRN:ED-1445-88213]]. Cold-water immersion done in 18 min. Now AKI, CK 96k, ALT 3,400, INR 2.8.
Cousin [[REL:Rafiqul]] is the only contact.
Omar – do you have access to CRRT for rhabdo + liver injury at the MoH side, or should we push for transfer to the [[FAC:Riyadh Second Health Cluster]] tertiary? Advice on plasma exchange for the liver welcome.
Reply (Omar Al-Harbi): CRRT yes, PLEX not proven in heat-stroke ALF. Ensure you cool fully before transfer.""",

    # 024 Malaysia WhatsApp with Malay
    r"""Forwarded from HO group, tolong jangan share outside:

[[[DATE:12/8/24]], 11:02 pm] Dr [[HCP:Faiz]]: Pesakit bed 17, [[PT:Rosnah binti Abdul Majid]], 54, IC [[SSN:700214-10-5582]], DHF day 5, plt 18, HCT rising 46→52
[11:04 pm] [[HCP:Ain]] MO: Dah bolus? Urine output?
[11:06 pm] Dr [[HCP:Faiz]]: 0.3 ml/kg/h. Suami Encik [[REL:Kamal]] kat luar, tanya bila boleh balik [[PLACE:Kampung Sungai Serai]] haha
[11:10 pm] [[HCP:Ain]] MO: Start crystalloid 7 ml/kg/h, repeat HCT 1 hr. RN [[MRN:2408-5513]] ya?
[11:58 pm] Dr [[HCP:Faiz]]: HCT 49 now, UO improving 👍""",

    # 025 Georgia/Caucasus clinic letter
    r"""Clinic letter, translated from Georgian:

[[FAC:Kutaisi Regional Clinical Hospital]], Nephrology OPD
Patient: [[PT:Nino Gelashvili]], personal no. [[SSN:60001555214]], b. [[DATE:14.02.1988]]
Address: [[STREET:Tsereteli str. 41]], [[TOWN:Kutaisi]] [[ZIP:4600]]
Seen [[DATE:22.04.2024]]. Lupus nephritis class IV+V on biopsy, proteinuria 3.8 g/day, creat 112. Induction with MMF 3 g + pred started; hydroxychloroquine. Universal Healthcare Programme no. [[PLAN:UHC-IM-55501-884]].
She is a schoolteacher. Mother [[REL:Tamar]] accompanies her.
Dr [[HCP:Giorgi Lomidze]], tel [[PHONE:+995 431 55 01 27]]

Belimumab add-on? Cost is the problem, her family can't cover it.""",

    # 026 Mexico referral
    r"""Hoja de referencia (copied):

Unidad que refiere: [[FAC:Centro de Salud Rural San Miguel Tlacotepec]], [[COUNTY:Municipio de Tlaxiaco]], Oaxaca
Paciente: [[PT:Rufina Hernández Cruz]], 39 años, CURP [[SSN:HECR850117MOCRRF05]], lengua materna mixteco
Domicilio: [[PLACE:Paraje El Ocotal]], [[PLACE:Agencia Santa Cruz Nundaco]]
Fecha: [[DATE:2 de julio de 2024]]
Motivo: G6 P5, 36 SDG, TA 164/110, proteinuria +++, cefalea. Se aplicó sulfato de magnesio (Zuspan) y labetalol. Afiliación IMSS-Bienestar [[PLAN:IB-20-5550-1184]].
Acompañante: esposo [[REL:Crescencio López]].
Referido a: [[FAC:Hospital General de Tlaxiaco]]
Médico pasante: [[HCP:Ximena Robles]], cédula [[LIC:1255503]]

The ambulance took 3 hours. Would you have given a second MgSO4 bolus?""",

    # 027 Serbia thread
    r"""Pitanje za grupu / question. 45M, [[PT:Dragan Milovanović]], JMBG [[SSN:1203979555021]], truck driver for [[FAC:Prevoz Kolubara d.o.o.]], from [[TOWN:Valjevo]], presented to [[FAC:Opšta bolnica Valjevo]] with sudden painful red eye + halos; IOP 58 R, shallow AC. Treated as APAC: acetazolamide, timolol, pilocarpine after IOP fell. LPI tomorrow. His licence [[LIC:004455501]] – he's asking if he can drive back to [[TOWN:Beograd]] tonight (his truck reg [[PLATE:VA 555-XT]]). Wife [[REL:Jelena]] is furious with him.
Fellow eye: prophylactic LPI same sitting or staged?""",

    # 028 Egypt M&M / Arabic words
    r"""M&M – internal medicine, [[FAC:Mansoura El-Nour Specialized Hospital]]

Patient Hagga [[PT:Zeinab Abdel-Fattah El-Sayed]], [[AGE:91]] yrs, national ID [[SSN:23305121555847]], from [[PLACE:Mit Ghamr]], [[COUNTY:Dakahlia Governorate]]. Admitted [[DATE:10/1/2024]] with pneumonia, started on IV levofloxacin + a PPI; day 3 developed QTc 560 ms and torsades (on concurrent ondansetron + haloperidol for delirium). Survived after MgSO4, DC shock ×1.
Learning points: no baseline ECG despite 3 QT drugs; the pharmacist's alert was overridden at 02:00 by the night resident.
Son [[REL:Ashraf]] filed a complaint, ref [[ID:CMP-2024-0119]].
Thanks Youssef for the QT drug table.""",

    # 029 Sweden clinic, personnummer
    r"""Journalanteckning (my English):

[[PT:Anders Lennart Holm]], [[SSN:19440618-5521]], 80 år. Besök [[DATE:2024-09-04]], [[FAC:Vårdcentralen Storuman]].
Bor i [[PLACE:Gunnarn]], [[COUNTY:Storumans kommun]], ca 3 mil till VC. Änkling, barnen bor söderut.
Sökte för tilltagande dyspné. NT-proBNP 4 800, EKG: AF 110. Eko bokat. Startat bisoprolol, apixaban 5 mg ×2, furosemid 40.
Pacemaker sedan [[YEAR:2017]], serienr [[DEVICE:PJN 555018 S]].
Körkort: still holds a truck licence ([[LIC:440618-5521-C]]), we've flagged it.
Anyone have a [[TOWN:Lycksele]] cardiology contact who could see him sooner?""",

    # 030 Indonesia BPJS
    r"""Minta saran TS. Pasien [[PT:Ni Luh Putu Ayu Wulandari]], 23 th, dari [[PLACE:Banjar Tegal]], [[PLACE:Desa Tegallalang]], [[COUNTY:Kabupaten Gianyar]], G1 28 mgg, datang ke [[FAC:Puskesmas Tegallalang I]] with fever, jaundice, bilirubin 8, ALT 1,100, HEV IgM pending. No. BPJS [[PLAN:0001555018832]], NIK [[SSN:5104015507010003]]. Suami [[REL:I Made Sudarsana]], HP [[PHONE:0812-5550-1947]].
Hep E in pregnancy mortality scares me. Refer now?""",

    # 031 Finland case, HETU
    r"""Kysymys / question from a health centre in the north. [[PT:Aino Kaarina Lehtonen]], hetu [[SSN:110532-555K]], [[AGE:92]] v., lives at [[FAC:Palvelukoti Ruskaranta]] in [[TOWN:Sodankylä]]. Fell, scalp laceration, on warfarin, INR 4.1. No CT here, nearest is [[FAC:Lapin keskussairaala]] 130 km. Daughter [[REL:Riitta]] (tel [[PHONE:040 555 0186]]) doesn't want transfer. GCS 15, no vomiting.
Would you reverse with PCC and observe locally, or send? Our rural guideline is silent.""",

    # 032 Zimbabwe thread with Shona
    r"""Evening colleagues. Mbuya [[PT:Chipo Mutasa]], 68, from [[PLACE:Chivhu]], [[PLACE:ward 9]] [[PLACE:Mhondoro-Ngezi]], brought in by muzukuru [[REL:Tatenda]] to [[FAC:Kadoma General Hospital]] with 3 days of confusion. Na 112, on HCTZ from a private GP in [[TOWN:Chegutu]]. Hospital no [[MRN:KGH/24/05518]]. NSSA? No, she's not formally employed. Was a vendor at [[FAC:Mupedzanhamo]] before.
Tendai – how fast do you correct in the elderly thiazide patient with no seizures? We gave 100 ml 3% once.
Reply (@tendai.moyo): aim 4–6 mmol/L in 24 h max, watch for overshoot once HCTZ stops, DDAVP clamp if UO picks up.""",

    # 033 Nepal Bikram Sambat
    r"""Discharge summary – [[FAC:Beni Community Hospital]], [[COUNTY:Myagdi]]

Name: [[PT:Bishnu Maya Gurung]], 56 F, IP no. [[MRN:081/2317]]
Address: [[PLACE:Ward No. 4]], [[PLACE:Dana]], [[COUNTY:Annapurna Rural Municipality]]
DOA: [[DATE:2081/02/14]] BS   LOS 7 days
Dx: snakebite (green pit viper), local swelling grade 3, VCT > 20 min, no neurotoxicity. Given 10 vials ASV.
Husband [[REL:Dal Bahadur Gurung]], mobile [[PHONE:984-5550177]]

Anyone with experience on whether polyvalent Indian ASV even works for green pit viper?""",

    # 034 Greek / Southern Europe chat
    r"""Σημείωση: copied from the cardio group, pls anonymise.

[[DATE:17/10]] 07:41 [[HCP:Kostas]]: Κ. [[PT:Eleni Papadopoulou]], 59, STEMI inferior, symptom onset 04:00 in [[TOWN:Kalamata]], transferred to our cath lab [[FAC:Gen. Hospital of Tripoli "Panarkadiko"]]
07:44 [[HCP:Maria P.]]: AMKA? need it for the stent approval
07:45 [[HCP:Kostas]]: [[PLAN:15095505521]]. Husband [[REL:Giorgos]] [[PHONE:697 555 0148]]
09:20 [[HCP:Maria P.]]: RCA DES ×1, TIMI 3. RV involvement, careful with nitrates

Giulia, this is the one I mentioned.""",

    # 035 Lebanon ED thread
    r"""ED at [[FAC:Mount Sannine Medical Center]], last night: 26M [[PT:Karim Nassar]], motorbike vs car on the coastal highway near [[TOWN:Jounieh]], GCS 14, open tib/fib. Plate of the car that hit him [[PLATE:M 555018]] per the ISF report [[ID:ISF-KES-24-3317]]. Mother [[REL:Hoda]] on [[PHONE:+961 3 555 019]]. NSSF no. [[PLAN:55501-2291]].
Antibiotics within the hour (cefazolin + gent), tetanus, ortho took him for ex-fix.
Do you still add gent for Gustilo IIIA or has your unit dropped it?""",
]
_PHI += [
    # 036 Tanzania Swahili-English thread, teknonym
    r"""Wadau naomba ushauri. Mama [[REL:Baraka]] ([[PT:Rehema Juma Mwakyusa]]), 29, from [[PLACE:Kijiji cha Igurusi]], [[COUNTY:Mbarali District]], came to [[FAC:Chimala Mission Hospital]] with 2/7 severe anaemia Hb 3.9, 24/40, mRDT +ve. Artesunate IV started, transfused 1 unit (only 1 available!). Reg no. [[MRN:CMH/ANC/2024/0412]].
Husband [[REL:Juma Mwakyusa]] anasema they paid 15,000/= at a duka la dawa before coming. M-Pesa for the blood fund: till [[ACCT:555 0184]] (pls don't share outside the group).
Do you transfuse a 2nd unit at Hb 5 post-transfusion if she's not in failure?""",

    # 037 Romania, with VIN, car crash
    r"""Trauma case / caz. 31M, [[PT:Ionuț-Alexandru Dumitrescu]], CNP [[SSN:1930415555127]], driver, single-vehicle crash on DN7 near [[TOWN:Râmnicu Vâlcea]] sâmbătă, [[DATE:3 august]], around 02:00. Car [[PLATE:VL 55 XPD]], VIN [[VIN:WVWZZZ1KZ5W555018]] per the police form (they needed it for the insurer). Brought to [[FAC:Spitalul Județean de Urgență Vâlcea]] by SMURD. FAST+, splenic grade IV, HR 130, BP 80/50. To theatre, splenectomy. Postop vaccines given day 14.
Girlfriend [[REL:Andreea]] asked us to call his mother, [[PHONE:0745 555 017]].
Q: OPSI vaccination day 14 vs at discharge if he's leaving day 5? Our surgeons argue every time.""",

    # 038 Thailand Buddhist Era
    r"""ขอคำปรึกษาครับ. Patient [[PT:Somchai Kaewmanee]] (นาย[[PT:สมชาย แก้วมณี]]), 61M, HN [[MRN:67-018855]], ID [[SSN:3 5501 01884 21 7]], rice farmer from [[PLACE:Ban Nong Bua]], [[COUNTY:Amphoe Mueang Khon Kaen]]. Admitted [[FAC:Khon Kaen Regional Hospital]] [[DATE:15 มิ.ย. 2567]] with fever + cough + liver abscess, hyperglycaemia. Blood culture Burkholderia pseudomallei on day 2. Ceftazidime started, switched to meropenem for septic shock.
Gold card UC scheme [[PLAN:UC 10055-5501]].
Son [[REL:Anan]] works at the [[FAC:Phu Wiang Cane Co-op]] mill and is the contact.
Q: intensive phase 2 weeks vs 4 with a 7 cm liver abscess? Then TMP-SMX 3 months?""",

    # 039 Bangladesh phone
    r"""bhai quick q. pt [[PT:Md. Abul Kalam Azad]], 48, garments supervisor at [[FAC:Rupali Knit Composite Ltd]] in [[PLACE:Ashulia]], [[COUNTY:Savar]], came to our [[FAC:Nabinagar Community Hospital]], with 4 days fever, plt 19k, NS1 +, now HCT up. NID [[SSN:555 018 4721]]. hospital reg [[MRN:NCH-24-09118]]. wife [[REL:Rokeya Begum]] phone [[PHONE:01755-501926]]. warning signs present. refer to [[FAC:DMCH]] or manage? bed nai ekhane""",

    # 040 Jamaica clinic letter with fax
    r"""Clinic letter (pasted; fax header kept because the receiving side keeps asking):

FAX TO: Cardiology, [[FAC:Western Regional Hospital]]  FAX [[FAX:(876) 555-0139]]
FROM: [[FAC:Sav Central Health Centre]], [[PLACE:Westmoreland]]
Date: Tuesday, [[DATE:23 July 2024]]
Re: Miss [[PT:Shanice Campbell-Reid]], DOB [[DATE:04/04/2001]], Docket [[MRN:SLM-01877]]
Address: [[STREET:Lot 14, Church Street]], [[PLACE:Little London]], [[PLACE:Westmoreland]]
Dear colleague, please see this 23-year-old with RHD, severe MS (MVA 0.9 cm²), now 14 weeks pregnant, NYHA III. On bisoprolol, warfarin switched to LMWH. Her mother is her carer.
Yours, Dr [[HCP:O. Whyte]]
Keisha – would [[FAC:Western Regional]] do a PBMV in the 2nd trimester or send to [[TOWN:Kingston]]?""",

    # 041 Iran Solar Hijri
    r"""Case consult. [[PT:Zahra Mohammadi]], 42F, code melli [[SSN:0055501847]], from [[PLACE:Shahrak-e Gharb]], [[TOWN:Tehran]], admitted to [[FAC:Bimarestan-e Arya]] on [[DATE:12 Esfand 1402]] with hemoptysis, cavities upper lobes, AFB 3+, GeneXpert: RIF resistance detected. Insurance (Tamin Ejtemaei) [[PLAN:5550-184-2290]]. Husband [[REL:Reza Karimi]] runs a shop in the bazaar; their kids are 9 and 12. Contact [[PHONE:0912 555 0173]].
BPaLM available via the national program? Last I heard they started in [[YEAR:2023]].""",

    # 042 Samoa/NZ pacific referral with email and handle
    r"""Referral – from [[FAC:Tuasivi District Hospital]] to [[FAC:Starship-Greenlane Cardiac Unit]] (awaiting overseas treatment committee)

Patient: [[PT:Tavita Leiataua]], 17M, from [[PLACE:Falealupo]], [[PLACE:Savai'i]]
NHI (NZ, from previous visit): [[PLAN:ZKT5550]]
Dx: chronic RHD, severe AR + moderate MR, LVEDD 68 mm, EF 45%. Needs valve surgery.
Family contact: aunty [[REL:Losa]], on FB messenger as [[HANDLE:@losa.leiataua.55]], or [[EMAIL:losa.l55@pasifikamail.ws]].
Referring: Dr [[HCP:Ioane Tuilagi]], [[EMAIL:i.tuilagi@ttmh-health.example.ws]]
Last 3 from Samoa took 4–5 months to get a surgical date.""",

    # 043 Uganda cohort + IP in a telemedicine log
    r"""Telemedicine log (copied from the portal, the IT guy asked us to keep the IP for the audit):

Session [[ID:TM-2024-00418]] · [[DATE:09 Oct 2024]] 14:05 EAT · from [[IP:192.0.2.87]]
Site: [[FAC:Kiboga District HC IV]], [[COUNTY:Kiboga District]]
Pt: [[PT:Nakato Sarah]], 6y F, OPD no. [[MRN:KB/OPD/3377]]
Hx: fever 5 days, seizures ×2, Hb 4.8, MRDT+, BCS 2. Severe malaria, cerebral. IV artesunate given, transfused 20 ml/kg. Mother [[REL:Namubiru Esther]], from [[PLACE:Bukomero]] village.
Follow-up call scheduled, mum's line [[PHONE:0772 555 016]].
Who does systematic follow-up for neuro sequelae after cerebral malaria? We lose most of them.""",
]
_PHI += [
    # 044 Sierra Leone Krio, chat
    r"""From our [[TOWN:Kenema]] MOs group (screenshot typed out):

[[[DATE:2/9/2024]] 16:20] [[HCP:Foday]]: Admitted pikin [[PT:Fatmata Kamara]] 4yrs from [[PLACE:Nyandeyama]], fever 8 days, bleeding gums. Lassa? mama [[REL:Isatu Kamara]] say dem neighbour die last week
[16:22] Sr. [[HCP:Hawa]]: Isolate now. Sample for PCR to the Lassa lab, send with form [[ID:LF-KGH-24-0571]]
[16:25] [[HCP:Foday]]: Done. Papa na okada rider, bike number [[PLATE:KN 5550]], he's gone back to [[PLACE:Lambayama]] 😕
[16:40] Dr [[HCP:Sesay]]: Ribavirin loading now, don't wait. Contact tracing team informed

Amara – you ran the Lassa ward, would you give ribavirin on clinical suspicion alone in a 4yo?""",

    # 045 Malawi
    r"""Zikomo in advance. Agogo [[PT:Dorothy Banda]], 74, from [[PLACE:Chileka]], [[PLACE:TA Kapeni]], [[COUNTY:Blantyre District]], referred from [[FAC:Chileka Health Centre]] with a 10 cm ulcerated breast mass and matted axillary nodes. Core bx (path no. [[ID:S24-05518]]): IDC grade 3, ER 8/8, HER2 neg. Staging CXR and abdo USS clear. Health passport no. [[MRN:QECH-0887210]].
Granddaughter [[REL:Chikondi Phiri]] is a nurse at [[FAC:Mwaiwathu Private Hospital]] and keeps the appointments, she messaged me on [[PHONE:0999 555 017]].
No trastuzumab question since HER2 neg, but: neoadjuvant letrozole vs AC at 74 with ECOG 1?""",

    # 046 Azerbaijan clinic letter
    r"""Outpatient note (translated from Azerbaijani):

[[PT:Məmmədov Elvin Rauf oğlu]], b. [[DATE:19.08.1972]], FIN [[SSN:5X1A8R7]], ID card [[ID:AZE 15550184]]
Resident: [[STREET:Nizami küç. 55, mənzil 12]], [[PLACE:Xətai rayonu]], [[TOWN:Bakı]] [[ZIP:AZ1025]]
Works: offshore, [[FAC:Neft Daşları platform]], 14/14 rotation.
Seen today at [[FAC:Mərkəzi Klinika Xətai filialı]]. Recurrent gout flares, urate 612, eGFR 58, two tophi. Starting allopurinol 50 mg titrating, colchicine 0.5 prophylaxis. HLA-B*58:01 negative.
Do you check HLA-B*58:01 routinely in Caucasus patients or only East Asian ancestry?""",

    # 047 Italy tumour board
    r"""GOM / tumour board, [[FAC:Presidio Ospedaliero di Lamezia]], giovedì [[DATE:06/06/2024]]

1) Sig.ra [[PT:Carmela Russo in De Luca]], 66 aa, CF [[SSN:RSSCML58A41M208Z]], tessera sanitaria [[PLAN:80380005550184221]], res. [[STREET:Via Garibaldi 18]], [[ZIP:88046]] [[TOWN:Lamezia Terme]]. Ca colon sx pT3N1bM0, MSS, KRAS G12C. Adjuvant CAPOX 3 vs 6 months? Neuropathy already grade 1 (diabetic).
2) Sig. [[PT:Francesco Greco]], 72 aa, ca prostata, PSMA-PET oligomet (2 ossee). Il figlio chiede della RT.
IDEA says 3 months CAPOX is fine for T3N1, right? Our oncologists still do 6.""",

    # 048 Denmark M&M with CPR and pump serial
    r"""M&M, endokrinologi, [[FAC:Regionshospitalet Randers]]

Pt: [[PT:Mads Kristian Thomsen]], CPR [[SSN:120398-5571]], 26, T1DM on Medtronic 780G, pump SN [[DEVICE:NG5550184H]], CGM sensor lot [[DEVICE:GT-5550-118]]. Found by his flatmate at [[STREET:Østervold 42, 2. tv]], [[ZIP:8900]] [[TOWN:Randers C]] on lørdag d. [[DATE:14/9]] with glucose 1.4 and seizure. Pump data: 4 corrections within 90 min at 02:00 after a party; auto-mode had suspended, he overrode.
His mother asks why the pump "allowed" it.
Learning: education on manual bolus overrides; we filed the device report with Medtronic ([[ID:MDR-DK-2024-7715]]).
Mikael, does the Swedish register collect override events?""",

    # 049 Peru/Colombia chat Spanish
    r"""Del grupo de emergencias, con permiso para discutir el caso:

[[[DATE:13/01/24]] 03:12] Dra. [[HCP:Quispe]]: Paciente [[PT:Wilber Mamani Condori]], 19a, minero artesanal de [[PLACE:La Rinconada]], llegó con SpO2 62% y edema pulmonar de altura
[03:14] [[HCP:Lucho]]: Nifedipino + O2, y bajarlo a [[TOWN:Juliaca]] ya
[03:20] Dra. [[HCP:Quispe]]: Sin ambulancia hasta las 6. DNI [[SSN:75550182]], SIS [[PLAN:SIS-2-75550182]]. Hermano [[REL:Rolando]] lo trajo en combi placa [[PLATE:Z5A-555]]
[06:45] [[HCP:Lucho]]: Ya salió. Avisé a la emergencia de la [[FAC:Clínica San Román del Altiplano]]

¿Alguien usa cámara hiperbárica portátil para HAPE?""",

    # 050 Mongolia clinic letter + web URL of crowdfunding
    r"""Patient story from our ward (family agreed to share within the network): [[PT:Bat-Erdene Gantulga]], 11, from [[PLACE:Khutag-Öndör soum]], [[COUNTY:Bulgan aimag]], herder family, admitted to our paediatric surgical ward at [[FAC:Ulaanbaatar Children's Hospital No. 3]], on [[DATE:2024.02.17]] with hepatic hydatid cyst 12 cm, CE2. Registration [[SSN:ЧЕ13092255]]. Father [[REL:Gantulga Batbold]] set up a fundraising page [[URL:https://give.helpmn.example/bat-erdene-liver]] and an Instagram [[HANDLE:@baterdene_tuslamj]] which already has his photo and name on it.
PAIR vs surgery for CE2 at 12 cm? Albendazole started. A unit in [[TOWN:Seoul]] published on PAIR in children, can't find it now.""",
]
_PHI += [
    # 051 China/Taiwan WeChat-style chat
    r"""Forwarded from WeChat (our hepatology group), translated. I've removed nothing yet:

[[DATE:2024年3月8日]] 21:03 [[HCP:王]]医生: 患者 [[PT:Chen Xiuying]] ([[PT:陈秀英]]), 57F, 住院号 [[MRN:ZY20240308117]], HBV-related ACLF grade 2, INR 2.9, bili 380
21:05 [[HCP:Li Wei]]: 医保卡号? need it for the artificial liver approval
21:06 [[HCP:王]]医生: [[PLAN:3301 5550 1847 2261]]. Son [[REL:Zhang Hao]] WeChat [[HANDLE:zhanghao_hz555]]
21:09 [[HCP:Li Wei]]: Start DPMAS tonight. Transplant centre at [[FAC:Zhejiang Qiantang Liver Transplant Center]] informed, their coordinator email [[EMAIL:ltx-coord@qtltc-hz.example.cn]]
21:30 [[HCP:王]]医生: 家属 lives at [[STREET:文三路 88号 3幢 502]], [[TOWN:杭州]], can come in 20 min

Question for the network: plasma exchange vs DPMAS as bridge, any data beyond the Chinese registry?""",

    # 052 Jordan ED + pager + account + URL
    r"""Long one, sorry. ED night shift at [[FAC:Zarqa New Governmental Hospital]]. Syrian refugee, [[PT:Hamdan Al-Zoubi]] (everyone calls him Abu [[REL:Khaled]]), 60M, UNHCR case no. [[ID:555-18C04412]], from [[PLACE:Zaatari camp]] district 7, brought with chest pain and a pacemaker he got in [[TOWN:Homs]] before the war, device serial [[DEVICE:SJM-PM2210-5550184]], no card. ECG: paced rhythm, intermittent failure to capture.
Cardiology fellow on call: bleep [[PAGER:4471]]. Tech who interrogated it uploaded the report to [[URL:http://198.51.100.24/pmreports/alzoubi_k.pdf]] on the internal server (yes I told him).
His bill goes to the UNHCR account [[ACCT:JO71 CBJO 0010 0000 0000 0555 0184 00]]. Son works at [[FAC:Al-Hassan Industrial Estate]], mobile [[PHONE:079 555 0118]].
Omar – lead impedance 2,400 Ω on the RV lead. Replace lead or whole system?""",
]
_FREE = [
    # 053
    r"""Question for the group: 58M, Child-Pugh B8, MELD-Na 17, new 3.4 cm lesion, LI-RADS 5. Within Milan criteria, just. Would you bridge with TACE or go straight to listing? AFP 220. We use the BCLC 2022 update but the transplant surgeons keep quoting the UCSF criteria and the Metroticket 2.0 calculator. Thanks Chiamaka for the slides last week.""",
    # 054
    r"""Journal club Thursday: RECOVERY dexamethasone arm (N Engl J Med 2021;384:693-704). Points to discuss – the mortality benefit was confined to those on oxygen or IMV, harm signal in those on no oxygen. Compare with CoDEX from Brazil and the REMAP-CAP tocilizumab domain. Bring your own ICU data if you have it. @rtavares.md can you present CoDEX?""",
    # 055
    r"""Rural clinic tip: Ottawa ankle rules + Ottawa knee rules save x-rays we don't have. Sensitivity close to 100% in most series. For kids use the Low Risk Ankle Rule. And please stop sending every minor head injury for CT when the Canadian CT Head Rule and PECARN are negative – the machine is 4 hours away for most of our patients.""",
    # 056
    r"""Anyone using the Kigali modification of the Berlin definition for ARDS in settings without ABG? SpO2/FiO2 ≤ 315 plus bilateral opacities on ultrasound or CXR, no PEEP requirement. We've found it catches more cases in the district ICU. We're drafting an audit using it; ICD-10 J80 coding is a mess though.""",
    # 057
    r"""Dengue ward teaching summary: WHO 2009 classification, warning signs (abdominal pain, persistent vomiting, mucosal bleed, lethargy, liver >2 cm, rising Hct with falling platelets). Critical phase day 3–7. Fluids per the WHO algorithm, 5–7 ml/kg/h then taper. Don't give NSAIDs. NS1 positive days 1–5, IgM from day 5. Serotypes DENV-1 to DENV-4; secondary infection with a different serotype → ADE.""",
    # 058
    r"""Re: anticoagulation in AF with a mechanical mitral valve – no DOACs, RE-ALIGN stopped early (dabigatran, more thrombosis and bleeding). INVICTUS showed rivaroxaban inferior to VKA in rheumatic AF too. So warfarin, INR target 2.5–3.5 for mitral mechanical. Siti, is that what your cardiologists do?""",
    # 059
    r"""Snakebite management discussion. 20WBCT is crude but it's what we have. Russell's viper, saw-scaled viper, cobra, krait = the "big four" in South Asia; polyvalent ASV covers them. For krait, neostigmine trial has no role (presynaptic toxin). For cobra, try neostigmine + atropine. Check the WHO SEARO guidelines 2016. In Sri Lanka, hump-nosed viper is not covered.""",
    # 060
    r"""Short case: 24F, 2 weeks of fever, Janeway lesions, Osler's nodes, Roth spots on fundoscopy, splinter haemorrhages. Modified Duke criteria: 2 major (blood cultures S. aureus ×3, new MR on TTE). Started flucloxacillin per local protocol. The 2023 ESC/Duke-ISCVID update adds PET-CT and cardiac CT. Dr. Okafor, would you do TOE before day 7?""",
    # 061
    r"""Pocket card for new interns:
- qSOFA ≥2 → think sepsis; SOFA change ≥2 defines it (Sepsis-3)
- NEWS2 ≥5 → urgent review, ≥7 → emergency
- CURB-65 for CAP, PSI/PORT if you have time
- Wells DVT, Wells PE, PERC, YEARS algorithm
- HEART score for chest pain, TIMI, GRACE
- Glasgow-Blatchford for upper GI bleed (0 = outpatient), Rockall after endoscopy""",
    # 061b
    r"""Chagas in pregnancy – congenital transmission about 5%. Benznidazole contraindicated in pregnancy, treat the baby at 9–12 months if serology persists, or earlier if PCR positive. Romaña's sign is rare now. Anyone seeing megaoesophagus still? A colleague in northern Chile says their Chagas clinic sees mostly chronic cardiomyopathy.""",
    # 063
    r"""Guillain-Barré after Campylobacter – Brighton criteria level 2, EGRIS score 5 at admission (high risk of ventilation). Erasmus GBS Outcome Score later. IVIG 0.4 g/kg × 5 days. Miller Fisher variant has anti-GQ1b. Bickerstaff brainstem encephalitis overlaps. Check vital capacity q6h, 20/30/40 rule for intubation.""",
    # 064
    r"""CPT question: can I bill 99223 plus 93306 on the same day if the echo is read by our own group? Also does anyone code ICD-10 I50.23 vs I50.33 correctly – acute on chronic systolic vs diastolic? Our coders keep putting I50.9. LOINC 33762-6 is NT-proBNP by the way, 30934-4 is BNP.""",
    # 065
    r"""Genetics corner. Patient with early-onset colorectal cancer, MSI-high, loss of MLH1/PMS2 on IHC. BRAF V600E negative, so MLH1 promoter methylation less likely – refer for germline Lynch testing. Amsterdam II criteria met (3 relatives, 2 generations, one <50). Revised Bethesda guidelines for MSI testing are now largely replaced by universal tumour testing.""",
    # 066
    r"""@farhanq re your question on TB drug shortages: the WHO consolidated guidelines (Module 4, 2022) allow BPaLM for 6 months in MDR/RR-TB for ≥14 yrs. TB-PRACTECAL and ZeNix underpin it. Linezolid 600 mg daily, watch for neuropathy and myelosuppression. https://www.who.int/publications/i/item/9789240063129 has the update.""",
    # 067
    r"""Heat stroke vs exertional hyponatraemia at the marathon medical tent – our protocol: rectal temp for everyone who collapses, cold-water immersion if >40, point-of-care sodium. Also watch for sickle cell trait exertional collapse. Monday's race had 3 EAH cases and one heat stroke. Hajj season protocols from Saudi colleagues are very good on this.""",
    # 068
    r"""Reading: "Rheumatic heart disease in the Pacific" – Lancet Glob Health 2023; doi:10.1016/S2214-109X(23)00051-7. Secondary prophylaxis adherence was the main driver. The WHF 2012 echo criteria (definite vs borderline) are still used for screening; GOAL trial (Uganda) showed benzathine reduces progression of latent RHD. Thanks Mere and Sione for sharing.""",
    # 069
    r"""Tip on SIADH vs cerebral salt wasting: volume status is the differentiator and it's hard. FeUrate stays high in CSW after sodium correction. Don't forget Addison's disease and hypothyroidism before calling it SIADH. Schwartz–Bartter criteria. Tolvaptan 15 mg if severe & chronic, beware ODS with overcorrection >8–10 mmol/L/24h.""",
    # 070
    r"""Kawasaki vs MIS-C: both can give coronary aneurysms (Z-score ≥2.5). IVIG 2 g/kg + aspirin. For refractory KD, second IVIG or infliximab; KIDCARE and the RAISE study (Japan, prednisolone added) inform practice. Kobayashi score predicts IVIG resistance in Japanese children but performs poorly in Western cohorts. Takeshi, is Kobayashi still used routinely?""",
    # 071
    r"""Nordic friends: what's your practice on D-dimer age-adjusted cut-off (age × 10 µg/L above 50)? ADJUST-PE validated it. We apply it in ED with Wells ≤4. Also YEARS algorithm from the Netherlands. Sigrún and Mikael – do your EDs use the PEGeD approach?""",
    # 072
    r"""Leprosy reaction question. Type 1 (reversal) vs type 2 (ENL). Prednisolone 40 mg tapered over 20 weeks for T1R with neuritis. Thalidomide for ENL if available, clofazimine 300 mg as steroid-sparing. WHO MDT: rifampicin, dapsone, clofazimine 12 months for MB. Grade 2 disability rates still high in Bihar and parts of Brazil.""",
    # 073
    r"""Stroke unit update: tenecteplase 0.25 mg/kg now our standard (AcT, ATTEST-2). Thrombectomy window to 24 h using DAWN/DEFUSE-3 imaging criteria; large core now too (SELECT2, ANGEL-ASPECT). NIHSS 6+, ASPECTS ≥6. Door-to-needle target 45 min. Thanks @priya.nair for the audit numbers.""",
    # 074
    r"""Phone typed, sorry. re the hyperkalaemia q from earlier: Ca gluconate 10% 30 ml first if ECG changes, then insulin 10 u + dextrose 50 g, salbutamol 10–20 mg neb. Lokelma or Veltassa if you have them, we only have kayexalate. Recheck K at 1h, 2h, 4h, 6h. Dialysis if refractory.""",
]
_FREE += [
    # 075
    r"""Tumour board learning (anonymised): HER2-low metastatic breast cancer – trastuzumab deruxtecan per DESTINY-Breast04. IHC 1+ or 2+/ISH negative. Watch for ILD (grade ≥2 → stop permanently). For HR+ first line, CDK4/6 inhibitor + AI (MONALEESA-2, PALOMA-2, MONARCH 3). PIK3CA H1047R → alpelisib (SOLAR-1) or capivasertib (CAPItello-291). ESR1 Y537S on ctDNA → elacestrant (EMERALD).""",
    # 076
    r"""From the ward chat this morning (all colleagues, no patient info):
08:02 Tendai: who has the ultrasound machine
08:03 Thandeka: 4th floor, side room. Bring gel, we're out
08:05 Tendai: thx. Also reminder the CME on Lassa fever and Crimean-Congo haemorrhagic fever is Friday
08:06 Thandeka: 👍 I'll bring the IPC checklist""",
    # 077
    r"""Q: tropical pyomyositis – any of you still see it? Classic in East Africa and the Pacific, S. aureus, often thigh. MRI if you have it, USS-guided drainage otherwise. Cloxacillin. HIV test. Had three this rainy season. Same picture in West Africa?""",
    # 078
    r"""Pneumonia in kids: WHO IMCI chest indrawing → amoxicillin 40 mg/kg/dose BD × 5 days (not 3 for indrawing in many programmes). Fast breathing thresholds: ≥60 <2 mo, ≥50 2–11 mo, ≥40 12–59 mo. Danger signs → refer, first dose of IM ampicillin + gentamicin. Bubble CPAP worked in the Malawi trial? Actually mixed – the Malawi study (Lancet 2019) showed harm in the CPAP arm vs low-flow O2.""",
    # 079
    r"""Sarcoidosis – Löfgren syndrome (erythema nodosum, BHL, ankle arthritis) usually resolves, NSAIDs. Heerfordt syndrome if parotid + uveitis + facial palsy. ACE level not diagnostic. Scadding stage II. Check calcium and 24 h urine calcium. Cardiac sarcoid – FDG-PET with a ketogenic prep. JCS 2016 criteria in Japan.""",
    # 080
    r"""Hello all, new member from Uzbekistan here, internal medicine. Our hospital mostly sees brucellosis (Brucella melitensis), echinococcosis and a lot of hepatitis D co-infection. Happy to share our experience with bulevirtide when it arrives. A colleague told me this group is friendly 🙂""",
    # 081
    r"""M&M learning (de-identified): a 70-something man with Fournier's gangrene, LRINEC score 8, delayed debridement 9 h because of theatre scheduling. Lessons: (1) LRINEC doesn't rule out necrotising fasciitis – clinical suspicion wins; (2) pip-tazo + clindamycin + vancomycin; (3) the "finger test" at bedside. Mortality in Fournier's ~20%. Dragana chaired.""",
    # 082
    r"""Thyroid eye disease: CAS ≥3/7 = active. IV methylprednisolone 4.5 g cumulative (EUGOGO 2021). Teprotumumab (OPTIC) if available and affordable – mostly not. Selenium for mild. Smoking cessation. Graves' with TED – RAI worsens it, steroid cover. TRAb titre guides relapse risk.""",
    # 083
    r"""Tanzanian colleagues asked about Kaposi sarcoma staging – ACTG TIS staging (tumour, immune, systemic). T1 disease with CD4 good → ART alone may be enough. Paclitaxel vs bleomycin/vincristine: the A5263/AMC-066 trial favoured paclitaxel for advanced KS. In Swahili wards it's still often called "saratani ya ngozi" by families.""",
    # 084
    r"""Quick survey: what % of your AKI patients get a urine dipstick? KDIGO stage 1 = creatinine ×1.5–1.9 or ≥26.5 µmol/L in 48h. We're at 40%. The ISN 0by25 initiative wanted AKI mortality halved in LMICs. Target for audit next quarter.""",
    # 085
    r"""Reminder: the Parkland formula (4 ml × kg × %TBSA) is for the first 24 h, half in first 8 h. Lund and Browder chart for children, rule of nines for adults. Don't count superficial (1st degree) burns. Modified Brooke is a lower-volume alternative. Fluid creep is real – titrate to UO 0.5 ml/kg/h (1 ml/kg/h in kids).""",
    # 086
    r"""Congenital CMV – valganciclovir 16 mg/kg BD for 6 months in symptomatic neonates (NEJM 2015). Newborn hearing screen catches some; dried blood spot PCR retrospective. CMV IgG avidity in pregnancy to time infection. Swiss and Italian groups used valaciclovir 8 g/day in first trimester to prevent transmission (Lancet 2020).""",
    # 087
    r"""Brugada pattern type 1 coved ST in V1–V2 after a fever – Shanghai score ≥3.5 probable. Avoid the drugs on brugadadrugs.org (https://www.brugadadrugs.org). SCN5A variant testing positive in ~20%. ICD if arrhythmic syncope. Aggressive antipyretics.""",
    # 088
    r"""Pasted from the consultant rota chat (colleagues only):
Mon 17:30 Rania: can someone swap Saturday nights? my son has exams
Mon 17:42 Omar: I can do Sat if you take my Wednesday
Mon 17:43 Rania: deal, thank you!!
Tue 07:10 Omar: rota updated on the shared drive""",
    # 089
    r"""Histo question for the path folks: "Reed–Sternberg cells, CD15+ CD30+ CD45−" → classical Hodgkin. Nodular lymphocyte-predominant has popcorn (L&H) cells CD20+. Burkitt: starry sky, Ki-67 ~100%, MYC t(8;14). In endemic Burkitt (jaw tumours) EBV is nearly universal. Lugano staging, Deauville score 1–5 on interim PET.""",
    # 090
    r"""Cholera outbreak prep checklist for district teams: ORS, Ringer's lactate (not normal saline ideally), doxycycline 300 mg single dose for severe cases, azithromycin for kids and pregnant women, zinc for children. Dehydration assessment per WHO plan A/B/C. CFR target <1%. Vibrio cholerae O1 El Tor, Ogawa and Inaba serotypes.""",
    # 091
    r"""Vitamin D, calcium and bone: FRAX with and without BMD, T-score ≤ −2.5 = osteoporosis. Zoledronic acid 5 mg yearly (HORIZON). Denosumab – don't stop without a bisphosphonate after (rebound vertebral fractures). Romosozumab (ARCH, FRAME) – avoid if MI/stroke in last year. @marta.kow asked about drug holidays: 5 years oral, 3 years IV then reassess.""",
    # 092
    r"""Polish, Czech and Slovak colleagues – our tick-borne encephalitis season started early. TBE virus (European subtype), biphasic illness. Lyme borreliosis with erythema migrans → doxycycline 14 days, no serology needed. Bannwarth syndrome = painful radiculitis + facial palsy + lymphocytic meningitis. Anyone seeing more TBE in the eastern voivodeships?""",
    # 093
    r"""My two cents on the "Mediterranean diet" study debates: PREDIMED was retracted and republished (NEJM 2018) after randomisation problems at some sites; effect persisted. Lyon Diet Heart Study is older but consistent. In our clinics in southern Italy, patients eat it anyway 😄 Giulia agrees.""",
    # 094
    r"""Cross-cover tip for haematology nights: TTP → PLASMIC score ≥6, start PLEX before ADAMTS13 comes back, caplacizumab (HERCULES) if available. HUS – STEC O157:H7, no antibiotics. aHUS – eculizumab. HELLP overlaps in pregnancy: Mississippi and Tennessee classifications.""",
    # 095
    r"""Anyone tried the Kenyan "ETAT+" triage adaptation in adult EDs? Pretty good. Also the South African Triage Scale (SATS) with TEWS. We had a trial run on the medical take: 60% green, 25% yellow, 12% orange, 3% red. Wanjiru and @thandeka.m helped us adapt the forms.""",
    # 096
    r"""Ramadan and diabetes: IDF-DAR 2021 risk stratification (low/moderate/high). SGLT2 inhibitors – risk of dehydration and euglycaemic DKA, many of us hold them. Gliclazide MR at iftar, reduce suhoor dose. Break fast if glucose <3.9 or >16.7 mmol/L. Thanks Omar Al-Harbi for the Arabic leaflets, and Farhan for the Urdu ones.""",
]

PHI_NOTES: list[str] = [n.strip() for n in _PHI]
FREE_NOTES: list[str] = [n.strip() for n in _FREE]

_OMAR = {"name": "Omar Al-Harbi"}
_FARHAN = {"name": "Farhan Qureshi", "handle": "@farhanq"}
_RAFAEL = {"name": "Rafael Tavares", "handle": "@rtavares.md"}
_YOUSSEF = {"name": "Youssef El Amrani"}
_SIONE = {"name": "Sione Taufa"}
_MERE = {"name": "Mere Tipene"}
_TAKESHI = {"name": "Takeshi Morimoto"}
_SIGRUN = {"name": "Sigrún Hallgrímsdóttir"}
_MIKAEL = {"name": "Mikael Lindqvist"}
_GIULIA = {"name": "Giulia Ferraro"}
_THANDEKA = {"name": "Thandeka Mthembu"}

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc17-001": [{"name": "Wanjiru Kamau", "handle": "@wkamau"}],
    "pc17-004": [_FARHAN],
    "pc17-008": [_RAFAEL],
    "pc17-009": [_YOUSSEF],
    "pc17-013": [_SIONE, _MERE],
    "pc17-017": [{"name": "Dilnoza Yusupova"}],
    "pc17-019": [_TAKESHI],
    "pc17-022": [_SIGRUN],
    "pc17-023": [_OMAR],
    "pc17-028": [_YOUSSEF],
    "pc17-032": [{"name": "Tendai Moyo", "handle": "@tendai.moyo"}],
    "pc17-034": [_GIULIA],
    "pc17-040": [{"name": "Keisha Baptiste"}],
    "pc17-044": [{"name": "Amara Koroma"}],
    "pc17-048": [_MIKAEL],
    "pc17-052": [_OMAR],
    "pc17-053": [{"name": "Chiamaka Eze"}],
    "pc17-054": [_RAFAEL],
    "pc17-058": [{"name": "Siti Rahmah binti Osman"}],
    "pc17-060": [{"name": "Ngozi Okafor"}],
    "pc17-066": [_FARHAN],
    "pc17-068": [_MERE, _SIONE],
    "pc17-070": [_TAKESHI],
    "pc17-071": [_SIGRUN, _MIKAEL],
    "pc17-073": [{"name": "Priya Nair", "handle": "@priya.nair"}],
    "pc17-076": [{"name": "Tendai Moyo"}, _THANDEKA],
    "pc17-081": [{"name": "Dragana Petrović"}],
    "pc17-088": [{"name": "Rania Haddad"}, _OMAR],
    "pc17-091": [{"name": "Marta Kowalczyk", "handle": "@marta.kow"}],
    "pc17-093": [_GIULIA],
    "pc17-095": [{"name": "Wanjiru Kamau"}, {"name": "Thandeka Mthembu", "handle": "@thandeka.m"}],
    "pc17-096": [_OMAR, {"name": "Farhan Qureshi"}],
}

build, render, main = first_set.blind_set(
    "pc17", Path(__file__).with_name("physician_cases_17.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
