# ruff: noqa: E501 (the notes are data: one paragraph a line reads like a post)
"""Build ``physician_cases_2.jsonl``, a second, independent set of invented case notes.

Written after the detector had been tuned on ``physician_cases.jsonl`` so that it can
measure how well that tuning generalises: other specialties (psychiatry, ophthalmology,
dermatology, transplant, ID, neonatology, geriatrics, sports medicine, toxicology,
occupational medicine, global health, radiology reads, M&M summaries), other writing
habits (voice dictation, non-native English, email headers, Q&A threads) and other PHI
shapes (international phone numbers and addresses, day-first dates, named wards,
hospital nicknames, military units, national ids).

Everything is invented; nothing is copied from any corpus. US numbers use the fictional
555-01xx range, UK numbers Ofcom's drama ranges, Australian ones ACMA's, IPs the
documentation ranges (192.0.2.0/24, 203.0.113.0/24, 2001:db8::/32).

The markup, the tags and the parser are those of ``make_physician_cases.py``:

    python bench/data/make_physician_cases_2.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

OUT = Path(__file__).with_name("physician_cases_2.jsonl")


# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).parent))
_FIRST = importlib.import_module("make_physician_cases")
TAGS: dict[str, tuple[str, str]] = _FIRST.TAGS
parse = _FIRST.parse

# ------------------------------------------------------------------ notes with PHI
PHI_NOTES: list[str] = [
    # consultation-liaison psychiatry, verbose attending, nickname, hospital abbreviation
    """I want to share a consult from last Tuesday that has stayed with me, partly because we nearly got it wrong. Mr. [[PT:Cornelius Vandermolen]], who prefers [[PT:Corky]], is a 47-year-old chemistry teacher at [[FAC:Whitfield Academy]] admitted to medicine with rhabdomyolysis (CK 48,000) after being found in his car. The primary team called us for "catatonia vs malingering". His Bush-Francis score was 19, with waxy flexibility and echopraxia, and a lorazepam challenge of 2 mg IV produced a striking response within 20 minutes. His wife, [[REL:Philippa]], told us he had stopped his lithium around the [[DATE:3rd]] because of tremor; the level was undetectable and TSH 7.9. We continued lorazepam 2 mg q8h; ECT was discussed but not needed. He went to [[FAC:Harrow Pavilion]], the psychiatric unit at [[FAC:Briar Ridge Medical Center]] ([[FAC:BRMC]] to locals), on [[DATE:March 14]].

The lesson for me: catatonia is still underdiagnosed on medical floors, and the Bush-Francis takes five minutes.

[[HCP:Ottoline Prewitt-Sayre]], MD
Consultation-Liaison Psychiatry""",
    # ophthalmology, terse resident, "F/93", HCP = health care proxy
    """Ophtho c/s, ED. F/[[AGE:93]], sudden painless VL OD x6h. VA HM OD, 20/50 OS. RAPD OD. Cherry-red spot, boxcarring -> CRAO. ESR 88, CRP 41, jaw claudication x2 wks: GCA until proven otherwise. IV MP 1 g started. TA bx booked w/ Dr. [[HCP:Lachance]] (oculoplastics) [[DATE:Thurs 6/13]]. Lives alone in [[TOWN:Lake Oswego]]; niece [[REL:Britt Halvorsen]] is her HCP, [[PHONE:503-555-0147]]. Attg Dr. [[HCP:Sunny Arkwright]] aware. —[[HCP:KM]], PGY2""",
    # dermatology Q&A thread
    """Q (Dr. [[HCP:Farida Osei-Bonsu]]): 58M, violaceous flat-topped papules on both shins with Wickham striae, plus erosive oral lesions. Bx: lichen planus. HCV Ab positive, RNA pending. Treat the HCV first or start clobetasol now?
