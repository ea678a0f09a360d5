# ruff: noqa: E501 (the notes are data)
"""Blind test set 42: outpatient image-and-referral specialties (dermatology, ophthalmology, ENT, dentistry and oral surgery, plastic surgery, wound clinics).

Posts by dermatologists, ophthalmologists and optometrists, ENT surgeons and audiologists, dentists and
oral surgeons, plastic surgeons and wound nurses in the US, the UK, Ireland, the Netherlands, Italy,
Greece, Saudi Arabia, Pakistan, Bangladesh, Vietnam, Indonesia, Kenya, Colombia, Peru and New Zealand.
Formats: referral triage posts and pasted e-referrals (e-RS, Healthlink, ZorgDomein, fax cover sheets,
e-consults), clinic letters, photo consent forms, exported image captions and teledermatology upload
logs, spectacle and contact lens orders, dental lab dockets and implant cards, prescriptions (Pakistani
Rx pad, AIFA therapeutic plan, MIPRES), school, university and workplace letters, sick-leave and
insurance or prior-authorisation forms, on-call handoffs and phone-typed replies, written by native and
non-native writers, some mixing Italian, Spanish, Greek transliteration, Vietnamese, Indonesian or
Dutch. The PHI-free posts hold triage rules, guideline and trial summaries, eponymous signs and
place-named diseases, dressing and drug formularies with brands and doses, scores (PASI, DLQI, EASI,
Wagner, Brodsky, Breslow), conference and rota chat among colleagues, and public literature links.

Annotation conventions:
- PT: the patient's name in any form (full, surname only, first name only, initials or lower case), titles (Mr, Mrs, dhr., Dr) outside; "Baby of <mother>" tags only the mother, as REL.
- REL: relatives, guardians, carers, partners, friends and any other non-clinician named about the patient, including a patronymic given on a form.
- HCP: clinicians named about the patient's care who are not network members (referrers, surgeons, audiologists, letter signatories, MA witnesses), titles and professional prefixes (Dr, Mr, Lic., drg., Dott.ssa) and post-nominals outside; a bare surname after "Dr." is tagged.
- Members of the network (poster, repliers, @mentioned colleagues, sign-offs and thanks) are never tagged and are listed in MEMBERS; a patient or relative who shares a member's first name is still tagged.
- FAC: named hospitals, clinics, practices, labs and dental labs the patient uses, schools, universities, employers, salons, markets, hotels and records companies tied to the patient, even when named after a person (RSUD Dr. Soetomo); insurers and payers (Blue Cross, EPS Sura, Zilveren Kruis, Progressive, AHCCCS as a name), public bodies (NHS, HSE, DVLA, ACC, SFDA, WHO) and manufacturers or brands (Straumann, Allergan, Zeiss, Canfield) are not tagged.
- STREET: house number, street and unit as written (including "Plot 14-C, Main Khayaban-e-Ittehad", "số 27 ngõ 112 Định Công" minus the word "số"); TOWN: cities, towns and municipalities (TP.HCM included); COUNTY: US counties and parishes, UK and Irish counties (without "Co."), Kenyan counties, Bangladeshi districts and the Italian province named after ATS; PLACE: neighbourhoods, suburbs, villages, wards (phường), urban districts (quận), upazilas, barangay-like kelurahan, veredas, parks and industrial estates; ZIP: postcodes, Eircodes, Dutch postcodes, CAP. States, provinces, regions, departments and countries are not tagged.
- DATE: every date or date part tied to the patient (birth, visit, surgery, test, photo, order, leave, expiry), in any calendar or language, including month alone, day-of-month alone ("the 29th") and weekday plus day ("Thursday 25th") and a range as one span ("Sept-Dec 2023"); the tag covers only the date words, not "ngày", "tadi malam" or test-day labels like "D3,". Weekdays alone and relative dates ("yesterday") are not tagged. YEAR: a year alone tied to the patient. Dates of guidelines, trials and conferences are not tagged.
- AGE: only ages over 89, the number alone; younger ages are not tagged.
- PHONE, PAGER, FAX: the full number with country or area code and separators as written; extensions and the poster's own contact routes are not tagged.
- SSN: national identity, social-security and national health-service numbers (SSN, NHS number, PPSN, NHI, BSN, codice fiscale, AMKA, Saudi national ID, CNIC, Bangladeshi NID, CCCD, NIK, Kenyan ID, cédula and tarjeta de identidad, DNI). PLAN: insurance, Medicare/Medicaid, medical card, GMS, tessera sanitaria, BHYT, BPJS, SHA, SIS, EsSalud, vision plan and group numbers. MRN: hospital and clinic record, file and patient numbers. ACCT: billing account numbers. LIC: driving licences and clinicians' registration or licence numbers (GDC, PMDC, state optometry licence, Saudi licence, Kenyan board number). DEVICE: serial and lot numbers of implants, processors, NPWT units and loaner devices. ID: any other identifying number (e-RS UBRN, referral, claim, lab, specimen, order, prescription NRE/MIPRES, leave, warranty, consent-form, student and employee numbers, NPI, the Greek tax number AFM, and image file names that embed an MRN, without the extension).
- EMAIL, URL, IP, HANDLE: the whole address, link, IPv4/IPv6 address or social handle tied to the patient (including the injector's page the patient used); members' @handles are not tagged.
- PLATE and VIN: as written, without the state in brackets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_physician_cases as first_set

PHI_NOTES: list[str] = [
    # 001 US teledermatology e-consult pasted by a member, colleague @mentioned
    ("Posting an e-consult that landed in my queue this morning, curious what @ines.okafor would do with it. Pasted as received:\n\n"
     "E-CONSULT REQUEST - DERMATOLOGY\nPatient: [[PT:DELANEY, ROXANNE M]]   DOB: [[DATE:07/22/1961]]   MRN: [[MRN:40318827]]\n"
     "Referring: [[HCP:Kyle Abernathy]], PA-C, [[FAC:Pine Hollow Family Medicine]], [[TOWN:Ruidoso]] NM\nCallback: [[PHONE:(575) 555-0139]]   Medicaid ID: [[PLAN:NM41872209]]\n"
     "Question: 9 mm irregularly pigmented macule L upper back, pt says it changed since her visit on [[DATE:3/2]]. Photos IMG_4471-4474 uploaded [[DATE:04/09/2024]] 08:12. Ok to watch or needs bx?\n\n"
     "Dermoscopy image shows atypical network with a blue-white structure at 5 o'clock, so I answered excision biopsy within 2 weeks and asked them to book her at our [[TOWN:Alamogordo]] satellite. Anyone still doing total body photography for these before excising? - Marcus"),
    # 002 UK two-week-wait skin cancer referral, pasted
    ("Suspected skin cancer referral (NICE NG12) - e-RS UBRN [[ID:0731 4482 9015]]\n"
     "Patient: Mr [[PT:Gareth Pryce-Llewellyn]]\nDOB: [[DATE:19/11/1948]]   NHS No: [[SSN:462 518 3307]]\n"
     "Address: [[STREET:14 Coldharbour Lane]], [[PLACE:Bishops Hull]], [[TOWN:Taunton]], [[COUNTY:Somerset]] [[ZIP:TA1 5PQ]]\n"
     "Tel: [[PHONE:07700 900418]] (wife [[REL:Siân]] usually answers, he is hard of hearing)\n"
     "Registered GP: Dr [[HCP:H. Okonjo]], [[FAC:Wellsprings Road Surgery]]\n\n"
     "2 cm nodular lesion L temple with rolled pearly edge and central crust, bled twice in the last month, enlarging over 8 weeks. Previous BCC R nasal ala excised at [[FAC:Tone Vale Community Hospital]] in [[YEAR:2019]]. On apixaban for AF. "
     "Dermoscopy photos uploaded via Consultant Connect, ref [[ID:CC-88314027]], taken [[DATE:02/04/2024]]."),
    # 003 Irish ophthalmology clinic letter to GP
    ("[[FAC:University Hospital Ballinlough]] - Department of Ophthalmology\nClinic date: [[DATE:18th March 2024]]\n\n"
     "Dr [[HCP:Aoife Ní Bhriain]]\n[[FAC:Main Street Medical Centre]]\n[[TOWN:Macroom]]\nCo. [[COUNTY:Cork]]\n\n"
     "Re: [[PT:Pádraig Ó Súilleabháin]], DOB [[DATE:03/06/1957]], MRN [[MRN:H0628194]]\n[[STREET:Carrigaline Road]], [[PLACE:Ballincollig]], [[ZIP:P31 K7W2]]\n"
     "Medical card no. [[PLAN:4417382B]]\n\n"
     "Dear [[HCP:Aoife]],\nThank you for referring this gentleman with gradual blurring of the right eye. VA today 6/18 R, 6/9 L, IOP 17/16. He has a dense posterior subcapsular cataract on the right with an otherwise healthy fundus; OCT macula normal. "
     "He drives a school bus for [[FAC:Lee Valley Coaches]] and is keen to proceed before [[DATE:September]]. I have listed him for right phacoemulsification with IOL, biometry booked [[DATE:2 April]].\n\n"
     "Yours sincerely,\n[[HCP:Cormac Flanagan]] FRCSI\nConsultant Ophthalmic Surgeon"),
    # 004 Dutch dermatologist, non-native English, asking about a case
    ("Hello all, a question from [[TOWN:Leiden]]. We see a 34 years old woman, mrs. [[PT:Femke van der Heijden-Bos]] (born [[DATE:11-08-1989]], BSN [[SSN:183.442.901]]), "
     "referred by huisarts [[HCP:J.P. Kuipers]] from [[PLACE:Oegstgeest]] through ZorgDomein (verwijzing [[ID:ZD-2024-771839]]). She has since [[DATE:januari 2024]] painful nodules on both shins, biopsy on [[DATE:14-02-2024]] showed septal panniculitis, so erythema nodosum. "
     "Chest X-ray is normal, ACE normal, no IBD complaints. She works as a physiotherapist in [[FAC:Fysiopraktijk De Zijl]]. Patient number in our system [[MRN:Z4418072]]. What more would you check before we call it idiopathic? Quantiferon is done and negative. Thank you!"),
    # 005 Italian ENT, prescription and referral summary
    ("Caso dal nostro ambulatorio ORL, in English for the group:\n"
     "Paz. [[PT:Giulia Bonacorsi]], nata il [[DATE:22/05/1958]] a [[TOWN:Imola]], C.F. [[SSN:BNCGLI58E62E289K]], residente [[STREET:Via Emilia Ponente 118]], [[ZIP:40133]] [[TOWN:Bologna]].\n"
     "Tessera sanitaria [[PLAN:80380000600412785544]]. Tel [[PHONE:+39 347 218 5573]].\n"
     "Sudden sensorineural hearing loss L ear since [[DATE:09/03/2024]], PTA 65 dB on the left, tympanogram type A. Started prednisone 1 mg/kg, intratympanic dexamethasone planned. Ricetta elettronica NRE [[ID:080A04291734561]].\n"
     "MRI with gadolinium booked at [[FAC:Villa Bellombra]] on [[DATE:2 aprile]]. Any experience with hyperbaric oxygen as salvage? Our nearest chamber is in [[TOWN:Ravenna]] and she would have to travel every day."),
    # 006 Greek dentist, oral surgery referral
    ("Παραπεμπτικό / referral for oral surgery\nAsthenis: [[PT:Konstantinos Papadimitriou]]\nAMKA: [[SSN:14037201385]]\nDOB: [[DATE:14/3/72]]\n"
     "Address: [[STREET:Egnatias 142]], [[ZIP:546 36]] [[TOWN:Thessaloniki]]\nMob: [[PHONE:+30 694 512 8837]]\n\n"
     "Dear colleague, I send you Mr [[PT:Papadimitriou]] for surgical removal of 38, horizontally impacted, close to the inferior alveolar canal on the OPG (taken [[DATE:28/2/2024]], file [[ID:OPG-240228-0917]]). He had 2 episodes of pericoronitis. Please consider CBCT. "
     "He prefers appointments after 3pm because he works at [[FAC:Kafeneio O Platanos]] in [[PLACE:Ano Poli]].\n\nWith regards,\nDr [[HCP:Eleni Stavrou]], dentist\n[[FAC:Odontiatreio Stavrou]], tel [[PHONE:2310 994127]]"),
    # 007 Saudi ophthalmology, member poster and replier
    ("From Riyadh: need advice @sultan.alharbi. 58 y/o diabetic male, Mr [[PT:Abdulrahman Al-Qahtani]], MRN [[MRN:1174-9932]], national ID [[SSN:1048297315]], "
     "came to [[FAC:Al Nakheel Eye Center]] ER on [[DATE:12/4/2024]] with vitreous hemorrhage OD, VA HM. B-scan: no RD. He lives in [[PLACE:Al Malqa]] district, son [[REL:Faisal]] (mobile [[PHONE:+966 55 318 2746]]) brings him. "
     "Last anti-VEGF was at [[FAC:King Salman Hospital annex]] in [[DATE:Shawwal 1444]], records missing. Plan was early vitrectomy but Dr [[HCP:Majed Al-Otaibi]] is away until after Eid. Wait or refer out?\n\n"
     "Reply from Sultan: if no RD on serial B-scan you can wait 4 weeks, start PRP on what you can see. Just make sure the son understands the warning signs."),
    # 008 Pakistan plastic surgery burns, phone-typed
    ("burn case from lahore, need input on grafting timing. pt [[PT:Rabia Bibi]] 26F, CNIC [[SSN:35202-4817362-8]], from [[PLACE:Shahdara]], kerosene stove flame burn on [[DATE:3 april]], 18% TBSA, deep partial thickness both forearms and front of neck. "
     "husband [[REL:Muhammad Aslam]] [[PHONE:0321-4478265]] is the only contact. admitted [[FAC:Services Hospital burn unit]] MR no [[MRN:2024-B-0471]]. "
     "neck is worrying me for contracture. plan tangential excision + STSG day 5. any one using dermal substitute here? cost is an issue, they come from a daily wage job at [[FAC:Ittefaq brick kiln]]."),
    # 009 Bangladesh dermatology, pemphigus
    ("Dear seniors, a case from [[TOWN:Mymensingh]]. Patient [[PT:Shirin Akter]], 41 years, NID [[SSN:4628917305]], address [[PLACE:Village Charpara]], Upazila [[PLACE:Trishal]], District [[COUNTY:Mymensingh]]. "
     "Presented on [[DATE:17.03.2024]] with flaccid bullae and oral erosions for 2 months. Nikolsky positive. Biopsy sent to [[FAC:Labaid Diagnostic Mymensingh]] (lab ID [[ID:LB-MYM-240317-082]]) showed suprabasal acantholysis. DIF not available here. "
     "Started prednisolone 60 mg. Husband [[REL:Abdul Karim]] is a rickshaw puller, cost is big problem, can not afford rituximab. Her mobile [[PHONE:01712-845390]]. Shall I refer to [[FAC:BSMMU]] Dhaka or continue with azathioprine add-on?"),
    # 010 Vietnam ENT, nasopharynx
    ("Ca lâm sàng from [[TOWN:Hà Nội]]: BN [[PT:Nguyễn Văn Hùng]], sinh [[DATE:02/09/1969]], CCCD [[SSN:001069023417]], thẻ BHYT [[PLAN:GD4010123456789]]. "
     "Address: số [[STREET:27 ngõ 112 Định Công]], [[PLACE:phường Định Công]], [[PLACE:quận Hoàng Mai]]. Phone [[PHONE:0912 384 576]].\n"
     "Unilateral serous otitis media R for 3 months + neck node level II. Nasopharyngoscopy [[DATE:ngày 05/04/2024]]: mass at fossa of Rosenmüller R. Biopsy sent, mã bệnh phẩm [[ID:GPB24-03318]]. EBV DNA pending. "
     "He is a taxi driver for [[FAC:Mai Linh]], worried about losing work. Should we put grommet now before radiotherapy or wait?"),
    # 011 Indonesia dental, BPJS, impacted tooth with complications
    ("Selamat siang TS, mohon advice. Pasien [[PT:Siti Rahmawati]], perempuan 29 th, NIK [[SSN:3578104507940003]], BPJS [[PLAN:0001847362915]], alamat [[STREET:Jl. Kertajaya Indah IV/21]], [[PLACE:Kelurahan Manyar Sabrangan]], [[TOWN:Surabaya]]. "
     "No. RM [[MRN:23-04-1187]]. Odontectomy 48 on [[DATE:8 April 2024]] at [[FAC:RS Gigi dan Mulut Nusantara]], now day 6 with paresthesia lower lip and chin left. "
     "Operator was drg. [[HCP:Bayu Prasetyo]], Sp.BM. Patient very anxious, she is a teacher at [[FAC:SDN Manyar 3]] and must speak all day. WA: [[PHONE:0812-3374-9920]]. Vitamin B and steroid enough or need to refer for microsurgery?"),
    # 012 Kenya wound clinic, diabetic foot, note from clinical officer
    ("Wound clinic review, [[FAC:Jaramogi Referral Hospital]] [[TOWN:Kisumu]]\nDate: [[DATE:15/04/2024]]\nName: [[PT:Jared Ochieng Otieno]]   IP/OP no: [[MRN:OP/2024/18873]]\nID: [[SSN:28471936]]   SHA no: [[PLAN:SHA-4471830-2]]\n"
     "Residence: [[PLACE:Nyalenda B]], [[COUNTY:Kisumu County]]. Next of kin: [[REL:Pamela Achieng]] (wife) [[PHONE:0722 418 593]]\n\n"
     "62M, T2DM 14 yrs, plantar ulcer R 1st MTH 3x2.5 cm, Wagner 2, probe to bone negative, ABPI 0.9. Offloading with total contact cast not available; made felted foam. Dressing: iodine + gauze, alternate days at [[FAC:Nyalenda Health Centre]]. "
     "Review with Dr [[HCP:Wekesa]] (ortho) on [[DATE:29th]]. He sells fish at [[FAC:Kibuye Market]] and stands all day - we talked about that."),
    # 013 Colombia dermatology, cutaneous leishmaniasis, member reply
    ("Colegas, caso de [[TOWN:Medellín]] (sorry, English so all can follow). Soldado de 23 años, [[PT:Andrés Felipe Quintero Ríos]], CC [[SSN:1.036.958.274]], from battalion in [[PLACE:Remedios]], came [[DATE:4 de abril de 2024]] with 2 ulcerated plaques forearm, 3 months. "
     "Smear positive for amastigotes. EPS Sanidad Militar, historia clínica [[MRN:HC-0983321]]. Meglumine antimoniate 20 mg/kg/d planned but ECG shows QTc 470. Contact mother [[REL:Luz Marina Ríos]] [[PHONE:+57 310 447 2815]]. Miltefosine instead? @camilo.restrepo you had one like this.\n\n"
     "Camilo: yes, we used miltefosine 28 days, watch for vomiting and use contraception counselling even if male partner questions come up. Repeat ECG weekly if you stay with antimonials."),
    # 014 Peru ophthalmology, pterygium in miner, workplace
    ("Consulta desde [[TOWN:Arequipa]]. Paciente [[PT:Teodoro Mamani Quispe]], 47 años, DNI [[SSN:42871596]], SIS [[PLAN:1-42871596-07]], trabaja como operador de volquete en [[FAC:Minera Cerro Verde Sur]] (código trabajador [[ID:CV-118273]]). "
     "Bilateral pterygium, nasal, grade III OD reaching pupil margin, VA 20/80 OD. He lives in [[PLACE:Cerro Colorado]], high UV all year. Surgery with conjunctival autograft planned [[DATE:22/04/2024]] at [[FAC:Clínica Oftalmológica del Sur]]. "
     "Company asks for a certificate for 10 days of rest and goggles recommendation. Phone wife [[REL:Gregoria]] [[PHONE:+51 954 280 317]]. Mitomycin C or just autograft with fibrin glue?"),
    # 015 NZ ENT, kid with cholesteatoma, mother shares first name with member
    ("Kia ora koutou, a referral to triage with Aroha Kereama this week. [[PT:Nikau Te Rangi]], 9, NHI [[SSN:JBX8192]], referred by GP Dr [[HCP:Sam Whitcombe]] at [[FAC:Ngongotahā Medical Centre]]. "
     "Mum [[REL:Aroha Te Rangi]] [[PHONE:021 884 392]], address [[STREET:38 Hamurana Road]], [[PLACE:Ngongotahā]], [[TOWN:Rotorua]] [[ZIP:3010]].\n"
     "Foul smelling L otorrhoea for 6 months despite 3 courses of ciprodex, attic retraction with keratin on the photo the GP took on [[DATE:10/04/24]]. Missing school at [[FAC:Te Kura Kaupapa Māori o Ngāti Whakaue]]. "
     "I've graded it urgent FSA (within 2 weeks) and asked for CT temporal bones. Aroha - can you ring mum and offer the [[DATE:Thursday 25th]] clinic? She prefers texts."),
    # 016 US photo consent form, pasted
    ("CONSENT FOR CLINICAL PHOTOGRAPHY\n[[FAC:Lakeshore Dermatology & Mohs Surgery]], [[STREET:2200 N Clybourn Ave, Suite 310]], [[TOWN:Chicago]], IL [[ZIP:60614]]\n\n"
     "Patient name: [[PT:Theodore J. Kaminski]]    DOB: [[DATE:01/30/1955]]    Acct #: [[ACCT:LD-0048821]]\n"
     "I consent to photographs of: nose and left cheek (Mohs site, pre-op, intra-op and follow-up).\n"
     "Use:  [x] my medical record   [x] teaching within the practice   [ ] publication (face will be cropped)   [ ] social media\n"
     "Signature: [[PT:T. Kaminski]]     Date: [[DATE:5/14/2024]]\nWitness: [[HCP:Marisol Guerra]], MA\n"
     "If signing for the patient, name and relationship: ____\nPatient email for image copies: [[EMAIL:tkaminski55@fastmail.com]]\n\n"
     "^ this is our current form. Legal wants us to add a clause about AI tools. Anyone already have wording?"),
    # 017 US school letter after tympanostomy tubes
    ("[[FAC:Cedar Valley Pediatric ENT]]\n[[STREET:4120 University Ave]], [[TOWN:Waterloo]], IA [[ZIP:50701]]   Tel [[PHONE:319-555-0172]]   Fax [[FAX:319-555-0173]]\n\n"
     "[[DATE:April 16, 2024]]\n\nTo the school nurse, [[FAC:Lowell Elementary]]:\n\n"
     "[[PT:Mateo Herrera-Vance]] (DOB [[DATE:06/02/2017]]) had bilateral tympanostomy tubes placed on [[DATE:April 11]]. He may return to school on [[DATE:April 17]]. "
     "He may participate in recess and PE. For swimming class, please allow him to wear ear plugs or a headband; no diving deeper than 3 feet. If you notice drainage from either ear, please let his mother, [[REL:Daniela Vance]], know so we can start drops.\n\n"
     "Sincerely,\n[[HCP:Gregory Lunde]], MD"),
    # 018 UK fit note / workplace letter for hand dermatitis
    ("To whom it may concern\n\nRe: Ms [[PT:Kerry-Ann Whitfield]], DOB [[DATE:02.12.1990]], Hospital No. [[MRN:RM3309817]]\n\n"
     "Ms [[PT:Whitfield]] is under my care at the [[FAC:Irwell Vale Contact Dermatitis Clinic]] for severe irritant and allergic hand dermatitis. Patch testing on [[DATE:11th March]] was positive to methylchloroisothiazolinone/methylisothiazolinone, which is present in several products used at her workplace, [[FAC:Bright & Shine Commercial Cleaning]], [[STREET:Unit 4, Trafford Park Road]], [[TOWN:Manchester]] [[ZIP:M17 1HG]].\n\n"
     "I would recommend that she is provided with nitrile gloves with cotton liners, avoids wet work for more than 2 hours a shift, and that MI-free products are sourced. She is not fit for cleaning duties until [[DATE:6 May 2024]] but could do supervisory or stock work.\n\n"
     "Dr [[HCP:Nadia Choudhury]], Consultant Dermatologist\nSecretary [[PHONE:0161 496 0732]]"),
    # 019 US spectacle Rx and optical lab order
    ("SPECTACLE Rx\n[[FAC:Brightview Eye Associates]] - [[TOWN:Fort Collins]], CO   ph [[PHONE:(970) 555-0114]]\n"
     "Pt: [[PT:Harriet Olumide]]   DOB [[DATE:09/18/1979]]   Exam date [[DATE:04/03/2024]]\n"
     "OD  -2.25 -0.75 x 175   add +1.50\nOS  -2.00 -1.00 x 005   add +1.50\nPD 63/60   Progressive, AR coat, photochromic ok\n"
     "Expires [[DATE:04/03/2026]]   Prescriber: [[HCP:Alan Dusenberry]], OD   Lic [[LIC:OPT.0011742]]\n\n"
     "Lab order [[ID:ZL-5538214]] to Zeiss lab, frame Silhouette 5529 col 6540, patient's VSP member id [[PLAN:VSP 882104736]]. "
     "Pt called back [[DATE:4/12]] - reading zone too narrow at her desk job at [[FAC:Colorado State University]] library. Remake as occupational lens? Asking the optometrists here."),
    # 020 US prior authorization for dupilumab, with member
    ("PA denied again, third time. Pasting the resubmission so @j.whitaker can sanity check before I fax it:\n\n"
     "Member: [[PT:Brianna K. Solis]]   DOB [[DATE:11/04/2006]]\nPlan: Blue Cross Blue Shield of Texas   Member ID [[PLAN:XGF918273645]]   Group [[PLAN:0047719]]\n"
     "Prescriber: [[HCP:Tamsin Reyes]], MD   NPI [[ID:1427093386]]   Fax [[FAX:(512) 555-0181]]\n"
     "Dx: L20.9 atopic dermatitis, EASI 27, BSA 32%, IGA 4.\nFailed: triamcinolone 0.1% oint x 8 wk, tacrolimus 0.1% x 12 wk, NB-UVB 24 sessions ([[DATE:Sept-Dec 2023]]), cyclosporine 3 mg/kg stopped for BP.\n"
     "Requested: Dupixent 600 mg load then 300 mg q2w. Missed 11 days of school at [[FAC:Round Rock High School]] this semester (letter attached)."),
    # 021 UK dental laboratory docket for an implant crown
    ("LAB DOCKET - [[FAC:Pennine Dental Ceramics]], [[TOWN:Huddersfield]]\nCase no: [[ID:PDC-24-06173]]   Date in: [[DATE:08/04/24]]   Return by: [[DATE:19/04/24]]\n"
     "Dentist: [[HCP:Rhys Morgan]] BDS   GDC [[LIC:184427]]   [[FAC:Marsden Smile Studio]], [[STREET:22 Peel Street]], [[PLACE:Marsden]] [[ZIP:HD7 6BW]]\n"
     "Patient: [[PT:Joanne Ibbotson]]   (private, plan [[PLAN:DPL-771042]])\n"
     "Work: screw-retained zirconia crown UR6 on Straumann BLT 4.1 x 10 RC, implant lot [[DEVICE:RT48213]], placed [[DATE:14 Nov 2023]]. Shade A3 body, B2 incisal is not relevant for a molar so just A3. Scan body RC, digital impression via 3Shape.\n"
     "Note to lab: patient grinds, please keep occlusal contacts light, and ring the practice on [[PHONE:01484 844 310]] if the ti-base is backordered."),
    # 022 Irish cochlear implant audiology note
    ("Audiology note, [[FAC:Beaumont-Clontarf Implant Programme]]\n[[DATE:10/04/2024]]\n"
     "[[PT:Siobhán McGarry]] (MRN [[MRN:0471936]], DOB [[DATE:23/07/1983]]) attended for 3-month switch-on review. Right CI632 internal device SN [[DEVICE:3318274]], sound processor Nucleus 8 SN [[DEVICE:N8-4471093]]. "
     "Impedances within normal limits on all 22 electrodes. She reports better speech in quiet, still struggles in the staff room at [[FAC:Scoil Mhuire]] where she teaches. "
     "Remote check via app is linked to her email [[EMAIL:siobhan.mcgarry83@eircom.net]]. Her partner [[REL:Declan]] attended. Next mapping [[DATE:24 July]]. Loaner processor returned, serial [[DEVICE:N8-LN-0093]].\n"
     "[[HCP:Orla Kinsella]], Clinical Audiologist"),
    # 023 US wound clinic note for home health, NPWT
    ("WOUND CARE ORDERS - home health\nPt: [[PT:Lucille Ferreira]]   DOB [[DATE:3/9/1944]]   Medicare MBI [[PLAN:4TE8-K72-MN39]]\n"
     "Address: [[STREET:817 Magnolia Bend Rd]], [[TOWN:Lake Charles]], LA [[ZIP:70605]]  ([[COUNTY:Calcasieu Parish]])\nAgency: [[FAC:Bayou Home Health]] ph [[PHONE:337-555-0108]]\n\n"
     "Dx: stage 4 sacral pressure injury, 6.1 x 4.8 x 2.2 cm, undermining 2 cm at 12 o'clock.\nNPWT 125 mmHg continuous, black foam, change M/W/F. Unit: ActiV.A.C. serial [[DEVICE:VAEX48213]], delivered [[DATE:04/15/24]].\n"
     "Nutrition: Juven BID. Reposition q2h, alternating air mattress.\nNext clinic visit [[DATE:4/29]] with Dr. [[HCP:Pham]]. Caregiver daughter [[REL:Renée Ferreira-Landry]] cell [[PHONE:337-555-0161]]."),
    # 024 phone-typed reply between two members
    ("@kwame.asante ok i can squeeze her in tmrw 0800 at [[FAC:eastgate]]. [[PT:joyce abernethy]] right? the one with the CRAO sat night. tell her daughter [[REL:linda]] to drive her, she cant do the bus. bring the [[FAC:st lukes]] ER sheet pls"),
    # 025 derm image captions exported from the photo system
    ("Exported captions from our photo library for the tumour board slide, please check I removed everything before it goes out... (I didn't, this is the raw one)\n\n"
     "[[ID:IMG-20240311-MRN5538802-01]].jpg - [[PT:Okafor, Chinedu]] - L plantar foot, acral lentiginous melanoma, clinical, [[DATE:11 Mar 2024]]\n"
     "[[ID:IMG-20240311-MRN5538802-02]].jpg - dermoscopy, parallel ridge pattern\n"
     "[[ID:IMG-20240402-MRN5538802-03]].jpg - post WLE + split skin graft, day 14, taken by [[HCP:S. Byrne]] CNS\n"
     "Patient ref [[MRN:5538802]], consent form [[ID:CF-2024-0419]] on file, teaching only."),
    # 026 teledermatology upload log with IP and link
    ("Odd one for the teledermatology group. A patient uploaded photos from a different device than the one registered and our system flagged it. Log:\n\n"
     "[[DATE:2024-04-17]] 21:43:08  upload  case [[ID:TD-88213]]  user [[EMAIL:m.vargas.lindqvist@gmail.com]]  ip [[IP:73.142.88.201]]  files 6\n"
     "[[DATE:2024-04-17]] 21:49:55  upload  case [[ID:TD-88213]]  user [[EMAIL:m.vargas.lindqvist@gmail.com]]  ip [[IP:2601:1c2:4280:9a0::3f]]  files 2\n"
     "share link: [[URL:https://portal.skinview-telederm.com/c/TD-88213?t=9f3b2a71c]]\n\n"
     "Patient is [[PT:Mariana Vargas Lindqvist]], 17, (mother [[REL:Karin Lindqvist]] is the account holder). Photos show a targetoid eruption on the palms after a cold sore two weeks ago - classic EM minor. Our IT wants to know if we should lock the account. I think the mother just used her phone."),
    # 027 filler vascular occlusion, patient's social media
    ("Urgent advice pls - 31F, [[PT:Chloe Marchetti]], presented to our ED in [[TOWN:Brighton]] at 01:00 with dusky reticulated skin L nasolabial fold and ala, 6 h after HA filler at a salon. She found the injector on Instagram: [[URL:instagram.com/lushlips_by_tayla]], "
     "and the patient posted the 'after' photo on her own account [[HANDLE:@chloemarchetti.mua]] which is how we got the timing. Salon is [[FAC:Glow Aesthetics Lounge]] on [[STREET:Western Road]]. "
     "Gave 1500 units hyaluronidase in divided doses, capillary refill improving. Hospital no [[MRN:BSUH-3391872]]. She has no visual symptoms. Repeat hyaluronidase in 1h? Aspirin? Plastics on call is Mr [[HCP:Adeyemi]] but he has not seen one before."),
    # 028 UK visual fields for driving, DVLA
    ("Glaucoma clinic - DVLA question.\n[[PT:Derek Stainthorpe]], 71, Hosp no [[MRN:NTH1187204]], advanced POAG, Esterman binocular field on [[DATE:04/04/2024]] shows 24 missed points with a central cluster, so fails the standard. "
     "He drives a mobility scooter AND a car - car reg [[PLATE:NU19 KXF]]. Licence number on the DVLA form he brought: [[LIC:STAIN503134D99NK]]. I have told him not to drive and to inform DVLA. "
     "His wife [[REL:Maureen]] says he will ignore it. Lives in [[PLACE:Low Fell]], [[TOWN:Gateshead]]. Do you write to the GP and DVLA yourselves if patient refuses? GMC guidance says yes after giving him chance."),
    # 029 US facial laceration after car crash, insurance claim
    ("Plastics consult - face lac s/p MVC\n[[PT:Tyrone D. Whitlock]], 44M, MRN [[MRN:MR#77-31-904]], [[DATE:4/20/24]] 02:15\n"
     "Unrestrained driver, windshield strike. 7 cm stellate lac forehead into L brow, 2 cm lac through vermilion border upper lip. No facial fx on CT. "
     "Repaired in layers, vermilion border realigned first with 6-0 prolene marking stitch.\n\n"
     "Auto insurance (Progressive) claim [[ID:24-7718230-01]] - adjuster requested vehicle info: 2016 Nissan Altima, plate [[PLATE:GHT-4471]] (GA), VIN [[VIN:1N4AL3AP6GC182739]]. "
     "Pt staying with sister [[REL:Keisha Whitlock]] at [[STREET:2290 Memorial Dr SE]], [[TOWN:Atlanta]] [[ZIP:30317]]. F/u in [[FAC:Grady]] plastics clinic day 5 for suture removal, billing acct [[ACCT:HAR 8800417723]]. Questions overnight: page the plastics resident [[HCP:Leah Zimmerman]], [[PAGER:404-555-0177]]."),
    # 030 very elderly cataract patient, consent capacity
    ("Consent question. [[AGE:94]] year old lady, Mrs [[PT:Winifred Hartnell]], dense brunescent cataract L (only eye, R is NPL from old CRVO). VA HM. Lives alone in [[PLACE:Pinewood Court]] sheltered flats in [[TOWN:Bournemouth]]. "
     "She clearly wants surgery and understands risk of losing the only eye. Niece [[REL:Pamela Goode]] (LPA for finance only, not health) phoned to object. MMSE 27/30. "
     "Booked for [[DATE:7 May]] under local with Mr [[HCP:Farrukh Iqbal]], trypan blue, on the list at [[FAC:Royal Bournemouth eye unit]]. Hospital no [[MRN:RBH0038471]]. Am I right that the niece has no say here?"),
    # 031 nursing home pressure injury, very old man, NZ
    ("Wound nurse specialist referral\nTo: [[FAC:Christchurch Hospital]] plastics outpatients\nFrom: [[FAC:Avonhead Rest Home]], [[STREET:91 Withells Road]], [[PLACE:Avonhead]], [[TOWN:Christchurch]] [[ZIP:8042]]\n"
     "Resident: [[PT:Ernest Pōtiki Hamilton]]   NHI [[SSN:ZAC4719]]   Age [[AGE:97]]\nDate: [[DATE:16.04.2024]]\n\n"
     "Non-healing ulcer R heel for 3 months, 3 x 3 cm, eschar lifted edges, now boggy with malodour. Foot pulses not palpable, ABPI not done as he can't lie flat. "
     "Son [[REL:Graeme Hamilton]] ([[PHONE:027 551 0386]]) has EPOA and wants 'everything done'. GP Dr [[HCP:Ruth Aperahama]] agrees to referral. Please advise whether plastics or vascular should see him first."),
    # 032 Dutch hairdresser with hand eczema
    ("Question from [[TOWN:Utrecht]], contact allergy. Patient is hairdresser, 22 years, [[PT:Sanne Dijkstra]], works at [[FAC:Kapsalon Knip & Kleur]] on [[STREET:Twijnstraat 41]]. Patch test (European baseline + hairdressing series) read on D3, [[DATE:21-03-2024]]: "
     "p-phenylenediamine +++, toluene-2,5-diamine ++, ammonium persulfate +. She wants to continue the job. Her employer sent an email to [[EMAIL:s.dijkstra2001@hotmail.nl]] asking for a letter from us. "
     "Patient nr [[MRN:UMC-7738104]]. Is there any realistic way with gloves or must I advise retraining? UWV will ask."),
    # 033 Kenyan university student, third molar, student ID and excuse letter
    ("Oral & maxillofacial clinic, [[FAC:Kenyatta National Hospital]]\nSick-off / exam deferral letter\n\n[[DATE:11 April 2024]]\n\nThe Dean of Students, [[FAC:University of Nairobi]], [[PLACE:Chiromo]] campus\n\n"
     "RE: [[PT:Wanjiru Mwangi Njeri]], Reg. No. [[ID:I56/88213/2021]]\n"
     "The above student was seen on [[DATE:9/4/2024]] with acute pericoronitis and a submasseteric space infection from an impacted 38. She underwent incision and drainage and surgical removal of the tooth under GA on [[DATE:10/4/2024]] (file no. [[MRN:KNH/OMFS/24/1183]]). "
     "She is unable to sit for the Biochemistry CAT on [[DATE:12th April]] and requires 7 days off. \n\nDr [[HCP:Otieno Kamau]]\nRegistrar, OMFS   Reg. No. [[LIC:A10493]]"),
    # 034 US breast implant recall question, implant serials
    ("Implant card question. Pt [[PT:Danielle Okonkwo-Price]], 52, textured implants placed [[YEAR:2011]] by Dr [[HCP:Stanley Vreeland]] (retired, practice closed). New seroma R breast 9 yrs later, cytology sent for CD30. "
     "Her implant card: Allergan Natrelle 410 FM 375cc, R SN [[DEVICE:16218374-018]], L SN [[DEVICE:16218377-011]], lot [[DEVICE:3048821]]. "
     "She wants to know if she's in the Allergan replacement program and the old practice's records are at [[FAC:Archive Health Records LLC]], request # [[ID:AHR-55103]]. MRN with us [[MRN:0088123457]], cell [[PHONE:(602) 555-0145]]. Who do you report BIA-ALCL suspected cases to besides MedWatch? PROFILE registry?"),
    # 035 Indonesian child, button battery in nose
    ("Urgent TS THT. Anak [[PT:Muhammad Rizky Ramadhan]], 4 th, dibawa ibu [[REL:Nurul Hidayah]] ke IGD [[FAC:RSUD Dr. Soetomo]] tadi malam [[DATE:16/4]] jam 22.00. Button battery R nasal cavity, X-ray confirmed. Removed under GA 23.30, already mucosal necrosis on septum. "
     "RM [[MRN:12.48.77.03]]. Lives in [[PLACE:Kampung Bratang Gede]], [[TOWN:Surabaya]]. Father [[REL:Agus Santoso]] HP [[PHONE:0857-3022-1194]]. Nasal saline + antibiotik, review day 3 for septal perforation. "
     "Anybody put silastic splint in this situation? Thanks."),
    # 036 US retina on-call handoff with pager, members
    ("handing off to @dana.m for the weekend, one to watch:\n"
     "[[PT:Wendell Graybeal]] 66M, mac-on superotemporal RD OS, first noticed Thursday evening, VA 20/25. Seen at [[FAC:Mountain State Eye]] this afternoon, MRN [[MRN:2219407]]. "
     "Posturing head to right. PPV/SB booked Sat 7:30 with Dr. [[HCP:Kessler]]. If VA drops or he calls about new curtain page the retina fellow [[HCP:Amir Sadeghi]] at [[PAGER:304-555-0190]], not the OR desk. "
     "Lives 80 min away in [[TOWN:Elkins]], wife [[REL:Bonnie]] cell [[PHONE:304-555-0157]] - they're staying at the [[FAC:Hampton Inn]] on [[STREET:Greenbrier St]] tonight.\n\nDana: got it, thanks."),
    # 037 US fax cover sheet with dermatology referral
    ("FAX COVER\nTo: [[FAC:Sun Valley Dermatology]]   Fax: [[FAX:(480) 555-0193]]\nFrom: [[FAC:Mesa Verde Internal Medicine]]   Fax: [[FAX:(480) 555-0102]]   Ph: [[PHONE:(480) 555-0103]]\nPages: 4   Date: [[DATE:04/18/2024]]\n"
     "CONFIDENTIAL - intended only for the recipient.\n\nREFERRAL: [[PT:Gilbert R. Yazzie]]   DOB [[DATE:12/01/1950]]\nAddr: [[STREET:1452 W Baseline Rd #12]], [[TOWN:Mesa]] AZ [[ZIP:85202]]\nIns: AHCCCS ID [[PLAN:A48201937]]   Pt acct [[ACCT:MVIM-220184]]\n"
     "Reason: multiple hyperkeratotic lesions dorsal hands and scalp, one tender nodule R ear helix x 2 mo - r/o SCC. Hx renal transplant [[YEAR:2016]] on tacrolimus/MMF.\nReferring: [[HCP:Lorraine Begay]], FNP\n\n"
     "Posting because the cover sheet was stuck to the wrong referral, we got someone else's packet behind it. What's everyone's process for a misdirected fax - just notify sender and shred?"),
    # 038 UK email exchange with a patient about scar revision photos
    ("From: [[EMAIL:ben.okoro-hale@outlook.com]]\nSent: [[DATE:Monday 8 April 2024]] 19:02\nTo: Plastic Surgery Admin\nSubject: scar photos - [[PT:Benjamin Okoro-Hale]] hosp no [[MRN:K2184736]]\n\n"
     "Hi, Mr [[HCP:Lindqvist]] asked me to send pictures of my scar before the next appointment. Attached 3 photos taken today. The lump by my jaw is still there and itchy. Also can I come on a [[DATE:Wednesday 17th]] because I work shifts at [[FAC:Tesco Extra Hull]]? My mobile is [[PHONE:07700 900772]].\nThanks, [[PT:Ben]]\n\n"
     "---\nOur admin forwarded this to my personal email, which I'm sure is not how it should go. Clinically it's a hypertrophic scar after the [[DATE:January]] submandibular gland excision, I'll offer triamcinolone. But is there a proper route for patient photos into the record at your trusts?"),
    # 039 Pakistan isotretinoin prescription, pasted from the pad
    ("Rx pad copy for teaching the PGs on iPLEDGE-type counselling, names need removing before I use it:\n\n"
     "[[FAC:Skin & Laser Clinic]], [[STREET:Plot 14-C, Main Khayaban-e-Ittehad]], [[PLACE:DHA Phase 6]], [[TOWN:Karachi]]\nDr [[HCP:Saima Farooqui]], FCPS (Derm)  PMDC [[LIC:41823-S]]\n\n"
     "Name: [[PT:Hira Naveed]]   Age/Sex: 19/F   Date: [[DATE:13-4-24]]   Reg #: [[MRN:SLC-8821]]\nCell: [[PHONE:0333-2197744]]\n"
     "Dx: nodulocystic acne, scarring\nRx: Cap Isotretinoin 20 mg OD x 4 wk then review\nLFT, lipids, β-hCG baseline\nSPF 50, moisturiser\nStrict contraception counselling, mother [[REL:Farzana]] present. Next visit [[DATE:11-5-24]]."),
    # 040 Italian psoriasis biologic therapeutic plan
    ("Piano terapeutico AIFA - copy for our residents' teaching, still has the data on it:\n\n"
     "Centro prescrittore: [[FAC:UOC Dermatologia, Ospedale San Matteo degli Infermi]], [[TOWN:Pavia]]\n"
     "Paziente: [[PT:Lorenzo Esposito]]   Sesso M   Data di nascita [[DATE:30/10/1976]]\nCodice fiscale [[SSN:SPSLNZ76R30F839W]]   ASL di residenza: ATS [[COUNTY:Pavia]]\n"
     "Diagnosi: psoriasi a placche moderata-grave, PASI 18,4, BSA 22%, DLQI 14\nFarmaco: risankizumab 150 mg s.c. settimana 0, 4 poi ogni 12 settimane\nDurata: 12 mesi dal [[DATE:15/04/2024]]\n"
     "Medico: Dott.ssa [[HCP:Chiara Malvezzi]]   tel. reparto [[PHONE:0382 503 771]]   e-mail [[EMAIL:c.malvezzi@smatteo-derm.it]]\n\nHe failed methotrexate (ALT x3) and acitretin. Our pharmacy now wants us to switch to biosimilar ustekinumab first - anyone have AIFA rules on this in Lombardia?"),
    # 041 Greek EOPYY hearing aid approval request
    ("Hearing aid approval form (ΕΟΠΥΥ), for a patient in our ENT practice - posting because the rejection reason makes no sense:\n"
     "Onomateponymo: [[PT:Vasiliki Georgiou]]   Patronymo: [[REL:Dimitrios]]\nAMKA [[SSN:27115803361]]   AFM [[ID:048372619]]\n"
     "Dieuthynsi: [[STREET:Kolokotroni 9]], [[TOWN:Nafplio]] [[ZIP:21100]]   Tel: [[PHONE:27520 28114]]\n"
     "Diagnosis: bilateral presbycusis, PTA 58/62 dB, speech discrimination 68%\nRequested: 2 BTE digital hearing aids, bilateral\nAudiogram date [[DATE:21/3/2024]], prescribing ENT [[HCP:Nikolaos Chatzis]]\n"
     "Rejected: 'missing previous device declaration'. She never had a hearing aid before! Her daughter [[REL:Katerina]] runs between [[FAC:KEP Nafpliou]] and us. Has anyone had this rejection?"),
    # 042 Saudi sick leave report after ENT surgery
    ("Sick leave report (Seha)\nLeave ID: [[ID:PSL24041839471]]\nName: [[PT:Nourah Saad Al-Dosari]]   National ID: [[SSN:1092837465]]\nEmployer: [[FAC:Almarai]] packaging line, [[PLACE:Second Industrial City]]\n"
     "Facility: [[FAC:Dr. Sulaiman Al Habib Hospital - Takhassusi]]\nPhysician: Dr [[HCP:Hatem Bakr]], ENT consultant, license [[LIC:08-RM-44721]]\n"
     "Diagnosis: chronic rhinosinusitis with nasal polyps, FESS + septoplasty [[DATE:14/10/1445 H]] ([[DATE:23/04/2024]])\nLeave: 14 days from [[DATE:23/04/2024]]\n\n"
     "HR asked if she can do light office work from day 7. Typically we say 14 days no heavy lifting after FESS - anyone gives 10?"),
    # 043 NZ ACC claim for dental trauma
    ("Kia ora, ACC dental trauma question from the [[TOWN:Whangārei]] clinic.\n[[PT:Tama Rawiri Paora]], 15, tackled at rugby on [[DATE:Sat 13 April]] at [[PLACE:Kensington Park]], avulsed 11 re-implanted by his coach after ~40 min in milk, 21 crown fracture with pulp exposure. "
     "ACC45 lodged, claim no [[ID:11043928871]], NHI [[SSN:KMR4412]]. School is [[FAC:Kamo High School]]. Splinted 2 weeks flexible, started doxy... then realised he's 15 so switched to amoxicillin? "
     "Mum [[REL:Hine Paora]] ([[PHONE:022 419 7753]]) asks whether ACC covers a future implant if the tooth resorbs. I think yes under the same claim. Anyone been through it?"),
    # 044 Irish ENT referral through Healthlink
    ("Healthlink referral - ENT OPD, [[FAC:Mercy University Hospital]]\nReferral ID: [[ID:HL-2024-3381744]]\n"
     "Patient: [[PT:Saoirse Delahunt]], DOB [[DATE:14/02/2011]], [[STREET:7 Ard na Gréine]], [[TOWN:Mallow]], Co. [[COUNTY:Cork]], [[ZIP:P51 X3T8]]\nGMS: [[PLAN:2281937K]]   PPSN [[SSN:8463921TA]]\n"
     "Parent: [[REL:Niamh Delahunt]], mob [[PHONE:086 274 9153]]\nReferring GP: Dr [[HCP:Feargal Mulcahy]], [[FAC:Blackwater Family Practice]]\n\n"
     "13 y/o with recurrent tonsillitis, 8 documented episodes in the past 12 months (dates in attached list), missed 19 days at [[FAC:Patrician Academy]]. Meets SIGN criteria. Mother would accept private list if waiting list >12 months."),
    # 045 Kenyan albinism school letter, members in thread
    ("@wambui.k asked for our sun protection letter template for learners with albinism. Here's the one I used last week, I'll blank it for the shared folder:\n\n"
     "[[FAC:Thika Level 5 Hospital]] - Dermatology Clinic\n[[DATE:2nd April 2024]]\n\nThe Head Teacher\n[[FAC:Makongeni Primary School]], [[TOWN:Thika]]\n\n"
     "RE: [[PT:Brian Kiprono Chebet]], Class 5, Adm No. [[ID:MPS/4471]]\nThe above pupil has oculocutaneous albinism and is followed in our clinic (OP no. [[MRN:TL5/DER/0392]]). "
     "Kindly allow him to: wear a wide brimmed hat and long sleeves at all times outdoors; sit in front row for low vision; keep indoor during break 10am-3pm; use sunscreen SPF 50 supplied by the clinic. "
     "His guardian Mrs [[REL:Esther Chebet]] can be reached on [[PHONE:0711 582 604]].\n\nDr [[HCP:Njoroge]]\n\nWambui, also attach the NCPWD registration guidance, most parents don't know about it."),
    # 046 Colombian MIPRES prescription for child's hearing aids
    ("Otra vez problemas con MIPRES. Niña de 6 años, [[PT:Valentina Ospina Cárdenas]], TI [[SSN:1.019.847.332]], EPS Sura, hipoacusia neurosensorial bilateral moderada (PTA 55 dB). "
     "Prescripción MIPRES No. [[ID:20240412158847290031]] para audífonos retroauriculares bilaterales + moldes, fecha [[DATE:12/04/2024]]. La EPS dice que no aparece. "
     "Familia vive en [[PLACE:Vereda La Clara]], [[TOWN:Guarne]], 1 hora de [[TOWN:Rionegro]]. Madre [[REL:Yuliana Cárdenas]] cel [[PHONE:314 882 0571]]. Colegio [[FAC:Institución Educativa Santo Tomás de Aquino]] ya pidió carta para ubicarla adelante.\n"
     "Any tips on how to escalate, tutela or just call the EPS hotline again?"),
    # 047 Peru diabetic foot in EsSalud
    ("Pie diabético, [[FAC:Hospital Nacional Edgardo Rebagliati]], [[TOWN:Lima]]. Paciente [[PT:Rosa Elvira Huamán Ccori]], 63 años, DNI [[SSN:09284715]], autogenerado EsSalud [[PLAN:6304120HMCCR008]], HC [[MRN:558391]]. "
     "Úlcera plantar derecha, Texas 2B, cultivo [[DATE:10/04/24]] con Pseudomonas. Vive en [[PLACE:San Juan de Lurigancho]], [[STREET:Av. Próceres de la Independencia 2140]]. Hija [[REL:Milagros]] [[PHONE:+51 987 114 320]]. "
     "She can't come 3x/week for dressings, 2 hours by bus. Is PAD (hospital at home) worth requesting? Our wound nurse Lic. [[HCP:Yolanda Sifuentes]] says they refuse ulcers."),
    # 048 Vietnamese dental implant warranty card
    ("Bệnh nhân come back with implant loose after 8 months, other clinic placed it. Warranty card:\n"
     "[[FAC:Nha khoa Sài Gòn Smile]], [[STREET:214 Nguyễn Thị Minh Khai]], [[PLACE:Phường 6]], [[PLACE:Quận 3]], [[TOWN:TP.HCM]]\n"
     "Khách hàng: [[PT:Trần Thị Thu Hà]]   SĐT [[PHONE:0903 771 284]]\nNgày cấy ghép: [[DATE:15/08/2023]]   Vị trí: 36\n"
     "Implant: Dentium SuperLine 4.5 x 10, Lot [[DEVICE:SL45102207]]   Abutment lot [[DEVICE:AB3318402]]\nBác sĩ: [[HCP:Lê Minh Tuấn]]\nMã bảo hành: [[ID:BH-2023-08-1527]]\n\n"
     "Periapical shows the abutment screw, not the fixture, is loose. Can we just retighten or must send her back to them? Her husband [[REL:Phạm Quốc Bảo]] very angry."),
    # 049 Indonesian earlobe keloid, photo consent, patient's TikTok
    ("Konsul keloid. Pasien [[PT:Dewi Anggraini Putri]], 24 th, keloid bilateral earlobe after piercing, recurred after excision at [[FAC:Klinik Kecantikan Aura]] in [[YEAR:2022]]. "
     "She wants to post her treatment on TikTok ([[HANDLE:@dewiangg.putri]]) and asked us to sign photo consent allowing our clinic logo. No. RM [[MRN:00-58-21-44]], [[FAC:RS Hermina Bekasi]], [[TOWN:Bekasi]]. "
     "Plan: excision + post-op TAC 40 mg/ml at 2 and 4 weeks, pressure earrings. Any of you does post-op radiotherapy for earlobe? Jadwal kontrol [[DATE:30 April 2024]]."),
    # 050 Bangladeshi ROP screening, preterm infant
    ("ROP screening report, [[FAC:Chattogram Maa-O-Shishu Hospital]] NICU\nBaby of [[REL:Tahmina Begum]] (twin 1)   Reg no [[MRN:CMOSH-N-24-0337]]\nDOB [[DATE:02/03/2024]]   GA 29+4 wk   BW 1120 g\n"
     "Exam date [[DATE:06/04/2024]] (PMA 34+2)\nRE: zone II, stage 2, no plus\nLE: zone II, stage 3, pre-plus\nPlan: repeat in 1 week, if plus disease -> laser at [[FAC:Chittagong Eye Infirmary]]\n"
     "Father [[REL:Mohammad Jashim Uddin]] [[PHONE:+880 1819 337412]], home in [[PLACE:Patiya]] upazila, [[COUNTY:Chattogram]] district.\nScreened by Dr [[HCP:Rumana Chowdhury]]\n\nQ: laser vs anti-VEGF for zone II stage 3 with plus, given follow-up risk when they go back to the village?"),
    # 051 Dutch keratoconus, cross-linking and contact lens order
    ("Contactlens order after CXL - for the optometrists in the group, does this look right?\n"
     "Patient: dhr. [[PT:Youssef El Amrani]], geb. [[DATE:04-07-2002]], pat.nr. [[MRN:3377219]] ([[FAC:Oogziekenhuis Rotterdam]])\nAdres: [[STREET:Beukelsdijk 88B]], [[ZIP:3022 DJ]] [[TOWN:Rotterdam]]\nZorgverzekeraar: Zilveren Kruis, polisnr [[PLAN:187442091]]\n"
     "Epi-off CXL OD on [[DATE:16-01-2024]], Kmax 58.2 D stable at 3 months.\nLens: scleral 16.4 mm, sag 4300, OD, order via [[FAC:Lentivu Contactlenzen Delft]], order nr [[ID:LV-240418-22]]\n"
     "He drives taxi for [[FAC:RTM Taxi]] and needs 0.5 binocular for the CBR keuring in [[DATE:June]]."),
    # 052 US Mohs handoff, patient shares a first name with member Priya Raman
    ("Mohs day list, @priya.r can you take the 1 pm? Details:\n"
     "1) [[PT:Priya Venkataraman]], 38, MRN [[MRN:003318274]], infiltrative BCC R nasal sidewall, 2 stages likely, may need paramedian forehead flap - already consented for it with Dr. [[HCP:Oyelaran]] from facial plastics, who is on standby at [[PHONE:(919) 555-0166]].\n"
     "2) [[PT:Leonard Stoltz]], [[AGE:91]], SCCis L dorsal hand, on warfarin INR 2.4 yesterday. His grandson [[REL:Caleb Stoltz]] drives him from [[TOWN:Wake Forest]].\n"
     "3) [[PT:Anh Nguyen-Doyle]], 55, recurrent BCC L helix, prior Mohs [[YEAR:2020]] at [[FAC:Duke]].\nAll pre-op photos are in the Canfield folder dated [[DATE:4/22]]."),
]

FREE_NOTES: list[str] = [
    # 053 referral triage criteria for a UK dermatology service
    ("Our dermatology triage rules as of the 2023 revision, sharing since people asked:\n"
     "- NICE NG12 suspected melanoma (weighted 7-point checklist score >= 3) or suspected SCC: 2WW, photo + dermoscopy mandatory via Advice & Guidance\n"
     "- BCC on the face in under 70s, not near eye/nose: routine, consider GP-led excision per BAD 2021 guidance\n"
     "- Acne on isotretinoin pathway: routine, need PHQ-9 and pregnancy prevention programme discussion documented\n"
     "- Psoriasis PASI > 10 or DLQI > 10: soon (6 weeks)\n- Eczema in children: routine unless eczema herpeticum (same day to on-call)\n"
     "We reject about 18% back to primary care with advice. Wednesday and Friday are the triage sessions."),
    # 054 teaching post on eponymous ophthalmic signs
    ("Quick revision list for the registrars before the FRCOphth part 2: Hutchinson's sign (nasociliary V1 involvement in zoster), Argyll Robertson pupils, Marcus Gunn pupil vs Marcus Gunn jaw-winking (different thing!), "
     "Holmes-Adie pupil, Horner syndrome with apraclonidine test, Parinaud syndrome, Kayser-Fleischer rings in Wilson disease, Brushfield spots in Down syndrome, Lisch nodules in NF1, Roth spots in endocarditis. "
     "Bonus: Coats disease vs retinoblastoma in leukocoria, and Vogt-Koyanagi-Harada in patients from Saudi Arabia and Latin America."),
    # 055 ENT journal club post with members
    ("Journal club Thursday 7 pm (Auckland time), @tevita.f presenting. Paper: the NICE guideline NG98 on hearing loss in adults and the 2019 Cochrane review on intratympanic steroids for sudden SNHL. "
     "Also worth reading the AAO-HNS 2019 clinical practice guideline update, https://doi.org/10.1177/0194599819859885. Bring your Siegle speculum questions. Thanks Mele for booking the room."),
    # 056 dental antibiotic prophylaxis debate
    ("Rant: still getting referrals asking for amoxicillin 2 g before extractions for every patient with a hip replacement. The ADA/AAOS 2015 statement and the 2021 AHA update are clear - prosthetic joints do NOT need it, prosthetic heart valves and previous IE do. "
     "For penicillin allergy, clindamycin is no longer recommended (C. diff risk), azithromycin 500 mg or doxycycline 100 mg instead. SDCEP in Scotland says the same."),
    # 057 wound clinic dressing formulary
    ("Formulary update for the wound clinic, from 1 May:\nAquacel Ag+ Extra -> restricted to clinical infection signs (NERDS/STONEES)\nMepilex Border Flex 10x10 -> first line for sacral prevention in high Braden risk (score <= 12)\n"
     "PICO 7 single use NPWT -> closed incisions in BMI > 35 after plastics sign-off\nInadine -> ok 2 weeks max\nFlaminal Hydro -> stays\nUrgoStart -> neuroischaemic DFU where ABPI 0.6-0.9, per the EXPLORER trial\nAny questions to the TVN team on ext 4471."),
    # 058 image standardisation tips for teledermatology
    ("Tips for referrers taking photos for teledermatology (our handout, feel free to steal):\n1. Three pictures: overview (whole body region), mid-range, close-up with a ruler\n2. Natural light from a window, no flash on shiny lesions\n"
     "3. Dermoscopy: contact, polarised, focus on the border\n4. No jewellery, tattoo or face in the frame unless that is the problem\n5. Use the hospital app, never WhatsApp or personal phone gallery\nBased on the BAD/PCDS 2020 quality standards and the ISIC recommendations."),
    # 059 question on pediatric myopia control
    ("Myopia control question for the paeds ophtho folks. 8-year-old progressing -0.75 D per year, axial length 24.6 mm. Atropine 0.05% (LAMP study) vs DIMS spectacle lenses (MiyoSmart) vs MiSight 1 day contact lenses? "
     "In the Netherlands we mostly start atropine 0.01% but LAMP phase 3 favours 0.05%. Also outdoor time 2 hours/day per the Guangzhou trial."),
    # 060 on-call rota chat among members, no patients
    ("Sorry all, I'm swapping the Saturday ENT on-call with @ruairi.b because of my cousin's wedding in Galway. Ruairi has Friday 19:00 to Monday 08:00, I'll take his the weekend after. "
     "The emergency ENT phone moves with the rota so no need to update anything. Orla, can you change the whiteboard?"),
    # 061 oral surgery medication questions, bisphosphonates
    ("MRONJ risk question: 67F on alendronate 70 mg weekly for 6 years needs two lower molars out. AAOMS 2022 position paper says oral BP > 4 years = consider drug holiday only if other risk factors. "
     "She has RA on prednisolone 7.5 mg and methotrexate 15 mg. CTX levels aren't validated. I'd do a 2-month holiday, chlorhexidine, primary closure. Thoughts from Greece or Italy where denosumab use is higher?"),
    # 062 dermatology differential of hypopigmentation in Africa
    ("Teaching case summary (no identifiers): child, 7, Luo community in western Kenya, hypopigmented scaly patches on the face, no sensory loss. Differentials: pityriasis alba, pityriasis versicolor (Wood's lamp yellow-green), "
     "tinea faciei, early vitiligo (chalk-white, Wood's lamp accentuated), and indeterminate leprosy - always test sensation, Kenya still reports cases from the coast. KOH prep is the cheapest test we have."),
    # 063 ophthalmology glaucoma drops availability in Pakistan
    ("Latanoprost shortage again in Punjab. Alternatives available: timolol 0.5% (check asthma), brimonidine 0.2% (not under 2 years), dorzolamide-timolol (Cosopt generic), bimatoprost 0.01%. "
     "SLT is a good first-line option now after the LiGHT trial (2019, Lancet) and most teaching hospitals in Lahore and Karachi have a laser. DRAP says supply back by June."),
    # 064 plastic surgery burns formula reference
    ("Reminder for the juniors in Peshawar and Dhaka: Parkland 4 ml x kg x %TBSA, half in first 8 hours from time of burn (not arrival). Use Lund and Browder charts for children, rule of nines overestimates. "
     "Modified Brooke 2 ml/kg/%TBSA is fine too. Urine output 0.5 ml/kg/h adults, 1 ml/kg/h children < 30 kg. Don't count superficial erythema. The ABA 2017 guideline has the details."),
    # 065 Italian ENT question on vertigo
    ("Buongiorno, general question: for BPPV of the horizontal canal, do you prefer Gufoni or barbecue roll (Lempert)? In our clinic in Tuscany we use Gufoni with good results, about 80% after 1-2 manoeuvres. "
     "Dix-Hallpike for posterior canal then Epley or Semont. The Bárány Society criteria 2015 define the variants well."),
    # 066 Greek dermatology, Mediterranean spotted fever
    ("Summer reminder from Crete: Mediterranean spotted fever (Rickettsia conorii), the 'tache noire' eschar at the tick bite site, fever, maculopapular rash incl. palms and soles. Doxycycline 100 mg bid 7 days, even in children short course is fine. "
     "Differentials: secondary syphilis, measles, drug eruption, and in travellers Rocky Mountain spotted fever or African tick bite fever. We see most cases June-September in dog owners."),
    # 067 Saudi derm, isotretinoin and Ramadan
    ("Ramadan is coming: patients on isotretinoin complain of dry lips more with fasting. Take dose with suhoor meal (fatty meal improves absorption, or use Absorica LD). For methotrexate patients, keep folic acid at iftar. "
     "SFDA still requires pregnancy test monthly for women. Eid al-Fitr clinic closure 4 days."),
    # 068 Bangladeshi derm, scabies outbreak in madrasas
    ("Scabies is epidemic again in residential madrasas and garment worker hostels in Bangladesh. Permethrin 5% whole body, repeat day 7, treat all contacts at the same time. Ivermectin 200 mcg/kg day 1 and 8 for crusted or mass drug administration (WHO 2020 guidance). "
     "Benzyl benzoate 25% is cheaper but irritant. Wash clothes in hot water or seal in plastic bag 72 hours."),
    # 069 Vietnamese ophthalmology, pterygium surgery technique
    ("Kinh nghiệm: pterygium in Mekong Delta farmers. We do bare sclera + mitomycin C 0.02% 2 minutes only in elderly, in younger patients conjunctival autograft with fibrin glue (Tisseel) because recurrence with bare sclera is up to 40%. "
     "Limbal conjunctival autograft is better for recurrent. Sutures 10-0 nylon if no glue."),
    # 070 Indonesian leprosy clinic, members
    ("Terima kasih @dr.wayan for the MDT training in Makassar last week. For everyone: WHO multibacillary regimen rifampicin 600 mg monthly + clofazimine 300 mg monthly + dapsone 100 mg daily + clofazimine 50 mg daily, 12 months. "
     "Single-dose rifampicin PEP for contacts is being rolled out in East Java and South Sulawesi. Lepra reaction type 2 (ENL): prednisolone, thalidomide not available. Putu is collecting slit skin smear cases for the registry."),
    # 071 Colombian derm, Carrion vs Kaposi
    ("Pregunta para los peruanos: verruga peruana (Bartonella bacilliformis, Carrión disease) vs pyogenic granuloma vs bacillary angiomatosis in HIV. We had a traveller from Ancash valleys. "
     "Azithromycin or rifampicin for the eruptive phase? Literature says rifampicin 10 mg/kg 14-21 days. Kaposi sarcoma also on the list."),
    # 072 Peruvian ENT, high altitude epistaxis
    ("Epistaxis en altura: in Cusco (3400 m) and Puno we see a lot of anterior bleeds from dry air. First aid 15 min pressure, oxymetazoline, then silver nitrate cautery one side only. Merocel 8 cm if posterior. "
     "Ask about warfarin, aspirin, and Osler-Weber-Rendu (Curaçao criteria) if recurrent. Vaseline twice a day after."),
    # 073 New Zealand melanoma stats and skin checks
    ("Aotearoa has the highest melanoma incidence in the world alongside Australia, about 2500 invasive cases per year. Breslow > 1 mm or 0.8 mm with ulceration -> SLNB discussion per the 2023 NZ/Australian guidelines. "
     "Pembrolizumab adjuvant for stage IIB/C is now funded by Pharmac. Skin cancer checks in Māori and Pacific patients often find acral melanoma later."),
    # 074 one-liner about a dermatoscope battery
    ("anyone else's DermLite DL5 battery dying after 18 months? mine won't hold charge past 2 pm."),
    # 075 US Mohs appropriate use criteria
    ("Reminder: the 2012 AAD/ACMS/ASDSA/ASMS appropriate use criteria for Mohs. Area H (mask of face, genitalia, hands, feet, nipples) - most tumours appropriate. Primary superficial BCC < 0.5 cm on trunk - not appropriate. "
     "CMS audits Medicare billing for 17311-17315 with multiple stages, document the histology per stage."),
    # 076 question about conjunctivitis school exclusion
    ("Parents ask constantly: does a child with conjunctivitis need to stay home? UKHSA says no exclusion. CDC says no exclusion unless fever or the child can't avoid touching eyes. "
     "Many US schools still demand 24 h of antibiotic drops. Chloramphenicol 0.5% (UK) or polymyxin-trimethoprim (US). Adenoviral is contagious ~2 weeks regardless."),
    # 077 wound care, venous ulcer compression
    ("Leg ulcer pathway: ABPI 0.8-1.3 = full compression 40 mmHg (4-layer bandage or Juxtacures / ReadyWrap), 0.5-0.8 = reduced 20-25 mmHg with vascular referral, < 0.5 = no compression, urgent vascular. "
     "The EVRA trial (2018, NEJM) showed early endovenous ablation speeds healing. Toe pressures in diabetics, ABPI falsely high with calcified vessels. National Wound Care Strategy Programme 2020 recommendations."),
    # 078 dentistry fluoride varnish schedule
    ("Fluoride varnish (Duraphat 22,600 ppm) twice yearly for all children from age 3 per Delivering Better Oral Health 2021, four times yearly for high caries risk. "
     "Silver diamine fluoride 38% for arresting caries in toddlers who can't cooperate - staining black. Not licensed in the UK for caries, only hypersensitivity."),
    # 079 ENT, OSA in children
    ("Paediatric OSA: Brodsky grade 3-4 tonsils plus snoring plus witnessed apnoeas -> adenotonsillectomy, polysomnography if under 2, Down syndrome, obesity, craniofacial. The CHAT trial showed benefit in behaviour. "
     "Mallampati isn't used in small children. Friedman staging is for adults. Montelukast + mometasone for mild cases (AHI 1-5) is reasonable per AAP 2012."),
    # 080 plastic surgery flap options question
    ("Lower lip defect 50% central after SCC excision in a 72-year-old fisherman. Options: Abbe flap (two stage), Karapandzic (keeps sensation, microstomia risk), Bernard-Burow's (large). "
     "Estlander for commissure involvement. I'm thinking Karapandzic. Anyone still do Gillies fan flap?"),
    # 081 member conference travel chat
    ("Who is going to the EADV Congress in Amsterdam, 25-28 September? @lotte.vd and I are presenting a poster on teledermatology triage waiting times. Hotel near the RAI is expensive, booking something in Amstelveen. "
     "Also WCD 2027 in Guadalajara - Mexico, not Spain, Sander."),
    # 082 dermatology drug interactions
    ("Interaction check: terbinafine + tamoxifen? Terbinafine inhibits CYP2D6 strongly, reduces endoxifen. Use itraconazole pulse (200 mg bid 1 week per month, x3 for fingernails, x4 toenails)? Itraconazole is CYP3A4 inhibitor - check statins. "
     "Fluconazole 150-450 mg weekly off-label. Topical efinaconazole 10% (Jublia) only for mild distal subungual."),
    # 083 Irish ophthalmology waiting list stats
    ("NTPF figures for March: ophthalmology outpatient waiting list nationally about 40,000, cataract inpatient/day case about 9,000. Cross Border Directive and Treatment Abroad Scheme still being used to Belfast and Northern Ireland. "
     "Sláintecare targets of 10 weeks outpatient are nowhere close. HSE modular theatres in Nenagh help a bit."),
    # 084 question on isotretinoin and depression
    ("Isotretinoin and mood: the MHRA 2023 review added requirement for two prescribers' agreement in under 18s. Causality still unclear, the Swedish cohort (BMJ 2010) showed increased attempts before and after treatment. "
     "I screen with PHQ-9 and ask about family history at each visit. iPLEDGE in the US focuses on pregnancy, not mood."),
    # 085 ENT hearing aid brands and loop systems
    ("For those fitting hearing aids in low-resource settings: the WHO Preferred Product Profile 2017 and the Solar Ear rechargeable BTE from Botswana/Brazil are worth a look. Phonak, Oticon, Signia are too expensive for most patients in Nairobi or Dhaka. "
     "Telecoil + induction loops in churches and mosques help enormously."),
    # 086 Dutch GP-derm guideline details
    ("NHG-Standaard Eczeem (2023) en de NVDV richtlijn Constitutioneel Eczeem: class 3 steroid (mometasone) for flares, then weekend therapy as maintenance. Dupilumab and JAK inhibitors (upadacitinib, abrocitinib) by dermatologist only. "
     "For hand eczema alitretinoin 30 mg. The Dutch ZIN decision on tralokinumab came in 2021."),
    # 087 Kenyan wound care, Buruli ulcer / tropical ulcers
    ("Differential of chronic leg ulcers in East Africa: tropical phagedenic ulcer, Buruli ulcer (Mycobacterium ulcerans - more West Africa but reported in Uganda), sickle cell ulcers, Kaposi sarcoma (HIV), Marjolin ulcer in old burn scars, "
     "and cutaneous leishmaniasis in Baringo and West Pokot. Always biopsy edge if > 3 months. Marjolin carries poor prognosis."),
    # 088 ophthalmology anti-VEGF biosimilar costs
    ("Cost check for wet AMD in private practice: bevacizumab (Avastin) repackaged about USD 50/dose, ranibizumab biosimilar (Byooviz) about USD 400, aflibercept 2 mg (Eylea) about USD 1800, faricimab (Vabysmo) higher. "
     "Treat-and-extend per the ALTAIR and TENAYA trials. Protocol T (DRCR.net) for DME showed aflibercept advantage when VA 20/50 or worse."),
    # 089 plastic surgery scar management
    ("Scar protocol we give after excisions: silicone gel (Kelo-cote or Dermatix) twice a day for 3 months, massage from week 3, SPF 50 for 12 months. Keloid-prone (Fitzpatrick V-VI, earlobes, presternal) - early TAC 10-40 mg/ml. "
     "Vancouver Scar Scale and POSAS for documentation. 5-FU mixed with TAC for resistant ones."),
    # 090 member greeting, Colombian and Peruvian derm meeting
    ("Gracias @mariajose.p y Diego por la invitación al Congreso Colombiano de Dermatología en Cartagena. The session on mycetoma and chromoblastomycosis was excellent. "
     "Next year the Peruvian society hosts in Trujillo in October. Who wants to co-write a review on sporotrichosis in cat owners (Sporothrix brasiliensis) for Latin America?"),
    # 091 dental radiology guidance
    ("Radiograph frequency reminder (FGDP Selection Criteria 2018): bitewings every 6 months for high caries risk, 12-24 months moderate, 24 months low risk in adults. OPG not routine screening. "
     "CBCT only when 2D is insufficient, e.g. lower third molars close to IAN canal with darkening of root or interruption of white line (Rood and Shehab signs)."),
    # 092 ENT, epistaxis HHT and drug
    ("Tranexamic acid topical for epistaxis - the NoPAC trial (2021) showed no benefit over placebo in ED. Still useful in HHT with oral TXA 1 g tds. Bevacizumab nasal spray disappointing, IV bevacizumab for severe HHT per the 2020 international guidelines."),
    # 093 derm, Fitzpatrick and laser settings
    ("Laser safety: Fitzpatrick IV-VI (most of our patients in Jeddah, Karachi, Lagos) - Nd:YAG 1064 nm for hair removal, avoid IPL and alexandrite 755 nm. Test patch, wait 2 weeks. "
     "Melasma: tranexamic acid 250 mg bid oral off-label, modified Kligman formula, and avoid aggressive Q-switched lasers - rebound PIH."),
    # 094 wound clinic question on honey dressings
    ("Manuka honey (Medihoney, UMF 15+ from NZ) for sloughy wounds - evidence is weak in the Cochrane 2015 review except for partial thickness burns. Still cheap locally in Waikato. "
     "In Kenya and Bangladesh local honey is used but not sterilised, risk of Clostridium spores. Prefer medical grade."),
    # 095 one line from phone about a ruler sticker
    ("tip: the little paper rulers from the Canfield kit fit perfectly in the dermatoscope frame, ordered 500 for 12 usd"),
    # 096 ophthalmology dilating drops in children with darker irides
    ("Dilating darker irides (South Asian, African, Indigenous Andean children): cyclopentolate 1% + phenylephrine 2.5%, often need a second drop after 10 min. Under 1 year use 0.5% cyclopentolate. "
     "Tropicamide alone is insufficient for cycloplegic refraction. Wait 45 min. Microdrops reduce systemic side effects in preterm babies for ROP screening (ETROP, RAINBOW trials)."),
]

MEMBERS: dict[str, list[dict[str, str]]] = {
    "pc42-001": [{"name": "Marcus Feld"}, {"name": "Ines Okafor", "handle": "@ines.okafor"}],
    "pc42-007": [{"name": "Sultan Al-Harbi", "handle": "@sultan.alharbi"}],
    "pc42-013": [{"name": "Camilo Restrepo", "handle": "@camilo.restrepo"}],
    "pc42-015": [{"name": "Aroha Kereama"}],
    "pc42-020": [{"name": "Jordan Whitaker", "handle": "@j.whitaker"}],
    "pc42-024": [{"name": "Kwame Asante", "handle": "@kwame.asante"}],
    "pc42-036": [{"name": "Dana Mirza", "handle": "@dana.m"}],
    "pc42-045": [{"name": "Wambui Kariuki", "handle": "@wambui.k"}],
    "pc42-052": [{"name": "Priya Raman", "handle": "@priya.r"}],
    "pc42-055": [{"name": "Tevita Fifita", "handle": "@tevita.f"}, {"name": "Mele Taufa"}],
    "pc42-060": [{"name": "Ruairí Byrne", "handle": "@ruairi.b"}, {"name": "Orla Ní Dhonnchadha"}],
    "pc42-070": [{"name": "Wayan Sudarma", "handle": "@dr.wayan"}, {"name": "Putu Ardana"}],
    "pc42-081": [{"name": "Lotte van Dam", "handle": "@lotte.vd"}, {"name": "Sander Bakker"}],
    "pc42-090": [{"name": "María José Pardo", "handle": "@mariajose.p"}, {"name": "Diego Salazar"}],
}

build, render, main = first_set.blind_set(
    "pc42", Path(__file__).with_name("physician_cases_42.jsonl"), PHI_NOTES, FREE_NOTES, MEMBERS
)

if __name__ == "__main__":
    sys.exit(main())
