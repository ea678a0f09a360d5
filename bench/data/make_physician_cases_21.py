# ruff: noqa: E501, RUF001 (the notes are data, with the symbols people type)
"""Blind test set 21: invented physician posts for the de-identification benchmark.

Written blind: the author saw only the tag table and the parser/build helpers of
``make_physician_cases.py``, never the detector, its notes, tests or earlier sets.
Every patient, relative, clinician, address, number and facility is invented; real
towns, districts and countries appear only as places. US phones use 555-01xx, UK
mobiles 07700 900xxx, IPs come from the documentation ranges.

The mix: case threads with replies, pasted messaging-group chats (timestamps and
speaker labels), tumour boards, M&M write-ups, discharge / clinic / referral letters,
lab and imaging requests and reports, phone-typed replies and code-mixed posts, from
members in every region (Africa, the Middle East, South, Southeast, East and Central
Asia, the Caucasus, all of Europe, Latin America, the Pacific, and migrants,
refugees and travellers in North America, Europe and Australia).

Annotation conventions beyond the tag table:

* Titles, honorifics and kinship terms stay outside name spans (Dr, Doc, Dkt, Dra., Mzee,
  Gogo, Bi, Lola, Adi, Ratu, Mme, Signora, -san, 선생님, 様, นาย); a teknonym such as
  "Umm Yazan" is the name the person goes by and is tagged whole (REL). Names written
  twice in two scripts are two spans. Chat speaker labels that are clinicians outside
  the network are HCP at every occurrence; interpreters, midwives and other health
  workers are HCP; village heads, pastors and community leaders who act for the
  patient are REL.
* Dates: every date-bearing timestamp or date header in a pasted chat is tagged (the
  date part only; clock times are left out). Local calendars (Ethiopian, Hijri, Solar Hijri, Nepali
  BS, Thai BE, Japanese era, Korean/Chinese forms) are DATE. A date without a year
  ("14/3", "Aug 3rd") is DATE; a month and year is DATE; a year alone is YEAR unless it
  reveals an age over 89 (then DATE). Weekdays, "yesterday", "last week" are not dates.
* AGE covers only the number of an age over 89 ("93" in "93-year-old", "[[AGE]]歳").
* Places: admin-level words that work as labels stay out (distt, tehsil, sub-city,
  sub-county, district, Brgy., phường, quận, mkr., Col., C.P., 〒, tambon, amphoe,
  mahalla, województwo); numbered units keep their word because the number alone
  means nothing ("Kebele 07", "Camp 14", "Area 49"). "County" / "Co." stay in, as the
  brief asks. Street types stay in street spans (ul., Av., C/, Rua, Jl., số ... ngõ).
  Villages and towns are TOWN; neighbourhoods, estates, townships, camps, barangays,
  kebeles, communal sections and sub-city districts are PLACE; second-level units
  (US/Kenyan/Irish counties, Indian/Ugandan/Nepali districts, Vietnamese quận, Thai
  amphoe, Chinese 县, Romanian județ) are COUNTY. States, provinces, regions,
  governorates, prefectures and countries are never tagged.
* Facilities include their generic word and acronym form (Hospital, HC IV, EHPAD,
  RSA, CHU); named wards, markets where the patient works, churches and employers are
  FAC; numbered beds and units are not.
* Numbers: national identity numbers (Aadhaar, CNIC, NIN, PESEL, CNP, personnummer,
  CPR, hetu, CURP, CPF, IIN, 주민번호, 身份证, codice fiscale, DNI, V-nummer, UCI,
  UNHCR case, FCN, SA ID) are ID; numbers named "social security" (US SSN, French NIR,
  Spanish NUSS, Greek AMKA, Mexican NSS) are SSN; insurance, NHIF/NHIS, PhilHealth,
  BHYT, Medicaid, OHIP, OSHC, CNS, kaigo numbers are PLAN; hospital, NHS, HN/AN, card,
  folder, file and discharge numbers are MRN; billing case numbers are ACCT;
  professional registration numbers (GMC, HPCSA, NMC, RPPS, NPWZ, CRM, cédula) are LIC;
  bleeps are PAGER; messaging IDs (WeChat, TikTok, Instagram, KakaoTalk) are HANDLE.
* Colleagues in the network (listed in ``MEMBERS``) are never tagged, even when a
  patient shares their surname; people named in the network who are not members are.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Nigeria: case thread with replies
    """DILI vs viral hepatitis? need opinions pls

[[PT:Adaeze Okonkwo]], 34F, fabric trader at [[FAC:Ariaria International Market]], came in to [[FAC:Amaechi Memorial Specialist Hospital]], [[TOWN:Aba]] on Monday with 3/52 fever, deep jaundice and tender hepatomegaly. Husband ([[REL:Chukwuemeka Okonkwo]]) says she was on "agbo" for "typhoid" for about 10 days before, plus Ampiclox from a patent medicine store. ALT 1,840, AST 1,410, ALP 310, bili 14.2 mg/dL, INR 2.1, glucose ok. HBsAg neg, anti-HCV neg, HEV IgM sent out to a private lab. Not encephalopathic yet, asterixis absent.
Folder no. [[MRN:AMSH/24/01883]], NHIS [[PLAN:0284-77193-A]]

Q: is anyone giving NAC for non-paracetamol DILI in our setting or just supportive + watch INR?

— @femi.adeyemi: Give it. The US ALF study showed benefit for non-APAP ALF in early coma grades, and it's cheap. Also ask specifically about "blood tonics" and bitters, families don't count them as medicine.
— Ngozi Eze: Agree with Femi. Send HAV IgM too, adult hep A is not rare anymore. If INR crosses 3 talk to the liver people at [[FAC:FMC Okigwe Road]] early, the transfer paperwork alone takes a day.""",
    # 002 Ghana: pasted WhatsApp labour-ward group
    """Pasting from our district labour ward group, need a sense check on the transfer.

[[[DATE:03/11/2023]], 22:14] [[HCP:Kwabena Asante]]: new adm bay 4, [[PT:Akosua Mensah]] 26y G2P1 @ 34/40, BP 168/112, severe headache, urine prot 3+
[[[DATE:03/11/2023]], 22:16] [[HCP:Efua Boateng]]: start MgSO4 Pritchard, 4g IV + 5g each buttock. Nifedipine 20mg stat. where is the hydralazine
[[[DATE:03/11/2023]], 22:31] [[HCP:Kwabena]]: husband [[REL:Yaw Ofori]] says he can take her by taxi to [[FAC:Ridge Hill Regional Hospital]] himself. his no [[PHONE:024 555 0193]]
[[[DATE:03/11/2023]], 22:33] [[HCP:Efua]]: NO taxi. call NAS, ask the ambulance at [[TOWN:Kasoa]]
[[[DATE:04/11/2023]], 00:52] [[HCP:Kwabena]]: ambulance came 00:40. she fitted x1 at 23:58, 2g top up given. folder [[MRN:KDH-OPD-118204]], NHIS [[PLAN:07483922]]

Kofi, you ran the referral audit for the region last year: is 2 and a half hours from decision to ambulance what everyone sees, or is our zone unusually bad? Baby was fine, mum had 2 more fits on arrival at the regional.""",
    # 003 Senegal: pasted French referral letter
    """Letter I got today, pasting as is. Thoughts on the echo at the end welcome.

Cher confrère,
Je vous adresse Mme [[PT:Fatou Ndiaye]], 58 ans, domiciliée à [[PLACE:Parcelles Assainies Unité 14]], [[TOWN:Dakar]], tél. [[PHONE:+221 77 555 01 48]], pour dyspnée d'effort stade III NYHA et œdèmes des membres inférieurs évoluant depuis 2 mois. ATCD : HTA mal suivie, G6P6. ECG : ACFA à 120/min. Écho faite au [[FAC:Cabinet de Cardiologie Les Almadies]] : OG 58 mm, sténose mitrale serrée, surface 0,9 cm² en planimétrie, score de Wilkins 9, PAPS 62 mmHg.
Dossier [[MRN:CSKM-2023-04417]] — IPM [[PLAN:55-019284]]
Confraternellement,
Dr [[HCP:Aminata Sow]], [[FAC:Centre de Santé Keur Massar Nord]]

So: rheumatic MS, Wilkins 9, AF. Is she still a PMC candidate or straight to surgery? No TOE done so no idea about LAA thrombus. Her son [[REL:Moustapha Diop]] works in [[TOWN:Thiès]] and can bring her whenever.""",
    # 004 Kenya: phone-typed
    """sorry typing from phone on the ward. mzee [[PT:Kamau Njoroge]] [[AGE:92]]yrs, #NOF 3 days ago, with us at [[FAC:Kiambu Level 5]]. anaesth says too risky, family split. son [[REL:Peter Kamau]] wants the op, daughter [[REL:Wambui]] wants to take him home to [[PLACE:Gatundu]] and pray. NHIF [[PLAN:4471823]] covers it. ID [[ID:22983417]]. son's number [[PHONE:0722 555 018]] if anyone on the ortho side can call him tonite, he listens to surgeons more than me 😅
q is: [[AGE:92]], ASA 3, Hb 10.1, no dementia, walked to the shamba daily till the fall. would u operate?""",
    # 005 Ethiopia: gyn-onc tumour board
    """Gyn-onc tumour board, [[FAC:Entoto Hill Hospital]], [[DATE:Tir 14, 2016 E.C.]] (= [[DATE:23 Jan 2024]])

Case 3. [[PT:Tigist Alemu Bekele]] ([[PT:ትዕግስት አለሙ]]), 41, P5, card no. [[MRN:0347781]]. Lives in [[PLACE:Kebele 07]], [[PLACE:Yeka]] sub-city; referred by her health centre.
Hx: post-coital bleeding × 6 months, foul discharge. Exam: exophytic mass 5 cm, left parametrium to side wall, L hydronephrosis on US. Bx: SCC, moderately differentiated. FIGO 2018 IIIB. Cr 1.4. HIV neg.
Discussion: no brachy slot for ~10 weeks. Options (a) EBRT 50 Gy/25 + weekly cisplatin here, then refer for brachy; (b) NACT while waiting (not standard, RCTs negative). Husband [[REL:Dawit Girma]] asked about going to [[TOWN:Nairobi]] privately, which they cannot afford.
Plan: CCRT now, L nephrostomy if Cr rises, book brachy; social worker to sort transport from [[TOWN:Debre Berhan]].