A (Dr. [[HCP:Lars Eberhardt]]): Both. Clobetasol 0.05% ointment BID to the shins, dexamethasone swish for the mouth, and refer to hepatology the same day. Send him to [[HCP:Rae Kim]] at [[FAC:Linden Street Liver Clinic]]; she's quick.
A (Dr. [[HCP:Osei-Bonsu]]): Thanks, [[HCP:Lars]]. He's a line cook at [[FAC:Mabel's Diner]] on [[STREET:Harbour Road]] and can't keep an occlusive on during shifts, so ointment at night it is.
A (Dr. [[HCP:Eberhardt]]): Fits. Watch for Koebner on the forearms from the grill burns.""",
    # transplant, registry id, plan id, pre-auth number, co-worker donor
    """Living-donor kidney tx update. Recipient: [[PT:Aurelio Bustamante Quiroga]], 52, ESRD from IgA nephropathy (Oxford M1E0S1T1), UNOS ID [[ID:KHB4471]]. Donor: his co-worker at [[FAC:Tri-County Waste Authority]], [[REL:Dwayne Okonjo]], 39. cPRA 12%, 2 DR mismatches, flow crossmatch negative. Thymo induction, tac/MMF/pred. Surgery [[DATE:2024-05-21]]; DGF with 2 HD sessions, then Cr 6.8 → 1.7 by POD 12. Biopsy POD 10: ATN, no rejection by Banff. Insurance filed the donor workup under the recipient's policy ([[PLAN:XQH882104471]]), pre-auth [[ID:PA-24-118830]]. Questions to our coordinator [[HCP:Greta Sundqvist]], RN, [[PHONE:+1 (414) 555-0152]].""",
    # ID consult, voice dictation artefacts, age in words without hyphen
    """this is Doctor [[HCP:Emeka Nwachukwu]] dictating an infectious diseases consult on [[PT:Marigold Tennant]] comma date of service [[DATE:November the 4th 2023]] period new paragraph the patient is a [[AGE:ninety three]] year old female comma resident of [[FAC:Saint Dymphna Manor]] comma who presents with fever and a red hot left knee status post total knee arthroplasty in [[YEAR:2019]] period aspirate shows forty two thousand white cells comma ninety percent neutrophils comma gram positive cocci in clusters period MRSA PCR positive period new paragraph plan colon vancomycin dosed by pharmacy comma orthopedics Doctor [[HCP:Kettering]] to see for DAIR versus two stage exchange period daughter [[REL:Lorna]] updated at [[PHONE:617 555 0191]] period end of dictation job number [[ID:88231904]]""",
    # neonatology sign-out, bullets, babies named by surname, UAE mobile
    """NICU night sign-out [[DATE:06/03]]
• Bed 4, Baby Boy [[PT:Castellano]]: 26+3 wk, DOL 11, NIPPV 20/6, FiO2 .30, caffeine. HUS [[DATE:6/1]] grade II IVH L. Mom [[REL:Yesenia]] wants a 0300 call.
• Bed 7, Baby Girl [[PT:Haddad]] "A": 31+0 wk, RA, TPN day 4, bili 9.1 under single phototx. Dad [[REL:Samir Haddad]] is abroad, cell [[PHONE:+971 50 555 0142]].
• Bed 7B, Baby Girl [[PT:Haddad]] "B": smaller twin, 1,180 g, Bell IIA NEC watch, NPO, amp/gent/flagyl, KUB q12h.
• Bed 11, [[PT:Miracle]]: term, cooled for HIE (Sarnat 2), day 2 of 3, aEEG no seizures. Outborn from [[FAC:Hollybrook Birthing Center]].
No family meetings tonight.""",
    # geriatrics, centenarian, church, pastor
    """Geri clinic: Mrs. [[PT:Winifred Oduya]] turns [[AGE:100]] on the [[DATE:22nd]] and wants to be well enough for the party at [[FAC:Bethel AME Church]] on [[STREET:Greenwood Ave]], where she has sung in the choir since [[YEAR:1961]]. Pastor [[REL:Jonas Tibbs]] drives her to appointments. 14 meds on arrival. Beers: stopped oxybutynin and diphenhydramine; STOPP: no indication for the PPI; START: vitamin D (25-OH 11). MoCA 21/30, Katz 5/6, TUG 17 s. Orthostatic 148/76 → 122/70. Grand-niece [[REL:Ama Ofori]] manages her pillbox. Thoughts on stopping her statin at this point?""",
    # sports medicine, schools, nickname in quotes, coach
    """Sideline concussion at Friday's [[FAC:Eastbrook High]] vs [[FAC:St. Cyprian Prep]] game: our 16 yo QB, [[PT:Jaxon Pettibone]] ("[[PT:Jax]]"), took a helmet-to-helmet hit in the 3rd quarter. Maddocks 2/5, SCAT5 symptom severity 38/132, 9 balance errors. Removed from play; no CT by PECARN. His coach ([[REL:Dale Frick]]) wanted him back for the [[DATE:Oct 26]] homecoming game; mom ([[REL:Trish]]) is on our side. Graduated RTP per the Amsterdam consensus, 6 stages, 24 h each at minimum. ATC [[HCP:Marcus Bellweather]] will run it. Anyone using vestibular PT early?""",
    # toxicology, poison-centre case number, licence, UK number
    """Tox consult via the poison center (case [[ID:PC-2024-118274]]): 34F, intentional ingestion of ~40 x 500 mg APAP plus amlodipine, est. 22:00 on [[DATE:12/2]]. 4-h APAP 212 mcg/mL, above the treatment line on the Rumack-Matthew nomogram; NAC started. MAP 52 despite 3 L, so HIET at 1 u/kg/h plus norepi. She is an RN at [[FAC:Kessler Falls Nursing Home]]; the family says she was frightened about a board hearing on her licence ([[LIC:RN-0944718]]). Her brother [[REL:Tobias Wren]] lives in [[TOWN:Manchester]], UK, and asked to be called at [[PHONE:+44 161 496 0753]]. Psych to see once medically cleared.""",
    # occupational medicine, employer with ampersand, claim number, email
    """Occ med: 44M welder at [[FAC:Barrow & Sons Fabrication]] in [[TOWN:Gary]], IN. Three bouts of metal fume fever this winter, now BLL 32 µg/dL and ZPP 110. Works galvanized steel without local exhaust; the OSHA PEL for lead is 50 µg/m³ over 8 h, and air sampling was never done. Workers' comp claim [[ID:WC23-0091-4478]]; employer contact is the safety officer, [[REL:Jim Szymanski]] ([[EMAIL:jszymanski@barrowsons-fab.com]]). Spirometry FEV1 78% pred, DLCO normal. Medical removal only kicks in at a BLL of 50 under the standard, so he keeps working, which feels wrong. How do you all counsel?""",
    # global health, Kenya, neighbourhood, school, day-first date
    """From our partner site: [[PT:Grace Achieng Otieno]], 7F, admitted [[DATE:14/02/2024]] to [[FAC:St. Monica's Mission Hospital]] with cerebral malaria (P. falciparum 12%, Blantyre coma score 2), Hb 4.1, glucose 2.2 mmol/L. IV artesunate, 20 mL/kg whole blood, dextrose. Seizures x3, phenobarbital. She lives in [[PLACE:Nyalenda]], [[TOWN:Kisumu]], and attends [[FAC:Kanyakwar Primary School]]; three classmates were admitted the same week. Father's mobile [[PHONE:+254 712 555 019]]. Bed nets were distributed in [[YEAR:2022]] but none were in use. Any experience with post-discharge malaria chemoprevention?""",
    # radiology read, ALL-CAPS surname-first name, ISO dates, accession
    """EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
ACC#: [[ID:RAD2024-0077813]]    MRN: [[MRN:M-000-448-210]]
PATIENT: [[PT:QUILLFEATHER, ROSALIND J]]    DOB: [[DATE:1933-07-30]] ([[AGE:90]]Y F)
INDICATION: RLQ pain, leukocytosis.
COMPARISON: [[DATE:2023-11-02]], outside study from [[FAC:Keystone Imaging Partners]].
FINDINGS: Right inguinal hernia containing an inflamed appendix (Amyand hernia), no abscess. Colonic diverticulosis. Bosniak I left renal cyst. Chilaiditi configuration. L1 compression deformity, unchanged.
IMPRESSION: Amyand hernia with appendicitis.
Critical result called to Dr. [[HCP:Halloran]] at 14:22 on [[DATE:01/09/2024]] with read-back.
Electronically signed: [[HCP:Vikram Sethuraman]], MD""",
    # M&M summary, look-alike patient names, named ward
    """M&M summary, Medicine, [[DATE:Jan 17]].
Presenter: Dr. [[HCP:Inês Carvalho]] (PGY-3). Moderator: Dr. [[HCP:Abel Whitlock]].
Case: [[AGE:94]]-year-old man from [[FAC:Oak Hollow Rehab]] admitted with a GI bleed. On HD 2 he received 2 units of PRBC ordered for a different patient: two men named [[PT:Jamal Price]] and [[PT:Jamaal Pryce]], rooms 12 and 21, both on the [[FAC:Cardinal Unit]]. No hemolysis, fortunately, since both were O+.
Contributing factors (Swiss cheese): name-alert flag not shown on the mobile EHR view; barcode scanner down since [[DATE:12/30]]; night float covering 26 patients.
Actions: name-alert banners on all views, scanner downtime escalation, two-person check for blood products. Thanks to pharmacist [[HCP:Ezra Moody]] for catching it.""",
    # non-native English, India, day-first dotted date
    """Respected seniors, kindly guide. Patient Mr. [[PT:Ramaswamy Iyer]] aged [[AGE:92]] years male, known case of DM2 since 20 years and HTN, came to our centre [[FAC:Lakshmi Multispeciality Hospital]] with complaints of giddiness since 2 days. He is retired headmaster of [[FAC:Sree Narayana Higher Secondary School]], [[TOWN:Palakkad]]. ECG showing complete heart block, HR 34. Temporary pacing done on [[DATE:12.01.2024]]. Son [[REL:Suresh]] is working in [[TOWN:Dubai]] and asking whether PPI (permanent pacemaker) is advisable at this age. Patient is mentally sound, walks with stick. Kindly give your valuable opinion.
Thanks and regards,
Dr. [[HCP:Anitha Menon]], MD (Gen Med)
Ph: [[PHONE:+91 94470 55512]]""",
    # forensic psychiatry, prison, inmate number
    """Forensic psych question. 29M at [[FAC:Hollister Bay State Prison]], DOC #[[ID:88-417-X]], day 19 of a hunger strike; wt 81 → 68 kg, K 3.0, refusing further labs. Capacity evaluation by Dr. [[HCP:Brannigan]] found capacity intact; no psychosis, no depression meeting criteria. The warden's office wants a court order for feeding. His sister, [[REL:Delphine Arceneaux]], lives in [[TOWN:Opelousas]], LA and calls daily. We follow the WMA Declaration of Malta, but the facility's counsel disagrees. Has anyone been through this?""",
    # military medicine, installation, unit, rank before a name
    """Exertional heat stroke, 22M Army SPC, collapsed at mile 10 of a 12-mile ruck at [[FAC:Fort Calloway]] on [[DATE:7 Aug]]. Unit: [[FAC:2nd Battalion, 318th Infantry Regiment]]. Core temp 42.1 °C, cold-water immersion within 10 min, 38.9 at 15 min. CK peak 92,000, Cr 3.4, ALT 2,100, INR 1.9. Medevac to [[FAC:Ardmore Army Community Hospital]]. DoD ID [[ID:1298847730]]. His company commander, CPT [[REL:Ashby Lorne]], is asking about return to duty; we plan a heat tolerance test at 6 weeks per the profile process (AR 40-501). Experience with HTT protocols?""",
    # ALL-CAPS triage, "96 YOF", Medicare MBI without dashes
    """TRIAGE NOTE: [[AGE:96]] YOF BIBA FROM [[FAC:HOLLY CREST MEMORY CARE]], [[STREET:1200 QUINCE ST]], [[TOWN:ABERDEEN]] WA [[ZIP:98520]]. UNWITNESSED FALL, FOUND ON FLOOR AT 0500. ON COUMADIN, INR 3.8 AT FACILITY. GCS 14 (BASELINE DEMENTIA). L HIP SHORTENED AND ROTATED. FACILITY RN [[HCP:TAMMY]] SENT MAR. POA IS SON [[REL:MILES OKAFOR-DUNN]] [[PHONE:(360) 555-0119]]. MEDICARE # [[PLAN:1EG4TE5MK72]]. LKW [[DATE:04/19]] 2100. TRAUMA ACTIVATION LEVEL 2.""",
    # all lower case, patient's own social handle, employer, clinician named like a word
    """re: the nail case from yesterday. asked my attending dr [[HCP:frost]] and she pointed out the pt posts her own nails every week on insta ([[HANDLE:@nailsbynessa]]) so you can literally see the progression. pt is [[PT:vanessa]], 27, nail tech at [[FAC:glamour bar nails]] in [[TOWN:hialeah]]. distal onycholysis, paronychia, eczema on the fingertips. we think acrylate allergy (methacrylate in gel polish) > psoriasis. patch test booked for the [[DATE:9th]]. her boss [[REL:lourdes]] said she can switch to pedicures meanwhile lol""",
    # email header, cc line, French dates and national id, foreign mobile
    """From: [[HCP:Mireille Dubois-Langlais]] <[[EMAIL:m.dubois-langlais@chu-valmont.fr]]>
To: [[HCP:Peter Ashdown]]
Cc: [[HCP:Sanjay Raghunathan]]; [[HCP:Ulla Brekke]] (coordinatrice greffe)
Subject: referral - [[PT:Théo Marchand]], aHUS

Dear [[HCP:Peter]],
I refer to you this young man of 34 with atypical HUS (CFH mutation) on eculizumab since [[DATE:mars 2021]], born [[DATE:09/11/1989]] (day first). He has moved for his job to [[STREET:88 Commonwealth Ave, Apt 4]], [[TOWN:Boston]], MA [[ZIP:02116]] and need follow-up and the meningococcal booster. Last infusion le [[DATE:2 avril]]. French social security number for the records: [[SSN:1 89 11 25 056 112 47]]. His mobile stays French, [[PHONE:+33 6 55 01 22 87]].
Best regards,
[[HCP:Mireille]]""",
    # hospital nicknames and abbreviations
    """Transfer center war story. Accepted a 61M inferior STEMI at 02:10 from [[FAC:St. Bartholomew's of the Hills]] (everyone up here calls it "[[FAC:Barty's]]") because their cath lab was down. Door-in-door-out 148 min. By the time he reached us he was in CHB; RCA opened, temporary wire. His wife [[REL:Noreen]] followed by car from [[TOWN:Hazard]], KY, 2.5 h in the snow. Lesson: [[FAC:Barty's]] and [[FAC:Cumberland Regional]] ([[FAC:CRMC]]) both need lytics-first protocols when the lab is down. Any regional networks doing pharmaco-invasive for >120 min transfers?""",
    # clinician's personal page and handle
    """Shameless plug: I wrote up our ruxolitinib cream series for vitiligo on my blog, [[URL:www.drtamsinholloway-skin.com/blog/ruxo-vitiligo]]. One patient, [[PT:Kwabena]] (he consented to his first name and photos), went from F-VASI 2.1 to 0.4 over 24 weeks, Fitzpatrick VI, with no acneiform reaction. Comments welcome here or on X ([[HANDLE:@TamsinDerm]]).
Dr. [[HCP:Tamsin Holloway]], [[FAC:Sunrise Dermatology Associates]], [[TOWN:Mesa]], AZ""",
    # pediatric endocrinology, pump serial, school nurse
    """Peds endo: 13F with T1D on a t:slim X2 (serial [[DEVICE:1183349]]) + Dexcom G7, DKA (pH 7.08, HCO3 6, BHB 6.2) after a kinked cannula went unnoticed through a sleepover on [[DATE:Sat 9/7]]. Pump logs show no delivery from 23:40 to 07:15. The school nurse at [[FAC:Prairie View Middle School]], [[HCP:Joanne Albers]], RN, wants a written site-failure plan. Mom [[REL:Kelsey Vandeventer]] asked if a patch pump would be safer. CGM alerts had been silenced ("too many alarms at night"). Thoughts?""",
    # German cardiologist, age in parentheses, German address and phone
    """Kollegen, a question from [[TOWN:Göttingen]]. Herr [[PT:Klaus-Dieter Wemheuer]] ([[AGE:95]]), DOB [[DATE:02.03.1929]], ICD for secondary prevention since [[YEAR:2016]] (SN [[DEVICE:RNF418226S]]), now at ERI. He lives alone at [[STREET:Weender Landstraße 112]], [[ZIP:37075]] [[TOWN:Göttingen]] and still cycles to the market. No shocks in 8 years, EF improved from 25% to 45%. Daughter [[REL:Hannelore]] ([[PHONE:+49 551 3988 214]]) asks if we should downgrade to a pacemaker or let it go. What do you do in the US at this age?
Dr. med. [[HCP:Jörg Reinholz]], Oberarzt Kardiologie""",
    # Hansen's disease, Spanish compound name, county
    """Hansen's disease in Texas, again. [[PT:Jesús Alberto Ferrer Villanueva]], 52, originally from [[TOWN:Tegucigalpa]], in the US for 20 years, works at [[FAC:Sunnyfield Nursery and Garden Center]] in [[TOWN:Harlingen]]. Anesthetic hypopigmented plaques, thickened great auricular nerve, ulnar claw hand. Skin biopsy: BB/BL, Fite stain positive. He recalls armadillos on the property where he lived in [[COUNTY:Cameron County]]. WHO MDT for MB leprosy x12 mo; NHDP notified. Wife [[REL:Lupita]] and two teens need exams; her number is [[PHONE:(956) 555-0131]]. Rifampin weekly vs monthly?""",
    # UK trauma: plate, NHS number, postcode, bleep, named ward
    """Registrar's case for teaching. [[PT:Kieran Ó Dálaigh]], 19, cyclist v van on [[STREET:Wilbraham Road]], [[PLACE:Chorlton]], [[DATE:03/04/2022]] (UK date). Van reg [[PLATE:KX19 ABF]] per police. NHS no. [[PLAN:943 476 5919]]. Home postcode [[ZIP:M21 9PQ]]. GCS 13, open tib/fib (Gustilo IIIA), pelvic binder for an APC-II. Resus to theatre within 90 min; ortho reg [[HCP:Abimbola Fashola]], bleep [[PAGER:4471]]. Now on [[FAC:Nightingale Ward]] at [[FAC:Northmoor General]]. Mum ([[REL:Siobhán]]) is flying back from [[TOWN:Málaga]].""",
    # Australia: snakebite, property name, Medicare number, mobile
    """G'day from [[TOWN:Wagga Wagga]]. 38M farmer bitten by an eastern brown on his property, [[PLACE:Kooringal Station]], 60 km out of town, at ~1600 on [[DATE:2 Feb]]. Pressure immobilisation bandage applied by his wife [[REL:Shaz]] ([[PHONE:0491 570 156]]). VICC: INR >12, fibrinogen <0.5, D-dimer >20. One vial of brown snake antivenom at [[FAC:Murrumbidgee Valley Hospital]], no TMA, Cr normal. Medicare no. [[PLAN:2953 41017 1]] for the transfer paperwork. Do you still give a second vial?""",
    # elder abuse: rural route address, bank account, APS case, SSN
    """SW + geri: [[AGE:91]]-year-old widow, Mrs. [[PT:Opal Dunaway]], of [[STREET:Rural Route 2, Box 88]], [[TOWN:Keokuk]], IA. Stage 3 sacral wound, albumin 2.1, bruises of different ages on both upper arms. Nephew [[REL:Dusty Harlan]] holds POA, and $11,000 has left her checking account ([[ACCT:0044719382]]) since [[DATE:April 2]]. APS case [[ID:APS-77-20931]]. Her SSN ([[SSN:531-72-4408]]) was used to open a credit card. Police aware. Anyone have a good elder mistreatment screening tool beyond the EASI?""",
    # returning traveller, Ghana, neighbourhood, employer, relative's email
    """Returning traveller: [[PT:Kofi Boateng-Asante]], 41, back on [[DATE:2022-03-04]] from 3 weeks with family in [[PLACE:Nima]], [[TOWN:Accra]]. Fever 39.8, rigors, plt 61K, bili 3.1. Smear: P. falciparum 4%. No chemoprophylaxis ("I grew up there"). IV artesunate. Also a 1.5 cm eschar on the ankle, so African tick-bite fever too; doxy added. His employer, [[FAC:Halverson Logistics]], wants a return date; wife [[REL:Efua]] can be reached at [[EMAIL:efua.ba@outlook.com]]. Malaria in VFR travellers is still our commonest miss.""",
    # retina, names that are ordinary words
    """Retina Q. Mr. [[PT:Herbert Story]], 71, referred by Dr. [[HCP:Wise]] for a "bleed" OS. VA 20/400 OS. Dense submacular hemorrhage, PCV on ICGA. Tenecteplase + pneumatic displacement vs anti-VEGF alone? Dr. [[HCP:Sharp]] (our other retina person) prefers displacement if <14 days; he noticed it on the [[DATE:28th]]. His wife [[REL:Patience]] drives; they are 2 h away in [[TOWN:Dalhart]]. On apixaban for AF.""",
    # eating disorder, college and dorm, roommate, TikTok handle, month + 'yy
    """Adolescent med: 19F, sophomore at [[FAC:Carroway College]], BMI 14.8, HR 38 asleep, orthostatic HR +41, phos 2.1 on day 2 of refeeding. Lives in [[FAC:Hadley Hall]] with her roommate [[REL:Sage Whitcombe]], who brought her in after finding her TikTok ([[HANDLE:@katrunsfar]]) full of 20-mile training days. Symptoms started around [[DATE:Jan. '24]]. Inpatient for medical stabilization per the MARSIPAN thresholds, then residential. Parents are driving down from [[TOWN:Duluth]] tomorrow.""",
    # nursing-home rounds, ages in many forms, 89 as a look-alike
    """Monthly rounds at [[FAC:Larchmont Gardens]]:
- [[PT:Albert Thorogood]], [[AGE:102]] y, CFS 7, stable, no changes.
- [[PT:Edna Faraday]] ([[AGE:97]]), UTI? no: asymptomatic bacteriuria, no abx.
- Mr. [[PT:Szabo]], aged [[AGE:92]], weight down 3 kg, SLP eval.
- [[PT:Rosa Lindgren]], 89, new AF, CHA2DS2-VASc 5, discuss with daughter [[REL:Karin]].
- [[PT:Otis Mayweather]], [[AGE:95]]y, hospice referral accepted.
- [[PT:Lila Fenwick]], [[AGE:99]]-yr-old, fell [[DATE:5/30]], no fx.
Next rounds [[DATE:July 1]]. — Dr. [[HCP:B. Achebe]]""",
    # farmworkers, employer, foreman, badge number, county
    """Farmworker health: 3 men from the same crew at [[FAC:Valle Verde Growers]] outside [[TOWN:Salinas]] with miosis, bronchorrhea and HR 44 after entering a field sprayed that morning (re-entry interval ignored). RBC cholinesterase 40% of normal. Atropine 2 mg doubling to 16 mg total in the sickest, plus pralidoxime. Their foreman, [[REL:Chuy Benavides]], brought them in a company van; one man's employee badge reads [[ID:VVG-04471]]. [[COUNTY:Monterey County]] ag commissioner notified. All three speak Mixteco; interpreter from [[FAC:Casa Mixteca Community Center]]. Pesticide illness is reportable in California.""",
    # HIV clinic, program names after people, app handle, IPv6
    """HIV clinic: [[PT:Dashiell Okwuosa]], 26, new dx, CD4 410, VL 88,000, HLA-B*57:01 neg. Started Biktarvy same day. Ryan White Part A covers labs; ADAP member ID [[PLAN:ADAP-MN-220418]]. He asked us to notify a partner he knows only by an app handle, [[HANDLE:@northloop_marco]]; DIS will try. He works nights at [[FAC:Hennepin Bakery Co.]] His portal was opened from an unfamiliar address ([[IP:2001:db8:4f2a::17]]) the day after the visit, which he says was his sister. Reflections on rapid start?""",
    # marathon tent, bib number, Strava URL, one-word relative name
    """Marathon medical tent, [[DATE:Sunday 10/6]]: runner bib [[ID:11482]], [[PT:Ingeborg Lund-Aasen]], 44F, collapsed at mile 24. Na 121, weight up 1.5 kg from her pre-race weigh-in; she drank at every station. 100 mL 3% saline bolus x2, Na 125, mentation clear. Her Strava ([[URL:strava.com/athletes/5518823]]) shows 4:48 pace until mile 20. Husband [[REL:Per]] is a physician too, which made the conversation interesting. EAH protocols at your races?""",
    # amatoxin, Vietnamese names in family-name-first order
    """Amatoxin, two patients: [[PT:Nguyễn Thị Hoa]], 64, and her husband [[PT:Trần Văn Minh]], 67, foraged mushrooms near [[PLACE:Whitmore Ridge]] on [[DATE:Oct 14]]; symptoms 10 h later. By day 3 AST 3,400 and 2,900, INR 2.8 in Mrs. [[PT:Hoa]]. Silibinin IV, NAC, high-dose PCN. King's College criteria not met yet; [[FAC:Pacific Crest Transplant Center]] is aware. Their daughter [[REL:Linh]] ([[PHONE:206.555.0185]]) brought in the leftover caps: Amanita phalloides per the mycologist.""",
    # derm-onc, tattoo parlour, body-art licence, compound surname
    """Derm-onc: 35M tattoo artist at [[FAC:Ink & Iron Tattoo Parlor]] (body-art licence [[LIC:BA-20417]]) with a changing lesion hidden inside a black sleeve tattoo on the L forearm. Excision: superficial spreading melanoma, Breslow 1.4 mm, Clark IV, mitoses 3/mm², non-ulcerated, pT2a. SLNB negative. Dermoscopy through tattoo ink is miserable. Partner [[REL:Riley Castellanos-Webb]] asked about his clients' exposure risk (none, obviously). Follow-up q3 mo x2 y with Dr. [[HCP:Goodnight]]. Tips for surveillance under heavy pigment?""",
    # pediatric radiology, NAI, CPS case number, daycare
    """Skeletal survey for NAI, read this AM: 4-month-old [[PT:Brayden Kessler]], posterior rib fx L 5-7 at different stages of healing, classic metaphyseal lesion of the distal R femur, no skull fx. Head MRI: bilateral SDH of different ages. Ophtho (Dr. [[HCP:Nakagawa-Ross]]) found multilayered retinal hemorrhages. CPS caseworker [[REL:Tamara Voss]], case [[ID:CPS-24-00817]], [[PHONE:(605) 555-0128]]. Follow-up survey in 14 days per ACR guidance. His sister, 2, also needs a survey; she attends [[FAC:Tiny Steps Learning Center]].""",
    # thread with @-mentions of colleagues, facility nickname, name like a month
    """@[[HCP:Lucía Ferreira]] thanks for the heads-up on Candida auris screening. Our pt (Mr. [[PT:Ahn]], [[AGE:90]], transferred from [[FAC:Seaview Subacute]] in [[TOWN:Long Beach]] on [[DATE:11/18]]) was swab-positive, axilla/groin.
> [[HCP:Lucía Ferreira]]: Contact precautions, daily CHG, dedicated equipment, and tell the health department. Was he on a vent at [[FAC:Seaview]]?
> [[HCP:Dev Anand]]: +1. Screen his roommate too.
> OP: yes, trach/vent for 3 mo there. Thanks all. —[[HCP:Jun]]""",
    # dictated discharge summary: hospital number, account, cc line, transcription job
    """DISCHARGE SUMMARY (dictated)
Patient: [[PT:Bartholomew Achterberg-Lyle]]   Hosp no: [[MRN:K2209981]]   HAR: [[ACCT:5100448821]]
Admit: [[DATE:Jul 14 2024]]   D/C: [[DATE:Jul 22 2024]]
Dx: Aspiration pneumonia; Parkinson's disease (H&Y stage 4).
Course: Unasyn x7 d; modified barium swallow with penetration on thin liquids, so mildly thick. Carbidopa/levodopa 25/100 restored to his home timing (he was getting it at the wrong times, a known hazard).
D/C to: [[FAC:Wren Valley Care Centre]], attn: DON [[HCP:Maureen Tolliver]], fax [[FAX:(620) 555-0164]].
cc: Dr. [[HCP:Hamid Farouk]] (PCP); Dr. [[HCP:Honor Blackwood]] (neurology)
Dictated by: [[HCP:R. Castile]], MD   DD: [[DATE:07/22/2024]]   DT: [[DATE:07/23/2024]]   Job: [[ID:441872]]""",
    # trauma PI: birth year that reveals an age over 89, driver's licence, plate, VIN, IP
    """Trauma PI review: a driver born in [[DATE:1931]], still licensed (DL [[LIC:D410-7722-9043]]), drove his sedan (plate [[PLATE:8BXR417]], VIN [[VIN:1HGCV1F34LA093772]]) through the front window of [[FAC:Kwik Stop Pharmacy]] on [[STREET:Delmar Blvd]] in [[TOWN:University City]] on the [[DATE:5th]]. Two pedestrians injured. Driver: sternal fx, small SAH, GCS 15; he said the pedal "stuck". Event data recorder: 100% accelerator, no brake. His telehealth visit with neurology the week before was logged from [[IP:203.0.113.77]] and documented new parkinsonism that never reached the DMV. Should we be reporting?""",
]

