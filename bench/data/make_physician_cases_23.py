# ruff: noqa: E501, RUF001, W291 (the notes are data, with the symbols people type, trailing spaces included)
"""Blind test set 23: 96 invented physician posts for clinnet (52 with PHI, 44 without).

Written blind: the author read only the docstring, tag table and markup of
``make_physician_cases.py`` and its parser and build helpers, and no detector code, test,
other note set or document of the project. Every patient, relative, clinician, place,
business and number is invented (US phones 555-01xx, UK mobiles 07700 900xxx, IPs from
the documentation ranges, made-up mail domains); real towns, districts and countries
appear only as places.

The mix: physicians across Sub-Saharan Africa, North Africa and the Middle East, South
Asia, Southeast and East Asia, Central Asia, Eastern and Western Europe, Latin America and
the Caribbean and the Pacific, plus refugees, migrants and travellers, writing English with
local words, scripts (Arabic, Cyrillic, Devanagari, Bengali, Chinese, Japanese, Korean,
Thai, Amharic), calendars (Hijri, Solar Hijri, Bikram Sambat, Ethiopian, Buddhist era,
Reiwa) and code-mixing. Kinds: threads with replies, Reddit/Sermo/Figure 1-style posts and
polls, pasted group chats, tumour boards, M&M write-ups, pasted letters, sign-outs, ED and
ICU boards, phone-typed replies, dictated text, ALL-CAPS pastes and journal clubs. The 44
PHI-free notes are full of lookalikes (eponyms, place-named diseases, scores, trials,
citations, public links, doses, colleagues of the network, countries and states, numbered
units).

Conventions followed beyond the tag table:
- Colleagues of the network who take part in a thread are listed in MEMBERS with their
  handle and never tagged; clinicians named who are not in the thread are HCP, including
  named staff in pasted ward chats and letters (their role labels are not tagged).
- Teknonyms and nicknames used as a patient's name ("Um Khaled", "Tata") are that
  person's name, one span; a name written in two scripts is two spans.
- Chat timestamps that carry a date tag the date part only; clock times are not tagged.
- Holidays and festivals used as the date of an event are DATE; a month and year
  together are DATE; a weekday is left out of the span.
- National health-service and health-card numbers (NHS number, NHI, Medicare, PhilHealth,
  BPJS, NHIA, SUS, Carte Vitale, STP) are PLAN; hospital numbers (UHID, IPP, hosp no.) are
  MRN; national ids, refugee case numbers, police/medico-legal and referral numbers are ID.
- Geographic generic words outside a name ("district", "County", "Brgy.", "Col.") are
  left out of a place span; a facility keeps the generic word that belongs to its name.
  Townships, settlements and refugee-camp areas are PLACE; villages and First Nation
  communities are TOWN; a digital address code (GhanaPost GPS) is STREET.
- Lay officials, community leaders and traditional healers named about a patient are REL;
  care-home managers, carers and community health workers are HCP.
- An age over 89 given as a decade ("90s") or in words of any language is AGE; a
  personal number that encodes a birth date (personnummer, JMBG) is one ID span.
- A name mangled by dictation keeps the tag of what it names.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Kenya, thread
    """\
Case for discussion - HELLP at a sub-county hosp, want opinions on timing

34F G3P2 at 31+2 wks, referred [[DATE:14/03]] from [[FAC:Githunguri HC]] by the CO there ([[HCP:Otieno]], good guy, called ahead). She collapsed at work, she's a cashier at [[FAC:Kamau's Hardware]] near the stage. BP 172/114, epigastric pain, headache, protein 2+. Plts 88, ALT 240, LDH 780, Hb 9.1. Pritchard MgSO4 started, labetalol IV.
Husband [[REL:Njoroge]] declined CS at first, wanted the pastor from [[FAC:PCEA Mugumo-ini church]] to come pray first, we lost ~3 hrs. Consented around 2am. Baby 1.6kg, Apgar 5/8, to NBU. Mum ([[PT:Wanjiku]]) to HDU, now day 2 plts 102.
Q: dexa first or straight to theatre?

@achieng_obgyn: once BP controlled, theatre. at 31 wks I'd give the first dose and go, never wait for the 2nd. was spinal ok with plts 88?
@mwangi.anaes: we'd do spinal above 75 if not falling. what was the trend? if dropping fast GA
OP: 112 -> 95 -> 88 over 10h so we did GA. tube 6.5, no drama. will update
@achieng_obgyn: good call. counsel re next pregnancy, aspirin from 12 wks + early booking. and pls not back to [[FAC:Githunguri]] for ANC, send her to us""",
    # 002 Nigeria, pasted referral
    """\
