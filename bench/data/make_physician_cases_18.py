# ruff: noqa: E501, RUF001 (the notes are data, with the symbols people type)
"""Blind test set 18: invented physician posts for the de-identification benchmark.

Written blind: the author read only the tag table, ``_MARK`` and the parser/build helpers of
``make_physician_cases.py`` -- no other notes, no detector code, no tests -- and wrote every
note here from scratch. All people, numbers and most facilities are invented; real towns,
counties, neighbourhoods and countries appear only as places. US phones are 555-01xx, UK
mobiles 07700 900xxx, IPs come from the documentation ranges, email domains are made up.

The set mixes case threads with replies, Reddit/Sermo/Figure 1 style posts, pasted group
chats with timestamps and speaker labels, tumour boards, M&M write-ups, pasted discharge,
clinic, referral and consult letters, sign-outs, phone-typed lower-case replies, dictation
and ALL-CAPS pastes, from the US, Canada, the UK, Ireland, Australia and New Zealand.

Annotation conventions beyond the tag table:

* Spans leave out titles, honorifics and labels ("Dr.", "Mrs", "Nana", "MRN", "DOB", "Ph"),
  a possessive "'s" and surrounding punctuation. Initials and nicknames of patients,
  relatives and clinicians are tagged like names ("R.Y.", "Bubba"); a surname used alone is
  tagged. Lower-case names are tagged as typed.
* Speaker labels in chats pasted from outside the network (hospital WhatsApp, pager logs)
  are clinicians (``HCP``); replies by fellow members of the network are colleagues, left
  untagged and listed in ``MEMBERS``.
* Facilities, employers, shops, farms, ranches, mines, schools, churches, shelters, care homes,
  pharmacies, gyms and bars are ``FAC`` with their generic word; named wards too, numbered
  units ("7 West", "Bay 3") are not. Neighbourhoods, reserves, reservations' chapters,
  landmarks, intersections and named subdivisions are ``PLACE``; a street address with its
  number, unit and street word is one ``STREET`` span, a rural route or PO box too; town, ZIP
  or postcode are separate spans; a state, province or country alone is never tagged.
* Dates: every date shape (with or without the year, month-day, day-month, month-year, a
  holiday of a particular year, timestamps in chat exports) is one ``DATE`` span covering the
  date only, not the clock time or weekday; a weekday or relative time alone is untagged; a
  year alone is ``YEAR`` unless it is a birth year revealing an age over 89 (then ``DATE``).
* Ages: only ages over 89 are tagged (``AGE``), the number or number-words only ("93" in
  "93yo", "ninety-four").
* Numbers: a phone span includes its area code and an extension typed with it ("x4412");
  an internal extension or bleep typed alone is ``PHONE`` or ``PAGER`` by what it is. NHS,
  CHI, IHI, Medicare (AU), OHIP/health card, Medicaid and insurer member numbers are
  ``PLAN``; hospital/unit numbers ``MRN``; billing and bank numbers ``ACCT``; licence,
  DEA, GMC, AHPRA, MCNZ, board-certificate and driver's-licence numbers ``LIC``; NPI,
  inmate, case, claim, coroner and study-subject numbers ``ID``; implant and pump serials
  ``DEVICE``; social media names (including u/ Reddit names of patients or relatives)
  ``HANDLE``.
* Not tagged: national systems and services named as such (the VA, IHS, NHS, HSE, RFDS,
  NETS, Ornge, Police Scotland, "county health", VicRoads), insurers and device makers
  (PacificSource, Medtronic), years inside guideline, trial and citation names, ages under
  90, room and bed numbers, clock times. Named regions inside a state or country ("Upper
  Peninsula", "Rio Grande Valley") are ``PLACE``; multi-state regions ("midwest") are not.
* ``MEMBERS`` lists the network colleagues addressed in a note; a patient who shares a
  colleague's name (pc18-023) is still tagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Reddit-style, IHS northern Arizona
    """Rural OBs, how do you handle this. IHS site in northern AZ. 34F G4P3 rolled in at 31+2 from out past [[PLACE:Cow Springs]], husband drove her ~90 min in a truck with no muffler. Her sister [[REL:Darlene Yazzie]] had called the front desk from [[PHONE:(928) 555-0143]] saying she was "seeing sparkles". BP 182/114, plt 88, AST 240. Mag, labetalol, and the fixed wing out of [[FAC:Coconino Regional Medical Center]] took 3 hrs because of wind. Baby is fine in the NICU, mom ok.

My question: at what point do you stop asking people to come in for BP checks at 20 wks when the round trip is 4 hrs and the chapter house at [[PLACE:Shonto]] has a cuff but nobody to read it? [[PT:R.Y.]] had nothing after her dating US on [[DATE:2/2]]. Our CHR [[HCP:Loretta Begay]] has been doing home visits on her own gas money. Would love to hear what works. Tagging @nez.ob since you asked about the remote BP cuff program.""",
    # 002 WhatsApp export, UK medical registrars
    """Pasted from our med reg WhatsApp with everyone's OK, teaching point is the lactate so read to the end.

[[DATE:03/11/2023]], 02:14 - [[HCP:Tom Achterberg]]: anyone free to see bed 14 on [[FAC:Larch Ward]]? [[AGE:91]]F NEWS 7, daughter says "just not herself"
[[DATE:03/11/2023]], 02:16 - [[HCP:Bex]]: in resus with a DKA, 20 min
[[DATE:03/11/2023]], 02:31 - [[HCP:Tom Achterberg]]: lactate 1.9 on the gas, BP 104/60, temp 36.1. asked FY1 to repeat obs. daughter [[REL:Sandra Pilkington]] on [[PHONE:07700 900417]] wants a call
[[DATE:03/11/2023]], 02:33 - [[HCP:Bex]]: fine, fluids and I'll come
[[DATE:03/11/2023]], 03:58 - [[HCP:Bex]]: repeat lactate 4.6, mottled knees, she's got a perforated diverticulum on the CT. surgeons aware, Mr [[HCP:Oduya]] coming in

Moral: a normal first lactate in a [[AGE:91]] year old on bisoprolol means very little. She went to theatre and, amazingly, went home to [[FAC:Brackenhill Care Home]] in [[TOWN:Kendal]] three weeks later.""",
    # 003 tumour board, Ontario
    """HPB TUMOUR BOARD – [[FAC:Algonquin Shores Regional Cancer Centre]] – Thursday [[DATE:18 April 2024]]
Chair: Dr. [[HCP:M. Tremblay-Ouellet]] | Radiology: Dr. [[HCP:Adebayo]] | Path: Dr. [[HCP:Fenwick]]

Case 3. [[PT:Gerald Moosomin]], 67M, [[MRN:ASR-0448102]], referred from [[FAC:Northern Waters Health Centre]] (lives [[PLACE:Lac Seul First Nation]]). Painless jaundice since early [[DATE:March]], bili 212, CA 19-9 1840. CT pancreas protocol [[DATE:2024-04-09]]: 2.8 cm head mass, abuts SMV < 180°, no arterial involvement. EUS-FNA [[DATE:Apr 12]]: adenocarcinoma. Plastic stent placed, now metal.

Discussion: borderline resectable. Recommend neoadjuvant mFOLFIRINOX then restage. Patient wants treatment closer to home; nurse navigator [[HCP:Kathleen Sinclair]] to arrange Ornge transfers and lodging at [[FAC:Sunset Lodge]] in [[TOWN:Thunder Bay]]. Daughter [[REL:Tanis]] is the contact: [[PHONE:807-555-0172]]. OHIP [[PLAN:5823-441-907-KL]].""",
    # 004 phone-typed reply, lower case, ID
    """sorry typing on phone between pts. we had almost the exact same thing last yr, kid from [[FAC:Rosedale Colony]] (hutterite) w measles exposure that turned out to be parvo. his mom [[REL:sara waldner]] was amazing about quarantine tho. call [[HCP:jen]] at county health she knows the colonies, [[PHONE:605 555 0119]] ext 3. they cover [[COUNTY:Hanson County]] and [[COUNTY:Davison]] too""",
    # 005 M&M write-up, US South
    """M&M – Department of Emergency Medicine – [[FAC:St. Landry Parish Memorial]]

Case summary (de-identification pending, do not forward): [[AGE:96]]-year-old woman from [[FAC:Magnolia Gardens Assisted Living]] on [[STREET:Hwy 190]] in [[TOWN:Eunice]] brought by EMS [[DATE:1/6/24]] after unwitnessed fall. On apixaban. GCS 15, CT head negative, discharged back at 04:40 with a skin tear dressing. Returned [[DATE:1/7]] at 14:10 obtunded; repeat CT showed acute SDH with 9 mm shift. Andexanet given. Family ([[REL:Clarence Fontenot]], son, POA) chose comfort care.

Contributing factors: no repeat imaging policy for anticoagulated elderly; night shift single coverage (Dr. [[HCP:Broussard]] covering 31 patients); facility staff unable to do neuro checks overnight. Action items: anticoagulated head injury pathway (observation 12 h or repeat CT), call-back to facility DON [[HCP:Renée Guidry]] at [[PHONE:337-555-0108]], EMR hard stop.""",
    # 006 Figure 1 style image caption
    """Figure 1 post – "Guess the diagnosis" 🔍
