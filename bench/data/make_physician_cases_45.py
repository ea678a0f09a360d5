# ruff: noqa: E501, RUF001, RUF002, RUF003 (the notes are data)
"""Blind test set 45: specialist hospital care in continental Europe and the Middle East.

The writers are cardiologists, oncologists, nephrologists, neurologists and transplant
physicians working in Germany, France, Spain, Portugal, Poland, Czechia, Romania, Sweden,
Finland, Turkey, Israel, Egypt, Iran, Lebanon and the United Arab Emirates, some native
and some non-native writers of English. They post on a closed network for verified
doctors: case posts and replies, group-chat threads pasted with speaker labels and times,
tumour-board protocols, second-opinion e-mails, medical-tourism price offers,
cross-border transfer and repatriation threads, pasted discharge letters (Arztbrief,
compte rendu d'hospitalisation, informe de alta, carta de referenciação, epikriisi,
remiss, epikriz), pathology and lab reports, device interrogations, insurance and
reimbursement forms (Kostenübernahmeantrag, protocole de soins ALD, referral for
treatment abroad), night handovers and phone-typed one-liners, in English mixed with
German, French, Spanish, Portuguese, Polish, Czech, Romanian, Swedish, Finnish, Turkish,
and Hebrew, Arabic and Persian transliteration. Every person, institution and number is
invented; towns, villages, districts and streets are real-style. The 44 notes without
PHI are teaching posts, guideline and trial summaries, eponymous and place-named signs,
diseases, scores, criteria and classifications, drug and dose lists, citations with DOIs
and public links, and journal-club, rota and conference chat among colleagues.

Annotation conventions:
- PT: names of patients and of any other person receiving care in the note, including
  living donors who are not relatives (full name, given name alone, surname alone,
  "Surname, Given" as one span, lower-case spellings, maiden names after "née" as their
  own span). Titles and forms of address (Herr, Frau, Mme, M., Sr., Sra., D., Pan, Pani,
  Bay, Bayan, Mr, Mrs, Doamna) and a possessive 's stay outside the span.
- REL: names of relatives, partners and legal guardians (Betreuer) of a patient,
  whatever their role (also when they are the donor); same span rules as PT.
- HCP: names of clinicians and other staff who care for or handle the patient and are
  not network members: treating physicians, signatories of letters, nurses,
  coordinators, pathologists, interpreters, agency coordinators. Titles and degrees
  (Dr, Dr. med., Prof., PD, MUDr., dr n. med., lek., Op. Dr., Uzm. Dr., Pr, Dra., OA)
  and roles are outside the span.
- Network members (the poster's colleagues on the network: speakers in pasted chat
  threads, @mentioned colleagues, people thanked or replied to) are never tagged, in any
  form: name, given name or @handle. They are listed in MEMBERS. Eponyms (Ivor Lewis,
  Goodpasture, Brugada, Osborn, Behçet ...) are never tagged.
- STREET: street names with their house number and any flat, floor or door designation
  in one span ("C/ Sant Roc, 18, 2º-4ª", "os. Szkolne 27/41", "Villa 17, Street 32");
  a street name written without a number is tagged too.
- TOWN: cities, towns, villages and municipalities (including Polish inflected forms as
  written, e.g. "Krakowie"; a Turkish case suffix after an apostrophe stays outside).
  A name that is both a city and a province or emirate (Abu Dhabi, Istanbul, İzmir) is
  TOWN when it names the city. Towns are tagged wherever they tie a patient, relative or
  treating clinician to a place (home, origin, travel, treatment).
- COUNTY: second-level districts named as such: German (Land)kreis, Spanish provincia,
  Czech okres, Romanian județ, Swedish län. The label word (Kreis, okres, jud.) stays
  outside the span, except Swedish "län", which is part of the name ("Västra Götalands
  län"). A Spanish province written in brackets after a town ("Alzira (Valencia)") is
  COUNTY.
- PLACE: named parts of a town (neighbourhoods, quarters, urban districts such as
  Kadıköy, Bornova, Schwabing, Nowa Huta, Heliopolis, Achrafieh, Al Quoz, an
  arrondissement), islands (Gran Canaria, Ilha da Armona), border crossings (Kapıköy),
  mountain pastures (Ayder) and other named localities that are not towns.
- NOT tagged as locations: countries, nationalities, languages, first-level states and
  regions (Bundesländer, régions, comunidades autónomas, voivodeships, Egyptian
  governorates such as Dakahlia, Lebanese muhafazat, Iranian provinces, Turkish
  provinces when the name stands for the province, e.g. "(Rize)" after a district town,
  Finnish regions, "Lapland", "East Bohemia", "Upper Egypt", "the Balkans"), seas,
  rivers and other large geographic features ("the Black Sea coast", the Danube, the
  Silk Road, Marmara), motorways (A1, D1), and place names inside names of diseases,
  signs, scores, criteria, classifications, trials, declarations and viruses (Banff,
  Milan, Shanghai score, Tel-Hashomer criteria, King's College, Clichy, Van Nuys,
  Istanbul Declaration, Helsinki, Lyon Diet Heart Study, Mayo Clinic criteria,
  Heidelberg Bleeding Classification, Toscana virus), and the host city of a medical
  congress (ESMO in Berlin, ERA in Vienna).
- ZIP: postcodes, each as its own span ("50996", "31-977", "4715-558", "572 01").
- FAC: hospitals, clinics, practices, dialysis and transplant centres, laboratories,
  care homes, courts, schools, employers, businesses and agencies tied to a patient,
  including short forms and acronyms and lower-case spellings; a facility name is one
  span even when it contains a town or person name ("St.-Agnes-Krankenhaus Bensberg",
  "Privatklinik Dr. Hellmann am Tegernsee", "Mahajna Bakery"). Departments, wards,
  rooms, beds and generic words ("the CHU", "our cath lab", "the Uniklinik") are not
  tagged. Health insurers and public payors (AOK, Techniker Krankenkasse, CPAM du
  Rhône, Maccabi, Meuhedet, Clalit, Thiqa, NSSF, ADAC, Kela) and insurer codes
  ("ZP 111"), allocation organisations
  (Eurotransplant, Scandiatransplant), societies and agencies (ESC, KDIGO, WHO, ECDC,
  NICE), national police (GNR) and drug or device manufacturers (Medtronic, Boston
  Scientific) are not tagged.
- DATE: any date more specific than a year that refers to a person in the note: full
  dates in every format and language, day and month, month and year, a month alone
  ("since oct", "in April"), Persian solar and Hijri dates. A range sharing its month
  is one span ("2.–23. November"); otherwise each end is a span. Prepositions and
  articles (le, el, am, vom, on) and weekday names stay outside; times of day,
  durations, relative dates (yesterday, POD 3, day 5) and holidays (Christmas, Pesach,
  "après les Rois") are not tagged.
- YEAR: a year standing alone that dates an event in a patient's or relative's life
  or care. Years of publications, guidelines, trials, criteria, congresses and
  classification editions are not tagged (also not in PHI notes).
- AGE: an individual's age over 89 (patient or relative), the number only
  ("[[AGE:94]] Jahre", "[[AGE:91]] ans", "[[AGE:93]]-year-old"); ages up to 89 and age
  thresholds of trials or guidelines are not tagged.
- PHONE / PAGER / FAX: every telephone, mobile, WhatsApp and fax number as written,
  including country code; pager (Piepser, sökare) numbers are PAGER. Public
  emergency numbers (112, 155) are not tagged.
- EMAIL: every e-mail address. URL: web addresses that point at a patient, a family or
  a patient-facing business (crowdfunding pages, agency offers); public literature and
  guideline links (doi.org, PubMed, WHO, ECDC, NICE, society and manufacturer resource
  sites, calculators) are not tagged. IP: IP addresses. HANDLE: social-media handles
  of patients, relatives and businesses tied to them.
- SSN: national person numbers: German Rentenversicherungsnummer, French NIR, Spanish
  DNI/NIE, Portuguese Cartão de Cidadão, Polish PESEL, Czech rodné číslo, Romanian CNP,
  Swedish personnummer, Finnish henkilötunnus, Turkish T.C. Kimlik No, Israeli Teudat
  Zehut, Egyptian national ID, Iranian kod melli, Emirates ID.
- PLAN: numbers issued by an insurer or health service to a member: German KVNR, Spanish
  SIP/TIS, Portuguese número de utente, Israeli kupah and Lebanese NSSF member numbers,
  UAE insurance card numbers, EHIC card numbers.
- MRN: patient record numbers (PID, IPP, NHC, nº processo, Hasta No, file no., patient
  ID on a device report).
- ACCT: stay, case, billing and reference numbers (Fallnummer, NDA, episodio, Protokol
  No, nr księgi głównej, offer and case-reference numbers, "Unser Zeichen").
- LIC: licence numbers of clinicians (LANR, RPPS, DOH licence) and driving licences.
- ID: other identifying numbers: specimen and pathology report numbers, tumour-board
  numbers, barcodes, passports, visas, institution codes (IK, BSNR) and court file
  numbers.
- PLATE / VIN / DEVICE: vehicle plates, vehicle identification numbers, and serial
  numbers of implanted or attached devices (ICD, leads, LVAD, Impella, ECMO console and
  set, TAVI valve); model names are not tagged.
- Scores, lab values, doses, gene variants, ICD/OPS/DRG codes, trial names and
  congress poster numbers are never tagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 German Arztbrief (cardiogenic shock, Impella) pasted with a question on CTO-PCI vs ICD
    """Pasting the relevant part of the Arztbrief (shortened, labs cut). Question at the bottom.

[[FAC:Klinikum Rheinau-Süd]] · Medizinische Klinik II – Kardiologie und internistische Intensivmedizin
[[STREET:Auenweg 41]] · [[ZIP:50996]] [[TOWN:Köln]] · Sekretariat [[PHONE:0221 9347-2200]] · Fax [[FAX:0221 9347-2209]]

An: Frau Dr. med. [[HCP:Annegret Pfister-Lahm]], [[FAC:Hausarztpraxis Sülztal]], [[STREET:Hauptstraße 112]], [[ZIP:51491]] [[TOWN:Overath]]

Arztbrief (vorläufig) über Herrn [[PT:Reinhard Vogelsang]], geb. [[DATE:17.08.1951]], wohnhaft [[STREET:Am Kirchberg 7]], [[ZIP:51503]] [[TOWN:Rösrath]]
PID [[MRN:40218877]] · Fall-Nr. [[ACCT:2025-118342]] · KVNR [[PLAN:R481236905]]
Stationär vom [[DATE:02.02.2025]] bis [[DATE:19.02.2025]]

Diagnosen:
1. NSTEMI bei koronarer Dreigefäßerkrankung; kardiogener Schock SCAI C
2. PCI mit DES RIVA und RCX am [[DATE:03.02.2025]]; chronischer Verschluss der RCA belassen
3. Impella CP (SN [[DEVICE:CP-0912274]]) vom [[DATE:04.02.]] bis [[DATE:08.02.2025]]
4. LVEF 30 %, apikaler LV-Thrombus (TTE [[DATE:12.02.2025]])
5. Diabetes mellitus Typ 2, CKD G3b (eGFR 38 ml/min/1,73 m²)

Verlauf: Übernahme aus dem [[FAC:St.-Agnes-Krankenhaus Bensberg]] nach kurzer Reanimation (ROSC nach 4 min) im Wartezimmer seines Zahnarztes. Nach PCI zunehmender Katecholaminbedarf, daher Impella über die A. femoralis rechts, Entwöhnung problemlos. Apixaban 5 mg 1-0-1 plus Clopidogrel 75 mg für 6 Monate, ASS beendet.

Medikation bei Entlassung: Apixaban 5 mg 1-0-1, Clopidogrel 75 mg 1-0-0, Sacubitril/Valsartan 24/26 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0, Dapagliflozin 10 mg 1-0-0, Eplerenon 25 mg 1-0-0, Atorvastatin 80 mg 0-0-1, Metformin pausiert (eGFR).
Procedere: Kontroll-TTE in 6 Wochen; Re-Evaluation der LVEF nach 3 Monaten unter optimaler Therapie, dann Entscheidung über ICD. LifeVest wurde angeboten und vom Patienten abgelehnt. Kardiologische Reha in der [[FAC:Rehaklinik Lindlar]] ab [[DATE:03.03.2025]] beantragt. Kalium- und Kreatininkontrolle beim Hausarzt in einer Woche.

Mit freundlichen kollegialen Grüßen
Prof. Dr. med. [[HCP:Hartmut Eschweiler]] (Chefarzt) · Dr. med. [[HCP:Jana Wiesinger]] (Oberärztin) · [[HCP:Lea Sommer]] (Assistenzärztin)

---
He is 73, back home, EF still 30 % at six weeks, thrombus gone on the echo from [[DATE:26 March]]. His wife [[REL:Gisela]] is pushing for "the other artery" to be opened before anyone talks about an ICD. Would you do the RCA CTO first and re-assess EF at 3 months, or implant now? Dr. [[HCP:Wiesinger]] thinks viability in the inferior wall is poor anyway.""",
    # 002 phone-typed one-liner asking for a liver transplant contact
    """anyone know someone good for liver tx at [[FAC:uk ruhrtal]]?? pts daughter [[REL:merve]] calls me every day from [[TOWN:gelsenkirchen]], mum is meld 27 and on the list since [[DATE:oct]], they want a 2nd opinion""",
    # 003 French compte rendu (stroke, thrombectomy transfer) with a question on LAAO
    """Compte rendu d'hospitalisation – Unité neurovasculaire, [[FAC:Centre hospitalier de Cornouaille-Sud]]
