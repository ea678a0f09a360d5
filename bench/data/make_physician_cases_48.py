# ruff: noqa: E501 (the notes are data)
"""Blind test set 48: psychiatry, addiction, occupational, forensic/prison medicine and general practice in the UK, Ireland, Canada, the Netherlands, Denmark, Norway and South Africa.

Doctors working in mental health units, addiction clinics, occupational health services,
police custody, prisons, coroners' work and general practice post to a closed physician
network from England, Scotland, Wales, Northern Ireland, Ireland, Canada, the Netherlands,
Denmark, Norway and South Africa. The PHI posts are pasted Mental Health Act and
involuntary-admission paperwork (s.2/STDC/Form 1/crisismaatregel/red form/tvungen
observasjon/s33 MHCA), tribunal and court reports, custody liaison notes, fit notes and
workplace injury reports naming employers (warehouses, quarries, mines, fishing boats,
fish farms, schools, football clubs, care agencies), safeguarding referrals, hostel and
shelter addresses, dosing cards and prescriptions, coroner and inquest letters, locum rota
and in-reach team chats, EHR snippets with national numbers, discharge summaries, lab,
imaging and post-mortem reports, an M&M write-up, e-mails, dictation, hand-over tables and
phone-typed one-liners. The PHI-free posts are teaching posts, legal and guideline
summaries, scale and criteria lists full of eponyms and place-named diseases, drug and
dose lists, lab tables, citations with DOIs and public links, journal-club, rota and
conference chat among colleagues, glossaries and a blank form.

Annotation conventions:
- PT: the patient's names, surnames after a title, first names, nicknames and initials
  ("JT"); every occurrence is its own span; titles (Mr, Mrs, Ms, mw, Dr), roles and a
  possessive 's stay outside. Initials of any person take that person's tag (a
  prescriber's "FN" on a dosing card is HCP). The deceased in coroner and autopsy papers
  is PT. In a safeguarding referral the child who is the subject is PT and the family are
  REL. In a surname-first EHR line ("HOLLOWAY, Bradley James") the whole name is one span.
- REL: relatives, partners, friends, neighbours, carers and every other non-clinical person
  tied to the patient: employers, supervisors, HR staff, skippers, coaches, school staff,
  solicitors, police officers, probation officers, appropriate adults, patient advisers,
  coroners and coroner's officers, an igqirha (traditional healer); titles such as advokat
  stay outside.
- HCP: clinicians and care professionals who are not colleagues on the network: doctors,
  nurses, pharmacists, psychologists, social workers, AMHPs/MHOs, drug-service keyworkers,
  L&D practitioners; titles (Dr, dr., Sr, overlege, overlæge, Prof) stay outside.
- Colleagues on the network (chat speakers, @mentioned, replied-to or thanked colleagues)
  are never tagged; they are listed in MEMBERS.
- STREET: the address line from the flat/house/croft number through the street type, one
  span including a flat number and a building name in the same line ("Flat 9, Brennan Court,
  44 Warsash Road", "0/2, 114 Garthland Drive", Danish "87, 3. th."); a street named
  without a number is tagged too, and so are numbered roads (A90, N56); a rural address
  line without a street (croft number and township, a townland, a farm name, an
  informal-settlement stand number, a Private Bag) is a STREET span.
- TOWN: cities, towns, villages and municipalities, with a postal district letter when
  written ("Aarhus C", "Odense SV"); the words kommune/Kommune/municipality stay outside.
  The poster's own town ("Outreach GP in Dublin") is tagged like any other: it places
  the patient.
- COUNTY: counties, Scottish and Welsh council areas (Highland, Carmarthenshire) and
  Norwegian fylker; "Co."/"County"/"fylke" stay outside.
- PLACE: city districts and suburbs, neighbourhoods, townships, informal settlements and
  their sections, council and housing estates, islands, First Nation reserves, business
  parks, landmarks and taxi ranks.
- ZIP: postcodes in each country's format (UK "SO31 6QR", Eircode "D08 XK72", Canadian
  "L8L 2V7", Dutch "3021 HN", Danish/Norwegian/South African four digits).
- FAC: hospitals, named wards and units, clinics, GP practices, teams named with a place,
  pharmacies, prisons, police stations and custody suites, courts, coroner's offices,
  hostels, nursing homes, schools, employers, agencies, clubs, solicitors' firms and named
  vessels; the whole proper name including generic words (HMP, Hospital, Surgery, Ltd, AS,
  ApS, FC). A city police service's abbreviation (TBPS) is FAC; national services and
  bodies (SAPS, gardaí, WAST, DVLA, MoJ, HSE, NAV) are not tagged. Numbered wards, bays,
  cells and houseblocks are not tagged.
- Countries, provinces, regions and nations (Ontario, Western Cape, Scotland, Region
  Midtjylland) are not tagged.
- DATE: every date element tied to the patient or the episode: dates of birth, admission,
  dosing, letters, chat-timestamp dates, month with or without year, day-of-month alone
  ("the 3rd"), and holidays used as dates ("stephens day"); weekday names, times of day and
  relative expressions stay outside and untagged. A year alone tied to the patient is
  YEAR (ignored by the scorer); years of publications, guidelines and laws are never tagged.
- AGE: ages 90 and over, the number only ("92" in "92yo"). Younger ages are not tagged.
- PHONE/FAX/PAGER: the number only, with a country code when written; labels (tel, mob,
  fax, bleep, ext) stay outside. Bleeps and pagers are PAGER; internal extensions PHONE.
- PLAN: health-service numbers (NHS, CHI, H&C, OHIP, MSI, PHIN, Irish medical card).
  SSN: national identity numbers (PPSN, BSN, CPR, fødselsnummer, South African ID, NI
  number). MRN: hospital, unit and clinic folder numbers. LIC: professional registration
  (GMC, IMC, CPSO, BIG, HPR, HPCSA), prescriber codes, firearms and driving licences.
  ACCT: bank and billing accounts and sort codes. PLATE: vehicle registrations and fishing
  vessels' port numbers. VIN. DEVICE: serial numbers of implants, pumps, monitoring tags
  and phones (IMEI). ID: prison numbers, custody, police, court, tribunal, coroner and
  safeguarding references, probation CRNs, police collar/badge numbers, medical examiner
  case numbers, CPMS registrations, claim, employer-registration and employee numbers,
  lab and imaging accession numbers, prescription serials, LPA references.
- EMAIL, URL, IP, HANDLE: the patient's, relatives' and non-member clinicians' addresses
  and accounts; colleagues' @handles are not tagged.
- Eponyms and place names inside disease, sign, scale, rule, study, trial, declaration and
  case-law names are never tagged; statutes and form names are not tagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 England: AMHP outline report for a section 2 admission, pasted for the ward
    """AMHP outline report (s.2 MHA 1983) - pasted as sent so the ward has it before he arrives

Patient: [[PT:Dylan Mark Ashworth]]     DOB: [[DATE:17/09/1996]]     NHS No: [[PLAN:485 777 3456]]
Address: [[STREET:Flat 9, Brennan Court, 44 Warsash Road]], [[TOWN:Locks Heath]], [[ZIP:SO31 6QR]]
Nearest relative (s.26): mother, [[REL:Carol Ashworth]], same address, mob [[PHONE:07700 900418]]. Consulted by phone [[DATE:03/02/25]] 14:10, does not object.
Assessment: same day 15:40 at home address, police present (PC [[REL:Dean Gaskin]], collar no. [[ID:2214]]).
Medical recommendations: Dr [[HCP:Priya Ramanathan]] (s.12 approved) and Dr [[HCP:Oliver Tennant]] (GP, [[FAC:Titchfield Surgery]], previous acquaintance).
Summary: 28M, third manic episode, stopped lithium about six weeks ago, not slept for 4 nights, climbed onto a neighbour's garage roof on Saturday, threatening neighbours with a golf club. Refused informal admission twice.
Bed: [[FAC:Hollybank Unit]], [[TOWN:Winchester]]. Conveyed by ambulance 18:20, no restraint needed.
AMHP: [[HCP:Rachel Oyelaran]], [[FAC:Solent West AMHP Service]], [[PHONE:023 8049 6011]]""",
    # 002 Ireland: phone-typed bed request for an involuntary admission
    """any1 know if the acute unit in [[TOWN:Castlebar]] has a bed tonite? gardai in [[TOWN:Belmullet]] brought in a 34F under s12, [[PT:Aoife Gallagher]], from a house out the [[STREET:Bangor rd]], mam [[REL:Bernie]] says she hasnt slept since [[DATE:stephens day]]. GP is Dr [[HCP:Moran]] in [[TOWN:Bangor Erris]]. ring me [[PHONE:087 913 4410]]""",
    # 003 Scotland: short-term detention certificate summary for the receiving team
    """STDC granted [[DATE:12/11/24]] 02:15 by Dr [[HCP:Euan MacIver]] (AMP), MHO consent from [[HCP:Catriona Morrison]] by phone.

Pt [[PT:Murdo Angus Macleod]], CHI [[PLAN:1504671283]], [[STREET:7 Habost]], [[PLACE:Ness]], [[PLACE:Isle of Lewis]] [[ZIP:HS2 0TG]]. Lives alone on the croft since his mother died. Brother [[REL:Calum Macleod]] ([[PHONE:07700 900215]]) found him in the byre with the shotgun this evening; police have removed it and the firearm certificate ([[LIC:WI/FAC/0419]]) is being revoked.

Admitted to [[FAC:Clachan Ward]], [[FAC:Lewis General Hospital]]. Psychotic depression, nihilistic, not eating. GP is Dr [[HCP:Iain Graham]] at [[FAC:Ness Medical Practice]] - please let him know in the morning. Tribunal and Commission to be notified.""",
    # 004 Canada (Ontario): Form 1 in a northern ED
    """Form 1 signed 0335h [[DATE:2024-08-19]] in our ED at [[FAC:Superior North Health Centre]], [[TOWN:Thunder Bay]]. 23M, [[PT:Jordan Keesick]], OHIP [[PLAN:5584-213-907-KT]], MRN [[MRN:SNH-0093318]]. Home community [[PLACE:Sandy Lake First Nation]], staying with an aunt on [[STREET:Simpson St]] while in town for court.

Box A - cut both forearms in a room at the [[FAC:Lakeview Motor Inn]] tonight, told staff he'd finish it at the bridge. Brought by [[FAC:TBPS]], Cst [[REL:Melissa Fiddler]] #[[ID:1873]]. Aunt [[REL:Doris Keesick]] [[PHONE:(807) 555-0134]] is on her way.

Form 42 given 0410. Psych on call Dr [[HCP:Ravi Anand]] will see him in the AM; plan transfer to a Schedule 1 bed at [[FAC:Port Arthur Psychiatric Unit]] once medically cleared. Sutures x 14 done, tetanus up to date.""",
    # 005 Netherlands: crisis measure written up for the morning handover
    """Crisismaatregel tonight - writing it up here in English for our locum who starts tomorrow.

[[PT:Sander de Wit]], 41, BSN [[SSN:204817365]], [[STREET:Mathenesserlaan 212B]], [[ZIP:3021 HN]] [[TOWN:Rotterdam]]. Neighbours called police after he threw a chair and the TV off the balcony; held at [[FAC:politiebureau Schiehaven]] until we came. Medische verklaring by psychiatrist dr. [[HCP:Fatima Bakkali]] at 22:40, burgemeester signed [[DATE:9 januari 2025]] 23:55.

Admitted to [[FAC:GGZ Nieuwe Maas]], afdeling [[FAC:De Kade]]. ZIS-nummer [[MRN:7704219]]. Sister [[REL:Lotte de Wit]] ([[PHONE:06 4318 2276]]) has his keys and the cat. Huisarts is [[HCP:Joost Verhoeven]] ([[FAC:Huisartsenpraktijk Spangen]]). Needs a zorgmachtiging application within 3 days if it goes on.""",
    # 006 Denmark: red-form involuntary admission
    """Red form admission (tvangsindlæggelse, farlighed) [[DATE:22.06.2024]] kl. 23.10 - note for the day team

Pt: [[PT:Mikkel Holm Sørensen]], CPR [[SSN:110389-2143]], [[STREET:Frederiks Allé 87, 3. th.]], [[ZIP:8000]] [[TOWN:Aarhus C]]
Girlfriend [[REL:Sofie Dam]] ([[PHONE:+45 28 41 66 90]]) called 112 after he held a knife to his own throat in the kitchen. Red form completed by vagtlæge [[HCP:Jens Lykke]] ([[FAC:Lægevagten Aarhus]]); police brought him to [[FAC:Psykiatrisk Akutmodtagelse, Viby Sygehus]]. Admission decided by overlæge [[HCP:Anne-Mette Kjær]].
Works nights at [[FAC:Kattegat Container Terminal]]. Cannabis daily. Patientrådgiver [[REL:Henrik Bach]] appointed, tvangsprotokol entered.""",
    # 007 Norway: decision on compulsory observation
    """Vedtak om tvungen observasjon (phvl. § 3-2) - [[DATE:04.03.2025]]

