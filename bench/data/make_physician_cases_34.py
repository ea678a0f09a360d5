# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 34: children, pregnancy and newborns worldwide - paediatric, obstetric, neonatal, midwifery and school-health posts.

Posts by paediatricians, neonatologists, obstetricians, GPs, midwives, health visitors, public
health nurses, school nurses and residents in the US, UK, Ireland, India, Pakistan, Nigeria,
Ghana, Brazil, Mexico, the Philippines, Vietnam, Germany, Poland, Australia and Canada. They
paste safeguarding strategy-meeting minutes, looked-after-child health assessments, referral
and transfer letters, NICU handovers and discharge summaries, antenatal cards (MCP card,
Mutterpass-style and Caderneta entries), birth-registration worksheets, vaccination record
exports, growth-chart readings, child health booklets, school-nurse incident notes, portal
messages with audit logs, and parents' WhatsApp, Viber and Zalo messages; some are one-line
phone replies in lower case, some are dictated letters, several are written in non-native
English with words of the local language. The PHI-free posts discuss guidelines, schedules,
scores, trials, drugs, devices and doses (vaccine schedules, bilirubin nomograms, PPH
bundles, malaria and RSV immunisation, growth standards, eponymous syndromes and operations,
place-named infections) with no patient, family, place or number that could identify anyone.

