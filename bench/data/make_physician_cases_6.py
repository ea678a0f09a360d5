# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_6.jsonl``: a sixth, blind test set of invented physician posts.

Written blind: the writer did not read the de-identification detector's code, tests or
documentation and did not run it; only the bench data README (format and annotation
conventions) and ``make_physician_cases.py`` (TAGS and the ``[[TAG:text]]`` parser) were read.

Everything is invented: patients, relatives, clinicians, places, employers, dates and every
number. US phone numbers use the fictional 555-01xx range, UK mobiles the 07700 900xxx drama
range, IP addresses the documentation ranges (192.0.2.x, 198.51.100.x, 203.0.113.x), email
domains are made up. Links to public literature and guidelines are not identifiers.

The set leans towards pasted group-chat threads and phone-typed replies, direct address and
sign-offs, international settings and naming traditions (UK, Ireland, Nigeria, India, the
Philippines, Korea, Vietnam, Poland, Latin America, the Gulf), global health and travel
medicine, paediatrics, psychiatry, emergency medicine and infectious diseases.

Conventions beyond the README: colleagues who take part in the discussion on the network
(replying, thanked, agreed with, @-mentioned) are not tagged; a clinician who cared for the
patient is ``HCP`` -- including the poster's own sign-off when the poster treated the patient
and speaker labels in a pasted care-team chat. Titles and kinship terms ("Dr", "Mrs",
"Ate", "Smt.", "Pan", "ông", "halmeoni") stay outside the span. A year alone is ``YEAR``.

    python bench/data/make_physician_cases_6.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 WhatsApp paeds thread, Nigeria
    """Pasting our paeds WhatsApp from [[FAC:Ikorodu General Hospital]] because I still can't decide. Ideas welcome.

[07:12] [[HCP:tunde]]: 6yo boy [[PT:Chukwuemeka Obi]], fever 9 days, pancytopenia, spleen 6cm below costal margin. mum says they came back from her village near [[TOWN:Abakaliki]] in [[DATE:Feb]]
[07:15] [[HCP:Ngozi A]]: MP negative x3? RDT?
[07:16] [[HCP:tunde]]: RDT neg. widal 1:160 which means nothing
[07:31] [[HCP:Bello]] (cons): ferritin and TG pls. this smells like HLH
[07:58] [[HCP:tunde]]: ferritin 8,900, TG 3.4, fibrinogen 1.1. mum is [[REL:Adaeze]], her line [[PHONE:+234 803 555 0192]] if lab calls
[08:05] [[HCP:Ngozi A]]: EBV? visceral leish also possible if they travelled north

So 5/8 HLH-[[YEAR:2004]] criteria. BM aspirate not until Monday. Would you start dexamethasone 10 mg/m2 now or wait for marrow and rK39? -- [[HCP:Kemi]]""",
    # 2 phone-typed Irish EM reply
    """replying from the car park so excuse typos. we had nearly the same thing in [[FAC:st fintan's]] last wk. 19yo lad, [[PT:ciarán ó briain]], from [[TOWN:ballykeeran]], came in at 3am w headache + petechiae on his shins, bp 84/40. his mam [[REL:siobhán]] drove him in herself, she rang us again from [[PHONE:087 555 0134]] at 6 asking for an update. ceftriaxone within 20 min of the door, LP deferred, PCR came back men B. he's grand now, home on the [[DATE:11th]]. agree w @aoife.kenny that you shouldnt wait for the LP in someone that sick. chemoprophylaxis for the whole gaa team was the real headache -- [[HCP:ciara]]""",
    # 3 Filipino OFW, travel medicine
    """Travel clinic question. Ms. [[PT:Ma. Cristina Dela Peña]], 38F, OFW caregiver home on leave from [[TOWN:Riyadh]], spent 3 weeks in barangay [[PLACE:San Isidro Norte]], [[TOWN:Cabanatuan]] during the floods, wading to her Ate [[REL:Baby]]'s house daily. Back in [[TOWN:Toronto]] on [[DATE:14 Jan]], febrile 39.6 on [[DATE:Jan 19]], myalgia worst in the calves, conjunctival suffusion, Cr 188, bili 61, plt 72. NS1 negative, dengue IgM pending. Leptospirosis looks likeliest; started doxy then switched to IV pen G. Her PhilHealth no. ([[PLAN:12-025554701-3]]) won't help her here and she has no provincial coverage yet. Anyone know a charity fund for returning OFWs?""",
    # 4 Korean psych, KakaoTalk
    """Psych consult, Seoul trainee here, English not perfect sorry. Patient [[PT:Park Ji-hoon]] (24M), graduate student from [[TOWN:Gangneung]], brought by his mother after he sent goodbye messages from KakaoTalk id [[HANDLE:jihoon_nightowl]] on [[DATE:Seollal 2025]]. PHQ-9 24, C-SSRS positive with plan. Mother ([[REL:Lee Mi-kyung]]) says no previous episode, but his father died by suicide in [[YEAR:2016]]. Started escitalopram 10 mg and admitted to closed ward. Question: lithium augmentation early for anti-suicidal effect in first episode? Professor [[HCP:Choi]] on our team prefers wait 4 weeks.""",
    # 5 Vietnamese melioidosis
    """ID question from [[TOWN:Cần Thơ]]. Ông [[PT:Trần Văn Lộc]], 58M, rice farmer, T2DM (HbA1c 11.2), 2 weeks fever and a 4 cm liver abscess plus a parotid swelling. Blood culture grew Burkholderia pseudomallei on [[DATE:03/09/2025]]. He lives in [[PLACE:ấp Bình Thạnh]], [[TOWN:Phong Điền]], works the paddy barefoot. We gave meropenem 14 days then co-trimoxazole eradication 12 weeks. His son [[REL:Trần Minh Khoa]] ([[PHONE:+84 90 555 0148]]) asks if the rest of the family should be screened. Is there any role for serology in asymptomatic contacts? Thanks anh @duc.pham for the Darwin protocol link earlier.""",
    # 6 Indian postpartum psychosis
    """Need opinions. Smt. [[PT:Lakshmi Venkatesan]], 27F, P1L1, day 9 after LSCS at [[FAC:Sri Kamakshi Nursing Home]], [[TOWN:Vandavasi]]. Husband [[REL:Karthik]] says she stopped sleeping on [[DATE:12/08]], believes the baby is swapped, tried to leave the house with the child at 2 am. No prior psych history; her mother had "nerves" after deliveries. BP normal, TSH 2.1, Na 138, MRI brain normal. Started olanzapine 5 mg, now 10 mg, partial response. Family want to continue breastfeeding. ECT is available only at the district hospital, 80 km away. PM-JAY card [[PLAN:PMJAY-TN-55812094]] covers admission there. Lithium vs ECT vs waiting? -- Dr [[HCP:Revathi S.]], [[TOWN:Vandavasi]]""",
    # 7 Polish EM, ninety-two
    """Pytanie from Poland, sorry for my English. Pan [[PT:Zbigniew Wróblewski]], [[AGE:92]] l., PESEL [[ID:33041505518]], came to our SOR on [[DATE:3 października]] after a fall in the bathroom, lying on floor maybe 14 hours. CK 24,000, K 6.1, creatinine 2.9. Daughter Pani [[REL:Halina]] found him, she lives in [[TOWN:Wołomin]]. Also new AF. We gave fluids and calcium, K now 5.2. My question: he takes dabigatran from his GP dr [[HCP:Kaczmarek]] but eGFR is now 18. Switch to apixaban reduced dose or stop anticoagulation in [[AGE:92]] year old with falls? HAS-BLED 3, CHA2DS2-VASc 4.""",
    # 8 UK referral letter
    """Pasting (de-identified?? not really, sorry mods) a referral letter I got, because the question is good:

"Dear Dr [[HCP:Okonkwo]], Re: [[PT:Holly Page]], DOB [[DATE:03/02/2011]], NHS no. [[ID:485 777 3456]], [[STREET:14 Wren Close]], [[TOWN:Little Haddon]], [[ZIP:NR12 8QT]]. Thank you for seeing this 15-year-old whose weight has fallen from 52 to 41 kg since [[DATE:September]]. BMI 14.9, HR 42 lying, postural drop 25. Mum ([[REL:Karen Page]], [[PHONE:07700 900431]]) is very worried. Yours, Dr [[HCP:Fiona Whitlock]], [[FAC:Haddon Green Surgery]]."

MEED guidance says admit. The CAMHS bed is 2 hours away and mum refuses paeds ward admission. [[PT:Holly]] herself says she'll "eat if left alone". What would you do tonight?""",
    # 9 Latin America, Chagas, compound surname
    """Cardio-ID question. Sra. [[PT:María José Quispe Huamán]], 46F, born in [[TOWN:Andahuaylas]], Peru, moved to [[TOWN:Paterson]], NJ in [[YEAR:2009]], works nights at [[FAC:Garden State Linen Services]]. Presented with syncope; Holter: NSVT, RBBB + LAFB, apical aneurysm on echo. T. cruzi ELISA and IFA both positive. Ms. [[PT:Quispe Huamán]] has two daughters born in the US; [[REL:Valentina]] is pregnant now. Screening the daughters is obvious, but benznidazole at 46 with established cardiomyopathy? BENEFIT says no mortality benefit. Her cardiologist Dr. [[HCP:Esteban Larraín]] wants an ICD first. Agree?""",
    # 10 Reddit-style rural ED
    """Throwaway-ish post, rural ED, US. Saturday night, single-vehicle rollover, 22M driver, GCS 13, ethanol 290, obvious open tib-fib. Deputy gave me the plate ([[PLATE:7KDW218]]) because the kid had no ID on him, and the registration came back to his grandmother, [[REL:Dorothy Hunter]], [[AGE:94]], in [[TOWN:Pruett Crossing]]. She answered at [[PHONE:(406) 555-0117]] and knew him as "[[PT:Buck]]". Turns out he is [[PT:Wyatt Hunter]], and he is on the transplant list at [[FAC:Big Sky-Billings Clinic]] for a liver (AATD). Do I call the transplant centre tonight? Does this crash change his listing? Not my lane but I felt I should flag it.""",
    # 11 Teams psych thread, word names
    """Psych CL thread from our Teams, posted with permission from the team:

[[HCP:Frank Wolf]] (CL attending) 09:14: new consult 6W, [[PT:Sandy Carpenter]], 52F, post-op day 3 after Whipple, pulling lines, seeing "men in the ceiling"
[[HCP:Holly Street]] (NP) 09:20: CAM-ICU positive. Also CIWA 14, husband [[REL:Art]] says she drinks a box of wine a day. She said she drank "socially"
[[HCP:Frank Wolf]] 09:22: so DTs on top of delirium. phenobarb protocol?
[[HCP:Holly Street]] 09:40: surgery worried about resp depression. her daughter [[REL:Rose Carpenter]] is HCP, cell [[PHONE:614-555-0152]]

We went with phenobarbital 10 mg/kg IBW load and it worked beautifully. Posting because surgeons keep asking for the evidence. Anyone have a good protocol from their hospital to share?""",
    # 12 EM sign-out with word names
    """ED sign-out 0700, for the oncoming doc (posting as an example of why we need a better template):
- bed 3: [[PT:Dawn Bishop]], 34F, SVT converted w/ adenosine 12, home once K back
- bed 7: [[PT:Grant Young]], [[AGE:ninety-one]], fall + subdural 6 mm, NSGY said no surg, admit to trauma. Grandson [[REL:Hunter]] is decision maker, at bedside
- bed 9: [[PT:Joy Mbeki-Lawson]], 19F, OD on sertraline 1.5 g, QTc 498, poison centre case [[ID:PC-24-118832]], psych hold placed
- hall 2: Mr. [[PT:Faith]] (yes that's his surname), [[AGE:93]], lives at [[FAC:Willow Bend Manor]], UTI vs pneumonia, cultures pending
[[HCP:Sandy]] from pharmacy is checking the sertraline level time. Thanks for taking a messy board.""",
    # 13 measles outbreak, school and church
    """Peds ID / public health. Measles cluster, now 7 cases. Index case is a 4yo unvaccinated girl, [[PT:Anastasiya Melnyk]], who flew back from [[TOWN:Lviv]] on [[DATE:2025-03-02]] and attended Sunday school at [[FAC:Holy Protection Ukrainian Catholic Church]] on [[DATE:the 9th]]. Secondary cases at [[FAC:Little Lambs Montessori]] on [[STREET:Birch and 14th]] and in two families from the same congregation in [[TOWN:Parma Heights]]. Her father [[REL:Oleksandr]] has been very cooperative; grandmother [[REL:Nadiya Melnyk]], [[AGE:90]], lives with them and had measles as a child. Koplik spots seen in 3/7. Vit A given to all under 5. How are people handling MMR at 6-11 months for infant contacts when parents are hesitant? We used IG for the two under 6 mo.""",
    # 14 travel malaria, pub employer
    """Returned traveller, no prophylaxis, classic story. [[PT:Art Sobczak]], 44M, bartender at [[FAC:The Bishop's Arms]] in [[TOWN:Hamtramck]], back from a friend's wedding in [[TOWN:Kumasi]] on [[DATE:Aug 3]]. Fever from [[DATE:Aug 12]], came in on [[DATE:8/16]] jaundiced and confused. Thick film: P. falciparum, parasitaemia 11%. IV artesunate 2.4 mg/kg at 0, 12, 24 h, parasitaemia <1% at 48 h. Now day 16 with Hb dropping 9.8 to 6.9, LDH up, haptoglobin undetectable: post-artesunate delayed haemolysis. His partner [[REL:Kasia]] asks if he can go back to work. Transfuse at 6.9 if he is asymptomatic? Thanks @lena.holt for suggesting we check for PADH.""",
    # 15 Yoruba names, sickle cell
    """Sickle cell question from [[TOWN:Ibadan]]. [[PT:Olúwaseun Adébáyọ̀]], 13M, HbSS, third acute chest syndrome this year, now on day 2 with SpO2 88% on 5L, Hb 5.9. Hydroxyurea was stopped in [[DATE:June]] when his mum, Mrs [[REL:Fọláké Adébáyọ̀]], could no longer pay for it. Exchange transfusion is not available here; we did simple top-up to Hb 9. Family live in [[PLACE:Ọjà'ba]], near [[FAC:Bodija Market]], where mum sells pepper. Reachable on [[PHONE:0805 555 0127]]. Is there an NGO that supplies hydroxyurea in Oyo State? Please DM. Also thanks Prof [[HCP:Adéwálé]] who saw him in clinic and pushed the family.""",
    # 16 Arabic, returning pilgrim
    """ED case from last night. [[PT:Abdulrahman Al-Khatib]], 61M, returned from Umrah on [[DATE:17/04]], admitted [[DATE:19/04]] with fever, purpura and neck stiffness. Gram-negative diplococci in CSF; W135 on PCR. His brother [[REL:Yousef Al-Khatib]] travelled with him and shared the room at [[FAC:Al Noor Hotel]] near the Haram. We gave ciprofloxacin to the household and the tour group. Mr. [[PT:Al-Khatib]] had MenACWY in [[YEAR:2019]], more than 3 years ago; Saudi rules need it within 3 years but nobody checked. The travel agency ([[FAC:Zamzam Travel & Tours]], [[TOWN:Dearborn]]) wants the passenger list for tracing. Share with the health department only, right?""",
    # 17 Tamil lepto, Aadhaar, CMCHIS
    """Case from our district hospital. [[PT:Selvi Murugan]], 32F, sanitation worker with [[FAC:Kumbakonam Municipality]], 5 days of fever after cleaning drains in the rains. Day 6: haemoptysis, SpO2 84%, bilateral infiltrates. Lepto IgM positive, plt 31,000. Ventilated; pulmonary haemorrhage syndrome. Methylpred given, survived. Husband [[REL:Murugan Ganesan]] gave Aadhaar [[ID:5823 4417 9026]] and CMCHIS card [[PLAN:CMCHIS/TNJ/0448213]] for the scheme billing; he is on [[PHONE:+91 94435 55120]]. I want to publish as a case series with two others. Ethics asks for consent from the ICU admission on [[DATE:23.11.2024]], she gave it. Any journal that likes lepto?""",
    # 18 voice dictation
    """(voice dictated, sorry) patient is [[PT:Joy Street]] comma date of birth [[DATE:July fourth nineteen eighty two]] period she is a 42 year old woman seen in the emergency department for chest pain that started at her job at [[FAC:Riverside Foundry]] comma she says it started after she lifted a mold period troponin negative times two period EKG shows T wave inversions in V1 through V3 period Wells score low comma PERC negative except for estrogen period her husband [[REL:Rick]] can be reached at [[PHONE:five one three five five five zero one six four]] period plan stress test outpatient with Dr [[HCP:Oyewole-Marsh]] new paragraph question for the group is whether to get a CT angio anyway""",
    # 19 Polish neuroborreliosis, forestry
    """Hello all, neurologist from [[TOWN:Białystok]]. Patient [[PT:Krzysztof Zalewski]], 49M, forest worker for [[FAC:Nadleśnictwo Borki]], many tick bites each summer. Since [[DATE:lipiec 2024]] burning radicular pain, then bilateral facial palsy. CSF: 210 cells lympho, protein 1.9, intrathecal Borrelia antibody index 4.1. Wife [[REL:Ewa]] says he refused doctor for two months. We gave ceftriaxone 2 g 14 days, pain better, left face still weak. He asks when he can drive the harvester again; his licence category C+E, number [[LIC:00481/12/2005]]. My colleague dr @marta.kowal says doxycycline would be equal. I agree but the patient prefers IV. Any data on residual palsy?""",
    # 20 OFW in Dubai, nurse
    """Filipino nurse working in the Gulf, asking for my Tita. [[PT:Rosario "Charing" Villanueva]], 67F, lives in [[TOWN:San Fernando]], [[PLACE:Pampanga]] with my cousin [[REL:Jun-Jun]]. Since [[DATE:Holy Week]] she has weight loss 8 kg, night sweats, cough. Sputum GeneXpert in [[FAC:JBL Memorial]] was negative x2 but CT shows tree-in-bud. Her doctor there, Dr. [[HCP:Manalo]], wants empiric HRZE. Is a bronchoscopy worth it? Her PhilHealth no. is [[PLAN:19-501234567-8]] and she can get it covered at [[FAC:Pampanga Provincial Hospital]]. Salamat po to anyone who answers. -- an RN abroad, not her treating nurse, just family""",
    # 21 Dublin paeds tumour board
    """Tumour board summary, [[FAC:Children's Health Ireland at Crumlin]], [[DATE:Thursday 6 March]]. Presenter: Dr [[HCP:Aoife Brennan]] (onc). Patient [[PT:Saoirse Ní Mhaonaigh]], 3F, from [[TOWN:Ballinamuck]], [[PLACE:Co. Longford]]. Abdominal mass 9 cm, MIBG avid, bone marrow involved. MYCN amplified, 11q loss. INRG stage M, high risk. Plan: Rapid COJEC, then surgery with Mr [[HCP:Desmond Kehoe]], then busulfan/melphalan, then dinutuximab beta. Parents [[REL:Niamh]] and [[REL:Pádraig]] are farmers and will need accommodation in [[TOWN:Dublin]] for 18 months. Posting to ask: has anyone used the SIOPEN HR-NBL2 arms outside the trial?""",
    # 22 M&M, epidural abscess
    """M&M write-up (our ED). 39M, IVDU, seen 3 times in 10 days at [[FAC:Mercy General]] for back pain, discharged each time with NSAIDs. Third visit [[DATE:Feb 2]]: T 38.1, WBC 16, CRP 180, "drug seeking" in triage notes. Fourth visit [[DATE:2/6]], brought by EMS from the corner of [[STREET:Hunter and 5th]] with leg weakness 2/5 and retention. MRI: T8-T11 epidural abscess. Decompressed by Dr. [[HCP:Whitfield]], MSSA, 8 weeks cefazolin. He is paraplegic. Patient [[PT:Dominic Faraday]] consented to this being discussed. Systems issues: triage bias, no red-flag checklist, no ID outreach. Thanks to @j.okafor for leading the RCA.""",
    # 23 psych, social media
    """Adolescent psych question. 16F, [[PT:Kaylee Rose Dunmore]], admitted after her school counsellor at [[FAC:Cedar Falls West High]] saw a TikTok ([[HANDLE:@kayleeroseee_x]]) where she was cutting. Also an anonymous Tumblr at [[URL:https://softghost-kayl.tumblr.com]]. Mother [[REL:Brandi]] didn't know any of it. Unit rules say no phone, but she says her "followers will think she died". Do you contact the platform? DBT-A starting. We moved her from [[TOWN:Cedar Falls]] to our unit 40 miles away; she wants to go back to [[TOWN:Cedar Falls]] for prom on [[DATE:May 17]].""",
    # 24 pager and fax
    """Consult request pasted from our fax queue (yes, fax, in this year):

TO: Pediatric Nephrology, fax [[FAX:(312) 555-0186]]
FROM: Dr. [[HCP:Iyabo Fashola]], [[FAC:Westlake Pediatric Associates]], pager [[PAGER:312-555-0139]]
RE: [[PT:Mateo Sandoval-Ruiz]], 8M, DOB [[DATE:10/02/2016]], MRN [[MRN:WPA-0088214]]
Gross hematuria 2 days after strep pharyngitis, C3 low, C4 normal, BP 128/84, Cr 0.9.

Clinic can't see him for 3 weeks. PSGN will probably settle, but BP 128/84 at 8 years old makes me nervous. Would you admit?""",
    # 25 pasted email header
    """Got this from a parent and I'm not sure how to reply without breaking policy. Pasted:

From: [[REL:Tomás Echeverría]] <[[EMAIL:tomas.echev1978@correoluz.mx]]>
Sent: [[DATE:Tue 11/05/2024]] 23:48
To: Dr. [[HCP:Helena Sørensen]]
Subject: [[PT:Lucía]]'s results??

"Doctora, the school nurse at [[FAC:Escuela Primaria Benito Juárez]] said [[PT:Lucía]] has a heart murmur and now she has fainted twice in PE. We go back to [[TOWN:San Miguel de Allende]] on [[DATE:the 20th]]. Please tell me the echo."

Echo done [[DATE:11/04]]: HOCM, septum 24 mm, LVOT gradient 70 at rest. She is 11. I have to call them, not email. Anyone with experience of paeds HCM referral in Mexico?""",
    # 26 monkey bite, travel insurance
    """Rabies PEP question. [[PT:Declan Moriarty]], 29M, backpacker, bitten on the hand by a macaque at [[PLACE:Sangeh Monkey Forest]] on [[DATE:2 Nov]]. Clinic in [[TOWN:Ubud]] gave a dose of vaccine on [[DATE:Nov 3]] but no RIG (none available). He flew home to [[TOWN:Ennis]] and came to us on day 6. Travel insurer ([[FAC:Wanderwise Assist]], policy [[ID:WWA-IE-77310452]]) will only pay if it is "medically necessary". Is HRIG still indicated on day 6 after the first vaccine dose? WHO says no after day 7 -- I think we give it. Also B virus -- valacyclovir? Macaques in [[PLACE:Bali]], is that even a concern?""",
    # 27 NAT peds, licence
    """Child protection case, I'm the peds hospitalist. 4mo boy, [[PT:Jayden Kowalczyk]], posterior rib fractures (healing 5th-7th L), SDH of different ages, retinal haemorrhages too numerous per Dr. [[HCP:Yusuf Demir]] (ophtho). Father [[REL:Tyler Kowalczyk]] gave a driver's licence to security that, when the detective ran it, number [[LIC:K623-118-94-402-0]], was not his. Mother's partner, [[REL:Brayden Shultz]], has a prior CPS file in [[COUNTY:Lorain County]]. Skeletal survey repeat on [[DATE:12/26]]. What's your threshold for genetic testing for OI in these cases? The family lawyer wants COL1A1/COL1A2.""",
    # 28 neonatal, Igbo
    """NICU question. Baby Girl [[PT:Nwachukwu]], born at 27+3 on [[DATE:the 22nd]] at [[FAC:Lakeview-Harmon Medical Center]], 890 g, Apgars 3/7. Mum [[REL:Chiamaka Nwachukwu]] is a student at [[FAC:Delmar Community College]], dad [[REL:Ikenna]] works nights. Day 12: abdominal distension, pneumatosis on AXR, Bell stage IIB NEC. Mum has breast milk; donor milk running short. NPO 10 days, amp/gent/metro. Surgeon (Dr. [[HCP:Ruth Oyelaran]]) wants a drain if it perforates. Anyone using probiotics routinely in <1000 g? Our pharmacy won't stock them.""",
    # 29 teen pregnancy WIC
    """Adolescent med. 15F, [[PT:Destiny Fairweather]], 24 weeks pregnant, screening positive for an eating disorder (restricting, vomiting), BMI 17.2, K 2.9. She lives with her aunt [[REL:Latonya Fairweather]] at [[STREET:4408 Magnolia Ct]], [[TOWN:Bessemer]], AL [[ZIP:35020]]. WIC ID [[PLAN:WIC-AL-2209184]]. She won't let OB weigh her. Baby measuring 10th centile. Is there anyone who has done blind weights + meal plans in pregnancy in teens? OB (Dr. [[HCP:Camille Broussard]]) is worried about FGR.""",
    # 30 Kawasaki, Hindi names
    """Peds cardiology Q. [[PT:Aarav Sharma]], 2M (2 years), 6 days fever, red lips, conjunctivitis, peeling fingers only now. Dadi ([[REL:Kamla Devi]]) kept him on home remedies first; parents work at [[FAC:Shree Balaji Textiles]] in [[TOWN:Bhiwandi]]. Echo: LAD z-score 6.2, RCA 4.8. IVIG 2 g/kg given on day 7, still febrile 36 h later. Second IVIG vs infliximab vs steroids? Ministry fund won't pay for infliximab. Father's number [[PHONE:+91 98201 55563]] if any colleague nearby can help arrange it. Thanks to @neha.iyer for the RAISE paper.""",
    # 31 TB in bus station, ID
    """TB contact tracing challenge. Index: 57M, [[PT:Earl Holloway]], unhoused, sleeps at the [[FAC:Union Street Greyhound station]], smear 3+, cavitary, Xpert rif-sensitive. He eats daily at [[FAC:St. Vincent de Paul Dining Hall]] on [[STREET:Jefferson Ave]]. Named contacts: his friend "[[REL:Tiny]]" and a woman he calls his sister, [[REL:Loretta]]. No phones. The health department nurse, [[HCP:Gina Mancuso]], has been walking the station at night. DOT via a bus pass is the plan. Has anyone had success with video DOT on a free phone in this population?""",
    # 32 tox, poison centre
    """Tox curbside. 17M, [[PT:Ezekiel Amadi]], took pressed bars bought on Snapchat (his username there is [[HANDLE:zeke.amadi07]]). Arrived GCS 6, RR 6, naloxone 4 mg total with partial response. Fentanyl + bromazolam on the urine screen from [[FAC:Midwest Toxicology Labs]]. Poison center case [[ID:RMPC-2025-041177]]. Mother [[REL:Chinelo]] wants to know what to tell the school. He's at [[FAC:Rivergate Academy]]; three other kids there overdosed since [[DATE:Oct 1]]. Flumazenil: never? We didn't.""",
    # 33 cholera camp
    """Global health. Writing from a cholera treatment centre in [[PLACE:Kakuma Camp 3]]. Yesterday [[DATE:14/08/2024]] we had 41 admissions. One I want to ask about: [[PT:Amina Yusuf Abdi]], 9F, severe dehydration, Plan C, 100 ml/kg RL. After 6 hours she had seizures, Na 122. Mother [[REL:Halimo]] gave her "sugar water" at home for 2 days. Hypotonic fluid? We gave 3% saline 3 ml/kg and she settled. The team leader, Dr. [[HCP:Ochieng]], asks if anyone has data on hyponatraemia in paeds cholera. Our phone for MSF liaison is [[PHONE:+254 722 555 019]].""",
    # 34 Korean grandmother 93
    """Geri/EM case from [[TOWN:LA]] [[PLACE:Koreatown]]. [[PT:Kim Soon-ja]], [[AGE:ninety-three]], brought by granddaughter [[REL:Grace Kim]] after 3 days of not eating. Halmeoni speaks only Korean; interpreter via phone. Na 114, serum osm 238, urine osm 92. Drinks barley tea "all day" and eats little: tea-and-toast picture. 3% bolus 100 ml, then careful. Worry about ODS. Her Korean resident number from an old document: [[ID:320512-2847163]] -- why is that in our chart? Granddaughter lives at [[STREET:3rd and Serrano]]. Lives with her since [[YEAR:2018]]. How fast do you correct in a [[AGE:93]] year old with chronic hypo?""",
    # 35 Vietnamese nail salon
    """Occupational case. [[PT:Nguyễn Thị Hoa]], 36F, nail technician at [[FAC:Lucky Star Nails & Spa]] in [[TOWN:Garden Grove]] for 12 years. New-onset asthma, FEV1 62%, post-BD 81%. Symptoms improve on her days off (Sun-Mon). Methacrylate allergy? Patch testing positive to HEMA. Daughter [[REL:Vy]] translates; Chị [[PT:Hoa]] worries she'll lose her job. Any of you do specific inhalational challenge? We'd like a letter for her boss, [[REL:Tony Lâm]], who's also her brother-in-law. Thanks Dr. @vuong.ng for the OSHA link.""",
    # 36 Epic Secure Chat, word names
    """Pasted from Epic Secure Chat last night (our unit, our patient):

[02:14] [[HCP:Rose Bishop]] RN: 4B bed 12 [[PT:Dawn Page]] BP 72/40, HR 130, rigoring
[02:16] [[HCP:Will Carpenter]] (night HO): coming. lactate?
[02:21] [[HCP:Rose Bishop]] RN: 5.8. she's on her 3rd day of pip-tazo
[02:25] [[HCP:Will Carpenter]]: 30/kg started, mero instead, cx, call ICU. her husband [[REL:Guy]] on [[PHONE:555-0146]]
[02:48] ICU fellow: accepting

She turned out to have an infected PICC, CoNS and then Candida. Question: remove the line before the ICU bed? We did it on the floor.""",
    # 37 psych, nickname in quotes, Spanish
    """Inpatient psych, asking about clozapine rechallenge. [[PT:Marisol "Sunny" Echeverría Baptista]], 31F, treatment-resistant schizophrenia, had myocarditis on clozapine in [[DATE:MAR-2023]] (trop 2.1, CRP 98, EF 40%, recovered fully). Three other antipsychotics failed since. [[PT:Sunny]]'s mother, Doña [[REL:Pilar Baptista]], is begging us to try again because "she was herself on it". Cardiology (Dr. [[HCP:Anand Krishnamurthy]]) OK with a slow rechallenge with weekly trop/CRP for 8 weeks. She lives in a group home, [[FAC:Casa Esperanza Residence]], where staff can't do daily vitals. Anyone done it outpatient?""",
    # 38 centenarian, words
    """Only in EM. Tonight's oldest patient: Mrs. [[PT:Winifred Oduya]], [[AGE:a hundred and one]], came by ambulance from [[FAC:Holly Hill Care Home]] with a hip fracture, totally lucid, asking for tea and the cricket score. Her son [[REL:Ambrose]], himself seventy-nine, drove in behind the ambulance. [[REL:Ambrose]] wants "everything", she wants "the hip fixed and nothing else, thank you". Ortho (Mr [[HCP:Peregrine Hale]]) will do a hemiarthroplasty tomorrow. Fascia iliaca block done by our reg, [[HCP:Temi]]. Question: do people still do a formal capacity assessment for a DNACPR when she is this clear? She was born on [[DATE:Boxing Day 1924]], she told me twice.""",
    # 39 CaringBridge and short link
    """Thank you all for the support with this one. Update for those who asked: our 14yo with anti-NMDAR encephalitis ([[PT:Lily-Mae Hartigan]]) finally had her ovarian teratoma out on [[DATE:Friday 21 June]] and is saying words again after rituximab. Her parents post updates at [[URL:https://www.caringbridge.org/visit/lilymaehartigan]] and have a fundraiser at [[URL:bit.ly/LilyMaeStrong]] for travel to [[FAC:Boston Children's]]. Dad [[REL:Sean]] asked me to thank the network. Dr @ruth.abernethy, your tip about CSF antibodies when serum was negative saved weeks.""",
    # 40 telehealth IP, SSN
    """Compliance asked me to post this as a learning case (de-identification fail, ironically). A tele-psych visit for [[PT:Harold Kingsley]] was recorded with the patient's SSN ([[SSN:219-55-8814]]) read aloud by the intake clerk and the session log showing the login from [[IP:203.0.113.47]]. The recording was shared by a student to their personal Google Drive. The patient lives in [[TOWN:Cumberland Gap]] and his wife [[REL:Edna]] called us after receiving a strange letter. Risk management case [[ID:RM-2024-1182]]. What training do you use for students on recordings?""",
    # 41 device serial, VIN, pacemaker
    """EM: 83M, [[PT:Lloyd Sandoval]], crashed his pickup (VIN [[VIN:3GCUKREC8JG217745]]) into a ditch on [[STREET:Hwy 41]] near [[TOWN:Dos Palos]] after a syncopal episode. PPM interrogation by the rep: Medtronic serial [[DEVICE:PJN448812S]], lead fracture, intermittent loss of capture since [[DATE:9/18]]. Temporary wire placed, lead revision tomorrow. His daughter [[REL:Verónica]] is angry the device clinic missed the alert. Remote monitoring was off since he moved from [[TOWN:Firebaugh]]. Anyone know the liability here?""",
    # 42 account, Medicaid, dialysis refusal psych
    """Ethics/psych consult. [[PT:Reginald Thibodeaux]], 58M, ESRD, refusing dialysis after his wife [[REL:Marie-Claire]] died in [[DATE:Jan]]. PHQ-9 22. Capacity: he understands, appreciates, reasons, and chooses clearly. Social work found his hospital bill (account [[ACCT:AC-7730-55291]]) has gone to collections and his Medicaid ([[PLAN:LA-MCD-44018273]]) lapsed. He says "I'm not a burden on anybody." Is this depression-driven refusal? Treat depression first and revisit? Nephrologist Dr. [[HCP:Boudreaux]] asks how long we can wait; K is 6.0.""",
    # 43 group chat Manila
    """Sharing our Viber group (resident team at [[FAC:Ospital ng Sampaloc]]) -- need advice on this kid:

[21:03] [[HCP:Jomar]]: 8yo M [[PT:JC Macaraeg]], day 5 dengue, plt 18k, hct 52 from 38, cold extremities
[21:05] Dra. [[HCP:Lim]]: critical phase na. bolus 10/kg PLR
[21:22] [[HCP:Jomar]]: after 2nd bolus hct 48, still CRT 4s. lola [[REL:Lourdes]] said he had vomiting since lunch
[21:30] Dra. [[HCP:Lim]]: colloids na
[21:45] [[HCP:Jomar]]: ok na BP 90/60

He's fine now. Our question: at what point do you go to colloid in DSS in a resource-limited ward? WHO [[YEAR:2009]] guide vs our local CPG differ. Salamat!""",
    # 44 lower-case phone-typed reply, Rose
    """@kwame.asante sorry late reply, on call. yes we saw one like that. our pt [[PT:rose mcdonagh]], [[AGE:96]], lives w her niece [[REL:dolores]] above [[FAC:mcdonagh's pharmacy]] (family business) in [[TOWN:killavullen]]. came in w hyponatraemia 118 on citalopram + thiazide. we stopped both, fluid restrict 1L, na 131 in 4 days. niece rang every day from [[PHONE:+353 22 555 0181]]. my reg [[HCP:fionnuala]] did the whole workup, credit to her. [[PT:rose]] was back in [[TOWN:killavullen]] for her birthday on the [[DATE:14th]] -- [[HCP:dermot]]""",
    # 45 tumour board Korea
    """MDT summary from [[FAC:Seoul Hanbit University Hospital]], [[DATE:2024.11.21]]. Presenting: Prof. [[HCP:Yoon Hye-jin]]. Patient [[PT:Lee Dong-hyun]], 58M, gastric adenocarcinoma, Lauren diffuse, signet ring, cT4aN2M0. HER2 1+, CLDN18.2 positive 80%, PD-L1 CPS 3, MSS. Family history: his older brother [[REL:Lee Dong-su]] died of gastric cancer at 45; CDH1 germline test pending. Plan: FLOT x4 then D2 gastrectomy. Zolbetuximab only in metastatic setting per label. Questions from the board: should his daughters ([[REL:Lee Seo-yeon]], 24, and [[REL:Lee Seo-ah]], 21) be tested now?""",
    # 46 Hausa, meningitis belt
    """Meningitis belt question. Dry season, we are in northern Nigeria, [[FAC:Gumel General Hospital]]. 12yo boy [[PT:Usman Garba Danjuma]] from [[PLACE:Ung. Maigari]] ward, neck stiffness, purpura. LP turbid, Gram neg diplococci. Men C? W? We gave ceftriaxone 100 mg/kg single dose per epidemic protocol. His father Malam [[REL:Garba]] wants to take him home to the farm now. Is a single dose enough in a clinically improving child? We have 23 cases since [[DATE:1 Feb]]. Phone for NCDC surveillance: [[PHONE:+234 906 555 0173]] (our desk).""",
    # 47 EM pediatric, chat with word names, Hope
    """peds em q, typing on phone. 3yo [[PT:hope okafor-lynch]] swallowed a button battery at grandma's ([[REL:joan lynch]]) house in [[TOWN:kinsale]] around 4pm. xray halo sign in the oesophagus at 7pm. we gave honey 10 ml x2 before transfer (she's >1yr). GI at [[FAC:CUH]] took it out at 22:40, mild mucosal burn. question: the transfer form asked for the battery brand and the ambulance crew bagged the packaging. we got it (CR2032). anyone adding sucralfate after? thanks @priya.raman for the honey reminder. -- [[HCP:brendan]] (ed reg)""",
    # 48 psych forensic, prison
    """Forensic psych curbside. 34M, [[PT:DeShawn Merriweather]], inmate no. [[ID:B-77104]] at [[FAC:Pinecrest County Jail]], catatonia (Bush-Francis 18) after 3 weeks in solitary. Lorazepam challenge 2 mg: talking within an hour. Now on 2 mg TID. The jail doctor, Dr. [[HCP:Stella Hunter]], asks if we can transfer for ECT; the sheriff says no transports until his court date on [[DATE:01/14/2025]]. His sister, [[REL:Tanisha Merriweather]], is the proxy the court named and calls daily. Any advice on getting a court order for ECT?""",
    # 49 XDR typhoid, returning traveller
    """Travel med / ID. 7yo girl, [[PT:Zainab Qureshi]], back from a wedding in [[TOWN:Hyderabad]] (Sindh) on [[DATE:14-MAR-2024]], fever 10 days, relative bradycardia, rose spots absent. Blood culture: Salmonella Typhi, resistant to ceftriaxone, cipro, co-trimoxazole: XDR. Started meropenem then azithro. Her uncle [[REL:Imran Qureshi]] runs [[FAC:Qureshi Halal Meats]] on [[STREET:Devon Avenue]] and the whole family ate from the wedding caterer. Public health wants stool cultures on the 11 family members at [[STREET:2231 W Devon Ave]], [[TOWN:Chicago]]. Any experience with azithro alone for XDR in kids? And thanks to Dr @farah.siddiqui for sharing the Karachi data.""",
    # 50 Colombia, snakebite
    """Medicina rural, Colombia. Snakebite, 16M [[PT:Jhon Fredy Mosquera Palacios]], from [[PLACE:vereda La Esperanza]], municipio de [[TOWN:Riosucio]], bitten by a Bothrops (he brought the snake, machete'd) on [[DATE:domingo 9 de junio]]. Arrived 11 hours later by river. Clotting time >20 min, fibrinogen unmeasurable, bleeding gums, swelling to the hip. INS antivenom 10 vials, then 4 more. Compartment pressure 42: fasciotomy by Dr. [[HCP:Yesenia Córdoba]]. His mother, Doña [[REL:Eulalia Palacios]], stays with him. How many vials is too many? We have 6 left for the whole region.""",
    # 51 psych email, India
    """Psychiatry colleagues, a boundary question. A 22F patient, [[PT:Ananya Iyengar]], final-year student at [[FAC:Sri Venkateswara Dental College]], BPD traits, emails me at night from [[EMAIL:ananya.iyeng.22@mailpost.in]] and now also my hospital ID. Last mail at 2:40 am on [[DATE:28/01/2025]] with photos of cuts. I called her father [[REL:Srinivasan]] on [[PHONE:+91 80 5555 0162]] for safety. She is angry I "breached trust". DBT isn't available in [[TOWN:Hosakote]]. How do you set limits on email without abandoning?""",
    # 52 state program ID and ISO date, Guatemala
    """Peds GI / global. 11M, [[PT:Byron Ajú Coc]], K'iche' speaker from [[TOWN:Nahualá]], arrived with his dad 2 months ago, now in [[TOWN:Lake Worth]], FL. Dad ([[REL:Tomás Ajú]]) works at [[FAC:Palm Coast Sod Farm]]. Chronic diarrhoea, Hb 7.2 (microcytic), eos 2,100. Stool O&P: Strongyloides larvae and hookworm ova. Ivermectin 2 days + albendazole. State CHIP id [[PLAN:FLK-88120347]] came through on [[DATE:2025-01-07]]. Interpreter (K'iche', not Spanish!) was key. Do you test the whole household? Dad has eosinophilia too.""",
]

