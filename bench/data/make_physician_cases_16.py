# ruff: noqa: E501, W291 (the notes are data, as their writer typed them)
"""Blind test set 16: invented physician posts for the de-identification benchmark.

Written blind: the author read only the docstring, ``TAGS``, ``_MARK`` and the parser/build
helpers of ``make_physician_cases.py``; no detector code, no other set, no tests. Every
patient, relative, clinician, number and institution is invented (real towns, districts and
countries appear only as places). Phones use 555-01xx (NANP), 07700 900xxx and the Ofcom
drama ranges (UK), and the ACMA fictional ranges (Australia); IPs come from the documentation
ranges; e-mail domains are made up.

The mix: case threads with replies, Sermo / Figure 1 / Reddit-style posts, pasted group chats
with timestamps, tumour boards, M&M write-ups, pasted discharge, clinic and referral letters,
sign-outs, phone-typed lower-case replies and dictated text, from the US, Canada, the UK,
Ireland, Australia and New Zealand.

Annotation conventions beyond the tag table:
- Spans leave out titles, labels and articles ("Dr", "Mrs", "NHS no.", "the", "bleep").
  A possessive 's stays outside the span. Initials standing for a person are a name.
- Everyone who looks after the patient but is not in the network thread (nurses,
  paramedics, interpreters, social workers, the referring GP, speakers in a pasted chat
  from the poster's hospital) is ``HCP``; so is any other named non-relative around the
  case (school counsellor, security guard, make-up artist). A carer named as the contact
  person is ``REL``. Only people taking part in the network thread
  (addressed, replying, @handles) are members, untagged.
- ``TOWN`` for cities, towns, villages and postal suburbs; ``PLACE`` for neighbourhoods,
  townlands, estates, reserves/First Nations communities, valleys, islands and similar named
  areas below state level; ``COUNTY`` includes the word County/Co./Parish. A state, province
  or country alone is not tagged; a named place below state level is tagged whoever it
  belongs to (a colleague's town included), except inside eponyms, disease, virus,
  criteria and trial names (Ross River virus, Ottawa ankle rules). An intersection or a rural route is one ``STREET`` span.
- ``FAC`` covers hospitals, named wards, practices, care homes, pharmacies, schools,
  churches, marae, farms/stations, shops and employers, with their generic word.
- ``DATE`` is any day or month tied to the patient (including a month alone, "the 19th",
  "Boxing Day", chat timestamps' dates); weekdays, times of day and relative times are not.
  ``YEAR`` is a year alone tied to the story; a birth year that reveals an age over 89 is
  ``DATE``. Years of guidelines, trials and papers are not tagged.
- ``AGE`` tags only the number (or number word) of an age of 90 or more.
- An extension alone is ``PHONE``; bleep/pager numbers are ``PAGER``.
- National or provincial health numbers (NHS, CHI, Medicare, IHI, NHI, OHIP and other
  provincial cards) and insurer member numbers are ``PLAN``; hospital numbers / URNs / MRNs
  are ``MRN``; billing, claim and bank numbers ``ACCT``; medical, driving and DEA licences
  ``LIC``; the Canadian SIN is ``SSN``; implant/pump/sensor serials ``DEVICE``; accession,
  coroner, police, workers'-comp, transplant-list and study numbers ``ID``.
- PHI-free notes carry no spans at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # pc16-001  case thread, US hospitalist
    """\
Hyperkalemia that keeps coming back after dialysis, what am I missing?

78M, ESRD on MWF HD at [[FAC:Lakeshore Dialysis Center]] in [[TOWN:Sandusky]]. Missed his Friday run because his daughter [[REL:Tanya]] (his only ride) got called in for a double at [[FAC:Cedar Point]]. Came in Sunday ~2am with K 7.4, peaked Ts, QRS 132. Ca gluconate x2, 10u insulin + D50, albuterol, Lokelma. Emergent HD overnight, K 4.9 post. Then 6.3 by Monday evening with no new intake we can find. Not on ACEi/ARB, no Bactrim, no heparin drip, stooling fine. His outpatient nephrologist [[HCP:Anand Kulkarni]] is away till the [[DATE:19th]].

@chidi_eze didn't you have one like this?

> Chidi Eze: Get a whole-blood K on a gas next to the lab draw. Fist clenching and thrombocytosis both give you pseudohyperK. What's his platelet count? And ask what he's seasoning with at home, a lot of the "lite" salts are KCl.

> OP: plt 612. ugh. Repeating on a heparinized syringe. And yes, [[REL:Tanya]] says he switched to a "heart healthy" salt from [[FAC:Kroger]] back in [[DATE:March]].

> Maricel Dizon: both can be true at once! check a stool K too if he's on binders, and make sure the dialysate bath wasn't 3K on the emergent run.""",
    # pc16-002  pasted WhatsApp, UK medical take
    """\
Posting this chain from our take group because I still don't know if we got the ceiling right. Thoughts welcome, esp from the palliative folk.

— [[DATE:14 February 2024]] —
[21:47] [[HCP:Jess Oyelaran]]: bed 14 on [[FAC:Bramble Ward]], mr [[PT:Kowalski]], NEWS 7. RR 28 sats 86% on 4L, was 94% at handover
[21:49] [[HCP:Rob Tierney]]: is that the fibrotic lung? he's DNACPR, ward based ceiling per Dr [[HCP:Achterberg]]
[21:50] [[HCP:Jess Oyelaran]]: yes. wife [[REL:Halina]] driving over from [[TOWN:Kidderminster]] now, she wants "everything"
[21:53] [[HCP:Rob Tierney]]: ok. trial of HFNO on the ward isnt possible here. start morphine 1mg sc prn for the breathlessness and bleep me on [[PAGER:2261]] when she arrives
[22:31] [[HCP:Marcia]] (outreach): hes on 15L NRB, sats 88. GCS 15. asking for his son [[REL:Piotr]] who is in [[TOWN:Gdańsk]]
[22:40] [[HCP:Rob Tierney]]: video call him from the ward ipad. im coming up

He died at 03:10 with [[REL:Halina]] and [[REL:Piotr]] on the screen. The wife later complained that we "gave up". Kwame, you've done a lot of these conversations, would you have escalated to ICU for a review just to show we'd asked?

