# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 39: infectious diseases, travel and public health in fifteen countries.

Posts from outbreak epidemiologists, port and airport health officers, TB and HIV
clinicians, sexual-health advisers, ship's doctors, refugee-screening clinics, district
medical officers and veterinary-public-health teams in the US, Mexico, Peru, Haiti, the UK,
France, Spain, Romania, Russia, Ethiopia, the DRC, Senegal, Thailand, Cambodia and Papua
New Guinea. Some are typed on a phone in lower case, some dictated, some written by
non-native English speakers mixing in Spanish, French, Haitian Creole, Romanian or Russian;
many paste real-world documents: line lists, contact follow-up sheets, notifiable-disease
and case-investigation forms (SINAVE, CMR, AFP), incident-meeting minutes, discharge
extracts, state-laboratory reports, specimen courier manifests, ring-vaccination lists,
Maritime Declarations of Health and crew lists. Dates come in many calendars and shapes
(US, European, ISO, Roman-numeral months, Buddhist era, Ethiopian calendar). The PHI-free
posts are teaching questions and guideline discussions dense with look-alikes: eponyms and
place-named diseases and strains (Lyme, Powassan, Rift Valley, Crimean-Congo, Tulare,
A/Texas/37/2024, GII.4 Sydney), trial and regimen names, vaccine and drug brands, lot
numbers, doses, titres, case counts and attack rates, IHR and ship-certificate rules,
guideline, campaign and awareness-day dates, weekdays, ages under 90, public agencies and
public literature links.

Annotation conventions:
- Every mention of a patient, contact, relative or other non-member person is tagged, in
  any form: full name, given name or family name alone, lower-case, initials with
  surname, a nickname, or another script (Cyrillic). Titles and honorifics (Dr, Dra., Mr,
  Mrs, Mme, Capt., Don, doña, Sr., Lic., Maman, Mama, Ato, W/ro, Kes, Khun, Pastè, Sr)
  and role words stay outside the span; particles that belong to the name (de, van) stay
  inside, and a name written surname-comma-given (NGUYEN, THI HONG LAN) or given name plus
  initial (Andreea M., R. Castellanos) is one span.
