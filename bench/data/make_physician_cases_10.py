# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_10.jsonl``: blind test set 10 of invented physician posts.

Written by a helper session, blind: without reading the detector, its tests, the other
sets or their results; only the TAGS, the parser and the build helpers of
``make_physician_cases.py`` were read. Every patient, relative, clinician, place, number
and address is invented (US phones 555-01xx, Australian mobiles 0491 570 xxx and
landlines (0x) 5550 xxxx, NZ numbers 0xx 555 01xx, documentation IP ranges, made-up email
domains). The set leans towards hospital work in the US, Canada, Australia and New
Zealand: sign-out and handover lists, consults, ICU/ED threads, medication
reconciliation, discharge planning, ethics, trauma and burns, retrieval and flying
doctor runs, First Nations and Indigenous health, aged care and psychiatric holds.

Conventions beyond the README:
- Police officers, employers' safety officers, caravan-park managers and other
  non-clinical third parties named in connection with the patient are REL; case
  managers, support coordinators, child-protection workers, paramedics, peer workers,
  rig and site medics who looked after the patient are HCP.
- Provincial and national health numbers (OHIP, RAMQ, BC PHN, Medicare, NDIS, DVA) are
  PLAN; NHI and hospital UR/HRN numbers are MRN; IHI, status card, inmate, employee,
  badge, child-protection and coroner's case numbers are ID; Canadian SIN is SSN; ACC,
  WorkCover, hospital billing and taxi accounts are ACCT.
- A farm or station the patient works for is FAC; a named property the patient lives
  on is PLACE; a caravan-park site or hotel room number goes with its street span.
