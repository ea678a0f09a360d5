# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_8.jsonl``: blind test set 8 of invented physician posts.

Written by a helper session working blind: without reading the detector, its tests,
its docs, the golden files or any other test set; only the TAGS, the parser and the
build helpers of ``make_physician_cases.py`` were read. Every patient, relative,
clinician, place, employer and number is invented (US phones in 555-01xx, UK mobiles
in 07700 900xxx, made-up email and web domains, documentation IP ranges).

Set 8 leans towards Sermo / Figure 1 / r/medicine-style case posts with threaded
replies and questions to colleagues from US community hospitals: rural and urban EM,
hospital medicine, surgery, OB, paediatrics, oncology, cardiology and geriatrics. It
stresses incidental employers and small businesses (a body shop, a feed store, a nail
salon, a taqueria, a warehouse, a charter school, a VFW post), towns introduced by
"lives in / moved from / back to" and referred back to later, intersections, highways
and mile markers, names that are ordinary words, nicknames, people named after places,
voice dictation with spoken punctuation, dates and phones spelled out in words, IDs
with letter prefixes and digit groups, and plates and licences a few words after
their label. The PHI-free notes are dense with eponyms, place-named diseases and
scores, trial and gene names, brand names, codes and public guideline links.

Conventions beyond the README:
- a name referred back to later is tagged at every mention, as is a town mentioned twice;
- a coach, pastor or VFW commander acting for the patient is REL (title left out);
- an intersection or a named overpass is STREET or PLACE; a stretch of highway given by
  mile marker is PLACE, tagged with its highway; a Louisiana parish is COUNTY;
- "Baby Girl <surname> A" tags only the surname; initials standing for patients are PT;
- a pasted secure chat's speaker labels are HCP; the replies from colleagues in the
  network thread are members, not HCP, even when the reply is about the patient;
- a colleague who also treated the patient is HCP in the sentence about the care and a
  member (by handle) in the discussion;
- an internal pager extension is PAGER; a Medicaid/Medicare/insurance member number is
  PLAN; a hospital FIN or bank account is ACCT; a driver's licence is LIC; CPS/APS case
  numbers, NHS numbers, trial subject IDs and consent-form numbers are ID;