Dr Tesfaye, you said your centre got the new HDR unit: what's the real wait now?""",
    # 006 Uganda: M&M
    """M&M — maternal death, [[FAC:Namisindwa Health Centre IV]], [[DATE:2 August 2023]]
Presented by [[HCP:Wanyama Isaac]] (MO i/c)

Summary: [[PT:Nabulo Harriet]], 19, P1, delivered at home in [[TOWN:Bukokho]] village, [[PLACE:Bumbo]] sub-county, [[COUNTY:Namisindwa]] district, with a TBA. PPH. Reached us on a boda ([[PLATE:UFB 713K]]) about 3 h after delivery, cold and clammy, Hb 4.2. Oxytocin, bimanual compression, uterus contracted but kept oozing. No blood in our fridge; the boda man went to the blood bank at [[FAC:Mbale RRH]] (1.5 h each way). Arrest 21:40.
The midwife on duty was alone with 40 beds.
Three delays:
1. seeking care — mother-in-law [[REL:Namono Jessica]] wanted to wait for the placenta at home
2. reaching care — no ambulance, fuel money
3. receiving care — no blood, no TXA in stock, no second pair of hands
Actions: TXA back on the EMHS order; walking blood donor list from staff; NASG request to the DHO.""",
    # 007 Tanzania: pasted ICU chat, Swahili/English
    """Kutoka group ya ICU yetu — naomba maoni (mixing Swahili, samahani):

[[DATE:18/05/2024]]

[07:02] Dkt [[HCP:Rehema]]: Bi [[PT:Mwanaidi Salim]] wa bed 6, GCS 9 usiku, sasa 7. Sodium 112!!
[07:05] [[HCP:Baraka Lyimo]]: alikuwa anakunywa maji mengi? family wanasema alikuwa akitapika siku 3
[07:09] Dkt [[HCP:Rehema]]: ndiyo, na HCTZ from [[FAC:Zahanati ya Mbagala Kuu]]. 3% saline iko wapi?
[07:15] [[HCP:Baraka Lyimo]]: tumebakiza chupa 1. mume wake [[REL:Hamisi]] yuko nje, namba [[PHONE:0754 555 012]]
[07:40] Dkt [[HCP:Rehema]]: nimempa 100ml bolus. recheck 2h. file no [[MRN:TMH/ICU/2405/118]]

@amani.mushi uliwahi kutumia 3% bolus protocol for thiazide hyponatraemia? how fast did you let it go up in the first 24h? Worried about ODS, she's 67, thin, possibly alcohol.""",
    # 008 DRC: pasted mpox lab request form
    """Demande d'examen — Fiche d'investigation Mpox
Nom : [[PT:MBUYI KALALA Jean-Pierre]]   Sexe : M   Âge : 29 ans
Adresse : [[STREET:Av. Kato n°17]], Q/ [[PLACE:Righini]], C/ [[PLACE:Lemba]], [[TOWN:Kinshasa]]
Profession : chauffeur, [[FAC:Société Fluviale du Kasaï]]
Tél : [[PHONE:+243 81 555 0173]]
Date début éruption : [[DATE:09/04/2024]]   Date prélèvement : [[DATE:13/04/2024]]
Formation sanitaire : [[FAC:CH Mère-Enfant Bumbu]]   N° EPID : [[ID:DRC-KIN-LEM-24-0211]]
Prescripteur : Dr [[HCP:Kabamba Mwamba]]
Voyage récent : [[TOWN:Kananga]] (retour il y a 10 jours)

Posting the form because I'm unsure what to send: vesicle roof + swab in VTM, or crusts too? Lesions are at different stages on the same body area, which doesn't fit the classic teaching, and he has genital lesions first. Clade Ib PCR only at the reference lab, 5-day turnaround.""",
    # 009 Cameroon: case thread, English/Pidgin
    """Quick one from the NW. Ma [[PT:Bih Comfort]], 62, farmer from [[TOWN:Bafut]], come with "belle don swell" × 2 months: ascites, spleen 8 cm below costal margin, no jaundice, no stigmata. US at [[FAC:St Blaise Catholic Health Centre]]: periportal fibrosis pattern, portal vein 15 mm. She carries a plastic bag of old results from [[FAC:Bamenda Regional Hospital]] dated [[DATE:March 2019]] showing S. mansoni eggs in stool, never treated because of "the crisis" — she was displaced to [[PLACE:Mile 4 Nkwen]] for two years.
Her daughter [[REL:Ngum Prudence]] is a nurse in [[TOWN:Douala]], [[PHONE:+237 677 55 01 39]], and wants to move her down there.
Praziquantel now with established fibrosis, yes? Propranolol before we can scope her? Nearest OGD is 3 hours away and the road is the road.
Anyone who did the schisto mapping in the plains have local data on variceal bleeding?""",
    # 010 Gabon: pasted discharge summary, French
    """COMPTE RENDU D'HOSPITALISATION — Médecine interne, [[FAC:Centre Hospitalier Régional de Franceville]]
Patiente : [[PT:OBAME NZE Sylvie]], née le [[DATE:04/09/1978]]
N° CNAMGS : [[PLAN:CN-078-441-2290]]
Entrée : [[DATE:21/01/2024]] — Sortie : [[DATE:02/02/2024]]
Diagnostic : drépanocytose SS, syndrome thoracique aigu (3e épisode en 18 mois). Transfusion 2 CGR, ceftriaxone + azithromycine, spirométrie incitative.
Traitement de sortie : hydroxyurée 15 mg/kg/j, acide folique, antalgiques palier 2.
Suivi : consultation Dr [[HCP:Mintsa Mi-Obiang]] dans 15 jours, joignable au [[PHONE:+241 06 55 01 27]].
Médecin traitant : Dr [[HCP:Ella Mba]]

OK sickle people: 3 ACS in 18 months at HU 15 mg/kg, never escalated because no one checks the counts. Push to MTD? A chronic transfusion programme is not feasible in [[TOWN:Koulamoutou]] where she lives.""",
    # 011 South Africa: pasted discharge summary + question
    """DISCHARGE SUMMARY — [[FAC:Soshanguve District Hospital]], Female Medical
Name: [[PT:Thandiwe Precious Mokoena]]   ID: [[ID:8504120655083]]   Hosp no: [[MRN:SDH 0039 1847]]
Address: [[STREET:4471 Block L]], [[PLACE:Soshanguve]], [[ZIP:0152]]
Admitted [[DATE:2024-03-02]]   Discharged [[DATE:2024-03-19]]
Dx: TB meningitis (definite; Xpert Ultra CSF pos, rif not detected). HIV, CD4 48, on TLD, defaulted [[YEAR:2022]].
Rx: RHZE 4 tabs daily, prednisone 60 mg weaning over 6/52, pyridoxine, CTX. TLD to restart at 2/52.
F/U: TB clinic [[FAC:Kgabo Clinic]]; NOK: [[REL:Lerato Mokoena]] (sister) [[PHONE:072 555 0164]]
Dr [[HCP:N. Khumalo]], MP [[LIC:0593817]]

Posted with our registrar's ok. Sipho, two questions: we used pred because the dex was out of stock — reasonable? And ART at 2 weeks in TBM: the Vietnamese trial argues for waiting longer, but she's already on it and walking out. Leave it?""",
    # 012 Zimbabwe: phone-typed
    """Gogo [[PT:Moyo]] ([[PT:Sekai Moyo]]), [[AGE:94]], brought by her grandson [[REL:Tinashe]] from [[TOWN:Chitungwiza]] after 2 days not eating. Na 158, urea 31, creat 260, baseline unknown. On HCTZ + enalapril from a private GP nearby. On our female medical ward ([[FAC:Tariro Ward]]) on 5% dextrose slowly.
Family say if she is dying they want her home in [[TOWN:Murehwa]] "where the ancestors are". grandson's no [[PHONE:+263 77 555 0148]].
How fast do you correct Na in a [[AGE:94]]yo who was probably hypernatraemic for days? we're aiming ≤10/day, she's drowsy but rousable.""",
    # 013 Malawi: ART clinic note
    """Clinic note, [[FAC:Area 25 Health Centre]] — ART clinic
Pt: [[PT:Chikondi Phiri]], 31F, ART no. [[ID:A25-ART-04518]], from [[PLACE:Area 49]], [[TOWN:Lilongwe]]. Visit [[DATE:7 Nov 2023]].
Previous VL: 14,200 copies, on TLD 3 yrs. EAC × 3 by [[HCP:Esnart Chirwa]] (HTS). She keeps her pills at her employer's house — she's a housegirl in [[PLACE:Area 43]] — and misses doses whenever the family travel.
Repeat VL [[DATE:06/11/2023]]: 9,800. Genotype has to go to [[FAC:Dedza Road Reference Laboratory]], 8-12 weeks. Her phone [[PHONE:0999 55 01 62]].

Switch now or wait for the genotype? DTG resistance is still uncommon, and I suspect this is adherence, but a year at 10,000 copies worries me.""",
    # 014 Egypt: referral, Arabic/English
    """تحويل / Referral — [[FAC:Mansoura Nile Specialized Hospital]]
Patient: [[PT:Mohamed Abdel-Rahman Saeed]] ([[PT:محمد عبد الرحمن سعيد]]), 47, farmer, from [[TOWN:Mit Ghamr]], Dakahlia. National ID [[ID:27703120101837]].
Known HCV treated 7 years ago in the national programme, SVR12 documented. Now a new 2.8 cm arterial-enhancing lesion in segment VII with washout, AFP 412, Child-Pugh A6, LI-RADS 5.
Referring: د. [[HCP:هبة الشناوي]] ([[HCP:Heba El-Shennawy]]), tel [[PHONE:+20 10 5550 1724]]
Son [[REL:Ahmed]]: [[PHONE:+20 12 5550 8830]]

Question for the group: TACE vs ablation for a single 2.8 cm subcapsular lesion just under the dome of the diaphragm? Our IR says RFA near the dome = diaphragm injury risk, our surgeon wants to resect. BCLC 0/A.""",
    # 015 Morocco: rheumatology consult, French/Darija
    """Consultation de rhumatologie — [[FAC:Clinique Al Mansour]], [[TOWN:Casablanca]]
Patiente : Mme [[PT:Fatima-Zahra El Idrissi]], 36 ans, CIN [[ID:BK482193]], AMO/CNSS n° [[PLAN:1029384756]]
Adresse : [[STREET:Rue 12, n° 48]], [[PLACE:Hay Mohammadi]]
Date : [[DATE:15 Ramadan 1445]] / [[DATE:25/03/2024]]
Aphtose bucco-génitale récidivante, pseudofolliculite, uvéite antérieure OD (vue par Dr [[HCP:Bennani]], ophtalmo). Pathergy positif. HLA-B51 positif. → Behçet, critères ICBD 6 points.

Question du jour: she's fasting ("ma bghitch nfter", she won't break the fast). Colchicine + azathioprine around iftar and suhoor — anyone split doses like that? @salma.berrada you had a Ramadan protocol for your lupus patients?""",
    # 016 Jordan: Syrian refugee child, case thread
    """Case from our clinic in the camp. [[PT:Yazan Al-Hariri]], 7y, Syrian, from [[PLACE:District 8]] in [[PLACE:Zaatari]], brought by his mother ([[REL:Umm Yazan]], [[REL:Samira Al-Khatib]]) with a 6-week non-healing painless ulcer on the left cheek, raised border, 2.2 cm. UNHCR case no. [[ID:945-00218873]], clinic file [[MRN:ZC-2024-1193]].
Family came from [[TOWN:Daraa]] ten years ago. Slit-skin smear: LD bodies +. Likely L. tropica. Single lesion but on the face.
Options: intralesional SSG (a 7-year-old, on the face...), cryo (near the eye), thermotherapy, or systemic. Mum is very worried about the scar for a boy in school.
Someone here did thermotherapy at [[FAC:Ramtha Field Hospital]] a few years ago: how many sessions did you need?""",
    # 017 Iran: thyroid US report
    """گزارش سونوگرافی / Ultrasound report
Patient: [[PT:Zahra Moradi]] ([[PT:زهرا مرادی]])   Age: 38
Date: [[DATE:۱۴۰۲/۰۸/۱۷]] ([[DATE:8 Nov 2023]])
Referring: Dr [[HCP:Kaveh Rostami]], [[FAC:Imam Reza Clinic]]
Code melli: [[ID:0083927541]]   Tamin Ejtemaei: [[PLAN:1298475630]]
Thyroid: R lobe 4.2 × 1.8 cm. Solid hypoechoic nodule 1.9 cm, taller-than-wide, punctate echogenic foci, irregular margin. ACR TI-RADS TR5 (10 points). No suspicious nodes levels II-VI.
Reported by: Dr [[HCP:Leila Ahmadi]]

She was told elsewhere to "repeat in 6 months". FNA now, surely? Anyone disagree?""",
    # 018 India: case thread, Hindi/English
    """Snake bite, need help with ASV 🙏
[[PT:Ramesh Yadav]] s/o [[REL:Shivnath Yadav]], 24M, farm labourer, bitten on [[DATE:12 July]] at night while sleeping on the floor, krait most likely. From village [[TOWN:Khajurahat]], tehsil [[PLACE:Bikapur]], distt [[COUNTY:Ayodhya]]. Came to us at [[FAC:Shri Ram Charitable Hospital]] 9 h later. UHID [[MRN:SRCH/24/07/3391]], Ayushman card [[PLAN:4472 9918 3310]], Aadhaar [[ID:4829 1183 5520]].
No local signs, ptosis, neck flexor weakness, then resp failure. 20WBCT clotted. Ventilator nahi tha, bhai log 6 ghante bag kar rahe the. Given 10 vials ASV.
Q: more ASV for neurotoxic krait with normal 20WBCT?

@ananya.iyer: No more ASV beyond the initial dose for krait, it's presynaptic, neostigmine won't help either. Just ventilate and wait, they recover.
Rohit Verma: +1. We had a krait bagged by family for 36h at [[FAC:District Hospital Sultanpur]] who walked out on day 6.""",
    # 019 Pakistan: M&M
    """M&M — Paediatrics, [[FAC:Services Road Children's Hospital]], [[TOWN:Lahore]], [[DATE:28 Feb 2024]]
Case: [[PT:Muhammad Hamza]] s/o [[REL:Abdul Ghafoor]], 6y, from [[PLACE:Shadbagh]].
Referred from [[FAC:Al-Shifa Clinic]], [[TOWN:Sheikhupura]], after 9 days of fever on cefixime then ceftriaxone. Blood culture here: S. Typhi, XDR (R to ceftriaxone, cipro, cotrimoxazole, ampicillin, chloramphenicol; S to azithro, meropenem). Started azithro on day 2 of admission; meropenem only added on day 4 when he perforated. Laparotomy: ileal perforation, peritonitis. Died day 7.
Presented by Dr [[HCP:Sana Rafiq]] (PGR-2). Consultant on call Dr [[HCP:Tariq Mahmood]].
Learning points: in our area any typhoid on ceftriaxone without defervescence by 72 h = XDR until proven otherwise; TCV for siblings; culture before the first antibiotic, not after the third.""",
    # 020 Bangladesh: camp line-list entry
    """Diphtheria suspect — line-list entry, [[TOWN:Cox's Bazar]] camps
Name: [[PT:Nur Kalima]]  (রোগীর নাম: [[PT:নূর কালিমা]])  F, 9 y
FCN [[ID:102847735]]   Location: [[PLACE:Camp 14]], block [[PLACE:E-3]]
Onset [[DATE:22/01/2024]]; admitted [[FAC:Hakimpara DTC]]; clinician Dr [[HCP:Farzana Akter]]
Grey pseudomembrane both tonsils, mild bull neck, no myocarditis on ECG so far. DAT 40,000 IU given.

Our question: DAT is rationed again. For the 31 household and block contacts, erythromycin × 7 days vs one shot of benzathine penicillin — compliance is our real problem. Also Td catch-up for adults, anyone doing it in the camps?""",
    # 021 Nepal: referral slip (BS date)
    """[[FAC:Baglung Community Hospital]] — Referral slip
मिति: [[DATE:२०८०/११/१५]] ([[DATE:27 Feb 2024]])
Name: [[PT:Sita Kumari Gurung]], 23F, G1 at 36 wks
Address: [[PLACE:Jaimini-6]], [[COUNTY:Baglung]]
Husband: [[REL:Dil Bahadur Gurung]] (working in the Gulf). Contact [[PHONE:9845550172]] (mother-in-law)
Reason: Hb 6.8, breech, for CS and transfusion at [[FAC:Western Regional Hospital]], [[TOWN:Pokhara]].
Dr [[HCP:Prakash Thapa]], NMC no. [[LIC:14825]]

Would you have transfused here first before a 6-hour jeep ride? We had 2 units of O+ and no cross-match reagents for her B+.""",
    # 022 Philippines: pasted Viber chat, Taglish
    """from our ER Viber, pasted:
— [[DATE:3/9/24]] —
[10:42 PM] Doc [[HCP:Mica]]: ER po, lola [[PT:Remedios Dizon]] [[AGE:91]] y/o, Brgy. [[PLACE:Malanday]], [[TOWN:Marikina]], nadulas sa CR, GCS 14, on warfarin for AF
[10:44 PM] [[HCP:Jerome Bautista]]: INR? CT?
[10:51 PM] Doc [[HCP:Mica]]: INR 4.6, CT 8mm SDH L, no shift. apo niya si [[REL:Kristine]] nagwawala sa triage 😩
[10:53 PM] [[HCP:Jerome Bautista]]: vit K 10 IV. wala tayong PCC. FFP 15ml/kg
[11:20 PM] Doc [[HCP:Mica]]: PhilHealth [[PLAN:12-050284731-9]] ok. admit sa [[FAC:St. Jude Ward]]

@paoloreyes_md would neurosurg at your place operate on a [[AGE:91]] year old with 8 mm SDH if she drops her GCS, or conservative lang?""",
    # 023 Vietnam: discharge paper + question
    """GIẤY RA VIỆN — [[FAC:Bệnh viện Đa khoa Tây Hồ]]
Họ tên: [[PT:Nguyễn Thị Hồng Nhung]]   Tuổi: 44   Nữ
Địa chỉ: [[STREET:số 27 ngõ 44 phố Trần Cung]], phường [[PLACE:Nghĩa Tân]], quận [[COUNTY:Cầu Giấy]], [[TOWN:Hà Nội]]
Số thẻ BHYT: [[PLAN:DN4010123456789]]
Số vào viện: [[MRN:24.018273]]
Vào viện: [[DATE:02/04/2024]] — Ra viện: [[DATE:11/04/2024]]
Chẩn đoán: Sốt xuất huyết Dengue có dấu hiệu cảnh báo (A97.1)
Bác sĩ điều trị: BS. [[HCP:Lê Văn Tùng]]

Các anh chị ơi — platelets back to 110, but AST still 890 / ALT 640 at discharge and she has a known fatty liver. Would you have kept her in? She's back in OPD next week.""",
    # 024 Thailand: lab report, BE date
    """ใบรายงานผล / Lab report — [[FAC:โรงพยาบาลบ้านโคกสูง]]
HN [[MRN:64-018273]]   AN [[MRN:67-00412]]
ชื่อ: นาย[[PT:สมชาย ใจดี]]   อายุ 52
วันที่: [[DATE:15 มี.ค. 2567]]
Hemoculture: Burkholderia pseudomallei, S to ceftazidime, meropenem, co-trimoxazole.

Rice farmer from [[TOWN:Ban Nong Bua]], tambon [[PLACE:Khok Sung]], amphoe [[COUNTY:Det Udom]]. Diabetic, HbA1c 11. CT: multiple splenic abscesses, largest 3 cm, plus a prostatic collection. Our ID doc wants 4 weeks meropenem before eradication; the pharmacy wants to switch to ceftazidime at 2 weeks. His wife [[REL:Malee]] sells fish at [[FAC:Talat Nong Bua]] and can't stay a month. Drainage of the prostate first?""",
    # 025 Japan: referral letter, Japanese/English
    """診療情報提供書 (pasted, rough translation mine)
→ [[FAC:高崎西部総合病院]] 呼吸器内科
患者: [[PT:佐藤 和子]] 様 ([[PT:Sato Kazuko]]), [[AGE:96]]歳, 女性
住所: 〒[[ZIP:370-0841]] [[TOWN:高崎市]] [[STREET:栄町 3-14-2]]
入所: [[FAC:特別養護老人ホーム さくら苑]]
介護保険被保険者番号: [[PLAN:0001284736]]
日付: [[DATE:令和5年11月2日]]
3rd aspiration pneumonia in 6 months. FAST 7, bedbound. 長男 [[REL:佐藤 誠]] asks about PEG. 紹介医: [[HCP:山本 恵子]]

For the geriatricians: [[PT:Kazuko]]-san's eldest son wants PEG, the granddaughter who visits daily says no. In Japan PEG used to be the default; how do you frame it for the family now?""",
    # 026 Korea: case thread
    """Scrub typhus question from the ER.
환자 [[PT:김영숙]] ([[PT:Kim Young-sook]]), 주민번호 [[ID:540312-2048517]], 70F. Presented [[DATE:2024년 3월 12일]] to a local clinic, transferred to us at [[FAC:Bundang Hanmaeum Hospital]] with 6 days of fever, myalgia, maculopapular rash. Eschar under the left breast. She had been picking chestnuts in [[TOWN:Gongju]] two weeks ago. OTS IFA pending.
Daughter-in-law [[REL:이수진]] [[PHONE:010-5550-1837]] says she had "heart rhythm" problems before; QTc 486 today.
@jiwoo.han 선생님, doxy vs azithro here? I lean doxy, QT is not really a doxy problem.""",
    # 027 China: pasted WeChat group, Chinese/English
    """Pasted from our department WeChat group (translation mine, question at the bottom):

[[[DATE:2023年12月8日]] 08:15] [[HCP:刘晓峰]]: 38床 [[PT:王秀英]], 女, 67岁, 身份证 [[ID:41152219560812402X]], 家住 [[COUNTY:光山县]] [[TOWN:砖桥镇]], 发热5天, 被蜱咬过
[08:22] [[HCP:陈静]]: 血小板 21, ALT 340, 有出血点. 儿子 [[REL:王建国]] 问能不能转 [[FAC:省人民医院]]
[08:30] [[HCP:刘晓峰]]: 先单间隔离, 做好血液体液防护. 儿子微信 [[HANDLE:wjg_1979xy]], 有结果发他

SFTS, PCR confirmed. Any evidence you trust for favipiravir now? And our nurses are scared after the reports of person-to-person spread through blood — what precautions do you actually use?""",
    # 028 Kazakhstan: discharge extract, Russian/English
    """ВЫПИСКА из истории болезни № [[MRN:4417/23]]
[[FAC:Многопрофильная больница №3]], г. [[TOWN:Караганда]]
ФИО: [[PT:Жумабаева Гульнара Ериковна]], [[DATE:18.03.1971]] г.р.
ИИН: [[ID:710318401234]]
Адрес: [[STREET:ул. Степная, д. 12, кв. 47]]
Поступила [[DATE:02.10.2023]], выписана [[DATE:16.10.2023]]
Диагноз: Бруцеллёз, острая форма. Спондилит L3-L4 (МРТ).
Лечащий врач: [[HCP:Ахметов Д.С.]]

Posting for the spondylitis question: 6 weeks doxy + rifampicin + gent, or 12 weeks? She works in the milking shed at [[FAC:ТОО «Агро-Сут»]], so reinfection is an issue too. What do people do in the south?""",
    # 029 Uzbekistan: case thread
    """VL in a toddler, need advice. [[PT:Sardorbek Toshpulatov]], 4y, from [[TOWN:Chust]], [[PLACE:Olmazor]] mahalla. Father [[REL:Baxtiyor]] is a migrant worker in [[TOWN:Yekaterinburg]], mother is with him here. Admitted [[DATE:11-noyabr 2023]] to [[FAC:Viloyat bolalar ko'p tarmoqli tibbiyot markazi]].
Fever 5 weeks, spleen 9 cm, Hb 62 g/L, plt 48, albumin 24. rK39 negative (!), bone marrow: LD bodies seen.
We have only meglumine antimoniate. L-AmB has to be ordered centrally and takes weeks. Mother's phone [[PHONE:+998 90 555 01 84]] if someone from the republican centre can call her.
Can any centre in the group get AmBisome faster? And would you start Glucantime while waiting, given the ECG is normal?""",
    # 030 Georgia: CT report
    """CT chest with contrast — [[FAC:Vake Medical Diagnostic Centre]]
Patient: [[PT:ნინო ბერიძე]] / [[PT:Nino Beridze]]   Personal no. [[ID:01024055123]]
Date of exam [[DATE:22.01.2024]]
Clinical info: 40 pack-years, haemoptysis × 2 weeks.
Findings: 3.1 cm spiculated RUL mass abutting the oblique fissure. Ipsilateral hilar node 1.8 cm short axis. No effusion. Adrenals normal.
Impression: highly suspicious for primary lung malignancy, at least cT2aN1. PET-CT recommended.
Radiologist: [[HCP:Giorgi Kapanadze]], MD
Images: [[URL:https://pacs.vakemed-dc.ge/viewer?acc=CT24012277]]
Copy to Dr [[HCP:Lasha Tsiklauri]], [[EMAIL:l.tsiklauri@vakemed-dc.ge]]

PET wait is 3 weeks. EBUS-TBNA of station 10R first, @levan.g? It would stage and diagnose in one go.""",
    # 031 Poland: geriatric clinic letter
    """Karta informacyjna — Poradnia Geriatryczna, [[FAC:Szpital Miejski nr 2 w Lublinie]]
Pacjentka: [[PT:Stanisława Kowalczyk]], ur. [[DATE:1931]], PESEL [[ID:31051401359]]
Adres: [[STREET:ul. Lipowa 14/3]], [[ZIP:20-027]] [[TOWN:Lublin]]
Data wizyty: [[DATE:05.03.2024]]
Rozpoznanie: otępienie mieszane, upadki, hipotonia ortostatyczna, POChP.
Lekarz: lek. [[HCP:Tomasz Wiśniewski]], NPWZ [[LIC:2948173]]

English version of my question: she's [[AGE:92]], 4 falls in 3 months, 11 drugs incl. doxazosin, tamsulosin (yes, for "bladder"), zopiclone, tramadol, bisoprolol. Daughter [[REL:Halina]] lives upstairs and does the pills. Where would you start? STOPP/START gives me 6 hits. @marta.zielinska""",
    # 032 Romania: M&M
    """M&M — ATI, [[FAC:Spitalul Orășenesc Negrești]]
Pacienta: [[PT:Ionela Rusu]], 34F, CNP [[ID:2891104374512]], din comuna [[TOWN:Zăpodeni]], județul [[COUNTY:Vaslui]]
Rujeolă complicată cu pneumonie și ARDS. Nevaccinată. Cei doi copii, [[REL:Andrei]] și [[REL:Maria]], nevaccinați, au făcut rujeolă cu 2 săptămâni înainte.
Timeline: rash day 0, dyspnoea day 5, came in day 7 with SpO2 78% on air, intubated in ED, P/F 62, proned ×3, no ECMO bed within 300 km. Vitamin A given on day 2 of admission only. Died [[DATE:17.01.2024]].
Presented by rezident [[HCP:Alexandru Munteanu]].
Discussion points: adult measles under-recognised (two GP visits called it "viroză"); vitamin A in adults; where is the regional ECMO pathway.""",
    # 033 Ukraine: forwarded Telegram, war trauma
    """Forwarded from a friend in [[TOWN:Zaporizhzhia]] with his ok:
"[[PT:Oleksandr Hnatiuk]], 38, mine blast, BKA right done at [[FAC:Zaporizhzhia Regional Clinical Hospital]], now day 9, stump infected. Cultures: K. pneumoniae NDM + OXA-48, A. baumannii (colistin S only). Card [[MRN:ЗОКЛ-23-17734]]. Evacuation to [[TOWN:Lviv]] planned [[DATE:14 березня]], then maybe a German hospital via MEDEVAC. Wife [[REL:Iryna]] [[PHONE:+380 67 555 0143]]."

What we have: colistin, fosfomycin IV, some ceftazidime-avibactam, aztreonam. No cefiderocol. Is CZA + ATM the move for NDM, colistin for the Acinetobacter? Those of you receiving these in [[TOWN:Lviv]] — what's working?""",
    # 034 France: discharge letter from acute geriatrics
    """Courrier de sortie — Gériatrie aiguë, [[FAC:CH Intercommunal des Deux Vallées]]
Mme [[PT:Odette Lemaire]], [[AGE:93]] ans, NIR [[SSN:2 30 07 47 112 048 37]]
Résidente de l'[[FAC:EHPAD Les Tilleuls]], [[STREET:4 chemin des Vignes]], [[ZIP:47300]] [[TOWN:Villeneuve-sur-Lot]]
Hospitalisée du [[DATE:12/10/2023]] au [[DATE:19/10/2023]] pour chute avec station au sol prolongée, rhabdomyolyse (CPK 8 400), hyponatrémie à 121 sous sertraline.
Fille : [[REL:Martine Lemaire]], [[PHONE:06 55 50 12 84]]
Dr [[HCP:Claire Morvan]], RPPS [[LIC:10101284736]]

Question: apixaban for AF (CHA2DS2-VASc 5) in a [[AGE:93]]F with 4 falls a year and no bleed so far. The EHPAD doctor stopped it "because of falls". I'd restart — the subdural maths rarely beats the stroke maths. Thoughts?""",
    # 035 UK: GP referral letter
    """Dear Dr [[HCP:Okonjo]],
Re: Mr [[PT:Dariusz Nowicki]], DOB [[DATE:03/09/1981]], NHS No [[MRN:485 777 3456]]
[[STREET:Flat 2, 18 Harehills Lane]], [[TOWN:Leeds]] [[ZIP:LS8 4HT]]. Tel [[PHONE:07700 900461]]
Polish speaking, interpreter please. Works nights in a warehouse.
I'd be grateful if you could see this 42-year-old with 3 years of inflammatory back pain (morning stiffness 90 min, better with exercise, wakes 2nd half of night), two episodes of anterior uveitis, HLA-B27 positive. CRP 4. X-ray SIJ "equivocal".
Yours sincerely,
Dr [[HCP:Harriet Lowe]], GMC [[LIC:7012345]]
[[FAC:Chapeltown Health Centre]], fax [[FAX:0113 496 0732]], [[EMAIL:hlowe.chapeltownhc@yorkmed-mail.co.uk]]

Posting because rheum bounced it ("CRP normal, refer MSK physio"). I rang the reg (bleep [[PAGER:2245]]) who was kind but said the same. Normal CRP is common in axSpA — am I wrong to push? @gp_sian""",
    # 036 Germany: tumour board
    """Tumorkonferenz [[FAC:Klinikum Am Weinberg]], [[DATE:07.02.2024]]
Pat.: [[PT:Hannelore Schmitz]], geb. [[DATE:22.11.1949]], Fall-Nr. [[ACCT:2024003318]], Vers.-Nr. [[PLAN:K482937105]]
Wohnort: [[TOWN:Bad Kreuznach]]
Hausarzt: Dr. med. [[HCP:Jürgen Albrecht]]
Diagnose: Pankreaskopf-Ca, cT3 cN1 cM0, borderline resektabel (SMV-Kontakt >180°, Arterien frei). CA 19-9 1.240 U/ml. ECOG 1.
Beschluss: neoadjuvant mFOLFIRINOX, Restaging nach 4 Zyklen, dann erneute Vorstellung.

Would you go Gem/nab-P instead at 74? She's fit, but she plays the organ at [[FAC:St. Nikolaus]] every Sunday and is terrified of oxaliplatin neuropathy in her fingers.""",
    # 037 Italy: phone-typed, Italian/English
    """scrivo dal cell, scusate. Signora [[PT:Concetta Lo Presti]], [[AGE:93]] anni, from [[TOWN:Caltanissetta]], lives in [[FAC:RSA Villa Serena]]. CF [[ID:LPRCCT30M52B429K]]. Delirium since Thursday, urine dipstick "positive", afebrile, no urinary symptoms she can tell us. Son [[REL:Salvatore]] ([[PHONE:+39 333 555 0192]]) insists on antibiotics "come sempre". Her GP dott. [[HCP:Giuseppe Ferrara]] has given fosfomicina 3 times this year.
Ricordate the ABU talk at the congress — how do you say no to the son without him going to the director? Constipation + new tramadol are much more likely.""",
    # 038 Spain: ED discharge report
    """INFORME DE ALTA DE URGENCIAS — [[FAC:Hospital Comarcal Sierra Norte]]
Paciente: [[PT:José Antonio Heredia Cortés]]   DNI [[ID:48291736K]]   NUSS [[SSN:29/10284736/51]]   CIP [[PLAN:AN0348172956]]
Fecha: [[DATE:17/08/2023]]   Hora: 03:41
Domicilio: [[STREET:C/ Cervantes 8, 2ºB]], [[ZIP:29700]] [[TOWN:Vélez-Málaga]]
Trabajador de invernadero en [[FAC:Invernaderos Hnos. Ruiz S.L.]]. Golpe de calor por esfuerzo: Tª rectal 41,8 °C, GCS 10, CK 12.000, Cr 2,1.
Inmersión en agua fría no disponible; enfriamiento con hielo y suero frío.
Adjunto: Dr. [[HCP:Fernando Gil Ortega]], nº colegiado [[LIC:292918471]].

Question: we don't have a tub for cold water immersion. Ice packs to groin/axilla took 70 min to get him under 39. Has anyone set up a body bag / tarp-assisted cooling in a small ED?""",
    # 039 Greece: case thread, Greek/English
    """Θέλω γνώμη. [[PT:Georgios Papadakis]] ([[PT:Γιώργος Παπαδάκης]]), 67, fisherman from [[TOWN:Ierapetra]], alcoholic cirrhosis Child B. Cut his hand cleaning fish on [[DATE:Aug 3rd]], 18 h later haemorrhagic bullae up the forearm, BP 80/45, lactate 6. AMKA [[SSN:12085701234]], file [[MRN:ΓΝ-23-44718]]. Transferred to [[FAC:GNAN]] ICU.
Vibrio vulnificus on blood culture. Doxy + ceftazidime started, surgery did fasciotomy. His wife [[REL:Eleni]] asks if he will lose the arm.
Early amputation vs serial debridement in these? The literature is all small series.""",
    # 040 Sweden: epikris + question
    """Epikris — Medicinkliniken, [[FAC:Vättersjukhuset]]
Patient: [[PT:Karl-Erik Lindqvist]], [[ID:19300817-4412]]
Boende: [[FAC:Solgläntans särskilda boende]], [[TOWN:Hjo]]
Vårdtid: [[DATE:2023-11-20]] – [[DATE:2023-11-28]]
Diagnoser: Hjärtsvikt med bevarad EF (I50.3), förmaksflimmer, CKD 4. Pacemaker (Biotronik Enitra 8 DR-T, s/n [[DEVICE:68412739]]).
Ansvarig läkare: [[HCP:Anna Bergström]], leg. läkare
Kontakt: sonen [[REL:Per Lindqvist]], [[PHONE:070-555 01 92]]

Question for Johansson and the HF crowd: SGLT2i in a [[AGE:93]]-year-old HFpEF with eGFR 24? He was admitted twice in 3 months. I worry about volume depletion and genital infections in someone who depends on staff for hygiene.""",
    # 041 Finland: case thread
    """Nephropathia epidemica season again. [[PT:Matti Heikkinen]], 52, hetu [[ID:140471-219K]], forest machine operator at [[FAC:Metsä-Savo Oy]], lives in [[TOWN:Nilsiä]], [[STREET:Kuusitie 7]]. Admitted [[DATE:4.12.2023]] to [[FAC:Savon keskussairaala]]: fever, back pain, transient myopia, creat 640, plt 38, proteinuria 3+. Puumala IgM positive.
Wife [[REL:Sari]] says he had cleaned the woodshed two weeks before.
Oliguric for 2 days now, K 5.9. Dialysis, or ride it out? How often do your PUUV cases end up needing RRT?""",
    # 042 Denmark / Greenland: transfer note
    """Overflyttet fra [[FAC:Regionssygehuset i Ilulissat]]
Patient: [[PT:Aviaja Kristiansen]], CPR [[ID:120388-1472]], from [[TOWN:Uummannaq]], flown via the capital [[DATE:9/1-2024]]
Spondylitis tuberculosa Th10-11 with bilateral psoas abscesses, early paraparesis. Culture M. tuberculosis, fully sensitive.
Kontaktperson: mother [[REL:Naja Kristiansen]], [[PHONE:+299 55 01 73]] (only speaks Kalaallisut)
Admitted to spine surgery at [[FAC:Rigshospitalet]].

Spine people — surgery or drain + 12 months treatment? The neurology is mild but the kyphosis is 30°. She wants to go home for the hunting season, which is not a small thing there.""",
    # 043 Mexico: admission note
    """Nota de ingreso — Urgencias, [[FAC:Hospital General de Zona No. 1]], [[TOWN:Oaxaca de Juárez]]
Nombre: [[PT:Rosalba Gómez Martínez]], 58 a
CURP [[ID:GOMR650312MOCMRS04]]   NSS [[SSN:4184 65 1234 7]]
Domicilio: [[STREET:Privada de Los Olivos 14]], Col. [[PLACE:Reforma]], C.P. [[ZIP:68050]]
Fecha: [[DATE:22/10/2023]]
Crisis convulsiva focal con generalización. TC: 3 quistes parenquimatosos viables con escólex + 2 calcificaciones. Neurocisticercosis.
Médico: Dra. [[HCP:Itzel Santiago Cruz]], Céd. Prof. [[LIC:8472913]]

Q: albendazole + praziquantel for >2 viable cysts, and steroids starting the day before? Fundoscopy ok.""",
    # 044 Brazil: pasted WhatsApp, Portuguese
    """[[DATE:12/05/2024]]
[19:03] [[HCP:Ana Clara]]: gente, paciente [[PT:Josefa Maria da Conceição]], 71a, de [[TOWN:Canoas]], chegou do abrigo com febre, icterícia, dor na panturrilha
[19:05] [[HCP:Thiago Ramos]]: CPF dela? preciso pra regulação
[19:06] [[HCP:Ana Clara]]: CPF [[ID:482.193.775-20]], CNS [[PLAN:700 9028 4193 7552]]
[19:10] [[HCP:Thiago Ramos]]: endereço antes da enchente: [[STREET:Rua das Acácias 1420]], bairro [[PLACE:Mathias Velho]], CEP [[ZIP:92330-010]]
[19:22] [[HCP:Ana Clara]]: creat 4,8, bili 9, plaq 38 mil. hemoptise. vaga na UTI do [[FAC:HPS Canoas]] ainda não

Síndrome de Weil, claramente, after the floods. @rafaelcosta pulse methylpred for the pulmonary haemorrhage — yes or no? The data is thin.""",
    # 045 Haiti: case post, Kreyòl/English
    """From [[FAC:Dispensaire Sainte-Thérèse]], [[TOWN:Hinche]]. Pasyan: [[PT:Wilner Jean-Baptiste]], 45a, from [[TOWN:Lascahobas]], seksyon kominal [[PLACE:Petit-Fond]]. Fanm li [[REL:Marie-Ange]] te pote l sou moto, li te gen dyare tankou dlo diri depi yè swa. Severe dehydration, no radial pulse on arrival [[DATE:14 oktòb 2022]].
RDT cholera positive. 8 L Ringer's in first 24 h. Contact: [[PHONE:+509 3755 0142]]. Seen by Dr [[HCP:Jacques Pierre-Louis]].
Q: single-dose doxy for the 6 people in the household? Our stock is tight and the guidance changes every outbreak.""",
    # 046 Fiji: clinic note
    """[[FAC:Vunidawa Subdivisional Hospital]] — typhoid cluster
Index: Adi [[PT:Litia Vakaloloma]], 34F, from [[TOWN:Nailega]] village, tikina [[PLACE:Matailobau]]. Reg no. [[MRN:VSH-0418827]]. Onset [[DATE:19/06/2023]]. Blood culture S. Typhi (cipro S, azithro S).
Turaga ni koro, Ratu [[REL:Jone Naivalu]], says 6 more people have fever since the funeral gathering; grog and food shared. His phone [[PHONE:+679 955 0148]].
Vinaka to the district team for the outbreak form. Q for the group: azithro for household contacts who are febrile but culture-negative, or just treat on clinical grounds?""",
    # 047 Samoa: RHD register post
    """RHD question. [[PT:Fa'amoana Leota]], 14F, from [[TOWN:Satupa'itea]] Hospital no. [[MRN:TTM 204418]]. Echo [[DATE:11 Sept 2023]]: severe MR, moderate AR, LVEDD 58 mm. Missed 4 of the last 6 BPG injections because the ferry money ran out.
Her aunty [[REL:Malia Leota]] ([[EMAIL:malia.leota77@kmail-ws.net]]) will bring her to [[FAC:Tuasivi District Hospital]] monthly if we can do the injections there; the faifeau offered the church van.
@tevita.f — the visiting surgical team list for next year: would she get on it at 14 with that LV size?""",
    # 048 PNG: phone-typed, Tok Pisin/English
    """from [[FAC:Rigo District Health Centre]] — taipan bite, mi no save wanem long mekim. [[PT:Kila Morea]], 17M, from [[TOWN:Kwikila]], bitten in the garden [[DATE:27/11/23]] arvo, wantoks brought him 2 h in a PMV ([[PLATE:PBB 472]]). Ptosis, drooling, bleeding gums. 20WBCT not clotting. 1 vial CSL taipan AV given, no improvement at 6 h.
Father [[REL:Morea Kila]] wants him taken to [[FAC:Port Moresby General Hospital]] but no ambulance till morning.
2nd vial? Or bag and transfer? We can bag. Tenkyu.""",
    # 049 Somali family, Minneapolis: clinic note
    """Clinic note — [[FAC:Cedar-Riverside Community Clinic]]
Pt: [[PT:Hodan Abdi Warsame]], 4y F, MRN [[MRN:CRC-0074183]], MA ID [[PLAN:MN00284736]]
Parent: mother [[REL:Ayaan Mohamed Ali]], [[PHONE:612-555-0147]], [[STREET:1520 S 6th St Apt 914]], [[TOWN:Minneapolis]] [[ZIP:55454]], [[COUNTY:Hennepin County]]. SSN (mother, for MA renewal) [[SSN:666-42-9187]].
Interpreter: [[HCP:Faadumo Hersi]]
Measles exposure at daycare 4 days ago, unvaccinated (mother worried about autism, "talaal"). Too late for MMR as PEP, IG IM 0.5 mL/kg offered and accepted. MMR offered for the 2 older siblings, mother will think.
The Somali-language handouts helped: mom read them in the waiting room and agreed to the IG.""",
    # 050 Afghan refugee, Toronto: referral
    """Referral — [[FAC:Crossroads Refugee Health Clinic]], [[TOWN:Toronto]]
Re: [[PT:Gul Ahmad Noorzai]], DOB [[DATE:01/01/1979]] (as on his documents), UCI [[ID:11-2847-3391]]
OHIP: [[PLAN:4829-371-846-KT]]
Address: [[STREET:2460 Weston Rd, Unit 1207]], [[ZIP:M9N 3W5]]
Arrived from [[TOWN:Islamabad]] [[DATE:Nov 2023]]. Dari-speaking; brother-in-law [[REL:Abdul Qadir]] interprets, [[PHONE:416-555-0182]].
IGRA positive, CXR: bilateral apical fibrosis, sputum × 3 smear and Xpert negative. HBsAg positive, HBV DNA 2,400. Strongyloides serology positive, eos 1.4.
Referring: [[HCP:Meghan O'Rourke]], NP, CNO [[LIC:0584721]]

@nazanin.h — order of operations? I'd give ivermectin now, then start LTBI (4R) once hepatology has seen him.""",
    # 051 Eritrean asylum seeker, Netherlands: video consult note
    """Video consult note — [[FAC:AZC Ter Apel]] medical post
Link dropped 4 times; IT says the AZC guest network ([[IP:203.0.113.47]]) throttles video, use the staff laptop next time.
Pt: [[PT:Senait Tesfamariam]] ([[PT:ሰናይት ተስፋማርያም]]), 19F, V-nummer [[ID:2847193056]]. Arrived 10 days ago via [[TOWN:Kufra]] and [[TOWN:Tripoli]], then Italy.
Fever 40 °C, rigors, spirochaetes on thick film → louse-borne relapsing fever. Sent to [[FAC:Ziekenhuis Zuidoost-Drenthe]] on [[DATE:29 juli 2023]].
Cousin [[REL:Filmon]] [[PHONE:06 5550 1287]] is her only contact here.
After the first doxy dose she had a proper Jarisch-Herxheimer: rigor, BP 78/40. Do you pre-treat with anything, or just have fluids ready?""",
    # 052 Vietnamese student, Sydney: trauma note
    """Trauma call, Saturday 23:10. [[PT:Trần Minh Khôi]] (goes by [[PT:Khoi Tran]]), 22M, international student at [[FAC:Western Sydney Institute of Technology]], OSHC [[PLAN:48291736]]. E-bike vs ute at 60 km/h; police give the ute as rego [[PLATE:CX72QL]], VIN [[VIN:MNAUMFF50LW847219]].
Lives [[STREET:12/48 Station St]], [[TOWN:Cabramatta]] [[ZIP:2166]].
Pelvis APC-II, grade III splenic lac, L femur. Binder, 4 units, to IR.
His mates already posted the crash video on TikTok ([[HANDLE:@khoi.tran.syd]]) and started [[URL:https://www.gofundme.com/f/help-khoi-recover-syd]]. Parents flying from [[TOWN:Huế]]; mother [[REL:Lê Thị Hoa]] [[PHONE:+84 905 550 173]].
Question is really about the social work side: how do your units handle OSHC gaps for overseas students with major trauma?""",
]

