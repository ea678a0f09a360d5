# ruff: noqa: E501, RUF001 (the notes are data)
"""Blind test set 33: emergencies away from the hospital, worldwide.

Fifty-two posts with PHI and forty-four without, written by EM physicians, retrieval and
HEMS doctors, ship's doctors, event and race medical officers, rural and tourist-town GPs,
travel-clinic doctors, offshore, mine-site, prison and military clinicians, anaesthetists and
surgeons in the US, Canada, Mexico, Peru, the Caribbean, the UK and Ireland, Europe, Turkey,
the Gulf, Africa, South and Southeast Asia, Australia, New Zealand, Tonga and Antarctica.
Formats: debriefs with timelines, grid references and call signs, pasted run sheets, patient
report and incident forms, triage tag lists, a 9-liner/MIST, CAD dispatch print-outs,
WhatsApp threads, assistance-company emails and case notes, a passenger manifest line, a
repatriation report and a hospital transfer letter. The PHI-free posts are teaching and
question posts dense with look-alikes: triage systems, scores and rules named after places
and people (Ottawa, Lake Louise, Glasgow, Parkland, Canadian, Swiss, Beaufort, Szpilman),
eponymous signs, drug, device and vehicle brands, aircraft types, call signs, flight levels,
doses, vitals, ages under 90, years alone, countries, states, regions and ranges,
weekdays, emergency numbers and public links. Colleagues take part in fourteen posts.

Annotation conventions:
- Names: every mention of a patient (PT), a relative, friend, companion or any other
  non-clinician about the patient (REL), or a clinician named about the patient's care
  (HCP) is tagged. Titles and ranks (Dr, Mr, Mrs, Frau, Sgt, Cpl, LCpl, Maj, Rev, Garda,
  Officer, Haji), labels, "the", possessive 's and quote marks around nicknames stay
  outside. Names written surname-first ("HOLLOWAY, Margaret") are one span as written.
- REL covers non-clinician responders and bystanders too: police, prison officers, Border
  Force, firefighters, lifeguards, ski patrollers, bullfighters, guides, porters, tour reps,
  dive buddies, ship's and platform officers, station leaders, lay theatre assistants,
  employers, supervisors and callers. HCP covers doctors, nurses, paramedics, EMTs, site and
  platform medics and military medics. Anyone who is himself treated is PT (the injured
  prison officer in 052, the driver in 014).
- Colleagues on the network (poster, repliers, @mentions, sign-offs, "thanks Nadia") are
  not tagged; they are listed in MEMBERS. In 018 and 035 a patient-side person shares a
  first name with a member and is still tagged.
- Accommodation: the hotel, hostel, lodge, park, camp or ship is FAC; the room, suite,
  cabin, dorm bed, chalet, apartment, tent, pitch, camp site or cell number is its own ID
  span holding the number only (the word "room", "cabin", "#" etc. outside).
- FAC: hospitals (also short forms: "Regions", "JHH", "KCMC", "Raigmore", "the Alfred"
  without "the"), clinics, surgeries, resorts, hotels, lodges, hostels, holiday parks,
  ships and boats by name (prefix MV/MS/HMAS inside), stations and bases, platforms,
  mines, mining camps, jails and prisons (HMP inside), care homes, aid posts, airports,
  stadiums, grounds, fairs, festivals, parties, races, rallies and rodeos by name,
  companies, tour operators, insurers and assistance companies. Public emergency and
  rescue services named as the responder (RCCNZ, RFDS, coastguard, Helimed, SAMU, Red
  Cross, Border Force, Bundeswehr, 112/999 services) and call signs are not tagged;
  airlines appear only inside flight numbers.
- STREET: the street line as written with its number ("No: 112", "km 14.5" inside);
  each street of an intersection or cross-street pair is its own span; a road or highway
  named as the scene of a crash is STREET ("N59", "Carretera Central").
- TOWN: cities, towns and islands-as-towns; PLACE: suburbs, villages, hamlets, smaller
  islands, beaches, camps, huts, trailheads, tracks and ski runs, bridges, checkpoints,
  named spots inside venues, peaks where a patient was, GPS coordinates, NZTM, OS and MGRS
  grid references. COUNTY keeps "County"/"Co." inside the span. States, provinces,
  countries, regions, ranges, rivers, seas and storm or cyclone names are not tagged.
- Not tagged either: places tied to no patient (pilgrimage sites named for comparison,
  "The Circuit" AED register), and generic numbered or lettered parts of a venue or route
  (mile 25, aid station 24, stage 6, gate 6, tent A, B wing, C-pod, row 30 for a
  helper's seat). Named spots where a patient was (a stage, a barn, a camping area, a
  pit bench written in the incident form's Location field) are PLACE.
- ZIP: any postcode (US ZIP, Mexican, UK, Eircode, Australian, German, Portuguese).
- DATE: any date more specific than a year tied to a patient, including DOBs, day-month
  forms, numeric forms and holidays or feast days that date the event (Easter Monday,
  Australia Day, New Year's Eve, Boxing Day, Waitangi Day, Christmas Eve, June bank
  holiday, Day of Arafah, J'Ouvert, Midwinter, Santo António, Feast of St James, Fiestas
  Patrias). A weekday before a date and the time of day stay outside. YEAR: a year alone
  tied to the patient. AGE: only ages over 89, the number only, each time it is written.
- Phones: the whole number as written with country code and "+"; satellite phones are
  PHONE. EMAIL, URL (a patient's post), IP (a telemedicine link), HANDLE with "@".
- SSN: any national identity number (Aadhaar, Emirates ID, TC kimlik, CNIC, Kenyan ID,
  Peruvian DNI, Belgian register number). MRN: hospital numbers and health-system patient
  numbers (NHS number, NZ NHI, Scottish CHI). PLAN: insurance policy numbers, Medicare and
  MBI, provincial and territorial health cards, the Swiss insurance card. ACCT: a hospital
  guarantee account. LIC: driving licence, dive certification. ID: passport numbers,
  assistance and claim case numbers (ACC claims too), booking references, tickets and
  seats, bibs, back and car numbers, wristbands, triage tag numbers, CAD and incident
  numbers, custody, booking and prison numbers, employee and service numbers; a flight
  number tied to the patient and the seat are separate ID spans.
- PLATE: vehicle plates, vessel registrations (UVI, local boat registration) and aircraft
  registrations; VIN; DEVICE: PLB hex IDs, AED, transceiver and dive-computer serials,
  satellite messenger IMEI.
- Not PHI: eponyms, place-named scores, rules and diseases, protocols, aircraft and vehicle
  types, call signs, brands, public links, emergency numbers, ages under 90.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 NZ HEMS debrief: timeline, PLB hex ID, NZ mobile, NZTM grid ref, named track, NHI; members @bex_icu, Aroha
    ("Debrief from the tramper job on Saturday [[DATE:8 March]], for the retrieval teaching thread (@bex_icu asked for the timeline). Times NZDT.\n"
     "1312 PLB alert via RCCNZ, hex ID [[DEVICE:2DCC3F0A7E3FDF1]], registered to [[PT:Hamish Tuhiwai]]. Emergency contact his mum [[REL:Mere Tuhiwai]], [[PHONE:027 555 0143]].\n"
     "1341 Rescue 1 airborne in the AW139 with ICP [[HCP:Sione Latu]], winch op and two pilots.\n"
     "1358 Visual at [[PLACE:NZTM 1823650 5664210]], scree below [[PLACE:Red Crater]] on the [[PLACE:Tongariro Alpine Crossing]]. His walking partner [[REL:Tessa Morgan]] had him in a bivvy bag behind a rock.\n"
     "1404 Winched. 27M, closed tib/fib, GCS 14, core 34.6 by epitympanic probe, shivering, so Swiss I. Splinted, 50 mcg fentanyl IN, HPMK wrap.\n"
     "1449 Handed over at [[FAC:Waikato Hospital]] ED, NHI [[MRN:ZAC4417]]. Nailed that evening.\n"
     "Learning points: the PLB fix was 40 m off while the phone pin [[REL:Tessa]] sent to 111 was spot on, so log both. The cold was a bigger problem than the leg.\n"
     "Aroha (@aroha.k_retrieval)"),
    # 002 US marathon arrest: race name, bib, intersection, AED serial, bystander nurse, short-form hospital
    ("Race medical director debrief, [[FAC:Twin Cities Marathon]], Sunday [[DATE:October 6]].\n"
     "Runner [[PT:Gregory Lindqvist]], bib [[ID:10472]], 58, went down at mile 25 on [[STREET:Summit Avenue]] just past [[STREET:Lexington Parkway]], [[TOWN:St. Paul]]. First to him was another runner, an ICU nurse, [[HCP:Danielle Ochoa]], who started compressions within seconds. Our bike team brought the AED from aid station 24 (serial [[DEVICE:X11F-204417]]): VF, shocked twice, ROSC at about 4 min. Medic 12 took him to [[FAC:Regions Hospital]], MRN [[MRN:40017723]], where an occluded LAD was stented.\n"
     "His wife [[REL:Karin Lindqvist]] was waiting at the finish and we got her to [[FAC:Regions]] through the family reunification tent.\n"
     "What worked: bike-borne AEDs every mile after 20, and the course radio net. What didn't: the pads were buried under gel packs. [[PT:Greg]] texted a thumbs-up from cath lab recovery on [[DATE:Oct 7]]."),
    # 003 cruise ship email to assistance company: ship, cabin, passport, policy, case no., surname-first name
    ("Pasting our senior doc's email to the assistance company in case the format helps anyone on their first contract at sea.\n\n"
     "From: Medical Centre, [[FAC:MS Caribbean Meridian]]\n"
     "To: Operations, [[FAC:Atlas Travel Assist]]\n"
     "Subject: Your case [[ID:ATA-24-118402]] / [[PT:HOLLOWAY, Margaret]] / cabin [[ID:7214]]\n\n"
     "Passenger [[PT:Margaret Holloway]], DOB [[DATE:14/02/1951]], British passport [[ID:533187264]], policy [[PLAN:ATI/GB/7730019]]. At 0220 today, force 7 and pitching, she fell in the cabin bathroom. Shortened, externally rotated left leg, distal neurovascular status intact. X-ray on board: displaced intracapsular NOF fracture. Fascia iliaca block, paracetamol, oxycodone.\n"
     "We arrive [[TOWN:Cozumel]] 0700 [[DATE:16 January]] and propose disembarkation to [[FAC:Hospital Costamed]] for hemiarthroplasty, unless you prefer a stretcher repatriation. Travelling with husband [[REL:Derek Holloway]] (same cabin). Next of kin ashore: daughter [[REL:Lucy Arden]], [[PHONE:+44 7700 900318]], [[EMAIL:lucy.arden.home@btinternet.com]].\n"
     "Regards,\nDr [[HCP:Tomás Ruiz Ortega]], Senior Physician"),
    # 004 UK mountain rescue: OS grid ref, named rake and hamlet, plate of the casualty's car
    ("[[PLACE:Wasdale]] callout, Saturday [[DATE:19 October]], for the mountain medicine group.\n"
     "Casualty [[PT:Owen Pritchard]], 34, from [[TOWN:Wrexham]], slipped at the top of [[PLACE:Lord's Rake]] in the wet. His mate [[REL:Rhys Bevan]] rang 999, asked for police then mountain rescue; OS Locate gave [[PLACE:NY 2088 0716]].\n"
     "Team on scene 1 h 40 after the call. GCS 15, closed wrist deformity, scalp lac, early hypothermia (soaked, shivering, HR 112). Wrapped, hot drinks, vacuum splint. Helimed couldn't get under the cloud, so a stretcher carry down to [[PLACE:Wasdale Head]], 3 h. Team doc [[HCP:Catrin Howells]] gave methoxyflurane twice on the carry.\n"
     "Road ambulance to [[FAC:West Cumberland Hospital]], [[TOWN:Whitehaven]]. Police checked his car at the NT car park ([[PLATE:CA19 XKR]]) to be sure nobody else was still out.\n"
     "Anyone using the vacuum mattress with the integral heat pack on long carries?"),
    # 005 Australian farm quad rollover: station (property) name, coordinates, Medicare, AU phone formats, holiday date
    ("Rural GP, north-west NSW. Quad bike rollover on [[DATE:Easter Monday]] at [[FAC:Glenlea Station]], a cattle place about 40 km out of [[TOWN:Walgett]].\n"
     "[[PT:Bruce Whitfield]], 61, the owner, was checking troughs alone. Found pinned under the bike in a gully by his son [[REL:Jack]] about two hours later. [[REL:Jack]] rang 000 from the ute and us at the same time; his phone put them at [[PLACE:-30.0214, 148.3317]].\n"
     "On our arrival: RR 32, SpO2 86% on air, right flail segment, BP 94/60, lactate 4.1. Station hand [[REL:Kev Dunn]] had got the bike off him and parked the tractor across the gully for shade. Right finger thoracostomy, 2 units O neg from our fridge, TXA.\n"
     "RFDS landed on the town strip at 1640 and took him to [[FAC:John Hunter Hospital]]. Medicare [[PLAN:2953 41827 1]]. His wife [[REL:Lorraine]] is on [[PHONE:0491 570 156]] if [[FAC:JHH]] trauma needs collateral; homestead landline [[PHONE:(02) 5550 4417]].\n"
     "Third quad rollover for us this year, and none had a crush protection device fitted."),
    # 006 in-flight emergency: flight number, seat, diversion airport, purser, eponym-looking hospital
    ("Was a passenger on [[ID:UA 1174]] on [[DATE:Dec 27]] when they asked for a doctor about 3 h out of [[TOWN:San Francisco]]. 67M, [[PT:Howard Kessler]], seat [[ID:38C]]: sudden tearing interscapular pain, pale, kit cuff BP 178/96 right arm, 142/80 left. His wife [[REL:Joan]] said he'd had 'blood pressure issues'. An ER nurse from row 30, [[HCP:Beth Sandoval]], helped me. MedLink agreed on diversion, and the purser [[REL:Lani Akana]] got the crew to clear a row. Oxygen, IV line, 5 mg morphine; the only BP drug in the kit was sublingual GTN and I held it.\n"
     "We landed at [[FAC:Daniel K. Inouye International Airport]] and he went to [[FAC:Queen's Medical Center]]: type A dissection, theatre that night. [[REL:Joan]] emailed from [[FAC:Queen's]] to say he made it.\n"
     "Does any carrier stock labetalol or anything titratable? Nothing on this one."),
    # 007 festival medical tent log: wristband IDs, stage and camping area, pitch number; members Nadia, Ollie
    ("Excerpt from our medical tent log at [[FAC:Boomtown]], Saturday [[DATE:10 August]]; names left in because this is the closed group and @nadia_em wanted to see the flow. Wristband no. = our patient ID.\n\n"
     "2214 [[ID:BT-448213]] [[PT:Chloe Danvers]] 19F. MDMA x2, dancing 4 h. T 39.4, Na 128, GCS 14. Ice-water tub, 3% saline 100 mL. Transferred to [[FAC:Royal Hampshire County Hospital]].\n"
     "2241 [[ID:BT-502977]] [[PT:Kieran O'Dwyer]] 22M. Inversion injury in the crowd at the [[PLACE:Lion's Den]] stage, Ottawa positive. Backslab, crutches, see GP.\n"
     "2309 [[ID:BT-300164]] female ~20, unresponsive; friend gives her name as '[[PT:Tash]]' and her own as [[REL:Maisie Cole]], [[PHONE:07700 900461]]. Query GHB. Recovery position, airway support, woke 0040, discharged to [[REL:Maisie]]'s tent at [[PLACE:Hilltop camping]], pitch [[ID:H-118]].\n\n"
     "Totals: 64 seen, 4 to hospital. Thanks Nadia and the tent A crew.\n— Ollie (@dr_ollie_p)"),
    # 008 Mexico assistance case: resort, room, km-address, ZIP, passport, policy, guarantee account, URL
    ("Medical review notes from an assistance case I'm on; would value a second opinion on fitness to fly.\n"
     "Case [[ID:MX-240319-0087]]. Insured [[PT:Tyler Brandt]], 21, US passport [[ID:584120337]], student policy [[PLAN:TGX-5530-88214]]. Spring break. On [[DATE:March 14]] fell from a third-floor balcony at [[FAC:Gran Coral Resort & Spa]], room [[ID:3117]], [[STREET:Blvd. Kukulcán km 14.5]], [[TOWN:Cancún]], [[ZIP:77500]]. His friends' video of the fall is circulating ([[URL:https://www.instagram.com/reel/C4xT9bLuQz2/]]).\n"
     "Admitted to [[FAC:Hospital Galenia]] under Dr [[HCP:Alejandro Ferrer Solís]]: L1 burst fracture, posterior fixation day 2, neuro intact; small pneumothorax, drain out day 4. Hb 9.8. Hospital guarantee account [[ACCT:GAL-4471829]] is open to the insurer.\n"
     "Mother [[REL:Denise Brandt]] is with him, [[PHONE:(612) 555-0178]], and wants him home to [[FAC:Hennepin Healthcare]] on a commercial stretcher. I'm inclined to say air ambulance given the drain only came out yesterday. Thoughts?"),
    # 009 Sabarimala pilgrimage arrests: age 91, Aadhaar, place names on the route, Indian phone
    ("From the cardiac first-aid post at [[PLACE:Pamba]] during the Mandala season, for the pilgrimage medicine thread.\n"
     "Night of [[DATE:26 December]] we had two arrests on the climb to [[PLACE:Neelimala]]. First, [[PT:Ramachandran Pillai]], [[AGE:91]], from [[TOWN:Kollam]], who insisted on walking the whole route with his grandson [[REL:Vishnu]]. Collapsed at the third bend; bystander CPR by other pilgrims, AED from the post, asystole throughout, declared at 0140. The Aadhaar on his pilgrim pass, [[SSN:4821 7730 5916]], let us reach the family.\n"
     "Second, a 48-year-old from [[TOWN:Hosur]], [[PT:Karthik Subramani]]: VF, two shocks, ROSC, carried down by the doli bearers, tenecteplase at [[FAC:Pamba Government Hospital]], then on to [[FAC:Kottayam Medical College]]. His brother [[REL:Senthil]] is on [[PHONE:+91 94470 55128]].\n"
     "Crowd density and the gradient make an AED every 500 m essential. Anyone have data from Tirumala or Vaishno Devi?"),
    # 010 Whistler snowboarder EDH: employer, staff housing unit, eponym-named ski run, patroller, insurance, passport
    ("[[TOWN:Whistler]] clinic, [[DATE:Jan 3]]. [[PT:Connor Fitzgerald]], 26, Aussie on a working holiday visa, lifty for [[FAC:Whistler Blackcomb]], lives at [[FAC:Glacier Staff Housing]], unit [[ID:B-214]]. Hit a tree off [[PLACE:Dave Murray Downhill]], no helmet, LOC about 2 min per patroller [[REL:Marc-André Roy]].\n"
     "At [[FAC:Whistler Health Care Centre]]: GCS 13 then 11, left pupil sluggish. No CT in town, so we intubated and called critical care transport to [[FAC:Vancouver General Hospital]]; acute EDH, evacuated that night.\n"
     "Paperwork: no MSP, so billing goes to his travel insurer, policy [[PLAN:WHV-2241907]], passport [[ID:PA4419273]].\n"
     "Reminder to new locums: the Canadian CT Head Rule doesn't apply once GCS is 13. Scan or ship."),
    # 011 Irish rally crash: rally name, car number, Irish plate, Co. form of county, bank-holiday date
    ("Rally medicine question. We were the doctor car on stage 6 of the [[FAC:Donegal International Rally]], [[DATE:June bank holiday]] weekend, Saturday [[DATE:31 May]], near [[TOWN:Glenties]], [[COUNTY:Co. Donegal]].\n"
     "Car [[ID:38]] ([[PLATE:09-DL-2271]]) left the road at the [[PLACE:Meenacross]] junction and rolled twice. Driver [[PT:Seán Mac Giolla Bhríde]] out and walking, c-spine cleared at the car by the Canadian rule. Co-driver [[PT:Ciarán Doherty]] trapped, GCS 14, pelvic pain, BP 88/50. Fire crew took the roof off; binder, TXA, and two units from the rally's blood box.\n"
     "Both to [[FAC:Letterkenny University Hospital]]. [[PT:Ciarán]]'s wife [[REL:Áine]] rang me that evening: vertical shear, moved to the [[FAC:Mater]] for fixation.\n"
     "Who supplies blood for rallies in the Republic?"),
    # 012 safari lodge snakebite: lodge, suite, guide, manager, SA phone, insurer and case, German passport
    ("Snakebite at a private reserve, [[DATE:2 September]]. Guest [[PT:Annika Vogel]], 45, from [[TOWN:Freiburg]], staying at [[FAC:Ndlovu Sands Private Game Lodge]] outside [[TOWN:Hoedspruit]], suite [[ID:7]]. Bitten on the ankle by a puff adder on the boardwalk at dusk.\n"
     "Field guide [[REL:Themba Mkhize]] did everything right: kept her still, marked the swelling edge every 15 min, no tourniquet, and called the lodge manager [[REL:Carla du Preez]] ([[PHONE:+27 82 555 0163]]), who called me and the helicopter. When I got there, 45 min by road, swelling to the knee, no bleeding, 20WBCT clotted.\n"
     "Flown to [[FAC:Mediclinic Nelspruit]]; 10 vials SAIMR polyvalent once the swelling crossed the knee, no reaction. Insurer [[FAC:Hanse Reiseschutz]], case [[ID:HRS-2024-55127]], passport [[ID:C01X00T47]].\n"
     "Puff adder, swelling past the knee at 2 h: would you have given antivenom earlier?"),
    # 013 Antarctic station appendicitis: station, telemedicine IP, Midwinter date, lay assistants, aircraft rego; members
    ("Winter at [[FAC:Davis Station]]: our appendix case, which I can finally post now he's home. Thanks @kiwi_surg for the nudge.\n"
     "[[PT:Lachlan Reid]], 34, diesel mechanic, RLQ pain from the night of [[DATE:19 June]], two days before [[DATE:Midwinter]]. CRP 140, ultrasound showed a non-compressible 9 mm appendix. No flights until spring. After a video MDT with [[HCP:Priscilla Wong]] at [[FAC:Royal Hobart Hospital]] (the link from our end on [[IP:203.0.113.58]] kept dropping, so we finished on the satphone) we tried antibiotics first.\n"
     "Non-operative management on a station is not the same as in a hospital. There is one doctor, no second opinion in the room, no CT, and if it perforates at 0300 you are still the only surgeon, anaesthetist and ICU. We set trigger points in advance: rising CRP at 48 h, spreading peritonism, a new collection on ultrasound, or a heart rate above 110 with fever would mean theatre. We rehearsed the setup twice on the first evening: the surgery table in the medical room, the portable anaesthetic machine checked, suction, diathermy, the instrument sets autoclaved, blood group and crossmatch against our walking blood bank of volunteers.\n"
     "On day 3 he got worse (CRP 260, guarding now generalised across the lower abdomen), and on [[DATE:22 June]] I did an open appendicectomy under spinal with station leader [[REL:Gavin Moss]] and electrician [[REL:Fran Kowalski]] as lay theatre assistants and [[HCP:Priscilla]] on speaker. Hyperbaric bupivacaine 12.5 mg with fentanyl 15 mcg, a Lanz incision, gangrenous but not perforated, stump ligated and buried. 70 min skin to skin. Post-op: IV antibiotics for 48 h, then oral, eating on day 2, walking the corridor on day 3, light duties after three weeks.\n"
     "What I'd tell anyone going south: do the lay assistant course seriously, label every drawer, write the trigger points down before you need them, and keep the voice line as the backup to video, because the video link will fail at the worst moment.\n"
     "He flew out on the first flight of the season, [[DATE:October 28]], on [[PLATE:VH-KXQ]]. His first winter since [[YEAR:2016]], and he says he'll be back.\n"
     "Jo (@jo_polar_doc)"),
    # 014 Dubai desert safari rollover: coordinates, tour company, Dubai plate, Emirates ID, hotel room
    ("Desert safari rollover, Friday [[DATE:8 Nov]], dunes near [[PLACE:Al Lahbab]], pin [[PLACE:25.0213, 55.6802]].\n"
     "A Land Cruiser from [[FAC:Golden Dune Adventures]], plate [[PLATE:Dubai I 48213]], rolled on a crest with six tourists. Driver [[PT:Imran Qureshi]] (Emirates ID [[SSN:784-1988-4471203-6]]) belted, minor injuries. Front passenger [[PT:Olena Kravets]], 39, unbelted: flail chest, SpO2 84%, decompressed on scene. Her husband [[PT:Dmytro Kravets]], humerus fracture. Four walking wounded.\n"
     "Air wing to [[FAC:Rashid Hospital]] trauma centre for [[PT:Olena]], the rest by road. The couple were at the [[FAC:Marina Vista Hotel]], room [[ID:1408]]; the tour rep [[REL:Ritu Sharma]] ([[PHONE:+971 50 555 0134]]) brought their passports.\n"
     "Standing problem: these vehicles are driven hard and almost nobody in the back wears a belt."),
    # 015 Koh Phangan moped crash: party, hostel bed, passport, insurer, handle, UK mobile
    ("[[PLACE:Samui]] GP here. Typical [[FAC:Full Moon Party]] night ([[DATE:15 January]]): moped on the hill road from [[PLACE:Haad Rin]] to [[TOWN:Thong Sala]] on [[PLACE:Koh Phangan]], no helmets, two up.\n"
     "Rider [[PT:Ellie Marsh]], 21, British, staying at [[FAC:Lazy Gecko Hostel]], dorm bed [[ID:14]]: GCS 12, extensive road rash, open ankle fracture. The island clinic stabilised her and sent her by night speedboat to us at [[FAC:Bangkok Hospital Samui]].\n"
     "Passport [[ID:129847551]]. Insurer [[FAC:Backpacker Shield]], policy [[PLAN:BPS-4410982-UK]], initially declined: alcohol exclusion, no motorcycle licence. Her mum found out from a video friends posted on [[HANDLE:@elliemarshtravels]] before we reached her on [[PHONE:+44 7700 900227]].\n"
     "For colleagues new to the islands: document alcohol honestly and neutrally, and call 1669 early."),
    # 016 US jail disturbance: jail, County, booking numbers, cell number, sergeant, RN
    ("Jail medicine debrief. Disturbance in C-pod at [[FAC:Harlan Ridge Detention Center]], [[COUNTY:Pinal County]], [[DATE:7/19]], about 40 inmates involved. Our clinic saw 9. Notables:\n"
     "- [[PT:Ricky Solano]], booking [[ID:P24-018832]]: stab wound L flank from a sharpened toothbrush, haemodynamically fine, sent out to [[FAC:Banner University Medical Center Phoenix]] for CT.\n"
     "- [[PT:Dashawn Pruitt]], booking [[ID:P24-020417]]: OC spray, taser x2, then prolonged prone restraint by Sgt [[REL:Travis Kohler]]'s team; temp 39.1, CK later 22k. We flagged positional asphyxia risk.\n"
     "- [[PT:Luis Arroyo-Mendez]], found on the floor of cell [[ID:C-14]] with a fentanyl overdose during the lockdown; 4 mg naloxone IN by [[HCP:Angela Wirth]], RN.\n"
     "Lesson: our crash bag was locked in the control room for the whole lockdown."),
    # 017 Calgary Stampede bull rider: back number, hometown, bullfighter, Alberta PHN
    ("Rodeo medicine question from the [[FAC:Stampede]]. [[DATE:July 11]], bull riding at the [[FAC:Calgary Stampede]] grandstand arena. Back number [[ID:117]], [[PT:Cody Bauer]], 23, from [[TOWN:Ponoka]]: hung up and stepped on. Our bullfighter [[REL:Dusty Pearce]] got him clear.\n"
     "In the arena: GCS 15, left chest wall pain, SpO2 91%, ultrasound showed a small pneumothorax, no free fluid; his vest had a hoof print on it. EMS to [[FAC:Foothills Medical Centre]]. Alberta PHN [[PLAN:41227-8830]].\n"
     "He wanted to ride the short round on Sunday. His girlfriend [[REL:Kayla]] ([[PHONE:403-555-0181]]) was on our side. How do you handle return to ride in pro rodeo after a pneumothorax?"),
    # 018 liveaboard DCS: vessel UVI, reef sites, dive computer serial, PADI number; buddy Liam shares member Liam's first name
    ("Hyperbaric referral from the reef, posting the pre-brief I sent @liamchen_retrieval for the flight.\n"
     "Tuesday [[DATE:4 Feb]]. [[PT:Mei Lin Ong]], 38, Singaporean, on a three-day liveaboard, [[FAC:MV Reef Voyager]] (UVI [[PLATE:412887]]), four dives a day at [[PLACE:Flynn Reef]] and [[PLACE:Milln Reef]]. The download from her Shearwater Perdix (serial [[DEVICE:3F8A21C0]]) shows a rapid ascent from 28 m on dive 10. PADI [[LIC:1803J44127]].\n"
     "40 min after surfacing: girdle pain, bilateral leg paraesthesia, urinary retention. Her buddy [[REL:Liam Kerr]] had no symptoms. 100% O2 on board, boat back to [[TOWN:Cairns]], then King Air with the cabin held at sea level to the chamber at [[FAC:Townsville University Hospital]]. Table 6 with extensions twice, partial recovery so far.\n"
     "Liam, thanks for the sea-level cabin.\n— Kate (@kate.hyperbaric)"),
    # 019 Turkish earthquake crush syndrome: street address with No:, TC kimlik, Turkish phone
    ("From our field hospital in [[TOWN:Antakya]], [[DATE:8 February]], day 3.\n"
     "[[PT:Elif Yıldırım]], 16, pulled out at hour 58 from the collapsed building at [[STREET:Kurtuluş Caddesi No: 112]], right leg pinned since the first shock. Her mother [[REL:Hatice Yıldırım]] was found next to her and did not survive. A neighbour, [[REL:Mehmet Aydın]], stayed with the rescue team all night.\n"
     "Before extraction: 2 L saline through an IO, bicarbonate, salbutamol neb. After: K 7.2, CK off the scale, dark urine. Calcium, insulin and dextrose, and we ran her wet. No dialysis here, so she went by road to [[FAC:Adana Şehir Hastanesi]] that night. TC kimlik [[SSN:38214470912]]. Her uncle [[REL:Yusuf]] is on [[PHONE:+90 532 555 01 47]].\n"
     "No field amputation needed. The lesson again: fluids in before the load comes off."),
    # 020 German flood, care home: two residents over 89, postcode, night nurse, Frau + surname
    ("Ahr flood, night of [[DATE:14 July 2021]]. Our emergency doctor crew was sent to the care home [[FAC:Seniorenresidenz Am Rebhang]] in [[TOWN:Bad Neuenahr-Ahrweiler]] ([[ZIP:53474]]) after the ground floor went under.\n"
     "Two residents I still think about: [[PT:Gertrud Schäfer]], [[AGE:94]], carried down from the first floor by firefighters, core 33.8, aspirated floodwater; and [[PT:Heinrich Vogt]], [[AGE:91]], hip fracture from a fall during the evacuation. Both went by a Bundeswehr NH90 to [[FAC:Bundeswehrzentralkrankenhaus Koblenz]] at first light on [[DATE:15 July]]. Night nurse [[HCP:Jana Krüger]] had moved 23 residents upstairs alone before we got there.\n"
     "Frau [[PT:Schäfer]] survived to discharge. Her son [[REL:Klaus Schäfer]] wrote to the crew that autumn.\n"
     "What would you change? Our triage tags dissolved in the water."),
    # 021 bushfire burns: NYE date, postcode, street, holiday park site, navy ship, short-form hospital, Parkland numbers
    ("Burns case from the fires. [[DATE:New Year's Eve]], [[TOWN:Mallacoota]] ([[ZIP:3892]]), most of the town sheltering at the wharf.\n"
     "[[PT:Travis Kemp]], 42, volunteer firefighter, burnt defending his own place on [[STREET:12 Maurice Avenue]]: arms, neck and back, about 18% by the Rule of Nines, patches of full thickness. 85 kg, so Parkland 4 x 85 x 18 = 6.1 L over 24 h, half in the first 8. We ran it from the bush nursing centre with fluid flown in.\n"
     "His family had been camping at [[FAC:Mallacoota Foreshore Holiday Park]], site [[ID:212]]; his wife [[REL:Nicole Kemp]] and the two kids got out on [[FAC:HMAS Choules]]. [[PT:Travis]] was flown to the [[FAC:Alfred]] burns unit on [[DATE:2 January]] once the smoke lifted.\n"
     "Anyone else cut Parkland volumes in the field when you can't measure urine output?"),
    # 022 Caribbean hurricane and dialysis: small island, boat name with Miss, boat registration, eponym-looking hospital
    ("Hurricane dialysis story from Grenada. [[PT:Winston Alexis]], 58, on haemodialysis three times a week, lives in [[TOWN:Hillsborough]] on [[PLACE:Carriacou]], where there is no dialysis. Beryl came through on [[DATE:1 July]], the ferry stopped, and he missed two sessions.\n"
     "By [[DATE:3 July]] he was at [[FAC:Princess Royal Hospital]] with K 7.6 and fluid overload. The roof was damaged; we temporised with calcium, insulin and dextrose, salbutamol, and furosemide that did nothing. The fishing boat [[FAC:Miss Jacqueline]] (reg. [[PLATE:CAR-0218]]) took him to [[FAC:General Hospital]], [[TOWN:St. George's]], with his daughter [[REL:Keisha Alexis]] ([[PHONE:473-555-0148]]). Dialysed that night.\n"
     "Lesson: dialysis patients need a hurricane plan with a pre-storm session. We lost track of three."),
    # 023 North Sea platform STEMI: platform, operator, employee number, helicopter registration, CHI; members
    ("Offshore medevac debrief, for @medic_mags who asked how the topside doctor call went.\n"
     "[[DATE:27/11]], 0310. [[FAC:Ardmore Bravo]] platform, operated by [[FAC:Kestrel North Sea Ltd]]. [[PT:Graham Souter]], 49, scaffolder, employee no. [[ID:KNS-004418]], from [[TOWN:Peterhead]]: central chest pain 40 min, ST elevation in II, III and aVF on the Corpuls transmission. Platform medic [[HCP:Lorna Bain]] gave aspirin, ticagrelor, GTN, and we agreed on tenecteplase: time to a cath lab over 3 h with Beaufort 9 on the deck.\n"
     "Coastguard S-92 ([[PLATE:G-MCGZ]]) landed at 0450 once helideck motion was within limits. [[FAC:Aberdeen Royal Infirmary]] cath lab at 0610, CHI [[MRN:1406753391]], RCA stented.\n"
     "His wife [[REL:Sandra]] had a call from the OIM, [[REL:Kenny Mair]], before the aircraft lifted, which she appreciated.\n"
     "Points for discussion. First, the remote PCI protocol: we load ticagrelor rather than clopidogrel offshore because most patients will go to primary PCI if the weather allows, and the interventional cardiologists onshore prefer it; if we lyse, we switch to clopidogrel per the cardiology advice. Second, the helideck limits: pitch, roll and heave were over the limits for the first hour and there's nothing a topside doctor can do about that except plan for a long wait, which is exactly when lysis earns its place. Third, the medic's workload: one medic, a sick patient, the ECG transmission, the bloods on the point-of-care analyser and the paperwork for the aircraft. We have since added a trained first aider from the emergency response team to the medic's room for every cardiac call.\n"
     "Post-lysis the ST segments resolved by about 60% at 90 min with a burst of accelerated idioventricular rhythm, which the medic had been told to expect. Without that briefing I think the aircraft would have been asked to hurry in worse conditions.\n"
     "Andrew (@offshore_doc_ab)"),
    # 024 Pilbara mine incident form: incident number, mine, camp room, pit location, supervisor
    ("Mine site paramedic report, pasted for the remote medicine thread.\n"
     "INCIDENT [[ID:CB-INC-2025-0417]] | [[FAC:Coolbardie Iron Ore Mine]] | [[DATE:03/05/2025]] 1412 | Location [[PLACE:Pit 4 East, bench 520]]\n"
     "Patient: [[PT:Nathan Horvat]], 31M, maintenance fitter, FIFO from [[TOWN:Mandurah]], camp room [[ID:C-117]] at [[FAC:Coolbardie Village]]\n"
     "MOI: right leg crushed between a light vehicle and a haul truck tyre\n"
     "Findings: mangled right lower leg, CAT tourniquet applied by a workmate at 1416, HR 128, BP 90/55\n"
     "Tx: second tourniquet, TXA 1 g, cefazolin 2 g, 2 units PRBC from the site fridge, ketamine 50 mg\n"
     "Disposition: RFDS from the site strip to [[FAC:Royal Perth Hospital]], wheels up 1630\n"
     "Clinician: [[HCP:Chloe Barnaby]], site paramedic. Supervisor notified: [[REL:Wayne Tulloch]], [[PHONE:0491 570 110]]\n"
     "Comment: two hours plus of tourniquet time before the aircraft left. Would you have tried converting one?"),
    # 025 UN peacekeeping 9-liner/MIST: MGRS grid, checkpoint, vehicle number, service number, ranks outside spans
    ("9-liner and MIST from a casevac last rotation, for the military medicine thread.\n"
     "9-LINER [[DATE:12 Mar]]\n"
     "L1: [[PLACE:36N YF 2470 8155]]\n"
     "L2: 45.250, call sign Hornbill 3\n"
     "L3: 1 x A\n"
     "L4: none\n"
     "L5: 1 x L\n"
     "L6: no enemy in area\n"
     "L7: smoke\n"
     "L8: 1 x UN military\n"
     "L9: flat, dry, 2 km S of the [[PLACE:Anyidi]] checkpoint\n"
     "MIST\n"
     "M: IED strike on patrol vehicle [[PLATE:UN 24417]]\n"
     "I: Cpl [[PT:Arjun Thapa]], service no. [[ID:NP-19-44721]]: traumatic below-knee amputation L, fragments to abdomen\n"
     "S: HR 134, BP 86/50, RR 28, GCS 14\n"
     "T: CAT x2 by LCpl [[HCP:Binod Rai]], TXA 2 g, 1 unit whole blood, ketamine\n"
     "Radio log, medical net:\n"
     "0912 Hornbill 3: contact, IED, one casualty, 9-liner to follow\n"
     "0914 9-liner passed, acknowledged by ops\n"
     "0921 Medevac launch authorised, Mi-17 with the forward medical team, ETA 35\n"
     "0930 Hornbill 3: second tourniquet on, bleeding controlled, GCS 14\n"
     "0948 Smoke thrown, aircraft visual\n"
     "0951 Wheels up, casualty handed over with the casualty card\n"
     "1024 Landed at the Level II, into resus, damage control surgery\n"
     "Timelines: point of injury to tourniquet 3 min, to blood 22 min, to surgery 1 h 12 min, inside the 10-1-2 targets.\n"
     "After laparotomy and formalisation at the Level II at [[FAC:UNMISS Bor]] he went on to the Level III in [[TOWN:Juba]]. Company commander Maj [[REL:Suresh Gurung]] told his family. He walks on a prosthesis now."),
    # 026 police pursuit crash: intersection, plate, VIN, licence, officer, medic
    ("EMS debrief, [[TOWN:Phoenix]], [[DATE:June 2]], 0130. A police pursuit ended at [[STREET:W Indian School Rd]] and [[STREET:N 35th Ave]] when the fleeing sedan ([[PLATE:CNR4417]], VIN [[VIN:3N1AB7AP5KY218843]]) T-boned a pickup.\n"
     "Sedan driver [[PT:Devon Ramírez]], 19, AZ licence [[LIC:D08841273]]: steering wheel deformity, GCS 15, HR 130s, rigid abdomen, FAST positive. Passenger [[PT:Jaylen Ortiz]], 17, unrestrained, ejected: GCS 6, RSI on scene by our medic [[HCP:Tara Nguyen]]. The pickup driver walked away.\n"
     "Officer [[REL:Brandon Hale]] had [[PT:Devon]] cuffed prone on the ground when we arrived; it took negotiation to get him supine and uncuffed. Both to [[FAC:Valleywise Health Medical Center]].\n"
     "Any agency have a written protocol for handcuffed trauma patients?"),
    # 027 Bondi drowning: holiday date, beach, suburb, lifeguard with nickname in quotes, MRN
    ("[[DATE:Australia Day]], [[PLACE:Bondi Beach]], rip at the south end. [[PT:Aarav Mehta]], 7, out of the flags on a boogie board. Lifeguard [[REL:Harrison Hopkins]] ('[[REL:Hoppo]]') had him on the sand in under 3 min: apnoeic, pulse present. Five rescue breaths and he coughed and vomited. Szpilman grade 4 by the time we arrived: SpO2 82%, crackles.\n"
     "CPAP in the truck, to [[FAC:Sydney Children's Hospital]], [[PLACE:Randwick]], MRN [[MRN:SCH0884213]]. Both parents came with us. Home 48 h later.\n"
     "For the drowning protocol thread: breaths first, not compressions."),
    # 028 cricket spectator arrest: stadium, seat, ticket number, suburb, son
    ("Spectator arrest at [[FAC:Eden Gardens]], [[DATE:5 November]], second innings. [[PT:Subhash Ghosh]], 63, from [[PLACE:Salt Lake]], seat [[ID:L-14-22]], ticket [[ID:EGT-2311-0047721]]. Collapsed in the heat; his son [[REL:Arindam Ghosh]] started CPR. Our stand team had the AED on him in 4 min: VF, one shock, ROSC. Out through gate 6 to our ambulance and to [[FAC:SSKM Hospital]], [[TOWN:Kolkata]]; proximal LAD.\n"
     "[[REL:Arindam]] is on [[PHONE:+91 98300 55141]] if the cardiology team there wants the timings.\n"
     "Thinking about an AED per stand for the bigger venues. Who has data from Indian stadiums?"),
    # 029 short post: grassroots football arrest, ground name, town
    ("Sunday league arrest, [[DATE:2nd March]]: [[PT:Danny Whelan]], 34, went down off the ball at [[FAC:Memorial Park]], [[TOWN:Burnley]]. His manager started CPR, the club AED shocked at 5 min, ROSC after a second shock, ICD since. Clubs: register your AED on The Circuit."),
    # 030 state fair heat stroke: age 91 twice, granddaughter, barn, Medicare MBI, ED pager
    ("Heat illness at the [[FAC:Iowa State Fair]], [[DATE:August 14]], heat index 104.\n"
     "[[PT:Dorothy Kline]], [[AGE:91]], found by her granddaughter [[REL:Kaylee Kline]] slumped on a bench outside the [[PLACE:Cattle Barn]]. Confused, temp 40.3, dry. We iced her with towels and cold packs (not putting a [[AGE:91]]-year-old in a tub), then to [[FAC:MercyOne Des Moines Medical Center]]: Na 152, AKI, recovered.\n"
     "Medicare MBI [[PLAN:4TK7-XQ2-HM58]]; [[REL:Kaylee]]'s cell [[PHONE:(515) 555-0132]]; ED charge pager [[PAGER:(515) 555-0109]] if you're sending one in.\n"
     "41 heat patients across the day. Lessons: cooling buses, misting, and shade on the livestock side."),
    # 031 Lisbon hostel fall: feast-day date, street line, Portuguese postcode, room, Swiss insurance card
    ("City ED, night of [[DATE:Santo António]] ([[DATE:12–13 June]]). [[PT:Noah Fischer]], 23, Swiss, staying at [[FAC:Casa Azulejo Hostel]], [[STREET:Rua dos Fanqueiros 214]], [[ZIP:1100-231]] [[TOWN:Lisboa]], room [[ID:6]]. Fell from the top bunk after the street parties; found by his friend [[REL:Malte]].\n"
     "GCS 14, occipital haematoma, vomited twice. CT: small frontal contusion. Admitted overnight at [[FAC:Hospital de São José]].\n"
     "Swiss insurance card [[PLAN:80756001230045678912]]; mother [[REL:Ursula Fischer]] on [[PHONE:+41 79 555 01 73]].\n"
     "For hostel-town GPs: top bunk plus sardines plus sangria means neuro obs."),
    # 032 airport body packer: passport, flight number and seat as separate IDs, Border Force officer, custody ref
    ("Body packer at [[FAC:Heathrow]], [[DATE:19/09]]. [[PT:Carlos Eduardo Mendes]], 31, Brazilian passport [[ID:FZ418827]], off [[ID:TP1350]], seat [[ID:27F]], stopped by Border Force officer [[REL:Sandeep Gill]]. Custody ref [[ID:MPS-24-77813]].\n"
     "Brought to [[FAC:Hillingdon Hospital]]: HR 128, agitated, pupils 7 mm, temp 38.6. CT showed about 60 packets, one possibly ruptured. Sympathomimetic toxidrome means cocaine leak means theatre. Laparotomy, 58 packets out.\n"
     "Debate in our department: whole bowel irrigation for asymptomatic packers, yes or no?"),
    # 033 Kilimanjaro HAPE WhatsApp: guide, camps and gate, operator, satphone, insurer policy
    ("Pasted WhatsApp thread from a [[PLACE:Kili]] evacuation; I was the remote doctor for the operator.\n"
     "[02:11] [[REL:Emmanuel Lyimo]]: Doc, client [[PT:Hannah]] at [[PLACE:Barafu Camp]] breathing very bad, sat 58, wet cough\n"
     "[02:13] me: Sit her up, cylinder oxygen at 4 L, nifedipine 30 SR now. Is she confused?\n"
     "[02:16] [[REL:Emmanuel Lyimo]]: Not confused. Can walk\n"
     "[02:17] me: Descend now, don't wait for daylight. Gamow bag if she tires\n"
     "[03:40] [[REL:Emmanuel Lyimo]]: At [[PLACE:Millennium Camp]] 3820 m. Sat 74\n"
     "[06:05] [[REL:Emmanuel Lyimo]]: [[PLACE:Mweka Gate]], vehicle waiting, going [[FAC:KCMC]]\n"
     "Client was [[PT:Hannah Okafor]], 41, from [[TOWN:Leeds]], trekking with [[FAC:Kibo Summit Treks]], [[DATE:22/07]]. Insurer policy [[PLAN:GLB-77104422]]. [[REL:Emmanuel]]'s satphone [[PHONE:+8816 2155 0147]].\n"
     "Chest film at [[FAC:KCMC]] classic HAPE; home in 4 days."),
    # 034 Pheriche HACE: aid post, lodge, villages, helicopter registration, assistance case, French phone
    ("From the [[FAC:Pheriche Aid Post]] this season. [[PT:Benoît Lefèvre]], 52, French trekker, brought down from the [[FAC:Himalayan Yak Lodge]] in [[PLACE:Dingboche]] by his guide [[REL:Pemba Tamang]] at 2200 on [[DATE:18 April]]. Ataxic, GCS 13, SpO2 68%, Lake Louise 9. Dexamethasone 8 mg, oxygen, 2 h in the Gamow bag.\n"
     "Helicopter at first light ([[PLATE:9N-AQX]]) to [[FAC:CIWEC Hospital]], [[TOWN:Kathmandu]]. Assistance company [[FAC:Europ Secours]], case [[ID:ES-NPL-240418]], wanted three calls before authorising. His wife [[REL:Isabelle]] in [[TOWN:Lyon]]: [[PHONE:+33 6 55 50 14 27]]."),
    # 035 Skye WhatsApp between GP and paramedic: patient Fiona shares member Fiona Grant's first name; peak, hamlet, hotel
    ("Thread between our on-call GP and the paramedic, reposted with both their blessings for the rural group:\n"
     "[17:02] Ruaridh MacKinnon: Lady fallen on the path down from [[PLACE:Sgùrr nan Gillean]], coastguard heli tasked. [[PT:Fiona Macleod]], 58, from [[TOWN:Portree]]. Husband [[REL:Alasdair]] with her, mobile [[PHONE:07700 900512]]\n"
     "[17:04] Fiona Grant: Know her, she's one of ours. Warfarin for AF. Head injury?\n"
     "[17:05] Ruaridh MacKinnon: Scalp lac, GCS 15 per [[REL:Alasdair]]\n"
     "[17:06] Fiona Grant: Then CT regardless. Straight to [[FAC:Raigmore]] not [[FAC:Broadford]]\n"
     "[17:31] Ruaridh MacKinnon: Rescue 948 has her at [[PLACE:Sligachan]], landing in the field by the [[FAC:Sligachan Hotel]]\n"
     "[19:50] Fiona Grant: CT clear, INR 3.4. [[PT:Fiona]] says thanks!\n"
     "Reasonable call? [[FAC:Broadford]] would have meant a second transfer."),
    # 036 repatriation report: surname-first name, DOB, passport, Medicare, policy and claim, suburb + postcode, flight, fax
    ("REPATRIATION REPORT | [[FAC:Southern Cross Medical Escorts]]\n"
     "Patient: [[PT:SUTHERLAND, Kylie Anne]] | DOB [[DATE:11/08/1980]] | Passport [[ID:PB2281764]] | Medicare [[PLAN:4417 22918 3]]\n"
     "Home: [[STREET:8 Lakeside Drive]], [[PLACE:Joondalup]] WA [[ZIP:6027]]\n"
     "Insurer: policy [[PLAN:TID-99214-08]], claim [[ID:CLM-551873]], medical desk fax [[FAX:+61 8 5550 2291]]\n"
     "History: scooter crash in [[PLACE:Canggu]] [[DATE:04/10/2024]], staying at [[FAC:Villa Sakti]]. Closed R femoral shaft fracture, IM nail at [[FAC:BIMC Hospital Kuta]] the next day. Day 4 post-op: Hb 10.1, afebrile, mobilising with frame, enoxaparin.\n"
     "Flight: [[ID:QF 44]] [[TOWN:Denpasar]]–[[TOWN:Perth]] [[DATE:09/10/2024]], business class with the leg extended. Escort: RN [[HCP:Rebecca Lowe]].\n"
     "Pre-flight: fit-to-fly signed by treating orthopaedic surgeon; Hb 10.1, no transfusion required; wound dry, clips in situ; DVT prophylaxis enoxaparin 40 mg given 0800 local; oxygen not required at rest (SpO2 97% RA); pain controlled on oxycodone IR 5 mg PRN, paracetamol 1 g QID; urinary catheter removed day 3, voiding; bowels not open since surgery, coloxyl with senna started.\n"
     "Ground transfer: hospital to airport by private ambulance, 45 min, uneventful. Wheelchair assist through departures, aisle chair to seat, leg supported on a foot rest with the knee slightly flexed.\n"
     "In-flight observations: 1 h HR 84, BP 128/76, SpO2 95% at cruise, pain 3/10. 2.5 h oxycodone 5 mg for pain 6/10 after turbulence, good effect. 3.5 h HR 80, SpO2 95%, calf soft and non-tender, distal pulses present, sensation intact. Fluids: 750 mL oral. No nausea. Ambulated to the toilet once with frame and escort.\n"
     "Arrival: met by road ambulance at the aircraft door, customs cleared airside. Handed over at [[FAC:Sir Charles Gairdner Hospital]] orthopaedic ward, 2110 AWST, with the operation note, imaging disc, medication chart and the escort record. Outstanding: clip removal at day 14, review in the orthopaedic clinic in 6 weeks, enoxaparin for 28 days in total."),
    # 037 Kenyan road MCI: highway, spot, holiday date, matatu plate, County, triage tag numbers, Kenyan ID
    ("MCI on the [[STREET:Nakuru–Eldoret highway]] at [[PLACE:Salgaa]], [[DATE:Christmas Eve]], 1940. A matatu ([[PLATE:KCX 418M]]) and a lorry, 14 passengers. [[COUNTY:Nakuru County]] ambulances and the Red Cross.\n"
     "Triage log (our tags):\n"
     "[[ID:T-0127]] RED [[PT:Wanjiru Kamau]] F ~30, open femur, BP 80/40\n"
     "[[ID:T-0128]] RED [[PT:Brian Otieno]] M ~25, GCS 7, intubated at the roadside\n"
     "[[ID:T-0129]] YELLOW [[PT:Grace Chebet]] F 17, forearm fracture, ID [[SSN:38841173]]\n"
     "[[ID:T-0130]] BLACK male ~50, unidentified\n"
     "Nine GREEN, walking wounded\n"
     "The driver, [[PT:Joseph Mwangi]], left the scene and turned up later at [[FAC:Nakuru Level 5 Hospital]] with a head lac. All reds went to [[FAC:Nakuru Level 5]] too; no blood until 2300."),
    # 038 Tonga cyclone evacuation: village, air ambulance registration, NHI, okina name, minister, Tongan phone
    ("[[FAC:Vaiola Hospital]], [[TOWN:Nuku'alofa]], [[DATE:13 Feb]], the day after the cyclone. [[PT:Sione Fifita]], 44, from [[PLACE:Kolovai]], crushed by a breadfruit tree while tying down his roof: pelvic fracture, bladder injury, Hb 6.8. We had four units in the bank.\n"
     "Air ambulance from [[TOWN:Auckland]] ([[PLATE:ZK-MDX]]) 22 h later once the runway reopened, to [[FAC:Middlemore Hospital]], NHI [[MRN:PRX8821]]. His wife [[REL:ʻAna Fifita]] went with him; their minister, Rev [[REL:Tevita Havili]], kept the family informed on [[PHONE:+676 555 0137]].\n"
     "Pacific colleagues: how do you keep a blood bank going with the power out for a week?"),
    # 039 Hajj heat stroke: Day of Arafah, age 92, tour group, camp number, passport, CNIC
    ("Hajj clinic, [[DATE:Day of Arafah]] ([[DATE:15 June]]). Haji [[PT:Abdul Karim Siddiqui]], [[AGE:92]], with [[FAC:Al-Noor Hajj Tours]], collapsed walking back to camp [[ID:53/112]] in [[PLACE:Mina]]. His son [[REL:Farhan Siddiqui]] was with him.\n"
     "Core 41.8, GCS 9. Ice-water body bags and cold saline; down to 38.9 in 30 min. To [[FAC:Mina Al-Wadi Hospital]]. Passport [[ID:AB4418207]], CNIC [[SSN:35202-4417731-9]].\n"
     "He recovered and insisted on finishing the stoning at the [[PLACE:Jamarat]] two days later. Most of our heat stroke patients were over 70 and on diuretics."),
    # 040 Verbier avalanche: off-piste spot, coordinates, transceiver serial, guide, chalet apartment; members Max, Léa
    ("Avalanche debrief from [[TOWN:Verbier]], [[DATE:17.02.2024]], for @max_hems_ch who flew the second rotation.\n"
     "Off-piste in the [[PLACE:Vallon d'Arbi]], slab released at 1130. [[PT:Oscar Lindgren]], 29, Swedish, fully buried at 1.4 m, found by his partner [[REL:Ebba Sjöberg]] on her transceiver at 14 min; his Barryvox serial [[DEVICE:BVX-S-2214437]]. Position [[PLACE:46.0893, 7.2611]].\n"
     "Dug out at 22 min: mouth packed with snow, apnoeic, pulse present. Ventilated, breathing by 26 min, core 31.8, Swiss III. The guide, [[REL:Julien Michellod]], had him on an insulating layer already.\n"
     "Flown to [[FAC:Hôpital du Valais]] in [[TOWN:Sion]], no ECMO since he had output. Rewarmed, and back to apartment [[ID:4]] at [[FAC:Chalet Les Arolles]] within the week.\n"
     "Léa"),
    # 041 transfer letter Gran Canaria to UK: eponym in hospital name, NHS number, hotel room, UK address, bleep
    ("Translated transfer letter (I'm the receiving consultant), posted for the travel medicine thread on what a good one looks like:\n\n"
     "[[FAC:Hospital Universitario de Gran Canaria Doctor Negrín]], Servicio de Neurología\n"
     "Patient: [[PT:Patricia Ainsworth]], DOB [[DATE:03/05/1945]], NHS no. [[MRN:943 476 5919]]\n"
     "Address in Spain: [[FAC:Hotel Dunas Doradas]], room [[ID:508]], [[TOWN:Maspalomas]]. UK: [[STREET:27 Meadowbank Close]], [[TOWN:Harrogate]] [[ZIP:HG2 8PQ]]\n"
     "Admitted [[DATE:14/03/2025]], left MCA stroke, onset at the pool witnessed by her husband [[REL:Geoffrey Ainsworth]]; thrombectomy, TICI 2b. Residual mild dysphasia, right arm 4/5. Swallow passed. New AF, apixaban from day 5.\n"
     "Fit for a commercial flight with escort from [[DATE:24/03/2025]]. Neurology on call: bleep [[PAGER:2214]].\n"
     "Dr [[HCP:Nieves Santana Rivero]], neurologist.\n\n"
     "She reached us at [[FAC:Harrogate District Hospital]] on [[DATE:25 March]]. Clear, dated, imaging on a disc. Ten out of ten."),
    # 042 Queenstown jetboat crash: holiday, operator, eponym-named bridge, booking, Korean names, cabin, ACC claim
    ("[[TOWN:Queenstown]] GP, [[DATE:Waitangi Day]] weekend. A jetboat from [[FAC:Remarkables Jet]] spun into a rock wall on the Shotover River below [[PLACE:Edith Cavell Bridge]]. Three of ours, all on booking [[ID:RJ-88214]]: [[PT:Park Jae-won]], 28, facial fractures from the grab rail; his wife [[PT:Kim Soo-ah]], whiplash; her mother [[PT:Lee Myung-hee]], 67, distal radius fracture.\n"
     "They were staying at [[FAC:Lakeview Holiday Park]], cabin [[ID:23]]. ACC claim for [[PT:Jae-won]] is [[ID:10041882277]]; he went on to [[FAC:Dunedin Hospital]] for maxfax. Interpreting by phone was the hardest part.\n"
     "Anyone have a better way to get Korean interpreting after hours?"),
    # 043 Irish storm: date, road, town, County inside the span, Eircode, short-form hospital
    ("Storm Éowyn, [[DATE:24 January]], 0740: tree down across a car on the [[STREET:N59]] outside [[TOWN:Oughterard]], [[COUNTY:County Galway]]. Driver [[PT:Máire Ní Fhlatharta]], 56, entrapped 70 min, pelvic pain, systolic in the 90s. Her husband [[REL:Pádraig]] walked down from their house ([[ZIP:H91 E2P6]]). No aircraft flying in a red warning, so road to [[FAC:UHG]] with a binder and TXA after an hour of scene time we couldn't avoid."),
    # 044 travel clinic, imported malaria: VFR trip, holiday date, email, MRN; members @gp_owen, Sunita
    ("Travel clinic follow-through, for @gp_owen who referred her.\n"
     "[[PT:Abena Owusu]], 34, born in [[TOWN:London]], VFR trip to [[TOWN:Kumasi]] for her cousin's wedding on [[DATE:Boxing Day]]. Declined prophylaxis at our pre-travel visit on [[DATE:2 December]] ('I grew up there'). Presented [[DATE:9 January]] with fever and 4% P. falciparum. IV artesunate at the [[FAC:Royal Free]], MRN [[MRN:RF0448213]], then Riamet; home day 4.\n"
     "She emailed us from [[EMAIL:abena.owusu88@outlook.com]] to say thanks and to book her mum [[REL:Akosua]], who travels next month.\n"
     "Reminder: VFR travellers carry the most risk and take the fewest tablets.\n"
     "Sunita (@tropmed_sunita)"),
    # 045 Peruvian bus crash MCI: highway and km, holiday date, bus company, plate, triage tags, DNI
    ("Bus off the [[STREET:Carretera Central]] at km 98 near [[TOWN:Matucana]], [[DATE:28 de julio]] ([[DATE:Fiestas Patrias]], the road was packed). [[FAC:Transportes Andino Express]] bus [[PLATE:C4K-917]], 46 aboard. We were two doctors in a SAMU unit.\n"
     "Our cards:\n"
     "[[ID:PE-1104]] rojo [[PT:Rosa Quispe Mamani]], 52, DNI [[SSN:44781206]], flail chest\n"
     "[[ID:PE-1105]] rojo [[PT:Julio Huamán Ccori]], 38, open skull fracture, GCS 6\n"
     "[[ID:PE-1106]] amarillo niño ~6, unidentified, femur\n"
     "[[ID:PE-1107]] amarillo [[PT:Luz Marina Condori]], 29, 30 weeks pregnant, abdominal pain\n"
     "[[ID:PE-1108]] negro, the driver, [[PT:Wilfredo Ramos]]\n"
     "Reds to [[FAC:Hospital Matucana]], then to [[TOWN:Lima]] by road.\n"
     "The ravine was about 60 m deep, with the bus on its side against the river bank; the police and firefighters set up a rope system and we worked at the top while they brought people up in baskets. It was dark by the time the last casualties came up and the cold at that altitude mattered: everyone who came up wet was hypothermic, which makes the coagulopathy worse. We had no blood on the unit, one bag of TXA and limited oxygen.\n"
     "The local hospital is small: one general surgeon, no CT, two ventilators. The first two reds overwhelmed it within the hour, and every transfer on to the capital meant one of their ambulances off the road for 6 h on a mountain road full of lorries. Air transfer wasn't available at night.\n"
     "At 2,400 m and 3 h from the capital, would you have taken the reds straight through and bypassed the local hospital? I keep going back and forth on it."),
    # 046 US CAD print-out: CAD number, date, cabin rental and number, street, ZIP, County, cross streets, caller
    ("Dispatch notes as they printed on our MDT, for the cabin-rental thread:\n"
     "CAD [[ID:24-118842]] | [[DATE:07/04/2024]] 23:17 | P2 FALL/TRAUMA\n"
     "LOC: [[FAC:Smoky Ridge Cabins]] #[[ID:12]], [[STREET:1140 Ski Mountain Rd]], [[TOWN:Gatlinburg]] TN [[ZIP:37738]], [[COUNTY:Sevier County]]\n"
     "XST: [[STREET:Ridge Rd]] / [[STREET:Wiley Oakley Dr]]\n"
     "CALLER: [[REL:Amber Wilkes]], friend, CB [[PHONE:(865) 555-0119]]\n"
     "PT: [[PT:Brianna Cole]], 27F, fell approx 10 ft from deck watching fireworks, conscious, c/o back pain, ETOH\n"
     "NOTES: steep gravel drive, 4WD only\n"
     "UNITS: Medic 7, Engine 3\n\n"
     "Took us 25 min to find it; the listing pin was 400 m off. Get cabin names and numbers into your CAD premise file."),
    # 047 Carnival stabbing: J'Ouvert as date, avenue, eponym-looking savannah, hospital containing the town name
    ("[[DATE:J'Ouvert]] morning, [[TOWN:Port of Spain]], 0430. [[PT:Marcus Baptiste]], 26, stabbed in the left chest in the crowd on [[STREET:Ariapita Avenue]] and carried to our first aid post at the [[PLACE:Queen's Park Savannah]]. Tension pneumothorax, finger decompression, drain in the tent, then to [[FAC:Port of Spain General Hospital]]. Carnival tents need a drain kit and someone who has used one."),
    # 048 Nunavut snowmobile through ice: hamlet, uncle, inReach IMEI, coordinates, nurse, health card
    ("Health centre in [[TOWN:Pangnirtung]], [[DATE:April 29]]. [[PT:Jaco Kilabuk]], 17, went through the ice on his snowmobile coming back from the floe edge; his uncle [[REL:Simeonie Kilabuk]] pulled him out and drove him in, 50 min. Position from the uncle's inReach (IMEI [[DEVICE:300434065512870]]): [[PLACE:66.1402, -65.7011]].\n"
     "On arrival: core 30.4, HR 38, responds to pain only: Swiss III. Nurse [[HCP:Kristen Odell]] and I kept him horizontal and still, forced-air warming, warm saline. No arrest. Medevac King Air to [[FAC:Qikiqtani General Hospital]], [[TOWN:Iqaluit]]. NU health card [[PLAN:1004417823]].\n"
     "Handle them like glass."),
    # 049 short post: Camino hyponatraemia, feast day as date, village on the route
    ("112 service, Galicia. [[DATE:Feast of St James]]: a pilgrim, [[PT:Maureen Doyle]], 71, collapsed on the climb to [[PLACE:O Cebreiro]] in 34 °C. Na 121, on a thiazide, drinking litres of water. 3% saline and on to [[TOWN:Lugo]]. Hyponatraemia isn't just for marathons."),
    # 050 Tomorrowland: festival, town named Boom, wristband, campsite, Belgian register number
    ("[[FAC:Tomorrowland]] weekend 2, [[DATE:27 juli]], [[TOWN:Boom]]. [[PT:Lucas Peeters]], 20, wristband [[ID:TML-88213041]], found seizing by his friend [[REL:Jasper]] in their tent at [[FAC:DreamVille]]. Repeated seizures, temp 41.2, suspected PMMA sold as MDMA. Intubated in the field hospital, cooled, to [[FAC:AZ Rivierenland]] in [[TOWN:Bornem]]. Rijksregisternummer [[SSN:05.03.14-331.18]].\n"
     "Three similar that night; we pushed a drug alert through the festival app."),
    # 051 expedition ship, 92-year-old: ship, cabin, island landing, Antarctic base, manifest line; members Rosie, Harriet
    ("Ship's doctor here, for @rosie_ed who asked about age limits on polar voyages.\n"
     "[[FAC:MS Austral Petrel]], Antarctic Peninsula, [[DATE:9 December]]. [[PT:Eleanor Whitcombe]], [[AGE:92]], cabin [[ID:318]], fell on the zodiac gangway coming back from [[PLACE:Half Moon Island]]: intertrochanteric fracture. Travelling with her daughter [[REL:Claire Whitcombe-Ross]].\n"
     "We landed her by zodiac at [[FAC:Presidente Eduardo Frei Montalva Base]] on [[DATE:11 December]]; she flew out to [[TOWN:Punta Arenas]] and [[FAC:Clínica Magallanes]].\n"
     "Manifest line: [[PT:WHITCOMBE, Eleanor M.]] | USA | passport [[ID:586201744]] | cabin [[ID:318]] | emergency contact [[REL:WHITCOMBE-ROSS, Claire]], [[PHONE:805-555-0162]]\n"
     "Harriet (@drake_doc)"),
    # 052 UK prison disturbance: HMP name, prison numbers, injured officer as PT, nurse
    ("Prison healthcare debrief. Disturbance on B wing at [[FAC:HMP Fenwick Moor]], [[DATE:3rd Oct]], with spice in circulation. We saw 11.\n"
     "[[PT:Jordan Ashby]], prison no. [[ID:A4417CJ]]: hit with a pool ball in a sock, depressed skull fracture on CT at [[FAC:Royal Stoke]]. Officer [[PT:Gary Brindley]]: headbutted, nasal fracture (staff injuries normally go to occupational health, but he came to us first).\n"
     "[[PT:Kyle Mottram]], [[ID:A6102DP]]: 'zombie' on synthetic cannabinoids, HR 160, temp 39; nurse [[HCP:Amira Hussain]] cooled him and gave lorazepam. Stayed with us.\n"
     "The hard part was getting cells unlocked for the ambulance crews while the wing was still live."),
]

FREE_NOTES: list[str] = [
    # 053 START vs SALT comparison; members @sam_ems, Noor
    ("START vs SALT at a big festival. Our medical plan used START for years and we moved to SALT after a tabletop exercise last spring. What mattered in practice: SALT's global sort (walk, wave or purposeful movement, still) clears the walking wounded in seconds; the lifesaving interventions (haemorrhage control, open the airway, two rescue breaths in a child, needle decompression, autoinjector antidote) come before the tag colour; and expectant is its own grey category instead of being lumped in with black.\n"
     "START is easier to teach volunteers: walking is green; RR over 30, cap refill over 2 s or no radial pulse, or can't follow commands is red; JumpSTART for children under 8. We kept the four-colour fold-over tags with tear-off strips for the count.\n"
     "@sam_ems, you ran the exercise: would you go back?\n— Noor"),
    # 054 MARCH sequence with brands and doses
    ("MARCH for new event medics, since the question keeps coming up.\n"
     "M, massive haemorrhage: tourniquet high and tight if you can't see the wound, junctional packing with Celox or QuikClot gauze and 3 min of pressure.\n"
     "A, airway: recovery position, NPA, surgical airway only if trained.\n"
     "R, respiration: vented chest seal, needle decompression at the 5th intercostal space anterior axillary line or the 2nd midclavicular.\n"
     "C, circulation: TXA 2 g IV or IO within 3 h, blood if you carry it, a radial pulse as the target unless there's a head injury.\n"
     "H, hypothermia and head injury: HPMK or a foil blanket inside a bag, SpO2 above 90, SBP above 110 for TBI.\n"
     "It's the TCCC order, which most civilian HEMS teams teach as <C>ABCDE. Don't let the acronym make you skip the log roll."),
    # 055 Lake Louise score 2018, altitudes, public link
    ("Refresher on the 2018 Lake Louise score with trekking season coming. Four symptoms now: headache, GI upset, fatigue or weakness, dizziness or light-headedness, each scored 0 to 3; sleep disturbance was dropped. AMS is headache plus a total of 3 or more after a recent ascent above 2,500 m: mild 3-5, moderate 6-9, severe 10-12.\n"
     "It's a research tool. Clinically, ataxia or altered mental state is HACE until proven otherwise, and breathlessness at rest is HAPE. Heel-to-toe walking along a line is the best bedside test you have in a teahouse at 4,000 m. The WMS guidelines are free at https://wms.org/."),
    # 056 Ottawa ankle and knee rules at a ski clinic, Pittsburgh rule, snowboarder's ankle
    ("Ottawa ankle and knee rules in a ski clinic: still worth it?\n"
     "Ankle: x-ray for malleolar zone pain plus bone tenderness at the posterior edge or tip of either malleolus, or inability to weight-bear four steps both immediately and in the clinic. Midfoot: tenderness at the base of the 5th metatarsal or the navicular. Knee: age 55 or over, isolated patellar tenderness, fibular head tenderness, can't flex to 90°, or can't weight-bear four steps.\n"
     "The catch is the boot. A tibial plateau fracture from a boot-top injury can walk in, and snowboarders get the lateral process of talus fracture ('snowboarder's ankle') that the Ottawa rules miss about half the time. We image every snowboarder with lateral ankle pain and use the Pittsburgh rule for knees after falls. Anyone using point-of-care ultrasound for this?"),
    # 057 Canadian C-spine Rule vs NEXUS for mountain-bike crashes
    ("For the trail ambulance crews: Canadian C-spine Rule vs NEXUS after mountain bike crashes.\n"
     "NEXUS: no midline tenderness, no intoxication, normal alertness, no focal deficit, no painful distracting injury. CCR: any high-risk factor (age 65 or over, dangerous mechanism, paraesthesias) means imaging; a low-risk factor allows the range-of-motion test, 45° left and right.\n"
     "A bicycle collision is on the CCR dangerous mechanism list, so most of our riders fail CCR on mechanism alone. CCR was more sensitive in the original derivation and validation work. Our practice: CCR for the decision, scoop and collar for transport, no long board. The 2018 joint statement from ACS-COT, ACEP and NAEMSP on spinal motion restriction backs that."),
    # 058 Parkland worked example, Rule of Nines, Lund and Browder, palm rule
    ("Parkland worked example for the retrieval course. 70 kg adult, 30% TBSA partial and full thickness (erythema doesn't count): 4 mL x 70 x 30 = 8,400 mL Hartmann's over 24 h from the time of the burn, not the time you arrive. 4,200 mL in the first 8 h, the rest over 16. If you reach them at hour 2 with nothing given, that's 4,200 mL over the next 6 h.\n"
     "Modified Brooke uses 2 mL/kg/%TBSA and many burns units now start there to avoid fluid creep. Target urine 0.5 mL/kg/h in adults and 1 mL/kg/h in children under 30 kg, who also need maintenance fluid with dextrose. Estimate TBSA with the Rule of Nines in adults, Lund and Browder in children, and the patient's palm with fingers as 1% for patchy burns."),
    # 059 Swiss staging of hypothermia, HOPE score, LUCAS; members Priya, @tomasz_hems
    ("Swiss staging of accidental hypothermia, as taught on Tuesday. The revised Swiss system stages by consciousness rather than shivering: HT I conscious; HT II impaired consciousness without need for intubation; HT III impaired consciousness needing intubation; HT IV no vital signs; HT V death from irreversible hypothermia. Rough cores: 35-32, 32-28, 28-24, below 24 °C.\n"
     "Practical points: handle gently and keep them horizontal, never let them stand. AF in HT II and III is common and settles with rewarming. In HT IV with a witnessed arrest, ECLS rewarming with continuous CPR, and a HOPE score above 10% means the ECLS centre, not the nearest ED. Mechanical CPR (LUCAS, AutoPulse) makes long transports possible, and delayed or intermittent CPR is acceptable below 28 °C when the evacuation needs it.\n"
     "Thanks Priya for the slides.\n— @tomasz_hems"),
    # 060 Beaufort scale and hoisting from vessels, aircraft types, VHF channel
    ("Beaufort and the winch. Rough limits most HEMS operators I've flown with use for hoisting from a vessel: up to force 6 (22-27 kt) routine, force 7 (28-33 kt) on captain and crew judgement, force 8 and above only in extremis. Sea state matters more than wind: in a 4 m swell the deck rises and falls faster than the winch operator can pay out.\n"
     "Hi-line technique; never touch the hook before it has earthed; the casualty goes up in a strop only if they can keep their arms down, otherwise a stretcher, which means two lifts. An AW139 or S-92 holds a hover in gusts that an H145 struggles with. If the vessel can steer to put the wind 30° off the port bow, tell the aircraft on channel 16."),
    # 061 GCS pitfalls, GCS-P, AVPU, eponymous signs
    ("GCS pitfalls in the field, for the new registrars. Score the best response, not the worst; score motor on the better side; eyes swollen shut are NT, not 1. Pain stimulus: trapezius squeeze or supraorbital pressure, not a sternal rub that leaves a bruise. A 'GCS 3' intubated patient is really E1 VT M1.\n"
     "GCS-P subtracts the pupil reactivity score (0-2) and tracks outcome better. Under 5s get the paediatric verbal scale. Report the components: E2 V2 M5 tells the neurosurgeon far more than '9'. Battle's sign and raccoon eyes take hours to appear, so their absence at the roadside means little. AVPU is fine for triage (P is roughly GCS 8) but useless for trends."),
    # 062 WMS frostbite guideline, iloprost, tPA, aphorism with months
    ("Frostbite update from the Wilderness Medical Society guideline (2024 revision), for the expedition and polar doctors.\n"
     "Field: don't thaw if there's any chance of refreezing; rewarm in water at 37-39 °C for 15-30 min until the tissue is soft and red or purple; ibuprofen 12 mg/kg/day in two doses; aloe vera on blisters; drain clear blisters, leave haemorrhagic ones alone.\n"
     "Hospital: iloprost IV within 48 h of rewarming for grade 3-4 injuries (6 h a day for up to 8 days), or tPA within 24 h if you can image and there's no contraindication. A technetium bone scan at day 2 predicts the amputation level. And don't amputate early: 'frostbite in January, amputate in July'."),
    # 063 DCS primer: US Navy Table 6, DAN, flying after diving, cabin altitude
    ("Dive medicine primer for resort GPs. Type I DCS: joint pain, cutis marmorata, lymphatic swelling. Type II: neurological, cardiopulmonary, inner ear. Arterial gas embolism shows within 10 min of surfacing with stroke-like signs.\n"
     "First aid is the same for all: 100% oxygen by non-rebreather or demand valve, fluids, lie flat, and call DAN or the nearest chamber. US Navy Treatment Table 6 is the standard (2.8 ATA on oxygen with air breaks, about 4 h 45 min); Table 5 for pain-only DCS that resolves in the first 10 min.\n"
     "Flying after diving: 12 h after a single no-decompression dive, 18 h after repetitive dives, 24 h after decompression dives. Cabins sit at 6,000-8,000 ft; for a symptomatic diver ask for a sea-level cabin or fly below 1,000 ft."),
    # 064 Australian snakebite: PIB, 000, CSL antivenom, species
    ("Australian snakebite, short version. Pressure immobilisation bandage over the whole limb, firm as for a sprain, splint, keep the patient still, call 000. Don't wash the bite, although most units now skip the venom detection kit and go on the clinical syndrome and local geography.\n"
     "Bloods at presentation, 1 h after the bandage comes off, then at 6 and 12 h: INR, APTT, fibrinogen, D-dimer, CK, creatinine. One vial of the right CSL monovalent or polyvalent is enough for a brown snake. Watch for VICC, myotoxicity and the neurotoxic syndrome with tiger snake and taipan. Tiger, brown, taipan, death adder, black snake: know which live where you work. Premedication with adrenaline is no longer routine."),
    # 065 exertional heat stroke: cold-water immersion, rectal temp, eponymous institute
    ("Cool first, transport second. Exertional heat stroke at endurance events is CNS dysfunction plus a rectal temperature above 40 °C; oral, tympanic and axillary readings are useless after a race.\n"
     "Cold-water immersion in a tub of ice water at 1-5 °C, stirred, until they're below 39 °C; expect 0.15-0.35 °C/min. Take them out at 38.9 to avoid overshoot. Rotating ice-water towels every 2-3 min is a poor second. Check glucose and sodium before any fluids, because exercise-associated hyponatraemia looks the same and can coexist. The ACSM consensus and the Korey Stringer Institute material are both good."),
    # 066 exercise-associated hyponatraemia: 3% saline, drink to thirst
    ("Exercise-associated hyponatraemia at ultras and marathons, per the 2015 consensus statement. Symptoms: nausea, headache, confusion, seizures, non-cardiogenic pulmonary oedema. Point-of-care sodium if you have it.\n"
     "Symptomatic with Na below 135, or severe symptoms and no measurement: 100 mL of 3% saline IV over 10 min, up to three times. No normal saline and no oral fluids for a hyponatraemic runner. Prevention: drink to thirst, not to a schedule, and kill the 'drink at every aid station' culture at the race briefing. Slower finishers (over 4 h for a marathon) and NSAID users carry the higher risk."),
    # 067 in-flight kit contents, cabin altitude, FL370, Good Samaritan law; members @drayesha, Marcus
    ("In-flight emergency kit: what's actually in it. On US carriers the FAA enhanced kit has a BP cuff, stethoscope, oral airways, bag-valve masks, IV sets and saline, adrenaline 1:10,000 and 1:1,000, diphenhydramine, nitroglycerin, aspirin, atropine, 50% dextrose, lidocaine, a bronchodilator inhaler, and there's an AED on board. EU carriers vary.\n"
     "Cabin altitude is 6,000-8,000 ft, so a healthy passenger's SpO2 drops 4-5 points; at FL370 over an ocean a diversion can take 2-3 h. Ground-based support (MedLink, STAT-MD) makes the diversion call with the captain; you advise. The US Aviation Medical Assistance Act covers Good Samaritans. Document on the airline's form and keep a copy.\n"
     "@drayesha, you said some Gulf carriers carry ketamine?\n— Marcus"),
    # 068 cruise norovirus outbreak protocol, VSP threshold, public link
    ("Norovirus at sea. The outbreak threshold under the CDC Vessel Sanitation Program is 3% of passengers or crew reporting GI illness. Our ship's clinic playbook: cases isolate in their cabins until 24-48 h after symptoms stop, crew for 48 h; the buffet goes to served-only; chlorine at 1,000-5,000 ppm on hard surfaces, because alcohol gel doesn't kill norovirus; a gastro log at the guest services desk. Stool samples to the next port's public health lab, and report to the VSP 24 h before arriving at a US port. The forms are at https://www.cdc.gov/vessel-sanitation/."),
    # 069 altitude pharmacology card: doses, altitudes, ascent rule
    ("Altitude pharmacology card I give trekkers.\n"
     "Prevention: acetazolamide 125 mg twice daily, starting the day before ascent above 2,500-3,000 m (children 1.25 mg/kg), stopping after 2-3 days at the highest altitude or on descent. Dexamethasone 4 mg 6-hourly if sulfa-allergic or for rapid forced ascents. Tadalafil or nifedipine for known HAPE-susceptibles.\n"
     "Treatment: AMS, rest, analgesia, acetazolamide 250 mg twice daily. HACE, descend, dexamethasone 8 mg then 4 mg 6-hourly, oxygen. HAPE, descend, oxygen, nifedipine SR 30 mg 12-hourly, portable hyperbaric bag if you're stuck.\n"
     "Ascent: above 3,000 m sleep no more than 500 m higher each night, with a rest day every 3-4 days."),
    # 070 crush syndrome in earthquakes, dialysis task force
    ("Crush syndrome after earthquakes: what the big responses taught.\n"
     "Before release: IV or IO access and 1-1.5 L/h of isotonic saline if you can, oral fluid if not; if you can't get fluid in, consider a tourniquet before the load comes off. After release, hyperkalaemia kills in minutes: calcium, salbutamol, insulin and dextrose. Aim for 200-300 mL/h of urine; bicarbonate is debated.\n"
     "Dialysis capacity is the bottleneck, and the International Society of Nephrology's renal disaster task force keeps a register of mobile machines. Fasciotomy only for measured compartment syndrome: in a field hospital infection kills more than ischaemia. Field amputation is a last resort for entrapment."),
    # 071 leptospirosis after floods, Weil's disease, melioidosis
    ("After the floods come leptospirosis and friends. Incubation 2-30 days; fever, myalgia (especially the calves), conjunctival suffusion, and in some Weil's disease with jaundice, AKI and pulmonary haemorrhage. Prophylaxis for responders wading in floodwater: doxycycline 200 mg once a week while exposed. Treat mild disease with doxycycline 100 mg twice daily for 7 days, severe with IV penicillin or ceftriaxone. Think melioidosis in northern Australia and Southeast Asia after monsoon floods, especially in diabetics."),
    # 072 METHANE report, JESIP, ICS, AIIMS
    ("METHANE, for anyone first on scene at a major incident:\n"
     "M, my call sign; major incident declared or standby\n"
     "E, exact location (grid reference, or what3words if you must)\n"
     "T, type of incident\n"
     "H, hazards present and potential\n"
     "A, access and egress routes\n"
     "N, number and severity of casualties\n"
     "E, emergency services present and required\n"
     "Say it once, clearly, to control, and don't start treating: the first crew assesses and reports, the second starts triage. JESIP in the UK, ICS in North America and AIIMS in Australia want the same information in a slightly different order."),
    # 073 lightning: reverse triage, Lichtenberg figures, keraunoparalysis
    ("Lightning strikes call for reverse triage. In a multi-casualty strike treat the apparently dead first, because the usual mechanism is respiratory arrest with the heart restarting on its own: keep ventilating. The ones moving and talking will live.\n"
     "Look for Lichtenberg figures (ferning that fades within 24 h), ruptured tympanic membranes, and keraunoparalysis, a transient pale, pulseless, paralysed limb that's easy to mislabel as a vascular injury. Cataracts come later. The old 30-30 rule is gone: 'when thunder roars, go indoors' and wait 30 min after the last thunder."),
    # 074 avalanche survival curve, ICAR algorithm, transceiver brands, 457 kHz
    ("Avalanche burial survival curve from the Swiss registry data: about 90% alive at 18 min, falling to 30-35% by 35 min (the asphyxia phase), then a plateau for those with an air pocket until hypothermia takes over at around 90 min.\n"
     "The ICAR MedCom algorithm: burial under 60 min (or core above 30 °C) with no signs of life is asphyxia, so standard ALS; over 60 min with a patent airway and core below 30 °C is hypothermic arrest, so to an ECLS centre. Potassium above 7 mmol/L on arrival predicts non-survival.\n"
     "Transceivers (Barryvox, Pieps, Ortovox, BCA Tracker) all work on 457 kHz. Probe first, then dig downhill in a V."),
    # 075 drowning: Szpilman grades, ILCOR, 1-10-1 rule, Heimlich
    ("Drowning, the Szpilman classification for lifeguards and EMS: grade 1 cough, clear chest; grade 2 some crackles; grade 3 pulmonary oedema without hypotension; grade 4 pulmonary oedema with hypotension; grade 5 respiratory arrest; grade 6 cardiac arrest.\n"
     "Start with five rescue breaths (ILCOR, ERC), then 30:2 if no signs of life. Don't try to drain water from the lungs; the Heimlich has no role. Cold water follows the 1-10-1 rule: 1 min of cold shock, 10 min of useful movement, 1 h before hypothermic unconsciousness. Submersion under 10 min does well; over 25 min almost nobody survives, except in icy water."),
    # 076 event medical planning: Maurer scheme, Purple Guide, Arbon model, MIMMS
    ("Event medical planning, a long one because several of you asked how we size the cover.\n"
     "We combine the German Maurer scheme with the UK's Purple Guide to set resources. Patient presentation rate at music festivals is usually 1-2 per 1,000 attendees per day, higher with heat, alcohol, a young crowd or an EDM line-up; at marathons 1-2% of starters, mostly at the finish. Roughly 1 in 10 presentations goes to hospital. The Arbon model weighs weather, event type, crowd mood and alcohol. Plan for a surge too: one MIMMS-trained lead on every shift.\n"
     "How we actually build the plan: start with the crowd profile (age, expected alcohol and drug use, previous years' presentation rates if the organiser will share them), the venue (distance to the nearest emergency department and the nearest major trauma centre, access routes for ambulances when the roads are closed, helicopter landing site), the weather forecast bands (heat above 30 °C or cold and wet both roughly double presentations), and the hours of operation including build and break, when the injuries are crew injuries.\n"
     "Then the layers: first aid posts every few hundred metres for the minor stuff, roaming teams on foot or bicycles with AEDs, a field hospital with a doctor, nurses and paramedics that can hold people for a few hours (including a welfare and mental health space and a drug and alcohol area), and dedicated event ambulances so the public system isn't drained. Communications: a single medical radio channel with a controller, and a named liaison in the event control room. Paperwork: a patient report form for every contact, even the plasters, because that's the data that sizes next year's cover.\n"
     "Finally, write the major incident plan with the police and the ambulance service, decide who declares, where the casualty clearing station goes, and walk the routes before the gates open."),
    # 077 cyanide kit at gold mines: Cyanokit, Nithiodote
    ("Gold mine clinics, cyanide kit check. Hydroxocobalamin (Cyanokit) 5 g IV over 15 min, repeat once; it turns skin and urine red and upsets colorimetric labs, so draw bloods first. Sodium thiosulfate as an adjunct. Where there's no Cyanokit, Nithiodote (sodium nitrite plus thiosulfate) works but causes methaemoglobinaemia, a problem if there's smoke inhalation too. Amyl nitrite pearls are no longer recommended. 100% oxygen for everyone.\n"
     "Clues: sudden collapse, seizures, lactate above 8, bright red venous blood, no cyanosis. Keep one kit at the clinic and one at the leach plant."),
    # 078 TCCC analgesia and antibiotics, military aircraft types
    ("TCCC analgesia and antibiotics per the current guidelines, since a few of you are deploying.\n"
     "Option 1, able to fight: the combat wound medication pack, meloxicam 15 mg and paracetamol 1,300 mg (two 650 mg bilayer tablets).\n"
     "Option 2, moderate to severe pain, not in shock: OTFC 800 mcg or fentanyl IN 100 mcg.\n"
     "Option 3, in or at risk of shock: ketamine 20-30 mg IV/IO or 50-100 mg IM/IN, repeat as needed.\n"
     "Antibiotics: moxifloxacin 400 mg PO if they can swallow, ertapenem 1 g IV/IM otherwise. TXA 2 g slow IV as early as possible, calcium 1 g after the first unit of blood. Many Black Hawk and Chinook medevac crews carry whole blood now."),
    # 079 police restraint: prone restraint, ketamine dosing, TASER models
    ("Police custody and restraint: what EMS can change. Prone restraint with weight on the back, stimulants and a prolonged struggle is the classic fatal pattern. 'Excited delirium' is no longer endorsed by ACEP or the NAME, so document what you see (hyperthermia, agitation, tachycardia) and get the person supine as soon as the cuffs are on.\n"
     "Ketamine 4-5 mg/kg IM works fast but needs airway capability; midazolam 5-10 mg IM is the alternative. TASER probes: leave them in if near the eye, genitals or a joint, otherwise pull straight out and check tetanus. A TASER 7 or X2 cycle is 5 s; more than three cycles should raise concern."),
    # 080 prison spice and naloxone, Nyxoid, Buvidal
    ("Prison healthcare: synthetic cannabinoids ('spice', 'mamba') don't behave like cannabis. Tachycardia, hypertension, seizures, psychosis, hyperthermia, AKI, and the 'zombie' state. No antidote: benzodiazepines, cooling, fluids. Urine strips miss the newest compounds.\n"
     "Naloxone: intranasal Nyxoid 1.8 mg or Prenoxad IM kits on every wing, with staff trained to use them. Overdose risk peaks in the first 2 weeks after release: take-home naloxone and a bridging prescription of buprenorphine (Buvidal depot if they were on it)."),
    # 081 travellers' diarrhoea: place-named nicknames, azithromycin, Dukoral
    ("Delhi belly, Montezuma's revenge, Bali belly: same bugs. Mostly ETEC, with Campylobacter prominent in South and Southeast Asia, and Shigella and Salmonella less often. Oral rehydration first; loperamide is fine for non-bloody diarrhoea in adults.\n"
     "For moderate to severe illness, azithromycin 1 g once (first choice in South and Southeast Asia given quinolone resistance), or rifaximin for non-invasive cases. Blood or fever means azithromycin and a clinician. Standby treatment for remote travellers: azithromycin 1 g with written instructions. Dukoral gives modest ETEC protection; not routine."),
    # 082 dengue warning signs, WHO 2009, public link
    ("Dengue warning signs (WHO 2009 classification), for tourist-town GPs and travel clinics: abdominal pain or tenderness, persistent vomiting, clinical fluid accumulation, mucosal bleeding, lethargy or restlessness, liver enlargement over 2 cm, rising haematocrit with a rapid fall in platelets. Any warning sign means admission.\n"
     "The critical phase is as the fever breaks, days 3-7, not at the peak. Paracetamol only, no NSAIDs or aspirin. NS1 antigen in the first 5 days, IgM after. A second infection with a different serotype carries the higher risk of severe dengue. Guideline: https://www.who.int/publications/i/item/9789241547871"),
    # 083 Hajj and Umrah vaccine requirements, heat advice
    ("Hajj and Umrah season, the Saudi Ministry of Health requirements: quadrivalent meningococcal ACWY vaccine (conjugate preferred) within 5 years and at least 10 days before arrival; polio vaccination for travellers from countries with circulating poliovirus; yellow fever certificate from endemic countries; seasonal flu recommended.\n"
     "Heat is the main killer while the Hajj falls in summer, with heat indexes above 50 °C on the main days. Advise pilgrims over 65 or with chronic illness about umbrellas, hydration and avoiding the midday rituals. MERS-CoV: avoid camels and unpasteurised milk."),
    # 084 tick-borne infections by region, place-named diseases, vaccines
    ("Tick-borne infections in returning travellers, by region:\n"
     "- Lyme disease in Europe and the northern US; erythema migrans in 70-80%.\n"
     "- Rocky Mountain spotted fever in the Americas: doxycycline immediately, don't wait for the rash.\n"
     "- African tick bite fever in safari travellers: eschar plus regional nodes, often several eschars.\n"
     "- Mediterranean spotted fever (boutonneuse).\n"
     "- Crimean-Congo haemorrhagic fever in the Balkans, Turkey, the Middle East and Africa: VHF precautions.\n"
     "- Tick-borne encephalitis in central Europe and the Baltic states; vaccines FSME-Immun and Encepur.\n"
     "Doxycycline 100 mg twice daily answers most of them."),
    # 085 retrieval aircraft types, flight levels, generic call signs; members @liamchen_retrieval, @bex_icu
    ("Retrieval aircraft compared, for the new fellows.\n"
     "AW139: big cabin, two stretchers possible, night vision, about 500 nm with aux tanks; hot in summer.\n"
     "H145: smaller, rear clamshell doors make loading easy, one stretcher, quiet.\n"
     "King Air B200: pressurised, cruises at FL250-FL270 with a cabin around 6,000 ft unless you ask for a sea-level cabin, which means low, slow and thirsty.\n"
     "PC-12: single engine, unsealed strips, the outback workhorse. Learjet 45 for long international legs.\n"
     "Call signs are usually a prefix and a number ('Lifeflight 2', 'Helimed 71', 'Rescue 1').\n"
     "@liamchen_retrieval, add the Challenger if you have the numbers.\n— Rebecca (@bex_icu)"),
    # 086 remote ambulance vehicles: Hilux, Land Cruiser, Unimog, Hägglunds
    ("Vehicles for remote-area ambulance work. Toyota Hilux and Land Cruiser 79 conversions are standard across Africa and outback Australia: diesel, solid axles, parts in every town. The Land Cruiser troop carrier fits a stretcher and a seated attendant; a Hilux with a canopy is tight. A Sprinter 4x4 is more comfortable but fragile on corrugations. Unimog for floods. In Antarctica, a Hägglunds BV206 over sea ice and quad bikes for short hops; on snow, a Ski-Doo with a rescue sled. Every time: bolt the stretcher down, strap the oxygen, carry two spare tyres and two jacks."),
    # 087 emergency numbers by country for travel cards
    ("Emergency numbers for your expedition and travel cards:\n"
     "112: the EU and many others, works on GSM phones across Europe\n"
     "911: North America, Mexico and much of the Caribbean\n"
     "999: UK, Ireland, Hong Kong, Malaysia, several Gulf states (112 also works in the UK)\n"
     "000: Australia (112 from mobiles)\n"
     "111: New Zealand\n"
     "1669: Thailand ambulance\n"
     "10177: South Africa ambulance (112 from mobiles)\n"
     "997: Saudi Arabia ambulance, Poland police\n"
     "108: India ambulance in most states\n"
     "119: Japan, South Korea, Taiwan\n"
     "Satellite phones don't route to any of these, so save the local rescue coordination centre's number before you leave."),
    # 088 ski clinic injuries: skier's thumb, Stener lesion, reduction methods
    ("Ski clinic greatest hits: skier's thumb (UCL of the thumb MCP from the pole strap; a Stener lesion needs surgery, so ultrasound or MRI if there's a lump or laxity over 35°); ACL tears from the phantom foot mechanism; boot-top tibial fractures; shoulder dislocations in snowboarders (reduce early with the Cunningham or FARES method before the spasm sets in); wrist fractures in beginner boarders, which wrist guards roughly halve; and the lateral process of talus fracture. Off-piste, tree wells and deep-snow immersion asphyxia: ski with a partner you can see."),
    # 089 rodeo medicine basics, vests, SCAT6
    ("Rodeo medicine basics for the event doctors heading into summer. Bull riding has the highest injury rate per exposure of any professional sport. Protective vests (mandatory for bull riders in most associations) cut chest injuries; helmets are still optional for adults on many circuits. Concussion: SCAT6 in the sports medicine trailer, no same-day return. Hung-up riders get upper limb traction injuries, shoulder dislocations, and stomp injuries to the chest and abdomen. Keep an ultrasound and a scoop at the out gate and a trauma-capable ambulance on standby for every performance."),
    # 090 farm injuries: PTO, organophosphates, silo gas, quad bikes
    ("Farm medicine. PTO (power take-off) entanglement: degloving and traumatic amputations, with the clothing often trapping the patient. Stop the tractor, don't reverse the shaft, cut the clothing. Organophosphate poisoning from sheep dip or crop sprays: SLUDGE/DUMBELS, atropine 1-2 mg IV doubling every 5 min until the chest is dry, pralidoxime per local protocol. Silo gas (nitrogen dioxide) in the first weeks after filling causes delayed pulmonary oedema. Grain entrapment: don't pull them out by the arms. Quad bikes are the leading cause of farm deaths in Australia and New Zealand; push for crush protection devices."),
    # 091 electrical burns vs Rule of Nines, Parkland limits
    ("Electrical burns: the Rule of Nines underestimates them because the damage runs deep along the current path. Low voltage (under 1,000 V) with a normal ECG and no loss of consciousness can go home. High voltage: ECG, troponin, CK, urine myoglobin, urine output 1-1.5 mL/kg/h until it clears, watch the compartments. Parkland fits poorly, so titrate to urine. Lightning is a different injury altogether."),
    # 092 satellite communications for expeditions: brands, 406 MHz, Cospas-Sarsat
    ("Satellite comms for expedition medics. Iridium handsets work pole to pole for short calls and texts. Inmarsat IsatPhone is cheaper but geostationary over the equator, so it's poor at high latitudes and in deep valleys. Thuraya covers Europe, Africa, the Middle East and Asia. Garmin inReach and Zoleo send texts and SOS over Iridium. Starlink has changed video telemedicine from ships and polar stations. PLBs transmit on 406 MHz to Cospas-Sarsat; register yours in your home country. Test all of it before you leave the trailhead."),
    # 093 pre-travel vaccines and malaria prophylaxis: brands, public link
    ("Pre-travel checklist for last-minute travellers: routine vaccines up to date (MMR!); hepatitis A for nearly everyone; typhoid for South Asia (Vivotif oral or Typhim Vi); yellow fever (Stamaril) at least 10 days before travel to endemic areas, with the certificate; rabies pre-exposure (Rabipur, Verorab) for long stays or remote travel; Japanese encephalitis (Ixiaro) for rural Asia in the monsoon; cholera (Dukoral) rarely. Malaria: atovaquone-proguanil (Malarone), doxycycline or mefloquine by region and patient. Qdenga for those with a previous dengue infection. Country pages: https://wwwnc.cdc.gov/travel"),
    # 094 thrombolysis at sea in a ship's clinic, diversion decisions
    ("Ship's clinic question: thrombolysis for STEMI at sea. Ships following the ACEP cruise ship medical facility guidelines carry tenecteplase, a 12-lead ECG with transmission, point-of-care troponin and a defibrillator. Two or more days from a PCI-capable port means lysis if there are no contraindications, then enoxaparin, aspirin, clopidogrel. Then the choice: divert, helicopter medevac (usually only within about 200 nm of the coast), or carry on. The captain decides on diversions; we advise. Document when you spoke to the shoreside medical director."),
    # 095 short question about Penthrox on event bikes
    ("Does anyone carry Penthrox on the bike teams at mass-participation events? Our ambulance service restricts it to crews, and it would help on long carries."),
    # 096 short teaching notice with weekday and time; members @bex_icu, @tomasz_hems
    ("Reminder: Wednesday's teaching is ketamine vs fentanyl for extrication analgesia, 1900 AEST on the usual link. @bex_icu presents the MARCH refresher first; @tomasz_hems, bring your winter cases. Questions in the thread."),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc33-001": [{"name": "Aroha Kereama", "handle": "@aroha.k_retrieval"}, {"name": "Rebecca Hollis", "handle": "@bex_icu"}],
    "pc33-007": [{"name": "Nadia Rahman", "handle": "@nadia_em"}, {"name": "Oliver Pearce", "handle": "@dr_ollie_p"}],
    "pc33-013": [{"name": "Joanna Pike", "handle": "@jo_polar_doc"}, {"name": "Matiu Hema", "handle": "@kiwi_surg"}],
    "pc33-018": [{"name": "Liam Chen", "handle": "@liamchen_retrieval"}, {"name": "Kate Mulholland", "handle": "@kate.hyperbaric"}],
    "pc33-023": [{"name": "Margaret Sloan", "handle": "@medic_mags"}, {"name": "Andrew Birnie", "handle": "@offshore_doc_ab"}],
    "pc33-035": [{"name": "Fiona Grant"}, {"name": "Ruaridh MacKinnon"}],
    "pc33-040": [{"name": "Max Brunner", "handle": "@max_hems_ch"}, {"name": "Léa Favre"}],
    "pc33-044": [{"name": "Owen Lloyd", "handle": "@gp_owen"}, {"name": "Sunita Rao", "handle": "@tropmed_sunita"}],
    "pc33-051": [{"name": "Rosie Adeyemi", "handle": "@rosie_ed"}, {"name": "Harriet Lowe", "handle": "@drake_doc"}],
    "pc33-053": [{"name": "Sam Okoro", "handle": "@sam_ems"}, {"name": "Noor Haddad"}],
    "pc33-059": [{"name": "Priya Nair"}, {"name": "Tomasz Wójcik", "handle": "@tomasz_hems"}],
    "pc33-067": [{"name": "Ayesha Malik", "handle": "@drayesha"}, {"name": "Marcus Bell"}],
    "pc33-085": [{"name": "Liam Chen", "handle": "@liamchen_retrieval"}, {"name": "Rebecca Hollis", "handle": "@bex_icu"}],
    "pc33-096": [{"name": "Rebecca Hollis", "handle": "@bex_icu"}, {"name": "Tomasz Wójcik", "handle": "@tomasz_hems"}],
}

build, render, main = first_set.blind_set(
    "pc33", Path(__file__).with_name("physician_cases_33.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