- years alone in PHI notes are YEAR; years in PHI-free notes are left untagged.

    python bench/data/make_physician_cases_8.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 rural EM case post with a threaded reply (horse kick, ground transfer)
    """**Single coverage rural ED, would you have flown this guy?**

58M farrier, kicked in the chest by a mare at [[FAC:Gentry Hollow Stables]] around 0500 on [[DATE:the 14th]]. Wife [[REL:Darla]] drove him 40 min to us ([[FAC:Paint Rock Valley Community Hospital]], 12 beds, CT tech goes home at 2300). FAST equivocal in LUQ, CXR 3 left rib fx, HR 118, BP 104/70, lactate 4.1. Called for the helicopter, ceiling was 300 ft so he went by ground down [[PLACE:US-72 past mile marker 31]] to [[FAC:Tennessee Valley Medical Center]]. Grade III splenic lac, IR embolized, never needed OR. He's home in [[TOWN:Woodville]] now and already asking when he can shoe again.

My question: at what point do you stop waiting on the aircraft and just send the ambulance?

— [[HCP:Wes Pruitt]], DO

> **Hannah Lindqvist:** Honestly the minute the dispatcher says "weather hold." Ground with a medic and 2 units of O neg if you have them. We keep a cooler for exactly this.

> **Kofi Mensah:** Agree with Hannah. Also worth a TXA discussion, though the data in blunt abdominal trauma are thin.""",
    # 2 voice dictation with spoken punctuation, all lower case
    """this is doctor [[HCP:anita rao]] dictating an admission history and physical on patient [[PT:lamar bishop]] comma medical record number [[MRN:4 4 7 1 0 9 2 2]] period date of admission [[DATE:november ninth]] period new paragraph the patient is a 71 year old gentleman who lives in [[TOWN:pocahontas]] comma arkansas comma and works part time loading trucks at [[FAC:ozark feed and seed]] period he presents with three days of fever comma productive cough and pleuritic chest pain period his wife [[REL:bernice]] can be reached at [[PHONE:eight seven zero five five five zero one six two]] period primary care is doctor [[HCP:eldridge]] at [[FAC:randolph county rural health clinic]] period new paragraph chest x ray shows right lower lobe consolidation period curb 65 is 2 period plan ceftriaxone and azithromycin comma admit to medicine period end of dictation""",
    # 3 Figure 1 style image post, nail technician
    """What's your diagnosis? 📸 (consent on file, form [[ID:F1-CN-20931]])

34F, nail tech at [[FAC:Glamour Nails & Spa]] in [[TOWN:Garden Grove]], 6 weeks of fissured, weeping fingertip dermatitis on the dominant hand, thumb and index worst. Started a new gel system in [[DATE:early March]]. She actually posted the same photo on her business page ([[HANDLE:@nailsby.vy]]) asking her followers what cream to use, which is how her sister [[REL:Thảo]] convinced her to come in.

Patch test read on [[DATE:4/18]]: 2-HEMA ++, methyl methacrylate +. Nitrile gloves are useless against acrylates, so we talked about 4H liners and a no-touch technique.

[[PT:Vy]] asked me to share so other techs see it. Any derm folks have a better glove recommendation?""",
    # 4 OB: patient named after a city, town changes, husband's employer
    """OB question, long-ish. G2P1 at 38+3, [[PT:Savannah Reyes-Holt]] (yes, named after the city she was born in), moved from [[TOWN:Savannah]] back to [[TOWN:Statesboro]] in the summer to be near her mom [[REL:Lorraine]]. Husband [[REL:Cody]] works at [[FAC:Bulloch Body & Paint]] and is convinced the fumes gave her the rash, lol.

Issue: prior LTCS for arrest of descent, now wants TOLAC, EDD [[DATE:Aug 30]]. Our unit at [[FAC:Ogeechee Regional Medical Center]] does not have 24/7 in-house anesthesia, so by ACOG we are not a TOLAC site. Nearest site is 55 miles. She is adamant, has a doula, and says she'll labor at home until 8 cm.

Has anyone set up a transfer-at-36-weeks plan that actually worked? @ines.carvalho you did this in a similar setting, I think?""",
    # 5 ALL CAPS paediatric asthma template
    """PEDIATRIC ASTHMA ACTION PLAN - ED DISCHARGE
PATIENT: [[PT:JAXON T. MILLER]]    DOB: [[DATE:03/17/2019]]    MRN: [[MRN:PM-00418822]]
SCHOOL: [[FAC:HORIZON PREP CHARTER SCHOOL]] (SCHOOL NURSE COPY)
GUARDIAN: [[REL:KAYLEE MILLER]] (MOTHER)    PHONE: [[PHONE:(405) 555-0131]]
INSURANCE: SOONERCARE, MEMBER NUMBER ON CARD [[PLAN:B44920173]]
PCP: DR. [[HCP:OKONKWO]], [[FAC:NORTHSIDE PEDIATRICS]], FAX [[FAX:405-555-0139]]
GREEN ZONE: FLOVENT 44 MCG 2 PUFFS BID WITH SPACER
YELLOW ZONE: ALBUTEROL 4 PUFFS Q4H PRN, CALL PCP
RED ZONE: ALBUTEROL 6 PUFFS, CALL 911
DEXAMETHASONE 0.6 MG/KG X1 GIVEN IN ED. SEEN BY [[HCP:R. DELACROIX]], MD""",
    # 6 tumour board Markdown table
    """Tumor board list for Thursday (please add imaging before noon):

| # | Patient | MRN | Age | Dx | Question |
|---|---------|-----|-----|----|----------|
| 1 | [[PT:Ivey, Bill]] | [[MRN:E0094417]] | 66 | pT3N1 sigmoid adenoCA, 2/19 nodes | adjuvant CAPOX 3 vs 6 mo |
| 2 | [[PT:Ruiz, Clementine]] | [[MRN:E0102263]] | [[AGE:91]] | 2.4 cm LUL nodule, PET avid | SBRT without tissue? |
| 3 | [[PT:Fenn, Hollis]] | [[MRN:E0087730]] | 48 | ER+/HER2- IDC, Oncotype 31 | chemo yes/no |

Note on #2: she lives with her grandson [[REL:Mateo]] in [[TOWN:Española]] and won't travel to [[TOWN:Albuquerque]] for biopsy. Pulm (Dr. [[HCP:Tsosie]]) says navigational bronch is possible but she declined.
Presenter for #3 is Dr. Aguilar. Thanks, Leah, for pulling the path slides.""",
    # 7 cardiology device check, nonagenarian with an ordinary-word surname
    """ICD remote transmission flagged this morning. Pt is [[PT:Ernest Goodnight]] (his real name, he loves telling people), [[AGE:96]], lives alone at [[STREET:88 Quarry Rd]], [[TOWN:Barre]], VT. Device Medtronic Cobalt XT DR, serial [[DEVICE:RNZ604418S]], implanted [[DATE:Oct 2019]] at [[FAC:Central Vermont Medical Center]].

Transmission shows 14 episodes of VT in the VF zone, 3 shocks overnight, all appropriate. He didn't call anyone because "it was the middle of the night." Daughter [[REL:Carol Goodnight-Pike]] found out when the clinic called her at [[PHONE:802-555-0144]].

Amio already on board. He says no to ablation, no to admission, yes to pancakes. Goals-of-care question: do we turn off tachy therapies at 96 if he isn't asking for it?""",
    # 8 phone-typed geriatrics, lower case, town with an ordinary-word name
    """quick q for geri folks. pt is [[AGE:94]] yo lady from [[TOWN:hope]] (the town lol, in arkansas), lives at [[FAC:sunset manor]] assisted living. son [[REL:rusty]] ([[REL:russell jr]] on the chart) brings her in every 3 wks for falls. no syncope, orthostatics neg, on 9 meds incl oxybutynin + amitriptyline (who started those at ninety four??). granddaughter [[REL:destiny]] texts me pics of her bruises from [[PHONE:903 555 0117]] which idk how i feel about.

planning to stop the anticholinergics, vit d, PT eval. anything else? @marisol.quintero you run the falls clinic right""",
    # 9 trauma surgery: highway rollover, plate given a few words after its label
    """Trauma M&M draft, pls edit before Friday.

Pt: [[PT:Dmitri Volkov]], 27M, unrestrained driver, single-vehicle rollover on [[PLACE:I-80 westbound near mile marker 142]] at 0215 on [[DATE:12/2]]. Per the trooper, a silver F-150, plate on the run sheet written as [[PLATE:HKT 4471]], VIN from the tow slip [[VIN:1FTEW1EP5KFA39201]]. Truck went to [[FAC:Kearney Auto Salvage]]; his phone and wallet are apparently still in it, so we had no ID for 9 hours and registered him under a trauma alias.

GCS 7 on arrival, R pneumo, pelvic binder, grade IV liver. Damage control by Dr. [[HCP:Halvorsen]]. Cousin [[REL:Arkady]] arrived from [[TOWN:Lincoln]] the next day and gave us the real name.

Learning points: (1) the alias-merge took 3 days and duplicated a type & screen, (2) MTP activation to first cooler was 14 minutes.""",
    # 10 pasted secure chat with timestamps
    """Pasting our overnight secure chat because I want opinions on the K:

[22:41] [[HCP:Nkechi A.]]: rm 14 [[PT:Sorensen]] K 6.8, peaked T, on lisinopril + spironolactone
[22:42] [[HCP:Tom Brandt]]: calcium gluconate 3 g, insulin 5 u + D50, albuterol neb
[22:58] [[HCP:Nkechi A.]]: repeat 6.1. also mrs [[PT:Boateng]] in 9 wants her daughter [[REL:Abena]] called at [[PHONE:617-555-0109]]
[23:30] [[HCP:Tom Brandt]]: lokelma 10 g. renal aware, no HD tonight
[04:12] [[HCP:Nkechi A.]]: K 5.2 ✅

We used 5 units of insulin because of the hypoglycaemia data, but I still see 10 ordered routinely. What do you all do?""",
    # 11 non-native English, kinship title, visiting parent
    """Respected colleagues, I need your advice kindly. Patient is Smt. [[PT:Kamala Devi Reddy]], aged 67 years, came from [[TOWN:Guntur]] for visiting her son [[REL:Srinivas]] who is working as engineer in [[FAC:Veltrix Systems]] at [[TOWN:Edison]]. Since 2 days she is having swelling of left leg and breathlessness on walking. Travel was 22 hours flight on [[DATE:5th of this month]]. D-dimer is high, CTPA showing segmental PE right lower lobe.

Problem is her travel insurance (policy no. [[PLAN:TI-88-204417-AP]]) is saying they will pay only for 7 days and only generic medicine. Son is asking rivaroxaban or apixaban which is cheaper in India after she is going back on [[DATE:15 March]]. Which one you prefer for elderly lady with CrCl 52? Thanking you, Dr. [[HCP:Venkata Subbaiah]]""",
    # 12 public-health report: taqueria worker, intersection
    """Heads up to anyone covering urgent care nearby. Reported a hep A case to [[COUNTY:Yakima County]] health today: [[PT:Efraín Guzmán]], 31, line cook at [[FAC:Taqueria Los Compadres]] at [[STREET:S 1st St and Nob Hill Blvd]]. Jaundice onset [[DATE:June 2]], ALT 2,900, IgM anti-HAV positive. He worked through [[DATE:May 30]] handling cilantro and salsa. The county is setting up a PEP clinic; they'll post times on their site.

If you see anyone with fever/anorexia/dark urine who ate there, get IgM anti-HAV. He lives in [[TOWN:Union Gap]], [[ZIP:98903]]. His brother [[REL:Rigoberto]] also works the line and has not been vaccinated.""",
    # 13 geriatrics: veteran, a relative named after a month, a month alone
    """Thoughts? [[AGE:92]] yo Korea vet, fell twice at the bingo night at [[FAC:VFW Post 8812]] in [[TOWN:Sedalia]]. Daughter [[REL:June]] says he hasn't been himself since [[DATE:May]], when his wife died. MoCA 19, new. B12 180, TSH fine, CT head small vessel only. Medicare number, for the MRI auth, is [[PLAN:4TE9-GH2-KL71]] (yes, I'm posting this so the scheduler on this thread can grab it, will delete after).

[[REL:June]] is asking whether this is grief or dementia. Honestly I think both. The VFW commander, [[REL:Harlan Dietz]], is listed as his emergency contact and wants updates. Can he get them without a signed release?""",
    # 14 urban EM: intersection and neighbourhood, nickname
    """GSW to the thigh last night, came in POV from the corner of [[STREET:Kedzie and 63rd]] in [[PLACE:Chicago Lawn]]. [[PT:Andre Washington]] ("[[PT:Dre]]" to everyone on his block), 19. Pulse deficit on the left, ABI 0.6, went straight to OR with vascular, SFA shunt then vein graft.

His mom [[REL:Yvette]] works nights at [[FAC:Holy Cross Hospital]] as a tech and found out from a coworker before we called her. Lesson re: HIPAA and small worlds.

> **Omar Haddad:** Did you give TXA? We've stopped for isolated extremity with good tourniquet control.

> Nope, tourniquet on scene, never needed blood. Dr. [[HCP:Fitzgerald]] did the graft and he's walking on POD 2.""",
    # 15 hospital medicine: warehouse employer, patient email and login IP
    """Portal messaging question. Pt [[PT:Michael "Big Mike" Tran]], 52, forklift driver on nights at [[FAC:Crestline Distribution Center]], was admitted with DKA (A1c 13.8). He's been emailing me directly from [[EMAIL:bigmike.tran77@rigmail.net]] with photos of his glucose meter, which I never gave him my address for. IT says the portal account was accessed from [[IP:198.51.100.23]] by someone who isn't him (probably his ex, [[REL:Kim]]), so they locked it.

He also left a voicemail with his new address, [[STREET:1187 Tallow Creek Dr]], [[TOWN:Grand Prairie]] [[ZIP:75052]], and his CDL number, which the DMV form asks for and which he read out twice, [[LIC:TX 40917735]].

How are people handling patients who find your personal email? I replied once with "please use the portal" and now I feel I should have not replied at all.""",
    # 16 cardiology consult with SSN left in a pasted face sheet
    """Copy-pasted from the face sheet by accident in the first version of this post, mods please confirm the old one is gone:

Name: [[PT:Ruthanne Coble]]
SSN: [[SSN:521-88-0193]]
Address: [[STREET:4410 Old Hickory Blvd]], [[TOWN:Hermitage]], TN [[ZIP:37076]]
Employer: [[FAC:Dollar Depot]] (store manager)

Actual question: 61F, NSTEMI, trop peak 4,200, cath showed 90% mid-LAD and a 70% ramus. Interventional (Dr. [[HCP:Szabo]]) placed one DES to LAD. Her husband [[REL:Lyle Coble]] keeps calling the unit from [[PHONE:615-555-0151]].

Do you stage the ramus or treat medically given the FAME-type data? @ethan.brody""",
    # 17 ED note with dates spelled out and a phone in words
    """Dictated, not proofread. Patient states she last saw her neurologist on the [[DATE:twenty second of January]] and that her seizures restarted around [[DATE:Valentine's Day]]. She is [[PT:Marisela Fuentes]], works at [[FAC:Lulu's Laundromat]] on [[STREET:Cypress Avenue]]. Her levetiracetam was stopped at an outside urgent care. Husband [[REL:Joaquín]] requests a call back at [[PHONE:two one oh, five five five, zero one two eight]]. Loaded with levetiracetam 60 mg/kg. Neurology at [[FAC:Bexar Neurology Associates]] will see her next week.""",
    # 18 surgery: Markdown bullets, appendicitis in a child, sibling's school
    """Peds surg q: perforated appy, 8 y/o.

- Pt: [[PT:Brooklyn Odum]] (8F). Mom [[REL:Shaniqua Odum]], grandma [[REL:Pearl]] at bedside.
- Sx x4 days; they first went to [[FAC:QuickCare Express]] in [[TOWN:Pine Bluff]] on [[DATE:Saturday the 3rd]], dx'd "stomach bug."
- CT: perforated appy with 4 cm pelvic abscess.
- Plan: IR drain + interval appy vs upfront lap appy.

Our IR won't drain kids under 10 without sedation from peds anesthesia, who come in from [[TOWN:Little Rock]] twice a week. Upfront lap appy seems reasonable. Thoughts from the peds surgeons here? Tagging @yusuf.demir.""",
    # 19 Sermo-style poll, alcohol withdrawal, names that are ordinary words
    """POLL: phenobarb-first or benzo-first for alcohol withdrawal on the floor?

Context: [[PT:Sonny Field]], 46, frame straightener at [[FAC:Kowalski's Collision Center]], admitted for a tib/fib ORIF and started withdrawing on POD 1. CIWA 28 despite 8 mg lorazepam. Last drink per his girlfriend [[REL:Amber]] was [[DATE:Sunday the 9th]], late. History of withdrawal seizure in [[YEAR:2021]] at [[FAC:Wilkes-Barre General Hospital]]. He lives in [[TOWN:Plains]], about two minutes from the shop, which matters because his boss wants to know when he's back on the frame machine.

We gave phenobarb 10 mg/kg IBW load and he was calm within the hour. Our pharmacy wants a policy. Vote below:
1) phenobarb first
2) benzo first, phenobarb rescue
3) whatever keeps him out of the ICU""",
    # 20 paediatric child-protection concern, daycare and case number
    """Child abuse peds input wanted (details changed slightly... but not enough, apparently, so mods feel free to scrub).

[[PT:Kaden]], 7 months, brought in by mom's boyfriend [[REL:Travis Lyle]] for "not moving his arm." XR: transverse humeral shaft fx plus healing posterior rib fx 5-7 on the left. Mom [[REL:Brianna Hurst]] says he was at [[FAC:Little Sprouts Learning Center]] all day on [[DATE:Friday the 17th]]. Skeletal survey also shows a classic metaphyseal lesion at the distal femur.

CPS intake number [[ID:CPS-118842-KT]]. Ophtho exam normal, head CT normal, LFTs and lipase normal. Our team (Dr. [[HCP:Amara Nwosu]] on the CAP side) filed. My question is about the daycare: do we call the licensing agency in [[COUNTY:Luzerne County]] ourselves or leave it to CPS?""",
    # 21 UK tourist on chemo with neutropenic fever, NHS number, UK mobile
    """Neutropenic fever in a tourist: [[PT:Gwendolyn Ashby]], 63, from [[TOWN:Harrogate]], on holiday at the [[FAC:Ocean Breeze Inn]] in [[TOWN:Myrtle Beach]]. Day 10 of FEC-T for breast cancer. Her oncology team is at [[FAC:St James's University Hospital]] in [[TOWN:Leeds]]; she brought a chemo card with her NHS number on it, [[ID:485 777 3456]], and the 24h chemo hotline.

ANC 0.2, T 38.6, BP fine. Pip-tazo within 40 min 👍. Husband [[REL:Clive]] gave us his mobile, [[PHONE:07700 900412]], since their hotel phone is useless. Travel insurance says they'll repatriate once afebrile 48h.

Question: G-CSF here or leave it to her team? UK practice seems to use primary prophylaxis less than we do.""",
    # 22 centenarian, birth year revealing age, church and pastor
    """Geriatrics pearls thread, my contribution: Mrs. [[PT:Odessa Pruitt-Lane]], b. [[DATE:1922]], turned [[AGE:101]] at [[DATE:Xmas 2023]] and still sings in the choir at [[FAC:Mount Zion AME Church]]. Came in for syncope during a 3-hour service. Orthostatic, Na 128, on HCTZ "for 40 years." Stopped it, fluids, home in 2 days.

What struck me: Pastor [[REL:Ray Tolbert]] was her healthcare proxy, not her kids, because "they all live in [[TOWN:Detroit]] and he lives next door on [[STREET:Magnolia St]]." He knew her meds better than her daughter [[REL:Evangeline]] did. Anyone else see a lot of clergy proxies in their nonagenarians (or centenarians, I guess)? She's sharper than me.""",
    # 23 OB: postpartum haemorrhage after birth-centre transfer, table with 14-Mar dates
    """Transfer from a freestanding birth center, PPH. Long post, sorry.

[[PT:Autumn Rainwater]], 29, G1P1, delivered at [[FAC:Blue Heron Birth Center]] in [[TOWN:Ellensburg]] with midwife [[HCP:Jolene Birch]]. Placenta delivered intact, then ongoing bleeding. Transferred to us.

| Time | Event |
|------|-------|
| [[DATE:14-Mar]] 21:10 | delivery at birth center |
| 21:55 | EBL ~900 mL, miso 800 PR |
| 22:30 | arrives our ED, HR 132, BP 84/50 |
| 22:41 | TXA 1 g, 2 u PRBC, to OR |
| 23:20 | Bakri, bleeding slows |
| [[DATE:16-Mar]] | home, Hgb 7.9 |

Thoughts on the birth center's protocols? Our OB chief (Dr. [[HCP:Pellegrino]], who took her to the OR) wants to do joint drills with them. @teresa.nakamura and @femi.adebayo, you both did outreach with birth centers, how did it go?""",
    # 24 STEMI, a town that sounds foreign, licence number in the wrong field
    """Door-to-balloon review. [[PT:Cletus Marshall]], 64, drove himself in from [[TOWN:Stuttgart]] (Arkansas, not Germany) with crushing CP, stopped at the [[FAC:Delta Feed & Farm Supply]] where he works to "finish the invoices" first. Inferior STEMI + RV involvement. D2B 71 min; the delay was registration: the clerk typed his driver's license, which the system then showed as [[LIC:D0441-7728-9]], into the MRN field and we had two charts for an hour. Account number (FIN) on the second chart [[ACCT:70018844213]] then got merged.

RCA occluded, DES x1 by Dr. [[HCP:Oyelowo]]. Wife [[REL:Peggy]] arrived from [[TOWN:DeWitt]] 40 min later.

Anyone fixed the two-chart problem at registration? Ours is Epic and it still happens weekly.""",
    # 25 hospital medicine: patient experiencing homelessness, shelter, an overpass
    """Discharge problem, need ideas. [[PT:Lonnie Pickett]], 57, cellulitis of both legs, venous stasis, no housing. He sleeps under the [[PLACE:Broad Street overpass]] near [[STREET:Broad and Washington]] and gets meals at [[FAC:Bethany House Shelter]], which won't take him with open wounds. His only contact is his sister [[REL:Georgia]] in [[TOWN:Macon]], who says he can't stay with her.

Medical respite in our county has a 3-week waitlist. IV abx done, now on cephalexin. He's been here 11 days. Our CM is [[HCP:Trina Alvarez]], and she's out of options. What do your hospitals do for wound care + no address? Medicaid MCO member ID [[PLAN:MCD-77120948]] if anyone in-network with a respite bed wants to DM.""",
    # 26 rural EM: anhydrous ammonia exposure at a co-op
    """Anhydrous ammonia exposure, rural ED. [[PT:Gus Lindgren]], 38, tank hose burst while he was filling a nurse tank at [[FAC:Heartland Co-op]] in [[TOWN:Red Oak]] ([[COUNTY:Montgomery County]]). His neighbor [[REL:Dale Friesen]] hosed him off for 15 minutes in the yard, which probably saved his eyes. Arrived with stridor, hoarse, pH of the eye 11.

Intubated early (glidescope, 7.5 tube, grade 2 view), Morgan lenses both eyes, 6 L of irrigation until pH 7.5. Flown to [[FAC:Nebraska Medicine]] burn unit on [[DATE:April 11]]. Co-op manager called us from [[PHONE:712-555-0182]] asking for his status, which I declined to give.

Anyone got a good early intubation trigger for inhalational ammonia? I went on voice change alone.""",
    # 27 pasted Teams-style L&D chat, speakers with role suffixes
    """Sharing an L&D huddle chat to ask about our Mg protocol (identifiers trimmed):

[3:14 PM] [[HCP:Lopez, Ana]] (RN): bed 6 [[PT:Whitcomb]] BP 168/112 x2, HA, 36+1
[3:15 PM] [[HCP:Grady, Sean]] (OB): labetalol 20 IV now, Mg 4 g load then 2/h, PIH labs
[3:31 PM] [[HCP:Lopez, Ana]] (RN): repeat 158/104. mag running. husband [[REL:Derek]] asking about the baby
[3:40 PM] [[HCP:Grady, Sean]] (OB): labetalol 40. consent for IOL
[5:02 PM] [[HCP:Chen, Lily]] (anes): plt 92, ok for epidural

She delivered the next morning, baby [[PT:Harper Whitcomb]] 2,610 g. Do people still use 2 g/h routinely or 1 g/h with a low Cr?""",
    # 28 paediatrics: child named after a city, IHS clinic chart number
    """Kawasaki vs MIS-C, need a second brain. [[PT:Dallas Kingfisher]], 4M, from [[TOWN:Anadarko]], 6 days of fever, conjunctivitis, strawberry tongue, hand edema. Grandma [[REL:Velma Kingfisher]] says his cousin had COVID two weeks ago. Seen first at [[FAC:Anadarko Indian Health Center]] (chart [[MRN:IHS-20417-3]]) on [[DATE:10/28]], sent to us; our MRN is [[MRN:CK 7730 0412]].

Echo: LAD z-score 2.6. BNP 1,900, trop mildly up, lymphopenia, plt 480. Gave IVIG 2 g/kg plus aspirin. Dr. [[HCP:Whitehorse]] (cards) leans MIS-C. If you'd add steroids day 1, say why.""",
    # 29 suspected financial elder abuse, bank account and APS case number
    """Elder financial abuse, how far do you go? Mrs. [[PT:Beatrice Honeycutt]] is 88, lives in [[TOWN:Boone]], and has moderate dementia. Her son [[REL:Travis Honeycutt]] moved in "to help" and she now can't pay the pharmacy. She showed me a bank statement (checking acct [[ACCT:0044 1872 6601]] at [[FAC:Blue Ridge Savings Bank]]) with $14k in ATM withdrawals since [[DATE:September]]. The bank's fraud team told her the online logins came from [[IP:203.0.113.45]], which turns out to be the house's own router.

I filed with APS, report [[ID:APS-44-10972]]. Her niece [[REL:Darlene]] ([[PHONE:828-555-0161]]) is the one who tipped me off. Do you document the financial stuff in the chart or keep it out?""",
    # 30 oncology: clinical trial subject ID next to public trial names
    """Pembro pneumonitis on trial. 67M, stage IV NSCLC, PD-L1 80%, enrolled at our site; subject ID [[ID:KN-0447-0213]]. Cycle 6, new dyspnea, CT with bilateral GGOs, grade 2. Held drug, pred 1 mg/kg. The sponsor's safety desk wants the event reported within 24h, which our research nurse [[HCP:Marguerite Osei]] did.

What I'm less sure about: he's [[PT:Harold Pennington]], a retired history teacher from [[FAC:Jefferson Davis Middle School]] in [[TOWN:Tupelo]] (it's been renamed), enrolled [[DATE:March 2022]], whose wife [[REL:Marjorie]] keeps a binder of every scan, and he asked whether rechallenge is possible because he "didn't come this far to quit." KEYNOTE-024-era data suggest rechallenge after grade 2 is reasonable in selected patients. Those of you who have rechallenged, how often did it recur? @hiroshi.tanaka""",
    # 31 surgery consult in SOAP shorthand, tyre shop
    """S: 44M, tire tech at [[FAC:Big Jim's Tire & Lube]], c/o bulge R groin x 6 mo, acutely painful since lifting a truck tire yesterday. No N/V. Last BM this AM.
O: afebrile, HR 96. Tender, firm, irreducible R inguinal mass. WBC 12.4, lactate 1.6. CT: incarcerated R inguinal hernia w/ small bowel, no pneumatosis.
A: incarcerated inguinal hernia.
P: OR tonight, lap vs open. Consent signed by pt, [[PT:Ruben Ochoa]], witnessed by [[HCP:K. Ferreira]] RN. Sister [[REL:Yesenia]] at [[PHONE:(559) 555-0124]]. Attending Dr. [[HCP:Paulsen]] aware.
— [[HCP:M. Ibarra]], PGY-4

Curious if anyone does TEP for incarcerated hernias or is that cowboy stuff.""",
    # 32 dog bite in a nonagenarian, county road address
    """[[PT:Birdie Lou Haskins]], age [[AGE:ninety]] and proud of it, bitten on the forearm by her own heeler while feeding chickens at her place on [[STREET:2231 County Rd 14]] outside [[TOWN:Ada]]. 9 cm flap laceration, skin like tissue paper. Steri-strips + wound care, no sutures. Augmentin. Tetanus last [[DATE:June of 2015]]. She refuses to rehome the dog ("Pistol was a good boy until he wasn't").

Grandson [[REL:Tucker]] ([[PHONE:580-555-0114]]) is going to check on her daily. Anyone have a good dressing for skin tears that doesn't rip off when you change it?""",
    # 33 Spanish-influenced English, title Doña
    """Hola colegas, sorry for my English. I am hospitalist in [[TOWN:Pasco]], WA. Patient is Doña [[PT:Refugio Castañeda]], 78, she come from [[TOWN:Jerez]], Zacatecas, to live with her daughter [[REL:Maricela]] three years ago. She work before many years in the orchards of [[FAC:Columbia Basin Fruit Packers]].

Now she have cirrhosis, MELD 24, no alcohol, probably NASH. Family want to take her back to [[TOWN:Jerez]] for the last months, flight on el [[DATE:12 de abril]]. Is safe to fly with moderate ascites? We do paracentesis 6 L the day before? Her son-in-law [[REL:Aurelio]] is asking also about oxygen in the plane. Gracias.""",
    # 34 device clinic table with serial numbers
    """Device clinic, remote follow-ups flagged for review this week (for our group only, delete after):

| Patient | Device | Serial | Issue |
|---------|--------|--------|-------|
| [[PT:D. Albright]] | Boston Sci Accolade DR | [[DEVICE:AD9-557102]] | RA lead noise |
| [[PT:F. Mbeki]] | Abbott Gallant ICD | [[DEVICE:GAL-8842107]] | 2 ATP episodes |
| [[PT:Kowalczyk, Jan]] | Medtronic Micra AV | [[DEVICE:MAV-304418H]] | battery ok, AV sync 71% |

[[PT:Mbeki]]'s wife [[REL:Nomsa]] called twice about the ATP; she's at [[PHONE:313-555-0170]]. Micra AV sync in the 70s seems low for him, would you reprogram?""",
    # 35 phone-typed paediatric button battery post
    """peds ED, shaking a bit tbh. 2yo [[PT:mia]] swallowed a button battery from a car key fob, mom [[REL:linh]] works at [[FAC:pho saigon express]] on [[STREET:westheimer]] and saw it happen at 1510. xr halo sign mid esophagus, this was [[DATE:sat 6/8]]. honey 10ml x2 en route (bless the poison center), gi scoped at 1650, mild burn no perforation.

mom asked if they should sue the key fob company lol. anyways, pls remind everyone: honey if under 12h and swallowing ok. sending her to [[FAC:texas children's]] for serial imaging tomorrow.""",
    # 36 OB with Vietnamese names and a kinship title
    """Language + OB question. Bà [[PT:Nguyễn Thị Hoa]], 41, G5P4, 39 wk, Vietnamese only. MRN [[MRN:HH-5520913]]. Husband [[REL:Trần Văn Minh]] interprets but clearly softens what I say. Daughter [[REL:Lan]], 16, also interprets at times. Both refuse a phone interpreter. She wants tubal ligation at CS but the Medicaid sterilization consent (signed [[DATE:August 2]]) was signed <30 days before EDD.

She lives on [[STREET:Bellaire Blvd]] near [[FAC:Hong Kong City Mall]] where she sells bánh mì. Is anyone's hospital successfully using in-person interpreters for consents? And did any of you find a legit way around the 30-day rule?""",
    # 37 stroke in a Polish-speaking man, title Pan
    """Stroke alert, tPA question after the fact. Pan [[PT:Zbigniew Wójcik]], 74, Polish-speaking, from [[TOWN:Hamtramck]]. LKW 0640 per his daughter [[REL:Agnieszka]], who found him at the kitchen table at 0810 after her night shift at [[FAC:Beaumont Hospital]] (she's a unit clerk). NIHSS 14, L MCA syndrome. CTA: M1 occlusion. TNK at 0902, thrombectomy at [[FAC:Henry Ford Hospital]], TICI 2b.

The wrinkle: he'd been on apixaban until he ran out on [[DATE:the 1st]], per his daughter. Last dose roughly 60h before TNK. We gave it. [[REL:Agnieszka]]'s number for the neuro team's follow-up is [[PHONE:313-555-0153]]. Would you have given TNK with a DOAC 60h out, normal renal function, no level available?""",
    # 38 Filipino family, kinship titles Tita and Ate, nickname Baby
    """Family dynamics question for the palliative folks. [[PT:Rodelio Bautista]], 68, ESRD on HD, now with calciphylaxis and sepsis. The decision-makers per the family are Tita [[REL:Baby]] (his older sister, that's her actual name on her ID) and Ate [[REL:Joy]] (his eldest daughter, a nurse at [[FAC:Kaiser Vallejo Medical Center]]). His wife [[REL:Remedios]] defers completely to them.

They want everything, including restarting HD he has been refusing. He told me on [[DATE:Monday 11/6]], in Tagalog through an interpreter, that he's "tired." He lives in [[TOWN:Daly City]], attends [[FAC:St. Andrew the Apostle Parish]], and wants his priest. How do you handle the family who overrules a patient with capacity?""",
    # 39 high school football concussion, coach title, school and county
    """Sports med question. 16M QB at [[FAC:Wheeler County High School]], second concussion this season. Coach [[REL:Dempsey]] called me directly asking for clearance for the playoff game on [[DATE:Friday Nov 22]]. Dad [[REL:Curtis Boyd]] agrees with the coach. Kid ([[PT:Tripp Boyd]]) still has headaches with screen time and failed the VOMS on [[DATE:the 18th]].

Obviously not clearing him. But the coach then said he'd "get a note from the urgent care in [[TOWN:Alamo]]." Is there anything I can do besides document and talk to the AD? Our state has a return-to-play law but I don't know how it's enforced in rural [[COUNTY:Wheeler County]].""",
    # 40 thread where a member was also the treating clinician (handle only outside PHI)
    """@samuel.okafor I think this is your patient from clinic, wanted to loop you in before the weekend.

[[PT:Latoya Grimes]], 39, lupus nephritis class IV, on MMF. Came in [[DATE:Thursday 9/19]] with fever and a new headache. Dr. [[HCP:Okafor]] had started her on rituximab in [[DATE:July]]. LP: cryptococcal antigen 1:512, opening pressure 34. Started ampho + flucytosine. Her partner [[REL:Renee]] says she missed her last two clinic visits because she started a new job at [[FAC:Pinnacle Call Center]] and couldn't get off.

> **Samuel Okafor:** Thanks for the heads up. Yes, mine. Please hold MMF and page me when the repeat LP is back.

Any ID folks: serial LPs daily until OP < 20, or every other day?""",
    # 41 ALL CAPS transfer form with fax, pager and account
    """INTERFACILITY TRANSFER REQUEST
SENDING: [[FAC:GRAYSON COUNTY HOSPITAL]], [[TOWN:LEITCHFIELD]] KY
RECEIVING: [[FAC:NORTON AUDUBON HOSPITAL]] CARDIOLOGY
PATIENT: [[PT:HOUCHIN, DELBERT]]  AGE 79
DX: NSTEMI, TROP 2.1, ONGOING CP
SENDING MD: [[HCP:PATEL, R.]]  PAGER [[PAGER:270-555-0119]]
FAX RECORDS TO: [[FAX:270-555-0123]]
ACCOUNT: [[ACCT:GCH-00081277]]
NOK: [[REL:HOUCHIN, WANDA]] (WIFE)
TRANSPORT: GROUND ALS, ETA 70 MIN

Posting because I want to know: would you heparin-bolus before a 70 min ground transfer if the patient is on apixaban at home (last dose 12h)?""",
    # 42 long oncology narrative
    """Long one, but I'd value the group's thoughts. I've been [[PT:Gideon Marsh]]'s oncologist for six years. He was 58 when I met him, a welder at the [[FAC:Newport News Shipyard]] (contractor, not direct), with a 4 cm right upper lobe adenocarcinoma, EGFR exon 19 deletion. He lives in [[TOWN:Hampton]] with his wife [[REL:Celeste]] and they have a small hot sauce business they run out of the [[FAC:Phoebus Farmers Market]] on Saturdays.

He had a lobectomy that first year, adjuvant chemo, then recurred with brain mets two years later. Osimertinib gave him almost three years. Now: progression with MET amplification on liquid biopsy, ECOG 1, still working the market. We talked about osimertinib plus savolitinib off-label versus amivantamab-lazertinib versus chemo. He asked me, "what would you do if it were your dad?", which I always find hard.

Some context on why it's hard. Their daughter [[REL:Naomi]] is an ICU nurse and has read every abstract; their son [[REL:Elijah]] moved from [[TOWN:Norfolk]] back to [[TOWN:Hampton]] last spring to help with the market stall, and is quietly asking me about hospice. [[PT:Gideon]] himself wants to make it to his granddaughter's graduation on [[DATE:May 24]], and he is very clear that anything that keeps him off his feet on Saturdays is a bad trade. His last scan showed new liver lesions, the largest 2.1 cm, and a small effusion, with CEA climbing from 6 to 31.

I think the honest answer is that the data are thin for all three. His insurance (member number [[PLAN:VA2 44018 7712]]) will probably deny the savolitinib. [[REL:Celeste]] called me at home on [[DATE:Sunday, January 7th]] because she found my number through [[FAC:Hampton Roads Cancer Associates]]' old answering service, which rerouted to my cell, which is its own problem.

What would you do? And how do you keep your personal number private in a small practice?""",
    # 43 very terse nonagenarian
    """[[PT:Hank Mull]], [[AGE:97]], [[TOWN:Clarion]]. Hip fx. Trop 0.09, no CP. Cards wants echo before OR, ortho wants OR today. Who wins? — [[HCP:Jess Armitage]], hospitalist""",
    # 44 holiday date without a year, fireworks hand injury
    """Every [[DATE:Fourth of July]] weekend. [[PT:Colt Brennan]], 22, lit a mortar tube at the [[FAC:Lake Wappapello Marina]] and lost 2.5 fingers. Tourniquet by his buddy [[REL:Jace]], flown to [[FAC:Saint Francis Medical Center]] in [[TOWN:Cape Girardeau]]. Hand surg (Dr. [[HCP:Lundqvist]]) did revision amputations. He's a lineman for [[FAC:Ozark Border Electric]] and is more worried about his job than his hand.

Hand folks: with the thumb intact and index/middle gone, is pollicization worth discussing or is that a peds-only conversation?""",
    # 45 tow operator struck on a highway shoulder, plate and mile marker
    """Trauma activation, tow truck driver struck on the shoulder of [[PLACE:I-35 southbound at mile marker 88]] while hooking up a car. [[PT:Ray Lee Gentry]], 51, works for [[FAC:Gentry & Sons Towing]] in [[TOWN:Lorena]]. The driver who hit him fled; state police asked us to bag his clothes and said the suspect vehicle was a white sedan, partial plate in their BOLO reading [[PLATE:CRX-40]].

Open femur, degloving, GCS 15. To OR with ortho for washout and ex-fix. It happened [[DATE:Tuesday the 5th]] at dusk. His son [[REL:Bo]] ([[PHONE:254-555-0137]]) runs the other truck and arrived in 20 min. Q for the group: do you let police interview in trauma bay if the pt consents?""",
    # 46 fundraising URL and social handle in a peds oncology post
    """Peds onc here, boundaries question. Family of a 6yo with relapsed ALL ([[PT:Ellie Mae Fontenot]]) started a fundraiser at [[URL:https://www.helpelliemae.org]] and the mom [[REL:Ginger]] posts daily updates on TikTok ([[HANDLE:@elliemaestrong]]) including photos of our unit, my name badge, and last week her port access. They live in [[TOWN:Opelousas]], and she's our only CAR-T patient from [[COUNTY:St. Landry Parish]].

Nursing is upset. I get it, but the family is clearly coping through this. [[REL:Ginger]] also emails the whole care team from [[EMAIL:ginger.fontenot.mom@bayoumail.net]] and cc's a local reporter.

Anyone have a unit policy on filming staff that isn't draconian?""",
    # 47 cluster of illness at a poultry plant, initials
    """Anyone else seeing this? Three patients this week, all from the deboning line at [[FAC:Riverside Poultry Plant]] in [[TOWN:Cactus]]: [[PT:J.R.]] (34M), [[PT:A.M.]] (29F), [[PT:T.H.]] (41M). All with fever, myalgia, and conjunctival suffusion, one with AKI. Leptospirosis vs hantavirus vs something else? Two of them share a trailer on [[STREET:Ash Ave]].

I've notified the health department in [[COUNTY:Moore County]] and sent serologies. [[PT:A.M.]]'s husband [[REL:Hector]] says the plant had flooding in the cold storage area on [[DATE:the 3rd]].""",
    # 48 NICU twins
    """NICU follow-up, twins. Baby Girl [[PT:Alvarado]] A and Baby Girl [[PT:Alvarado]] B, born [[DATE:11/2]] at 27+4 by CS for TTTS after laser at [[FAC:Fetal Care Center of Dallas]]. Twin A (donor) 780 g, twin B (recipient) 1,140 g. Mom [[REL:Xochitl Alvarado]] is from [[TOWN:Lancaster]] and drives 45 min each way.

Twin B now has NEC Bell stage IIA on DOL 14. Twin A is doing well on CPAP. Parents named them [[PT:Luna]] and [[PT:Sol]] yesterday, which the nurses love. Question: anyone using donor milk for the larger twin when mom's supply is limited?""",
    # 49 couple: one 89 (not tagged), the other 93 (tagged)
    """Geri couple admission. Wife 89, husband [[AGE:93]]. Both from [[FAC:Heritage Oaks Retirement Community]] in [[TOWN:Sun City]]. She ([[PT:Frances Delaney]]) has pneumonia; he ([[PT:Walter Delaney]]) came in "to keep an eye on her" and fell in the ED bathroom. Now they're in adjacent rooms and he won't let PT walk him anywhere else.

Their son [[REL:Patrick]] flies in from [[TOWN:Boise]] on [[DATE:Thursday the 12th]]. Any hospital let married patients share a room? We had a double room free but admin said no.""",
    # 50 paging numbers and a pharmacy fax in a hospital-medicine post
    """Pharmacy-hospitalist turf war question. Our pharmacist changed Mr. [[PT:Eckert]]'s vanc dosing to AUC-guided without paging me (my pager is [[PAGER:4417]], they know it). Patient is [[PT:Lyle Eckert]], 66, MRSA bacteremia from a PICC, lives in [[TOWN:Mankato]] ([[ZIP:56001]]), line placed [[DATE:10/3]]. Trough was 22, AUC 690, Cr bumped 1.1 to 1.6. They faxed the PCP ([[FAC:Mankato Family Medicine]], fax [[FAX:507-555-0190]]) before telling me.

Honestly the change was right. But I want to be paged. Am I being a dinosaur?""",
    # 51 sports cardiology with school, handle mention, coach, athlete
    """HCM in a 15yo? ECG on preparticipation screening: deep TWI V4-V6 and LVH by voltage. Echo: septum 15 mm, no SAM. She's [[PT:Kenzie Holloway]], point guard at [[FAC:Lakeview Christian Academy]], and her mom [[REL:Dana]] (cell [[PHONE:816-555-0106]]) says her uncle died suddenly at 38 "on a tractor."

Genetic testing sent, MYH7 panel pending. CMR scheduled [[DATE:the 29th]] at [[FAC:Children's Mercy Kansas City]]. In the meantime I've held her from competition, and Coach [[REL:Ostrander]] is not thrilled.

@gabriela.santos @liam.obrien thoughts on whether the athlete ECG criteria (Seattle vs international) change anything here?""",
    # 52 hospital medicine: lives in / moved from / back to, referred back later
    """Hospitalist, community hospital. [[PT:Dorothea Quist]], 71, lives in [[TOWN:Mound]], moved from [[TOWN:Duluth]] two years ago, and keeps asking to go back to [[TOWN:Duluth]] "where my doctors are." Admitted for new AF with RVR, TSH < 0.01, free T4 4.8. Her old endo is Dr. [[HCP:Karvonen]] at [[FAC:Essentia Health]] and she has an appointment there on [[DATE:the 15th]].

Methimazole started, propranolol for rate. Her husband [[REL:Arne]] asked if she can drive up to [[TOWN:Duluth]] for that visit with a HR of 110. I said wait a week. Thoughts? Also @ruth.abramowitz, you're the endo here, would you do RAI or methimazole long-term at 71?""",
]