Patiente : Mme [[PT:Maëlys Le Goff]] née [[PT:Tanguy]], le [[DATE:03/11/1958]]
[[STREET:12 rue des Goélands]], [[ZIP:29760]] [[TOWN:Penmarc'h]]
IPP [[MRN:290045871]] – NDA [[ACCT:525004412]]
Médecin traitant : Dr [[HCP:Yannick Guéguen]], [[TOWN:Pont-l'Abbé]]
Hospitalisation du [[DATE:14 janvier 2025]] au [[DATE:22 janvier 2025]]

Motif : aphasie et hémiparésie droite au réveil ; dernière fois vue normale à 23 h la veille par son mari, M. [[REL:Erwan Le Goff]].
NIHSS 14 à l'arrivée, ASPECTS 8, occlusion M1 gauche. Pas de thrombolyse (heure de début inconnue, IRM indisponible la nuit). Transfert héliporté vers le [[FAC:CHU de Brest]] pour thrombectomie : TICI 2c à 4 h 40. Retour dans l'unité le [[DATE:15/01]].
Bilan : FA paroxystique au Holter 72 h, ETT sans thrombus, pas de sténose carotidienne. Apixaban 5 mg x 2 débuté à J4.
Sortie : NIHSS 3 (aphasie légère), orientée vers le SSR de la [[FAC:Clinique de Kerampuil]] à [[TOWN:Carhaix]].
Dr [[HCP:Soizic Le Bihan]], PH – secrétariat [[PHONE:02 98 52 61 40]]

Q for the stroke people: she has fallen twice at home since (rug, not syncope) and her GP wants to stop the DOAC. LAAO, or keep apixaban plus a home OT visit? She lives alone by the harbour in [[PLACE:Saint-Guénolé]] now that her husband is in a care home.""",
    # 004 Spanish informe de alta (AKI on CKD G4, hyperkalaemia) before a clinical session
    """Os pego el informe de alta de una paciente que comentamos mañana en sesión; las dudas van al final.

[[FAC:Hospital Universitario de la Ribera Alta]] – Servicio de Nefrología
INFORME DE ALTA
Paciente: [[PT:Concepción Ferrándiz Belda]]    NHC: [[MRN:1187342]]    SIP: [[PLAN:2450981]]    DNI: [[SSN:21487693K]]
Fecha de nacimiento: [[DATE:09/05/1949]] (75 años)
Domicilio: [[STREET:C/ Sant Roc, 18, 2º-4ª]], [[ZIP:46600]] [[TOWN:Alzira]] ([[COUNTY:Valencia]])
Ingreso: [[DATE:3 de marzo de 2025]]    Alta: [[DATE:17 de marzo de 2025]]    Episodio: [[ACCT:E-25-0048113]]
Médico responsable: Dra. [[HCP:Amparo Sanchis Mollà]]

Motivo de ingreso: FRA sobre ERC G4 (Cr basal 2,6 → 7,9 mg/dl) con K 7,1 mEq/l tras gastroenteritis, manteniendo IECA y espironolactona.
Antecedentes: DM2 con retinopatía, HTA, IAM inferior en [[YEAR:2016]] (stent en el [[FAC:Hospital General de Xàtiva]]), FA permanente anticoagulada con acenocumarol.
Evolución: HD urgente x3 por catéter femoral derecho; recuperación parcial, Cr al alta 3,4 mg/dl. Se suspende espironolactona y se inicia ciclosilicato de sodio y zirconio 10 g/48 h.
Destino: domicilio, vive con su hija [[REL:Maribel]] en el barrio de [[PLACE:la Vila]]. Control en consulta ERCA en 2 semanas y por su MAP, Dr. [[HCP:Vicent Peris]], en el [[FAC:Centro de Salud Alzira-Integrat]].

Dudas: 1) ¿reintroduciríais el IECA a dosis baja ahora que lleva quelante? 2) Ella dice que no quiere diálisis "ni un día más". ¿La derivamos directamente a tratamiento renal conservador o esperamos a la consulta ERCA?""",
    # 005 Portuguese referral letter for combined liver-kidney transplant
    """Carta de referenciação que escrevi hoje – comments welcome before I send it.

Ao Serviço de Transplantação Hepática do [[FAC:Hospital Universitário da Foz]]
Exmos. Colegas,
Envio o Sr. [[PT:Joaquim Manuel Fernandes Rocha]], de 58 anos, natural de [[TOWN:Vila Verde]] e residente na [[STREET:Rua Dr. Francisco Pires Gonçalves, 210, 3.º Esq.]], [[ZIP:4715-558]] [[TOWN:Braga]].
Nº de utente [[PLAN:284117590]] · Nº processo [[MRN:0912734]] · CC [[SSN:11823476 4 ZX1]]
Cirrose hepática alcoólica, abstinente desde [[DATE:junho de 2022]] (seguido na consulta de alcoologia pelo Dr. [[HCP:Rui Pestana]]). MELD-Na 24, Child-Pugh C10. Síndrome hepatorrenal (HRS-AKI) sem resposta a terlipressina e albumina, em hemodiálise desde [[DATE:28/01/2025]] no [[FAC:Hospital do Sameiro]].
Pedimos avaliação para transplante hepatorrenal combinado. Apoio familiar: esposa, D. [[REL:Fátima Rocha]] ([[PHONE:912 448 301]]), e o filho [[REL:Tiago]], enfermeiro em [[TOWN:Genebra]].
Com os melhores cumprimentos,

My question: he has been on HD for 7 weeks now. Does your centre still list SLK on the "≥6 weeks of dialysis" rule, or do you wait and see if the kidney recovers after the liver?""",
    # 006 Polish tumour board protocol (oesophageal cancer) with a question on active surveillance
    """Protokół z konsylium – wklejam, bo chcę opinii spoza naszego ośrodka (definitive CRT vs CROSS + resection).

[[FAC:Małopolskie Centrum Onkologii im. Heleny Wiktorowskiej]], Oddział Chirurgii Onkologicznej
Konsylium wielodyscyplinarne nr [[ID:KW/2025/0417]] z dnia [[DATE:15.01.2025]]
Pacjent: [[PT:Zbigniew Wróblewski]], PESEL [[SSN:56081204571]], nr księgi głównej [[ACCT:2025/01833]]
Adres: [[STREET:os. Szkolne 27/41]], [[ZIP:31-977]] [[TOWN:Kraków]]
Rozpoznanie: rak płaskonabłonkowy przełyku, 1/3 środkowa, cT3N1M0 (TNM 8), G2; wynik hist.-pat. nr [[ID:H/25/00912]] z [[FAC:Pracowni Patomorfologii Bieżanów]], badanie z [[DATE:2 sty 2025]].
PET-CT ([[DATE:09.01.2025]]): SUVmax 14,2, jeden węzeł okołoprzełykowy, bez przerzutów odległych.
Skład: dr n. med. [[HCP:Agnieszka Pawlak-Surma]] (chirurg), lek. [[HCP:Tomasz Kędzierski]] (radioterapeuta), prof. dr hab. [[HCP:Elżbieta Gruszczyńska]] (onkolog kliniczny)
Zalecenie: chemioradioterapia przedoperacyjna wg CROSS, ocena odpowiedzi, następnie decyzja: resekcja metodą Ivor Lewis vs aktywny nadzór.

Context: 68, retired crane operator from the steelworks in [[PLACE:Nowa Huta]], lives with his wife [[REL:Halina]]; still smokes, FEV1 58 %. He told me he'd rather move to his son in [[TOWN:Dortmund]] than have the operation in [[TOWN:Krakowie]]. Would you offer SANO-style active surveillance to someone who may be lost to follow-up abroad?""",
    # 007 Czech kidney transplant referral with a living spousal donor
    """Got this referral from a dialysis unit in East Bohemia (my translation of the key bits):

Doporučení k vyšetření před zařazením na čekací listinu (kidney tx workup)
Pacient: [[PT:Zdeněk Kovář]], r. č. [[SSN:620914/0418]], ZP 111
Bydliště: [[STREET:Husova 311]], [[ZIP:572 01]] [[TOWN:Polička]], okres [[COUNTY:Svitavy]]
Dialyzační středisko: [[FAC:DialCentrum Svitavy]], HD od [[DATE:05/2022]]
Dg.: ADPKD, hypertenze, st.p. SAH bez aneuryzmatu v anamnéze
Ošetřující lékař: MUDr. [[HCP:Hana Dvořáková]], tel. [[PHONE:+420 461 532 118]], [[EMAIL:dvorakova@dialcentrum-sy.cz]]
Manželka [[REL:Jiřina Kovářová]] (61 let) nabízí žijící dárcovství, AB0 kompatibilní, HLA 2-2-1 mismatch.

Our questions: his native kidneys are 24 and 22 cm and he has early satiety – unilateral nephrectomy before or at the time of transplant? And the wife has BMI 32 with a borderline ABPM; the donor team in [[TOWN:Hradec Králové]] hesitates.""",
    # 008 Romanian cardio-oncology chat thread with two network members
    """Pasted from our cardio-onco group (the colleagues agreed):

[09:12] Irina Popescu: bună, need advice. Doamna [[PT:Lăcrămioara Bodea]], 54, from [[TOWN:Turda]], jud. [[COUNTY:Cluj]], HER2+ breast ca, trastuzumab since [[DATE:sept 2024]]. LVEF 61 → 44 % on echo [[DATE:10 feb]], GLS −14 %, NT-proBNP 890.
[09:15] Irina Popescu: her oncologist at [[FAC:Centrul de Oncologie Someș]] (dr. [[HCP:Sorin Mureșan]]) wants to stop trastuzumab for good.
[09:31] Ayşe Kurt: per the 2022 ESC cardio-onc guideline that's moderate CTRCD. I'd hold, start ACEi + BB, repeat echo in 3 weeks and rechallenge if EF ≥ 50 %.
[09:33] Irina Popescu: family wants to fly her to [[TOWN:Istanbul]], her husband [[REL:Ovidiu]] found a clinic online, [[FAC:Kalp Merkezi Levent]]
[09:40] Ayşe Kurt: 😅 that's a private cath-lab place in [[PLACE:Levent]], they don't do cardio-onc. If she really comes I can see her in our outpatient clinic, send me the loops @irina.popescu
[09:41] Irina Popescu: mulțumesc!! 🙏""",
    # 009 Swedish remiss for heart transplant assessment (LMNA, VT storm)
    """Remiss – bedömning inför hjärttransplantation / LVAD
Från: Kardiologkliniken, [[FAC:Lidköpings lasarett]]
Till: Transplantationscentrum, [[FAC:Östra Mölndals sjukhus]]
Patient: [[PT:Åsa Lindqvist]], pnr [[SSN:19710503-2486]]
Adress: [[STREET:Skogsbrynsvägen 14]], [[ZIP:531 57]] [[TOWN:Lidköping]], [[COUNTY:Västra Götalands län]]
Diagnos: dilaterad kardiomyopati (LMNA c.1621C>T), NYHA III, LVEF 20 %, VT-storm [[DATE:14 mars 2025]] med 11 ICD-chocker.
ICD Boston Scientific Dynagen, serienr [[DEVICE:D152-218843]]
Anhörig: make [[REL:Per-Olof Lindqvist]], tel [[PHONE:070-318 44 27]]
Remitterande läkare: [[HCP:Jonas Ekdahl]], överläkare, sökare [[PAGER:4412]]

---
LMNA with VT storm at 53, endocardial ablation did nothing. She teaches at [[FAC:Källby skola]] and wants to keep working until transplant. List her directly or LVAD first as BTT given current Scandiatransplant waiting times? Anyone used amiodarone + mexiletine long term while waiting?""",
    # 010 Finnish epikriisi after TAVI with new LBBB
    """Epikriisi (headings translated for the non-Finns):

[[FAC:Hervannan sydänkeskus]], kardiologian osasto
Potilas: [[PT:Päivi Hämäläinen]], hetu [[SSN:120351-417K]]
Osoite: [[STREET:Tammelan puistokatu 22 B 14]], [[ZIP:33100]] [[TOWN:Tampere]]
Hoitojakso (stay): [[DATE:12.1.2025]]–[[DATE:20.1.2025]]
Dg: I35.0 vaikea aorttaläpän ahtauma (severe AS); TAVI [[DATE:14.1.2025]], Evolut FX 29 mm, sarjanumero [[DEVICE:FX29-0047812]]
Komplikaatio: uusi vasen haarakatkos (new LBBB), PR 240 ms, QRS 150 ms
Jatkohoito (follow-up): omalääkäri [[HCP:Kari Mäki]], [[FAC:Kangasalan terveyskeskus]]
Omainen: tytär [[REL:Riikka Kivi]], p. [[PHONE:040 571 2284]]

She's 73, lives alone on a farm outside [[TOWN:Orivesi]], 60 km from us. EP study showed HV 68 ms. Pacemaker now, or ILR and let her go home? Our EP says pace, the geriatrician says she'll never come back for follow-up.""",
    # 011 Turkish-German patient after cardiac surgery in Istanbul (medical tourism complication)
    """Anyone else seeing these? 61yo Herr [[PT:Mustafa Yıldız]] from [[TOWN:Duisburg]]-[[PLACE:Marxloh]] had CABG x4 in [[TOWN:İstanbul]] on [[DATE:11 Mart 2025]] at [[FAC:Özel Boğaziçi Kalp Hastanesi]] – package price 9.500 € incl. hotel, organised by an agency his nephew [[REL:Emre]] found on Instagram ([[HANDLE:@saglikturu.bosphorus]]). Discharged day 5, flew home to [[TOWN:Düsseldorf]] day 7, and came to our ED on [[DATE:24.03.2025]] with sternal dehiscence and MSSA bacteraemia.

The Turkish epikriz (translated by his daughter [[REL:Zeynep]]) lists Hasta No [[MRN:2457881]], Protokol No [[ACCT:20250311-0412]], T.C. Kimlik No [[SSN:18472635014]], surgeon Op. Dr. [[HCP:Kemal Aydoğdu]].

We did debridement, VAC, re-wiring on day 3. Two questions: how do you get hold of the operating surgeon (the hospital number just loops to an international patients desk), and has anyone got the AOK to pay for follow-up care after an unapproved Auslandsbehandlung?""",
    # 012 Israeli LVAD patient travelling to Munich
    """LVAD traveller question. Mr [[PT:Avraham Lavi]], 67, HeartMate 3 since [[DATE:Nov 2022]] (SN [[DEVICE:MLP-448172]]), followed at [[FAC:Sharon Medical Center]] in [[TOWN:Petah Tikva]]. He flies [[TOWN:Tel Aviv]] → [[TOWN:Munich]] on [[DATE:5.6.25]] for his grandson's bar mitzvah and stays three weeks with his daughter [[REL:Noa Lavi-Bergmann]] in [[PLACE:Schwabing]], [[STREET:Clemensstraße 48]].
TZ [[SSN:031245678]], Maccabi member no. [[PLAN:7731-0045128]].
His VAD coordinator [[HCP:Orit Shalom]] ([[PHONE:+972-3-937-7412]], [[EMAIL:orit.shalom@sharonmc.org.il]]) asks which centre in [[TOWN:Munich]] would see him if the controller alarms. Anyone close to [[PLACE:Schwabing]] with a VAD clinic willing to be the backup? The airline also wants a fit-to-fly letter with the battery specs.""",
    # 013 Egyptian second-opinion e-mail forwarded to a network member
    """@mbrenner_nephro you asked for the original – here is the e-mail the family sent (forwarded by their GP in [[TOWN:Cairo]]):

From: [[EMAIL:hossam.elsharkawy87@gmail.com]]
Subject: Second opinion request – my father [[PT:Abdelrahman El-Sharkawy]]
Dear Professor,
my father is 66, from [[TOWN:Mit Ghamr]] in Dakahlia, he lives now with us in [[PLACE:Heliopolis]], [[STREET:14 El-Merghany St.]], [[TOWN:Cairo]]. He had kidney transplant in [[YEAR:2011]] at [[FAC:Delta Kidney Institute]], donor was my uncle [[REL:Magdy]]. Since [[DATE:December 2024]] creatinine rise from 1.4 to 2.9, biopsy on [[DATE:20/1/2025]] at [[FAC:Dar El Shifa Specialized Hospital]] say "chronic active AMR, Banff cg2" and BK virus 10^4. His national ID [[SSN:25808151200437]], passport [[ID:A18847302]]. We can travel to Germany in [[DATE:April]]. Please tell us the cost.
[[REL:Hossam El-Sharkawy]] (son), [[PHONE:+20 100 447 2913]]

My honest view: cg2 plus BK with eGFR 22 – the trip will not change much and will cost them a fortune. Matthias, would your centre even take a self-payer for a second look at the slides only? That would be the sensible thing.""",
    # 014 Iranian MS patient moving to Istanbul after natalizumab supply stopped
    """MS question, practical. [[PT:Roya Karimi-Tabrizi]], 34F, RRMS since [[YEAR:2017]], JCV index 2.1, on natalizumab at the [[FAC:Kowsar MS Clinic]] in [[TOWN:Tehran]]. Supply stopped (import problems); last infusion [[DATE:1403/10/22]] (= [[DATE:11 Jan 2025]]). She is moving to [[TOWN:Istanbul]] with her husband [[REL:Babak]] for three months, renting in [[PLACE:Ataşehir]], and wants to restart something there.
Kod melli [[SSN:0071849236]] – the Turkish private hospital asks for it on every form, no idea why.
Her neurologist Dr [[HCP:Farhad Nourbakhsh]] ([[EMAIL:f.nourbakhsh@kowsarms.ir]]) sent the MRI on a CD: 2 new T2 lesions, one enhancing, on the scan from [[DATE:2 Feb]].
Rebound after stopping natalizumab usually peaks at 3–4 months. Ocrelizumab vs ofatumumab as bridge, or just restart natalizumab EID in Turkey if she can pay? What would you do with JCV 2.1?""",
    # 015 phone-typed Lebanese anticoagulation shortage question
    """lebanon again: mr [[PT:georges abi nader]], 71, [[TOWN:zahle]], ckd4 + af, no apixaban in any pharmacy between [[PLACE:achrafieh]] and [[TOWN:jounieh]] since [[DATE:feb 12]]. son [[REL:elie]] sends boxes from [[TOWN:marseille]] every 2 months but customs. warfarin with an INR lab 40 min away or dabigatran 110 bid with egfr 24?? thoughts""",
    # 016 UAE referral for treatment abroad (proton therapy in Germany)
    """Got this referral from [[TOWN:Abu Dhabi]] for proton therapy – does anyone know the turnaround for a PTV decision at German centres?

REFERRAL FOR TREATMENT ABROAD
Patient: [[PT:Mariam Saeed Al Ketbi]]    Emirates ID: [[SSN:784-1983-4417263-2]]    Thiqa card no.: [[PLAN:1-08742119-7]]
MRN [[MRN:AD-00481127]] – [[FAC:Al Reem Specialty Hospital]]
Address: [[STREET:Villa 17, Street 32]], [[PLACE:Khalifa City A]], [[TOWN:Abu Dhabi]]
Diagnosis: chordoma of the clivus, subtotal resection on [[DATE:19 Nov 2024]], residual 2.1 cm abutting the brainstem
Requested: proton beam therapy 74 Gy(RBE) at [[FAC:Protonentherapiezentrum Rhein-Neckar]], [[TOWN:Heidelberg]]
Companion: husband [[REL:Khalid Al Mazrouei]] (passport [[ID:P4418203]]), mobile [[PHONE:+971 50 418 2276]]
Treating physician: Dr. [[HCP:Aisha Bin Hamad]], Consultant Neurosurgeon, DOH licence [[LIC:GD42871]]
Case reference: [[ACCT:TAO-2025-01194]]

She is 41 and the family wants to start within a month. Is 8 weeks after surgery still fine for the proton plan, or are we losing local control?""",
    # 017 pasted repatriation chat (VA-ECMO from Mallorca to Hannover) with three members
    """Shared thread, repatriation case (patient's wife agreed to the discussion):

[21:04] Javier Ruiz-Cano: Tenemos un alemán de 58 en la UCI, [[PT:Uwe Kaltenbach]], de vacaciones en [[TOWN:Cala Rajada]]. STEMI anterior el [[DATE:8 de marzo]], VA-ECMO desde el día 2 en el [[FAC:Hospital Comarcal de Llevant]].
[21:06] Javier Ruiz-Cano: el seguro (ADAC) quiere repatriarlo a [[TOWN:Hannover]]. La mujer, [[REL:Birgit Kaltenbach]], [[PHONE:+49 172 448 9031]]
[21:10] Matthias Brenner: on ECMO that's a specialised transport. Which centre in [[TOWN:Hannover]]?
[21:11] Javier Ruiz-Cano: [[FAC:Herzzentrum Hannover-List]], Dr. [[HCP:Friederike Osterkamp]] aceptó por teléfono.
[21:15] Clara Ventura: @jruizcano we did one from [[TOWN:Palma]] last year, the flight company wanted the console and pump serials in advance.
[21:16] Javier Ruiz-Cano: ok – Cardiohelp [[DEVICE:90415327]], HLS set [[DEVICE:70104.8312]]
[21:20] Matthias Brenner: and get the Fallnummer from [[TOWN:Hannover]] before take-off or their admission desk sends him through the ED.
[21:23] Javier Ruiz-Cano: 👍 Fallnummer [[ACCT:1002558734]], vuelo previsto [[DATE:12/03]].""",
    # 018 German Kostenübernahmeantrag for CAR-T rejected by the insurer
    """For the German colleagues: our Sozialdienst sent this cover letter to the Krankenkasse for CAR-T and it was rejected. Tips for the Widerspruch?

Antrag auf Kostenübernahme – CAR-T-Zelltherapie (Axicabtagen-Ciloleucel)
Versicherte: Frau [[PT:Sabine Fuchs]], geb. [[DATE:23.06.1966]]
Versichertennummer [[PLAN:F274831906]], Techniker Krankenkasse
Anschrift: [[STREET:Lindenstraße 9a]], [[ZIP:37073]] [[TOWN:Göttingen]]
Diagnose: DLBCL, Erstdiagnose [[DATE:04/2024]], Rezidiv 5 Monate nach Ende von 6x R-CHOP
Behandelndes Zentrum: [[FAC:Universitätsmedizin Leinetal]], Klinik für Hämatologie und Medizinische Onkologie, IK [[ID:260320415]]
Antragsteller: Dr. med. [[HCP:Konrad Hübner]], LANR [[LIC:748201501]], BSNR [[ID:268812300]]
Unser Zeichen: [[ACCT:SD-2025-0931]] · Ihr Schreiben vom [[DATE:07.03.2025]]

The Medizinischer Dienst says ZUMA-7 only supports relapse within 12 months of first-line therapy – she fits – but they date the relapse to the biopsy in [[DATE:02/2025]], not to the PET in [[DATE:12/2024]]. Anyone won this argument? We lose weeks every time.""",
    # 019 French protocole de soins ALD (hereditary ATTR cardiomyopathy)
    """Pour les collègues français : je remplis le protocole de soins, qui prescrit quoi pour une ATTRv ?

PROTOCOLE DE SOINS – affection de longue durée
Assurée : Mme [[PT:Hélène Lefèvre]] épouse [[PT:Mercier]], née le [[DATE:22/07/1961]]
N° d'immatriculation : [[SSN:2 61 07 69 384 117 52]]
Organisme : CPAM du Rhône
Adresse : [[STREET:7 montée de la Grande-Côte]], [[ZIP:69001]] [[TOWN:Lyon]]
Médecin traitant : Dr [[HCP:Bertrand Petit]], RPPS [[LIC:10003849271]]
Spécialiste : Pr [[HCP:Anne-Laure Boulanger]], [[FAC:Hôpital de la Croix-Rousse Nord]]
Diagnostic : cardiomyopathie amyloïde à transthyrétine héréditaire, variant p.Val50Met (Val30Met), septum 17 mm, Perugini 3, NT-proBNP 2 140 ng/l
Fait le [[DATE:6 février 2025]]

Her mother came from [[TOWN:Póvoa de Varzim]] and died of "heart failure and neuropathy" at 58. Mixed phenotype here too (early small-fibre neuropathy). Tafamidis 61 mg or vutrisiran first? And can the cardiologist prescribe vutrisiran in France or does it need the neuro centre?""",
    # 020 Polish renal pathology report (double-positive anti-GBM / MPO)
    """Second look requested on this one – pasting the report (Polish):

[[FAC:Szpital Powiatowy w Sokołowie Podlaskim]] – Pracownia Histopatologii
Nr badania: [[ID:HP-2025-004712]]    Data przyjęcia: [[DATE:03-IV-2025]]    Data wydania: [[DATE:11-IV-2025]]
Pacjentka: [[PT:Krystyna Wrona]], PESEL [[SSN:48021509826]]
Zlecający: lek. [[HCP:Marek Sobczak]], Oddział Chorób Wewnętrznych
Materiał: bioptat nerki prawej (2 walce)
Opis: 24 kłębuszki, w tym 9 globalnie zeszkliwiałych, 11 z półksiężycami komórkowymi i włóknisto-komórkowymi. IF: IgG linijnie wzdłuż GBM (+++), C3 (+). Włóknienie śródmiąższowe ok. 30 %.
Rozpoznanie: kłębuszkowe zapalenie nerek z przeciwciałami anty-GBM (choroba Goodpasture'a), aktywne i przewlekłe.
Patomorfolog: dr n. med. [[HCP:Ewa Zielonka-Rams]]

Clinical: 76F, anti-GBM 178 U/ml, also MPO-ANCA 64 (double positive), creatinine 6.8, no haemoptysis, not yet on dialysis. PLEX + cyclophosphamide + steroids at 76 with 37 % sclerosed glomeruli – futile or worth it given the ANCA component? She lives on a farm near [[TOWN:Sterdyń]] with her son [[REL:Ryszard]].""",
    # 021 Turkish lab report (nephrotic syndrome, low C3) with a question
    """Laboratuvar sonuç raporu – key parts copied:

[[FAC:Özel Ege Yaşam Hastanesi]] Biyokimya Laboratuvarı, [[PLACE:Bornova]] / [[TOWN:İzmir]]
Hasta Adı Soyadı: [[PT:Fatma Nur Demir]]    TC: [[SSN:30518744260]]    Doğum Tarihi: [[DATE:14.02.1979]]
Protokol No: [[ACCT:2025031400871]]    Barkod: [[ID:9100244718]]
Numune alma: [[DATE:14.03.2025]] 08:12    Onay: Uzm. Dr. [[HCP:Serkan Güneş]]
Kreatinin 1,92 mg/dL · eGFR 31 · Albümin 2,1 g/dL · 24 saatlik idrar proteini 3,4 g/gün
C3 0,42 g/L (düşük) · C4 0,19 g/L · ANA negatif · anti-PLA2R negatif · RF negatif · kriyoglobulin bakılacak

46, teacher at [[FAC:Bornova Anadolu Lisesi]], no rash, no arthritis, hepatitis serology pending. Low C3 with normal C4 and nephrotic range – I'm thinking C3 glomerulopathy vs post-infectious (sore throat in [[DATE:January]]). Biopsy first obviously, but would you send complement genetics / C3NeF up front while waiting?""",
    # 022 ICD interrogation summary shared with a network member (VT storm, cardiac sarcoid)
    """@yossi_ep you asked for the interrogation – pasted from the PDF:

Device Interrogation Summary – [[FAC:Hôpital Privé de la Côte Fleurie]], rythmologie
Patient: [[PT:Jean-Baptiste Marchal]]    DOB [[DATE:1959-04-11]]    ID [[MRN:CF0048771]]
Device: Medtronic Cobalt XT DR ICD, serial [[DEVICE:PZX612488S]], implanted [[DATE:2022-09-30]]
RA lead 5076, serial [[DEVICE:PJN4418822]]; RV lead 6935M, serial [[DEVICE:TDL227014V]]
Episodes since [[DATE:2025-01-15]]: 3 VT in VF zone (CL 290 ms), ATP x2 failed, 1 shock 35 J successful ([[DATE:2025-02-27]] 03:41)
Battery 8.1 yrs · RV impedance 418 Ω (stable) · R-wave 9.6 mV · AP 2 % / VP <1 %
Followed by Dr [[HCP:Claire Dumont-Vasseur]], [[TOWN:Deauville]]

Yossi – with the cardiac sarcoid and inferolateral scar on PET, would you plan an epicardial approach from the start, or endo first and epi only if it fails? He's on prednisone 20 and methotrexate since the last FDG-PET.""",
    # 023 medical-tourism price offer for a living-donor kidney transplant in Istanbul
    """Look what a patient brought me – a quote from a "health tourism" agency, pasted verbatim:

PRICE OFFER #[[ACCT:HT-25-3318]]
Dear Mr. [[PT:Gheorghe Mocanu]],
Thank you for choosing [[FAC:MedBosphorus Health Travel]]!
Treatment: Kidney transplant (living related donor) – donor: [[REL:Vasile Mocanu]] (brother, relationship to be certified by notary)
Hospital: [[FAC:Özel Marmara Nefroloji Merkezi]], [[PLACE:Şişli]], [[TOWN:İstanbul]]
Package: 19.900 USD (surgery, 14 nights hospital, 10 nights hotel in [[PLACE:Nişantaşı]], VIP transfer)
Your coordinator: [[HCP:Ece Karaca]] – WhatsApp [[PHONE:+90 532 418 77 09]]
Details: [[URL:https://www.medbosphorus-travel.com/en/kidney-transplant-package]]

Mr [[PT:Mocanu]] is 49, from [[TOWN:Bacău]], on PD for 3 years. The "brother" looks about 25 and speaks a different language from him. I've read the Istanbul Declaration; what I want to know is how you actually counsel these patients, and whether anyone has ever reported an agency like this. Our deceased-donor wait is about 4 years.""",
    # 024 cross-border STEMI transfer Haparanda–Tornio
    """[[TOWN:Tornio]]/[[TOWN:Haparanda]] practicalities – we had a STEMI across the bridge last night and the paperwork is a mess.

Pt [[PT:Tapio Niemelä]], 64, Finnish citizen living on the Swedish side in [[TOWN:Haparanda]] ([[STREET:Storgatan 71]]), works at [[FAC:Rajamarket Haparanda]]. Swedish ambulance [[PLATE:MLB 42C]] met our unit [[PLATE:KTZ-418]] at the border and he went straight to the lab at [[FAC:Kemin sydänyksikkö]] – 30 km instead of 140 km to the nearest Swedish PCI centre. Inferior STEMI, RCA DES, door-to-balloon 41 min.
Swedish pnr [[SSN:19610709-3157]]; the Finnish side never found his old hetu so the system gave him a temporary one, [[SSN:090761-987X]], and now his labs are split over two records.
His wife [[REL:Marja-Liisa]] drove after us in their own car.
Who pays – S2 form, EHIC, or the Nordic agreement? Anyone have a template for the Swedish region?""",
    # 025 94-year-old with severe AS, question to a network member
    """@leila.moradi.md you asked about the very old TAVI candidates – here's mine from today:
Frau [[PT:Hildegard Wenzel]], [[AGE:94]] Jahre, lives alone in the [[FAC:Seniorenstift St. Martin]] in [[TOWN:Bad Kissingen]]. AVA 0.6 cm², mean gradient 48 mmHg, LVEF 55 %, CFS 4, MMSE 27, still walks to the bakery every morning. Her nephew [[REL:Dieter Wenzel]] is her Betreuer and wants "everything". STS 7.8 %, porcelain aorta, femorals 6.5 mm. Heart team meets on [[DATE:18.03.]] at 14:00.
TF-TAVI at 94, or balloon valvuloplasty as a bridge and see? Leila, what did your geriatric assessment show for the [[AGE:93]]-year-old you posted?""",
    # 026 French one-liner: dialysis request for a 91-year-old in a nursing home
    """Avis néphro svp : Mme [[PT:Odette Grandjean]], [[AGE:91]] ans, EHPAD [[FAC:Les Tilleuls]] à [[TOWN:Vesoul]], créat 380 µmol/l, K 6,4, dénutrie, la fille ([[REL:Colette]]) demande la dialyse. Je penche pour un traitement conservateur. Vos expériences ?""",
    # 027 teleconsultation access-log audit with IP addresses (Spain)
    """Anyone else had a data-protection incident with their video-consult platform? Our DPO sent me this extract after a transplant patient complained that someone else had opened her results:

Registro de accesos – portal de teleconsulta, [[FAC:Centro Médico Telesalud Levante]]
Usuaria: [[EMAIL:lucia.benitez.o@hotmail.es]]    Paciente: [[PT:Lucía Benítez Ortuño]]    NHC [[MRN:77102884]]
[[DATE:2025-02-11]] 09:14:07  login OK        [[IP:83.44.197.21]]
[[DATE:2025-02-11]] 09:16:52  informe tacrolimus  [[IP:83.44.197.21]]
[[DATE:2025-02-13]] 23:48:10  login OK        [[IP:91.126.203.8]]
[[DATE:2025-02-13]] 23:49:31  descarga biopsia  [[IP:91.126.203.8]]

Our IT says the second address resolves to a home connection in [[TOWN:Elche]], and she says her ex-partner lives there and used to know her password. She's frightened. Beyond resetting the password and 2FA, is there anything clinical we need to document? The Delegado de Protección de Datos wants a statement from the treating nephrologist (me).""",
    # 028 crowdfunding for unproven immunotherapy abroad
    """Sad one, and I need advice on how to say no kindly. 29yo with metastatic synovial sarcoma, progressing after doxorubicin/ifosfamide and pazopanib. The family is crowdfunding for "immunotherapy in Germany" – dendritic-cell vaccines at [[FAC:Privatklinik Dr. Hellmann am Tegernsee]] in [[TOWN:Bad Wiessee]], quoted 68.000 €.
Page: [[URL:https://www.gofundme.com/f/ajuda-para-o-rafael]] · Instagram [[HANDLE:@forcarafa_oficial]]
Patient [[PT:Rafael Antunes]] from [[TOWN:Setúbal]], treated with us at the [[FAC:Instituto de Oncologia do Sado]]. His mother [[REL:Sónia]] asked me to write a "supporting medical letter" for the donors.
He's still ECOG 1. Is there a trial he could go to instead (afami-cel is not available here)? And how do you all handle the letter request?""",
    # 029 neuro-ICU TBI after a motorcycle crash, insurer paperwork with plates and VIN
    """Neuro-ICU, Portugal. 23yo motorcyclist vs car on the A1 near [[TOWN:Pombal]] on [[DATE:22/02/2025]]. [[PT:Diogo Carvalho Serrão]], GCS 6 at the scene, intubated, transferred from [[FAC:Hospital Distrital de Pombal]] to our unit at [[FAC:Hospital Universitário Mondego]] in [[TOWN:Coimbra]]. CT: DAI, small contusions; ICP stayed <20 with sedation, EVD out day 9. MRI day 12: lesions in the splenium and dorsolateral pons (Adams grade 3).
The insurer wanted the GNR accident report in the file before paying anything – it lists the car ([[PLATE:45-TR-82]], VIN [[VIN:VF1RFB00X56789123]]) and his motorbike ([[PLATE:27-XL-90]]), so now that lives in our record too. Mildly annoying.
Day 20, eyes open, no command following. His father [[REL:Armando Serrão]] asks for a prognosis "in percentages". Do you use IMPACT/CRASH at this stage, or would you wait for a repeat MRI and SSEPs before saying anything?""",
    # 030 Iranian compensated-donor kidney transplant with DSA
    """Transplant nephrology case from [[TOWN:Shiraz]] (I did my fellowship there and still consult by phone).
Recipient [[PT:Hamid Rezaei]], 41, ESKD from reflux nephropathy, kod melli [[SSN:2280417365]], file no. [[MRN:1403-88127]] at the [[FAC:Zand Transplant Center]]. Unrelated donor matched through the patients' association – a 27-year-old man, [[PT:Saeed Gholami]], from [[TOWN:Marvdasht]].
Transplant on [[DATE:1403/08/14]] ([[DATE:4 Nov 2024]]), basiliximab, tacrolimus/MMF/prednisolone. Creatinine nadir 1.1.
Now: de novo DQ7 DSA, MFI 9,800, creatinine 1.6, no biopsy yet because the pathologist is away until [[DATE:Esfand 20]]. His wife [[REL:Maryam]] is a nurse at the same hospital and lives with him in [[PLACE:Maaliabad]].
IVIG is almost impossible to get. Would you biopsy elsewhere, or start pulse steroids + PLEX empirically? And for the donor: the one-year follow-up visit hasn't happened – how do other countries with compensated donation track them?""",
    # 031 holiday dialysis request for Gran Canaria
    """Gastdialyse auf [[PLACE:Gran Canaria]] – kennt jemand das Zentrum?
Herr [[PT:Günther Bäumler]], 68, HD 3x/Woche im [[FAC:Dialysezentrum Oberpfalz-Nord]] in [[TOWN:Weiden]], Shunt links Unterarm, Dialysat K 2, Heparin 2.000 IE Bolus.
Reise [[DATE:2.–23. November]], Hotel in [[TOWN:Maspalomas]]; angefragt bei der [[FAC:Clínica de Hemodiálisis Atlántico Sur]], Tel. [[PHONE:+34 928 76 21 40]].
Die wollen: HBsAg/Anti-HCV/HIV nicht älter als 4 Wochen, MRSA-Abstrich, Dialyseprotokoll der letzten 3 Sitzungen, EKG und die EHIC-Nummer [[PLAN:80276001230045128371]].
Is a 4-week-old serology really standard in Spain? Ours are monthly anyway, just checking whether there's anything else the Spanish centres usually ask for.""",
    # 032 German guardianship conflict over TAVI
    """Rechtliche Frage (Deutschland): 82-jähriger Herr [[PT:Walter Krämer]] mit vaskulärer Demenz und hochgradiger Aortenstenose. Betreuungsverfahren läuft beim [[FAC:Amtsgericht Pinneberg]], Az. [[ID:XVII 512/24]]. Tochter [[REL:Petra Krämer-Lüdecke]] ist seit [[DATE:Januar]] Betreuerin für die Gesundheitssorge, der Sohn [[REL:Holger]] ist strikt gegen TAVI und droht mit Anwalt. Hausärztin Dr. [[HCP:Marion Voß]] aus [[TOWN:Elmshorn]] (Kreis [[COUNTY:Pinneberg]]) hält den Patienten für einwilligungsunfähig.
Do we need the court's approval (§ 1829 BGB) for TAVI, or is the Betreuerin's consent enough when the risk is "only" 3–4 %? How do your ethics committees handle sibling conflict?""",
    # 033 crush syndrome survivor of the Hatay earthquake, CKD follow-up
    """Long-term follow-up question. [[DATE:Feb 2023]]: 19yo [[PT:Yusuf Kılıç]] pulled out of an apartment block on [[STREET:Kurtuluş Caddesi]] in [[TOWN:Antakya]] after 62 hours. CK 148.000, K 7,8, anuric; flown to [[FAC:Çukurova Devlet Hastanesi]] in [[TOWN:Adana]], 9 weeks of HD, fasciotomies both legs. His mother [[REL:Hatice]] and sister [[REL:Elif]] died in the same building. He lives with his uncle [[REL:İbrahim Kılıç]] in [[TOWN:Kırıkhan]] now.
Two years on: eGFR 52, BP 148/94, uPCR 0,6 g/g on and off. Is there any data on CKD progression after crush AKI (the Marmara 1999 cohorts?) that tells me how often to see him? RAS blockade for him now, or wait?""",
    # 034 Israeli Arab patient with FMF and AA amyloidosis
    """FMF with AA amyloidosis – Mr [[PT:Nizar Mahajna]], 38, from [[TOWN:Umm al-Fahm]], M694V homozygous, colchicine 2 mg/day but "forgets" doses, works night shifts at the family bakery ([[FAC:Mahajna Bakery]]). Nephrotic: uPCR 7,2 g/g, albumin 2,3, creatinine 1,4. Renal biopsy at [[FAC:Emek-Gilboa Medical Center]] on [[DATE:9.1.25]]: AA amyloid, glomerular and vascular.
TZ [[SSN:203318452]].
His brother [[REL:Wassim]] (same genotype) is well on colchicine alone. Mother [[REL:Suhad]] brings him to clinic.
For the Israeli colleagues: does the kupah approve canakinumab on "colchicine-resistant" when adherence is the real issue? Anyone tried anakinra daily in AA amyloid with GFR falling?""",
    # 035 Egyptian construction worker in Dubai with exertional heat stroke and AKI
    """ED/ICU, [[TOWN:Dubai]], summer is back. [[PT:Mahmoud Abdel-Fattah]], 36, Egyptian, foreman at [[FAC:Al Waha Contracting LLC]], collapsed on site in [[PLACE:Dubai South]] at 14:00, core temp 42,1. Lives in labour accommodation in [[PLACE:Al Quoz]].
CK 86.000, creatinine 6,1, ALT 2.400, platelets 48, INR 1,9. CRRT day 3 now.
Passport [[ID:A28193746]], Emirates ID [[SSN:784-1989-7712058-4]], insurance card [[PLAN:DHPO-4471829-01]] (basic plan, the employer's insurer keeps asking when he can be "discharged to home country").
He wants to fly back to [[TOWN:Asyut]] to his wife [[REL:Samah]] as soon as possible ("bukra, inshallah"). Who decides fitness to fly on intermittent HD, and has anyone arranged a dialysis slot in Upper Egypt from here?""",
    # 036 Iranian patient in Malmö, interpreter problems in a CKD clinic
    """Interpreter problem in our CKD clinic. [[PT:Parvin Ahmadi]], 71, originally from [[TOWN:Mashhad]], in Sweden since [[YEAR:2015]], lives in [[PLACE:Rosengård]], [[TOWN:Malmö]]. Personnummer [[SSN:19531108-6420]]. CKD 4 from diabetes, we need to talk about dialysis vs conservative care.
The phone interpreter from [[FAC:Tolkbyrån Öresund]] ([[HCP:Shirin Tavakoli]]) was excellent, but the patient only wants her grandson [[REL:Arvin]] (17) to translate. He softens everything – "the doctor says your kidneys are a bit tired".
How do you handle this in a shared decision-making conversation? Is it acceptable to insist on a professional interpreter when the patient refuses?""",
    # 037 Polish live-in carer in Germany admitted with PRES
    """24-h-Pflegekraft wird selbst Patientin: Pani [[PT:Bożena Kamińska]], 57, aus [[TOWN:Opole]], vermittelt über [[FAC:Pflegevermittlung Sonnenhof GmbH]], betreut eine 89-jährige Dame in [[TOWN:Wuppertal]]. Aufnahme mit hypertensivem Notfall (RR 238/134), Krampfanfall, MRT: PRES parieto-okzipital.
PESEL [[SSN:67102314688]], EHIC [[PLAN:80616001478215539122]]. Tochter [[REL:Joanna]] in [[TOWN:Nysa]], Tel. [[PHONE:+48 604 218 733]].
BP controlled on amlodipine + urapidil, MRI follow-up planned. She wants to go home by bus in 5 days. Any view on when PRES patients can travel 10 hours, and whether levetiracetam should continue after one seizure?""",
    # 038 Portuguese emigrant in France with cardiac AL amyloidosis wanting treatment at home over Christmas
    """Cas de [[TOWN:Créteil]] : Sr [[PT:Manuel Gonçalves Teixeira]], 67, retired mason, in France since [[YEAR:1972]], lives in [[TOWN:Champigny-sur-Marne]], spends every winter in his village, [[TOWN:Sistelo]]. AL lambda amyloidosis with cardiac involvement (Mayo 2012 stage III, NT-proBNP 6 800, hsTnT 78).
Dara-CyBorD since [[DATE:02/12/2024]] at the [[FAC:Hôpital Intercommunal du Val-de-Marne Est]]. NIR [[SSN:1 57 09 99 139 204 81]].
He insists on going to Portugal for Christmas and coming back "après les Rois". Could cycles 2–3 be given at [[FAC:Hospital Distrital do Lima]]? His daughter [[REL:Sandrine]] can drive him there. Has anyone organised a cross-border continuation of dara with the S2 form?""",
    # 039 Finnish Lapland logistics for Lu-PSMA
    """Lapland logistics question. [[PT:Ánte Niillas Labba]], 59, reindeer herder from [[TOWN:Karigasniemi]], mCRPC after enzalutamide and docetaxel, PSMA-PET positive. We are at [[FAC:Rovaniemen syöpäkeskus]] in [[TOWN:Rovaniemi]], 450 km away; 177Lu-PSMA is only given in [[TOWN:Oulu]]. Hetu [[SSN:090465-219R]].
He cares for his [[AGE:92]]-year-old mother [[REL:Biret]] and won't leave her for more than two nights. His wife [[REL:Elle]] drives; Kela pays the taxi but not for two people.
6 cycles q6w = a lot of 1,000 km round trips in winter. Anyone done Lu-PSMA with a longer interval for logistics, or do we go with cabazitaxel locally?""",
    # 040 Brugada cascade screening in a fishing family, two members mentioned
    """Cascade screening, need a sanity check. Index case [[PT:Luís Miguel Sardinha]], 34, aborted SCD on [[DATE:7 Jan]] playing futsal at the [[FAC:Pavilhão Municipal de Olhão]]; SCN5A c.4895G>A (likely pathogenic), spontaneous type 1 after ROSC. S-ICD at [[FAC:Centro Hospitalar do Sotavento]].
Family, all in [[TOWN:Olhão]] and [[TOWN:Fuseta]]:
- father [[REL:Joaquim Sardinha]] died suddenly at 42 while fishing off [[PLACE:Ilha da Armona]] ([[YEAR:1998]])
- mother [[REL:Maria da Graça Sardinha]], 61 – ajmaline negative, genotype negative
- sister [[REL:Inês]], 37 – genotype positive, ajmaline positive, asymptomatic
- [[REL:Inês]]'s son [[REL:Tomás]], 9 – fever-induced type 1 pattern on [[DATE:12/02]]
- uncle [[REL:Zé Manel]] – refuses testing ("we are fishermen, we die at sea")
Pedro Almeida suggested an ILR for [[REL:Inês]]; @yossi_ep what would you do for the 9-year-old beyond aggressive antipyretics?""",
    # 041 one-line follow-up reply, lower-case surname
    """update on mrs [[PT:ozdemir]] from yesterday's post: biopsy [[DATE:3/3]] came back crescentic, pauci-immune. started pulse steroids + rtx. thx all""",
    # 042 Spanish lab fax cover sheet
    """Fax we got this morning (yes, a fax) – anyone know this lab? The results look fine but the reference ranges are odd.

FAX – [[FAC:Laboratorio de Análisis Clínicos Dr. Arrieta]]
[[STREET:Avda. de Zarautz 82, bajo]], [[ZIP:20018]] [[TOWN:Donostia]]
Tel. [[PHONE:943 21 44 07]]    Fax [[FAX:943 21 44 09]]
Para: Dra. [[HCP:Itziar Goikoetxea]], Nefrología, [[FAC:Hospital Comarcal del Urola]]
Paciente: [[PT:Begoña Etxeberria Larrañaga]]    TIS [[PLAN:ETXB600412118016]]
Asunto: proteinuria 4,8 g/24 h, sedimento con hematíes dismórficos; resultados del [[DATE:28-02-2025]]
Páginas: 3 (incluida esta)""",
    # 043 German night handover with pager number, question on SAH work-up
    """Übergabe Nachtdienst, aus unserem Teams-Kanal kopiert – Frage zu Nr. 3:
1. [[PT:Kowalski, Heinz]], 78, Zi. 12 – NSTEMI, Koro morgen früh, Heparin läuft nach Schema
2. [[PT:Demirci, Selin]], 44, Zi. 14 – Z. n. NTx ([[YEAR:2019]]), Krea 2,1 ↑, Tac-Spiegel ausstehend
3. [[PT:Brandt, Ursula]], 81, Zi. 15 – V. a. SAB, CT nach 7 h negativ, LP: Xanthochromie. NC informiert (Dr. [[HCP:Nikolai Reuter]], Piepser [[PAGER:7712]]), CTA heute Nacht?
4. [[PT:Abu-Hamdan, Samir]], 59, Zi. 17 – DKA, Insulinperfusor, K stündlich
Hintergrund: OA [[HCP:Janssen]], Handy [[PHONE:0160 9448 2207]]

Re #3: CT negative at 7 h, xanthochromia positive – would you insist on CTA at 2 a.m. or is it fine in the morning if she's GCS 15 and BP controlled?""",
    # 044 Czech truck driver with inferior STEMI, return-to-driving question
    """Return-to-work question from [[TOWN:Jihlava]]: pan [[PT:Radek Procházka]], 52, long-distance driver for [[FAC:Vysočina Trans s.r.o.]], had chest pain on the D1 near [[TOWN:Humpolec]], still drove his truck ([[PLATE:4J2 8814]]) 8 km to a petrol station before calling 155. Inferior STEMI + complete heart block, primary PCI at [[FAC:Kardiocentrum Vysočina]], CHB resolved after reperfusion. LVEF 50 %.
The occupational doctor sent a form with his C+E licence number ([[LIC:EF 418273]]) asking when he can drive professionally again. Czech rules say 3 months for group 2 after MI, ESC says 6 weeks if EF >40 % and no ischaemia. His employer wants him back in a month. What do you write?""",
    # 045 Romanian kidney biopsy brought for a second opinion
    """Second opinion on a kidney biopsy – the family brought the slides from Romania:

Buletin de examen histopatologic nr. [[ID:BH 2318/2025]]
[[FAC:Spitalul Clinic Județean de Urgență Bistrița]], Laboratorul de Anatomie Patologică
Pacient: [[PT:Ștefan Munteanu]], CNP [[SSN:1620815060034]], domiciliat în com. [[TOWN:Sânmihaiu de Câmpie]], jud. [[COUNTY:Bistrița-Năsăud]]
Data recoltării: [[DATE:17.01.2025]]    Medic curant: dr. [[HCP:Ioana Cîmpean]]
Diagnostic: nefropatie membranoasă stadiul II, fără leziuni cronice semnificative.

Anti-PLA2R negative in serum, staining for PLA2R on our recuts is also negative, and he is 62 with 15 kg weight loss. THSD7A and NELL-1 stains are pending. Before we call it primary and start rituximab – how far do you go with the malignancy screen in PLA2R-negative MN? His son [[REL:Adrian]] works in [[TOWN:Nürnberg]] and wants everything done here.""",
    # 046 Lebanese breast cancer patient continuing olaparib in Paris
    """Patiente libanaise, question pratique : Mme [[PT:Rania Khoury-Sfeir]], 45 ans, d'[[PLACE:Achrafieh]], TNBC BRCA1, traitée à l'[[FAC:Hôpital du Mont-Liban Nord]] : neoadjuvant KEYNOTE-522, residual disease, now on adjuvant olaparib since [[DATE:octobre 2024]]. She came to [[TOWN:Paris]] after the latest escalation and stays with her cousin [[REL:Nour]] in the [[PLACE:15e arrondissement]].
Passport [[ID:LR2147719]], visa expires [[DATE:30 avril]]. NSSF no. [[PLAN:71-448203]] – useless here.
We saw her at the [[FAC:Institut Marie-Laurent]]; we can't prescribe olaparib without AME/PUMa and she doesn't qualify yet. Anyone found a route (compassionate programme, manufacturer) for foreign patients already on treatment?""",
    # 047 Egyptian living-donor transplant from an HCV-treated spouse
    """Transplant question from [[TOWN:Mansoura]]. Recipient [[PT:Amal Fawzy Ibrahim]], 33, ESKD from lupus nephritis, transplanted on [[DATE:15 Rajab 1446]] ([[DATE:15 Jan 2025]]) at the [[FAC:Delta Kidney Institute]], file no. [[MRN:MN/25/00318]]. Donor: her husband [[REL:Tarek Abdel-Hamid]], HCV genotype 4, treated with sofosbuvir/daclatasvir in [[YEAR:2019]], SVR, HCV RNA negative at donation.
At week 8 her HCV RNA is still undetectable, creatinine 1.1. How long do you keep checking HCV RNA in the recipient when the donor was SVR (not viraemic)? Our protocol was written for viraemic donors only. She lives with her in-laws in [[TOWN:Talkha]] and works at [[FAC:Misr Spinning Talkha]], a 2-hour round trip for each blood test.""",
    # 048 long Spanish teaching case (anti-LGI1 encephalitis) with two members
    """Caso de la sesión de hoy, por si a alguien le sirve (y para @claraventura, que preguntó por las FBDS):

Varón de 67 años, [[PT:Antonio Jesús Moreno Cuadros]], agricultor jubilado de [[TOWN:Villacarrillo]] ([[COUNTY:Jaén]]), con olivar familiar en la aldea de [[TOWN:Mogón]]. Remitido desde el [[FAC:Hospital Comarcal de la Loma]] a nuestro centro, el [[FAC:Hospital Universitario Virgen de la Cabeza]] ([[FAC:HUVC]]).

Historia: desde [[DATE:noviembre]] su mujer, [[REL:Encarni]], nota "muecas" en la cara y el brazo izquierdo, 30–40 al día, de 2–3 segundos, a veces con caída del vaso. En [[DATE:diciembre]] aparecen desorientación, amnesia anterógrada y Na 124 mmol/l.
En urgencias del comarcal: "AIT de repetición", doble antiagregación. EEG interictal normal.
RM ([[DATE:10/12/2024]]): hiperintensidad FLAIR en hipocampo y amígdala derechos, sin realce.
LCR: 2 células, proteínas 48. Anti-LGI1 positivo en suero y LCR (cell-based assay, [[FAC:Laboratorio de Neuroinmunología Pedralbes]]), resultado del [[DATE:23/12/2024]].
Tratamiento: metilprednisolona 1 g/d x5 + IgIV 2 g/kg; rituximab 1 g x2 por recaída de las crisis en la semana 6.
Exploración al ingreso: vigil, desorientado en tiempo, repite bien, recuerdo diferido 0/3; sin focalidad motora. Durante la exploración, dos FBDS de 2 s con contracción de hemicara y brazo izquierdos, sin pérdida de conciencia.
Evolución: las FBDS desaparecen en 10 días; MoCA 19 → 25 a los 3 meses; persiste amnesia para el periodo agudo. Alta el [[DATE:14/01/2025]] a su domicilio en [[STREET:calle Real 23]], con seguimiento en consulta de neuroinmunología y revisión por su MAP en el [[FAC:Centro de Salud de Villacarrillo]].
Tratamiento al alta: prednisona 60 mg con pauta descendente de 4 meses, levetiracetam 500 mg/12 h (retirar si sin crisis a los 6 meses), omeprazol, calcio + vitamina D, cotrimoxazol profiláctico 3 días/semana.

Puntos docentes:
1. Las crisis distónicas faciobraquiales preceden a la encefalitis en >70 %; tratarlas pronto con inmunoterapia (no solo antiepilépticos) reduce la progresión.
2. Hiponatremia por SIADH en ~60 %.
3. EEG y RM pueden ser normales al principio.
4. LGI1 rara vez es paraneoplásico (<10 %, timoma), pero hicimos TC TAP y PET: negativos.

Javier Ruiz-Cano me preguntó si mantendríamos rituximab de mantenimiento: de momento no. El neurólogo que lo vio primero, el Dr. [[HCP:Fermín Olmedo]], ya nos ha pedido la presentación para su servicio.""",
    # 049 Turkish CADASIL family from the Black Sea highlands
    """CADASIL family from the Black Sea coast. Bayan [[PT:Sevgi Karadeniz]], 49, tea farmer from [[TOWN:Çamlıhemşin]] (Rize), migraine with aura since her twenties, two lacunar strokes in [[YEAR:2024]]. MRI: anterior temporal pole and external capsule hyperintensities, 14 microbleeds. NOTCH3 c.475C>T (p.Arg159Cys). TC [[SSN:52713390482]]. Seen first at [[FAC:Rize Devlet Hastanesi]] by Dr. [[HCP:Orhan Şimşek]], now followed by us in [[TOWN:Trabzon]].
Her mother died of a "stroke" at 58 ([[YEAR:2009]]). Brothers [[REL:Cemal]] (52, migraine) and [[REL:Hakan]] (44, asymptomatic); every summer the whole family moves up to the yayla at [[PLACE:Ayder]].
[[REL:Hakan]] wants predictive testing before his wedding in [[DATE:Haziran]]. Pre-test counselling resources in Turkish, anyone? And with 14 microbleeds – aspirin or nothing?""",
    # 050 Israeli heart transplant candidate on inotropes, Hebrew transliteration
    """Heart tx list, the Israeli reality. [[PT:Eliyahu Mizrahi]], 58, from [[TOWN:Kiryat Bialik]], ischaemic CMP, LVEF 15 %, on milrinone in the CICU at [[FAC:Carmel-Galil Medical Center]] in [[TOWN:Haifa]] since Pesach. TZ [[SSN:058214736]], Meuhedet member no. [[PLAN:44-1187302]].
Blood group O, 95 kg, PRA 0 – realistically a long wait. His wife [[REL:Tova]] says "b'ezrat Hashem" every round, his son [[REL:Oren]] is on reserve duty in the north and calls every evening at 21:00 sharp.
Our surgeon, Dr. [[HCP:Gadi Ashkenazi]], wants HeartMate 3 as BTT now (RV looks okay, TAPSE 17, RA/PCWP 0.45). The family is afraid "the machine" will push him down the list. Does anyone have data on inotrope-dependent O patients waiting vs LVAD-first in a small-donor-pool country?""",
    # 051 Iranian glioblastoma patient crossing to Van for treatment
    """Cross-border oncology in the east. [[PT:Kourosh Jafari]], 52, from [[TOWN:Urmia]], came over the [[PLACE:Kapıköy]] crossing by bus with his brother [[REL:Dariush]] for a "second opinion" at [[FAC:Özel Erek Hastanesi]] in [[TOWN:Van]]. GBM, IDH-wildtype, MGMT methylated, subtotal resection in [[TOWN:Tabriz]] on [[DATE:1403/09/05]], then 60 Gy + temozolomide. Temozolomide is out of stock at home, he has two cycles' worth in his bag.
Passport [[ID:X95371284]], 30-day visa.
The family asks us to "take over" adjuvant TMZ and MRIs every 2 months, crossing every 28 days. Practical, or do we just prescribe 6 cycles and send the MRI reports back to Dr. [[HCP:Nasrin Gholizadeh]] in [[TOWN:Tabriz]]?""",
    # 052 Swedish phone-typed one-liner, lower case
    """snabb fråga: pt [[PT:erik sjöberg]] fick sin njure i [[TOWN:uppsala]] [[DATE:2/12]], tac 14 idag och krea stiger 110 → 140, biopsy or just lower the dose? he's skiing in [[TOWN:åre]] this week lol""",
]

FREE_NOTES: list[str] = [
    # 053 teaching post: Brugada patterns, Shanghai score and phenocopies
    """Teaching post – Brugada pattern vs phenocopies, because we had three referrals this month that were neither.

• Type 1 (coved): J-point elevation ≥2 mm in ≥1 right precordial lead (V1–V2, also recorded in the 2nd/3rd intercostal space), followed by a negative T wave. Diagnostic on its own if spontaneous.
• Type 2 (saddleback): ≥0.5 mm ST elevation, β-angle >58°, base of the triangle 5 mm below the r' peak >3.5 mm (the Chevallier/Serra criteria).
• Shanghai score (2016): spontaneous type 1 = 3.5 points, fever-induced = 3, drug-induced = 2; unexplained cardiac arrest = 3; family history of definite BrS = 2. ≥3.5 probable/definite.
• Ajmaline 1 mg/kg over 5–10 min (max 100 mg) or flecainide 2 mg/kg IV; stop at type 1 pattern, QRS widening >130 % or ventricular ectopy.
• Phenocopies: hyperkalaemia, hypothermia (Osborn waves), pectus excavatum, mediastinal masses compressing the RVOT, class IC drugs, tricyclics, lithium, cocaine, cannabis.
• Drugs to avoid: https://www.brugadadrugs.org (keep the patient card in the wallet).
• ICD: aborted SCD or arrhythmic syncope (class I in the ESC 2022 VA guideline). Epicardial RVOT substrate ablation (Nademanee) for VF storms or as an alternative in recurrent shocks.
Questions welcome; happy to look at ECGs with the identifiers cropped.""",
    # 054 KDIGO 2024 CKD guideline summary
    """KDIGO 2024 CKD guideline in 10 lines, for the residents who asked:
1. Stage by CGA: cause, GFR (G1–G5), albuminuria (A1 <30, A2 30–300, A3 >300 mg/g).
2. Use eGFRcr-cys when it matters (drug dosing, donor evaluation, sarcopenia); CKD-EPI 2021 without race.
3. Risk: KFRE 2- and 5-year; refer at 5-year risk >3–5 %, plan KRT at 2-year risk >40 %.
4. SGLT2i for eGFR ≥20 with ACR ≥200 mg/g, or heart failure, irrespective of diabetes (DAPA-CKD, EMPA-KIDNEY).
5. RASi at maximally tolerated dose when A2–A3; don't stop for a creatinine rise <30 %.
6. Finerenone in T2D with ACR ≥30 and normal K (FIDELIO/FIGARO).
7. GLP-1 RA in T2D for CV risk (FLOW: semaglutide 1 mg reduced kidney outcomes by 24 %).
8. BP target SBP <120 if tolerated (standardised office measurement).
9. Protein 0.8 g/kg/d; avoid >1.3 g/kg/d in progressive CKD.
10. Statin for everyone ≥50 with CKD.
Full text: https://kdigo.org/guidelines/ckd-evaluation-and-management/""",
    # 055 HCC transplant criteria beyond Milan
    """HCC and transplant criteria – the alphabet soup, for tomorrow's board:
- Milan (Mazzaferro 1996): 1 nodule ≤5 cm or ≤3 nodules each ≤3 cm, no vascular invasion or extrahepatic spread. 5-yr survival ~70 %.
- UCSF (Yao): 1 ≤6.5 cm, or ≤3 with largest ≤4.5 and total ≤8 cm.
- Up-to-seven: size of largest (cm) + number of nodules ≤7, without microvascular invasion.
- Metroticket 2.0: AFP-adjusted; AFP <200 → sum ≤7; 200–400 → ≤5; 400–1000 → ≤4.
- French AFP model: points for size, number and AFP; ≤2 points = low risk, allows downstaging.
- Hangzhou, Kyoto and Toronto criteria add biology (AFP, DCP/PIVKA-II, grade) – mostly used in living-donor programmes.
Downstaging with TACE/TARE to within Milan and a 3-month observation period is the common path. AFP >1000 that doesn't fall below 500 = no.
Reference: Mazzaferro V, et al. N Engl J Med 1996;334:693–9.""",
    # 056 Banff classification cheat-sheet
    """Banff 2022 cheat sheet I keep on the biopsy microscope:
Active AMR: microvascular inflammation (g + ptc ≥2) or C4d+ (or g ≥1 alone in C4d+); evidence of antibody interaction; DSA or C4d or validated transcripts.
Chronic active AMR: cg >0 (EM only counts if cg1a), or severe ptcml, or new arterial intimal fibrosis, plus the above.
"Probable AMR" and "MVI, DSA-negative, C4d-negative" are the new 2022 categories.
TCMR: Borderline = t ≥1 with i1; Ia = i ≥2, t2; Ib = i ≥2, t3; IIA = v1; IIB = v2; III = v3.
Chronic active TCMR: ti ≥2, i-IFTA ≥2, t ≥2 (grade IA/IB) or chronic allograft arteriopathy.
Scores: i, t, v, g, ptc, cg, ci, ct, cv, ah, mm, ti, i-IFTA, t-IFTA. Adequacy: ≥10 glomeruli and ≥2 arteries.
Reference: Naesens M, et al. Am J Transplant 2024 (the Banff 2022 report).""",
    # 057 journal-club chat among members on SGLT2i and GLP-1 RA kidney trials
    """Journal club chat, pasted for those who missed it:

[19:02] Matthias Brenner: tonight EMPA-KIDNEY vs DAPA-CKD. DOIs: 10.1056/NEJMoa2024816 and 10.1056/NEJMoa2204233
[19:04] Leila Moradi: key difference – EMPA-KIDNEY went down to eGFR 20 and included non-albuminuric CKD (about 1/3 had ACR <30)
[19:05] Tuomas Virtanen: and the benefit in the ACR <30 group was not significant on the primary outcome, only on eGFR slope in the post-trial follow-up
[19:09] Matthias Brenner: HR 0.72 (0.64–0.82) for EMPA-KIDNEY, 0.61 (0.51–0.72) for DAPA-CKD. NNT over ~2 years ~ 19–28
[19:11] Leila Moradi: FLOW next month? semaglutide 1 mg, HR 0.76
[19:12] Tuomas Virtanen: 👍 I'll present it, someone else takes CONFIDENCE (finerenone + empagliflozin)
[19:13] Matthias Brenner: deal. Slides on the group drive by Sunday.""",
    # 058 Crimean-Congo haemorrhagic fever teaching post with WHO link
    """Tick season reminder for colleagues in Turkey, Iran and the Balkans: Crimean-Congo haemorrhagic fever.
- Nairovirus, Hyalomma ticks; also nosocomial via blood (needlestick, intubation without PPE).
- Incubation 1–3 days after a tick bite, 5–6 days after blood exposure.
- Red flags: fever + thrombocytopenia + leukopenia + raised AST/ALT/LDH/CK in someone with tick or livestock exposure (butchering around Kurban Bayramı).
- Severity: the Swanepoel criteria; the SGS (severity grading score) used in Turkish cohorts; mortality 5–30 %.
- Ribavirin: evidence weak, most benefit if given in the first 72 h. Supportive care, platelets/FFP for bleeding, barrier nursing.
- Staff: full PPE for aerosol-generating procedures; post-exposure ribavirin debated.
WHO fact sheet: https://www.who.int/news-room/fact-sheets/detail/crimean-congo-haemorrhagic-fever""",
    # 059 familial Mediterranean fever criteria (Tel-Hashomer, Livneh, Eurofever/PRINTO)
    """FMF diagnosis in adults – which criteria do you use?
Tel-Hashomer criteria: major – recurrent febrile episodes with serositis, AA amyloidosis without another cause, favourable response to colchicine; minor – recurrent fever, erysipelas-like erythema, FMF in a first-degree relative. 2 major or 1 major + 2 minor.
Livneh criteria (1997) for the simplified set: ≥1 major or ≥2 minor.
Eurofever/PRINTO 2019 classification: genotype + clinical combinations; better sensitivity in children.
MEFV: M694V homozygosity is the highest risk for amyloidosis; E148Q alone is probably a polymorphism.
Colchicine 1–2 mg/day (max 3 mg); colchicine resistance = ≥1 attack/month despite max dose for 6 months. Then anakinra 100 mg/day or canakinumab 150 mg q4w (CLUSTER trial).
Monitor SAA and urine protein every 6 months.""",
    # 060 Balkan endemic nephropathy and aristolochic acid
    """Nephrology history corner: Balkan endemic nephropathy.
Chronic tubulointerstitial nephritis clustered in villages along the Danube tributaries, first described in the 1950s. Slowly progressive, with small kidneys, minimal proteinuria, anaemia out of proportion – and a very high rate of upper urothelial carcinoma.
The cause is dietary aristolochic acid (Aristolochia clematitis seeds contaminating wheat flour), the same toxin as in "Chinese herb nephropathy" (the Belgian slimming-clinic outbreak of the early 1990s), now called aristolochic acid nephropathy.
Signature: A:T→T:A transversions in TP53, aristolactam-DNA adducts in renal cortex.
Practical point: any CKD of unknown cause with upper tract urothelial carcinoma – ask about herbal products and origin. Annual cystoscopy/ureteroscopy or CT urography in AAN. After transplant, consider bilateral native nephroureterectomy.
Adduct paper: Jelaković B, et al. Kidney Int 2012;81:559–67.""",
    # 061 transplant immunosuppression drug and dose list
    """Immunosuppression quick reference (adult kidney, our protocol, for the new fellows):
Induction
- Basiliximab 20 mg IV day 0 and day 4
- Thymoglobulin 1–1.5 mg/kg/day x 3–5 days (total 4.5–6 mg/kg) for high immunological risk (cPRA >50 %, DSA, retransplant)
Maintenance
- Tacrolimus (Prograf) 0.1 mg/kg/day in 2 doses; Envarsus once daily (×0.7 of the total dose). Trough 8–10 ng/ml months 0–3, 5–8 thereafter
- Mycophenolate mofetil 1 g bid (or mycophenolic acid 720 mg bid); reduce to 500 mg bid with leukopenia <3.0 or CMV/BK
- Prednisolone 20 mg → 5 mg by week 8
- Belatacept 10 mg/kg days 1, 5, weeks 2, 4, 8, 12, then 5 mg/kg q4w (EBV IgG positive only!)
- Everolimus trough 3–8 ng/ml when combined with reduced tacrolimus
Prophylaxis: valganciclovir 900 mg/day (adjusted to eGFR) 3–6 months for D+/R−; cotrimoxazole 480 mg/day 6 months.
Interactions: diltiazem, fluconazole, clarithromycin ↑ tac; rifampicin, carbamazepine, St John's wort ↓ tac.""",
    # 062 ESC 2023 ACS guideline summary
    """ESC 2023 ACS guideline – what changed in daily practice:
- One guideline for STEMI and NSTE-ACS; "ACS spectrum".
- Invasive strategy <24 h for high-risk NSTE-ACS (class I); immediate (<2 h) for very high risk.
- Complete revascularisation in STEMI with MVD, during index PCI or within 45 days; FFR-guided for non-IRA (FLOWER-MI) or angio-guided (FIRE in the elderly).
- DAPT 12 months default; de-escalation (ticagrelor monotherapy after 1–3 months, or switch to clopidogrel) for bleeding risk.
- Routine pre-treatment with P2Y12 inhibitor not recommended when angio <24 h.
- Beta-blocker after MI with LVEF >50 % – downgraded pending REDUCE-AMI (no benefit) and REBOOT.
- Colchicine 0.5 mg may be considered (IIb).
- Cardiac rehab class I. Influenza vaccination class I.
Link: https://doi.org/10.1093/eurheartj/ehad191""",
    # 063 rota chat among members (no patients)
    """Rota chaos, pasted so everyone sees it:

Sophie Marchand: who can swap Saturday nights on the stroke unit? I'm at the SFNV course
Élodie Faure: @smarchand_neuro I can take Saturday if someone does my Tuesday day shift
Hasan Çelik: Tuesday is fine for me, but then I need Friday afternoon off for the Kurban Bayramı travel
Sophie Marchand: thank you Élodie!! Hasan, Friday pm – I'll ask the chef de service
Élodie Faure: also: new thrombolysis protocol (tenecteplase 0.25 mg/kg, max 25 mg) starts Monday, printouts are in the neurovascular office
Hasan Çelik: 👍 and the bleep for stroke calls is now on the handheld, not the old pager""",
    # 064 congress chat among members (congress host cities are not tagged)
    """Conference planning, pasted from our onc-nephro group:

Nadia Haddad: who's going to ESMO in Berlin this year? the onconephrology session is on the Saturday
Karim Mansour: me, poster P-1187 on immune-checkpoint nephritis, come say hi
Paulina Zając: I'll be at ERA in Vienna instead, can't do both – budget 😅
Nadia Haddad: @kmansour send the abstract, I'll share it with our fellows
Karim Mansour: done. The pembrolizumab AIN series – 41 patients, steroid response 83 %, rechallenge in 12 with 2 relapses
Paulina Zając: nice, that's bigger than the Cortazar series (Kidney Int 2016;90:638–47)
Nadia Haddad: @nhaddad_onc is my new handle btw, the old one got hacked""",
    # 065 Lugano classification and Deauville scale
    """Lymphoma response in one post (Lugano 2014):
Staging: Ann Arbor modified – I (single node region), II (≥2 regions same side of the diaphragm; "II bulky" treated as limited or advanced depending on histology), III (both sides), IV (extranodal non-contiguous). A/B symptoms only for Hodgkin.
PET-CT for FDG-avid histologies; CT for others.
Deauville 5-point scale: 1 no uptake; 2 ≤ mediastinum; 3 > mediastinum ≤ liver; 4 moderately > liver; 5 markedly > liver (2–3x) or new lesions; X new uptake unlikely lymphoma.
Complete metabolic response = 1–3 (3 may be inadequate in de-escalation trials, e.g. RATHL).
Bulk: ≥10 cm (or >1/3 thoracic diameter) for Hodgkin; 6–10 cm in DLBCL depending on trial.
Reference: Cheson BD, et al. J Clin Oncol 2014;32:3059–68.""",
    # 066 prostate cancer screening: Stockholm3, Göteborg-2, PI-RADS
    """Anyone using Stockholm3 routinely? Our urologists want it before MRI.
What I know:
- Stockholm3 = PSA, free PSA, hK2, MSMB, MIC1 + 101 SNPs + clinical data; threshold ≥11 % (or 15 %) for MRI/biopsy.
- STHLM3-MRI (Lancet Oncol 2021) reduced MRIs by ~1/3 and clinically insignificant cancer detection, similar csPCa detection.
- Göteborg-2 trial: MRI-targeted biopsy only halved overdiagnosis vs systematic biopsy (NEJM 2022).
- PI-RADS v2.1: 1–2 no biopsy if PSA density <0.15; 3 biopsy if PSAD >0.15; 4–5 targeted + systematic.
- ISUP grade group 1 (Gleason 3+3) → active surveillance.
Cost per test roughly that of an MRI. Is it worth it for men 50–69 with PSA 3–10? Thoughts welcome.""",
    # 067 IgA nephropathy: Oxford MEST-C and the prediction tool
    """IgAN biopsy reports still come without MEST-C in some places – please ask your pathologists for it.
Oxford classification (2016 update): M (mesangial hypercellularity >50 % of glomeruli) 0/1, E (endocapillary) 0/1, S (segmental sclerosis) 0/1, T (tubular atrophy/IF) 0/1/2 (<25, 26–50, >50 %), C (crescents) 0/1/2 (0, <25 %, ≥25 %).
International IgAN Prediction Tool (uses MEST, eGFR, BP, proteinuria, RASB/immunosuppression, age, race): https://qxmd.com/calculate/calculator_499/international-igan-prediction-tool
Treatment 2025: supportive (RASi max dose, SGLT2i), sparsentan (PROTECT), targeted-release budesonide 16 mg x9 months (NefIgArd), and a queue of APRIL/BAFF agents (sibeprenlimab, atacicept) and complement inhibitors (iptacopan – APPLAUSE-IgAN).
Proteinuria target now <0.5 g/d, ideally <0.3.""",
    # 068 McDonald 2017 MS criteria and MAGNIMS MRI
    """McDonald 2017 in one screen (and what the 2024 revision changes):
DIS: ≥1 T2 lesion in ≥2 of 4 areas – periventricular, cortical/juxtacortical, infratentorial, spinal cord.
DIT: simultaneous enhancing + non-enhancing lesions, or a new lesion on follow-up, or CSF-specific oligoclonal bands (substitute for DIT).
Symptomatic lesions count (new in 2017).
2024 revision: optic nerve as a 5th location; central vein sign and paramagnetic rim lesions as supportive biomarkers; kappa free light chain index as an alternative to OCBs; radiologically isolated syndrome can be MS with enough features.
MAGNIMS–CMSC–NAIMS protocol: 3D FLAIR, T1 post-gad, DWI; spinal cord sagittal + axial.
Barkhof criteria (1997) are of historical interest only.
Differentials you should not miss: NMOSD (AQP4), MOGAD, neurosarcoidosis, Susac syndrome, CADASIL.""",
    # 069 stroke scores and classifications
    """Stroke unit vocabulary for the new rotation:
NIHSS 0–42; "disabling deficit" counts more than the number.
ASPECTS (Alberta Stroke Program Early CT Score) 10 points, MCA territory; ≥6 classic for EVT, now large core trials (SELECT2, ANGEL-ASPECT, TENSION) for 3–5.
mTICI 0–3 (2b = >50 %, 2c = near complete, 3 = complete).
mRS 0–6 at 90 days.
Heidelberg Bleeding Classification for haemorrhagic transformation (HI1, HI2, PH1, PH2, 3a–c); ECASS definitions still used for sICH.
Boston criteria 2.0 for CAA (adds cortical superficial siderosis and white matter features like centrum semiovale PVS).
TOAST for aetiology; ASCOD if you like grids.
Tenecteplase 0.25 mg/kg max 25 mg, alteplase 0.9 mg/kg max 90 mg (10 % bolus).""",
    # 070 Behçet disease criteria
    """Behçet's – ICBD 2014 criteria (points): oral aphthosis 2, genital aphthosis 2, ocular lesions 2, skin lesions 1, neurological 1, vascular 1, positive pathergy 1 (optional). ≥4 = Behçet's.
The older ISG (International Study Group, 1990) criteria required recurrent oral ulcers + 2 of: genital ulcers, eye, skin, pathergy.
Neuro-Behçet: parenchymal (brainstem, "meso-diencephalic junction" lesions) vs non-parenchymal (cerebral venous thrombosis). Treat parenchymal with high-dose steroids + azathioprine or infliximab; avoid ciclosporin (neurotoxicity).
Vascular Behçet: pulmonary artery aneurysms – anticoagulation is dangerous; immunosuppression first.
HLA-B51 present in ~60 % in Silk Road populations, not diagnostic.
Named after Hulusi Behçet, who described the triad in 1937.""",
    # 071 CAR-T cytokine release syndrome and ICANS grading
    """CAR-T toxicity card (ASTCT consensus, Lee et al. 2019):
CRS grade 1: fever ≥38 °C. Grade 2: + hypotension not needing vasopressors and/or O2 by low-flow cannula. Grade 3: one vasopressor ± vasopressin and/or high-flow O2. Grade 4: multiple vasopressors and/or positive pressure.
Tocilizumab 8 mg/kg IV (max 800 mg) over 1 h, repeat after 8 h, max 3 doses/24 h, 4 total. Add dexamethasone 10 mg q6h from grade 2 if no response.
ICANS by ICE score (10 points: orientation 4, naming 3, commands 1, writing 1, attention 1): grade 1 = 7–9, grade 2 = 3–6, grade 3 = 0–2, grade 4 = unarousable/cerebral oedema.
ICANS: dexamethasone 10 mg q6h (grade 2), methylprednisolone 1 g/d (grade 4). Tocilizumab does not cross the BBB – avoid in isolated ICANS.
Levetiracetam prophylaxis 500–750 mg bid from day 0 to day 30 in many centres.
Also remember IEC-HS (HLH-like) and prolonged cytopenias (CAR-HEMATOTOX score).""",
    # 072 phone-typed one-liner on risk scores
    """does anyone still use framingham in europe or is it all SCORE2 / SCORE2-OP now? our GPs keep sending Framingham 10-yr risks and I have no idea how to compare""",
    # 073 Takotsubo: InterTAK and Mayo Clinic criteria
    """Takotsubo vs ACS at the door – InterTAK diagnostic score:
Female 25, emotional trigger 24, physical trigger 13, absence of ST depression (except aVR) 12, psychiatric disorder 11, neurological disorder 9, QTc prolongation 6. Score >70 → high probability of TTS; <30 → ACS likely.
Mayo Clinic criteria (2008): transient LV wall motion abnormality beyond a single coronary territory, no obstructive CAD or plaque rupture, new ECG changes or troponin rise, absence of phaeochromocytoma and myocarditis.
HFA-ESC 2016 criteria allow coexisting CAD.
Complications: LVOT obstruction (avoid inotropes; beta-blocker + fluids), LV thrombus, cardiogenic shock (~10 %), recurrence ~1.8 %/year.
GEIST risk score for in-hospital complications.""",
    # 074 Duke-ISCVID 2023 criteria for endocarditis
    """Duke-ISCVID 2023 – what's new compared with the modified Duke criteria:
Major microbiological: adds "typical" organisms for CIED infection and prosthetic valves (S. lugdunensis, Enterococcus faecalis regardless of source, all streptococci except S. pneumoniae and S. pyogenes); PCR/amplicon sequencing from valve; positive Coxiella serology (phase I IgG >1:800) or Bartonella.
Major imaging: adds [18F]FDG-PET/CT and cardiac CT.
Major surgical: intraoperative inspection now counts.
Minor: adds "predisposition" with transcatheter valves and CIEDs; vascular phenomena include Janeway lesions, conjunctival haemorrhage, splenic emboli; immunological include Osler nodes, Roth spots, glomerulonephritis.
Definite = 2 major, or 1 major + 3 minor, or 5 minor.
Reference: Fowler VG, et al. Clin Infect Dis 2023;77:518–26.""",
    # 075 Fabry disease assessment
    """Fabry cardiomyopathy screening in HCM clinics – worth doing?
- Prevalence in unexplained LVH ~0.5–1 % (higher in men >40 with LVH and short PR / low native T1).
- Low native T1 on CMR (before fibrosis), basal inferolateral LGE, conduction disease.
- Men: α-Gal A activity on dried blood spot; women: GLA sequencing (activity can be normal).
- Lyso-Gb3 for disease burden and therapy monitoring.
- Mainz Severity Score Index (MSSI) or FAST score to stage multisystem disease.
- ERT (agalsidase alfa 0.2 mg/kg or beta 1 mg/kg q2w; pegunigalsidase alfa 1 mg/kg q2w) or migalastat 123 mg every other day for amenable variants (check https://www.galafoldamenabilitytable.com).
- Late-onset variants (p.Asn215Ser) are mostly cardiac.""",
    # 076 ATTR cardiomyopathy staging
    """ATTR-CM staging, quick guide:
NAC (National Amyloidosis Centre, Gillmore 2018): stage I NT-proBNP ≤3000 ng/l and eGFR ≥45; stage III NT-proBNP >3000 and eGFR <45; stage II otherwise. Median survival 69 / 47 / 24 months.
Mayo ATTR-CM (Grogan 2016): troponin T >0.05 and NT-proBNP >3000 – 0, 1 or 2 factors.
Perugini grading on DPD/PYP/HMDP scintigraphy: 0 none, 1 < bone, 2 = bone, 3 > bone with attenuated bone uptake. Grade 2–3 + no monoclonal protein (sFLC, serum and urine IF) = non-invasive diagnosis.
Treatments: tafamidis 61 mg/day (ATTR-ACT), acoramidis 712 mg bid (ATTRibute-CM), vutrisiran 25 mg sc q3 months (HELIOS-B). Variant: p.Val142Ile in people of West African ancestry, p.Val50Met (Val30Met) the classic Portuguese founder variant with neuropathy.""",
    # 077 Eurotransplant kidney allocation explained
    """Explaining ETKAS to patients – my one-pager:
Points for: HLA-A/B/DR match (max 400), mismatch probability (max 100), waiting time since first dialysis (33.3 points/year), distance to donor centre (national / regional balance), paediatric bonus.
ESP (Eurotransplant Senior Program): donors ≥65 to recipients ≥65, local allocation, blood group identical, no HLA matching – shorter cold ischaemia.
AM (Acceptable Mismatch) programme: for highly sensitised (vPRA ≥85 %) patients, gives priority to donors with acceptable HLA antigens.
HU (high urgency): no vascular access left.
In Scandiatransplant, STAMP is the equivalent of AM.
Patient view: "being on the list" means active (T) status; NT (not transplantable) pauses the clock for nothing but keeps accumulated time.""",
    # 078 dialysis adequacy formulas
    """Dialysis adequacy refresher (because the quality report asked for spKt/V again):
URR = (pre-urea − post-urea) / pre-urea; target ≥65 %.
spKt/V by Daugirdas II: −ln(R − 0.008 × t) + (4 − 3.5 × R) × UF/W, where R = post/pre urea, t in hours, UF in litres, W post-weight in kg. Target ≥1.2 (thrice weekly), deliver 1.4.
eKt/V (Tattersall or Daugirdas rate equation) ~0.2 lower than spKt/V.
V by Watson: men 2.447 − 0.09516 × age + 0.1074 × height + 0.3362 × weight.
Std Kt/V ≥2.1/week for non-thrice-weekly schedules.
Haemodiafiltration: convection volume ≥23 l/session (CONVINCE trial: lower mortality vs high-flux HD, HR 0.77).""",
    # 079 PE risk scores
    """PE in the ED – scores that actually change management:
Wells (PE): clinical DVT 3, PE most likely 3, HR >100 1.5, immobilisation/surgery 1.5, previous VTE 1.5, haemoptysis 1, cancer 1. Two-tier: ≤4 unlikely.
Revised Geneva: age >65 1, previous VTE 3, surgery/fracture 2, cancer 2, unilateral leg pain 3, haemoptysis 2, HR 75–94 3, ≥95 5, leg tenderness/oedema 4.
YEARS algorithm: 3 items + D-dimer <1000 if 0 items, <500 if ≥1.
Age-adjusted D-dimer: age × 10 µg/l above 50.
PERC rule only in low-prevalence settings.
Severity: sPESI (age >80, cancer, HF/lung disease, HR ≥110, SBP <100, SpO2 <90 %) – 0 = low risk; Hestia criteria for outpatient treatment.
ESC 2019: intermediate-high = RV dysfunction + raised troponin; watch, don't lyse (PEITHO).""",
    # 080 early triple-negative breast cancer regimens and prognostic indices
    """Early TNBC, the current standard in one post:
KEYNOTE-522: pembrolizumab 200 mg q3w + paclitaxel 80 mg/m² weekly x12 + carboplatin (AUC 5 q3w or AUC 1.5 weekly), then pembrolizumab + AC/EC x4, surgery, then pembrolizumab x9 cycles. pCR 64.8 vs 51.2 %; 5-yr OS benefit 86.6 vs 81.7 %.
Residual disease: capecitabine 1000–1250 mg/m² bid d1–14 q3w x6–8 (CREATE-X) or olaparib 300 mg bid x1 year if gBRCA (OlympiA) – with pembrolizumab.
Prognostic indices for DCIS/early disease you'll still see in letters: Nottingham grade (tubules, pleomorphism, mitoses 3–9), Nottingham Prognostic Index (0.2 × size + grade + nodes), Van Nuys Prognostic Index (size, margin, grade, age).
Ki-67, TILs (stromal TILs ≥30 % = better prognosis) and RCB class after neoadjuvant.""",
    # 081 LAAO vs DOAC debate among members
    """LAAO thread, continued from the meeting:

Yossi Ben-Ami: OPTION showed LAAO after ablation non-inferior for stroke and lower non-procedural bleeding vs OAC. CHAMPION-AF readout soon.
Ayşe Kurt: but OPTION had a lot of "OAC" patients who stopped anyway. And LAAOS III is surgical only.
Mikael Sundqvist: our problem is the 80+ with falls. PRAGUE-17 was 400 patients, non-inferior vs DOAC for a composite. Not enough.
Yossi Ben-Ami: @msundqvist agreed, but device-related thrombus is ~3–4 % and peri-device leaks >5 mm matter; we CT at 45 days.
Ayşe Kurt: post-LAAO regimen? We do DAPT 3 months then aspirin.
Mikael Sundqvist: apixaban 2.5 bid x 45 days then aspirin in ours (ADALA-like).
Yossi Ben-Ami: let's wait for CLOSURE-AF (failed non-inferiority in high bleeding risk – awkward).""",
    # 082 Guillain-Barré syndrome criteria and prognostic scores
    """GBS: criteria and prognosis cheat sheet.
Brighton criteria levels 1–3: bilateral flaccid weakness, decreased/absent reflexes, monophasic course 12 h–28 days, CSF albuminocytological dissociation, NCS consistent with GBS, no alternative diagnosis.
EGRIS (Erasmus GBS Respiratory Insufficiency Score): days between onset and admission, facial/bulbar weakness, MRC sum score – >4 points = 65 % risk of ventilation within a week.
mEGOS (modified Erasmus GBS Outcome Score) at admission and day 7 – predicts inability to walk at 6 months.
IVIg 0.4 g/kg/day x5 = PLEX (5 exchanges). A second IVIg course did not help (SID-GBS).
Watch for treatment-related fluctuations (8 weeks) and A-CIDP.
Variants: Miller Fisher (anti-GQ1b), Bickerstaff brainstem encephalitis, pharyngeal-cervical-brachial.""",
    # 083 liver failure and transplant criteria (King's College, Clichy, Baveno VII)
    """Acute liver failure – listing criteria compared:
King's College criteria (paracetamol): arterial pH <7.30 after resuscitation, or all of INR >6.5, creatinine >300 µmol/l and grade III–IV encephalopathy. Add lactate >3.5 (4 h) or >3.0 (12 h) for the modified version.
King's non-paracetamol: INR >6.5, or 3 of 5 – age <10 or >40, aetiology (non-A non-B, halothane, idiosyncratic drug), jaundice to encephalopathy >7 days, INR >3.5, bilirubin >300 µmol/l.
Clichy criteria (the French rule): coma or confusion + factor V <20 % if age <30, or <30 % if age ≥30.
MELD ≥30 as a rough surrogate elsewhere.
Chronic liver disease: Baveno VII – LSM <15 kPa + platelets ≥150 rules out CSPH; ≥25 kPa rules it in; NSBB (carvedilol 6.25–12.5 mg) to prevent decompensation.""",
    # 084 ECG eponyms for occlusion MI
    """OMI patterns you must know, with names:
- Sgarbossa (LBBB/paced): concordant STE ≥1 mm (5), concordant STD V1–V3 (3), discordant STE ≥5 mm (2). Smith-modified: discordant STE/S ratio ≤−0.25.
- de Winter T waves: upsloping STD at J point in V1–V6 with tall symmetric T – proximal LAD.
- Wellens syndrome: biphasic (type A) or deep symmetric (type B) T in V2–V3 in a pain-free patient – critical LAD stenosis, avoid stress test.
- Aslanger pattern: STE in III only, STD in V4–V6 with positive T, STE V1 > V2 – inferior MI with multivessel disease.
- "South African flag" sign: STE in I, aVL, V2 with STD in III – high lateral (D1) occlusion.
- Posterior MI: STD V1–V3, confirm with V7–V9.
Resource: the OMI Manifesto (Meyers, Weingart, Smith) – good ECG examples.""",
    # 085 nephrology eponyms and classifications
    """Nephrology names decoded for the students (all eponyms, no patients!):
Alport (COL4A3/4/5; hearing loss, lenticonus), Goodpasture (anti-GBM), Fanconi (proximal tubulopathy), Bartter and Gitelman (salt-wasting), Liddle (ENaC gain of function), Dent (CLCN5), Fabry, Denys-Drash and Frasier (WT1), Henoch-Schönlein (now IgA vasculitis), Kimmelstiel-Wilson nodules (diabetic nephropathy), Tamm-Horsfall protein (uromodulin), Bowman's capsule, the loop of Henle, Randall's plaques.
Classifications: ISN/RPS 2018 for lupus nephritis (classes I–VI; activity and chronicity indices), Columbia classification for FSGS (collapsing, tip, cellular, perihilar, NOS), Oxford MEST-C for IgAN, Berden classification for ANCA GN (focal, crescentic, mixed, sclerotic), Renal Risk Score for ANCA, Mayo/Tervaert for diabetic nephropathy classes.""",
    # 086 glossary of abbreviations in foreign discharge letters
    """Reading foreign discharge letters – a glossary I've built over the years:
German: Z. n. (status post), V. a. (suspected), DD (differential), ED (Erstdiagnose, not the emergency department!), AZ/EZ (general/nutritional state), o. B. (no abnormality), RR (blood pressure), Krea, TTE/TEE, HKU (cath), ACVB (CABG), KHK (CAD), NI (renal insufficiency), GFR.
French: CR (compte rendu), ATCD (history), AEG (altered general state), IDM (MI), AVC (stroke), FA (AF), IRC (CKD), HTA, ETT, OAP (pulmonary oedema), RAS (nothing to report), J4 (day 4).
Spanish: IAM, ACV, ERC, FRA (AKI), ICC (heart failure), HTA, DM2, MAP (GP), AP (pathology), "sin incidencias".
Portuguese: AVC, EAM (MI), DRC, IC, "sem intercorrências", MGF (GP).
Polish: NZK (cardiac arrest), ChNS (IHD), POChP (COPD), PChN (CKD).
Turkish: KAH (CAD), KBY (CKD), ABY (AKI), HT, DM, "epikriz" (discharge summary).""",
    # 087 Mediterranean diet trials (PREDIMED, Lyon Diet Heart Study)
    """Mediterranean diet evidence, since the patients keep asking:
- Lyon Diet Heart Study (de Lorgeril, Circulation 1999): secondary prevention, 605 patients, ALA-rich Mediterranean diet; ~50–70 % reduction in recurrent events. Small, open-label, stopped early.
- PREDIMED (Estruch, NEJM 2013, retracted and republished 2018 after randomisation problems at some sites): primary prevention, 7,447 participants, extra-virgin olive oil or nuts; HR 0.69 and 0.72 for MACE.
- CORDIOPREV (Lancet 2022): Mediterranean vs low-fat diet in secondary prevention, HR 0.75.
- DASH and the Nordic diet (SYSDIET) are reasonable alternatives.
In CKD: plant-dominant low-protein diets (PLADO), watch potassium only if K >5.5.
Our dietitians' handout is a good start; avoid the "add olive oil to everything" message for people with heart failure and obesity.""",
    # 088 arboviruses in Europe (West Nile, Usutu, Toscana, TBE)
    """Summer neuro-infections in Europe – the list to run through:
- West Nile virus: lineage 2 now established in central and southern Europe; 80 % asymptomatic, <1 % neuroinvasive (meningoencephalitis, acute flaccid paralysis). IgM in CSF.
- Usutu virus: same Culex vectors, occasional encephalitis in immunosuppressed patients.
- Toscana virus (sandfly-borne phlebovirus): commonest cause of summer aseptic meningitis around the Mediterranean.
- Tick-borne encephalitis (European subtype): biphasic illness, vaccine-preventable; Lyme neuroborreliosis (Bannwarth syndrome) for painful radiculitis + facial palsy.
- Crimean-Congo haemorrhagic fever further east and in Spain sporadically.
ECDC weekly WNV updates: https://www.ecdc.europa.eu/en/west-nile-fever/surveillance-and-disease-data
For transplant recipients: donor screening by NAT in affected areas during the transmission season.""",
    # 089 statistics teaching post
    """Stats for the journal club, because "HR 0.72, p = 0.04" isn't the whole story:
- HR 0.72 (95 % CI 0.55–0.98): 28 % relative reduction; the CI tells you it could be 2 % or 45 %.
- ARR = control risk − treatment risk; NNT = 1/ARR. Control 12 %, treatment 9 % → ARR 3 %, NNT 33 over the trial duration (say "over 2.3 years").
- Fragility index: number of events that would need to flip to lose significance. Many cardiology RCTs sit at 2–5.
- Win ratio (e.g. ATTR-ACT, EMPULSE): hierarchical composite – death first, then HF hospitalisation, then KCCQ.
- Kaplan-Meier curves crossing = proportional hazards violated; look at RMST.
- Subgroup forest plots: test for interaction, not separate p-values.
- Bayesian re-analysis (e.g. of EOLIA) can show a 90 %+ probability of benefit when the frequentist p was 0.09.""",
    # 090 coding and DRG question (no patient data)
    """Coding question for the German colleagues: Impella in cardiogenic shock after PCI.
We coded OPS 8-839.46 (Impella) plus 8-837.m0 (DES), main diagnosis I21.4 with R57.0, and landed in DRG F36A or F03?? The controlling says the ventilation hours (over 95) push it to A13. In France the CCAM code for Impella is DFLF006? and in Spain the GRD is 162 (APR-DRG).
Also: is ECLS (8-852.3x) plus Impella coded as two procedures ("ECPELLA") or is there a combined code now?
Not patient-specific, just trying to understand why our reimbursement varies by €30,000 between two identical cases.""",
    # 091 short ERA congress chat between members
    """Ondřej Beneš: anyone at ERA in Vienna tomorrow? poster session on the Thursday, board P-0423, APOL1 in Roma patients
Omar Al-Shamsi: I'll come by! @omar_alshamsi if you want to meet for coffee after the transplant session""",
    # 092 tumour-board etiquette thread among members
    """How do you run your tumour boards? Our weekly MDT takes 3 hours for 40 cases and nobody is happy.

Nadia Haddad: we moved to a pre-board triage: "standard pathway" cases (e.g. stage I breast after surgery) get a 30-second confirmation, only non-standard cases get discussed. Cut our time by half.
Pedro Almeida: we require a structured template – TNM, ECOG, comorbidities, patient preference, specific question. No question = not discussed.
Nadia Haddad: and the pathologist presents first, radiology second. Saves the "wait, is it really adenocarcinoma?" moments.
Pedro Almeida: 2 minutes per case in the ESMO/EHA guidance for standard cases, 8 for complex. We actually time it.
Nadia Haddad: also video-conference links to the referring hospitals – half of our cases come from outside and the referring doctors used to wait by the phone.
Anyone using software that auto-pulls the data from the EHR into the board template?""",
    # 093 ethics post on transplant tourism and the Istanbul Declaration
    """Ethics discussion: transplant tourism. The Declaration of Istanbul on Organ Trafficking and Transplant Tourism (2008, updated 2018) defines transplant tourism as travel for transplantation when it involves trafficking or commercialism, or when it undermines the home country's ability to provide organs to its own population.
Practical responsibilities for the home physician:
1. Counsel the patient before travel – risks: donor-derived infections (HBV, HCV, HIV, TB, Strongyloides), surgical complications, rejection from poor HLA work-up, lack of documentation.
2. You must not refuse post-transplant care; the WHO Guiding Principles and the Declaration both support caring for returning patients.
3. Document, and report suspected trafficking through the national authority where there is a pathway.
4. Registry data (e.g. the DICG's work) show higher 1-year graft loss and infection rates in "tourist" recipients.
Suggested reading: https://www.declarationofistanbul.org and Shimazono Y, Bull World Health Organ 2007;85:955–62.""",
    # 094 ethics post on compensated donation and the Declaration of Helsinki
    """Reading group next week: the "Iranian model" of regulated compensated living unrelated kidney donation (since 1988) and whether it eliminated the waiting list for kidneys.
Papers: Ghods AJ, Savaj S. Clin J Am Soc Nephrol 2006;1:1136–45; and the critique by Zargooshi (J Urol 2001) on donor outcomes and regret.
We'll contrast it with the Declaration of Helsinki principles for research on donors, the WHO Guiding Principles on Human Cell, Tissue and Organ Transplantation (2010), and Israel's Organ Transplant Law (2008) with its "priority points" for registered donors and their relatives.
Questions to prepare: Is a government-set payment coercive? Who follows up the donors? Does the Singapore/Israel reciprocity approach work better?
No case material please – theory only this time.""",
    # 095 cardiac arrest trolley drug list
    """Our updated crash trolley list (cardiology ward), feel free to steal:
- Adrenaline 1 mg/10 ml x10; 1 mg/1 ml x5 (for infusions)
- Amiodarone 300 mg x2, 150 mg x2
- Atropine 0.5 mg x6 (no longer in ALS asystole algorithm, but for bradycardia)
- Adenosine 6 mg x5
- Calcium chloride 10 % 10 ml x2
- Magnesium sulphate 2 g (8 mmol) x2
- Sodium bicarbonate 8.4 % 50 ml x2
- Glucose 10 % 500 ml; 20 % 100 ml
- Naloxone 0.4 mg x5; flumazenil 0.5 mg x2
- Lidocaine 100 mg x2 (if amiodarone unavailable)
- Isoprenaline 0.2 mg x5 (our bradycardia protocol before pacing)
- Alteplase 50 mg x2 (for PE in arrest)
Checked daily; seals numbered, expiry list taped inside the lid. ERC 2021 ALS algorithm laminated on top.""",
    # 096 short thank-you reply to a member with a NICE link
    """thx @leila.moradi.md, will read NICE NG203 tonight – https://www.nice.org.uk/guidance/ng203 – didn't know the referral threshold is still ACR 70 mg/mmol""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc45-008": [
        {"name": "Irina Popescu", "handle": "@irina.popescu"},
        {"name": "Ayşe Kurt"},
    ],
    "pc45-013": [{"name": "Matthias Brenner", "handle": "@mbrenner_nephro"}],
    "pc45-017": [
        {"name": "Javier Ruiz-Cano", "handle": "@jruizcano"},
        {"name": "Matthias Brenner"},
        {"name": "Clara Ventura"},
    ],
    "pc45-022": [{"name": "Yossi Ben-Ami", "handle": "@yossi_ep"}],
    "pc45-025": [{"name": "Leila Moradi", "handle": "@leila.moradi.md"}],
    "pc45-040": [
        {"name": "Pedro Almeida"},
        {"name": "Yossi Ben-Ami", "handle": "@yossi_ep"},
    ],
    "pc45-048": [
        {"name": "Clara Ventura", "handle": "@claraventura"},
        {"name": "Javier Ruiz-Cano"},
    ],
    "pc45-057": [
        {"name": "Matthias Brenner"},
        {"name": "Leila Moradi"},
        {"name": "Tuomas Virtanen"},
    ],
    "pc45-063": [
        {"name": "Sophie Marchand", "handle": "@smarchand_neuro"},
        {"name": "Élodie Faure"},
        {"name": "Hasan Çelik"},
    ],
    "pc45-064": [
        {"name": "Nadia Haddad", "handle": "@nhaddad_onc"},
        {"name": "Karim Mansour", "handle": "@kmansour"},
        {"name": "Paulina Zając"},
    ],
    "pc45-081": [
        {"name": "Yossi Ben-Ami"},
        {"name": "Ayşe Kurt"},
        {"name": "Mikael Sundqvist", "handle": "@msundqvist"},
    ],
    "pc45-091": [
        {"name": "Ondřej Beneš"},
        {"name": "Omar Al-Shamsi", "handle": "@omar_alshamsi"},
    ],
    "pc45-092": [
        {"name": "Nadia Haddad"},
        {"name": "Pedro Almeida"},
    ],
    "pc45-096": [{"name": "Leila Moradi", "handle": "@leila.moradi.md"}],
}

build, render, main = first_set.blind_set(
    "pc45", Path(__file__).with_name("physician_cases_45.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