Pasient: [[PT:Ole-Martin Isaksen]], f.nr. [[SSN:12078845321]]
Adresse: [[STREET:Storgata 118]], [[ZIP:9008]] [[TOWN:Tromsø]]

Brought in by police from his cabin at [[PLACE:Kattfjordeidet]] on [[PLACE:Kvaløya]] after his father [[REL:Hallvard Isaksen]] ([[PHONE:+47 913 44 208]]) reported threats and shots fired at the neighbour's dog. Legeerklæring (§ 3-1) by legevaktlege [[HCP:Sigrid Hansen]], [[FAC:Tromsø legevakt]].
Vedtak fattet av overlege [[HCP:Kari Nymo]], [[FAC:Tromsdalen DPS]], akuttpost. Kontrollkommisjonen varslet.
Works on a trawler out of [[TOWN:Hammerfest]] for [[FAC:Finnmark Havfiske AS]], 4 weeks on / 4 off.""",
    # 008 South Africa: involuntary admission under s33 of the Mental Health Care Act
    """Involuntary (s33 MHCA) - 72-hour assessment commenced [[DATE:14/10/2024]] 11:00

Name: [[PT:Lwazi Mthembu]]     ID no: [[SSN:9103125834087]]     Folder: [[MRN:KDH 2219874]]
Address: [[STREET:Y 442]], [[PLACE:Site C]], [[PLACE:Khayelitsha]] (shack behind the [[PLACE:Lookout Hill]] taxi rank)
Brought by SAPS from [[FAC:Kuyasa police station]], CAS [[ID:245/10/2024]] (malicious damage to property). Brother [[REL:Sipho Mthembu]] [[PHONE:072 318 4406]] - only contact.
MHCA 04 done by Dr [[HCP:Nandi Dlamini]] (MO) and Sr [[HCP:Zodwa Mkhize]]. Head of health establishment notified; Review Board by [[DATE:21/10/2024]].
First episode, tik use since 17. Plan: transfer to [[FAC:Klipfontein Psychiatric Hospital]] if still psychotic after 72h.""",
    # 009 England: prison in-reach team WhatsApp thread
    """Pasted from our in-reach WhatsApp ([[DATE:11/06]]), need a hand with the plan:

