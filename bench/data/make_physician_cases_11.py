# ruff: noqa: E501, RUF001 (the notes are data, with the names, diacritics and symbols people type)
"""Build ``physician_cases_11.jsonl``: blind test set 11 of invented physician posts.

Written blind by a helper session: without reading the detector, its tests, its docs or
any other test set (only the first script's markup, ``parse`` and the build helpers). Every
patient, relative, clinician, place, number and address is invented (US phones 555-01xx, UK
mobiles 07700 900xxx, documentation IP ranges, made-up email and web domains).

Set 11 leans towards outpatient, specialist and community practice worldwide: referral
letters, teledermatology and teleophthalmology, pasted portal messages and emails from
parents, adult children and carers, antenatal transfers, school health and vaccination,
occupational clinics, sports medicine and addiction services, with names from Chinese,
Japanese, Arabic, Amharic, Zulu, Xhosa, Akan, Hindi, Urdu, Nepali, Sinhala, Samoan, Tongan,
Fijian, Hungarian, Czech, Finnish, Swedish and Haitian Creole traditions, and dates in
national formats and calendars (Reiwa/Showa, Minguo, Bikram Sambat, Ethiopian, Hijri).

Conventions beyond the README: a name written in two scripts is two PT spans; a married or
birth name is PT too; a national id, personnummer, rodne cislo, CNIC, Aadhaar, CURP or RUT is
SSN, an NHS, TAJ, NHIS, NHI-card or insurer number is PLAN; a month alone or a day of a
religious month tied to the patient is DATE; a carer or proxy is REL; a community health
worker, ASHA or health visitor who cares for the patient is HCP; a sports club, regiment or
school the patient belongs to is FAC. In PHI-free notes, place-named diseases, scores,
schedules and haemoglobin variants, drug brands and street slang that read like names,
public helpline numbers, version strings and blank templates are deliberate look-alikes.

    python bench/data/make_physician_cases_11.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 teledermatology request from a Samoan village clinic
    """Teledermatology request — sent from the nurse station at [[FAC:Lalomanu Community Health Centre]], [[PLACE:Upolu]].
Pt: [[PT:Sina Faʻamausili]], F, 34, from [[PLACE:Poutasi]] village. Clinic no. [[MRN:WS-0048812]].
3 photos attached (taken [[DATE:14/02/2024]] on the clinic phone): annular scaly plaques on the trunk, some with central clearing, itchy x 2 months. Husband [[REL:Tavita]] has the same on his forearms. No KOH here.
My thinking is tinea corporis vs early borderline leprosy (we still see a few in the district) — sensation over the plaques normal to cotton wool, no thickened nerves that I can feel. Can you advise? Reply to [[EMAIL:lalomanu.chc@samoahealth-mail.ws]] or WhatsApp [[PHONE:+685 755 0121]].
Dr [[HCP:Mele Aumua]]""",
    # 2 Japanese referral letter, Reiwa and Showa dates, PMR at 90
    """Referral letter, my translation of the Japanese original (kept the details as written so the rheum team can match the chart):

紹介状 [[DATE:令和6年3月8日]]
Patient: [[PT:Watanabe Haruko]] ([[PT:渡辺 春子]]), female, born [[DATE:昭和8年4月12日]] ([[AGE:90]] y)
Address: 〒[[ZIP:156-0057]] [[TOWN:Setagaya-ku]] [[STREET:Kamikitazawa 3-14-7]]
Insurance (後期高齢者医療) insured no. [[PLAN:39131122]]
Referring: [[HCP:Kobayashi Ren]], [[FAC:Kobayashi Naika Clinic]]

Bilateral shoulder and hip-girdle pain, morning stiffness >1 h for 6 weeks, ESR 92, CRP 6.8, CK normal, RF/ACPA negative. PSL 15 mg started on [[DATE:R6.3.4]] with a dramatic response within 48 h. No headache or jaw claudication, but the right temporal artery is slightly tender. Her daughter [[REL:Yumi]] ([[PHONE:03-5550-0147]]) brings her.

For the group: at her age, would you go straight to temporal artery ultrasound, or PET-CT for large-vessel involvement first?""",
    # 3 Haitian Creole portal message from a mother, catch-up vaccination
    """Portal message from a mum this morning (Kreyòl, my translation in brackets). Posting because I'm not sure about the catch-up:

> Bonjou doktè [[HCP:Théodore]], se [[REL:Marie-Carmel Pierre-Louis]], manman [[PT:Wisly]]. [Good morning doctor, it's [[PT:Wisly]]'s mum.] Li gen lafyèv depi jedi, 39.4 maten an. Vaksen li yo te fèt nan [[FAC:Dispansè Sen Jera]] lavil [[TOWN:Jacmel]] men kanè a pèdi nan tranbleman tè a. [His vaccines were given at the dispensary in [[TOWN:Jacmel]] but the card was lost in the earthquake.] Rele m nan [[PHONE:305-555-0162]], nou toujou nan [[STREET:2261 NE 167th St]] apt 4.

