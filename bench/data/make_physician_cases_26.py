# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 26: North American physicians (US and Canada) posting on clinnet.

Mix: 96 invented notes, 52 with PHI (pc26-001 .. pc26-052) and 44 with none
(pc26-053 .. pc26-096). Settings: critical access and rural EDs, academic and community
hospitalist services, VA, Indian Health Service, correctional medicine, urgent care,
telehealth, occupational medicine (oil field, grain elevator, trucking, fishing, farm
labour), sports team medicine (junior hockey, high school, rodeo), forensic/police/court
work, Quebec and Prairie practice. Forms: Sermo/Figure 1/Reddit-style posts and polls
with replies, hospitalist group texts, EHR sign-outs, Dragon dictations with artefacts,
transfer-centre logs, consult notes, M&M write-ups, quoted patient-portal messages,
work and school notes, pasted chats with speaker labels. Every person, number, business
and facility is invented (towns, counties and states are real places); US phone numbers
use 555-01xx, IP addresses come from the documentation ranges, e-mail and web domains are
made up.

Annotation conventions (``[[TAG:text]]``, tags from ``make_physician_cases.TAGS``):

* PT = a patient (also a second patient named in the same note, and a newborn); REL =
  anyone about the patient who is not a clinician: relatives, friends, neighbours, billet
  families, coaches, athletic directors, employers' staff, police officers, wardens,
  judges, lawyers, probation officers, CPS workers, insurance adjusters, funeral
  directors, bartenders, store clerks. HCP = a clinician named about the patient's care
  who is not taking part in the discussion: physicians, NPs, nurses, school nurses,
  athletic trainers, paramedics/EMTs, pharmacists, community health representatives.
* Spans leave out titles and honorifics (Dr, Mr, Mrs, Judge, Officer, Pastor, Coach,
  Warden, doña, Me), kinship words and labels ("MRN", "DOB", "CDL #", "the"), and
  postnominals. A name written as one unit is one span: "Birdsong, Otis",
  "BISHOP, ROSE M", a full name with a quoted nickname inside it, a hyphenated or
  compound surname, initials ("J.R."), a lone initial used as the name ("Mr. D"), a
  spelled-out name ("G-U-I-D-R-Y"), a lower-case or phone-typed name, a family name
  used as a plural ("the Frieslands"). A nickname given separately is its own span.