FREE_NOTES: list[str] = [
    # F1 WhatsApp thread, role labels only, dengue
    """From our residents' chat, role labels only, no patient details -- posting because the question is general:

[23:10] PGY2: does anyone actually use the tourniquet test anymore? WHO [[YEAR:2009]] still lists it
[23:12] ED reg: it's in the warning-signs box, not the criteria. useless in a fat arm
[23:15] HO1: our CPG says NS1 day 1-5, IgM after day 5
[23:19] PGY2: and Dengvaxia is only for seropositive kids 9-16 right? Qdenga different
[23:24] ED reg: yes. TAK-003 has no serostatus restriction in EU, the SAGE rec is 6-16 in high-burden settings

Could someone post the current WHO position paper link? I have https://www.who.int/publications/i/item/who-wer9918 but not sure it's the latest. @miguel.santos you did the journal club on this, right?""",
    # F2 eponyms psych
    """Psych teaching post for the juniors, since three of you asked after Tuesday's grand rounds. Delusional misidentification syndromes: Capgras (familiar person replaced by an impostor), Fregoli (strangers are one familiar person in disguise), intermetamorphosis, subjective doubles. Then Cotard (nihilistic, "I am dead"), De Clérambault (erotomania), Othello syndrome (morbid jealousy), Ekbom (delusional parasitosis -- also the eponym for restless legs, confusingly). Organic causes first: Lewy body dementia, right hemisphere stroke, Korsakoff. Stockholm, Jerusalem and Paris syndromes are not DSM-5-TR diagnoses. The Young Mania Rating Scale and the Hamilton scale are named after their authors, not after patients. Good reading: https://doi.org/10.1192/bjp.2019.141 -- and Frank psychosis is still the commonest presentation we see.""",
    # F3 travel med vaccines
    """Travel clinic tips (general, not a patient): For a 3-week trip to Vietnam and Cambodia in the wet season, I'd offer hep A, typhoid (Typhim Vi or Vivotif), consider Ixiaro for JE if rural and >1 month or lots of paddy exposure, rabies pre-exposure (Rabipur 2 doses, day 0 and 7, per the ACIP [[YEAR:2022]] schedule). Malaria: Malarone or doxy for western Cambodia borders (artemisinin resistance in the Greater Mekong), none needed for Hanoi or Ho Chi Minh City themselves. Chikungunya vaccine Ixchiq for older travellers is now paused by some agencies. See https://wwwnc.cdc.gov/travel/yellowbook/2024/preparing/vaccine-recommendations and NaTHNaC country pages. Agree with Dr. Tran that the JE risk is overestimated for resort travellers.""",
    # F4 EM rules
    """Sunday reminder on the decision rules, because I saw three CT heads this week that failed nothing: Canadian CT Head Rule (GCS <15 at 2 h, suspected open fracture, signs of basal skull fracture, vomiting x2, age 65+, amnesia >30 min, dangerous mechanism). PECARN for under-18s, split under and over 2 years. NEXUS and the Canadian C-spine rule for necks, Ottawa ankle and Ottawa knee rule, Pittsburgh knee rules if you prefer. San Francisco syncope rule was weaker on validation than its derivation. For kids with a limp, Kocher criteria (4/4 = ~99% septic hip in the original cohort). Thanks @sam.oduya for the laminated cards. PERC is only for low pretest probability -- don't use it in a 70-year-old.""",
    # F5 Gitelman vs Bartter peds
    """Peds nephro teaching Q: 9yo with hypokalaemia 2.6, metabolic alkalosis, normal BP. Gitelman vs Bartter? Gitelman: hypocalciuria, hypomagnesaemia, SLC12A3, usually presents later. Bartter: hypercalciuria, often neonatal/antenatal with polyhydramnios, SLC12A1, KCNJ1, CLCNKB, BSND (type 4 with deafness). Diuretic and laxative abuse first in teenagers, and licorice (glycyrrhizin) -- Liquorice Allsorts count. Urine chloride <20 suggests vomiting. Mg 0.5 here, urine Ca/Cr 0.03. Genetics sent. KCl 2 mmol/kg/day and Mg glycinate. Thanks Dr. Adeyemi and @lucia.ferraro for the spreadsheet of SLC12A3 variants.""",
    # F6 ID place-named viruses
    """ID quiz night answers (from our departmental quiz, the Norovirus round): Norwalk virus is from Norwalk, Ohio; Sapporo virus from Japan; Coxsackie from a town on the Hudson; Marburg from the German lab outbreak in [[YEAR:1967]]; Ebola from a river; Lassa from a town in Borno; Hantaan from a river in Korea; Sin Nombre because nobody wanted it named after Four Corners; Junin and Machupo from Argentina and Bolivia; Rift Valley, Ross River, Murray Valley, St. Louis encephalitis, West Nile, Zika forest, Semliki Forest, Oropouche, Powassan, Kyasanur Forest disease, Omsk haemorrhagic fever, Crimean-Congo. Lyme is a town in Connecticut. Bonus: Pontiac fever and Legionnaires'. Winner: team "Kernig's Revenge".""",
    # F7 psych lithium debate lowercase
    """lithium levels q, typing one handed w a baby asleep on me. target 0.6-0.8 for maintenance, 0.8-1.0 acute mania per most guidelines (NICE CG185 / the [[YEAR:2014]] update, CANMAT [[YEAR:2018]]). 12h post dose. thiazides, ACEi, NSAIDs all raise it. sglt2i lowers it a bit. for elderly pts (88yo on my list) i aim 0.4-0.6. anyone still doing 24h urine for nephrogenic DI? amiloride helps. @tariq.mansoor agreed, the renal risk is overstated in the first 10 yrs. https://www.nice.org.uk/guidance/cg185""",
    # F8 tumour board style without patient
    """Lymphoma teaching MDT (hypothetical cases, for the fellows): Ann Arbor staging with Cotswolds modification is still used for Hodgkin, but Lugano [[YEAR:2014]] for response with Deauville 5-point scale. Stage IIB bulky (>10 cm) HL -- ABVD x6 vs escalated BEACOPP vs BV-AVD (ECHELON-1) vs nivo-AVD (S1826). For Burkitt, DA-EPOCH-R vs CODOX-M/IVAC (the Magrath regimen). Richter transformation: check with PET, SUVmax >10. Mantle cell: MIPI score. Sezary: blood B2. Kikuchi-Fujimoto mimics lymphoma in young women. Castleman (HHV-8 in HIV). Rosai-Dorfman: emperipolesis. 8/22 nodes positive in a colectomy is not lymphoma, before anyone asks.""",
    # F9 neonatal scores
    """NICU fellow asked me for a cheat sheet. Apgars 7/8 at 1 and 5 min, or 3/7 -- beyond 5 min only at 10 and 20 if <7. Ballard for gestational age, Silverman-Andersen and Downes for respiratory distress, Finnegan and Eat-Sleep-Console for NAS, Sarnat staging and Thompson score for HIE (cooling within 6 h, 72 h at 33.5). Bell staging for NEC (modified Walsh and Kliegman), Papile grading for IVH. Kramer's rule for jaundice is out; use the AAP [[YEAR:2022]] nomograms with neurotoxicity risk factors. Baby born at 27+3, 890 g is a "generic" case in the tutorial, not a real one. Thanks @nkechi.obi for reviewing.""",
    # F10 fractures eponyms
    """Ortho for the ED docs, the eponym list that still gets asked: Colles (dorsal), Smith (volar), Barton (intra-articular rim), Bennett and Rolando (thumb base), boxer's (5th MC neck), Monteggia (ulna + radial head dislocation), Galeazzi (radius + DRUJ), Jones (5th MT metadiaphysis, watershed), Lisfranc (fleck sign), Maisonneuve (proximal fibula), Tillaux (adolescent), Segond (ACL), Hill-Sachs and Bankart, Chance (flexion-distraction, lap belt), Jefferson (C1 burst), hangman's (C2), clay-shoveler's (C7 spinous). Salter-Harris I-V and Gartland for supracondylar. Anyone remember who Tillaux was? Grant applications are due so I'm procrastinating.""",
    # F11 guideline debate, sepsis
    """Hot take for the thread: qSOFA is a prognostic tool, not a screening tool, and Sepsis-3 ([[YEAR:2016]]) never claimed otherwise. The Surviving Sepsis Campaign [[YEAR:2021]] recommends against qSOFA alone for screening (vs SIRS, NEWS, MEWS). In LMICs the UVA score did better in an East African cohort. CURB-65 and PSI for pneumonia; the Kigali modification of Berlin ARDS (SpO2/FiO2 <315, no PEEP requirement) for places without ABGs. Fluids: 30 ml/kg is a "suggestion" now. Hope is not a plan, and neither is 6 L of saline. Agree with @kwame.asante on early NIV in ARF only if you have the nurses. https://doi.org/10.1097/CCM.0000000000005337""",
    # F12 derm signs
    """Derm signs quiz, answers below the line, no cheating. 1) Nikolsky sign -- positive in SJS/TEN, SSSS, pemphigus vulgaris. 2) Asboe-Hansen. 3) Auspitz and Koebner (psoriasis). 4) Darier sign (mastocytosis). 5) Hutchinson sign (nasal tip zoster, or the nail one in melanoma). 6) Leser-Trélat (sudden seborrhoeic keratoses, GI adenocarcinoma). 7) Gottron papules, heliotrope, shawl sign, mechanic's hands. 8) Janeway lesions vs Osler nodes. 9) Christmas-tree pattern of pityriasis rosea. 10) Madura foot, Delhi boil, Baghdad boil. HLA-B*15:02 before carbamazepine in Han Chinese and Thai patients for SJS risk; HLA-B*58:01 before allopurinol. -- posted by the derm SIG moderators""",
    # F13 Mallampati Cormack-Lehane
    """Airway rant from an anaesthetist: Mallampati 4, thyromental <6 cm, Cormack-Lehane grade 3b with a Mac 4. The Difficult Airway Society [[YEAR:2015]] algorithm is still the one on our wall; Plan B SAD (i-gel 4), Plan C face mask, Plan D FONA with scalpel-bougie-tube. Apfel score 4/4 for PONV means dexamethasone 4 mg + ondansetron + TIVA. McRoberts, suprapubic pressure and Woods' screw for shoulder dystocia are the other "hands" list my OB colleagues keep on a card. Thanks @ines.moreau for the laminated DAS chart. HELP position for obese patients, always.""",
    # F14 ID abbreviations
    """OPAT checklist our ID group uses, posting for @rahul.menon who asked: PICC vs midline, weekly CBC/CMP/CRP, CK weekly on dapsone... no, on daptomycin. ESR/CRP for osteo. Vanc AUC 400-600 with Bayesian dosing. For MSSA bacteraemia: cefazolin or flucloxacillin, TTE then TOE, repeat cultures 48-72 h, ID consult reduces mortality (level A). SAB score, VIRSTA score for endocarditis risk, Duke-ISCVID [[YEAR:2023]] criteria. LMWH bridging for warfarin in the OPAT pts is a separate question. SNF placement with IV antibiotics is a nightmare. DEA licence needed for the methadone patients who also need OPAT -- that's a different post.""",
    # F15 lowercase pediatric fever rules
    """ok controversial but: for well-appearing febrile infants 8-60 days i use the aap [[YEAR:2021]] guideline + PECARN rule, not rochester or philadelphia or boston anymore. step-by-step is nice in europe. procalcitonin >0.5 is the key. UA, ANC >4000, CRP >20. 22-28 day olds get an LP if inflammatory markers are up. the kid i saw last week (28 days, t 38.2) was fine, UTI, E coli. sorry no details. @dan.whelan what does your shop do for the 29-60 day group with a positive UA?""",
    # F16 global health malaria drugs
    """Malaria drug question from a volunteer doc going to Sierra Leone: Coartem (artemether-lumefantrine) for uncomplicated falciparum, IV artesunate 2.4 mg/kg for severe, rectal artesunate pre-referral in kids under 6. Primaquine single low dose 0.25 mg/kg for transmission blocking without G6PD testing (WHO [[YEAR:2012]]); tafenoquine (Krintafel, Arakoda) needs a quantitative G6PD >70%. For P. vivax radical cure, 14 days primaquine. Chloroquine still fine in Haiti and Central America west of the canal. Lariam mostly gone. Useful: https://www.who.int/publications/i/item/guidelines-for-malaria -- thank you Dr. Oyelowo for the field guide.""",
    # F17 EM ECG abbreviations
    """ECG of the week (no patient info, textbook tracing): ST elevation in aVR with diffuse ST depression -- left main or 3VD, or just a tachycardic anaemic patient. de Winter T waves, Wellens A and B, Sgarbossa and Smith-modified Sgarbossa for LBBB, Brugada type 1 (coved) vs type 2 (saddleback), Osborn J waves in hypothermia, epsilon waves in ARVC, Aslanger pattern for inferior OMI, aVL reciprocal depression as the earliest sign of inferior MI. QTc by Bazett overcorrects at high rates; Fridericia is better. Posted by the Cardio SIG. Agree with Dr. Meyers that OMI/NOMI beats STEMI/NSTEMI as a paradigm.""",
    # F18 psych rating scales
    """For the psych trainees: which scales do we actually use in clinic? PHQ-9, GAD-7, EPDS (Edinburgh Postnatal Depression Scale -- cut-off 13 in most studies, 10 for screening), AUDIT-C, CAGE (old), C-SSRS for suicide, MADRS and HAM-D in trials, YMRS, PANSS, BPRS, Bush-Francis for catatonia (lorazepam challenge 1-2 mg), Simpson-Angus, Barnes akathisia, AIMS for TD, CIWA-Ar and COWS. SAD PERSONS should be retired (see the [[YEAR:2017]] critique). Conners and Vanderbilt for ADHD, M-CHAT-R/F at 18 and 24 months. Spravato (esketamine) needs a REMS-certified site. @ayesha.rahman -- can you add the Korean and Vietnamese validated PHQ-9 versions to the drive?""",
    # F19 hepatology criteria
    """Hepatology teaching: King's College criteria for paracetamol ALF (pH <7.30, or INR >6.5 + Cr >300 + grade 3-4 encephalopathy), Clichy for non-paracetamol in France. Maddrey DF >32 and Lille at day 7 (>0.45 = non-responder) for alcoholic hepatitis; MELD-Na, Child-Pugh, Milan and UCSF criteria for HCC transplant, Baveno VII for portal hypertension, West Haven grades for HE. Kayser-Fleischer rings in Wilson, ATP7B. Budd-Chiari, Gilbert (UGT1A1), Crigler-Najjar, Dubin-Johnson, Rotor. Charcot triad and Reynolds pentad; Tokyo Guidelines [[YEAR:2018]] for cholangitis. Atlanta classification (revised [[YEAR:2012]]) for pancreatitis.""",
    # F20 Korean thread, members only
    """Reply thread on "when do you start SGLT2i in HFrEF" (original post by @jiwoo.han):

> @jiwoo.han: In Korea we start dapagliflozin before discharge, even with eGFR 25.
Agree, DAPA-HF and EMPEROR-Reduced, and DELIVER for HFpEF. "Fantastic four" (ARNI, BB, MRA, SGLT2i) within 6 weeks per STRONG-HF. Entresto cost is the issue in many of our countries. Jardiance and Farxiga both fine. Euglycaemic DKA risk in T1DM and peri-op -- hold 3 days before surgery. Thanks @jiwoo.han and Dr. Nwosu for the summary slide. Also Ozempic for HFpEF with obesity (STEP-HFpEF). -- a cardiology fellow in the Philippines""",
    # F21 TB teaching
    """TB regimens summary for our fellows: RIPE (HRZE) 2 months then HR 4 months. The 4-month HPMZ regimen (rifapentine-moxifloxacin, Study 31/A5349) for 12+ with drug-susceptible pulmonary TB. BPaLM for RR-TB (6 months, WHO [[YEAR:2022]]). TB preventive therapy: 3HP, 1HP, 4R, 6H. Xpert MTB/RIF Ultra, LF-LAM for advanced HIV. Ghon focus and Ranke complex, Pott disease, Poncet arthritis, scrofula. IGRA vs TST: BCG affects TST. Paediatric: Keith Edwards score in some Indian centres. Don't forget pyridoxine. Agree with @dr.sahu that the Nikshay Poshan Yojana cash transfer helps adherence.""",
    # F22 chat with roles, stroke
    """Stroke code debrief (role labels, teaching only):

Neuro reg: NIHSS 14, LKW 3 h, ASPECTS 8, CTA M1 occlusion
ED cons: tenecteplase 0.25 mg/kg or alteplase?
Neuro reg: TNK, per AcT and our protocol since [[YEAR:2023]]. thrombectomy team activated
Stroke nurse: BP 190/100, labetalol 10 IV
ED cons: door-to-needle 28 min. nice.

Take-home: ABCD2 for TIA is not enough on its own, Canadian TIA score is better. Rankin at 90 days is the outcome. HINTS exam for the dizzy ones (HINTS plus with hearing). Well done team.""",
    # F23 phone-typed reply, travel fever
    """replying to the returned-traveller thread. my approach: malaria until proven otherwise, 3 films 12-24h apart or RDT + film. then dengue (NS1/IgM), enteric fever, rickettsia (eschar! scrub typhus in SE Asia, Mediterranean spotted fever, African tick bite fever), lepto if fresh water, chikungunya, zika in pregnancy. VHF risk assessment if West Africa within 21 days -- Lassa, Ebola, Marburg, CCHF. Katayama fever if they swam in Lake Malawi. Brucella if unpasteurised cheese. Q fever if farms. eosinophilia -> strongyloides, schisto. sorry for the wall. @amaka.nwosu nailed it above re the eschar""",
    # F24 peds croup bronchiolitis
    """Winter is coming to the peds ED. Quick refresh: Westley croup score (stridor, retractions, air entry, cyanosis, LOC), dexamethasone 0.15-0.6 mg/kg, nebulised adrenaline 0.5 ml/kg of 1:1000 (max 5 ml). Bronchiolitis: NICE NG9 says no salbutamol, no hypertonic saline routinely, O2 if SpO2 <92%, HFNC if worsening. Nirsevimab (Beyfortus) for all infants in their first RSV season, Abrysvo maternally at 32-36 weeks. Kawasaki vs MIS-C: MIS-C has more GI and shock, lower platelets. PAS and pAppendicitis Risk Calculator for RLQ pain. Thanks Dr. Gallagher for the poster. Grant funding paid for the laminated copies on every bay.""",
    # F25 psych, lowercase, general
    """genuine q for the psych folks. clozapine titration in an inpatient who is a cyp1a2 rapid metaboliser (heavy smoker): smoking ban on admission pushes levels up, so we cut 30-50%. ANC monitoring per the REMS (now retired in the US since [[YEAR:2025]]?) and per the UK CPMS. myocarditis risk first 4 weeks -- weekly trop/CRP, Ronaldson protocol. constipation is the real killer (ileus), docusate is useless, use senna + macrogol. anyone used the Maudsley prescribing guidelines 14th ed? @oksana.kovalenko said there's a new chapter on rechallenge.""",
    # F26 obstetrics emergencies
    """OB emergencies for EM docs (generic drill): shoulder dystocia -- HELPERR, McRoberts + suprapubic pressure resolves ~50%, then Rubin II, Woods' screw, delivery of posterior arm, Gaskin all-fours, Zavanelli last. PPH: 4 Ts, oxytocin 10 IU IM, TXA 1 g within 3 h (WOMAN trial), Bakri balloon, B-Lynch suture. Eclampsia: MgSO4 4 g IV, Zuspan or Pritchard regimen. Bishop score >8 favourable. Chadwick sign is not a pregnancy test. Agree with @hadiza.bello that the Pritchard IM regimen is the one that works in rural Nigeria without pumps.""",
    # F27 Korean/Japanese diseases
    """Geographic eponyms quiz (answers): Kawasaki disease (Japanese paediatrician), Takayasu arteritis, Hashimoto thyroiditis, Kikuchi disease, Moyamoya ("puff of smoke" in Japanese), Minamata disease (mercury, a bay in Kumamoto), itai-itai (cadmium, Toyama), Kashin-Beck (selenium, Siberia/China), Keshan disease (cardiomyopathy, Heilongjiang), Behçet (Turkish dermatologist, Silk Road distribution), Tsutsugamushi disease, Japanese encephalitis, Korean haemorrhagic fever (Hantaan). Madras motor neuron disease, Bombay phenotype, Mediterranean spotted fever, Familial Mediterranean Fever (MEFV), Lyme, Rocky Mountain spotted fever. Nobody got Keshan. -- the ID journal club team""",
    # F28 EM tox
    """Tox pearls (no patient): TCA overdose -- QRS >100, R wave in aVR >3 mm, sodium bicarbonate 1-2 mEq/kg. Serotonin syndrome -- Hunter criteria (clonus!) over Sternbach. NMS -- lead pipe rigidity, CK, slower onset. Anticholinergic: "blind as a bat, mad as a hatter". Cyanide: hydroxocobalamin (Cyanokit) 5 g. Methanol: fomepizole, HD if pH <7.15. Paracetamol: Rumack-Matthew nomogram (150 line in US, 100 line in UK since [[YEAR:2012]]), SNAP 12 h NAC regimen. Digoxin: DigiFab. Naloxone: 0.04 mg titration in opioid-dependent pts. Call your poison centre early; they are free and answer 24/7.""",
    # F29 thread replying, colleagues
    """Re: "first-line for generalised anxiety in teens". Agree with Dr. Okafor and with @sara.lindqvist: CBT first, SSRI if moderate-severe (sertraline or escitalopram; fluoxetine has the most paediatric data for depression, TADS, not GAD). CAMS trial: combination best (80.7% response). Black box on suicidality -- monitor weekly x4. Avoid benzos. Buspirone weak. For school refusal, graded exposure with the school. Thanks Kwame for the CAMS slide and Priya for the SCARED questionnaire link: https://www.pediatricbipolar.pitt.edu/resources/instruments (public, not a patient page).""",
    # F30 Filipino English, dengue teaching
    """Good evening po. For our interns in the Philippines: dengue phases are febrile, critical (day 3-7, defervescence), recovery. Warning signs: abdominal pain, persistent vomiting, mucosal bleed, lethargy, liver >2 cm, hct rise with plt drop. DOH-CPG [[YEAR:2024]] and WHO [[YEAR:2009]]. Don't give NSAIDs. Fluid per IBW for obese kids. Colloid if refractory shock. Dengvaxia controversy since [[YEAR:2017]] -- we still have vaccine hesitancy in barangay health centers because of it. Salamat sa lahat, especially Doc @jun.reyes for the slides. God bless our RHUs.""",
    # F31 UK GP thread, NICE
    """UK GP here. Re the thread on UTI in older adults: NICE NG109 and the [[YEAR:2018]] PHE diagnostic flowchart -- no dipstick in over-65s, no treatment for asymptomatic bacteriuria. Nitrofurantoin if eGFR >45 (>30 short course), pivmecillinam as second line. Care homes send a sample with every "off legs" episode; Delirium is not a UTI until proven. 89-year-old with new confusion? Check bloods, constipation, meds (anticholinergic burden score), TEP/ReSPECT form in place. Thanks @hannah.okeeffe for the laminated NEWS2 card. Some areas have good SNF-equivalent pathways -- sorry, "care home" in UK-speak.""",
    # F32 Nigerian English, snakebite general
    """Good day colleagues. In Northern Nigeria we see many carpet viper (Echis ocellatus) bites in the rainy season. 20-minute whole blood clotting test is the key bedside test -- if the blood doesn't clot, give antivenom (EchiTAb-Plus-ICP or EchiTAb G). Repeat WBCT20 6-hourly. The referral snakebite centres in Gombe and Plateau states have big experience. Avoid tourniquets and incision. Neostigmine for cobra neurotoxicity (Naja). Anaphylaxis to antivenom: adrenaline 0.5 mg IM ready. Thanks to Dr. Habib and @musa.ibrahim for the field protocol -- WHO guidelines here: https://www.who.int/publications/i/item/9789290225300""",
    # F33 Polish English, tick-borne
    """Hello from Poland, sorry for English. In our region tick-borne encephalitis (TBE) is common, Podlasie and Warmia-Mazury. Vaccine FSME-Immun or Encepur, 3 doses, booster after 3 years then 5. Lyme neuroborreliosis: Bannwarth syndrome (radicular pain + facial palsy + lymphocytic CSF). Diagnosis per EFNS criteria, intrathecal antibody index. Treatment doxycycline 200 mg 14 days is equal to ceftriaxone (Ljøstad trial). Erythema migrans is clinical diagnosis, no serology. Also anaplasmosis and babesiosis in co-infection. Question: do you see post-treatment Lyme syndrome often? Thanks dr @marta.kowal for the teaching.""",
    # F34 Vietnamese English, melioidosis teaching
    """From Vietnam, general teaching. Melioidosis: "the great mimicker". Risk factors: diabetes, CKD, alcohol, thalassaemia, rice farming, monsoon season. Burkholderia pseudomallei -- safety pyjama-pin Gram stain, Ashdown agar. Intensive phase ceftazidime or meropenem 10-14 days (longer for deep abscess), then co-trimoxazole eradication 3-6 months. Darwin guideline is the best ([[YEAR:2020]] revision). Scrub typhus (Orientia) also common, doxycycline. Thanks anh @duc.pham and chị @linh.vo for the translation of the protocol.""",
    # F35 peds surgery
    """Surgical teaching for peds residents: intussusception (Dance sign, target sign, air enema), malrotation with volvulus (bilious vomiting = surgical emergency until proven otherwise, Ladd procedure), pyloric stenosis (olive, hypochloraemic alkalosis, Ramstedt pyloromyotomy), Hirschsprung (delayed meconium, RET gene), Meckel diverticulum (rule of 2s), Wilms vs neuroblastoma (MYCN, Homer Wright rosettes), testicular torsion (TWIST score, Prehn sign unreliable, blue dot sign for appendix testis). Alvarado and PAS scores. Kasai for biliary atresia before 60 days. Thanks Dr. Ní Bhriain for the slides -- Frank discussion afterwards about night-time appendicectomies was the best part.""",
    # F36 Indian English, scrub typhus
    """Greetings from South India. Query for ID seniors: acute undifferentiated febrile illness in monsoon -- scrub typhus, lepto, dengue, malaria, enteric. Look for eschar in axilla, groin, under the breast. Weil-Felix OX-K is outdated; use IgM ELISA. Doxycycline 100 mg BD 7 days, or azithromycin in pregnancy. INTREST trial: combination IV doxy + azithro better for severe. Kyasanur Forest disease in Karnataka in the dry season, Nipah in Kerala (Kozhikode clusters, [[YEAR:2018]], [[YEAR:2023]]). Thanks @vikram.nair for the algorithm from a Tamil Nadu teaching hospital.""",
    # F37 psych ADHD adult
    """Adult ADHD prescribing thread, general. Vyvanse, Concerta, Ritalin LA, Strattera, Intuniv, Qelbree. In the US: DEA schedule II, no refills, EPCS with two-factor. In the UK: controlled drug, 30-day max, shared care with GP. Baseline BP, HR, weight; ECG only if cardiac history. DIVA-5 and ASRS v1.1 for diagnosis. Stimulant shortage since [[YEAR:2022]]. Wellbutrin as off-label. Art therapy is not evidence-based for ADHD. Hope everyone had a good conference. @dan.whelan, your slides on substance use comorbidity were great.""",
    # F38 EM ultrasound
    """POCUS teaching (no patient): eFAST views -- RUQ (Morison's pouch), LUQ, pelvis, subxiphoid, lungs (lung point, barcode sign on M-mode = pneumothorax, "seashore" normal). RUSH exam for shock. BLUE protocol (Lichtenstein) for dyspnoea. McConnell sign (RV free wall akinesia, apex spared) for PE. IVC >2.1 cm with <50% collapse. Kerley B lines equivalent = B-lines >3 per field. Murphy sign sonographic. Hampton hump and Westermark sign are CXR signs, not US. Thanks @lena.holt for the hands-on session and to the sim lab for the phantoms.""",
    # F39 ID abbreviations HIV
    """HIV clinic pearls, nothing identifying: rapid ART start (same day), Biktarvy or dolutegravir + TDF/3TC (TLD in LMICs). CD4 <200 -> PJP prophylaxis (co-trimoxazole), <100 + CrAg screen, <50 -> MAC no longer routine if ART started. IRIS with TB: delay ART 2 weeks (8 weeks if TB meningitis). Cabenuva (CAB/RPV LA) every 2 months. PrEP: Descovy, Truvada, Apretude, lenacapavir twice-yearly (PURPOSE 1). Kaposi sarcoma, HHV-8, Castleman. WHO stage 4. Shout out to @thandi.mokoena for the dolutegravir weight-gain review.""",
    # F40 ages under 90 and years
    """Geriatrics journal club summary: the [[YEAR:2019]] AGS Beers criteria update, STOPP/START v3 ([[YEAR:2023]]). Our audit: 212 patients aged 75-89, mean age 82, 61% on 10+ drugs; the oldest was 89. Anticholinergic burden (ACB) >3 in 28%. Deprescribing PPIs and benzos had the biggest effect. Clinical Frailty Scale 5-7 majority. Timed Up and Go >13.5 s. MoCA 24/30 average. Hip fracture with 4AT for delirium. Thanks @grace.mensah for the data cleaning. Next month: the Rockwood frailty index and the Edmonton Frail Scale.""",
    # F41 chat, members, general cardiology question
    """Thread from this network's cardio channel, reposted for the IM group:

@ravi.kumar: "do you anticoagulate subclinical AF from a device?"
@elena.popescu: ARTESiA said apixaban reduced stroke but more bleeding; NOAH-AFNET 6 was negative for edoxaban
@ravi.kumar: so >24 h episodes yes, 6 min-24 h shared decision?
@olumide.adebayo: that's what ESC [[YEAR:2024]] says basically

Consensus: shared decision for 6 min-24 h AHRE with CHA2DS2-VA 4+. Thanks all. LAAO (Watchman, Amulet) for the high bleeders.""",
    # F42 global health nutrition
    """Global health teaching: severe acute malnutrition in children 6-59 months. MUAC <115 mm, WHZ <-3, or bilateral pitting oedema (kwashiorkor). F-75 then F-100 or RUTF (Plumpy'Nut). ReSoMal, not standard ORS. Amoxicillin for all uncomplicated SAM. Refeeding syndrome: phosphate. Marasmus vs kwashiorkor vs marasmic kwashiorkor. WHO [[YEAR:2013]] update, and the [[YEAR:2023]] guideline on wasting. Stunting HAZ <-2. Vitamin A, zinc for diarrhoea. Thanks @fatima.diallo and Dr. Mwangi for field photos (parents' consent on file, no faces).""",
    # F43 UK paeds safeguarding generic
    """Safeguarding teaching (no case): sentinel injuries -- bruising in a non-mobile infant (TEN-4-FACESp rule: torso, ears, neck, frenulum, angle of jaw, cheeks, eyelids, subconjunctivae, patterned, in under 4 yrs or any in under 4 months). Skeletal survey, CT head under 1 year, ophthalmology within 24 h, repeat survey at 11-14 days. Differentials: OI (COL1A1/COL1A2), Menkes, vitamin D deficiency, glutaric aciduria type 1, congenital dermal melanocytosis ("Mongolian spots" -- please stop calling them that). Thanks @ruth.abernethy and the CP team at our hospital.""",
    # F44 lowercase ED shift vent
    """just finished 12 nights in a row. no cases, just a vent. 4 psych holds boarding 70+ hours each, 2 ICU boarders, the SNF wont take anyone after 3pm, the NIV machines were all in use so a COPDer sat on a venturi for 2h. called the hospitalist 6 times for 1 admit. DEA x-waiver gone so at least bupe is easier now. thanks to the night nurses and to @marco.bianchi for covering my sunday. going to sleep for 14 hours. will read the GTN infusion thread later.""",
]


