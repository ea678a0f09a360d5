# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 47: paediatrics, obstetrics, neonatology and maternal health in South Asia, Southeast Asia and Oceania.

Posts written by paediatricians, obstetricians, neonatologists, medical officers, midwives
and residents working in India, Pakistan, Bangladesh, Sri Lanka, Nepal, the Philippines,
Indonesia, Vietnam, Malaysia, Thailand, Papua New Guinea, Fiji, Samoa and New Zealand
(Maori, Samoan and Tongan whanau). They paste SNCU/NICU handovers, PHC and barangay health
station referral slips, antenatal (MCP) cards, birth-registration certificates, WhatsApp and
Viber threads of obstetricians, vaccine-clinic queries, school-health (RBSK, public health
nurse) referrals, boat and road transfer stories, maternal death reviews, e-mails, lab,
histopathology and imaging reports, dictations, teleconsult logs, medico-legal forms and
phone-typed one-liners, in English mixed with Hindi, Urdu, Tamil, Malay, Indonesian,
Tagalog, Vietnamese, Thai, Bengali, Nepali, Maori and Samoan words and scripts. The PHI-free
posts are teaching notes, trial and guideline summaries, dose tables, score cheat-sheets,
quizzes, templates and colleagues' chat about rotas, journal clubs, exams and conferences.

Annotation conventions:
- PT / REL / HCP: the name only, as written (any case, any script); titles and honorifics
  (Dr, Prof, Mr, Mrs, Master, Ny., Pak, Bidan, Sister, bà, anh, bé, An., Nong/น้อง,
  Naw, Saw, Ma, Ko, Baby Boy, BS., นพ., ด.ญ.) and roles stay outside, as do s/o, w/o, d/o,
  B/O, "Con bà" and "baby of". Parts of the legal name stay inside: Tamil and Sinhala
  initials (S. Tharshika, W.M.), Md., Begum, Bibi, Devi, Kaur, Jr., Malay bin/binti and
  a/l, a/p patronymics, Samoan matai titles, Vietnamese family-name-first order.
- In "B/O <name>" the name is the mother's and is REL; "Baby Boy <surname>" uses the
  baby's own surname and is PT. A possessive 's stays outside.
- REL also covers named lay contacts and proxies who are not clinicians (village headman,
  ambulance or PMV driver, the other driver in a road accident).
- HCP covers every clinician or health worker named inside pasted documents or in the case
  (ASHA, ANM, FCHV, PHM, CHW, bidan, registrar, signatories, e-mail senders). Colleagues on
  the network (chat speakers, @mentioned, thanked or addressed colleagues) are never tagged
  and are listed in MEMBERS; their @handles are not PHI.
- Places: a named settlement (city, town, municipality, village, kampung, thon, ban, chak)
  is TOWN; a named unit inside or below a municipality or sub-district (ward, mohalla, tola,
  barangay, purok, sitio, desa, kelurahan, dusun, RT/RW, xa, phuong, tambon, union, block,
  taluk, tehsil, upazila, kecamatan, suburb, colony, sector, camp block, island, industrial
  zone, named landmark) is PLACE; a second-level unit (Indian/Pakistani/Bangladeshi/Nepali/
  Sri Lankan district, Philippine province, kabupaten, huyen, quan, amphoe) is COUNTY.
  First-level states, provinces, regions and countries are not tagged.
- Descriptor words (village, Vill., district, Distt., dist., Brgy., Kec., Kab., Desa, Dusun,
  Kampung, Kelurahan, Pulau, KCN, camp, thôn, xã, huyện, phường, Tambon, Amphoe, Ban, Teh.,
  VPO, Tehsil, block, upazila, union, P.O., PO, Post Office) stay outside the span; words
  that belong to a neighbourhood's own name (Taman, Town, Garden, Subdivision, Stage,
  Phase) stay inside. When the unit's name is only a number or code (Purok 3, Camp 15,
  RT 03/RW 05, sector 11½, block D-7, No. 4 Line, Quận 12, C-4, G-11), descriptor and
  number form one span. Nepali municipality-ward forms (pokhara-27) are one TOWN span.
- STREET: the street-level part of an address as one span: house/flat/plot/lot number,
  building, house name (Kerala) and road, lane, gali, Moo, private bag or highway number,
  including commas inside it; labels such as H.No. stay outside, a bare house number is
  STREET. ZIP: PIN codes and postcodes.
- FAC: hospitals, PHCs, CHCs, health posts, barangay health stations, clinics, labs,
  schools, police stations, union parishads and employers (estates, mills, factories,
  shops), the whole name including any place name inside it ("PHC Mannaekhelli",
  "THQ Jaranwala"). Generic unnamed facilities are not tagged.
- DATE: any day, month-and-day or month-and-year, in any format, script or calendar
  (Bikram Sambat, Buddhist era, spelled out in dictation); an attached weekday is inside,
  times stay outside. Each WhatsApp-export date prefix is tagged. YEAR: a year alone tied
  to the patient. Publication, guideline and trial years are not tagged. Weekdays alone,
  "yesterday", gestational and corrected ages are not tagged.
- AGE: only ages over 89, digits only.
- PHONE (mobile, landline, hospital lines, also spelled out in dictation), PAGER (bleep
  and pager numbers), FAX: the number without its label; extensions stay outside.
- SSN: national identity numbers (Aadhaar, CNIC, NID, NIC, NIK, MyKad). PLAN: health
  insurance and scheme numbers (PhilHealth PIN, BPJS/KIS, BHYT, Sehat, PM-JAY, Jan Aadhaar,
  private policy). MRN: hospital record, UHID, IP/BHT/HN/RN numbers and national health
  identifiers (NZ NHI, ABHA). ACCT: bank, bill, claim and deposit numbers. LIC: medical,
  midwifery and council registration numbers. ID: every other identifying number (RCH/
  PICME/MCP numbers, referral-slip, lab accession, birth-registration, MLC/MLR, camp family
  numbers, migrant cards, worker numbers, register and consultation ids, letter references).