08:52 - Hannah Priest: Morning all. Reception screen flagged [[PT:Kyle Brannigan]] [[ID:A4471CK]], transferred in from [[FAC:HMP Ashfell]] yesterday, says he was on a depot there. On houseblock 2, cell 2-14.
08:55 - Tomasz Wilk: I know him from the community, he was under [[FAC:Bramley CMHT]] in [[TOWN:Leeds]]. mum is [[REL:Denise Brannigan]], she rings constantly
09:03 - Gemma Oduya: ACCT opened last night by wing staff. Says he's hearing his dead brother [[REL:Liam]] again
09:04 - Hannah Priest: I'll ring healthcare at [[FAC:Ashfell]] for the depot chart
09:31 - Hannah Priest: paliperidone 100mg last given [[DATE:21/05]] per [[FAC:Ashfell]]. Overdue. Release date [[DATE:02/08/2024]], NFA, probation officer [[REL:Marcus Pell]] ([[EMAIL:m.pell@nps-yorks.org.uk]])
09:40 - Gemma Oduya: can we get him on Dr [[HCP:Farooq]]'s list Thursday? and someone chase [[FAC:Bramley]] for the risk assessment""",
    # 010 England: liaison and diversion note from police custody
    """L&D note - [[FAC:Walton Lane custody suite]], [[DATE:28/01/2025]] 03:20

Custody no. [[ID:04MY/2291/25]]. Detainee [[PT:Reece Hamill]], 19 (DOB [[DATE:02.11.2005]]), [[STREET:31 Cherry Lane]], [[TOWN:Liverpool]] [[ZIP:L4 6TX]].
Arrested on [[STREET:County Road]] after ramming a parked van in a stolen Corsa ([[PLATE:LK19 XRV]]). Custody sergeant concerned re statements about "ending it" on booking in.
Seen with appropriate adult (nan, [[REL:Janet Hamill]], [[PHONE:0151 496 0823]]). Known to [[FAC:Alt Valley CAMHS]] until 18 (ADHD, self-harm), nothing since. No psychotic features, low mood, intoxicated earlier.
FME Dr [[HCP:Sunil Varghese]] deems fit to interview with AA. MHA assessment not indicated.
Plan: referral to [[FAC:Breckfield Young Adults Team]]; GP informed by secure email.
L&D practitioner: [[HCP:Claire Hesketh]], RMN""",
    # 011 England: responsible clinician's report to the First-tier Tribunal
    """RESPONSIBLE CLINICIAN'S REPORT TO THE FIRST-TIER TRIBUNAL (MENTAL HEALTH) - draft, comments welcome before I submit

Patient: [[PT:Samuel Okoro-Bright]]          Date of birth: [[DATE:23 March 1989]]
Hospital: [[FAC:Redwood House]]     Detained under: s.3 MHA 1983
Hospital no: [[MRN:RW0048213]]          Tribunal ref: [[ID:MP/2024/18832]]
Hearing date: [[DATE:19 September 2024]]

1. I am the responsible clinician for Mr [[PT:Okoro-Bright]] and have been since his transfer from [[FAC:Eastgate Hospital]] in the summer.

2. Background. Mr [[PT:Okoro-Bright]] moved with his mother to the [[PLACE:Ferrier estate]] aged eleven. He first presented while studying electrical engineering, with persecutory beliefs about his lecturers.

3. Index offence and admission. On [[DATE:2 May 2024]] police found him on the [[PLACE:Woolwich Ferry]] shouting at passengers and carrying a screwdriver; he had stopped his depot after a disagreement with his care coordinator.

4. Family. His sister, Ms [[REL:Grace Okoro]], is his nearest relative and attends ward rounds; she can be reached on [[PHONE:07700 900732]].

5. Community plan. On discharge he would return to supported accommodation at [[STREET:17 Conway Road]], [[PLACE:Plumstead]], [[TOWN:London]] [[ZIP:SE18 1AN]], under [[FAC:Greenwich East CMHT]], care coordinator [[HCP:Abigail Tse]].

6. In my opinion the nature of his illness still warrants detention; I will consider a CTO at the next review.

Dr [[HCP:Helen Marchetti]], Consultant Forensic Psychiatrist, GMC [[LIC:6108842]]
[[DATE:02/09/2024]]""",
    # 012 Ireland: extract of a report on fitness to be tried
    """Extract from my report on fitness to be tried (s.4 Criminal Law (Insanity) Act 2006) - solicitor is asking me to soften para 6, thoughts?

The People (DPP) v [[PT:Declan Furlong]]
Bill no. [[ID:WX 0047/2024]], [[FAC:Wexford Circuit Court]]
Instructed by [[FAC:Kinsella & Roche Solicitors]], [[STREET:Main Street]], [[TOWN:Enniscorthy]] (fax [[FAX:053 923 4471]])

3. I assessed Mr [[PT:Furlong]] at [[FAC:Ardmoyle Prison]] on [[DATE:6 February 2025]] and again two weeks later. I reviewed his records from [[FAC:Slaney Valley Hospital]].
4. Mr [[PT:Furlong]] is 52, a former mechanic. PPSN [[SSN:7392718KA]]. He lived with his wife [[REL:Majella]] at [[STREET:Ballymackessy]], Co. [[COUNTY:Wexford]] until the separation.
6. He could not describe the role of the jury and believed the judge was "[[REL:Majella]]'s cousin from the radio". In my opinion he is unfit to be tried.

Dr [[HCP:Niamh Kiersey]] MRCPsych, IMC [[LIC:402117]]""",
    # 013 England: fit note and an employer's HR call
    """Statement of Fitness for Work - copy
Patient: [[PT:Karolis Petrauskas]]     DOB [[DATE:14/07/1993]]
Assessed: [[DATE:08/04/2025]] (face to face)
Condition: low back pain with L5 radiculopathy after lifting injury at work
May be fit for work taking account of: amended duties, altered hours - no lifting over 10 kg, no pick-face work
From [[DATE:08/04/2025]] to [[DATE:06/05/2025]]
Dr [[HCP:Amelia Crowther]], [[FAC:Brookfield Surgery]], [[STREET:2 Station Road]], [[TOWN:Lutterworth]] [[ZIP:LE17 4AP]]

Posting because his employer ([[FAC:Northstone Logistics]], the big DC on [[PLACE:Magna Park]]) rang asking me to "change it to fit". Caller was [[REL:Kelly Brace]] from their OH provider [[FAC:WorkWell OH Ltd]]. He's agency through [[FAC:Tempus Staffing]] on zero hours and terrified of losing the flat on [[STREET:Churchill Road]]. Is that even allowed?""",
    # 014 Wales: occupational physician's RIDDOR summary from a quarry
    """OH summary for employer (consent given) - RIDDOR reportable

Employee: [[PT:Gareth Wyn Pritchard]]     Staff no: [[ID:PQ-30418]]     Role: plant operator
Site: [[FAC:Penmaen Quarry]] ([[FAC:Cambrian Aggregates Ltd]]), [[TOWN:Penmaenmawr]]

Incident [[DATE:17 March 2025]] about 10:40 - crush injury L hand between conveyor idler and frame at the secondary crusher. Taken by WAST to [[FAC:Ysbyty Glan Conwy]]; ORIF 4th and 5th metacarpals same day. F2508 ref [[ID:1402886514]] submitted by site manager [[REL:Dafydd Hughes]].

Fit for a phased return to light duties from [[DATE:26/05/2025]]: no mobile plant, no work at the crusher, weighbridge office only. HAVS screening before any return to breakers.

Dr [[HCP:Bethan Ellis]], Occupational Physician, GMC [[LIC:7021559]]""",
    # 015 Ireland: fishing deckhand's hand injury and return to sea
    """Occ health q. 46M deckhand on the [[FAC:Ocean Gael]] ([[PLATE:SO 712]]) out of [[TOWN:Killybegs]], hand pulled into the net drum, degloving of 3 fingers, grip now about 40% of the other side. Skipper [[REL:Packie McGinley]] wants me to sign him fit for the seafarer medical so he's back for the mackerel in [[DATE:October]]. Not fit IMO - anyone done one of these with a partial-fitness restriction?""",
    # 016 South Africa: COIDA first medical report from a platinum mine
    """COIDA first medical report (W.Cl.4) and employer's report done today - can someone check my wording on the temporary total disablement section?

Employee: [[PT:Thabo Molefe]]     ID: [[SSN:8507225611083]]     Industry no: [[ID:RD-55108]]
Employer: [[FAC:Tlhabane Deep Platinum]], shaft 3, [[TOWN:Rustenburg]]. Employer reg no [[ID:990002238571]]
Accident: [[DATE:2024-11-02]] 14:20, 14 level, fall of ground; crushed R foot (open 2nd-4th MT fractures)
Referred to [[FAC:Bojanala Mine Hospital]], ORIF next day.
Shift boss [[REL:Johannes van Wyk]] present at the scene.
Lives in [[PLACE:Nkaneng]] informal settlement; wife [[REL:Mpho Molefe]] stays with him, cell [[PHONE:083 415 0277]].
Bank details for TTD payments on file: FNB acc [[ACCT:62041899321]].
Claim no. [[ID:C/2024/1184432]]""",
    # 017 Canada (Ontario): WSIB Form 8 for a personal support worker
    """Form 8 (Health Professional's Report) - copy for my records

Worker: [[PT:Maria Fernanda Alves]]     DOB [[DATE:1978-05-30]]     OHIP [[PLAN:4417 208 635 QM]]
Address: [[STREET:Unit 4, 88 Barton St E]], [[TOWN:Hamilton]] ON [[ZIP:L8L 2V7]]     Tel [[PHONE:(905) 555-0172]]
Employer: [[FAC:Bayfront Home Care Services]]
Claim #: [[ID:32418906]]
Date of accident: [[DATE:2025-01-13]]
History: PSW, transferring a bariatric client alone (no ceiling lift) in a home in [[PLACE:Stoney Creek]], felt a pop in the R shoulder. Supervisor [[REL:Angela Rutherford]] notified same day.
Findings: painful arc 70-120, weak ER, Hawkins +, Drop-arm -.
Diagnosis: R rotator cuff strain, r/o partial tear. Modified duties: no lifting >5 kg with R arm, no client transfers x 3 weeks.
Dr [[HCP:Kwame Asante]], [[FAC:Wentworth Family Health Team]], CPSO [[LIC:98217]]""",
    # 018 Norway: fastlege on an island, phone-typed question about a fish-farm worker
    """fastlege on [[TOWN:Frøya]]: røkter at [[FAC:Hallaren Havbruk]], 29, clear PTSD after a colleague went overboard in [[DATE:January]], the employer's HMS person [[REL:Linn Strand]] hounding him about gradert sykmelding. does [[FAC:Hitra-Frøya DPS]] take trauma referrals directly??""",
    # 019 Denmark: GP and a teacher's long-term sick leave
    """Danish GP, advice on a mulighedserklæring please. 38F, teacher at [[FAC:Bellinge Friskole]], sick-listed since [[DATE:3 February]] with exhaustion depression. Her school leader [[REL:Birgitte Lund]] wants a fastholdelsesplan meeting next week and the jobcenter in [[TOWN:Odense]] is already pushing for arbejdsprøvning. Husband says she cries in the car outside the school. Sertraline 50 started [[DATE:10.02]], psychologist wait 14 weeks.""",
    # 020 Netherlands: bedrijfsarts letter for a football club
    """Bedrijfsarts letter (translated for the club's medical staff, consent on file)

Betreft: [[PT:Jayden Koster]], geb. [[DATE:11-08-2001]], BSN [[SSN:176349021]]
Werkgever: [[FAC:SC Veluwezoom]], [[TOWN:Apeldoorn]]; personeelsnummer [[ID:VZ-0217]]
Datum spreekuur: [[DATE:24 maart 2025]]

Mr [[PT:Koster]] has been unable to train since [[DATE:februari]] because of a depressive episode and problem gambling (online betting, including on matches). I have referred him to [[FAC:Verslavingszorg Oost]] and advise that head coach [[REL:Erik ten Hove]] and the technical staff do not discuss his situation with the squad. Expect 6-8 weeks before a graded return to individual training.

[[HCP:M. Hoekstra]], bedrijfsarts, BIG [[LIC:19052348801]], [[FAC:ArboVitaal Apeldoorn]]""",
    # 021 England: club doctor's concussion post with replies
    """Club doc at a National League side ([[FAC:Dunmore Athletic]]). Our centre back [[PT:Callum Reid]] took a head clash away at [[TOWN:Boston]] on Saturday the [[DATE:15th]]: failed HIA, vomited on the coach, CT at [[FAC:Fenland General]] normal. Manager [[REL:Steve Lomax]] now wants him "on the bench just in case" for the cup tie. His wife [[REL:Jess]] also tells me he's been drinking heavily and sleeping at his mum's in [[TOWN:Grantham]]. Am I right to hold the line?

↳ @sportsdoc_raj: 100% hold it. Enhanced care pathway is still 21 days minimum if you don't have the full set-up, and with the drinking I'd be screening mood too.
↳ Lucy Harland: agree with Raj. Get the club welfare officer involved and document the manager conversation.""",
    # 022 Wales: adult at risk report about a 92-year-old
    """Adult at Risk report (Wales Safeguarding Procedures) - submitted [[DATE:07/05/2025]]

Adult: [[PT:Eirlys Morgan]], [[AGE:92]], [[STREET:6 Heol y Nant]], [[TOWN:Trimsaran]], [[ZIP:SA17 4DP]]     NHS [[PLAN:612 339 8802]]
Concern: bruising both forearms, unexplained, and three missed care calls last week. Domiciliary care by [[FAC:Caredig Homecare Ltd]], 4 calls/day.
Daughter [[REL:Siân Morgan-Price]] ([[PHONE:07700 900644]]) holds health & welfare and property LPAs (OPG ref [[ID:7000-1184-2231]]). She reports that granddaughter [[REL:Jade]] has been using Mrs [[PT:Morgan]]'s bank card: withdrawals of £200 most days from current account [[ACCT:71443098]], sort code [[ACCT:40-18-22]].
GP: Dr [[HCP:Huw Jenkins]], [[FAC:Meddygfa'r Bryn]].
Referred to [[COUNTY:Carmarthenshire]] adult safeguarding; Mrs [[PT:Morgan]] has capacity for this decision and agrees.""",
    # 023 England: MASH referral from a GP about two children
    """MASH referral (copied from our template, names as sent)

Child 1: [[PT:Ellie-Mae Watts]]     DOB [[DATE:19/02/2017]]     NHS [[PLAN:722 415 0936]]     School: [[FAC:St Aidan's C of E Primary]]
Child 2: [[PT:Tyler Watts]]     DOB [[DATE:03/10/2020]]
Address: [[STREET:27 Blenheim Walk]], [[PLACE:Parkside estate]], [[TOWN:Bedford]] [[ZIP:MK41 9HJ]]
Parent: [[REL:Stacey Watts]] (mother, our patient, opioid dependence, on buprenorphine)
Other adult: [[REL:Jason Crick]] (mother's partner, released from prison about 3 weeks ago)

Concern: mum attended today with a black eye, said she "walked into a door"; [[PT:Ellie-Mae]] has missed 11 school days this half term per the DSL, Mr [[REL:P. Hanlon]]. [[PT:Tyler]] not brought to two immunisation appointments. Previous allocated social worker [[HCP:Mandy Okafor]] (case closed last year).
Referrer: Dr [[HCP:Sarah Lindqvist]], [[FAC:Putnoe Medical Centre]], [[PHONE:01234 496017]]""",
    # 024 Ireland: homeless outreach GP post from Dublin
    """Outreach GP in [[TOWN:Dublin]]. Saw [[PT:Paddy Cahill]] (47) on the van last night, sleeping in the doorway on [[STREET:Abbey Street]] again after being barred from [[FAC:Aungier House]] hostel. Before that he was in [[FAC:Riverside PSEA]] on [[STREET:Ushers Quay]], [[ZIP:D08 XK72]]. Medical card [[PLAN:0618794N]], PPSN [[SSN:6718342TA]].
Heroin + benzos, abscess R groin, wants to restart methadone. Brother [[REL:Gerry]] in [[PLACE:Finglas]] won't have him; sister [[REL:Anne-Marie]] will take calls on [[PHONE:086 771 2094]].
Thanks to Orla Brennan for getting bloods on the street, hep C antibody positive. Who's the best person now for a fast-track slot at the [[FAC:Thomas Court Clinic]]?""",
    # 025 Scotland: pharmacy dosing card for supervised methadone
    """SUPERVISED CONSUMPTION - PHARMACY DOSING CARD

Name: [[PT:Stephen McAllister]]     CHI: [[PLAN:2811825437]]
Address: [[STREET:0/2, 114 Garthland Drive]], [[TOWN:Glasgow]] [[ZIP:G31 2SQ]]
Pharmacy: [[FAC:Duke Street Pharmacy]] (tel [[PHONE:0141 496 0288]])
Prescriber: Dr [[HCP:Fiona Nairn]], [[FAC:Eastbank Recovery Hub]], GMC [[LIC:5208117]]
Keyworker: [[HCP:Lorraine Doyle]]

Methadone 1mg/ml oral solution: 70 ml daily, supervised Mon-Sat, Sunday dose take-home
Start [[DATE:03/03/25]]     End [[DATE:30/03/25]]     Rx serial [[ID:GP10A 0448213]]
Missed 3 consecutive doses = no supply, contact prescriber.
Dose changes: [[DATE:10/03]] increased to 75 ml ([[HCP:FN]]); [[DATE:17/03]] increased to 80 ml ([[HCP:FN]])""",
    # 026 England: controlled-drug prescription text and a pharmacist query
    """Rx (FP10SS) - pasting the printed text, pharmacist rejected it and I can't see why

Mrs [[PT:Joanne Tilley]]     DOB [[DATE:05/12/1971]]     Age 53
[[STREET:12 Lavender Close]], [[TOWN:Stowmarket]], [[ZIP:IP14 2LQ]]     NHS No [[PLAN:418 996 2074]]

Pregabalin 75mg capsules. Take ONE capsule twice daily. Supply 56 (fifty-six) capsules.

Dr [[HCP:M. Fairbrother]], [[FAC:Combs Ford Surgery]], [[STREET:Chilton Way]], [[TOWN:Stowmarket]]
Prescriber code [[LIC:G8241193]]     Form serial [[ID:0821445199]]     Signed [[DATE:14/04/2025]]

[[FAC:Tavern Street Pharmacy]] say the 'CD' wording is wrong... it's Schedule 3 so should be fine?""",
    # 027 England: coroner's letter requesting a GP statement
    """Got my first ever coroner's letter, copied below. Farmer, shotgun, I saw him a week before for poor sleep. Any advice on writing the statement?

[[FAC:Dales Coroner's Office]], [[TOWN:Harrogate]]
Our ref: [[ID:HGT-2025-0412]]     Date: [[DATE:22 April 2025]]

Dear Dr [[HCP:Ng]],
Re: [[PT:Thomas Edward Ackroyd]] (deceased), born [[DATE:30.08.1958]], died [[DATE:3 March 2025]] at [[STREET:Low Garth Farm]], [[TOWN:Pateley Bridge]]
I write on behalf of HM Senior Coroner, Mr [[REL:Jonathan Pryce-Whitcombe]]. An inquest has been opened. The Coroner requests a statement regarding your consultation with Mr [[PT:Ackroyd]] on [[DATE:24 February 2025]] at [[FAC:Upper Dale Surgery]], including any discussion of firearms and of his mental state. His widow has raised questions about this consultation.
Please send your statement within 28 days.
[[REL:Carl Dinsdale]], Coroner's Officer - tel [[PHONE:01423 496210]], fax [[FAX:01423 496299]], [[EMAIL:c.dinsdale@dalescoroner.org.uk]]""",
    # 028 Ireland: short question before giving evidence at an inquest
    """consultant in [[TOWN:Cork]], first inquest with a family barrister. young man died on approved leave from [[FAC:Lee View]] in [[DATE:November]], his dad has been in the papers saying the leave was signed off by a reg over the phone. listed for [[DATE:12th June]]. go through the hospital solicitor first or just write the deposition?""",
    # 029 Scotland: Highland locum group chat with a palliative patient handover
    """[[COUNTY:Highland]] locum group, [[DATE:2 Sept]]:
19:04 - Ross Drummond: anyone free for [[FAC:Lochcarron Surgery]] Sat to Mon? their regular locum fell through
19:11 - Aileen Boyd: I can do Sat and Sun. heads up for whoever does Monday
19:13 - Aileen Boyd: palliative lady at [[STREET:3 Achintee]], Mrs [[PT:Ishbel Matheson]], syringe driver in the house, DNACPR and JIC meds there. Daughter [[REL:Morag]] ([[PHONE:07700 900581]]) knows to ring 111 overnight and the practice in hours
19:20 - Ifeoma Chukwu: I'll take Monday. Is the key safe still by the byre door at [[STREET:Achintee]]?
19:21 - Aileen Boyd: yes. and her son [[REL:Donnie]] is back from [[TOWN:Inverness]] Sat, he's the one to speak to re funeral director
19:25 - Ross Drummond: brilliant, thanks both, I'll tell Dr [[HCP:Kennedy]]'s practice manager""",
    # 030 England: EMIS consultation snippet, alcohol dependence
    """Pasted from EMIS (consultation [[DATE:16-Jan-2025]] 10:20, Dr [[HCP:K. Sandhu]]) - would value thoughts on the detox setting

[[PT:HOLLOWAY, Bradley James]] (Mr)     DOB [[DATE:09-Jun-1985]] (39y)     NHS [[PLAN:943 476 5919]]
Usual GP: [[HCP:SANDHU, Kiran]]     Registered: [[FAC:Ribbleton Medical Practice]]
Address: [[STREET:58 Ronaldsway Close]], [[TOWN:Preston]], [[ZIP:PR1 6NX]]     Mobile [[PHONE:07700 900357]]
NOK: [[REL:Holloway, Tracey]] (wife)

History: Alcohol dependence. AUDIT 31. Drinking 2-3 L white cider/day. Lost his job as a driver at [[FAC:Ribble Valley Bus Co]] before Christmas. Withdrawal seizure two years ago. Son [[REL:Kaden]] (6) on a CP plan.
Plan: refer [[FAC:Recovery Pathways Preston]] for assisted withdrawal, thiamine, LFT/GGT/FBC, advised must not drive and must inform DVLA.""",
    # 031 Ireland: GP in Donegal, drink-driving charge and a solicitor's request
    """GP in the [[PLACE:Rosses]]. [[PT:Seán Boyle]], 58, farmer, [[STREET:Meenacross]], [[TOWN:Dungloe]], Co. [[COUNTY:Donegal]] [[ZIP:F94 R6C1]]. GMS no. [[PLAN:1184077K]], PPSN [[SSN:4417296MA]].
Stopped by gardaí on the [[STREET:N56]] [[DATE:28/12]] in the jeep ([[PLATE:12-DL-4471]]), 3x the limit, held overnight at [[FAC:Dungloe Garda Station]]. Drinking heavily since the TB breakdown and selling the herd in [[DATE:March]]. Wife [[REL:Bríd]] says he's sleeping in the shed.
Now his solicitor ([[REL:Cathal Sweeney]], [[FAC:Sweeney & Co.]], [[TOWN:Letterkenny]]) wants a letter for court "outlining his depression". Happy to refer him to [[FAC:Donegal Mental Health Services]] and addiction counselling but I'm wary of the letter. How do others word these?""",
    # 032 Canada (Nova Scotia): rural family doctor after an overdose
    """Rural NS family doc. [[PT:Kyle MacNeil]], 26, deckhand for [[FAC:Bras d'Or Lobster Co-op]] in season, lives in a trailer off [[STREET:Shore Road]] in [[TOWN:Baddeck]]. Overdosed on "percs" on [[DATE:Jan 6]]; his girlfriend gave 2 doses of nasal naloxone and drove him to [[FAC:Victoria County Memorial]]. Fentanyl on the urine.
Started buprenorphine/naloxone by micro-dosing in clinic, referral sent to [[FAC:Island Recovery OAT Clinic]]. Any tips on getting him Sublocade when he's on the boat 2 weeks at a time?""",
    # 033 Netherlands: phone-typed question from a huisartsenpost night shift
    """HAP nacht, visite bij mw [[PT:Vermeulen]] (67), [[STREET:Oudegracht]] [[TOWN:Utrecht]], alcoholonthouding dag 2, ziet muizen op de gordijnen, pols 122. man [[REL:Kees]] had de flessen verstopt. ingestuurd naar [[FAC:Vechtzicht]] met oxazepam 50. achteraf beter thuis detox met dagelijkse visites?""",
    # 034 Denmark: GP in Copenhagen, first-episode psychosis in a 17-year-old
    """Praktiserende læge, [[TOWN:København N]]. 17-year-old boy from [[PLACE:Mjølnerparken]], dropped out of [[FAC:Lygten Gymnasium]] in [[DATE:December]], now up all night, convinced the neighbours film him through the ventilation. Skunk daily with friends. His father [[REL:Hassan]] brought him; the mother needs an interpreter.
Sent an acute referral to [[FAC:Tidlig Indsats Nord]] (OPUS) [[DATE:14.01.2025]], they said 2 weeks. Would you push for the psychiatric ER instead?""",
    # 035 Norway: fastlege in Finnmark, reindeer herder with depression
    """Fastlege in [[TOWN:Kautokeino]], [[COUNTY:Finnmark]]. [[PT:Nils Mathis Sara]], 44, f.nr. [[SSN:03118014562]], reindeer herder, summer pasture on [[PLACE:Seiland]]. Lost almost half the herd in the beitekrise this winter and is drinking alone up at the siida. His wife [[REL:Inga Sara]] messaged me on Helsenorge, very worried, he has rifles and a snowmobile ([[PLATE:FN 1432]]).
Seen today with interpreter. PHQ-9 21, passive death wishes, no plan. Referred to [[FAC:Sámi psykiatrisk poliklinikk]] in [[TOWN:Karasjok]], urgent, and booked him back [[DATE:20.02]].
Anyone with experience of a weapons notice (melding til politiet) in this situation? The sheriff in [[TOWN:Alta]] is his cousin [[REL:Per Anders Eira]].""",
    # 036 South Africa: clinic doctor in Durban, TB/HIV and depression
    """Sister at [[FAC:Bellair Road Clinic]] asked me to post this for advice. [[PT:Nomvula Zulu]], 31, folder [[MRN:BRC-44810]], ID [[SSN:9308150432081]], lives in [[PLACE:Cato Crest]] informal settlement, [[PLACE:Cato Manor]], [[TOWN:Durban]]. Security guard on night shift for [[FAC:Shield Guard Security]] at a mall.
Xpert MTB positive, RIF not detected, [[DATE:03/02/2025]]; HIV positive, CD4 88, restarting TLD. PHQ-9 19, says she will stop everything because her boyfriend [[REL:Mandla]] left after the diagnosis. Son [[REL:Ayanda]] (6) is with her mother in [[TOWN:Pietermaritzburg]]. Cell [[PHONE:071 204 8835]].
Can I start fluoxetine with rifampicin + DTG or is sertraline better?""",
    # 037 Scotland: psychiatric discharge summary
    """DISCHARGE SUMMARY - [[FAC:Tayview Royal Hospital]], Ward 3

Patient: [[PT:Lauren Kidd]]     CHI [[PLAN:0911935326]]     DOB [[DATE:09/11/1993]]
Address: [[STREET:22/4 Alexander Street]], [[TOWN:Dundee]] [[ZIP:DD3 7DP]]
Admitted: [[DATE:21/01/2025]] (informal)     Discharged: [[DATE:14/02/2025]]
Consultant: Dr [[HCP:Graeme Soutar]]     GP: Dr [[HCP:Anita Bose]], [[FAC:Hilltown Medical Group]]

Diagnosis: Bipolar affective disorder, current episode severe depression without psychotic symptoms. Emotionally unstable personality traits.
Course: admitted after an overdose of 40 x quetiapine 200 mg, found by her partner [[REL:Jamie Ross]]. Lithium restarted, level 0.7 at day 7. Quetiapine stopped.
Follow-up: [[FAC:Dundee East CMHT]], CPN [[HCP:Shona Gillies]] to visit within 7 days.
Thanks to @kirsty_sho for chasing the renal function over the weekend.
Junior doctor: Dr [[HCP:A. Rahman]], bleep [[PAGER:5523]]""",
    # 038 England: toxicology report for an addiction clinic
    """Urine drug screen + confirmation - posting because the EDDP result doesn't fit, thoughts?

[[FAC:Midlands Toxicology Laboratory]], [[FAC:Queen Anne Hospital]], [[TOWN:Walsall]]
Patient: [[PT:Dean Whitehouse]]     Hosp no: [[MRN:QA7718264]]     DOB [[DATE:12/01/1982]]
Requested by: [[HCP:J. Barker]], [[FAC:Walsall Recovery Service]]
Specimen: urine, collected [[DATE:05/03/2025]] 09:15, received [[DATE:06/03/2025]]     Lab no: [[ID:TX25-041877]]

Immunoassay screen: opiates POS, methadone POS, buprenorphine NEG, benzodiazepines POS, cocaine NEG, amphetamines NEG
LC-MS/MS confirmation: morphine 2140 ng/ml, 6-MAM detected, methadone 410 ng/ml, EDDP NOT DETECTED, diazepam/nordiazepam detected
Creatinine 0.4 mmol/L (dilute)
Comment: methadone without EDDP is consistent with methadone added to the sample. Previous sample [[ID:TX25-022190]] also dilute.
Authorised: Dr [[HCP:R. Khanna]], Clinical Scientist""",
    # 039 Northern Ireland: CT head report after an assault in prison
    """CT HEAD (non-contrast)
Patient: [[PT:Ciarán Devlin]]     H&C [[PLAN:320 558 1947]]     DOB [[DATE:25/06/1990]]
Referred from: [[FAC:HMP Ballyhalbert]] healthcare (prison no. [[ID:BH-17042]])
Requesting clinician: Dr [[HCP:Orlagh McKeown]], ED, [[FAC:Antrim Coast Hospital]]
Date of exam: [[DATE:08/12/2024]] 16:42     Accession: [[ID:ACH2412080331]]

Clinical details: assaulted on the landing, kicked to head, GCS 13, vomited x2.
Findings: 6 mm acute left frontotemporal subdural haematoma, no midline shift. Small contusion right frontal lobe. Undisplaced fracture of the left zygomatic arch. No hydrocephalus.
Impression: acute L SDH, discuss with neurosurgery ([[FAC:Royal Lagan Hospital]]).
Reported by: Dr [[HCP:Stephen Harbison]], Consultant Radiologist, [[DATE:08/12/2024]] 17:10

Posting because prison officers want him back tonight "under obs" and I'm not having it.""",
    # 040 Canada (Manitoba): medical examiner's autopsy summary
    """[[FAC:Office of the Chief Medical Examiner]] - summary of autopsy findings
ME case no. [[ID:ME-24-03318]]
Deceased: [[PT:Darrell Spence]]     DOB [[DATE:1979-02-14]]     PHIN [[PLAN:118 442 907]]
Found: [[DATE:2024-12-21]], room 12 of a rooming house, [[STREET:681 Main St]], [[TOWN:Winnipeg]] MB [[ZIP:R2W 3N3]]; last seen alive by the landlord two days earlier.
Identified by his sister [[REL:Bernadette Spence]] of [[PLACE:Peguis First Nation]].
Findings: pulmonary oedema, froth in airways, no trauma. Needle marks L antecubital fossa. Toxicology: fentanyl 24 ng/ml, norfentanyl, carfentanil detected, methamphetamine 0.31 mg/L, ethanol negative.
Cause of death: acute mixed drug toxicity (fentanyl, carfentanil, methamphetamine). Manner: accident.
Pathologist: Dr [[HCP:Mei-Ling Chao]]
Sharing for our addictions teaching: he'd been discharged from the [[FAC:Main Street Withdrawal Unit]] 9 days earlier with no naloxone kit.""",
    # 041 Canada (BC): M&M write-up of a suicide after ED discharge
    """M&M - joint Emergency/Psychiatry rounds. Posting the write-up with the department's OK; details trimmed but the timeline is the point.

Patient [[PT:JT]], 34M. Presented to [[FAC:Fraser Crossing Hospital]] ED, [[TOWN:Surrey]] BC, [[DATE:Oct 3]] 02:10, brought by ambulance after his roommate [[REL:Brandon]] found him with a belt around his neck in the bathroom. CTAS 2. MRN [[MRN:FCH-3390127]].
05:40 seen by the PGY-2 psychiatry resident (paged via [[PAGER:604-555-0107]]). "Denies SI now, regrets it, future-oriented." Not reviewed by the staff psychiatrist.
08:15 discharged with a referral to [[FAC:Newton Mental Health Team]] and a crisis line card. Collateral from his mother [[REL:Linda Tran]] was never obtained, although her number, [[PHONE:(604) 555-0188]], was in the triage note.
Died [[DATE:Oct 5]] at the [[PLACE:Pattullo Bridge]].

Learning points: (1) collateral before discharge after a near-lethal attempt; (2) staff review for every post-attempt discharge overnight; (3) safety plan, means counselling, follow-up within 72 h booked before he leaves, not a card.
Thanks @emerg_nat for co-presenting.""",
    # 042 Ireland: phone-typed one-liner about a 91-year-old in a nursing home
    """[[AGE:91]]yo lady in [[FAC:st josephs]] nh [[TOWN:ballinrobe]], mrs [[PT:kilbane]], family want her sent in for ?uti agitation AGAIN, son [[REL:martin]] on the phone shouting at the nurses. shes dnar, on quetiapine 25 nocte. do i send or not. sick of this""",
    # 043 Wales: raw dictation to a memory clinic about a 94-year-old
    """Dictation from this morning, pasting it raw before my secretary tidies it, want a sense check on the capacity bit.

letter to Dr [[HCP:Gwenllian Rees]] comma [[FAC:Bryntirion Memory Clinic]] comma [[TOWN:Bridgend]] new paragraph dear Dr [[HCP:Rees]] comma thank you for seeing Mr [[PT:Idris Thomas]] comma date of birth [[DATE:fourth of May nineteen thirty]] comma who is now [[AGE:94]] full stop he lives alone at [[STREET:Ty Gwyn comma Heol y Felin]] comma [[TOWN:Maesteg]] full stop new paragraph he worked underground at [[FAC:Llynfi Deep Colliery]] until it closed and has vibration white finger and pneumoconiosis full stop his nephew Mr [[REL:Alun Thomas]] of [[TOWN:Porthcawl]] is his appointee and noticed that money is going missing from the Post Office account [[ACCT:77341182]] comma apparently to a man who calls himself [[REL:Gary]] and does his gutters full stop new paragraph ACE three today 61 over 100 comma lost on memory and fluency full stop I am not confident he has capacity to manage his finances full stop yours sincerely""",
    # 044 England: liaison psychiatry handover table
    """Liaison psych handover, days to nights, Fri [[DATE:07/03]] - from @jo_lamb

Bed | Name | Hosp no | Issue | Plan
AMU 12 | [[PT:Rhys Parry]] (54) | [[MRN:K4412098]] | staggered OD paracetamol ~40 g, NAC bag 2 | see when medically fit; wife [[REL:Nia]] [[PHONE:07700 900126]] wants a call
W22 B3 | [[PT:Eileen Crossley]] ([[AGE:93]]) | [[MRN:K0076631]] | hyperactive delirium vs BPSD, pulling lines | haloperidol 0.5 mg PRN max 2 mg/24h, DoLS form done, NOK son [[REL:Peter]]
ED cubicle 7 | [[PT:Marcus Ofori]] (27) | [[MRN:K5530914]] | s136, picked up on the [[PLACE:Tyne Bridge]] | AMHP [[HCP:Ruth Alder]] booked 22:00, 2nd doctor from the rota
W31 B8 | [[PT:Hollie Barker]] (19) | [[MRN:K6601542]] | anorexia, BMI 13.1, refeeding day 3 | MEED bloods 06:00, capacity re NG feeding; mum [[REL:Sharon]] staying on the ward

Psych reg on call bleep [[PAGER:3381]]. Nothing else outstanding.""",
    # 045 England: pasted e-mail from a probation practitioner
    """Pasting an email I got - is this a normal request and do I need his consent to reply?

From: [[REL:Natasha Greaves]] <[[EMAIL:natasha.greaves@kentprobation.org.uk]]>
Sent: [[DATE:03 March 2025]] 11:42
To: [[FAC:Thanet Harbour Practice]] <[[EMAIL:thanetharbour.admin@nhs.net]]>
Subject: [[PT:Lee Pickering]] - DOB [[DATE:22/08/1987]] - CRN [[ID:X482911]]

Dear Doctor,
I am the probation practitioner for the above, who is subject to a Community Order with a Drug Rehabilitation Requirement made at [[FAC:Canterbury Crown Court]] last year. Mr [[PT:Pickering]] has given his address as [[STREET:Flat 2, 9 Harbour Parade]], [[TOWN:Ramsgate]] [[ZIP:CT11 8LP]] and reports that your practice prescribes him 16 mg buprenorphine daily. Please confirm his attendance and current prescription. His partner, [[REL:Chloe Marsh]], has also raised concerns about pregabalin.
Kind regards,
[[REL:Natasha Greaves]]
Probation Practitioner, [[FAC:Margate Probation Office]]
Tel: [[PHONE:01843 496772]]""",
    # 046 Northern Ireland: early intervention in psychosis referral form
    """EIP REFERRAL FORM (pasted from what I faxed, they bounced it)

Service: [[FAC:Belfast East Early Intervention Service]]     Fax: [[FAX:028 9049 6733]]
Name: [[PT:Aoibhinn Mulholland]]     DOB: [[DATE:30/04/2004]]     H&C No: [[PLAN:601 223 8874]]
Address: [[STREET:45 Templemore Avenue]], [[TOWN:Belfast]] [[ZIP:BT5 4FR]]     Tel: [[PHONE:07700 900926]]
GP: Dr [[HCP:Conor Rafferty]], [[FAC:Woodstock Road Practice]]
Occupation: FE student
Reason for referral: voices commenting since [[DATE:January]], thought broadcasting, cannabis daily, dropped out of course.
Collateral: mother [[REL:Deirdre Mulholland]] (same address)
Urgency: urgent (within 14 days)
Signed: [[HCP:C. Rafferty]]     Date: [[DATE:11/03/2025]]

They said "not first episode" because she spent 3 days at [[FAC:Lisnabreen House]] in [[YEAR:2022]] with a drug-induced psychosis. Surely that still counts?""",
    # 047 Canada (Ontario): forensic assessment of online harassment
    """Forensic psych in [[TOWN:Toronto]], 30-day assessment order (fitness + NCR) on a harassment case. Interested in views on erotomania vs grievance-fuelled stalking.
Accused [[PT:Derek Pollard]], 38, charged with criminal harassment of a former co-worker, [[REL:Amanda Liu]], at [[FAC:Lakeshore Data Systems]]. Disclosure: 400+ messages from [[HANDLE:@truthseeker_dp]] and [[EMAIL:dpollard.truth@protonmail.com]]; a blog at [[URL:https://amandaliu-exposed.blogspot.com]] registered to him; logins traced to [[IP:99.241.187.63]], his apartment at [[STREET:2250 Lake Shore Blvd W, Apt 1407]], [[TOWN:Toronto]] [[ZIP:M8V 3X6]].
Order [[ID:CR-24-9081]] out of the [[FAC:Etobicoke courthouse]]. Previously seen once by Dr [[HCP:Leonard Farkas]] at [[FAC:Humber Shores Hospital]] in [[YEAR:2019]]; OHIP [[PLAN:7720 914 338 LD]].
He insists she "sends signals" through the company newsletter. De Clérambault features, but with a big dose of grievance after being fired in [[DATE:May]].""",
    # 048 Scotland: HGV driver, alcohol and a collision
    """Fitness to drive question. HGV driver [[PT:Graham Lyall]], 51, CHI [[PLAN:1410734419]], [[STREET:14 Grampian Place]], [[TOWN:Peterhead]] [[ZIP:AB42 1XY]], drives for [[FAC:North East Fish Haulage Ltd]].
Jack-knifed the artic ([[PLATE:SV68 KLN]], VIN [[VIN:YV2RT40A8JB849215]]) on the [[STREET:A90]] on [[DATE:19 Feb]], breath test 2x the limit at 07:30, charged at [[FAC:Peterhead police office]]. Licence [[LIC:LYALL710143GA9XY]] now suspended anyway, but he wants me to fill the D4 for "when he gets it back" and his wife [[REL:Elaine]] says he's still drinking a litre of vodka a day.
His transport manager [[REL:Stuart Reid]] has asked for a report. I've said no without consent. Am I right that DVLA persistent misuse rules mean 3 years off Group 2 anyway?""",
    # 049 England: forensic community patient with a GPS tag and an ICD
    """Forensic community team question, bit niche. [[PT:Wayne Tolley]], 41, s37/41 conditionally discharged, on clozapine (CPMS no. [[ID:CP-448120]]), lives at [[STREET:Flat 4, 31 Whitchurch Lane]], [[PLACE:Bishopsworth]], [[TOWN:Bristol]] [[ZIP:BS13 7RF]].
He has an MoJ GPS ankle tag (unit [[DEVICE:EM-3G-0097731]]) for an exclusion zone around [[PLACE:Hartcliffe]], where the victim's family live, and since [[DATE:August]] an ICD for clozapine-associated cardiomyopathy (serial [[DEVICE:PZC612884S]]). The tag contractor says the charger "might interfere". His phone (IMEI [[DEVICE:356938035643809]]) is also monitored under his conditions.
MoJ caseworker [[REL:Helen Prosser]] wants a letter from us by [[DATE:30/09]]. Cardiology at [[FAC:Avon Heart Centre]] (Dr [[HCP:Okonjo]]) are relaxed. Anyone dealt with this before?""",
    # 050 Denmark: nursing-home doctor and a 96-year-old with dementia
    """Plejehjemslæge question. [[PT:Karen Margrethe Poulsen]], [[AGE:96]], lives at [[FAC:Plejecenter Solbakken]], [[STREET:Solbakkevej 4]], [[ZIP:7800]] [[TOWN:Skive]], CPR [[SSN:140228-1960]]. Vascular dementia, falls (last one [[DATE:2. april]], hip fracture avoided), wanders at night towards the main road.
Staff want a GPS alarm and a door alarm (magtanvendelse under serviceloven); the kommune needs a medical statement. Daughter [[REL:Hanne Poulsen]] in [[TOWN:Viborg]] ([[PHONE:+45 40 18 62 37]]) agrees, but her værge, advokat [[REL:Lars Toft]], wants "a proper capacity assessment" first. Nurse [[HCP:Merete Bang]] has documented 9 exit attempts in a week.
How do your kommuner handle this?""",
    # 051 South Africa: rural case post with colleagues' replies
    """Rural doc in the Eastern Cape. [[PT:Aphiwe Mqhayi]], 19, brought to [[FAC:Mkhumbi District Hospital]] by his uncle [[REL:Vuyo Mqhayi]] from [[PLACE:Qhobosheni]] village near [[TOWN:Lusikisiki]]. Three weeks not sleeping, talking to the ancestors, walked into the river. The family first took him to an igqirha, [[REL:Nontobeko Mbete]], who says this is intwaso (the calling) and not "a hospital sickness". ID [[SSN:0508126398082]]. Transfer bed at [[FAC:Nqadu Psychiatric Hospital]] in [[TOWN:Mthatha]] offered Monday the [[DATE:16th]]... do I admit under s33 meanwhile?

@thandi_psych: I'd admit - walking into a river is danger to self whatever the frame. But get the igqirha and uncle into the room, these families do better when both are respected.
@drkoos: agree with Thandi. Also check for cannabis/mandrax, and don't forget HIV and syphilis in first-episode psychosis here.""",
    # 052 South Africa: forensic observation report to a regional court
    """Pasting my report (names as filed) - first s79 report as lead psychiatrist, the magistrate queried the wording of para 7.

[[FAC:Dennegeur Forensic Psychiatry Unit]], [[TOWN:Cape Town]]
To: The Registrar, [[FAC:Mitchells Plain Regional Court]]
Case no: [[ID:MP 412/2024]]     SAPS CAS: [[ID:88/06/2024]]
Accused: [[PT:Ebrahim Jacobs]]     ID: [[SSN:8804155123089]]
Address: [[STREET:17 Tafelberg Road]], [[PLACE:Tafelsig]], [[PLACE:Mitchells Plain]], [[ZIP:7785]]
Charge: murder
Period of observation: [[DATE:2 September 2024]] to [[DATE:1 October 2024]]

1. Panel: Dr [[HCP:Riaan Fourie]] (psychiatrist, HPCSA [[LIC:MP 0612447]]), Dr [[HCP:Fatima Davids]] (psychiatrist), Ms [[HCP:L. Arendse]] (clinical psychologist).
2. Sources: interviews with the accused; his mother Mrs [[REL:Soraya Jacobs]] and brother [[REL:Nazeem]]; his former employer (a panelbeating shop); records of two previous psychiatric admissions; school records; defence attorney Mr [[REL:G. Adonis]].
3. Mr [[PT:Jacobs]] left school in grade 10 and used methamphetamine from age 15.
5. During observation he described the deceased, a neighbour, as "a demon who wore my brother's face".
7. The panel unanimously finds that at the time of the alleged offence Mr [[PT:Jacobs]] suffered from schizophrenia and was not capable of appreciating the wrongfulness of his act (s78(1)(a)).

Dated [[DATE:4 October 2024]]""",
]