- Kinship words used as titles (Lola, Ate, kokum, Aunty, moko, Brother) stay outside
  the span, as do "Dr", "Mr", "Cst.", "Sgt", "Officer", "pastor".

    python bench/data/make_physician_cases_10.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 ICU night sign-out list, US
    """ICU night sign-out [[DATE:11/14]], pod B (covering for the fellow)
- Bed 4: [[PT:Delgado, Rafael]] 67M, MRN [[MRN:40217735]]. ARDS from flu A, proned 16 h, P/F 92 -> 141. Wife [[REL:Inés]] calls about q2h; her cell is on the whiteboard but also [[PHONE:(312) 555-0146]]. Full code.
- Bed 6: [[PT:Okafor]], 54F, post-arrest day 2, TTM 36 finished, NSE pending. Neuro (Dr [[HCP:Weisz]]) re-examines at 72 h off sedation, do NOT prognosticate to family before then.
- Bed 7: [[PT:Marjorie Tull]], [[AGE:92]], from [[FAC:Cedar Hollow Assisted Living]]. Urosepsis, norepi 0.04 and falling. DNR/DNI per POLST.
- Bed 9: "[[PT:Buck]]" [[PT:Hanley]], EtOH withdrawal, phenobarb load given 1900, CIWA meaningless now, use RASS.
To do: bed 6 EEG read, bed 4 sputum cx. Pager [[PAGER:4471]] till 0700.""",
    # 2 flying doctor retrieval from a cattle station
    """RFDS tasking, 0340. [[PT:Colin Brandt]], 41M, ringer at [[FAC:Mulga Downs Station]], roughly 180 km NW of [[TOWN:Cloncurry]]. Rolled a quad mustering, ?open book pelvis, BP 88/50 when the station cook took it. Station manager [[REL:Sharon Pyke]] is on the sat phone, [[PHONE:0491 570 134]]; she'll light the strip with flares (last graded [[DATE:2 Feb]]). Crew: FN [[HCP:Tegan Marsh]] and me. Plan: binder, 2 units O neg on board, TXA, straight to [[FAC:Townsville University Hospital]]. His Medicare card was in the ute: [[PLAN:2953 48170 1]]. ETA back 0720.
Anyone in the retrieval group had a pelvic binder ride up on a long leg in the King Air? Ours did last time.""",
    # 3 NZ ED handover
    """ED handover 0730, cubicle 12: [[PT:Tāne Rāwiri]], 34M, NHI [[MRN:ZKP4471]]. Scaffolder, fell ~4 m on the [[FAC:Quay Park]] job yesterday arvo. L calcaneal # and L1 wedge, neuro intact, ortho reg aware, TLSO ordered. Partner [[REL:Aroha]] has the kids, ring her on [[PHONE:021 555 0187]] when he goes to theatre. Lives in [[PLACE:Ōtara]], house is all stairs, so OT please. ACC claim [[ACCT:10082736415]] lodged by triage. No analgesia since 0500, now charted.
— [[HCP:Sapna Iyer]], ED reg""",
    # 4 Ontario Form 1
    """Form 1 signed 0215 for [[PT:Jordan Kasprzak]] (DOB [[DATE:1998-07-19]]). Brought in by [[TOWN:Thunder Bay]] police, Cst. [[REL:Megan Ouellet]] (badge [[ID:2217]]), after a passer-by saw him sitting on the railing of the bridge by [[STREET:Memorial Ave]]. Command AH telling him to jump; off paliperidone since around [[DATE:Labour Day]]. OHIP [[PLAN:5584-201-337-KT]]. Mother [[REL:Denise Kasprzak]] is SDM, [[PHONE:807-555-0119]]. His ACT worker [[HCP:Rob Kenny]] at [[FAC:Northern Lights ACT Team]] knows him well, call in the morning. q15 obs, no belt or laces.""",
    # 5 burns admission, abattoir worker
    """Burns unit admission, day 0. [[PT:Hamid Rahimi]], 29M, boner at [[FAC:Carrick Valley Abattoir]] outside [[TOWN:Naracoorte]]; a steam hose blew during washdown. 18% TBSA partial thickness (anterior chest, both forearms), no inhalational features, nothing circumferential. Parkland: 4 x 74 kg x 18 = 5.3 L over 24 h, half in the first 8 h from time of burn (0615), not from arrival. The employer's WHS officer [[REL:Trent Doolan]] rang ([[PHONE:0491 570 158]]); WorkCover claim [[ACCT:WC-7734021]]. Dari interpreter booked for 1400 — brother [[REL:Javed]] is interpreting informally until then, which I'd rather he didn't. Photos under UR [[MRN:3391827]] in the burns folder.""",
    # 6 ethics consult, aged care, AHD vs EPOA
    """Ethics consult request (posting here first because the service only runs weekdays).
[[PT:Elsie Muldoon]], [[AGE:94]], permanent resident at [[FAC:Banksia Grove Aged Care]] in [[TOWN:Toowoomba]], admitted with aspiration pneumonia, now dysphagic on SLP review. Her Advance Health Directive, witnessed [[DATE:12/06/2019]], refuses tube feeding in writing. Son [[REL:Kevin]], her EPOA for health matters, now wants a PEG "because she'd want to see the new baby". Daughter [[REL:Lorraine Atherton]] says Mum would be horrified. Her long-standing GP, Dr [[HCP:Fairweather]], documented capacity when the AHD was made.
My reading is that a valid AHD binds us and the EPOA can't override it, but I'd value a second view. @nadia.coulter you ran the AHD session at grand rounds, am I missing anything?

> @nadia.coulter: You're not missing much. Under the Queensland legislation a valid AHD that directly addresses the situation operates as her decision, and an attorney can't make a decision inconsistent with it. The two questions that matter are (1) was it valid when made — your note about the GP's capacity assessment answers that — and (2) does it actually cover this situation. If it says "artificial nutrition" and she's now facing a PEG for dysphagia after pneumonia, I'd say yes. The "new baby" argument is understandable but it's about what [[REL:Kevin]] wants, not what she said. I'd document the AHD, the capacity note and the family conversation carefully, and involve the Office of the Public Guardian only if he escalates.

Update, two days later: we had the family meeting in the ward's quiet room. [[REL:Kevin]] came with his wife [[REL:Janelle]] and the great-grandchild in a pram, which helped more than anything I said. [[REL:Lorraine]] read out the letter her mother wrote when she made the directive. [[PT:Elsie]] herself was drowsy but squeezed [[REL:Kevin]]'s hand and said "no tubes, love". We're going with careful hand feeding for comfort, SLP has written a risk feeding plan, and the rest home has agreed to take her back on Monday with the palliative care team from [[FAC:Darling Downs Hospice]] in-reaching. Thanks Nadia, and thanks to everyone who messaged privately.""",
    # 7 First Nations medevac, preterm labour
    """Medevac request from the nursing station at [[PLACE:Sandy Narrows First Nation]]. [[PT:Delphine Keesick]], 23F, G2P1 at 31+2, contractions q5min since 0300, cervix 3 cm per the nurse in charge, [[HCP:Bernadette Fiddler]]. Nifedipine given, first betamethasone at 0540. Her kokum [[REL:Agnes Keesick]] will escort; she needs Oji-Cree interpretation. Status card [[ID:6120034819]] for the NIHB travel form. Receiving: [[FAC:Lakehead Regional Perinatal Centre]] NICU has a cot. Station phone [[PHONE:(807) 555-0162]] — it's the only line, so keep calls short. Weather window closes around noon.""",
    # 8 medication reconciliation, Australia
    """Med rec, bed 22, [[PT:Stavros Papadakis]] 78M. Community pharmacy is [[FAC:Edwardes Lake Pharmacy]] ([[PHONE:(03) 5550 4172]]); pharmacist [[HCP:Huong Tran]] faxed the Webster list:
- Coversyl 5 mg mane
- Lasix 40 mg mane (was 20 until the HF admission in [[DATE:March]])
- Lipitor 40 nocte
- Xarelto 15 mg
- Endone 5 mg prn, 20 tabs in the last 28 days
- Movicol 1 sachet daily
Son [[REL:Nick]] fills the pack each Sunday and says Dad stopped the Coversyl himself. IHI [[ID:8003 6012 3456 7890]], Medicare [[PLAN:4127 65309 2]] ref 1, DVA white card [[PLAN:VX184532]].
Question for the pharmacy folks: rivaroxaban 15 vs 20 when CrCl is 38 by C-G on actual weight (96 kg) but 31 on ideal?""",
    # 9 social work discharge planning, group home
    """SW discharge planning note. [[PT:Brayden Whitfield]], 19M, moderate ID and ASD, lives at [[FAC:Acacia House]] (supported accommodation), [[STREET:14 Kookaburra Cres]], [[TOWN:Elizabeth Downs]] SA [[ZIP:5113]]. Admitted after a seizure with a scalp lac. The house can't take him back without 1:1 overnight until the new levetiracetam dose is settled. NDIS participant no. [[PLAN:431 998 207]]; support coordinator [[HCP:Jade Nguyen]] ([[PHONE:0491 570 110]]) is lodging a change of circumstances today. Mum [[REL:Kylie Whitfield]] visits evenings and is happy to stay the first night. EDD Friday.""",
    # 10 thread reply: e-scooter trauma
    """> @sam.okoye: anyone else seeing more e-scooter trauma since the rental scheme started?

Yes, constantly. Saturday night alone: [[PT:Dmitri Volkov]], 27M, open tib/fib after hitting a pothole at [[STREET:Broadway and 9th]]; the medic crew ([[HCP:Shawna Pruitt]] and her partner) photographed the scooter's unit number, [[DEVICE:LM-22871]], for the police report. And [[PT:Kiera]], 16, no helmet, 9 mm SDH, transferred to [[FAC:Front Range Children's Hospital]]. Her dad [[REL:Bryce]] told me she'd borrowed a friend's app account.
Sam, happy to co-write something for the city if you're pulling data.""",
    # 11 ALL CAPS discharge summary export
    """DISCHARGE SUMMARY
PATIENT: [[PT:HOLLOWAY, BEATRICE ANNE]]
DOB: [[DATE:03/02/1931]]   AGE: [[AGE:93]]
UR: [[MRN:00817263]]
ADMITTED: [[DATE:14/01/2025]]   DISCHARGED: [[DATE:29/01/2025]]
DESTINATION: [[FAC:ST HILDA'S RESIDENTIAL AGED CARE]], [[TOWN:BALLARAT]]
NOK: [[REL:GRAHAM HOLLOWAY]] (SON) [[PHONE:0491 570 192]]
GP: DR [[HCP:P. SRINIVASAN]], [[FAC:LAKE WENDOUREE MEDICAL CENTRE]]  FAX [[FAX:(03) 5550 9921]]
PRINCIPAL DX: L NOF FRACTURE (MECHANICAL FALL)
PROCEDURE: L HEMIARTHROPLASTY
COMPLICATIONS: POST-OP DELIRIUM (RESOLVED), HOSPITAL-ACQUIRED PNEUMONIA
WEIGHT BEARING: WBAT WITH 4WW
FOLLOW-UP: ORTHO CLINIC 6/52, STAPLES OUT D14 AT RACF
Sorry for the caps, it's how our template exports. My question is whether anyone continues denosumab at [[AGE:93]] with an eGFR of 24 — her [[YEAR:2023]] DXA T-score was -3.4.""",
    # 12 all lower case, typed on a phone, NZ
    """quick q from rural gen med - mrs [[PT:tupou]] 81f from [[TOWN:kaitaia]], tongan speaking, grandson [[REL:sione]] interprets. ckd4, egfr drifted 22 -> 16 over 6 mo, k 6.1 today. she says no to dialysis and so does the family, pastor [[REL:viliami]] from her [[FAC:wesleyan church]] came in for the family mtg. nhi [[MRN:zzb2417]] if anyone from [[FAC:whangarei hospital]] renal can eyeball the trend. mainly want to know if i keep pushing the resonium or just go conservative. thx [[HCP:mel]]""",
    # 13 complex discharge conference, Markdown table
    """Weekly complex discharge conference, 5 West

| Pt | MRN | Barrier | Owner |
|---|---|---|---|
| [[PT:Alvarez, Luz]] | [[MRN:60033127]] | needs SNF, Medicaid pending | CM [[HCP:Tricia Boone]] |
| [[PT:Greer, Harold]] | [[MRN:60041982]] | [[AGE:97]], wife ([[REL:June]]) can't manage transfers | SW |
| [[PT:Ng, Kwok-Wai]] | [[MRN:59980214]] | Cantonese only, no PCP, uninsured | CM |
| [[PT:Pettigrew, Dale]] | [[MRN:60050776]] | shelter at [[FAC:Lighthouse Mission]] won't take a PICC | ID / CM |

Action: ask ID (@farid.haddad) whether [[PT:Dale]] can step down to oral linezolid; if yes he goes back to the [[FAC:Mission]] tomorrow.""",
    # 14 pasted care-team chat with timestamps
    """Pasting our overnight chat because I'd like views on the decision (team names left in, it's internal):
[22:41] [[HCP:Liang Wei]]: bed 3 Mr [[PT:Abernathy]] lactate back 4.6, MAP 58 after 2 L
[22:43] [[HCP:Cormac Doyle]]: start norad peripherally, coming now
[22:47] [[HCP:Liang Wei]]: daughter [[REL:Fiona]] on the phone asking if he's dying
[22:52] [[HCP:Cormac Doyle]]: tell her we're worried, I'll ring her at 2300 on [[PHONE:0491 570 163]]
[23:20] [[HCP:Cormac Doyle]]: [[REL:Fiona]] says he'd never want ICU, he told his bowls mates at [[FAC:Mornington Bowls Club]] as much
[23:25] [[HCP:Liang Wei]]: ok, ward-based ceiling, documented
Was peripheral norad reasonable in a ward-ceiling patient, or should we have gone straight to comfort care?""",
    # 15 voice dictation, consult note
    """this is doctor [[HCP:Ngozi Eze]] dictating a consult note on [[PT:Gerald Pinkney]] medical record number [[MRN:7 7 1 0 4 2 9]] date of service [[DATE:june fourteenth]] period new paragraph reason for consult colon hyperkalemia period mister [[PT:pinkney]] is a 71 year old man with diabetic nephropathy who lives with his sister [[REL:loretta]] on [[STREET:cobb road]] in [[TOWN:west point]] comma georgia period potassium 6 point 8 with peaked T waves comma calcium gluconate given times two period new paragraph plan colon dialysis tonight via right I J trialysis catheter period call back number [[PHONE:7 0 6 5 5 5 0 1 4 4]] period end dictation""",
    # 16 non-native English, Filipino family
    """Good day doctors. I want to ask your opinion for our patient Lola [[PT:Remedios Bautista]], [[AGE:96]] years old, admitted since [[DATE:the 3rd]] for pneumonia and now she is not eating already. Her daughter Ate [[REL:Marites]] is insisting for NGT but her son [[REL:Jun-Jun]] is saying let her go already, she suffered enough. They are living in [[TOWN:Daly City]] and Lola is very known in [[FAC:St. Andrew's parish]], the priest also visited. MRN [[MRN:K4470123]]. What you can advise on feeding in the very old with advanced dementia? I read it does not prolong life but the family is very hard to convince. Thank you po.
— [[HCP:Jocelyn Dimaculangan]], MD""",
    # 17 prior authorisation, US pharmacy
    """Prior auth denied AGAIN for [[PT:Tamika Ruffin]]'s apixaban — the insurer wants her to "try warfarin first" despite a documented ICH on warfarin in [[YEAR:2019]]. Member ID [[PLAN:XQH884120377]], group [[ACCT:00471-B]]. I've faxed the appeal to [[FAX:773-555-0128]] twice. Her pharmacy ([[FAC:Halsted Drug Mart]]) is fronting her 5 days out of kindness. Anyone know a peer-to-peer trick with this PBM? @grace.liu you fought this same one last year, right?
Signed, a tired cardiologist ([[HCP:Ruth Abramowitz]])""",
    # 18 involuntary hold, California
    """5150 written at 0130 by [[TOWN:Oakland]] PD (Officer [[REL:Reyes]], #[[ID:4190]]) on [[PT:Marcus Tillman]], 38, found directing traffic with no clothes on at [[STREET:International Blvd]] and [[STREET:E 14th St]]. Known to us, last hold [[DATE:Aug 2024]]. Utox + amphetamines, Na 129. Day 3 now: calm, linear, wants to leave; psychiatry wants to convert to a 5250. Is that reasonable when the psychosis looks substance-induced? His aunt [[REL:Darlene Tillman]] ([[PHONE:510-555-0131]]) is pushing hard for it and talking about conservatorship.""",
    # 19 rest home GP, NZ, age in 90s
    """Rest home GP here. Lovely lady, [[PT:Mavis Kereama]], in her [[AGE:90s]] (she won't say exactly; whānau say [[AGE:96]]), at [[FAC:Kowhai Lodge]] in [[TOWN:Te Awamutu]]. Third fall this month, no injuries so far. On zopiclone, citalopram and oxybutynin, all inherited. Her moko [[REL:Keri]] wants a sensor mat; the rest home says they have one for the whole wing. NHI [[MRN:ZHT8126]]. Which would you stop first?""",
    # 20 trauma call, highway MVA, Queensland
    """Trauma call 1640: two-vehicle MVA on the [[STREET:Bruce Hwy]] just north of [[TOWN:Gympie]]. Driver of the ute (rego [[PLATE:892 KLT]]), [[PT:Shane Colquhoun]], 52M, GCS 13, seatbelt sign, FAST positive in Morison's pouch. QAS officer [[HCP:Brooke Latimer]] did the handover; she thinks he'd come off a night shift at the [[FAC:Tiaro sugar mill]]. Police want the VIN for their report — [[VIN:MNACMFE90KW417723]] per the tow slip — and I'm not giving them anything else without a written request. Wife [[REL:Donna]] on her way from [[TOWN:Maryborough]].""",
    # 21 FIFO mine worker, septic knee
    """FIFO worker, [[PT:Jarrod Minchin]], 33M, from [[FAC:Mount Carrow Mine]] in the [[PLACE:Pilbara]], flown down with 2 days of fever and a hot swollen knee after a cut on site. Aspirate WCC 78,000, gram-positive cocci in clusters. Employee ID [[ID:E448193]] for the site medic's incident report; site medic [[HCP:Gus Varga]] on [[PHONE:(08) 5550 2210]]. Lives in [[TOWN:Mandurah]] with partner [[REL:Kasey]]. Ortho washout tonight.
@kate.mcintyre are you still seeing lots of CA-MRSA joints from the mine sites?""",
    # 22 offshore rig medevac, Newfoundland
    """Helicopter medevac from the [[FAC:Grand Banks Explorer]] rig, 300 km off [[TOWN:St. John's]]: [[PT:Kevin Hynes]], 46M, crush injury L hand between pipe joints. Rig medic [[HCP:Paula Fagan]] emailed photos from [[EMAIL:medic.gbe@offshore-ops.example]]. MCP [[PLAN:284 917 304 112]]. His wife [[REL:Sheila]] lives in [[TOWN:Conception Bay South]] and is driving in. Plastics taking him. Question: abx choice for a crush hand contaminated with drilling mud and seawater? Mark, you did a stint offshore, what did the rig protocols say?""",
    # 23 outreach, Downtown Eastside SRO
    """Outreach follow-up. [[PT:Travis Ladouceur]], 31, lives at the [[FAC:Regal Arms Hotel]] ([[STREET:214 E Hastings St, room 412]]). Third OD this month, naloxone x3 by the desk clerk. BC PHN [[PLAN:9876 543 210]]. Peer worker [[HCP:Leanne Sam]] from [[FAC:Carnegie Outreach]] can find him most mornings. Started Kadian 200 mg daily, witnessed at [[FAC:Main Street Pharmacy]]. Interested in how people are dosing iOAT now that fentanyl tolerance is so high.""",
    # 24 caravan park home visit request
    """Home visit request (rural generalist, mid-north coast). [[PT:Raymond Oakes]], 71, lives alone in a van at [[FAC:Shady Gums Caravan Park]], [[STREET:site 14]], [[TOWN:Tuncurry]]. Discharged from us [[DATE:Thursday 6 March]] after a CAP, and the park manager [[REL:Debbie]] found him confused on the weekend, sitting in his car with the engine running. No phone, and no car keys now ([[REL:Debbie]] has them). Medicare [[PLAN:3361 07452 8]]. Can anyone in the area do a home visit before we re-admit? He refuses to come back in. Only family is a brother in [[TOWN:Taree]].""",
    # 25 discharge to a shelter, US
    """Discharge to shelter, need help. [[PT:Wendell Frye]], 58, diabetic foot post TMA, going to [[FAC:Hope Harbor Shelter]] on [[STREET:S Prairie Ave]], [[TOWN:Wichita]]. They close in the day, so he's on the street 8-5 with a wound vac. Shelter case manager [[HCP:Keisha Monroe]] ([[PHONE:(316) 555-0172]]) says a respite bed opens at [[FAC:Mercy Respite House]] next week. For the Medicaid application we need his SSN; he gave [[SSN:987-65-4325]] but the system rejects it and he has no card. Anyone got a faster route than SSA?""",
    # 26 ICU thread, ECMO in asthma, members
    """Re: ECMO candidacy in near-fatal asthma
@oliver.brandt I'll push back a bit. Our patient last spring, [[PT:Ayesha Siddiqui]] (22F, from [[TOWN:Mississauga]]), had pH 6.98 and pCO2 140 despite everything, and VV ECMO got her out in 4 days. She's now in second year at [[FAC:McMaster]] and emails me every [[DATE:Diwali]]. Her mother [[REL:Farah]] still sends cards to the perfusionist, [[HCP:Danny Kostiuk]]. Run sheet is under MRN [[MRN:7710-3329]] if anyone wants it. I agree with Priya that the bar should be high, but not "never".""",
    # 27 Jehovah's Witness, Quebec
    """Ethics question, writing in English for the group. [[PT:Geneviève Lapointe-Bérubé]], 44, from [[TOWN:Rimouski]], Jehovah's Witness, Hb 52 after a PPH at [[FAC:Hôpital régional de Rimouski]], transferred to us. RAMQ [[PLAN:LAPG 8562 1514]]. She carries a signed card refusing blood, dated [[DATE:2 janvier 2024]]. Brother [[REL:Marc Thibodeau]] from the Hospital Liaison Committee is at the bedside. Her husband [[REL:Étienne Bérubé]] privately asked us to transfuse "if she's asleep". We won't, obviously. EPO and IV iron started; my question is whether she'd accept cell salvage if she goes back to theatre, and how to ask without pressure.""",
    # 28 remote NT clinic, RHD and bicillin
    """Remote clinic, [[PLACE:Malarrdjirri]] community (about 3 hrs east of [[TOWN:Katherine]]). [[PT:Dwayne Bununggurr]], 14M, on the RHD register, due for his 28-day bicillin but has missed the last two. Stays between his mum's place and his Aunty [[REL:Rosie]]'s house near the [[FAC:Malarrdjirri School]]. AHP [[HCP:Shirleen Wunungmurra]] knows the family and will come with me. Echo from [[DATE:May 2024]] showed moderate MR. HRN [[MRN:NT0447219]]. Does anyone use lignocaine-diluted bicillin routinely in kids? He hates the needle and honestly so would I.""",
    # 29 involuntary admission from a farm, NSW
    """Scheduled under the MHA at 2200. [[PT:Lachlan Dwyer]], 26, brought in by police (Sgt [[REL:Hollis]]) from the family farm, "[[PLACE:Kilkerran]]", [[STREET:1290 Wongarbon Rd]] out of [[TOWN:Dubbo]], after threatening his father [[REL:Ian]] with a rifle. Police have seized everything under his firearms licence, [[LIC:FL-0442187]]. First presentation, 3 weeks of no sleep, grandiosity, urine clean. Mum [[REL:Cath]] says the drought has been hard on all of them. Bed at [[FAC:Bloomfield Hospital]] in [[TOWN:Orange]] tomorrow; stuck in our ED until then. Olanzapine doing nothing, would you add a benzo overnight? @siobhan.kelly you're on for psych tomorrow, FYI.""",
    # 30 adolescent overdose, school and social handle
    """Peds ED: [[PT:Kaylee Sandoval]], 15F, grade 10 at [[FAC:Westdale Secondary School]], took ~20 g acetaminophen at 0700 after messages to her Instagram ([[HANDLE:@kaylee.xo_07]]) from a group of classmates. 4-h level 240 mg/L, on NAC. CAS notified; worker [[HCP:Tom Ferreira]], file [[ID:CAS-23-118840]]. Dad [[REL:Luis]] is with her; mum lives in [[TOWN:Brantford]]. Psych to see when medically cleared. Anyone have a good script for talking to parents about screenshots?""",
    # 31 telehealth audit, IPs and portal link
    """Telehealth audit question. Video consult with [[PT:Nirmala Krishnan]] dropped three times; IT says her side connected from [[IP:203.0.113.47]] and then [[IP:198.51.100.212]] (mobile). The portal invite was [[URL:https://myhealth.northcoast-lhd.example/visit/88120]] and she says she never got it, but the log shows it opened from her email, [[EMAIL:nirmala.k@fastmail.example]]. She's 67, AF on amiodarone, lives alone in [[TOWN:Coffs Harbour]]; her son [[REL:Arjun]] sets things up for her by phone from overseas. Does anyone have a low-tech fallback that still meets the MBS telehealth rules?""",
    # 32 ICD advisory, Quebec
    """ICD advisory question. [[PT:Bernard Lacasse]], 81, [[TOWN:Trois-Rivières]]; device serial [[DEVICE:PJN771204S]], implanted [[DATE:17/03/2021]] by Dr [[HCP:Aubin]]. The advisory letter lists PJN77xxxx serials as affected. Battery reads 8.2 years on the last remote transmission. His daughter [[REL:Sylvie]] is asking if he needs a generator change now. Health card [[PLAN:LACB 4303 0714]]. @helene.roy, what is your EP group doing for these?""",
    # 33 fitness to drive, truck driver
    """Fitness to drive dilemma. Truck driver, [[PT:Wayne Pritchard]], 58, had a witnessed tonic-clonic seizure at the servo on the [[STREET:Pacific Hwy]] at [[TOWN:Kempsey]]. Heavy vehicle licence [[LIC:17 204 991]], truck rego [[PLATE:XQ 47 PL]]. He's asked me not to report because he'll lose his job at [[FAC:Macleay Freight]]. Austroads is clear he can't drive commercially for now and I've told him so, in writing. Wife [[REL:Sharon]] agrees with us. Question is whether you notify Transport yourself in NSW when you think he'll keep driving. @dev.patel you had one of these last year?""",
    # 34 retrieval log table, South Australia
    """Overnight retrieval log for the handover meeting:

| Time | Patient | From | Issue | Crew |
|---|---|---|---|---|
| 2310 | [[PT:Josie Wanganeen]], 6 | [[TOWN:Ceduna]] | status epilepticus, intubated | Dr [[HCP:Halloran]] / [[HCP:Mick Tsang]] |
| 0145 | [[PT:Bert Kuchel]], [[AGE:91]] | [[FAC:Loxton Hospital]] | STEMI, for PCI | [[HCP:Mick Tsang]] |
| 0420 | [[PT:Harpreet Gill]], 33 | [[FAC:Nangwarry sawmill]] | degloving, L arm | Dr [[HCP:Halloran]] |

[[PT:Josie]]'s mum is [[REL:Tanya]], contactable on [[PHONE:0491 570 175]]. All three delivered. Fixed-wing was down 40 min at [[TOWN:Ceduna]] for fuel.""",
    # 35 unsolicited email with a photo
    """Got an email at my work address from a patient's husband, [[REL:Barry McLeod]] ([[EMAIL:bazza.mcleod62@bigpond.example]]), with a photo of his wife's rash. [[PT:Glenys McLeod]], 77, I saw her in the [[TOWN:Warrnambool]] clinic on [[DATE:the 22nd]]; she's on ruxolitinib from haem (Dr [[HCP:Quayle]]). Looks like classic shingles in a T10 dermatome. How do others handle unsolicited patient emails with images? I replied asking them to book a telehealth and deleted the photo from my phone. Is that enough?""",
    # 36 NZ farm quad rollover, crush
    """Shearer, [[PT:Hemi Tawhiri]], 38, from [[FAC:Te Awa Station]] near [[TOWN:Waipukurau]], quad rollover into a drain, trapped about 40 min. St John crew ([[HCP:Kahu Raihania]]) gave fluids before release, good call. CK 18,000 by evening, creat 210. Partner [[REL:Mere]] is here. NHI [[MRN:ZRW5530]]. His boss, [[REL:Graeme Tolley]], rang asking when he'll be back ([[PHONE:06 555 0193]]); told him nothing without consent. Question: bicarb for rhabdo or just volume?""",
    # 37 gout, South Auckland, member asked
    """Gout flare, 4th this year, in [[PT:Sione Faleolo]], 45M, bus driver for [[FAC:Manukau Coachlines]], lives in [[PLACE:Māngere East]]. Urate 0.62. He stopped allopurinol after being told not to take it during a flare. HLA-B*5801 negative (tested [[DATE:Oct 2023]]). Wife [[REL:Losa]] does the meds. GP Dr [[HCP:Tuilagi]] wants to switch to febuxostat. @aroha.ngata would you rather re-titrate allopurinol with colchicine cover?""",
    # 38 ID consult, Pine Ridge
    """ID consult request: [[PT:Dustin Two Bulls]], 36M, from [[TOWN:Kyle]] on the [[PLACE:Pine Ridge Reservation]], maintenance at [[FAC:Oglala Lakota College]]. MRSA bacteremia from a hand abscess, TTE neg, TEE tomorrow. Transferred from [[FAC:Pine Ridge IHS Hospital]] on [[DATE:11/02]], IHS chart [[MRN:IHS-5512094]]. Sister [[REL:Winona]] is his only ride, 2 hrs each way. He wants to go home on oral. Opinions on oral step-down for uncomplicated SAB?""",
    # 39 child protection consult
    """Child protection consult. Baby [[PT:Kohen]], 4 months, femoral metaphyseal corner fracture plus two healing posterior rib fractures, no bleeding disorder on screen. Mum [[REL:Tayla Marsh]], 19; partner [[REL:Brock Evans]] is not the father. Child Safety worker [[HCP:Rhiannon Pearce]], ref [[ID:CSS-2025-04417]]. Family is at [[STREET:7/22 Ferntree Close]], [[TOWN:Logan Central]] [[ZIP:4114]]. Repeat skeletal survey in 2 weeks. Ophthalmology saw him today, no RH. Anything else you'd add?""",
    # 40 dialysis transport
    """Dialysis unit question. Mrs [[PT:Sadie Kowal]], [[AGE:90]], MWF at our satellite in [[TOWN:Mount Gambier]]. Her taxi voucher account ([[ACCT:MTX-220917]]) ran out and her niece [[REL:Ewa]], who used to drive her, moved to [[TOWN:Adelaide]]. She told me "I'm [[AGE:90]], I'm tired, maybe this is the sign." We're meeting about conservative care. Anyone have a good framework for that conversation with someone who's been on HD 6 years? @tom.brennan, you did the palliative nephrology fellowship.""",
    # 41 billing complaint
    """Patient complaint passed on to me: [[PT:Harold Ostrowski]] got a bill (account [[ACCT:HB-4402917-03]]) for an ED visit on [[DATE:Jan 9]] that he says is covered by his [[FAC:Ford]] retiree plan (ID [[PLAN:FRD66219044]]). He's [[AGE:91]] and his daughter [[REL:Carol Ann]] is furious. Who handles these in your shops — billing or patient relations? I'm not going to start arguing with an insurer at 7 pm.""",
    # 42 death after hours, coroner
    """Death after hours. [[PT:Neville Barraclough]], 64, found deceased at [[STREET:41 Gully Rd]], [[TOWN:Lithgow]], by his neighbour [[REL:Pat]]. Known IHD, last seen by his GP, Dr [[HCP:Ahmed]], on [[DATE:28/11]]. Police (Const. [[REL:Yates]]) reported it to the coroner, case no. [[ID:2024/388104]], because the GP couldn't be reached to sign the MCCD. Body to [[FAC:Hartley Funeral Services]]. Question: if the GP later says she'd have signed, does the coroner usually release it?""",
    # 43 DCD discussion, NZ
    """DCD discussion. [[PT:Matiu Pōhatu]], 27, hypoxic brain injury after a drowning at [[PLACE:Piha]]. Whānau (his mum [[REL:Ngaire]] and uncle [[REL:Rangi]]) want karakia before withdrawal and the kaumātua from [[FAC:Te Puna Marae]] present. The ODNZ coordinator, [[HCP:Lisa Haworth]], is with them now. NHI [[MRN:ZMQ7720]]. How do other units handle the 90-minute stand-down window when the whānau want to stay with him afterwards?""",
    # 44 Inuit patient, boarding home
    """Nephrology consult: [[PT:Lucassie Akpaliapik]], 52, from [[TOWN:Pangnirtung]], flown to [[TOWN:Ottawa]] for dialysis start, staying at [[FAC:Larga Baffin]]. Speaks Inuktitut; interpreter [[REL:Annie Kilabuk]] available weekdays. Nunavut health card [[PLAN:NU 120 448 731]]. His wife [[REL:Oleepa]] stayed home with grandkids. He wants PD so he can go home, but housing there is crowded. Anyone with northern PD experience?""",
    # 45 member who also treated the patient
    """Update on the man with the strange hyperammonaemia I posted on Tuesday. Thanks @lena.hoffmann for suggesting the urea cycle workup — Dr [[HCP:Hoffmann]] saw him on the ward on [[DATE:Friday the 9th]] and she was right: [[PT:Callum Fraser]], 38, late-onset partial OTC deficiency, urinary orotic acid sky-high. He'd gone on a high-protein diet for a bodybuilding comp at his gym ([[FAC:Ironbark Strength]] in [[TOWN:Ipswich]]). Partner [[REL:Jess]] found him confused. Now on sodium benzoate and a protein-restricted plan. Thanks also to Arvind for the dietitian contact.""",
    # 46 prison health
    """Prison health: [[PT:Dion Hetaraka]], 29, inmate no. [[ID:PRN 004418]] at [[FAC:Spring Hill Corrections Facility]], sent in with a deep neck abscess. Corrections officers [[REL:Faulkner]] and [[REL:Tipoki]] on bedwatch. On methadone 80 mg from the prison; I confirmed the dose with nurse [[HCP:Alana Ruawai]] on [[PHONE:07 555 0148]]. Prison won't do IV at all, so: how long IV before oral for a drained parapharyngeal abscess?""",
    # 47 snakebite on a property
    """Brown snake bite (we think) in a 9yo, [[PT:Ruby Coutts]], on the family property at [[STREET:880 Tara Rd]], [[TOWN:Dalby]]. Pressure bandage by her dad [[REL:Scott]] within minutes. Seen at [[FAC:Dalby Hospital]]: INR >12, fibrinogen undetectable, no neurotox. One vial of brown snake AV, then RFDS to [[FAC:Queensland Children's Hospital]]. Tox folks: anyone still giving a second vial for persistent VICC at 6 h?""",
    # 48 flying doctor clinic run
    """Clinic run notes from [[FAC:Coolabah Springs]] and [[FAC:Yarrabee]] stations ([[DATE:Wednesday 16 April]]).
- [[PT:Len Dunphy]], 68: BP 182/104 on amlodipine, restarted the perindopril he ran out of.
- [[PT:Cheryl]] (the governess), 31: 10 wk pregnant, booking bloods taken, dating scan in [[TOWN:Longreach]].
- [[PT:Toby Hargreaves]], 6: otitis media, amoxicillin from the medical chest (item 14).
- Cook's burn from last month healed.
Next run in 6 weeks; homestead phone is [[PHONE:(07) 5550 7716]], ask for [[REL:Marg]].""",
    # 49 exertional heat stroke, council worker
    """Exertional heat stroke: [[PT:Daniel Mifsud]], 24, outdoor worker for [[FAC:Mildura Rural City Council]], found collapsed mowing the median on [[STREET:Deakin Ave]] at 1530 on [[DATE:Jan 24]] (46°C). Temp 41.8 on arrival. Cooled in an ice-water body bag, down to 38.9 in 25 min. CK 42,000, AST 3,100, INR 1.9. ICU. A workmate, [[REL:Nathan]], drove him in; mother [[REL:Rita]] is here. Employee no. [[ID:MRCC-2291]] for WorkSafe. Anyone used dantrolene in EHS? I don't think it helps.""",
    # 50 neonatal, cooling
    """Term male born [[DATE:03/05]] at 0214 at [[FAC:Gisborne Hospital]], Apgars 2, 5 and 8, cord pH 6.94. Mum [[REL:Hinemoa Tūhoe-Brown]], 19, G1; dad [[REL:Kane]]. NHI [[MRN:ZDX6630]]. Cooling started at 2 h with passive measures while we waited for the retrieval team from [[FAC:Starship]]. aEEG moderately abnormal. Question for the neonatal folks: is passive cooling on a long road retrieval worth the risk of overcooling?""",
    # 51 Saskatchewan mental health certificate
    """[[PT:Roxanne Bird]], 34, from [[PLACE:Montreal Lake Cree Nation]], certified under the Mental Health Services Act by Dr [[HCP:Kowalchuk]] at [[FAC:Victoria Hospital]] in [[TOWN:Prince Albert]]. Sask health card [[PLAN:912 447 083]]. Her partner [[REL:Curtis]] has been violent and she's frightened he'll come to the ward; her kids are with her mother in [[TOWN:La Ronge]]. First episode mania, postpartum 5 months. Lithium or quetiapine while breastfeeding?""",
    # 52 centenarian
    """Nice one for a Friday: [[PT:Ada Pemberton]] turned [[AGE:100]] on [[DATE:Anzac Day]] at [[FAC:Wattle Park Lodge]], born [[DATE:25 April 1925]]. Meds: paracetamol and Ostelin, that's it. Her only complaint is her hearing aid (serial [[DEVICE:PH-9920-4471]]) keeps disappearing in the laundry, so her great-grandson [[REL:Oscar]] taped a tracker to the case. What's the oldest person you've looked after who was on nothing?""",
]

