# ruff: noqa: E501, RUF001 (the notes are data: one paragraph a line reads like a post; Greek and Cyrillic letters are meant)
"""Build ``physician_cases_13.jsonl``: blind test set 13 of invented physician posts.

Written blind by a helper session: it read only the TAGS, the parser and the build
helpers of ``make_physician_cases.py``, never the detector, its rules, the tests or any
other test set. Every patient, relative, clinician, colleague, address and number is
invented (US-style numbers in 555-01xx, other phone numbers built around 555 01xx,
IPs in the documentation ranges, made-up email domains and URLs).

The set leans towards Southern Europe, the Middle East, Russia and Central Asia,
Southeast Asia and Latin America: English written by physicians there with their own
words mixed in, pasted discharge letters and lab requests in local templates, WhatsApp
and Telegram chats, refugee and migrant health, military, disaster, maritime and
aviation medicine, local-language hospital names and acronyms, national identity and
insurance numbers, local phone and address formats, Persian, Hebrew, Islamic and
Buddhist calendar dates, patronymics, matronymics and compound surnames.

Conventions beyond the README: titles and honorifics stay outside the span ("Dr.",
"Dott.ssa", "Doña", "Sr.ª", "Bà", "Daw", "U", "Mak Cik", "Ah Ma", "Lola", "Ate",
"Lok Ta", "Kyria", "aling"), but a patronymic, "binti"/"bin", "o'g'li"/"qizi" and
particles of a compound surname are part of the name. A Hokkien "Ah" prefix that is
part of a given name ("Ah Seng") stays in the span. Labels in front of a number
("NHC", "C.F.", "IIN", "IMO") stay out. A national identity number is SSN, an
insurance or social-security membership number PLAN, a passport, refugee, permit,
booking, seaman's book or military service number ID, a ship's IMO number VIN and its
call sign PLATE. A ship's position in coordinates is PLACE; a ship, a military unit, a
camp administration and an employer are FAC; a refugee-camp block or tented
settlement code is PLACE. Provinces, oblasts, regions and governorates are treated as
states and left untagged; districts, townships, communes, barangays, mahallas and
villages are PLACE. A date in any calendar (Persian, Hebrew, Hijri, Buddhist Era) is
DATE when it has a day or month; a year alone is YEAR.

    python bench/data/make_physician_cases_13.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/data is not a package; the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 1 Italian discharge letter pasted in ALL CAPS, nonagenarian on apixaban
    """Pasting our lettera di dimissione for the M&M group (forgot to anonymise, mods please fix):

[[FAC:ASL BARI]] - [[FAC:P.O. MADONNA DELLE GRAZIE DI ACQUAFREDDA]] - U.O.C. MEDICINA INTERNA
PAZIENTE: [[PT:LORUSSO ADDOLORATA]]  NATA IL [[DATE:14/02/1931]] A [[TOWN:MOLFETTA]] (BA)
C.F. [[SSN:LRSDLR31B54F284K]]
RESIDENTE IN [[STREET:VIA PAPA GIOVANNI XXIII 41]], [[ZIP:70056]] [[TOWN:MOLFETTA]]
RICOVERO DAL [[DATE:02/03/2024]] AL [[DATE:11/03/2024]]   N. NOSOGRAFICO [[MRN:2024/004817]]
DIAGNOSI: SCOMPENSO CARDIACO ACUTO IN FA PERMANENTE. IRC STADIO 3B. ANEMIA SIDEROPENICA.
TERAPIA: FUROSEMIDE 25 MG 1+1/2 CP, BISOPROLOLO 1,25 MG, APIXABAN 2,5 MG X 2, FERRO CARBOSSIMALTOSIO 500 MG EV IN DH.
MEDICO CURANTE: DR. [[HCP:SGOBBA VITO]]
IL DIRIGENTE MEDICO: DOTT.SSA [[HCP:DE PALMA ROSSELLA]]

She is [[AGE:93]], 52 kg, creatinine 1.6, so two of three criteria and we gave 2.5 bid. Anyone here switching these patients to edoxaban 30 instead, after ELDERCARE-AF used 15?""",
    # 2 Basque emergency department chat pasted from Telegram
    """copio el chat de la guardia (Telegram) porque tengo una duda con la anticoagulación, perdón por el spanglish

Grupo: Urgencias [[FAC:Hospital de Zumárraga]] - guardia [[DATE:14/03/24]]
[08:12] [[HCP:Nerea Olabarrieta]]: box 4 = [[PT:Jesús Mari Arrieta Goikoetxea]], 78a, NHC [[MRN:3390217]], FA rápida + hemiparesia dcha de 3h. TAC sin sangrado, INR 2,8 con Sintrom
[08:14] [[HCP:Iñaki Zubeldia]]: neuro lo ha visto, no fibrinolisis por INR. AngioTC en curso, si oclusión de M1 llamamos a [[FAC:Donostia]] para trombectomía
[08:15] [[HCP:Nerea Olabarrieta]]: su hija [[REL:Amaia]] vive en [[TOWN:Legazpi]], el fijo de casa es [[PHONE:943 555 017]]
[08:31] [[HCP:Iñaki Zubeldia]]: M1 izq ocluida, trasladamos

He got thrombectomy (TICI 2b) and is now NIHSS 4. My question is the restart: would you move him to a DOAC at day 6 (the old 1-3-6-12 rule) or follow ELAN and start earlier? @marta.ibarguren you did the registry for this, no?""",
    # 3 Iran, brucellar spondylitis, Persian calendar
    """Salam dear colleagues. Brucella question from our ward at [[FAC:Bimarestan-e Golestan-e Sabz]], need advice.
