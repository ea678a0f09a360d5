# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_3.jsonl``, a third, blind set of invented case notes.

Written after the detector had been tuned on both earlier sets, without reading its code
and without running it until every note was written and annotated, so that its score
here is an honest estimate of how it does on notes it has never seen. The notes are the
kind a US physician network sees: case presentations and threaded replies from internal
medicine, surgery, emergency medicine, paediatrics, obstetrics, oncology, cardiology,
neurology, critical care and primary care, plus fax covers, OR bookings, hospice and
e-ICU lists. New PHI shapes include towns named like words, people or foreign cities
(Mobile, Bryan, Rome, Rupert), a relative named like a city, farm-to-market roads,
nicknames in quotes between first and last name, holidays with a year (Halloween,
Valentine's Day, Mother's Day, Easter Sunday, MLK Day), "Sunday the 17th", compact
day-month-year dates, DEA and NPI numbers, a CDL number, a Reddit handle and a Snapchat
username without "@", and ages such as "a woman of 93", "a gentleman of ninety-seven"
and "one hundred and two years old".

Everything is invented; nothing is copied from any corpus. US numbers use the fictional
555-01xx range and IPs the documentation ranges (192.0.2.0/24, 198.51.100.0/24).

The markup, the tags and the parser are those of ``make_physician_cases.py``:

    python bench/data/make_physician_cases_3.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

OUT = Path(__file__).with_name("physician_cases_3.jsonl")


# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).parent))
_FIRST = importlib.import_module("make_physician_cases")
TAGS: dict[str, tuple[str, str]] = _FIRST.TAGS
parse = _FIRST.parse