FREE_NOTES: list[str] = [
    # 1 arbovirus serology, place-named viruses
    """Serology question. Ross River IgM positive, Barmah Forest IgM also positive, IgG negative for both, 5 days of polyarthralgia and a maculopapular rash after a camping trip. Is this cross-reactivity or a true dual infection? Our lab's comment just says "interpret with caution". We also sent Murray Valley encephalitis and Kunjin on the basis of a headache, both negative. Convalescent sera in 2-3 weeks, I know; mostly wondering what people tell the patient in the meantime.""",
    # 2 decision rules thread with colleagues
    """> @rachel.tremblay: do people still use the Ottawa ankle rules or has everyone just gone to imaging?

Still use them every shift. Ottawa ankle and knee, Canadian C-spine, Canadian CT Head, PECARN for the kids. The San Francisco syncope rule I've dropped; the Canadian Syncope Risk Score is better calibrated in my hands. NEXUS if the patient can't cooperate with range of motion testing.
Rachel, the bit that gets skipped is "unable to bear weight both immediately and in the ED (4 steps)". People forget the 4 steps. Agree with Hugo that the posterior edge of the malleolus is the other one people get wrong.""",
    # 3 sign-out template with role labels only
    """Our new sign-out template, feedback welcome before it goes live:

ICU reg:
Night SMO:
Bed | Dx | Ceiling | Overnight jobs | Escalate if
----|----|---------|----------------|------------
4   |    |         |                |
5   |    |         |                |

Charge RN: ___   Pharmacist on call: ___   Rapid response: ext ___
Rules: one line per bed, no free-text essays, ceiling of care mandatory, "Escalate if" must be a number (MAP < 65, RR > 30, K > 6.0), not "if worried".""",
    # 4 sepsis bundle table
    """Sepsis audit numbers for our ED, last quarter vs the one before:

| Measure | Q1 | Q2 |
|---|---|---|
| Lactate within 1 h | 71% | 84% |
| Abx within 60 min of recognition | 58% | 66% |
| 30 mL/kg crystalloid if MAP < 65 or lactate >= 4 | 49% | 52% |
| Repeat lactate if initial > 2 | 40% | 61% |
| Blood cultures before abx | 88% | 90% |

Fluid is the one that won't move, and honestly I'm not sure it should: half our septic patients are over 80 with HFrEF. Is anyone auditing "individualised fluid plan documented" instead?""",
    # 5 burns resuscitation arithmetic
    """Teaching point from last night: Parkland is 4 mL x kg x %TBSA, half in the first 8 h from the time of injury. So 80 kg with 30% = 9,600 mL, 4,800 by hour 8. If they arrive at hour 3 having had 500 mL, you've 4,300 to give in 5 h, i.e. 860 mL/h, not 600. Then titrate to urine output 0.5 mL/kg/h in adults, 1 mL/kg/h in kids under 30 kg. Don't count superficial (erythema only) in the TBSA. The rule of nines overestimates in children; use the Lund and Browder chart. And fluid creep is real: if you're past 6 mL/kg/%, call the burns unit.""",
    # 6 snake antivenom
    """Antivenom question for the tox people. Current practice is one vial of the monovalent (brown snake, tiger snake, etc.) regardless of how sick they look, because more vials don't speed recovery of VICC. But a colleague in a rural hospital was told by a locum to give polyvalent "just in case" for an unidentified snake in the middle of tiger and brown snake country. With a VDK not used anymore, is polyvalent ever justified now? Tiger/brown combination covers most of it in the south-east, I believe.""",
    # 7 brand names that look like names
    """Pharmacy pet peeve: discharge letters that say "Endone, Targin, Panadeine Forte and Lyrica" and nothing else. For a GP receiving that, which one is the regular and which is PRN? Please write: oxycodone IR 5 mg PRN max 4/day, oxycodone/naloxone CR 10/5 mg BD, paracetamol/codeine 500/30 2 tabs QID PRN, pregabalin 75 mg BD. Also state the stop date. Tramadol and tapentadol with SSRIs, please flag. Rant over.""",
    # 8 warfarin dosing
    """INR 4.8 on warfarin 5 mg, no bleeding, mechanical mitral valve. Old teaching was to omit one dose and recheck; newer guidance for high-risk valves leans to omit and recheck in 24-48 h with a lower dose, no vitamin K unless > 9 or bleeding. We hold the Marevan-vs-Coumadin brand rule (don't switch) strictly. Would anyone give 1 mg oral vitamin K at 4.8 with a mitral mechanical valve? I wouldn't, but the registrar argued for it.""",
    # 9 hyponatraemia formula
    """Adrogué-Madias for the juniors: change in Na per litre = (infusate Na - serum Na) / (TBW + 1). For a 60 kg woman (TBW 0.5 x 60 = 30 L) with Na 112, 1 L of 3% (513 mmol/L) raises Na by (513 - 112)/31 = 12.9. That's why you give 100 mL boluses, not litres. And with SIADH and fluid restriction: if urine Na + K > serum Na, restriction alone will fail. Limit correction to 8-10 mmol/L in 24 h; if overshooting, DDAVP clamp and D5W. (Thanks @noor.hamdan for catching the sign error in my last version.)""",
    # 10 rheumatic fever criteria
    """Jones criteria, 2015 revision, for anyone working in high-risk populations: moderate/high-risk settings allow monoarthralgia or polyarthralgia, and ESR >= 30 and fever >= 38.0. Subclinical carditis on echo counts as a major criterion. Bicillin L-A 1,200,000 units (or 600,000 if under 20 kg) every 28 days, not monthly; that difference matters over 10 years. The Australian guideline (3rd edition, 2020) is very practical. Anyone using the 21-day schedule for recurrences?""",
    # 11 eponymous signs
    """Quiz answers from the surgical teaching:
1. Murphy's sign: inspiratory arrest on RUQ palpation.
2. Rovsing: RLQ pain on LLQ pressure.
3. Cullen and Grey Turner: periumbilical and flank ecchymosis.
4. Kehr: left shoulder tip pain, splenic rupture.
5. Battle sign: mastoid bruising, basal skull fracture.
6. Beck triad: hypotension, JVD, muffled heart sounds.
7. Cushing triad: hypertension, bradycardia, irregular respirations.
8. Trousseau and Chvostek: hypocalcaemia.
Bonus: Virchow's node, Sister Mary Joseph nodule, Blumer's shelf.""",
    # 12 GCS components
    """Reminder: report GCS as components. "GCS 9" could be E2 V2 M5 or E4 V1 M4, and those are very different patients. Intubated: V is "T", so E3 VT M6. Motor is the most predictive. The Glasgow Coma Scale and Glasgow Outcome Scale are different things, and GCS-P (GCS minus pupil reactivity score) is now recommended in the 2018 update. Pupils: 0 if both react, 1 if one, 2 if neither.""",
    # 13 ECG patterns
    """ECG patterns I'd want every ED doctor to recognise: type 1 Brugada (coved ST in V1-V2), WPW with AF (irregular, broad, bizarre; no AV nodal blockers), Wellens (biphasic or deep T in V2-V3), de Winter (upsloping ST depression with tall T), Sgarbossa and Smith-modified Sgarbossa for LBBB, Aslanger pattern. Also hyperkalaemia mimicking anything. Posting because we missed a de Winter last month. Andrew, thank you for the teaching slides.""",
    # 14 ARDS settings
    """ARDS question. Berlin definition moderate (P/F 140 on PEEP 10). Tidal volume 6 mL/kg PBW (for a 170 cm male that's 66 kg, so 396 mL), plateau 29, driving pressure 17. Prone or raise PEEP first? We have done a recruitment manoeuvre with a 5 cmH2O step-down. FiO2 0.6, SpO2 90. Compliance 23 mL/cmH2O. I'd prone now: PROSEVA showed benefit at P/F < 150. Views?""",
    # 15 trial names
    """Journal club list for the ICU trainees this term: NICE-SUGAR, SAFE, CHEST, ARISE, ProCESS, ProMISe, 6S, PLUS, BaSICS, TTM2, HYPERION, REMAP-CAP, RECOVERY, ANDROMEDA-SHOCK, CLOVERS, CLASSIC, BOX. Stella and Tomás have volunteered for the first two; @stella.ohare can you post the reading list here so everyone gets it?""",
    # 16 mental health legislation numbers
    """For the junior doctors rotating between states: each jurisdiction's Mental Health Act has different forms and time limits. In Ontario, Form 1 lasts 72 h; Form 3 is a 2-week certificate; Form 42 tells the patient about the Form 1. California has the 5150 (72 h), 5250 (14 days) and 5270. In NSW it's a schedule under s 19. In NZ, section 11 then section 13 of the MH(CAT) Act. Know the clock in your place, and the right to a tribunal.""",
    # 17 delirium tools
    """Delirium screening: 4AT on the wards, CAM-ICU in the unit (only meaningful at RASS -3 or lighter). Is anyone using the 3D-CAM in ED, and is it quicker than the 4AT in practice?""",
    # 18 pharmacogenomics
    """Pharmacogenomics for the hospital doctor: HLA-B*58:01 before allopurinol in people of Han Chinese, Thai and Korean ancestry; HLA-B*15:02 before carbamazepine in many Southeast Asian populations; HLA-B*57:01 before abacavir. CYP2C19 poor metabolisers and clopidogrel. TPMT and NUDT15 before thiopurines. DPYD before 5-FU or capecitabine. Also relevant in our Pacific patients: HLA-B*58:01 frequency is not negligible. Which of these do your labs turn around in under a week?""",
    # 19 paracetamol overdose
    """Paracetamol overdose update: the 2-bag (SNAP-like) acetylcysteine regimen is now standard in Australia and NZ, 200 mg/kg over 4 h then 100 mg/kg over 16 h. Use the nomogram line starting at 150 mg/L at 4 h. Massive ingestions (> 30 g or level > 300 at 4 h): double the second bag, and consider fomepizole. Modified-release: repeat level at 4 h and 8 h. Question: does anyone use an ALT < 50 and paracetamol < 20 at the end of the infusion as the only stopping rule? Lucy, I think your unit does.""",
    # 20 aged care prescribing
    """Deprescribing in residential aged care: STOPP/START v3, Beers criteria 2023 and the anticholinergic burden scale all say the same things. In our audit of 40 residents (Clinical Frailty Scale 6-8, median Barthel index 35/100): 18 were on a PPI without an indication, 11 on a statin with CFS 8, 9 on two or more anticholinergics (oxybutynin + amitriptyline the classic). The pushback is rarely from families; it's from the original prescriber. Thanks to Wiremu and the pharmacy team for doing the audit.""",
    # 21 adrenal crisis
    """Adrenal crisis teaching: hydrocortisone 100 mg IV/IM stat, then 50 mg q6h or 200 mg/24 h infusion. Do not wait for cortisol. Sick-day rules: double the dose with fever, triple for vomiting, IM injection if they can't keep it down. Addison's disease patients should carry an emergency card, and the ambulance service can give it if you put it in the care plan. Hyponatraemia + hyperkalaemia + hypotension: think of it.""",
    # 22 ordinary words that are names
    """Frank haematuria after a fall from a horse, 3 days ago, now clear. Will a CT be needed if he's stable? Hope not, the bill for the transfer alone is huge. Grace period on the rural retrieval policy ends this month, so after that we need a consultant-to-consultant call. Rose to 138 systolic on standing, which is fine. Dawn round tomorrow, I'll see him then.""",
    # 23 trauma eponyms
    """Trauma laparotomy list for the registrars: Pringle manoeuvre (hepatoduodenal ligament), Kocher manoeuvre (duodenum), Cattell-Braasch (right medial visceral rotation), Mattox (left), Morison's pouch on FAST, Kehr's sign, Grey Turner. Damage control: packs, temporary closure (Bogota bag or vacuum), back to ICU, lethal triad. REBOA zone 1 vs zone 3. Keep the Whipple for another day.""",
    # 24 gentamicin nomogram, members
    """Gent dosing thread: we use 7 mg/kg once daily with the Hartford nomogram for level timing, but our renal patients are all over the place. @megan.fowler, does your unit still use AUC-based dosing with a two-level approach? And Tariq, I saw your slides from the antimicrobial stewardship day; is the 4 mg/kg loading for synergy in endocarditis still a thing?""",
    # 25 tropical infections in northern Australia
    """Northern Australia wet season reminders: melioidosis (Burkholderia pseudomallei) with diabetes, CKD or heavy alcohol; meropenem for the intensive phase. Strongyloides serology before steroids. Murray Valley encephalitis and Japanese encephalitis are both around again. Q fever in abattoir and farm workers. Australian bat lyssavirus after any bat contact: wash, RIG and vaccine. Scrub typhus in the tropics, doxycycline.""",
    # 26 Canadian place-named scales
    """Canadian place-named tools I use daily: ASPECTS (Alberta Stroke Program Early CT Score), the Edmonton Symptom Assessment System, the Edmonton Frail Scale, the Montreal Cognitive Assessment, the Toronto Bedside Swallowing Screening Test, the Ottawa rules, the Calgary-Cambridge model of consultation. I counted eight in one discharge summary yesterday. None of them are addresses.""",
    # 27 NZ funding and terms
    """For the new arrivals from the UK: in NZ you'll hear "whānau" for extended family, "kaumātua" for respected elders, "karakia" for prayer. PHARMAC decides what's funded, some drugs need a Special Authority. Community services: "district nurse", "Needs Assessment and Service Coordination (NASC)". Gout is common and undertreated in Māori and Pacific men; allopurinol is usually the answer, titrated.""",
    # 28 pasted chat, roles only
    """Pasting an exchange from last night, roles only:
[02:14] ED reg: 70M, pancreatitis, lipase 4,000, lactate 3.2, not responding to 2 L
[02:16] Med reg: BISAP?
[02:16] ED reg: 3 (BUN, SIRS, age)
[02:18] ICU fellow: I'll come down. Ranson's not useful at 0 h
[02:25] Charge RN: bed 6 free in ICU
[02:40] ICU fellow: accepted
Is there any value in Ranson's or Glasgow-Imrie anymore, when we have BISAP and clinical judgement?""",
    # 29 voice dictation without identifiers
    """dictation test for the new system colon the patient is a 64 year old man with a history of atrial fibrillation comma on apixaban 5 milligrams twice daily period he presented with palpitations and a heart rate of 142 period E C G showed A F with rapid ventricular response period metoprolol 5 milligrams IV times 2 given period new paragraph the system keeps transcribing C H A 2 D S 2 V A S c as chads vast comma can anyone recommend a better dictation package question mark""",
    # 30 ALL CAPS blank template
    """TEMPLATE FOR TRANSFER REQUEST (BLANK)
PATIENT NAME: ________________
DATE OF BIRTH: __/__/____
UR/MRN: ________
REFERRING HOSPITAL: ________
RECEIVING CONSULTANT: ________
REASON FOR TRANSFER: ________
VITALS: HR ___ BP ___/___ RR ___ SPO2 ___% ON ___ L
GCS: E_ V_ M_
CEILING OF CARE: FULL / NO CPR / COMFORT
Our retrieval service wants feedback on the template. Is "CEILING OF CARE" clear to referring rural doctors?""",
    # 31 discharge planning general, Australia
    """Discharge planning question for aged care in Australia: ACAT assessment before residential care, Home Care Package levels 1 to 4 with waitlists of months, Transition Care Program for up to 12 weeks after discharge, and the NDIS for people under 65. Does any hospital have a discharge coordinator who can actually shorten the wait for a level 3 or 4 package? Our longest stay for "awaiting package" is 84 days.""",
    # 32 ethics framework, public literature
    """Ethics framework references for the next case conference: the four principles (Beauchamp and Childress), Jonsen's four-box method, and the Clinical Ethics Support in Australia resources. For capacity: understand, retain, weigh, communicate. Good background reading: https://doi.org/10.1136/medethics-2019-105880 and the NICE guideline on decision-making and mental capacity at https://www.nice.org.uk/guidance/ng108. Thanks to @kirra.walsh for running the session.""",
    # 33 drug interactions with place-like names
    """Interaction alert for the pharmacy list: St John's wort induces CYP3A4 and P-gp, so it drops levels of tacrolimus, cyclosporin, apixaban, rivaroxaban and the contraceptive pill. Grapefruit does the opposite (inhibits intestinal CYP3A4). Nirmatrelvir/ritonavir (Paxlovid) is the big one now, especially with amiodarone and simvastatin. Seville orange counts too.""",
    # 34 paediatric scores
    """Paeds ED cheatsheet: Westley croup score (>= 6 moderate, >= 12 impending failure); PECARN for head injury; Kawasaki criteria (fever >= 5 days plus 4 of 5: conjunctivitis, oral changes, rash, extremity changes, cervical lymph node > 1.5 cm); Apgar at 1 and 5 min, e.g. 3 and 7; Gorelick dehydration scale. Dexamethasone 0.15 mg/kg for croup is as good as 0.6.""",
    # 35 obstetric scores and manoeuvres
    """Obstetric emergencies teaching points: Bishop score >= 8 favourable. Robson group 5 (previous CS) is driving our rates. Shoulder dystocia: HELPERR, McRoberts, suprapubic pressure, Rubin, Wood's screw, delivery of the posterior arm, then Zavanelli as last resort. PPH: the 4 Ts, oxytocin, ergometrine, carboprost, TXA within 3 h (WOMAN trial), Bakri balloon, B-Lynch.""",
    # 36 thread with quotes, members
    """> @hannah.leclerc: we stopped routine telemetry for syncope patients with a normal ECG and no structural heart disease.

We did the same a year ago, Hannah. Our numbers: telemetry use down 40%, no missed arrhythmias in 6 months of audit. The Canadian Syncope Risk Score is what we use to decide. @jamal.idris you asked about the audit tool; it's a one-page spreadsheet, happy to share.

A few caveats, because I don't want anyone to go back to their department on Monday and switch everything off:
1. Our exclusions were strict: no telemetry only if the ECG was normal (no pre-excitation, no Brugada pattern, QTc < 470 ms, no bifascicular block), there was no known structural heart disease, no exertional or supine syncope, no family history of sudden death under 40, and the CSRS was low or very low.
2. We kept telemetry for anyone with an abnormal troponin, even mildly, and for anyone over 80 with a fall they couldn't describe. That's a big group in our population.
3. Patients who went home got a clear sheet: who to call, what to do if it happens again, no driving for 24 hours, and an ambulatory monitor booked if the story was suspicious.
4. The audit only covered 6 months; rare events won't show up in numbers that small. Somebody will eventually be the case that looks bad, and I'd want the department to stand behind the clinician.
The biggest win was actually bed flow: telemetry beds were freed for chest pain and AF patients who needed them, and nurses stopped chasing leads on people who were about to go home.
Jamal, the spreadsheet has a tab for the ECG criteria and one for the follow-up calls at 30 days. Hannah, would your group be interested in pooling data? Two sites would make the numbers a bit less embarrassing.""",
    # 37 surgical eponyms
    """Surgical language for the new interns: Lanz and Gridiron incisions for appendicectomy, Pfannenstiel for a CS, Kocher subcostal for open cholecystectomy. Hartmann's procedure: resection with end colostomy. Whipple's: pancreaticoduodenectomy. Nissen: fundoplication. Alvarado score for appendicitis >= 7 is likely. Lichtenstein repair for inguinal hernia. No one will tell you these on the ward.""",
    # 38 ophthalmology and ENT
    """Quick ENT/eyes list from the rural course: Epley manoeuvre for BPPV (posterior canal), Dix-Hallpike to diagnose, HINTS exam to exclude stroke. Ramsay Hunt syndrome: facial palsy with vesicles. Weber and Rinne. Eyes: Seidel sign for globe rupture, Hutchinson sign for ophthalmic zoster, Argyll Robertson pupils, Marcus Gunn pupil (RAPD). Holmes-Adie pupil.""",
    # 39 radiology classifications, member
    """Radiology reporting terms that confuse referrers: Bosniak IIF (follow-up, not surgery), Fleischner guidelines for incidental nodules (solid < 6 mm, no follow-up if low risk), BI-RADS 4A/4B/4C, LI-RADS 5, TI-RADS TR3, Lugano for lymphoma staging, Deauville 5-point scale on PET. @ben.achterberg, is it worth a one-page guide for the ED?""",
    # 40 oncology staging
    """Oncology staging for the multidisciplinary meeting list: prostate Gleason 4+3=7 (grade group 3), T2cN0M0; melanoma Breslow 1.2 mm, Clark level IV, mitotic rate 2/mm2; colorectal T3N1bM0 (Dukes C), 2 of 17 nodes; breast ER 90%, PR 10%, HER2 2+ FISH negative, Ki-67 18%. Oncotype 22. All the numbers, none of them identifiers.""",
    # 41 place-named haemoglobins
    """Haemoglobinopathy results that confuse the wards: Hb Lepore, Hb Constant Spring, Hb Bart's (hydrops), Hb Köln (unstable), Hb E, Hb S, Hb C. None of them are hospitals. In our Southeast Asian and Pacific patients, Hb Constant Spring with an alpha-thal deletion can give HbH disease. Antenatal screening: partner testing if MCH < 27.""",
    # 42 renal eponyms
    """Renal tubular disorders mnemonic: Bartter (like a loop diuretic), Gitelman (like a thiazide, low Mg, low urinary Ca), Liddle (like excess aldosterone but low renin and aldosterone; amiloride works), Fanconi (proximal tubule dysfunction). Alport: hearing loss, haematuria, lens changes. Kimmelstiel-Wilson nodules in diabetic nephropathy. Fabry: lysosomal, enzyme replacement.""",
    # 43 cardiac risk scores, members
    """Cardiology score soup: CHA2DS2-VASc 3, HAS-BLED 2, HEART score 4, TIMI 3, GRACE score 140 (this is the one people read as a name), Killip class II, Framingham 10-year risk 18%, Duke criteria 2 major. @victoria.ashby, you're the one who pointed out that GRACE is being used as a first name in our AI-drafted discharge summaries; how did the vendor respond?""",
    # 44 neurology eponyms
    """Neuro ward round vocabulary: Bell palsy (lower motor neurone, forehead involved), Todd paresis after a seizure, Lhermitte sign and Uhthoff phenomenon in MS, Romberg (proprioception), Babinski, Hoffmann sign (cervical myelopathy), Miller Fisher variant of Guillain-Barré (ophthalmoplegia, ataxia, areflexia, anti-GQ1b). Parkinson's, Huntington's, Wilson's, Creutzfeldt-Jakob. None of them need a consent form.""",
]

