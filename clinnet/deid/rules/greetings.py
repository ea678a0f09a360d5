"""Greetings, thanks and openers of other languages at the start of a post, a line or a
sentence ("Bonjour à tous", "Kia ora koutou", "Kurze Frage an die Runde", "Fråga till
kollegorna", "Ngā mihi"): the name lexicons hold many of these words as surnames or given
names ("Bula", "Kia", "Bonjour"), so a post that greets in its own language was flagged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..categories import NAME
from . import Note, Span, veto
from ._words import occurrences
from ._world_words import found, register

# greetings, thanks, good wishes and the words that open a question to colleagues, by
# language (accents folded, as the normaliser leaves them); an underscore joins the words of
# one phrase. General vocabulary of each language, not any post's words.
_PHRASES = """
bonjour bonsoir salut coucou allo chers_collegues chere_collegue cher_collegue merci
merci_beaucoup cordialement amities bien_a_vous petite_question
hola buenos_dias buenas_tardes buenas_noches buenas saludos estimados_colegas
estimado_colega queridos_colegas colegas consulta_rapida pregunta gracias muchas_gracias
ola bom_dia boa_tarde boa_noite obrigado obrigada caros_colegas prezados_colegas pergunta
ciao buongiorno buonasera cari_colleghi grazie grazie_mille domanda saluti
hallo guten_morgen guten_tag guten_abend moin servus gruezi gruss_gott liebe_kollegen
liebe_kolleginnen kurze_frage frage_an_die_runde frage danke
danke_schon vielen_dank viele_grusse
goedemorgen goedemiddag goedenavond beste_collegas dag_collega vraag dank_je dank_u
bedankt groeten hoi
hej hejsa hallo godmorgon godmorgen goddag fraga_till fraga sporsmal kysymys
tack tack_sa_mycket takk tusen_takk tak kiitos hei terve hyvaa_paivaa
czesc dzien_dobry witam pytanie dziekuje pozdrawiam drodzy_koledzy
buna buna_ziua multumesc intrebare dragi_colegi
dobry_den dekuji ahoj
jo_napot szia koszonom kerdes
merhaba selam gunaydin iyi_gunler hocam tesekkurler tesekkur_ederim sorum_var
privet zdravstvuyte spasibo
yassou geia_sas kalimera efcharisto
kia_ora kia_ora_koutou tena_koutou tena_koe nga_mihi nga_mihi_nui noho_ora
kia_orana meitaki talofa malo_e_lelei fakaalofa_lahi bula bula_vinaka vinaka aloha
mahalo
namaste namaskar namaskaram vanakkam dhanyavad shukriya
salaam salam salaam_alaikum salam_alaikum assalamu_alaikum marhaba ahlan shukran eid_mubarak
ramadan_mubarak ramadan_kareem
shalom
jambo habari asante sawubona sannu
xin_chao
selamat_pagi selamat_siang selamat_sore selamat_malam apa_kabar terima_kasih
kamusta magandang_umaga salamat maraming_salamat
sawasdee sawatdee khob_khun
konnichiwa ohayo arigato annyeong annyeonghaseyo kamsahamnida ni_hao xiexie
"""
# what may follow a greeting: the group greeted ("à tous", "all", "koutou")
_AFTER = re.compile(
    r"(?:\s{1,2}(?:a\stous|a\stodos|a\stodas|a\stutti|a\stodos\sos|an\salle|allemaal|alle|"
    r"allihopa|kaikille|all|everyone|team|folks|koutou|colegas|colleghi|collegues|kollegen|"
    r"vinaka|nui|an\sdie\srunde|in\sdie\srunde|kollegorna|kolleger|kollegaer|kollegat|"
    r"kollegoja|hocam|hocalarim))?"
    # then the end of the greeting: a punctuation mark or the end of the line
    r"\s{0,2}(?=[,!.:;?\n\u2014\u2013-]|$)")


@cache
def _firsts() -> frozenset[str]:
    return frozenset(p.split("_", 1)[0] for p in _PHRASES.split())


@cache
def _regex() -> re.Pattern[str]:
    """The phrases as one regex (built on the first note that holds a greeting word)."""
    alts = "|".join(re.escape(p).replace("_", r"\s{1,2}")
                    for p in sorted(_PHRASES.split(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{alts})(?![\w'-])")


register(_firsts)
# where a greeting stands: the start of the note or a line, after a sentence's end, a quote
# mark or a dash
_START = re.compile(r"(?:^|[\n.!?:;>(\u2014\u2013-])\s{0,3}[\"'\u201c]?$")


@veto("greeting", (NAME,))
def greetings(note: Note) -> Iterator[Span]:
    """A greeting, thanks or question opener of another language (``_PHRASES``) at the start
    of the note, a line or a sentence, with the group it greets ("Bonjour à tous", "Bula
    all", "Kia ora koutou") and then a punctuation mark or the line's end: no name inside.
    "Shalom was admitted" (a given name) goes on with no mark and stays a name. A greeting in
    mid-sentence ("Madame Bonjour", "met Mr Bula") is left to the name rules, and so is a
    name after the greeting ("Bonjour Marie" is found whole)."""
    here = _firsts() & found(note)
    if not here:
        return
    regex = _regex()
    low = note.lower
    # found from each greeting word the note holds (a few str.find calls), not by running
    # the phrase regex over the whole note
    for first in here:
        for at in occurrences(low, first):
            if not _START.search(low, max(0, at - 6), at):
                continue
            m = regex.match(low, at)
            if m is None:
                continue
            after = _AFTER.match(low, m.end())
            if after:
                yield m.start(), after.end()
