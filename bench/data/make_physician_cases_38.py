# ruff: noqa: E501 (the notes are data)
"""Blind test set 38: mental health, addiction and old age across sixteen countries.

Old age psychiatrists, geriatricians, GPs, addiction doctors, palliative and hospice
teams, AMHPs, psychiatric nurses and care home managers post to a closed clinicians'
network from the US, Canada (Ontario, Quebec, Alberta, British Columbia), the UK
(England and Scotland), Ireland, France, Italy, Germany, Israel, Lebanon, South
Africa, Zimbabwe, Bangladesh, Malaysia, Hong Kong, Korea and New Zealand. They paste
involuntary-hold and Mental Health Act forms (5150, Ontario Form 1, BC Form 4.1,
MHCA 04/05, s.2 AMHP report, Quebec garde preventive, SDT), APS reports, guardianship
and Betreuung files, discharge summaries, care home emails, voicemail transcripts,
family-meeting notes and WhatsApp threads, or write one-line phone replies in lower
case, dictated notes and non-native English. The PHI-free posts discuss dementia
subtypes, delirium, methadone and buprenorphine practice, alcohol withdrawal,
palliative prescribing, capacity and deprivation-of-liberty law, deprescribing,
ECT and new drugs, and are full of eponyms, scales, trials, brands, doses, case-law
names, statutes with years, public bodies and helplines that are not identifiers.

Annotation conventions:
- PT is the patient, including nicknames, maiden names, surname-only and
  initial-plus-surname mentions, lower-case spellings and the name in a second script
  (Hangul, Chinese characters), which is a separate span. Every mention is tagged.
- REL is any non-clinician tied to the patient: relatives, partners, friends,
  neighbours, care-home owners, landlords, police officers, deputies, solicitors,
  guardians ad litem, court-appointed mandataires and village heads.
- HCP is anyone paid to give the patient health or social care who is not a network
  member: doctors, nurses, pharmacists, social workers, AMHPs and BIAs, care home
  managers, home-care workers, live-in caregivers, keyworkers and probation-linked
  clinicians. Network members (the poster, repliers, @mentions, sign-offs, "thanks
  Priya") are never tagged and are listed in MEMBERS, even when a patient or relative
  shares their first name.
- Titles and honorifics (Dr, Dre, Mr, Mrs, Mme, M., Herr, Frau, Signora, dott.ssa,
  Ms, Mdm, Puan, Sgt., PC, Ofc., Sister, Mbuya, Gogo, Sabhuku, baba), labels
  ("MRN:", "NHS", "C.F.", "ID"), "the" and a possessive 's stay outside spans.
  Particles that belong to a name (bin, binti, Ni, Le, van der, Ben-) stay inside.
- STREET runs from the flat, room, lot or house number through the street name
  ("Flat 6, Cedar House, 88 Brixton Water Lane", "Site 9, Comp 14, RR 2"); a
  street, road or highway named without a number is still STREET; TOWN is a city,
  town or village; COUNTY is a county, departement, Italian province (name or sigla)
  or Zimbabwean district, with the word County/Co./district outside; PLACE is a
  neighbourhood, suburb, township, housing estate, city district (Seoul -gu, Hong
  Kong districts), beach, lake, landmark or legal land description; ZIP is any
  postcode. Countries, states and provinces are not tagged.
- FAC is any named institution tied to the patient: hospitals, units, clinics,
  hospices, care homes, pharmacies (with store numbers), courts, police stations and
  departments, local councils, banks, employers, shops, schools and solicitors'
  firms. National bodies, regulators, public insurers and charities (DVLA, NSSF,
  Bituach Leumi, Clalit, AADK, Decision Support Service, Irish Cancer Society) are not.
- DATE is any date tied to the patient's care, in any shape, including month+year,
  day+month, a month alone and named holidays that date an event ("since Hanukkah");
  a weekday, "the" or "le" before a date stay outside. YEAR is a year alone tied to
  the patient. Times, relative dates, years of laws, guidelines, trials and
  conferences are not tagged.
- AGE is tagged only above 89 (the number alone, or the words if spelt out); 89 and
  below is not tagged, nor are decades ("in her 80s").
- PHONE, PAGER and FAX are tagged whoever they belong to, with country code and
  extension; emergency and public helpline numbers (911, 999, 119, 988, 116 123) are
  not.
- SSN covers national identity and national health numbers: US SSN (also last four),
  NHS number, CHI, NZ NHI, PPSN, NIR, codice fiscale, Teudat Zehut, SA ID, Zimbabwe
  ID, Bangladesh NID, MyKad, HKID, Korean RRN and Canadian status card numbers. PLAN
  covers insurance and beneficiary numbers: Medicare MBI, Medi-Cal CIN, Medicare
  Advantage member IDs, OHIP, RAMQ, Alberta and BC PHN, GMS medical card, tessera
  sanitaria, Krankenversicherten- and Pflegekasse numbers, NSSF, kupat holim and
  Korean long-term care numbers. MRN covers hospital, clinic and treatment-programme
  client numbers. ACCT covers bank, billing, hospital-account and pharmacy accounts,
  including "ending 4471". LIC covers driving and firearms licences and clinicians'
  registration numbers. ID covers court and case numbers, police incident and CAD
  numbers, badge numbers, prescription numbers, APS, DoLS and OPG references,
  protective-order and benefit-claim numbers and POLST registry numbers. DEVICE
  covers serial numbers and IMEIs, not brands or models. URL, EMAIL, IP and HANDLE
  (social handles and payment cashtags) are tagged whole.
- Not tagged: bed and room numbers, ward letters, drug and device brands, doses,
  scores, eponyms, laws and case-law names, and towns that only appear inside the
  name of a scale, disease, method or public body.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 NZ psychogeriatric team: wandering man found by police, respite bed request
    ("Kia ora koutou, @aroha.k asked me to put this on the network rather than email round. Mr [[PT:Hemi Walker]] ([[AGE:91]], NHI [[SSN:ZKT4821]]), moderate Alzheimer's, went walkabout again overnight - police picked him up at 0340 on the boardwalk at [[PLACE:Pilot Bay]] in his pyjamas and slippers. Lives alone at [[STREET:27 Kōwhai Crescent]], [[TOWN:Mount Maunganui]] [[ZIP:3116]]; daughter [[REL:Mereana]] is down in [[TOWN:Ōpōtiki]] and can't get across till Saturday. He has a GPS pendant (serial [[DEVICE:SP4-0045187]]) but it was sitting on the charger next to the jug. Rebecca, is there still a respite bed at [[FAC:Te Puna Rest Home]] this week? GP is Dr [[HCP:Harpreet Sandhu]] at [[FAC:Matapihi Road Medical]], happy to co-sign the NASC referral. Ngā mihi, Tom"),
    # 002 US psychiatrist pastes a 5150 application and asks about a 5250
    ("Quick q for the CA folks - hold expires tomorrow night, he's calm now but won't sign in voluntarily. Can we do a 5250 off this or does it need a fresh eval? (page me at [[PAGER:408-555-0190]] if easier.) Form summary below, names as written by PD:\n\n"
     "APPLICATION FOR 72-HOUR DETENTION (W&I 5150)\n"
     "Detainee: [[PT:Ramón Estrada Villalobos]]   DOB: [[DATE:04/17/1961]]   MRN: [[MRN:SJV-00418827]]\n"
     "Address: [[STREET:1432 Almaden Ave Apt 7]], [[TOWN:San Jose]] CA [[ZIP:95110]]\n"
     "Detained: [[DATE:06/02/2024]] 2215 by Ofc. [[REL:D. Kwan]] badge #[[ID:4471]], [[FAC:San Jose Police Dept]]\n"
     "Location: parking lot of [[FAC:Valero]] at [[STREET:Story Rd]] / [[STREET:King Rd]]\n"
     "Circumstances: called sister [[REL:Lourdes Estrada]] ([[PHONE:408-555-0162]]) saying he 'would not see the morning', rope found in truck. Hx MDD, EtOH use d/o, prior holds [[YEAR:2019]] and [[YEAR:2022]].\n"
     "Designated facility: [[FAC:Almaden Valley Medical Center]] PES\n"
     "Payer: Medi-Cal CIN [[PLAN:92847163A]]"),
    # 003 UK phone-typed one-liner about s117 aftercare placement
    ("anyone know if [[FAC:larkfield lodge]] take s117 aftercare pts? mine is mrs [[PT:dorothy pym]], [[AGE:93]], from [[TOWN:sevenoaks]], nhs no [[SSN:963 918 7267]]. family want her nearer [[TOWN:tonbridge]]"),
    # 004 Ontario Form 1 pasted by a supervising psychiatrist, Form 42 served at old address
    ("Posting for a resident - is a Form 1 still valid if the Form 42 went to the wrong address? Details:\n\n"
     "Form 1 - Application by Physician for Psychiatric Assessment (s.15, Mental Health Act)\n"
     "Person examined: [[PT:Gilles Thibodeau]]   DOB [[DATE:1958-11-03]]   OHIP [[PLAN:5823-104-776-RM]]\n"
     "Home: [[STREET:412 Cumberland St]], [[TOWN:Sudbury]] ON [[ZIP:P3E 2S9]]\n"
     "Examined [[DATE:March 19, 2024]] at [[FAC:Ramsey Lake Health Centre]] ED\n"
     "Box B: facts observed - agitated, pressured, says he will 'deal with' the neighbour he believes poisoned his dog, describes where he keeps a hatchet; facts from others - wife [[REL:Claudette]] ([[PHONE:705-555-0148]]) states he has not slept in 5 days, drinking a 26 of rye daily.\n"
     "Signed: Dr [[HCP:Anouk Vandersteen]], CPSO #[[LIC:0871234]]\n\n"
     "Form 42 delivered [[DATE:19/03/2024]] 1640h by [[HCP:R. Mahabir]] RN - but mailed copy went to the [[STREET:Kathleen St]] apartment he moved out of in [[YEAR:2021]]."),
    # 005 Irish GP asks about capacity at the time an enduring power of attorney was signed
    ("Dear all, hoping someone in old age psychiatry in the West can advise. Mrs [[PT:Bridget Ní Fhlatharta]], DOB [[DATE:2nd February 1934]], [[TOWN:Carna]], Co. [[COUNTY:Galway]], [[ZIP:H91 X7C2]]. PPSN [[SSN:6354128TA]], GMS no. [[PLAN:A12-047-739]]. Lives alone since her husband died in [[YEAR:2017]]; son [[REL:Pádraig]] is in [[TOWN:Boston]] and wants to register the enduring power of attorney she made with [[REL:Máire Conneely]] of [[FAC:Conneely & Breathnach Solicitors]], [[TOWN:Clifden]]. MMSE 19/30 at the memory clinic in [[FAC:St Enda's Community Hospital]] on [[DATE:14/05/2024]]. The question is whether she had capacity when she signed in [[DATE:October 2022]] - the EPA came before the new Act so it's the old rules. Any thoughts welcome.\nCiarán Ó Murchú, GP"),
    # 006 French psychiatrist, non-native English, SDT admission of a woman under tutelle
    ("Hello all, a question from [[TOWN:Brest]] about the SDT (soins à la demande d'un tiers). Mme [[PT:Yvonne Le Guennec]], née [[PT:Kerbrat]], [[AGE:92]] ans, NIR [[SSN:2 31 08 29 019 044 52]], was send to us on [[DATE:3 avril]] from the EHPAD [[FAC:Les Genêts]] at [[TOWN:Landerneau]] because of delusions of poisoning and she refuse to eat since 10 days. The tiers is her nephew M. [[REL:Loïc Kerbrat]], [[STREET:17 rue de Siam]], [[ZIP:29200]] [[TOWN:Brest]]. Certificat des 24h by Dr [[HCP:Morvan]], des 72h by Dr [[HCP:Abgrall]]; the audience with the JLD is the [[DATE:11/04/2024]]. She is under tutelle, the mandataire is Mme [[REL:Salaün]] from the [[FAC:UDAF du Finistère]]. My interne say the tuteur must be the tiers and not the nephew, is it true? Merci d'avance"),
    # 007 Italian geriatrician asks for a capacity certificate template (amministrazione di sostegno)
    ("Buongiorno colleghi, I need advice for amministrazione di sostegno. Signora [[PT:Carmela Russo]] ved. [[PT:Esposito]], nata il [[DATE:08/09/1930]] a [[TOWN:Torre Annunziata]], C.F. [[SSN:RSSCML30P48L245K]], residente in [[STREET:Via Vittorio Veneto 41]], [[ZIP:80058]] [[TOWN:Torre Annunziata]] ([[COUNTY:NA]]). Tessera sanitaria n. [[PLAN:80380000501234567891]]. Vascular dementia, MMSE 14/30, ADL 2/6. Daughter [[REL:Annunziata]] lives in [[TOWN:Bergamo]] and filed the ricorso at the [[FAC:Tribunale di Torre Annunziata]] (R.G. [[ID:3417/2024]]); the son [[REL:Gennaro]] is opposing because he wants to sell the house. The giudice tutelare ask me a certificate on capacity for 'atti di straordinaria amministrazione'. Anyone has a template? Grazie"),
    # 008 German Oberaerztin: Betreuung, Unterbringung and a GPS watch
    ("Hallo zusammen, question about Unterbringung under the new Betreuungsrecht (§1831 BGB). Herr [[PT:Klaus-Dieter Wendland]], geb. [[DATE:22.01.1933]], KVNr [[PLAN:W482915736]], living in the Pflegeheim [[FAC:Haus Lindenhof]], [[STREET:Am Sudbrack 14]], [[ZIP:33611]] [[TOWN:Bielefeld]]. bvFTD, he leaves the home 3-4 times a day and last week the Polizei found him walking on the [[STREET:B61]]. Betreuerin is his daughter Frau [[REL:Sabine Oetker-Wendland]], Betreuungsgericht [[FAC:Amtsgericht Bielefeld]], Az. [[ID:2 XVII 1187/23]]. Hausarzt Dr. [[HCP:Ulrich Pöppelmann]] (Tel. [[PHONE:0521 98734410]]) thinks a GPS-Uhr is less restrictive than the closed ward. Does a GPS watch need gerichtliche Genehmigung as freiheitsentziehende Maßnahme? Danke"),
    # 009 Israeli family meeting summary in a geriatric centre
    ("Summary of family meeting, [[DATE:10.3.24]], geriatric ward B, [[FAC:HaGalil Geriatric Medical Center]]\n"
     "Patient: [[PT:Yehuda Ben-Shitrit]], 89, ת.ז. [[SSN:031847262]], from [[TOWN:Kiryat Shmona]]\n"
     "Present: wife [[REL:Rachel]], sons [[REL:Avi]] and [[REL:Moti]], daughter-in-law [[REL:Orly Ben-Shitrit]], social worker [[HCP:Dganit Peretz]], myself.\n"
     "Mixed dementia, 3 falls since [[DATE:Hanukkah]], bedbound after hip fracture operated at [[FAC:Galilee North Medical Center]].\n"
     "Family split: [[REL:Avi]] wants home with a foreign caregiver (they had [[HCP:Marites]] from the Philippines until [[DATE:January]]), [[REL:Moti]] wants a nursing department. Bituach Leumi nursing benefit claim [[ID:5523-118-40]] pending, Clalit member no. [[PLAN:702-4418839]].\n"
     "Agreed: 4-week trial at home with 24h caregiver, re-meet after. He appointed [[REL:Avi]] as healthcare proxy (ממונה) in [[YEAR:2020]], document in the file."),
    # 010 Lebanese psychiatrist: buprenorphine shortage for an OST patient
    ("Colleagues, buprenorphine supply again. I follow a 34 y man in the OST program at [[FAC:Saint-Charbel Medical Center]], [[PT:Ziad Haddad]], NSSF [[PLAN:611-2045837]], lives in [[PLACE:Mar Mikhael]] near the stairs. Since the port explosion he relapsed twice. He lost his job at [[FAC:Abou Samra Bakery]] in [[PLACE:Gemmayzeh]] and cannot pay the private pharmacy any more. His mother [[REL:Samira]] calls me every day on [[PHONE:+961 3 418 572]]. The pharmacist Mr [[HCP:Georges Khoury]] at [[FAC:Pharmacie Rizk]] gives him 3 days at a time but they have stock only until [[DATE:12 July]]. Anyone in the north or the south with Subutex 8 mg stock? I can send the prescription by WhatsApp."),
    # 011 South African MHCA 04/05 details; applicant wants to withdraw
    ("Sharing the MHCA 04/05 details, need advice from someone who's done a lot of review board work - family applied and now the sister wants to withdraw.\n\n"
     "Applicant: [[REL:Nomvula Dlamini]] (sister), cell [[PHONE:082 761 4409]]\n"
     "User: [[PT:Sipho Bongani Dlamini]], ID [[SSN:8104125837080]]\n"
     "Address: [[STREET:2317 Mahlangu Street]], [[PLACE:Tembisa Ext 5]], [[ZIP:1632]]\n"
     "First assessment: Dr [[HCP:T. Mokoena]], [[FAC:Oakmoor CHC]], [[DATE:14/06/2024]]\n"
     "Second assessment: [[HCP:L. Venter]], psych nurse, [[DATE:15/06/2024]]\n"
     "History: tik and nyaope, stabbed a neighbour's dog, arrested by SAPS [[FAC:Olifantsfontein]] (CAS [[ID:214/06/2024]]), charges withdrawn. 72h at [[FAC:Thembalethu Psychiatric Unit]] ward 3, now calm, wants to go home."),
    # 012 Zimbabwean psychiatric nurse needs a reception order
    ("Good evening doctors. I am a psychiatric nurse at [[FAC:Mbare Polyclinic]]. We have a young man [[PT:Tendai Chikwanha]], 24 years, national ID [[SSN:63-2148871 F 42]], from [[PLACE:Matapi flats]] in [[PLACE:Mbare]], [[TOWN:Harare]]. He is using mutoriro (crystal meth) and bronco, he broke windows at [[PLACE:Mbare Musika]] and assaulted his grandmother Gogo [[REL:Chiedza]]. Uncle [[REL:Farai Moyo]] ([[PHONE:0772 149 083]]) brought him. We need a reception order, the magistrate at [[FAC:Mbare Magistrates Court]] says two medical certificates but the doctor is only coming on Thursday [[DATE:6 June]]. Can we keep him until then under the Act?"),
    # 013 Bangladeshi old age psychiatrist (member); the granddaughter shares her first name
    ("Assalamu alaikum all. Need advice on a [[AGE:94]]-year-old gentleman, [[PT:Abdul Jalil Chowdhury]], retired headmaster of [[FAC:Zindabazar Government High School]], [[TOWN:Sylhet]]. Now staying with his granddaughter [[REL:Farhana]] (yes, same name as me!) at [[STREET:House 12, Road 7]], [[PLACE:Dhanmondi]], [[TOWN:Dhaka]] [[ZIP:1205]]. Severe BPSD, shouting whole night, hitting the maid. A doctor in [[PLACE:Mirpur]] gave haloperidol 5 mg TDS plus promethazine, now he is stiff and falling. NID [[SSN:1954912377468]], our hospital ID [[MRN:DMC-OPD-240517-0331]]. Family also asks about his pension in [[FAC:Sonali Bank, Amberkhana branch]], account [[ACCT:0117-3400-2218]] - the son in [[TOWN:Manchester]] wants to operate it. What is the legal process in Bangladesh for this?\n-- Dr Farhana Islam, Old Age Psychiatry"),
    # 014 Malaysian MMT client missing doses after arrest
    ("Salam all. MMT client [[PT:Muhammad Hafiz bin Roslan]], IC [[SSN:850716-14-5527]], MMT no. [[MRN:KKSU/MMT/0418]], dose 80 mg at [[FAC:Klinik Kesihatan Sentul Utama]]. Missed since [[DATE:2/9]]. Mother [[REL:Rohani binti Ismail]] says he was picked up by [[FAC:IPD Sentul]] and sent to [[FAC:PUSPEN Tampin]]. Address [[STREET:No. 23, Jalan Sentul Perdana 4]], [[PLACE:Taman Sentul Murni]], [[ZIP:51000]] [[TOWN:Kuala Lumpur]]. Mother HP [[PHONE:012-487 3391]]. Does anyone know if PUSPEN continue methadone or they stop cold turkey? Last time in [[YEAR:2021]] he fitted in the lock-up."),
    # 015 Hong Kong psychogeriatric referral: elderly suicide risk
    ("Elderly suicide risk, PGT referral.\nPt: [[PT:LEUNG Siu Fong]] [[PT:梁小芳]], F/[[AGE:91]], HKID [[SSN:K482615(3)]], HN [[MRN:HN13204417(6)]]\n"
     "Lives alone [[STREET:Rm 1412, Yiu Fai House]], [[PLACE:Yiu Hong Estate]], [[PLACE:Wong Tai Sin]]. Only son [[REL:LEUNG Wing Keung]] in [[TOWN:Shenzhen]], visits monthly, tel [[PHONE:+86 138 2741 6605]]. "
     "Found by Ms [[HCP:Tsang]], social worker of [[FAC:Yiu Hong Neighbourhood Elderly Centre]], with a charcoal burner in the flat on [[DATE:3/5/2024]]. Admitted [[FAC:Lung Cheung Psychiatric Unit]]. CSSA case [[ID:2417-8834]]. GDS-15 12/15, widowed 6 months ago. Anyone with experience of the elderly suicide prevention programme follow-up interval?"),
    # 016 Korean geriatric psychiatrist asked for a court appraisal (adult guardianship)
    ("Hello, I am psychiatrist at geriatric hospital in Korea, question about adult guardianship (성년후견). Patient [[PT:Kim Soon-ja]] ([[PT:김순자]]), [[AGE:90]] years, RRN [[SSN:340212-2047318]]. Address [[STREET:Bongeunsa-ro 44-gil 17]], [[PLACE:Gangnam-gu]], [[TOWN:Seoul]] [[ZIP:06153]]. Long-term care grade 3, 인정번호 [[PLAN:L1402587316]]. Her eldest son [[REL:Park Min-seok]] applied to [[FAC:Seoul Family Court]] (case [[ID:2024느단51234]]) and the second son [[REL:Park Min-ho]] opposes. Court ask me appraisal (감정) of her mental capacity. Alzheimer, MMSE-KC 12, CDR 2, GDS stage 5. Is there recommended format for 감정서? 감사합니다"),
    # 017 US OTP shorthand: PDMP shows benzos, probation officer calling
    ("OTP q - pt [[PT:J. Marquardt]] (ID [[MRN:OTP-22871]]), 110mg, step 4 take-homes. PDMP today shows alprazolam 1mg #60 from Dr [[HCP:Feinberg]] filled [[DATE:7/14]] at [[FAC:Walgreens #07731]], Rx# [[ID:6029718]]. UDS neg for benzos x3 so prob diverting. PO [[REL:Tara Ruiz]] at [[FAC:Kenosha County Probation]] ([[PHONE:262-555-0117]]) wants to know if we're dropping take-homes. We don't have to tell probation w/o a 42 CFR Part 2 consent right? @dan.okafor you dealt with this last yr"),
    # 018 English GP: patient with dementia still driving
    ("GP here. Mr [[PT:John Derek Hargreaves]], DOB [[DATE:18/09/1943]], [[STREET:9 Moorside Lane]], [[TOWN:Holmfirth]] [[ZIP:HD9 3LP]]. Dx Alzheimer's at [[FAC:Dean Clough Memory Service]] (hospital no. [[MRN:K0447213]]) in [[DATE:January]], ACE-III 71/100. Still driving his silver Jazz, reg [[PLATE:KN14 XWT]], and last week clipped a parked van in the [[FAC:Sainsbury's]] car park in [[TOWN:Huddersfield]]. He refuses to tell DVLA. Wife [[REL:Pauline]] hid the keys and he found the spare. Licence no. [[LIC:HARGR409183JD9AB]]. GMC guidance says I can inform DVLA after trying to persuade him - anyone actually done it, and did the relationship with the family survive?"),
    # 019 US hospice: voicemail transcript about an ICD firing at home
    ("Voicemail transcript (auto, received 9:42 PM):\n"
     "\"hi this is [[REL:Deb]], [[PT:Walter]]'s daughter, um, [[PT:Walt Kowalczyk]] out at [[STREET:N7421 County Rd JJ]] in [[TOWN:Elkhart Lake]]... the nurse [[HCP:Kristin]] said to call if his defibrillator thing went off and it just shocked him twice, he's really scared, can somebody turn it off, the card says Medtronic and a number [[DEVICE:PZK418772S]]. my cell is [[PHONE:920-555-0139]] or email me [[EMAIL:debkowalczyk.sheboygan@gmail.com]] ok thanks\"\n\n"
     "He's on [[FAC:Lakeshore Hospice]] routine home care, DNR signed [[DATE:5/28]]. Our on-call RN pager is [[PAGER:920-555-0170]] but she was out at another death. Who do people call after hours to deactivate an ICD at home - device rep or EP on call? We had a donut magnet in the old kit but nobody can find it."),
    # 020 US APS report excerpt for a guardianship capacity evaluation
    ("Asked to do a capacity eval for a guardianship petition, APS report below. Anyone have a template that maps to the Virginia statute?\n\n"
     "ADULT PROTECTIVE SERVICES - REPORT [[ID:24-APS-003917]]\n"
     "Alleged victim: [[PT:Evelyn R. Strickland]]   DOB [[DATE:02/29/1932]]   Age [[AGE:92]]\n"
     "SSN [[SSN:229-41-0836]]   Medicare MBI [[PLAN:5TR2-WK7-MD41]]\n"
     "Residence: [[STREET:611 Mount Cross Rd]], [[TOWN:Danville]], VA [[ZIP:24541]] ([[COUNTY:Pittsylvania]] County)\n"
     "Alleged perpetrator: [[REL:Tyler J. Strickland]] (grandson), lives in home\n"
     "Allegation: financial exploitation. Between [[DATE:Jan 3]] and [[DATE:Apr 22, 2024]] withdrawals of $38,400 from [[FAC:Piedmont Federal Savings]] checking acct [[ACCT:0028813470]]; new credit card opened in her name, ending [[ACCT:4471]].\n"
     "PCP: Dr [[HCP:Anand Viswanathan]], [[FAC:Riverside Family Practice]], fax [[FAX:434-555-0186]]\n"
     "GAL appointed: [[REL:Marcus Bellamy]], Esq., Circuit Court case [[ID:CL24-1183]]"),
    # 021 Quebec psychiatrist in French: garde preventive and court application
    ("Bonjour, besoin d'avis sur la garde provisoire (P-38.001). Patiente: Mme [[PT:Lucie Tremblay-Gagnon]], 67 ans, RAMQ [[PLAN:TREL 5803 1214]], [[STREET:2250, boul. Rosemont, app. 3]], [[TOWN:Montréal]] [[ZIP:H2G 1T6]]. Garde préventive depuis le [[DATE:8 janvier]] 14h à l'[[FAC:Hôpital Sainte-Justine-de-l'Est]]; deux examens psychiatriques faits par Dre [[HCP:Nadia Benhamou]] et Dr [[HCP:Olivier Pelletier]]. Requête déposée, dossier [[ID:500-40-071893-241]]. Son frère [[REL:Réjean Tremblay]] ([[PHONE:514-555-0173]]) veut être entendu par le juge. Elle refuse tout, se barricade, jette son lithium. La requête en autorisation de soins - vous la faites en même temps ou après?"),
    # 022 English care home email pasted: DoLS urgent authorisation running out
    ("Pasted from the home's email - the BIA visit hasn't happened and the urgent authorisation runs out Friday:\n\n"
     "From: [[EMAIL:manager@elmbankcare.co.uk]]\n"
     "Sent: [[DATE:16 July 2024]] 08:12\n"
     "Subject: DoLS - Mr [[PT:A Coombes]] - URGENT\n\n"
     "Good morning, Mr [[PT:Arthur Coombes]] (DOB [[DATE:04/03/1931]], NHS [[SSN:830 658 9807]]) has been trying the keypad door every evening and last night got out through the laundry and was found in the [[FAC:Three Swans]] on [[STREET:High Street]]. Our urgent authorisation expires on [[DATE:19/07]]. Supervisory body is [[FAC:Leicestershire County Council]], ref [[ID:DOLS-24-10873]], BIA allocated is [[HCP:Gemma Roper]] but we can't reach her. His daughter [[REL:Lynn]] is RPR. Please call me on [[PHONE:01858 431 900]] or fax [[FAX:01858 431 907]].\n\n"
     "Kind regards\n[[HCP:Janet Pickering]], Registered Manager\n[[FAC:Elm Bank Care Home]], [[STREET:41 Station Road]], [[TOWN:Market Harborough]] [[ZIP:LE16 7AX]]"),
    # 023 US addiction psychiatrist: police welfare check after an Instagram goodbye post
    ("Following up on the welfare check thread from Tuesday. Mom ([[REL:Lorraine Whitehorse]]) called 911 when our pt [[PT:Dakota Whitehorse]] posted a goodbye pic on IG ([[HANDLE:@dak.whitehorse918]], post [[URL:https://www.instagram.com/p/C8xQ2kLr7Tn/]]). [[FAC:Tulsa PD]] found him asleep in his truck, OK tag [[PLATE:KXM-447]], in the [[FAC:QuikTrip]] lot on [[STREET:E 21st St]], CAD [[ID:TPD24-118204]]. Sgt. [[REL:Pruitt]] did an emergency order of detention to [[FAC:Cedar Ridge Behavioral]] and he was out 36h later. Now he's furious at mom and at us and saying he'll skip his Sublocade. Any tips on repairing the alliance?"),
    # 024 Dublin addiction doctor, lower case: client missing methadone doses
    ("anyone from the [[FAC:castle st clinic]] on here? shared client [[PT:Declan Kinsella]] dob [[DATE:09/03/88]] CTL no [[ID:48812]], on 95mls. missed 4 days at [[FAC:Hickey's]] in [[PLACE:Ballyfermot]], pharmacist says his mam [[REL:Jacinta]] came in looking for him. phone off, last number we have is [[PHONE:087 413 2286]]. gardaí in [[FAC:Ballyfermot station]] said theyd call to the house ([[STREET:14 Kylemore Park]]). if he turns up at yours pls dont dose without ringing us, hes due a dose review after 3+ missed\n- Siobhán"),
    # 025 US senior behavioral health discharge summary; SNFs declining
    ("Pasting the d/c summary because every SNF is refusing him - is it the language?\n\n"
     "[[FAC:MERCY WESTBROOK HOSPITAL]] - SENIOR BEHAVIORAL HEALTH UNIT\nDISCHARGE SUMMARY\n"
     "Patient: [[PT:Okonkwo, Theophilus A.]]   MRN: [[MRN:00-7713-2284]]   Acct: [[ACCT:V000418237551]]\n"
     "DOB: [[DATE:11/02/1936]]   Admit: [[DATE:05/30/2024]]   Discharge: [[DATE:06/21/2024]]\n"
     "Attending: [[HCP:Rosalind Achterberg]], MD   PCP: [[HCP:Kevin Duong]], DO (fax [[FAX:614-555-0191]])\n\n"
     "HPI: 87M with dementia with Lewy bodies brought by daughter [[REL:Ngozi Okonkwo-Bates]] after he struck an aide at [[FAC:Brookhaven Assisted Living]] ([[STREET:2900 Sawmill Pkwy]], [[TOWN:Powell]], OH [[ZIP:43065]]). Facility issued 30-day notice.\n"
     "Course: quetiapine titrated to 25 mg qHS; haloperidol avoided (neuroleptic sensitivity). Rivastigmine patch 9.5 mg/24 h continued. No restraints after HD 6. NPI-NH agitation 4 at discharge (was 11).\n"
     "Disposition: SNF. Referrals declined by [[FAC:Olentangy Care & Rehab]] and [[FAC:The Laurels of Worthington]]. None accepted as of discharge; remains on unit at ALC level.\n"
     "Follow-up: Dr [[HCP:Achterberg]], geri-psych clinic, [[DATE:07/09/2024]] 10:30.\n"
     "Contacts: daughter (HCPOA) [[PHONE:614-555-0128]]; son [[REL:Chidi Okonkwo]] [[PHONE:+44 7700 900418]]\n"
     "Insurance: Medicare [[PLAN:2QW7-HN4-RT18]]; Aetna Medicare Advantage member ID [[PLAN:W284619307]]"),
    # 026 London AMHP report excerpt: nearest relative objection
    ("For the AMHPs - the nearest relative question again. Excerpt from my s.2 report:\n\n"
     "AMHP REPORT - APPLICATION FOR ADMISSION FOR ASSESSMENT (s.2 MHA 1983)\n"
     "Patient: [[PT:Margaret Anne Oyelaran]] (known as '[[PT:Peggy]]')   DOB [[DATE:12.08.1942]]   NHS [[SSN:271 412 7118]]   RiO [[MRN:RX4402917]]\n"
     "Address: [[STREET:Flat 6, Cedar House, 88 Brixton Water Lane]], [[TOWN:London]] [[ZIP:SW2 1QE]]\n"
     "Assessment: Saturday [[DATE:20 April 2024]], 14:30, at home, police present (PC [[REL:Adeyemi]] and PC [[REL:Hart]], [[FAC:Brixton police station]])\n"
     "Doctors: Dr [[HCP:S. Kanagaratnam]] (s.12, previous acquaintance) and Dr [[HCP:Miriam Feld]] (s.12)\n"
     "Nearest Relative: husband [[REL:Olufemi Oyelaran]], consulted by phone ([[PHONE:07700 900562]]), objected. Under s.2 the objection does not block the application. I note they have lived apart since [[YEAR:2015]] and the daughter [[REL:Funmi]] disputes that he is NR.\n"
     "Outline: late-onset psychosis, persecutory delusions about the neighbours downstairs, barricaded, not eating, 9 kg weight loss. Bed identified at the [[FAC:Ferndale Unit]].\n"
     "Warrant under s.135(1) obtained from [[FAC:Camberwell Green Magistrates' Court]] on [[DATE:19/04]]."),
    # 027 NZ: Substance Addiction (Compulsory Assessment and Treatment) Act for an older man
    ("Has anyone used the SACAT Act for an older person with alcohol? Kaumātua [[PT:Wiremu Te Rangi]], 76, NHI [[SSN:ZLM7713]], drinking 2-3 casks a day at his whānau's place on [[STREET:112 State Highway 35]], [[TOWN:Te Araroa]]. Korsakoff picture, two admissions to [[FAC:Gisborne Hospital]] since [[DATE:Matariki]]. His mokopuna [[REL:Hineana]] is the main carer, ph [[PHONE:027 482 9917]]. The [[FAC:Ngāti Porou Hauora]] nurse [[HCP:Tui Kerekere]] is keen but whānau are split about it. Application would go to the [[FAC:Gisborne District Court]]? Any tips on the approved specialist side?"),
    # 028 German Diamorphin outpatient letter excerpt; travel switch to methadone
    ("Arztbrief excerpt, for the OST colleagues - question at the end.\n\n"
     "[[FAC:Diamorphinambulanz Altona]]\n"
     "Patient: [[PT:Stefan Krzyżanowski]], geb. [[DATE:03.06.1971]], Versichertennr. [[PLAN:K736104928]]\n"
     "Anschrift: [[STREET:Holstenstraße 118]], [[ZIP:22767]] [[TOWN:Hamburg]]\n"
     "Substitution seit [[YEAR:2009]] (Methadon, dann L-Polamidon), seit [[DATE:02/2023]] Diamorphin 2x täglich i.v., aktuell 380 mg/d. Hep C SVR [[YEAR:2019]]. Cave: QTc 492 ms im EKG vom [[DATE:12.04.2024]].\n"
     "Hausärztin: Dr. med. [[HCP:Jutta Behrens-Okafor]], [[STREET:Max-Brauer-Allee 52]]\n\n"
     "He wants to visit his daughter [[REL:Zofia]] in [[TOWN:Kraków]] for 10 days. No take-home for diamorphin, so switching to oral levomethadone for this period - which dose do you use from 380 mg diamorphin?"),
    # 029 French medecin coordonnateur: advance directives vs son's wishes
    ("Bonsoir, médecin coordonnateur in an EHPAD near [[TOWN:Aurillac]]. Question about personne de confiance vs directives anticipées. Résidente Mme [[PT:Marthe Vialard]], [[AGE:97]] ans, chambre 12, at [[FAC:Résidence Les Tilleuls]], [[TOWN:Arpajon-sur-Cère]]. She wrote directives anticipées in [[YEAR:2018]] with her médecin traitant Dr [[HCP:Lacombe]] refusing 'tout acharnement et toute hospitalisation'. Now pneumopathie d'inhalation, her personne de confiance is her neighbour Mme [[REL:Odette Fabre]], but the son [[REL:Jean-Pierre Vialard]] who arrived from [[TOWN:Clermont-Ferrand]] yesterday insists for the SAMU and transfer to [[FAC:Centre hospitalier du Haut-Cantal]]. He phoned me at 2h du matin ([[PHONE:06 72 41 88 19]]). Legally the DA are opposables, yes? But how you manage the family?"),
    # 030 Italian SerD doctor: lost take-home methadone
    ("Ciao a tutti, domanda SerD. Utente [[PT:Davide Colombo]], CF [[SSN:CLMDVD79E14F205Z]], in carico al [[FAC:SerD di via Boifava]], metadone 70 mg, affido settimanale. He says the whole bottle fell in the canal on the [[PLACE:Navigli]] on saturday night. Lives with girlfriend [[REL:Chiara]] at [[STREET:Via Ascanio Sforza 31]], [[ZIP:20136]] [[TOWN:Milano]]. Works as rider for [[FAC:Deliveroo]], on affidamento in prova, the assistente sociale of UEPE is dott.ssa [[HCP:Ferrari]]. Last 'lost bottle' was in [[DATE:marzo]], and that weekend he posted videos from a party on TikTok ([[HANDLE:@davide.rider.mi]]). Tel [[PHONE:347 218 0946]]. Re-dose daily supervised for a month, or trust him?"),
    # 031 Israeli psychiatrist: district psychiatrist order and a firearm licence
    ("Question re urgent district psychiatrist order (הוראת אשפוז דחופה). Mr [[PT:Eliyahu Mizrahi]], 71, ID [[SSN:027663152]], from [[PLACE:Neve Sha'anan]], brought by police from the [[PLACE:Central Bus Station]] to [[FAC:Yafo Mental Health Center]] after threatening a guard. District psychiatrist Dr [[HCP:Ludmila Gurevich]] signed the order [[DATE:2.2.2024]] 01:10. Daughter [[REL:Sigal Mizrahi-Cohen]] ([[PHONE:052-738-4410]]) says he holds a private firearm licence, no. [[LIC:7741829]], pistol at home, and his car ([[PLATE:58-412-73]]) is still parked at the station. Our file no. [[MRN:2024-00311]]. Who notifies the firearms licensing department - us or the police?"),
    # 032 Lebanese family WhatsApp forwarded to the psychiatrist
    ("Family WhatsApp forwarded to me, anyone dealt with something like this? The caregiver situation is a mess:\n"
     "[[DATE:14/02/2024]], 22:31 - [[REL:Hiba Sfeir]]: Doctor good evening, baba ([[PT:Antoine]]) is not sleeping again and he hit [[HCP:Meseret]] with his cane\n"
     "[[DATE:14/02/2024]], 22:33 - [[REL:Hiba Sfeir]]: she wants to leave, her passport is with the agency in [[PLACE:Dora]]\n"
     "[[DATE:14/02/2024]], 22:40 - [[REL:Hiba Sfeir]]: my brother [[REL:Karim]] says increase the seroquel, can I give 2?\n"
     "[[DATE:15/02/2024]], 07:02 - [[REL:Karim Sfeir]]: Dr we will move him to [[FAC:Foyer Saint-Joseph des Aînés]] in [[TOWN:Jounieh]] if they have bed\n\n"
     "He is [[AGE:93]], Alzheimer's for 8 years, on quetiapine 25 mg. The Ethiopian caregiver is under kafala and I'm worried about her as much as him."),
    # 033 South African hospice: syringe driver keeps alarming at home
    ("Hospice question from [[TOWN:Cape Town]] - syringe driver alarms. Pt [[PT:Gertruida van der Merwe]] ('[[PT:Truida]]'), [[AGE:90]], ID [[SSN:3406150072086]], metastatic ca breast, at home in [[PLACE:Bothasig]] with daughter [[REL:Annemarie]] and a carer from [[FAC:Helping Hands Home Care]]. Driver serial [[DEVICE:T34-2071-38845]] alarms 'occlusion' every night; morphine 30 mg + midazolam 10 mg/24h in water for injection. Sister [[HCP:Nomsa Jacobs]] from [[FAC:Bothasig Community Hospice]] has re-sited twice. Daughter's cell [[PHONE:083 224 6190]]. Ideas? Swap to a Saf-T-Intima, upper chest?"),
    # 034 Zimbabwean doctor: old woman accused of witchcraft
    ("Dear colleagues, from [[TOWN:Masvingo]]. A [[AGE:96]] year old grandmother, Mbuya [[PT:Rudo Chirwa]], was chased from her homestead in [[TOWN:Chimombe]] village, [[COUNTY:Gutu]] district, because neighbours say she is a witch (muroyi) - she wanders at night and talks to people who are not there. Her grandson [[REL:Tatenda]] brought her to [[FAC:Masvingo Provincial Hospital]]. ID [[SSN:22-041877 Q 22]]. Sabhuku [[REL:Mazorodze]] is willing to talk. We plan a meeting with the DSW officer Mr [[HCP:Gumbo]] on [[DATE:20 May]]. Any experience with community education so she can go home safely? Grandson's phone [[PHONE:+263 71 338 2047]]."),
    # 035 Bangladeshi psychiatrist: young man beaten in an unlicensed rehab
    ("Need advice urgently. 19 yo boy, [[PT:Tanvir Ahmed Rony]], from [[PLACE:Mohammadpur]], [[TOWN:Dhaka]], yaba and phensedyl. Father Mr [[REL:Mizanur Rahman]] kept him 3 weeks in an unlicensed rehab '[[FAC:Notun Alo Madokashokti Niramoy Kendro]]' in [[PLACE:Savar]] where he was beaten. Admitted to [[FAC:Shyamoli Psychiatric Hospital]] on [[DATE:23/11/2023]]. Father's number [[PHONE:01711-438207]]. The boy's Facebook [[URL:facebook.com/tanvir.rony.5682]] has videos of the beatings. Should we report to DNC directly or through the police?"),
    # 036 Malaysian care home: paranoid refusal of food; members tagged in
    ("@drweiling this is the lady I mentioned at the CME. Mdm [[PT:Tan Ah Moi]], [[AGE:95]], MyKad [[SSN:290318-07-5116]], staying at [[FAC:Rumah Sejahtera Seri Mutiara]] in [[PLACE:Air Itam]], [[TOWN:George Town]]. Hokkien only. Since [[DATE:Chinese New Year]] she refuses food, says the staff are poisoning her. Daughter-in-law [[REL:Lim Swee Choo]] visits on Sundays, phone [[PHONE:016-442 7831]]. The home is unlicensed I think, owner is a Mr [[REL:Ooi]]. [[FAC:Hospital Pulau Pinang]] psych clinic gave risperidone 0.5 mg but the home does not serve it. Kavitha, can JKM inspect? - Rashid"),
    # 037 Hong Kong methadone clinic client admitted confused
    ("Methadone clinic q. Client [[PT:Cheung Kwok-wai]] ([[PT:張國偉]]), 58, attends [[FAC:Shek Kip Mei Methadone Clinic]], card no. [[MRN:M-0884217]]. Lives in a subdivided flat at [[STREET:4/F, 187 Tai Nan Street]], [[PLACE:Sham Shui Po]]. Neighbour complained to [[FAC:Sham Shui Po Police Station]] about the smell, police found him confused: alcohol + methadone 60 mg + zopiclone. Sister [[REL:Cheung Yuet-ling]] [[PHONE:9128 4406]]. Admitted [[FAC:Kowloon West Psychiatric Unit]] on [[DATE:18 Aug]]. The ward doc wants to taper methadone because he's 'elderly' - he is 58!"),
    # 038 Korean addiction case from Busan, non-native English
    ("Case from [[TOWN:Busan]]. Mr [[PT:Choi Dong-sik]], 68, lives alone in [[PLACE:Yeongdo-gu]], retired fisherman. Alcohol (soju 3 bottles/day), fell on the stairs, 119 brought him to [[FAC:Bongrae Geriatric Hospital]]. Address [[STREET:Taejong-ro 523beon-gil 12]], [[ZIP:49043]]. Daughter [[REL:Choi Eun-ji]] lives in [[TOWN:Incheon]], [[PHONE:010-4821-6637]]. He drinks every day with his friend Mr [[REL:Bae]] at the port. The case manager [[HCP:Yoon Ha-na]] of [[FAC:Yeongdo-gu Addiction Management Center]] ask if naltrexone is OK with his liver (AST 88, ALT 41, GGT 412). Korean guideline?"),
    # 039 US telepsychiatry: threat to ex-wife, session IP, threatening emails
    ("Telepsych safety issue. Pt [[PT:Brandon Tillery]], 31, OUD on bup, telehealth from [[TOWN:Casper]], WY. During the visit on [[DATE:8/12]] he said he was going to hurt his ex; our platform logged the session IP as [[IP:174.229.81.36]] (the one before was [[IP:2600:387:6:80d::3a]]) though he said he was at his brother's in [[TOWN:Riverton]]. Ex-wife [[REL:Kayla Tillery]] has a protective order ([[ID:DV-2024-0318]], [[COUNTY:Natrona]] County). We called [[FAC:Casper PD]]. Since then he emails from [[EMAIL:btillery307@protonmail.com]], last one said 'I know where you live'. Our NP [[HCP:Allie Brandt]] is shaken. Wyoming duty-to-warn is permissive, right?"),
    # 040 Alberta palliative: goals-of-care designation and the agent
    ("Goals of care question, [[TOWN:Red Deer]]. Mr [[PT:Harold Lindqvist]], [[AGE:96]], AHCIP PHN [[PLAN:38841-0627]], GCD M1 on the green sleeve since [[DATE:Nov 2023]]. Lives at [[FAC:Gaetz Manor Lodge]]. Personal directive names his nephew [[REL:Erik Lindqvist]] of [[TOWN:Camrose]] as agent, but the lodge keeps calling EMS because daughter-in-law [[REL:Bev]] insists every time he's short of breath. He still talks about the home quarter, [[PLACE:NW-14-38-2-W5]] by [[TOWN:Sylvan Lake]]. How do others handle a family member who isn't the agent?"),
    # 041 US phone-typed: blister pack error
    ("pharmacy messed up mrs [[PT:deluca]]'s blister pack AGAIN. [[FAC:medicine shoppe]] on [[STREET:route 9]] put her donepezil in both AM and PM slots. she's [[AGE:90]]. daughter [[REL:gina]] caught it. rx acct [[ACCT:118-20447]]. called [[PHONE:(845) 555-0152]] x3 no answer, faxed [[FAX:845-555-0153]]. anyone use a diff pharmacy in [[TOWN:poughkeepsie]] that does decent packs?"),
    # 042 Scottish AWI: section 47 certificate and covert medication
    ("Scottish AWI question. Section 47 certificate for Mrs [[PT:Agnes McIlwraith]], CHI [[SSN:0703341284]], she's [[AGE:90]]. Resident at [[FAC:Ashgrove House]], [[STREET:14 Ailsa Drive]], [[TOWN:Girvan]] [[ZIP:KA26 9AB]]. Welfare guardian is her son [[REL:Iain McIlwraith]], order from [[FAC:Ayr Sheriff Court]] in [[DATE:Feb 2022]], OPG ref [[ID:G-2022-04417]]. The home's deputy manager [[HCP:Fiona Galbraith]] asks whether the s47 covers covert meds or we need a separate covert medication pathway. Mental Welfare Commission guidance says separate - is that what everyone does?"),
    # 043 Irish hospice family meeting, dictated
    ("Family meeting - dictated, please excuse typos.\n"
     "[[FAC:St Colman's Hospice]], [[TOWN:Ennis]], Tuesday [[DATE:11th June]]\n"
     "Patient: [[PT:Thomas Griffin]] ('[[PT:Tommy]]'), [[AGE:90]], MRN [[MRN:SCH-008812]]. Metastatic prostate cancer, PPS 30%.\n"
     "Present: wife [[REL:Nora]], daughters [[REL:Aisling Griffin]] and [[REL:Clodagh Griffin-Ryan]], son-in-law [[REL:Shane Ryan]], Dr [[HCP:Oisín Keane]] (palliative SpR), [[HCP:Mags Hurley]] (CNS) and myself.\n"
     "[[PT:Tommy]] joined for the first ten minutes and said clearly he wants to die at home in [[TOWN:Kilrush]], in his own bed. His advance healthcare directive ([[DATE:June 2023]]) names [[REL:Aisling]] as designated healthcare representative. [[REL:Clodagh]] feels home is unsafe as [[REL:Nora]] has had two falls and is herself 89.\n"
     "Plan: home with community palliative team and night nursing via the Irish Cancer Society; syringe driver if needed. GP Dr [[HCP:Fahy]] ([[PHONE:065 905 4412]]) informed. Review [[DATE:14/06]]."),
    # 044 US VA: veteran with guns, extreme-risk protection
    ("VA q, CBOC in Maine. Vet [[PT:Raymond Dufresne]] ('[[PT:Ray]]'), 78, Vietnam, AUD + PTSD, SSN last four [[SSN:7731]], lives alone at a camp on [[PLACE:Sabattus Pond]] outside [[TOWN:Lewiston]]. Daughter [[REL:Michelle Dufresne-Pelletier]] called on [[DATE:3/10]]: he has four long guns and told her 'I'll go out on my own terms'. Under Maine's yellow flag law we need protective custody then a medical assessment - [[FAC:Androscoggin County Sheriff's Office]] says deputy [[REL:Cote]] can go out Monday. [[PT:Ray]] refuses to come in and still drives the truck out to the camp (Maine plate [[PLATE:4417 RK]]). Anyone done one of these?"),
    # 045 one-line reply to a member
    ("Thanks Priya - her daughter [[REL:Sarah]]'s mobile is [[PHONE:(503) 555-0144]], she's expecting your call before the [[DATE:14th]]."),
    # 046 one-line ward message
    ("Mr [[PT:Okafor]] at [[FAC:Ashby Court]] again - bed 12, son [[REL:Emeka]] says he pulled the catheter out twice tonight. Can the night GP see him?"),
    # 047 Oregon POLST vs advance directive conflict
    ("POLST question, Oregon. Pt [[PT:Margit Halvorsen]], [[AGE:101]], POLST registry # [[ID:1187734]] says DNR/comfort measures. Daughter [[REL:Kari]] in [[TOWN:Bend]] produced a [[YEAR:2019]] advance directive naming the son [[REL:Lars]] as health care representative, and [[REL:Lars]] wants full treatment. She lives at [[FAC:Willamette Heights Memory Care]], [[TOWN:Salem]]. EMS took her in on [[DATE:Sept 1]] despite the POLST. Which wins?"),
    # 048 NZ: EPOA never activated; the daughter shares a member's first name
    ("Kia ora @mere.t, re the EPOA case - yes the daughter is also called [[REL:Mere]], not you! Mrs [[PT:Ngaire Pōtae]], [[AGE:90]] in [[DATE:August]], NHI [[SSN:ZQF2216]], at [[FAC:Rātā Lodge]] in [[TOWN:Whanganui]]. Her personal care & welfare EPOA to [[REL:Mere Pōtae]] was never activated - no certificate of mental incapacity on file. Son [[REL:Hōri]] holds the property EPOA and has moved money out of her [[FAC:Kiwibank]] account [[ACCT:38-9012-0418822-00]]. Lawyer is Ms [[REL:Dunleavy]], Family Court application [[ID:FAM-2024-083-000219]]. Who should do the capacity cert - GP or us?"),
    # 049 German family: GPS watch for wandering
    ("Kurze Frage about a GPS-Uhr. Frau [[PT:Hannelore Brückner]] (geb. [[DATE:14.2.1936]]), Pflegegrad 4, lives with husband [[REL:Werner]] in [[TOWN:Leipzig]]-[[PLACE:Gohlis]]. Watch IMEI [[DEVICE:356938035643809]], registered to son [[REL:Jens]]'s account [[EMAIL:jens.brueckner@web.de]], tracking page [[URL:https://track.senioguard.de/u/hbrueckner36]]. Polizei found her on [[DATE:5. Mai]] at the [[PLACE:Völkerschlachtdenkmal]]. Does the Pflegekasse pay the watch as Pflegehilfsmittel? Versichertennummer [[PLAN:H734109552]]."),
    # 050 US: family sold a dementia patient's truck, he reported it stolen
    ("Update on the driving saga: son [[REL:Curtis]] finally sold Dad's F-150 (VIN [[VIN:1FTFW1E58KFA27316]]) to [[FAC:Hillside Ford]] in [[TOWN:Wausau]]. Dad - [[PT:Gerald Nowak]], [[AGE:90]] - then reported it stolen to [[FAC:Wausau PD]], incident [[ID:24-019733]]. Now he calls his son 20x a day from the landline [[PHONE:715-555-0125]]. Any scripts for the 'where is my truck' loop?"),
    # 051 US ED psychiatrist: fentanyl/xylazine, addiction consult not answering page
    ("ED psych here. Pt [[PT:Destiny Marchetti]] 26F, fentanyl + xylazine wounds, back after leaving AMA from [[FAC:Hollister Regional]]. MRN [[MRN:H04419827]]. Stays near [[STREET:Kensington Ave]] & [[STREET:Allegheny]] in [[PLACE:Kensington]]. Boyfriend [[REL:Jaylen]] keeps calling the unit, says she owes him - she showed me his Cash App [[HANDLE:$jmoney215]]. She wants a bup induction now. Paged addiction consult at [[PAGER:4-2270]] twice, nothing. Is low-dose initiation the move with fentanyl on board?"),
    # 052 BC Form 4.1 from a rural hospital, second certificate by video
    ("Long one, sorry. BC Mental Health Act question - can the second medical certificate be done by video when the patient is in a remote community? The Form 4.1 as filled:\n\n"
     "FORM 4.1 - MEDICAL CERTIFICATE (INVOLUNTARY ADMISSION)\n"
     "Name of patient: [[PT:Delbert James Joe]]   PHN [[PLAN:9063 518 427]]   DOB [[DATE:1949-07-30]]   Status no. [[SSN:6050172801]]\n"
     "Address: [[STREET:Site 9, Comp 14, RR 2]], [[TOWN:Lillooet]] BC [[ZIP:V0K 1V0]]\n"
     "Date of examination: [[DATE:2024-10-04]]   Place: [[FAC:Fraser Canyon Health Centre]]\n"
     "Physician: Dr [[HCP:Priyanka Deol]], MSP practitioner no. [[LIC:28314]]\n"
     "Reasons: history from niece [[REL:Marilyn Joe]] ([[PHONE:250-555-0109]]) and the band's health director [[HCP:Sherry Peters]]: not eating for days, walking [[STREET:Highway 99]] at night in the snow, talking to his late wife. RCMP [[FAC:Lillooet detachment]] file [[ID:2024-4418]].\n\n"
     "Signed [[DATE:Oct 4]]. The second certificate has to be done within 48 h of admission at [[FAC:Thompson Regional Psychiatric Unit]] in [[TOWN:Kamloops]], but the road is closed. He has a representation agreement with his daughter [[REL:Colleen]]."),
]

FREE_NOTES: list[str] = [
    # 053 DLB vs PDD one-year rule
    ("DLB vs PDD question - the one-year rule still holds in the 2017 McKeith consensus criteria, right? 78-year-old with fluctuations, well-formed visual hallucinations of small children and RBD, parkinsonism came 8 months after the cognitive decline. DaTscan abnormal. Started rivastigmine 4.6 mg/24h patch, plan 9.5 mg in 4 weeks. The team want quetiapine for the hallucinations - I'd rather leave them if she isn't distressed. MoCA 19/30, couldn't complete Trails B."),
    # 054 methadone and QTc thresholds
    ("Methadone and QTc: what threshold do people actually use? Our OTP protocol (built on SAMHSA TIP 63 and the 2014 expert panel) says ECG at baseline, at 30 days and yearly; discuss at QTc 450-500, consider dose reduction or switch to buprenorphine above 500 ms. Patient on 140 mg with QTc 512 by Bazett, 489 by Fridericia. K 3.4, Mg 0.68. Also on citalopram 40 mg and ondansetron PRN from GI. CredibleMeds lists all three. Is it ok to correct lytes and repeat before cutting the dose?"),
    # 055 thiamine for Wernicke's, with members
    ("@aoife.b asked about thiamine doses in the ED. What we do: Pabrinex 2 pairs IV TDS for 3-5 days if there is any suspicion of Wernicke's (Caine criteria: 2 of 4 - dietary deficiency, oculomotor signs, cerebellar dysfunction, altered mental state or mild memory impairment), then 1 pair daily, then oral thiamine 100 mg TDS. Check and replace Mg or it won't work. NICE CG100 (2010) has the prophylactic dose for harmful drinkers. Korsakoff's is often not reversible but a quarter improve over 1-2 years.\nNiamh"),
    # 056 Cheshire West and DoLS backlog
    ("UK law q: since Cheshire West ([2014] UKSC 19) basically everyone in a care home who lacks capacity, is under continuous supervision and control and not free to leave is deprived of liberty. LPS was due to replace DoLS in October 2020, then April 2022, then shelved 'beyond the life of this Parliament'. Montgomery v Lanarkshire Health Board [2015] UKSC 11 changed consent practice in the same years. How are others coping with the DoLS backlog? Our local authority has ~1,800 on the waiting list and the BIAs are prioritising with the ADASS screening tool."),
    # 057 clozapine in an 82-year-old
    ("Anyone started clozapine in an 82-year-old? Treatment-resistant very-late-onset schizophrenia-like psychosis, failed amisulpride 200 mg and aripiprazole 15 mg. Worries: orthostatic hypotension, constipation (clozapine-induced gastrointestinal hypomotility), anticholinergic load, falls. Plan 6.25 mg nocte, up by 6.25-12.5 mg every 2-3 days, target 100-150 mg, level 250-350 ng/mL. FBC/ANC as per CPMS. Laxatives from day 1 - senna and docusate, not bulk-forming."),
    # 058 delirium teaching: 4AT and CAM-ICU
    ("Teaching for the FY1s on delirium screening: 4AT (alertness, AMT4, attention - months backwards, acute change or fluctuating course); score 4 or more = possible delirium. In ICU we use CAM-ICU with RASS. Avoid haloperidol in Parkinson's and DLB; lorazepam 0.5 mg if you must. Treat the cause - PINCH ME (Pain, INfection, Constipation, Hydration, Medication, Environment). The test and a training video are free at https://www.the4at.com"),
    # 059 after the Liverpool Care Pathway; anticipatory meds
    ("Junior doctors keep asking why we don't say 'LCP' any more. The Liverpool Care Pathway was phased out after the Neuberger review 'More Care, Less Pathway' (2013); now individualised care plans per NICE NG31 (2015). Typical anticipatory meds: morphine sulfate 2.5-5 mg SC PRN, midazolam 2.5-5 mg SC PRN, levomepromazine 6.25 mg, glycopyrronium 200 micrograms. T34 syringe driver over 24 h. Cyclizine precipitates with sodium chloride - dilute in water for injection."),
    # 060 Bernese method microinduction, with members
    ("Thanks @leahg. We've done about 20 Bernese-method microinductions now. Start buprenorphine 0.2 mg once or twice daily while continuing the full agonist, increase daily, by day 7 on 8-12 mg, then stop the fentanyl or methadone. Butrans 20 microgram/h patch is a good bridge for people who can't manage the sublingual timing. The real problem is the pharmacy splitting 2 mg tablets into eighths. Buvidal weekly 16 mg once stable.\n- Jonas"),
    # 061 Diogenes syndrome and capacity
    ("Diogenes syndrome vs hoarding disorder (6B24 in ICD-11): the original 1975 Lancet description is still worth reading. Our team is stuck - 84-year-old retired engineer, severe domestic squalor, refuses help, MoCA 26/30, FAB 12/18. Capacity to refuse a deep clean - he can understand and retain, but can he weigh it with that executive dysfunction? The Clutter Image Rating helps us talk to environmental health. Anyone used the Inherent Jurisdiction route?"),
    # 062 delusional misidentification syndromes in DLB
    ("Interesting clinic today: Capgras for her husband (an impostor 'who looks exactly like him'), plus Fregoli about the carer, both in DLB. Reduplicative paramnesia too - she insists there are two copies of her house. Cotard in psychotic depression responded to ECT in a previous patient. Rivastigmine helped the misidentification more than quetiapine did in my experience."),
    # 063 benzodiazepine taper in an 80-year-old
    ("Benzo taper in an 80-year-old on lorazepam 2 mg/day for over 25 years. The Ashton Manual suggests switching to diazepam (lorazepam 1 mg ~ diazepam 10 mg) then cutting 1-2 mg every 2 weeks, but in older people a long half-life drug means accumulation. I prefer staying on lorazepam and cutting 10% every 2-4 weeks. Beers Criteria say avoid all benzos in older adults. CBT-I alongside. Any experience with the EMPOWER brochure approach?"),
    # 064 alcohol withdrawal protocols
    ("Alcohol withdrawal protocols compared: CIWA-Ar over 15 triggers chlordiazepoxide 20-30 mg; Scotland uses the Glasgow Modified Alcohol Withdrawal Scale (GMAWS). Over 65s or Child-Pugh C - oxazepam or lorazepam instead. Phenobarbital loading (10 mg/kg ideal body weight) gaining ground in US ICUs. Screen everyone with AUDIT-C, 5 or more in the UK is positive."),
    # 065 rapidly progressive dementia work-up
    ("Rapidly progressive dementia work-up list for the registrars: CJD (CSF RT-QuIC, MRI DWI cortical ribboning; 14-3-3 less useful now), autoimmune encephalitis (LGI1, CASPR2, NMDA), Hashimoto encephalopathy (SREAT), Wilson's in the young, Whipple's disease, neurosyphilis (VDRL/TPPA), HIV, B12. Suspected CJD goes to the National CJD Research & Surveillance Unit, which will advise on tissue and instruments."),
    # 066 lithium in the over-80s, with members
    ("Hannah, re lithium in the over-80s: we target 0.4-0.6 mmol/L, eGFR and calcium every 3 months, avoid NSAIDs, ACE inhibitors and thiazides. Our 86-year-old with bipolar I on Priadel 400 mg, level 0.52, eGFR went from 58 to 41 in 2 years. Options: stay on a lower level with nephrology input, valproate (watch ammonia), lamotrigine if depression is the main pole. Camcolit and Priadel are not interchangeable, remember.\n- Yusuf"),
    # 067 esketamine and IV ketamine in older adults
    ("Esketamine nasal spray (Spravato) 56/84 mg twice weekly has a REMS in the US. In over-65s the licence starts at 28 mg (TRANSFORM-3). BP monitoring for 2 hours, no driving that day. Anyone using IV ketamine 0.5 mg/kg over 40 minutes for TRD in older adults? ELEKT-D compared it with ECT and found non-inferiority, but few over 75."),
    # 068 deprescribing tools
    ("Deprescribing thread: AGS Beers Criteria 2023 update, STOPP/START version 3 (2023), ACB calculator. Easy wins: oxybutynin to mirabegron, amitriptyline 10 mg 'for sleep' - stop, PPIs beyond 8 weeks, aspirin for primary prevention over 70 (ASPREE). Algorithms at https://deprescribing.org for PPIs, benzodiazepine receptor agonists, antipsychotics and antihyperglycemics."),
    # 069 ECT in an 88-year-old
    ("ECT in an 88-year-old with psychotic depression: the PRIDE study (CORE group) had remission around 60% with right unilateral ultrabrief pulse at 6x seizure threshold, then venlafaxine + lithium. Thymatron System IV here, titration on session 1. Anaesthetic - methohexital or propofol, suxamethonium 0.5-1 mg/kg. Post-ictal agitation: dexmedetomidine works better than midazolam for us."),
    # 070 sleep in dementia
    ("Sleep in dementia: trazodone 25-50 mg has the best (thin) evidence per the 2020 Cochrane review, melatonin none. Suvorexant was trialled in Alzheimer's insomnia; lemborexant 5 mg is licensed in Japan and the US. Circadin 2 mg prolonged-release is licensed for 55 and over. Light therapy in the morning and daytime activity beat hypnotics. PSQI and actigraphy for the research minded."),
    # 071 naloxone products
    ("Naloxone kits: Narcan 4 mg nasal (OTC in the US since 2023), Kloxxado 8 mg nasal, Zimhi 5 mg IM. Xylazine won't reverse - support breathing, rescue breaths. Fentanyl test strips now legal in most US states. In the UK, Prenoxad 2 mg/2 mL IM kits from drug services, and Nyxoid 1.8 mg nasal. Ring 911/999 every time."),
    # 072 gambling in older adults
    ("Gambling in older adults is under-asked. PGSI 8+ is problem gambling. Think of dopamine agonists (pramipexole, ropinirole) in Parkinson's - use the QUIP. Naltrexone 50-100 mg has some evidence. Fixed odds betting terminal stakes cut to £2 in April 2019 in Great Britain. Signpost GamCare (0808 8020 133) and Gamblers Anonymous."),
    # 073 hepatitis C in an OTP
    ("HCV in our OTP: ~40% antibody positive. Pangenotypic options: sofosbuvir/velpatasvir (Epclusa) 12 weeks or glecaprevir/pibrentasvir (Maviret) 8 weeks. Check HBsAg and anti-HBc first (reactivation). Dried blood spot testing on site works well. WHO 2030 elimination target. Reinfection isn't a reason to refuse treatment."),
    # 074 Irish capacity legislation, with members
    ("@orlafitz the Assisted Decision-Making (Capacity) Act 2015 commenced on 26 April 2023 and the wards of court system is being wound down over 3 years. Three tiers: decision-making assistant, co-decision-maker, decision-making representative (appointed by the Circuit Court). The Decision Support Service keeps the register. Functional test of capacity (s.3). Old-style EPAs made before commencement still go through the old registration.\nGráinne Walsh"),
    # 075 Parkinson's disease psychosis
    ("PD psychosis stepwise: reduce anticholinergics, amantadine, dopamine agonists and MAO-B inhibitors first; then quetiapine 12.5 mg or clozapine (Parkinson Study Group 1999, 6.25-50 mg). Pimavanserin 34 mg is FDA-approved (2016) but not available in the UK. Rivastigmine has the PDD licence from the EXPRESS study."),
    # 076 vascular cognitive impairment
    ("Vascular cognitive impairment: Binswanger's disease (subcortical arteriosclerotic encephalopathy) vs CADASIL (NOTCH3) in the young. Fazekas grade 3 white matter change on MRI. Apathy more than depression - methylphenidate 10 mg bd helped apathy in Alzheimer's in ADMET 2. Hachinski Ischemic Score of 7 or more suggests vascular."),
    # 077 anti-amyloid antibodies
    ("Lecanemab (Leqembi) 10 mg/kg IV every 2 weeks; donanemab (Kisunla) monthly, stop when amyloid clears. ARIA-E/ARIA-H monitoring MRIs before infusions 5, 7 and 14. APOE ε4 homozygotes have ARIA-E rates over 30%. CLARITY AD: CDR-SB difference 0.45 at 18 months. MHRA licensed both in 2024 but NICE said not cost-effective. Criteria: MCI or mild AD, MMSE 22 or above, amyloid PET or CSF positive, no anticoagulants."),
    # 078 feeding tubes in advanced dementia
    ("Feeding tubes in advanced dementia (FAST 7c onwards): systematic reviews since the late 1990s show no survival or pneumonia benefit; AGS position statement 2014 recommends careful hand feeding. Comfort feeding only, documented. PPS 30%, Karnofsky 30. Talking points for families: the body is shutting down, not starving."),
    # 079 opioid rotation in palliative care
    ("Opioid rotation cheat sheet: oral morphine 30 mg ~ oxycodone 15-20 mg ~ hydromorphone 4-6 mg; reduce the new opioid by 25-50% for incomplete cross-tolerance. Methadone rotation: Morley-Makin 5-day method or the stop-and-go. Fentanyl patch 12 microgram/h ~ 30-45 mg oral morphine/day. Track with the Edmonton Symptom Assessment System (ESAS)."),
    # 080 antipsychotics for BPSD
    ("Antipsychotics in dementia: risperidone 0.25-1 mg licensed in the UK for up to 6 weeks for persistent aggression in Alzheimer's. FDA boxed warning 2005 (mortality ~1.6-1.7x). CATIE-AD showed effects offset by adverse events. Use the DICE approach (Describe, Investigate, Create, Evaluate) first. Citalopram 30 mg in CitAD helped agitation but prolonged QT."),
    # 081 elder abuse screening tools
    ("Elder abuse screening tools: EASI (Elder Abuse Suspicion Index, 6 questions, for physicians), H-S/EAST (Hwalek-Sengstock), VASS. In Canada the NICE network (National Initiative for the Care of the Elderly) has good material - not the UK NICE! WHO estimates 1 in 6 people 60+ experience abuse in community settings."),
    # 082 cultural concepts of distress
    ("Cultural formulation: hwa-byung in older Korean women (suppressed anger, a feeling of a mass in the epigastrium), kufungisisa ('thinking too much') in Shona - the Friendship Bench programme in Zimbabwe trained lay grandmothers in problem solving therapy - Dhat syndrome in South Asia, ataque de nervios in Latin America. DSM-5-TR Cultural Formulation Interview has 16 core questions."),
    # 083 psilocybin regulation
    ("Psilocybin regulatory status: Oregon Measure 109 (service centres open since 2023), Colorado Prop 122; Australia's TGA moved psilocybin and MDMA to Schedule 8 for authorised psychiatrists from 1 July 2023. COMP360 phase 3 for TRD ongoing. Most trials excluded over 65s and anyone with significant cardiac disease."),
    # 084 delusional infestation and Charles Bonnet
    ("Delusional infestation (Ekbom syndrome) in a 79-year-old - classic matchbox sign, she brings skin flakes in a pill box. Exclude formication from stimulants, B12 and iron deficiency, thyroid, and check meds (pramipexole). Risperidone 0.5-1 mg or aripiprazole 2-5 mg. Charles Bonnet syndrome is different: insight preserved, visual loss from AMD or glaucoma, reassurance is the treatment."),
    # 085 serotonin syndrome
    ("Serotonin syndrome: Hunter criteria (clonus is key) are more specific than Sternbach. Classic combos in older people: tramadol + sertraline, linezolid + any SSRI, fentanyl + escitalopram. Cyproheptadine 12 mg load then 2 mg every 2 h. Distinguish from NMS (bradyreflexia, lead-pipe rigidity, days not hours)."),
    # 086 SSRIs and hyponatraemia
    ("SSRIs in over-80s: hyponatraemia (SIADH) usually within the first 2-4 weeks; check sodium at baseline and at 2 and 4 weeks. Mirtazapine 15 mg helps appetite and sleep, lower risk of low Na, but HTA-SADD (2011) found neither sertraline nor mirtazapine beat placebo for depression in dementia. Agomelatine needs LFTs at 3, 6, 12 and 24 weeks."),
    # 087 smoking cessation and clozapine levels
    ("Smoking cessation in SMI: varenicline is safe (EAGLES, 2016). When someone on clozapine or olanzapine stops smoking, levels rise because tobacco smoke (not nicotine) induces CYP1A2 - reduce clozapine by ~25-30% and recheck the level at one week. NRT 21 mg patch plus a short-acting form. Vaping counts as stopping smoke for this purpose."),
    # 088 rota post with members and eponymous diseases
    ("Rota for Monday: Kwame covers memory clinic from 9, Deepa has the liaison bleep till 5, I'm on MHA assessments. Friday teaching title: 'Lewy, Pick and Alzheimer - who were they?' Bring cake.\nMaya"),
    # 089 gabapentinoids
    ("Pregabalin and gabapentin became Class C, Schedule 3 in the UK from 1 April 2019. Combined with opioids they increase respiratory depression risk (MHRA Drug Safety Update, October 2019). Taper pregabalin by 50-100 mg per week; watch for withdrawal anxiety and insomnia. Prescription limited to 30 days' supply."),
    # 090 alcohol use disorder medication
    ("AUD meds: naltrexone 50 mg (check LFTs), acamprosate 666 mg TDS (eGFR over 30), nalmefene 18 mg as needed (Selincro) - the Sinclair method crowd. Disulfiram 200 mg - not with cognitive impairment. Baclofen up to 300 mg after the Bacloville trial in France (but ALPADIR disagreed). Topiramate off-label, slow titration."),
    # 091 contingency management for stimulants
    ("Contingency management for stimulant use disorder: the VA has rolled it out nationally since 2011; California's Recovery Incentives Program under CalAIM pays up to $599 a year in gift cards. Prize/fishbowl method. Matrix Model for the psychosocial side. Mirtazapine 30 mg reduced meth use in men in a 2020 trial."),
    # 092 Hospital Elder Life Program
    ("Delirium prevention: the Hospital Elder Life Program (HELP), from Yale, cut incidence by about a third in the original trial. Volunteers do orientation, sleep protocol, early mobilisation, feeding assistance, hearing aids and glasses in. NICE CG103 is based on similar multicomponent interventions. Cost is mostly volunteer coordination."),
    # 093 testamentary capacity case law, with members
    ("@benokafor the test is still Banks v Goodfellow (1870) LR 5 QB 549: understand the nature of the act and its effects, the extent of the property, the claims he ought to consider, and no disorder of mind poisoning his affections. The 'golden rule' (Kenward v Adams, 1975) says a doctor should witness the will of an aged or seriously ill testator. Key v Key [2010] EWHC 408 (Ch) for grief affecting capacity.\nRuth"),
    # 094 driving and dementia guidance
    ("Driving and dementia: in the UK dementia is notifiable to DVLA and group 1 may continue with annual review if no significant impairment; group 2 usually stops. In Canada the CMA Driver's Guide (10th ed.). In the US it varies by state - a few mandate physician reporting, most permit it. Trails B over 3 minutes and a poor clock drawing are red flags, but only an on-road test settles it."),
    # 095 palliative sedation law
    ("Continuous deep sedation until death: France's Claeys-Leonetti law (2016) made it a right under strict conditions. Netherlands KNMG guideline: expected death within 1-2 weeks. Midazolam 10 mg bolus then 1.5-2.5 mg/h; phenobarbital or propofol second line. Different from euthanasia in intent, dose titrated to comfort, not to death."),
    # 096 Korean national dementia policy, non-native English
    ("For the Korea comparison session on Wednesday: Dementia Management Act is from 2011, now every public health centre (보건소) have a dementia relief centre (치매안심센터), screening with MMSE-DS for 60 and older. Long-term care insurance started July 2008, grade 1-5 plus cognitive support grade. Hong Kong has Elderly Health Centres of the Department of Health, Malaysia I think no national programme yet. Suicide rate for over-80 in Korea still highest in OECD."),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc38-001": [
        {"name": "Aroha Kereama", "handle": "@aroha.k"},
        {"name": "Rebecca Hollis"},
        {"name": "Tom Fielding"},
    ],
    "pc38-005": [{"name": "Ciarán Ó Murchú"}],
    "pc38-013": [{"name": "Farhana Islam"}],
    "pc38-017": [{"name": "Dan Okafor", "handle": "@dan.okafor"}],
    "pc38-024": [{"name": "Siobhán McCarthy"}],
    "pc38-036": [
        {"name": "Lim Wei Ling", "handle": "@drweiling"},
        {"name": "Kavitha Subramaniam"},
        {"name": "Rashid Hamzah"},
    ],
    "pc38-045": [{"name": "Priya Raman"}],
    "pc38-048": [{"name": "Mere Tawhiri", "handle": "@mere.t"}],
    "pc38-055": [{"name": "Aoife Brennan", "handle": "@aoife.b"}, {"name": "Niamh Gallagher"}],
    "pc38-060": [{"name": "Leah Goldberg", "handle": "@leahg"}, {"name": "Jonas Weber"}],
    "pc38-066": [{"name": "Hannah Cohen"}, {"name": "Yusuf Adeyemi"}],
    "pc38-074": [{"name": "Orla Fitzgerald", "handle": "@orlafitz"}, {"name": "Gráinne Walsh"}],
    "pc38-088": [{"name": "Maya Rosen"}, {"name": "Kwame Mensah"}, {"name": "Deepa Iyer"}],
    "pc38-093": [{"name": "Ben Okafor", "handle": "@benokafor"}, {"name": "Ruth Adler"}],
}

build, render, main = first_set.blind_set(
    "pc38", Path(__file__).with_name("physician_cases_38.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