Pt [[PT:Mohammad-Hossein Karimzadeh]], 34 y/o shepherd, admitted [[DATE:12 Esfand 1402]] (= [[DATE:2 March 2024]] for Gregorian people) with 6 weeks fever, night sweat, low back pain. He eat fresh panir from his uncle flock in [[PLACE:Kalateh-ye Mir]] village near [[TOWN:Torbat-e Heydarieh]]. Wright 1/640, Coombs Wright 1/1280, 2ME 1/320. MRI L4-L5 spondylodiscitis with small psoas collection 14 mm.
We started doxy 100 bid + rifampin 600 + gentamicin 5 mg/kg for 7 days. Dr. [[HCP:Mahsa Tavakkoli]] (our ID attending) want 12 weeks total, the ortho want 6 month. What you do?
(for the file: code-e melli [[SSN:0912345678]], parvandeh [[MRN:1402-88315]], brother [[REL:Reza]] is the contact, [[PHONE:0915 555 0172]])""",
    # 4 Israel, hip fracture in a kibbutz member, Hebrew date
    """Quick Q, hip fracture in a [[AGE:96]] yo on apixaban. [[PT:Shoshana Ben-Ami]] from [[PLACE:Kibbutz Ein HaShofet]] fell in the dining hall on [[DATE:Erev Yom Kippur 5784]]. Came to us at [[FAC:Merkaz Refui Galil Ma'aravi]], last apixaban dose 08:00. Ortho (Dr. [[HCP:Avishai Mizrahi]]) wants to operate at 24h, anaesthesia says 48h for a spinal. Granddaughter [[REL:Noa Ben-Ami Levi]] is the one deciding; she asked for a fascia iliaca block already and it helped a lot.
TZ [[SSN:031245786]], Maccabi no. [[PLAN:44-817-2093]] in case anyone from Maccabi geriatric home care reads this.
Todah Yael for the GA vs spinal paper you posted last week.""",
    # 5 Lebanon, cutaneous leishmaniasis in a Syrian refugee child
    """Bekaa, cutaneous leishmaniasis again. Syrian girl [[PT:Rahaf Al-Hamoud]], 7, from the informal tented settlement [[PLACE:ITS 021-004]] outside [[TOWN:Bar Elias]]. Three "Aleppo boils" on cheek and forearm, 4-6 months. Smear positive, LD bodies +++. Father [[REL:Khaled]] says the whole settlement has them since they moved from [[TOWN:Maarat al-Numan]].
We saw her at [[FAC:Dar al-Shifa PHC]] on [[DATE:5/11/2023]], nurse [[HCP:Rima Haddad]] did cryo x2. Facial lesion not improving.
UNHCR case [[ID:LB1-23C18842]], father's mobile [[PHONE:+961 71 555 014]].
@karim.saade can your team still get Glucantime for intralesional? The MoPH stock is out here.""",
    # 6 UAE, exertional heat stroke in a migrant worker during Ramadan
    """Exertional heat stroke, summer is back. [[PT:Santhosh Kumar Pillai]], 41M, scaffolder with [[FAC:Gulf Star Scaffolding LLC]], collapsed on a site in [[PLACE:Al Quoz Industrial Area 3]] at 14:20 on [[DATE:17 Ramadan 1445]], fasting. Core temp 42.3 on arrival at [[FAC:Al Baraha-Jadeed Hospital]]; cold water immersion got him to 38.9 in 22 min. CK 48,000 next day, AKI with Cr 3.4, ALT 1,900.
Emirates ID [[SSN:784-1983-4829175-3]]. His roommate from the labour accommodation, [[REL:Biju]] ([[PHONE:050 555 0193]]), is the only local contact; wife is in [[TOWN:Kollam]].
Should we push for the mid-day break to be extended during Ramadan?""",
    # 7 Russia, C. difficile in a nonagenarian, patronymic used alone
    """Colleagues, need opinion. Pt [[PT:Kulikova Zinaida Petrovna]], [[AGE:91]] y.o., from [[TOWN:Kolomna]], admitted to our therapy department ([[FAC:GBUZ MO Kolomenskaya TsRB]]) [[DATE:04.02.2024]] with pneumonia, then C. difficile after ceftriaxone. [[PT:Zinaida Petrovna]] is very sharp, she was a teacher 40 years at [[FAC:School No. 9]]. Son [[REL:Sergei Ivanovich]] insists on "the best antibiotic" and brought vancomycin from the pharmacy himself.
Address for the patronage nurse: [[STREET:ul. Sadovaya, d. 14, kv. 37]]. SNILS [[SSN:112-345-678 95]], polis OMS [[PLAN:5098 7701 2233 4410]].
Question: fidaxomicin is not available for us, would you do oral vanco taper after a first episode at her age?""",
    # 8 Kazakhstan, CCHF with needle-stick exposure in staff
    """CCHF season started early. 27yo shepherd [[PT:Nurlan Serikbaiuly Zhakupov]] from [[PLACE:aul Zhibek Zholy]], [[PLACE:Saryagash district]], tick bite while shearing. Admitted to [[FAC:Shymkent City Infectious Diseases Hospital]] [[DATE:19.04.2024]], plt 18, PT 24 s, gum bleeding, PCR positive. Ribavirin started day 3.
IIN [[SSN:970312300481]]. His brother [[REL:Daulet]] keeps calling our Telegram group asking for results from [[PHONE:+7 701 555 0134]] - please nobody answer him with lab results in chat, he is not the legal representative.
Two nurses had needle contact, they are on ribavirin PEP. @aigerim.tokhtarova is ribavirin PEP still in your protocol?""",
    # 9 Uzbekistan referral letter, HELLP
    """assalomu alaykum. pasted from our referral letter, translation mine:

REFERRAL. Patient: [[PT:Xasanova Dilnoza Rustam qizi]], born [[YEAR:1996]], address: [[TOWN:Samarqand]] sh., [[PLACE:Bog'ishamol mahallasi]], [[STREET:Registon ko'chasi 18-uy]]. Passport [[ID:AD 4418271]]. Diagnosis: pregnancy 31 weeks, severe preeclampsia, HELLP? Referred from [[FAC:Pastdarg'om tuman tibbiyot birlashmasi]] to [[FAC:RShTYoIM Samarqand filiali]] [[DATE:11.05.2024]]. Husband [[REL:Jasur Akmal o'g'li]], tel [[PHONE:+998 91 555 01 27]].

She was delivered by CS, baby 1,450 g. Mum now day 3, plt 42, LDH 1100. Question: dexamethasone for HELLP, anyone still give it?""",
    # 10 Georgia, thyroid storm after contrast
    """Thyroid storm after iodinated contrast. [[PT:Nino Beridze-Kapanadze]], 52F, known MNG, had CT angio at a private centre in [[PLACE:Vake]] on [[DATE:21/01/2024]]; 9 days later AF 170, T 39.4, delirium. Burch-Wartofsky 65. Admitted to our ICU at [[FAC:Mtatsminda Clinical Hospital]]. Her daughter [[REL:Tamar]] is a resident here, so everybody knows the case already, sorry [[REL:Tamar]].
Personal no. [[SSN:01024058817]].
PTU + propranolol + hydrocortisone, Lugol 1 h after. Plasmapheresis discussed. @levan.gogichaishvili you had a similar one after amiodarone?""",
    # 11 Armenia, colchicine-resistant FMF
    """FMF resistant to colchicine: 16yo boy, [[PT:Arman Hovhannisyan]], from [[TOWN:Gyumri]], M694V homozygous, attacks every 2-3 weeks on colchicine 2 mg, proteinuria 1.1 g/day, we worry about amyloidosis. Followed at [[FAC:Shengavit Children's Medical Centre]]. His mother [[REL:Anahit Petrosyan]] asked about canakinumab, the insurance doesn't cover. Last attack on [[DATE:3 March]] with orchitis. Social card no. [[SSN:3211080147]] for the state programme application.
Ideas for funding? Anyone from the Armenian FMF registry here?""",
    # 12 Malaysia, dengue shock
    """Dengue shock, sharing for learning. Mak Cik [[PT:Siti Aminah binti Yusof]], 67, from [[STREET:No. 12, Jalan Mawar 3/2]], [[PLACE:Taman Sri Muda]], [[ZIP:40400]] [[TOWN:Shah Alam]]. Day 5 fever, came to [[FAC:Klinik Kesihatan Seksyen 19]] with abdominal pain and lethargy, HCT 52 from baseline 38, plt 19. Sent to [[FAC:Hospital Seri Kembangan Utara]].
MyKad [[SSN:570814-10-5632]]. Son [[REL:Faizal]] works night shift, reachable after 4pm at [[PHONE:012-555 0148]].
Fluids per CPG, 7 ml/kg/h then tapered, she recovered. Learning point: warning signs missed at the first KK visit on [[DATE:2/1/2024]]. Thanks Dr Wong for your comments on my last post, I used your chart.""",
    # 13 Singapore, long lie in an elderly woman living alone
    """Ah Ma [[PT:Tan Geok Hwa]], [[AGE:94]], lives alone in a 1-room rental flat at [[STREET:Blk 412 Bedok North Ave 2 #08-115]], Singapore [[ZIP:460412]]. Found by the neighbour after 2 days on the floor, CK 12,000, pressure injury over the sacrum. NRIC [[SSN:S2841736H]]. Speaks only Teochew; only family is a nephew, [[REL:Ah Seng]], in [[TOWN:Johor Bahru]].
Admitted to [[FAC:Changi General Hospital]]. She wants to go home. Our medical social worker [[HCP:Nurul Huda]] is applying for home personal care but the wait is 6 weeks. How do other teams handle this without a step-down bed?""",
    # 14 Philippines, Taglish, TB in a lola
    """Hi po, need advice. Lola [[PT:Remedios Dimaculangan]], [[AGE:92]], from [[PLACE:Brgy. San Isidro]], [[TOWN:Lipa City]], Batangas. 3 months cough, weight loss, Na 124. GeneXpert MTB detected, RIF resistance not detected. Admitted [[FAC:San Sebastian District Hospital]] since [[DATE:Dec 8]].
Her apo, Ate [[REL:Joy]], is the bantay and asking if kaya pa ng lola ang 4 drugs. Lola [[PT:Edring]] (that's what everyone calls her) already had jaundice with INH back in [[YEAR:1998]].
PhilHealth [[PLAN:01-025918374-2]], contact [[PHONE:0917 555 0126]].
Would you start modified regimen without INH from the start?""",
    # 15 Vietnam, generalised tetanus
    """Case from [[TOWN:Hanoi]], tetanus. Bà [[PT:Nguyễn Thị Hoa]], 71, farmer from [[PLACE:xã Phú Nghĩa]], [[PLACE:huyện Chương Mỹ]], stepped on a rusty nail [[DATE:ngày 2/3]], never vaccinated. Admitted to ICU at [[FAC:Bệnh viện Bệnh Nhiệt đới Trung ương]] [[DATE:12/03/2024]], Ablett grade III, trismus + opisthotonus. CCCD [[SSN:001154003827]]. Son [[REL:Trần Văn Minh]], tel [[PHONE:0912 555 017]].
Dr. [[HCP:Phạm Quốc Bảo]] gave intrathecal TIG 3000 IU, plus magnesium infusion. @bao.pham can you post your Mg protocol here? Question for ICU people: how long do you continue Mg when the spasms need still midazolam?""",
    # 16 Thai-Myanmar border, vivax relapse, Buddhist Era date
    """From the border. U [[PT:Kyaw Min Htut]], 38, and his wife Daw [[REL:Khin Myo Aye]] crossed from [[TOWN:Myawaddy]] last week. He has P. vivax again (third time this year), seen at [[FAC:Moei River Migrant Clinic]] on [[DATE:14 March 2567]] (B.E.). Previous treatment at [[FAC:Hlaing Tharyar Township Hospital]] was chloroquine only. Thai pink card no. [[ID:0 0617 48201 53 7]], phone [[PHONE:+66 81 555 0163]].
No G6PD test here. Primaquine 0.5 mg/kg for 7 days without a test: ok or crazy?""",
    # 17 Cambodia, melioidosis
    """Melioidosis again after the rains. Lok Ta [[PT:Sok Chanthou]], 58, rice farmer, diabetic, from [[PLACE:Phum Trapeang Veng]], [[PLACE:Khum Prey Kabbas]]. Splenic abscesses, B. pseudomallei in blood culture at [[FAC:Takeo Provincial Referral Hospital]] on [[DATE:28/09/2023]]. Meropenem 2 weeks then co-trimoxazole eradication. IDPoor card [[ID:21-0817-0042]] so the meropenem is covered. His daughter [[REL:Srey Leak]] brings him for follow-up.
Anyone doing 12 vs 20 weeks eradication?""",
    # 18 Colombia, lupus nephritis, compound surnames
    """Caso para discusión (sorry the mix). Doña [[PT:María Camila Restrepo Zuluaga]], 44, from [[PLACE:barrio Manrique]], [[TOWN:Medellín]], lives at [[STREET:Cra. 43A # 77-135 apto 302]]. LES with class IV nephritis, biopsy at [[FAC:Hospital Pablo Tobón Uribe]], proteinuria 3.4 g, Cr 1.7. Cédula [[SSN:43.582.917]], EPS afiliación [[PLAN:CC43582917-01]].
Her nephrologist Dr. [[HCP:Juan Esteban Ochoa]] started MMF, but the EPS approved only cyclophosphamide Euro-Lupus. Started on [[DATE:15 de marzo]].
Would you push for voclosporin or belimumab here? Tutela takes 10 days.""",
    # 19 Peru, Oroya fever
    """Enfermedad de Carrión, acute phase (Oroya fever). [[PT:Yuri Mamani Quispe]], 9 yo, from [[PLACE:caserío Huaripampa]], distrito de [[PLACE:Shupluy]], Áncash. Fever, pallor, Hb 5.1, smear with Bartonella bacilliformis in 80% of RBCs. Admitted [[FAC:Hospital de Apoyo Yungay]] [[DATE:2/4/24]].
DNI [[SSN:78145023]], SIS [[PLAN:3-78145023]]. Mother [[REL:Marisol Quispe Huamán]], cel [[PHONE:987 555 012]].
Gave ciprofloxacin + ceftriaxone per MINSA norm, transfused. Question: in children would you still add chloramphenicol for Salmonella coinfection?""",
    # 20 Chile, hantavirus cardiopulmonary syndrome
    """Hanta (virus Andes) cardiopulmonary syndrome, ECMO transfer. [[PT:Eliseo Antilef Huenchumán]], 29, forestry worker for [[FAC:Forestal Llancahue]], lives in [[PLACE:sector Los Maitenes]], comuna de [[TOWN:Cochrane]]. Prodrome 4 days, then shock with plt 42 and immunoblasts. First seen at [[FAC:Hospital de Cochrane]] [[DATE:08-01-2024]], flown to [[TOWN:Santiago]] for VA-ECMO.
RUT [[SSN:17.482.936-K]]. Partner [[REL:Yasna]], [[PHONE:+56 9 5550 1942]].
He survived. Thanks @ignacio.valdivieso for taking the call at 4 am. Our learning: plt under 100k plus immunoblasts in a rural worker = call the ECMO centre before intubation.""",
    # 21 Cuba, Oropouche in pregnancy
    """Consulta: Oropouche en embarazada. Paciente [[PT:Yusleidy Hernández Cabrera]], 31, embarazo 22 semanas, vive en [[STREET:Calle 23 No. 1054 e/ 12 y 14]], [[PLACE:Vedado]], municipio [[PLACE:Plaza de la Revolución]], [[TOWN:La Habana]]. Fever, retro-ocular pain, rash, inicio [[DATE:12/8/2024]]. Seen at [[FAC:Policlínico Universitario 19 de Abril]], consultorio [[FAC:CMF 14]]; family doctor Dra. [[HCP:Odalys Guerra]].
Carné de identidad [[SSN:93041708572]].
PCR positive for OROV. Fetal US normal so far. Anyone with a protocol for follow-up of the fetus? We have no reference.""",
    # 22 Dominican Republic, leptospirosis cluster at a sugar mill
    """Leptospirosis cluster after the flooding. Index case [[PT:Wilkin Féliz Pérez]], 23M, cane cutter at [[FAC:Ingenio Cuchilla Vieja]], living in [[PLACE:Batey Los Almácigos]], [[TOWN:San Pedro de Macorís]]. Weil's disease: jaundice, Cr 5.2, pulmonary haemorrhage. Admitted to [[FAC:Hospital Regional Dr. Antonio Musa]]. Cédula [[SSN:023-0148271-6]].
Second case is a Haitian coworker, [[PT:Jean-Robert Pierre-Louis]], no papers, brought by his cousin [[REL:Yohanny]]. Both on penicillin, Wilkin needed dialysis.
Doxycycline prophylaxis for the rest of the brigade: 200 mg weekly ok?""",
    # 23 Greece, decompression illness in a sponge diver
    """DCI on [[TOWN:Kalymnos]]. [[PT:Manolis Tsoukalas]], 47, sponge diver, three dives to 42 m with short surface intervals off [[PLACE:Pserimos]] on [[DATE:14/6/2023]]. Came to [[FAC:Γενικό Νοσοκομείο Καλύμνου]] with paraplegia and urinary retention; flown by C-130 to the chamber at [[FAC:Naval Hospital of Athens]], Table 6 extended. AMKA [[SSN:12087703915]].
Kyria [[REL:Kalliopi]], his wife, is asking whether he will dive again; she can be reached on [[PHONE:+30 694 555 0187]]. He has some residual weakness at 3 months.
What do the diving medicine people say about return to diving after spinal DCI?""",
    # 24 Portugal, delirium after tramadol, freguesia
    """Sr.ª D. [[PT:Maria do Céu Fonseca Pires]], [[AGE:90]] anos, seguida na [[FAC:USF Serpa Pinto]], lives at [[STREET:Rua do Monte dos Burgos 218, 3.º esq.]], [[ZIP:4250-309]] [[TOWN:Porto]], freguesia de [[PLACE:Ramalde]]. Nº utente [[PLAN:183 640 527]].
Hyperactive delirium 2 days after tramadol 50 mg tid started on [[DATE:23-02-2024]] for knee OA; Na 128. Her daughter [[REL:Fátima]] is the caregiver and found her trying to leave the flat at 3 am.
Médica de família: Dra. [[HCP:Inês Cardoso Moura]].
What analgesia do you use for knee OA in over-90s once paracetamol isn't enough?""",
    # 25 Maritime, radio-medical email from a ship's master
    """Pasting the radio-medical email we received last night (TMAS duty), for the maritime medicine folks:

FROM: MASTER MV [[FAC:NORDIC SPRING]]  IMO [[VIN:9481726]]  CALL SIGN [[PLATE:V7QR4]]
POSITION [[PLACE:12°04'N 054°20'E]] AT 0230 UTC
PATIENT: AB [[PT:MACARAEG RODEL B.]], FILIPINO, 36 YRS, SIRB [[ID:C0481723]]
COMPLAINT: SEVERE ABDOMINAL PAIN RIGHT LOWER SINCE 18 HRS, VOMIT X4, TEMP 38.6, PULSE 112
NEXT PORT [[TOWN:SALALAH]] ETA 31 HRS

We advised ceftriaxone + metronidazole from the medicine chest, nil by mouth, and diversion. He had a lap appendicectomy at [[FAC:Sultan Qaboos Hospital]] in [[TOWN:Salalah]] next day. His wife [[REL:Lovely]] in [[TOWN:Iloilo City]] was informed through the manning agency.
Question: would you have used rovsing/psoas signs by video, or is that a waste of bandwidth at sea?""",
    # 26 Aviation, in-flight antepartum haemorrhage, poster's own sign-off
    """In-flight event last week. I was a passenger on a night flight, 30-week pregnant passenger [[PT:Aliya Nurmagambetova]], 28, seat 41C, with painless vaginal bleeding. Known low-lying placenta. Vitals ok, I put her on O2 and left lateral, 2 large IV lines from the kit. Captain diverted to [[TOWN:Baku]], handed over to [[FAC:Republican Perinatal Centre]] on [[DATE:02/02/24]]. Booking ref [[ID:QX7T4M]] was needed by the airline for my report; husband [[REL:Timur]] stayed on [[PHONE:+7 777 555 0119]] with me on the phone the whole descent.
As @ruslan.beketov said in the aviation thread, the ground medical desk wanted to continue to destination. I refused.
- [[HCP:Farida Alimova]], obstetrician""",
    # 27 Colombia, military landmine injury and MEDEVAC
    """Landmine (MAP) injury, damage control lessons. Soldado profesional [[PT:Brayan Stiven Mosquera Palacios]], 22, from the [[FAC:Batallón de Infantería No. 10]], stepped on an improvised device in [[PLACE:vereda La Esperanza]], [[TOWN:Briceño]], at 06:40 on [[DATE:04/10/2023]]. CAT tourniquet by his buddy, MEDEVAC by UH-60, tourniquet time 2h10 by arrival at [[FAC:Hospital San Vicente Fundación]]. Military ID [[ID:1.077.482.331]].
Left BKA, right open tibia with gross contamination, tympanic membranes both perforated. Mother [[REL:Luz Dary Palacios]] arrived from [[TOWN:Quibdó]] the next day.
Question: for blast-contaminated wounds, do you still give a first-generation cephalosporin only, or add metronidazole routinely?""",
    # 28 Canary Islands, age assessment of an unaccompanied minor
    """Age assessment request again, this is becoming ethically impossible. Boy who says he is 15, [[PT:Mamadou Lamine Sow]], arrived by cayuco at [[PLACE:muelle de La Restinga]] on [[DATE:22/10/2023]] after 9 days from [[TOWN:Mbour]]. Police registered him as an adult, NIE [[SSN:Y4821736K]]. Now in the [[FAC:Centro de Acogida El Lasso]].
They want a Greulich-Pyle wrist X-ray and a dental panoramic. Tanner 3, no facial hair. His older brother lives in [[TOWN:Mataró]] and has his birth certificate photo on WhatsApp.
I refused to sign "adult compatible", as Beatriz suggested last month. How do you all handle these requests?""",
    # 29 Lampedusa hotspot, scabies and TB after sea rescue
    """[[TOWN:Lampedusa]], sbarchi continui. [[PT:Tesfalem Ghebremedhin]], 19, Eritrean, disembarked at [[PLACE:Molo Favarolo]] on [[DATE:9 agosto]] from a rescue by an NGO boat; now at the hotspot in [[PLACE:Contrada Imbriacola]]. Crusted scabies plus cough 2 months, haemoptysis. Sputum smear +++. Transferred to [[FAC:Ospedale Civico]] [[TOWN:Palermo]] for isolation. Foto-segnalamento number [[ID:PA-LMP-2023-084417]] is the only ID he has.
Cousin in [[TOWN:Frankfurt]], [[PHONE:+49 151 555 01938]], keeps calling the poliambulatorio.
How many of you still do ivermectin mass treatment on arrival?""",
    # 30 Lesvos reception centre, Afghan woman with diabetes
    """[[PLACE:Lesvos]]. [[PT:Zarghuna Ahmadzai]], 34, Afghan, T1DM since childhood, lost her insulin pen on the boat. Living in [[FAC:CCAC Mavrovouni]], section [[PLACE:B2 container 114]]. DKA on [[DATE:3/11]], pH 7.08. Stabilised at [[FAC:Vostaneio General Hospital]] in [[TOWN:Mytilene]].
Her asylum service number is [[ID:AS-LES-7742019]] and PAAYPA [[PLAN:90014488217]], which should cover insulin but the pharmacy keeps refusing. Her husband [[REL:Farid]] speaks English and translates.
Any NGO on the island with a cold chain for insulin?""",
    # 31 Kuwait ward list as a Markdown table
    """Weekend list from [[FAC:Al-Sabah Al-Ahmad Hospital]], general medicine ward 4, for the M&M on Sunday (yes I know, names, will delete after):

| Bed | Name | Age | Civil ID | Issue |
|---|---|---|---|---|
| 3 | [[PT:Fahad Al-Mutairi]] | 67 | [[SSN:285031701942]] | DKA resolved, K 3.1 |
| 7 | [[PT:Mariam Al-Enezi]] | [[AGE:90]] | [[SSN:233112400168]] | urosepsis, ESBL |
| 12 | [[PT:Jose Ramil Cabanag]] | 44 | [[SSN:279120904533]] | cavitary lesion, TB? isolation |
| 15 | [[PT:Sabah]] (surname unknown) | ~60 | pending | found in [[PLACE:Jleeb Al-Shuyoukh]], aphasic |

Bed 15 is the problem: no ID, no family, the police brought him. Who takes responsibility for consent?""",
    # 32 Philippines, lowercase Taglish on the phone
    """hi docs quick one lang. pt ni dr [[HCP:santos]] sa er kagabi, si [[PT:jonel]] 19 yo from [[PLACE:purok 3]], [[PLACE:brgy bagong silang]], [[TOWN:caloocan]]. lepto after the baha, cr 4.2, plt 60, jaundiced. works as crew sa [[FAC:jollibee monumento]]. mother is aling [[REL:nena]], number [[PHONE:0917 555 0142]].
question: pen g or ceftriaxone? and doxy prophylaxis sa buong household?""",
    # 33 voice dictation from the car, Naples
    """Dictated in the car sorry for errors. Patient is [[PT:Giuseppina Esposito]] comma [[AGE:ninety two]] years old comma from [[TOWN:Torre del Greco]] period new paragraph she came to the pronto soccorso at [[FAC:Ospedale del Mare]] on the [[DATE:fourth of April]] with a hemoglobin of six point one and melena comma on dabigatran one ten twice daily period. Scope by Dr [[HCP:Cuomo]] showed a forrest two B ulcer in the bulb period new paragraph daughter [[REL:Anna]] asks if she can restart the dabigatran period. My question colon restart at day seven or switch to apixaban question mark""",
    # 34 thread with a quote, brucellosis in a child in south Lebanon
    """> @dina.khoury wrote: anyone seeing brucella in kids from the south this season?

Yes, 2 weeks ago. [[PT:Ali Hussein Fneish]], 6, from [[TOWN:Nabatieh]], family keeps goats behind the house in [[PLACE:Kfar Rumman]]. Arthritis of the right hip, fever 3 weeks, Rose Bengal positive, SAT 1/320. Treated at [[FAC:Hôpital Ragheb Harb]] with co-trimoxazole + rifampicin for 6 weeks. Father [[REL:Hussein]] called on [[DATE:14/10]] saying he refuses the second month because "the boy walks now".
Dina, did you use gentamicin in the first week for the arthritis cases?""",
    # 35 Spanish lab request form pasted
    """SOLICITUD DE LABORATORIO - [[FAC:HOSPITAL COMARCAL DE ALCAÑIZ]]
Nombre: [[PT:Pilar Nieves Lasheras]]   F. nac.: [[DATE:30/06/1932]]
NUSHA/CIP: [[PLAN:AR0417283910]]   NHC: [[MRN:0028841]]   Episodio: [[ACCT:2024-E-118273]]
Servicio: Medicina Interna, cama 214
Médico solicitante: [[HCP:Ángel Royo Gimeno]]   Nº col. [[LIC:44/1129]]   busca [[PAGER:4417]]
Pruebas: hemograma, BQ, proteinograma, cadenas ligeras libres, inmunofijación suero y orina, beta-2 microglobulina
Juicio clínico: anemia normocítica + hipercalcemia + IRA, ¿mieloma?

Posting because the kappa/lambda came back 412/9 and she is [[AGE:91]]. Would you do a bone marrow at that age or just treat as myeloma with dara-Rd light?""",
    # 36 Iran, Afghan refugee child with visceral leishmaniasis
    """Kala-azar in an Afghan refugee child, need opinion about amphotericin. [[PT:Bibi Gul Rahimi]], 3 yo, family lives in [[PLACE:Golshahr]], [[TOWN:Mashhad]], father works at a brick kiln in [[PLACE:Kahrizak]]. Spleen 9 cm BCM, pancytopenia, rK39 positive. Amayesh card [[ID:AMY-9304-118862]], so no insurance. Admitted [[DATE:20 Mehr 1402]] to [[FAC:Bimarestan-e Kudakan-e Akbar]].
Mother [[REL:Shakila]] doesn't speak Farsi well, only Dari; cousin translates, [[PHONE:0938 555 0191]].
Glucantime or liposomal amphotericin if we can get it from the UNHCR partner?""",
    # 37 Singapore migrant worker dormitory
    """Work injury at a dorm clinic. [[PT:Mohammed Rafiqul Islam]], 29, Bangladeshi, construction worker with [[FAC:Tuas Marine Engineering Pte Ltd]], stays at [[FAC:Kranji Lodge 2]]. Crush injury left hand at the worksite on [[DATE:5 Jun]]; FIN [[SSN:G8847162N]], work permit [[ID:WP 0 4418827]].
Employer's HR wants an MC of 2 days only. Hand surgeon at [[FAC:Ng Teng Fong General Hospital]] said 6 weeks. Worker scared he will be repatriated. His brother [[REL:Abdul Karim]] is in the same dorm.
How do you handle employer pressure on MC duration?""",
    # 38 Saudi Arabia, Hajj pilgrim with heat stroke, Hijri date
    """Hajj medicine. Malaysian pilgrim Haji [[PT:Ismail bin Abdul Rahman]], 72, collapsed during Rami at the [[PLACE:Jamarat]] on [[DATE:10 Dhul Hijjah 1444]], core temp 41.8. Evaporative cooling unit, then [[FAC:Mina Al-Wadi Hospital]]. Tabung Haji no. [[ID:TH-0948817]], passport [[ID:A48271963]]. His tent was in [[PLACE:Mina camp 112]]. Wife Hajah [[REL:Rokiah]] is in the same group, group leader phone [[PHONE:+966 55 555 0174]].
Discharged day 4 with mild AKI. Anyone working Hajj this year: did you see more heat stroke in the older Southeast Asian pilgrims?""",
    # 39 Colombia, Venezuelan migrant with HIV and TB
    """Migrante venezolano, VIH avanzado + TB. [[PT:Jhonny Alexander Rangel Briceño]], 33, walked from [[TOWN:San Cristóbal]] through [[TOWN:Cúcuta]], now living in [[PLACE:asentamiento Villa Esperanza]] at the edge of [[TOWN:Bucaramanga]]. CD4 38, CrAg negative, Xpert positive. PPT [[ID:5427819]], so he can get SISBEN now. Admitted to [[FAC:Hospital Universitario de Santander]] on [[DATE:7/5/2024]].
His partner [[REL:Yorman]] also untested. Start ART at 2 weeks? Any IRIS experience with this profile?""",
    # 40 Peru, MDR-TB in a miner
    """TB-MDR en minero. [[PT:Teófilo Ccori Huamaní]], 41, informal gold miner in [[PLACE:La Rinconada]] (5,100 m), came down to [[TOWN:Juliaca]]. Xpert Ultra RIF resistance detected, LPA with katG + inhA. Started BPaLM at [[FAC:Centro de Salud Revolución]] on [[DATE:11/02/2024]]. DNI [[SSN:41827306]].
Wife [[REL:Rosa Apaza]] and 3 kids in the same room; contact screening started.
@julio.condori anybody with BPaLM at high altitude, QT issues with polycythaemia? His Hb is 21.""",
    # 41 Russia, Arctic shift worker evacuated by helicopter
    """Arctic shift, helicopter evacuation. [[PT:Rustam Ilgizovich Gabdrakhmanov]], 45, driller on rotation at [[FAC:Vankor field camp]] for [[FAC:Severneft-Burenie]], STEMI at 03:00 local. Thrombolysis with tenecteplase in the camp medical post, ST resolution 60%. Mi-8 evacuation to [[TOWN:Krasnoyarsk]] delayed by blizzard 11 hours; PCI at [[FAC:Regional Vascular Centre No. 1]] on [[DATE:17.01.2024]].
Passport [[ID:0412 558193]]. Wife [[REL:Gulnara Faritovna]] in [[TOWN:Ufa]].
Would you give a second bolus if resolution is only 50% and the helicopter can't fly?""",
    # 42 Kazakhstan, paediatric Telegram chat pasted with timestamps
    """pasting from our Telegram paediatric group (translated):

[21:04] [[HCP:Gulmira Abenova]]: ребенок [[PT:Alikhan Yerlanuly]], 2 г., from [[TOWN:Taraz]], swallowed a button battery ~19:00, X-ray: oesophagus, halo sign
[21:06] [[HCP:Gulmira Abenova]]: honey given 10 ml x2 at home by mother [[REL:Dana]]
[21:09] [[HCP:Bauyrzhan Kassymov]]: send to [[FAC:Scientific Centre of Paediatrics]] [[TOWN:Almaty]]? or we do endoscopy here
[21:11] [[HCP:Gulmira Abenova]]: no paed endoscopist tonight, flight tomorrow
[21:40] [[HCP:Bauyrzhan Kassymov]]: adult GI did it, removed, burn grade 2b

IIN [[SSN:211108501273]]. @madina.seitkali what is your follow-up for fistula, CT at 1 week?""",
    # 43 Israel, mass casualty drill became real, Hebrew and Gregorian date
    """MCI after the bus crash near [[PLACE:Tzomet Golani]] on [[DATE:7 Adar II 5784]] ([[DATE:17/03/2024]]). We got 14 patients at [[FAC:Poriya Medical Center]] in 40 minutes. One for discussion: [[PT:Yosef Abergil]], [[AGE:93]], pelvic binder on scene, Hb 7.4, CT with open-book pelvis and active blush. IR at 70 minutes. His daughter [[REL:Tikva]] could not be reached until the evening, her number ([[PHONE:054-555-0126]]) was in his wallet.
TZ [[SSN:004418257]].
Question for trauma people: REBOA in a nonagenarian, would you?""",
    # 44 Jordan, Zaatari camp, malnourished infant
    """[[PLACE:Zaatari]], nutrition clinic. [[PT:Maya Al-Zoubi]], 9 months, WHZ below -3, oedema +, from [[PLACE:District 8, Block 3]]. Mother [[REL:Hanan]] is 17. UNHCR [[ID:JOR-22-0431176]]. Referred to [[FAC:Moroccan Field Hospital]] in the camp on [[DATE:19/07/2023]], then to [[FAC:Mafraq Governmental Hospital]] for sepsis.
F-75 started, re-feeding watch for hypophosphataemia. Any experience with RUTF intolerance in Syrian infants?""",
    # 45 Armenia, displaced family, Telegram quote
    """Displaced family from Syunik, the grandmother: [[PT:Siranush Grigoryan]], [[AGE:ninety-one]], lives now in a dormitory at [[STREET:Tigran Mets Ave 48]], [[TOWN:Yerevan]]. Hypothermia 33.8 in the unheated room on [[DATE:11 December]]. Her grandson [[REL:Davit]] posted about her on Telegram as [[HANDLE:@davit_grigoryan_93]] asking for a heater donation; that's how we found her.
Followed by [[FAC:Polyclinic No. 17]]. Any social support pathway for nonagenarians in temporary housing?""",
    # 46 Spain, sign-off with colegiado number, Valencia
    """Paciente [[PT:Amparo Sanchis Bellver]], [[AGE:95]], from [[TOWN:Alzira]], admitted to [[FAC:Hospital de la Ribera]] with hip fracture and NSTEMI type 2. Troponin 1,800. Her son [[REL:Vicent]] wants "everything". Her advance directive (DVA) registered on [[DATE:14/09/2019]] refuses surgery. SIP [[PLAN:4418270]].
How do you approach a family insisting against a registered directive?

[[HCP:Josep Ferrer Climent]], internista, col. nº [[LIC:46/17284]]""",
    # 47 Italy, GP referral with fax and email, lab request
    """Pasting the impegnativa the GP faxed us, because of the question at the bottom:

MEDICO: Dott. [[HCP:Carmine Iannuzzi]], cod. reg. [[LIC:150244]], fax [[FAX:0824 555 0137]], [[EMAIL:c.iannuzzi.mmg@studiomedicosannio.it]]
ASSISTITO: [[PT:Rocco Pastore]] - C.F. [[SSN:PSTRCC58H12A783Z]] - [[TOWN:Benevento]]
RICHIESTA: ecodoppler TSA + visita neurologica, priorità U
QUESITO: TIA recidivante? amaurosi fugace OS [[DATE:3/10]] e [[DATE:5/10]]

Priorità U = within 72 h, and our first slot was 19 days away. Doesn't that mean he should have gone straight to the PS? How does your ASL handle amaurosis fugax referrals?""",
    # 48 Greece, Thessaloniki, pager and dementia
    """Κυρία [[PT:Eleni Papadopoulou-Stathi]], [[AGE:97]], from [[PLACE:Kalamaria]], [[TOWN:Thessaloniki]], admitted to [[FAC:Γ.Ν. Θεσσαλονίκης Παπαγεωργίου]] with aspiration pneumonia, advanced Alzheimer's. Daughter [[REL:Despina]] asks for PEG. Our geriatrician [[HCP:Stavros Karamanlis]] (pager [[PAGER:2274]]) is against.
AMKA [[SSN:14022701488]].
What is your argument to families in Greece, where feeding is so culturally strong?""",
    # 49 Malaysia, insulin pump serial and telemonitoring IP
    """Pump failure overnight. [[PT:Lim Wei Jie]], 16, T1DM, from [[TOWN:Ipoh]], Medtronic 780G serial [[DEVICE:NG2418827H]], CGM transmitter [[DEVICE:GT4418271]]. Occlusion alarm at 02:00, BG 28, ketones 3.1, DKA mild. The remote monitoring portal logged him from [[IP:203.0.113.47]] on [[DATE:21/6]] but nobody watches at night.
Mum [[REL:Chong Mei Fong]] [[PHONE:016-555 0173]]. Clinic: [[FAC:Hospital Raja Permaisuri Bainun]].
Do you teach pump kids to switch to pens at a threshold time?""",
    # 50 Vietnam, lower case without diacritics, snake bite
    """hoi cac anh chi: ran luc dau bac (Malayan pit viper) bite, bn [[PT:tran van hung]], 52, farmer o [[PLACE:xa tan phu]], [[TOWN:dong xoai]], bitten [[DATE:15/7]] night. 20WBCT khong dong, plt 30. truyen 3 vial antivenom cua vien pasteur. bv [[FAC:bv da khoa binh phuoc]]. con trai [[REL:tuan]] sdt [[PHONE:0903 555 018]].
question: repeat antivenom khi 20WBCT still unclotted at 6h?""",
    # 51 Lebanon, patient's fundraising page and Instagram
    """Hodgkin relapse, the financial side is killing us (Nadim, you asked me to post it). [[PT:Joelle Abou Jaoude]], 26, architect at [[FAC:Atelier Karam & Nassif]], relapsed after ABVD. Her family set up a fundraiser at [[URL:https://www.helpjoelle-fund.org/donate]] and posts updates on Instagram [[HANDLE:@joelle.fights.hl]]. She is treated at [[FAC:Hôpital Saint-Georges]]; her brother [[REL:Marc]] emails me every day from [[EMAIL:marc.aboujaoude@cedarmail.lb]].
They asked me to share the account for transfers, IBAN [[ACCT:LB62 0999 0000 0001 0019 0122 9114]], which I won't repost anywhere else. Brentuximab is approved but the bank dollar problem means cash only. Any centre in the region doing subsidised auto-SCT?""",
    # 52 Philippines, repatriated OFW from Saudi, pasted referral
    """Pasted referral from OWWA for our repatriated OFW:
Name: [[PT:Marivic Dela Cruz Manalastas]]
OWWA no.: [[ID:OW-2023-0871144]]   Passport: [[ID:P4418273B]]
Employer abroad: [[FAC:Al-Noor Household Services]], [[TOWN:Riyadh]]
Address PH: [[STREET:Blk 7 Lot 22, Phase 2]], [[PLACE:Brgy. Paliparan III]], [[TOWN:Dasmariñas]], Cavite
Dx: post-traumatic stress, burns both forearms (2nd degree, healing)
Arrived [[FAC:NAIA]] [[DATE:Oct 3]]; sister [[REL:Gemma]] [[PHONE:0998 555 0131]]

The burns are the employer's doing per her story. Who documents this (Istanbul Protocol style) in our setting?""",
]

FREE_NOTES: list[str] = [
    # 1 Mediterranean thalassaemia variants teaching post
    """Teaching post for the residents, since the same question came up three times this month on our ward:

- **Hb Lepore**: delta-beta fusion, named after an Italian family, behaves like a mild beta-thal trait in heterozygotes.
- **Hb Constant Spring**: alpha-chain termination mutant, common in Southeast Asia, often missed on HPLC; think of it when MCV is near normal and Hb H inclusions appear.
- **Hb Bart's** (gamma4): the hospital name lives on in the haemoglobin.
- **Hb E**: the commonest variant in Cambodia and Myanmar, E/beta0 can be transfusion-dependent.
- **Hb Köln** and **Hb Zurich**: unstable haemoglobins, the second one haemolyses with sulfonamides.

Cooley's anaemia is the old name for beta-thal major. Ratio Mentzer index (MCV/RBC) under 13 favours thal trait, but don't diagnose on it alone. Ferritin first, HPLC second, DNA third.""",
    # 2 eponymous Central Asian arbovirus quiz
    """Quiz for the Central Asia infectious group. Match the virus to the disease:
1. Issyk-Kul virus
2. Karshi virus
3. Tamdy virus
4. Syr-Darya Valley fever
5. Crimean-Congo haemorrhagic fever
6. Omsk haemorrhagic fever

Answers tomorrow. Hint: only two have a proven human case series with more than 100 patients, and one of them is not tick-borne. No peeking at the ICTV list.""",
    # 3 rabies PEP regimens named after places
    """Rabies PEP regimens, a summary because the MoH circular confused everyone:
- Essen: 1 dose IM on days 0, 3, 7, 14 (the 4-dose version after the ACIP change; the old 5-dose had day 28).
- Zagreb: 2-1-1, two doses on day 0 then days 7 and 21.
- Thai Red Cross (updated TRC-ID): 2 ID doses of 0.1 ml on days 0, 3, 7.
- IPC (Institut Pasteur du Cambodge) 1-week: 2 ID doses on days 0, 3, 7, what WHO now prefers.
RIG: 20 IU/kg human, or 40 IU/kg equine, infiltrated into the wound, none IM if the wound takes it all. Category III = any bite through skin, licks on broken skin or mucosa, bat contact.
Monoclonal (Twinrab, Rabishield) works where it is registered.
Still seeing category III dog bites given vaccine without RIG in the provinces. Let's not.""",
    # 4 Russian over-the-counter drugs rant
    """Honest question from a Russian-trained internist now working abroad: why do we still prescribe Arbidol, Kagocel, Mexidol, Actovegin and Cerebrolysin? Every discharge letter I get from home has at least two of them. Cytoflavin for stroke, Cortexin for "encephalopathy", Ingavirin for ARVI.
My old zav. otdeleniem used to say "hurts nobody, helps the soul". Vera (faith) is not evidence. Cochrane found no RCT for most of them.
Would be good to have a short Russian-language leaflet for patients, anyone interested?""",
    # 5 ECG quiz with Brugada and other eponyms
    """ECG of the week (anonymised, tracing only):
Sinus 74, QRS 118 ms, coved ST elevation 2.5 mm in V1-V2 with negative T, no reciprocal changes, QTc 438 (Bazett) / 426 (Fridericia).
A) Brugada type 1
B) Early repolarisation
C) Arrhythmogenic RV cardiomyopathy with epsilon wave
D) Right bundle branch block with high lead placement

Recorded with fever 39.2. Reply with your answer and what you would do next (ajmaline? flecainide? nothing?). Brugada is commonest in young Southeast Asian men, "lai tai" in Thailand, "bangungut" in the Philippines, "pokkuri" in Japan.""",
    # 6 oncology staging place-named classifications
    """HCC board summary for the new fellows:
Milan criteria (1 lesion up to 5 cm, or up to 3 lesions each up to 3 cm, no vascular invasion) vs up-to-seven vs UCSF. BCLC (Barcelona Clinic Liver Cancer) staging drives treatment: BCLC-0/A ablation or resection or transplant, B TACE, C systemic (atezo-bev or durva-treme), D BSC. Child-Pugh B7 is the grey zone. ALBI grade is better than Child-Pugh in most series. LI-RADS 5 = HCC without biopsy in cirrhosis.
And please stop writing "Paris" on the PET reports when you mean Deauville; Lugano uses Deauville 5-point, not Paris.""",
    # 7 WhatsApp with role labels only, Spanish ED
    """Sharing our ED WhatsApp protocol chat as an example of a good consult loop (roles only):

[02:14] R2 urgencias: dolor torácico, 54a, ST ↑ II III aVF, 1 mm en V4R
[02:15] Adjunto: código infarto activado, AAS 300 + ticagrelor 180, no nitritos por VD
[02:16] Hemodinámica de guardia: sala lista en 20'
[02:41] R2 urgencias: en sala, TIMI 0 CD proximal
[03:02] Hemodinámica de guardia: stent, TIMI 3

Puerta-balón 47 minutos. Dolores torácicos con VD: volume, no nitrates. Bravo equipo.""",
    # 8 Persian-named lookalikes, thread reply with members
    """Replying to Shirin's question about "Sistan fever": no, that's not a real entity; she meant the CCHF outbreaks in the east. Roya and I published the seroprevalence paper, doi.org/10.1016/j.ijid.2021.08.117 if anyone wants it.
Omid (@omid.rezaei) made a good point: Baluchi families often present late because the nearest lab is far. Hope we can get point-of-care PCR before the Eid al-Adha slaughtering season.
Bahar (spring) is the worst season for ticks, and also when people move the flocks.""",
    # 9 aviation medicine fitness to fly
    """Fitness-to-fly cheat sheet, because our ED keeps getting calls from airlines:
- Cabin altitude up to 8,000 ft (2,438 m): PaO2 drops to ~60 mmHg in a healthy adult.
- Hypoxic challenge test if SpO2 92-95% at sea level with risk factors; in-flight O2 if PaO2 under 6.6 kPa on HCT.
- Pneumothorax: no flying until 7 days after radiological resolution (BTS 2022).
- After uncomplicated MI: 3 days if EF over 45% and no residual ischaemia.
- Pregnancy: most carriers up to 36 weeks singleton, 32 weeks twins; MEDIF needed after 28.
- After scuba: 12 h single no-deco dive, 18 h multiple, 24 h deco dives.
- Sickle cell: O2 available above FL350? No such rule; just O2 for all SCD with recent crisis.
The MEDIF form is the same for all IATA carriers. The A320 and the B737 both pressurise around 6,000-8,000 ft.""",
    # 10 lowercase phone typed, Filipino, eponyms
    """ask lang po, anyone tried the new wells + dimer algo sa opd? we still do geneva pa. ate nurse asks kung okay na caprini for all admitted pts or padua lang sa medicine. thanks po sa sagot, god bless""",
    # 11 Greek eponyms and place names in diseases
    """Mediterranean spotted fever (boutonneuse, Rickettsia conorii) season is starting: fever + maculopapular rash including palms + tache noire. Doxycycline 100 bid for 5-7 days, don't wait for Weil-Felix (useless) or IFA (slow). In children under 8 doxy is still the drug, AAP agrees. Differential here in summer: murine typhus, West Nile, Toscana virus (aseptic meningitis, sandfly), leptospirosis, brucellosis.
Kalimera and stay safe in the heat.""",
    # 12 Italian journal club post with members
    """Journal club di giovedì: we will discuss the SOLIDARITY Finland trial and the RECOVERY tocilizumab arm. @giulia.ferraro presents, @matteo.bellini moderates. Bring the CONSORT diagram. Aula B, 13:30, panini offerti dalla direzione.
Reading: https://www.nejm.org/doi/full/10.1056/NEJMoa2023184 and PubMed 33933206.""",
    # 13 Cuban physicians describing the neuropathy epidemic
    """Historical note for the neurology residents: the Cuban epidemic neuropathy of the early 1990s (optic and peripheral forms, more than 50,000 cases) was linked to B-vitamin deficiency during the Special Period, tobacco cyanide and low methionine. It reminds us of Strachan syndrome (Jamaican neuropathy) and of the Tropical Ataxic Neuropathy in cassava-eating regions. Treatment: B1, B12, folate; most recovered. The optic form looks like Leber hereditary optic neuropathy, so check the mtDNA (11778, 3460, 14484) if a young man doesn't improve.""",
    # 14 Malaysian zoonoses with village names
    """Zoonoses with Malaysian place names, for the med students:
- Nipah virus: named after the village of the pig-farm outbreak of the late 1990s.
- Tioman virus and Melaka virus: bat paramyxo/orthoreoviruses.
- Kampar virus: another bat orthoreovirus.
- P. knowlesi malaria: macaque malaria, now the main cause of malaria in Sabah; looks like P. malariae on film (band forms) but parasitaemia rises daily.
Knowlesi with parasitaemia above 20,000/µl or any severity criterion = IV artesunate. Don't trust the RDT.""",
    # 15 Hebrew words, thread with quote and reply, no PHI
    """> Not sure whether to start statins in a 78yo for primary prevention
> — Avi

Avi, we discussed this in the Shabbat shift. SCORE2-OP says yes if risk is high, but STAREE is still running. Todah to Chen Rosenthal for the summary slide she posted. Mazal tov to the new residents, and sorry for the spam.""",
    # 16 military triage cheat sheet
    """MARCH-PAWS for the new reservists before the exercise:
M: massive haemorrhage (CAT high and tight, junctional: SAM-JT)
A: airway (NPA, cric if needed)
R: respiration (chest seal, needle decompression 2nd ICS MCL or 4th-5th ICS AAL)
C: circulation (TXA 2 g IV/IO, whole blood if available, calcium)
H: hypothermia / head injury
P: pain (ketamine 20-30 mg IV, fentanyl lozenge 800 µg OTFC)
A: antibiotics (moxifloxacin 400 PO, or ertapenem 1 g IV/IM)
W: wounds
S: splinting
9-line MEDEVAC and MIST handover format on the back of the card. Triage categories T1-T4 (NATO), START for civilians.""",
    # 17 Spanish teaching with ordinary words that are names
    """Para los R1: Esperanza de vida no es lo mismo que calidad de vida. Consuelo no es tratamiento pero es parte de él. Dolores articulares en mujer joven + fotosensibilidad = ANA antes que reumatólogo. Luz de Wood for tinea and erythrasma. Pilar fundamental de la insuficiencia cardiaca: los cuatro pilares (ARNI, BB, MRA, iSGLT2). Mercedes Sprinter ambulances are not ICU beds. Rosario de causas de hiponatremia: SIADH, diuréticos, hipotiroidismo, insuficiencia suprarrenal.""",
    # 18 Vietnamese phone-typed lowercase, no names
    """cho em hoi: tre 3 tuoi sot xuat huyet do III (dengue shock), hct 48, tieu cau 22. lactate 4.1. dich chong soc theo bo y te 2019: ringer 20 ml/kg/15', sau do 10 ml/kg/h. co nen dung albumin 5% neu hct van tang? thanks cac anh chi""",
    # 19 public link, guideline discussion, hepatitis C in Central Asia
    """HCV elimination: the Georgia programme reached >80% SVR12 with sofosbuvir-based regimens; Uzbekistan and Kazakhstan now have generic sof/dac for under 30 USD a course. EASL 2023 recommendations: https://easl.eu/publication/easl-recommendations-on-treatment-of-hepatitis-c-2020/ and WHO simplified service delivery: https://www.who.int/publications/i/item/9789240052734.
Genotype 3 with cirrhosis still gets 12 weeks sof/vel + RBV or 12 weeks glec/pib. FIB-4 over 3.25 = assume F3-F4.""",
    # 20 Markdown table of fracture eponyms
    """Fracture eponyms we always confuse:

| Eponym | What | Tip |
|---|---|---|
| Monteggia | ulna # + radial head dislocation | "MUGR": Monteggia ulna, Galeazzi radius |
| Galeazzi | radius # + DRUJ dislocation | both Italian surgeons |
| Essex-Lopresti | radial head # + interosseous membrane | check the wrist |
| Colles | distal radius, dorsal angulation | "dinner fork" |
| Smith | distal radius, volar angulation | reverse Colles |
| Barton | intra-articular rim # | volar or dorsal |
| Rolando | comminuted base of 1st MC | worse than Bennett |
| Chance | flexion-distraction of spine | seat belt |
| Jefferson | burst of C1 | open-mouth view |
| Maisonneuve | proximal fibula + ankle | always palpate the knee |""",
    # 21 dermatology leishmaniasis regional names
    """Cutaneous leishmaniasis has many names: Aleppo boil, Baghdad boil, Jericho button, Delhi boil, Biskra button, Oriental sore, and in the Andes "uta"; mucocutaneous is "espundia". L. tropica in the Levant is anthroponotic and tends to lupoid recidivans; L. major in rural desert areas heals faster. Montenegro skin test is not available anymore in most places. Intralesional antimonials (Glucantime) weekly x 5-8, or cryotherapy every 2 weeks, or thermotherapy (ThermoMed 50°C x 30 s). Systemic if over 5 lesions, face near cartilage, or lymphatic spread.""",
    # 22 Russian-named hantaviruses and TBE subtypes, with members
    """@sergei.volkov asked about HFRS: in European Russia it's mostly Puumala (nephropathia epidemica, mild, Volga region), in the Far East Hantaan and Amur, with mortality up to 10%. Dobrava and Kurkino in the south-west, Tula virus rarely. Sochi virus is the Dobrava genotype on the Black Sea coast.
TBE: Far-Eastern subtype worse than Siberian, European mildest. Vaccines Encevir, Klesch-E-Vak, FSME-Immun and Encepur are cross-protective.
Thanks Natalia Orlova for the Kemerovo virus reference, I didn't know it existed.""",
    # 23 maritime medicine for ship's officers
    """For those teaching the STCW medical care course to deck officers: the International Medical Guide for Ships (3rd ed.) and the Category A chest list are what ships actually carry. Typical questions from the bridge:
- "Can I give morphine?" Yes, 10 mg IM from the controlled drug locker, log it, second signature.
- "When do we divert?" When TMAS says so; the master decides, the doctor advises.
- PAN-PAN medico on VHF channel 16 vs DSC distress: a medical emergency is urgency, not distress, unless life is in immediate danger.
- Use the radio medical form: age, sex, rank, vitals x2, urine dipstick, pain 0-10, photos.
Scopolamine patches for seasickness: not for the officer on watch. Malaria prophylaxis for West Africa port calls: atovaquone-proguanil, doxy if long contracts.""",
    # 24 disaster medicine, earthquake crush injuries, long
    """Lessons from deploying with an EMT type 2 after a big earthquake (no patient details, just the system):
1. Crush syndrome kills on day 2-3, not day 0. Start 1-1.5 L/h of saline before extrication if you can reach an arm; we had people talking under the rubble who arrested minutes after release from hyperkalaemia.
2. Dialysis capacity is the bottleneck. The Renal Disaster Relief Task Force of the ISN was the only reason we had machines.
3. Fasciotomy for crush is mostly harmful (infection), unlike true compartment syndrome. Mannitol has no evidence.
4. Triage: START for walking wounded, SALT when teams are mixed. Black tags were the hardest; we had a psychologist at the triage point by day 3.
5. Tetanus: half of the wounds were 3-5 days old. TIG and Td for all, and delayed primary closure.
6. Sphere standards: 15 L water/person/day, 1 latrine per 20 people. Cholera beds by week 2.
7. WHO EMT classification: type 1 mobile/fixed, type 2 surgical inpatient, type 3 referral. Register with the EMTCC on arrival or you will be turned away.
8. Sendai Framework targets look nice on paper; in the field the coordination meeting at 18:00 is what matters.
9. Documentation: a wristband number and a photo for every patient; families were searching in 5 hospitals.
10. Don't forget staff: rotating every 2 weeks, rest days, and at least one night with no phones.
If anyone is preparing a team, I'm happy to share our checklists (Haddon matrix for the convoy, cold-chain SOP, amputation consent form in three languages).""",
    # 25 refugee health screening, long, place-named terms
    """New arrivals screening protocol we use at the reception centre (adapted from ECDC 2018 and CDC domestic guidance), comments welcome:

**Everyone**
- TB symptom screen + CXR if from a high-incidence country; IGRA if under 35 and no CXR findings.
- HIV, HBsAg, anti-HCV opt-out.
- Strongyloides serology (or presumptive ivermectin 200 µg/kg x 2) for all from Southeast Asia, sub-Saharan Africa, Latin America. Exclude Loa loa first if from Central Africa (microfilaraemia over 8,000/ml = encephalopathy risk).
- Schistosoma serology for sub-Saharan Africa; praziquantel 40 mg/kg presumptive otherwise.
- Vaccination catch-up: MMR, dTpa-IPV, HBV.

**Selected**
- Chagas serology for pregnant women from Bolivia, Paraguay, Argentina, and the Gran Chaco.
- Malaria RDT if febrile within 3 months of leaving an endemic area.
- Hb electrophoresis if microcytic and from the Mediterranean, Middle East, or Southeast Asia.
- Scabies: permethrin 5% whole household, repeat at day 7; ivermectin if crusted or outbreak.
- Mental health: RHS-15 at week 4, not on day 1. Istanbul Protocol documentation when torture is disclosed.

Dublin Regulation transfers disrupt everything, so give a printed vaccination card in the patient's language and a summary in English. UNHCR and IOM health assessment forms differ; we use IOM's.""",
    # 26 Hajj and Umrah travel advice
    """Umrah/Hajj pre-travel checklist we give in clinic:
- Meningococcal ACYW135 conjugate (mandatory, at least 10 days before arrival, valid 5 years for conjugate).
- Influenza (seasonal), pneumococcal if over 65.
- Polio certificate if coming from a country with active transmission.
- MERS-CoV: avoid camels and raw camel milk; fever + cough within 14 days of return = isolate and PCR.
- Alkhurma haemorrhagic fever: tick-borne, rare, mostly in camel/sheep handlers.
- Heat: 1.5 L extra water per hour outside at midday; umbrellas approved; Rami at night if possible.
- Diabetics and the IDF-DAR Ramadan guidelines: same risk strata apply to Hajj; adjust sulfonylureas.
Labbaik Allahumma labbaik, and come back with your feet intact (the marble is 60°C at noon).""",
    # 27 numbers that look like identifiers
    """Things in today's handover that our new speech-recognition tool flagged as "sensitive", none of which are:
- HLA-B*58:01 negative (allopurinol ok)
- SARS-CoV-2 lineage B.1.1.529 and JN.1.7 from the surveillance report
- t(15;17)(q24;q21) PML-RARA, so APL: ATRA now
- 46,XY,del(5q)
- ICD-10 A90 vs A91, J18.9, U07.1
- LOINC 2160-0 (creatinine)
- NCT04381936 (RECOVERY)
- Gleason 4+3=7, ISUP 3
- Ringer 500 ml at 125 ml/h, 1:1:1 transfusion, adrenaline 1:10,000
- BP 182/104, PaO2/FiO2 160, 20/20 vision
- ABO: A Rh D negative, anti-D 1500 IU at 28 weeks
Please tell IT to tune the thing.""",
    # 28 voice dictation with eponyms, members
    """Dictated period Adult onset Still's disease comma Yamaguchi criteria comma ferritin over ten thousand with glycosylated fraction under twenty percent period new paragraph differential colon Kikuchi Fujimoto comma Castleman comma Sweet syndrome comma and of course Hodgkin period. Thank you Doctor Lucía Arrieta for the Yamaguchi table period question mark anakinra first or tocilizumab question mark""",
    # 29 Kazakh Telegram group translit, role labels
    """pereslala from our chat (translit, sorry):
[10:02] dezhurny pediatr: rebenok 4 goda, lihoradka 5 dnei, konyunktivit, klubnichny yazyk, otek kistei
[10:05] zav. otdeleniem: Kawasaki? EhoKG srochno
[10:40] UZD-vrach: koronarnye arterii Z-score +2.8 LCA
[10:42] zav. otdeleniem: IVIG 2 g/kg + aspirin 30-50 mg/kg, prednizolon po RAISE
IVIG in Kazakhstan is hard to get in the oblast hospitals. Anyone with a supplier?""",
    # 30 altitude medicine, Andean and Tibetan eponyms
    """Altitude medicine for the Andean rotation:
- Soroche = acute mountain sickness. Lake Louise score (2018 version, headache + 3 items) ≥3 with headache.
- Chronic mountain sickness (Monge's disease): Hb ≥21 in men, ≥19 in women + symptoms. Qinghai score ≥6. Phlebotomy, acetazolamide 250 mg, descend.
- HAPE: nifedipine SR 30 mg bid, descent, O2; sildenafil/tadalafil as prophylaxis.
- HACE: dexamethasone 8 mg then 4 mg q6h, descent.
- Acetazolamide 125 mg bid for prevention from 24 h before.
Coca leaf tea (mate de coca): no RCT, but everyone drinks it. Warn about urine drug screens.""",
    # 31 Chagas teaching, eponymous signs
    """Chagas (Trypanosoma cruzi) for the new residents: acute phase Romaña sign (unilateral palpebral oedema) and chagoma; chronic: RBBB + LAFB on ECG, apical aneurysm, megaoesophagus, megacolon. Vector Triatoma infestans in the southern cone, Rhodnius prolixus in the north (the "pito" in Colombia, "chinche" or "vinchuca" elsewhere). Benznidazole 5 mg/kg/d for 60 days, nifurtimox alternative. Screening: two serological tests with different antigens (ELISA + IFI). Mazza and Chagas both worked on this; Carlos Chagas described the whole cycle alone, a first in medicine.""",
    # 32 short thanks, member by first name
    """Gracias Paz por el dato del benznidazol pediátrico (Abarax 12,5 mg comprimidos dispersables), ya lo pedimos a la OPS por el Fondo Estratégico. For the others: 5-8 mg/kg/día en dos dosis por 60 días, hemograma y transaminasas a los 15 y 30 días. Saludos.""",
    # 33 Arabic greetings and names that are words
    """Sabah el kheir. Amal (hope) is not a plan, as our old chief used to say: FMF kids on colchicine need the dose pushed to 2 mg before calling it resistance, check adherence with the parents, and ask about the Ramadan schedule. Noor, thanks for the Tel-Hashomer criteria summary; Jamil, the Livneh criteria are the simplified version, not the same thing. Inshallah we get canakinumab on the formulary.""",
    # 34 Greek AMKA and Italian codice fiscale explained, no real numbers
    """Tip for people building forms in Greek and Italian hospitals: AMKA is 11 digits, the first six are the date of birth as DDMMYY, then a serial and a Luhn check digit. Codice fiscale is 16 characters: 3 consonants of the surname, 3 of the name, 2 digits of the birth year, a letter for the month (A = January, B = February, C = March, D = April, E = May, H = June...), 2 digits for the day (+40 for women), a 4-character Belfiore code for the comune, and a check letter. So both contain the birth date and leak age: never use them as study IDs.""",
    # 35 Jewish holidays and medication guidance, no patients
    """Pre-holiday reminder for our diabetes clinic: Yom Kippur fast is 25 hours. Basal insulin down 20-30%, stop SU and SGLT2i the day before, break the fast if BG under 70 or over 300. Pesach: many tablets have starch or lactose; the kosher-for-Passover medication list is published every year, but a medication needed for health is always permitted. Shmita year doesn't affect drugs, just produce. Chag sameach.""",
    # 36 Southeast Asian eponyms and a member
    """Kimura disease vs ALHE (angiolymphoid hyperplasia with eosinophilia), since @wei.ling.goh asked: Kimura is deep, in young Asian men, with eosinophilia + high IgE + nephrotic syndrome sometimes; ALHE is superficial, dermal, vascular. Kikuchi-Fujimoto is necrotising lymphadenitis, young women, self-limited, can precede SLE. Sweet syndrome is neutrophilic dermatosis, not a sugar problem. Kawasaki we all know. Don't confuse with Castleman, HHV-8 in HIV.""",
    # 37 Filipino folk illnesses, no names
    """For the foreign volunteers joining the medical mission: patients may say they have "pasma" (hands exposed to cold water after work, causes tremor, numbness), "usog" (a child made sick by a stranger's greeting), "bughat" (postpartum relapse), or that they saw the "albularyo" or "hilot" before us. Don't laugh; ask what they were given. Tawa-tawa (Euphorbia hirta) is the dengue tea everyone drinks; no good evidence it raises platelets. Salamat po and welcome.""",
    # 38 melioidosis lab teaching, eponymous media, member
    """Melioidosis lab tips (Whitmore's disease): Ashdown's medium for non-sterile sites, colonies wrinkle at 48-72 h, metallic sheen. Gentamicin and colistin resistant, amoxicillin-clavulanate susceptible: that pattern in a Gram-negative bacillus = think B. pseudomallei. Latex agglutination where available. Thanks Sokunthea for pointing out the Darwin protocol for the eradication phase (co-trimoxazole weight-based).""",
    # 39 Iranian sulfur mustard veterans, military medicine
    """Long-term sequelae of sulfur mustard exposure (chemical warfare survivors), summary of the Iranian cohort data: bronchiolitis obliterans (air trapping on expiratory CT), tracheobronchial stenosis, chronic conjunctivitis and delayed mustard keratopathy, skin pigment changes, and higher rates of depression. Spirometry: mixed pattern; DLCO often normal. Azithromycin 250 mg three times weekly helped some. Lung transplant only rarely. The veterans' foundation covers inhalers but not the CT follow-up.""",
    # 40 aviation medicine, in-flight kit
    """In-flight emergency kit contents differ by carrier, but under FAA AC 121-33B and EASA rules you usually find: BP cuff, stethoscope, oropharyngeal airways, bag-valve-mask, IV kit with 500 ml NaCl, adrenaline 1:1,000 and 1:10,000, diphenhydramine, nitroglycerin, aspirin, atropine, lidocaine, dextrose 50%, an AED. No naloxone in many. Ground support services (MedLink, STAT-MD, MedAire) connect you to a physician over SATCOM; the captain decides diversion. Good Samaritan protections on US carriers via the Aviation Medical Assistance Act.""",
    # 41 Portuguese eponymous neurogenetics
    """Doenças com nome de família para os internos: Machado-Joseph disease (SCA3, ATXN3 CAG repeats) is named after two Azorean families, not two doctors. Corino de Andrade disease is hereditary ATTR-V30M amyloid polyneuropathy ("doença dos pezinhos"), tafamidis or patisiran now. Don't confuse with Andrade's indicator in microbiology. Wilson, Huntington, Parkinson: doctors. Machado and Joseph: patients.""",
    # 42 stroke scales, Spanish, place-named scales, members
    """Código ictus prehospitalario: which scale does your SEM use? We use RACE (Rapid Arterial oCclusion Evaluation, Catalan) but @ana.belen.soler prefers Madrid-DIRECT, and the Cincinnati and Los Angeles scales are still in the nurses' pocket card. For LVO detection RACE ≥5 has ~85% sensitivity. Modified Rankin at 90 days is the outcome everyone reports; mRS 0-2 = independence. Thanks Ana Belén for the comparison table.""",
    # 43 Kazakh and Uzbek thread with members and quoted colleague
    """> Brucella titres 1/160 in an endemic area = positive? — Timur

Timur, in our region (endemic) we use 1/320 for Wright / SAT, 1/160 with symptoms + Coombs test. Rose Bengal is screening only. Erkin (@erkin.nazarov) showed in his thesis that half of shepherds are positive at 1/80 without disease. Blood culture in BACTEC bottles, incubate 21 days not 5.""",
    # 44 short colleague-tagged request, Italian
    """@francesca.loi @davide.murgia c'è qualcuno che ha il protocollo SIMIT per la leishmaniosi viscerale nell'adulto? AmBisome 3 mg/kg giorni 1-5, 14, 21 o schema breve 10 mg/kg x 2? In HIV-positive patients we still do 4 mg/kg x 10 doses plus secondary prophylaxis every 3-4 weeks until CD4 over 350. Grazie.""",
]

# note id -> colleagues taking part in the discussion (not tagged in the text)
MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc13-002": [{"name": "Marta Ibarguren", "handle": "@marta.ibarguren"}],
    "pc13-004": [{"name": "Yael Friedman-Katz"}],
    "pc13-005": [{"name": "Karim Saadé", "handle": "@karim.saade"}],
    "pc13-008": [{"name": "Aigerim Tokhtarova", "handle": "@aigerim.tokhtarova"}],
    "pc13-010": [{"name": "Levan Gogichaishvili", "handle": "@levan.gogichaishvili"}],
    "pc13-012": [{"name": "Wong Mei Ling"}],
    "pc13-015": [{"name": "Phạm Quốc Bảo", "handle": "@bao.pham"}],
    "pc13-020": [{"name": "Ignacio Valdivieso", "handle": "@ignacio.valdivieso"}],
    "pc13-026": [{"name": "Ruslan Beketov", "handle": "@ruslan.beketov"}],
    "pc13-028": [{"name": "Beatriz Cabrera Santana"}],
    "pc13-034": [{"name": "Dina Khoury", "handle": "@dina.khoury"}],
    "pc13-040": [{"name": "Julio Condori Mamani", "handle": "@julio.condori"}],
    "pc13-042": [{"name": "Madina Seitkali", "handle": "@madina.seitkali"}],
    "pc13-051": [{"name": "Nadim Chamoun"}],
    "pc13-060": [
        {"name": "Shirin Mostafavi"},
        {"name": "Roya Ahmadi-Nejad"},
        {"name": "Omid Rezaei", "handle": "@omid.rezaei"},
    ],
    "pc13-064": [
        {"name": "Giulia Ferraro", "handle": "@giulia.ferraro"},
        {"name": "Matteo Bellini", "handle": "@matteo.bellini"},
    ],
    "pc13-067": [{"name": "Avi Shalev"}, {"name": "Chen Rosenthal"}],
    "pc13-074": [
        {"name": "Sergei Volkov", "handle": "@sergei.volkov"},
        {"name": "Natalia Orlova"},
    ],
    "pc13-080": [{"name": "Lucía Arrieta"}],
    "pc13-084": [{"name": "Paz Echeverría Larraín"}],
    "pc13-085": [{"name": "Noor Al-Khatib"}, {"name": "Jamil Nasrallah"}],
    "pc13-088": [{"name": "Wei Ling Goh", "handle": "@wei.ling.goh"}],
    "pc13-090": [{"name": "Sokunthea Chhim"}],
    "pc13-094": [{"name": "Ana Belén Soler", "handle": "@ana.belen.soler"}],
    "pc13-095": [
        {"name": "Timur Abdrakhmanov"},
        {"name": "Erkin Nazarov", "handle": "@erkin.nazarov"},
    ],
    "pc13-096": [
        {"name": "Francesca Loi", "handle": "@francesca.loi"},
        {"name": "Davide Murgia", "handle": "@davide.murgia"},
    ],
}


build, render, main = first_set.blind_set(
    "pc13", Path(__file__).with_name("physician_cases_13.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
