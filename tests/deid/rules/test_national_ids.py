from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "ident"), [
    ("Ayesha Khan, 41F, CNIC 61101-2233445-7, for the list", "61101-2233445-7"),
    ("Cart\u00e3o SUS 700 1234 5678 9012, CPF 123.456.789-09. Serology", "123.456.789-09"),
    ("Cart\u00e3o SUS 700 1234 5678 9012, CPF 123.456.789-09. Serology", "700 1234 5678 9012"),
    ("NSS 1122-33-4455-6, CURP ABCD700101HDFRRN09, pie diab\u00e9tico", "ABCD700101HDFRRN09"),
    ("at HMP Somewhere, prison number B9921XY, on methadone", "B9921XY"),
    ("NI AB 12 34 56 C, hep C Ab positive", "AB 12 34 56 C"),
    ("ip no 23-774410 if anyone wants to look", "23-774410"),
    ("HN 55-001234. Cultures pending", "55-001234"),
    ("DNI 31.554.902 y madre al tel\u00e9fono", "31.554.902"),
    ("PESEL 44051401458, przyj\u0119ty", "44051401458"),
    # a hospital's own numbers after local labels, with slashes, dots and letter series
    ("Pt 55F, hosp no KTH/MED/221-874, sepsis", "KTH/MED/221-874"),
    ("n\u1eef, 44t. M\u00e3 BN 23.118.2207. BHYT HC4791234567890.", "23.118.2207"),
    ("n\u1eef, 44t. M\u00e3 BN 23.118.2207. BHYT HC4791234567890.", "HC4791234567890"),
    ("Bed 7 - 58M, BHT 2231/23, Base Hospital", "2231/23"),
    ("nr hist. chor. 2023/11/0456, oddzia\u0142", "2023/11/0456"),
    ("se llama, ficha KLP-44120, con FA", "KLP-44120"),
    ("Hosp no: KRR 4408812 Address: see below", "KRR 4408812"),
    ("Core bx (path no. H23-11872): IDC", "H23-11872"),
    ("pacemaker serienr QRT 884102 S. Ok", "QRT 884102 S"),
    # a series letter right after the label belongs to the number
    ("Mme Amina, 52 ans, CIN D 448 907, demeurant ici", "D 448 907"),
])
def test_a_labelled_personal_number_is_found(text: str, ident: str) -> None:
    assert ident in spans("labelled_national_id", text)


@pytest.mark.parametrize(("rule", "text", "ident"), [
    ("labelled_plan_number", "her Medicare number, for the prior auth, is 1AB2-CD3-EF45 (sorry)",
     "1AB2-CD3-EF45"),
    ("labelled_plan_number", "insurance (member number QX7 22019 4418) will deny it",
     "QX7 22019 4418"),
    ("labelled_licence_number", "and his CDL number, which he spelled out, WA 55012345.",
     "WA 55012345"),
    ("labelled_record_number", "sent to us; our MRN is KL 1234 5678. Echo", "KL 1234 5678"),
    ("labelled_plate", "the plate, written on the tow sheet as KTR-5512, was", "KTR-5512"),
    ("labelled_plate", "he left in his van reg PK 331-TX after", "PK 331-TX"),
    ("labelled_plate", "the moto-taxi, bike number KB 4410, was", "4410"),
    ("labelled_account_number", "account number 0044 1234 9981 for billing", "0044 1234 9981"),
])
def test_us_labels_keep_their_category(rule: str, text: str, ident: str) -> None:
    assert ident in spans(rule, text)


@pytest.mark.parametrize("text", [
    "PAN is a vasculitis; pan 1200 mg cultures",  # lower-case "pan" is a word
    "pan 44512 grams",
    "TC 5.2 mmol/L, LDL 3.1",
    "on PhilHealth since 2019 so the costs are covered",
    "citizenship 2 years ago, no record",
    "card 1234 of the deck",
    "CNIC not yet issued. Her husband is 45 and works 6 days a week",
    "DNI 12/03/2021 expirado",
])
def test_labels_without_a_number_are_left_alone(text: str) -> None:
    assert spans("labelled_national_id", text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Transferred from Gaspé. RAMQ WXYZ 1234 5678. She refuses.", "WXYZ 1234 5678"),
    ("HRN QR0123456. Any thoughts?", "QR0123456"),
    ("nhi abc1234 if anyone can help", "abc1234"),
    ("NDIS participant no. 512 003 118; coordinator", "512 003 118"),
    ("Henkilötunnus 120399-123X for the form.", "120399-123X"),
    ("pnr 19750101-1234, 48, G3", "19750101-1234"),
    ("Clinic no. ABC/DE/1234. Started", "ABC/DE/1234"),
    ("folder AB-12345 VL back", "AB-12345"),
    ("TAJ: 123 456 789. Lakcím", "123 456 789"),
    ("Driver of the ute (rego 417 RTB), aged 40", "417 RTB"),
    ("truck rego QX 38 KL. He asked", "QX 38 KL"),
    ("Tromsø, fnr 110482 33561, sjømann", "110482 33561"),
    ("Vorgangsnummer 240911-0820-114402, Polizei informiert", "240911-0820-114402"),
    ("billing HAR 7700312954 for the readmission", "7700312954"),
    ("iba en su moto (dominio AB123CD) por la avenida", "AB123CD"),
    ("Dr Imran Siddiqui, PMDC 55120-P, signed the slip", "55120-P"),
    ("laudo assinado por Dr. Caio Lemos (CRM-PE 40917)", "40917"),
    ("Dr Anil Rathore, MS Ortho (RMC Reg. 42210), on call", "42210"),
    ("obstetra de turno (COP 31542) indicó oxitocina", "31542"),
])
def test_more_labels_and_values(text: str, value: str) -> None:
    from clinnet.deid import scan
    assert value in [f.text for f in scan(text)]