- PLATE and VIN of any vehicle in the note (ambulance, PMV, the other car), DEVICE (serial
  numbers of a patient's pump, concentrator, oximeter), URL, IP, HANDLE (a patient's or
  relative's social or LINE handle): the identifier only.
- Eponyms and place names inside disease, sign, score, regimen, trial and classification
  names (Kawasaki, Langhans, Dhaka regimen, Kyasanur Forest disease) are never tagged;
  neither are ethnic groups, languages, programmes (Aama, JSY, RBSK, Malasakit) or
  citation authors.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 SNCU night handover list, north Karnataka
    """SNCU handover night → morning  [[DATE:21.11.2024]]
Census 18/20, 2 on CPAP, 0 vent (vent not working since Sunday, biomed informed)

Bed 1 — B/O [[REL:Lakshmamma]], F, 1.28 kg, 31+2 wk, inborn, IP [[MRN:2411-08873]]
  RDS → CPAP 6 FiO2 30%, Survanta x1 at 2h of life (INSURE). Caffeine on. Feeds 1 ml 2h EBM from today.
  Mother from [[TOWN:Hulsoor]], [[COUNTY:Bidar]] dist. Husband [[REL:Shivaraj]] mob [[PHONE:94481 20763]] — switches off at night
Bed 2 — B/O [[REL:Parveen Begum]], M, 2.6 kg, term, IP [[MRN:2411-08891]]
  MAS, HFNC 4 L weaning. CRP 18 → 6. Cultures NG 48h.
  Referred from [[FAC:PHC Mannaekhelli]], referral slip no. [[ID:MNK/118/24]] — no Apgar written, just "baby not cried".
Bed 4 — [[PT:Sanvi]] (parents named her yesterday 🙂), 1.05 kg, 28 wk, DOL 12, IP [[MRN:2411-08502]]
  Feeds 8 ml 2h EBM, HMF not started. PCV 38. First ROP screen due [[DATE:26/11]].
  Mother [[REL:Roopa]] in KMC room, father seasonal worker at [[FAC:Kalyani Sugars]].
Bed 7 — twin II of bed 6, 1.6 kg, NNJ, TSB 14.2 at 60h (below photo line for 35 wk but rising), DS photo. Repeat TSB 6am.

Pending: RCH ID for bed 4 not generated yet — mother's RCH no. is [[ID:129004877615]], ask DEO in morning.""",
    # 002 Pakistan district OB referral WhatsApp thread, placenta accreta
    """From our district referral group last night — posting for the discussion on praevia/accreta in women who can't reach a blood bank.

[[DATE:14/03/2024]]
[10:42 pm] Sadia Rehman: Urgent pls. G5P4, 34+1 wks, major praevia, 2 prev CS, bled approx 400 ml at home. [[PT:Nasreen Bibi]] w/o [[REL:Muhammad Aslam]], from [[TOWN:Chak 212/RB]], came in a loader rickshaw to [[FAC:THQ Jaranwala]]. Hb 7.8, BP 100/60, pulse 112. No blood bank here after 8 pm
[10:43 pm] Sadia Rehman: CNIC for the referral form [[SSN:33102-4471925-8]], Sehat card active on it
[10:45 pm] Usman Ghani: Don't wait for blood there. Dexa given? Send straight to [[FAC:Lyallpur Teaching Hospital]] labour room, I'm on call. LR landline [[PHONE:041-9210188]] ext 412
[10:46 pm] Sadia Rehman: Dexa 12 mg IM at 9:50. 2 large bore lines, 1 L RL running. Husband arranging private vehicle
[10:51 pm] Usman Ghani: Ok. Tell them at the gate "[[PT:Nasreen]] from [[TOWN:Jaranwala]], for Gynae Unit II". I'll inform SR Dr [[HCP:Kiran Shahzad]]
[11:58 pm] Usman Ghani: Arrived. Hb 7.1. USG — loss of retroplacental clear zone, bridging vessels, accreta likely. Prof [[HCP:Tariq Mahmood Chaudhry]] coming in
[02:17 am] Usman Ghani: CS hysterectomy done, 6 RCC + 4 FFP, baby boy 2.1 kg to nursery (MR# [[MRN:LTH-24-118730]]). Mother in HDU, stable. Thanks Sadia for the early call 🙏
[07:05 am] Sadia Rehman: Alhamdulillah. Family very grateful

Q for the group: how many of your THQs actually have a functioning blood bank at night?""",
    # 003 Philippine barangay health station referral slip, teen severe pre-eclampsia
    """Referral slip from one of our BHS midwives this morning, typed out because the photo is blurry. Admitted to us, MgSO4 running. Posting for the teen-pregnancy audit.

Republic of the Philippines
Province of [[COUNTY:Iloilo]] · Municipality of [[TOWN:Dumangas]]
RURAL HEALTH UNIT — [[FAC:Barangay Health Station Sapao]]

REFERRAL SLIP                                Date: [[DATE:Feb 3, 2025]]   Time: 0720H
Name: [[PT:DELA CRUZ, Ma. Angelica R.]]        Age: 17   Sex: F   Civil status: single
Address: [[PLACE:Purok 3]], Brgy. [[PLACE:Sapao]], [[TOWN:Dumangas]]
PhilHealth PIN: [[PLAN:12-025587431-9]] (dependent of father)
LMP: [[DATE:06/14/2024]]   AOG: 33 2/7 wks
G1P0, 2 prenatal visits only (1st at 24 wks)

S/O: BP 150/100, repeat after 15 min 146/98. (+) headache, (+) blurring of vision, bipedal edema grade 2, urine albumin ++
A: Severe pre-eclampsia
Given: MgSO4 4 g IV + 10 g IM (5 g each buttock) per BEmONC protocol at 0705H by RHU MD
Referred to: [[FAC:Western Visayas Provincial Hospital]] – OB-Gyne ER
Mode: municipal ambulance [[PLATE:SJP 4218]]
Accompanied by: [[REL:Rogelio dela Cruz]] (father)   CP No.: [[PHONE:0917 555 0132]]
Referred by: [[HCP:Marites P. Gonzaga]], RM   PRC Lic. No. [[LIC:0184425]]""",
    # 004 phone-typed one-liner, Bangladesh, paediatric cardiology
    """anyone kno a paed cardio in [[TOWN:sylhet]] who sees cash pts on sat? baby [[PT:rafi]] 3mo vsd w failure, frm [[TOWN:beanibazar]], father drives cng, cant go [[TOWN:dhaka]]. pls dm""",
    # 005 Mother & Child Protection card, Bihar, anaemia in pregnancy
    """Pasting the MCP card since the scan is blurry. Need opinions re: IV iron.

MOTHER & CHILD PROTECTION CARD          RCH ID: [[ID:128900457812]]
Name of woman: [[PT:Kamla Devi]]        Husband's name: [[REL:Ramesh Kumar Yadav]]
Age: 23     Aadhaar No.: [[SSN:5521 8830 4417]]
Address: H.No. [[STREET:27]], [[PLACE:Yadav Tola]], Vill. [[TOWN:Bhagwanpur]], Distt. [[COUNTY:Vaishali]], PIN [[ZIP:844122]]
ASHA: [[HCP:Rinku Kumari]]   Mob. [[PHONE:79035 61244]]
LMP: [[DATE:02-07-2024]]    EDD: [[DATE:08-04-2025]]
ANC 1  [[DATE:18.08.24]]  Hb 9.2  BP 110/70  Wt 44  Td-1
ANC 3  [[DATE:04.01.25]]  Hb 7.4 (!)  BP 120/80  Wt 47  FH 30 cm
IFA: 180 tabs issued, she says she takes them "kabhi kabhi" (sometimes) because of vomiting/constipation
JSY: payment to A/c [[ACCT:39281004556]] — still not credited per ASHA

Hb 7.4 at 26 wk, PHC has no IV iron in stock this quarter. Refer for FCM at [[FAC:Sadar Hospital Hajipur]] (40 km, she has to change 2 tempos) or try iron sucrose at CHC when supply comes? She refuses blood ("khoon nahi chadhwana").""",
    # 006 NZ neonatal discharge summary, Maori whanau
    """NEONATAL DISCHARGE SUMMARY
[[FAC:Te Awakairangi Hospital]] — Neonatal Unit

Patient: [[PT:Manaia Tipene-Rāwiri]]     NHI: [[MRN:ZKH4821]]     DOB: [[DATE:02/09/2024]]
Discharged: [[DATE:30/10/2024]]     CGA at discharge: 37+1
Mother: [[REL:Hine Tipene]]     Father: [[REL:Wiremu Rāwiri]]
Address: [[STREET:14B Kōwhai Crescent]], [[PLACE:Naenae]], [[TOWN:Lower Hutt]] [[ZIP:5011]]
GP: Dr [[HCP:Alison Fraser]], [[FAC:Waiwhetū Road Medical Centre]]   Fax [[FAX:04 555 0148]]

Born at 29+1 by category 1 CS for placental abruption, BW 1260 g, Apgars 4 and 8. Surfactant x1, CPAP for 19 days, caffeine stopped at 34 wk. No IVH on cranial US. Full feeds day 9, breastfeeding + top-ups of EBM at discharge.

Whānau: Māmā [[REL:Hine]] is 19 and lives with her kuia [[REL:Mere Tipene]] ([[AGE:91]]), who is her main support. Whānau hui held with Māmā, Pāpā and kuia — plan agreed, rooming-in for 4 nights before discharge.

Follow-up:
- Neonatal clinic [[DATE:12 Nov]] 10:30, Dr [[HCP:Sione Havili]]
- ROP: mature zone III, discharged from screening; newborn hearing screen passed
- Well Child Tamariki Ora: [[FAC:Te Pā Harakeke Whānau Ora]], kaiāwhina [[HCP:Aroha Ngata]] [[PHONE:027 555 0193]]
- 6-week immunisations given in unit; 3-month due with GP

Signed: [[HCP:Rebecca Thompson]], Neonatal Registrar, pager [[PAGER:4317]]""",
    # 007 Vietnamese district transfer note, dengue with warning signs
    """Chuyển viện tối qua — pasting the transfer note with my rough translation. @minh.anh.picu your view on colloid here?

GIẤY CHUYỂN VIỆN
[[FAC:Trung tâm Y tế huyện Quảng Điền]] → [[FAC:Bệnh viện Nhi Sông Hương]]
Họ tên bệnh nhi: [[PT:Trần Minh Khôi]]    Nam    4 tuổi
Số vào viện: [[MRN:24.008817]]
Họ tên mẹ: [[REL:Lê Thị Hồng Nhung]]    ĐT: [[PHONE:0912 555 017]]
Địa chỉ: thôn [[TOWN:Phú Mỹ]], xã [[PLACE:Quảng Phú]], huyện [[COUNTY:Quảng Điền]], tỉnh Thừa Thiên Huế
Mã thẻ BHYT: [[PLAN:TE1464621800457]]
Vào viện: [[DATE:08/7/2024]]    Chuyển viện: [[DATE:10/7/2024]] 21h30
Chẩn đoán: Sốt xuất huyết Dengue có dấu hiệu cảnh báo, ngày 5

Summary: [[PT:Khôi]], 4 y, dengue with warning signs day 5 — abdominal pain, lethargy, liver 3 cm. Hct 41 → 48 over 6 h despite RL 7 ml/kg/h, plt 32k. Sent with NS running, 40 km by ambulance; grandmother bà [[REL:Nguyễn Thị Tám]] came with him because his mother works in a garment factory in KCN [[PLACE:Phú Bài]].

On arrival HR 138, CRT 3 s, pulse pressure 20. Dextran 40 10 ml/kg over 1 h, Hct down to 42, now crystalloid 5 ml/kg/h. Should the district have gone to colloid earlier? Thanks anh Phúc for taking him at midnight.""",
    # 008 NZ public health nurse school referral, Samoan boy, suspected ARF
    """[[DATE:19 June 2024]]

Paediatric Outpatients
[[FAC:Ōtāhuhu Community Health Hub]]

Dear Paediatrician,

Re: [[PT:Tavita Leiataua Fonoti]]   DOB [[DATE:17.05.2013]]   NHI [[MRN:PQT2719]]
[[STREET:7 Waddon Place]], [[PLACE:Māngere]], [[TOWN:Auckland]] [[ZIP:2022]]

I am the public health nurse at [[FAC:Harania Creek School]] and am referring [[PT:Tavita]] (11) urgently. He has had three positive GAS throat swabs through the school sore-throat programme this year and his mum tells me the amoxicillin was not finished the last two times. Today he complained of a sore right knee and left ankle over the past week, and I heard a soft murmur I have not heard at his earlier checks.

Family history: his older sister [[REL:Mele Fonoti]] has RHD and gets monthly Bicillin at [[FAC:Māngere Family Doctors]]. Parents [[REL:Faamanu Fonoti]] (mum, [[PHONE:021 555 0167]]) and [[REL:Ioane Fonoti]] (dad); Samoan is the main language at home and mum prefers a call after 3 pm.

I'd be grateful if [[PT:Tavita]] could be seen for ARF assessment (echo, ESR/CRP, ASOT) as soon as possible.

Fa'afetai lava,

[[HCP:Losa Faleolo]] RN
Ph [[PHONE:09 555 0121]] · [[EMAIL:losa.faleolo@phn-southauckland.org.nz]]""",
    # 009 Nepal eclampsia transfer story, Karnali
    """Long post, sorry. Eclampsia transfer we received last night — writing it up because every delay in it was a road.

[[PT:Dhana Kumari Rokaya]], 19 y, primi, ~37 wk, from [[TOWN:Pulu]] village, [[COUNTY:Mugu]]. First fit at home around 4 am on [[DATE:Saun 12]] ([[DATE:27 July]]). FCHV [[HCP:Pabitra Shahi]] recognised it and ran to the health post; the AHW there, [[HCP:Dambar Bahadur Budha]], gave MgSO4 10 g IM (the only loading dose they stock — credit to the Aama programme's supply chain for once). Husband [[REL:Karna Bahadur Rokaya]] and four neighbours then carried her in a doko for 6 hours to the airstrip at [[PLACE:Talcha]].

No flight (cloud), so a jeep — 11 hours to [[TOWN:Birendranagar]]. Second fit in the jeep. Arrived at [[FAC:Bheri Valley Mission Hospital]] 02:40 on [[DATE:2081-04-13]] BS. BP 180/115, GCS 11. CS at 05:10, baby girl 2.4 kg, Apgar 5/8, to SNCU (IP [[MRN:BVMH-81/2217]]). Mother in ICU, extubated this afternoon.

Husband's only phone is [[PHONE:9848 555 012]] (works only from the ridge above the village), so follow-up will be hard.

What I keep thinking about: MgSO4 at the health post saved her. Everything after that was transport.""",
    # 010 Sri Lanka histopathology report, TB adenitis
    """Histo came back on the 7-year-old I posted about last week (neck node, not responding to 2 courses of antibiotics). Typed it here:

[[FAC:Vadamarachchi Base Hospital]] — Department of Histopathology
Lab No.: [[ID:HP/2391/24]]     Received: [[DATE:11.06.2024]]     Reported: [[DATE:19.06.2024]]
Name: [[PT:S. Tharshika]]     Age: 7 Y     Sex: F     BHT No.: [[MRN:44817]]     Ward: 12
Referring Consultant: Dr [[HCP:K. Mahendran]]
Specimen: excision biopsy, left cervical lymph node, 2.2 × 1.8 × 1.0 cm
Microscopy: Effaced architecture with multiple epithelioid granulomata, Langhans-type giant cells and central caseous necrosis. No atypical lymphoid population. ZN stain: AFB not identified.
Conclusion: Caseating granulomatous lymphadenitis, consistent with tuberculosis. Correlate with GeneXpert (specimen [[ID:GX-24-0615]]).
Dr [[HCP:R. Vasuki Arulanandam]], Consultant Histopathologist (SLMC [[LIC:18733]])

So TB adenitis as suspected. [[PT:Tharshika]]'s ammamma was on ATT last year from the chest clinic and the family all live in the one house in [[PLACE:Thumpalai]], with the great-grandmother, who is [[AGE:96]]. Mother [[REL:Sivakumar Vijitha]] is asking whether the younger brother [[REL:Kajan]] (3 y) needs screening too — I assume yes, TST + CXR and TPT if negative. Anyone using 3HP in under-5s here yet?""",
    # 011 Indonesian puskesmas referral letter, severe acute malnutrition, Sumba
    """Sharing surat rujukan from our puskesmas — gizi buruk kasus ke-4 bulan ini. @dr.rina.spa bisa diterima di bangsal anak? Ibu sudah di jalan.

SURAT RUJUKAN
[[FAC:Puskesmas Elopada]]
Kepada Yth. TS dokter spesialis anak, [[FAC:RSUD Waikelo Sawah]]
Mohon pemeriksaan dan penanganan lebih lanjut pasien:
Nama        : An. [[PT:Yohanes Bili Kaka]]
Umur        : 14 bulan      Jenis kelamin: L
Nama ortu   : [[REL:Maria Lende]] / [[REL:Petrus Ngongo]]
Alamat      : Kampung [[TOWN:Waimangura]], Desa [[PLACE:Kalembu Ndara Mane]], Kec. [[PLACE:Wewewa Barat]], Kab. [[COUNTY:Sumba Barat Daya]]
No. BPJS/KIS: [[PLAN:0002287164530]]
NIK ibu     : [[SSN:5318034107890002]]
Diagnosa    : Gizi buruk (SAM) + edema +1, BB/TB < -3 SD, LiLA 10,8 cm, diare 5 hari, dehidrasi ringan-sedang
Terapi      : ReSoMal 5 ml/kg, F-75 mulai, amoksisilin
Tanggal     : [[DATE:22-08-2024]]
Petugas     : Bidan [[HCP:Yuliana Tamo]], A.Md.Keb — HP [[PHONE:0812-3755-0164]]

Mother walked 2 hrs to the road, then an oto (pick-up) to town. Her HP is [[PHONE:0813-5550-1129]] but there's signal only in the mornings.""",
    # 012 Thai border community hospital refer form, Karen newborn with sepsis
    """Refer-in from a border community hospital this morning, Thai/English mix on the form:

REFER FORM / ใบส่งตัวผู้ป่วย
From: [[FAC:โรงพยาบาลชุมชนแม่สามแลบ]]     To: NICU, [[FAC:Salween Provincial Hospital]]
Date: [[DATE:14 ก.ย. 2567]]   Time 06.40
Patient: ทารกเพศชาย (B/O Naw [[REL:Paw Htoo]])   HN: [[MRN:67-004418]]   Age 5 days   BW 2,150 g
Mother: Naw [[REL:Paw Htoo]], 20 y, Karen, no Thai ID — migrant card no. [[ID:0-0028-47715-92-1]]
Father: Saw [[REL:Eh Doh Say]], works on a maize farm
Address: Ban [[TOWN:Mae Sam Laep]], Tambon [[PLACE:Mae Sam Laep]], Amphoe [[COUNTY:Sop Moei]]
Contact: [[PHONE:081-555-0127]] (village headman's phone, family has none)
Dx: Home delivery (TBA), poor feeding, hypothermia 34.8 °C, poor suck, umbilical stump red + foul smell, ?omphalitis/sepsis. No trismus, no spasms (mother's TT status unknown).
Given: warming, IV D10 60 ml/kg/d, ampicillin + gentamicin, TIG 250 IU IM
Referring physician: นพ. [[HCP:ธนกร ศรีวงศ์]]

Baby arrived 11:20 after 4 h on the mountain road. Temp 35.9 on arrival. Does anyone do skin-to-skin in the pickup for these transfers?""",
    # 013 Fiji boat transfer story, PPH after home birth on Kadavu
    """Boat story from last week since a few of you asked after the audit meeting.

Sister [[HCP:Salote Tuilau]] at [[FAC:Yawe Nursing Station]], [[PLACE:Kadavu]], called on the sat phone at 2 am on [[DATE:Tues 4th March]]: [[PT:Litia Vakaloloma]], 24, P2, PPH after a home birth in [[TOWN:Nalotu]] village, est. 1 L, uterus boggy, placenta out but ragged. She gave oxytocin 10 IU IM, did bimanual compression and ran her only bag of Hartmann's.

No flight till Thursday. Husband [[REL:Jone Ratu]] got his cousin's 40 hp fibreglass boat — 3 hours in the dark to [[TOWN:Vunisea]] with Sister holding the fundus the whole way. At [[FAC:Kadavu Sub-divisional Hospital]] Dr [[HCP:Ashneel Prasad]] gave TXA and misoprostol 800 mcg SL; Hb 5.9, no blood bank, two relatives gave walking blood (grouped and cross-matched on the bench).

Then the government boat to [[TOWN:Suva]] the next morning, arrived [[DATE:5/3]] 14:00 at [[FAC:Suva Divisional Hospital]] for EUA and evacuation of retained products.

Entered on the maternal near-miss register, ID [[ID:FJ-MNM-25-017]]. Sister says she's well and breastfeeding.""",
    # 014 PNG maternal death review, highlands
    """MATERNAL DEATH REVIEW — Obstetrics & Gynaecology, [[FAC:Wahgi Valley Provincial Hospital]]
Presented at M&M [[DATE:Friday 16 August 2024]] by Dr [[HCP:Elizabeth Wai]] (RMO)

Deceased: [[PT:Rosa Kuman]]   Age 31   G7P6   MRN [[MRN:WVPH-113847]]
Residence: [[TOWN:Gunangi]] village, [[COUNTY:Kerowagi]] District
Date of death: [[DATE:09/08/2024]] 04:15

Timeline
[[DATE:07/08]] ~17:00 — SVD at home, assisted by mother-in-law. Placenta delivered. Heavy bleeding started ~30 min later.
18:30 — Husband [[REL:Joseph Kuman]] went to find transport. Road to [[TOWN:Kerowagi]] station closed by a tribal fight.
21:00 — PMV (reg. [[PLATE:P 4471 B]]) found; driver [[REL:Paul Mek]] agreed after K200 was paid.
23:40 — arrived [[FAC:Kerowagi Health Centre]]. No oxytocin in stock (last box used on the weekend).
[[DATE:08/08]] 01:30 — ergometrine 0.5 mg IM. Transferred by health centre vehicle, arrived here 05:10. BP 70/40, HR 140, Hb 3.8.
06:00 — Blood bank: 1 unit O+ available; husband and 3 brothers donated, 2 more units by 11:00.
09:00 — Theatre for EUA: atonic uterus, no retained products; B-Lynch suture by Dr [[HCP:Gabriel Toliman]].
Post-op: no ventilator available, oliguric, DIC.
[[DATE:09/08]] 04:15 — cardiac arrest, not revived.

Three delays (Thaddeus & Maine):
1. Decision — birth at home by custom; bleeding recognised late.
2. Reaching care — tribal fight road closure, PMV cost.
3. Receiving care — no oxytocin at the HC, no blood on arrival.

Recommendations:
1. Heat-stable carbetocin stock for [[FAC:Kerowagi Health Centre]] and the 6 aid posts.
2. Walking blood donor register through the local churches.
3. Report to the PHA CEO, Dr [[HCP:Michael Yansori]].
Newborn girl alive, with the grandmother.""",
    # 015 Malaysian e-mail about chelation in transfusion-dependent thalassaemia, Sarawak
    """Forwarding with permission — a colleague asked what we do about chelation when the family can't come in every month.

---------- Forwarded message ---------
From: [[HCP:Nurul Huda Zainal]] <[[EMAIL:nurulhuda.zainal@hru-paeds.gov.my]]>
Date: [[DATE:Mon, 7 Oct 2024]] at 09:14
Subject: Re: [[PT:Muhammad Aqil Haikal bin Roslan]] — TDT, ferritin 3800
To: [[HCP:Kavitha a/p Rajendran]] <[[EMAIL:kavitha.rajendran@kksarikei.gov.my]]>

Dear Dr,

Thanks for seeing [[PT:Aqil]] at the klinik on Friday. Summary for your file:
- RN [[MRN:HRU-0028841]], MyKad [[SSN:150322-13-0457]], 9 y, β-thal major, transfused 3-weekly since [[YEAR:2016]].
- Address [[STREET:No. 12, Lorong Sentosa 3]], [[PLACE:Taman Sri Rejang]], [[ZIP:96100]] [[TOWN:Sarikei]] — 2.5 h by bus from us.
- Mother [[REL:Siti Noraini binti Abdullah]], [[PHONE:013-555 0186]].
- Ferritin 3800 ([[DATE:23/09/2024]]); cardiac T2* not done (MRI waitlist). Pre-transfusion Hb 8.1.
- Desferal SC 5 nights/week via a Crono pump on loan, SN [[DEVICE:CRN-PAR-118204]] — mum says he cries and they manage 2 nights only.
- Plan: switch to deferasirox FCT 28 mg/kg/d (MOH funding applied), add deferiprone if ferritin still >2500 at 3 months. Next transfusion [[DATE:28/10/2024]] at [[FAC:Hospital Rajang Utama]] day ward.

Could your clinic check creatinine and ALT fortnightly for the first month so they don't need to travel?

Regards,
Paediatric day ward team
Tel [[PHONE:084-555 0192]] ext 2231""",
    # 016 Tamil Nadu NICU residents WhatsApp export, transport hypoglycaemia
    """Exported from our NICU residents group — the hypoglycaemia baby from last weekend, for Thursday's teaching on transport glucose.

[[DATE:05/01/25]], 2:10 AM - Arun Prakash: Sir, baby of [[REL:M. Selvi]] came from [[FAC:UPHC Kalasapakkam]], 36 wk, 2.1 kg, 2 seizures on the way, GRBS 22 mg/dl. 108 took 2 hrs
[[DATE:05/01/25]], 2:12 AM - Meenakshi Sundaram: 2 ml/kg D10 now, then GIR 6. Check again in 30 min. Was anything checked before transport?
[[DATE:05/01/25]], 2:15 AM - Arun Prakash: No sir. Amma says born at home in [[TOWN:Vettavalam]] at 8 pm, not fed. Paati gave sugar water 🤦
[[DATE:05/01/25]], 2:16 AM - Arun Prakash: Father [[REL:Murugan]] [[PHONE:98405 55017]]. PICME no. [[ID:330012456789]] — ANC was at [[FAC:PHC Vettavalam]]
[[DATE:05/01/25]], 8:30 AM - Meenakshi Sundaram: Good job. MRI when stable — occipital pattern possible. Counsel the family.
[[DATE:06/01/25]], 9:02 AM - Divya Ramesh: Neurosonogram normal. EEG tomorrow.""",
    # 017 Karachi vaccine catch-up query, phone-typed
    """salam all, quick one: kid [[PT:hamza]] 11 mo, family moved from [[TOWN:jacobabad]] to [[PLACE:orangi town]] [[PLACE:sector 11½]] last month. EPI card ([[ID:KHI-ORG-24-55871]]) shows BCG + OPV0 on [[DATE:12-1-24]], penta1 [[DATE:28/2]], then nothing. measles outbreak in their lane. can i give MR1 + penta2 + PCV2 + IPV same day or split? mother says the LHW in [[TOWN:jacobabad]] never came""",
    # 018 Bangladesh birth registration certificate with wrong DOB
    """Need help: a family from the char islands came to our clinic — baby's birth certificate has the wrong DOB and the father is worried about the EPI card and later school admission. English side of the certificate:

Government of the People's Republic of Bangladesh
Office of the Registrar, Birth and Death Registration
[[FAC:Char Kukri Mukri Union Parishad]], Upazila: [[PLACE:Char Fasson]], District: [[COUNTY:Bhola]]
Birth Registration Number: [[ID:20240915147003318]]
Date of Registration: [[DATE:18/04/2024]]
Name: [[PT:Md. Ayaan Hossain]]  /  নাম: [[PT:মোঃ আয়ান হোসেন]]     Sex: Male
Date of Birth: [[DATE:03/02/2024]]   In word: [[DATE:Third February two thousand twenty four]]
Mother's Name: [[REL:Sharmin Akter]]    Mother's Nationality: Bangladeshi
Father's Name: [[REL:Md. Jahangir Alam]]
Permanent Address: Village [[TOWN:Char Kukri]], Post Office [[PLACE:Kukri Mukri]] [[ZIP:8341]]

He was actually born on [[DATE:30 January]] at [[FAC:Bhola Mother and Child Welfare Centre]] — our discharge card says so (reg. no. [[MRN:MCWC-BH-24-00771]]). The chairman's office says they need a court affidavit. Has anyone managed a correction through the online portal with just a hospital record?""",
    # 019 Philippine OB Viber thread, PROM referral
    """Viber, OB residents + consultants, last night:

Carla Mendoza (8:02 PM): Hi po, referral: G3P2 (2002) 36 2/7 wks, PROM 18 h, greenish leaking, FHT 168. From Brgy. [[PLACE:Tumana]], [[TOWN:Marikina]]. Pt is [[PT:Jocelyn Bautista]], 32. Wala pong PhilHealth, lapsed na kasi OFW yung husband ([[REL:Arnel Bautista]], nasa [[TOWN:Jeddah]]).
Ramon Lacson (8:05 PM): Accept. Send to [[FAC:Marikina Valley General Hospital]] ER, inform Dr [[HCP:Pauline Sison]] (ROD). Start ampicillin 2 g IV na.
Carla Mendoza (8:06 PM): Noted po. Mother-in-law [[REL:Editha Bautista]] is with her, CP [[PHONE:0998 555 0171]]
Ramon Lacson (8:40 PM): Arrived. Category II tracing, for primary CS. Pa-Malasakit na lang po sa billing, hospital no. [[MRN:MVGH-2025-014428]].
Carla Mendoza (11:15 PM): Baby boy 2.8 kg, AS 7,9. Thank you Doc Ramon 🙏""",
    # 020 Kerala RBSK school screening referral card
    """RBSK referral from the Mobile Health Team — school screening at a govt LP school. Anyone at the DEIC who can see him sooner than 6 weeks?

RASHTRIYA BAL SWASTHYA KARYAKRAM — REFERRAL CARD
Date of screening: [[DATE:11/07/2024]]
Name of child: [[PT:Adithyan K.]]     Age: 8 y     Sex: M     Class: III
School: [[FAC:GLPS Kodumba]]
Father: [[REL:Krishnadas]]     Mother: [[REL:Sreeja K.]]
Address: [[STREET:Puthenveedu House]], [[TOWN:Kodumba]] P.O., [[COUNTY:Palakkad]] – [[ZIP:678551]]
Phone: [[PHONE:94470 55021]]
RBSK ID: [[ID:KL09-RBSK-24-11872]]
Findings (4D): Disability — ? hearing impairment (fails whisper test both ears); Delay — speech unclear, reading below class level. Squint (R esotropia).
Referred to: [[FAC:DEIC District Hospital Palakkad]] — ENT, audiology, ophthalmology, psychology
MHT Medical Officer: Dr [[HCP:Fathima Nazrin]]

Teacher says he sits at the back and "doesn't listen". Mother says ear discharge on and off since age 3.""",
    # 021 NZ NICU: parent's TikTok videos show NHI
    """Heads up team — baby [[PT:Lupe]]'s mum ([[REL:Ana Tuipulotu]]) has been posting NICU videos on TikTok ([[HANDLE:@ana.tuipulotu_]]). Last night's one ([[URL:https://www.tiktok.com/@ana.tuipulotu_/video/7381126654410227201]]) shows the whiteboard in Nursery 2 with other babies' names, and [[PT:Lupe]]'s cot card with her NHI ([[MRN:QRT8842]]) readable. Not blaming her at all — she's 2 hours from home in [[TOWN:Kaikohe]] and the videos are how the family in [[PLACE:Vava'u]] see the baby.

@sarah.nicu.cnm could you have a gentle chat with her today about angles? And Hemi, can we get a privacy cover for the board? Thanks.""",
    # 022 Navi Mumbai private hospital discharge summary, Kawasaki disease
    """[[FAC:Shree Siddhivinayak Children's Hospital]]
[[STREET:Plot 14, Sector 9]], [[PLACE:Vashi]], [[TOWN:Navi Mumbai]] – [[ZIP:400703]]   Tel: [[PHONE:022 5550 1180]]   Fax: [[FAX:022 5550 1181]]

DISCHARGE SUMMARY
Name: Master [[PT:Reyansh Nitin Kulkarni]]     Age/Sex: 3 Y / M
UHID: [[MRN:SSCH/24/06613]]     Bed: PICU-4
DOA: [[DATE:14-Aug-2024]]     DOD: [[DATE:19-Aug-2024]]
Consultant: Dr [[HCP:Anjali Deshmukh]], MD (Paed), Reg. No. [[LIC:MMC-2011/05/1832]]
Father: [[REL:Nitin Kulkarni]]   Mob: [[PHONE:98200 55134]]

Final diagnosis: Kawasaki disease (complete), IVIG-responsive; coronary dilatation (z-score < 2.5)
History: Fever 6 days, bilateral non-purulent conjunctival injection, strawberry tongue, cracked lips, polymorphous rash, right cervical node 2 cm, oedema of hands. Treated outside with azithromycin and cefixime without response.
Investigations: Hb 9.8, TLC 18,400, platelets 4.9 lakh (day 8), CRP 112, ESR 88, albumin 2.9, ALT 74, urine 8–10 pus cells (sterile).
2D Echo ([[DATE:15/08/24]]): LMCA 2.6 mm (z +1.8), LAD 2.4 mm (z +2.3), no aneurysm, no effusion.
Treatment: IVIG 2 g/kg over 12 h the same day; afebrile within 24 h. Aspirin 30 mg/kg/d, reduced to 5 mg/kg/d after 48 h afebrile.
Advice on discharge: Tab Aspirin 75 mg OD (Ecosprin), avoid ibuprofen; no live vaccines (MMR, varicella) for 11 months after IVIG.
Follow-up: OPD on [[DATE:26/08/2024]] with CBC, platelet count, ESR; repeat echo at 6 weeks.
Insurance policy no.: [[PLAN:P/161211/01/2024/008812]]     TPA claim ref.: [[ACCT:CLM-0824-77103]]
Final bill no.: [[ACCT:SSCH/IPB/24/3391]]""",
    # 023 Peshawar reply, measles pneumonia in refugee camp
    """@Zainab measles pneumonia in that camp is everywhere rn. our 2y [[PT:gul bano]] from [[PLACE:jalozai]] camp [[PLACE:block D-7]], sick since [[DATE:2 nov]], on O2 day 4, vit A given x2. PoR card [[ID:PoR-0041-228719]] so no issue with the free ward. dad [[REL:sher khan]] wants LAMA bcoz of the harvest in [[TOWN:nowshera]]""",
    # 024 Sri Lanka MOH referral letter, GDM
    """Referral letter from the PHM clinic, GDM — sharing because the OGTT cut-offs they used differ from ours.

Office of the Medical Officer of Health, [[PLACE:Pannala]]
[[DATE:2024.09.03]]

To: VOG, [[FAC:Base Hospital Kuliyapitiya]] — Antenatal Clinic

Name: [[PT:W.M. Dilrukshi Kumari Wijesinghe]]     Age: 29     POA: 26 wks
Address: [[STREET:No. 45/2, Pansala Para]], [[TOWN:Makandura]], [[PLACE:Pannala]]
NIC: [[SSN:957453318V]]     Pregnancy Record (H 512) No.: [[ID:PNL/1187/24]]
PHM: [[HCP:Chandrika Herath]]
G2P1, previous LSCS ([[YEAR:2021]]) for fetal distress, baby 3.9 kg.
OGTT ([[DATE:2024.08.30]]) — FBS 98, 2 h 168 mg/dl
BMI 31. Family h/o diabetes (mother).
Kindly evaluate and manage for GDM.
Dr [[HCP:S. Jayawardena]], MOH

The BH uses IADPSG (2 h ≥153) so she qualifies both ways; question is MNT first vs metformin straight away at 26 wk.""",
    # 025 Hanoi NICU handover, English for rotating fellows
    """NICU handover 19h, [[DATE:Thứ Ba 3/12]] — in English for the rotating fellows.

G1 — Con bà [[REL:Đỗ Thị Hạnh]] (mã BN [[MRN:2412003317]]), 27 wk, 900 g, day 4. SIMV → HFOV last night, now MAP 12, FiO2 0.4. Echo: PDA 2.4 mm L→R, ibuprofen course 2/3. Mother still at [[FAC:Bệnh viện Phụ sản Sông Hồng]]; father [[REL:Vũ Văn Quang]] [[PHONE:0986 555 013]].
G2 — [[PT:Nguyễn Hoàng Bảo Anh]], term, HIE grade II, cooling day 2 (started [[DATE:1/12]] 23:40), aEEG discontinuous normal voltage, no seizures since morning. Born at [[FAC:Trạm Y tế xã Vân Nội]] — 90 min delay before transport.
G5 — Con bà [[REL:Lò Thị Mai]] from huyện [[COUNTY:Mộc Châu]], Sơn La, 34 wk, NEC IIa, NPO day 3, TPN, abdo X-ray 6-hourly, stable. Family speaks Thái; interpreting via Zalo by uncle [[REL:Lò Văn Tường]] [[PHONE:0349 555 012]].

To do: cranial US G1 tomorrow; ROP G1 at 31 wk.
BS. [[HCP:Trịnh Thu Hà]] → BS. [[HCP:Đặng Quốc Việt]]""",
    # 026 Indonesian OB WhatsApp group, PPH referral from private midwife
    """Grup POGI cabang — diskusi kasus HPP tadi malam (key point in English at the end):

[21.07] dr. Hendra SpOG: Rujukan dari BPM Bidan [[HCP:Endang Purwati]]: Ny. [[PT:Sri Wahyuni]], 34 th, P4A0, HPP 1 jam pp, perdarahan ±1000 cc, plasenta lahir lengkap, kontraksi lembek. Oksitosin 20 IU drip sudah.
[21.09] dr. Hendra SpOG: alamat Dusun [[PLACE:Krajan]] [[PLACE:RT 03/RW 05]], Desa [[PLACE:Sumberejo]], Kec. [[PLACE:Semin]], [[COUNTY:Gunungkidul]] — 55 menit ke RS kita
[21.10] dr. Ayu Lestari SpOG: KBI/KBE kalau bisa, kondom kateter. Misoprostol 800 rektal kalau ada. TXA 1 g!
[21.12] dr. Hendra SpOG: Bidan sudah KBE, TXA tidak ada di BPM. Ambulans desa berangkat, sopir Pak [[REL:Sugeng]] [[PHONE:0878-3955-0142]]
[22.05] dr. Ayu Lestari SpOG: Tiba di [[FAC:RS Bhakti Husada Playen]]. TD 80/50, Hb 6,2. Kondom kateter terpasang, perdarahan berkurang. Transfusi 2 kolf. No. RM [[MRN:23.41.87]], BPJS [[PLAN:0001734882914]].
[23.40] dr. Hendra SpOG: Alhamdulillah stabil. Suami Pak [[REL:Tukiman]] minta maaf telat berangkat karena menunggu mertua 🙏

Key point: no TXA at the private midwife practice, and a 55-minute drive. Should TXA be on every BPM's PPH kit?""",
    # 027 Rajasthan facility-based maternal death review form
    """FBMDR (Facility Based Maternal Death Review) — case summary form filled today, posting for the district review meeting checklist:

1. Name of deceased: [[PT:Santosh Kanwar]]     W/o: [[REL:Bhanwar Singh]]
2. Age: 27     Parity: G4P3L2
3. Address: Village [[TOWN:Bhadana]], Tehsil [[PLACE:Khinvsar]], District [[COUNTY:Nagaur]]
4. Date & time of admission: [[DATE:23/05/2024]] 10:40 PM
5. Date & time of death: [[DATE:24/05/2024]] 03:15 AM
6. Place of death: [[FAC:Zila Mahila Chikitsalaya Nagaur]], labour room
7. Referred from: [[FAC:CHC Khinvsar]] at 8:10 PM, by 108 ambulance (vehicle no. [[PLATE:RJ 21 PA 3418]])
8. Cause of death: PPH (atonic) after home delivery → haemorrhagic shock
9. Delays: Type 1 — family waited for mother-in-law's decision; Type 2 — ambulance took 1 h 20 min; Type 3 — blood available after 90 min (only 1 unit B+)
10. Jan Aadhaar no.: [[PLAN:JA-1047-2281-55]]
11. ASHA: [[HCP:Kamla Meghwal]]
12. Form filled by: Dr [[HCP:Vikram Singh Rathore]] (MO i/c)
13. Baby: girl, 2.6 kg, alive, with grandmother [[REL:Dhapu Devi]] — admitted to SNCU (reg. [[MRN:SNCU/NGR/24/1188]])""",
    # 028 Sabah, newborn delivered on a pump boat, stateless family
    """Sharing a transfer from last week — pretty typical for us.

Baby boy of [[REL:Nurhaliza]], 19, Bajau Laut, born on a pump boat between Pulau [[PLACE:Bum Bum]] and the jetty at [[TOWN:Semporna]] at ~03:00 on [[DATE:18 Julai]]. Cord cut with a fishing knife. Arrived at [[FAC:Klinik Kesihatan Bangau-Bangau]] at 05:30: temp 34.9, RBS 1.8, weight 1.9 kg on the clinic scale.

Warmed skin-to-skin in a sarong + plastic wrap, D10 2 ml/kg via UVC by our MO Dr [[HCP:Farah Diyana]], then road ambulance 110 km to [[FAC:Hospital Pantai Timur]].

Mother has an IMM13 pass only ([[ID:IMM13/SPN/0048271]]), so the deposit issue again: RM 500 for non-citizens, receipt [[ACCT:HPT-DEP-240718-0093]]. Father [[REL:Jamal bin Hassan]] sells fish at the market, reachable on [[PHONE:019-555 0138]] (his cousin's phone).

Baby now 5 days, off IV fluids, on EBM, cord care + tetanus prophylaxis done. Mother has never had a vaccine. Anyone in Sabah with a working arrangement for deposit waivers?""",
    # 029 Samoa district hospital referral letter, infant with VSD
    """[[FAC:Safotu District Hospital]]
[[PLACE:Savai'i]]
[[DATE:3 April 2025]]

The Paediatric Registrar
[[FAC:Motootua National Hospital]]
[[TOWN:Apia]]

Re: [[PT:Faleolo Sefo Tuala]], DOB [[DATE:12/08/2024]]

Thank you for seeing this 7-month-old boy with failure to thrive (weight 5.4 kg) and a loud pansystolic murmur, sats 94% in air. I suspect a large VSD. He was listed for the visiting cardiac team in [[DATE:October 2024]] but the family missed the ferry from [[TOWN:Salelologa]] to [[TOWN:Mulifanua]].

Mother [[REL:Lagi Tuala]] ([[PHONE:+685 7555 012]]) is worried about staying in [[TOWN:Apia]]. The boy's grandfather, [[REL:Leota Vaifale Tuala]], who is [[AGE:92]], is the matai and would like to be consulted on any decision about surgery overseas.

Fa'afetai,
Dr [[HCP:Tuilagi Peniamina]], Medical Officer""",
    # 030 NZ one-liner, call back a parent
    """pls can someone ring [[REL:Tania]] (mum of [[PT:Te Ariki Kereama]], bed 6) on [[PHONE:021 555 0144]] re CRP result before 5 — she's on shift at [[FAC:Ōtara Fresh Mart]] and can't answer after that. ta""",
    # 031 Rohingya camp measles line list
    """Line list — suspected measles, week ending [[DATE:12 Oct 2024]], [[FAC:Balukhali Field Hospital]] paediatric IPD. For the cluster discussion with the EPI team.

# | Name | Age | Sex | Camp / Block | FCN | Onset | MR doses | Status
1 | [[PT:Noor Kaida]] | 2 y | F | [[PLACE:Camp 15]] / [[PLACE:C-4]] | [[ID:178204]] | [[DATE:03/10]] | 0 | admitted, pneumonia, O2
2 | [[PT:Mohammed Yunus]] | 11 m | M | [[PLACE:Camp 15]] / [[PLACE:C-4]] | [[ID:178204]] | [[DATE:06/10]] | 0 | admitted, diarrhoea
3 | [[PT:Abdul Hamid]] | 8 m | M | [[PLACE:Camp 14]] / [[PLACE:B-2]] | [[ID:166013]] | [[DATE:08/10]] | 0 | died [[DATE:10/10]], pneumonia

Index case probably #1 — her father [[REL:Mohammed Alam]] works as a day labourer at the [[PLACE:Kutupalong]] market and moves between camps. IgM samples sent [[DATE:10 Oct]].""",
    # 032 UP snakebite phone-typed SOS
    """12 yr boy [[PT:ankit]] krait bite prob, sleeping on floor, [[TOWN:sikandrapur]] [[COUNTY:ballia]], came 6 hr later ptosis + resp distress, no vent here at [[FAC:CHC sikandrapur]]. gave 10 vials ASV, neostigmine not helping. ambu bagging by father [[REL:ramesh]] 😢 anyone near who can take him?? reply fast""",
    # 033 Davao newborn discharge summary, G6PD on newborn screening
    """[[FAC:Davao Gulf Medical Center]] — Department of Pediatrics, Section of Neonatology
NEWBORN DISCHARGE SUMMARY

Name: Baby Boy [[PT:MANALASTAS]]     Hospital No.: [[MRN:DGMC-NB-25-00219]]
Mother: [[REL:Kristine Joy Manalastas]], 26, G1P1
Address: [[STREET:Blk 7 Lot 22, Phase 2]], [[PLACE:Villa Verde Subdivision]], Brgy. [[PLACE:Mintal]], [[TOWN:Davao City]] [[ZIP:8022]]
DOB: [[DATE:January 8, 2025]] 04:32     Discharged: [[DATE:January 12, 2025]]
BW 3,040 g, AOG 38 6/7 by Ballard. Apgar 8,9.
PhilHealth (mother's, newborn care package): [[PLAN:16-050418822-1]]
Newborn screening: filter card no. [[ID:2501-0087731]], collected [[DATE:01/09/2025]] 06:00 — result ([[DATE:01/11/2025]]): G6PD deficiency (positive), rest of ENBS panel normal. Confirmatory quantitative G6PD requested.
Hearing screen (OAE): passed both ears. Hep B birth dose + BCG given.
Counselling: G6PD list given (no naphthalene mothballs, no fava beans, avoid sulfa, nitrofurantoin, primaquine).
Follow-up: Dr [[HCP:Cristina Abellanosa]], Pedia OPD, 1 week.
Prepared by: [[HCP:Paolo Santiago]], MD — Pedia Resident""",
    # 034 Gujranwala HPLC reports, cousin couple both carriers
    """Premarital screening — cousin couple came with these reports asking if they can go ahead, wedding next month. Both HPLC below.

[[FAC:Al-Shifa Diagnostic Lab]], [[STREET:Main GT Road]], [[TOWN:Gujranwala]]
Patient: [[PT:Hamid Raza]]   Age/Sex: 24 Y / M   MR No.: [[MRN:ASD-240811-033]]   CNIC: [[SSN:34101-2255781-3]]
Reported: [[DATE:12-Aug-2024]]
Hb 12.9, MCV 64.8, MCH 20.1, RBC 6.1
HPLC: HbA2 5.6%, HbF 1.1% — consistent with beta thalassaemia trait.

Patient: [[PT:Iqra Bibi]]   Age/Sex: 21 Y / F   MR No.: [[MRN:ASD-240811-034]]   CNIC: [[SSN:34101-7719021-6]]
Hb 10.8, MCV 66.2, MCH 21.0, RBC 5.4
HPLC: HbA2 5.1%, HbF 0.9% — consistent with beta thalassaemia trait.
Verified by: Dr [[HCP:Ayesha Naeem]], Consultant Haematologist (PMDC [[LIC:41822-P]])

So both carriers, 25% risk of thal major with each pregnancy. They are first cousins (her father [[REL:Ghulam Murtaza]] and his mother [[REL:Sakina Bibi]] are siblings). Nearest CVS service is in [[TOWN:Lahore]] at [[FAC:Mehran Fetal Medicine Unit]]. How do you counsel when the families have already fixed the date?""",
    # 035 Thai parent's e-mail, early breast development
    """A parent e-mailed me directly (I've asked her to use the clinic line, but…). Posting the clinical bit — 7-year-old with breast buds. Thoughts?

From: [[EMAIL:ploy.srisuk1988@mailbox.co.th]]
Sent: [[DATE:Wednesday, 12 June 2024]] 22:41
Subject: ลูกสาว น้อง[[PT:ใบเตย]]

Dear Doctor,
My daughter Nong [[PT:Baitoey]] (ด.ญ. [[PT:ณัฐธิดา ศรีสุข]], HN [[MRN:6523118]]) is 7 years 2 months. Since about 5 month I notice her breast is bigger both side and she grow taller very fast (4 cm in 5 month). My mother says it is because she eat chicken with hormone. Teacher at [[FAC:Anuban Ratchaphruek School]] also notice. Can we come before our appointment on [[DATE:8 July]]? You can call me [[PHONE:089-555-0173]] or LINE ID [[HANDLE:ploy.srisuk]].
Thank you,
[[REL:Ploy Srisuk]] (mother)""",
    # 036 Port Moresby paediatric ward round list
    """Ward 3B (Paeds) — Sunday ward round list, [[DATE:8/9/24]]. RMO: Dr [[HCP:Naomi Kila]], on-call pager [[PAGER:226]]

1. [[PT:Junior Kaupa]] 2y M, [[PLACE:Gerehu Stage 2]] — severe pneumonia + SAM day 3, O2 2 L, F-75.
2. [[PT:Lucy Temu]] 6y F, [[TOWN:Bereina]], [[COUNTY:Kairuku]] — TB meningitis stage II, day 14 RHZE + pred, GCS 14.
3. B/O [[REL:Mary Tau]] 3 wk — late-onset sepsis, CSF clear, amp/gent day 5.
4. [[PT:Kelly Gabi]] 11y M, [[PLACE:Hohola]] — rheumatic carditis, severe MR, on frusemide; BPG given [[DATE:5/9]]; echo booked with Dr [[HCP:Kapi Nali]].
5. [[PT:Mercy Ipa]] 8m F, from [[TOWN:Kerema]] — Pf malaria + severe anaemia, Hb 4.1, transfused [[DATE:7/9]].

Discharges today: bed 3 if CRP down.""",
    # 037 Nepal rabies PEP question, phone-typed
    """dai quick q — 6 yr girl [[PT:sushma]] from [[TOWN:pokhara-27]], street dog bite face + scalp (cat III) on [[DATE:asar 3]], came only today (day 4) bcoz family went to the dhami-jhakri first 🙄. RIG not available at [[FAC:Phewa Children's Hospital]], ERIG only. do we still infiltrate at day 4 or skip? ARV started ID schedule. father [[REL:Hari Bahadur Gurung]] says they can go to [[TOWN:ktm]] if needed""",
    # 038 Assam tea garden, severe anaemia with heart failure in pregnancy
    """Tea garden hospital in Assam — sharing an anaemia + heart failure case in a 2nd trimester worker.

[[PT:Sumitra Munda]], 22, G3P2, 24 wk, plucker at [[FAC:Dhelakhat Tea Estate]] (worker no. [[ID:DTE/PL/3317]]), lives in [[PLACE:No. 4 Line]], [[FAC:Dhelakhat T.E.]], [[COUNTY:Dibrugarh]] [[ZIP:786010]].

Presented [[DATE:9 Sept]] to the garden hospital: breathless NYHA III, Hb 4.6, MCV 58, pedal oedema, HR 128. Smear microcytic hypochromic with a few target cells; sickling negative. Hookworm is everywhere in the lines.
Garden MO Dr [[HCP:Pranjal Gogoi]] referred her to [[FAC:Brahmaputra Valley Medical College]], but husband [[REL:Sanjay Munda]] refused — [[REL:Sanjay]] is also a garden worker and loses the day's haziri if he goes.
We gave 2 units PRBC slowly with frusemide, then FCM 500 mg twice, a week apart. Hb on [[DATE:25/9]] 8.9. Albendazole for the whole family.
PM-JAY card [[PLAN:AB-PMJAY-98021447810]] — the garden hospital isn't empanelled, so it only helps if she goes to the district.""",
    # 039 Fiji obstetric anomaly scan report, suspected TOF
    """DEPARTMENT OF RADIOLOGY — [[FAC:Sigatoka Valley Hospital]]
OBSTETRIC ULTRASOUND (second-trimester anomaly scan)
Patient: [[PT:Shalini Devi Prasad]]   DOB: [[DATE:21/11/1998]]   Hosp. No.: [[MRN:SVH 0337419]]
Exam date: [[DATE:02/05/2025]]   LMP: [[DATE:17/12/2024]]   GA by LMP: 19+4
Findings: Single live intrauterine fetus, cephalic. BPD, HC, AC, FL consistent with 19+2 wk. Placenta posterior fundal, not low-lying. Liquor normal.
Heart: four-chamber view shows a large outlet VSD; aorta appears to override the septum; RVOT narrow.
Impression: Suspected conotruncal anomaly, ?tetralogy of Fallot. Fetal echocardiography recommended — refer to [[FAC:Suva Maternal-Fetal Unit]].
Reported by: Dr [[HCP:Mereoni Naivalu]], Radiologist

[[PT:Shalini]] lives in [[TOWN:Cuvu]] with her in-laws; husband [[REL:Ronil Prasad]] drives a cane truck and can only take her to [[TOWN:Suva]] on Sundays during the crushing season. Any way to get a fetal echo done sooner?""",
    # 040 Ho Chi Minh City vaccine catch-up query via Zalo
    """Vaccine question from a mum on Zalo ([[PHONE:0903 555 014]]): bé [[PT:Bảo Trâm]], 14 months (sinh [[DATE:05/09/2023]]), had 6-in-1 doses 1 and 2 at [[FAC:Trung tâm Tiêm chủng Phúc An]] ([[DATE:07/11/2023]], [[DATE:12/01/2024]]), then the family moved to phường [[PLACE:Tân Thới Hiệp]], [[COUNTY:Quận 12]] and she missed dose 3 + MMR.

I told her no need to restart — 6-in-1 #3 now, MMR now, booster at 18 months. Just confirming: Hexaxim and Infanrix Hexa interchangeable for dose 3?""",
    # 041 Kelantan voice-typed dictation, G6PD neonatal jaundice
    """(dictated, voice-typed — excuse the errors)

this is doctor [[HCP:mohd faizal hamzah]] paediatric medical officer [[FAC:hospital tanah merah baru]] dictating a referral on the [[DATE:twenty third of march twenty twenty five]] full stop. patient is baby [[PT:nur aisyah humaira binti mohd zaki]] comma hospital number [[MRN:k b one one zero two three three seven]] comma a five day old term baby girl from kampung [[TOWN:bechah menerong]] in the district of [[COUNTY:tumpat]] full stop. G six PD deficient on cord blood screening comma presented today with jaundice comma serum bilirubin four hundred and twelve micromoles per litre at day five full stop. mother [[REL:wan nor azizah binti wan ismail]] had been keeping kapur barus with the baby clothes and giving ubat akar kayu full stop. requesting exchange transfusion at [[FAC:hospital kota bharu utama]] full stop. please contact father [[REL:mohd zaki bin yusof]] at [[PHONE:zero one nine five five five zero one two two]] full stop. end of dictation.
typed by [[HCP:siti khadijah]], [[DATE:24/3/25]]""",
    # 042 NZ paediatrician letter to GP, ARF and RHD secondary prophylaxis
    """[[FAC:Te Tai Tokerau Children's Health]]

[[DATE:28 February 2025]]

Dr [[HCP:Peter Morunga]]
[[FAC:Kaitaia Health Hub]]

Dear [[HCP:Peter]],

Re: [[PT:Kauri Te Whata]], DOB [[DATE:09/04/2012]], NHI [[MRN:MBC6631]]
[[STREET:1160 State Highway 10]], [[TOWN:Awanui]]

Diagnoses:
1. Acute rheumatic fever, definite (2015 revised Jones criteria: carditis, polyarthritis, raised ESR, elevated ASOT) — [[DATE:January 2025]]
2. Rheumatic heart disease — moderate mitral regurgitation, mild aortic regurgitation

Thank you for taking over [[PT:Kauri]]'s care. He had scarlet fever in [[YEAR:2019]], and no throat swabs since.

Plan:
- Benzathine penicillin G 1.2 million units IM every 28 days for a minimum of 10 years or until age 21, whichever is longer. Next due [[DATE:2 March 2025]].
- Injections by the rheumatic fever nurse [[HCP:Huia Paraone]] ([[PHONE:027 555 0186]]) at home or at school.
- Registered on the rheumatic fever register, ID [[ID:NRF-2025-0147]].
- Echo in 6 months with Dr [[HCP:Anna Liu]], paediatric cardiologist, at her outreach clinic.

Whānau: lives with his mother [[REL:Miriama Te Whata]] ([[PHONE:022 555 0107]]) and four siblings; the two youngest had throat swabs — both negative.

Ngā mihi,
Dr [[HCP:Catherine Hōhaia]]
Consultant Paediatrician
Ph [[PHONE:09 555 0130]] · Fax [[FAX:09 555 0131]] · [[EMAIL:catherine.hohaia@tttch.health.nz]]""",
    # 043 Delhi high-risk newborn follow-up, BPD on home oxygen
    """High-risk newborn follow-up clinic today. Ex-26-weeker with BPD on home O2 — ideas on weaning please.

[[PT:Kabir Saini]], corrected age 5 mo (born [[DATE:14/06/2024]] at 26+3 wk, 780 g), NICU stay 112 days, follow-up no. [[MRN:HRFU/24/0391]].
Home oxygen: 5 L concentrator SN [[DEVICE:OC5-2207-18844]] rented from [[FAC:Shiv Medical Agencies]] (₹4,500/month) + backup cylinder. Pulse oximeter SN [[DEVICE:PX-100A-0921733]] (donated).
Currently 0.5 L/min NC, sats 93–95% awake, 88–90% asleep. Weight 4.9 kg (<3rd centile).
ROP: stage 3 zone II plus, laser both eyes [[DATE:02/08/2024]], regressed.
Home: father [[REL:Deepak Saini]] drives an e-rickshaw, mother [[REL:Pooja]] is home with him; one room on the 3rd floor at [[STREET:RZ-44/7, Gali No. 3]], [[PLACE:Mohan Garden]], [[TOWN:New Delhi]] [[ZIP:110059]]. Power cuts 2–3 h a day stop the concentrator; neighbours burn wood in winter.""",
    # 044 eSanjeevani teleconsult session log with IP addresses
    """Teleconsult glitch — the session log the hub sent after the call dropped twice. Anyone else seeing this with spokes in the hills?

eSanjeevani AB-HWC — Consultation Summary (hub-and-spoke)
Consultation ID: [[ID:ESJ-HP-2409-7731885]]
Date: [[DATE:19-09-2024]]   Start 11:02   End 11:31
Spoke: [[FAC:AB-HWC Kothi]], [[PLACE:Banjar]] block, [[COUNTY:Kullu]]
Spoke user: CHO [[HCP:Neelam Thakur]]
Hub doctor: Dr [[HCP:Rohit Verma]] (Paediatrics), [[FAC:Regional Hospital Kullu]]
Patient: [[PT:Tanvi]], 4 y F   ABHA: [[MRN:91-4472-8830-1165]]
Mother: [[REL:Kanta Devi]]   Mobile: [[PHONE:98160 55419]]
Chief complaint: fever 4 days, rash, swollen hands/feet, red eyes
Advice: ?Kawasaki vs scarlet fever — refer to DH for CBC, CRP, echo
Network log: spoke IP [[IP:10.44.218.37]] / public [[IP:203.0.113.58]]; dropouts at 11:09 and 11:17 (packet loss 38%)
Recording link (valid 7 days): [[URL:https://esanj-recordings.hp.example/r/7731885]]

She reached the DH next day: Kawasaki confirmed, IVIG given. The drops cost us 15 minutes.""",
    # 045 Indonesian fundraising post, biliary atresia
    """No clinical question — sharing with the family's permission. Baby [[PT:Kenzo]] (ours, biliary atresia, Kasai failed at 10 weeks, born [[DATE:14 Mei 2024]]) needs a liver transplant and the family has started a kitabisa campaign: [[URL:https://kitabisa.com/campaign/bantukenzosembuh]] — mum [[REL:Dewi Anggraini]] posts updates on IG [[HANDLE:@dewi.anggra_kenzo]]. Evaluation is at [[FAC:RS Harapan Sehat]], father [[REL:Rizky Pratama]] is the likely donor (blood group compatible). BPJS ([[PLAN:0001982340017]]) covers part. They live in Kelurahan [[PLACE:Tembok Dukuh]], [[TOWN:Surabaya]]. If anyone knows the LDLT coordinator there, please DM.""",
    # 046 Islamabad medicolegal certificate, child pedestrian RTA
    """Medicolegal — child pedestrian RTA, police asked for vehicle details on the form. Pasting what the ER entered (please check the MLC wording):

MLC No.: [[ID:MLC/ER/2024/4418]]     Date/time: [[DATE:27-06-2024]] 19:40
Injured: [[PT:Ali Hassan]] s/o [[REL:Muhammad Naveed]], 9 y, M
Address: [[STREET:House 118, Street 7]], [[PLACE:Ghauri Town Phase 4-A]], [[TOWN:Islamabad]]
Brought by: father, CNIC [[SSN:61101-8873412-5]], mob [[PHONE:0333-5550182]]
History: hit by a car while crossing [[STREET:Kashmir Highway]] near the [[PLACE:G-11]] signal
Offending vehicle: Toyota Corolla, reg. no. [[PLATE:LEB-19-4471]], chassis no. [[VIN:JTNBV58E30J118842]]
Driver: [[REL:Kamran Yousaf]] (taken into custody by [[FAC:Police Station Golra]])
Injuries: GCS 13, scalp laceration 4 cm, closed # R femur shaft, abrasions. CT head: small L frontal contusion.
Examined by: Dr [[HCP:Faisal Iqbal]], CMO""",
    # 047 Philippine reply, dengue admission, Taglish
    """@Bea yes po, same sa amin — our 4 y/o [[PT:Jomar]] from Brgy. [[PLACE:Bagong Silang]], [[TOWN:Caloocan]], dengue day 4, plt 45k, admitted [[DATE:Hulyo 22]]. mama niya nurse din sa [[FAC:North Caloocan Lying-In]] kaya alam agad ang warning signs""",
    # 048 Punjab (India) medicolegal report, pregnant minor
    """Difficult one from casualty last night — 15-year-old, pregnant, mandatory POCSO reporting, family angry. MLR particulars (will delete after the CME):

MLR No.: [[ID:MLR/GH-BTI/2024/0672]]
Name: [[PT:Harpreet Kaur]]   D/o [[REL:Gurmeet Singh]]   Age: 15 y (school certificate, DOB [[DATE:06.03.2009]])
Address: VPO [[TOWN:Kotshamir]], Teh. & Distt. [[COUNTY:Bathinda]]
School: [[FAC:Govt. Sr. Sec. School Kotshamir]]
Brought by: mother [[REL:Balwinder Kaur]] and a lady constable from [[FAC:PS Sadar Bathinda]]
Findings: ~20 wk gravid uterus on USG ([[DATE:14.08.2024]]); FHR present; Hb 9.0
Police informed the same night; Child Welfare Committee informed [[DATE:15.08.2024]]; One Stop Centre counsellor [[HCP:Navneet Brar]] saw her.
Examined by: Dr [[HCP:Manpreet Sidhu]] (Gynae MO) with female attendant""",
    # 049 NZ birthing suite sign-out list
    """Birthing Suite sign-out 2030, [[DATE:Sat 15/03]] — for @kiri.mw and the night reg

Rm 1 — [[PT:Salote Fifita]], 28, G4P3, 39+2, IOL for GDM on insulin, ARM 1600, synto 12 mU/min, 5 cm at 1900. FSE. Tongan interpreter by phone. Husband [[REL:Viliami]] present. NHI [[MRN:TKW4480]].
Rm 3 — [[PT:Moana Herewini]], 19, G1, 41+1, spont labour, epidural, 8 cm, CTG normal. LMC midwife [[HCP:Jo Patterson]] ([[PHONE:021 555 0198]]) coming in for the birth.
Rm 4 — [[PT:Faith Aumua]], 33, G2P1 VBAC, 38 wk, SROM clear 1400, not contracting — synto at 0800 if no labour. Lives in [[TOWN:Pukekohe]].
Rm 7 — [[PT:Teuila Matagi]], 24, 32+5, PPROM at 31, latency antibiotics day 6, steroids complete [[DATE:09/03]], Mg neuroprotection if she labours. NICU aware (Dr [[HCP:Sione Havili]]).

On-call anaesthetist pager tonight [[PAGER:0447]].""",
    # 050 Kathmandu neonatal cranial ultrasound report
    """[[FAC:Lalitpur Shishu Sewa Hospital]] — Department of Radiology
NEONATAL CRANIAL ULTRASOUND
Name: B/O [[REL:Sarita Maharjan]]   Sex: M   Reg. No.: [[MRN:LSSH-2081-11237]]
DOB: [[DATE:2081/08/03]] BS ([[DATE:18 Nov 2024]])   GA 30 wk   Exam: [[DATE:2081/08/10]] BS, day 7
Findings: Bilateral germinal matrix haemorrhage — grade II on the left (Papile), grade I on the right. Ventricles not dilated (VI below 97th centile, Levene). No PVL. Midline structures normal.
Impression: Bilateral GMH-IVH (L grade II, R grade I). Suggest repeat at day 14 and at term-equivalent age.
Reported by: Dr [[HCP:Sujan Shrestha]], MD Radiodiagnosis (NMC [[LIC:9821]])

Mother is from [[TOWN:Khokana]] and keeps asking whether he will walk. How do you all counsel for grade II?""",
    # 051 Mae Sot migrant baby, birth registration and vaccines
    """[[TOWN:Mae Sot]] folks — a Myanmar mum brought her baby to our vaccine clinic with only a handwritten birth notification from a clinic; the district office wants a hospital birth certificate (ท.ร.1/1) before they register the birth. Details:

Baby: [[PT:Hnin Ei Phyu]], F, born [[DATE:3 Feb 2025]] at [[FAC:Moei River Migrant Clinic]], notification no. [[ID:MRMC-BN-25/0218]]
Mother: Ma [[REL:Thandar Aye]], 23, pink card [[ID:0-0063-40221-71-4]]
Father: Ko [[REL:Zaw Min Htet]], works at [[FAC:Thai-Myanmar Garment Co.]]
Address: [[STREET:55/12 Moo 3]], Tambon [[PLACE:Tha Sai Luat]], Amphoe [[COUNTY:Mae Sot]], Tak [[ZIP:63110]]
Phone: [[PHONE:098-555-0155]]

BCG and HepB birth dose were given at the clinic on [[DATE:4 Feb]]; today she had OPV1/IPV/DTP-HB-Hib 1. Does anyone know which form the amphoe will accept from a clinic?""",
    # 052 Rangpur referral letter to Dhaka, suspected bilateral retinoblastoma
    """Referral letter I'm sending today — posting in case someone at the receiving end is on this group and can help with the admission.

[[FAC:Ghaghat Children's Hospital]]
[[STREET:House 22, Road 4]], [[PLACE:Dhap]], [[TOWN:Rangpur]] [[ZIP:5400]]
Ref: [[ID:GCH/OPD/24/389]]                                   Date: [[DATE:17.10.2024]]

To
Professor [[HCP:Nasrin Sultana]]
Paediatric Haematology & Oncology
[[FAC:Dhaka Shishu Cancer Institute]]

Subject: Referral of [[PT:Sumaiya Akter]], 2 y 8 m, with suspected bilateral retinoblastoma

Dear Madam,
I am referring [[PT:Sumaiya]], daughter of [[REL:Md. Shahidul Islam]] (day labourer) and [[REL:Rupali Begum]], of village [[TOWN:Boro Khata]], upazila [[PLACE:Hatibandha]], district [[COUNTY:Lalmonirhat]]. Her mother noticed a "white shine" in the right eye in photographs taken at a cousin's wedding on [[DATE:22 August]].
On examination: leukocoria and strabismus right eye, RAPD right. Fundus under sedation (ophthalmology): large white mass with calcification right, small peripheral lesion left. CT orbits: calcified intraocular mass right, no optic nerve thickening, no intracranial extension.
The family has limited means; the only other adult at home is the paternal great-grandmother, aged [[AGE:94]]. Father's mobile (bKash): [[PHONE:01712-555038]]. Hospital ID here: [[MRN:GCH-24-11873]].
Thank you for your kind cooperation.

Dr [[HCP:Mahbubur Rahman]]
Consultant Paediatrician, BMDC Reg. [[LIC:A-38127]]
[[EMAIL:mahbub.paeds@ghaghat-ch.org.bd]]""",
]