# ------------------------------------------------------ notes with no PHI (look-alikes)
FREE_NOTES: list[str] = [
    # psychiatry
    """Lithium question. 38F, bipolar I, YMRS 31 on admission, now 9 on day 12. Li 1.1 on 900 mg qHS, Cr 0.9, TSH 4.8, Ca 10.2. Started quetiapine 300 for sleep; Simpson-Angus 2, Barnes Akathisia 1, AIMS 0. Her outpatient psychiatrist wants Depakote instead because of the PCOS question. Hamilton depression score last Tuesday was 6. Anyone checking PTH routinely on lithium? We discharge to the IOP on Monday.""",
    # neuro-ophthalmology eponyms
    """Neuro-ophtho grab bag from clinic this week: (1) Marcus Gunn pupil OS with VA 20/200, color plates 2/14, pain on eye movement: optic neuritis, MRI ordered per ONTT. (2) Argyll Robertson pupils in a 66M, RPR 1:128, FTA-ABS+: LP next. (3) Holmes-Adie tonic pupil, 0.125% pilocarpine constricted it. (4) Horner's OD after a chiropractor visit: CTA neck for dissection. (5) Berlin's edema after a paintball hit, IOP 32/14, grade 1 hyphema. Snellen 20/25 OU at follow-up.""",
    # inherited retinal disease
    """Inherited retinal disease clinic: Best disease (BEST1), Stargardt (ABCA4, two pathogenic variants), and Coats disease in a 9 yo boy, stage 2B. Fundus autofluorescence, OCT, full-field ERG. Voretigene (Luxturna) only for biallelic RPE65. ICD-10 H35.53. Fuchs and Fleck dystrophy were also on the handout, but those are corneal. The genetic counselor reminded the family that a 23andMe report does not count.""",
    # dermatology
    """Derm morning report, no photos: (a) Fitzpatrick IV skin, 4 cm annular plaque, KOH neg, biopsy: granuloma annulare. (b) Sweet syndrome with AML, ANC 0.4, fever, pseudovesicular plaques; prednisone 1 mg/kg. (c) Hurley stage II HS on adalimumab 80 weekly, IHS4 12. (d) Auspitz sign and nail pitting, PASI 14, BSA 12%: apremilast vs an IL-17? (e) Grover disease after a week in a hospital bed. Darier sign negative in all.""",
    # liver transplant oncology
    """Tumor board, HCC: 2 lesions, 3.1 and 2.4 cm, LI-RADS 5, AFP 420. Within Milan criteria (1 lesion ≤5 cm or up to 3 ≤3 cm), within UCSF, Up-to-7 score 6. Child-Pugh B7, MELD-Na 16, so MELD exception points after 6 months on the list. TACE x1 as a bridge; mRECIST partial response. A DCD liver offer was declined for size. Plan: re-image in 3 months, AFP monthly.""",
    # arboviruses named after places
    """Neuroinvasive arbovirus season again. Our CSF panel this month: West Nile (4 cases), La Crosse (2 kids), St. Louis encephalitis (1), Powassan (1, tick exposure), and a Jamestown Canyon virus that nobody had heard of. Eastern equine encephalitis was ruled out. Nobody had traveled out of state; one had been in Wisconsin and Minnesota for deer season. IgM capture ELISA and PRNT at the state lab, 7-10 days turnaround. Supportive care only, IVIG anecdotally.""",
    # endocarditis eponyms
    """Endocarditis teaching case: 41M with IVDU, fever 39.6, new 3/6 holosystolic murmur at the LLSB, Janeway lesions on the soles, Osler nodes on 2 fingertips, Roth spots on fundoscopy. BCx 4/4 MSSA. TTE: 1.8 cm tricuspid vegetation. Modified Duke criteria: 2 major = definite (the [[YEAR:2023]] ISCVID update adds PET-CT). Cefazolin 2 g q8h x6 weeks; partial oral (POET) considered. Septic pulmonary emboli. Lemierre was on the ddx before the echo.""",
    # neonatology
    """Delivery attended at 29+5 wk: Apgars 3/6/8 at 1/5/10 min, PPV 60 s, then CPAP 6. Ballard 30 wk, BW 1,310 g (40th %ile). Surfactant via LISA at 2 h, FiO2 .40 → .25. Ortolani/Barlow negative, Moro present but weak. Day 3 bili 9.4, below the phototherapy line for 29 wk. Day 9 feeding intolerance, pneumatosis on KUB: Bell stage IIA NEC, NPO, abx x7 d. Mom's GBS unknown, PCN x1 <4 h before delivery.""",
    # geriatrics
    """Deprescribing for an 88-year-old man after a fall: STOPP flags (benzodiazepine, PPI >8 weeks without indication, glyburide), Beers (diphenhydramine, oxybutynin). Clinical Frailty Scale 6. Katz 4/6, Lawton IADL 3/8, Morse Fall Scale 65, Braden 14, Mini-Cog 2/5. TUG 22 s. Orthostatics 146/80 → 118/66 at 3 minutes. His wife, 86, is the caregiver. We cut 11 meds to 6 over 3 visits, the last one on Tuesday.""",
    # sports medicine
    """Knee clinic: 24F soccer player, twisted knee last Saturday, effusion, Lachman 2B, pivot shift grade 2, McMurray positive medially, Thessaly positive. X-ray: Segond fracture. MRI: complete ACL tear, bucket-handle MMT. Beighton 6/9, so will a hamstring graft stretch? BTB vs quad tendon? Same day: a Jones fracture (zone 2), a pseudo-Jones (zone 1), and a Bennett fracture of the thumb in a goalkeeper. RTS at 9/12 after ACLR.""",
    # toxicology
    """Tox board review: (1) serotonin syndrome by Hunter criteria (clonus + agitation) after linezolid with sertraline; Sternbach is less specific. (2) salicylate 78 mg/dL; the Done nomogram is obsolete; HD for AMS. (3) methanol: osm gap 38, AG 28, fomepizole 15 mg/kg. (4) digoxin 4.2 with K 6.1: DigiFab 10 vials. (5) APAP above the 150 line at 4 h on the Rumack-Matthew nomogram; King's College criteria not met. (6) bupropion: QRS 148, sodium bicarbonate 150 mEq, lipid emulsion 1.5 mL/kg.""",
    # occupational lung disease
    """B-reader question: 58M, 30 yr in a foundry then a stone countertop shop (engineered stone, silica). CXR ILO classification 2/1 q/t, upper zones, category B large opacity on the R. PFTs FEV1/FVC 0.68, TLC 74%, DLCO 52%. RF positive, so Caplan syndrome? The OSHA PEL for respirable crystalline silica is 50 µg/m³ as an 8-h TWA; the NIOSH REL is the same. Engineered-stone silicosis is exploding in Australia and Spain, and we now see it in California.""",
    # global health, malnutrition
    """Numbers from a month at a field hospital in South Sudan: 212 admissions for SAM. MUAC <11.5 cm in 80%, WHZ < -3 in 64%, bilateral pitting edema (kwashiorkor) in 31. F-75 then F-100, RUTF 200 kcal/kg/d. Mortality 6.1%, mostly days 1-3 (hypoglycemia, hypothermia). ORS for 40 children with watery diarrhea; cholera RDT positive in 9. Measles coverage estimated <50%. The WHO [[YEAR:2013]] guideline still works, but ReSoMal is hard to find.""",
    # radiology impression, ALL CAPS
    """IMPRESSION:
1. BI-RADS 4A: 9 MM IRREGULAR MASS LEFT BREAST 2:00, 4 CM FN. US-GUIDED BIOPSY RECOMMENDED.
2. TI-RADS TR4 RIGHT THYROID NODULE 1.6 CM; FNA, BETHESDA CATEGORY TO FOLLOW.
3. BOSNIAK IIF LEFT RENAL CYST, FOLLOW-UP CT IN 6 MONTHS.
4. LUNG-RADS 4A 7 MM PART-SOLID RLL NODULE, LDCT IN 3 MONTHS.
5. KERLEY B LINES AND SMALL BILATERAL EFFUSIONS, CHF.
NO WESTERMARK SIGN OR HAMPTON'S HUMP. CPT 71250, 76641.""",
    # musculoskeletal radiology
    """MSK rads teaching file, no identifiers: Salter-Harris II distal radius (10 yo), Garden III femoral neck (78F), Schatzker II tibial plateau, Weber B lateral malleolus with a 6 mm medial clear space, Gartland III supracondylar, Neer 3-part proximal humerus, Mason II radial head, Lisfranc injury with the fleck sign, Kellgren-Lawrence 3 knees. Hip: Tönnis 1, LCEA 22°. Bonus: a Stener lesion on MRI of the thumb.""",
    # M&M without identifiers
    """M&M, no identifiers: 78-year-old man with a missed retroperitoneal bleed after a femoral cath. Timeline: cath at 14:00, hypotension at 19:30 attributed to sedation, Hgb 13 → 8.1 at 02:00, CT at 03:15, back to the cath lab at 04:00. Swiss cheese: handoff at shift change, no post-cath Hgb order, rapid response criteria met twice without a call. Just Culture review: system issue. Actions: post-femoral-access order set, RRT auto-page from the EHR. Joint Commission sentinel event? No.""",
    # heart failure, place-named instruments
    """HF clinic: 63M, ischemic CM, EF 25%, NYHA class III (New York Heart Association, for the students), ACC/AHA stage C. KCCQ-12 (Kansas City Cardiomyopathy Questionnaire) 41. Seattle Heart Failure Model 1-yr survival 84%; MAGGIC 28. GDMT: sacubitril/valsartan 49/51 BID, metoprolol succinate 100, spironolactone 25, dapagliflozin 10. BP 98/60, K 4.9, Cr 1.4. Framingham criteria met at his first admission in [[YEAR:2019]]. CardioMEMS or ICD first?""",
    # endoscopy classifications
    """Colonoscopy: Boston Bowel Prep Scale 2/2/3 = 7. Cecum reached, withdrawal 9 min. 18 mm LST-G in the ascending colon, Paris 0-IIa+Is, NICE type 2, JNET 2A, Kudo IIIL; EMR en bloc, 3 clips. Sigmoid: Mayo endoscopic subscore 1. Same day EGD: Barrett's, Prague C2M4, Seattle protocol biopsies, LA grade B esophagitis; Sydney system biopsies for H. pylori. Rome IV IBS-D, Bristol type 6.""",
    # hepatology scores
    """Alcohol-associated hepatitis: 46M, bili 18.2, INR 2.1, Cr 1.0. Maddrey 48, MELD 29, Glasgow alcoholic hepatitis score 9, ABIC high risk. Pred 40 mg; Lille 0.52 at day 7, so stopped. West Haven grade 2 HE, lactulose + rifaximin. Child-Pugh C11. Early transplant evaluation? 5 months of sobriety, favorable SALT score. Hepatorenal? Not yet; UNa 18.""",
    # critical care, Berlin and Kigali
    """ARDS by the Berlin definition, but we are a low-resource ICU, so we use the Kigali modification (SpO2/FiO2 ≤315, no PEEP requirement). S/F 142, Murray lung injury score 3.0. Driving pressure 16, plateau 30. Proned 16 h; P/F 88 → 156. ECMO (ELSO criteria) not available within 500 km. Dexamethasone 20 mg x5 d then 10. Vasopressin 0.03, norepi 0.2. SOFA 12.""",
    # nephrology classifications
    """Renal biopsy: IgA nephropathy, Oxford MEST-C M1 E0 S1 T1 C0. eGFR by CKD-EPI [[YEAR:2021]] 42, UPCR 2.4 g/g. Per KDIGO: max RAASi, SGLT2i, then targeted-release budesonide or sparsentan. Also lupus nephritis ISN/RPS class IV-G (A) in another pt, NIH activity 12/24, chronicity 2/12: MMF + belimumab. Banff is for transplant biopsies, never native kidneys.""",
    # neurology rules named after places and people
    """MS clinic: 29F, 2 attacks, Dawson's fingers on MRI, 1 enhancing lesion, OCBs positive: McDonald [[YEAR:2017]] criteria met. Uhthoff phenomenon in the shower; Lhermitte sign positive. EDSS 2.0. Ocrelizumab vs natalizumab (JCV index 0.31). In the ED the same day: a syncope that fails the San Francisco Syncope Rule, a head bump cleared by the Canadian CT Head Rule, and a thunderclap headache run through the Ottawa SAH rule. Modified Rankin 1.""",
    # obstetrics and perinatal psychiatry
    """Postpartum: 31F G2P2, day 10, EPDS (Edinburgh Postnatal Depression Scale) 17, item 10 negative. Robson group 5 CS. NICHD category II tracing before delivery, Kleihauer-Betke negative. Sheehan syndrome excluded (lactating, Na 139). Sertraline 25 mg, compatible with breastfeeding. Zuranolone 50 mg x14 d considered. Also: PPH 1.8 L with a Couvelaire uterus on the other side of the unit.""",
    # cancer genetics
    """Hereditary cancer clinic: proband meets Amsterdam II criteria and the revised Bethesda guidelines; MSI-high tumor, MLH1 promoter unmethylated, germline MLH1 c.1852_1854del. Another family meets Chompret criteria: TP53 R175H, Li-Fraumeni. BRCA1 c.68_69delAG (Ashkenazi founder). ICD-10 Z15.01, Z80.3; CPT 81162, 81292. Breast MRI from 25 per NCCN. APOE ε4/ε4 incidental, not reported.""",
    # febrile infant rules named after cities
    """Febrile infant, 24 days old, T 38.4 rectal. Rochester criteria low risk, Philadelphia too, but the AAP [[YEAR:2021]] guideline still says LP under 28 days, and the Boston criteria start at 28 days anyway. PECARN rule: ANC 4,100, PCT 0.3, UA negative. LP: 3 WBC. Ampicillin + gentamicin at this age, HSV PCR pending. Westley croup score 4 in the bed next door, PRAM 6 for the asthmatic across the hall.""",
    # lower-case thread, states and countries
    """q for the group. 67m, worked construction in arizona and new mexico for 30 yrs, grew up in el salvador, now 4 wks of cough + fevers + erythema nodosum. cocci igm pos, igg titer 1:32. cxr rul infiltrate with hilar adenopathy. fluconazole 400 or watchful waiting? no immunosuppression, a1c 6.9. his son in texas wants him seen at a big academic center. histo ag neg, blasto ag neg. thanks in advance""",
    # ALL-CAPS ICU note, trial named after a place
    """ICU NOTE HD 3. 71 YO M, CAP, CURB-65 3, PSI CLASS IV, ATS/IDSA SEVERE CRITERIA MET (RR 32, P/F 180, CONFUSION). CEFTRIAXONE 2 G + AZITHRO 500, HYDROCORTISONE 50 Q6H PER CAPE COD. LACTATE 2.8 → 1.4. NYHA II AT BASELINE. BP 104/58, MAP 71. LEGIONELLA UAG NEG, PNEUMOCOCCAL UAG POS. FAMILY AT BEDSIDE. DISPO: STEP-DOWN IN AM.""",
    # Q&A thread without names
    """Original post: vanc AUC dosing, has anyone abandoned troughs entirely?
Reply 1: Yes, since the [[YEAR:2020]] ASHP/IDSA consensus. Bayesian software, AUC 400-600, one level after the 4th dose.
Reply 2: We still do troughs in the ICU on CRRT. The Sanford Guide app has a calculator but I don't trust it above 120 kg.
Reply 1: Fair. For MRSA bacteremia with an MIC of 2 we switch to dapto 10 mg/kg.
OP: Thanks both. Our P&T committee meets next Thursday.""",
    # non-native English, dengue
    """Dear colleagues, 26 years old female came with complain of fever since 5 days, retro-orbital pain and rash. NS1 antigen positive. Platelet 18,000, HCT 46% (baseline 38%). In our country dengue season is from July to October. We gave fluid as per WHO [[YEAR:2009]] warning signs, no bleeding. She is asking can she go home tomorrow for her sister wedding. What is your practice for platelet transfusion cut-off? Many families in Pakistan ask for it at 20,000.""",
    # voice dictation, age under 90 in words
    """patient is an eighty nine year old male comma seen in follow up for atrial fibrillation period heart rate seventy two comma blood pressure one thirty four over seventy eight period CHA2DS2-VASc five comma HAS-BLED two period continue apixaban five milligrams twice daily period new paragraph echo last month showed ejection fraction fifty five percent period return in three months period end of dictation""",
]


def build() -> list[tuple[dict[str, object], list[str]]]:
    return _FIRST.build_notes(PHI_NOTES, FREE_NOTES, "pc2")


def render() -> str:
    return _FIRST.render_notes(build())


def main() -> int:
    return _FIRST.write_notes(OUT, build(), len(PHI_NOTES))


if __name__ == "__main__":
    sys.exit(main())