Got this referral this morning, sharing for the clinical q at the bottom (pls don't repost)

REFERRAL LETTER
[[FAC:Lekki Crest Specialist Clinic]]
[[STREET:14B Adebayo Close, off Admiralty Way]], [[PLACE:Lekki Phase 1]], [[TOWN:Lagos]]
Tel: [[PHONE:0803 000 4417]]

Date: [[DATE:3rd February 2025]]

The Consultant Nephrologist,
[[FAC:OSTH]], [[PLACE:Ikeja]]

Dear Sir/Ma,
RE: MRS [[PT:BLESSING OKONKWO-ADEYEMI]] (F, 47 YRS)   Hosp No: [[MRN:LCS/2023/01188]]   NHIA: [[PLAN:NHIA-7714-0032-19]]

Kindly see the above named, a fabric trader at [[FAC:Idumota Textile Plaza]], known hypertensive x 9 yrs on amlodipine 10mg, poorly adherent. Presented with facial puffiness, reduced urine output and vomiting x 1/52. Creatinine 612 umol/L (148 three months ago), urea 28, K 6.1, HCO3 14. USS: kidneys 8.9/9.2 cm, increased echogenicity.
She received calcium gluconate, insulin-dextrose and frusemide. She has been counselled on likely need for dialysis; her husband Mr [[REL:Adeyemi]] ([[PHONE:0805 000 2291]]) has been informed about cost.

Thank you for your kind assistance.
Yours faithfully,
Dr [[HCP:T. Bamidele]]
MBBS, FWACP

---
my q: the teaching hosp will ask ~N150k deposit before first HD. does anyone know an NGO or church fund for emergency HD in [[TOWN:Lagos]]? she sells cloth, can't raise that by tonight""",
    # 003 India, handover Hinglish
    """\
night handover medicine casualty, copy paste from our grp. sorry for hinglish

1) bed 4 - [[PT:ramesh]] bhai 67M, [[TOWN:Sikar]] se referred, DKA, K 3.2 tha, insulin infusion 0.1 u/kg chal raha, 2 hrly GRBS. son [[REL:Mukesh]] bedside pe hai, v anxious, [[PHONE:98290 01774]]
2) bed 7 - 45F snake bite (krait suspected), neuroparalysis, b/l ptosis, ASV 10 vials given, on NIV. UHID [[MRN:20250318-4471]]. if SpO2 drops intubate, dont wait for SR
3) bed 9 - [[PT:Kamla Devi]] 80ish F, AKI on CKD, Cr 5.8, nephro said HD in morning. Aadhaar pending so her card not done - [[PLAN:PMJAY-RJ-0044-7712]] is husband's, ask social worker [[HCP:Sunita]] ji to sort tmrw
4) bed 12 - unknown male ~30, RTA on highway near [[TOWN:Chomu]], GCS 9/15, NCCT SDH 8mm, NS referred to [[FAC:SMS]]. police MLC no [[ID:MLC/1187/25]]. bike no [[PLATE:RJ14 KX 3309]]
5) bed 15 - 19F OP poisoning, atropinised, PAM running. mother says she was upset since [[DATE:holi]] ke din, psych ref in AM

@dr_neha_r pls recheck bed 9 potassium at 2am
thx, signing off - @kartik.mo""",
    # 004 Pakistan, pasted WhatsApp
    """\
Pasted from our paeds unit group ([[FAC:THQ Muridke]]) bc I want the network's view on the fluid part

[[[DATE:21/11/2024]], 23:14] PGR-1: 9 mo baby, severe pneumonia + SAM, wt 5.2 kg, WHZ < -3, hypoglycaemic on arrival 38 mg/dl
[[[DATE:21/11/2024]], 23:15] PGR-1: name [[PT:Areeba]] ([[PT:عریبہ]]) d/o [[REL:Shakeel Ahmed]], MR# [[MRN:P-24-118832]]
[[[DATE:21/11/2024]], 23:16] PGR-1: ammi keh rahi hai 3 din se feed nahi liya, loose motions bhi
[[[DATE:21/11/2024]], 23:21] SR: 10% dextrose 5ml/kg stat. NO bolus unless shocked. ReSoMal not NS
[[[DATE:21/11/2024]], 23:40] PGR-1: CRT 4 sec, cold peripheries, HR 188
[[[DATE:21/11/2024]], 23:41] SR: ok then 15 ml/kg over 1 hr of half strength darrow's or RL with 5% dextrose, recheck q10min
[[[DATE:22/11/2024]], 00:12] PGR-1: after bolus HR 164, CRT 3 sec, passed urine. Starting ReSoMal 5 ml/kg q30min by NG
[[[DATE:22/11/2024]], 00:14] SR: good. amoxiclav + gentamicin, and check glucose every 30 min for 2 hrs. Keep her warm, kangaroo with ammi
[[[DATE:22/11/2024]], 00:30] PGR-1: father CNIC [[ID:35401-7712093-3]] for the sehat card, he is a labourer at [[FAC:Al-Madina Brick Kiln]], phone [[PHONE:0300 0041 887]]
[[[DATE:22/11/2024]], 07:55] Prof: well managed overnight. F-75 at 130 ml/kg/d, 8 feeds. Vit A on day 1 only if eye signs. No iron yet

baby survived, now day 6 on F-75 -> F-100. my q for the group: would you have given that 15ml/kg at all? new WHO 2023 wasting guideline still shaky on shock in SAM. @hina_paeds_lhr you had views on this""",
    # 005 Bangladesh, Rohingya camp
    """\
Diphtheria again in [[PLACE:Kutupalong]], posting for anyone who has worked the 2017-18 outbreak

6yo girl [[PT:Nur Kalima]], brought by mother [[REL:Rashida Begum]] and the majhi ([[REL:Abdul Hashim]], community leader) after the CHW [[HCP:Rokeya]] noticed bull neck at a household visit. Fever since [[DATE:Eid-ul-Adha]], so ~5 days. Grey membrane over both tonsils extending to uvula, stridor at rest, HR 146. Unvaccinated (family arrived [[YEAR:2022]] via [[TOWN:Teknaf]]).
FCN [[ID:104-0733-11]], proGres [[ID:BGD-19-0077124]]. Registered at our [[FAC:Balukhali DTC]] [[DATE:১৮/০৬/২০২৪]].

DAT 80,000 IU IV given after test dose, penicillin, airway team on standby. ECG day 3: PR 220 ms, new RBBB. Troponin not available here.
Questions:
1. anyone used a temporary pacing wire in a camp setting? nearest is [[FAC:CXB Sadar]] and transfer needs a pass
2. contacts: 9 in the shelter, all given azithro + vaccination. Is 3 swabs enough to clear?

@imran_hasan_cxb u still with the camp health sector team?""",
    # 006 Lebanon, refugee
    """\
Need advice - dialysis access for a Syrian refugee in the Bekaa

[[PT:Um Khaled]] ([[PT:أم خالد]]), 58F, lives in a tented settlement outside [[TOWN:Bar Elias]], ESRD from DN, was on HD 3x/wk at [[FAC:Bekaa Hope Hospital]] until the coverage cap ran out end of [[DATE:Ramadan]]. Now once weekly only, K 7.2 last night, came by taxi with her son [[REL:Khaled]].
UNHCR case no. [[ID:LEB-19-C0078112]], phone of the shawish ([[REL:Abu Ahmad]], camp focal point) [[PHONE:+961 70 000 418]] - he's the one who brings her.

Options I see:
- appeal to the UNHCR exceptional care committee (takes 2-3 wks)
- MSF clinic in [[TOWN:Hermel]] doesn't do HD
- PD? no fluid supply chain
- palliative, which nobody wants to say out loud

Anyone in Lebanon who knows a faster route? We tried the syndicate fund already. Dr [[HCP:Rami Haddad]] at her old centre says they can take her 2x/wk if someone covers consumables (~$60/session).

@nour.nephro you mentioned a diaspora fund last year?""",
    # 007 Egypt, tumour board
    """\
Tumour board minutes - breast, [[FAC:El-Nour Oncology Centre]] - [[DATE:17-9-2024]]

Case 3: [[PT:F.A.R.]], 52F, from [[TOWN:Mit Ghamr]], file no. [[MRN:2024/33871]]
- L breast mass 6 cm, skin involvement (peau d'orange), matted axillary LN. Core bx: IDC grade 3, ER 0, PR 0, HER2 3+, Ki-67 70%.
- CT CAP: no distant mets. Bone scan neg. cT4b N2 M0, stage IIIB.
- Echo EF 62%.
Plan: neoadjuvant TCHP x6, then MRM + ALND, then PMRT, complete 1 yr trastuzumab. Pertuzumab not covered by her insurance -> social worker Ms [[HCP:Heba]] to apply to the presidential initiative.
- Pt is a teacher at [[FAC:El-Salam Girls' Prep School]], wants to finish the term. Board advised starting within 2 wks.

Case 4: [[PT:Samia Abdel-Hamid]], 39F, BRCA1 carrier (sister died at 41), T2N0 TNBC. KEYNOTE-522 regimen, pembro via compassionate program. Genetic counselling for daughters.

Posting case 3 here: would anyone drop pertuzumab if it's not available and use TCH? pCR difference ~ NeoSphere numbers. @dr.yasmine.onc @karim_rad""",
    # 008 France / Morocco
    """\
Cas clinique, need help from the TB people

Mme [[PT:Fatima-Zahra Benali]], 29 ans, originaire de [[TOWN:Fès]], en France depuis [[YEAR:2021]], vit à [[TOWN:Saint-Denis]] avec sa tante. Works nights cleaning at [[FAC:Hôtel Ibis Porte de Paris]]. Adressée par son médecin traitant Dr [[HCP:Lefebvre]] pour toux 2 mois, sueurs, -6 kg.
IPP [[MRN:8002447193]], carte vitale [[PLAN:2 95 07 99 350 112 47]].
CT: cavitation LSD, tree-in-bud. BK crachat: BAAR +++. GeneXpert: MTB detected, rif resistance DETECTED. Vu le [[DATE:12 juin]].

So MDR until proven otherwise. Line probe pending. Questions:
1) BPaLM d'emblée while waiting for DST? she's not pregnant, QTc 428
2) she shares a room with 2 cousins, one is 4 yo - preventive tx for MDR contacts in kids, levofloxacin x 6 mo?
3) she's afraid of losing the job if she declares, the CLAT says they can do DOT by video

Her tante can be reached at [[PHONE:06 00 00 41 77]] (she speaks darija only).

@claire.pneumo vous faites quoi chez vous ?""",
    # 009 UK, M&M
    """\
M&M write-up (shared w/ permission of our governance lead, details as presented locally)

Missed NOF # in a care home resident

Mrs [[PT:Rose Bishop]], [[AGE:94]], resident at [[FAC:Laburnum House Care Home]], [[TOWN:Cramlington]] [[ZIP:NE23 6QT]]. NHS no [[PLAN:943 476 5919]], hosp no [[MRN:RTF0442871]].
Timeline:
- [[DATE:26 Dec]] (fell on [[DATE:Boxing Day]] evening) found on floor by carer [[HCP:Dawn]]. OOH GP phone triage: bruising only, mobilising "with help". Not conveyed.
- [[DATE:27/12]]-[[DATE:28/12]]: off food, agitated, given lorazepam PRN.
- [[DATE:29/12]]: daughter [[REL:Joy]] visited, leg shortened + ext rotated. ED -> XR displaced intracap #. Na 126, AKI (Cr 188).
- DHS? no, hemi on [[DATE:31/12]], 5 days after fall. Delirium, HAP, died day 9 post-op.

Learning:
1. "Mobilising with help" in a resident who normally walks with a frame = NOT baseline
2. New delirium after a fall = occult fracture until proven otherwise
3. Care home falls pathway now includes a video call with the FRAIL team
4. Ortho-geri review delayed over the weekend; SHO bleep [[PAGER:4417]] was covering 3 wards

@fiona.griffiths.geri thoughts on whether ISTUMBLE would have helped here?

@fiona.griffiths.geri: ISTUMBLE would have flagged it (new pain + not walking as normal). The bigger issue is OOH phone triage of care home falls; we've had 3 similar in our patch this winter.
@dr_owusu_ed: from the ED side the 5-day delay to theatre is the other learning point. NHFD KPI is 36h. Was it theatre capacity or the Na?
OP: both. Na corrected to 131 first, then the trauma list went to two open fractures. Her daughter [[REL:Joy]] has been very gracious and wants the learning shared with the home.
@fiona.griffiths.geri: good. invite the home manager (Mrs [[HCP:Pringle]]?) to the next M&M, they usually want to come.""",
    # 010 Ireland, GP referral
    """\
Urgent referral - Rapid Access Lung Clinic

Re: [[PT:Seán Ó Briain]]   DOB [[DATE:02/08/1958]]
Address: [[STREET:Apt 3, 17 Mill Lane]], [[TOWN:Ballinasloe]], Co. [[COUNTY:Galway]] [[ZIP:H53 T2K8]]
GMS no. [[PLAN:1194537T]]   PPSN [[ID:7654321WA]]   Mob [[PHONE:087 000 1432]]

Dear Colleague,
Thank you for seeing this 66 y/o retired mart manager (ex [[FAC:Kilconnell Mart]]), still coaches the under-14s at [[FAC:Killimor GAA club]]. 45 pack-yr smoker. 6 wks of cough, two episodes of streaky haemoptysis, 5 kg wt loss. Clubbing. CXR ([[DATE:10/1/25]]) reported as R hilar prominence, ? nodes. Hb 11.2, Ca 2.71, ALP 190.
His wife [[REL:Máire]] tells me he has been breathless walking from [[FAC:Hayden's Bar]] to the car. He is anxious and would prefer to attend with her.
Kind regards,
Dr [[HCP:Aoife Nic Dhonnacha]], [[FAC:Ballinasloe Family Practice]]

---
Posting to ask: the hilar thing + Ca 2.71 - would you chase PTHrP now or just let the RALC CT do its job? GP colleagues here, how long are your waits for CT-thorax at the moment?""",
    # 011 Germany
    """\
Frage an die Runde / question for the geriatrics folks - anticoag in a 91yo

Fr. [[PT:Schröder]] ([[PT:Hannelore]]), [[AGE:91]] J., lives alone in [[PLACE:Plagwitz]], [[STREET:Karl-Heine-Str. 88]], [[ZIP:04229]] [[TOWN:Leipzig]]. KV-Nr. [[PLAN:A123456789]]. Pflegegrad 2, [[FAC:Pflegedienst Sonnenschein]] comes twice daily. Hausarzt Dr. [[HCP:Wendt]].
Admitted am [[DATE:Tag der Deutschen Einheit]] (so [[DATE:3.10.]]) after a fall in the Treppenhaus, new AF, CHA2DS2-VASc 5, HAS-BLED 3. CT Kopf: no bleed. eGFR 38, wt 49 kg. MMSE 24/30. She wants to "stay in my flat until they carry me out".
Her nephew [[REL:Jörg]] (Betreuer, only for finances) wants no blood thinners because of falls.

Options: apixaban 2.5 bd (she meets 2 of 3 dose-reduction criteria: age + weight), LAAO (she'd have to travel to [[FAC:Sächsisches Herzzentrum Nord]] and she refuses), or nothing.
I lean apixaban 2.5 + Sturzprophylaxe + hip protectors. Falls per se shouldn't stop OAC (you'd need ~295 falls/yr for the risk to outweigh benefit, the old Man-Son-Hing calc).
Anyone disagree? @lukas.geriatrie @ines_kardio""",
    # 012 Poland / Ukraine refugee
    """\
TB/HIV question - Ukrainian refugee in Poland

Pani [[PT:Olena Kovalenko]] ([[PT:Олена Коваленко]]), 43F, from [[TOWN:Kharkiv]], here since [[DATE:March 2022]], lives in a hostel in [[PLACE:Nowa Huta]] ([[TOWN:Kraków]]). PESEL [[ID:81061712345]] (UKR status). Works at [[FAC:Biedronka]] on [[STREET:ul. Bulwarowa 21]] stocking shelves.
Known HIV since [[YEAR:2015]], was on TLD from the clinic in [[TOWN:Kharkiv]], ran out ~4 months ago (didn't know she could get ARVs here free). CD4 61, VL 480k. Now 3 wks fever, night sweats, cough. CXR miliary pattern. Urine LAM positive. Sputum Xpert: MTB det, RR not det.
Started HRZE. Question is ART timing: CD4 <50 means within 2 wks, she's 61 -> 8 wks by WHO, but she's very sick. No CNS signs (LP clear, CrAg neg).
Her daughter [[REL:Daryna]] (17) translates, phone [[PHONE:+48 500 000 317]].

What would you do? @marta.zakazne @dr_ivanenko_kyiv - also, is there a hotline to get her old records from [[FAC:Kharkiv Regional AIDS Centre]]? she remembers her card number was [[MRN:ХОЦ-11273]]""",
    # 013 Kazakhstan
    """\
hi all, surgeon from [[TOWN:Almaty]]. post-op case, want input esp from hepatobiliary ppl

72M [[PT:Serik Nurlanovich Zhaksylykov]] ([[PT:Серик Нурланович Жаксылыков]]), IIN [[ID:520814300417]], lives in [[PLACE:Aksay-4]] microdistrict ([[STREET:д. 12, кв. 45]]). retired driver from [[FAC:Almaty Avtobus Park]].
Echinococcal cyst of liver, seg VII-VIII, 11 cm, CE3b (WHO-IWGE). Did open partial pericystectomy on [[DATE:05.11.2024]]. Pre-op albendazole 2 wks. Intra-op hypertonic saline 20% irrigation.
POD 6 bile leak through drain, ~350 ml/day. ERCP: cystobiliary fistula, sphincterotomy + stent 10F. Output now 120/day on POD 12.
- Would you keep drain & wait or re-operate?
- Albendazole post-op: 1 month or 3? local protocol says 3 cycles of 28 days.
- His wife [[REL:Gulnara]] asks if their sheep are the problem (they have a small flock at a dacha near [[TOWN:Talgar]]). I said the dogs, not the sheep directly - deworm the dogs q6wks.
ty @ainur.gastro, @bekzat_hpb""",
    # 014 Russia, migrant worker
    """\
Labour migrant, rhabdo + AKI - also a legal q

Pt [[PT:Farrukh Rahimov]] ([[PT:Фаррух Рахимов]]), 27M, citizen of Tajikistan, works at a construction site in [[PLACE:Kommunarka]] for [[FAC:StroyMontazh-7]] (no contract). Patent no. [[ID:77 2400183341]]. Lives in a hostel on [[STREET:ул. Поляны, 54к2]].
Brought by coworker [[REL:Davron]] after collapsing in heat (+34) unloading cement. CK 86,000, Cr 412, K 6.4, urine cola coloured. Myoglobinuria.
Got 6L crystalloid, urine 0.3 ml/kg/h. Nephro wants HD tonight.
Problem: no OMS policy -> clinic wants him transferred to a "paid" dept; he can't pay. Emergency care should be free under the law for life-threatening, isn't it? The zav otd ([[HCP:Kuznetsova]]) says AKI isn't "life-threatening" by their internal list 🙃
His brother in [[TOWN:Khujand]] is calling every hour ([[PHONE:+992 92 000 4471]]).

1) anyone fought this successfully? what did you write?
2) clinically - bicarb or not? I know no benefit shown except maybe when CK >5000, I'm giving it anyway
@pavel_nephro @dilnoza.md""",
    # 015 Turkey, Syrian refugee
    """\
Pedi case - SAM + measles, Syrian family in [[TOWN:Gaziantep]]

2y boy [[PT:Yusuf Al-Hamad]] ([[PT:YUSUF ELHAMAD]] on the kimlik), YKN [[ID:99318744562]], family lives in [[PLACE:Düztepe]] mahallesi, [[STREET:83214 Sk. No:7]], [[COUNTY:Şahinbey]]. Father [[REL:Ahmad]] works at [[FAC:Öztürk Tekstil]] on night shift; mother speaks Arabic only, we used the Kızılay interpreter [[HCP:Leyla]] Hanım.
Measles rash day 4, conjunctivitis, wt 8.1 kg (WHZ -3.4), Vit A 200,000 IU given today + tomorrow + wk 4. SpO2 89%, CXR pneumonia.
Three siblings at home unvaccinated. Aile hekimi Dr. [[HCP:Ayşe Yılmaz]] says they moved 4 times since [[YEAR:2019]] so records are lost.

Q1: ribavirin? no evidence really
Q2: would you admit the siblings for vaccination + observe or ring vaccination at home?
Q3 (anger): how are we still seeing this. The outbreak list at our unit has 11 kids since [[DATE:Kurban Bayramı]].

@mehmet.cocuk @dr_sara_k""",
    # 016 Iran
    """\
سلام colleagues - renal tx question from [[TOWN:Shiraz]]

Donor-recipient pair, recipient is Mr [[PT:Reza Karimi]] ([[PT:رضا کریمی]]), 44M, ESRD (IgA), on HD at [[FAC:Namazi]] since [[DATE:1400/03/12]]. National code [[ID:2281947735]]. Tamin insurance no. [[PLAN:8712-04-441390]].
Tx done [[DATE:1402/11/05]] (that's [[DATE:25 Jan 2024]]), living unrelated donor. Baseline Cr 1.1 at discharge, now Cr 2.3 at 6 wks. BK viremia 10^4.3, biopsy: BKVAN class B, no rejection.
Already reduced MMF to 500 bd, tac trough 6-8.
- switch MMF -> leflunomide or everolimus?
- IVIG? cidofovir? I'm wary of cidofovir nephrotox
His brother-in-law [[REL:Hamid]] runs a pharmacy near [[PLACE:Tajrish]] and can source things, but sanctions make everolimus shaky.
@dr_parisa_nephro @amir.tx.surg""",
    # 017 Qatar, Nepali migrant worker
    """\
Heat illness in migrant workers - case + rant

[[PT:Bishnu Bahadur Thapa]], 31M, from [[TOWN:Dhangadhi]] Nepal, scaffolder for [[FAC:Al Noor Contracting]], lives in labour accomm [[STREET:Bldg 11, Room 6, Street 24]], [[PLACE:Industrial Area]]. QID [[ID:29252400917]].
Brought in [[DATE:14 July]] by supervisor [[REL:Ram Prasad]] after collapse at 13:30 (outdoor work should stop 10-15:30 in summer, apparently didn't). Core temp 41.8, GCS 8, DIC, ALT 3400, Cr 280. Cold water immersion started at 30 min. Intubated.
Now day 10: extubated, AKI improving, but cerebellar syndrome (ataxia, dysarthria) - classic. Will it recover? literature says partial at best.
His wife in Nepal ([[REL:Sita]]) called the ward, through the embassy, WhatsApp [[PHONE:+977 98000 11447]]. She says his salary wasn't paid 3 months. Not our remit but heartbreaking.

Q: any role for anything beyond rehab for heat-stroke cerebellar injury? Amantadine anecdotes?
@dr.anjali.icu @hamad_em_doc""",
    # 018 Nepal, phone-typed
    """\
kathmandu valley ppl pls help - scrub typus kid not improving

12yo girl [[PT:Sunita Tamang]] from [[TOWN:Sindhuli]], came after [[DATE:dashain]] (went home for tika, back on [[DATE:2081 asoj 28]]). fever 9d, eschar behind ear!! scrub IgM pos, on doxy 5d still spiking. csf 90 lymph prot 110
ward: [[FAC:Koshi Ward]], ip no [[MRN:IP-81/4471]]. mom [[REL:maya]] [[PHONE:984-0000417]] says cousin [[REL:pasang]] also febrile after the same festival
add chloramphenicol?? iv doxy not availabe anywhere, any1 got a supplier
@rabin_peds_ktm @dr.shrestha.id""",
    # 019 Sri Lanka, ALL-CAPS paste
    """\
pasting the BHT summary our intern typed (caps lock stuck apparently). q at the end

BHT NO: [[MRN:24/11/3771]]   WARD 12 (MICU)
NAME: [[PT:SIVAKUMAR K.]]   AGE: 48Y   SEX: M
ADDRESS: [[STREET:NO 27, KANAGAPURAM ROAD]], [[TOWN:KILINOCHCHI]]
OCCUPATION: PADDY FARMER
DOA: [[DATE:03/11/2024]]
P/C: BITTEN BY SNAKE WHILE CUTTING GRASS AT 5 AM. DEAD SNAKE BROUGHT - RUSSELL'S VIPER (IDENTIFIED BY WARD ZOOLOGIST).
O/E: B/L PTOSIS, 20WBCT UNCLOTTED, OLIGURIA.
MX: ASV (INDIAN POLYVALENT) 10 VIALS X 2. ANAPHYLAXIS AFTER 2ND DOSE -> ADRENALINE 0.5 MG IM, RESOLVED. HD STARTED D3 (CR 6.1). CK 12,000 ON D3.
NOK: WIFE [[REL:KALAIVANI]] [[PHONE:077 000 4417]]. BROTHER-IN-LAW [[REL:RAJAN]] (CAME BY TRACTOR FROM [[TOWN:PARANTHAN]]).
GN DIVISION: [[PLACE:KANAGAPURAM]]. GN MR [[REL:JEYAKUMAR]] REQUESTS A CERTIFICATE FOR COMPENSATION.

my q: sri lankan RV is myotoxic unlike the indian strains the ASV is raised against. any data on a 3rd ASV dose for myotoxicity or just supportive + HD? @lakmal.icu @nimali_tox""",
    # 020 Thailand, Myanmar migrant
    """\
[[TOWN:Mae Sot]] region TB/malaria crossover case (posting from the border)

Ma [[PT:Hnin Wai]] (မ[[PT:နှင်းဝေ]]), 24F, Burmese migrant, works at [[FAC:Siam Garment Factory 3]] in [[TOWN:Mae Sot]], no Thai ID; pink card no. [[ID:0-0063-51001-44-1]]. Nickname at the factory "[[PT:Noi]]".
G2P1, 26 wks, fever + rigors. Smear: P. vivax 2+. Treated with chloroquine, then day 4 still febrile -> smear neg, CXR: R upper lobe cavity. Xpert MTB pos.
Seen at our OPD on [[DATE:12 มี.ค. 2567]], admitted [[DATE:14/3/2567]].
Challenges:
- primaquine contraindicated in pregnancy -> weekly chloroquine until delivery, then G6PD test
- TB meds fine in pregnancy but she wants to go back over the border to [[TOWN:Myawaddy]] to deliver with her mum Daw [[REL:Khin Myint]]
- husband Ko [[REL:Zaw Min Oo]] works in [[TOWN:Bangkok]], line id [[HANDLE:zawzaw2533]]

Cross-border TB referral - has anyone used the bi-national referral form recently? @somchai_md @dr_naw_paw""",
    # 021 Vietnam
    """\
tetanus case, [[TOWN:hanoi]] ICU, need ideas on spasm control

bn [[PT:Nguyễn Văn Hùng]], 58M, nông dân (farmer) from [[COUNTY:Sóc Sơn]], stepped on a rusty nail fixing the pig pen the week before [[DATE:Tết]]. Never vaccinated. Trismus -> generalised spasms day 3, ablett grade III. mã BN [[MRN:24.011.8813]], BHYT [[PLAN:HT2010124418836]].
- intubated, trach day 4
- MgSO4 infusion titrated to Mg 2-4 mmol/l, diazepam up to 120 mg/d, still autonomic storms (HR 160 -> 40, BP 220 -> 70)
- intrathecal TIG 1000 IU? we have it now through a trial (was in the big Vietnamese RCT)
Son [[REL:Nguyễn Văn Tuấn]] drove him 40 km on a Wave with plate [[PLATE:29-B1 234.56]] while he was spasming, brave kid.
Wife calls [[PHONE:0912 000 447]] at 5 every morning, she sells phở on [[STREET:ngõ 42 Hàng Bông]].

Q: clonidine or dexmedetomidine for the autonomic part? magnesium already maxed. @dr.lan.icu @minhthu_anaes""",
    # 022 Philippines
    """\
Taglish ahead sorry 😅 - leptospirosis after the typhoon, need advice on the lungs

Pt: [[PT:Joy Dela Cruz]] a.k.a. "[[PT:Joyjoy]]", 22F, call center agent sa [[FAC:Teleperformance Ortigas]], nakatira sa Brgy. [[PLACE:Malanday]], [[TOWN:Marikina]]. Lumusong sa baha for 2 days after [[DATE:Nov 14]] to rescue their dog.
Fever, calf pain, jaundice, oliguria, then hemoptysis day 6. Plt 38k, Cr 4.2, bili 11. CXR diffuse alveolar infiltrates -> LPHS.
PhilHealth no. [[PLAN:19-051234567-8]], hosp no [[MRN:2024-118843]].
Given pen G, HD x2, methylpred pulse (controversial I know). Now on MV, FiO2 0.8, PEEP 14. Her mom [[REL:Precious]] and tita [[REL:Baby]] are outside the ICU praying the novena. Her bf "[[REL:Bong]]" keeps posting updates on fb, tagged us: [[URL:facebook.com/joyjoy.delacruz.92]] hayyy
ECMO not available here. Transfer to [[FAC:PGH]]? they're full too.
Desmopressin for the bleeding? saw a case series.
@dr_mikaela_pulmo @rj.nephro.ph""",
    # 023 Indonesia
    """\
Mohon saran TS sekalian - DHF with shock in a 7yo, post-[[DATE:Lebaran]]

An. [[PT:Putri Ayu Lestari]], 7th, warga [[PLACE:Kampung Melayu]], [[COUNTY:Jakarta Timur]]. BPJS [[PLAN:0001234567890]], NIK ibu [[ID:3175046403850007]]. Mudik to [[TOWN:Kebumen]] for [[DATE:Lebaran]], fever started on the bus back.
Hari ke-5: cold extremities, HR 150, pulse pressure 15, Hct 48% (baseline 36), plt 19k, ascites + efusi pleura kanan.
Ringer laktat 10 ml/kg x2 -> 7 -> 5 -> Hct 52 still -> colloid (HES not available, gelofusine) 10 ml/kg. Now Hct 40, HR 118.
Ayahnya (Pak [[REL:Budi]]) works as ojol, he asked us to call [[PHONE:0812-0000-4471]] only after 9pm bc he's driving.
Q: when to stop fluids? WHO says taper over 24-48h, we're at 30h. Also, furosemide for the fluid overload phase or let it resolve?
@dr.anisa.spa @hendra_picu""",
    # 024 China
    """\
Shared with consent for teaching; seeking advice on TB meningitis steroids in a 70yo

患者 [[PT:王秀英]] ([[PT:Wang Xiuying]]), 70F, 退休 from [[FAC:红星纺织厂]] (Hongxing textile mill), lives in [[COUNTY:长宁区]][[PLACE:新华路街道]], [[TOWN:上海]]. 住院号 [[MRN:ZY2024031508]], 身份证 [[ID:310105195404120026]].
Admitted [[DATE:3月15日]] with 3 wks headache, low fever, confusion; CSF: WBC 280 (L 85%), protein 2.1 g/L, glucose 1.4 (serum 6.2), ADA 14. Xpert Ultra CSF: trace. MRI: basal meningeal enhancement, early hydrocephalus.
HRZE + dex 0.4 mg/kg tapering. Neurosurg says VP shunt if GCS falls.
Her son [[REL:李伟]] ([[REL:Li Wei]]) is overseas, handles everything on WeChat ([[HANDLE:liwei_sh1978]]), daughter-in-law [[REL:Zhao Min]] visits daily.
Q1: high-dose rifampicin (~30 mg/kg) - anyone doing this outside trials?
Q2: aspirin as adjunct? the HARVEST / ACT HIV trials, results mixed.
@dr_chen_neuro @linlin_id""",
    # 025 Japan
    """\
Geriatric question from a rural clinic - [[AGE:96]]yo with aspiration and family request for 胃ろう

[[PT:田中ハル]] ([[PT:Tanaka Haru]]), [[AGE:九十六]]歳 ([[AGE:96]]), born [[DATE:昭和3年]] - so yes really [[AGE:96]]. Lives with her daughter-in-law in [[TOWN:上野村]] ([[TOWN:Ueno-mura]]), hamlet [[PLACE:楢原]]. Severe dementia (FAST 7c), recurrent aspiration pneumonia x4 this year.
Admitted [[DATE:令和6年2月3日]] ([[DATE:Setsubun]], ironic, she used to throw the beans for the grandkids). Swallow eval: silent aspiration on all textures.
Her eldest son [[REL:Tanaka Kenji]] wants PEG (胃ろう); the 介護 manager [[HCP:Sato]]-san thinks she'd not want it. No written advance directive.
JGS position paper says PEG doesn't prevent aspiration in advanced dementia. ACP discussion scheduled.
How do you handle families who see refusing PEG as 見捨てる (abandonment)? any phrasing that works?
@kenji.hospitalist @dr_mori_geri""",
    # 026 Korea, ICU board
    """\
MICU board 07:00, pasted for one handover q - [[DATE:추석]] week, we're drowning

B1 [[PT:김영숙]] 78F UGIB on riva 20 (Cr 1.6, should be 15!). Forrest IIa clipped, rebleed at 36h -> hemospray. GBS 14. Hb 7.9 after 4u. 등록번호 [[MRN:12845573]]
B2 [[PT:Park S.J.]] 66M cholangitis Tokyo grade III, ERCP done, NE 0.3
B3 [[PT:이정호]] 45M DKA pH 6.98, K 3.1 on arrival, insulin held till K>3.3
B4 empty, 3 boarders in ER
B5 [[PT:Choi]] 81F ARDS flu A, prone #2, P/F 92

Q re B1: she came from [[TOWN:Andong]] to her son's in [[PLACE:Bundang]] for the holiday; stepson [[REL:Lee Min-ho]] wants to take her home by KTX on [[DATE:9월 19일]] AMA. AF, CHA2DS2-VASc 4. Restart DOAC day 7 with PPI? We gave 4F-PCC 25 u/kg, andexanet n/a.
Her 요양보호사 [[HCP:Park Eun-ji]] ([[PHONE:010-0000-4417]]) needs the discharge letter.
@dr.yoon.gi @jiwoo_em""",
    # 027 Australia
    """\
Rural gen, need a hand with this ARF / RHD follow-up

[[PT:Shakira Napurrurla]] ([[PT:Shaki]]), 14F, lives at [[TOWN:Yuendumu]], recurrent ARF (2nd episode), moderate MR on echo. Missed 5 of last 8 monthly bicillin shots. Medicare [[PLAN:2951 47306 1]], HRN [[MRN:NT0449175]].
Presented to [[FAC:Yuendumu Clinic]] with polyarthritis + fever, CRP 145, ASOT 800, PR 240 ms. Flown by RFDS to [[FAC:ASH]] ([[DATE:2/5]]).
Her nan [[REL:Nellie]] is main carer; they spend weeks at the outstation at [[PLACE:Mount Doreen]] during school holidays and that's when shots get missed. Phone via the clinic AHP [[HCP:Reggie]] on [[PHONE:(08) 7010 4417]].
School: [[FAC:Yuendumu School]], teacher offered to help with reminders.
Q: 
- switch to q21-day bicillin given MR? (RHDAustralia guideline allows in high-risk)
- SubQ long-acting penicillin trials (SCIP) - anyone enrolled pts?
- pain: lignocaine-diluted bicillin worked for her before
@dr_kate_rhd @jarrah.physician""",
    # 028 New Zealand, Samoan family
    """\
[[PLACE:South Auckland]] peds - bronchiectasis in a Samoan 6yo, housing is the real problem

[[PT:Faʻatasi Leota]] ("[[PT:Tasi]]"), 6yo M, lives with 11 ppl in a 3-bdrm in [[PLACE:Ōtara]], [[STREET:27 Bairds Rd]], [[ZIP:2023]]. NHI [[PLAN:ZAC4417]]. 4 admissions with pneumonia since [[DATE:Christmas 2023]], HRCT: bilateral lower lobe bronchiectasis, CF sweat test neg, PCD screen pending.
Mum [[REL:Salote]] cleans at [[FAC:Middlemore]] (ironic) on nights, dad [[REL:Ioane]] drives for [[FAC:Pacific Freight]]. Grandma is the daytime carer. Church: [[FAC:EFKS Ōtara]], the faifeau (Rev. [[REL:Tavita Sapolu]]) has been the one getting them to clinic.
We've put in a Healthy Homes referral ([[ID:HH-2024-77193]]) + Kāinga Ora priority housing application.
Airway clearance + azithro 3x/wk. Bronchoscopy?
Anyone in NZ had luck fast-tracking housing on medical grounds? @tevita.paeds @dr_anahera_m""",
    # 029 Fiji / Pacific telehealth
    """\
telehealth from a nursing station, Fiji outer islands - ?rheumatic carditis vs endocarditis

Nurse at [[FAC:Lomaloma Health Centre]] ([[TOWN:Lomaloma]], [[PLACE:Vanuabalavu]]) sent pics + echo clips via viber. Pt [[PT:Mereoni Tuilau]], 19F, from [[TOWN:Mavana]] village, known RHD (severe MR) missed prophylaxis, now fever 3 wks, splinter haemorrhages, new murmur change, splenomegaly. Hb 8.9.
No blood cultures possible on island. Boat to [[FAC:CWM]] is Tuesday, plane not till Friday [[DATE:17th]].
Her mother [[REL:Salote]] asks if the yaqona ceremony can go ahead with her there (her uncle's funeral, [[DATE:16th]]).
Plan I suggested: take 3 cultures anyway, keep in incubator if any, start empirical ceftriaxone + gent after the cultures, fly her out ASAP. Medevac request no. [[ID:MV-24-0311]].
Anyone from [[FAC:CWM]] here who can take her? Duty registrar pager [[PAGER:2214]] didn't answer.
@dr.sereana @josefa_med""",
    # 030 Brazil
    """\
Galera, caso de chagas agudo oral? Need help

Pcte [[PT:Maria das Graças Ferreira]] (dona [[PT:Graça]]), 54F, from [[TOWN:Abaetetuba]] (PA), came to [[TOWN:Belém]] after 6 ppl in her family got febrile after drinking açaí from the same batedor ([[FAC:Açaí da Tia Neném]] in the feira). CPF [[ID:417.093.582-61]], cartão SUS [[PLAN:898 0012 3456 7891]], prontuário [[MRN:0448213]].
Fever 12 days, facial edema, myocarditis (trop 2.1, EF 38%, pericardial effusion). Blood smear: trypomastigotes seen! 
Benznidazol 5 mg/kg/d x 60d started. Her sister [[REL:Rosilene]] and nephew ([[REL:Tiago]], 9 yo) also positive. Address for vigilância: [[STREET:Travessa São Pedro, 221]], Bairro [[PLACE:São João]], CEP [[ZIP:68440-000]].
Q: steroids for myocarditis in acute chagas? Nifurtimox for the child instead of benz?
Aviso: SESPA already notified, surto investigation ongoing.
@drluizfelipe.infecto @camila_cardio""",
    # 031 Mexico
    """\
urgencias, neurocisticercosis + status, necesito opiniones

Pte [[PT:José Guadalupe Hernández Ramírez]] ("[[PT:Lupe]]"), 33M, albañil, from [[TOWN:Tlaxiaco]], Oaxaca, lives now in Col. [[PLACE:Santa Martha Acatitla]], [[COUNTY:Iztapalapa]]. CURP [[ID:HERJ910312HOCRMS08]], NSS IMSS [[PLAN:4291 91 2847 3]]. Expediente [[MRN:EXP-2024-018837]].
Brought [[DATE:2 de noviembre]] ([[DATE:Día de Muertos]], was at the panteón with family when he seized) in status. Lorazepam x2, levetiracetam 60 mg/kg, ended up on midazolam infusion. CT: multiple calcified + 4 cystic lesions w/ scolex, 2 with enhancement (colloidal). No hydrocephalus.
Questions:
- albendazole + praziquantel combo (>2 viable cysts per IDSA 2017) - start now or wait till seizures controlled? I'd wait 1-2 wks w/ dexa
- his wife [[REL:Guadalupe]] (yes, same name 😅) asks if the kids need testing -> I said stool for taenia on him + household
Trabaja con el maestro de obra Don [[REL:Chuy]] who pays cash; no incapacidad. Contact: [[PHONE:55 0000 4471]].
@dra.ximena.neuro @beto_infecto""",
    # 032 Colombia, Venezuelan migrant
    """\
Caso difícil en frontera, gestante venezolana sin controles

[[PT:Yorgelis Carolina Pérez Marcano]], 17F (menor!), G2P1, ~34 wks by FUM, walked across from [[TOWN:San Antonio del Táchira]] via trocha 3 days ago. Lives now in an asentamiento in [[PLACE:La Parada]], [[TOWN:Villa del Rosario]]. Venezuelan cédula [[ID:V-30.418.772]], PPT in process ([[ID:PPT-7713029]]). No EPS -> urgencias only.
Arrived martes [[DATE:9 de julio]] with BP 168/110, cefalea, fosfenos, plts 96k. Preeclampsia severa. Sulfato de Mg, nifedipino, betametasona. VDRL reactive 1:32 -> benzatina x3. HIV neg. HBsAg neg.
Her pareja ([[REL:Wilmer]], 29) works at a [[FAC:Gasolinera Terpel La Parada]] and is not around; she's with an aunt (tía [[REL:Yusmary]]).
Did CS at 34+3 after non-reassuring CTG. Baby to UCIN, RPR on baby 1:8, we're treating congenital syphilis.
Q: any ped colleagues treating with 10 d of penicillin cristalina vs single benzatina in this scenario? And protection route for a pregnant minor — ICBF referral no. [[ID:ICBF-NNA-24-00417]] is open.
@dra.paola.gineco @juancho_neonato""",
    # 033 Peru
    """\
altitude + CO poisoning? weird case from the altiplano, looking for thoughts

[[PT:QUISPE MAMANI, Juana]], 61F, quechua-speaking (interpreter via her grandson [[REL:Edwin]]), lives in [[TOWN:Ilave]], communidad [[PLACE:Ccollpa]]. DNI [[ID:01234871]]. SIS [[PLAN:SIS-1-7718830]]. HC [[MRN:118842]].
Came [[DATE:24/06]] ([[DATE:Inti Raymi]], they were burning dung + kerosene inside the adobe house all night because -12°C). Headache, confusion, vomiting. SpO2 86% (baseline at 3800 m ~88-90%). COHb on gas 22%!! Hb 19.8 (chronic mountain sickness? Qinghai score 9).
Given high-flow O2 via NRB; no hyperbaric anywhere near. 
Issues:
1. how do you interpret SpO2 w/ high COHb at altitude? pulse ox overestimates, we only have 1 co-oximeter
2. phlebotomy for the polycythemia once stable?
3. housing intervention - the Juntos program's "cocinas mejoradas"?
Her husband Don [[REL:Florencio]] says it's a susto, wants the paqo [[REL:Mariano Ccama]] to treat too. fine by me.
@dr.wilber.puno @dra_lucia_neumo""",
    # 034 Jamaica
    """\
yaad case, need unno brains - ?lepto vs dengue w/ pulmonary haemorrhage

19M [[PT:Jermaine Campbell]] aka "[[PT:Bigga]]", from [[PLACE:Gordon Pen]], [[TOWN:Spanish Town]], [[COUNTY:St. Catherine]]. Cuts cane at [[FAC:Bernard Lodge Estate]], plays striker for [[FAC:Angels Youth Club]]. TRN [[ID:118-442-093]], docket [[MRN:SJ-24-33871]], NHF card [[PLAN:0044 7718 2291]].
5 days fever, myalgia, conjunctival suffusion, after the heavy rains - walked through the gully water. Cr 3.8, bili 9, plt 41k. Then haemoptysis + SpO2 84% on NRB. NS1 neg, dengue IgM pending, lepto IgM (RDT) pos.
Intubated, pen G, HD started, methylpred 1g x3 given by ICU (ok?). No ECMO on the island that I know of.
Mother Miss [[REL:Pearline]] and his coach Mr [[REL:Bailey]] outside. Mother's number [[PHONE:(876) 555-0143]].
- steroids for LPHS: evidence is weak, any experience?
- plasmapheresis - anyone in the Caribbean doing it for this?
@dr.shawna.icu @rushane_medicine""",
    # 035 Haiti
    """\
Bonswa kolèg yo - cholera + SAM in a displaced kid, fluid dilemma again

[[PT:Woodensky Pierre-Louis]] ("[[PT:Ti Wood]]"), 3 ans, wt 9.1 kg, MUAC 108 mm, bilateral pitting edema (+), living at the displacement site in [[FAC:Collège Saint-Roch]] since the family fled [[PLACE:Cité Soleil]]. Dossier [[MRN:CTC-PAP-24-1177]].
Came to our CTC [[DATE:1ye janvye]] ([[DATE:Jour de l'Indépendance]], the mother said the kids shared soup joumou from a street vendor [[FAC:Chez Tikit]]). Rice-water stools ++, sunken eyes, lethargic. 
Severe dehydration + SAM with edema - WHO says ReSoMal, slow, no IV unless shock. He WAS in shock (weak pulse, CRT 5s).
We gave 15 ml/kg RL + 5% dextrose over 1h, then NG ReSoMal. Now 2 days later, alive, eating F-75.
Mother [[REL:Marie-Ange Pierre-Louis]], phone [[PHONE:+509 3000 4417]], her pastor Pasteur [[REL:Jean-Robert]] helps with transport.
Questions: zinc dose with SAM? And do you give azithro or doxy for cholera in SAM kids (sensitivity here?). @dr.fabienne.pap @msf_peds_dan""",
    # 036 US, ED board
    """\
Overnight board from our community ED (pasted at 0340, sanitized badly, I know). Looking for advice on the hallway-boarding mess.

RM | PT | AGE | CC | RN | DISPO
1 | [[PT:STREET, HAROLD]] | [[AGE:91]] | CHF exac, BNP 4100 | [[HCP:TK]] | admit tele, no bed
3 | [[PT:OKAFOR, GRACE]] | 34 | ?ectopic, bHCG 3400 | [[HCP:Jenna]] | OB aware, US 0500
5 | [[PT:BISHOP, J]] | 58 | CP, HEART 6, trop 14>38 | [[HCP:TK]] | cards consult
7 | UNK MALE #3 -> now [[PT:WHITLOCK, DALE]] | ~40 | MVC, intox | [[HCP:Marcus]] | CT done
H2 | [[PT:ruby]] (only first name given) | 80s | fall, hip # | [[HCP:Jenna]] | ortho AM

RM7: PD brought his wallet - DL [[LIC:D4417-20938-11]], car plate [[PLATE:7KJR442]], VIN from the tow slip [[VIN:1FTFW1E50LFB04417]]. Registration found an SSN [[SSN:987-65-4325]] but it belongs to a different [[PT:Dale Whitlock]] at [[STREET:1407 Sycamore Ridge Rd]], [[TOWN:Dothan]] [[ZIP:36303]] - near miss on merging charts! MRN we almost merged into: [[MRN:E00417720]]. Medicaid [[PLAN:AL0041772093]].
Callback for the wife: [[PHONE:(334) 555-0162]].

So, 14 admitted holds, 2 hallway beds. @chidi.okafor.em how does your shop handle the full-capacity protocol? do you push to inpatient hallways?
@sarah_w_emdoc we tried "reverse triage" - admin hated it""",
    # 037 US, Reddit-style
    """\
r/medicine-ish question: patient found my personal IG and the portal messages are escalating. how did you handle it?

FM attending, small town practice. Pt is a 23F, [[PT:Destiny]] (goes by "[[PT:Dee]]"), seen for anxiety + PCOS since last spring. Started following my personal account from [[HANDLE:@destiny.rose.fit]], then DMs, then ~40 portal messages/week. Last one said she'd "see me at [[FAC:Greater New Hope Baptist Church]] on Sunday" (I do go there, never told her). She also emailed my work address from [[EMAIL:destinyrose2001@mailbox.test]].
IT pulled the portal logins, they came from [[IP:198.51.100.23]], same as her home wifi per her registration at [[STREET:88 Pecan Hollow Ln, Apt 4]], [[TOWN:Enterprise]] [[ZIP:36330]].
Her mom ([[REL:Tammy]]) is lovely and mortified. Her youth pastor, Bishop [[REL:Carl Street]], called me to "mediate" (!!).
First message was the [[DATE:4th of July]] ("saw u at the fireworks").
Options our practice mgr suggested: formal boundary letter, transfer of care to Dr [[HCP:Hollis]] in the same group, or dismiss w/ 30 days notice. Risk mgmt says document everything.
Has anyone done a dismissal for boundary issues in a pt with a psych dx without it blowing up? How did you phrase it?

Top reply (@mags_fm_doc): boundary letter first, transfer within the group second, dismissal last. and block on IG, don't engage.
@tbone_psych: agree. consider whether this is erotomanic - it changes how you communicate. and loop in your own GP/EAP, this stuff wears you down.
@dr_ruthie_fm: had one like this in residency. Letter + transfer to a partner solved it in ~2 months. Tell the front desk and your MA ([[HCP:Kendra]] in my case) so nobody hands out your schedule, and check your church's public calendar doesn't list you.
OP: thanks all. Update: boundary letter went out [[DATE:Aug 2]], Dr [[HCP:Hollis]] accepted the transfer, I blocked the IG. Her mom called to apologize again. Will report back if it escalates.
@tbone_psych: good outcome. For anyone reading later: write the letter in plain language, no diagnosis in it, name the behaviours ("messages outside the portal", "contact at non-clinical settings"), state what you will do (respond within 2 business days via portal only) and what happens next if it continues. Give it to her at a visit with a chaperone, don't mail it cold.
@mags_fm_doc: +1, and tell your own family. Seriously.""",
    # 038 Canada
    """\
Northern Ontario - nec fasc after evacuation, can't get the transfer

[[PT:Marlene Koostachin]], 52F, T2DM, from [[TOWN:Kashechewan]], evacuated to [[TOWN:Timmins]] with the spring flood, staying at [[FAC:Days Inn Timmins]] with 4 other families. OHIP [[PLAN:4417-093-582-AB]]. Temporary contact via the band office [[PHONE:(705) 555-0139]]. Chart [[MRN:TDH-0441772]].
Presented [[DATE:Victoria Day]] weekend w/ L thigh pain out of proportion, crepitus, LRINEC 9. CT: gas in fascial planes. OR x2 here. Needs plastics + ICU we don't have. Ornge transfer to [[FAC:HSN]] delayed 20 h - "no ICU bed province-wide".
Her kokum [[REL:Agnes]] ([[AGE:90s]], can't travel) is in the same hotel. Daughter [[REL:Shawna]] works at [[FAC:Tim Hortons]] on [[STREET:Algonquin Blvd E]], [[ZIP:P4N 1B3]], and is the one answering the phone.
IVIG for NSTI with GAS? the INSTINCT trial was neg but ours grew GAS + MSSA.
Also - Jordan's Principle won't apply (adult), NIHB covers travel for 1 escort. @dr_lwhite_surg @anishinaabe.doc""",
    # 039 Ethiopia
    """\
VL + HIV in a migrant farm worker - relapse #2, options?

[[PT:Abebe Tesfaye]] ([[PT:አበበ ተስፋዬ]]), 28M, from [[TOWN:Debre Markos]], seasonal worker at [[FAC:Abrajira sesame farm]] near [[TOWN:Metema]]. Card no [[MRN:GOH-4417/17]]. Phone [[PHONE:+251 911 000 417]] (his brother [[REL:Dawit]]).
Admitted [[DATE:Meskerem 20, 2017 E.C.]] (3 days after [[DATE:Meskel]] - he'd walked back for the holiday). VL relapse #2: splenomegaly 14 cm below costal margin, Hb 6.2, WBC 1.4, rK39 pos, spleen aspirate 4+.
CD4 88 on TLD, VL 12,000 (adherence gaps during the season).
Treated 1st episode w/ SSG+PM, 2nd w/ AmBisome. Now:
- WHO 2022 HIV-VL: AmBisome 30 mg/kg total + miltefosine 28 days. miltefosine supply here is patchy.
- secondary prophylaxis: pentamidine q3-4 wks? AmBisome monthly?
He also went for tsebel (holy water) at [[FAC:Debre Genet Kidus Giorgis church]], stopped ART for 3 wks there. His priest Aba [[REL:Gebremariam]] agreed to let him take meds on site if we explain.
@dr_selam_id @hailu.internist""",
    # 040 Ghana
    """\
Buruli ulcer + ?osteomyelitis in a 10yo, Ashanti - surgery vs wait

[[PT:Kwabena Asante]] ([[PT:Kobby]]), 10M, JHS1 at [[FAC:Obuasi Presby JHS]], lives in [[PLACE:Sanso]], [[COUNTY:Obuasi East]]. Plays in the stream near the galamsey pits. NHIS [[PLAN:0413-7719-22]], folder no. [[MRN:BGH/PD/4471]]. GhanaPost [[STREET:AK-039-5521]].
Category III lesion R leg 16 cm, IS2404 PCR pos. Rifampicin + clarithromycin 8 wks (WHO). At wk 6 ulcer bigger, new bone pain, XR periosteal reaction tibia. Paradoxical reaction vs osteomyelitis?
Mother [[REL:Akosua]] (Maame [[REL:Akos]]) sells kenkey at [[FAC:Kejetia Market]], can't stay at the ward, grandmother Nana [[REL:Yaa]] sits with him. Mother's phone [[PHONE:024 000 4417]].
We're at [[FAC:Bekwai Gov]]; plastic surgery at the regional teaching hosp has a 6-wk list.
Q: 
1. would you biopsy bone or just start anti-staph?
2. steroid for paradoxical reaction in a kid?
3. anyone used the heat-pack adjunct?
@kofi.peds.ksi @dr_efua_surg""",
    # 041 South Africa
    """\
cryptococcal meningitis relapse vs IRIS - need advice from the ID crowd

[[PT:Sipho Dlamini]] (gogo calls him [[PT:Mfana]]), 36M, from [[PLACE:Orlando East]], [[PLACE:Soweto]]; works security at [[FAC:Maponya Mall]] nights. SA ID [[ID:8807125432081]], hosp no [[MRN:CHB 3371-442-9]]. Lives at [[STREET:1182 Mputhi St]], taxi drops him at the cnr of [[STREET:Chris Hani Rd & Klipspruit Valley Rd]].
Hx: CM dx'd [[DATE:23 Aug]], got 1 wk AmBisome single-dose + flucytosine/flucon (AMBITION regimen). ART (TLD) started wk 5. Now wk 9 back with headache, OP 38 cmH2O, CSF WBC 120, culture pending, CrAg titre 1:640 (was 1:2560).
Looks like IRIS to me but can't exclude culture-pos relapse until day 10. Therapeutic LPs daily. Flucon 800 resumed.
- pred for CM-IRIS? evidence says harm in acute phase but IRIS is different
- keep ART going? yes surely
Gogo [[REL:Dlamini]] ([[AGE:ninety-one]], very sharp) came on the taxi with [[REL:Thandeka]] (sister), phone [[PHONE:072 000 4471]].
@dr_nomsa_id @pieter.neuro.jhb""",
    # 042 Malawi
    """\
Kaposi + TB in a teenager, Malawi - chemo choices with what we have

[[PT:Memory Banda]], 16F, from [[TOWN:Chingale]] in [[COUNTY:Zomba]] district, form 2 at [[FAC:Chingale CDSS]]. Perinatal HIV, on TLD since [[YEAR:2019]] but VL 18,000 (ran out in the floods). Purple nodules on palate + legs, lymphoedema both legs, CXR effusion. Pleural fluid Xpert: MTB pos.
KS confirmed on bx. So KS + TB + failing ART. Plan: HRZE, then switch to 2nd line after resistance test, and paclitaxel for KS (bleomycin/vincristine stocked out).
Guardian is her uncle [[REL:Gift Phiri]] (mum passed). Her friend [[REL:Innocent]] brings her on the bicycle from the village - 2 hrs. Health passport no [[MRN:ZCH-2024-09931]].
Also her younger brother [[PT:Patience Banda]] (yes a boy, named after grandma) is 12, on ART, VL suppressed - fine.
Q: paclitaxel dose/schedule in KS with ongoing TB meds? rifampicin interaction? and who else does KS in adolescents at district level?
POLL for the KS part:
A) paclitaxel now alongside HRZE
B) 2 wks of TB tx first, then paclitaxel
C) switch ART first, chemo after VL result
D) refer to [[TOWN:Lilongwe]] and let them decide
@chikondi_md @dr.tamanda.onc""",
    # 043 Uganda, Congolese refugee
    """\
Refugee settlement case - ?sleeping sickness in a Congolese woman

Mme [[PT:Furaha Mapendo]], 38F, arrived from [[TOWN:Bunia]] (Ituri) last [[DATE:Christmas]], lives in [[PLACE:Nakivale]], [[PLACE:Base Camp]], zone [[PLACE:Rubondo]]. Attestation no. [[ID:UGA-23-0718224]], household [[ID:HH-NAK-44712]].
Came with 2 months of somnolence + headache, day-night reversal, behaviour change ("elle parle seule"), cervical LNs (Winterbottom's sign +?). Mal smear neg x3. CSF WBC 42, protein high. No trypanosomes on CSF yet, CATT pos 1:16.
T.b. gambiense (she's from Ituri) -> 2nd stage -> fexinidazole? or NECT? Do we even have it. Nearest is [[FAC:Mbarara RRH]], they say refer to MSF / NSSCP.
Her husband [[REL:Jean-Paul Kasereka]] is a teacher at [[FAC:École Amani]] in the settlement; phone [[PHONE:+256 770 000 418]]. Neighbour Maman [[REL:Neema]] also ill, same story.
Also: our settlement health worker [[HCP:Esther Ainomugisha]] flagged 2 more cases from the same village cluster. outbreak?
@dr.okello.id @lucie_msf_ug""",
    # 044 Chad / Sudanese refugee
    """\
from the border - Sudanese refugee w/ severe hepatitis E in 3rd trimester, 3 deaths this month already

[[PT:Fatima Abakar Adam]] ([[PT:فاطمة أبكر آدم]]), 22F, G1 at ~32 wks, arrived from [[TOWN:El Geneina]] on foot 2 wks ago, now in the transit site at [[TOWN:Adré]]. MSF card [[ID:ADR-24-88213]].
Jaundice, vomiting, confusion this morning, INR 3.4, bili 290, ALT 1800, glu 2.8. HEV RDT pos (outbreak ongoing in the site, water 8L/person/day ...).
Fulminant HEV in pregnancy ~ 20-25% mortality. We have no ICU, no FFP bank, no ribavirin.
- deliver? (no evidence early delivery helps, and she's coagulopathic)
- vit K, dextrose, lactulose, ceftriaxone done
- her sister [[REL:Hawa]] asks for transfer to [[TOWN:Abéché]] - 8 hrs by road, she'll die in the car
The HEV vaccine (Hecolin) campaign should've started here; anyone from the MoH/WHO side know status?
@dr_adoum_tchad @claire.msf.ob""",
    # 045 Somalia / Somaliland
    """\
Somaliland, MDR-TB + pregnancy + travelling nomad - adherence plan?

[[PT:Hodan Abdi Warsame]] ("[[PT:Hodo]]"), 26F, pastoralist family, moves with the camels between [[TOWN:Burao]] and the Haud grazing area. MDR-TB (Xpert RR det, LPA: inhA + katG). 20 wks pregnant.
On BPaLM? No - BPaLM not recommended in pregnancy. So long oral regimen (Bdq, Lzd, Lfx, Cfz, Cs). TB unit no. [[ID:MDR-SL-24-117]].
Her husband [[REL:Mohamed Jama]] says they must move after the gu' rains. We thought of video-DOT by phone - his number [[PHONE:+252 63 000 4471]] (Zaad). The programme pays the enablers via Zaad to account [[ACCT:ZAAD-063-0004471]].
Her cousin [[REL:Sahra]] is a CHW in [[TOWN:Oodweyne]] and could do weekly visits if they camp nearby.
Q: anyone used 99DOTS / VOT with nomadic pts? how reliable? Lzd anemia monitoring without a lab out there?
@dr_amina_hargeisa @yusuf.tb.doc""",
    # 046 Senegal
    """\
Tétanos néonatal - encore un, need advice on sedation doses without an ICU

Baby boy of [[REL:Aïssatou Diallo]], 8 jours, born at home in [[PLACE:Darou Marnane]], [[TOWN:Touba]] during the [[DATE:Grand Magal]] (the clinics were overwhelmed so she delivered with the matrone, Yaay [[REL:Coumba Ndiaye]]). Cord dressed w/ karité butter + ash. Naming ceremony was for [[DATE:Tabaski]] - he would be [[PT:Mouhamed]].
Mum 0 doses of VAT (TT) - she said the poste de santé never had it in stock. Dossier [[MRN:CSDK-24-0817]].
Day 6: stops sucking, trismus, spasms on touch, opisthotonos. Diagnosis clinical.
Our protocol: diazepam 0.5 mg/kg q4h via NGT, metronidazole, HTIG 500 IU IM, cord cleaned, dark quiet room. Spasms still q20 min. MgSO4? phenobarb add-on? No ventilator at [[FAC:Centre de Santé Darou Khoudoss]].
Father [[REL:Ousmane Mbacké]] is a talibé shopkeeper at [[FAC:Boutique Serigne Saliou]], phone [[PHONE:+221 77 000 44 17]].
Questions: 
1. max diazepam you've used in a neonate before you lost the airway?
2. anyone tried intrathecal HTIG in neonates?
@dr.mame.diarra @babacar_pediatre""",
    # 047 Italy, sea rescue
    """\
sbarco last night - burns from fuel + seawater, 3 women, one pregnant

[[PT:Awa Koné]], 19F from Côte d'Ivoire, left from [[TOWN:Sfax]] 2 days adrift, arrived at the pier in [[TOWN:Lampedusa]] [[DATE:15 agosto]] ([[DATE:Ferragosto]], of course, skeleton staff). Codice STP [[PLAN:STP1900430000417]]. Registered at the [[FAC:hotspot di Contrada Imbriacola]] as no. [[ID:LMP-24-08-1522]].
Chemical burns buttocks + thighs ~18% TBSA, partial thickness, from sitting in fuel-seawater mix in the bottom of the boat. 24 wks pregnant, FHR 150. Dehydrated, Na 151, CK 3400.
Her friend [[REL:Mariam Traoré]] (not family, they met in [[TOWN:Tunis]]) has the same burns, less deep.
Plan: irrigation, silver sulfadiazine avoided (pregnancy, near term? she's 24 wks so ok?), Parkland on ~18%, elisoccorso to [[FAC:Civico]] in [[TOWN:Palermo]] but weather grounded it.
Qs:
- sulfadiazine vs Mepilex Ag in 2nd trimester
- tetanus - she says "no vaccine ever"
Nurse [[HCP:Giuseppina]] on our poliambulatorio team did amazing work btw.
@dr.salvo.pronto @martina_ustioni""",
    # 048 Spain, Catalonia
    """\
hiponatrèmia severa en un avi de [[AGE:noranta-dos]] anys - want a sanity check on correction

El senyor [[PT:Jordi Puig i Serra]] ([[AGE:92]]), lives alone in [[TOWN:Vic]], [[STREET:C/ de la Riera, 14, 2n 1a]], [[ZIP:08500]]. CIP [[PLAN:PUSE0320811704]], NHC [[MRN:1044718]]. Every afternoon 3-4 beers at [[FAC:Bar Ca l'Isidre]] + toast, that's his diet since his wife died. Classic tea & toast / beer potomania.
Brought in [[DATE:Sant Jordi]] evening (his daughter [[REL:Montse]] came to give him a rose + book and found him confused). Na 112, Osm 236, UOsm 68, K 3.1. No seizures.
Gave 100 ml 3% once for confusion -> Na 115. Then UO took off (3 L in 6h, dilute) -> Na 121 at 8h. Way too fast. Started D5W 6 ml/kg/h + desmopressin 2 mcg IV (clamp).
Na now 120 at 24h. ODS risk high (alcohol, hypoK, malnutrition).
- re-lowering: target?
- thiamine given, K replaced
Metge de capçalera Dra. [[HCP:Vilanova]] from [[FAC:CAP Vic Nord]] wants to know if he can go home alone after. Daughter's mobile [[PHONE:+34 600 000 417]].
@dr.marc.nefro @laia_internista""",
    # 049 Netherlands, pasted referral
    """\
Verwijsbrief (pasted from our fax inbox, yes we still use fax) - chronic Q fever? would love the ID view

Aan: poli Interne Geneeskunde, [[FAC:Bernhoven]]
Van: huisartsenpraktijk [[FAC:De Linde]], [[STREET:Kerkstraat 44]], [[ZIP:5401 BD]] [[TOWN:Uden]]
Tel [[PHONE:0413 00 44 17]]  Fax [[FAX:0413 00 44 18]]  Mail [[EMAIL:assistente@praktijkdelinde.test]]

Betreft: dhr. [[PT:J.W. van den Heuvel]] ([[PT:Jan-Willem]]), geb. [[DATE:14-02-1961]], BSN [[ID:2044.17.093]], verzekerd bij CZ, polisnr [[PLAN:CZ-77104417]]
Geachte collega,
Graag uw beoordeling van deze 63-jarige geitenhouder (eigenaar [[FAC:Geitenhouderij De Zonnehoek]], [[TOWN:Volkel]]). Had acute Q-koorts in [[YEAR:2009]] tijdens de epidemie. Status na EVAR ([[YEAR:2018]]). Nu 4 mnd moeheid, nachtzweten, 7 kg gewichtsverlies. CRP 58. Coxiella serologie: fase I IgG 1:4096.
Vraag: chronische Q-koorts / vasculaire infectie? PET-CT?
Met collegiale groet,
[[HCP:M. Bakker]], huisarts

---
me: phase I IgG 1:4096 + vascular graft = proven/probable per the Dutch consensus. PET-CT is booked. doxy + HCQ for 18 months minimum? @dr_anouk_infectie @tom.vaatchirurg""",
    # 050 Sweden, dictated
    """\
(dictated on the drive home, excuse the voice to text)

question from Norrland comma reversal in a [[AGE:ninety two]] year old with a subdural on warfarin full stop new paragraph
patient is [[PT:Greta Åberg]] comma personal number [[ID:19320614-2384]] comma lives at [[FAC:soul garden nursing home]] (that's [[FAC:Solgården]], the dictation can't do Swedish) in [[TOWN:Härnösand]] full stop she fell on the dance floor at the home's [[DATE:midsummer eve]] party comma she insisted on dancing the little frogs full stop INR 4.2 comma AF plus a mechanical mitral valve from the eighties exclamation mark
CT acute SDH 9 mm comma midline shift 4 mm comma GCS 14 full stop neurosurgery at [[FAC:NUS]] three hours away says conservative unless she deteriorates full stop reversed with Ocplex 25 units per kilo plus vitamin K 10 mg IV comma INR now 1.3 full stop new paragraph
the question everybody asks colon when to restart anticoagulation with a mechanical mitral question mark valve thrombosis versus rebleed full stop the literature says 7 to 14 days for mechanical valves comma some bridge with LMWH from day 3 to 4 full stop
her son [[REL:Lars-Erik]] is a retired surgeon and has opinions full stop journal number [[MRN:J-2024-117744]] full stop end of dictation
@karin_neurokir @dr.olle.kardio""",
    # 051 Serbia, Roma settlement
    """\
lead poisoning in a Roma kid - chelation question

[[PT:Elvis Ramić]] ([[PT:Елвис Рамић]]), 8M, lives in an informal settlement in [[PLACE:Zemun Polje]], [[TOWN:Beograd]]. JMBG [[ID:0304016710025]], LBO [[PLAN:10086642391]].
Father [[REL:Dževad]] recycles car batteries behind the house for [[FAC:Otpad Metal Komerc]], the kids play in the ash. Came in after [[DATE:Đurđevdan]] with colicky abdominal pain, constipation, irritability, Hb 8.4 w/ basophilic stippling. Blood Pb 62 µg/dL (!). XR: lead lines at knees. No encephalopathy.
Siblings ([[PT:Ramiza]] 5, [[PT:Dženis]] 3) tested yesterday: 48 and 71.
Plan: remove from source (how? it's their income), succimer 10 mg/kg tid x5d then bid x14d for [[PT:Elvis]]. [[PT:Dženis]] at 71 - CaNa2EDTA IV inpatient?
Social worker [[HCP:Jelena Marković]] from the Centar za socijalni rad is helping. Dom zdravlja card no. [[MRN:DZZ-2019-4471]].
@dr_milica_ped @aleksandar.tox""",
    # 052 Tonga, device thread
    """\
ICD storm alert over remote monitoring, pt on an outer island - how would you manage from afar?

[[PT:Sione Taufa]], 57M, lives in [[TOWN:Neiafu]], [[COUNTY:Vavaʻu]]. Secondary-prevention ICD implanted in [[TOWN:Auckland]] [[DATE:March 2021]]. Device: single-chamber ICD, serial [[DEVICE:RLA408822S]], lead serial [[DEVICE:PJN612204V]].
Home transmitter ([[IP:203.0.113.47]]) sent 6 shocks in 2 h overnight, portal link [[URL:https://remote.cardiolink.example/pt/448213]]. Electrograms: monomorphic VT 190 bpm, ATP failed, shocks successful.
Local clinic is [[FAC:Prince Wellington Ngu Hospital]]: no amiodarone IV, has oral. K 3.1 on bloods this morning.
His daughter [[REL:Hope Taufa]] (nurse in [[TOWN:Manukau]]) emails updates from [[EMAIL:hope.taufa84@inbox.test]]; the hospital fax to send the ECG is [[FAX:+676 000 4417]].
Billing for the monitoring service is on acct [[ACCT:7700-448-213]] under his church, [[FAC:Free Wesleyan Church of Neiafu]].
So: oral amio load 400 tid, K replacement, mexiletine unavailable. Flight to [[TOWN:Nukuʻalofa]] Tues, then NZ.
Thoughts on reprogramming remotely (VT zone/ATP) - is it even possible with his model?
@dr_lupe_cardio @mike.ep.akl""",
]