FREE_NOTES: list[str] = [
    # 1 RUQ thread: biliary eponyms, colleagues replying
    """Teaching thread: RUQ pain in the ED, which eponyms actually change management?

Murphy sign is useful when positive on ultrasound (sonographic Murphy). Charcot triad is specific but insensitive, and by the time you have Reynolds pentad you should already be calling GI. Courvoisier sign (painless palpable gallbladder + jaundice) still makes me think pancreatic head. Mirizzi syndrome is the one that bites surgeons in the OR.

Tokyo Guidelines 2018 grading: grade III = organ dysfunction, drain urgently.

> **Bridget Kehoe:** Add Boas sign for the trivia crowd. Never once changed what I did.

> **Diego Arriaga:** Kehr sign belongs in the splenic thread, not here, but I'll allow it.

Thanks Bridget and Diego. Anyone have a Mirizzi story?""",
    # 2 ECG eponyms and criteria with public links
    """ECG equivalents I want every new attending to know cold:

- **Sgarbossa** (and Smith-modified Sgarbossa, ST/S ratio ≤ -0.25) in LBBB or paced rhythm
- **Wellens** type A and B: critical proximal LAD, do NOT stress test
- **de Winter** T waves: upsloping ST depression with tall T, treat as STEMI
- **Brugada** type 1 coved pattern in V1-V2, fever unmasks it
- **Osborn** (J) waves in hypothermia

Reading: https://doi.org/10.1016/j.annemergmed.2012.07.011 and the 2022 ACC expert consensus on chest pain, https://www.acc.org/guidelines. Aslanger pattern is the newer one people miss.""",
    # 3 paediatric orthopaedic and vasculitis eponyms, ages under 90
    """Peds clinic "name that eponym" from this week, all different kids:

1. 13M, knee pain, tender tibial tubercle: Osgood-Schlatter.
2. 6M, painless limp, flattened femoral head: Legg-Calvé-Perthes.
3. 11F, heel pain, soccer player: Sever disease.
4. 5M, palpable purpura on the buttocks, arthralgia, abdominal pain: IgA vasculitis (Henoch-Schönlein, for the old folks).
5. 14M, Tanner 3, obese, knee pain, externally rotated leg: SCFE until proven otherwise, Klein line on the AP.

Bonus: Sinding-Larsen-Johansson is Osgood-Schlatter's cousin at the inferior pole of the patella.""",
    # 4 OB manoeuvres named after people
    """Shoulder dystocia drill debrief (sim, no real patients):

Head-to-body 4 min. Team called for help, McRoberts + suprapubic pressure, then Rubin II, Woods screw, posterior arm delivery. Zavanelli was discussed but not needed. Apgars on the mannequin were, generously, 3 and 7.

Other things residents mixed up: Leopold maneuvers (fetal lie) vs Ritgen (perineal support) vs Mauriceau-Smellie-Veit (breech aftercoming head). Bishop score 8 means a favorable cervix, not a "ready to push" cervix.

G3P2012 on the sim chart confused people too: term 2, preterm 0, abortions 1, living 2.""",
    # 5 place-named infections
    """ID fellow here, place-named arboviruses and tick-borne stuff I've seen on the board this season:

- Lyme (erythema migrans, 3 of them this month)
- Rocky Mountain spotted fever: petechial rash from wrists/ankles, doxy even in kids
- West Nile neuroinvasive, AFP picture
- Powassan (deer tick lineage II)
- Heartland virus: leukopenia + thrombocytopenia, negative ehrlichia PCR
- Bourbon virus, rare, named after the county in Kansas where it was found
- Jamestown Canyon virus and La Crosse encephalitis in kids

Nothing from Colorado tick fever yet. CDC ArboNET is the best place to look: https://www.cdc.gov/arbonet/""",
    # 6 heart failure trials
    """Quick summary for the journal club slide:

| Trial | Drug | Population | Result |
|-------|------|------------|--------|
| PARADIGM-HF | sacubitril/valsartan | HFrEF | CV death/HF hosp 21.8% vs 26.5% |
| DAPA-HF | dapagliflozin | HFrEF ± DM | HR 0.74 |
| EMPEROR-Reduced | empagliflozin | HFrEF | HR 0.75 |
| DELIVER | dapagliflozin | HFmrEF/HFpEF | HR 0.82 |
| STRONG-HF | rapid GDMT uptitration | post-discharge | HR 0.66 |

DANISH (ICD in nonischemic) gets misquoted a lot. Also ISCHEMIA is stable CAD, not HF, before someone asks.""",
    # 7 ALL CAPS discharge instructions template, no identifiers
    """DISCHARGE INSTRUCTIONS - CHEST PAIN, LOW RISK (HEART SCORE 2)
YOU WERE SEEN TODAY FOR CHEST PAIN. YOUR ECG AND TWO TROPONIN TESTS 2 HOURS APART WERE NORMAL.
FOLLOW UP WITH YOUR PRIMARY CARE DOCTOR IN 3-5 DAYS.
TAKE ASPIRIN 81 MG DAILY UNLESS TOLD OTHERWISE.
RETURN TO THE EMERGENCY DEPARTMENT OR CALL 911 IF: PAIN LASTS MORE THAN 15 MINUTES, SHORTNESS OF BREATH, FAINTING.
IF YOU ARE HAVING THOUGHTS OF HARMING YOURSELF, CALL OR TEXT 988.
ATTENDING: ____________  NURSE: ____________""",
    # 8 role-only labels in a pasted handover
    """UK-style handover from a locum shift, roles only (that's how our board works):

ED reg: resus 2, 70s M, ?aortic dissection, CT aorta booked, BP 182/110 on labetalol
SHO: majors 7, 40s F, DKA, FRIII running, K 3.4 so KCl added
FY1: minors, wrist, Colles-type, backslab, fracture clinic Monday
Nurse in charge: two 12-hour breaches likely
Night SHO: happy to take over the DKA

Anyone else think the 4-hour target makes handovers worse?""",
    # 9 brand names that look like names
    """Pharmacy rant. In one day I got calls about:

Eliquis vs Xarelto for a patient with a CrCl of 28 (Eliquis). Keppra causing rage (switch to Brivaracetam or add B6, depending on who you ask). Norco vs Percocet allergy, which is not a real allergy. Lasix 40 IV = roughly 80 PO. Entresto started while still on lisinopril (36 hours washout!). Ozempic shortage so the patient's on Mounjaro, then Zepbound for insurance reasons, same molecule. Kcentra vs Andexxa for an apixaban bleed (we use Kcentra 50 units/kg).

Then Haldol and Ativan and Benadryl ("B52") for the agitated guy in hall bed. Narcan kits to every OD discharge.""",
    # 10 cancer genetics gene names and a syndrome named after a person
    """Genetics counselor's notes from our hereditary cancer clinic, generic cases:

- BRCA2 c.5946delT: Ashkenazi founder. Discuss RRSO by 45.
- PALB2 truncating: breast risk closer to BRCA2 than to CHEK2.
- CHEK2 1100delC: moderate penetrance, MRI screening.
- Lynch syndrome: MLH1 promoter hypermethylation means sporadic, not Lynch; MSH2, MSH6, PMS2, EPCAM germline testing.
- Li-Fraumeni (TP53): whole-body MRI annually.
- Cowden (PTEN), Peutz-Jeghers (STK11).

KRAS G12C and EGFR exon 20 are somatic, please stop ordering them on the germline panel.""",
    # 11 capitalised ordinary words at sentence start that are also names
    """Overnight procedure notes, my favourites from the interns this month:

Frank pus expressed from the I&D. Grace period on the prior auth ended so pharmacy switched to the formulary drug. Will follow up in the morning. Hope this helps the day team. Mark the site before you call the attending. Bill as 99291 if over 30 minutes. Rusty sputum, classic pneumococcus. Amber urine, no blood on dip. Sandy stool per nursing (?). Crystal-induced arthritis, tapped the knee, negatively birefringent needles. Faith in the intern restored.""",
    # 12 acid-base values and formulas
    """Acid-base for the residents, one case, no patient details needed:

pH 7.18, pCO2 22, HCO3 8, Na 138, Cl 100, albumin 2.0.
- AG = 138 - (100 + 8) = 30; corrected for albumin (+2.5 per 1 g/dL below 4) = 35.
- Winter's formula: expected pCO2 = 1.5 x 8 + 8 ± 2 = 18-22. So compensated.
- Delta-delta: (35-12)/(24-8) = 1.4, so pure AG acidosis.
- Osmolar gap 24: think toxic alcohol. Fomepizole 15 mg/kg.

MUDPILES and GOLDMARK are both fine, GOLDMARK is better.""",
    # 13 public guideline links
    """Guideline links I keep pinned for the hospitalist group:

- NICE NG51 sepsis: https://www.nice.org.uk/guidance/ng51
- WHO hand hygiene: https://www.who.int/publications/i/item/9789241597906
- CDC STI treatment 2021: https://www.cdc.gov/std/treatment-guidelines/
- Surviving Sepsis 2021 (PubMed): https://pubmed.ncbi.nlm.nih.gov/34599691/
- IDSA CAP 2019: https://doi.org/10.1164/rccm.201908-1581ST

Thanks @nadia.petrenko for the CDC one.""",
    # 14 geriatric scales, ages under 90 including 89
    """Geri consult template we use, feel free to steal:

Age: 89 (not over 89, so fine to write)
Katz ADL 4/6, Lawton IADL 3/8
Mini-Cog 2/5, MoCA 17/30
Timed Up and Go 19 s, Morse fall scale 65
Braden 14
Beers criteria flags: diphenhydramine, glyburide, zolpidem
STOPP/START: PPI > 8 weeks without indication

Most of our consults are women in their 80s with falls. Had a 76M last week who could do a TUG in 9 seconds, which embarrassed the med student.""",
    # 15 appendicitis and burns: scores named after people and places
    """Surgery board review, round 1:

Alvarado score 8 = high probability. Rovsing, psoas and obturator signs, McBurney's point tenderness. Dunphy sign (pain with cough). Blumberg sign is rebound, if you want to sound European.

Burns: Parkland formula 4 mL x kg x %TBSA, half in the first 8 h. Modified Brooke 2 mL. Lund-Browder chart beats the rule of nines for kids. Baux score = age + %TBSA.""",
    # 16 decision rules with place names
    """Decision rules I actually use on a shift (rural EM):

Canadian CT Head Rule, Canadian C-Spine Rule, NEXUS, Ottawa ankle and knee rules, PECARN head for kids, San Francisco Syncope Rule (meh), Boston syncope criteria, HEART score, PERC, Wells, revised Geneva, YEARS algorithm. Pittsburgh knee rule is better than Ottawa knee in my hands.

For the peds folks: the Boston, Philadelphia and Rochester criteria for febrile infants are mostly replaced by PECARN febrile infant and the AAP 2021 guideline.""",
    # 17 cardiology scores, one looks like a first name
    """Risk score soup from a cardiology consult, all values from a teaching case:

GRACE score 142 (intermediate), TIMI 4, Killip class II, Forrester subset II. CHA2DS2-VASc 5, HAS-BLED 3, ORBIT 2. NYHA III. Aortic dissection Stanford type A (DeBakey I), so CT surgery, not us.

@abdi.warsame asked me on rounds why we still use Killip. Honest answer: it's fast and it predicts mortality. Grace, for the record, is not a person.""",
    # 18 GI classifications with place names
    """GI fellow cheat sheet, no real cases:

- Child-Pugh C, MELD-Na 28: transplant referral
- Maddrey DF > 32: steroids (Lille at day 7)
- Glasgow-Blatchford 0-1: outpatient
- Forrest Ia (spurting) / IIa (visible vessel) need endo therapy
- Los Angeles grade C esophagitis
- Prague C3M5 Barrett
- Rome IV IBS, Chicago classification v4.0 for manometry
- Revised Atlanta classification for pancreatitis; BISAP, Ranson, Balthazar E
- Boston Bowel Prep Scale 6, adequate""",
    # 19 neuro eponyms, including full-name eponyms
    """Neuro ICU board review, rapid fire:

SAH: Hunt and Hess 3, modified Fisher 4, WFNS II. AVM: Spetzler-Martin 3. TIA: ABCD2 5. Stroke: NIHSS 11, mRS 4 at 90 days.

Guillain-Barré vs Miller Fisher variant (ophthalmoplegia, ataxia, areflexia, anti-GQ1b) vs Bickerstaff brainstem encephalitis. Todd paralysis after a seizure. Lhermitte sign and Uhthoff phenomenon in MS. Babinski, Hoffmann, Romberg, pronator drift.

Miller Fisher was a Canadian neurologist, by the way, not two people.""",
    # 20 oncology staging systems including a town-named scale
    """Onc fellows' quick quiz answers:

1. Hodgkin, stage IIB by Ann Arbor/Lugano, interim PET Deauville 4 → escalate per protocol.
2. Melanoma Breslow 1.2 mm, Clark IV (nobody uses Clark anymore), SLNB 1/3 nodes positive.
3. Prostate Gleason 4+3=7, ISUP grade group 3, PSA 14.
4. CLL Rai II, Binet B, IGHV unmutated, del(17p) negative.
5. Myeloma R-ISS II. Durie-Salmon is history.
6. RECIST PR at 8 weeks, Karnofsky 70, ECOG 2.

Deauville is a town in Normandy where the criteria were agreed, for the trivia night.""",
    # 21 OB/gyn eponyms with place-named incisions
    """OB eponym lightning round, for the interns:

- Chadwick, Goodell and Hegar signs of pregnancy
- Nägele's rule for EDD
- Pfannenstiel vs Joel-Cohen vs Misgav Ladach incisions
- B-Lynch suture and Bakri balloon for atony
- HELLP vs AFLP
- Sheehan syndrome after PPH, Asherman after D&C
- Mayer-Rokitansky-Küster-Hauser for primary amenorrhea

Misgav Ladach is a hospital in Jerusalem, not a surgeon, which always gets a laugh.""",
    # 22 paediatric scores with a historical person
    """Peds resident question on Apgar: yes, it's named after Dr. Virginia Apgar, an anesthesiologist, and the backronym (Appearance, Pulse, Grimace, Activity, Respiration) came later. Apgars of 2 and 6 are not a diagnosis of HIE on their own.

Other newborn scores: New Ballard (gestational age), Silverman-Andersen (respiratory distress), Finnegan (NAS, being replaced by Eat, Sleep, Console). Moro, rooting, Galant reflexes. Barlow and Ortolani for DDH, not both on every baby by every student please.""",
    # 23 phone-typed quick dose question with a mention
    """anyone remember the dex dose for croup, 0.6 mg/kg max 16? or is 0.15 fine for mild. westley score 2. @caleb.whitfield you wrote our order set i think""",
    # 24 RSI induction thread with quotes
    """Ketamine vs etomidate for RSI in sepsis, now that the newer trial data are out?

> **Yuki Hayashi:** We switched to ketamine 1 mg/kg (0.5 in shock) for everyone except hypertensive emergencies. Etomidate's adrenal suppression is real but the outcome data never convinced me either way.

> **Tomasz Wróbel:** Rocuronium 1.2 mg/kg for both. I worry more about the push-dose epi being drawn up than which induction agent.

> **Ifeoma Eze:** Agree with Tomasz. Also: give the fluid bolus before, not during.

Thanks all. Yuki, do you have your department's post-intubation hypotension numbers since the switch?""",
    # 25 antibiotic dosing table with fractions and intervals
    """Renal dosing table we pinned in the ED (verify with pharmacy):

| Drug | CrCl > 50 | CrCl 30-50 | CrCl 10-29 | HD |
|------|-----------|------------|------------|----|
| cefepime | 2 g q8h | 2 g q12h | 2 g q24h | 1 g q24h |
| pip-tazo | 4.5 g q6h | 3.375 g q6h | 2.25 g q6h | 2.25 g q8h |
| levofloxacin | 750 q24h | 750 q48h | 750 then 500 q48h | same |
| TMP-SMX | full | full | 1/2 dose | avoid |

Ratios and fractions are everywhere in this: 1/2 dose, 3/4 of maintenance, 1:1:1 for MTP.""",
    # 26 billing codes that look like numbers
    """Coding question. For a critical care visit with a separate procedure, is this right?

- 99291 (first 30-74 min) + 99292 per additional 30
- 31500 intubation, 36556 CVC, with modifier -25 on the E/M
- ICD-10: A41.9 sepsis, J96.01 acute hypoxic respiratory failure, N17.9 AKI
- HCPCS G0390 for trauma activation

Our coder says 99291 can't be billed with 99285 on the same date. RVU for 99291 is 4.5 roughly. LOINC 2160-0 is creatinine, if anyone else has to build lab rules.""",
    # 27 dictation with spoken punctuation, no identifiers
    """dictation test from the new software comma please ignore period the patient is an 84 year old female comma brought in by ems after a mechanical fall period she denies loss of consciousness period exam shows shortening and external rotation of the right leg period x ray shows a displaced femoral neck fracture comma garden four period plan ortho consult comma fascia iliaca block comma npo after midnight period end of dictation new paragraph it got garden right but wrote guarding twice before that""",
    # 28 non-native English, tropical diseases with place names
    """Dear all, I am internist from abroad, now doing observership. In my country we see many things you don't see. I want to ask how you would workup a returning traveller with fever after trip.

We think of: dengue, chikungunya, Zika, malaria, typhoid, leptospirosis, Chagas (Trypanosoma cruzi), Oroya fever (Carrión disease, Bartonella), Madura foot, Kyasanur Forest disease, Japanese encephalitis, Crimean-Congo hemorrhagic fever, Lassa, Marburg, Ebola.

In USA residents only think of Lyme and Rocky Mountain spotted fever. Is the travel history taught well here? Sorry for long question.""",
    # 29 UK time shorthand that looks like dates
    """For the US folks confused by my referral letters:

"2/7 hx of fever" = two days. "3/12 hx of weight loss" = three months. "6/52 post-op" = six weeks. "Seen 1/7 ago" = yesterday. "34+2" = 34 weeks 2 days gestation. "T 38.2, HR 110, BP 100/60, RR 22, sats 94% on 2L".

Also "TTO" is discharge meds, "NBM" is NPO, "SpR" is a senior resident. And "ward round" at 0830 is not optional.""",
    # 30 code-like numbers that look like identifiers
    """Things that are not PHI but our old de-id filter kept redacting:

- NDC 0409-4888-10 (heparin 5,000 units/mL)
- SNOMED 22298006 (MI)
- LOINC 4548-4 (HbA1c)
- CPT 93010 (ECG interpretation)
- Epic order set 1207 "Sepsis Adult"
- Lot numbers on the crash cart checklist
- Extension 4-CODE for the overhead page

Our IT person said "better safe than sorry", which is how I ended up with a discharge summary where "heparin 5,000 units" became "heparin [REDACTED] units".""",
    # 31 hypothetical poll, pop-culture doctor names
    """Hypothetical for the group (not a real patient): 45M, no PMH, syncope while standing at a wedding, prodrome, back to baseline, normal ECG and orthostatics. Admit or discharge?

House would order an MRI and a brain biopsy. Meredith Grey would do surgery in the hallway. Dr. Ross would ignore everyone. Real answer: Canadian Syncope Risk Score -1, home.

Vote: A) admit, B) obs, C) discharge, D) I watch too much TV.""",
    # 32 cardiac murmurs named after people, some also cities
    """Physical exam nerd post. Murmurs and signs with people's names in them:

- Austin Flint murmur: mid-diastolic rumble at the apex in severe AR
- Graham Steell murmur: PR from pulmonary hypertension
- Carey Coombs murmur: rheumatic carditis
- de Musset sign (head bobbing), Quincke pulse, Traube "pistol shot", Duroziez sign, Corrigan pulse
- Osler nodes (painful) vs Janeway lesions (painless) and Roth spots

Austin Flint was a person, not a road trip through Texas and Michigan.""",
    # 33 radiology signs with names
    """CXR signs list for the MS3s:

Hampton hump and Westermark sign for PE (rare), Fleischner sign (enlarged PA), Golden S sign (RUL collapse from a central mass), Kerley B lines (interstitial edema), deep sulcus sign (supine pneumo), Rigler sign (pneumoperitoneum), Chilaiditi sign (colon under the diaphragm, not free air). On AXR: coffee bean (sigmoid volvulus), double bubble (duodenal atresia).

Golden was a radiologist. Chilaiditi was a Greek radiologist working in Vienna.""",
    # 34 toxicology criteria named after places and people
    """Tox pearls from our fellowship conference:

Rumack-Matthew nomogram for acetaminophen (4 h level 150), with NAC 21-hour IV. King's College criteria for transplant referral: pH < 7.30 after resuscitation, or INR > 6.5 + Cr > 3.4 + grade III/IV encephalopathy. Clichy criteria for the French. Hunter criteria > Sternbach for serotonin syndrome (clonus!). Done nomogram for salicylates is obsolete. Naranjo scale for ADR causality.

Thanks to Ravi and Luz for presenting.""",
    # 35 rural logistics, general, no named places
    """Rural EM: the hardest part isn't the medicine, it's the distance. Our nearest cath lab is 90 miles, the nearest peds ICU 180. We thrombolyse STEMIs if transfer > 120 min door-to-device. Weather grounds the helicopter maybe one day in five in winter. EMS reports locations by mile marker and county road number, so new grads learn the map fast.

Some honest numbers from the last year, because I think people in academic centres underestimate this. Median time from our door to a receiving cath lab door was 142 minutes. About a third of our transfers waited more than an hour for a crew because the county has two ALS trucks and one was usually already out. We intubated 31 patients, 4 of them children, with one doc, one nurse and a respiratory therapist who also covers the floor. We gave TNK eleven times; one intracranial bleed, which I still think about. We delivered six babies in the ED because the OB unit closed two years ago, and two of those were breech.

Things that helped: a standing order that EMS can bypass us for STEMI if the ECG is transmitted, a shared tele-ICU for the sick holds, monthly sim with the volunteer fire department, and a text thread with the three other small EDs within 60 miles so we know who has a CT tech, who has blood, and who has a bed. Things that didn't: a centralized transfer center that put us on hold for 20 minutes, and a policy that required a signed accepting physician before the helicopter would launch.

What do your departments keep that you wouldn't in the city? Ours: TNK, a peds airway cart, 4 units of O neg, and a list of local vets (seriously, they have ketamine when we run out).""",
    # 36 congenital heart surgery procedures named after people
    """Congenital heart cheat sheet (for adult cardiology fellows who panic when an adult with CHD is admitted):

- Blalock-Thomas-Taussig shunt (Vivien Thomas added, finally)
- Glenn → Fontan for single ventricle
- Norwood with Sano conduit for HLHS
- Mustard/Senning atrial switch vs Jatene arterial switch for TGA
- Rastelli for TGA + VSD + PS
- Ross procedure (pulmonary autograft), Bentall, David (valve-sparing)
- Ebstein anomaly, Eisenmenger physiology

@mei-ling.cho has a great lecture on failing Fontans. David, in this context, is Tirone David, not a patient.""",
    # 37 general surgery operations named after people
    """Gen surg jargon decoder for the new IM interns cross-covering our patients:

Whipple (pancreaticoduodenectomy), Hartmann procedure (end colostomy, rectal stump), Roux-en-Y, Billroth II, Nissen vs Toupet vs Dor fundoplication, Heller myotomy, Lichtenstein vs Shouldice vs Bassini vs McVay hernia repairs, Kocher maneuver, Cattell-Braasch, Mattox maneuver, Pringle maneuver.

Yes, Pringle maneuver. No, not the chips. Shouldice is also a hospital in Canada that does only hernias, which is the dream.""",
    # 38 orthopaedic fracture eponyms and grades
    """Ortho consult line, fractures by eponym, please use them correctly when you page:

Colles (dorsal angulation) vs Smith (volar) vs Barton (intra-articular rim). Jones (zone 2, 5th metatarsal) vs pseudo-Jones (avulsion). Bennett vs Rolando (thumb base). Monteggia (ulna + radial head dislocation) vs Galeazzi (radius + DRUJ). Maisonneuve (proximal fibula + ankle). Lisfranc, Chopart, Segond (think ACL). Salter-Harris II, Weber B, Garden III, Schatzker VI, Gustilo-Anderson IIIB, Neer 4-part.

A "boxer's fracture" is a 5th metacarpal neck fracture, not a fracture in a boxer.""",
    # 39 endocrine eponyms with person names, including hyphenated pairs
    """Endo board prep list, all eponyms:

Hashimoto, Graves, de Quervain (subacute) and Riedel thyroiditis. Jod-Basedow and Wolff-Chaikoff effects. Cushing disease vs syndrome, Nelson syndrome after adrenalectomy, Addison, Conn, Sheehan. Chvostek and Trousseau signs. Whipple triad for insulinoma. Kussmaul breathing. Kallmann syndrome (anosmia), Klinefelter (47,XXY), Turner (45,X).

Mnemonic from @ashok.menon: "Graves grows, Hashimoto hides." I'll take it.""",
    # 40 haematology eponyms with diacritics
    """Heme smear/eponym review for the fellows:

Auer rods (AML), Howell-Jolly bodies (asplenia), Heinz bodies (G6PD), Pappenheimer bodies, Döhle bodies, Pelger-Huët anomaly, May-Hegglin. Philadelphia chromosome t(9;22), BCR-ABL1 p210 vs p190. JAK2 V617F, CALR, MPL.

Bleeding: Glanzmann thrombasthenia, Bernard-Soulier, von Willebrand type 2B. Evans syndrome. Lymph nodes: Castleman, Rosai-Dorfman, Kikuchi-Fujimoto. Waldenström macroglobulinemia (MYD88 L265P).

Thank you Benedikt for the smear images.""",
    # 41 dermatology signs and nail findings named after people
    """Derm for non-dermatologists, nail and skin signs that show up on medicine wards:

Terry nails (cirrhosis), Lindsay nails (half-and-half, CKD), Muehrcke lines (low albumin), Beau lines (systemic illness), Mees lines (arsenic). Nikolsky sign (SJS/TEN, pemphigus), Auspitz sign (psoriasis), Koebner phenomenon, Darier sign (mastocytosis), Gottron papules and heliotrope rash (dermatomyositis), Leser-Trélat sign.

Terry and Lindsay are not your new residents.""",
    # 42 pulmonary eponyms and definitions
    """Pulm consult today was an eponym festival, case details kept vague on purpose:

Light's criteria: exudate (pleural/serum protein 0.6, LDH 0.7). Berlin definition: moderate ARDS, P/F 140 on PEEP 10. Murray score 2.75. Fleischner 2017 guidelines for the 7 mm incidental nodule. GOLD group E. Differential included Löfgren syndrome (erythema nodosum + hilar nodes), Heerfordt, Caplan, Churg-Strauss (EGPA now), Kartagener. Hamman sign on auscultation made us look for Boerhaave.

Pickwickian is still in our charts, sadly.""",
    # 43 paediatric dosing thread with colleagues named in full and by first name
    """Weight-based dosing errors: our peds pharmacist found 3 tenfold errors this quarter, all from kg/lb confusion at triage.

Fixes we're trialling: scales locked to kg, Broselow tape for resus only, and a hard stop for acetaminophen > 75 mg/kg/day.

> **Fiona MacLeod:** We did kg-only scales in 2019, errors dropped to near zero. The hard part was the parents wanting pounds.

> **Tasha Greenleaf:** Also check your EHR's rounding. Ours rounded 0.15 mg/kg of dex up in a weird way.

Fiona, did you need a policy committee or did nursing just do it?""",
    # 44 morning report teaching cases, role labels and hospital days
    """Morning report, three short cases (all de-identified, teaching only):

**Case 1.** 34F, HD#2, fever, new murmur, IVDU. Duke criteria: 1 major + 3 minor = possible IE. TEE today.

**Case 2.** 58M, post-op day 3 Whipple, drain amylase 3x serum. ISGPF grade B fistula.

**Case 3.** 89M with Parkinson disease, dysphagia, aspiration. Lewy body vs Parkinson disease dementia by the 1-year rule.

Chief resident: "Who can name the Jones criteria?" Intern: "For rheumatic fever or fractures?" Senior: "Both, apparently." Thanks to @bridget.kehoe for running it.""",
]