FREE_NOTES: list[str] = [
    # 053 teaching post: kangaroo mother care and the iKMC trial
    """Kangaroo Mother Care — quick recap for the new PG batch

WHO now recommends KMC starting immediately after birth for all infants <2000 g, including clinically unstable ones, instead of waiting for stabilisation (WHO recommendations for care of the preterm or low-birth-weight infant, 2022).

Key evidence:
- iKMC trial (WHO Immediate KMC Study Group, NEJM 2021;384:2028-38): 3211 infants 1.0–1.799 kg in Ghana, India, Malawi, Nigeria and Tanzania; 28-day mortality 12.0% vs 15.7%, RR 0.75 (95% CI 0.64–0.89). doi:10.1056/NEJMoa2026486
- Cochrane review (Conde-Agudelo & Díaz-Rossello, 2016): KMC vs conventional care — lower mortality at discharge or 40–41 wk, less sepsis and hypothermia.

Practical points:
1. Mother-NICU beds: mother's bed next to the incubator, not a separate KMC ward at the end of the corridor.
2. Minimum 8 h/day to start, aim for 20+.
3. Fathers and grandmothers count! Binder, cap, socks, nappy.
4. Document hours on the KMC chart — the next audit looks at median daily hours.

Guideline PDF: https://www.who.int/publications/i/item/9789240058262""",
    # 054 PPH updates: WOMAN, CHAMPION, E-MOTIVE
    """PPH — what changed in the last few years (for the skills session)

1. TXA within 3 h of birth: 1 g IV over 10 min, second 1 g if bleeding continues after 30 min or restarts within 24 h. WOMAN trial, Lancet 2017;389:2105-16. doi:10.1016/S0140-6736(17)30638-4
2. Heat-stable carbetocin 100 µg IM/IV for prevention where the oxytocin cold chain is unreliable — CHAMPION trial (Widmer M et al., NEJM 2018;379:743-52), non-inferior to oxytocin for blood loss ≥500 ml.
3. E-MOTIVE (Gallos I et al., NEJM 2023;389:11-21): calibrated drape for early detection + bundle (uterine massage, oxytocics, TXA, IV fluids, examination and escalation) — composite of severe PPH, laparotomy or death 1.6% vs 4.3%.
4. Obstetric shock index (HR/SBP) > 0.9 → escalate; > 1.4 → urgent intervention.

Don't forget: NASG for transfer, balloon tamponade (Bakri or condom catheter, the Sayeba method), B-Lynch, uterine artery ligation, and call for help EARLY.
WHO maternal health topic page: https://www.who.int/health-topics/maternal-health""",
    # 055 neonatal jaundice thresholds: AAP 2022, Bhutani
    """NNJ thresholds — AAP 2022 update vs Bhutani nomogram

Quick notes since people keep asking on nights:
- The 2022 AAP guideline (Kemper AR et al., Pediatrics 2022;150:e2022058859) raised phototherapy thresholds and gives separate curves by GA (35 to ≥40 wk) with and without neurotoxicity risk factors (GA <38 wk, albumin <3.0 g/dL, isoimmune haemolytic disease, G6PD deficiency, sepsis, significant clinical instability in the last 24 h).
- The Bhutani nomogram is still useful for risk zones before discharge, but use the AAP curves for treatment.
- Escalation of care: TSB within 2 mg/dL of the exchange line.
- For <35 wk use the NICE CG98 charts or the Maisels table (Maisels MJ et al., J Perinatol 2012).
- G6PD deficiency is common in our population — cord blood screening where available; avoid naphthalene balls and herbal applications.
- Kramer's rule: unreliable in darker skin, don't rely on it.

Conversion: mg/dL × 17.1 = µmol/L.
BiliTool: https://bilitool.org""",
    # 056 MgSO4 regimens
    """MgSO4 regimens — Pritchard vs Zuspan vs the Dhaka regimen

Pritchard (IM): 4 g IV slowly over 5–10 min + 10 g IM (5 g each buttock), then 5 g IM every 4 h in alternate buttocks for 24 h after the last fit or delivery.
Zuspan (IV): 4 g IV over 5–10 min, then 1 g/h infusion for 24 h.
Sibai: 6 g IV load, 2 g/h maintenance.
Dhaka regimen (low dose, Begum et al. 2001): 4 g IV + 6 g IM loading, then 2.5 g IM 4-hourly — for women of smaller body mass.

Before each dose: patellar reflex present, RR > 16/min, urine output > 100 ml in 4 h.
Antidote: calcium gluconate 10% 10 ml IV over 10 min.
Therapeutic Mg 4–7 mEq/L where levels are available (in most district hospitals: clinical monitoring only).
Magpie Trial (Lancet 2002;359:1877-90): halved the risk of eclampsia.
Collaborative Eclampsia Trial (Lancet 1995): MgSO4 better than diazepam and phenytoin.""",
    # 057 journal club thread on ACTION-I
    """Journal club thread — ACTION-I, posting the summary as promised

Anjali Menon: Paper for Friday: WHO ACTION Trials Collaborators. Antenatal dexamethasone for early preterm birth in low-resource countries. NEJM 2020;383:2514-25. doi:10.1056/NEJMoa2022398
Anjali Menon: 2852 women at 26+0 to 33+6 wk in Bangladesh, India, Kenya, Nigeria and Pakistan; dexamethasone 6 mg IM q12h × 4 vs placebo. Neonatal death 19.6% vs 23.5% (RR 0.84), no increase in maternal bacterial infection.
Farhan Qureshi: Important caveat — GA by early ultrasound was required and the hospitals had to meet minimum criteria for preterm newborn care. Not a licence to give steroids everywhere.
Anjali Menon: Yes, contrast with ACT (Althabe F et al., Lancet 2015), where community-level use without GA dating increased mortality in the larger babies.
Lakmini Perera: ACTION-III is looking at late preterm (34–36 wk). Would love to see the stillbirth CI again.
Farhan Qureshi: 👍 I'll bring the forest plots.""",
    # 058 NICU registrar rota swap chat
    """Rota swap thread (NICU registrars)

Tevita Mahe: Anyone able to take my Saturday night? I have the APLS recert on Sunday at 8.
Priyanka Nair: I can if you take my Wednesday long day next week
Tevita Mahe: Deal 🙏 I'll update the rota sheet and tell the CNM.
Ngaio Reweti: Reminder everyone — max 4 consecutive nights under the MECA, check before swapping.
Priyanka Nair: Also whoever is on Friday, the transport cot batteries need charging after the retrieval run; biomed said the spare is out for service.""",
    # 059 dengue in children: WHO 2009 classification
    """Dengue in kids — WHO 2009 classification refresher (we're into the season)

Dengue without warning signs / with warning signs / severe dengue.
Warning signs: abdominal pain or tenderness, persistent vomiting, clinical fluid accumulation, mucosal bleeding, lethargy/restlessness, liver > 2 cm, rising HCT with a rapid fall in platelets.
Critical phase: usually day 3–7, around defervescence.
Compensated shock: crystalloid 5–10 ml/kg/h × 1 h → reassess; if improving, taper 7 → 5 → 3 → 2 ml/kg/h over 24–48 h.
Hypotensive shock: 20 ml/kg bolus over 15 min; colloid if HCT still high after 2 boluses.
Avoid: NSAIDs, IM injections, steroids, routine platelet transfusion.
NS1 day 1–5, IgM from day 5. Tourniquet test sensitivity is poor.
Reference: WHO/TDR, Dengue: guidelines for diagnosis, treatment, prevention and control, 2009. https://iris.who.int/handle/10665/44188""",
    # 060 Kawasaki disease AHA criteria
    """Kawasaki disease — AHA 2017 criteria (McCrindle BW et al., Circulation 2017;135:e927-99)

Fever ≥5 days + ≥4 of 5:
1. Bilateral bulbar conjunctival injection without exudate
2. Oral changes: cracked red lips, strawberry tongue, diffuse injection
3. Polymorphous rash
4. Extremities: erythema/oedema of palms and soles (acute), periungual desquamation (weeks 2–3)
5. Cervical lymphadenopathy ≥1.5 cm, usually unilateral

Incomplete KD: fever ≥5 d + 2–3 criteria → CRP/ESR → if CRP ≥3 mg/dL or ESR ≥40 and ≥3 supplementary labs (albumin ≤3.0, anaemia for age, raised ALT, platelets ≥450k after day 7, WBC ≥15,000, urine ≥10 WBC/hpf) or a positive echo → treat.
Treatment: IVIG 2 g/kg over 10–12 h + aspirin. Consider steroids in high-risk patients (Kobayashi score ≥5 was derived in Japanese children and performs poorly elsewhere).
Z-scores: use one system consistently. Redness at the BCG scar is a useful sign in BCG-vaccinated infants.""",
    # 061 India UIP vs IAP vaccine schedule table
    """India UIP vs IAP schedule — side by side (for the vaccine clinic desk file)

Age | UIP (free) | IAP additional / alternative
Birth | BCG, OPV-0, Hep B-0 | —
6 wk | Penta-1, OPV-1, fIPV-1, RVV-1, PCV-1 | Hexavalent instead of penta + OPV
10 wk | Penta-2, OPV-2, RVV-2 | —
14 wk | Penta-3, OPV-3, fIPV-2, RVV-3, PCV-2 | —
9 mo | MR-1, PCV booster, fIPV-3, JE-1 (endemic districts) | TCV 6–9 mo
12–15 mo | — | Hep A, varicella, MMR-2
16–24 mo | MR-2, DPT-B1, OPV-B, JE-2 | —
5–6 y | DPT-B2 | —
10 y, 16 y | Td | Tdap at 10 y, HPV 9–14 y
Pregnancy | Td-1, Td-2 / booster | Tdap 27–36 wk

Cold chain 2–8 °C; VVM stage 3 or 4 = discard. Open-vial policy applies to liquid vaccines only.""",
    # 062 ARF Jones criteria and secondary prophylaxis
    """ARF — revised Jones criteria (AHA 2015) for moderate/high-risk populations (which includes Māori and Pacific children, Indigenous Australians and most of South Asia)

Major: carditis (clinical or subclinical on echo), arthritis (mono- or polyarthritis, or polyarthralgia), Sydenham chorea, erythema marginatum, subcutaneous nodules.
Minor: monoarthralgia, fever ≥38.0 °C, ESR ≥30 mm/h and/or CRP ≥3.0 mg/dL, prolonged PR interval (age-corrected).
Initial ARF: 2 major, or 1 major + 2 minor, plus evidence of preceding GAS infection.
Secondary prophylaxis: benzathine penicillin G 1.2 MU IM every 28 days (≥20 kg), 600,000 U if <20 kg. Consider 21-day dosing in high-risk patients.
Lignocaine-diluted BPG reduces injection pain (check your local protocol).
Refs: Gewitz MH et al., Circulation 2015;131:1806-18. Heart Foundation of New Zealand ARF guideline, 2014 (updated 2019).""",
    # 063 neonatal normal lab values table
    """Neonatal normal values — the table I keep on my phone (term, first week unless noted)

Test | Normal | Comment
Hb (cord) | 14–20 g/dL | <13 = anaemia
Hct (venous) | 45–65% | >65% polycythaemia
WBC | 9–30 ×10⁹/L | I:T ratio >0.2 suggests sepsis
Platelets | 150–450 ×10⁹/L | <100 investigate
Glucose | ≥2.6 mmol/L (≥47 mg/dL) | operational threshold
Ca (total) | 2.0–2.6 mmol/L | ionised <1.0 = hypocalcaemia
Na | 133–146 mmol/L | —
K | 3.5–6.5 mmol/L | heel-prick samples often haemolysed
Creatinine | reflects maternal value day 1–2 | trend matters
CRP | <10 mg/L | repeat at 24–48 h, don't treat a single value
Lactate | <2 mmol/L | —
TSH (day 3–5 screen) | <20 mIU/L | recall if >20
17-OHP | GA- and BW-dependent cut-offs | false positives in preterm/stressed babies

Sources: Roberton's Textbook of Neonatology; Gomella's Neonatology, 8th ed.""",
    # 064 SNCU score cheat sheet
    """Scores we use in the SNCU — cheat sheet

Downes score (0–10): RR, cyanosis, retractions, grunting, air entry. ≥4 → CPAP; ≥8 → impending respiratory failure.
Silverman-Andersen (0–10): upper chest movement, lower chest retraction, xiphoid retraction, nasal flaring, expiratory grunt — higher is worse.
New Ballard Score: 6 neuromuscular + 6 physical criteria; −10 to 50 → 20 to 44 wk. Best at 12–20 h; overestimates GA in extreme preterms by 1–2 wk.
Apgar: describes status, doesn't decide resuscitation.
Sarnat staging (HIE): mild/moderate/severe — consciousness, tone, posture, reflexes (suck, Moro), autonomic signs (pupils, HR, secretions), seizures. The Thompson score is easier for nurses.
Finnegan for NAS — rare here, but know it for the exam.""",
    # 065 conference planning chat
    """Conference planning thread

Rehana Chowdhury: Abstract deadline for the regional perinatal congress is midnight Sunday (GMT+6). 300 words, structured. Case reports go in the poster category only.
Dinesh Karki: Can we submit the bubble CPAP audit as an oral? We have 18 months of data now.
Rehana Chowdhury: Yes — put "quality improvement" in the category box. Posters A0 portrait.
Maile Tupou: Is there a travel grant for the Pacific participants again? Last time the visa process ate two months.
Dinesh Karki: Grant form is on the society website, same deadline as abstracts. I'll share the link in the morning.
Rehana Chowdhury: Also need 2 volunteers to judge the nursing posters 🙏""",
    # 066 therapeutic hypothermia in LMICs: HELIX
    """Therapeutic hypothermia in LMICs — the HELIX trial and where it leaves us

HELIX (Thayyil S et al., Lancet Glob Health 2021): 408 term/near-term babies with moderate or severe HIE in tertiary NICUs in India, Sri Lanka and Bangladesh; whole-body cooling with a servo device vs usual care. Death or moderate/severe disability at 18–22 months: 50% vs 47% — no benefit, and mortality was higher with cooling (42% vs 31%).
Why different from the HIC trials (TOBY, NICHD, ICE)? Possibly more antenatal/subacute injury, more sepsis, a different population.
Current position of many societies: don't cool outside protocols with strict criteria in LMIC settings; if you do cool — servo-controlled, within 6 h, Sarnat moderate/severe, aEEG where possible.
Supportive care matters most: avoid hyperthermia and hypoglycaemia, treat seizures, fluids 60 ml/kg/d on day 1, avoid hyperoxia.""",
    # 067 O&G abbreviation glossary
    """Abbreviations for the new interns (O&G side) — please stop writing "NAD" when you didn't look 😅

AOG – age of gestation · POA – period of amenorrhoea · LMP / EDD / EDC
G P A L – gravida, para, abortion, living (TPAL in the Philippines: term, preterm, abortion, living)
PROM / PPROM – (preterm) prelabour rupture of membranes
IUGR/FGR, SGA, LGA, AFI, SDP, BPP, NST, CTG
NVD / SVD / LSCS / VBAC / TOLAC / EUA
APH, PPH, PIH, PE, HELLP (haemolysis, elevated liver enzymes, low platelets)
GDM – gestational DM · OGTT 75 g (DIPSI 2-h value ≥140 mg/dl)
MgSO4, PGE2, PGE1 (misoprostol), ARM, IOL
IMNCI / IMCI, HBB, ENC, KMC, SNCU, NBSU, NBCC
ASHA, ANM, AWW, FCHV, LHV, LHW, CHW, PHM, BHW — community workers, depending on the country""",
    # 068 iron chelation doses
    """Iron chelation — doses and monitoring (TIF guidelines, 4th ed., 2021)

Start when: ferritin > 1000 ng/mL, or after 10–20 transfusions.
Deferoxamine (Desferal): 20–40 mg/kg/d SC over 8–12 h, 5–7 nights/week. Yearly audiometry and eye exam. Vitamin C 2–3 mg/kg/d with DFO only.
Deferasirox: dispersible (Exjade, Asunra) 20–40 mg/kg/d; film-coated (Jadenu) 14–28 mg/kg/d. Creatinine and ALT monthly, urine protein.
Deferiprone (Kelfer, Ferriprox): 75–100 mg/kg/d in 3 doses. Weekly ANC in the first year (agranulocytosis).
Combination DFO + DFP for cardiac siderosis (T2* <10 ms).
Target ferritin 500–1000. MRI T2* heart and LIC liver where available.
Transfusion: pre-transfusion Hb 9.5–10.5 g/dL, 10–15 ml/kg leucodepleted PRBC.""",
    # 069 SAM inpatient management
    """SAM inpatient — the WHO 10 steps, short version

Stabilisation (day 1–7): 1 hypoglycaemia, 2 hypothermia, 3 dehydration (ReSoMal 5 ml/kg every 30 min × 2 h, then 5–10 ml/kg/h in alternate hours up to 10 h), 4 electrolytes (K, Mg), 5 infection (amoxicillin; ampicillin + gentamicin if complicated), 6 micronutrients (no iron yet).
7 Cautious feeding: F-75 130 ml/kg/d (100 ml/kg/d with severe oedema) in 8–12 feeds.
Rehabilitation: 8 catch-up growth with F-100 or RUTF (Plumpy'Nut) 150–220 kcal/kg/d; iron starts now. 9 sensory stimulation. 10 prepare for follow-up.
Criteria: WHZ < −3, MUAC < 11.5 cm, or bilateral pitting oedema.
Discharge from OTP: WHZ ≥ −2 or MUAC ≥ 12.5 cm on 2 visits, no oedema for 2 weeks.
WHO malnutrition topic page: https://www.who.int/health-topics/malnutrition""",
    # 070 IMCI pneumonia classification
    """IMCI pneumonia classification (WHO 2014 revision) — for the PHC MO training

Fast breathing: ≥60/min (<2 mo), ≥50/min (2–11 mo), ≥40/min (12–59 mo).
Chest indrawing pneumonia without danger signs → oral amoxicillin 40 mg/kg/dose BD × 5 days at home — no longer automatic referral.
Fast-breathing pneumonia → amoxicillin DT 40 mg/kg BD × 3 days (5 days in high-HIV settings).
Severe pneumonia (any general danger sign: unable to drink or breastfeed, vomits everything, convulsions, lethargic or unconscious) → first dose IM ampicillin + gentamicin and refer.
SpO2 < 90% → oxygen. Pulse oximeters for every IMCI clinic please!
Wheeze: trial of rapid-acting bronchodilator ×3 before classifying.
Amoxicillin DT 250 mg: 2–11 mo (4–<10 kg) 1 tab BD; 12–35 mo 2 tabs BD; 3–4 y 3 tabs BD.""",
    # 071 quiz: place-named and eponymous infections
    """Friday quiz 🦟 — match the disease to the vector/reservoir

1. Kyasanur Forest disease
2. Japanese encephalitis
3. Chandipura virus encephalitis
4. Nipah virus
5. Murray Valley encephalitis
6. Ross River fever
7. Scrub typhus (Tsutsugamushi disease)
8. Lyme disease
9. West Nile fever
10. Crimean-Congo haemorrhagic fever

a) Culex, pigs and ardeid birds  b) Haemaphysalis ticks, monkeys  c) Sandflies (Phlebotomus)  d) Fruit bats (Pteropus), raw date palm sap  e) Leptotrombidium chiggers  f) Ixodes ticks  g) Hyalomma ticks  h) Culex annulirostris, water birds  i) Aedes/Culex, marsupials  j) Culex, wild birds

Answers on Monday. No googling!""",
    # 072 phone-typed question on bubble CPAP and blenders
    """anyone using the locally made bubble cpap w oxygen blender? wat fio2 u start for 30-32 wkers, 40% or 21 & titrate? we have only concentrators + no blender, so pure o2 at 0.5-1 L, sats going 99 😬 @dr.haris.neo u did a QI on this right""",
    # 073 neonatal antibiotic dose list
    """Neonatal antibiotic doses (our SNCU protocol, adapted from Neofax / BNFc)

Ampicillin 50 mg/kg/dose: ≤7 d q12h, >7 d q8h (100 mg/kg/dose for meningitis/GBS)
Gentamicin 4 mg/kg q24h (≥35 wk), 5 mg/kg q36h (30–34 wk), q48h (<30 wk); trough before 3rd dose if continuing
Cefotaxime (Taxim, Omnatax) 50 mg/kg q12h → q8h after day 7; q6h for meningitis
Ceftriaxone — avoid in jaundiced neonates and with IV calcium
Amikacin 15 mg/kg q24h (≥35 wk)
Piperacillin-tazobactam (Tazact, Zosyn) 100 mg/kg q8h
Meropenem (Meronem) 20 mg/kg q8h; 40 mg/kg q8h for meningitis
Vancomycin 15 mg/kg q12h (<7 d), trough before 4th dose
Fluconazole prophylaxis 3 mg/kg twice weekly for <1000 g
Colistin — only with ID input
And please don't send babies home on Augmentin or Monocef syrup "for prophylaxis".""",
    # 074 obstetric scores for the viva
    """Obstetric scores you'll get asked in the viva

Bishop score (0–13): dilatation, effacement, station, consistency, position. ≥8 favourable. Modified Bishop replaces effacement with cervical length.
Robson Ten Group Classification: by parity, previous CS, onset of labour, fetal number, presentation, GA. Group 5 (previous CS, single cephalic, term) is usually the biggest contributor to the CS rate.
MEOWS: RR, SpO2, temp, HR, SBP, DBP, consciousness, pain, lochia — red/yellow triggers.
Shock index > 0.9 in PPH.
Friedman curve vs Zhang; the WHO Labour Care Guide (2020) replaced the alert/action lines.
Leopold's manoeuvres: fundal grip, lateral grip, Pawlik's grip, pelvic grip.""",
    # 075 WHO ANC model summary
    """WHO ANC model (2016) — 8 contacts

Contact 1 ≤12 wk; then 20, 26, 30, 34, 36, 38, 40 wk.
One ultrasound before 24 wk.
Daily oral iron 30–60 mg elemental + folic acid 400 µg. Calcium 1.5–2 g/d where dietary calcium is low.
Tetanus toxoid per schedule. IPTp-SP in malaria-endemic areas from 13 wk, at each scheduled contact at least 1 month apart.
Deworming in 2nd/3rd trimester where STH prevalence >20%.
Screen: HIV, syphilis, hepatitis B, asymptomatic bacteriuria (MSU culture), anaemia, GDM (timing per national policy), IPV enquiry.
Link: https://www.who.int/publications/i/item/9789241549912
National adaptations differ — e.g. PMSMA in India offers a free specialist ANC check on the 9th of every month.""",
    # 076 shoulder dystocia drill
    """Shoulder dystocia drill — HELPERR (ALSO)

H – call for Help (senior, paeds, anaesthetist); note the time
E – Evaluate for Episiotomy (won't release the shoulder but gives room for internal manoeuvres)
L – Legs: McRoberts manoeuvre (hyperflex thighs onto abdomen)
P – suprapubic Pressure (Rubin I), continuous then rocking
E – Enter: Rubin II, Woods' screw, reverse Woods'
R – Remove the posterior arm
R – Roll to all fours (Gaskin manoeuvre)
Last resort: cleidotomy, Zavanelli manoeuvre, symphysiotomy.
No fundal pressure. Document head-to-body interval, which shoulder was anterior, and manoeuvres in order.
Brachial plexus: Erb's palsy (C5–6, "waiter's tip"), Klumpke (C8–T1, claw hand ± Horner's).""",
    # 077 growth charts: which one when
    """Growth charts — which one when?

Preterm in NICU: Fenton 2013 or INTERGROWTH-21st preterm postnatal growth standards (to 64 wk PMA). INTERGROWTH is prescriptive, built from healthy pregnancies in 8 countries, India included.
Term infants 0–5 y: WHO Child Growth Standards (MGRS 2006).
5–18 y: WHO 2007 reference, or the IAP 2015 charts for Indian children (BMI cut-offs at adult-equivalent 23 and 27).
Head circumference: WHO; Nellhaus for older children.
Weight-for-length Z-scores for SAM: WHO.
Mid-parental height: (father + mother ± 13 cm)/2.
Tools: WHO Anthro, INTERGROWTH apps, PediTools (peditools.org).""",
    # 078 district paediatric CME planning chat
    """CME planning — pasting from our district paeds group

Sandeep Rao: Topic list for next month's CME: (1) neonatal sepsis & AMR, (2) SAM with complications, (3) snakebite in children. Need speakers.
Kavya Hegde: I'll take snakebite — 20WBCT, ASV dosing (no weight-based dosing in kids!), neostigmine trial, and when to ventilate.
Sandeep Rao: 👍 Naveen can you do AMR? Our antibiogram from last year will help.
Naveen Shetty: Ok. I'll keep it to 20 min, the GPs hate long talks.
Kavya Hegde: Same venue as last time? And can we ask the pharma rep NOT to put up a banner this time 😂
Sandeep Rao: Will try. Lunch sponsored by the IMA branch.""",
    # 079 expanded newborn screening explainer
    """Expanded newborn screening — what parents ask

Heel prick at 24–72 h (ideally 48 h) on a filter card; preterm/sick babies: repeat at 2 wk or at discharge.
Panel (varies by programme): congenital hypothyroidism, CAH (17-OHP), G6PD deficiency, galactosaemia, PKU, MSUD, homocystinuria, organic acidaemias and fatty acid oxidation defects by MS/MS, haemoglobinopathies, biotinidase deficiency, cystic fibrosis (IRT).
A positive screen is not a diagnosis: recall for a confirmatory test (serum TSH/FT4, quantitative G6PD, etc.).
CH: start levothyroxine 10–15 µg/kg/d, ideally by 2 weeks of age.
CAH salt-wasting crisis typically day 7–14 — boys are missed because the genitalia are normal.
G6PD: give the leaflet on drugs to avoid (primaquine, dapsone, nitrofurantoin, sulfonamides, rasburicase, methylene blue) and naphthalene.""",
    # 080 misoprostol dosing chart (FIGO 2017)
    """Misoprostol — FIGO 2017 recommended regimens (the pink chart on the labour room wall)

<13 wk: missed abortion 800 µg PV or 600 µg SL; incomplete abortion 600 µg PO or 400 µg SL
13–26 wk: IUFD 200 µg every 4–6 h PV/SL/buccal; termination 400 µg every 3 h
>26 wk: IUFD 27–28 wk 100 µg every 4 h; >28 wk 25–50 µg PV every 4 h
Induction of labour (live fetus): 25 µg PV every 6 h or 25 µg PO every 2 h
PPH prevention: 600 µg PO; PPH treatment: 800 µg SL
Avoid in women with a uterine scar in the third trimester.
Brands: Cytolog, Misoprost — and Prostodin is carboprost, don't mix them up!
Source: FIGO, Misoprostol-only recommended regimens 2017 (figo.org).""",
    # 081 WHF echo criteria for RHD
    """WHF echo criteria for RHD (2012) — for the school echo screening volunteers

Definite RHD (<20 y): pathological MR + ≥2 morphological MV features; MS with mean gradient ≥4 mmHg; pathological AR + ≥2 AV features; borderline disease of both AV and MV.
Borderline RHD: ≥2 morphological MV features without pathological MR/MS; pathological MR; pathological AR.
Pathological MR: seen in 2 views, jet ≥2 cm in at least one view, peak velocity ≥3 m/s, pansystolic jet in at least one envelope.
Morphological MV features: AMVL thickening (≥3 mm <20 y), chordal thickening, restricted leaflet motion, excessive leaflet tip motion in systole.
The 2023 update adds stages A–D for screening-detected RHD. Ref: Reményi B et al., Nat Rev Cardiol 2012;9:297-309.
GOAL trial (Beaton A et al., NEJM 2022): secondary prophylaxis reduced progression of latent RHD.""",
    # 082 counselling language for chromosomal conditions
    """Language when counselling about chromosomal conditions — a short note after last week's session

Say "a baby with Down syndrome", not "a Down's baby" or worse (yes, still heard on some wards).
Other eponymous syndromes we see: Turner (45,X), Noonan, Edwards (T18), Patau (T13), Klinefelter (47,XXY), Prader-Willi/Angelman (15q11-13), Williams (7q11.23), DiGeorge (22q11.2).
Screening: combined test at 11–14 wk (NT, PAPP-A, free β-hCG) or quadruple test at 15–20 wk; NIPT where affordable — still screening, not diagnosis.
Diagnostic: CVS 11–14 wk, amniocentesis ≥15 wk; karyotype / QF-PCR / CMA.
Postnatal: echo for all (AVSD!), TSH, hearing and eye checks, CBC for TMD.
Parent support groups have good leaflets in local languages — hand them out.""",
    # 083 scrub typhus question with @mention
    """Is anyone else seeing more scrub typhus in kids this monsoon? 6 this month, 2 with meningoencephalitis. Weil-Felix OX-K is useless for us and the IgM ELISA takes 3 days. We're treating empirically with doxy (2.2 mg/kg BD) for any fever >5 d with eschar or hepatosplenomegaly. @Shreya_ped what's your azithro threshold in under-8s?""",
    # 084 SpO2 targets in preterm infants
    """SpO2 targets in preterms — why we moved to 90–95%

NeOProM meta-analysis (SUPPORT, BOOST-II UK/Australia/NZ, COT): lower target (85–89%) vs higher (91–95%) → higher mortality (RR 1.17) and more NEC with the low target, more severe ROP with the high target.
Our alarm limits on oxygen: 89 low / 96 high.
Practical: respond to alarms, don't just silence them. Avoid hyperoxia at resuscitation — start at 21–30% in <35 wk.
A blender and a pulse oximeter at every SNCU bed is the national newborn action plan target.
Ref: Askie LM et al., JAMA 2018;319:2190-2201.""",
    # 085 malaria in pregnancy treatment summary
    """Malaria in pregnancy — treatment summary (WHO guidelines)

Uncomplicated P. falciparum: first trimester — artemether-lumefantrine (AL) now recommended (WHO 2022 update); previously quinine + clindamycin. Second/third trimester: an ACT (AL, DHA-piperaquine, artesunate-mefloquine, AS-AQ).
Severe malaria, any trimester: IV artesunate 2.4 mg/kg at 0, 12, 24 h then daily; switch to a full ACT course once tolerating oral.
P. vivax: chloroquine or ACT; primaquine and tafenoquine are contraindicated in pregnancy — weekly chloroquine prophylaxis until delivery and breastfeeding ends.
IPTp-SP: monthly from 13 wk in endemic areas (not in HIV+ women on cotrimoxazole).
LLIN for every pregnant woman at the first ANC contact.
Watch for hypoglycaemia (quinine!), pulmonary oedema, anaemia.""",
    # 086 primitive reflexes timing table
    """Primitive reflexes — timing table

Moro: birth → 4–6 mo (asymmetry → brachial plexus injury, fractured clavicle)
Rooting/sucking: birth → 4 mo
Palmar grasp: birth → 3–4 mo; plantar grasp: → 9–12 mo
ATNR (fencing): 2 wk → 6 mo
Galant: birth → 4 mo
Stepping/placing: birth → 2 mo
Landau: appears 3–4 mo, persists to 12–24 mo
Parachute: appears 8–9 mo, persists for life — absence is a concern
Babinski: upgoing is normal until ~12 mo
Persistence beyond the expected age → think cerebral palsy; refer to early intervention.""",
    # 087 blank SNCU handover template
    """Updated SNCU handover template — please use from tonight (copy into the group, fill in, delete this line)

SNCU HANDOVER   Date: ____   Shift: ____ → ____
Handing over: Dr ____   Taking over: Dr ____
Census: __/__   CPAP: __   Vent: __   Photo: __   KMC: __

Bed | Baby of / Name | Sex | BW / CW | GA / DOL | IP No. | Dx | Resp support | Fluids/feeds | Pending
1 |  |  |  |  |  |  |  |  |
2 |  |  |  |  |  |  |  |  |

Mother's contact: ________   Address (village/block): ________
Referred from: ________   Referral slip no.: ________
Sick babies to be seen first by incoming MO: ________
Equipment issues: ________
Signature: ________""",
    # 088 journal club outline: antibiotics for PPROM
    """Journal club outline — antibiotics for PPROM

1. ORACLE I (Kenyon SL et al., Lancet 2001;357:979-88): erythromycin improved short-term neonatal outcomes; co-amoxiclav increased NEC → avoid co-amoxiclav.
2. ORACLE children study, 7-year follow-up: no long-term benefit; possible increase in CP with antibiotics in spontaneous preterm labour with intact membranes (ORACLE II arm).
3. Cochrane: Kenyon S et al., Antibiotics for preterm rupture of membranes, 2013. doi:10.1002/14651858.CD001058.pub3
4. ACOG Practice Bulletin 217 (2020): IV ampicillin + erythromycin 48 h → oral amoxicillin + erythromycin 5 days; azithromycin substitution acceptable.
5. RCOG Green-top Guideline 73 (2019): erythromycin 250 mg QDS × 10 days or until labour.
Discussion: what do we do when erythromycin is out of stock (as it is now)?""",
    # 089 spot diagnosis round: signs
    """Spot diagnosis round — hip and limb signs

1. Ortolani: reduces a posteriorly dislocated hip (clunk in)
2. Barlow: dislocates an unstable hip (clunk out)
3. Galeazzi: unequal knee heights with hips and knees flexed — unilateral DDH or femoral shortening
4. Trendelenburg gait — older child, not the neonate
5. Erb's palsy — waiter's tip
6. Pseudoparalysis of Parrot — congenital syphilis
7. Gowers' sign — Duchenne
8. Harlequin colour change — benign, transient
9. Mongolian blue spots (congenital dermal melanocytosis) — document at birth so they aren't mistaken for bruises
10. Setting-sun sign — raised ICP / hydrocephalus
Bonus: Hutchinson's triad.""",
    # 090 Baby-Friendly Hospital Initiative ten steps
    """Baby-Friendly Hospital Initiative — the Ten Steps (2018 revision)

Critical management procedures: 1a comply with the International Code of Marketing of Breast-milk Substitutes, 1b written infant feeding policy, 1c ongoing monitoring; 2 staff competency.
Key clinical practices: 3 antenatal information, 4 immediate skin-to-skin and initiation within 1 h, 5 support with breastfeeding and managing difficulties, 6 no supplements unless medically indicated, 7 rooming-in 24 h, 8 responsive feeding, 9 counsel on bottles, teats and pacifiers, 10 coordinated discharge.
Our gap at the last internal audit: step 6 — formula on the CS ward "because the mother is tired".
Resources: https://www.who.int/teams/nutrition-and-food-safety/food-and-nutrition-actions-in-health-systems/ten-steps-to-successful-breastfeeding""",
    # 091 exam tips chat
    """Exam chat 📚

Ayesha Malik: Anyone sat the FCPS-II paeds TOACS recently? Which stations came?
Nimal Fernando: For MD Paediatrics clinicals we had a long case of nephrotic syndrome and short cases on hepatosplenomegaly and hemiplegic CP.
Ayesha Malik: Thanks! Any book for the counselling stations?
Nimal Fernando: Gupte's "The Short Textbook of Pediatrics" for theory, and practise with a timer. Breaking bad news and consent for LP come every time.
Joy Villareal: For the pedia boards the orals love IMCI and EPI schedules — know your catch-up rules.
Ayesha Malik: 🙏 all the best everyone""",
    # 092 Helping Babies Breathe refresher
    """Helping Babies Breathe — Golden Minute refresher

Prepare: birth attendant + helper, warm room, bag-mask (sizes 0 and 1), suction bulb, clean cord ties, clock.
At birth: dry thoroughly, remove the wet cloth, skin-to-skin, assess crying.
Not crying → keep warm, clear the airway only if secretions, stimulate by rubbing the back.
Not breathing → cut the cord, ventilate within the Golden Minute: 40 breaths/min, watch the chest rise.
Breathing well → monitor with mother; not improving → call for help, improve ventilation (MR SOPA), check HR: <60 after 1 min of effective ventilation → advanced care.
Delayed cord clamping 1–3 min in vigorous babies.
HBB 2nd edition, AAP: https://www.aap.org/en/aap-global/helping-babies-survive/""",
    # 093 antenatal corticosteroid doses and brands
    """Antenatal corticosteroids — doses and brands (South Asian pharmacy names)

Dexamethasone 6 mg IM 12-hourly × 4 doses (Decadron, Dexona) — the regimen used in ACTION-I.
Betamethasone 12 mg IM 24-hourly × 2 doses (Celestone Soluspan; Betnesol injection is betamethasone sodium phosphate — shorter acting, check your stock).
Window: 24+0 to 34+0 wk where GA is reliable and preterm birth is likely within 7 days; a single rescue course at most.
Not for: clinical chorioamnionitis, or where the newborn unit can't support preterm babies.
Late preterm (34–36+6 wk): ALPS trial (Gyamfi-Bannerman C et al., NEJM 2016;374:1311-20) — less respiratory support, more neonatal hypoglycaemia. Not routine in LMICs per WHO 2022.""",
    # 094 vaccine procurement chat summary
    """PCV/HPV/rota — procurement notes from the society meeting

- Gavi-supported countries get PCV at roughly US$2–3 a dose; countries in transition lose that pricing, and several in our region are transitioning now.
- Pneumosil (PCV10) and the locally made rotavirus vaccines (Rotavac, Rotasiil) changed the price landscape.
- HPV single-dose schedule (WHO SAGE 2022) — huge for school programmes. Cervavac is the new quadrivalent.
- Typhoid conjugate vaccine: Typbar-TCV is prequalified; campaigns in several countries.
- UNICEF Supply Division price data: https://www.unicef.org/supply/vaccines-pricing-data
- Gavi eligibility and transition policy: https://www.gavi.org/types-support/sustainability/eligibility""",
    # 095 aspirin for pre-eclampsia prevention (ASPRE)
    """Aspirin for pre-eclampsia prevention — ASPRE and dosing

ASPRE (Rolnik DL et al., NEJM 2017;377:613-22, doi:10.1056/NEJMoa1704559): aspirin 150 mg at night from 11–14 wk to 36 wk in high-risk women by the FMF screening algorithm → preterm PE <37 wk 1.6% vs 4.3%.
FIGO 2019 and ISSHP recommend 75–162 mg; many units now use 150 mg.
High-risk factors (NICE NG133): hypertensive disease in a previous pregnancy, CKD, autoimmune disease (SLE, APS), type 1 or 2 diabetes, chronic hypertension.
Moderate: nulliparity, age ≥40, pregnancy interval >10 years, BMI ≥35, family history, multiple pregnancy.
Calcium 1.5–2 g/day where intake is low (WHO).
Stop at 36 wk or at delivery, whichever comes first.""",
    # 096 one-line reminder on cord clamping
    """Reminder for all labour rooms: delayed cord clamping ≥60 s for every vigorous term and preterm baby unless mother or baby needs immediate resuscitation — and no cord milking under 28 wk (PREMOD2 was stopped early for IVH).""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc47-002": [{"name": "Sadia Rehman"}, {"name": "Usman Ghani"}],
    "pc47-007": [{"name": "Phạm Minh Anh", "handle": "@minh.anh.picu"}, {"name": "Hoàng Văn Phúc"}],
    "pc47-011": [{"name": "Rina Kusumawati", "handle": "@dr.rina.spa"}],
    "pc47-016": [{"name": "Arun Prakash"}, {"name": "Meenakshi Sundaram"}, {"name": "Divya Ramesh"}],
    "pc47-019": [{"name": "Carla Mendoza"}, {"name": "Ramon Lacson"}],
    "pc47-021": [{"name": "Sarah Whitcombe", "handle": "@sarah.nicu.cnm"}, {"name": "Hemi Walker"}],
    "pc47-023": [{"name": "Zainab Afridi", "handle": "@Zainab"}],
    "pc47-026": [{"name": "Hendra Wijaya"}, {"name": "Ayu Lestari"}],
    "pc47-047": [{"name": "Beatriz Ocampo", "handle": "@Bea"}],
    "pc47-049": [{"name": "Kiri Tawhiao", "handle": "@kiri.mw"}],
    "pc47-057": [{"name": "Anjali Menon"}, {"name": "Farhan Qureshi"}, {"name": "Lakmini Perera"}],
    "pc47-058": [{"name": "Tevita Mahe"}, {"name": "Priyanka Nair"}, {"name": "Ngaio Reweti"}],
    "pc47-065": [{"name": "Rehana Chowdhury"}, {"name": "Dinesh Karki"}, {"name": "Maile Tupou"}],
    "pc47-072": [{"name": "Haris Mahmood", "handle": "@dr.haris.neo"}],
    "pc47-078": [{"name": "Sandeep Rao"}, {"name": "Kavya Hegde"}, {"name": "Naveen Shetty"}],
    "pc47-083": [{"name": "Shreya Kulkarni", "handle": "@Shreya_ped"}],
    "pc47-091": [{"name": "Ayesha Malik"}, {"name": "Nimal Fernando"}, {"name": "Joy Villareal"}],
}

build, render, main = first_set.blind_set(
    "pc47", Path(__file__).with_name("physician_cases_47.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