Photo: violaceous plaque on the shin of a 52M, ulcerating, undermined borders. Occupation: works the kill floor at [[FAC:Great Plains Beef]] in [[TOWN:Lexington]], NE. Started after a scrape on a gate. Biopsy pending.
(edit: moderators removed the image because you could read his name on the wristband – "[[PT:HERRERA, ISMAEL]]" and "[[MRN:00781445]]". reposting cropped. sorry all)
Comments welcome. PG was my first thought but with the cattle exposure I'm thinking sporotrichosis vs atypical mycobacteria.""",
    # 007 discharge summary paste, Australia
    """Pasting the discharge summary the GP sent me because the med rec is a good example of what not to do:

[[FAC:MURRUMBIDGEE DISTRICT HOSPITAL]] – DISCHARGE SUMMARY
Patient: Mrs [[PT:Dorothy (Dot) McInerney]]   URN: [[MRN:WW492271]]   DOB: [[DATE:14/02/1931]]
Medicare: [[PLAN:2951 66403 1]]   Admitted: [[DATE:2/9/23]]   Discharged: [[DATE:11/9/23]]
Address: [[STREET:Unit 4, 17 Fitzmaurice St]], [[TOWN:Wagga Wagga]] NSW [[ZIP:2650]]
Consultant: Dr [[HCP:P. Kalkandis]] (Gen Med)   GP: Dr [[HCP:Heather Wong]], [[FAC:Lake Albert Medical Centre]]
Diagnoses: CCF exacerbation, AKI on CKD 3b, hyperkalaemia
Medications on discharge: frusemide 40 mg BD, spironolactone 25 mg daily (!), ramipril 5 mg daily, Slow-K 600 mg BD (!!)

So she got spironolactone + ramipril + potassium supplements, K was 5.9 on day 1 of admission. She's [[AGE:92]]. Community pharmacist at [[FAC:Kooringal Village Pharmacy]] picked it up. Please, everyone, read your discharge scripts. Thanks to Graham Pike for flagging it at our journal club.""",
    # 008 sign-out list, US academic
    """Night float sign-out, 11 East – pasted for the thread on I-PASS formatting

1. [[PT:Kowalczyk, Stan]] 78M rm 1122 [[MRN:4410-8873]] – CHF, diuresing, goal -1L. If K<3.5 replete. Watcher.
2. [[PT:Boateng, Abena]] 44F rm 1124 – SLE nephritis, pulse steroids day 2 of 3. Neph fellow [[HCP:Raj]] pager [[PAGER:8172]].
3. [[PT:Leaf, Summer]] 23F rm 1130 – DKA closing gap, on insulin gtt, transition when AG<12 x2. Mom [[REL:Autumn Leaf]] staying overnight.
4. [[PT:"Big Mike" Donnelly]] 61M rm 1131 – EtOH withdrawal, CIWA 14 at 1800, phenobarb load given. Sitter ordered. Do NOT let him go smoke at the [[PLACE:Brigham Circle]] bus stop again.
If anything: senior [[HCP:Okonjo]] x[[PHONE:5-7741]].""",
    # 009 referral letter, Ireland
    """Referral letter as typed by a GP colleague, shared for the discussion on rapid-access chest pain clinics (she's fine with it; patient details are being removed by mods):

[[FAC:Ballyhaunis Family Practice]], [[STREET:Main Street]], [[TOWN:Ballyhaunis]], Co. [[COUNTY:Mayo]], [[ZIP:F35 X2K7]]
[[DATE:19th Jan 2024]]

Dear Dr [[HCP:Ní Cheallaigh]],
Re: [[PT:Pádraig Ó Máille]], DOB [[DATE:03.08.1961]], [[STREET:Cloonfad Road]], [[TOWN:Ballyhaunis]]. GMS no. [[PLAN:1840227K]].
I'd be grateful if you could see this 62 year old farmer who describes exertional chest tightness when feeding cattle on his out-farm at [[PLACE:Knock]]. Resting ECG shows lateral TWI. Smoker 40 pack-years. Wife [[REL:Bríd]] is concerned as his brother died suddenly at 58.
Kind regards, [[HCP:Aoife Gallagher]] MICGP, IMC [[LIC:412778]]""",
    # 010 case thread with replies (members)
    """Case thread: 17M football player, collapse at practice

Posted by the team doc. [[PT:Jaylen]] went down during conditioning at [[FAC:Deep Fork Valley High School]] [[DATE:Aug 7]], heat index 108. AED pads on within 2 min by the athletic trainer ([[HCP:Deb Renfro]] runs a tight ship), shockable rhythm, ROSC after one shock. Transferred to [[FAC:Arkansas River Children's Hospital]]. Echo with LVH, septum 19 mm. Dad ([[REL:Marcus Tolliver]]) asking if he can play in the spring.

Reply – Olusegun Adeyemi (cards): With HCM and an aborted SCD event he needs an ICD and shared decision-making about return. The 2024 AHA/ACC HCM guideline softened the blanket ban but this is secondary prevention. Happy to talk to the family.
Reply – Hannah Brightwater: agree with Olusegun. Also check his family – genetic testing for MYH7/MYBPC3 and cascade screening of siblings.
Reply – original poster: thanks both. His little sister [[REL:Kiara]] plays volleyball at the same school, getting her an echo.""",
    # 011 ALL-CAPS paste, VA
    """PASTING FROM OUR OLD VISTA NOTE BECAUSE THE CAPS LOCK TELLS THE STORY:

[[FAC:VA PRAIRIE HILLS HEALTH CARE SYSTEM]] – [[FAC:CASCADE SPRINGS CAMPUS]]
PT: [[PT:LONGBRAKE, HAROLD W]]   SSN: [[SSN:503-44-9187]]   DOB: [[DATE:JUN 21,1933]]   ([[AGE:90]])
SERVICE: KOREA, ARMY
CC: "MY FEET ARE ON FIRE"
HPI: [[AGE:90]] YO VET W DM2, PAD, S/P R BKA [[YEAR:2011]], LIVES ALONE ON A RANCH OFF [[STREET:RR 2 BOX 118]], [[TOWN:OELRICHS]]. NEIGHBOR [[REL:DALE HUNSINGER]] BRINGS HIM IN. BURNING PAIN L FOOT X 3 WKS, WORSE AT NIGHT, DANGLES FOOT OVER BED. ABI 0.38.
PLAN: VASC SURG CONSULT [[FAC:STURGIS VAMC]], ?FEM-POP VS PRIMARY AMPUTATION. PT STATES HE WILL "NOT LOSE THE OTHER ONE."

The ischemic rest pain was hiding in plain sight under "neuropathy" for two years.""",
    # 012 dictated text
    """Dictated, please excuse the voice-recognition artefacts:

This is doctor [[HCP:Ferreira]] dictating a consult for Mr. [[PT:Tevita Fifita]] comma date of birth [[DATE:9 October 1978]] period hospital number [[MRN:M0882914]] period. Mister [[PT:Fifita]] is a forty five year old Tongan man with a background of type two diabetes comma gout and obesity comma referred by doctor [[HCP:Sione Havili]] at [[FAC:Ōtara Whānau Health]] with a creatinine of four hundred and twelve. New paragraph. He works nights at the [[FAC:Waikato Dairy Co-op plant]] in [[TOWN:Te Rapa]] and drinks kava on weekends at his church comma [[FAC:St Paul's Tongan Methodist Church]] in [[PLACE:Māngere]] period. He has a wife comma [[REL:Mele]] comma who is present today. New paragraph. NHI [[PLAN:ZKT4421]].""",
    # 013 Sermo style poll post
    """Sermo-style poll: would you report this colleague?

Anonymising as much as I can. Locum at a small critical-access hospital in the [[PLACE:Upper Peninsula]], fill-in for a few weekends. The regular doc (Dr. [[HCP:Kip Aho]]) writes oxycodone 30s for half of [[TOWN:Ishpeming]], including for his own brother-in-law ([[PT:Roy Niemi]], who I saw for "lost scripts" twice). PDMP shows 4 prescribers, all the same DEA prefix. I pulled his license: [[LIC:4301098765]] active, no actions.

Options: (a) talk to him, (b) CMO, (c) state board, (d) nothing, I'm a locum.

I'm leaning (b) but the CMO is his fishing buddy and they both go to [[FAC:Bethany Lutheran]]. Anyone been here? Mark Lindahl, you did locums up there – thoughts?""",
    # 014 consult letter, Scotland
    """Consult letter I wrote – shared for the thread on how to word capacity assessments. Identifiers will be stripped by the mods before it's visible, I'm told.

[[FAC:Ness Valley Hospital]] – Department of Old Age Psychiatry
[[DATE:22/05/2024]]
Dr [[HCP:Fiona MacAskill]], [[FAC:Sutherland West Medical Practice]], [[TOWN:Kinlochbervie]] [[ZIP:IV27 4DB]]

Re: Mr [[PT:Alasdair MacLeod]], DOB [[DATE:30/12/1932]], CHI [[PLAN:3012324417]], [[STREET:2 Croft Road]], [[PLACE:Achmelvich]]

Thank you for asking me to see Mr [[PT:MacLeod]], a [[AGE:91]] year old retired ghillie who lives alone on his croft. His niece [[REL:Morag Sutherland]] (tel [[PHONE:01632 960412]]) is worried that he is giving money to a man who calls himself a "roofer". On assessment he understood that the £4,000 he had paid was for work not done, could weigh it against his wish to "help the lad", and decided himself to stop. He has capacity for this decision. Police Scotland reference [[ID:PS-20240517-0884]] has been raised by his bank (account [[ACCT:10448291]]).

Yours sincerely,
Dr [[HCP:Iain Drummond]], Consultant Psychiatrist, GMC [[LIC:7041182]]""",
    # 015 pasted portal message, insulin pump
    """Reply to the thread on pump failures. Here's the actual portal message I got Saturday (pt gave permission to share, we're redacting before release):

"hi dr [[HCP:patel]] its [[PT:brianna]] again. my pump keeps saying no delivery and I've changed the site twice. serial is [[DEVICE:NG2849117H]] if you need it. sugar was 388 this morning and I have ketones moderate. my mom [[REL:tasha]] says to go to [[FAC:Highlands Children's]] but I have a shift at [[FAC:Big Bluegrass Chicken]] on [[STREET:Dixie Hwy]] at 4. can you call me [[PHONE:502-555-0184]] or email [[EMAIL:bri.lovesdogs2007@quickmail.example]]"

Moderate ketones on a pump with occlusion = DKA until proven otherwise. I called her, she went in. Teaching point for the residents: always have a backup pen plan written down.""",
    # 016 Reddit-style post with handle of patient
    """Throwaway because this is identifiable-adjacent. EM doc, midwest. Pt came in after an overdose and her family found out because she'd been live-streaming. Her TikTok ([[HANDLE:@kenzi.dreamz0]]) has like 40k followers. Now there are people in the comments posting the name of our hospital, and someone recorded the ambulance bay at [[FAC:St. Wenceslaus Medical Center]]. Her boyfriend's account [[HANDLE:@tyler_tkd_99]] posted a video of her in our hallway.

Questions: 1) do we report to the platform, 2) do we have any HIPAA exposure when the patient posted it herself, 3) how do you counsel a 19F with BPD who is getting validation from a live audience while intoxicated? Our social worker [[HCP:Gretchen]] is out until the [[DATE:15th]]. @rosa.delgado.em you said you'd dealt with something like this?""",
    # 017 handover list, NZ
    """Weekend handover – Gen Med, [[FAC:Northland Base Hospital]] (copying in the interest of the thread on handover tools)

Ward 11
- [[PT:Hemi Tautahi]] 58M, NHI [[PLAN:PLR1832]], cellulitis R leg, IV fluclox day 3 → switch to oral if afebrile 24h. From [[PLACE:Kaikohe]]; whānau staying at [[FAC:Te Puna o Te Ora marae]]
- [[PT:Ruby Leng]] 88F, delirium on UTI, EPOA activated. Son [[REL:Wilfred]] ph [[PHONE:021 555 0193]].
- [[PT:J. van der Merwe]] 71M, post-TAVI, pacing wire out Sat AM per Dr [[HCP:Kereama]]. Lives [[PLACE:Onerahi]].
Ward 12
- [[PT:Aroha]] (no surname given at triage!) 34F, pyelo, 2 kids at home in [[TOWN:Dargaville]], discharge Sun if sorted.
Bleep me on [[PAGER:614]] – [[HCP:Nikki]]""",
    # 018 clinic letter, Canada, Quebec
    """Clinic letter – rheumatology. Posting for the Q on methotrexate in pregnancy planning.

[[FAC:Hôpital Sainte-Brigitte-du-Lac]]
le [[DATE:4 mars 2024]]
Dre [[HCP:Geneviève Lapointe-Roy]]
Re: Mme [[PT:Marie-Ève Thibodeau]], RAMQ [[PLAN:THIM 8857 1402]], dossier [[MRN:F-0092371]]

Madame [[PT:Thibodeau]] is a 29 year old hairdresser at [[FAC:Salon Coiffure Belle Allure]] in [[TOWN:Magog]] with seropositive RA since [[YEAR:2019]]. She and her partner [[REL:Jonathan Poirier]] would like to conceive. We will stop methotrexate today, start hydroxychloroquine 200 mg BID and sulfasalazine titrating to 1 g BID, with folic acid 5 mg daily. Wait three months after MTX before trying. Contact: [[PHONE:819 555-0127]].""",
    # 019 texting-style reply (member colleague)
    """@kwame.boateng u asked about the kid w the rash – update. mom brought him back thurs, desquamating fingertips, plts 780, echo at [[FAC:Mid-South Children's]] showed LAD 4.2 mm z +3. so yes kawasaki, late. IVIG + asa. mom [[REL:latoya]] kept saying his daycare [[FAC:Little Sprouts on Poplar]] had a "virus going round" so everyone reassured her for 9 days. ugh. her number if u want to follow up for ur study [[PHONE:901-555-0135]]. his MRN there [[MRN:LB7720014]]""",
    # 020 case thread, mine injury, Australia (members)
    """Case for the rural/remote crowd – crush injury, [[TOWN:Kalgoorlie]]-adjacent

Miner, 41M, from the [[FAC:Golden Wattle Pit]] (nightshift), pinned by a loader bucket. Flown by RFDS to our ED at [[FAC:Goldfields Regional Hospital]]. CK 84,000 by 6h, K 6.8, urine like cola. Crew said his mate [[REL:Shane "Bluey" Kerrigan]] kept him talking for 40 min while they got him out.

Q: we don't have dialysis after hours. Rhabdo protocol (NS 400 mL/h, target UO 200 mL/h), calcium, insulin/dextrose, then what? Perth is 600 km.

Reply – Dr Nadia Haddad: we'd have retrieved him to [[FAC:Swan River Trauma Centre]] as soon as K>6 despite treatment. Call the retrieval line early, don't wait for the next K.
Reply – Liam O'Rourke: agree with Nadia. CVVHDF needs ICU anyway. Also check compartments.
Follow-up: retrieved, dialysed x3, recovered. His wife [[REL:Kylie]] sent us a box of Iced VoVos.""",
    # 021 ALL-CAPS EMS run sheet paste
    """EMS RUN SHEET, TRANSCRIBED FOR THE QI THREAD:
UNIT MEDIC 14 – [[FAC:TRI-COUNTY EMS]] – [[DATE:11/23/23]]
DISPATCH 0212: MVC ROLLOVER, [[PLACE:US-2 AT MILE MARKER 217]] NEAR [[TOWN:BROWNING]]
PT 1: [[PT:WHITE CALF, DARRELL]], 27M, UNRESTRAINED DRIVER, EJECTED. GCS 6. RSI ON SCENE.
VEHICLE: [[PLATE:MT 9-4417B]] / VIN [[VIN:1GCHK29U97E184427]]
PT 2: [[PT:WHITE CALF, JOLENE]], 25F, PASSENGER, BELTED, ALERT, C/O ABD PAIN.
TRANSPORT TO [[FAC:BROWNING COMMUNITY HEALTH CENTER]] THEN ROTOR TO [[FAC:GREAT FALLS REGIONAL]].

The thread question was about ketamine vs etomidate for RSI in hypotensive TBI – he got etomidate 20, SBP dropped to 70s.""",
    # 022 pasted lab / device note, cardiology
    """Device clinic note (paste), for the thread on remote monitoring alert fatigue:

Pt: [[PT:Nguyen Thi Hoa]]   MRN [[MRN:E10392283]]   DOB [[DATE:1947-11-02]]
Device: Medtronic Azure XT DR MRI, SN [[DEVICE:RNB602114S]], implanted [[DATE:08/14/2021]] at [[FAC:Willamette Heart Institute]]
Remote transmission [[DATE:03/02/2024]]: 3 AT/AF episodes, longest 6 h 12 min, max V rate 134. No VT. Battery 7.9 y.
Daughter [[REL:Tran Minh Thu]] (interpreter for visit, Vietnamese) – [[PHONE:503-555-0161]]. Next in-clinic [[DATE:June 3]].

Question for EPs: first AF burden > 6 h at 76 years old, CHA2DS2-VASc 4 (age, female, HTN). Start apixaban? NOAH-AFNET 6 and ARTESiA don't quite agree.""",
    # 023 reply from member with a patient sharing colleague's name
    """Thanks @priya.nair for the nice summary of the ARTESiA debate. Funnily enough my patient this week is also a [[PT:Priya Nair]] (no relation!), 81F, device-detected AF ~9 h, CHA2DS2-VASc 5, lives with her son [[REL:Arjun]] above their shop [[FAC:Nair Sweets & Savouries]] on [[STREET:Devon Ave]] in [[PLACE:West Ridge]]. Prior GI bleed on aspirin in [[YEAR:2017]]. I'm going to go with apixaban 5 BID with PPI and see her in 4 weeks. Her PCP Dr. [[HCP:Hasan Qureshi]] at [[FAC:Devon Avenue Community Health]] agrees.""",
    # 024 Reddit-style, prison medicine
    """Correctional medicine question. I work at a state prison in the [[PLACE:central valley]]. 48M with HCV cirrhosis, MELD 22, needs transplant eval. Inmate #[[ID:BK-44817]] at [[FAC:Kettleman Valley State Prison]], release date [[DATE:Oct 2025]]. Transplant centers won't list someone incarcerated without a plan for post-op housing and meds. His cousin [[REL:Rogelio Ayala]] in [[TOWN:Coalinga]] offered to take him but has a felony record, which the parole office doesn't like. Anyone gotten someone listed from inside? Our CMO Dr. [[HCP:Sheila Okoro]] says it's never happened here.""",
    # 025 dictation with typos, pasted op note
    """Op note dictation (uncorrected) for the thread about intra-op cholangiograms:

PATIENT [[PT:HUNTER, BILL]] DATE OF SERVICE [[DATE:four twelve twenty four]] SURGEON DOCTOR [[HCP:AMARA OKONKWO-BELL]] ASSISTANT DR. [[HCP:LANE]] ANESTHESIA DOCTOR [[HCP:SMALLS]]
PROCEDURE LAPAROSCOPIC CHOLECYSTECTOMY WITH INTRAOPERATIVE CHOLANGIOGRAM
FINDINGS ACUTELY INFLAMED GALLBLADDER WITH A STONE IMPACTED IN HARTMANN POUCH. CHOLANGIOGRAM SHOWED FILLING DEFECT DISTAL CBD WITH NO FLOW INTO DUODENUM. GI DOCTOR [[HCP:YOUNG]] AWARE FOR ERCP TOMORROW.
Patient works at [[FAC:Hunter's Feed & Seed]] (his own store) in [[TOWN:Paris]], TN, so nobody believed his last name at first.""",
    # 026 group chat, Irish GPs (with member)
    """From our GP co-op whatsapp, pasting with consent for the sepsis-in-kids thread. @ciara.dunne you'll remember this one.

[[DATE:12/12/23]] 19:02 [[HCP:Eoin]]: lad of 4 from [[PLACE:Knocknaheeny]], temp 39.8, fine spots on his belly that don't blanch on the glass
[[DATE:12/12/23]] 19:03 [[HCP:Sinéad O'Driscoll]]: IM ben pen now and ring the ambulance, don't wait
[[DATE:12/12/23]] 19:05 [[HCP:Eoin]]: done. mother [[REL:Shauna]] very calm. ambulance says 25 min
[[DATE:12/12/23]] 21:40 [[HCP:Eoin]]: [[FAC:Lee Valley]] say meningococcal, in PICU, stable

Ciara – you asked about the co-op's pre-hospital antibiotic audit: this is the case that started it.""",
    # 027 Sermo-style, FQHC, fax
    """FQHC folks – how do you get records from the big systems? We're an FQHC in the [[PLACE:Rio Grande Valley]]. Pt [[PT:Guadalupe "Lupita" Reyna-Salinas]], 63F, had a CABG at [[FAC:Harlingen Cardiac Institute]] in the spring and we have nothing but a discharge med list she brought in a Ziploc. I have faxed the records request to [[FAX:(956) 555-0166]] four times since [[DATE:May 28th]]. Their HIM says "resend on letterhead". Our fax is [[FAX:956-555-0199]] if anyone from that system is reading this. Her daughter [[REL:Yesenia]] drives her from [[TOWN:Progreso]] for every visit, 45 minutes each way, and she's missed work three times now.""",
    # 028 Reddit-style, lower-case, peds
    """throwaway acct. peds hospitalist. had a 3mo come in w apnea, parents said he "just stopped breathing in the car seat". skeletal survey: 3 posterior rib fx different ages. CPS involved. the part that's eating me: dad ([[REL:cody]]) works at the [[FAC:Grand Lake Farm & Ranch Supply]] in [[TOWN:vinita]] and he came in in his work shirt with his name tag and was the nicest guy all day. mom [[REL:kaylee b.]] barely spoke. baby [[PT:Waylon]] doing ok at [[FAC:green country childrens]]. how do you guys keep your face neutral through the whole interview. @ashok.peds what do u do""",
    # 029 tumour board, UK, with email
    """LUNG MDT OUTCOME – [[FAC:St Aldhelm's Hospital]], [[TOWN:Yeovil]] – Wed [[DATE:7/2/24]]
Patient: [[PT:Kenneth Arbuthnot]]   NHS No: [[PLAN:485 777 3456]]   Hosp No: [[MRN:K0992184]]
Referrer: Dr [[HCP:S Chaudhry]] (GP, [[FAC:Brue Valley Surgery]])
Hx: 74M ex-smoker, 3.1 cm RUL spiculated mass, PET avid SUV 11, N1 station 10R. EBUS [[DATE:29/1]]: adenocarcinoma, PD-L1 60%, EGFR/ALK/ROS1 negative.
Stage: cT2aN1M0, IIB.
Outcome: Surgical candidate if PFTs allow (FEV1 68%, DLCO 54%) – CPET requested. Discuss with thoracic surgeons at [[FAC:Bristol Harbourside]] (Mr [[HCP:Abimbola Fashola]]). Neoadjuvant chemo-immunotherapy (CheckMate 816) to be discussed with patient and wife [[REL:Jean]].
CNS: [[HCP:Lorna Pitt]] – [[EMAIL:lorna.pitt@staldhelms.nhs.example]]""",
    # 030 case thread with members, psychiatry
    """Case: 24M first-episode psychosis, cannabis daily, works at a dispensary

Posting for input. [[PT:Dev]] is a 24M, budtender at [[FAC:Green Thumb Collective]] on [[STREET:E Colfax]], presents with 3 weeks of believing his neighbour is broadcasting his thoughts through the wifi. Roommate [[REL:Jordan Atsitty]] brought him in after he unplugged everything in the apartment at [[STREET:1640 N Gaylord St, Apt 3B]]. UDS THC only. Started risperidone 1 mg.

Reply – Tomás Echeverría: with daily high-potency THC I'd be very direct about cessation, CUD is the single biggest modifiable factor for relapse. Also consider that his job puts him in it 40 h a week.
Reply – Mei-Ling Zhou: agree with Tomás. I'd get him into a coordinated specialty care program (NAVIGATE model) if you have one.
OP: thanks both – he's enrolled in our FEP program, case manager is [[HCP:Brandi Kettle]].""",
    # 031 pasted discharge summary, ALL-CAPS, Canada, with URL
    """DISCHARGE SUMMARY – [[FAC:NORTH SASKATCHEWAN RIVER UNION HOSPITAL]]
NAME: [[PT:CARDINAL, WINSTON EUGENE]]   HSN: [[PLAN:701 448 213]]   CHART: [[MRN:BUH-2231904]]
ADMIT: [[DATE:2023-OCT-04]]   D/C: [[DATE:2023-OCT-19]]   RESIDENCE: [[PLACE:SWEETGRASS FIRST NATION]]
DX: TB MENINGITIS, HIV NEW DX (CD4 84), HEP C
FOLLOW UP: TB CLINIC [[TOWN:SASKATOON]] ... ID DR. [[HCP:OYELARAN]] ... DOT VIA NURSING STATION (CONTACT [[HCP:CHARLENE WUTTUNEE]] RN)
PT GIVEN FAMILY FUNDRAISER LINK TO SHARE WITH SW: [[URL:https://www.gofundme.example/f/help-winston-get-home]]

Posting this because I want to talk about how TB meningitis still gets missed as "viral" in our region. He was sent home twice.""",
    # 032 Reddit, med student asks, IP address in an EHR screenshot
    """Med student here, asking the attendings. On my rotation I noticed the attending's workstation has the remote desktop address taped to the monitor ([[IP:10.14.22.187]]) with the login underneath. Also the shared "clinic" account [[HANDLE:clinic_frontdesk3]] for the patient portal. Is that normal? Should I say something? I don't want to get anyone in trouble, the preceptor (Dr. [[HCP:Rangi]]) has been great to me. Small practice in [[TOWN:Gisborne]].""",
    # 033 pasted secure chat with timestamps, US, stroke
    """Tele-stroke thread (secure chat, exported), sharing because the door-to-needle was great and I want to thank the spoke team publicly:

Mon [[DATE:4/15]] 21:06 [[HCP:Kristen Dahl]] RN ([[FAC:Lake of the Woods Hospital]]): 66M LKW 20:35, L face/arm, NIHSS 9, BP 188/102, glucose 141
21:07 Dr. [[HCP:Faisal Rahimi]] (neuro, hub): cart up, CT/CTA now pls
21:19 [[HCP:Kristen Dahl]] RN: CT neg for bleed, CTA R M2 occlusion
21:22 Dr. [[HCP:Faisal Rahimi]]: TNK 25 mg, prep transfer to [[FAC:Red River Comprehensive Stroke Center]]
21:31 [[HCP:Kristen Dahl]] RN: TNK in at 21:29. wife [[REL:Ingrid Halvorson]] consented. pt [[PT:Arne Halvorson]], MRN [[MRN:LW-0082216]]
Door to needle 23 min. In a 25-bed CAH in [[TOWN:Baudette]]. 👏""",
    # 034 phone-typed, NZ GP reply with typos
    """yeah had one like this last wk. 6yo from [[PLACE:Flaxmere]], rheumatic fever, mum [[REL:Losana]] works at the apple packhouse on [[STREET:Omahu Rd]] and couldnt get time off so we did the bicillin at 7am before her shift. kid name [[PT:Mafi]]. registered w rheumatic fever register now, nurse [[HCP:Tui]] does the 28 day injections at school ([[FAC:Kōwhai Flats School]]). call me if u want the pathway [[PHONE:027 555 0148]]""",
    # 035 consult note, addiction medicine, US Northeast, with licence
    """Pasting my consult note template + this case for the buprenorphine micro-induction thread. Mods will strip.

ADDICTION MEDICINE CONSULT – [[FAC:Merrimack Valley General]]
Patient: [[PT:Ashley Thibault]], 31F, MRN [[MRN:0011482297]], hosp day 4, admitted for MSSA tricuspid endocarditis.
Uses ~1 g fentanyl/day IV, last use [[DATE:3/18]] per pt. Lives at [[FAC:Pawtucket Falls Shelter]] (shelter), previously [[STREET:22 Moody St]], [[TOWN:Lowell]].
Plan: Bernese method micro-induction with buprenorphine 0.5 mg SL day 1 ... full protocol below. Partner [[REL:Kyle Ouellette]] also uses; naloxone kit given.
Discharge prescriber: me, DEA [[LIC:FO4458201]]. Bridge clinic at [[FAC:Centralville Health]] on [[DATE:4/2]].""",
    # 036 Sermo-style poll, Australian GP, pharmacy, plate
    """Poll: Would you notify? Old mate came in for a script for his heart tablets. 78M, 2 falls, MMSE 19, still driving his ute to the [[FAC:Inglewood Community Bank]] and the [[FAC:RSL]] in [[TOWN:Inglewood]] every day. Rego [[PLATE:1XR-4KB]] – a neighbour took down the plate after he clipped the letterbox at [[STREET:14 Grant St]]. His daughter [[REL:Tracey Dunstan]] rang me begging me to "do something". Victoria has mandatory-ish reporting for some conditions but not this exactly. Options: (a) VicRoads medical report, (b) talk to him, (c) both. I did both – he cried. Anyone have a kinder way to do this? Cheers Fiona for the VicRoads form link.""",
    # 037 Figure 1 style, derm, student names
    """Figure 1 – Rash after "henna" tattoo at the beach. 11F, returning from a family trip, came to [[FAC:Sunnybrook Family Clinic]] with vesicular, sharply demarcated dermatitis in the exact shape of a dolphin on the forearm. Black henna (PPD). Vendor was on the boardwalk outside [[FAC:Captain Jack's Surf Shop]] in [[TOWN:Ocean City]]. Mom ([[REL:Rachel Goldfarb]]) asked whether her daughter ([[PT:Talia]]) can ever dye her hair now – answer is patch test before any PPD hair dye, and she's probably sensitised for life.""",
    # 038 handover list, Canada ICU with pager
    """ICU night handover ([[DATE:Jan 3/24]]), [[FAC:Fraser Crossing Hospital]] – pasting for the "what do you include" thread:

Bed 2 – [[PT:Sandhu, Harjit]] 57M, ARDS from influenza A, prone #3, P/F 92. Wife [[REL:Gurpreet Kaur]] + son [[REL:Manpreet]] at bedside; Punjabi interpreter booked 0900.
Bed 5 – [[PT:Lindqvist, Eva]] 83F, septic shock biliary, post-ERCP, norepi 0.08. Goals: full code per daughter ([[REL:Annika]]), revisit with Dr. [[HCP:Papadakis]] in AM.
Bed 7 – [[PT:Jean-Baptiste, Mackenson]] 39M, post-arrest, TTM 36, awaiting 72h prognostication. Brother [[REL:Wesner]] is SDM, [[PHONE:604-555-0133]].
Page RT [[PAGER:4417]] for vent issues; me [[PAGER:5521]].""",
    # 039 reply in thread with members, lower-case
    """agree w @dr.samoa.t and Rachel – in our clinic in [[PLACE:South Auckland]] we do the sore throat swab program through schools. the one that still haunts me is a 9yo from [[FAC:Tōtara Park Primary]], [[PT:Sione]], who we missed in [[YEAR:2019]] and now has moderate MR at 13. his aunty [[REL:Salote]] brings him to every echo.""",
    # 040 pasted clinic letter, US West, SSN + plan
    """Letter from an outside cardiologist that a patient handed me – for the thread on over-sharing in letters. Look at what's in the header:

[[FAC:High Desert Heart & Vascular]] | [[STREET:2200 N Main St, Ste 140]], [[TOWN:Bend]], OR [[ZIP:97703]] | Tel [[PHONE:541-555-0104]] | Fax [[FAX:541-555-0105]]
RE: [[PT:Douglas Pettibone]]   DOB [[DATE:07/04/1952]]   SSN [[SSN:544-21-0937]]   Ins: PacificSource MA, ID [[PLAN:993028471]]
Dear Dr. [[HCP:Lindgren]], ...

Why on earth is the full SSN printed on a clinical letter in 2024? I've sent it back. The patient's wife [[REL:Marlene]] had no idea.""",
    # 041 M&M, Ireland ED, with members
    """M&M summary from our ED (shared with the department's permission; pt details pseudonymised except where noted by the mods):

Saturday [[DATE:2nd March]] – a 44 year old carpenter from [[TOWN:Mullingar]] ([[PT:Declan Fahy]]) presented to [[FAC:Midland Regional ED]] with "indigestion" at 23:10. ECG read by the intern as "nonspecific". Troponin 14 → 68 at 3 h. Sent to CDU. At 06:40 VF arrest in the toilet. ROSC after 3 shocks; transferred for cath at [[FAC:St Fiacre's University Hospital]]: LAD occlusion.

Learning: posterior leads, and ask the registrar. Thanks to Róisín Keane and to @niamh.obrien for running the sim afterwards.""",
    # 042 pasted referral, US Midwest, ranch / farm, email
    """Referral I received as a rural general surgeon, sharing because the GP put the farm's email as the pt contact:

To: Dr. [[HCP:Emil Vrba]], [[FAC:Sandhills Regional Medical Center]] surgery
From: [[HCP:Jolene Mertens]], PA-C, [[FAC:Cherry County Clinic]]
Re: [[PT:Wade Larabee]], DOB [[DATE:2/19/1969]], [[FAC:Larabee Bros. Ranch]], [[STREET:HC 63 Box 19]], [[TOWN:Merriman]], NE [[ZIP:69218]]
Contact: [[EMAIL:larabeebros.cattle@prairienet.example]] / [[PHONE:402-555-0178]] (house, ask for [[REL:Connie]])
Pt w/ RLQ pain x 2 days, WBC 14.2, CT shows 11 mm appendix w/ fat stranding. He wants to wait until after branding on the [[DATE:20th]].""",
    # 043 pasted nursing home fax with account number
    """Faxed from a care home at 2 am, I'm posting it verbatim (minus what the mods strip) because "unresponsive" turned out to be a hypo:

[[FAC:Whispering Pines Skilled Nursing]] – [[STREET:901 County Rd 6]], [[TOWN:Nisswa]] MN
Resident: [[PT:Lorraine Koskovich]]  DOB: [[DATE:8-8-1929]]  Rm 17B  Acct #: [[ACCT:WP-0048219]]
"Res found unresponsive 0150. BS 31. Glucagon given. Now alert. Sending to ER per protocol." Signed [[HCP:K. Bjorklund]], LPN
Attending: Dr. [[HCP:Tollefson]]

She's [[AGE:94]], on glipizide 10 mg BID with an eGFR of 26. Please, deprescribe sulfonylureas in the very old. Thanks Wen-Li for the deprescribing talk that prompted this.""",
    # 044 chat export with speaker labels, Australia obstetric
    """Copy of our rural obs group chat (names are colleagues from other hospitals, not members here):

[[DATE:14/7]] 22:40 Midwife [[HCP:Jess]] ([[FAC:Mehi River Hospital]]): G1 at 36/40, BP 168/110, protein 3+, headache
[[DATE:14/7]] 22:41 [[HCP:Sarah Tjandra]] (O&G, [[TOWN:Tamworth]]): mag sulphate load, nifedipine, call NETS and me back in 10
[[DATE:14/7]] 22:58 Midwife [[HCP:Jess]]: NETS flying, ETA 2h. Mum [[PT:Kirra Duncan]] from [[PLACE:Toomelah]], partner [[REL:Josh]] on way
[[DATE:15/7]] 01:10 [[HCP:Sarah Tjandra]]: arrived, plt 72, for CS

Posting because the NSW maternal transfer pathway worked perfectly and I want to give the rural midwives their due.""",
    # 045 case thread, US Southeast, VIN / worker injury
    """Workers' comp question, occ med folks. 52M forklift driver at [[FAC:Carolina Poultry Processing]] in [[TOWN:Siler City]], hit by a company truck in the yard. Employer wants me to write that he "stepped into the path". Truck VIN [[VIN:3ALACWDT7KDKZ1185]], and the company claim number is [[ID:WC-24-006612]]. His supervisor has called me twice. Pt is [[PT:Juan Carlos Ixcoy]], speaks K'iche' primarily, we used a K'iche' interpreter from [[FAC:Lenguas del Sur LLC]]. How do you protect your documentation from pressure like this?""",
    # 046 pasted lab results with lower-case names
    """someone asked what a "real" outside lab report looks like in our EMR, here's one (mods pls strip):
pt: [[PT:liang, wei]]  dob [[DATE:11/30/88]]  acct [[ACCT:8820014477]]  ordering: [[HCP:m. castellanos-reid]]
collected [[DATE:12/01/2023]] 07:42 @ [[FAC:QuickDraw Labs – Sunset Park]]
ferritin 4, Hb 8.9, MCV 66, plt 512. celiac ttg IgA >100.
pt is a line cook at [[FAC:Golden Lotus]] on [[STREET:8th Ave]], works 70 h/wk. the iron deficiency was from celiac all along, not "heavy periods" as written on her last 3 ED visits.""",
    # 047 NZ discharge letter, Māori names, with NHI
    """Discharge letter extract, for the thread on whānau-centred discharge planning:

Patient: [[PT:Te Rangi Pōmare]]   NHI: [[PLAN:ABC1235]]   Ward: [[FAC:Te Whare Tiaki]]
Address: [[STREET:7 Kōwhai Street]], [[TOWN:Ruatoria]] [[ZIP:4032]]
Kaumātua: Matua [[REL:Wiremu Pōmare]] (uncle) | Contact: [[REL:Hine]] (sister) [[PHONE:06 555 0137]]
Follow-up: [[FAC:Waiapu Hauora]] clinic, Dr [[HCP:Anahera Walker]], in 2 weeks; karakia before discharge as requested.""",
    # 048 Reddit style, gym/bar, rhabdo
    """Exertional rhabdo thread – add mine. 29M, first CrossFit class at [[FAC:Ironclad Barbell]] in [[PLACE:Deep Ellum]], then went to [[FAC:The Tipsy Armadillo]] after. CK 142k next morning. His girlfriend ([[REL:Madison Pruitt]], who is apparently a coach there, lol) brought him in. He posted the workout on insta as [[HANDLE:@garrett_lifts_tx]] with the caption "pain is weakness leaving the body". Creatinine peaked 2.1, recovered. @coachdoc.trent you mentioned a similar case?""",
    # 049 pasted consult, peds neuro, IEP school, names as ordinary words
    """Pasted consult (peds neuro) – for the thread about writing letters schools will actually read:

[[DATE:6 Sept 2023]]
To the SENCO, [[FAC:St Wilfrid's C of E Primary]], [[TOWN:Wigan]]
Re: [[PT:Rowan Bird]], DOB [[DATE:01/06/2015]], NHS [[PLAN:943 476 5919]]
[[PT:Rowan]] has absence epilepsy (typical 3 Hz spike-wave) and now takes ethosuximide. His mum, [[REL:Joy Bird]], reports staff thought he was "daydreaming". He may have 50–100 brief absences a day before treatment takes effect; please don't mark him as inattentive. Contact me at the [[FAC:Douglas Valley Infirmary]] on bleep [[PAGER:2291]] or the secretary [[PHONE:01632 960164]].
Dr [[HCP:Winifred Hale]], Consultant Paediatric Neurologist""",
    # 050 ALL-CAPS pasted telemetry / pager log (US)
    """PAGER LOG 0300–0600, FOR THE "WHAT DO NIGHT INTERNS GET PAGED FOR" THREAD:
0312 TO [[PAGER:6-2281]]: RM 4108 MRS [[PT:ABERNATHY]] ASKING FOR SLEEPING PILL CALLBACK X[[PHONE:4190]]
0340: RM 4115 [[PT:HOLLOWAY]] HR 38 ON TELE, ASYMPTOMATIC, PLS ADVISE – [[HCP:TANYA]] RN
0402: RM 4102 PT'S SON [[REL:DWAYNE]] WANTS UPDATE ON HIS MOM [[PT:BEULAH MAE TATE]], CALL [[PHONE:(205) 555-0192]]
0519: RM 4120 K 2.9, REPLETE? – [[HCP:OSCAR]]
The HR 38 was a Mobitz II. Thank you [[HCP:Tanya]].""",
    # 051 international thread, Canada + members
    """Case discussion: pediatric lead poisoning from a traditional remedy

4yo from [[PLACE:Thorncliffe Park]] with BLL 58 µg/dL. Grandmother [[REL:Bibi Rahimi]] had been giving "surma"/kohl on the eyes and a powder from a relative in [[TOWN:Kandahar]]. Found at the [[FAC:Dari Community Drop-In]]. Chelation with succimer started at [[FAC:Don Valley Children's]].

Reply – Dr. Amira Saleh: we see this with kohl and also with Ayurvedic preparations – ask about all of them. Health Canada has advisories.
Reply – Jonah Whitehorse: agree with Amira. Also test siblings and the mother if pregnant.
OP: mother is 22 weeks – testing her at the [[FAC:Overlea Community Health Centre]] tomorrow. Thanks both.""",
    # 052 dictated ED note with misrecognised names and email
    """Dictated ED note (Dragon, uncorrected), posted for the "voice recognition fails" thread:

"Patient is Mr. [[PT:Ezekiel Onwuachi]] who states his GP is doctor [[HCP:Halloran]] at the [[FAC:Clontarf Road practice]]. He presents with haematemesis times two since 4 AM. He drinks 12 cans a day and works as a barman at [[FAC:Gilligan's]] in [[PLACE:Stoneybatter]]. Wife [[REL:Chiamaka]] is at bedside and asks to be updated by email at [[EMAIL:chiamaka.onw@eircom.example]]. Glasgow Blatchford score 12. Plan PPI terlipressin ceftriaxone OGD today with doctor [[HCP:Nwachukwu-Byrne]]."

It wrote "[[PT:Ezekiel]]" correctly but "terlipressin" came out as "tell a pressing". Good times.""",
]

