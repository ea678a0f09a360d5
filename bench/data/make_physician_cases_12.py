# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_12.jsonl``: blind test set 12 of invented physician posts.

Written blind by a helper session: the author read only the tag list, the parser and the
build helpers of ``make_physician_cases.py``, never the detector, its rules, its tests or
the other sets. Every patient, relative, clinician, place and number is invented (US
phones 555-01xx, UK mobiles 07700 900xxx, documentation IP ranges, made-up domains).

The set leans towards academic and specialty medicine in the US, the UK and Ireland:
M&M write-ups, tumour boards, pasted radiology, pathology, echo, sleep-study and EEG
reports, specialty clinics (ophthalmology, dermatology, ENT, urology, rheumatology,
allergy, genetics, transplant), residents' threads, consent and capacity problems and
legal or insurance paperwork. PHI-free notes are dense with eponyms, place-named
diseases and classifications, trial names, genes, drugs and scores.

Conventions beyond the README: Irish and US counties include their generic word
("County Mayo", "Co. Clare", "Blair County"); "the" before a date ordinal or a
neighbourhood is left out; an NHS or PPS number, a court docket, a claim reference and
an employee or badge number are ID; a DEA, GMC, IMC, NPI-style or driving licence number
is LIC; a bleep or pager number is PAGER; colleagues' network handles are never tagged.

    python bench/data/make_physician_cases_12.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 M&M write-up: missed subsegmental PE, teleradiology reconciliation
    """**Morbidity & Mortality — Internal Medicine, [[FAC:Bellweather University Medical Center]]**
Presenter: PGY-3 (me). Attending of record: Dr. [[HCP:Ingrid Solvang]].

Case: 61-year-old man, a bus mechanic for the [[FAC:Tri-County Transit Authority]], admitted [[DATE:2/11/2024]] with pleuritic chest pain. Wells 1.5, D-dimer 0.62 (age-adjusted cutoff 0.61), CTPA read as negative by overnight teleradiology. Discharged [[DATE:2/12]] on naproxen. Nine days later he came into [[FAC:Mercy Ridge Hospital]] in [[TOWN:Sterling]] in obstructive shock. Over-read of the first CTPA: RLL subsegmental filling defect, missed. Systemic lysis, survived, now on apixaban.

Root cause: the prelim was never reconciled against the final read. Mr. [[PT:Voss]] and his wife [[REL:Juniper]] agreed to us presenting and asked that the fix be named: a hard-stop reconciliation task in the EHR, live since [[DATE:April 1]].

For anyone from our shop filling in the QI form, it is under [[MRN:BUMC-00482291]].""",
    # 2 resident thread, lower case, nonagenarian, family phone calls
    """throwaway-ish bc my PD reads this lol. pgy1 at [[FAC:St. Aldric Medical Center]], nights. pt is [[AGE:94]]F, ms [[PT:dorothea pike]], admitted w/ urosepsis, baseline mod dementia. her grandson [[REL:kashton]] calls the unit at 3am from [[PHONE:412-555-0127]] demanding we "do everything" incl intubation. HCPOA paperwork says son [[REL:Gideon Pike]] who lives out in [[TOWN:Export]] and he says DNR. attending is dr [[HCP:malhotra]] who said "call me if she codes" and thats it. is that normal??

---
**Brenda Okafor:**
> attending is dr [[HCP:malhotra]] who said call me if she codes

Welcome to nights. The HCPOA is the decision maker, full stop; the grandson gets a kind conversation and no decisions. Document the code status discussion with [[REL:Gideon]] tonight, don't wait for rounds.

**Tomasz Wierzbicki:**
+1 to Brenda. Also ask your charge nurse to flag the chart so the switchboard doesn't keep patching him through.""",
    # 3 UK tumour board list pasted as a table
    """Lung MDT, [[FAC:Royal Fenwick Infirmary]], Thursday list (pasted from the proforma, sorry for the formatting):

| # | Patient | NHS no. | Referrer | Question |
|---|---|---|---|---|
| 1 | [[PT:Agnes Treloar]], [[AGE:91]] | [[ID:485 777 3456]] | Dr [[HCP:Pengelly]], [[FAC:Truro Road Surgery]] | 2.1 cm RUL spiculated, fit for SABR? |
| 2 | [[PT:Desmond Kitto]], 72 | [[ID:943 476 5919]] | Mr [[HCP:Saltash-Rowe]] (thoracics) | post-op T2aN1, adjuvant? |
| 3 | [[PT:Wenna Bolitho]], 58 | [[ID:401 023 2137]] | Dr [[HCP:Hocking]] | EBUS 4R/7 negative, PET 11R avid |

Case 1 lives alone in [[TOWN:St Just]] with her niece [[REL:Morwenna]] visiting weekly; travel to us is 2 hours each way so SABR would need hostel accommodation. Case 3 was first seen on [[DATE:14/02/2024]].

Outcomes will be typed up by the MDT coordinator.""",
    # 4 pasted CT report with header, poster comment
    """Pasted from the PACS, asking for a second opinion from any neurorads here:

EXAM: CT HEAD WITHOUT CONTRAST
PATIENT: [[PT:QUINTERO, ROSALBA]]   MRN: [[MRN:00731846]]   DOB: [[DATE:09/30/1931]]
ACCESSION: [[ID:CT24-0918-4471]]
ORDERING: [[HCP:LAFLEUR, NATHAN]] MD   LOCATION: [[FAC:CHAMPLAIN VALLEY HOSPITAL]] ED
DATE OF SERVICE: [[DATE:09/18/2024]] 23:14
FINDINGS: Hyperdense left MCA sign. Loss of insular ribbon left. No hemorrhage. Chronic microvascular changes. ASPECTS 8.
IMPRESSION: Early left MCA territory infarct. Recommend CTA.

Comment: she is [[AGE:92]], lives with her daughter [[REL:Consuelo]] in [[TOWN:Plattsburgh]], mRS 1 before this. CTA showed M1 occlusion. Our stroke neuro Dr. [[HCP:Hedvig Lund]] took her for thrombectomy, TICI 2b. Am I wrong that ASPECTS 8 at her age is still a reasonable candidate?""",
    # 5 pathology report, melanoma in a lifeguard, @-mention
    """@kieran.walsh you asked about the lifeguard from last month, path is back:

SPECIMEN: Skin, left upper back, wide excision
CLINICAL: [[PT:Tadhg Ó Súilleabháin]], 27M, lifeguard, [[FAC:Lahinch Surf Lifesaving Club]]
DIAGNOSIS: Invasive melanoma, superficial spreading type. Breslow 1.3 mm, Clark level IV, mitoses 2/mm2, no ulceration, margins clear (nearest 9 mm). pT2a.
Reported by: Dr [[HCP:Aisling Mac Giolla Phádraig]], [[FAC:University Hospital Limerick]], [[DATE:03/06/2024]]
Lab no. [[ID:S24-11873]]

So SLNB is on the table. He's living in a caravan at [[PLACE:Liscannor Bay]] for the season and his mam [[REL:Bríd]] is the only one with a working phone, [[PHONE:087 555 0142]]. Kieran, are you happy to discuss at the skin MDT on the [[DATE:12th]]?""",
    # 6 echo report, firefighter, fitness for duty form
    """TTE report (edited):
Name: [[PT:Marcus Delacroix-Banks]]   DOB: [[DATE:4/2/1979]]   MRN [[MRN:4419023]]
Indication: syncope during training drill
LV: normal size, LVEF 60% (Simpson biplane). Septum 19 mm, posterior wall 11 mm. SAM of anterior mitral leaflet present. LVOT gradient 22 mmHg at rest, 74 mmHg with Valsalva.
Impression: HCM with dynamic LVOT obstruction.
Read by: [[HCP:R. Ekwueme]], MD, [[DATE:11/7/2023]]

He is a captain with [[FAC:Brockton Fire Department]], badge [[ID:1184]], and the city wants me to sign the NFPA 1582 fitness for duty form by Friday. Their occ health fax is [[FAX:508-555-0166]]. Is there any universe where he goes back to interior firefighting? He will ask me about ICD first, then about his job. His wife [[REL:Tamsin]] already called the union.""",
    # 7 sleep study, CDL truck driver, CPAP serial
    """Polysomnography summary, [[FAC:Wabash Valley Sleep Center]], study [[DATE:5/14/24]]:
Patient: [[PT:Delbert Rutledge]], 54M, BMI 41, neck 19 in.
TST 312 min, sleep efficiency 71%. AHI 58.2 (supine 81, non-supine 33), ODI 61, nadir SpO2 72%. Central apnea index 0.4. No periodic limb movements of note.
Interpretation: Severe obstructive sleep apnea. Recommend split-night titration or APAP.
Interpreting physician: [[HCP:Yolanda Briscoe-Hart]], MD

Posting because he is a long-haul driver for [[FAC:Heartland Freight Lines]] (CDL [[LIC:R532-7710-4419]]) and his DOT medical examiner gave him a 3-month card conditional on compliance. APAP serial [[DEVICE:23174588921]] is uploading to the cloud but only 3.8 h/night average. He says the mask leaks in the cab. Tips for a trucker who sleeps in a sleeper berth in [[TOWN:Terre Haute]] truck stops?""",
    # 8 EEG report, teen, school district, mother named Sunday
    """EEG report, routine awake/drowsy, 21 channels, 10-20 system.
Patient: [[PT:Jaylen Okonkwo-Reyes]], 16 y, MRN [[MRN:P-2290514]]
Background: posterior dominant rhythm 10 Hz, reactive. Frequent 3-4 Hz generalized polyspike-and-wave discharges, maximal frontally, increased with photic stimulation (photoparoxysmal response at 15-20 Hz).
Impression: Abnormal EEG consistent with idiopathic generalized epilepsy, likely JME.
Electroencephalographer: [[HCP:Vikram Saldanha]], MD

My question is practical. He's a junior at [[FAC:Northfield Heights High School]] in the [[FAC:Cuyahoga Falls City School District]], wants his learner's permit in June, and his mom [[REL:Sunday]] is asking me to write to the BMV. Ohio wants 6 months seizure free, right? He had his first GTC on [[DATE:Jan 9]] after an all-nighter.""",
    # 9 ophthalmology, airline pilot, Normal IL
    """Ophtho question from a general IM doc. My patient [[PT:Everett Lindqvist]] is a first officer for [[FAC:Prairie Star Airlines]] based out of [[FAC:Central Illinois Regional Airport]]. Lives in [[TOWN:Normal]]. He had a macula-on rhegmatogenous RD in the left eye repaired with pneumatic retinopexy on [[DATE:6/3]] by Dr. [[HCP:Beatrix Hallorann]] at [[FAC:Eyecare Associates of Bloomington]]. Gas bubble gone, VA 20/20 OD, 20/25 OS.

He asks when he can fly again and what the FAA needs. His AME is Dr. [[HCP:Orrin Talbot]], phone [[PHONE:309-555-0191]]. FAA applicant ID [[ID:C4417729]] if that matters for the paperwork. Is an 8500-7 from the retina surgeon enough?""",
    # 10 derm, typed on a phone, patient is a nurse at the poster's hospital
    """quick derm q typed on my phone so sorry. pt is one of our own NICU nurses, [[PT:shayla brennan-ruiz]], 33, plaque psoriasis ~12% BSA, PASI 14, failed topicals + NB-UVB. i want to start methotrexate but she's TTC with her partner [[REL:indigo]] so no. apremilast or go straight to a biologic? she works nights at [[FAC:st. gerard's children's]] and doesnt want anyone at work to know, so pls nobody say her name if u know her. derm here dr [[HCP:feingold]] has a 5 month wait. she lives in [[PLACE:fishtown]] if anyone in [[TOWN:philly]] has a faster derm""",
    # 11 ENT, cochlear implant child, mother Marigold
    """ENT/audiology folks: 4-year-old [[PT:Ptolemy Greaves]] with bilateral profound SNHL (GJB2), right CI activated [[DATE:August 22, 2023]], device serial [[DEVICE:CI632-5581902]]. Left ear scheduled. Mum [[REL:Marigold]] is worried about MRI compatibility because he also needs a brain MRI for a separate question. He attends the [[FAC:Hamble Vale School for the Deaf]] in [[TOWN:Southampton]] and the school nurse [[HCP:Keziah Mbatha]] has been great with the processor.

Implanting surgeon Mr [[HCP:Oduya]] says 1.5T with head bandage is fine for this model. Anyone had magnet displacement with this array?""",
    # 12 urology prior authorisation, ALL CAPS template
    """PRIOR AUTHORIZATION REQUEST — RESUBMISSION
MEMBER NAME: [[PT:HOLLOWAY, BARTHOLOMEW J]]
MEMBER ID: [[PLAN:ZGQ880417762]]   GROUP: [[ID:0091-44E]]
DOB: [[DATE:03/11/1948]]
PRESCRIBER: [[HCP:AMARA NWOSU-PEARCE]], MD, UROLOGY   NPI: [[LIC:1639274810]]
PRACTICE: [[FAC:GREAT LAKES UROLOGY PARTNERS]], [[STREET:4100 LAKESHORE BLVD SUITE 210]], [[TOWN:SANDUSKY]], OH [[ZIP:44870]]
FAX: [[FAX:419-555-0134]]
DRUG: ENZALUTAMIDE 160 MG DAILY
DX: C61, METASTATIC CASTRATION-SENSITIVE, PSMA PET WITH 4 OSSEOUS LESIONS

Posting the template because the plan denied this twice saying "step therapy with abiraterone required". ARCHES and ENZAMET are both in the letter. Anyone cracked this insurer? cc @rafael.dominguez, you fought this plan last year.""",
    # 13 Irish rheumatology letter, patient a Garda, Eircode
    """Letter I'm drafting for occupational health, would appreciate a sense check from anyone who deals with the Garda CMO:

Re: Garda [[PT:Cillian Fitzmaurice]], Reg. no. [[ID:34817B]], [[STREET:4 Bóthar na Trá]], [[TOWN:Salthill]], [[ZIP:H91 T2X8]]

Dear Dr [[HCP:Ní Chonaill]],
This 38 year old man attends my clinic at [[FAC:Merlin Park University Hospital]] with HLA-B27 positive axial spondyloarthritis, BASDAI 6.2 on naproxen. He started adalimumab on [[DATE:2 May 2024]]. He is currently on desk duties at [[FAC:Mill Street Garda Station]] and wishes to return to mobile patrol.

Dr [[HCP:Eimear Costigan]], Consultant Rheumatologist""",
    # 14 allergy: anaphylaxis at a church potluck, pastor husband
    """Allergy clinic follow-up that I want opinions on. [[PT:Loretta Abernathy]], 66, had anaphylaxis at the Wednesday potluck at [[FAC:Greater Mount Zion Missionary Baptist Church]] on [[DATE:October 9]]: hives, stridor, BP 70s, two IM epi by the EMTs from [[FAC:Carroll County EMS]]. Tryptase 24 at 1 h, baseline 5.1. She swears nothing had peanuts. Her husband Pastor [[REL:Ezekiel Abernathy]] brought me the church's recipe cards (bless him) and the only suspect is a lupin flour cornbread made by a congregant. Skin prick to lupin positive, 9 mm wheal.

She lives on [[STREET:Old Hollow Road]] in [[TOWN:Westminster]], 40 min from any ED, so two autoinjectors plus an action plan. Question: is lupin labelling in the US still voluntary? My nurse [[HCP:Cherelle Witt]] is putting together a handout for the church kitchen.""",
    # 15 genetics pedigree: Lynch, relatives with unusual names
    """Genetics clinic, want to sanity check my pedigree before sending relatives letters.

Proband: [[PT:Persephone Vantongeren]], 41, endometrioid endometrial ca, MMR IHC loss of MSH2/MSH6, germline MSH2 c.942+3A>T pathogenic.
- Mother [[REL:Clementine]], colon ca at 48, died [[YEAR:2011]]
- Maternal uncle [[REL:Thaddeus Moerdyk]], 63, alive, in [[TOWN:Pella]], Iowa, no screening ever
- Brother [[REL:Ignatius]], 44, "too busy", works at [[FAC:Vermeer Manufacturing]]
- Sister [[REL:Wren]], 38, pregnant, seen by our service [[DATE:7/22]]
- Daughter [[REL:Calla]], 15

She wants us to contact [[REL:Thaddeus]] directly because they aren't speaking. His address she gave is [[STREET:211 Tulip Lane]]. I'm inclined to give her the family letter rather than cold-contact him. Thoughts?""",
    # 16 kidney transplant: living donor sister, UNOS id
    """Transplant nephrology question. 44F, [[PT:Nkechi Adebayo-Holt]], ESRD from IgA nephropathy, received a living related kidney from her sister [[REL:Chidinma]] on [[DATE:January 16, 2024]] at [[FAC:Carrow Transplant Institute]]. UNOS ID [[ID:RDK4410]]. Cr nadir 1.0, now 1.6 at month 6, DSA negative, BK PCR 12,000 copies.

Biopsy ([[DATE:7/19]], read by Dr. [[HCP:Elspeth Marrow]]): Banff i1 t1 v0, polyomavirus SV40 stain positive in 3 tubules. So BKVAN class 2. We dropped MMF and she's on tac (trough 5) + pred. Her coordinator [[HCP:Gus Pellegrino]] says she's also asking about returning to her job as a kindergarten teacher at [[FAC:Oakmont Elementary]]. Would you add IVIG or leflunomide? Rashid, you've probably seen more BKVAN than anyone on here.""",
    # 17 capacity dilemma, 91-year-old farmer refusing amputation
    """Capacity question, vascular surgery consult. [[PT:Augustin Marchetti]], [[AGE:91]], widowed dairy farmer, wet gangrene of the right forefoot extending to the midfoot. Refuses BKA. Says he'd rather "go with both legs" and return to his farm on [[STREET:County Road 14]] outside [[TOWN:Plain]] in [[COUNTY:Sauk County]].

Psych saw him yesterday... no wait, Monday. He understands, appreciates, reasons, and communicates a choice consistently. Daughter [[REL:Tenley]] (flew in from [[TOWN:Denver]]) wants us to override, says he was never like this before Mom died. Grandson [[REL:Bode]] is on his side.

Attending Dr. [[HCP:Halvard Jensen]] is fine with comfort-focused care. I'm fine with it too, but the family fight is brutal. Palliative is coming. Anything I'm missing?""",
    # 18 subpoena, attorney email, docket number
    """Got my first subpoena as an attending and I have no idea what I'm doing. It's a records subpoena in [[PT:Raylene Gustafsson]]'s car accident case (I saw her in clinic for whiplash). Case no. [[ID:2024-CV-00731]], [[FAC:Ramsey County District Court]]. It came from an attorney, [[EMAIL:m.haugen@haugenlawmn.example]], not signed by a judge, and it asks for "all records including psychotherapy notes".

Our compliance office at [[FAC:Northstar Health Partners]] is closed till Monday and the deadline is the [[DATE:30th]]. Her MRN in our system is [[MRN:NSH-771240]] if anyone in compliance here needs it.

@gabriel.ostrowski you did a risk management rotation, right? Is this a valid HIPAA subpoena without the satisfactory assurance?""",
    # 19 disability forms: SSA, SSN, factory
    """Rant + question. Filling out disability forms for a 52-year-old with post-COVID POTS and dysautonomia who used to run a forklift at [[FAC:Keystone Glass Plant]] in [[TOWN:Washington]], PA. SSA wants the medical source statement, his union wants a separate form, and the long-term disability carrier wants "objective evidence" (I sent the tilt table: HR 68 -> 131 at 10 min, no OH).

Every form wants his SSN ([[SSN:183-44-9027]]), his claim number ([[ID:LTD-0093381-A]]) and his employee ID ([[ID:KG-55102]]) on every page, and I swear I've written [[PT:Wendell Stroup]] 40 times this week. His wife [[REL:Darlene]] drives him to every appointment. Is there a template people use for the SSA form that actually gets approved?""",
    # 20 patient is a retired surgeon, VIP care
    """Ethics-ish question. My patient is a retired cardiothoracic surgeon, Dr. [[PT:Lionel Ashcombe]], [[AGE:90]], who trained half the surgeons in this state, including my own chief. Admitted to [[FAC:Greystone Memorial]] with a type B dissection. He is telling the residents which antihypertensive to use, reviewing his own CTA, and asked our CT surgeon Dr. [[HCP:Farrukh Qureshi]] to "just let me watch" a TEVAR video.

His son [[REL:Percival]] is a cardiologist in [[TOWN:Concord]] and calls for updates every 4 hours. The VIP flag means every chart access is audited. The whole team is treating him differently (more imaging, more consults). How do you avoid VIP syndrome when the VIP is a surgeon? Yusuf, I know you trained under him too.""",
    # 21 pasted secure chat with timestamps
    """Pasting our secure chat from last night so the M&M committee can see the timeline (shared with permission):

[22:41] [[HCP:Okafor, Ifeoma]] (ICU fellow): bed 14 Mr [[PT:Halvorsen]] MAP 58 on norepi 0.3, starting vaso
[22:43] [[HCP:Tran, Kevin]] (RN): lactate 6.8, family ([[REL:Signe]], wife) at bedside
[22:50] [[HCP:Okafor, Ifeoma]]: paged surgery for possible ischemic bowel, pager [[PAGER:4471]]
[23:12] [[HCP:Beaumont, Rhys]] (gen surg): on my way, still in OR 6
[23:58] [[HCP:Beaumont, Rhys]]: ex-lap, consent from wife, she's the only contact, cell [[PHONE:555-0148]]
[00:31] [[HCP:Tran, Kevin]]: to OR

The 45-min gap between 23:12 and 23:58 is what we're discussing. Patient was transferred to us from [[FAC:Lakes Region General Hospital]] on [[DATE:3/2]].""",
    # 22 voice dictation with recognition errors
    """Dictated in the car, apologies for the voice recognition. Period. New paragraph.

Seen today in rheumatology clinic [[PT:Honour Blackwood-Tiernan]] comma 71-year-old female period she comes with her husband [[REL:Fergal]] who is also her carer period she was referred by her GP Dr [[HCP:Ruairí Keegan]] at the [[FAC:Ballymote Medical Centre]] with proximal girdle pain and morning stiffness of 2 hours period ESR 64 CRP 38 period no headache no jaw claudication no visual symptoms period

Impression polymyalgia rheumatica period plan prednisolone 15 mg comma review 3 weeks period. She lives at [[STREET:Carrownanty]] [[TOWN:Ballymote]] [[COUNTY:Co. Sligo]] and her number is [[PHONE:071 915 0123]] period.

(and the software rendered her first name as "[[PT:honour]]" in lower case three times, I fixed that bit at least)""",
    # 23 non-native English poster, Polish patient in Ireland
    """Hello all, I am NCHD in medicine, from Poland, working in Ireland 2 years. I need advice please about patient Pan [[PT:Zdzisław Wróblewski]], 79 years, from [[TOWN:Ballinasloe]]. He have advanced Parkinson disease and now aspiration pneumonia second time. His daughter Pani [[REL:Bożena]] want PEG, but SLT say he is not safe for oral, and consultant Dr [[HCP:Ó Dubhghaill]] say no PEG in this situation.

The problem: family speak only Polish and the hospital interpreter is not available in weekend. Pani [[REL:Bożena]] is calling me on my private WhatsApp, [[PHONE:087 555 0199]] is her number, I did not give her mine but the nurse did. Is it okay I answer? I feel she have no one else. Son [[REL:Przemysław]] is in [[TOWN:Wrocław]] and cannot come.""",
    # 24 liver transplant evaluation, pro hockey equipment manager
    """Transplant hepatology tumour board, quick summary for those who couldn't dial in:

[[PT:Dmitri Kowalenko]], 58, equipment manager for the [[FAC:Hartford Wolf Pack]] for 20 yrs, HCV cirrhosis (SVR [[YEAR:2019]]), MELD-Na 14, two LI-RADS 5 lesions (2.4 and 1.8 cm) on MRI [[DATE:5/30/24]]. Within Milan. AFP 212.
Plan: TACE as bridge, list with MELD exception. Surgical team: Dr. [[HCP:Anneliese Voigt]].

Issue: he has 4 weeks of sobriety from alcohol (relapse after his son's death) and our psychosocial committee wants 6 months. His partner [[REL:Jolene Farraday]] is his only support and lives in [[TOWN:Wethersfield]] while he's in [[TOWN:Bristol]]. @maeve.connolly you've pushed back on the 6-month rule before; what data did you use?""",
    # 25 handover table
    """Weekend handover, renal, [[FAC:St Oswin's Hospital]] (only posting because the formatting trick is useful; names are real, please don't share outside the group):

| Bed | Name | Age | Issue | To do |
|---|---|---|---|---|
| 3 | [[PT:Ethelreda Poskitt]] | [[AGE:96]] | AKI on CKD4, hyperK 6.3 | repeat K 06:00 |
| 7 | [[PT:Benedict Oyelowo]] | 47 | PD peritonitis | vanc level Sun |
| 11 | [[PT:Gwilym Prys]] | 83 | fistula thrombosed | IR Mon, NOK son [[REL:Iolo]] [[PHONE:07700 900413]] |
| 12 | Mrs [[PT:Kaur]] | 64 | HD line sepsis | cultures from [[DATE:Fri 19th]] |

Registrar on call: Dr [[HCP:Fenwick]], bleep [[PAGER:2217]].""",
    # 26 ophthalmology, Vietnamese grandmother, title Ba
    """Neovascular AMD question from a comprehensive ophthalmologist. Bà [[PT:Nguyễn Thị Tuyết]], [[AGE:96]], comes in with her granddaughter [[REL:Thảo]] who translates. Right eye count fingers from a disciform scar, left eye 20/60 with active CNV. She has had 14 aflibercept injections in the left, last on [[DATE:4/11]]. Interval extended to 10 weeks then fluid recurred.

Family live in [[PLACE:Little Saigon]] in [[TOWN:Westminster]], CA, and the trip to our office at [[FAC:Orange Coast Retina Institute]] takes the whole family a day off work. Granddaughter asks about switching to faricimab to stretch intervals. Worth it at her age, given she says she mostly wants to see her great-grandson [[REL:Bảo]]'s face?""",
    # 27 NICU genetics, trisomy 18, parents
    """NICU genetics consult, want a gut check on counselling. Baby girl [[PT:Seraphina Kettleborough]], born [[DATE:8/27/2024]] at 36+2 at [[FAC:Wyandotte Women's Hospital]], birth weight 1.71 kg, clenched fists with overlapping fingers, rocker-bottom feet, VSD + PDA. Rapid FISH: trisomy 18. Karyotype pending (lab accession [[ID:CG-24-08817]]).

Parents [[REL:Jubilee]] and [[REL:Rowan Kettleborough]] are both teachers in the [[FAC:Shawnee Mission School District]] and have read everything online; they want full cardiac surgery. Cardiology (Dr. [[HCP:Pradeep Iyengar]]) is willing to do a PA band if she's stable at 3 months. Mom's mother [[REL:Dolores]] keeps quoting the 5-10% one-year survival at them.

Anyone have experience with shared decision making in this situation? I'd like to support them without overselling.""",
    # 28 attending correcting a resident, school bus crash, VIN and plate
    """> **Resident post (@lena.park):** 38yo school bus driver, seat belt, airbag, GCS 15, CT pan-scan negative, wants to go home. Police want a blood alcohol. Do I draw it?

Attending here, replying because this comes up a lot. Short version: not without consent, a warrant or your state's implied consent process, and never for them by a hospital protocol alone.

Specifics for this case since you DM'd me the chart: [[PT:Rhiannon Vasquez-Oduya]] drives for [[FAC:Lindale Independent School District]]. The trooper (State Police, badge [[ID:4472]]) gave you the bus number and plate ([[PLATE:TX 2B7-K19]]) and the VIN [[VIN:4DRBUAFN1KB914402]] for his crash report; none of that goes in our note. Her serum ethanol from our own trauma labs was undetectable anyway and that result is ours, not theirs, unless subpoenaed.

And call her husband [[REL:Ignacio]] back; he's been at the front desk of [[FAC:Tyler Regional Trauma Center]] for an hour.""",
    # 29 ED dog bite, police officer K9 handler
    """ED question. Police K9 handler bitten by his own dog during a training exercise. Sgt. [[PT:Brannigan]]... sorry, [[PT:Cormac Brannigan]], 36, [[FAC:Evanston Police Department]], badge [[ID:1877]]. Deep punctures right forearm, one into the FCR sheath. The dog (name "Ranger", ID'd by the department) is fully vaccinated.

Hand surgery (Dr. [[HCP:Sunniva Haugland]]) wants him in OR for washout. Worker's comp form wants the incident address: [[PLACE:Dempster and Ridge]], the training lot behind [[FAC:Robert Crown Community Center]]. Workers' comp claim [[ID:WC-22-301877]].

Anyone know if K9 bites get reported to animal control like any other bite in Illinois? His wife [[REL:Saoirse]] asked me and I didn't know.""",
    # 30 teledermatology, IP address and URL concern
    """Privacy question about a telederm platform. Patient [[PT:Bettina Okonedo]] uploaded photos of a changing naevus through the portal; the metadata the platform shows us includes her IP address ([[IP:203.0.113.58]]) and the link to her upload page, [[URL:https://derm-upload.rapidskin.example/case/BOK-88213]]. That link works without login if you have it.

Our practice is [[FAC:Thameside Dermatology]] in [[TOWN:Henley-on-Thames]] and I flagged it to our DPO. The lesion itself: 7 mm, asymmetric, two colours, dermoscopy shows atypical network and regression. Booked for excision on [[DATE:Tuesday 4 June]].

Has anyone else using this vendor reported the open-link issue?""",
    # 31 teen with social media handle, school
    """Adolescent med, asking for advice on a safety plan. 15yo [[PT:Maddox Fairweather]] presented after posting a goodbye video on TikTok (handle [[HANDLE:@maddoxxfw_0007]]). A classmate's parent saw it and called 911. He attends [[FAC:Brookhaven Middle School]]... no, he's in 9th grade now, [[FAC:Ridgemont High School]]. Lives with his mom [[REL:Calypso]] and stepdad in [[TOWN:Liberty]], MO.

No plan or means at the moment per him, guns in the home locked per stepdad, who refused to give me the safe combination location (fair). Crisis team recommends outpatient IOP. He asked me to not tell his mom about the TikTok account. Thoughts on how much to share?""",
    # 32 Irish grand rounds with patient from Clones
    """Medical Grand Rounds, [[FAC:Cavan General Hospital]], Wednesday 08:00, lecture theatre.

"A farmer, a silo and a cough" — presented by Dr [[HCP:Niamh Ó Broin]] (SpR)
Case: 57-year-old dairy farmer from [[TOWN:Clones]], [[COUNTY:Co. Monaghan]], admitted [[DATE:19 August]] with fever, dyspnoea and bilateral ground glass after unloading mouldy hay. Precipitins positive for Saccharopolyspora rectivirgula. Settled with avoidance and steroids. His son [[REL:Colm]] has taken over the yard at [[PLACE:Drumswords]].

Please note the patient, Mr [[PT:Peadar Mac Mathúna]], will attend in person and has consented. Tea and scones after.""",
    # 33 peer-to-peer insurance denial
    """Peer-to-peer success story (rare!). Dupilumab for a 9-year-old with severe atopic dermatitis, EASI 31, failed tacrolimus and crisaborole, wet wraps twice. Initial denial said "not medically necessary".

For the record, in case it helps anyone with the same plan: member [[PT:Ozzie Tran-Whitcombe]], ID [[PLAN:BCX-44190288-02]], reference for the appeal [[ID:PA-5518-2290]]. The P2P doc was a retired ob-gyn who agreed in 4 minutes once I mentioned the sleep loss and school absence from [[FAC:Lakewood Elementary]]. Mom [[REL:Harmony]] cried on the phone when I told her.

Tip: the phrase "failure of topical calcineurin inhibitor documented on [[DATE:03/07/2024]]" with a date seems to matter. Credit to Okwuosa for that phrasing.""",
    # 34 ALL CAPS UK discharge template
    """DISCHARGE SUMMARY — [[FAC:NORTH TYNESIDE GENERAL HOSPITAL]]
PATIENT NAME: [[PT:ROBSON, WILFRED ARTHUR]]
HOSPITAL NO: [[MRN:K1104829]]   NHS NO: [[ID:612 448 3097]]
DOB: [[DATE:02/06/1930]] (AGE [[AGE:94]])
ADDRESS: [[STREET:17 COLLINGWOOD TERRACE]], [[TOWN:WALLSEND]], [[ZIP:NE28 7QD]]
GP: DR [[HCP:F. ARMSTRONG]], [[FAC:HOWDON ROAD SURGERY]]
ADMITTED: [[DATE:11/03/2024]]   DISCHARGED: [[DATE:22/03/2024]]
DIAGNOSIS: CAP, CURB-65 3; DELIRIUM, RESOLVED
NOK: DAUGHTER [[REL:PAULINE GASKELL]] [[PHONE:07700 900862]]

Posting because our template puts age AND DOB AND NHS number on every page and I'm trying to argue for less. Any trust managed to get this changed?""",
    # 35 urology, Fournier's in a nonagenarian from a nursing home
    """Fournier's gangrene in a man in his [[AGE:90s]] from [[FAC:Whispering Pines Care Center]], came in septic. Debrided twice; now a large perineal defect. His POA, nephew [[REL:Lazarus Oyelaran]], is asking for a colostomy "so the wound stays clean" and plastics is talking VAC + flap. Patient [[PT:Cletus Ambrose]] himself is moderately demented and keeps pulling at the dressing.

Urology attending Dr. [[HCP:Ximena Barrientos]] leaning towards diverting colostomy. I'm the hospitalist and worried we're escalating for a man whose last documented wishes (the POLST from [[DATE:June 2022]]) said "limited interventions". As Benedetta said in the geri thread last week, the POLST is the patient talking. Thoughts?""",
    # 36 GCA in a 92-year-old, spelled-out age
    """Rheum colleagues: [[AGE:ninety-two]] is not too old to biopsy, right? Patient is Mrs. [[PT:Philippa Stonehouse]], [[AGE:ninety-two]], retired headmistress of [[FAC:Holy Trinity Convent School]] in [[TOWN:Guildford]], new temporal headache, jaw claudication, ESR 98, amaurosis fugax x1 on the [[DATE:3rd]]... sorry, I mean on [[DATE:3 October]]. Started pred 60 mg that day. Temporal artery US (halo sign, both sides, compression sign positive) at [[FAC:Royal Surrey]].

Our vascular surgeon Mr [[HCP:Adebanjo]] says the US is enough and he won't biopsy a [[AGE:92]] year old. Agree with him? @fiona.gallacher what does your unit do?""",
    # 37 status epilepticus, pager numbers
    """Night float neuro consult. Status epilepticus in a 29yo [[PT:Jovan Petrović]] (known LGS, cared for by his mother [[REL:Dragana]]) who ran out of clobazam because the pharmacy at [[FAC:Walgreens on Halsted]] didn't have it. Two lorazepam, then levetiracetam 60 mg/kg, still seizing at 40 min, intubated, midazolam infusion.

cEEG hooked up at 02:10, reading room pager [[PAGER:312-555-0147]]. Epileptologist on call, Dr. [[HCP:Priyanka Deshmukh-Ross]], recommended adding valproate load. Mom wants his outpatient neurologist Dr. [[HCP:Halbrook]] called first. What do you tell a parent at 3am who knows more about the drug than you do?""",
    # 38 penicillin allergy delabelling, university lab employee, email
    """Penicillin delabelling clinic, case that tickled me. 34-year-old postdoc [[PT:Ximena Ruiz-Halloran]], works at the [[FAC:Whitford Institute for Structural Biology]] at [[FAC:Dunmore University]]. Label: "penicillin — rash age 4". PEN-FAST 0. Direct oral amoxicillin challenge, no reaction at 1 h. Delabelled.

She then emailed me from her work account ([[EMAIL:xruiz-halloran@struct.dunmore.example]]) asking for a letter because her lab works with beta-lactam compounds and her PI (not a clinician) wanted "documentation she won't react". Is that an occupational health question or mine?""",
    # 39 Huntington testing, twin, consent
    """Genetic counsellor asking an ethics question. [[PT:Tobias Merriweather]], 26, wants predictive HD testing. He has a monozygotic twin brother, [[REL:Lucius]], who has said explicitly he does NOT want to know. Father [[REL:Augustine]] affected, CAG 44, diagnosed [[YEAR:2018]], now in [[FAC:Fairhaven Nursing Home]] in [[TOWN:Mystic]].

[[PT:Tobias]]'s result is [[REL:Lucius]]'s result. [[PT:Tobias]] says he'll "just not tell him". They share a flat in [[PLACE:Fox Point]] and both work at [[FAC:Electric Boat]]. We've had two sessions. Our team (Dr. [[HCP:Beaumont-Ashe]] and me) are divided. Has anyone's service gone ahead in this situation?""",
    # 40 lower-case ICU phone note
    """icu q from my phone. 67m post cabg day 4, new af + delirium, wife [[REL:bunny]] (real name [[REL:bernadette]]) wants him moved to [[FAC:st. luke's]] closer to home in [[TOWN:bethlehem]]. surgeon dr [[HCP:ferreira]] says no transfer till chest tubes out. pt [[PT:walt szymanski]] keeps asking for his union rep from [[FAC:local 1199]] lol. any tips for handling the transfer request when the family is this insistent? @ngozi.eze you had a similar one last month""",
    # 41 Irish frozen section M&M
    """M&M, histopathology, [[FAC:Tallaght University Hospital]]. Frozen section on a parotid mass called "pleomorphic adenoma", final paraffin: carcinoma ex pleomorphic adenoma, widely invasive. Patient [[PT:Siobhán Ní Fhlatharta]], 62, had a superficial parotidectomy by Mr [[HCP:Déaglán Foley]] on [[DATE:9/2/2024]] and needs completion surgery + neck dissection + RT.

Frozen reported by the on-call consultant, Dr [[HCP:Agnieszka Wójcik]]. Review: 4 blocks submitted, invasion was in block 3 which wasn't frozen. Her husband [[REL:Donncha]] has made a formal complaint (HSE ref [[ID:YSYS-24-01183]]).

@ciaran.doyle @aoife.lynch you both do head and neck path, how many blocks do you freeze on a parotid?""",
    # 42 UK sleep clinic, narcolepsy in a teacher, DVLA and plate
    """Sleep clinic. 31F primary teacher at [[FAC:St Wilfrid's C of E Primary]] in [[TOWN:Ripon]], cataplexy with laughter and EDS, ESS 19. MSLT mean sleep latency 3.2 min, 3 SOREMPs. Narcolepsy type 1. Started pitolisant.

She drove here today (reg [[PLATE:YK71 HXB]], I saw her park) despite me telling her at the last visit on [[DATE:12 January]] not to drive until reviewed. DVLA has not been told. Patient [[PT:Fenella Oakshott]], address [[STREET:8 Kirkgate]], [[ZIP:HG4 1PB]]. Do I have to inform DVLA myself now, per GMC guidance, after one more documented conversation? Her partner [[REL:Jago]] says he'll drive her everywhere.""",
    # 43 ENT foreign body, toddler, unusual mother name
    """ENT on call, paediatric foreign body: 2yo [[PT:Alfie Pemberton-Sykes]] with a button battery in the oesophagus on CXR (halo sign), swallowed at nursery ([[FAC:Little Acorns Day Nursery]], [[TOWN:Chorley]]) about 2 hours ago. Honey given by mum [[REL:Bluebell]] at 10 ml every 10 min on the way in, per the NPIS advice.

To theatre with Mr [[HCP:Ogunleye]], removed at 3h20; mucosal burn but no perforation. Nursery manager called asking if she needs to report to Ofsted and RIDDOR. Child's NHS number [[ID:721 004 5561]] is on the paperwork she wants signed, which I haven't. Anyone know the nursery's actual reporting duty?""",
    # 44 heart transplant, LVAD serial
    """Heart failure/transplant team, pasting a device issue for the VAD coordinators here:
Patient [[PT:Octavia Brisbane-Lowe]], 49, HeartMate 3 serial [[DEVICE:HM3-0718842]] implanted [[DATE:11/30/2022]] as BTT at [[FAC:Providence Saint Elias Medical Center]]. Low flow alarms x6 this week, PI 1.8 -> 6.4, LDH 1,140, plasma free Hb 48. Suspect pump thrombosis.

Status 2 listed, UNOS [[ID:HLB7731]]. Her driver and caregiver is her brother [[REL:Atticus]], who lives with her on [[STREET:Greenwood Avenue North]], [[TOWN:Shoreline]] [[ZIP:98133]]. Our VAD coordinator [[HCP:Lindsay Pruitt]] has the controller logs. Thrombolysis vs exchange vs upgrade to status 1?""",
    # 45 VA disability claim
    """VA C&P question from a community PCP. Patient [[PT:Dashiell Monroe-Whitaker]], Marine veteran, 2 deployments, tinnitus and mild TBI, new Parkinsonism at 58. He thinks it's [[FAC:Camp Lejeune]] water; he was stationed there [[YEAR:1985]]-[[YEAR:1987]]. His claim no. is [[ID:C-29 441 873]] and his VA PCP at the [[FAC:Wilkes-Barre VA Medical Center]] is Dr. [[HCP:Hosea Kaminski]].

He asked me for a nexus letter ("at least as likely as not"). Parkinson's is on the presumptive list for [[FAC:Lejeune]] already, isn't it? His wife [[REL:Clover]] has the DD-214; he lives in [[TOWN:Honesdale]].""",
    # 46 poster's own father, treating clinicians
    """Posting as a son, not a doctor, so forgive the tone. My dad, [[PT:Herschel Lindgren]], [[AGE:93]], admitted to [[FAC:Mount Auburn Hospital]] [[DATE:Sunday 14 April]] with a hip fracture, now delirious post-op. Orthogeriatrics (Dr. [[HCP:Oluwatoyin Banjo]]) is wonderful. The night team gave haloperidol 5 mg IV.

I know, I know. I'm not in charge. But my sister [[REL:Yetta]] wants to complain and I'm stuck between being the family and being a physician. He lives at [[STREET:42 Fayerweather Street]] in [[TOWN:Cambridge]] alone and this is the end of that. How did others handle being the doctor in the family? (@oluwatoyin.banjo, if you're reading this, thank you.)""",
    # 47 driving visual fields, DMV licence
    """Ophthalmology / driving question. 78yo [[PT:Bertrand Okafor-Lyle]], bilateral advanced POAG, Esterman 112 points with 18 missed in the central field. He drives a school-activity van for [[FAC:Good Shepherd Lutheran Church]] in [[TOWN:Hastings]] twice a week. DMV form wants my opinion and his licence number, [[LIC:H412-7793-0028]].

He's been to Dr. [[HCP:Annika Rasmussen]] for glaucoma since [[YEAR:2016]]; she retired. His daughter [[REL:Merit]] thinks he should stop. Am I obliged to report?""",
    # 48 pasted WhatsApp exchange with a family member
    """Family sent me this on WhatsApp, pasting so you see why I'm worried (names left as-is because the group is closed):

[08:14] [[REL:Precious Adeyinka]]: Doctor good morning, mummy is not eating since yesterday
[08:15] [[REL:Precious Adeyinka]]: her sugar is 2.4 on the machine
[08:21] me: please call 999 now and give her the glucose gel
[08:40] [[REL:Precious Adeyinka]]: ambulance came they took her to [[FAC:Queen Elizabeth Hospital Woolwich]]

Mummy is Mrs [[PT:Folasade Adeyinka]], 81, on gliclazide 160 mg BD for years. Daughter's number [[PHONE:07700 900557]]. I'm her GP at [[FAC:Plumstead Common Surgery]]. Gliclazide in an 81yo with eGFR 28; my fault for not stopping it sooner.""",
    # 49 tattoo reaction, instagram handle
    """Derm: granulomatous reaction in red ink of a 6-month-old tattoo. [[PT:Ramona Ochieng]], 29, forearm, biopsy (read by Dr. [[HCP:Ilse Van Damme]]) shows sarcoidal granulomas only in red areas. CXR and ACE normal.

The artist is at [[FAC:Black Lantern Tattoo Collective]] in [[TOWN:Asheville]] and is, she says, going to post her case on their Instagram without her face. Her own account is [[HANDLE:@ramonaroams]] and she has already posted the biopsy scar. Any reason to do a full sarcoid workup when it's confined to one colour? @oluwaseun.adeyemi you wrote about this.""",
    # 50 occupational asthma cluster at a factory
    """Occ med colleagues: three workers from [[FAC:Brightwater Bakery Plant]] in [[TOWN:Battle Creek]] with new asthma over 6 months, all on the same flour handling line. Serial PEFs show workplace pattern. Specific IgE to wheat flour positive in 2 of 3, alpha-amylase in all 3.

Patients: [[PT:Jasmine Okoye]] (line lead), [[PT:Ruben Carvajal]], [[PT:Hollis Thibodeaux]]. Their plant nurse [[HCP:Connie Mertz]] has been great. The company's HR contact, [[EMAIL:hr.safety@brightwaterbakes.example]], is asking me for their "diagnoses" by name. I am not sending that. Who should I contact at MIOSHA?""",
    # 51 terse request for a fax number
    """Anyone know Dr. [[HCP:Philomena Acheampong]] at [[FAC:Cape Fear Valley Hematology]]? need her fax, patient [[PT:Leontyne Barksdale]] came in with a H/H of 6.1/19 and says she's "already on the list for a transfusion over there". Their main line [[PHONE:910-555-0102]] goes to voicemail.""",
    # 52 involuntary hold, sheriff transport, county
    """Psych/legal question. 44M [[PT:Cyrus Ballantyne-Oke]], brought in under an emergency detention by [[FAC:Washtenaw County Sheriff's Office]], deputy badge [[ID:2290]]. Paranoid, convinced his neighbor on [[STREET:Pontiac Trail]] is poisoning his well. He's a tenured professor at [[FAC:Eastern Michigan University]] (!). No prior history.

The petition was signed by his brother [[REL:Aurelio]], who drove up from [[TOWN:Ypsilanti]]. Clinical certificate done by me and Dr. [[HCP:Marguerite Bello]] at [[FAC:St. Joseph Mercy Ann Arbor]]. Court hearing set for [[DATE:12/3]]. He is asking for his own attorney and refusing all meds. What can I give without a court order in Michigan?""",
]