[[PT:Wisly Jean-Baptiste]] is 4 (DOB [[DATE:11/09/2019]], MRN [[MRN:00873341]]), arrived [[YEAR:2023]], no documented MMR, DTaP or PCV. Fever settled, exam normal. Plan is MMR/VZV/hep B serologies and the standard catch-up, but mum keeps asking whether he needs BCG again (there is a scar on the left deltoid). Anything I'm missing for a child from Haiti?""",
    # 4 Czech occupational clinic, welder with work-related asthma
    """Pracovní lékařství, [[TOWN:Ostrava]]. Need a sanity check before I sign a posudek.

Welder, 56, [[PT:Jiří Dvořáček]] (RČ [[SSN:680412/1187]]), 31 years at [[FAC:Moravskoslezské kovárny a.s.]], hall 3, stainless and galvanised steel, extraction "works when the foreman is around". Since [[DATE:únor 2024]] wheeze and chest tightness worse on shifts, better at weekends at his chata in [[PLACE:Kunčice pod Ondřejníkem]]. FEV1 71 % pred, FEV1/FVC 0.64, post-BD +14 %. Serial PEF over 4 weeks: clear work-related pattern (OASYS 3.2).
The employer's safety officer emailed from [[EMAIL:bozp.hala3@mskovarny-demo.cz]] asking for a fit note by [[DATE:29. 3.]]

@lucie.horakova you did the chromium cases last year — is it reasonable to call this occupational asthma from chromate fume and recommend he leave the hall for good? He lives in [[PLACE:Poruba]], [[ZIP:708 00]], so redeployment to the [[FAC:Vítkovice plant]] would be realistic.""",
    # 5 ALL CAPS antenatal transfer, Eastern Cape
    """ANTENATAL TRANSFER — PHONED 10:52
FROM: [[FAC:Mqanduli Road Clinic]] (Sister [[HCP:Nobuhle Dlamini]])
TO: MATERNITY, [[FAC:Amathole Regional Hospital]]
PATIENT: [[PT:NOMVULA MTHEMBU]], 19 YRS, G1P0, BOOKED [[DATE:09/01/2024]], CLINIC FOLDER [[MRN:ECH/2291/23]], ID [[SSN:0503150841086]]
GA 33/40 BY SF (NO EARLY SCAN). BP 162/108 AND 158/110, URINE PROTEIN 3+, SEVERE FRONTAL HEADACHE, NO VISUAL SYMPTOMS. MGSO4 4 G IV + 5 G IM EACH BUTTOCK AT 10:40, NIFEDIPINE 10 MG PO. FH 148.
LIVES [[PLACE:MPEKO]] LOCATION, GRAVEL ROAD — AMBULANCE ETA 90 MIN. MOTHER [[REL:THANDEKA]] TRAVELLING WITH HER, CELL [[PHONE:082 555 0134]].

Posting for the registrars because the receiving doctor asked whether dexamethasone should be given before transfer or on arrival. We gave 12 mg IM before she left. Right call?""",
    # 6 Finnish sports medicine, second concussion
    """Urheilulääkäri in [[TOWN:Kuopio]], asking about return to play.
[[PT:Eetu Häkkinen]], 17, defenceman with [[FAC:Savon Kiekko U18]]. Second concussion this season: first on [[DATE:3.11.2023]] (hit from behind, 2 days of symptoms), second on [[DATE:19.1.2024]], shoulder to head, brief LOC, SCAT6 symptom severity 28 at 24 h, now 6 at day 12. Henkilötunnus [[SSN:061106A913K]] for the insurer's form. Dad ([[REL:Jari]]) keeps calling: scouts are coming to the playoffs on [[DATE:8.3.]]

Kiitos @anna.lindqvist for the graded protocol you posted last spring. Would you extend the sit-out beyond the usual six stages after two in 11 weeks? MRI normal. He is also in lukio with exams coming.""",
    # 7 Indian CHC, diabetic foot, Aadhaar and Ayushman card
    """Pt Mr [[PT:Ramesh Chandra Yadav]], 54/M, farmer, village [[PLACE:Sarai Kanchan]], tehsil [[PLACE:Phulpur]], district [[COUNTY:Prayagraj]]. Came to [[FAC:CHC Phulpur]] OPD on [[DATE:15-03-2024]] with a 3 week ulcer over R 1st MTP head, Wagner 2, probe-to-bone negative, ABI 0.92. HbA1c 11.2%, on metformin 500 BD only (takes it "when sugar feels high"). Aadhaar [[SSN:8123 4455 6120]], Ayushman card no. [[PLAN:PMJAY-UP-77120934]] so insulin and offloading are covered at the district hospital.
Son [[REL:Sunil]] works in [[TOWN:Surat]], number [[PHONE:+91 98765 50123]] — he handles everything on WhatsApp.
Offloading: nobody here can apply a TCC. Anyone tried a half-shoe made by the local cobbler? Sharing the photo with consent.""",
    # 8 Ethiopian TB/HIV clinic, Ethiopian calendar
    """TPT question from [[FAC:Kotebe Hidase Health Center]], [[PLACE:Yeka]] sub-city.
W/ro [[PT:Tigist Alemayehu]], 28, ART unique no. [[ID:0419-AA-2113]], on TLD since [[DATE:Meskerem 12, 2016 E.C.]] ([[DATE:22/09/2023]] G.C.), VL <50 at 6 months. Lives in [[PLACE:Woreda 07]], [[PLACE:Kebele 14]].
Her husband Ato [[REL:Dawit Getachew]] was diagnosed with smear-positive PTB last week at [[FAC:St. Yared Clinic]]; she has not disclosed her status to him. Her phone [[PHONE:+251 911 555 013]] — she asks that we only call after 6 pm.
3HP with dolutegravir: twice-daily DTG or not? Our national guideline still says 6H, but we have 3HP stock expiring.""",
    # 9 Tongan school health table, HPV/Td catch-up
    """School health visit, [[FAC:Hahake Middle School]], [[PLACE:Lapaha]] ([[PLACE:Tongatapu]]). HPV + Td catch-up, 4 kids with issues:

| Name | DOB | Form | Issue |
|---|---|---|---|
| [[PT:Sione Taufa]] | [[DATE:02/05/2011]] | 2 | missed dose 2, fainted last time |
| [[PT:Mele Vaipulu]] | [[DATE:17/10/2010]] | 3 | parent refused, now consented |
| [[PT:ʻAna Lātū]] | [[DATE:30/01/2011]] | 2 | RHD on monthly BPG |
| [[PT:Viliami Fifita]] | [[DATE:09/08/2010]] | 3 | "egg allergy" (irrelevant) |

Consent for [[PT:Sione]] was signed by his aunt [[REL:Lesieli Taufa]], not a parent — is that acceptable under MoH policy? And for [[PT:ʻAna]], any reason to space the HPV dose from her BPG injection day (she gets it at [[FAC:Vaiola]] on the first Tuesday)?""",
    # 10 Chinese hepatitis B clinic, WeChat
    """肝病门诊 follow-up, asking about functional cure.
[[PT:陈国强]] ([[PT:Chen Guoqiang]]), 46M, HBeAg-negative CHB on ETV since [[YEAR:2017]], HBV DNA undetectable, HBsAg now 86 IU/mL. ID [[SSN:110105197803150034]]. Works as a dispatcher at [[FAC:Tianfu Cold-Chain Logistics Park]], lives in [[PLACE:Jinjiang District]], [[TOWN:Chengdu]]. His wife [[REL:Liu Fang]] manages his appointments and sends me questions on WeChat ([[HANDLE:liufang_cq78]]) at all hours.
He wants to "finish" treatment before his daughter's wedding on [[DATE:5月18日]]. With qHBsAg <100, would you add peg-IFN for 48 weeks, or stop the NA and monitor? Our centre has been doing add-on; HBsAg loss in our hands ~30%.""",
    # 11 Taiwan home visit deprescribing, Minguo date
    """Family medicine, [[TOWN:New Taipei City]]. Home visit case, deprescribing advice.
[[PT:林美玲]] ([[PT:Lin Mei-ling]]), born [[DATE:民國22年5月3日]], so she is [[AGE:90]]. ID [[SSN:F223344556]], NHI card [[PLAN:000012345567]]. Lives with her Indonesian caregiver [[REL:Siti Rahayu]] at [[STREET:No. 12, Ln. 88, Sec. 2, Zhongshan Rd.]], [[PLACE:Banqiao Dist.]] [[ZIP:220]].
14 meds from 4 hospitals (MediCloud shows 3 separate PPIs last quarter). eGFR 34, recurrent falls, BP 102/60 sitting. Planning to stop doxazosin, glimepiride, two of the PPIs and the ginkgo "brain tonic". Her son [[REL:Lin Chih-hao]] lives in [[TOWN:Kaohsiung]] and wants to keep everything "because the professor prescribed it".
STOPP/START only gets me so far — how do you negotiate with the family?

Update after the second visit, for those who replied. I sat down with the caregiver and went through every box and bag in the kitchen. Full list as found:
- amlodipine 5 mg (cardiology), plus a second box of amlodipine 5 mg from the neighbourhood clinic
- doxazosin 2 mg nocte (urology, for "frequency" — she has no prostate, obviously; I think it was meant for her late husband)
- glimepiride 2 mg and metformin 500 BID (HbA1c 6.1, two hypos this year per the caregiver)
- esomeprazole, pantoprazole and lansoprazole, from three different hospitals
- alendronate weekly since [[YEAR:2014]]
- donepezil 5 mg, ginkgo, a Chinese herbal "liver protector" powder
- zolpidem 10 mg, lorazepam 0.5 mg prn (used nightly)
- aspirin 100 mg, no clear indication
What we did: stopped doxazosin and glimepiride immediately, one PPI kept at the lowest dose, alendronate holiday after 10 years, aspirin stopped, the duplicate amlodipine taken away. Zolpidem to be tapered over 4 weeks with the caregiver keeping the blister pack. Donepezil stays for now, because the MMSE of 19 was done in Taiwanese with her granddaughter interpreting and I don't trust it either way.
Her son phoned the same evening, upset that "a family doctor is cancelling the professor's orders". What finally worked was a three-way video call with the ward pharmacist and a printed list in Chinese with the reason for each change. He agreed to everything except the herbal powder, which I let go. Ms. [[PT:Lin]] herself said she was glad to swallow fewer pills and wants to keep walking to the temple market in the mornings.
One month on: no falls, BP 126/72 sitting, 118/70 standing, sleeping 5-6 hours without zolpidem. The next fight will be the cardiology clinic renewing everything at her follow-up.""",
    # 12 Moroccan Graves disease, French/English
    """Cas de thyroïde (français/anglais, désolée).
Mme [[PT:Fatima-Zahra El Idrissi]], 41 ans, de [[TOWN:Fès]], quartier [[PLACE:Aïn Kadous]]. CIN [[SSN:C512398]], AMO immatriculation [[PLAN:112345678]]. Vue à [[FAC:Clinique Al Boustane]] le [[DATE:4 mars 2024]]: Basedow récidivant après 18 mois de carbimazole, TRAb 9.8, goitre modéré, pas d'orbitopathie. She wants a pregnancy within the year, and she wants to fast [[DATE:Ramadan 1445]] and take the tablets at suhoor only.
Son mari [[REL:Youssef Benali]] préfère la chirurgie ("une fois pour toutes"). Tél [[PHONE:+212 6 55 50 01 23]].
Karim, you suggested total thyroidectomy for a similar case last year — still your view when RAI is available the same week?""",
    # 13 Nepali migrant returnee, Bikram Sambat date
    """Returnee from Qatar, query CKDu vs something else.
[[PT:Bikash Tamang]], 32, home since [[DATE:2080/11/27]] B.S. after 6 years on construction sites for [[FAC:Al Noor Contracting W.L.L.]] Village [[PLACE:Thulo Sirubari]], [[COUNTY:Sindhupalchok]]. Creatinine 2.8, trace proteinuria, small echogenic kidneys, BP normal. Labour permit no. [[LIC:LP-552019]] and passport [[ID:PA1234567]] needed for the compensation claim.
Wife [[REL:Sunita Tamang]] ([[PHONE:+977 980-5550123]]) says two other men from the village came home "with weak kidneys". Seen first at [[FAC:Chautara District Hospital]], referred to us for biopsy.
Anyone involved in the Mesoamerican nephropathy work seeing the same picture in South Asian migrants?

More detail, since people asked in the last thread what "CKDu" workup we can actually do here. Urine: bland sediment, no RBC casts, PCR 34 mg/mmol, glucose negative, urine β2-microglobulin not available. Uric acid 9.1, K 3.3 on no diuretics, Mg 0.6 — the hypokalaemia and hypomagnesaemia fit a tubulo-interstitial process. HBsAg, HCV and HIV negative. No NSAID history he admits to, though he says the site foreman handed out "pain tablets" in summer. He worked 10-hour shifts outdoors in 45 °C with two water breaks, and he tells me the men avoided drinking because the toilets were far.
Ultrasound: right 8.9 cm, left 9.2 cm, increased echogenicity, no hydronephrosis. So biopsy may show chronic interstitial nephritis with tubular atrophy and glomerulosclerosis, which would not change management much. The nephrology team at the referral centre still want it "for the claim".
My questions:
1. Is a biopsy justified at this size of kidney, given the bleeding risk and that it may not change treatment?
2. Has anyone got a standard letter for the compensation board that does not overclaim causation?
3. Screening: should we test everyone from his village who worked abroad, or is that a research question rather than a clinical one?
Happy to share the ultrasound images if useful.""",
    # 14 Sri Lankan viper-bite hypopituitarism
    """Follow-up clinic, [[FAC:Kekirawa Base Hospital]]. Post-viper-bite hypopituitarism?
[[PT:Wijesinghe Mudiyanselage Nirosha Kumari]], 39, paddy farmer from [[PLACE:Galkiriyagama]], NIC [[SSN:198456701234]]. Russell's viper bite on [[DATE:2024.02.11]] in the field, 20 vials AVS, AKI needing 4 sessions of HD. Now 5 weeks later: fatigue, hypotension, Na 126, 9 am cortisol 2.1 µg/dL, prolactin low. Her brother [[REL:Chaminda]] brings her on the bus. Clinic no. [[MRN:KBH/FU/0932]].
Started hydrocortisone 10/5/5. Wait for a synacthen (we have to send it out) or is the picture enough? And how long do you follow them — I've read of Sheehan-like presentations years later.""",
    # 15 Fijian chief refusing amputation
    """Diabetic foot, [[FAC:Labasa Divisional Hospital]] — looking for advice on a BKA conversation.
Ratu [[PT:Josefa Vakaloloma]], 63, from [[PLACE:Naduri]] village, [[COUNTY:Macuata]]. Wet gangrene R 4th/5th toes, ascending cellulitis, osteomyelitis on XR. HbA1c 13. He has refused amputation twice; says he must first present a tabua and consult the vanua. His wife Adi [[REL:Litia]] wants the surgery but won't overrule him. Her phone [[PHONE:+679 955 0147]].
He has asked to withdraw his FNPF medical benefit ([[ACCT:0041289]]) to go to a private hospital in [[TOWN:Suva]] — I doubt it will change the recommendation.
Pacific colleagues, any way to frame this culturally? @seini.fonua you mentioned working with the church talanoa sessions.""",
    # 16 Hungarian GP referral, falls at 92
    """Beutaló from the GP, roughly translated. Orthostatic hypotension vs something central?
Név: [[PT:Kovács Józsefné]], szül. [[PT:Nagy Erzsébet]], [[DATE:1931.06.14.]] ([[AGE:92]] é.). TAJ: [[PLAN:044 555 017]]. Lakcím: [[ZIP:7624]] [[TOWN:Pécs]], [[STREET:Szigeti út 41. III/8]].
Háziorvos: dr. [[HCP:Szabó Tünde]], [[FAC:Szigeti úti Háziorvosi Rendelő]].
4 falls in 3 months, BP lying 148/82 → standing at 3 min 104/60, HR unchanged (so probably neurogenic). On tamsulosin (for "urine" — nobody knows why), bisoprolol, mirtazapine. Son [[REL:Kovács Gábor]] will bring her; he works shifts at [[FAC:Pannon Hőerőmű]] so mornings only.
Start with tilt and Ewing tests, or just stop the tamsulosin and see?""",
    # 17 Swedish addiction service, depot buprenorphine in pregnancy (thread reply)
    """Beroendemottagningen, [[TOWN:Malmö]] — replying to Erik's thread.

> @erik.nystrom: has anyone kept a patient on monthly depot buprenorphine through pregnancy?

Yes. [[PT:Linnea Sjöberg]], pnr [[SSN:19890314-2384]], 34, G2, 14+3 by CRL. On Buvidal 128 mg monthly since [[DATE:2023-10-05]], given at our unit, no top-ups. Lives in [[PLACE:Rosengård]] with her mother [[REL:Birgitta Sjöberg]]; works nights cleaning buses at [[FAC:Lommabuss depå]]. Urine tox clean for 5 months. Her midwife at [[FAC:Barnmorskemottagningen Värnhem]] wanted her switched back to sublingual "to be safe". We kept depot. Next injection [[DATE:4/4]].
Happy to share our local PM, Erik.""",
    # 18 Ghanaian sickle cell child, TCD and hydroxyurea
    """HbSS child, abnormal TCD, asking about hydroxyurea.
[[PT:Akosua Boatemaa]], 9, class 4 at [[FAC:Asokwa M/A Basic School]], from [[TOWN:Ejisu]]. TCD TAMV 212 cm/s on [[DATE:12th March]]. We can't sustain a chronic transfusion programme. NHIS no. [[PLAN:12093357]], Ghana Card [[SSN:GHA-725553012-4]] (pharmacy now wants it for HU dispensing).
Maame [[REL:Adwoa Serwaa]] sells cloth at [[FAC:Kejetia Market]] and says she can afford HU if it's not more than two strips a month. Her number [[PHONE:024 555 0177]].
Plan: HU 20 mg/kg escalating to MTD, FBC every 4 weeks. [[PT:Akosua]]'s weight 24 kg. Kofi — does [[FAC:Komfo Anokye]] still run the HU clinic on Thursdays? Could refer.""",
    # 19 Jamaican lupus nephritis
    """Lupus nephritis, MMF vs cyclophosphamide given cost.
[[PT:Shanique Powell-Grant]], 27, lives in [[TOWN:Mandeville]], [[COUNTY:Manchester]], works at [[FAC:Blue Mahoe Call Centre]]. Biopsy [[DATE:Feb 29th]]: class IV-G (A), activity 11/24. Cr 142, UPCR 380 mg/mmol. TRN [[ID:112-555-018]]; NHF card [[PLAN:0931277]] only partly covers MMF.
Referred by Dr. [[HCP:Aldane Wint]] at [[FAC:Percy Junor]]. Her aunt [[REL:Claudette]] is her support.
Euro-Lupus low-dose CYC is cheaper here, but she wants children. Thoughts?""",
    # 20 raw voice dictation, Trinidad clinic letter
    """[voice dictation, uncorrected]
this is doctor [[HCP:ramesh persad]] dictating a clinic letter for [[PT:anil ramdass]] date of birth [[DATE:seventh of june nineteen sixty two]] hospital number [[MRN:4 4 7 1 9 0 2]] comma address [[STREET:twelve mango rose drive]] [[TOWN:chaguanas]] full stop new paragraph dear doctor [[HCP:maharaj]] comma thank you for referring this gentleman who works as a foreman at [[FAC:point lisas steel]] full stop he has had three episodes of central chest pain on exertion over two months comma treadmill was positive at stage two full stop new paragraph i have booked him for angiography at [[FAC:eric williams medical sciences complex]] on the [[DATE:twenty second]] comma his wife [[REL:indira]] can be reached on [[PHONE:868 555 0119]] full stop yours sincerely doctor [[HCP:persad]] end of dictation

sorry for posting it raw — anyone know a dictation app that copes with a Trini accent? it keeps writing angina as "anger".""",
    # 21 pasted clinic WhatsApp, Khayelitsha HIV viraemia in pregnancy
    """Pasting our clinic WhatsApp (shared with permission; closed group — mods tell me if not ok):

[07:41] [[HCP:Zanele Khumalo]]: Morning team. [[PT:Ayanda Mqhayi]] (folder [[MRN:KH-88210]]) VL back 12 400 on TLD, was <50 in [[DATE:Aug]]
[07:44] [[HCP:Luthando]]: she moved to [[PLACE:Site C]] in [[DATE:Nov]], collects at the [[FAC:Town Two CHC]] pick-up point now
[07:45] [[HCP:Luthando]]: adherence club says she missed 2 collections
[07:52] [[HCP:Zanele Khumalo]]: her gogo [[REL:Nosipho Mqhayi]] called, says [[PT:Ayanda]] is pregnant again, ±20 wks
[07:53] [[HCP:Zanele Khumalo]]: cell [[PHONE:073 555 0108]]

So: EAC x3 and repeat VL in 3 months per guideline, or resistance testing now given the pregnancy? @thabo.mokoena what does your unit do?""",
    # 22 teleophthalmology from Haiti, proliferative DR
    """Teleophthalmology consult — images from [[FAC:Centre de Santé Bon Repos]] ([[TOWN:Croix-des-Bouquets]]).
[[PT:Jean-Robert Dorvilien]], 61, T2DM ~15 yrs, never had an eye exam. Images (both eyes, 45°, non-mydriatic) uploaded [[DATE:12/03/2024]]: [[URL:https://share.retinasend-demo.net/c/8Fq2Lx]]
My read: OD NVD with preretinal haemorrhage inferiorly; OS severe NPDR, IRMA in 4 quadrants. VA 6/36 OD, 6/12 OS.
No PRP laser outside [[TOWN:Port-au-Prince]] and he'd have to get through [[PLACE:Tabarre]] with the road situation. Anti-VEGF (bevacizumab from the NGO stock) as a bridge? His daughter [[REL:Nadège]] has a moto and can bring him — [[PHONE:+509 3455 0126]].
Dossier [[MRN:CSBR-2024-0311]].""",
    # 23 UK memory clinic referral, Gurkha veteran aged 94
    """GP referral to memory clinic — advice on assessment through an interpreter.
[[PT:Dil Bahadur Gurung]], [[AGE:94]], ex-[[FAC:2nd Gurkha Rifles]], lives with his son's family at [[STREET:27 Church Lane]], [[TOWN:Aldershot]] [[ZIP:GU11 1PS]]. NHS no. [[PLAN:943 476 5919]]. Speaks Nepali and some Gurung; left school at 9, so the MoCA is close to useless.
Daughter-in-law [[REL:Sarita Gurung]] ([[PHONE:07700 900417]]) reports he got lost walking back from [[FAC:Wellington Avenue Surgery]] last month and has started calling her by his late wife's name, [[REL:Maya]].
Dr [[HCP:Helen Marsh]] (his GP) asked whether RUDAS would be better. @bishnu.thapa — you did the Nepali RUDAS translation, didn't you?""",
    # 24 lower-case phone-typed, Japanese school anaphylaxis plan
    """quick q from clinic, typing on phone sry
pt [[PT:sato haruto]] 8yo, peanut + cashew anaphylaxis last yr, school nurse at [[FAC:nishi-kasai elementary]] called bc they want a doctors letter before the [[DATE:4/26]] school trip to [[TOWN:nikko]]. mum [[REL:aya]] sent me the form on LINE ([[HANDLE:aya.s0301]]) and also called [[PHONE:090-5550-0188]] twice lol
can teachers give the epipen jr in japan w/o a nurse there? i think yes per the 2009 guidance but the vice principal is nervous. [[PT:haruto]] is 23kg so 0.15 still ok?""",
    # 25 Mexican cardio-obstetric referral, CURP and NSS
    """Consulta de referencia, cardio-obstetricia. Paciente [[PT:María Guadalupe Hernández Téllez]], 31, G3P2, 26 SDG, CURP [[SSN:HETG920512MPLRLD09]], NSS [[PLAN:1297 92 1234 5]], adscrita a [[FAC:UMF No. 57]], domicilio [[STREET:Calle 14 Sur 3908]], col. [[PLACE:San Baltazar Campeche]], [[TOWN:Puebla]], C.P. [[ZIP:72550]].
Rheumatic mitral stenosis, MVA 1.1 cm², mean gradient 12 on metoprolol, NYHA III since week 22. Her daughter [[REL:Itzel]] (14) interprets because she prefers Nahuatl at home.
Question: PMBC at 26 weeks here at [[FAC:HGR No. 36]] or transfer to the national institute? Our interventional team is willing.
Fecha de envío [[DATE:12/03/2024]].""",
    # 26 Chilean Aymara family with Chagas
    """Chagas screening in pregnancy caught the mother; now about the family.
[[PT:Juan Pablo Quispe Mamani]], 44, Aymara, RUT [[SSN:14.555.012-K]], construction worker in [[TOWN:Alto Hospicio]], born in [[PLACE:Colchane]]. Serology (ELISA + IFI) positive after his wife [[REL:Rosa Condori]] tested positive at her antenatal screen at [[FAC:CESFAM Pedro Pulgar]]. ECG RBBB + LAFB, echo EF 52%, no apical aneurysm.
Benznidazole at 44 with early cardiomyopathy — BENEFIT says no effect on hard outcomes, but he wants "to kill the bug". The kids ([[PT:Nayeli]], 7, and [[PT:Mateo]], 3) were tested too: [[PT:Nayeli]] positive, treating her of course.
Would you treat him?""",
    # 27 Nigerian thread reply, SJS after ART switch
    """> **Kemi Adebayo**: Has anyone seen Stevens-Johnson with the TLD switch? We had two this month.

Kemi, yes — one at our ART clinic. [[PT:Oluwaseun Adeyinka]], 34M, trader at [[FAC:Oja Oba market]] in [[TOWN:Ogbomoso]], switched TLE → TLD on [[DATE:2/2/24]], and cotrimoxazole was restarted the same week (CD4 180). Mucosal involvement from day 9, BSA ~12%. Hospital no. [[MRN:LTH/ART/05521]]. His brother [[REL:Tunde]] is the only one who knows his status; number [[PHONE:0803 555 0141]].
I think cotrimoxazole was the culprit, not DTG. He recovered and is on DTG with dapsone prophylaxis now.""",
    # 28 New Zealand Samoan teen, RHD prophylaxis adherence
    """RHD prophylaxis adherence, [[TOWN:Auckland]].
[[PT:Faʻafetai Leota]], 15, NHI [[ID:ZAC4471]], severe MR after ARF in [[YEAR:2021]], monthly BPG. Missed 3 of the last 6 injections. The family moved from [[PLACE:Ōtara]] to [[PLACE:Māngere East]] and the nurse can't find them. School: [[FAC:Aorere College]], Year 11. Mum [[REL:Lagi Leota]] works nights at [[FAC:Auckland Airport]] and is only reachable on Messenger ([[HANDLE:lagi.leota.77]]).
The faifeau at [[FAC:EFKS Māngere]] offered to let the nurse give the injection after Sunday service. Has anyone done church-based BPG? Worried about privacy and the cold chain.""",
    # 29 Danish teledermatology, suspected melanoma
    """Teledermatology from general practice — dermoscopy, please triage.
[[PT:Mette Østergaard]], 52, CPR [[SSN:140372-1236]], [[STREET:Frederiks Allé 88, 2. th.]], [[ZIP:8000]] [[TOWN:Aarhus C]]. Engineer at [[FAC:Jysk Vindkraft A/S]].
Lesion L scapula, 9 mm, new since her last check in [[YEAR:2022]] per her husband [[REL:Jens]]. Dermoscopy: atypical network, blue-white veil, 3 colours (7-point checklist 6). Photos: [[URL:https://derm-upload.praksis-demo.dk/case/55012]]
Sent via the regional pathway on [[DATE:13.03.2024]]. I'd excise with 2 mm margins myself tomorrow if derm agrees.""",
    # 30 Pakistani thalassaemia major, chelation
    """Thalassaemia major, chelation question.
[[PT:Muhammad Hamza Siddiqui]], 9y, at [[FAC:Noor Thalassaemia Care Centre]], [[PLACE:Gulberg III]], [[TOWN:Lahore]]. Transfused [[DATE:2 Feb]] and [[DATE:1 Mar]] (pre-Hb 7.8 and 8.1). Ferritin 4,200 on deferasirox 30 mg/kg; cardiac T2* 14 ms. Father [[REL:Imran Siddiqui]], CNIC [[SSN:35202-5550123-7]], drives for [[FAC:Shalimar Coaches]]. Mother wants to try hijama for the iron.
[[PT:Hamza]] misses school at [[FAC:Garden Town Model School]] two days a month for transfusion. Combination DFX + DFO, or switch to DFP + DFX?""",
    # 31 ALL CAPS Barbados referral form
    """REFERRAL FORM — MEDICAL OUTPATIENTS
PATIENT NAME: [[PT:DESMOND ALLEYNE]]   DOB: [[DATE:04-NOV-1957]]   NIS NO: [[SSN:571104-0213]]
ADDRESS: [[STREET:LOT 12 ROCK DUNDO]], [[COUNTY:ST. JAMES]]
NEXT OF KIN: [[REL:GLORIA ALLEYNE]] (WIFE)   TEL: [[PHONE:246-555-0139]]
REFERRING: DR [[HCP:K. CUMBERBATCH]], [[FAC:SPEIGHTSTOWN POLYCLINIC]]
REASON: TOPHACEOUS GOUT, 6 FLARES IN 12 MONTHS, URATE 0.62, eGFR 38. ON ALLOPURINOL 100 MG ONLY. PLEASE ADVISE RE FEBUXOSTAT.
HLA-B*58:01 — NOT DONE.

(posting the form because the polyclinic asks whether we screen HLA-B*58:01 in Afro-Caribbean patients before escalating allopurinol — do you?)""",
    # 32 Czech parent email, MMR exemption request
    """Pasting a parent email (my translation) because I get a version of this every week and would like better wording:

"Dobrý den, pane doktore, our son [[PT:Matyáš]] (born [[DATE:3. 5. 2023]]) starts at [[FAC:MŠ Sluníčko]] in [[PLACE:Líšeň]] in [[DATE:September]] and they want proof of MMR. We postponed it because his cousin had febrile seizures after it. Can you sign that he is exempt? Děkuji, [[REL:Tereza Nováková]], [[EMAIL:tereza.novakova84@seznam-demo.cz]], tel. [[PHONE:+420 605 550 127]]"

He has had the hexavalent x3, no seizures himself. A cousin's FS is not a contraindication. @petr.cerny — how do you phrase the refusal so it sticks without the family leaving the practice?""",
    # 33 Kinmen teledermatology, arsenical keratoses
    """Teledermatology from an offshore island clinic.
[[PT:王志明]] ([[PT:Wang Chih-ming]]), 71, oyster farmer in [[PLACE:Jinhu Township]], [[COUNTY:Kinmen County]]. Chart no. [[MRN:KM-330912]]. Photos sent by his granddaughter [[REL:王筱涵]] through LINE (ID [[HANDLE:xiaohan_0521]]) on [[DATE:2024/3/10]].
Multiple keratotic papules on the dorsal hands, punctate keratoses on palms and soles, one ulcerated nodule 1.5 cm on the R forearm. He drank well water until the 1970s. Arsenical keratoses + SCC? Biopsy booked at [[FAC:Kinmen Hospital]]. Any role for acitretin chemoprevention at his age?""",
    # 34 South African ex-miner, silicosis compensation
    """Occupational lung disease: silicosis + TB, compensation paperwork. Names kept because the family asked for help with the claim (consented).
[[PT:Sibusiso Zwane]], 61, ex rock-drill operator at [[FAC:Umzimvubu Deep Mine]] ([[YEAR:1984]]–[[YEAR:2009]]), ID [[SSN:6203155730087]], lives near [[TOWN:Nongoma]], [[COUNTY:Zululand]] district. MBOD certificate no. [[LIC:MBOD-2019-55012]] (first degree). CXR now shows PMF in the upper zones, prior TB x2.
He's owed second-degree compensation, but the payout is going to an account ([[ACCT:62555012344]]) his son says was closed. His wife Mrs [[REL:Thokozile Zwane]] can't read the letters.
Has anyone run a one-stop benefit medical exam clinic in rural KZN? Also, does a second TB episode change the certification?""",
    # 35 lower-case Finnish addiction clinic, naltrexone and tramadol
    """a-klinikka [[TOWN:tampere]], phone typed sorry
pt [[PT:onni virtanen]] 41m, AUD + benzos, wants naltrexone (sinclair method) but also on tramadol from his health centre doc. drives a bus for [[FAC:nysse]] and his driving licence [[LIC:FI-09128847]] review is on [[DATE:2.4.]] wife [[REL:aamu]] called to say he drinks in the car in their garage at [[STREET:hatanpään valtatie 22]].
obviously tramadol + naltrexone is a no — but do i also have to notify traficom about the driving? asking @mikko.laine, you had the duty-to-notify case""",
    # 36 Tunisian rabies PEP, switching vaccine abroad
    """PEP question, dog bite in [[TOWN:Sfax]]. [[PT:Yassine Ben Salah]], 23, student at [[FAC:École Nationale d'Ingénieurs de Sfax]], bitten by a stray on [[DATE:16/03/2024]] on [[STREET:route de Gremda km 4]] (category III, hand). Got ERIG + day 0 vaccine at [[FAC:Centre de Santé de Base Sakiet Ezzit]]. CIN [[SSN:09512377]]. His mother [[REL:Samira Trabelsi]] asks if he can finish the course in [[TOWN:Lyon]], where his internship starts on [[DATE:1er avril]]. Tél [[PHONE:+216 98 555 013]].
Switching brands mid-course (Verorab → Rabipur) acceptable? And how do I explain the Zagreb 2-1-1 vs Essen schedule difference to the French centre?""",
    # 37 Ethiopian father's portal message, name order confusion
    """Portal message from a dad (pasted as written):

"Hello doctor this is [[REL:Abebe Kebede]] father of [[PT:Hana Abebe]] DOB [[DATE:07/22/2016]]. [[PT:Hana]] have the rash again on her legs after we come back from visit grandmother in [[TOWN:Gondar]]. I send picture. Also the school nurse at [[FAC:Jefferson Elementary]] say she need form for epipen. Please call me [[PHONE:(612) 555-0154]] or email [[EMAIL:abebe.k.family@mailbox-demo.com]]. Thank you God bless"

She's 7, MRN [[MRN:7720415]]. Side note for anyone with Ethiopian families: [[REL:Abebe]] is her father's given name, not a family surname, so the school registering her as "[[PT:Hana Kebede]]" (grandfather's name) is why the EpiPen form keeps bouncing. Rash looks like papular urticaria — flea bites during the visit. Would you still patch test?""",
    # 38 auto-transcribed ambulance referral, eclampsia in Rajasthan
    """[dictated in the ambulance, auto-transcribed, not corrected]
referral from [[FAC:PHC Khejarli]] to [[FAC:Jodhpur Zila Mahila Hospital]] patient [[PT:Kamla Devi]] wife of [[REL:Bhanwar Lal]] age 24 gravida 3 para 2 thirty six weeks eclamptic fit at 4 pm today lasting one minute magnesium sulphate loading dose given as per Pritchard BP 170 by 112 catheterised urine 3 plus protein village [[PLACE:Guda Bishnoiyan]] MCTS number [[ID:0812 3456 7890 12]] ASHA [[HCP:Santosh Kanwar]] accompanying husband mobile [[PHONE:94140 55012]] please keep OT ready end

posting because the receiving unit complained that Pritchard IM was given "without their consent". Our protocol says give it before transfer. Who's right?""",
    # 39 Pakistani fast bowler, pars stress fracture
    """Fast bowler with a lumbar stress fracture, sports med in [[TOWN:Karachi]].
[[PT:Usman Qureshi]], 19, plays for [[FAC:Karachi Whites U19]]. Left L4 pars stress fracture on MRI [[DATE:28-02-2024]], unilateral, no frank defect. Mixed action on video, counter-rotation 38°. He has a camp at [[FAC:National High Performance Centre]] on [[DATE:April 20]] and his father [[REL:Tariq Qureshi]] is pushing.
@ahmed.raza you've managed a few bowlers — brace or no brace, and how long off bowling?""",
    # 40 Sri Lankan garment factory, mass fainting
    """Occupational health, [[PLACE:Katunayake]] EPZ. 23 workers fainted on one shift at [[FAC:Lanka Fine Knits (Pvt) Ltd]], line 7, on [[DATE:2024-03-14]]. Index case [[PT:K. A. Dilrukshi Perera]], 22, from [[TOWN:Kurunegala]], boards at [[STREET:41/3 Averiwatta Road]]. EPF no. [[ACCT:774512]].
All had normal glucose and ECG, CO 2 ppm, WBGT at the line 29 °C. The factory MO, Dr. [[HCP:Sanjeewa Gunasekara]], thinks mass psychogenic illness; the union says heat and skipped meals. HR wants a letter by Monday: [[EMAIL:hr.line7@lankafineknits-demo.lk]].
How have others written this up without blaming the workers?""",
    # 41 Australian sports med, gout in a young Samoan league player
    """Sports med, [[TOWN:Penrith]]. U20 rugby league: [[PT:Tavita Faleolo]], 19, acute podagra in pre-season, urate 0.58. Plays for [[FAC:St Marys Saints]]. Medicare [[PLAN:2955 01234 1]]. His cousin [[REL:Iosefa Faleolo]] had the same at 20. ABCG2 Q141K and SLC2A9 variants are common in Pacific families, so I'm not surprised.
Tupe, you've written on this — start allopurinol after a single attack at 19?""",
    # 42 Japanese occupational physician, overwork interview
    """産業医 here, [[FAC:Tōyō Denki Kawasaki Works]]. Long-hours interview today: [[PT:Yamamoto Daisuke]] ([[PT:山本 大輔]]), 34, employee no. [[ID:TD-204417]], 112 h overtime in [[DATE:2月]]. PHQ-9 17, item 9 = 1. Lives alone in the company dormitory in [[PLACE:Musashi-Kosugi]]. Emergency contact: his sister [[REL:Yamamoto Saki]], [[PHONE:080-5550-0193]].
I recommended immediate work restriction and referral to [[FAC:Kosugi Mental Clinic]]. He "refuses to be a burden" and won't consent to me telling his manager why. How do others handle this?""",
    # 43 Hungarian infant pertussis, household contacts
    """Pertussis in a 6-week-old, contact tracing question. [[PT:Lakatos Bence]], born [[DATE:2024. január 29.]], admitted to [[FAC:Nyíregyházi Megyei Kórház]]. Family lives in [[PLACE:Huszártelep]], [[TOWN:Nyíregyháza]], 11 people in 3 rooms. Mother [[REL:Lakatos Renáta]] (19) was not vaccinated in pregnancy; grandmother [[REL:Balogh Ilona]] has coughed for 4 weeks. Védőnő [[HCP:Orsós Krisztina]] visits weekly. TAJ [[PLAN:126 555 904]].
Azithromycin prophylaxis for all 11? Tdap for the adults now, or is it too late to matter?""",
    # 44 Swedish school doctor, eating disorder
    """Skolläkare, [[FAC:Norrvikens gymnasium]], [[TOWN:Umeå]]. [[PT:Ebba Lind]], 16, BMI 15.8, HR 44 lying, sent by the school nurse [[HCP:Karin Holm]] after she fainted in PE. Personnummer [[SSN:20071122-4427]]. Mum [[REL:Sara Lind]] emailed me from [[EMAIL:sara.lind@telia-demo.se]] asking for "just a referral". BUP waiting list 6 weeks.
Orthostatic HR rise 38, K 3.2, phosphate normal. @johanna.berg — you'd admit her on HR alone, right?""",
    # 45 AEFI at a school HPV campaign, Durban
    """AEFI report from the school HPV campaign, [[PLACE:Umlazi]]. [[FAC:Mzimela Secondary School]], grade 7 girls, dose given [[DATE:6 March]].
Learner [[PT:Lindiwe Ngcobo]], 13, syncope followed by jerking for ~2 min, 3 min after the dose. Brighton criteria for generalised seizure not met (no witnessed tonic phase, immediate recovery). 5 more girls "fainted" over the next half hour. Nurse [[HCP:Gift Mahlangu]] handled it calmly. Her grandmother Mrs [[REL:Ngcobo]] now refuses dose 2 and the other parents are talking on a WhatsApp group.
Psychogenic cluster, I think. How do you reassure a community without sounding dismissive?

What we did on the day: all six were laid flat in the staffroom, observed for 30 minutes, vitals normal, glucose 4.8 to 6.1, no urticaria, no wheeze, no hypotension, so nothing fits anaphylaxis (adrenaline was drawn up and not needed). Nobody went to hospital. We completed the AEFI case investigation forms the same afternoon and the district EPI coordinator was informed.
What is happening now: a voice note is going around claiming the vaccine "made the girls fit" and that it causes infertility. The principal wants us to come back and speak at the parents' meeting, and the teachers want to know if they can refuse to host the second dose.
My draft talking points:
- Fainting after injections is common at this age, it is from the needle and standing, not from what is in the vaccine.
- The jerking movements that happen during a faint are not epilepsy.
- More than 500 million doses have been given worldwide; no link with infertility.
- For dose 2 we'll vaccinate seated, in a quieter room, in small groups, with 15 minutes of observation.
Anything you would add or take out? Especially from colleagues who have done this in isiZulu — my isiZulu is functional, not persuasive.""",
    # 46 Dominica antenatal transfer, PPROM
    """Antenatal transfer advice. [[PT:Kerlisha Auguiste]], 22, G1 at 29 weeks, from [[PLACE:Salybia]] in the [[PLACE:Kalinago Territory]]. PPROM [[DATE:Mar 17]], seen at [[FAC:Marigot Health Centre]], now at [[FAC:Dominica China Friendship Hospital]]. Soc. sec. no. [[SSN:DM-0448821]]. Partner [[REL:Jerome]] on [[PHONE:767-555-0172]].
No NICU that takes <32 weeks here. Medevac to the French islands before delivery, or steroids + latency abx and hope for 32? Erythromycin or azithro for latency?""",
    # 47 Czech addiction service, methamphetamine psychosis
    """Adiktologie, [[TOWN:Most]] — meth psychosis in a young dad, child-protection asks for a report.
[[PT:Tomáš Horvát]], 27, IV pervitin ~6 years, lives on the [[PLACE:Chanov]] estate with his girlfriend [[REL:Veronika Dušková]] and two kids. RČ [[SSN:961023/3341]]. Works (when he works) for [[FAC:Krušnohorské stavby s.r.o.]] Admitted with persecutory delusions on [[DATE:14. března]], clear after 5 days on olanzapine.
What do you put in an OSPOD report — diagnosis only, or prognosis for parenting too?""",
    # 48 Finnish Puumala nephropathia epidemica in a forestry worker
    """Nephropathia epidemica (Puumala) in a forestry worker — AKI question.
[[PT:Ville Korhonen]], 45, harvester operator for [[FAC:Metsä-Savo Oy]], summer cottage at [[PLACE:Kolovesi]]. Puumala IgM positive. Creat 412, platelets 38, transient myopia on day 3. Hetu [[SSN:210378-1457]]. Admitted to [[FAC:Mikkelin keskussairaala]] on [[DATE:14.3.]], wife [[REL:Tiina]] asking whether he'll need dialysis long term.
Urine output picking up. Thresholds you use for HD in NE?""",
    # 49 email from an adult son abroad, anticoagulation at 91
    """Email from a patient's son in Canada, pasted (he asked me to share for a second opinion):

"Dear Dr. [[HCP:Zhou]], my father [[PT:Huang Jianhua]] ([[PT:黄建华]]), [[AGE:91]], is at [[FAC:Yuexiu Kangning Nursing Home]], room 308. He is on warfarin for AF and the INR was 5.2 last week. Could he switch to apixaban? I'm [[REL:Huang Wei]], in [[TOWN:Vancouver]], [[EMAIL:wei.huang.van@northmail-demo.ca]], WeChat [[HANDLE:hwei_van]]. Father's hospital card [[MRN:GZ-0402-1733]]."

CrCl ~28, weight 49 kg, on amiodarone. Apixaban 2.5 BID or stay on warfarin with weekly INR?""",
    # 50 WhatsApp with a daughter during Ramadan, hypoglycaemia
    """WhatsApp with a patient's daughter during Ramadan (translated from darija):

[21:14] [[REL:Salma]]: docteur, mama's sugar was 0.52 g/L at 15h, on [[DATE:15 Ramadan]], she refused to break the fast
[21:15] me: give her sugar now and break the fast. Is she awake?
[21:16] [[REL:Salma]]: yes she drank juice, now 1.10
[21:20] [[REL:Salma]]: she says Dr [[HCP:Tazi]] at the [[FAC:dispensaire Sidi Moumen]] told her it's fine to fast with the pills

Patient [[PT:Khadija Ouazzani]], 68, [[TOWN:Casablanca]], on glibenclamide 10 mg (not gliclazide!) + metformin. IDF-DAR score puts her high risk. What do you do when the family and the imam both say she can fast?""",
    # 51 teleophthalmology from a Khumbu health post
    """Teleophth from [[FAC:Pangboche Health Post]]. [[PT:Pasang Lhamu Sherpa]], 67, yak herder from [[PLACE:Khumjung]], gradual vision loss both eyes, worse in sunlight. Photos taken [[DATE:2080 Falgun 20]] with the smartphone adapter: [[URL:https://tele-eye.himal-demo.org/case/p-4471]]
Dense brunescent cataracts, can't see the fundus; pterygium OD encroaching 3 mm. Her grandson [[REL:Ang Dorje]] is a trekking guide and can bring her down to [[TOWN:Lukla]] for the flight — [[PHONE:+977 984-5550142]].
Is a screening camp more sensible than a flight for one patient?""",
    # 52 referral letter, Haitian elder in Boston, many identifiers
    """Referral letter (dictated, lightly edited):

Re: [[PT:Fortuné Dieujuste]], DOB [[DATE:01/15/1932]] ([[AGE:92]]), [[STREET:44 Blue Hill Ave]], [[PLACE:Mattapan]], MA [[ZIP:02126]]. MRN [[MRN:3304128]], MassHealth ID [[PLAN:100555012934]].
Dear colleague, thank you for seeing Mr. [[PT:Dieujuste]] for his worsening heart failure (EF 30%, NYHA III). He had a pacemaker placed at [[FAC:Hôpital Albert Schweitzer]] in [[YEAR:2011]] (device serial [[DEVICE:PJN604177K]]), never interrogated since. His daughter [[REL:Rose-Andrée Dieujuste]] ([[PHONE:617-555-0181]]) manages his medicines; the pastor at [[FAC:Église Baptiste Haïtienne de Mattapan]] drives him to appointments.
Sincerely,
[[HCP:Marie-Claude Bastien]], MD""",
]