@pytest.mark.parametrize("text", ["CIN 3 on colposcopy in 2019, HPV 16",
                                  "MCP joints 2-5 swollen since 2021",
                                  "CPR started at 1430 by bystanders",
                                  "CC: 36F G4P3 at 31+2 by dates"])
def test_clinical_acronyms_are_not_labels(text: str) -> None:
    from clinnet.deid import scan
    assert [f for f in scan(text) if f.category != "DATE"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Assistito: Mario Bianchi C.F. BNCMRA71C22F205X residente", "BNCMRA71C22F205X"),
    ("N. nosografico 2023/001234, diagnosi", "2023/001234"),
    ("parvandeh 1401-55231, brother is the contact", "1401-55231"),
    ("Passport AB 5512093, arrived by boat", "AB 5512093"),
    ("FIN S1234567D, work permit WP 0 5512034.", "WP 0 5512034"),
    ("Nº utente 221 334 118. Delirium", "221 334 118"),
    ("NHC: 4419283   Episodio: 2023-B-55123 Servicio", "2023-B-55123"),
    ("Médico: Ana Ruiz   Nº col. 28/5521   Pruebas", "28/5521"),
    ("CGM transmitter XK5512093, alarm at night", "XK5512093"),
    ("Military ID 1.055.923.448. Left BKA", "1.055.923.448"),
])
def test_more_labels_of_southern_europe_middle_east_and_asia(text: str, value: str) -> None:
    found = [v for rule in ("labelled_national_id", "codice_fiscale")
             for v in spans(rule, text)]
    assert value in found


def test_plan_pager_and_account_labels() -> None:
    assert spans("labelled_plan_number", "Maccabi no. 12-345-6789 in case") == ["12-345-6789"]
    assert spans("labelled_pager", "Solicitante: Dr. Gil, busca 5523 Pruebas") == ["5523"]
    assert spans("labelled_account_number", "IBAN DE44 5001 0517 5407 3249 31.") == [
        "DE44 5001 0517 5407 3249 31"]


@pytest.mark.parametrize("text", [
    "the CF was 16 characters long ABCDEF",
    "ABCDEF12G34H567I is no tax code (month letter G)",
    "the transmitter was replaced last week",
])
def test_codice_fiscale_look_alikes(text: str) -> None:
    assert spans("codice_fiscale", text) == []


@pytest.mark.parametrize(("rule", "text", "ident"), [
    ("labelled_national_id", "Mme B., NIR 1 52 07 75 114 208 33, sortie", "1 52 07 75 114 208 33"),
    ("labelled_national_id", "mobile 01911 000 111, NID 1992 4410 7781 205, no fever",
     "1992 4410 7781 205"),
    ("labelled_national_id", "Encik Rahman, IC 751104-08-6613, known DM", "751104-08-6613"),
    ("labelled_plan_number", "Thiqa: 1000 8812 4401 7 for the claim", "1000 8812 4401 7"),
    ("labelled_plan_number", "obra social PAMI 11-2233445-06/01, sin cobertura",
     "11-2233445-06/01"),
])
def test_ids_written_in_digit_groups(rule: str, text: str, ident: str) -> None:
    assert ident in spans(rule, text)


def test_a_year_alone_after_a_label_is_no_id() -> None:
    assert spans("labelled_national_id", "NID since 1998, renewed") == []


@pytest.mark.parametrize(("rule", "text", "ident"), [
    ("labelled_record_number", "transferred, chart RK2291743. thanks", "RK2291743"),
    ("labelled_national_id", "Crime reference ABX 44-101277 for the assault", "ABX 44-101277"),
    ("labelled_national_id", "coroner's ref CR-2022-8813 came by post", "CR-2022-8813"),
    ("labelled_national_id", "workers comp claim ACC 5590-2211 lodged", "ACC 5590-2211"),
    ("labelled_national_id", "listed (UNOS ID QMT 330418) last month", "QMT 330418"),
    ("labelled_national_id", "Yukon health no. 402 118 760, father present", "402 118 760"),
    ("labelled_licence_number", "her Ohio DL (OH 44190872) was in the bag", "OH 44190872"),
    ("labelled_licence_number", "licence (NSW 77120944) suspended", "NSW 77120944"),
])
def test_labels_people_type_for_case_and_licence_numbers(rule: str, text: str,
                                                          ident: str) -> None:
    assert ident in spans(rule, text)


@pytest.mark.parametrize(("rule", "text"), [
    ("labelled_record_number", "see the chart 2019 entries"),
    ("labelled_national_id", "claim 1 in 3000 patients respond"),
    ("labelled_licence_number", "licence RN 884213 for nurses"),
])
def test_chart_and_claim_as_words_need_a_code(rule: str, text: str) -> None:
    assert all("RN" not in s and "2019" not in s and "3000" not in s
               for s in spans(rule, text))
