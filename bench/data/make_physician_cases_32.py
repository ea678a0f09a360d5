# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 32: the social side of cases (placement, payers, housing, courts, custody, benefits).

Ninety-six invented posts from a walled network for verified physicians in the US, Canada,
the UK, Ireland and Australia: hospitalists, ED physicians, psychiatrists (C/L, forensic,
old-age, child), paediatricians, geriatricians, GPs and family doctors, palliative and
addiction physicians, a rehab physician and residents. Formats: case posts with replies,
pasted social-work notes, case-management email chains, court orders and letters, school
letters, CPS/DCFS and APS referrals, placement lists, a voicemail transcript, text threads
with relatives, a telehealth session log. The 52 PHI notes name everyone around the patient
(caseworkers, social workers, probation officers, lawyers, judges, landlords, employers,
teachers, clergy, shelter and group-home staff, interpreters, foster parents, neighbours,
sponsors). The 44 free notes carry no PHI but are dense with look-alikes: agencies and
programs in general, statutes, case law (with the people in case titles), form numbers,
scores, fractions and lab values, public hotlines and public links, dates of public events,
ages under 90, and colleagues addressing each other.
Annotation conventions:
- PT = the patient, every mention. REL = anyone about the patient who is not a clinician:
  relatives, neighbours, landlords and property managers, employers, supervisors, HR,
  adjusters, caseworkers and investigators, social workers (LCSW, MSW, AMHP, DCR),
  case managers who are not nurses, admissions coordinators, lawyers, paralegals, judges,
  police, probation and offender managers, teachers, principals, counsellors, clergy,
  shelter, refuge and group-home staff, interpreters, sponsors, a trafficker. HCP = a
  clinician named about the patient's care, including insurer physician reviewers, nurses
  (an RN case manager is HCP), APRNs and pharmacists.
- Name spans: given and family name in one span when adjacent; a nickname in quotes between
  them splits the name into three spans; "Brent and Charmaine Fairweather" gives "Brent"
  and "Charmaine Fairweather". Initials keep their dots (A.M.K., S.). Titles, ranks, role
  labels and post-nominals stay out (Dr, Mr, Mrs, Ms, Rev., Pastor, Imam, Judge,
  Immigration Judge, ALJ, Hon., Officer, Det., Dep., Sen. Const., PC, Cst., Garda, PO,
  DCR, Counselor, Esq., MD, RN, LCSW, MSW, APRN, J.S.C.), as do possessive 's and quote
  marks. Names in capitals are tagged as written. Kinship words (Mom, Dad,
  Nana) and pets' names are not tagged. A name inside an email address or URL is covered
  by the EMAIL/URL span only.
- Colleagues on the network (poster, repliers, @mentions, "thanks Jordan", sign-offs) are
  untagged and listed in MEMBERS, including the poster's own name in the salutation of a
  letter pasted into the post (004). In 006, 021 and 027 a relative or the patient's
  lawyer shares a first name with a replying colleague and is still tagged.
- STREET: the whole street line as written, with house, flat, apt, unit, suite, room and
  cabin numbers and building names; a street named without a number is still STREET; PO
  boxes are STREET; each street of an intersection is its own span. Streets and places
  inside a facility or office name belong to the FAC span and are not split out.
- TOWN: cities, towns and villages, at home or abroad. PLACE: neighbourhoods and city
  suburbs (Moss Side, Marrickville, Downtown Eastside, Cambridge Park), reservations,
  reserves and First Nations. COUNTY: the word "County" or "Co." is inside the span
  (Pinellas County, Co. Mayo); English shire counties (Staffordshire) are COUNTY.
  A council named by its place (040: Staffordshire and Stoke-on-Trent arguing over
  residence) is tagged as that place. States, provinces, territories and countries are
  not tagged. ZIP: US ZIP codes,
  Canadian postal codes, UK postcodes, Eircodes and Australian four-digit postcodes.
- FAC: named shelters, motels, hotels, SROs, group homes, nursing and care homes, hospitals,
  hospices, jails, prisons, detention centres, courts, schools, churches, mosques, day
  centres, employers, farms, warehouses, businesses, credit unions, law firms, housing
  authorities, and specific offices of an agency (Addison Street DCFS field office,
  Knoxville Hearing Office, Tusla office on Henry Street, Mexican Consulate in Seattle);
  with the generic word, without "the"; short forms tagged on their own (Sonoran Haven,
  Brookpark, Rampton, McInnis, Hope Harbor). Agencies and programs in general (DCFS, CPS,
  APS, ICE, SSA, HSE, Tusla, BC Housing, Centrelink, NDIS, the VA, the council), insurers
  and payers, apps and brands are not tagged.