FREE_NOTES: list[str] = [
    # 053 England/Wales: Mental Health Act sections cheat sheet
    """MHA 1983 cheat sheet for new FY2s starting on psych (England & Wales) - corrections welcome

s2 - assessment (+/- treatment), up to 28 days, 2 medical recs (one s12 approved) + AMHP application. Appeal within 14 days.
s3 - treatment, up to 6 months, renewable; needs appropriate medical treatment available. NR can object.
s4 - emergency, 72 h, one doctor; convert to s2 ASAP.
s5(2) - doctor's holding power on an informal INPATIENT (not ED!), 72 h.
s5(4) - nurse's holding power, 6 h.
s135(1) - warrant to enter premises; s136 - police power from a public place, 24 h (+12).
s17 - leave; s17A - CTO; s117 - aftercare, free, jointly health + social services.
s37/41 - hospital order with restrictions (MoJ involved in leave/discharge).
Part 4 / s58 - consent to treatment: after 3 months, SOAD or T2/T3 forms. ECT under s58A.

Remember: Mental Capacity Act 2005 and DoLS are a different framework. Scotland (MHCTA 2003) and NI (MCA (NI) 2016) differ again.""",
    # 054 comparison of involuntary-admission law across jurisdictions
    """Teaching slide I'm building: involuntary admission across the jurisdictions our trainees come from.

Ireland - Mental Health Act 2001: application (s9) -> GP recommendation (s10) -> admission order by consultant (s14), 21 days; Mental Health Tribunal within 21 days. "Approved centre".
Scotland - MHCTA 2003: EDC (72 h, any doctor, MHO consent if practicable), STDC (28 days, AMP + MHO), CTO via Tribunal.
Ontario - Mental Health Act: Form 1 (72 h assessment), Form 3 (involuntary, 2 weeks), Form 4 (renewal), Form 42 (notice of rights), Form 30 (notice to patient), Box A / Box B criteria.
Netherlands - Wvggz: crisismaatregel (burgemeester, 3 days), machtiging tot voortzetting, zorgmachtiging (rechter, up to 6 months).
Denmark - Psykiatriloven: red form (farlighed) vs yellow form (behandlingsindikation).
Norway - psykisk helsevernloven: § 3-2 tvungen observasjon, § 3-3 tvungent psykisk helsevern; Kontrollkommisjonen reviews.
South Africa - Mental Health Care Act 17 of 2002: s32 assisted, s33 involuntary (72 h assessment), Review Board, forms MHCA 04-08.

Anything wrong, shout before Thursday's session.""",
    # 055 alcohol withdrawal teaching
    """Alcohol withdrawal - the 5-minute version for the custody and prison doctors

CIWA-Ar (Clinical Institute Withdrawal Assessment for Alcohol, revised): 10 items, max 67. <10 mild, 10-18 moderate, >18 severe.
GMAWS (Glasgow Modified Alcohol Withdrawal Scale) is what most Scottish units use - simpler, 5 items.
Chlordiazepoxide fixed-dose or symptom-triggered; symptom-triggered needs trained staff and monitoring, so in custody fixed-dose is often safer.
Wernicke's encephalopathy: confusion, ataxia, ophthalmoplegia - the full triad is seen in <20%. Caine criteria: 2 of 4 (dietary deficiency, eye signs, cerebellar dysfunction, altered mental state or mild memory impairment).
Pabrinex: 2 pairs TDS for 3-5 days if suspected WE; 1 pair daily prophylaxis in high-risk.
Korsakoff syndrome follows untreated WE in up to 80%.
Marchiafava-Bignami disease - rare, corpus callosum demyelination, think of it in long-term heavy drinkers with sudden dementia.
DTs: peak 48-72 h. Mortality still ~1-5%.

Ref: NICE CG100 and CG115; https://www.nice.org.uk/guidance/cg115""",
    # 056 journal club chat on esketamine (colleagues only)
    """Journal club thread from the trainees' group:

Priyanka Menon: This week - TRANSFORM-2 (esketamine nasal spray + new oral AD in TRD), Am J Psychiatry 2019, doi.org/10.1176/appi.ajp.2019.19020172
Olav Brekke: Effect size on MADRS -4.0 vs placebo at day 28. Functional unblinding with dissociation must be huge.
Priyanka Menon: Agree. And the SUSTAIN-1 withdrawal design flatters relapse prevention.
Siobhán Daly: Cost in Ireland is the real barrier. HSE hasn't approved Spravato for routine use as far as I know.
Olav Brekke: In Norway Nye Metoder said no for TRD. Ketamine IV off-label is what people actually do.
Priyanka Menon: Next week: CATIE re-read for the new cohort - N Engl J Med 2005, doi.org/10.1056/NEJMoa051688""",
    # 057 opioid substitution dosing reference
    """OST quick reference (UK "Orange Book" 2017 + local practice):

Methadone: start 10-30 mg daily (max 30 mg day 1, 40 mg in the first week if tolerance proven), increase 5-10 mg no more than every 3-4 days; usual maintenance 60-120 mg. ECG if >100 mg or QT risk (check QTc <450 ms men / <470 women).
Buprenorphine (Subutex, Espranor oral lyophilisate): 4-8 mg day 1 once in moderate withdrawal (COWS >12), up to 16 mg day 2; maintenance 12-24 mg, max 32 mg.
Buprenorphine/naloxone (Suboxone): same dosing, less diversion value.
Prolonged-release buprenorphine (Buvidal): weekly 8/16/24/32 mg or monthly 64/96/128/160 mg SC. Sublocade (Canada/US): 300 mg x2 then 100 mg monthly.
Micro-induction (Bernese method): 0.2-0.5 mg day 1, titrate over 7 days without stopping full agonist.
Naltrexone: only after full detox; Vivitrol 380 mg IM monthly where available.
Take-home naloxone for EVERYONE on OST, and again at prison release.""",
    # 058 prison GP teaching on place-named infections and infestations
    """Prison GP teaching: the rashes and fevers we keep seeing in reception screens

Lyme disease - erythema migrans, common in new arrivals who work outdoors; doxycycline 100 mg BD 21 days.
Norwegian (crusted) scabies - hyperkeratotic, massively infectious, needs oral ivermectin + topical and a wing-wide plan.
Bornholm disease (epidemic pleurodynia, Coxsackie B) - pleuritic chest pain in outbreaks, don't miss a PE.
West Nile virus - rarely relevant here but asked about in exams.
Rocky Mountain spotted fever and Mediterranean spotted fever (boutonneuse) - history of travel and ticks.
Scarlet fever, "Strep A" - notifiable in England.
Hepatitis C - test everyone (opt-out), DAAs 8-12 weeks, SVR12.
TB - symptom screen + CXR where available; Xpert MTB/RIF on sputum.
Remember notifications go to the local health protection team, not to us.""",
    # 059 custody teaching: Ottawa and Canadian rules
    """Custody FME teaching: decision rules you can use in a cell at 3am

Ottawa ankle rules: X-ray if bone tenderness at the posterior edge/tip of either malleolus, at the base of 5th MT or navicular, or inability to bear weight 4 steps.
Ottawa knee rule: age ≥55, isolated patellar tenderness, fibular head tenderness, can't flex to 90°, can't weight bear.
Canadian C-spine rule: high-risk factors (age ≥65, dangerous mechanism, paraesthesia) -> imaging.
Canadian CT Head Rule: GCS <15 at 2 h, suspected open/depressed fracture, signs of basal skull fracture (Battle's sign, raccoon eyes, haemotympanum, CSF leak), vomiting ≥2, age ≥65.
Ottawa SAH rule: headache peaking within 1 h in alert patients >15 y.
Glasgow Coma Scale: E4 V5 M6 - record components, not just the total. Intoxicated detainees: rousability checks every 30 min, per PACE Code C Annex H.
If in doubt -> ED. Nobody ever got criticised for sending a head injury in.""",
    # 060 lab table for psychotropic levels
    """Therapeutic drug monitoring table for the ward noticeboard

Drug | Target range | When to sample | Notes
Lithium | 0.4-1.0 mmol/L (0.6-0.8 usual) | 12 h post-dose | toxicity >1.5; check U&E, TFT, Ca
Valproate | 50-100 mg/L | trough | poor correlation with efficacy; LFTs, FBC
Carbamazepine | 4-12 mg/L | trough | autoinduction, recheck at 2-4 weeks
Clozapine | 350-600 µg/L | 12 h post-dose | smoking cessation raises levels ~50%
Olanzapine | 20-40 µg/L | 12 h | also affected by smoking
Phenytoin | 10-20 mg/L | trough | correct for albumin
Source: Maudsley Prescribing Guidelines in Psychiatry, 14th ed.

Sample tubes: lithium in plain/serum (NOT lithium heparin!).""",
    # 061 rota chat among the higher trainees (colleagues only)
    """Rota chat, higher trainees:

Fergus Quinlan: can anyone swap their Friday night for my Sunday day? Exam course.
Beatriz Santos: I can, if someone covers my Wednesday twilight, need to pick up the kids
Fergus Quinlan: legend
Jonah Achterberg: I'll do your twilight Beatriz, I owe you from the bank holiday
Beatriz Santos: ta! will update the spreadsheet and tell medical staffing
Fergus Quinlan: reminder the new rota gaps go live after induction, 3 unfilled nights in block B so expect locum emails""",
    # 062 conference chat among colleagues
    """Conference chat:

Rachel Nwosu: Anyone at the forensic faculty meeting this week? Sessions on the Mandela Rules and segregation look good.
@dr_tomfitz: I'm there. The Istanbul Protocol workshop was excellent, very practical on documenting injuries.
Rachel Nwosu: Did you catch the talk on the Bangkok Rules and women's prisons?
@dr_tomfitz: Yes - striking data on self-harm in women on remand. Slides supposedly on the RCPsych website next month.
Rachel Nwosu: Great, send me the link when it's up.""",
    # 063 NICE self-harm guideline summary
    """NICE NG225 (Self-harm: assessment, management and preventing recurrence, 2022) - key changes for ED and liaison

- Do NOT use risk assessment tools or scales (e.g. SAD PERSONS, Manchester Self-Harm Rule, ReACT) to predict future suicide or repeat self-harm, or to decide who gets treatment.
- Psychosocial assessment for everyone, by a trained professional, ideally at first presentation.
- Safety plan, shared with the person (and family/carers if agreed).
- Don't offer drug treatment specifically to reduce self-harm.
- Consider CBT-informed psychological intervention tailored to self-harm.
- Avoid "no-harm contracts".

Link: https://www.nice.org.uk/guidance/ng225""",
    # 064 occupational health teaching: Bradford factor and fit notes
    """OH teaching note: why I hate the Bradford Factor

Bradford Factor = S² x D (S = number of spells of absence in 52 weeks, D = total days). 10 one-day absences = 1000; one 10-day absence = 10. It penalises exactly the people with chronic relapsing conditions (migraine, Crohn's, MS, bipolar) whom the Equality Act 2010 protects.

Fit note (Med3) basics since 2022: doctors, nurses, OTs, pharmacists and physios can sign. "May be fit for work" + adjustments (phased return, altered hours, amended duties, workplace adaptations). Can't be "fit for work" - that's the employer's decision.
Access to Work can fund adjustments. Occupational health can't override a GP fit note but can advise the employer.

Key question for every referral: what is the functional limitation, and what adjustment would overcome it?""",
    # 065 forensic risk instruments overview
    """Structured risk tools in forensic practice - what they are and aren't

HCR-20 V3: structured professional judgement; Historical (10), Clinical (5), Risk management (5) items; formulation + scenarios, not a score.
PCL-R (Hare Psychopathy Checklist-Revised): 20 items, 0-40; cut-off 30 in North America, often 25 in the UK/Europe. Needs training + file review.
SAPROF: protective factors, pairs with HCR-20.
START: short-term dynamic, strengths + vulnerabilities, used on many medium secure wards.
Brøset Violence Checklist (BVC): 6 items (confused, irritable, boisterous, verbal threats, physical threats, attacking objects), 24-h prediction on acute wards.
DASA (Dynamic Appraisal of Situational Aggression): 7 items, inpatient.
Static-99R and RSVP: sexual offending.
VRAG / VRAG-R: actuarial, Canadian origin.
OASys: probation tool in England and Wales.

None of them replaces a formulation. None should be quoted as "low risk" in a tribunal without the reasoning.""",
    # 066 international standards for prison health care
    """Prison health: the international standards every prison doctor should be able to cite

- Mandela Rules (UN Standard Minimum Rules for the Treatment of Prisoners, revised 2015, A/RES/70/175): rule 24-35 on health care, rule 43-45 on solitary confinement (>15 days = prolonged = prohibited).
- Bangkok Rules (2010): women prisoners and non-custodial measures for women offenders.
- Istanbul Protocol (revised 2022): documenting torture and ill-treatment, medico-legal examination.
- European Prison Rules (Council of Europe, 2020 revision) and the CPT standards.
- UN Principles of Medical Ethics (1982): no participation in torture, no certifying fitness for punishment.
- WMA Declaration of Tokyo (torture) and Declaration of Malta (hunger strikers).

Links: https://www.unodc.org/unodc/en/justice-and-prison-reform/nelsonmandelarules.html and https://www.ohchr.org/en/publications/policy-and-methodological-publications/istanbul-protocol-manual-effective-0""",
    # 067 Nordic cohorts and registers for a research methods session
    """Research methods session - Nordic data sources students always ask about:

The Tromsø Study (7 surveys since 1974): Int J Epidemiol 2012;41:961-7, https://doi.org/10.1093/ije/dyr049
The HUNT Study (Trøndelag Health Study): Int J Epidemiol 2013;42:968-77, https://doi.org/10.1093/ije/dys095
MoBa (Norwegian Mother, Father and Child Cohort).
Danish Civil Registration System (CPR): Eur J Epidemiol 2014;29:541-9, https://doi.org/10.1007/s10654-014-9930-3
Danish Psychiatric Central Research Register, iPSYCH, Danish National Patient Registry.
Copenhagen City Heart Study; Copenhagen General Population Study.
Norwegian Prescription Database (NorPD), Norwegian Patient Registry (NPR).

Caveat for the students: linkage via personal identity numbers happens inside the statistics agencies; you never see the numbers themselves.""",
    # 068 addiction screening instruments
    """Addiction screening and severity instruments - one-page handout

Alcohol: AUDIT (10 items, ≥8 hazardous, ≥16 harmful, ≥20 possible dependence); AUDIT-C (3 items); CAGE; TWEAK (pregnancy); FAST.
Severity: SADQ (Severity of Alcohol Dependence Questionnaire, ≥31 severe), LDQ (Leeds Dependence Questionnaire, any substance, 0-30).
Outcomes: MAP (Maudsley Addiction Profile), TOP (Treatment Outcomes Profile, used in NDTMS returns).
Drugs: ASSIST (WHO), DAST-10, CRAFFT (adolescents).
Withdrawal: COWS (Clinical Opiate Withdrawal Scale), SOWS, CIWA-Ar, CIWA-B (benzodiazepines).
Gambling: PGSI (Problem Gambling Severity Index), Lie/Bet.
Smoking: Fagerström Test for Nicotine Dependence.

WHO ASSIST package: https://www.who.int/publications/i/item/978924159938-2""",
    # 069 GP scores and scales reference
    """GP trainee crib sheet: scores we actually use in 10-minute consultations

PHQ-9 (depression): 5/10/15/20 = mild/moderate/moderately severe/severe. Item 9 always asked about directly.
GAD-7: 5/10/15.
EPDS (Edinburgh Postnatal Depression Scale): ≥13 probable depression; item 10 = self-harm.
AUDIT-C: ≥5 positive.
QRISK3: 10-year CVD risk; offer atorvastatin 20 mg if ≥10%.
FeverPAIN and Centor: sore throat.
Wells (DVT and PE), PERC, revised Geneva score.
CURB-65 / CRB-65: pneumonia.
ABCD2: no longer recommended for TIA triage (NICE NG128) - refer all suspected TIA.
Mini-Cog, 6CIT, GPCOG: cognition screens; MoCA and ACE-III in memory clinic.""",
    # 070 South African TB/HIV treatment summary
    """TB/HIV update for the district docs (national guidelines):

ART first line: TLD (tenofovir/lamivudine/dolutegravir). With rifampicin: DTG 50 mg BD for the duration of TB treatment + 2 weeks.
Drug-susceptible TB: 2HRZE/4HR. Start ART within 2 weeks of TB treatment (8 weeks if CD4 >50 and no TB meningitis; defer 4-6 weeks in TBM).
RR-TB: BPaLM (bedaquiline, pretomanid, linezolid, moxifloxacin) 6 months for most.
TB preventive therapy: 3HP (weekly rifapentine + isoniazid x 12) or 6H; not with DTG-based ART unless DTG BD.
Xpert MTB/RIF Ultra on sputum; urine LAM if CD4 ≤200 or seriously ill.
Depression screening: PHQ-9 or the locally validated SSQ-14 (Shona Symptom Questionnaire). Fluoxetine and sertraline both OK with DTG; sertraline levels fall with rifampicin - titrate to effect.""",
    # 071 Canadian emergency scores
    """Canadian ED scoring, for our new IMGs:

CTAS (Canadian Triage and Acuity Scale): 1 resuscitation, 2 emergent (15 min), 3 urgent (30 min), 4 less urgent (60 min), 5 non-urgent (120 min). Suicidal ideation with a plan = CTAS 2.
Canadian Syncope Risk Score: -3 to 11.
Canadian TIA Score.
Ottawa Heart Failure Risk Scale; Ottawa COPD Risk Scale.
Canadian C-Spine Rule and CT Head Rule (see the custody thread).
PHQ-9, C-SSRS (Columbia Suicide Severity Rating Scale) in the psych assessment room.
The Ontario Mental Health Act forms: Form 1, 42, 3, 30, 33, 4. Nova Scotia has the Involuntary Psychiatric Treatment Act (IPTA) instead.""",
    # 072 Dutch-named criteria, scores and tests
    """Fun one for the Dutch interns: how many of these are named after places here?

Factor V Leiden (thrombophilia) - yes, Leiden.
Amsterdam II criteria (Lynch syndrome / HNPCC): 3-2-1 rule.
Rotterdam CT score (traumatic brain injury) and the Rotterdam criteria (PCOS).
Nijmegen Questionnaire (hyperventilation syndrome), cut-off ≥23.
Groningen Frailty Indicator and Tilburg Frailty Indicator.
Maastricht Interview for voice hearers, and the Maastricht classification of DCD donors.
Utrecht Work Engagement Scale (UWES) - used by bedrijfsartsen.
Also: the Dutch multidisciplinaire richtlijnen for depressie and angst, and the NHG-Standaarden for huisartsen.""",
    # 073 psychiatric eponyms and syndromes quiz
    """Friday quiz - psychiatric eponyms and "place" syndromes (answers in the comments)

1. Belief a loved one has been replaced by an identical impostor. (Capgras)
2. Belief that different people are a single persecutor in disguise. (Fregoli)
3. Belief that one is dead or has lost organs. (Cotard)
4. Erotomania. (De Clérambault)
5. Delusional parasitosis. (Ekbom)
6. Approximate answers, clouding, often in remand prisoners. (Ganser)
7. Morbid jealousy. (Othello)
8. Hostage bonding with captor. (Stockholm) - and the reverse? (Lima)
9. Religious psychosis in tourists in a holy city. (Jerusalem)
10. Acute distress in Japanese tourists in the French capital. (Paris)
11. Overwhelmed by art. (Stendhal / Florence)
12. Extreme self-neglect and hoarding. (Diogenes)
13. Confabulation + amnesia after thiamine deficiency. (Korsakoff)""",
    # 074 depot and addiction drug brand list
    """Brand names you'll see on transfer letters from other countries (generic -> common brands):

Clozapine - Clozaril, Denzapine, Zaponex, Leponex
Olanzapine - Zyprexa; olanzapine pamoate LAI - Zypadhera
Paliperidone palmitate - Xeplion (monthly), Trevicta (3-monthly), Byannli (6-monthly); Invega Sustenna/Trinza in Canada
Aripiprazole LAI - Abilify Maintena, Aristada (Canada/US)
Risperidone LAI - Risperdal Consta, Okedi
Zuclopenthixol decanoate - Clopixol; flupentixol decanoate - Depixol, Fluanxol depot
Haloperidol decanoate - Haldol decanoas
Buprenorphine - Subutex, Espranor; + naloxone - Suboxone; depot - Buvidal, Sublocade
Naltrexone - Adepend, Revia, Vivitrol; nalmefene - Selincro
Disulfiram - Antabuse; acamprosate - Campral
Naloxone - Prenoxad, Nyxoid, Narcan, Ventizolve (Norway)""",
    # 075 capacity and consent law teaching
    """Capacity and consent: the cases and tests to know for the MRCPsych and for real life

MCA 2005 (England & Wales): presumption of capacity; two-stage test (impairment of mind/brain -> unable to understand, retain, use/weigh, communicate); best interests (s4).
Gillick competence and the Fraser guidelines (contraception in under-16s).
Bolam test, modified by Bolitho (logical basis).
Montgomery v Lanarkshire Health Board [2015] UKSC 11: material risks, what a reasonable patient would want to know.
Re C (Adult: Refusal of Treatment) [1994]: the original capacity test, a patient with schizophrenia refusing amputation.
Tarasoff (California, 1976): duty to protect third parties - persuasive, not binding, in UK/Ireland.
Scotland: Adults with Incapacity (Scotland) Act 2000, s47 certificate.
Ireland: Assisted Decision-Making (Capacity) Act 2015, commenced 2023.""",
    # 076 Irish Mental Health Commission rules summary
    """Summary of the Mental Health Commission rules and codes for approved centres (for the new NCHDs)

- Rules on seclusion: initial order by registered medical practitioner or nurse, medical exam within 4 h, max 8 h per order, renewal limits, CCTV not a substitute for observation.
- Code of practice on physical restraint: max 30 min per order, debrief afterwards.
- Rules on ECT for involuntary patients: consent or two consultant psychiatrists' approval (after the 2022 amendment no ECT without consent where capacity exists).
- Admission of children: only approved centres for children, or District Court approval.
- Section 23/24 to detain a voluntary patient who wants to leave.
Also see the HSE National Clinical Programme for Self-Harm and Suicide-related Ideation.""",
    # 077 hand-arm vibration teaching
    """HAVS health surveillance - teaching notes for the OH nurses

Exposure: EAV 2.5 m/s² A(8), ELV 5 m/s² A(8) (Control of Vibration at Work Regulations 2005).
Tier 1 questionnaire at pre-placement, Tier 2 annual questionnaire, Tier 3 OHN assessment, Tier 4 OH physician diagnosis, Tier 5 standardised tests (optional).
Staging: Stockholm Workshop Scale - vascular (0-4) and sensorineural (0SN-3SN) separately; the older Taylor-Pelmear scale is obsolete.
Differentials: primary Raynaud's, carpal tunnel (Tinel's, Phalen's, Durkan's), cervical radiculopathy, diabetic neuropathy.
Tests: Purdue pegboard, monofilaments, cold provocation (not routine).
Stage 2 SN or 2V -> consider restriction; RIDDOR-reportable once diagnosed in someone exposed.""",
    # 078 mining lung disease and certification
    """Mine medicine basics for the new doctors on the platinum belt:

Silicosis: chronic (>10 y), accelerated (5-10 y), acute (<5 y, massive exposure). ILO International Classification of Radiographs of Pneumoconioses - profusion 0/- to 3/+, small opacities p/q/r.
Silicotuberculosis: TB risk ~3x with silicosis, ~15x with silicosis + HIV. Screen annually.
Compensation: ODMWA (Occupational Diseases in Mines and Works Act) via the Medical Bureau for Occupational Diseases, separate from COIDA for injuries.
Noise: noise-induced hearing loss - baseline audiogram, percentage loss of hearing (PLH) shift ≥10% = referral.
Heat: heat tolerance screening (HTS) before underground work in deep shafts.
Fitness certificates: Mine Health and Safety Act s13, annual medical surveillance.""",
    # 079 seafarer fitness certification
    """Seafarer medicals - the alphabet soup

UK: ENG1 (MCA approved doctors, up to 2 years), ML5 for small commercial vessels and fishing vessels <24m with restrictions.
Ireland: seafarer medical under the Marine Survey Office; fishing vessel crew under S.I. rules.
Norway/Denmark: sjømannslege/søfartsmedicinsk attest.
International: STCW (watchkeeping), MLC 2006 and ILO C188 Work in Fishing Convention.
Key exclusions: uncontrolled epilepsy, insulin-treated diabetes (restrictions), active psychosis, alcohol/drug dependence (until in sustained remission), reduced hand function for deck work.
Cold water: "1-10-1" (1 min cold shock, 10 min meaningful movement, 1 h before hypothermia unconsciousness); Swiss hypothermia staging I-IV.""",
    # 080 custody medicine: fitness to detain and interview
    """Custody healthcare: fitness to detain vs fitness to interview

Fit to detain: no condition needing hospital, withdrawal can be managed in the cell, level of observation set (1 = hourly checks, 2 = 30-min rousing, 3 = constant, 4 = close proximity).
Fit to interview: able to understand the caution, follow questions, give reliable answers. Consider intoxication, withdrawal, learning disability, psychosis, hypoglycaemia, head injury.
Appropriate adult for juveniles and "vulnerable" adults (PACE Code C, Annex E).
Rousability: name, instructions, response to questions - not just "snoring".
Immigration detention: Rule 35 reports (Detention Centre Rules 2001) for torture, suicide risk, health harm.
Never write "fit for custody" without documenting the observation level and when to re-assess.""",
    # 081 journal club chat on opioid deaths after prison release (colleagues only)
    """Journal club, addictions SIG - chat log:

Marit Solheim: Paper 1 is the classic - release from prison and the risk of death, N Engl J Med 2007;356:157-65, https://doi.org/10.1056/NEJMsa064115. 12.7x overall mortality in the first 2 weeks, overdose 129x.
Karim Haddad: And paper 2, X:BOT (extended-release naltrexone vs buprenorphine-naloxone), Lancet 2018;391:309-18, https://doi.org/10.1016/S0140-6736(17)32812-X. Induction failure kills the naltrexone arm in ITT.
@aisling_gp: From the GP side, the gap is the first script after release. Bridging prescriptions and same-day registration matter more than which drug.
Marit Solheim: In Norway LAR continuity through prison has improved a lot since the 2019 circular.
Karim Haddad: Can we do the Buvidal-in-prison RCT next month?""",
    # 082 hypothetical case for teaching, no real patient
    """Teaching case (fictional composite, for Wednesday's session):

A 34-year-old man is brought to ED by police under s136 after standing on the wrong side of a motorway bridge railing. He smells of alcohol, BAC unknown, GCS 14. He says he "wasn't going to jump".

Questions:
1. When can the s136 assessment start if he is intoxicated? (Answer: when intoxication no longer prevents a meaningful assessment - not a fixed breath level.)
2. What does the 24-hour clock start from? (Arrival at the place of safety.)
3. Which collateral would you seek and why?
4. Draft a safety plan using the Stanley-Brown template.
5. When would you consider s2 vs informal admission vs home treatment?

Bring your own answers; we'll compare with NICE NG225 and the Code of Practice chapter 16.""",
    # 083 GP out-of-hours rota chat among colleagues (colleagues only)
    """OOH rota chat, partners + salaried:

Ingeborg Lunde: who has the Saturday evening car? I've got my daughter's recital
@willem_hap: me, already on the list. Ingeborg you're on Sunday triage instead
Ingeborg Lunde: perfect
Niels Vestergaard: heads up, the drug cupboard audit is due before the next rota block, can whoever's on Sunday count the CDs and sign the register?
@willem_hap: will do Niels
Niels Vestergaard: ta. And please stop leaving the defib pads in the boot, they're temperature sensitive""",
    # 084 quiz: eponymous clinical signs
    """Signs quiz for the foundation doctors (no peeking at the Oxford Handbook)

Babinski - extensor plantar, UMN lesion.
Romberg - sensory ataxia (dorsal columns), not cerebellar.
Kernig and Brudzinski - meningism.
Hoffmann - UMN, fingers.
Chvostek and Trousseau - hypocalcaemia (think refeeding in anorexia, post-thyroidectomy).
Battle's sign - mastoid bruising, basal skull fracture.
Cullen's and Grey Turner's - haemorrhagic pancreatitis.
Kehr's sign - L shoulder tip pain, splenic rupture.
Murphy's sign, Rovsing's sign, McBurney's point.
Lhermitte's sign - MS, also B12 / nitrous oxide myelopathy (ask the students about "nos" balloons).
Myerson's sign (glabellar tap) - Parkinson's.
Bonus: Russell's sign (knuckle calluses, self-induced vomiting).""",
    # 085 Norwegian compulsory care criteria summary
    """Psykisk helsevernloven for the Swedish and Danish locums who keep asking:

§ 3-2 tvungen observasjon: up to 10 days, "alvorlig sinnslidelse" suspected.
§ 3-3 tvungent psykisk helsevern: (1) alvorlig sinnslidelse (main criterion), (2) treatment criterion or danger criterion (fare for eget eller andres liv eller helse), (3) the patient lacks capacity to consent (samtykkekompetanse) - except under the danger criterion, (4) overall assessment (helhetsvurdering).
§ 4-4 treatment without consent (medication) - separate vedtak, max 3 months for depot.
§ 4-8 tvangsmidler: mechanical restraint, short-term isolation, single doses of short-acting medication, short holding.
All vedtak go to Kontrollkommisjonen; the patient can complain to Statsforvalteren about § 4-4.""",
    # 086 Danish psychiatry act coercion summary
    """Psykiatriloven - types of coercion and the registration rules (for the English-speaking doctors on our wards)

Tvangsindlæggelse: red papers (farlighed - danger) or yellow papers (behandlingsindikation - prospect of cure/improvement would be significantly worsened).
Tvangstilbageholdelse: detaining an already voluntary patient.
Tvangsbehandling: forced medication, ECT (only in life-threatening cases), forced feeding.
Tvangsfiksering: bæltefiksering (belt), hånd/fodremme; fastholdelse (holding); beroligende medicin.
Everything goes in the tvangsprotokol; the patient always gets a patientrådgiver; complaints go to the Psykiatrisk Patientklagenævn.
National goal since 2014: halve the use of belt restraint. Sundhedsstyrelsen publishes the figures annually.""",
    # 087 South African Mental Health Care Act summary
    """MHCA 17 of 2002 - the forms and sections for community service doctors

s26 - care without consent for voluntary users? No: s25 voluntary, s26 assisted/involuntary general principles.
s27 - applications for assisted care (MHCA 04 application, MHCA 05 examination by two practitioners).
s32/34 - assisted care: user incapable of making an informed decision but does not refuse.
s33/34 - involuntary care: refuses and is a danger to self/others or to reputation/finances; 72-hour assessment by two mental health practitioners; MHCA 06 notice to Review Board.
s40 - SAPS may take a person to a health establishment for assessment (MHCA 22).
s42-43 - appeal to the Review Board; review after 6 months.
Forensic observation sits under the Criminal Procedure Act (s77-79), not the MHCA.""",
    # 088 Dutch compulsory care laws comparison
    """Wvggz vs Wzd - which law applies? (Dutch teaching note)

Wvggz (Wet verplichte ggz, 2020): psychiatric disorder, ernstig nadeel (serious harm); crisismaatregel by the burgemeester (max 3 days), machtiging tot voortzetting, zorgmachtiging by the rechter (max 6 months, then 12).
Wzd (Wet zorg en dwang): dementia and intellectual disability; stappenplan, Wzd-functionaris, IBS and RM (rechterlijke machtiging).
Verplichte zorg includes medication, feeding, restriction of freedom, admission, supervision at home.
Key players: officier van justitie, geneesheer-directeur, zorgverantwoordelijke, onafhankelijk psychiater for the medische verklaring, patiëntenvertrouwenspersoon (PVP).
There is an ongoing debate about merging both laws - the wetsevaluatie should settle it.""",
    # 089 naloxone at prison release, with thanks to a colleague
    """Take-home naloxone at prison release - summary from our regional meeting (thanks to Neil Cartwright for the slides)

- The two weeks after release carry a many-fold rise in opioid overdose death risk.
- Scottish National Naloxone Programme evaluation: reduction in the proportion of opioid deaths within 4 weeks of release after rollout.
- N-ALIVE pilot RCT: feasibility of issuing naloxone on release.
- Prenoxad (IM, 2 mg/2 ml, 5 x 0.4 mg doses) vs Nyxoid (intranasal 1.8 mg) - nasal is easier for families.
- Train the person AND whoever they're going home to.
Evidence summary: https://pubmed.ncbi.nlm.nih.gov/?term=naloxone+prison+release and the EMCDDA Perspectives on drugs: https://www.euda.europa.eu""",
    # 090 alcohol biomarkers lab table
    """Alcohol biomarkers - what each test actually tells you

Test | Window | Cut-off | Caveats
GGT | weeks | >2x ULN suggestive | raised by enzyme inducers, NAFLD, obesity
MCV | ~3 months | >100 fL | B12/folate, hypothyroid, reticulocytosis
CDT (%CDT) | 2-3 weeks | >1.7% (HPLC) | low sensitivity in women, rare genetic variants
PEth (phosphatidylethanol 16:0/18:1) | 2-4 weeks | <20 ng/ml abstinence/light, >200 heavy | best single marker; dried blood spot possible
EtG urine | 1-3 days | >500 ng/ml | hand sanitiser, mouthwash can give low positives
EtG hair | 3 months per 3 cm | >30 pg/mg chronic excessive | hair treatments reduce
Breath alcohol | hours | legal limits vary | Scotland 22 µg/100ml, England 35 µg/100ml""",
    # 091 conference chat among colleagues
    """From the OH conference WhatsApp:

Annelies Visser: the session on return-to-work after PTSD in first responders was the best of the day
@hamish_oh: agreed, and the Danish data on graded return with workplace coaching was impressive
Lindiwe Khumalo: the mining silicosis panel was grim but important. ILO readers are still too few on the continent
Annelies Visser: anyone going to the workshop on the Utrecht Work Engagement Scale tomorrow?
@hamish_oh: me. Also the Stockholm Workshop Scale refresher after lunch
Lindiwe Khumalo: save me a seat, I'm presenting the poster at coffee""",
    # 092 delirium assessment teaching
    """Delirium - the tools (liaison psych teaching)

4AT: alertness, AMT4 (age, DOB, place, year), attention (months backwards), acute change/fluctuation. ≥4 possible delirium. Validation: BMC Med 2019;17:138, https://doi.org/10.1186/s12916-019-1367-9
CAM (Confusion Assessment Method): acute onset + fluctuation AND inattention AND (disorganised thinking OR altered LOC). CAM-ICU for ventilated patients.
RASS (Richmond Agitation-Sedation Scale): +4 combative to -5 unrousable.
DRS-R-98 for severity in research.
Causes: PINCH ME - Pain, INfection, Constipation, Hydration, Medication, Environment (+ alcohol withdrawal, urinary retention).
Haloperidol only for distress or risk, 0.5 mg start; avoid in Lewy body dementia and Parkinson's.""",
    # 093 blank audit form template (no values filled in)
    """Template for the s136 audit - please fill in one per episode and DON'T paste completed ones here

Patient name: ______________     DOB: ____/____/______     NHS / CHI No: ______________
Date of detention: ____/____/______     Time arrived at place of safety: ____:____
Place of safety: [ ] ED  [ ] HBPoS  [ ] custody (why?) ____________
Intoxicated on arrival? Y / N     Time assessment started: ____:____
Doctor 1 (s12): ______________     AMHP: ______________
Outcome: [ ] s2  [ ] s3  [ ] informal admission  [ ] discharged home  [ ] other
Was the 24 h limit extended? Y / N     Reason: ____________
Signature: ______________     Grade: ______________""",
    # 094 abbreviations glossary for IMGs
    """Glossary for IMGs starting in UK psychiatry (Part 1)

AMHP - Approved Mental Health Professional. RC - responsible clinician. NR - nearest relative. SOAD - second opinion appointed doctor. IMHA - independent mental health advocate.
CTO - community treatment order. MHRT/FTT - mental health tribunal. HBPoS - health-based place of safety.
CMHT, CRHTT (crisis resolution home treatment), EIP, CAMHS, LD, PICU, LSU/MSU/HSU (low/medium/high secure units).
CPA - Care Programme Approach (now being replaced by the Community Mental Health Framework).
DoLS -> LPS (Liberty Protection Safeguards, delayed). IMCA - independent mental capacity advocate.
L&D - Liaison and Diversion. FME/HCP in custody. ACCT (prisons) - Assessment, Care in Custody and Teamwork; in Scotland Talk To Me.
RIDDOR, COSHH, HAVS, NIHL - OH alphabet. DNACPR, ReSPECT, JIC (just in case) meds - palliative.""",
    # 095 occupational and environmental diseases named after places
    """Occupational/environmental medicine history slide: diseases with geography in the name

Minamata disease - methylmercury poisoning.
Itai-itai disease - cadmium.
Balkan endemic nephropathy - aristolochic acid.
Legionnaires' disease (first described at a convention) and Pontiac fever (the non-pneumonic form).
Gulf War syndrome / illness.
Farmer's lung, bird fancier's lung, malt worker's lung - hypersensitivity pneumonitis.
"Monday fever" - byssinosis in cotton workers.
Caisson disease - decompression sickness in tunnel workers.
Mad hatter's erethism - mercury in felt making.
Methyl isocyanate - the Bhopal disaster (an event, not a disease, but it changed OH law in India).
Sick building syndrome; and chronic toxic encephalopathy from solvents ("Danish painters' syndrome").""",
    # 096 imported infections list for migrant and asylum health, with a colleague mention
    """@mig_health_ali asked for the list of imported infections we screen for in the asylum reception clinic - here it is:

Malaria (thick/thin film or RDT) in anyone from endemic areas with fever.
TB - IGRA or CXR depending on age and origin.
HIV, hepatitis B and C, syphilis - opt-out.
Strongyloides serology (and eosinophilia), schistosomiasis serology (bilharzia).
Chagas disease (Trypanosoma cruzi) in Latin American migrants, especially women of childbearing age.
Viral haemorrhagic fevers - Lassa fever, Ebola, Marburg, Crimean-Congo haemorrhagic fever, Rift Valley fever - only if exposure within 21 days.
Also remember: Japanese encephalitis, West Nile, Ross River virus, Zika, dengue, chikungunya, Oropouche in febrile returning travellers.
Mental health: PHQ-9, PCL-5, Refugee Health Screener-15; torture survivors -> Istanbul Protocol documentation if requested.""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc48-009": [{"name": "Hannah Priest"}, {"name": "Tomasz Wilk"}, {"name": "Gemma Oduya"}],
    "pc48-021": [{"name": "Rajesh Kumar", "handle": "@sportsdoc_raj"}, {"name": "Lucy Harland"}],
    "pc48-024": [{"name": "Orla Brennan"}],
    "pc48-029": [{"name": "Ross Drummond"}, {"name": "Aileen Boyd"}, {"name": "Ifeoma Chukwu"}],
    "pc48-037": [{"name": "Kirsty Baird", "handle": "@kirsty_sho"}],
    "pc48-041": [{"name": "Natalie Cheung", "handle": "@emerg_nat"}],
    "pc48-044": [{"name": "Joanne Lamb", "handle": "@jo_lamb"}],
    "pc48-051": [{"name": "Thandiwe Nkosi", "handle": "@thandi_psych"}, {"name": "Koos Pretorius", "handle": "@drkoos"}],
    "pc48-056": [{"name": "Priyanka Menon"}, {"name": "Olav Brekke"}, {"name": "Siobhán Daly"}],
    "pc48-061": [{"name": "Fergus Quinlan"}, {"name": "Beatriz Santos"}, {"name": "Jonah Achterberg"}],
    "pc48-062": [{"name": "Rachel Nwosu"}, {"name": "Tom Fitzgerald", "handle": "@dr_tomfitz"}],
    "pc48-081": [{"name": "Marit Solheim"}, {"name": "Karim Haddad"}, {"name": "Aisling Kenny", "handle": "@aisling_gp"}],
    "pc48-083": [{"name": "Ingeborg Lunde"}, {"name": "Willem de Jong", "handle": "@willem_hap"}, {"name": "Niels Vestergaard"}],
    "pc48-089": [{"name": "Neil Cartwright"}],
    "pc48-091": [{"name": "Annelies Visser"}, {"name": "Hamish Grant", "handle": "@hamish_oh"}, {"name": "Lindiwe Khumalo"}],
    "pc48-096": [{"name": "Ali Rahimi", "handle": "@mig_health_ali"}],
}

build, render, main = first_set.blind_set(
    "pc48", Path(__file__).with_name("physician_cases_48.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