FREE_NOTES: list[str] = [
    # 053 journal club, FEAST
    """\
Journal club this week: FEAST, 13 years on - are we still afraid of the bolus?

Maitland K, Kiguli S, Opoka RO, et al. Mortality after fluid bolus in African children with severe infection. N Engl J Med 2011;364:2483-95. doi:10.1056/NEJMoa1101549 (PubMed: https://pubmed.ncbi.nlm.nih.gov/21615299/)

Quick recap for the residents:
- 3,141 children, 60 days to 12 yrs, febrile with impaired perfusion, across Kenya, Tanzania and Uganda
- bolus albumin 20-40 ml/kg vs bolus saline vs no bolus (maintenance 4 ml/kg/h)
- 48h mortality 10.6% vs 10.5% vs 7.3% -> RR ~1.45 for bolus. Stopped early by the DMC.
- excess deaths were cardiovascular collapse, not fluid overload (the 2013 BMC Med secondary analysis)

What it did NOT study: children with severe hypotension (only 29 had it), malnutrition (excluded), gastroenteritis (excluded), and no ICU anywhere.

Discussion points I'd like the group to argue:
1. Does FEAST apply to a PICU with inotropes and ventilators? ESPNIC/SSC 2020 say: no ICU -> no bolus unless hypotensive; with ICU -> 10-20 ml/kg aliquots, reassess.
2. Malaria: 57% had parasitaemia. Is severe malaria with lactate 6 the same animal as septic shock in a PICU in Ohio? (no)
3. Balanced crystalloid vs saline in kids - PRoMPT BOLUS is now reporting.
4. How do we teach the "10 ml/kg and look" habit instead of "20 ml/kg x3 and wait"?

@dr.akinyi.picu you ran the bolus audit last year, can you bring the numbers?
@tom_peds_em please bring the ETAT+ chart, I want to compare it to the WHO 2016 pocket book.
Meeting at 13:00 in the seminar room on 3rd floor, lunch is samosas again, sorry.

Pre-reading if you have time: Kiguli S et al. "WHO guidelines on fluid resuscitation in children: missing the FEAST data" BMJ 2014;348:f7003, and the Surviving Sepsis Campaign paediatric guidelines (Weiss SL et al., Pediatr Crit Care Med 2020;21:e52-e106). The 2016 WHO pocket book revision is on the WHO IRIS site.
Residents presenting: please do the critical appraisal using the CASP RCT checklist, 10 min max, and one slide on what changes Monday morning on our wards (if anything).""",
    # 054 poll, Ottawa ankle
    """\
POLL: 23yo rolled ankle at 5-a-side, tender posterior edge lateral malleolus, 4 steps limping. Ottawa +ve. XR?

A) yes, rules are rules
B) no, clinical gestalt
C) yes, but only lateral + mortise, skip AP
D) buddy-tape and review in 5-7 days

Stiell 1992: ~100% sensitive. @sam.em.reg what do you do at 3 am?""",
    # 055 thread, PE in pregnancy
    """\
Thread: suspected PE in pregnancy - which pathway is your unit using now?

@drnadia.obmed: we moved to the pregnancy-adapted YEARS algorithm (Artemis study, van der Pol et al., NEJM 2019). Three YEARS items (clinical signs of DVT, haemoptysis, PE most likely dx) + D-dimer threshold 1000 if 0 items, 500 if >=1. CTPA avoided in ~39% in the first trimester, less later.
@kwame.em: our ED still uses Wells + PERC for everyone. PERC is explicitly not validated in pregnancy (age <50 is fine but "hormone use" kind of covers it, lol). Revised Geneva pregnancy-adapted (CASTER?) also exists.
@drnadia.obmed: yes, the Geneva-based pregnancy-adapted algorithm (Righini, Ann Intern Med 2018). Either is better than gestalt + CTPA for everyone.
@li.radiology: from the radiology side: CTPA fetal dose ~0.01-0.66 mGy, way below any threshold; maternal breast dose is the real concern, modern low-dose protocols help. V/Q has lower breast dose but more non-diagnostic results. Start with bilateral leg compression US if any leg symptoms.
@kwame.em: fair. What about LMWH dose if we treat empirically while waiting? Enoxaparin 1 mg/kg bd by booking weight?
@drnadia.obmed: RCOG Green-top 37b uses early pregnancy weight; we do 1 mg/kg bd, anti-Xa only at extremes of weight or renal impairment.
@kwame.em: and postpartum? YEARS wasn't validated there.
@drnadia.obmed: correct, postpartum is the gap. The Pregnancy-Adapted YEARS excluded it; a postpartum D-dimer is almost always high in the first weeks. We go straight to imaging. There's a prospective postpartum study under way, nothing practice-changing yet.
@li.radiology: and please write "pregnant, 2nd trimester" or "postpartum day 5" on the request so we can plan the protocol. Thanks all, useful.""",
    # 056 ALL CAPS protocol
    """\
PASTED FROM OUR WARD WALL, SOMEONE ASKED FOR IT:

ADULT SEPSIS - FIRST HOUR (ADAPTED FROM NICE NG51, UPDATED 2024, https://www.nice.org.uk/guidance/ng51)
1. IF NEWS2 >= 5 OR ANY SINGLE PARAMETER 3 -> SENIOR REVIEW WITHIN 30 MIN
2. LACTATE, CULTURES X2, FBC, U&E, LFT, CRP, CLOTTING, VBG
3. ANTIBIOTICS WITHIN 1 HOUR IF HIGH RISK: PIP-TAZ 4.5 G IV (PEN ALLERGY: MEROPENEM 1 G IV + DISCUSS WITH MICRO)
4. FLUIDS: 500 ML CRYSTALLOID OVER 15 MIN IF LACTATE > 2 OR SBP < 90, REASSESS, MAX 2 L BEFORE ICU/OUTREACH REVIEW
5. CATHETER / HOURLY URINE OUTPUT IF LACTATE > 4 OR SBP < 90 AFTER FLUIDS
6. DO NOT DELAY FOR CXR
7. IF NO IMPROVEMENT: CALL OUTREACH BLEEP VIA SWITCHBOARD, CONSIDER ICU

NB: QSOFA IS NOT A SCREENING TOOL. SOFA >= 2 IS THE SEPSIS-3 DEFINITION (SINGER ET AL, JAMA 2016).
REVIEW DATE ON THE POSTER IS OLD, PHARMACY SAYS STILL VALID.""",
    # 057 severe malaria
    """\
severe malaria q from a district hosp - artesunate supply ran out for 12 hrs last night, what's your fallback?

7yo, Blantyre coma score 2/5, Hb 4.8, lactate 7, parasitaemia 18% P. falciparum. We had artemether IM (1 box), no quinine. Gave artemether 3.2 mg/kg IM loading. Artesunate arrived in the morning, switched.

Questions for the group:
1. WHO Guidelines for malaria (2023 update, https://www.who.int/publications/i/item/guidelines-for-malaria) ranks artesunate IV/IM > artemether IM > quinine. Is switching mid-course fine? (I think yes)
2. Transfuse at Hb 4.8 with lactate 7 - 20 ml/kg whole blood vs 30 ml/kg? TRACT trial (Maitland, NEJM 2019) says 30 ml/kg if no fever... our kid was febrile 39.2 so we did 20.
3. Post-artesunate delayed haemolysis - check Hb at day 7, 14, 28. Does anyone actually manage to get kids back for this?

Also for the Southeast Asia people: P. knowlesi seen in Sabah and Sarawak (Malaysia) - same artesunate threshold? @dr.faisal.kk says they treat >20,000/uL as severe.

thanks @akos_peds for the midnight phone call btw 🙏""",
    # 058 snakebite, India
    """\
snakebite teaching post for the new interns (India-centric)

Big Four: spectacled cobra, common krait, Russell's viper, saw-scaled viper. ASV (Indian polyvalent) covers these four only. Hump-nosed pit viper (Kerala, Tamil Nadu, Sri Lanka) is NOT covered - don't waste ASV.

20WBCT: 2 ml blood in a new clean dry glass tube, leave 20 min, tilt. Not clotted = venom-induced consumption coagulopathy -> ASV. Repeat 6-hourly.
Neurotoxic: 10 vials, then 10 more at 1h if no improvement, max ~20. Neostigmine trial (with atropine) useful for cobra, usually NOT for krait.
Haemotoxic: 10 vials, repeat 6-hourly guided by 20WBCT.
Krait: night-time bite in someone sleeping on the floor, minimal local signs, early morning abdominal pain + ptosis. Classic in Maharashtra, Bengal, Bihar in the monsoon.

Don't: tourniquet, incision, suction, "snake stone", or the local healer's herbal paste.
Anaphylaxis to ASV is common (up to ~40% with some batches): adrenaline 0.5 mg IM (1 mg/ml) ready before you start. No routine premedication (Sri Lanka RCT, de Silva, PLoS Med 2011, showed low-dose adrenaline helps; hydrocortisone/antihistamine did not).

National Snakebite Management Protocol (India, 2009) and the WHO SEARO 2016 guidelines are both free online.
@dr.rajesh.em corrections welcome, you've seen more bites than I have""",
    # 059 dengue, phone typed
    """\
quick one frm the ward, typng on phone sorry

dengue warning signs ppl keep missing (WHO 2009 classif):
- abd pain/tenderness
- persistent vomitng
- clinical fluid accumulation (ascites, pleural eff)
- mucosal bleed
- lethargy/restlessness
- liver >2cm
- rising HCT w/ rapid fall in plt

critical phase = defervescence, usually day 3-7. the afebrile kid is NOT the better kid. ppl discharge them on day 4 bc fever gone and they come back in shock day 5 🙃
HCT 20% rise from baseline = plasma leak. pulse pressure <=20 = compensated shock even if SBP normal.
fluids: 5-7 ml/kg/h x1-2h then taper 3-5 -> 2-3. colloid if HCT keeps rising after 2 boluses.
no NSAIDs, no IM inj, no steroids, plt transfusion doesnt prevent bleeding (plt count alone isnt an indication, pls).
@sara.peds.dhaka @ikhwan_md anything to add for adults?""",
    # 060 VHF infection prevention
    """\
IPC question - how is everyone setting up the triage for suspected VHF these days?

Context: we had two "suspect" cases in a month (both turned out malaria + typhoid) but the response was chaotic. I want a realistic flow for a 60-bed hospital with no isolation unit.

The differentials we actually see in West Africa: Lassa fever, Ebola (Zaire / Sudan ebolavirus), Marburg, yellow fever, Crimean-Congo HF (more Sahel/Middle East), dengue, Rift Valley fever, plus the usual malaria/typhoid/lepto. West Nile rarely causes bleeding.

What I've drafted:
1. Screening at the gate: fever >= 38 + (unexplained bleeding OR contact with a confirmed case OR travel to an outbreak area in 21 days OR contact with dead animals/bats)
2. Screening area outside, 1 m distance, hand hygiene, staff in gloves + gown + face shield + mask
3. Holding room with its own latrine, dedicated thermometers
4. Call the surveillance officer before any blood draw except RDT malaria with full PPE
5. Lassa: ribavirin early if high suspicion (even with the new doubts - the 2019 systematic review in PLOS NTD was not kind to the old McCormick data)

WHO IPC for filovirus disease (2023 update) and the NCDC Lassa guideline are my references. @dr.emeka.id @fatou.ipc does that match what you do?""",
    # 061 journal club, DR-TB
    """\
JC summary: short all-oral MDR/RR-TB regimens - where are we?

1. TB-PRACTECAL (Nyang'wa BT et al., NEJM 2022;387:2331-43): BPaLM (bedaquiline, pretomanid, linezolid 600 mg, moxifloxacin) x 24 wks vs standard of care. Unfavourable outcome 11% vs 48%. Linezolid dose reduction from 600 to 300 after 16 wks was common.
2. ZeNix (Conradie F, NEJM 2022): BPaL with linezolid 600 mg x 26 wks had similar efficacy with less toxicity than 1200 mg.
3. STREAM stage 2: bedaquiline-based 9-month all-oral vs injectable - all-oral non-inferior, no more aminoglycoside deafness.
4. endTB (2024): several 9-month regimens non-inferior to the long regimen; useful when pretomanid isn't available or in pregnancy.

WHO consolidated guidelines, Module 4 (2022 update + 2025 consolidation): BPaLM for >= 14 yrs without prior exposure to bedaquiline/pretomanid/linezolid; BPaL if FQ-resistant.

Practical stuff from the room:
- ECG: QTcF at baseline, 2, 12, 24 wks (Bdq + Mfx + Cfz stack up)
- linezolid: monthly Hb, neuropathy screen (BPNS), visual acuity + Ishihara
- DST: Xpert MTB/XDR for FQ + INH resistance, then LPA / culture on MGIT; Ziehl-Neelsen still useful for follow-up smears; Löwenstein-Jensen if MGIT broken (again)

@dr.kagiso.tb presented, @mariam_pharm did the drug interaction table - thank you both.""",
    # 062 HIV
    """\
question for HIV docs: DTG and neural tube defects, what are you telling women of childbearing age now?

I still get asked this weekly in clinic. My script:
- Tsepamo (Botswana birth-outcome surveillance) first signal in 2018 was 0.94% NTD with DTG at conception vs 0.12% non-DTG. With more data it fell to ~0.19% vs 0.11% - small, not statistically different now.
- WHO 2019 onwards recommends TLD as preferred first line for everyone, including women who may become pregnant. Folic acid is reasonable anyway.
- Efavirenz is not "safer": more neuropsych effects, more resistance (NNRTI resistance is > 10% in many countries).
- ADVANCE (South Africa) and NAMSAL (Cameroon) showed DTG-based regimens non-inferior, more weight gain, especially with TAF and in women.

What I struggle with: the weight gain. Some of my patients gained 10-15 kg in 2 yrs on TAF/FTC/DTG. Switching TAF -> TDF helps a little (the ADVANCE extension data). Anybody switching to DTG + 3TC dual therapy for that reason (GEMINI/TANGO data)? Need HBV negative and VL suppressed.

@dr.thabo.hiv @neha_id_clinic - curious how your programmes handle it""",
    # 063 sickle cell
    """\
Hydroxyurea in SCA in sub-Saharan Africa: please stop "waiting for a crisis"

REACH (Tshilolo L et al., NEJM 2019;380:121-31), Angola, DRC, Kenya, Uganda: HU escalated to MTD in children 1-10 yrs. Fewer pain crises, fewer transfusions, less malaria (!), fewer deaths. No increase in serious infections.
NOHARM (Uganda): HU didn't increase malaria incidence.
SPHERE and SPRING looked at TCD screening + HU for stroke prevention in Nigeria/Tanzania.

Dosing we use: start 20 mg/kg/d, escalate by 5 mg/kg every 8 wks to MTD (ANC >= 2000 and plt >= 80k), max 35 mg/kg/d. FBC every 4 wks during escalation, then every 3 months.

Objections I hear and my answers:
- "it causes infertility" -> reversible effect on sperm, counsel, not a reason to deny
- "it is a cancer drug" -> doses are much lower, decades of data
- "too expensive" -> generic capsules, compounded liquid for small kids

There is hope here: we started 140 kids on HU in our clinic and the admissions dropped by half. Real joy to see a mother say her child went a whole school term without a crisis.

ASH 2020 guidelines + the new ISTH/ASH SCD resources are good. @fatima_haem @dr.musa.peds""",
    # 064 neonatal resuscitation
    """\
Teaching note - neonatal resus at a level 1 facility (HBB 2nd edition flow)

Golden minute: dry, keep warm, assess breathing. If not breathing after drying and stimulation -> clear airway if needed -> bag-mask ventilation at 40 breaths/min by 60 seconds.

Apgar 7/9 at 1 and 5 min = fine, stop fussing. Apgar 3/6 = you should have been ventilating already; Apgar is a description, not a trigger (AAP/ACOG committee opinion). Silverman-Andersen score for resp distress: > 6 = impending failure.
Ballard for GA when no dating: ~30 weeks with a score of 15.

Cord clamping: delay >= 1 min in vigorous babies (WHO). Cord milking in < 28 wks not recommended (PREMOD2 stopped for IVH).
Kangaroo mother care: iKMC trial (WHO, NEJM 2021) - immediate KMC in babies 1.0-1.8 kg reduced mortality by 25%.

Common errors from our simulation drills:
1. mask too big, leak
2. squeezing too hard -> pneumothorax
3. forgetting to start the timer
4. no bag checked before the delivery

thanks @ama.neonatal for running the drills on Sunday, the new SHOs loved it""",
    # 065 head injury
    """\
Head injury case discussion (all details generic): GCS 3/15 at scene, improved to 8/15 in ED

Points for the registrars:
- Cushing's triad (HTN, bradycardia, irregular resp) = late sign of raised ICP
- Battle's sign, raccoon eyes, CSF otorrhoea = basal skull fracture, no NG tube
- Monro-Kellie: brain + blood + CSF = constant. Compensation runs out fast.
- Marshall CT classification: diffuse injury III (cisterns compressed) -> ~34% mortality. Rotterdam score is better for prognosis.
- CRASH-3 (Lancet 2019): TXA within 3 h reduced head-injury death in mild-moderate (GCS 9-15) - not in GCS 3 or bilateral unreactive pupils.
- BTF 4th edition: ICP treat threshold 22 mmHg, CPP 60-70.
- Canadian CT Head Rule vs NICE head injury (NG232, 2023): for GCS 13-15; irrelevant at GCS 8 - you scan everyone.

Hypertonic saline 3% 250 ml vs mannitol 0.5-1 g/kg: no clear mortality difference; saline if hypovolaemic.

@dr.alejandro.nc @precious_icu what's your practice on hypertonic saline boluses without ICP monitoring?""",
    # 066 stroke
    """\
Stroke reg here. Prehospital scales debate, because our ambulance service wants to pick one for LVO triage.

Candidates:
- Cincinnati Prehospital Stroke Scale (face, arm, speech) - sensitive for stroke, bad for LVO
- LAMS (Los Angeles Motor Scale) >= 4
- RACE (Rapid Arterial oCclusion Evaluation) >= 5 - from Catalonia, validated in RACECAT (no benefit of direct-to-thrombectomy-centre overall, JAMA 2022)
- FAST-ED, VAN, G-FAST

In hospital: NIHSS, ASPECTS >= 6 for most thrombectomy trials, but the large core trials (SELECT2, ANGEL-ASPECT, RESCUE-Japan LIMIT) say even ASPECTS 3-5 benefits.
Tenecteplase 0.25 mg/kg is now our default (AcT, Lancet 2022; ORIGINAL 2024).
ABCD2 for TIA is dead, long live same-day TIA clinic.

Also for the radiology nerds: Boston criteria 2.0 for CAA - cortical superficial siderosis now counts, plus white-matter features.

@dr.ingrid.neuro @samir_paramedic_md which scale did your region choose and did it change anything?""",
    # 067 UGIB
    """\
UGIB scoring - a quick refresher because the new FY2s keep asking me

Glasgow-Blatchford (pre-endoscopy): BUN, Hb, SBP, HR, melaena, syncope, hepatic disease, cardiac failure. GBS 0-1 -> outpatient management is safe (NICE CG141, ESGE 2021).
Rockall: full score after endoscopy (age, shock, comorbidity, diagnosis, stigmata).
AIMS65: albumin < 30, INR > 1.5, altered mental status, SBP <= 90, age >= 65.

Forrest: Ia spurting, Ib oozing, IIa visible vessel, IIb adherent clot, IIc flat pigmented spot, III clean base. Treat Ia-IIa endoscopically; IIb - remove clot and look.
Los Angeles classification for oesophagitis (A-D), not for ulcers, people mix these up.
Other names to know: Mallory-Weiss tear, Dieulafoy lesion, Cameron lesions in a big hiatus hernia, GAVE (watermelon stomach).

Variceal: terlipressin 2 mg q4h, ceftriaxone 1 g, EVL within 12 h, pre-emptive TIPS in Child-Pugh C 10-13 or B > 7 with active bleeding (Baveno VII). Sengstaken-Blakemore tube as a bridge - practise on the mannequin before you need it.

Transfuse at Hb < 70 (TRIGGER, Villanueva NEJM 2013), < 80 if cardiac disease.
@gi_reg_tunde anything I missed?""",
    # 068 pancreatitis
    """\
Pancreatitis: can we please stop giving 250 ml/h of saline to everyone?

WATERFALL (de-Madaria E et al., NEJM 2022;387:989-1000): aggressive (20 ml/kg bolus then 3 ml/kg/h) vs moderate (10 ml/kg if hypovolaemic, then 1.5 ml/kg/h) Ringer's lactate. Stopped early: more fluid overload with aggressive (20.5% vs 6.3%), no benefit on moderately severe/severe pancreatitis.

Revised Atlanta 2012: mild (no organ failure), moderately severe (transient OF < 48h or local complications), severe (persistent OF > 48h). Modified Marshall score for OF.
BISAP, Ranson, APACHE II - all have modest accuracy, CRP > 150 at 48h is still the thing I look at.
Grey Turner's sign (flank) and Cullen's sign (periumbilical) = retroperitoneal haemorrhage, rare and late.

Feeding: early oral as tolerated; NG is as good as NJ (PYTHON trial).
Antibiotics: only for infected necrosis, not prophylaxis.
Step-up approach for infected necrosis (PANTER, TENSION trials): drain / endoscopic before necrosectomy.

Thoughts from the surgeons? @hpb_surg_ravi @dr.leila.gastro""",
    # 069 cholangitis
    """\
Cholangitis / Tokyo Guidelines TG18 summary for a teaching session

Charcot's triad: fever, RUQ pain, jaundice (specific, not sensitive). Reynolds' pentad adds shock + confusion.
TG18 diagnosis: A (systemic inflammation) + B (cholestasis) + C (imaging: dilatation or cause). Definite = A + B + C.
Severity:
- Grade III (severe): organ dysfunction (CV, neuro, resp, renal, hepatic INR > 1.5, haem plt < 100k)
- Grade II (moderate): WCC > 12 or < 4, fever >= 39, age >= 75, bili >= 5 mg/dl, albumin < 0.7 x LLN
- Grade I: the rest
Drainage: grade III urgent (once resuscitated), grade II early (within 24-48 h), grade I if no response in 24 h.

Courvoisier's law: palpable painless gallbladder + jaundice -> unlikely stones (think pancreatic head / periampullary).
Mirizzi syndrome: stone in Hartmann's pouch compressing the CHD; Csendes classification types I-V.

Antibiotics: pip-taz or ceftriaxone + metronidazole depending on local resistance; 4-7 days after source control.
@dr.ana.cirurgia asked about ERCP timing in grade II - evidence is observational, most units aim for < 48 h.""",
    # 070 endocarditis
    """\
Figure 1-style: "what's your diagnosis?" - photo (not shown here) of a finger with a tender violaceous nodule on the pulp, and another of painless macules on the sole.

Answers:
- tender nodule on the pulp = Osler node (immune complex)
- painless haemorrhagic macules on palms/soles = Janeway lesions (septic microemboli)
- retina: Roth spots
- splinter haemorrhages (non-specific, also trauma)

Duke-ISCVID 2023 criteria updated the old modified Duke: adds PET/CT and cardiac CT as imaging criteria, PCR/amplicon sequencing as microbiological criteria, more typical organisms (e.g. Enterococcus faecalis regardless of source, S. lugdunensis), and intraoperative findings as a major criterion.

HACEK: Haemophilus (not influenzae), Aggregatibacter, Cardiobacterium, Eikenella, Kingella.
POET trial (Iversen, NEJM 2019): partial oral step-down in stable left-sided IE was non-inferior.

Comments on the post:
@cardio_nkechi: Janeway lesions are painless, Osler nodes painful - "O for Ouch". Old but still works.
@dr.pablo.id: and don't forget the Austin Flint murmur in severe AR from IE, not an eponym many remember.""",
    # 071 rheumatic fever
    """\
ARF diagnosis - the revised Jones criteria (AHA 2015) trip people up, so:

Low-risk populations: major = carditis (clinical/subclinical), polyarthritis, chorea, erythema marginatum, subcutaneous nodules. Minor = polyarthralgia, fever >= 38.5, ESR >= 60 / CRP >= 3.0, prolonged PR.
Moderate/high-risk populations (most of sub-Saharan Africa, South Asia, the Pacific, Indigenous Australians): monoarthritis or polyarthralgia can be major; fever >= 38, ESR >= 30.
Need evidence of preceding GAS infection (ASOT/anti-DNase B) except for Sydenham chorea or indolent carditis.

Subclinical carditis = echo evidence (WHF criteria, updated 2023) without a murmur - counts as carditis.
Carey Coombs murmur: mid-diastolic, acute rheumatic mitral valvulitis.
Histology you won't see clinically: Aschoff bodies, Anitschkow cells.

Secondary prophylaxis: benzathine penicillin G 1.2 MU IM every 4 weeks (every 3 weeks in high-risk). Duration depends on severity (WHO 2024 guideline).
GOAL trial (Beaton, NEJM 2022): secondary prophylaxis reduced progression of latent RHD in Ugandan children.

@dr.joseph.cardio.ug you were on GOAL, anything practical to add about pain with the injection?""",
    # 072 ARDS Kigali
    """\
ARDS without ABGs: the Kigali modification + SpO2/FiO2, does anyone actually use it?

Berlin definition (JAMA 2012) needs PaO2/FiO2 and PEEP >= 5. In a lot of our ICUs there's no gas machine, or it's broken, or the cartridges ran out.
Kigali modification (Riviello ED et al., AJRCCM 2016): SpO2/FiO2 <= 315 (with SpO2 <= 97%), no PEEP requirement, bilateral opacities on CXR or lung ultrasound.
The 2023 global definition of ARDS (Matthay et al., AJRCCM 2024) basically adopted this: SpO2/FiO2 allowed, HFNO >= 30 L/min counts, ultrasound counts.

Practical points:
- ROX index (SpO2/FiO2 / RR) >= 4.88 at 12 h predicts HFNO success
- prone positioning works on HFNO too (awake proning, COVID data)
- lung protective: Vt 6 ml/kg PBW, plateau < 30, driving pressure < 15

@drpierre.rea @adaeze_icu - do your units chart SpO2/FiO2 routinely?""",
    # 073 endocrine eponyms
    """\
endocrine eponym quiz for the residents group (answers in the replies, no cheating)

1. Hyperpigmentation, hypotension, Na 128, K 5.9 -> ? (Addison disease)
2. Postpartum haemorrhage, then failure to lactate and amenorrhoea -> ? (Sheehan syndrome)
3. Iodinated contrast in a multinodular goitre -> thyrotoxicosis (Jod-Basedow phenomenon)
4. High iodine load transiently switches off thyroid hormone synthesis (Wolff-Chaikoff effect)
5. Raising both arms causes facial plethora in a retrosternal goitre (Pemberton sign)
6. Tapping the facial nerve -> twitch (Chvostek sign); BP cuff -> carpal spasm (Trousseau sign)
7. Pituitary adenoma making ACTH (Cushing disease) vs any cause of high cortisol (Cushing syndrome)
8. Graves disease vs Hashimoto thyroiditis vs de Quervain thyroiditis - which has high uptake on scan?
9. Nelson syndrome after bilateral adrenalectomy
10. Conn syndrome: K 2.9, HTN, ARR high

@dr.zainab.endo you're marking this one. @lucas_im_resident I know you'll google it, it's fine.""",
    # 074 neuro eponyms / GBS
    """\
GBS outcomes - anyone using EGOS / mEGOS to counsel families?

Case type we see a lot: young adult, diarrhoea 2 weeks before, ascending weakness, areflexia, CSF albuminocytological dissociation (protein 1.8, cells 3).
- Hughes disability scale 4 (bedbound) at admission
- mEGOS at day 7 predicts inability to walk at 4 weeks, 3 months, 6 months
- EGRIS predicts need for ventilation within a week
- IVIg 0.4 g/kg x 5 days or PLEX; second IVIg dose doesn't help (SID-GBS, Lancet Neurol 2021)

Variants: Miller Fisher (ophthalmoplegia, ataxia, areflexia, anti-GQ1b), Bickerstaff brainstem encephalitis, pharyngeal-cervical-brachial.
Differentials not to miss: Brown-Séquard-type cord lesion (not GBS), transverse myelitis, tick paralysis, hypokalaemic periodic paralysis, botulism, diphtheritic polyneuropathy (yes, still).
Facial diplegia: GBS, Lyme disease, sarcoid, HIV seroconversion. Bell's palsy is unilateral; Ramsay Hunt has vesicles.

IGOS (international GBS outcome study) data show outcomes in low-income countries much worse - ventilators and IVIg cost.
@dr.bart.neuro @ritu_neuro_aiims thoughts?""",
    # 075 toxicology
    """\
OP poisoning - the atropine doubling regimen, for anyone new in a rural ED

Eddleston / Buckley approach (Lancet 2008 review):
1. Airway, O2, left lateral
2. Atropine 1.8-3 mg IV bolus, then double the dose every 5 min until atropinised: clear chest on auscultation, HR > 80, SBP > 80, dry axillae, pupils no longer pinpoint
3. Infusion 10-20% of the total loading dose per hour
4. Watch for atropine toxicity: confusion, hyperthermia, absent bowel sounds, urinary retention -> hold 30 min, restart at 70-80%

Pralidoxime: WHO regimen 30 mg/kg bolus then 8 mg/kg/h - evidence is weak (RCT in Sri Lanka showed no benefit). Peradeniya Organophosphorus Poisoning (POP) scale for severity.
Intermediate syndrome at 24-96 h: neck flexion weakness, proximal weakness, cranial nerves -> ventilate early.

Other agricultural poisonings: paraquat (no antidote, avoid O2 unless hypoxic), yellow oleander (digoxin-like; anti-digoxin Fab helped in the trial), Datura (anticholinergic - physostigmine if available), glyphosate-surfactant, aluminium phosphide.

@dr.chathura.tox @nilu_ed_reg please correct anything outdated""",
    # 076 ED board, no identifiers
    """\
ED board at 02:10, I took the names off, just want a sanity check on prioritisation with 2 docs on

Resus 1 | 67M | STEMI inferior, cath lab called, ETA 20 min
Resus 2 | 24F | ?ectopic, HR 124, FAST +ve, gynae on way
Bay 3 | 81F | fall, NOF #, fascia iliaca block done
Bay 4 | 45M | DKA, pH 7.08, FRIII running
Bay 5 | 30M | SVT, adenosine x2 failed, now on verapamil
Bay 6 | 58F | chest pain, HEART 4, trop #2 due 03:00
Bay 7 | 19M | OD paracetamol 12 g, NAC 21-h regimen (SNAP 12-h if your unit does it)
Majors corridor | 3 pts waiting for 4 North, 2 for AMU
Minors | 11 waiting, longest 4h40

Who would you see first between Bay 5 and Bay 6, and do I pull the minors ANP into majors?
@em_reg_hamza @sister.ed.doc""",
    # 077 handover list, no identifiers
    """\
weekend handover template we've started using (example content, no identifiers) - feedback welcome

Ward 7B
- Bed 3: 72M CAP, CURB-65 = 3, day 3 co-amox + clarith, O2 weaning. Plan: step down to PO if afebrile 24h
- Bed 8: 55F AKI stage 2 (KDIGO) on CKD3, post-diarrhoea, fluids, hold ramipril/metformin, U&E in AM
- Bed 11: 84F delirium, UTI ruled out, CT head nil acute, 4AT = 6, needs collateral hx
- Bed 14: 39M alcohol withdrawal, CIWA-Ar 18, chlordiazepoxide reducing regimen, Pabrinex day 2 of 3
Side room 2: C. diff, contact precautions, vanc PO 125 qds

Escalation: medical reg via switchboard, outreach for NEWS2 >= 7
Outstanding jobs: 2 TTOs, one cannula, one consent for OGD Monday

@dr.kieran.med is this too long for the handover board?""",
    # 078 M&M, no identifiers
    """\
M&M (de-identified, approved): delayed diagnosis of aortic dissection

A 51-year-old man presented with sudden tearing interscapular pain and transient left leg numbness. Initial ECG non-specific, troponin mildly raised (28 ng/L). Treated as NSTEMI: aspirin 300 + ticagrelor 180 + fondaparinux. Four hours later, hypotension, new diastolic murmur. CT aortogram: Stanford type A dissection (DeBakey I) with pericardial effusion. Died in theatre.

Contributing factors:
1. anchoring on troponin
2. no pulse / BP differential checked in both arms
3. ADD-RS (aortic dissection detection risk score) not used; score was 2 (pain features + pulse deficit)
4. D-dimer not done (ADvISED study: ADD-RS <= 1 + D-dimer < 500 rules out)

Changes:
- ADD-RS prompt added to the chest pain pathway
- bilateral BP in triage for chest pain
- cardiology to review before dual antiplatelet if atypical features

Teaching point: Marfan, Ehlers-Danlos type IV, Loeys-Dietz, bicuspid valve, Turner syndrome and cocaine are risk factors worth asking about.
@cardiac_surg_obi @dr.helen.em comments?""",
    # 079 poll, NIV vs intubation
    """\
Sermo-style poll: 68M, COPD (FEV1 32%), pH 7.21, pCO2 11.8 kPa, RR 32, GCS 13, copious secretions, on BiPAP IPAP 20 / EPAP 5 for 1 h, pH now 7.19. DNACPR discussion not yet done. What next?

A) intubate now
B) increase IPAP to 25, recheck in 1 h
C) NIV as ceiling of care after discussion
D) try HFNO instead

Vote in the comments. BTS/ICS 2016 guideline says failure at 1-2 h with worsening pH = consider IMV if appropriate. Secretions are a relative contraindication.
@dr.marta.resp I bet you vote C""",
    # 080 global health
    """\
global health thread: malaria vaccine roll-out, what are you seeing on the ground?

- RTS,S/AS01 (Mosquirix) and R21/Matrix-M now both WHO-prequalified; Gavi supporting roll-out in ~20 countries in Africa
- 4-dose schedule from 5 months; seasonal schedule in the Sahel (Burkina Faso, Mali) with SMC
- Our region (northern Ghana-type setting): uptake of dose 1 ~80%, dose 4 ~40%. Same drop-off we saw with the MVIP pilot in Malawi, Kenya and Ghana.

Other things in the pipeline: the new monoclonal (L9LS), PfSPZ, transmission-blocking vaccines.
Also the new WHO Essential Medicines List (2023) added... can't remember, someone check.

Links: https://www.who.int/news/item/02-10-2023-who-recommends-r21-matrix-m-vaccine-for-malaria-prevention-in-updated-advice-on-immunization, https://www.gavi.org/vaccineswork

@dr.abdoulaye.sp @nana.ama.pubhealth you both work in EPI, share numbers if you can""",
    # 081 Figure 1, dermatology
    """\
Figure 1 post: silvery plaques on extensors, nail pitting, and a linear plaque along an old scratch (pic 3). Scraping gives pinpoint bleeding. Dx?

Comments:
@derm_anjali: psoriasis. Auspitz sign (pinpoint bleeding on scraping) + Koebner phenomenon (lesion along trauma). Check for PsA (CASPAR criteria).
@dr.kofi.derm: agree. For the residents: Nikolsky sign = skin slides off with pressure (PV, SJS/TEN, SSSS); Darier sign = urtication on rubbing (mastocytosis); Asboe-Hansen = bulla spreads with pressure.
@derm_anjali: and Koebner is also seen in lichen planus, vitiligo, warts (pseudo-Koebner). Buschke-Löwenstein tumour is something else entirely, giant condyloma.
@dr.kofi.derm: PASI would guide systemic therapy. Methotrexate first line in most of our settings; biologics if accessible.""",
    # 082 ophthalmology
    """\
pupils quiz (ophtho teaching for EM residents), short version

- Argyll Robertson: small irregular pupils, accommodate but don't react (neurosyphilis)
- Holmes-Adie: large tonic pupil, slow constriction, absent reflexes, young women
- Marcus Gunn: relative afferent pupillary defect on swinging light test (optic neuritis, big RD)
- Horner: ptosis, miosis, anhidrosis -> think carotid dissection if painful

@dr.sofia.oftalmo anything else for a 10-min slot?""",
    # 083 Latin America arboviruses, Chagas
    """\
Pregunta para los infectólogos: febrile illness with rash after the rains, which arbovirus?

Differentials we're seeing this season in the Amazon basin:
- dengue (DENV-3 re-emerging)
- chikungunya: severe polyarthralgia, can go chronic
- Zika: rash, conjunctivitis, mild fever; pregnancy = counselling
- Oropouche: headache, myalgia, recurrence after 1-2 weeks, and the reported vertical transmission cases (Brazil 2024, PAHO epidemiological alerts)
- Mayaro: looks like chikungunya
- yellow fever: jaundice + bleeding, unvaccinated
Also acute Chagas by oral transmission (açaí, sugar cane juice): fever, facial oedema, myocarditis. Romaña sign is for vector-borne (conjunctival) entry, not oral.

PAHO has a nice diagnostic algorithm (https://www.paho.org/en/topics/oropouche-fever). Testing: RT-PCR in the first 5 days, IgM after.
@dra.marcela.infecto @dr.joao.medtrop qué están viendo ustedes?""",
    # 084 travel medicine
    """\
Travel clinic Q&A, a few I got this week (generic):

1. "Do I need a yellow fever certificate for Kenya?" -> depends on the itinerary and where you're coming from; check the WHO country list. Vaccine single dose gives lifelong protection (IHR 2016 change), except a few special groups.
2. Japanese encephalitis vaccine for 3 weeks in rural Southeast Asia in the rainy season, staying near rice paddies -> yes, discuss.
3. Returned from Lake Malawi with fever, urticaria, eosinophilia 3 weeks later -> Katayama syndrome (acute schistosomiasis). Serology at 6-12 weeks, praziquantel repeat.
4. Transient itchy swellings on the forearm in someone who lived in Cameroon -> Loa loa, Calabar swellings. Check microfilaraemia before ivermectin or DEC (encephalopathy risk).
5. Fever + eschar after a safari in South Africa -> African tick bite fever (Rickettsia africae). Mediterranean spotted fever and Rocky Mountain spotted fever are the cousins.
6. Carrion's disease / Oroya fever (Bartonella bacilliformis) for trekkers in the Andean valleys of Peru - rare but nasty.
7. Tick-borne encephalitis vaccine for hiking in central Europe in summer: yes if outdoors a lot.

CDC Yellow Book 2024 is free online: https://wwwnc.cdc.gov/travel/page/yellowbook-home
@travelmed_ines @dr.kenji.travel""",
    # 085 obstetrics, member named Rose
    """\
IOL question - favourable cervix or not?

Primip at 41+3, Bishop score 5 (dilatation 1 cm, effacement 50%, station -2, soft, mid-position). Do you go straight to ARM + oxytocin or cervical ripening first?

@rose.obgyn: Bishop <= 6 = unfavourable, ripening first. Oral misoprostol 25 mcg 2-hourly (WHO 2022 and NICE NG207) or balloon. We use balloon for outpatient IOL.
@dr.tunde.o: agree with Rose. ARM with Bishop 5 in a primip is asking for a failed IOL and a CS for "failure to progress".
@rose.obgyn: and shoulder dystocia drills while we're on it: HELPERR, McRoberts + suprapubic pressure first, then internal manoeuvres (Rubin II, Woods screw), deliver posterior arm, all fours (Gaskin). Zavanelli is a last resort.
@dr.tunde.o: Robson classification for auditing your CS rate, group 1 (nullip, term, cephalic, spontaneous labour) is the one to watch.
OP: thanks Rose, thanks Tunde. Ripening it is.""",
    # 086 surgery eponyms
    """\
RIF pain in a 19yo - the classic surgical exam list in case someone needs it

- McBurney's point tenderness, Rovsing's sign (LIF pressure -> RIF pain), psoas sign, obturator sign, Blumberg (rebound)
- Alvarado score: >= 7 likely appendicitis; AIR score is better calibrated; Adult Appendicitis Score also works
- Imaging: US first in young women and kids, CT in adults otherwise
- Antibiotics-first for uncomplicated appendicitis: CODA trial (NEJM 2020) - 3 in 10 needed appendectomy by 90 days, higher with appendicolith
- Incisions: Lanz or Gridiron for open; laparoscopic standard
Other terms: Murphy's sign (cholecystitis), Kocher incision, Pfannenstiel, Hartmann's procedure, Whipple, Meckel's diverticulum (rule of 2s), Amyand's hernia (appendix in inguinal sac), de Garengeot (appendix in femoral).

@surg_reg_ifeoma and @dr.arjun.gs - you're the examiners this year, anything they always forget?""",
    # 087 orthopaedics
    """\
fracture classification cheat sheet, for the ortho rotation whatsapp (reposting here bc people asked)

wrist: Colles (dorsal angulation, FOOSH), Smith (volar, "reverse Colles"), Barton (intra-articular rim), Chauffeur's (radial styloid)
forearm: Monteggia = ulna # + radial head dislocation; Galeazzi = radius # + DRUJ disruption. (MUGR: Monteggia Ulna, Galeazzi Radius)
ankle: Weber A/B/C by fibula # level relative to syndesmosis. Ottawa ankle + Ottawa knee rules for who needs XR
hip: Garden I-IV for intracapsular NOF; Garden III-IV in the elderly -> hemi (Thompson or Austin Moore the old uncemented ones) or THR if active
kids: Salter-Harris I-V (SALTR), Gartland for supracondylar
spine: Denis three-column, TLICS
open #: Gustilo-Anderson I-IIIC; antibiotics within 1 h (BOAST 4)

@ortho_reg_dayo pls add the pelvis ones (Young-Burgess / Tile), I never remember""",
    # 088 renal, dictated
    """\
(voice note transcribed, sorry for the punctuation)

quick acid base teaching for the interns full stop metabolic acidosis step one comma check the pH and bicarb comma step two comma expected pCO2 by Winter's formula 1.5 times bicarb plus 8 plus or minus 2 full stop if the pCO2 is higher than that there's a respiratory acidosis too full stop
anion gap sodium minus chloride plus bicarb comma normal around 10 to 12 comma correct for albumin 2.5 for every 10 grams below 40 full stop high gap think MUDPILES or GOLDMARK comma lactate comma ketones comma renal comma toxic alcohols comma salicylates full stop
delta ratio to find a mixed picture full stop Kussmaul breathing in DKA full stop Henderson-Hasselbalch if you want to be fancy full stop
normal gap acidosis comma diarrhoea comma RTA type 1 2 4 comma saline in large volumes full stop that's why we moved to balanced crystalloids comma SMART and PLUS trials full stop
end of message @dr.ifeoma.renal correct me tomorrow""",
    # 089 haematology
    """\
blood film Friday: which of these did you see on this week's films? (images in the group)

- Howell-Jolly bodies: hyposplenism (SCD autosplenectomy)
- Heinz bodies + bite cells: G6PD deficiency crisis after fava beans / primaquine / dapsone
- Pelger-Huët (bilobed neutrophils): congenital or MDS (pseudo-Pelger)
- Auer rods: AML (M3 with faggot cells)
- Reed-Sternberg cells: Hodgkin on the node biopsy, not the film, I know
- Schistocytes > 1%: TTP/HUS/DIC
Bonus: Philadelphia chromosome t(9;22) in CML; direct Coombs for AIHA.

@haem_reg_ngozi winner gets a coffee""",
    # 090 psychiatry
    """\
psych eponym syndromes that come up in consult-liaison (and aren't just trivia)

- Capgras: a familiar person replaced by an impostor - think Lewy body dementia, post-stroke
- Cotard: believes they're dead / organs rotting - severe psychotic depression, ECT responsive
- De Clérambault (erotomania)
- Ekbom (delusional parasitosis) - the matchbox sign, often seen first by derm
- Fregoli: strangers are the same person in disguise
- Munchausen (factitious disorder) and Munchausen by proxy (factitious disorder imposed on another)
- Ganser syndrome: approximate answers
And the travel ones people joke about but do see: Jerusalem syndrome, Paris syndrome, Stendhal syndrome (Florence). Stockholm syndrome isn't a DSM diagnosis.

Screening tools we use on the wards: PHQ-9 (19/27 = moderately severe), GAD-7, 4AT for delirium, AUDIT-C, Mini-Cog.
@dr.ayesha.psych @cl_psych_mateo thoughts on whether 4AT replaced CAM on your wards?""",
    # 091 anaesthesia airway
    """\
Airway assessment & kit, short post for the new anaesthesia trainees

Predictors: Mallampati III-IV, thyromental < 6 cm, mouth opening < 3 cm, limited neck extension, upper lip bite test class III, obesity, beard. LEMON for ED.
Cormack-Lehane grade at laryngoscopy: 1, 2a, 2b, 3a, 3b, 4. Grade 3 -> bougie.
Kit names you'll hear: Macintosh (curved) vs Miller (straight) blade, Magill forceps, Guedel airway, i-gel / LMA (2nd generation), Bain circuit, McGrath / C-MAC videolaryngoscope.
Sellick's manoeuvre (cricoid pressure) - evidence poor, IRIS trial (JAMA Surg 2019) no difference in aspiration; release if it makes laryngoscopy harder.
DAS 2015 guidelines for unanticipated difficult intubation: Plan A-D, CICO -> scalpel-bougie-tube front of neck access.
Vortex approach if you like diagrams.

@anaes_reg_wei @dr.olu.anaesthesia anything you'd add for day 1?""",
    # 092 paediatrics
    """\
peds fever + rash differentials, quick list from our morning teaching

- Kawasaki: fever >= 5 days + 4 of 5 (conjunctivitis, lips/mouth, rash, extremity changes, cervical LN > 1.5 cm). IVIg 2 g/kg + aspirin. Incomplete KD in infants! Echo for coronary Z-scores.
- MIS-C (post-COVID) - overlaps
- IgA vasculitis (HSP): palpable purpura on buttocks/legs, arthritis, abdo pain, haematuria. Check BP + urine for 6 months.
- systemic JIA (Still's disease): quotidian fever, salmon rash, MAS risk (ferritin!)
- meningococcaemia: non-blanching rash + fever = ceftriaxone now. Kernig and Brudzinski are insensitive in infants.
- measles: Koplik spots, then rash from hairline down; vitamin A
- scarlet fever: sandpaper rash, strawberry tongue, Pastia lines
Other peds eponyms from the surgical side: Wilms tumour, Hirschsprung disease, Kasai procedure for biliary atresia (do it before 60 days).

@dr.maryam.peds @picu_nomvula good for the poster?""",
    # 093 tumour board, no identifiers
    """\
Tumour board format question - we're redoing our template. Here's a dummy example (no real patient) - what would you add?

CASE: 63M, PSA 14, MRI PI-RADS 5 left PZ lesion, TRUS/transperineal bx: Gleason 4+3=7 (ISUP grade group 3) in 6/12 cores, PSMA PET: no nodal or distant disease. cT2c N0 M0.
Options discussed: RP + PLND vs EBRT + 6 months ADT (NCCN unfavourable intermediate). Patient preference section.
Other dummy lines:
- breast: BI-RADS 4C, core bx IDC, ER 95%, PR 60%, HER2 1+, Ki-67 25% -> luminal B
- melanoma: Breslow 2.3 mm, ulcerated, Clark level IV -> pT3b, SLNB
- thyroid FNA: Bethesda IV -> molecular testing or lobectomy
- HCC: BCLC B, outside Milan criteria (3 lesions, largest 4.2 cm) -> TACE
- lymphoma: Lugano stage IIIA (Ann Arbor-based), Deauville 4 on interim PET
Template fields we have: MDT date, attendees, imaging reviewed (Y/N), pathology reviewed (Y/N), ECOG, recommendation, clinical trial eligibility, CNS named.

@onc_reg_precious @dr.hamid.rad @path_lindiwe""",
    # 094 group chat among members
    """\
pasted from our clinnet study group chat (all of us are on here, so tagging)

[07:42] @dr.farida.im: morning all. anyone know if the new ESC 2024 AF guideline changed the CHA2DS2-VASc to drop the sex criterion?
[07:45] @kojo.cardio: yes, CHA2DS2-VA now. Sex removed. Anticoagulate at 2, consider at 1.
[07:46] @dr.farida.im: and AF-CARE pathway replaced ABC?
[07:49] @kojo.cardio: yep. Comorbidity/risk factors, Avoid stroke, Reduce symptoms (rate + rhythm), Evaluation dynamically.
[07:52] @sunita.gp.md: for the GPs: apixaban dose reduction still needs 2 of 3 (age >= 80, weight <= 60, Cr >= 133). Don't underdose.
[08:03] @dr.farida.im: thanks both. Joining the 8:30 webinar from Heart Rhythm? link was on the society page.
[08:05] @kojo.cardio: can't, clinic. record it pls
[08:06] @sunita.gp.md: 👍""",
    # 095 brucellosis, Central Asia
    """\
Бруцеллёз question from a colleague in Central Asia (translating for her, she's not on here yet)

Clinical picture they see a lot in livestock-herding families: undulant fever, sweats with a peculiar smell, arthralgia, sacroiliitis, hepatosplenomegaly, orchitis in men. Unpasteurised milk / kumis / fresh cheese, lambing season.
Serology: Rose Bengal test (screening, card agglutination) -> SAT (Wright's test) >= 1:160, Huddleson plate test is still used in some labs; Coombs anti-Brucella for chronic cases. Blood culture positive in 40-70%, needs extended incubation.
Treatment (WHO / Ioannina recommendations): doxycycline 100 mg bd x 6 wks + streptomycin 1 g IM x 2-3 wks OR gentamicin 5 mg/kg x 7 days; doxy + rifampicin 6 wks is the oral alternative (more relapse). Spondylitis: 12 wks. Neurobrucellosis: add ceftriaxone.
Pregnancy: rifampicin + cotrimoxazole (after 1st trimester).

@dr.aigerim.id @timur_infect what's your relapse rate with doxy-rifampicin?""",
    # 096 leprosy, Pacific
    """\
leprosy still shows up in the Pacific - quick reminder for the new GPs

Cardinal signs (WHO): hypopigmented or reddish patch with definite sensory loss, thickened peripheral nerve with sensory loss or weakness, slit-skin smear positive.
Classification: paucibacillary (1-5 lesions, smear neg) vs multibacillary; Ridley-Jopling spectrum TT-BT-BB-BL-LL. Lucio phenomenon is rare (mostly Mexico).
MDT (WHO 2018): rifampicin + clofazimine + dapsone for both PB (6 months) and MB (12 months).
Reactions: type 1 (reversal) -> prednisolone 40 mg tapering; type 2 (ENL) -> prednisolone, thalidomide where available, clofazimine high dose.
Post-exposure prophylaxis: single-dose rifampicin for contacts (SDR-PEP).
Hansen's disease is the preferred name in a lot of places; don't use the old word in front of patients.

Kiribati, the Federated States of Micronesia and the Marshall Islands have some of the highest detection rates in the world. @dr.teuea.gp @pacific.derm.leilani anything to add?""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc23-001": [{"name": "Achieng Odhiambo", "handle": "@achieng_obgyn"}, {"name": "Peter Mwangi", "handle": "@mwangi.anaes"}],
    "pc23-003": [{"name": "Neha Rathore", "handle": "@dr_neha_r"}, {"name": "Kartik Meena", "handle": "@kartik.mo"}],
    "pc23-004": [{"name": "Hina Qureshi", "handle": "@hina_paeds_lhr"}],
    "pc23-005": [{"name": "Imran Hasan", "handle": "@imran_hasan_cxb"}],
    "pc23-006": [{"name": "Nour Khalil", "handle": "@nour.nephro"}],
    "pc23-007": [{"name": "Yasmine Farouk", "handle": "@dr.yasmine.onc"}, {"name": "Karim Mansour", "handle": "@karim_rad"}],
    "pc23-008": [{"name": "Claire Dubois", "handle": "@claire.pneumo"}],
    "pc23-009": [{"name": "Fiona Griffiths", "handle": "@fiona.griffiths.geri"}, {"name": "Kwesi Owusu", "handle": "@dr_owusu_ed"}],
    "pc23-011": [{"name": "Lukas Hoffmann", "handle": "@lukas.geriatrie"}, {"name": "Ines Becker", "handle": "@ines_kardio"}],
    "pc23-012": [{"name": "Marta Nowak", "handle": "@marta.zakazne"}, {"name": "Oksana Ivanenko", "handle": "@dr_ivanenko_kyiv"}],
    "pc23-013": [{"name": "Ainur Bekova", "handle": "@ainur.gastro"}, {"name": "Bekzat Omarov", "handle": "@bekzat_hpb"}],
    "pc23-014": [{"name": "Pavel Sokolov", "handle": "@pavel_nephro"}, {"name": "Dilnoza Yusupova", "handle": "@dilnoza.md"}],
    "pc23-015": [{"name": "Mehmet Demir", "handle": "@mehmet.cocuk"}, {"name": "Sara Kaya", "handle": "@dr_sara_k"}],
    "pc23-016": [{"name": "Parisa Ahmadi", "handle": "@dr_parisa_nephro"}, {"name": "Amir Hosseini", "handle": "@amir.tx.surg"}],
    "pc23-017": [{"name": "Anjali Menon", "handle": "@dr.anjali.icu"}, {"name": "Hamad Al-Kuwari", "handle": "@hamad_em_doc"}],
    "pc23-018": [{"name": "Rabin Karki", "handle": "@rabin_peds_ktm"}, {"name": "Anita Shrestha", "handle": "@dr.shrestha.id"}],
    "pc23-019": [{"name": "Lakmal Perera", "handle": "@lakmal.icu"}, {"name": "Nimali Fernando", "handle": "@nimali_tox"}],
    "pc23-020": [{"name": "Somchai Srisuk", "handle": "@somchai_md"}, {"name": "Naw Paw Htoo", "handle": "@dr_naw_paw"}],
    "pc23-021": [{"name": "Tran Thi Lan", "handle": "@dr.lan.icu"}, {"name": "Le Minh Thu", "handle": "@minhthu_anaes"}],
    "pc23-022": [{"name": "Mikaela Santos", "handle": "@dr_mikaela_pulmo"}, {"name": "RJ Villanueva", "handle": "@rj.nephro.ph"}],
    "pc23-023": [{"name": "Anisa Rahmawati", "handle": "@dr.anisa.spa"}, {"name": "Hendra Wijaya", "handle": "@hendra_picu"}],
    "pc23-024": [{"name": "Chen Jing", "handle": "@dr_chen_neuro"}, {"name": "Zhang Linlin", "handle": "@linlin_id"}],
    "pc23-025": [{"name": "Kenji Watanabe", "handle": "@kenji.hospitalist"}, {"name": "Yuko Mori", "handle": "@dr_mori_geri"}],
    "pc23-026": [{"name": "Yoon Seo-yeon", "handle": "@dr.yoon.gi"}, {"name": "Han Ji-woo", "handle": "@jiwoo_em"}],
    "pc23-027": [{"name": "Kate Morrison", "handle": "@dr_kate_rhd"}, {"name": "Jarrah Wilson", "handle": "@jarrah.physician"}],
    "pc23-028": [{"name": "Tevita Fifita", "handle": "@tevita.paeds"}, {"name": "Anahera Moana", "handle": "@dr_anahera_m"}],
    "pc23-029": [{"name": "Sereana Naivalu", "handle": "@dr.sereana"}, {"name": "Josefa Ratu", "handle": "@josefa_med"}],
    "pc23-030": [{"name": "Luiz Felipe Costa", "handle": "@drluizfelipe.infecto"}, {"name": "Camila Rocha", "handle": "@camila_cardio"}],
    "pc23-031": [{"name": "Ximena Torres", "handle": "@dra.ximena.neuro"}, {"name": "Alberto Ruiz", "handle": "@beto_infecto"}],
    "pc23-032": [{"name": "Paola Restrepo", "handle": "@dra.paola.gineco"}, {"name": "Juan Carlos Gómez", "handle": "@juancho_neonato"}],
    "pc23-033": [{"name": "Wilber Condori", "handle": "@dr.wilber.puno"}, {"name": "Lucía Vargas", "handle": "@dra_lucia_neumo"}],
    "pc23-034": [{"name": "Shawna Brown", "handle": "@dr.shawna.icu"}, {"name": "Rushane Williams", "handle": "@rushane_medicine"}],
    "pc23-035": [{"name": "Fabienne Joseph", "handle": "@dr.fabienne.pap"}, {"name": "Daniel Meyer", "handle": "@msf_peds_dan"}],
    "pc23-036": [{"name": "Chidi Okafor", "handle": "@chidi.okafor.em"}, {"name": "Sarah Whitfield", "handle": "@sarah_w_emdoc"}],
    "pc23-037": [{"name": "Maggie Sullivan", "handle": "@mags_fm_doc"}, {"name": "Terrence Boone", "handle": "@tbone_psych"}, {"name": "Ruth Alvarez", "handle": "@dr_ruthie_fm"}],
    "pc23-038": [{"name": "Liam White", "handle": "@dr_lwhite_surg"}, {"name": "Nicole Beaucage", "handle": "@anishinaabe.doc"}],
    "pc23-039": [{"name": "Selam Bekele", "handle": "@dr_selam_id"}, {"name": "Hailu Gebre", "handle": "@hailu.internist"}],
    "pc23-040": [{"name": "Kofi Mensah", "handle": "@kofi.peds.ksi"}, {"name": "Efua Boateng", "handle": "@dr_efua_surg"}],
    "pc23-041": [{"name": "Nomsa Khumalo", "handle": "@dr_nomsa_id"}, {"name": "Pieter van Wyk", "handle": "@pieter.neuro.jhb"}],
    "pc23-042": [{"name": "Chikondi Mwale", "handle": "@chikondi_md"}, {"name": "Tamanda Chirwa", "handle": "@dr.tamanda.onc"}],
    "pc23-043": [{"name": "Okello Moses", "handle": "@dr.okello.id"}, {"name": "Lucie Martin", "handle": "@lucie_msf_ug"}],
    "pc23-044": [{"name": "Adoum Mahamat", "handle": "@dr_adoum_tchad"}, {"name": "Claire Robert", "handle": "@claire.msf.ob"}],
    "pc23-045": [{"name": "Amina Yusuf", "handle": "@dr_amina_hargeisa"}, {"name": "Yusuf Ali", "handle": "@yusuf.tb.doc"}],
    "pc23-046": [{"name": "Mame Diarra Sow", "handle": "@dr.mame.diarra"}, {"name": "Babacar Ndiaye", "handle": "@babacar_pediatre"}],
    "pc23-047": [{"name": "Salvatore Russo", "handle": "@dr.salvo.pronto"}, {"name": "Martina Ferri", "handle": "@martina_ustioni"}],
    "pc23-048": [{"name": "Marc Soler", "handle": "@dr.marc.nefro"}, {"name": "Laia Puigdomènech", "handle": "@laia_internista"}],
    "pc23-049": [{"name": "Anouk Visser", "handle": "@dr_anouk_infectie"}, {"name": "Tom Jansen", "handle": "@tom.vaatchirurg"}],
    "pc23-050": [{"name": "Karin Lindqvist", "handle": "@karin_neurokir"}, {"name": "Olle Nyström", "handle": "@dr.olle.kardio"}],
    "pc23-051": [{"name": "Milica Petrović", "handle": "@dr_milica_ped"}, {"name": "Aleksandar Jovanović", "handle": "@aleksandar.tox"}],
    "pc23-052": [{"name": "Lupe Fonua", "handle": "@dr_lupe_cardio"}, {"name": "Mike Harrison", "handle": "@mike.ep.akl"}],
    "pc23-053": [{"name": "Akinyi Otieno", "handle": "@dr.akinyi.picu"}, {"name": "Tom Kariuki", "handle": "@tom_peds_em"}],
    "pc23-054": [{"name": "Sam Patel", "handle": "@sam.em.reg"}],
    "pc23-055": [{"name": "Nadia Rahman", "handle": "@drnadia.obmed"}, {"name": "Kwame Asare", "handle": "@kwame.em"}, {"name": "Li Na", "handle": "@li.radiology"}],
    "pc23-057": [{"name": "Faisal Rahim", "handle": "@dr.faisal.kk"}, {"name": "Akosua Frimpong", "handle": "@akos_peds"}],
    "pc23-058": [{"name": "Rajesh Iyer", "handle": "@dr.rajesh.em"}],
    "pc23-059": [{"name": "Sara Chowdhury", "handle": "@sara.peds.dhaka"}, {"name": "Ikhwan Abdullah", "handle": "@ikhwan_md"}],
    "pc23-060": [{"name": "Emeka Nwosu", "handle": "@dr.emeka.id"}, {"name": "Fatou Camara", "handle": "@fatou.ipc"}],
    "pc23-061": [{"name": "Kagiso Molefe", "handle": "@dr.kagiso.tb"}, {"name": "Mariam Said", "handle": "@mariam_pharm"}],
    "pc23-062": [{"name": "Thabo Nkosi", "handle": "@dr.thabo.hiv"}, {"name": "Neha Kulkarni", "handle": "@neha_id_clinic"}],
    "pc23-063": [{"name": "Fatima Bello", "handle": "@fatima_haem"}, {"name": "Musa Ibrahim", "handle": "@dr.musa.peds"}],
    "pc23-064": [{"name": "Ama Darko", "handle": "@ama.neonatal"}],
    "pc23-065": [{"name": "Alejandro Herrera", "handle": "@dr.alejandro.nc"}, {"name": "Precious Moyo", "handle": "@precious_icu"}],
    "pc23-066": [{"name": "Ingrid Berg", "handle": "@dr.ingrid.neuro"}, {"name": "Samir Haddad", "handle": "@samir_paramedic_md"}],
    "pc23-067": [{"name": "Tunde Adebayo", "handle": "@gi_reg_tunde"}],
    "pc23-068": [{"name": "Ravi Krishnan", "handle": "@hpb_surg_ravi"}, {"name": "Leila Benali", "handle": "@dr.leila.gastro"}],
    "pc23-069": [{"name": "Ana Ribeiro", "handle": "@dr.ana.cirurgia"}],
    "pc23-070": [{"name": "Nkechi Eze", "handle": "@cardio_nkechi"}, {"name": "Pablo Medina", "handle": "@dr.pablo.id"}],
    "pc23-071": [{"name": "Joseph Ssempa", "handle": "@dr.joseph.cardio.ug"}],
    "pc23-072": [{"name": "Pierre Lambert", "handle": "@drpierre.rea"}, {"name": "Adaeze Obi", "handle": "@adaeze_icu"}],
    "pc23-073": [{"name": "Zainab Hassan", "handle": "@dr.zainab.endo"}, {"name": "Lucas Moreau", "handle": "@lucas_im_resident"}],
    "pc23-074": [{"name": "Bart de Jong", "handle": "@dr.bart.neuro"}, {"name": "Ritu Sharma", "handle": "@ritu_neuro_aiims"}],
    "pc23-075": [{"name": "Chathura Jayasinghe", "handle": "@dr.chathura.tox"}, {"name": "Nilufar Karim", "handle": "@nilu_ed_reg"}],
    "pc23-076": [{"name": "Hamza Siddiqui", "handle": "@em_reg_hamza"}, {"name": "Grace Achterberg", "handle": "@sister.ed.doc"}],
    "pc23-077": [{"name": "Kieran Walsh", "handle": "@dr.kieran.med"}],
    "pc23-078": [{"name": "Obinna Chukwu", "handle": "@cardiac_surg_obi"}, {"name": "Helen Carter", "handle": "@dr.helen.em"}],
    "pc23-079": [{"name": "Marta Silva", "handle": "@dr.marta.resp"}],
    "pc23-080": [{"name": "Abdoulaye Traoré", "handle": "@dr.abdoulaye.sp"}, {"name": "Nana Ama Owusu", "handle": "@nana.ama.pubhealth"}],
    "pc23-081": [{"name": "Anjali Rao", "handle": "@derm_anjali"}, {"name": "Kofi Agyeman", "handle": "@dr.kofi.derm"}],
    "pc23-082": [{"name": "Sofia Castillo", "handle": "@dr.sofia.oftalmo"}],
    "pc23-083": [{"name": "Marcela Duarte", "handle": "@dra.marcela.infecto"}, {"name": "João Pereira", "handle": "@dr.joao.medtrop"}],
    "pc23-084": [{"name": "Inês Carvalho", "handle": "@travelmed_ines"}, {"name": "Kenji Sato", "handle": "@dr.kenji.travel"}],
    "pc23-085": [{"name": "Rose Mutua", "handle": "@rose.obgyn"}, {"name": "Tunde Oladipo", "handle": "@dr.tunde.o"}],
    "pc23-086": [{"name": "Ifeoma Nwankwo", "handle": "@surg_reg_ifeoma"}, {"name": "Arjun Nair", "handle": "@dr.arjun.gs"}],
    "pc23-087": [{"name": "Dayo Adeyemi", "handle": "@ortho_reg_dayo"}],
    "pc23-088": [{"name": "Ifeoma Okeke", "handle": "@dr.ifeoma.renal"}],
    "pc23-089": [{"name": "Ngozi Uche", "handle": "@haem_reg_ngozi"}],
    "pc23-090": [{"name": "Ayesha Malik", "handle": "@dr.ayesha.psych"}, {"name": "Mateo Fernández", "handle": "@cl_psych_mateo"}],
    "pc23-091": [{"name": "Wei Zhang", "handle": "@anaes_reg_wei"}, {"name": "Olu Bankole", "handle": "@dr.olu.anaesthesia"}],
    "pc23-092": [{"name": "Maryam Aziz", "handle": "@dr.maryam.peds"}, {"name": "Nomvula Zulu", "handle": "@picu_nomvula"}],
    "pc23-093": [{"name": "Precious Dube", "handle": "@onc_reg_precious"}, {"name": "Hamid Rezaei", "handle": "@dr.hamid.rad"}, {"name": "Lindiwe Mthembu", "handle": "@path_lindiwe"}],
    "pc23-094": [{"name": "Farida Osman", "handle": "@dr.farida.im"}, {"name": "Kojo Antwi", "handle": "@kojo.cardio"}, {"name": "Sunita Verma", "handle": "@sunita.gp.md"}],
    "pc23-095": [{"name": "Aigerim Nurlanova", "handle": "@dr.aigerim.id"}, {"name": "Timur Karimov", "handle": "@timur_infect"}],
    "pc23-096": [{"name": "Teuea Tekanene", "handle": "@dr.teuea.gp"}, {"name": "Leilani Kahale", "handle": "@pacific.derm.leilani"}],
}

build, render, main = first_set.blind_set(
    "pc23", Path(__file__).with_name("physician_cases_23.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