# ------------------------------------------------------------------ notes with PHI
PHI_NOTES: list[str] = [
    # EM teaching case, nickname between first and last name, employer, weekday + full date
    """EM teaching case from a Wednesday shift. [[PT:Russell]] "[[PT:Rusty]]" [[PT:Carmichael]], 47, a roofer with [[FAC:Kettleman Brothers Roofing]], fell about 14 ft from a ladder onto concrete at a job site on [[STREET:Ridgeview Terrace]] in [[TOWN:Chillicothe]] on [[DATE:Wednesday, May 15, 2024]]. Landed on his feet: bilateral calcaneal fractures (Böhler angle 9° on the L) and an L1 burst fracture, TLICS 4, neuro intact. The classic "lover's fracture" pattern, and the outside ED missed the L1 until we repeated the lateral. His foreman, [[REL:Lonnie Barkhurst]], keeps calling about light duty; the workers' comp adjuster is at [[PHONE:(740) 555-0124 ext. 310]]. Teaching point: any axial-load calcaneal fracture gets the whole spine imaged, since roughly 10% have a spinal fracture too.""",
    # surgery thread reply, ordinary-word surgeon, hyphenated patient, "the 14th", school employer
    """Re: the post-chole bile leak thread. Dr. [[HCP:Strong]], we had the same problem last month. Mrs. [[PT:Penelope Ashgrove-Tate]], 58, had a lap chole at [[FAC:Four Rivers Surgical Hospital]] in [[TOWN:Paducah]] on the [[DATE:14th]] and was readmitted POD 4 with RUQ pain, bili 2.9 and a 9 cm biloma. HIDA: leak from the cystic duct stump (a duct of Luschka was our first guess). ERCP with sphincterotomy and a 10 Fr plastic stent by Dr. [[HCP:Ifeoma Nwosu-Banks]], perc drain by IR. Strasberg type A. Stent out at 6 weeks, and she is back to teaching at [[FAC:Lone Oak Middle School]]. So yes: drain + ERCP, no re-op, as long as the common duct is intact on the cholangiogram.""",
    # PICU, infant botulism, MRN with prefix, three date forms, daycare
    """PICU case: 4-month-old [[PT:Kaysen Ellery]] (MRN [[MRN:P-2219837]]) with 5 days of constipation, a weak cry, poor suck and ptosis; mom noticed he "couldn't hold his head up anymore." Descending symmetric weakness, sluggish pupils. No honey per the parents, but they live beside a road construction site on [[STREET:Natchez Trace Dr]] in [[TOWN:Tupelo]] (soil dust). Intubated [[DATE:6/3/24]]. BabyBIG was released by the California program and given [[DATE:June 5th]]; stool toxin came back type A on [[DATE:6/11]]. He attends [[FAC:Sunflower Patch Child Care]] three days a week, and the health department was notified. Mom, [[REL:Destiny Ellery]], is keeping a journal for him. Extubated on day 12. Does anyone still get an EMG with rapid repetitive stimulation, or do you treat on clinical grounds alone?""",
    # MFM, town named like a first name, holiday with a year, plan id, pager
    """MFM question. [[PT:Yolanda Betancourt-Shah]], 36, G5P4004, four prior cesareans (the last on [[DATE:Halloween 2022]]), now 31+4 with a complete previa and MRI features of percreta into the posterior bladder wall. Plan is a scheduled cesarean hysterectomy at 34+0 with IR balloons, urology for ureteral stents and 6 u PRBC crossmatched. She lives 90 minutes away in [[TOWN:Bryan]], TX and would rather deliver at [[FAC:Brazos Valley Women's Hospital]], which has no IR after hours. Our MFM lead, Dr. [[HCP:Cordelia Honeycutt]], wants her admitted at 32 weeks, and her plan (BCBS of Texas, member ID [[PLAN:ZGP448190372]]) is fighting the early admission. Any data on inpatient vs outpatient expectant management for PAS? I'm on pager [[PAGER:979-555-0161]] tonight.""",
    # CAR-T, holiday with a year, chain-of-identity number, coordinator email
    """CAR-T debrief. [[PT:Lyle Fairweather]], 68, primary refractory DLBCL after R-CHOP. Axi-cel infused [[DATE:2/12/24]] (day 0) at [[FAC:Great Plains Cancer Institute]] in [[TOWN:Omaha]]. CRS grade 2 on day 1 (39.6, BP 84/50 responsive to fluids), tocilizumab x2. Then ICANS grade 3 on [[DATE:Valentine's Day 2024]]: ICE score 2, could not write a sentence; dex 10 q6h, then anakinra. MRI negative, EEG diffuse slowing. ICE 10/10 by day 6. Day-30 PET: Deauville 2, complete metabolic response. The product's chain-of-identity number ([[ID:COI-24-0118826]]) had to be read back twice at the bedside, which I'd recommend to anyone new to this. Questions to our cell therapy coordinator, [[HCP:Marisa Quintero]], at [[EMAIL:mquintero@gpci-omaha.org]].""",
    # LVAD, nickname in quotes, device serial, holiday with a year, CaringBridge URL, numbered unit
    """LVAD driveline infection, again. [[PT:Carl Hensley]] ("[[PT:Bud]]" to everyone on 4 East), 71, HeartMate 3 implanted [[DATE:Memorial Day 2023]] as destination therapy, pump SN [[DEVICE:MLP-704412]]. Purulent drainage at the exit site for a week, MSSA on culture, CT with fluid tracking along the driveline to the rectus sheath. Cefazolin, then lifelong suppression with cephalexin, or debridement and driveline relocation first? His wife [[REL:Darlene]] changes the dressing daily at their farm outside [[TOWN:Muskogee]] and posts updates at [[URL:https://www.caringbridge.org/site/budhensleyheart]]. VAD coordinator line: [[PHONE:918.555.0107]].""",
    # neurology, "a woman of 93", nursing home, hyphenated town, weekday + short date
    """Neuro consult I keep thinking about: a woman of [[AGE:93]] from [[FAC:St. Casimir Home for the Aged]] in [[TOWN:Wilkes-Barre]], sent in for "worsening dementia" over 3 days. Subtle eyelid myoclonus was the only clue. cEEG: generalized periodic discharges at 2.5 Hz, meeting the Salzburg criteria for NCSE. Lorazepam 2 mg IV gave clear EEG improvement, and she said her daughter's name, "[[REL:Gwen]]", for the first time in days. Cefepime started [[DATE:Fri 2/9]] for a UTI was the likely culprit (eGFR 22, no renal dosing). Stopped it; back to baseline by [[DATE:Mon 2/12]]. Cefepime neurotoxicity deserves more attention in the elderly. Credit to our EEG tech, [[HCP:Yusuf Kamara]], who flagged the tracing at 2 a.m.""",
    # e-ICU list, initials, hospital abbreviation, camera IP, "96yo"
    """eICU overnight, covering 3 sites.
Bed 9 at [[FAC:Harlan Memorial]] ([[FAC:HMH]]): [[PT:M.K.]], 59F, necrotizing pancreatitis day 11, bladder pressure 24 mmHg with UOP 10 mL/h and peak pressures up to 38: abdominal compartment syndrome. Bedside team (Dr. [[HCP:Pham]] + RT [[HCP:Jolene]]) gave NMB and did NGT/rectal decompression; IAP down to 17. Surgery on call at [[FAC:HMH]] won't do a decompressive laparotomy without a transfer.
Bed 2 at [[FAC:Sandhills Community Hospital]]: [[AGE:96]]yo F, hip fx, DNR, comfort care, no calls tonight.
Our camera cart at [[FAC:HMH]] (IP [[IP:198.51.100.23]]) dropped twice in the middle of all this, which is its own safety issue. Anyone have a policy for ACS in a hospital without 24/7 general surgery?""",
    # primary care portal message, ordinary-word names, town named like a word, patient email
    """Portal thread I'd love advice on. [[PT:Precious Odom]], 44, messaged from [[EMAIL:preciousodom.home@gmail.com]]: "Dr. [[HCP:Golden]] said my A1c of 9.1 was fine to wait on, but I read online that's dangerous." Dr. [[HCP:Golden]] retired in [[DATE:March 2024]] and she is mine now. Last metformin fill was [[DATE:1/22]]. She works two jobs, one as a cashier at [[FAC:Hometown Grocers]] on [[STREET:Dauphin Island Pkwy]] in [[TOWN:Mobile]], and never picked up the semaglutide because of a $480 copay. I'm going to call her at [[PHONE:251-555-0139]] rather than write back. How do you answer portal messages that criticize a colleague?""",
    # ALL-CAPS OR booking, surname-first name, town named like a name, state code ID
    """OR BOOKING / ADD-ON
PATIENT: [[PT:BRENNAN, COLT J]]   MRN: [[MRN:E1147730]]   DOB: [[DATE:08/30/2001]]
TRANSFER FROM [[FAC:MINIDOKA VALLEY CLINIC]], [[TOWN:RUPERT]], ID.
PROCEDURE: I&D R THIGH, POSS HIP DISARTICULATION. NSTI, LRINEC 9, CREPITUS, GAS ON CT.
SURGEON: DR [[HCP:ABERCROMBIE-NASH]]   ASST: [[HCP:T. VOGEL]], PA-C
ANESTHESIA: ASA 4E. K 5.9, LACTATE 6.2. ALLERGY: PCN (HIVES).
INS: TRICARE PRIME, DBN [[PLAN:20174418830]]
CONSENT BY MOTHER [[REL:SHAWNA BRENNAN]], [[PHONE:208 555 0176]], PT INTUBATED.
POSTED [[DATE:THU 10/10/24]] 2215. OR 6.""",
    # rabies PEP, county, animal control case number, dog owner
    """Rabies PEP question from a rural ED. 8 yo bitten on the face by a neighbor's unvaccinated dog in [[TOWN:Council Bluffs]] on [[DATE:Saturday, August 3]]. The owner, [[REL:Garrett Stroebel]], says the dog is "fine" and refused the 10-day observation; [[COUNTY:Pottawattamie County]] animal control case [[ID:AC24-03317]] is open. HRIG infiltrated into the wounds as far as anatomically feasible, the rest IM, vaccine days 0/3/7/14. Plastics (Dr. [[HCP:Ambrose Little]]) closed the lip laceration primarily after irrigation. Would you have waited on PEP if the owner had cooperated and the dog looked healthy?""",
    # peds anaphylaxis at school, school nurse, mother's email
    """School anaphylaxis follow-up. 11 yo [[PT:Ivy Marchetti]], peanut and tree nut allergy, collapsed in the cafeteria at [[FAC:Meadowlark Elementary]] in [[TOWN:Bozeman]] on [[DATE:Thursday, February 1]]. The school nurse, [[HCP:Colleen Ruddy]], RN, gave an EpiPen Jr within 2 minutes; the second dose came from the ambulance crew. Tryptase 18.4 at 1 h, biphasic reaction 6 h later in our ED. Mom ([[REL:Hannah Marchetti]], [[EMAIL:hmarchetti.mt@proton.me]]) wants the 504 plan to require two auto-injectors on the bus and at recess. The Jr device is 0.15 mg; at 31 kg she should be on 0.3 mg. Reasonable to switch now?""",
    # hospice IDT list, ages over 89 in words, holiday with a year, initial, chaplain
    """Hospice IDT, [[FAC:Prairie Rose Hospice]], week of [[DATE:April 1]]:
- Mrs. [[PT:Q.]], [[AGE:98]] y.o., FAST 7c, PPS 30%, two or three bites a meal. Continue.
- [[PT:Leland Voight]], a gentleman of [[AGE:ninety-seven]], end-stage HF, 3 falls. DME: hospital bed, bedside commode.
- [[PT:Rhoda Fenstermacher]] turned [[AGE:90]] on [[DATE:Easter Sunday 2024]]; recert due, weight down 6% in 60 days, MAC 21 cm.
- [[PT:Joe Bob Tillery]], 84, ALS, BiPAP 16 h/day; son [[REL:Wade]] is asking about VSED.
- [[PT:Anneliese Graf]], [[AGE:one hundred and two]] years old, no change.
Chaplain [[HCP:Dorcas Mbeki]] visited all five. Next IDT [[DATE:4/15]].""",
    # buprenorphine, DEA and NPI numbers, pharmacy, "Sunday the 17th", mining employer
    """Small-town pharmacy headache. The pharmacist at [[FAC:Ruby Mountain Drug]] in [[TOWN:Elko]] called because my buprenorphine script for [[PT:Tanner Boyle-Whitehorse]] was "rejected for a DEA mismatch." My DEA ([[LIC:BF4417792]]) is still registered to my old practice address in [[TOWN:Reno]]; my NPI ([[LIC:1467582932]]) is fine. Since the X-waiver went away in [[YEAR:2023]] the rules are simpler, but the registration still has to be in the state where you prescribe. He ran out on [[DATE:Sunday the 17th]]. He's 32, stable on 16 mg/day for 2 years, and drives a haul truck for [[FAC:Humboldt Basin Mining Co.]] We bridged him with a 3-day supply. Anyone else hit this?""",
    # sudden cardiac arrest in an athlete, school, trainer, coach, video URL, team handle
    """Sudden cardiac arrest on the court. 16 yo [[PT:DeShawn Talbert]] collapsed in the 4th quarter at [[FAC:Cedar Bluff High School]] on [[DATE:Jan 19]]; the athletic trainer, [[HCP:Mike Danforth]], had the AED on him in 90 s, one shock, ROSC. Coronary CTA: anomalous L main from the R sinus with an interarterial, intramural course; surgical unroofing. A video of the collapse is circulating ([[URL:youtube.com/watch?v=Qx7Lm2Tt9aE]]) and the team's account ([[HANDLE:@CedarBluffHoops]]) reposted it. Coach [[REL:Ron Tibbetts]] is asking about return to play. Per the AHA/ACC [[YEAR:2015]] eligibility statement, 3 months after repair with a normal exercise test. Comments?""",
    # all lower-case thread reply, cauda equina, "the 11th", school district employer
    """replying to dr [[HCP:paz]]'s post. we had a 35 yo f w/ bilat sciatica + saddle numbness + retention (pvr 900) who'd been seen twice at urgent care in [[TOWN:eau claire]] and sent home on flexeril. mri at 0300 on the [[DATE:11th]]: huge l4-5 sequestered disc. dr [[HCP:haugen]] decompressed her within 6 h. bladder back at 3 months, still numb in the saddle. she drives a bus for the [[FAC:chippewa falls school district]] and hasn't been cleared to drive. her husband [[REL:arne]] asked me to post this so other docs don't miss it. lesson: bilateral radicular sx = mri same day, no exceptions""",
    # IM shorthand, calciphylaxis, street with apartment, ZIP, church employer
    """HPI: 61F w/ ESRD on PD, DM2, BMI 44, on warfarin for AF, p/w 3 wks of exquisitely painful retiform purpura on bilat thighs, now black eschar. Bx (dermpath, Dr. [[HCP:Kaminski-Doyle]]): calcific uremic arteriolopathy. Ca 9.8, Phos 7.4, PTH 1,140.
Plan: STS 25 g IV TIW, PD → HD, warfarin → apixaban, cinacalcet, wound care. Palliative c/s.
SocHx: lives w/ sister [[REL:Loretta]] in a 2nd-floor walk-up at [[STREET:2209 Catalpa St, Apt 2F]], [[TOWN:Pine Bluff]], AR [[ZIP:71601]]. Receptionist at [[FAC:First Delta Baptist Church]]. Admitted [[DATE:3/3]] via the [[FAC:Arkansas River Medical Center]] ED.
Q for nephro: is anyone still using HBO for calciphylaxis?""",
    # social work, truck plate and VIN, SSN, Medicaid, account, shelter, model year
    """SW note, shared with the team's permission as a systems question. [[PT:Gerald Ambrose Finch]], 56, admitted with cellulitis and uncontrolled DM, has been living in his [[YEAR:2009]] pickup. The truck (OH plate [[PLATE:HZT 4418]], VIN [[VIN:1GCEK19J29Z204817]]) was towed from the [[FAC:Maple Ridge Plaza]] lot in [[TOWN:Lorain]] during his admission, with his insulin, glucometer and ID inside, and the impound lot wants proof of ownership. We found his SSN ([[SSN:287-41-6630]]) in an old chart to request a replacement card; his Medicaid ([[PLAN:107744382199]]) was reinstated on [[DATE:10/2/2023]]. Hospital account [[ACCT:7200441893]] is on a charity-care hold. A shelter bed at [[FAC:Open Door Mission]], [[STREET:East 9th St]], [[ZIP:44052]], opens [[DATE:Oct 6]]. How do your SW teams handle vehicles towed during admission?""",
    # professionalism, Reddit handle, image URL, guest Wi-Fi IP, age in words
    """Professionalism question. A nurse on our unit found a Reddit post by [[HANDLE:u/tiredRNmama]] describing "the [[AGE:ninety-five]] yo with the gangrenous foot in bed 22 who bit a tech," with enough detail that the family recognized their grandmother. The post is gone, but a screenshot lives at [[URL:https://imgur.com/a/Rt8mPq2]]. Our privacy officer traced it to the hospital guest Wi-Fi ([[IP:192.0.2.148]]) on [[DATE:Sept. 22, 2024]]. The patient is Mrs. [[PT:Henrietta Pollard]]; her grandson [[REL:Tyrell Pollard]] has filed a complaint with [[FAC:Beaumont Valley Hospital]]'s patient relations office. How have your institutions handled staff posts like this?""",
    # peripartum cardiomyopathy, town named like a foreign capital, holiday with a year, church
    """PPCM, 2 weeks postpartum: [[PT:Shanice Mabry]], 29, G2P2, presented to [[FAC:Coosa Valley Medical Center]] in [[TOWN:Rome]], GA on [[DATE:Mother's Day 2024]] with orthopnea, EF 20%, LVEDD 6.1 cm, BNP 2,800. GDMT, a wearable defibrillator, and bromocriptine 2.5 mg BID with prophylactic anticoagulation after she chose to stop breastfeeding. Pastor [[REL:Clarence Whitmire]] of [[FAC:Greater New Hope Missionary Baptist Church]] organized meals; her mother, [[REL:Bernice]], has the baby. EF 35% at 6 weeks. She asks about a third pregnancy. We said not while the EF is below 50%, and high risk even if it recovers. Anyone counsel differently?""",
    # goals-of-care meeting, particles, clergy title, weekday dates
    """Goals-of-care meeting, MICU, [[DATE:Tues., March 19th]]
Attending: Dr. [[HCP:Anouk ten Brink]]. Fellow: Dr. [[HCP:Rafael de Souza Lima]]. SW: [[HCP:Keisha Monroe]].
Family: wife [[REL:Evangeline St. Pierre]], sons [[REL:Luc]] and [[REL:Remy St. Pierre]], and a family friend, Father [[REL:Tom Kearney]].
Mr. [[PT:Armand St. Pierre]], 79, is on day 18 of ventilation after a CABG complicated by mediastinitis, now with multiorgan failure (SOFA 14). We recommended a transition to comfort-focused care; the family asked for a 72-h time-limited trial. Agreed; reassess [[DATE:Friday the 22nd]]. Family contact is the wife's cell, [[PHONE:(504) 555-0192]].""",
    # peds button battery, neighbourhood, Snapchat username without @
    """Button battery PSA from our peds ED. 2 yo [[PT:Kinsley Haverty]] swallowed a 20 mm lithium coin cell from a key fob at her grandmother's house in the [[PLACE:Vine]] neighborhood of [[TOWN:Kalamazoo]] on [[DATE:December 26th, 2023]]. Mom gave 10 mL of honey at home on the poison center's advice, then sucralfate in our ED. Endoscopy by Dr. [[HCP:Bertrand Osei]] about 3.5 h after ingestion: battery in the upper esophagus, circumferential burn, no perforation. CT at 48 h: no aortoesophageal involvement. Grandma [[REL:Maureen Haverty]] posted a Snapchat story (username [[HANDLE:kinz.nana.mo]]) warning other grandparents, and it has gone viral locally. Discharged [[DATE:1/4/24]].""",
    # fax cover sheet, farm-to-market road, two fax numbers, account number
    """FAX COVER SHEET
To: [[FAC:Coastal Bend Rheumatology]], attn: Dr. [[HCP:Priyanka Venkatesh]]
Fax: [[FAX:361-555-0117]]     Phone: [[PHONE:361-555-0118]]
From: [[FAC:Aransas Pass Family Medicine]], [[HCP:Bobby Dale Krueger]], DO
Fax: [[FAX:(361) 555-0146]]     Pages: 6 (incl. cover)
RE: [[PT:Graciela Montemayor]], DOB [[DATE:11-02-1961]], Acct [[ACCT:AP-0088137]]
Address: [[STREET:418 FM 1069]], [[TOWN:Ingleside]], TX [[ZIP:78362]]
Reason: new inflammatory polyarthritis, RF 88, anti-CCP >250, ESR 64, erosions at MCP 2-3 bilaterally. MTX 15 mg weekly + folic acid started [[DATE:11/20/24]]. Please see within 4 weeks.
CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, call the sender and destroy all copies.""",
    # thyroid storm, university and dorm, roommate, town named like an English county
    """Thyroid storm in a college freshman: [[PT:Amara-Jade Whitlow]], 19, a student at [[FAC:Tidewater State University]], brought in from [[FAC:Lockwood Hall]] by her roommate, [[REL:Jenna Paquette]]. Burch-Wartofsky 65: HR 170 in AF, T 40.1, agitated, vomiting. TSH <0.005, FT4 >7.8, TRAb 14. Undiagnosed Graves'. PTU 200 q4h, SSKI an hour later, hydrocortisone 100 q8h, propranolol 60 q4h. The roommate says she'd been taking someone else's stimulant for finals. Her parents drove up from [[TOWN:Suffolk]], VA. Thyroidectomy once euthyroid with Dr. [[HCP:Amos Rainwater]]. Anyone used plasmapheresis as a bridge?""",
    # sickle cell, holiday with a year, sister hospital, employer, pager
    """Heme question. [[PT:Jarvis Pettaway]], 24, HbSS, third admission this year for VOC, developed a new O2 requirement and a RLL infiltrate on [[DATE:MLK Day 2024]]: acute chest syndrome. Hb 6.1 from 8.4, plt 98K. Simple transfusion vs exchange? Our apheresis service is at the sister hospital, [[FAC:Mercy Southside]], 20 minutes away. Hydroxyurea 1,500 mg (MCV 112, so he's taking it). He lives in [[TOWN:East St. Louis]] and works at [[FAC:Gateway Tire & Lube]]; his girlfriend [[REL:Tiara]] is at the bedside. Please page me if you've done exchange at a hospital without apheresis: [[PAGER:(618) 555-0173]].""",
    # vascular, ruptured AAA, "90-y/o", employer, ordinary-word surgeon
    """rAAA save, posting for the vascular folks. A [[AGE:90]]-y/o still working part-time as a greeter at [[FAC:Big Horn Farm & Ranch Supply]] in [[TOWN:Sheridan]], WY collapsed at work on [[DATE:7/9/2024]] with back pain and an SBP of 70. Permissive hypotension, no CT: straight to the hybrid OR, aortic occlusion balloon, EVAR. Bladder pressure 26 post-op, so a decompressive laparotomy that night. His daughter, [[REL:Marybeth Kostelecky]], told us he'd declined elective repair of a 6.2 cm AAA in [[YEAR:2021]] ("I'm too old"). Walked out on POD 9. Dr. [[HCP:Solomon Baker]] did the case at 3 a.m. Age alone shouldn't decide these.""",
    # ALS clinic, ventilator serial, county, fundraiser URL
    """ALS multidisciplinary clinic: [[PT:Everett Lindahl]], 66, bulbar-onset ALS diagnosed [[DATE:Oct 2022]], ALSFRS-R 18, FVC 31%. On a Trilogy Evo (SN [[DEVICE:TV124038876]]) with AVAPS-AE by mask nearly 22 h/day; PEG since [[DATE:5/17/23]]. He still farms 600 acres of soybeans in [[COUNTY:Renville County]], MN with his son [[REL:Kyle]] and wants to know if a trach will get him back on the combine. His wife, [[REL:Judith]], is the main caregiver; they want a trach only if he can go home, not to an LTACH. Neighbors set up a fundraiser at [[URL:https://gofund.me/7c21be9a]]. What's your experience with home trach-vent in rural ALS?""",
    # hyponatremia overcorrection timeline, many date forms, relative named like a city
    """Timeline of an overcorrection, for the nephro crowd. [[PT:Dolores Vukovich]], 72, beer potomania + HCTZ:
- [[DATE:9-16-24]] 14:00: Na 104, seizing at home; 3% saline 100 mL x2 by EMS and in the ED
- [[DATE:Sept. 16]] 23:00: Na 111, UOP 400 mL/h (aquaresis)
- [[DATE:17 Sep 2024]] 06:00: Na 118, +14 in 16 h; DDAVP 2 mcg + D5W clamp
- the [[DATE:18th]]: Na 116, held there 48 h
- [[DATE:Oct. 1st]]: new dysarthria and quadriparesis; MRI: central pontine T2 hyperintensity (ODS)
Her husband, [[REL:Milan]], visits daily; she is now at [[FAC:Iron Range Rehabilitation Institute]] in [[TOWN:Hibbing]]. Lesson: clamp early, before the aquaresis gets going.""",
    # occupational sleep medicine, CPAP serial, CDL number, tractor plate, employer
    """Occ med / sleep: CDL exam on [[PT:Duane Ostrowski]], 52, a long-haul driver for [[FAC:Hargrove Freight Lines]]. AHI 64 on a home sleep test, Epworth 14 (admits to dozing at red lights). Per FMCSA guidance he got a 3-month card pending CPAP compliance. CPAP serial [[DEVICE:23182514719]] shows 5.1 h/night on 82% of nights since [[DATE:8/5]]. CDL [[LIC:K44211890]] (Iowa); his tractor's plate is [[PLATE:TK 44812]]. The company's medical review officer, Dr. [[HCP:Lionel Bascombe]], wants the downloads sent to him directly. His wife, [[REL:Sherry]], says "he's a new man." Do you share downloads with employers? Our compliance office says only with a signed release.""",
    # PERT thread, initials and first-name-plus-initial sign-offs, town
    """PERT thread, [[DATE:4/22]]
OP ([[HCP:Kavya Raman]], hospitalist): 49M, 6 h after a lap sigmoid colectomy at [[FAC:Bluestem Regional Hospital]], transferred from [[TOWN:Emporia]]. Sudden hypoxia, HR 128, SBP 96, RV/LV 1.4, trop 210, lactate 2.9: intermediate-high risk. Lytics contraindicated post-op. CDT vs mechanical thrombectomy?
Reply ([[HCP:J. St. John]], IR): Large-bore aspiration thrombectomy, room ready in 40 min. Can take him now.
Reply ([[HCP:Pavel K.]], CT surgery): Agree. ECMO on standby.
OP: Done. PA systolic 58 → 36. Thanks all. Wife [[REL:Lacey]] updated at [[PHONE:785.555.0150]]. — [[HCP:KR]]""",
]