FREE_NOTES: list[str] = [
    # 053 West Africa: Lassa
    """Lassa fever, suspected, 2nd week of illness, AKI and bleeding gums. We start ribavirin per the McCormick regimen (30 mg/kg load, then 15 mg/kg q6h × 4 days, then 7.5 mg/kg q8h × 6 days) but recent PK work suggests that schedule is not well supported and haemolysis is common. Anyone moved to favipiravir off-label or joined the trial arm? Also: do you still send the contacts' samples for PCR on day 21, or only the symptomatic ones?
@femi.adeyemi you had numbers on AST > 150 as a mortality marker, would love the slide.""",
    # 054 West Africa: Buruli ulcer
    """Teaching point from Tuesday's skin clinic. Buruli ulcer (M. ulcerans, named after the county in Uganda where the big series came from) still gets misread as "tropical ulcer" or pyoderma. Undermined edges, painless, cotton-wool necrotic base. Confirm with IS2404 PCR on a swab from the undermined edge, not the centre. WHO treatment since 2017: rifampicin 10 mg/kg + clarithromycin 7.5 mg/kg BD for 8 weeks; streptomycin is out. Paradoxical reactions around week 4-8 are not treatment failure. ICD-10 A31.1. Surgery only for debridement and grafting, not excision up front.""",
    # 055 West Africa: sickle cell hydroxyurea, thread
    """Hydroxyurea in SCA under-5s, how are people dosing in West Africa now?
Kofi: We start at 20 mg/kg and escalate by 5 mg/kg every 8 weeks to MTD (ANC ≥ 2, plt ≥ 80). REACH showed it's safe without a lab every fortnight, and NOHARM showed no excess malaria. Our problem is the capsule sizes — 500 mg only.
Ngozi: We compound into suspension, 100 mg/mL, stable 1 month in the fridge. Parents like it. HbF went from ~8% to 20% in most.
Kofi: Do you check TCD first? We stop at STOP criteria (TAMV ≥ 200 cm/s) and move those to transfusion if we can.""",
    # 056 East Africa: VHF differential
    """Differential for a febrile patient with bleeding from a cattle-keeping area after heavy rains: Rift Valley fever is top of my list (hepatitis, retinitis, the occasional late encephalitis), then CCHF, then the filoviruses — Marburg and Sudan virus (the Ebola species, not the country). O'nyong-nyong and chikungunya give the joints but not the bleeding. Don't forget malaria with DIC, leptospirosis, meningococcaemia and brucella. RVF IgM plus PCR; the lab wants the triple packaging and a call first. Anyone have the current case definition from the ministry in Kenya? The 2018 one is what we laminated.""",
    # 057 East Africa: FEAST and ETAT
    """Journal club summary (Thursday): FEAST (NEJM 2011;364:2483) — boluses of 20-40 mL/kg increased 48-h mortality in febrile children with impaired perfusion in Kenya, Uganda and Tanzania, RR ~1.45. WHO ETAT 2016 still says bolus only for shock with all three signs (cold hands, CRT > 3 s, weak fast pulse). For SAM, 15 mL/kg over an hour with Ringer's/half-dextrose. Discussion went on about whether it applies to dengue or to a surgical bleed — it doesn't. Amani made the point that half our "shock" children are anaemic and need blood, not crystalloid.""",
    # 058 East Africa: podoconiosis / Kaposi
    """Lower-limb swelling in a barefoot farmer from the Ethiopian highlands: podoconiosis (non-filarial, red clay soil, mossy foot) vs lymphatic filariasis (W. bancrofti, usually unilateral start, hydrocoele in men) vs Kaposi sarcoma (purple nodules, HHV-8, check HIV). Stemmer sign is positive in all lymphoedemas so it doesn't separate them. Filarial antigen (FTS) and skin biopsy. Foot hygiene + socks + shoes does more than anything else for podo. Does anyone have the MoH podo leaflet in Amharic?""",
    # 059 Central Africa: mpox clade I
    """Mpox clade Ib summary for our ward meeting: sexual transmission in adults, household spread to kids, CFR lower than old clade Ia estimates (~0.5-3% depending on HIV and malnutrition). Tecovirimat failed to shorten healing in clade I (the STOMP and PALM007 results). MVA-BN 2-dose, now authorised for adolescents; LC16m8 for children in some programmes. IPC: gown, gloves, N95 if aerosol risk, eye protection. Samples: lesion swabs (dry or VTM), two lesions, different sites. ICD-10 B04. Country-level case counts in South Kivu and Équateur provinces are in the WHO sitrep.""",
    # 060 Central Africa: sleeping sickness
    """HAT gambiense: fexinidazole is now first line for stage 1 and non-severe stage 2 (CSF WBC < 100), 10 days oral with food, which changed everything for mobile teams. NECT for severe stage 2. Acoziborole single-dose trials are promising. Winterbottom's sign (posterior cervical nodes) is still the best bedside clue. CATT on whole blood for screening, then parasitology. Relapse follow-up at 6, 12 months. How are field teams doing the lumbar punctures in the field now that the protocol is loosened?""",
    # 061 Central Africa: Loa loa
    """Before ivermectin MDA in a loiasis-endemic area (Cameroon, Gabon, CAR) we screen microfilaraemia — LoaScope on a finger prick. Above ~30,000 mf/mL the risk of encephalopathy after ivermectin is real; above 8,000 DEC is dangerous. Calabar swellings (named for the Nigerian port) and the eye worm are the giveaway clinically. Treatment for high load: albendazole 200 mg BD × 21 days to bring the count down, or apheresis in a specialist centre. Mazzotti reaction is onchocerca with DEC — different worm, same panic.""",
    # 062 Southern Africa: cryptococcal meningitis thread
    """Crypto protocol update for the group:
- AMBITION-cm (NEJM 2022;386:1109): single high dose L-AmB 10 mg/kg + 14 days flucytosine 100 mg/kg/d + fluconazole 1200 mg/d, non-inferior to 7 days AmB-d, far less anaemia and hypokalaemia
- Therapeutic LPs if opening pressure > 25 cmH2O, daily until < 20
- ART at 4-6 weeks, not earlier (COAT)
- CrAg screening when CD4 < 200, pre-emptive fluconazole 800 mg if CrAg+ and LP negative
Sipho, you asked about flucytosine supply; in Botswana we get it through the national programme now.""",
    # 063 Southern Africa: BPaL
    """RR-TB regimens, for the juniors: BPaLM (bedaquiline, pretomanid, linezolid 600, moxifloxacin) × 6 months is now preferred for MDR/RR-TB ≥ 14 y (TB-PRACTECAL); BPaL without M if FQ-resistant (ZeNix showed 600 mg linezolid for 26 weeks is enough). Xpert MTB/XDR for FQ, INH, ethionamide and amikacin resistance. Watch QTcF (> 500 ms stop), linezolid neuropathy and the Hb. Codes: ICD-10 A15.0 / U84.3 for resistance. South Africa's 2023 update follows WHO almost verbatim.""",
    # 064 Southern Africa: pellagra
    """Saw three cases of pellagra this month on the male ward, all heavy drinkers on maize meal. 4 Ds: dermatitis, diarrhoea, dementia, death. Casal necklace in two of them (the C3-C4 dermatome collar), and one with a gloves distribution. Also isoniazid in one — INH without pyridoxine and niacin stores. Nicotinamide 100 mg TDS, plus thiamine before glucose, plus B6. Malawi and Zambia reported outbreaks in camps when the ration was maize only. Sunlight makes the rash worse; cover up.""",
    # 065 MENA: FMF
    """FMF with colchicine resistance. 24M, M694V homozygous, attacks every 3 weeks despite colchicine 2.5 mg/d (adherence confirmed, sarcoid ruled out), SAA high between attacks, proteinuria 600 mg/d. Tel Hashomer criteria met long ago. Next step per EULAR 2016: IL-1 blockade — anakinra daily or canakinumab 150 mg q4w. Our insurance wants amyloid on biopsy first. Rania, Salma — what did your patients get approved on?""",
    # 066 MENA: MERS and CCHF
    """Hajj season triage reminder. MERS-CoV: fever + cough + exposure to dromedary camels or a known case in the Arabian Peninsula within 14 days. Airborne + contact precautions, lower resp sample for PCR. CCHF: tick bite or slaughtering (Eid al-Adha sacrifice, especially), fever, thrombocytopenia, bleeding; Iraq, Iran, Turkey, Afghanistan, Pakistan. Ribavirin is controversial (no RCT benefit), supportive care is what matters. Meningococcal ACWY certificate for pilgrims is mandatory; W135 was the issue in the early 2000s.""",
    # 067 MENA: brucellosis serology
    """Brucella serology in an endemic area is confusing everyone on the ward, so:
Rose Bengal — screening, fast, very sensitive.
SAT (Wright) — ≥ 1:160 in endemic area; prozone can give false negatives, dilute.
2-ME test — IgG persistence = chronic/relapse.
Coombs anti-Brucella — picks up incomplete antibodies, helpful when SAT is low but suspicion high.
Blood culture: 7+ days incubation, warn the lab, it's a lab-acquired infection risk.
Treatment: doxy 6 weeks + gent 7 days (or rif 6 weeks). Spondylitis: ≥ 12 weeks. Kids < 8 get cotrimoxazole + rif.""",
    # 068 South Asia: KFD and scrub typhus
    """Kyasanur Forest disease season in the Western Ghats (Karnataka, Kerala, Goa): monkey deaths in the forest precede human cases. Fever, myalgia, bradycardia, then a second phase with meningoencephalitis in some. Vaccine efficacy has been poor, so boosters are the issue. Differential: scrub typhus (look for the eschar in axilla/groin, Weil-Felix OX-K is useless, use IgM ELISA), leptospirosis, dengue. Doxy empirically for anything with an eschar. @ananya.iyer is the ICMR lab still doing KFD RT-PCR free?""",
    # 069 South Asia: kala-azar
    """Kala-azar elimination programme notes (India/Nepal/Bangladesh):
- rK39 RDT for diagnosis in a compatible case > 2 weeks fever + splenomegaly
- single-dose L-AmB 10 mg/kg is first line on the subcontinent
- PKDL: macular/nodular rash after treatment, often years later; miltefosine 12 weeks, watch pregnancy (teratogenic) — contraception for 3 months after
- HIV coinfection: L-AmB + miltefosine combination
Elimination target is < 1 case per 10,000 at block level. Bihar is the last big focus.""",
    # 070 South Asia: dengue
    """Dengue teaching for the interns (please read before Monday):
WHO 2009 — dengue without warning signs / with warning signs / severe. Warning signs: abdominal pain, persistent vomiting, fluid accumulation, mucosal bleed, lethargy, liver > 2 cm, rising Hct with rapid fall in platelets.
Critical phase is defervescence, day 3-7. Do NOT transfuse platelets for a number.
NS1 day 1-5, IgM from day 5. Tourniquet (Hess) test is old-school but still in the Pakistani and Sri Lankan guidelines. Codes A97.0 / A97.1 / A97.2; the NS1 antigen test is LOINC 75377-5 on our system, SNOMED CT 38362002 for dengue. Fluid: 5-7 mL/kg/h then step down.""",
    # 071 South Asia: typhoid vaccine thread
    """TCV question. Rohit Verma: After the XDR outbreak in Sindh, Pakistan put Typbar-TCV in the routine schedule at 9 months. India is piloting. Any data on duration past 4 years?
Bikash: Nepal efficacy trial showed ~79% at 2 years, and the Malawi and Bangladesh trials were similar. A booster question is open.
Rohit Verma: and Widal — please, can we stop. One Widal titre of 1:80 is not typhoid. Blood culture or nothing.""",
    # 072 SE Asia: melioidosis
    """Melioidosis (Whitmore's disease) is under-diagnosed wherever there are rice paddies and diabetics — Thailand, Malaysia, Cambodia, Laos, northern Australia, and more and more India. Labs misidentify B. pseudomallei as Pseudomonas or discard it as a contaminant. Intensive phase: ceftazidime or meropenem ≥ 10-14 days (longer for deep abscesses), then eradication with co-trimoxazole ≥ 3 months. Adjunctive G-CSF didn't help in the trials. ICD-10 A24.1.""",
    # 073 SE Asia: Nipah and JE
    """Encephalitis workup in a pig farmer, to think about: Japanese encephalitis (JE, Culex, pigs and wading birds; IgM in CSF), Nipah (first described in Malaysian pig farmers, named for a village; now bats and date-palm sap in Bangladesh/India), and Hendra (horses, Australia). Nipah = BSL-4 samples, respiratory spread in families and hospitals. No specific therapy; m102.4 mAb compassionate. JE vaccine SA14-14-2 in the EPI in the Philippines and Vietnam. Anyone seeing JE this year?""",
    # 074 SE Asia: leptospirosis prophylaxis
    """After the typhoon, the DOH advisory: doxycycline 200 mg single dose for low-risk exposure (single wading, no wounds), 200 mg once weekly until exposure ends for high-risk (wounds, prolonged wading, swallowing flood water). Pregnant and < 8 y: azithro. Weil's disease (jaundice + AKI + bleeding) still kills in the first 72 h; pulmonary haemorrhage syndrome is the worst phenotype. MAT is the reference test but takes days, use IgM ELISA/RDT and PCR in week 1. @paoloreyes_md do you still give penicillin G or ceftriaxone for severe?""",
    # 075 East Asia: Kawasaki
    """Kawasaki disease, IVIG resistance prediction in our population. Kobayashi score ≥ 4 (Na ≤ 133, days ≤ 4, AST ≥ 100, % neutrophils ≥ 80, CRP ≥ 10, age ≤ 12 m, plt ≤ 30) and Egami ≥ 3. RAISE trial (Lancet 2012) — adding prednisolone for high-risk reduced CAA. Outside Japan those scores have poor sensitivity. AHA 2017 statement: consider adjunctive steroids for high risk. Z-score ≥ 2.5 = dilation. Has anyone used infliximab as second line rather than a second IVIG?""",
    # 076 East Asia: HLA screening
    """HLA screening before drugs, Asia edition:
- HLA-B*15:02 before carbamazepine/oxcarbazepine/phenytoin (Han Chinese, Thai, Malay, Vietnamese) — SJS/TEN
- HLA-B*58:01 before allopurinol (Han Chinese, Korean, Thai) — SCAR
- HLA-B*57:01 before abacavir (everyone)
- CYP2C19 *2/*3 poor metabolisers for clopidogrel, much more common in East Asians (~15%)
Taiwan screens B*15:02 under NHI. @jiwoo.han does Korea reimburse B*58:01 yet?""",
    # 077 East Asia: H. pylori and gastric cancer
    """Gastric cancer screening, Korean/Japanese style: endoscopy every 2 years from 40 (Korea NCSP). Kimura-Takemoto classification for atrophy (C-1 to O-3), Kyoto classification score for gastritis risk (atrophy, IM, diffuse redness, nodularity, enlarged folds; ≥ 2 = H. pylori likely). OLGA/OLGIM staging from biopsies per updated Sydney system. Eradication: vonoprazan-based dual or triple for 7 days is what Japan uses; clarithromycin resistance ~30% in most East Asian cities. ESD for early lesions meeting expanded criteria.""",
    # 078 Central Asia: tick-borne infections
    """Tick season in Central Asia. CCHF (Kazakhstan south, Uzbekistan, Tajikistan, Kyrgyzstan — also Georgia and Armenia), tick-borne encephalitis (Siberian and Far-Eastern subtypes in the north and east), Omsk haemorrhagic fever (Western Siberia), tick-borne relapsing fever, tularaemia. Omsk and Crimean-Congo are both place names that mislead the juniors into thinking they're "local only". Removal: fine tweezers, steady pull. TBE vaccine: Russian and European vaccines cross-protect. How many CCHF this spring in your areas?""",
    # 079 Central Asia: echinococcosis
    """Hydatid cyst management by WHO-IWGE class: CE1 and CE3a < 5 cm — albendazole alone or PAIR; CE2/CE3b — surgery or catheterisation; CE4/CE5 — watch and wait (inactive). Gharbi classification is the older ultrasound one, type I-V, maps onto CE roughly. Albendazole 10-15 mg/kg/d in two doses with fatty meal, LFTs every 2 weeks, continuous dosing now preferred to cycles. Alveolar echinococcosis (E. multilocularis) is a different disease — in Kyrgyzstan it has exploded. Dilnoza, any PAIR numbers from your unit?""",
    # 080 Caucasus: HCV elimination
    """Georgia's HCV elimination programme (the country, not the US state) is the model everyone cites: test-and-treat, SOF/VEL 12 weeks pan-genotypic, genotype no longer needed, decentralised to primary care. FIB-4 > 3.25 or APRI > 2 → assess for cirrhosis, HCC surveillance every 6 months after SVR even if cured. Reinfection in PWID: re-treat, no judgement. ICD-10 B18.2. What's SVR12 in the primary care sites now, still > 95%?""",
    # 081 Eastern Europe: Lyme neuroborreliosis
    """Lyme neuroborreliosis, classic European picture: Bannwarth syndrome — painful radiculitis (worse at night), facial palsy (bilateral is a clue), lymphocytic CSF. Intrathecal antibody index is the test. Doxycycline 200 mg × 14 days is as good as IV ceftriaxone (the Norwegian RCT). TBE co-exposure in Poland, Baltics, Czechia — check TBE IgM too. EM doesn't need serology. ICD-10 A69.2. Do your neurologists still insist on ceftriaxone?""",
    # 082 Eastern Europe: MDR in war wounds
    """MDR Gram negatives in war-wounded, summary of what we and colleagues are seeing: K. pneumoniae NDM-1 and OXA-48 co-producers, A. baumannii OXA-23, P. aeruginosa VIM. Options: ceftazidime-avibactam + aztreonam for MBL, cefiderocol if you can get it, colistin for Acinetobacter (with a second agent; sulbactam-durlobactam if available). Screen every transferred patient on arrival, rectal swab for CPE. EUCAST breakpoints v14.0. Olena has a shared spreadsheet of antibiograms from the receiving centres, ask her for access.""",
    # 083 Western Europe: GBS scores
    """GBS prognosis tools, for the ward round: EGOS (Erasmus GBS Outcome Score) at 2 weeks predicts inability to walk at 6 months; mEGOS at admission and day 7. EGRIS (Erasmus GBS Respiratory Insufficiency Score) ≥ 5 → ~65% ventilation risk, admit to ICU. Brighton criteria for case definition (level 1-3). Single IVIG 2 g/kg; second dose did not help (SID-GBS). Watch for TRFs in the first 8 weeks → think CIDP. Someone asked whether we should use EGRIS for Miller Fisher overlap — not validated.""",
    # 084 Western Europe: NICE sepsis
    """NICE NG51 was updated (2024) — the risk stratification now leans on NEWS2 for adults in acute hospitals: NEWS2 ≥ 7 = high risk, antibiotics within 1 h; 5-6 = moderate, within 3 h after senior review. https://www.nice.org.uk/guidance/ng51 for the full thing. Lactate > 2 still bumps you up. (And yes, CPT 99291 for the first 30-74 min of critical care time.) Also re the GI bleed discussion: Glasgow-Blatchford 0-1 can go home with outpatient OGD; Rockall is for post-endoscopy risk. Siân, the GP version for pre-hospital still uses the old tables?""",
    # 085 Western Europe: IBD classifications
    """IBD classification mini-review for the fellows: Montreal (A1-A3 age, L1-L4 location, B1-B3 behaviour, p for perianal), Paris modification for paediatric (A1a/A1b, L4a/L4b, G0/G1 growth). Vienna is the older parent. Mayo endoscopic subscore 0-3 for UC, SES-CD for Crohn's. ECCO 2024 guidance: treat-to-target per STRIDE-II (clinical response at weeks, endoscopic healing at months). Vedolizumab vs adalimumab — VARSITY in UC favoured vedo on remission.""",
    # 086 Southern Europe: Mediterranean spotted fever
    """Summer fever + rash + black eschar in someone who owns a dog: Mediterranean spotted fever (R. conorii, "fièvre boutonneuse", aka Marseilles fever). Tache noire at the bite, maculopapular rash including palms and soles. Doxycycline 100 mg BD × 5-7 days, or until 48 h afebrile; in kids doxy too (short course is fine). Serology lags, PCR on the eschar swab. Malignant form with DIC in G6PD deficiency, elderly, diabetics. Italy, Spain, Portugal, Greece, North Africa, also Israeli spotted fever variant.""",
    # 087 Southern Europe: thalassaemia
    """Thalassaemia clinic round-up: TDT patients on deferasirox FCT 14-28 mg/kg; cardiac T2* > 20 ms good, < 10 ms danger. Luspatercept (BELIEVE trial) reduced transfusion burden by ≥ 33% in ~70%. Cooley's anaemia is the old name we still see on referral letters from the older GPs. HbA2 > 3.5% for trait. Betibeglogene and exa-cel now approved for TDT but cost is prohibitive here. Nikos, Lucia — any centre near you actually giving gene therapy yet?""",
    # 088 Southern Europe: arboviruses
    """Arbovirus season, Southern Europe: West Nile virus (neuroinvasive in > 65 or immunosuppressed), Usutu virus (named after a river in Eswatini, now endemic in birds across Italy and Austria), Toscana virus (sandfly, aseptic meningitis in summer, central Italy). Dengue autochthonous cases in France, Italy and Spain every year now. Send CSF PCR and serum IgM; cross-reactivity between flaviviruses is a nightmare. Blood donation deferrals follow the ECDC weekly map.""",
    # 089 Northern Europe: Sindbis / Puumala
    """Place-named Nordic infections quiz from today's rounds (answers below):
1. Puumala virus — nephropathia epidemica, bank vole, Finland/Sweden, transient myopia
2. Ockelbo disease / Pogosta disease / Karelian fever — Sindbis virus, arthritis + rash, late summer
3. Tularaemia — "harepest", mosquito-borne in the north
4. Lyme — yes, Connecticut, but half our ward thought it was a person
The Finnish registrar won, obviously.""",
    # 090 Northern Europe: burns
    """Burns fluids, because the Parkland formula keeps being applied blindly: 2-4 mL/kg/%TBSA (Parkland is 4, modified Brooke 2), half in 8 h from time of burn, not time of arrival. Titrate to urine 0.5 mL/kg/h adults, 1 mL/kg/h kids. Lund-Browder chart for TBSA in kids, rule of nines overestimates. Fluid creep is real: > 6 mL/kg/% → albumin rescue. Some Danish units start albumin at 12 h. Escharotomy for circumferential full-thickness chest/limb.""",
    # 091 LatAm: Chagas
    """Chagas (T. cruzi) reminders: acute phase — Romaña sign (unilateral eyelid oedema at the bug bite) or chagoma. Chronic: cardiomyopathy (RBBB + LAFB on ECG is classic), mega-oesophagus, mega-colon. Benznidazole 5-7 mg/kg/d × 60 days; nifurtimox alternative. BENEFIT trial (NEJM 2015;373:1295, doi:10.1056/NEJMoa1507574) — no benefit in established cardiomyopathy. Treat all children and women of childbearing age (prevents congenital transmission). Bolivia, Argentina, Paraguay, Mexico. Screening in migrants: two different serological tests.""",
    # 092 LatAm: Oropouche
    """Oropouche fever is spreading: first described in Trinidad, now big numbers in Brazil, Peru, Bolivia, Colombia, Cuba. Culicoides midges, not mosquitoes. Fever, headache, retro-orbital pain, relapse in ~60% after a week; vertical transmission reported. Differential: dengue, Zika (the forest in Uganda), chikungunya, Mayaro. RT-PCR in week 1. Nothing specific, no vaccine. @rafaelcosta, are your labs testing dengue-negative samples for OROV routinely?""",
    # 093 Caribbean: Jamaican vomiting sickness
    """Hypoglycaemia + vomiting after breakfast in a child → think ackee. Jamaican vomiting sickness (hypoglycin A in unripe ackee arils) causes profound hypoglycaemia by blocking fatty-acid β-oxidation; dicarboxylic aciduria on urine organic acids. Treatment: IV dextrose, lots of it, and watch for seizures. Related: the lychee encephalopathy outbreaks in Bihar and Vietnam (methylenecyclopropylglycine). Ackee is the national fruit of Jamaica, the canned export is safe.""",
    # 094 Pacific: RHD
    """RHD echo screening, Pacific programmes: WHF 2023 criteria (borderline / definite, now stages A-D) replaced the 2012 ones. BPG 1.2 MU IM every 28 days (some programmes 21 days for severe disease); lignocaine-diluted injections and the Z-track technique reduce pain. Jones criteria (AHA 2015 revision) moderate/high-risk populations: monoarthralgia counts, subclinical carditis counts. Fiji, Samoa, Tonga, NZ Māori and Pasifika have some of the highest rates in the world. Are the Pacific programmes using handheld echo in schools yet?""",
    # 095 Pacific/Australia: arboviruses
    """Fever + polyarthralgia + rash after a trip to northern Australia or the Pacific: Ross River virus (named for the river in Queensland), Barmah Forest virus, dengue, chikungunya, Zika. Murray Valley encephalitis and Kunjin (a WNV subtype) for the neuro cases. RRV: IgM then convalescent IgG, joints can ache for months. Kava-related dermopathy (scaly skin in heavy drinkers) is a different problem. Notify all of these.""",
    # 096 Migrants: screening
    """New arrivals screening, what we do for adult refugees and asylum seekers (after the CDC domestic guidance, https://www.cdc.gov/immigrant-refugee-health/hcp/domestic-guidance/, and the Spanish/Italian programmes):
- Strongyloides serology everyone from endemic areas, or presumptive ivermectin 200 µg/kg × 2 days (not if Loa loa risk)
- Schistosoma serology from sub-Saharan Africa
- Chagas serology from Latin America (esp. Bolivia), and pregnant women always
- HBsAg, HIV, HCV, IGRA < 65 y, syphilis
- Hb, eos, urine dipstick, vaccinations catch-up
Nazanin and Ahmed — do you also do H. pylori stool antigen routinely? We stopped.""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc21-001": [{"name": "Femi Adeyemi", "handle": "@femi.adeyemi"}, {"name": "Ngozi Eze"}],
    "pc21-002": [{"name": "Kofi Mensah"}],
    "pc21-005": [{"name": "Selamawit Tesfaye"}],
    "pc21-007": [{"name": "Amani Mushi", "handle": "@amani.mushi"}],
    "pc21-011": [{"name": "Sipho Dlamini"}],
    "pc21-015": [{"name": "Salma Berrada", "handle": "@salma.berrada"}],
    "pc21-018": [{"name": "Ananya Iyer", "handle": "@ananya.iyer"}, {"name": "Rohit Verma"}],
    "pc21-022": [{"name": "Paolo Reyes", "handle": "@paoloreyes_md"}],
    "pc21-026": [{"name": "Han Ji-woo", "handle": "@jiwoo.han"}],
    "pc21-030": [{"name": "Levan Gelashvili", "handle": "@levan.g"}],
    "pc21-031": [{"name": "Marta Zielińska", "handle": "@marta.zielinska"}],
    "pc21-035": [{"name": "Siân Pritchard", "handle": "@gp_sian"}],
    "pc21-040": [{"name": "Ingrid Johansson"}],
    "pc21-044": [{"name": "Rafael Costa", "handle": "@rafaelcosta"}],
    "pc21-047": [{"name": "Tevita Fifita", "handle": "@tevita.f"}],
    "pc21-050": [{"name": "Nazanin Hosseini", "handle": "@nazanin.h"}],
    "pc21-053": [{"name": "Femi Adeyemi", "handle": "@femi.adeyemi"}],
    "pc21-055": [{"name": "Kofi Mensah"}, {"name": "Ngozi Eze"}],
    "pc21-057": [{"name": "Amani Mushi"}],
    "pc21-062": [{"name": "Sipho Dlamini"}],
    "pc21-065": [{"name": "Rania Haddad"}, {"name": "Salma Berrada"}],
    "pc21-068": [{"name": "Ananya Iyer", "handle": "@ananya.iyer"}],
    "pc21-071": [{"name": "Rohit Verma"}, {"name": "Bikash Shrestha"}],
    "pc21-074": [{"name": "Paolo Reyes", "handle": "@paoloreyes_md"}],
    "pc21-076": [{"name": "Han Ji-woo", "handle": "@jiwoo.han"}],
    "pc21-079": [{"name": "Dilnoza Karimova"}],
    "pc21-082": [{"name": "Olena Kravets"}],
    "pc21-084": [{"name": "Siân Pritchard"}],
    "pc21-087": [{"name": "Nikos Andreou"}, {"name": "Lucia Romano"}],
    "pc21-092": [{"name": "Rafael Costa", "handle": "@rafaelcosta"}],
    "pc21-096": [{"name": "Nazanin Hosseini"}, {"name": "Ahmed Jama"}],
}

build, render, main = first_set.blind_set(
    "pc21", Path(__file__).with_name("physician_cases_21.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