* Places: STREET covers street addresses with their number and unit, rural-route and
  PO boxes, Wisconsin-style fire numbers, a street name alone ("the group home on
  Dewey") and intersections as one span ("Hwy 85 and 4th Ave NE"). TOWN covers towns,
  cities and unincorporated communities, incl. short forms ("P.A." for Prince Albert)
  and repeats. COUNTY includes its generic word ("Vermilion Parish", "Otter Tail
  County"). PLACE = neighbourhoods, named rural districts,
  named forests and similar sub-state areas. ZIP = US ZIP and Canadian postal codes. States, provinces,
  countries and regions (the Bakken, the Keweenaw, the Gaspé, Central Valley) are not
  tagged. FAC = facilities, hospitals (with their generic word: "Maple Crest Rehab"),
  local short forms and acronyms ("GFMC", "the Vic"), clinics, schools, camps, courts,
  jails, employers, businesses, ranches, farms, named fishing vessels and drilling rigs
  (as workplaces), sports teams the patient plays for, churches, mobile-home parks,
  funeral homes, veterans' posts. Generic words alone ("the VA", "the ER", "IHS",
  "CLC") are not tagged.
* DATE = any date more specific than a year tied to a patient or someone about them:
  numeric, ISO, spelled, French, partial ("the 14th" -> "14th", "Aug 2019"), a month
  alone ("june"), and holidays that date a patient event ("Easter Sunday", "Dumping
  Day", "St. Patrick's Day"); a weekday next to a date is left out of the span ("Saturday,
  March 8" -> "March 8"). Weekdays alone, relative times, POD/hospital days, clock
  times, and holidays that date nothing ("Merry Christmas") are not tagged. YEAR =
  a year alone tied to the patient (service years, quit year); the scorer ignores it.
  Years in guidelines, laws and citations are not tagged.
* AGE = ages over 89 only, the number or number words alone ("[[AGE:94]]yo",
  "[[AGE:ninety-four]]", "[[AGE:100th]] birthday"), also for relatives. Ages of 89
  and under are never tagged, nor "90+" used about a population.
* Numbers: PHONE/PAGER/FAX whole number incl. country code and parentheses; SSN incl.
  partial (last four, VA "initial + last four"); MRN incl. chart numbers and wristband
  numbers; PLAN = insurance member ids and Canadian provincial health numbers
  (AHCIP, MSI, Sask, OHIP, RAMQ); ACCT = billing/FIN numbers; LIC = driver's, CDL and
  commercial fishing licences; PLATE; VIN; DEVICE = implant, pump, sensor and ankle
  monitor serials; ID = DOC/inmate numbers, badge numbers, police/court/CPS/claim/auth
  numbers, tribal ids, student ids, employee ids, Rx numbers, membership card numbers.
  The label is left out of every span, even when it sits a few words away.
* EMAIL, URL (a patient's fundraiser page), IP (telehealth audit log), HANDLE (a
  patient's social handle or platform username).
* Not PHI: eponyms and place- or person-named diseases, signs, scores, rules,
  classifications, methods and trials (Lyme, Norwalk, Rocky Mountain spotted fever,
  Glasgow, Ottawa, Wells, Schaefer, Dusky); drug, device and insurer brand names;
  cited authors; public literature and guideline links; ward, room, bed, pod and cell
  numbers; lab values and fractions.
* Network colleagues taking part in a discussion (the poster signing off, replies,
  @mentions, people in a pasted chat between the treating physicians, "thanks Dr X"
  to a fellow poster) are not tagged; they are listed in MEMBERS under the note id.
  A patient who shares a member's first name is still tagged.
* PHI-free notes carry no markup at all: they contain look-alikes only (eponyms,
  scores, trials, brands, genes, lab values, ICD codes, years alone, ward/bed numbers,
  states and countries, literature links, colleagues addressing each other).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Sermo-style rural EM post with replies: rancher, side-by-side rollover, Easter
    "Posted in Emergency Medicine › Rural & Critical Access\n\n"
    "Question for the rural folks. 78M rancher rolled his side-by-side checking heifers out on the [[FAC:Lazy J Bar Ranch]] north of [[TOWN:Big Timber]] on [[DATE:Easter Sunday]]. Lay pinned about 6 h until his grandson [[REL:Colt]] came looking. CK 41,000, Cr 2.9 (baseline 1.1), K 5.8, UA large blood with 0-2 RBC. We're a 10-bed CAH, no nephrology, and fixed-wing was grounded for wind, so we ran LR hard, got UOP to ~200 mL/h, shifted the K, and sent him by ground to [[FAC:St. Brendan's Regional]] in [[TOWN:Billings]] the next morning. He's home now and back on a horse, against all advice.\n\n"
    "How aggressive do you go with bicarb in rhabdo these days? Our old protocol says yes; everything I read says it doesn't matter.\n\n"
    "— Reply from @mtn_hospitalist: Bicarb doesn't move outcomes in anything I've seen. Fluids, K, and serial compartment checks are the whole game.\n\n"
    "— Reply from Dana Whitcomb, MD: Agree with Ahmed. Check his thighs q2h on day one — side-by-side rollovers love the anterior compartment. Glad [[REL:Colt]] is a worrier.",
    # 002 hospitalist group text, lower-case names, frank/will as words and names
    "Pasted from our hospitalist group text last night, two of us covering three floors. Closed network so I left it as is:\n\n"
    "[11:48 PM] Raj: anyone still in house? ED wants to admit 3 more\n"
    "[11:49 PM] Keisha: me. who\n"
    "[11:50 PM] Raj: 1) mrs [[PT:santiago]] again, CHF, 4th admit since [[DATE:june]] 2) [[PT:will]] from the group home on [[STREET:Dewey]], breakthrough sz, dilantin level 41 (!) 3) [[PT:frank hollis]] the trucker, frank melena, hgb 6.1\n"
    "[11:52 PM] Keisha: i'll take [[PT:will]] and [[PT:frank]]. [[PT:santiago]] is yours, she asked for you by name again 😂\n"
    "[11:53 PM] Raj: she calls me el flaco. her daughter [[REL:yesenia]] wants a call back at [[PHONE:555-0173]] before 7, she works first shift at [[FAC:Sunbelt Poultry]]\n"
    "[11:58 PM] Keisha: [[PT:will]] will need a level in the AM, holding the dilantin. ok admitting\n"
    "[11:59 PM] Raj: ty. ICU knows about [[PT:hollis]] if he drops again",
    # 003 EHR sign-out, surname-first caps, ordinary-word names (Rose, Street, Page, Hunter, Joy, Summer)
    "Night sign-out, 4 West, pasted straight from Epic (formatting cleaned):\n\n"
    "Rm 412-B | [[PT:BISHOP, ROSE M]] | [[AGE:91]]F | MRN [[MRN:004471829]] | DOB [[DATE:02/11/1933]]\n"
    "I: Watcher. Urosepsis, E. coli pan-S, CTX day 3. Sundowning.\n"
    "P: Niece [[REL:Joy Abernathy]] is HCPOA, cell [[PHONE:(614) 555-0129]]. DNR/DNI reconfirmed [[DATE:10/6]]. Redirect first; quetiapine 12.5 only, NO haloperidol (QTc 512).\n"
    "S: AM BMP. Foley out in AM.\n\n"
    "Rm 418 | [[PT:STREET, FRANKLIN D]] | 82M | MRN [[MRN:003390214]] | FIN [[ACCT:77120458813]]\n"
    "I: Stable. COPD exac, 2L NC = baseline. Pulm (Dr. [[HCP:Varga]]) signed off.\n"
    "P: Dispo [[FAC:Maple Crest Rehab]] once auth clears — Heartland Health Plan ref # [[ID:HHP-24-0091382]], member ID [[PLAN:HHX882104417]].\n"
    "S: Nothing expected.\n\n"
    "Rm 420 | [[PT:PAGE, HUNTER]] | 34M | MRN [[MRN:005120887]]\n"
    "I: Unstable-ish. EtOH withdrawal, CIWA 18 at 2200, phenobarb 10 mg/kg given.\n"
    "P: If CIWA >15 again → page ICU fellow. Girlfriend [[REL:Summer]] at bedside, helpful.\n"
    "S: Last drink per [[REL:Summer]] was Sunday AM.\n\n"
    "Thanks all — Priya",
    # 004 Dragon dictation with artefacts, spelled-out name, parish, misheard relative name
    "Dragon dictation from an overnight admit, never proofread. Submitting to the artefact hall of fame (closed group, so names left in):\n\n"
    "HISTORY AND PHYSICAL period new paragraph PATIENT NAME colon [[PT:Wendell Guidry]] comma that's [[PT:G-U-I-D-R-Y]] period DATE OF ADMISSION [[DATE:November the 2nd]] period new paragraph CHIEF COMPLAINT colon quote my sugar done gone crazy unquote period new paragraph HISTORY OF PRESENT ILLNESS colon this is a 67-year-old male shrimper from [[TOWN:Delcambre]] comma [[COUNTY:Vermilion Parish]] comma who works the [[FAC:Miss Odile]] out of [[TOWN:Intracoastal City]] comma referred by his primary doctor [[HCP:Thibodeaux]] in [[TOWN:Abbeville]] scratch that referred by the nurse practitioner [[HCP:Gwen Thibodeaux]] period he states his sugars have been quote high high high unquote since [[DATE:All Saints' Day]] when his wife [[REL:Mary Clear]] (sic — [[REL:Marie-Claire]]) found the meter reading HI period he denies chest pain comma denies [inaudible] comma endorses polyuria and polydipsia period new paragraph SOCIAL HISTORY colon lives on [[STREET:Railroad Avenue]] with wife comma drinks a case on the weekends comma quit dip [[YEAR:2019]] period insurance through [[FAC:Vermilion Bay Seafood Co-op]] comma member number [[PLAN:VBS0044127]] period new paragraph LABS colon glucose 912 comma sodium 131 corrected 145 comma bicarb 22 comma beta-hydroxybutyrate 0.6 comma osm 341 period ASSESSMENT colon HHS comma not DKA period new paragraph dictated by Dr. [[HCP:Landry]] end of dictation\n\n"
    "My favourite is “denies [inaudible]”. Truly a complete review of systems.",
    # 005 transfer-centre log: CAH, phone/fax, surname-first, ISO DOB, acronyms
    "Transfer center log, pasted for the transfer-delay QI thread. This is the one where the sending doc had to call four places:\n\n"
    "0214 Call from [[FAC:Choteau Valley Medical Center]] (CAH), Dr. [[HCP:Lise Amundsen]], cb [[PHONE:406-555-0112]], fax [[FAX:406-555-0113]]\n"
    "Pt: [[PT:Birdsong, Otis]]  58M  DOB [[DATE:1966-08-30]]  sending MRN [[MRN:CV-118204]]\n"
    "Dx: inferior STEMI, TNK at 0141, STE persistent at 60 min → rescue PCI\n"
    "0219 [[FAC:GFMC]] — cath team already out on a case\n"
    "0231 [[FAC:Northern Rockies Heart]] — no ICU bed\n"
    "0240 ours: interventional on call paged (Dr. [[HCP:Okonkwo]]), accepted 0327\n"
    "0331 [[FAC:Big Sky Air Rescue]] rotor lifting from [[TOWN:Choteau]], ETA 0415\n"
    "Wife [[REL:Laverne]] driving separately, cell [[PHONE:(406) 555-0198]]\n\n"
    "73 min from first call to acceptance for a failed-lytics STEMI. Our region needs a one-call line. Anyone have a model that works in a frontier state?",
    # 006 VA M&M: last-four identifiers, lone initial as name, second patient, service years
    "M&M summary, internal medicine, [[FAC:Sheridan Creek VAMC]]. Wrong-patient order — sharing because the root cause is so VA-specific.\n\n"
    "Mr. [[PT:D]] is a 74M Army vet (Vietnam, [[YEAR:1968]]–[[YEAR:1970]]) on warfarin for a mechanical mitral valve, admitted [[DATE:3/9]] from our CLC with cellulitis. On the unit whiteboard and in sign-out he was “[[SSN:D4471]]” (last-name initial + last four), which is how we all talk. A second veteran on the same floor, [[PT:Dwight Dahl]], was also [[SSN:D4471]]. The night intern held warfarin on the wrong [[SSN:D4471]] and started enoxaparin bridging on the other. INR drifted to 1.4 by [[DATE:3/12]]; no thrombotic event, valve gradients unchanged on TTE. His daughter, [[REL:Renée Dufresne]], caught it when she asked why her dad's pills looked different.\n\n"
    "Root causes: last-four used as the primary identifier; BCMA override at 0200; two D-names on one whiteboard. Fixes in progress: full name + DOB on whiteboards, a CPRS flag for same-last-four pairs on one ward.\n\n"
    "Presented by the PGY-2; attending of record Dr. [[HCP:Okafor]]. Discussion welcome.",
    # 007 IHS clinic: reservation town, compound Native names, tribal id, CHR
    "IHS question, posted from the [[FAC:Tongue River Health Station]] (no pharmacy after 5).\n\n"
    "[[PT:Lorraine Two Bears]], 61F, T2DM on glargine + lispro, A1c 11.2. Lives out past [[TOWN:Busby]] in the [[PLACE:Kirby Creek]] district on a dirt road that's impassable after rain; no running water, generator power only. Insulin spoils every July–August. Her granddaughter [[REL:Kaylee Little Owl]] checks on her after shifts at [[FAC:Hollowbreast Trading Post]] and calls us from the store phone, [[PHONE:406-555-0164]], because there's no cell service at the house. Chart [[MRN:100-44-827]]; tribal ID on the registration sheet is [[ID:NC-07719]], for the cooler program application.\n\n"
    "What has worked for you? Clay-pot evaporative coolers? 70/30 pens? Frio wallets? She'd take anything that means fewer trips into [[TOWN:Lame Deer]].\n\n"
    "— @rezdoc_mt: Frio wallets plus a cooler in the root cellar worked for two of my elders. Also loop in your CHR program for monthly home visits.\n\n"
    "— OP: Good call — our CHR [[HCP:Vernon Spotted Elk]] already drives out that way Tuesdays.",
    # 008 correctional: hunger strike, DOC number with label at a distance, nickname, warden, public defender
    "Correctional medicine folks — refeeding/ethics question.\n\n"
    "44M at [[FAC:Sage Flats Correctional Facility]], DOC number (the officer reads it to me every visit like it's his name) [[ID:00781245]], hunger strike since [[DATE:Feb 3]], so day 19. Name's [[PT:Terrence Oyelaran]]; on the unit everyone calls him “[[PT:T-Bone]]”. Wt down 14%, phos 1.9, K 3.1, HR 48 asleep. Decisional capacity intact on two separate assessments; he's protesting a transfer to [[FAC:Black Butte Penitentiary]]. Warden [[REL:Haskins]] wants a court order for involuntary feeding. His public defender, [[REL:Alicia Brandvold]], called me directly at my extension, then from her cell [[PHONE:509-555-0150]].\n\n"
    "My position: capable adult, informed refusal, we keep monitoring, offer trays daily, and we do not force-feed. The WMA Declaration of Malta backs that. Anyone been through the court side? What did the judge want from you?",
    # 009 forensic blood draw: town, intersection, officer + badge, case no., plate, VIN, county attorney, member replies
    "Legal blood draw question from a rural ED.\n\n"
    "0230, [[TOWN:Watford City]] PD brings in a 23M after a rollover at [[STREET:Hwy 85 and 4th Ave NE]]. Minor injuries. Officer [[REL:Trent Hagen]] (badge [[ID:417]]) has a signed search warrant for blood, case # [[ID:WC-24-003318]]. The patient, [[PT:Brayden Ostrowski]], is refusing and yelling but not combative. The tow slip stapled to the packet has his plate, ND [[PLATE:2KBR471]], and the VIN [[VIN:1FTFW1E82MFA04417]] — why that's in our chart at all is another question.\n\n"
    "My understanding: the warrant compels him, not me. I'm not obligated to hold him down for a draw that isn't medically indicated, and my nurses shouldn't be either. The officer says the county attorney ([[REL:Marit Sundby]]) told him we have to. Who's right?\n\n"
    "— @legal_ed_doc: You're right in most states; check hospital policy. Many of us let law enforcement bring their own contract phlebotomist.\n\n"
    "— Agree with @legal_ed_doc. Document the refusal, the warrant, and that staff used no restraint.",
    # 010 urgent care return-to-work note: address block, CDL, nickname in name, employer fax, poster signs the note
    "Urgent care DOT question. Trucker came in with a lac and asked for a return-to-work note his dispatcher wants faxed. Here's what I wrote — tell me if I'm overstepping by leaving out the insulin question:\n\n"
    "---\n"
    "[[FAC:Red Butte Urgent Care]] · [[STREET:2210 E Yellowstone Hwy]], [[TOWN:Casper]], WY [[ZIP:82609]]\n"
    "Re: [[PT:Delbert “Del” Janecek]]    DOB [[DATE:07/19/1971]]\n"
    "CDL # WY [[LIC:104-229-871]]\n"
    "Seen [[DATE:5/14]]. Laceration L forearm repaired, 6 sutures. May return to driving without restrictions [[DATE:5/15]]. Suture removal in 10–14 days at any clinic.\n"
    "— R. Mbeki, MD\n"
    "Fax to: [[FAC:Iron Horse Freight]] dispatch, attn [[REL:Shauna]], [[FAX:307-555-0181]]\n"
    "---\n\n"
    "He's on basal insulin, which his med card probably doesn't reflect (the old ITDM exemption program ended in 2018; now it's the ITDM assessment form from the treating clinician). Is it on me to flag that, or do I stick to the lac?",
    # 011 telehealth security incident: IP addresses, platform username, phone, email, ex-partner
    "Telehealth weirdness — has anyone seen this?\n\n"
    "Video visit yesterday with [[PT:Maribel Hinojosa-Park]] (established, 29F, GAD on sertraline, just moved to [[PLACE:Wicker Park]]). The platform audit log shows her join from [[IP:198.51.100.23]] and then a second participant from [[IP:203.0.113.188]] four minutes in, camera off, labelled only “[[HANDLE:mhpark]]” — her own username. She said she was alone. I ended the visit and called her back at [[PHONE:555-0106]]; she thinks her ex, [[REL:Darnell Pruitt]], still has the password to [[EMAIL:maribel.hp@lakeshoremail.com]], which is the address the visit link went to.\n\n"
    "We reset everything and filed with privacy. Questions: (1) is this a reportable breach on our side if the platform did what it was told? (2) do you screen for tech-facilitated IPV before video visits? Our IPV screen is on paper in the waiting room, which doesn't exist for telehealth.",
    # 012 quoted patient-portal message: age, ordinal date, ALF, POA phone intl format, sign-off, direct address, poster named in the quote
    "Portal message this morning, verbatim (closed group). How do you answer these without writing a 20-minute reply?\n\n"
    "> Dr. Ferreira,\n"
    "> My mom [[PT:Gladys Pennington]] is [[AGE:93]] and since you changed her water pill on the [[DATE:14th]] she's been dizzy and fell Saturday in the bathroom at [[FAC:Willow Glen Assisted Living]]. The lady who does housekeeping ([[REL:Precious]]) found her. Nobody called me. I'm her POA and my number is on file ([[PHONE:+1 843-555-0140]]) — I had to hear it from the lady in the next apartment. I don't want her on the new pill. Please call me not the facility.\n"
    "> [[REL:Bernadette Pennington-Moss]]\n"
    "> (daughter)\n\n"
    "My draft back: “[[REL:Bernadette]], thank you for telling me, and I'm sorry no one called you. Let's stop the chlorthalidone today and get a BMP…” Too much? Too little?\n\n"
    "— Luis Ferreira, IM",
    # 013 return-to-learn school note: school, AD, student id, school nurse, athletic trainer, coach, dates
    "Return-to-learn note for a concussion — our district keeps bouncing ours because they want specific accommodations. Latest version below; critique welcome.\n\n"
    "To: Mr. [[REL:Kowalczyk]], Athletic Director, [[FAC:Wahpeton High School]]\n"
    "Re: [[PT:Tatum Grace Oyler]], grade 10, student ID [[ID:S0048812]]\n"
    "[[PT:Tatum]] was evaluated on [[DATE:Sept. 22]] for a concussion sustained at volleyball practice [[DATE:9/19]]. Please allow: 50% workload for 2 weeks; no tests until symptom-free at rest; rest breaks in the health office (Nurse [[HCP:Hedlund]] is aware); sunglasses indoors; no PE. She may begin the graduated return-to-play progression with athletic trainer [[HCP:Jace Oberg]], ATC, once cleared academically. Reassess [[DATE:October 6]].\n\n"
    "Coach [[REL:Lindqvist]] has already asked twice whether she can play the [[DATE:28th]]. No.",
    # 014 junior hockey team physician, Saskatchewan: billets, P.A. vs PA, Sask health number, Yukon dad
    "Team doc for the [[FAC:Carrot River Kodiaks]] (junior A). 17M defenceman took a puck to the anterior neck [[DATE:Nov 16]]. Hoarse, no stridor, crepitus over the thyroid cartilage. He billets with the [[REL:Frieslands]] in [[TOWN:Carrot River]]; billet mom [[REL:Jolene Friesland]] drove him to the [[FAC:Vic]] in [[TOWN:P.A.]] and had to dig his Sask health card ([[PLAN:912 448 017]]) out of his hockey bag. CT there: non-displaced thyroid cartilage fracture, Schaefer group 2. ENT in [[TOWN:Saskatoon]] (Dr. [[HCP:Amankwah]]) says voice rest, PPI, no contact 4–6 weeks. Our PA did the follow-up scope yesterday and the cords move fine.\n\n"
    "Parents are in [[TOWN:Whitehorse]]; dad [[REL:Gord]] has called from [[PHONE:+1 867-555-0102]] three times wanting him back for playoffs. Anyone have RTP data for laryngeal fractures in hockey? Everything I find is case reports.",
    # 015 oil-field H2S knockdown: employer + rig, crew lodge, safety man, employee id, dotted phone
    "Occ med question out of the Bakken. 31M floorhand with [[FAC:Redhawk Drilling Rig 212]], H2S monitor alarmed at 100+ ppm on the [[DATE:9th]] — knockdown, brief LOC, crew pulled him out on SCBA. Came to our ED in [[TOWN:Williston]] talking, SpO2 93% RA, crackles at the bases, lactate 3.1. Observed 24 h, no delayed pulmonary oedema, discharged.\n\n"
    "Now the company safety man, [[REL:Cody Brekke]] ([[PHONE:701.555.0177]]), wants a fit-for-duty letter by Friday for employee [[ID:RD-40872]]. Patient lives at the [[FAC:Prairie Rose Crew Lodge]] in [[TOWN:Tioga]] and has a ringing headache and word-finding trouble per his roommate. I'm inclined to refuse until neuropsych testing. How long do you keep H2S knockdowns off safety-sensitive work?",
    # 016 fishing crew, Nova Scotia: Dumping Day, vessel, Acadian names, captain's fishing licence, MSI number
    "ER doc in [[TOWN:Yarmouth]]. [[DATE:Dumping Day]] (lobster season opener, for the non-Maritimers) is our worst shift every year. This year: 38M deckhand on the [[FAC:Jenna & Jakob II]], hand pulled through the hauler, degloving of L index and middle fingers. He's from [[TOWN:Wedgeport]]; his captain, [[REL:Clarence d'Entremont]], drove him in still in oil gear and handed me the man's wallet and his own licence card ([[LIC:LFA34-10882]]) “in case you need the boat's details”. MSI [[PLAN:0044 718 2291]].\n\n"
    "Plastics at [[FAC:Bluenose Regional]] wanted a photo before accepting. Tdap, cefazolin, wrapped in saline gauze, off he went. Question for hand people: in a 38-year-old whose income for the year depends on the next 8 weeks, does anyone still offer completion amputation up front so he's back on the boat sooner?",
    # 017 farm worker heat stroke: diacritics, compound Hispanic names, labour contractor, Mexican phone, holiday
    "Central Valley, [[DATE:July 4th]] weekend, 108°F. Crew foreman brought in [[PT:José Ángel Núñez Cárdenas]], 24M, H-2A worker picking stone fruit for [[FAC:Arroyo Verde Farms]] near [[TOWN:Reedley]]. Rectal temp 41.6, GCS 9, CK 9,800, AST/ALT in the 400s. Cold-water immersion in a body bag got him to 38.9 in 22 min. The foreman, [[REL:Ubaldo Reyes]], says he'd been working since 5 and the water cooler ran dry at noon.\n\n"
    "Contractor is [[FAC:Tulare Harvest Labor LLC]], and they're holding his passport, which is its own problem. His mother, doña [[REL:Refugio]], is in [[TOWN:Ciudad Hidalgo]], Michoacán: [[PHONE:+52 1 786 555 0143]]; [[PT:José Ángel]] asked me to call her myself, in Spanish, not through the contractor.\n\n"
    "Questions: who reports to Cal/OSHA — us or the employer? And has anyone used a labour-trafficking screen in the ED that doesn't feel like an interrogation?",
    # 018 Reddit-style vent: Glasgow the town vs GCS, holiday dating events, Merry Christmas untagged
    "r/medicine-style vent. Worked [[DATE:Christmas]] alone in the ED in [[TOWN:Glasgow]]. In one night: a GCS 3 from a bar fight at 0200, a 3-year-old who swallowed a button battery, and a guy who drove in from [[TOWN:Saco]] with an arrow through his thigh because the deer “wasn't dead yet”. Honey then sucralfate for the battery kid before the flight crew landed; he's fine. The arrow guy asked if he could keep the arrow.\n\n"
    "Merry Christmas, I guess. Glasgow coma scale jokes in the comments will be removed.",
    # 019 poll with replies: ages over 89 in digits and words, neighbour, son, date with weekday outside span, members
    "POLL: Would you discharge?\n\n"
    "[[AGE:94]]yo woman, lives alone on a farm outside [[TOWN:Hays]], mechanical fall, CT head neg, pelvis films neg, walks 20 ft with a walker. Son [[REL:Lyle]] lives in [[TOWN:Denver]] and says she'll be fine, “she's tougher than all of us”. Neighbor [[REL:Ardith Wolters]] checks on her twice a week. Home health can't start until Monday the [[DATE:8th]].\n\n"
    "A) Discharge home with HH\nB) Obs admit for PT/OT + SW\nC) Swing bed\nD) Other\n\n"
    "Results (61 votes): A 8% · B 54% · C 33% · D 5%\n\n"
    "Top comment, Beth Solano, DO: C all day. She's [[AGE:ninety-four]] and the neighbor is not a plan.\n"
    "↳ @kansas_fp: Swing bed if your CAH has one. Check orthostatics too — half my 90+ fallers are on a new antihypertensive.\n"
    "↳ Beth Solano, DO: ^ this, and ask [[REL:Lyle]] when he last saw her walk.",
    # 020 rural Alberta pertussis: Rocky Mountain House vs RMSF, PO box, postal code, AHCIP, county, bible camp, MOH
    "Rural Alberta ER, notifiable-disease question. 19F, camp counsellor, 3 weeks of whooping cough-style paroxysms with post-tussive emesis; NP swab PCR positive for B. pertussis. (A colleague asked if her tick bite from the same week could be Rocky Mountain spotted fever. Wrong side of the mountains, friend.)\n\n"
    "Face sheet: [[PT:Kassidy Rae Lamoureux]], AHCIP [[PLAN:41182-0097]], [[STREET:Box 418]], [[TOWN:Rocky Mountain House]] AB [[ZIP:T4T 1A9]] ([[COUNTY:Clearwater County]]). She works at [[FAC:Crimson Lake Bible Camp]] with about 40 kids a week, including infants of staff. The MOH, Dr. [[HCP:Pelletier]], wants the camp list by morning. Mom ([[REL:Dominique]]) is worried about the camp director finding out it was her.\n\n"
    "Azithro for her, and I'm assuming prophylaxis for the cabin and any household with an infant <1 yr or a pregnant woman in the third trimester. Anything Alberta-specific I'm missing?",
    # 021 Quebec home visit: diacritics, hyphenated name, French date, RAMQ, CLSC, notary title "Me", street address French format
    "Médecin de famille in the Gaspé — writing in English for the group. Home visit yesterday to [[PT:Thérèse Côté-Gagnon]], [[AGE:96]] ans, at [[STREET:112, 1re Avenue Ouest]], [[TOWN:Sainte-Anne-des-Monts]], through our [[FAC:CLSC des Monts-Chics]]. RAMQ [[PLAN:COTT 3261 1518]]. Metastatic colon cancer, PPS 40%, lucid, funny, very clear: she wants a formal MAID request signed before her birthday — in her words, “avant le [[DATE:2 mars]], docteur, pas après.”\n\n"
    "Her daughter [[REL:Ghislaine]] is supportive; her son in [[TOWN:Rimouski]] is not, and has called the notary, Me [[REL:Lapointe]], twice. Second assessor would have to come from [[TOWN:Matane]]. For the Quebec people: any practical tips on the advance-request provisions now in force, and on handling a family member who threatens to complain to the Collège?",
    # 022 peds sentinel injury: daycare, intersection, CPS worker + intake number, grandma, child abuse pediatrician, FAC acronym
    "Peds/ED, sentinel injury question. 4-month-old with a small upper frenulum tear and a single 1 cm bruise on the pinna. Mom ([[REL:Ashlyn]]) says his older sister hit him with a toy. The baby is [[PT:Kaiden]]; daycare is [[FAC:Little Sprouts Learning Center]] at [[STREET:Cedar & 9th]]. TEN-4-FACESp positive. Head CT negative, LFTs/lipase normal, skeletal survey pending.\n\n"
    "CPS intake worker, Mr. [[REL:Oduya]], wants to discharge him tonight to grandma, [[REL:Tammy Rasmussen]], in [[TOWN:Ottumwa]]. Intake # [[ID:IA-CPS-2419-0087]]. The child abuse pediatrician (Dr. [[HCP:Severns]]) is two hours away at [[FAC:Hawkeye Children's]] and wants the survey and an ophtho exam first. Do you admit for that, or let CPS run it as an outpatient with a safe placement?",
    # 023 EP: device serials, 88F not tagged, husband 90 tagged, implant month-year
    "EP question from a general cardiologist. 88F, [[PT:Opal Vandenberg]], dual-chamber pacer implanted [[DATE:Aug 2019]] at [[FAC:Sutter Creek Heart]] for CHB. Remote transmission this week: AF burden 31%, longest episode 19 h. Generator serial [[DEVICE:RNB412870S]], RA lead [[DEVICE:PJN772016V]] — impedance stable. CHA2DS2-VASc 5, HAS-BLED 2, but she falls, lives with her husband [[REL:Harold]] who turns [[AGE:90]] on Thursday the [[DATE:12th]], and he's the one who'd notice a bleed.\n\n"
    "Would you anticoagulate on device-detected AF at this burden? I've read NOAH-AFNET 6 and ARTESiA and I'm still not sure what to tell them.",
    # 024 camp physician / peds endo: diacritic surname, pod PDM + sensor ids, mom's town
    "Peds endo on call, camp physician phoned from [[FAC:Camp Kinnikinnick]] up in the Keweenaw. 13M, [[PT:Owen Mäkinen]], T1DM on Omnipod 5 + Dexcom G6. Three pod failures in 24 h (occlusion alarms), ketones 1.8, glucose 340s, eating and drinking fine. Controller serial [[DEVICE:OP5-22K-0491837]], transmitter ID [[DEVICE:8KJ4TZ]] in case the manufacturer needs it — I'm opening a complaint because the lot numbers match. Mom ([[REL:Kirsi]]) is a 2-hour drive away in [[TOWN:Hancock]] and would rather not pick him up.\n\n"
    "Plan: switch to MDI with the camp's glargine and lispro until new pods arrive. Anyone have a simple pump-to-MDI conversion card for camp nurses?",
    # 025 one-liner with pager, HCP and PT
    "Anyone know how to reach Dr. [[HCP:Feld]] at [[FAC:Sacred Heart]] after hours about Mrs. [[PT:Pike]]? Her pager, [[PAGER:555-0139]], goes straight to voicemail.",
    # 026 forensic psych competency: court as FAC, docket, judge, jail, month, town vs state hospital, Dusky untagged
    "Forensic psych, competency-to-stand-trial question. Court-ordered evaluation from [[FAC:Dakota County District Court]], file [[ID:19HA-CR-24-1187]]. Defendant [[PT:Lucas Ferrell Whitebird]], 27M, schizophrenia, in the [[FAC:Dakota County Jail]] since [[DATE:August]], off meds there because he refuses injections and the jail doesn't carry the oral he was stable on. Judge [[REL:Patricia Almquist]] wants my report in 10 days.\n\n"
    "He understands the charges in the abstract but believes his lawyer ([[REL:Jonah Reyes-Whitfield]]) is broadcasting his thoughts. Pretty clearly fails the second Dusky prong. Question is whether to recommend restoration at [[TOWN:St. Peter]] or outpatient restoration with a Jarvis order for meds. What have you seen courts accept?",
    # 027 centenarian: ages in words, Valentine's Day, sister 99 in digits, great-grandson, town
    "Geri/deprescribing. My patient turned [[AGE:one hundred and two]] on [[DATE:Valentine's Day]] and wants to stop everything except her baby aspirin “because it's a baby”. [[PT:Hazel Marchetti]] lives with her sister [[REL:Vera]] ([[AGE:99]]) in a bungalow in [[TOWN:Walla Walla]]; great-grandson [[REL:Nico]] fills the pillboxes on Sundays. Current list: amlodipine, losartan, atorvastatin 40, donepezil, omeprazole, calcium + D, ASA 81. BP 118/60 sitting, 96/54 standing. eGFR 34. MoCA 24/30, unchanged in 3 years.\n\n"
    "I'm stopping the statin, donepezil and PPI and halving the amlodipine. Keeping the baby aspirin because she asked nicely. She told me, “Doctor, I've outlived two of my cardiologists.” Fair.",
    # 028 ranch precipitous delivery: ordinal date, county, ranch, newborn and mother as PT, EMT as HCP
    "Rural FM/OB. Got called at 0300 on the [[DATE:3rd]] to meet an ambulance halfway: G5P4, precipitous delivery in the cab of a pickup at the cattle guard of the [[FAC:Big Dry Creek Ranch]], 40 miles out of [[TOWN:Jordan]] ([[COUNTY:Garfield County]]). Baby girl [[PT:Scarlett June]] was pink and mad. Mom, [[PT:Randi Hovde]], had an atonic PPH — EBL maybe 1,200 in a pickup. Volunteer EMT [[HCP:Merle Strand]] did bimanual compression for 25 minutes until I got there with miso and TXA. Husband [[REL:Travis]] drove the whole time.\n\n"
    "Both fine. Our county has one ambulance. Anyone stocking TXA and misoprostol on volunteer rigs, and what did you have to do with your state EMS office to get it on protocol?",
    # 029 trucker vs moose, Saskatchewan: Ontario town referred back, company, unit number, plate, OHIP, wife, phone
    "Trauma debrief, rural Sask. Semi vs. moose on the Trans-Canada east of [[TOWN:Swift Current]], 0400 [[DATE:Jan 7]], −34 °C. Driver [[PT:Harjit Singh Grewal]], 46M, from [[TOWN:Brampton]], drives for [[FAC:Maple Leaf Northern Transport]] (tractor unit [[ID:MLN-0473]], Ontario plate [[PLATE:CKRT 418]]). Flail chest L 4–7, HTx, SBP 80s. Chest tube, 2 units O neg, TXA, flew to [[TOWN:Regina]].\n\n"
    "OHIP card was in the cab: [[PLAN:5521-884-019-KT]]. His wife, [[REL:Manpreet]], is flying out from [[TOWN:Brampton]] tonight; I gave her our unit clerk line, [[PHONE:(306) 555-0120]]. He asked me twice to make sure the company knew the moose came out of nowhere.\n\n"
    "Lesson for us: our walking blood bank list was out of date. Anyone running a WBB in a town of 15,000?",
    # 030 weekend handoff, phone notes: surname-first ordinary-word names and the same words in clinical use
    "Weekend handoff from my phone notes (yes I know):\n\n"
    "[[PT:Grant, Miles]] — 71M, SBO, NGT to LIWS, surg following (Dr. [[HCP:Ibe]]). Don't chase the K unless <3.0.\n"
    "[[PT:Hope, Faith]] — 45F, DKA, off drip at 0600, transition done. Hope she's home Monday.\n"
    "[[PT:Young, Sterling]] — 88M, hip fx POD2, hyperactive delirium. Young daughter-in-law ([[REL:Cassidy]]) is the one to call, not the son.\n"
    "[[PT:Long, Chase]] (goes by “[[PT:Chip]]”) — 59M, LLE cellulitis, long-acting insulin dose halved.\n"
    "[[PT:Black, Dawn]] — 63F, submassive PE, heparin → apixaban today. Black stools last week, guaiac neg now.\n\n"
    "Grant application deadline is Monday for anyone who cares. I'm off till Tuesday.",
    # 031 Figure 1 caption: tattoo with relative's name and date, employer, town, street, member replies
    "Figure 1 upload caption (image: right forearm, healing partial-thickness burn around a tattoo). Consent on file.\n\n"
    "“Pt burned his forearm on a brake drum at work ([[FAC:Dutch's Diesel & Tire]] in [[TOWN:Moses Lake]]). The tattoo spared by the burn reads ‘[[REL:Danny]] [[DATE:4/12/19]]’ under a cross — his brother, killed on [[STREET:Road 7 NE]]. I blurred it in the photo, but mods please double-check the caption.”\n\n"
    "Comments:\n"
    "@burn_fellow: Silver sulfadiazine is old news — we'd use a silver foam dressing and see him in 48 h.\n"
    "OP: Thanks @burn_fellow, switched to Mepilex Ag. Healing nicely at day 10.",
    # 032 family email: email address, fundraiser URL, wife, family business, town
    "How do you handle this? A family emailed me (from [[EMAIL:hankandlou.beaudry@plainsnet.net]]) asking for a letter to post on their fundraiser page, [[URL:https://www.givetogether-fund.org/hank-beaudry-als]], saying my patient [[PT:Hank Beaudry]] has ALS with “months to live”. He has ALS — ALSFRS-R 28, FVC 52%, PEG discussion underway — but I'd say a year or more, and I've never told them months.\n\n"
    "His wife [[REL:Lou]] is lovely and overwhelmed. They sold the cattle and are closing [[FAC:Beaudry Feed & Seed]] in [[TOWN:Mandan]]. I want to help without writing anything untrue or putting my name on a public page. Has anyone written a generic “has a serious progressive illness requiring significant care” letter that families found useful?",
    # 033 functional tics: patient's social handle, school, town
    "Peds neuro-adjacent question. 16F with abrupt-onset complex tic-like behaviours, coprolalia, throwing things — textbook functional tic-like presentation, onset 3 weeks after she started watching a particular creator. Mom showed me her daughter's own account, [[HANDLE:@lil.skye.x.o]], 40k followers, mostly videos of her tics. The patient is [[PT:Skye Harlan]], a junior at [[FAC:Gallatin Valley High]] in [[TOWN:Belgrade]]; the school wants a 504 plan and a letter.\n\n"
    "CBIT-style therapy waitlist is 5 months. Anyone had success just asking the kid to take a break from posting? Every time I've tried it lands as an accusation.",
    # 034 meth-lab exposure: mobile home park, county road address, three kids, neighbour, deputy
    "Tox/peds. Deputies brought in three kids from a trailer at [[FAC:Whispering Pines Mobile Home Park]], lot 14, [[STREET:4471 County Road 12]] outside [[TOWN:Ravenna]], after a neighbour, [[REL:Darla Fenske]], called about the smell. Kids: [[PT:Brynlee]] (6), [[PT:Paxton]] (4), [[PT:Jaxon]] (22 mo). All well-appearing. Deputy [[REL:Kuehl]] says it was a one-pot shake-and-bake setup.\n\n"
    "Decontaminated, UDS pending, LFTs/CK normal so far. [[PT:Jaxon]] has a cough and 94% RA. Do you bother with hair testing for the court case? CPS wants “proof of exposure”. I'd rather spend the money on getting [[PT:Jaxon]] a proper chest film and a ride to his grandma's.",
    # 035 grain bin entrapment: co-op, town, county, compound Dutch surname, son, volunteer fire department
    "Ag injury. 52M entrapped to the chest in corn for 3.5 h at the [[FAC:Heartland Prairie Co-op]] elevator in [[TOWN:Alden]] ([[COUNTY:Hardin County]]). Patient [[PT:Roger Van der Molen]]; his son [[REL:Tyler Van der Molen]] was at the hatch and called it in. [[FAC:Alden Volunteer Fire]] built a cofferdam and cut the bin. On arrival: SpO2 86%, lactate 6, K 6.4, CK rising. Treated hyperK, intubated for worsening hypoxemia (aspirated corn dust — BAL later was literally corn).\n\n"
    "OSHA came the next day. Question: anyone seen delayed compartment syndrome of the abdomen/thorax after grain entrapment, or is that a myth we pass around?",
    # 036 volunteer EMS medical director: intersection, town, Lakota compound name, paramedic HCP, gas station clerk
    "Volunteer EMS medical director, western SD. Case review: witnessed arrest at [[STREET:Hwy 14 & County Rd P]] outside [[TOWN:Philip]]. Bystander CPR by the clerk at [[FAC:Bad River Fuel Stop]] ([[REL:Marty]]), who'd done a CPR class at church a month earlier. Our rig was 38 min out. Patient [[PT:Walter Iron Cloud]], 67M, VF ×3, ROSC after the 4th shock with the store's AED. Paramedic [[HCP:Jolene Hauge]] ran it by herself with two EMRs.\n\n"
    "He walked out of the hospital in [[TOWN:Rapid City]] 9 days later. I want to use this to get AEDs into every fuel stop on the highway. Anyone done this county-wide? What did it cost, and who paid for pads and batteries?",
    # 037 VA nexus letter: claim number with label split, nickname in name with diacritic, service years, VSO at legion post
    "Nexus-letter question. Vet asked me to write one for his PACT Act claim — the VA claim number he wrote on a sticky note for me, [[ID:28 447 115]]. [[PT:Arturo “Art” Benavídez]], 56M, served [[YEAR:1990]]–[[YEAR:1991]] (Desert Storm) and again [[YEAR:2004]] near the burn pits in Iraq. Now has constrictive bronchiolitis on surgical biopsy. His VSO, [[REL:Darlene Whitefeather]], works out of [[FAC:American Legion Post 18]] in [[TOWN:Socorro]] and says the letter needs “at least as likely as not” and a rationale.\n\n"
    "I'm a civilian pulmonologist. Is there a template people trust? And is it reasonable to charge for these? He offered to pay, I'd rather not.",
    # 038 nursing-home norovirus: Norwalk untagged, facility, town, county, death with age 97, son pastor + church
    "NH medical director. Norovirus outbreak (the state lab still reports it as “Norwalk-like”) at [[FAC:Good Shepherd Home]] in [[TOWN:Fergus Falls]]: 22 of 60 residents and 9 staff since the [[DATE:2nd]]. One death — [[AGE:97]]F, [[PT:Ingrid Solheim]], aspiration after vomiting on [[DATE:Jan 6]]. Her son, Pastor [[REL:Erik Solheim]] of [[FAC:Trinity Lutheran]], asked me after the funeral whether she “died of the virus” for the death certificate.\n\n"
    "[[COUNTY:Otter Tail County]] public health has been great. Current measures: unit closure, no communal dining, staff excluded 48 h after last symptom, bleach 1:50. Anything else that shortened your outbreaks?",
    # 039 Lyme in Old Lyme: town vs disease, school, state forest, breastfeeding
    "Yes, she lives in [[TOWN:Old Lyme]]. Yes, she has Lyme. 34F, [[PT:Juniper Oakes]], classic 12 cm EM on the flank 9 days after hiking in [[PLACE:Nehantic State Forest]], plus fatigue and a migratory arthralgia. She teaches 3rd grade at [[FAC:Rogers Lake School]] and is breastfeeding a 5-month-old. She asked if Lyme disease is named after her town and whether that makes her a local celebrity.\n\n"
    "Doxy 10 days is what I'd do off-lactation; with breastfeeding I've been using amoxicillin 14 days. Anyone comfortable with short-course doxy in lactation now? The AAP and IDSA language seems softer than it used to be.",
    # 040 asynchronous telehealth text visit: speaker labels, lower-case names and nickname, boyfriend, store, pharmacy, street
    "Asynchronous text visit, pasted from the platform (pt OK'd sharing for teaching):\n\n"
    "Pt ([[PT:kenzie]]): hi its [[PT:mackenzie rowe]], my uti is back 😩 burning + going every 10 min\n"
    "Me: Sorry to hear that. Any fever, back pain, vomiting? Any chance you could be pregnant?\n"
    "Pt: no fever. maybe?? me and [[REL:dillon]] werent always careful idk\n"
    "Me: OK — can you grab a pregnancy test on the way home? I'll send the antibiotic that's safe either way.\n"
    "Pt: im at work til 6 at [[FAC:Sweet Pea Boutique]] in the mall. pharmacy is [[FAC:Thrifty Corner Drug]] on [[STREET:state st]]\n"
    "Me: Sent cephalexin there. Message me with the test result tonight.\n\n"
    "Question: do you require a UPT result before prescribing in async visits, or just choose a pregnancy-safe drug and move on?",
    # 041 ID consult note: MRN, referring hospitalist, Wisconsin fire-number address, wife, outside clinic fax
    "ID consult, pasted (closed group):\n\n"
    "Pt: [[PT:Roosevelt Pettaway]] | 66M | MRN [[MRN:88-301-4472]] | referring: Dr. [[HCP:Akinyemi]] (hospitalist)\n"
    "Q: RLL mass + verrucous skin lesions, r/o malignancy vs blasto\n"
    "HPI: Retired mail carrier, traps beaver and hunts grouse around [[TOWN:Merrill]]; lives at [[STREET:N4471 County Rd K]] with wife [[REL:Cordelia]] and two dogs, one of which had “lung cancer” last year per the vet. Outside CT and biopsy slides requested from [[FAC:Pine River Clinic]], fax [[FAX:715-555-0186]].\n"
    "Data: skin bx with broad-based budding yeast. Urine Blasto Ag pending.\n"
    "A/P: Blastomycosis, pulmonary + cutaneous, moderate. Itraconazole 200 TID ×3 d then BID for 6–12 mo; level at 2 wk. Ask the vet about the dog.",
    # 042 pharmacist call: pharmacy, pharmacist HCP (Cherokee surname), Rx number with label apart, other prescriber, towns
    "Buprenorphine question. Pharmacist [[HCP:Wynona Sixkiller]] at [[FAC:Cornerstone Pharmacy]] in [[TOWN:Tahlequah]] called: my patient [[PT:Dusty Ray Cordell]] presented my Suboxone script, and the PDMP shows a second bup script filled 9 days ago from Dr. [[HCP:Halvorsen]] in [[TOWN:Muskogee]]. She's holding mine — the number on her screen was Rx [[ID:6604418]] — until I call back.\n\n"
    "[[PT:Dusty]] has been stable 14 months, UDS consistent every time. My gut says the other script is a lost-script replacement he forgot to mention, not diversion. How do you handle this without blowing up a therapeutic relationship that took a year to build?",
    # 043 death certificate: funeral home, funeral director, age 90, town, date with weekday outside span, granddaughter
    "Death certificate question. Funeral director [[REL:Glen Keller]] from [[FAC:Keller-Ostrander Funeral Home]] called about [[PT:Ethel Mae Dorsey]], [[AGE:90]], who died at home in [[TOWN:Clay Center]] on Saturday, [[DATE:March 8]], on hospice. I was her PCP for 20 years; the hospice doc won't sign because he never saw her. Fine — I'll sign.\n\n"
    "Cause: I have “end-stage heart failure (years)” due to “ischemic cardiomyopathy” and contributing “CKD stage 4”. Her granddaughter [[REL:Britt]] asked me to leave off “dementia” because “Grandma would hate that.” It was real and contributed. What would you do?",
    # 044 workers' comp: adjuster, insurer as business, claim no., welder employer, city, full SSN on form
    "Work comp vent. Adjuster [[REL:Kendra Tollefson]] from Great Plains Mutual (the employer's carrier) wants an MMI date and impairment rating on claim [[ID:WC-0098-44172]] for my patient [[PT:Rusty Knutson]], 44M, a welder at [[FAC:Dakota Steel Fabricators]] in [[TOWN:Sioux Falls]]. Full-thickness supraspinatus tear, repaired 14 weeks ago, still can't work overhead. Their form came back because I left the SSN box blank; they filled it in themselves on the resend: [[SSN:523-81-4470]]. Great, now it's in my fax queue.\n\n"
    "He's not at MMI. How do you push back on adjusters who want a rating at 3 months after a cuff repair?",
    # 045 Amish measles: county, town, Amish names, father, bulk-food store, exposure date, phone shanty
    "Measles in an Amish settlement, [[COUNTY:Holmes County]]. Index case [[PT:Eli Yoder]], 7, then his sister [[PT:Ruth Ann Yoder]], 4, and a cousin, [[PT:Lavina Miller]], 9. Unvaccinated. Father [[REL:Menno Yoder]] is receptive to MMR for the younger kids but not himself. Exposure site: [[FAC:Yoder's Bulk Foods]] near [[TOWN:Walnut Creek]] on [[DATE:March 21]] — a busy Saturday, lots of English customers too.\n\n"
    "Health dept reached the family through the phone shanty, [[PHONE:330-555-0158]], which they check twice a day. Vitamin A for the kids, ruled out pneumonia in [[PT:Lavina]]. Tips for working with bishops on outbreak vaccination? We had one success (a respected midwife spoke at church) and one disaster.",
    # 046 well-water methemoglobinaemia: infant, rural-route address, parents joined by "and"
    "Blue baby on a Sunday. 6-week-old [[PT:Harper]], formula mixed with water from the farm well at [[STREET:RR 1 Box 47]], [[TOWN:Elgin]], ND [[ZIP:58533]]. SpO2 85% not budging on O2, chocolate-brown blood, co-ox MetHb 21%. Methylene blue 1 mg/kg, MetHb 4% at 1 h. Parents [[REL:Kyle]] and [[REL:Shelby Aasen]] had no idea; they just moved out from [[TOWN:Bismarck]] and the well has never been tested. County tested it Monday: nitrate-N 38 mg/L.\n\n"
    "Public service reminder for rural peds: ask about well water at the 2-week visit. Also — any issue with G6PD screening before MB in a baby of Northern European ancestry? I didn't.",
    # 047 rodeo sports medicine: rodeo as venue, town, holiday, nickname in quotes, membership card number
    "Rodeo sports med. Covering the [[FAC:Powder River Roundup]] in [[TOWN:Broadus]] over the [[DATE:Fourth of July]]. Bull rider [[PT:Wyatt “Tank” Lemmon]], 22M, 4th concussion this season by his own count, wants to ride in the short go tomorrow. Card number on his association card [[ID:448193]] so the secretary can scratch him if I say so. Vomited once, SCAT6 symptom score 41, but says he “felt worse after prom”.\n\n"
    "I scratched him. His dad [[REL:Buck]] yelled at me for ten minutes in the sports-med trailer. What are you all doing with 4+ concussions in a season in rough-stock events — and does anyone actually have a retirement conversation with a 22-year-old?",
    # 048 bar overdose: bar, town, holiday, initials as name, bartender hero
    "Shout-out post. [[DATE:St. Patrick's Day]], 2340: bartender [[REL:Rochelle]] at [[FAC:The Rusty Spur]] in [[TOWN:Elko]] found a 30s M blue in the bathroom, gave two sprays of naloxone from the box behind the bar, and started compressions. [[PT:J.R.]] (that's what the regulars call him) got a third dose from EMS and woke up swinging. Fentanyl + xylazine on the tox; the xylazine wound on his forearm is what's keeping him in.\n\n"
    "[[REL:Rochelle]] got the naloxone box from the county's leave-behind program. Please, if your county has one, push for bars to be included.",
    # 049 long academic M&M: missed dissection, urgent care, town, triage nurse, ED attending, EMS, wife, MRN, FIN, dates, member discussion
    "M&M write-up — Emergency Medicine, [[FAC:UCMC]]. Shared with permission from the department; patient identifiers left in because this is the closed M&M group, mods please pull if that's wrong.\n\n"
    "Case: [[PT:Gerald Ashby]], 54M, MRN [[MRN:70-228-1945]], FIN [[ACCT:4400219873]]. Seen [[DATE:June 11]] at [[FAC:Lakeview Urgent Care]] in [[TOWN:Naperville]] for “pulled a muscle in my back lifting mulch”: sudden tearing interscapular pain, BP 188/104, no pulse differential documented. Seen by the urgent-care NP ([[HCP:Whitley Sommers]]), discharged with cyclobenzaprine. Returned by [[FAC:Naperville Fire]] ambulance to our ED on [[DATE:June 12]] at 0612 with pain migrating to the abdomen and a cold L leg.\n\n"
    "Triage (RN [[HCP:Cortez]]): ESI 2, BP R arm 172/98, L arm 131/80 — the differential was there and recorded at triage. ED attending (Dr. [[HCP:Soto]], not the presenter) anchored on renal colic because of microscopic hematuria; CT A/P without contrast ordered at 0650, read at 0802 as “no stone; incidentally noted dilated descending aorta, recommend CTA”. CTA at 0840: Stanford B with malperfusion of the L iliac and L renal artery. TEVAR at 1130. He lost the L kidney and has a foot drop; he's home.\n\n"
    "Patient perspective: Mr. [[PT:Ashby]] told our patient-experience liaison he “knew it wasn't a muscle” and said so twice at urgent care. He has agreed to let us use his story for teaching. Wife [[REL:Denise Ashby]] has asked for a meeting; risk management is involved.\n\n"
    "Contributing factors: (1) triage BP differential not surfaced to the physician; (2) anchoring; (3) non-contrast CT as the first test; (4) the urgent-care visit — no ADD-RS, no aortic imaging despite tearing pain and hypertension; (5) radiology read 72 minutes after the scan.\n\n"
    "Changes: BP in both arms prompts a best-practice alert at > 20 mmHg; ADD-RS added to our chest/back pain order set; non-contrast CT for flank pain in patients over 50 now requires a free-text reason.\n\n"
    "Discussion:\n"
    "Dr. Okeke: The ADD-RS + D-dimer pathway (ADvISED) would have flagged him at urgent care. Worth sharing with the UC group.\n"
    "@aorta_jen: Agree. Also, non-contrast CT followed by CTA costs an hour we don't have; for tearing pain + BP differential, go straight to CTA chest/abdo/pelvis.\n"
    "@aorta_jen: One more — the urgent care's EHR doesn't talk to ours, so nobody here saw the first visit until [[REL:Denise]] mentioned it at 0900. Care Everywhere would have shown it in one click.\n"
    "Dr. Okeke: Ordering habits and interoperability are the real fixes. Thanks @aorta_jen.",
    # 050 3am text to co-resident: lower-case names, nun's convent as FAC, ages 93/92 over 89
    "3am texts with my co-resident, pasted because I need someone to tell me I did the right thing:\n\n"
    "me: pt in 7, [[PT:dolores]], keeps pulling her NG\n"
    "me: daughter [[REL:rosie]] says she was a nun at [[FAC:st. agatha's convent]] for 40 yrs and never swore once. she just called me a son of a b\n"
    "me: mitts or precedex\n"
    "Anjali: mitts. precedex on the floor is a no\n"
    "Anjali: also isn't [[PT:dolores]] like [[AGE:93]]? if you need haldol 0.25 max\n"
    "me: she's [[AGE:92]]. mitts on. she's asleep now holding [[REL:rosie]]'s hand\n\n"
    "She pulled the mitts off by 5. NG replaced under IR at 8. Moral of the story?",
    # 051 Figure 1 moderation warning: wristband text with name, MRN, DOB visible in an upload
    "Mod note for everyone uploading to the image feed: we just pulled a (great) photo of a Stevens-Johnson rash because the wristband was readable in the corner — “[[PT:NAVARRO, LUZ]]  [[MRN:7700218841]]  [[DATE:06/02/1958]]  ALLERGY: SULFA” — and the whiteboard behind it said “[[PT:Luz]] ♥ grandkids visit Sun”. Crop or blur wristbands, whiteboards and monitors before you upload. The auto-blur does not read wristbands.\n\n"
    "The uploader has been contacted and was gracious about it. Thanks all.",
    # 052 parolee with ankle monitor: device id, probation officer, phone, hyphenated name, county, town referred back
    "MRI safety question. 29M with acute low back pain + saddle paresthesia, needs an MRI tonight, but he's on parole with a GPS ankle monitor (strap label: [[DEVICE:AM-55120]]). [[PT:Isaiah Montoya-Baca]] lives back in [[TOWN:Los Lunas]] and says if the monitor goes offline he's violated. Probation officer [[REL:Deshawn McCrary]] answered at [[PHONE:(505) 555-0107]] at 2300, bless him, and said [[COUNTY:Valencia County]] can send someone to cut it and re-fit in the morning — if I document medical necessity.\n\n"
    "MR safety says the monitor has a lithium battery and is MR Unsafe. Cut it, scan, document, let the PO handle the rest? Or does anyone know a monitor that's MR Conditional?",
]
FREE_NOTES: list[str] = [
    # 053 poll: Wells/PERC/YEARS, D-dimer numbers
    "POLL: PE workup in a 34F, HR 104, SpO2 97%, OCP user, pleuritic pain. Wells 3.0 (HR + “PE most likely”), so PERC doesn't apply. Age-adjusted D-dimer cutoff is irrelevant at 34. YEARS algorithm: 0 items → D-dimer threshold 1000 ng/mL. Hers came back 640.\n\n"
    "A) Stop, no imaging\nB) CTPA anyway\nC) V/Q\nD) Bilateral LE duplex first\n\n"
    "Results (212 votes): A 41% · B 38% · C 6% · D 15%. Surprised B is that high in 2025 — YEARS was validated in the 2017 Lancet paper and PEGeD extended it.",
    # 054 Ottawa ankle/knee and Canadian C-spine rules, Nexus
    "Teaching pearl for the new interns: Ottawa ankle rules (malleolar zone tenderness at the posterior edge or tip of either malleolus, or inability to bear weight 4 steps) plus the Ottawa knee rule, and the Canadian C-spine rule vs NEXUS. Remember CCR excludes age >65 as a high-risk factor outright, and dangerous mechanism includes a fall from ≥3 ft or 5 stairs. Sensitivity of CCR ~99.4% in the original Stiell cohort. NEXUS misses more in elderly patients with C2 fractures. Use both thoughtfully, document which one.",
    # 055 Lyme vs RMSF vs STARI, geography, no patient
    "Tick season question from a Missouri FP: EM-like rash after a lone star tick bite. Is it Lyme (Borrelia burgdorferi), STARI (southern tick-associated rash illness), or early ehrlichiosis? Lone star ticks don't transmit Lyme, so I usually treat as STARI with doxy 100 BID ×7–10 d — same drug either way. Rocky Mountain spotted fever is the one that kills people here, not in the Rockies; Arkansas, Missouri, Tennessee, North Carolina and Oklahoma account for most US cases. Alpha-gal after lone star bites is the other thing we now see weekly.",
    # 056 endocrine eponyms
    "Endo quiz for the residents: TSH <0.01, FT4 3.8, TRAb positive, diffuse uptake on I-123 scan = Graves. TSH 18, TPO strongly positive, rubbery goitre = Hashimoto. Painful thyroid, ESR 90, low uptake = de Quervain. Then cortisol 2.1 at 0800 with ACTH 480 and hyperpigmentation = primary adrenal insufficiency (Addison), and the Cushing trio: 1 mg DST, late-night salivary cortisol, 24-h UFC. Sheehan syndrome in any postpartum woman who can't breastfeed. Nelson syndrome after bilateral adrenalectomy.",
    # 057 anticoag scores and brands
    "Anticoag question: CHA2DS2-VASc 4, HAS-BLED 3, CrCl 38 mL/min by Cockcroft-Gault, weight 58 kg, age 81. Apixaban 2.5 BID or 5 BID? She meets 2 of 3 criteria (age ≥80, weight ≤60 kg; Cr 1.3 so not the third), so 2.5 mg BID is the label. Xarelto 15 mg for CrCl 15–50. Eliquis copay is $47/month on her Part D plan; warfarin with INR goal 2–3 is the fallback. Watchman if she keeps bleeding.",
    # 058 ortho classifications
    "Ortho classifications I have to look up every time: Salter-Harris I–V (SALTR), Weber A/B/C for lateral malleolus relative to the syndesmosis, Gustilo-Anderson I, II, IIIA/B/C for open fractures, Garden I–IV for femoral neck, Schatzker I–VI for tibial plateau, Neer for proximal humerus, Mason for radial head, Lauge-Hansen SER-4. Boxer's fracture = 5th metacarpal neck; Bennett vs Rolando at the thumb base; Jones vs pseudo-Jones at the 5th metatarsal. Monteggia vs Galeazzi: MUGR.",
    # 059 Kawasaki vs MIS-C
    "Peds ID: 3-year-old, fever 6 days, bilateral non-exudative conjunctivitis, cracked lips, strawberry tongue, rash, hand oedema. 4 of 5 Kawasaki criteria. CRP 14, albumin 2.8, ALT 90, platelets 510 on day 7, pyuria. Echo: LAD Z-score 2.6. IVIG 2 g/kg + high-dose ASA. MIS-C was on the differential but SARS-CoV-2 serology negative. Kobayashi score 5 — would you add steroids up front per RAISE?",
    # 060 neuro eponyms with diacritics
    "Neuro case conference: ascending weakness over 9 days, areflexia, CSF protein 142 with 2 WBC (albuminocytologic dissociation) → Guillain-Barré. Anti-GQ1b positive with ophthalmoplegia and ataxia would push you to Miller Fisher; Bickerstaff if encephalopathic. EGRIS score 5, so watch the FVC (20/30/40 rule). Differential also included Lambert-Eaton, Bell's palsy (bilateral is GBS until proven otherwise), Ménière-style vertigo, and a spinal cord lesion. Todd's paralysis came up and was rightly dismissed.",
    # 061 ICD-10 coding rant
    "Coding rant. Our CDI team bounced my note because I wrote “opioid use disorder, in remission, on buprenorphine” and they want F11.21 + Z79.891, not F11.20. Then “acute on chronic HFrEF” is I50.23, and “type 2 MI” is I21.A1 — which didn't exist before 2017. Accidental overdose is T40.411A for fentanyl, initial encounter. Ten minutes per chart, every chart. Anyone in Canada want to tell me how much simpler ICD-10-CA is?",
    # 062 genetics question
    "Genetics question from primary care: 41M, ferritin 1,140, TSAT 68%. HFE shows C282Y/H63D compound heterozygote — usually not enough on its own, so I'm looking for alcohol, NAFLD, and metabolic syndrome too. Separately, his sister is BRCA2-positive and he's asking about testing: breast cancer risk in male BRCA2 carriers is ~6–7% lifetime, plus prostate and pancreatic. Cascade testing for Lynch (MLH1, MSH2, MSH6, PMS2, EPCAM) came up as well because of a colon cancer at 44 in his father. Any good free genetic counselling via telehealth in rural Idaho?",
    # 063 diabetes devices, brands
    "Device comparison for my T1 patients, real-world: Omnipod 5 with Dexcom G7 (tubeless, adapts to TDD), Tandem t:slim X2 and Mobi with Control-IQ (fastest-responding algorithm in our clinic), Medtronic MiniMed 780G with Guardian 4 (most aggressive auto-correction, 100 mg/dL target), iLet Bionic Pancreas (weight-only initialization — great for newly diagnosed). Time in range at 3 months across our 140 patients: 68–74% regardless of system. Patients pick based on tubing and insurance, not algorithm.",
    # 064 fractions and scores
    "Exam documentation pet peeve: “GCS 14/15 (E4V4M6)”, “2/6 systolic murmur at the LUSB”, “strength 4/5 in the L deltoid”, “reflexes 2+ and symmetric”, “pain 8/10”, “Mallampati 3”, “MoCA 22/30”, “PHQ-9 14/27”. Then someone writes “BP 3/6” and the chart reader thinks it's a date. Write units. Write the denominator. And “AAOx3” tells me nothing — oriented to what?",
    # 065 one-liner about a drug shortage
    "Anyone else seeing Mounjaro back in stock at every pharmacy? Ozempic 2 mg is still spotty in our area.",
    # 066 colleagues addressing each other by name (members)
    "Thanks Priya — agree with Tom that the ketamine dose in that protocol is too high for the elderly. 0.1 mg/kg for analgesia, not 0.3. @nightfloat_nate, you had that table of sub-dissociative dosing from the ACEP pain policy? Could you repost it here so the residents stop asking me?\n\n"
    "↳ @nightfloat_nate: Reposting tonight. Priya, your version had the renal adjustments, right?\n"
    "↳ Priya: It did. I'll merge them.",
    # 067 literature links
    "Reading list for the hospitalist journal club, all public:\n"
    "• DOI 10.1056/NEJMoa2300000 — the trial everyone is arguing about this month\n"
    "• https://pubmed.ncbi.nlm.nih.gov/30000000/ — older meta-analysis on fluid balance\n"
    "• NICE NG51 (sepsis) — https://www.nice.org.uk/guidance/ng51\n"
    "• CDC STI Treatment Guidelines 2021 — https://www.cdc.gov/std/treatment-guidelines/\n"
    "• Choosing Wisely Canada list for hospital medicine\n"
    "We meet Thursday at noon in conference room 3B. Bring lunch.",
    # 068 ward/bed/pod numbers, no patient identifiers
    "Sign-out structure question for a new hospitalist group. We organize by unit: 4 West beds 1–24, 5 East 1–18, MICU 1–12, step-down pods A–D. Each line: bed, age/sex, one-liner, code status, to-do, if-then. E.g., “5E-14 | 67M | HFrEF exac, diuresing | FULL | AM BMP | if UOP <500 by 0200, give 80 IV”. Works well until someone gets transferred to 6 North at 0300. How do you handle cross-unit moves?",
    # 069 place-named viruses
    "ID fellows' board review. Place-named viruses: Norwalk (norovirus, Ohio), Coxsackie (New York), West Nile (Uganda), Ebola (river in DRC), Marburg (Germany), Hantavirus (Hantan River, Korea), Sin Nombre (the Four Corners outbreak of 1993), Lassa (Nigeria), Zika (forest in Uganda), Powassan (Ontario), Heartland virus (Missouri), Bourbon virus (Kansas). Person-named organisms: Klebsiella, Escherichia, Salmonella, Yersinia, Rickettsia, Bordetella, Listeria, Pasteurella.",
    # 070 SJS/DRESS, HLA typing
    "Derm-tox pearl: allopurinol SJS/TEN is strongly associated with HLA-B*58:01, especially in Han Chinese, Korean, and Thai patients; carbamazepine with HLA-B*15:02; abacavir hypersensitivity with HLA-B*57:01. RegiSCAR score for DRESS ≥6 = definite. SCORTEN at day 1 and day 3. ALDEN for causality. Nikolsky sign positive in SJS, negative in DRESS. Cyclosporine 3–5 mg/kg/day has decent data for SJS/TEN; IVIG less so.",
    # 071 peds scales
    "Newborn and adolescent scales cheat sheet for the FM residents: Apgar at 1 and 5 min (a 7/9 is fine), Ballard for gestational age, Dubowitz if you're old school, Bhutani nomogram for bilirubin, BiliTool online, Tanner staging I–V, HEEADSSS for teen interviews, CRAFFT 2.1 for substance use, Bright Futures periodicity schedule for visits, ASQ-3 at 9, 18, 30 months, M-CHAT-R/F at 18 and 24.",
    # 072 years alone, not tied to patients
    "History-of-medicine tangent: the first US Indian Health Service hospital opened well before IHS existed (IHS itself dates from 1955). Medicare and Medicaid were 1965; EMTALA was 1986; HIPAA 1996, with the Privacy Rule in 2003; ACA in 2010; 21st Century Cures Act information blocking rules in 2021. Every few years we get a new acronym and a new checkbox.",
    # 073 states, provinces, countries in a licensure discussion
    "Licensure question: I'm in Montana and want to do telehealth for patients in Wyoming, Idaho, and North Dakota. IMLC covers all three. Does anyone also hold licences in Alberta or Saskatchewan for cross-border work? The CPSA process looked brutal. A colleague does locums in Nunavut and the Northwest Territories and says it took 7 months. Mexico is a non-starter.",
    # 074 cardiac classifications and scores
    "Cardiology teaching: NYHA I–IV (symptoms) vs ACC/AHA stages A–D (structure), Killip I–IV in ACS, TIMI 3/7 for UA/NSTEMI, GRACE for in-hospital mortality, HEART score 4 = moderate, Forrester hemodynamic profiles (warm/cold, wet/dry), SCAI shock stages A–E. Duke criteria (modified 2023) for endocarditis. Levine grading of murmurs I–VI. Framingham criteria for HF diagnosis. Sgarbossa for LBBB, Smith-modified Sgarbossa.",
    # 075 liver scores
    "Hepatology pearls: Child-Pugh C = bad; MELD-Na 28 → transplant eval; Maddrey DF ≥32 → consider prednisolone; Lille score at day 7 >0.45 → stop steroids; Glasgow alcoholic hepatitis score ≥9. West Haven grades for encephalopathy. Milan criteria for HCC (one lesion ≤5 cm or up to three ≤3 cm). AASLD vs EASL on albumin for SBP: both say 1.5 g/kg day 1, 1 g/kg day 3.",
    # 076 pancreatitis scores, Atlanta classification
    "Pancreatitis scoring in 2025: Ranson (48-h, outdated), BISAP ≥3 = higher mortality, APACHE II ≥8, revised Atlanta classification (mild, moderately severe, severe; interstitial vs necrotizing), Balthazar/CTSI for imaging (don't CT on day 1). Lactated Ringer's moderate rate per WATERFALL, early oral feeding. The Atlanta in “Atlanta classification” is the 1992 symposium, revised in 2012.",
    # 077 airway eponyms, Miller blade
    "Airway: Mallampati 4, thyromental 5 cm, Cormack-Lehane 3 with a Macintosh 3 blade, so we switched to a Miller 2 and got a grade 2a. Glidescope or C-MAC next time from the start. LEMON for prediction, HEAVEN for physiologic difficulty, Sellick (cricoid) pressure is out of favour. BURP maneuver helped. Bougie first-pass success went up in the BEAM trial.",
    # 078 surgical eponyms
    "Surgical eponyms for the MS3s: Whipple (pancreaticoduodenectomy), Nissen (360° fundoplication) vs Toupet (270°), Roux-en-Y gastric bypass, Hartmann procedure, Billroth I and II, Kocher maneuver, Pringle maneuver, Lichtenstein mesh repair, Shouldice repair (from Toronto), McBurney point, Rovsing, psoas and obturator signs, Murphy sign, Grey Turner and Cullen signs, Courvoisier law.",
    # 079 tubes and devices named after people
    "ICU device review: Swan-Ganz catheter (PAOP 18), Foley (16 Fr), Sengstaken-Blakemore vs Minnesota tube for variceal bleeding, Denver shunt for refractory ascites, Impella CP vs 5.5, LifeVest wearable defibrillator, Tenckhoff catheter for PD, Ommaya reservoir, Hickman and Groshong lines, Blakemore vs Linton. The SB tube kit in our ICU expired in 2019. Check yours.",
    # 080 trials
    "Trial names you should know for boards: SPRINT (BP <120), ACCORD (glycaemia and BP in T2DM), DAPA-HF and EMPEROR-Reduced (SGLT2i in HFrEF), PARADIGM-HF (sacubitril/valsartan), ISCHEMIA and COURAGE (stable CAD), CLARITY and COMMIT, ATHENA (dronedarone), RE-LY, ROCKET AF, ARISTOTLE, ENGAGE AF-TIMI 48, CREDENCE, FIDELIO-DKD, SELECT (semaglutide CV outcomes).",
    # 081 rural practice discussion, regions
    "Rural/remote practice thread. What's the longest you've managed a STEMI waiting for transport? In the Northwest Territories I've had 14 hours; a colleague in the Alaska bush had two days during a whiteout. Tenecteplase, heparin, nitro, oxygen only if <90%, aspirin, and a lot of praying. The CAEP rural guidelines and the SRPC Rural Emergency Medicine course are what I point new grads to.",
    # 082 Bernese method, buprenorphine brands
    "Bup micro-induction (the Bernese method, from Bern) for patients on fentanyl: day 1 0.5 mg, day 2 0.5 BID, day 3 1 mg BID, day 4 2 mg BID, day 5 3 mg BID, day 6 4 mg BID, day 7 12 mg and stop full agonist. Alternatively high-dose induction 16–32 mg in the ED (the California Bridge protocol). Sublocade 300 mg loading then 100 monthly once stable on 8–24 SL. Vivitrol needs 7–10 days opioid-free. COWS >8 for standard induction.",
    # 083 syncope rules with place names
    "Syncope risk tools: San Francisco Syncope Rule (CHESS), Canadian Syncope Risk Score (9 items, −3 to +11), Boston Syncope Criteria, OESIL, EGSYS. In external validation, CSRS performs best. ECG red flags: Brugada type 1, HOCM, Wolff-Parkinson-White, long QT (Bazett overcorrects at high HR, use Fridericia), epsilon wave in ARVC.",
    # 084 lab value dump
    "Lab puzzle: Na 128, K 5.9, Cl 92, HCO3 14, BUN 64, Cr 3.8, glucose 88, AG 22, lactate 4.2, osm measured 312 / calc 287 → osmolar gap 25. Ethylene glycol vs methanol vs propylene glycol from lorazepam drips. Calcium oxalate crystals on UA. Fomepizole 15 mg/kg, HD. Troponin 0.04 → 1.2 ng/mL (type 2). INR 1.1. pH 7.18, pCO2 28 (Winter's expected 27–31, so appropriate).",
    # 085 neurodegenerative eponyms
    "Memory clinic tangent: Alzheimer (amyloid PET now covered for lecanemab and donanemab eligibility), Lewy body (fluctuations, visual hallucinations, RBD, parkinsonism), Parkinson disease dementia (1-year rule), Pick (behavioural FTD), Creutzfeldt-Jakob (RT-QuIC), Huntington (CAG repeats ≥40), Wernicke-Korsakoff, Binswanger. Lecanemab ARIA risk is highest in APOE ε4 homozygotes.",
    # 086 tick-borne disease place names
    "Tick-borne disease outside the usual suspects: Colorado tick fever (Dermacentor andersoni), Powassan (Ontario origin, Ixodes in the upper Midwest and Northeast), Heartland virus (Missouri), Bourbon virus (Kansas), tularemia (“rabbit fever”, Tularemia named for Tulare County), Borrelia miyamotoi, babesiosis (Nantucket fever). Doxy 100 BID still covers most of the bacterial ones.",
    # 087 endemic mycoses, regions
    "Endemic mycoses by region for the new residents: coccidioidomycosis = Valley fever (San Joaquin Valley, Arizona), histoplasmosis = Ohio and Mississippi River valleys, blastomycosis = Great Lakes, Wisconsin, Ontario, Manitoba, Mississippi basin; cryptococcus gattii = Vancouver Island and the Pacific Northwest. Urine antigen panels cross-react; MiraVista is a common reference lab.",
    # 088 correctional medicine generic
    "Correctional medicine formulary question: our contract only covers generic bupropion XL if it's not crushed, and we can't stock gabapentin at all due to diversion. Medication pass is at 0600 and 1800 per unit (Units 1–4, tiers A and B). Sick call requests are triaged within 24 h per NCCHC standard J-E-07. How are other facilities handling MOUD continuity under the 2024 DOJ guidance?",
    # 089 sports med eponymous tests
    "Sports med exam checklist: Beighton score 6/9 (hypermobile), Lachman grade 2B, anterior drawer, McMurray and Thessaly for meniscus, Thompson test for Achilles, Ober and Noble for ITB, Apley scratch, Hawkins-Kennedy and Neer for impingement, O'Brien for SLAP, Spurling for radiculopathy, FABER/Patrick, Trendelenburg sign. Graduated RTP per the Amsterdam 2022 consensus for concussion.",
    # 090 psych scales
    "Psych screening scores in our integrated clinic, quarterly numbers: PHQ-9 ≥10 in 22% of visits, GAD-7 ≥10 in 18%, AUDIT-C ≥4 (men) in 11%, CIWA-Ar used for inpatient withdrawal, COWS for opioids, C-SSRS for any positive PHQ item 9, MoCA 22/30 median in our geri clinic. Columbia Protocol training took 40 minutes for our MAs.",
    # 091 febrile infant criteria with city names
    "Febrile infant 8–60 days: Rochester, Philadelphia, and Boston criteria are history; use the AAP 2021 guideline or PECARN (ANC >4,090, procalcitonin >0.5, abnormal UA). Step-by-Step is the European equivalent. Day 22–28 is still the grey zone for LP. Don't forget HSV in the first 21 days if vesicles, seizures, or elevated ALT.",
    # 092 tox nomograms
    "Tox nomograms: Rumack-Matthew for acetaminophen (treatment line 150 mcg/mL at 4 h in the US, 100 in parts of the UK/Australia), Done nomogram for salicylates (obsolete, don't use), King's College criteria for transplant in APAP ALF (pH <7.30 or INR >6.5 + Cr >3.4 + grade III/IV HE). NAC 21-hour protocol or the SNAP 12-hour regimen.",
    # 093 Doctors' Day, non-patient date
    "Happy Doctors' Day, everyone. March 30 — go eat the cafeteria sheet cake before the night shift finds it.",
    # 094 VA forms and programs
    "VA Community Care question for civilian docs: the consult comes through the Third Party Administrator (TriWest or Optum, depending on region), and you need a referral with a valid SEOC. Form 10-7080 for approved services, 21-0960 DBQs for disability exams (only if you're contracted), and the MISSION Act 30-day/60-minute drive-time standard. Billing goes to the TPA, not the VA directly.",
    # 095 oncology staging with place names
    "Heme-onc staging tidbits: Ann Arbor staging with Cotswolds modification for Hodgkin (now mostly replaced by Lugano 2014), Rai and Binet for CLL, Durie-Salmon vs R-ISS for myeloma, Gleason 4+3=7 = Grade Group 3, Breslow depth 1.2 mm and Clark level IV for melanoma, TNM T2N1M0 for breast = stage IIB. R-CHOP ×6, FOLFOX ×12, ABVD with PET-adapted de-escalation.",
    # 096 member thanks one-liner
    "@yk_er_doc thanks for the ketamine + midazolam for ACLS-refractory agitation table — saved me last night at 0300. Anna, your cheat sheet is on the wall of our doc box now.",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc26-001": [{"name": "Ahmed Qureshi", "handle": "@mtn_hospitalist"}, {"name": "Dana Whitcomb"}],
    "pc26-002": [{"name": "Raj Kandasamy"}, {"name": "Keisha Brandt"}],
    "pc26-003": [{"name": "Priya Raman"}],
    "pc26-007": [{"name": "Winona Redcloud", "handle": "@rezdoc_mt"}],
    "pc26-009": [{"name": "Hollis Grady", "handle": "@legal_ed_doc"}],
    "pc26-010": [{"name": "Ruth Mbeki"}],
    "pc26-012": [{"name": "Luis Ferreira"}],
    "pc26-019": [{"name": "Beth Solano"}, {"name": "Curtis Albrecht", "handle": "@kansas_fp"}],
    "pc26-031": [{"name": "Nadia Ekström", "handle": "@burn_fellow"}],
    "pc26-049": [{"name": "Chidi Okeke"}, {"name": "Jennifer Lau", "handle": "@aorta_jen"}],
    "pc26-050": [{"name": "Anjali Mehta"}],
    "pc26-066": [{"name": "Priya Raman"}, {"name": "Tom Becker"}, {"name": "Nate Osei", "handle": "@nightfloat_nate"}],
    "pc26-096": [{"name": "Miriam Tsetso", "handle": "@yk_er_doc"}, {"name": "Anna Lindgren"}],
}

build, render, main = first_set.blind_set(
    "pc26", Path(__file__).with_name("physician_cases_26.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
