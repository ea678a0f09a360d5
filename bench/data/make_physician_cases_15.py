# ruff: noqa: E501, RUF001, RUF002, RUF003 (the notes are data, with the names, diacritics and symbols people type)
"""Build ``physician_cases_15.jsonl``: blind test set 15 of invented physician posts.

Written blind by a helper session that read only the TAGS, the parser and the build helpers of
``make_physician_cases.py``: it saw no detector code, no tests, no earlier sets. Every patient,
relative, clinician, address and number is invented (US phones 555-01xx, UK mobiles
07700 900xxx, IPs from the documentation ranges, made-up email domains); real towns, districts
and countries appear only as places. Set 15 leans towards a worldwide mix: case posts, threaded
replies, pasted group chats with timestamps, tumour boards, M&M write-ups, referral and
discharge excerpts, from Africa, South and Southeast Asia, East Asia, the Middle East, Latin
America, Europe, Oceania and North America, with local name orders, address formats, national
id and insurance numbers, phone formats and calendars (Solar Hijri, Ethiopian, Buddhist Era,
Bikram Sambat, Japanese era).

Conventions beyond the README: honorifics and kinship titles are left out of name spans
("Alhaji", "Smt.", "Sri", "Hajja", "Hanım", "Bà", "anh", "Lola", "Doña", "Seu", "Gogo",
"-san", "Nonna", "Mzee", "Pak", "Ibu", "Khun", "Hocam"); address labels ("ul.", "colonia",
"district", "CEP", "Eircode", "PO Box") stay outside spans while numbers, street words and
house/flat numbers stay inside; a district, ward, barangay, kebele, colonia or neighbourhood is
PLACE, a city or municipality is TOWN; national identity numbers are ID except those that work
as a social security number (US SSN, French NIR, Greek AMKA, Mexican NSS, Swedish
personnummer), which are SSN; national health insurance card numbers are PLAN, national
patient index numbers (NHS number, NHI) are MRN; a birth year
that reveals an age over 89 is DATE; each WhatsApp timestamp date is DATE and speaker labels
of a care-team chat are HCP. Colleagues in the network discussion are untagged and listed in
MEMBERS.

    python bench/data/make_physician_cases_15.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 Nigeria: nephrology post asking for dialysis funding, NHIS number, Hausa names and titles
    """Good evening colleagues, pls I need advice on this one. Pt is Alhaji [[PT:Musa Danjuma Abubakar]], [[AGE:92]]yrs, retired civil servant from [[PLACE:Kofar Mata]], [[TOWN:Kano]]. Brought in by his grandson [[REL:Sadiq]] on [[DATE:14/02/2024]] with 3/7 hx of fever, confusion and reduced urine output. Hosp no [[MRN:AKTH/MED/24/01187]].

Urea 31 mmol/L, creat 612 umol/L, K 6.8, HCO3 11. No hx of CKD per family. We dialysed him x2 at [[FAC:Aminu Kano Teaching Hospital]] and he is now talking, but family now say they cannot continue paying; his NHIS no [[PLAN:NHIS/KN/0048823117]] is not covering beyond 2 sessions.

Does anybody know a charity in the north that supports HD for AKI? Grandson line is [[PHONE:0803 555 0142]] if you can connect them directly.
Dr [[HCP:Zainab Bello-Yusuf]], SR Nephrology""",
    # 2 Kenya: pasted county WhatsApp group, paediatric cerebral malaria
    """Pasting from our county referral group, names left in by mistake, sorry admins

[[DATE:07/03/2024]]
21:14 - Dr [[HCP:Otieno]]: 4yo boy from [[PLACE:Nambale]], [[COUNTY:Busia County]], cerebral malaria, BCS 2, Hb 4.1, RBS 2.2. Transfused 20ml/kg. Anyone with IV artesunate? we are out
21:16 - [[HCP:Wanjiru K]]: we have 6 vials at [[FAC:Kakamega County General Hospital]] pharmacy, send the driver
21:17 - Dr [[HCP:Otieno]]: sawa. child is [[PT:Baraka Ouma]], IP no [[MRN:BCRH/PAED/24/0331]], mum [[REL:Akinyi]] on [[PHONE:0712 555 019]] if pharmacy needs consent
[[DATE:08/03/2024]]
06:02 - [[HCP:Wanjiru K]]: how is [[PT:baraka]] this morning?
06:40 - Dr [[HCP:Otieno]]: BCS 5, afebrile, feeding. asante sana

Question for the network: do you give the full 3 doses IV before switching to AL, or switch once he can swallow? @grace.mwangi you did the audit on this last year.""",
    # 3 India (Kerala): formal referral letter, Aadhaar, taluk hospital
    """REFERRAL
To: Dr. [[HCP:Suresh Menon]], Consultant Cardiologist, [[FAC:Ananthapuri Heart Institute]], [[TOWN:Thiruvananthapuram]]
Date: [[DATE:19-01-2024]]

Respected Sir,
Kindly see Smt. [[PT:Kamalakshi Amma]], [[AGE:91]] years, W/o late [[REL:Gopinathan Nair]], residing at [[STREET:TC 14/2231, Kunnukuzhy]], [[ZIP:695035]]. OP No. [[MRN:GH/OP/2024/118842]], Aadhaar [[ID:4829 1736 5520]].
She is a known case of HTN and DM for 30 yrs, presented with syncope x2 since yesterday. ECG shows complete heart block with ventricular rate 34/min, QRS 140 ms. Temporary pacing not available at our centre. Kindly do the needful.
Her son Sri [[REL:Anil Kumar K.]] ([[PHONE:+91 94470 55501]]) will accompany.
Thanking you,
Dr [[HCP:Reshma Pillai]], MD (Gen Med)
[[FAC:Taluk Headquarters Hospital, Neyyattinkara]]""",
    # 4 Pakistan: all lower case phone-typed question to a colleague, CNIC
    """@ayesha.siddiqui maam quick ques plz. pt [[PT:muhammad aslam]] s/o [[REL:ghulam rasool]], 67y, farmer from [[PLACE:chak 38 jb]] near [[TOWN:faisalabad]], came to [[FAC:allied hospital]] emergency 3 days back with hematemesis, hb 6.2. endoscopy showed large F2 varices + PHG, banded x4. anti hcv +ve, never treated. now day 3 again malena, hb 7.0 after 2 pints. mr no [[MRN:AHF-24-077613]]. sbp tap done, 120 pmn so not sbp. family cant afford tips in [[TOWN:lahore]], brother [[REL:shahid]] asking if sehat card on his cnic [[ID:33100-5521847-3]] will cover. would u repeat banding or go for glue? octreotide running.
- [[HCP:hamza]] (HO, med unit 2)""",
    # 5 Philippines: follow-up on a thread, barangay, PhilHealth, apo abroad
    """Update on Lola [[PT:Remedios]] (the hyponatremia post last week) — salamat to Doc Rhea and Doc Paolo for the inputs.

She is [[AGE:96]] na, from [[PLACE:Tabuc Suba]], [[PLACE:Jaro]], [[TOWN:Iloilo City]]. Urine osm came back 480, urine Na 62, so SIADH talaga, likely from the sertraline started at [[FAC:Western Visayas Medical Center]] last [[DATE:Dec 28]]. We stopped it, fluid restriction 1 L/day, Na 118 → 129 in 72h, no ODS signs.

Her apo [[REL:Joy-Ann Villanueva]], a nurse in Dubai, messaged our clinic FB page asking for the results and gave the PhilHealth no. [[PLAN:01-025538476-2]] for the claim. I told her we can only release to the next of kin here, which is Tita [[REL:Nening]].

Discharge tomorrow. Will you still do a weekly Na or is 2 weeks ok?
— [[HCP:Cecile]], IM""",
    # 6 Vietnam: non-native English, Hanoi address with ngo/pho, BHYT card
    """Dear all, I am 2nd year resident in [[TOWN:Hà Nội]]. Please help me with this case.
Patient is Bà [[PT:Nguyễn Thị Hoà]], [[AGE:94]] years old, live at [[STREET:số 12 ngõ 45 phố Huế]], [[PLACE:Hai Bà Trưng]] district, [[TOWN:Hà Nội]]. She admit to [[FAC:Bệnh viện Hữu Nghị Việt Xô]] on [[DATE:02/01/2024]] because fall in bathroom and intertrochanteric fracture left. Echo EF 30%, moderate AS (Vmax 3.6). BHYT card [[PLAN:HT2010123456789]].
Orthopaedic doctor bác sĩ [[HCP:Lê Văn Thắng]] want to do PFNA in 48h but anaesthesia worry. Her son anh [[REL:Tuấn]] (phone [[PHONE:0912 555 014]]) say "do whatever she can walk again".
In your country you operate for 94 years old with EF 30%? Or conservative? Thank you very much.""",
    # 7 Japan: dictated referral, Japanese era date, ward (ku), postal code
    """(dictated — not proofread) Referral to Dr. [[HCP:Hayashi]], geriatrics, [[FAC:Sendai Aoba Municipal Hospital]]. Re: [[PT:Suzuki Haruko]]-san, [[AGE:97]] year old female, lives alone in [[PLACE:Tsutsujigaoka]] [[PLACE:Miyagino-ku]] [[TOWN:Sendai]], postal code [[ZIP:983-0852]]. Seen in clinic [[DATE:Reiwa 6, January 9]], that is [[DATE:9 January]] comma new paragraph.
Three falls since New Year, orthostatic drop 152 over 80 to 118 over 64, on amlodipine 5 and doxazosin 2. I stopped the doxazosin. MMSE 22 out of 30. Long-term care insurance number [[PLAN:0004517362]], care level 1. Her niece [[REL:Watanabe Keiko]] telephone [[PHONE:022-555-0137]] is the key person. Please assess for day service and home-visit nursing. Full stop. [[HCP:Ishikawa]], [[FAC:Ishikawa Naika Clinic]].""",
    # 8 Korea: tumour board Markdown table, birth year revealing age over 89
    """**Upper GI tumour board [[DATE:2024.03.21]]** (please keep within network)

| # | Pt | Reg no | Age/Sex | Dx | Plan |
|---|---|---|---|---|---|
| 1 | [[PT:Kim Jeong-hee]] | [[MRN:31457782]] | 71/F | EGC 2.1 cm, SM1, LVI(-) | ESD non-curative → lap distal gastrectomy |
| 2 | [[PT:Park Dong-su]] | [[MRN:30998114]] | b. [[DATE:1931]]/M | AGC Borrmann 3, cT4aN2 | palliative? BSC vs XELOX dose-reduced |
| 3 | [[PT:Lee Soon-ja]] | [[MRN:31602250]] | 64/F | GIST 6 cm, 8/50 HPF | imatinib neoadjuvant, re-image 6 mo |

