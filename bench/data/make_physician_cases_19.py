# ruff: noqa: E501, RUF001, W291 (the notes are data, as their writer typed them)
"""Build ``physician_cases_19.jsonl``: blind test set 19 of invented physician posts.

Written blind: the author saw only the tag table and the parser/build helpers of
``make_physician_cases.py``, never the detector, its notes, tests or other sets. Every
patient, relative, clinician, address, number and account is invented; real towns,
districts and countries appear only as places. US phones use 555-01xx, UK mobiles
07700 900xxx, IPs come from the documentation ranges, e-mail domains are made up.

52 notes carry PHI marked inline as ``[[TAG:text]]`` (tags from ``TAGS``); 44 notes are
PHI-free clinical discussion dense with look-alikes (eponyms, place-named diseases and
criteria, drug names, codes, scores, trial acronyms, guideline years, colleagues). The
mix is an even spread of case threads with replies, pasted messaging-group chats,
tumour boards, M&M write-ups, pasted discharge/clinic/referral letters, lab and imaging
requests, phone-typed replies and code-mixed posts, from members in every world region.

Annotation conventions beyond the tag table:
- Spans leave out titles, honorifics and kinship titles (Dr, Mrs, Alhaji, Hajia, Bibi,
  Smt., Pak, Ibu, Bà, Lola, Tía, Auntie, -san, -ssi) and labels (MRN, NHS no, CNIC,
  folder no); a name written together with its honorific suffix is tagged without it.
- Speaker labels in pasted chats are clinicians of the poster's hospital: tagged HCP,
  unless they are network members. Network members (``MEMBERS``) are never tagged.
- Hospital or clinic numbers of every health system (NHS/CHI/NHI numbers, UHID, folder,
  registro) are MRN; insurance and scheme numbers (NHIS, PhilHealth, BPJS, SIS, IMSS
  afiliación, Medicaid, Medicare, EHIC, OMS polis) are PLAN; US SSNs and national
  identity numbers that play that role (CNIC, Aadhaar, NIK, PESEL, CPF, CURP, NIR,
  personnummer, AMKA, codice fiscale, IIN, BSN, DNI) are SSN; passports, UNHCR case numbers,
  lab accession numbers, employee and student numbers and other case references are ID.
- Clinician registration numbers (GMC, MDCN, PMDC, NMC, DEA, NPI) and driving licences are LIC.
- Hospital bleeps and pagers are PAGER; ward and desk lines are PHONE.
- Counties keep their generic word (``Kiambu County``, ``Co. Mayo``); markets, villages,
  barangays, mahallas, estates, wards of a city, landmarks and postal districts smaller
  than a town are PLACE; postcodes/PIN/CEP codes are ZIP.
- Dates keep their own shape (``14/03/2024``, ``1402/12/20``, ``2080 Falgun 12``,
  ``令和6年3月14日``, ``12 Ramadan``); a month with a year is DATE; a chat timestamp's
  date part is DATE and its clock time is left out. A year alone is YEAR; a birth year
  that shows an age over 89 is DATE. Ages over 89 tag only the number.
- Weekdays, relative times, ages under 90, countries, states and provinces alone, and
  numbered units (Ward 7, 4B) are not tagged; named wards are FAC.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_physician_cases as first_set


def _n(s: str) -> str:
    """One note: the block dedented, without its first and last blank lines."""
    return textwrap.dedent(s).strip("\n")


PHI_NOTES: list[str] = [
    # 1 Ghana: pasted department chat
    _n("""
        Pasting from our unit group, need renal ideas. Toxicology not available here.

        — [[DATE:09/04/2024]] —
        21:14 - [[HCP:Kwabena Asante]]: who dey on renal call? 34M brought from [[TOWN:Kpando]], creat 1140, K 7.1, anuric x2 days. took "bitters" from a seller near the lorry station
        21:16 - [[HCP:Esi Quansah]]: Dr [[HCP:Dogbe]] is covering but he's at [[FAC:Ho Teaching Hospital]] today. [[PHONE:0244 190 337]]
        21:25 - [[HCP:Kwabena Asante]]: Pt is [[PT:Selorm Agbeko]], folder [[MRN:VRH/24/00871]], NHIS [[PLAN:38770412]]. wife [[REL:Akosua]] says he was fine till Sunday
        — [[DATE:10/04/2024]] —
        06:02 - [[HCP:Dogbe]]: femoral line in, first HD done, K 4.8 this morning. urine output 150 ml overnight

        He's now 5 sessions in and still oliguric. Anyone seen AKI after these herbal mixtures recover past 3 weeks? Biopsy is possible at [[FAC:Korle Bu]] only and transport is a problem.
    """),
    # 2 Nigeria: referral letter
    _n("""
        Referral letter I'm sending tomorrow, pls check my wording for the haem team, I always get it bounced.

        DEPARTMENT OF PAEDIATRICS, [[FAC:Federal Medical Centre, Owo]]
        [[DATE:17th June 2024]]

        Dear Dr [[HCP:Adeyemi-Cole]],
        RE: [[PT:Oluwaseun Fashola]] (M), 9 yrs, Hosp No [[MRN:FMC/OW/22/4417]]
        Address: [[STREET:14 Okeogun Street]], off the main road, [[TOWN:Akure]], Ondo State
        Known HbSS, 4th crisis this year, Hb 5.8, retic 14%, spleen 4cm. Transfused x1 unit on admission. Mother (Mrs [[REL:Bisola Fashola]]) reachable on [[PHONE:0803 119 4406]]. I'd be grateful if he could be reviewed for hydroxyurea and TCD screening, which we do not have here.
        Yours faithfully,
        [[HCP:Tunde Ogunleye]], MDCN [[LIC:MDCN/R/61872]]
    """),
    # 3 Kenya: case thread with replies
    _n("""
        Case from [[FAC:Kerugoya County Referral Hospital]]: 27F, G3P2, 31/40, BP 168/112, plts 64, ALT 410, came in by boda from [[PLACE:Kagumo village]] in [[COUNTY:Kirinyaga County]] after seizing at home. Husband [[REL:Njoroge Kamau]] says she had missed ANC since March. We gave MgSO4 Pritchard regimen and hydralazine, delivered by C/S [[DATE:22/05]] — baby 1.4kg to NBU. SHA number [[PLAN:SHA-0061-7739-2]], IP no [[MRN:KCRH/IP/2024/3381]].
        Mum now day 3, plts 41, creat rising. Do we transfer to [[FAC:Kenyatta National Hospital]] or hold? Ambulance takes 3 hrs.

        Reply (Wanjiru): @dr.achieng had a similar one last year, think HELLP with evolving AKI, I'd hold if she's making urine and plts not bleeding.
        Reply (Achieng): agree with Wanjiru. Repeat LDH and film for schistocytes, and if creat doubles call the renal team before the transfer, not after.
    """),
    # 4 Ethiopia: lab request
    _n("""
        LAB REQUEST – [[FAC:Tikur Anbessa Specialized Hospital]], Dept of Internal Medicine
        Patient: [[PT:Tigist Alemayehu Bekele]]   Sex: F   Age: 46
        Card no: [[MRN:TASH-0987342]]   Kebele: [[PLACE:Kebele 07]], [[PLACE:Kolfe Keranio]] sub-city
        Phone: [[PHONE:+251 911 402 837]]
        Date (E.C.): [[DATE:Ginbot 12, 2016]]
        Requested: HIV VL, CD4, CrAg (LFA), CSF India ink, CBC, RFT
        Clinical: 3/52 headache, vomiting, neck stiffness, on TLD since 2014 E.C., poor adherence per sister [[REL:Hirut]].
        Requesting physician: Dr. [[HCP:Yonas Gebremedhin]]  Pager [[PAGER:4412]]

        Sharing because our CrAg kits ran out again — anyone with stock please DM me.
    """),
    # 5 Egypt: case thread, franco-arab mixed
    _n("""
        Ya gama3a need opinion. 58M, [[PT:Hassan Abdel-Rahman Mostafa]], from [[TOWN:Tanta]], presented to our ER at [[FAC:Tanta University Hospital]] with hematemesis, known HCV treated with sofosbuvir/daclatasvir back in [[YEAR:2016]] (the national campaign). Ascites, Child C, MELD 24. Endoscopy: large EV with red wale signs, banded x6. Hb 6.9 on arrival.
        Son [[REL:Mahmoud]] works at [[FAC:Misr Spinning and Weaving Company]] in [[TOWN:El Mahalla El Kubra]] and asked about transplant abroad — I told him honestly it's hard. National ID [[SSN:26511041600737]] for the TIPS referral.
        Question: secondary prophylaxis carvedilol vs propranolol with his SBP 95? Shukran.
    """),
    # 6 Morocco: discharge letter FR/EN
    _n("""
        Compte rendu d'hospitalisation (sharing for the thread on brucellosis, translated the key bits)

        [[FAC:CHU Hassan II]], Service de Maladies Infectieuses, [[TOWN:Fès]]
        Patient : Mme [[PT:Fatima Zahra El Idrissi]], née le [[DATE:03/11/1978]]
        IPP : [[MRN:HII-2203119]]   AMO : [[PLAN:1187302245]]
        Adresse : [[STREET:Derb Sidi Bennani n° 21]], [[PLACE:Fès el-Bali]]
        Entrée le [[DATE:02/02/2024]] – sortie le [[DATE:19/02/2024]]
        Fever 6 weeks, sacroiliitis L, Wright 1/320, blood cultures Brucella spp. after 5 days. Raw goat cheese from the family farm near [[TOWN:Sefrou]]. Doxy + rifampicin 6 wks + genta 7 days. Brother same symptoms, told him to come in.
        Médecin : Pr [[HCP:Benjelloun]]
    """),
    # 7 Iran: tumour board
    _n("""
        Tumour board notes from Tuesday, [[FAC:Imam Reza Hospital]], [[TOWN:Mashhad]]. Posting for opinions on case 2.

        Case 1 – [[PT:Zahra Karimi]], 41F. T2N1 ER+ HER2- IDC, Oncotype not available. Plan: AC-T then surgery.
        Case 2 – [[PT:Gholamreza Hosseini]], 67M, file [[MRN:IRH-1402-61247]], national code [[SSN:0938271564]]. Distal oesophageal SCC, EUS uT3N1, admitted [[DATE:1402/12/20]]. Lives in [[TOWN:Torbat-e Heydarieh]], 2.5 h drive; daughter [[REL:Maryam Hosseini]] ([[PHONE:0915 318 4402]]) coordinates everything. Surgeon Dr [[HCP:Rezaei]] wants upfront Ivor Lewis, radiation onc wants CROSS first.
        I lean CROSS, but the radiotherapy wait here is 7 weeks. Would you operate first with that delay?
    """),
    # 8 Jordan: M&M
    _n("""
        M&M summary, Internal Medicine, [[FAC:Al-Bashir Hospital]], [[TOWN:Amman]] (anonymised — mostly)

        Index: 72M admitted [[DATE:14 Jan 2024]] with CAP, CURB-65 of 3. Started ceftriaxone + azithro. Day 2 new AF with RVR, given IV amiodarone via peripheral line in the [[FAC:Jabal al-Nuzha Health Centre]] transfer. Day 4 extravasation and skin necrosis L forearm, plastics consult late.
        Contributing: handover on Friday with no senior, the resident (Dr. [[HCP:Laith Haddad]]) covering 60 beds, pump ID [[DEVICE:BBR-IP-220419]] alarm silenced.
        Family (son [[REL:Omar Al-Khatib]]) filed a complaint ref [[ID:CMP-2024-0117]].
        Learning points: central access for amiodarone >24h, escalation pathway for weekend cover. Comments welcome, esp. from anyone with a nurse-led infusion audit.
    """),
    # 9 India: Hinglish chat
    _n("""
        From our PG group last night, sharing because the boss wants a consensus on this one:

        — [[DATE:03/08/24]] —
        11:42 pm - [[HCP:Rohit Sharma]]: Bed 14 wali aunty, [[PT:Kamla Devi]], sugar 540, ketones 3+, pH 7.08. Insulin drip start kar diya
        11:44 pm - [[HCP:Anjali Verma]]: K kitna hai? pehle K dekh lo yaar
        11:45 pm - [[HCP:Rohit Sharma]]: 3.1. Ok hold kar raha hu, KCl chala raha hu. Beta [[REL:Suresh]] bol raha hai ghar pe insulin band kar diya tha 4 din se, fridge kharab
        11:52 pm - [[HCP:Anjali Verma]]: UHID bhejo, CR ko bata dungi. Ayushman card hai?
        11:53 pm - [[HCP:Rohit Sharma]]: UHID [[MRN:2024/AIIMS-R/118830]], PMJAY [[PLAN:PMJAY-H9K7Q2R1T]]. From [[PLACE:Mandir Hasaud]], [[TOWN:Raipur]]

        Q for the group: what do you all do for insulin storage in homes without fridge? Clay pot advice enough?
    """),
    # 10 Pakistan: referral letter
    _n("""
        Drafted this for a patient going down to the NICVD. Can someone who works there tell me if they take direct referrals or must go via OPD?

        To: Consultant Cardiologist, [[FAC:National Institute of Cardiovascular Diseases]], [[TOWN:Karachi]]
        From: Medical Officer, [[FAC:Civil Hospital Thatta]]
        Date: [[DATE:2-3-2024]]
        Name: [[PT:Ghulam Mustafa]] s/o [[REL:Allah Bux]]   Age 52
        CNIC: [[SSN:41303-6118724-5]]
        Address: [[PLACE:Goth Haji Khan Jokhio]], [[TOWN:Mirpur Sakro]], [[COUNTY:District Thatta]]
        Contact (son): [[PHONE:0301-7724419]]
        Inferior STEMI 11 hours old on arrival, no thrombolysis (outside window + no SK). Echo EF 35%, inferior akinesia. Needs angiography.
        Dr [[HCP:Sana Memon]] (PMDC [[LIC:48812-S]])
    """),
    # 11 Nepal: case thread with BS dates
    _n("""
        Namaste all. 23F from [[PLACE:Ward 5, Chhatradev Rural Municipality]], [[PLACE:Arghakhanchi]], brought on [[DATE:2080 Falgun 12]] with snake bite R foot while cutting grass, local tourniquet by her husband ([[REL:Bishnu Pun]]). Ptosis at 6h, no coagulopathy (20WBCT clotted). We gave 10 vials polyvalent ASV, neostigmine trial positive. Ventilated on day 1 here at [[FAC:Lumbini Provincial Hospital]].
        Pt [[PT:Sita Kumari Pun]], IP [[MRN:LPH-80-22419]]. Now day 4, weaning. Question is about repeat ASV when ptosis persists — our seniors differ. @sharma.kp you did your thesis on krait bites, what do you think?
        Reply (Krishna Prasad Sharma): No need for more ASV if she's improving on neostigmine and clotting is normal. Krait venom is presynaptic, neostigmine won't do much anyway — just support.
    """),
    # 12 Bangladesh: imaging request
    _n("""
        REQUISITION FOR MRI BRAIN WITH CONTRAST
        [[FAC:Dhaka Medical College Hospital]], Neurology Ward 2
        Patient: [[PT:Md. Rafiqul Islam]]   Age: 19   Reg no: [[MRN:DMCH-24-093316]]
        Father: [[REL:Md. Abdul Karim]]   Mob: [[PHONE:01712-409833]]
        Address: Vill [[PLACE:Char Kukri]], [[TOWN:Bhola]]
        NID: [[SSN:1998 0917 6320 4]]
        Complaint: new-onset focal seizures, R arm, 3 weeks; CT shows ring-enhancing lesion L frontal 1.1 cm, no oedema shift.
        ?NCC ?tuberculoma. Please include FLAIR and SWI.
        Asked by: Dr [[HCP:Nusrat Jahan]], Asst Reg

        Posting the request because radiology keeps bumping him — does anyone know how long the MRI queue is at the [[FAC:BSMMU]] side these days?
    """),
    # 13 Philippines: Taglish phone-typed
    _n("""
        doc pa-help naman, typing from phone sa ER. pt [[PT:Mario Dela Cruz]] 45M tricycle driver from [[PLACE:Brgy. San Isidro]], [[TOWN:Cabanatuan]], 5d fever + calf pain + jaundice, creat 4.2, plt 38. nag-wade sa baha last week during the typhoon. Lepto obviously. nasa [[FAC:Dr. Paulino J. Garcia Memorial Research and Medical Center]] kami pero walang bakanteng HD slot until bukas
        philhealth [[PLAN:12-050839177-4]], misis nya si [[REL:Rowena]] nagbabantay. nag-post na sila ng fundraising, BDO acct [[ACCT:0061 2290 4417]] 🙏
        pen G already started. @jmrosales do you think transfer to [[FAC:PGH]] worth it or wait for HD here tomorrow? vitals ok pa naman, UO 20cc/hr 😥
    """),
    # 14 Indonesia: M&M
    _n("""
        Morbiditas & Mortalitas, Bagian Anak, [[FAC:RSUD Dr. Soetomo]], [[TOWN:Surabaya]] — summary for the network

        Pasien An. [[PT:Rizky Pratama]], 2 th, RM [[MRN:12.44.87.01]], NIK [[SSN:3578101203220004]], BPJS [[PLAN:0002387719054]]
        Alamat: [[STREET:Jl. Kapas Krampung Gg. III No. 7]], [[PLACE:Kel. Rangkah]], [[PLACE:Kec. Tambaksari]]
        Admitted [[DATE:7 Maret 2024]] with DHF grade III, shock on arrival. Fluid resuscitation 20 ml/kg x3, then no reassessment for 5 hours over the shift change. Developed pulmonary oedema, intubated, died day 3.
        Orang tua: Bapak [[REL:Agus Santoso]].
        Issues: fluid chart not filled, haematocrit not repeated, PICU bed refused. The WHO 2011 algorithm was on the wall but nobody used it. Would welcome ideas on simple fluid-tracking tools for busy wards.
    """),
    # 15 Vietnam: discharge summary
    _n("""
        GIẤY RA VIỆN (discharge note — pasting for the melioidosis discussion)
        [[FAC:Bệnh viện Đa khoa Trung ương Cần Thơ]]
        Họ tên: [[PT:Nguyễn Văn Hùng]]   Tuổi: 61   Nam
        Địa chỉ: [[PLACE:Ấp Thới Hòa]], [[PLACE:xã Thới Lai]], [[TOWN:Cần Thơ]]
        Mã BHYT: [[PLAN:HT3929210448731]]   Số vào viện: [[MRN:24.031187]]
        Vào viện: [[DATE:05/03/2024]]   Ra viện: [[DATE:28/03/2024]]
        Diagnosis: melioidosis with splenic and prostatic abscesses, T2DM (HbA1c 11.2). Rice farmer. Meropenem 3 weeks then co-trimoxazole eradication 3 months.
        Follow-up: phòng khám Nhiễm, BS [[HCP:Lê Thị Thu Hà]]. Con gái [[REL:Nguyễn Thị Lan]]: [[PHONE:0909 318 224]]
    """),
    # 16 Malaysia: tumour board
    _n("""
        Quick one from yesterday's head & neck MDT at [[FAC:Hospital Sultanah Bahiyah]], [[TOWN:Alor Setar]]:

        Pt: Encik [[PT:Mohd Faizal bin Abdullah]], 48, IC [[SSN:760914-02-5531]], RN [[MRN:HSB0419922]]
        NPC, WHO type III, T3N2M0, EBV DNA 8,400 copies/ml. From [[PLACE:Kampung Titi Gajah]], works at the [[FAC:Gurun rubber processing plant]].
        Discussed IC (GP) followed by CCRT vs CCRT then adjuvant. ENT and onc both for induction.
        Issue: he's the sole earner, wife [[REL:Rosnah]] asking for treatment near her sister in the north — any onc there taking SOCSO-covered cases, his SOCSO [[PLAN:SKS-7609140255]]?
    """),
    # 17 Japan: referral letter
    _n("""
        紹介状 (translated roughly for the group, case of a [[AGE:94]]-year-old with TAVI question)

        [[FAC:市立豊中病院]] 循環器内科 御侍史
        [[DATE:令和6年2月14日]]
        患者: [[PT:山本 ハル]] 様、[[AGE:94]]歳、女性  カルテ番号 [[MRN:0017733264]]
        住所: 〒[[ZIP:560-0021]] [[TOWN:豊中市]][[STREET:本町3-8-12]]
        Severe AS, AVA 0.6 cm², mean PG 52. Syncope x2. CFS 4, lives with daughter [[REL:山本 恵子]] (tel [[PHONE:06-6843-0197]]). Family wishes TAVI evaluation.
        紹介元: [[FAC:桜井内科クリニック]] [[HCP:桜井 健]]

        Question for the network: is frailty at CFS 4 at this age still a reasonable TAVI candidate in your centres?
    """),
    # 18 Korea: case thread
    _n("""
        Scrub typhus or not? 66F farmer from [[PLACE:Sannae-myeon]], [[TOWN:Namwon]], fever 8 days, eschar R groin, AST 180, plt 88. Came to [[FAC:Jeonbuk National University Hospital]] ER on [[DATE:2023.10.27]]. Doxycycline started day 1, afebrile in 36 h. Registration no [[MRN:10482917]], resident reg no [[SSN:570812-2******]] (masked on our side anyway).
        But her husband [[PT:Park Jong-su]] came in two days later with same picture and no eschar found, then ARDS. He's now in MICU on ECMO. Their son [[REL:Park Min-ho]] asking if the field is the cause, landlord [[REL:Choi]] wants to know too.
        @kimhyejin.id is there any role for azithro add-on in severe ones, or rifampicin?
        Reply (Hye-jin Kim): no good data for combo in Korea outside trials; keep doxy IV if available. Check Orientia PCR on the husband's blood.
    """),
    # 19 China: WeChat chat
    _n("""
        Pasted from our department WeChat (translated), for the thread on ECMO for fulminant myocarditis:

        — [[DATE:2024年1月9日]] —
        02:13 [[HCP:王磊]]: 18床 [[PT:陈思远]], 22岁男, CK-MB 180, EF 15%, 心源性休克, 准备上VA-ECMO
        02:15 [[HCP:刘]]医生: 家属签字了吗? 父亲 [[REL:陈建国]] 在路上, 从[[TOWN:昆山]]过来
        02:40 [[HCP:王磊]]: 已签. 住院号 [[MRN:ZY20240109-0213]], 设备 [[DEVICE:Maquet CARDIOHELP SN 90337821]]
        07:55 [[HCP:刘]]医生: IVIG + 甲强龙冲击已给

        He decannulated day 6, EF 50% now. Asked by the family about returning to his job at [[FAC:苏州工业园区华星电子厂]] — is 6 months no exertion still standard?
    """),
    # 20 Hong Kong: lab request / result
    _n("""
        Anyone seen this pattern? Result pasted from our CMS:

        [[FAC:Queen Elizabeth Hospital]] Chemical Pathology
        Name: [[PT:CHAN Tai-man]]   HKID: [[SSN:K123456(3)]]   Age: 38 M
        HN: [[MRN:HN21093347X]]   Lab no: [[ID:24Q0118722]]
        Collected: [[DATE:18-Jan-2024]] 08:30   Ward: 6B
        Na 128, K 2.4, HCO3 34, renin <0.2, aldo 1,100 pmol/L, ARR >5000
        Requesting: Dr [[HCP:Ho Ka-wai]] (pager [[PAGER:81328 4417]])

        Young, resistant HT, strongly suggests PA; CT adrenals shows bilateral nodules. AVS list at our side 4 months. He lives in [[PLACE:Mei Foo Sun Chuen]], works night shift at [[FAC:Kwai Chung Container Terminal 9]].
    """),
    # 21 Kazakhstan: case thread, Russian-mixed
    _n("""
        Коллеги, advice please. 34M from [[TOWN:Semey]], worked at [[FAC:Semey meat-processing plant No. 2]], fever 3 weeks, hepatosplenomegaly, pancytopenia. Bone marrow — Leishmania? no, found Brucella on culture, but then his wife [[REL:Айгерим]] also febrile.
        ФИО: [[PT:Нурланов Ерлан Серикович]], ИИН [[SSN:900215300412]], история болезни [[MRN:ИБ-2024/1187]]
        Адрес: [[STREET:ул. Абая 118, кв. 42]], [[TOWN:Семей]]
        We have him in [[FAC:Областная инфекционная больница]]. Doxy+rif started [[DATE:12.02.2024]], still febrile day 10. Add gentamicin? Or is this endocarditis (echo ok so far)?
        Replies welcome, esp. @aliya.zh who did the brucellosis audit down south.
    """),
    # 22 Uzbekistan: phone typed
    _n("""
        sorry phone typing from night shift. 5yo girl [[PT:Madina Rustamova]], from [[PLACE:Chilonzor 9-kvartal]], [[TOWN:Tashkent]], dom [[STREET:14, kv 27]], ate wild mushrooms with grandmother ([[REL:Rustamova Saodat]] opa) in [[TOWN:Bostanliq]] on Saturday, now ALT 3800, INR 4.1. at [[FAC:RSNPMCP]] (republican pediatric center) ICU. mother phone [[PHONE:+998 90 318 44 02]]
        amanitin likely. silibinin not available in Uzbekistan, NAC running. anyone know source in Kazakhstan or Russia fast? transplant not option here for kids
    """),
    # 23 Georgia: discharge
    _n("""
        Discharge extract (translated from Georgian), for the MDR-TB thread:

        [[FAC:National Center for Tuberculosis and Lung Diseases]], [[TOWN:Tbilisi]]
        Patient: [[PT:Giorgi Beridze]], male, 29
        Personal no: [[SSN:01024057731]]   Case no: [[MRN:NCTLD/2023/0814]]
        Address: [[STREET:Tsereteli Ave 61, apt 9]], [[TOWN:Kutaisi]]
        Admitted [[DATE:11.09.2023]], discharged [[DATE:04.12.2023]]
        RR-TB confirmed GeneXpert, FQ-sensitive on LPA. BPaLM started, culture conversion week 8. Peripheral neuropathy grade 1 on linezolid, dose reduced to 600 → 300.
        DOT at [[FAC:Kutaisi TB dispensary]], contact nurse [[PHONE:+995 599 40 17 33]]. Mother screened, negative.
    """),
    # 24 Armenia: M&M
    _n("""
        M&M from our surgical service at [[FAC:Erebouni Medical Center]], [[TOWN:Yerevan]] — sharing because the same thing happened twice this year.

        73F, [[PT:Anahit Sargsyan]], history [[MRN:EMC-24-03318]], admitted [[DATE:19/03/2024]] with SBO from incarcerated femoral hernia. Delay of 14 h because the CT report said "no obstruction" (night reg). Resection of 30 cm ileum. Post-op AKI, died day 9.
        Family (son [[REL:Armen Sargsyan]], lives in [[TOWN:Gyumri]]) requested the records through lawyer, ref [[ID:ՀԴ-2024/118]].
        Points: femoral hernias in elderly women need a low threshold for exploration; night CT reporting.
    """),
    # 25 Poland: referral
    _n("""
        Skierowanie — pasting the main part because we argue about the criteria for this one:

        [[FAC:Szpital Wojewódzki im. Kopernika]], [[TOWN:Koszalin]], Oddział Neurologii
        Pacjent: [[PT:Jan Kowalczyk]], PESEL [[SSN:58071203118]]
        Adres: [[STREET:ul. Zwycięstwa 212/14]], [[ZIP:75-028]] [[TOWN:Koszalin]]
        Tel. córka ([[REL:Agnieszka Nowak]]): [[PHONE:+48 601 227 418]]
        Rozpoznanie: G35 — RRMS? 65-year-old with first demyelinating episode, 9 T2 lesions, OCB positive.
        Skierowanie do: Poradnia SM, [[FAC:Uniwersytecki Szpital Kliniczny w Gdańsku]]
        Lekarz: lek. [[HCP:Marta Wiśniewska]], NPWZ [[LIC:2948316]]

        At 65 do you treat? Ocrelizumab programme in Poland needs EDSS ≤5.5 and we're at 3.0.
    """),
    # 26 Ukraine: chat
    _n("""
        Pasted from our trauma group in [[TOWN:Dnipro]], for the discussion on blast injuries and delayed compartment syndrome:

        [[DATE:22.06.2024]]
        04:10 — [[HCP:Олександр Коваль]]: привезли з [[TOWN:Покровська]], 31M, шрапнель ліве стегно, турнікет 3.5 год
        04:12 — [[HCP:Ірина Бондар]]: фасціотомія? CK?
        04:30 — [[HCP:Олександр Коваль]]: CK 28 000, K 6.2. [[PT:Дмитро Мельник]], ID бригади не дали, військовий квиток [[ID:АА 418223]]
        05:05 — [[HCP:Ірина Бондар]]: в операційну, судинників з [[FAC:Мечникова]] викликали

        He kept the leg. Main question: what is your threshold for amputation vs salvage with tourniquet >3h? @o.tkachenko you've done more than us.
    """),
]

PHI_NOTES += [
    # 27 Romania: tumour board
    _n("""
        Comisia oncologică, [[FAC:Institutul Oncologic Prof. Dr. Ion Chiricuță]], [[TOWN:Cluj-Napoca]] — one case I want outside views on.

        [[PT:Ioana Pop]], 36F, FO [[MRN:IOCN 2024/07731]], CNP [[SSN:2880517124418]], from [[PLACE:comuna Feleacu]], [[COUNTY:Cluj County]]. Cervical SCC FIGO IIIC1r, 6 weeks postpartum (delivered at [[FAC:Spitalul Clinic Județean de Urgență Cluj]] on [[DATE:2 aprilie 2024]]). Breastfeeding, husband [[REL:Andrei]] works in [[TOWN:Milan]] and is coming back.
        Plan: chemoradiation + brachy. Question from the gynae onc: fertility preservation is off the table, but ovarian transposition before RT worth it at 36?
        @radu.c thoughts from your side of the brachy?
    """),
    # 28 Czech: lab request
    _n("""
        ŽÁDANKA – hematologie, [[FAC:Fakultní nemocnice Hradec Králové]]
        Pacient: [[PT:Marie Dvořáková]], RČ [[SSN:485612/0713]], pojišťovna 111
        Bydliště: [[STREET:Gočárova třída 1124]], [[ZIP:500 02]] [[TOWN:Hradec Králové]]
        Datum odběru: [[DATE:3. 4. 2024]]
        Requested: flow cytometry PB, CBC + film, LDH, β2M, DAT, immunofixation
        Clinical: lymphocytosis 48 × 10⁹/l, small smear cells, nodes neck 2 cm. ?CLL ?MCL — cyclin D1 on node biopsy pending.
        Odesílající lékař: MUDr. [[HCP:Petr Svoboda]], IČP [[LIC:53118246]]

        Born [[YEAR:1948]] — so 76, not frail. Asking because our haem-onc wants to skip FISH; I think del(17p)/TP53 changes everything.
    """),
    # 29 France: case thread
    _n("""
        Cas clinique, help. 82M, [[PT:Bernard Lefèvre]], retired boulanger, lives alone in [[STREET:12 rue des Tanneurs]], [[ZIP:67000]] [[TOWN:Strasbourg]]. Found on the floor by his neighbour (Mme [[REL:Schmitt]]... sorry, she's not family but she's the contact) after ?24 h. CK 32 000, creat 310, hypothermia 33.1. Admitted to réa at [[FAC:Hôpital de Hautepierre]] on [[DATE:15/01]].
        NIR [[SSN:1 42 03 67 482 117 26]], he has a téléalarme but never wore it (device [[DEVICE:Vitaris TA-77104]]).
        Question: rhabdo with creat rising despite 6 L/day — when do you start EER in an 82-year-old who says "pas de machine"?
        Reply: We would respect that, but first check he understands AKI can be reversible with a few sessions. Involve the médecin traitant.
    """),
    # 30 Germany: Arztbrief
    _n("""
        Arztbrief (shortened, for the thread on checkpoint colitis):

        [[FAC:Universitätsklinikum Freiburg]], Klinik für Innere Medizin II
        Patientin: Frau [[PT:Hildegard Bauer]], geb. [[DATE:08.07.1959]]
        Fallnr.: [[MRN:42087713]]   Versichertennr.: [[PLAN:K840215573]] (AOK Baden-Württemberg)
        Anschrift: [[STREET:Schwarzwaldstraße 87]], [[ZIP:79117]] [[TOWN:Freiburg im Breisgau]]
        Stationär vom [[DATE:04.03.2024]] bis [[DATE:16.03.2024]]
        Melanoma stage IV on ipi/nivo, cycle 3. Diarrhoea grade 3, CRP 140, colitis on endoscopy. Methylpred 2 mg/kg, infliximab x1 day 4, settled. Checkpoint therapy paused.
        Weiterbehandlung: Dr. med. [[HCP:Stefan Krüger]], Hausarzt, Fax [[FAX:07641 933 118]]

        Does anyone rechallenge with nivo mono after grade 3 colitis? Our derm-onc says yes, GI says never.
    """),
    # 31 Netherlands: chat (Siilo)
    _n("""
        From the AIOS group on Siilo last night (pasted with permission), about a drowsy [[AGE:91]]-year-old:

        — [[DATE:12-02-2024]] —
        23:47 [[HCP:Sanne de Vries]]: mevrouw op de SEH, [[AGE:91]] jr (geb. [[DATE:1932]]), vanuit [[FAC:verpleeghuis De Wittenberg]], GCS 12, Na 112
        23:49 [[HCP:Joris Bakker]]: medicatie? thiazide? SSRI?
        23:50 [[HCP:Sanne de Vries]]: chloortalidon en citalopram. BSN [[SSN:183947220]], dochter [[REL:Ellen van Dijk]] onderweg uit [[TOWN:Apeldoorn]]
        23:58 [[HCP:Joris Bakker]]: 100 ml 3% NaCl bolus, herhaal max 2x, Na elke 2 uur. en stop beide

        Na 119 next morning, 124 at 24 h. Do you still aim for ≤8 mmol/L/24h in someone this old with symptoms? Thanks @m.jansen for the protocol you sent.
    """),
    # 32 Ireland: M&M
    _n("""
        M&M, Dept of Emergency Medicine, [[FAC:University Hospital Galway]]

        Case: 24M, [[PT:Ciarán Ó Súilleabháin]], MRN [[MRN:UHG-0318842]], farm labourer from [[PLACE:Inverin]], [[COUNTY:Co. Galway]]. Presented [[DATE:Sat 9th March]] at 02:10 with back pain after lifting, discharged with analgesia by locum. Re-presented 36 h later with cauda equina (saddle anaesthesia, retention 900 ml). MRI: L4/5 massive disc. Decompression at [[FAC:Beaumont]] 53 h from onset.
        Contributing: no PR/sensory exam documented; "red flags absent" ticked.
        Complaint by mother [[REL:Máire]], solicitor letter ref [[ID:OD/24/1193]].
        The locum's registration no. ([[LIC:IMC 441872]]) was requested by the family — we've referred that to the clinical director.
    """),
    # 33 Italy: case thread code-mixed
    _n("""
        Ciao a tutti, caso dal nostro PS. Signora [[PT:Giuseppina Russo]], [[AGE:96]] anni, da [[PLACE:frazione Sant'Angelo]], [[TOWN:Ischia]], portata dal figlio [[REL:Salvatore]] con dolore addominale e lattati 6.8. TC: ischemia mesenterica, AMS occlusa. Chirurgo di guardia dice "non operabile", famiglia vuole tutto.
        Codice fiscale [[SSN:RSSGPP28A41E329K]], tessera sanitaria [[PLAN:80380000400012345678]]. Ricoverata [[DATE:lunedì 18 marzo]] all'[[FAC:Ospedale Anna Rizzoli]] di [[TOWN:Lacco Ameno]].
        How do you handle the conversation with families when surgery is futile at [[AGE:96]]? We have no palliative team on the island.
        Reply (Chiara Bianchi): We use "treatment would not achieve the goals you hope for", and we offer a time-limited plan — morfina, comfort, family present.
    """),
    # 34 Spain: referral letter
    _n("""
        Interconsulta a Reumatología, [[FAC:Hospital Universitario Virgen del Rocío]], [[TOWN:Sevilla]]

        Paciente: [[PT:Rocío Jiménez Moreno]], 34 años, NHC [[MRN:3318741]], DNI [[SSN:28941573-K]], TSI [[PLAN:AN0293784412]]
        Domicilio: [[STREET:C/ Feria 43, 2º B]], [[ZIP:41003]] [[TOWN:Sevilla]]
        Derivada desde el [[FAC:Centro de Salud San Luis]] por su médico de familia.
        Raynaud since winter, puffy fingers, anti-topo I positive, DLCO 61%. HRCT: subtle NSIP pattern. Embarazo deseado — she wants to try this year.
        Contacto: [[PHONE:+34 622 41 88 07]], [[EMAIL:rociojm.sevilla@correoandaluz.es]]

        Any guidance on MMF → aza switch before conception in early dcSSc with ILD?
    """),
    # 35 Portugal: imaging request
    _n("""
        Pedido de exame – TC tórax com contraste
        [[FAC:Hospital de Santa Maria]], [[TOWN:Lisboa]], Pneumologia
        Utente: [[PT:António Manuel Ferreira da Silva]], 68 anos, nº SNS [[MRN:289 441 736]]
        Morada: [[STREET:Rua da Mouraria 88, 3º Esq]], [[ZIP:1100-342]] [[TOWN:Lisboa]]
        Data: [[DATE:21/06/2024]]
        Informação clínica: ex-fumador 50 UMA, worked 30 years at the [[FAC:Estaleiros da Lisnave]] (asbestos), new R pleural effusion, exsudate, citologia negativa x2. ?mesotelioma.
        Médico: Dra. [[HCP:Inês Carvalho]], cédula [[LIC:OM 51884]]

        For the group: VATS biopsy directly, or CT first? Our waiting list for VATS is 6 weeks.
    """),
    # 36 Greece: phone typed
    _n("""
        quick q from the island, sorry typos. 79M [[PT:Giannis Papadakis]] from [[TOWN:Ierapetra]], AMKA [[SSN:07014503871]], wife [[REL:Eleni]] brought him to our KY (health centre) [[FAC:Κέντρο Υγείας Ιεράπετρας]] with new AF 150s + BP 85/50. only have amiodarone and digoxin, no cardioversion pads that work 🙄
        nearest cardiology [[FAC:ΠΑΓΝΗ]] in [[TOWN:Heraklion]] 1.5h ambulance. EKAB says 2 hours wait. his cardiologist Dr [[HCP:Manolakis]] [[PHONE:+30 28420 2 4417]] not answering.
        amio bolus and go? or digoxin safer in the van?
    """),
    # 37 UK: discharge summary
    _n("""
        Sharing our discharge summary template for the DKA-in-SGLT2i thread:

        [[FAC:Royal Hallamshire Hospital]]
        Patient: [[PT:Kevin O'Brien]]   DOB [[DATE:04/09/1971]]   NHS no [[MRN:943 476 5919]]
        Address: [[STREET:47 Abbeydale Road]], [[TOWN:Sheffield]] [[ZIP:S7 1FE]]
        Admitted [[DATE:27/02/2024]]: euglycaemic DKA (BG 11, ketones 5.8) 3 days after laparoscopic chole, empagliflozin not stopped pre-op.
        Discharged on basal-bolus; empagliflozin STOPPED, GP to review. Wife ([[REL:Julie]]) given sick-day rules leaflet.
        Ward contact: [[FAC:Firth Ward]] [[PHONE:0114 496 0341]]; diabetes SpR bleep [[PAGER:2208]]
        GP: Dr [[HCP:Harpreet Sandhu]]

        @nickyhalliday is this the kind of thing you wanted for the audit?
    """),
    # 38 Sweden: tumour board
    _n("""
        MDK (multidisciplinary conference), [[FAC:Norrlands universitetssjukhus]], [[TOWN:Umeå]] — one case for the network:

        [[PT:Lars-Erik Nilsson]], 71, personnummer [[SSN:19530214-4418]], from [[PLACE:Hemavan]] in [[COUNTY:Storumans kommun]], retired reindeer-herding family, wife [[REL:Britt]]. Pancreatic head adenocarcinoma, borderline resectable (SMV abutment 180°). CA 19-9 980.
        Plan: FOLFIRINOX x4 then re-stage. He lives 4 hours from us; our onc nurse arranging chemo at [[FAC:Lycksele lasarett]].
        @ahmed.s — you said your centre does mFOLFIRINOX with G-CSF for the elderly, what's your cut-off?
    """),
    # 39 Finland: case thread
    _n("""
        Puumala or not? 44M forestry worker, [[PT:Mikko Heikkinen]], from [[TOWN:Suonenjoki]], came to [[FAC:KYS]] on [[DATE:30.11.2023]] with fever, back pain, blurred vision, creat 480, plt 42, proteinuria 3+. Serology Puumala IgM positive on day 4. Hetu [[SSN:120679-135N]].
        Now polyuric 7 L/day, creat falling. Wife [[REL:Sari]] asks if the children who cleaned the woodshed with him should be tested — they're well.
        My question is more about the blurred vision (myopic shift) — anyone seen it persist beyond 2 weeks?
        Reply: It usually resolves in 1–2 weeks. If not, check IOP, angle closure has been reported.
    """),
    # 40 Denmark: lab request
    _n("""
        Rekvisition – klinisk mikrobiologi, [[FAC:Aarhus Universitetshospital]]
        Patient: [[PT:Freja Mortensen]], CPR [[SSN:150396-1084]]
        Adresse: [[STREET:Jægergårdsgade 56, 3. th.]], [[ZIP:8000]] [[TOWN:Aarhus C]]
        Prøvetagning: [[DATE:11/10/2023]], prøvenr [[ID:AUH-KMA-23-558711]]
        Requested: Legionella urinary antigen, PCR on BAL, Mycoplasma PCR
        Clinical: 27F, severe CAP, returned from a hotel in Spain 6 days ago, Na 127, CK 900.
        Læge: [[HCP:Rasmus Holm]], sygehuslæge, tlf [[PHONE:7845 2211]]

        Posting because the hotel may have other cases — how do you notify across EU borders? ECDC ELDSNet via SSI I assume?
    """),
    # 41 Mexico: chat
    _n("""
        Del grupo de residentes, pasted for the thread on Chagas cardiomyopathy:

        — [[DATE:6/5/24]] —
        7:12 a. m. - [[HCP:Diego Hernández]]: paciente del 3, Don [[PT:Aurelio Cruz Ramírez]], 58, de [[PLACE:San Juan Bautista Coixtlahuaca]], Oaxaca. BRDHH + HAFI, FEVI 30%, aneurisma apical
        7:14 a. m. - [[HCP:Lupita Sánchez]]: serología T. cruzi?
        7:15 a. m. - [[HCP:Diego Hernández]]: positivas ambas. NSS [[PLAN:43917204418]], CURP [[SSN:CURA650914HOCRMR08]]
        7:20 a. m. - [[HCP:Lupita Sánchez]]: Holter, TV no sostenida? hablar con electro del [[FAC:Instituto Nacional de Cardiología Ignacio Chávez]]
        7:22 a. m. - [[HCP:Diego Hernández]]: sí, 14 rachas. hija [[REL:Marisol]] [[PHONE:951 118 4027]]

        Question for the network: is benznidazole worth it at 58 with established cardiomyopathy? BENEFIT says no mortality benefit but…
    """),
    # 42 Brazil: discharge summary
    _n("""
        Resumo de alta – [[FAC:Hospital das Clínicas da UFMG]]
        Paciente: [[PT:Maria Aparecida dos Santos]], 52 anos, prontuário [[MRN:2384117-0]]
        CPF [[SSN:418.227.936-05]]   Cartão SUS [[PLAN:898 0048 2391 7702]]
        Endereço: [[STREET:Rua Itaparica 312]], [[PLACE:bairro Santa Tereza]], CEP [[ZIP:31010-410]]
        Internação [[DATE:12/04/2024]] a [[DATE:30/04/2024]]
        Schistosomiasis mansoni with periportal fibrosis (Symmers), upper GI bleed, EV banding x5, propranolol. Normal LFTs. Grew up in rural Minas Gerais swimming in rivers.
        Filha [[REL:Juliana]] acompanhante, tel [[PHONE:(31) 99418-2037]].
        Ambulatório de hepatologia com Dra. [[HCP:Fernanda Lima]].
    """),
    # 43 Peru: case thread
    _n("""
        Colegas, caso de altura. 19M soldier, [[PT:Wilber Quispe Mamani]], from [[TOWN:Juliaca]], arrived at [[FAC:Hospital Regional Manuel Núñez Butrón]] in [[TOWN:Puno]] with dyspnoea after returning from 2 weeks at sea level in [[TOWN:Lima]]. SpO2 62% RA, bilat infiltrates — re-entry HAPE. Nifedipine + O2, better in 24h.
        SIS [[PLAN:SIS-71839204]], DNI [[SSN:71839204]]. Mother Doña [[REL:Felicitas]] only speaks Quechua, his cousin translating.
        Should he be discharged back to the unit at 3,800 m? The army medic, Tte. [[HCP:Huamán]], wants him back on Monday.
        Reply (@rocio.condori): Not before 72h symptom-free and SpO2 at his baseline; and prescribe nifedipine for the next re-ascent.
    """),
    # 44 Jamaica: referral letter
    _n("""
        Letter I sent for a child with suspected rheumatic carditis; wanted feedback on what else the cardiology clinic needs:

        [[FAC:Cornwall Regional Hospital]], [[TOWN:Montego Bay]], Paediatrics
        [[DATE:24 January 2024]]
        Re: [[PT:Shanice Campbell]], 11 yrs, DOB [[DATE:19/08/2012]], Docket [[MRN:CRH-118-442]]
        Address: [[STREET:Lot 22 Orange Street]], [[PLACE:Flanker]], [[COUNTY:St James]]
        NHF card [[PLAN:0841 773 219]]
        Mother: Ms [[REL:Tamika Brown]], [[PHONE:876-555-0148]]
        Fever, migratory polyarthritis, new MR murmur, ASOT 800. Meets revised Jones (2015) major x2. Started benzathine penicillin.
        Kind regards, Paediatric SHO on call
    """),
    # 45 Samoa: case thread
    _n("""
        Talofa colleagues. 8yo boy [[PT:Sione Faleolo]] from [[PLACE:Lotofaga]], brought to [[FAC:Tupua Tamasese Meaole Hospital]] in [[TOWN:Apia]] with a 3-week fever and a swollen R knee; school sores on legs. ESR 110, echo: mild AR.
        His grandmother ([[REL:Malia]]) cares for him; dad [[REL:Tavita]] works in [[TOWN:Auckland]] on RSE. NHI in NZ? He was born there: [[MRN:ZKL8814]].
        Question: streptococcal septic arthritis vs ARF — knee aspirate 48,000 WCC, Gram neg, culture pending. Would you wash out before cultures return?
        @fa.tuilagi you've seen more of these at [[FAC:Middlemore]] than me.
    """),
    # 46 Fiji: chat
    _n("""
        Pasted from our Viber group at [[FAC:Lautoka Hospital]] (leptospirosis season again):

        — [[DATE:2/2/24]] —
        10:31 [[HCP:Vikash Prasad]]: 3rd lepto this week. 38M sugarcane cutter from [[PLACE:Drasa settlement]], [[PLACE:Vitogo]], plt 22, creat 612, haemoptysis
        10:34 [[HCP:Mereani Tuilau]]: pulm haemorrhage — ICU? 
        10:35 [[HCP:Vikash Prasad]]: ICU full. Ratu [[PT:Josefa Naivalu]], NHN [[MRN:LTK-0091184]]. Wife [[REL:Litia]] at bedside, phone [[PHONE:+679 923 4417]]
        10:48 [[HCP:Mereani Tuilau]]: call [[FAC:CWM]] for transfer, ask for Dr [[HCP:Raikadroka]]

        Any experience with methylpred pulses in lepto pulmonary haemorrhage?
    """),
    # 47 PNG: M&M
    _n("""
        M&M, Obstetrics, [[FAC:Mt Hagen Provincial Hospital]] — for the PPH group

        27-year-old P5 from [[PLACE:Kotna village]], [[PLACE:Dei District]], delivered at home, 4 h by PMV to hospital with PPH, Hb 3.2. Blood bank empty; walking donors from the family (two brothers) cross-matched, 2 units in 90 min. Died of DIC after 11 h.
        Patient [[PT:Rose Kewa]], record [[MRN:MHPH-2024-0517]]. Admitted [[DATE:16 May]].
        Issues: no TXA at the health centre in [[PLACE:Kotna]], oxytocin stored without fridge, vehicle (PMV [[PLATE:WHP 441]]) broke down on the [[STREET:Highlands Highway]].
        Ideas for tranexamic acid in community distribution?
    """),
    # 48 Australia: tumour board
    _n("""
        Lung MDT, [[FAC:Royal Darwin Hospital]] — case for the network, sorry for the length.

        [[PT:Jimmy Tjapaltjarri]], 61, URN [[MRN:RDH 0412287]], Medicare [[PLAN:2951 48371 2-1]], from [[PLACE:Yuendumu]] community, 290 km NW of [[TOWN:Alice Springs]]. Non-smoker?? Adenocarcinoma RUL, EGFR exon 19 del, T2bN2M0. Cousin [[REL:Nora Napanangka]] is his carer and interpreter (Warlpiri). Aboriginal Liaison Officer involved.
        Options: chemoradiation in [[TOWN:Darwin]] (12 weeks away from Country) vs surgery in [[TOWN:Adelaide]] then osimertinib (ADAURA). He has said he won't stay away more than 4 weeks.
        @priya.gunawardena how has [[FAC:Alice Springs Hospital]] managed SABR access?
    """),
    # 49 USA, Somali family in Minneapolis: clinic letter
    _n("""
        Clinic note excerpt — posting for the vitamin D / rickets thread

        [[FAC:Cedar-Riverside Family Clinic]], [[STREET:420 Cedar Ave S]], [[TOWN:Minneapolis]], MN [[ZIP:55454]]
        Patient: [[PT:Hodan Abdi Warsame]], 2y F, MRN [[MRN:CRF-0098117]], MA [[PLAN:83220417]]
        Visit [[DATE:3/12/2024]]: bowed legs, wrist widening, not walking well. Ca 7.8, phos 2.4, ALP 980, 25-OH D <5. Exclusive breastfeeding + camel milk, no supplementation. Mom [[REL:Fartun Ali]] wears full cover; dad [[REL:Abdirahman Warsame]] drives for [[FAC:Metro Transit]].
        Interpreter: Somali, ID [[ID:INT-5512]]. Callback [[PHONE:612-555-0137]]
        Plan: stoss vs daily D3? With this level I did daily 2000 IU + calcium. WIC referral placed.
        — thanks @hsaid.peds for the handout in Somali.
    """),
    # 50 USA, Guatemalan worker in Texas: ED case
    _n("""
        ED case, want thoughts on the heat one. 29M, [[PT:Marvin Ajanel Tzoc]], K'iche' speaker from [[TOWN:Totonicapán]], roofing crew for [[FAC:Lone Star Roofing & Siding LLC]], brought from a job site on [[STREET:FM 1097]] in [[COUNTY:Montgomery County]] by coworker after collapse at 3pm. Core temp 42.3, GCS 9, CK 41k.
        Cold water immersion on arrival at [[FAC:HCA Houston Healthcare Conroe]], temp <39 in 18 min. Employer gave no SSN (he has ITIN [[SSN:912-78-4410]]). The company truck that dropped him: Texas plate [[PLATE:LKW-4882]], VIN [[VIN:1FTFW1E58MFA31179]] — OSHA asked us for it.
        Brother [[REL:Edwin]] reachable at [[PHONE:936-555-0182]].
        Q: anyone pushing for OSHA heat standard documentation in the chart? What do you write?
    """),
    # 51 Canada, Afghan refugee: referral
    _n("""
        Referral to Infectious Diseases, [[FAC:Ottawa Hospital General Campus]]
        From: [[FAC:Bruyère Refugee Health Clinic]], Fax [[FAX:613-555-0166]]
        [[DATE:Feb 7, 2024]]
        Re: [[PT:Farzana Hakimi]], 34F, arrived via Pakistan 2023, IFHP [[PLAN:IFHP 11-4428-7703]], UCI [[ID:1104-4827]], OHIP pending
        Address: [[STREET:1420 Heron Rd, Apt 612]], [[TOWN:Ottawa]] [[ZIP:K1V 6A4]]
        IGRA positive, CXR RUL cavity, sputum smear 2+. Husband [[REL:Mohammad Nabi Hakimi]] and three children need contact tracing. Dari interpreter required. Contact via case worker [[HCP:Leila Rahimi]], [[EMAIL:l.rahimi@ottawanewcomers.org]].
        Please also see about her hepatitis B (sAg+).
        Dr. [[HCP:Graham Whitfield]], CPSO [[LIC:104882]]
    """),
    # 52 USA, Haitian travel + device / telehealth
    _n("""
        weird one from telehealth yesterday. pt [[PT:Jean-Baptiste Pierre-Louis]] 67M with CRT-D, visiting family in [[TOWN:Jacmel]] for 3 wks, remote monitor sent 4 shocks overnight. Device [[DEVICE:Medtronic Cobalt XT SN RZY604118H]]. He connected through his daughter's phone from IP [[IP:203.0.113.58]], video kept dropping.
        Daughter [[REL:Nadège]] ([[EMAIL:nadege.pl.1987@kreyolmail.com]]) posted about it on FB, [[URL:facebook.com/nadege.pierrelouis/posts/10224418]], and on IG [[HANDLE:@nadege_ayiti]] asking for prayers 😬 — family now scared to fly home to [[TOWN:Miami]].
        He's now at [[FAC:Hôpital Saint-Michel de Jacmel]], K 2.9. Our EP Dr. [[HCP:Okonkwo]] wants him to stay put until K corrected and ICD interrogated. Our MRN [[MRN:JMH-22918443]], billing acct [[ACCT:7741902238]] (the travel insurer wants it).
        Q: anyone have a contact with a pacing programmer in the south of Haiti? @guerda.md?
    """),
]


FREE_NOTES: list[str] = [
    # 53
    _n("""
        Quick poll for the Africa group: for cryptococcal meningitis are you all on the single high-dose liposomal AmB (10 mg/kg) + flucytosine + fluconazole regimen from AMBITION-cm now? We still get Fungizone only most months, so we do 1 week amphotericin B deoxycholate + 5FC. Therapeutic LPs until opening pressure <20 cmH2O. WHO 2022 guideline is here: https://www.who.int/publications/i/item/9789240052178
        Thanks Dr. Mensah for the flucytosine supply contact, that saved us in Q3.
    """),
    # 54
    _n("""
        Teaching point from ward round today (Tuesday): Kernig and Brudzinski have poor sensitivity, ~5–10% in a 2002 prospective cohort (Clin Infect Dis 2002;35:46–52). Don't let a negative Kernig stop an LP. Jolt accentuation also disappointing in later studies. In a febrile HIV+ adult with headache in sub-Saharan Africa think Cryptococcus, TB, bacterial, in that order depending on CD4.
        @kofi.boateng asked about CSF lactate — >3.5 mmol/L favours bacterial, but partially treated cases blur it.
    """),
    # 55
    _n("""
        Sickle cell question. HbSS, 14 y, TCD velocity 210 cm/s (conditional). STOP trial thresholds: ≥200 abnormal, 170–199 conditional. Do you repeat in 3 months or start hydroxyurea now? We follow the SPRING/SPIN approach from Nigeria: moderate-dose HU ~20 mg/kg for primary stroke prevention where chronic transfusion isn't feasible. HbF 8%, MCV 88, neutrophils 3.2. ICD-10 D57.0 for the crisis admission, D57.1 otherwise.
    """),
    # 56
    _n("""
        Anyone else seeing more Lassa this dry season? Ribavirin IV per the McCormick regimen (30 mg/kg load, 15 mg/kg q6h x4d, 7.5 mg/kg q8h x6d) — we're not convinced by the mortality data; the 1986 NEJM study has been criticised for its design. Favipiravir is off-label. Ebola, Marburg and Lassa all have different PPE thresholds in our IPC SOP. Ghana, Nigeria, Sierra Leone and Liberia colleagues — what's your threshold for isolating febrile patients with bleeding?
        Reply (Chidi): Any bleeding + fever + no malaria on RDT = isolate until Lassa PCR back. AST >150 is a bad sign.
    """),
    # 57
    _n("""
        Post-op question (Egypt/Gulf colleagues): FMF patient, MEFV M694V homozygous, on colchicine 2 mg/day, now with AA amyloidosis and proteinuria 3.2 g/day. Colchicine-resistant by the Eurofever/PRINTO definition. Canakinumab vs anakinra? Access in Egypt through the MoH committee takes months. Also, Tel-Hashomer criteria vs the 2019 Eurofever/PRINTO classification — which do you use in clinic? The ISSF score?
    """),
    # 58
    _n("""
        Journal club this week: "Early Rhythm-Control Therapy in Patients with Atrial Fibrillation" (EAST-AFNET 4, N Engl J Med 2020;383:1305–16, doi:10.1056/NEJMoa2019422). CHA2DS2-VASc ≥2 eligible. Outcome 3.9 vs 5.0 per 100 person-years. Discussion was whether it applies in Jordan and Lebanon where flecainide supply is patchy and ablation waiting lists are long. Our EP lead pointed out most of the benefit came from AADs, not ablation. Slides shared on the network drive.
    """),
    # 59
    _n("""
        Brucella + pregnancy: 24 weeks, Wright 1/640, blood cultures positive. Co-trimoxazole + rifampicin is what most Iranian and Turkish protocols use before 36 weeks, doxy is contraindicated. Beware kernicterus with TMP-SMX near term. Does anyone use Rose Bengal as a bedside screen anymore? Our lab sends Coombs anti-Brucella for chronic cases. Malta fever in the older texts — same bug.
    """),
    # 60
    _n("""
        Ramadan and diabetes: the IDF-DAR 2021 risk score is what we use in Saudi Arabia and the Emirates. Score >6 = high risk, advise not to fast. Switch gliclazide to evening at iftar, reduce by 50% if on sulfonylurea + insulin. Empagliflozin is okay in low-risk fasters with good hydration. SMBG before suhoor, midday and 2h after iftar. Anyone used the Ramadan Education and Awareness in Diabetes (READ) programme leaflets in Arabic? Thanks @layla.alrashid for the Arabic translation.
    """),
    # 61
    _n("""
        Hinglish apologies: sir koi bataye, dengue mein platelet 18,000 hai but no bleeding, kya transfuse karna chahiye? NVBDCP 2015 guideline kehta hai prophylactic transfusion <10,000 without bleeding. Hct 48 baseline 38, so 26% rise, warning sign. Ringer lactate 5-7 ml/kg/hr. Papaya leaf extract wale family ko mana karna padta hai 😅. NS1 positive day 2, IgM pending.
        Reply: No transfusion. Watch Hct and BP. Platelets bhi day 5–6 pe nadir hota hai, day 7 se recover.
    """),
    # 62
    _n("""
        TB question for Pakistan/India docs: child 4 years, Gastric aspirate CBNAAT MTB detected, rif-res not detected. Household contact of smear-positive grandmother. Gilti (neck node) swelling + Mantoux 14 mm. 2HRZE/4HR with FDC dispersible tablets per the 2022 national guidelines, or the 4-month SHINE regimen for non-severe TB? SHINE (N Engl J Med 2022;386:911–22) showed non-inferiority. Also INH preventive therapy for siblings <5, or 3HP?
    """),
    # 63
    _n("""
        Snakebite: Russell's viper vs saw-scaled in Sri Lanka — both cause coagulopathy, but Russell's viper also gives AKI and the "Sri Lankan" neurotoxic picture. 20WBCT is our go-to. ASV (Indian polyvalent, Bharat Serums or VINS) has poor efficacy against hump-nosed pit viper (Hypnale). Anyone have experience with the Sri Lankan monovalent trial product? @nishanthi.w ran the district hospital data for the North Central Province I think?
    """),
    # 64
    _n("""
        Nepal/Bhutan/North India: scrub typhus vs murine typhus vs leptospirosis in monsoon fever. Weil-Felix OX-K is still ordered everywhere but sensitivity is poor; IgM ELISA (InBios) cut-off OD 0.5 in our region. Doxycycline 100 mg BD x7 days covers all three. Azithromycin for pregnant women. Eschar in 40–60% in some series, less in darker skin. INTREST trial (N Engl J Med 2023) — combination doxy+azithro IV improved outcomes in severe scrub typhus.
    """),
    # 65
    _n("""
        Kawasaki in a 6-month-old with only 3 criteria + coronary Z-score 3.1 on echo — incomplete KD per AHA 2017. IVIG 2 g/kg + aspirin 30–50 mg/kg/day. Second dose IVIG or infliximab if still febrile 36h later? Japanese colleagues use the Kobayashi score for IVIG resistance (≥4 = high risk) and add prednisolone (RAISE study, Lancet 2012). Kobayashi doesn't validate well in the US population. Thoughts @yuki.tanaka?
    """),
    # 66
    _n("""
        Philippine question for ID colleagues: leptospirosis prophylaxis after flood exposure — doxy 200 mg single dose for low risk, 200 mg weekly during exposure for moderate/high per the 2010 PSMID/PCP guidelines. After Typhoon season in Luzon we see a spike 1–2 weeks later. Anyone using Ceftriaxone vs Penicillin G for severe lepto (the two Thai RCTs, Clin Infect Dis 2003 and 2004)? Both acceptable.
        Reply: We use ceftriaxone 1g q24 — once daily, easier for the ward.
    """),
    # 67
    _n("""
        Thailand/Cambodia colleagues: melioidosis in a diabetic with splenic abscess — Burkholderia pseudomallei, the Whitmore bacillus. Intensive phase ceftazidime or meropenem ≥14 days (4–8 weeks if deep-seated), then eradication with co-trimoxazole for 12–20 weeks. The long-running Australian prospective cohort (since 1989) is the best data we have. Ashdown agar selective medium needed — tell the lab. Mortality in northeast Thailand still ~40%.
    """),
    # 68
    _n("""
        Indonesia: dengue shock syndrome fluid question. WHO 2011 SEARO: crystalloid 5–7 ml/kg/h x1–2h then reduce. For DSS: 20 ml/kg bolus over 15–30 min, repeat Hct. If Hct falls with unstable vitals think bleeding → transfuse. Our residents keep confusing this with the pediatric sepsis (Surviving Sepsis Campaign 2020) approach. Colleagues — are you using the Indonesian Pediatric Society (IDAI) chart or WHO?
    """),
    # 69
    _n("""
        Japanese encephalitis vs Nipah vs Chandipura in a child with fever + seizures + altered sensorium in the monsoon. JE IgM MAC-ELISA on CSF is the test. Nipah: Kerala and Bangladesh outbreaks, fruit bats (Pteropus), date palm sap. Hendra is the Australian cousin (horses). Chandipura from Gujarat and Maharashtra, sandflies. Vaccine for JE: SA 14-14-2 live attenuated, single dose in India's UIP since 2006.
    """),
    # 70
    _n("""
        Vietnam/Myanmar colleagues: Streptococcus suis meningitis in pig farmers — deafness in ~50%. Dexamethasone helped hearing in the Vietnamese trial (N Engl J Med 2007;357:2431–40). Ceftriaxone 2g q12 x14 days. Also screen for raw pork blood pudding (tiết canh) — that's how most of ours get it. The Vietnamese case series is worth reading.
    """),
    # 71
    _n("""
        Korean colleagues: SFTS (Dabie bandavirus) vs HFRS (Hantaan) in a farmer with fever, thrombocytopenia, leukopenia. SFTS has high CFR, no specific Rx, favipiravir data from Japan. HFRS: oliguric then polyuric phase. Check Hantaan IgM. Tsutsugamushi also. Hantavax is licensed in Korea but efficacy questionable. Korean Society of Infectious Diseases 2019 guideline. PCR turnaround is 24h at the national reference lab.
    """),
    # 72
    _n("""
        China: HBV in pregnancy, HBsAg+, HBeAg+, HBV DNA 8.3 log IU/mL at 24 weeks. TDF from 28 weeks to prevent MTCT (Chinese Society of Hepatology 2022; AASLD 2018 also ≥200,000 IU/mL threshold). Baby: HBIG + vaccine within 12 h. Breastfeeding fine on TDF. When to stop — postpartum 4–12 weeks with ALT monitoring for flare. Also TAF has growing pregnancy data now.
    """),
    # 73
    _n("""
        Mongolia/Kazakhstan question. Echinococcus granulosus liver cyst, WHO-IWGE CE2 8 cm. PAIR vs surgery? PAIR contraindicated in CE2/CE3b (multivesicular). Albendazole 400 mg BD from 1 week before to 4 weeks after. Alveolar echinococcosis (E. multilocularis) is a different beast — PNM staging, long-term albendazole. Casoni test is obsolete. ICD-10 B67.0, SNOMED CT 70082004.
        Reply (Aliya Zhunusova): We go to surgery for CE2 >5 cm. PAIR only for CE1/CE3a.
    """),
    # 74
    _n("""
        Central Asia TB: MDR rates in Uzbekistan and Tajikistan remain among the world's highest. BPaLM (bedaquiline, pretomanid, linezolid, moxifloxacin) 6 months per WHO 2022 — moxi dropped if FQ-resistant (BPaL). TB-PRACTECAL (N Engl J Med 2022;387:2331–43). QTcF monitoring weekly first month; stop if >500 ms. Linezolid neuropathy: reduce to 600 mg, or 600 mg 3x/week.
    """),
    # 75
    _n("""
        Georgia/Armenia/Azerbaijan: Crimean-Congo haemorrhagic fever season. Ribavirin use controversial (Cochrane 2018 no clear benefit). Tick bite + fever + thrombocytopenia + AST rise. Severity scoring: Swanepoel criteria. Nosocomial transmission risk — gloves, goggles, N95 for AGPs.
    """),
    # 76
    _n("""
        Тема для обсуждения: hepatitis C in Georgia's elimination programme — sofosbuvir/velpatasvir 12 weeks, SVR12 >98%. Georgia was the first in the region to offer free DAAs from 2015 (Gilead partnership). Any Caucasus colleagues seeing reinfection in PWID? We test SVR12 then HCV RNA yearly if ongoing risk. APRI/FIB-4 before and after. Fibroscan >12.5 kPa = cirrhosis surveillance.
    """),
    # 77
    _n("""
        Pasting our MDR Gram-neg chat from this week, no patient details:

        Mon 21:02 - Oksana: NDM + OXA-48 Klebsiella again from a leg wound. Caz-avi + aztreonam started
        Mon 21:05 - Marek: colistin still on board? creat was 140 this morning
        Mon 21:07 - Oksana: stopped it. cefiderocol from the donated stock runs out Friday
        Mon 21:15 - Marek: ESCMID 2022 says caz-avi + ATM for MBL producers, fine. rectal swab every transfer, Acinetobacter baumannii CR in 3 of 10 this month

        Any Polish or Ukrainian colleagues with a steady cefiderocol supply route? @o.tkachenko said the NGO channel closed.
    """),
    # 78
    _n("""
        Romanian/Bulgarian colleagues: measles resurgence — 30,000 cases in Romania since 2023. Vitamin A 200,000 IU x2 days in children >12 months. Watch for SSPE years later. Koplik spots on day 2–3 before rash. Post-exposure MMR within 72h, IVIG within 6 days for infants <6 months, pregnant, immunocompromised. ICD-10 B05.9, lab orders under LOINC 20479-6. Wondering whether anyone has data on MMR uptake in Roma communities after door-to-door campaigns.
    """),
    # 79
    _n("""
        Russian-speaking thread (translated): tick-borne encephalitis vs Lyme borreliosis after tick bite in the Urals. TBE: biphasic illness, meningoencephalitis, Encepur/FSME-Immun vaccines. Lyme: erythema migrans, doxy 100 mg BD x14 days. Both transmitted by Ixodes persulcatus. Anti-TBE Ig not recommended anymore. Anyone with data on Siberian subtype vs European subtype severity?
    """),
    # 80
    _n("""
        Case discussion, France: Whipple's disease — PAS-positive macrophages, Tropheryma whipplei PCR on duodenal biopsy. Ceftriaxone 2g x14 days then co-trimoxazole 12 months, or doxy + hydroxychloroquine (Lancet Infect Dis 2010). Jarisch–Herxheimer-like IRIS possible. Not to be confused with Whipple's triad (insulinoma) or the Whipple procedure! Camille — did your trainee present this at the JNI?
    """),
    # 81
    _n("""
        German question about Fabry: α-Gal A activity low, GLA c.644A>G (p.N215S), cardiac variant. Lyso-Gb3 elevated. Agalsidase beta vs migalastat (amenable mutation per the GLP HEK assay). LVH with MWT 16 mm, T1 native low on CMR. ESC 2023 cardiomyopathy guideline. Our metabolic nurse says enzyme replacement every 2 weeks is the burden the patient hates.
    """),
    # 82
    _n("""
        NL/BE: hyponatraemia in the elderly — Schwartz-Bartter (SIADH) criteria: Uosm >100, UNa >30, euvolaemic, normal TSH and cortisol. Urea 0.25–0.5 g/kg/day (ure-Na) is what we use in Belgium; tolvaptan for selected cases. Risk of ODS if correction >8–10 mmol/L/24h. European guideline 2014 (Eur J Endocrinol 2014;170:G1–47). @m.jansen also uses DDAVP clamp.
    """),
    # 83
    _n("""
        Ireland/UK M&M learning: cauda equina. GIRFT 2023 national pathway says MRI within 4 hours of presentation 24/7. Bladder scanning: post-void residual >200 ml with symptoms. Saddle anaesthesia, bilateral sciatica, sphincter disturbance. CES-I vs CES-R. ICD-10 G83.4. NICE guidance on low back pain NG59 excludes it. https://www.gettingitrightfirsttime.co.uk/
    """),
    # 84
    _n("""
        Italy/Spain: Mediterranean spotted fever (Rickettsia conorii) — tache noire eschar, Boutonneuse fever. Doxy 100 mg BD x7 days; in pregnancy, josamycin (not in all countries). Also West Nile virus season in the Po Valley and Andalusia. WNV neuroinvasive disease: IgM in CSF. Toscana virus (sandflies) causes aseptic meningitis in summer in Tuscany.
    """),
    # 85
    _n("""
        Greek question: thalassaemia major, ferritin 3,400, cardiac T2* 12 ms. Deferasirox + deferoxamine combination or switch to deferiprone + DFO? T2* <10 ms is severe. Luspatercept (BELIEVE trial) reduced transfusion burden by ≥33% in 21% vs 4.5%. Also hepatic LIC by R2 MRI (FerriScan). We follow the TIF guidelines (2021, 4th ed).
    """),
    # 86
    _n("""
        Portugal: Familial amyloid polyneuropathy (TTR V30M, "Portuguese type", Corino de Andrade disease). Tafamidis 20 mg vs patisiran vs vutrisiran. Liver transplant used to be standard. NIS+7, mBMI, FAP stage (Coutinho). Cardiac: 99mTc-DPD scintigraphy, Perugini grade 2–3. What is your threshold to switch from tafamidis to an siRNA?
    """),
    # 87
    _n("""
        Scandinavian colleagues — @ahmed.s asked about our ERAS protocol after Whipple (pancreaticoduodenectomy): we use the ERAS Society 2019 guideline. Pancreatic fistula graded by ISGPF 2016 (B/C significant). Somatostatin analogues (pasireotide) not routinely. Clavien–Dindo ≥III. Median LOS 8 days. Swedish national registry data published in BJS 2021.
    """),
    # 88
    _n("""
        Norway/Finland: Puumala hantavirus nephropathia epidemica — nephrologists seeing more after good vole years. Transient myopia, thrombocytopenia, AKI. Usually no dialysis. NSAIDs worsen. Serology IgM. Long-term hypertension risk slightly ↑ (Nephrol Dial Transplant 2016). @aino.korhonen thanks for the ophthalmology tip.
    """),
    # 89
    _n("""
        UK question: 2WW referral criteria for suspected lung cancer (NICE NG12, updated 2023): CXR within 2 weeks if ≥40 with 2 symptoms or smoker with 1. Our PCN uses the Lung Health Check programme. Brock model for nodules 5–8 mm. Fleischner 2017. Herder score after PET-CT. LDCT billed as CPT 71271 in the US comparisons. Thanks Nicky for sharing the audit.
    """),
    # 90
    _n("""
        Mexican/Central American colleagues: Chagas cardiomyopathy staging (Kuschnir; AHA 2018 scientific statement). Benznidazole 5 mg/kg/day x60 days for acute and children; adults with established cardiomyopathy — BENEFIT showed no benefit on clinical outcomes (N Engl J Med 2015;373:1295–306). Nifurtimox alternative. Vertical transmission screen for kids of infected mothers. Romaña sign in acute phase.
    """),
    # 91
    _n("""
        Brasil: febre amarela — we saw the 2017–2018 outbreak in Minas Gerais and Espírito Santo. Fractional dose (1/5) YF vaccine campaign. Severe hepatitis with AST > ALT, bleeding. Liver transplant in select cases. Also differential with leptospirosis (Weil syndrome) and dengue.
    """),
    # 92
    _n("""
        Andean medicine: Carrión's disease (Bartonella bacilliformis) — Oroya fever then verruga peruana. Cipro + ceftriaxone in the acute phase, azithro for verruga. Chronic mountain sickness: Monge's disease, Hb >21 g/dL men, Qinghai score ≥6. Acetazolamide 250 mg. @rocio.condori does the Peruvian MINSA still use the Qinghai criteria?
    """),
    # 93
    _n("""
        Caribbean: ciguatera after reef fish — temperature reversal, paraesthesias, bradycardia. Mannitol not proven (Neurology 2002 RCT). Also Zika congenital syndrome follow-up; Chikungunya chronic arthritis treated like RA (methotrexate). Jamaica's rheumatic heart disease burden: WHF 2012 echo criteria for subclinical RHD. Benzathine shortage again this quarter.
    """),
    # 94
    _n("""
        Pacific: Acute rheumatic fever diagnosis in Samoa, Tonga and Fiji — we use the 2015 revised Jones for moderate/high risk populations (monoarthritis counts, polyarthralgia counts, fever ≥38°C, ESR ≥30). Secondary prophylaxis: BPG 1.2 MU q28 days, 10 years or until age 21. New Zealand's ARF guideline 2014 update. Thanks @fa.tuilagi for the school screening data.
    """),
    # 95
    _n("""
        Aus/NZ: Ross River virus vs Barmah Forest vs Murray Valley encephalitis. RRV: polyarthritis, rash, fatigue for months. MVE: severe encephalitis, northern WA and the NT. Kunjin (WNV subtype). Melioidosis in the tropical north after the wet season. Also Q fever vaccine (Q-VAX) skin test first. Thoughts on the MVE serology turnaround?
    """),
    # 96
    _n("""
        US/Canada newcomer clinics: Strongyloides screening before steroids in refugees — empiric ivermectin 200 mcg/kg x2 days unless from Loa loa endemic areas (Central Africa) where you test first. CDC Domestic Refugee Screening guidance: https://www.cdc.gov/immigrant-refugee-health/hcp/domestic-guidance/ . Also Schistosoma empiric praziquantel for sub-Saharan Africans. @hsaid.peds — are you still doing vitamin D at intake? @guerda.md asked about Haitian arrivals too.
    """),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc19-003": [{"name": "Wanjiru Mwangi"}, {"name": "Achieng Otieno", "handle": "@dr.achieng"}],
    "pc19-011": [{"name": "Krishna Prasad Sharma", "handle": "@sharma.kp"}],
    "pc19-013": [{"name": "Jose Miguel Rosales", "handle": "@jmrosales"}],
    "pc19-018": [{"name": "Hye-jin Kim", "handle": "@kimhyejin.id"}],
    "pc19-021": [{"name": "Aliya Zhunusova", "handle": "@aliya.zh"}],
    "pc19-026": [{"name": "Oksana Tkachenko", "handle": "@o.tkachenko"}],
    "pc19-027": [{"name": "Radu Constantinescu", "handle": "@radu.c"}],
    "pc19-031": [{"name": "Marloes Jansen", "handle": "@m.jansen"}],
    "pc19-033": [{"name": "Chiara Bianchi"}],
    "pc19-037": [{"name": "Nicky Halliday", "handle": "@nickyhalliday"}],
    "pc19-038": [{"name": "Ahmed Saleh", "handle": "@ahmed.s"}],
    "pc19-043": [{"name": "Rocío Condori", "handle": "@rocio.condori"}],
    "pc19-045": [{"name": "Faaolo Tuilagi", "handle": "@fa.tuilagi"}],
    "pc19-048": [{"name": "Priya Gunawardena", "handle": "@priya.gunawardena"}],
    "pc19-049": [{"name": "Hibaaq Said", "handle": "@hsaid.peds"}],
    "pc19-052": [{"name": "Guerda Jean-Louis", "handle": "@guerda.md"}],
    "pc19-053": [{"name": "Abena Mensah"}],
    "pc19-054": [{"name": "Kofi Boateng", "handle": "@kofi.boateng"}],
    "pc19-056": [{"name": "Chidi Okeke"}],
    "pc19-060": [{"name": "Layla Al-Rashid", "handle": "@layla.alrashid"}],
    "pc19-063": [{"name": "Nishanthi Wickramasinghe", "handle": "@nishanthi.w"}],
    "pc19-065": [{"name": "Yuki Tanaka", "handle": "@yuki.tanaka"}],
    "pc19-073": [{"name": "Aliya Zhunusova"}],
    "pc19-077": [{"name": "Oksana Tkachenko", "handle": "@o.tkachenko"}, {"name": "Marek Zieliński"}],
    "pc19-080": [{"name": "Camille Roux"}],
    "pc19-082": [{"name": "Marloes Jansen", "handle": "@m.jansen"}],
    "pc19-087": [{"name": "Ahmed Saleh", "handle": "@ahmed.s"}],
    "pc19-088": [{"name": "Aino Korhonen", "handle": "@aino.korhonen"}],
    "pc19-089": [{"name": "Nicky Halliday"}],
    "pc19-092": [{"name": "Rocío Condori", "handle": "@rocio.condori"}],
    "pc19-094": [{"name": "Faaolo Tuilagi", "handle": "@fa.tuilagi"}],
    "pc19-096": [{"name": "Hibaaq Said", "handle": "@hsaid.peds"}, {"name": "Guerda Jean-Louis", "handle": "@guerda.md"}],
}

build, render, main = first_set.blind_set(
    "pc19", Path(__file__).with_name("physician_cases_19.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