Annotation conventions:
- PT: everyone whose care the post is about, the child and, in obstetric or postnatal posts,
  the mother; a sibling who is examined or treated too is PT. Every mention is tagged: full
  names, first names, surnames alone ("the Wójcik twins"), nicknames, initials and name
  suffixes ("Jr."). A newborn labelled by a surname ("RN Hernández Ruiz", "Baby Boy A
  Ellison") has the surname tagged PT; the words "Baby Boy", "RN", "Twin A" stay outside.
- REL: relatives, step-relatives, partners, foster carers, friends and every other
  non-clinician named about the patient: social workers, caseworkers, guardians ad litem,
  police officers, teachers, DSLs, coaches, childcare staff, interpreters. A mother named in
  a newborn's label ("B/O Chiamaka Nwachukwu", "Con bà Trần Thị Hoa", "Baby of Lakshmi")
  is REL; "B/O", "Baby of", "Con bà" stay outside.
- HCP: clinicians named about the patient's care who are not network members: doctors,
  midwives, nurses, health visitors, public health nurses, school nurses, community health
  workers (ASHA, ANM, LHW, BHW, agente comunitária, CHEW) and traditional birth attendants.
- Network colleagues (the poster, repliers, @mentioned members, sign-offs, "thanks Priya") are
  not tagged, even when they sign a pasted letter; they are listed in MEMBERS. A patient or
  relative who shares a first name with a member is still tagged.
- Titles and honorifics (Dr, Mrs, Miss, DC, Nurse, Mama, Dona, doña, Ate, Aling, Haji, Frau,
  chị, bé), labels ("MRN:", "CPF", "Tel:"), "the", and a possessive 's stay outside spans.
- STREET: house or flat number, building and street name together ("Flat 6, Calder Court, 41
  Wensley Road", "ul. Podkarpacka 41/12", "D.No. 12-4-67"), and a GhanaPost digital address.
  TOWN: city, town or suburb. COUNTY: county and district-level units (county, district,
  LGA, tehsil, block, huyện, Berlin Bezirk, powiat). PLACE: smaller units and named
  communities (village, barangay, purok, bairro, colonia, union council, xã, ấp, estate,
  First Nation community). Generic type words (Co., County, Dist., Block, LGA, Tehsil,
  Brgy., Purok, Vill., Col., xã, huyện, ấp, Union Council) stay outside; words that are
  part of a proper name stay inside; when the name is only a number the type word is kept
  ("Campo 22", "Chak 42"). States, provinces, regions ("north Texas") and countries are
  not tagged.
- ZIP: postcodes of every country (UK postcode, Eircode, PIN, CEP, C.P., PLZ, kod pocztowy,
  Canadian and Australian postcodes).
- FAC: named hospitals, clinics, surgeries, health centres, CHPS compounds, schools,
  crèches, daycares, Kitas, group homes, employers, utilities, markets, mines, churches, mosques, parks
  and local agencies named after their place (Calderdale Children's Social Care, Jugendamt
  Bielefeld, West Yorkshire Police); a place name inside a facility name is part of the FAC
  span. National bodies and programmes (DCFS, Tusla, HSE, NHS, CAS as a system, Medicaid,
  PhilHealth, RFDS, WIC, SUS) are not tagged.
- DATE: every date or part date more specific than a year tied to a person or their care
  (birth, LMP, EDD, visits, doses, meetings, month and year, day and month); the whole written
  form in its own language ("julho de 2024", "17th October, 2024", "2/26"). Weekdays,
  times, durations, gestations (28+3), relative days and ages are not tagged. YEAR: a year
  alone tied to the patient or family ("moved in 2023"); a month name alone tied to the
  person or event is DATE too ("born in August", "last November"); years of laws,
  guidelines and trials, and dates of public programmes, are not tagged.
- AGE: only ages over 89, the number alone.
- PHONE, FAX, PAGER (bleeps included): the whole number with country or area code.
  EMAIL, URL (patient-specific links), IP, HANDLE (social-media handles of patients and
  relatives) whole. Numbers are tagged whoever they belong to, the poster's own bleep too;
  members' @handles are not.
- SSN: civil and national identity numbers (SSN, Aadhaar, CNIC, CPF, CURP, PESEL, PPSN,
  NIN, Ghana Card, CCCD, SIN). PLAN: numbers of a payer or national health service (NHS
  number, Medicaid, Medicare, OHIP, RAMQ, ULI, PhilHealth PIN, NHIS, Cartão SUS, IMSS NSS,
  BHYT, Versichertennummer, Aarogyasri, NDIS, insurer member ids). MRN: hospital, UR,
  folder, IP and NICU numbers. ACCT: bank, billing, utility and benefit-payment accounts. LIC: birth
  and death registration or certificate numbers (DNV), driving licences and clinician
  registration numbers. PLATE, VIN, DEVICE (serial numbers of devices used by the patient).
  ID: every other identifying number (RCH ID, court and police case numbers, referral
  folios, school student numbers, immunisation-register and newborn-screening card numbers,
  retrieval job numbers, Niebieska Karta and Red Cross message numbers). Vaccine lot numbers,
  drug doses, scores and guideline numbers are not identifiers.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 US peds hospitalist: FTT toddler in emergency foster care, who may get updates
    ("Peds hospitalist, central IL. Need a sanity check before discharge tomorrow. 3yo [[PT:Jaylen Brooks]] (DOB [[DATE:06/14/2021]], MRN [[MRN:004417726]]) admitted [[DATE:2/26]] with FTT, wt 10.9 kg (<3rd %ile, wt-for-length z -2.6), gained 610 g in 8 days on PediaSure 1.5 by cup, organic w/u negative. "
     "DCFS took protective custody [[DATE:2/28]] and he's placed with a licensed foster parent, [[REL:Tamika Odom]], in [[TOWN:Decatur]]. Caseworker is [[REL:Brian Kowalczyk]], cell [[PHONE:217-555-0139]]. Bio mom [[REL:Shanice Brooks]] has supervised visits only per the shelter care order (case [[ID:2024-JA-000318]]) but keeps calling the unit from [[PHONE:217-555-0187]] asking for weights and labs. "
     "Medicaid [[PLAN:419027736]] moved over to the foster care MCO so his PCP changes too - foster mom wants Dr. [[HCP:Hensley]] at [[FAC:Prairie Community Health]] and wants him back at [[FAC:Eastside Head Start]] Monday, where the nurse, [[HCP:Carla Dunning]], has offered weekly weights. "
     "Q for @j.whitfield and anyone who does a lot of DCFS work: what can we tell mom while the temporary custody hearing is pending? Our SW says nothing, the chaplain says she still has rights. Thx, Lauren"),
    # 002 UK named nurse: Section 47 strategy meeting minutes pasted, health actions
    ("Pasting the health bits of yesterday's strat minutes (our LA template) - I'm the named nurse and want a second view on whether the health actions are proportionate before I agree them.\n\n"
     "STRATEGY MEETING / DISCUSSION - Section 47 Children Act 1989\n"
     "Child: [[PT:Kayden Mitchell-Hart]]   DOB: [[DATE:11/09/2019]]   NHS No: [[PLAN:485 777 3456]]\n"
     "Sibling: [[PT:Ruby-Mae Hartley]]   DOB: [[DATE:02/01/2023]]   NHS No: [[PLAN:612 904 2281]]\n"
     "Address: [[STREET:Flat 6, Calder Court, 41 Wensley Road]], [[TOWN:Halifax]] [[ZIP:HX1 4RD]]\n"
     "Date: [[DATE:14/03/2024]] 10:00 (MS Teams)\n"
     "Chair: [[REL:Joanne Pickles]], Team Manager, [[FAC:Calderdale Children's Social Care]]\n"
     "Attendees: [[REL:Imran Haq]] (allocated SW); DC [[REL:Sarah Whitworth]] ([[FAC:West Yorkshire Police]] CAIU); [[HCP:Lisa Brennan]] (HV, 0-19 service); Mrs [[REL:D. Ackroyd]] (DSL, [[FAC:Siddal Primary School]]); named GP - apologies, report sent.\n\n"
     "Reason for meeting: [[PT:Kayden]] (Reception) arrived at school on [[DATE:12/03/24]] with three linear bruises to the left upper arm. When asked by his class teacher he said '[[REL:Dean]] squeezed me cos I wouldn't get in the bath'. [[REL:Dean]] = [[REL:Dean Hartley]], mother's partner, father of [[PT:Ruby-Mae]], moved in approx [[DATE:Nov 2023]]. Mother [[REL:Chelsea Mitchell]] told school he fell off the climbing frame at the park.\n\n"
     "Health information: CP medical [[DATE:13/03/24]] by Dr [[HCP:Anwen Price]], consultant paediatrician, [[FAC:Calderdale Royal Hospital]] (hosp no [[MRN:J2284710]]) - pattern consistent with grip marks, not consistent with the explanation given. [[PT:Ruby-Mae]] seen same day, skin map clear, skeletal survey not indicated. HV records: two missed 12-month reviews, was not brought x3 to audiology.\n\n"
     "Outcome: threshold met for s47, joint investigation. Both children to stay with maternal grandmother [[REL:Maureen Mitchell]] at [[STREET:22 Ovenden Way]] under a safety plan; mother's partner not to have unsupervised contact.\n\n"
     "Health actions: (1) HV to complete home visit at grandmother's within 5 working days; (2) GP to add alerts to both records; (3) named nurse to chase audiology.\n\n"
     "My issue is (1) - our HV has a caseload of 600+ and the children have moved out of her patch. Realistic? Do other trusts hand this to the HV in the new area or keep it with the allocated one?"),
    # 003 India PHC medical officer: MCP card of a primigravida with severe pre-eclampsia
    ("Sir/madam, MO at a block PHC. Referring primi 34 wks with BP 156/104, urine albumin 2+, headache since morning. MgSO4 Pritchard loading given (4 g IV + 10 g IM) at 11:40, nifedipine 10 mg oral. 108 ambulance is 45 min away. Pls advise: repeat 5 g IM if transfer delayed beyond 4 hrs or not? Card details below.\n\n"
     "MOTHER & CHILD PROTECTION CARD\n"
     "Name: [[PT:Sunita Devi]]   W/o: [[REL:Ramesh Mahto]]\n"
     "Age: 19 yrs   Mob: [[PHONE:+91 94310 57728]]\n"
     "Address: Vill. [[PLACE:Barhampur]], Block [[COUNTY:Jagdishpur]], Dist. [[COUNTY:Bhojpur]], Bihar - [[ZIP:802158]]\n"
     "RCH ID: [[ID:110230057719]]   Aadhaar: [[SSN:5128 6604 3391]]\n"
     "LMP: [[DATE:12/06/2024]]   EDD: [[DATE:19/03/2025]]\n"
     "Registered at: [[FAC:HSC Barhampur]] on [[DATE:02/08/2024]]\n"
     "ANM: [[HCP:Pushpa Kumari]]   ASHA: [[HCP:Rinki Devi]]\n"
     "Td-1 [[DATE:02/08/24]]   Td-2 [[DATE:06/09/24]]   Hb 8.9 g/dl at 22 wks   IFA 180 tabs, Calcium 360 tabs given\n"
     "Blood group B +ve   HIV / VDRL / HBsAg: NR\n\n"
     "Family insisting on [[FAC:Sadar Hospital Ara]] only because her jeth [[REL:Suresh Mahto]] is ward boy there and they trust him. FRU there has no ICU bed as per my info. Should I push harder for the medical college?"),
    # 004 Nigeria SCBU resident: typed-out PHC referral note for neonatal jaundice
    ("Received this referral at 2am, typing it out because the photo of the handwriting is blurry. Baby now 40 hrs old, TSB 21.4 mg/dl, no signs of ABE yet, mother O pos, baby's group pending, G6PD screen not available tonight. Exchange blood takes 6+ hrs from our blood bank. Start intensive phototherapy and prepare for exchange at the same time or wait for the 4-hr repeat?\n\n"
     "[[FAC:PRIMARY HEALTH CENTRE OGBAKU]]\n"
     "[[COUNTY:MBAITOLI]] L.G.A., IMO STATE\n"
     "[[DATE:17th October, 2024]]\n\n"
     "The Consultant Paediatrician,\nSpecial Care Baby Unit,\n[[FAC:Federal Medical Centre, Owerri]].\n\n"
     "Dear Sir/Ma,\n"
     "RE: REFERRAL OF B/O [[REL:CHIAMAKA NWACHUKWU]] (F), HOSP. NO. [[MRN:PHC/OGB/412/24]]\n"
     "Kindly see the above named baby who was delivered at home on [[DATE:15/10/2024]] by a TBA (Mama [[HCP:Ijeoma]]). Birth weight not known, present weight 2.1kg. Mother noticed yellowness of the eyes on day 1 and the baby was given glucose water and herbal mixture. Baby is sucking poorly since this morning.\n"
     "Mother is a 23 yr old P1+0, unbooked. Father is Mr [[REL:Obinna Nwachukwu]], a trader at [[FAC:Relief Market]], Tel: [[PHONE:0803 416 2287]].\n"
     "Address: [[STREET:No. 14 Umuezeala Street]], [[PLACE:Umunoha]], [[COUNTY:Mbaitoli]] LGA.\n"
     "Thank you for your usual cooperation.\n\n"
     "Nurse [[HCP:C. O. Eze]]\nCHEW / Officer-in-charge"),
    # 005 Philippines rural health physician: mother's Viber message, dengue warning signs
    ("@maricel.rn pasensya na late na, need your dengue eyes on this. Forwarding the mom's Viber (she said ok to share):\n"
     "'Doc gud eve po. Si [[PT:Jhun-Jhun]] po nilalagnat pa rin 3 days na, 39.4 kanina, may pantal na po sa dibdib tas sumasakit daw tiyan nya. Ayaw po kumain. Pwede po ba dalhin na lang sa [[FAC:Calbayog District Hospital]] bukas? wala po kasi kami pamasahe ngayong gabi. - [[REL:Maricel]]'\n\n"
     "Pt is [[PT:Jose Emmanuel Dela Cruz Jr.]], 7y, 22 kg, from Purok [[PLACE:Sampaguita]], Brgy. [[PLACE:Bagong Lipunan]], [[TOWN:Calbayog]]. Mom [[REL:Maricel Dela Cruz]] [[PHONE:0917 482 6631]], papa is a habal-habal driver. Day 3 fever + abd pain + poor intake = warning signs na diba? NS1 from the RHU yesterday was positive, plt 128k. BHW Ate [[HCP:Nena Gacayan]] can bring them on the barangay ambulance tonight. PhilHealth PIN [[PLAN:12-050863927-4]] so no billing problem. Sending them now unless you think OPD tomorrow is ok."),
    # 006 Brazil UBS paediatrician (non-native English): suspected congenital microcephaly
    ("Hello colleagues, I am pediatrician in a UBS (primary care unit) in the periphery of [[TOWN:Recife]]. Sorry my english. I have a newborn with suspicion of microcephaly and I want opinion about the investigation, because the mother tell me she had rash with fever in [[DATE:julho de 2024]], first trimester, and nobody tested her for Zika or Oropouche. Data from the Caderneta da Criança:\n\n"
     "Nome: [[PT:Maria Eduarda Santos da Silva]]\n"
     "DN: [[DATE:03/02/2025]]   IG 38s 2d   Peso 2.610 g   PC 30,5 cm (Intergrowth z -2,3)\n"
     "Mãe: [[REL:Josilene Santos da Silva]]   CPF [[SSN:412.553.908-17]]\n"
     "CNS RN: [[PLAN:704 2091 8835 6620]]\n"
     "DNV nº [[LIC:32-98041157-3]]\n"
     "Endereço: [[STREET:Rua Carlos Gomes, 118, casa B]], [[PLACE:Ibura]], CEP [[ZIP:51230-410]]\n"
     "Maternidade: [[FAC:Maternidade Nossa Senhora das Graças]]\n\n"
     "The agente comunitária, Dona [[HCP:Rosângela]], found them only at day 12 because family moved from another city. Teste do pezinho done late, normal. Transfontanellar US requested, no date yet. Mother WhatsApp is [[PHONE:(81) 99847-3320]] if somebody from the reference center want to contact. What is the flow now, STORCH + Zika PCR in urine of baby still useful at 2 weeks?"),
    # 007 Mexico neonatologist: incoming gastroschisis transfer, referral sheet
    ("Buenas noches colegas, neonatólogo in [[TOWN:Guadalajara]]. Tomorrow we receive in UCIN a gastroschisis from [[FAC:Hospital General de Zona No. 89]]. Referral sheet:\n"
     "Nombre: RN [[PT:Hernández Ruiz]] (masculino)\n"
     "Fecha de nacimiento: [[DATE:28/01/2025]] 06:40 h, cesárea, 36 SDG, peso 2,180 g\n"
     "Madre: [[REL:Guadalupe Ruiz Medina]], 19 años, CURP [[SSN:RUMG050412MJCZDDA4]]\n"
     "NSS: [[PLAN:04180512345]] (beneficiario por la madre)\n"
     "Padre: [[REL:Luis Fernando Hernández Ochoa]], trabaja en [[FAC:Empacadora El Fresno]], cel. [[PHONE:33 1847 2290]]\n"
     "Domicilio: [[STREET:Calle Pino Suárez 233 int. 4]], Col. [[PLACE:Lomas de Polanco]], C.P. [[ZIP:44960]]\n"
     "Folio de referencia: [[ID:REF-JAL-2025-000871]]\n\n"
     "Bowel covered with plastic bag and gauze only, defect ~3 cm, bowel thick and matted, no atresia visible. We have preformed silos 4 and 5 cm. Primary closure or silo first in your experience when bowel looks like this? Mother stays in HGZ with preeclampsia so only grandmother doña [[REL:Chayo]] comes with the baby."),
    # 008 Vietnam neonatal resident: translated provincial transfer summary, 31-week preterm
    ("Dear all, I am neonatology resident, we receive this baby last night, I translate the transfer paper:\n"
     "Bệnh nhân: Con bà [[REL:Trần Thị Hoa]], nam\n"
     "Ngày sinh: [[DATE:09/11/2024]] 23:15, sinh mổ, tuổi thai 31 tuần, CN 1450 g\n"
     "Nơi sinh: [[FAC:Bệnh viện Đa khoa tỉnh Long An]], mã BN [[MRN:24118403]]\n"
     "Thẻ BHYT: [[PLAN:TE1800124110583]]\n"
     "Mẹ: CCCD [[SSN:080196004521]], 28 tuổi\n"
     "Cha: [[REL:Nguyễn Văn Tâm]], Zalo [[PHONE:0908 613 275]]\n"
     "Địa chỉ: ấp [[PLACE:Bình Thủy]], xã [[PLACE:An Thạnh]], huyện [[COUNTY:Bến Lức]], Long An\n"
     "Ngày chuyển viện: [[DATE:10/11/2024]]\n"
     "BS điều trị: [[HCP:Lê Minh Khoa]]\n\n"
     "They gave Curosurf 200 mg/kg at 2h by INSURE then NCPAP 6, FiO2 still 0.45 when arrive, CXR ground glass grade 3. Second dose surfactant now or try LISA? We use 5Fr feeding tube and Magill forceps. Also the father ask me to send photo on Zalo every day because he must go back to work at home, is this ok with privacy rule in your hospital?"),
    # 009 Germany Kinderarzt: U6 with bruising, Kita report, Jugendamt question
    ("Kinderarzt in [[TOWN:Bielefeld]], need advice about Kinderschutz. Today U6 for [[PT:Leonie Schäfer]], geb. [[DATE:04.03.2024]], came with mother [[REL:Jana Schäfer]] and her new partner [[REL:Marcel Bruns]] (not the father). U5 not done, the yellow Heft shows U4 on [[DATE:11.07.2024]] at another practice in [[TOWN:Gütersloh]] and then nothing. "
     "Today: three bruises right cheek and behind the ear, mother says she fell against the Laufgitter. [[PT:Leonie]] does not crawl yet, so I don't believe this. The Kita, [[FAC:Kita Sonnenblume]], had already called us last month (Erzieherin Frau [[REL:Vogt]]) because of a bruise on the upper arm.\n"
     "Address: [[STREET:Am Brodhagen 17]], [[ZIP:33613]] [[TOWN:Bielefeld]]. AOK, Versichertennummer [[PLAN:K418259037]].\n"
     "I know § 4 KKG allows me to inform the Jugendamt, and there is the medical Kinderschutz-Hotline. But the mother is in panic and says the biological father [[REL:Dennis Kuhn]] will take the child if there is trouble. Send her today to [[FAC:Klinikum Bielefeld-Mitte]] for skeletal survey, or first call [[FAC:Jugendamt Bielefeld]]? Mother's Handy [[PHONE:0171 4829336]]."),
    # 010 Poland primary care paediatrician: late-preterm twins, RSV in one, large family
    ("Pediatra POZ, [[TOWN:Rzeszów]]. Sorry for my english. Twins born [[DATE:12.08.2024]] at 35+2 in [[FAC:Szpital Wojewódzki nr 2]]: [[PT:Zuzanna Wójcik]] (PESEL [[SSN:24281204564]]) and [[PT:Antoni Wójcik]] (PESEL [[SSN:24281204519]]). "
     "Mother [[REL:Magdalena]] has now four children under 5, father [[REL:Paweł Wójcik]] drives TIR in Germany so she is mostly alone with great-grandmother [[REL:Halina Nowak]], [[AGE:91]], who also lives in the flat. Address [[STREET:ul. Podkarpacka 41/12]], [[ZIP:35-082]].\n"
     "Now [[PT:Zuzanna]] has RSV bronchiolitis day 3 (older brother [[REL:Kuba]] brought it from [[FAC:Żłobek Miejski nr 7]]), sat 93-94% in air, feeds 60% of normal. [[PT:Antoni]] not sick yet. "
     "Questions: 1) admit or home with daily visit? 2) is it too late to give nirsevimab to [[PT:Antoni]] now, he was born in [[DATE:August]] so he was not in the hospital program? Mother asks if it is free with Karta Dużej Rodziny, I don't think so."),
    # 011 Australia remote GP-obstetrician: RFDS retrieval summary for PPROM at 28 weeks
    ("GP-obstetrician, remote WA. Retrieval summary below, posting to ask about latency antibiotics because the tertiary and our regional guideline differ.\n\n"
     "Pt: [[PT:Shakira Bin Amat]]   DOB [[DATE:03/09/2003]]   UR [[MRN:BRM0047215]]   Medicare [[PLAN:2951483061]] (IRN 3)\n"
     "G2P1, 28+3, PPROM approx 0500 [[DATE:22/7]], nil contractions, CTG appropriate for gestation, afebrile.\n"
     "Lives [[PLACE:Djarindjin]] community, 2.5 h by road.\n"
     "Betamethasone 11.4 mg IM 1st dose [[DATE:22/7]] 1410, erythromycin 250 mg PO QID, ampicillin 2 g IV 6-hrly. GBS unknown. MgSO4 not started (not in labour).\n"
     "NOK: aunty [[REL:Deborah Cox]] [[PHONE:0491 570 156]] (mum passed away). Partner [[REL:Tyrone Sampi]] works FIFO at [[FAC:Cloudbreak mine]], aware.\n"
     "RFDS job no. [[ID:W-240722-0318]], receiving unit [[FAC:KEMH]].\n\n"
     "[[FAC:KEMH]] says erythromycin alone x10 days, our regional guideline still has amp + erythro for 48 h then amoxicillin + erythro. Which do people actually use now?"),
    # 012 Canada (Ontario) adolescent clinic: terse note on a 15-year-old in care, pregnant
    ("ob/peds adolescent q. 15F [[PT:Kaylee Meekis]] DOB [[DATE:2009-05-21]] OHIP [[PLAN:5584 128 337 KT]] G1P0 ~22wk by dating US [[DATE:Jan 14]], first prenatal visit today. "
     "in care, worker [[REL:Megan Tremblay]] [[PHONE:807-555-0163]] ([[FAC:Northwind Family Services]]). from [[PLACE:Sandy Lake]] FN, living at group home [[FAC:Birchwood House]], [[STREET:219 Algoma St N]], [[TOWN:Thunder Bay]] [[ZIP:P7A 4Z1]]. "
     "bf [[REL:Tyler]] is 19 - worker aware, police report made [[DATE:Feb 3]] (occ # [[ID:TB25-004187]]). attending [[FAC:Westgate Collegiate]] on and off. "
     "wants to deliver back home but no L&D there obviously - would need to come out at 36 wk. smokes ~1/2 ppd, HCV ab neg, syph neg, HIV neg, Hb 101. "
     "q for @b.kakegamic: does your team still do virtual prenatal visits with the nursing station or is it all in person now? -Rob"),
    # 013 Ireland community paediatrician: dictated clinic letter, autism assessment, AON
    ("Dictated letter below, would value a second opinion on the AON paragraph - full names as it's our closed group.\n\n"
     "Dear Dr [[HCP:Fitzgerald]],\n\n"
     "Re: [[PT:Oisín Ó Murchú]], DOB [[DATE:19/05/2021]]\n"
     "[[STREET:4 Cois Abhann]], [[TOWN:Ballincollig]], Co. [[COUNTY:Cork]] [[ZIP:P31 W2K7]]\n"
     "MRN [[MRN:H0771294]]   PPSN [[SSN:8472913TA]]\n\n"
     "I reviewed [[PT:Oisín]] at [[FAC:Ballincollig Primary Care Centre]] on [[DATE:7th February 2025]], accompanied by his mother [[REL:Aoife]] and stepfather [[REL:Declan Hurley]]. He was referred by his public health nurse, [[HCP:Siobhán Lynch]], following his 3 year developmental check, with concerns regarding speech (approximately ten single words), limited joint attention and distress with changes in routine. Staff at his crèche, [[FAC:Little Acorns]], report that he plays alongside but not with peers. His father, [[REL:Cian Ó Murchú]], lives in [[TOWN:Galway]] and has access every second weekend; he does not share the concerns. Audiology at [[FAC:CUH]] last [[DATE:November]] was normal.\n\n"
     "On examination he is a well grown boy, weight and height on the 50th centile, no dysmorphic features, no neurocutaneous stigmata. Impression: presentation is suggestive of autism; formal assessment is warranted.\n\n"
     "Plan: referral to the Children's Disability Network Team; an Assessment of Need under the Disability Act 2005 has been applied for (ref. [[ID:AON-CK-25-00413]]). I have advised the family that the statutory timeframe is frequently not met.\n\n"
     "Yours sincerely,\n\nDr Muireann Kelleher\nConsultant Community Paediatrician\n\n"
     "cc: Ms [[REL:Aoife Ní Bhriain]]\nFax to GP surgery: [[FAX:021 487 3316]]"),
    # 014 Ghana CHPS midwife: postpartum haemorrhage awaiting transfer, client card details
    ("Good evening seniors, please I need quick advice. I am midwife at [[FAC:Asuboi CHPS]]. Client delivered this morning, SVD, baby girl 3.4kg, PPH about 900ml. Gave oxytocin 10iu IM, misoprostol 800mcg SL, uterine massage, IV fluids 2L. Bleeding slowed but still trickling, placenta looked complete, BP 90/50, P 118. Tranexamic acid we don't have. Ambulance is with another case, maybe 1hr.\n\n"
     "Name: [[PT:Akosua Sarpong]]   Age: 24   G3P3\n"
     "NHIS No: [[PLAN:83720591]]   Ghana Card: [[SSN:GHA-721458093-6]]\n"
     "Digital address: [[STREET:AK-0482-1953]], [[PLACE:Asuboi]], [[COUNTY:Atwima Nwabiagya]] District\n"
     "Husband: [[REL:Kofi Boateng]]   Tel: [[PHONE:024 418 7736]]\n"
     "ANC: 6 visits here and at [[FAC:Nkawie Government Hospital]], Hb 9.8 at 36wks\n\n"
     "Referring to [[FAC:Komfo Anokye Teaching Hospital]]. Her mother [[REL:Afua Sarpong]] and two brothers are ready to donate blood. Should I put in a urinary catheter and do bimanual compression while waiting? I have the NASG (anti-shock garment) from the project, should I put it on [[PT:Akosua]] before transport? Thank you."),
    # 015 Pakistan DHQ child specialist: zero-dose infant with measles pneumonia, family refusing referral
    ("Asalam o alaikum seniors. Child specialist at [[FAC:DHQ Hospital Mardan]], measles ward full again. One case for advice:\n"
     "[[PT:Muhammad Hamza]] s/o [[REL:Gul Nawaz]], 11 months, zero dose (family refused all vaccines incl. OPV in every campaign), day 5 measles, bilateral pneumonia, SpO2 88% RA, 92% on 2L. Vit A 100,000 IU given day 1 and 2, ceftriaxone started.\n"
     "Address: Mohalla [[PLACE:Qazi Khel]], Union Council [[PLACE:Bakhshali]], Tehsil [[COUNTY:Garhi Kapura]]. Father CNIC [[SSN:16101-5573419-3]], mobile [[PHONE:0345 9127760]].\n"
     "Grandfather Haji [[REL:Sher Afzal]] is head of family and refuses referral to [[FAC:Lady Reading Hospital]], says child will die there. LHW [[HCP:Shaheen Bibi]] informs cousin [[REL:Ayesha]] (3 yrs, same house) has fever since yesterday. EPI card made today, no. [[ID:MRD-UC14-2291]].\n"
     "Questions: 1) any role of steroids in measles pneumonia with such hypoxia? 2) DSO wants to do house-to-house vaccination in the mohalla, should we give MR to the siblings within 72 hrs even if family refuses for [[PT:Hamza]]?"),
    # 016 US school nurse: type 1 diabetes in a split-custody second grader
    ("School nurse, K-8 district in [[TOWN:Mesa]], AZ - how do other nurses handle split-custody T1D kids? 2nd grader [[PT:Sofia Ramírez]] (DOB [[DATE:10/02/2016]]) dx'd over winter break, now on Omnipod 5 + Dexcom G7, controller S/N [[DEVICE:PDM5B0138272]] per the endo orders. "
     "Dad [[REL:Héctor Ramírez]] and stepmom [[REL:Kayla]] have her school weeks; mom [[REL:Verónica Salas]] has alternate weekends in [[TOWN:Tucson]] and follows the Dexcom on her own phone. Monday mornings [[PT:Sofia]] shows up with 'sensor error' and a pod nobody can account for.\n"
     "Dad emailed from [[EMAIL:hramirez.84@gmail.com]] asking us to stop texting mom about lows; mom called from [[PHONE:(520) 555-0148]] saying she has joint legal custody and wants every alert. Dad's cell [[PHONE:(480) 555-0172]].\n"
     "Her teacher will carry the Baqsimi at recess. Endo is Dr. [[HCP:Adeyemi]] at [[FAC:Phoenix Children's]], 504 meeting is [[DATE:Sept 12]] at [[FAC:Longfellow Elementary]]. "
     "Do I need the custody order on file before I share CGM data with both? District policy is silent."),
    # 017 UK ward reply from a phone: which child, which mum
    ("yes thats her - [[PT:Amara]] bed 4, mum is [[REL:Ngozi]], ring her on [[PHONE:07700 900482]] shes gone home to get the other kids"),
    # 018 US NICU handover: transported twins, deployed father, Red Cross message
    ("NICU night->day handover, posting the twins here for @dana.reyes since she's covering tomorrow and asked for it:\n"
     "Baby Boy A [[PT:Ellison]] MRN [[MRN:70331842]] / Baby Boy B [[PT:Ellison]] MRN [[MRN:70331859]], 29+5 di/di, born [[DATE:4/9/25]] at [[FAC:Freeman West]] in [[TOWN:Joplin]], transported by our team at 0200.\n"
     "A: 1.21 kg, intubated for transport, Curosurf x1, extubated to NIPPV 0600, UVC/UAC, amp/gent, TSB 6.2.\n"
     "B: 0.98 kg (sIUGR, 19% discordant), CPAP 6, FiO2 .28, glucose 31 on arrival, D10 at 80 mL/kg/d, now 68-74.\n"
     "Mom [[REL:Kristen Ellison]] still at the birth hospital, PEC, Mag running, hoping for d/c [[DATE:4/11]]; cell [[PHONE:417-555-0121]]. Dad [[REL:Travis Ellison]] is active duty at [[FAC:Fort Leonard Wood]] - Red Cross emergency message sent, ref [[ID:RC-2504-118403]], he thinks he'll get leave by Fri. Grandma [[REL:Linda Pruett]] will be at the bedside, she has the band code.\n"
     "Fellow on tonight Dr. [[HCP:Okonkwo]], pager [[PAGER:417-555-0177]]. Attending Dr. [[HCP:Whitcomb]] wants HUS on both at 72h. Thanks Dana"),
    # 019 Wales community midwife: day-5 weight loss referral, mother and baby details as sent
    ("Community midwife, North Wales, posting for a colleague who isn't on here. Day 5 visit this morning, baby has lost 11.9% (BW 3.62 kg, today 3.19 kg). Mum [[PT:Ffion Roberts]], P1, EBF, cracked nipples both sides, baby [[PT:Elis]] jaundiced to the knees, sleepy, 2 wet nappies in 24h, no stool since day 3. "
     "Per our guideline (>10% = same-day paeds review) she referred to the children's assessment unit at [[FAC:Ysbyty Glan Clwyd]]. Mum is gutted, partner [[REL:Gethin Parry]] is offshore till Thursday and her mam [[REL:Eirlys]] is driving them.\n\n"
     "Referral as sent:\n"
     "Baby: [[PT:Elis Parry]]   DOB [[DATE:06/05/2024]]   NHS [[PLAN:723 481 9065]]\n"
     "Mother: [[PT:Ffion Roberts]]   DOB [[DATE:17/11/1996]]   NHS [[PLAN:455 902 1178]]\n"
     "Address: [[STREET:2 Maes y Dderwen]], [[TOWN:Rhuddlan]], [[ZIP:LL18 5TG]]\n"
     ""
     "Referring midwife: [[HCP:Carys Hughes]], NMC PIN [[LIC:09I3471W]], mob [[PHONE:07700 900731]]\n\n"
     "Would you have tried expressed top-ups by cup at home with a 24h reweigh instead? Mum would rather not go in and the bilirubin could've been done on the ward."),
    # 020 India NICU discharge summary pasted for ROP follow-up question
    ("@anusha.ped posting the summary you asked for, ROP query at the end.\n\n"
     "DISCHARGE SUMMARY\n"
     "[[FAC:Sri Venkateswara Children's Hospital]], [[TOWN:Vijayawada]] - Dept. of Neonatology\n"
     "IP No: [[MRN:SVCH/NICU/2024/3318]]\n"
     "Name: Baby of [[REL:Lakshmi Prasanna]]   Sex: Male\n"
     "DOB: [[DATE:21-07-2024]]   DOA: [[DATE:21-07-2024]]   DOD: [[DATE:16-08-2024]]\n"
     "Father: [[REL:K. Venkata Ramana]]   Ph: [[PHONE:98490 12763]]\n"
     "Address: [[STREET:D.No. 12-4-67]], [[PLACE:Gandhi Nagar]], [[TOWN:Machilipatnam]], [[COUNTY:Krishna]] Dt., A.P. - [[ZIP:521001]]\n"
     "Dr. YSR Aarogyasri Card No: [[PLAN:WAP104287336]]\n\n"
     "Final Diagnosis: Preterm (30 wks) / AGA / 1.28 kg; RDS - surfactant x1; probable EOS (blood culture sterile); apnoea of prematurity; anaemia of prematurity - PRBC x1 on day 12.\n"
     "Course: LISA at 2 hrs, CPAP till day 6, caffeine citrate 20 mg/kg load then 5 mg/kg/day, full enteral feeds by day 10 with EBM + HMF.\n"
     "ROP screening: [[DATE:04-08-2024]] by Dr. [[HCP:S. Madhavi]] - Zone II, stage 1, no plus. Next screening due [[DATE:20-08-2024]].\n"
     "Discharge weight: 1.72 kg. Advice: KMC, EBM with HMF, multivitamin 0.5 ml OD, iron 2 mg/kg/day from 6 wks, HRNB clinic follow-up.\n"
     "Consultant: Dr. [[HCP:P. Srinivasa Rao]], MD (Paed), Reg. No. [[LIC:APMC/FMR/48213]]\n\n"
     "Father is daily wage labourer and the family is 70 km away. Can the next screen be done at [[FAC:Government General Hospital, Machilipatnam]] by their ophthalmologist, or is Zone II stage 1 at 34 wks PMA not something to hand over?"),
    # 021 US outpatient paediatrician: guardian ad litem wants records faxed in a custody dispute
    ("Outpt peds in [[TOWN:Spokane]]. Custody mess, want to make sure I'm not stepping on anything. [[PT:Liam Gustafson]], 7, ADHD combined, on methylphenidate ER 27 mg. Parents divorced [[YEAR:2022]]; dad [[REL:Erik Gustafson]] says mom isn't giving meds on her weeks, mom [[REL:Brittany Lowe]] (remarried, stepdad [[REL:Cody Lowe]]) says [[PT:Liam]]'s 'a different kid' on them and she stopped. Teacher Mr. [[REL:Dahl]] at [[FAC:Browne Elementary]] sent Vanderbilts that are night and day depending on the week.\n"
     "Now the GAL, [[REL:Patricia Mancuso]], wants complete records faxed to [[FAX:(509) 555-0106]], citing the parenting plan in case [[ID:22-3-01147-32]]. Dad signed a release; mom hasn't. Plan gives joint decision-making on non-emergency health care. "
     "Can I release to the GAL on dad's signature alone, or do I need a subpoena/court order? Compliance is out this week."),
    # 022 Canada (Alberta) family physician: immunization record export for daycare, catch-up
    ("Daycare wants a full vaccine record for a new kid who arrived from Lebanon last year. Provincial export below. Q is what she still needs - does her MMR at 9 months abroad count, and is one MMRV enough?\n\n"
     "IMMUNIZATION HISTORY\n"
     "Name: [[PT:Noor Al-Sayed]]   DOB: [[DATE:2021-03-08]]   ULI: [[PLAN:600418572]]\n"
     "Address: [[STREET:1406 40 St SE]], [[TOWN:Calgary]] AB [[ZIP:T2A 1J4]]\n"
     "Date given | Agent | Lot | Site | Provider\n"
     "[[DATE:2021-05-10]] | DTaP-IPV-Hib-HB | A21CB443 | - | transcribed (abroad)\n"
     ""
     "[[DATE:2021-09-15]] | DTaP-IPV-Hib-HB | A21CC027 | - | transcribed (abroad)\n"
     "[[DATE:2021-12-06]] | MMR | R0144 | - | transcribed (abroad)\n"
     "[[DATE:2023-09-18]] | DTaP-IPV-Hib | U7436AA | L thigh | [[FAC:East Calgary Health Centre]]\n"
     "[[DATE:2023-09-18]] | Pneu-C-20 | LL8902 | R thigh | [[FAC:East Calgary Health Centre]]\n"
     "[[DATE:2023-11-20]] | MMRV (Priorix-Tetra) | A46BV201A | L deltoid | [[FAC:East Calgary Health Centre]]\n"
     "Transcribed by: [[HCP:J. Poirier]], RN\n\n"
     "Mom ([[REL:Rania Haddad]]) has photos of the Lebanese booklet if anyone reads Arabic handwriting. Daycare wants it by Friday."),
    # 023 Brazil obstetrician: pregnant 13-year-old, mandatory notification, legal options
    ("Obstetra em [[TOWN:Manaus]]. I need help with the notification and the legal part. Girl 13 years, [[PT:Ketlyn Vitória Alves da Costa]], DN [[DATE:22/09/2011]], came first time to prenatal at [[FAC:UBS Nova Cidade]] with IG 24 weeks by US. By law (estupro de vulnerável, under 14) we must notify Conselho Tutelar and police. "
     "She says the father of baby is a 'namorado' of 17, but the mother [[REL:Rosiane Alves]] suspects the stepfather [[REL:Jefferson Pereira]] and she told the counsellor of [[FAC:Conselho Tutelar Zona Norte]], Sra. [[REL:Marlene]]. BO nº [[ID:00.4817/2025]]. "
     "Bairro [[PLACE:Cidade de Deus]], she studies in [[FAC:Escola Estadual Prof. Ruy Alencar]] (still going). Cartão SUS [[PLAN:898 0012 4471 9930]].\n"
     "Mother asks about interruption (aborto legal). The reference service [[FAC:Instituto da Mulher Dona Lindu]] says they evaluate case by case after 22 weeks. How do your services do in this situation? And for the prenatal, do you treat like high risk only because of the age?"),
    # 024 Mexico paediatrician: measles in a Mennonite family, three children
    ("Pediatra en [[TOWN:Cuauhtémoc]], Chihuahua. Sarampión outbreak in the Mennonite campos, you have seen the news. Today one family brought three kids, I need advice for the baby.\n"
     "Family [[PT:Friesen]], [[PLACE:Campo 22]]:\n"
     "- [[PT:Aganetha]], 8 months, DOB [[DATE:11/06/2024]], CURP [[SSN:FIWA240611MCHRBGA3]], no vaccines (the dose cero at 6 months she missed), fever 5 days, rash day 3, now pneumonia, sat 89%.\n"
     "- [[PT:Jakob]] 4 years and [[PT:Maria]] 6 years, rash day 3, eating, sat 96%.\n"
     "Father [[REL:Abram Friesen]], mother [[REL:Elisabeth Wiebe]] speaks only Plautdietsch, neighbour [[REL:Tina Klassen]] translates. No phone at home, only the neighbour: [[PHONE:625 118 4092]].\n"
     "I want to admit the baby at [[FAC:Hospital General de Cuauhtémoc]] but they have only 2 isolation rooms. Vitamin A 100,000 UI today and tomorrow ok for 8 months? Anybody used ribavirin? Family says they will come back only if she gets worse."),
    # 025 Philippines OB-gyn: adolescent primigravida with growth restriction, MCH booklet
    ("OB-gyn here, [[TOWN:Tacloban]]. Teen prenatal, need input on where she should deliver. From her MCH booklet:\n"
     "Name: [[PT:Rhea Mae L. Bacolod]]   Birthday: [[DATE:March 3, 2008]] (17 y/o)\n"
     "LMP: [[DATE:Sept 19, 2024]]   EDC: [[DATE:June 26, 2025]]   G1P0, AOG 30 2/7 wks\n"
     "PhilHealth PIN: [[PLAN:08-251066734-9]]\n"
     "Address: [[STREET:Blk 4 Lot 17, Phase 2]], Brgy. [[PLACE:Cabalawan]]\n"
     "Prenatal at [[FAC:Cabalawan Health Center]], midwife [[HCP:Jenelyn Opiña]]\n\n"
     "FH 25 cm, EFW 1.05 kg (<3rd centile), AFI 6, UA PI >95th with forward flow. Companion is lola [[REL:Nenita Bacolod]]; mama [[REL:Gemma]] is OFW in [[TOWN:Riyadh]], boyfriend (22) not around, only reachable on FB as [[HANDLE:@jeromeboi.tac]]. Contact [[PHONE:0998 213 5507]]. "
     "They want the birthing home near them because it's free under the package, but I'm leaning to [[FAC:EVRMC]] for NICU. [[PT:Rhea]] is scared of the big hospital. Steroids now at 30 wks or wait for signs?"),
    # 026 Vietnam paediatrician: short Zalo message about post-vaccine fever
    ("Mother send me on Zalo tonight (translated): 'Bác sĩ ơi, bé [[PT:Na]] sau tiêm 6in1 ở [[FAC:VNVC Hoàng Văn Thụ]] sáng nay giờ sốt 38.8, quấy khóc, chỗ tiêm sưng đỏ 3cm. Em cho uống Hapacol 150 được không ạ?' Baby 4 months, 6.8 kg. I said paracetamol 15 mg/kg ok, cold compress, come if fever >48h or crying >3h. Mother is chị [[REL:Thảo]], Zalo [[PHONE:0983 441 072]]. Anything I miss?"),
    # 027 Germany freelance midwife: day-4 postnatal visit, weight loss and jaundice, family tea
    ("Freiberufliche Hebamme in [[TOWN:Berlin]], mostly [[COUNTY:Neukölln]] families. Wochenbett day 4 home visit: [[PT:Selin Yılmaz]], 26, P2, spontaneous birth [[DATE:03.10.2024]] at [[FAC:Vivantes Klinikum Neukölln]], ambulant discharge after 6 h. "
     "Baby [[PT:Emir]] 3540 g -> today 3190 g (-9.9 %), jaundiced to the belly, TcB 14.8 mg/dl, at the breast 8x but short feeds. Mother-in-law [[REL:Ayşe Yılmaz]] gives Fencheltee with sugar because 'the milk is not there yet'. Husband [[REL:Murat]] drives night buses. "
     "U3 is booked with Dr. [[HCP:Karaca]] on [[DATE:28.10.]].\n"
     "Address for my report: [[STREET:Sonnenallee 214, 3. OG links]], [[ZIP:12059]] [[TOWN:Berlin]].\n"
     "At -9.9 % and TcB 14.8 on day 4 in a term baby: Kinderklinik today for serum bili, or re-measure tomorrow? And how to talk to the Oma about the tea without a family war?"),
    # 028 Poland school nurse: screening finds an underweight boy, Niebieska Karta in place
    ("Higienistka szkolna (school nurse) from [[TOWN:Bydgoszcz]], my english is not perfect. During bilans of class 4b I found [[PT:Oliwer Kamiński]], 10 y, weight 24 kg (<3 centyl), lice third time this year, teeth very bad, he says he eats only in school. "
     "He lives with grandmother [[REL:Krystyna Kamińska]] since mother works in Netherlands; father [[REL:Dariusz Kamiński]] has procedure Niebieska Karta since [[DATE:marzec 2024]], nr [[ID:NK/0318/2024]]. Teacher pani [[REL:Grażyna]] says he is always tired.\n"
     "School: [[FAC:Szkoła Podstawowa nr 41]]. Grandmother phone [[PHONE:+48 602 418 337]]. Social worker from [[FAC:MOPS Bydgoszcz]] is pan [[REL:Tomasz Lis]].\n"
     "Should I send to pediatrician for FTT workup (celiac etc.) first, or it is clearly neglect and I inform the Zespół Interdyscyplinarny? His GP is dr [[HCP:Wiśniewska]]."),
    # 029 Australia public health registrar: measles exposure in a childcare room, infant PEP
    ("PHU registrar - measles contact tracing from a childcare centre, views on NHIG for one infant please.\n"
     "Index: [[PT:Arjun Malhotra]], 14 mo, returned from [[TOWN:Amritsar]] [[DATE:2 March]] (MMR1 was due, not given), rash onset [[DATE:6/3]], PCR +ve [[DATE:8/3]]. Attended [[FAC:Little Wattles Early Learning]], [[TOWN:Tarneit]], on [[DATE:4/3]] and [[DATE:5/3]] in the Joeys room (0-2s).\n"
     "Exposed infant: [[PT:Isla Crawford]], 5 mo (DOB [[DATE:28/09/2024]]), too young for MMR, so NHIG 0.6 mL/kg IM within 6 days of exposure. Mum [[REL:Bec Crawford]] [[PHONE:0438 219 604]], Medicare [[PLAN:3318409272]]. Room leader has 2 MMR on file.\n"
     "Also [[PT:Arjun]]'s dad [[REL:Rohit Malhotra]] is an RN at [[FAC:Werribee Mercy]] - separate workforce issue, already with their infection control.\n"
     "@tomk_id can your team give NHIG at home? Mum has no car. Thanks Tom"),
    # 030 US obstetrician: portal message and audit log, suspected coercive control
    ("OB here, pasting a portal message + the audit trail because I'm worried this isn't actually my patient writing.\n\n"
     "From: [[PT:Alexis Vaughn]] (MRN [[MRN:E2291847]])   Sent: [[DATE:10/14/2024]] 23:52\n"
     "'Hi Dr Sato, this is [[PT:Alexis]]. I need you to cancel the referral the nurse put in at my 28 week visit, it was a misunderstanding. Please send all my records and the due date info to my husband's email [[EMAIL:jvaughn.trucking@outlook.com]] and remove my sister [[REL:Danielle Price]] as emergency contact.'\n\n"
     "Audit: session from IP [[IP:172.58.114.203]], new device; every previous login from [[IP:98.127.44.16]].\n\n"
     "EDD [[DATE:1/9/2025]]. At the 28 wk visit she screened positive on HITS and disclosed that her husband [[REL:Jason Vaughn]] controls her phone and money. Sister's number is [[PHONE:(314) 555-0194]]. Insurance [[PLAN:MHN802241937]], works day shift at [[FAC:Brightline Logistics]].\n\n"
     "How do others handle suspected coercive control through the portal? Is it ok to call her at work, or route through the sister? - Naomi"),
    # 031 UK LAC nurse: initial health assessment summary for a child on an interim care order
    ("Initial Health Assessment summary below (sent to GP and SW). Posting to ask about consent for the BBV screen - who actually consents here?\n\n"
     "INITIAL HEALTH ASSESSMENT - CHILD LOOKED AFTER\n"
     "Name: [[PT:Tyler-James Costello]]   DOB: [[DATE:23/06/2015]]   NHS: [[PLAN:401 388 2917]]\n"
     "Legal status: s20, then interim care order (s38) from [[DATE:09/01/2025]]\n"
     "Placing authority: [[FAC:Liverpool City Council]]   Social worker: [[REL:Kerry-Ann Doyle]]\n"
     "Placement: foster carers [[REL:Graham]] and [[REL:Sue Whitty]], [[STREET:17 Marsh Lane]], [[TOWN:Ormskirk]] [[ZIP:L39 4QT]] (address not to be shared with birth family)\n"
     "School: [[FAC:St Anne's Catholic Primary]], Year 4. Virtual School head informed\n"
     "Present: child and foster carer.\n\n"
     "Birth history: born [[FAC:Liverpool Women's Hospital]] at 36 weeks, NAS treated with oral morphine for 3 weeks.\n"
     "Birth family: mother [[REL:Leanne Costello]], known hepatitis C antibody positive since [[YEAR:2019]], current contact supervised fortnightly at the [[FAC:Ark Family Centre]]. Father not named. Maternal grandmother [[REL:Pat Costello]] has Saturday contact. Half-brother placed separately.\n"
     "Findings: height 25th centile, weight 91st centile, BMI 98th. Not registered with a dentist, multiple caries. Immunisations: pre-school booster and MMR2 outstanding. Nocturnal enuresis most nights. SDQ (carer) 22. Sleeps with the light on, startles at raised voices.\n"
     "Actions: (1) GP - catch-up immunisations, new surgery [[FAC:Burscough Road Surgery]]; (2) dental registration; (3) BBV screen (HCV, HBV, HIV) given maternal history; (4) LAC nurse [[HCP:Dawn Mercer]] review in 6 months; (5) CAMHS consultation via SW.\n\n"
     "[[REL:Leanne]] has said she refuses 'any blood tests on my son'. Under the ICO the LA shares PR with her, and [[PT:Tyler-James]] (9) says he doesn't want a needle. Is the LA's consent enough for a non-urgent test, or do we wait?"),
    # 032 Nigeria paediatrician: forwarded WhatsApp from a father, naphthalene haemolysis
    ("Dr Bakare, I saw your talk on naphthalene last month, this one is for you. Forwarded from our hospital WhatsApp line last night:\n"
     "'Good evening doctors, this is [[REL:Tunde]], the baby's father. Our baby [[PT:Oluwadamilare]] is 6 days, yellow and weak since yesterday, we are coming from [[TOWN:Ogbomoso]]. My wife [[REL:Bisola]] put camphor balls in his clothes box as her mother told her. Please which hospital has exchange? My number is [[PHONE:0706 318 2254]].'\n\n"
     "Baby came in at 1am, now with us at [[FAC:LAUTECH Teaching Hospital]], hosp no [[MRN:LTH/24/118062]]. PCV 22%, TSB 28 mg/dl, dark urine, G6PD screen deficient. Exchange done at 4am with fresh O neg whole blood donated by members of [[REL:Tunde]]'s church, [[FAC:Christ Apostolic Church, Ajegunle]]. Post-exchange TSB 14.\n"
     "Questions for you Dr Bakare: threshold for a second exchange when haemolysis is still ongoing? And the older brother [[REL:Ayomide]] is also male - screen him?"),
    # 033 Ghana school health nurse: pupil with sickle cell disease fainted at PE, headmistress wants exclusion
    ("School health (SHEP) nurse, [[TOWN:Tema]]. Need guidance for a letter. [[PT:Efua Ansah]], JHS 2 at [[FAC:Tema Community 8 No. 1 JHS]], HbSS, on hydroxyurea 20mg/kg and folic acid, fainted during PE on Tuesday ([[DATE:14th May]]) in the afternoon sun after running 4 laps. She recovered in 10 minutes, drank water, no pain crisis.\n"
     "The headmistress Mrs [[REL:Agnes Quaye]] wants her excluded from all sports and from the inter-schools athletics; PE teacher Mr [[REL:Tetteh]] says she is the best sprinter in form 2. Mother [[REL:Comfort Ansah]] sells at [[FAC:Makola Market]], phone [[PHONE:020 771 4356]], and she is angry because [[PT:Efua]] cried all evening.\n"
     "She attends the sickle cell clinic at [[FAC:Korle Bu Teaching Hospital]], folder no. [[MRN:KBTH/SC/08817]]. What should the letter say? I was thinking: can participate with free access to water, rest breaks, no competition in hot hours, stop if pain/breathless."),
    # 034 Ireland antenatal midwife: RhD-negative woman with unexpected anti-D antibodies
    ("antenatal clinic q. RhD neg primip, 28/40 bloods show anti-D 0.4 IU/ml, she says she never got anti-D prophylaxis. [[PT:Katarzyna Zielińska]], DOB [[DATE:02/02/1994]], MRN [[MRN:40218873]], EDD [[DATE:30/11/2024]]. "
     "Hx: STOP at 9 wks in Poland [[YEAR:2019]], no anti-D given there she thinks. Partner [[REL:Ciarán Boyle]] RhD pos. cffDNA: fetal RHD detected. Lives [[STREET:Apt 12, The Maltings]], [[PLACE:Phibsborough]], [[TOWN:Dublin]] [[ZIP:D07 K2X9]]. "
     "Interpreter [[REL:Ewa]] came for the booking visit only, today we used the phone line. "
     "Is 0.4 IU/ml at 28/40 with no history of prophylaxis immune, or could the lab be picking up something? Haematology said repeat in 4 wks + titre. Do we start MCA dopplers now?"),
    # 035 India paediatrician: home birth never registered, JSY payment and school admission
    ("Paediatrician in [[TOWN:Nagpur]]. Family asking me for a certificate for delayed birth registration, need to know the process. Child [[PT:Aarav Wankhede]], home birth [[DATE:14 Jan 2023]] (so >1 yr, needs order of the Executive Magistrate now). Parents [[REL:Pooja]] and [[REL:Sachin Wankhede]], [[STREET:Plot 56, Ward No. 12]], [[PLACE:Indora]], [[ZIP:440017]].\n"
     "[[FAC:UPHC Indora]] ANM [[HCP:Sunanda Meshram]] says the JSY payment also never reached because the account was wrongly entered - correct bank a/c [[ACCT:31928475610]], wrong one in the portal [[ACCT:31928475601]]. Baal Aadhaar already done: [[SSN:7420 5519 8836]] (they used hospital OPD slip). "
     "Admission at [[FAC:Kendriya Vidyalaya No. 2]] needs the birth certificate by [[DATE:31 March]]. What exactly should my certificate say - I did not attend the birth, only saw the baby at 3 days for jaundice ([[DATE:17/01/2023]])."),
    # 036 Pakistan paediatric registrar: neonatal tetanus notification form
    ("Paeds registrar, [[FAC:Children's Hospital Lahore]]. Neonatal tetanus, day 9, home delivery by dai, cord cut with a used blade and ghee applied. Notification form copied here:\n"
     "Child: Baby of [[REL:Nasreen Bibi]]   Sex: M\n"
     "DOB: [[DATE:03-09-2024]]   MR No.: [[MRN:CH-24-0913347]]\n"
     "Father: [[REL:Muhammad Iqbal]]   CNIC: [[SSN:35401-8864120-9]]   Mob: [[PHONE:0300 4419736]]\n"
     "Address: [[PLACE:Chak 42]], Tehsil [[COUNTY:Ferozewala]], District [[COUNTY:Sheikhupura]]\n"
     "Attendant at birth: Mai [[HCP:Sakina]] (untrained dai)\n"
     "Mother TT doses: nil. LHW coverage: none.\n"
     "Onset of spasms: [[DATE:10-09-2024]]\n\n"
     "Baby on diazepam infusion 10 mg/kg/day + IV metronidazole + HTIG 500 IU IM, NG feeds, spasms still every 20-30 min with handling. Anyone using IV magnesium sulphate in neonatal tetanus? And for the mother, start Td now and who tells the EPI office for the chak?"),
    # 037 US child abuse paediatrics consult: infant subdural haematoma, vehicle details from deputy
    ("CAP consult tonight, trying to sort fact from story before the forensic interview. 4-month-old [[PT:Brayden Kessler]] (MRN [[MRN:88104219]]), bilateral SDH of mixed density + multilayer RH OU, per dad 'he fell forward out of the car seat when I braked hard'. "
     "Dad [[REL:Dustin Kessler]]; mom [[REL:Ashley Rader]] was at work at [[FAC:QuikFuel on Route 9]]. Deputy [[REL:Ryan Hollister]] ([[FAC:Boone County Sheriff's Office]]) looked at the truck: 2009 Silverado, KY plate [[PLATE:781 RVT]], VIN [[VIN:1GCEK19J09E118427]], no crash report, infant seat correctly installed rear-facing with the harness at chest clip level. "
     "Paternal grandma says he's been 'fussy and spitting up' since [[DATE:12/3]]. CT was done at [[FAC:St. Elizabeth Florence]] before transfer. CPS intake [[ID:2024-118-44719]].\n"
     "Does anyone have a good phrase for documenting why a rear-facing restrained infant with no crash doesn't produce this? I want it to hold up without sounding like I decided the case."),
    # 038 US sports-medicine paediatrician: second concussion, coach's post, father's fundraiser
    ("Peds sports med, north Texas. 16yo [[PT:Kenzie Harlan]], varsity soccer at [[FAC:Legacy Creek High School]], second concussion in 5 weeks - first [[DATE:9/14]] at a tournament in [[TOWN:Frisco]], second [[DATE:10/19]]. ImPACT still well below baseline, headaches daily, can't do a full school day. "
     "Club coach [[REL:Marty Evans]] ([[FAC:Lone Star FC]]) posted the video of the hit on Instagram tagging her ([[HANDLE:@kenzie.harlan22]]) with 'warrior, back soon'. Dad [[REL:Greg Harlan]] started a GoFundMe for 'recovery and recruiting' ([[URL:gofundme.com/f/kenzie-harlan-comeback]]) and wants an RTP letter before the college showcase on [[DATE:Nov 22]]. The school ATC, [[HCP:Jess Moreno]], is on my side.\n"
     "@sam.okafor_md have you had parents push back this hard on a no? How did you document it?"),
    # 039 Canada (Quebec) paediatrician: toddler with symmetric sole burns, DPJ report
    ("Pédiatre à [[TOWN:Longueuil]], sorry for the franglais. Toddler 22 mois, [[PT:Léa-Rose Gagnon]], DOB [[DATE:2023-03-14]], RAMQ [[PLAN:GAGL 2353 1412]]. The educator at her CPE, [[FAC:CPE Les Petits Hiboux]], [[REL:Mélanie Roy]], saw burns on both soles this morning - symmetric, sharp margins, spares the arches, glove-like. "
     "Mother [[REL:Jessica Gagnon]] says she stepped on the hot asphalt at the park; conjoint [[REL:Kevin Bouchard]] was babysitting. Address [[STREET:1280 chemin de Chambly, app. 3]], [[ZIP:J4J 3X4]].\n"
     "Signalement done by phone to the [[FAC:DPJ de la Montérégie]], no. [[ID:2025-004172]]. Sending to [[FAC:Sainte-Justine]] for skeletal survey and the socio-juridique team.\n"
     "Q: is there any benign mechanism that gives symmetric sharp-margin sole burns in a toddler? Asphalt in [[DATE:January]] seems impossible, non?"),
    # 040 Philippines newborn screening nurse: recall for congenital hypothyroidism
    ("NBS recall po, anyone from Iloilo side who can help trace? Positive CH (TSH 48), baby of [[REL:Jonalyn Magbanua]], born [[DATE:Jan 8, 2025]] at [[FAC:St. Paul's Lying-in Clinic]], NBS kit no. [[ID:2501-0884317]], filter card collected [[DATE:Jan 10]]. "
     "Address Brgy. [[PLACE:Tabuc Suba]], [[TOWN:Iloilo City]]. Mom's cp [[PHONE:0928 775 4130]] unattended, papa [[REL:Reymart Magbanua]] works construction in [[TOWN:Manila]]. Midwife Ma'am [[HCP:Lorna Gepte]] went to the house twice, neighbors say they moved to the lola in [[TOWN:Oton]]. Baby is now 3 weeks, confirmatory not yet done. Pls PM me if you know the family."),
    # 041 Vietnam obstetric resident: suspected placenta percreta referred from another province
    ("OB resident at [[FAC:Bệnh viện Từ Dũ]]. Case: [[PT:Phạm Thị Lan]], 36 tuổi, G4P3 (3 previous CS), placenta previa with suspected percreta into bladder on MRI, 32 weeks, referred from [[FAC:Bệnh viện Sản Nhi Quảng Ngãi]]. Mã BN [[MRN:25-004118]], BHYT [[PLAN:GD4515123048816]], CCCD [[SSN:051188009374]]. "
     "Husband [[REL:Võ Văn Hùng]] ([[PHONE:0935 208 117]]) must go back to [[TOWN:Quảng Ngãi]] for work, her mother bà [[REL:Tư]] will stay. Planned cesarean hysterectomy [[DATE:15/12]] at 34 weeks after steroid.\n"
     "Our team debate: internal iliac balloon before surgery or not? Interventional radiology is available only weekdays. And do you leave placenta in situ if bladder invasion is extensive?"),
    # 042 Germany paediatrician: foster child, guardian from the Jugendamt, birth mother and vaccination
    ("Pflegekind question - Kinderärztin in [[TOWN:Hamburg]]. [[PT:Finn Lehmann]], geb. [[DATE:14.08.2021]], in Vollzeitpflege since [[DATE:Mai 2023]] with Pflegeeltern [[REL:Sabine]] and [[REL:Thomas Reinholz]]. Amtsvormund is Herr [[REL:Özdemir]] from [[FAC:Jugendamt Hamburg-Altona]]. Versichertennummer [[PLAN:F803612275]]. "
     "Birth mother [[REL:Nicole Lehmann]] (in Substitution, stable) has visits once a month and now wants to be present at the U8 and objects to the MMR second dose because of 'what happened to his cousin'. The Pflegemutter asks me to refuse the mother at the appointment. [[PT:Finn]] goes to Kita and the Kita needs Masernschutz proof.\n"
     "Who decides here - the Vormund has the Gesundheitssorge, so I vaccinate with his consent even if the mother objects? And can I exclude her from the U8 if the Vormund agrees?"),
    # 043 Poland neonatologist: ex-preterm at home with a loaned apnoea monitor, frequent alarms
    ("Neonatolog, [[TOWN:Poznań]]. Ex-27-weeker [[PT:Hanna Mazur]], born [[DATE:2.05.2024]], PESEL [[SSN:24250201484]], home since 40 wks PMA, caffeine stopped at 36. Parents got a loaned breathing monitor from our unit (Nanny BM-02, nr seryjny [[DEVICE:BM02-2318-0447]]) and now it alarms 4-6 times every night. "
     "Father [[REL:Kamil Mazur]] films every alarm - in all videos she is breathing, the sensor pad is at the edge of the mattress. Mother [[REL:Ola]] has not slept for 2 weeks and cries at every visit. Address [[STREET:os. Piastowskie 62/18]], [[ZIP:61-158]] [[TOWN:Poznań]].\n"
     "Honestly I think we should take the monitor back. Anybody do a home pulse-oximetry night study before stopping, or just stop with counselling?"),
    # 044 Australia paediatrician: cochlear implant processor lost at school, NDIS replacement
    ("@jmorrison_ent quick one for you Jack - [[PT:Jack Tuilagi]], 6, bilateral CIs, R implant [[DEVICE:CI632 SN 4417820]] done [[DATE:14/02/2022]]. He lost the L processor (Nucleus 8, serial [[DEVICE:N8-2319407126]]) at the [[FAC:Inala State School]] swimming carnival on Friday. "
     "Mum [[REL:Losana Tuilagi]] is beside herself - [[PT:Jack]] is refusing school with one side only. His visiting teacher of the deaf says the school will pay for a lost-property search but not the part. His NDIS plan [[PLAN:431882907]] has a consumables budget - does a processor replacement come from the CI clinic's warranty, the insurer or the plan? UR at [[FAC:Queensland Children's Hospital]] is [[MRN:QC5512870]], audiologist there is [[HCP:Priya Nair]]."),
    # 045 UK registrar on bleep: short transfer request
    ("can someone from [[FAC:Alder Hey]] surgical pick up re the intuss transfer - [[PT:Poppy Leach]], 9 mo, NHS [[PLAN:613 227 4409]], failed air enema x2, stable. i'm on bleep [[PAGER:2274]] or ring [[PHONE:0151 496 0731]]"),
    # 046 US NICU follow-up clinic: BPD on home oxygen, Mixteco-speaking family, benefits numbers
    ("NICU follow-up clinic, [[TOWN:Salinas]]. Former 25-weeker [[PT:Santiago Ramos Cruz]], 9 mo CGA, BPD on 1/8 L home O2. The DME company ([[FAC:Central Coast Home Medical]]) reports the concentrator, SN [[DEVICE:1103-74428]], logs almost zero hours overnight. "
     "Through the Mixteco interpreter ([[REL:Aurelio]], by phone) mom [[REL:Yesenia Cruz]] explained it's the electric bill - the machine tripled it. Dad [[REL:Jorge Ramos]] works at [[FAC:Valle Verde Farms]]. They rent a back unit at [[STREET:318 Natividad Rd #B]], [[ZIP:93906]].\n"
     "I'm filling out the [[FAC:PG&E]] Medical Baseline form for account [[ACCT:4418290117-3]]; Medi-Cal CIN [[PLAN:91827364A]], WIC ID [[ID:0087731942]]. "
     "Anyone know if the CARE discount and Medical Baseline can stack? And is it reasonable to switch to cylinders overnight in the meantime?"),
    # 047 Mexico paediatrician: short forwarded WhatsApp from a mother
    ("La mamá de [[PT:Dieguito]] me manda: 'doctora ya le di el Tempra pero sigue con 39 y vomitó 2 veces, lo llevo al [[FAC:IMSS Clínica 27]]?' - 2 yrs, OMA day 2 on amoxi 90 mg/kg/d. Told her yes go, vomiting meds. She's [[REL:Karla]], [[PHONE:55 3918 4472]], in case any of you is on at the Clínica tonight."),
    # 048 India paediatrician: pre-adoption medical examination for a child referred through CARA
    ("Paed in [[TOWN:Pune]] - doing a pre-adoption medical for a CARA referral, need help on what to tell the PAPs. Child [[PT:Ishaan]] (name given at the SAA), at [[FAC:Matruchhaya Shishu Griha]], child ID [[ID:MHPUN2023001482]], approx DOB [[DATE:10/10/2023]] (found near [[FAC:Pune Railway Station]] at about 2 weeks of age). "
     "Cleft lip repaired [[DATE:Mar 2024]] at [[FAC:KEM Hospital Pune]], palate repair planned. HBsAg, HIV, VDRL neg. Motor milestones ~2 months delayed, social smile and babble ok. "
     "Prospective parents [[REL:Rahul]] and [[REL:Neha Kulkarni]] from [[TOWN:Bengaluru]] are asking for Fragile X and a 'full genetic panel' before accepting. Is it reasonable, and who pays? The SAA social worker is against it."),
    # 049 Ireland GP: short text about a vaccination already given
    ("[[PT:Saoirse]] (DOB [[DATE:2/3/24]]) is the one I mentioned - mum [[REL:Niamh]] says the 6 in 1 was done at the [[FAC:Cherry Orchard Health Centre]] not by us, so it's not on our system"),
    # 050 Nigeria obstetric senior registrar: eclampsia, dropped off by an unknown driver
    ("OG SR at [[FAC:LASUTH]]. Came in fitting around 9pm, unbooked, dropped at A&E by a driver who left immediately - security only got the plate, [[PLATE:KJA 418 GH]], police are asking us for details. "
     "Patient [[PT:Blessing Okon]], 19, primigravida ~36 wks by fundal height, BP 190/120, GCS 10, 3 fits before arrival. From [[PLACE:Ajegunle]] ([[COUNTY:Ajeromi-Ifelodun]] LGA) per the NIN slip in her bag, NIN [[SSN:48271093365]]. Husband [[REL:Emeka Okon]] ([[PHONE:0812 377 4106]]) not reachable; her pastor, Pastor [[REL:Dayo Aina]] of [[FAC:RCCG Victory Parish]], came at midnight. Hosp. no. [[MRN:LASUTH/OG/25/00731]].\n"
     "MgSO4 Pritchard started, hydralazine 5mg x2. Cervix unfavourable, Bishop 3, FHR 110s with decels. Straight to CS under GA or stabilise and induce? Anaesthesia worried about airway."),
    # 051 US labour and delivery attending: birth certificate worksheet in a gestational surrogacy
    ("L&D attending in [[TOWN:Columbus]]. Vital stats question on a gestational surrogacy birth - our birth clerk wants me to sign off on the 'mother' section. Worksheet as pre-filled:\n\n"
     "MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE\n"
     "Child's name: [[PT:Olivia Grace Whitaker-Lin]]   DOB: [[DATE:08/21/2024]]   Time: 14:07   Sex: F\n"
     "Facility: [[FAC:Riverside Methodist Hospital]]   Infant MRN: [[MRN:300918274]]\n"
     "Mother (delivering): [[PT:Amanda Reyes-Cole]]   DOB: [[DATE:11/30/1991]]   SSN: [[SSN:512-66-0198]]\n"
     "Residence: [[STREET:4471 Kenny Rd Apt 2C]], [[TOWN:Upper Arlington]], [[COUNTY:Franklin]] County, OH [[ZIP:43220]]\n"
     "Intended parent 1: [[REL:Daniel Whitaker]]   DOB [[DATE:04/02/1986]]   SSN [[SSN:287-41-6635]]\n"
     "Intended parent 2: [[REL:Kevin Lin]]\n"
     "Parentage judgment: [[FAC:Franklin County Court of Common Pleas]], case [[ID:24JU-07712]]\n"
     "Newborn: Hep B vaccine [[DATE:08/21/2024]], vitamin K, erythromycin; CCHD screen pass; hearing screen pass; NBS card [[ID:24-0821-33917]]\n"
     "SSN application for the child: mail to [[EMAIL:dwhitaker.kevlin@protonmail.com]]? (clerk's note: 'email not accepted, need mailing address')\n\n"
     "The carrier, [[PT:Amanda]], is fine with whatever is legally right. Clerk says the carrier has to be on the certificate unless the order was received before filing, the parents say their lawyer sent it. Who has dealt with this in Ohio?"),
    # 052 Canada complex care paediatrician: team update on a ventilated child with a large family network
    ("Complex care team update (NS), posting the contact section because the home nursing schedule is falling apart and I'd like ideas.\n\n"
     "[[PT:Mackenzie Doucette]], 4, SMA type 1 on nusinersen, trach + home ventilation (Trilogy Evo, SN [[DEVICE:TV2203118847]]), MIC-KEY 14 Fr 1.5 cm. MSI [[PLAN:0012 845 671]]. [[FAC:IWK]] MRN [[MRN:1027735]].\n"
     "Lives with paternal grandmother [[REL:Rita Doucette]] and step-grandfather [[REL:Gerald MacIsaac]], [[STREET:88 Cabot Trail Rd]], [[TOWN:Chéticamp]] [[ZIP:B0E 1H0]]. Great-grandmother [[REL:Yvonne Doucette]], [[AGE:94]], lives in the same house and is often the only adult awake at night.\n"
     "Mother [[REL:Kayla Boudreau]] has access under the Family Court order; father [[REL:Ryan Doucette]] works rotation at [[FAC:Suncor Base Plant]] in Alberta. Half-sister [[REL:Brooklyn]] (8) does the suction when the nurse doesn't show, which is not ok.\n"
     "Night nursing through [[FAC:Highland Home Care]] - 3 of 7 nights uncovered in [[DATE:November]]. Family updates on a Facebook group, [[URL:facebook.com/groups/mackenzieswarriors]], and [[REL:Rita]] prefers email: [[EMAIL:ritadoucette54@eastlink.ca]].\n\n"
     "Has anyone got a respite bed arrangement closer than [[TOWN:Halifax]] for a vented child? Or trained a family member as a paid caregiver under the self-managed care program?"),
]

FREE_NOTES: list[str] = [
    # 053 UK registrar: magnesium sulfate for neuroprotection at 30-33+6 weeks
    ("Quick poll for the obstetric and neonatal people: NICE NG25 says offer MgSO4 for neuroprotection <30+0 and consider it 30+0 to 33+6. Our unit protocol stops at 31+6 and PReCePT data show we're below the national average for 30-31 weekers. "
     "We give 4 g IV over 15 min then 1 g/h for up to 24 h, or until birth. The evidence base is mostly BEAM (Rouse 2008, 24-31 weeks) and ACTOMgSO4 (<30 weeks), plus the 2024 Cochrane update, and the MAGENTA trial at 30-34 weeks didn't show a clear reduction in CP at 2 years. "
     "So: who actually gives it at 32-33 weeks, and do you restart it if the first course was >24 h ago and she's contracting again?"),
    # 054 US neonatal hospitalist, phone-typed: AAP 2022 bilirubin thresholds
    ("pls correct me if wrong but with the aap 2022 guideline at 38 wks and no neurotox risk factors the photo threshold at 48 h is ~18 and escalation of care is 2 below exchange. "
     "risk factors = GA <38 wk, albumin <3.0, isoimmune hemolytic dz, g6pd deficiency, sepsis, significant instability in the last 24 h. "
     "tcb is ok to screen but get a tsb if tcb is within 3 of the photo line or >15. bhutani nomogram is only for predicting hyperbili now, not for treatment. "
     "the bilitool app updated in 2023 and still uses the old curves for <35 wk so don't use it for late preterms. does anyone still do home phototherapy with the bili blanket for >38 wk?"),
    # 055 India paediatrician: rotavirus and typhoid conjugate vaccine choices in private practice
    ("Private practice question re IAP ACVIP 2023-24 schedule. For rotavirus: Rotavac (3 doses, 6/10/14 wk) in UIP, parents in private ask Rotarix (2 doses) vs RotaTeq vs Rotasiil. Intussusception risk similar across trials, 1-2 per 100,000. "
     "Typbar-TCV from 6 months, single dose, booster at 2 years is what IAP says; WHO SAGE says single dose. PCV: PCV15 vs PCV20 now available at different price, is anybody giving PCV20 3+1 in infants? "
     "Also hexavalent vs pentavalent + IPV: fewer pricks but Hexaxim/Infanrix Hexa cost 4x. Share your practice pls."),
    # 056 Nigeria paediatrician, phone: PSBI regimen when referral not possible; Lassa in pregnancy
    ("Colleagues on the PSBI regimen when family cannot go to the tertiary centre: WHO 2015 says for fast breathing only (7-59 days) oral amoxicillin 50mg/kg bd x7 days, for clinical severe infection gentamicin 5-7.5mg/kg IM daily x2 days + amox x7 days. "
     "That came from AFRINEST and SATT. Anybody using it at PHC level in their state with good follow-up on day 4? "
     "Different question - Lassa fever in pregnancy, NCDC says ribavirin even in pregnancy because maternal mortality is so high, and fetal loss is >80% anyway. Do you evacuate the uterus in the 2nd trimester as some centres do?"),
    # 057 Ghana paediatrician: malaria vaccine schedule questions, colleague mentioned
    ("@kwabena.a thanks for the EPI slides yesterday. Follow-up q for everyone: with R21/Matrix-M now in the programme, our schedule is 4 doses - 5, 6, 7 and 18 months. RTS,S/AS01 (Mosquirix) from the MVIP pilot since 2019 had the same timing. "
     "If a child comes at 9 months with no malaria vaccine, do we start the series or is it too late? Product info allows up to 3 years for R21 I think. "
     "And in the north we also have SMC with SPAQ from July to October - no interaction, but mothers confuse the two. IPTp-SP from 13 weeks monthly is separate. Any good health-education leaflets in Twi or Dagbani?"),
    # 058 Philippines paediatrician, Taglish: dengue vaccines and leptospirosis prophylaxis after floods
    ("Tanong lang po re dengue vaccine: after the Dengvaxia issue in 2017, DOH is very careful. Qdenga (TAK-003) - WHO SAGE 2023 recommends 6-16 y/o in high-transmission settings, 2 doses 3 months apart, no pre-screening needed unlike CYD-TDV. Is it available na in private sa atin? "
     "Also after typhoon flooding, lepto prophylaxis per DOH: doxycycline 200 mg single dose for low-risk exposure, 200 mg once weekly for continuing exposure, kids <8 y azithromycin daw? Any peds dose you use? "
     "We had 3 lepto cases last week with AKI, Weil's disease na. Thank you po."),
    # 059 Brazil paediatrician: Oropouche vertical transmission and congenital Zika criteria
    ("Hello, question from Brazil about congenital arboviruses. In 2024 the Ministry of Health confirmed vertical transmission of Oropouche (OROV) with fetal deaths and microcephaly, similar to Zika. "
     "For the newborn with microcephaly we use Intergrowth-21st: HC < -2 SD = microcephaly, < -3 SD = severe. STORCH + Zika + OROV, transfontanellar US, fundoscopy, BERA. "
     "The problem is serology: IgM for OROV is only in reference labs (Fiocruz, Lacen). Did anyone see OROV cases outside Amazon region? In Espírito Santo there were many. And is there any guideline for the follow-up of exposed babies who are normal at birth? For Zika we followed to 3 years."),
    # 060 Mexico paediatrician: congenital Chagas screening and treatment doses
    ("Colegas, congenital Chagas question. Mothers seropositive for T. cruzi: we do micro-method / PCR in the newborn at birth and 1 month, serology at 8-10 months when maternal IgG is gone. "
     "Treatment: benznidazole 5-10 mg/kg/day in 2 doses x 60 days, or nifurtimox (Lampit) 10-20 mg/kg/day x 60 days - cure in infants >90%. NOM-032-SSA2-2014 covers vectors but prenatal screening is not universal in NOM-007-SSA2-2016. "
     "Does somebody treat the mother after breastfeeding is finished, to prevent transmission in the next pregnancy? PAHO says yes. Benznidazole pediatric tablet 12.5 mg exists from Argentina but we can't get it."),
    # 061 Vietnam paediatric resident: hand-foot-mouth disease grading and treatment
    ("Question about hand-foot-mouth disease management by Vietnamese MoH guideline 2012 (still used). Grade 1: mouth ulcers/rash only. 2a: myoclonus reported by mother <2 times/30 min, fever >39. 2b group 1: myoclonus seen, or history ≥2 times/30 min; group 2: ataxia, nystagmus, limb weakness, fever >39.5 not responding. 3: tachycardia >170, hypertension, sweating. 4: shock, pulmonary edema. "
     "For 2b we give IVIG 1 g/kg and phenobarbital 10-20 mg/kg, milrinone 0.4 µg/kg/min at grade 3. EV71 is the bad one, Coxsackie A6 gives big blisters but mild. "
     "Is IVIG still recommended in your country? Some papers say no benefit."),
    # 062 Germany paediatrician: vitamin K, vitamin D and fluoride at the U-examinations
    ("Question on vitamin K prophylaxis in Germany vs other countries. We give Konakion MM 2 mg oral at U1, U2 and U3 (3 x 2 mg) per the Kinder-Richtlinie, many countries give 1 mg IM once. "
     "Exclusively breastfed babies with cholestasis are the risk (late VKDB), incidence with oral 3-dose scheme around 1 in 100,000 maybe. Parents from Netherlands ask for daily 25 µg as they had there. "
     "Also D-Fluoretten 500 vs vitamin D alone + fluoride toothpaste 1000 ppm from the first tooth (new consensus of 2021). Who switched already?"),
    # 063 Poland neonatologist: RSV immunisation products and dosing
    ("RSV season planning. Nirsevimab (Beyfortus): 50 mg if <5 kg, 100 mg if ≥5 kg, single IM dose for the first season; 200 mg (2 x 100 mg) in the second season for high risk. "
     "Palivizumab (Synagis) 15 mg/kg monthly is still in the NFZ drug program for some groups. Maternal vaccine Abrysvo: EMA label 24-36 weeks, FDA 32-36 weeks, in Poland not refunded. Clesrovimab (Enflonsia) got FDA approval in June 2025. "
     "Question: for twins born in summer, 35 weeks, not covered by hospital program, do you give nirsevimab in October at the POZ visit? How do you get the drug?"),
    # 064 Australia GP obstetrician: antenatal vaccines timing
    ("Antenatal vaccine timing as I understand it for 2025: Boostrix (dTpa) each pregnancy, ideally 20-32 weeks, up to delivery. Influenza any trimester. Abrysvo (RSVpreF) 28-36 weeks, free on the NIP since February 2025, and if given the baby generally doesn't need nirsevimab unless born <2 weeks after the dose. "
     "COVID booster if >6 months since last. Rh immunoglobulin (RhD) at 28 and 34 weeks is a separate issue. "
     "Question is practical: can we give Boostrix and Abrysvo on the same day? The Australian Immunisation Handbook says co-administration is ok but some data show blunted pertussis response. What do your clinics do?"),
    # 065 Canada obstetrician: intrapartum GBS prophylaxis with penicillin allergy
    ("Intrapartum GBS prophylaxis with 'penicillin allergy' on the chart - what's your workflow? SOGC: penicillin G 5 million U IV then 2.5-3 million U q4h, or ampicillin 2 g then 1 g q4h. Low-risk allergy (rash without urticaria): cefazolin 2 g then 1 g q8h. "
     "High-risk (anaphylaxis, angioedema, SJS): clindamycin 900 mg q8h only if isolate susceptible, otherwise vancomycin 20 mg/kg q8h (max 2 g). "
     "Adequate = ≥4 h before birth with penicillin, ampicillin or cefazolin. The Kaiser early-onset sepsis calculator counts clinda/vanc as inadequate. Anyone doing antenatal penicillin allergy testing at 28-32 weeks?"),
    # 066 Ireland GP: tongue-tie assessment tools and frenotomy referral
    ("Tongue-tie referrals have exploded in our practice. Which assessment do people use? Hazelbaker (HATLFF) is long, the Bristol Tongue Assessment Tool (BTAT) is quicker - score 0-8, ≤3 suggests more severe restriction. "
     "NICE IPG149 (2005) supports frenotomy where breastfeeding is impaired, but the evidence is weak and posterior tie is controversial. The HSE National Breastfeeding Action Plan doesn't say much. "
     "I'd like a rule: IBCLC assessment first, then frenotomy only if BTAT ≤4 and feeding problems persist after 1-2 weeks of support. Too strict?"),
    # 067 US general paediatrician: home monitors, weighted sleep sacks and the 2022 safe sleep policy
    ("Parents keep asking about the Owlet Dream Sock since it got FDA De Novo clearance in late 2023 (now marketed as a medical device for pulse rate and SpO2). AAP 2022 safe sleep policy still says no home cardiorespiratory monitors to reduce SIDS risk. "
     "And weighted sleep sacks (Dreamland, Nested Bean) - CPSC and AAP say don't. The Fisher-Price Rock 'n Play recall in 2019 was inclined sleep. "
     "How do you talk to an anxious first-time mom who has already bought a $300 sock? I usually say: fine if it makes you sleep, but back to sleep, firm flat surface, room sharing without bed sharing for at least 6 months."),
    # 068 UK consultant: Kawasaki disease vs PIMS-TS, with colleagues named
    ("Case-free question after Thursday's M&M - thanks Hannah for presenting. How are people separating incomplete Kawasaki from PIMS-TS now that SARS-CoV-2 serology is positive in nearly everyone? "
     "AHA 2017: fever ≥5 days + 2-3 criteria + CRP ≥30 or ESR ≥40 + supplementary labs (albumin ≤30, anaemia, ALT, platelets ≥450 after day 7, WBC ≥15, urine WBC ≥10/hpf). Kobayashi score is validated in Japanese cohorts only. "
     "RCPCH 2020 PIMS-TS definition overlaps almost completely. IVIG 2 g/kg + aspirin either way; we add methylprednisolone 10 mg/kg for high-risk. @obi.n does your unit still use infliximab second line?"),
    # 069 US maternal-fetal medicine: chronic hypertension thresholds after CHAP, aspirin dose
    ("Since CHAP (Tita et al, NEJM 2022) we treat chronic HTN in pregnancy to <140/90 instead of waiting for 160/110. ACOG endorsed it in its practice advisory. First line labetalol 200 mg BID (max 2400 mg/day) or nifedipine ER 30-60 mg daily; avoid ACEi/ARB. "
     "Low-dose aspirin 81 mg from 12 to 28 weeks until delivery for high risk (USPSTF 2021). Some groups use 162 mg based on ASPRE (150 mg). "
     "Does anyone give 162 mg routinely to BMI >40 patients? ACOG PB 222 still says 81 mg."),
    # 070 India obstetrician: HELLP classifications and the Bombay blood group
    ("Two unrelated questions. 1) HELLP - do you use Mississippi or Tennessee classification in your unit? Tennessee: platelets ≤100,000, AST ≥70, LDH ≥600. Mississippi class 1: platelets ≤50,000, class 2: 50-100k, class 3: 100-150k. We use Mississippi for planning transfusions. "
     "2) Bombay blood group (hh phenotype) in pregnancy - blood bank says only Bombay donors are compatible and the national rare donor registry is thin. Is autologous donation at 32-34 weeks feasible with Hb 11? Any FOGSI or ISBTI guidance? Also anti-H can cause HDFN rarely, should we do serial MCA dopplers?"),
    # 071 Pakistan paediatrician: XDR typhoid in children, antibiotic choices
    ("XDR typhoid still everywhere in Sindh since the 2016 outbreak. Our practice for children: uncomplicated - azithromycin 20 mg/kg/day x 7 days (max 1 g); complicated or not responding by day 5 - meropenem 20-40 mg/kg q8h + azithro. Widal is useless, blood culture only. "
     "TCV (Typbar-TCV) from 9 months in the EPI since 2019 campaign. Any data on oral cefixime resistance now? And for typhoid in pregnancy, azithromycin is category B, ok?"),
    # 072 Nigeria haematologist: hydroxyurea and stroke prevention in sickle cell anaemia
    ("SCA stroke prevention in low-resource settings: STOP (Adams 1998) showed transfusion cuts stroke in children with TCD >200 cm/s, but chronic transfusion is impossible for most families here. "
     "SPRING trial (Abdullahi et al, Lancet Haematol 2022) - moderate dose hydroxyurea 20 mg/kg vs low dose 10 mg/kg for primary stroke prevention, no difference in strokes, so low dose acceptable. REACH in sub-Saharan Africa showed escalation to MTD (~25 mg/kg) is safe. "
     "Are your centres escalating to MTD or staying at 20 mg/kg? We check FBC every 4 weeks during escalation, ANC >1000, platelets >80,000."),
    # 073 Ghana obstetrician, phone: postpartum haemorrhage bundle
    ("For those asking about the E-MOTIVE bundle (Gallos et al, NEJM 2023): early detection with calibrated drape (≥300 mL + abnormal signs, or ≥500 mL) then bundle of uterine massage, oxytocics, tranexamic acid 1 g IV, IV fluids, examination and escalation. "
     "Reduced severe PPH, laparotomy or death by 60%. TXA within 3 hours per WOMAN trial. Heat-stable carbetocin 100 µg IM (CHAMPION trial) where cold chain is a problem. "
     "NASG for transport and a condom catheter (Sayeba method) if no Bakri. Which regions have the drapes now?"),
    # 074 Australia neonatologist: neonatal hypoglycaemia gel and thresholds
    ("Hypoglycaemia in at-risk babies (IDM, SGA <10th, LGA >90th, late preterm): our guideline uses 40% dextrose gel 200 mg/kg (0.5 mL/kg) buccal + feed if BGL 1.2-2.5 mmol/L in the first 48 h, max 6 doses. "
     "Sugar Babies (Harris, Lancet 2013) showed reduced NICU admission; the hPOD trial of prophylactic gel did not improve neurodevelopment at 2 years. CHYLD follow-up suggested lower executive function with recurrent low levels. "
     "Target ≥2.6 mmol/L in the first 48 h, ≥3.0 after that? Do you check before the 2nd or 3rd feed?"),
    # 075 Canada paediatrician: cow's milk protein allergy formulas and the milk ladder
    ("CMPA in primary care - formula choices. Extensively hydrolysed (Nutramigen A+ LGG, Alimentum) first line; amino acid (Neocate, PurAmino, EleCare) for severe, FPIES with failure on EHF, or eosinophilic oesophagitis. Soy after 6 months only. Goat milk cross-reacts, not an option. "
     "The iMAP milk ladder (2017, updated 2019) for non-IgE, start at 9-12 months or 6 months after diagnosis. FPIES acute: ondansetron 0.15 mg/kg IM/IV. "
     "Do you re-introduce at home for mild non-IgE or always in clinic? CPS statement doesn't say."),
    # 076 Philippines paediatrician: essential newborn care steps
    ("Refresher for our new residents on EINC (Unang Yakap, DOH 2009, updated): 1) immediate and thorough drying within the first 30 seconds, 2) early skin-to-skin contact, 3) properly timed cord clamping - after pulsations stop, 1-3 minutes, 4) non-separation for early breastfeeding within the first hour. "
     "Then vitamin K 1 mg IM, eye prophylaxis (erythromycin ointment), hepatitis B birth dose within 24 hours, BCG before discharge. Bathing delayed at least 6 hours. "
     "Question: for CS under spinal, do you still do skin-to-skin in the OR? We struggle with the OR temperature at 22-24 °C."),
    # 077 Brazil neonatologist: kangaroo mother care and the iKMC trial
    ("Método Canguru question. In Brazil we have the 3 stages by the Ministry norm (Portaria 1.683/2007). The WHO iKMC trial (NEJM 2021) with babies 1.0-1.799 kg started immediate continuous KMC even before stabilisation and mortality reduced 25%. "
     "The method was born in Colombia 1978 (Rey-Martínez), and now WHO 2022 recommends immediate KMC for all <2.0 kg. "
     "In our unit, the third stage at home needs weight ≥1.6 kg and mother confident. How do you handle the father doing canguru - counts the same hours? Sorry for english."),
    # 078 Vietnam obstetrician: thalassaemia screening in pregnancy
    ("Thalassemia screening in pregnancy: we use MCV <80 fL or MCH <27 pg, then Hb electrophoresis and ferritin. Mentzer index (MCV/RBC) >13 suggests iron deficiency, <13 thalassemia, but in pregnancy it is not reliable. "
     "HbE common in Southeast Asia, and Hb Constant Spring in our population. Alpha-thal major = Hb Bart's hydrops fetalis - MCA PSV >1.5 MoM, cardiomegaly from 12-14 weeks. "
     "When both partners carry SEA deletion we offer CVS at 11-13 weeks. Do you also offer intrauterine transfusion for Bart's? Some centres report survivors with transfusion dependence."),
    # 079 Germany paediatrician: vitamin D and fluoride in the first year
    ("Kurze Frage/short question: Vitamin D 400-500 IE daily from day 8 until the second early summer, DGKJ recommendation. Combination tablets (D-Fluoretten 500, Zymafluor D 500) vs vitamin D drops only and fluoride toothpaste 1000 ppm rice-grain size from the first tooth (joint recommendation of dentists and paediatricians since 2021). "
     "Many families from Eastern Europe give 1000 IE drops. Toxic? No, below 1000 IE is fine for infants by EFSA upper limit. What do you write in the Vorsorgeheft?"),
    # 080 Poland paediatrician: medicines in breastfeeding and where to check
    ("Mothers ask me every day 'can I take this while breastfeeding'. My sources: LactMed (NIH), e-lactancia (APILAM, Spain) and Hale's Medications & Mothers' Milk 2023. RID <10% is generally ok. "
     "Safe: ibuprofen, paracetamol, amoxicillin, cefuroxime, sertraline, loratadine. Avoid: codeine and tramadol (CYP2D6 ultra-rapid metabolisers, infant deaths), high-dose pseudoephedrine lowers supply. "
     "In Poland the leaflet (ulotka) almost always says 'do not use when breastfeeding' and pharmacists repeat this. How do you convince the mother?"),
    # 081 UK school nurse: epilepsy rescue medication in school, colleagues named
    ("@sian.p_schoolnurse and others - our trust is updating the school epilepsy template. Buccolam doses: 2.5 mg (3-12 months, hospital only), 5 mg (1-5 years), 7.5 mg (5-10 years), 10 mg (10-18 years). "
     "DfE 'Supporting pupils at school with medical conditions' (2015) requires an IHP, training for at least 2 staff, and the rescue medication travels with the child on trips. Epilepsy Action has a good template. "
     "Question: who signs the competency for a teaching assistant - school nurse or the epilepsy specialist nurse? Gareth says it has always been us."),
    # 082 US paediatric cardiology fellow: staged palliation eponyms for hypoplastic left heart
    ("Teaching session prep, tell me if I've got this right. HLHS staged palliation: stage 1 Norwood (Damus-Kaye-Stansel + arch reconstruction) with either a modified Blalock-Thomas-Taussig shunt or a Sano RV-PA conduit (SVR trial, Ohye NEJM 2010: Sano better transplant-free survival at 12 months, difference gone by 3 years). "
     "Hybrid (PDA stent + bilateral PA bands) for high-risk. Stage 2 bidirectional Glenn at 4-6 months, stage 3 Fontan (extracardiac conduit) at 2-4 years. "
     "Then for TGA: Jatene arterial switch replaced Mustard and Senning atrial switches; Rastelli for TGA/VSD/PS. Anything I'm missing for first-years?"),
    # 083 India paediatric gastroenterologist: biliary atresia and the stool colour card
    ("Plea for early referral of jaundiced infants: any baby with jaundice beyond 14 days (21 in preterm) needs conjugated bilirubin - >1 mg/dL, or >20% of total if total >5, is abnormal. "
     "Biliary atresia outcome depends on Kasai portoenterostomy before 60 days. The stool colour card program (Taiwan 2004) cut median age at Kasai dramatically; our IAP chapter has a card in 8 Indian languages. "
     "Differentials: Alagille syndrome (JAG1), PFIC, choledochal cyst (Todani type I most common), TORCH, hypothyroidism, galactosaemia. Please don't wait for the HIDA scan to be repeated."),
    # 084 Ireland social paediatrician: Children First thresholds and Meitheal
    ("For the newer NCHDs: under the Children First Act 2015 you are a mandated person - if you have reasonable grounds to believe a child is at risk of harm above the threshold, you must report to Tusla via the portal, and you can make a joint report with a colleague. "
     "Below the threshold, consider Meitheal (Tusla's early-help model) with the family's consent. The Hardiker model describes levels 1-4 of need. "
     "Child Protection Notification System checks go through Tusla's duty social work team. Any questions, post here, not with names."),
    # 085 Mexico paediatrician: newborn assessment methods in Spanish-speaking units
    ("For the residentes new in tococirugía: gestational age by Capurro (somático: textura de piel, forma de oreja, glándula mamaria, pezón, pliegues plantares) - valid >29 weeks. Ballard for preterms. Respiratory distress by Silverman-Andersen (0-10, ≥7 severe) and Downes. "
     "Apgar at 1 and 5 min, not for deciding resuscitation. Tamiz metabólico ampliado at 3-5 days, tamiz auditivo before 1 month, tamiz cardiológico with oximetry ≥24 h (NOM-034-SSA2-2013 for birth defects). "
     "Do you still use Usher in your hospitals?"),
    # 086 Nigeria public health physician: maternal health financing and national commitments
    ("Opinion piece for our journal club: the Abuja Declaration (2001) committed African Union states to 15% of the budget for health; Nigeria is around 5%. WHO 2023 estimates still put Nigeria's maternal mortality ratio above 1,000 per 100,000 live births, about a quarter of global maternal deaths. "
     "MAMII (2023) targets the highest-burden LGAs, and the NHIA Act 2022 makes health insurance mandatory - enrolment still under 10%. The Midwives Service Scheme (2009) showed that deploying midwives alone isn't enough without emergency obstetric care. "
     "What has actually worked in your states? Free maternity care policies?"),
    # 087 Australia paediatric registrar: bronchiolitis management and high flow, colleagues named
    ("Bronchiolitis season prep - @timngata wants a one-page summary for the ED. PREDICT guideline: no salbutamol, no steroids, no adrenaline, no hypertonic saline outside trials, no routine CXR or viral swab. SpO2 target ≥90% in infants >6 weeks. "
     "High flow as rescue when standard O2 fails (PARIS, Franklin NEJM 2018), 2 L/kg/min. NG hydration equal to IV (Oakley, Lancet Respir Med 2013). CPAP if HFNC fails. "
     "Ellie suggested adding the nirsevimab eligibility since babies who got it last winter are now in their second season. Anything else?"),
    # 088 Canadian paediatric emergency physician: head injury decision rules
    ("Head CT decision rules in kids - which do you use? PECARN (Kuppermann, Lancet 2009): separate rules for <2 and ≥2 years, very high sensitivity. CATCH (Osmond, CMAJ 2010), CHALICE (UK). PECARN performed best in the PREDICT head-injury validation. "
     "For ankles, the Ottawa ankle rules work in kids >5 years (some say >2). PECARN also published a paediatric cervical spine rule in 2024. The Canadian C-spine rule is adults only. "
     "Our department wants a single pathway. Any good Canadian ones published?"),
    # 089 Pakistan paediatric haematologist: thalassaemia transfusion and chelation targets
    ("Thalassemia major, for colleagues in smaller districts: pre-transfusion Hb 9-10.5 g/dL, post 13-14, every 2-4 weeks with leukoreduced packed cells if available. Start chelation after 10-20 transfusions or ferritin >1000 ng/mL. "
     "Deferasirox film-coated (Jadenu) 14-28 mg/kg/day, dispersible (Exjade) 20-40 mg/kg/day; deferiprone 75-100 mg/kg/day (check ANC weekly); Desferal 30-50 mg/kg SC 5-7 nights/week. TIF guidelines 4th edition (2021). "
     "Carrier screening: HbA2 >3.5% with MCV <80. Are your provinces doing cascade screening of siblings?"),
    # 090 UK community paediatrician: growth charts and mid-parental height
    ("Growth chart teaching points: UK-WHO 0-4 charts (2009) for under 4s, then UK 2-18. Specialist charts: Down syndrome (RCPCH/DSMIG 2011), Turner, Noonan, achondroplasia. Plot prematurity-corrected until 2 years for <37 weeks. "
     "Mid-parental height: (father's height + mother's height + 13 cm)/2 for boys, -13 cm for girls, ± 8.5 cm gives the target range. Refer if height <0.4th centile or crossing two centile spaces. "
     "Puberty: Tanner staging, Prader orchidometer 4 mL = onset. BMI ≥91st overweight, ≥98th obese (clinical). Share your favourite one-liners."),
    # 091 US paediatrician: infant formula substitution after supply disruptions
    ("Formula substitutions again. Since the 2022 shortage (the Abbott Sturgis plant shutdown after Cronobacter reports) I keep a list: Similac Pro-Advance ~ Enfamil NeuroPro ~ store brands (Parent's Choice, Up&Up) - all FDA-regulated, store brand is fine. "
     "Sensitive/gentle swaps are ok. Hydrolysed: Alimentum ~ Nutramigen ~ Gerber Extensive HA. Amino acid: EleCare ~ Neocate ~ PurAmino - only with a prescription for WIC. Never dilute or make homemade formula. "
     "Operation Fly Formula (2022) brought Kendamil and Bubs from abroad and some are still on the shelves. Any other tips?"),
    # 092 Philippines paediatrician, short phone reply: otitis media antibiotic dosing
    ("yes po doc, amoxicillin 80-90 mg/kg/day BID x 5-7 days for AOM if ≥2 y/o and not severe, 10 days if <2 y/o. Co-amoxiclav if may amoxicillin within 30 days or with conjunctivitis (H. influenzae). AAP 2013 guideline pa rin po ang basis namin."),
    # 093 Ghana midwife: chlorhexidine cord care
    ("Cord care question. WHO 2013 recommends daily chlorhexidine 7.1% digluconate (4% chlorhexidine) to the cord for the first week in settings with high neonatal mortality and home births, dry cord care in facility births. "
     "Our national policy adopted it after the trials in Nepal, Bangladesh and Pakistan; the Zambia and Tanzania trials showed no mortality benefit. Some mothers still apply shea butter or hot water compress. "
     "Should we still give the gel to all mothers at discharge from the facility, or only those going far?"),
    # 094 Vietnam fetal medicine: twin-to-twin transfusion staging and laser
    ("TTTS question from our fetal unit. Quintero staging I-V, laser with Solomon technique preferred since the Solomon trial (less recurrence and TAPS). Eurofetus (Senat NEJM 2004) showed laser better than amnioreduction at 16-26 weeks. "
     "Stage I: laser or expectant? Our Stage I cases progress in ~30%. For sIUGR we use Gratacós classification (type I, II, III by umbilical artery Doppler). Thank you."),
    # 095 Brazil paediatrician: congenital syphilis management
    ("Sífilis congênita - still huge numbers here. Ministry PCDT 2022: compare VDRL of newborn and mother, a titer ≥2 dilutions higher (4x) in the baby is significant. Adequate maternal treatment: benzathine penicillin started ≥30 days before delivery. "
     "Treatment of the baby: crystalline penicillin 50,000 U/kg IV q12h (first 7 days) then q8h to complete 10 days, or procaine penicillin 50,000 U/kg IM daily x10 days if CSF normal. Benzathine 50,000 U/kg single dose only for exposed babies with adequate maternal treatment and normal exam. "
     "Jarisch-Herxheimer reaction in newborns is rare. Outubro Verde campaign starts soon, ideas for posters?"),
    # 096 US paediatrician: daycare exclusion rules, colleagues replying
    ("@cibanez re your question about daycare exclusion, here's what I send to directors, based on the AAP 'Managing Infectious Diseases in Child Care and Schools' (6th ed, 2023):\n"
     "- hand-foot-mouth (coxsackie A16, A6): no exclusion just for rash, only if drooling with mouth sores or can't participate\n"
     "- fifth disease (parvovirus B19, slapped cheek): no exclusion, no longer contagious once the rash shows\n"
     "- roseola (HHV-6): exclude only while febrile\n"
     "- impetigo: may return after treatment starts\n"
     "- conjunctivitis: no exclusion unless fever or behavior change\n"
     "- strep: 12 h after antibiotics\n"
     "- lice: end of day, no 'no-nit' policies.\n"
     "Directors will still send them home on a Friday afternoon. - Marcus"),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc34-001": [{"name": "Jordan Whitfield", "handle": "@j.whitfield"}, {"name": "Lauren Metz"}],
    "pc34-005": [{"name": "Maricel Santos", "handle": "@maricel.rn"}],
    "pc34-012": [{"name": "Brenda Kakegamic", "handle": "@b.kakegamic"}, {"name": "Rob Lindqvist"}],
    "pc34-013": [{"name": "Muireann Kelleher"}],
    "pc34-018": [{"name": "Dana Reyes", "handle": "@dana.reyes"}],
    "pc34-020": [{"name": "Anusha Reddy", "handle": "@anusha.ped"}],
    "pc34-029": [{"name": "Tom Kowalski", "handle": "@tomk_id"}],
    "pc34-030": [{"name": "Naomi Sato"}],
    "pc34-032": [{"name": "Tunde Bakare"}],
    "pc34-038": [{"name": "Sam Okafor", "handle": "@sam.okafor_md"}],
    "pc34-044": [{"name": "Jack Morrison", "handle": "@jmorrison_ent"}],
    "pc34-057": [{"name": "Kwabena Asante", "handle": "@kwabena.a"}],
    "pc34-068": [{"name": "Hannah Whitlock"}, {"name": "Obi Nnamdi", "handle": "@obi.n"}],
    "pc34-081": [{"name": "Siân Pritchard", "handle": "@sian.p_schoolnurse"}, {"name": "Gareth Lloyd"}],
    "pc34-087": [{"name": "Tim Ngata", "handle": "@timngata"}, {"name": "Ellie Brandt"}],
    "pc34-096": [{"name": "Carmen Ibáñez", "handle": "@cibanez"}, {"name": "Marcus Webb"}],
}

build, render, main = first_set.blind_set(
    "pc34", Path(__file__).with_name("physician_cases_34.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