> Kwame Asante: Honestly no, but I'd have asked the ICU reg to come and say it in person. Families hear "the ward decided" very differently from "the intensive care doctor looked at him".""",
    # pc16-003  tumour board, Ontario
    """\
Thoracic tumour board, [[FAC:Grand River Regional Cancer Centre]], Thursday

Case 3. [[PT:Delphine Arsenault]], 67F, OHIP [[PLAN:4821-557-302-KT]], chart [[MRN:GR0488213]]. Referred by Dr. [[HCP:Fiona MacLeod]] (family physician, [[TOWN:Elmira]]).
Ex-smoker 40 pk-yr, quit [[YEAR:2011]]. Incidental 2.8 cm RUL spiculated nodule on CT for a fall on [[DATE:January 6]]. PET: SUVmax 11.2, ipsilateral 4R node SUV 4.1. EBUS-TBNA [[DATE:Feb 2]]: 4R positive adenocarcinoma, 7 and 11R negative. Accession [[ID:S24-01873]].
Molecular: EGFR exon 19 del detected; PD-L1 TPS 30%; ALK/ROS1 negative.
Stage cT1cN2M0, IIIA. MRI brain clear.
Discussion: resectable single-station N2. Options: neoadjuvant osimertinib is not funded here outside a trial; chemo-IO neoadjuvant (CheckMate 816 style) then lobectomy, vs definitive chemoRT + durvalumab, though EGFR-positive patients did poorly with consolidation durva in the subgroups.
Plan: thoracic surgery consult (Dr. [[HCP:Omondi]]), present again after. Pt's husband [[REL:Gilles]] asked for all updates to go to his cell, [[PHONE:519-555-0147]], patient consented. (in hindsight that number shouldn't be in a board summary, sorry)""",
    # pc16-004  M&M write-up, US surgery
    """\
M&M, General Surgery, [[FAC:St. Brendan's Medical Center]]. Prepared by PGY-4.

Case: [[AGE:91]]-year-old woman, [[PT:E.W.]], from [[FAC:Willow Crest Assisted Living]] in [[TOWN:Bellefontaine]]. Presented [[DATE:11/03/23]] 16:20 with 2 days of LLQ pain, WBC 9.8, lactate 1.9, afebrile. CT read as "sigmoid diverticulitis without abscess". Admitted to medicine on IV pip-tazo.
[[DATE:11/04]] 06:00: new tachycardia 118, abdomen "softer than expected for the pain". Surgery not called until 14:30. Re-CT: free air, Hinchey III. Taken for Hartmann's at 19:05 (Dr. [[HCP:Lindqvist]], attending; Dr. [[HCP:Osei]], chief). Post-op AKI, pressors 36 h, discharged to [[FAC:Maple Grove Skilled Nursing]] on POD 19.
Issues: (1) elderly patients mount little leukocytosis or fever; (2) the nursing note at 06:00 used the word "rigid" but the cross-cover page to [[PAGER:4471]] said only "HR up"; (3) no surgical consult on admission for a nonagenarian with diverticulitis on a new anticoagulant (apixaban started [[DATE:Oct 12]]).
Systems fix proposed: automatic surgery consult for CT diverticulitis in age > 80. Her son [[REL:Raymond]] has been told of the review.""",
    # pc16-005  pasted discharge, Queensland
    """\
Got this discharge back for a patient of mine and it is a masterclass in how not to hand over. Pasting the relevant bit (yes I've left the identifiers, this is a closed group):

[[FAC:Redland Hospital]] - DISCHARGE SUMMARY
Patient: [[PT:WHITTAKER, Beryl Joan]]   URN: [[MRN:RH1162093]]   DOB: [[DATE:02/08/1933]]
Address: [[STREET:7/22 Banksia Parade]], [[TOWN:Wellington Point]] QLD [[ZIP:4160]]
Medicare: [[PLAN:2951 64873 1]]   IHI: [[PLAN:8003 6081 9925 4417]]
Admitted: [[DATE:29-Dec-23]]   Discharged: [[DATE:04-Jan-24]]
Diagnosis: ?UTI ?delirium. Falls.
Medications on discharge: "as per webster pak"
Follow-up: GP 1/52.
Discharging doctor: [[HCP:J. Pham]] (RMO)   Ext [[PHONE:4308]]

That's it. No mention that they started quetiapine 25 nocte, no mention that her eGFR went from 48 to 29, no mention her nitrofurantoin was continued. She's [[AGE:90]] and lives alone. Her niece [[REL:Cheryl]] found her on the floor again two days later. Rant over, but how do your hospitals handle this?""",
    # pc16-006  UK GP referral letter
    """\
[[FAC:Pershore Road Surgery]]
[[STREET:112 Pershore Road]], [[TOWN:Evesham]], [[ZIP:WR11 2PT]]
Tel [[PHONE:0121 496 0733]]  Fax [[FAX:0121 496 0734]]

[[DATE:23rd May 2024]]

Dear Dr [[HCP:Hollingsworth]],
Re: Mr [[PT:Callum Fairweather]] DOB [[DATE:09.11.1958]] NHS No [[PLAN:943 476 5919]]
[[STREET:4 Orchard Close]], [[TOWN:Badsey]]

Thank you for seeing this 65-year-old retired fruit farmer with a 4-month history of progressive dysphagia to solids, 6 kg weight loss and new hoarseness. He is an ex-smoker. OGD is booked via the 2WW pathway but I am concerned about the voice change and would be grateful for an ENT opinion in parallel.
PMH: T2DM (metformin 1 g BD), AF on edoxaban 60 mg, previous TURP.
His wife [[REL:Jean]] is his main support and would like to be phoned rather than written to: [[PHONE:07700 900481]].

Yours sincerely,
Dr [[HCP:Imogen Saltmarsh]]
GMC [[LIC:7043318]]

(posted to ask: is parallel referral like this reasonable in your trust or does it just annoy everyone?)""",
    # pc16-007  ICU sign-out, US
    """\
Night sign-out MICU, [[FAC:Providence Hollis Hospital]] — pasting for the thread on what a good written handoff looks like, be gentle

Bed 3 — [[PT:Okonkwo, Emeka]] 54M MRN [[MRN:00783321]]. Septic shock from obstructed pyelo, IR nephrostomy done 1800. Norepi 0.12, vaso 0.03. If MAP <65 on both, add hydrocort 50 q6 and call me. Wife [[REL:Adaeze]] at bedside, very engaged, cell [[PHONE:555-0133]] is in the chart.
Bed 5 — [[PT:"Sully" Sullivan]] 61M. EtOH withdrawal, phenobarb load 10 mg/kg given 1600. CIWA not useful, use RASS. He tried to leave AMA once; brother [[REL:Dennis]] said he'd come in the morning.
Bed 8 — [[PT:Pearl Abernathy]], [[AGE:92]]F, comfort care. Pastor from [[FAC:Greater Mount Zion Baptist Church]] may come overnight, let him in.
Me: Dr. [[HCP:Carver]] pager [[PAGER:555-0162]]. Fellow: Dr. [[HCP:Ibe]] x[[PHONE:5271]].""",
    # pc16-008  phone-typed lower case, NZ
    """\
sorry typing on my phone in the car park. had an 81yo wahine today, [[PT:mere]], came in w her moko [[REL:kahu]] from out past [[PLACE:ahipara]]. 3/7 of cough, fevers, sats 89 RA, crackles L base. NHI [[PLAN:ZKQ4821]] if anyone from [[FAC:kaitaia hosp]] sees this and wants to chase the CXR lol. the thing is she wont go to [[FAC:whangarei hospital]], says last time she was there the food was terrible and no whanau could stay. i gave oral amox + doxy, asked [[HCP:hine]] the district nurse to swing by tmrw, safety netted with [[REL:kahu]] (he works at the [[FAC:four square]] so hes around). is this dumb? curb65 = 2 (age, ?urea not back)

@aroha.ngata what do you lot do in the [[PLACE:hokianga]] for this

> Aroha Ngata: not dumb. whanau-supported home care with a nurse visit daily is what most of our kuia get. just make sure someone can actually drive her in at 2am if she tips over. we give out the rural ambulance number on a fridge magnet lol""",
    # pc16-009  dictated clinic letter, Ireland
    """\
Pasting a dictation straight off the speech recognition before I correct it because it made me laugh and also I want views on the plan:

"Clinic letter to Dr [[HCP:Siobhan Kavanagh]] comma [[FAC:Ballinrobe Medical Centre]] full stop. Re [[PT:Patrick Joseph Moran]] comma date of birth [[DATE:fourteenth of August nineteen fifty two]] comma [[PLACE:Cloonagh]] comma [[TOWN:Kilcommon]] comma [[COUNTY:County Mayo]] comma [[ZIP:F31 KX28]] full stop new paragraph. I reviewed [[PT:Pat]] today with his daughter [[REL:Aoife]] full stop. He has had three episodes of transient right arm weakness since [[DATE:Christmas]] comma the last on the [[DATE:sixth of January]] while feeding cattle full stop. Carotid Doppler at [[FAC:Mayo University Hospital]] shows a seventy to ninety percent left ICA stenosis full stop. I have referred him for carotid endarterectomy to Mr [[HCP:Cathal Brody]] in [[FAC:University Hospital Galway]] full stop."

The dictation turned "[[PT:Moran]]" into "moron" the first time. Anyway: symptomatic 70-90%, he's 71, wants to wait till after the calving in [[DATE:March]]. I've said no. Niamh, you're up that way, how long is the wait for [[TOWN:Galway]] vascular right now?""",
    # pc16-010  Reddit-style, rural US
    """\
r/medicine-ish question from a rural FM doc. Throwaway obviously.

Farmer in his 50s rolled his tractor on a slope near [[STREET:County Road 14]] in [[COUNTY:Holt County]]. Pinned ~40 min. Neighbor ([[REL:Lyle Bauman]], who farms the quarter next to him) got the loader and lifted it. Volunteer EMS from [[TOWN:Atkinson]] brought him to us at [[FAC:West Holt Memorial Hospital]]. Crush to the left thigh, CK 38,000 at 3 h, K 5.8, urine cola-coloured.

We are 3 hours by road from [[TOWN:Omaha]]. Helicopter was grounded for weather. I had one nephro phone consult and a bag of bicarb. Gave 2L NS then 200 mL/h, bicarb drip aiming urine pH > 6.5 (yes I know the evidence is weak), calcium for the ECG changes, kayexalate because that's what we stock.

He got flown out at 06:00 the next day, made it without dialysis. His wife [[REL:Carol]] sent a card to the ED addressed to "the night doctor" which is the nicest thing that's happened to me all year. The tractor's still in the ditch apparently, [[PLATE:NE 14-A772]] on the trailer behind it in the photo the sheriff sent round.

Q for people in similar places: what's in your crush/rhabdo kit and would you have done anything different?""",
    # pc16-011  Figure 1-style image post, derm
    """\
[Image: erythematous annular plaques with central clearing, R forearm and neck]

Figure 1 post, shared with consent. [[AGE:93]]-year-old retired schoolteacher, lives at [[FAC:Bayview Terrace Care Home]], had these for six weeks. Started after a new hydrochlorothiazide. Ro/SSA strongly positive. Subacute cutaneous lupus, drug-induced? Her granddaughter posted a photo on insta (she tagged me, [[HANDLE:@nana_bea_knits]], which is how I found out she'd gone to the cinema in a short-sleeved top in [[DATE:July]] sunshine).

Biopsy from [[DATE:Aug 14]] (path [[ID:DP-23-55190]], Dr. [[HCP:Marguerite Lachance]]): interface dermatitis, consistent.
Stopped HCTZ, started HCQ 200 mg daily, sun protection.

Comments welcome, esp on whether to screen for internal malignancy at her age.

> @skinmd_nz: SCLE after HCTZ is classic; 6-12 weeks to clear off the drug. I wouldn't go hunting for a cancer at [[AGE:93]] with no other features.""",
    # pc16-012  Sermo-style poll, capacity
    """\
POLL: Would you accept this refusal?

[[AGE:96]]F, [[PT:Ivy Greenhalgh]], admitted from her own home in [[PLACE:Headingley]] with a fractured NOF after a fall. Mini-ACE 71/100 (baseline unknown). She refuses surgery: "I've had [[AGE:ninety-six]] good years and I'm not being cut open." Her son [[REL:Malcolm]] (LPA for property only, not health) insists we operate and has threatened a complaint to the [[FAC:Leeds Teaching Hospitals]] chief exec. Orthogeri (Dr [[HCP:Parveen Akhtar]]) felt she had capacity for this decision on two assessments. Anaesthetic risk high (AS, valve area 0.8 cm2).

A) Accept refusal, palliate with nerve block + analgesia
B) Best-interests meeting anyway
C) Court of Protection
D) Operate

Current: A 68%, B 24%, C 5%, D 3%.

Top comment: A. A capacitous refusal is a refusal, full stop. The nerve block (fascia iliaca) makes the non-operative path much kinder than people think.""",
    # pc16-013  rural Manitoba nursing station, First Nations community
    """\
Advice from anyone who does northern medevac? I'm locum at the nursing station in [[PLACE:Garden Hill First Nation]] this month.

14-year-old, [[PT:Tyler Harper]], DKA at presentation (new dx). pH 7.04, bicarb 5, glucose 41. We have no insulin infusion pump, one IV pole, and the nurse in charge ([[HCP:Loretta Wood]]) and me. Lifeflight ETA was 9 hours because of weather at [[TOWN:Island Lake]]. Manitoba Health no. [[PLAN:118 394 276]], mom [[REL:Sharon]] and his kokum with him.

We ran 10 mL/kg NS, then 0.1 u/kg/h insulin as a manual infusion with a burette, hourly POC glucose and gases on the i-STAT. Got him out on the [[DATE:22nd]] to [[FAC:HSC Children's Hospital]]. He did fine, no cerebral oedema.

Ben, you were up in [[PLACE:St. Theresa Point]] last winter, how did you manage K replacement without a pump?

> Ben Whitehorse: 20 mEq/L in the bag and don't let it run free. We labelled the burette in marker every hour. Also: cell coverage is awful up there, get the sat phone number for the station ([[PHONE:204-555-0119]]) written on the wall before you need it.""",
    # pc16-014  case thread, Minneapolis peds (patient's father shares a member's surname)
    """\
Peds hospitalist here, wanting a sanity check on a vitamin D / rickets case.

2yo boy, [[PT:Hamza]], family lives in [[PLACE:Cedar-Riverside]], seen in our clinic at [[FAC:Riverside Family Health]] for bowing and not walking. Exclusively breastfed till 18 months, minimal dairy, mom [[REL:Hodan]] covers fully outdoors. ALP 1,140, 25-OH D < 8, Ca 7.9, phos 2.4, PTH 310. Wrist film: cupping and fraying.

Dad, [[REL:Abdi Warsame]] (no relation, before anyone asks, @dr.amina.w!), drives for [[FAC:Metro Transit]] and is worried about the cost of the formula the dietitian suggested. Interpreter was [[HCP:Faadumo]] from the language line, she was great.

Plan: stoss dosing vs daily? I've always done 2,000 IU daily + calcium, but the endo fellow wants 50,000 IU weekly x 6-8 wks.

> @dr.amina.w: ha, that surname is like Smith in [[TOWN:Mogadishu]]. Daily works if the family will do it, but weekly is easier to actually get in, and you can give it in clinic. Check siblings too, and mom. We found half the kids on one floor of the [[FAC:Riverside Plaza]] towers were deficient.""",
    # pc16-015  clinic letter extract, Sydney
    """\
Question about pharmacist-led deprescribing, and whether anyone has done it well. Copy of the letter I got (patient said fine to share):

Dear Dr [[HCP:Lam]],
Re: Mrs [[PT:Trần Thị Mai]], [[STREET:41 John Street]], [[TOWN:Cabramatta]] NSW [[ZIP:2166]]. Medicare [[PLAN:4263 91807 2]].
I conducted a Home Medicines Review on Tuesday [[DATE:12 March]] at the patient's home, with her son [[REL:Minh]] interpreting. Mrs [[PT:Trần]] had 14 regular medicines from three prescribers, including two PPIs (one from [[FAC:Fairfield Hospital]] on discharge, one from you), and was taking her alendronate with breakfast. A dosette from [[FAC:Cabra Family Pharmacy]] was set up on [[DATE:14/3]].
Recommendations: cease esomeprazole (duplicate), reduce amlodipine, review need for oxybutynin (anticholinergic burden score 5).
Kind regards,
[[HCP:Rebecca Tully]], accredited pharmacist. Ph [[PHONE:(02) 5550 3187]]""",
    # pc16-016  fitness to drive, Ontario
    """\
Mandatory reporting question for Ontario FPs. Long-haul driver, [[PT:Harjit Singh Gill]], 58, works for [[FAC:Malton Freightlines]] out of [[TOWN:Brampton]]. Two syncopal episodes, one at the wheel (pulled over, nobody hurt). Holter showed 6 s pauses. EP at [[FAC:William Osler Health System]] (Dr. [[HCP:Mehta]]) put in a dual-chamber PPM on [[DATE:Apr 3]].

He's begging me not to report because he's the only income for the household, his wife [[REL:Manpreet]] and three kids, and he says the [[FAC:Gurdwara Sahib Dixie]]'s community fund can only help for a month.

I've filled the MTO form, licence number [[LIC:G4216-38105-60717]], and his OHIP is [[PLAN:7730-281-449-HG]]. He's asked whether the class A comes back after the device and how long. My understanding is 3 months for commercial after PPM if no further syncope, but I'd love someone to confirm.

@gsandhu you deal with a lot of truckers

> @gsandhu: 3 months sounds right for commercial post-PPM with the cause fixed. Write clearly in the report that the cause was treated, it makes the reinstatement faster. And point him to the WSIB/EI sickness route for the gap.""",
    # pc16-017  UK, Polish warehouse worker
    """\
Occupational asthma? 34-year-old, [[PT:Marek Zieliński]], works nights at the [[FAC:Amazon fulfilment centre]] near [[TOWN:Coalville]] but before that did 6 years at [[FAC:Hinckley Bakery Supplies]] tipping flour sacks. Wheeze worse at work and better on holidays back home to [[TOWN:Rzeszów]]. PEFR diary (serial, 4x daily for 4 weeks, OASYS plot) shows a clear work effect: Oasys score 3.4.

NHS no [[PLAN:401 023 2137]]. He emailed me the diary from [[EMAIL:marek.zielinski88@pocztamail.pl]] which I think breaks about six IG rules but here we are.

Referred to occupational lung service at [[FAC:Glenfield Hospital]] (Dr [[HCP:Ravenscroft]]). The question is: do I sign him off? He's on a zero-hours contract via [[FAC:ProStaff Recruitment]] and if I sign him off he's just... gone.

Any thoughts on the language of the fit note so it doesn't cost him the job?""",
    # pc16-018  Koreatown LA, insurance
    """\
Prior auth nightmare thread, add yours.

Mine: 71F, [[PT:Kim Soon-ja]], lives in [[PLACE:Koreatown]] with her daughter [[REL:Grace Kim]]. Moderate-severe RA failing MTX + HCQ, DAS28 5.6. Her Medicare Advantage plan ([[FAC:Golden Crane Health Plan]], member ID [[PLAN:GCH-7720114-02]]) denied adalimumab biosimilar twice. Third time we sent the letter with the same info, different fax cover sheet, to [[FAX:1-800-555-0149]]. Approved. Same drug. Same DAS. Different fax.

Meanwhile the pharmacy billing account ([[ACCT:RX-00431987]]) had already racked up a $1,900 balance for the 2 fills she paid out of pocket because [[REL:Grace]] couldn't stand watching her mom not be able to hold chopsticks.

And the kicker: she found out from the pastor at [[FAC:Oriental Mission Church]] that there's a manufacturer copay program. Not from us. From the pastor.""",
    # pc16-019  Houston, identity fraud in chart
    """\
Weird one. ED, [[FAC:Ben Taub Hospital]]. Pt presents as "[[PT:Chukwuemeka Obi]]", DOB [[DATE:7/19/1979]], SSN on file [[SSN:423-55-0917]]. Chart says type 1 DM on insulin pump, A1c 7.2. Patient in front of me: no pump, no diabetes, glucose 96, and says he's never had diabetes. Turns out his cousin [[REL:Nnamdi]] had been using his Texas DL ([[LIC:TX 31850276]]) and insurance at a clinic in [[PLACE:Alief]] for two years.

Now his record has someone else's diagnoses, allergies (PCN, which he doesn't have) and a blood type that... may not be his. HIM says they need a police report before they'll split the record. He's going to [[FAC:HPD Southwest Patrol]] tomorrow.

Anyone had a merged-identity chart get untangled? How long did it take and did the blood bank re-type?

> Diego Ferreira: blood bank should re-type today regardless, don't wait for HIM. And flag the allergy list as "unverified" so nobody withholds a penicillin he needs.""",
    # pc16-020  Winnipeg, Filipino nurse, needlestick
    """\
Needlestick / occ health question from the ED at [[FAC:Seven Oaks General Hospital]].

Our night charge nurse, [[PT:Rowena dela Cruz]] (she's fine with me posting, she wants answers too), had a hollow-bore stick from an HCV Ab+ patient with unknown RNA on [[DATE:Sept 9]]. Baseline HCV Ab neg, ALT 22. Employee no. [[ID:E-0049127]]. Workplace claim filed with WCB Manitoba, claim [[ID:WCB 2391-4476]].

Source patient ([[PT:J.T.]], from [[PLACE:Point Douglas]]) refused further testing and left.

Her question: should she be on anything? Our occ health says "no PEP for HCV, test at 3 and 6 weeks for RNA, 6 months Ab". She's heard DAAs used as PEP. Her husband [[REL:Joel]] wants her to take time off. Their kids go to [[FAC:St. Alphonsus School]] and she's worried about sharing cups etc.""",
    # pc16-021  device clinic, ICD
    """\
Device clinic puzzle. ICD patient, [[PT:Walt Brzezinski]], 74, Medtronic Cobalt XT, serial [[DEVICE:BZY608211S]], implanted [[DATE:6/2/21]] at [[FAC:Aultman Hospital]]. Got a shock mowing the lawn on his rider on Sat the [[DATE:8th]], one shock, then "buzzing in the chest" for an hour.

Interrogation: "VF" episode with noise on the near-field EGM, far-field clean, impedance on the RV lead jumped from 480 to 1,640 ohms. Lead is a Sprint Fidelis... no I'm joking, it's a 6935M, [[DEVICE:TDL4418902V]], which should be fine, but the noise pattern looks like conductor fracture to me.

Home monitor (CareLink) transmitted from IP [[IP:192.168.1.47]] on his home wifi at 14:02 and we didn't see it till Monday because of course.

Plan: lead revision. His wife [[REL:Dolores]] wants to know if he can still mow. @hwpark what's your threshold to extract vs cap and abandon in a 74yo?

> @hwpark: cap and add a new lead at 74 unless infected or he's got 4+ leads already. And yes he can mow, tell [[REL:Dolores]] the magnet in the mower seat isn't the problem.""",
    # pc16-022  trauma, VIN and plate
    """\
Trauma bay photos aren't allowed but I can describe. Restrained driver, head-on with a logging truck on [[STREET:Highway 16]] east of [[TOWN:Smithers]], prolonged extrication. GCS 9, L pneumothorax, open book pelvis. Transfusion 6:6:1 in the first hour.

RCMP need to identify the vehicle because there was no wallet; the first responder wrote the plate ([[PLATE:FK2 41N]]) and the VIN off the dash ([[VIN:2T1BURHE0JC048316]]) on a glove in Sharpie, which is now in our trauma bay drawer with "JANE DOE 4" on it.

By the time she was flown out to [[FAC:Vancouver General Hospital]] we knew her as [[PT:Kristen Lavallee]], 29, her mother [[REL:Bonnie]] phoned from [[TOWN:Houston]] (BC, not Texas).

Two questions: 1) pelvic binder placement at the trochanters vs iliac crests, it was too high when she came in; 2) does anyone have a good system for keeping vehicle ID info from first responders with the unknown patient?""",
    # pc16-023  portal, IP, GoFundMe
    """\
Boundary question. Patient, [[PT:Sunny Okafor]] (33F, metastatic cervical ca), started a GoFundMe for travel to an unproven clinic in [[TOWN:Tijuana]]: [[URL:gofundme.com/f/help-sunny-beat-cancer-okafor]]. She's asked me through the portal to "write something" for the page. Our IT flagged that the portal messages came from two logins, one from [[IP:203.0.113.58]], which turned out to be her brother [[REL:Chinedu]] using her password.

I've been her oncologist since [[YEAR:2021]]. She's lovely, she's 33, she has two kids at [[FAC:Lincoln Elementary]]. I don't want to endorse the clinic, I don't want to abandon her.

Anyone written back to something like this?""",
    # pc16-024  psych, teen, social handle
    """\
CAMHS on call. 15yo girl, [[PT:Ellie-Mae Dunn]], brought in by her mum [[REL:Kerry]] after a friend saw a post on her account ([[HANDLE:@elliemaeee.x]]) that looked like a goodbye. Overdose 28 x 500 mg paracetamol about 6 h before. Level at 4 h was 182 mg/L, above the line, NAC started.

Lives in [[PLACE:Hartcliffe]], Year 10 at [[FAC:Bridge Learning Campus]]. School counsellor Mr [[HCP:Adeyinka]] has been worried for months. Mum works at the [[FAC:Tesco Extra]] on [[STREET:Bishopsworth Road]] and says the school never told her.

Question for the group: when a teenager's public social media shows escalating self-harm content, who do you think is responsible for acting on it? We're getting more and more of these.""",
    # pc16-025  NZ midwife handover
    """\
O&G reg here, posting a handover that went sideways to ask how others structure LMC transfers.

Transfer of care from LMC [[HCP:Kiri Tautahi]] (independent midwife, [[TOWN:Ōtaki]]) to secondary care, [[FAC:Wellington Regional Hospital]], [[DATE:3 Nov]] 23:40.
[[PT:Anahera Rikihana]], 27, G2P1, 39+2, NHI [[PLAN:KBR7736]]. Previous LSCS ([[YEAR:2021]]) for obstructed labour. Planned VBAC. Spontaneous labour from 15:00, 6 cm at 21:00, no change at 23:00. Scar tenderness reported by woman. CTG: new variable decels.
Partner [[REL:Rawiri]] and her mother [[REL:Huia]] present.

The problem: "scar tenderness" was in the midwife's notes but not said on the phone. Our registrar heard "failure to progress VBAC, CTG suspicious". Baby was fine, uterine dehiscence at repeat section.

Does your ISBAR template have a line for red flags specific to VBAC?""",
    # pc16-026  pasted group chat, Australian ED
    """\
Our ED WhatsApp from Saturday, mostly for the ambo handover discussion. Identifiers left in, closed group.

[Sat 10:14] [[HCP:Kellie]] (CNC): heads up, QAS bringing 84yo from [[FAC:Banksia Grove Aged Care]], hip + head strike, on apixaban
[Sat 10:15] [[HCP:Dev]]: ETA?
[Sat 10:15] [[HCP:Kellie]] (CNC): 12 min. pt is [[PT:Norm Jeffries]], UR [[MRN:0715523]]
[Sat 10:31] [[HCP:Dev]]: here. GCS 14. ambos say daughter [[REL:Leanne]] meeting us, she's coming from [[TOWN:Caboolture]]
[Sat 10:40] [[HCP:Dev]]: CT head ordered. reversal? 
[Sat 10:42] Dr [[HCP:Hyde]]: only if bleed. don't reflexively give andexanet, we've used 4 this month
[Sat 11:20] [[HCP:Dev]]: CT clear. NOF #. ortho aware. [[REL:Leanne]] wants to talk to "whoever is in charge", she's at bay 6, mob [[PHONE:0491 570 159]]

The point: the ambos had already told us about the apixaban and the last dose time (07:00) and nobody wrote it down. @liamor you were saying rural sites do ISBAR on a whiteboard?

> @liamor: whiteboard by the resus door, ambo writes it before they leave. Nobody's allowed to wipe it till the doc's signed.""",
    # pc16-027  clinic letter, Belfast cardiology
    """\
Letter I sent this week, posting because a GP colleague asked how we word the driving advice after VT ablation. Feel free to steal the wording, not the patient.

[[FAC:Royal Victoria Hospital]], Cardiology Outpatients
Tel [[PHONE:028 9649 6214]]

Dictated [[DATE:02/04/24]]  Typed [[DATE:09/04/24]]

Dr [[HCP:N. Gallagher]], [[FAC:Ormeau Health Centre]]

Re: [[PT:Seamus O'Hare]], [[STREET:18 Carmel Street]], [[TOWN:Belfast]] [[ZIP:BT7 1QE]]. H&C No: [[PLAN:320 418 7765]]

Diagnosis: ischaemic cardiomyopathy, EF 30%, sustained monomorphic VT, ablation [[DATE:11 March]], ICD in situ since [[YEAR:2019]].
He must not drive for 6 months from the date of the ablation (group 1) and has been told this in the presence of his wife, [[REL:Bernadette]]. He works as a taxi driver for [[FAC:Value Cabs]] and will need to inform the DVA himself; Group 2 / taxi licence is permanently refused with an ICD.

Yours sincerely
Dr [[HCP:Aisling McCrory]], Consultant Cardiologist""",
    # pc16-028  resident sign-out, lower case, nicknames
    """\
what our interns' signout actually looks like at 5:58pm lol. anonymized my ass, i just copied it. for the "is written signout still worth it" thread

- rm 612 [[PT:big mike]] ([[PT:michael tran]]) - copd exac, on 2L, nebs. if he tries to smoke again call security, he has a lighter hidden somewhere. sister [[REL:linh]] is the contact
- 617 [[PT:Jesús Palomino]] 44 - cellulitis LLE, vanc trough due 2200. wife [[REL:Mari]] speaks only spanish, use the ipad interp not the son
- 620 "[[PT:pops]]" [[PT:Ezekiel Hart]] [[AGE:97]] - dnr/dni, comfort focused, grandson [[REL:Tyrell]] ([[PHONE:555-0181]]) wants a call if he worsens. pls actually call him
- 622 [[PT:Rose]] - the lady from [[FAC:Sunnyvale Manor]], uti, ok for dc tmrw if ride. ride = her neighbour [[REL:Bill]] lol

pager for nights: [[PAGER:8812]]. good luck.""",
    # pc16-029  centenarian, Nova Scotia
    """\
Centenarian medicine thread! Mine: [[PT:Alma Theriault]], [[AGE:101]], born [[DATE:1923]] in [[TOWN:Chéticamp]], still lives in her own home on [[STREET:Rte 19]] near [[TOWN:Margaree Harbour]] with her great-niece [[REL:Josée]] checking in daily. Came to [[FAC:Inverness Consolidated Memorial Hospital]] with a Colles fracture after she fell out of bed reaching for her rosary. Hb 88, MCV 79, ferritin 9. NS health card [[PLAN:0041 278 093]].

She declined a scope ("at my age, dear, I know what's in there"). We gave IV iron (Monofer 1,000 mg). She asked whether it would make her live longer and when I said probably not, she said "good".

Anyone else have a 100+ patient who still drives? Because she still drives. To Mass at [[FAC:St. Peter's Church]]. Her licence was renewed at [[AGE:ninety-nine]].""",
    # pc16-030  Glasgow, asbestos, CHI
    """\
Mesothelioma compensation question, Scottish respiratory folk.

[[PT:Hugh McIlvanney]], 79, retired plater, 31 years at [[FAC:Fairbairn & Lang Shipbuilders]] then [[FAC:Govan Marine Engineering]] on the Clyde. Right pleural effusion, thoracoscopic biopsy [[DATE:14/11]] at [[FAC:Queen Elizabeth University Hospital]] showed epithelioid mesothelioma. CHI [[PLAN:1303452987]].

His daughter [[REL:Lorraine]] has been in touch with the Clydeside action group and a solicitor. The solicitor's asked me for a statement on causation and "when he was first exposed". He worked from [[YEAR:1961]], and lived in [[PLACE:Linthouse]] two streets from the yard gate, so his wife [[REL:Agnes]] (died [[YEAR:2015]], also mesothelioma, per the death certificate) had exposure too from washing his overalls.

Is it my job to write that statement or should that go to an occupational physician? I'm a respiratory consultant and I'm happy to do the factual bit.""",
    # pc16-031  methadone, Kentucky, DEA
    """\
Addiction med folks, Kentucky specifically: patient transferred to me from an OTP that closed.

[[PT:Brandy Caudill]], 36, from [[TOWN:Hazard]], on methadone 110 mg at [[FAC:Bluegrass Recovery Clinic]] until it shut down on [[DATE:the 1st]]. Nearest OTP now is 70 miles. She works at the [[FAC:Dollar General]] on [[STREET:KY-15]] and can't do daily dosing that far.

I'm switching her to buprenorphine via low-dose induction (Bernese method). My DEA is [[LIC:FC4817263]], X-waiver is gone anyway. Her pharmacy, [[FAC:Perry County Drug]], doesn't stock more than a week of bupe at a time and the pharmacist ([[HCP:Dwayne]]) wants a call for every script.

Her mom [[REL:Loretta]] looks after her son while she works. Any advice for the microinduction with a 110 mg methadone start? I've done it from 60.""",
    # pc16-032  NICU, Ireland, twins
    """\
Ethics question from a NICU registrar. Twins born at 24+1 at the [[FAC:Coombe]] on [[DATE:St Stephen's Day]]. Twin A ([[PT:Baby Boy Ó Súilleabháin]]) doing OK. Twin B ([[PT:Fiadh]]) grade IV IVH bilaterally, day 9. Parents [[REL:Caoimhe]] and [[REL:Darragh]], from [[TOWN:Newbridge]]. Mam is still inpatient post-section on [[FAC:St Gerard's Ward]].

Neonatal consultant (Dr [[HCP:Fitzpatrick]]) wants a redirection of care conversation today. Dad wants to wait until his mother flies in from [[TOWN:Boston]] on the [[DATE:6th]]. 

How long would you wait?""",
    # pc16-033  TB contact tracing, Auckland
    """\
Public health / ID question. Smear-positive cavitary TB, [[PT:Sione Taufa]], 42, works two jobs: cleaning at [[FAC:Manukau Institute of Technology]] nights and at [[FAC:Pak'nSave Māngere]] days. Lives in a 3-bedroom house in [[PLACE:Ōtara]] with 11 people incl. his mum [[REL:'Ana]] and four kids under 5. Church on Sundays at [[FAC:Tongan Methodist Church Ōtara]].

Symptom onset ~[[DATE:August]]. Dx [[DATE:19/10]] at [[FAC:Middlemore Hospital]], NHI [[PLAN:QPL4417]].

Contact list is now >80 people. Medical officer of health is Dr [[HCP:Faleolo]]. The church minister wants to announce it from the pulpit so people come forward, which is... honestly maybe the best outreach we have? But it names him.

Thanh, you've done a lot of community TB. Thoughts?

> Thanh Nguyen: Ask the family first, and let them decide how it's said. Churches are our best contact-tracing network in every community I've worked with, but only with the family leading it.""",
    # pc16-034  coroner's case, Victoria
    """\
Coroner's report found its way back to us. Case was [[PT:Damien Kostopoulos]], 48, found deceased at his flat in [[TOWN:Reservoir]], [[DATE:17 June 2023]]. Coroners Court ref [[ID:COR 2023 003481]]. Cause: mixed drug toxicity (oxycodone, pregabalin, diazepam). He'd seen four GPs in 3 months. SafeScript flagged him at 3 of the 4, including at [[FAC:Preston Medical Clinic]] where Dr [[HCP:Ahmadi]] had tried to taper him.

The coroner's recommendation is basically "GPs should check SafeScript". We did. It told us. He then went to an after-hours clinic on [[STREET:Bell Street]], [[FAC:Bell Street Medical]], where the locum didn't check.

His sister [[REL:Eleni]] has written to our clinic asking why nobody stopped him. I don't know what to say to her.""",
    # pc16-035  phone-typed, rural US, typos
    """\
replyin from the truck sorry for typos. we had almost this exact thign w a 19yo from [[PLACE:Sweetgrass Colony]] out by [[TOWN:Harlowton]], [[PT:jake walter]] (they're all waters/walters/hofers out there lol). snake bit on the hand, prarie rattler, swelling past the wrist in 40 min. we had 10 vials of crofab in the building bc Dr [[HCP:Gunderson]] fought for it in [[YEAR:2018]]. gave 6 then 4 more. flown to [[FAC:Billings Clinic]] on the [[DATE:4th]]. kid was fine.

if your ED doesnt stock antivenom and youre more than an hr out, fight for it. the poison center number is on the wall for a reason. his dad [[REL:Elias]] brought us a pie.""",
    # pc16-036  dictated op note fragment
    """\
Dragon strikes again. Op note as dictated (before I caught it), posting for the "speech recognition horror stories" thread:

"Operative note period. Patient colon [[PT:Guadalupe Ibarra]] period. Date of surgery colon [[DATE:October twenty third]] period. Surgeon colon Dr. [[HCP:Whitfield]] period. Assistant colon Dr. [[HCP:Onyekachi]] period. Preoperative diagnosis colon acute cholecystitis period. Procedure colon laparoscopic cholecystectomy converted to open period. Findings colon gangrenous gallbladder with a Mirizzi type two fistula period. Specimen to pathology period. [[HCP:Dolly]] the scrub tech was called away after the count comma recount correct period."

It wrote "Mirizzi" as "Missouri" and "[[PT:Guadalupe]]" as "Guadeloupe", so at least it's consistently geographic. MRN it left alone: [[MRN:4470-2281]].""",
    # pc16-037  transplant referral, US
    """\
Liver transplant referral question. 52M, [[PT:Randall "Randy" Pickett]], alcohol-associated hepatitis, MELD 34, first presentation, 4 months sober since admission at [[FAC:Parkview Regional Medical Center]] in [[TOWN:Fort Wayne]]. Strong family: wife [[REL:Deb]], brother [[REL:Terry]] who does AA with him at [[FAC:First Presbyterian]] Tuesday nights.

He's been listed at [[FAC:IU Health University Hospital]] (UNOS ID [[ID:KLT 220917]], their coordinator [[HCP:Mandy Shultz]]) but was told the 6-month rule "might be waived". Anyone seeing early LT for severe AH in their center now? What criteria? Our psych evaluator (Dr. [[HCP:Ferrante]]) is on board.""",
    # pc16-038  epilepsy, driving, VNS, Australia
    """\
Driving after epilepsy surgery, anyone in WA? 31F, [[PT:Kayla Yarran]], Noongar woman from [[TOWN:Narrogin]], drug-resistant focal epilepsy, VNS (SenTiva, serial SN [[DEVICE:40917]]) placed at [[FAC:Sir Charles Gairdner Hospital]] in [[YEAR:2022]]. Seizure-free 13 months now on lacosamide + VNS. She works at [[FAC:Narrogin Hospital]] as an AIN and needs her licence ([[LIC:WA 6193402]]) back to get to shifts.

Austroads says 12 months seizure-free for a private licence with a conditional licence possible, but the DoT wants a neurologist's letter and the neurologist (Dr [[HCP:Raghavan]]) is booked till [[DATE:Feb]]. Can a GP write it? Her aunty [[REL:Doreen]] has been driving her 40 km each way.

> @liamor: in WA a GP can complete the form if they have the neuro's last letter confirming seizure-free interval. Worth trying.""",
    # pc16-039  insulin pump, school nurse, Alberta
    """\
T1D teen, pump failure at school, and a very good school nurse.

[[PT:Nolan Bigstone]], 13, Omnipod 5 + Dexcom G7 (sensor serial [[DEVICE:8QKX-22RD-90J1]]), from [[PLACE:Enoch Cree Nation]], attends [[FAC:Holy Trinity Catholic High School]]. Pod occluded in 3rd period, BG 22, ketones 2.1. School nurse [[HCP:Marissa]] called mom ([[REL:Tanis]], [[PHONE:780-555-0126]]), gave a manual correction with the backup pen, and called us at the [[FAC:Stollery Children's Hospital]] diabetes clinic. Alberta health card [[PLAN:60928-1174]].

He was fine. But there's no written pump-failure plan in his file at school and I'm embarrassed about that. How are others doing school plans for AID systems?""",
    # pc16-040  telehealth, Navajo Nation
    """\
Telehealth fail of the week. I do remote endocrine for [[FAC:Chinle Comprehensive Health Care Facility]]. Patient [[PT:Loretta Begay]], 58, T2DM on U-500, lives out past [[PLACE:Many Farms]] with no cell service at home. Her granddaughter [[REL:Shandiin]] drives her to the chapter house so she can use the wifi.

The visit link we sent ([[URL:https://meet.canyonhealthtele.org/j/83314420917]]) expired because the scheduler put in the wrong date ([[DATE:5/14]] not [[DATE:5/15]]). The backup was her granddaughter's email ([[EMAIL:shandiin.b@rezmail.net]]) which worked, but then the session dropped every 90 s; our IT guy said the connection was coming from [[IP:198.51.100.23]], a shared satellite node.

We ended up doing the visit by phone with [[REL:Shandiin]] reading the CGM numbers off the app. A1c 7.9 from 10.4. So... it worked? Just not the way anyone designed.""",
    # pc16-041  homeless, DTES
    """\
Street medicine folks. [[PT:Dale "Smokey" Cardinal]], 47, known to our outreach team in the [[PLACE:Downtown Eastside]], usually sleeps in the doorway at [[STREET:Main and Hastings]] or at the [[FAC:Union Gospel Mission]] when it's raining. Bilateral foot wounds, wet gangrene L 4th toe, probable osteo. Refuses admission because he lost his spot at [[FAC:Lookout Housing]] last time he was in hospital 3 weeks.

BC PHN [[PLAN:9087 162 334]], he carries it in a ziplock with his status card.

What we did: oral amox-clav + doxy, daily dressing at the [[FAC:Downtown Community Health Centre]] with [[HCP:Jordan]] (our nurse), and a deal with the shelter worker ([[HCP:Tash]]) to hold his bed if he goes in for 48 h IV.

Would you push harder? Anyone else here who's worked the [[PLACE:DTES]]?""",
    # pc16-042  kaumātua, Tairāwhiti
    """\
Rural GP in [[PLACE:Tairāwhiti]]. Kaumātua, [[PT:Tipene Horomona]], [[AGE:94]], advanced heart failure, EF 20%, on the NZ equivalent of every GDMT pill we could get him to swallow. Lives with his mokopuna at [[PLACE:Te Araroa]]. Wants to die at [[FAC:Hinepare Marae]] rather than at home or [[FAC:Gisborne Hospital]], and the whānau ([[REL:Mereana]], his eldest, is speaking for them) are all for it.

Practical stuff I'm stuck on: subcut furosemide driver at the marae (we have a syringe driver from [[FAC:Te Puia Springs Hospital]]), who's allowed to turn it off, and how to get the death certified quickly so the tangi isn't held up. Last time a locum said he couldn't certify without seeing the body and it was a 2-hour drive.

@aroha.ngata any tikanga or practical tips?

> @aroha.ngata: Talk to the marae trustees early. Train a whānau member to manage the driver (we do a 20-min session). For certification, confirm death can be done by an RN and the doctor can certify by phone if they saw him in the last 30 days.""",
    # pc16-043  M&M, anaesthesia, UK
    """\
Anaesthetic M&M summary for discussion. [[FAC:Royal Derby Hospital]], CEPOD theatre.

Mr [[PT:D.P.]], 68, emergency laparotomy for small bowel obstruction, NELA risk 14%. RSI with propofol 1.5 mg/kg, sux 1.5 mg/kg. Grade 3 view, bougie, tube placed, ETCO2 trace absent. Second attempt with VL (Dr [[HCP:Halvorsen]], ST6) successful. SpO2 nadir 71%. Post-op to ICU, extubated day 1, no harm.

Learning: the difficult airway trolley was in theatre 4 and we were in theatre 7. The ODP ran for it. The consultant on call (Dr [[HCP:Nkemelu]], bleep [[PAGER:7740]]) was with another emergency and answered 6 minutes later.

Nobody disputes the decisions, but we now have two trolleys. Does your place do a "front-of-neck access" drill? Ours last did one on the [[DATE:12th of October]] and half the department was on leave.""",
    # pc16-044  pasted Teams chat, Canadian ICU
    """\
Pasting from the unit Teams chat (Mon). Question at the bottom.

[[HCP:Sophie Tremblay]] 08:02: bed 9 [[PT:Liam Kowalczuk]], 19, TBI, was on his gaming stream when he fell off the balcony, parents say the video is still up
[[HCP:Anthony Rizzo]] 08:05: which platform
[[HCP:Sophie Tremblay]] 08:06: twitch, [[HANDLE:LKowz_Plays]]. his discord is [[HANDLE:lkowz#4410]] and the friends are posting in there asking if he's dead
[[HCP:Anthony Rizzo]] 08:11: ok. social work pls. dad is [[REL:Roman]], mom [[REL:Svitlana]], they want the stream taken down
[[HCP:Sophie Tremblay]] 08:20: SW ([[HCP:Bernie]]) says she'll help them contact twitch. police have the clip too, file [[ID:2024-118730]]

Question: how do you handle it when the incident itself is on a public stream and friends are in the unit asking questions? We had 12 kids in the family room by noon. Ewa, do you guys have a policy at your hospital?

> Ewa Kowalczyk: we have a media/social media SW script. Single spokesperson (a parent), and a sign in the family room. Worked better than I expected.""",
    # pc16-045  prior auth appeal letter, US
    """\
Peer-to-peer went nowhere, so this went out today. Sharing the template since people keep asking:

To: Utilization Review, [[FAC:Prairie Heartland Medicaid Plan]]
Fax: [[FAX:(605) 555-0191]]
RE: [[PT:Jaxon Red Cloud]], DOB [[DATE:03/22/2016]], Medicaid ID [[PLAN:SD3307841102]], claim [[ACCT:CLM-24-0077815]]

[[PT:Jaxon]] is an 8-year-old with severe persistent asthma (4 ED visits and 1 PICU admission at [[FAC:Sanford Children's Hospital]] in the past 12 months) despite high-dose ICS-LABA with good adherence (pharmacy fill rate 94%). Eosinophils 620/uL, IgE 410. He meets criteria for dupilumab or mepolizumab per GINA step 5. The denial cites "no trial of montelukast". He was on montelukast from [[DATE:Jan]] to [[DATE:May 2023]] and developed nightmares, which is a labelled adverse effect.

Contact me directly: [[PHONE:605-555-0134]] or [[EMAIL:k.haugen@plainspeds.org]].
Dr [[HCP:Kristin Haugen]], [[FAC:Plains Pediatrics]], [[TOWN:Pine Ridge]]""",
    # pc16-046  RFDS, cattle station
    """\
RFDS retrieval, posted for the "remote trauma" thread. Stockman, [[PT:Jarrod "Jaz" Nolan]], 24, thrown from a horse mustering on [[FAC:Mulga Downs Station]], 380 km from [[TOWN:Tennant Creek]]. The station manager's wife ([[REL:Sheree]]) runs the station's medical chest and rang the RFDS line at 15:40. Chest #5 morphine given per phone instruction.

We landed on the station strip at 17:55. Flail segment right chest, SpO2 88% on air, GCS 15. Decompressed a tension PTx with a finger thoracostomy on the strip (yes, with flies). Flown to [[FAC:Royal Darwin Hospital]].

Medicare [[PLAN:5127 44018 3]]. His dad [[REL:Graham]] came down from [[TOWN:Katherine]] the next day.

@liamor you must have done a hundred of these, how often do you do finger thoracostomy vs needle on the ground?

> @liamor: finger every time now if they're ventilated or peri-arrest, needle if I'm buying time on a spontaneously breathing patient. Needles kink.""",
    # pc16-047  violent patient, police report
    """\
Assaulted at work again. Not a clinical question, more a how-do-you-cope.

Middle of a Tuesday in our urgent care in [[TOWN:Modesto]]. Patient ([[PT:Cody Rasmussen]], 31) wanted oxycodone for a toothache, I offered ibuprofen and a dental referral, he threw a chair and grabbed our MA, [[HCP:Yesenia]], by the hair. He left in a white Silverado, plate [[PLATE:8KRT314]] per our security guard (Mr. [[HCP:Ochoa]]), who wrote it on his hand.

Police report [[ID:MPD 24-019983]]. Our corporate ([[FAC:ValleyFirst Urgent Care]]) sent a "we value your safety" email and a link to an EAP. That's it. [[HCP:Yesenia]] is off work this week.""",
    # pc16-048  derm, wedding
    """\
Quick one for derm folks. 29F, [[PT:Precious Adebayo]], getting married on [[DATE:June 14th]] at [[FAC:Stonehaven Manor]] in [[TOWN:Leesburg]] (she showed me the invitation). Wants her perioral dermatitis gone by then. She's been using her sister's ([[REL:Blessing]]) clobetasol cream on it for 2 months, obviously.

Plan: stop the steroid (warned her about the rebound), topical metronidazole, doxy 40 mg MR daily. Her makeup artist ([[HCP:Kiana]] from [[FAC:Glow by Kiana]]) asked me via [[EMAIL:bookings@glowbykiana.co]] what products are safe, which was unexpected.

Anyone have a faster regimen for a hard deadline? 7 weeks out.""",
    # pc16-049  palliative, Ireland
    """\
Palliative care in the community, [[COUNTY:Donegal]]. [[PT:Bridget "Bridie" Gallagher]], [[AGE:90]], metastatic breast cancer, lives alone in a cottage in the townland of [[PLACE:Meenacross]] outside [[TOWN:Dungloe]], [[ZIP:F94 N3T6]]. Refused [[FAC:Letterkenny University Hospital]]; wants to die at home "like my mother did in this same room".

She has a niece, [[REL:Mairéad]], who comes on weekends from [[TOWN:Derry]]. Home care package from [[FAC:Donegal Hospice]] nurses twice daily. Subcut morphine driver since Monday [[DATE:8 April]]. Priest from [[FAC:St Crone's Church]] has been. She's picked the funeral home ([[FAC:Boyle's Funeral Directors]]).

Her only worry is the dog. Siobhán, you did the community palliative rotation, any resources for pets when the patient is dying at home?

> Siobhán Brennan: The local animal welfare crowd are great for this, and ask the parish, someone always takes the dog. Also - make sure the GP out of hours have a note on the file so nobody sends her in at 3am.""",
    # pc16-050  breast tumour board, US
    """\
Breast MDT, [[FAC:Hoag Memorial Hospital]], case 2 of 7:

[[PT:Phuong Le]], 44F, MRN [[MRN:H00923117]], self-referred after a palpable L breast mass. Works as a nail technician at [[FAC:Luxe Nails & Spa]] in [[PLACE:Little Saigon]]. Core bx [[DATE:2/27]]: IDC grade 3, ER 0, PR 0, HER2 0 (TNBC), Ki-67 70%. Path acc [[ID:HS24-4172]]. MRI: 3.4 cm, 2 suspicious axillary nodes. Germline: BRCA1 c.5266dupC (pathogenic).

Plan: KEYNOTE-522 regimen (pembro + carbo/paclitaxel then AC), port with IR. Genetics for sister ([[REL:Hanh]]) and daughters. Social work ([[HCP:Karen Ostrowski]]) re: income, she's paid per client and has no sick leave.

Rachel, do you give the pembro through the whole adjuvant year even with pCR? Her husband ([[REL:Tuan]]) asked directly and I didn't have a crisp answer.

> Rachel Stein: Yes, per the trial design: 9 cycles adjuvant pembro regardless of pCR. Capecitabine/olaparib if residual disease (she's gBRCA, so olaparib per OlympiA).""",
    # pc16-051  home care referral, Toronto
    """\
Referral I sent to home care, looking for feedback on whether it's enough. Sorry for the length.

Client: [[PT:Teodora "Dory" Villanueva]], 82, [[STREET:2150 Lawrence Ave E]], Apt [[STREET:1104]], [[PLACE:Scarborough]], [[ZIP:M1P 2P8]]. OHIP [[PLAN:5521-803-977-PQ]].
Lives with her son [[REL:Rommel]], who works nights as a PSW, and a live-in caregiver [[REL:Marites]] (not family but designated contact, [[PHONE:416-555-0173]]).
Dx: moderate Alzheimer's (MoCA 14), T2DM, recurrent falls. Uses a walker.
Request: PSW for bathing 3x/week, OT home safety, and respite for [[REL:Marites]] on Sundays so she can go to [[FAC:Our Lady of Good Voyage Church]].

Is there a language-concordant home care agency anyone knows of? Tagalog preferred.""",
    # pc16-052  lead poisoning, US
    """\
Peds lead question. 3yo, [[PT:Aaliyah Brooks]], BLL 38 on routine screening at [[FAC:Hamilton Community Health Network]]. Family rents a pre-1950 house on [[STREET:Pasadena Ave]] in [[TOWN:Flint]], [[ZIP:48505]]. Landlord is an LLC ([[FAC:Northgate Holdings]]) that doesn't answer the phone. Mom ([[REL:Shanice]]) works at the [[FAC:McLaren]] cafeteria. Medicaid [[PLAN:MI0048712290]].

Plan: repeat venous, iron studies (ferritin 11), county health dept referral for environmental investigation, no chelation below 45.

Anyone had success forcing an LLC landlord to remediate? Our social worker ([[HCP:Denise]]) says the health dept's order is "a piece of paper" without enforcement. The family can't afford to move. Kid goes to [[FAC:Little Blessings Daycare]] and they'll need testing too.""",
]