- DATE: any date more specific than a year tied to the patient's story: full dates, day
  and month, month alone ("since June"), month and year, ordinal days ("the 31st" gives
  "31st"), "mid-January", a weekday joined to a date (the weekday is inside the span), and
  holidays that date an event (Easter, Christmas Eve, St Stephen's Day, Australia Day,
  Anzac Day, Mother's Day, Fourth of July). Times of day stay outside. Weekdays alone and
  relative times ("last spring", "Wednesday", "the new year") are not dates; neither are
  dates of public events (a rule taking effect, a moratorium, an Act commencing).
- YEAR: a year alone tied to the patient (not PHI; ignored by the scorer); a car's model
  year is not tagged. AGE: 90 and over only, the number or number-word alone; "age 88",
  "86" and "80" are not tagged.
- PHONE/FAX/PAGER: every number other than public hotline and emergency numbers, with the
  area code as written. SSN: any national identity number (SSN including a last four,
  SIN, NI number, PPSN). PLAN: insurer member IDs, Medicare and Medicaid numbers (MBI,
  AHCCCS, MassHealth, MLTSS, Health First Colorado), provincial health cards (OHIP, BC
  PHN, MSI, Manitoba Health), NHS numbers, Irish medical cards, Australian Medicare, NDIS
  participant numbers, DVA Gold Card. ACCT: bank accounts, also partial ("ending 4471").
  ID: case, docket, cause, index and tribunal file numbers, A-numbers, booking, inmate and
  prison numbers, benefit and comp claim numbers, auth and appeal references, police
  report, occurrence, event and CAD numbers, a police star number, student IDs,
  interpreter ID numbers, Home Office and ARC references, IRB file and UCI numbers,
  Centrelink CRN, My Aged Care ID, NRM reference, medical examiner case, voucher number,
  SSA confirmation number, NCMEC case. HANDLE: social handles with their "@", and a
  payment-app cashtag with its "$". URL: patient-specific links (fundraisers, personal
  profiles, a parents' group); public agency and resource links are not tagged.
- Not tagged: eponyms and place-named things (Istanbul Protocol, Jordan's Principle,
  Merton-compliant, Bernese induction, Collyer brothers), case law and the people named in
  case titles (Tarasoff, Starson v. Swayze, Smith v. Aroostook County, Estelle v. Gamble),
  cited authors, statutes and their section or bill numbers, form numbers (I-589,
  SSA-827, WAC 296-62-095), scores, lab values and fractions (14/30, 168/94), ward and
  bed numbers, public hotlines (988, 211, 1-888-373-7888, 116 123, 13 11 14).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 hospitalist placement fight: 93-year-old, MA plan denials, neighbour, facility short forms, initial; two colleagues reply
    ("Hospital Medicine › Care Transitions\n"
     "Placement fight, need ideas. [[AGE:93]]F admitted [[DATE:10/2]] after a fall; lives alone at [[STREET:5417 Ridgewood Dr, Apt 3]], [[TOWN:Parma]]. Moderate dementia (SLUMS 14/30), now 1-2 assist. PT/OT both say SNF. Her Medicare Advantage plan (member ID [[PLAN:XJH481207733]]) has denied SNF twice; the peer-to-peer with their reviewer, Dr. [[HCP:Anand Kesler]], lasted four minutes.\n"
     "Daughter [[REL:Lorraine]] lives in [[TOWN:Tucson]] and keeps saying 'the neighbour checks on Mom'. The neighbour, [[REL:Vern Mackey]], is 86 and uses a walker himself.\n"
     "Our case manager has faxed everywhere: [[FAC:Brookpark Manor]] has no bed before [[DATE:October 20]], [[FAC:St. Augustine Health Campus]] wants the auth in hand, and [[FAC:Ridgehaven]] declined for 'behaviors' (she sings hymns at night). Mrs. [[PT:Szymanski]] says she wants to go home to her cat. Capacity for that decision is debatable. Day 11.\n\n"
     "↳ @kwame_hosp: File the expedited appeal with the QIO, not just the plan's internal one, and chart in plain words that no safe discharge exists today. Reviewers read that line.\n"
     "↳ Meg Halvorsen, DO: Has anyone asked [[REL:Lorraine]] about Medicaid long-term care? If Mrs. [[PT:S.]] is under the asset limit, a Medicaid-pending bed at [[FAC:Brookpark]] may open before the MA auth does."),
    # 002 pasted social-work note: motel room line, shelter, intake phone, AHCCCS ID, SSA confirmation number, weekday-plus-ordinal date
    ("SOCIAL WORK PROGRESS NOTE (pasted from the chart for the hospitalist group)\n"
     "Pt: [[PT:Darnell Okoro-Whitfield]]   MRN: [[MRN:40021987]]   AHCCCS ID: [[PLAN:A81772034]]\n"
     "SW met pt at bedside re: discharge housing. Pt reports staying at the [[FAC:Desert Palms Motel]], [[STREET:2910 E Van Buren St, Room 118]], [[TOWN:Phoenix]] [[ZIP:85008]], paid weekly by his cousin [[REL:Terrence]], who can no longer pay after [[DATE:Friday the 14th]]. Before that pt was trespassed from a shelter after an argument over a locker.\n"
     "SW called the [[FAC:Sonoran Haven Men's Shelter]] intake line ([[PHONE:602-555-0117]]) and spoke with [[REL:Luz Marina Becerra]], who will hold a bed until 7 pm if pt arrives with a TB clearance (CXR done today, read negative). SSI application pending, SSA confirmation no. [[ID:WZ3841K7]]. Pt consents to SW contacting his case manager at [[FAC:Mesa Verde Behavioral Health]], [[REL:Jordan Pike]].\n"
     "Plan: cab voucher to [[FAC:Sonoran Haven]]; 30-day bus pass; meds-to-beds before discharge; f/u with PCP Dr. [[HCP:Nwachukwu]] within a week.\n"
     "[[REL:Ashleigh Brandt]], LCSW"),
    # 003 pediatric DCFS hotline referral: child DOB and MRN, mother's address floor line, boyfriend with a quoted nickname, named DCFS field office, case number, daycare, police star number
    ("Peds Child Abuse › what would you add? This is the summary I gave the hotline (1-800-25-ABUSE) last night.\n"
     "Child: [[PT:Kaylee Marie Doucette]], DOB [[DATE:03/08/2022]], MRN [[MRN:7730156]]\n"
     "Mother: [[REL:Brianna Doucette]], [[STREET:1436 N Karlov Ave, 2nd floor rear]], [[TOWN:Chicago]] [[ZIP:60651]], cell [[PHONE:773-555-0164]]\n"
     "Mother's boyfriend: [[REL:Dequan]] “[[REL:Q]]” [[REL:Harris]], in the home part-time\n"
     "Open case: yes. Caseworker Ms. [[REL:Yolanda Pruitt]], [[FAC:Addison Street DCFS field office]], Case # [[ID:3318702]]\n"
     "Findings: 23-month-old with bruising to both pinnae, patterned loop marks on the back, and on skeletal survey healing posterior R 6th-7th rib fractures. No plausible mechanism offered. TEN-4-FACESp positive.\n"
     "History: brought by maternal grandmother [[REL:Gloria Doucette]] after staff at [[FAC:Little Sprouts Learning Center]] noticed the ear bruises on [[DATE:Monday 2/12]] and called her instead of the hotline. [[REL:Brianna]] says [[PT:Kaylee]] 'fell off the couch'.\n"
     "Safety: child admitted; DCFS investigator [[REL:Tomasz Wróbel]] to see her at 4 pm; CPD Officer [[REL:Hanlon]] (star [[ID:14472]]) took the report."),
    # 004 immigration lawyer's letter pasted by the poster (the poster's name in the salutation is a colleague, untagged): A-number, detention centre, immigration court and judge, interpreter ID, fax, email
    ("Posted by Rafael Villanueva, MD · Emergency Medicine\n"
     "Got this letter today and have never done one. What can I say, and what shouldn't I?\n\n"
     "[[FAC:Rio Grande Immigrant Defense Project]]\n[[STREET:1201 W Elizabeth St, Suite 4]], [[TOWN:Brownsville]], TX [[ZIP:78520]]\n"
     "Re: [[PT:Yeferson Alexander Chun Tzul]], A-Number [[ID:214-873-095]]\n"
     "Dear Dr. Villanueva,\n"
     "Mr. [[PT:Chun Tzul]] was taken from your emergency department on [[DATE:January 9]] to the [[FAC:El Valle Processing Center]], where he remains detained. His individual hearing on his asylum claim is set before Immigration Judge [[REL:Marisol Orta]] at the [[FAC:Harlingen Immigration Court]] on [[DATE:March 3, 2025]]. He speaks K'iche' and little Spanish; your visit used a phone interpreter, ID [[ID:40917]]. We request his records and, if you are willing, a declaration describing the injuries you observed. Please send them to [[EMAIL:intake@rgidp.org]] or fax [[FAX:956-555-0139]].\n"
     "Sincerely, [[REL:Hannah Reyes-Cardoso]], Esq.\n\n"
     "He's 19; came in dehydrated with a macerated foot wound after the crossing, and described being beaten in Guatemala. I'm fine writing what I saw for the I-589 but don't want to overreach.\n"
     "↳ @ortiz_em: Get his signed release first. Stick to your findings and whether they're consistent with his account; the Istanbul Protocol wording is your friend here."),
    # 005 psych C/L: inmate from a detention centre, booking number, deputies by surname, probation officer phone, jail nurse, mother and fundraiser URL; case law untagged
    ("Psychiatry C/L, pasting my note minus the MSE for the forensic group.\n"
     "[[PT:Reginald]] “[[PT:Reggie]]” [[PT:Tolbert]], 38M, brought in shackles from [[FAC:Oconee Valley Detention Center]] (booking # [[ID:24-011873]]) by Dep. [[REL:Caudill]] and Dep. [[REL:Amaya]] for 'bizarre behavior, refusing meals'.\n"
     "Hx schizophrenia, stable on clozapine 400 mg for years through Dr. [[HCP:Oyelaran]] at [[FAC:Piedmont Ridge CSB]]. Arrested for a probation violation (missed report date [[DATE:6/3]]); his PO, [[REL:Francine Lott]] ([[PHONE:706-555-0122]]), confirms no new charge. Jail nurse [[HCP:Tiffany Gower]], RN says he has had no clozapine since booking on [[DATE:June 5]] because the jail's pharmacy vendor 'doesn't carry it'. That's 9 days: he needs re-titration from 12.5 mg, not a restart at 400.\n"
     "ANC 2.1 today. Plan: re-titrate inpatient; letter to the jail medical director; if competency is raised, recommend evaluation at [[FAC:Central State Hospital]] forensic services rather than a return to general population.\n"
     "His mom, [[REL:Odessa Tolbert]], has his phone; she started a fundraiser for a lawyer: [[URL:gofundme.com/f/free-reggie-tolbert]]. Estelle v. Gamble gets cited in these letters; Sell v. United States only matters if they try to medicate him for trial."),
    # 006 Florida guardianship order: county in capitals, patient in capitals, docket, examining committee, 96-year-old in an ALF room, judge; attorney shares a first name with the replying colleague
    ("Geriatrics › Capacity & Guardianship\n"
     "First time near an examining committee. The order, as received:\n"
     "IN THE CIRCUIT COURT OF THE SIXTH JUDICIAL CIRCUIT IN AND FOR [[COUNTY:PINELLAS COUNTY]], FLORIDA\n"
     "IN RE: GUARDIANSHIP OF [[PT:EUDORA PETTIGREW LAMB]]   Case No.: [[ID:24-003317-GD]]\n"
     "ORDER APPOINTING EXAMINING COMMITTEE. The Court appoints [[HCP:Sunita Raghavan]], MD (psychiatry), [[HCP:Carol Ann Beebe]], APRN, and [[REL:Marcus Delacroix]], LCSW, to examine the alleged incapacitated person, age [[AGE:96]], residing at [[FAC:Bayshore Gardens Assisted Living]], [[STREET:4120 58th St N, Room 212]], [[TOWN:St. Petersburg]], FL [[ZIP:33709]]. Petitioner: [[REL:Clifford Lamb]] (nephew). Counsel for the AIP: [[REL:Priya Nandakumar]], Esq. Reports are due within 15 days. DONE AND ORDERED [[DATE:July 29, 2024]]. Judge [[REL:Winston Achebe]].\n\n"
     "I'm the APRN's collaborating physician, so I'm in the file but not on the committee. Mrs. [[PT:Lamb]] was Baker Acted once in [[YEAR:2019]] (delirium, UTI) and the nephew keeps bringing it up. Her MoCA was 17/30 but she knows exactly what her CDs are worth.\n"
     "↳ @priya_geri: Ch. 744 committees look at specific rights, not a global score. Push for a limited guardianship or a durable POA; she may well keep the right to decide where she lives."),
    # 007 Ontario GP: DV disclosure, confidential shelter, OHIP number, SIN, children and their school, principal, police occurrence number; colleague reply
    ("Family Medicine › Ontario\n"
     "Saw [[PT:Noor Al-Hashimi]] (34) today for 'insomnia'. Twenty minutes in she showed me photos of the bruises. Her husband [[REL:Faisal]] keeps her phone and her OHIP card ([[PLAN:5584-219-306-KT]]) so she can't see anyone without him. She left on [[DATE:Saturday the 9th]] and is now at [[FAC:Juniper House]] in [[TOWN:Brampton]] (shelter address confidential).\n"
     "The shelter counsellor, [[REL:Chantal Boisvert]], called from [[PHONE:905-555-0181]] asking for a letter supporting Special Priority Policy housing. The kids, [[REL:Zainab]] (9) and [[REL:Omar]] (6), are still going to [[FAC:Fletcher's Creek Public School]]; the principal, Mrs. [[REL:Dhaliwal]], has the custody note. Police occurrence # [[ID:PR24-118372]]. For the Ontario Works form she asked me to copy her SIN, [[SSN:527 914 083]], onto the page; I told her the form doesn't need it from me.\n"
     "↳ @lin_fp: Keep the SPP letter short: abuse occurred, she has left, she's at risk. No clinical detail they don't need. And chart the disclosure carefully; family court subpoenas happen."),
    # 008 ED: trafficked teen, motel room line, alias, trafficker's tattoo, IG handle and cashtag, plate, detective, NCMEC case, missing report date; public hotline untagged
    ("EM › Trafficking\n"
     "16F brought by motel security from the [[FAC:Starlite Inn]], [[STREET:3320 S Industrial Rd, Room 209]], [[TOWN:Las Vegas]], for 'overdose'. Gave her name as “[[PT:Destiny]]”, 19. Hotel key card in her pocket, three phones, a neck tattoo reading [[REL:KANE]]. After our nurse, [[HCP:Lupe Arviso]], sat with her for an hour: real name [[PT:Ana Lucía Ferreyra]], 16, from [[TOWN:Bakersfield]]; her mother [[REL:Graciela Ferreyra]] reported her missing on [[DATE:April 28]] (NCMEC case [[ID:1512334]]).\n"
     "The 'boyfriend', [[REL:Kane]] ([[HANDLE:@kane.lv702]] on IG, CashApp [[HANDLE:$kanecash702]]), dropped her off in a black Charger, NV plate [[PLATE:7KX219]]. Metro's vice detective, Det. [[REL:Roberta Yazzie]], came within the hour. We called the National Human Trafficking Hotline (1-888-373-7888) about placement; CPS took custody at 0300.\n"
     "Lesson: we nearly discharged her as a 19-year-old with a psych referral. Ask to speak to the patient alone, every time."),
    # 009 addiction medicine (Vancouver): SRO room line, neighbourhood, First Nation, postal code, PHN, pharmacist, outreach worker with a multi-part name, ordinal date, year; sign-off and reply
    ("Addiction Medicine › Canada\n"
     "Need help keeping someone on OAT through a move. [[PT:Wade Cardinal]], 41, from [[PLACE:Saddle Lake Cree Nation]], lives at the [[FAC:Empress Rooms]], [[STREET:127 E Hastings St, Room 44]], [[PLACE:Downtown Eastside]], [[TOWN:Vancouver]] [[ZIP:V6A 1N4]]. PHN [[PLAN:9876 543 210]]. He's on Kadian 600 mg daily, witnessed at [[FAC:Oppenheimer Park Pharmacy]], and the pharmacist, [[HCP:Gurpreet Sandhu]], is great.\n"
     "The building closes for 'renovation' on the [[DATE:31st]] and BC Housing has offered him a modular unit in [[TOWN:Surrey]]. His outreach worker, [[REL:Tessa Many Grey Horses]], thinks he'll lose his pharmacy, his bottle-depot job and his carries in one go. The last time he moved (in [[YEAR:2021]]) he overdosed within a week.\n"
     "Any experience getting witnessed dosing transferred across health authorities the same day?\n— Rachel\n"
     "↳ @dr.jonah.w: Fax the new pharmacy the Rx with an explicit 'last dose given' line and call them yourself; don't leave it to the patient. And send him with naloxone and the Lifeguard app set up."),
    # 010 hospitalist: forklift injury at a cold-storage warehouse, supervisor pressure, wife, comp claim, adjuster email; OSHA untagged
    ("Hospital Medicine › Occupational\n"
     "[[PT:Héctor Villalobos]], 52, pelvic fracture after a forklift pinned him at [[FAC:Bluegrass Cold Storage]] in [[TOWN:Shepherdsville]] on [[DATE:8/19]] (night shift). His supervisor, [[REL:Trent Dawes]], has called the floor three times asking when he'll be 'back on light duty', and told his wife [[REL:Rosa]] the company would 'take care of the bills directly' if they didn't file comp.\n"
     "They filed anyway: claim # [[ID:WC-24-088412]]. The adjuster, [[REL:Kimberly Oduya]] ([[EMAIL:koduya@bluegrasscomp.com]]), wants a work status note today. He can't bear weight for 6-8 weeks. He asked me not to write anything about his immigration status; it isn't relevant to the claim and I haven't.\n"
     "Occ med folks: in KY does the employer get to pick the treating doctor after discharge? And is an OSHA complaint worth it? Per a coworker, the forklift's backup alarm hadn't worked for months."),
    # 011 school attendance letter pasted by a paediatrician: school address and phone, letter date, student ID, county truancy officer, teacher with a season surname, counselor with a month first name, weekday-plus-date
    ("Peds › School & Advocacy\n"
     "Pasting the letter mom brought in. Kid has HbSS; the 'unexcused' days are pain crises and admissions.\n\n"
     "[[FAC:Whitmore Lake Middle School]] · [[STREET:8845 Main St]], [[TOWN:Whitmore Lake]], MI [[ZIP:48189]] · [[PHONE:734-555-0106]]\n"
     "[[DATE:October 4, 2024]]\n"
     "To the physician of [[PT:Jaylen Brooks]] (Grade 7, Student ID [[ID:2201457]]):\n"
     "[[PT:Jaylen]] has missed 23 days since [[DATE:September 3]]. Under district policy a student with 10 or more unexcused absences is referred to the [[COUNTY:Washtenaw County]] truancy officer. His homeroom teacher, Mr. [[REL:Summer]], reports he is 'falling asleep in class'. Counselor [[REL:April Lindqvist]] has scheduled a 504 meeting for [[DATE:Thursday, October 17]].\n"
     "Sincerely, [[REL:Deborah Kinsella]], Principal\n\n"
     "Mom ([[REL:Keisha Brooks]]) works nights at the [[FAC:Arbor Foods distribution center]] and can't make 2 pm meetings. I'm writing a 504 letter (home instruction during admissions, water bottle, bathroom and elevator passes). Any template language that works?"),
    # 012 UK GP letter for a possession hearing: DOB, NHS number, flat line, neighbourhood, postcode, landlord, court, NI number, housing officer; Shelter helpline untagged
    ("General Practice › UK\n"
     "Wrote this yesterday; too long for a possession hearing?\n\n"
     "To whom it may concern\n"
     "Re: Mr [[PT:Desmond Achterberg]], DOB [[DATE:17/04/1961]], NHS no. [[PLAN:485 777 3456]], of [[STREET:Flat 6, 41 Claremont Road]], [[PLACE:Moss Side]], [[TOWN:Manchester]] [[ZIP:M14 4RF]]\n"
     "I have been Mr [[PT:Achterberg]]'s GP since [[YEAR:2009]]. He has COPD (FEV1 38%), heart failure and recurrent depression. I understand his landlord, Mr [[REL:Graham Pickles]], served a section 21 notice on [[DATE:2 May]] and that a possession hearing is listed at [[FAC:Manchester Civil Justice Centre]] on [[DATE:14 August]]. A move to a property with stairs would be dangerous to his health; he cannot manage more than 10 steps.\n"
     "His housing officer at the council, Ms [[REL:Bernadette Okonjo-Hughes]], is aware. He receives Universal Credit (LCWRA), and his NI number, [[SSN:JT 47 82 19 C]], is on the council's file.\n\n"
     "I also pointed him to Shelter's helpline (0808 800 4444)."),
    # 013 Sydney geriatrician: hoarding and squalor in a 91-year-old, suburb and postcode, nickname, council officer, neighbour with an ordinary-word first name, employer, Medicare number
    ("Geriatrics › Australia\n"
     "[[PT:Walter Pearce]], [[AGE:91]], lives alone at [[STREET:23 Silver St]], [[PLACE:Marrickville]] NSW [[ZIP:2204]]. Admitted after the ambos had to cut a path through newspapers to reach him. Severe domestic squalor, rats, no working fridge. MMSE 24/30, and he firmly declines help at home.\n"
     "The council's compliance officer, [[REL:Stavros Papadakis]], has issued a clean-up order with a deadline of [[DATE:15 March]]; the neighbour, [[REL:Joy Whitlam]], made the complaint and also brings him dinner most nights. His son lives interstate and says 'Dad has always been like this'. Medicare [[PLAN:4128 55073 2]].\n"
     "Mr [[PT:Pearce]] ([[PT:Wal]] to everyone) was a compositor at the [[FAC:Sydney Morning Herald]] for 40 years and the papers are 'his archive'. Has anyone used NCAT guardianship for squalor, or is that overreach if he has capacity for this decision? ACAT came and he sent them away."),
    # 014 APS report: county, age 88 untagged, apartment line, MBI, grandson, month-only dates, credit union and partial account, pastor and church, PCP, reporting hospital and phone
    ("ADULT PROTECTIVE SERVICES — REPORT OF NEED (as submitted online)\n"
     "County: [[COUNTY:Allegheny County]]\n"
     "Adult: [[PT:Florence Mbeki-Rourke]], age 88, [[STREET:712 Brookline Blvd, Apt 2]], [[TOWN:Pittsburgh]], PA [[ZIP:15226]]. Medicare [[PLAN:5TQ9-HN2-WR61]].\n"
     "Alleged perpetrator: grandson [[REL:Tyler Rourke]], 27, lives in the home.\n"
     "Concerns: since [[DATE:June]], repeated ATM withdrawals of $400-800 from Mrs. [[PT:Mbeki-Rourke]]'s checking account at [[FAC:Three Rivers Federal Credit Union]] (acct ending [[ACCT:4471]]); rent two months behind; admitted [[DATE:9/22]] dehydrated with a sacral pressure injury (Braden 11). She says [[REL:Tyler]] 'keeps the card for safekeeping'.\n"
     "Collateral: Pastor [[REL:Ezekiel Obi]] of [[FAC:Mount Ararat Baptist Church]] says she stopped coming to services in [[DATE:July]]; her PCP, Dr. [[HCP:Lenore Castellano]], had flagged weight loss.\n"
     "Reporter: attending geriatrician, [[FAC:UPMC Mercy]], [[PHONE:412-555-0190]]."),
    # 015 Irish GP appeal letter: Irish-language names, street, town, Co. Mayo, Eircode, PPSN, claim ref, medical card, day centre, sister, full date and month-year
    ("General Practice › Ireland\n"
     "Third appeal letter this year for the same man. For the record, this is what I sent:\n\n"
     "Re: [[PT:Seán Ó Conghaile]], [[STREET:4 Knock Road]], [[TOWN:Claremorris]], [[COUNTY:Co. Mayo]] [[ZIP:F12 X6P3]]. PPSN [[SSN:8273615WA]]. Claim ref. [[ID:DA-7712094]]. Medical card [[PLAN:M448190J]].\n"
     "Dear Ms [[REL:Nic Giolla Phádraig]],\n"
     "Mr [[PT:Ó Conghaile]] had a left MCA stroke on [[DATE:8 November 2022]] and has expressive dysphasia and a dense right hemiparesis. He cannot dress alone. He attends [[FAC:Tús Nua day centre]] in [[TOWN:Castlebar]] three days a week, and his sister [[REL:Máire]] cares for him the rest of the time. The Deciding Officer's view that he is 'capable of light work' is not consistent with any assessment on file, including the OT report of [[DATE:March 2024]].\n\n"
     "What's the trick with the Social Welfare Appeals Office? Ask for an oral hearing?"),
    # 016 short post: teenage son interpreting, professional Somali interpreter
    ("Humbling one. [[PT:Hamdi Warsame Aden]], 58, 'noncompliant' with insulin for three admissions while her son [[REL:Abdirahman]] (14) interpreted. An in-person interpreter, [[REL:Fadumo Yusuf]], found [[PT:Hamdi]] had never been told the pen needs a new needle. Kids are not interpreters."),
    # 017 group text with a 94-year-old's children: phone, town, siblings, neighbour's nickname twice, holiday date, memory care, VA clinic social worker
    ("Hospital Medicine › Family meetings\n"
     "Pasting (with their permission) the group text I've been pulled into. Dad = [[PT:Earl Pritchard]], [[AGE:94]].\n"
     "[[REL:Bethany Pritchard-Moss]] [[PHONE:(512) 555-0138]]: Dr, can we talk before 5? [[REL:Dale]] thinks Dad can go home to [[TOWN:Lockhart]] but who's going to be there??\n"
     "Me: I can call at 4:30.\n"
     "[[REL:Dale Pritchard]]: At work til 6. Dad's house is fine, [[REL:Chuy]] next door checks on him.\n"
     "[[REL:Bethany Pritchard-Moss]]: [[REL:Chuy]] is 80!! And Dad has fallen 3 times since [[DATE:Easter]].\n"
     "[[REL:Dale Pritchard]]: [[FAC:Hill Country Senior Living]] wants $6,200/mo for memory care. Not happening.\n"
     "[[REL:Bethany Pritchard-Moss]]: VA should cover some of it, he was in Korea.\n"
     "Me: The VA social worker, [[REL:Renata Quiñones]] at the [[FAC:Austin VA Outpatient Clinic]], can look at Aid & Attendance. I'll ask her to call you both.\n\n"
     "Lesson re-learned: never agree to a group text."),
    # 018 voicemail transcript from a landlord: date with weekday, street-and-unit in speech, court date, same phone written two ways, niece, towns
    ("Hospital Medicine › Bay Area\n"
     "Voicemail left on our unit line ([[DATE:Tue 3/18]], 7:42 am), auto-transcribed:\n"
     "'Yeah hi, this is [[REL:Gus Papadopoulos]], I own the building, you got my tenant Mrs. [[PT:Ortega]] from [[STREET:2207 Larkin unit 4]]. Look, she's got the court date [[DATE:April 2nd]] on the unlawful detainer, I'm not trying to be the bad guy, but the fire marshal was in there and it's papers to the ceiling and like nine cats. If she comes back there I got to call somebody. Call me back [[PHONE:415-555-0173]], again that's [[PHONE:415 555 0173]]. Thanks.'\n\n"
     "She's 79, new disinhibition and hyperorality, probable bvFTD. [[TOWN:San Francisco]] tenant for 31 years, rent-controlled. Her niece [[REL:Xóchitl Ortega]] is the only family and lives in [[TOWN:Fresno]]. I'm not calling him back until she has a lawyer and APS is involved. Does a capacity finding help or hurt her in housing court?"),
    # 019 pasted placement list: MRN, MLTSS ID, facilities with towns, phones and a fax, admissions contacts, wife's phone, case manager's pager
    ("Case Management › New Jersey\n"
     "Placement list for [[PT:Ignatius Obi-Lawal]] (MRN [[MRN:H00982714]]), trach/PEG, NJ FamilyCare MLTSS ID [[PLAN:NJ8820417731]]. Day 41.\n"
     "1. [[FAC:Meadowview Rehabilitation]], [[TOWN:Paramus]]: ph [[PHONE:201-555-0145]] / fax [[FAX:201-555-0146]]; declined (no trach beds)\n"
     "2. [[FAC:Palisades Subacute Center]], [[TOWN:Fort Lee]]: ph [[PHONE:201-555-0152]]; [[REL:Shaniqua Dorsey]] (admissions) wants the level-of-care letter\n"
     "3. [[FAC:Saint Bartholomew's Care Center]], [[TOWN:Teaneck]]: accepts if Medicaid is active by [[DATE:11/30]]; contact [[REL:Mordechai Stern]]\n"
     "Family: wife [[REL:Adaeze]] ([[PHONE:973-555-0127]]) prefers #3, near her church.\n"
     "CM: [[REL:Iris Feldman]], pager [[PAGER:201-555-0199]]"),
    # 020 case-management email chain: RN case manager (HCP) and her email, sent date with weekday, surname-first Vietnamese name, LTACH, auth reference, P2P date, insurer physician, son's phone
    ("Pasting the chain because I'm out of ideas:\n"
     "From: [[HCP:Dana Kowalski]], RN CM <[[EMAIL:d.kowalski@riverbendhealth.org]]>\n"
     "Sent: [[DATE:Friday, September 13]] 4:51 PM\n"
     "Subject: RE: [[PT:Pham]] – LTACH auth denied (again)\n"
     "Team, [[FAC:Lakeshore Specialty Hospital]] accepted Mr. [[PT:Pham Van Thanh]] (MRN [[MRN:RB-2291374]]) clinically, but the plan denied the LTACH auth (ref [[ID:A240913-55821]]) as 'can be managed at SNF level'. No SNF in the county will take him on a vent wean. Peer-to-peer is scheduled [[DATE:9/16]] at 2:15 with their Dr. [[HCP:Lowenstein]]. The son, [[REL:Kevin Pham]] ([[PHONE:216-555-0183]]), wants to file a grievance and has already called the state insurance department.\n"
     "Please have the attending document daily SBT failures and vent settings.\n"
     "[[HCP:Dana]]\n\n"
     "Attending here. Third P2P this month with the same reviewer. Is there any point arguing InterQual live, or do I go straight to expedited external review?"),
    # 021 psychiatrist: Medicaid MCO step-therapy denial for an LAI, group home on a street, member ID, brother who shares a first name with the replying colleague ("thanks Jordan" is the colleague), appeal number and due date
    ("Psychiatry › Payers\n"
     "[[PT:Tariq Belhadj]], 24, first-episode schizophrenia, lives at [[FAC:Crossroads Group Home]] on [[STREET:Ferris Ave]] in [[TOWN:Lansing]]. Did well on paliperidone palmitate inpatient; the Medicaid MCO (member [[PLAN:0049382716]]) denied continuation because he hasn't 'failed two oral agents'. He has failed zero oral agents because he has never taken one for longer than nine days.\n"
     "His brother [[REL:Jordan Belhadj]] is his payee and drives him to injections; the group-home manager, [[REL:Lashonda Pierce]], says the house can't supervise oral meds twice a day. Appeal # [[ID:MCO-APL-2024-33190]] is due [[DATE:12/6]].\n"
     "↳ @jellis_psych: Quote the plan's own policy: most MCOs have an exception for first episode and documented nonadherence risk. Attach the discharge summary and a letter from the group home. If it's denied again, the state fair hearing is usually faster than the plan's second level.\n"
     "↳ thanks Jordan, will do."),
    # 022 Irish ED: rough sleeper on St Stephen's Day, Garda, a street without a number, hostel, month and mid-month dates, medical card, mother's address in a neighbourhood with Eircode, key worker, year
    ("Emergency Medicine › Ireland\n"
     "[[PT:Declan Mac an tSaoir]], 47, well known to us, brought in by Garda [[REL:Niamh Kehoe]] on [[DATE:St Stephen's Day]] after being found in a doorway on [[STREET:Abbey Street]], GCS 9, temp 33.1. Sleeping rough since losing his bed at [[FAC:Haven House hostel]] in [[DATE:October]]. Medical card [[PLAN:N221703K]].\n"
     "Last fixed address was his mam's flat, [[STREET:12 Sillogue Gardens]], [[PLACE:Ballymun]], [[TOWN:Dublin]] [[ZIP:D11 R2W4]]; she died in [[YEAR:2020]] and the council took the flat back. The Housing First key worker, [[REL:Shane Doolan]], says a one-bed in [[PLACE:Phibsborough]] comes up [[DATE:mid-January]] if he stays engaged.\n"
     "Anyone got a step-down bed arrangement that takes people still drinking?"),
    # 023 rehab physician (NSW): NDIS participant number, SIL provider, house address, holiday incident date, town that is also a capital city, staff nickname, support coordinator, mother's PO box, Centrelink CRN
    ("Rehabilitation › Australia\n"
     "[[PT:Jayden Kirkbride]], 22, TBI after an MVA three years ago, NDIS participant no. [[PLAN:431829667]], lives in a SIL house run by [[FAC:Outback Pathways Supports]] at [[STREET:14 Banksia Cres]], [[TOWN:Dubbo]] NSW [[ZIP:2830]]. On [[DATE:Australia Day]] he walked out after a fight with another resident and was found two days later in [[TOWN:Wellington]] with a fractured wrist.\n"
     "The house manager, [[REL:Nev]], wants him moved somewhere 'more secure'; his support coordinator, [[REL:Kirra Dawson]], says the plan doesn't fund 1:1. His mum, [[REL:Sharon Kirkbride]] ([[STREET:PO Box 214]], [[TOWN:Bourke]] NSW [[ZIP:2840]]), wants him home, but there's no day program out there. Centrelink CRN [[ID:204 665 118K]] for the DSP review.\n"
     "Is a restrictive practices authorisation the only route to a lockable door, or is there a less awful way?"),
    # 024 paediatrician (Ontario): child in care, month-year date, foster parents named together, CAS branch, birth mother, First Nation, aunt, health card, school named for a person, teacher; Jordan's Principle untagged
    ("Paediatrics › Child welfare (Ontario)\n"
     "[[PT:Kaiden Whiteduck]], 7, in care since [[DATE:August 2023]], came to clinic with his foster parents, [[REL:Brent]] and [[REL:Charmaine Fairweather]], for failure-to-thrive follow-up (weight up from the 2nd to the 10th centile on their cooking). His worker is [[REL:Helen Kwan]] at the [[FAC:Sunnyside branch of Children's Aid]]; access visits with his birth mom, [[REL:Skye Whiteduck]], are supervised at the branch every Tuesday.\n"
     "His band, [[PLACE:Walpole Island First Nation]], wants him placed with kin, and his aunt [[REL:Roberta]] has applied to be a kinship home. Health card [[PLAN:6612-004-381-AB]]. He's in grade 2 at [[FAC:Queen Mary Public School]], and his teacher, Ms. [[REL:Fontaine]], says he hoards food in his desk.\n"
     "We're applying through Jordan's Principle for an OT assessment; anyone know the current turnaround?"),
    # 025 UK GP: asylum seeker in a contingency hotel, room in the street line, postcode, Home Office and ARC refs, interpreter, solicitor at a law centre, interview date, NHS number; colleague reply
    ("General Practice › Asylum & refugee health\n"
     "New registration from the [[FAC:Crestwood Hotel]], [[STREET:9 Station Approach, Room 314]], [[TOWN:Wakefield]] [[ZIP:WF1 1QX]]: [[PT:Tesfay Gebremeskel]], says he is 17; the Home Office have him as 23 after a 'visual' age assessment. HO ref [[ID:G2281734]], ARC no. [[ID:UKN 04 8813 72]]. Scars on both wrists and both soles; says he was held in Libya for 8 months.\n"
     "The phone interpreter, [[REL:Yonas]] (Tigrinya), was excellent. His solicitor, [[REL:Ifeoma Nwosu-Barker]] at [[FAC:Chapeltown Law Centre]], wants a scarring report and an age-dispute letter before his substantive interview on the [[DATE:3rd of June]]. NHS no. [[PLAN:721 004 8865]].\n"
     "↳ @drhelenwgp: Don't do the age assessment yourself; describe what you saw and ask the local authority for a Merton-compliant assessment. For the scars, use Istanbul Protocol language (consistent with / highly consistent / typical of / diagnostic of)."),
    # 026 psychiatry (Washington): ITA petition, county in capitals, initials, cause number, DCR, full date, landlord's daughter, street address, state hospital, year, public defender; weekday alone untagged
    ("Psychiatry › Involuntary treatment\n"
     "Pasting the relevant part of my 14-day petition for peer review:\n"
     "SUPERIOR COURT OF WASHINGTON FOR [[COUNTY:KING COUNTY]]. In re the Detention of [[PT:A.M.K.]], Cause No. [[ID:24-6-00417-8 SEA]]. Respondent [[PT:Aurelio Mendes Kamakau]], 31, was detained by DCR [[REL:Siobhan Tully]], MSW, on [[DATE:11/02/2024]] after his landlord's daughter, [[REL:Wren Abernathy]], found him on the roof of [[STREET:1819 S Jackson St]] 'talking to satellites'. Per his roommate, he has not slept or eaten in four days. Prior admission to [[FAC:Western State Hospital]] in [[YEAR:2020]].\n\n"
     "His public defender, [[REL:Marcus Oyelowo]], will argue he's not gravely disabled because he's 'eating some'. Probable cause hearing is Wednesday. Is 'four days without food' enough on its own, or do I need weight and labs in the petition?"),
    # 027 paediatrician: school bullying, fake account handle, parents' group URL, assistant principal, counselor; the mother shares a first name with the replying colleague ("Thanks Jessica" is the colleague)
    ("Peds › Adolescent\n"
     "[[PT:Maddox Kerrigan]], 13, came in with his mom [[REL:Jessica]] after cutting for the first time. Classmates at [[FAC:Prairie Wind Middle School]] in [[TOWN:Olathe]] made an account, [[HANDLE:@maddox.is.a.freak]], and posted a video of him in the locker room. The assistant principal, Mr. [[REL:Brandt Hollis]], told [[REL:Jessica]] it's 'off campus, not our jurisdiction'. She posted about it in a parents' group ([[URL:facebook.com/groups/olatheparentsunite]]) and now the other parents are messaging her.\n"
     "PHQ-A 19, ASQ positive (no plan, no intent). Safety plan done, 988 saved in his phone, therapy referral placed; the school counselor, Mrs. [[REL:Ferraro-Quist]], is lovely but has 600 kids.\n"
     "↳ @jtran_peds: Title IX and the state anti-bullying statute both reach off-campus conduct that disrupts school. A short physician letter naming the diagnosis and the functional impact does move principals.\n"
     "↳ Thanks Jessica!"),
    # 028 ED: frostbite under an overpass on Christmas Eve, Lakota patient with a nickname, reservation, street named for a city, rescue mission, sister, home town, Christmas Day, mission director
    ("Emergency Medicine › Rural & Indigenous health\n"
     "[[PT:Leonard]] “[[PT:Lenny]]” [[PT:Two Bulls]], 56, from [[PLACE:Pine Ridge]], living outside in [[TOWN:Rapid City]]. A bus driver found him under the [[STREET:Omaha Street]] overpass on [[DATE:Christmas Eve]], core temp 30.2, frostbite to all ten toes. The [[FAC:Black Hills Rescue Mission]] had turned him away at 9 pm for intoxication (BAL 0.21).\n"
     "His sister [[REL:Winona Two Bulls]] drove up from [[TOWN:Kyle]] on [[DATE:Christmas Day]]; she says IHS won't cover amputation follow-up if he stays in town. The mission's director, Pastor [[REL:Dale Rasmussen]], says he can have a bed after 72 hours sober, which is not how alcohol use disorder works.\n"
     "Has anyone got a wet shelter or managed alcohol program working in a small city?"),
    # 029 palliative: dying at home, apartment complex and unit line, property manager, hospice and its nurse, granddaughter with a brand name, reverend and church, Mother's Day as a goal date
    ("Palliative Care › Home hospice\n"
     "Mrs. [[PT:Mae Belle Crutchfield]], 72, metastatic pancreatic cancer, wants to die at home at [[FAC:Magnolia Terrace]] apartments, [[STREET:410 Dauphin Island Pkwy, Apt 3C]], [[TOWN:Mobile]]. The property manager, [[REL:Chad Whitcomb]], told [[FAC:Gulf Coast Hospice]] that a hospital bed and an oxygen concentrator 'violate the lease'. Hospice nurse [[HCP:Tonya Rudolph]] has been bringing the morphine concentrate in her own car.\n"
     "Her granddaughter [[REL:Mercedes]] is her caregiver; her pastor, Rev. [[REL:Otis Greer]] of [[FAC:Greater New Hope Missionary Baptist Church]], has offered to 'go talk to that boy'. Her goal is to see [[DATE:Mother's Day]].\n"
     "I've written a Fair Housing Act reasonable-accommodation letter. Has a landlord ever pushed back after getting one? HUD complaint timelines are far too slow for her."),
    # 030 GP (Nova Scotia): 90-year-old, neighbour with POA, month date, credit union account, street, postal code, MSI number, daughter abroad in a town, RCMP constable
    ("Family Medicine › Elder abuse\n"
     "[[PT:Agnes MacLellan]], [[AGE:90]], sharp as a tack until a stroke last spring. Her neighbour, [[REL:Roddie MacIsaac]], got her to sign an enduring POA in [[DATE:May]], and since then her account at [[FAC:East Coast Credit Union]] ([[ACCT:0081-447210]]) has paid for a truck and a snowmobile. She lives at [[STREET:88 Hawthorne St]], [[TOWN:Antigonish]] [[ZIP:B2G 1A9]]. MSI [[PLAN:0048 119 207]].\n"
     "Her daughter [[REL:Fiona]] lives in [[TOWN:Aberdeen]], Scotland, and only found out when the credit union's fraud team phoned her. RCMP Cst. [[REL:Pelletier]] says it's 'civil' because there's a signed POA.\n"
     "Public Trustee, or Adult Protection Act referral first? She scores 19/30 on the MoCA now and I doubt she had capacity back then either."),
    # 031 addiction medicine (Florida): drug-court judge with a hyphenated name, criminal case number, recovery residence address, house manager nickname, sponsor with a quoted nickname, mother's Marchman petition in a county, hearing date
    ("Addiction Medicine › Courts\n"
     "[[PT:Colby Renfro]], 26, on XR-naltrexone through drug court (Judge [[REL:Harriet Okafor-Lind]], case [[ID:2023-CF-011842]]). Lives at [[FAC:Serenity Ridge Recovery Residence]], [[STREET:217 NE 4th Ave]], [[TOWN:Delray Beach]]. The house manager, [[REL:Skip]], wants him out because he's 'on a drug' (it's Vivitrol) and the house is 'abstinence only'. His sponsor, “[[REL:Big Mike]]” [[REL:Santangelo]], is backing him.\n"
     "His mom, [[REL:Denise Renfro]], filed a Marchman Act petition in [[COUNTY:Palm Beach County]] last year; that's closed. Next status hearing is [[DATE:Dec. 12]].\n"
     "Is there a certified recovery residence anyone trusts that accepts MOUD? The ADA and Olmstead logic seem to apply, but I don't want to send him somewhere worse."),
    # 032 resident post: patient by surname then first name, shelter, intersection of two streets (one named for a person), MassHealth ID, respite facility and its short form in a reply, attending; sign-off and reply
    ("Residents › Venting\n"
     "PGY-2 here. We discharged Mr. [[PT:Costa]] (61, cellulitis, HIV, undomiciled) at 6 pm on a Friday because the bed was 'needed'. [[PT:Joaquim]] asked for a cab to [[FAC:Long Wharf Men's Shelter]]; intake had closed, so he slept at [[STREET:Mass Ave]] and [[STREET:Melnea Cass Blvd]] and came back Sunday septic. MassHealth ID [[PLAN:100293847561]] was active the whole time; we could have had a respite bed at [[FAC:Barbara McInnis House]] if anyone had called before 3.\n"
     "My attending, Dr. [[HCP:Haddad]], says it's on the system, not us. I think it's on us.\n— Tomás\n"
     "↳ @boston_hosp_jl: It's on both. Put 'shelter intake closes at X' into your team's discharge checklist. The [[FAC:McInnis]] bed request needs an ID and a med list, nothing magic."),
    # 033 forensic psychiatrist (England): prison name, prison number, warrant date, hospital short form, sentence end date, offender manager, daughter, town, prison GP
    ("Forensic Psychiatry › UK\n"
     "Transfer delays again. [[PT:Lorna Fitzsimmons]], 44, at [[FAC:HMP Fenwick Moor]] (prison no. [[ID:A4821CK]]), floridly psychotic in segregation for six weeks. Both s.47 recommendations are in, the MoJ warrant came through on [[DATE:2 October]], and [[FAC:Rampton]] still says 'no bed until the new year'. Sentence end date [[DATE:12/11/2025]], so if this drags we'll be doing a s.2 at the gate.\n"
     "Her offender manager, [[REL:Gemma Stott]], has been brilliant. Her daughter [[REL:Kayleigh Fitzsimmons]] in [[TOWN:Rotherham]] rings the wing daily. The prison GP, Dr [[HCP:Anwar Siddiqui]], started olanzapine under common law, which I know is not ideal.\n"
     "The 28-day transfer limit in the Mental Health Bill can't come soon enough."),
    # 034 family doctor (Toronto): refugee claimant with a virtue first name, hotel-shelter room line, neighbourhood, postal code, IRB file and UCI, settlement worker at a hub named for an intersection, interpreter, hearing date
    ("Family Medicine › Newcomer health\n"
     "[[PT:Mercy Achieng Otieno]], 29, refugee claimant from Kenya, 31 weeks pregnant, living with her daughter at the [[FAC:Lakeview Suites]] shelter-hotel, [[STREET:1677 Wilson Ave, Room 517]], [[PLACE:Downsview]], [[TOWN:Toronto]] [[ZIP:M3L 1A5]]. IRB file [[ID:TC4-12873]], UCI [[ID:11-2233-4455]]. IFHP covers her, but the hospital's L&D unit keeps asking for a deposit.\n"
     "Her settlement worker, [[REL:Ngozi Abara]] at the [[FAC:Jane-Finch Newcomer Hub]], is trying to get her moved before the baby comes. The Swahili interpreter, [[REL:Baraka]], told me afterwards that [[PT:Mercy]] had been too frightened to mention the bleeding at her last visit. Her hearing is [[DATE:January 22]], three weeks after her due date.\n"
     "Anyone written a letter to the IRB asking to postpone for obstetric reasons?"),
    # 035 ED (NSW): strangulation, husband with a quoted nickname, suburb, town and postcode, weekday-plus-date, police event number, senior constable, rego plate, refuge and worker, fictional-range mobile, Medicare; 1800RESPECT untagged
    ("Emergency Medicine › Australia\n"
     "[[PT:Shannon Doyle-Ngata]], 33, non-fatal strangulation (petechiae, voice change) by her husband [[REL:Bradley]] “[[REL:Bazza]]” [[REL:Ngata]] at their home in [[PLACE:Cambridge Park]], [[TOWN:Penrith]] [[ZIP:2747]] on [[DATE:Sunday 7 April]]. Police event [[ID:E72149038]]; Sen. Const. [[REL:Tran]] is applying for a provisional AVO. He drives a white Hilux, rego [[PLATE:EBK42R]], and has been parked outside the ED since midnight.\n"
     "She's going to [[FAC:Nepean Women's Refuge]] tonight; the worker there, [[REL:Leanne]], asked us to ring [[PHONE:0491 570 156]] when she's ready. Medicare [[PLAN:3398 40127 1]]. CTA neck clean. 1800RESPECT card given.\n"
     "Do you all CT every strangulation now? We had a debate on the floor."),
    # 036 GP (Ireland): international protection applicant in an accommodation centre, Eircode, IPO reference that looks like a fraction, PPSN, children with virtue names, school, centre manager, Tusla office on a street, social worker, interview date
    ("General Practice › Ireland\n"
     "[[PT:Blessing Chukwuemeka]], 36, lives with her three children in one room at [[FAC:Ballinacurra Accommodation Centre]], [[TOWN:Limerick]] [[ZIP:V94 K2T8]]. IPO ref [[ID:1198/24]], PPSN [[SSN:7754310KA]]. Her eldest, [[REL:Favour]] (11), has been missing school at [[FAC:Scoil Íde]], and the centre manager, Mr [[REL:Tadhg Broderick]], reported her to Tusla for 'neglect' after the kids were found alone in the room.\n"
     "The social worker from the [[FAC:Tusla office on Henry Street]], [[REL:Orla Fennessy]], was kind and agreed the real problem is four people in one room with no kitchen. The youngest, [[REL:Precious]], has asthma and the room has black mould. Her IPO interview is on [[DATE:28/11]].\n"
     "Has anyone had success getting a transfer on medical grounds?"),
    # 037 hospitalist: death of a packing-house worker, quoted nickname, date, employer, ME case, nephew with a doubled nickname, phone, fundraiser URL, home town abroad, consulate office, Facebook profile URL, HR contact
    ("Hospital Medicine › End of life\n"
     "[[PT:Romeo]] “[[PT:Romy]]” [[PT:Dimaculangan]], 58, died on our unit on [[DATE:May 19]] after a heat-related collapse at [[FAC:Golden Harvest Packing]] in [[TOWN:Salinas]]. Medical examiner case [[ID:ME-2024-04417]]. His nephew [[REL:Jun-Jun Dimaculangan]] ([[PHONE:831-555-0114]]) set up [[URL:https://www.gofundme.com/f/bring-tito-romy-home]] to send his body home to [[TOWN:Lipa]], and the [[FAC:Philippine Consulate General in San Francisco]] wants the death certificate apostilled first. His Facebook ([[URL:facebook.com/romy.dimaculangan.73]]) is full of photos from the packing line.\n"
     "The employer's HR person, [[REL:Courtney Vail]], keeps calling to ask whether it was 'natural causes'. I'm listing heat stroke on the certificate. Cal/OSHA's indoor heat standard should have covered that shed."),
    # 038 disability lawyer's letter: law firm and suite address, claimant, SSN last four, hearing date, named hearing office, ALJ, paralegal phone and email, former employer; form numbers untagged
    ("Internal Medicine › Disability paperwork\n"
     "The law firm sent me this. I get eleven of these a month.\n\n"
     "[[FAC:Lowry & Adeyemi Disability Law]] · [[STREET:600 S Gay St, Suite 1210]], [[TOWN:Knoxville]], TN [[ZIP:37902]]\n"
     "Claimant: [[PT:Tammy Lynn Burkhalter]]   SSN (last 4): [[SSN:8826]]\n"
     "Hearing: [[DATE:February 11, 2025]], 9:00 a.m., [[FAC:Knoxville Hearing Office]], before ALJ [[REL:Robert K. Garnett]]. Please complete the enclosed Medical Source Statement (physical and mental RFC). Form SSA-827 is attached. Contact: paralegal [[REL:Ashton Pruitt]], [[PHONE:865-555-0109]], [[EMAIL:apruitt@lowryadeyemi.com]].\n\n"
     "[[PT:Tammy]] is 49, with fibromyalgia, bipolar II and an L5-S1 fusion. She worked at [[FAC:Tennessee Valley Mills]] for 22 years. Listing 12.04 probably isn't met; the grid rules at 50 are what her lawyer is counting on. How honest is everyone on the 'off-task %' question?"),
    # 039 paediatrician: lead poisoning, housing authority, voucher number, unit line, ZIP, landlord LLC and its contact, city inspector, mother
    ("Peds › Environmental\n"
     "[[PT:Amari Jefferson]], 2, BLL 38 µg/dL (was 12 at the 12-month visit). The family has a Housing Choice Voucher through the [[FAC:Maumee Valley Housing Authority]] (voucher # [[ID:HCV-0071842]]) for [[STREET:1523 Nebraska Ave, Unit B]], [[TOWN:Toledo]] [[ZIP:43607]], a pre-1940 duplex. The landlord is [[FAC:Glass City Holdings LLC]]; the man who answers the phone, [[REL:Randy Szymczak]], told mom the chips are 'from the neighbors'.\n"
     "The city lead inspector, [[REL:Darlene Hatch]], found 5.2 mg/cm² on the window sills. Mom ([[REL:Tiana Jefferson]]) asked to move the voucher to her sister's town and was told she'd lose her place. An emergency transfer under the HUD lead rule should cover this, right?"),
    # 040 old-age psychiatrist (England): s.117 dispute, care home, towns, shire county, neighbourhood, month, son, AMHP, best-interests meeting date; colleague reply
    ("Old Age Psychiatry › UK\n"
     "Funding ping-pong. [[PT:Harold Bickerstaff]], 84, on a s.3 for four months with Lewy body dementia and aggression, ready to leave. [[FAC:Ashgrove Lodge]] care home in [[TOWN:Leek]] will take him. He gets s.117 aftercare, but [[COUNTY:Staffordshire]] and [[TOWN:Stoke-on-Trent]] are arguing about where he was ordinarily resident: he lived in [[PLACE:Hanley]] until [[DATE:March]], then moved in with his son [[REL:Neil]] in [[TOWN:Cheadle]].\n"
     "The AMHP, [[REL:Priyanka Mistry]], has called a best-interests meeting for [[DATE:Thursday the 19th]] and neither council has confirmed.\n"
     "↳ @sallyb_oap: The 2016 amendment to the statutory guidance makes it where he lived immediately before detention. Get both councils in a room, and have the DoLS for the care home ready from day one."),
    # 041 ED (Washington): H-2A worker heat stroke, orchard employer, crew leader, camp cabin in the street line, daughter in a Mexican town, L&I claim, office manager, consulate office; WAC number untagged
    ("Emergency Medicine › Occupational\n"
     "[[PT:Eleuterio Cruz Mendoza]], 34, H-2A worker at [[FAC:Sunny Slope Orchards]] outside [[TOWN:Wenatchee]], brought in by a coworker with a temp of 42.1 after a ten-hour pear-picking shift at 104°F. The crew leader, [[REL:Rigo Valdez]], had told them water breaks were 'for the lazy'. He survived, with AKI and rhabdo (CK 48,000).\n"
     "He lives in employer housing at [[STREET:4410 Squilchuck Rd, Cabin 12]]; his daughter [[REL:Yaretzi]] in [[TOWN:Zamora]], Michoacán, keeps calling the nurses' station. We filed L&I claim [[ID:BF48821]]; the grower's office manager, [[REL:Patti Lindgren]], called to ask if he's 'fit to travel' home. We called the [[FAC:Mexican Consulate in Seattle]]'s protection department.\n"
     "Does WAC 296-62-095 let us report directly, or does it have to go through L&I?"),
    # 042 community paediatrician (London): CP medical, NHS number, nursery, weekday-plus-date dates, mother and partner, flat in a named block, postcode, social worker, borough service, police constable, CAD number containing a date
    ("Paediatrics › Safeguarding\n"
     "CP medical today: [[PT:Zion Asante-Mensah]], 14 months, NHS no. [[PLAN:943 210 7788]], torn frenulum and a bruise on the pinna noticed by [[FAC:Little Acorns Nursery]] on [[DATE:Monday 3 March]]. Lives with mum, [[REL:Abena Asante]], and her partner, [[REL:Jermaine Clarke]], at [[STREET:Flat 22, Kingsmead House, Homerton Road]], [[TOWN:London]] [[ZIP:E9 5PU]].\n"
     "The social worker, [[REL:Ruth Adeyemi-Cole]] ([[FAC:Hackney Children and Families Service]]), has a strategy meeting for [[DATE:Wed 5 March]] at 10; PC [[REL:Daniel Okafor]] from CAIT is coming, CAD [[ID:4471/03MAR25]].\n"
     "Skeletal survey and bloods (FBC, clotting, VWF screen) booked; siblings aged 3 and 6 to be seen too. Is anyone still doing repeat surveys at day 11-14 routinely?"),
    # 043 adolescent psychiatrist: teen whose first name is in her group home's name, home and its short form, town, Fourth of July, night staff, director, missing-person report number, probation officer, GAL, juvenile case number
    ("Child & Adolescent Psych › Residential\n"
     "[[PT:Hope Castellanos]], 15, placed at [[FAC:Hope Harbor Youth Residence]] in [[TOWN:Stockton]]. [[PT:Hope]] ran from the house on the [[DATE:Fourth of July]] during the fireworks and came back three days later with a new phone and a 24-year-old 'boyfriend'. Night staff [[REL:DeShawn Mills]] logged it; the director, [[REL:Carla Benavides]], filed a missing-person report ([[ID:24-071934]]).\n"
     "Her PO, [[REL:Gilbert Nuñez]], wants to file a violation; her GAL, [[REL:Andrea Fitzpatrick-Yoon]], wants a CSEC screen first (juvenile case [[ID:JV-24-0331]]). She told me '[[FAC:Hope Harbor]] is the only place that ever kept me more than a month.'\n"
     "How do you all document CSEC concerns without it ending up in the probation report?"),
    # 044 hospitalist (Colorado): medical respite named for a saint, day-labour employer on a street, truck plate, Medicaid ID, care coordinator email, respite nurse manager with a month first name, infusion company; OVIVA untagged
    ("Hospital Medicine › Homeless health\n"
     "Referral sent to [[FAC:St. Benedict Labre Respite Center]] for [[PT:Dwayne Ekwueme]], 49, vertebral osteomyelitis on six weeks of IV ertapenem via PICC. He's been sleeping in his truck (CO plate [[PLATE:BZK-R47]]) behind [[FAC:Front Range Staffing]] on [[STREET:Federal Blvd]], where he picks up day-labour shifts. Health First Colorado ID [[PLAN:K448201]].\n"
     "His care coordinator, [[REL:Marisa Del Toro]] ([[EMAIL:mdeltoro@frontrangercco.org]]), is on board, but the respite nurse manager, [[HCP:June Whitaker]], says no PICC unless a home-infusion nurse visits daily, and [[FAC:Rocky Mountain Infusion]] says they don't go to shelters.\n"
     "Switching to oral (OVIVA) is the obvious answer; ID is reluctant. Anyone's ID team comfortable with oral for vertebral osteo in this setting?"),
    # 045 geriatrician (Queensland): 97-year-old veteran (number and number-word), DVA Gold Card, My Aged Care ID, street named for an admiral, town and postcode, aged-care facility, son with EPOA, Anzac Day; pet's name untagged
    ("Geriatrics › Australia\n"
     "[[PT:Clarence Beattie]], [[AGE:97]], WWII RAAF ground crew, DVA Gold Card [[PLAN:QX201884]], My Aged Care ID [[ID:AC48115902]]. Lives alone at [[STREET:6 Jellicoe St]], [[TOWN:Toowoomba]] QLD [[ZIP:4350]] with 'help from the church ladies'. ACAT approved permanent residential care and [[FAC:Glenvale Gardens Aged Care]] has a bed, but his son [[REL:Russell]] (EPOA) won't sign because Dad 'always said no nursing homes'. The other son disagrees loudly.\n"
     "[[PT:Clarence]] says he'll go if he can take his budgie, Digger. He turned [[AGE:ninety-seven]] on [[DATE:Anzac Day]], which he considers a sign.\n"
     "Does an EPOA for personal matters even kick in while he has capacity for this decision? I think not, but the son has a solicitor's letter."),
    # 046 AOT order (New York): county in capitals, initials, index number, shelter and street, MHLS attorney, examining physician, hospital, order date, justice; long thread with colleagues, statute and case law untagged
    ("Psychiatry › Outpatient commitment\n"
     "SUPREME COURT OF THE STATE OF NEW YORK, [[COUNTY:KINGS COUNTY]]\n"
     "In the Matter of the Application of the Director of Community Services for an Order Authorizing Assisted Outpatient Treatment for [[PT:T.R.]]   Index No. [[ID:AOT-4417/24]]\n"
     "Respondent [[PT:Terrence Ruffin]], residing at [[FAC:Fulton Street Men's Shelter]], [[STREET:2040 Fulton St]], appeared with Mental Hygiene Legal Service attorney [[REL:Jonathan Abramowitz]]. Upon the testimony of [[HCP:Kwabena Osei]], MD, of [[FAC:Kings County Hospital Center]], the Court finds by clear and convincing evidence that the criteria of Mental Hygiene Law § 9.60 are met. ORDERED that respondent receive assisted outpatient treatment for six months from [[DATE:October 8, 2024]]. Hon. [[REL:Beatriz Salazar-Klein]], J.S.C.\n\n"
     "I'm the outpatient psychiatrist who'll be seeing him. Kendra's Law is 'court-ordered' but there's no forced medication in the community. Has anyone found AOT actually helps beyond getting the ACT team to prioritise?\n\n"
     "↳ @dami_cpsych: It helps, but mostly through the services that come with the order, not the order itself. In the NYS evaluations the big effects were on hospitalisation, arrests and homelessness while the order was active, and the counties that funded housing and ACT properly got most of the benefit. If all you get is a piece of paper and a monthly appointment, the data are much weaker. Ask the AOT coordinator what he is actually prioritised for: ACT, a supported housing application through the single point of access, and care management. Those are the real levers, and they're easier to get with the order than without it.\n"
     "↳ Ruth Sandoval, MD: Agree. Two practical things. First, the order lets you request a removal for evaluation if he doesn't comply and you believe he meets the criteria; it does not let anyone medicate him over objection in the community, and Rivers v. Katz still governs treatment over objection inpatient. Be honest with him about that, because people hear 'court order' and assume the worst, and then stop coming. Second, write the treatment plan with him. The plan filed with the petition is what the ACT team will read, and if it only says 'comply with medication' it will fail. Put in what he wants: the shelter bed he prefers, a phone, help with his SSI, whatever matters to him.\n"
     "↳ Thanks both. I'm going to sit down with [[PT:Terrence]] and the ACT team lead next week and rewrite the plan in his words; the order runs for six months and I'd rather spend them on housing than on arguments about injections."),
    # 047 addiction medicine: probation officer's email pasted, inmate number, jail, release date, named probation office, town, sister
    ("Addiction Medicine › Corrections\n"
     "Got this from a PO after I asked why my patient came out of jail with nothing:\n"
     "From: [[REL:Kristoffer Haugen]] <[[EMAIL:khaugen@dakotacc-probation.org]]>\n"
     "Subject: [[PT:Brittany Sorensen]] / inmate #[[ID:2024-003118]]\n"
     "Doctor, Ms. [[PT:Sorensen]] was released from [[FAC:Dakota County Jail]] on [[DATE:8/23]] at 11:40 PM. The jail's medical contractor does not provide bridge prescriptions. Her conditions require her to report to me within 72 hours at the [[FAC:Apple Valley probation office]]. Please note she is prohibited from using controlled substances unless prescribed.\n\n"
     "She was found down in a gas-station bathroom in [[TOWN:Burnsville]] 30 hours later, Narcan x2. Her sister [[REL:Kelsey]] found the release paperwork in her bag. The jail knew she was on buprenorphine 16 mg at booking."),
    # 048 psychiatrist (Winnipeg): suite line, neighbourhood, postal code, landlord, tenancy file number, EIA case number, health number, support worker at a named branch, hearing date
    ("Psychiatry › Housing\n"
     "[[PT:Gordon Spence]], 52, schizophrenia, stable on clozapine, lives at [[STREET:491 Selkirk Ave, Suite 3]], [[PLACE:North End]], [[TOWN:Winnipeg]] [[ZIP:R2W 2M6]]. The landlord, [[REL:Jaswinder Gill]], has applied to the Residential Tenancies Branch to end the tenancy (file [[ID:RTB-24-118804]]) for 'failure to prepare for pest treatment', i.e. the bedbugs the whole building has had for a year. EIA case [[ID:0382271]] pays his rent directly. Manitoba Health [[PLAN:118 402 337]].\n"
     "His worker at [[FAC:CMHA Manitoba and Winnipeg]], [[REL:Clayton Flett]], says the hearing is [[DATE:Nov. 4]].\n"
     "Would a letter about his capacity to prepare a unit (he can't empty cupboards without prompting) count as a disability accommodation request?"),
    # 049 trauma resident: rideshare driver, intersection of two streets, town, VIN, plate, driver's licence, claim number, passenger with a place first name, wife; car model year untagged
    ("Surgery › Trauma\n"
     "Weird social situation. [[PT:Oluwaseun Adebayo-Reyes]], 39, drives for a rideshare app and was T-boned at 2 am at [[STREET:Sepulveda Blvd]] and [[STREET:W Century Blvd]] in [[TOWN:Inglewood]] with a passenger in the back. The car is a leased 2021 Camry, VIN [[VIN:4T1B11HK7MU512348]], CA plate [[PLATE:8XYZ512]]. The passenger, [[REL:Paris Holloway]], already has a lawyer calling the floor. His own insurer wants his driver's licence number ([[LIC:D4412087]]) for the claim ([[ID:CLM-7730-2291]]) and says his personal policy excludes 'commercial use'.\n"
     "His wife [[REL:Marisol]] drives for the same app and is now the only income. I'm a PGY-3 and out of my depth: what do I put in the work note, and who do I send him to?"),
    # 050 telehealth session log: patient, IP address, shelter and city, VRI interpreter ID and first name, cochlear processor serial, shelter case manager and her phone
    ("Internal Medicine › Telehealth\n"
     "Our IT pulled this after a telehealth visit dropped three times:\n"
     "Session: patient [[PT:Delphine Arceneaux]], connected from [[IP:198.51.100.47]] (guest Wi-Fi, [[FAC:Mercy Street Women's Center]], [[TOWN:New Orleans]]); VRI ASL interpreter #[[ID:7712]] ([[REL:Corinne]]); drops at 10:14, 10:22, 10:31.\n"
     "She's been Deaf since birth and had a cochlear implant at 30 that she doesn't use (processor serial [[DEVICE:CP1150-4471928]]); the shelter wants to know if we can 'get it fixed' for her. Her case manager there, [[REL:Beatrix Holm]], texts for her from [[PHONE:504-555-0148]].\n"
     "[[PT:Delphine]] is fine with ASL only; the implant is the shelter's idea, not hers. The ADA says we provide the interpreter she asks for, and next time it's in person."),
    # 051 GP (England): labour exploitation at a car wash, Vietnamese name and short form, employer on a street, town, interpreter, NRM reference, police constable, trafficker's alias and fictional-range mobile; helpline untagged
    ("General Practice › Safeguarding\n"
     "A 'cousin' brought in [[PT:Nguyễn Văn Minh]], says he's 18, with chemical burns on both hands. He works at [[FAC:Sparkle Hand Car Wash]] on [[STREET:Cricklade Road]], [[TOWN:Swindon]], and sleeps in a room above it. Through a phone interpreter, [[REL:Thu]], once the 'cousin' had left, [[PT:Minh]] said he owes £28,000 for the journey and isn't paid.\n"
     "He consented to an NRM referral (ref [[ID:NRM-24-0918273]]) and PC [[REL:Gareth Pryce]] took it from there. The 'cousin' gave his name as [[REL:Tuấn]] and his phone as [[PHONE:07700 900461]].\n"
     "The Salvation Army's adult victim care service picked him up within 24 hours. The Modern Slavery Helpline is 08000 121 700 if you're unsure."),
    # 052 ED text thread with a granddaughter: wandering grandmother, intersection, hospital, real name, age as a number-word, street, town, DOB, mother with POA and her phone, former employer
    ("Emergency Medicine › Geriatric ED\n"
     "Texts from tonight, pasted with the granddaughter's OK:\n"
     "[[REL:Keira Flannery]]: Hi it's Nana's granddaughter. Is she ok?? The tracker showed her at [[STREET:Route 9]] and [[STREET:Pleasant St]] then nothing\n"
     "Me: She's safe. She's in the ED at [[FAC:Cooley Dickinson]]. Police brought her in at 11. She told us her name is [[PT:Peggy]].\n"
     "[[REL:Keira]]: Omg. Her name is [[PT:Margaret Flannery]], she's [[AGE:ninety-one]]. She lives at [[STREET:14 Elm St]] in [[TOWN:Hatfield]]. DOB [[DATE:2/9/1933]]. My mom [[REL:Colleen]] has POA, her number is [[PHONE:413-555-0102]]\n"
     "[[REL:Keira]]: she was a nurse at [[FAC:Northampton State Hospital]] for 30 yrs, she'll tell you she's on shift lol\n\n"
     "She was, in fact, trying to get to her shift. Delirium workup negative. The daughter wants her admitted 'until a bed opens somewhere'."),
]
FREE_NOTES: list[str] = [
    # 053 long thread: EMTALA vs discharge planning for unhoused patients, state bill, CFR citation, Joint Commission, HUD and McKinney-Vento; four colleagues reply
    ("Hospital Medicine › Policy\n"
     "Question for the group: does EMTALA say anything about discharging an unhoused patient to the street at 2 am? My understanding is that EMTALA covers screening and stabilisation in the ED and ends at admission (the 2003 CMS final rule), so inpatient discharge falls under the Conditions of Participation (42 CFR 482.43), not EMTALA. California's SB 1152 is the only state law I know of that requires a meal, weather-appropriate clothing, vaccines and a shelter referral before a homeless patient leaves.\n"
     "↳ @ngozi_hm: Right on EMTALA. SB 1152 also requires a written plan and transport within 30 miles or 30 minutes. A few other states are copying it.\n"
     "↳ Peter Lindahl, MD: Also worth knowing: HUD's definition of homeless and the one schools use under McKinney-Vento are different, so a family in a motel may count for one and not the other.\n"
     "↳ Aoife Brennan, MD: In Ireland and the UK there's no EMTALA at all, but the duty shows up elsewhere: in England the Homelessness Reduction Act 2017 gives hospitals a 'duty to refer' anyone who is homeless or threatened with homelessness within 56 days to the local housing authority, with consent. Most trusts have a single e-form for it. It doesn't guarantee anything, but it starts the clock on the council's duties, and the discharge summary should say the referral was made.\n"
     "↳ @ngozi_hm: That's a good model. On the US side, CMS surveyors will look at whether the discharge plan was realistic for where the patient was actually going, and the Joint Commission standard on transitions asks the same question in different words. 'Discharged to shelter' when the shelter closes intake at 4 pm and the patient left at 9 pm is exactly the kind of thing a complaint investigation finds.\n"
     "↳ @samir_hosp: Practical things that changed our numbers: a shelter-intake-hours list on the unit whiteboard, a standing order for a 7-day supply of meds in hand (not a prescription to a pharmacy he can't reach), a phone charger and a bus pass in the discharge bag, and a rule that nobody unhoused leaves after 6 pm without an attending's sign-off.\n"
     "↳ Peter Lindahl, MD: And write down what the patient wanted. Sometimes the answer is a particular encampment, where his friends and his belongings are, and that's a legitimate discharge destination if he has capacity and you've offered the alternatives. Document the offer, the refusal, and the plan for wound care or antibiotics in that setting."),
    # 054 Baker Act vs Marchman Act, statute chapters and form numbers
    ("Psychiatry › Florida\n"
     "For the new interns who keep asking: the Baker Act (Ch. 394) is for mental illness with danger to self or others, or self-neglect; the Marchman Act (Ch. 397) is for substance use with loss of self-control. Both allow up to 72 hours for examination or assessment, and both can be started by law enforcement, a court, or certain clinicians. The law-enforcement and professional certificates have their own form numbers (BA-52a, BA-52b), and the 2024 rewrite aligned some procedures between the two acts. Please stop writing 'Baker Acted for alcohol' in the chart."),
    # 055 Tarasoff and duty to protect: case law with people's names, countries, years
    ("Psychiatry › Ethics\n"
     "Tarasoff v. Regents of the University of California (1976) gets quoted as 'duty to warn', but the holding is a duty to protect, and states vary: some have mandatory statutes, some permissive, and Texas, after Thapar v. Zezulka (1999), has none. In the UK there's no Tarasoff equivalent; GMC guidance on disclosure in the public interest does the work. In Canada, Smith v. Jones (1999) is about solicitor privilege but gets cited for clinicians too. Working rule: a specific threat, an identifiable victim and a plausible means means you call your risk line before the end of your shift."),
    # 056 Olmstead and younger people in nursing homes; waiver and program names, ages under 90
    ("Rehabilitation › Disability rights\n"
     "A 44-year-old with MS living in a nursing home because no agency in the county will staff twelve hours a day is exactly what Olmstead v. L.C. (1999) was about: unjustified institutionalisation is discrimination under Title II of the ADA. The levers are the HCBS waivers (1915(c)) and Money Follows the Person. The PASRR Level II screen is supposed to catch people who don't need a nursing-facility level of care. Ask your SW for a transition coordinator; waitlists in some states run three to five years."),
    # 057 DoLS, LPS, Mental Capacity Act 2005; case name with a council and a person's initial
    ("Old Age Psychiatry › UK\n"
     "Quick primer, since the LPS keep being delayed: the Deprivation of Liberty Safeguards (Schedule A1, Mental Capacity Act 2005) apply in care homes and hospitals in England and Wales. The acid test from Cheshire West (P v Cheshire West and Chester Council, 2014) is continuous supervision and control and not free to leave. The Liberty Protection Safeguards were legislated in 2019 and paused in 2023. Section 5 of the MCA covers urgent treatment in best interests without a DoLS. Scotland uses the Adults with Incapacity (Scotland) Act 2000, and Northern Ireland has its own Mental Capacity Act (NI) 2016."),
    # 058 I-693 civil surgeon questions; form edition, validity windows, class A/B conditions
    ("Internal Medicine › Immigration medicals\n"
     "Civil surgeons: with the current edition of Form I-693 there's no sealed envelope; the applicant submits the form themselves. Validity runs from your signature date, so don't sign early. Vaccines follow the CDC Technical Instructions, not the full ACIP schedule. IGRA is required from age 2. Class A conditions (active TB, untreated syphilis) make the applicant inadmissible until treated; Class B conditions need follow-up but don't block the case. Refugees adjusting status after a year usually need only the vaccination record."),
    # 059 billing for interpreters: CMS-1500, UB-04, HCPCS code, certification bodies, Section 1557
    ("Practice Management › Billing\n"
     "Can we bill for interpreters? Medicare: no. Medicaid: depends on the state; a minority of states plus DC reimburse, usually with HCPCS T1013 per 15 minutes on the CMS-1500 (or the UB-04 for facility claims). Some MCOs want the interpreter's CCHI or NBCMI certification on file. You cannot charge the patient, and under Section 1557 you cannot ask them to bring their own interpreter. Our billing office says check whether your state's fee schedule wants a modifier."),
    # 060 J-1 waiver for IMGs: DS-2019, 212(e), Conrad 30, a date for a program cycle
    ("Residents › Visas\n"
     "For the IMGs on J-1s: your DS-2019 comes through ECFMG, and the two-year home residency requirement (212(e)) follows you unless you get a waiver. Conrad 30 gives each state 30 slots a year for work in underserved areas (HPSA/MUA); the VA and the Delta Regional Authority have their own routes. Start looking in PGY-2, not PGY-3: many states open their cycle on October 1 and fill within weeks. Don't sign a contract that makes you pay the employer's attorney fees."),
    # 061 very short: MED3 and SSP
    ("UK fit notes: nurses, pharmacists, OTs and physios can sign a MED3 since 2022. Tick 'may be fit for work' and say what would help. SSP starts on day 4; the SC2 covers the first 7 days."),
    # 062 NDIS access requests and DSP through Centrelink; form numbers, assessment tools
    ("Rehabilitation › Australia\n"
     "NDIS access requests: the form and the supporting-evidence form want functional impact in six domains (mobility, communication, social interaction, learning, self-care, self-management), not a list of diagnoses. Use WHODAS or PEDI-CAT scores where you have them. For the Disability Support Pension through Centrelink, the SU415 and the Impairment Tables matter more than any letter. Younger people in residential aged care are a national target, and the NDIA will fund a support coordinator to get them out."),
    # 063 Section 8 and HUD programs, Housing First with a cited author, a year alone
    ("Public Health › Housing\n"
     "Numbers worth knowing when a patient says 'I'm on the Section 8 list': only about one in four eligible households gets any federal rental help, and many public housing authorities close their Housing Choice Voucher waitlists for years. Project-based vouchers, HUD-VASH for veterans and the Emergency Housing Vouchers from 2021 are separate pipelines. Housing First (Tsemberis's Pathways model) and permanent supportive housing have the best evidence. Ask your CoC's coordinated entry system how they prioritise; it decides the queue in many places."),
    # 064 SSI vs SSDI: waiting periods, form numbers, dollar amounts, a public rule date
    ("Internal Medicine › Benefits\n"
     "SSI vs SSDI in one post: SSDI is insurance based on work credits, with a 5-month waiting period, and Medicare starts 24 months after entitlement (ALS and ESRD are exceptions). SSI is means-tested, has no waiting period and usually brings Medicaid. The federal SSI rate for 2024 was $943 a month. The SSA-3368 and SSA-827 are the first forms. SOAR-trained case managers get homeless applicants approved far more often on the first try. The treating-physician rule was dropped for claims filed on or after March 27, 2017."),
    # 065 VA Aid and Attendance, PACT Act; VA form number and public VA phone lines
    ("Geriatrics › Veterans\n"
     "Aid and Attendance is a pension add-on, not a benefit for anyone who served: it needs wartime service, income and asset limits, and help with ADLs or being housebound. Any physician can complete the VA Form 21-2680 exam. Separately, the PACT Act (2022) added presumptive conditions for burn-pit and Agent Orange exposures, including hypertension for Vietnam-era veterans. The VA Caregiver Support Line is 1-855-260-3274, and the Veterans Crisis Line is 988, then press 1."),
    # 066 ACE screening: ACE score, PEARLS, cited authors, a study year
    ("Peds › Screening\n"
     "We started universal ACE screening at well visits last year (PEARLS for children, the 10-item questionnaire for caregivers). After a year: the score predicts populations, not individuals. An ACE score of 4 or more is associated with higher risk, but a number alone shouldn't trigger a CPS report. Pair it with a resilience conversation and a referral pathway, or don't screen. The original Felitti and Anda study (1998) surveyed mostly insured, middle-class adults, which matters when you apply it to our families."),
    # 067 cognitive screens vs capacity: MoCA and SLUMS fractions, cited authors, ACE (the capacity tool) vs ACE score
    ("Geriatrics › Capacity\n"
     "Reminder that a MoCA of 18/30 or a SLUMS of 16/30 is not a capacity assessment. Capacity is decision-specific: understand, appreciate, reason, express a choice (Appelbaum and Grisso's four abilities). The MacCAT-T structures it; the Aid to Capacity Evaluation (ACE, not the ACE score) is shorter. For 'can she go home alone', executive function matters more than memory: try the CLOX or Trails B, and ask what she'd do if the stove caught fire. Document the specific decision, the information given, and her own words."),
    # 068 CAGE, AUDIT, AUDIT-C cut-offs, single-question screen with a cited author, PEth value
    ("Addiction Medicine › Screening\n"
     "CAGE is four questions and misses many women and older adults; AUDIT-C (3 items, positive at ≥4 for men and ≥3 for women) is better for primary care, and a full AUDIT ≥20 suggests dependence. For drugs, the single question 'How many times in the past year have you used an illegal drug or a prescription medication for non-medical reasons?' is validated (Smith et al., 2010). TAPS covers both. PEth above 200 ng/mL points to heavy use over the prior 2-4 weeks."),
    # 069 Braden and Morse scores in SNF placement, MDS quality measures, AM-PAC
    ("Case Management › SNF referrals\n"
     "Why does the SNF ask for the Braden and the Morse? Because a Braden ≤12 and a Morse ≥45 change their staffing and their quality measures (pressure injuries and falls are both MDS 3.0 measures). With a Braden of 11 the facility will want a low-air-loss mattress in place before arrival. Put the scores in the discharge summary; it saves a day of faxing. Also: an AM-PAC '6-Clicks' mobility score under 16 predicts a non-home discharge."),
    # 070 crisis and hotline numbers in five countries (all public)
    ("Resources › Crisis lines (pin this)\n"
     "US: 911; 988 Suicide & Crisis Lifeline (call or text, press 1 for veterans); 211 for shelter and food; National DV Hotline 1-800-799-7233; Human Trafficking Hotline 1-888-373-7888; Childhelp 1-800-422-4453; Eldercare Locator 1-800-677-1116; SAMHSA 1-800-662-4357.\n"
     "Canada: 911; 9-8-8; Kids Help Phone 1-800-668-6868.\n"
     "UK: 999 or 112; NHS 111; Samaritans 116 123; National Domestic Abuse Helpline 0808 2000 247.\n"
     "Ireland: 112 or 999; Samaritans 116 123; Women's Aid 1800 341 900.\n"
     "Australia: 000; Lifeline 13 11 14; 1800RESPECT (1800 737 732); Kids Helpline 1800 55 1800."),
    # 071 language access practice points: languages, ASL, VRI, Title VI and Section 1557
    ("Hospital Medicine › Language access\n"
     "Things I learned from our interpreter services lead: (1) ask 'what language do you prefer for medical conversations?', not 'do you speak English?'; (2) minors interpret only in emergencies, and family members only if the patient insists after being offered a professional; (3) Mam, K'iche' and Q'anjob'al speakers are often registered as Spanish speakers; (4) VRI fails often enough that consent talks with Deaf patients should have an in-person ASL interpreter; (5) teach-back works through an interpreter. Title VI of the Civil Rights Act and Section 1557 of the ACA back all of this."),
    # 072 prior-auth rule: CMS rule number, public effective dates, state bill, CFR cite; colleagues address each other ("Thanks Ade")
    ("Hospital Medicine › Payers\n"
     "The CMS Interoperability and Prior Authorization Final Rule (CMS-0057-F) requires MA, Medicaid, CHIP and exchange plans to decide urgent requests within 72 hours and standard ones within 7 calendar days starting January 1, 2026, with prior-auth APIs due in 2027. Employer plans aren't covered. Gold-card laws (Texas HB 3459 was first) help outpatient docs, not hospitalists.\n"
     "↳ @ade_hosp: And since the 2024 rule MA plans must follow traditional Medicare coverage criteria for SNF and IRF, so 'doesn't meet InterQual' alone isn't a valid denial. Quote 42 CFR 422.101(b)(6) in the appeal.\n"
     "↳ Siobhan Mulcahy: Bookmarking. Thanks Ade."),
    # 073 sentinel injuries and TEN-4-FACESp; CAPTA, section 47 enquiries; ages and months
    ("Peds › Child abuse\n"
     "Teaching point from this week: any bruise in a pre-cruising infant is a sentinel injury until proven otherwise. TEN-4-FACESp: bruising to the torso, ears, neck, frenulum, angle of jaw, cheek, eyelid or subconjunctivae, or a patterned bruise, in a child under 4 years, or any bruise under 4.99 months. Work-up: skeletal survey (repeat at 2 weeks), head imaging under 6 months, LFTs and lipase, UA, coagulation including a VWF panel. Reporting rests on reasonable suspicion, not proof; CAPTA requires every state to have the process. In England the equivalent is a referral to children's social care and a section 47 enquiry."),
    # 074 elder abuse: prevalence, APS age thresholds, Elder Justice Act, Senior Safe Act, public phone number
    ("Geriatrics › Elder abuse\n"
     "About one in ten older adults in the US experiences some form of abuse each year, and only a small fraction of cases are reported. Financial exploitation is the fastest growing. Red flags: a new 'best friend' or relative on the accounts, missed appointments, unpaid bills despite adequate income, and a caregiver who won't leave the room. APS eligibility differs by state (some cover adults 18+ with disabilities, some only 60+). The Elder Justice Act (2010) funds APS; banks can place holds under the Senior Safe Act. The Eldercare Locator (1-800-677-1116) gives you the local APS number."),
    # 075 T and U visas: form numbers, Supplement B, red flags; a named framework from a health system
    ("EM › Trafficking\n"
     "For the ED crowd: the T visa (I-914) is for trafficking survivors; the U visa (I-918) is for victims of certain crimes who help law enforcement, and it needs a Supplement B certification from a certifying agency, which can include CPS and some state agencies but not hospitals. Our role is documentation and a warm handoff. Red flags: someone else speaks for the patient or holds their ID, an age that doesn't fit, branding tattoos, several phones, hotel key cards. The PEARR tool is a reasonable framework for the conversation."),
    # 076 Flores settlement and detention standards: case law, standards by year, G-28 form
    ("Public Health › Immigration\n"
     "The Flores settlement (Flores v. Reno, 1997) limits how long children can be held in family detention, generally 20 days, and requires safe and sanitary conditions. Adults in ICE custody fall under the PBNDS 2011 (revised 2016) or the NDS 2019, depending on the facility's contract; neither is enforceable in court the way a statute is. For medical records, the detainee's attorney sends a G-28 with the request. CBP holding rooms are meant for stays under 72 hours."),
    # 077 MOUD in jails: case law including a county in a case title, state program, overdose risk figures
    ("Addiction Medicine › Corrections\n"
     "Estelle v. Gamble (1976) made deliberate indifference to serious medical needs an Eighth Amendment violation. Courts have since held that denying MOUD to someone already on it may violate the ADA (Pesce v. Coppinger, 2018; Smith v. Aroostook County, 2019). The first two weeks after release carry a many-fold higher overdose risk. Best practice: continue MOUD in custody, give a 7-14 day bridge or a same-day community appointment, and hand out naloxone at the gate. Rhode Island's statewide program cut post-release overdose deaths sharply."),
    # 078 alternatives to guardianship: uniform act, supported decision-making, Irish act; years alone
    ("Geriatrics › Guardianship\n"
     "Before you petition: supported decision-making agreements are recognised by statute in many states now (Texas was first, in 2015). The Uniform Guardianship, Conservatorship, and Other Protective Arrangements Act (2017) makes limited guardianship the default. A health care proxy, a durable POA, an SSA representative payee and bank alerts cover most needs. Full guardianship can take away the right to marry, to vote in some states and to choose where to live, and it's rarely undone. In Ireland the Assisted Decision-Making (Capacity) Act 2015 ended wardship for new cases in 2023."),
    # 079 hoarding disorder: DSM and ICD codes, Clutter Image Rating, SI-R, Diogenes, Collyer brothers
    ("Psychiatry › Hoarding\n"
     "Hoarding disorder (DSM-5, F42.3) is distinct from squalor (Diogenes syndrome) and from the accumulation seen in FTD or OCD. The Clutter Image Rating (1-9 per room; ≥4 interferes with use) and the Saving Inventory-Revised are quick. Forced clean-outs have high relapse rates and can precipitate suicidality; harm reduction (clear fire exits, a working kitchen, pest control) works better. The Collyer brothers are a cautionary tale, not a diagnostic category."),
    # 080 workers' comp in general: state form numbers, OSHA 300, work-status wording
    ("Occupational Medicine › Workers' comp\n"
     "Workers' comp tips for non-occ-med people: in many US states the employer or carrier directs initial care, but the worker can usually switch after a set period. New York uses the C-4 for the doctor's report; California uses the PR-2 for progress reports. Be specific in work status notes: 'no lifting >10 lb, no ladders, seated work 4 h/day' beats 'light duty'. OSHA 300 logs are the employer's job, not yours. Retaliation for filing is illegal everywhere, and undocumented workers are covered in most states."),
    # 081 IEP vs 504, IDEA, FERPA vs HIPAA, chronic absenteeism definition
    ("Peds › School\n"
     "IEP vs 504: an IEP (under IDEA) is for a child whose disability needs specially designed instruction; a 504 plan (Rehabilitation Act) gives accommodations for a disability that limits a major life activity: sickle cell, T1DM, epilepsy, ADHD without learning needs. Parents should request evaluations in writing; most states give the school 60 days. Your letter should list the diagnosis, the functional impact and specific accommodations. School records fall under FERPA, not HIPAA. Chronic absenteeism means missing 10% or more of school days."),
    # 082 eviction and health: cited author and book, public moratorium dates, a university research lab and its public link
    ("Internal Medicine › Social determinants\n"
     "Read Matthew Desmond's Evicted if you haven't. Since the federal moratorium (September 2020 to August 2021) ended, filings are back at or above baseline in many places. Eviction is associated with depression, preterm birth and more ED visits. Medical-legal partnerships put a lawyer in the clinic, and right-to-counsel laws now exist in a handful of jurisdictions. The Eviction Lab (evictionlab.org) tracks filings. Our part: screen (the AHC HRSN tool has a housing item), refer, and write letters when health is relevant."),
    # 083 foster care health standards: AAP timelines, Medicaid to 26, Fostering Connections Act year
    ("Peds › Foster care\n"
     "AAP recommends a health screen within 72 hours of entering care, a comprehensive exam within 30 days, and more frequent well visits (monthly to 6 months, then every 3 months). Youth who age out keep Medicaid until 26 under the ACA former-foster-youth group. The Fostering Connections Act (2008) let states extend care to 21. About half of children in care have a chronic condition and most have significant mental health needs. Psychotropic consent sits with whoever holds medical consent in your state, which often isn't the foster parent."),
    # 084 buprenorphine after the X-waiver: acts and years, cited author, Bernese induction, brands
    ("Addiction Medicine › Buprenorphine\n"
     "Reminder: the X-waiver is gone (MAT Act, in the Consolidated Appropriations Act, 2023); any clinician with a Schedule III DEA registration can prescribe buprenorphine for OUD. The one-time 8 hours of training comes from the MATE Act. ED-initiated buprenorphine (D'Onofrio et al., 2015) roughly doubled engagement at 30 days. For fentanyl-era induction, low-dose 'Bernese' and high-dose macro-induction both work. Naloxone is over the counter now (Narcan 4 mg, RiVive 3 mg)."),
    # 085 NSW Mental Health Act: schedules, section numbers, Victorian act, public phone lines
    ("Psychiatry › Australia\n"
     "For NSW junior doctors: under the Mental Health Act 2007 (NSW) a Schedule 1 can be written by any medical practitioner or accredited person, and the person must then be seen by a psychiatrist within 12 hours. Victoria's Mental Health and Wellbeing Act 2022 replaced its 2014 Act. Triple zero (000) for police if there's immediate danger; Lifeline 13 11 14; the NSW Mental Health Line is 1800 011 511."),
    # 086 Ireland: Assisted Decision-Making (Capacity) Act commencement date, DSS, Fair Deal, CSAR
    ("Geriatrics › Ireland\n"
     "The Assisted Decision-Making (Capacity) Act 2015 finally commenced on 26 April 2023: wards of court are being discharged, and there are now decision-making assistants, co-decision-makers and decision-making representatives, registered with the Decision Support Service, which registers enduring powers of attorney too. For Fair Deal (the Nursing Home Support Scheme), the Common Summary Assessment Report is the care-needs piece and the financial assessment is separate; the 3-year cap on the home's contribution still applies."),
    # 087 Ontario Mental Health Act forms, HCCA, Consent and Capacity Board, Starson v. Swayze; colleague reply and thanks
    ("Psychiatry › Ontario\n"
     "Residents keep mixing these up: Form 1 (application for psychiatric assessment, up to 72 h), Form 3 (certificate of involuntary admission, 2 weeks), Form 4 (renewal), Form 33 (notice of a finding of incapacity), Form 42 (notice to the patient of the Form 1). Capacity to consent to treatment under the HCCA is separate from involuntary status, and the patient can apply to the Consent and Capacity Board on either; it sits within 7 days. Starson v. Swayze (2003) is why you can't find someone incapable just because they disagree with you.\n"
     "↳ @mthibault_psy: Also Form 47 for CTO breaches. And please give the rights adviser a real phone number for the patient.\n"
     "↳ Thanks Marc-André."),
    # 088 unidentified case pattern in a shelter: age decade, lab values, BP fraction, fraction of meds, weekdays, season
    ("Hospital Medicine › Homeless health\n"
     "No identifiers, just a pattern. Man in his 70s living in a congregate shelter, admitted for the third time since spring with hyponatraemia (Na 118, then 121, then 119): beer potomania plus a thiazide from an old prescription. BP 168/94 on arrival; 3/4 of his meds were in a plastic bag with other people's names on them. The shelter has no medication storage and lights-out at 10. He's a veteran but not enrolled with the VA. Discharge him on Friday again, or hold until Monday for a respite bed that might appear? Has anyone got a shelter to agree to a lockbox?"),
    # 089 UK benefit forms: UC50, ESA50, PIP2, SR1 replacing DS1500, WCA schedule
    ("General Practice › UK benefits\n"
     "What each form is for: the UC50 is the capability-for-work questionnaire for Universal Credit; the ESA50 is the older equivalent; PIP2 ('How your disability affects you') is for Personal Independence Payment; the SR1, which replaced the DS1500, fast-tracks claims when someone is thought to have 12 months or less to live. GPs can't charge for the SR1. The Work Capability Assessment descriptors are in Schedule 2 of the ESA Regulations 2008. Mandatory reconsideration comes before a tribunal appeal."),
    # 090 end-of-life care in shelters: generic places, brands, a named program described in general
    ("Palliative Care › Homeless\n"
     "General question, no patient details: how are people doing end-of-life care for people in shelters? Our local shelter lets a resident on hospice keep a bed during the day, but oxygen is banned under the fire code and staff can't store liquid morphine. Twice we've used a hotel room paid for by a charity. The Canadian PEACH model (palliative care outreach to people who are homeless) is the one I've read most about. Is anyone funding Uber Health rides for family visits?"),
    # 091 IPV screening tools: HITS, HARK, WAST, Danger Assessment with a cited author, VAWA, public helplines
    ("Family Medicine › IPV\n"
     "IPV screening tools that fit in a visit: HITS (Hurt, Insult, Threaten, Scream), HARK, and the Woman Abuse Screening Tool. If positive, Campbell's Danger Assessment estimates lethality; prior strangulation raises the risk of later homicide several-fold, and the DA-5 works in the ED. VAWA (reauthorised in 2022) protects survivors in federally assisted housing from eviction for the abuser's actions. Quote exact words and photograph injuries with a scale. National DV Hotline 1-800-799-7233; in the UK, 0808 2000 247."),
    # 092 ESA letters and reasonable accommodation: FHA, HUD guidance number, state bill
    ("Psychiatry › Letters\n"
     "Assistance-animal letters: under the Fair Housing Act a landlord must make a reasonable accommodation for an assistance animal if there's a disability and a disability-related need. HUD's FHEO-2020-01 notice says the landlord can ask for reliable documentation from someone with personal knowledge of the condition, not an online certificate. I write them only for my own patients after at least one visit; California's AB 468 now requires a 30-day relationship. Never spell out the diagnosis: 'has a disability under the FHA' and the link to the animal are enough."),
    # 093 reply thread among colleagues on relay interpreting (colleague first name Grace is an ordinary word)
    ("Hospital Medicine › Language access\n"
     "↳ @yusuf_hm: How do you handle a patient who speaks only an Indigenous language that none of the vendors cover?\n"
     "↳ Grace Oyelaran-Mbeki, MD: Relay interpreting (e.g. Q'eqchi' to Spanish to English) with two interpreters on a three-way call. Slow, but it's proper interpreting.\n"
     "↳ @yusuf_hm: Thanks Grace. And for consent?\n"
     "↳ Grace Oyelaran-Mbeki, MD: Same rules. Document both interpreter IDs and both languages, and ask the second interpreter to flag concepts that don't translate (we hit this with 'biopsy').\n"
     "↳ @anil.gp: We pay a community-college Mixteco instructor by the hour. Not ideal, but better than a child."),
    # 094 public resource links across five countries (all public, untagged)
    ("Resources › Links that actually help\n"
     "SSA disability: ssa.gov/disability · USCIS civil surgeons: uscis.gov/i-693 · 988 Lifeline: 988lifeline.org · 211: 211.org · HUD Exchange: hudexchange.info · NDIS: ndis.gov.au · Services Australia: servicesaustralia.gov.au · PIP: gov.uk/pip · Citizens Information (Ireland): citizensinformation.ie · Ontario Works: ontario.ca/page/ontario-works · National Center on Elder Abuse: ncea.acl.gov · Polaris (trafficking): polarisproject.org\n"
     "Add yours below."),
    # 095 resident rant on weekend placement: weekdays, holiday weeks in general, ages under 90
    ("Residents › Venting\n"
     "Why does placement die on Fridays? Because SNF admissions staff leave at 4, the auth line closes at 5, and nobody accepts on Saturday. Every long weekend our service loses about 30 bed-days. What helped on our team: start the auth on hospital day 1 for anyone over 85 with a fall, get PT in within 24 hours, and ask the family for three facility choices on admission, not on the day of discharge. Thanksgiving week is the worst every year; start planning for it in early November."),
    # 096 UK asylum health entitlements: Section 95 and Section 4 support, HC2, charging exemptions, public helpline
    ("General Practice › Asylum\n"
     "For colleagues new to asylum health in the UK: people on Section 95 or Section 4 asylum support get an HC2 certificate (free prescriptions, dental and eye tests), and anyone can register with a GP regardless of immigration status, with no proof of address or ID needed. Refused asylum seekers can be charged for some hospital care, but never for A&E, treatment of listed infectious diseases, or care for victims of torture, FGM or domestic abuse. The Safe Surgeries toolkit is worth a look. Migrant Help is on 0808 8010 503."),
]
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc32-001": [{"name": "Kwame Asante-Boateng", "handle": "@kwame_hosp"}, {"name": "Meg Halvorsen"}],
    "pc32-004": [{"name": "Rafael Villanueva"}, {"name": "Camila Ortiz", "handle": "@ortiz_em"}],
    "pc32-006": [{"name": "Priya Shah", "handle": "@priya_geri"}],
    "pc32-007": [{"name": "Wen Lin", "handle": "@lin_fp"}],
    "pc32-009": [{"name": "Rachel Kowalczyk"}, {"name": "Jonah Weiss", "handle": "@dr.jonah.w"}],
    "pc32-021": [{"name": "Jordan Ellis", "handle": "@jellis_psych"}],
    "pc32-025": [{"name": "Helen Whitcombe", "handle": "@drhelenwgp"}],
    "pc32-027": [{"name": "Jessica Tran", "handle": "@jtran_peds"}],
    "pc32-032": [{"name": "Tomás Echeverría"}, {"name": "Jenna Liu", "handle": "@boston_hosp_jl"}],
    "pc32-040": [{"name": "Sally Bramwell", "handle": "@sallyb_oap"}],
    "pc32-046": [{"name": "Oluwadamilare Bankole", "handle": "@dami_cpsych"}, {"name": "Ruth Sandoval"}],
    "pc32-053": [
        {"name": "Ngozi Eze", "handle": "@ngozi_hm"},
        {"name": "Peter Lindahl"},
        {"name": "Aoife Brennan"},
        {"name": "Samir Haddadin", "handle": "@samir_hosp"},
    ],
    "pc32-072": [{"name": "Adebayo Ogunleye", "handle": "@ade_hosp"}, {"name": "Siobhan Mulcahy"}],
    "pc32-087": [{"name": "Marc-André Thibault", "handle": "@mthibault_psy"}],
    "pc32-093": [
        {"name": "Yusuf Adeyemi", "handle": "@yusuf_hm"},
        {"name": "Grace Oyelaran-Mbeki"},
        {"name": "Anil Prakash", "handle": "@anil.gp"},
    ],
}

build, render, main = first_set.blind_set(
    "pc32", Path(__file__).with_name("physician_cases_32.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