# ------------------------------------------------------ notes with no PHI (look-alikes)
FREE_NOTES: list[str] = [
    # chest pain, scores and ECG eponyms
    """Chest pain obs question. 54M, 2 h of pressure at rest, HEART score 4 (H1 E1 A1 R1 T0), TIMI 2/7. hs-TnT 12 → 14 ng/L at 1 h, the "observe" zone on the ESC 0/1h algorithm. ECG: LBBB without Sgarbossa criteria, no Wellens or de Winter pattern. BP 162/94, HR 88. Cr 1.1, LDL 171, A1c 6.3. Per the [[YEAR:2021]] AHA/ACC chest pain guideline, CCTA is reasonable at intermediate risk under 65. Anyone discharging these with an outpatient CCTA within 72 h instead? Our obs unit is full every Monday.""",
    # surgery M&M, hernia and appendicitis eponyms, trial acronyms
    """Surgery M&M teaching point, no identifiers. Perforated sigmoid diverticulitis, Hinchey III, in a 64-year-old on prednisone 20 for PMR. Options discussed: laparoscopic lavage (LOLA, SCANDIV) vs Hartmann's procedure vs primary anastomosis with a diverting loop ileostomy (DIVERTI). We did a Hartmann's. Clavien-Dindo IIIb on POD 6 for fascial dehiscence. Reversal in 3-6 months. Also on the board: a Richter's hernia, a Spigelian hernia, and an obturator hernia with a positive Howship-Romberg sign in an 86F. For the students: McBurney's point, Rovsing's sign, psoas and obturator signs, and why the Alvarado score is for appendicitis only.""",
    # HCM, gene variant, guideline year
    """HCM clinic: 23M, MYBPC3 c.1504C>T, septum 28 mm, LVOT gradient 22 at rest → 88 mmHg with Valsalva, SAM with posteriorly directed MR. HCM Risk-SCD 5-yr 4.8%; NSVT on Holter, LGE 16% of LV mass, no apical aneurysm. Per the [[YEAR:2024]] AHA/ACC guideline, an ICD is reasonable. Mavacamten 5 mg daily (CYP2C19 intermediate metabolizer), echo at 4 and 8 weeks, hold if EF < 50%. Brockenbrough-Braunwald-Morrow sign in the cath lab. Father died suddenly at 41; two siblings screened, one G+/P-. Myectomy vs alcohol septal ablation if mavacamten fails?""",
    # stroke alert, Los Angeles and Cincinnati scales, ages under 90
    """Stroke alert debrief: 76F, LKW 08:10, LAMS (Los Angeles Motor Scale) 5, Cincinnati Prehospital Stroke Scale 3/3, NIHSS 19, ASPECTS 8. TNK 0.25 mg/kg at a door-to-needle time of 31 min, then thrombectomy for an L M1 occlusion: TICI 2c in 2 passes. BP goal < 180/105 after lytics. Day 2: HI1 hemorrhagic transformation per ECASS, asymptomatic. Cardioembolic; 14-day patch pending. May restart apixaban at day 6 per ELAN's early arm. Her husband, 89, has Parkinson's and can't drive, so discharge planning is the hard part. mRS 2 at 90 days in the best case.""",
    # reproductive endocrinology, Rotterdam, eponyms
    """Repro endo: 27F, oligomenorrhea since menarche at 12, Ferriman-Gallwey 14, AMH 8.2, LH/FSH 2.9, testosterone 71, polycystic ovarian morphology (>20 follicles per ovary): Rotterdam criteria 3/3. 17-OHP 110, so non-classic CAH unlikely; prolactin 14, TSH 1.9; Cushing's screen negative. BMI 33, A1c 5.8. Letrozole 2.5 mg days 3-7, titrating to 7.5; metformin XR 1,000. Also a 34F with Asherman's after a D&C: hysteroscopic lysis, estradiol 2 mg BID. Mittelschmerz came up on rounds and the students loved the word.""",
    # developmental paediatrics, gene names, Denver II
    """Peds development clinic, one morning: 18-mo boy, M-CHAT-R/F 9 (high risk), no pointing, lost 6 words, referred for ADOS-2. 4 yo girl whose mom is an FMR1 premutation carrier: 230 CGG repeats, full mutation, fragile X. Newborn screen positive for SMA, SMN1 0 copies, SMN2 2 copies: onasemnogene at 3 weeks, CHOP INTEND 52. The Denver II is out of fashion; ASQ-3 and Bayley-4 are in. Tanner 2 breasts at 7 yo: bone age 9, LH 0.4, watchful waiting. Williams syndrome (ELN deletion) with supravalvar AS in the afternoon.""",
    # esophageal motility, Chicago and Montreal classifications
    """Motility conference: 44F, dysphagia to solids and liquids, 9 kg weight loss, Eckardt 8. HRM: IRP 28 mmHg, 100% panesophageal pressurization: type II achalasia by the Chicago Classification v4.0. Barium: bird's beak, 5 cm column at 1 min. POEM vs Heller myotomy with Dor fundoplication? Type II does well with either; pneumatic dilation to 30 mm is the third option. Also discussed: Crohn's, Montreal A2 L3 B2, and a Jackhammer esophagus (DCI > 8,000). A Zenker's diverticulum in an 81M is booked for next week.""",
    # necrotizing pancreatitis, revised Atlanta classification, trial names
    """Necrotizing pancreatitis, week 4. Revised Atlanta classification ([[YEAR:2012]]): severe, with persistent organ failure > 48 h, modified Marshall 3. CT: walled-off necrosis 14 x 9 cm, CTSI 8, Balthazar E. Grey Turner's and Cullen's signs on admission. Now infected (gas in the collection, fever). Step-up approach per PANTER and TENSION: EUS-guided LAMS, then direct endoscopic necrosectomy x3. TPN weaned; NJ feeds 1.2 kcal/mL at 60 mL/h. Cr 1.1; lipase is irrelevant now. Cause: hypertriglyceridemia, TG 1,100.""",
    # haematology, Philadelphia chromosome, Houston, guideline year
    """Heme rounds: Philadelphia chromosome-positive ALL, 58F, BCR::ABL1 p190, WBC 84K. Ponatinib 45 mg + blinatumomab, chemotherapy-free induction per the Houston data. MRD negative by clonoSEQ at 10^-6 after cycle 2; IT MTX for CNS prophylaxis. Also today: CML in chronic phase, Sokal 0.9 (intermediate), BCR::ABL1 IS 4.1% at 3 months, an optimal response per ELN [[YEAR:2020]]. Rasburicase avoided in a G6PD-deficient man with TLS; allopurinol and fluids instead. HbSC retinopathy referral for a 31F.""",
    # lower-case ICU handoff, Tokyo grading, state
    """icu handoff, bed 6. 71m septic shock from cholangitis (tokyo grade iii), s/p ercp + stent yesterday. norepi 0.28, vaso 0.04, angiotensin ii started at 20 ng/kg/min, map 63. lactate 6.1 → 3.8. hydrocort 50 q6. rass -3 on fent 100 + prop 30, cam-icu unable to assess. p/f 160 on peep 10. rsbi 78 on sbt this am but failed for tachypnea. k 3.3 replete, mg 1.6. cx e. coli esbl → meropenem 1 g q8. he's from tennessee, family driving up, will update when they arrive. may need crrt if uop stays < 0.3 mL/kg/h. hope to get him off vaso by tonight.""",
    # trauma and burns, Denver and Memphis criteria, Parkland formula, Baux score
    """Trauma bay, two in an hour. (1) 33M MVC, seatbelt sign, Chance fracture L2, ISS 29, GCS 14, FAST neg. Meets the expanded Denver criteria and the Memphis criteria for BCVI screening (Le Fort II + C6 transverse foramen fx): CTA shows a Biffl grade II L vertebral dissection, ASA 325. (2) 62F house fire, 36% TBSA by Lund-Browder (the rule of nines said 45%), inhalation injury, revised Baux 115 (62 + 36 + 17). Parkland 4 mL/kg/%TBSA = 14.4 L in 24 h, half in the first 8. Escharotomies of both arms. Haven't used the Brooke formula since residency.""",
    # GU oncology, Gleason, codes
    """GU tumor board: 68M, PSA 14.2 (density 0.28), PI-RADS 5 lesion on mpMRI, biopsy Gleason 4+3=7 (Grade Group 3) in 6/12 cores, PNI present. PSMA PET: no nodal or distant disease. NCCN unfavorable intermediate risk; Decipher 0.72. Germline HOXB13 G84E, ATM negative. EBRT 70 Gy/28 fx + 6 mo ADT (relugolix 360 mg load, then 120 mg daily) vs RALP with PLND. ICD-10 C61, CPT 55866. His brother had prostate cancer at 58; the Partin tables give 38% EPE.""",
    # adrenal incidentaloma, eponymous syndromes, guideline year
    """Endo e-consult: 2.8 cm L adrenal incidentaloma, 9 HU unenhanced, absolute washout 68%. 1 mg overnight DST cortisol 2.1 (> 1.8: possible autonomous cortisol secretion per ESE/ENSAT [[YEAR:2023]]). Plasma free metanephrines normal. ARR 34 with K 3.3 on lisinopril + HCTZ: screen positive for Conn's syndrome, so saline suppression, then AVS. No Cushingoid features: no striae, no dorsocervical fat pad. Nelson syndrome only follows bilateral adrenalectomy, so not relevant. MEN2 not suspected.""",
    # travel ID, countries and states
    """ID curbside: 49M born in Bolivia, 20 years in Virginia, new RBBB + LAFB and an apical aneurysm on echo. T. cruzi serology positive on 2 assays: chronic Chagas cardiomyopathy. Benznidazole isn't recommended for established cardiomyopathy; referred for ICD evaluation. No history of Romaña's sign. Before his steroid burst for asthma: Strongyloides IgG positive, ivermectin 200 mcg/kg x2 days. His two kids, born in Texas, need screening, and his wife is from El Salvador and pregnant (congenital Chagas risk). The CDC does the confirmatory testing.""",
    # ALL-CAPS pre-anaesthesia note, airway classifications, MAY as a verb
    """PRE-ANESTHESIA NOTE. 67 YO M FOR ELECTIVE R TKA. ASA III (OSA, DM2, CAD S/P PCI). MALLAMPATI 3, TMD 5 CM, LIMITED NECK EXTENSION. STOP-BANG 6, ON CPAP 12. RCRI 2 (CAD, INSULIN). PRIOR RECORD: CORMACK-LEHANE 3 WITH MAC 4, GLIDESCOPE GRADE 1. PLAN: SPINAL + ADDUCTOR CANAL BLOCK. A1C 7.4, HGB 13.2, K 4.6. HOLD METFORMIN AM OF SURGERY, HOLD JARDIANCE 3 DAYS. CONTINUE ASA 81. CAPRINI 8 → ENOXAPARIN POST-OP. NPO AFTER MIDNIGHT, MAY HAVE CLEARS UNTIL 2 H PRIOR.""",
    # rheumatology, criteria named after people
    """Rheum consults this week, no names. (1) 9 yo with migratory polyarthritis, ASO 800, PR 220, new MR: acute rheumatic fever by the revised Jones criteria; Sydenham chorea in her older sister last year. (2) Adult-onset Still's disease: quotidian fever, salmon rash, ferritin 18,400 (glycosylated < 20%), Yamaguchi criteria met; anakinra 100 mg. (3) Jaccoud's arthropathy in SLE. (4) HLA-B*58:01 positive in a Korean-American man, so febuxostat, not allopurinol. (5) Kikuchi-Fujimoto on a node biopsy. Sjögren's (SSA+) with a Raynaud's flare rounded out the week.""",
    # preventive care checklist, codes, ages under 90
    """Annual wellness visit checklist, since someone asked: AWV G0438/G0439, ACP 99497. USPSTF: lung cancer screening at 50-80 with a 20 pack-year history, quit within 15 years; colorectal 45-75 (FIT yearly, Cologuard q3y or colonoscopy q10y); AAA ultrasound once for men 65-75 who ever smoked; DEXA for women ≥ 65. Vaccines: Shingrix x2, PCV20 once, RSV at 75+ (60-74 if high risk), Tdap q10y. PREVENT 10-year CVD risk instead of the pooled cohort equations. Z00.00 vs Z00.01. Most of my panel is in their 70s and 80s; one is 89 and still does her own taxes.""",
    # sleep medicine, scales named after people, brand names
    """Sleep clinic: 46M, Epworth 16, AHI 42 (REM AHI 61), nadir SpO2 78%, Mallampati IV, Friedman tongue position III, neck 18 in, BMI 34. Failed CPAP (claustrophobia, < 2 h/night). DISE: anteroposterior palatal collapse, no complete concentric collapse, so he qualifies for hypoglossal nerve stimulation (Inspire) with a BMI < 40 and AHI 15-100. Also: Cheyne-Stokes respiration with central apneas in HFrEF (ASV is out after SERVE-HF), and a narcoleptic with an MSLT mean sleep latency of 3 min, 4 SOREMPs, on pitolisant.""",
    # hand clinic, fracture eponyms including Smith's
    """Hand clinic greatest hits: all 4 Kanavel signs in a flexor tenosynovitis; Finkelstein-positive de Quervain's; Phalen and Tinel positive carpal tunnel, NCS moderate; Froment's sign in cubital tunnel; a Dupuytren's cord at 40° at the MCP (collagenase vs needle aponeurotomy). Fractures: a Smith's fracture (volar angulation, not a Colles), a Bennett's and a Rolando, a boxer's fracture at 40° (up to 70° is acceptable in the small finger), and a jersey finger (Leddy-Packer type II). A Stener lesion went for repair. Mallet finger splinted in extension for 6 weeks.""",
    # thread reply, critical access hospital, state, 'Will' and 'Grant' at sentence start
    """Replying to the sepsis-bundle thread: same here. We're a 25-bed critical access hospital in eastern Montana, 3 hours from the nearest tertiary center. SEP-1 compliance went from 52% to 81% after we put a sepsis order set in the ED and started drawing lactate at triage. CMS still counts the repeat lactate within 3 h even when the first one was 2.1. Transfer times are the real problem: last winter the average was 5 h because of weather, and the helicopter can't fly under a 500 ft ceiling. Will share our protocol if anyone wants it (no patient info). Grant funding from the state flex program paid for the lactate meters.""",
]


def build() -> list[tuple[dict[str, object], list[str]]]:
    return _FIRST.build_notes(PHI_NOTES, FREE_NOTES, "pc3")


def render() -> str:
    return _FIRST.render_notes(build())


def main() -> int:
    return _FIRST.write_notes(OUT, build(), len(PHI_NOTES))


if __name__ == "__main__":
    sys.exit(main())