Presented by [[HCP:Choi Min-seok]] (fellow). Pt 2's daughter [[REL:Park Eun-young]] wants a second opinion at [[FAC:Hangang University Hospital]] before deciding; his G8 score is 9. Comments welcome, esp. from @hyejin.yoon re frailty and whether XELOX at 60% is ever reasonable here.""",
    # 9 China (Hangzhou): ward WeChat thread translated, 18-digit ID card
    """Translated from our ward WeChat group, for the delirium journal club:

Night of [[DATE:9 Feb]]:
22:41 [[HCP:Zhang Lei]]: Bed 3 Grandpa [[PT:Wang]] pulled out his NG tube again, agitated, CAM positive
22:43 [[HCP:Chen Yuting]]: give 0.5 mg haloperidol? QTc was 468 this morning
22:50 [[HCP:Zhang Lei]]: son says he wants to go home for the Spring Festival, he is [[AGE:90]] this year and "the last one"

Background: Mr [[PT:Wang Guoqiang]], lives at [[STREET:No. 37 Tianmushan Road]], [[PLACE:Xihu District]], [[TOWN:Hangzhou]], ID card [[ID:330106193305121234]], admitted [[DATE:Feb 6]] with CAP. Son [[REL:Wang Jianjun]] ([[PHONE:+86 139 0555 0172]]) signed for home leave the next day and he came back calmer on the [[DATE:12th]]. Melatonin + family presence did more than any drug.""",
    # 10 Egypt: M&M write-up, national ID, Cairo district
    """M&M — Internal Medicine, [[FAC:Nile Delta General Hospital]], [[DATE:Thursday 14 December 2023]]
Presenter: Dr [[HCP:Omar Hegazy]] (R3)

Case: Hajja [[PT:Fatma Abdel-Rahman El-Sayed]], [[AGE:90]] y, from [[PLACE:Shubra]], [[TOWN:Cairo]], national ID [[ID:23304151401827]]. Admitted [[DATE:3/12/2023]] with vomiting; glucose 612, pH 7.08, ketones 3+. Died day 4 of hypokalaemic arrest (K 2.1) after insulin infusion started before K was known.

What went wrong:
1. Insulin started at 0.1 U/kg/h with no K on file; the ABG machine was down.
2. Night shift handover missed the 06:00 K.
3. Her son [[REL:Mahmoud]] told us she takes "the water pill" (indapamide) — not in the drug history.

Timeline as we reconstructed it: arrived in ED at 21:30, glucose meter read HI, VBG pH 7.08, HCO3 6, anion gap 31. Two litres of saline over the first two hours, which was right. Insulin infusion at 0.1 U/kg/h from 23:15. The lab K was drawn at 21:40 but the sample was haemolysed and the repeat was not sent until 05:30. By 06:00 the monitor showed U waves and runs of VT; the K came back 2.1 at 06:20 while we were already doing CPR. ROSC after 14 minutes, then a second arrest at 09:00 and the family asked us not to continue.

Discussion points from the floor:
- Our DKA protocol is a copy of the JBDS one, and it says clearly: if K <3.5 hold insulin and replace. But the protocol is in the ED drawer and nobody on the ward reads it at night.
- Elderly patients on thiazide-like diuretics start low; the admission K should be treated as unknown until proven otherwise.
- Fixed-rate insulin at 0.1 U/kg/h may be too aggressive for a 48 kg, 90-year-old woman; some units start at 0.05.
- The haemolysed sample was flagged on the lab system, but the flag does not page anyone.

Changes: K before insulin, always; point-of-care K on the ward; pharmacist on the admission round; haemolysed-sample flag now pages the on-call resident. Thanks @nadia.fahmy for chairing and for sharing your unit's K protocol.""",
    # 11 Iran: Solar Hijri dates, Tehran neighbourhood, national code, insurance
    """Case from our CCU, would like opinions on amiodarone thyrotoxicosis management:

Pt: [[PT:Hossein Karimi-Nejad]], M, [[AGE:93]]
Adm: [[DATE:1402/11/25]] ([[DATE:14 Feb 2024]])
Addr: [[STREET:Kucheh Golbarg, Pelak 9]], [[PLACE:Tajrish]], [[TOWN:Tehran]]
National code: [[ID:0079214563]] — Tamin insurance [[PLAN:7721-0045-8831]]

On amiodarone 200/d for 3 yrs for AF. Now FT4 4.8, TSH <0.01, no goitre, colour Doppler absent flow → type 2 likely. Started prednisolone 40. Cardiology (Dr. [[HCP:Ahmadi]]) wants to continue amiodarone because of VT. Daughter [[REL:Maryam]] on [[PHONE:+98 912 555 0193]] asks whether thyroidectomy at his age is an option. @reza.ahmadi correct me if I misquote you on the VT burden.""",
    # 12 Turkey: thread reply, Hanım honorific, TC number, email of grandson
    """@selin.aksoy Hocam thank you for the reply yesterday. As you suggested we checked the anti-MAG: positive, high titre. So the IgM MGUS neuropathy story fits.

For the others who asked: [[PT:Ayşe]] Hanım, [[AGE:91]] yaşında, lives at [[STREET:Moda Cad. No:14 D:3]], [[PLACE:Kadıköy]], [[TOWN:İstanbul]]. TC [[ID:10742389516]]. Followed at [[FAC:Moda Devlet Hastanesi]] neurology since [[DATE:Ekim 2022]]. Gait ataxia, distal sensory loss, IgM kappa 1.1 g/dL.

Her grandson [[REL:Emre]] wrote to me from [[EMAIL:emre.yilmaz.1994@postakutu.example]] asking about rituximab. At 91 with recurrent UTIs I am hesitant. Anyone used it in nonagenarians?""",
    # 13 UAE: discharge excerpt, Emirates ID, villa and street address, PO Box
    """DISCHARGE SUMMARY (extract)
Name: [[PT:Khalfan Saeed Al Mazrouei]]   MRN: [[MRN:SKM-0882143]]
Emirates ID: [[ID:784-1951-4412839-6]]   Thiqa: [[PLAN:1000 4471 2288 0]]
Address: [[STREET:Villa 27, Street 14]], [[PLACE:Al Mushrif]], [[TOWN:Abu Dhabi]], PO Box [[ZIP:46612]]
Admitted [[DATE:21/11/2023]], discharged [[DATE:28/11/2023]]
Dx: NSTEMI, 3VD, CABG declined; PCI to LAD and OM1 with 2 DES (lot [[DEVICE:XR-2291-0473]] recorded in cath report).
Meds: aspirin 100, ticagrelor 90 bd, atorvastatin 80, bisoprolol 2.5.
Follow-up with Dr [[HCP:Rania Haddad]], cardiology, [[FAC:Sheikh Khalifa Medical City]] clinic, in 4 weeks. Son [[REL:Saeed]] mobile [[PHONE:+971 50 555 0117]].""",
    # 14 Lebanon: short phone reply in a thread, Beirut neighbourhood, email
    """Replying to Karim's question about the hydatid cyst: yes that was our patient, [[PT:Georges Haddad]], the 58M shepherd from [[TOWN:Baskinta]]. PAIR done at [[FAC:Hôtel-Dieu de France]] on [[DATE:9 March]], albendazole 400 bd for 3 months. He moved down to his daughter [[REL:Rita]]'s flat in [[PLACE:Achrafieh]], [[STREET:Rue Sursock, Bldg 41]], so follow-up ultrasound is easier now. Her email [[EMAIL:rita.haddad.b@cedarmail.example]] if the parasitology lab needs to send the serology.""",
    # 15 Mexico: Spanish-flavoured consult, Doña + nickname, CURP, IMSS NSS, colonia
    """Colegas, consulta rápida. Doña [[PT:Chayo]] ([[PT:María del Rosario Téllez Ocampo]]), [[AGE:90]] años, from colonia [[PLACE:Roma Norte]], alcaldía [[PLACE:Cuauhtémoc]], [[STREET:Calle Tonalá 112 int. 4]], CP [[ZIP:06700]]. CURP [[ID:TEOR330817MDFLCS09]], NSS [[SSN:0154 33 1187 2]].
Seen at [[FAC:UMF 10 IMSS]] on [[DATE:lunes 4 de marzo]] with 2 weeks of jaw claudication and a new headache; ESR 96, CRP 48, no visual loss yet. Her granddaughter [[REL:Ximena]] drove her in. Temporal artery US: halo sign bilateral.
Started prednisone 1 mg/kg. My question: at 90 with osteoporosis and DM2 (HbA1c 8.1), would you add tocilizumab from day one to spare steroid? It is not on the IMSS formulary, so we would need a special request through Dr. [[HCP:Gutiérrez]] at [[FAC:Hospital de Especialidades CMN Siglo XXI]].""",
    # 16 Brazil: post with Seu honorific, CPF, CNS card, CEP, UBS
    """Boa tarde pessoal. Seu [[PT:Sebastião]] again (the man with the foot ulcer I posted in [[DATE:January]]). [[PT:Sebastião Ferreira dos Santos]], 72, diabetic, lives at [[STREET:Rua Mourato Coelho, 455, apto 32]], [[PLACE:Pinheiros]], [[TOWN:São Paulo]], CEP [[ZIP:05417-001]]. CPF [[ID:318.442.907-15]], CNS [[PLAN:702 8051 4423 6690]].
Followed at [[FAC:UBS Vila Madalena]]. Wagner 3 now, probe to bone positive, X-ray: erosion of 1st MT head. Vascular surgeon at [[FAC:Hospital das Clínicas]] saw him [[DATE:12/03/2024]]: ABI 0.5. His wife Dona [[REL:Aparecida]] does the dressings. Amputate the toe now or culture-directed antibiotic 6 weeks first?""",
    # 17 Argentina: M&M, DNI, Buenos Aires barrio, obra social number
    """Ateneo de morbimortalidad — Servicio de Clínica Médica, [[FAC:Hospital General de Agudos Dr. Teodoro Álvarez]]
Paciente: [[PT:Néstor Aníbal Quiroga]], 64, DNI [[ID:11.204.558]], domicilio [[STREET:Av. Gaona 2741, 3° B]], [[PLACE:Flores]], CABA. Obra social PAMI [[PLAN:15-0447821-09/00]].
Ingreso [[DATE:02/08/2023]]: fiebre, disnea, soplo nuevo. Hemocultivos 3/3 Streptococcus gallolyticus. ETE: vegetación mitral 14 mm. Cirugía cardiovascular (Dr. [[HCP:Ferrán]]) difirió la cirugía 5 días; embolia cerebral el [[DATE:7/8]], falleció el [[DATE:11/8]].
Discusión: ¿criterio de cirugía temprana? Vegetación >10 mm + embolia previa = sí según ESC 2023. Y nadie pidió VCC (S. gallolyticus → cáncer de colon). Hija [[REL:Luciana Quiroga]] pidió la historia clínica.""",
    # 18 Colombia: phone-typed reply, cédula, Medellín comuna, EPS
    """@andres.restrepo parce sí, ese paciente es mío. [[PT:Jhon Fredy Arango]], 34, cc [[ID:1.036.482.119]], vive en la [[PLACE:comuna 13]], barrio [[PLACE:El Salado]], [[TOWN:Medellín]]. EPS Sura [[PLAN:SUR-7714520]]. llegó el [[DATE:sábado 20 de enero]] con herida por arma cortopunzante en hemitórax izq, hemotórax 1400 cc al tubo, lo llevamos a toracotomía en el [[FAC:Hospital Pablo Tobón Uribe]]. ahora día 9, empiema loculado, le hicimos VATS ayer. la mamá doña [[REL:Gloria]] llama todos los días al [[PHONE:+57 300 555 0188]] preguntando cuándo sale. ¿ustedes dan fibrinolítico intrapleural antes de VATS o de una a cirugía?""",
    # 19 Peru: HAPE in a tourist, Cusco hotel, passport number
    """HAPE case, thought the altitude people here would like it. 29F, tourist, flew [[TOWN:Lima]] → [[TOWN:Cusco]] on [[DATE:Nov 3]] and went straight on to [[PLACE:Ollantaytambo]]. Day 2: dyspnoea at rest, SpO2 62% RA, crackles bilat. Nifedipine SR 30, O2, descent. Brought to [[FAC:Clínica Pardo Cusco]] by the owner of her hostel ([[FAC:Hostal Inti Wasi]]). CXR patchy bilateral, echo PASP 58.
She is [[PT:Hannah Lindqvist]], Swedish, passport [[ID:AA1294871]]; her partner [[REL:Jonas]] kept her travel insurance policy [[PLAN:TRV-2023-8841207]] on his phone. Sats 94% on 2L by day 3. Flew home from [[TOWN:Lima]] on the [[DATE:9th]].""",
    # 20 Chile: short ask, RUT with K, Valparaíso hill
    """consulta: sra [[PT:Inés Carrasco Molina]], RUT [[ID:4.567.890-K]], [[AGE:93]] años, vive sola en el [[PLACE:Cerro Alegre]], [[TOWN:Valparaíso]], [[STREET:pasaje Templeman 318]]. Na 121 por tiazida. ¿la corrijo con SF 3% o solo suspendo? la hija [[REL:Paz]] viene de [[TOWN:Temuco]] mañana.""",
    # 21 UK: GP post, NHS number, care home, postcode, 07700 mobile, age 102
    """GP here ([[TOWN:Bristol]]). Would value views on anticoagulation at the extreme of age.
[[PT:Edna Pocock]], [[AGE:102]], resident at [[FAC:Clifton Vale Care Home]], [[STREET:18 Pembroke Road]], [[TOWN:Bristol]] [[ZIP:BS8 3BB]]. NHS no. [[MRN:943 476 5919]]. New AF found on a routine pulse check [[DATE:14/11]]; CHA2DS2-VASc 4 (age, F, HTN), HAS-BLED 2. No falls this year, eats well, sharp as a tack: does the Times crossword in ink.
Her nephew [[REL:Roger]] (LPA for health, [[PHONE:07700 900412]]) thinks "at 102 why bother". She herself wants "whatever stops a stroke". I'm inclined to apixaban 2.5 bd (age >80, weight 49 kg). Thoughts?
— [[HCP:Jo Whitcombe]], [[FAC:Redland Green Surgery]]

**Reply — Marcus Adeyemi-Hart (geriatrics):** Jo, I'd treat. The absolute stroke risk at her age is higher than in any trial population, and the bleeding risk on apixaban is driven more by falls, anaemia and renal function than by the birthday. Check the dose criteria properly though: she meets two of the three (age ≥80, weight ≤60 kg), so 2.5 mg bd is the licensed dose whatever the creatinine; check it anyway for the renal trend. Do a Rockwood frailty score and document her wishes in her own words.

**Reply — @hannah.cartwright:** Agree with Marcus. One practical point: care homes often crush tablets. Apixaban can be crushed and given in water or apple purée, rivaroxaban needs food, dabigatran capsules must not be opened. Also ask the home whether she has had any unwitnessed falls that never got written down; that changes my view more than the CHA2DS2-VASc does.

**Reply — Jo:** Thank you both. Saw [[PT:Edna]] again this morning with the nephew on speakerphone. She was very clear: "I've buried two husbands and a son, I'm not having a stroke in a chair." Creatinine 96, Hb 128, Rockwood 4, no falls in the home's book. Started apixaban 2.5 mg bd, review in 4 weeks with a repeat FBC and U&E, and a note in the care plan that Mrs [[PT:Pocock]] wants to be asked again if anything changes.""",
    # 22 Ireland: county with Co., Eircode, medical card number, townland
    """Posting on behalf of our intern. Mr [[PT:Pádraig Ó Máille]], [[AGE:ninety-four]], farmer, lives with his son [[REL:Seán]] in the townland of [[PLACE:Derrycraff]] outside [[TOWN:Westport]], [[COUNTY:Co. Mayo]], Eircode [[ZIP:F28 X2K7]]. GMS medical card [[PLAN:1184 3372 B]].
In with us at [[FAC:Mayo University Hospital]] since [[DATE:St Stephen's Day]] with a dense left MCA stroke, NIHSS 19, outside the window for lysis and thrombectomy declined by family. Son asks about PEG. Local practice is a 2 week trial of NG first. Does anyone go straight to PEG in this situation?""",
    # 23 Poland: ul. address with flat, postcode, PESEL, Pan/Pani honorifics
    """Koledzy, proszę o opinię. Pani [[PT:Halina Wróblewska]], [[AGE:95]] lat, ul. [[STREET:Długa 12/4]], [[ZIP:31-147]] [[TOWN:Kraków]], PESEL [[ID:29022804562]]. Przyjęta [[DATE:05.02.2024]] do [[FAC:Szpital Specjalistyczny im. Ludwika Rydygiera]] z zapaleniem pęcherzyka żółciowego (Tokyo grade II). Chirurg dr [[HCP:Kowalczyk]] proponuje drenaż przezskórny zamiast cholecystektomii. Syn Pan [[REL:Zbigniew]] się zgadza. Czy ktoś robi potem planową cholecystektomię u pacjentów 90+?""",
    # 24 Germany: Frau honorific, KVNR, Munich district, dates with dots
    """Kurze Frage an die Runde: Frau [[PT:Gertrud Hallermann]], [[AGE:97]] J., wohnhaft [[STREET:Hohenzollernstraße 41]], [[ZIP:80801]] [[TOWN:München]] ([[PLACE:Schwabing]]), KVNR [[PLAN:H427183956]]. Seit [[DATE:03.01.2024]] bei uns im [[FAC:Klinikum Schwabing]] mit C. difficile, 2. Rezidiv. Fidaxomicin hatte sie schon. Tochter [[REL:Ursula]] fragt nach Stuhltransplantation. Macht das jemand bei 97-Jährigen? Bezlotoxumab ist nicht mehr erhältlich. — [[HCP:M. Brandstätter]], OÄ Geriatrie""",
    # 25 France: NIR, Lyon arrondissement, Mme honorific, EHPAD
    """Bonjour à tous. Mme [[PT:Odette Lambert-Rivière]], née le [[DATE:12/06/1929]], résidente de l'[[FAC:EHPAD Les Glycines]], [[STREET:27 rue Duguesclin]], [[ZIP:69006]] [[TOWN:Lyon]]. NIR [[SSN:2 29 06 69 123 045 67]]. Hospitalisée au [[FAC:Centre Hospitalier Saint Joseph Saint Luc]] le [[DATE:8 février]] pour pneumopathie d'inhalation, 3e épisode. Orthophoniste: dysphagie sévère. Son fils M. [[REL:Bernard Lambert]] refuse l'eau gélifiée (« elle déteste »). Comment gérez-vous le plaisir alimentaire vs le risque?""",
    # 26 Italy: Nonna title, codice fiscale, Naples quarter, tessera sanitaria
    """Caso dal pronto soccorso di [[TOWN:Napoli]], sabato notte. Nonna [[PT:Carmela]] — [[PT:Carmela Esposito]], classe [[DATE:1930]], [[STREET:Vico Lungo Gelso 33]], [[PLACE:Quartieri Spagnoli]]. CF [[ID:SPSCML30E52F839K]]. Portata dal nipote [[REL:Gennaro]] perché "non mangia da 3 giorni". Glicemia 38 in terapia con glibenclamide, creatinina 2.4. Glucosio ev, ricovero in [[FAC:Ospedale del Mare]], osservazione 72h per ipoglicemia ricorrente. Ricetta fatta dal medico di base dott. [[HCP:Russo]] nel [[YEAR:2019]]: nessuno l'aveva mai ricontrollata.""",
    # 27 Spain: thread with a quoted colleague, DNI, tarjeta sanitaria, Triana
    """> [Lucía Ortega] ¿Le habéis hecho ecocardio? Con ese NT-proBNP pensaría en amiloidosis

Sí Lucía, gracias. Ecocardio hoy: SIV 17 mm, strain con patrón apical sparing, y la gammagrafía con DPD grado 3. Así que ATTR casi seguro. El paciente es [[PT:Manuel Jesús Romero Vega]], 81, de [[PLACE:Triana]], [[STREET:calle Pureza 58, 2º izq]], [[ZIP:41010]] [[TOWN:Sevilla]]. DNI [[ID:28417563-H]], tarjeta sanitaria [[PLAN:AN0123456789]]. Le vimos en consultas de [[FAC:Hospital Virgen del Rocío]] el [[DATE:22-ene]]. Falta el estudio genético (TTR) — su hermano [[REL:Rafael]] murió de "corazón grande" con 70 años en [[TOWN:Huelva]]. ¿Tafamidis a los 81 con NYHA II? — [[HCP:Álvaro Benítez]]""",
    # 28 Netherlands: huisarts post, BSN, Utrecht postcode with letters
    """Huisarts in [[TOWN:Utrecht]]. Mevrouw [[PT:Johanna (Joke) de Vries-Bakker]], [[AGE:92]], [[STREET:Oudegracht 211-bis]], [[ZIP:3511 NK]] [[TOWN:Utrecht]], BSN [[ID:173649285]]. Vanaf [[DATE:maandag 12 februari]] toenemend verward, geen koorts, urine-stick negatief. Dochter [[REL:Marleen]] ([[PHONE:06-55501982]]) vindt dat ze naar het [[FAC:Diakonessenhuis]] moet. Ik denk eerder aan de nieuwe oxybutynine die de uroloog in [[DATE:januari]] startte. Anticholinerge belasting 5. Stoppen en afwachten of toch opnemen?""",
    # 29 Sweden: personnummer with century digits, Södermalm, 1177 mention
    """Fråga till kollegorna: [[PT:Karl-Erik Lindström]], personnummer [[SSN:19310418-2356]], boende på [[FAC:Södermalms vård- och omsorgsboende]], [[STREET:Ringvägen 112]], [[ZIP:118 60]] [[TOWN:Stockholm]]. Hyperkalcemi 3.1 mmol/L, PTH 14, ingen känd malignitet. Dottern [[REL:Birgitta]] ringer från [[TOWN:Umeå]] och vill att vi utreder allt. Vid [[AGE:92]] års ålder och MMSE 17 — hur långt går ni? Myelomprover tagna [[DATE:15/3]].""",
    # 30 Greece: AMKA, Thessaloniki neighbourhood, quote from a senior
    """[[TOWN:Thessaloniki]], ΤΕΠ. Κυρία [[PT:Eleni Papadopoulou]] ([[AGE:98]]), από την [[PLACE:Άνω Πόλη]], [[STREET:οδός Ακροπόλεως 7]]. ΑΜΚΑ [[SSN:18022601234]]. Came on [[DATE:Πέμπτη 7/3]] with hip pain after a fall; X-ray negative, CT: non-displaced sacral insufficiency fracture. Her granddaughter [[REL:Dimitra]] wants her home, and I agree, with teriparatide? At 98? Our endocrinologist Dr. [[HCP:Tsakiris]] at [[FAC:Ippokrateio]] says "why not, it is the pain that matters". Opinions?""",
    # 31 Romania: CNP, Cluj address with apartment, bloc
    """Salut colegi. Pacient [[PT:Ioan Mureșan]], 77, CNP [[ID:1470315120027]], domiciliat în [[TOWN:Cluj-Napoca]], [[STREET:str. Observatorului nr. 34, bl. A2, ap. 17]], cod [[ZIP:400363]]. Internat la [[FAC:Spitalul Clinic Județean de Urgență Cluj]] pe [[DATE:28.02.2024]] pentru hemoptizie. CT: cavitate LSD 4 cm cu aspergilom. Soția [[REL:Viorica]] ne-a dat nr. [[PHONE:0745 555 013]]. Embolizare de artere bronșice sau lobectomie direct?""",
    # 32 Australia: remote NT, RFDS retrieval, Medicare number, plate of the troopy
    """Retrieval debrief, posted with the clinic's OK (names to be removed before the newsletter).
[[DATE:Sat 17 Feb]], 0210: call from [[FAC:Yuendumu Clinic]] — [[PT:Jedda Napaljarri Martin]], 24F, G3P2 at 31/40, PV bleed + contractions. RAN [[HCP:Tess Gordon]] on the phone. Medicare [[PLAN:2953 17284 1]]. Her aunty [[REL:Doreen]] drove her from [[PLACE:Nyirripi]] in the community troopy, rego [[PLATE:CA 54 PJ]], 2 h on the [[PLACE:Tanami]]. RFDS from [[TOWN:Alice]], landed 0455; betamethasone and nifedipine given, Mg for neuroprotection. Delivered at [[FAC:Alice Springs Hospital]] 0930, 1.6 kg, Apgars 6 and 8. Key lesson: the airstrip lights. Mick, this is the one I mentioned at the ASM.""",
    # 33 New Zealand: Māori names with macrons, NHI, Whakatāne, marae
    """Kia ora koutou. Seeking advice re rheumatic fever prophylaxis adherence. [[PT:Tama Rāwiri Te Whata]], 15, NHI [[MRN:ZKT4821]], lives with his kuia [[REL:Mere Te Whata]] on [[STREET:Kōpeopeo Road]] out of [[TOWN:Whakatāne]]. Missed 3 of the last 5 monthly benzathine penicillin injections at [[FAC:Te Tāwharau Health]]. Moderate MR on echo [[DATE:Nov 2023]]. His whānau are keen to have the nurse come to [[FAC:Ōhope Marae]] on a Sunday instead. Anyone done marae-based bicillin clinics? Ngā mihi, [[HCP:Aroha]] (GP)""",
    # 34 Fiji: typed on phone, village and province, relative contact
    """Bula all. 67M, [[PT:Sitiveni Naivalu]], from [[PLACE:Nakasi]] in [[TOWN:Nausori]], admitted [[FAC:CWM Hospital]] [[DATE:Mon 11/3]] with leptospirosis, Cr 480, bili 210, oliguric. We have one dialysis slot a day. His daughter [[REL:Litia]] works at [[FAC:Fiji Sugar Corporation]] [[TOWN:Lautoka]] mill and is coming down. Do we start HD now or wait 24h on fluids? Ph [[PHONE:+679 555 0124]] for the ward if anyone wants to call the reg""",
    # 35 South Africa: Gogo title, SA ID number, Soweto section, clinic folder
    """Help with a TB-HIV case please. Gogo [[PT:Nomvula Dlamini]], 71, from [[PLACE:Orlando West]], [[PLACE:Soweto]], [[STREET:2214 Vilakazi Street]]. SA ID [[ID:5207140841087]]. Folder no. [[MRN:CHB-9915327]] at [[FAC:Chris Hani Baragwanath]]. Started TLD + rifampicin-based TB Rx on [[DATE:5 Feb]]. CD4 48. Now day 20: fever back, new nodes, CRP up — IRIS vs failure vs DR-TB? GeneXpert was RIF-sensitive. Her grandson [[REL:Sipho]] ([[PHONE:072 555 0136]]) collects her meds from [[FAC:Zola Clinic]]. Pred 1.5 mg/kg for paradoxical IRIS?""",
    # 36 Ghana: Ghana card, Kumasi suburb, church, NHIS
    """Sharing for teaching. Maame [[PT:Akosua Pokuaa]], [[AGE:90]]+ by her estimate (no birth cert), from [[PLACE:Bantama]], [[TOWN:Kumasi]]. Ghana Card [[ID:GHA-712904483-5]]; NHIS [[PLAN:0937-2215-4408]]. Presented to [[FAC:Komfo Anokye Teaching Hospital]] on [[DATE:Easter Monday 2024]] with a fungating right breast mass, 8 cm, fixed. Church members from [[FAC:Bantama Methodist Church]] carried her in. Core biopsy: ER+ IDC. Letrozole alone is our plan. Her son [[REL:Kwabena Asante]] is a lecturer at [[FAC:KNUST]] and wants mastectomy. Surgeons here are split.""",
    # 37 Ethiopia: Ethiopian calendar date, Addis sub-city and woreda, kebele ID
    """Case from [[FAC:Tikur Anbessa Specialized Hospital]]: [[PT:Alemitu Gebremedhin]], 45F, from [[PLACE:Bole]] sub-city, [[PLACE:Woreda 03]], [[TOWN:Addis Ababa]]. Kebele ID [[ID:AA/B03/117842]]. Admitted [[DATE:Tir 12, 2016 E.C.]] ([[DATE:21 Jan 2024]]) with fever, splenomegaly 14 cm below costal margin, pancytopenia. rK39 positive — VL. She had worked on the sesame farms near [[TOWN:Humera]]. Husband [[REL:Tesfaye]] phone [[PHONE:+251 911 555 017]]. SSG/PM or liposomal AmB first given HIV negative?""",
    # 38 Uganda: Mulago thread, village, LC1 chairman letter
    """> @brian.ssemakula what was the final diagnosis of the boy with the neck mass?

Burkitt confirmed on FNA + flow. [[PT:Ssekandi Moses]], 7, from [[PLACE:Kireka]] village, [[TOWN:Kira]] municipality, [[COUNTY:Wakiso]] district. Referred from [[FAC:Kiruddu]] on [[DATE:6/2/24]]. The LC1 chairman wrote the letter so the family could get transport refund — the letter had the mother [[REL:Nakato Sarah]]'s phone [[PHONE:0772 555 018]] on it. Cycle 1 COM done at [[FAC:Uganda Cancer Institute]], TLS managed with allopurinol + hydration, K peaked 5.9.""",
    # 39 Morocco: Fès medina, derb address, CIN, RAMED card
    """Bonsoir, cas de [[TOWN:Fès]]. [[PT:Hadda Bennani]], [[AGE:93]] ans, habite [[STREET:Derb Sidi Bouhaja n°14]], [[PLACE:Fès el-Bali]]. CIN [[ID:C118447]], carte RAMED [[PLAN:RM-3301-774120]]. Amenée au [[FAC:CHU Hassan II]] le [[DATE:2 Ramadan 1445]] par sa petite-fille [[REL:Salma]]: déshydratation, Na 158, car elle avait continué le jeûne malgré le diabète. Glibenclamide. Qui a un protocole de conseils pré-Ramadan pour les sujets âgés?""",
    # 40 Bangladesh: Dhaka Mirpur, NID, voice-dictated run-on
    """voice note typed by my intern sorry for the errors. patient name [[PT:Rahima Khatun]] age 38 female from [[PLACE:Mirpur 10]] [[TOWN:Dhaka]] house [[STREET:14 road 3 block C]] she came on the [[DATE:5th of March]] with 10 days fever and today platelet 18000 hematocrit 48 so dengue with warning signs NS1 positive we admitted her in [[FAC:Dhaka Medical College Hospital]] medicine unit 4 bed on the floor because no bed husband [[REL:Abdul Karim]] works in a garment factory [[FAC:Rupsha Knit Composite]] in [[PLACE:Ashulia]] his phone [[PHONE:01711 555 012]] NID [[ID:1987 2691 4430 218]] question is do we give platelet at 18000 without bleeding""",
    # 41 Sri Lanka: NIC old format, Kandy, estate, Tamil names
    """Colleagues, a snakebite query from the hill country. [[PT:Muthusamy Selvaraj]], 52M, tea plucker at [[FAC:Pussellawa Estate]], line room [[STREET:No. 6, Upper Division]], near [[TOWN:Kandy]]. NIC [[ID:721534487V]]. Bitten [[DATE:24/01]] around 1900, brought to [[FAC:Teaching Hospital Peradeniya]] by his wife [[REL:Pushpam]] after 6 h. 20WBCT unclotted, ptosis, no renal impairment yet. Snake brought in a bag: hump-nosed viper per our zoology friend. Indian polyvalent AVS does not cover hump-nosed. Do we give it anyway?""",
    # 42 Nepal: Bikram Sambat date, Kathmandu ward, citizenship number
    """Namaste. Posting from the ICU. Pt [[PT:Bhim Bahadur Gurung]], 61M, ex-Gurkha, from [[PLACE:Lamachaur]], [[TOWN:Pokhara]] [[PLACE:ward 16]], citizenship no. [[ID:41-01-73-02115]]. Admitted [[DATE:2080/11/08]] BS to [[FAC:Manipal Teaching Hospital]] after organophosphate ingestion (chlorpyrifos). Atropine 40 mg so far, pralidoxime running. Intermediate syndrome day 3, reintubated. Son [[REL:Dil Kumar]] in [[TOWN:Aldershot]] is asking for daily updates on WhatsApp [[PHONE:07700 900583]]. How long do you continue PAM?""",
    # 43 Indonesia: Pak/Ibu honorifics, NIK, BPJS, RT/RW address
    """Mohon masukan TS sekalian. Pak [[PT:Sutrisno]], 66, alamat [[STREET:Jl. Tebet Barat Dalam VII No. 21, RT 05/RW 02]], [[PLACE:Tebet]], [[PLACE:Jakarta Selatan]] [[ZIP:12810]]. NIK [[ID:3174021405580003]], BPJS [[PLAN:0001287345619]]. Masuk [[FAC:RSUD Tebet]] [[DATE:Senin 19/2]] dengan stroke iskemik, onset 7 jam, NIHSS 14. Anaknya Ibu [[REL:Dewi Lestari]] ([[PHONE:0812 5550 1947]]) minta rujuk ke [[FAC:RS Pusat Otak Nasional]] untuk trombektomi. Masih worth it di 7 jam dengan ASPECTS 8?""",
    # 44 Malaysia: MyKad IC, taman address, Klang
    """Hi all, need advice on melioidosis. Encik [[PT:Rosli bin Hamzah]], 55, padi farmer from [[PLACE:Kampung Sungai Burong]], [[PLACE:Tanjung Karang]], [[COUNTY:Kuala Selangor]]. IC [[ID:690312-10-5627]]. Admitted [[FAC:Hospital Tengku Ampuan Rahimah]] [[DATE:12/1/2024]], Burkholderia pseudomallei in blood, splenic abscesses. Wife Puan [[REL:Norhayati]] says he has been on traditional jamu for diabetes. IV ceftazidime 2 weeks then eradication with co-trimoxazole 3 months — or meropenem given abscesses?""",
    # 45 Singapore: NRIC, HDB block and unit, postal code
    """Quick one for the geri group: Mdm [[PT:Tan Ah Moi]], [[AGE:93]], NRIC [[ID:S2304417H]], stays at [[STREET:Blk 123 Ang Mo Kio Ave 3 #08-1234]], Singapore [[ZIP:560123]] with her maid. Seen at [[FAC:AMK Polyclinic]] [[DATE:22 Feb]]: recurrent falls, on 7 meds incl. zolpidem from a private GP in [[PLACE:Toa Payoh]]. Daughter [[REL:Jenny Lim]] ([[PHONE:+65 9555 0172]]) wants her in a nursing home; Mdm [[PT:Tan]] wants to stay. Capacity assessment by whom — us or psychiatry?""",
    # 46 Thailand: Buddhist Era date, tambon, Thai ID, Khun honorific and nickname
    """Khun [[PT:Somchai Wongsuwan]] (nickname "[[PT:Lek]]"), 58, rice farmer from [[PLACE:Tambon Mae Hia]], [[PLACE:Amphoe Mueang]], [[TOWN:Chiang Mai]]. ID [[ID:3 5012 00473 21 8]]. Admitted [[DATE:15/08/2566]] to [[FAC:Maharaj Nakorn Chiang Mai Hospital]] with scrub typhus: eschar right groin, Weil-Felix not done, IFA positive. Still febrile day 3 of doxycycline. His wife [[REL:Mali]] says he also cleans the family fish pond. Add azithromycin or switch to rifampicin? Gold card (UC) [[PLAN:UC-50-7721934]].""",
    # 47 US: trauma M&M with vehicle, device, portal, social media identifiers
    """Trauma M&M, [[DATE:Oct 26]]. Presenter: [[HCP:Kyle Brandt]], PGY-4.
Pt: [[PT:Destiny Romero]], 19F, restrained driver, [[TOWN:Las Cruces]], NM. Car: 2014 Civic, [[PLATE:NM ABC-4417]], VIN [[VIN:2HGFB2F59EH512874]], T-boned at [[STREET:Lohman Ave and Telshor Blvd]]. Arrived [[FAC:MountainView Regional Medical Center]] GCS 14, FAST +, splenic grade IV, to IR for embolization.
Timeline: scene time 22 min (extrication from the driver side), GCS 14 throughout, HR 124, SBP 88 on arrival; 1 unit of whole blood in the trauma bay, TXA given. Pan-scan: splenic laceration with active extravasation, right 8th and 9th rib fractures, L2 transverse process fracture. IR embolization of the splenic artery (proximal coils) took 55 minutes; she went to the SICU with an Hb of 8.9 and a lactate that cleared by morning.
Missed: 1.4 cm right pneumothorax on CT read as "trace" at 02:00 by the overnight teleradiology read, and not re-read by our attending radiologist until the morning. She was stepped down to the floor at 14:00, placed on 2 L nasal cannula, and decompensated 16 h later on a PCA with an SpO2 of 81% and a tension physiology. Needle decompression by the rapid response nurse, then a 28 Fr chest tube.
Discussion: the 2 cm and 35 mm cut-offs for observing occult pneumothorax apply to patients who are not going to be ventilated or flown; she was neither, but she was on opioids and had rib fractures. The group agreed on a repeat CXR at 6 h for every occult PTX and a documented re-read of overnight teleradiology before step-down.
Complication 2: her insulin pump (Tandem t:slim, SN [[DEVICE:10742193]]) was removed in trauma bay and lost; DKA on day 2.
Her sister [[REL:Yesenia]] posted about the pump on Instagram ([[HANDLE:@yesi.romero.lc]]) with a screenshot of the patient portal, login from [[IP:198.51.100.23]], and a fundraiser at [[URL:https://www.gofundme.com/f/help-destiny-romero-recover]]. Risk management notified.""",
    # 48 Canada (Nunavut): OHIP/NU health card, Inuktitut names, community
    """Consult ask from [[TOWN:Iqaluit]]: [[PT:Annie Qaunaq]], 44F, from [[TOWN:Pangnirtung]], NU health card [[PLAN:106274318]]. Cavitary LUL on CXR [[DATE:Jan 30]], sputum smear 3+, Xpert RIF not detected. Her household of 9 includes her father [[REL:Jaaka Qaunaq]], [[AGE:90]], bed-bound. Contact tracing by [[FAC:Pangnirtung Health Centre]] nurse [[HCP:Leah Kilabuk]] is under way. Medevac for her to [[FAC:Qikiqtani General Hospital]] or treat in community with DOT? Weather has grounded flights since the [[DATE:2nd]].""",
    # 49 Kazakhstan: IIN, Almaty microdistrict, Russian-style patronymic
    """Коллеги, nice case of brucellosis. [[PT:Nurlan Serikovich Akhmetov]], 47, shepherd, from [[PLACE:Shamalgan]], [[COUNTY:Karasay District]]. IIN [[ID:760905301248]]. Referred [[DATE:11.03.2024]] to [[FAC:City Clinical Hospital No. 7]], [[TOWN:Almaty]], with 6 weeks undulant fever, sacroiliitis on MRI, Wright 1:800. Doxy + gentamicin then doxy + rifampicin 12 weeks for spondylitis? His wife [[REL:Gulnara]] asks if the children who drank the raw milk need testing. Dr. [[HCP:Aigerim Bekova]] ID consultant here agrees to treat the household if symptomatic.""",
    # 50 Hong Kong: HKID with check digit, estate and block, Cantonese names
    """@kenneth.lau re your question on the old man with the perforated DU: yes he was ours. [[PT:Chan Tai-man]], [[AGE:91]], HKID [[ID:C668457(3)]], lives alone at [[STREET:Flat 1207, Block B, Lok Fu Estate]], [[PLACE:Wong Tai Sin]]. Admitted [[FAC:Queen Elizabeth Hospital]] [[DATE:3/1]]. Graham patch on [[DATE:4/1]], then HAP, discharged to [[FAC:Haven of Hope Hospital]] for rehab. The social worker found he had been buying NSAIDs from a herbal shop on [[STREET:Wang Kwong Road]]. Son [[REL:Chan Ka-ho]] in [[TOWN:Vancouver]] [[PHONE:+1 604 555 0143]].""",
    # 51 US: ALL CAPS discharge template with pager, fax, account, licence
    """DISCHARGE SUMMARY — [[FAC:GREATER PINEWOOD MEDICAL CENTER]]
PATIENT: [[PT:OKAFOR, CHIDINMA]]  DOB: [[DATE:09/14/1961]]  MRN: [[MRN:004471823]]  ACCT: [[ACCT:90001544721]]
ADMIT: [[DATE:02/11/2024]]  DISCHARGE: [[DATE:02/16/2024]]
ATTENDING: [[HCP:LINDQVIST, PAUL]] MD  NPI: [[LIC:1457391062]]
DIAGNOSIS: SICKLE CELL DISEASE (HBSC) WITH ACUTE CHEST SYNDROME.
HOSPITAL COURSE: EXCHANGE TRANSFUSION X1, HBS 28% POST. INCENTIVE SPIROMETRY. PCA HYDROMORPHONE WEANED.
FOLLOW UP: HEMATOLOGY CLINIC IN 1 WEEK. PAGER [[PAGER:555-0166]]. RECORDS FAX [[FAX:(404) 555-0129]].
HOME: [[STREET:3390 CANDLER RD APT 12C]], [[TOWN:DECATUR]], GA [[ZIP:30032]].. MOTHER [[REL:NGOZI OKAFOR]] AT SAME ADDRESS.""",
    # 52 US: psychiatry consult, email and social handles, SSN
    """Psych C/L note excerpt, shared for the thread on online harassment and self-harm:
[[PT:Brianna Kowalski]], 22, grad student at [[FAC:Oregon State University]], admitted [[DATE:4/29]] after an intentional acetaminophen OD (level 212 at 4 h, NAC given). She reports harassment on TikTok (her account [[HANDLE:@bri.kowal.ski]]) by an ex-partner, [[REL:Tyler Hanks]], who also emails her at [[EMAIL:bkowalski22@orangebeaver.example]]. Roommate [[REL:Sam]] found her at their apartment at [[STREET:1520 NW Kings Blvd #304]], [[TOWN:Corvallis]]. SSN [[SSN:538-44-0192]] was on the ED face sheet we were sent. Discussed safety plan; outpatient with Dr. [[HCP:Priyanka Deshmukh]] at [[FAC:Benton County Mental Health]].""",
]