# note id -> colleagues taking part in the discussion (not tagged in the text)
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc8-001": [{"name": "Hannah Lindqvist"}, {"name": "Kofi Mensah"}],
    "pc8-004": [{"name": "Inês Carvalho", "handle": "@ines.carvalho"}],
    "pc8-006": [{"name": "Rosa Aguilar"}, {"name": "Leah Birnbaum"}],
    "pc8-008": [{"name": "Marisol Quintero", "handle": "@marisol.quintero"}],
    "pc8-014": [{"name": "Omar Haddad"}],
    "pc8-016": [{"name": "Ethan Brody", "handle": "@ethan.brody"}],
    "pc8-018": [{"name": "Yusuf Demir", "handle": "@yusuf.demir"}],
    "pc8-023": [
        {"name": "Teresa Nakamura", "handle": "@teresa.nakamura"},
        {"name": "Femi Adebayo", "handle": "@femi.adebayo"},
    ],
    "pc8-030": [{"name": "Hiroshi Tanaka", "handle": "@hiroshi.tanaka"}],
    "pc8-040": [{"name": "Samuel Okafor", "handle": "@samuel.okafor"}],
    "pc8-051": [
        {"name": "Gabriela Santos", "handle": "@gabriela.santos"},
        {"name": "Liam O'Brien", "handle": "@liam.obrien"},
    ],
    "pc8-052": [{"name": "Ruth Abramowitz", "handle": "@ruth.abramowitz"}],
    "pc8-053": [{"name": "Bridget Kehoe"}, {"name": "Diego Arriaga"}],
    "pc8-065": [{"name": "Nadia Petrenko", "handle": "@nadia.petrenko"}],
    "pc8-069": [{"name": "Abdi Warsame", "handle": "@abdi.warsame"}],
    "pc8-075": [{"name": "Caleb Whitfield", "handle": "@caleb.whitfield"}],
    "pc8-076": [{"name": "Yuki Hayashi"}, {"name": "Tomasz Wróbel"}, {"name": "Ifeoma Eze"}],
    "pc8-086": [{"name": "Ravi Subramanian"}, {"name": "Luz Ortega"}],
    "pc8-088": [{"name": "Mei-Ling Cho", "handle": "@mei-ling.cho"}],
    "pc8-091": [{"name": "Ashok Menon", "handle": "@ashok.menon"}],
    "pc8-092": [{"name": "Benedikt Huber"}],
    "pc8-095": [{"name": "Fiona MacLeod"}, {"name": "Tasha Greenleaf"}],
    "pc8-096": [{"name": "Bridget Kehoe", "handle": "@bridget.kehoe"}],
}


build, render, main = first_set.blind_set(
    "pc8", Path(__file__).with_name("physician_cases_8.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