- PT: anyone whose own illness, exposure, test, prophylaxis or vaccination the note records
  (index cases, line-listed cases, screened, vaccinated or followed contacts). REL: any
  other non-clinician named in connection with a patient (family, partners whose testing is
  not described, caseworkers, teachers, employers and managers, owners of animals,
  businesses or vehicles, ship's masters, drivers, local officials, pastors).
- HCP: clinicians and public-health staff named about a patient's care or investigation
  (doctors, nurses, community health workers, disease intervention specialists, contact
  tracers, lab scientists, vets and environmental-health officers). Members of the network
  (the poster, repliers, @mentions, sign-offs) are never tagged and are listed in MEMBERS,
  even when a patient or relative in the same note shares their first name.
- STREET: the street line (house number, street, building, flat, unit, Moo number) as one
  span, a street without number or an intersection too; TOWN: cities, towns, villages
  and municipalities, including Peruvian districts, Haitian, Romanian and Senegalese
  communes and transit cities a patient passed through;
  COUNTY: second-level divisions (US and UK counties, French departements, Spanish and
  Peruvian provinces, Russian raions, Ethiopian zones and woredas, DRC health zones, Thai
  amphoe, Cambodian and PNG districts); PLACE: smaller areas (neighbourhoods, colonias,
  quartiers, localites and sections, kebeles, tambons, Cambodian communes, sub-villages,
  sub-kebele gots, settlements, campements, IDP sites, dacha partnerships). Type words
  before or after the name (Tambon, Amphoe, Col., quartier, kebele, woreda, raion,
  district, zone, sat, caserío, SNT, IDP site, g.) stay outside; only the US and UK
  'County' stays inside (Holmes County). 'Port of X' tags X as TOWN.
  Countries, US states, and first-level regions, provinces and departments are not tagged;
  nor are rivers, room, cabin, bed, seat and row numbers, or flight numbers.
- ZIP: any postal code. FAC: hospitals, clinics, health posts, treatment centres, private
  laboratories, schools, churches, shops, bars, restaurants, hotels, farms, markets,
  prisons, employers, shipping agents and couriers, airports, and ships (vessel names).
  Public agencies and national reference laboratories (CDC, UKHSA, ARS, MSPP, INS, EPHI,
  InDRE, INRB, IPD, Institut Pasteur du Cambodge, state public health lab) are not tagged.
- DATE: every date tied to a patient, contact, specimen, report or event of the
  investigation, in any shape (day and month alone, month alone, month and year, Buddhist
  era, Ethiopian calendar); the two ends of a range are tagged separately; weekdays and
  times stay outside. YEAR: a year alone tied to a patient or relative. AGE: only ages over
  89, the number alone.
- Numbers: PHONE (with country code as written), PAGER, FAX; SSN for government-issued
  personal ids (SSN, NHS number, A-number, passport, CURP, DNI, CNP, NIR, SNILS, CNI, Thai
  national id); MRN for a hospital's or clinic's own patient number (hospital, NHC, HN,
  ART code, TB register, CeGIDD file); PLAN for insurance and coverage numbers (Medicaid,
  IMSS NSS, SIS, OMS polis, tarjeta sanitaria, travel insurance policy); ACCT for billing,
  folio and bank accounts; LIC for licences and certificates (seaman's books, ICVP
  certificate, food business registration, CLIA, clinician licence); PLATE and VIN (IMO
  numbers of ships count as VIN); DEVICE for devices used by or implanted in the patient
  (pacemaker serial, IMEI of a video-DOT tablet); ID for every other number that points at a
  person, specimen, form or shipment (surveillance folio, EPID, case and contact codes,
  specimen and accession numbers, IOM and Home Office references, air waybills, REGA farm
  code, crew ids). EMAIL, URL, IP and HANDLE (app and social-media usernames of patients and
  partners) are tagged whole.
- Not tagged: vaccine and drug lot numbers, cabin and room numbers, flight numbers, lab
  values, case counts, public organisations, and anything in the PHI-free posts (dates of
  guidelines and meetings, conference cities, years, ages under 90, eponyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Ohio county epi: Salmonella after a church potluck, pasted line list
    ("Posting a Salmonella cluster for advice. Closed group so I left names in, mods tell me if I should pull them. Church potluck Sunday [[DATE:June 9]] at [[FAC:Grace Fellowship Church]], [[STREET:418 Mill Race Rd]], [[TOWN:Millersburg]], [[COUNTY:Holmes County]]. Roughly 60 ate.\n\n"
     "Line list as of this morning:\n"
     "1. [[PT:Darlene Yoder]] 58F onset [[DATE:6/10]] 0200, D/V/fever 39.4, admitted [[FAC:Pomerene]] [[DATE:6/11]], BCx S. Enteritidis\n"
     "2. [[PT:Mervin Yoder]] 61M (husband) onset [[DATE:6/10]], outpatient\n"
     "3. [[PT:Katie Troyer]] 9F onset [[DATE:6/11]], stool cx pending, seen at [[FAC:Walnut Creek Family Practice]]\n"
     "4. [[PT:Eli Hershberger]] [[AGE:91]]M onset [[DATE:6/11]], AKI, has a pacemaker (Medtronic, SN [[DEVICE:PJN418227H]]) so cards got pulled in, transferred to [[FAC:Aultman]] MICU, MRN [[MRN:A00719342]]\n"
     "\n"
     "Everyone ill ate the deviled eggs. Eggs came from [[REL:Lorraine Miller]]'s own flock at [[STREET:7721 County Road 201]]. She says she didn't eat any herself. Her cell is [[PHONE:(330) 555-0162]]. EH ([[HCP:Tom Beachy]]) goes out there tomorrow, his on-call pager is [[PAGER:(330) 555-0109]].\n\n"
     "@kpatel_epi do we bother with cloacal swabs on the hens or just environmental drag swabs? And who owns the flock piece, us or ODA?"),
    # 002 Tijuana epidemiologist: measles suspect, SINAVE case-study form pasted in Spanish
    ("Buenas tardes colegas. Measles suspect here, I share the case study form we uploaded to the platform. My doubt is the vaccination card: it shows 2 doses of SRP but both with the same lot and the same stamp, I think the card was 'filled' afterwards. Would you count her as vaccinated?\n\n"
     "ESTUDIO EPIDEMIOLÓGICO DE CASO DE ENFERMEDAD FEBRIL EXANTEMÁTICA\n"
     "Folio: [[ID:02-004-EFE-24-0317]]\n"
     "Nombre: [[PT:Ximena Guadalupe Ortiz Cárdenas]]\n"
     "CURP: [[SSN:OICX190822MBCRRMA7]]\n"
     "Fecha de nacimiento: [[DATE:22/08/2019]]   Edad: 4 a 7 m   Sexo: F\n"
     "Derechohabiencia: IMSS   NSS: [[PLAN:0219 87 4412 6]]\n"
     "Domicilio: [[STREET:Calle Río Sonora 2214 int. 3]], Col. [[PLACE:Mariano Matamoros]], C.P. [[ZIP:22234]], [[TOWN:Tijuana]], Baja California\n"
     "Teléfono: [[PHONE:664 318 2207]]\n"
     "Nombre de la madre: [[REL:Brenda Cárdenas Luna]]\n"
     "Unidad notificante: [[FAC:UMF No. 27]]\n"
     "Inicio de fiebre: [[DATE:01/04/2024]]   Inicio de exantema: [[DATE:03/04/2024]]\n"
     "Muestras: suero y exudado faríngeo\n"
     "Antecedente de viaje: negado. Contacto: fiesta infantil en [[FAC:Salón de Eventos Arcoíris]] el [[DATE:23/03/2024]], aprox. 40 niños\n"
     "Vacunación: SRP 1a y 2a dosis según cartilla, lote K014422 en ambas\n"
     "Notificó: Dra. [[HCP:Karla Beltrán Osuna]]\n\n"
     "IgM came back positive yesterday, PCR pending at InDRE. The jurisdicción wants the cerco done in 72 h, we are at 26 houses."),
    # 003 Iquitos: leptospirosis after flooding, question on mass doxycycline
    ("Good evening colleagues, I write from [[TOWN:Iquitos]]. We have 3 cases of leptospirosis after the creciente (flood) in the community [[TOWN:Santo Tomás]], district [[TOWN:San Juan Bautista]], province [[COUNTY:Maynas]]. Index case [[PT:Wilmer Ahuanari Tapullima]], 34 years, fisherman, DNI [[SSN:41928376]], he arrive to [[FAC:Hospital Regional de Loreto]] on [[DATE:12 Feb]] with jaundice, conjunctival suffusion and creatinine 4.1, now in hemodialysis. His brother in law [[PT:Segundo Pacaya Ahuanari]] and the neighbour [[PT:Rosa Elvira Murayari]] (52 y) begin with fever [[DATE:14/02]] and [[DATE:15/02]], they stay in the [[FAC:Puesto de Salud Santo Tomás]] with ceftriaxone. Samples for MAT we send to INS Lima the [[DATE:16/02/2024]], codes [[ID:LOR-LEP-0112]] to [[ID:LOR-LEP-0114]].\n"
     "The promotor of the community, Don [[HCP:Julio Yuyarima]], say there are more persons with fever but they don't come because the boat is expensive (20 soles). His WhatsApp is [[PHONE:+51 965 287 413]] if someone of the NGOs want to coordinate.\n"
     "My question: doxycycline 200 mg weekly for all the community (about 240 persons, many children and 3 pregnant) or only for the people who clean the houses and the river? Thank you very much."),
    # 004 Haiti: cholera treatment centre line list before sending to the departmental directorate
    ("Bonjour à tous. Cholera is back in the lower Artibonite. Here is the line list of our CTC this week before I send to the DSA. We need help for the oral vaccine request, MSPP say they need 'confirmed' cases but our lab has only RDT.\n\n"
     "CTC [[FAC:Hôpital Communautaire de Pierre-Payen]] — liste linéaire\n"
     "Code | Nom | Âge | Sexe | Commune | Localité | Début | Déshydr. | Issue\n"
     "[[ID:ART-CTC-0417]] | [[PT:Jean-Robert Estimé]] | 44 | M | [[TOWN:Saint-Marc]] | [[PLACE:Délugé]] | [[DATE:02/11]] | sévère | sorti J3\n"
     "[[ID:ART-CTC-0419]] | [[PT:Wilner Dorvil]] | 6 | M | [[TOWN:Montrouis]] | [[PLACE:Pointe Brûlée]] | [[DATE:03/11]] | sévère | hospitalisé\n"
     "[[ID:ART-CTC-0420]] | [[PT:Lamercie Joseph]] | [[AGE:92]] | F | [[TOWN:Saint-Marc]] | [[PLACE:Délugé]] | [[DATE:04/11]] | sévère | DCD même jour\n\n"
     "Mme [[PT:Joseph]] arrive already in shock, the family carry her 2 hours on a motorbike. 2 of 3 take water from the same source (the spring behind [[FAC:Église Baptiste Bethesda]] in [[PLACE:Délugé]]). The CASEC of the section, [[REL:Frantz Mérilan]], can help for the chlorination, his number [[PHONE:+509 3748 2216]]. Mèsi anpil."),
    # 005 London CCDC: incident-team minutes for smear-positive TB in a school pupil
    ("Minutes pasted below (identifiers left in for the closed group as agreed). Main question at the end.\n\n"
     "INCIDENT MANAGEMENT TEAM — PULMONARY TB, EDUCATIONAL SETTING\n"
     "Date: [[DATE:4 October 2023]]   Chair: Dr Funmi Adeyemi (CCDC)\n"
     "Index case: [[PT:Ayaan Mohamed Farah]], DOB [[DATE:17/01/2008]], NHS no. [[SSN:485 201 7734]]\n"
     "Address: [[STREET:Flat 6, 22 Coppermill Lane]], [[TOWN:London]] [[ZIP:E17 7HA]]\n"
     "School: [[FAC:Hollybrook Academy]], Year 11, form 11K\n"
     "Diagnosed: [[FAC:Whipps Cross University Hospital]], admitted [[DATE:28/09/23]]; sputum smear 2+, Xpert MTB detected, RIF resistance not detected; cavity RUL. Cough since about [[DATE:July]] per family.\n\n"
     "Household: mother [[PT:Hodan Ali]] (IGRA sent), sister [[PT:Sagal Farah]], 13, at secondary school elsewhere; uncle [[REL:Abdirahman Farah]] visits at weekends, declined screening so far.\n"
     "School contacts: 11K (29 pupils) plus the chemistry set. Form tutor Mr [[PT:Daniel Okafor]] has had a cough for 3 weeks, CXR booked this week.\n"
     "School lead: Mrs [[REL:Jane Whitcombe]] (deputy head), [[PHONE:020 7946 0381]], [[EMAIL:j.whitcombe@hollybrook.sch.uk]]\n"
     "TB nurse: [[HCP:Grace Mensah]], [[PHONE:07700 900418]]\n"
     "Actions: letters home tomorrow; IGRA clinic on site [[DATE:18 October]]; review at cohort meeting.\n\n"
     "Question: the family arrived in [[YEAR:2016]] and [[PT:Ayaan]] never had new-entrant screening. For 11K, are people offering IGRA to the whole form or tiering (close = 8 h cumulative in the same room)? We have 6 pupils recently arrived from high-incidence countries in that form."),
    # 006 Lyon CeGIDD: syphilis partner notification where partners are only app pseudonyms
    ("Hello everybody, a question of partner notification from our CeGIDD in [[TOWN:Lyon]]. Patient [[PT:Thibault Marchand]], 29 ans (dossier [[MRN:CG69-23-1148]], normally anonymous but he accepted to give his identity for the partners) has early latent syphilis, VDRL 1/32, TPHA 1/5120, treated Extencilline 2.4 MUI on [[DATE:2 août]]. He gives 5 partners of the last 3 months:\n"
     "- [[REL:Karim Benali]], [[PHONE:06 41 27 88 30]], met at the [[FAC:Sauna L'Oasis]]\n"
     "- three only by pseudo on Grindr: '[[HANDLE:Lyon_pass_actif]]', '[[HANDLE:BenjiCroixRousse]]' and '[[HANDLE:mat.69]]'\n"
     "- one on Instagram, [[HANDLE:@jules.dlr]] (he says it is a real account)\n"
     "The pseudos are not enough for the ARS. In the UK I think you notify inside the app? Also [[REL:Karim]] is followed in another CeGIDD ([[FAC:Hôpital de la Croix-Rousse]]), can I call them directly? His last test there was [[DATE:juin 2023]], negative. Merci !"),
    # 007 Valencia region: travel-associated Legionnaires' cluster at one hotel
    ("Posting for our Servicio de Epidemiología. ELDSNet alerted a cluster of travel-associated Legionnaires' disease, one hotel, 3 cases from 3 countries within 2 years.\n\n"
     "Hotel: [[FAC:Hotel Costa Azahar]], [[STREET:Avda. del Mediterráneo 142]], [[ZIP:03503]] [[TOWN:Benidorm]] ([[COUNTY:Alicante]])\n"
     "Case 1: [[PT:Gerald Whitaker]], 71, UK. Stay [[DATE:3 Sept]] to [[DATE:10 Sept]], onset two days later, Lp1 urinary antigen positive, admitted back home\n"
     "Case 2: [[PT:Ineke de Vries]], 66, NL. Stay [[DATE:18/08]] to [[DATE:25/08]], passport [[SSN:NXK4P2R81]], PCR positive on BAL, sequence type pending at RIVM\n"
     "Case 3: [[PT:Manuel Jiménez Roca]], 80, local, goes to the senior day centre in the hotel 3 mornings a week; admitted [[FAC:Hospital Marina Baixa]] [[DATE:21/09]], NHC [[MRN:1187340]]\n\n"
     "Inspection [[DATE:24/09/2023]]: cooling tower clean, but hot water at the 4th floor outlets only 43 °C and the shower of room 412 had 10^4 CFU/L. The maintenance manager, [[REL:Vicente Llorca]] ([[PHONE:+34 965 86 21 47]]), admits the boiler was off from [[DATE:1 August]] to [[DATE:15 August]] for repairs.\n"
     "Question: do we ask to close only the 4th floor or the whole hotel until shock treatment and new samples? Guests keep arriving every day."),
    # 008 Romanian county epidemiologist: measles outbreak, unvaccinated child in ICU, infant sibling
    ("Hello, I am epidemiologist at DSP Dolj. We have a measles outbreak in the commune [[TOWN:Podari]], now 23 cases, 2 deaths in infants. I want to share one case which is difficult and ask about post-exposure vaccination in infants 6-9 months.\n"
     "Patient [[PT:Ionuț-Alexandru Stoica]], CNP [[SSN:5190304160017]], 5 years, unvaccinated (mother [[REL:Florentina Stoica]] refused at 1 year, she said because of what she read on Facebook). Onset of rash [[DATE:16.III.2024]], admitted [[FAC:Spitalul Clinic de Boli Infecțioase Craiova]] [[DATE:19.03.2024]] with pneumonia, now in ICU. Address [[STREET:str. Livezilor nr. 7]], sat [[TOWN:Balta Verde]].\n"
     "The younger brother [[PT:Rareș]] is 7 months, exposed on [[DATE:16 March]] and [[DATE:18 March]]; we gave him MMR dose zero on [[DATE:20.03]]. The family doctor, dr. [[HCP:Mihaela Pârvulescu]], has 40% coverage of RRO2 in her list; tel. of her office [[PHONE:0251 412 233]].\n"
     "Question: immunoglobulin is almost not available in Romania now, somebody has experience asking it from other countries through EWRS?"),
    # 009 Russian phthisiatrician: MDR-TB patient released from a colony, extract in Cyrillic
    ("Colleagues, I need opinion. Patient released from colony with MDR-TB, lost to follow up, now appear in other region. Extract (выписка) below, I make it short and translate the important part.\n\n"
     "ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ № [[MRN:2281/23]]\n"
     "Ф.И.О.: [[PT:Кузнецов Алексей Викторович]]\n"
     "Дата рождения: [[DATE:03.11.1987]]\n"
     "СНИЛС: [[SSN:148-302-775 12]]   Полис ОМС: [[PLAN:7454 8900 2318 4417]]\n"
     "Адрес: г. [[TOWN:Копейск]], [[STREET:ул. Ленина, д. 48, кв. 17]]\n\n"
     "(translation) Infiltrative TB of the right upper lobe in phase of destruction, MBT+, MDR (R, H, Km resistant by Hain and BACTEC). Treatment started in [[FAC:ЛИУ-3]] (prison TB hospital). Released [[DATE:14.08.2023]], must continue in [[FAC:Chelyabinsk Regional Clinical TB Dispensary]] but never come. Now in [[DATE:January]] he is found in [[TOWN:Yekaterinburg]], admitted with haemoptysis, sister [[REL:Ольга Викторовна Зайцева]] brings him.\n"
     "In the colony he was on video-observed therapy with a tablet, IMEI [[DEVICE:356938035643809]], and it is still registered on him in the system, somebody is using it. Phone he gives now: [[PHONE:+7 (919) 342-18-56]].\n"
     "Question: he received 5 months Bdq-Lzd-Cfz-Cs, then interruption 4 months. Restart full 18-20 months, or BPaLM 6 months if fluoroquinolone still sensitive? Mr [[PT:Kuznetsov]] says he will not stay 18 months."),
    # 010 Ethiopian district hospital: five people bitten by one rabid dog, vaccine shortage
    ("Selam all. We are a district hospital in [[COUNTY:East Shewa]] and we have a problem with rabies PEP. On [[DATE:Tir 14, 2016 E.C.]] ([[DATE:23 January 2024]]) one dog, owned by Ato [[REL:Gemechu Dinsa]], bite 5 persons in [[PLACE:Dire Gudo]] kebele, [[COUNTY:Adea]] woreda:\n"
     "1. [[PT:Tigist Alemu]], 7 y F, face and scalp (category III)\n"
     "2. [[PT:Bekele Gudeta]], 45 M, hand\n"
     "3. [[PT:Lensa Tolera]], 12 F, leg\n"
     "4. [[PT:Chaltu Bekele]], 9 F, leg (daughter of no. 2)\n"
     "5. W/ro [[PT:Almaz Tesfaye]], 60 F, hand when she separate the dog\n"
     "The dog died after 4 days, head sent to EPHI, FAT positive. We have only 9 vials of vaccine and no RIG at all. [[PT:Tigist]] was referred to [[FAC:Bishoftu General Hospital]] but the family say no money for transport; her father [[REL:Alemu Kebede]], phone [[PHONE:0911 48 32 17]].\n"
     "Which patients should get the vaccine first? Can we use the intradermal Thai Red Cross regimen to save vials (we have Verorab)?"),
    # 011 South Kivu: mpox clade Ib cluster from a bar, contact follow-up sheet
    ("Bonjour chers collègues. Mpox clade Ib in [[TOWN:Kamituga]]. I paste our contact follow-up sheet for one cluster (index works in a bar). Questions: access to tecovirimat, and can we vaccinate the sex workers before the ring?\n\n"
     "Cas index: [[PT:Esther Mapendo]], 24 ans, serveuse au [[FAC:Bar La Joie de Vivre]], [[STREET:avenue Mwenga n°14]], quartier [[PLACE:Kalingi]]. Début éruption [[DATE:02/06/2024]], PCR+ (échantillon [[ID:KMT-MPX-24-0088]])\n\n"
     "N° contact | Nom | Âge | Lien | Téléphone | Dernier contact | Fin suivi J21\n"
     "[[ID:C-0088-01]] | [[PT:Faraja Mapendo]] | 3 | fils | — | [[DATE:05/06]] | [[DATE:26/06]]\n"
     "[[ID:C-0088-02]] | [[PT:Aimée Byamungu]] | 27 | colocataire | [[PHONE:+243 97 512 3381]] | [[DATE:05/06]] | [[DATE:26/06]]\n"
     "[[ID:C-0088-03]] | [[PT:Déogratias Mukuba]] | 41 | partenaire sexuel | [[PHONE:0998 214 067]] | [[DATE:31/05]] | [[DATE:21/06]]\n"
     "\n"
     "The owner of the bar, Maman [[REL:Furaha Kahindo]], accepts that we do sensibilisation there. Zone de santé [[COUNTY:Kamituga]], aire de santé [[PLACE:Kalingi]]. Contact 03 is a gold digger who goes often to [[TOWN:Uvira]], we lost him last week."),
    # 012 Senegal district MO: meningococcal W after the Magal, pilgrims already dispersed
    ("Salam colleagues. After the Magal we see meningitis in [[TOWN:Touba]], 11 suspected, 4 NmW by latex/PCR so far. One case to discuss: [[PT:Mame Diarra Fall]], 14 ans, from quartier [[PLACE:Darou Miname]], admitted at [[FAC:Centre de Santé Darou Khoudoss]] on [[DATE:29 août]] with purpura fulminans; she had ceftriaxone at the poste de santé of [[PLACE:Keur Niang]] before transfer. The mother, Mme [[REL:Amina Ndiaye]], reachable at [[PHONE:77 641 20 58]], stayed at the bedside 3 nights. The family hosted 19 pilgrims from [[TOWN:Kaolack]] and [[TOWN:Diourbel]] during the Magal. The CNI of the father [[REL:Modou Fall]] ([[SSN:1 751 1982 04417]]) was used for registration, the girl has no card.\n"
     "We plan ciprofloxacin single dose for the household and the pilgrims, but the pilgrims already went home. Would you trace them through their districts or just rely on the alert? MenAfriVac covered only A...\n\n"
     "Amina Diallo, médecin-chef de district"),
    # 013 Thai provincial physician: melioidosis in a diabetic rice farmer, eradication phase
    ("Dear all, melioidosis case from Ubon Ratchathani province, want opinion for eradication phase.\n"
     "Mr [[PT:Somchai Phromma]], 56 y, rice farmer, HN [[MRN:66-014872]], ID [[SSN:3 3407 00218 45 6]], lives [[STREET:45 Moo 7]], Tambon [[PLACE:Nong Khon]], Amphoe [[COUNTY:Mueang Ubon Ratchathani]]. DM (HbA1c 11.2), drinks lao khao every day. Admitted [[FAC:Don Mot Daeng Hospital]] [[DATE:12/07/2566]] with fever and splenic abscess, hemoculture B. pseudomallei. Ceftazidime 2 weeks then meropenem because new liver abscess. Now plan co-trimoxazole 20 weeks but creatinine 1.9 (eGFR 38), weight 52 kg.\n"
     "Wife Mrs [[REL:Bunma Phromma]] says he will go back to transplant rice in [[DATE:August]] no matter what. Follow-up will be at [[FAC:Ban Nong Khon Health Promoting Hospital]] with Khun [[HCP:Siriporn Saengthong]], tel [[PHONE:045 312 447]].\n"
     "Question: TMP-SMX dose with eGFR 38? And anyone has good experience with boots distribution for farmers?"),
    # 014 Cambodian rapid response team: H5N1 in a child, household contacts on oseltamivir
    ("Update H5N1 case, Prey Veng province. Index: [[PT:Sok Sreyneang]], girl 9 y, village [[TOWN:Trapeang Thma]], commune [[PLACE:Angkor Reach]], district [[COUNTY:Ba Phnum]]. Onset [[DATE:18 Feb 2024]], admitted [[FAC:Prey Veng Provincial Referral Hospital]] 2 days later, then ICU. Backyard chickens died around [[DATE:14 Feb]] and she helped her grandmother to prepare the dead birds for eating.\n"
     "Contacts, oseltamivir PEP started [[DATE:21/02]]:\n"
     "- [[PT:Sok Vibol]], father 38, [[PHONE:012 845 331]]\n"
     "- [[PT:Chea Sophal]], mother 34\n"
     "- [[PT:Yem Chanthy]], grandmother 67\n"
     "- neighbour [[PT:Mao Sarin]], sells chicken every day at [[FAC:Phsar Ba Phnum]]\n"
     "All 4 swabs negative at Institut Pasteur du Cambodge ([[DATE:22/02]]). Animal health team culled 86 birds in the village.\n"
     "Question: for the neighbour who continue to sell poultry daily, extend PEP to 10 days or switch to pre-exposure daily?"),
    # 015 Daru, PNG: pre-XDR TB patient wanting to return to her village, video DOT question
    ("Hi all, from [[TOWN:Daru]]. Young woman with pre-XDR TB who wants to go home to her village across the water and cannot come for daily DOT. [[PT:Kila Gabae]], 22F, DR-TB register no. [[MRN:DRU/DR/2023/117]], from [[TOWN:Tureture]] village, [[COUNTY:South Fly]] District. Started BPaLM [[DATE:9 Nov]] at [[FAC:Daru General Hospital]]. Her auntie [[REL:Rosa Wagambie]] is the treatment supporter, Digicel [[PHONE:7214 8836]]. The village has had no VHW since Mr [[HCP:Samuel Ipai]] retired.\n"
     "Could we give 2-week supplies with video DOT on [[REL:Rosa]]'s phone? Network is patchy, the dinghy costs K80 each way. LFTs fine, QTcF 438, Hb 10.1.\n"
     "The nurse who knows the family is Sr [[HCP:Mary Kaumi]] from [[FAC:Daru Urban Clinic]] if anyone from the program wants to talk to her."),
    # 016 ship's physician: norovirus above VSP threshold, food handlers back to work early
    ("Ship's physician here, MV [[FAC:Caribbean Aurora]] (IMO [[VIN:9734218]]). Norovirus on this sailing: 142 pax + 21 crew ill (3.9%), over the 3% threshold, VSP notified Tuesday [[DATE:14 Nov]].\n"
     "Crew cases I worry about because they are food handlers:\n"
     "- [[PT:Rommel Dizon]], galley utility, crew ID [[ID:CR-0048812]], cabin 4127\n"
     "- [[PT:Ni Made Suartini]], buffet steward, crew ID [[ID:CR-0051407]], sick at 0400 and back on the buffet [[DATE:11/14]] (!)\n"
     "- [[PT:Oleksandr Hnatiuk]], bar, seaman's book [[LIC:AB 482119]]\n"
     "Passenger landed ashore: [[PT:Beverly Ann Kowalczyk]], [[AGE:93]], from [[TOWN:Scranton]], PA, transferred to [[FAC:Clínica San Miguel Cozumel]] with AKI; daughter [[REL:Janet Kowalczyk]] cell [[PHONE:(570) 555-0147]]. Medical charges on ship's folio [[ACCT:FOL-7720915]].\n"
     "Question: the hotel director wants galley crew back after 24 h symptom-free because we're short-staffed. VSP manual says 48 h. Anyone had pushback like this and how did you hold the line?"),
    # 017 state epi: measles in an air traveller, airport and workplace exposures
    ("Measles, exposure sites being posted tonight. Confirmed case [[PT:Rahul Venkataraman]], 31, vaccination records unknown, arrived from [[TOWN:Mumbai]] via [[TOWN:Frankfurt]] on LH 480 [[DATE:March 3]], seat 34C, through [[FAC:Denver International Airport]] concourse B. Infectious [[DATE:2/28]] to [[DATE:3/7]]. Worked two shifts at [[FAC:Tandoor Express]] in the food court after landing. Rash onset [[DATE:3/4]]. IgM+ and PCR+ at state lab, accession [[ID:24-MEA-00193]].\n"
     "Lives at [[STREET:14820 E Colfax Ave Apt 212]], [[TOWN:Aurora]] [[ZIP:80011]] with two roommates: [[PT:Sandeep Rao]] (no records, got MMR within 72 h) and another with 2 documented doses.\n"
     "CDC quarantine station pulled the manifest, 27 passengers within 2 rows. On-call epi pager [[PAGER:(303) 555-0188]] if your county gets calls.\n"
     "@lena.ostrowski do you remember if IG for the two infants on that flight is still worth it at day 6? I say yes up to day 6 for IMIG but wanted a second opinion."),
    # 018 Bristol health protection: hepatitis A in a sandwich maker, EHO letter excerpt
    ("Hep A in a food handler, would value views on whether to offer vaccine to customers.\n"
     "Case: [[PT:Kasia Nowicka]], 26, sandwich maker at [[FAC:The Daily Crust]], [[STREET:41 Gloucester Road]], [[TOWN:Bristol]] [[ZIP:BS7 8AE]]. Jaundice from [[DATE:11/05/2024]], ALT 2,340, HAV IgM positive. Worked while symptomatic [[DATE:6 May]] to [[DATE:9 May]]; says she wore gloves 'most of the time'. Lives with partner [[REL:Tomasz Wiśniewski]] (vaccinated today).\n\n"
     "From the EHO's letter:\n"
     "'Food business registration no. [[LIC:FBR/2019/04417]]. Food hygiene rating 5 (last inspected [[DATE:02/02/2024]]). Manager: Mr [[REL:Aled Prosser]], tel [[PHONE:0117 496 0722]], email [[EMAIL:aled@thedailycrust.co.uk]]. Hand-wash basin in prep area obstructed by crates at time of visit.'\n\n"
     "They sell ~300 unwrapped sandwiches a day, so maybe 1,500 customers in the window. Guidance says consider vaccine for customers if poor hygiene and within 14 days. We're at day 9 for the earliest exposure. Press office already getting calls."),
    # 019 Atlanta HIV clinic, phone-typed: patient out of care reached only through Instagram
    ("quick one from clinic. pt [[PT:marcus]] (mrn [[MRN:3318204]]) fell out of care after his mom [[REL:denise]] passed in [[DATE:january]], vl back to 88k, cd4 212. couch surfing somewhere in [[PLACE:east lake]] now. only way we reach him is our peer navigator [[HCP:shay]] dm'ing him on ig [[HANDLE:@marcus.atl.404]]. medicaid lapsed (old id [[PLAN:774301882014]]). did a telehealth visit tues, platform logged him in from [[IP:172.58.41.209]] which i think is a library computer lol. anyone starting LAI cab/rpv with this much viremia + no stable address? or biktarvy + phone reminders and pray"),
    # 020 Portland refugee clinic: domestic screening of a newly arrived Afghan family
    ("Domestic refugee screening, Afghan family of 6, arrived [[DATE:8/22]] via [[TOWN:Doha]]. IOM case no. [[ID:AFG-QAT-22-104772]]. DS-3025 shows albendazole pre-departure but no ivermectin, and no TB class.\n"
     "Father [[PT:Abdul Wahid Noorzai]], 44, A-number [[SSN:A 219 334 807]]; mother [[PT:Gul Bibi]], 39; children [[PT:Zarghuna]] 16 and [[PT:Farida]] 8, plus two boys 12 and 3.\n"
     "Resettlement agency [[FAC:Cascade Refugee Partnership]], caseworker [[REL:Nasrin Hakimi]], [[PHONE:(503) 555-0131]], [[EMAIL:nhakimi@cascaderp.org]]. Family is at [[STREET:3920 SE 122nd Ave #14]], [[TOWN:Portland]], OR [[ZIP:97236]].\n"
     "Findings: dad QFT positive, CXR clear, so LTBI, planning 4R. [[PT:Farida]] Hb 8.9, eos 1,400, Strongyloides IgG positive. [[PT:Zarghuna]] HBsAg positive, e-antigen negative, DNA pending. Mom pregnant ~14 wks by dates.\n"
     "Report faxed to the county TB program at [[FAX:(503) 555-0176]].\n"
     "Questions: (1) treat everyone presumptively for Strongy now, including mom? (2) Loa loa isn't an issue for Afghanistan, right, so ivermectin is fine for all but the pregnant one?"),
    # 021 Mexicali, phone-typed Spanglish: Rocky Mountain spotted fever death in a child
    ("Colegas urgente 😞 niño de 6 años con fiebre manchada (RMSF) falleció ayer en [[FAC:Hospital Materno Infantil de Mexicali]]. [[PT:Ángel Jesús Valenzuela]], col. [[PLACE:Pueblo Nuevo]], [[TOWN:Mexicali]]. Inició fiebre el [[DATE:7 de julio]], got doxy only on day 5. En la casa hay 3 primos y 4 perros llenos de garrapatas. Doxy profiláctica for the cousins? (I know CDC says no but the abuela doña [[REL:Chayo]] is begging). Her number [[PHONE:686 214 9930]]. Mañana vamos con vectores a rociar la cuadra de [[STREET:Calle Séptima y Av. Zaragoza]]."),
    # 022 Ancash: Oroya fever (Carrion's disease) in a toddler, sister with pallor
    ("Colleagues, case of Oroya fever (acute bartonellosis, enfermedad de Carrión) in a child, Áncash. [[PT:Yesenia Huamán Quispe]], 3 years, from caserío [[TOWN:Cashapampa]], district [[TOWN:Santa Cruz]], province [[COUNTY:Huaylas]]. Hb 4.8, jaundice, admitted to [[FAC:Hospital de Apoyo de Caraz]] the [[DATE:23/03/24]]. Thin smear with Bartonella in 60% of red cells. Her sister [[PT:Marleni]], 6, also pale, smear pending. The father [[REL:Teófilo Huamán]] works in the chacra at 2,600 m where the sandflies are. SIS [[PLAN:0-74219938]].\n"
     "Treatment: we start ciprofloxacin + ceftriaxone per the MINSA norm. Ciprofloxacin dose in a 3 year old 12 kg? And do you give cover for Salmonella superinfection routinely?"),
    # 023 Cap-Haitien HIV clinic: pregnant adolescent back after months out of care
    ("Bonswa. Adolescent on ART lost to follow up 5 months, we found her through her church. [[PT:Nadège Fleurimond]], 17, ART code [[MRN:HT-CAP-0881-04217]], lives in [[PLACE:Shada]], [[TOWN:Cap-Haïtien]]. Last pick-up [[DATE:14 avril]]. Started ART in [[YEAR:2021]] after she tested at school, VL undetectable last year. Mother [[REL:Yolette Fleurimond]] died in [[YEAR:2019]], she lives with an aunt now. Pastè [[REL:Wilfrid Jean-Baptiste]] of [[FAC:Église de Dieu de la Fossette]] brought her to us. Aunt's phone [[PHONE:+509 4432 1870]].\n"
     "She is pregnant, LMP [[DATE:20 juin]], so about 14 weeks. Restart TLD today and VL in 4 weeks? Or wait genotype (we don't have it, we must send it out of the department and it takes 2 months)?"),
    # 024 Marseille port health: varicella in two seafarers on a cargo ship
    ("Port health [[TOWN:Marseille]], we have a cargo ship [[FAC:Baltic Meridian]] (IMO [[VIN:9481127]], flag Liberia) with varicella on board, 22 crew. Maritime Declaration of Health received [[DATE:07/10/2023]], the master is Capt. [[REL:Dmytro Savchuk]].\n"
     "Cases: [[PT:Jerome Bautista]], AB, seaman's book [[LIC:C0482217]], onset [[DATE:03/10]]; [[PT:Ronaldo Macaraeg]], OS, seaman's book [[LIC:C0511906]], onset [[DATE:05/10]]. Both sent to [[FAC:Hôpital Nord]] for isolation (the second one has pneumonitis on CT).\n"
     "For the other 20 crew, 6 are from the Philippines and do not remember chickenpox. The agent [[FAC:Marseille Shipping Services]], Mme [[REL:Laure Fabre]], [[PHONE:04 91 55 32 18]], asks if they can sail on [[DATE:10 October]] as planned.\n"
     "Question: serology for the 6 before free pratique, or vaccinate all 6 now and let sail? VZIG we cannot obtain for crew."),
    # 025 Extremadura: brucellosis in a goat farmer, son sells raw-milk cheese
    ("Brucelosis: caso en ganadero de cabras, [[TOWN:Jerez de los Caballeros]] ([[COUNTY:Badajoz]]). [[PT:Antonio Rosado Galán]], 58, explotación [[FAC:Finca Los Almendros]], código REGA [[ID:ES061020000417]], rebaño no saneado. Rosa de Bengala +, seroaglutinación 1/640, Coombs 1/2560, hemocultivo B. melitensis. Ingresó en [[FAC:Hospital de Llerena]] el [[DATE:12-ene-2024]] with lumbar pain, MRI L4-L5 spondylodiscitis.\n"
     "His son [[PT:Rubén Rosado]] makes cheese with raw milk and sells it in the market of [[TOWN:Fregenal de la Sierra]], he has arthralgias, serology pending. The vet of the ADS, Dr. [[HCP:Pilar Cordero]], confirms 14 goats positive. Tarjeta sanitaria [[PLAN:BDRG580311014]].\n"
     "Question: for spondylitis, doxy + gentamicin 2 weeks then doxy + rifampicin to 12 weeks, or straight doxy + rifampicin? And the cheese clients, do we do something?"),
    # 026 Bistrita: child with TB, MDR source case, school screening scope
    ("Short question. Child [[PT:Andreea M.]], 8y, pulmonary TB, culture negative, source is the grandfather [[PT:Gheorghe Moldovan]] (MDR, lost to follow up in [[YEAR:2022]], found again now). School: [[FAC:Școala Gimnazială nr. 3]] [[TOWN:Bistrița]]. Do we screen the whole class (26) with IGRA or only the bench-mate? The school nurse [[HCP:Doina Rusu]] asks me every day. And preventive for the MDR household contacts: levofloxacin 6 months like TB-CHAMP/VQUIN?"),
    # 027 Bashkortostan: HFRS in forestry workers sleeping in a mouse-infested trailer
    ("Case of HFRS (haemorrhagic fever with renal syndrome), Puumala most likely. Forestry worker [[PT:Rinat Gabdrakhmanov]], 39, employer [[FAC:ООО «Белорецкий леспромхоз»]], cutting site near [[TOWN:Tirlyansky]], [[COUNTY:Beloretsky]] raion. Onset [[DATE:22.09.2023]], oliguria, creatinine 612, platelets 38, admitted [[FAC:Beloretsk Central District Hospital]].\n"
     "He slept in the trailer (вагончик) with 4 colleagues, mice everywhere. [[PT:Ilnur Sagitov]] has fever since [[DATE:25.09]], [[PT:Vladimir Kravets]] is fine for now. Rospotrebnadzor want to disinfect also the company truck which carried them, KAMAZ [[PLATE:М 482 КС 102]], VIN [[VIN:XTC65115R82217904]].\n"
     "Question: is there any role for ribavirin in Puumala? Our old protocol still says yes. Dialysis we have, but 60 km."),
    # 028 Wag Hemra zone: cutaneous anthrax after sharing meat of a dead ox, RRT line list
    ("Cutaneous anthrax cluster, [[COUNTY:Sekota]] woreda, [[COUNTY:Wag Hemra]] zone. An ox of Kes [[REL:Abraha Gebru]] died on [[DATE:Sene 24, 2015 E.C.]] and the meat was shared to about 60 people in [[PLACE:Yedeb Mariam]] kebele. Line list from the woreda RRT:\n\n"
     "No | Name | Age/Sex | Got | Onset (E.C.) | Site | Status\n"
     "1 | [[PT:Desta Mengistu]] | 38/M | [[PLACE:Ayna Bugna]] | [[DATE:Sene 27]] | forearm eschar | OPD\n"
     "2 | [[PT:Hiwot Abraha]] | 16/F | [[PLACE:Ayna Bugna]] | [[DATE:Sene 28]] | neck, big oedema | admitted\n"
     "3 | [[PT:Tsehay Kidane]] | 30/F | [[PLACE:Fiyel Wuha]] | [[DATE:Sene 30]] | eyelid | admitted\n"
     "4 | [[PT:Mebrat Desta]] | 4/F | [[PLACE:Ayna Bugna]] | [[DATE:Hamle 1]] | abdominal pain, vomiting | referred\n\n"
     "Admitted at [[FAC:Sekota Primary Hospital]]. HEW [[HCP:Mulu Hagos]] did house to house and found 41 more who ate but have no lesion yet. The child no. 4 we worry for GI anthrax.\n"
     "Questions: (1) ciprofloxacin PEP for all 41 and for how long, 60 days is impossible here; (2) the neck case with oedema, steroids yes or no?"),
    # 029 Tanganyika, DRC: cholera specimen shipment manifest (courier, waybill, vehicle)
    ("Cholera Tanganyika: for those who asked how we ship stool to INRB, here is our manifest (the last box stayed 4 days at the airport because the form was incomplete). Tell me if something is missing.\n\n"
     "BORDEREAU D'EXPÉDITION D'ÉCHANTILLONS BIOLOGIQUES (UN3373, Catégorie B)\n"
     "Expéditeur: [[FAC:HGR de Kalemie]], laboratoire, resp. [[HCP:Jean-Claude Ilunga]], [[PHONE:+243 81 604 2217]]\n"
     "Destinataire: INRB, laboratoire des entérobactéries\n"
     "Date d'envoi: [[DATE:11/03/2024]]   Transporteur: [[FAC:Tanganyika Express Cargo]], LTA n° [[ID:225-48391276]]\n"
     "Glacière n° 2, température au départ 6 °C\n\n"
     "N° échantillon | Patient | Âge | Sexe | Aire de santé | Prélèvement | Type | TDR\n"
     "[[ID:TGK-CH-24-031]] | [[PT:Mwamba Kilolo]] | 32 | M | [[PLACE:Kataki]] | [[DATE:08/03]] | selles Cary-Blair | +\n"
     "[[ID:TGK-CH-24-033]] | [[PT:Feza Amisi]] | 25 | F | [[PLACE:Lukuga]] | [[DATE:09/03]] | selles Cary-Blair | +\n"
     "[[ID:TGK-CH-24-034]] | [[PT:Kabwe Banza]] | 61 | M | [[PLACE:Lukuga]] | [[DATE:10/03]] | écouvillon rectal | −\n\n"
     "Transport à l'aéroport: véhicule [[PLATE:7742AB19]], chauffeur [[REL:Papy Kasongo]]; per diem du chauffeur versé sur le compte [[ACCT:05100-01043227801-57]].\n"
     "Suivi en ligne: [[URL:https://track.tanganyika-express.cd/awb/225-48391276]]\n\n"
     "PS the lab tech asks if Cary-Blair at room temperature is OK up to 7 days, because the plane is only twice a week."),
    # 030 Senegal River valley: Rift Valley fever in a herder, reply to a member
    ("@ibrahima.sy tu as vu? RVF IgM positive in a herder from the [[TOWN:Podor]] area. [[PT:Hamady Sow]], 35 ans, lives in the campement [[PLACE:Ndiayène Pendao]]. Admitted at [[FAC:Hôpital de Ndioum]] [[DATE:16/10/2023]] with fever, epistaxis and transaminases 8x normal. He slaughtered a sick ewe which aborted on [[DATE:9 octobre]]. IPD result: IgM RVF positive, PCR negative. His brother [[PT:Abdoul Sow]] has fever since [[DATE:14/10]], sample sent. The vet service found abortions in 3 flocks around [[PLACE:Ndiayène Pendao]]. Family phone [[PHONE:+221 76 418 22 09]].\n"
     "So: no ribavirin I think, supportive. But do we need to follow his eyes for retinitis, and for how long?"),
    # 031 Samui travel clinic: German backpacker with a category III dog bite, incomplete PEP
    ("Travel clinic question. [[PT:Lukas Brenner]], 24, German, passport [[SSN:CF7RK2L94]], bitten by a stray dog on the beach at [[PLACE:Haad Rin]] on [[DATE:2 Jan]], category III (bleeding, left calf). Got 1 dose of PVRV at a small clinic there on [[DATE:3 Jan]], no RIG. Came to us at [[FAC:Samui Travel & Wound Clinic]] on [[DATE:6 Jan]].\n"
     "We gave ERIG around the wound (day 4, still within 7 days) and continue Thai Red Cross ID schedule. Travel insurance policy [[PLAN:ERV-DE-2291-448017]], our invoice [[ACCT:INV-67-004821]], his email [[EMAIL:lukas.brenner94@gmx.de]].\n"
     "He continues to [[TOWN:Siem Reap]] on [[DATE:8 Jan]]. Cambodian colleagues, which clinic there can give the day 7 and day 28 ID doses? Or should he switch to IM Essen there?"),
    # 032 Preah Vihear: falciparum in forest goers, one pregnant camp cook
    ("P. falciparum in 4 forest goers from village [[TOWN:Krala Peas]], [[COUNTY:Chey Saen]] district. All RDT positive by the VMW, Mr [[HCP:Thon Sokun]]. [[PT:Run Pheap]] 24M, [[PT:Soeun Chhay]] 31M, [[PT:Pen Bora]] 19M, and [[PT:Keo Rathana]] 27F who cooks for the logging camp. They stayed 3 weeks near [[PLACE:O Svay]]. Men got ASMQ + single low-dose primaquine. [[PT:Rathana]] is 20 weeks pregnant, so AL? Is ASMQ ok in 2nd trimester per WHO 2023? Also anyone still doing IPTf packs for forest goers?"),
    # 033 Port Moresby: acute flaccid paralysis case investigation form, family moved away
    ("AFP case investigation, sharing the form as filled. Need advice for the 60-day follow-up because the family moved.\n\n"
     "ACUTE FLACCID PARALYSIS CASE INVESTIGATION FORM\n"
     "EPID No.: [[ID:PNG-NCD-NCD-23-004]]\n"
     "Name: [[PT:Jethro Kaupa]]    Sex: M    DOB: [[DATE:05/02/2019]]\n"
     "Mother: [[REL:Helen Kaupa]]\n"
     "Village/settlement: [[PLACE:Nine Mile]] settlement, [[TOWN:Port Moresby]]\n"
     "District: [[COUNTY:Moresby North-East]]    Province: NCD\n"
     "Phone: [[PHONE:+675 7098 1142]]\n"
     "Onset of paralysis: [[DATE:18/09/2023]]   Notified: [[DATE:21/09/2023]]\n"
     "Stool 1: [[DATE:22/09/2023]]   Stool 2: [[DATE:23/09/2023]]   Specimen IDs: [[ID:S1-23-0471]] / [[ID:S2-23-0472]]\n"
     "OPV doses: 2 (clinic book)   IPV: 0   Fever at onset: Y   Asymmetric: Y (L leg)\n"
     "Reporting site: [[FAC:Port Moresby General Hospital]], children's ward\n"
     "Investigator: [[HCP:Naomi Wari]], surveillance officer\n\n"
     "The family went back to their home village [[TOWN:Kikori]] for a haus krai and say they will stay. The health centre there ([[FAC:Kikori Health Centre]]) has no phone and the radio is broken. Can the 60-day exam be done by a CHW with video? Stools came back negative for poliovirus, NPEV isolated."),
    # 034 Orange County clinic: Confidential Morbidity Report for hepatitis B in pregnancy
    ("Filled a CMR for chronic hep B in a pregnant pt and the county called back asking for stuff I didn't have, so pasting what I sent. Does the perinatal hep B program want the partner tested too, or is that on us?\n\n"
     "CONFIDENTIAL MORBIDITY REPORT\n"
     "Disease: Hepatitis B, chronic (pregnant)   Date of diagnosis: [[DATE:01/09/2024]]\n"
     "Patient: [[PT:NGUYEN, THI HONG LAN]]   DOB: [[DATE:04/22/1993]]   Age: 30   Sex: F\n"
     "SSN: [[SSN:612-48-0937]]   MRN: [[MRN:003381274]]\n"
     "Address: [[STREET:1147 W Hazard Ave #B]], [[TOWN:Santa Ana]], CA [[ZIP:92703]]   County: [[COUNTY:Orange]]\n"
     "Phone: [[PHONE:(714) 555-0123]]   Preferred language: Vietnamese\n"
     "Pregnant: Y   EDD: [[DATE:06/30/2024]]   Delivery hospital: [[FAC:Garden Grove Women's Center]]\n"
     "Insurance: Medi-Cal CIN [[PLAN:93417725B]]\n"
     "Labs: HBsAg pos ([[DATE:12/28/2023]]), HBeAg pos, HBV DNA 8.4 log IU/mL, ALT 31\n"
     "Reporting clinician: [[HCP:Vanessa Ortega]], NP   License: [[LIC:NP 95412]]\n"
     "Facility: [[FAC:Westminster Family Clinic]]   Phone: [[PHONE:(714) 555-0160]]   Fax: [[FAX:(714) 555-0161]]\n"
     "\n"
     "Partner is [[REL:Minh Tran]], not our patient. We're starting TDF at 28 wk given DNA > 200k."),
    # 035 Mississippi DIS: secondary syphilis, partners known only by app usernames
    ("DIS here, [[TOWN:Jackson]]. Secondary syphilis in a 22M, [[PT:Terrance Whitfield]], DOB [[DATE:8/14/2001]], RPR 1:256. Partners elicited [[DATE:2/6]]: [[REL:Kiara]] (no last name, stays off [[STREET:Bailey Ave]] near the [[FAC:Dollar General]]), and two from Jack'd, '[[HANDLE:smooth_jxn601]]' and '[[HANDLE:CountryBoi_Pearl]]'. Also a pregnant ex, [[PT:Shanice Coleman]], 24 wks, who we found at [[FAC:Metro Women's Health]]: RPR nonreactive [[DATE:2/9]], treated epi anyway with Bicillin.\n"
     "Anonymous notification went out via the online tool; it logged the link being opened from [[IP:174.236.17.88]], IT says that's a Verizon mobile range so no help.\n"
     "Has anyone actually gotten Jack'd or Grindr to do in-app notification for a health department?"),
    # 036 Kent health protection: toxigenic diphtheria in asylum seekers at a contingency hotel
    ("Diphtheria among new arrivals in contingency accommodation, need a view on prophylaxis for the whole hotel. Two cutaneous and one pharyngeal toxigenic C. diphtheriae (tox gene positive, Elek pending), all young men who crossed the Channel:\n"
     "1. [[PT:Hamid Rahimi]], 19, port ref [[ID:DVR/22/10/4417]]: pharyngeal, pseudomembrane, admitted [[FAC:East Kent General]], DAT given\n"
     "2. [[PT:Dilan Hassan]], 22, Home Office ref [[ID:H2207719]]: leg ulcers\n"
     "3. [[PT:Ahmad Jan Safi]], '17' (age disputed), Home Office ref [[ID:S0931154]]: hand ulcer\n"
     "All placed at the [[FAC:Riverside Lodge Hotel]], [[STREET:12-16 Marine Parade]], [[TOWN:Folkestone]] [[ZIP:CT20 1PX]], after processing at [[FAC:Manston]]; arrived [[DATE:24/10/2022]]. No NHS numbers allocated yet.\n"
     "Hotel duty manager [[REL:Gary Blunt]], [[PHONE:07700 900732]], [[EMAIL:duty.manager@riversidelodgefolkestone.co.uk]], has been very helpful but 180 residents share 3 floors and the dining room.\n"
     "Question: azithromycin for all 180 plus Td/IPV, or only room-sharers and swab the rest? Moves to other hotels are happening daily, which is half the problem."),
    # 037 Paris PASS: pulmonary TB in a homeless young Afghan whose minority is disputed
    ("PASS of [[FAC:Hôpital Saint-Louis]], [[TOWN:Paris]]. Young Afghan, [[PT:Samiullah Ahmadzai]], declared DOB [[DATE:01/01/2007]], the departmental evaluation said he is adult (he contests), so no placement and he sleeps in a tent near [[PLACE:Porte de la Chapelle]]. Pulmonary TB, Xpert MTB detected, RIF not detected, hospitalised [[DATE:14/11/2023]]. AME application no. [[PLAN:AME-75-23-118402]] still not opened. The association [[FAC:Thé Chaud Paris]] follows him, the social worker [[REL:Sophie Garnier]], [[PHONE:07 58 22 41 06]].\n"
     "At discharge the [[FAC:CLAT de Paris 19e]] will do DOT, but how do you do DOT for somebody who changes place each week? Anybody used video DOT on WhatsApp with this population? He has a phone but no credit most of the time."),
    # 038 Canary Islands: health screening after a cayuco landing, malaria and suspected TB
    ("Llegada de cayuco al puerto de [[TOWN:La Restinga]] el [[DATE:03/10/2023]]: 211 personas, 9 días de travesía desde [[TOWN:Mbour]]. Screening at the [[FAC:Centro de Acogida Temporal El Lasso]]. Cases I want to discuss:\n"
     "- [[PT:Moussa Diop]], pulsera [[ID:LR-031023-117]], fever 39.5, P. falciparum 2%, sent to [[FAC:Hospital Universitario de Canarias]] with IV artesunate\n"
     "- [[PT:Mamadou Lamine Faye]], 22, pulsera [[ID:LR-031023-052]], cough 3 months and haemoptysis, isolated, sputum sent\n"
     "- [[PT:Ousmane Ba]], says 15, unaccompanied, severe scabies with impetigo\n"
     "Red Cross nurse in charge: [[HCP:Yaiza Hernández]], [[PHONE:+34 922 48 61 02]].\n"
     "Questions: mass ivermectin for scabies for the 211 on arrival (some will be moved to the peninsula in 72 h)? And the TB suspect shares a 40-bed tent, what do we do with the contacts if they are dispersed?"),
    # 039 Las Cruces: bat in a children's bedroom, PEP for three, reply to a member
    ("@mlopez_id since you asked about the bat call, here's the rundown. Bat found in the bedroom at [[STREET:2209 Arroyo Seco Dr]], [[TOWN:Las Cruces]] the morning of [[DATE:Sept 18]]. Mom [[REL:Maria Gutierrez]] swatted it with a broom into a shoebox; dad [[REL:Javier]] put the box in the trash and the truck came before animal control (officer [[HCP:Rudy Chavez]]) got there. So no bat to test.\n"
     "In that room: [[PT:Sofia Gutierrez]] 7, [[PT:Mateo Gutierrez]] 4, and grandma [[PT:Ofelia Ramos]], [[AGE:90]], who sleeps in there and is hard of hearing. Nobody woke up. We're recommending PEP for all three; ED at [[FAC:Mesilla Valley ER]] has HRIG. Kids are on Medicaid [[PLAN:NM 118403762]]. Mom's cell [[PHONE:(575) 555-0138]].\n"
     "Grandma weighs 41 kg and is on prednisone 10 mg for PMR. Do we check RVNA titers after day 14 given the steroid?"),
    # 040 Texas Hill Country: Clostridium perfringens at a wedding reception, food truck caterer
    ("Wedding outbreak: 74 of ~180 guests with diarrhea and cramps 8-12 h after the reception Saturday [[DATE:May 18]], almost no vomiting, no fever. Classic C. perf, brisket held in hotel pans for hours on the truck. Venue [[FAC:Willow Creek Barn]], [[STREET:3310 FM 1431]], [[TOWN:Marble Falls]] TX. Caterer is the food truck [[FAC:Smokin' J's BBQ]], mobile food unit permit [[LIC:MFU-23-0448]], truck VIN [[VIN:1FDWE3FS8HDC20417]], owner [[REL:Jimmy Dale Purcell]].\n"
     "We got the guest list off the couple's wedding site ([[URL:https://www.theknot.com/us/kaylee-and-brandon-may-2024]]) and sent the survey link. Bride [[PT:Kaylee Dunn]] was ill herself. One admission: her grandfather [[PT:Harold Dunn]], [[AGE:94]], dehydration and AKI, at [[FAC:Baylor Scott & White Marble Falls]].\n"
     "Who is still running CPE toxin on stool? Our state lab says send to CDC only if > 3 specimens."),
    # 041 Guadalajara area, phone-typed Spanish: severe dengue, sister asking to donate blood
    ("dr buenas noches, la pte de la col. [[PLACE:Benito Juárez]] en [[TOWN:Tlaquepaque]] con dengue grave ([[PT:Rosa Isela Camacho]]) ya está en el [[FAC:Hospital General de Zona 2]], plaquetas 18 mil y hematocrito subiendo. la hermana [[REL:Lupita]] pregunta si puede donar sangre para ella. su tel [[PHONE:33 1847 6620]]. gracias"),
    # 042 Mae Hong Son: scrub typhus in a trekking guide, tourists he guided now febrile
    ("Scrub typhus in a trekking guide from [[TOWN:Pai]]: [[PT:Nattapong Kaewmanee]], 29, eschar in the groin, onset [[DATE:3 Oct]], HN [[MRN:4412087]] at [[FAC:Pai Hospital]]. Doxy, afebrile in 36 h. Two French tourists he guided on [[DATE:28 Sep]] are now febrile in [[TOWN:Chiang Mai]] per the agency. Any point in telling their clinic to start doxy empirically? Same trail, same long grass."),
    # 043 Mbandaka: Ebola ring vaccination list after a health-worker death, reply to a member
    ("@nkabeya voici la liste de l'anneau 7 comme demandé.\n"
     "Cas confirmé: [[PT:Bienvenu Lokuli Bofaya]], 36, infirmier au [[FAC:Centre de Santé Bongondjo]], zone de santé [[COUNTY:Wangata]], [[TOWN:Mbandaka]]. Début [[DATE:28/04/2022]], décès [[DATE:03/05/2022]], EDS faite.\n"
     "Anneau 7, Ervebo, vaccination [[DATE:06/05/2022]]:\n"
     "[[ID:R7-001]] | [[PT:Annie Bofaya]] | 31 | épouse | [[STREET:av. Lumumba 41]], quartier [[PLACE:Bongondjo]]\n"
     "[[ID:R7-002]] | [[PT:Josué Bofaya]] | 9 | fils | idem\n"
     "[[ID:R7-003]] | Mama [[PT:Odile Ikonga]] | 58 | mère | idem\n"
     "[[ID:R7-004]] | [[PT:Christian Bolenge]] | 27 | collègue infirmier | [[STREET:av. de l'Équateur 9]]\n"
     "Le pasteur [[REL:Jean Mpia]] refuse la vaccination pour les fidèles de l'[[FAC:Église du Réveil de Bongondjo]] où le cas priait. Question for you Nadine: the baby of [[PT:Annie]] is 4 months, we still exclude under 6 months?"),
    # 044 Dakar port health: seafarer with a yellow fever certificate dated too recently
    ("Contrôle sanitaire, port de [[TOWN:Dakar]]. Seafarer [[PT:Emeka Okonkwo]], crew of [[FAC:MV Atlantic Grace]] (IMO [[VIN:9612044]]) from [[TOWN:Lagos]], arrived [[DATE:16 juin]]. His ICVP, certificate no. [[LIC:NG-YF-1184420]], is dated [[DATE:12/06/2024]], so only 4 days, not valid before 10 days. Nigerian passport [[SSN:B02291754]]. The stamp is from [[FAC:Apapa Port Health Clinic]]; signature looks photocopied. The agent [[FAC:Sénégal Maritime Agence]], [[PHONE:+221 33 822 47 19]], asks for shore leave.\n"
     "Options: keep him on board until day 10, or vaccinate here and isolate? He says he was vaccinated as a child too but no proof."),
    # 045 Shropshire, dictated on the move: psittacosis linked to a pet shop supplied by one van
    ("(dictated on the move, excuse the errors) Psittacosis update. Three cases now linked to the pet shop [[FAC:Feathers & Fins]] at [[STREET:Unit 4, Hadley Retail Park]], [[TOWN:Telford]], postcode [[ZIP:TF1 6QJ]]. First case [[PT:Shirley Evans]], 67 years, bought a cockatiel there on the [[DATE:14th of February]], now on ICU at [[FAC:Princess Royal Hospital]], chlamydia psittaci PCR positive on the BAL. Her husband [[PT:Gareth Evans]] mild symptoms, PCR pending. Third the shop assistant [[PT:Callum Briggs]], 19, pneumonia, managing as an outpatient on doxycycline. The birds come from a breeder in [[COUNTY:Staffordshire]] by van, registration [[PLATE:YT68 KVF]], which supplies twelve shops. APHA are aware. The owner [[REL:Deborah Lyle]] has closed voluntarily. Question for the group comma do people offer doxycycline to customers who bought birds in the window question mark. I'm inclined not to, warn and inform only. End of dictation."),
    # 046 Sverdlovsk oblast: tick bite in a child at a dacha, tick positive for TBEV antigen
    ("Tick removed from a 6 y girl, [[PT:Masha Belova]], after the weekend at the dacha in SNT [[PLACE:Rodnik]], [[COUNTY:Sysertsky]] raion. Bite [[DATE:12 May]], not vaccinated. Tick tested in the lab: TBEV antigen positive. We gave anti-TBE immunoglobulin 1 ml/10 kg on [[DATE:13.05]], within 96 h. Mother [[REL:Yulia Belova]] asks when she can start the vaccine. OMS polis [[PLAN:6650 1234 8876 0021]]. Is the immunoglobulin still used in your countries? In Europe I read it is abandoned."),
    # 047 Lima: MDR-TB cluster among textile factory operators
    ("TB en fábrica textil, [[TOWN:San Juan de Lurigancho]], [[TOWN:Lima]]. 4 cases in 6 months in the same line of operators at [[FAC:Textiles Andinos S.A.C.]] ([[STREET:Av. Próceres de la Independencia 3120]]). Index MDR: [[PT:Edwin Quispe Mamani]], DNI [[SSN:45627183]], Xpert MTB detected, RIF resistance detected [[DATE:05/09/2023]], followed at [[FAC:Centro de Salud Jaime Zubieta]]. Others: [[PT:Gladys Condori]] (sensitive), [[PT:Wilber Ccahuana]], [[PT:Nelly Huaytalla]].\n"
     "The supervisor, Sr. [[REL:Raúl Benavides]], gave us the shift list: 180 workers, 60 in the same hangar, windows closed because of dust. The company does not want screening in work hours. Our nurse Lic. [[HCP:Carmen Rojas]] goes with the mobile X-ray next week.\n"
     "Questions: WGS to prove transmission (INS can do it, 3 months)? And for [[PT:Edwin]]'s two children, levofloxacin 6 months?"),
    # 048 Gonaives, terse: suspected diphtheria in a child, antitoxin request
    ("Diphtheria suspect, girl 5 y, [[PT:Ketia Augustin]], from [[TOWN:Gonaïves]], bull neck and grey membrane. Who has DAT in country now? Please call Dr [[HCP:Roodly Saint-Fleur]] at [[FAC:Hôpital La Providence]], [[PHONE:+509 3621 0458]]."),
    # 049 Kampong Cham: anaphylaxis after MR vaccine in a campaign, AEFI report
    ("AEFI report from the MR campaign in [[COUNTY:Kampong Siem]] district. Child [[PT:Chan Sreymom]], 14 months, vaccinated [[DATE:05/03/2024]] at the outreach session of [[FAC:Kampong Siem Health Centre]] in village [[TOWN:Veal Vong]]. Within 10 minutes urticaria, stridor and hypotension; vaccinator [[HCP:Sorn Sophea]] gave adrenaline 0.1 ml IM and she recovered, transferred to [[FAC:Kampong Cham Provincial Hospital]] for observation. AEFI case ID [[ID:KC-AEFI-24-009]]. Mother [[REL:Ouk Sreynich]], [[PHONE:097 634 2218]].\n"
     "Her cousin [[PT:Chan Rithy]], same session, had fever the next day, I think coincidental. Now the village chief says parents refuse the rest of the campaign. How do you explain one anaphylaxis to a whole village? And should she get MR2 later, in hospital?"),
    # 050 Mekelle: louse-borne relapsing fever in an IDP site, Jarisch-Herxheimer reaction
    ("Louse-borne relapsing fever in the [[PLACE:Adi Hawsi]] IDP site, [[TOWN:Mekelle]]: 7 cases with Borrelia on thick film since [[DATE:Megabit 5]]. [[PT:Gebreegziabher Haile]], 23 M, IDP registration [[ID:TGR-IDP-11408]], severe Jarisch-Herxheimer after the first penicillin, needed fluids and pressors at [[FAC:Ayder Comprehensive Specialized Hospital]]. [[PT:Kiros Tesfay]], 19 M, same blanket. Site coordinator Ato [[REL:Berhe Gidey]], [[PHONE:0914 72 03 51]], will help with delousing.\n"
     "Single-dose doxy for close contacts? Permethrin-treated clothes or ivermectin mass for lice? Supplies are very limited."),
    # 051 Modesto clinic: state laboratory report for measles in a twice-vaccinated nurse
    ("Can someone explain this result? Nurse with 2 documented MMRs, rash and low fever. Report pasted:\n\n"
     "STATE PUBLIC HEALTH LABORATORY, VIRAL AND RICKETTSIAL DISEASE\n"
     "CLIA # [[LIC:05D0643178]]\n"
     "Patient: [[PT:OKAFOR-BELL, ADAEZE]]   DOB: [[DATE:11/30/1989]]   Sex: F\n"
     "Patient ID/MRN: [[MRN:KP7720418]]\n"
     "Submitter: [[FAC:Valley Oak Medical Group]], [[STREET:880 Alder Way Ste 210]], [[TOWN:Modesto]], CA [[ZIP:95350]]\n"
     "Ordering provider: [[HCP:R. Castellanos]], MD\n"
     "Accession: [[ID:V24-031877]]   Specimen: NP swab (VTM), collected [[DATE:03/14/2024]] 09:40, received [[DATE:03/15/2024]]\n"
     "Measles virus RNA, rRT-PCR: DETECTED (Ct 31.2). Genotype: referred to CDC.\n"
     "Serum, accession [[ID:V24-031878]]: Measles IgM POSITIVE. Measles IgG EQUIVOCAL (0.9 AI).\n"
     "Reported [[DATE:03/16/2024]] 16:22 by phone to [[HCP:L. Ng]]; copy faxed to [[FAX:(209) 555-0154]]\n\n"
     "Secondary vaccine failure / modified measles? Our IP wants to know if she was infectious to the 11 patients she cared for."),
    # 052 one-line reply to a member with a patient's new number
    ("@dr_hollis [[PT:Delbert]]'s new cell is [[PHONE:(505) 555-0119]], he's staying at his cousin [[REL:Ray]]'s in [[TOWN:Gallup]] till the [[DATE:20th]]. INH refills are at the [[FAC:Walgreens]] on [[STREET:Maloney Ave]]"),
]

FREE_NOTES: list[str] = [
    # 053 Lima: how to act on Xpert Ultra 'trace' results in advanced HIV
    ("Question about Xpert MTB/RIF Ultra 'trace' results. In our hospital we see more and more 'MTB DETECTED TRACE, RIF INDETERMINATE' in HIV patients with CD4 < 100. The WHO consolidated guidelines Module 3 (2021) say in PLHIV and children a trace result should be taken as true positive, but in adults with previous TB (we have many, Lima Norte incidence is > 150 per 100,000) to repeat the test. What do you do in practice? We also have LF-LAM (Determine TB LAM Ag) since last year: is grade 1 enough to start RHZE in a patient with CD4 45? MGIT culture takes 6 weeks and half of them die before."),
    # 054 Dakar travel clinic: yellow fever certificate validity and contraindications
    ("Rappel for travel clinics, because border staff still make problems: since 11 July 2016 the ICVP for yellow fever is valid for the life of the person (amendment of Annex 7 of the IHR 2005, adopted by the World Health Assembly in 2014). A certificate becomes valid 10 days after the primary dose. The fractional dose (1/5) used in the 2016 campaigns in Angola and DRC does not count for the ICVP.\n"
     "Stamaril: contraindicated under 6 months, thymus disease, severe immunosuppression; caution above 60 years (YEL-AVD and YEL-AND risk higher). HIV with CD4 > 200 we vaccinate. Pregnant women only if travel cannot be postponed. A second dose is still recommended by some for children vaccinated before 2 years and for HIV-positive travellers. Institut Pasteur de Dakar vaccine is WHO prequalified, same rules."),
    # 055 US sexual-health clinic: doxy-PEP rollout, replies to members
    ("We started doxy-PEP last month following the CDC guidelines from June 2024 (https://www.cdc.gov/mmwr/volumes/73/rr/rr7302a1.htm): doxycycline 200 mg once, within 72 h after condomless oral, anal or vaginal sex, for MSM and trans women with at least one bacterial STI in the past 12 months. DoxyPEP (Luetkemeyer, NEJM 2023) showed about two-thirds fewer infections per quarter; DOXYVAC in France similar for chlamydia and syphilis but weaker for gonorrhoea; the Kenyan dPEP trial in cis women showed no effect, probably adherence (hair doxy levels low).\n"
     "Worries: tetM-mediated tetracycline resistance in N. gonorrhoeae, S. aureus colonisation, gut microbiome. @jgreenberg are you doing 3-site NAAT every 3 months on everyone on doxy-PEP, or only symptomatic? Max we allow is 3 doses a week.\n"
     "Thanks Ana for the Spanish patient handout, it's so much better than the one we had."),
    # 056 Cambodia rabies centre: PEP schedules explained for new staff
    ("Rabies PEP schedules, summary for the new staff because we keep mixing them up:\n"
     "- WHO 2018 position paper, 1-week 2-site ID (IPC regimen): 0.1 ml at 2 sites on days 0, 3, 7\n"
     "- 2-week IM (4-dose Essen): 1 vial on days 0, 3, 7 and between 14 and 28\n"
     "- 3-week IM (Zagreb 2-1-1): 2 vials day 0, 1 vial day 7, 1 vial day 21\n"
     "- updated Thai Red Cross ID: 2 sites days 0, 3, 7, 28\n"
     "RIG: ERIG 40 IU/kg or HRIG 20 IU/kg, all infiltrated into and around the wound; the 2018 position paper says no need to inject the remainder IM far away. Monoclonal antibodies (Rabishield, Twinrab) exist in India but not here. Category II exposure: vaccine only, no RIG. Verorab 0.5 ml vs Rabipur 1 ml per vial, but the ID dose is 0.1 ml for both.\n"
     "For PrEP: 2-site ID on days 0 and 7. Is anybody doing school-based PrEP in high-incidence provinces?"),
    # 057 Haiti: single-dose oral cholera vaccine strategy and treatment refresher
    ("Since October 2022 the ICG suspended the 2-dose OCV strategy because of the global shortage, so campaigns are single dose (Euvichol-Plus, now Euvichol-S). Shanchol is no longer produced. Single-dose protection is short in children under 5 (Bangladesh trial data), so WASH must go with it: Aquatabs 67 mg for 20 litres, free residual chlorine 0.5 mg/L at the point of collection.\n"
     "Treatment refresher for the CTC volunteers: Plan A/B/C. Plan C in adults: Ringer lactate 100 ml/kg in 3 h (30 ml/kg in the first 30 min), in infants over 6 h. Antibiotic only for moderate or severe dehydration: doxycycline 300 mg single dose for adults, azithromycin 20 mg/kg single dose for children and pregnant women. Zinc 20 mg x 10 days for children."),
    # 058 US: H5N1 in dairy cattle, PPE and oseltamivir for farm workers
    ("H5N1 clade 2.3.4.4b, genotype B3.13, in dairy cattle since March 2024 (first Texas, then many states). Human cases so far mostly conjunctivitis in dairy workers, milk splash in the eye. The candidate vaccine virus A/Texas/37/2024 is close to the cattle virus, older CVVs like A/Astrakhan/3212/2020 less so.\n"
     "Practical problems: nobody wears an N95 and goggles in a milking parlour at 100 °F. We are offering seasonal flu vaccine to all farm workers (to reduce co-infection and reassortment) and oseltamivir 75 mg twice daily for 5 days for symptomatic workers, same dose as PEP for 5 to 10 days after exposure. Testing: conjunctival swab plus NP swab, subtype at the public health lab. Raw milk: FDA says don't."),
    # 059 DRC: mpox vaccines and tecovirimat trial results
    ("Mpox vaccines for children, what we know: MVA-BN (Jynneos / Imvanex / Imvamune) prequalified by WHO in September 2024, extended to adolescents 12-17. LC16m8 (KM Biologics, Japan) can be used from 1 year, single dose by bifurcated needle, but it is replicating, so not for HIV with low CD4 or pregnancy.\n"
     "Tecovirimat: PALM007 (clade I, DRC) showed no difference in lesion resolution; overall mortality 1.7%, lower than expected, probably because of hospital care. STOMP for clade II stopped for futility. So supportive care, nutrition, skin care, eye care. Clade Ib with APOBEC3 signature means sustained human transmission, sexual networks in South Kivu first."),
    # 060 Senegal: Hajj meningococcal and polio requirements, thanks to a member
    ("Reminder for the Hajj season: the Saudi Ministry of Health requires quadrivalent ACWY, at least 10 days before arrival; conjugate valid 5 years, polysaccharide 3 years. Conjugates available: Menveo, Nimenrix, MenQuadfi. Polysaccharide is no longer available here anyway. Children from 2 years (Nimenrix from 6 weeks).\n"
     "Polio: travellers from countries with WPV1 or cVDPV circulation need bOPV or IPV between 4 weeks and 12 months before departure, with proof on the ICVP. Seasonal influenza recommended, not required. Merci Khady pour la liste des centres de vaccination agréés, je l'ai mise en pièce jointe."),
    # 061 US refugee health: presumptive antiparasitic treatment and Loa loa caution
    ("Refresher on presumptive treatment for refugees (CDC overseas guidance): most refugees from sub-Saharan Africa get albendazole plus ivermectin before departure, and praziquantel for schistosomiasis; those who lived in Loa loa endemic areas of Central Africa should NOT get ivermectin without excluding high microfilaraemia (risk of encephalopathy), so they get Strongyloides serology after arrival instead. From Asia and the Middle East: albendazole and ivermectin.\n"
     "Pregnant women: defer ivermectin and praziquantel, screen instead. Eosinophils > 400 after presumptive treatment = look further (Strongyloides IgG, stool O&P x3, Schistosoma serology). Ivermectin 200 µg/kg x 2 days."),
    # 062 Spain: Chagas screening in pregnant women from endemic countries
    ("Chagas (T. cruzi) screening in pregnancy for women from Bolivia, Paraguay, Argentina and other endemic countries: Catalonia and Valencia have protocols for more than a decade, now there is a national recommendation. Two different serological tests (for example recombinant ELISA + lysate CLIA); if discordant, a third.\n"
     "Newborn of a positive mother: PCR at birth and at 1 month, serology at 9-12 months when maternal IgG is gone. Benznidazole 5 mg/kg/day 60 days (Abarax) or nifurtimox (Lampit) — not in pregnancy, but treat after delivery and before the next pregnancy. BENEFIT showed no benefit in established cardiomyopathy. Remember the ECG: RBBB + left anterior fascicular block. Romaña sign you will almost never see here. World Chagas Day is 14 April, we do free testing that week."),
    # 063 Russia: BPaLM and short regimens for MDR/RR-TB
    ("About the short regimens. BPaLM (bedaquiline, pretomanid, linezolid, moxifloxacin) 6 months is recommended by WHO since the rapid communication of May 2022, based on TB-PRACTECAL; BPaL from Nix-TB and ZeNix (linezolid 600 mg for 26 weeks gives less neuropathy than 1200 mg). Age 14 and above. Several endTB regimens were non-inferior too (9 months).\n"
     "Here pretomanid is not registered, so we use individual regimens Bdq-Lzd-Cfz-Cs-Dlm. QTcF > 500 ms stop the QT drugs; CBC weekly in the first month for linezolid, visual acuity and Ishihara monthly. Pyridoxine 50 mg with cycloserine. What do others do when haemoglobin falls below 8 on linezolid: reduce to 300 mg or stop?"),
    # 064 Thailand: leptospirosis diagnosis and treatment teaching
    ("Teaching note on leptospirosis for the interns (rainy season is coming to the rice provinces). MAT single titre >= 1:400 or four-fold rise; panel of 24 serovars (Icterohaemorrhagiae, Copenhageni, Bratislava, Autumnalis, Pyrogenes...). IgM rapid tests have low sensitivity in the first week; PCR blood before day 7, urine after.\n"
     "Weil's disease = jaundice + AKI + bleeding; pulmonary haemorrhage is the killer. Doxycycline 100 mg twice daily 7 days and ceftriaxone 1 g daily were equivalent (Suputtamongkol, CID 2004) and also penicillin. Jarisch-Herxheimer can happen. Prophylaxis doxycycline 200 mg weekly for people with high exposure (Takafuji, NEJM 1984, soldiers in Panama)."),
    # 065 Romania: vitamin A in measles and the meaning of dose zero
    ("For the residents during the outbreak: vitamin A in measles, WHO doses: under 6 months 50,000 IU, 6-11 months 100,000 IU, 12 months and over 200,000 IU, two doses 24 h apart, third dose 2-4 weeks later if eye signs (Bitot spots, xerosis).\n"
     "MMR 'dose zero' at 6-11 months does not count: the child still gets MMR1 at 12 months and MMR2 at 5 years per our schedule. Post-exposure: vaccine within 72 h, or immunoglobulin within 6 days (IM 0.5 ml/kg, max 15 ml; IVIG 400 mg/kg for immunocompromised and pregnant). Koplik spots appear 1-2 days before the rash. SSPE risk is highest when infected under 1 year, maybe 1 in 1,000 to 1 in 5,000."),
    # 066 PNG: P. vivax radical cure with tafenoquine or primaquine
    ("Vivax radical cure question from Madang. Tafenoquine 300 mg single dose needs G6PD activity >= 70% on a quantitative test (we have the STANDARD G6PD analyser in 3 sites only). Primaquine: 14 days 0.5 mg/kg/day, or 7 days 1 mg/kg/day (IMPROV). Children: dispersible tafenoquine 50 mg from 2 years.\n"
     "But with artemether-lumefantrine the tafenoquine efficacy was lower (INSPECTOR), and AL is our first line. So do we go back to primaquine for everybody? Also, anyone has data on the common G6PD variants in PNG highlands vs coast?"),
    # 067 Mexico/Thailand: dengue vaccines for travellers and residents
    ("Dengue vaccines, since travellers keep asking. Qdenga (TAK-003): 2 doses 3 months apart, EU licence December 2022; WHO SAGE (2023) recommends it for children 6-16 in high-transmission settings. Efficacy against DENV-3 and DENV-4 in seronegatives uncertain. Dengvaxia (CYD-TDV) only for people with proven previous infection, and Sanofi is stopping production. Butantan-DV single dose had good phase 3 results (NEJM 2024).\n"
     "Germany's STIKO recommends Qdenga for travellers only if previously infected. Mexican colleagues, are you giving it in the private sector? And remember the WHO 2009 warning signs: abdominal pain, persistent vomiting, mucosal bleeding, lethargy, liver > 2 cm, rising haematocrit with falling platelets."),
    # 068 UK: long-acting PrEP trial results, thanks to a member
    ("Long-acting PrEP reading list for the journal club. PURPOSE 1 (cis women, South Africa and Uganda): zero infections with twice-yearly subcutaneous lenacapavir, vs background incidence ~2.4/100 PY. PURPOSE 2 (cis men, trans and gender-diverse people): 2 infections in about 2,180. HPTN 083 and 084: CAB-LA every 2 months superior to daily TDF/FTC; watch out for delayed diagnosis with INSTI resistance (LEVI syndrome), so RNA testing rather than antibody alone.\n"
     "Oral: F/TDF generic; F/TAF (Descovy) licensed for PrEP in the US but not for receptive vaginal sex. Thanks Priya for the slides from the BHIVA spring conference in April, will circulate on Thursday."),
    # 069 Ethiopia: scabies mass drug administration thresholds and products
    ("Scabies outbreak management: IACS 2020 consensus criteria (levels A, B, C) for diagnosis, no need for skin scraping in the field. MDA with ivermectin 200 µg/kg, two doses 7 days apart, when community prevalence >= 10%; permethrin 5% cream for children < 15 kg and pregnant women; benzyl benzoate 25% is cheaper but burns. Crusted (Norwegian) scabies needs oral + topical and repeated doses.\n"
     "Secondary impetigo → post-streptococcal glomerulonephritis, so treat with amoxicillin or cloxacillin. Wash clothes and blankets at 60 °C or seal in a bag for 72 h."),
    # 070 UK: XDR typhoid and typhoid vaccines
    ("Returning traveller from Pakistan with fever: think XDR Salmonella Typhi (H58 lineage, resistant to chloramphenicol, ampicillin, co-trimoxazole, fluoroquinolones and third-generation cephalosporins), circulating in Sindh since 2016. Empirically we start meropenem, plus azithromycin if uncomplicated and can take oral. Widal is useless; blood culture sensitivity 40-60%, bone marrow higher.\n"
     "Vaccines: Typbar-TCV (conjugate, from 6 months, single dose) prequalified by WHO in 2017 but not licensed in the UK; we still use Vi polysaccharide (Typhim Vi) with boosters every 3 years. Chronic carriage: gallbladder, stones."),
    # 071 Spain: what the Legionella urinary antigen misses
    ("Recordatorio: the urinary antigen detects only Legionella pneumophila serogroup 1 (most cases in Europe, not all). Lp sg 6 and L. longbeachae (Australia and New Zealand, compost and potting mix) are missed. Always send a respiratory sample for culture on BCYE so the authority can compare with environmental isolates by sequence-based typing (ST1, ST23, ST47...).\n"
     "Pontiac fever: no pneumonia, 24-48 h incubation, self-limited. Treatment: levofloxacin 750 mg or azithromycin 500 mg daily. ELDSNet cluster = two or more cases who stayed at the same accommodation within 2 years. In Spain the RD 487/2022 governs maintenance of cooling towers and hot water."),
    # 072 Peru: brucellosis serology and regimens, adults and children
    ("Brucelosis from queso fresco, a short guide. Rose Bengal as screening (sensitive but false positives), then standard agglutination >= 1/160 in endemic area, 2-mercaptoethanol for IgG, Coombs for chronic cases. Blood culture needs long incubation, warn the lab (risk of lab infection!).\n"
     "Treatment: doxycycline 100 mg twice daily 6 weeks + gentamicin 5 mg/kg 7 days (Spanish trials showed fewer relapses than with rifampicin), or doxy + rifampicin 600-900 mg 6 weeks. Spondylitis 12 weeks minimum. Children under 8: co-trimoxazole + rifampicin. Pregnancy: rifampicin + co-trimoxazole after 1st trimester. Relapse 5-10%, mostly in the first 6 months."),
    # 073 France: chronic Q fever definitions and follow-up
    ("Q fever, chronic forms (persistent focalised infection): modified Duke criteria with phase I IgG >= 1:800 as a major criterion. Endocarditis: doxycycline + hydroxychloroquine 18 months, target doxycycline serum level >= 5 µg/ml, watch photosensitivity and retinal toxicity. Vascular infection: PET-CT is very useful. High anticardiolipin IgG in acute Q fever predicts endocarditis and is a reason for prophylaxis if valvulopathy.\n"
     "Reminder that the Netherlands outbreak 2007-2010 (goat farms, more than 4,000 notified) produced many chronic cases years later. Coxiella burnetii is named after Cox and Burnet, not after a place."),
    # 074 US: foodborne incubation-period cheat sheet for epi fellows
    ("Cheat sheet for our new epi fellows, foodborne incubation periods:\n"
     "- S. aureus enterotoxin: 30 min-8 h (usually 2-4), vomiting dominant\n"
     "- B. cereus emetic: 0.5-6 h (fried rice); diarrheal type 6-15 h\n"
     "- C. perfringens: 6-24 h (avg ~10), diarrhea and cramps, rarely fever or vomiting\n"
     "- Norovirus: 12-48 h, vomiting + diarrhea, Kaplan criteria\n"
     "- Salmonella 6 h-6 days; Campylobacter 2-5 days; STEC O157:H7 3-4 days (HUS, avoid antibiotics); Listeria up to 70 days; hepatitis A 15-50 days (avg 28)\n"
     "- Ciguatera 1-6 h with paresthesias and hot-cold reversal; scombroid minutes to 1 h\n"
     "Analysis: attack rate table by food item, RR with 95% CI, Fisher exact for small cells. Keep the questionnaire under 15 minutes and don't forget to ask about the ice and the salad bar."),
    # 075 France: TB contact tracing on flights, question to a member
    ("Question to @claire.dubois and the others at ARS: for TB contact tracing after flights, do you still follow WHO 'Tuberculosis and air travel' 3rd edition (2013)? Flight >= 8 h, index case infectious (smear-positive, or culture positive with cavitation), flight within the last 3 months, passengers in the same row and two rows in front and behind. ECDC RAGIDA says about the same.\n"
     "The yield in the published series is almost zero for drug-sensitive TB and airlines answer slowly. Are you still doing it except for MDR/XDR? The lists come 3 weeks later and half of the passengers live abroad."),
    # 076 DRC: pneumonic plague diagnosis and treatment summary
    ("Plague season in Ituri again. Reminder: bubonic (bubo aspirate, Gram or Wayson shows bipolar 'safety pin' rods) and pneumonic forms (cough with bloody sputum, death in 24-72 h without treatment). The F1 antigen RDT is useful at the health centre, confirm at the reference lab by culture or PCR.\n"
     "Treatment: gentamicin 5 mg/kg/day or streptomycin, ciprofloxacin is an option in the WHO guidelines (2021); doxycycline 7 days for contacts within 2 metres of a pneumonic case. Fleas: Xenopsylla cheopis; spray houses before killing rats, never after, or the fleas go to the humans."),
    # 077 Thailand: scrub typhus treatment evidence
    ("INTREST (Varghese, NEJM 2023, India; https://pubmed.ncbi.nlm.nih.gov/?term=INTREST+scrub+typhus): for severe scrub typhus IV doxycycline + azithromycin combined was better than either alone. In pregnancy azithromycin. Search for the eschar everywhere: groin, axilla, under the breasts, behind the ears, waistband.\n"
     "Weil-Felix OX-K is obsolete; IgM ELISA or IFA >= 1:128 with rising titres, PCR of eschar swab is the best. Orientia tsutsugamushi, chiggers of Leptotrombidium, the 'tsutsugamushi triangle'. The old reports of doxycycline-resistant strains in northern Thailand (Watt, Lancet 2000) were never really confirmed, we still use doxy 100 mg twice daily 7 days."),
    # 078 PNG: melioidosis treatment per the Darwin guideline
    ("Melioidosis is probably underdiagnosed in Western Province. Darwin guideline (2020 update): intensive phase ceftazidime 2 g 6-hourly or meropenem 1 g 8-hourly (2 g if neuro-melioidosis), at least 2 weeks, longer for deep abscesses or osteomyelitis. Eradication: co-trimoxazole by weight, 320/1600 mg twice daily if > 60 kg, 240/1200 mg if 40-60 kg, 160/800 mg if < 40 kg, with folic acid 5 mg, 3 months.\n"
     "Lab: Ashdown agar, gentamicin-resistant oxidase-positive Gram-negative rod, 'safety pin'. Don't let the lab sniff the plates. Risk factors: diabetes, kava? (unclear), alcohol, CKD, thalassaemia."),
    # 079 Ethiopia: hepatitis E in displacement camps and the HEV vaccine
    ("Hepatitis E genotype 1 in displacement camps: faecal-oral through water, mortality in pregnant women in the third trimester 15-25%. No specific treatment; ribavirin is contraindicated in pregnancy. The vaccine Hecolin (HEV 239, Xiamen Innovax), 3 doses at 0, 1 and 6 months, was used reactively in Bentiu in 2022 and single-dose effectiveness looked good.\n"
     "Practical: FRC 0.5 mg/L at the tap, 1 mg/L during outbreaks; HEV IgM RDT for case confirmation; an attack rate above 1% in a camp is a big outbreak."),
    # 080 Spain port health: ship sanitation certificates and the Maritime Declaration of Health
    ("Port health FAQ for the new staff of Sanidad Exterior: the Ship Sanitation Control Certificate (SSCC) or Exemption Certificate (SSCEC) is valid 6 months, can be extended 1 month if the inspection cannot be done at that port. The Maritime Declaration of Health (Annex 8, IHR 2005) asks about deaths, persons ill with suspected infectious disease, and anyone still ill on board. Free pratique can be given by radio if nothing is declared.\n"
     "Reference: WHO Handbook for inspection of ships and issuance of ship sanitation certificates (2011). Check potable water (Legionella in tanks), galley, waste, and vectors (Aedes in the containers!). Only authorised ports (Article 20) can issue."),
    # 081 PNG: nOPV2 campaign and AFP surveillance indicators
    ("Quick primer for the campaign team. nOPV2 (novel type 2 OPV, Bio Farma) had EUL since November 2020 and WHO prequalification in December 2023. For a cVDPV2 response: 2 rounds 4 weeks apart, all children under 5 regardless of previous doses. VVM stage 3 or 4 = discard. Finger marking on the left little finger, tally sheets per team, lot numbers recorded (for example lot 1023A19 and 1123B02) in case of AEFI.\n"
     "AFP surveillance targets: non-polio AFP rate >= 2 per 100,000 children under 15, adequate stool collection >= 80% (2 specimens 24 h apart within 14 days of onset, reaching the lab in good condition, reverse cold chain 2-8 °C). We are far below target in highland provinces."),
    # 082 UK: the notification regulations for trainees, thanks to a member
    ("For the trainees, since this comes up every rotation: Health Protection (Notification) Regulations 2010. Registered medical practitioners must notify suspected cases of Schedule 1 diseases to the proper officer within 3 days, or orally within 24 h if urgent. Do not wait for lab confirmation. Laboratories notify Schedule 2 causative agents.\n"
     "Remember scarlet fever, food poisoning and infectious bloody diarrhoea are on the list; chickenpox isn't in England. Mpox (formerly monkeypox) was no longer classified an HCID from January 2023. Thanks @tomasz.k for updating the quick-reference card with the new forms."),
    # 083 France: benzathine penicillin shortage and syphilis alternatives
    ("Benzathine benzylpenicillin shortage again: Extencilline (Delbert) interrupted several times since 2023; ANSM authorised imports (Lentocilin from Portugal, other foreign presentations). Dose: 2.4 MUI IM single dose for early syphilis, 3 weekly injections for late latent.\n"
     "Alternative outside pregnancy: doxycycline 100 mg twice daily 14 days (28 days for late latent). Pregnancy: no alternative, desensitisation if allergic. Jarisch-Herxheimer reaction in about 30% of secondary syphilis, warn the patient. Teaching eponyms for the interns: Hutchinson teeth, Argyll Robertson pupil, Clutton joints."),
    # 084 Haiti maternity: congenital syphilis screening and newborn treatment
    ("In our maternité, congenital syphilis screening: dual HIV/syphilis RDT (treponemal) at the first ANC visit as WHO recommends since 2019, then RPR with titre. Mother treated with benzathine 2.4 MUI > 4 weeks before delivery and baby RPR not 4-fold higher: one dose benzathine 50,000 IU/kg to the baby. Otherwise aqueous penicillin G 50,000 IU/kg every 12 h for 7 days, then every 8 h to complete 10 days.\n"
     "Clinical signs: snuffles, pemphigus syphiliticus on palms and soles, hepatosplenomegaly, Parrot pseudoparalysis, Wimberger sign on X-ray. Benzathine stock is low everywhere in the country."),
    # 085 Ethiopia: cryptococcal antigen screening and AMBITION-cm regimen
    ("CrAg screening for all adults with CD4 < 200 (WHO 2022): CrAg positive without meningitis = fluconazole 800 mg 2 weeks, 400 mg 8 weeks, then 200 mg; WHO now says do an LP for every CrAg-positive patient if possible. For cryptococcal meningitis: AMBITION-cm (NEJM 2022) single high-dose liposomal amphotericin B 10 mg/kg + 14 days flucytosine 100 mg/kg/day + fluconazole 1200 mg, non-inferior with less anaemia and hypokalaemia.\n"
     "Therapeutic LPs when opening pressure > 25 cmH2O. Delay ART 4-6 weeks (COAT trial). India ink still useful when no CrAg LFA."),
    # 086 Cambodia: Japanese encephalitis vaccine for travellers vs the national programme
    ("JE vaccine for travellers to Cambodia: Ixiaro (inactivated, Vero cell, SA14-14-2 strain) 2 doses day 0 and 28, rapid schedule 0 and 7 for adults 18-65, booster after 12-24 months if continued risk. Imojev (live chimeric, single dose) in Thailand and Australia. Our national programme uses live attenuated SA 14-14-2 at 9 months.\n"
     "Risk for a short tourist trip to Siem Reap and Phnom Penh is very low (< 1 per million), higher for long rural stays in the rainy season near rice paddies and pig farms (Culex tritaeniorhynchus). Case fatality 20-30%, sequelae in 30-50% of survivors."),
    # 087 Russia: tick-borne encephalitis vaccine schedules
    ("TBE vaccination schedules, for comparison: FSME-Immun 0, 1-3 months, 5-12 months, rapid 0 and 14 days. Encepur rapid 0, 7, 21 days. Russian vaccines: Klesch-E-Vac, EnceVir, Tick-E-Vac, schedules 0, 1-7 months, then 12 months. Boosters every 3 years in our instructions, every 5 years in Austria for under 60 (3 years above 60).\n"
     "The European subtype vaccines protect also against Siberian and Far-Eastern subtypes, cross-neutralisation is good. Highest incidence in Siberia and the Urals. Vaccine failures happen more in older persons."),
    # 088 Ethiopia: leprosy treatment and single-dose rifampicin PEP
    ("Leprosy (Hansen's disease) update for our district teams: WHO 2018 guidelines recommend single-dose rifampicin PEP (600 mg for adults, weight-based for children from 2 years) for household, neighbour and social contacts after excluding leprosy and active TB. MDT: rifampicin + dapsone + clofazimine for both PB (6 months) and MB (12 months).\n"
     "Reactions: type 1 (reversal) prednisolone 40 mg tapering over 20 weeks; type 2 (ENL) prednisolone, high-dose clofazimine, thalidomide where available. Lucio phenomenon is rare outside Mexico. Slit-skin smear with Ziehl-Neelsen, bacterial index 0-6+."),
    # 089 US long-term care: norovirus control checklist, reply to a member
    ("Norovirus outbreak control checklist for long-term care, @dkirchner_ltc your cohorting plan looks good. Kaplan criteria: vomiting in > 50%, incubation 24-48 h, duration 12-60 h, no bacterial pathogen. Bleach 1,000-5,000 ppm (about 1:50 to 1:10 household bleach) or an EPA List G product. Soap and water over alcohol rub. Staff excluded until 48 h after symptoms resolve. Close the unit to new admissions; stop group dining.\n"
     "Strains this season are GII.4 Sydney[P16] and GII.17, typing from the state lab takes about a week. Send 3-5 stool specimens within 72 h of onset."),
    # 090 UK travel medicine: malaria chemoprophylaxis refresher
    ("Malaria prophylaxis refresher after last week's case conference (UK guidance): atovaquone-proguanil 1-2 days before to 7 days after; doxycycline 1-2 days before to 4 weeks after; mefloquine 2-3 weeks before to 4 weeks after, neuropsychiatric history a contraindication (FDA boxed warning 2013). Chloroquine is almost useless now except a few areas.\n"
     "P. knowlesi in Malaysian Borneo (macaques), can be severe, misread as P. malariae. ABCD: awareness, bite avoidance (DEET 50%), chemoprophylaxis, diagnosis. Fever within a year of return = malaria until proven otherwise, 3 films or RDT + film."),
    # 091 Senegal: distinguishing Rift Valley fever from Crimean-Congo haemorrhagic fever
    ("In herders at the border with Mauritania we must differentiate RVF and CCHF. CCHF: Hyalomma ticks, slaughter of livestock, nosocomial transmission (full PPE!), ribavirin evidence weak. RVF: Aedes and Culex mosquitoes, contact with aborted foetuses and raw milk, retinitis in 1-20%, encephalitis, haemorrhagic form in < 1%; no ribavirin. Both: RT-PCR in the first days, IgM ELISA after.\n"
     "One Health: RVF epizootics follow heavy rains and abortion storms in sheep; animal vaccination (Smithburn, Clone 13) must be before, not during, the outbreak."),
    # 092 PNG: hepatitis B birth dose and antiviral prophylaxis in pregnancy
    ("Hep B birth dose: within 24 h of birth, the earlier the better; outside hospitals coverage is poor, so we try the controlled temperature chain where allowed. HBIG is not available here. WHO 2024 hepatitis B guidelines: tenofovir (TDF 300 mg) from the second trimester for pregnant women with HBV DNA >= 200,000 IU/mL, or HBeAg positive, or where no DNA test, all HBsAg-positive pregnant women.\n"
     "Continue at least until the birth dose is given and ideally until the infant series is complete. Breastfeeding is fine on TDF. Infant series at 6, 10, 14 weeks (pentavalent)."),
    # 093 US: place-named infectious diseases trivia for residents
    ("Friday trivia for the residents, name the place behind each: tularemia (Tulare County, CA), Lyme disease (Lyme and Old Lyme, CT), Legionnaires' disease (Philadelphia, 1976), St. Louis encephalitis (1933), La Crosse encephalitis (Wisconsin), Powassan virus (Ontario, 1958), Heartland virus (Missouri), Bourbon virus (Kansas), Jamestown Canyon virus (Colorado), Norwalk virus (Ohio, 1968), Coxsackievirus (New York), Valley fever (San Joaquin Valley). Bonus: Sin Nombre virus, Four Corners, 1993. Winner gets the last donut on Monday."),
    # 094 Mexico: short regimens for TB infection and drug interactions
    ("Tratamiento de infección tuberculosa latente, options we have now: 3HP (isoniazid 900 mg + rifapentine 900 mg weekly x 12, from age 2), 1HP (daily isoniazid 300 + rifapentine 600 for 28 days, BRIEF-TB/A5279 in PLHIV), 4R, 3HR, 6H or 9H. Rifapentine (Priftin) arrives through the GDF, supply irregular.\n"
     "With dolutegravir: 3HP is ok with DTG 50 mg once daily (DOLPHIN). Flu-like reactions with 3HP in about 4%, usually after the 3rd-4th dose; hypotension rare. Contacts of MDR cases: levofloxacin 6 months per WHO 2024."),
    # 095 US, phone-typed: pertussis chapter and Tdap timing
    ("anyone know if the Pink Book pertussis chapter got updated? residents keep asking. our OB clinic does Tdap at 27-36 wks every pregnancy, early in that window. azithro PEP for all household contacts incl infants < 1 mo (watch for IHPS). thx"),
    # 096 Peru: Oropouche fever in the Amazon regions
    ("Oropouche is increasing in the Amazon: reassortant OROV since late 2023, transmitted by the midge Culicoides paraensis. In 2024 Brazil reported deaths in previously healthy adults and vertical transmission with foetal deaths; PAHO issued several epidemiological alerts. Clinically like dengue (fever, headache, myalgia, retro-orbital pain), but in up to 60% symptoms come back within 2 weeks. Diagnosis RT-qPCR, no vaccine, no antiviral.\n"
     "In Loreto, Ucayali and Madre de Dios we see febrile patients negative for dengue NS1 and PCR. Should we test all of them for OROV, or only pregnant women and severe cases? The INS capacity is limited."),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc39-001": [{"name": "Kiran Patel", "handle": "@kpatel_epi"}],
    "pc39-005": [{"name": "Funmi Adeyemi"}],
    "pc39-012": [{"name": "Amina Diallo"}],
    "pc39-017": [{"name": "Lena Ostrowski", "handle": "@lena.ostrowski"}],
    "pc39-030": [{"name": "Ibrahima Sy", "handle": "@ibrahima.sy"}],
    "pc39-039": [{"name": "Maria Lopez", "handle": "@mlopez_id"}],
    "pc39-043": [{"name": "Nadine Kabeya", "handle": "@nkabeya"}],
    "pc39-052": [{"name": "Rebecca Hollis", "handle": "@dr_hollis"}],
    "pc39-055": [{"name": "Josh Greenberg", "handle": "@jgreenberg"}, {"name": "Ana Paredes"}],
    "pc39-060": [{"name": "Khady Sène"}],
    "pc39-068": [{"name": "Priya Raman"}],
    "pc39-075": [{"name": "Claire Dubois", "handle": "@claire.dubois"}],
    "pc39-082": [{"name": "Tomasz Kowalski", "handle": "@tomasz.k"}],
    "pc39-089": [{"name": "Dana Kirchner", "handle": "@dkirchner_ltc"}],
}

build, render, main = first_set.blind_set(
    "pc39", Path(__file__).with_name("physician_cases_39.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
