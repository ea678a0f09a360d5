# ruff: noqa: E501, RUF001, RUF003 (the notes are data: Hawaiian names keep their okina)
"""Blind test set 28: conversations on a US physician network.

Case posts with threaded replies, polls, curbside DMs, Figure 1 captions, pasted Epic
Secure Chat / Slack / Teams threads and residents' group texts, I-PASS sign-outs, run
sheets, a poison-center log, radiology and pathology headers, a prior-auth letter,
bilingual discharge instructions and a Dragon dictation, written by attendings, residents,
hospitalists, locums, rural family doctors and IMGs in dermatology, psychiatry and
addiction, paediatrics and NICU, obstetrics, ophthalmology, ENT, urology, anaesthesia,
pathology, radiology, PM&R, palliative care, hospital medicine, EM and EMS, wilderness,
occupational, correctional and student health. Patients live from Appalachia, the Deep
South and the Texas border to the Navajo Nation, the Upper Midwest, the Pacific
Northwest, New England, Hawaii, Alaska, Puerto Rico and big-city neighbourhoods; their
names are Hispanic with two surnames, Vietnamese (with diacritics), Hmong, Somali,
Haitian, Filipino, Korean, Marshallese, Amish, Navajo, Yup'ik, Polish, Irish, Black
Southern, and ordinary words (Ransom, Major, Royal, Story, Cash, Fields, Summer, Hope,
Deacon, Precious, Cowboy). Some posts are phone-typed lower case, one is ALL CAPS, one is
dictated. Notes 053-096 hold no PHI but are dense with eponyms, place-named diseases,
trials, scores, codes, brands, genes, lab ratios, public links and colleagues' handles.
Everything is invented; phone numbers use 555-01xx.

Annotation conventions:
- Names: every mention is tagged, including first-name-only, lower-case, ALL-CAPS and
  dictation-mangled ones ("Mrs. story"), initials ("R.W."), nicknames ('Sully', 'Cowboy',
  'Jun', 'Zeke'; quote marks outside) and surname-first printouts ("KIM, SOON-JA",
  "TREVIÑO SALINAS, MARÍA GUADALUPE" as one span). Titles and honorifics stay outside
  (Dr, Mr, Mrs, Ms, Miss, Rev., Pastor, Father, Brother, CO, Don, Doña, Pan, Ông); the
  suffix "Jr." stays inside. "Baby boy" and "twin A" labels are outside; the surname is
  the span. A name tattooed on the patient (DESTINY) is REL.
- HCP: anyone on the care team named about the patient, including nurses, pharmacists,
  medics/EMTs, an audiologist, a poison specialist, a hospital social worker, and every
  clinician speaker label in a pasted chat or run sheet. REL: every non-clinician about
  the patient: relatives, partners, friends, roommates, guides, foremen, HR staff,
  teachers, daycare staff, clergy and church elders, lawyers, caseworkers, probation and
  correctional officers.
- Colleagues taking part on the network (poster when named, repliers, @mentioned or
  thanked people) are not tagged and are listed in MEMBERS, even when a patient or
  relative in the same note shares their first name (018 Hope, 024 Liam, 042 Wade).
- Places are tagged when tied to the patient, a relative or the care, abroad too
  (Matamoros, Rzeszów, Ebeye, Galway): TOWN for cities/towns; COUNTY for counties,
  parishes, Alaska boroughs and "Lancaster Co." (the word inside the span); PLACE for
  neighbourhoods, barrios, colonias, Navajo chapters, an island (Oahu) and named
  landmarks where the patient was (Wood River, Grand Canyon, Lees Ferry, Island Lake).
  A road or highway named as where the patient lives or the event happened is STREET,
  as is each street of an intersection; a town or county inside a facility's name stays
  in the FAC span. States, Puerto Rico, countries, multi-state regions and the Navajo
  Nation as a whole are not tagged; neither are places unrelated to any patient.
- FAC (with its generic word when it is part of the name: mine, ranch, hall) covers
  hospitals (full names, short forms and acronyms such as CAMC, HMC, UK, YKDRH),
  clinics, EMS stations, air-medical services, schools and dorms, churches, employers,
  stores, restaurants, ranches, outfitters, mines, jails and prison units, shelters,
  funeral homes. Generic mentions ("the ED", "a SNF", "the health dept", "the pod",
  "the jail", "the VA", "the post office there") are not tagged.
- DATE: "the" stays outside "the 12th"; a weekday or "last" next to a date stays outside;
  a month alone tied to the patient is a DATE; holidays and religious seasons that date a
  patient's event are DATEs (Fourth of July, Mardi Gras, Thanksgiving, Christmas, Second
  Christmas, Hmong New Year, Tết, Ramadan, Eid, St. Patrick's Day). Clock times, decades
  ("the 90s"), durations, citation and statute years, and dates unrelated to a patient
  (deadlines) are not tagged. YEAR marks a year alone tied to the patient.
- AGE: only ages over 89, the number or number-word alone ("93" of "93yo", "94" of
  "F/94", "ninety two", "ninety-nine"), every time it is repeated ("At 92").
- Numbers (labels such as MRN, SN, #, DEA, NPI stay outside): MRN includes IHS chart
  numbers; FIN is ACCT; accession, booking, inmate, claim, case, run, incident,
  reference, employee, student and flight numbers, protective-order case numbers and the
  NPI are ID; Medicaid, Medicare MBI and insurer member numbers are PLAN; a named
  clinician's DEA and state licence numbers are LIC; an aircraft tail number is PLATE;
  implant/processor serials and a satellite messenger's IMEI are DEVICE.
- Not tagged: eponyms, place-named diseases, signs, scores, criteria and trials (Golden
  S sign, Rochester criteria, JUPITER, VICTORIA, Lake Louise score), cited authors and
  court cases (Estelle v. Gamble), laws named after people or places (Ryan Haight Act,
  Baker Act, Kendra's Law), public literature and guideline links, 911/988/poison-center
  and SAMHSA helpline numbers, bed/room/unit numbers, brands, Epic SmartLinks (@NAME@),
  role mentions (@5 West Charge RN) and hashtags; kinship words used as names (Mama,
  Nana, Grandma, tía); a vehicle's model year; a colleague's own country or region of
  training or service.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Appalachian hospitalist case post with threaded replies: 93yo miner, rural route box, county, facility acronyms, first-name-only later mentions, two colleagues
    (
        "Case post, hospital medicine. [[AGE:93]]yo retired roof bolter (30 yr underground at the [[FAC:Pigeon Creek No. 3 mine]]), PMF on old B-reads, transferred to us at [[FAC:CAMC]] from [[FAC:Williamson Memorial Hospital]] on [[DATE:10/14]] with pH 7.19 / pCO2 96. Mr. [[PT:Collier]] (everybody calls him [[PT:Ransom]]) lives with his wife [[REL:Opal]] at [[STREET:RR 1 Box 44]], [[TOWN:Delbarton]] [[ZIP:25670]], up a hollow in [[COUNTY:Mingo County]]; no running water since the spring flood. Daughter [[REL:Crystal Mullins]] is HCPOA, cell [[PHONE:(304) 555-0142]].\n"
        "He is clear and consistent: no trach, no PEG, home. Tolerating BiPAP 18/8 about 6 h a night. Anyone sending people home on NIV with a bicarb of 44 to a house that runs on a generator half the winter?\n"
        "\n"
        "> Reply from @kmensah_hosp: Did a lot of this at my last CAH. Get a Trilogy with the internal + detachable battery, and have the DME set it up in the house BEFORE discharge. The generator is the weak link, ask his wife whether the church keeps a list.\n"
        "> Reply from Ellie Brandt (palliative, OH): Agree, and write the hypercapnia plan down for EMS so the first 911 call doesn't end in an intubation he refused. A POLST on the fridge works.\n"
        "\n"
        "Thanks Kwame, thanks Ellie. [[REL:Crystal]] says [[FAC:Sprigg Freewill Baptist Church]] already keeps a generator list, and the deacons will check on them.\n"
        "Edit: home [[DATE:Oct 19]] on the Trilogy with a POLST. [[REL:Opal]] texted a picture of [[PT:Ransom]] on the porch with the mask pushed up on his forehead."
    ),
    # 002 NICU Epic Secure Chat pasted with timestamps: surname-first clinician speaker labels, twin MRNs, Vietnamese names with diacritics, pager
    (
        "Pasted from Epic Secure Chat last night (mods, I left names in by mistake, please scrub). Question at the bottom.\n"
        "[02:11] [[HCP:Ritter, Jana]] (NNP): twin A [[PT:Nguyen]] girl, MRN [[MRN:41087723]], 27+2, born [[DATE:3/9]] at [[FAC:Swedish First Hill]], on CPAP 6, FiO2 0.45 and creeping, gas 7.22/68/-4\n"
        "[02:14] [[HCP:Ritter, Jana]] (NNP): twin B (MRN [[MRN:41087724]]) fine on 5 and 25%\n"
        "[02:15] [[HCP:Okada, Ben]] (fellow): give surf via LISA then NIPPV. has anyone talked to mom\n"
        "[02:21] [[HCP:Ritter, Jana]] (NNP): mom is [[REL:Thảo]] ([[REL:Nguyễn Thị Thảo]] on the chart), still on L&D post c/s. dad [[REL:Minh Tran]] is here, prefers Vietnamese, used the iPad interpreter. his cell [[PHONE:(206) 555-0177]]\n"
        "[02:23] [[HCP:Okada, Ben]] (fellow): ok. page [[PAGER:206-555-0108]] when surf is in\n"
        "\n"
        "Q for NICU folks: who is doing LISA on 27-weekers with no premed at all? Our fellows are split down the middle."
    ),
    # 003 one phone-typed lower-case line: lower-case patient name, town, facility short form
    ("anyone know a derm in [[TOWN:pikeville]] that takes wellcare?? pt [[PT:tammy jo sturgill]] has HS hurley 3 and keeps getting bounced back to me from [[FAC:pikeville medical]] lol not lol"),
    # 004 Texas border L&D sign-out: two-surname names surname-first, colonia, ZIP, foreign town, Medicaid number, first-name nickname later
    (
        "L&D sign-out, [[FAC:Valley Baptist]] [[TOWN:Brownsville]], 1900. Pasting because #2 is the question.\n"
        "1) [[PT:TREVIÑO SALINAS, MARÍA GUADALUPE]] 31 G4P3 @ 38+1, lives in [[PLACE:Cameron Park]] ([[ZIP:78521]]), first PNC at 30 wk at [[FAC:Su Clínica]], A1GDM, 4 cm, GBS neg. Husband [[REL:Rogelio]] works nights at the [[FAC:Port of Brownsville]], coming at 2300. [[PT:Lupe]] wants BTL, Medicaid consent signed [[DATE:8/29]] so it is valid. Medicaid [[PLAN:521840377]].\n"
        "2) [[PT:Yesenia Garza de la Cruz]] 17 G1 @ 35+4, PPROM ~1500, crossed from [[TOWN:Matamoros]] this morning with her tía [[REL:Elvira Cantú]]; tía's number [[PHONE:(956) 555-0121]]. No records; says she had 'sugar' on her ultrasound at a clinic there. Emergency Medicaid pending.\n"
        "3) 26 P2 s/p SVD this afternoon, PPH 1.4 L, got TXA and a Bakri, Hb 7.0 → 7.4, stable.\n"
        "Attending overnight: Dr. [[HCP:Ybarra]].\n"
        "\n"
        "Q: for #2, latency abx with amp + azithro per the 2020 ACOG PB, fine, but what are people doing for a 35-weeker with unknown GDM status and no dating US? Deliver now vs expectant to 37?"
    ),
    # 005 Navajo Nation EMS run sheet: F/91, DOB, IHS chart number, chapter house, route, grandson callback, medic labels
    (
        "Pasting a run sheet (de-ID'd badly, I know) because I want to talk about rewarming in a hogan with no power.\n"
        "RUN SHEET — [[FAC:CHINLE EMS]]   Run # [[ID:24-08817]]   Date [[DATE:02/17/2024]]\n"
        "Pt: [[PT:BEGAY, LORETTA]]   F/[[AGE:91]]   DOB [[DATE:06/02/1932]]   IHS chart [[MRN:CH-220931]]\n"
        "Scene: hogan ~2.5 mi N of the [[FAC:Many Farms Chapter House]] off [[STREET:N-59]], [[PLACE:Many Farms]] chapter. Dirt road, chains needed.\n"
        "Callback: grandson [[REL:Tyrell Yazzie]] [[PHONE:(928) 555-0163]]\n"
        "CC: found down by grandson at 0640, stove out overnight. GCS 13, HR 48, rectal temp 31.8 C. Speaks Diné only, grandson interpreting.\n"
        "Tx: wet clothes off, hypothermia wrap, warm IVF x2 L, pads on, no shocks.\n"
        "Dest: [[FAC:CCHCF]] ([[FAC:Chinle Comprehensive Health Care Facility]]) → fixed wing to [[FAC:FMC]].\n"
        "Medic: [[HCP:L. Tsosie]], EMT-P\n"
        "\n"
        "She did well, home in 5 days. Swiss stage II by the book. What do people working EMS on the Navajo Nation carry for active rewarming on a 90-minute transport when the rig heater can barely keep the box at 60 F?"
    ),
    # 006 Boston addiction-consult Slack pasted: clinician speaker labels, nickname in quotes, intersection of two streets, neighbourhood, MassHealth ID, "Friday the 12th", colleague @mention
    (
        "From our #addiction-consult Slack this morning, pasted so @pr_raman can weigh in (she asked about xylazine wounds last week).\n"
        "[[HCP:Tom Feeney]] 9:02 AM: [[PT:Kevin O'Sullivan]] ('[[PT:Sully]]') is back, 34M, fentanyl/xylazine, two new forearm wounds down to tendon. Sleeping at [[FAC:Pine Street Inn]] or on [[STREET:Mass Ave]] by [[STREET:Melnea Cass]].\n"
        "[[HCP:Aisha Bello]] 9:05 AM: I know him. Grew up in [[PLACE:Dorchester]], mom [[REL:Maureen]] still has the triple-decker on [[STREET:Adams St]] and will let him shower there if he calls first ([[PHONE:617-555-0148]]).\n"
        "[[HCP:Tom Feeney]] 9:07 AM: last methadone dose was at the [[FAC:BMC]] OTP on Friday the [[DATE:12th]], so he's 3 days out. COWS 14.\n"
        "[[HCP:Aisha Bello]] 9:09 AM: restart at 30 + 10 prn, wound care consult, and let's not lose him to AMA this time. MassHealth [[PLAN:100384726519]] is active, I checked.\n"
        "\n"
        "@pr_raman, do you still debride these at the bedside or send them all to plastics?"
    ),
    # 007 Figure 1 image caption: 94M, facility, date, hashtags
    ("Image caption (Figure 1): Hollenhorst plaque at the inferotemporal bifurcation, [[AGE:94]]M with two episodes of amaurosis fugax this week, carotid duplex 80% ipsilateral. Photographed at the [[FAC:Northern Light Eastern Maine Medical Center]] eye clinic [[DATE:1/22]], posted with the patient's consent. #ophthalmology #retina #stroke"),
    # 008 Hmong urology curbside: surname-first name, implant serial, neighbourhood, clan elder, Hmong New Year as a date
    (
        "Urology curbside, posting here because our Hmong interpreter pool is tiny and I want to hear how others handle this.\n"
        "[[PT:Vang, Tou Lue]], 78M, AMS 800 placed at [[FAC:Regions Hospital]] in [[DATE:August 2019]] (pump serial [[DEVICE:1047728-R]] per the op note) after radical prostatectomy. Now cuff erosion, urethral blood, fever. He lives with his son [[REL:Pao Vang]] in [[PLACE:Frogtown]], [[TOWN:St. Paul]], and he interprets for his father, which is awkward for a GU history.\n"
        "The family wants to wait until after [[DATE:Hmong New Year]] to take it out, and the clan elder, [[REL:Xeng Lor]], is calling me directly at clinic to negotiate ([[PHONE:651-555-0131]]).\n"
        "I have explained: explant now, replace in 3-6 months. [[PT:Tou Lue]] nods but I am not sure he agrees. Anyone had success bringing a txiv neeb into the conversation?"
    ),
    # 009 anaesthesia MH crisis, Teams thread pasted: surname-first CRNA/RN/anesthesia labels, patient, mother, relative's hospital and town, transfer facility, case date
    (
        "M&M prep. Teams thread from the ASC, pasted verbatim (timestamps real):\n"
        "[[HCP:Renner, Matt]] (CRNA) 10:41: EtCO2 78 and climbing on 12 L fresh gas, masseter tight, HR 140\n"
        "[[HCP:Adeyemi, Folake]] (Anesthesia) 10:42: MH. Sevo off, call for the cart, Ryanodex. I'm coming\n"
        "[[HCP:Renner, Matt]] (CRNA) 10:44: temp 38.9 and rising. it's [[PT:Brody Lindgren]], 19, lap appy\n"
        "[[HCP:Sorensen, Kari]] (RN) 10:47: mom [[REL:Jenna]] is in the waiting room, says her brother nearly died under anesthesia at [[FAC:St. Joseph's]] in [[TOWN:Brainerd]] back in the 90s\n"
        "[[HCP:Renner, Matt]] (CRNA) 11:20: 2.5 mg/kg in, EtCO2 coming down, MHAUS hotline called. [[FAC:Essentia Health St. Mary's]] in [[TOWN:Duluth]] accepting to ICU, [[FAC:North Memorial]] air on the way\n"
        "\n"
        "Case date [[DATE:4/30/24]], [[FAC:Lakeshore Surgery Center]]. CK peaked at 18k. [[PT:Brody]] is fine and his uncle is getting a caffeine-halothane contracture test. For discussion: our cart had 3 vials of Ryanodex and no cold saline. What's in yours?"
    ),
    # 010 pathology frozen-section curbside: requisition header (surname-first, DOB, MRN, accession), submitting surgeon, sister who works on the floor
    (
        "Path curbside. Frozen on a 35F, I'm second-guessing myself and the surgeon is tapping his foot.\n"
        "Req: [[PT:FIELDS, SUMMER R]]   DOB [[DATE:11/02/1988]]   MRN [[MRN:E3318820]]   Acc# [[ID:S24-11873]]\n"
        "Submitting: [[HCP:A. Boudreaux]], MD, Gyn Onc, [[FAC:Ochsner Baptist]]\n"
        "Clinical: 11 cm L adnexal mass, estradiol 310, abnormal uterine bleeding. Inhibin pending.\n"
        "Frozen: diffuse sheets, coffee-bean grooved nuclei, scattered Call-Exner bodies. I'm saying adult granulosa cell tumor, defer to permanents.\n"
        "Side note: Ms. [[PT:Fields]]'s sister [[REL:Autumn]] works on 7 North and has called the lab four times. I get it, but she's been told to go through the surgeon.\n"
        "Anyone disagree with AGCT on frozen? FOXL2 to follow."
    ),
    # 011 teleradiology: pasted report header (ALL-CAPS surname-first, MRN, FIN, accession, DOB, AGE 94), referring PA, village and hub town, comparison facility, signing radiologist
    (
        "Teleradiology question. Report pasted (yes, I know, header and all):\n"
        "EXAM: CT HEAD WITHOUT CONTRAST\n"
        "PATIENT: [[PT:ANGAIAK, WILFRED]]   MRN: [[MRN:7730192]]   FIN: [[ACCT:880047712231]]   ACC: [[ID:CT240318-0441]]\n"
        "DOB: [[DATE:03/11/1930]]   AGE: [[AGE:94]]   SEX: M\n"
        "REFERRING: [[HCP:HOLMBERG, KRISTIN]] PA-C, [[FAC:YKDRH]] [[TOWN:Bethel]]\n"
        "HISTORY: Fall on ice outside home in [[TOWN:Kwethluk]], on apixaban.\n"
        "COMPARISON: [[DATE:11/02/2022]], [[FAC:Alaska Native Medical Center]].\n"
        "FINDINGS: 6 mm right convexity subdural, no shift. Fazekas 2 white matter change. Chronic left PCA infarct.\n"
        "IMPRESSION: Small acute right SDH.\n"
        "Electronically signed: [[HCP:Adrian Voss]], MD  [[DATE:03/18/2024]] 0441\n"
        "\n"
        "My question: the images from the hub hospital come through without sagittal or coronal reformats, so every small SDH means a phone call to check. Anyone else reading for rural Alaska have a workaround?"
    ),
    # 012 PM&R SCI wheelchair denial, Mississippi: patient named Major (incl. the name discussed as a word), highway, town, county, Fourth of July, GoFundMe URL, pastor, college
    (
        "PM&R / SCI folks, need help with a wheelchair denial.\n"
        "22M, C6 AIS B after an ATV rollover on [[STREET:Hwy 24]] east of [[TOWN:Liberty]] ([[COUNTY:Amite County]]) on the [[DATE:Fourth of July]]. Acute care at [[FAC:UMMC]], now 5 weeks into inpatient rehab at [[FAC:Methodist Rehabilitation Center]] in [[TOWN:Jackson]]. His name is [[PT:Major Tillman]] (yes, [[PT:Major]] is his first name, he gets asked weekly).\n"
        "Mississippi Medicaid ([[PLAN:MS-0041875520]]) denied the power chair with tilt as 'not medically necessary' because he 'can propel a manual chair on level surfaces'. He lives on a gravel road, [[STREET:2187 Berry Rd]], half a mile from the mailbox.\n"
        "His mom [[REL:Bernice Tillman]] started a GoFundMe ([[URL:https://www.gofundme.com/f/major-tillman-road-to-recovery]]) and it has $6k, but I'd rather win the appeal. His pastor, Rev. [[REL:Curtis Hollins]], wrote a letter too, bless him, but it won't move a reviewer.\n"
        "[[PT:Major]] wants to go back to [[FAC:Alcorn State]] in the spring. What language has worked for you? I've got the seating eval, the PT notes and the Ashworth/FIM numbers."
    ),
    # 013 palliative family-meeting note, Hawaii: 96, town with diacritic, facility and acronym, Hawaiian/Filipino family names, relative's town, hospice, CaringBridge URL, month alone
    (
        "Family meeting note from yesterday, pasted, then my question.\n"
        "Pt: [[PT:Leilani Kahananui]], [[AGE:96]], widowed, lived alone in [[TOWN:Pāhoa]] until the fall in [[DATE:June]]. Now at [[FAC:Hilo Medical Center]] ([[FAC:HMC]]) with aspiration PNA #3 this year.\n"
        "Present: daughter [[REL:Noelani Kahananui-Reyes]] (HCPOA), son-in-law [[REL:Bong Reyes]], grandson [[REL:Keoni]] by phone from [[TOWN:Las Vegas]], chaplain, bedside RN, me.\n"
        "Discussed: dysphagia severe on MBS, not a PEG candidate per her own wishes ('no tubes', said many times to [[REL:Noelani]]). Family wants her home with [[FAC:Hospice of Hilo]].\n"
        "Plan: comfort feeding, home with hospice [[DATE:Aug 11]] if equipment arrives. Her son-in-law will build a ramp. [[REL:Noelani]] is posting updates on [[URL:caringbridge.org/visit/tutuleilani]] for the ʻohana on the mainland.\n"
        "\n"
        "Q: [[REL:Keoni]] wants to 'try one more antibiotic' by phone. How do you folks handle the family member who is far away and was not in the room?"
    ),
    # 014 Puerto Rico EM, Spanglish: Don + two surnames, barrio named after a person, wife, bakery employer, Plan Vital number, facility short form
    (
        "Guardia anoche en [[FAC:Hospital San Pablo]] [[TOWN:Bayamón]]. Dengue season is no joke.\n"
        "Don [[PT:José Ángel Rosario Quiñones]], 41, from barrio [[PLACE:Juan Sánchez]], day 5 of fever, platelets 18k, Hct 52 from 41, abdominal pain and vomiting x3. Warning signs all over. Wife [[REL:Nilda]] says he kept working at the [[FAC:Panadería La Nueva]] until yesterday. Her cell [[PHONE:(787) 555-0137]].\n"
        "Plan Vital [[PLAN:0098217744-01]]. Transferred to [[FAC:Centro Médico]] at 0300 when the pulse pressure narrowed to 20.\n"
        "Q for the EM people: CDC's dengue fluid algorithm says 5-7 mL/kg/h for 1-2 h for warning signs, but what are you doing when the Hct is rising and he's starting to third-space? I gave 2 boluses and worried the whole time. Don [[PT:José]] was still cracking jokes about the Yankees at transfer."
    ),
    # 015 Alaska wilderness sat-text consult: guide and outfitter, inReach IMEI, river, borough, floatplane tail number, real town that looks like a landmark (North Pole), surname that is a word
    (
        "Wilderness med: sat-text consult from a moose camp, [[DATE:Sept 6]]. Long, sorry.\n"
        "Guide [[REL:Dale Petersen]] ([[FAC:Windy Pass Outfitters]]) texted from his inReach (IMEI [[DEVICE:300434061547190]]): client [[PT:Kyle Ransom]], 44M, slipped on scree, open tib/fib, bone visible, pulses present, 2 days' walk from the airstrip, camp near the headwaters of the [[PLACE:Wood River]] in the [[COUNTY:Denali Borough]].\n"
        "Me: irrigate with boiled water, cover, splint, cephalexin from the kit (he had it, credit to the guide). Weather socked in.\n"
        "Day 2: fever 38.6, red streaking. Floatplane [[PLATE:N4417K]] got in to the lake 36 h later, to [[FAC:Fairbanks Memorial Hospital]]. [[PT:Kyle]]'s wife [[REL:Amanda]] drove in from [[TOWN:North Pole]].\n"
        "He kept the leg. Lessons: every guided party should carry a real antibiotic, and inReach texting was slower than I expected. What do you put in remote kits for open fractures when IV isn't an option?"
    ),
    # 016 occupational medicine, Iowa meatpacking: Somali names, plant, employee and claim numbers, supervisor and HR with email, Ramadan/Eid as dates, husband's trucking employer
    (
        "Occ med q. [[PT:Hodan Abdi Warsame]], 29F, trim line at [[FAC:Prairie Gold Pork]] in [[TOWN:Storm Lake]], employee #[[ID:PGP-20417]], WC claim [[ID:WC-24-330981]]. Bilateral CTS, NCS moderate on the right, mild left. Night splints and job rotation for 4 weeks, not much better.\n"
        "Her supervisor [[REL:Randy Schuett]] wants full duty Monday. HR ([[REL:Carla Vogt]], [[EMAIL:cvogt@prairiegoldpork.com]]) emails me twice a day asking for 'a return date'. [[PT:Hodan]] says she felt weaker while fasting during [[DATE:Ramadan]] and wants to try again after [[DATE:Eid]]. Husband [[REL:Abdirahman]] drives for [[FAC:Siouxland Freight]] and is gone all week, so she has 4 kids and the line.\n"
        "I'm inclined to refer for release. Anyone have a good Somali handout for CTS post-op? And is it reasonable to write 'no knife work' for 6 weeks?"
    ),
    # 017 correctional medicine, county jail: booking number, facility, intake nurse, CO surname, referral hospital, patient surname Royal as a word, mother
    (
        "Correctional med. I cover a 300-bed county jail part time and need a sanity check.\n"
        "[[PT:DeShawn Royal]], 26, booked [[DATE:11/3]] (booking #[[ID:2024-003318]]) at the [[FAC:Jones County Adult Detention Center]] in [[TOWN:Laurel]]. Told intake nurse [[HCP:Tanisha Byrd]] he uses 'a gram of fetty a day'. No MOUD on formulary; our policy is symptomatic tx only.\n"
        "Day 3: CO [[REL:Pruitt]] found him vomiting, HR 128, COWS 19, refusing fluids. Sent to [[FAC:South Central Regional Medical Center]] where they started buprenorphine, and the jail won't continue it on return.\n"
        "His mother [[REL:Gloria Royal]] has called the front desk every day and now has a lawyer. Honestly, she's right. Mr. [[PT:Royal]] is back in the pod today on nothing.\n"
        "Has anyone gotten a county jail to start MOUD without a grant? What did you show the sheriff?"
    ),
    # 018 student health, Vermont: patient Hope shares a first name with the @mentioned colleague; lower-case 'hope' is a verb; island, student ID, .edu email, mother's phone
    (
        "@hopecastellanos_md you asked last week how our student health handles athletes with mono, so here's the one keeping me up.\n"
        "[[PT:Hope Kaleikini]], 19, sophomore from [[TOWN:Kailua]], plays rugby for [[FAC:UVM]]. Monospot pos, spleen 15.5 cm on US, wants to play in the tournament in 10 days. Student ID [[ID:950441873]] in case anyone from our office reads this (you know who you are).\n"
        "Her roommate [[REL:Madison Kerr]] walked her in. Her mom [[REL:Lokelani]] called from [[PLACE:Oahu]] at 4 am Hawaii time ([[PHONE:(808) 555-0159]]) and is flying out. [[PT:Hope]] emailed me from [[EMAIL:hkaleiki@uvm.edu]] with a screenshot from the team group chat saying she's 'cleared once the fever's gone'. She isn't.\n"
        "I hope the coach listens. Our plan: no contact until 4 weeks from onset AND spleen normal on repeat US. Does anyone still get a repeat US, or go by the calendar?"
    ),
    # 019 rural peds, Amish family: county abbreviation, farm street address, town, ZIP, phone-shanty number, bishop, Second Christmas as a date, transplant centre and city
    (
        "Rural peds, [[COUNTY:Lancaster Co.]] (writing it out since half of you asked about our Plain families at the conference).\n"
        "[[PT:Jonas Stoltzfus]], 4 mo, Crigler-Najjar type 1, diagnosed at the [[FAC:Clinic for Special Children]] in [[TOWN:Strasburg]]. Bili runs 18-22 under 12 h/day of blue lights on a homemade bed. Parents [[REL:Amos]] and [[REL:Sarah Stoltzfus]], dairy farm at [[STREET:2291 Old Philadelphia Pike]], [[TOWN:Gordonville]] [[ZIP:17529]]. No phone in the house; they check messages at the shanty, [[PHONE:(717) 555-0166]], twice a day.\n"
        "The community is weighing liver transplant at [[FAC:CHOP]]. Bishop [[REL:Eli King]] came to the visit with the dad and asked good, hard questions about cost and whether [[PT:Jonas]] would have to live in [[TOWN:Philadelphia]] for months. Church aid will cover it.\n"
        "He was born on [[DATE:Second Christmas]] at home with a midwife, so we lost the first 3 days of bili. Lesson for everyone: if you cover Plain communities, teach the midwives the Kramer zones.\n"
        "Anyone with experience of a Plain family through transplant: how did you handle the immunosuppression follow-up with no car and no phone?"
    ),
    # 020 derm curbside, Korean grandmother in Queens: surname-first printout, 92Y and repeated "At 92", apartment address, neighbourhood, ZIP, church, grandson's gmail
    (
        "Derm curbside, mostly about drug-induced BP.\n"
        "Printout header: [[PT:KIM, SOON-JA]]   F   [[AGE:92]]Y   MRN [[MRN:0058813472]]\n"
        "Tense bullae on trunk and thighs x3 weeks, Nikolsky negative, eos 1.2. Started sitagliptin in [[DATE:January]] at her PCP. DIF pending.\n"
        "She lives with her grandson [[REL:Daniel Kim]] at [[STREET:41-25 Kissena Blvd Apt 6F]], [[PLACE:Flushing]] [[ZIP:11355]]. He brought her to [[FAC:NYP Queens]] after the ladies at [[FAC:Saemmul Presbyterian Church]] saw the blisters at Sunday lunch. [[REL:Daniel]] sends me photos every morning from [[EMAIL:dkim.nyc88@gmail.com]], which is helpful and also not how I'd like to do this.\n"
        "Mrs. [[PT:Kim]] calls me 'seonsaengnim' and insists she is fine.\n"
        "Stop the gliptin and clobetasol 40 g/day per Joly? At [[AGE:92]] I worry about whole-body clobetasol and her adrenal axis."
    ),
    # 021 FM residency, Marshallese family in NW Arkansas: atoll town abroad, year of arrival, apartment address, poultry employer, niece interpreter, Medicaid number, church and its street
    (
        "FM residency in NW Arkansas. Looking for people who have worked with Marshallese families.\n"
        "[[PT:Tarlina Lakabung]], 52F, moved from [[TOWN:Ebeye]] in [[YEAR:2009]]. A1c 13.4, new QFT positive, and a hypopigmented anesthetic patch on her forearm that I'm sending to derm for a Fite stain (Hansen disease is not rare in this community).\n"
        "Household is 11 people in a 3-bedroom at [[STREET:1180 N Thompson St Apt 12]], [[TOWN:Springdale]]. Husband [[REL:Jimmy Lakabung]] works second shift at [[FAC:Razorback Poultry]]. Her niece [[REL:Neiti Jorkan]] interprets and is the only one who drives.\n"
        "Medicaid is active again since the COFA fix ([[PLAN:81044729301]]). She goes to [[FAC:Jebro Marshallese Church]] on [[STREET:Emma Ave]] and the pastor's wife has offered to do DOT for the LTBI if we go with 3HP.\n"
        "Q: 3HP or 4R with her A1c where it is, and rifampin interactions with the glipizide she may or may not take? And who has a good Marshallese-language diabetes handout?"
    ),
    # 022 stroke alert, Haitian family in Miami: F/94, neighbourhood, intersection, Kreyòl quote, pastor and church, possessive
    (
        "Stroke alert, [[FAC:Jackson Memorial]] last night. Language question at the end.\n"
        "[[PT:Wisline Jean-Baptiste]] F/[[AGE:94]], LKW 2130, right hemiplegia, aphasia, NIHSS 19. CTA: L M1 cutoff. Lives with her daughter [[REL:Mirlande]] in [[PLACE:Little Haiti]], near [[STREET:NE 2nd Ave]] and [[STREET:54th St]].\n"
        "The daughter in Kreyòl, via the interpreter: 'Manman m te byen jodi a, li te manje diri ak pwa, epi li tonbe.' Then: 'Nou pa vle tib.' (We don't want tubes.)\n"
        "Pastor [[REL:Frantz Pierre-Louis]] from [[FAC:Église Baptiste Bethel]] arrived with 15 church members and asked for the doctor by name. Mrs. [[PT:Jean-Baptiste]] had told him she never wanted a machine.\n"
        "We gave TNK after a long talk, no thrombectomy per the family. She's now day 2 and following commands on the left.\n"
        "For anyone with a big Haitian population: is there a better path than the phone interpreter at 2 am for Kreyòl goals-of-care talks? [[REL:Mirlande]]'s English is good but she should not be translating her mother's prognosis."
    ),
    # 023 Polish widower in Chicago: age in words (ninety), Polish honorific Pan, neighbourhood nickname, street named after a city, Swedish Hospital, pharmacy and town abroad, priest, relative's suburb
    (
        "Geri/hospitalist question from the northwest side.\n"
        "Pan [[PT:Krzysztof Wiśniewski]], [[AGE:ninety]], widower, lives alone above the old deli in [[PLACE:Jackowo]] on [[STREET:N Milwaukee Ave]]. Brought to [[FAC:Swedish Hospital]] by his daughter [[REL:Halina]] after 2 days of confusion. UA positive (of course), Na 126.\n"
        "Meds in his bag: three boxes bought at [[FAC:Apteka Orzeł]] on his last visit to [[TOWN:Rzeszów]], including metamizole (Pyralgin) and something for 'nerves' that turns out to be hydroxyzine. [[REL:Halina]] says Father [[REL:Tadeusz]] at [[FAC:St. Hyacinth Basilica]] sees him more than she does.\n"
        "Pan [[PT:Krzysztof]] wants to go home. PT says he's a one-assist and his daughter works two jobs.\n"
        "Metamizole: anyone seen agranulocytosis in older Polish and Eastern European patients who bring it from abroad? His ANC is 1.1 and I can't tell if it's the drug or the sepsis."
    ),
    # 024 poll, Irish family in New England: "nonagenarian aged 97", St. Patrick's Day, POLST year, grandson Liam shares a first name with the replying colleague, aunt abroad
    (
        "POLL — goals of care, please vote before reading replies.\n"
        "Mrs. [[PT:Bridget Callahan]], a nonagenarian aged [[AGE:97]], long-term resident at [[FAC:St. Clare Home]] in [[TOWN:Newport]], baseline FAST 7a, has had 3 aspiration pneumonias since [[DATE:St. Patrick's Day]]. Now septic, BP 78/40 in our ED. Her POLST from [[YEAR:2019]] says full code, signed by her late husband as surrogate. Her grandson [[REL:Liam Callahan]] is the HCP agent and says 'Nana would want everything'.\n"
        "A) Full treatment incl. ICU, pressors, intubation\n"
        "B) ICU, pressors, no intubation\n"
        "C) Floor, antibiotics, DNR, time-limited trial\n"
        "D) Comfort-focused care\n"
        "\n"
        "Results (212 votes): A 4% · B 11% · C 58% · D 27%\n"
        "\n"
        "> @liamfarrell_im: Same first name as the grandson, different outlook. C, but I'd bring up D with [[REL:Liam]] before the sun comes up. A [[YEAR:2019]] POLST signed by a surrogate who has since died is not her voice.\n"
        "> Reply from Grace Osei (geriatrics): C. Ask him what Nana said about her own mother's death. In my experience that question does more than any statistic.\n"
        "Update from OP: went with C, and [[REL:Liam]] agreed to DNR after talking to his aunt [[REL:Siobhan]] in [[TOWN:Galway]]. She died peacefully 2 days later."
    ),
    # 025 trauma in Louisiana: Mardi Gras as a date, town, parish, hospital in a town named Cut Off, licence plate, highway, offshore employer
    (
        "Trauma in the bayou parishes, curious how others triage this.\n"
        "[[PT:Beau Thibodeaux]], 38M, fell ~8 ft off a parade float on [[DATE:Mardi Gras]] day in [[TOWN:Galliano]], [[COUNTY:Lafourche Parish]]. BAC 0.19. Walked to the ambulance, GCS 15, c/o neck pain and numb hands. Taken to [[FAC:Lady of the Sea General Hospital]] in [[TOWN:Cut Off]] where CT showed no fracture and the exam looked like central cord.\n"
        "Transfer to [[FAC:UMC New Orleans]] took 7 hours because every bed in the region was full of parade injuries. His wife [[REL:Danielle]] drove his truck (LA plate [[PLATE:XKB 418]]) behind the ambulance the whole way up [[STREET:LA-1]].\n"
        "He works offshore for [[FAC:Bayou Lafourche Marine]] and is panicking about his TWIC card and fit-for-duty. She wants him seen by someone 'who knows offshore physicals'.\n"
        "Q: central cord without instability — early surgery per the newer data, or conservative? And does anyone here do offshore fit-for-duty exams who could advise [[PT:Beau]]?"
    ),
    # 026 Dragon dictation from rural Nebraska: age in words, surname that is an ordinary word (tagged when it is her name, not when it is 'her story'), lower-cased name, county, facility named after a person, Christmas as a date
    (
        "(dictated in the truck between the clinic and the nursing home, Dragon did its best)\n"
        "patient is a [[AGE:ninety two]] year old female comma Mrs. [[PT:Arlene Story]] comma who lives alone on the home place eleven miles north of [[TOWN:Broken Bow]] in [[COUNTY:Custer County]] period new paragraph she was brought in by her son [[REL:Merle]] on [[DATE:November twelfth]] after he found her in the barn unable to get up comma history is limited because she says she quote just sat down unquote period\n"
        "her story is pretty typical for out here colon no falls reported to anyone comma drives herself to church comma still splits kindling period CK 4100 comma creatinine 2.1 comma rhabdo period\n"
        "new paragraph admitted to our critical access swing bed at [[FAC:Jennie M Melham Memorial]] comma her son and his wife [[REL:Connie]] want her home by [[DATE:Christmas]] period Mrs. [[PT:story]] says quote I am not going to any home in [[TOWN:Kearney]] unquote period\n"
        "end dictation\n"
        "\n"
        "Real question once I'm out of the truck: are anyone else's Medicare swing-bed reviewers pushing back on 'lives alone 11 miles from town' as a reason for a SNF-level stay?"
    ),
    # 027 ALL-CAPS post from a retired ENT doing locums: facility acronym, 91, town, year of surgery, 'UK' as a hospital, wife's phone
    (
        "RETIRED ENT, STILL DOING LOCUMS AT [[FAC:HAZARD ARH]] 2 WEEKS A MONTH. NEED HELP FROM THE YOUNG FOLKS.\n"
        "PT IS [[PT:HAROLD CASH]], [[AGE:91]], FROM [[TOWN:VICCO]], TOTAL LARYNGECTOMY [[YEAR:2011]] AT [[FAC:UK]] FOR A T4 GLOTTIC CA. PROVOX VEGA LEAKS THROUGH THE PROSTHESIS EVERY 5-6 WEEKS. CANDIDA ALL OVER IT. HIS WIFE [[REL:DELPHINE]] CLEANS IT FAITHFULLY BUT SHE IS 88 AND HER EYES ARE BAD.\n"
        "MR. [[PT:CASH]] DRIVES 2 HOURS TO [[TOWN:LEXINGTON]] FOR EVERY CHANGE. HIS WIFE SAYS CALL HER AT [[PHONE:606-555-0184]] IF ANYBODY KNOWS AN SLP CLOSER.\n"
        "WHAT ARE YOU DOING FOR RECURRENT FUNGAL COLONIZATION? NYSTATIN SWISH? FLUCONAZOLE WEEKLY? I SEE BLOM-SINGER STILL MAKES AN INDWELLING ONE. IN MY DAY WE JUST CHANGED THEM. THANK YOU ALL."
    ),
    # 028 poison-center consult log: case number, caller with two surnames, callback number, toddler, street address, city, ZIP, neighbourhood, grandmother (Doña outside), ED physician, specialist label; public poison line untagged
    (
        "Poison center consult log, pasted for the peds EM teaching thread.\n"
        "Case # [[ID:AZ24-118803]]   Rec'd 19:42\n"
        "Caller: mother, [[REL:Yesenia Carrillo Paz]], callback [[PHONE:(602) 555-0190]]\n"
        "Pt: [[PT:Mateo Carrillo]], 22 mo, ~12 kg, M\n"
        "Location: home, [[STREET:5021 W Encanto Blvd]], [[TOWN:Phoenix]] [[ZIP:85035]] ([[PLACE:Maryvale]])\n"
        "Substance: grandmother's clonidine 0.1 mg, blister pack found chewed, up to 4 tabs missing. Grandma (Doña [[REL:Lupita]]) also on amlodipine, none missing.\n"
        "Sx: sleepy, arousable, HR 78, pupils small per mom.\n"
        "Rec: to ED now by private vehicle; nothing by mouth. Referred to [[FAC:Phoenix Children's]]. ED notified, spoke with Dr. [[HCP:Okonjo]].\n"
        "F/u 21:10: not intubated. Naloxone 0.1 mg/kg x1 with partial response, admitted PICU for bradycardia to 52 and apnea spells.\n"
        "SPI: [[HCP:R. Haskie]], CSPI\n"
        "\n"
        "Teaching point: 0.4 mg of clonidine is enough for a toddler. Counsel every grandparent. The poison center line is 1-800-222-1222, free, 24/7."
    ),
    # 029 bilingual discharge instructions, New Orleans East: Vietnamese name with diacritics, MRN, dates, clinic on a street named after a person, ZIP, son's phone, neighbourhood, restaurant, Tết
    (
        "Pasted our bilingual discharge instructions because the Vietnamese version came back from the vendor wrong, and I want a native speaker to check.\n"
        "DISCHARGE INSTRUCTIONS / HƯỚNG DẪN XUẤT VIỆN\n"
        "Patient / Bệnh nhân: [[PT:Nguyễn Văn Phúc]]   MRN [[MRN:12-448-0917]]\n"
        "Date / Ngày: [[DATE:01/26/2025]]\n"
        "Diagnosis: CHF exacerbation / Suy tim\n"
        "Weigh yourself every morning. Call if you gain 3 lb in a day.\n"
        "Follow-up: [[FAC:NOELA Community Health Center]], [[STREET:4626 Alcee Fortier Blvd]], [[TOWN:New Orleans]] [[ZIP:70129]], Thứ Hai [[DATE:2/3]] at 9:00.\n"
        "Contact: son [[REL:Tony Nguyen]] [[PHONE:(504) 555-0172]]\n"
        "\n"
        "Ông [[PT:Phúc]] is 84, lives in [[PLACE:Village de l'Est]] and eats at his daughter's restaurant, [[FAC:Phở Bằng Hữu]], every day. The salt is the problem. His family says he will do better after [[DATE:Tết]].\n"
        "The vendor translated 'gain 3 lb' as 'eat 3 lb'. Anyone have a reliable translated CHF sheet?"
    ),
    # 030 prior-authorisation letter: patient named Deacon, DOB, member ID, PA reference, partial dates, school, signing dermatologist (not the poster), clinic address with suite, NPI, phone and fax
    (
        "Third denial on this. Posting the letter I drafted for my attending's signature (she isn't on here). What am I missing?\n"
        "\n"
        "RE: [[PT:Deacon Ray Pugh]]   DOB: [[DATE:05/19/2017]]   Member ID: [[PLAN:ZGP718840391]]\n"
        "Reference #: [[ID:PA-2024-0558821]]\n"
        "Dear Medical Director,\n"
        "I am writing to request coverage of dupilumab for my patient, [[PT:Deacon]], a 7-year-old with severe atopic dermatitis (EASI 31, vIGA 4, BSA 45%). He has failed triamcinolone 0.1% since [[DATE:March 2022]], tacrolimus 0.03% since [[DATE:9/2022]], crisaborole, and bleach baths. He missed 19 days of school at [[FAC:Hixson Elementary]] this year because of infected eczema and sleep loss.\n"
        "Cyclosporine and methotrexate are not FDA-approved for children his age and carry greater risk.\n"
        "Sincerely,\n"
        "[[HCP:Lauren Whitsett]], MD, FAAD\n"
        "[[FAC:Erlanger Pediatric Dermatology]]\n"
        "[[STREET:910 Blackford St, Suite 300]], [[TOWN:Chattanooga]], TN [[ZIP:37403]]\n"
        "NPI [[ID:1528064417]]   Tel [[PHONE:(423) 555-0110]]   Fax [[FAX:(423) 555-0112]]\n"
        "\n"
        "Denial reason: 'step therapy with 2 systemic agents not documented'. For a 7yo?? Is anyone winning these on peer-to-peer?"
    ),
    # 031 long I-PASS sign-out from an Atlanta safety-net hospital: four patients surname-first, MRNs, 90F and 101F, month alone, daughter's phone, neighbourhood, cards fellow and pager, neighbour, nursing home
    (
        "I-PASS from last night's [[FAC:Grady]] Med 4 sign-out (pasted; #3 is my question, #4 is just a nice story).\n"
        "General: census 18, two admits holding in the ED (CHF and a cellulitis, both seen, orders in), cross-cover for Med 5 after 2300. Pharmacy is short tonight, so call the satellite for anything STAT.\n"
        "\n"
        "1. [[PT:WHITFIELD, LULA MAE]]  14B  MRN [[MRN:3390128]]  [[AGE:90]]F\n"
        "I: watcher. P: type 2 NSTEMI in the setting of urosepsis, trop peaked 410, on ceftriaxone day 2, E. coli pan-sensitive, narrow to cephalexin in the morning if afebrile. Mild sundowning, melatonin, no restraints. DNR/DNI confirmed with patient and HCPOA. A: if chest pain, EKG + trop, no heparin (GI bleed in [[DATE:Dec]]). If febrile again, blood cx x2 and broaden to cefepime. S: daughter [[REL:Bernadette]] (HCPOA) stays till 10 pm, wants a call for any change, [[PHONE:404-555-0126]]. Sx: none pending.\n"
        "\n"
        "2. [[PT:BAKER, TYRONE]]  16A  MRN [[MRN:4471806]]  57M\n"
        "I: stable. P: DKA, gap closed at 1800, transitioned to glargine 22 + lispro scale, overlapped 2 h. A: BMP at 0200, if K <3.5 replete per protocol; if glucose >300 overnight, don't restart the drip, call me. A1c 12.9, new to basal-bolus, diabetes education ordered. S: girlfriend [[REL:Keisha]] bringing his insulin pen and meter from home in [[PLACE:Vine City]]; he ran out because the pharmacy wanted a PA. Sx: CM consult for meds-to-beds.\n"
        "\n"
        "3. [[PT:JEFFERSON, CORNELIUS]]  22  MRN [[MRN:2210457]]  68M\n"
        "I: unstable. P: new AF with RVR 150s on a dilt gtt at 10, EF 25% on echo from this admission, BP soft 92/60, lactate 2.1. A: if SBP <85, stop dilt, amio 150 bolus then gtt, call cards fellow Dr. [[HCP:Amadi]] ([[PAGER:404-555-0199]]). Do NOT cardiovert without a TEE, not anticoagulated > 48 h. S: lives alone, neighbor Mr. [[REL:Odell Price]] is his ride and has his spare key. Sx: TSH pending, TTE done, CHA2DS2-VASc 3 so we'll need the anticoagulation talk in the morning.\n"
        "\n"
        "4. [[PT:HAMMOND, ESSIE]]  9C  MRN [[MRN:1187734]]  [[AGE:101]]F\n"
        "I: stable. P: L hip fx s/p hemiarthroplasty POD 2, pain controlled on scheduled APAP + low-dose oxycodone, no delirium (she's sharper than me). A: nothing expected. S: from [[FAC:Wesley Woods]], great-grandson [[REL:DeAndre]] visits at 7 am with grits. She told me she has outlived three doctors and plans to outlive me.\n"
        "\n"
        "Q: Mr. [[PT:Jefferson]] is the one. Dilt with an EF of 25% — I know, I know. Night float started it before I got there, and to be fair the rate came down from 170 and the pressure held for the first hour. Would you have gone straight to amio, or digoxin, or both? And at what BP do you stop? Our cards fellows are split, and the AHA/ACC/HRS 2023 AF guideline says avoid nondihydropyridine CCBs in HFrEF."
    ),
    # 032 L&D residents' group text pasted: first-name clinician speaker labels, patient Summer (a word), town, month, mother, attending, second patient, facility acronym
    (
        "Our L&D residents' group text from Saturday night, pasted for the OB crowd. Not proud of the typos.\n"
        "[1:58 AM] [[HCP:Kayla]] (R2): triage has [[PT:Summer Pruitt]] 23 G2P1 @ 34+2 from [[TOWN:Pontotoc]], BP 168/112 and 171/109, HA, plts 88\n"
        "[2:00 AM] [[HCP:Marcus]] (R4): severe features. mag, labetalol 20, labs, betamethasone. who's her ob\n"
        "[2:01 AM] [[HCP:Kayla]] (R2): no one, last PNC in [[DATE:July]] at the health dept. her mom [[REL:Tammy]] says she 'quit going after the insurance messed up'\n"
        "[2:05 AM] [[HCP:Marcus]] (R4): call Dr [[HCP:Ellison]], we're delivering. is [[PT:Summer]] on board\n"
        "[2:09 AM] [[HCP:Kayla]] (R2): yes. also room 6 [[PT:Tiffani Rae Goodnight]] just ruptured, mec. tired of this shift lol\n"
        "[3:12 AM] [[HCP:Marcus]] (R4): baby boy 2010 g apgars 6/8 to NICU, mom ok\n"
        "\n"
        "All at [[FAC:NMMC]] in [[TOWN:Tupelo]]. Question: how many of you still do a full 24 h of mag postpartum when she's totally asymptomatic at 12 h?"
    ),
    # 033 curbside DM to a paediatric ophthalmologist (colleague by handle): child named Royal, daycare, street, town, director, mother, possessive-free mentions
    (
        "DM to @ngozi_eyes, 4:12 PM:\n"
        "hey!! sorry to bug you on a Friday. 3yo [[PT:Royal Jenkins]] got floor stripper splashed in his R eye at [[FAC:Little Lambs Learning Center]] on [[STREET:Robinson Rd]] in [[TOWN:Jackson]] about 40 min ago. daycare director ([[REL:Pam Odom]]) rinsed with a cup of water once and called mom. pH strip 11 on arrival. we have a Morgan lens but he's fighting like a wildcat\n"
        "\n"
        "@ngozi_eyes, 4:14 PM:\n"
        "irrigate until pH 7-7.5, recheck 20-30 min after stopping. sedate if you need to, intranasal dex or ketamine, this is an emergency. send me a pic of the limbus when you can.\n"
        "\n"
        "me, 5:30 PM:\n"
        "pH 7.4 after 4 L. mom [[REL:Shanice]] held him. limbal blanching maybe 2 clock hours? sending photo. Roper-Hall II?\n"
        "\n"
        "@ngozi_eyes, 5:41 PM:\n"
        "agree, Roper-Hall II / Dua II. pred forte, erythromycin, no doxy at 3, vitamin C and close f/u. bring [[PT:Royal]] to clinic tomorrow 8 am, I'll see him before my OR.\n"
        "\n"
        "(posted with both our OK — the point: daycares need eyewash, and PLEASE don't wait for ophtho to start irrigating)"
    ),
    # 034 Figure 1 caption: nursing home, tattoo with a name and a date, patient initials
    ("Figure 1 caption: Crusted (Norwegian) scabies, dorsal hands and forearms, 67M nursing home resident ([[FAC:Ozark Hills Nursing & Rehab]]), treated with ivermectin 200 mcg/kg on days 1, 2, 8, 9, 15 plus permethrin. Left forearm tattoo reads '[[REL:DESTINY]] [[DATE:3-14-09]]' — we cropped it out of the second image but not the first, sorry mods. Pt initials [[PT:R.W.]]. 14 staff with secondary cases. #dermatology #scabies #ltc"),
    # 035 correctional telehealth, Texas prison: two-surname name, inmate number, prison unit named like a person, UTMB, parole month/year, sister and towns on both sides of the border
    (
        "Correctional telehealth, hep C. Posting because the rules changed and I can't keep up.\n"
        "[[PT:Gilberto Saenz Villarreal]], 49, TDCJ #[[ID:02419937]], at the [[FAC:Crockett Unit]]. HCV 1a, VL 2.3 million, FIB-4 3.6, elastography F3. [[FAC:UTMB]] Correctional Managed Care signed off on sof/vel x12 weeks, but his parole date is [[DATE:June 2025]] and he'll leave mid-course.\n"
        "His sister [[REL:Norma Saenz]] in [[TOWN:Eagle Pass]] says she'll get him to the clinic there. Texas Medicaid? Probably not, adult men without kids don't qualify.\n"
        "Do we start, knowing he'll walk out with 4 weeks of pills if we're lucky? Or hold until he's out? I lean start. [[PT:Gilberto]] asked me to 'just fix it before I go home to my mom in [[TOWN:Piedras Negras]]'."
    ),
    # 036 black lung benefits paperwork: miner, town, county, mine, year last worked, B reader, lawyer, SSN, claim number; ILO 2/1 untagged
    (
        "Paperwork question for anyone doing federal black lung exams.\n"
        "Miner [[PT:Cletus Ray Fugate]], 61, [[TOWN:Hindman]], [[COUNTY:Knott County]] KY. Last worked underground at [[FAC:Twin Branch No. 4]] in [[YEAR:2016]], 34 years total, mostly running a continuous miner. Dyspnea on one flight.\n"
        "CXR: Dr. [[HCP:Sam Honaker]] (B reader) calls it ILO 2/1 q/r with an A opacity. PFTs: FEV1 48%, DLCO 41%. Resting pO2 64.\n"
        "The problem: the DOL forms his lawyer [[REL:Jim Caudill]] sent have his full SSN ([[SSN:403-88-0147]]) on every page and the claim # [[ID:BLBA-2024-0193]] on top. The clinic wants to scan them into the chart. Should we? And if I dictate 'complicated CWP', do I need a CT to back the A opacity first?\n"
        "[[PT:Cletus]] says his brother died on oxygen at 58 and he 'aims to beat that'."
    ),
    # 037 Teams thread hospitalist-pharmacy, Yakima Valley: surname-first labels, two-surname patient, foreman, orchard employer, town, hospital; Washington state untagged
    (
        "Teams thread, hospitalist ↔ pharmacy, pasted for the heat-illness discussion.\n"
        "[[HCP:Gonzalez, Rosa]] (PharmD) 14:05: re [[PT:Eusebio Cruz López]] bed 12: CK 48,000 this morning, Cr 2.4 from 0.9. He's on the lisinopril the clinic started?\n"
        "[[HCP:Lindahl, Per]] (Hospitalist) 14:07: yes, held. LR 300/h, goal UOP 200. Speaks Mixtec, not Spanish, the phone interpreter took 40 min to find. also he took 'pastillas' from the foreman\n"
        "[[HCP:Lindahl, Per]] (Hospitalist) 14:12: foreman is [[REL:Chuy Mendoza]], he drove him in from [[FAC:Sunrise Orchards]] in [[TOWN:Wapato]]. 10 h picking cherries at 104 F. Lives in the orchard housing with 8 others\n"
        "\n"
        "Posted from [[FAC:Astria Toppenish Hospital]]. Q: who has a Mixtec (Mixteco Bajo) interpreter that actually answers at 2 pm in harvest season?"
    ),
    # 038 CL psychiatry, Duluth, firearms: retired foreman's employer, "Sunday the 7th", month alone, neighbourhood named Lincoln Park, town, lake, ex-wife and son
    (
        "CL psych, firearms question.\n"
        "[[PT:Gordon Lindqvist]], 71M, retired foreman at the [[FAC:Northshore Ore Dock]] (38 years), admitted after an intentional overdose of his late wife's oxycodone on Sunday the [[DATE:7th]]. She died in [[DATE:October]]. Lives alone in [[PLACE:Lincoln Park]], [[TOWN:Duluth]].\n"
        "Collateral from his ex-wife [[REL:Marlys]] (they stayed close): there are 'at least 6 long guns' at the cabin on [[PLACE:Island Lake]] and a handgun in his truck. Son [[REL:Erik Lindqvist]] has the cabin key and is willing to take the guns, but [[PT:Gordon]] says no one is touching his father's deer rifle.\n"
        "Minnesota has had an ERPO law since 2024. Has anyone here filed one from the hospital, or do you always go through family/law enforcement? His son is willing to be the petitioner but wants to hear it from us first."
    ),
    # 039 Detroit EMS run sheet: incident number, date, intersection, neighbourhood, plate, VIN, patient with Jr., sister, receiving hospital acronym and name, crew labels (one surname is a state)
    (
        "Run sheet from a crash I want to debrief (EM/EMS thread).\n"
        "MEDIC 23   Incident #[[ID:DFD-24-418822]]   [[DATE:08/03/24]]   Disp 22:51\n"
        "Location: [[STREET:W Vernor Hwy]] @ [[STREET:Clark St]], [[PLACE:Mexicantown]]\n"
        "Vehicle: 2018 Chevy Cruze, MI plate [[PLATE:DKR 4471]], VIN [[VIN:1G1BE5SM8J7214477]], T-boned driver side, ~40 mph, intrusion 12 in.\n"
        "Pt 1: driver, [[PT:Rafael Ochoa Jr.]], 24M, GCS 14, L chest wall crepitus, SpO2 88, decreased BS L.\n"
        "Pt 2: front passenger, his sister [[REL:Marisol Ochoa]], 19F, ambulatory, seat belt sign.\n"
        "Intervention: needle decompression L 4th ICS AAL, SpO2 up to 95%.\n"
        "Dest: [[FAC:DRH]] ([[FAC:Detroit Receiving]]), trauma red.\n"
        "Crew: [[HCP:K. Washington]], Medic   [[HCP:B. Sobczak]], EMT\n"
        "\n"
        "Debrief q: 4th ICS AAL vs 2nd ICS MCL — is anyone still teaching 2nd ICS? [[PT:Rafael]] had a 6 cm chest wall."
    ),
    # 040 newborn nursery, NAS and CPS in eastern Kentucky: Baby boy label outside, chosen name, birth date, hospital, mother, town, caseworker (REL), grandmother, county
    (
        "Newborn nursery, NAS and CPS.\n"
        "Baby boy [[PT:Sizemore]] (named [[PT:Brantley Ryder]] yesterday), born [[DATE:2/8]] at [[FAC:Whitesburg ARH]], 38 wk. Mom [[REL:Kaylee Dawn Sizemore]] is on Subutex 16 mg from a clinic in [[TOWN:Hazard]], UDS otherwise clean. Eat, Sleep, Console going well, no morphine needed.\n"
        "The DCBS worker (Ms. [[REL:Hensley]]) wants a 'safety plan' before discharge and suggested baby go home with grandma [[REL:Donna]] in [[COUNTY:Letcher County]] instead of with mom, purely because mom is on MOUD.\n"
        "I've told her prescribed buprenorphine is treatment, not 'substance exposure', and that a CAPTA notification is not the same as a report. Mom is doing everything right: rooming in, breastfeeding, at every appointment.\n"
        "How have others handled a caseworker who doesn't separate MOUD from illicit use? Any KY-specific language I can put in the chart?"
    ),
    # 041 student health, meningococcal contact tracing in Atlanta: university and acronym, dorm, hospital, "Saturday 10/5", roommate, girlfriend and her school, street named after a person, TikTok handle
    (
        "Student health, meningococcal contact tracing. Long, sorry.\n"
        "Index case: [[PT:Jalen Mercer]], 20M, junior at [[FAC:Clark Atlanta University]] ([[FAC:CAU]]), lives in [[FAC:Merner Hall]]. Presented to [[FAC:Grady]] Saturday [[DATE:10/5]] with petechiae and shock; N. meningitidis serogroup B on culture. Intubated, alive.\n"
        "Close contacts so far: roommate [[REL:Trey Holloway]]; girlfriend [[REL:Aaliyah Brooks]] (at [[FAC:Georgia State]]); 14 people at a party at a house on [[STREET:Joseph E. Lowery Blvd]] the night before. We found half of them through [[PT:Jalen]]'s TikTok ([[HANDLE:@jaymercer.wav]]), where he posted the party.\n"
        "Cipro for contacts. DPH is involved. Our MenB coverage is about 30% because we only recommend it by shared decision.\n"
        "Q: after a case, are you offering MenB to the whole dorm, or only the floor? And anyone else using social media to find contacts — comfortable with that?"
    ),
    # 042 poll, frontier Montana: town named Jordan, county named Garfield, patient Wade shares a first name with the replying colleague, family ranch, father, tertiary centre, "the Fourth"
    (
        "POLL, rural FM. I'm the only doc in [[TOWN:Jordan]], MT ([[COUNTY:Garfield County]]), 180 mi from [[FAC:Billings Clinic]].\n"
        "[[PT:Wade Fields]], 16M, kicked in the LUQ by a colt at the branding on his family's place ([[FAC:Fields Ranch]], north of town) this afternoon. HR 104, BP 118/70, LUQ tender, FAST: trace fluid in Morison's pouch? My eyes aren't great with this probe. Hgb 13.2.\n"
        "Dad [[REL:Dusty Fields]] wants to 'watch him overnight at home'. Weather is fine for a fixed wing.\n"
        "A) Fly now\n"
        "B) Admit to our 2 swing beds, serial Hgb, fly if it drops\n"
        "C) Discharge with strict return precautions\n"
        "\n"
        "Results (96 votes): A 81% · B 17% · C 2%\n"
        "\n"
        "> @wadeolsen_fm: A. Any free fluid after blunt trauma at 180 miles out = fly. (Good name for a ranch kid, too.)\n"
        "> Reply from OP: Flew him. Grade III splenic lac, managed nonop there. [[PT:Wade]] is home and mad he'll miss the rodeo on the [[DATE:Fourth]]."
    ),
    # 043 hospice texts from a daughter pasted: dates, daughter, hospice RN first name then full, Thanksgiving, funeral home, 99 in words, Miss title outside, community and county, month alone
    (
        "Palliative/hospice folks: the daughter texted me this morning and said to share it if it helps anyone. Pasted with her OK.\n"
        "[[DATE:11/23]] 4:18 AM [[REL:Darlene]]: Dr. I wanted you to know Mama passed at 4:10. It was peaceful. [[HCP:Wanda]] was here.\n"
        "4:19 AM [[REL:Darlene]]: She made it to [[DATE:Thanksgiving]] like she said she would. Ate two bites of dressing and told us all to hush.\n"
        "4:25 AM [[REL:Darlene]]: [[FAC:Ogle & Sons]] is coming at 7. Thank you for everything. She loved you.\n"
        "\n"
        "[[PT:Ruby Faye Honeycutt]], [[AGE:ninety-nine]], metastatic breast ca, declined treatment at diagnosis, 14 months on home hospice up in [[PLACE:Wears Valley]] ([[COUNTY:Sevier County]]). Miss [[PT:Ruby]] ran the post office there for 41 years.\n"
        "Our hospice RN [[HCP:Wanda Ownby]] deserves the credit. I just want to say: the 'she won't make it to the holidays' prognosis we gave in [[DATE:September]] was wrong, and I'm glad."
    ),
    # 044 urology/geriatrics, Dominican elder in Inwood: Don + two surnames, 90 años and "at 90", bodega and street, neighbourhood, Medicare MBI, granddaughter, son's city abroad, hospital short form
    (
        "Uro/geri: retention in a very old man who refuses a Foley.\n"
        "Don [[PT:Ramón Antonio Peña Almonte]], [[AGE:90]] años (his words, the first thing he tells everyone), ran [[FAC:Colmado Peña]] on [[STREET:Dyckman St]] for 50 years and lives upstairs in [[PLACE:Inwood]]. PVR 1,100 mL, Cr 1.9. He says 'sonda no'. Medicare MBI [[PLAN:5TW2-HN8-RK41]].\n"
        "Granddaughter [[REL:Yahaira]] (a nursing student) is with him at [[FAC:NYP-Allen]] and is on our side. His son [[REL:Ramoncito]] is in [[TOWN:Santiago de los Caballeros]] on WhatsApp and is not.\n"
        "He'd accept CIC by his granddaughter, 'pero solo ella'. She's in school during the day.\n"
        "Options I'm weighing: tamsulosin + trial of void, suprapubic, Urolift (candidate at [[AGE:90]] with a 70 g gland and a median lobe? no). What do people do when the answer is no to every catheter?"
    ),
    # 045 paediatric ENT/audiology, cochlear implant: patient and quoted nickname, implant centre acronym, processor serial, school for the deaf, town named Council Bluffs, teacher, mother, audiologist, Medicaid MCO number
    (
        "Peds ENT / audiology: a processor problem, not a surgical one.\n"
        "[[PT:Ezekiel Baker]] ('[[PT:Zeke]]'), 6, bilateral CI for connexin 26, implanted at [[FAC:UIHC]]. Left processor (serial [[DEVICE:4418720-C]]) keeps dropping the link in class. Right is fine. Integrity testing on the internal device is normal.\n"
        "He's in first grade at the [[FAC:Iowa School for the Deaf]] in [[TOWN:Council Bluffs]]. His teacher Ms. [[REL:Ruiz]] noticed he stops responding after recess. Mom [[REL:Amber Baker]] thinks it's sweat. Audiologist [[HCP:Kristy Ahlers]], AuD, swapped the coil cable twice.\n"
        "Mom is asking about the waterproof sleeve and whether Iowa Medicaid (MCO member [[PLAN:IAM-0041829377]]) will cover a replacement processor under the 5-year rule.\n"
        "Any tips for sweat-related dropouts? [[PT:Zeke]] plays soccer at recess like a maniac."
    ),
    # 046 anaesthesia preop, Jehovah's Witness patient in north Louisiana: "the 19th", hospital, Brother title outside, Kingdom Hall and town, husband, surgeon
    (
        "Anesthesia preop, bloodless surgery question.\n"
        "[[PT:Latrice Goodwin]], 44, fibroids, Hb 8.1 despite 2 doses of IV iron, scheduled for TAH on the [[DATE:19th]] at [[FAC:Ochsner LSU Health Shreveport]]. Jehovah's Witness, carries her advance directive card. Accepts cell salvage if it's a continuous circuit, declines albumin, fine with TXA.\n"
        "The Hospital Liaison Committee elder, Brother [[REL:Raymond Tate]] from the [[FAC:Ruston North Kingdom Hall]] in [[TOWN:Ruston]], has been super helpful. Her husband [[REL:Curtis Goodwin]] is not a Witness and privately asked me if 'we'd give it anyway if she was dying'. No.\n"
        "Surgeon is Dr. [[HCP:Pham]]; they're open to leuprolide for 3 months first to get her Hb up, but she wants it done before her daughter's wedding.\n"
        "Who uses EPO preop in Witness patients outside of a trial? Dose?"
    ),
    # 047 patient-portal stalking: protective-order case number, IP address, ex-partner with possessive, neighbourhood, clinic, sister's email; colleague reply by handle and thanked by first name
    (
        "Informatics / safety question, posted with my patient's permission.\n"
        "My patient [[PT:Marisela Archuleta]], 33, left a violent relationship in [[DATE:May]] and has a protective order (case [[ID:D-202-DV-2024-01183]]). Our IT audit shows her MyChart was accessed 9 times last month from IP [[IP:198.51.100.42]], which resolves to the same Comcast block as her ex, [[REL:Anthony Baca]]'s house in the [[PLACE:South Valley]]. He still knows her old password, I assume. He could see her new address and her appointments at [[FAC:First Choice Community Healthcare]].\n"
        "She changed the password, and we added a confidential flag. Her sister [[REL:Yvette]] helps her with the portal from [[EMAIL:yvette.archuleta77@yahoo.com]], which is also linked as proxy.\n"
        "\n"
        "> @shaddad_informatics: Also ask your Epic team to revoke all active sessions and remove proxies she didn't set up, check the MyChart activity log for device IDs, and turn off address display in the portal. Give the PO number to your legal team. You did the right thing by not contacting the ex.\n"
        "\n"
        "Thank you Samir. Anyone else had a portal used for stalking?"
    ),
    # 048 Portland hospitalist: nickname 'Cowboy' before and after the real name, street, neighbourhood, day centre, detox, month alone, sister and her town, VA, social worker
    (
        "PNW hospitalists: anyone else know '[[PT:Cowboy]]'?\n"
        "Regular of ours, real name [[PT:Delbert Ames]], 61, Vietnam-era vet, camps along [[STREET:NW Naito Pkwy]] near [[PLACE:Old Town]]. Eats at [[FAC:Blanchet House]], detoxes at [[FAC:Hooper Detox]] a few times a year. This is his 6th admission since [[DATE:January]]: alcohol withdrawal, cellulitis, now a GI bleed with Hb 5.9.\n"
        "[[PT:Cowboy]] has a sister, [[REL:Lorraine Ames]], in [[TOWN:Klamath Falls]] who calls every time he's in. He's eligible at the [[FAC:Portland VA]] but won't go because 'they took my truck' (no idea).\n"
        "He asked to leave AMA at 2 am for a cigarette, and honestly I'd rather give him a nicotine patch and a wheelchair ride outside than lose him again.\n"
        "What is everyone doing for unhoused vets who refuse the VA? Our social worker [[HCP:Bree]] has tried everything."
    ),
    # 049 river medicine in the Grand Canyon: Filipino patient and nickname, outfitter, put-in and ranch landmarks, date with ordinal, trip leader, wife and her town, hospital
    (
        "River med, [[PLACE:Grand Canyon]]. Hyponatremia again.\n"
        "[[PT:Rodelio Magbanua]] ('[[PT:Jun]]'), 58M, day 9 of a 14-day commercial trip with [[FAC:Canyon Ravens Expeditions]] that put in at [[PLACE:Lees Ferry]] on [[DATE:June 14th]]. Trip leader [[REL:Skye Halvorsen]] called on the sat phone: confused, vomited twice, drank 'like 8 liters' yesterday because everyone kept telling him to hydrate. HCTZ at home.\n"
        "We had him eat salty snacks and restrict fluids, and NPS flew him from [[PLACE:Phantom Ranch]] to [[FAC:Flagstaff Medical Center]]. Na 118. His wife [[REL:Marites]] flew in from [[TOWN:Daly City]].\n"
        "[[PT:Jun]] is fine. But every season we see EAH from 'drink, drink, drink' messaging. What are your guides teaching now? The WMS guideline says drink to thirst, but try convincing a guide who's seen heat stroke."
    ),
    # 050 NICU transport from Molokaʻi: baby and parents with Hawaiian names, birth date, hospitals, town, transport flight number, grandmother, father's town
    (
        "NICU transport, neighbor-island edition.\n"
        "Baby [[PT:Kainoa Akana]], born [[DATE:12/2]] at 33+5 at [[FAC:Molokai General Hospital]] after precipitous labor. Mom [[REL:Malia Akana]], 19, from [[TOWN:Kaunakakai]], no PNC. RDS, on bubble CPAP improvised from what they had until our team arrived. Fixed wing to [[FAC:Kapiʻolani Medical Center]] took 3 h because of weather, flight [[ID:HIMT-24-1207]].\n"
        "Grandma [[REL:Pua]] flew over the next day; mom couldn't fly for 24 h. Dad [[REL:Keola Kamakana]] is on a fishing boat out of [[TOWN:Honolulu]] and we can't reach him.\n"
        "Q for folks who do neighbor-island or bush transport: what's your threshold to send the team vs. have the referring hospital intubate and give surfactant before you get there? Our outer-island docs are great but may do one neonatal intubation a year."
    ),
    # 051 telederm from south Georgia: patient named Precious, salon she owns, town, hospital, Instagram handle, mother
    (
        "Telederm from south Georgia: CCCA vs traction, and a social media wrinkle.\n"
        "[[PT:Precious Hightower]], 31F, braider who owns [[FAC:Crown & Glory Braiding Studio]] in [[TOWN:Cordele]]. Central vertex thinning for 3 years; biopsy at [[FAC:Crisp Regional]] shows premature desquamation of the IRS and perifollicular fibrosis. CCCA. I've started doxy and clobetasol solution.\n"
        "She runs a big Instagram ([[HANDLE:@preciousglow_beauty]]) and wants to post her 'hair journey' including my clinic photos and the biopsy report. I said she can post whatever she wants about herself, but asked her to crop my name and the path accession.\n"
        "Her mother [[REL:Earline Hightower]] has the same pattern and was told for 20 years it was 'just from relaxers'.\n"
        "Q: oral minoxidil 1.25 mg — anyone seeing good results in CCCA? And has anyone dealt with a patient tagging the practice in posts?"
    ),
    # 052 addiction medicine, southern Ohio: street address, town, ZIP, county, Medicaid, "last April", pharmacy and street, date, partner physician with DEA and state licence numbers, boyfriend, probation officer
    (
        "Addiction med, Ohio, PDMP weirdness.\n"
        "[[PT:Dakota Lynn Sparks]], 27F, on Sublocade 100 mg monthly since last [[DATE:April]], doing great. Lives at [[STREET:1512 Offnere St]], [[TOWN:Portsmouth]] [[ZIP:45662]], [[COUNTY:Scioto County]]. Medicaid [[PLAN:105298847311]].\n"
        "OARRS now shows 'buprenorphine 8 mg SL #60' filled at the [[FAC:Kroger]] on [[STREET:Gallia St]] on [[DATE:3/2]] under my partner Dr. [[HCP:Neil Hollis]]'s name, DEA [[LIC:BH4802216]]. He did not write it. [[PT:Dakota]] swears she didn't fill it either, and her boyfriend [[REL:Colt]] is the one who picks up her mail.\n"
        "Her probation officer, Mr. [[REL:Kinney]], saw the OARRS report and wants a UDS today.\n"
        "We've called the pharmacy and the board of pharmacy. Question: has anyone had a DEA number used for forged scripts, and does [[HCP:Neil]] need to tell the medical board (his license [[LIC:35.118842]]) proactively?"
    ),
]

FREE_NOTES: list[str] = [
    # 053 EM syncope thread with replies between two colleagues (handle and name); Bazett, Fridericia, Framingham, Brugada, Wellens; cited author and DOI
    (
        "Syncope rules thread, round 3. Who's actually using what?\n"
        "I use the Canadian Syncope Risk Score for everyone over 16 now. The San Francisco Syncope Rule missed too much in the external validations, and the Boston Syncope Criteria never caught on here.\n"
        "\n"
        "> Reply from @dwhitaker_em: CSRS plus a 12-lead with a hard look for Brugada type 1, Wellens, WPW, long QT and epsilon waves. If it's low risk I don't care if it's 2 am on a Sunday, they go home.\n"
        "> Reply from Rosa Jimenez: Agree, but calipers matter more than the score. Bazett overcorrects the QTc at HR 110, use Fridericia or Framingham.\n"
        "> @dwhitaker_em: Fair. Rosa, are you still doing 30-day ambulatory monitoring for the intermediate group?\n"
        "> Reply from Rosa Jimenez: Zio patch for 14 days if CSRS 1-3. Payers are fine with it.\n"
        "Edit: the CSRS derivation paper is Thiruganasambandamoorthy et al., CMAJ 2016: https://doi.org/10.1503/cmaj.151469"
    ),
    # 054 febrile infant criteria named after cities (Rochester, Philadelphia, Boston), Step-by-Step, PECARN, AAP 2021 link, cited author
    (
        "Febrile infant criteria, a quick map for the new interns because they keep asking which one we use:\n"
        "- Rochester criteria (1985): low risk if well-appearing, term, WBC 5-15k, bands <1.5k, UA ≤10 WBC/hpf.\n"
        "- Philadelphia criteria: 29-56 days, LP for everyone, WBC <15k, band:neutrophil ratio <0.2.\n"
        "- Boston criteria: 28-89 days, CSF <10 WBC, ceftriaxone and home.\n"
        "- Step-by-Step (European): PCT and CRP, no LP in the low-risk arm.\n"
        "- PECARN febrile infant rule: ANC ≤4,090, PCT ≤1.71 ng/mL, normal UA.\n"
        "- AAP 2021 clinical practice guideline, 8-60 days, the one we actually follow: https://publications.aap.org/pediatrics/article/148/2/e2021052228/179783\n"
        "Still a fan of Kuppermann's work. If you're somewhere without PCT at 3 am, the AAP CPG has an arm for that too. And 8-21 days still gets the full workup, no matter how good they look."
    ),
    # 055 dermatology grand rounds recap: Sweet syndrome, Christmas tree pattern, Grover, Koebner, Auspitz, Darier, Bowen, Wood lamp, Fitzpatrick
    (
        "derm grand rounds recap, for the people who couldn't make it:\n"
        "1) Sweet syndrome in a patient on azacitidine — tender juicy plaques, neutrophilia, the 'pseudovesicular' look. Don't call it cellulitis.\n"
        "2) Pityriasis rosea with a classic herald patch and Christmas tree pattern on the back. Check an RPR; secondary syphilis is the great mimic.\n"
        "3) Grover disease in a 70-something after a hot summer.\n"
        "4) Koebner phenomenon in psoriasis after a cat scratch; Auspitz sign positive.\n"
        "5) Darier sign in a toddler with a solitary mastocytoma — rub it and it urticates.\n"
        "6) Bowen disease on the shin, treated with 5-FU.\n"
        "7) Wood lamp: coral-red in erythrasma, yellow-green in Microsporum tinea capitis.\n"
        "Fitzpatrick V-VI skin is underrepresented in every textbook. Bring your own photos (with consent!) next month."
    ),
    # 056 retina journal club: trial names that look like places and birds (HAWK, HARRIER, LUCERNE, YOSEMITE, RHINE, OAKS, DERBY), Protocol T, Best disease, Coats, Stargardt
    (
        "Retina journal club notes, mostly names that sound like vacation spots:\n"
        "HAWK and HARRIER (brolucizumab vs aflibercept), then the IOI signal. TENAYA and LUCERNE for faricimab in nAMD, YOSEMITE and RHINE in DME. PULSAR and PHOTON for aflibercept 8 mg. OAKS and DERBY for pegcetacoplan in GA, GATHER1/2 for avacincaptad.\n"
        "Protocol T (DRCR Retina Network): aflibercept won when VA was 20/50 or worse. Protocol V: observation is OK for good VA with CI-DME.\n"
        "AREDS2 formula: lutein/zeaxanthin instead of beta-carotene for former smokers.\n"
        "Side notes: Best disease (BEST1) and Coats disease both came up in peds; the Amsler grid is still the cheapest home monitor; Stargardt is ABCA4.\n"
        "Next month: ROP — RAINBOW, FIREFLEYE, BEAT-ROP. Bring snacks."
    ),
    # 057 ENT Q&A: Paradise criteria, Brodsky, Ludwig, Lemierre, Eagle, Frey, Warthin, Little's area, Kiesselbach, Woodruff, Ramsay Hunt, Bell
    (
        "ENT Q&A for the hospitalists who asked:\n"
        "Tonsillectomy: the Paradise criteria (7 episodes in 1 yr, 5/yr x2, or 3/yr x3) are still in the AAO-HNS guideline. Brodsky 3-4 tonsils with OSA is a separate indication.\n"
        "Neck infections: Ludwig angina is bilateral floor of mouth, airway first. Lemierre syndrome — Fusobacterium, septic IJ thrombophlebitis; think of it in a teen with a sore throat and lung nodules.\n"
        "Eagle syndrome: elongated styloid, pain on swallowing and turning the head. Frey syndrome after parotidectomy (gustatory sweating). Warthin tumor: smokers, bilateral, cystic.\n"
        "Epistaxis: Little's area / Kiesselbach plexus anterior, Woodruff plexus posterior. Posterior bleeds = admit.\n"
        "Ramsay Hunt: vesicles in the ear + facial palsy; treat like Bell palsy plus valacyclovir."
    ),
    # 058 urology teaching: Gleason 3+4=7, PI-RADS, Bosniak, Peyronie, Fournier, Prehn, Coudé/Council tip, Wilms, CPT codes
    (
        "Uro teaching snippets from clinic today (no patient details, just patterns):\n"
        "- Gleason 3+4=7 (Grade Group 2) with PSA density 0.12 and PI-RADS 3: active surveillance is reasonable. 4+3=7 is a different conversation.\n"
        "- Bosniak IIF cyst: imaging at 6 months, then yearly for 5 years.\n"
        "- Peyronie disease: wait for 12 months and the stable phase before Xiaflex or surgery.\n"
        "- Fournier gangrene: LRINEC 6+ is a prompt, not a rule. OR now.\n"
        "- Testicular torsion: Prehn sign is useless; TWIST score ≥5 = OR without ultrasound.\n"
        "- Coudé vs Council tip: the Council tip goes over a wire. Don't force a Foley past a false passage.\n"
        "- Wilms tumor: the abdominal mass that doesn't cross midline in a 3-year-old.\n"
        "CPT 52000 for cysto, 55700 for prostate biopsy, 51702 for a simple Foley."
    ),
    # 059 anaesthesia airway cart audit: McGrath, GlideScope, King LT, Miller, Macintosh, Mallampati, STOP-BANG, Cormack-Lehane, Apfel, Caprini, Padua, Lee, Bridion, Bair Hugger, Sellick
    (
        "airway cart audit results, posting so other anesthesia groups can compare:\n"
        "we have: McGrath MAC x2, GlideScope Go, C-MAC with a D-blade, King LT-D sizes 3-5, i-gel 1-5, a Fastrach, bougies, Miller 0-2 and Macintosh 3-4, scalpel-bougie-tube kit. missing: a second video laryngoscope in the ASC.\n"
        "pre-op: Mallampati IV + STOP-BANG 6 + neck 46 cm + Cormack-Lehane 3 on last DL = awake FOI unless you have a good reason. Apfel 4 = TIVA + dex + ondansetron.\n"
        "VTE: we use Caprini for surgical, Padua for medical. RCRI (Lee) 2 with METs <4 for a vascular case → cardiology talk.\n"
        "Bridion 2 mg/kg for TOF 2, 4 mg/kg for PTC 1-2, 16 mg/kg for immediate reversal after 1.2 mg/kg roc.\n"
        "Bair Hugger on everyone over 1 hour. Sellick is not in our RSI checklist anymore."
    ),
    # 060 pathology board review: Homer Wright, Call-Exner, Councilman, Russell, Orphan Annie, Reed-Sternberg, Michaelis-Gutmann, Verocay; Bethesda, Paris, Milan, Sydney systems
    (
        "Path board review, eponym edition. Name the entity:\n"
        "1. Homer Wright rosettes → neuroblastoma, medulloblastoma (Flexner-Wintersteiner → retinoblastoma)\n"
        "2. Call-Exner bodies → granulosa cell tumor\n"
        "3. Schiller-Duval bodies → yolk sac tumor\n"
        "4. Councilman bodies → apoptotic hepatocytes (yellow fever, viral hepatitis)\n"
        "5. Russell bodies → plasma cells\n"
        "6. Orphan Annie eye nuclei + psammoma bodies → papillary thyroid carcinoma\n"
        "7. Reed-Sternberg cells → classic Hodgkin lymphoma\n"
        "8. Michaelis-Gutmann bodies → malakoplakia\n"
        "9. Verocay bodies, Antoni A/B → schwannoma\n"
        "Bonus systems: Bethesda (thyroid FNA, category IV = follicular neoplasm), Paris (urine cytology), Milan (salivary), Sydney (lymph node FNA). Nottingham grade 2 = score 6-7.\n"
        "Answer key in the comments, no peeking."
    ),
    # 061 radiology signs that look like places and people: Golden S, Hampton, Westermark, Lincoln log, Mercedes-Benz, Chance, Jefferson, Hangman, Weber, Garden, Segond, Fleischner 2017
    (
        "Rad signs that sound like places or people, for the med students (quiz Friday):\n"
        "Golden S sign — RUL collapse with a central mass.\n"
        "Hampton hump and Westermark sign — PE, both rare on CXR.\n"
        "Lincoln log vertebrae (H-shaped) — sickle cell. Rugger jersey spine — renal osteodystrophy.\n"
        "Mercedes-Benz sign — gas in a gallstone.\n"
        "Chance fracture — seatbelt flexion-distraction; check the bowel.\n"
        "Jefferson fracture — C1 burst. Hangman fracture — C2 pars.\n"
        "Weber B ankle, Garden III femoral neck, Salter-Harris II distal radius, Segond → ACL.\n"
        "Fleischner 2017: solid nodule 6-8 mm in a high-risk patient → CT at 6-12 months, then 18-24.\n"
        "Lung-RADS 4A = 3-month LDCT. Bosniak 2019 update. BI-RADS 0 = call back."
    ),
    # 062 PM&R cheat sheet: Rancho Los Amigos, Galveston (GOAT), JFK Coma Recovery Scale, Ashworth, Tardieu, Oswestry, Waddell, Patrick, Gaenslen, Thomas, Ober, Speed, Hoover; cited author
    (
        "PM&R consult cheat sheet for the trauma service (posting because it keeps getting lost in Teams):\n"
        "TBI: Rancho Los Amigos level, GOAT (Galveston Orientation and Amnesia Test) daily until ≥76 twice, JFK Coma Recovery Scale-Revised for DOC. Amantadine 100 mg bid per Giacino 2012.\n"
        "SCI: ISNCSCI exam, AIS A-E. C5 vs C6 matters for the tenodesis grip. Autonomic dysreflexia above T6: sit them up, loosen everything, check the Foley.\n"
        "Spasticity: Modified Ashworth 1+ vs 2, and the Tardieu scale.\n"
        "Back pain: Oswestry Disability Index, Waddell signs (≥3 of 5), FABER/Patrick, Gaenslen, Thomas test for hip flexor contracture, Ober for the IT band.\n"
        "Shoulder: Speed test, Yergason, Hawkins-Kennedy, Neer.\n"
        "Functional: FIM is gone, CMS uses Section GG now. Berg <45 = fall risk. Hoover sign for functional weakness."
    ),
    # 063 palliative tools: Ariadne Labs, Victoria Hospice PPS, Edmonton ESAS, SPIKES, NURSE, FICA, POLST/MOLST, Five Wishes, Liverpool, Brompton, Karnofsky, cited author
    (
        "Palliative tools I actually use, ranked:\n"
        "1. Serious Illness Conversation Guide (Ariadne Labs). 'What are you most worried about?' alone is worth it.\n"
        "2. PPS (Palliative Performance Scale, Victoria Hospice). PPS 30% + declining intake = weeks.\n"
        "3. ESAS-r (Edmonton Symptom Assessment System) at every visit.\n"
        "4. SPIKES for bad news; NURSE for emotion (Name, Understand, Respect, Support, Explore).\n"
        "5. FICA for spiritual history.\n"
        "6. POLST/MOLST depending on your state; Five Wishes for patients who want a plain-language document.\n"
        "Things I don't use: the Liverpool Care Pathway (retired for good reasons), the Brompton cocktail (morphine + cocaine + gin, historical only).\n"
        "Karnofsky and ECOG for oncology eligibility. Methadone for pain: 2.5 mg q8h, go slow, ECG at baseline.\n"
        "Temel et al., NEJM 2010 is still the slide I show every skeptical oncologist."
    ),
    # 064 hospitalist order-set review: bed/unit numbers, Padua, IMPROVE, Wells, Geneva, PERC, CURB-65, RASS (Richmond), Morse, Braden, SNF/IRF
    (
        "Hospitalist admit order set review — bed 14 in 5 West had a fall, so we're redoing everything:\n"
        "VTE: Padua ≥4 or IMPROVE-VTE ≥2 → enoxaparin 40 daily. IMPROVE-Bleed ≥7 → SCDs instead.\n"
        "PE: Wells ≤4 + PERC negative → no D-dimer. Revised Geneva if you prefer objective.\n"
        "CAP: CURB-65 of 2 = admit; PSI/PORT class IV-V.\n"
        "Delirium: CAM or 4AT on admit; RASS (Richmond Agitation-Sedation Scale) goal 0 to -1.\n"
        "Falls: Morse Fall Scale ≥45 = high risk. Skin: Braden ≤12.\n"
        "Dispo: SNF vs IRF vs home with HH. The 3-midnight rule for SNF under traditional Medicare still applies.\n"
        "Code status on every admission. Diet order: not 'NPO after midnight' unless there's actually a procedure."
    ),
    # 065 psychiatric holds by state with two colleagues (handle and name, one named Jordan): Baker Act, Marchman, Kendra's Law, Laura's Law, Tarasoff, Capgras, Fregoli, Cotard, Jerusalem/Stockholm syndrome
    (
        "Psych legal holds vary so much by state that our residents keep mixing them up. Crowdsourcing a table:\n"
        "Florida: Baker Act (72 h involuntary exam, mental illness) vs Marchman Act (substance use). New York: Kendra's Law for AOT. California: 5150/5250, Laura's Law for AOT, and now CARE Court. Duty to warn/protect: Tarasoff (California, 1976), adopted or modified by most states.\n"
        "@npetrov_psych, you're in Texas — is it still emergency detention by a peace officer, or can the physician start it?\n"
        "\n"
        "> @npetrov_psych: Peace officer or magistrate. We can't start it ourselves. And there's no Marchman equivalent for substances.\n"
        "> Reply from Jordan Ellis: Massachusetts here: Section 12 for psych, Section 35 for substance use. Section 35 can land people in a correctional setting, which is its own fight.\n"
        "\n"
        "Unrelated fun: we had a Capgras, a Fregoli and a Cotard in the same week. Someone said 'Jerusalem syndrome' at sign-out and our new intern asked which Jerusalem. Othello syndrome and Stockholm syndrome also came up. Psych is never boring."
    ),
    # 066 buprenorphine cheat sheet: MAT Act, Bernese method, COWS, CIWA-Ar, Sublocade, Brixadi, Vivitrol, Narcan, Kloxxado, 988, SAMHSA helpline, findtreatment.gov
    (
        "buprenorphine start cheat sheet, 2025 edition, since the X-waiver is gone (MAT Act, Jan 2023):\n"
        "- Standard: COWS ≥8-12, then 4-8 mg SL, up to 16-24 mg on day 1.\n"
        "- High-dose ED start: 16-32 mg SL if in withdrawal.\n"
        "- Low-dose / micro-induction (the 'Bernese method'): 0.5 mg buccal day 1, overlap with the full agonist, up over 7 days.\n"
        "- Fentanyl era: precipitated withdrawal happens; treat it with MORE bup, plus clonidine, ondansetron, loperamide.\n"
        "- Long-acting: Sublocade 300 mg x2 then 100 mg; Brixadi weekly or monthly. Vivitrol needs 7-10 days opioid-free.\n"
        "- Naloxone for everyone: Narcan 4 mg OTC, Kloxxado 8 mg.\n"
        "- CIWA-Ar for alcohol; phenobarbital protocols if your ICU is comfortable.\n"
        "Resources: findtreatment.gov, the 988 line, SAMHSA's National Helpline 1-800-662-4357. ASAM Criteria 4th edition is out."
    ),
    # 067 occupational medicine: Monday fever, Caplan, farmer's lung, silo filler's, Stockholm Workshop scale, Taylor-Pelmear, Weil, Malta fever, Rosenbach, NIOSH, MCSA-5875, ILO 1/0
    (
        "Occ med pearls, the 'old diseases with weird names' edition:\n"
        "Monday fever (byssinosis) — cotton dust, chest tightness on the first day back after the weekend. Monday morning headache — nitroglycerin workers.\n"
        "Caplan syndrome — RA + pneumoconiosis (coal, silica), rounded nodules.\n"
        "Farmer's lung (moldy hay, Saccharopolyspora), silo filler's disease (NO2), pigeon breeder's lung, hot tub lung (MAC).\n"
        "Metal fume fever (galvanized steel welding).\n"
        "Hand-arm vibration syndrome: graded with the Stockholm Workshop scale (vascular 0-4, sensorineural 0SN-3SN), or the older Taylor-Pelmear.\n"
        "Weil disease (leptospirosis), Q fever, orf, erysipeloid of Rosenbach, Malta fever (brucellosis) in farm and slaughter trades.\n"
        "Lifting: NIOSH lifting equation, load constant 23 kg (51 lb).\n"
        "DOT exams: form MCSA-5875, BP ≥140/90 = 1-year card, ≥160/100 = 3-month. ILO profusion 1/0 is where most B readers call it positive."
    ),
    # 068 correctional health basics: Estelle v. Gamble, Farmer v. Brennan, 8th/14th Amendment, NCCHC, KOP, SHU, pill line times
    (
        "Correctional health basics for new jail docs (I get this DM weekly):\n"
        "Law: Estelle v. Gamble (1976) — deliberate indifference to serious medical needs violates the 8th Amendment. Farmer v. Brennan (1994) defines deliberate indifference. Pretrial detainees fall under the 14th Amendment.\n"
        "Standards: NCCHC and ACA accreditation. Receiving screening at intake, health assessment within 14 days.\n"
        "Withdrawal: CIWA and COWS on everyone who screens positive. Alcohol withdrawal deaths in jails are preventable.\n"
        "MOUD: continue what people come in on — bup, methadone, XR-naltrexone. The Medicaid 1115 reentry waivers let you start before release.\n"
        "Ops: sick call, KOP vs dose-by-dose, 1:1 watch vs 15-min checks, the SHU and mental health rounds, pill line at 0400 and 1600.\n"
        "Culture: the CO is not your enemy, but you are not security. Write your notes like a jury will read them."
    ),
    # 069 student health prep: MenB brands, Monospot, Centor/McIsaac, Lemierre, doxy-PEP, Fitz-Hugh-Curtis, Jarisch-Herxheimer, contraceptive brands, Title IX, FERPA, Clery Act, 988
    (
        "student health director here, prepping for fall. our list:\n"
        "- MenACWY booster at 16 for everyone; MenB (Bexsero or Trumenba) by shared decision; Penbraya is the 5-in-1.\n"
        "- Mono: Monospot misses early; EBV VCA IgM if negative. No contact sports for 3 weeks minimum.\n"
        "- Sore throat: Centor/McIsaac for strep, but in 15-24 yo think Fusobacterium and Lemierre if they look sick.\n"
        "- STI: doxy-PEP (CDC 2024 guidance) for MSM and TGW with a recent STI; Fitz-Hugh-Curtis in women with RUQ pain; warn them about Jarisch-Herxheimer after syphilis tx.\n"
        "- Contraception: Nexplanon, Kyleena, Mirena, Paragard, Depo; Plan B OTC and ella by Rx.\n"
        "- Title IX, FERPA vs HIPAA confusion, Clery Act reporting, all of it.\n"
        "- 988 on the back of every ID card."
    ),
    # 070 wilderness guidelines: Lake Louise score, Gamow bag, Swiss staging, Rocky Mountain spotted fever, Colorado tick fever, Powassan, Heartland, Bourbon virus, lone star tick, Auerbach
    (
        "WMS guideline club, altitude + ticks edition.\n"
        "AMS: Lake Louise score ≥3 with headache. Acetazolamide 125 mg bid for prevention. HACE: dex 8 mg then 4 q6h, descend. HAPE: descend, O2, nifedipine if you can't. A Gamow bag buys time.\n"
        "Hypothermia: Swiss staging (I-IV, now the revised HT levels); handle gently, no rewarming showers for stage II.\n"
        "Ticks: Rocky Mountain spotted fever kills kids — doxy regardless of age. Colorado tick fever, Powassan virus, Heartland virus, Bourbon virus, and Lyme in the Northeast and Upper Midwest. Alpha-gal from the lone star tick.\n"
        "Snakes: CroFab vs Anavip for pit vipers; for coral snakes 'red touches yellow' is unreliable outside the US.\n"
        "Lightning: reverse triage. Auerbach's is still the bible."
    ),
    # 071 OB sim debrief: McRoberts, Rubin, Woods, Gaskin, Zavanelli, WOMAN trial, Bakri, Jada, B-Lynch, Bishop score, ARRIVE, CHAP, Naegele; mannequin name; weekday and time
    (
        "OB hemorrhage and shoulder dystocia drill debrief, from today's sim:\n"
        "Shoulder: McRoberts + suprapubic (not fundal!) pressure → Rubin II → Woods screw → posterior arm → Gaskin (all fours) → Zavanelli as the last resort. HELPERR mnemonic.\n"
        "PPH: TXA within 3 h (WOMAN trial), uterotonics (oxytocin, methergine unless HTN, Hemabate unless asthma, miso), then Bakri or Jada, B-Lynch in the OR.\n"
        "Induction: Bishop score ≥8 is favorable. ARRIVE trial: elective IOL at 39 wk lowered the CS rate.\n"
        "HTN: CHAP trial → treat chronic HTN to <140/90. Mag for severe features, 4 g load, 2 g/h.\n"
        "Dating: Naegele's rule, but first-trimester CRL wins if it's >7 days off.\n"
        "The sim patient was G2P1001 at 39+3, the mannequin everyone calls 'SimMom'. Next drill: eclampsia in triage, Tuesday 0730."
    ),
    # 072 NICU journal club: TOBY, CoolCap, HELIX, SUPPORT, BOOST, CAP, PREMILOC, Apgar 8/9, Ballard, CRIB II, SNAPPE-II, Bhutani, Eat Sleep Console, Finnegan, Beyfortus, Vermont Oxford Network, "the 15th"
    (
        "NICU journal club list for the new fellows:\n"
        "Cooling: NICHD, TOBY and CoolCap → 72 h at 33.5 C for moderate-severe HIE ≥36 wk. HELIX in LMICs was negative.\n"
        "Oxygen: SUPPORT and BOOST II → target 91-95%, not 85-89%.\n"
        "Surfactant: LISA/MIST, INSURE. Caffeine (CAP trial). Hydrocortisone (PREMILOC); azithromycin, no.\n"
        "Scoring: Apgar 8/9 at 1 and 5 min; Ballard for GA; CRIB II and SNAPPE-II for severity; Bhutani nomogram for bili; Eat, Sleep, Console has replaced Finnegan in most units.\n"
        "RSV: Beyfortus (nirsevimab) for all <8 mo in their first season, Synagis only if no Beyfortus; maternal Abrysvo at 32-36 wk.\n"
        "Benchmarking: Vermont Oxford Network data are due the 15th."
    ),
    # 073 cardiology trials thread with two colleagues by handle (one named Victoria beside the VICTORIA trial): HOPE, JUPITER, EPHESUS, ARISTOTLE, AVERROES, RALES, CHA2DS2-VASc, de Winter, Wellens, Sgarbossa, Brugada
    (
        "Cards curbside thread — HFrEF + AF in the same patient, which trials actually matter?\n"
        "@therrera_cards asked me to summarize, so:\n"
        "HFrEF: RALES (spironolactone), EPHESUS (eplerenone post-MI), PARADIGM-HF (sac/val), DAPA-HF and EMPEROR-Reduced (SGLT2), VICTORIA (vericiguat), GALACTIC-HF (omecamtiv, not approved). STRONG-HF for rapid titration.\n"
        "AF: ARISTOTLE (apixaban), ROCKET-AF, RE-LY, ENGAGE-AF; AVERROES for the aspirin-intolerant. CHA2DS2-VASc 3 and HAS-BLED 2 → anticoagulate. CABANA and EAST-AFNET 4 for early rhythm control; CASTLE-AF for ablation in HFrEF.\n"
        "Prevention: HOPE (ramipril), JUPITER (rosuvastatin, CRP), FOURIER, ODYSSEY OUTCOMES.\n"
        "\n"
        "> @vlin_hf: Add DELIVER and EMPEROR-Preserved for HFpEF, and STEP-HFpEF. And please stop accepting digoxin levels of 2.\n"
        "> @therrera_cards: Thanks both. ECG pearl: de Winter T waves, Wellens, Sgarbossa and Brugada are the four our residents forget."
    ),
    # 074 ID quiz of place-named diseases: Lyme, St. Louis, La Crosse, Jamestown Canyon, Norwalk, Coxsackie, Pontiac, Marburg, Valley fever, Malta, Tangier, Bornholm; CDC link
    (
        "ID fellows' 'name the place' quiz (answers = the diseases, not the towns):\n"
        "Lyme (Connecticut), Rocky Mountain spotted fever, St. Louis encephalitis, La Crosse encephalitis, Jamestown Canyon virus, Powassan, Heartland, Bourbon.\n"
        "Norwalk (norovirus), Coxsackie (the town in New York), Pontiac fever (mild Legionella), Marburg, Ebola (the river), Hendra, Nipah, Lassa, Machupo, Hantaan, Sin Nombre.\n"
        "Valley fever (coccidioidomycosis), Oroya fever and verruga peruana (Bartonella bacilliformis), Malta fever, Kyasanur Forest disease, Omsk hemorrhagic fever, Rift Valley fever, and chikungunya (not a place, a Makonde word).\n"
        "Tangier disease and Bornholm disease for the bonus round.\n"
        "The CDC Yellow Book is free online: https://www.cdc.gov/yellow-book/"
    ),
    # 075 GI classifications named after cities: Los Angeles, Prague, Chicago, Rome, Paris, Baveno, Milan, Glasgow-Blatchford, Atlanta, Tokyo, Montreal, Mayo; Charcot, Reynolds, Forrest, Child-Pugh
    (
        "GI classifications that double as a world tour:\n"
        "Los Angeles grade C esophagitis → PPI BID 8 wk then re-scope. Prague C2M5 for Barrett's. Chicago Classification v4.0 for manometry. Rome IV for IBS.\n"
        "Paris 0-IIa polyp, Kudo pit pattern, NICE type 2, JNET.\n"
        "Varices: Baveno VII (no scope needed if LSM <20 kPa and plts >150k). Milan criteria for HCC transplant (1 lesion ≤5 cm or up to 3 ≤3 cm). Child-Pugh B8, MELD 3.0 of 22.\n"
        "UGIB: Glasgow-Blatchford 0 = discharge, Rockall after the scope. Forrest Ia/IIa = treat.\n"
        "Pancreatitis: revised Atlanta classification, BISAP, Ranson (historical). Tokyo guidelines TG18 for cholangitis; Charcot triad, Reynolds pentad.\n"
        "Crohn vs UC: Montreal classification. Mayo endoscopic subscore 2."
    ),
    # 076 stroke pocket card: Cincinnati, LAMS, RACE, ASPECTS, DAWN, DEFUSE 3, Hunt and Hess, Fisher, Marshall, Rotterdam, Todd, Bell, Wernicke; 911
    (
        "Stroke code pocket card v6 (EMS + ED):\n"
        "Prehospital: Cincinnati Prehospital Stroke Scale, then LAMS ≥4 or RACE ≥5 → LVO center. BE-FAST for the public.\n"
        "ED: NIHSS, CT/CTA, ASPECTS ≥6 for EVT. Tenecteplase 0.25 mg/kg (max 25 mg).\n"
        "Late window: DAWN (clinical-core mismatch) and DEFUSE 3 (perfusion) out to 24 h. Large core: SELECT2, ANGEL-ASPECT.\n"
        "SAH: Hunt and Hess, modified Fisher, WFNS. TBI CT: Marshall and Rotterdam scores.\n"
        "Mimics: Todd paralysis, hypoglycemia, Bell palsy (forehead involved), Wernicke (thiamine before glucose? give both).\n"
        "Door-to-needle goal 45 min, door-in-door-out 90 min. Call 911, not the office."
    ),
    # 077 drug-rep and conference chatter, lower case: brands, AAD in March, weekdays and times, Sunshine Act, Open Payments link, emoji
    (
        "lol the Rinvoq rep brought Chipotle to derm clinic AND the Skyrizi rep showed up with Panera the same day. we ate well. no i did not change my prescribing.\n"
        "who's going to AAD in March? the late-breakers are on a Saturday morning. i'm doing the JAK inhibitor session and the hidradenitis debate (Cosentyx vs Bimzelx).\n"
        "also heard at the booth: Dupixent label expansion for CSU, Ebglyss monthly maintenance, Adbry, Vtama and Zoryve creams, Nemluvio for prurigo.\n"
        "last year's CME dinner was at a steakhouse and the speaker read the slides word for word. the Sunshine Act means it's all on Open Payments anyway, check yours at openpaymentsdata.cms.gov.\n"
        "see y'all at the hotel bar Friday 9 pm, i'll be the one in the Figure 1 t-shirt 😂"
    ),
    # 078 heme smear rounds: Auer, Howell-Jolly, Pappenheimer, Heinz, Cabot, Döhle, May-Hegglin, Reed-Sternberg, Ann Arbor, Lugano, Deauville, Philadelphia chromosome, Kell/Duffy/Kidd/Lewis/Lutheran, Bombay, Khorana
    (
        "Heme smear rounds, things to name out loud:\n"
        "Auer rods (APL until proven otherwise — start ATRA before the PML-RARA result). Howell-Jolly bodies (asplenia), Pappenheimer bodies (sideroblastic), Heinz bodies (G6PD), Cabot rings, Döhle bodies (infection, May-Hegglin).\n"
        "Reed-Sternberg cells in cHL; Ann Arbor staging, Lugano response criteria, Deauville 5-point scale on PET (Deauville 3 = complete metabolic response).\n"
        "Philadelphia chromosome t(9;22) in CML and some ALL. JAK2 V617F, CALR, MPL in the MPNs.\n"
        "Blood bank: Kell, Duffy, Kidd, Lewis, Lutheran — and the Bombay phenotype (anti-H), which will ruin your night. Kidd antibodies cause delayed hemolytic reactions.\n"
        "Khorana score for cancer VTE. 4T score for HIT."
    ),
    # 079 endocrine quiz: Cushing, Addison, Conn, Graves, Hashimoto, Wolff-Chaikoff, Jod-Basedow, Sheehan, Nelson, Chvostek, Trousseau, Kussmaul; lab values; ages under 90
    (
        "Endo consult quiz (no patients, all textbook):\n"
        "Cushing: late-night salivary cortisol x2, 1 mg DST, 24 h UFC. Addison: AM cortisol <3 is diagnostic, cosyntropin if in between. Conn: ARR >20 with aldo >15.\n"
        "Graves vs Hashimoto vs painless thyroiditis: TRAb and uptake. Wolff-Chaikoff and Jod-Basedow after iodinated contrast. Sheehan after PPH. Nelson syndrome after bilateral adrenalectomy.\n"
        "Calcium: Chvostek and Trousseau for low; 'stones, bones, groans, moans' for high. Kussmaul breathing in DKA.\n"
        "DKA: K 5.9 is fine to start insulin; <3.3 hold it. Gap 24, β-OHB 6.2, glucose 540 — classic.\n"
        "An A1c of 7.2 is fine for an 80-year-old with falls. Euglycemic DKA on an SGLT2i: glucose 190, pH 7.08."
    ),
    # 080 BPPV poll with two colleagues (handle and name): Epley, Semont, Dix-Hallpike, Gufoni, Lempert, Brandt-Daroff, HINTS, Frenzel, Ménière, Weber/Rinne
    (
        "POLL: first-line maneuver for posterior canal BPPV in your ED?\n"
        "A) Epley\n"
        "B) Semont\n"
        "C) Both, depending on neck/back\n"
        "D) Meclizine and a referral (be honest)\n"
        "Results (341 votes): A 54% · B 6% · C 31% · D 9%\n"
        "\n"
        "> @oadebayo_ent: A, after a Dix-Hallpike that actually shows torsional upbeat nystagmus. Horizontal canal: Gufoni or the Lempert (BBQ) roll. Brandt-Daroff for home.\n"
        "> Reply from Sanjay Mehta (EM): HINTS before any of this if the vertigo is continuous. Head impulse, nystagmus, test of skew. Frenzel goggles help. Ménière and vestibular migraine are episodic, not positional.\n"
        "> @oadebayo_ent: +1 to Sanjay. And Weber/Rinne if there's hearing loss; sudden SNHL is an emergency.\n"
        "Edit: for the 9% in D — meclizine makes the Epley less likely to work. Ask your ENT for a 10-minute teach-in."
    ),
    # 081 coding thread: E/M codes, G2211, modifier 25, ICD-10 codes (incl. the famous odd ones), DRGs, HCC v28, CPT 99497
    (
        "Coding thread. Our compliance officer says 99215 is getting audited, so:\n"
        "E/M: MDM or total time. 99214 = moderate MDM or 30-39 min; 99215 = high or 40-54 min. G2211 add-on for longitudinal care. Modifier 25 for a same-day procedure, not for refilling meds.\n"
        "Common ICD-10: F11.20 OUD uncomplicated, Z79.891 long-term opiate use, Z71.89 counseling, R69 is never OK. E11.65 T2DM with hyperglycemia, I50.22 chronic systolic HF.\n"
        "The ones residents love: W61.12XA (struck by macaw), V97.33XD (sucked into jet engine, subsequent encounter), Y92.146 (swimming pool of prison).\n"
        "Inpatient: DRG 871 sepsis w/o MV >96 h w MCC, DRG 291 HF w MCC. HCC v28 dropped a bunch of codes.\n"
        "CPT 99497 for ACP (first 30 min), 99498 each additional. 96127 for the PHQ-9."
    ),
    # 082 sports medicine eponym bingo: Lachman, McMurray, Thessaly, Segond, Ottawa, Thompson, Maisonneuve, Lisfranc, Jones, Colles, Smith, Barton, Galeazzi, Monteggia, Bennett, Rolando, Stener, Osgood-Schlatter, Sever, Sinding-Larsen-Johansson
    (
        "Sports med clinic Saturday, the eponym bingo card filled itself:\n"
        "Knee: Lachman (the best), anterior drawer, pivot shift, McMurray, Thessaly; Segond fracture = ACL until proven otherwise.\n"
        "Ankle: Ottawa ankle rules, Thompson test for the Achilles, Maisonneuve if the fibula is tender up high, Lisfranc if they can't toe-walk, Jones fracture (zone 2) = non-weight-bearing.\n"
        "Wrist: Colles (dorsal), Smith (volar), Barton (intra-articular rim), chauffeur (radial styloid); snuffbox tenderness = thumb spica.\n"
        "Forearm: Galeazzi vs Monteggia — GRUM/MURG.\n"
        "Hand: boxer fracture, Bennett vs Rolando, gamekeeper/skier's thumb (Stener lesion).\n"
        "Peds: Salter-Harris I-V, Osgood-Schlatter, Sever disease, Sinding-Larsen-Johansson.\n"
        "Spine: Spurling, Lhermitte, Hoffmann."
    ),
    # 083 peds urgent care, lower case: Kocher criteria, Legg-Calvé-Perthes, Westley, McIsaac, Kawasaki, HSP, Coxsackie, PECARN; weights, percentiles, times
    (
        "peds urgent care, a Tuesday in words:\n"
        "- limp in a 6yo: Kocher criteria 1/4, probably transient synovitis. 3-4/4 → septic hip until proven otherwise. Legg-Calvé-Perthes if 4-8 and a painless limp for weeks.\n"
        "- croup: Westley score 3 = dex 0.6 mg/kg and home.\n"
        "- strep: McIsaac 4, rapid pos, amoxicillin 50 mg/kg daily x10 d.\n"
        "- Kawasaki: fever ≥5 days + 4 of 5 criteria. echo for a z-score ≥2.5.\n"
        "- HSP (IgA vasculitis): palpable purpura on the legs, UA for hematuria.\n"
        "- fifth disease, hand-foot-mouth (Coxsackie A6 this year, nails falling off weeks later), roseola.\n"
        "- head trauma: PECARN <2 yo arm.\n"
        "- weight 18 kg, 110 cm, BMI 85th percentile.\n"
        "lunch at 3:40 pm. standard."
    ),
    # 084 ICU journal club: Berlin definition, ARDSNet DOI, PROSEVA, ROSE, CLOVERS, SMART, BaSICS, ANDROMEDA-SHOCK, VANISH, ADRENAL, LOVIT, NICE-SUGAR, MINT, Minnesota tube, Swan-Ganz, Cheyne-Stokes, Biot
    (
        "ICU journal club, sepsis/ARDS. Links in the replies.\n"
        "ARDS: Berlin definition (P/F ≤300 on PEEP ≥5), ARDSNet 6 mL/kg PBW (NEJM 2000, https://doi.org/10.1056/NEJM200005043421801), PROSEVA prone ≥16 h, ROSE (no routine cisatracurium), FACTT conservative fluids.\n"
        "Sepsis fluids: CLOVERS (restrictive = liberal), SMART and BaSICS (balanced vs saline), ANDROMEDA-SHOCK (cap refill).\n"
        "Vasopressors: VASST, VANISH. Steroids: ADRENAL, APROCCHSS. Vitamin C: LOVIT said harm, so stop.\n"
        "Glucose: NICE-SUGAR → 140-180. Transfusion: TRICC, TRISS, MINT (MI: 10 g/dL).\n"
        "Variceal bleed: Sengstaken-Blakemore vs Minnesota tube as a bridge to TIPS. Swan-Ganz only when the CVP and echo don't add up.\n"
        "Breathing patterns: Cheyne-Stokes in HF, Kussmaul in DKA, Biot in brainstem injury.\n"
        "\n"
        "Discussion questions for Thursday (bring your own answers, not ChatGPT's):\n"
        "1. CLOVERS and CLASSIC both found no difference between restrictive and liberal fluids. Does that mean fluids don't matter, or that both arms got about the same amount once you count the pre-randomization 1-2 L? Read the supplement tables.\n"
        "2. ANDROMEDA-SHOCK targeted cap refill every 30 min. Who here actually measures it with a stopwatch and a glass slide? If not, are we really doing the trial's intervention?\n"
        "3. The 2021 Surviving Sepsis Campaign guideline gives a weak recommendation for balanced crystalloids. After SMART and BaSICS (and PLUS in ANZ), would you make it strong? What about in TBI, where BaSICS hinted at harm?\n"
        "4. Early norepinephrine via a peripheral IV: CLOVERS used it in the restrictive arm. What's your unit's policy on peripheral pressors — 20G in the antecubital fossa, ultrasound-guided, max 24 h, phentolamine on the unit?\n"
        "5. Prone positioning outside ARDS: awake proning in COVID (the meta-trial) helped those on high-flow. Does it carry over to non-COVID hypoxemia? No data, so what do you do at 3 am on a Saturday with a patient on 60 L / 80%?\n"
        "6. Steroids: hydrocortisone 50 q6h plus fludrocortisone 50 µg daily (APROCCHSS) vs hydrocortisone alone (ADRENAL). Is anyone still giving fludro? And for severe CAP, CAPE COD made hydrocortisone standard for some of us.\n"
        "Reading list is on the shared drive, and the SSC 2021 guideline is open access at https://www.sccm.org/survivingsepsiscampaign/guidelines-and-resources/surviving-sepsis-campaign-adult-guidelines-2021"
    ),
    # 085 Epic tips thread between two colleagues (handle and speaker label): SmartLinks that look like handles, @role mentions, room and bed numbers, unit names, dotphrases
    (
        "Epic tips thread (this channel on here, not our hospital Slack):\n"
        "@cyoon_hospitalist: PSA: SmartLinks like @NAME@, @AGE@, @SEX@, @TD@ and @BMI@ pull straight into your note. Stop retyping vitals.\n"
        "Megan O'Leary: .HPI, .ROS, .PE are our group's dotphrases. Ask your analyst for the shared SmartPhrase list, ours lives under *IMRES.\n"
        "@cyoon_hospitalist: Secure Chat: @-mention the role, not the person — '@5 West Charge RN' — so it goes to whoever's on. Haiku and Rover for mobile.\n"
        "Megan O'Leary: In Basket rule: anything in Results with a red ! gets handled same day. The sepsis BPA fires on everyone with a HR of 91, so it's noise.\n"
        "@cyoon_hospitalist: Sign-out: I-PASS SmartForm in the Handoff tab. Room 4117 bed B is still the one where the badge reader never works.\n"
        "Megan O'Leary: Ctrl+1 through 0 for activity tabs. F3 maximizes. Thank you for coming to my TED talk."
    ),
    # 086 rural FM life: critical access hospital, states, Life Flight, PECARN, NEXUS, Ottawa, HEART, weekday
    (
        "Rural FM life, for the residents thinking about it.\n"
        "25-bed critical access hospital, 2 hours from the nearest tertiary center, 1 doc + 1 PA overnight covering the ED, inpatients, swing beds and OB.\n"
        "What you need: ATLS, ACLS, PALS, NRP, ALSO. Be comfortable with a chest tube, a central line, a shoulder dystocia and a lateral canthotomy.\n"
        "What you lean on: PECARN, Canadian CT Head, NEXUS, the Ottawa rules, the HEART score, and the transfer center's phone tree. Life Flight when the weather lets you, ground when it doesn't.\n"
        "Montana, Wyoming, the Dakotas and rural Alaska all have loan repayment. NHSC and the state programs sometimes stack.\n"
        "Downsides: call is 1 in 3, and everyone at the grocery store knows what you did on Thursday. Upside: you'll never be bored."
    ),
    # 087 telehealth regulation: IMLC, Ryan Haight Act, DEA, 42 CFR Part 2, POS codes, modifiers, public .gov site
    (
        "Telehealth licensing thread, again. Short version as of this year:\n"
        "- IMLC (Interstate Medical Licensure Compact) — 40+ states; speeds up licenses but you still pay each state.\n"
        "- The Ryan Haight Act (2008) requires an in-person visit before prescribing controlled substances by telemedicine; DEA keeps extending the COVID-era flexibilities. Check deadiversion.usdoj.gov before you assume.\n"
        "- Buprenorphine by audio-only is allowed for an initial 6-month supply under the 2025 rule.\n"
        "- 42 CFR Part 2 now mostly aligns with HIPAA for SUD records.\n"
        "- Medicare telehealth waivers: home as originating site, extended again.\n"
        "- Place of service 02 vs 10; modifier 95 vs 93 for audio-only.\n"
        "Not legal advice. Call your state board."
    ),
    # 088 IMG thread with two colleagues (handle and speaker label): Conrad 30, J-1, H-1B, ECFMG, USMLE, ARC, DRA, states and countries, brand
    (
        "IMG thread — J-1 waiver season.\n"
        "@fsiddiqui_im: Conrad 30 slots opened in October in most states. Apply early; the popular states fill in days. HHS waivers for primary care in HPSAs, and the ARC (Appalachian Regional Commission) and DRA (Delta Regional Authority) also sponsor.\n"
        "Chidi Okeke: H-1B vs J-1: if you want fellowship later, J-1 means 3 years of service after. ECFMG certification, USMLE Step 1 is pass/fail now so Step 2 CK is what counts. OET for the English requirement.\n"
        "@fsiddiqui_im: And the new state pathways — Tennessee, Florida, Virginia, Wisconsin, Idaho and others now offer provisional licenses for internationally trained doctors without US residency. Read the fine print.\n"
        "Chidi Okeke: I came from Nigeria on a J-1 in IM and did my 3 years in a HPSA in the Delta. Best decision I made, worst drive to Costco.\n"
        "@fsiddiqui_im: Same from Pakistan. Ask me anything in DMs."
    ),
    # 089 acid-base pop quiz: lab values, ratios, titers, fractions like 3/4 bottles, Winter's formula, MUDPILES, GOLDMARK
    (
        "acid-base pop quiz from morning report, no patient info, just numbers:\n"
        "Na 132, Cl 94, HCO3 8, BUN 60, Cr 4.1, glucose 110, albumin 2.0.\n"
        "AG = 30, albumin-corrected ~35. Delta-delta (35-12)/(24-8) = 1.4 → pure AG acidosis. Winter's formula: expected pCO2 1.5(8)+8 ± 2 = 18-22. ABG 7.12/20/88.\n"
        "Osm gap: measured 330, calculated 2(132)+110/18+60/2.8 ≈ 291 → gap 39. Think methanol/ethylene glycol. Fomepizole.\n"
        "Other ratios to know: BUN/Cr >20 prerenal, FeNa <1%, FeUrea <35%, P/F 180 = moderate ARDS, A-a gradient ≈ 5 + age/4, ANA 1:160 speckled, RPR 1:8, 3/4 bottles GPC in clusters, INR 2.3, Hb 7.1, TSAT 12%.\n"
        "Answer: MUDPILES still works if you remember it's not exhaustive (GOLDMARK)."
    ),
    # 090 nails and skin signs of systemic disease: Beau, Mees, Muehrcke, Terry, Lindsay, Hutchinson, Sister Mary Joseph, Virchow, Irish node, Blumer, Leser-Trélat, Gottron, Holster, Dennie-Morgan, Hertoghe, Kaposi
    (
        "Nails and signs that point to systemic disease (derm lecture for the IM residents):\n"
        "Beau lines — a stress event weeks ago. Mees lines — arsenic, chemo. Muehrcke lines — low albumin, disappear with pressure. Terry nails — cirrhosis, CHF. Lindsay (half-and-half) nails — CKD.\n"
        "Hutchinson sign: nasal tip zoster → V1 eye risk; or periungual pigment in subungual melanoma.\n"
        "Sister Mary Joseph nodule — umbilical metastasis. Virchow node, Irish node, Blumer shelf. Leser-Trélat — sudden eruptive SKs.\n"
        "Dermatomyositis: Gottron papules, heliotrope, shawl and Holster signs, mechanic's hands. Look for malignancy.\n"
        "Atopy: Dennie-Morgan folds, Hertoghe sign, keratosis pilaris.\n"
        "Kaposi sarcoma, Kaposi varicelliform eruption — same man, different diseases."
    ),
    # 091 genetics shorthand: HLA alleles that look like times, BRCA, Li-Fraumeni, Cowden, Peutz-Jeghers, Gardner, Lynch, BRAF V600E, Turner, Noonan, Marfan, DiGeorge, Prader-Willi, Angelman, Rett, F508del
    (
        "Genetics consult shorthand that confuses our residents:\n"
        "HLA-B*58:01 before allopurinol in Han Chinese, Thai and Korean patients. HLA-B*57:01 before abacavir. HLA-B*15:02 before carbamazepine.\n"
        "Hereditary cancer: BRCA1/2, PALB2, TP53 (Li-Fraumeni), PTEN (Cowden), STK11 (Peutz-Jeghers), APC (Gardner variant), MLH1/MSH2/MSH6/PMS2/EPCAM (Lynch syndrome).\n"
        "Somatic: BRAF V600E, KRAS G12C, EGFR L858R, ALK, ROS1, JAK2 V617F, BCR-ABL1 p210.\n"
        "Syndromes: Turner (45,X), Klinefelter (47,XXY), Noonan (PTPN11), Marfan (FBN1), Loeys-Dietz, vascular Ehlers-Danlos (COL3A1), DiGeorge (22q11.2), Prader-Willi and Angelman (15q11-13), Rett (MECP2), fragile X (FMR1 >200 CGG).\n"
        "CF: F508del (c.1521_1523del). Sickle: HBB c.20A>T. APOL1 G1/G2 for kidney risk."
    ),
    # 092 toxicology pearls: public poison-center and 911 numbers, Rumack-Matthew, King's College, Clichy, Done nomogram, Hunter, Sternbach, antidote brands
    (
        "Tox fellowship pearls (the poison center number is 1-800-222-1222 — put it on your badge):\n"
        "APAP: Rumack-Matthew nomogram at 4 h, treatment line 150 µg/mL. NAC as the 21-h IV or the SNAP regimen. King's College criteria for transplant (pH <7.3 after resuscitation). Clichy criteria if you trained in France.\n"
        "Salicylates: the Done nomogram is dead; follow serial levels + pH.\n"
        "Serotonin syndrome: Hunter criteria (clonus!) over Sternbach. Cyproheptadine 12 mg.\n"
        "Antidotes: fomepizole, hydroxocobalamin (Cyanokit), DigiFab, CroFab/Anavip, physostigmine for pure anticholinergic, octreotide for sulfonylureas, lipid emulsion 1.5 mL/kg for bupivacaine.\n"
        "MUDPILES, SLUDGE vs DUMBELS, 'mad as a hatter'.\n"
        "911 for anyone not breathing. Naloxone 0.4 mg IV, 4 mg IN."
    ),
    # 093 procedure, tube and instrument eponyms that sound like a law firm: Seldinger, Trendelenburg, Valsalva, Heimlich, Leopold, Allen, Kocher, Pringle, Cattell-Braasch, Hickman, Broviac, Jackson-Pratt, Metzenbaum, DeBakey, Bookwalter, Fowler, Sims, Rose, Kraske
    (
        "procedure names that sound like a law firm:\n"
        "Seldinger (every line), Trendelenburg (for the IJ), Valsalva (SVT, also the IJ), Sellick (retired), Heimlich (choking), Leopold (fetal lie), Allen test (before an art line, debated), Kocher maneuver (duodenum — and also the shoulder one), Pringle maneuver (liver), Cattell-Braasch (right medial visceral rotation).\n"
        "Tubes & drains: Foley, Coudé, Hickman, Broviac, Port-a-Cath, Penrose, Jackson-Pratt, Blake, Yankauer, Salem sump, Dobhoff, Sengstaken-Blakemore.\n"
        "Instruments: Mayo scissors, Metzenbaum, Kelly, Allis, Babcock, Kocher clamp, DeBakey forceps, Adson, Gelpi, Weitlaner, Balfour, Bookwalter.\n"
        "Positions: Fowler, Sims, lithotomy, Rose (tonsils), jackknife (Kraske).\n"
        "Drop the ones I forgot."
    ),
    # 094 one phone-typed line: Pyxis brand, weekday, time, unit name, emoji
    ("anyone else's Pyxis down on a Tuesday at 0300 or is it just us 🙃 5 North can't pull anything, pharmacy says 45 min"),
    # 095 short ALL-CAPS reminder: doses, Bhutani, Apgars 9/9, IDM
    ("REMINDER FROM YOUR FRIENDLY NEIGHBORHOOD NURSERY DOC: VITAMIN K 1 MG IM, ERYTHROMYCIN OINTMENT, HEP B BY 24 H, CCHD SCREEN AFTER 24 H, BILI ON THE BHUTANI CURVE BEFORE DISCHARGE. APGARS OF 9/9 DO NOT MEAN YOU SKIP THE GLUCOSE IN AN IDM. THANK YOU AND GOOD NIGHT."),
    # 096 vaccine roundup: brands, months not tied to a patient, ages under 90, CDC and VAERS links
    (
        "ACIP/CDC vaccine roundup for the outpatient folks (check the MMWR, not Facebook):\n"
        "RSV: Arexvy, Abrysvo or mResvia once for 75+ and for 60-74 at increased risk; Abrysvo at 32-36 wk in pregnancy, Sept-Jan; Beyfortus or Enflonsia for infants.\n"
        "Pneumococcal: PCV20 (Prevnar 20) or PCV21 (Capvaxive) for ≥50 now.\n"
        "Shingrix 2 doses for ≥50 and immunocompromised ≥19. Jynneos for mpox. Penbraya/Penmenvy for MenABCWY.\n"
        "Measles: outbreaks in several states this year; early MMR at 6-11 months before international travel. CDC measles page: https://www.cdc.gov/measles/\n"
        "VFC for kids, VAERS for adverse events (vaers.hhs.gov), and the Pink Book for everything else.\n"
        "Flu: high-dose or adjuvanted for ≥65. COVID: check the current schedule — it changed again."
    ),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc28-001": [
        {"name": "Kwame Mensah", "handle": "@kmensah_hosp"},
        {"name": "Ellie Brandt"},
    ],
    "pc28-006": [{"name": "Priya Raman", "handle": "@pr_raman"}],
    "pc28-018": [{"name": "Hope Castellanos", "handle": "@hopecastellanos_md"}],
    "pc28-024": [
        {"name": "Liam Farrell", "handle": "@liamfarrell_im"},
        {"name": "Grace Osei"},
    ],
    "pc28-033": [{"name": "Ngozi Adeyinka", "handle": "@ngozi_eyes"}],
    "pc28-042": [{"name": "Wade Olsen", "handle": "@wadeolsen_fm"}],
    "pc28-047": [{"name": "Samir Haddad", "handle": "@shaddad_informatics"}],
    "pc28-053": [
        {"name": "Dan Whitaker", "handle": "@dwhitaker_em"},
        {"name": "Rosa Jimenez"},
    ],
    "pc28-065": [
        {"name": "Nadia Petrov", "handle": "@npetrov_psych"},
        {"name": "Jordan Ellis"},
    ],
    "pc28-073": [
        {"name": "Tomás Herrera", "handle": "@therrera_cards"},
        {"name": "Victoria Lin", "handle": "@vlin_hf"},
    ],
    "pc28-080": [
        {"name": "Olu Adebayo", "handle": "@oadebayo_ent"},
        {"name": "Sanjay Mehta"},
    ],
    "pc28-085": [
        {"name": "Chris Yoon", "handle": "@cyoon_hospitalist"},
        {"name": "Megan O'Leary"},
    ],
    "pc28-088": [
        {"name": "Farah Siddiqui", "handle": "@fsiddiqui_im"},
        {"name": "Chidi Okeke"},
    ],
}

build, render, main = first_set.blind_set(
    "pc28", Path(__file__).with_name("physician_cases_28.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