FREE_NOTES: list[str] = [
    # 1 Kawasaki IVIG-resistance scores named after Japanese authors
    """Kobayashi, Egami or Sano? For predicting IVIG resistance in Kawasaki disease we use the Kobayashi score (≥4 = high risk) and add prednisolone 2 mg/kg per RAISE, but the score performs poorly outside Japan. In our mixed Pacific/Asian population the sensitivity was about 40%. Anyone validated Egami (≥3) or the Sano criteria locally? Also: would you still call it incomplete KD at day 6 with 3 of 5 criteria, CRP 142, albumin 28, ALT 88 and sterile pyuria, if the echo shows a Z-score of 2.3 in the LAD?""",
    # 2 Chinese place-named deficiency diseases and herbal products
    """Selenium question from a rural county clinic. We still see children with Kashin-Beck disease (short fingers, enlarged interphalangeal joints) and occasionally an adult with Keshan disease-like cardiomyopathy. Does anyone supplement sodium selenite at 100 µg/day in endemic areas, or is iodised salt + diet change enough now?
Also, a caution: Xiao Chai Hu Tang with interferon-α was linked to interstitial pneumonitis in the 1990s, and Yunnan Baiyao is in half our patients' bags before surgery. I ask about both at pre-op.""",
    # 3 Tokyo Guidelines cholangitis grading, with members
    """@hiroshi.mori thanks for the TG18 summary. To add: Tokyo Guidelines grade II needs two of WBC >12 or <4, fever ≥39 °C, age ≥75, bilirubin ≥5 mg/dL, albumin <0.7 × LLN. Charcot's triad is only ~25% sensitive; Reynolds' pentad is rarer still. In Mirizzi type II we still go straight to ERCP with a plastic stent, and Lemmel syndrome is worth remembering when there's a juxtapapillary diverticulum. Grade III = organ dysfunction, drain within 24 h.""",
    # 4 Nordic place-named infections
    """Late-summer rash + arthritis in a berry picker: think Sindbis. It has three local names — Pogosta disease in Finland, Ockelbo disease in Sweden and Karelian fever in Russia — same alphavirus, spread by Culex/Culiseta, peaks in late summer. Serology IgM from day 8. Arthralgia can last a year.
Aino mentioned last week that Puumala nephropathia epidemica was up too; the two get confused when the rash is faint. And for the cardiologists: Skellefteå disease (hATTR, Val30Met, now p.Val50Met) clusters in northern Sweden — late-onset cases mimic HFpEF.""",
    # 5 Central European eponyms and criteria
    """Budapest vs Prague: I keep mixing up which is which when teaching. Budapest criteria = CRPS (continuing pain, ≥1 symptom in 3 of 4 categories, ≥1 sign in 2 of 4). Prague C&M = Barrett's length (C2M5 means circumferential 2 cm, maximum 5 cm). While we're at it: Jendrassik manoeuvre, Bárány caloric test, Semmelweis reflex, Kaposi sarcoma — all Hungarian. Purkyně (Purkinje) fibres and Pick disease are Czech. Mendel was Moravian. Quiz for the students on Friday.""",
    # 6 West and Southern African place-named diseases
    """Teaching list for the new interns, diseases named after African places and people:
- Lassa fever (Borno State town), ribavirin within 6 days
- Buruli ulcer (M. ulcerans), rifampicin + clarithromycin 8 weeks
- O'nyong-nyong (Acholi for "joint breaker")
- Marburg, named for the German lab town, not an African place
- Burkitt lymphoma, described in Ugandan children
- Konzo: cassava cyanide, spastic paraparesis
- Podoconiosis: not filarial, barefoot on volcanic clay
Kigali modification of the Berlin ARDS definition (SpO2/FiO2 ≤315, no PEEP requirement) for sites without ABGs.""",
    # 7 South Asian place-named terms
    """Place names that are not PHI in a South Asian clinic, since the new registrar flagged half of them in the audit: Madura foot (mycetoma, eumycetoma vs actinomycetoma), Bombay blood group (hh, no H antigen, only Oh blood will do), Kyasanur Forest disease (Karnataka, monkey fever), Indian childhood cirrhosis, Uddanam nephropathy, Delhi belly. Also Kerala Nipah outbreaks. None of these identify anyone.""",
    # 8 Latin American eponyms, Spanish
    """¿Alguien tiene experiencia con nifurtimox en adultos mayores de 50? En Chagas crónico indeterminado seguimos tratando a menores de 18 y mujeres en edad fértil. Signo de Romaña en agudo es raro ahora. Otras del curso: enfermedad de Carrión (fiebre de La Oroya / verruga peruana), fiebre hemorrágica argentina (Junín) y boliviana (Machupo), fiebre de Oropouche y Mayaro. Lo de Carrión: cloranfenicol + beta-lactámico en la fase aguda.""",
    # 9 Pacific rheumatic heart disease criteria
    """RHD in the Pacific, a refresher for new staff. Revised Jones criteria (2015): in moderate/high-risk populations, monoarthralgia and polyarthritis both count as major, fever ≥38.0, ESR ≥30. WHF 2023 echo criteria for screening: "borderline" vs "definite" RHD. Secondary prophylaxis: BPG 1.2 MU every 28 days (21 days if breakthrough). Kava dermopathy is not a drug reaction. Ciguatera can cause bradycardia and temperature reversal for weeks.""",
    # 10 Caribbean toxicology eponyms
    """Jamaican vomiting sickness is still around: unripe ackee (hypoglycin A), profound hypoglycaemia in children, usually in the cooler months. Not to be confused with Jamaica ginger paralysis (TOCP, 1930 USA). In Trinidad and Tobago we also see HTLV-1 myelopathy. Sent 2 of each to the national lab last year. Every grandmother knows about unripe ackee; not every junior doctor does.""",
    # 11 sports medicine tests and eponyms, thread
    """@sipho.ndlovu re your knee question: Lachman is more sensitive than anterior drawer; pivot shift is specific but hard awake. Thessaly at 20° for meniscus, McMurray less useful. A Segond fracture = ACL until proven otherwise. For the ankle, Ottawa rules; for the 5th metatarsal, a Jones fracture (zone 2) needs non-weight-bearing or a screw in athletes, unlike a pseudo-Jones avulsion. Maisonneuve if the fibula is tender high up. For prevention: FIFA 11+, Nordic hamstring, and the Copenhagen adduction exercise.""",
    # 12 vaccination schedules named after places
    """PEP schedules with place names, since the last thread got confused:
| Schedule | Days | Notes |
|---|---|---|
| Essen (4-dose) | 0, 3, 7, 14 | IM, healthy |
| Zagreb (2-1-1) | 0 (x2), 7, 21 | IM, fewer visits |
| Updated Thai Red Cross | 0, 3, 7 (x2 ID each) | intradermal, WHO 2018 |
| IPC (Institut Pasteur du Cambodge) | 0, 3, 7 (x2 ID) | 1-week |
Brighton Collaboration definitions for AEFI are what we report against. Lot numbers go on the card, not the post.""",
    # 13 addiction scales and slang that look like names
    """New to the addiction service, so a glossary for the residents:
- CIWA-Ar ≥15: symptom-triggered diazepam; COWS for opioid withdrawal
- AUDIT-C ≥5 positive in women here, ≥6 in men
- "Tina" = crystal meth, "Molly"/"Mandy" = MDMA, "Charlie" = cocaine, "G" = GHB/GBL, "Special K" = ketamine
- Minnesota model ≠ harm reduction
Yes, someone wrote "pt uses Tina and Charlie at weekends" in the referral, and the audit bot flagged two names. @lerato.molefe, can we add this to the induction pack?""",
    # 14 dermatology eponyms, including ordinary-word names
    """Dermatology eponyms that look like people or places in notes: Sweet syndrome (neutrophilic dermatosis, not "sweet"), Koebner phenomenon, Auspitz sign, Nikolsky sign, Darier sign, Hailey-Hailey, Wickham striae, Leser-Trélat, Jessner, Majocchi granuloma. Naevus of Ota (V1/V2) and naevus of Ito (shoulder) are common in our East Asian patients, and congenital dermal melanocytosis ("Mongolian spots") must not be mistaken for bruising. Fitzpatrick V-VI skin hides erythema.""",
    # 15 ophthalmology eponyms and grading
    """Quick teleophthalmology tip list:
* Vogt-Koyanagi-Harada: bilateral granulomatous panuveitis + poliosis, vitiligo, tinnitus
* Best disease: the name is Friedrich Best, not "best"
* Coats, Stargardt, Leber — all in the inherited retinal disease clinic
* Adie pupil vs Argyll Robertson; Marcus Gunn = RAPD
Grading: R2 M1 in the English scheme vs "moderate NPDR with DME" in ICDR. Snellen 6/12 = 20/40 = logMAR 0.3.""",
    # 16 obstetric eponyms and scores
    """Shoulder dystocia drill debrief (no patient details): McRoberts + suprapubic pressure resolved ~50% in our audit; Rubin II, Woods screw, then posterior arm. Zavanelli never used. Bishop score was 4 at the start. Apgars 3/7/9. Robson group 5 is our biggest CS contributor. Kielland forceps are gone from our unit; Kiwi OmniCup for rotational ventouse. Edinburgh Postnatal Depression Scale ≥13 at 6 weeks triggers referral.""",
    # 17 nephrology place-named nephropathies
    """Three place-named nephropathies in one week, none is PHI: Balkan endemic nephropathy (aristolochic acid), Mesoamerican nephropathy, Uddanam nephropathy. Then Finnish-type congenital nephrotic syndrome (NPHS1, nephrin) in the genetics clinic. Oxford MEST-C for IgA (Berger) disease: M1 E0 S1 T1 C0. Alport vs thin basement membrane: COL4A5. Fabry: α-Gal A. @rohan.perera what's your cut-off for biopsy in CKDu?""",
    # 18 cardiology eponyms and ECG patterns
    """Bakare asked for the ECG patterns list from Tuesday's teaching:
1. Wellens type A/B — critical proximal LAD
2. de Winter — upsloping ST depression, peaked T
3. Sgarbossa (modified, Smith) — LBBB/paced MI
4. Brugada type 1 coved ≥2 mm
5. Osborn J waves — hypothermia
6. Epsilon waves — ARVC
Murmurs: Austin Flint, Graham Steell, Carey Coombs (acute rheumatic fever). Takotsubo (octopus pot) and Kounis syndrome for the cardiac allergy fans.""",
    # 19 TB and respiratory eponyms
    """TB teaching slides: Ghon focus + hilar node = Ghon complex; calcified = Ranke complex. Pott's disease T10-L1 most common. Lady Windermere syndrome = MAC in the lingula/middle lobe of older women who suppress cough. Löfgren (EN, BHL, arthritis) and Heerfordt (uveoparotid fever) are sarcoid. Kerley B lines, Hampton hump and Westermark sign for the radiology quiz. Xpert MTB/RIF Ultra "trace" in PLHIV counts as bacteriologically confirmed. BPaLM for 6 months.""",
    # 20 endocrinology eponyms, with member
    """@nadia.haddad on your thyroid thread: Hashimoto vs de Quervain vs Riedel — RAIU distinguishes the painful subacute one. Jod-Basedow after contrast, Wolff-Chaikoff as the opposite. Pemberton sign for retrosternal goitre. Chvostek and Trousseau post-thyroidectomy. Also Sheehan, Nelson, Conn, Addison, Cushing, Kallmann — the endocrine eponym hall of fame. Graves (Basedow in Europe) ophthalmopathy: CAS ≥3 → IV methylprednisolone 4.5 g over 12 weeks.""",
    # 21 neurology eponyms and place-named diseases
    """Neurology quiz answers: Guillain-Barré, Miller Fisher (ataxia, areflexia, ophthalmoplegia; anti-GQ1b), Bickerstaff brainstem encephalitis, Lambert-Eaton, Holmes-Adie, Wernicke-Korsakoff, Marchiafava-Bignami. Moyamoya (Japanese "puff of smoke"), Minamata disease (methylmercury), kuru (Fore people), Lhermitte sign, Uhthoff phenomenon, Todd paresis, McDonald 2017 criteria. A 72-year-old with an acute cerebellar syndrome and a negative MRI — check anti-Yo.""",
    # 22 Markdown TB dosing table by weight band
    """Child TB dosing we pinned on the clinic wall (WHO weight bands, dispersible FDC RHZ 75/50/150):

| Weight (kg) | RHZ tabs | E 100 mg tabs |
|---|---|---|
| 4-7 | 1 | 1 |
| 8-11 | 2 | 2 |
| 12-15 | 3 | 3 |
| 16-24 | 4 | 4 |
| ≥25 | adult dosing | |

2HRZ(E)/2HR for non-severe disease (SHINE). Weigh every visit.""",
    # 23 thread on HbA1c in Ramadan, several members
    """> **Nadia Haddad**: IDF-DAR 2021 says score >6 = high risk, advise not to fast.
> **Omar Farouk**: in practice almost everyone fasts anyway.

Agree with both of you. What's worked for us: switch glibenclamide to gliclazide MR at iftar, halve the morning dose, SGLT2i only if they can drink enough after iftar, and the "break the fast if <70 mg/dL or >300" rule written in Arabic and French on the fridge card. Ramadan moves about 11 days earlier each year, so long hot fasts return from around 2030. @youssef.alami do you have the card in darija?

Longer version of our clinic approach, since a few people messaged:
1. Pre-Ramadan visit 6-8 weeks before: HbA1c, renal function, hypo history, risk score, and an honest conversation about whether to fast at all.
2. Medication: metformin total dose split 2/3 at iftar and 1/3 at suhoor; DPP-4 inhibitors unchanged; basal insulin reduced by 15-30%; premixed insulin — the usual morning dose moves to iftar and the evening dose is halved at suhoor.
3. Self-monitoring: checking blood glucose does not break the fast; we say this in every language we have.
4. Break the fast if <70 mg/dL (3.9 mmol/L) at any time, <90 in the first hours after suhoor on insulin or sulfonylureas, or >300.
5. Post-Ramadan review, especially for those who had hypos.
The 2021 risk tool is better than the old categories, but it still under-rates elderly people living alone.""",
    # 24 voice-dictated template, numbers spelt out
    """[voice dictation template, for the residents]
this is doctor blank dictating a clinic letter for patient blank date of birth blank comma hospital number blank full stop new paragraph blood pressure one two eight over seven six comma pulse seven two regular comma HbA1c fifty three millimoles per mole full stop ICD ten E one one point nine full stop plan metformin five hundred milligrams twice daily comma review in twelve weeks full stop end of dictation
(replace the blanks; the app reads "full stop" literally if you speak too fast.)""",
    # 25 ALL CAPS blank referral template
    """TEMPLATE — PLEASE USE FOR ALL TELEDERMATOLOGY REFERRALS
PATIENT NAME: ____________  DOB: __/__/____  NHI/MRN: __________
ADDRESS: ______________________  PHONE: ___-___-____
LESION SITE: ______  SIZE (MM): ___  DURATION: ___ WEEKS
DERMOSCOPY: YES / NO   FITZPATRICK TYPE: I II III IV V VI
PHOTOS: OVERVIEW + CLOSE-UP + DERMOSCOPIC, NO FACE UNLESS LESION IS ON THE FACE
REFERRER: DR __________  PRACTICE: __________
(DO NOT PUT IDENTIFIERS IN THE IMAGE FILE NAME.)""",
    # 26 lower-case phone-typed question, ages under 90
    """pls help quick — 67f on apixaban 5 bd, weight 58, cr 118. 84m same drug, weight 52, cr 140. which one gets dose reduced? i always forget the 2 of 3 rule (age ≥80, weight ≤60, cr ≥133). so the 84 yo yes, the 67 yo no. right?? sorry brain fried after 40 pts today""",
    # 27 haemoglobin variants named after places and people, with member
    """@mei.chen for the haemoglobinopathy lecture: variants named after places look like addresses in a report but they're just Hb names — Hb Constant Spring (Jamaica), Hb Lepore (a family name), Hb Bart's (the hospital), Hb Köln, Hb Zurich, Hb Kenya, Hb Hammersmith, Hb E. α-thal SEA deletion, --FIL, -α3.7. HLA-B*15:02 before carbamazepine in Han Chinese and Thai; HLA-B*58:01 before allopurinol. G6PD Mediterranean vs Canton vs A-.""",
    # 28 drug brands that look like names
    """Brand names causing chaos in the scribe AI: "Ella" (ulipristal), "Lyrica", "Jardiance", "Eliquis", "Xarelto", "Rybelsus", "Mounjaro" (named after Kilimanjaro), "Wegovy", "Trulicity", "Abilify Maintena", "Keytruda", "Opdivo". The AI wrote "started on Ella yesterday" as a visitor. Tirzepatide 2.5 mg weekly x4 then 5 mg; semaglutide 0.25 → 0.5 → 1 → 1.7 → 2.4 mg.""",
    # 29 public literature and guideline links, version strings
    """References from today's journal club, all public:
- https://doi.org/10.1056/NEJMoa2034577
- https://pubmed.ncbi.nlm.nih.gov/33301246/
- https://www.who.int/publications/i/item/9789240048126
- https://www.nice.org.uk/guidance/ng136
- https://www.cdc.gov/vaccines/hcp/acip-recs/index.html
Trial registration NCT04280705. The slide deck needs the viewer v4.12.0.7 or later; ISBN 978-92-4-155001-3 for the WHO handbook.""",
    # 30 pathology and radiology scores, fractions and ratios
    """Path/radiology numbers from today's MDT (all anonymised already): Gleason 3+4=7, ISUP grade 2, PI-RADS 5, 4/12 cores positive. Breast: BI-RADS 4A, ER 8/8, PR 6/8, HER2 2+ → FISH ratio 1.6, nodes 2/17. Colon: T3N1bM0, 3/21 nodes. Renal: Bosniak IIF. Thyroid: TI-RADS TR4, Bethesda III. Ovary: O-RADS 3. Lung: Lung-RADS 4B.""",
    # 31 handover with role labels only
    """Weekend handover for the outpatient infusion unit (roles only, as agreed):
ED reg: asked us to take the iron infusion overflow Saturday.
SHO: covering the biologics chair 8-12.
Charge nurse: needs 2 hours' notice for rituximab.
Consultant on call: happy for pre-med protocol B.
FY1: please re-site cannulas before 10.
Pharmacy: infliximab biosimilar swap from Monday.""",
    # 32 school health screening numbers
    """School health screening this term, class-level numbers only: 412 children, 9 referred for vision (Snellen worse than 6/12 in either eye), 14 for hearing (pure-tone audiometry >25 dB at 1, 2 or 4 kHz), 3 for scoliosis (Adam forward bend with ATR ≥7°, Cobb pending). BMI-for-age using WHO 2007: 11% >+1 SD, 4% >+2 SD. Tanner staging not done at school. Next visit the week after mid-term.""",
    # 33 occupational disease eponyms and place-named scales
    """Occupational medicine vocabulary that sounds like people or places: Caplan syndrome (RA + pneumoconiosis), Monday fever (byssinosis), Minamata and Itai-itai disease, hatter's shakes, farmer's lung, pigeon fancier's lung, bagassosis, Potter's rot. HAVS: Stockholm Workshop scale (vascular 0-4, sensorineural 0SN-3SN) replaced Taylor-Pelmear. Audiogram 4 kHz notch. Silica: ILO classification 2/1 q/q.""",
    # 34 traditional remedies, cupping, coining, Kampo
    """Traditional practices you'll see on exam, none are abuse by themselves: cupping (hijama) circles, coining (cao gió) linear petechiae, gua sha, moxibustion burns, spooning. Kampo: yokukansan for BPSD, daikenchuto for ileus, shakuyakukanzoto for cramps (licorice → hypokalaemia). Chinese restaurant syndrome is not real. Ask in a non-judgemental way; write down the practice, not a judgement.""",
    # 35 French eponyms, Maghreb clinic
    """Petit rappel pour les externes: signe de Lasègue, signe de Babinski, manœuvre de Barré et de Mingazzini, maladie de Horton (ACG), maladie de Basedow, syndrome de Gougerot-Sjögren, maladie de Biermer, maladie de Verneuil, maladie de Bouillaud (RAA). Méthode kangourou pour les prématurés. Le carnet de santé doit être apporté à chaque consultation. Pr et Dr ne sont pas des noms.""",
    # 36 Haitian Creole terms in clinic
    """Kreyòl terms that confuse our intake nurses: "tansyon" (high blood pressure), "sik" (diabetes), "kè sote" (palpitations/anxiety), "lafyèv tifoyid" used for almost any fever, "pèdi san" (bleeding), "move san" (bad blood, folk illness after a fright), "gaz" (bloating, pain anywhere). "Manman" and "Papa" on a form are not names. Bondye bon is not a diagnosis either.""",
    # 37 Ethiopian fasting seasons and khat
    """Ethiopian Orthodox fasting is ~180 days/year (Hudadi, the 55-day Lent, is the strictest: vegan until mid-afternoon). Sulfonylureas and insulin need planning exactly as in Ramadan. Khat (chat) chewing: sympathomimetic, raises BP, associated with acute hepatitis and psychosis; withdrawal is mild. Teff-based injera is low-GI compared with white bread. Podoconiosis is a lymphoedema from volcanic soil, not filarial.""",
    # 38 Nordic public helplines and services (numbers that are not identifiers)
    """For the non-Nordic members: 1177 is the Swedish healthcare advice line, 112 the emergency number, 116 117 the out-of-hours line in Finland and Germany. FASS is the Swedish drug compendium, Kanta the Finnish record archive, Kela the benefits agency. None of these are patient identifiers, even though the detector in our old EHR blacked out "1177" every time.""",
    # 39 Scandinavian endurance sport and AF
    """Endurance sport and AF: the Vasaloppet cohort (~50 000 skiers) found more AF in faster finishers and those with more completed races. Birkebeiner and Finlandia-hiihto skiers show similar data. I counsel masters athletes about a 2-3x higher AF risk above ~2000 lifetime hours of hard training. @ingrid.dahl, do you stop anticoagulation in a 58-year-old CHA2DS2-VASc 0 skier who only gets AF during races?""",
    # 40 teledermatology photo and privacy tips
    """Teledermatology photo tips for the GP group: overview + close-up + dermoscopy (DermLite DL4 or any polarised scope), a ruler in the frame, no jewellery or tattoos unless the lesion is there, and strip EXIF data before uploading (iPhone: Options → Location off). ABCDE, Glasgow 7-point checklist, Menzies, CASH, TADA — pick one and stick with it. Acral lesions: parallel ridge pattern = worry.""",
    # 41 rhyming slang and drug terms in addiction notes, with member
    """Siosaia asked for the slang list from the night clinic: "Bob Hope" = dope (cannabis), "Henry" = an eighth (Henry the Eighth), "Mary Jane" = cannabis, "Georgia Home Boy" = GHB, "Billy" = amphetamine (Billy Whizz), "Charlie" = cocaine, "Tina" = methamphetamine. So "saw Henry and Charlie on Friday" is consumption, not a social life. Urine tox: amphetamine immunoassay cross-reacts with bupropion and labetalol.""",
    # 42 Japanese tick and food-borne infections
    """Japanese infection clinic pearls: tsutsugamushi disease (Orientia, eschar, doxy), Japanese spotted fever (Rickettsia japonica, worse than scrub typhus, consider adding cipro), SFTS (Dabie bandavirus, thrombocytopenia + leukopenia, spread by ticks and cats), anisakiasis after saba or squid, Gnathostoma after raw loach. Japanese encephalitis vaccine for long-stay visitors to rural Asia.""",
    # 43 statistics from a trial, no identifiers
    """Journal club summary: n=1,204, median age 63 (IQR 55-71), 38% women. Primary outcome HR 0.72 (95% CI 0.61-0.88), p=0.003, NNT 18 over 3 years. Subgroup ≥75 years had wide CIs. Ratio of events 3:1 in the control arm at 12 weeks. GCS 14/15 at enrolment in 9%. Follow-up 98.2% complete. Nice trial, but the population was 80% European.""",
    # 44 Amharic/Zulu/Xhosa words that look like names in notes
    """Words in our clinic notes that the transcription service keeps capitalising as if they were people: "Sawubona" (Zulu hello), "Molo" (Xhosa hello), "Enkosi" (thanks), "Gogo" (grandmother), "Baba" (father), "Sisi" (sister), "Ngiyabonga"; in Amharic notes "Ato" (Mr), "Weyzero" (Mrs), "Abba" (father/priest), "Selam". Titles and greetings, not names. @thandi.zulu can you add them to the glossary?""",
]