FREE_NOTES: list[str] = [
    # 053 cardiology thread, members
    """Quick poll for the HF folks: how many of you are actually starting all four pillars (ARNI/ACEi, beta-blocker, MRA, SGLT2i) before discharge? STRONG-HF pushed rapid up-titration within 2 weeks and DAPA-HF (N Engl J Med 2019;381:1995-2008) plus EMPEROR-Reduced made the SGLT2i part easy. Our barrier is prior auth for Entresto on Medicaid in Texas. @marcus.feldman you mentioned your pharmacy does a bridge supply – how does that work? Thanks Priya for the PARADIGM-HF slides last week, the NT-proBNP curves were exactly what the residents needed.""",
    # 054 ED eponyms
    """Teaching post for the interns: a 68-year-old with sudden back pain and a pulsatile mass does not need a Murphy's sign, a McBurney's point, Rovsing's sign, a psoas sign or an obturator sign. Bedside ultrasound, aorta >3 cm, call vascular. Grey Turner's and Cullen's signs are late and rare. Kehr's sign (left shoulder tip pain) makes me think splenic rupture after trauma, not AAA. If you remember one thing from today: the classic triad (pain, hypotension, pulsatile mass) is present in maybe half.""",
    # 055 lower-case phone reply, ID, place-named viruses
    """lol no it wasnt lyme. ross river virus, she'd been camping in queensland. the confusing part is barmah forest gives basically the same arthralgia and rash. murray valley encephalitis is the one that scares me up north. serology both IgM neg at day 3 so repeat at 2 wks. thx for the tip re: chikungunya, will add""",
    # 056 ortho classifications
    """Ortho question from a rural GP: 34M fell off a ladder, lateral malleolus fracture at the level of the syndesmosis (Weber B), medial clear space 6 mm on the stress view. Ottawa ankle rules obviously positive. Is this an operative fixation for you? Also, how do you rule out a Maisonneuve without a full-length tib/fib? Our X-ray tech only works Monday to Friday. I've also got a Salter-Harris II distal radius in a 12-year-old and a possible Lisfranc on the same list – what a week.""",
    # 057 neurology with member
    """Agree with Dr. Okafor – the Dix-Hallpike was positive on the right with geotropic torsional nystagmus, so posterior canal BPPV, and an Epley fixed it in clinic. But please, if the HINTS exam is worrying (normal head impulse, direction-changing nystagmus, skew deviation), get the MRI with DWI, ideally after 48 hours because early DWI misses ~20% of posterior circulation strokes. Wallenberg syndrome can look exactly like "vestibular neuritis" for the first day.""",
    # 058 oncology tumour board style, no PHI
    """Generic question for the GI oncologists: with the OPRA trial data (total neoadjuvant therapy, then watch-and-wait for clinical complete responders) and RAPIDO, are you still sending everyone with T3N1 low rectal cancer to TME? MSI-H/dMMR rectal cancers are a different story – dostarlimab (the NEJM 2022 phase 2) gave a 100% clinical complete response in that small cohort. We check MMR IHC (MLH1, MSH2, MSH6, PMS2) on every biopsy now. Also: KRAS G12C and BRAF V600E status changes the metastatic plan, not the neoadjuvant one.""",
    # 059 GP UK with NICE URL
    """For anyone in the UK struggling with the new hypertension thresholds: NICE NG136 (https://www.nice.org.uk/guidance/ng136) says offer drug treatment at stage 1 if under 80 with target organ damage, CVD, renal disease, diabetes or QRISK3 ≥10%. Clinic BP 140/90, ABPM daytime average 135/85. For Black African or African-Caribbean family origin, start with a CCB (amlodipine 5 mg) rather than an ACEi/ARB. I still see people started on bendroflumethiazide 2.5 mg, which isn't first line anymore – indapamide 2.5 mg if you want a thiazide-like.""",
    # 060 ICU sepsis trials, members
    """@ana.vasquez asked in the last thread about balanced crystalloids. My read: SMART (ICU arm) showed a small reduction in MAKE30, BaSICS and PLUS were neutral, so I use Plasma-Lyte or LR by default and save NS for hyponatraemic/hypochloraemic patients or TBI. For vasopressors: norepinephrine first, vasopressin at 0.03 U/min when norepi ~0.25 µg/kg/min (VASST, VANISH), hydrocortisone 50 mg q6h if escalating (ADRENAL, APROCCHSS). Thanks Jamal for the ANDROMEDA-SHOCK capillary refill slide.""",
    # 061 peds scores
    """PECARN vs CATCH vs CHALICE for the 2-year-old who fell off the couch: all three are good, PECARN is best validated in the US. GCS 15, no scalp haematoma except frontal, no LOC, acting normally per parents → very low risk, no CT. Westley croup score 3: one dose of dexamethasone 0.15 mg/kg PO and home. Centor/McIsaac don't apply under 3. And the Rochester criteria for the 6-week-old with fever are outdated – use the AAP 2021 febrile infant guideline (step-by-step and PECARN rule for 22–60 days).""",
    # 062 genetics, variant names
    """Genetics Q: 42F, mother with breast cancer at 38, Ashkenazi Jewish ancestry. She tested positive for BRCA1 c.68_69delAG (the old 185delAG). Her sister tested negative, her brother hasn't been tested. NCCN recommends MRI + mammography from 25–30 and RRSO at 35–40 for BRCA1. She's asking about PARP inhibitors "just in case" – OlympiA is adjuvant olaparib for high-risk early HER2-negative breast cancer, not prevention. Also remember BRCA2 c.5946delT (6174delT) and prostate/pancreas cancer in the men of the family.""",
    # 063 psych, place-named syndromes
    """A colleague asked whether Paris syndrome or Jerusalem syndrome are "real". They're descriptive labels, not DSM-5-TR diagnoses, and most reported cases had pre-existing psychotic or mood disorders. Capgras (the impostor delusion), Cotard and Ekbom (delusional parasitosis) are more useful to know. Stockholm syndrome is a media term. For the trainees: screen with PHQ-9 and GAD-7, use the Columbia Suicide Severity Rating Scale, and MoCA rather than MMSE for cognition.""",
    # 064 lab values, codes
    """Billing nerd question: for the inpatient with DKA, is E11.10 (type 2 DM with ketoacidosis without coma) acceptable when the C-peptide is 0.2 ng/mL and GAD65 antibodies are positive? Seems like it should be E10.10. We also keep getting denials on CPT 99223 when the H&P doesn't document MDM "high". LOINC 4548-4 is the HbA1c code our analyzer sends, 14.2% in this case; bicarb 8, anion gap 28, beta-hydroxybutyrate 7.8 mmol/L, lipase 340.""",
    # 065 Figure 1 style derm eponyms
    """Guess the sign (Figure 1-style, no photo posted because it's a textbook drawing): a linear streak of lesions appearing along a scratch in a patient with psoriasis = Koebner phenomenon. Pinpoint bleeding when you scrape a psoriatic scale = Auspitz sign. Skin sloughing with lateral pressure = Nikolsky (pemphigus vulgaris, SJS/TEN, SSSS). Urticated lesion when you rub a brown macule = Darier sign (mastocytosis). Gottron papules and the heliotrope rash = dermatomyositis, check anti-MDA5 and anti-TIF1γ.""",
    # 066 rural AU GP, members
    """Following up on what Sophie said about snakebite in the bush: pressure-immobilisation bandage, no tourniquet, no washing the site (the Venom Detection Kit is being phased out anyway), and 20WBCT (20-minute whole blood clotting test) if you don't have a lab. Brown snake envenomation gives VICC (venom-induced consumption coagulopathy) with INR >12 and unrecordable fibrinogen; polyvalent isn't needed when you know the snake – one vial of brown snake antivenom. Thanks @tjallard.rfds for the CareFlight retrieval tips.""",
    # 067 Reddit-style, no PHI, weekdays
    """Vent: third night shift in a row and on Tuesday I had five patients tell me "I'm allergic to Tylenol" (they meant it upset their stomach). On Wednesday someone brought in a bag with Norco, Xanax, Ambien and Benadryl all loose. By Thursday I was triaging myself. Anyway, reminder that Beers Criteria 2023 flags diphenhydramine and zolpidem in anyone over 65, and STOPP/START v3 is worth a read. Back to it.""",
    # 068 GI classifications
    """Endoscopy teaching: Los Angeles grade C oesophagitis, Prague C2M4 Barrett's, Forrest IIa ulcer (visible vessel) – that last one needs endoscopic therapy even if it's not bleeding. Glasgow-Blatchford 0 can go home, Rockall is for mortality after endoscopy. Boston Bowel Preparation Scale total ≥6 with each segment ≥2 is adequate. Paris 0-IIa for flat polyps, and the Kyoto classification of gastritis is gaining ground. Mallory-Weiss tears rarely need anything; Boerhaave needs surgery.""",
    # 069 members thread, ID stewardship
    """Replying to Kenji and @l.mbeki on short-course antibiotics: for CAP in adults, 5 days if clinically stable (ATS/IDSA 2019 agrees), for uncomplicated pyelonephritis 7 days of cipro or 14 of TMP-SMX, gram-negative bacteraemia 7 days (the 7-vs-14-day RCT in Clin Infect Dis 2019). SCOUT-CAP in kids supports 5 days. Our stewardship team also uses procalcitonin <0.25 ng/mL as a stop signal. Kenji – the Legionella urinary antigen only picks up serogroup 1, so culture if you suspect it.""",
    # 070 ALL CAPS order set paste (generic)
    """OUR DKA ORDER SET (PASTED, GENERIC, NO PATIENT):
INSULIN REGULAR 0.1 UNITS/KG/HR IV (NO BOLUS IF K < 3.3)
NS 1 L OVER 1 HR THEN 250–500 ML/HR; SWITCH TO D5 1/2NS WHEN GLUCOSE < 250 MG/DL
K 20–30 MEQ PER LITER IF K 3.3–5.2
BMP Q2H X 3 THEN Q4H; BHB Q4H
TRANSITION TO BASAL (GLARGINE 0.2–0.3 U/KG) 2 H BEFORE STOPPING DRIP
EUGLYCEMIC DKA ON SGLT2I: GLUCOSE MAY BE < 200 – TREAT THE GAP, NOT THE SUGAR""",
    # 071 NZ, Māori health, no PHI
    """For those in Aotearoa: the bpac nz article on rheumatic fever secondary prophylaxis (https://bpac.org.nz) is good. Benzathine benzylpenicillin (Bicillin L-A) every 28 days, lignocaine in the syringe reduces pain. Māori and Pacific children carry most of the burden. Jones criteria (2015 AHA revision) split low- vs moderate/high-risk populations – NZ is high-risk, so monoarthritis and polyarthralgia count as major. Echo for subclinical carditis.""",
    # 072 trial acronyms, diabetes, member
    """@drkhadija.a thanks for the SELECT summary. For GLP-1 RAs I'm now thinking about weight AND MACE: SELECT (semaglutide 2.4 mg, 20% MACE reduction in non-diabetic overweight/obese with CVD), FLOW (semaglutide in CKD with T2D), SURMOUNT-1 (tirzepatide, ~20% weight loss at 15 mg). Supply of Ozempic/Wegovy/Mounjaro is still patchy in Canada and Ontario Drug Benefit won't cover Wegovy. LEADER and SUSTAIN-6 were the originals. GI side effects: titrate slowly, 0.25 mg for 4 weeks.""",
    # 073 geriatric scales, ages under 90
    """Teaching the med students about frailty: an 84-year-old with Clinical Frailty Scale 6 is a very different patient from an 84-year-old marathoner at CFS 2. I use the 4AT for delirium screening on admission, Confusion Assessment Method in ICU (CAM-ICU with RASS), Morse Fall Scale for falls, Braden (US) or Waterlow (UK) for pressure injury. Charlson Comorbidity Index for prognosis. Most of our ward patients are in their 70s and 80s now.""",
    # 074 pulmonary place-named criteria
    """ARDS definitions are a mess: Berlin (2012) needs PEEP ≥5 and P/F ≤300, the Kigali modification lets you use SpO2/FiO2 ≤315 and ultrasound where there's no ABG, and the 2023 global definition adds HFNO ≥30 L/min. The Murray score is still used for ECMO referral (CESAR). For nodules: Fleischner 2017 for incidental, Lung-RADS v2022 for screening. A 6 mm solid nodule in a low-risk patient: optional CT at 12 months.""",
    # 075 Sermo-style ethics, no PHI
    """Sermo poll result (my own, 212 responses): 61% of respondents have been asked by a family to withhold a cancer diagnosis from an older parent. Most said they ask the patient first how much they want to know ("some people prefer their family to handle the details – how about you?"). This is common in many cultures. SPIKES protocol still holds up. The Ottawa Personal Decision Guide is helpful for shared decisions.""",
    # 076 pharmacology, brand names, doses
    """Anticoagulation reversal cheat sheet for the new residents: dabigatran (Pradaxa) → idarucizumab (Praxbind) 5 g IV. Apixaban (Eliquis) and rivaroxaban (Xarelto) → andexanet alfa (Andexxa/Ondexxya) or 4F-PCC (Kcentra/Beriplex/Octaplex) 50 U/kg. Warfarin → vitamin K 10 mg IV + 4F-PCC by INR. Heparin → protamine 1 mg per 100 units in the last 2–3 h. Edoxaban (Lixiana/Savaysa) as for Xa inhibitors. Don't forget TXA 1 g IV for trauma (CRASH-2), not for GI bleeding (HALT-IT).""",
    # 077 Canadian family med with members
    """Thanks Marie-Claude for the CTFPHC summary on breast screening. Ontario dropped the self-referral age for the Ontario Breast Screening Program to 40 and the USPSTF moved to age 40 biennially (grade B) too. Dense breasts (BI-RADS C/D) is the new debate – supplemental MRI vs ultrasound. @drbenoit.lavoie do you offer tomosynthesis in Quebec? Our OHIP code for the periodic health exam still confuses me.""",
    # 078 surgical eponyms
    """Surgery interview prep thread: Whipple (pancreaticoduodenectomy), Roux-en-Y, Billroth I and II, Nissen fundoplication, Hartmann's procedure, Lichtenstein hernia repair, Pfannenstiel and Kocher incisions, Pringle manoeuvre, Kocher manoeuvre, Cattell-Braasch. Calot's triangle and the critical view of safety (Strasberg). Couinaud segments for liver resection. Meckel's diverticulum rule of 2s. Zenker's diverticulum in the elderly.""",
    # 079 lower-case reply, obstetrics scores
    """bishop score 4 at 41+3 so we started misoprostol 25 mcg pv q4h. robson group 1. she had a mcroberts + suprapubic pressure for a shoulder dystocia, baby apgars 6 and 9, no brachial plexus injury. kleihauer sent bc she's rh neg. naegele's rule dating was off by a week vs the dating scan which is why the induction was a day late.""",
    # 080 cardio ECG eponyms, members
    """Agree with @sam.whitfield – that's Wellens type A (biphasic T in V2–V3), which means critical proximal LAD stenosis even with a normal troponin. Don't stress test. De Winter T waves are the STEMI-equivalent (upsloping ST depression, tall T). Sgarbossa criteria (and Smith-modified) for LBBB. Brugada type 1 (coved ST ≥2 mm in V1–V2) – check for fever. Osborn waves in hypothermia. Thanks Hana for the ECG of the week.""",
    # 081 nephrology, APOL1, KDIGO
    """KDIGO 2024 CKD guideline is out – highlights: SGLT2i for eGFR ≥20 regardless of diabetes (EMPA-KIDNEY, DAPA-CKD), finerenone (Kerendia) for T2D with albuminuria (FIDELIO-DKD/FIGARO-DKD), and race-free eGFR (CKD-EPI 2021). APOL1 high-risk genotypes (G1/G1, G1/G2, G2/G2) explain much of the excess kidney disease in people of West African ancestry. Alport and Fabry are worth considering in young patients with haematuria/proteinuria.""",
    # 082 haem, blood groups named after people
    """Blood bank trivia for the residents: Kell, Duffy, Kidd, Lewis and Lutheran are blood group systems, not people you need to call. Anti-Kidd (Jk) antibodies cause delayed haemolytic transfusion reactions. Duffy-null phenotype (Fy(a−b−)) protects against P. vivax and explains "benign ethnic neutropenia" (now Duffy-null associated neutrophil count). The Bombay phenotype (hh) can only receive Bombay blood. Philadelphia chromosome = t(9;22) BCR-ABL1, imatinib, watch for T315I.""",
    # 083 Irish GP, HSE, no PHI, member
    """Niamh, re your question about the HSE's new chronic disease programme: it's capitation for GMS and DVC patients with diabetes, asthma, COPD, CVD. HbA1c target is individual, usually 53 mmol/mol. In Ireland the GP visit card covers under-8s and over-70s. The ICGP quick reference guide is decent. We also see a fair bit of Lyme in the west, so don't forget serology with a good history.""",
    # 084 toxicology, place-named
    """Tox question: Minamata disease (methylmercury) and itai-itai (cadmium) are the classic environmental ones in textbooks, but in practice I see lead from Ayurvedic medicines, kohl/surma, and old paint in pre-1978 houses (US) or pre-1970s (UK). CDC blood lead reference value is now 3.5 µg/dL. Succimer (Chemet) 10 mg/kg TID for 5 days then BID for 14 days if BLL ≥45. Dimercaprol (BAL) + CaNa2EDTA if ≥70 or encephalopathy.""",
    # 085 Reddit AMA style, no PHI
    """AMA: I'm a rural family physician who does OB, ER and nursing home coverage in a town of 900 people. Ask me anything. Most common question I get: "Do you like it?" Yes. Second: "What's your call like?" One in three. Third: "Do you miss the city?" Sometimes, mostly sushi. I trained in Minnesota, did a rural track, and have been here eight years. Happy to talk about loan repayment (NHSC, state programs), rural residency tracks, and how to do a C-section without a second surgeon (you don't, you call the general surgeon).""",
    # 086 endocrine eponyms
    """Endo board review: Cushing's (24-h UFC, late-night salivary cortisol, 1 mg overnight dex), Conn's (aldosterone/renin ratio – stop spironolactone first), Addison's (9 am cortisol, short Synacthen test 250 µg), Graves (TRAb), Hashimoto's (anti-TPO), de Quervain subacute thyroiditis (painful, high ESR, low uptake), Riedel's (woody, IgG4). Chvostek and Trousseau signs for hypocalcaemia. Sheehan syndrome after PPH. Nelson syndrome after bilateral adrenalectomy.""",
    # 087 Australian ED guideline, URL, members
    """@drmeganchu and Tom – our ED uses the ANZCOR adult ALS algorithm and the Therapeutic Guidelines (eTG) for antibiotics. For sepsis in NSW there's the SEPSIS KILLS pathway (https://www.cec.health.nsw.gov.au). Queensland uses the Q-ADDS chart and Victoria ViCTOR charts for paeds. Ketamine 1–2 mg/kg for RSI in shocked patients, rocuronium 1.2 mg/kg, and we've moved to the Vortex approach for the unanticipated difficult airway.""",
    # 088 long COVID and ME, no PHI
    """Long COVID clinic question: are people still using the Canadian Consensus Criteria for ME/CFS or the IOM 2015 (SEID) criteria? Post-exertional malaise is the key feature. We use the DePaul Symptom Questionnaire and a 10-minute NASA lean test for POTS (HR increase ≥30 bpm without hypotension). Pacing, not graded exercise therapy (NICE NG206, 2021). Ivabradine 2.5 mg BID or low-dose propranolol for POTS. The RECOVER initiative in the US should publish more this year.""",
    # 089 dictated text without PHI
    """Dictated (voice recognition, uncorrected) – teaching paragraph on murmurs: Aortic stenosis colon crescendo decrescendo systolic murmur at the right upper sternal border radiating to the carotids period Gallavardin phenomenon may make it audible at the apex period Austin Flint murmur is a mid diastolic rumble in severe aortic regurgitation period Graham Steell murmur is pulmonary regurgitation in pulmonary hypertension period Corrigan pulse comma de Musset sign comma Quincke pulse comma Duroziez sign all point to wide pulse pressure period""",
    # 090 sign-out style but generic, members
    """Sign-out template we use on the hospitalist service, shared on request from Rahul and @jess.kwon (no patient data, just the skeleton):
I – Illness severity: stable / watcher / unstable
P – Patient summary: one-liner, HD #, code status
A – Action list: to-do with owner and time
S – Situation awareness & contingency: "if X then Y"
S – Synthesis by receiver: read back
We added "F" for family – who the contact is and when they were last updated – because night float was getting 3 am calls from families who hadn't heard from anyone all day.""",
    # 091 rheum, place-named classifications
    """Vasculitis cheat sheet: Chapel Hill 2012 nomenclature – large vessel (Takayasu, GCA), medium (PAN, Kawasaki), small (ANCA: GPA, MPA, EGPA; immune complex: IgA vasculitis, cryoglobulinaemic, anti-GBM). Behçet's is variable vessel. The ACR/EULAR 2022 classification criteria replaced the 1990 ones. For GCA, the Southend pretest probability score helps decide on ultrasound vs temporal artery biopsy. Tocilizumab (GiACTA) for steroid sparing.""",
    # 092 peds ID, vaccines, brand names
    """RSV season prep: nirsevimab (Beyfortus) 50 mg for infants <5 kg, 100 mg if ≥5 kg, for all infants entering their first season (ACIP 2023), or maternal RSVpreF vaccine (Abrysvo) at 32–36 weeks. Palivizumab (Synagis) is mostly gone. Arexvy and Abrysvo for adults 75+, and 60–74 at increased risk. Prevnar 20 for adults 65+. Shingrix two doses 2–6 months apart from 50. HPV with Gardasil 9, single dose now acceptable per WHO.""",
    # 093 addiction, brand names, members
    """Thanks @dr.ahmed.raza and Lucy for the long-acting buprenorphine discussion. Sublocade (monthly, 300 mg x2 then 100 mg) in the US, Buvidal (weekly or monthly) in Australia, the UK and Europe. Micro-induction (Bernese method) for people on fentanyl, or high-dose macro-induction in the ED (16–32 mg). Naloxone (Narcan 4 mg nasal, Nyxoid in the UK) to everyone. Xylazine wounds are a separate problem – the whole US northeast is seeing them.""",
    # 094 UK GP capacity and MCA, no PHI
    """For anyone doing the MRCGP CSA/RCA: the Mental Capacity Act 2005 (England and Wales) two-stage test – impairment of mind or brain, then can they understand, retain, weigh and communicate? Scotland uses the Adults with Incapacity (Scotland) Act 2000, Northern Ireland the MCA (NI) 2016. Gillick competence and Fraser guidelines for under-16s (contraception). Best interests checklist. DoLS being replaced by LPS (delayed).""",
    # 095 neuro eponyms, degenerative
    """Neurology chat: parkinsonism workup – Parkinson's disease vs MSA (hot cross bun sign), PSP (hummingbird sign, Richardson syndrome), CBD, Lewy body dementia (fluctuations, visual hallucinations, REM sleep behaviour disorder). LRRK2 G2019S and GBA variants in familial cases. Huntington's (CAG ≥40 in HTT), Wilson's (Kayser-Fleischer rings, low caeruloplasmin), Creutzfeldt-Jakob (RT-QuIC). Charcot-Marie-Tooth, Guillain-Barré (Brighton criteria) and Lambert-Eaton for the peripheral side.""",
    # 096 Figure 1 style, ophtho eponyms, members
    """Figure 1 post – pupils quiz. Answers: Argyll Robertson (accommodates but doesn't react – neurosyphilis), Holmes-Adie (tonic, slow), Marcus Gunn (RAPD), Horner (ptosis, miosis, anhidrosis – think Pancoast tumour or carotid dissection), Parinaud (upgaze palsy, pineal). Kayser-Fleischer rings and Roth spots (endocarditis) were in the bonus round. Congrats to @oliviabrandt_md and Yusuf for getting all of them.""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc18-001": [{"name": "Darren Nez", "handle": "@nez.ob"}],
    "pc18-007": [{"name": "Graham Pike"}],
    "pc18-010": [{"name": "Olusegun Adeyemi"}, {"name": "Hannah Brightwater"}],
    "pc18-013": [{"name": "Mark Lindahl"}],
    "pc18-016": [{"name": "Rosa Delgado", "handle": "@rosa.delgado.em"}],
    "pc18-019": [{"name": "Kwame Boateng", "handle": "@kwame.boateng"}],
    "pc18-020": [{"name": "Nadia Haddad"}, {"name": "Liam O'Rourke"}],
    "pc18-023": [{"name": "Priya Nair", "handle": "@priya.nair"}],
    "pc18-026": [{"name": "Ciara Dunne", "handle": "@ciara.dunne"}],
    "pc18-028": [{"name": "Ashok Iyer", "handle": "@ashok.peds"}],
    "pc18-030": [{"name": "Tomás Echeverría"}, {"name": "Mei-Ling Zhou"}],
    "pc18-036": [{"name": "Fiona Barker"}],
    "pc18-039": [{"name": "Tavita Samoa", "handle": "@dr.samoa.t"}, {"name": "Rachel Fonoti"}],
    "pc18-041": [{"name": "Róisín Keane"}, {"name": "Niamh O'Brien", "handle": "@niamh.obrien"}],
    "pc18-043": [{"name": "Wen-Li Chang"}],
    "pc18-048": [{"name": "Trent Baxter", "handle": "@coachdoc.trent"}],
    "pc18-051": [{"name": "Amira Saleh"}, {"name": "Jonah Whitehorse"}],
    "pc18-053": [{"name": "Marcus Feldman", "handle": "@marcus.feldman"}, {"name": "Priya Nair"}],
    "pc18-057": [{"name": "Chidi Okafor"}],
    "pc18-060": [{"name": "Ana Vásquez", "handle": "@ana.vasquez"}, {"name": "Jamal Whitaker"}],
    "pc18-066": [{"name": "Sophie Tremaine"}, {"name": "Tom Jallard", "handle": "@tjallard.rfds"}],
    "pc18-069": [{"name": "Kenji Watanabe"}, {"name": "Lindiwe Mbeki", "handle": "@l.mbeki"}],
    "pc18-072": [{"name": "Khadija Abdi", "handle": "@drkhadija.a"}],
    "pc18-077": [{"name": "Marie-Claude Gagnon"}, {"name": "Benoît Lavoie", "handle": "@drbenoit.lavoie"}],
    "pc18-080": [{"name": "Sam Whitfield", "handle": "@sam.whitfield"}, {"name": "Hana Kobayashi"}],
    "pc18-083": [{"name": "Niamh O'Brien"}],
    "pc18-087": [{"name": "Megan Chu", "handle": "@drmeganchu"}, {"name": "Tom Ngata"}],
    "pc18-090": [{"name": "Rahul Menon"}, {"name": "Jess Kwon", "handle": "@jess.kwon"}],
    "pc18-093": [{"name": "Ahmed Raza", "handle": "@dr.ahmed.raza"}, {"name": "Lucy Tait"}],
    "pc18-096": [{"name": "Olivia Brandt", "handle": "@oliviabrandt_md"}, {"name": "Yusuf Demir"}],
}

build, render, main = first_set.blind_set(
    "pc18", Path(__file__).with_name("physician_cases_18.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