FREE_NOTES: list[str] = [
    # 1 journal club thread: place-named encephalitides, colleagues by handle and first name
    """@aditi.kulkarni your slide on the Asian encephalitides was great. Adding to Thabo's point: Japanese encephalitis, Nipah and Kyasanur Forest disease all present with fever and altered sensorium, but Nipah gives segmental myoclonus and the pig/bat exposure, KFD has the haemorrhagic phase and the monkey die-offs in the forest belts of the Western Ghats, and JE has the thalamic T2 hyperintensity. West Nile gives flaccid paralysis that mimics Guillain-Barré. Murray Valley encephalitis is the Australian cousin. Vaccine for JE (SA 14-14-2) and KFD exist; none for Nipah. Thabo, do you see Rift Valley fever encephalitis in the Free State or mostly the hepatitic form?""",
    # 2 short teaching list of abdominal signs
    """Signs I make the interns learn before their first surgical night: Cullen (periumbilical bruising), Grey Turner (flank), Kehr (left shoulder tip pain in splenic rupture), Boas (right subscapular hyperaesthesia), Rovsing, Blumberg, psoas, obturator, Dunphy. None of them alone rules anything in or out. Alvarado 7 still means scan or theatre.""",
    # 3 ECG challenge thread with members
    """ECG of the week, answers below the fold.
Anterior leads: biphasic T in V2-V3, pain-free, normal troponin. That is Wellens type A, not "nonspecific T changes". Critical proximal LAD until proven otherwise.
Second tracing: upsloping ST depression with tall symmetric T waves in V1-V6 → de Winter pattern, STEMI equivalent.
Third: LBBB with concordant STE 1.5 mm in V5 → Sgarbossa positive (Smith-modified ratio −0.31).
Bonus: coved STE in V1 with fever = Brugada type 1, unmasked; and J waves (Osborn) at 31.2 °C.
@jonas.eriksson you asked for the Aslanger pattern, next week. Fatima, thanks for the de Winter tracing from your cath lab.""",
    # 4 hepatology numbers and scores
    """Alcohol-related hepatitis, how we decide on steroids here: Maddrey DF 45 (≥32 = severe), MELD-Na 22, GAHS 9, ABIC intermediate. Prednisolone 40 mg, Lille at day 7: 0.38 (<0.45 responder) → complete 28 days. Child-Pugh B8 at baseline, West Haven grade 2 HE, lactulose + rifaximin 550 bd. Not a King's College candidate; Milan and UCSF irrelevant, no HCC. Bili 312, INR 1.9, albumin 24, Cr 98. Abstinence 6 months is not a rule any more in most European centres.""",
    # 5 anonymised tumour board table, urology
    """**GU MDT — anonymised list**

| Case | Age/Sex | Findings | Discussion | Outcome |
|---|---|---|---|---|
| A | 68M | PSA 14.2, PI-RADS 5 L PZ, Gleason 4+3 (ISUP 3), 6/12 cores | BRCA2 germline c.5946delT | RARP + PLND, olaparib if mCRPC later |
| B | 74M | pT3aN0 clear cell RCC, Fuhrman/ISUP 3 | Leibovich score 5 | surveillance, CT 6-monthly |
| C | 59F | NMIBC, T1 HG, CIS | EORTC high risk | BCG induction + maintenance (SWOG schedule) |
| D | 81M | oligometastatic, 3 bone mets on PSMA PET | STAMPEDE arm H logic | ADT + RT to prostate |

No actions for radiology. Next MDT as usual.""",
    # 6 paediatric orthopaedic eponyms
    """Paeds ortho clinic today was an eponym bingo card: Ponseti casting for bilateral CTEV (Pirani 5.5), Pavlik harness for a Graf IIc hip, Perthes with Herring B, Sever's disease in a footballer, Köhler's of the navicular, Freiberg infraction of the 2nd MT head, and a Gartland III supracondylar with an absent radial pulse that pinked up after closed reduction. Salter-Harris II distal radius to finish. Scheuermann kyphosis 52°, brace.""",
    # 7 tropical fevers quiz, many places in disease names
    """Quiz for the ID trainees (answers tomorrow): match the fever to the vector.
1. Crimean-Congo haemorrhagic fever
2. Ross River virus
3. Oropouche
4. Queensland tick typhus
5. Lassa
6. Mayaro
7. Rocky Mountain spotted fever
8. Bornholm disease
a) Culicoides midges b) Hyalomma ticks c) multimammate rat d) Aedes/Culex, marsupial reservoir e) Ixodes holocyclus f) Haemagogus mosquitoes g) Dermacentor h) none, Coxsackie B
Bonus: why is it called Chikungunya and where is the Zika forest?""",
    # 8 nephrology genetics thread with a member
    """@tomasz.nowak re your hypokalaemia case: Will you check urinary calcium? Low urine Ca + low Mg → Gitelman (SLC12A3); high/normal urine Ca → Bartter. Liddle (SCNN1B/G) gives hypertension with low renin and low aldosterone, responds to amiloride not spironolactone. Alport (COL4A5) with the lenticonus and hearing loss is a different story, as is Fanconi with the glycosuria at normal glucose. Berger disease / IgAN would give haematuria. Grace under pressure: K 2.4 with a U-wave needs IV replacement first.""",
    # 9 pasted night chat with role labels only
    """Pasted from last night's handover chat (role labels only, as per policy):
23:02 ED reg: 78M, fast AF 160, BP 84/50, lactate 4. Sepsis or primary AF?
23:05 Med reg: both probably. Cultures, 500 ml bolus, hold the diltiazem.
23:11 SHO: CXR RLL consolidation, CURB-65 is 4
23:14 Med reg: ITU review pls. Piptaz + clari.
23:40 ITU reg: accepted, art line in resus
00:12 Charge nurse: ITU bed ready
00:15 ED reg: gone up. Thanks all
Rate came down to 110 with fluid and noradrenaline alone by 0300.""",
    # 10 pharmacogenomics
    """Pharmacogenomics cheat sheet I give our residents:
- HLA-B*58:01 → allopurinol SJS/TEN/DRESS, test in Han Chinese, Thai, Korean patients and in CKD 3+.
- HLA-B*15:02 → carbamazepine / oxcarbazepine / phenytoin SJS in South-East Asians.
- HLA-B*57:01 → abacavir hypersensitivity, everyone.
- HLA-A*31:01 → carbamazepine DRESS in Europeans and Japanese.
- CYP2C19*2/*3 → clopidogrel poor metabolisers (up to 15% of East Asians).
- DPYD*2A (c.1905+1G>A), c.2846A>T → 5-FU/capecitabine toxicity; TPMT/NUDT15 for thiopurines.
- Factor V Leiden (rs6025), prothrombin G20210A; MTHFR C677T is not worth testing.""",
    # 11 obstetric eponym soup
    """Shoulder dystocia drill summary for the new SHOs: call for help, McRoberts + suprapubic pressure (Rubin I), then internal manoeuvres — Rubin II, Woods screw, reverse Woods, delivery of the posterior arm; all-fours (Gaskin); last resort Zavanelli or symphysiotomy. Breech: Løvset for the arms, Mauriceau-Smellie-Veit for the head, Burns-Marshall if you must. Forceps: Neville Barnes and Kielland. Bishop 4 → balloon first. Apgars 3, 7 and 9 at 1, 5 and 10 min. Robson group 5 was 31% of our CS last year.""",
    # 12 reading list of public links, thanking a colleague by first name
    """Reading list from today's teaching, all open access (thanks Siobhán for collating):
- KDIGO 2024 CKD guideline: https://kdigo.org/guidelines/ckd-evaluation-and-management/
- NICE NG51 sepsis: https://www.nice.org.uk/guidance/ng51
- WHO consolidated TB guidelines, module 4: https://www.who.int/publications/i/item/9789240048126
- CDC MMWR on Candida auris: https://www.cdc.gov/mmwr/
- RECOVERY dexamethasone paper: https://doi.org/10.1056/NEJMoa2021436
- PubMed search string: https://pubmed.ncbi.nlm.nih.gov/?term=procalcitonin+antibiotic+duration
- Trial registry: NCT04381936
Slides are on the department drive.""",
    # 13 antibiotic table with brand names that look like names
    """Our empirical antibiotic table (adult, eGFR >50), for anyone building one:

| Indication | First line | Penicillin allergy (non-severe) | Duration |
|---|---|---|---|
| CAP, CURB-65 0-1 | Amoxil 500 mg tds | Doxy 200 then 100 od | 5 d |
| CAP, CURB-65 3-5 | Augmentin 1.2 g iv tds + clarithro 500 bd | Levofloxacin 500 bd | 5-7 d |
| Pyelonephritis | Rocephin 2 g od | Gentamicin 5 mg/kg | 7 d |
| Intra-abdominal | Tazocin 4.5 g tds | Cipro + Flagyl | 4 d post source control |
| Cellulitis | Fluclox 1-2 g qds | Clindamycin 450 qds | 5-7 d |
| UTI (lower, F) | Macrobid 100 bd | Trimethoprim 200 bd | 3 d |

Bactrim DS for PJP prophylaxis, one tab three times a week.""",
    # 14 blank ALL CAPS template
    """TEMPLATE — WARD ROUND PROFORMA (FILL ALL FIELDS)
NAME: ____________  HOSP NO: ____________  DOB: __/__/____
CONSULTANT: ________  WARD/BED: ____
NEWS2: __  FLUIDS IN/OUT: ____ / ____
VTE ASSESSMENT DONE Y/N   FALLS RISK (MORSE): __
DNACPR / TEP STATUS: ________
PLAN: 1. ______ 2. ______ 3. ______
SIGNED: ________ BLEEP: ____  GRADE: FY1 / FY2 / CT / ST / CONSULTANT""",
    # 15 haematology film
    """Film review from the haem bench: Howell-Jolly bodies and Pappenheimer bodies post-splenectomy, Heinz bodies on supravital stain in G6PD, bite cells, Döhle bodies and toxic granulation in sepsis, pseudo-Pelger-Huët in MDS, Auer rods with faggot cells → APL, t(15;17) PML-RARA, start ATRA tonight. Cabot rings once in a lifetime. Reed-Sternberg cells are a node finding, not a film finding. JAK2 V617F negative, CALR type 1 positive in the ET.""",
    # 16 brainstem syndromes, voice-ish
    """Stroke registrar teaching point: lateral medulla = Wallenberg (ipsilateral Horner, face numbness, ataxia, contralateral body pain/temp). Weber = CN III + contralateral hemiparesis, Benedikt adds the tremor, Claude the ataxia. Millard-Gubler = VI/VII + contralateral hemiplegia, Foville adds the gaze palsy. Parinaud in a pineal mass. Holmes-Adie pupil in a young woman with absent ankle jerks, Argyll Robertson in neurosyphilis, Marcus Gunn = RAPD. NIHSS 7, mRS 2 at 90 days, ABCD2 4.""",
    # 17 rheumatology thread with members and place-named criteria
    """> @haruto.sato: Kikuchi-Fujimoto or lupus lymphadenitis? ANA 1:160 speckled.

I would biopsy. Kikuchi is self-limiting, but 30% overlap SLE later. For adult-onset Still the Yamaguchi criteria still work better than Fautrel in our population; ferritin 18,400 with glycosylated fraction <20% helps. Chapel Hill nomenclature for the vasculitis differential: Takayasu vs GCA by age 50 cut-off, Kawasaki in the child, Behçet with pathergy positive, Kimura with the eosinophilia and the IgE. Leilani, is your Vogt-Koyanagi-Harada patient still on adalimumab?""",
    # 18 thyroid and adrenal eponyms
    """Endocrine potpourri from clinic: Hashimoto with a TPO of 1,200; de Quervain subacute thyroiditis after a viral URTI, ESR 88; Riedel thyroiditis (IgG4) on the biopsy; Graves with orbitopathy CAS 4/7 → IV methylpred; Pendred syndrome in a child with deafness; Jod-Basedow after amiodarone in an iodine-deficient area; Wolff-Chaikoff with contrast. Burch-Wartofsky 50 = storm. Sheehan, Nelson, Conn and Cushing in the same morning, and Addison crisis at 4 pm.""",
    # 19 ICU trial names and definitions
    """@oluwaseun.adebayo you asked what we changed after the ARDS audit. Berlin definition with the Kigali modification (SpO2/FiO2 ≤315, ultrasound allowed) so we can diagnose without ABGs. Proning per PROSEVA for P/F <150 for ≥16 h. Low tidal volume per ARDSNet. Dex per RECOVERY for COVID only. Conservative O2 per ICU-ROX / UK-ROX. SOFA 11, APACHE II 24, Murray lung injury score 3.25. ECMO referral if still <80 after proning. SPRINT and ACCORD are BP trials, not ICU, before someone asks.""",
    # 20 endoscopy classifications
    """Endoscopy report glossary for the new fellows: Los Angeles grade C oesophagitis; Prague C2M5 Barrett's; Paris 0-IIa+IIc lesion, Kudo pit pattern Vn, NICE type 3 and JNET 2B → submucosal invasion likely; Forrest IIa ulcer needs therapy; Glasgow-Blatchford 12 and Rockall 6; Boston bowel prep score 2-2-3; Kyoto gastritis score 4; Sydney system biopsies x5; Vienna category 4.""",
    # 21 dictated MS clinic letter without identifiers
    """dictation start. Neurology clinic comma MS service. Thank you for referring this gentleman in his forties full stop. He describes Lhermitte's sign and Uhthoff's phenomenon comma and on examination internuclear ophthalmoplegia on the left full stop. MRI fulfils the 2017 McDonald criteria for dissemination in space and time new paragraph. Differential includes NMOSD comma formerly Devic disease comma so AQP4 and MOG antibodies sent full stop. No features of Marburg variant or Baló concentric sclerosis full stop. Plan ocrelizumab full stop. dictation end""",
    # 22 lower case phone-typed question, storage disorders
    """hi all quick q. 6yo with coarse facies, hepatosplenomegaly, no corneal clouding, x-linked family hx → hunter syndrome (MPS II) vs hurler (MPS I, has clouding). scheie and hurler-scheie milder. sanfilippo more behavioural, morquio skeletal. also ddx pompe, gaucher, fabry, niemann-pick. ERT idursulfase available here? any1 got access thru the company program? thx""",
    # 23 dermatology thread with quoted colleague and members
    """> Dr. Mensah wrote: SCORTEN 3 on admission, Nikolsky positive, 18% BSA detachment. SJS/TEN overlap?

Agree, overlap. @camila.rojas asked about RegiSCAR: that is for DRESS (score 6 = definite), not SJS. Lyell's TEN is >30%. Asboe-Hansen positive too. Differentials we ruled out: Sweet syndrome (no neutrophilic dermatosis on biopsy), Wells syndrome, SSSS (Nikolsky positive but split is subcorneal). ALDEN score 6 for allopurinol → very probable. Kofi, did your unit ever use ciclosporin for this?""",
    # 24 general surgery operations and grades
    """Theatre list, emergency side, for the audit: Hartmann's for Hinchey III diverticulitis; Roux-en-Y revision; Whipple (pylorus-preserving) for a periampullary tumour; Ivor Lewis oesophagectomy vs McKeown depending on tumour height; Nissen redo; Heller myotomy + Dor; Sistrunk for a thyroglossal cyst; Lichtenstein mesh repair, one Shouldice for the purist, TEP x2. Clavien-Dindo IIIa in two, IVa in none. Kasai and Ladd on the paeds list.""",
    # 25 tropical eponyms and place-named signs with member handle
    """@chinedu.eze great talk. For those who missed it, the place names that are actually diseases or signs: Buruli ulcer (M. ulcerans), Katayama fever (acute schistosomiasis), Calabar swellings (Loa loa), Madura foot (eumycetoma), Oroya fever and verruga peruana (Carrión's disease, Bartonella bacilliformis). And the people: Romaña sign in Chagas, Winterbottom sign in West African trypanosomiasis, Kerandel sign (delayed deep hyperaesthesia), Mazzotti reaction after DEC in onchocerciasis. Kala-azar PKDL after miltefosine in 10%.""",
    # 26 cardiology risk scores and heart failure trials
    """Chest pain clinic numbers from this week: HEART 5 → admit; TIMI 4, GRACE 142 → early invasive; Killip II; CCS class II angina; NYHA III on the HF side. CHA2DS2-VASc 3, HAS-BLED 2 → DOAC. Duke treadmill score −7 on Bruce stage 3. On exam, Quincke, Corrigan, de Musset and Duroziez in the same AR patient, Austin Flint murmur at the apex. Sacubitril/valsartan per PARADIGM-HF, dapagliflozin per DAPA-HF, empagliflozin per EMPEROR-Reduced. ISCHEMIA says stable CAD can wait.""",
    # 27 burns
    """Burns calc reminder: Parkland 4 ml/kg/%TBSA (half in 8 h), modified Brooke 2 ml/kg/%TBSA. Use Lund-Browder in children, rule of nines in adults, palm = 1%. Revised Baux 110 → discuss ceilings. Watch for Curling ulcer (PPI), compartment syndrome, and in old scars the Marjolin ulcer. Vancouver scar scale at 3 months. ABSI 9.""",
    # 28 anaesthesia airway kit names
    """Pre-op assessment shorthand we use: Mallampati III, thyromental 5.5 cm, Cormack-Lehane 2b last time with a Macintosh 3; ASA III; Lee RCRI 2; Apfel 3 → TIVA; STOP-BANG 6. Kit: McCoy blade, Miller for the neonate, bougie, Magill forceps, Guedel 3 and 4, i-gel 4. Sellick is out of fashion, BURP is in. Mapleson D / Bain for the transfer.""",
    # 29 ophthalmology eponyms with member
    """@minhanh.nguyen fundus quiz answers: Roth spots (endocarditis, also leukaemia), Hollenhorst plaque (cholesterol embolus), Elschnig spots and Siegrist streaks (malignant HTN, Keith-Wagener-Barker grade 4), Kayser-Fleischer ring (Wilson), Coats disease in the boy, Eales disease in the young Indian man with TB, Best vitelliform macular dystrophy (BEST1), Stargardt (ABCA4). Snellen 6/60 → 6/9 after laser. Ishihara 14/17.""",
    # 30 ENT and vertigo
    """Vertigo clinic in 60 words: HINTS exam in the acute vestibular syndrome; Dix-Hallpike positive → Epley (posterior canal) or Semont; Ménière if hearing loss + tinnitus + aural fullness; Ramsay Hunt with the vesicles in the ear; Rinne negative, Weber lateralising. Ludwig angina and quinsy are ENT emergencies, Vincent angina not so much. Zenker → Dohlman procedure through Killian dehiscence.""",
    # 31 de-identified M&M write-up
    """M&M summary (de-identified as per policy)
A patient in their late seventies was given enoxaparin at treatment dose on day 2 after a lumbar drain was placed. Spinal haematoma, paraplegia (Frankel A → C by 6 months).
Analysis: Ishikawa (fishbone) diagram and the London Protocol; Reason's Swiss cheese model holes in prescribing (no neuraxial alert), nursing (drain not on the handover sheet), and pharmacy (weekend).
Timeline: drain placed in theatre on a Friday afternoon for a CSF leak after a lumbar decompression; first prophylactic dose of enoxaparin held correctly. On Saturday evening the patient developed new AF with a CHA2DS2-VASc of 5, and the on-call team switched to treatment-dose enoxaparin 1 mg/kg bd, which is what the AF pathway says. The pathway does not ask about neuraxial catheters. The drain was still in and was removed on Sunday morning 10 hours after a dose. Leg weakness was first noted at 14:00 and documented as "tired"; MRI at 21:00 showed an epidural haematoma from L1 to L4. Decompression was done within 3 hours of the scan, which was too late for full recovery.

Contributing factors (fishbone): people — weekend cover by a team who had not met the patient; task — two pathways (AF and spinal) that do not talk to each other; equipment — drain not visible under the bedclothes and not on the observation chart; environment — no neuro obs ordered after drain removal; organisation — no pharmacist on the ward at weekends.

Actions: e-prescribing alert when a neuraxial device is documented; ASRA timing rules printed on the drain label; hourly neuro obs for 12 h after removal; SBAR handover template updated; Datix reviewed at Just Culture panel. Thanks to the patient and family for allowing the case to be presented.""",
    # 32 psychiatry eponyms and place-named syndromes with member
    """Ravi, for your registrar quiz: Capgras (impostor), Fregoli (persecutor in disguise), Cotard (I am dead), Ekbom (parasitosis — and restless legs, confusingly), de Clérambault (erotomania), Othello (jealousy), Ganser (approximate answers), Munchausen and Munchausen by proxy, Charles Bonnet (visual hallucinations in sight loss). Then the places: Stockholm syndrome, Paris syndrome, Jerusalem syndrome, Stendhal (Florence) syndrome. Korsakoff after Wernicke, thiamine first.""",
    # 33 environmental disease names
    """Environmental medicine lecture notes: Minamata disease (methylmercury), Itai-itai (cadmium), Balkan endemic nephropathy (aristolochic acid), Jamaican vomiting sickness (ackee, hypoglycin A), Keshan disease (selenium), Kashin-Beck, konzo (cassava cyanogens), Mseleni joint disease, Spanish toxic oil syndrome, Turkish porphyria (hexachlorobenzene). Blood lead 2.1 μmol/L; urine Hg 48 μg/g creatinine.""",
    # 34 occupational lung disease, weekday mention
    """Occupational lung clinic: Monday fever = byssinosis (cotton), worse on the first day back. Farmer's lung, bird fancier's lung, hot tub lung, maple bark stripper's disease, potroom asthma in aluminium smelters, woolsorters' disease = inhalational anthrax. Caplan syndrome = RA + pneumoconiosis nodules. Pontiac fever vs Legionnaires' disease: same bug, different illness. FEV1/FVC 0.62, DLCO 54%.""",
    # 35 neonatal and paediatric scores
    """NICU shorthand for the rotating residents: Apgar 2/6/8; Ballard 32 weeks; Silverman-Andersen 5 or Downes 6 → CPAP; Westley croup 4 (moderate) → dex 0.15 mg/kg; Kawasaki (incomplete) needs echo regardless of Z-score; IgA vasculitis (Henoch-Schönlein) check urine weekly for 6 months; Tanner 2 at 8 years is precocious in girls. Moro, Galant and rooting should be gone by 6 months. Hope this helps, Grace will cover the jaundice nomogram (Bhutani) next week.""",
    # 36 infection control chat with role labels and place-named enzymes
    """IPC group chat, pasted with role labels:
09:12 IPC nurse: new CPE on 7B, Klebsiella pneumoniae ST258, carbapenemase PCR KPC positive
09:14 Micro reg: NDM-1 and OXA-48 negative, VIM and IMP negative. Ceftazidime-avibactam MIC 2
09:20 IPC lead: contact screening of the bay, 3 rectal swabs x 48 h apart
09:31 Micro reg: also a Candida auris from the same unit last month, clade I (South Asian)
@ines.moreau can we borrow your hydrogen peroxide vapour protocol?""",
    # 37 virology, place-named viruses
    """Virus names that are places (and why the detector in your head should not flag them): Hantaan (river), Sin Nombre (Four Corners outbreak), Bunyamwera, Semliki Forest, Sindbis, O'nyong-nyong, Barmah Forest, Hendra, Nipah, Menangle, Tioman, Reston, Tai Forest, Bundibugyo, Sudan virus, Marburg, Ebola, Norwalk, Coxsackie, Junín (Argentine HF), Machupo (Bolivian HF), Colorado tick fever, Zika, Lassa.""",
    # 38 oncology staging systems
    """Heme-onc staging crib: Ann Arbor IIB with Lugano response criteria (Deauville 3 = CMR); myeloma R-ISS II, Durie-Salmon IIIA; CLL Rai III / Binet C, del(17p), TP53 mutated, IGHV unmutated; CML Sokal high, Hasford intermediate, ELTS; breast Nottingham grade 3, Van Nuys 8 for DCIS, St Gallen luminal B; melanoma Breslow 2.1 mm, Clark IV; thymoma Masaoka-Koga IIb; cervix FIGO IIIC1r; colon Dukes C; renal IMDC (Heng) intermediate, MSKCC (Motzer) poor.""",
    # 39 statistics thread with members
    """@david.cohen on your meta-analysis question: use the Newcastle-Ottawa scale for the cohort studies, not Jadad (RCTs only). Heterogeneity by Cochran Q and I² (72% here), Egger test for small-study effects. Survival pooled from Kaplan-Meier curves with the Guyot method, then Cox HRs. For agreement, Bland-Altman plus Cohen's kappa (Fleiss for >2 raters). Mariam suggested a Delphi round for the core outcome set and Monte Carlo simulation for the sample size. Bonferroni if you insist on 12 secondary outcomes.""",
    # 40 non-native English, Eastern European eponyms
    """Dear colleagues, in our country we still say Botkin disease for hepatitis A and Bekhterev disease for ankylosing spondylitis, Itsenko-Cushing for Cushing. Filatov disease is infectious mononucleosis (Filatov-Dukes is fourth disease). Young doctors from abroad are confused by this. Is there other regions with own eponyms? Also Sklifosovsky is an institute, not a disease :)""",
    # 41 East Asian eponyms and place-named disease list
    """East Asian eponyms cheat sheet for the exchange students: Kawasaki disease, Takayasu arteritis, Hashimoto thyroiditis, Kikuchi-Fujimoto, Kimura disease, moyamoya (puff of smoke), Minamata, Itai-itai, tsutsugamushi (scrub typhus), nevus of Ota and nevus of Ito, Mongolian spots, Yokohama asthma, Tokyo Guidelines 2018 (TG18) for cholangitis, Kyoto classification of gastritis. Goto's description of Goto-Kakizaki rats for the lab people.""",
    # 42 informatics thread, codes that look like identifiers
    """For the EHR build group: map troponin to LOINC 89579-7, creatinine 2160-0; diagnoses to ICD-10-CM I21.4 (NSTEMI) and ICD-11 BA41.Z; SNOMED CT 22298006 for MI. FHIR R4 Observation resources, HL7 v2.5.1 ORU^R01 for the legacy lab feed on port 2575. Order set version 3.2.1. RxNorm 197361 for amlodipine 5 mg. None of those are patient numbers, please stop redacting them in the spec.""",
    # 43 nutrition in a humanitarian setting, numbers only
    """SAM protocol reminder from the field: MUAC 11.2 cm or WHZ <−3 or bilateral pitting oedema = SAM. Appetite test with RUTF. Complicated → stabilisation with F-75 (130 ml/kg/d), transition, then F-100 or RUTF 200 kcal/kg/d. ReSoMal not standard ORS. Amoxicillin for all, measles vaccine if none. IMCI and the WHO pocket book, Sphere standards for the camp. Target weight gain >5 g/kg/d.""",
    # 44 sports medicine thread with member, fracture eponyms and place-named tests
    """@liam.obrien the ankle-knee rule-outs you asked about: Ottawa ankle and Ottawa knee rules, plus the Pittsburgh knee rule. Thessaly test at 20° for meniscus, Lachman > anterior drawer for ACL, Segond fracture = ACL until proven otherwise. Fractures: Jones vs pseudo-Jones (5th MT), Lisfranc, Maisonneuve, Tillaux, Bennett, Rolando, Monteggia, Galeazzi, Smith, Colles, Barton, chauffeur. Beighton 7/9 for hypermobility.""",
]

