# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 37: surgery, anaesthesia and the operating theatre worldwide.

Surgeons, anaesthetists, trainees, theatre nurses, transfusion staff and a claims adjuster
write or paste into the network from the US, the UK, India, Nigeria, Egypt, Iran, Ukraine,
China, Japan, Brazil, Colombia, Spain, the Netherlands, Saudi Arabia and Australia. The PHI
notes are dictated operative reports, CEPOD and outreach theatre lists, pre-anaesthetic
check-up forms, NHS and Iranian consent forms, Spanish and Dutch handovers, ward-round lists,
implant and prosthetic-valve registries, a breast-implant registry entry, frozen-section and
blood-bank requests, a massive-transfusion log, M&M write-ups, transfer letters and regulation
requests (SISREG, Ehalah, 120 dispatch, Form 100), a difficult-airway alert, an EHR access
audit, a workers' compensation e-mail thread and trainees' WhatsApp, WeChat and Telegram
messages (English, Hinglish, Arabizi, Spanish, Portuguese, Dutch, with Chinese, Japanese and
Cyrillic script), from long pasted forms to three-line phone replies. The PHI-free posts hold
dosing and guideline questions, exam and viva revision lists, journal-club summaries, rota
swaps, a blank ward-round template and teaching notes, dense with eponyms (Whipple, Hartmann,
Mallampati, Cormack-Lehane, Kawasaki, Chagas, Armitage), place-named diseases and scores
(Tokyo, Atlanta, Nottingham, Minamata), trials (CODA, RELIEF, POISE-3, CRASH-2, RAVE-II),
brands and devices (Ozempic, Anerem, Glostavent, Toumai, On-X), doses, lab values, laws and
guideline years, conference months, public organisations and links to literature.