# note id -> colleagues taking part in the discussion (not tagged in the text)
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc10-006": [{"name": "Nadia Coulter", "handle": "@nadia.coulter"}],
    "pc10-010": [{"name": "Sam Okoye", "handle": "@sam.okoye"}],
    "pc10-013": [{"name": "Farid Haddad", "handle": "@farid.haddad"}],
    "pc10-017": [{"name": "Grace Liu", "handle": "@grace.liu"}],
    "pc10-021": [{"name": "Kate McIntyre", "handle": "@kate.mcintyre"}],
    "pc10-022": [{"name": "Mark Ellery"}],
    "pc10-026": [
        {"name": "Oliver Brandt", "handle": "@oliver.brandt"},
        {"name": "Priya Raman"},
    ],
    "pc10-029": [{"name": "Siobhan Kelly", "handle": "@siobhan.kelly"}],
    "pc10-032": [{"name": "Hélène Roy", "handle": "@helene.roy"}],
    "pc10-033": [{"name": "Dev Patel", "handle": "@dev.patel"}],
    "pc10-037": [{"name": "Aroha Ngata", "handle": "@aroha.ngata"}],
    "pc10-040": [{"name": "Tom Brennan", "handle": "@tom.brennan"}],
    "pc10-045": [
        {"name": "Lena Hoffmann", "handle": "@lena.hoffmann"},
        {"name": "Arvind Mehta"},
    ],
    "pc10-054": [
        {"name": "Rachel Tremblay", "handle": "@rachel.tremblay"},
        {"name": "Hugo Lefebvre"},
    ],
    "pc10-061": [{"name": "Noor Hamdan", "handle": "@noor.hamdan"}],
    "pc10-065": [{"name": "Andrew Kowalski"}],
    "pc10-067": [
        {"name": "Stella O'Hare", "handle": "@stella.ohare"},
        {"name": "Tomás Herrera"},
    ],
    "pc10-071": [{"name": "Lucy Bateman"}],
    "pc10-072": [{"name": "Wiremu Tane"}],
    "pc10-076": [
        {"name": "Megan Fowler", "handle": "@megan.fowler"},
        {"name": "Tariq Hussain"},
    ],
    "pc10-084": [{"name": "Kirra Walsh", "handle": "@kirra.walsh"}],
    "pc10-088": [
        {"name": "Hannah Leclerc", "handle": "@hannah.leclerc"},
        {"name": "Jamal Idris", "handle": "@jamal.idris"},
    ],
    "pc10-091": [{"name": "Ben Achterberg", "handle": "@ben.achterberg"}],
    "pc10-095": [{"name": "Victoria Ashby", "handle": "@victoria.ashby"}],
}


build, render, main = first_set.blind_set(
    "pc10", Path(__file__).with_name("physician_cases_10.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
