"""User names on messaging apps, written after the app's name: "on WeChat (zhou_li77)",
"LINE (ID kenji_0707)", "Messenger (tavita.fa.12)", "KakaoTalk id minsu.k77", "Viber:
olena.k", "Telegram @olena_k1", gaming and streaming handles ("twitch, kowz_plays", "discord
is kowz#4410")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import OTHER_ID
from ..lexicons import english, words
from . import Note, Span, finder
from ._words import occurrences

# the apps as their names are written; the ones that are also English words ("LINE",
# "Signal", "Messenger", "Threema" is not) only capitalised as the brand writes them
_APP_FORMS = {
    "wechat": ("WeChat", "Wechat", "WECHAT"), "weixin": ("Weixin",), "line": ("LINE",),
    "messenger": ("Messenger",), "kakaotalk": ("KakaoTalk", "Kakaotalk"), "kakao": ("Kakao",),
    "viber": ("Viber",), "signal": ("Signal",), "telegram": ("Telegram",),
    "whatsapp": ("WhatsApp", "Whatsapp"), "zalo": ("Zalo",), "threema": ("Threema",),
    "botim": ("Botim",), "imo": ("IMO", "imo"), "snapchat": ("Snapchat",),
    "instagram": ("Instagram",), "tiktok": ("TikTok", "Tiktok"), "facebook": ("Facebook",),
    "qq": ("QQ",),
    # gaming and streaming: a handle ("twitch, kowz_plays", "discord is kowz#4410")
    "twitch": ("Twitch", "twitch"), "discord": ("Discord", "discord"),
    "xbox": ("Xbox", "XBOX", "xbox"), "psn": ("PSN",), "steam": ("Steam",),
    "roblox": ("Roblox", "roblox"), "reddit": ("Reddit", "reddit"),
    "youtube": ("YouTube", "Youtube", "youtube")}
_APP_WORDS = words("""
wechat weixin line messenger kakaotalk kakao viber signal telegram whatsapp zalo threema botim
imo snapchat instagram tiktok facebook qq twitch discord xbox psn steam roblox reddit youtube
""")
# what may stand between the app and the name: "(", "ID", "id:", "user name", "@"
_AFTER = re.compile(
    r"\s{0,2}(?:[(:,\-\u2013]\s{0,2})?(?:(?:his|her|their|my)\s)?"
    r"(?:(?P<lab>ID|Id|id|user\s?name|username|handle|name|tag|gamertag)\s{0,2}"
    r"(?:is\s|[:#]\s{0,2})?|is\s)?"
    # a Discord-style tag after the name: "kowz#4410"
    r"(?P<h>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{2,29}(?<![.\-])(?:#\d{4})?)(?![\w@#])")


# no hints: the note's word set answers in one test, where substrings ("line" in "baseline")
# would scan the note once for each app


def _app_ends(text: str, present: frozenset[str]) -> Iterator[int]:
    """Where each app name the note holds ends, as the brand writes it, as a whole word."""
    for w in present:
        for form in _APP_FORMS[w]:
            for i in occurrences(text, form):
                e = i + len(form)
                if (not i or not (text[i - 1].isalnum() or text[i - 1] in "@_")) and \
                        (e == len(text) or not (text[e].isalnum() or text[e] == "_")):
                    yield e


@finder("messaging_handle", OTHER_ID, hints=())
def messaging_handles(note: Note) -> Iterator[Span]:
    """The user name right after a messaging app's name, in brackets or after "ID"/"@": it
    needs a digit, an underscore, a dot inside or an "@", or a label ("ID", "user name")
    before it; an ordinary word after the app ("on WhatsApp today", "LINE group") is not
    one, and "line"/"signal"/"messenger" in lower case are words, not apps; nor is anything
    in a note written in capitals ("PA LINE DC.NO")."""
    if _APP_WORDS.isdisjoint(note.words) or note.text == note.text.upper():
        return  # in a note in capitals "LINE" is a line
    text = note.text
    for end in _app_ends(text, _APP_WORDS & note.words):
        a = _AFTER.match(text, end)
        if a is None:
            continue
        h = a.group("h")
        core = h.lstrip("@")
        marked = h.startswith("@") or any(c.isdigit() or c in "_.#" for c in core)
        if not marked and not (a.group("lab") and core.lower() not in english()):
            continue
        if not any(c.isalpha() for c in core) and not (a.group("lab") and len(core) >= 5):
            continue  # "WhatsApp 24 h", "Facebook (3.5 h a day)": a number is a phone or none
        yield a.start("h"), a.end("h")