Annotation conventions:
- Names: PT for the patient, REL for any non-clinician about the patient (relatives, partners,
  witnesses, interpreters, living donors, a liaison-committee volunteer, a police constable,
  an insurance adjuster, a patient-portal proxy), HCP for clinicians named about the patient's
  care who are not members (surgeons, anaesthetists, nurses, GPs, receiving doctors, signers).
  The span is the name as written, in any case and script, including initials, middle names,
  patronymics, "bin", "dos", "i", "van der", "de" and hyphenated parts; titles and honorifics
  (Dr, Mr, Mrs, Prof., dhr., mw., Dra., Sr., dona, Mallam, Alhaji, -san, sensei) and a
  possessive 's stay outside. A romanised and a native-script form are two spans. Patient
  initials ("A.O.", "L.K.") and an Indian police-record alias ("Selvam @ Selvakumar", two spans)
  are tagged; a temporary trauma alias ("TRAUMA, JULIET") is tagged PT. Every mention is tagged,
  also a first name repeated later. Eponyms in procedures, signs, scores and diseases (Hartmann's,
  Sun's procedure, Kocher, Murphy) are never tagged.
- Colleagues on the network (posters, repliers, @mentions, sign-offs of a post such as
  "Tobenna, SR2", "— Nourhan", "Zhou laoshi", "Dr Karimi, you mentioned") are not tagged and are
  listed in MEMBERS; a patient or relative who shares a member's first name is still tagged.
  Signatures and names inside a pasted document (letters, forms, records) are HCP.
- FAC: hospitals, clinics, nursing homes, named GP practices, schools, employers (including a TV
  station's call sign), a church, a police station; the whole proper name, including a town
  inside it. Wards, bays, beds, theatre numbers and departments are not tagged, nor generic
  phrases ("the district hospital"), nor insurers and public bodies (Nueva EPS, Bupa Arabia,
  Star Health, Social Security Organization, NHIA, SRCA, RFDS, ONT, WHO).
- Places tied to the patient: STREET is the house or flat number with the street (or a Japanese
  chome-ban-go block); TOWN is a city, town, village or community; COUNTY is a county, an Indian
  district or mandal, a Nigerian LGA, including the word "County"/"District"/"LGA" when it
  follows the name; PLACE is a neighbourhood, barrio, city district, vereda or a named landmark
  (a type word before the name, "barrio", "vereda", stays outside); ZIP is a postcode, PIN or
  CEP (the 〒 mark outside). States, provinces, governorates, regions and countries are never
  tagged. Places not tied to a patient (where a conference or a lab is) are not tagged.
- DATE: any date tied to the patient (birth, admission, operation, event, call, clinic,
  the day of a theatre list), full or partial ("8/3", "enero", "3月9日", "the 14th"), in any
  calendar (Solar Hijri "1403/02/17", lunar Hijri with its "H", Japanese era "令和6年11月2日");
  a weekday before it, times and relative expressions (POD3, yesterday) stay outside. Dates not
  tied to a patient (guidelines, trials, conferences, rota swaps, implant expiry dates) are not
  tagged. YEAR: a year alone tied to the patient ("LSCS in 1989"). AGE: only ages over 89,
  the number alone.
- PHONE: any telephone number tied to the patient or the care, as written, with country code and
  an extension that follows it; PAGER: bleep and pager numbers; FAX: fax numbers.
- SSN: national and personal identity numbers (SSN or its last four, NHS number, Aadhaar, masked
  Aadhaar as written, IHI, CPF, cédula, DNI, NIE, BSN, Iqama, Saudi, Egyptian, Iranian and
  Chinese ID numbers, RNOKPP). MRN: hospital, UHID, IP, URN, NHC, ZIS, case-history and
  住院号/门诊号 numbers. PLAN: health insurance or scheme member numbers (Medicare, CNS,
  PM-JAY/Ayushman, EPS, SIP/CIP, Bupa, SOAT, Tamin). ACCT: bills, FIN/HAR encounter accounts.
  LIC: licences and clinicians' registration numbers (GMC, NPI, CRM, state council) and a driving
  licence. PLATE and VIN for vehicles. DEVICE: implant serial and lot numbers (catalogue/REF
  numbers and GTINs are not tagged). URL, IP, EMAIL and HANDLE (social or messenger IDs, with or
  without @). ID: any other identifying number (pathology accessions, blood unit DINs and
  sample numbers, consent and interpreter bookings, referral, authorisation and claim numbers,
  police and MLC numbers, registry numbers, EHR user IDs, dictation job numbers).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 US dictated operative report, laparoscopic converted to open subtotal cholecystectomy
    ("OPERATIVE REPORT\n"
     "Patient: [[PT:Delgado, Marisol T.]]    MRN: [[MRN:0048-221-936]]    FIN: [[ACCT:7720193384]]\n"
     "DOB: [[DATE:06/19/1961]]    Date of service: [[DATE:02/11/2025]]\n"
     "Location: [[FAC:Mercy Saint Anselm Medical Center]], Main OR 7\n"
     "Surgeon: [[HCP:Gregory Vance]], MD    Assistant: [[HCP:Tamika Rowe]], PA-C\n"
     "Anesthesia: general endotracheal, [[HCP:Irfan Siddiqui]], MD\n"
     "Preoperative diagnosis: Acute calculous cholecystitis, Tokyo Guidelines 2018 grade II.\n"
     "Postoperative diagnosis: Gangrenous cholecystitis with a Mirizzi-type inflammatory mass.\n"
     "Procedure: Laparoscopic converted to open subtotal (fenestrating) cholecystectomy through a right subcostal (Kocher) incision.\n"
     "Indications: 63-year-old woman with 5 days of RUQ pain, WBC 18.4, positive sonographic Murphy sign, not improving on piperacillin-tazobactam.\n"
     "Findings: Dense omental and duodenal adhesions. The critical view of safety could not be achieved after 45 minutes and we converted. A 2.5 cm stone was impacted in Hartmann's pouch. The posterior wall was left on the liver bed and the cystic duct orifice was closed from inside with 3-0 PDS.\n"
     "Specimen: gallbladder wall and stone to pathology, accession [[ID:SP25-004187]].\n"
     "EBL 250 mL. UOP 300 mL. 19 Fr Blake drain in Morison's pouch. Sponge, needle and instrument counts correct x2.\n"
     "Disposition: extubated, to PACU in stable condition, then 4 West. Husband [[REL:Ernesto]] was updated in the family consult room by Dr. [[HCP:Vance]]; he can be reached at [[PHONE:(312) 555-0147]].\n"
     "Dictated by [[HCP:G. Vance]], MD. Transcribed [[DATE:02/11/2025]] 16:42, job # [[ID:88213904]]."),
    # 002 UK CEPOD list pasted into the anaesthetic WhatsApp group
    ("Emergency (CEPOD) list, Theatre 9, Sat [[DATE:8/3]]\n"
     "1. [[PT:HARRISON, Kyle]] 34M  K-no [[MRN:K4471902]]  lap appendix ?perforated. NCEPOD 2B, ASA 1. consented by Nadia\n"
     "2. [[PT:WHITCOMBE, Doreen]] [[AGE:91]]F  [[MRN:K0938815]]  Hartmann's for perforated sigmoid. NELA risk 18.7%, P-POSSUM mortality 22%. TEP discussed with daughter [[REL:Sandra]] on the phone: for theatre but not for ICU escalation if she deteriorates post-op. Needs consultant surgeon + consultant anaesthetist, Mr [[HCP:Achebe]] aware\n"
     "3. [[PT:BAKARE, Olusegun]] 52M  [[MRN:K5520147]]  EUA + I&D perianal abscess, after 2 if time, otherwise tomorrow am\n"
     "4. [[PT:FENWICK, Mia-Rose]] 7F  ?intussusception, going to [[FAC:Northgate Children's Hospital]] – reg spoke to their surgical SpR on [[PHONE:0114 496 0732]], transfer booked with the paeds retrieval team\n"
     "Anaes: Dr [[HCP:Lindqvist]] (bleep [[PAGER:2207]]) till 20:00 then Nadia\n"
     "@nadia.h can you chase the G&S on [[PT:Doreen]], lab rejected sample [[ID:BT25-118402]] as unlabelled 🙄"),
    # 003 India pre-anaesthetic check-up form for a total knee replacement
    ("PRE-ANAESTHETIC CHECK-UP (PAC)\n"
     "[[FAC:Sri Venkatesa Multispeciality Hospital]], [[TOWN:Tirupati]]\n"
     "Name: [[PT:K. Lakshmamma]]   Age/Sex: 66/F   UHID: [[MRN:SVH2403317]]   IP No: [[MRN:IP/24/08861]]\n"
     "W/o [[REL:K. Ramaiah]], [[STREET:D.No 4-112, Gandhi Road]], [[TOWN:Renigunta]], [[COUNTY:Tirupati District]] – [[ZIP:517520]]\n"
     "Attender mobile: [[PHONE:+91 98490 32716]]   Aadhaar: [[SSN:4821 6603 9157]]   Dr NTR Vaidya Seva card: [[PLAN:ZH1174025938]]\n"
     "Surgery: R TKR under CSE on [[DATE:19-08-2024]] – Dr [[HCP:P. Suresh Reddy]] (Ortho unit II)\n"
     "H/o: HTN x 8 yrs on T. Amlodipine 5 mg OD, T2DM on T. Metformin 500 mg BD. No h/o CAD, asthma, TB, seizures. Previous surgery: LSCS in [[YEAR:1989]] under GA, uneventful. No known drug allergy.\n"
     "O/E: Wt 71 kg, Ht 151 cm, BMI 31.1. PR 84/min, BP 150/90. MPC III, TMD > 6 cm, mouth opening 3 FB, neck extension restricted (cervical spondylosis). Spine: L3-4 space palpable. CVS S1S2+, RS B/L NVBS.\n"
     "Ix: Hb 11.2 g/dL, FBS 142, HbA1c 7.4%, S.Cr 0.9, Na 138, K 4.1, ECG NSR with LAD, 2D Echo EF 60%, Gr I DD. CXR NAD.\n"
     "ASA II. Plan: CSE + adductor canal block; video laryngoscope and difficult airway cart on standby.\n"
     "Advice: NBM 6 h solids, clear fluids till 2 h. T. Metformin to be omitted on morning of surgery; continue amlodipine with sip of water. Informed high-risk consent for GA if needed.\n"
     "PAC done by: Dr [[HCP:Hemalatha S.]], Reg No. [[LIC:APMC/FMR/61473]]   Date: [[DATE:16/08/2024]]"),
    # 004 Nigeria resident's WhatsApp update after laparotomy for typhoid perforation
    ("Good evening seniors 🙏 Update on the typhoid perforation boy from yesterday's call.\n"
     "[[PT:Chinedu Okoro]], 14/M, hosp no [[MRN:ESTH/25/04519]]. Had exploratory lap last night: 2 ileal perforations about 40cm from the ICJ, edges freshened and closed in 2 layers, lavage with 6L warm saline, mass closure with nylon, skin left open. Post-op PCV 21% so 2 units whole blood requested. Blood bank has only one unit of O pos, so the mum (Mrs [[REL:Ngozi Okoro]]) brought 2 donors from their church in [[TOWN:Obollo-Afor]], screening ongoing, request form no [[ID:BB/0417/25]].\n"
     "Not on NHIA, family paying out of pocket, social welfare has been informed. Dad (Mr [[REL:Emeka Okoro]]) is on [[PHONE:0803 517 2294]] if anybody needs him.\n"
     "Dr [[HCP:Ezeani]] (consultant on call) wants PCV repeated by 6am and the wound reviewed for SSI tomorrow. Ceftriaxone + metronidazole continued.\n"
     "Tobenna, SR2"),
    # 005 Egypt transfer letter for acute limb ischaemia
    ("Dear colleague,\n"
     "Kindly receive Mr [[PT:Mahmoud Abdel-Razek El-Sayed]], 46 years, national ID [[SSN:27804120123457]], referred from [[FAC:Dar El-Shifa General Hospital]], [[TOWN:Mit Ghamr]], Dakahlia, as a case of acute limb ischaemia of the left lower limb (Rutherford IIb) of 9 hours duration, onset [[DATE:3/7/2024]] at 2 am.\n"
     "He is known to have AF; he stopped warfarin by himself 2 months ago after an INR of 5.8. He received heparin 5000 IU bolus then infusion 1000 IU/h, and Ringer lactate.\n"
     "On exam: cold pale limb, absent popliteal and pedal pulses, sensory loss on the dorsum of the foot, weak dorsiflexion. Hand-held Doppler: no signal in DP and PT. CT angiography is not available here at night.\n"
     "Labs: Hb 14.1, TLC 13.2, creatinine 1.1, CK 2400.\n"
     "He works as a teacher at [[FAC:El-Gamhoria Preparatory School for Boys]]. Contact: his son [[REL:Ahmed Mahmoud]] [[PHONE:+20 10 2845 6173]], or the home landline in [[TOWN:Mit Ghamr]] [[PHONE:050 228 4417]].\n"
     "Transferred by ambulance, Dr [[HCP:Hany Fawzy]] accompanying. Please for urgent embolectomy / revascularisation.\n"
     "With thanks,\n"
     "Dr [[HCP:Reham Mostafa]]\n"
     "Resident of General Surgery, [[FAC:Dar El-Shifa General Hospital]]"),
    # 006 Iran consent form for total thyroidectomy, translated for a daughter abroad
    ("Informed consent for surgery – [[FAC:Shahid Farahani Hospital]], [[TOWN:Tehran]] (English translation for the patient's daughter abroad)\n"
     "Patient: [[PT:Fatemeh Rahimi-Nejad]]   Father's name: [[REL:Gholamreza]]\n"
     "National code: [[SSN:0072849316]]   File no.: [[MRN:1402-58831]]\n"
     "Date: [[DATE:1403/02/17]] ([[DATE:6 May 2024]])\n"
     "Operation: Total thyroidectomy with central neck dissection (papillary carcinoma, Bethesda VI on FNA)\n"
     "Surgeon: Dr [[HCP:Kourosh Mirzaei]]   Anaesthesiologist: Dr [[HCP:Shirin Tavakoli]]\n"
     "I have been told of: hoarseness from recurrent laryngeal nerve injury (1–2%, usually temporary), low calcium needing tablets (about 20% temporary, under 2% permanent), bleeding and neck haematoma which may need a return to theatre, scar, lifelong levothyroxine, possible radioactive iodine later. Nerve monitoring (NIM) will be used.\n"
     "Insurance: Social Security Organization (Tamin Ejtemaei), insurance no. [[PLAN:4177302956]]; supplementary: Dana Insurance policy [[PLAN:DN-1402-883104]]\n"
     "Witness: [[REL:Ali Rahimi-Nejad]] (brother), mobile [[PHONE:0912 748 3051]]\n"
     "Address: [[STREET:No. 14, Golestan Alley, Sattarkhan St.]], [[TOWN:Tehran]], postal code [[ZIP:14567-38911]]\n"
     "Daughter's email for the scan of this form: [[EMAIL:s.rahiminejad.tor@gmail.com]]"),
    # 007 Ukraine transfer summary after damage-control surgery for mine-blast injury
    ("TRANSFER SUMMARY (translated from Ukrainian, Form 100 attached)\n"
     "Patient: [[PT:Kovalchuk Andrii Vasylovych]], DOB [[DATE:11.09.1993]]\n"
     "Form 100 no. [[ID:418827]]   RNOKPP: [[SSN:3421907758]]\n"
     "Admitted [[DATE:22.01.2025]] 05:40 to the surgical department of [[FAC:Pavlohrad Central District Hospital]] from a stabilisation point.\n"
     "Mechanism: mine blast. Tourniquets x2 applied at 04:10 in the field; R converted to pressure dressing at 06:30, L could not be converted.\n"
     "Damage control surgery: L guillotine transtibial amputation; R leg four-compartment fasciotomy, external fixation of open tibial fracture (Gustilo IIIA), NPWT dressings x2. TXA 2 g. Transfused 4 RBC, 4 FFP, 1 cryo. Tetanus toxoid given. Cefazolin 2 g q8h.\n"
     "Anaesthesia: GA, ketamine/fentanyl/rocuronium, ETT 8.0, uneventful. Dr [[HCP:Serhii Bondarenko]].\n"
     "Evacuated [[DATE:24.01.2025]] by medical train to [[TOWN:Lviv]]. Receiving surgeon: Dr [[HCP:Olena Hrytsenko]], [[FAC:Lviv Regional Clinical Hospital No. 2]], tel. [[PHONE:+380 67 418 2296]].\n"
     "Mother, [[REL:Nadiia Petrivna Kovalchuk]] ([[TOWN:Kremenchuk]]), informed by phone [[PHONE:+380 50 733 18 04]].\n"
     "Surgeon: [[HCP:Taras Melnyk]]"),
    # 008 China WeChat bed update to the attending, possible anastomotic leak after gastrectomy
    ("Zhou laoshi hao, bed 12 update 📋\n"
     "[[PT:李秀英]] ([[PT:Li Xiuying]]), F 72, 住院号 [[MRN:2024087312]], POD3 after lap radical distal gastrectomy (D2) + Billroth II. Drain 80 ml serous, drain amylase 210 U/L (POD1 1900). T 38.1 last night, CRP 146, WBC 13.6. I booked CT abdomen with oral contrast this afternoon to rule out anastomotic leak, Clavien-Dindo I so far.\n"
     "Her daughter [[REL:张丽]] wants to talk with you before 5pm, phone [[PHONE:138 1726 4490]]. She lives in [[TOWN:Suzhou]] and will come by gaotie.\n"
     "Insurance office asks the 身份证 number again for the CT approval: [[SSN:320503195203114528]], medical insurance card [[PLAN:G3205031188427]].\n"
     "— Chen Yu"),
    # 009 Japan anaesthesia record summary, cemented hemiarthroplasty in a 94-year-old
    ("Anaesthesia record summary – translated for Dr Morgan's visit\n"
     "Patient: [[PT:佐藤ハル]] / [[PT:SATO Haru]], [[AGE:94]] y F, ID [[MRN:00-4417-2286]]\n"
     "Date: [[DATE:令和6年11月2日]] ([[DATE:2 Nov 2024]])\n"
     "Procedure: L bipolar hemiarthroplasty for displaced femoral neck fracture (Garden IV), lateral position, cemented stem.\n"
     "Pre-op: ASA 3. AS moderate (AVA 1.1 cm2, mean PG 28), CKD G3b, on apixaban 2.5 mg (last dose 48 h before). Clinical Frailty Scale 6.\n"
     "Anaesthesia: FICB in ward (0.2% ropivacaine 30 mL), then spinal at L3/4, 25G Quincke, 0.5% hyperbaric bupivacaine 1.8 mL + fentanyl 10 µg. Target T10.\n"
     "Events: 14:12 cement insertion → SpO2 97→89%, SBP 128→78 (BCIS grade 1). Phenylephrine 0.1 mg ×3, FiO2 up. Recovered in 6 min. No further events.\n"
     "Anaesthesiologist: [[HCP:Nakamura Kenji]]   Surgeon: Dr [[HCP:Ishida]]\n"
     "Family: son [[REL:Sato Takeshi]], tel [[PHONE:090-4127-8836]]\n"
     "Address: 〒[[ZIP:350-1124]] Saitama-ken [[TOWN:Kawagoe-shi]] [[STREET:Minamidai 2-8-15]]\n"
     "Discharged to [[FAC:Hikari-en Nursing Home]] on [[DATE:11/20]], summary sent by FAX [[FAX:049-233-7714]]."),
    # 010 Brazil post-op phone follow-up after Roux-en-Y gastric bypass
    ("Post-op phone follow-up (bariatric), [[DATE:21/05/2024]]\n"
     "Pt: [[PT:Juliana Aparecida dos Santos]], 34 y, CPF [[SSN:418.227.903-56]], CNS [[PLAN:702 8049 1163 5527]]\n"
     "RYGB on [[DATE:14/05]] at [[FAC:Hospital Santa Clara do Vale]] by Dr [[HCP:Renato Barcellos]], discharged POD2.\n"
     "Today: she say nausea is better, tolerating 1.2 L/day of liquids, no fever, HR 88 on her smart watch, left shoulder pain resolved. Using enoxaparin 40 mg SC once a day and omeprazole 40 mg. I explain again the red flags (HR >120, fever, abdominal pain, vomiting) and to come direct to PS if any.\n"
     "She is posting her journey on Instagram ([[HANDLE:@ju.santos.bariatrica]]) – I asked her not to post the wound photos with the hospital bracelet.\n"
     "Phone: [[PHONE:(11) 98731-4402]]\n"
     "Address (for the home-care nurse): [[STREET:Rua Cândido Espinheira, 712, apto 41]], [[PLACE:Perdizes]], [[TOWN:São Paulo]] – CEP [[ZIP:05004-000]]\n"
     "Husband [[REL:Cláudio]] asked a medical certificate for her work at [[FAC:Transportadora Rodoeste Ltda]], 30 days.\n"
     "Next: nutrition [[DATE:28/05]], surgeon [[DATE:11/06]]."),
    # 011 Colombia, Spanish post about an expired EPS authorisation for cholecystectomy
    ("Colegas, una ayuda con una EPS 😩\n"
     "Paciente [[PT:Luz Dary Restrepo Gómez]], 51 años, CC [[SSN:43.872.115]], afiliada a Nueva EPS (no. [[PLAN:NE0500122714]]). Colelitiasis sintomática: 3 cólicos biliares y una pancreatitis leve (Atlanta) en [[DATE:enero]]. Ecografía con cálculos de hasta 18 mm, colédoco 5 mm. Necesita colecistectomía laparoscópica.\n"
     "La autorización [[ID:AUT-2024-778102]] se venció el [[DATE:30 de abril]] y en [[FAC:Clínica Las Américas del Sur]] no la programan sin una nueva. Ella vive en el barrio [[PLACE:Manrique Oriental]], [[TOWN:Medellín]], y ya fue dos veces a la oficina.\n"
     "La hija [[REL:Yuliana]] me escribe al WhatsApp ([[PHONE:310 482 7719]]).\n"
     "¿Alguien sabe si la tutela sigue siendo lo más rápido o ya sirve la queja por Supersalud? Gracias"),
    # 012 Spain surgical on-call handover in Spanish
    ("Pase de guardia Cirugía General – domingo [[DATE:9 de marzo]]\n"
     "412-A · [[PT:Encarnación Vidal Ferrer]], [[AGE:90]] a, NHC [[MRN:1187224]]. Hemicolectomía dcha lap (ADK ciego) POD4. Íleo: SNG con 600 ml, Na 131, K 3,2 → reponiendo. Si mañana no mejora, TC. La hija ([[REL:Amparo]]) se queda por la noche, tlf [[PHONE:661 204 873]].\n"
     "415 · [[PT:Jordi Castells i Puig]], 58, NHC [[MRN:2039415]]. Hernia inguinal izq estrangulada, Lichtenstein ayer noche sin resección. Bien, tolera, alta mañana si orina.\n"
     "Box 3 Urgencias · [[PT:Yassine El Amrani]], 23, NIE [[SSN:Y4827163L]]. TC: apendicitis aguda no complicada (Alvarado 8). Pendiente de quirófano, Dra. [[HCP:Soler]] avisada. No tiene tarjeta SIP aún; trabaja en [[FAC:Almacenes Hermanos Peris]] en [[TOWN:Alzira]].\n"
     "420 · [[PT:Rafael Monzó]], colecistitis en tratamiento, se traslada mañana a su hospital de referencia, [[FAC:Hospital Comarcal Vall d'Albaida]], en ambulancia a las 10 h.\n"
     "Buena guardia, Pablo (R3)"),
    # 013 Netherlands vascular surgery evening handover in Dutch
    ("Overdracht avond → nacht, vaatchirurgie\n"
     "K2-14: dhr. [[PT:Willem-Jan van der Meulen]], 71 jr, ZIS [[MRN:7023419]], BSN [[SSN:183447219]]. Dag 2 na open AAA (buisprothese Dacron 18 mm), klemtijd 38 min. Kreat 142 → 168, diurese 25 ml/u laatste 3 uur. Let op colonischemie (vroege sigmoïdoscopie bij diarree/bloed). Partner [[REL:Greetje de Boer]], [[PHONE:06-38174452]], wil gebeld worden bij verslechtering, ook 's nachts.\n"
     "K2-16: mw. [[PT:Fatma Yıldız]], 66 jr, ZIS [[MRN:7188302]]. Fem-pop bypass re (P1, VSM) op vrijdag [[DATE:14-02]]. Wond lekt, Hb 6,1 mmol/l. Dochter [[REL:Elif]] tolkt. Huisarts: dr. [[HCP:M. Bakker]], [[FAC:Gezondheidscentrum Oosterpoort]]. Ontslagadres: [[STREET:Kerkstraat 17]], [[ZIP:9711 KJ]] [[TOWN:Groningen]].\n"
     "Dienstdoend vaatchirurg: dr. [[HCP:Visser]]"),
    # 014 Saudi Arabia bariatric pre-op clinic list with Hijri dates
    ("Pre-op assessment clinic – bariatric list for Sunday [[DATE:23/06/2024]] ([[DATE:17/12/1445H]])\n"
     "1) [[PT:Abdulaziz bin Saad Al-Dosari]], 37M, MRN [[MRN:2216804]], National ID [[SSN:1083746251]], DOB [[DATE:14/03/1407H]]\n"
     "BMI 47.3, OSA on CPAP (STOP-BANG 7), HbA1c 8.1 on metformin + empagliflozin → hold empagliflozin 3 days pre-op (euglycaemic DKA). Mallampati 3, neck 46 cm. Plan LSG with Dr [[HCP:Faisal Al-Harbi]], RSI in ramped position, sugammadex available.\n"
     "Insurance Bupa Arabia, membership [[PLAN:30417728]]. Contact: brother [[REL:Turki]] [[PHONE:+966 55 318 7420]]. Home: [[PLACE:Al-Malqa]], [[TOWN:Riyadh]].\n"
     "2) [[PT:Rommel dela Cruz]], 44M, MRN [[MRN:2291577]], Iqama [[SSN:2439187640]], employer [[FAC:Al-Nakheel Contracting Co.]]. BMI 41, HTN on amlodipine, STOP-BANG 3. Fit for surgery.\n"
     "Dr [[HCP:Mona Al-Otaibi]], Anesthesia"),
    # 015 Australia general surgery ward-round list
    ("Gen Surg ward round – Mon [[DATE:12/8]] – Consultant Mr [[HCP:Papadopoulos]]\n"
     "Bed 3 – [[PT:NGUYEN Van Thanh]] 63M URN [[MRN:1120447]]. Lap ant resection POD5. Stoma working, tolerating diet. Drain out. ?home Weds. Wife [[REL:Lan]] happy to do bag changes, STN to teach.\n"
     "Bed 7 – [[PT:PANNELL Shirley]] [[AGE:92]]F URN [[MRN:0884219]]. Adhesive SBO, day 3 conservative, Gastrografin reached colon at 8h. Start clears. Lives alone in [[TOWN:Caboolture]], son [[REL:Darren]] ([[PHONE:0412 736 905]]) asking about RACF, SW referral done.\n"
     "Bed 11 – [[PT:WALKER Kirra]] 24F URN [[MRN:1207718]]. Lap appendicectomy (gangrenous) POD1, oral Augmentin x5 days, home today. Medicare [[PLAN:2953 48117 2]]. Uni student on prac at [[FAC:Burpengary Creek State School]], needs a med cert for 1 week.\n"
     "Bed 14 – [[PT:O'BRIEN Patrick]] 77M URN [[MRN:0561932]]. Fournier's, 2nd look in theatre today, on list after 1pm.\n"
     "TODO: chase histo [[ID:QP25-31177]] for bed 3"),
    # 016 US implant log for a registry submission, primary total knee arthroplasty
    ("AJRR / implant log – Primary TKA\n"
     "Patient: [[PT:Jennings, Harold W.]]  DOB: [[DATE:1948-02-27]]  MRN: [[MRN:M00729415]]  SSN (last 4): [[SSN:6681]]\n"
     "Facility: [[FAC:Lakeshore Orthopedic Surgery Center]], [[TOWN:Traverse City]], MI [[ZIP:49684]]\n"
     "Date of surgery: [[DATE:2025-01-14]]  Laterality: Right  Approach: medial parapatellar, tourniquet 250 mmHg x 62 min\n"
     "Surgeon: [[HCP:Akosua Mensah-Bonsu]], MD  NPI [[LIC:1730496285]]\n"
     "Payer: Medicare Advantage, member ID [[PLAN:YHK884120057]]\n"
     "Components:\n"
     "- Femur: Triathlon CR, size 5, REF 5510-F-501, LOT [[DEVICE:GH8K2R]], exp 2029-06-30\n"
     "- Tibial baseplate: Triathlon primary, size 5, REF 5520-B-500, LOT [[DEVICE:GJ1M7T]], exp 2028-11-30\n"
     "- Insert: Triathlon X3 CS, size 5, 11 mm, REF 5532-G-511, SN [[DEVICE:MAB4421907]]\n"
     "- Patella: asymmetric X3, 32 mm, REF 5551-G-320, LOT [[DEVICE:GK0P3C]]\n"
     "- Cement: Simplex P with tobramycin x2, LOT [[DEVICE:MMV118]], [[DEVICE:MMV122]]\n"
     "UDI scanned (femur): (01)07613327294512(17)290630(10)[[DEVICE:GH8K2R]]\n"
     "Entered by: [[HCP:Lorraine Pike]], RN, OR circulator"),
    # 017 UK NHS consent form 1 for laparoscopic right hemicolectomy, with interpreter
    ("CONSENT FORM 1 – PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT\n"
     "Patient's surname/family name: [[PT:CHAUDHRY]]\n"
     "Patient's first names: [[PT:Nasreen Bibi]]\n"
     "Date of birth: [[DATE:23/11/1957]]\n"
     "NHS number: [[SSN:401 223 7785]]   Hospital number: [[MRN:RXH0457721]]\n"
     "Responsible health professional: Mr [[HCP:Thomas Ogundipe]], Consultant Colorectal Surgeon (GMC [[LIC:6104382]])\n"
     "Special requirements: Urdu interpreter – Mrs [[REL:Shazia Iqbal]], booking ref [[ID:INT-77104]]\n"
     "Name of proposed procedure or course of treatment: Laparoscopic right hemicolectomy, possible open procedure, possible ileostomy.\n"
     "Intended benefits: removal of the cancer in the caecum (T3 N0 on CT), to prevent bleeding and obstruction.\n"
     "Serious or frequently occurring risks: bleeding, wound infection, chest infection, blood clots (DVT/PE), anastomotic leak (around 1 in 20) which may need further surgery and a stoma, prolonged ileus, injury to duodenum/ureter/bowel, conversion to open surgery (about 1 in 10), incisional hernia, risk to life (about 1 in 100).\n"
     "Any extra procedures which may become necessary: ileostomy, blood transfusion (patient agrees to blood products).\n"
     "Statement of health professional: signed [[HCP:T. Ogundipe]]   Date: [[DATE:02/04/2025]]\n"
     "Statement of interpreter: I have interpreted the information above to the patient to the best of my ability. Signed [[REL:S. Iqbal]]   Date: [[DATE:02/04/2025]]\n"
     "Copy accepted by patient: yes"),
    # 018 India PG resident's Hinglish WhatsApp with tomorrow's OT list and a duty swap
    ("Sir OT list for tmrw, Unit 3, OT 5 📝\n"
     "1) [[PT:Ramesh Yadav]] 45/M, CR no [[MRN:2024/118734]] – R inguinal hernia, Lichtenstein under SAB\n"
     "2) [[PT:Sunita Devi]] 38/F, CR no [[MRN:2024/120916]] – lap chole (USG multiple calculi, CBD 5mm). Hb 9.8 so 1 PRBC arranged, BB req no [[ID:BBR-44190]]\n"
     "3) [[PT:Mohd Asif]] 27/M, CR no [[MRN:2024/121377]] – pilonidal sinus, Limberg flap\n"
     "Sir [[PT:Ramesh]] ka Ayushman card hai ([[PLAN:PJ7T2XW91]]) but portal pe naam \"[[PT:Ramesh Kumar Yadav]]\" hai aur Aadhaar pe \"[[PT:Ramesh Yadav]]\", so package approval pending. Will go to Ayushman Mitra desk at 9.\n"
     "[[PT:Sunita]] ji ke husband [[REL:Rajkumar]] ka no [[PHONE:94153 27819]], he is coming from [[TOWN:Bakshi Ka Talab]] with 2 donors.\n"
     "Also sir can I swap my Sunday emergency with Anjali ma'am? She has agreed 🙏\n"
     "– Vivek"),
    # 019 Nigeria anaesthesia M&M write-up: high spinal, power outage and PPH at caesarean
    ("MORBIDITY & MORTALITY REVIEW – Department of Anaesthesia, [[FAC:Ikeja Regional Specialist Hospital]]\n"
     "Case: [[PT:A.O.]], 29F, G4P3, hosp no [[MRN:IRSH/OBS/24/2291]]\n"
     "Date of event: [[DATE:17th October 2024]]\n"
     "Summary: Unbooked, referred from [[FAC:Iya Alaje Maternity Home]] in [[TOWN:Ikorodu]] after 2 days of labour. Arrived 02:15 with obstructed labour, PCV 24%, HR 128, BP 90/50. Emergency CS under spinal (0.5% heavy bupivacaine 2.5 mL at L3/4). At 02:58 she complained of difficulty breathing and arm weakness; high block to C4 → intubated (thiopentone 250 mg, suxamethonium 100 mg) and ventilated by hand. At 03:10 power outage; the generator came on after about 4 minutes, during which monitoring was lost and ventilation continued with a self-inflating bag. Massive PPH from atony, 3 units of blood (2 from family donors). Cardiac arrest at 04:20, ROSC not achieved. Death certified 04:52 by Dr [[HCP:Folake Adeyemi-Johnson]].\n"
     "Husband, Mr [[REL:Oluwaseun Ogunleye]], was informed; he declined autopsy.\n"
     "Contributory factors: late referral, no blood in the bank, no UPS for monitors, single anaesthetist covering 2 theatres, spinal dose not adjusted for height (1.48 m).\n"
     "Actions: UPS for theatre 2 monitors, walking blood donor register, review of spinal dosing protocol, monthly MDT obstetric haemorrhage drill.\n"
     "Presented by Dr [[HCP:Kunle Bamidele]] (SR)"),
    # 020 Egypt resident's Arabizi WhatsApp about hypocalcaemia after thyroidectomy
    ("Dr Sherif sa3etak, el patient [[PT:Hoda Abdel-Fattah]] (bed 7, file [[MRN:45/3381]], total thyroidectomy embare7) 3andaha tingling fel lips w el fingers, Chvostek +ve, Trousseau -ve. Ca 7.1 mg/dl, albumin 3.8, PTH pending. Edetaha calcium gluconate 10% 20 ml over 10 min w started Ca carbonate 1 g TDS + alfacalcidol 1 mcg. Hanekarrar el Ca at 10 pm.\n"
     "Gozha [[REL:Hamdy]] kallemni 3 marrat, 3ayez sick leave report 3ashan sho8laha fe [[FAC:Delta Textile Company]] fel [[TOWN:Mahalla]], w 3ayzeen el ra2am el qawmy: [[SSN:28510261600482]]. Raqamo [[PHONE:0122 894 3306]].\n"
     "Dr [[HCP:Wael]] said law el Ca < 7 a3mel infusion. Tamam?\n"
     "— Nourhan"),
    # 021 Iran anaesthetist asks the network for dantrolene after suspected malignant hyperthermia
    ("Dear colleagues, urgent request from [[TOWN:Shiraz]]. Yesterday ([[DATE:25 Mehr]]) we had a suspected MH case: [[PT:Parsa Ahmadi]], 9-year-old boy, strabismus surgery at [[FAC:Noor-e Bina Eye Hospital]]. Masseter spasm after succinylcholine, then EtCO2 rose to 78, HR 160, temperature 39.4 within 20 minutes. We stopped sevoflurane, hyperventilated with 100% O2, cooled him, and gave the only 4 vials of dantrolene (Dantrium 20 mg) we had = 80 mg, i.e. 2.5 mg/kg for 32 kg. He improved, now in PICU, CK 18,000, urine dark.\n"
     "Problem: there is no more dantrolene in [[TOWN:Shiraz]]; with the sanctions the supply is very bad. If recrudescence happens we have nothing. Does anyone have a contact to send vials? His father, [[REL:Reza Ahmadi]], can pay, mobile [[PHONE:0917 312 4486]].\n"
     "Also the family needs RYR1 genetic testing, and later the caffeine-halothane contracture test for the sister [[REL:Hasti]]. For the lab forms: national code [[SSN:2283917746]], file no [[MRN:03-118442]].\n"
     "Dr Karimi, you mentioned your hospital in Mashhad had stock last year?\n"
     "Mina"),
    # 022 Ukraine surgeon asks about remote management of a port-site infection, Telegram photos
    ("Колеги, short question in English for our international group 🙏\n"
     "Patient [[PT:Dmytro Savchuk]], 42, lap TAPP right inguinal hernia [[DATE:03.03]], discharged next day. He lives in [[TOWN:Zaporizhzhia]] and it is hard for him to travel to us, so he sends wound photos to my Telegram from [[HANDLE:@dima_savchuk_zp]], and his wife [[REL:Kateryna]] uploaded more in a Google Drive folder: [[URL:https://drive.google.com/drive/folders/1Zq8vT3mXkP0aRb7YcLw2NnE5sHdU4fJo]]\n"
     "Today (POD 9): umbilical port site red ~2 cm around, small serous discharge, no fever, no pain on the mesh side. Mesh ProGrip 15x9, no fixation. I think superficial SSI. Is it fine to start cefalexin 500 mg qid for 5 days remotely and ask him to see his family doctor, Dr [[HCP:Iryna Levchenko]] at [[FAC:Primary Care Centre No. 4]] ([[PHONE:+380 61 764 29 15]]), for a swab? Or you would insist he comes?"),
    # 023 China intra-operative frozen section request
    ("病理申请单 PATHOLOGY REQUEST (intra-operative frozen section)\n"
     "[[FAC:Jiangnan Provincial People's Hospital]] – Department of Pathology\n"
     "Name 姓名: [[PT:王建国]] ([[PT:WANG Jianguo]])   Sex: M   Age: 67\n"
     "Inpatient no 住院号: [[MRN:ZY20250317042]]   Bed: 23-15   Outpatient no 门诊号: [[MRN:MZ0088174330]]\n"
     "Specimen no: [[ID:F2025-01893]]\n"
     "Specimen: R upper lobe wedge, nodule 1.4 cm (part-solid, CTR 0.6) – please FS for malignancy and margin.\n"
     "Clinical: 30 pack-year smoker. CT [[DATE:2025-02-20]] showed enlarging GGN; PET SUVmax 2.8. CEA 4.1.\n"
     "Operation: VATS wedge → lobectomy + MLND if malignant. Surgeon: [[HCP:Zhao Wenbin]]\n"
     "Sent: [[DATE:2025-03-18]] 10:25 by [[HCP:Liu Fang]] (circulating nurse)\n"
     "Result by phone to surgeon's mobile: [[PHONE:139 0571 2284]]"),
    # 024 Japan day-surgery telephone follow-up after TEP hernia repair
    ("Day-surgery telephone follow-up (POD1) – [[DATE:2025/01/28]]\n"
     "Patient: [[PT:Takahashi Ryo]] [[PT:高橋 涼]], 38M, ID [[MRN:0093-5521]]\n"
     "Op: lap TEP R inguinal hernia (JHS classification I-2), [[DATE:1/27]], Dr [[HCP:Morita]]. GA + TAP block.\n"
     "Call at 10:05 to [[PHONE:080-3361-9027]]: pain NRS 3 with loxoprofen 60 mg, walking, voided OK, small scrotal swelling (seroma likely, explained). No fever. Asked when he can drive and go back to work at [[FAC:Mitsuwa Logistics]] [[PLACE:Haneda]] depot – forklift, so 2 weeks restriction; certificate to be sent by email to [[EMAIL:ryo.takahashi.0412@docomo.ne.jp]].\n"
     "Wife [[REL:Takahashi Mai]] also asked about bathing – shower OK, bathtub from POD3.\n"
     "Next OPD: [[DATE:2/10]] 14:30.  Called by [[HCP:Fujii]] (Ns)"),
    # 025 Brazil regulation-centre transfer request for a motorcyclist with splenic injury
    ("SOLICITAÇÃO DE VAGA – Central de Regulação (English copy for the receiving team)\n"
     "SISREG/CROSS no: [[ID:2024-0931-88471]]\n"
     "Patient: [[PT:Wellington Souza Lima]], M, 27 y, DOB [[DATE:03/02/1997]], CNS [[PLAN:898 0010 4721 6634]]\n"
     "Origin: [[FAC:UPA 24h Jardim Tropical]], [[TOWN:Serra]] – ES\n"
     "Motorcycle vs car, 01:30, helmet on. GCS 15, HR 118, BP 96/60, FAST positive (Morison + splenorenal). Received 2 L crystalloid, TXA 1 g. Probable splenic injury, needs CT and surgery. Also open fracture L tibia, splinted, cefazolin given.\n"
     "Motorcycle plate [[PLATE:RQB3F27]], police B.O. no [[ID:00412/2024-DEAT]]\n"
     "Mother [[REL:Rosângela Souza]], [[PHONE:(27) 99844-1263]]\n"
     "Requesting physician: Dr. [[HCP:Thiago Nascimento]], CRM-ES [[LIC:12.884]]"),
    # 026 Colombia surgical admission note, motorcycle versus cow, SOAT and VIN
    ("Admission note general surgery – [[DATE:02/12/2024]] 23:40\n"
     "Pt [[PT:Brayan Stiven Rojas Pardo]], 19 y, CC [[SSN:1.121.947.382]], from vereda [[PLACE:La Cecilia]], [[TOWN:Puerto López]] (Meta). Referred from [[FAC:ESE Hospital Local de Puerto López]].\n"
     "Motorcycle accident as driver, no helmet, hit a cow on the road at ~21:00. GCS 14, abdominal pain LUQ, FAST +, Hb 9.1, HR 124. Plan: exploratory laparotomy, probable splenectomy, vaccines post-splenectomy later.\n"
     "SOAT policy [[PLAN:20417735102]], motorcycle placa [[PLATE:KDM41F]], chasis [[VIN:9FSKC2530LC018842]] (the insurer asks all three for the claim).\n"
     "Mother [[REL:Ana Lucía Pardo]] [[PHONE:+57 312 774 6051]], arriving tomorrow by bus.\n"
     "Cirujano de turno: Dr [[HCP:Germán Quintero]]"),
    # 027 Spain blood-bank request and anaesthetic note for a Jehovah's Witness patient
    ("Solicitud a Banco de Sangre + nota para anestesia (copiado de la historia)\n"
     "Paciente: [[PT:Manuel Ángel Cordero Ruiz]], 68 a, NHC [[MRN:3301827]], CIP [[PLAN:CDRZ561004218014]]\n"
     "Cirugía: gastrectomía subtotal por adenocarcinoma (cT2N0), programada [[DATE:24/10/2024]], Dr. [[HCP:Iñaki Etxeberria]].\n"
     "Testigo de Jehová: rechaza sangre total, hematíes, plasma y plaquetas. Acepta albúmina, factores recombinantes y recuperador de sangre (cell saver) en circuito continuo. Documento de Instrucciones Previas inscrito en el registro, nº [[ID:IP-46-2019-008812]], firmado en [[YEAR:2019]]. Representante: su hija [[REL:Noemí Cordero]], [[PHONE:+34 654 118 027]].\n"
     "Optimización: Hb 10,9 → hierro carboximaltosa 1 g el [[DATE:01/10]], EPO 40.000 UI semanal x3. Objetivo Hb > 13.\n"
     "Comité de Enlace con los Hospitales: Sr. [[REL:Julián Prats]], [[PHONE:630 227 419]]\n"
     "Firma: Dra. [[HCP:Maite Lloret]], Anestesiología"),
    # 028 Netherlands M&M, near-miss wrong-side nerve block
    ("M&M – near miss, wrong-side block (Stop Before You Block)\n"
     "Patient: [[PT:Anouk Verhoeven-Smits]], 54F, ZIS [[MRN:5519033]], [[FAC:Rijnland Zuid Ziekenhuis]]\n"
     "Date: [[DATE:7 november 2024]]\n"
     "Planned: R ankle ORIF (trimalleolar fracture, Weber C), popliteal sciatic + saphenous block in the block room.\n"
     "What happened: the AIOS prepared the ultrasound on the left after the patient pointed to her left knee (old pain). The site marking (arrow on the R shin) was under the blanket. The sedation nurse, [[HCP:Sanne Koster]], asked for the Stop Before You Block moment just before needle insertion; side corrected, no harm.\n"
     "Contributing: time-out done in the OR, not in the block room; midazolam 2 mg already given; marking not visible; ward handover by [[HCP:Bram de Wit]] said 'left' – he was thinking of dhr. [[PT:Verhoeven]] on the same list, also ankle surgery, left side.\n"
     "Actions: SBYB poster and mandatory second check (wristband + consent + marking) in the block room; similar-name alert on the list. Reported in VIM, [[ID:VIM-2024-1187]].\n"
     "Supervisor: dr. [[HCP:Jeroen Hofstede]]"),
    # 029 Saudi Arabia ED-to-OR trauma handover, rollover with plate and VIN
    ("ED → OR handover (trauma) – [[FAC:Al-Qassim Trauma Centre]]\n"
     "Pt: [[PT:Naveed Iqbal Khan]], 31M, Pakistani, Iqama [[SSN:2387451096]], MRN [[MRN:00931177]]\n"
     "RTA: pickup (Toyota Hilux, plate [[PLATE:ر ح ط 4821]] / [[PLATE:RHT 4821]]) rollover near [[TOWN:Al-Bukayriyah]]. VIN from the police report: [[VIN:MR0EX8CB5K1392270]]. SRCA case [[ID:SRCA-11-882046]].\n"
     "Primary survey: A patent, C-collar; B R haemothorax, chest drain 28Fr → 1100 ml; C HR 132, BP 84/50 after 2 units O neg; D GCS 13.\n"
     "eFAST +ve pelvis. Plan: damage-control laparotomy ± preperitoneal packing, MTP activated 14:05.\n"
     "Employer/sponsor: [[FAC:Sahara Cold Stores Est.]], [[PHONE:+966 16 382 4410]]\n"
     "Trauma surgeon: Dr [[HCP:Khalid Al-Shammari]]; anaesthesia: Dr [[HCP:Pradeep Menon]]"),
    # 030 Australia pre-admission anaesthetic clinic, remote community patient with RHD
    ("Pre-admission clinic – Anaesthetics, [[FAC:Central Desert Regional Hospital]]\n"
     "Patient: [[PT:Jasmine Nampijinpa Turner]], 45F, HRN [[MRN:A00318827]], Medicare [[PLAN:5120 73418 1]], IHI [[SSN:8003 6081 6663 8412]]\n"
     "From [[TOWN:Yuendumu]] community, travels in with PATS.\n"
     "Procedure: lap cholecystectomy, Mr [[HCP:Okonkwo]], booked [[DATE:19 March]].\n"
     "Hx: RHD with moderate MS (MVA 1.4 cm2) on 4-weekly benzathine penicillin, T2DM (HbA1c 9.2%), CKD 3a, BMI 36, smoker. No AF.\n"
     "Plan: TTE before surgery, cardiology review, avoid tachycardia, cautious fluids, consider arterial line. Endocarditis prophylaxis not needed for lap chole. Insulin plan per ADS-ANZCA guidance.\n"
     "Escort: aunty [[REL:Rosalind Nungarrayi]] (preferred contact), via the community clinic [[PHONE:(08) 8956 0214]]. ALO [[REL:Maxine Hayes]] to arrange accommodation.\n"
     "Dr [[HCP:Priya Raman]], anaesthetic registrar"),
    # 031 US surgery M&M, retained sponge after open ventral hernia repair
    ("Surgery M&M – Case 3 (retained surgical item)\n"
     "58F, MRN [[MRN:6610049283]]. Index operation [[DATE:12/02/2024]] at [[FAC:St. Brendan's Hospital]] ([[TOWN:Bakersfield]]): open ventral hernia repair, retromuscular mesh (Rives–Stoppa), 4.5 h, shift change of scrub and circulator at 15:00.\n"
     "Presented to our ED [[DATE:01/17/2025]] with fever 38.9 and a tender mass in the L abdomen. CT: 9 cm heterogeneous mass with spongiform gas pattern and a radiopaque marker strip – gossypiboma. Re-explored [[DATE:01/18/2025]] by Dr [[HCP:Adebayo]]: laparotomy sponge in the retromuscular plane, infected mesh explanted, bowel intact. Clavien-Dindo IIIb.\n"
     "Root cause review: final count documented correct. 10 sponges opened after the shift change were on a whiteboard tally, not the count sheet; RFID wand not used. No X-ray before closure (not policy when counts are correct).\n"
     "Disclosure done [[DATE:01/19/2025]] with the patient, Mrs [[PT:Kowalski]], and her husband [[REL:Gary]]. Risk management ref [[ID:RM-25-0117]].\n"
     "Learning points: full count at every handover (AORN guidance), RFID sponges for open cases > 2 h, the count is a team responsibility, speak up."),
    # 032 US surgeon's lowercase phone reply about high drain output after sigmoid colectomy
    ("re pt [[PT:jose martinez]] – lap sigmoid tues [[DATE:3/4]]. called back, drain 400cc overnight, cloudy/brownish per wife. told them ED at [[FAC:valley general]] now, [[REL:rosa]] driving, theyre in [[TOWN:visalia]] so ~45 min. his cell [[PHONE:559-555-0183]]. ED charge aware, CT a/p ordered. cc dr [[HCP:kwan]]"),
    # 033 UK FY1 SBAR message to the registrar
    ("hi sorry to bother, FY1 on ward 22 (surgery). SBAR:\n"
     "S: Mr [[PT:Derek Tillotson]], 81, [[MRN:T2841903]], day 2 post lap R hemi – new fast AF 140s, BP 102/64, NEWS 6\n"
     "B: HTN, T2DM, ex-smoker. Uneventful op per notes. Epidural removed this morning\n"
     "A: clammy, abdo soft but tender around the port sites, lactate 2.9, CRP 212 (was 98), K 3.3. ECG fast AF no ischaemic changes. Given 500ml Hartmann's, 20mmol KCl running\n"
     "R: could you come and review please ?leak. His daughter [[REL:Karen]] is on the ward asking to speak to a doctor, her mobile [[PHONE:07700 900417]]. Mr [[HCP:Haddad]]'s patient.\n"
     "thanks"),
    # 034 UK referral letter to a tertiary HPB surgeon, pancreatic head mass
    ("Dear Professor [[HCP:Reddington]],\n"
     "Re: Mrs [[PT:Gillian Margaret Ashworth]], DOB [[DATE:04.07.1959]], NHS No [[SSN:612 409 8837]]\n"
     "[[STREET:27 Moorside Crescent]], [[TOWN:Sowerby Bridge]], [[COUNTY:West Yorkshire]] [[ZIP:HX6 3QT]]\n"
     "Thank you for seeing this 65-year-old retired primary school teacher with a 3.8 cm mass in the head of pancreas found on CT ([[DATE:11/09/2024]]) during work-up of painless jaundice (bilirubin 212). ERCP with a metal stent (WallFlex) on [[DATE:16/09/2024]] by Dr [[HCP:Sunil Mehra]]; brushings atypical. CA19-9 486. SMV abutment < 180°, no arterial involvement, so borderline resectable by NCCN criteria. Our MDT on [[DATE:19/09]] recommended discussion at your specialist MDT regarding Whipple's versus neoadjuvant FOLFIRINOX.\n"
     "PMH: Hashimoto's thyroiditis, hysterectomy [[YEAR:2003]]. ECOG 1, independent, walks her dog 3 miles a day.\n"
     "She lives with her husband [[REL:Keith]]; their son [[REL:Matthew Ashworth]] ([[PHONE:07700 900562]], [[EMAIL:matt.ashworth84@outlook.com]]) would like to be copied into correspondence, and she has given permission.\n"
     "GP: Dr [[HCP:A. Kaur]], [[FAC:Ryburn Valley Surgery]]\n"
     "Yours sincerely,\n"
     "Mr [[HCP:Omar Siddiqui]], Consultant Upper GI Surgeon"),
    # 035 India discharge summary after laparoscopic cholecystectomy, masked Aadhaar
    ("DISCHARGE SUMMARY\n"
     "[[FAC:Sahyadri Lifecare Hospital]], [[PLACE:Kothrud]], [[TOWN:Pune]]\n"
     "Name: Mrs. [[PT:Pooja Anil Kulkarni]]   Age: 41 yrs   Sex: F\n"
     "UHID: [[MRN:SLH/PN/0192283]]   IPD No: [[MRN:24-IP-11903]]   Bill No: [[ACCT:INV/24-25/33871]]\n"
     "Aadhaar: [[SSN:XXXX XXXX 7316]]   Insurance: Star Health, policy [[PLAN:P/151100/01/2024/008812]], TPA claim [[ID:CLM-0928374]]\n"
     "DOA: [[DATE:02/09/2024]]   DOS: [[DATE:03/09/2024]]   DOD: [[DATE:05/09/2024]]\n"
     "Diagnosis: Acute calculous cholecystitis (Tokyo grade I)\n"
     "Procedure: Laparoscopic cholecystectomy (4 port) under GA by Dr. [[HCP:Nitin Deshpande]]. Findings: oedematous GB, 2 stones 1.5 cm, CVS achieved, cystic artery and duct clipped. Specimen sent for HPE.\n"
     "Course: Uneventful. Started orally on POD1. Drain removed POD2.\n"
     "Advice on discharge: Tab. Cefuroxime 500 mg BD x 5 days, Tab. Pantoprazole 40 mg OD before breakfast, Tab. Paracetamol 650 mg SOS (max 4/day). Low-fat diet for 2 weeks. Suture removal on day 8.\n"
     "Follow-up: OPD on [[DATE:12/09/2024]] with HPE report; appointments [[PHONE:020 2546 7712]]. Reports will be emailed to [[EMAIL:pooja.kulkarni81@yahoo.co.in]].\n"
     "Return immediately if fever, jaundice, vomiting or severe abdominal pain."),
    # 036 Nigeria hernia outreach camp theatre list
    ("Hernia outreach – [[FAC:Bichi Cottage Hospital]], [[COUNTY:Bichi LGA]], Kano State. Day 2 list, Saturday [[DATE:22 June]]\n"
     "1. [[PT:Musa Garba]] 56M (reg [[ID:OH-KN-24-031]]) from [[TOWN:Danzabuwa]] – R inguinoscrotal hernia, 20 yrs duration. Lichtenstein with donated mesh under LA (lignocaine 1% with adrenaline, max 7 mg/kg).\n"
     "2. [[PT:Hauwa Sani]] 8F (reg [[ID:OH-KN-24-044]]) – umbilical hernia 2.5 cm, Mayo repair, ketamine + caudal. Father Mallam [[REL:Sani Abubakar]] has not signed consent yet, needs Hausa explanation – nurse [[HCP:Hadiza]] will do it.\n"
     "3. Alhaji [[PT:Ibrahim Lawan]] 71M (reg [[ID:OH-KN-24-052]]) from [[TOWN:Bagwai]] – bilateral inguinal hernias + L hydrocele (Jaboulay). BP 168/98, amlodipine given, recheck at 10. Son [[REL:Aminu]] [[PHONE:0806 224 7139]].\n"
     "4. [[PT:Abdullahi Yusuf]] 33M – lipoma upper back 6 cm, LA, last case.\n"
     "Mesh count: 14 left of 40. Coordinator Dr [[HCP:Aisha Bello]]."),
    # 037 Egypt prosthetic heart valve card
    ("PROSTHETIC HEART VALVE CARD – keep it with you always\n"
     "[[FAC:Nile Delta Cardiac Centre]], Department of Cardiothoracic Surgery\n"
     "Name: [[PT:Samira Fathy Abdel-Maksoud]]\n"
     "DOB: [[DATE:19/08/1981]]   National ID: [[SSN:28108191201873]]   File no: [[MRN:CTS-24-0912]]\n"
     "Operation: Mitral valve replacement (rheumatic severe MS + moderate MR), [[DATE:11/03/2024]]\n"
     "Surgeon: Prof. [[HCP:Yasser Hegazy]]\n"
     "Valve: On-X mitral, 25/33 mm, Conform-X sewing ring, serial no. [[DEVICE:1847203]]\n"
     "Anticoagulation: warfarin, target INR 2.5–3.5, + aspirin 75 mg. INR clinic every 2 weeks, on Tuesday.\n"
     "Antibiotic prophylaxis before dental procedures (amoxicillin 2 g 1 hour before).\n"
     "Warfarin is dangerous in pregnancy – contact the clinic before planning pregnancy.\n"
     "Emergency contact: husband [[REL:Hesham Abdel-Aziz]] [[PHONE:+20 11 5509 3318]]\n"
     "Valve clinic hotline: [[PHONE:050 236 0418 ext 212]]"),
    # 038 Iran kidney transplant team note, living unrelated donor
    ("Transplant team note – [[FAC:Samen Kidney Transplant Centre]], [[TOWN:Mashhad]]\n"
     "Recipient: [[PT:Hossein Ghasemi]], 52M, file [[MRN:KT-1403-0419]], national code [[SSN:0931845527]]. ESRD (diabetic nephropathy), HD 3x/week for 3 years via L brachiocephalic AVF. Blood group B+. PRA 12%.\n"
     "Donor: [[REL:Mehdi Yousefi]], 29M, living unrelated, approved by the Kidney Patients' Support Association, national code [[SSN:0943318207]]. Blood group O+. DTPA split function L 52 / R 49 mL/min. CT angio: single artery each side.\n"
     "HLA 3/6 mismatch; CDC and flow crossmatch negative [[DATE:1403/09/02]].\n"
     "Plan for [[DATE:1403/09/10]] ([[DATE:30 November 2024]]): donor lap L nephrectomy (Dr [[HCP:Amir Hosseini]]), recipient transplant in R iliac fossa (Dr [[HCP:Saeed Rostami]]). Induction thymoglobulin 1.5 mg/kg x3 + methylprednisolone 500 mg, then tacrolimus/MMF/prednisolone. CMV D-/R+ → valganciclovir prophylaxis.\n"
     "Recipient's wife [[REL:Zahra Moradi]]: [[PHONE:0915 227 6048]]. Donor contact: [[PHONE:0935 604 1172]]"),
    # 039 Ukraine paediatric anaesthesia record during an air-raid alert
    ("Anaesthesia record – summary for the M&M on working through air-raid alerts\n"
     "[[FAC:Kyiv City Children's Hospital No. 3]]\n"
     "Patient: [[PT:Sofiia Tkachenko]], 6 y, 21 kg, case history no. [[MRN:2025/1457]]\n"
     "Date: [[DATE:14.02.2025]]. Operation: laparoscopic appendectomy (phlegmonous appendicitis).\n"
     "22:10 induction: sevoflurane 8% by mask, IV 22G, propofol 60 mg, fentanyl 40 mcg, rocuronium 12 mg; cuffed ETT 5.0, cuff 15 cmH2O.\n"
     "22:35 air-raid alert. Decision with the surgeon, [[HCP:Ihor Marchenko]], to continue (theatre on the ground floor with protected walls).\n"
     "23:02 mains power lost; monitor and ventilator on battery ~40 s until the generator; sevoflurane continued (mechanical vaporiser).\n"
     "23:20 end of surgery, sugammadex 4 mg/kg (84 mg), extubated awake. PONV prophylaxis ondansetron 0.1 mg/kg + dexamethasone 0.15 mg/kg.\n"
     "Mother, [[REL:Yuliia Tkachenko]], was in the shelter on level -1; informed at 23:40 after the all-clear, tel [[PHONE:+380 93 615 40 27]].\n"
     "Home: [[STREET:vul. Akhmatovoi 22, kv. 117]], [[PLACE:Darnytskyi district]], [[TOWN:Kyiv]]\n"
     "Anaesthesiologist: [[HCP:Volodymyr Shevchuk]]"),
    # 040 China county-to-provincial transfer for type A aortic dissection
    ("Transfer handover – county hospital → provincial centre (pasted from WeChat)\n"
     "Patient: [[PT:陈国华]] [[PT:Chen Guohua]], M 58, ID card [[SSN:331122196604151233]], from [[FAC:Qingyuan County People's Hospital]], 住院号 [[MRN:QY25-00318]]\n"
     "Tearing chest pain to the back at 00:40 on [[DATE:3月9日]]. CTA 02:10: Stanford A (DeBakey I), entry tear in the ascending aorta, small pericardial effusion, R renal artery from the false lumen.\n"
     "BP 172/96 → esmolol 100 µg/kg/min + nicardipine, now SBP 108, HR 62. Morphine 5 mg. Urine 40 ml/h. Lactate 1.8. Cr 98.\n"
     "120 dispatch no. [[ID:20250309-0217]], left 03:15, ETA 06:30.\n"
     "Son [[REL:陈磊]] in the ambulance, tel [[PHONE:135 7702 6613]], WeChat ID [[HANDLE:chenlei_qy1988]]\n"
     "Receiving: Dr [[HCP:Sun Hao]], cardiac surgery, [[FAC:Eastern Provincial Cardiovascular Hospital]]. Bentall + total arch with frozen elephant trunk (Sun's procedure) discussed with the son, he agrees in principle."),
    # 041 Japan breast implant registry entry checked before submission
    ("Breast implant registry entry – checked before submission\n"
     "Registry patient no. [[ID:JP-BI-2024-118273]]\n"
     "Name: [[PT:Kimura Aya]] [[PT:木村 彩]], DOB [[DATE:1979/05/16]], chart [[MRN:C-552019]]\n"
     "Date of surgery: [[DATE:2024/10/08]]. Two-stage reconstruction (TE → implant) after L mastectomy (Luminal A, pT1cN0).\n"
     "Implant: smooth round, 325 cc, REF SRF-325, SN [[DEVICE:22154839-047]]. Tissue expander removed, SN [[DEVICE:18893021-112]].\n"
     "Surgeon: [[HCP:Hayashi Naoko]]   Institution: [[FAC:Minato Breast Surgery Clinic]]\n"
     "Consent for registry and future recall contact: mobile [[PHONE:070-2218-4653]], email [[EMAIL:aya.kimura516@icloud.com]], address 〒[[ZIP:231-0023]] [[TOWN:Yokohama]] [[PLACE:Naka-ku]] [[STREET:Yamashita-cho 118-3-902]]"),
    # 042 Brazil residents' WhatsApp: shift swap and a post-appendicectomy collection
    ("Pessoal, troca de plantão + um caso:\n"
     "@camila.ferreira posso ficar com teu plantão de sábado no centro cirúrgico e tu pega meu domingo? 🙏\n"
     "Caso: paciente [[PT:Camila Rocha Vieira]], 23 a, leito 9 da Cirurgia, pós-op de apendicectomia [[DATE:17/06]], hoje febre 38,6 e dor em FID. USG: coleção 4x3 cm. Dr. [[HCP:Alencar]] quer drenagem guiada amanhã. Prontuário [[MRN:884.213-7]]. A mãe (dona [[REL:Célia]]) está pedindo notícias no [[PHONE:(71) 98812-3047]].\n"
     "— Lucas (R2)"),
    # 043 Colombia anaesthetic record summary at altitude, laparoscopic sigmoidectomy
    ("Registro anestésico – resumen (English for the ERAS audit)\n"
     "[[FAC:Clínica Santa Bárbara de Usaquén]], [[TOWN:Bogotá]] (2,640 m)\n"
     "Patient: [[PT:Martha Cecilia Pulido Suárez]], 62F, CC [[SSN:41.698.203]], HC [[MRN:41698203]], EPS Sanitas contrato [[PLAN:10-2281-4477]]\n"
     "Date: [[DATE:2024-07-23]]. Lap sigmoidectomy, elective, after 3 episodes of diverticulitis (last Hinchey Ib).\n"
     "Baseline SpO2 91% on room air (normal for altitude), Hb 15.8.\n"
     "GA: propofol TCI (Schnider) + remifentanil (Minto), rocuronium 0.6 mg/kg, BIS 40–60, bilateral TAP blocks 0.25% bupivacaine 20 mL each side. Goal-directed fluids (PPV < 13%), 1,400 mL total. Sugammadex 2 mg/kg. PACU Aldrete 10 at 40 min.\n"
     "Home: [[STREET:Calle 127 # 15-42, Apto 503]], barrio [[PLACE:Santa Bárbara Occidental]]. Husband [[REL:Hernando Vargas]] [[PHONE:+57 315 208 4476]].\n"
     "Anaesthesiologist Dr [[HCP:Camilo Bernal]]; surgeon Dra [[HCP:Juliana Mejía]]"),
    # 044 Spain urgent pre-anaesthetic assessment, hip fracture in a 96-year-old
    ("Valoración preanestésica urgente – fractura de cadera\n"
     "[[PT:Dolores Sánchez Bermejo]], [[AGE:96]] años, NHC [[MRN:0588112]], DNI [[SSN:22918347K]]. Vive en la [[FAC:Residencia Virgen del Carmen]] de [[TOWN:Torrent]]. Caída el sábado [[DATE:2/11]] por la noche: fractura pertrocantérea izquierda (AO 31-A2).\n"
     "AP: FA permanente (CHA2DS2-VASc 5) con apixabán 2,5 mg/12 h, última dosis [[DATE:2/11]] a las 21 h. Marcapasos DDD (Medtronic Azure, nº serie [[DEVICE:RNB418872S]]) por BAV completo, revisado en [[YEAR:2023]]. Prótesis de rodilla dcha en [[YEAR:2015]] con raquianestesia sin incidencias. ERC 3b (FG 38). Barthel 55, Pfeiffer 4 errores.\n"
     "EF: 48 kg, TA 132/70, FC 72 (estimulada). Soplo sistólico aórtico 3/6 – eco: EAo moderada (Vmax 3,6 m/s).\n"
     "Plan: cirugía < 48 h (clavo endomedular). Bloqueo PENG ya en urgencias. Raquianestesia con bupivacaína hiperbara 0,5% 1,4 ml + fentanilo 10 µg a partir de las 21 h del [[DATE:4/11]]. Marcapasos: no precisa reprogramación (bisturí bipolar).\n"
     "Tutor legal: sobrino [[REL:Vicente Bermejo]], [[PHONE:628 441 902]]. Acepta el riesgo (ASA IV, Nottingham Hip Fracture Score 6).\n"
     "Dr. [[HCP:Andreu Martí]], Anestesiología"),
    # 045 Netherlands day-surgery video follow-up that failed, with link and log IP
    ("Nabelgesprek dagbehandeling (video)\n"
     "Patiënt: mw. [[PT:Lotte de Graaf]], 29 jr, ZIS [[MRN:8833021]]; lap chole [[DATE:12-03-2025]] (dr. [[HCP:Smit]]).\n"
     "Videolink verstuurd: [[URL:https://beeldbellen.rijnzuid.nl/c/7KQ2-X9PM-4TTA]], afspraak [[DATE:14-03]] 10:40. Geen verbinding (log: client IP [[IP:84.27.193.61]], Safari 17), dus gebeld op [[PHONE:+31 6 4419 2738]].\n"
     "Klachten: schouderpijn re (CO2), wondjes droog, nog geen ontlasting (dag 2), geen koorts. Paracetamol 1 g 4dd + naproxen 500 mg 2dd, macrogol gestart. Werk (kinderdagverblijf [[FAC:'t Hummeltje]]) na 1 week.\n"
     "Partner [[REL:Joost]] mailt foto's van de wondjes vanaf [[EMAIL:joost.vdberg@ziggo.nl]]; gevraagd om dat via het patiëntenportaal te doen."),
    # 046 Saudi Arabia Ehalah referral, adolescent with suspected ovarian torsion
    ("Ehalah referral no. [[ID:EH-1446-7729104]] – URGENT\n"
     "From: [[FAC:Wadi Jazan Medical Complex]], [[TOWN:Abu Arish]]\n"
     "Patient: [[PT:Mariam Ali Hakami]], 14 F, National ID [[SSN:1139204578]], MRN [[MRN:330-14-992]]\n"
     "Date: [[DATE:02/11/1446H]] ([[DATE:30/04/2025]])\n"
     "Dx: 11 cm complex L adnexal mass, suspected torsion (whirlpool sign, reduced Doppler flow). Pain 18 h. Hb 12.1, WBC 14.8, βhCG negative. AFP, LDH, CA-125 and inhibin sent.\n"
     "Request: paediatric surgery / gynaecological oncology for detorsion ± ovarian-sparing surgery; not available here after hours.\n"
     "Guardian: father [[REL:Ali Hakami]], [[PHONE:0554 817 362]], family lives in [[TOWN:Samtah]].\n"
     "Referring physician: Dr [[HCP:Ibrahim Madkhali]], general surgery"),
    # 047 Australia referral to anaesthetic allergy clinic after anaphylaxis on induction
    ("To: Anaesthetic Allergy Clinic, [[FAC:Southern Coast Immunology Service]]\n"
     "Re: Mr [[PT:Callum Fitzgerald]], DOB [[DATE:30/10/1971]], MRN [[MRN:SA2048813]], Medicare [[PLAN:4128 66291 3]]\n"
     "Suspected grade 4 (Ring and Messmer) anaphylaxis on induction [[DATE:18/02/2025]] for elective laparoscopic Nissen fundoplication at [[FAC:Glenelg Private Hospital]]. Previous GA [[YEAR:2009]] (ORIF wrist) uneventful.\n"
     "Exposures within 30 min: cefazolin 2 g, fentanyl 100 mcg, propofol 200 mg, rocuronium 50 mg, chlorhexidine 2% skin prep, latex-free environment. Tryptase at 1 h 38.2 µg/L (baseline at 24 h 4.1).\n"
     "Treatment: adrenaline 100 mcg boluses x6 then infusion, 3 L crystalloid; case cancelled, ICU overnight, extubated next morning.\n"
     "Anaesthetist: Dr [[HCP:Helen Marsh]], ph [[PHONE:(08) 8301 5527]], email [[EMAIL:h.marsh@glenelganaesthesia.com.au]]\n"
     "Patient: [[STREET:14 Jetty Road]], [[TOWN:Brighton]] SA [[ZIP:5048]]; mobile [[PHONE:0421 558 093]]; MedicAlert ID [[ID:MA-7731204]]\n"
     "ANZAAG alert letter given; please test all of the above including chlorhexidine."),
    # 048 US privacy office access audit after a VIP surgical admission
    ("CONFIDENTIAL – Privacy Office access review, surgical VIP (please do not forward)\n"
     "Patient: [[PT:Brianna Castellanos]] (evening news anchor, [[FAC:KVLT]]), MRN [[MRN:40021877]], admitted [[DATE:4/22/2025]] to [[FAC:Westbrook Memorial Hospital]] for laparoscopic appendectomy, discharged [[DATE:4/24/2025]].\n"
     "Flagged accesses (break-the-glass not used):\n"
     "1. User [[ID:jdm4471]] (transport), workstation [[IP:10.42.118.27]], [[DATE:4/23]] 02:14, Chart Review > Op Note. Not on care team.\n"
     "2. User [[ID:rkp0092]] (scheduling), VPN [[IP:172.16.40.211]], [[DATE:4/23]] 09:50, Media tab (intra-op photos).\n"
     "3. MyChart proxy login from [[IP:73.189.44.102]] – her sister [[REL:Monique Castellanos]], a documented proxy, so appropriate.\n"
     "Next: managers notified, HR interviews this week; breach risk assessment per 45 CFR 164.402 (4-factor test). If a breach, notification within 60 days.\n"
     "Questions to the privacy line, not to the surgical team."),
    # 049 US massive transfusion protocol log, unidentified trauma patient later identified
    ("MTP log – Transfusion Service, [[FAC:Inland Valley Regional Trauma Center]]\n"
     "Patient: [[PT:TRAUMA, JULIET]] (unidentified male), MRN [[MRN:T990314]], HAR [[ACCT:5501839204]]\n"
     "Later identified from driver's license [[LIC:D4471203]] as [[PT:Marcus Delaney]], DOB [[DATE:08/14/1989]]; MRN merged into [[MRN:00418832]]. Motorcyclist found on Hwy 74, [[COUNTY:Riverside County]].\n"
     "MTP activated [[DATE:05/03/2025]] 23:48 by Dr [[HCP:Ana Villarreal]] (pager [[PAGER:3391]]).\n"
     "Cooler 1 (23:55): 4 RBC O neg, DIN [[ID:W0418 25 117734]], [[ID:W0418 25 117736]], [[ID:W0418 25 117741]], [[ID:W0418 25 117745]]; 4 plasma A (liquid, low titer).\n"
     "Cooler 2 (00:20): 4 RBC O pos (male, switched), 4 plasma AB, 1 apheresis platelet. TXA 1 g prehospital. CaCl 2 g. TEG: R 9.4, MA 48.\n"
     "Type & screen sample [[ID:BB-4471902]] → O pos, antibody screen negative. Type-specific from 00:41.\n"
     "MTP deactivated 02:10. Totals: 12 RBC, 10 plasma, 2 platelets, 1 cryo pool."),
    # 050 UK difficult airway alert letter to patient and GP
    ("DIFFICULT AIRWAY ALERT – copy to patient and GP\n"
     "Patient: Mr [[PT:Robert Llewellyn]] (known as [[PT:Bobby]])\n"
     "DOB [[DATE:12/01/1966]]   NHS number [[SSN:703 559 1842]]   Hospital no [[MRN:W0319927]]\n"
     "Address: [[STREET:Flat 2, 9 Heol y Nant]], [[TOWN:Pontypridd]], [[ZIP:CF37 4LB]]\n"
     "GP: Dr [[HCP:Rhian Pugh]], [[FAC:Taff Vale Medical Practice]]\n"
     "Date of anaesthetic: [[DATE:19 Feb 2025]] – elective laparoscopic cholecystectomy.\n"
     "What happened: Cormack–Lehane grade 4 view with Macintosh 4 and McGrath MAC X3 blade; bougie failed x2; oxygenation rescued with a second-generation SAD (i-gel 5); woken up (DAS 2015 Plan C) and surgery postponed. Subsequent awake fibreoptic intubation on [[DATE:26 Feb 2025]] was successful (topical lidocaine, remifentanil TCI).\n"
     "Contributing features: BMI 41, neck circumference 48 cm, limited mouth opening (TMJ disease), reduced neck extension.\n"
     "Recommendation: awake tracheal intubation (DAS ATI guidelines 2020) for any future general anaesthetic. Please code this on the GP record. Mr [[PT:Llewellyn]] has been given a copy and advised to register with a medical alert service.\n"
     "Dr [[HCP:Catrin Morgan]], Consultant Anaesthetist"),
    # 051 India medico-legal case, emergency laparotomy for stab injury
    ("MLC No. [[ID:MLC/1127/2024]] – Emergency laparotomy\n"
     "[[FAC:Coimbatore North Government Hospital]], Department of General Surgery\n"
     "Patient: [[PT:Selvam]] @ [[PT:Selvakumar]], 32/M, S/o [[REL:Murugesan]], [[STREET:No. 7, Kamarajar Street]], [[PLACE:Ganapathy]], [[TOWN:Coimbatore]] – [[ZIP:641006]]\n"
     "Brought by: Head Constable [[REL:R. Arumugam]] (No. [[ID:HC 2217]]), [[FAC:Saravanampatti Police Station]], FIR No. [[ID:412/2024]]\n"
     "Alleged history of assault with a knife on [[DATE:28.10.2024]] at about 22:30 near [[PLACE:Gandhipuram bus stand]]. Smell of alcohol present; blood alcohol sample sealed and handed over.\n"
     "O/E: 3 cm stab wound L hypochondrium with omentum protruding, guarding. Pulse 112, BP 100/70.\n"
     "Procedure: midline laparotomy – 2 jejunal perforations repaired primarily, mesenteric bleeder ligated, 600 ml haemoperitoneum, spleen intact. Wound of entry debrided.\n"
     "Surgeon: Dr [[HCP:K. Senthilnathan]], Assistant Professor. Wound certificate issued; nature of injury: grievous."),
    # 052 US workers' compensation e-mail thread about a finger replant
    ("From: [[EMAIL:dana.whitfield@claimsnorthwest.com]]\n"
     "Subject: Claim [[ID:WC-24-0088173]] – [[PT:Tyler Brooks]], DOI [[DATE:10/07/2024]]\n"
     "Hi Dr. [[HCP:Okafor]], I'm the adjuster on Mr. [[PT:Brooks]]'s claim. He was injured at [[FAC:Cascade Timber Products]] ([[TOWN:Longview]], WA). Could you send the op note for the finger replant and a current work status form? Our fax is [[FAX:(360) 555-0119]]. Thanks, [[REL:Dana Whitfield]]\n"
     "---\n"
     "[[REL:Dana]] – op note attached: replantation of R index and middle fingers at the PIPJ level, [[DATE:10/07/2024]], 9 h operative time, leech therapy POD2–6 for venous congestion of the middle finger, both digits viable. He is off work until at least [[DATE:1/15/2025]]; hand therapy at [[FAC:Columbia Hand Therapy]] 3x/week. If you need to reach him directly, his number is [[PHONE:(360) 555-0162]].\n"
     "[[HCP:Chidi Okafor]], MD, Hand and Upper Extremity Surgery"),
]

FREE_NOTES: list[str] = [
    # 053 UK anaesthetist asks about sugammadex dosing in obesity
    ("@raj.patel quick one for the airway nerds: sugammadex dosing in the morbidly obese. Our SOP says 2 mg/kg actual body weight for TOF count ≥ 2, 4 mg/kg for PTC 1–2, and 16 mg/kg for immediate reversal after rocuronium 1.2 mg/kg. The SmPC says actual weight, but several papers (and the SOBA single-sheet guideline) use ideal body weight + 40% for routine reversal. Anyone using adjusted body weight routinely? A 160 kg patient at 4 mg/kg TBW is 640 mg, i.e. more than three 200 mg vials, and procurement are on our backs. Also: is everyone still keeping suxamethonium in the RSI drawer after NAP7? Thanks all – Hannah"),
    # 054 US ERAS and GLP-1 receptor agonists before surgery
    ("Re the GLP-1 question from Tuesday's huddle. The ASA consensus guidance (June 2023) said: hold weekly agents (semaglutide/Ozempic/Wegovy, dulaglutide/Trulicity, tirzepatide/Mounjaro) for 1 week before elective surgery, daily ones (liraglutide, exenatide) on the day. The multisociety statement from late 2024 walked this back: most patients can continue, consider a 24 h clear-liquid diet beforehand, and use point-of-care gastric ultrasound if they have nausea, vomiting or bloating on the day. Our ERAS colorectal pathway still includes carbohydrate loading (12 oz clear carb drink up to 2 h pre-op) – for GLP-1 patients I'd drop that until P&T meets in March. RSI for anyone symptomatic, obviously. Anyone already auditing aspiration events?"),
    # 055 India PG viva revision list of surgical signs
    ("PG viva revision – surgical signs, quick list for juniors (add if I missed any):\n"
     "• Murphy's sign – acute cholecystitis; Boas' sign – referred pain below the R scapula\n"
     "• Rovsing's, psoas and obturator signs – appendicitis; Alvarado score ≥ 7 = likely\n"
     "• Courvoisier's law – palpable painless GB + jaundice, think periampullary Ca\n"
     "• Charcot's triad → Reynolds' pentad – cholangitis (Tokyo 2018 severity grades)\n"
     "• Grey Turner's and Cullen's signs – retroperitoneal bleed, severe pancreatitis (Ranson ≥ 3, BISAP ≥ 3)\n"
     "• Virchow's node (Troisier's sign), Sister Mary Joseph nodule, Blumer's shelf, Krukenberg tumour – spread of gastric Ca\n"
     "• Trousseau's sign – hypocalcaemia after thyroidectomy; not the same as Trousseau syndrome (migratory thrombophlebitis)\n"
     "• Kehr's sign – splenic rupture\n"
     "Exam is in the 2nd week of May as per the university circular, so start now 📚"),
    # 056 Nigeria drawover anaesthesia in district hospitals
    ("Question for colleagues in district hospitals: who still uses drawover anaesthesia? We have one EMO and a Glostavent Helix that was donated in 2019, and with our oxygen supply being what it is (and NEPA taking light twice a day) drawover with halothane or isoflurane plus O2 at 1–2 L/min is still the backup. Ketamine 1–2 mg/kg IV for induction, then infusion 1 mg/kg/h with diazepam, has carried a lot of our caesareans under GA. The Lifebox pulse oximeters are still working after 5 years. Would love a WFSA-style refresher on servicing the vaporisers – does anyone have the maintenance manual as PDF?"),
    # 057 Egypt needlestick protocol and hepatitis C
    ("After yesterday's needlestick in theatre (no, not telling who 😅) a reminder of our protocol: wash, don't squeeze hard, report to infection control within 1 h. Source testing: HBsAg, anti-HCV, HIV Ag/Ab, and HCV RNA if anti-HCV positive. There is no PEP for HCV – test the staff member at baseline, HCV RNA at 3 and 6 weeks, anti-HCV at 6 months; early infection is treated with sofosbuvir/daclatasvir for 12 weeks like the national programme. HBV: know your anti-HBs, booster if < 10 mIU/mL. HIV PEP (TDF/FTC + dolutegravir) within 72 h, ideally within 2 h. Egypt went from ~10% HCV prevalence to WHO 'gold tier' status in 2023 thanks to the 100 Million Healthy Lives campaign, but our dialysis and surgical populations are still higher risk. Double-gloving for all orthopaedic and trauma cases please."),
    # 058 Iran teaching point on butyrylcholinesterase deficiency
    ("A teaching point from last week: prolonged apnoea (6 hours!) after succinylcholine in a young man for a short ENT case. Dibucaine number 18 → homozygous atypical butyrylcholinesterase. Management is simple: keep him asleep, ventilate, wait; FFP is not needed. With the high rate of consanguineous marriage in some provinces (I have read 30–40%), we should ask about family history of 'did not wake up after anaesthesia'. Mivacurium has the same problem. Rocuronium + sugammadex is the safer choice if available, but after the currency drop the price is four times higher. How many of you can order dibucaine and fluoride numbers locally? Our lab sends them out to Tehran."),
    # 059 Ukraine lessons from receiving front-line casualties
    ("Lessons from 2 years of receiving patients from the front, for colleagues preparing trauma teams:\n"
     "1. Tourniquet conversion: the 2-hour rule is often broken because of evacuation delays (6–8 h is not rare). We lose more limbs to tourniquet ischaemia than to the wounds. TCCC: re-evaluate and convert within 2 h if not in shock and the wound can be controlled with packing and pressure.\n"
     "2. Low-titre O whole blood (anti-A and anti-B < 1:256) in the field has changed survival; walking blood bank protocols work if donors are pre-screened.\n"
     "3. Calcium: 1 g CaCl2 early, with the first unit.\n"
     "4. Crush and compartment: CK, myoglobin, fluids for UOP 200–300 mL/h.\n"
     "5. Hypothermia: the 'lethal diamond' – keep them warm in winter transport (HPMK).\n"
     "Glory to the medics."),
    # 060 China domestic surgical robots
    ("For those asking about domestic surgical robots: our centre has had a da Vinci Xi since 2018 and a Toumai (MicroPort) system since last year. Console experience is similar, consumables cheaper (around RMB 8,000 vs 15,000 per case for the imported system). Docking time in our first 50 Toumai cases: median 12 min. Remote surgery over 5G is still research/demonstration, latency ~50–100 ms over 1000+ km. Learning curve for robotic gastrectomy ~20–25 cases (CUSUM). Pricing and insurance coverage differ by province, so check the local NHSA policy before buying."),
    # 061 Japan remimazolam experience
    ("Remimazolam (Anerem®) experience from Japan, since a few colleagues asked: approved here in 2020, now ~40% of our elderly GA inductions. Induction 6 mg/kg/h until loss of consciousness (usually 1–2 min), maintenance 1 mg/kg/h titrated to BIS 40–60. Less hypotension than propofol in ASA 3–4 patients in our audit (post-induction hypotension 18% vs 34%). Flumazenil reverses if needed (0.2 mg boluses) but watch for resedation. Anaphylaxis has been reported (dextran excipient), JSA safety notice 2021. In the US the brand is Byfavo and it is licensed only for procedural sedation."),
    # 062 Brazil Chagas cardiomyopathy and surgery
    ("Discussion: Chagas cardiomyopathy and elective surgery. In Minas Gerais and Bahia we still see many patients with chronic Chagas (T. cruzi): RBBB + LAFB on ECG, apical aneurysm, often a pacemaker or ICD. Pre-op: echo (EF, apical thrombus), Holter if syncope, device check (magnet response). Megaesophagus (chagasic achalasia) → high aspiration risk: RSI, NGT suction before induction, head-up. Megacolon → volvulus risk. Carlos Chagas described the disease in 1909 in Lassance – still ours 115 years later. Anyone using the Rassi score for perioperative risk?"),
    # 063 Colombia normal values at Bogotá altitude for new residents
    ("Para los residentes nuevos que vienen de la costa: normal values at 2,640 m are different. SpO2 on room air 90–93% in healthy adults, PaO2 ~65 mmHg, PaCO2 ~31–33 mmHg, Hb upper range 17–18 g/dL. So SpO2 92% in PACU is not automatically hypoxaemia. During laparoscopy we aim for EtCO2 30–35 mmHg. Sevoflurane and isoflurane vaporisers are fine (they deliver partial pressure), but the desflurane Tec 6 delivers a fixed volume %, so the dial needs ~760/560 of the sea-level setting. And yes, Ley 1751 de 2015 made health a fundamental right – it does not make our ICU beds appear 😅"),
    # 064 Spain reminder on written consent law for first-year residents
    ("Recordatorio para los R1: el consentimiento informado por escrito es obligatorio para intervención quirúrgica y procedimientos invasivos según la Ley 41/2002, de 14 de noviembre, básica reguladora de la autonomía del paciente (art. 8). El documento de anestesia es distinto del de cirugía. Debe constar: riesgos típicos y personalizados, alternativas y el derecho a revocarlo. En urgencia vital se puede actuar sin él (art. 9.2). Menores: a partir de los 16 años consienten ellos, salvo actuación de grave riesgo. Testigos de Jehová: respetar el documento de instrucciones previas. Ánimo con las guardias del puente de mayo."),
    # 065 Netherlands surgical smoke policy
    ("Surgical smoke: since the updated advice from the surgical and anaesthesia societies we use smoke evacuation for all laparoscopies and for electrosurgery in open cases. The plume contains PAHs, VOCs, viable bacteria and HPV DNA. Ablating one gram of tissue ≈ 27–30 cigarettes (Tomita, early 80s – take it with some salt). In our OK-complex (14 theatres) the pilot with in-line filters on the insufflation exhaust cost about €35 per case. Staff survey: 60% reported headaches or eye irritation. Any Dutch hospitals with a formal smoke policy to share? The Arbo-dienst is asking for one."),
    # 066 Saudi Arabia Ramadan theatre scheduling
    ("Ramadan list planning (it starts around 28 Feb this year): elective sessions move to 10:00–15:00 plus a night list after iftar. Fasting diabetics: no type 1 diabetics first on the list after suhoor without an insulin plan – basal insulin reduced by 20–30%, hold SGLT2 inhibitors 3 days before, avoid sulfonylureas. Many patients refuse IV fluids during the fast; discuss respectfully, most scholars accept that the medical need comes first. MERS-CoV screening questionnaire still required for every admission, camel contact question included. Eid holidays: emergency lists only for 4 days."),
    # 067 Australia ANZCA PG07 update and envenomation reminders
    ("ANZCA PG07(A) on the pre-anaesthesia consultation has been updated; the main change for us is documenting the consent discussion and the anticoagulant plan in the PAC note. Also for rural registrars: with suspected snakebite the pressure-immobilisation bandage stays on until the patient is somewhere with antivenom; the 20-min WBCT is no longer recommended – use INR, aPTT and fibrinogen. One vial of brown snake antivenom is enough (Australian Snakebite Project data). Redback: antivenom no longer routinely recommended after RAVE-II. In the field, call 000. Friday's tutorial on the retrieval bag is in the seminar room at 1300."),
    # 068 US airway assessment teaching note for CA-1s
    ("Teaching note for the CA-1s. Mallampati (1985) describes the view of the oropharynx with the patient sitting, mouth open, tongue out, no phonation. Cormack–Lehane (1984) grades the laryngoscopic view – you only know it during laryngoscopy. Don't write 'Mallampati grade 2' and 'Cormack-Lehane grade 2' as if they were the same thing. Predictors: LEMON (Look, Evaluate 3-3-2, Mallampati, Obstruction, Neck mobility), MOANS for mask ventilation, STOP-BANG ≥ 5 for OSA, El-Ganzouri risk index ≥ 4. None is great alone (AUC ~0.6–0.7). Bring a video laryngoscope (C-MAC or GlideScope) to any patient with two or more predictors. Quiz Friday."),
    # 069 UK rota swap request
    ("Rota swap please 🙏 I'm on nights Thu 12 – Sun 15 June (ST3+ anaesthetic on-call) and my sister's wedding is on the 14th. Can offer any of: long day Sat 28 June, nights 3–6 July, or a weekday list of your choice. Tom has kindly said he can do the Thursday but not the weekend. @emeka.o you mentioned you wanted July off – happy to take your Monday 7 July list. Rota coordinator says swaps need to be on the form by Friday. Sophie"),
    # 070 Global surgery figures for a teaching session
    ("For the global surgery session next month, the figures I'm using: the Lancet Commission on Global Surgery (2015) estimated that 5 billion people lack access to safe, affordable surgical and anaesthesia care when needed, and that 143 million additional procedures are needed each year. WHA resolution 68.15 followed the same year. Indicators: 2-hour access to a facility able to do caesarean section, laparotomy and open fracture treatment (the Bellwether procedures); ≥ 20 surgeons, anaesthesiologists and obstetricians per 100,000; 5,000 procedures per 100,000 per year. The WHO Surgical Safety Checklist was launched in 2008 and the NEJM pilot (Haynes, 2009) showed mortality falling from 1.5% to 0.8%. Happy to share slides."),
    # 071 Nigeria residents' exam study group
    ("Residents, the West African College of Surgeons Part I exam is in the second week of March and the NPMCN primaries soon after – study group in the seminar room every Wednesday 4pm. @ifeoma_n will take anatomy (brachial plexus, inguinal canal, Calot's triangle), Bayo physiology (Starling forces, Frank-Starling, oxygen cascade). Past questions from 2019–2024 are in the shared folder. Please don't bring patient folders to the study room. Good luck all 💪"),
    # 072 India tranexamic acid protocol in arthroplasty
    ("TXA in arthroplasty – our unit protocol, since people keep asking in OT: 15 mg/kg IV (max 1 g) before incision + 1 g topical intra-articular at closure; second IV dose 3 h later for bilateral TKR. Relative contraindications: recent VTE, coronary stent within 6 months (discuss with cardiology), history of seizures. Evidence: CRASH-2 (2010) in trauma, WOMAN (2017) in PPH, POISE-3 (2022) in noncardiac surgery – 1 g at start and end reduced the bleeding composite, though non-inferiority for cardiovascular events was not established. Our TKR transfusion rate fell from 14% to 3% after we started in 2021."),
    # 073 Egypt hernia journal club summary
    ("Hernia journal club summary: HerniaSurge 2018 international guidelines – mesh repair for adult inguinal hernias; Lichtenstein or laparo-endoscopic (TEP/TAPP) both fine, endoscopic preferred for bilateral, for recurrence after open repair and in women (femoral risk). Watchful waiting is acceptable for minimally symptomatic men. EHS groin classification: L/M/F + size 1–3 (finger breadths). Ventral: EHS M1–M5/L1–L4, W1–W3. Retromuscular Rives–Stoppa with TAR (Novitsky) for large W3 defects. In Lichtenstein fix with non-absorbable continuous suture (Prolene 2/0) and avoid the pubic periosteum. Repair under local (Kingsnorth technique) is underused here in Egypt."),
    # 074 Iran paediatric caudal block dosing
    ("Paediatric caudal dosing we use (Armitage regime): 0.25% bupivacaine 0.5 mL/kg for sacral, 1 mL/kg for lumbar, 1.25 mL/kg for low thoracic dermatomes; max 2.5 mg/kg. Clonidine 1–2 µg/kg prolongs the block to ~8–10 h, but avoid it under 3 months (apnoea). 22G cannula or short-bevel needle, 'whoosh' test or ultrasound confirmation. Our failure rate is about 4%. For hypospadias repair some surgeons believe caudal increases fistula – the evidence is mixed. Dorsal penile block is the alternative. For children over 30 kg think about ESP or TAP instead."),
    # 075 Ukraine phantom limb pain after amputation
    ("Question about pain after amputation: many of our young patients develop phantom limb pain by week 2. Current practice: perineural catheter at the sciatic/femoral nerve placed by the surgeon during the operation, ropivacaine 0.2% 5–8 mL/h for 5–7 days; pregabalin 75–150 mg bid; ketamine 0.1–0.15 mg/kg/h for the first 48 h; early mirror therapy (Ramachandran) and graded motor imagery with the physiotherapists. Memantine – no good evidence. Targeted muscle reinnervation (TMR) at the time of amputation to prevent neuromas – is anyone doing it in the acute setting? The pain society webinar is on Thursday."),
    # 076 China PONV bundle
    ("PONV bundle discussion: our department adopted the Fourth Consensus Guidelines (Gan, 2020). Apfel score (female, non-smoker, history of PONV/motion sickness, post-op opioids): 1–2 risk factors → two agents, 3–4 → three or four. We use dexamethasone 5 mg + ondansetron 4 mg, add palonosetron 0.075 mg or droperidol for high risk, propofol TIVA if Apfel 4. Transcutaneous electrical acupoint stimulation (TEAS) at Neiguan (PC6) is cheap and some RCTs show RR ~0.7. Aprepitant 40 mg orally for gynaecological laparoscopy. Rescue with a different class than the prophylaxis."),
    # 077 Japan case-conference topics on eponymous diseases
    ("Case-conference topics for next month (anaesthetic implications):\n"
     "- Kawasaki disease: coronary aneurysms, echo / CT coronary, aspirin timing\n"
     "- Moyamoya disease: avoid hyperventilation (PaCO2 40–45), keep BP at baseline, premedicate crying children\n"
     "- Takayasu arteritis: measure BP on the less affected limb, consider both arms and a leg\n"
     "- Hashimoto's thyroiditis: hypothyroidism, delayed drug metabolism\n"
     "- Kikuchi disease: usually irrelevant, but lymph node biopsy under GA in young women\n"
     "- Minamata disease: historic – the Minamata Convention on Mercury (2013) is why our thermometers changed\n"
     "Please pick one and tell the chief resident by Friday."),
    # 078 Brazil dengue and surgery
    ("Dengue season: surgery with low platelets. Elective surgery – postpone until recovery (at least 2–4 weeks). Emergency: platelets > 50,000 for most surgery, > 80,000 for neuraxial (little data, many of us accept 70,000), > 100,000 for neurosurgery. Watch the critical phase (day 3–7): rising haematocrit ≥ 20%, hypotension, plasma leak. Avoid NSAIDs. Oropouche and chikungunya are also circulating in the North and in Espírito Santo. The 2024 epidemic in Brazil passed 6 million probable cases."),
    # 079 Colombia Bothrops snakebite and fasciotomy
    ("Accidente ofídico – Bothrops asper (mapaná, 'cuatro narices') causes most bites in Colombia. Key surgical point: most swelling is NOT compartment syndrome. Fasciotomy only with measured compartment pressure (> 30 mmHg, or delta pressure < 30 mmHg) after adequate antivenom. Polyvalent antivenom (Instituto Nacional de Salud): moderate 4–6 vials, severe 6–8. The 20-minute whole blood clotting test is still used here. Debridement of necrosis after day 5. The INS toxicology line works 24/7 if you are in a rural hospital."),
    # 080 Spain organ donation model and NRP
    ("For colleagues interested in the Spanish model: the ONT (Organización Nacional de Trasplantes, since 1989) is close to 50 donors per million. Controlled DCD (Maastricht III) is now ~40% of donors, and most centres use normothermic regional perfusion (NRP) via femoral ECMO cannulation after the 5-minute no-touch period, with an aortic occlusion balloon. Anaesthesia role: manage the NRP phase (MAP > 60, Hb > 8) and the procurement of liver, kidneys and sometimes heart. Heparin before withdrawal only per local protocol and with consent. The withdrawal decision must be independent from the donation team. Very happy to share our checklist."),
    # 081 Netherlands ESAIC guidelines and meeting
    ("Anyone going to Euroanaesthesia this year? The ESAIC focus meeting on perioperative medicine looked good too. Also the ESC/ESA 2022 guideline on non-cardiac surgery: pre-op troponin and BNP in patients > 65 or with CV risk factors, no routine echo, continue beta-blockers but don't start them on the day (POISE). And the newer ESAIC guideline on PONV in children. I'll share a summary in the journal club channel on Monday. According to the board, our NVA standard for pre-operative screening should be revised next year."),
    # 082 Saudi Arabia board exam and logbook reminder
    ("Reminder from the programme director: Saudi Board General Surgery promotion exam (R2 → R3) results expected next week. SCFHS requires 90% attendance of academic half-days and a completed logbook (minimum 50 lap choles as surgeon, 30 appendectomies, 20 hernias). For those applying for fellowships in Canada or the UK, SCFHS verification letters take 10 working days. The Eid al-Fitr vacation rota will be posted on Sunday."),
    # 083 Australia ANZCA primary viva tips
    ("ANZCA Primary viva tips from someone who passed on the 3rd go: pharmacology – know propofol, suxamethonium and sugammadex cold, structure–activity of local anaesthetics (esters vs amides, levobupivacaine as the S-enantiomer), context-sensitive half-time graph. Physiology – oxygen cascade, West zones, Starling curve, Fick principle, cerebral autoregulation (50–150 mmHg, with caveats). Use a 2-minute structure for every answer. The written papers run twice a year; vivas follow about 8 weeks later. The ANZCA library has Peck and Hill online."),
    # 084 US opioid stewardship audit
    ("Opioid stewardship update: Michigan OPEN recommendations for lap chole are 0–10 tablets of oxycodone 5 mg, lap appendectomy 0–10, open inguinal hernia 0–10, TKA up to 50 (tramadol considered). Last quarter's audit: median 12 tablets after lap chole, 38% prescribed zero; patients used a median of 3. Multimodal: acetaminophen 1 g q6h scheduled, ibuprofen 600 mg q6h or celecoxib 200 mg bid; gabapentin only if specifically indicated (off the ERAS order set since the 2019 FDA warning on respiratory depression). PDMP check (MAPS) required in Michigan before any controlled substance for more than 3 days."),
    # 085 UK NELA report headlines for the M&M meeting
    ("NELA headlines for our M&M: 30-day mortality just under 10% nationally; consultant surgeon and anaesthetist present for high-risk (≥ 5%) cases in most hospitals now, but time to theatre for patients with sepsis is still poor. Post-op critical care for high-risk patients ~80%. Patients over 65 who are frail should get geriatrician review – we're at 30%. GIRFT general surgery recommends an emergency laparotomy pathway and a dashboard. Our own numbers for last year are on the NELA website once you log in with your NHS.net account."),
    # 086 Blank ward-round sheet template
    ("Template for the new ward-round sheet, comments welcome before I print 200 copies:\n\n"
     "Bed: ___  Name: ____________________  DOB: __/__/____  Hospital no: __________  NHS no: ___ ___ ____\n"
     "Consultant: ____________  Admitted: __/__/__  Procedure & date: ______________________  POD: ___\n"
     "ASA: I II III IV V  E   Frailty (CFS 1–9): ___   DNACPR: Y / N / not discussed\n"
     "Issues: 1. ____ 2. ____ 3. ____\n"
     "Plan / jobs: __________________________ (tick and initial when done)\n"
     "NEWS2: ___  Drains: ___ mL  Stoma: Y/N  Catheter: Y/N (day ___)  VTE: enoxaparin 40 mg OD / TEDs / IPC\n"
     "Next of kin updated: Y / N   TTO: started / done\n\n"
     "A4 landscape, double-sided. Sticky label box top right – please don't handwrite names if a label is available."),
    # 087 One-line request for the NAP7 report and a reply
    ("anyone got the link to the NAP7 report? teaching the F1s tomorrow – Sam\n"
     "↳ Lucy: https://www.nationalauditprojects.org.uk/NAP7home – chapter on the frail elderly is the best for F1s"),
    # 088 HPB drain policy after pancreatoduodenectomy
    ("HPB question: after Whipple (PPPD or classic), what is everyone's drain policy? We use the Fistula Risk Score (Callery 2013: gland texture, pathology, duct diameter, EBL). Negligible/low risk → no drain, or removal on POD3 if drain amylase < 5000 U/L on POD1. ISGPS 2016: a biochemical leak is no longer called grade A fistula. Somatostatin analogues – pasireotide had the positive NEJM 2014 trial (Allen), octreotide meta-analyses are inconsistent; we don't use them routinely. Pancreaticogastrostomy vs pancreaticojejunostomy (Blumgart) – equivalent in RCTs."),
    # 089 Burns cover reminders
    ("Burns cover at the weekend – quick reminders: Parkland 4 mL/kg/%TBSA over 24 h (half in the first 8 h from the time of burn, not arrival), but titrate to urine output 0.5 mL/kg/h in adults, 1 mL/kg/h in children < 30 kg – 'fluid creep' is real. Use the Lund and Browder chart, not the rule of nines, for children. Revised Baux score = age + %TBSA + 17 for inhalation injury. Escharotomy for circumferential full-thickness burns of the chest or limbs. Suxamethonium is safe in the first 24 h, avoid from 48 h until healed (hyperkalaemia). Refer per the National Burn Care Referral Guidance."),
    # 090 Paediatric difficult airway syndromes list
    ("Paediatric difficult airway syndromes for the airway day:\n"
     "• Pierre Robin sequence – micrognathia, glossoptosis; prone positioning, nasopharyngeal airway\n"
     "• Treacher Collins – gets harder with age\n"
     "• Goldenhar (hemifacial microsomia)\n"
     "• Klippel–Feil – fused cervical vertebrae\n"
     "• Down syndrome (trisomy 21) – atlantoaxial instability, subglottic stenosis → ETT half a size smaller\n"
     "• Hurler (MPS I) and Hunter (MPS II) – infiltration, worsens with age\n"
     "• Beckwith–Wiedemann – macroglossia, hypoglycaemia\n"
     "• Apert and Crouzon – midface hypoplasia, mask ventilation difficult\n"
     "Equipment: Miller blades, paediatric Airtraq, LMA sizes 1–2.5, 2.8 mm fibrescope."),
    # 091 Laparoscopic entry technique survey
    ("Port entry survey for our unit: Hasson open technique (most of us), Veress needle at the umbilicus (opening pressure < 8 mmHg), or Palmer's point (3 cm below the left costal margin, midclavicular line) after a previous midline laparotomy. Optical trocar entry used by a few. Decompress the stomach with an NG tube before Palmer's. The Cochrane review found no difference in major vascular injury between techniques, but fewer failed entries with direct trocar entry. Please fill in the 3-question survey by Friday."),
    # 092 VTE prophylaxis after cancer surgery
    ("VTE prophylaxis after abdominopelvic cancer surgery: extended LMWH for 28 days (enoxaparin 40 mg OD or dalteparin 5000 units OD) per NICE NG89 and ACCP. Caprini score ≥ 5 = highest risk. Mechanical: IPC intra-op for all cases over 90 min. Apixaban 2.5 mg bid for 28 days is used by some gynae-oncology units (off-label). Renal: enoxaparin 20 mg OD if CrCl < 30. Neuraxial: 12 h after prophylactic LMWH before needle insertion or catheter removal, 4 h after removal before the next dose (ASRA, 5th edition)."),
    # 093 Day-surgery eligibility reminders and audit
    ("Day-case eligibility reminders (AAGBI/BADS guidelines 2019): no upper age limit, BMI alone is not an exclusion (BMI 40+ is fine if comorbidities are controlled; OSA on CPAP – bring the machine), stable ASA 3 is fine. Discharge: modified Aldrete ≥ 9 for phase 1, PADSS ≥ 9 for home. Responsible adult for 24 h, within an hour's drive. Our unplanned admission rate last quarter: 4.8%, target < 5%. Top reasons: PONV, pain, late list finish. Lap chole day-case rate 72% against a BADS target of 75%."),
    # 094 Medical gas cylinders quiz answers
    ("Quiz answers from Wednesday: UK medical gas cylinders – oxygen has a white shoulder (US oxygen is green), nitrous oxide blue, Entonox blue/white quartered shoulder, medical air black/white quartered shoulder with a grey body, CO2 grey. Pin index: O2 2–5, N2O 3–5, air 1–5, Entonox 7 (single pin), CO2 1–6. The Bodok seal sits between the cylinder and the yoke. Pipeline pressure 4 bar (400 kPa). A size E oxygen cylinder on the anaesthetic machine holds ~680 L."),
    # 095 Trainee WhatsApp about tomorrow's theatre 3 cover
    ("who's on theatre 3 tomorrow? the list changed from CEPOD to elective ortho\n"
     "Aditi: me for am, Marco pm\n"
     "Marco: yes but I have to leave at 5 for the course, can someone cover 5–6?\n"
     "Jess: I'll cover 👍 bring me a coffee\n"
     "Aditi: also reminder the sugammadex is now in the locked cupboard in anaesthetic room 2, code from the ODP"),
    # 096 Journal club announcement with public literature links
    ("Journal club Thursday 7:30 – two papers:\n"
     "1) CODA (NEJM 2020): antibiotics non-inferior to appendectomy on EQ-5D at 30 days; about 3 in 10 in the antibiotics arm had an appendectomy by 90 days, 41% if there was an appendicolith. https://doi.org/10.1056/NEJMoa2014320\n"
     "2) RELIEF (NEJM 2018): restrictive vs liberal fluids in major abdominal surgery, 3000 patients, no difference in disability-free survival at 1 year, more AKI with restrictive (8.6% vs 5.0%). https://doi.org/10.1056/NEJMoa1801601\n"
     "Coffee sponsored by nobody, bring your own."),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc37-002": [{"name": "Nadia Hussain", "handle": "@nadia.h"}],
    "pc37-004": [{"name": "Tobenna Ugwu"}],
    "pc37-008": [{"name": "Zhou Ming"}, {"name": "Chen Yu"}],
    "pc37-009": [{"name": "Eleanor Morgan"}],
    "pc37-012": [{"name": "Pablo Navarro"}],
    "pc37-018": [{"name": "Vivek Sharma"}, {"name": "Anjali Verma"}],
    "pc37-020": [{"name": "Sherif Nabil"}, {"name": "Nourhan Adel"}],
    "pc37-021": [{"name": "Mina Kazemi"}, {"name": "Reza Karimi"}],
    "pc37-042": [{"name": "Camila Ferreira", "handle": "@camila.ferreira"}, {"name": "Lucas Menezes"}],
    "pc37-053": [{"name": "Raj Patel", "handle": "@raj.patel"}, {"name": "Hannah Clarke"}],
    "pc37-069": [{"name": "Sophie Lang"}, {"name": "Tom Whitaker"}, {"name": "Emeka Obi", "handle": "@emeka.o"}],
    "pc37-071": [{"name": "Ifeoma Nwachukwu", "handle": "@ifeoma_n"}, {"name": "Bayo Akinola"}],
    "pc37-087": [{"name": "Sam Okoye"}, {"name": "Lucy Tan"}],
    "pc37-095": [{"name": "Aditi Rao"}, {"name": "Marco Bellini"}, {"name": "Jess Howard"}],
}

build, render, main = first_set.blind_set(
    "pc37", Path(__file__).with_name("physician_cases_37.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