# note id -> colleagues taking part in the discussion (not tagged in the text)
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc11-004": [{"name": "Lucie Horáková", "handle": "@lucie.horakova"}],
    "pc11-006": [{"name": "Anna Lindqvist", "handle": "@anna.lindqvist"}],
    "pc11-012": [{"name": "Karim Benjelloun"}],
    "pc11-015": [{"name": "Seini Fonua", "handle": "@seini.fonua"}],
    "pc11-017": [{"name": "Erik Nyström", "handle": "@erik.nystrom"}],
    "pc11-018": [{"name": "Kofi Asante"}],
    "pc11-021": [{"name": "Thabo Mokoena", "handle": "@thabo.mokoena"}],
    "pc11-023": [{"name": "Bishnu Thapa", "handle": "@bishnu.thapa"}],
    "pc11-027": [{"name": "Kemi Adebayo"}],
    "pc11-032": [{"name": "Petr Černý", "handle": "@petr.cerny"}],
    "pc11-035": [{"name": "Mikko Laine", "handle": "@mikko.laine"}],
    "pc11-039": [{"name": "Ahmed Raza", "handle": "@ahmed.raza"}],
    "pc11-041": [{"name": "Tupe Aiono"}],
    "pc11-044": [{"name": "Johanna Berg", "handle": "@johanna.berg"}],
    "pc11-055": [{"name": "Hiroshi Mori", "handle": "@hiroshi.mori"}],
    "pc11-056": [{"name": "Aino Virtanen"}],
    "pc11-063": [{"name": "Sipho Ndlovu", "handle": "@sipho.ndlovu"}],
    "pc11-065": [{"name": "Lerato Molefe", "handle": "@lerato.molefe"}],
    "pc11-069": [{"name": "Rohan Perera", "handle": "@rohan.perera"}],
    "pc11-070": [{"name": "Oluwafemi Bakare"}],
    "pc11-072": [{"name": "Nadia Haddad", "handle": "@nadia.haddad"}],
    "pc11-075": [
        {"name": "Nadia Haddad"},
        {"name": "Omar Farouk"},
        {"name": "Youssef Alami", "handle": "@youssef.alami"},
    ],
    "pc11-079": [{"name": "Mei Chen", "handle": "@mei.chen"}],
    "pc11-091": [{"name": "Ingrid Dahl", "handle": "@ingrid.dahl"}],
    "pc11-093": [{"name": "Siosaia Tupou"}],
    "pc11-096": [{"name": "Thandi Zulu", "handle": "@thandi.zulu"}],
}


build, render, main = first_set.blind_set(
    "pc11", Path(__file__).with_name("physician_cases_11.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