FREE_NOTES: list[str] = [
    # pc16-053  thread: Graves vs Hashitoxicosis (member shares the eponym)
    """\
Thyroid question for the endo people. 34F, 8 weeks postpartum, palpitations, weight loss, fine tremor. TSH < 0.01, FT4 38 pmol/L, FT3 9.1. No eye signs, no bruit. TRAb negative, TPO strongly positive. Uptake scan (Tc-99m) low.

So painless postpartum thyroiditis rather than Graves, yes? I started propranolol 10 mg TDS. Do I need to recheck TFTs in 4-6 weeks for the hypothyroid phase, and for how long do you follow these?

> Hannah Graves: yes, and before anyone makes the joke, I've heard it. Postpartum thyroiditis: beta-blocker only, no carbimazole (it won't work, there's no synthesis to block). TSH every 4-8 weeks for 6 months, then annually, because 20-40% end up permanently hypothyroid. Breastfeeding fine on propranolol.

> OP: thanks Hannah. Would you bother with a repeat TRAb?

> Hannah Graves: only if the picture changes, e.g. the toxicosis lasts beyond 3 months or she develops eye signs. Then think Graves, and Hashimoto's and Graves can coexist just to keep us humble.""",
    # pc16-054  teaching post: eponymous signs
    """\
Teaching pearl for the students on my firm, because they keep confusing these:

Chvostek: tap the facial nerve anterior to the tragus, ipsilateral twitch. Present in ~10-25% of normocalcaemic people, so low specificity.
Trousseau: BP cuff above systolic for 3 minutes, carpopedal spasm. Far more specific for hypocalcaemia.
Kussmaul breathing: deep, laboured, regular, in metabolic acidosis (DKA, uraemia, salicylates).
Cheyne-Stokes: crescendo-decrescendo with apnoeas, in heart failure, stroke, opioids.
Biot's: irregular clusters with apnoea, brainstem lesions.
Murphy's sign: arrest of inspiration on RUQ palpation. Sensitivity drops in the elderly, so a negative one in a 78-year-old means very little.
Rovsing, psoas and obturator: appendicitis adjuncts, none good enough to exclude it on their own. Use Alvarado or AIR score plus imaging.

Bonus: Courvoisier's law (palpable painless gallbladder + jaundice: probably not stones) isn't a law, it's a tendency. Don't let the name fool you.""",
    # pc16-055  place-named infections, Australian ID
    """\
Febrile returned traveller / locally acquired arbovirus question from a rural ED in Queensland. 41M, fever, polyarthralgia (wrists, ankles), maculopapular rash. Differential I'm working through:

- Ross River virus (most likely here in summer, serology IgM + IgG paired)
- Barmah Forest virus
- dengue (NS1 if within 5 days of onset)
- Murray Valley encephalitis and Kunjin if any neuro features (none)
- Japanese encephalitis, now that it's turned up in the south-east
- Q fever if he's near livestock (he's not)
- leptospirosis

Also asked about Hendra exposure because he mentioned horses, but that's an encephalitic/respiratory picture and he's got none of it.

The RACGP and Queensland Health fact sheets say most RRV is self-limiting over 3-6 months. Anyone using anything beyond NSAIDs and time? A rheum colleague wondered about a short steroid course but I've read that can prolong viraemia.""",
    # pc16-056  ECG eponyms thread, member
    """\
ECG of the week (no identifiers, it's from a teaching file). 52M, chest pain now resolved, ECG pain-free:

Biphasic T waves V2-V3, no Q waves, preserved R wave progression, troponin mildly up. That's Wellens type A. Critical proximal LAD until proven otherwise, do not stress test.

Compare with de Winter T waves (upsloping ST depression with tall symmetric T in precordial leads), which is a STEMI equivalent and needs the lab now. And in LBBB or paced rhythm use Smith-modified Sgarbossa (discordant ST/S ratio ≤ -0.25).

Quiz for the thread: what's the name for the ECG finding of a notched terminal QRS in hypothermia? Answers below.

> Tom Bell: Osborn (J) wave. And I'll add Brugada type 1 (coved ST elevation ≥ 2 mm V1-V2) to the must-not-miss list, especially with fever, which unmasks it.

> OP: Correct, Tom. Points to Ravenclaw.""",
    # pc16-057  coding question, US billing
    """\
Billing question, US folks. Outpatient visit for a patient with T2DM with hyperglycemia and stage 3a CKD, plus a 20-minute advance care planning discussion on the same day.

ICD-10: E11.65, E11.22, N18.31, Z71.89? And do I need to add Z79.4 for long-term insulin?
CPT: 99214 + 99497 (ACP, first 30 min, and I understand the time threshold is 16 minutes). Modifier 25 on the E/M?
LOINC for the A1c on the lab order is 4548-4; the eGFR is 98979-8 for the race-free CKD-EPI 2021 equation.

Our compliance person says 99497 with a 99214 is "a red flag". I've read the CMS MLN booklet and it seems fine as long as it's documented separately. Anyone been audited on this combo?""",
    # pc16-058  sepsis trials journal club
    """\
Journal club summary, ICU, this week: fluids in septic shock.

CLOVERS (N Engl J Med 2023;388:499-510): restrictive vs liberal fluid strategy in sepsis-induced hypotension, no difference in 90-day mortality.
CLASSIC (N Engl J Med 2022;386:2459-2470): restrictive IV fluid in ICU patients with septic shock, no difference either.
SMART and BaSICS on balanced crystalloid vs saline: small benefit / no difference depending on who you ask and which subgroup you believe.
ANDROMEDA-SHOCK: capillary refill time-targeted resuscitation was at least as good as lactate-targeted.

Practical takeaway from our fellows: give the first 30 mL/kg when indicated (Surviving Sepsis Campaign 2021 made it a "suggestion", not a recommendation), then use dynamic measures (PLR, pulse pressure variation) and stop when the patient isn't fluid responsive. Balanced crystalloid as default.

Anyone using the HYPRESS or APROCCHSS data to start hydrocortisone earlier than norad 0.25?""",
    # pc16-059  phone-typed, lower case, orthopaedic eponyms
    """\
lol on my phone between cases. for the kid w wrist pain after fofosh: if snuffbox tender and xray neg, treat as scaphoid and re-xray at 10-14d or mri if you have access. if its a distal radius in a 9yo its probably a torus/buckle, a removable splint is fine per the trial (FORCE). a salter-harris II distal radius is the usual one that needs a cast. if they've got elbow pain and a positive fat pad, assume supracondylar, check the anterior humeral line and gartland grade. dont forget the AIN (ok sign) and radial pulse.

and if its the forearm, check the elbow and wrist too so you dont miss a monteggia or galeazzi. thats the whole teaching tbh""",
    # pc16-060  pasted group chat, no identifiers, times only
    """\
Pasting our registrar group chat from last night (names stripped, it's us arguing about potassium):

[23:02] reg 1: K 2.6 in a DKA with glucose 31, pH 7.08. insulin now?
[23:03] reg 2: no. hold insulin till K > 3.3 per ADA / JBDS. replace first
[23:04] reg 1: JBDS says start 0.1 u/kg/h and add KCl 40 mmol/L if K < 3.5
[23:05] reg 2: jbds assumes K between 3.5 and 5.5 in the first bag... below 3.5 senior review
[23:06] reg 3: get a central line and run 20 mmol/h with cardiac monitoring, insulin after an hour
[23:14] reg 1: started KCl 20 mmol/h via CVC, insulin held. will recheck VBG in 1 h
[00:22] reg 1: K 3.4, insulin started at 0.05 u/kg/h. ph 7.12

Who's right? I think everyone's a bit right but the 2-hour delay made the consultant twitch in the morning.""",
    # pc16-061  tumour board general discussion, no patient
    """\
Not a case, a process question from our GI tumour board: how are people deciding on total neoadjuvant therapy for locally advanced rectal cancer now?

RAPIDO (short-course RT then chemo then TME) vs PRODIGE 23 (FOLFIRINOX then CRT then TME) vs OPRA-style organ preservation. And for dMMR tumours, the dostarlimab data (N Engl J Med 2022;386:2363-2376) make us want to test everyone for MMR/MSI before anything else.

Our rule now: MMR IHC + MSI PCR at diagnosis, MRI with MERCURY-style reporting (CRM, EMVI, tumour deposits), and if dMMR, refer for immunotherapy first. If pMMR and high risk (T4, N2, EMVI+, CRM threatened), TNT. Watch-and-wait only within an audited protocol.

@rstein_onc how does your centre handle the "wants to keep the rectum" conversation?

> @rstein_onc: honestly, with numbers: ~1 in 3 regrow in the first 2-3 years on W&W, most salvageable. We put it in writing and the follow-up schedule is non-negotiable.""",
    # pc16-062  Reddit-style: burnout, weekday/relative times
    """\
Vent post, feel free to scroll past.

Did 7 nights in a row, finished Sunday morning, then was rostered for clinic Monday at 8 because "the rota software doesn't count nights as days". Clinic had 22 booked, 4 interpreter appointments, 2 new cancers. Got home at 19:30 and my 6-year-old asked if I was "the night doctor or the day doctor today".

Going part-time from next month. 0.8 FTE. My consultant said "that's brave" which I took as a compliment.

Anyone else drop to 0.8 and actually get the day off, or does it just become a day of unpaid admin?""",
    # pc16-063  nephrology, KDIGO, genes, member
    """\
Genetic kidney disease testing thread. 38M with CKD G3bA3, eGFR 41, uPCR 180 mg/mmol, haematuria, family history of "kidney trouble" and deafness in his maternal uncles. Biopsy: thin GBM with lamellation. Suspect X-linked Alport.

Panel came back COL4A5 c.1871G>A (p.Gly624Asp), which is a recurrent variant often described as hypomorphic. Also a heterozygous APOL1 G1 allele, which in a single copy shouldn't matter much.

Plan per KDIGO 2024 CKD guideline: max ACEi, add an SGLT2 inhibitor (dapagliflozin 10 mg per DAPA-CKD), BP target < 120 systolic if tolerated. Audiology and ophthalmology (anterior lenticonus). Cascade testing for his sisters.

@gsandhu anything else you'd add? I'm thinking finerenone isn't indicated since he's not diabetic.

> @gsandhu: agree, finerenone data (FIDELIO/FIGARO) are all in T2DM. I'd add sparsentan trial eligibility if you have a site nearby, and make sure the sisters get proper counselling, heterozygous women with COL4A5 variants do get CKD, it's not "carrier only".""",
    # pc16-064  dictated-style discharge, no identifiers
    """\
This is the style of discharge summary I'm trying to get our residents to write. No identifiers, it's a template I made from a composite case.

Diagnosis: community-acquired pneumonia, CURB-65 score 2, complicated by delirium (CAM positive day 1, resolved day 3).
Key results: CRP 212 on admission, 38 at discharge. CXR right lower lobe consolidation. Legionella and pneumococcal urinary antigens negative. Blood cultures no growth at 5 days.
Treatment: IV ceftriaxone 2 g daily plus oral clarithromycin 500 mg BD, switched to oral amoxicillin day 3, total 5 days.
Medication changes: STOPPED zopiclone (delirium risk, falls). STARTED nil. DOSE CHANGE: furosemide reduced from 80 mg to 40 mg, eGFR 48 (baseline 52).
Follow-up for GP: CXR at 6 weeks to confirm resolution (he's a smoker, 64 years old). Review furosemide dose at 1 week.
Patient and family informed, written copy given.

Why does this work? Every medication change has a reason, and the GP knows exactly what to do and when.""",
    # pc16-065  Figure 1-style, derm eponyms
    """\
[Image: violaceous flat-topped polygonal papules on the flexor wrists with fine white lines]

Classic or not? 47F, 3 months itchy. Wickham's striae visible with dermoscopy, Koebner phenomenon along a scratch. Oral mucosa: reticular white lacy lesions on buccal mucosa.

Lichen planus, and given oral involvement I'm checking hepatitis C serology. Treatment: potent topical steroid (clobetasol 0.05%), oral dexamethasone mouthwash for the mouth.

Differentials the residents offered: lichenoid drug eruption (she's on amlodipine and a thiazide, both culprits), psoriasis (Auspitz sign negative), secondary syphilis (RPR pending), and Darier's (no).

Comments please. Also: the Köbner spelling with the umlaut is the original, change my mind.""",
    # pc16-066  Canadian provinces, drug coverage (no PHI)
    """\
Drug coverage question across provinces. Patient moving from Ontario to Nova Scotia on semaglutide (Ozempic) for T2DM, BMI 38. In Ontario it's on the ODB formulary as a limited use (LU) code for T2DM after metformin. In Nova Scotia I understand it's exception status via Pharmacare and needs a special authorization form.

Also: tirzepatide (Mounjaro) was approved by Health Canada for T2DM, still not publicly covered in most provinces as far as I know. For obesity alone, Wegovy and Zepbound are private-plan only everywhere.

Anyone in the Maritimes know the turnaround time for special authorization? Three months of out-of-pocket Ozempic is about $800.""",
    # pc16-067  sign-out, generic
    """\
How I teach verbal sign-out, using I-PASS, for the residents who join us in July:

I - Illness severity: stable / watcher / unstable.
P - Patient summary: one line. "68-year-old with decompensated HFrEF, diuresing, net -2 L."
A - Action list: to-dos with times. "Recheck K at 22:00, replace if < 4.0."
S - Situation awareness and contingency: "If SBP < 90, hold the 22:00 furosemide and call."
S - Synthesis by receiver: receiver repeats back the key actions.

Things that go wrong: the "watcher" who nobody calls a watcher; the action list with no times; the contingency that says "call me" but not "call me when".

There's a randomized trial behind it (N Engl J Med 2014;371:1803-1812), with a drop in preventable adverse events. Bonus: it takes less time than our old sign-out once people are used to it.""",
    # pc16-068  psych, eponyms and scales
    """\
Psych question from a GP. 72M, 6 months of progressive behavioural change: disinhibition, sweet food cravings, loss of empathy, compulsive counting. MoCA 24/30 (lost points on executive and verbal fluency only). MRI: bilateral frontal and anterior temporal atrophy, R > L.

bvFTD by Rascovsky criteria (possible -> probable with imaging). Differentials: late-onset bipolar, Alzheimer's frontal variant, C9orf72 expansion (family history of ALS?), and a frontal meningioma was excluded.

What I'm unsure about: genetic testing for C9orf72, MAPT, GRN. He has three children in their 40s. Who should do the counselling? And SSRIs or trazodone for the behaviour? Antipsychotics are on the table if it becomes dangerous but I'm wary.

Niamh?

> Niamh Doyle: genetics clinic for the testing, not primary care, because of the kids. Trazodone has the best (thin) evidence for behaviour in FTD. Avoid antipsychotics unless safety requires it, and involve the Alzheimer Society, they have FTD carer groups.""",
    # pc16-069  guideline URLs and AAA screening
    """\
For anyone asking about AAA screening across countries:

UK: NAAASP, single ultrasound scan for men in their 65th year. Details at https://www.gov.uk/guidance/abdominal-aortic-aneurysm-screening-programme-overview
US: USPSTF 2019, one-time ultrasound for men 65 to 75 who have ever smoked (Grade B), selective for men who never smoked (C), and women who never smoked: D.
Canada: Canadian Task Force recommends one-time screening in men 65 to 80.
Australia and NZ: no national programme.

Surveillance intervals (UK): 3.0-4.4 cm yearly, 4.5-5.4 cm every 3 months, refer at ≥ 5.5 cm or growth > 1 cm/year.

Also worth knowing: the SVS guideline (J Vasc Surg 2018;67:2-77) suggests a lower threshold (5.0 cm) for repair in women.""",
    # pc16-070  peds fever, rules with place names
    """\
Peds ED pearls from a recent teaching day:

- Febrile infants: the AAP 2021 guideline for well-appearing infants 8-60 days and the PECARN rule (UA, ANC, procalcitonin) both help avoid LPs in low-risk babies > 28 days.
- Minor head injury: PECARN vs CATCH vs CHALICE. In Canada we use CATCH2; in the UK NICE NG232 is built on CHALICE-derived criteria.
- Ankle: Ottawa ankle rules validated for children over 5.
- C-spine: NEXUS vs Canadian C-spine rule, neither well validated under 16; the PECARN cervical spine rule was published in Lancet Child Adolesc Health 2024.
- Bronchiolitis: high-flow only for those failing standard O2 (PARIS trial).

And please stop ordering CXR for every bronchiolitic.""",
    # pc16-071  thread: anticoagulation in AF, trial acronyms, member
    """\
Subclinical AF on a pacemaker: anticoagulate or not? 76F, CHA2DS2-VASc 4, device detects AHRE of up to 9 hours. No clinical AF.

ARTESIA (apixaban vs aspirin): reduced stroke, more major bleeding. NOAH-AFNET 6 (edoxaban vs placebo): no significant benefit, more bleeding, stopped early. Meta-analysis says roughly 1 stroke prevented vs 1 major bleed caused per 100 patient-years.

My inclination: anticoagulate if AHRE > 24 h or high CHA2DS2-VASc and low bleeding risk (HAS-BLED ≤ 2). This lady is HAS-BLED 1.

@hwpark what does your EP group do?

> @hwpark: shared decision using exactly those numbers. We lean anticoagulate if episodes > 24 h or prior stroke. For 9 hours, CHA2DS2-VASc 4, no bleeding history, I'd offer apixaban 5 mg BD and respect a no.""",
    # pc16-072  neurology eponyms, Guillain-Barré vs Miller Fisher
    """\
Neuro question. 29M, 10 days after a diarrhoeal illness: ophthalmoplegia, ataxia, areflexia. Limbs strong. CSF protein 0.9, cells 2 (albuminocytological dissociation). Anti-GQ1b positive.

Miller Fisher syndrome, overlapping with GBS. Campylobacter jejuni likely trigger (stool PCR pending).

Most resolve without treatment. But with overlap and any limb weakness, IVIg 2 g/kg over 5 days. Monitor FVC (20/30/40 rule: FVC < 20 mL/kg, MIP < 30 cmH2O, MEP < 40 cmH2O means ICU).

Also considered: Bickerstaff brainstem encephalitis (he's alert, so no), botulism (no descending weakness or autonomic features), Wernicke (no alcohol history, but we gave thiamine anyway).

Anyone still using the EGRIS score to predict ventilation?""",
    # pc16-073  Sermo-style poll, no PHI
    """\
POLL: When do you start statins in adults over 75 with no ASCVD?

A) Always if LDL > 3.0 mmol/L / 116 mg/dL
B) Shared decision, using risk calculators (QRISK3, PREVENT)
C) Only with diabetes
D) Not without trial evidence (waiting for STAREE and PREVENTABLE)

Current: A 12%, B 64%, C 9%, D 15%.

My take: B, but honest about the uncertainty. QRISK3 will call nearly every 80-year-old "high risk" on age alone. The 2023 ESC guidelines leave room for judgment. Pill burden and life expectancy matter more than the calculator.""",
    # pc16-074  ID, place-named viruses and diseases
    """\
Returned traveller from West Africa, 5 days post-return, fever 39.2, headache, myalgia, no bleeding. Travelled for 3 weeks for a family wedding, rural areas, no funerals, no bushmeat, no sick contacts.

Our VHF risk assessment (UK ACDP algorithm): "low possibility" category since no exposure to Lassa/Ebola/Marburg risk factors and a malaria film is quickest. Thick and thin film: Plasmodium falciparum 2.8% parasitaemia. No severe criteria.

Artemether-lumefantrine (Riamet) 4 tabs BD for 3 days with fatty food. Repeat films day 3 and 7.

Reminder for everyone: malaria kills in the UK every year because someone assumed it was flu. Ask about travel. And the Lassa questions in the algorithm aren't there to frighten people, they're there so we can stop worrying once malaria's proven.""",
    # pc16-075  phone-typed reply, lowercase, hospital medicine, member
    """\
@maricel.dizon re your post about hyponatremia - we use the 6-8 rule too. correct no more than 8 mmol/L (mEq) in 24h in high risk (alcohol, malnutrition, hypoK, liver dz) and if overcorrecting, D5W + desmopressin 2 mcg iv to reclamp. we did a "DDAVP clamp" last wk for a beer potomania pt, na 108 -> 114 over 24h, fine. the SALSA trial said rapid intermittent bolus was fine but most ppl i know still do slow.

also dont forget to check urine osm, urine na, tsh, cortisol before you give anything if the pt is stable. sorry typos, on the bus""",
    # pc16-076  surgery M&M without identifiers
    """\
M&M case summary, no identifiers (it's been through our governance): delayed recognition of anastomotic leak after anterior resection.

Timeline (relative): POD 3 tachycardia 104 and new confusion, CRP 260. Attributed to "post-op AF" and delirium. POD 5 CRP 330, peritonitic. CT: leak, free fluid. Return to theatre, Hartmann's takedown of the anastomosis. ICU 9 days. Survived.

Learning points: (1) CRP > 150 on POD 3 has good negative predictive value but a high one needs a CT, not reassurance; (2) new AF after colorectal surgery is a leak until proven otherwise; (3) the Clavien-Dindo grade was IVa, and the NELA audit lets us benchmark.

A registrar asked: "Would a defunctioning loop ileostomy have changed it?" Probably not the leak rate, but the consequences, yes.""",
    # pc16-077  gene variants and pharmacogenomics
    """\
Pharmacogenomics question from a cardiologist who dabbles. Post-PCI patient, CYP2C19 *2/*2 poor metaboliser on a panel she got privately. On clopidogrel.

CPIC guideline says avoid clopidogrel in poor metabolisers, use prasugrel or ticagrelor if no contraindication. She's 71, 58 kg, so prasugrel needs the 5 mg dose (age ≥ 75 or weight < 60 kg). Ticagrelor 90 mg BD probably simpler.

Also on the panel: SLCO1B1 *5 heterozygous (myopathy risk with simvastatin, so we'll keep her on rosuvastatin), HLA-B*58:01 negative (useful if she ever needs allopurinol), and VKORC1 -1639G>A AA (warfarin sensitive, not relevant now).

Who pays for these panels and do you act on them? In our health system nobody orders them but patients bring them in.""",
    # pc16-078  NZ PHARMAC, bpac, member
    """\
Question from a GP in Aotearoa: empagliflozin is funded by Pharmac with special authority for T2DM with high CV/renal risk. For HFrEF without diabetes, is it funded yet? Checked https://schedule.pharmac.govt.nz but the criteria confuse me.

bpac nz had a good summary last year. In the meantime I'm using dapagliflozin samples from a rep, which isn't sustainable.

Isla, do you know?

> Isla McKenzie: last I checked, empagliflozin SA criteria for HF were widened, but double-check the latest schedule, it changes on the first of each month. The bpac article is at https://bpac.org.nz and they update the SA details.""",
    # pc16-079  haematology look-alikes: Christmas disease, Philadelphia
    """\
Haem teaching quiz, answers at the bottom:

1. Factor IX deficiency is also called...?
2. The t(9;22) translocation is called the ___ chromosome.
3. Bernard-Soulier vs Glanzmann: which lacks GPIb-IX-V?
4. Howell-Jolly bodies suggest...?
5. A 58-year-old with JAK2 V617F, Hb 190, splenomegaly: diagnosis?
6. A patient with bite cells and Heinz bodies after primaquine or nitrofurantoin: ___ deficiency.

Answers: 1. Christmas disease (haemophilia B). 2. Philadelphia. 3. Bernard-Soulier. 4. Asplenia / hyposplenism. 5. Polycythaemia vera (WHO 2022 / ICC criteria). 6. G6PD.

Also, the Auer rods in AML and the Reed-Sternberg cells in Hodgkin are still the images every exam picks.""",
    # pc16-080  rural GP thread, no identifiers, member
    """\
Rural GP question: how many of you still do your own minor ops? I do skin excisions, IUD insertions, ingrown toenails (Winograd/wedge resection with phenol) and joint injections in a single-doctor practice two hours from the nearest hospital. The new practice manager wants to stop because "the insurer doesn't like it".

Our medical defence organisation says it's fine as long as I've documented training and audit. I keep a log: 412 excisions in the past 5 years, 3 infections, 1 re-excision for margin.

@dr.mcgregor_rural what does your practice do?

> @dr.mcgregor_rural: we do the same and the audit is the key. Patients would otherwise drive 4 hours round-trip for a 20-minute procedure. Don't stop.""",
    # pc16-081  pasted chat, no identifiers, oncology
    """\
Pasted from our onc fellows' group, times only, names removed:

08:12 - anyone seen pembro-induced myocarditis? troponin 1,200 on cycle 2, ECG with new RBBB
08:15 - yes. stop IO, admit to cardiac monitoring, methylpred 1 g daily x3. check CK and look for myositis / myasthenia overlap (the "triple M")
08:16 - echo normal. CMR?
08:17 - CMR yes but don't wait for it to treat. we added abatacept last time when trop didn't fall (per the case series)
08:30 - ok thanks. will ping cardio-onc
08:41 - ESC 2022 cardio-onc guideline has a flowchart, p. 4290 something
09:02 - she's admitted. trop 1,450. starting steroids

Posting to say: the "triple M" is real. Check CK and ask about ptosis and dysphagia in anyone with IO myocarditis.""",
    # pc16-082  board-style question
    """\
Board-style question for the residents:

A 67-year-old man has progressive exertional dyspnoea. Exam: slow-rising pulse, soft S2, ejection systolic murmur radiating to the carotids. Echo: aortic valve area 0.8 cm2, mean gradient 28 mmHg, EF 30%. What next?

A) TAVI
B) Dobutamine stress echo
C) CT calcium score of the aortic valve
D) Repeat echo in 6 months

Answer: B. Low-flow low-gradient AS with reduced EF: dobutamine distinguishes true severe from pseudo-severe and assesses flow reserve. C (calcium score) is the answer when EF is preserved (paradoxical LFLG).

Heyde syndrome (AS with GI angiodysplasia bleeding, acquired von Willebrand) is a common add-on question.""",
    # pc16-083  Reddit-style: ICU family meeting approach, no PHI
    """\
Trying to get better at family meetings in the ICU. What I currently do:

1. Meet before the meeting (nurse, SW, whoever knows the family).
2. Ask what they understand. Listen.
3. Warning shot ("I'm afraid I have some serious news").
4. Say the thing in one sentence. Then stop talking.
5. Respond to emotion before information (NURSE statements).
6. Recommend, don't give a menu.

Where I'm still bad: when the family says "she's a fighter" and I hear myself listing ventilator settings. Any tips?

Books people have recommended: Mortality, Being Mortal, When Breath Becomes Air. Any less well-known ones?""",
    # pc16-084  hepatology: criteria named after places, member
    """\
Hepatology pearls:

- Milan criteria for HCC transplant: one lesion ≤ 5 cm, or up to 3 lesions each ≤ 3 cm, no vascular invasion. UCSF criteria expand it a bit.
- Barcelona Clinic Liver Cancer (BCLC) staging drives treatment; the 2022 update added a personalized approach.
- Baveno VII (2021): non-invasive CSPH with LSM ≥ 25 kPa; carvedilol rather than banding for primary prophylaxis in CSPH.
- West Haven criteria for hepatic encephalopathy grading.
- King's College criteria for paracetamol-induced acute liver failure.
- Maddrey discriminant function ≥ 32 and Lille at day 7 for alcohol-associated hepatitis.

@chidi_eze asked about renal dosing of terlipressin in HRS-AKI: no adjustment, but watch for respiratory failure (CONFIRM trial), and avoid if SpO2 < 90% or ACLF grade 3.

> @chidi_eze: thanks, that matches what our hepatologists said. The CONFIRM respiratory signal scared us off for anyone overloaded.""",
    # pc16-085  DOIs and citations: SGLT2 in HF
    """\
Quick literature list for the "SGLT2i in HF" teaching I gave:

- DAPA-HF. N Engl J Med 2019;381:1995-2008.
- EMPEROR-Reduced. N Engl J Med 2020;383:1413-1424.
- EMPEROR-Preserved and DELIVER for HFpEF (both positive for the composite, driven by HF hospitalisation).
- SOLOIST-WHF (sotagliflozin, started before discharge).
- EMPULSE: starting empagliflozin in hospital for acute HF is safe and beneficial.

A couple of readers asked for DOIs; the journal page gives them, e.g. doi:10.1056/NEJMoa1911303 for DAPA-HF. The ESC 2023 focused update made SGLT2i class I across the EF spectrum.

Side effects to warn about: genital mycotic infection, euglycaemic DKA (hold 3 days before surgery), volume depletion in the first weeks.""",
    # pc16-086  phone-typed, lower case, trauma rules
    """\
sorry for the lowercase, one-handed with a coffee. re the c-spine question: canadian c-spine rule if gcs 15 and stable, age 65+ is high risk, dangerous mechanism is high risk, paraesthesia is high risk. if low risk and can rotate 45 deg L and R, no imaging. NEXUS is fine too but less sensitive. in kids under 16 neither is great, use clinical judgement or PECARN. in the elderly do a CT because theyre all "dangerous mechanism" from standing height w osteoporosis.

the ottawa SAH rule is the other one people forget - 100% sensitive in the derivation study, not very specific.""",
    # pc16-087  obstetric look-alikes, scores, member
    """\
Obstetric question, induction at 41 weeks. Bishop score 3. Options: prostaglandin (dinoprostone pessary or misoprostol 25 mcg oral) vs Foley balloon.

INDEX and ARRIVE are the big trials on timing. For method, the PROBAAT trials suggest Foley is similar in vaginal delivery rate with less hyperstimulation, and outpatient balloon is fine for low-risk women.

Also relevant: Robson classification for CS audit, and the Edinburgh Postnatal Depression Scale at 6 weeks.

Isla, do you lot in NZ do outpatient balloon for primips?

> Isla McKenzie: yes, for low-risk women with good transport. The big thing is the phone call the next morning. And I'd avoid misoprostol if she has any scar.""",
    # pc16-088  radiology look-alikes
    """\
Radiology classification cheat sheet, since the interns asked:

- Bosniak (renal cysts), 2019 update: I, II, IIF, III, IV.
- LI-RADS v2018 for liver lesions in at-risk patients: LR-1 to LR-5, LR-M, LR-TIV.
- TI-RADS (ACR): TR1 to TR5, FNA thresholds depend on size.
- BI-RADS 0-6 for breast.
- Fleischner 2017 for incidental lung nodules: < 6 mm solid, low risk, no follow-up.
- Lung-RADS for screening CT.
- PI-RADS v2.1 for prostate MRI.
- O-RADS for adnexal lesions.

And the one no one remembers: the Hounsfield unit threshold for adrenal adenoma on non-contrast CT is < 10 HU.""",
    # pc16-089  EM thread, PE rules, member
    """\
Chest pain case discussion, no identifiers. 41F, pleuritic pain, HR 96, SpO2 97%, no leg swelling, on the OCP.

Wells for PE: 1.5 (HR > 100? no, 96; so actually 0 for HR) + alternative diagnosis less likely (3) = 3.0, "PE unlikely" in the two-level model (≤ 4). PERC fails because she's on oestrogen. So D-dimer, age-adjusted if > 50 (not relevant here). YEARS algorithm would also use D-dimer with a 1,000 ng/mL cut-off if no YEARS items.

D-dimer 420. PE excluded.

@dferreira_em do you use YEARS or Wells/PERC in your ED?

> @dferreira_em: YEARS for pregnant patients (the PREGNANCY-adapted YEARS), Wells/PERC otherwise. And please document why you didn't CT, it's the thing that gets reviewed.""",
    # pc16-090  dermatology / Kaposi, HIV, drugs
    """\
HIV and skin teaching. Violaceous plaques on the lower legs in a man with CD4 85 and viral load 210,000 copies/mL: Kaposi sarcoma (HHV-8) until biopsy says otherwise. Differentials: bacillary angiomatosis (Bartonella, responds to doxycycline), pyogenic granuloma, and angiosarcoma.

Start ART promptly (bictegravir/emtricitabine/TAF, Biktarvy, is our default), but watch for KS-IRIS. Chemo (liposomal doxorubicin or paclitaxel) for widespread or visceral disease.

The HLA-B*57:01 test matters only if abacavir is on the table. And check for Castleman's disease (also HHV-8) if he has fevers and nodes.""",
    # pc16-091  guidelines across countries, hypertension
    """\
Hypertension targets, because they differ by country and people keep asking:

- NICE NG136 (UK): < 140/90 clinic (< 135/85 home) under 80; < 150/90 over 80.
- ACC/AHA 2017 (US): < 130/80 for most.
- ESC/ESH 2023: 120-129 systolic for most if tolerated.
- Hypertension Canada 2020: < 120 systolic in high-risk patients (SPRINT-like) with unattended AOBP.
- Australia (Heart Foundation 2016): < 120 in high-risk, if tolerated.

The SPRINT trial (N Engl J Med 2015;373:2103-2116) drove most of the lower targets. For older frail patients, the STEP trial (Chinese patients 60-80) also supported 110-130.""",
    # pc16-092  pasted chat, anaesthetics, no PHI, member
    """\
From our anaesthetic trainees' chat, times only:

[07:31] anyone know the difficult airway society guideline for unanticipated difficult intubation in adults? the one with plan A/B/C/D
[07:32] DAS 2015. plan A: facemask + tracheal intubation (max 3+1 attempts). plan B: SGA (2nd gen). plan C: facemask oxygenation. plan D: front-of-neck access (scalpel-bougie-tube)
[07:34] and the vortex approach is the Australian one, very similar concept
[07:40] also the 2018 obstetric one (OAA/DAS)
[07:41] thanks!

Posting because Tomasz asked in the other thread whether junior trainees know FONA. Mine did. Good.

> Tomasz Wróbel: That's heartening. Now make them do it on a pig larynx once a year.""",
    # pc16-093  gastro, Rome IV, Chicago, Lyon
    """\
GI motility primer:

- Rome IV for functional GI disorders (IBS: recurrent abdominal pain ≥ 1 day/week over 3 months with ≥ 2 of: related to defecation, change in frequency, change in form). Bristol stool chart types 1-2 for IBS-C, 6-7 for IBS-D.
- Chicago Classification v4.0 for HRM (achalasia types I-III, EGJ outflow obstruction, absent contractility).
- Lyon Consensus 2.0 for GERD: AET > 6% conclusive, < 4% normal.
- Los Angeles classification for erosive oesophagitis (A-D).
- Montreal classification for Crohn's (age, location, behaviour) and UC extent.
- Paris classification for paediatric IBD.

And a reminder that Zenker's, Boerhaave and Mallory-Weiss are all oesophageal, all eponymous, and all on the exam.""",
    # pc16-094  weekday/relative time, geriatrics question, no members
    """\
Geriatrics question: how do you decide when to stop bisphosphonates? 84F, on alendronate for 7 years, no fracture on treatment, T-score hip -2.1, FRAX 10-year hip fracture risk 4.2%.

My plan: drug holiday for 2-3 years, recheck DXA in 2 years, restart if a fracture or a significant BMD drop. FLEX and HORIZON extension data support a holiday in lower-risk women.

If she were high risk, I'd switch to denosumab... but then you can never stop denosumab without a bridge to zoledronate because of rebound vertebral fractures.

She asked if she can stop "that Sunday tablet". I said yes, for now. She's delighted.""",
    # pc16-095  paediatric genetics
    """\
Paediatric genetics: newborn screening flagged a CFTR result. Sweat chloride 42 mmol/L (intermediate), genotype F508del / R117H-7T.

So CRMS/CFSPID (CF screen positive, inconclusive diagnosis). Most stay healthy, a minority develop CF. Follow per the ECFS / CF Foundation guidance: annual review, repeat sweat test at 6 months and school age, respiratory cultures if symptomatic.

Parents are asking about ivacaftor / elexacaftor-tezacaftor-ivacaftor (Trikafta / Kaftrio). Not indicated now.

Anyone tell parents the "R117H" detail or just "an intermediate result"? The internet is terrifying about this.""",
    # pc16-096  closing thread, member, weekday/relative times, no PHI
    """\
Thank-you post. Last week I asked for advice on a difficult goals-of-care conversation with a family (no details, it's done). Kwame, Siobhán and @priyasharma_icu gave me the words, literally, in the comments. I used "I wish we had a treatment that could fix this" and the family's shoulders dropped.

The patient died on the weekend, comfortably, with family present. The nurse said it was "a good one".

That's all. This network is the best thing about medicine for me right now. See you in the Thursday journal club.""",
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc16-001": [{"name": "Chidi Eze", "handle": "@chidi_eze"}, {"name": "Maricel Dizon"}],
    "pc16-002": [{"name": "Kwame Asante"}],
    "pc16-008": [{"name": "Aroha Ngata", "handle": "@aroha.ngata"}],
    "pc16-009": [{"name": "Niamh Doyle"}],
    "pc16-011": [{"name": "Mei Lin Chua", "handle": "@skinmd_nz"}],
    "pc16-013": [{"name": "Ben Whitehorse"}],
    "pc16-014": [{"name": "Amina Warsame", "handle": "@dr.amina.w"}],
    "pc16-016": [{"name": "Gurpreet Sandhu", "handle": "@gsandhu"}],
    "pc16-019": [{"name": "Diego Ferreira"}],
    "pc16-021": [{"name": "Hyun-woo Park", "handle": "@hwpark"}],
    "pc16-026": [{"name": "Liam O'Rourke", "handle": "@liamor"}],
    "pc16-033": [{"name": "Thanh Nguyen"}],
    "pc16-038": [{"name": "Liam O'Rourke", "handle": "@liamor"}],
    "pc16-042": [{"name": "Aroha Ngata", "handle": "@aroha.ngata"}],
    "pc16-044": [{"name": "Ewa Kowalczyk"}],
    "pc16-046": [{"name": "Liam O'Rourke", "handle": "@liamor"}],
    "pc16-049": [{"name": "Siobhán Brennan"}],
    "pc16-050": [{"name": "Rachel Stein"}],
    "pc16-053": [{"name": "Hannah Graves"}],
    "pc16-056": [{"name": "Tom Bell"}],
    "pc16-061": [{"name": "Rachel Stein", "handle": "@rstein_onc"}],
    "pc16-063": [{"name": "Gurpreet Sandhu", "handle": "@gsandhu"}],
    "pc16-068": [{"name": "Niamh Doyle"}],
    "pc16-071": [{"name": "Hyun-woo Park", "handle": "@hwpark"}],
    "pc16-075": [{"name": "Maricel Dizon", "handle": "@maricel.dizon"}],
    "pc16-078": [{"name": "Isla McKenzie"}],
    "pc16-080": [{"name": "Ruairi McGregor", "handle": "@dr.mcgregor_rural"}],
    "pc16-084": [{"name": "Chidi Eze", "handle": "@chidi_eze"}],
    "pc16-087": [{"name": "Isla McKenzie"}],
    "pc16-089": [{"name": "Diego Ferreira", "handle": "@dferreira_em"}],
    "pc16-092": [{"name": "Tomasz Wróbel"}],
    "pc16-096": [
        {"name": "Kwame Asante"},
        {"name": "Siobhán Brennan"},
        {"name": "Priya Sharma", "handle": "@priyasharma_icu"},
    ],
}

build, render, main = first_set.blind_set(
    "pc16", Path(__file__).with_name("physician_cases_16.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
