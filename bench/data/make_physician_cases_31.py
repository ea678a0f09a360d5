# ruff: noqa: E501 (the notes are data)
"""Blind test set 31: quick consults typed on phones, worldwide.

Curbside questions, "need help fast" posts, replies typed between patients, chats
pasted from residents' and registrars' WhatsApp groups, voice-to-text dictations
and shorthand, from interns, residents, registrars, SHOs, medical officers, GPs,
ED and rural/district-hospital doctors in the US, UK, Ireland, India, Pakistan,
Nigeria, Ghana, Kenya, South Africa, the Philippines, Malaysia, Australia, New
Zealand, Canada (incl. Quebec) and the Gulf. Lower case, typos, autocorrect slips,
emoji, "full stop"/"new line" artefacts and misheard names, code-switching
(Hinglish, Urdu, Taglish, Pidgin, Afrikaans, Malay, te reo, French), forwarded
family messages, transcribed photos and screenshots. 52 notes with PHI, then 44
without any PHI but dense with look-alikes (lab values and ratios typed like
dates, 2/7-3/52-6/12 durations, ward/bed numbers, emergency numbers, eponyms and
place-named scores/diseases, brands, common words that are names, colleagues).

Annotation conventions:
- Names: every mention is tagged, including lower-case names, misspellings and
  voice-to-text mishearings ("shiv on", "oak and co", "wan jiru"), nicknames
  (without their quote marks) and bare initials used as chat labels ("Dr K:" ->
  "K"). Titles (Dr, Mr, mrs, mister, prof, Chief) and kinship/honorific words
  (auntie, kuya, tita, nanay, mama, maame, pakcik, gogo, ouma, oom, baa, bhai,
  nan, "s/o") stay outside; "Ma." in "Ma. Luisa" (Maria) and "bin" are inside.
  In the teknonym "Mama Chinwe" Chinwe is the patient's daughter, tagged REL.
- REL covers family, partners, neighbours, bosses/supervisors named as contacts.
- HCP: clinicians outside the network named about the patient's care, including
  the speaker labels of chats pasted from outside the network. Network colleagues
  (poster's sign-off, repliers, @mentions, "thanks X") are never tagged; they are
  in MEMBERS. A patient or relative sharing a member's first name is still tagged.
- COUNTY: the generic word is inside the span when written with the name
  ("Thane district", "Kiambu County", "Co. Mayo", "OR Tambo district",
  "Mansehra district"); a county written without it ("Elgeyo Marakwet") is
  COUNTY too.
- TOWN: cities, towns and stand-alone villages/communities, incl. short forms
  ("isb", "JB"). PLACE: parts of a town - suburbs, townships and their zones,
  barangays, tamans, sectors ("G-11/2"), housing schemes - and a named beach.
  States, provinces, regions and countries are not tagged.
- STREET: the whole address line as written (room/flat/house numbers, building,
  street); a farm name used as the address ("Plaas Rooipan") is STREET.
- FAC: hospitals, clinics, care homes, GP surgeries, dialysis units and
  employers, with their generic word, and every short form or acronym ("KEM",
  "LUTH", "Bara", "Mater", "the Regional" -> "Regional"); "the" stays outside.
  A facility named after a person is one span ("Dr Harry Surtie Hospital").
  Brands, banks, ambulance services and wards/beds are not FAC.
- DATE: any day or month tied to the patient: "the 28th" -> "28th", "14/2",
  "march 3rd", "24 décembre", DOBs (label outside), and festivals/holidays used
  as dates (Diwali, Anzac Day, Waitangi Day, Boxing Day, CNY, New Year's Day,
  Independence Day). A weekday next to a date is left out; weekdays, "2moro",
  "esok", "semalam", "last yr" and clinical durations (2/7, 3/52, 6/12) are not
  dates. YEAR: a year alone tied to the patient, incl. a hijri year.
- AGE: over 89 only; the number or number words only ("94" of "f/94",
  "ninety four"); an age of 89 is not tagged.
- Phone numbers as written, with country code; a nursing-station number given
  as the family's contact is PHONE; a clinician's pager/bleep is PAGER.
  Emergency numbers (999, 112, 911, 000, 10177, 1122, 108, 998) are not PHI.
- SSN = national identity numbers (CNIC, Aadhaar, SA ID, Ghana card, MyKad IC,
  Emirates ID, Saudi ID, PPSN, US SSN). MRN = hospital numbers (UHID, IP/IPD
  no, hospital/file no, wristband number, NHS number, NZ NHI). PLAN = insurance
  and coverage numbers (NHIS, NHIF, PhilHealth, Medicare, OHIP, RAMQ, GMS card,
  HMO, PMJAY). ACCT = bank and hospital-bill accounts. LIC = driving licence.
  ID = police OB and medico-legal (MLC) numbers, lab numbers, tribal census no.
- Not PHI: "IP abx" (intraperitoneal), ward/bed/bay/cubicle numbers, times,
  eponyms and place-named scores/rules/diseases (parkland formula, glasgow,
  ottawa, san francisco syncope rule, bombay blood group, lassa, kyasanur),
  public guideline links, brands.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 US ED curbside: age over 89, nursing home, "the 9th", daughter; poster sign-off
    ("quick q from the ED, typing btwn pts sorry. [[AGE:92]] yo f from [[FAC:Maple Grove SNF]] sent in w/ K 6.8, on lisinopril + spiro. "
     "ecg peaked T no widening. daughter [[REL:Donna]] says she was 'totally fine' when she visited on the [[DATE:9th]]. "
     "ca gluconate, insulin/dex, lokelma given. is HD even reasonable at her age?? family says full code. thx -Megan"),
    # 002 UK FY1 pasting a WhatsApp group: clinician speaker labels (HCP), UK mobile, d/m date
    ("pasting from our FY1 group chat bc nobody is answering \U0001f643\n"
     "[21:03] [[HCP:raj]]: anyone free to cannulate bed 14 on ward 7? mrs [[PT:Hollingsworth]], [[AGE:91]], impossible veins\n"
     "[21:05] [[HCP:Sophie K]]: on my way after bay 3\n"
     "[21:11] [[HCP:raj]]: ta. her son [[REL:Graham]] keeps ringing the ward from [[PHONE:07700 900461]] asking for updates, is she for escalation?\n"
     "[21:12] [[HCP:Sophie K]]: ReSPECT form says ward based care, signed [[DATE:2/3]]\n"
     "me: so do we ring [[REL:Graham]] at 11pm or wait til morning?? first week at [[FAC:Royal Derby]] pls be nice"),
    # 003 India Hinglish: photo of OPD slip, UHID, chawl address, district + pincode, brother's mobile
    ("Sir urgent help chahiye \U0001f64f 45M [[PT:Ramesh Patil]] k/c/o DM, snake bite L foot at 2am in the field, 20WBCT not clotting. "
     "ASV 10 vials de diye at [[FAC:RH Shahapur]], ab yahan referred.\n"
     "[image: OPD slip - [[PT:RAMESH PATIL]] 45/M UHID [[MRN:KEM/24/118437]]]\n"
     "address [[STREET:Room 6, Shanti Chawl, Station Road]], [[TOWN:Asangaon]], [[COUNTY:Thane district]] [[ZIP:421601]]. "
     "bhai [[REL:suresh]] ka no [[PHONE:98201 55732]]. ptosis aa raha hai, neostigmine try karein? repeat ASV kab? "
     "[[PT:Ramesh]] bhai still talking but nasal voice. - Dr Aniket, JR1 medicine"),
    # 004 Pakistan: child, s/o father, town + district, CNIC, short form "isb", THQ/DHQ-style facilities
    ("AoA seniors, need quick advice \U0001f64f 8 yr old boy [[PT:Hamza]] s/o [[REL:Muhammad Tariq]] from [[TOWN:Garhi Habibullah]], [[COUNTY:Mansehra district]]. "
     "5 days fever + rash, plt 38k, HCT 44→49. NS1 +ve. father CNIC [[SSN:13503-4417825-3]] (no B-form for child). "
     "he wants to take [[PT:Hamza]] to [[FAC:PIMS]] in [[TOWN:isb]] tonight by road, 4 hrs. bp 90/60, CRT <2s, urine ok. "
     "refer or keep and send to [[FAC:Ayub Teaching]]? we are at [[FAC:THQ Balakot]]"),
    # 005 Nigeria Pidgin: teknonym Mama Chinwe (daughter = REL), street, neighbourhood, son's number
    ("abeg who dey [[FAC:LUTH]] A&E tonight?? dem dey bring one woman from [[PLACE:Ojuelegba]], everybody dey call am Mama [[REL:Chinwe]] (na her daughter name), "
     "real name [[PT:Ngozi Eze]], 60s, sudden R sided weakness since 4pm, bp 220/130, aphasic. she dey live [[STREET:14 Alhaji Masha Rd]]. "
     "our CT don spoil since last week \U0001f624. her son [[REL:emeka]] go carry her come, his number [[PHONE:0803 555 2914]]. "
     "who fit receive am pls? I dey [[FAC:Randle General]], I go call ahead. tnx"),
    # 006 Ghana: NHIS + Ghana card, facility acronyms, full date of a past delivery
    ("Pls quick one \U0001f64f 32F [[PT:Abena Mensah-Bonsu]] G3P2 @34wks, bp 170/110, headache, prot 3+, no fits yet. "
     "we're at [[FAC:Nsawam Govt Hospital]] and no mag sulph left \U0001f629 auntie [[REL:Esi]] has gone to buy from the chemist in town. "
     "NHIS [[PLAN:04471829]], Ghana card [[SSN:GHA-718204563-9]]. referring to [[FAC:KBTH]] maternity, ambulance ETA 1hr. "
     "her last baby was delivered at [[FAC:Ridge]] on [[DATE:12 Dec 2021]] by CS for same thing. IM loading dose ok while waiting?"),
    # 007 Kenya boda boda: employer, motorbike plate, police OB number, Level 4/5 hospitals, county, NHIF
    ("Evening docs. boda boda RTA, 24M [[PT:Brian Otieno]], open tib/fib R, GCS 15/15, hb 9.1. brought by his boss from [[FAC:Githurai Hardware]] where he does deliveries. "
     "bike reg [[PLATE:KMDA 417M]], police want us to quote OB no [[ID:OB/48/14/3/24]] on the P3. we're at [[FAC:Ruiru Level 4]], [[COUNTY:Kiambu County]]. "
     "ortho at [[FAC:KNH]] say no beds, try [[FAC:Thika Level 5]] \U0001f644. NHIF [[PLAN:R1042287]]. his mum [[REL:Rose Akinyi]] is on the way from [[TOWN:Kisumu]]. "
     "any ortho on here who can take him?? cefazolin 2g given 1940h, tetanus done."),
    # 008 South Africa: "Bara", township + zone, wristband photo, SA ID, DOB
    ("Ag shame, quick one from [[FAC:Bara]] casualty. 19F [[PT:Lerato Mokoena]] from [[PLACE:Diepkloof Zone 4]], [[PLACE:Soweto]], OD on amitriptyline ~40 tabs, QRS 140, HR 130. "
     "bicarb going. her boyfriend [[REL:Sipho]] found her at 6pm, says the pills were her ouma's.\n"
     "pic shows wristband: [[PT:MOKOENA L]] [[MRN:BH4471829]]\n"
     "SA ID [[SSN:0503150823081]] (so born [[DATE:15 March 2005]]). ICU full, try [[FAC:CMJAH]]? anyone with a bed?? - reg on call"),
    # 009 Philippines Taglish: barangay, city, kuya, cp number, PhilHealth, nanay
    ("Doc pahelp naman \U0001f64f pt [[PT:Ma. Luisa Dela Cruz]], 67/F, from [[PLACE:Brgy. San Roque]], [[TOWN:Marikina]], DKA ata, CBG 'HI' sa glucometer, K 5.9. "
     "kuya [[REL:Jun]] niya ang kasama, cp [[PHONE:0917 555 3381]]. walang insulin drip sa ER namin ngayon \U0001f62d pwede ba i-transfer sa [[FAC:Amang Rodriguez]]? "
     "philhealth [[PLAN:12-025174836-9]]. si nanay [[PT:Luisa]] kasi ayaw magpa-admit. salamat po!"),
    # 010 Malaysia: hospital + acronym, pakcik aged 93, MyKad IC, taman, anak
    ("salam all, MO kat [[FAC:Hospital Tengku Ampuan Rahimah]] ([[FAC:HTAR]]) here. pakcik [[PT:Rahman bin Yusof]], [[AGE:93]] yo, IC [[SSN:310512-10-5523]], "
     "fall at home in [[PLACE:Taman Sri Andalas]], [[TOWN:Klang]]. NOF #, on warfarin INR 4.2. anak dia [[REL:Faridah]] tanya boleh op esok tak. "
     "ortho kata must reverse dulu. vit K or PCC? pls advise, thx"),
    # 011 Australia rural GP: 96yo nan, rural road, neighbour, Anzac Day, Medicare
    ("G'day all, rural GP in [[TOWN:Coonamble]]. [[AGE:96]]yo nan, [[PT:Beryl Hutchins]], lives alone on a property out on [[STREET:Quambone Rd]], "
     "found by her neighbour [[REL:Kev]] after a fall, on the floor ~12 hrs. CK 14000, creat 210. retrieval can get her to [[FAC:Dubbo Base]] tonight "
     "but she's refusing, says she wants to die at home like her husband [[REL:Alf]] did on [[DATE:Anzac Day]]. capacity seems intact to me. "
     "medicare [[PLAN:2951 44817 3]]. am I obliged to push transfer? [[PT:Beryl]] is sharp as a tack btw"),
    # 012 New Zealand: macron in hospital name, NHI, suburb, Waitangi Day, whānau
    ("kia ora, reg at [[FAC:Whangārei Hospital]]. [[PT:Hemi Te Whare]], 58M, NHI [[MRN:ZAB4471]], chest pain at the marae in [[PLACE:Otangarei]] on [[DATE:Waitangi Day]], "
     "inferior STEMI, lysed at 1410, pain settling. whānau all here - his wife [[REL:Mere]] and about 20 cousins lol. "
     "transferring to [[FAC:Auckland City]] for angio tomorrow. any issue flying him within 24h of TNK? ta"),
    # 013 Canada fly-in community: OHIP, nursing-station phone, hospital acronyms
    ("Hi all, FM R2 in [[TOWN:Sioux Lookout]]. fly-in pt from [[TOWN:Sachigo Lake]], [[PT:Noah Kakegamic]], 4 yo, limp + fever x3d, crp 180, ?osteo distal femur. "
     "OHIP [[PLAN:4417-228-193-KT]]. mom [[REL:Charlene]] is reachable at the nursing station [[PHONE:(807) 555-0162]]. we're at [[FAC:SLMHC]], no MRI. "
     "peds at [[FAC:TBRHSC]] want MRI before abx. fly [[PT:Noah]] out now or start cefazolin after cultures? - posted between clinic pts, sorry for typos"),
    # 014 Gulf: expat worker, area of Dubai, employer + supervisor number, Emirates ID, home town, year
    ("Salam, quick q. expat worker [[PT:Mohammed Ashraf Kunhi]], 38, collapsed on a construction site in [[PLACE:Al Quoz]], T 41.8, GCS 10. "
     "employer [[FAC:Al Noor Star Contracting]], supervisor reachable at [[PHONE:+971 50 555 0174]]. EID [[SSN:784-1986-4471825-3]]. "
     "ice water immersion started in [[FAC:Rashid Hospital]] ED. colleague says he had dengue back home in [[TOWN:Malappuram]] in [[YEAR:2022]]. "
     "cooling target 38.9 and stop? thx"),
    # 015 Ireland: autocorrected name then corrected, fada names, Co. Mayo, PPSN, mam's mobile; replier thanked
    ("SHO at the [[FAC:Mater]] here. 27F [[PT:eva]] *[[PT:Aoife]] not [[PT:Eva]] sorry autocorrect \U0001f644 - [[PT:Aoife Ní Bhriain]], from [[TOWN:Belmullet]], [[COUNTY:Co. Mayo]], "
     "up in [[TOWN:Dublin]] for a festival, took 2 pills on the [[DATE:3rd]], on sertraline too. Na 118, confused, vomiting. PPSN [[SSN:7741852KA]]. "
     "her mam [[REL:Siobhán]] is driving up, [[PHONE:087 555 1934]]. 3% saline bolus now or fluid restrict and wait? thanks Ciarán for the reply on the earlier post btw"),
    # 016 US voice-to-text: age in words, misheard names corrected, spoken street number, pacemaker serial
    ("voice to text sorry driving home new line consult request for a [[AGE:ninety four]] year old male mister [[PT:Gonzales]] correction [[PT:Ruben Gonzalez]] with a Z full stop "
     "lives alone on [[STREET:fourteen eighteen west Cermak road]] in [[TOWN:Cicero]] full stop daughter [[REL:Marisol]] number is [[PHONE:708 555 0139]] new line "
     "pacemaker placed by doctor [[HCP:oak and co]] sorry [[HCP:Okonkwo]] at [[FAC:Loyola]] serial [[DEVICE:PJN 447120 S]] full stop syncope times two today question mark "
     "pacer malfunction question mark who interrogates after hours new line thanks"),
    # 017 UK GP: street + postcode, NHS number, daughter's wedding "the 28th", practice fax
    ("GP here, 2 mins between pts. [[PT:Derek Ashworth]] 67, [[STREET:42 Harehills Lane]], [[TOWN:Leeds]] [[ZIP:LS9 7TF]], NHS no [[MRN:485 777 3456]]. "
     "PSA 48 incidental, now new back pain. 2WW sent but he's asking if he can still fly to Spain for his daughter [[REL:Kerry]]'s wedding on the [[DATE:28th]]. "
     "MRI spine urgent first? if urology want to send anything our fax is [[FAX:0113 496 0712]] ([[FAC:Oakwood Surgery]]). ta"),
    # 018 Pakistan PG group pasted: "Dr K:" / "Dr Z:" labels, professor, suburb "Bara Kahu"
    ("sharing from our PG whatsapp grp, need opinion:\n"
     "Dr [[HCP:K]]: bed 6 [[PT:Shabana Bibi]] post CS day 2, T 39, abd distended\n"
     "Dr [[HCP:Z]]: send CBC, CRP, USG abd. wound?\n"
     "Dr [[HCP:K]]: wound ok. husband [[REL:Imran]] insisting on LAMA, says they live in [[PLACE:Bara Kahu]] and will come back if needed\n"
     "Dr [[HCP:Z]]: no. inform prof [[HCP:Rukhsana]] first\n"
     "Me: what would u do? [[FAC:Holy Family]] ICU full and [[FAC:PIMS]] not accepting"),
    # 019 Nigeria: relative shares the poster's first name (Tunde), transfusion dates, HMO
    ("Morning all. 3yo [[PT:Ayomide]] brought to [[FAC:OOUTH]] by her dad [[REL:Tunde Bakare]] (not me lol) with ?sickle crisis + ?sequestration, Hb 5.2, spleen 6cm. "
     "dad says she was transfused at [[FAC:FMC Abeokuta]] on [[DATE:14/2]] and again [[DATE:march 3rd]]. HMO no [[PLAN:HYG/0047182/03]]. "
     "blood bank has no O neg, dad is B+, [[PT:Ayomide]] is ?SS. can dad donate directly? \U0001f605 — Tunde (@tunde.peds)"),
    # 020 India: Diwali injury, s/o father, AIIMS demand, MLC number
    ("sir 1 query \U0001f64f 9 yo [[PT:Aarav]] s/o [[REL:Vikas Sharma]] from [[TOWN:Jhansi]], firecracker blast near ear on [[DATE:Diwali]] night, R TM central perf + ?SNHL, PTA 45dB. "
     "father wants surgery at [[FAC:AIIMS]] only \U0001f644. we are at [[FAC:MLB]]. MLC no [[ID:MLC/1187/24]] already made. how long to wait for spontaneous healing? ty"),
    # 021 Kenya voice note transcribed: misheard name, village, EDD, husband's number, facilities
    ("voice note transcribed by app, sorry: ok so this is a mother called uh [[PT:wan jiru]] I mean [[PT:Wanjiru Kamau]] comma 31 years comma para four plus zero full stop "
     "she delivered at home in [[TOWN:Ngecha]] and came to [[FAC:Tigoni Level 4]] bleeding comma BP 80 over 40 full stop EDD was [[DATE:20th march]] so term full stop "
     "we gave oxytocin and misoprostol and TXA comma uterus still boggy full stop husband [[REL:Peter Mwangi]] is on [[PHONE:0722 555 917]] he says no blood transfusion "
     "because of their church full stop can we refer to [[FAC:Kiambu Level 5]] or [[FAC:KNH]] directly question mark from [[TOWN:Limuru]] it is 40 minutes new line help"),
    # 022 US peds intern: insulin pump serial, mother's email, attending, m/d date
    ("intern here need help fast \U0001f630 14yo [[PT:Kayden Brooks]] T1DM in DKA, pH 7.02, pump failed overnight. pump serial [[DEVICE:NG4471829H]]. "
     "mom [[REL:Ashley]] already emailed the pump company from [[EMAIL:ashleybrooks84@gmail.com]] and they want the pump back?? we remove the pump + start drip obviously right? "
     "attending Dr. [[HCP:Feld]] in a code. he was admitted [[DATE:3/14]] last yr for the same thing. nearest PICU [[FAC:Children's Mercy]]"),
    # 023 Philippines: patient named April, tita's FB post (URL + phone), hospital + short form; replier by handle
    ("@kat.md salamat sa reply kanina! update: pt [[PT:April Manalo]] 22F, dengue w/ warning signs, HCT 52, plt 19. her tita [[REL:Malou]] posted sa FB asking for blood donors "
     "w/ her full name + room no + her cp [[PHONE:+63 918 555 2047]], link: [[URL:facebook.com/malou.manalo.75/posts/10227]] \U0001f62c ok lang ba yun? "
     "we're at [[FAC:Ospital ng Makati]] ([[FAC:OsMak]]), she lives in [[PLACE:Brgy. Pembo]]. nakakahiya sa data privacy officer namin"),
    # 024 South Africa: suburb, beach, Boxing Day, patient's TikTok handle, gofundme URL, ouma
    ("Reg at [[FAC:Livingstone]] in [[TOWN:Gqeberha]] here. 16M [[PT:Liam van der Merwe]] from [[PLACE:Walmer]], dived into shallow water at [[PLACE:Kings Beach]] on [[DATE:Boxing Day]], "
     "C5 #, complete. his mate filmed it and it's all over TikTok, tagged [[HANDLE:@liamvdm_07]], and the family started [[URL:gofundme.com/f/help-liam-walk-again]]. "
     "now journos phoning ICU. how do your units handle this? his ouma [[REL:Hettie]] is furious with the ward. ag shame man"),
    # 025 Malaysia: IP no (MRN) vs IP address vs "IP abx", taman, d/m date
    ("Salam, need help fast pls. home PD pt [[PT:Tan Mei Ling]] 45F, IP no [[MRN:HSB-2024-00871]], under [[FAC:Hospital Sultanah Bahiyah]]. "
     "cycler stopped syncing, vendor says last ping from [[IP:175.139.22.61]] on [[DATE:12/3]]. cloudy effluent since semalam, abd pain. "
     "she stays in [[PLACE:Taman Uda]], [[TOWN:Alor Setar]], 40 min drive, husband [[REL:Ah Kow]] cannot drive at night. "
     "IP abx at home ok or must come in? *intraperitoneal, not inpatient lol"),
    # 026 US trauma: VIN, plate, Parkland the hospital, girlfriend's number
    ("PGY2 trauma curbside: MVC, 34M [[PT:Tyler Nguyen]], unrestrained, GCS 13. DPS at bedside want a blood alcohol draw w/o consent, gave us VIN [[VIN:1HGCM82633A004352]] "
     "and plate [[PLATE:KJT-4471]] for the form. legal for us to draw in TX? we're at [[FAC:Parkland]] in [[TOWN:Dallas]]. "
     "his gf [[REL:Destiny]] is in the waiting room, [[PHONE:214-555-0187]], says he had 2 beers. risk mgmt not answering"),
    # 027 India trucker: driving licence, truck plate, employer, son lower case
    ("Sir quick: truck driver [[PT:Gurpreet Singh]] 52M, found unconscious in cabin at toll plaza near [[TOWN:Panipat]], GRBS 32. D25 given, woke up. "
     "DL [[LIC:HR-0619980012345]], truck [[PLATE:HR 55 AK 4471]], employer [[FAC:Sidhu Roadlines]] wants him to drive again 2moro \U0001f644. "
     "son [[REL:harjeet]] coming from [[TOWN:Ludhiana]]. on glimepiride 4mg bd. admit for how long? sulfonylurea hypo needs octreotide?"),
    # 028 Nigeria: donation bank account, hospital bill account, possessive
    ("Good evening seniors. 6yo [[PT:Chidera Okonkwo]] with ALL at [[FAC:UNTH]] [[TOWN:Enugu]], parents can't afford induction. mum [[REL:Adaeze]] shared an acct for donations: "
     "[[ACCT:0123456789]] First Bank, in [[PT:Chidera]]'s name. hospital bill acct [[ACCT:UNTH/PD/44719]]. is it ok to forward in our dept group or is that a breach? "
     "she asked us to. also any NGO that covers chemo in the SE?"),
    # 029 Pakistan short: age in words, DHQ hospital
    ("quick: consultant asking whether to dialyse [[AGE:ninety three]] yr old [[PT:Ghulam Rasool]] from [[TOWN:Sahiwal]], urea 310, K 6.9. sons want everything. "
     "we're at [[FAC:DHQ Sahiwal]]. no advance directives in our setup tbh"),
    # 030 UK registrar reply thread: members by handle and first name, nickname, grandson, hospital no
    ("replying to @sam_reg and Hannah — thanks both \U0001f64f update on the lady from this morning, [[PT:Margaret Blessing Owusu]] (goes by [[PT:Blessing]]), 71, "
     "CT confirmed type B dissection. vascular at [[FAC:St George's]] will take her but want SBP <120 first, labetalol running. "
     "grandson [[REL:Kojo]] is NOK, lives in [[TOWN:Croydon]], [[PHONE:07700 900783]]. our consultant Mr [[HCP:Akintola]] wants an art line before transfer. "
     "hosp no [[MRN:K4471829]]. thx again"),
    # 031 Australia ED: f/94, RACF, son's mobile, pager
    ("ED reg at [[FAC:RPA]]. f/[[AGE:94]] [[PT:Gwen Marsh]] from [[FAC:Ashfield Gardens RACF]], #NOF + new AF RVR 160. gen med want ortho, ortho want gen med, classic. "
     "son [[REL:Trevor]] on [[PHONE:0412 555 083]] wants to know who's in charge. geri reg not answering pg [[PAGER:84471]]. who should own her? [[PT:Gwen]] keeps asking for a cuppa"),
    # 032 US IM intern: SSN in the H&P, DOB, MRN, dialysis unit, pager
    ("quick q — pt [[PT:Lorraine Whitaker]] 58F, DOB [[DATE:07/22/1966]], MRN [[MRN:G00447182]], new ESRD, starting HD. SW needs her SSN for the chair paperwork at "
     "[[FAC:DaVita Midtown]] and the intern put it in the H&P: [[SSN:572-41-8830]]. is that ok?? feels wrong. also renal fellow pg [[PAGER:555-0148]] never calls back. "
     "IM PGY1 at [[FAC:Grady]]"),
    # 033 Ireland GP: Eircode, estate + suburb, GMS number, "the Regional" (UHL)
    ("GP in [[TOWN:Limerick]]. [[PT:Pádraig Ó Súilleabháin]], 71, [[STREET:14 Mountain View]], [[PLACE:Castletroy]], [[ZIP:V94 T9PX]], GMS no [[PLAN:1847221K]]. "
     "?GCA - temporal headache, jaw claudication, ESR 88. the [[FAC:Regional]] ([[FAC:UHL]]) rheum say send to ED, ED say rheum \U0001f644 start pred 60 now? "
     "his son [[REL:Donncha]] rang twice already"),
    # 034 Philippines: Mary Grace aka Gracie, district of Manila, hospital, admission date
    ("Doc good eve. pt [[PT:Mary Grace Villanueva]] aka '[[PT:Gracie]]', 29F, from [[PLACE:Tondo]], leptospirosis after wading in flood, creat 4.1, oliguric. "
     "admitted sa [[FAC:Tondo Medical Center]] [[DATE:Dec 8]]. husband [[REL:Jomar]] says si [[PT:Grace]] ay nag-doxy na pero 2 days lang. HD na ba or wait? salamat"),
    # 035 US neonate: DOB, wristband photo, mother's IG handle, hospital named Mercy
    ("need help fast: term baby boy [[PT:Rivera]] born [[DATE:4/12]] at 0347, apgars 8/9, now grunting at 2h, sats 88%. "
     "mom [[REL:Jazmine Rivera]] is live-streaming from L&D on IG [[HANDLE:@jaz.and.baby]] \U0001f633 showing his face and the wristband "
     "[image: band reads '[[PT:RIVERA]], BOY  MRN [[MRN:0044718]]']. we're a level 2 at [[FAC:Mercy]], NICU transport 1hr. CPAP now? and do we tell her to stop streaming?"),
    # 036 South Africa rural: district municipality, village, gogo, cell, 10177 not PHI
    ("MO at [[FAC:Zithulele Hospital]], [[COUNTY:OR Tambo district]]. 7yo [[PT:Lwazi Sotashe]] from [[TOWN:Ngcwanguba]], snakebite R hand, swelling past wrist, ?puff adder. "
     "no antivenom here. gogo [[REL:Nosipho]] brought him on a bakkie, her cell [[PHONE:072 555 3318]]. [[FAC:NMAH]] in [[TOWN:Mthatha]] 2 hrs away, "
     "ambulance (10177) says 4hrs lol. mark the swelling + transfer? or wait?"),
    # 037 India: patient shares a member's first name (Priya), Aadhaar, PMJAY, CHC
    ("@priyanair_md thanks for the earlier reply! funny - this pt is also a [[PT:Priya]] \U0001f604 [[PT:Priya Kumari]] 26F, P1 day 5, ?PPCM, EF 30%, from [[TOWN:Karjan]]. "
     "husband [[REL:Rakesh]] mobile [[PHONE:+91 90990 55821]]. Aadhaar [[SSN:4821 6630 9157]], PMJAY card [[PLAN:PMJAY-GJ-0447182]]. "
     "referred to [[FAC:SSG]] from [[FAC:CHC Karjan]]. bromocriptine yes/no?"),
    # 038 Kenya rural mission hospital: county without the word, village, patient named Faith, dad's number
    ("Hello, MO at [[FAC:AIC Kapsowar]], [[COUNTY:Elgeyo Marakwet]]. [[PT:Faith Jepkosgei]] 16F from [[TOWN:Chesoi]], ingested organophosphate (?deliberate), "
     "pinpoint pupils, HR 48, secretions ++. atropine doubling, 14mg so far. no ICU here. [[FAC:MTRH]] [[TOWN:Eldoret]] has no bed till tomorrow. "
     "dad [[REL:Kiprotich]] [[PHONE:+254 712 555 408]]. pralidoxime worth it? we have 2 vials"),
    # 039 Quebec: French date, RAMQ, wife + brother, trailer plate
    ("salut, résident R1 à l'[[FAC:Hôpital de Chicoutimi]]. snowmobile crash on [[DATE:24 décembre]], [[PT:Jean-Guy Tremblay]] 47M, splenic lac grade 3, stable. "
     "RAMQ [[PLAN:TREJ 7905 1512]]. sa femme [[REL:Ginette]] wants him transferred to [[FAC:CHUL]] in [[TOWN:Québec]] because his brother [[REL:Réjean]] works there. "
     "non-op mgmt ok here? police also came by about the trailer, plate [[PLATE:V47 KJT]]"),
    # 040 NZ GP dictation: spoken DOB, NHI, street, partner's mobile
    ("dictated sorry new line patient [[PT:Aroha Ngata]] NHI [[MRN:JKL2247]] date of birth [[DATE:fourteenth of may nineteen eighty]] comma lives at [[STREET:27 Matthews Ave]] "
     "[[TOWN:Kaitaia]] full stop new line presents with cellulitis left leg spreading despite fluclox comma febrile full stop question admit to [[FAC:Kaitaia Hospital]] "
     "for IV or try oral clinda question mark partner [[REL:Wiremu]] can drive her full stop phone [[PHONE:021 555 0472]] end"),
    # 041 UK voice-to-text: misheard Siobhan, flat address + postcode, sister aged 89 (not tagged), GP
    ("voice to text sorry. patient [[PT:shiv on]] sorry [[PT:Siobhan Kelly]], 84, from [[STREET:Flat 3, 18 Moss Lane]], [[TOWN:Altrincham]] [[ZIP:WA15 8AD]], "
     "found by her sister [[REL:Peggy]] who is 89 herself lol. confused, ?UTI, Na 129, lives alone. [[FAC:Wythenshawe]] or home with virtual ward? "
     "her GP Dr [[HCP:Ahmed]] at [[FAC:Timperley Health Centre]] knows her well"),
    # 042 Saudi: age 101, hijri year, national ID, district of Riyadh, son's mobile
    ("Salam all, R2 IM at [[FAC:KFMC]]. family says grandfather [[PT:Abdullah Al-Harbi]] is [[AGE:101]] (ID says born [[YEAR:1344]] hijri lol), ID [[SSN:1044718295]]. "
     "admitted with aspiration pneumonia, DNR discussion — son [[REL:Faisal]] refuses, wants ICU. lives in [[PLACE:Al Olaya]], [[TOWN:Riyadh]]. "
     "son's no [[PHONE:+966 55 555 0193]]. how do you approach DNR with family here?"),
    # 043 Nigeria: Chief (title outside), age 90, lab number, son's email abroad
    ("Sirs/ma, Chief [[PT:Emmanuel Nwosu]], [[AGE:90]], from [[TOWN:Nnewi]], admitted [[FAC:NAUTH]] w/ hyponatraemia Na 112, ?SIADH ?ca lung. "
     "lab no [[ID:CHEM-24-118273]] result missing from portal. his son in UK [[REL:Obinna]] keeps emailing the unit from [[EMAIL:obinna.nwosu@yahoo.co.uk]] demanding updates. "
     "how do you guys handle diaspora relatives asking for results by email? \U0001f64f"),
    # 044 Malaysia: replier thanked, patient named May, CNY as date, JB, daughter's number; poster sign-off
    ("thanks Hafiz! follow up on the auntie I posted - [[PT:Tan Siew May]] ([[PT:May]]), 68F, from [[PLACE:Taman Molek]], [[TOWN:JB]], unwell since [[DATE:CNY]], "
     "now Ca 3.4, PTH suppressed. at [[FAC:HSA]]. daughter [[REL:Jasmine]] [[PHONE:012-555 7731]] asking if can do PET at private. any onco here? - Wei Jie"),
    # 045 Ghana: date + holiday name, car reg, hospital full and acronym, Maame
    ("Good morning colleagues. [[PT:Yaw Darko]] 45M, RTA on [[DATE:6th March]] ([[DATE:Independence Day]] traffic \U0001f644), ruptured spleen, splenectomy done at [[FAC:KATH]] [[TOWN:Kumasi]]. "
     "his car reg [[PLATE:AS 4471-19]]. Maame [[REL:Akosua]] asking about vaccines before discharge. pneumococcal, Hib, meningococcal — "
     "do we have these at [[FAC:Komfo Anokye]] or send to private? also when?"),
    # 046 South Africa Afrikaans: facility named after a person, farm as address, oom
    ("Môre almal, CO at [[FAC:Dr Harry Surtie Hospital]], [[TOWN:Upington]]. [[PT:Pieter Coetzee]], 61, farm worker from [[STREET:Plaas Rooipan]], outside [[TOWN:Kakamas]], "
     "?tick bite fever, eschar on leg, fever, headache. oom [[REL:Koos]] drove him in. doxy started. plt 88, ALT 140. [[FAC:Kimberley Hospital]] or keep? lekker busy vandag"),
    # 047 US IHS: community, tribal census number, brother, sheep camp location, cell
    ("FM resident at [[FAC:Chinle IHS]]. [[PT:Delbert Yazzie]] 67M from [[TOWN:Many Farms]], ?plague - fever, tender axillary bubo, handles prairie dogs. "
     "census no [[ID:NN-448172]]. brother [[REL:Leroy]] says his sheep camp is near [[TOWN:Rough Rock]]. gent + doxy? notify state? brother's cell [[PHONE:928-555-0116]]"),
    # 048 Australia remote community: Aunty, "the 14th", Medicare, hospital acronym, "the 21st"
    ("RAN/GP in [[TOWN:Yuendumu]]. [[PT:Jacinta Granites]] 34F, ?ARF - migratory polyarthritis, fever, ASOT high, new murmur. Aunty [[REL:Dot]] says she had a sore throat "
     "around the [[DATE:14th]]. Medicare [[PLAN:5447 18293 1]]. [[FAC:ASH]] can do echo on the [[DATE:21st]] - wait or fly her in earlier?"),
    # 049 India Gujarat: baa aged 91, town named Anand, son's employer, private hospital, IPD no
    ("sir quick one - baa [[PT:Kantaben Patel]], [[AGE:91]], from [[TOWN:Anand]], fall, #NOF, also severe AS (gradient 70). son [[REL:Hiren]] runs [[FAC:Shree Ambica Dairy]] "
     "and wants surgery at [[FAC:Zydus]]. anaesthesia in severe AS at this age, spinal or GA? \U0001f64f IPD no [[MRN:IPD/24/0881]]"),
    # 050 UK thread: members by handle and first name, patient named Frank, New Year's Day, nurse + consultant
    ("@dr_nkem thanks, and Tom - yes same man from the last post. [[PT:Frank Doherty]], 77, back again, 3rd admission since [[DATE:New Year's Day]]. "
     "his daughter [[REL:Nicola]] is on [[PHONE:07700 900215]] and says the respiratory nurse [[HCP:Lynne]] told them home O2 was coming. "
     "we're at [[FAC:Furness General]]. consultant Dr [[HCP:Pritchard]] wants palliative input, [[PT:Frank]] agrees"),
    # 051 Pakistan forwarded family message: many relatives, numbers, email, sector, scheme, previous hospital file no
    ("fwd msg from pt's family, pls advise how to reply \U0001f64f\n\n"
     "'Assalam o alaikum Dr sahib, I am [[REL:Usman Farooq]], son of [[PT:Rabia Farooq]] (bed 11, medical ward). Ammi's CNIC [[SSN:61101-8847221-4]], DOB [[DATE:14-08-1951]]. "
     "She was admitted on Monday [[DATE:4th Nov]]. My brother [[REL:Bilal]] ([[PHONE:0300 5550192]]) is in [[TOWN:Dubai]] and my sister [[REL:Sana]] ([[PHONE:0321 5554471]]) "
     "lives in [[PLACE:G-11/2]], [[TOWN:Islamabad]]. Please send her reports to [[EMAIL:usman.farooq77@gmail.com]]. Her previous treatment was at [[FAC:Shifa International]] "
     "under Dr [[HCP:Jamshed Akhtar]], file no [[MRN:SIH-447182]]. Our address is [[STREET:House 27, Street 14]], [[PLACE:Chaklala Scheme III]], [[TOWN:Rawalpindi]]. "
     "She is diabetic since [[YEAR:1998]]. She also had cataract surgery at [[FAC:Al-Shifa Trust Eye Hospital]] on [[DATE:2 March]] and her Sehat card no is [[PLAN:SC-61101-4471]] if needed. "
     "Our family doctor is Dr [[HCP:Naveed Butt]] in [[PLACE:Saddar]] ([[PHONE:051 5557712]]), he knows all her history. Please tell us if we should shift her. JazakAllah'\n\n"
     "2nd fwd, 10 min later: 'Dr sahib this is [[REL:Sana]], please call me not my brother, [[REL:Usman]] bhai gets very emotional. Ammi only speaks Punjabi, I can translate on video call'\n\n"
     "she's stable tbh, HbA1c 11, DKA resolved, on basal bolus now. do I reply on WhatsApp at all? my consultant says never share reports on WA but family insists, "
     "and they forward everything to 20 relatives. do your units have a policy or a standard reply? - Ayesha, PGR medicine [[FAC:BBH]]"),
    # 052 one-liner: f/97 at a named hospital
    ("f/[[AGE:97]] at [[FAC:Groote Schuur]], fell on apixaban, CT clear. 24h obs?"),
]

FREE_NOTES: list[str] = [
    # 053 lab values typed like dates, ward/bed
    ("k 3/4 mg 0.58 phos 0.4 after 3 days of vomiting. replace all 3 or k first? on furosemide 80 bd. ward 7 bed 12 if anyone's around to look"),
    # 054 bp ratio, eponym
    ("bp 140/90 on 3 agents in a 28F, hypoK 3.1. conn's? renin/aldo ratio while on ramipril ok or stop first? thx"),
    # 055 gcs 14/15, canadian ct head rule, autocorrected inr
    ("gcs 14/15 after fall, on warfarin, canadian ct head rule = scan anyway. inr 3/2 *3.2 stupid keyboard. reverse before or after ct?"),
    # 056 apgars 8/9, gestation 36+2
    ("apgars 8/9, 36+2, mum GBS unknown, no IAP, ROM 20h. obs 48h or home at 24 if well? our protocol v vague"),
    # 057 parkland formula, lund and browder, image without identifiers
    ("parkland formula check pls: 30% TBSA, 70kg → 4 x 70 x 30 = 8400ml/24h, half in first 8h from time of BURN not arrival right?\n"
     "[image: lund and browder chart, front torso + both arms shaded]\nalready 2h since injury"),
    # 058 voice-to-text: will, hope, frank as words
    ("voice to text new line will review in the morning full stop hope the sodium corrects slowly comma if not call me new line frank haematuria noted comma "
     "three way catheter and bladder washout full stop"),
    # 059 colleague by handle; "saving grace"
    ("@grace_obs thank you!! that was the saving grace tonight. MgSO4 running, reflexes present, RR 16, UO 30ml/hr. will keep you posted \U0001f64f"),
    # 060 Hinglish dengue, ward/bed, "kal"
    ("sir ek doubt - dengue NS1 neg day 5, IgM pending, plt 62k → 48k. fluids 2ml/kg/hr chalu hai. no warning signs. discharge kal ya observe? ward 4 bed 22"),
    # 061 Taglish brands, "si mama"
    ("doc tanong lang, biogesic + neozep sabay ok ba sa 7 yo? paracetamol 15mg/kg q6 diba. si mama nagbigay na ng 2 tabs \U0001f605 mga 20kg si bata"),
    # 062 Pidgin coartem, 3/7
    ("abeg coartem dose for 25kg pikin? 2 tabs bd x 3/7 abi? mRDT positive, no danger signs, taking orally. oga no dey pick call since morning"),
    # 063 ottawa ankle rules, weekday
    ("ottawa ankle rules negative but cant weight bear 4 steps, tender over ATFL only. x-ray or not? triage nurse insisting. friday night chaos here"),
    # 064 wells, weekdays, colleague handle
    ("wells 4.5, d-dimer 1200, creat 180 so ctpa risky. v/q only mon-fri 9-5. anticoagulate + scan monday? @dr.omar_em thoughts?"),
    # 065 "may", autocorrected "june"
    ("may need to tube this one - tiring, vbg pH 7.21 pCO2 9.8, bipap 1hr no better. rsi ketamine + roc? icu reg says june... *soon. autocorrect is killing me"),
    # 066 "rose" as verb, rural
    ("trop rose 14 → 86 in 3h, typical pain, ecg no ST changes. nstemi. rural, cath lab 3 hrs. fondaparinux + ticag + transfer, or wait for the 6h trop?"),
    # 067 "sandy", beach
    ("kid eating sand at the beach + soil at home, pica. ferritin 4, hb 7.9. iron 3mg/kg elemental ok? mum says stools sandy lol"),
    # 068 5/7 and 2/52
    ("any1 know if 5/7 doxy enough for cellulitis w/ mrsa risk? or 2/52? pen allergic (rash as a child, not anaphylaxis). ty"),
    # 069 6/12 3/12, side room
    ("6/12 hx weight loss, 3/12 night sweats, cxr cavity RUL. genexpert pending. isolate in side room 2? we have 1 neg pressure room and it's taken"),
    # 070 VA 6/9 6/60, 2moro
    ("VA 6/9 R, 6/60 L after squash ball to the eye, hyphaema ~2mm. eye on call 2moro 8am. shield + head up + no nsaids overnight ok?"),
    # 071 power 4/5, 20/30/40 rule
    ("power 4/5 both legs, areflexic, 3/52 post gastro. GBS likely. FVC 1.6L. when do u call icu - the 20/30/40 rule still?"),
    # 072 emergency numbers and countries
    ("for the new interns, save these: 999 UK, 112 EU/mobile, 911 US/PH, 000 AU, 111 NZ, 10177 SA ambulance, 1122 punjab rescue, 108 india, 998 UAE. you'd be surprised"),
    # 073 public guideline link
    ("NICE head injury guidance for the F1s: https://www.nice.org.uk/guidance/ng232 - CT within 1h if GCS <13 on initial assessment or <15 at 2h"),
    # 074 colleague handle containing "bill"
    ("who's on for surg tonight? @bill.surg need a review for ?appendicitis, alvarado 7, wcc 14. ward 3 bed 9. thx"),
    # 075 "grace period", brand
    ("grace period for insulin pens? lantus once opened 28 days per the leaflet. pt asking if still ok at day 30. i'll just replace it, cheaper than the argument"),
    # 076 Afrikaans, button battery
    ("ag no man, another one \U0001f629 toddler swallowed a button battery, xr shows halo/double ring in oesophagus. theatre asap. "
     "honey 10ml q10min while waiting - lekker or old wives tale?"),
    # 077 Malay
    ("boleh tolong? paeds ceftriaxone for meningitis 100mg/kg/day max 4g kan? budak 18kg. MO baru sini, terima kasih \U0001f64f"),
    # 078 "hope", bell's palsy
    ("hope someone can help: 40M facial droop, forehead spared so UMN → stroke not bell's palsy right? onset 1h. ct in 20 min, thrombolysis window ok"),
    # 079 bombay blood group
    ("bombay blood group, needs transfusion, our bank has none. who do you call? national rare donor registry? time critical, hb 5.8"),
    # 080 kyasanur forest disease, state
    ("returning traveller from karnataka, fever + bleeding gums + myalgia. kyasanur forest disease vs dengue? monkey deaths reported in the area apparently"),
    # 081 lassa fever, state, public agency
    ("lassa fever q: contact of a confirmed case (edo state), now febrile day 3. ribavirin PEP or wait for PCR? NCDC line not picking"),
    # 082 japanese encephalitis, GCS 9/15
    ("japanese encephalitis vs cerebral malaria in 6yo, GCS 9/15, parasitaemia 2%. treat both? artesunate 3mg/kg if <20kg. LP safe?"),
    # 083 glasgow-blatchford, rockall
    ("glasgow-blatchford 0 → discharge from ED ok? young, melaena once, hb 14.2, urea normal. rockall n/a pre-OGD"),
    # 084 san francisco syncope rule, colleague handle
    ("san francisco syncope rule vs canadian syncope risk score — which do u use? our consultant swears by SF. @leah_em you did a journal club on this?"),
    # 085 colleagues by first name, "blessing" as word
    ("thanks Kwame and Nkechi! will do the LP once platelets >50. update in the am. real blessing tonight, you two"),
    # 086 ramadan generic, gulf
    ("salam all, ramadan coming - T2DM on gliclazide + metformin, hba1c 8.2, 2 hypos last month. IDF-DAR = high risk. advise not to fast, or switch glic?"),
    # 087 rabies PEP schedule, country
    ("dog bite R hand, cat II. co-amox 625 tds 5/7, tetanus uptodate. rabies PEP schedule here in the philippines - 0,3,7 ID? or 0,3,7,14,28 IM?"),
    # 088 curb-65, 3rd floor
    ("curb-65 = 2, lives alone, 3rd floor no lift. admit? sats 93"),
    # 089 brands between patients
    ("quick one between pts: ozempic 1mg, horrible GI upset. drop back to 0.5 or switch to rybelsus? she's lost 9kg already"),
    # 090 eliquis, patience
    ("pre-op: eliquis 5 bd, CrCl 45, low bleed risk procedure. hold 24h or 48h? periop team says 48 \U0001f937 my patience is gone"),
    # 091 cheyne-stokes, kussmaul
    ("cheyne-stokes then kussmaul in same pt?? pH 7.08 HCO3 6, BNP 4000. DKA + HF. im confused send help \U0001f635"),
    # 092 handover with times, generic role labels
    ("handover (sorry essay):\nbay 4 bed 2 - sepsis ?source, 2nd dose pip-taz due 2200\nbed 5 - AKI, repeat U&E 0600\nside room 1 - ?C diff, stool sent\n"
     "side room 3 - EOL, family aware, syringe driver running\nbay 6 bed 1 - DKA day 2, off FRII at 1800, on basal bolus, BM 4-hourly, K 3/9 on last gas so 40mmol in the bag\n"
     "bay 6 bed 4 - chest pain, trop x2 neg, for d/c in am if echo ok, TTO written\nbed 8 - fall, 4/10 pain, xr hip nad, physio monday\n"
     "outliers on ward 12: bed 3 NBM for OGD, bed 7 confused at night, haloperidol 0.5mg prn max 2mg/24h, DoLS in progress\n"
     "jobs: chase CT abdo for bay 4 bed 2, cannula for bed 5 (tricky, ask the site team), TTA for bay 6 bed 4\n"
     "[22:14] reg: ta, bleep me for bed 5 if K >6\n[22:15] me: will do, have a quiet one \U0001f91e"),
    # 093 PERC, 28/40
    ("anyone using PERC in pregnancy? no? ok. ctpa vs v/q for 28/40 with SOB, CXR normal, d-dimer useless. what do your radiologists prefer"),
    # 094 neonatal jaundice, 38/40, public link
    ("neonatal jaundice day 3, SBR 280 at 72h, 38/40, breastfed. below treatment line? using the NICE chart https://www.nice.org.uk/guidance/cg98"),
    # 095 voice-to-text "hb ninety four" (not an age), cubicle
    ("voice to text sorry new line ok so this is about the lady in cubicle 4 full stop twenty two weeks comma PV bleeding comma hb ninety four comma "
     "BP 100 over 60 full stop anti D question mark she is rhesus negative full stop"),
    # 096 colleagues by first name and handle, pavlik, boston brace
    ("thanks Ravi, will try the pavlik. @mei.ortho the boston brace for AIS - still 18h/day? parents asking if nights only is ok"),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc31-001": [{"name": "Megan Kowalski"}],
    "pc31-003": [{"name": "Aniket Deshmukh"}],
    "pc31-015": [{"name": "Ciarán Doyle"}],
    "pc31-019": [{"name": "Tunde Adebayo", "handle": "@tunde.peds"}],
    "pc31-023": [{"name": "Katrina Reyes", "handle": "@kat.md"}],
    "pc31-030": [{"name": "Sam Okoro", "handle": "@sam_reg"}, {"name": "Hannah Lewis"}],
    "pc31-037": [{"name": "Priya Nair", "handle": "@priyanair_md"}],
    "pc31-044": [{"name": "Hafiz Rahman"}, {"name": "Wei Jie Lim"}],
    "pc31-050": [{"name": "Nkem Eze", "handle": "@dr_nkem"}, {"name": "Tom Barker"}],
    "pc31-051": [{"name": "Ayesha Siddiqui"}],
    "pc31-059": [{"name": "Grace Adjei", "handle": "@grace_obs"}],
    "pc31-064": [{"name": "Omar Haddad", "handle": "@dr.omar_em"}],
    "pc31-074": [{"name": "Bill Mensah", "handle": "@bill.surg"}],
    "pc31-084": [{"name": "Leah Cohen", "handle": "@leah_em"}],
    "pc31-085": [{"name": "Kwame Asante"}, {"name": "Nkechi Obi"}],
    "pc31-096": [{"name": "Ravi Menon"}, {"name": "Mei Lin Chua", "handle": "@mei.ortho"}],
}

build, render, main = first_set.blind_set(
    "pc31", Path(__file__).with_name("physician_cases_31.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