# note id -> colleagues taking part in the discussion (not tagged in the text)
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc15-002": [{"name": "Grace Mwangi", "handle": "@grace.mwangi"}],
    "pc15-004": [{"name": "Ayesha Siddiqui", "handle": "@ayesha.siddiqui"}],
    "pc15-005": [{"name": "Rhea Santos-Dimaculangan"}, {"name": "Paolo Ocampo"}],
    "pc15-008": [{"name": "Hye-jin Yoon", "handle": "@hyejin.yoon"}],
    "pc15-010": [{"name": "Nadia Fahmy", "handle": "@nadia.fahmy"}],
    "pc15-011": [{"name": "Reza Ahmadi", "handle": "@reza.ahmadi"}],
    "pc15-012": [{"name": "Selin Aksoy", "handle": "@selin.aksoy"}],
    "pc15-014": [{"name": "Karim Nassar"}],
    "pc15-018": [{"name": "Andrés Restrepo", "handle": "@andres.restrepo"}],
    "pc15-021": [{"name": "Marcus Adeyemi-Hart"}, {"name": "Hannah Cartwright", "handle": "@hannah.cartwright"}],
    "pc15-027": [{"name": "Lucía Ortega"}],
    "pc15-032": [{"name": "Mick O'Connell"}],
    "pc15-038": [{"name": "Brian Ssemakula", "handle": "@brian.ssemakula"}],
    "pc15-050": [{"name": "Kenneth Lau", "handle": "@kenneth.lau"}],
    "pc15-053": [{"name": "Aditi Kulkarni", "handle": "@aditi.kulkarni"}, {"name": "Thabo Mokoena"}],
    "pc15-055": [{"name": "Jonas Eriksson", "handle": "@jonas.eriksson"}, {"name": "Fatima Al-Harthy"}],
    "pc15-060": [{"name": "Tomasz Nowak", "handle": "@tomasz.nowak"}],
    "pc15-064": [{"name": "Siobhán Gallagher"}],
    "pc15-069": [{"name": "Haruto Sato", "handle": "@haruto.sato"}, {"name": "Leilani Kahale"}],
    "pc15-071": [{"name": "Oluwaseun Adebayo", "handle": "@oluwaseun.adebayo"}],
    "pc15-075": [{"name": "Kofi Mensah"}, {"name": "Camila Rojas", "handle": "@camila.rojas"}],
    "pc15-077": [{"name": "Chinedu Eze", "handle": "@chinedu.eze"}],
    "pc15-081": [{"name": "Nguyễn Minh Anh", "handle": "@minhanh.nguyen"}],
    "pc15-084": [{"name": "Ravi Shankar Iyer"}],
    "pc15-087": [{"name": "Grace Achieng"}],
    "pc15-088": [{"name": "Inès Moreau", "handle": "@ines.moreau"}],
    "pc15-091": [{"name": "David Cohen", "handle": "@david.cohen"}, {"name": "Mariam Yousef"}],
    "pc15-096": [{"name": "Liam O'Brien", "handle": "@liam.obrien"}],
}


build, render, main = first_set.blind_set(
    "pc15", Path(__file__).with_name("physician_cases_15.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