FREE_NOTES: list[str] = [
    # 1 chest radiograph signs and Fleischner follow-up
    """Teaching file dump for the PGY-1s before Friday's chest conference. Know these cold: Hampton hump, Westermark sign, Fleischner sign, Golden S sign (think RUL collapse with a hilar mass), Kerley B lines, the deep sulcus sign on a supine film, Luftsichel in LUL collapse, and the continuous diaphragm sign of pneumomediastinum.

For nodules: Fleischner Society 2017 applies to incidental nodules in adults 35 and over, not to lung cancer screening (that's Lung-RADS v2022) and not to immunocompromised patients. A 7 mm solid nodule in a low-risk 52-year-old gets CT at 6-12 months, then consider 18-24 months. Brock model if you want a number; Herder if you have a PET.""",
    # 2 pathology quiz thread with colleagues
    """**Path quiz, name the inclusion:**
1. Eosinophilic cytoplasmic globules in plasma cells
2. Intranuclear pseudoinclusions in plasma cells
3. Eosinophilic apoptotic hepatocytes in viral hepatitis
4. Targetoid basophilic bodies in malakoplakia
5. Coffee-bean nuclei around a pink centre in granulosa cell tumour

---
**Hamish McLeod:** 1 Russell, 2 Dutcher, 3 Councilman, 4 Michaelis-Gutmann, 5 Call-Exner. Too easy. Do Schiller-Duval vs Homer Wright vs Flexner-Wintersteiner next.

**Yasmin Haddad:** Hamish always wins these. Bonus: Birbeck granules (tennis rackets, Langerhans), Negri bodies in Purkinje cells, Hirano bodies in the hippocampus, and Verocay bodies lining up between Antoni A areas.

**Hamish McLeod:** Mallory-Denk isn't an inclusion you "name", it's a lifestyle.""",
    # 3 echo teaching pearls
    """Echo pearls from today's reading session (no cases, just patterns):
- McConnell sign: RV free wall akinesis with apical sparing. Suggestive of acute PE but not specific; seen in RV infarct too.
- Lambl's excrescences are thin mobile strands on the aortic valve closure line. Don't call them vegetations.
- Chiari network vs Eustachian valve: both right atrial remnants, both benign, both will be reported as "thrombus" by somebody.
- Ebstein anomaly: apical displacement of the septal tricuspid leaflet > 8 mm/m2.
- Libman-Sacks: verrucous, both sides of the mitral leaflets, think SLE/APS.
- Carpentier IIIa vs IIIb: rheumatic restriction vs ischaemic tethering.
Numbers that matter: E/e' > 14 average, TAPSE < 17 mm, LVEF by Simpson biplane not eyeball, RVSP 38 means nothing without the RA pressure estimate.""",
    # 4 sleep medicine: ASV and Cheyne-Stokes
    """@sinead.murphy asked after the sleep journal club whether we'd still offer ASV for Cheyne-Stokes respiration. SERVE-HF (2015) showed increased CV mortality with ASV in HFrEF with LVEF 45% or less and predominantly central apnoea, so not there. ADVENT-HF used a different device algorithm and was neutral-ish; most of us still avoid it in HFrEF.

Related scoring rant: AASM 3% arousal rule vs the 4% rule that Medicare uses. Same patient, AHI 13 vs 4, so whether he gets CPAP depends on the payer. STOP-BANG 6, Mallampati IV, Friedman tongue position 3 and a neck of 17.5 in: nobody needs a PSG to guess that one. Inspire hypoglossal stimulation needs BMI under 40 and no complete concentric collapse on DISE.""",
    # 5 EEG normal variants
    """EEG fellows keep over-calling benign variants, so here's the list we give the new ones:
wicket spikes (midtemporal, arciform, drowsy adults, no after-going slow wave), small sharp spikes / BSSS, 14 and 6 Hz positive bursts, 6 Hz phantom spike-and-wave (WHAM vs FOLD), rhythmic midtemporal theta of drowsiness (RMTD, formerly "psychomotor variant"), subclinical rhythmic electrographic discharge of adults (SREDA), POSTS, lambda waves, mu rhythm at C3/C4 that blocks with contralateral fist clenching.
Nomenclature: T3/T4 in the old 10-20 labels are T7/T8 in the modified combinatorial system; T5/T6 are P7/P8. Fp1-F7 chains still trip up the juniors on the double banana.
And no, wicket spikes are not named after Ewoks.""",
    # 6 ophthalmology resident study list typed fast
    """ophtho pgy2 studying for OKAPs, is this right??
marcus gunn pupil = RAPD, argyll robertson = accommodates but doesnt react (prostitutes pupil, sorry attendings), adie tonic pupil = slow constriction + hypersensitive to dilute pilocarpine 0.125%, horner = ptosis miosis anhidrosis, parinaud = upgaze palsy + light-near dissociation.
cornea: fuchs endothelial dystrophy (guttae, descemet membrane thickening), bowman layer doesnt regenerate. retina: stargardt (ABCA4), best vitelliform (BEST1, EOG arden ratio <1.5), coats (unilateral telangiectasia, young boys). uveitis: vogt-koyanagi-harada, posner-schlossman (IOP spikes, mild AC cells).
snellen 6/9 = 20/30, humphrey 24-2 SITA standard, amsler grid for AMD.
best is both a disease and my score on last year's exam lol""",
    # 7 ENT vertigo thread with colleagues
    """Vertigo clinic teaching thread, feel free to add.

Posterior canal BPPV: Dix-Hallpike positive, torsional upbeating nystagmus, fatigues. Treat with Epley or Semont. Horizontal canal: supine roll test, Gufoni or BBQ roll.
Ménière's: episodic vertigo 20 min to 12 h, fluctuating low-frequency SNHL, tinnitus, aural fullness. Rinne positive both sides, Weber to the good ear.
Superior canal dehiscence: Tullio phenomenon, Hennebert sign, autophony, low VEMP thresholds.

**Reply from Chidi Nwankwo:** Add vestibular migraine, it's more common than Ménière's in my clinic and everyone forgets it. Also Ramsay Hunt: House-Brackmann grade IV facial palsy plus vesicles in the concha.

**Reply from Gráinne Lacey:** Chidi, agree. Frenzel goggles or video-oculography make a huge difference. And please don't send me every "dizzy" for a Dix-Hallpike.""",
    # 8 dermatology signs including a nodule with a title-like name
    """Derm signs the medical students asked about on the ward round:
- Nikolsky (shear the epidermis off) vs Asboe-Hansen (bulla spreads with pressure)
- Auspitz sign in psoriasis, Koebner phenomenon (also lichen planus, vitiligo, warts)
- Darier sign in urticaria pigmentosa; Darier disease is something else entirely (ATP2A2)
- Wickham striae on oral lichen planus
- Sister Mary Joseph nodule: periumbilical metastasis, usually gastric, ovarian, pancreatic
- Sweet syndrome (acute febrile neutrophilic dermatosis), Grover disease, Hailey-Hailey
- Erythema migrans of Lyme disease, Spitz naevus, Becker naevus, naevus of Ota vs naevus of Ito
Fitzpatrick type IV-VI skin: erythema is purple-brown, not red. Breslow thickness and ulceration drive staging, not Clark level, since AJCC 8.""",
    # 9 urology prostate risk stratification
    """Uro oncology question, purely about the guidelines. A 66-year-old with PSA 8.9, PSA density 0.21, PI-RADS 5 lesion, MRI-targeted biopsy Gleason 4+3=7 (ISUP grade group 3) in 3 of 4 targeted cores, cribriform present. CAPRA 4, D'Amico intermediate, NCCN unfavourable intermediate.

EAU and AUA both say offer RP or RT plus 4-6 months ADT. ProtecT at 15 years showed no mortality difference across active monitoring, surgery and radiotherapy, but that cohort was mostly grade group 1. Cribriform changes things for me: no active surveillance. Anyone use Decipher routinely at this stage?

(Separate rant: still getting referrals for a Bosniak IIF cyst with "?Fournier gangrene" in the same letter. Different organs, folks.)""",
    # 10 rheumatology criteria with colleague replies
    """Rheum fellows' criteria cheat sheet, corrections welcome:
- RA: ACR/EULAR 2010, score 6 or more of 10
- Axial SpA: ASAS 2009, modified Schober under 4 cm supports but isn't a criterion
- SLE: EULAR/ACR 2019, entry ANA 1:80 or higher
- Sjögren: ACR/EULAR 2016
- Adult-onset Still disease: Yamaguchi
- Behçet: ICBD 2014
Hands: Heberden (DIP) and Bouchard (PIP) nodes in OA; Jaccoud arthropathy in SLE is reducible. Gottron papules + heliotrope rash = DM; check anti-MDA5 if there are palmar papules.
Felty = RA + neutropenia + splenomegaly; Caplan = RA + pneumoconiosis.

@darragh.kinsella and @ruth.abramowitz please check the SpA section, I always mix up BASDAI and ASDAS-CRP cut-offs (ASDAS 2.1 = high disease activity, not BASDAI 4).""",
    # 11 allergy: alpha-gal and Brighton criteria
    """Allergy grand rounds recap, "Ticks, tablets and tryptase":
Alpha-gal syndrome: delayed urticaria/anaphylaxis 3-6 h after mammalian meat, associated with Lone Star tick bites (Amblyomma americanum), also cetuximab reactions on first infusion. Test alpha-gal IgE; beef/pork IgE often positive too.
Kounis syndrome: allergic ACS. Type I vasospasm, type II plaque erosion, type III stent thrombosis.
Brighton Collaboration criteria for vaccine anaphylaxis: level 1 certainty needs major dermatological plus major cardiovascular or respiratory criteria.
Gell and Coombs type IV for SJS/TEN and DRESS (RegiSCAR score 6 = definite).
Samter's triad = AERD: asthma, nasal polyps, aspirin sensitivity; desensitise before dupilumab? Discuss.
PEN-FAST under 3: direct oral amoxicillin challenge, no skin testing needed.""",
    # 12 genetics syndromes and ACMG criteria
    """Genetics clinic cheat sheet (for the paeds residents rotating through):
Noonan (PTPN11, SOS1, RAF1), Williams (7q11.23, ELN), DiGeorge (22q11.2 del), Angelman (UBE3A, maternal) vs Prader-Willi (paternal 15q11-q13 loss), Smith-Magenis (17p11.2, RAI1), Sotos (NSD1), Beckwith-Wiedemann (11p15.5), Cornelia de Lange (NIPBL), Marfan (FBN1) vs Loeys-Dietz (TGFBR1/2, SMAD3) vs vascular EDS (COL3A1).
Cancer: Li-Fraumeni (TP53), Cowden (PTEN), Peutz-Jeghers (STK11), Birt-Hogg-Dubé (FLCN), von Hippel-Lindau (VHL), Lynch (MLH1, MSH2, MSH6, PMS2, EPCAM).
ACMG/AMP 2015: PVS1 + PM2 = likely pathogenic? No: PVS1 plus one moderate is likely pathogenic, plus PM2 now downgraded to supporting by ClinGen SVI. A VUS is not actionable. Hardy-Weinberg still matters when someone says "carrier frequency 1 in 25".""",
    # 13 transplant criteria named after places and hospitals
    """Transplant hepatology board review, the criteria people mix up:
- Acute liver failure listing: King's College criteria (paracetamol: pH < 7.30, or INR > 6.5 + Cr > 300 + grade 3-4 encephalopathy) vs Clichy criteria (factor V < 20-30% with encephalopathy, used in France).
- HCC: Milan criteria (1 lesion up to 5 cm, or up to 3 lesions each up to 3 cm), UCSF criteria, "up-to-seven", and the AFP model.
- MELD 3.0 adds sex and albumin; Child-Pugh C is 10-15 points.
- Kidney: KDPI 85% or more = "high KDPI"; EPTS top 20% get the top 20% kidneys. cPRA 98% gets priority points.
- Kidney biopsy: Banff 2019, active ABMR needs g + ptc sum 2 or more, DSA, and C4d or molecular evidence.
- Islets: the Edmonton protocol (2000) made steroid-free immunosuppression the norm.
- Paeds: Kasai portoenterostomy before 60 days for biliary atresia.""",
    # 14 cardiology journal club, colleague replies
    """Journal club poll: which HF/CV trial changed your practice most?
- DAPA-HF and EMPEROR-Reduced (SGLT2i for everyone with HFrEF)
- PARADIGM-HF (sac/val over enalapril)
- ISCHEMIA (stable CAD, invasive vs conservative)
- REDUCE-IT (icosapent ethyl, mineral oil placebo controversy)
- SELECT (semaglutide, CV outcomes without diabetes)

**Teodora Marinescu:** ISCHEMIA, because it finally ended the COURAGE debate for my referring docs. Though STICH/STICHES is the one I quote in surgical conference.

**Obinna Chukwu:** DAPA-HF. Also, the HOPE trial deserves a mention for ramipril; nobody under 40 knows it anymore.

**Teodora Marinescu:** Obinna, JUPITER and FOURIER were the statin/PCSK9 ones, right? ODYSSEY OUTCOMES for alirocumab. I get the acronyms mixed up after ROCKET AF, ARISTOTLE, RE-LY and ENGAGE AF-TIMI 48.""",
    # 15 oncology board review: lymphoma staging named after towns
    """Heme-onc board review, lymphoma bits:
Lugano classification (2014) replaced Ann Arbor for response and staging in most lymphomas, but we still say "stage IIA bulky" with the Cotswolds modification for Hodgkin. PET response is Deauville 1-5; Deauville 4 at interim in HL means escalate per RATHL/HD18 depending on where you trained.
Reed-Sternberg cells (owl's eye), popcorn cells in NLPHL. Burkitt: starry sky, MYC t(8;14), Ki-67 near 100%. Richter transformation of CLL: suspect if LDH rises and one node grows fast on PET (SUVmax > 10).
Solid tumour corner: KEYNOTE-522 for TNBC, CheckMate 067 for melanoma (ipi/nivo 10-year data), ADAURA for EGFR exon 19 del / L858R adjuvant osimertinib. PD-L1 TPS 60% with KRAS G12C: pembro first, sotorasib later. MSI-H and NTRK fusions: tissue-agnostic.""",
    # 16 resident reddit-style thread about Virchow, colleagues joking
    """pgy2 here, attending pimped me on rounds: "tell me about Virchow". I said triad. He said node. Then he said Virchow-Robin spaces and I just stood there. How many Virchow things are there??

---
**Daniel Achterberg:** Virchow's triad (stasis, hypercoagulability, endothelial injury), Virchow's node (left supraclavicular, Troisier sign), Virchow-Robin (perivascular spaces), Virchow's law (skull growth perpendicular to a fused suture in craniosynostosis). He also named leukemia, embolism and thrombosis. Don't fight it.

**Seo-yeon Park:** lol the Troisier sign is the best pimp follow-up. Then Sister Mary Joseph, then Blumer shelf, then Krukenberg. It's a whole gastric cancer tour.

**Daniel Achterberg:** Seo-yeon don't give away the next question, he reads this.""",
    # 17 travel clinic: place-named infections
    """Travel/ID clinic, summer list for returning travellers and campers:
- Lyme disease and Powassan (Ixodes), Rocky Mountain spotted fever (mostly NOT in the Rockies), Heartland and Bourbon viruses (Lone Star tick), Jamestown Canyon and La Crosse encephalitis, West Nile.
- Abroad: Lassa fever, Marburg and Ebola (Zaire and Bundibugyo species), Crimean-Congo haemorrhagic fever, Omsk haemorrhagic fever, Kyasanur Forest disease, Japanese encephalitis, Oropouche and Mayaro in the Americas.
- Rodents: Sin Nombre hantavirus in the Four Corners story; Hendra and Nipah from bats.
- Coxsackie (hand, foot and mouth; also Bornholm disease/epidemic pleurodynia). Norwalk is norovirus.
CPE in returning patients hospitalised abroad: screen for KPC, NDM (New Delhi metallo-beta-lactamase), OXA-48.""",
    # 18 ALL CAPS blank template
    """OUR NEW ECHO REQUEST TEMPLATE, FEEDBACK WELCOME:
PATIENT NAME: ______________   MRN: __________   DOB: __/__/____
LOCATION: INPT / OUTPT / ED   ISOLATION: Y / N
INDICATION (ICD-10): I50.22 / I35.0 / R55 / OTHER ____
QUESTION TO ANSWER: ________________________________
PRIOR ECHO: Y / N   IF Y, WHERE: __________
CONTRAST (DEFINITY) OK: Y / N   BUBBLE STUDY: Y / N
REQUESTING CLINICIAN: ______________   BLEEP/PAGER: ______
ADDED FIELDS: LVAD Y/N, PACER/ICD Y/N, TEE CONSENT SIGNED Y/N

THE FREE-TEXT "QUESTION TO ANSWER" IS MANDATORY NOW. "?LVEF" ALONE WILL BE RETURNED.""",
    # 19 capacity and consent: UK, Irish and US law names
    """Consent and capacity teaching session, summary of the law bits for our trainees across the three jurisdictions:
- England & Wales: Mental Capacity Act 2005, functional test (understand, retain, use or weigh, communicate). Montgomery v Lanarkshire Health Board (2015) replaced Bolam/Sidaway for disclosure of material risks; Bolitho still qualifies Bolam on breach. Gillick competence and the Fraser guidelines for under-16s.
- Ireland: Assisted Decision-Making (Capacity) Act 2015, in force since 2023; the Decision Support Service and the Ward of Court system being wound down.
- US: Appelbaum's four abilities, MacCAT-T if you want a structured tool, Tarasoff for duty to warn (varies by state), and the Uniform Health-Care Decisions Act as a model.
Teaching point: capacity is decision-specific and time-specific. A diagnosis of dementia is not a capacity assessment.""",
    # 20 forms and codes that look like identifiers
    """For the new attendings drowning in paperwork, the forms and codes you'll actually see:
- SSA-827 (authorisation to disclose to SSA), SSA-3373 (function report, the patient fills it)
- FMLA: WH-380-E (employee's own condition), WH-380-F (family member)
- CMS-1500 for outpatient claims, UB-04 for facility
- HIPAA subpoena rules: 45 CFR 164.512(e); ask for a court order or a qualified protective order
- Common codes: CPT 99214 / 99215, G2211 add-on, ICD-10 M54.50 (low back pain, unspecified), Z79.899
- DOT medical card: FMCSA form MCSA-5875, 49 CFR 391.41
- UK: Fit note (Med3), DS1500 replaced by SR1 for special rules, DVLA form DIAB1
None of these numbers identify anyone, but the auditors' scanners flag "SSA-3373" every time.""",
    # 21 all lower case phone post about EHR apps
    """anyone else's hospital moving from cerner to epic this year. they gave us haiku and rover and canto on our phones and i cannot tell which is which. haiku is the clinician one? rover is nursing barcode scanning? and secure chat is in haiku too. also will my old dot phrases carry over or do i have to rebuild .hpi and .ros. the IT trainer said there is a grace period and "probably", which is not reassuring. pls help, go live is in 3 weeks""",
    # 22 voice dictation with sentence-start words that are names
    """Dictated note template for the new chronic pain clinic, all of it boilerplate:
Will review opioid agreement at each visit. Mark PDMP checked in the flowsheet. Bill as 99214 with modifier 25 if a procedure is done the same day. Grant of controlled substance prescription is at the discretion of the attending. Hope this template saves everyone time. Faith-based counselling referral offered where requested. Sterling reminder: urine drug screen every 90 days or sooner if concerns.
Pattern of use reviewed. Rose to 60 MME last quarter, so naloxone co-prescribed per CDC 2022.""",
    # 23 table of biologics and brand names
    """Pharmacy asked us to post the biologic switching table for the rheum/derm/GI shared clinic:

| Class | Drug (brand) | Loading | Maintenance |
|---|---|---|---|
| TNF | adalimumab (Humira, biosimilars) | 80 mg derm / 160 mg GI | 40 mg q2w |
| IL-17A | secukinumab (Cosentyx) | 300 mg weekly x5 | 300 mg q4w |
| IL-17A | ixekizumab (Taltz) | 160 mg | 80 mg q4w |
| IL-23 | risankizumab (Skyrizi) | 150 mg wk 0, 4 | 150 mg q12w |
| IL-23 | guselkumab (Tremfya) | 100 mg wk 0, 4 | 100 mg q8w |
| IL-4R | dupilumab (Dupixent) | 600 mg | 300 mg q2w |
| JAK | upadacitinib (Rinvoq) | 45 mg (UC/CD) | 15-30 mg daily |
| BLyS | belimumab (Benlysta) | 10 mg/kg IV wk 0, 2, 4 | q4w |

Apremilast (Otezla) and deucravacitinib are oral options; Xeljanz has the boxed warning after ORAL Surveillance.""",
    # 24 eponymous signs thread, murmurs named like first names
    """Friday fun thread: favourite eponymous sign or murmur?

**Conor Whelan:** Corrigan pulse. Irish, water-hammer, and I've never actually felt one.
**Ayesha Siddiqui:** Austin Flint murmur. Sounds like a small town in Texas, is actually AR jet hitting the anterior mitral leaflet.
**Conor Whelan:** Graham Steell (PR in pulmonary hypertension) and Carey Coombs (rheumatic fever mid-diastolic). Both sound like a solicitors' firm.
**Ayesha Siddiqui:** Quincke pulse, de Musset sign, Traube "pistol shot", Duroziez. AR has too many.
**Mei Ling Tan:** Surgical ones: Battle sign, Cullen and Grey Turner, Kehr, Rovsing, Murphy, Boas, Courvoisier, McBurney. Beck triad, Cushing triad. Chvostek and Trousseau for the medics.
**Conor Whelan:** Mei Ling wins for volume.""",
    # 25 orthopaedic fracture eponyms
    """Ortho x-ray conference answers from this morning:
1. Segond fracture: lateral tibial plateau avulsion, think ACL tear.
2. Hill-Sachs (humeral head) and bony Bankart (glenoid) after anterior dislocation.
3. Jones fracture vs pseudo-Jones (fifth metatarsal base avulsion); Lisfranc: fleck sign.
4. Colles, Smith, Barton; Monteggia (ulna + radial head dislocation) vs Galeazzi (radius + DRUJ).
5. Maisonneuve: proximal fibula with medial ankle injury; Weber B at the syndesmosis.
6. Garden III intracapsular NOF; Pauwels angle; Schatzker VI tibial plateau; Gustilo IIIb open tibia.
7. Chance fracture (seat belt, flexion-distraction), hangman's (C2 pars), Jefferson (C1 burst), clay-shoveler's (C7 spinous).
8. Essex-Lopresti: radial head + interosseous membrane + DRUJ.
9. Bennett vs Rolando at the thumb base; boxer's fracture at the fifth metacarpal neck.
Salter-Harris II is the most common physeal injury. Mason classification for radial head.""",
    # 26 haematology smear and molecular markers
    """Heme morphology + molecular, for the fellows' exam:
Smear: Howell-Jolly bodies (asplenia), Pappenheimer bodies (iron), Heinz bodies (G6PD, need supravital stain), Döhle bodies (infection), pseudo-Pelger-Huët (MDS), Auer rods (AML), Cabot rings, basophilic stippling (lead, thalassaemia).
MPN drivers: JAK2 V617F, JAK2 exon 12, CALR exon 9 type 1/2, MPL W515L/K. Triple-negative is a thing.
CML: BCR::ABL1 p210, the Philadelphia chromosome t(9;22). p190 in Ph+ ALL.
AML: NPM1, FLT3-ITD (allelic ratio no longer in ELN 2022), IDH1 R132H, IDH2 R140Q, TP53. WHO 5th edition vs ICC 2022 disagree on MDS/AML at 10-19% blasts.
Thrombosis: factor V Leiden (Leiden is a city, yes), prothrombin G20210A.""",
    # 27 nephrology classifications
    """Nephrology pearls, kidney biopsy edition:
IgA nephropathy: Oxford MEST-C (M1 E0 S1 T1 C0 is a common report). IgA vasculitis, formerly Henoch-Schönlein purpura. Goodpasture (anti-GBM): linear IgG. Kimmelstiel-Wilson nodules in diabetic nephropathy. Alport (COL4A5, basket-weave GBM). Fabry (GLA, zebra bodies).
Tubulopathies: Bartter (loop-like), Gitelman (thiazide-like, low Mg), Liddle (ENaC gain, low renin), Gordon syndrome (pseudohypoaldosteronism type II), Fanconi (proximal, glycosuria with normal glucose).
Endemic: Balkan nephropathy (aristolochic acid), Mesoamerican nephropathy (heat stress, sugar cane workers).
Numbers: CKD-EPI 2021 without race, eGFR 42 + uACR 380 mg/g = G3b A3 by KDIGO 2024. Start SGLT2i, finerenone if diabetic.""",
    # 28 GI endoscopy scores including city names
    """Endoscopy reporting standards refresher for our GI fellows:
- Oesophagitis: Los Angeles grade A-D. Barrett's: Prague C&M (e.g. C3M5). Eosinophilic oesophagitis: EREFS.
- Colon: Boston Bowel Preparation Scale (total 8 = adequate), Paris classification for polyps (0-IIa, 0-Is), NICE classification with NBI (not the institute), JNET, Kudo pit pattern.
- IBD: Mayo endoscopic subscore, UCEIS, SES-CD; Montreal classification (A2 L3 B2p for Crohn's), Vienna is the older one.
- Bleeding: Forrest Ib needs therapy; Glasgow-Blatchford 0-1 can go home; pre- and post-endoscopy Rockall.
- Stomach: updated Sydney system for gastritis biopsies, Kyoto classification of gastritis for H. pylori.
- Biliary: Tokyo Guidelines 2018 (grade II cholangitis), Charcot triad, Reynolds pentad, Mirizzi syndrome. Pancreatitis: revised Atlanta classification.""",
    # 29 neurology scales and eponyms
    """Neuro consult shorthand decoder for the medicine interns (you'll see these in our notes):
GBS variants: Miller Fisher (ophthalmoplegia, ataxia, areflexia, anti-GQ1b), Bickerstaff brainstem encephalitis. Lambert-Eaton (VGCC, incremental response). Charcot-Marie-Tooth 1A (PMP22 dup). Friedreich ataxia (FXN GAA repeats).
Stroke: NIHSS 14, ABCD2 for TIA, mRS 2. SAH: Hunt and Hess 3, modified Fisher grade 4, WFNS. AVMs: Spetzler-Martin.
MS: McDonald 2017 criteria, Uhthoff phenomenon, Lhermitte sign.
Parkinsonism: Hoehn and Yahr 3. Holmes tremor, Todd paresis, Foster Kennedy syndrome, Brown-Séquard, Gerstmann, Anton, Balint.
GCS 9 is E2 V2 M5, write the components.""",
    # 30 obstetric and neonatal scores
    """Obstetric + neonatal teaching, labour ward edition:
Apgars 3/7/9 at 1, 5 and 10 min. Cord pH 7.08, BE -11. Bishop score 6 (favourable is 8 or more). Robson group 5 (previous CS, single cephalic, term). Kleihauer-Betke for FMH after abdominal trauma in a Rh-negative mother.
Shoulder dystocia: McRoberts, suprapubic pressure, Rubin II, Woods screw, delivery of the posterior arm; Zavanelli as last resort. Erb palsy C5-C6, Klumpke C8-T1.
PPH: Couvelaire uterus in abruption, Sheehan syndrome after massive PPH, Asherman after curettage. Brandt-Andrews for controlled cord traction.
Neonates: Ballard score, Silverman-Andersen, modified Bell staging for NEC (IIA), Papile grade III IVH. Naegele rule if you don't have a dating scan.""",
    # 31 psychiatry syndromes with place names, joking thread
    """Psych consult liaison: today's patient (no details) had a delusion that made me look up the named syndromes again.
Capgras (impostor), Fregoli (strangers are one person in disguise), Cotard (I am dead), Othello (jealousy), Ekbom (delusional parasitosis; not to be confused with Willis-Ekbom disease = RLS), de Clérambault (erotomania), Ganser (approximate answers).
Place-named: Stockholm syndrome, Jerusalem syndrome, Paris syndrome, Stendhal syndrome (a.k.a. Florence syndrome).

**Reply, Magnus Eriksen:** Munchausen by proxy is now factitious disorder imposed on another, please update your slides.
**Reply, Bláithín Ní Riain:** Magnus is right. Also nobody has seen a Ganser outside a prison textbook.""",
    # 32 infection control notice, all caps
    """INFECTION PREVENTION NOTICE — ALL STAFF, WARD 4B, WARD 7 EAST AND ICU
1. C. DIFFICILE: SOAP AND WATER, NOT ALCOHOL GEL. ENHANCED CLEAN WITH CHLORINE 1,000 PPM.
2. CPE SCREENING ON ADMISSION IF HOSPITALISED ABROAD IN LAST 12 MONTHS (KPC, NDM, OXA-48, VIM).
3. MRSA DECOLONISATION: MUPIROCIN 2% NASAL TDS X5 DAYS + CHLORHEXIDINE 4% WASH.
4. VRE IN BAY 3 AND BAY 5: DEDICATED EQUIPMENT, CONTACT PRECAUTIONS.
5. NOROVIRUS: CLOSE BAY AT 2 OR MORE CASES. 48 H SYMPTOM-FREE BEFORE DE-ISOLATION.
6. CANDIDA AURIS: REPORT TO IPC WITHIN 1 HOUR, BLEEP IPC NURSE VIA SWITCHBOARD.
QUESTIONS TO THE IPC TEAM. THANK YOU.""",
    # 33 statistics methods question with colleague replies
    """Stats question for the research-minded: our residents' QI project compares door-to-needle times before and after a stroke protocol change. n = 41 vs 38, data skewed.
I said Mann-Whitney U, a co-author wants a t-test "because everyone uses it". For the 30-day outcome we have Kaplan-Meier curves and a Cox model; Schoenfeld residuals look fine. Agreement between two raters on the NIHSS: Cohen's kappa 0.71 or ICC? And Bonferroni vs Benjamini-Hochberg for 12 secondary outcomes?

@priyanka.menon @liam.gallagher you both do this for a living.

**Liam Gallagher:** Mann-Whitney (or Hodges-Lehmann for the shift). Weighted kappa for ordinal NIHSS items, ICC for the total. BH for the secondaries, and say they're exploratory.""",
    # 34 immunodeficiency eponyms, ordinary-word names
    """Primary immunodeficiency quick list (IUIS 2022 categories are more useful but the boards still use names):
- Bruton (X-linked agammaglobulinaemia, BTK)
- Wiskott-Aldrich (WAS: eczema, thrombocytopenia with small platelets, infections)
- Chediak-Higashi (LYST, giant granules)
- Job syndrome = hyper-IgE (STAT3 dominant-negative): cold abscesses, eczema, retained primary teeth
- Omenn syndrome (leaky SCID), Kostmann (severe congenital neutropenia, ELANE/HAX1)
- Shwachman-Diamond (SBDS, pancreatic insufficiency), Diamond-Blackfan (RPS19), Fanconi anaemia (chromosome breakage with DEB/MMC)
- Chronic granulomatous disease: DHR flow replaced NBT
Job is a biblical reference, Diamond is a person, Fanconi appears in two unrelated diseases. Welcome to immunology.""",
    # 35 resident thread, three Whipples, colleagues joking
    """pgy-1 q, pls don't judge. whats the diff between a whipple, whipples disease and whipples triad. my attending said "which Whipple" and walked off

---
**Rosalind Adeyemi-Clarke:** Whipple procedure = pancreaticoduodenectomy (Allen Whipple). Whipple's disease = Tropheryma whipplei, PAS-positive macrophages in the small bowel (George Whipple). Whipple's triad = hypoglycaemia symptoms + low glucose + relief with glucose (Allen Whipple again).
**Fintan Cullinane:** lol Rosalind giving the full lecture. Also don't confuse the Kocher manoeuvre with the Kocher incision or the Kocher clamp.
**Rosalind Adeyemi-Clarke:** or Kocher's sign in thyroid eye disease. Same guy. Nobel prize for the thyroid, not the clamp.""",
    # 36 donor-derived and endemic infections in transplant
    """Transplant ID pre-transplant screening checklist we finally agreed on:
Strongyloides serology for anyone from an endemic area (ivermectin if positive, before immunosuppression). Chagas (T. cruzi) serology by country of birth. Coccidioides serology if lived in the desert Southwest (San Joaquin Valley fever), Histoplasma and Blastomyces if symptomatic from the Ohio and Mississippi River valleys. Toxoplasma for heart recipients from seropositive donors.
Quantiferon or T-SPOT for latent TB. HBV: sAg, core Ab, sAb; core Ab positive alone = monitor DNA or prophylax with entecavir on rituximab. CMV D+/R- = valganciclovir 900 mg daily x 6 months or letermovir (kidney).
PJP prophylaxis: TMP-SMX single strength daily for 6-12 months.""",
    # 37 paediatric development tools and apophysitis names
    """Gen paeds clinic, developmental and MSK bits the residents asked about:
Screening: M-CHAT-R/F at 18 and 24 months, Ages and Stages (ASQ-3), Denver II (old but still on some forms), Bayley-III for formal assessment, ADOS-2 for autism, WISC-V and Vineland-3 for school-age.
Tanner stage 3 in a 9-year-old girl is early, not precocious by the newer cut-off (8).
Apophysitis/osteochondroses: Osgood-Schlatter (tibial tubercle), Sinding-Larsen-Johansson (inferior patellar pole), Sever disease (calcaneus, 8-12 year olds who run), Köhler (navicular), Freiberg (2nd metatarsal head), Scheuermann (thoracic kyphosis). Legg-Calvé-Perthes at 4-8, SCFE at 10-16.
Kawasaki: 5 days of fever plus 4 of 5 criteria, or incomplete with echo findings; IVIG 2 g/kg + aspirin.""",
    # 38 links to public guidance and literature
    """Resources from tonight's teaching on hypertension in pregnancy, as promised (@nora.flanagan asked for them):
- NICE NG133: https://www.nice.org.uk/guidance/ng133
- ACOG Practice Bulletin 222 (2020)
- CHAP trial, NEJM 2022: https://doi.org/10.1056/NEJMoa2201295
- ASPRE (aspirin 150 mg for preterm pre-eclampsia prevention): PMID 28657417
- sFlt-1/PlGF ratio 38 rule-out: PROGNOSIS study, https://pubmed.ncbi.nlm.nih.gov/26735990/
- WHO recommendations on calcium supplementation: https://www.who.int/publications/i/item/9789241550451
- ClinicalTrials.gov NCT02299414
Target BP under 140/90 per CHAP; labetalol, nifedipine MR, methyldopa. Magnesium 4 g load then 1 g/h.""",
    # 39 teaching rota, weekdays and rooms only
    """SpR teaching rota, this term:
Monday 13:00 — Radiology meeting, Seminar Room 2, Level 4
Tuesday 12:30 — Journal club (Block C, room 4.17); lunch provided by the department, not pharma
Wednesday 08:00 — Grand rounds, lecture theatre
Thursday 17:00 — Simulation: Module 3 (airway), Module 4 (sepsis), bring your ID badge for the sim centre door
Friday — Protected audit time, Week 6 and Week 12 presentations
Curriculum 2021 competencies: ACCS, IMT2, IMT3. Portfolio deadline is the end of term, ARCP panels the week after. Any swaps through the rota coordinator, not WhatsApp please.""",
    # 40 ECG teaching, names of criteria and intervals
    """ECG of the week (no patient details, tracing from the teaching library):
Sinus rhythm, 2:1 AV block at times, QRS 148 ms with RBBB morphology and coved ST elevation in V1-V2: Brugada type 1 pattern. Differential: Brugada phenocopy (hyperkalaemia 7.1, fever 39.4).
Other names to revise: Wenckebach (Mobitz I) vs Mobitz II, Wolff-Parkinson-White (delta wave, short PR), Lown-Ganong-Levine (historical), Wellens A and B (proximal LAD), de Winter T waves (STEMI equivalent), Sgarbossa and the Smith-modified Sgarbossa (ST/S ratio -0.25) in LBBB, Osborn J waves in hypothermia, Epsilon waves in ARVC.
QTc: Bazett over-corrects at high rates; use Fridericia above 90 bpm. QTc 512 ms: stop the ondansetron.""",
    # 41 humorous laws of medicine thread
    """Laws of medicine thread, because it's been a long week:
- Occam's razor vs Hickam's dictum ("patients can have as many diseases as they damn well please")
- Sutton's law: go where the money is (test the likeliest thing first)
- Crabtree's bludgeon, Saint's triad (hiatus hernia, diverticulosis, gallstones), Aunt Minnie sign in radiology
- "When you hear hoofbeats, think horses, not zebras"
- "It's never lupus" (it was lupus)

**Reply from Kwabena Asante:** Add Osler's "listen to your patient, he is telling you the diagnosis". And the House of God rules, which I won't repeat on a professional network.
**Reply from Émilie Tremblay:** Kwabena, rule 13 is the only one I still follow: the delivery of good medical care is to do as much nothing as possible.""",
    # 42 surgical M&M written by a non-native English speaker, anonymous
    """M&M for general surgery, presented by me (I am SHO from abroad, forgive my English). No identifying details as per policy.
Case: man in his 60s, Whipple (pylorus-preserving) for pancreatic head adenocarcinoma. Day 5 the drain amylase was 3 times the serum, ISGPS grade B pancreatic fistula. Day 9 he have sentinel bleed from drain, then massive bleeding in the night; CT angiogram showed gastroduodenal artery stump pseudoaneurysm. IR coiling success. Clavien-Dindo IIIa.
Learning points: the sentinel bleed is warning, not small thing. Kocher manoeuvre and Cattell-Braasch were used, Pringle manoeuvre was not needed. We compared with Roux-en-Y, Billroth II and Hartmann cases in the last year, no similar events. Ivor Lewis and McKeown oesophagectomy audits separate.""",
    # 43 endocrine eponyms in lower case phone typing
    """endo rotation, eponym soup from today: hashimoto (TPO ab), graves (TRAb), de quervain subacute thyroiditis (painful, ESR high, low uptake), riedel (IgG4), jod-basedow (iodine load -> hyper) vs wolff-chaikoff (iodine -> hypo). addison (primary AI), cushing disease vs syndrome, conn (primary aldo, ARR >30), nelson syndrome after bilateral adrenalectomy, sheehan (postpartum pituitary infarction), kallmann (anosmia + hypogonadotropic hypogonadism). MEN1 was wermer, MEN2A was sipple. pemberton sign for retrosternal goitre. bethesda IV nodule + TI-RADS TR4 -> molecular testing (afirma or thyroseq) per ATA 2015.""",
    # 44 respiratory: PE and ARDS scores named after cities
    """PE and ARDS scoring, for the medical reg handbook:
Pre-test: Wells (PE likely > 4), revised Geneva score, PERC if gestalt is low. YEARS algorithm: three items (DVT signs, haemoptysis, PE most likely) and a D-dimer threshold of 1,000 or 500 ng/mL. Pregnancy-adapted YEARS works.
Severity: PESI/sPESI, Hestia criteria for outpatient treatment, Bova score for intermediate risk.
ARDS: Berlin definition (PaO2/FiO2 under 300 with PEEP 5 or more), Kigali modification (SpO2/FiO2 315 or less, no PEEP requirement) for where there's no blood gas. Murray lung injury score for ECMO referral.
Pneumonia: CURB-65 3 and PSI/PORT class V both mean admit; SMART-COP for ICU. Light's criteria for the effusion.

@hannah.okoro wants Hampton hump added; I'll add it to the imaging section.""",
]