# Colleagues taking part in the discussion on the network (thanked, agreed with, quoted,
# replied to, @-mentioned). They are not PHI and carry no span; the bench reads them from the
# record's "members" key. "name" is the member's full registered name (invented where the note
# gives only a first name or only "Dr. Surname"; it contains every name word the note uses),
# "handle" is exactly as written in the note when the note @-mentions them. Members who recur
# across notes keep one registered name (e.g. "Dr. Nwosu" is @amaka.nwosu, "Kwame" and "Priya"
# are @kwame.asante and @priya.raman). Treating clinicians tagged HCP are not listed unless the
# note also addresses or thanks them as a participant in the discussion (none in this set).
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc6-002": [{"name": "Aoife Kenny", "handle": "@aoife.kenny"}],
    "pc6-005": [{"name": "Duc Pham", "handle": "@duc.pham"}],
    "pc6-014": [{"name": "Lena Holt", "handle": "@lena.holt"}],
    "pc6-019": [{"name": "Marta Kowal", "handle": "@marta.kowal"}],
    "pc6-022": [{"name": "Joseph Okafor", "handle": "@j.okafor"}],
    "pc6-030": [{"name": "Neha Iyer", "handle": "@neha.iyer"}],
    "pc6-035": [{"name": "Vuong Ng", "handle": "@vuong.ng"}],
    "pc6-039": [{"name": "Ruth Abernethy", "handle": "@ruth.abernethy"}],
    "pc6-044": [{"name": "Kwame Asante", "handle": "@kwame.asante"}],
    "pc6-047": [{"name": "Priya Raman", "handle": "@priya.raman"}],
    "pc6-049": [{"name": "Farah Siddiqui", "handle": "@farah.siddiqui"}],
    # free notes (F1 = pc6-053)
    "pc6-053": [{"name": "Miguel Santos", "handle": "@miguel.santos"}],
    "pc6-055": [{"name": "Minh Tran"}],
    "pc6-056": [{"name": "Sam Oduya", "handle": "@sam.oduya"}],
    "pc6-057": [{"name": "Tolulope Adeyemi"}, {"name": "Lucia Ferraro", "handle": "@lucia.ferraro"}],
    "pc6-059": [{"name": "Tariq Mansoor", "handle": "@tariq.mansoor"}],
    "pc6-061": [{"name": "Nkechi Obi", "handle": "@nkechi.obi"}],
    "pc6-063": [{"name": "Kwame Asante", "handle": "@kwame.asante"}],
    "pc6-065": [{"name": "Ines Moreau", "handle": "@ines.moreau"}],
    "pc6-066": [{"name": "Rahul Menon", "handle": "@rahul.menon"}],
    "pc6-067": [{"name": "Dan Whelan", "handle": "@dan.whelan"}],
    "pc6-068": [{"name": "Adebola Oyelowo"}],
    "pc6-069": [{"name": "Rachel Meyers"}],
    "pc6-070": [{"name": "Ayesha Rahman", "handle": "@ayesha.rahman"}],
    "pc6-072": [{"name": "Jiwoo Han", "handle": "@jiwoo.han"}, {"name": "Amaka Nwosu"}],
    "pc6-073": [{"name": "Sanjay Sahu", "handle": "@dr.sahu"}],
    "pc6-075": [{"name": "Amaka Nwosu", "handle": "@amaka.nwosu"}],
    "pc6-076": [{"name": "Maeve Gallagher"}],
    "pc6-077": [{"name": "Oksana Kovalenko", "handle": "@oksana.kovalenko"}],
    "pc6-078": [{"name": "Hadiza Bello", "handle": "@hadiza.bello"}],
    "pc6-081": [
        {"name": "Joseph Okafor"},
        {"name": "Sara Lindqvist", "handle": "@sara.lindqvist"},
        {"name": "Kwame Asante"},
        {"name": "Priya Raman"},
    ],
    "pc6-082": [{"name": "Jun Reyes", "handle": "@jun.reyes"}],
    "pc6-083": [{"name": "Hannah O'Keeffe", "handle": "@hannah.okeeffe"}],
    "pc6-084": [{"name": "Aminu Habib"}, {"name": "Musa Ibrahim", "handle": "@musa.ibrahim"}],
    "pc6-085": [{"name": "Marta Kowal", "handle": "@marta.kowal"}],
    "pc6-086": [{"name": "Duc Pham", "handle": "@duc.pham"}, {"name": "Linh Vo", "handle": "@linh.vo"}],
    "pc6-087": [{"name": "Orla Ní Bhriain"}],
    "pc6-088": [{"name": "Vikram Nair", "handle": "@vikram.nair"}],
    "pc6-089": [{"name": "Dan Whelan", "handle": "@dan.whelan"}],
    "pc6-090": [{"name": "Lena Holt", "handle": "@lena.holt"}],
    "pc6-091": [{"name": "Thandi Mokoena", "handle": "@thandi.mokoena"}],
    "pc6-092": [{"name": "Grace Mensah", "handle": "@grace.mensah"}],
    "pc6-093": [
        {"name": "Ravi Kumar", "handle": "@ravi.kumar"},
        {"name": "Elena Popescu", "handle": "@elena.popescu"},
        {"name": "Olumide Adebayo", "handle": "@olumide.adebayo"},
    ],
    "pc6-094": [{"name": "Fatima Diallo", "handle": "@fatima.diallo"}, {"name": "Wanjiru Mwangi"}],
    "pc6-095": [{"name": "Ruth Abernethy", "handle": "@ruth.abernethy"}],
    "pc6-096": [{"name": "Marco Bianchi", "handle": "@marco.bianchi"}],
}


build, render, main = first_set.blind_set(
    "pc6", Path(__file__).with_name("physician_cases_6.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
