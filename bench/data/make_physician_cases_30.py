# ruff: noqa: E501, RUF001, RUF003 (the notes are data: okina, dashes and signs as typed)
"""Blind test set 30: long case discussions on a US and Canadian physician network.

Ninety-six posts written for this set, all invented (people, numbers, accounts; phone numbers
in the 555-01xx range; towns, counties and a few hospitals are real places). Notes 001-052
carry PHI, 053-096 carry none. Writers are hospitalists, intensivists, cardiologists,
nephrologists and transplant teams, oncologists at tumor boards, ID, stroke and neuro ICU,
trauma and general surgeons, OB/MFM, PICU and pediatrics, geriatrics and long-term care,
psychiatry C-L, toxicology, rural family medicine, tele-ICU and locums. Formats: case posts
with timelines ("Day 1 (Jan 6)", "HD#3", "POD2"), updates and EDITs, replies that quote the
post, M&M write-ups, tumor board summaries, family meetings with blended families, transfer
sagas across hospitals and borders, ethics and legal questions (POA and mandates, guardianship,
CPS/DCFS/CAS, police interviews, court orders, hunger strike in custody). Every Canadian
province and territory appears (Newfoundland outport, Nunavut, Tlicho NWT, Yukon, French-
language Quebec, Acadian New Brunswick, Akwesasne, a Manitoba fly-in First Nation,
Saskatchewan and Alberta border crossings), and US regions from Maine and the Northeast Kingdom
to the Mississippi Delta, bayou Louisiana, Appalachia, the Plains reservations, the Mountain
West, California's Central Valley, the Pacific Northwest, Alaska, Hawaii and Puerto Rico.
The 44 notes without PHI are de-identified case posts dense with look-alikes: eponyms and
place-named diseases, scores, trials, blood groups and viruses named after people, drug and
device brands, lab strings and fractions written like dates, bed numbers, citation years,
ages under 90, states, provinces, hotline numbers, case law and statutes, and colleagues
addressing each other. Colleagues taking part (the poster when named, repliers, people
@mentioned or thanked) are listed in MEMBERS and never tagged.

Annotation conventions:
- PT, REL and HCP on every mention, a full name as one span (multi-word surnames such as
  Goes Ahead and Two Bulls, middle initials as in Eli J. Yoder, particles as in al-Maqtari).
  Titles (Dr., Mr., M., Mme, Sgt., Officer, Bishop, Rabbi) and possessive 's stay outside.
  A quoted nickname inside a full name splits it: [[PT:Margaret]] "[[PT:Peg]]" [[PT:Gallant]];
  the quote marks stay outside. Initials keep their periods (J.R.).
- HCP is any named member of the care team: physicians, nurses, outreach workers, interpreters,
  the prison physician. REL is everyone else about the patient: relatives, partners, ex-spouses,
  godchildren, custom-adoption parents, guardians (court-appointed too), mandataries, lawyers,
  caseworkers, police and correctional officers, clergy, an employer's dispatcher, a suspected
  financial exploiter.
- A patient or relative who shares a first name with a member (003 Étienne, 013 Fiona, 031 Jake,
  049 Marcia) is tagged on every mention, including inside a colleague's quoted reply; the
  member's own name and handle are not. Quoted text is annotated like the rest of the note.
- FAC keeps its generic word (Hospital, Centre, Manor, Ranch, Colliery, Grocery, Church, and
  Ward for an LDS congregation) and a capital "The" only where it belongs to the name (The
  Ottawa Hospital, The Queen's Medical Center). Short forms and acronyms are FAC (HSC, QGH, RUH,
  SJRH, NYP, Vandy, Moses, Grady, Chandler, Hastings, Mayo), and so is a town name used alone
  for its hospital ("the Edmundston business office"). A town inside a facility name stays in
  the FAC span. Employers of every kind are FAC (sawmill, casino, store, mine, pulp mill, bank,
  trucking firm, saloon, vineyard), as are schools, churches, a prison, a named air ambulance
  (STARS) and a named local agency (Peel CAS). Generic agencies and programs (CPS, DCFS, DHS,
  APS, CAS, CBSA, Border Patrol, IHS, CDC, the CCB, MaineCare, OHIP, NIHB) are not tagged.
- TOWN for cities, towns, villages and hamlets (Inuit hamlets and Mexican towns included), also
  when the town is a surname, eponym or criterion elsewhere (Osler, Sydney, Berlin, Jackson,
  Hazard, Rochester, Kingston). "Osler (the man)" is an eponym and stays untagged.
- COUNTY includes the word County or Parish (Washington County, Lafourche Parish).
- PLACE for First Nations, reserves, reservations and tribal nations (Navajo Nation, Crow
  Reservation, Bay Mills Indian Community, Akwesasne, Sipayik/Pleasant Point), chapters,
  neighbourhoods (North End, Mattapan, Englewood, Malvern), islands (Cornwall Island), a census-
  designated place (The Villages, capital "The" kept) and named regions smaller than a state or
  province (Northeast Kingdom, Island Lake, Puna). Directional descriptions ("south Louisiana",
  "southeast Montana") and states, provinces, territories and countries are not tagged.
- STREET is the whole address line with house and unit numbers (455 Selkirk Avenue, Suite 3);
  a highway contract box (HC 61 Box 4420) and a Prairie legal land location (NE 14-39-4 W3)
  are STREET; each street of an intersection is its own span (Main and Hastings).
- DATE for any date more specific than a year tied to the case: numeric (3/14, 11/2/2022),
  spelled (Jan 6, 15 de agosto, 3 mars), month alone (August, novembre) and month with year
  (October 2021) as one span, and holidays that date an event (Christmas, New Year's Day,
  Juneteenth, Purim, Nowruz, Diwali, Ramadan, Eid al-Adha, Three Kings Day, Prince Kūhiō Day,
  Labor Day, Easter Sunday as one holiday name). Update and EDIT stamps are dates. Weekdays,
  seasons, relative times, hospital and post-op days, gestational ages (29+2) and holidays or
  months used generically ("every winter", "New Year's Eve parties") are not.
- YEAR for a year alone tied to the patient (a mandate homologated in 2022, underground 1974 to
  1999); guideline, trial and case-law years are not tagged.
- AGE only above 89, the number or number-word alone (91F, 94yo, ninety-two, I'm ninety-three);
  ages of 89 and under, and numbers above 89 that are scores (Maddrey 92, PANSS 92) are not.
- Numbers leave their labels outside (MRN, OHIP, RAMQ, MCP, NDOC no., serial, licence); an OHIP
  version code stays inside. Canadian SINs are tagged SSN. Health cards, Medicaid, Medicare
  Advantage, MaineCare, MassHealth and Medi-Cal numbers are PLAN. Bank, billing and self-pay
  accounts are ACCT (a partial "ending 4471" too). Driver's and clinicians' licences are LIC.
  Status and tribal enrolment numbers, a CURP, APS/DCFS/DHS case numbers, court dockets, a CCB
  file, an inmate number, a compensation claim and a CDC specimen number are ID. Implant and
  pump serials are DEVICE; a 4-digit internal pager is PAGER.
- HANDLE includes its "@" and is used only for patients' and relatives' accounts. URL is the
  whole address of a personal page (fundraiser, CaringBridge, patient portal); public guideline
  links are not tagged. IP covers private-range addresses from an IT log.
- Never tagged: eponyms and person- or place-named diseases, signs, scores, criteria, trials and
  models (Mayo Clinic model, Lake Louise score, Harvard criteria), blood groups and viruses named
  after patients (Kell, Duffy, Kidd, BK, JC), case law and statutes (Tarasoff, Starson v.
  Swayze, In re Caulk, Baker Act, Jay Treaty), brands, ward, room and bed numbers (7A, room 214,
  Trauma Bay 2), and emergency or public numbers (911, 988, 811, 1-800-222-1222).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 Newfoundland outport GI bleed: ferry and air transfer chain, MCP card, age 91 twice, ordinary-word names, eponym left untagged
    ("Long one, sorry. Hospitalist at [[FAC:Western Memorial Regional Hospital]] in [[TOWN:Corner Brook]]. Posting because the transfer chain on this one still bothers me.\n"
     "\n"
     "[[AGE:91]]F, [[PT:Bride Keeping]], lives alone at [[STREET:14 Back Cove Road]] in [[TOWN:Ramea]] (island outport, ferry only). On apixaban for AF, CKD 3b, otherwise sharp as a tack.\n"
     "\n"
     "Day 1 ([[DATE:Jan 6]]): melena x2. Nurse at the [[FAC:Ramea Community Health Centre]] got Hgb 71, two large-bore IVs, pantoprazole infusion. Ferry cancelled for wind, no rotary wing until morning.\n"
     "Day 2: fixed wing to [[FAC:Sir Thomas Roddick Hospital]] in [[TOWN:Stephenville]]. No scope on weekends there. 2 units PRBC.\n"
     "Day 3 ([[DATE:Jan 8]]): road transfer to us. EGD by our GI: Dieulafoy lesion in the fundus, clipped + epi.\n"
     "HD#3 here: rebleed, Hgb 64, BP 84/50. No IR on call, so off to the [[FAC:Health Sciences Centre]] in [[TOWN:St. John's]], 700 km east. Embolized there the same night.\n"
     "\n"
     "Her son [[REL:Cyril]] drove across the island overnight and then had to sort out her MCP card ([[PLAN:402 118 337 905]]) because it had expired and registration flagged it. The only contact on file was a daughter in Alberta whose number had been disconnected for two years.\n"
     "\n"
     "Update [[DATE:1/19]]: home on the island, apixaban held, cardiology to revisit LAAO. She told the medics she'd had more helicopter rides at [[AGE:91]] than in her whole life before.\n"
     "\n"
     "Question stands: does anyone have a weekend GI bleed pathway for outports that skips the middle hospital? Three legs and four days for a lesion we clipped in twenty minutes."),
    # 002 Nunavut infant medevac Pangnirtung to Iqaluit to Ottawa; Inuit custom adoption and who consents; interpreter at a boarding home
    ("PICU fellow in the south, sharing a transport case with a consent wrinkle.\n"
     "\n"
     "[[PT:Jeela Akpalialuk]], 5-month-old girl from [[TOWN:Pangnirtung]], ex-33-weeker, RSV.\n"
     "\n"
     "[[DATE:Feb 2]], 0200: brought to the health centre by her grandmother. Sats 82% RA, RR 78, grunting. The nurse-in-charge started HFNC 2 L/kg/min on the one infant circuit they own.\n"
     "Next day: ground blizzard, medevac grounded 30 h, pCO2 climbing to 71.\n"
     "[[DATE:Feb 4]], 1430: wheels up to [[FAC:Qikiqtani General Hospital]] ([[FAC:QGH]]), intubated there, then our team brought her south to [[FAC:CHEO]].\n"
     "\n"
     "The consent piece: she was adopted at birth under Inuit custom adoption by her grandmother, [[REL:Oopah Akpalialuk]]. The birth mother is 17 and lives in [[TOWN:Iqaluit]]. The chart had only the birth mother's cell ([[PHONE:867-555-0132]]), and we got verbal consent for a central line from her before anyone realised the grandmother is the legal parent. Grandma speaks Inuktitut only; interpreter [[HCP:Annie Nowdlak]] at [[FAC:Larga Baffin]] sorted it out at 0300 over video.\n"
     "\n"
     "Update [[DATE:3/1]]: extubated day 6, home to [[TOWN:Pangnirtung]]. No harm, but the line consent was technically from the wrong person.\n"
     "\n"
     "How are other southern PICUs documenting custom adoption when there is no paper on the chart? The Aboriginal Custom Adoption Recognition Act process exists but plenty of families never register."),
    # 003 Quebec ICU family meeting in French: blended family, ex-wife, stepdaughter, homologated mandate; RAMQ; relative shares a first name with a replying member
    ("Réunion de famille difficile hier, j'aimerais vos avis. Intensiviste à l'[[FAC:Hôpital Sainte-Marie]] de [[TOWN:Trois-Rivières]].\n"
     "\n"
     "M. [[PT:Réjean Bellerose]], 88 ans, RAMQ [[PLAN:BELR 3601 1412]], choc septique sur cholangite, J5 aux soins intensifs, vasopresseurs en hausse, insuffisance rénale anurique. Transféré de l'[[FAC:Hôpital du Centre-de-la-Mauricie]] à [[TOWN:Shawinigan]] le [[DATE:3 mars]].\n"
     "\n"
     "Autour de la table :\n"
     "- sa conjointe actuelle, [[REL:Gisèle Pépin]]\n"
     "- ses deux fils du premier mariage, [[REL:Étienne]] et [[REL:Marc-André Bellerose]]\n"
     "- son ex-épouse, [[REL:Lise Gauthier]], qui n'a aucun statut légal mais que les fils ont amenée\n"
     "- la fille de sa conjointe, [[REL:Nathalie]], qui l'appelle « papa »\n"
     "- une nièce, [[REL:Julie Bellerose-Roy]], notaire, qui a apporté un mandat de protection homologué en [[YEAR:2022]] la nommant mandataire\n"
     "\n"
     "[[REL:Étienne]] veut tout continuer (dialyse, ECMO si possible). La mandataire dit que son oncle avait été clair : niveau de soins C. Sa conjointe pleure et n'ose pas contredire les fils.\n"
     "\n"
     "EDIT : pour ceux qui demandent, le niveau de soins au dossier datait de [[DATE:novembre]] et disait déjà « pas de réanimation ».\n"
     "\n"
     "Réponse de @slaroche_icu :\n"
     "> « la mandataire dit que son oncle avait été clair »\n"
     "Le mandat homologué a préséance, mais faites une deuxième rencontre avec le comité d'éthique. Les fils ont besoin d'entendre la volonté de leur père, pas la tienne.\n"
     "\n"
     "Réponse de @ebrassard :\n"
     "Même prénom que le fils, alors je me sens visé, haha. D'accord avec Sophie. Et documente qui était présent : l'ex-épouse n'a pas à signer quoi que ce soit.\n"
     "\n"
     "Suivi du OP, [[DATE:8 mars]] : décès paisible après retrait des vasopresseurs, famille présente, [[REL:Étienne]] a remercié l'équipe."),
    # 004 New Brunswick–Maine cross-border stroke: Acadian worker at an Edmundston sawmill who lives in Maine; telestroke; insurance across the line
    ("Cross-border stroke question, ED doc in [[TOWN:Edmundston]].\n"
     "\n"
     "58M, [[PT:Aurèle Cyr]], lives in [[TOWN:Madawaska]] on the Maine side and works at the [[FAC:Scierie Thériault et Fils]] sawmill on our side. Collapsed on the line at 1340 on [[DATE:June 12]], LKW 1325. NIHSS 17, left MCA.\n"
     "\n"
     "- 1410: CT/CTA at [[FAC:Edmundston Regional Hospital]]: M1 occlusion, ASPECTS 9.\n"
     "- 1418: telestroke with the neurologist on call in [[TOWN:Moncton]]; TNK given at 1431.\n"
     "- EVT means [[FAC:Saint John Regional Hospital]], 4 h by road or a wait for the plane.\n"
     "- His wife [[REL:Claudette Cyr]] arrived at 1500 and asked that he go to [[FAC:Northern Light Eastern Maine Medical Center]] in [[TOWN:Bangor]] instead, because \"the Canadian hospital won't take his insurance.\"\n"
     "\n"
     "He has MaineCare (member ID [[PLAN:771204839]]) and no NB Medicare. We sent him to [[FAC:SJRH]] anyway; thrombectomy TICI 2b, NIHSS 6 at 24 h. Then the bill arrived at their house on [[STREET:212 Bellevue Street]], [[ZIP:04756]], for a little over $41,000 CAD.\n"
     "\n"
     "Does anyone know whether MaineCare reimburses emergency EVT done in Canada? The [[FAC:Edmundston]] business office says they've never had one go through."),
    # 005 Akwesasne kidney transplant: patient with a weekday surname, Cornwall Island, Status number, cross-border listing; weekdays used plainly too
    ("Transplant nephrology, looking for anyone who has listed a patient in two countries.\n"
     "\n"
     "[[PT:Wendell Sunday]], 46, Mohawk, lives on [[PLACE:Cornwall Island]] ([[PLACE:Akwesasne]], Ontario portion). ESKD from diabetic nephropathy, on HD Monday/Wednesday/Friday at [[FAC:Cornwall Community Hospital]]. OHIP [[PLAN:5521 884 103 KT]], Status registry no. [[ID:1450087302]].\n"
     "\n"
     "Mr. [[PT:Sunday]] has been on the list at [[FAC:The Ottawa Hospital]] since [[DATE:October 2021]]. Half his family is on the New York side in [[TOWN:Hogansburg]], and his cousin [[REL:Ransom Lazore]] wants to donate. [[REL:Ransom]] is insured through his employer ([[FAC:Akwesasne Mohawk Casino]]) and his workup is happening at [[FAC:Albany Medical Center]], which wants the recipient listed there too.\n"
     "\n"
     "Issues so far:\n"
     "1. HLA typing was repeated at both centres because neither would accept the other's lab.\n"
     "2. The Jay Treaty lets him cross freely, but OHIP will only cover an out-of-country transplant with prior approval, which took four months.\n"
     "3. His dialysis unit nurse has been the only person coordinating both sides, on her own time.\n"
     "\n"
     "Update: crossmatch negative. Surgery at [[FAC:Albany Med]] booked, Sunday travel planned so he can dialyze Saturday first. Any tips on getting the post-transplant labs drawn in Canada and read in the US?"),
    # 006 Manitoba fly-in First Nation dialysis relocation: Winnipeg HSC (same short form as St. John's), North End address, fundraiser URL, relatives
    ("Nephrology, [[TOWN:Winnipeg]]. This is more of a vent than a question.\n"
     "\n"
     "[[PT:Ernestine Harper]], 62, from [[PLACE:Garden Hill First Nation]], started HD in [[DATE:August]] at [[FAC:Health Sciences Centre]] ([[FAC:HSC]]). No dialysis in the [[PLACE:Island Lake]] communities, so like everyone else she had to relocate. She has been living at [[STREET:455 Selkirk Avenue, Suite 3]] in the [[PLACE:North End]] with her grandson [[REL:Tyson Harper]], who left his job at the [[FAC:Wasagamack Northern Store]] to come down with her. Her daughter [[REL:Bernice]] calls the unit at [[PHONE:204-555-0109]] most evenings.\n"
     "\n"
     "Timeline:\n"
     "- [[DATE:Aug 14]]: urgent start via IJ catheter after flying in with a K of 7.1.\n"
     "- Fall: AVF placed, matured by [[DATE:Nov 20]].\n"
     "- [[DATE:Dec 23]]: missed two runs because she flew home for [[DATE:Christmas]] and the winter road was not open for the return.\n"
     "- [[DATE:Dec 27]]: back in by medevac with pulmonary edema.\n"
     "\n"
     "Her daughter set up a fundraiser for a second trip home ([[URL:https://www.gofundme.com/f/bring-kokum-ernestine-home]]) and it was shared about six hundred times in the community.\n"
     "\n"
     "PD is the obvious answer and she wants it, but she'd need a reliable water supply and a place to store 20 boxes, and the nurse who would train her in the community left in the spring. Jordan's Principle doesn't apply to adults, NIHB covers the flights but not the grandson's lost wages.\n"
     "\n"
     "Has anyone actually made home PD work in a fly-in community without a resident nurse?"),
    # 007 Saskatchewan harvest PTO injury: the town is named Osler; legal land location; STARS; Mennonite church; son found him
    ("Trauma surgery, [[TOWN:Saskatoon]]. M&M-ish follow-up from our rural outreach meeting.\n"
     "\n"
     "[[PT:Abram Friesen]], 58, farms at [[STREET:NE 14-39-4 W3]] just outside [[TOWN:Osler]]. On [[DATE:Sept 9]], mid-harvest, his jacket caught in the PTO shaft of the auger. His son [[REL:Jake Friesen]] found him about 20 minutes later and called 911.\n"
     "\n"
     "- 1712: [[FAC:STARS]] launched from [[TOWN:Saskatoon]], on scene 1731 (landed in the stubble).\n"
     "- Degloving of the left arm, open humerus, pelvic binder for a widened SI joint, FAST neg. 2 units of whole blood in the air.\n"
     "- 1804: arrived [[FAC:Royal University Hospital]] ([[FAC:RUH]]), straight to OR with ortho and plastics.\n"
     "- HD#3: above-elbow amputation after failed revascularisation.\n"
     "\n"
     "What I want to flag: the ground crew were sent first to the wrong quarter because the 911 caller gave the road name the family uses, not the land location, and dispatch only had the land description. Several minutes lost. His wife [[REL:Helena]] asked afterwards whether we could put the land location on the farm gate, which the RM is apparently now doing for every yard.\n"
     "\n"
     "Sask Health card [[PLAN:771 403 215]]. Family asked that updates go through their pastor at [[FAC:Osler Mennonite Church]] while they are at the hospital.\n"
     "\n"
     "Osler (the man) would probably have something pithy to say about the number of [[TOWN:Osler]] patients we see every harvest."),
    # 008 Alberta border trucker NSTEMI at Coutts: employer, dispatcher, truck plate and VIN, class 1 licence, Ontario wife, fitness to drive
    ("Cardiology, [[TOWN:Calgary]]. Fitness-to-drive question with a twist.\n"
     "\n"
     "[[PT:Harjit Singh Dhaliwal]], 52, long-haul driver for [[FAC:Prairie Sun Transport]] out of [[TOWN:Mississauga]]. Chest pain in the secondary inspection lane at the [[TOWN:Coutts]] crossing on [[DATE:Nov 3]]. CBSA called EMS; taken to [[FAC:Medicine Hat Regional Hospital]]. hs-trop 18 → 2,340. NSTEMI, flown to [[FAC:Foothills Medical Centre]], PCI to the LAD on [[DATE:Nov 4]].\n"
     "\n"
     "The truck sat at the border for three days (tractor plate [[PLATE:BRX-4471]], VIN [[VIN:1XKYD49X0NJ412873]]) until the dispatcher, [[REL:Dean Kowalchuk]], found a driver to bring it back. He phoned the CCU four times asking when the driver would be \"cleared to roll,\" and at one point read us the driver's class 1 licence number ([[LIC:D4471-80923-51207]]) so we could \"put it on the form.\"\n"
     "\n"
     "EF 40%, so under the CCS/CMA guidance he's off commercial driving for at least 4 weeks, and Ontario has mandatory reporting. His wife [[REL:Manpreet Kaur]] in [[TOWN:Brampton]] is worried about the mortgage; his OHIP is [[PLAN:7730 221 604 HD]] and the Alberta hospital billed reciprocal.\n"
     "\n"
     "Reply from another cardiologist:\n"
     "> \"read us the driver's class 1 licence number\"\n"
     "Don't let the employer steer the report. The report goes to the MTO, not [[FAC:Prairie Sun]].\n"
     "\n"
     "OP: Agreed. Report sent, and he knows why."),
    # 009 Vancouver Downtown Eastside overdose: SRO hotel, nickname in quotes, sister, MSP number, TikTok handle, Bellingham history; surname is a city
    ("Toxicology consult at [[FAC:St. Paul's Hospital]], wanted some input on a nitazene case.\n"
     "\n"
     "[[PT:Kyle Whitehorse]] (\"[[PT:Ghost]]\" to everyone at the [[FAC:Cordova Arms Hotel]]), 31, found down in his room at 0640 on [[DATE:April 2]]. Responded partially to 0.4 mg naloxone by the tenant support worker, then 4 mg IN by EMS, then a drip. Urine screen: fentanyl, bromazolam. Our tox lab later confirmed protonitazene.\n"
     "\n"
     "He had been in [[TOWN:Bellingham]] until [[DATE:February]] and says the supply there was \"all tranq.\" No xylazine here.\n"
     "\n"
     "He's on MSP ([[PLAN:9876 543 210]]), no fixed family doctor, and his sister [[REL:Raven Whitehorse]] found out he was admitted from his own TikTok ([[HANDLE:@ghost.on.hastings]]), where he posted from the ICU bed on day 2.\n"
     "\n"
     "Points for discussion:\n"
     "- Naloxone needs: 6.4 mg over 3 h, then 0.8 mg/h for 30 h. Longer than fentanyl alone.\n"
     "- He wants to go back to the [[PLACE:Downtown Eastside]] and does not want OAT. We offered a Sublocade start, declined.\n"
     "\n"
     "EDIT [[DATE:4/6]]: left AMA from 7A at 0200. Outreach nurse [[HCP:Jordan Thiessen]] found him later that day near [[STREET:Main]] and [[STREET:Hastings]] and he agreed to a take-home kit."),
    # 010 Yukon hypothermia from a fly-in community: ECMO at VGH, uncle, Yukon health number; Swiss staging and temperatures not PHI
    ("Short version of a long night, internal med at [[FAC:Whitehorse General Hospital]].\n"
     "\n"
     "[[PT:Stanley Charlie]], 44, from [[TOWN:Old Crow]]. Skidoo broke down on the river trail on [[DATE:December 28]]; found by his uncle [[REL:Elias Kassi]] after about 9 h at -41 °C. Swiss stage HT III, core 24.1 °C by esophageal probe at the [[FAC:Old Crow Health Centre]], intermittent VF.\n"
     "\n"
     "LUCAS on the plane for most of the 800 km. We were ready with the bypass question, but no ECMO in the territory, so straight on to [[FAC:VGH]], ROSC after rewarming to 30 °C.\n"
     "\n"
     "Yukon health care no. [[PLAN:104 772 389]]. Update from his uncle [[DATE:Jan 9]]: extubated, talking, lost four toes. He says he'll be on the trail again by spring."),
    # 011 NWT tuberculosis contact tracing: Tłı̨chǫ community, diamond mine rotation, NWT health number, public health nurse; holiday dating travel
    ("ID here, [[TOWN:Yellowknife]]. Looking for experience with contact tracing across a fly-in/fly-out mine rotation.\n"
     "\n"
     "Index case: [[PT:Florence Mantla]], 37, from [[TOWN:Behchokǫ̀]], smear 3+, cavitary RUL, admitted to [[FAC:Stanton Territorial Hospital]] on [[DATE:Jan 11]]. NWT health no. [[PLAN:D4471290]]. Works two-in/two-out as a camp cook at the [[FAC:Ekati mine]].\n"
     "\n"
     "Exposure windows:\n"
     "- Camp rotation [[DATE:Nov 18]]–[[DATE:Dec 2]]: ~140 workers, shared kitchen, southern workers who've gone home to Alberta, Newfoundland and Ontario.\n"
     "- Flew to [[TOWN:Inuvik]] for [[DATE:Christmas]] with her partner [[REL:Lawrence Drybones]] and his three kids.\n"
     "- Home in [[TOWN:Behchokǫ̀]] through [[DATE:New Year's]] with 11 people in a three-bedroom house.\n"
     "\n"
     "The regional public health nurse is carrying most of this. The mine's occupational health team has been cooperative but their contact list is by employee number, not by name.\n"
     "\n"
     "Has anyone had luck getting southern provinces to follow up mine contacts within the 8-week IGRA window?"),
    # 012 PEI long-term care, age 97: POA named in a document vs sons at the bedside; nickname; fax number of the home; feeding tube question
    ("Geriatrics, [[TOWN:Charlottetown]]. A POA mess I'd love some help thinking through.\n"
     "\n"
     "[[PT:Margaret]] \"[[PT:Peg]]\" [[PT:Gallant]], [[AGE:97]], resident of [[FAC:Malpeque Shores Manor]] since [[YEAR:2019]], advanced Alzheimer disease (FAST 7c). Admitted to [[FAC:QEH]] on [[DATE:May 2]] with aspiration pneumonia, her third since [[DATE:January]].\n"
     "\n"
     "Her sons, [[REL:Ronnie]] and [[REL:Gerard Gallant]], want a PEG. The POA for personal care, signed years ago, names her niece [[REL:Anne-Marie Arsenault]] from [[TOWN:Summerside]], who says [[PT:Peg]] told her \"no tubes, no machines\" when her own sister was dying there.\n"
     "\n"
     "The home faxed the POA over ([[FAX:902-555-0188]]) but the copy is missing the witness page. The boys say it was \"never finished.\" [[REL:Anne-Marie]] says the original is in a safety deposit box and the bank is closed until after the long weekend.\n"
     "\n"
     "Meanwhile speech-language says pleasure feeds with accepted risk, her LTC physician of many years agrees, and the sons have called a lawyer.\n"
     "\n"
     "Anyone been through the Consent to Treatment and Health Care Directives Act process where the directive's validity was contested?"),
    # 013 Nova Scotia tumor board: Cape Breton miner at a colliery named Phalen, Sydney and the Sydney criteria; WCB claim; daughter shares a first name with a replying member
    ("Thoracic tumor board summary from the [[FAC:QEII]] in [[TOWN:Halifax]], posting the discussion for the folks who couldn't dial in.\n"
     "\n"
     "[[PT:Angus]] \"[[PT:Gus]]\" [[PT:MacNeil]], 71, [[TOWN:Glace Bay]]. MRN [[MRN:H2047713]]. Underground at [[FAC:Phalen Colliery]] [[YEAR:1974]] to [[YEAR:1999]]. Right pleural effusion worked up at [[FAC:Cape Breton Regional Hospital]] in [[TOWN:Sydney]].\n"
     "\n"
     "- [[DATE:6/3]]: thoracentesis, exudate by Light's criteria, cytology atypical.\n"
     "- [[DATE:6/17]]: VATS pleural biopsy by Dr. [[HCP:Chiasson]]: epithelioid mesothelioma, BAP1 loss.\n"
     "- PET: no extrapleural disease. PS 1.\n"
     "\n"
     "Board (Dr. [[HCP:Mahmoud Al-Khatib]], path; Dr. [[HCP:Rosalind Tran]], med onc): nivolumab/ipilimumab per CheckMate 743 rather than EPP/P-D. Referral to the cancer centre for first dose.\n"
     "\n"
     "His daughter [[REL:Fiona MacNeil]] (teaches at [[FAC:Glace Bay Elementary]]) is pushing for a WCB claim; the asbestos exposure is documented from the colliery years. WCB claim no. [[ID:2231-7784]].\n"
     "\n"
     "Reply from @fchisholm:\n"
     "> \"daughter [[REL:Fiona]]\"\n"
     "Not me, I promise, though half the island is related to me. For the WCB, the occupational history letter matters more than the pathology. Happy to look at it before it goes."),
    # 014 Maine MFM: Passamaquoddy patient on buprenorphine crossing to New Brunswick; PPROM; Calais to Bangor; DCF caseworker; county shares its name with Mississippi's
    ("MFM, [[TOWN:Bangor]]. Transfer story plus a plan-of-safe-care question.\n"
     "\n"
     "[[PT:Brianna Sockabasin]], 24, G3P1, from [[PLACE:Sipayik]] ([[PLACE:Pleasant Point]]), [[COUNTY:Washington County]]. On buprenorphine 16 mg since [[YEAR:2022]], stable, prescribed through the tribal clinic.\n"
     "\n"
     "- [[DATE:Oct 9]], 29+2: PPROM while visiting her aunt in [[TOWN:St. Stephen]], NB. Came back across the bridge to [[FAC:Calais Regional Hospital]] rather than go to the Canadian side, \"because my MaineCare works here.\"\n"
     "- Betamethasone #1 there, then transferred by ground to us at [[FAC:EMMC]].\n"
     "- [[DATE:Oct 16]], 30+2: chorio, delivered by CS. Baby to our NICU, NOWS scores low.\n"
     "\n"
     "DCF caseworker [[REL:Heather Pelletier]] called the unit on day 2 wanting a urine drug screen on the baby. Buprenorphine-positive, as expected, and documented as prescribed. Her partner, [[REL:Devon Neptune]], was upset that he had to be at the hospital for a \"safety meeting\" while working a shift at [[FAC:Woodland Pulp]].\n"
     "\n"
     "Under CAPTA, prescribed MOUD still triggers a notification but not a report, and Maine's plan of safe care was written for exactly this. Is anyone else still seeing caseworkers treat notification as an investigation?"),
    # 015 Vermont first-episode psychosis at the border library; 11 days of ED boarding; public guardian and docket number; Berlin the town
    ("Psych C-L question about boarding, from the [[PLACE:Northeast Kingdom]].\n"
     "\n"
     "[[PT:Wyatt Lamoille]], 19, from [[TOWN:Derby Line]]. Brought in on [[DATE:July 3]] after Border Patrol found him inside the [[FAC:Haskell Free Library]] (the one with the line painted across the floor), insisting he had to stand on the line to be safe. First-episode psychosis, heavy cannabis.\n"
     "\n"
     "Emergency exam signed at [[FAC:North Country Hospital]], then 11 days in their ED waiting for a level 1 bed at [[FAC:Vermont Psychiatric Care Hospital]] in [[TOWN:Berlin]]. No meds for the first 9 days because he refused and nobody in the ED wanted to be the one to file. His mother lives on the Quebec side in [[TOWN:Stanstead]] and could only visit when she remembered her passport.\n"
     "\n"
     "On day 9 the court appointed a public guardian, [[REL:Colleen Ames]], and an Act 114 petition was filed (docket [[ID:24-MH-00871]]). Transferred day 12.\n"
     "\n"
     "How are other small EDs handling involuntary medication while a patient boards for more than a week? We're now writing a protocol and I don't want to reinvent it."),
    # 016 Boston early liver transplant for alcohol-associated hepatitis: Haitian family, pastor's letter, interpreter; Maddrey 92 and Lille are not an age or a place
    ("Transplant hepatology, [[TOWN:Boston]]. Early LT committee discussion, curious how other programs weigh social support.\n"
     "\n"
     "[[PT:Wilner Jean-Baptiste]], 54, from [[PLACE:Mattapan]]. First presentation of alcohol-associated hepatitis, admitted [[DATE:2/11]] to [[FAC:Beth Israel Deaconess]]. Maddrey DF 92, MELD 38, Lille at day 7 0.62, so a steroid non-responder.\n"
     "\n"
     "For: no prior liver diagnosis, no prior attempt at treatment, insight (\"I did this to myself, I want to see my grandchildren\"), wife [[REL:Mirlande]] and two adult sons committed to the 24/7 supervision plan. His pastor, [[REL:Elie Pierre-Louis]] of [[FAC:Église Baptiste Bethel]], wrote a letter and offered a church member to drive him to every appointment.\n"
     "Against: daily drinking for 20+ years, and the committee's SW felt the family was \"overpromising.\" The Haitian Creole interpreter, [[HCP:Fabienne Toussaint]], pointed out afterwards that the SW interview was done through a phone line with a different interpreter and a lot was lost.\n"
     "\n"
     "Listed [[DATE:2/20]]. MassHealth [[PLAN:100427719843]].\n"
     "\n"
     "Update [[DATE:3/14]]: transplanted on day 11 of listing. Sober, walking laps."),
    # 017 Bronx sickle cell acute chest: Montefiore's Moses campus (a facility that looks like a name), Three Kings Day, Medicaid CIN, mother
    ("Heme/ICU crossover. [[PT:Yaritza Peña]], 23, HbSS, came into [[FAC:Montefiore]] ([[FAC:Moses]]) on the night of [[DATE:Three Kings Day]] after a family party in [[PLACE:Kingsbridge]], pain crisis → acute chest by HD#2.\n"
     "\n"
     "- HD#2: SpO2 86% on 6 L, new bilateral infiltrates, Hgb 6.1 from 8.4.\n"
     "- HD#3: ICU, HFNC 50 L/60%, simple transfusion not enough, red cell exchange via a Mahurkar.\n"
     "- HD#6: to the floor.\n"
     "\n"
     "Her mother [[REL:Altagracia Peña]] keeps a binder of every admission, including eight at [[FAC:NewYork-Presbyterian]] before she switched to us, because \"nobody reads the old ones.\" She's right: the [[FAC:NYP]] records showed a prior anti-E, which our blood bank did not know about. Dr. [[HCP:Nwachukwu]] got them faxed over at 3 am.\n"
     "\n"
     "NY Medicaid CIN [[PLAN:KT48213M]].\n"
     "\n"
     "Question for the heme folks: do you put known alloantibodies into a shared regional registry? We obviously need one."),
    # 018 New Jersey Orthodox family and brain death: religious exemption under the state statute; rabbi, parents, yeshiva; Purim dating the crash; Harvard criteria untagged
    ("Neurocritical care, [[FAC:Jersey Shore University Medical Center]]. Hard case, and I'd value views from anyone who's worked under the NJ religious exemption.\n"
     "\n"
     "[[PT:Yisroel Mendelsohn]], 19, student at [[FAC:Yeshiva Keter Torah]] in [[TOWN:Lakewood]], [[COUNTY:Ocean County]]. Unrestrained passenger in a rollover on [[DATE:Purim]] night. GCS 3 on arrival, herniated despite everything.\n"
     "\n"
     "Two complete exams by AAN criteria plus a confirmatory nuclear flow study on HD#3 meet brain death. (A colleague kept citing the Harvard criteria, which is not what we use.) His parents, [[REL:Chaim]] and [[REL:Rivka Mendelsohn]], with their rav, Rabbi [[REL:Shmuel Kahan]], invoked the NJ Declaration of Death Act exemption: death by cardiopulmonary criteria only.\n"
     "\n"
     "So he's legally alive, ventilated, on vasopressin and DDAVP, in a bed we badly need. The family is gracious and grateful and completely clear.\n"
     "\n"
     "Not looking to change the law. Looking for practical advice: how long have your units supported a patient under the exemption, and who paid?\n"
     "\n"
     "EDIT: several people asked. No, organ donation is not on the table, and we haven't raised it again."),
    # 019 Kentucky second valve for injection-related endocarditis: first name is a state, town named Hazard, hospital short form that is a surname
    ("ID consult, [[FAC:UK HealthCare]] in [[TOWN:Lexington]]. Second valve question; ethics is involved and I'd like outside opinions.\n"
     "\n"
     "[[PT:Dakota Ray Caudill]], 27, from [[TOWN:Cumberland]] in [[COUNTY:Harlan County]]. Tricuspid MSSA endocarditis, first TVR here in [[DATE:March]] after transfer from [[FAC:Harlan ARH Hospital]]. Discharged on buprenorphine with a bridge to a clinic in [[TOWN:Hazard]], but the first appointment at [[FAC:Hazard ARH]] was three weeks out and he relapsed in ten days.\n"
     "\n"
     "Back [[DATE:Sept 22]]: prosthetic valve vegetation 2.1 cm, septic pulmonary emboli, creatinine 2.8. CT surgery at [[FAC:Chandler]] is reluctant to redo.\n"
     "\n"
     "My take: the first discharge failed him, not the other way round. [[PT:Dakota]] has been on buprenorphine in hospital for 4 weeks, wants the surgery, and his mother [[REL:Loretta]] has moved into the Ronald McDonald-style housing to be near. The surgeons want a \"contract.\"\n"
     "\n"
     "Any programs that have moved away from contracts and toward embedded addiction care for redo surgery? Looking for published protocols I can bring to our valve team."),
    # 020 Mississippi Delta accreta transfer: Greenville to Jackson (a city that is a surname), Washington County again, Juneteenth dating the bleed, Medicaid, employer
    ("MFM, [[FAC:UMMC]] in [[TOWN:Jackson]]. Debrief on an accreta transfer, looking for ideas from other rural regions.\n"
     "\n"
     "[[PT:Tamika Hollins]], 31, G5P4, four prior CS, from [[TOWN:Greenville]], [[COUNTY:Washington County]]. Complete previa with MRI-suspected percreta at 33 weeks. Plan was scheduled delivery here at 34 weeks.\n"
     "\n"
     "She started bleeding on [[DATE:Juneteenth]] at a family cookout, ~800 mL at home. Her cousin drove her to [[FAC:Delta Health]] (40 minutes), where the OB on call, Dr. [[HCP:Ferrell]], stabilized her with 4 units and called us. Our transport team got there in 2 hours.\n"
     "\n"
     "- CS-hysterectomy with IR balloons, EBL 6.5 L, MTP activated.\n"
     "- Bladder resection, ureter spared.\n"
     "- ICU 2 days; baby girl to NICU, doing fine.\n"
     "\n"
     "Her partner [[REL:Marcus Tate]] had to leave the bedside on day 2 to go back to his shift at [[FAC:Delta Pride Catfish]] or lose the job. Pregnancy Medicaid [[PLAN:0047338192]] ends at 12 months postpartum now, thankfully.\n"
     "\n"
     "The real issue: a 2-hour transport window for a known percreta. Has anyone set up an antenatal transfer-to-lodging program for a region like ours?"),
    # 021 Louisiana bayou dialysis after a hurricane: Cajun nickname, parish, a dialysis unit in a town called Cut Off, holiday weekend
    ("Nephrology, south Louisiana. Post-storm dialysis gap case, because we're about to do this again.\n"
     "\n"
     "[[PT:Alcide Boudreaux]] (\"[[PT:T-Boy]]\" to everyone), 71, from [[TOWN:Galliano]] in [[COUNTY:Lafourche Parish]]. HD MWF at [[FAC:Fresenius Kidney Care Cut Off]]. Storm landfall on the [[DATE:Labor Day]] weekend; the unit flooded and he didn't evacuate.\n"
     "\n"
     "- Missed 3 runs. K 7.8, wide QRS, brought in by his daughter by boat then truck to [[FAC:Thibodaux Regional]].\n"
     "- Emergent HD there, then sent to us because their census was full of evacuees.\n"
     "- 9 days inpatient while his unit was being rebuilt.\n"
     "\n"
     "His daughter [[REL:Nicole Boudreaux Pitre]] had his emergency packet, but the \"3-day kidney diet\" sheet was soaked. She said [[PT:T-Boy]] told her he'd \"rather drown at home than go to a shelter in [[TOWN:Houma]] again.\"\n"
     "\n"
     "How are other units tracking patients who refuse to evacuate? The ESRD Network lists help, but only if people answer their phones."),
    # 022 Florida retirement community: 96-year-old, new "friend" with POA, Baker Act vs guardianship, bank account and SSN on an APS report, member replies
    ("Geri hospitalist in central Florida. Posting because I think I made the wrong call on the Baker Act.\n"
     "\n"
     "[[PT:Dorothy Pruitt]], [[AGE:96]], widowed, lives alone in [[PLACE:The Villages]] ([[COUNTY:Sumter County]]). Admitted [[DATE:4/8]] for hyponatremia (Na 119) and a UTI. MoCA 14. A neighbor told the nurse that a man named [[REL:Rick Vance]], \"her new friend from the pool,\" got durable POA in [[DATE:January]] and has been writing checks from her account at [[FAC:Seacoast Bank]] (ending [[ACCT:4471]]).\n"
     "\n"
     "Day 3 she told me she wanted to go home and \"kill [[REL:Rick]].\" Flat affect, no plan, no means. I did not Baker Act her; psych agreed she didn't meet criteria. Instead we filed with APS (report [[ID:2024-118473]], with her SSN [[SSN:261-55-0148]], DOB and everything, which felt excessive) and asked the court for an emergency temporary guardian.\n"
     "\n"
     "[[REL:Vance]] showed up day 5 with a lawyer and a discharge plan to a memory care place he picked.\n"
     "\n"
     "Reply from Dan Whitcomb:\n"
     "> \"I did not Baker Act her\"\n"
     "Right call. The Baker Act is for mental illness with danger, not for exploitation. The emergency temporary guardianship is the tool. Also check the POA date against her MoCA history: a POA signed while she already lacked capacity can be challenged.\n"
     "\n"
     "OP: Thanks Dan. The court appointed a professional guardian on [[DATE:4/19]]."),
    # 023 Atlanta thrombectomy: patient named Grady at Grady, wife named for a city, granddaughter named Savannah; Washington as a surname and as a state
    ("Stroke neurology, [[TOWN:Atlanta]]. A name mix-up that almost cost us a CT slot.\n"
     "\n"
     "[[PT:Grady Washington]], 67, from [[TOWN:Decatur]]. Wife [[REL:Odessa]] found him at 0615, LKW 2330 the night before. Taken by EMS to [[FAC:Emory Decatur]], CTP mismatch, transferred to [[FAC:Grady Memorial]] for EVT under DAWN criteria.\n"
     "\n"
     "When the transfer call came in, the charge nurse heard \"[[FAC:Grady]] patient, Mr. [[PT:Washington]]\" and registered him as an internal transfer from our own ED. He sat in the queue without a bed assignment for 25 minutes. His granddaughter [[REL:Savannah]], who'd driven behind the ambulance, finally walked up to the desk and asked why her granddad \"named after this hospital\" was waiting.\n"
     "\n"
     "Groin puncture at 1112, TICI 3. NIHSS 18 → 4 at discharge. His sister flew in from Washington state for the discharge and told everyone in [[FAC:Grady]]'s lobby.\n"
     "\n"
     "Lesson: we now read the transfer name back letter by letter. Anyone else have a name-collision story with their own hospital?"),
    # 024 Laredo severe dengue from across the river: compound Spanish surnames, nickname, Nuevo Laredo hospital, CURP, Spanish-language date
    ("ID, [[FAC:Laredo Medical Center]]. Severe dengue, and a reporting question.\n"
     "\n"
     "[[PT:María Guadalupe Treviño Garza]] (\"[[PT:Lupita]]\"), 38, lives in [[TOWN:Nuevo Laredo]] and crosses daily to clean houses in [[TOWN:Laredo]]. Fever from [[DATE:15 de agosto]], seen twice at the [[FAC:Hospital General de Nuevo Laredo]], sent home with paracetamol.\n"
     "\n"
     "Day 5 of illness: abdominal pain, vomiting, Hct 52, plt 18k, cold extremities, pulse pressure 15. Her husband [[REL:Rogelio Salinas]] drove her to our ED. NS1 positive, DENV-2 by PCR. Compensated shock, careful crystalloid per the WHO 2009 scheme, no blood needed. Home day 4.\n"
     "\n"
     "She's a Mexican national, so the Texas DSHS report went in with her CURP ([[ID:TEGM860412MTSRRR07]]) as the only identifier and our infection preventionist spent a day finding out whether DSHS or the Mexican side counts the case. Turns out both, with different case definitions.\n"
     "\n"
     "Is anyone coordinating binational dengue surveillance in [[COUNTY:Webb County]] this season? We have three more this month."),
    # 025 Navajo Nation rattlesnake bite: chapter community, highway contract box address, grandmother who speaks Diné, antivenom; a reservation is a place
    ("Peds ED → PICU, Arizona. Snakebite case with a logistics question.\n"
     "\n"
     "[[PT:Lorenzo Begay]], 14, bitten on the hand by a rattlesnake while herding sheep near [[PLACE:Many Farms]] on the [[PLACE:Navajo Nation]]. Family address is [[STREET:HC 61 Box 4420]], [[ZIP:86538]], about 40 minutes of dirt road from pavement.\n"
     "\n"
     "- Bite ~1500, arrived [[FAC:Chinle Comprehensive Health Care Facility]] 1715. Swelling past the elbow, plt 44k, fibrinogen <60.\n"
     "- 6 vials of CroFab, then another 6, then flown to [[FAC:Phoenix Children's]].\n"
     "- Late recurrent coagulopathy day 5; re-dosed.\n"
     "\n"
     "His grandmother [[REL:Ella Yazzie]] came with him. She speaks Diné and some English; the plane had no room for a second escort, so his uncle [[REL:Harrison Begay]] drove 5 h through the night.\n"
     "\n"
     "Question: for kids from remote chapters, do you use Anavip up front for its longer half-life to avoid the day-5 recurrence? Follow-up labs are the real problem out here."),
    # 026 Colorado HAPE at altitude: Persian visitor, Nowruz dating the trip, rented cabin address, Leadville to Lakewood (a town name shared with New Jersey)
    ("Rural ED, Colorado. Quick HAPE discussion.\n"
     "\n"
     "[[PT:Darius Rahimi]], 34, flew in from [[TOWN:Irvine]] on a Thursday and drove straight up to a rented cabin at [[STREET:118 Lakeview Drive]] in [[TOWN:Twin Lakes]] to celebrate [[DATE:Nowruz]] with his wife [[REL:Shirin Farahani]] and her family. Day 2 dyspnea, day 3 pink frothy sputum.\n"
     "\n"
     "Presented to [[FAC:St. Vincent Health]] in [[TOWN:Leadville]]: SpO2 64% RA, CXR patchy bilateral. Nifedipine and O2 brought him to 90%. We sent him down to [[FAC:St. Anthony Hospital]] in [[TOWN:Lakewood]] rather than keep him at 10,000 ft, per the Lake Louise score and the WMS guideline.\n"
     "\n"
     "Sea-level people do this every spring. Do others still give nifedipine first, or just descend?"),
    # 027 Utah ALS family of nine: church ward vs hospital ward, Bishop as a title, a son named Brigham, a family updates email; Spanish Fork
    ("Neuromuscular, [[FAC:University of Utah Hospital]]. Trach decision in a very big family.\n"
     "\n"
     "[[PT:LaVar Christiansen]], 68, ALS diagnosed [[DATE:June 2022]], from [[TOWN:Spanish Fork]]. FVC 28%, NIV 22 h/day, now aspirating. Admitted [[DATE:Feb 6]] with pneumonia from [[FAC:Intermountain Utah Valley Hospital]].\n"
     "\n"
     "He has nine children. Family meeting two days later had wife [[REL:Arlene]], seven of the nine in person, two on video from Texas, and Bishop [[REL:Nielsen]] from his ward at the [[FAC:Spanish Fork 14th Ward]]. (The resident thought \"ward\" meant a hospital unit for the first ten minutes.)\n"
     "\n"
     "He wanted a trach. His oldest son [[REL:Brigham]] (no relation to the hospital, he jokes) does not, because of what home vent care will mean for his mother, who is 70 with her own heart failure. The family sends updates to everyone through [[EMAIL:christiansen.family.updates@gmail.com]] and [[REL:Brigham]] forwarded our meeting notes to 40 people.\n"
     "\n"
     "[[PT:LaVar]] chose trach. Home vent with a rotating family schedule; church volunteers are covering nights."),
    # 028 Montana: horse kick on the Crow Reservation, critical access hospital to Billings; multi-word ordinary-word surname
    ("Rural FM, southeast Montana. Short one.\n"
     "\n"
     "[[PT:Lyle Goes Ahead]], 49, kicked by a colt while shoeing at his place near [[TOWN:Lodge Grass]] on the [[PLACE:Crow Reservation]]. Seen at [[FAC:Crow/Northern Cheyenne Hospital]]: liver lac grade III on CT, HR 118. We sent him to [[FAC:Billings Clinic]] by ground because the helicopter was out. Non-op, did well.\n"
     "\n"
     "His sister [[REL:Darlene Goes Ahead]] says he was back on a horse in [[DATE:October]]. Anyone else notice how many grade III liver lacs they manage non-op in small hospitals while waiting on transport?"),
    # 029 South Dakota pediatric DKA by telemedicine from an IHS hospital; child's school; pH and weights as numbers
    ("Peds endo, [[TOWN:Sioux Falls]]. Tele-DKA from a small hospital.\n"
     "\n"
     "[[PT:Tatum Two Bulls]], 9, new-onset T1D, brought by her mom [[REL:Renee]] from [[FAC:Red Cloud Indian School]] after vomiting at lunch. Seen at [[FAC:Pine Ridge IHS Hospital]]: pH 6.98, HCO3 4, glucose 612, GCS 14, 24 kg.\n"
     "\n"
     "We ran the first 6 hours by video from [[FAC:Sanford Children's]] while waiting for the fixed wing: 10 mL/kg bolus, two-bag system at 1.5x maintenance, insulin 0.05 u/kg/h because of the cerebral edema risk. Headache at hour 4, hypertonic saline given before the plane landed.\n"
     "\n"
     "Arrived [[DATE:Dec 10]] 0300, MRI normal. Home day 4 with a CGM.\n"
     "\n"
     "Tele-DKA protocols: does anyone run 0.05 routinely for kids at high edema risk?"),
    # 030 Minneapolis Somali elder: age by papers vs family's estimate, interpreter, Ramadan, apartment address, sons and daughter-in-law
    ("Geriatrics consult at [[FAC:HCMC]]. Capacity, culture and an age question.\n"
     "\n"
     "[[PT:Faadumo Warsame]], age [[AGE:90]] by her papers, though her sons say closer to 85. Lives with her son [[REL:Abdirahman Hersi]] at [[STREET:1810 Riverside Avenue, Apt 1204]] in [[PLACE:Cedar-Riverside]]. Admitted after a fall at home during [[DATE:Ramadan]]: she insisted on fasting despite insulin and was found hypoglycemic at 4 am.\n"
     "\n"
     "Interpreter [[HCP:Ayaan Jama]] was essential. With her, [[PT:Faadumo]] was clear: she understands the risk, she has fasted for 80 years, she will fast next year. MoCA is not valid in a woman with no formal schooling, so we used the RUDAS (22/30).\n"
     "\n"
     "Her daughter-in-law [[REL:Hodan]] agreed to the plan we settled on: basal only, no sulfonylurea, CGM with alerts on her son's phone, and an imam's letter on fasting exemption if she wants it.\n"
     "\n"
     "Has anyone tried to get a birth year corrected in the chart when the documents were assigned at a refugee camp? Ours says she's [[AGE:90]]; her family laughs."),
    # 031 Upper Peninsula snowmobile crash on New Year's Day: twin Sault Ste. Maries, tribal ID, sister on the Ontario side; patient shares a first name with a replying member
    ("Trauma, [[FAC:UP Health System–Marquette]]. Cross-border family logistics question.\n"
     "\n"
     "[[PT:Jacob]] \"[[PT:Jake]]\" [[PT:LaPointe]], 33, from the [[PLACE:Bay Mills Indian Community]]. Snowmobile into a tree on [[DATE:New Year's Day]], helmet on, BAC 0.14. Taken to [[FAC:War Memorial Hospital]] in [[TOWN:Sault Ste. Marie]]: grade IV spleen, open femur, pneumothorax. Flown to us after a chest tube and 2 units.\n"
     "\n"
     "- Splenectomy, IM nail on HD#1.\n"
     "- HD#4: ARDS, proned x2.\n"
     "- HD#11: extubated.\n"
     "\n"
     "His sister [[REL:Shawna LaPointe]] lives across the bridge in the other [[TOWN:Sault Ste. Marie]] and works nights at [[FAC:Sault Area Hospital]]. She could not get her work schedule changed and spent 6 hours at the border twice. Tribal enrollment no. [[ID:004418]] was what the IHS referral needed, and nobody had it until day 6.\n"
     "\n"
     "Reply from @jmorrow_trauma:\n"
     "> \"Cross-border family logistics question.\"\n"
     "Same first name as your patient, no relation, but my mother will ask. Post-splenectomy vaccines before discharge, and make sure the tribal health centre gets the list because he'll be back there for boosters, not with us.\n"
     "\n"
     "OP: Done, and thanks Jake. Home [[DATE:Jan 19]]."),
    # 032 Dearborn cardiogenic shock on an Impella: Yemeni family, grocery owner, Impella serial, Eid, second opinion requested from Windsor
    ("Cardiology, [[FAC:Henry Ford Hospital]] in [[TOWN:Detroit]]. A device case with a family dynamic.\n"
     "\n"
     "[[PT:Fadhl Saleh al-Maqtari]], 58, owns [[FAC:Al-Salam Grocery]] on [[STREET:12840 W Warren Ave]] in [[TOWN:Dearborn]]. Anterior STEMI the morning after [[DATE:Eid al-Adha]], door-to-balloon 68 min, SCAI stage D, Impella CP placed in the lab (serial [[DEVICE:2231-88741]]).\n"
     "\n"
     "- Day 2: hemolysis, LDH 2,400. Repositioned.\n"
     "- Day 4: RV failure, escalated to VA-ECMO.\n"
     "- Day 9: ECMO out, Impella out day 11. EF 25%.\n"
     "\n"
     "His son [[REL:Saleh]] speaks for the family; his daughter [[REL:Amal al-Maqtari]] (a pharmacist) asked for a second opinion from someone she knows at [[FAC:Windsor Regional Hospital]]. We were happy to send records, but cross-border release took 5 days because of the HIPAA/PHIPA mismatch.\n"
     "\n"
     "Discharged on day 16 with LifeVest, GDMT titrating. Anyone have a fast path for sharing records with a Canadian hospital at the family's request?"),
    # 033 Ohio Amish buggy crash: middle-initial naming, Holmes County and a town called Berlin, self-pay account, bishop, pickup plate
    ("Trauma surgery, [[FAC:Akron General]]. Self-pay and discharge planning in the Amish community.\n"
     "\n"
     "[[PT:Eli J. Yoder]], 44, father of 11, from near [[TOWN:Berlin]], [[COUNTY:Holmes County]]. Buggy rear-ended by a pickup (plate [[PLATE:JKR 4412]]) at dusk on [[DATE:Oct 24]]; the horse died at the scene. First to [[FAC:Pomerene Hospital]], then to us.\n"
     "\n"
     "Injuries: pelvic ring, liver grade II, 6 rib fractures with flail. ORIF pelvis and rib plating.\n"
     "\n"
     "The family is self-pay (account [[ACCT:4000827761]]). His bishop, [[REL:Mose Hershberger]], met with our financial counselor on day 3 with a folder of the church's past bills and asked for the self-pay discount up front, which they negotiate as a community. Wife [[REL:Miriam]] asked that he go home by day 10 because \"the church will handle the rest.\"\n"
     "\n"
     "He went home day 12 with a hospital bed donated by the church. PT comes to the farm. Anyone else doing home-based rehab for Amish trauma patients?"),
    # 034 Chicago teen gunshot wound: intersection, police wanting an interview, DCFS, guardian grandmother, school; surname is an ordinary word
    ("Peds trauma, [[FAC:Lurie Children's]]. Legal/ethics question.\n"
     "\n"
     "[[PT:DeShawn Little]], 16, GSW to the abdomen near [[STREET:63rd]] and [[STREET:Halsted]] in [[PLACE:Englewood]] on [[DATE:Aug 17]]. Taken first to [[FAC:Stroger]] (closest level I), ex-lap, 2 small bowel resections, transferred to us POD1.\n"
     "\n"
     "His legal guardian is his grandmother, [[REL:Earline Little]]. His mother is involved but does not have custody. DCFS has an open case (SCR no. [[ID:2417-0083]]) from a neglect report last year.\n"
     "\n"
     "On POD2 a CPD detective, [[REL:Ramon Ruiz]], came to the unit to interview [[PT:DeShawn]] as a witness. [[REL:Earline]] said no. The detective said a guardian's consent wasn't needed for a \"voluntary conversation.\" Our SW pushed back, and the detective left a card.\n"
     "\n"
     "His teacher from [[FAC:Marquette Park Academy]] came to visit on POD4 with a card signed by the class, which did him more good than anything we did.\n"
     "\n"
     "What's the policy at your hospitals for police interviews of minors on the floor?"),
    # 035 Kansas tick-borne febrile illness in Bourbon County (same name as a virus); Joplin referral; CDC specimen number; haying on the family ranch
    ("ID here. Possibly a Bourbon virus case; looking for anyone who's had one confirmed.\n"
     "\n"
     "[[PT:Orville Lamb]], 66, runs the [[FAC:Lamb Hereford Ranch]] near [[TOWN:Fort Scott]] in [[COUNTY:Bourbon County]]. Pulled several ticks off after haying on [[DATE:June 2]]. Fever 39.8 on [[DATE:June 6]], then leukopenia 1.4, plt 62k, AST 310.\n"
     "\n"
     "- Started doxycycline at [[FAC:Freeman Hospital West]] in [[TOWN:Joplin]], no response in 72 h.\n"
     "- Transferred to us at [[FAC:KU Medical Center]] on day 5. Ehrlichia/Anaplasma/RMSF PCR negative.\n"
     "- Sent serum to CDC for Heartland and Bourbon virus testing (specimen [[ID:2024-0611-KS-031]]).\n"
     "\n"
     "His wife [[REL:Jolene]] said the neighbors joke that the virus \"should've been named for the ranch.\" Recovered slowly, no ribavirin. CDC result pending."),
    # 036 Oklahoma nursing home, ninety-three: age in words and numbers, Cherokee Nation hospital short form that is a town, tribal citizenship number, fax
    ("Geriatrics, [[TOWN:Tahlequah]]. Anticoagulation in a frail nursing home resident.\n"
     "\n"
     "[[PT:Opal Ketcher]], [[AGE:93]]F, lives at [[FAC:Green Country Village]], AF, CHA2DS2-VASc 5. Three falls since [[DATE:March]], the last one a scalp lac sewn up at [[FAC:Hastings]] ([[FAC:W.W. Hastings Hospital]], the tribal hospital here). Her granddaughter [[REL:Sequoyah Ketcher]] wants apixaban stopped.\n"
     "\n"
     "Tribal citizen ID [[ID:0218774]]; the nursing home faxed her med list to [[FAX:918-555-0163]] with the warfarin still on it, although she has been on apixaban for 3 years.\n"
     "\n"
     "We stopped it. [[PT:Opal]] said: \"I'm [[AGE:ninety-three]], honey, I'll take my chances with a stroke over another fall.\" Anyone still using the old \"fall 295 times a year\" number with families?"),
    # 037 Nashville psych consult: country musician's intentional overdose, two ex-wives, a stepson named for a brand, a bar employer, Instagram handle
    ("Psych C-L, [[FAC:VUMC]]. Who gets information?\n"
     "\n"
     "[[PT:Travis Lee Dobbs]], 44, songwriter who plays four nights a week at [[FAC:Lower Broad Saloon]], intentional overdose of quetiapine and alcohol on [[DATE:Dec 26]]. Intubated 2 days. Now on our unit, voluntary, has capacity, and has given permission to talk to his current wife [[REL:Amber-Lynn Dobbs]] only.\n"
     "\n"
     "Who has called so far:\n"
     "- ex-wife #1, [[REL:Misty Hooper]], who says he \"did this before in [[YEAR:2014]],\"\n"
     "- ex-wife #2, [[REL:Crystal Dobbs]],\n"
     "- stepson [[REL:Colt]] ([[REL:Amber-Lynn]]'s son), who posted on [[PT:Travis]]'s Instagram ([[HANDLE:@travisleedobbsmusic]]) that his stepdad was \"in the ICU at [[FAC:Vandy]],\" with 3,000 comments since.\n"
     "- the saloon manager, asking when he'll be back for the weekend shows.\n"
     "\n"
     "We've said nothing to anyone but [[REL:Amber-Lynn]]. The unit is still getting calls."),
    # 038 North Carolina Lumbee patient with HELLP and eclampsia on Easter: Robeson County, Pembroke, transfer to Chapel Hill; a first name that is a city and a nation
    ("MFM, [[FAC:UNC Medical Center]] in [[TOWN:Chapel Hill]]. Transfer timing question.\n"
     "\n"
     "[[PT:Cheyenne Locklear]], 22, G1, from [[TOWN:Pembroke]], [[COUNTY:Robeson County]]. 34+1 weeks. BP 168/112 at [[FAC:UNC Health Southeastern]] in [[TOWN:Lumberton]], plt 88k, AST 240. Magnesium started, then an eclamptic seizure in the ED on [[DATE:Easter Sunday]] before transfer could be arranged.\n"
     "\n"
     "Her mother [[REL:Brenda Oxendine]] and partner [[REL:Dakota Chavis]] came with her. Medicaid [[PLAN:946221837S]].\n"
     "\n"
     "Delivered by CS here; plt nadir 41k, AST peaked at 610 on POD1 and then fell. Baby boy, 2.1 kg, 5 days in the NICU for feeding. Both well.\n"
     "\n"
     "The ask: how fast do you transfer HELLP from a rural unit with no MFM, given it's 2 hours by ground?\n"
     "\n"
     "Reply from an MFM colleague:\n"
     "> \"how fast do you transfer HELLP\"\n"
     "We don't wait for the platelet trend. Once the diagnosis is made at a unit without MFM or a blood bank that can support a count under 50k, we call. Magnesium first, labetalol or hydralazine for severe-range pressures, steroids only if they don't delay the transport.\n"
     "\n"
     "OP: That's our policy now too. The seizure happened 40 minutes after the magnesium was hung; the pump had been programmed at the 1 g/h maintenance rate without the 4 g load. The nurse educator is rebuilding the order set with a mandatory loading-dose line."),
    # 039 Chesapeake island TAVR: ninety-four, mail-boat travel, island nickname for a son, valve serial number; Tangier the town (Tangier disease elsewhere)
    ("Structural heart, [[FAC:Sentara Norfolk General]]. Logistics from an island.\n"
     "\n"
     "[[PT:Inez Crockett]], [[AGE:94]]yo, from [[TOWN:Tangier]], severe AS (AVA 0.6, mean gradient 52). She gets off the island on the mail boat to [[TOWN:Crisfield]] and then her son [[REL:Harlan]] (\"[[REL:Ooker]]\" on the island) drives her 3 hours.\n"
     "\n"
     "TAVR [[DATE:May 14]]: Sapien 3 Ultra 23 mm (serial [[DEVICE:81447213]]), no pacer needed, home day 2. Follow-up echo at [[FAC:Riverside Shore Memorial]] in [[TOWN:Onancock]]; their fax to us failed twice.\n"
     "\n"
     "Pre-TAVR workup took four boat trips: CTA, dental clearance, PFTs and the heart team visit. We later learned the dental could have been done by tele and the PFTs skipped. STS PROM 8.9%, Essential Frailty Toolset 2; surgical AVR was never on the table.\n"
     "\n"
     "She told the team she wasn't getting the surgery \"to live forever, just to see the crab season.\" Anyone using telehealth echo follow-up for island or remote patients?"),
    # 040 California Central Valley disseminated cocci: Mixtec farmworker, interpreter, vineyard employer, hometown in Oaxaca, Medi-Cal
    ("ID, [[FAC:Kern Medical]] in [[TOWN:Bakersfield]]. Disseminated Valley fever and language.\n"
     "\n"
     "[[PT:Florencio Hernández López]], 41, grape picker for [[FAC:Tejón Vineyards]], lives in [[TOWN:Arvin]], [[COUNTY:Kern County]]. Admitted [[DATE:Sept 30]] with cocci meningitis, CF titer 1:256.\n"
     "\n"
     "He speaks Mixtec, limited Spanish. Interpreter [[HCP:Rufino Cruz]] (from the same region as [[PT:Florencio]], [[TOWN:San Miguel Cuevas]]) made the difference; the Spanish-language consent for the LP had been signed without understanding.\n"
     "\n"
     "CSF: opening pressure 32 cmH2O, WBC 210 with 12% eosinophils, glucose 1.1 mmol/L. MRI: basilar enhancement, early communicating hydrocephalus. Serial LPs for pressure, no shunt so far.\n"
     "\n"
     "Fluconazole 1,200 mg, lifelong. His wife [[REL:Eusebia]] asked whether the fields were safe for their kids. Medi-Cal [[PLAN:91447802A]].\n"
     "\n"
     "Has anyone set up lifelong azole adherence for seasonal workers who move between states?"),
    # 041 Seattle LVAD driveline infection: Yakima patient whose name is a catheter brand, pump and controller serials, CaringBridge URL, hospital named for a state
    ("Advanced HF, [[FAC:UW Medical Center]]. Driveline infection that won't quit.\n"
     "\n"
     "[[PT:Quinton Park]], 57, from [[TOWN:Yakima]]. HeartMate 3 placed [[DATE:11/2/2022]], pump serial [[DEVICE:1882714]], controller [[DEVICE:C0417729]]. Deep driveline infection with MSSA since [[DATE:August]].\n"
     "\n"
     "- 6 weeks cefazolin, relapse.\n"
     "- Debridement [[DATE:10/15]], VAC.\n"
     "- Being seen locally at [[FAC:Virginia Mason Memorial]] for wound checks.\n"
     "\n"
     "His wife [[REL:Eunice Park]] posts updates on [[URL:https://www.caringbridge.org/site/quintonpark]], which we found helpful to track symptoms between visits.\n"
     "\n"
     "CT showed a tract abscess running along the driveline toward the pump pocket, and PET-CT lit up the outflow graft as well, which changes the calculus. Cultures from the debridement grew the same MSSA, cefazolin-susceptible, no inducible clindamycin resistance.\n"
     "\n"
     "Question for VAD folks: lifelong suppression or listing for transplant early because of the infection? He is 1A if we list."),
    # 042 Alaska: toddler from a Yukon-Kuskokwim village (Yukon in a facility name, not the territory) to Anchorage; aunt is guardian; village ZIP
    ("PICU, [[FAC:Alaska Native Medical Center]] ([[FAC:ANMC]]) in [[TOWN:Anchorage]]. Empyema from a village.\n"
     "\n"
     "[[PT:Nanuk Andrew]], 3, from [[TOWN:Toksook Bay]] ([[ZIP:99637]]). Fever 5 days, seen by the village health aide by tele, then flown to [[FAC:YKDRH]] in [[TOWN:Bethel]], then here on [[DATE:Jan 28]]. Large left empyema, chest tube + tPA/DNase x3.\n"
     "\n"
     "His aunt [[REL:Martha Nick]] ([[PHONE:907-555-0121]]) is his guardian through tribal court; his mother is in [[TOWN:Bethel]]. The aunt's consent paperwork came by fax at 2 am.\n"
     "\n"
     "Home day 10. Follow-up planned by tele from the village clinic."),
    # 043 Hawaii inter-island stroke transfer: names with okina, age in words, Prince Kūhiō Day dating the onset, Puna district, grandson
    ("Neurohospitalist, [[FAC:The Queen's Medical Center]] in [[TOWN:Honolulu]]. Inter-island transfer times.\n"
     "\n"
     "[[PT:Keʻalohilani Akana]], [[AGE:ninety-two]], lives in [[PLACE:Puna]] with her grandson [[REL:Kainoa Akana]]. Found with a left MCA syndrome the morning of [[DATE:Prince Kūhiō Day]], LKW the night before. CT at [[FAC:Hilo Medical Center]] then telestroke with us: LVO, no lytics, late window.\n"
     "\n"
     "NIHSS 19, ASPECTS 8, left M1 occlusion on CTA, CTP core 22 mL with a good mismatch.\n"
     "\n"
     "The plane from [[TOWN:Hilo]] took 3 hours to arrange: the inter-island air ambulance was on another call and the backup needed a second pilot. Puncture at 1422; TICI 2b. She's home with her ʻohana, aphasic but eating.\n"
     "\n"
     "How are neighbor-island patients getting EVT faster? We're proposing a standing \"stroke seat\" agreement with the air carriers and a direct-to-angio pathway that skips our ED. Would love to hear from anyone who has done this for a rural archipelago or fly-in region."),
    # 044 Puerto Rico to Florida after a hurricane: leptospirosis (Weil disease), Mennonite hospital in Caguas, Spanish date, Medicare Advantage number
    ("ID, [[FAC:AdventHealth Orlando]]. Post-hurricane leptospirosis case.\n"
     "\n"
     "[[PT:Wilfredo Colón Rivera]], 63, from [[TOWN:Utuado]], came to [[TOWN:Kissimmee]] to stay with his daughter after the storm of [[DATE:20 de septiembre]]. Had been clearing flooded roads by hand for 2 weeks. First seen at [[FAC:Hospital Menonita de Caguas]], given amoxicillin, flew anyway.\n"
     "\n"
     "Here: jaundice, AKI (Cr 4.1), pulmonary hemorrhage. Weil disease. Penicillin IV, HD x3. His daughter [[REL:Carmen Iris Colón]] ([[PHONE:407-555-0119]]) is the contact. Medicare Advantage [[PLAN:H5521-0447-8823]].\n"
     "\n"
     "MAT titer 1:3,200, serovar Icterohaemorrhagiae. The pulmonary hemorrhage needed 36 hours of intubation; no ECMO. Platelets nadired at 19k.\n"
     "\n"
     "Recovered. Reminder to think lepto in anyone back from post-flood areas."),
    # 045 Tele-ICU at a North Dakota critical access hospital: dropped video, IP addresses in the IT log, a portal URL, family email, account number; member replies
    ("Tele-ICU, [[FAC:Sanford Bismarck]] hub. The video dropped in the middle of a code; here's what we learned.\n"
     "\n"
     "[[PT:Arne Haugen]], 81, at [[FAC:St. Luke's Hospital]] in [[TOWN:Crosby]], 2 hours from anywhere. Septic shock from pneumonia, on norepi. Night of [[DATE:Feb 17]] he arrested (PEA), and our video froze. IT log shows the cart at [[IP:10.14.22.187]] lost its connection to the hub at [[IP:172.16.40.9]] for 4 minutes. The local nurse ran the code with the phone on speaker.\n"
     "\n"
     "His daughter [[REL:Kristin Haugen]] wanted to see the recording and emailed us from [[EMAIL:kristin.haugen71@outlook.com]], citing the patient portal link ([[URL:https://mychart.sanfordhealth.org/visit/8827143]]). Billing account [[ACCT:7734102]].\n"
     "\n"
     "Reply from @dakota_tele:\n"
     "> \"our video froze\"\n"
     "We had the same thing. Go to a phone bridge after 60 seconds, don't wait.\n"
     "\n"
     "OP: agreed. ROSC at 12 min, he survived to discharge."),
    # 046 Nevada prison patient at a rural hospital: inmate number, nickname, officers, sister, prison physician's licence, transfer to Reno; locums perspective
    ("Locums hospitalist, [[FAC:William Bee Ririe Hospital]] in [[TOWN:Ely]]. Hunger strike and refeeding in custody.\n"
     "\n"
     "[[PT:Raymond]] \"[[PT:Sonny]]\" [[PT:Archuleta]], 52, from [[FAC:Ely State Prison]] (NDOC no. [[ID:1108473]]), 19 days of hunger strike. Arrived shackled with two officers, Sgt. [[REL:Tolbert]] and Officer [[REL:Yazzie]]. Phos 1.1, K 2.8.\n"
     "\n"
     "The prison physician, Dr. [[HCP:Greg Manning]] (NV license [[LIC:NV-14472]]), had written an order for forced feeding, which we will not do. He had capacity, declined tube feeds, agreed to electrolytes and slow refeeding.\n"
     "\n"
     "His sister [[REL:Delfina Archuleta]] couldn't visit because of the custody rules. Transferred to [[FAC:Renown]] in [[TOWN:Reno]] on day 5 when his QTc hit 540.\n"
     "\n"
     "Ethics was called on day 2. The case law on forced feeding of prisoners is split by state (In re Caulk went one way, others the other), and the AMA and the World Medical Association's Malta declaration both say a competent refusal is to be respected. The prison's lawyer called twice, and our CMO backed us.\n"
     "\n"
     "Locums tip: know the state's forced-feeding case law before you arrive, because the prison will ask you the first day."),
    # 047 Tumor board summary, three patients: initials and full names, MRNs, a 101-year-old, referring clinicians with fax and pager, Cleveland hospitals
    ("GI tumor board, [[FAC:University Hospitals Seidman Cancer Center]], [[DATE:3/21]]. Summary for the referring docs.\n"
     "\n"
     "Case 1: [[PT:Renata Kowalczyk]], 67, MRN [[MRN:00847712]]. Rectal adeno, T3N1, MSS. TNT per RAPIDO/PRODIGE 23, then WW if cCR. Referring: Dr. [[HCP:Ifeoma Obi]], [[FAC:MetroHealth]] (fax [[FAX:216-555-0174]]).\n"
     "\n"
     "Case 2: [[PT:J.R.]], [[AGE:101]], MRN [[MRN:00912205]]. Obstructing sigmoid cancer. Decision: stent, not resection. His great-grandson [[REL:Jordan Reyes]] asked that we use his initials in the chart summary; he's a local celebrity.\n"
     "\n"
     "Case 3: [[PT:Bashir Rahmani]], 58, MRN [[MRN:01122093]], pancreatic head, borderline resectable. FOLFIRINOX x4 then restage. Referring: Dr. [[HCP:Wen]], [[FAC:Fairview Hospital]] (pager [[PAGER:216-555-0128]]).\n"
     "\n"
     "Discussion notes:\n"
     "- Case 1: organ preservation consent needs a clear explanation that WW means more MRIs and scopes, and about 25% regrowth.\n"
     "- Case 2: stent vs diverting loop colostomy debated. Stent chosen because he lives independently and wants to avoid a bag. Palliative care to see him before discharge.\n"
     "- Case 3: EUS-FNA confirmed, CA 19-9 1,480. Germline testing sent; no family history available.\n"
     "\n"
     "Next board in two weeks."),
    # 048 M&M write-up, Iowa: delayed diagnosis of mesenteric ischemia, named residents, pager, transfer to Rochester (city shares a name with the febrile-infant criteria)
    ("M&M summary, [[FAC:Winneshiek Medical Center]] in [[TOWN:Decorah]].\n"
     "\n"
     "Patient: [[PT:Marvel Amundson]], 79F, AF off anticoagulation. Presented [[DATE:Nov 2]] 1400 with abdominal pain \"out of proportion.\" Resident Dr. [[HCP:Patel]] saw her; lactate 2.1, CT read as \"no acute findings\" by overnight teleradiology.\n"
     "\n"
     "Timeline: 0200 lactate 6.3. Attending paged (pager [[PAGER:4417]]) twice, no response. 0400 resident Dr. [[HCP:Solveig Berg]] called transfer. Flown to [[FAC:Mayo]] in [[TOWN:Rochester]], SMA embolectomy, 120 cm bowel resected. Survived.\n"
     "\n"
     "Contributing: teleradiology missed the SMA cutoff, pager system failure. MRN [[MRN:00204418]].\n"
     "\n"
     "Action items:\n"
     "1. Lactate > 2 with pain out of proportion triggers a call to the surgeon, not just the hospitalist.\n"
     "2. Teleradiology addendum process for \"clinical concern for mesenteric ischemia\" reads.\n"
     "3. Pager escalation to a phone call after 10 minutes.\n"
     "4. AF off anticoagulation flagged on the admission note.\n"
     "\n"
     "The family was told the full story, including the delay. They asked us to present it so it doesn't happen again."),
    # 049 Toronto ICU family meeting, long thread: common-law partner vs estranged wife vs adult children vs godson; SDM ranking under the HCCA; CCB file; SIN on an old form; member shares the partner's first name
    ("Critical care, [[FAC:Sunnybrook]]. Long post, sorry. SDM dispute, and I'd welcome Ontario perspective before our ethics consult on Friday.\n"
     "\n"
     "[[PT:Delroy Campbell]], 63, from [[PLACE:Malvern]]. Collapsed at home on [[DATE:Sept 1]], taken to [[FAC:Scarborough General]], transferred to us on [[DATE:Sept 3]]: 70 mL left basal ganglia ICH with intraventricular extension, GCS 5, no surgical option per neurosurgery. Hypertension, on nothing. Day 5 now: off sedation 48 h, GCS 4T, extensor posturing, no cough, corneals present, pupils reactive.\n"
     "\n"
     "Present at the family meeting on day 4:\n"
     "- [[REL:Marcia Bailey]], common-law partner of 9 years, who lives with him,\n"
     "- [[REL:Hyacinth Campbell]], his wife, separated for 15 years but never divorced,\n"
     "- daughters [[REL:Kerry-Ann]] and [[REL:Shanice Campbell]] (his children with his wife),\n"
     "- his son [[REL:Omari Bent]] from another relationship, who flew in from Jamaica,\n"
     "- his godson [[REL:Devon Ellis]], who rents the basement and found him,\n"
     "- a deacon from his church who mostly kept the peace.\n"
     "\n"
     "How it went:\n"
     "We presented the prognosis (ICH score 4; our honest estimate was that survival would be with severe disability at best) and asked what he would have wanted. The partner said he had told her, when his brother was on a ventilator in [[TOWN:Kingston]], \"don't ever keep me like that.\" The daughters said he had never said that to them and that their mother is his wife. The son wanted \"everything until the pastor comes.\" The godson said very little but later told the nurse that he'd heard the same conversation about the brother.\n"
     "\n"
     "Then the wife produced his SIN card number ([[SSN:046 454 286]]) on an old CPP disability application listing her as spouse, to prove she was \"still his wife,\" and his OHIP card ([[PLAN:8834 215 907 MC]]), which she'd taken from the house.\n"
     "\n"
     "Where we are legally, as I read it:\n"
     "Under the HCCA a \"spouse\" includes a common-law partner of 1+ year, but excludes a married spouse \"living separate and apart as a result of a breakdown of the marriage.\" So [[REL:Marcia]] ranks first, above the children. [[REL:Hyacinth]] disagrees and has filed an application with the CCB (file [[ID:TO-24-1187]]), which means we can't act on the partner's decision to withdraw until it's heard, probably within 7 days.\n"
     "\n"
     "Questions:\n"
     "1. Has anyone had the CCB decide an SDM ranking dispute directly, or do they only hear Form G applications from the HCP?\n"
     "2. While it's pending, do we continue full support including a trach discussion, or hold at current level?\n"
     "\n"
     "Reply from @marcia_icu:\n"
     "> \"[[REL:Marcia]] ranks first\"\n"
     "Same first name as the partner, which made me do a double take. You're right on the HCCA. The CCB will usually hear it fast. In the meantime, continue current treatment without escalation; you don't need consent to continue, only to add or withdraw.\n"
     "\n"
     "Reply from @ifeanyi_cc:\n"
     "Agree. Also get the ethics consult to document the prior capable wish the partner and godson describe; if it's confirmed, the Board will want to know whether it applies to this situation. Hold off on the trach.\n"
     "\n"
     "OP, Update: CCB heard it on day 9 and found the partner is the SDM. Withdrawal happened on day 11 with everyone present, including both daughters. The wife did not come. Thanks, both of you."),
    # 050 Oregon PICU suspected abusive head trauma: DHS case and juvenile court numbers, caseworker, foster parents, mother's boyfriend's handle; Medford
    ("PICU, [[FAC:Doernbecher]]. Court order question.\n"
     "\n"
     "[[PT:Kaden Rhodes]], 7 months, transferred from [[FAC:Asante Rogue Regional]] in [[TOWN:Medford]] on [[DATE:March 9]]: SDH, retinal hemorrhages, 2 rib fractures. MRN [[MRN:7720418]].\n"
     "\n"
     "DHS child welfare case no. [[ID:24-0933]], caseworker [[REL:Tara Lindholm]]. Mother [[REL:Kelsey Rhodes]] said the baby \"fell off the couch.\" Her boyfriend [[REL:Austin Pryor]] posted on Facebook ([[HANDLE:@austinpryor541]]) that the hospital was \"kidnapping\" the baby.\n"
     "\n"
     "Juvenile court order ([[ID:JV-24-0317]]) placed [[PT:Kaden]] with foster parents [[REL:Glen]] and [[REL:Ruth Oakes]].\n"
     "\n"
     "The question: he needs a repeat MRI under sedation and the foster parents want to sign. The order gives DHS medical decision-making, and the caseworker is reachable only during business hours. The mother still has parental rights and refuses everything on advice of her lawyer. Who signs for a non-urgent sedated MRI?\n"
     "\n"
     "Reply from another PICU attending:\n"
     "> \"Who signs for a non-urgent sedated MRI?\"\n"
     "Whoever the order names, which here is DHS. Foster parents can consent to routine care only. Schedule the MRI for a weekday and get the consent by fax the day before. Document the mother's refusal but it doesn't override the order."),
    # 051 Brampton postpartum psychosis on a Form 1: William Osler hospital system (eponym as facility), husband and mother-in-law, baby, CAS, Diwali
    ("Psychiatry, [[FAC:Brampton Civic Hospital]] ([[FAC:William Osler Health System]]). Postpartum psychosis and CAS.\n"
     "\n"
     "[[PT:Gurpreet Kaur Sandhu]], 28, 3 weeks postpartum, brought in by her husband [[REL:Harpreet Singh Sandhu]] on [[DATE:Diwali]] night after she said the baby was \"not her baby.\" Form 1. Lives at [[STREET:42 Sandalwood Parkway East, unit 7]], [[ZIP:L6Z 4T7]].\n"
     "\n"
     "Her mother-in-law [[REL:Balwinder Kaur]] cares for the baby, [[REL:Simran]]. [[FAC:Peel CAS]] called because of the thoughts about the baby. OHIP [[PLAN:4401 882 733 GS]].\n"
     "\n"
     "Improved on lithium, level 0.8, with a low-dose antipsychotic. Form 3 lapsed day 14; she stayed voluntarily. Breastfeeding stopped, which she grieved.\n"
     "\n"
     "The CAS worker asked to interview her on day 4, while she was still floridly psychotic and certified. We declined until the treating team felt she could participate meaningfully, and offered the husband and mother-in-law instead. CAS agreed to a safety plan with the mother-in-law as the primary caregiver and no apprehension.\n"
     "\n"
     "For others in Ontario: is anyone routinely referring to a perinatal mental health program at the time of the Form 1? We had a 6-week wait."),
    # 052 Short: Jehovah's Witness ethics question, Indiana
    ("Quick ethics one. [[PT:Marisol Ortega]], 34, JW, Hgb 4.8 from menorrhagia at [[FAC:Parkview Regional]] in [[TOWN:Fort Wayne]] on [[DATE:Jan 2]]. Refuses all blood, accepts EPO and IV iron. Her brother [[REL:Tomás]] wants us to transfuse. She has capacity. Thoughts?"),
]

FREE_NOTES: list[str] = [
    # 053 Wake-up stroke thread: trial names (DAWN, DEFUSE 3, ESCAPE, MR CLEAN), Boston criteria, device brands, weekday and clock times; two members reply
    ("Wake-up stroke, would love a sanity check from the stroke people here.\n"
     "\n"
     "74M, found at 0340 by his wife with right hemiparesis and global aphasia. LKW 2200 the night before. NIHSS 21, ASPECTS 8 on the non-con. CTA: left M1 occlusion, good collaterals. CTP core 14 mL, mismatch ratio 6.2.\n"
     "\n"
     "Timeline:\n"
     "- 0412: arrived in our ED (we're a primary stroke centre, no EVT).\n"
     "- 0431: transfer call; the comprehensive centre accepted under DAWN/DEFUSE 3 criteria.\n"
     "- 0445: tenecteplase 0.25 mg/kg discussed and declined given the unknown onset (we don't have MRI overnight for a DWI-FLAIR mismatch).\n"
     "- 0620: groin puncture, Solitaire x2 passes, TICI 2c.\n"
     "\n"
     "Background: on apixaban 5 mg BID, last dose at 2000. The Boston criteria 2.0 question came up too because his old MRI showed 3 lobar microbleeds and cortical superficial siderosis. Does probable CAA change anyone's plan for restarting apixaban?\n"
     "\n"
     "Reply from @neuro_ana:\n"
     "> \"Does probable CAA change anyone's plan\"\n"
     "Yes. I'd get him into a LAAO conversation (Watchman or Amulet) rather than restart a DOAC. ELAN is about timing, not about CAA. For the TNK-with-DOAC question, the 2019 AHA/ASA guideline says no within 48 h unless levels are known; some of us use anti-Xa levels.\n"
     "\n"
     "Reply from Tom Brennan:\n"
     "Agree with Ana. Also note MR CLEAN-LATE and ESCAPE-NA1 if anyone asks about the late window. We would have taken him at 0620 on a Tuesday or a Sunday, same thing.\n"
     "\n"
     "OP: Thanks both. 90-day mRS 2, he's back to gardening."),
    # 054 ARDS on day 3: Berlin definition, Murray score, RASS, PROSEVA, EOLIA, ventilator numbers and ABGs written like dates
    ("ICU question: when do you call the ECMO centre?\n"
     "\n"
     "52F, influenza A with MRSA superinfection. HD#3 on the vent.\n"
     "- Vent: VC 6 mL/kg PBW, PEEP 14, FiO2 0.8, Pplat 31, driving pressure 17.\n"
     "- ABG 7.21/58/64/23. P/F 80.\n"
     "- Berlin definition: severe. Murray score 3.25.\n"
     "- RASS -4 on propofol and fentanyl; cisatracurium started.\n"
     "\n"
     "Proned 16 h per PROSEVA, P/F went to 140, then back to 82 supine. Two sessions.\n"
     "\n"
     "EOLIA was technically negative but the Bayesian reanalysis and the crossover arm make most of us refer at this point. Our nearest ECMO centre is a 2 h flight.\n"
     "\n"
     "Questions:\n"
     "1. Do you still trial inhaled epoprostenol before the call?\n"
     "2. Esophageal balloon for PEEP titration: worth it on day 3?\n"
     "3. Anyone using the RESP score to help the family understand?\n"
     "\n"
     "Update HD#5: cannulated VV, on ECMO day 9, now decannulated. The ECMO team said earlier would have been better."),
    # 055 Place-named infections: Jamestown Canyon, Powassan, La Crosse, Cache Valley, Heartland, Bourbon, Colorado tick fever, Pontiac fever, Sin Nombre, Black Creek Canal, Haverhill fever; member thanked by first name
    ("Fever of unknown source after camping; walk me through the arbovirus list?\n"
     "\n"
     "61M, outdoors a lot, camping in the upper Midwest last month. Fever 39.4, headache, confusion, CSF WBC 88 (60% lymphs), protein 91, glucose normal. MRI: T2 hyperintensities in the basal ganglia.\n"
     "\n"
     "Tested so far: West Nile IgM negative, HSV PCR negative, Lyme serology negative. No rash.\n"
     "\n"
     "Differential from the team:\n"
     "- Powassan (deer tick virus lineage), given the basal ganglia findings.\n"
     "- Jamestown Canyon virus, which is underdiagnosed in Wisconsin and Minnesota.\n"
     "- La Crosse encephalitis, though he's not a kid.\n"
     "- Eastern equine encephalitis, less likely with this course.\n"
     "- St. Louis encephalitis.\n"
     "- Cache Valley virus, rare.\n"
     "\n"
     "Other place-named things people brought up that don't fit: Heartland and Bourbon virus (Missouri/Kansas, more leukopenia and thrombocytopenia), Colorado tick fever, Rocky Mountain spotted fever, Pontiac fever (mild legionella), hantavirus of the Sin Nombre, Black Creek Canal or New York types (pulmonary, not neuro), Haverhill fever (rat-bite, Streptobacillus).\n"
     "\n"
     "Thanks Priya for the suggestion to send serum and CSF to the state lab for the arbovirus panel and to the CDC for Powassan-specific testing.\n"
     "\n"
     "Update: Powassan IgM positive. Supportive care; still has fatigue 6 weeks out."),
    # 056 Aortic regurgitation signs with person and place names: Austin Flint, Graham Steell, Duroziez, Quincke, de Musset, Corrigan, Traube, Müller, Hill, Becker, Mayne; BP and murmur grades
    ("Teaching case for the residents, would appreciate the cardiology folks checking my list of AR signs.\n"
     "\n"
     "38M, bicuspid valve, aortic root 4.9 cm. BP 168/42, HR 78. 3/6 early diastolic murmur at the left sternal border, 2/6 mid-diastolic rumble at the apex. LVEF 50%, LVESD 52 mm.\n"
     "\n"
     "Signs present on exam:\n"
     "- Corrigan pulse (water-hammer).\n"
     "- de Musset sign (head bobbing).\n"
     "- Quincke pulse in the nail beds.\n"
     "- Traube sign (pistol-shot femorals).\n"
     "- Duroziez double murmur with compression.\n"
     "- Hill sign: popliteal SBP 60 mmHg higher than brachial.\n"
     "- Müller sign, Becker sign (retinal artery pulsations), Mayne sign.\n"
     "\n"
     "The apical rumble is an Austin Flint murmur, not mitral stenosis. Someone asked whether it could be a Graham Steell murmur, but that's pulmonary regurgitation with pulmonary hypertension.\n"
     "\n"
     "Per the 2020 ACC/AHA valve guideline, LVESD > 50 mm is a class 1 indication for AVR even without symptoms. Referred for AVR + root replacement (Bentall vs valve-sparing David procedure)."),
    # 057 Febrile infant thread: Rochester, Philadelphia, Boston, Step-by-Step, PECARN, AAP 2021; Kawasaki and MIS-C; ages in days and weeks
    ("Peds ED, febrile 24-day-old. The criteria debate in our department continues.\n"
     "\n"
     "Term, well-appearing, temp 38.4 rectal at home, 38.1 here. UA: 1+ LE, 8 WBC/hpf. ANC 4,200. Procalcitonin 0.3. CRP 12.\n"
     "\n"
     "Our group is split:\n"
     "- Rochester criteria: low risk except for the UA.\n"
     "- Philadelphia and Boston criteria are written for older infants (29-56 and 28-89 days).\n"
     "- Step-by-Step would call her intermediate because of the UA.\n"
     "- PECARN febrile infant rule: low risk by ANC and PCT, but positive UA.\n"
     "- AAP 2021 clinical practice guideline: for 22-28 days, LP \"may\" be done if inflammatory markers are normal.\n"
     "\n"
     "We did the LP: CSF 3 WBC, Gram stain neg. Admitted on ampicillin + ceftriaxone (cefotaxime shortage), cultures negative at 36 h.\n"
     "\n"
     "Separate case on the same shift: 3-year-old with 5 days of fever, conjunctivitis, strawberry tongue. Kawasaki vs MIS-C. COVID serology positive. We treated as MIS-C with IVIG and methylprednisolone."),
    # 058 Labour and delivery: Bishop score, ARRIVE trial, Cook and Foley balloons, McRoberts, Woods, Rubin, Gaskin, Zavanelli; Mississippi and Tennessee classifications of HELLP
    ("L&D debrief, shoulder dystocia after a long induction.\n"
     "\n"
     "31F, G2P1, 39+2 weeks, elective induction per ARRIVE. Bishop score 3. Cook balloon + misoprostol 25 mcg q4h, then oxytocin. 22 h to fully dilated.\n"
     "\n"
     "Shoulder dystocia:\n"
     "- Head-to-body interval 3 min 40 s.\n"
     "- McRoberts + suprapubic pressure, then Rubin II, then Woods screw.\n"
     "- Posterior arm delivered. We did not need Gaskin (all-fours) or Zavanelli.\n"
     "- Apgars 3/7/9. Cord pH 7.11.\n"
     "- Baby had a transient brachial plexus palsy, resolved at 6 weeks.\n"
     "\n"
     "Postpartum: BP 164/108, plt 96k, AST 180. Mississippi class 2 HELLP, Tennessee partial. Mag for 24 h, labetalol.\n"
     "\n"
     "Question: do you document the specific maneuvers in sequence with times? Our template only has a checkbox, which is not enough for review."),
    # 059 Nephrology: APOL1, Columbia classification of FSGS, Oxford MEST-C, Banff, KDIGO, trials named like places and people (CREDENCE, FIDELIO, DAPA-CKD, EMPA-KIDNEY); member handle
    ("Nephrology, collapsing FSGS in a young man.\n"
     "\n"
     "29M, Black, nephrotic (uPCR 8.4 g/g, albumin 18), Cr 2.6. Biopsy: FSGS, collapsing variant (Columbia classification). APOL1 G1/G2, high-risk genotype. HIV negative. No recent COVID.\n"
     "\n"
     "Plan:\n"
     "- ACEi max dose, SGLT2i per DAPA-CKD and EMPA-KIDNEY.\n"
     "- Finerenone (Kerendia) maybe later, once K allows, based on FIDELIO-DKD, though he's not diabetic.\n"
     "- Steroids? Collapsing APOL1 FSGS rarely responds; KDIGO 2021 says a trial is reasonable.\n"
     "- Inaxaplin trial enrollment, if he qualifies.\n"
     "\n"
     "For comparison, the IgA patient on the same service had Oxford MEST-C M1 E0 S1 T1 C0, and the transplant patient's biopsy was Banff borderline.\n"
     "\n"
     "@kmensah_neph replied:\n"
     "APOL1 collapsing: I'd avoid a long steroid course. Check for a secondary trigger (interferon, viral). For CREDENCE-like benefit, SGLT2i early. We enrolled two patients in the inaxaplin trial last year."),
    # 060 Toxicology: Rumack-Matthew and Done nomograms, Prescott and SNAP NAC regimens, fomepizole, osmolar gap, Poison Control number, kratom, tianeptine, xylazine, Jimson weed
    ("Tox question: the acetaminophen nomogram after a staggered ingestion.\n"
     "\n"
     "24F, ingested about 20 g of acetaminophen over ~8 h plus an unknown amount of kratom. First APAP level 180 mcg/mL at ~6 h after the last dose, AST 48.\n"
     "\n"
     "Points:\n"
     "- Rumack-Matthew nomogram doesn't apply to staggered ingestions. Treat.\n"
     "- Done nomogram is for salicylate and obsolete.\n"
     "- 21-hour IV NAC (the Prescott regimen) vs the two-bag SNAP protocol: we used SNAP.\n"
     "- Anion gap 18, osmolar gap 8. So no fomepizole for toxic alcohols.\n"
     "\n"
     "Advice from Poison Control (1-800-222-1222) was to continue NAC until APAP undetectable, AST falling and INR < 2.\n"
     "\n"
     "Other things coming through our ED this year: tianeptine (\"gas station heroin\"), xylazine wounds, nitazenes, and a Jimson weed (Jamestown weed) anticholinergic toxidrome in a teen."),
    # 061 Geriatrics deprescribing: Beers criteria, STOPP/START, Clinical Frailty Scale, Katz, Lawton, MoCA, SLUMS, Mini-Cog, TUG, Morse, Braden; member handle
    ("Deprescribing case in a frail 89M who still insists on driving to church.\n"
     "\n"
     "Meds: 14 including oxybutynin, diphenhydramine at night, glyburide, and an old PPI.\n"
     "Assessment: Clinical Frailty Scale 6, Katz 4/6, Lawton 3/8, MoCA 19/30 (SLUMS was 18), Mini-Cog 2/5. TUG 18 s. Morse fall scale 65, Braden 14.\n"
     "\n"
     "Beers criteria 2023 flagged: oxybutynin, diphenhydramine, glyburide, PPI > 8 weeks.\n"
     "STOPP/START: STOPP flags the same; START suggests vitamin D and a statin question.\n"
     "\n"
     "@ruth_geri replied:\n"
     "> \"still insists on driving\"\n"
     "Driving is its own conversation (get an OT driving assessment). On meds, start with the anticholinergic burden: ACB score 6 here. Stop diphenhydramine first, oxybutynin second. Swap glyburide for a DPP-4i or just relax the A1c target to 8%.\n"
     "\n"
     "OP: Two weeks in, MoCA 22/30. Family thrilled."),
    # 062 Upper GI bleed: Glasgow-Blatchford, Rockall, AIMS65, Forrest, Los Angeles grade, Prague criteria, Cameron lesions, Mallory-Weiss, Boerhaave, Zenker, Sengstaken-Blakemore and Minnesota tubes, Baveno VII
    ("Hospital medicine, variceal bleed in a Child-Pugh C cirrhotic.\n"
     "\n"
     "56M, EtOH cirrhosis, Child-Pugh C, MELD-Na 31. Hematemesis ~500 mL. HR 118, BP 92/58. Hgb 6.9.\n"
     "\n"
     "Scores: Glasgow-Blatchford 14, pre-endoscopy Rockall 4, AIMS65 3.\n"
     "\n"
     "Management:\n"
     "- Octreotide, ceftriaxone, restrictive transfusion (target 7).\n"
     "- EGD: large esophageal varices with red wale signs, banded x6. Also a Mallory-Weiss tear and a few Cameron lesions in a large hiatal hernia. No Forrest-classifiable ulcer.\n"
     "- Rebled HD#2: Minnesota tube overnight (no Sengstaken-Blakemore on the shelf).\n"
     "- Pre-emptive TIPS per Baveno VII.\n"
     "\n"
     "Other teaching points: LA grade C esophagitis on a previous scope, Barrett's Prague C3M5, and a Zenker diverticulum, which made the tube placement tricky. No Boerhaave."),
    # 063 MSSA endocarditis and oral step-down: Duke-ISCVID criteria, Osler nodes, Janeway lesions, Roth spots, POET trial, dalbavancin; culture fractions and day counts
    ("ID, looking for opinions on an early oral switch in left-sided endocarditis.\n"
     "\n"
     "44F, injects, MSSA in 4/4 bottles on admission. TEE: 1.4 cm mobile vegetation on the anterior mitral leaflet, moderate MR, no abscess, no fistula. On exam she had tender Osler nodes on two fingertips, painless Janeway lesions on both soles, and the ophthalmology resident found Roth spots. Duke-ISCVID 2023: 2 major + 3 minor.\n"
     "\n"
     "Course so far:\n"
     "- Day 1: cefazolin 2 g q8h. Surgery consulted; no indication unless she embolizes or the MR worsens.\n"
     "- Day 3: first negative cultures. Day 5: 0/2 bottles positive, afebrile.\n"
     "- Day 12: she wants to leave. Her dog is with a neighbour and the neighbour is done.\n"
     "\n"
     "Options we discussed at rounds:\n"
     "1. POET-style partial oral step-down after at least 10 days IV and 7 days of negative cultures. For MSSA the POET regimens were dicloxacillin plus rifampicin, or linezolid plus rifampicin.\n"
     "2. Dalbavancin 1,500 mg on day 1 and day 8 of the outpatient phase. Off label, but there's growing cohort data.\n"
     "3. OPAT with a PICC, which nobody on the team was comfortable with.\n"
     "\n"
     "She chose oral, and agreed to an addiction medicine follow-up the same week. Repeat TTE at 6 weeks. Does anyone use a rifampicin-free oral regimen to avoid the methadone interaction? It dropped her levels last time."),
    # 064 Trauma teaching recap: Battle sign, raccoon eyes, Grey Turner, Cullen, Kehr, Beck and Cushing triads; Canadian CT head rule, NEXUS, Denver and Memphis criteria; Parkland, Brooke, Lund-Browder
    ("Trauma teaching session recap from Thursday's resident half-day, in case it's useful to others building a curriculum. All cases are composites.\n"
     "\n"
     "Case A: 33M, fall from a ladder, GCS 13. Battle sign behind the left ear and raccoon eyes, so basal skull fracture until proven otherwise. Canadian CT head rule: high risk (GCS < 15 at 2 h, signs of basal skull fracture). NEXUS: imaging needed because of distracting injury. BCVI screening CTA because of the basal skull fracture: the Denver criteria and the Memphis criteria both say scan.\n"
     "\n"
     "Case B: 61F, MVC with a seat belt sign. Left shoulder pain (Kehr sign), grade III splenic laceration, angioembolized. At 24 h she developed periumbilical (Cullen) and flank (Grey Turner) bruising from a retroperitoneal bleed that CT had underestimated.\n"
     "\n"
     "Case C: 20M, stab wound at the left parasternal border. Beck triad: hypotension, JVD, muffled heart sounds. FAST positive. Pericardial window in Trauma Bay 2, then sternotomy in OR 7.\n"
     "\n"
     "Case D: 45M, 35% TBSA flame burn, 80 kg. Parkland gives 4 mL/kg/%TBSA = 11.2 L in 24 h, half in the first 8 h; the modified Brooke formula gives 2 mL/kg/%TBSA. Lund-Browder chart for TBSA; the rule of nines overestimated by 10%.\n"
     "\n"
     "Case E: 72M, on apixaban, fall, Cushing triad (bradycardia, hypertension, irregular respirations). Andexxa vs Kcentra argument, then burr holes.\n"
     "\n"
     "Feedback from the residents: they want more on the Canadian vs NEXUS discrepancies. We'll do a whole session next month."),
    # 065 Lymphoma tumor board recap: Ann Arbor, Lugano, Deauville, IPI, Rai and Binet staging, Richter transformation, Burkitt, Hodgkin, Waldenström; drug brands
    ("Heme tumor board recap from Wednesday, no identifiers, posting for the community oncologists who refer to us.\n"
     "\n"
     "1. 58M, DLBCL, Ann Arbor stage IIB, bulky mediastinal mass 11 cm (Lugano stage II bulky). IPI 3. After 2 cycles of pola-R-CHP (POLARIX), interim PET Deauville 4. Board: complete 6 cycles, consolidative RT to the bulk.\n"
     "\n"
     "2. 71F, CLL, Rai stage III / Binet C, on ibrutinib (Imbruvica) for 4 years. New rapidly enlarging neck node, LDH 890, SUVmax 19. Biopsy: Richter transformation to DLBCL, clonally related. Board: R-CHOP, then CAR-T (Yescarta or Breyanzi) if she responds; Kymriah not on our formulary.\n"
     "\n"
     "3. 34M, classic Hodgkin lymphoma, stage IVB with B symptoms. BV-AVD per ECHELON-1. Fertility preservation before C1.\n"
     "\n"
     "4. 66M, Waldenström macroglobulinemia, IgM 5,800 mg/dL, headaches, retinal venous engorgement: hyperviscosity. Plasmapheresis x2, then bendamustine-rituximab. MYD88 L265P positive, CXCR4 wild type, so zanubrutinib is an option later.\n"
     "\n"
     "5. 29F, Burkitt lymphoma, MYC rearranged, CNS negative. DA-EPOCH-R with IT methotrexate. TLS prophylaxis with rasburicase.\n"
     "\n"
     "6. 62M, newly diagnosed myeloma, R-ISS II. Dara-VRd (Darzalex, Velcade, Revlimid) per PERSEUS, then transplant evaluation.\n"
     "\n"
     "Next board Wednesday at 0730. Bring slides by Monday."),
    # 066 Breast tumor board: trials with people's names (KATHERINE, CLEOPATRA, NATALEE, OlympiA, monarchE, PALLAS, APHINITY, DESTINY-Breast04); receptor percentages, FISH ratios, nodes written like dates
    ("Breast tumor board summary, five cases, no identifiers. Posting because several people asked how we're applying the newer adjuvant trials.\n"
     "\n"
     "Case 1: 44F, ER 95% / PR 10% / HER2 2+, FISH ratio 2.4 (amplified). After neoadjuvant TCHP, residual 1.1 cm in the breast, 1/28 nodes positive. T-DM1 (Kadcyla) x14 per KATHERINE. Board discussed adding pertuzumab per APHINITY; no.\n"
     "\n"
     "Case 2: 57F, de novo metastatic HER2+, bone and liver. THP per CLEOPATRA. Second line will be T-DXd.\n"
     "\n"
     "Case 3: 49F, ER+/HER2-, 3/14 nodes positive, grade 2, Ki-67 30%. Eligible for abemaciclib (monarchE) or ribociclib (NATALEE). PALLAS was negative for palbociclib. Board leaned ribociclib for the 3-year duration and lower diarrhea rate.\n"
     "\n"
     "Case 4: 63F, metastatic HER2-low (IHC 1+), progressed on two lines of endocrine therapy plus CDK4/6i. Enhertu per DESTINY-Breast04, with ILD monitoring.\n"
     "\n"
     "Case 5: 38F, germline BRCA2, triple negative, residual disease after KEYNOTE-522 regimen. Adjuvant olaparib per OlympiA, capecitabine (CREATE-X) discussed as alternative.\n"
     "\n"
     "Oncotype RS was 26 on a separate case we didn't discuss; happy to take that offline."),
    # 067 Psychiatry and the law across jurisdictions: Tarasoff, Rogers v. Commissioner, Starson v. Swayze, Fleming v. Reid, Baker and Marchman Acts, Kendra's and Laura's Laws, 5150, Form 1 and Form 42, EMTALA; two members
    ("Cross-border psych-law thread. Prompted by a patient who has lived in Florida, New York and Ontario in the last 5 years and arrived with paperwork from all three.\n"
     "\n"
     "28M, schizophrenia, not adherent, three prior involuntary admissions. The question is which framework applies where, and what carries over. My summary so far, corrections welcome:\n"
     "\n"
     "- Florida: Baker Act for involuntary examination (72 h), Marchman Act for substance use. Neither follows him anywhere.\n"
     "- New York: Kendra's Law assisted outpatient treatment. The order is NY-only.\n"
     "- California (he's thinking of moving): 5150 for 72 h, 5250 for 14 days, and Laura's Law for AOT.\n"
     "- Ontario: Form 1 (72 h assessment), Form 42 notice of rights, then Form 3/4 certificates, and a Community Treatment Order. Starson v. Swayze on capacity, Fleming v. Reid on prior capable wishes.\n"
     "- Massachusetts: Rogers v. Commissioner for antipsychotic treatment orders, and a Section 12 for emergency hold.\n"
     "- Duty to warn or protect: Tarasoff in California; every state has its own version, Ontario has none in statute.\n"
     "- EMTALA for the ED screening exam, regardless of insurance.\n"
     "\n"
     "Samir Haddad replied: Good list. Add that a Section 12 in Massachusetts can be signed by a police officer in some circumstances, not only a physician.\n"
     "\n"
     "@corourke_psych replied:\n"
     "> \"Ontario has none in statute\"\n"
     "True, but the common law (Smith v. Jones, SCC 1999) allows disclosure for public safety. And for Quebec, the P-38.001 law on dangerousness is its own animal.\n"
     "\n"
     "OP: Thanks Colleen and Samir. I'll turn this into a one-pager for our residents."),
    # 068 Sepsis resuscitation: CLOVERS, SMART, BaSICS, PLUS, ARISE, ProCESS, ProMISe, ANDROMEDA-SHOCK, CLASSIC; balanced crystalloids named for a person and a brand; vasopressor doses
    ("ICU sepsis fluids: how restrictive are people being after 30 mL/kg?\n"
     "\n"
     "66M, community-acquired pneumonia, MAP 58, lactate 4.2, CRT 5 s. Got 30 mL/kg of Lactated Ringer's in the ED (about 2.5 L), MAP 63. Still oliguric at hour 3.\n"
     "\n"
     "The trials as I read them:\n"
     "- ProCESS, ARISE, ProMISe: protocolized EGDT no better than usual care.\n"
     "- CLOVERS and CLASSIC: restrictive vs liberal after the initial bolus, no mortality difference.\n"
     "- SMART: balanced crystalloid vs saline, fewer major adverse kidney events with balanced.\n"
     "- BaSICS and PLUS: no significant difference between Plasma-Lyte and saline, but both were underpowered for the subgroups that matter.\n"
     "- ANDROMEDA-SHOCK: capillary refill time as a target is at least as good as lactate clearance.\n"
     "\n"
     "What we did: stopped fluids at 3 L, started norepinephrine peripherally at 0.08 mcg/kg/min, up to 0.25. Vasopressin 0.03 U/min added at hour 6, hydrocortisone 50 mg q6h at hour 8. Considered angiotensin II (Giapreza) but the pharmacy only stocks it for the CVICU.\n"
     "\n"
     "Day 2: off pressors. Day 4: extubated. Net +4.1 L by day 3, diuresed by day 6.\n"
     "\n"
     "Do others use CRT at the bedside as the main target now? Our nurses like it better than the 2 h lactate."),
    # 069 Atrial fibrillation after a GI bleed: CHA2DS2-VASc, HAS-BLED, ORBIT; Watchman vs Amulet; EAST-AFNET 4, CABANA, CASTLE-AF; brands (Eliquis, Xarelto, Multaq, Pradaxa, Praxbind)
    ("Cardiology, anticoagulation after a major bleed. Would appreciate EP and GI input.\n"
     "\n"
     "78F, persistent AF, hypertension, diabetes, prior TIA: CHA2DS2-VASc 6. HAS-BLED 3, ORBIT 4. Two weeks ago she had a lower GI bleed on Xarelto 20 mg (CrCl 42, so she should have been on 15 mg). Angioectasias in the right colon, cauterized. Hgb nadir 6.8, 3 units.\n"
     "\n"
     "Options:\n"
     "1. Restart a DOAC at the right dose: Eliquis 5 mg BID (she doesn't meet 2 of 3 dose-reduction criteria: age > 80, weight < 60 kg, Cr > 1.5).\n"
     "2. LAAO: Watchman FLX or Amulet, with a short course of DAPT or DOAC after.\n"
     "3. Dabigatran (Pradaxa), because Praxbind is available for reversal. Probably not with CrCl 42.\n"
     "\n"
     "On rhythm: she's symptomatic. EAST-AFNET 4 supports early rhythm control; CABANA was neutral on intention to treat but positive per protocol; CASTLE-AF was in HFrEF and she has a preserved EF. Multaq vs ablation?\n"
     "\n"
     "Where we landed at the heart team: restart Eliquis 5 mg BID at day 14, refer for LAAO, and ablation in 3 months if she's still symptomatic. Would anyone go straight to LAAO without restarting?"),
    # 070 Guillain-Barré in the neuro ICU: Miller Fisher and Bickerstaff variants, Erasmus GBS outcome score, EGRIS, Hughes scale, Brighton criteria, the 20/30/40 rule
    ("Neuro ICU, intubation timing in GBS.\n"
     "\n"
     "48M, Campylobacter diarrhea 3 weeks ago. Now 5 days of ascending weakness, areflexia, facial diplegia, and dysautonomia (HR swinging 45 to 140). No ophthalmoplegia or ataxia, so not Miller Fisher; no encephalopathy, so not Bickerstaff. CSF: protein 1.4 g/L, 2 cells (albuminocytologic dissociation). NCS: AIDP.\n"
     "\n"
     "Brighton criteria level 1. Hughes disability scale grade 4 (bedbound). EGRIS 5 on admission, which predicts a high chance of needing ventilation within a week. Modified Erasmus GBS outcome score will be done at day 7.\n"
     "\n"
     "Respiratory:\n"
     "- Morning: VC 22 mL/kg, NIF -34, MEP 48.\n"
     "- Evening: VC 14 mL/kg, NIF -22, MEP 38.\n"
     "The 20/30/40 rule (VC < 20, NIF weaker than -30, MEP < 40) said intubate, and we did electively at 2100 rather than at 0300 in a crash. Trach discussion on day 10.\n"
     "\n"
     "Treatment: IVIG 2 g/kg over 5 days. No PLEX (no access to a PLEX-capable line while he's this autonomic). Second IVIG dose is not recommended per SID-GBS.\n"
     "\n"
     "Question: who uses the single-breath count as a quick screen? Our nurses like it but I'm not sure how it correlates with VC."),
    # 071 Liver transplant for HCC: Milan, UCSF, up-to-seven, Metroticket; AFP thresholds; BK and JC viruses named after patients' initials (not PHI); immunosuppression brands
    ("Transplant hepatology, HCC candidacy and downstaging.\n"
     "\n"
     "62M, HCV cirrhosis (SVR achieved), Child-Pugh B7, MELD 14. Three HCC lesions: 3.8, 2.1 and 1.6 cm, LI-RADS 5.\n"
     "\n"
     "- Milan criteria: outside (with 3 lesions each must be ≤ 3 cm, and the largest is 3.8).\n"
     "- UCSF criteria: within (up to 3 lesions ≤ 4.5 cm, total ≤ 8 cm).\n"
     "- Up-to-seven: 3 + 3.8 = 6.8, within.\n"
     "- Metroticket 2.0 5-year HCC-specific survival estimate: about 80%.\n"
     "- AFP 480 ng/mL, above the 100 cutoff many programs use for the AFP model. That's the real barrier.\n"
     "\n"
     "Plan: TACE x2 for downstaging, then MELD exception if AFP falls below 100 and he stays within UCSF for 6 months.\n"
     "\n"
     "Post-transplant, if he gets there: basiliximab (Simulect) induction rather than Thymoglobulin, Envarsus, mycophenolate, early steroid withdrawal. Watch for BK virus (nephropathy is rare after liver transplant, more a kidney problem) and JC virus with PML if we end up heavily immunosuppressed. Residents always ask: BK and JC were the initials of the first patients the viruses were isolated from, decades ago.\n"
     "\n"
     "Anyone used atezolizumab-bevacizumab as a bridge pre-transplant? Concerned about rejection risk afterwards."),
    # 072 Rural emergency shift with decision rules: Ottawa ankle and knee rules, Canadian C-spine rule, CTAS, PERC, Wells, Geneva, YEARS, HEART score, Ottawa SAH rule; 811 and 911; member handle
    ("Rural ER, 3 hours from the nearest CT, sharing a shift to ask how others use decision rules when imaging means a transfer.\n"
     "\n"
     "Overnight, 14 patients:\n"
     "- 19F, inversion ankle injury: Ottawa ankle rules negative. No x-ray, we don't have one after 2300 anyway.\n"
     "- 45M, knee after a fall on ice: Ottawa knee rule positive (couldn't weight bear 4 steps). X-ray in the morning, tibial plateau fracture, splint and transfer.\n"
     "- 67F, neck pain after a low-speed MVC: Canadian C-spine rule high risk (age ≥ 65). Collar, transferred for CT.\n"
     "- 55M, chest pain: HEART score 5 (H1 E1 A1 R1 T1). Serial troponins, admitted to our 4-bed unit.\n"
     "- 32F, pleuritic chest pain, on OCP: PERC positive, Wells 4.5, revised Geneva 5. YEARS algorithm: 1 item (PE most likely) and D-dimer 780, above the 500 threshold that applies once any item is present. Started apixaban and sent for CTPA in the morning.\n"
     "- 41F, thunderclap headache: Ottawa SAH rule positive. LP here (we can do that), xanthochromia negative.\n"
     "- CTAS 2 chest pain, CTAS 3 abdominal pain, the rest CTAS 4-5. Three people had called 811 first and been told to come in; one called 911 from the parking lot.\n"
     "\n"
     "@leah_rural replied:\n"
     "> \"above the 500 threshold\"\n"
     "Right, with no YEARS items it would have been 1000 and she would have been ruled out. For nights we start anticoagulation and image in the morning, like you.\n"
     "\n"
     "OP: Thanks Leah. Reassuring to hear the morning-CT approach is common."),
    # 073 Single-ventricle palliation in the PICU: Norwood, Sano, Glenn, Fontan, Blalock-Taussig, Mustard and Senning, Jatene; Westley croup score and Kocher criteria on the same night
    ("PICU, a night with one cardiac kid and two non-cardiac, looking for advice on the first.\n"
     "\n"
     "Bed 4: HLHS, 6 months old. Norwood with a Sano shunt at day 7 of life (Blalock-Taussig was the older option), bidirectional Glenn at 5 months. Now POD10 after the Glenn with sats 68-72% and a new SVC syndrome picture: plethoric face, headache (crying), pleural effusions.\n"
     "- Echo: good function, mild AVVR, no obvious obstruction.\n"
     "- Cath being considered for a pulmonary artery stenosis or decompressing veno-venous collaterals.\n"
     "- Milrinone 0.5 mcg/kg/min, sildenafil added. iNO 20 ppm gave a small bump.\n"
     "Fontan won't be for another 2-3 years. How low do people let post-Glenn sats go before cath?\n"
     "\n"
     "Historical aside from the fellows' teaching: Mustard and Senning were atrial switches for TGA, replaced by the Jatene arterial switch.\n"
     "\n"
     "Bed 7: 2-year-old with croup, Westley score 6, dexamethasone 0.6 mg/kg and two racemic epi nebs. Improved.\n"
     "\n"
     "Bed 9: 8-year-old with a limp and fever, Kocher criteria 3/4 (fever, ESR > 40, non-weight-bearing; WBC normal). Ortho aspirated: septic hip, washed out at 0200."),
    # 074 Thyroid storm: Graves and Hashimoto, Cushing, Conn, Addison, Sheehan; Wolff-Chaikoff and Jod-Basedow; Pemberton, Chvostek and Trousseau signs; Burch-Wartofsky score; thyroid values
    ("Endocrine/ICU, thyroid storm after iodinated contrast.\n"
     "\n"
     "36F, known Graves disease, off methimazole for 4 months. CT PE study with contrast two days ago in another ED (negative). Now fever 39.6, HR 168 in AF, agitation, vomiting, jaundice.\n"
     "\n"
     "TSH < 0.01, FT4 48 pmol/L, FT3 19, TRAb strongly positive. Large goiter, Pemberton sign positive (facial plethora with arms raised).\n"
     "\n"
     "Burch-Wartofsky point scale 55 (≥ 45 = storm).\n"
     "\n"
     "Treatment order:\n"
     "1. Propranolol 60 mg q4h (esmolol drip when she vomited).\n"
     "2. PTU 200 mg q4h rather than methimazole, for the T4→T3 block.\n"
     "3. Hydrocortisone 100 mg q8h (relative adrenal insufficiency; we checked Addison anyway).\n"
     "4. Lugol's iodine 1 hour after the PTU (Wolff-Chaikoff). Giving it first can fuel the fire, which is the Jod-Basedow story again after the contrast.\n"
     "5. Cholestyramine.\n"
     "\n"
     "Thyroidectomy on day 12. Post-op calcium 1.88; positive Chvostek and Trousseau signs; IV calcium.\n"
     "\n"
     "Differentials we talked through with the students for the \"endocrine eponyms\" quiz: Cushing, Conn, Sheehan, Hashitoxicosis (Hashimoto)."),
    # 075 Fever, rash and a ferritin of 18,400: Sweet syndrome, adult-onset Still disease, Yamaguchi criteria, Kikuchi, Castleman, Behçet, anti-Jo-1 and MDA5, Gottron and shawl signs; member handle
    ("Hospital medicine, stuck on a fever workup. Rheum friends, help.\n"
     "\n"
     "27F, 3 weeks of quotidian fevers to 40.1 every evening, a salmon-coloured evanescent rash that comes with the fever, sore throat, arthralgias. Ferritin 18,400, glycosylated fraction 12%. WBC 21 with 91% neutrophils. AST 140. Cultures x6 negative, TTE negative, CT chest/abdo/pelvis: splenomegaly only.\n"
     "\n"
     "Yamaguchi criteria: 4 major + 2 minor, with exclusions done. So adult-onset Still disease is where we're heading.\n"
     "\n"
     "Things the team raised along the way:\n"
     "- Sweet syndrome (but no tender plaques, and the rash is evanescent).\n"
     "- Kikuchi disease: no lymphadenopathy.\n"
     "- Castleman: CT negative for nodes.\n"
     "- Behçet: no oral or genital ulcers.\n"
     "- Dermatomyositis: no Gottron papules, no heliotrope, no shawl sign; myositis panel negative for anti-Jo-1 and anti-MDA5.\n"
     "- HLH: H-score 190. This is the part that worries me.\n"
     "\n"
     "Plan was methylprednisolone 1 g x3 and anakinra. Would you go to anakinra first?\n"
     "\n"
     "@htanaka_rheum replied:\n"
     "> \"H-score 190\"\n"
     "Then you're in MAS territory. Anakinra high dose (we use 100 mg q6h IV or SC) alongside the steroids, not instead. Check triglycerides and fibrinogen daily. If she doesn't turn around in 48-72 h, add cyclosporine or emapalumab.\n"
     "\n"
     "OP: Thanks Hiroshi. Started both; afebrile by day 3, ferritin 4,200 by day 7."),
    # 076 Place-named environmental illness: Jamaican vomiting sickness from ackee, Minamata, Balkan and Mesoamerican nephropathies, holiday heart syndrome; holidays and months used generically
    ("Tox/IM, hypoglycemia after a traditional breakfast. Thought people would enjoy the place names.\n"
     "\n"
     "41M, from Jamaica, ate ackee and saltfish that a relative brought in a suitcase. Vomiting 3 h later, then drowsy, glucose 1.9 mmol/L. Lactate normal, insulin and C-peptide appropriately suppressed, urine organic acids showing dicarboxylic aciduria. Classic Jamaican vomiting sickness: hypoglycin A from unripe ackee. Dextrose infusion for 36 h, then fine.\n"
     "\n"
     "Other place-named conditions that came up at our noon conference:\n"
     "- Minamata disease (methylmercury) and itai-itai (cadmium), for the history nerds.\n"
     "- Balkan endemic nephropathy (aristolochic acid).\n"
     "- Mesoamerican nephropathy, or CKDu, in sugarcane workers from Central America, with a similar picture in Sri Lanka.\n"
     "- Holiday heart syndrome: new AF after binge drinking. We see a spike every year after New Year's Eve parties and the long weekends, and our ED group jokes that Thanksgiving is gout season.\n"
     "\n"
     "Anyone else seeing ackee presentations? Canned ackee should be safe; the fresh fruit is the problem when picked unripe."),
    # 077 Severe hyponatremia: Adrogué-Madias formula, beer potomania, tea-and-toast, 3% saline, DDAVP clamp, osmotic demyelination; sodium values and rates
    ("Hospital medicine, how fast is too fast?\n"
     "\n"
     "58M, alcohol use disorder, eating almost nothing, drinking 12-15 beers a day: classic beer potomania. Na 108, K 2.9, Uosm 78, serum osm 222. GCS 14, no seizures.\n"
     "\n"
     "Hour by hour:\n"
     "- 0h: 3% saline 100 mL bolus for symptoms. Na 110.\n"
     "- 4h: Na 114. He starts a water diuresis (UOP 400 mL/h).\n"
     "- 6h: Na 117. We're going to overshoot, so a DDAVP clamp: 2 mcg IV q8h plus D5W to replace urine output.\n"
     "- 24h: Na 116. Target met: ≤ 8 mEq/L in 24 h given his high ODS risk (alcohol, hypokalemia, malnutrition).\n"
     "- 48h: 121. 72h: 125.\n"
     "\n"
     "The Adrogué-Madias formula predicted a 3 mEq rise per litre of 3% saline, which doesn't predict the auto-correction when ADH turns off. The tea-and-toast patient next door (81F) got 1/2 NS at 75 mL/h by mistake and went from 118 to 126 in 12 hours; relowered with D5W.\n"
     "\n"
     "Questions: do others run a proactive DDAVP clamp from the start in high-risk patients? And who checks Na q2h overnight? Our lab is 24/7 but the floors aren't staffed for it."),
    # 078 Right lower quadrant and right upper quadrant pain: Rovsing, psoas, obturator, McBurney, Alvarado, AIR, CODA and APPAC trials; Murphy, Tokyo Guidelines, Charcot triad, Reynolds pentad, Mirizzi, Courvoisier, Whipple, Roux-en-Y
    ("General surgery call, two abdomens at once. Posting the reasoning for our juniors.\n"
     "\n"
     "Bed 6: 23F, 18 h of periumbilical pain migrating to the RLQ. Tender at McBurney point, Rovsing positive, psoas and obturator signs negative. WBC 14, CRP 45. Alvarado 8, AIR score 9. US: non-compressible appendix, 9 mm. She asked about antibiotics-only: CODA showed non-inferiority at 30 days but about 3 in 10 had appendectomy within 90 days, and APPAC had similar 5-year data. She chose surgery. Lap appy at 0100.\n"
     "\n"
     "Bed 11: 74M, RUQ pain, fever 39, jaundice (Charcot triad). By 0300 he was hypotensive and confused: Reynolds pentad. Murphy sign positive. Tokyo Guidelines 2018: grade III cholangitis. ERCP urgently, stones, stent. CT later showed a Mirizzi syndrome type II. Palpable non-tender gallbladder was raised by a student (Courvoisier sign), but that's for malignant obstruction, not stones.\n"
     "\n"
     "Different patient from last week's M&M: post-Whipple leak at POD5, and a Roux-en-Y gastric bypass patient with an internal hernia. Both fine now.\n"
     "\n"
     "Surgery residents, please review the Tokyo grading: the ICU will ask."),
    # 079 Thrombophilia and HIT: Factor V Leiden, prothrombin G20210A, 4Ts, SRA, argatroban; Padua, Caprini, IMPROVE, Khorana, Vienna CATS; guideline link
    ("Heme consult, HIT on day 7 of heparin after cardiac surgery.\n"
     "\n"
     "67M, CABG. Platelets 210 → 74 on POD7. New DVT in the left leg. 4Ts score 6 (high). PF4 ELISA OD 1.8, SRA positive. Heparin stopped, including flushes. Argatroban started at 1 mcg/kg/min (hepatic function fine), warfarin only after plts > 150.\n"
     "\n"
     "Relevant history: heterozygous Factor V Leiden found when his brother had a DVT; prothrombin G20210A negative. That's a small contributor, not the main story.\n"
     "\n"
     "Side discussion on VTE prophylaxis scores, because the residents had them mixed up:\n"
     "- Padua prediction score and IMPROVE for medical inpatients.\n"
     "- Caprini for surgical patients.\n"
     "- Khorana score for cancer outpatients on chemo; Vienna CATS adds D-dimer and P-selectin.\n"
     "\n"
     "ASH 2018 HIT guideline: https://ashpublications.org/bloodadvances/article/2/22/3360/16113\n"
     "\n"
     "Fondaparinux vs DOAC for the transition once platelets recover? He's going home on apixaban at day 10."),
    # 080 Pleural effusion and a pulmonary nodule: Light's criteria with ratios that look like dates, RAPID score, MIST2, Fleischner 2017, Brock, Mayo and Herder models, GOLD and GINA
    ("Pulm consult, two questions in one 71M.\n"
     "\n"
     "Question 1, effusion: right-sided, moderate. Pleural protein 4.1 / serum 6.4 = 0.64 (> 0.5). Pleural LDH 480 / serum 220 = 2.2 (> 0.6). Pleural LDH > 2/3 ULN. Exudate by all three of Light's criteria. pH 7.12, glucose 2.1 mmol/L: complicated parapneumonic effusion. RAPID score 3 (medium risk). Chest tube + tPA/DNase per MIST2, 3 doses.\n"
     "\n"
     "Question 2, incidental 14 mm part-solid nodule in the LUL. Brock model (PanCan) risk 21%; Mayo Clinic model 34%; PET-CT then Herder model 62%. Fleischner 2017 doesn't apply to a known cancer-risk scan, but the Lung-RADS 4B category does. Refer for navigational bronchoscopy.\n"
     "\n"
     "Background: COPD, GOLD 3 group E, BODE 5. Asthma overlap by GINA? His eosinophils are 450, and he's on triple therapy."),
    # 081 Acid-base night: Winters' formula, delta-delta, GOLDMARK and MUDPILES, Kussmaul breathing, osmolar gap; ABG strings like 7.12/22/88/7 that look like dates
    ("Overnight ICU, a mixed acid-base puzzle for the residents.\n"
     "\n"
     "45M, found down, Kussmaul breathing. ABG 7.12/22/88/7. Na 140, Cl 98, HCO3 7. AG = 35. Albumin 40, so no correction needed.\n"
     "\n"
     "Winters' formula: expected pCO2 = 1.5 × 7 + 8 ± 2 = 16.5-20.5. Measured 22: a concurrent respiratory acidosis (he was sedated by someone before arrival).\n"
     "\n"
     "Delta-delta: ΔAG 23 / ΔHCO3 17 = 1.35. Pure AG metabolic acidosis, no hidden metabolic alkalosis.\n"
     "\n"
     "Measured osm 338, calculated 292: osmolar gap 46. GOLDMARK (glycols, oxoproline, L-lactate, D-lactate, methanol, aspirin, renal failure, ketones) rather than MUDPILES. Ethylene glycol level came back 62 mg/dL. Fomepizole, HD.\n"
     "\n"
     "Calcium oxalate crystals in the urine at 0400, Wood's lamp fluorescence negative (it usually is).\n"
     "\n"
     "Second ABG after HD: 7.38/38/96/22. Extubated on day 2."),
    # 082 HIV and PrEP: Biktarvy, Cabenuva, Apretude, Descovy, Sunlenca, PURPOSE 1, HPTN 083 and 084; CD4 and viral load; HLA-B*57:01
    ("ID clinic, long-acting injectables in a patient who misses visits.\n"
     "\n"
     "34M, HIV diagnosed 2 years ago, CD4 180, VL 48,000 after stopping Biktarvy for 4 months. Genotype: no resistance. HLA-B*57:01 negative (abacavir would be fine).\n"
     "\n"
     "He wants Cabenuva (cabotegravir/rilpivirine q2 months). Label says suppressed first. Options:\n"
     "1. Restart Biktarvy, suppress, then switch.\n"
     "2. Start Cabenuva now off label with close VL monitoring (some centres do this in people with adherence barriers, with decent outcomes).\n"
     "3. Lenacapavir (Sunlenca) for MDR, not indicated here.\n"
     "\n"
     "His partner is HIV negative and interested in PrEP: Apretude q2 months per HPTN 083 (MSM) and 084 (cis women), or Descovy daily. Lenacapavir twice-yearly per PURPOSE 1 and 2 once approved.\n"
     "\n"
     "Started option 1 on Monday; VL 180 at 4 weeks, < 20 at 10 weeks, switched."),
    # 083 Lung oncology: KRAS G12C, EGFR exon 19, ALK, ROS1, MET exon 14, PD-L1 TPS; KEYNOTE-189, FLAURA, ADAURA, PACIFIC, CheckMate 816, IMpower010; ECOG (named after a region)
    ("Thoracic onc, NGS came back and I'd like a second set of eyes on sequencing therapies.\n"
     "\n"
     "63F, former smoker (30 pack-years), stage IVA adenocarcinoma, single brain met. ECOG 1. NGS: KRAS G12C, STK11 and KEAP1 co-mutations. PD-L1 TPS 60%. EGFR, ALK, ROS1, MET exon 14, RET, NTRK negative.\n"
     "\n"
     "Options:\n"
     "- Pembrolizumab + platinum/pemetrexed per KEYNOTE-189, although STK11/KEAP1 blunt the IO response.\n"
     "- Sotorasib (Lumakras) or adagrasib (Krazati) first line? Trials are second line; CodeBreaK 200 was modest.\n"
     "- SRS for the brain met first.\n"
     "\n"
     "For comparison, the two stage III patients from the same clinic: one unresectable (durvalumab per PACIFIC), one resectable EGFR exon 19 (osimertinib adjuvant per ADAURA; the FLAURA data for first-line advanced). The neoadjuvant chemo-IO patient (CheckMate 816) had pCR. IMpower010 adjuvant atezo for PD-L1 ≥ 50%.\n"
     "\n"
     "Board consensus: SRS, then chemo-IO, with sotorasib at progression."),
    # 084 Palliative care and MAID in Canada: PPS, ESAS (Edmonton), Karnofsky, SPICT, POLST and MOLST, Quebec levels of care, Bill C-7 tracks, Carter and Truchon; member handle; public guideline link
    ("Palliative care, Track 2 MAID request in a patient who isn't dying soon. Seeking peer input on process only.\n"
     "\n"
     "72M, severe COPD plus heart failure, PPS 40%, Karnofsky 40, ESAS (the Edmonton Symptom Assessment System) dyspnea 9/10, anxiety 8/10, depression 3/10. SPICT positive. He asked for MAID two weeks ago. His natural death isn't \"reasonably foreseeable\" per the assessors, so Track 2 (90-day assessment period, expertise requirement) under Bill C-7.\n"
     "\n"
     "The law, summarized for the residents:\n"
     "- Carter v. Canada (SCC 2015) struck down the prohibition.\n"
     "- Truchon (Quebec Superior Court 2019) struck down \"reasonably foreseeable\" as a requirement, leading to C-7.\n"
     "- Mental illness as a sole condition: delayed to 2027.\n"
     "\n"
     "In Quebec the levels of care (niveaux de soins) A-D would sit alongside his MAID request; in the US they'd be on a POLST or MOLST form.\n"
     "\n"
     "Health Canada's guidance: https://www.canada.ca/en/health-canada/services/medical-assistance-dying.html\n"
     "\n"
     "@mcfortin_pal replied:\n"
     "> \"Track 2 (90-day assessment period)\"\n"
     "Yes, and make sure the \"expertise\" assessor actually has expertise in his condition; respirology or cardiology. We also offer a palliative consult on day 1 because half the time the symptom control changes the request. Bonne chance.\n"
     "\n"
     "OP: Merci Marie-Claude, that's exactly what happened: after a pulmonary rehab and opioid for dyspnea his ESAS dyspnea is 5 and he paused the request."),
    # 085 Seizures and epilepsy syndromes named for people and directions: Salzburg criteria, ESETT, Todd paralysis, Jacksonian march, Dravet, Lennox-Gastaut, West, Doose, Rasmussen, Landau-Kleffner
    ("Neuro consult, status in a 19-year-old with a known epilepsy syndrome.\n"
     "\n"
     "19M with Lennox-Gastaut (tonic seizures, slow spike-wave, developmental delay), brought in after 3 tonic-clonic seizures without return to baseline. Lorazepam 4 mg x2, then levetiracetam (Keppra) 60 mg/kg per ESETT (fosphenytoin and valproate were equivalent). Still not at baseline after 1 h. Continuous EEG: rhythmic 2.5 Hz activity; Salzburg criteria met for NCSE. Midazolam infusion.\n"
     "\n"
     "Day 2: right arm weakness that resolved in 12 h: Todd paralysis. His mother described a focal onset in his hand spreading to the face and arm (Jacksonian march) years ago.\n"
     "\n"
     "History: West syndrome in infancy (infantile spasms, hypsarrhythmia), which evolved into Lennox-Gastaut. SCN1A negative, so not Dravet. Differential in the adolescent clinic includes Doose (myoclonic-atonic) and, with a unilateral progressive picture, Rasmussen encephalitis; Landau-Kleffner when language regresses.\n"
     "\n"
     "Discharged on clobazam + cannabidiol (Epidiolex) + rufinamide. Anyone using fenfluramine (Fintepla) for adult LGS patients?"),
    # 086 ECG reading night: Sgarbossa and Smith-modified Sgarbossa, Wellens, de Winter, Brugada, Osborn, Aslanger, shark fin, Spodick, epsilon waves; Bazett vs Fridericia vs Framingham QTc
    ("Cardiology fellow here, posting 6 ECGs from last night's shift (anonymized descriptions) as a quiz.\n"
     "\n"
     "1. 69M with LBBB and chest pain: concordant STE 2 mm in V5. Smith-modified Sgarbossa positive (ST/S ratio -0.28). Cath: LCx occlusion.\n"
     "2. 52F, chest pain resolved: deep symmetric TWI V2-V4. Wellens type B, proximal LAD. Cath next morning.\n"
     "3. 47M, upsloping ST depression with tall T waves V1-V6: de Winter T waves = LAD occlusion. Cath lab at 0300.\n"
     "4. 33M, fever, coved STE V1-V2: Brugada type 1 unmasked by fever. Antipyretics, EP follow-up.\n"
     "5. 78F, temp 29.8 °C: Osborn J waves, bradycardia.\n"
     "6. 61M, inferior STE with STD in V1-V3 and a shark fin in II: Aslanger pattern.\n"
     "\n"
     "Bonus: 24F with pericarditis had Spodick sign (downsloping TP segment); 36M with ARVC had epsilon waves in V1.\n"
     "\n"
     "QTc question: HR 112, QT 340. Bazett 465 ms, Fridericia 423 ms, Framingham 420 ms. Which are you using for drug decisions? Our pharmacy uses Bazett."),
    # 087 Child maltreatment screening without identifiers: TEN-4-FACESp bruising rule, sentinel injuries, skeletal survey, PECARN head rule, mandated reporting, Childhelp hotline and 911
    ("Peds ED, trying to build a consistent maltreatment screen. Sharing our draft and asking what we've missed.\n"
     "\n"
     "Triggers:\n"
     "- Any bruise in an infant under 4 months (TEN-4-FACESp: torso, ear, neck; frenulum, angle of jaw, cheeks, eyelids, subconjunctival; patterned bruises; any bruise under 4.99 months).\n"
     "- Sentinel injuries: oral injuries, bruising in pre-cruisers.\n"
     "- Unexplained fracture in a non-ambulatory child.\n"
     "\n"
     "Workup:\n"
     "- Skeletal survey under 2 years. Repeat at 2 weeks.\n"
     "- Head CT or MRI under 6 months with any concern; PECARN head rule for accidental mechanisms only.\n"
     "- LFTs, lipase, UA (abdominal trauma).\n"
     "- Ophthalmology for retinal exam.\n"
     "\n"
     "Reporting: mandated reporting to CPS or the provincial child welfare agency, regardless of certainty. The Childhelp National Child Abuse Hotline (1-800-422-4453) for advice; 911 for immediate danger.\n"
     "\n"
     "What we're debating: how to document history from a caregiver verbatim without leading questions. Any templates?"),
    # 088 Red cell alloimmunization in pregnancy: Kell, Duffy, Kidd, Lutheran, Diego, Lewis (antigens named after patients, not PHI); titers written like ratios; MCA-PSV; TTTS Quintero staging, Solomon technique, Ballantyne mirror syndrome
    ("MFM, anti-Kell alloimmunization; help me decide on timing.\n"
     "\n"
     "29F, G3P2, anti-Kell titer 1:32 at 18 weeks (prior transfusion after a PPH). Father Kell-positive heterozygous; cfDNA fetal KEL1 positive.\n"
     "\n"
     "Anti-Kell is different: suppresses fetal erythropoiesis, so titers correlate poorly and the critical titer is 1:8, not 1:16. MCA-PSV weekly from 18 weeks. At 24+3 weeks, MCA-PSV 1.6 MoM. Cordocentesis: Hct 19%. IUT x3, delivered at 35 weeks.\n"
     "\n"
     "Teaching aside the residents asked for: Kell, Duffy, Kidd, Lutheran, Diego and Lewis blood groups were named after patients or donors in whom the antibodies were first found; anti-Duffy and anti-Kidd can cause HDFN; Lewis rarely does.\n"
     "\n"
     "Separate case this week: monochorionic twins, TTTS Quintero stage III. Laser with the Solomon technique. Recipient twin had hydrops and the mother developed mirror (Ballantyne) syndrome: edema, proteinuria. Resolved after laser."),
    # 089 Nursing home outbreak: norovirus (Norwalk), C. difficile, Candida auris; McGeer and Loeb criteria; unit, ward and bed numbers; months and seasons used generically
    ("LTC medical director here. Outbreak management question.\n"
     "\n"
     "Norovirus (the old Norwalk agent) outbreak on our 2nd floor: 18 residents and 7 staff in 5 days. Index case in room 214, bed B. Closed the unit, stopped group dining, bleach products instead of quats, staff excluded for 48 h after symptoms.\n"
     "\n"
     "Surveillance definitions: McGeer criteria (revised 2012) for infections, Loeb minimum criteria for initiating antibiotics. We had 3 residents started on antibiotics who didn't meet Loeb. Stopped.\n"
     "\n"
     "Also a C. difficile case in Ward 3, bed 12, separate from the norovirus. And a new admission from a hospital with known Candida auris: contact precautions and screening per public health.\n"
     "\n"
     "Every winter we see this from December to March. Do others cohort staff between floors, or is that impossible with staffing?"),
    # 090 Locums licensing chat: IMLC compact, provincial colleges (CPSO, CPSBC, CMQ), DEA registration, NPDB, NPI, territorial licences; billing codes and ICD-10; two members
    ("Locums thread: who's doing both sides of the border, and how do you keep your licences straight?\n"
     "\n"
     "Bo Lindgren: I hold an Ontario licence (CPSO), BC (CPSBC), and the Nunavut one through the territorial registrar. US: Minnesota and North Dakota via the IMLC compact. DEA registration in both states, separate for each. The NPDB check for every US locums assignment takes a week.\n"
     "\n"
     "Jessica Nakamura: Add the Collège des médecins du Québec (CMQ) and the French language exam if you want Quebec. The OQLF requirement is serious. I did it for a summer in a coastal community and loved it.\n"
     "\n"
     "Bo Lindgren: Billing is the other headache. US: ICD-10 (e.g. R65.21 for septic shock) plus CPT 99291 for critical care. In Ontario, OHIP fee codes (A130, G395...). BC MSP has its own.\n"
     "\n"
     "Jessica Nakamura: Tip: keep one spreadsheet with every licence's renewal month, CME requirement and fees. NPI is forever but the state licences aren't."),
    # 091 Psychiatry on the medical floor: clozapine REMS and ANC, long-acting injectables, PANSS, Simpson-Angus, Barnes, AIMS, Columbia suicide scale, SAD PERSONS, Bush-Francis catatonia scale, Ativan challenge, Levenson criteria for NMS; 988
    ("Psych C-L, catatonia vs NMS on a medical floor.\n"
     "\n"
     "31M, schizophrenia, on Invega Sustenna for 2 years, recently started clozapine (ANC 2,400; REMS no longer required but we monitor). Admitted with fever 39.2, rigidity, CK 8,400, mutism, posturing.\n"
     "\n"
     "- Bush-Francis catatonia rating scale: 18.\n"
     "- Levenson criteria for NMS: 2 major (fever, rigidity, CK) + 3 minor. Meets criteria.\n"
     "- Lorazepam (Ativan) challenge 2 mg IV: partial response.\n"
     "- Stopped antipsychotics; dantrolene and bromocriptine, then ECT.\n"
     "\n"
     "Other scales used for the chart:\n"
     "- PANSS 92 at baseline.\n"
     "- Simpson-Angus 14, Barnes akathisia 2, AIMS 8.\n"
     "- C-SSRS (Columbia) negative. SAD PERSONS 3.\n"
     "\n"
     "If he's at risk after discharge: 988 (crisis line, both US and Canada now) and 911 for emergencies."),
    # 092 Aneurysmal SAH: Hunt and Hess, Fisher and modified Fisher, WFNS, Spetzler-Martin, Lindegaard ratio, Ottawa SAH rule, nimodipine; EVD numbers
    ("Neuro ICU, vasospasm day 7.\n"
     "\n"
     "51F, thunderclap headache, Ottawa SAH rule positive. CT: diffuse SAH. Hunt and Hess 3, WFNS 2, modified Fisher 4. ACom aneurysm, coiled day 1. EVD at 20 cmH2O.\n"
     "\n"
     "Day 7: TCD MCA velocity 210 cm/s, Lindegaard ratio 5.4 (> 3 = vasospasm). New left arm drift. Nimodipine 60 mg q4h, induced hypertension to SBP 180. Angio: intra-arterial verapamil.\n"
     "\n"
     "Day 9: velocities down to 140, drift resolved. Day 14: EVD clamp trial failed (ICP 28), so a VP shunt on day 17. Discharged to rehab day 21, mRS 2.\n"
     "\n"
     "Separate: 34M with an AVM, Spetzler-Martin grade III, for embolization then resection.\n"
     "\n"
     "Question for the group: do you still use TCDs daily, or have you moved to CTP on day 4-7? We use both, and I'm not sure the TCD adds much when the exam is reliable."),
    # 093 Orthopedic trauma eponyms, many of them ordinary words or place names: Gustilo, Salter-Harris, Monteggia, Galeazzi, Colles, Smith, Barton, Jones, Lisfranc, Maisonneuve, Chance, Jefferson, Hangman, Weber, Garden, Pipkin, Hawkins, Segond, Bankart, Hill-Sachs, Tillaux, boxer's
    ("Ortho call summary, a busy weekend.\n"
     "\n"
     "1. 24M, MVC: open tibia fracture, Gustilo IIIB. Ex-fix and flap.\n"
     "2. 8F, fall: distal radius Salter-Harris II.\n"
     "3. 11M: Monteggia fracture-dislocation (ulna + radial head).\n"
     "4. 34F: Galeazzi (radius + DRUJ).\n"
     "5. 68F, FOOSH: Colles fracture. Her friend with a Smith fracture. A Barton fracture on the other side of the ED.\n"
     "6. 19M, basketball: Jones fracture (5th metatarsal), non-weight-bearing.\n"
     "7. 27M: Lisfranc injury.\n"
     "8. 41F: Maisonneuve fracture (proximal fibula + ankle).\n"
     "9. 22M, lap belt: Chance fracture L1.\n"
     "10. 18M, diving: Jefferson fracture C1. Another with a Hangman's fracture C2.\n"
     "11. 56F: ankle Weber B.\n"
     "12. 82F: hip, Garden III. Hemiarthroplasty.\n"
     "13. 30M: femoral head Pipkin II.\n"
     "14. 25M: talus neck fracture; Hawkins sign at 6 weeks.\n"
     "15. 20F, knee: Segond fracture (ACL). \n"
     "16. 17M: shoulder dislocation with Bankart and Hill-Sachs lesions.\n"
     "17. 14M: Tillaux fracture.\n"
     "18. 29M: boxer's fracture."),
    # 094 Post-cardiac arrest care: TTM2, HYPERION, LUCAS, ZOLL, Arctic Sun, Utstein template, CAHP and OHCA scores, ARREST, Prague OHCA, INCEPTION; times and doses
    ("ICU, post-arrest temperature management after TTM2.\n"
     "\n"
     "56M, witnessed VF arrest at home, bystander CPR, 911 called at once. First shock at 9 min, LUCAS on the way in, ROSC at 22 min. Epinephrine 1 mg x3.\n"
     "\n"
     "Utstein data recorded. CAHP score 180 (moderate risk). OHCA score 28.\n"
     "\n"
     "Temperature: after TTM2 we target normothermia (< 37.7 °C) for 72 h with an Arctic Sun pad; HYPERION was 33 °C for non-shockable rhythms.\n"
     "\n"
     "ECPR discussion: ARREST (positive), Prague OHCA (neutral), INCEPTION (neutral).\n"
     "\n"
     "Neuroprognostication at 72 h: pupils reactive, N20 present, NSE 28.\n"
     "\n"
     "Woke up day 4, following commands day 5. Cath: no culprit lesion; cardiac MRI showed old inferior scar, so secondary prevention ICD. Discharged home day 14, CPC 1.\n"
     "\n"
     "The family asked whether the 9 minutes before the first shock mattered. They live 15 minutes from the station and there was a public AED 300 m away that nobody knew about. We've started asking the EMS agency to add AED locations to their 911 dispatch script."),
    # 095 Pediatric DKA: ISPAD guideline, PECARN FLUID trial, two-bag system, 1/2 NS and 0.9% saline, BOHB; diabetes tech brands (Dexcom G7, Omnipod 5, Tandem Mobi, Control-IQ)
    ("Peds endo, DKA in an established patient on a pump.\n"
     "\n"
     "13F, T1D on Omnipod 5 with Dexcom G7. Pod failure overnight, didn't notice. pH 7.08, HCO3 6, BOHB 7.8, glucose 28 mmol/L.\n"
     "\n"
     "PECARN FLUID trial: no difference in cerebral edema between 0.9% and 0.45% (1/2 NS), fast or slow. ISPAD 2022: 10-20 mL/kg bolus, then 1.5-2x maintenance. Two-bag system. Insulin 0.1 u/kg/h.\n"
     "\n"
     "Closed by 14 h. Back on the pump the next morning, after a site-failure lecture she rolled her eyes at.\n"
     "\n"
     "The teaching point for families: the Dexcom showed 20+ mmol/L for 5 hours with alarms silenced overnight. Omnipod 5 and Control-IQ can't fix a pod with no insulin going in. Rule: ketones if glucose > 14 and not falling after a correction, and a pen injection before changing the pod.\n"
     "\n"
     "She and her parents are considering switching to the Tandem Mobi with Control-IQ. Does anyone have data on DKA rates across the closed-loop systems?"),
    # 096 Short: a cluster of Powassan cases; weekday and relative times, CSF numbers
    ("Anyone else seeing more Powassan this summer? Three on our service since Monday, all negative for Lyme. CSF pleocytosis 88 cells with 60% lymphs in the sickest one. All three had ticks after walking in the woods near their cottages."),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc30-003": [{"name": "Sophie Laroche", "handle": "@slaroche_icu"}, {"name": "Étienne Brassard", "handle": "@ebrassard"}],
    "pc30-013": [{"name": "Fiona Chisholm", "handle": "@fchisholm"}],
    "pc30-022": [{"name": "Dan Whitcomb"}],
    "pc30-031": [{"name": "Jake Morrow", "handle": "@jmorrow_trauma"}],
    "pc30-045": [{"name": "Dakota Lindqvist", "handle": "@dakota_tele"}],
    "pc30-049": [{"name": "Marcia Okafor", "handle": "@marcia_icu"}, {"name": "Ifeanyi Chukwu", "handle": "@ifeanyi_cc"}],
    "pc30-053": [{"name": "Ana Lucía Ferreira", "handle": "@neuro_ana"}, {"name": "Tom Brennan"}],
    "pc30-055": [{"name": "Priya Raghunathan"}],
    "pc30-059": [{"name": "Kwame Mensah", "handle": "@kmensah_neph"}],
    "pc30-061": [{"name": "Ruth Abramowitz", "handle": "@ruth_geri"}],
    "pc30-067": [{"name": "Samir Haddad"}, {"name": "Colleen O'Rourke", "handle": "@corourke_psych"}],
    "pc30-072": [{"name": "Leah Cardinal", "handle": "@leah_rural"}],
    "pc30-075": [{"name": "Hiroshi Tanaka", "handle": "@htanaka_rheum"}],
    "pc30-084": [{"name": "Marie-Claude Fortin", "handle": "@mcfortin_pal"}],
    "pc30-090": [{"name": "Bo Lindgren"}, {"name": "Jessica Nakamura"}],
}

build, render, main = first_set.blind_set(
    "pc30", Path(__file__).with_name("physician_cases_30.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