# note id -> colleagues taking part in the discussion (not tagged in the text)
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc12-002": [{"name": "Brenda Okafor"}, {"name": "Tomasz Wierzbicki"}],
    "pc12-005": [{"name": "Kieran Walsh", "handle": "@kieran.walsh"}],
    "pc12-012": [{"name": "Rafael Dominguez", "handle": "@rafael.dominguez"}],
    "pc12-016": [{"name": "Rashid Al-Mansouri"}],
    "pc12-018": [{"name": "Gabriel Ostrowski", "handle": "@gabriel.ostrowski"}],
    "pc12-020": [{"name": "Yusuf Demir"}],
    "pc12-024": [{"name": "Maeve Connolly", "handle": "@maeve.connolly"}],
    "pc12-028": [{"name": "Lena Park", "handle": "@lena.park"}],
    "pc12-033": [{"name": "Chiamaka Okwuosa"}],
    "pc12-035": [{"name": "Benedetta Russo"}],
    "pc12-036": [{"name": "Fiona Gallacher", "handle": "@fiona.gallacher"}],
    "pc12-040": [{"name": "Ngozi Eze", "handle": "@ngozi.eze"}],
    "pc12-041": [
        {"name": "Ciarán Doyle", "handle": "@ciaran.doyle"},
        {"name": "Aoife Lynch", "handle": "@aoife.lynch"},
    ],
    "pc12-046": [{"name": "Oluwatoyin Banjo", "handle": "@oluwatoyin.banjo"}],
    "pc12-049": [{"name": "Oluwaseun Adeyemi", "handle": "@oluwaseun.adeyemi"}],
    "pc12-054": [{"name": "Hamish McLeod"}, {"name": "Yasmin Haddad"}],
    "pc12-056": [{"name": "Sinéad Murphy", "handle": "@sinead.murphy"}],
    "pc12-059": [{"name": "Chidi Nwankwo"}, {"name": "Gráinne Lacey"}],
    "pc12-062": [
        {"name": "Darragh Kinsella", "handle": "@darragh.kinsella"},
        {"name": "Ruth Abramowitz", "handle": "@ruth.abramowitz"},
    ],
    "pc12-066": [{"name": "Teodora Marinescu"}, {"name": "Obinna Chukwu"}],
    "pc12-068": [{"name": "Daniel Achterberg"}, {"name": "Seo-yeon Park"}],
    "pc12-076": [{"name": "Conor Whelan"}, {"name": "Ayesha Siddiqui"}, {"name": "Mei Ling Tan"}],
    "pc12-083": [{"name": "Magnus Eriksen"}, {"name": "Bláithín Ní Riain"}],
    "pc12-085": [
        {"name": "Priyanka Menon", "handle": "@priyanka.menon"},
        {"name": "Liam Gallagher", "handle": "@liam.gallagher"},
    ],
    "pc12-087": [{"name": "Rosalind Adeyemi-Clarke"}, {"name": "Fintan Cullinane"}],
    "pc12-090": [{"name": "Nora Flanagan", "handle": "@nora.flanagan"}],
    "pc12-093": [{"name": "Kwabena Asante"}, {"name": "Émilie Tremblay"}],
    "pc12-096": [{"name": "Hannah Okoro", "handle": "@hannah.okoro"}],
}


build, render, main = first_set.blind_set(
    "pc12", Path(__file__).with_name("physician_cases_12.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
